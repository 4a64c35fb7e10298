"""Read plain-text reports (.txt) and split text into blocks; shared by the other readers.

Reports saved as text put one paragraph per line, so in ``"line"`` mode every non-blank line
is a block. ``"paragraph"`` mode (markdown) joins consecutive lines into one paragraph, and
``"reflow"`` mode (PDF text layers) also ends a paragraph at a line that ends a sentence.
In every mode headings (``#``, ``一、``, ``1、``, ``第一章``), list items (``-``, ``*``, ``•``,
``1.``), tab-separated and pipe tables are recognised, and a leading ``---`` front matter is
parsed into metadata instead of becoming a paragraph.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal
from unicodedata import east_asian_width

from medatlas.errors import EmptyDocumentError
from medatlas.loaders.document import Block, Document, Metadata, sha256_of
from medatlas.loaders.readers.encoding import decode_text, normalise_newlines
from medatlas.loaders.readers.metadata import (
    metadata_from_fields,
    split_front_matter,
    stated_metadata,
)
from medatlas.loaders.readers.tables import find_table, looks_like_caption, tsv_run_end

__all__ = ["LineKind", "Mode", "classify_line", "read_plain_text", "read_text", "split_blocks"]

Mode = Literal["line", "paragraph", "reflow"]

_MARKDOWN_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$")
_THEMATIC_BREAK = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_LIST_ITEM = re.compile(
    r"^\s*(?:[-*+][ \t]+|[•▪●◦○■□➢►✓✔][ \t]*|\d{1,3}[.)][ \t]+"  # - item, • item, 1. item
    r"|\d{1,3}、[ \t]*|[（(]\d{1,3}[)）][ \t]*)"  # 1、item, （1）item
    r"(?=\S)"
)
_CN_NUMERAL = "一二三四五六七八九十百零〇"
# Numbered section headings of Chinese reports -> heading level. Checked in order.
_NUMBERED_HEADINGS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(rf"^第[{_CN_NUMERAL}\d]+[章篇部]"), 1),
    (re.compile(rf"^第[{_CN_NUMERAL}\d]+节"), 2),
    (re.compile(rf"^[{_CN_NUMERAL}]+[、．.]\s*\S"), 1),
    (re.compile(rf"^[（(][{_CN_NUMERAL}]+[)）]\s*\S"), 2),
    # 案例1 X在Y医院的应用, 典型案例二：…, "Case 3: …", "Case Study 2 – …", "Chapter 4 …"
    (re.compile(rf"^(?:典型|实践|应用)?案例\s?[{_CN_NUMERAL}\d]{{1,3}}(?:[\s：:、．.|｜—-]|$)"), 2),
    (
        re.compile(
            r"^(?:Case(?: Study)?|Chapter|Part)\s\d{1,2}(?:\s?[:.|–—-]|\s[A-Z\u4e00-\u9fff])"
        ),
        2,
    ),
    (re.compile(r"^\d{1,2}、\s*\S"), 2),
    (re.compile(r"^\d{1,2}\.\d{1,2}\.\d{1,2}\s+\S"), 4),
    (re.compile(r"^\d{1,2}\.\d{1,2}\s+\S"), 3),
    (re.compile(r"^[（(]\d{1,2}[)）]\s*\S"), 3),
)
_SHORT_LINE = 0.6  # reflow: a line under 60% of the column width ends its paragraph
_MIN_LINES_FOR_WIDTH = 3
_MAX_NUMBERED_HEADING = 40  # longer numbered lines are enumerated paragraphs, not headings
_ENDS_CLAUSE = re.compile(r"[。！？!?；;，,：:]$")
_ENDS_SENTENCE = re.compile(r"[。！？!?；;：:.]$")


@dataclass(frozen=True)
class LineKind:
    """How one line reads: its block kind, heading level, and where its content starts."""

    kind: Literal["heading", "paragraph", "list_item"]
    level: int | None
    content_start: int  # index into the line
    content_end: int  # index into the line, trailing whitespace and closing #s excluded


def classify_line(line: str) -> LineKind | None:
    """Classify one line of text; ``None`` for blank lines and thematic breaks (``---``).

    >>> classify_line("## 一、行业概况")
    LineKind(kind='heading', level=2, content_start=3, content_end=9)
    >>> classify_line("一、行业概况").level, classify_line("- 数据分析").kind
    (1, 'list_item')
    """
    stripped = line.strip()
    if not stripped or _THEMATIC_BREAK.match(line):
        return None
    markdown = _MARKDOWN_HEADING.match(line)
    if markdown:
        return LineKind("heading", len(markdown.group(1)), markdown.start(2), markdown.end(2))
    indent = len(line) - len(line.lstrip())
    end = len(line.rstrip())
    if len(stripped) <= _MAX_NUMBERED_HEADING and not _ENDS_CLAUSE.search(stripped):
        for pattern, level in _NUMBERED_HEADINGS:
            if pattern.match(stripped):
                return LineKind("heading", level, indent, end)
    item = _LIST_ITEM.match(line)
    if item:
        return LineKind("list_item", None, item.end(), end)
    return LineKind("paragraph", None, indent, end)


@dataclass
class _Open:
    """A paragraph or list item still taking lines (paragraph and reflow modes)."""

    kind: Literal["paragraph", "list_item"]
    start: int
    end: int
    last_width: int  # display width of its last line (reflow mode)


def split_blocks(text: str, *, mode: Mode, start: int = 0) -> list[Block]:
    """Split ``text[start:]`` into blocks whose offsets index ``text``.

    Args:
        text: the whole document text (newlines already ``\\n``).
        mode: ``"line"`` (a block per line), ``"paragraph"`` (blank lines separate
            paragraphs) or ``"reflow"`` (paragraph, also broken after a sentence end).
        start: offset where the body starts (after front matter).

    Returns:
        Blocks in reading order; ``text[b.start:b.end] == b.text`` for each.
    """
    lines = text[start:].split("\n")
    offsets: list[int] = []
    position = start
    for line in lines:
        offsets.append(position)
        position += len(line) + 1
    blocks: list[Block] = []
    open_block: _Open | None = None
    short = _short_line_width(lines) if mode == "reflow" else 0

    def close() -> None:
        nonlocal open_block
        if open_block is not None:
            start, end = open_block.start, open_block.end
            blocks.append(Block(open_block.kind, text[start:end], start, end))
            open_block = None

    index = 0
    run_end = 0  # end of the current run of tab-holding lines, computed once per run
    while index < len(lines):
        line, offset = lines[index], offsets[index]
        if index >= run_end:
            run_end = tsv_run_end(lines, index)
        found = find_table(lines, index, tsv_end=run_end if run_end > index else None)
        if found is not None:
            close()
            last = index + found.line_count - 1
            begin, end = offset, offsets[last] + len(lines[last])
            caption = _caption(blocks, text, begin)
            table = found.table if caption is None else replace(found.table, caption=caption)
            blocks.append(Block("table", text[begin:end], begin, end, table=table))
            index = last + 1
            continue
        kind = classify_line(line)
        index += 1
        if kind is None:
            close()
            continue
        content_start = offset + kind.content_start
        content_end = offset + kind.content_end
        if kind.kind == "heading":
            close()
            if content_end > content_start:
                heading = text[content_start:content_end]
                blocks.append(Block("heading", heading, content_start, content_end, kind.level))
            continue
        width = _display_width(line)
        continues = (
            mode != "line"
            and open_block is not None
            and kind.kind == "paragraph"
            and not (
                mode == "reflow"
                and (
                    _ENDS_SENTENCE.match(text[open_block.end - 1]) or open_block.last_width < short
                )
            )
        )
        if continues and open_block is not None:
            open_block.end = content_end
            open_block.last_width = width
            continue
        close()
        open_block = _Open(kind.kind, content_start, content_end, width)
        if mode == "line":
            close()
    close()
    return blocks


def _display_width(line: str) -> int:
    """Width of a line in columns: CJK (wide) characters count two."""
    return sum(2 if east_asian_width(char) in "WF" else 1 for char in line.strip())


def _short_line_width(lines: list[str]) -> float:
    """Lines narrower than this end a paragraph when re-flowing (PDF text layers).

    The last line of a paragraph, a title or a caption is usually well short of the text
    column, whose width is estimated as the 90th percentile of line widths.
    """
    widths = sorted(_display_width(line) for line in lines if line.strip())
    if len(widths) < _MIN_LINES_FOR_WIDTH:
        return 0
    return _SHORT_LINE * widths[math.ceil(0.9 * (len(widths) - 1))]


def _caption(blocks: list[Block], text: str, table_start: int) -> str | None:
    """The heading or ``表 …`` line right above a table (only blank lines between)."""
    if not blocks:
        return None
    previous = blocks[-1]
    if text[previous.end : table_start].strip():
        return None
    if previous.kind == "heading":
        return previous.text
    if previous.kind == "paragraph" and looks_like_caption(previous.text):
        return previous.text
    return None


def read_plain_text(path: Path, data: bytes, *, fmt: str, mode: Mode) -> Document:
    """Decode ``data`` and build a :class:`Document` of format ``fmt`` split in ``mode``.

    Raises:
        EncodingDetectionError: the bytes cannot be decoded with confidence.
        EmptyDocumentError: no text besides whitespace and front matter.
    """
    decoded = decode_text(data, path=path)
    text = normalise_newlines(decoded.text).removeprefix("\ufeff")
    fields, body_start = split_front_matter(text)
    blocks = split_blocks(text, mode=mode, start=body_start)
    if not blocks:
        raise EmptyDocumentError(
            f"{path}: holds no text besides whitespace or front matter; nothing to read"
        )
    metadata: Metadata = metadata_from_fields(fields).merged_over(
        stated_metadata(text, start=body_start)
    )
    return Document(
        name=path.name,
        path=path,
        format=fmt,
        encoding=decoded.encoding,
        sha256=sha256_of(data),
        text=text,
        blocks=tuple(blocks),
        metadata=metadata,
    )


def read_text(path: Path, data: bytes) -> Document:
    """Read a ``.txt`` report: one paragraph per line, markdown-style markup recognised."""
    return read_plain_text(path, data, fmt="txt", mode="line")
