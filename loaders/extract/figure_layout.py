"""Undo page layout before figures are read: lines a PDF wrapped, tables it flattened.

A PDF reader may also return a table as one short paragraph per cell (``Aidoc``, ``Tel
Aviv, Israel``, ``210``, ``4.4%``, ``Viz.ai``, ...). :func:`flat_tables` finds such runs: the
header cells, then rows that each end in the same number of value cells; a row starts with
a cell that names something (the first row is told from the header that way).

A PDF reader returns a paragraph with the line breaks of the page (``市场\\n规模将达到152亿元``,
``USD 17.6 billion by 2030, a ... of 24.2% over\\n2024-2030``); read as they are, each line
would be a sentence and a figure would lose the words that say what it measures.
:func:`unwrap_lines` turns such soft line breaks into spaces (offsets are unchanged), so the
figure steps read the paragraph as it was written.

>>> text = "咨询机构预计，到2028年国内该细分赛道的市场\\n规模将达到152亿元。\\n- 第二条"
>>> unwrap_lines(_example(text)).document.text
'咨询机构预计，到2028年国内该细分赛道的市场规模将达到152亿元。\\n- 第二条 '
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from medatlas.loaders.document import Block, Document, Metadata
from medatlas.loaders.extract.model import Mention
from medatlas.loaders.extract.numbers import find_quantities, is_year_number

__all__ = ["FlatRow", "FlatTable", "Unwrapped", "flat_tables", "unwrap_lines"]

_MIN_WRAPPED_LINE = 20  # a line shorter than this ended where its writer ended it
_HARD_END = set("。！？!?：:；;|")
_NEXT_IS_ITEM = re.compile(
    r"\s*(?:[-*•·–—]\s|\d{1,2}[.、)）]\s?|[(（]\d{1,2}[)）]|[一二三四五六七八九十]+、)"
)
_WRAPPABLE = frozenset({"paragraph", "list_item"})


@dataclass(frozen=True)
class Unwrapped:
    """A document with its soft line breaks undone, and the way back to the original offsets.

    A break between two Chinese characters is removed (``市场\\n规模`` reads ``市场规模``) and
    the paragraph padded with a space at its end, so later paragraphs keep their offsets; any
    other soft break becomes a space.
    """

    document: Document
    new_of_old: tuple[int, ...] = ()  # empty when nothing moved
    old_of_new: tuple[int, ...] = ()

    def to_new(self, mention: Mention) -> Mention:
        """*mention* (found in the original text) in the unwrapped text's offsets."""
        if not self.new_of_old:
            return mention
        end = self.new_of_old[mention.end - 1] + 1 if mention.end > mention.start else mention.end
        return replace(mention, start=self.new_of_old[mention.start], end=end)

    def to_old(self, start: int, end: int) -> tuple[int, int]:
        """The span ``[start, end)`` of the unwrapped text in the original text."""
        if not self.old_of_new:
            return start, end
        old_end = self.old_of_new[end - 1] + 1 if end > start else self.old_of_new[end]
        return self.old_of_new[start], old_end


def unwrap_lines(document: Document) -> Unwrapped:
    """*document* with the soft line breaks of its paragraphs undone (see :class:`Unwrapped`).

    A line break is soft when the line before it is long (a line the page wrapped), does not
    end a sentence or a label (``。``, ``:``), and the next line does not start a list item.
    """
    text = document.text
    chars = list(text)
    removed: dict[int, int] = {}  # block end -> characters removed inside the block
    changed = False
    for block in document.blocks:
        if block.kind not in _WRAPPABLE or "\n" not in block.text:
            continue
        line_start = block.start
        for at in range(block.start, block.end):
            if text[at] != "\n":
                continue
            line = text[line_start:at].strip()
            line_start = at + 1
            if len(line) < _MIN_WRAPPED_LINE or line[-1] in _HARD_END:
                continue
            following = text[at + 1 : min(block.end, at + 12)]
            if not following.strip() or _NEXT_IS_ITEM.match(following):
                continue
            changed = True
            if _is_cjk(text[at - 1]) and _is_cjk(text[at + 1]):
                chars[at] = ""
                removed[block.end] = removed.get(block.end, 0) + 1
            else:
                chars[at] = " "
    if not changed:
        return Unwrapped(document)
    for block_end, count in removed.items():
        chars[block_end - 1] += " " * count
    new_of_old: list[int] = []
    old_of_new: list[int] = []
    position = 0
    for old, piece in enumerate(chars):
        new_of_old.append(position)
        old_of_new.extend([old] * len(piece))
        position += len(piece)
    new_of_old.append(position)
    old_of_new.append(len(text))
    new_text = "".join(chars)
    blocks = tuple(replace(b, text=new_text[b.start : b.end]) for b in document.blocks)
    return Unwrapped(
        replace(document, text=new_text, blocks=blocks), tuple(new_of_old), tuple(old_of_new)
    )


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch in "（）《》“”"


