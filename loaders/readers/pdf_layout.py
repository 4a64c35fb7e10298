"""Find tables in a PDF page's text layer from where its lines sit on the page.

pypdf writes a ruled table one cell after another, each cell's wrapped lines on lines of
their own, so the plain text shows one short line per cell. This module uses the position
pypdf reports for each line (its visitor callback) to put the cells back together:

- a *cell* is a run of lines that start at the same x, each a line height below the last;
- a *row* is a run of cells side by side: each starts right of the previous one and overlaps
  the row vertically (so top- and middle-aligned cells both fit); lines of a text run that
  reach over the next cell, or that lie above a cell level with the run's last line, are
  cut off as the text above the row;
- a *table* is a run of at least two rows of at least two cells whose cells fall into the
  columns the first row (the header) sets.

Each table's lines are replaced by tab-separated rows (header first, a cell's wrapped lines
joined), which :func:`~medatlas.loaders.readers.tables.match_tsv_table` then reads as a table.
Everything else on the page is kept line for line.

>>> lines = [PlacedLine("Name", 50, 700, 10), PlacedLine("City", 200, 700, 10),
...          PlacedLine("Alpha", 50, 684, 10), PlacedLine("Oslo", 200, 684, 10),
...          PlacedLine("After the table.", 50, 650, 10)]
>>> tabulate_lines(lines)
['Name\\tCity', 'Alpha\\tOslo', 'After the table.']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from unicodedata import east_asian_width

__all__ = ["PlacedLine", "place_lines", "tabulate_lines"]

_SAME_X = 0.4  # font sizes: lines of one cell start this close to each other
_LINE_STEP = 1.9  # font sizes: a cell's next line is at most this far below
_SAME_SIZE = 0.5  # points: the lines of one cell have one font size
_LEVEL = 0.6  # font sizes: cells of one row have their tops this close to the row's span
_EVEN = 0.25  # font sizes: a cell level with the last line of a run starts a row under it
_WIDE_CHAR = 0.9  # font sizes: a low estimate of the width of a CJK character
_NARROW_CHAR = 0.4  # font sizes: a low estimate of the width of a Latin character
_MAX_CELL_LINES = 6  # a longer run of lines is body text, not a table cell
_MAX_CELL_CHARS = 160
_MARKER = re.compile(r"^(?:[-*+•·▪●◦○■□➢►✓✔\x7f]|\d{1,3}[.)、]|[（(]\d{1,3}[)）])$")
_CJK_END = re.compile(r"[\u3000-\u9fff\uff00-\uffef]$")
_CJK_START = re.compile(r"^[\u3000-\u9fff\uff00-\uffef]")


@dataclass(frozen=True)
class PlacedLine:
    """One line of page text and where it starts: x, baseline y (PDF points), font size.

    A line without visible text has ``x`` and ``y`` of ``None``.
    """

    text: str
    x: float | None
    y: float | None
    size: float


@dataclass
class _Cell:
    first: int  # index of its first line
    last: int  # index of its last line
    x: float
    top: float
    bottom: float
    size: float
    texts: list[str] = field(default_factory=list)
    ys: list[float] = field(default_factory=list)

    @property
    def text(self) -> str:
        joined = ""
        for part in self.texts:
            part = part.strip()
            if not joined:
                joined = part
            elif joined.endswith("-") or (_CJK_END.search(joined) and _CJK_START.match(part)):
                joined += part
            else:
                joined += " " + part
        return " ".join(joined.replace("\t", " ").split())


def place_lines(fragments: Sequence[tuple[str, float, float, float]]) -> list[PlacedLine]:
    """Cut pypdf's text fragments ``(text, x, y, font size)`` into placed lines.

    The fragments joined are the page text; a line takes the position of its first fragment
    with visible text.
    """
    lines: list[PlacedLine] = []
    text = ""
    where: tuple[float, float, float] | None = None
    for fragment, x, y, size in fragments:
        pieces = fragment.split("\n")
        for number, piece in enumerate(pieces):
            if number > 0:
                lines.append(_placed(text, where))
                text, where = "", None
            if where is None and piece.strip():
                where = (x, y, size)
            text += piece
    lines.append(_placed(text, where))
    return lines


def _placed(text: str, where: tuple[float, float, float] | None) -> PlacedLine:
    if where is None:
        return PlacedLine(text, None, None, 0.0)
    return PlacedLine(text, where[0], where[1], where[2])


def tabulate_lines(lines: Sequence[PlacedLine]) -> list[str]:
    """The page's line texts, with every table's lines replaced by tab-separated rows."""
    cells = _cells(lines)
    rows = _rows(cells)
    out: list[str] = []
    next_line = 0
    index = 0
    while index < len(rows):
        table = _table_at(rows, index)
        if table is None:
            index += 1
            continue
        first = rows[index][0].first
        last = rows[index + len(table) - 1][-1].last
        out.extend(line.text for line in lines[next_line:first])
        out.extend("\t".join(row) for row in table)
        next_line = last + 1
        index += len(table)
    out.extend(line.text for line in lines[next_line:])
    return out


def _cells(lines: Sequence[PlacedLine]) -> list[_Cell]:
    cells: list[_Cell] = []
    for index, line in enumerate(lines):
        if line.x is None or line.y is None:
            continue
        size = max(line.size, 1.0)
        last = cells[-1] if cells else None
        if (
            last is not None
            and abs(line.x - last.x) <= _SAME_X * size
            and abs(line.size - last.size) < _SAME_SIZE
            and 0 < last.bottom - line.y <= _LINE_STEP * size
        ):
            last.last = index
            last.bottom = line.y
            last.texts.append(line.text)
            last.ys.append(line.y)
            continue
        cells.append(_Cell(index, index, line.x, line.y, line.y, size, [line.text], [line.y]))
    return cells


def _split_at(cell: _Cell, number: int) -> tuple[_Cell, _Cell]:
    """Cut a cell before its line ``number`` (a header row glued under a paragraph)."""
    cut = cell.first + number
    above = _Cell(
        cell.first,
        cut - 1,
        cell.x,
        cell.ys[0],
        cell.ys[number - 1],
        cell.size,
        cell.texts[:number],
        cell.ys[:number],
    )
    below = _Cell(
        cut,
        cell.last,
        cell.x,
        cell.ys[number],
        cell.bottom,
        cell.size,
        cell.texts[number:],
        cell.ys[number:],
    )
    return above, below


def _rows(cells: Sequence[_Cell]) -> list[list[_Cell]]:
    rows: list[list[_Cell]] = []
    for cell in cells:
        row = rows[-1] if rows else None
        if row is not None and cell.x > row[-1].x + _SAME_X * cell.size:
            top = max(c.top for c in row)
            bottom = min(c.bottom for c in row)
            slack = _LEVEL * cell.size
            if cell.bottom - slack <= top and cell.top + slack >= bottom:  # side by side
                if len(row) == 1:
                    # lines of a text run that reach over the new cell lie above the row
                    wide = [
                        n for n, text in enumerate(row[0].texts) if _reaches(row[0], text, cell.x)
                    ]
                    if wide and wide[-1] == len(row[0].texts) - 1:
                        rows.append([cell])
                        continue
                    lines = len(row[0].ys)
                    if lines > 1 and abs(row[0].bottom - cell.top) <= _EVEN * cell.size:
                        wide.append(lines - 2)  # level with its last line: a row under a run
                    if wide:
                        above, below = _split_at(row[0], max(wide) + 1)
                        rows[-1] = [above]
                        rows.append([below, cell])
                        continue
                row.append(cell)
                continue
        rows.append([cell])
    return rows


def _reaches(cell: _Cell, text: str, x: float) -> bool:
    """True if a line of ``cell`` (by a low estimate of its width) reaches past ``x``."""
    width = sum(
        _WIDE_CHAR if east_asian_width(char) in "WF" else _NARROW_CHAR for char in text.strip()
    )
    return cell.x + width * cell.size > x


def _is_table_row(row: Sequence[_Cell]) -> bool:
    return (
        len(row) >= 2
        and not _MARKER.match(row[0].text)
        and all(c.last - c.first < _MAX_CELL_LINES and len(c.text) <= _MAX_CELL_CHARS for c in row)
    )


def _table_at(rows: Sequence[Sequence[_Cell]], index: int) -> list[list[str]] | None:
    """The table (header first) whose header row is ``rows[index]``, else ``None``."""
    header = rows[index]
    if not _is_table_row(header):
        return None
    columns = [cell.x for cell in header]
    table = [[cell.text for cell in header]]
    for row in rows[index + 1 :]:
        if not _is_table_row(row):
            break
        placed = _columns_of(row, columns)
        if placed is None:
            break
        table.append(placed)
    return table if len(table) >= 2 else None


def _columns_of(row: Sequence[_Cell], columns: Sequence[float]) -> list[str] | None:
    """The row's cell texts by column, or ``None`` when its cells do not fit the columns."""
    texts = [""] * len(columns)
    used: set[int] = set()
    for cell in row:
        tolerance = _SAME_X * cell.size
        column = None
        for number, x in enumerate(columns):
            if cell.x >= x - tolerance:
                column = number
        if column is None or column in used:
            return None
        used.add(column)
        texts[column] = cell.text
    return texts
