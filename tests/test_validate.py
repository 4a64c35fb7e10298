"""SHACL on the build: the atlas conforms, and a broken fact is reported with its source."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from medatlas.build import build, populate
from medatlas.errors import ValidationFailed
from medatlas.graph.iris import ATLAS_GRAPH, entity_iri
from medatlas.graph.store import AtlasStore
from medatlas.graph.validate import validate_store

MA = "https://w3id.org/medatlas/ontology#"


def test_the_build_conforms(built) -> None:
    _, result = built
    assert result.validation is not None
    assert result.validation.conforms, result.validation.violations[:5]
    assert result.validation.triples > 5000


@pytest.fixture(scope="module")
def broken_store(corpus_dir: Path) -> AtlasStore:
    store = AtlasStore()
    populate(store, corpus_dir=corpus_dir)
    g = ox.NamedNode(ATLAS_GRAPH)
    nvidia = ox.NamedNode(entity_iri("nvidia"))
    policy = next(
        q.subject
        for q in store.quads(ATLAS_GRAPH)
        if q.predicate.value.endswith("#type") and q.object.value == MA + "Policy"
    )
    # NVIDIA "develops" a policy, and gains a second Chinese label
    store.oxigraph.add(ox.Quad(nvidia, ox.NamedNode(MA + "develops"), policy, g))
    store.oxigraph.add(
        ox.Quad(
            nvidia,
            ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
            ox.Literal("辉达", language="zh"),
            g,
        )
    )
    return store


def test_a_broken_fact_is_reported_with_its_rule_and_source(broken_store: AtlasStore) -> None:
    report = validate_store(broken_store)
    assert not report.conforms
    about_nvidia = [v for v in report.violations if v.focus == entity_iri("nvidia")]
    paths = {v.path.rsplit("#", 1)[-1] for v in about_nvidia}
    assert {"develops", "label"} <= paths, report.violations
    assert all(v.message for v in about_nvidia)
    # the violation is filed under a source report, not lost
    assert set(report.by_source()) - {"unknown"}


def test_a_build_that_breaks_a_rule_fails_and_keeps_the_old_store(
    tmp_path: Path, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "store"
    store, _ = build(path, corpus_dir=corpus_dir, validate=False)
    n = len(store)
    store.close()

    import medatlas.build as build_module

    real_populate = build_module.populate

    def populate_and_break(store: AtlasStore, **kw):
        counts = real_populate(store, **kw)
        store.oxigraph.add(
            ox.Quad(
                ox.NamedNode(entity_iri("nvidia")),
                ox.NamedNode(MA + "confidence"),
                ox.Literal(
                    "2.5", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")
                ),
                ox.NamedNode(ATLAS_GRAPH),
            )
        )
        return counts

    monkeypatch.setattr(build_module, "populate", populate_and_break)
    with pytest.raises(ValidationFailed, match="SHACL"):
        build(path, corpus_dir=corpus_dir)
    again = AtlasStore(path, read_only=True)
    assert len(again) == n
    again.close()


# --- the engines: pyshacl-turbo beside pySHACL --------------------------------------------------

DOC_GRAPH = "https://w3id.org/medatlas/graph/doc/made-up.txt"
EX = "https://w3id.org/medatlas/id/"
XSD = "http://www.w3.org/2001/XMLSchema#"


def _store_of(graph) -> AtlasStore:
    """An in-memory store holding the rdflib *graph* as one document's graph."""
    store = AtlasStore()
    triples = ox.parse(graph.serialize(format="nt").encode(), format=ox.RdfFormat.N_TRIPLES)
    name = ox.NamedNode(DOC_GRAPH)
    store.oxigraph.extend(ox.Quad(t.subject, t.predicate, t.object, name) for t in triples)
    return store


def _every_kind_broken():
    """The valid sample graph of tests/test_ontology.py with every constraint kind broken."""
    from test_ontology import BROKEN, MA, valid_graph

    graph = valid_graph()
    for mutate, _, _ in BROKEN.values():
        mutate(graph)

    def ex(name: str) -> URIRef:
        return URIRef(EX + name)

    graph.add((ex("st-1"), MA.method, Literal("")))  # minLength
    graph.add((ex("st-1"), MA.charEnd, Literal(-4)))  # minInclusive, a second charEnd
    graph.add((ex("llm"), SKOS.prefLabel, Literal("LLM", lang="zho")))  # languageIn (zho != zh)
    graph.remove((ex("llm"), SKOS.prefLabel, Literal("大语言模型", lang="zh")))
    graph.add((ex("evo2"), RDF.type, MA.Dataset))  # sh:not with sh:or inside
    graph.add((ex("market-size"), RDF.type, MA.Segment))  # sh:xone over kinds
    graph.add((ex("caict"), RDFS.label, Literal("信通院", lang="ZH")))  # uniqueLang ignores case
    record = BNode("made-up-record")  # a blank evidence record, its confidence out of range
    graph.add((record, RDF.type, MA.Statement))
    graph.add((record, RDF.subject, ex("nvidia")))
    graph.add((record, RDF.predicate, MA.develops))
    graph.add((record, RDF.object, ex("bionemo")))
    graph.add((record, PROV.wasDerivedFrom, ex("report-000")))
    graph.add((record, MA.confidence, Literal("7", datatype=URIRef(XSD + "decimal"))))
    return graph


