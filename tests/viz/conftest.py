"""Fixtures for the view tests: the built atlas's graph data, a store with planted markup, a
synthetic store, and an offline headless Chromium page (always closed in teardown)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest

from medatlas.graph.facts import Entity, Evidence, FactSet, Label, Relation, SourceDocument
from medatlas.graph.iris import ATLAS_GRAPH, ONTOLOGY_GRAPH, entity_iri
from medatlas.graph.store import AtlasStore
from medatlas.graph.triples import fact_quads
from medatlas.graph.vocabulary import ontology_triples
from medatlas.viz.graphdata import GraphData, load_graph
from medatlas.viz.synthetic import synthetic_store

#: markup planted in labels, quotes, file names and headings: each would set window.__pwned
PAYLOADS = (
    '<img src=x onerror="window.__pwned=1">',
    "</script><script>window.__pwned=2</script>",
    '"><svg onload="window.__pwned=3">',
    "<!--<script>window.__pwned=4</script>",
    "\u2028{{ 7*7 }}\u2029&amp;<b>bold</b>",
)
HOSTILE = entity_iri("hostile-co")
FRIEND = entity_iri("friendly-co")
HOSTILE_FILE = "<img src=x onerror=window.__pwned=5>.txt"


@pytest.fixture(scope="session")
def atlas_data(built) -> GraphData:
    """Everything the views draw from the atlas built for this session."""
    store = AtlasStore(built[0], read_only=True)
    try:
        return load_graph(store)
    finally:
        store.close()


def _hostile_facts() -> FactSet:
    evidence = tuple(
        Evidence(source=HOSTILE_FILE, quote=p, method="test", confidence=1.0, start=i)
        for i, p in enumerate(PAYLOADS)
    )
    return FactSet(
        graph=ATLAS_GRAPH,
        documents=[SourceDocument(HOSTILE_FILE, title=PAYLOADS[0])],
        entities=[
            Entity(
                iri=HOSTILE,
                cls="Company",
                slug="hostile-co",
                labels=(Label(PAYLOADS[0], "zh"), Label(PAYLOADS[1], "en")),
                aliases=(Label(PAYLOADS[2], "en"), Label(PAYLOADS[4], "zh")),
                evidence=evidence,
            ),
            Entity(
                iri=FRIEND,
                cls="Company",
                slug="friendly-co",
                labels=(Label("友好公司", "zh"), Label(PAYLOADS[3], "en")),
                evidence=evidence[:1],
            ),
        ],
        relations=[Relation(HOSTILE, "partnersWith", FRIEND, evidence)],
    )


@dataclass(frozen=True)
class Planted:
    """What the hostile store plants: the payloads, the two entities and the document's name."""

    payloads: tuple[str, ...] = PAYLOADS
    hostile: str = HOSTILE
    friend: str = FRIEND
    file: str = HOSTILE_FILE


@pytest.fixture(scope="session")
def planted() -> Planted:
    """The markup planted in :func:`hostile_store`."""
    return Planted()


@pytest.fixture(scope="session")
def hostile_store() -> AtlasStore:
    """An in-memory store whose two entities, their quotes and their document are all markup."""
    store = AtlasStore()
    name = ox.NamedNode(ONTOLOGY_GRAPH)
    store.replace_graph(
        ONTOLOGY_GRAPH,
        [ox.Quad(t.subject, t.predicate, t.object, name) for t in ontology_triples()],
    )
    store.replace_graph(ATLAS_GRAPH, list(fact_quads(_hostile_facts())))
    return store


@pytest.fixture(scope="session")
def small_synthetic() -> AtlasStore:
    """A synthetic atlas of 300 entities (plus the concepts they are filed under)."""
    return synthetic_store(300, seed=3)


@pytest.fixture()
def page() -> Iterator:
    """A headless Chromium page with outside requests blocked and counted; closed on teardown."""
    from medatlas.viz.browser import offline_page

    with offline_page() as view:
        yield view


@pytest.fixture()
def html_dir(tmp_path: Path) -> Path:
    """A folder for the pages a test writes."""
    folder = tmp_path / "views"
    folder.mkdir()
    return folder
