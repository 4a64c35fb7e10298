"""Recognise tables in plain text: tab-separated runs of lines and markdown pipe tables.

Both recognisers look at a list of lines (no newline characters) from a given index and
return how many lines the table spans together with the parsed :class:`Table`, or ``None``.

>>> found = find_table(["排名\\t应用场景", "1\\t数据分析"], 0)
>>> found.line_count, found.table.header, found.table.rows
(2, ('排名', '应用场景'), (('1', '数据分析'),))
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from medatlas.loaders.document import Table

__all__ = [
    "YEAR_CELL",
    "FoundTable",
    "find_table",
    "fit_row",
    "holds_values",
    "looks_like_caption",
    "match_pipe_table",
    "match_tsv_table",
    "split_pipe_row",
    "split_tsv_row",
    "table_to_tsv",
    "tsv_run_end",
]

_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")
_SEPARATOR_CELL = re.compile(r"^\s*:?-+:?\s*$")
_SAMPLE_ROWS = 50  # rows checked for a consistent width (keeps long runs linear)
_MAX_CAPTION = 60
_CAPTION = re.compile(
    r"^(?:表|图表|附表|Table|Tab\.)"
    r"(?:\s*[\d一二三四五六七八九十]+(?:[.\-–]\d+)*\s*[:：、.]?\s*|\s*[:：]\s*|\s+)\S",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FoundTable:
    """A table found at some line index: how many lines it spans and what it holds."""

    line_count: int
    table: Table


def fit_row(cells: Sequence[str], width: int) -> tuple[str, ...]:
    """Make a row exactly ``width`` cells wide without losing text.

    Short rows are padded with ``""``; surplus cells of long rows are joined (by a space,
    empty ones skipped) onto the last cell.

    >>> fit_row(["a"], 3), fit_row(["a", "b", "c", ""], 2)
    (('a', '', ''), ('a', 'b c'))
    """
    if width <= 0:
        raise ValueError("a table row needs at least one cell")
    if len(cells) <= width:
        return (*cells, *([""] * (width - len(cells))))
    surplus = " ".join(cell for cell in cells[width - 1 :] if cell)
    return (*cells[: width - 1], surplus)


def split_tsv_row(line: str) -> list[str]:
    """Split a tab-separated line into cells with surrounding spaces removed."""
    return [cell.strip() for cell in line.split("\t")]


def split_pipe_row(line: str) -> list[str]:
    """Split a markdown pipe-table row into cells; ``\\|`` is a literal pipe inside a cell.

    >>> split_pipe_row("| a | b \\\\| c |")
    ['a', 'b | c']
    """
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    return [cell.strip().replace("\\|", "|") for cell in _UNESCAPED_PIPE.split(body)]


def _is_blank(line: str) -> bool:
    return not line.strip()


def _separator_width(line: str) -> int | None:
    """Number of columns of a pipe-table delimiter row (``| --- | :-: |``), else ``None``."""
    if "|" not in line or "-" not in line or "\t" in line:
        return None  # a tab means a tab-separated row that merely holds pipes and dashes
    cells = split_pipe_row(line)
    if all(_SEPARATOR_CELL.match(cell) for cell in cells):
        return len(cells)
    return None


def match_pipe_table(lines: Sequence[str], index: int) -> FoundTable | None:
    """Recognise a markdown pipe table (header, ``---`` delimiter row, rows) at ``index``.

    As in GitHub-flavoured markdown, the header must have as many cells as the delimiter
    row; rows run until a blank line or a line without a pipe.
    """
    if index + 1 >= len(lines) or "|" not in lines[index]:
        return None
    header = split_pipe_row(lines[index])
    if _separator_width(lines[index + 1]) != len(header):
        return None
    end = index + 2
    while end < len(lines) and not _is_blank(lines[end]) and "|" in lines[end]:
        end += 1
    rows = tuple(fit_row(split_pipe_row(line), len(header)) for line in lines[index + 2 : end])
    return FoundTable(end - index, Table(header=tuple(header), rows=rows))


def tsv_run_end(lines: Sequence[str], index: int) -> int:
    """End (exclusive) of the run of non-blank, tab-holding lines that starts at ``index``."""
    end = index
    while end < len(lines) and "\t" in lines[end] and not _is_blank(lines[end]):
        end += 1
    return end


def match_tsv_table(
    lines: Sequence[str], index: int, *, run_end: int | None = None
) -> FoundTable | None:
    """Recognise a run of tab-separated lines at ``index`` (the first line is the header).

    A run is a sequence of non-blank lines that hold a tab. It is a table if it has at least
    two lines, the header has at least two cells, and at least half of the following lines
    (of the first :data:`_SAMPLE_ROWS`) have as many cells as the header. Ragged rows are
    fitted with :func:`fit_row`. ``run_end`` (from :func:`tsv_run_end`) saves a rescan when a
    caller tries every line of a long run.
    """
    end = tsv_run_end(lines, index) if run_end is None else run_end
    if end - index < 2:
        return None
    width = lines[index].count("\t") + 1
    sample = lines[index + 1 : min(end, index + 1 + _SAMPLE_ROWS)]
    if width < 2 or 2 * sum(line.count("\t") + 1 == width for line in sample) < len(sample):
        return None
    header = tuple(split_tsv_row(lines[index]))
    rows = tuple(fit_row(split_tsv_row(line), width) for line in lines[index + 1 : end])
    return FoundTable(end - index, _headed(header, rows))


# a cell that holds only a value: 67.2%, 1,286, 186万元, 12家
_VALUE_CELL = re.compile(
    r"\s*[-+≈~约]?\s*[\d.,]+\s*(?:%|％|[万亿]?元|万|亿|家|个|人|例|台|款|项)?\s*"
)


def _headed(header: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> Table:
    """A table whose first line is its header, unless that line already holds values.

    A survey's answer list (``体检报告解读　　67.2%`` under ``问题2：…``) has no header row:
    its first line is data, and its header cells are left empty (the caption says what the
    rows are).
    """
    if holds_values(header):
        return Table(header=("",) * len(header), rows=(header, *rows))
    return Table(header=header, rows=rows)


# a year heading a column (细分市场 | 2024 | 2025E): a header's cell, not a value
YEAR_CELL = re.compile(r"\s*(?:19|20)\d{2}\s*年?\s*")


def holds_values(line: Sequence[str]) -> bool:
    """Does a table's first line hold values (a label, then ``67.2%``), so it is data and not
    a header? A year (``2024``) heads a column; it is no value.

    >>> holds_values(["体检报告解读", "67.2%"]), holds_values(["细分市场", "2024", "2025E"])
    (True, False)
    """
    return any(
        _VALUE_CELL.fullmatch(cell) and not YEAR_CELL.fullmatch(cell) for cell in line[1:]
    ) and not _VALUE_CELL.fullmatch(line[0])


_SPACED_GAP = re.compile(r"(?: {2,}|\u3000+)")
_MAX_SPACED_CELL = 40
_LABELLED = re.compile(r"^[^:：]{1,12}[:：]\s*\S")
_SPACED_SENTENCE_END = re.compile(r"[。！？!?；;：:]$|[a-z]{2}\.$")


def _spaced_cells(line: str) -> list[str] | None:
    """The cells of a line whose columns are set apart by runs of spaces, else ``None``."""
    if "\t" in line or "|" in line or _is_blank(line):
        return None
    body = line.strip()
    cells = _SPACED_GAP.split(body)
    if len(cells) < 2 or any(len(cell) > _MAX_SPACED_CELL for cell in cells):
        return None
    if _SPACED_SENTENCE_END.search(body):
        return None
    return cells


def match_spaced_table(lines: Sequence[str], index: int) -> FoundTable | None:
    """Recognise a table laid out with spaces (``公司      轮次    金额``) at ``index``.

    Plain-text reports align columns with runs of two or more spaces (or ideographic spaces).
    It is a table when at least three consecutive lines (a header and two rows) split into the
    same number of cells, at least two, none a sentence; the rows run while lines keep that
    width. A header made only of numbers is no header, and a header of ``label：value`` cells
    is a form laid out in columns: neither is a table.
    """
    header = _spaced_cells(lines[index])
    if header is None or all(re.fullmatch(r"[\d.,%\s-]+", cell) for cell in header):
        return None
    if 2 * sum(bool(_LABELLED.match(cell)) for cell in header) >= len(header):
        return None  # "采购人：X    地址：Y": labelled fields side by side, not a table
    end = index + 1
    while end < len(lines):
        cells = _spaced_cells(lines[end])
        if cells is None or len(cells) != len(header):
            break
        end += 1
    if end - index < 3:
        return None
    rows = tuple(tuple(_spaced_cells(line) or ()) for line in lines[index + 1 : end])
    return FoundTable(end - index, _headed(tuple(header), rows))


def find_table(
    lines: Sequence[str], index: int, *, tsv_end: int | None = None
) -> FoundTable | None:
    """Recognise a pipe table, a tab-separated table or a space-aligned table at
    ``lines[index]``."""
    return (
        match_pipe_table(lines, index)
        or match_tsv_table(lines, index, run_end=tsv_end)
        or match_spaced_table(lines, index)
    )


def looks_like_caption(line: str) -> bool:
    """True for a table caption line such as ``表 中国AI+医疗重点政策`` or ``Table 2: Sales``.

    >>> looks_like_caption("表1：市场规模"), looks_like_caption("表现良好的企业包括")
    (True, False)
    """
    stripped = line.strip()
    return "\n" not in stripped and len(stripped) <= _MAX_CAPTION and bool(_CAPTION.match(stripped))


def table_to_tsv(table: Table) -> str:
    """Render a table as tab-separated lines (tabs and newlines inside cells become spaces).

    Used by the HTML and DOCX readers, whose tables have no source lines of their own.
    """
    return "\n".join(
        "\t".join(" ".join(cell.split()) for cell in row) for row in (table.header, *table.rows)
    )