@dataclass(frozen=True)
class FlatRow:
    """One row of a flattened table: its text cells (the first is its label), its values."""

    cells: tuple[Block, ...]
    values: tuple[Block, ...]


@dataclass(frozen=True)
class FlatTable:
    """A table a reader returned cell by cell: the label column's header, the value columns'."""

    label_header: str
    headers: tuple[str, ...]
    rows: tuple[FlatRow, ...]
    last: int  # index of the table's last block


_MAX_CELL = 40
_MIN_ROWS = 3
_SENTENCE_MARK = re.compile(r"[。！？；;]|[a-z]{3,}\.\s|\s\S+\s\S+\s\S+\s\S+\s\S+\s")
_HEADER_CONTINUES = re.compile(r"^\s*(?:[(（].*[)）]|(?:19|20)\d{2}\s?[EeFf]?|单位[:：].*)\s*$")


def flat_tables(blocks: Sequence[Block], names: Callable[[Block], bool]) -> dict[int, FlatTable]:
    """The flattened tables among *blocks*, by the index of their first block.

    *names* tells whether a block names an organisation, product or other entity (the first
    cell of a row does). A run qualifies when at least three rows end in the same number of
    value cells (a number alone: ``210``, ``4.4%``) and each row has text cells before them.
    """
    found: dict[int, FlatTable] = {}
    index = 0
    while index < len(blocks):
        end = index
        while end < len(blocks) and _is_cell(blocks[end]):
            end += 1
        if end - index >= 2 * _MIN_ROWS + 2:
            table = _read_run(blocks, index, end, names)
            if table is not None:
                found[index] = table
        index = max(end, index + 1)
    return found


def _is_cell(block: Block) -> bool:
    text = block.text.strip()
    return (
        block.kind == "paragraph"
        and 0 < len(text) <= _MAX_CELL
        and "\n" not in text
        and not _SENTENCE_MARK.search(text + " ")
    )


def _is_value(block: Block) -> bool:
    text = block.text.strip()
    quantities = find_quantities(text)
    if len(quantities) != 1 or quantities[0].end - quantities[0].start < len(text):
        return False
    q = quantities[0]
    return not (q.kind == "bare" and is_year_number(q.number_text))


def _read_run(
    blocks: Sequence[Block], start: int, end: int, names: Callable[[Block], bool]
) -> FlatTable | None:
    groups: list[tuple[list[Block], list[Block]]] = []  # (text cells, values) per row
    cells: list[Block] = []
    values: list[Block] = []
    last = start - 1
    for i in range(start, end):
        block = blocks[i]
        if _is_value(block):
            values.append(block)
            last = i
            continue
        if values:
            groups.append((cells, values))
            cells, values = [], []
        cells.append(block)
    if values:
        groups.append((cells, values))
    widths = {len(v) for _, v in groups}
    if len(groups) < _MIN_ROWS or len(widths) != 1 or any(not c for c, _ in groups):
        return None
    width = widths.pop()
    first_cells = groups[0][0]
    label_at = next((k for k, b in enumerate(first_cells) if names(b)), None)
    if not label_at:
        return None  # no header before the first row, or no name to start it
    named_first = sum(names(c[0]) for c, _ in groups[1:])
    if named_first * 2 < len(groups) - 1 or not all(any(map(names, c)) for c, _ in groups[1:]):
        return None  # rows of a table start with a name (most of them, as far as we know)
    headers = _merged_headers([b.text.strip() for b in first_cells[:label_at]])
    if len(headers) < width + 1:
        return None
    rows = [FlatRow(tuple(first_cells[label_at:]), tuple(groups[0][1]))]
    rows += [FlatRow(tuple(c), tuple(v)) for c, v in groups[1:]]
    return FlatTable(headers[0], tuple(headers[-width:]), tuple(rows), last)


def _merged_headers(parts: list[str]) -> list[str]:
    """Header cells a page broke over lines joined again (``2024 revenue`` + ``(USD million)``)."""
    merged: list[str] = []
    for part in parts:
        if merged and _HEADER_CONTINUES.match(part):
            merged[-1] = merged[-1] + " " + part
        else:
            merged.append(part)
    return merged


def _example(text: str) -> Document:
    """A one-paragraph document for the examples above."""
    return Document(
        name="example.txt",
        path=Path("example.txt"),
        format="txt",
        encoding="utf-8",
        sha256="0" * 64,
        text=text,
        blocks=(Block("paragraph", text, 0, len(text)),),
        metadata=Metadata(),
    )
