"""The written page: self-contained, UTF-8, data escaped, scripts pinned by hash, deterministic."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from medatlas.graph.store import AtlasStore
from medatlas.viz.ego import ego
from medatlas.viz.graphdata import GraphData
from medatlas.viz.landscape import landscape, landscape_of
from medatlas.viz.network import AtlasNetwork
from medatlas.viz.write import embed_json, render_html, write_view


class Page(HTMLParser):
    """The elements of a page: tags with attributes, and the text of each script and style."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.text: dict[str, str] = {}
        self._open: tuple[str, dict[str, str | None]] | None = None
        self._buffer: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._open, self._buffer = (tag, dict(attrs)), []

    def handle_data(self, data: str) -> None:
        self._buffer.append(data)

    def handle_endtag(self, tag: str) -> None:
        if self._open and self._open[0] == tag:
            body = "".join(self._buffer)
            if tag == "script":
                self.scripts.append((self._open[1], body))
            key = self._open[1].get("id") or tag
            self.text.setdefault(str(key), body)
        self._open = None


def _payload(page: Page) -> dict:
    block = next(body for attrs, body in page.scripts if attrs.get("id") == "medatlas-data")
    return json.loads(block)


@pytest.fixture(scope="module")
def hostile_html(hostile_store: AtlasStore) -> str:
    return render_html(ego(hostile_store, "hostile-co", depth=1))


def test_page_is_self_contained(atlas_data: GraphData) -> None:
    html = render_html(landscape_of(atlas_data))
    page = Page(html)
    for tag, attrs in page.tags:
        assert "src" not in attrs, (tag, attrs)
        assert not (tag == "link" and "href" in attrs), (tag, attrs)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?https?:""", html, re.IGNORECASE)
    for cdn in ("cdn.jsdelivr", "cdnjs", "unpkg.com", "bootstrap"):
        assert cdn not in html, cdn
    scripts = [body for attrs, body in page.scripts if "type" not in attrs]
    assert len(scripts) == 2 and "vis-network" in scripts[0][:200]


def test_csp_runs_only_the_pages_own_scripts(atlas_data: GraphData) -> None:
    page = Page(render_html(landscape_of(atlas_data)))
    csp = next(
        a["content"] for t, a in page.tags if a.get("http-equiv") == "Content-Security-Policy"
    )
    assert (
        "default-src 'none'" in csp
        and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    )
    hashes = set(re.findall(r"'sha256-([^']+)'", csp))
    for attrs, body in page.scripts:
        if "type" not in attrs:
            digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
            assert digest in hashes
    assert len(hashes) == 2


def test_data_never_becomes_markup(hostile_html: str, planted) -> None:
    PAYLOADS, HOSTILE, HOSTILE_FILE = planted.payloads, planted.hostile, planted.file
    page = Page(hostile_html)
    data = _payload(page)
    block = next(body for attrs, body in page.scripts if attrs.get("id") == "medatlas-data")
    for raw in ("<", ">", "&", "\u2028", "\u2029"):
        assert raw not in block
    hostile = next(n for n in data["nodes"] if n["id"] == HOSTILE)
    assert hostile["zh"] == PAYLOADS[0] and hostile["en"] == PAYLOADS[1], "round trip exact"
    assert PAYLOADS[4] in hostile["aliases"]
    assert {s["quote"] for s in hostile["sources"]} == set(PAYLOADS)
    assert {s["file"] for s in hostile["sources"]} == {HOSTILE_FILE}
    # outside the JSON block the payloads appear only escaped (title, h1, aria-label)
    outside = hostile_html.replace(block, "")
    for p in PAYLOADS[:4]:
        assert p not in outside
    assert page.text["heading"].startswith(PAYLOADS[0]), "the heading shows the label as text"
    assert [t for t, _ in page.tags].count("script") == 3, "no planted script element"
    assert not any(t in ("img", "svg") for t, _ in page.tags)


def test_embed_json_escapes_for_script() -> None:
    text = embed_json({"a": "</script><!-- & \u2028\u2029"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text and "\u2029" not in text
    assert json.loads(text) == {"a": "</script><!-- & \u2028\u2029"}


def test_heading_and_notice_are_text(planted) -> None:
    PAYLOADS = planted.payloads
    net = AtlasNetwork(heading=PAYLOADS[0], kind="landscape")
    net.notice = PAYLOADS[2]
    net.options = {}
    html = render_html(net)
    page = Page(html)
    assert page.text["heading"] == PAYLOADS[0]
    assert page.text["notice"] == PAYLOADS[2]
    assert page.text["title"] == PAYLOADS[0]
    assert not any(t in ("img", "svg") for t, _ in page.tags)


def test_written_file_is_utf8_with_charset(atlas_data: GraphData, tmp_path: Path) -> None:
    path = write_view(landscape_of(atlas_data), tmp_path / "sub" / "landscape.html")
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    assert text.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in text[:200]
    assert "英伟达".encode() in raw, "Chinese written as UTF-8, not escaped"
    assert [p.name for p in path.parent.iterdir()] == ["landscape.html"], "no temporary left"


def test_pyvis_entry_points_write_the_safe_page(atlas_data: GraphData, tmp_path: Path) -> None:
    net = landscape_of(atlas_data)
    net.write_html(str(tmp_path / "pyvis.html"))
    assert (tmp_path / "pyvis.html").read_text(encoding="utf-8") == render_html(net)
    assert net.generate_html() == render_html(net)
    assert not (tmp_path / "lib").exists()


def test_same_store_same_bytes(store: AtlasStore) -> None:
    first = render_html(landscape(store))
    second = render_html(landscape(store))
    assert first == second
    assert render_html(ego(store, "英伟达")) == render_html(ego(store, "NVIDIA"))


def test_labels_in_the_chosen_language(atlas_data: GraphData) -> None:
    zh = {n["id"]: n["label"] for n in landscape_of(atlas_data, lang="zh").nodes}
    en = {n["id"]: n["label"] for n in landscape_of(atlas_data, lang="en").nodes}
    nvidia = "https://w3id.org/medatlas/id/nvidia"
    assert (zh[nvidia], en[nvidia]) == ("英伟达", "NVIDIA")
    edges = {e["rel"]: e["label"] for e in landscape_of(atlas_data, lang="en").edges}
    assert edges["https://w3id.org/medatlas/ontology#develops"] == "develops"


def test_long_labels_are_shortened_on_the_canvas_only(atlas_data: GraphData) -> None:
    net = landscape_of(atlas_data)
    long = [n for n in net.nodes if sum(not c.isascii() for c in n["zh"]) > 13]
    assert long, "the atlas names long policies"
    for n in long:
        assert n["label"].endswith("…") and n["zh"].startswith(n["label"][:-1])
