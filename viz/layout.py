"""Node positions computed ahead, so a page draws at once with physics off.

networkx's ``spring_layout`` takes 20 s for 5,000 nodes and minutes for 20,000 (it switches to a
sparse per-node loop above 500 nodes), so this module lays out in numpy, in three steps:

1. each connected component is laid out on its own: up to :data:`CORE` nodes with a vectorised
   Fruchterman-Reingold (all pairs at once);
2. in a bigger component the :data:`CORE` most central nodes are laid out that way and every other
   node is placed around its nearest placed neighbour on a sunflower spiral (breadth first);
   components under :data:`SMALL` nodes are such spirals around their most central node;
3. the components are packed in rows, the biggest first.

Everything is seeded and rounded to whole pixels, so the same graph always gets the same
positions.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np

__all__ = ["CORE", "SMALL", "SPACING", "layout"]

#: nodes laid out by the full force simulation per component (all pairs: CORE**2 per step)
CORE = 1000
#: components smaller than this are drawn as a spiral around their most central node
SMALL = 10
#: pull towards the centre, so loosely linked parts stay near the rest
GRAVITY = 0.02
#: the least distance between two nodes of a force-laid core, in median edge lengths
GAP = 1.0
#: the median length of an edge, in pixels
SPACING = 90.0
_GOLDEN = math.pi * (3.0 - math.sqrt(5.0))


def _force(n: int, edges: np.ndarray, rng: np.random.Generator, iterations: int) -> np.ndarray:
    """Fruchterman-Reingold on *n* nodes with unit ideal distance; positions (n, 2).

    Repulsion k^2/d between all pairs, attraction d^2/k along edges, a gentle pull to the centre,
    and a temperature that caps each step and cools linearly to zero.
    """
    if n == 1:
        return np.zeros((1, 2))
    side = math.sqrt(n)
    start = rng.random((n, 2)) * side
    # float32: the all-pairs arrays are half the memory to stream through each step, and a
    # layout rounded to whole pixels needs nothing finer
    x, y = start[:, 0].astype(np.float32), start[:, 1].astype(np.float32)
    temperature = side / 10.0
    cooling = temperature / (iterations + 1)
    src, dst = edges[:, 0], edges[:, 1]
    for _ in range(iterations):
        dx = x[:, None] - x[None, :]
        dy = y[:, None] - y[None, :]
        inv = dx * dx
        inv += dy * dy
        np.maximum(inv, 1e-4, out=inv)
        np.reciprocal(inv, out=inv)
        fx = (dx * inv).sum(axis=1)
        fy = (dy * inv).sum(axis=1)
        ex, ey = x[src] - x[dst], y[src] - y[dst]
        length = np.sqrt(ex * ex + ey * ey)
        px, py = ex * length, ey * length
        fx += np.bincount(dst, px, n) - np.bincount(src, px, n)
        fy += np.bincount(dst, py, n) - np.bincount(src, py, n)
        fx -= GRAVITY * (x - x.mean())
        fy -= GRAVITY * (y - y.mean())
        norm = np.sqrt(np.maximum(fx * fx + fy * fy, 1e-9))
        step = np.minimum(norm, temperature) / norm
        x += fx * step
        y += fy * step
        temperature -= cooling
    return np.column_stack([x - x.mean(), y - y.mean()]).astype(np.float64)


def _spread(pos: np.ndarray, *, gap: float = GAP, rounds: int = 40) -> np.ndarray:
    """Push apart nodes closer than *gap* (in median edge lengths), so labels overlap less.

    Only the pairs closer than *gap* move, so each round finds them first (squared distances,
    no square root over all pairs) and works on those pairs alone.
    """
    x, y = pos[:, 0].copy(), pos[:, 1].copy()
    n = len(x)
    if n < 2:
        return pos
    limit = gap * gap
    for _ in range(rounds):
        dx = x[:, None] - x[None, :]
        dy = y[:, None] - y[None, :]
        d2 = dx * dx
        d2 += dy * dy
        np.fill_diagonal(d2, np.inf)
        i, j = np.nonzero(d2 < limit)
        if len(i) == 0:
            break
        pdx, pdy = dx[i, j], dy[i, j]
        dist = np.sqrt(d2[i, j])
        push = gap - dist
        if push.max() < 1e-3:
            break
        push /= 2.0 * np.maximum(dist, 1e-6)
        x += np.bincount(i, pdx * push, n)
        y += np.bincount(i, pdy * push, n)
    return np.column_stack([x, y])


def _components(n: int, adj: list[list[int]]) -> list[list[int]]:
    """Connected components, each in breadth-first order from its lowest index."""
    seen = [False] * n
    out: list[list[int]] = []
    for start in range(n):
        if seen[start]:
            continue
        seen[start] = True
        comp, head = [start], 0
        while head < len(comp):
            for nb in adj[comp[head]]:
                if not seen[nb]:
                    seen[nb] = True
                    comp.append(nb)
            head += 1
        out.append(comp)
    return out


def _component_layout(
    comp: list[int],
    adj: list[list[int]],
    rank: Sequence[float],
    rng: np.random.Generator,
    iterations: int,
) -> dict[int, tuple[float, float]]:
    """Positions (unit spacing) of one component: a force core, the rest on spirals."""
    if len(comp) == 1:
        return {comp[0]: (0.0, 0.0)}
    by_rank = sorted(comp, key=lambda i: (-rank[i], i))
    core = sorted(by_rank[: CORE if len(comp) >= SMALL else 1])
    index = {node: k for k, node in enumerate(core)}
    edges = np.array(
        [(index[a], index[b]) for a in core for b in adj[a] if b in index and a < b], dtype=int
    ).reshape(-1, 2)
    forced_xy = _force(len(core), edges, rng, iterations)
    if len(edges):  # scale so that the median edge is one unit long
        lengths = np.hypot(*(forced_xy[edges[:, 0]] - forced_xy[edges[:, 1]]).T)
        forced_xy /= max(float(np.median(lengths)), 1e-6)
    forced = _spread(forced_xy).tolist()
    placed: dict[int, tuple[float, float]] = {
        node: (xy[0], xy[1]) for node, xy in zip(core, forced, strict=True)
    }
    frontier = [i for i in by_rank if i in placed]
    children: dict[int, int] = {}
    head = 0
    while head < len(frontier):
        anchor = frontier[head]
        head += 1
        for nb in adj[anchor]:
            if nb in placed:
                continue
            k = children.get(anchor, 0)
            children[anchor] = k + 1
            radius = 0.6 + 0.35 * math.sqrt(k)
            angle = k * _GOLDEN
            ax, ay = placed[anchor]
            placed[nb] = (ax + radius * math.cos(angle), ay + radius * math.sin(angle))
            frontier.append(nb)
    return placed


def _pack(blocks: list[tuple[np.ndarray, float]]) -> list[np.ndarray]:
    """Offsets that put blocks (positions, radius) in rows, biggest first, left to right."""
    total = sum((2 * r) ** 2 for _, r in blocks)
    width = max(math.sqrt(total) * 1.2, max((2 * r for _, r in blocks), default=1.0))
    offsets: list[np.ndarray] = []
    x = y = row_height = 0.0
    for _, r in blocks:
        if x > 0 and x + 2 * r > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        offsets.append(np.array([x + r, y + r]))
        x += 2 * r
        row_height = max(row_height, 2 * r)
    return offsets


def layout(
    nodes: Sequence[str],
    edges: Sequence[tuple[str, str]],
    *,
    rank: Mapping[str, float] | None = None,
    seed: int = 7,
    iterations: int = 60,
) -> dict[str, tuple[int, int]]:
    """Pixel positions for *nodes* linked by *edges*; *rank* decides which nodes form a core.

    >>> pos = layout(["a", "b", "c"], [("a", "b"), ("b", "c")])
    >>> sorted(pos) == ["a", "b", "c"] and pos == layout(["a", "b", "c"], [("a", "b"), ("b", "c")])
    True
    """
    n = len(nodes)
    if n == 0:
        return {}
    index = {iri: i for i, iri in enumerate(nodes)}
    adj_sets: list[set[int]] = [set() for _ in range(n)]
    for a, b in edges:
        i, j = index[a], index[b]
        if i != j:
            adj_sets[i].add(j)
            adj_sets[j].add(i)
    adj = [sorted(s) for s in adj_sets]
    scores = [float((rank or {}).get(iri, 0.0)) for iri in nodes]
    rng = np.random.default_rng(seed)
    comps = sorted(_components(n, adj), key=lambda c: (-len(c), min(c)))
    blocks: list[tuple[np.ndarray, float]] = []
    members: list[list[int]] = []
    for comp in comps:
        placed = _component_layout(comp, adj, scores, rng, iterations)
        order = sorted(placed)
        pos = np.array([placed[i] for i in order])
        pos -= pos.mean(axis=0)
        radius = float(np.sqrt((pos**2).sum(axis=1)).max()) + 0.5
        blocks.append((pos, radius))
        members.append(order)
    out: dict[str, tuple[int, int]] = {}
    for (pos, _), offset, order in zip(blocks, _pack(blocks), members, strict=True):
        for i, xy in zip(order, (pos + offset) * SPACING, strict=True):
            out[nodes[i]] = (round(float(xy[0])), round(float(xy[1])))
    return out
