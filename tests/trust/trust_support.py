"""Helpers of the reliability suite: store snapshots, broken stores, subprocess commands."""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

import pyoxigraph as ox

from medatlas.graph.facts import (
    Entity,
    Evidence,
    FactSet,
    Label,
    Observation,
    Relation,
    SourceDocument,
)
from medatlas.graph.iris import ATLAS_GRAPH, ONTOLOGY_GRAPH, document_graph, entity_iri
from medatlas.graph.store import AtlasStore
from medatlas.graph.triples import fact_quads
from medatlas.graph.vocabulary import ontology_triples

MEDATLAS = [sys.executable, "-c", "from medatlas.cli import main; main()"]
"""The ``medatlas`` command, run with this interpreter."""

MARKET_SIZE = "https://w3id.org/medatlas/vocab/measure/market-size"


_BLANK = re.compile(r"_:[A-Za-z0-9]+")


def snapshot(path: Path) -> dict[str, str]:
    """Graph IRI -> digest of its sorted quads, for the store at *path* (opened read-only).

    Blank node labels (the ontology's lists and restrictions) change from one parse to the
    next, so they are blanked out before hashing.
    """
    store = AtlasStore(path, read_only=True)
    try:
        out = {}
        for graph in store.graph_names():
            lines = sorted(_BLANK.sub("_:b", str(q)) for q in store.quads(graph))
            out[graph] = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
        return out
    finally:
        store.close()


def _evidence(source: str, quote: str) -> tuple[Evidence, ...]:
    return (Evidence(source, quote, "curated", 1.0),)


def broken_facts() -> list[FactSet]:
    """Facts that contradict the ontology in five ways, in an atlas graph and a document graph.

    id:acme is a Company in the atlas and a GovernmentBody in news.md (disjoint classes); it
    develops id:plan, a Policy (the range of develops is Offering, disjoint with Policy); it
    partners with itself (irreflexive); obs:clash has two values (functional).
    """
    atlas = FactSet(
        graph=ATLAS_GRAPH,
        documents=[SourceDocument("002_example.txt")],
        entities=[
            Entity(
                entity_iri("acme"),
                "Company",
                "acme",
                (Label("Acme", "en"),),
                evidence=_evidence("002_example.txt", "阿克米公司"),
            ),
            Entity(
                entity_iri("plan"),
                "Policy",
                "plan",
                (Label("Plan", "en"),),
                evidence=_evidence("002_example.txt", "五年规划"),
            ),
        ],
        relations=[
            Relation(
                entity_iri("acme"),
                "develops",
                entity_iri("plan"),
                _evidence("002_example.txt", "阿克米推出五年规划"),
            ),
            Relation(
                entity_iri("acme"),
                "partnersWith",
                entity_iri("acme"),
                _evidence("002_example.txt", "阿克米与阿克米合作"),
            ),
        ],
    )
    news = FactSet(
        graph=document_graph("news.md"),
        documents=[SourceDocument("news.md")],
        entities=[
            Entity(
                entity_iri("acme"),
                "GovernmentBody",
                "acme",
                (Label("Acme", "en"),),
                evidence=_evidence("news.md", "监管机构阿克米"),
            )
        ],
        observations=[
            Observation(
                "https://w3id.org/medatlas/observation/clash",
                MARKET_SIZE,
                (entity_iri("acme"),),
                value,
                None,
                "2024",
                "10",
                _evidence("news.md", quote),
            )
            for value, quote in (("10", "规模10亿"), ("12", "规模12亿"))
        ],
    )
    return [atlas, news]


def ontology_quads() -> list[ox.Quad]:
    """The ontology as quads of its named graph."""
    g = ox.NamedNode(ONTOLOGY_GRAPH)
    return [ox.Quad(t.subject, t.predicate, t.object, g) for t in ontology_triples()]


def broken_store() -> AtlasStore:
    """An in-memory store: the ontology and :func:`broken_facts`."""
    store = AtlasStore()
    store.replace_graph(ONTOLOGY_GRAPH, ontology_quads())
    for facts in broken_facts():
        store.replace_graph(facts.graph, list(fact_quads(facts)))
    return store
