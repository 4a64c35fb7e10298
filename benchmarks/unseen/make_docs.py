"""Make the evaluation documents of the unseen-report benchmark from their sources.

Each source in ``sources/`` is written once into ``docs/`` in the format and encoding its entry in
:data:`TARGETS` names: kept as UTF-8 text, re-encoded (GB18030, UTF-16 with BOM, UTF-8 with BOM),
or converted from its light Markdown into ``.docx`` (python-docx) or ``.pdf`` (reportlab, with
the ``STSong-Light`` CID font when the text is Chinese). The output is deterministic: the same
sources give byte-identical documents, so the benchmark measures the extractor, not the writer.

After writing, :func:`check_docs` reads every document back with the format's own library
(pypdf, python-docx, a plain decode) and fails when any source paragraph did not survive.

The writers, :func:`make_docs` and :func:`check_docs` take the sources folder and the registry as
arguments, so another evaluation set (``benchmarks/heldout``) keeps only its own registry.

Run it from the repository root::

    .venv/bin/python -m benchmarks.unseen.make_docs            # writes benchmarks/unseen/docs/
"""

from __future__ import annotations

import argparse
import codecs
import html
import io
import os
import re
import zipfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

__all__ = [
    "DOCS_DIR",
    "SOURCES_DIR",
    "TARGETS",
    "DocsError",
    "Target",
    "check_docs",
    "document_name",
    "make_docs",
]

HERE = Path(__file__).resolve().parent
SOURCES_DIR = HERE / "sources"
DOCS_DIR = HERE / "docs"

_FIXED_TIME = datetime(2025, 6, 1, 0, 0, 0)
_CJK = re.compile(r"[\u3400-\u9fff]")


class DocsError(RuntimeError):
    """A source is missing, unknown, or did not survive conversion; the message says which."""


# --- light Markdown: the only markup the sources use ---------------------------------------------


@dataclass(frozen=True)
class Block:
    """One block of a Markdown source: a heading, paragraph, list item or table."""

    kind: str  # "heading" | "paragraph" | "item" | "table"
    text: str = ""
    level: int = 0
    rows: tuple[tuple[str, ...], ...] = ()


def parse_markdown(text: str) -> list[Block]:
    """Split light Markdown (``#`` headings, ``-`` items, pipe tables, paragraphs) into blocks."""
    blocks: list[Block] = []
    table: list[tuple[str, ...]] = []

    def flush_table() -> None:
        if table:
            blocks.append(Block("table", rows=tuple(table)))
            table.clear()

    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("|"):
            cells = tuple(c.strip() for c in line.strip("|").split("|"))
            if not all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                table.append(cells)
            continue
        flush_table()
        if not line:
            continue
        heading = re.match(r"(#{1,6})\s+(.*)", line)
        if heading:
            blocks.append(Block("heading", heading.group(2), level=len(heading.group(1))))
        elif line.startswith("- "):
            blocks.append(Block("item", line[2:]))
        else:
            blocks.append(Block("paragraph", line))
    flush_table()
    return blocks


def _runs(text: str) -> Iterator[tuple[str, bool, bool]]:
    """(text, bold, italic) runs of a line with ``**bold**`` and ``*italic*`` markers."""
    for part in re.split(r"(\*\*[^*]+\*\*|\*[^*]+\*)", text):
        if part.startswith("**") and part.endswith("**") and len(part) > 4:
            yield part[2:-2], True, False
        elif part.startswith("*") and part.endswith("*") and len(part) > 2:
            yield part[1:-1], False, True
        elif part:
            yield part, False, False


def plain(text: str) -> str:
    """A line without its inline markers."""
    return "".join(t for t, _, _ in _runs(text))


# --- writers --------------------------------------------------------------------------------------


def _write_bytes(path: Path, data: bytes) -> None:
    path.write_bytes(data)


def write_utf8(text: str, path: Path) -> None:
    """UTF-8 without BOM, as the source is."""
    _write_bytes(path, text.encode("utf-8"))


def write_utf8_bom(text: str, path: Path) -> None:
    """UTF-8 with a byte-order mark (as Windows Notepad saves)."""
    _write_bytes(path, codecs.BOM_UTF8 + text.encode("utf-8"))


def write_gb18030_crlf(text: str, path: Path) -> None:
    """GB18030 with Windows line endings (as Chinese Windows software saves)."""
    _write_bytes(path, text.replace("\n", "\r\n").encode("gb18030"))


def write_utf16_bom(text: str, path: Path) -> None:
    """UTF-16 little-endian with a byte-order mark."""
    _write_bytes(path, codecs.BOM_UTF16_LE + text.encode("utf-16-le"))


