"""Layout and centrality: deterministic, every node placed apart, linked nodes close."""

from __future__ import annotations

import doctest
import importlib
import math
import random

import networkx as nx
import pytest

from medatlas.viz.centrality import pagerank
from medatlas.viz.layout import layout


def _graph(n: int, seed: int) -> tuple[list[str], list[tuple[str, str]]]:
    rnd = random.Random(seed)
    nodes = [f"n{i}" for i in range(n)]
    edges = [(nodes[i], nodes[rnd.randrange(i)]) for i in range(1, n) if rnd.random() < 0.9]
    return nodes, edges


@pytest.mark.parametrize("n", [1, 2, 15, 400, 1500])
def test_layout_places_every_node_deterministically(n: int) -> None:
    nodes, edges = _graph(n, seed=n)
    pos = layout(nodes, edges, rank=pagerank(nodes, edges))
    assert set(pos) == set(nodes)
    assert pos == layout(nodes, edges, rank=pagerank(nodes, edges))
    assert all(isinstance(c, int) for xy in pos.values() for c in xy)


def test_linked_nodes_are_closer_than_others() -> None:
    nodes, edges = _graph(600, seed=5)
    pos = layout(nodes, edges, rank=pagerank(nodes, edges))

    def dist(a: str, b: str) -> float:
        return math.dist(pos[a], pos[b])

    linked = sum(dist(a, b) for a, b in edges) / len(edges)
    rnd = random.Random(1)
    pairs = [(rnd.choice(nodes), rnd.choice(nodes)) for _ in range(2000)]
    assert linked * 3 < sum(dist(a, b) for a, b in pairs) / len(pairs)
    assert len(set(pos.values())) == len(nodes), "no two nodes on the same spot"


def test_pagerank_matches_networkx() -> None:
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

    nodes, edges = _graph(200, seed=9)
    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from(edges)
    graph.add_node("alone")
    ours = pagerank([*nodes, "alone"], edges)
    theirs = _pagerank_python(graph, tol=1e-12, max_iter=500)
    assert ours.keys() == theirs.keys()
    assert max(abs(ours[k] - theirs[k]) for k in ours) < 1e-6
    assert abs(sum(ours.values()) - 1.0) < 1e-9


@pytest.mark.parametrize(
    "name",
    [
        "medatlas.viz",
        "medatlas.viz.centrality",
        "medatlas.viz.layout",
        "medatlas.viz.landscape",
        "medatlas.viz.style",
        "medatlas.viz.synthetic",
        "medatlas.viz.write",
    ],
)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
