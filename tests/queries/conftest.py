"""Fixtures of the question tests: the built store, a store with figures, servers."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from query_support import FIGURES, oxigraph_binary

from medatlas.graph.iris import ONTOLOGY_GRAPH, VOCAB_GRAPH
from medatlas.graph.store import AtlasStore
from medatlas.graph.vocabulary import ontology_triples, vocabulary_triples


@pytest.fixture(scope="session")
def qstore(built) -> Iterator[AtlasStore]:
    """A read-only handle on the session's built atlas, shared by the question tests."""
    store = AtlasStore(built[0], read_only=True)
    yield store
    store.close()


@pytest.fixture(scope="session")
def figures_store() -> AtlasStore:
    """An in-memory store: ontology, vocabularies and the hand-written figures of data/."""
    store = AtlasStore()
    for graph, triples in (
        (ONTOLOGY_GRAPH, ontology_triples()),
        (VOCAB_GRAPH, vocabulary_triples()),
    ):
        node = ox.NamedNode(graph)
        store.replace_graph(
            graph, [ox.Quad(t.subject, t.predicate, t.object, node) for t in triples]
        )
    store.load_graph(
        "https://w3id.org/medatlas/graph/test-figures",
        data=FIGURES.read_bytes(),
        fmt=ox.RdfFormat.TURTLE,
    )
    return store


@pytest.fixture()
def store_copy(built, tmp_path: Path) -> Path:
    """A copy of the built store that a server may open on its own."""
    target = tmp_path / "store"
    shutil.copytree(built[0], target)
    return target


@pytest.fixture()
def rw_server(tmp_path: Path) -> Iterator[str]:
    """An empty read-write Oxigraph server on a free loopback port; its base URL."""
    from medatlas.queries.endpoint import free_port, wait_until_up

    port = free_port()
    log = (tmp_path / "oxigraph.log").open("w+b")
    proc = subprocess.Popen(
        [
            oxigraph_binary(),
            "serve",
            "--location",
            str(tmp_path / "db"),
            "--bind",
            f"127.0.0.1:{port}",
        ],
        stdout=log,
        stderr=log,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{base}/query", proc, log, 30)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