def write_gb18030(text: str, path: Path) -> None:
    """GB18030 with Unix line endings and no byte-order mark (as a web export saves)."""
    _write_bytes(path, text.encode("gb18030"))


def write_utf16_be_bom(text: str, path: Path) -> None:
    """UTF-16 big-endian with a byte-order mark (as some Mac and Java tools save)."""
    _write_bytes(path, codecs.BOM_UTF16_BE + text.encode("utf-16-be"))


def _normalise_zip(path: Path) -> None:
    """Rewrite a zip with fixed timestamps so that the same content gives the same bytes."""
    with zipfile.ZipFile(path) as zin:
        items = [(info.filename, zin.read(info.filename)) for info in zin.infolist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)
    path.write_bytes(buffer.getvalue())


def write_docx(text: str, path: Path) -> None:
    """A Word document with real headings, paragraphs, bulleted items and tables."""
    from docx import Document

    doc = Document()
    blocks = parse_markdown(text)
    props = doc.core_properties
    props.title = next((b.text for b in blocks if b.kind == "heading"), "")
    props.author = ""
    props.last_modified_by = ""
    props.revision = 1
    props.created = props.modified = props.last_printed = _FIXED_TIME
    for block in blocks:
        if block.kind == "heading":
            doc.add_heading(plain(block.text), level=min(block.level, 9))
        elif block.kind == "table":
            ncols = max(len(r) for r in block.rows)
            table = doc.add_table(rows=len(block.rows), cols=ncols)
            table.style = "Table Grid"
            for i, row in enumerate(block.rows):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = plain(cell)
        else:
            style = "List Bullet" if block.kind == "item" else None
            para = doc.add_paragraph(style=style)
            for run_text, bold, italic in _runs(block.text):
                run = para.add_run(run_text)
                run.bold = bold or None
                run.italic = italic or None
    doc.save(str(path))
    _normalise_zip(path)


def _markup(text: str) -> str:
    """reportlab paragraph markup for a line: escaped text, <b> and <i> for the markers."""
    out = []
    for run_text, bold, italic in _runs(text):
        piece = html.escape(run_text, quote=False)
        if bold:
            piece = f"<b>{piece}</b>"
        if italic:
            piece = f"<i>{piece}</i>"
        out.append(piece)
    return "".join(out)