def test_the_engines_agree_on_every_constraint_kind() -> None:
    store = _store_of(_every_kind_broken())
    turbo = validate_store(store, engine="turbo")
    reference = validate_store(store, engine="pyshacl")
    assert turbo.violations == reference.violations
    assert turbo.triples == reference.triples > 100
    shapes = {v.shape.rsplit("#", 1)[-1] for v in turbo.violations}
    # one shape per kind: minLength, minInclusive, languageIn in a qualified shape (alone and
    # under sh:or), not/or, xone, uniqueLang, lessThanOrEquals, pattern, datatype, maxCount,
    # minCount, class, node
    kinds = {"method", "charEnd", "ConceptLabels", "prefLabel-en", "DatasetShape", "SingleKind"}
    kinds |= {"label-onePerLanguage", "Statement-offsets", "sha256", "value", "Statement-subject"}
    kinds |= {"Observation-measure", "develops", "locatedInDomain"}
    assert kinds <= shapes, kinds - shapes
    # a focus node that is the subject of no triple (a dangling object) is in no graph
    assert {v.graph for v in turbo.violations} == {DOC_GRAPH, ""}
    # a blank focus node keeps the store's label, so it is found in its graph
    blank = [v for v in turbo.violations if v.path.endswith("#confidence") and "/" not in v.focus]
    assert blank and {v.graph for v in blank} == {DOC_GRAPH}


def test_the_engines_agree_on_a_broken_atlas(broken_store: AtlasStore) -> None:
    turbo = validate_store(broken_store, engine="turbo")
    assert turbo.violations == validate_store(broken_store, engine="pyshacl").violations
    assert turbo.violations


def test_a_shape_without_a_message_is_reported_the_same_by_both_engines() -> None:
    from test_ontology import MA, valid_graph

    graph = valid_graph()
    region = URIRef(EX + "shanghai")
    graph.add((region, RDF.type, MA.Market))  # a region and a market: two kinds at once
    store = _store_of(graph)
    found = {}
    for engine in ("turbo", "pyshacl"):
        report = validate_store(store, engine=engine)
        found[engine] = [v for v in report.violations if v.shape.endswith("#SingleKind")]
    assert found["turbo"] == found["pyshacl"]
    assert found["turbo"], "mash:SingleKind (no sh:message of its own) was not reported"
    assert all(v.focus == str(region) for v in found["turbo"])
    assert all("Exactly one top-level kind" in v.message for v in found["turbo"])


def test_an_ill_formed_date_is_a_violation_for_turbo() -> None:
    """A documented difference: pySHACL accepts lexical forms rdflib does not check."""
    from test_ontology import MA, valid_graph

    graph = valid_graph()
    month = Literal("2023-14", datatype=URIRef(XSD + "gYearMonth"))
    graph.set((URIRef(EX + "policy"), MA.issuedOn, month))
    report = validate_store(_store_of(graph), engine="turbo")
    assert [v.path.rsplit("#", 1)[-1] for v in report.violations] == ["issuedOn"]


def test_an_unknown_engine_is_refused() -> None:
    with pytest.raises(ValueError, match="turbo, pyshacl"):
        validate_store(AtlasStore(), engine="jena")


def _claim(store: AtlasStore, graph: str, st: str, fact: tuple[str, str, ox.Literal], doc: str):
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    s, p, o = fact
    g = ox.NamedNode(graph)
    node = ox.NamedNode(EX + st)
    for pred, obj in (
        (rdf + "type", ox.NamedNode(MA + "Statement")),
        (rdf + "subject", ox.NamedNode(s)),
        (rdf + "predicate", ox.NamedNode(p)),
        (rdf + "object", o),
        ("http://www.w3.org/ns/prov#wasDerivedFrom", ox.NamedNode(doc)),
    ):
        store.oxigraph.add(ox.Quad(node, ox.NamedNode(pred), obj, g))


def test_a_violation_goes_to_the_document_that_states_the_broken_value() -> None:
    """Two reports give a made-up company's slug; only one slug breaks the pattern."""
    store = AtlasStore()
    company = EX + "acme-robotics"
    graph_a = "https://w3id.org/medatlas/graph/doc/a.txt"
    graph_b = "https://w3id.org/medatlas/graph/doc/b.txt"
    slug = MA + "slug"
    bad = ox.Literal("Acme Robotics!")
    good = ox.Literal("acme-robotics")
    store.oxigraph.add(
        ox.Quad(ox.NamedNode(company), ox.NamedNode(slug), bad, ox.NamedNode(graph_b))
    )
    _claim(store, graph_a, "record-a", (company, slug, good), "https://w3id.org/medatlas/doc/a.txt")
    _claim(store, graph_b, "record-b", (company, slug, bad), "https://w3id.org/medatlas/doc/b.txt")
    report = validate_store(store)
    about = [v for v in report.violations if v.focus == company and v.path == slug]
    assert about and {v.source for v in about} == {"b.txt"}
    assert {v.graph for v in about} == {graph_b}
