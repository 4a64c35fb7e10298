"""The views in a real browser: Debian's headless Chromium driven by Playwright, every request
that is not file: or data: blocked and counted."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from medatlas.graph.store import AtlasStore
from medatlas.viz.ego import ego, ego_of
from medatlas.viz.graphdata import GraphData, load_graph
from medatlas.viz.landscape import landscape_of
from medatlas.viz.synthetic import synthetic_store
from medatlas.viz.write import write_view

pytestmark = pytest.mark.slow

NVIDIA = "https://w3id.org/medatlas/id/nvidia"
COUNTS = """() => {
  const m = window.medatlas;
  return {
    nodes: m.nodes.length, edges: m.edges.length,
    shownNodes: m.nodesView.length, shownEdges: m.edgesView.length,
    drawnNodes: m.network.body.nodeIndices.length, drawnEdges: m.network.body.edgeIndices.length,
  };
}"""
NODE_ON_SCREEN = """(id) => {
  const m = window.medatlas;
  m.network.focus(id, { scale: 1.5, animation: false });
  const p = m.network.canvasToDOM(m.network.getPosition(id));
  const box = document.getElementById("graph").getBoundingClientRect();
  return [box.left + p.x, box.top + p.y];
}"""


def _open(page: Any, path: Path) -> float:
    ms = page.open(path)
    assert page.blocked == [], "the page asked for something outside the file"
    return ms


def _click_node(page: Any, iri: str) -> None:
    x, y = page.page.evaluate(NODE_ON_SCREEN, iri)
    page.page.mouse.click(x, y)


def test_outside_requests_are_blocked_and_counted(page: Any, html_dir: Path) -> None:
    """The guard itself works: a page that asks for a remote image is caught."""
    html = html_dir / "remote.html"
    html.write_text('<img src="https://example.invalid/x.png"><p>x</p>', encoding="utf-8")
    page.page.goto(html.as_uri(), wait_until="load")
    assert page.blocked == ["https://example.invalid/x.png"]


def test_landscape_draws_every_node_and_edge(
    page: Any, atlas_data: GraphData, html_dir: Path
) -> None:
    net = landscape_of(atlas_data)
    _open(page, write_view(net, html_dir / "landscape.html"))
    counts = page.page.evaluate(COUNTS)
    n, m = len(net.nodes), len(net.edges)
    assert counts == {
        "nodes": n,
        "edges": m,
        "shownNodes": n,
        "shownEdges": m,
        "drawnNodes": n,
        "drawnEdges": m,
    }
    assert page.page.text_content("#count").startswith(f"{n} / {n} nodes")
    legend = page.page.locator("#legend li").count()
    assert legend == len(net.legend)
    assert page.errors == []


def test_search_finds_a_node_by_any_name(page: Any, atlas_data: GraphData, html_dir: Path) -> None:
    _open(page, write_view(landscape_of(atlas_data), html_dir / "landscape.html"))
    for name in ("英伟达", "nvidia", "NVIDIA"):
        assert page.page.evaluate("(t) => window.medatlas.search(t)[0]", name) == NVIDIA
    page.page.fill("#search", "英伟达")
    assert "英伟达" in page.page.locator("#results button").first.text_content()
    page.page.press("#search", "Enter")
    assert page.page.evaluate("window.medatlas.network.getSelectedNodes()") == [NVIDIA]
    assert page.page.text_content("#details h2").startswith("英伟达")
    assert page.errors == []


def test_click_on_a_node_shows_its_sources(
    page: Any, atlas_data: GraphData, html_dir: Path
) -> None:
    _open(page, write_view(landscape_of(atlas_data), html_dir / "landscape.html"))
    _click_node(page, NVIDIA)
    assert page.page.evaluate("window.medatlas.network.getSelectedNodes()") == [NVIDIA]
    details = page.page.text_content("#details")
    quotes = [s.quote for s in atlas_data.nodes[NVIDIA].sources]
    assert quotes
    for quote in quotes:
        assert quote in details
    assert f"Sources 来源 ({len(quotes)})" in details
    assert page.errors == []


def test_click_on_an_edge_shows_where_it_was_stated(
    page: Any, atlas_data: GraphData, html_dir: Path
) -> None:
    _open(page, write_view(landscape_of(atlas_data), html_dir / "landscape.html"))
    edge = next(
        e for e in atlas_data.edges if e.source == NVIDIA and e.relation.endswith("develops")
    )
    eid = page.page.evaluate(
        "([a, b]) => window.medatlas.edges.get({filter: (e) => e.from === a && e.to === b})[0].id",
        [edge.source, edge.target],
    )
    page.page.evaluate("(id) => window.medatlas.showEdge(id)", eid)
    details = page.page.text_content("#details")
    assert "Stated in 出处" in details
    for s in edge.sources:
        assert s.quote in details and s.file in details


def test_filters_by_segment_and_class(page: Any, atlas_data: GraphData, html_dir: Path) -> None:
    net = landscape_of(atlas_data)
    _open(page, write_view(net, html_dir / "landscape.html"))
    segment = net.facets["segment"][0]
    page.page.select_option("#f-segment", segment["value"])
    expected = sum(segment["value"] in n["seg"] for n in net.nodes)
    assert expected == segment["count"]
    assert page.page.evaluate("window.medatlas.nodesView.length") == expected
    page.page.click("#reset")
    assert page.page.evaluate("window.medatlas.nodesView.length") == len(net.nodes)
    first = net.legend[0]
    page.page.uncheck(f"#cls-{first['cls']}")
    assert page.page.evaluate("window.medatlas.nodesView.length") == len(net.nodes) - first["count"]
    assert (
        page.page.evaluate("window.medatlas.network.body.nodeIndices.length")
        == len(net.nodes) - first["count"]
    )
    assert page.errors == []


def test_ego_view_opens_on_its_focus(page: Any, store: AtlasStore, html_dir: Path) -> None:
    net = ego(store, "英伟达", depth=2)
    _open(page, write_view(net, html_dir / "ego.html"))
    assert page.page.evaluate("window.medatlas.network.getSelectedNodes()") == [NVIDIA]
    assert page.page.evaluate(COUNTS)["drawnNodes"] == len(net.nodes)
    assert "英伟达" in page.page.text_content("#details h2")
    assert page.errors == []


def test_planted_script_never_runs(
    page: Any, hostile_store: AtlasStore, planted: Any, html_dir: Path
) -> None:
    data = load_graph(hostile_store)
    net = ego_of(data, planted.hostile, depth=1)
    _open(page, write_view(net, html_dir / "hostile.html"))
    p = page.page
    assert p.text_content("#heading").startswith(planted.payloads[0]), "heading shown as text"
    assert p.title().startswith(planted.payloads[0])
    # hover (tooltip), click (details), search (results): each puts the payloads on the page
    x, y = p.evaluate(NODE_ON_SCREEN, planted.hostile)
    p.mouse.move(x, y)
    p.wait_for_selector(".vis-tooltip", state="visible", timeout=5000)
    assert planted.payloads[0] in p.text_content(".vis-tooltip")
    p.mouse.click(x, y)
    details = p.text_content("#details")
    for payload in planted.payloads:
        assert payload.replace("\u2028", "").replace("\u2029", "")[:12] in details.replace(
            "\u2028", ""
        ).replace("\u2029", "")
    p.fill("#search", "<img")
    assert p.locator("#results button").count() == 1
    p.evaluate("(f) => window.medatlas.setFilter('source', f)", planted.file)
    p.wait_for_timeout(300)
    assert p.evaluate("window.__pwned") is None
    assert p.locator("img, svg, iframe").count() == 0
    assert p.locator("#details q").count() >= len(planted.payloads)
    assert page.errors == [], "nothing was even attempted (a blocked script would log)"


def test_five_thousand_nodes_open_and_stay_usable(page: Any, html_dir: Path) -> None:
    data = load_graph(synthetic_store(5000, seed=11))
    net = landscape_of(data, max_nodes=5000)
    assert len(net.nodes) == 5000 and "Showing 5,000 of" in net.notice
    path = write_view(net, html_dir / "big.html")
    started = time.perf_counter()
    page.open(path, timeout_ms=60_000)
    assert time.perf_counter() - started < 60
    assert page.blocked == []
    counts = page.page.evaluate(COUNTS)
    assert counts["drawnNodes"] == 5000 and counts["drawnEdges"] == len(net.edges)
    assert "Showing 5,000 of" in page.page.text_content("#notice")
    # still usable: a zoom redraws, a search answers
    page.page.evaluate("window.medatlas.network.moveTo({scale: 0.6})")
    page.page.evaluate("new Promise((done) => requestAnimationFrame(() => done()))")
    first = next(n for n in net.nodes if n["id"].endswith("syn-00000"))
    assert page.page.evaluate("(t) => window.medatlas.search(t)[0]", first["zh"]) == first["id"]
    assert page.errors == []


def test_a_view_that_draws_late_is_waited_for_under_its_policy(page: Any, html_dir: Path) -> None:
    """The wait for a drawn view must not need eval(): a view's Content-Security-Policy allows
    its own scripts by hash only, and a page that is not ready at the first check (a busy
    machine) is polled again under that policy."""
    import base64
    import hashlib

    script = (
        "window.medatlas = {ready: false, drawMs: 7};"
        "setTimeout(() => { window.medatlas.ready = true; }, 400);"
    )
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    path = html_dir / "late.html"
    path.write_text(
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<meta http-equiv='Content-Security-Policy' content=\"script-src 'sha256-{digest}'\">"
        f"</head><body><script>{script}</script></body></html>",
        encoding="utf-8",
    )
    assert page.open(path, timeout_ms=10_000) == 7.0
    assert page.page.evaluate("() => window.medatlas.ready") is True