def write_pdf(text: str, path: Path) -> None:
    """A PDF with a text layer: paragraphs, headings, bulleted items and ruled tables."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    chinese = bool(_CJK.search(text))
    if chinese:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        font = bold_font = "STSong-Light"
    else:
        font, bold_font = "Helvetica", "Helvetica-Bold"
    wrap = "CJK" if chinese else None
    body = ParagraphStyle("body", fontName=font, fontSize=10, leading=15, wordWrap=wrap)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11)
    heads = {
        level: ParagraphStyle(
            f"h{level}",
            parent=body,
            fontName=bold_font,
            fontSize=size,
            leading=size * 1.35,
            spaceBefore=6,
            spaceAfter=4,
        )
        for level, size in ((1, 16), (2, 12.5), (3, 11))
    }
    blocks = parse_markdown(text)
    story: list = []
    for block in blocks:
        if block.kind == "heading":
            story.append(Paragraph(_markup(block.text), heads[min(block.level, 3)]))
        elif block.kind == "item":
            story.append(Paragraph(_markup(block.text), body, bulletText="•"))
        elif block.kind == "paragraph":
            story.append(Paragraph(_markup(block.text), body))
            story.append(Spacer(1, 4))
        else:
            rows = [[Paragraph(_markup(c), cell) for c in row] for row in block.rows]
            table = Table(rows, repeatRows=1, hAlign="LEFT")
            table.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            story.extend([table, Spacer(1, 6)])
    title = next((plain(b.text) for b in blocks if b.kind == "heading"), path.stem)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=title,
        author="",
        creator="",
        producer="",
        invariant=1,
    )
    doc.build(story)


Writer = Callable[[str, Path], None]


@dataclass(frozen=True)
class Target:
    """How one source becomes a document: the output suffix and the writer."""

    suffix: str
    writer: Writer
    note: str


# The one registry: source stem -> how it is written. Formats and encodings are spread on purpose.
TARGETS: dict[str, Target] = {
    "01_zh_policy_digest": Target(".docx", write_docx, "Word, Chinese, table"),
    "02_en_market_sizing": Target(".pdf", write_pdf, "PDF, English, vendor table"),
    "03_zh_funding_roundup": Target(".txt", write_gb18030_crlf, "GB18030 text, CRLF"),
    "04_en_hospital_case_study": Target(".docx", write_docx, "Word, English, before/after"),
    "05_bilingual_digest": Target(".md", write_utf16_bom, "Markdown, UTF-16 with BOM"),
    "06_en_clinician_survey": Target(".md", write_utf8, "Markdown, percentage tables"),
    "07_en_news_article": Target(".html", write_utf8, "HTML article in site chrome"),
    "08_zh_company_profile": Target(".txt", write_utf8_bom, "UTF-8 text with BOM, TSV table"),
    "09_en_policy_brief": Target(".txt", write_utf8, "plain text, English policy brief"),
    "10_zh_market_report": Target(".pdf", write_pdf, "PDF, Chinese (STSong-Light)"),
    "11_zh_news_article": Target(".html", write_utf8, "HTML article in Chinese site chrome"),
    "12_en_deal_tracker": Target(".txt", write_utf8, "plain text, TSV deal table"),
}


def source_path(stem: str, sources_dir: Path = SOURCES_DIR) -> Path:
    """The source file of *stem* (any suffix); DocsError when there is not exactly one."""
    found = sorted(p for p in sources_dir.glob(f"{stem}.*") if p.is_file())
    if len(found) != 1:
        raise DocsError(f"expected one source for {stem!r} in {sources_dir}, found {found}")
    return found[0]


def document_name(stem: str, *, targets: Mapping[str, Target] = TARGETS) -> str:
    """The file name of the evaluation document made from source *stem* (of *targets*)."""
    return stem + targets[stem].suffix


def make_docs(
    out_dir: Path = DOCS_DIR,
    *,
    sources_dir: Path = SOURCES_DIR,
    targets: Mapping[str, Target] = TARGETS,
) -> list[Path]:
    """Write every document of *targets* (the unseen set's by default) into *out_dir*.

    Returns their paths, sorted. Files in *out_dir* that no target produces are removed, so the
    folder holds exactly the evaluation set. Raises DocsError when a source is missing or a
    source has no target.
    """
    stems = {p.stem for p in sources_dir.iterdir() if p.is_file()}
    unknown = sorted(stems - set(targets))
    if unknown:
        raise DocsError(
            f"sources in {sources_dir} without an entry in TARGETS: {unknown}; add them to the "
            "set's make_docs registry"
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for stem, target in sorted(targets.items()):
        text = source_path(stem, sources_dir).read_text(encoding="utf-8")
        path = out_dir / document_name(stem, targets=targets)
        # written beside and renamed into place, so that a benchmark running at the same time
        # never reads a half-written document
        partial = path.with_name(f".{path.stem}.{os.getpid()}.partial{path.suffix}")
        try:
            target.writer(text, partial)
            os.replace(partial, path)
        finally:
            partial.unlink(missing_ok=True)
        written.append(path)
    keep = {p.name for p in written} | {".gitignore"}
    for stale in out_dir.iterdir():
        if stale.is_file() and stale.name not in keep and ".partial" not in stale.name:
            stale.unlink()
    return written


# --- read-back check ------------------------------------------------------------------------------


def _read_back(path: Path) -> str:
    """The text of a written document, read with the format's own library."""
    data = path.read_bytes()
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    if path.suffix == ".docx":
        from docx import Document

        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        parts += [c.text for t in doc.tables for row in t.rows for c in row.cells]
        return "\n".join(parts)
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(codec)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def check_docs(paths: list[Path], *, sources_dir: Path = SOURCES_DIR) -> None:
    """Raise DocsError unless every paragraph, heading, item and cell of each source survives."""
    problems = []
    for path in paths:
        source = source_path(path.stem, sources_dir)
        text = source.read_text(encoding="utf-8")
        back = _read_back(path)
        if path.suffix not in (".pdf", ".docx"):
            if back.replace("\r\n", "\n") != text:
                problems.append(f"{path.name}: decoded text differs from {source.name}")
            continue
        squashed = _squash(back)
        for block in parse_markdown(text):
            pieces = [c for row in block.rows for c in row] if block.rows else [block.text]
            for piece in pieces:
                if _squash(plain(piece)) not in squashed:
                    problems.append(f"{path.name}: lost {plain(piece)[:50]!r}")
    if problems:
        raise DocsError("documents did not read back:\n  " + "\n  ".join(problems))


def main(argv: list[str] | None = None) -> int:
    """Command line: write the documents, check them, list them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DOCS_DIR, help="output folder")
    args = parser.parse_args(argv)
    paths = make_docs(args.out)
    check_docs(paths)
    for path in paths:
        print(f"{path.name:<34} {path.stat().st_size:>7,} bytes  {TARGETS[path.stem].note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
