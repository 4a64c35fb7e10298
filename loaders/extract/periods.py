"""Find the periods a text states: 2024年, 2020-2025年, 2025年8月-9月, Q1 2025, by 2030.

A period is written as medatlas stores it: ``"2024"``, ``"2024-11"``, ``"2025-Q1"``,
``"2024-H1"`` or a range ``"2020/2025"`` / ``"2025-08/2025-09"``. Matching runs on the folded
text, so offsets are those of the text given.

>>> [(p.value, p.role) for p in find_periods("预计 2020-2025 年 CAGR 为 39.4%，到 2025 年增长至")]
[('2020/2025', 'range'), ('2025', 'target')]
>>> [p.value for p in find_periods("surveyed between January and March 2025; up from 52% in 2023")]
['2025-01/2025-03', '2023']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from medatlas.loaders.extract.folding import fold
from medatlas.loaders.readers.metadata import MONTHS

__all__ = ["PeriodMention", "PeriodRole", "find_periods", "survey_period"]

PeriodRole = Literal["point", "range", "target", "since"]


@dataclass(frozen=True)
class PeriodMention:
    """A period written in a text: where, its normalised value, and how it is used.

    ``role`` is ``range`` for ``2020-2025``, ``target`` for ``到2030年`` / ``by 2030`` /
    ``截至2024年底``, ``since`` for ``自2020年`` / ``since 2020``, else ``point``.
    """

    start: int
    end: int
    value: str
    role: PeriodRole

    def shifted(self, offset: int) -> PeriodMention:
        """The same period with offsets moved by *offset* (into a larger text)."""
        return PeriodMention(self.start + offset, self.end + offset, self.value, self.role)

    @property
    def years(self) -> tuple[int, int]:
        """First and last year the period covers."""
        parts = [int(part[:4]) for part in self.value.split("/")]
        return parts[0], parts[-1]


_Y = r"((?:19|20)\d{2})"
_MON = r"(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?"
_DASH = r"\s*(?:-|–|—|~|～|至|到|to|through|and)\s*"
_CN_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}

# (pattern, builder) in priority order; a later pattern never overlaps an earlier match.
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            rf"(?<![\d.\-/]){_Y}\s*(?:年\s*(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*日|"
            r"([.\-/])(\d{1,2})\4(\d{1,2})(?![\d.\-/]))"
        ),
        "date",
    ),
    (
        re.compile(
            rf"(?<![\d.])(?:{_Y}\s*年\s*(\d{{1,2}})\s*月{_DASH}(?:{_Y}\s*年\s*)?(\d{{1,2}})\s*月)"
        ),
        "cn_month_range",
    ),
    (
        re.compile(rf"(?:between\s+|from\s+)?{_MON}{_DASH}{_MON}\s*,?\s*{_Y}(?!\d)"),
        "en_month_range",
    ),
    (
        re.compile(
            rf"(?<![\d.\-/])(?:fy)?{_Y}\s*(?:年度?|e|f)?{_DASH}(?:fy)?{_Y}(?![\d])\s*(?:年度?|e|f)?"
        ),
        "year_range",
    ),
    (re.compile(rf"(?<![\d.\-/]){_Y}\s*年\s*(?:第?([一二三四1-4])季度|q([1-4]))"), "cn_quarter"),
    (
        re.compile(rf"\bq([1-4])\s*(?:of\s+)?{_Y}(?!\d)|(?<![\d.\-/]){_Y}\s*q([1-4])\b"),
        "en_quarter",
    ),
    (re.compile(rf"(?<![\d.\-/]){_Y}\s*年?\s*(上半年|下半年|h1|h2)"), "half"),
    (
        re.compile(
            rf"\bh([12])\s*(?:fy\s?)?{_Y}(?!\d)|\b(first|second) half (?:of )?(?:fy\s?)?{_Y}(?!\d)"
        ),
        "en_half",
    ),
    # analysts' short forms: 1H25, H1 FY25, 3Q24, Q4'25, FY25, FY2025E
    (
        re.compile(r"\b([12])h\s?'?(\d{2})(?:e|f)?\b|\bh([12])\s?(?:fy\s?'?|')(\d{2})(?:e|f)?\b"),
        "short_half",
    ),
    (
        re.compile(r"\b([1-4])q\s?'?(\d{2})(?:e|f)?\b|\bq([1-4])\s?(?:fy)?'(\d{2})(?:e|f)?\b"),
        "short_quarter",
    ),
    (re.compile(r"\bfy\s?'?(\d{2})(?:e|f)?\b"), "short_year"),
    (
        re.compile(rf"(?<![\d.\-/]){_Y}\s*(?:年\s*(\d{{1,2}})\s*月|[.\-/](\d{{1,2}})(?![\d.\-/]))"),
        "year_month",
    ),
    (re.compile(rf"\b{_MON}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?{_Y}(?!\d)"), "en_month"),
    (
        re.compile(rf"(?<![\d.\-/])(?<!\d,)(?:fy)?{_Y}(?!\d|[.,]\d)(?:\s*(?:年度?|e\b|f\b))?"),
        "year",
    ),
)
_TARGET = re.compile(r"(到|至|截至|截止|截止到|by|until|through|as of)\s*$")
_SINCE = re.compile(r"(自|从|since|from)\s*$")
# a year immediately followed by one of these is a quantity (2000家, 2000万), not a year
_NOT_A_YEAR_AFTER = re.compile(r"\s?(?:万|亿|千|百|个|家|项|款|种|位|名|人|例|%|元|美元|倍)|[a-z]")


def _month(value: str) -> int:
    return MONTHS[value.rstrip(".")]


def _build(kind: str, m: re.Match[str]) -> str | None:
    g = m.groups()
    if kind == "date":
        month, day = (int(g[1]), int(g[2])) if g[1] else (int(g[4]), int(g[5]))
        return f"{g[0]}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None
    if kind == "cn_month_range":
        year, month, year2, month2 = int(g[0]), int(g[1]), int(g[2] or g[0]), int(g[3])
        if not (1 <= month <= 12 and 1 <= month2 <= 12):
            return None
        return f"{year:04d}-{month:02d}/{year2:04d}-{month2:02d}"
    if kind == "en_month_range":
        year = int(g[2])
        return f"{year:04d}-{_month(g[0]):02d}/{year:04d}-{_month(g[1]):02d}"
    if kind == "year_range":
        first, last = int(g[0]), int(g[1])
        return f"{first}/{last}" if first < last else None
    if kind == "cn_quarter":
        return f"{g[0]}-Q{_CN_QUARTERS[g[1] or g[2]]}"
    if kind == "en_quarter":
        return f"{g[1]}-Q{g[0]}" if g[0] else f"{g[2]}-Q{g[3]}"
    if kind in ("short_half", "short_quarter"):
        number, year = (g[0], g[1]) if g[0] else (g[2], g[3])
        return f"20{year}-{'H' if kind == 'short_half' else 'Q'}{number}"
    if kind == "en_half":
        half = g[0] or ("1" if g[2] == "first" else "2")
        return f"{g[1] or g[3]}-H{half}"
    if kind == "short_year":
        return f"20{g[0]}"
    if kind == "half":
        return f"{g[0]}-H{1 if g[1] in ('上半年', 'h1') else 2}"
    if kind == "year_month":
        month = int(g[1] or g[2])
        return f"{g[0]}-{month:02d}" if 1 <= month <= 12 else None
    if kind == "en_month":
        return f"{g[1]}-{_month(g[0]):02d}"
    return g[0]


def find_periods(text: str) -> list[PeriodMention]:
    """Every period written in *text*, in text order, without overlaps."""
    folded = fold(text)
    taken: list[tuple[int, int]] = []
    found: list[PeriodMention] = []
    for pattern, kind in _PATTERNS:
        for m in pattern.finditer(folded):
            start, end = m.span()
            while end > start and folded[end - 1].isspace():
                end -= 1
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            if (
                kind == "year"
                and not folded[start:end].endswith(("年", "年度"))
                and _NOT_A_YEAR_AFTER.match(folded, end)
            ):
                continue
            value = _build(kind, m)
            if value is None:
                continue
            before = folded[max(0, start - 8) : start]
            role: PeriodRole = "point"
            if "/" in value:
                role = "range"
            elif _TARGET.search(before):
                role = "target"
            elif _SINCE.search(before):
                role = "since"
            taken.append((start, end))
            found.append(PeriodMention(start, end, value, role))
    return sorted(found, key=lambda p: p.start)


_SURVEY_CUE = re.compile(
    r"调研时间|调查时间|调研于|调查于|调研期间|调查期间|开展调研|对.{0,20}(?:调研|调查)|问卷|"
    r"survey(?:ed)?\b|poll(?:ed)?\b|fieldwork|field work|interviewed|questionnaire"
)


def survey_period(text: str) -> str | None:
    """The fieldwork period of a survey report, if a line of *text* states one.

    The first line (or sentence) that names a survey and a period gives it:
    ``调研时间：2025年8月-9月`` -> ``2025-08/2025-09``.

    >>> survey_period("Meridian surveyed 1,250 executives between January and March 2025.")
    '2025-01/2025-03'
    """
    folded = fold(text)
    for line_match in re.finditer(r"[^\n。.!?！？]+", folded):
        line = line_match.group(0)
        if not _SURVEY_CUE.search(line):
            continue
        periods = find_periods(text[line_match.start() : line_match.end()])
        if periods:
            return max(periods, key=lambda p: ("/" in p.value, len(p.value))).value
    return None
