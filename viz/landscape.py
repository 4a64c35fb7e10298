"""The landscape: every entity, coloured by class, sized by centrality, edges named by relation."""

from __future__ import annotations

from medatlas.graph.store import AtlasStore
from medatlas.viz.centrality import pagerank
from medatlas.viz.graphdata import GraphData, load_graph
from medatlas.viz.network import AtlasNetwork, build_network, capped_notice

__all__ = ["DEFAULT_MAX_NODES", "landscape", "landscape_of", "most_central"]

#: nodes a view draws unless told otherwise (5,000 stay usable; see benchmarks/views.py)
DEFAULT_MAX_NODES = 2000


def most_central(data: GraphData, limit: int) -> list[str]:
    """The *limit* nodes of highest PageRank (ties by IRI), in that order."""
    rank = pagerank(list(data.nodes), [(e.source, e.target) for e in data.edges])
    return sorted(data.nodes, key=lambda iri: (-rank[iri], iri))[: max(limit, 0)]


def landscape_of(
    data: GraphData,
    *,
    max_nodes: int = DEFAULT_MAX_NODES,
    lang: str = "zh",
    heading: str = "medatlas · 医疗AI市场全景 Healthcare-AI market landscape",
) -> AtlasNetwork:
    """The landscape of *data*: its *max_nodes* most central nodes and the edges among them."""
    keep = most_central(data, max_nodes) if len(data.nodes) > max_nodes else list(data.nodes)
    shown = data.subgraph(keep)
    return build_network(
        shown,
        kind="landscape",
        heading=heading,
        lang=lang,
        notice=capped_notice(len(shown.nodes), len(data.nodes), what="the most central"),
        totals=(len(data.nodes), len(data.edges)),
    )


def landscape(
    store: AtlasStore, *, max_nodes: int = DEFAULT_MAX_NODES, lang: str = "zh"
) -> AtlasNetwork:
    """The market landscape of the atlas in *store* (capped at *max_nodes*, most central first).

    >>> net = landscape(AtlasStore())
    >>> (net.kind, len(net.nodes), net.notice)
    ('landscape', 0, '')
    """
    return landscape_of(load_graph(store), max_nodes=max_nodes, lang=lang)
