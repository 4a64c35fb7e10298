"""Read Word reports (.docx): body paragraphs and tables in document order.

The archive is checked before python-docx opens it: a .docx is a zip, and a zip that would
inflate past :data:`MAX_UNCOMPRESSED` bytes or more steeply than :data:`MAX_RATIO` is refused
as a zip bomb. ``Document.text`` is the blocks' text joined by blank lines; a table's text
is its rows as tab-separated lines. Headings come from the ``Heading N`` / ``Title`` styles
(or an explicit outline level), list items from numbering or ``List`` styles; unstyled
paragraphs are classified like plain-text lines (``一、…`` is a heading, ``• …`` an item).
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from medatlas.errors import EmptyDocumentError, MalformedDocumentError, ZipBombError
from medatlas.loaders.document import (
    BlockPart,
    Document,
    Metadata,
    Table,
    join_blocks,
    sha256_of,
)
from medatlas.loaders.readers.metadata import is_placeholder_author, stated_metadata
from medatlas.loaders.readers.tables import fit_row, looks_like_caption, table_to_tsv
from medatlas.loaders.readers.text import classify_line

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.table import Table as WordTable
    from docx.text.paragraph import Paragraph

__all__ = ["MAX_RATIO", "MAX_UNCOMPRESSED", "check_archive", "read_docx"]

MAX_UNCOMPRESSED = 200 * 1024 * 1024  # bytes the archive may inflate to
MAX_RATIO = 100  # uncompressed / compressed size
_RATIO_FLOOR = 1024 * 1024  # archives inflating to less than this are harmless at any ratio
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(path: Path, data: bytes) -> Document:
    """Read a ``.docx`` into a :class:`Document` of format ``docx``.

    Metadata: what the text states (labels, layout cues), with the core properties' title
    and author as fallback (the file's created date is not taken as the report's date).

    Raises:
        EmptyDocumentError: the file is empty or the body has no text.
        ZipBombError: the archive would inflate too far or too steeply.
        MalformedDocumentError: truncated or corrupt archive, not a Word document, or an
            OLE file (an old ``.doc`` or a password-protected ``.docx``).
    """
    check_archive(path, data)
    parts, fallback = _load(path, data)
    text, blocks = join_blocks(parts)
    if not blocks:
        raise EmptyDocumentError(f"{path}: the document body has no text; nothing to read")
    return Document(
        name=path.name,
        path=path,
        format="docx",
        encoding=None,
        sha256=sha256_of(data),
        text=text,
        blocks=blocks,
        metadata=stated_metadata(text).merged_over(fallback),
    )


def check_archive(path: Path, data: bytes) -> None:
    """Refuse data that is not a sound zip archive, or that would inflate dangerously.

    Only the central directory is read; nothing is decompressed.

    Raises:
        EmptyDocumentError: ``data`` is empty.
        MalformedDocumentError: not a zip (truncated, corrupt, or an OLE ``.doc``).
        ZipBombError: total uncompressed size over :data:`MAX_UNCOMPRESSED`, or a
            compression ratio over :data:`MAX_RATIO`.
    """
    if not data:
        raise EmptyDocumentError(f"{path}: the file is empty; nothing to read")
    if data.startswith(_OLE_MAGIC):
        raise MalformedDocumentError(
            f"{path}: is an OLE compound file, i.e. an old binary .doc renamed to .docx or a "
            "password-protected .docx; remove the password or save it as .docx from Word"
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        OSError,
        EOFError,
        ValueError,
        NotImplementedError,  # zip features Python does not implement (version, compression)
    ) as error:
        raise MalformedDocumentError(
            f"{path}: is not a valid .docx (zip) archive ({error}); it is truncated or corrupt, "
            "so download it again or re-save it from Word"
        ) from error
    inflated = sum(member.file_size for member in members)
    packed = sum(member.compress_size for member in members)
    if inflated > MAX_UNCOMPRESSED:
        raise ZipBombError(
            f"{path}: would inflate to {inflated:,} bytes (limit {MAX_UNCOMPRESSED:,}); "
            "refusing to open it. If it is a genuine report, remove embedded media and retry"
        )
    if inflated > _RATIO_FLOOR and inflated > MAX_RATIO * max(packed, 1):
        raise ZipBombError(
            f"{path}: compresses {inflated / max(packed, 1):,.0f}:1 (limit {MAX_RATIO}:1), "
            "which is how zip bombs look; refusing to open it. Re-save it from Word if genuine"
        )


def _load(path: Path, data: bytes) -> tuple[list[BlockPart], Metadata]:
    """The body's parts and the core properties' title and author, errors wrapped."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import LxmlError

    try:
        word = docx.Document(io.BytesIO(data))
        parts = _collect(word)
        title = (word.core_properties.title or "").strip()
        author = (word.core_properties.author or "").strip()
    except (
        PackageNotFoundError,
        zipfile.BadZipFile,
        KeyError,
        ValueError,
        LxmlError,
        zlib.error,
        EOFError,
        NotImplementedError,
    ) as error:
        raise MalformedDocumentError(
            f"{path}: is not a readable Word document ({type(error).__name__}: {error}); "
            "open it in Word or LibreOffice and save it again as .docx"
        ) from error
    return parts, Metadata(
        title=title or None, author=None if is_placeholder_author(author) else author
    )


