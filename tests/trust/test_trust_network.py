"""Hostile input reaches neither the network nor files the user did not name."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from medatlas.build import build
from medatlas.cli import main
from medatlas.errors import DocumentError
from medatlas.graph.iris import document_graph
from medatlas.loaders.readers import read_document
from medatlas.queries.safety import NetworkAccessRefused, check_query

SECRET = "SECRET-7f3a9c"  # in a local file no input may pull in
BODY = "示例医疗科技公司发布了影像辅助诊断系统。"


Part = bytes | Callable[[bytes], bytes]


def _docx_variants(url: str, secret: Path) -> dict[str, dict[str, Part]]:
    """Part name -> new bytes (or a change of the old ones), per hostile variant of a .docx."""
    decl = b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"

    def body(doctype: str, text: str) -> bytes:
        return (
            decl
            + (
                f'{doctype}\n<w:document xmlns:w="http://schemas.openxmlformats.org/'
                f'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{BODY}{text}</w:t></w:r>'
                "</w:p></w:body></w:document>"
            ).encode()
        )

    links = (
        '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'relationships/image" Target="{url}/image.png" TargetMode="External"/>'
        '<Relationship Id="rId98" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'relationships/hyperlink" Target="{url}/link" TargetMode="External"/>'
    ).encode()

    def rels(original: bytes) -> bytes:
        return original.replace(b"</Relationships>", links + b"</Relationships>")

    return {
        "external entity over http": {
            "word/document.xml": body(
                f'<!DOCTYPE w:document [<!ENTITY remote SYSTEM "{url}/entity">]>', "&remote;"
            )
        },
        "external entity from a local file": {
            "word/document.xml": body(
                f'<!DOCTYPE w:document [<!ENTITY local SYSTEM "{secret.as_uri()}">]>', "&local;"
            )
        },
        "parameter entity over http": {
            "word/document.xml": body(
                f'<!DOCTYPE w:document [<!ENTITY % p SYSTEM "{url}/param.dtd"> %p;]>', ""
            )
        },
        "external DTD": {
            "word/document.xml": body(f'<!DOCTYPE w:document SYSTEM "{url}/doc.dtd">', "")
        },
        "entity expansion bomb": {
            "word/document.xml": body(
                '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;'
                '&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;'
                '&c;&c;&c;&c;&c;&c;&c;&c;">]>',
                "&d;",
            )
        },
        "external entity in the core properties": {
            "docProps/core.xml": decl
            + (
                f'<!DOCTYPE cp:coreProperties [<!ENTITY t SYSTEM "{url}/title">]>'
                '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
                'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
                "<dc:title>&t;</dc:title></cp:coreProperties>"
            ).encode()
        },
        "external image and hyperlink relationships": {"word/_rels/document.xml.rels": rels},
    }


def _rewrite(base: bytes, parts: dict[str, Part]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            change = parts.get(item.filename)
            if change is not None:
                data = change(data) if callable(change) else change
            dst.writestr(item, data)
    return out.getvalue()


HTML = """<!DOCTYPE html SYSTEM "{url}/html.dtd">
<html><head>
<base href="{url}/base/">
<meta http-equiv="refresh" content="0; url={url}/refresh">
<link rel="stylesheet" href="{url}/style.css">
<link rel="preload" href="{url}/font.woff2">
<script src="{url}/script.js"></script>
<style>@import url("{url}/import.css"); body {{ background: url({url}/bg.png); }}</style>
</head><body><article>
<h1>医疗人工智能市场观察</h1>
<p>{body}<img src="{url}/pixel.png" srcset="{url}/a.png 2x"></p>
<iframe src="{url}/frame"></iframe><object data="{url}/object"></object>
<embed src="{url}/embed"><video src="{url}/video" poster="{url}/poster.png"></video>
<svg><image href="{url}/svg.png"/><use xlink:href="{url}/sprite.svg#a"/></svg>
<p style="background-image: url('{url}/inline.png')">2024年市场规模达到120亿元。</p>
<table><tr><th>年份</th><th>规模</th></tr><tr><td>2024</td><td>120亿元</td></tr></table>
</article></body></html>
"""


@pytest.fixture()
def hostile_folder(tmp_path: Path, http_server) -> tuple[Path, int]:
    """A folder of hostile documents (the .docx variants and one .html); and how many."""
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    folder = tmp_path / "hostile"
    folder.mkdir()
    word = docx.Document()
    word.add_paragraph(BODY)
    base = io.BytesIO()
    word.save(base)
    variants = _docx_variants(http_server.url, secret)
    for i, parts in enumerate(variants.values()):
        (folder / f"hostile-{i}.docx").write_bytes(_rewrite(base.getvalue(), parts))
    (folder / "remote.html").write_text(
        HTML.format(url=http_server.url, body=BODY), encoding="utf-8"
    )
    return folder, len(variants) + 1


def test_hostile_documents_fetch_nothing(hostile_folder, http_server, tally) -> None:
    folder, n = hostile_folder
    read = 0
    for path in sorted(folder.iterdir()):
        try:
            document = read_document(path)
        except DocumentError:
            continue
        read += 1
        assert SECRET not in document.text
        assert "fetched" not in document.text
    assert read >= n - 2, "most hostile documents are still read, safely"
    assert http_server.hits == []
    tally.record(
        "Hostile input", "Word files with XML external entities, DTDs, external links", n - 1
    )
    tally.record("Hostile input", "HTML pages with remote scripts, styles, images, frames", 1)
    tally.check("network requests made", len(http_server.hits))


def test_a_build_of_hostile_documents_fetches_nothing(
    hostile_folder, http_server, tmp_path: Path
) -> None:
    folder, _ = hostile_folder
    store, result = build(tmp_path / "store", docs=[folder], validate=False)
    try:
        assert "remote.html" in result.extracted
        for q in store.quads():
            assert SECRET not in str(q.object)
        assert document_graph("remote.html") in store.graph_names()
    finally:
        store.close()
    assert http_server.hits == []


QUERIES = {
    "SERVICE": "SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
    "SERVICE SILENT": "SELECT * WHERE {{ SERVICE SILENT <{url}/sparql> {{ ?s ?p ?o }} }}",
    "escaped SERVICE": "SELECT * WHERE {{ \\u0053ERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
    "LOAD": "LOAD <{url}/data.ttl>",
    "remote FROM": "SELECT * FROM <{url}/graph.ttl> WHERE {{ ?s ?p ?o }}",
    "remote FROM NAMED": "SELECT * FROM NAMED <{url}/g.ttl> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
}


@pytest.mark.parametrize("kind", list(QUERIES))
def test_queries_that_would_reach_out_are_refused(kind: str, http_server, built, tally) -> None:
    text = QUERIES[kind].format(url=http_server.url)
    with pytest.raises(NetworkAccessRefused):
        check_query(text)
    run = CliRunner().invoke(main, ["sparql", "--store", str(built[0]), "--timeout", "0", text])
    assert run.exit_code != 0 and "refused" in run.output
    assert http_server.hits == []
    tally.record("Hostile input", "SPARQL queries with SERVICE, LOAD or remote FROM (refused)")


def test_the_hostile_word_files_are_hostile_to_careless_parsers(
    hostile_folder, http_server
) -> None:
    """A control: parsers that resolve external entities do fetch and do read the file."""
    import xml.sax
    from xml.sax.handler import feature_external_ges

    from lxml import etree

    folder, _ = hostile_folder

    def part(name: str) -> bytes:
        with zipfile.ZipFile(folder / name) as archive:
            return archive.read("word/document.xml")

    local = etree.fromstring(part("hostile-1.docx"), etree.XMLParser(resolve_entities=True))
    assert SECRET in "".join(local.itertext())
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(xml.sax.ContentHandler())
    parser.feed(part("hostile-0.docx"))
    parser.close()
    assert http_server.hits == ["/entity"]
