"""Benchmark the views: generation time for 1k/5k/20k-entity synthetic atlases, and how long a
5k-node page takes to become stable (drawn, usable) in headless Chromium.

    .venv/bin/python benchmarks/views.py            # writes benchmarks/results/views.json

Generation is split into reading the store (SPARQL), building the network (centrality, layout)
and writing the HTML; each is the median of ``--repeat`` runs. The browser figure is the time
from the page's first script to its first drawing (``window.medatlas.drawMs``), the wall time to
open it, and the time to redraw after zooming in.
"""

from __future__ import annotations

import json
import platform
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from medatlas.viz.browser import offline_page
from medatlas.viz.graphdata import load_graph
from medatlas.viz.landscape import DEFAULT_MAX_NODES, landscape_of
from medatlas.viz.synthetic import synthetic_store
from medatlas.viz.write import render_html, write_view

RESULTS = Path(__file__).resolve().parent / "results" / "views.json"


def _median(run: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - started)
    return round(statistics.median(times), 3), result


def generation(entities: int, *, max_nodes: int, repeat: int) -> dict[str, Any]:
    """Seconds to read, build and render the landscape of a synthetic atlas."""
    store = synthetic_store(entities, seed=1)
    read_s, data = _median(lambda: load_graph(store), repeat)
    build_s, net = _median(lambda: landscape_of(data, max_nodes=max_nodes), repeat)
    render_s, html = _median(lambda: render_html(net), repeat)
    return {
        "entities": entities,
        "max_nodes": max_nodes,
        "nodes": len(net.nodes),
        "edges": len(net.edges),
        "read_s": read_s,
        "build_s": build_s,
        "render_s": render_s,
        "total_s": round(read_s + build_s + render_s, 3),
        "html_bytes": len(html.encode("utf-8")),
    }


def browser(entities: int) -> dict[str, Any]:
    """Time for a page of *entities* nodes to draw in headless Chromium, and to redraw."""
    data = load_graph(synthetic_store(entities, seed=1))
    net = landscape_of(data, max_nodes=entities)
    with tempfile.TemporaryDirectory() as tmp:
        path = write_view(net, Path(tmp) / "view.html")
        with offline_page() as page:
            started = time.perf_counter()
            draw_ms = page.open(path, timeout_ms=120_000)
            open_s = time.perf_counter() - started
            started = time.perf_counter()
            page.page.evaluate("window.medatlas.network.moveTo({scale: 0.6})")
            page.page.evaluate("new Promise((done) => requestAnimationFrame(() => done()))")
            redraw_s = time.perf_counter() - started
            assert page.blocked == [] and page.errors == [], (page.blocked, page.errors)
    return {
        "nodes": len(net.nodes),
        "edges": len(net.edges),
        "first_draw_ms": round(draw_ms),
        "open_s": round(open_s, 2),
        "zoom_redraw_s": round(redraw_s, 2),
    }


@click.command()
@click.option("--repeat", default=3, show_default=True, help="Runs per generation figure.")
@click.option(
    "--out", type=click.Path(dir_okay=False, path_type=Path), default=RESULTS, show_default=True
)
def main(repeat: int, out: Path) -> None:
    """Run the view benchmarks and write the results as JSON."""
    rows = []
    for entities in (1_000, 5_000, 20_000):
        for cap in sorted({DEFAULT_MAX_NODES, entities}):
            row = generation(entities, max_nodes=cap, repeat=repeat)
            click.echo(json.dumps(row))
            rows.append(row)
    stable = browser(5_000)
    click.echo(json.dumps(stable))
    out.parent.mkdir(parents=True, exist_ok=True)
    result = {
        "machine": {"python": platform.python_version(), "cpus": _cpus()},
        "generation": rows,
        "browser_5k": stable,
    }
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    click.echo(f"wrote {out}")


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 0


if __name__ == "__main__":
    main()
