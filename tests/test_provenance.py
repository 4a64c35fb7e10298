"""Provenance: every fact says which document and which words it came from."""

from __future__ import annotations

import pyoxigraph as ox

from medatlas.graph.iris import entity_iri
from medatlas.graph.queries import sparql
from medatlas.graph.store import AtlasStore

MA = "https://w3id.org/medatlas/ontology#"


def test_where_does_this_fact_come_from(store: AtlasStore, corpus_texts) -> None:
    rows = list(
        store.query(
            sparql("fact-sources"),
            bindings={
                "subject": ox.NamedNode(entity_iri("nvidia")),
                "predicate": ox.NamedNode(MA + "develops"),
            },
        )
    )
    assert rows, "NVIDIA develops something, with evidence"
    for row in rows:
        text = corpus_texts[row["file"].value]
        start, end = int(row["start"].value), int(row["end"].value)
        assert text[start:end] == row["quote"].value
        assert row["method"].value == "curated"
    objects = {row["object"].value for row in rows}
    assert entity_iri("bionemo") in objects


def test_every_evidence_quote_sits_at_its_offsets(store: AtlasStore, corpus_texts) -> None:
    query = """
    PREFIX ma: <https://w3id.org/medatlas/ontology#>
    PREFIX prov: <http://www.w3.org/ns/prov#>
    SELECT ?file ?quote ?start ?end WHERE {
      ?st a ma:Statement ; ma:quote ?quote ; prov:wasDerivedFrom ?doc .
      ?doc ma:fileName ?file .
      OPTIONAL { ?st ma:charStart ?start ; ma:charEnd ?end }
    }"""
    rows = list(store.query(query))
    assert len(rows) > 300
    for row in rows:
        assert row["start"] is not None, f"no offsets for {row['quote'].value!r}"
        text = corpus_texts[row["file"].value]
        start, end = int(row["start"].value), int(row["end"].value)
        assert text[start:end] == row["quote"].value
        assert len(row["quote"].value) <= 40


def test_every_atlas_fact_has_evidence(store: AtlasStore) -> None:
    query = """
    PREFIX ma: <https://w3id.org/medatlas/ontology#>
    PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
    SELECT ?s ?p ?o WHERE {
      GRAPH <https://w3id.org/medatlas/graph/atlas> {
        ?s ?p ?o .
        FILTER(?p IN (ma:develops, ma:partnersWith, ma:addressesUseCase, ma:issuedBy,
                      ma:operatesIn, ma:usesTechnology, ma:basedOn, ma:issuedOn))
        FILTER NOT EXISTS { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }
      }
    }"""
    missing = [(r["s"].value, r["p"].value, str(r["o"])) for r in store.query(query)]
    assert missing == []
