"""Counts per class, per named graph and per source document, from ``graph/sparql``."""

from __future__ import annotations

from dataclasses import dataclass

from medatlas.graph.iris import GRAPH
from medatlas.graph.queries import sparql
from medatlas.graph.store import AtlasStore

__all__ = ["StoreStats", "store_stats"]

_MA = "https://w3id.org/medatlas/ontology#"


@dataclass(frozen=True)
class StoreStats:
    """How big a store is and where its facts come from."""

    triples: int
    by_class: list[tuple[str, int]]
    by_graph: list[tuple[str, int, int, int]]
    by_document: list[tuple[str, int]]


def store_stats(store: AtlasStore) -> StoreStats:
    """Count instances per class, triples/entities/evidence per graph, evidence per document."""
    by_class = [
        (row["class"].value.removeprefix(_MA), int(row["n"].value))
        for row in store.query(sparql("count-by-class"), union=False)
    ]
    by_graph = [
        (
            row["g"].value.removeprefix(GRAPH),
            int(row["triples"].value),
            int(row["entities"].value),
            int(row["statements"].value),
        )
        for row in store.query(sparql("count-by-graph"), union=False)
    ]
    by_document = [
        (row["file"].value, int(row["facts"].value))
        for row in store.query(sparql("count-by-document"))
    ]
    return StoreStats(len(store), by_class, by_graph, by_document)
