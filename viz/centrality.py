"""Centrality for sizing nodes and choosing which to keep when a view is capped.

PageRank over the undirected graph, by power iteration in numpy (networkx's ``pagerank`` needs
scipy, which medatlas does not require). Deterministic: same nodes and edges, same scores.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

__all__ = ["pagerank"]


def pagerank(
    nodes: Sequence[str],
    edges: Sequence[tuple[str, str]],
    *,
    alpha: float = 0.85,
    iterations: int = 100,
    tolerance: float = 1e-10,
) -> dict[str, float]:
    """PageRank of each node of the undirected graph (*nodes*, *edges*); scores sum to 1.

    Parallel edges count once; isolated nodes spread their rank evenly (as in networkx).

    >>> r = pagerank(["hub", "a", "b"], [("hub", "a"), ("hub", "b")])
    >>> r["hub"] > r["a"] == r["b"]
    True
    """
    n = len(nodes)
    if n == 0:
        return {}
    index = {iri: i for i, iri in enumerate(nodes)}
    pairs = {
        (min(index[a], index[b]), max(index[a], index[b]))
        for a, b in edges
        if a in index and b in index and a != b
    }
    arr = np.array(sorted(pairs), dtype=np.int64).reshape(-1, 2)
    src = np.concatenate([arr[:, 0], arr[:, 1]])
    dst = np.concatenate([arr[:, 1], arr[:, 0]])
    degree = np.bincount(src, minlength=n).astype(float)
    dangling = degree == 0
    rank = np.full(n, 1.0 / n)
    for _ in range(iterations):
        share = np.where(dangling, 0.0, rank / np.maximum(degree, 1.0))
        new = np.bincount(dst, weights=share[src], minlength=n) * alpha
        new += (alpha * rank[dangling].sum() + 1.0 - alpha) / n
        done = np.abs(new - rank).sum() < n * tolerance
        rank = new
        if done:
            break
    return {iri: float(rank[i]) for i, iri in enumerate(nodes)}