def _collect(word: WordDocument) -> list[BlockPart]:
    from docx.table import Table as WordTable

    parts: list[BlockPart] = []
    for item in word.iter_inner_content():
        if isinstance(item, WordTable):
            table = _table(item, _caption_before(parts))
            if table is not None:
                parts.append(("table", table_to_tsv(table), None, table))
        else:
            part = _paragraph(item)
            if part is not None:
                parts.append(part)
    return parts


def _paragraph(paragraph: Paragraph) -> BlockPart | None:
    raw = paragraph.text
    text = "\n".join(line.strip() for line in raw.strip().split("\n"))
    if not text.strip():
        return None
    style = paragraph.style.name if paragraph.style is not None else ""
    level = _heading_level(paragraph, style or "")
    if level is not None:
        return ("heading", text, level, None)
    properties = paragraph._p.pPr
    numbered = properties is not None and properties.numPr is not None
    if numbered or (style or "").casefold().startswith("list"):
        return ("list_item", text, None, None)
    kind = classify_line(text) if "\n" not in text else None
    if kind is not None and kind.kind != "paragraph":
        content = text[kind.content_start : kind.content_end]
        return (kind.kind, content, kind.level, None)
    return ("paragraph", text, None, None)


def _heading_level(paragraph: Paragraph, style: str) -> int | None:
    if style.casefold() in ("title", "标题"):
        return 1
    match = _HEADING_STYLE.match(style.strip())
    if match:
        return max(1, int(match.group(1)))
    properties = paragraph._p.pPr
    if properties is not None:
        outline = properties.find(f"{_W}outlineLvl")
        value = outline.get(f"{_W}val") if outline is not None else None
        if value is not None and value.isdigit() and int(value) < 9:
            return int(value) + 1
    return None


def _caption_before(parts: list[BlockPart]) -> str | None:
    if parts and parts[-1][0] in ("paragraph", "heading"):
        previous = parts[-1][1]
        if parts[-1][0] == "heading" or looks_like_caption(previous):
            return previous
    return None


def _table(table: WordTable, caption: str | None) -> Table | None:
    """The Word table as a header and rows.

    A horizontally merged cell is read once (empty cells fill the other columns it spans); a
    vertically merged one is read in every row it spans (python-docx gives the top cell). Two
    header rows (``Revenue`` merged over ``2023 | 2024``, the first column merged down) are read
    as one header: ``Revenue 2023``, ``Revenue 2024``.
    """
    grid: list[list[str]] = []
    ids: list[list[object]] = []  # the cell element of each grid position, to see merges
    for row in table.rows:
        cells: list[str] = []
        owners: list[object] = []
        previous = None
        for cell in row.cells:
            # a horizontally merged cell is returned once per grid column it spans
            cells.append("" if cell._tc is previous else " ".join(cell.text.split()))
            owners.append(cell._tc)
            previous = cell._tc
        if any(cells):
            grid.append(cells)
            ids.append(owners)
    if not grid:
        return None
    width = max(len(row) for row in grid)
    heads = 2 if _two_header_rows(grid, ids) else 1
    header = grid[0]
    if heads == 2:
        top = list(header)
        for i in range(1, len(top)):
            if not top[i] and ids[0][i] is ids[0][i - 1]:
                top[i] = top[i - 1]
        header = [
            " ".join(dict.fromkeys(p for p in (a, b) if p))
            for a, b in zip(top, fit_row(grid[1], len(top)), strict=True)
        ]
    return Table(
        header=fit_row(header, width),
        rows=tuple(fit_row(row, width) for row in grid[heads:]),
        caption=caption,
    )


def _two_header_rows(grid: list[list[str]], ids: list[list[object]]) -> bool:
    """True when the first row spans columns the second row names one by one."""
    if len(grid) < 3 or len(grid[0]) != len(grid[1]):
        return False
    first, second = ids[0], ids[1]
    merged = [i for i in range(1, len(first)) if first[i] is first[i - 1]]
    if not merged:
        return False
    spanned = {j for i in merged for j in (i - 1, i)}
    named = all(grid[1][j] and second[j] is not first[j] for j in spanned)
    # the columns not spanned are merged down (one cell in both rows) or empty below
    rest = all(
        second[j] == first[j] or not grid[1][j] for j in range(len(first)) if j not in spanned
    )
    return named and rest
