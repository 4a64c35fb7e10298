"""View generation at scale: the landscape of a synthetic atlas with 1k, 5k and 20k nodes.

medatlas reads the store once (:func:`medatlas.viz.graphdata.load_graph`), keeps the most
central nodes (:func:`medatlas.viz.landscape.landscape_of`) and writes one offline HTML file
(:func:`medatlas.viz.write.write_view`). The alternative a user would write first is pyvis's
own path: a networkx graph of the same nodes and edges, ``Network.from_nx`` and
``write_html``; it is timed where it finishes in reasonable time (MEASURED.md: ``from_nx``
scans every edge for each edge added, 182 s at 10k nodes).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.bench_timing import measure, ratio

__all__ = ["available", "views"]


def available() -> bool:
    """True when the viz package has the functions this benchmark drives."""
    try:
        from medatlas.viz.graphdata import load_graph  # noqa: F401
        from medatlas.viz.landscape import landscape_of  # noqa: F401
        from medatlas.viz.write import write_view  # noqa: F401
    except ImportError:
        return False
    return True


def _pyvis(data: Any, keep: list[str], path: Path) -> None:
    """pyvis's documented path: networkx graph -> Network.from_nx -> write_html."""
    import networkx as nx
    from pyvis.network import Network

    shown = data.subgraph(keep)
    graph = nx.Graph()
    for iri, node in shown.nodes.items():
        graph.add_node(iri, label=node.labels.get("en") or iri, group=node.cls)
    for edge in shown.edges:
        graph.add_edge(edge.source, edge.target, title=edge.relation)
    net = Network(height="800px", width="100%", cdn_resources="in_line")
    net.toggle_physics(False)
    net.from_nx(graph)
    net.write_html(str(path), notebook=False)


def views(
    store_path: Path, sizes: tuple[int, ...], *, runs: int, pyvis_up_to: int
) -> dict[str, Any]:
    """Seconds to read the store, build each landscape and write it; pyvis beside it."""
    from medatlas.graph.store import AtlasStore
    from medatlas.viz.graphdata import load_graph
    from medatlas.viz.landscape import landscape_of, most_central
    from medatlas.viz.write import write_view

    store = AtlasStore(store_path, read_only=True)
    try:
        read = measure(lambda: load_graph(store), runs=runs)
    finally:
        store.close()
    data = read.value
    out: dict[str, Any] = {
        "read_s": read.as_dict(),
        "nodes_in_store": len(data.nodes),
        "edges_in_store": len(data.edges),
        "sizes": [],
    }
    with tempfile.TemporaryDirectory(prefix="medatlas-views-") as tmp:
        for size in sizes:
            path = Path(tmp) / f"landscape-{size}.html"

            def make(size: int = size, path: Path = path) -> Any:
                return write_view(landscape_of(data, max_nodes=size), path)

            built = measure(make, runs=runs)
            net = landscape_of(data, max_nodes=size)
            row: dict[str, Any] = {
                "max_nodes": size,
                "nodes": len(net.nodes),
                "edges": len(net.edges),
                "build_and_write_s": built.as_dict(),
                "html_mb": round(path.stat().st_size / 1e6, 2),
                "with_read_s": round(read.median + built.median, 3),
            }
            if size <= pyvis_up_to:
                keep = most_central(data, size)
                started = time.perf_counter()
                _pyvis(data, keep, Path(tmp) / f"pyvis-{size}.html")
                row["pyvis_s"] = round(time.perf_counter() - started, 3)
                row["speedup"] = ratio(row["pyvis_s"], built.median)
            else:
                row["pyvis_s"] = None
            out["sizes"].append(row)
    return out
