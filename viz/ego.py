"""The ego view: one entity and its neighbourhood to a depth, found by any of its names."""

from __future__ import annotations

from collections import deque

from medatlas.errors import QueryError
from medatlas.graph.store import AtlasStore
from medatlas.viz.centrality import pagerank
from medatlas.viz.graphdata import GraphData, find_node, load_graph
from medatlas.viz.landscape import DEFAULT_MAX_NODES
from medatlas.viz.network import AtlasNetwork, build_network, capped_notice

__all__ = ["ego", "ego_of", "neighbourhood"]


def neighbourhood(data: GraphData, focus: str, depth: int) -> dict[str, int]:
    """Every node within *depth* relations of *focus* (either direction) -> its distance."""
    adj = data.neighbours()
    dist = {focus: 0}
    todo = deque([focus])
    while todo:
        node = todo.popleft()
        if dist[node] >= depth:
            continue
        for nb in sorted(adj[node]):
            if nb not in dist:
                dist[nb] = dist[node] + 1
                todo.append(nb)
    return dist


def _suggest(data: GraphData, text: str) -> list[str]:
    """Up to five names of nodes whose names contain *text* (case-insensitive)."""
    needle = text.casefold()
    hits = {
        n.label("zh") for n in data.nodes.values() if any(needle in x.casefold() for x in n.names())
    }
    return sorted(hits)[:5]


def ego_of(
    data: GraphData,
    focus: str,
    *,
    depth: int = 2,
    max_nodes: int = DEFAULT_MAX_NODES,
    lang: str = "zh",
) -> AtlasNetwork:
    """The ego view of the node *focus* (an IRI in *data*): nearest first, then most central."""
    if focus not in data.nodes:
        raise QueryError(f"{focus} is not drawn in any view (it has no relations to entities)")
    if depth < 0:
        raise QueryError(f"--depth must be 0 or more, not {depth}")
    dist = neighbourhood(data, focus, depth)
    near = data.subgraph(dist)
    rank = pagerank(list(near.nodes), [(e.source, e.target) for e in near.edges])
    keep = sorted(dist, key=lambda iri: (dist[iri], -rank[iri], iri))[: max(max_nodes, 1)]
    shown = data.subgraph(keep)
    node = data.nodes[focus]
    names = " ".join(dict.fromkeys(x for x in (node.labels.get("zh"), node.labels.get("en")) if x))
    return build_network(
        shown,
        kind="ego",
        heading=f"{names or node.label(lang)} · 邻域 ego network, depth {depth}",
        lang=lang,
        notice=capped_notice(
            len(shown.nodes), len(near.nodes), what="the nearest and most central"
        ),
        focus=focus,
        totals=(len(near.nodes), len(near.edges)),
    )


def ego(
    store: AtlasStore,
    focus: str,
    *,
    depth: int = 2,
    max_nodes: int = DEFAULT_MAX_NODES,
    lang: str = "zh",
) -> AtlasNetwork:
    """The neighbourhood of the entity named *focus* (any label, alias or slug) to *depth*.

    Raises:
        QueryError: no entity has that name, several do, or *depth* is negative.
    """
    data = load_graph(store)
    try:
        iri = find_node(store, focus, known=data.nodes)
    except QueryError as exc:
        close = _suggest(data, focus.strip()) if focus.strip() else []
        if close:
            raise QueryError(f"{exc}; names that contain it: {', '.join(close)}") from exc
        raise
    return ego_of(data, iri, depth=depth, max_nodes=max_nodes, lang=lang)
