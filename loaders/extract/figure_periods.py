"""The period of each figure: bound to it, of its clause or sentence, a CAGR's range, a survey's.

``2024年的63%`` and ``41% in 2025`` bind a year to a figure; otherwise the nearest free period
of its clause, then of its sentence; a CAGR takes a range (``2020-2025年``) or spans the
sentence's years; a survey statistic without one takes the report's fieldwork period.
"""

from __future__ import annotations

import re

from medatlas.loaders.extract.figure_context import FigureContext, PendingFigure, is_survey_measure
from medatlas.loaders.extract.folding import fold
from medatlas.loaders.extract.numbers import Quantity
from medatlas.loaders.extract.periods import PeriodMention, find_periods

__all__ = ["assign_periods", "bound_period"]

_BOUND_BEFORE = re.compile(
    r"^\s?(?:年度?|e|f)?\s?(?:的|为|达|达到|约为?|增至|增长至|降至|突破|是|:|：|,|，)?\s?$"
)
_BOUND_AFTER = re.compile(r"^\s?(?:in|by|for|during|as of|\(|（)?\s?(?:fy)?$")


def assign_periods(
    context: FigureContext,
    found: list[PendingFigure],
    periods: list[PeriodMention],
    start: int,
    end: int,
) -> None:
    text = context.document.text
    bound: dict[int, PeriodMention] = {}
    for index, f in enumerate(found):
        p = bound_period(text, f.quantity, periods)
        if p is not None:
            bound[index] = p
    taken = {id(p) for p in bound.values()}
    for index, f in enumerate(found):
        if f.measure is None:
            continue
        if context.vocab.is_a(f.measure.slug, "cagr"):
            f.period = _cagr_period(periods, f.clause)
            continue
        if index in bound:
            f.period = bound[index].value
            continue
        free = [p for p in periods if id(p) not in taken]
        bases = [p for p in free if _is_base(text, p)]
        if len(bases) < len(free):
            free = [p for p in free if p not in bases]  # "up 18% from Q2 2024": the base
        in_clause = [p for p in free if f.clause[0] <= p.start and p.end <= f.clause[1]]
        chosen = _nearest_period(in_clause, f.quantity) or _nearest_period(
            [p for p in free if p.end <= f.clause[0]], f.quantity
        )
        if chosen is None and f.quantity.start > start:
            chosen = _nearest_period(free, f.quantity)
        if chosen is not None:
            f.period = chosen.value
        elif (said := _report_period_word(context, f, start, end)) is not None:
            f.period = said
        elif (
            is_survey_measure(context, f.measure.slug)
            or f.measure.slug == "percentage-point-change"
        ):
            f.period = context.report_period


# the period a comparison starts from: 较2023年, 比上年, "up 18% from Q2 2024", "versus 2023"
_BASE_LEAD = re.compile(
    r"(?:较|比|相比|相较|同比|环比|对比|from|versus|vs\.?|compared (?:with|to)|over|than)\s?$"
)
# the report's own period: 报告期内, 本年度, "during the year"; the one before it: 上年同期
_THIS_PERIOD = re.compile(
    r"报告期|本报告期|本年度|本年|本期|今年|全年|\bthis year\b|\bduring the year\b"
    r"|\bfor the (?:full )?year\b|\bthe fiscal year\b"
)
_LAST_PERIOD = re.compile(
    r"(?:上年同期|去年同期|上年度|上年|去年|上一年度|\blast year\b|\bprior year\b"
    r"|\bprevious year\b|\ba year earlier\b|\ba year ago\b)"
    r"\s?(?:的|为|是|of|was|were|:|：|,|，)?\s?$"
)


def _is_base(text: str, p: PeriodMention) -> bool:
    """Is *p* the period a change is measured from (``较2023年增长``, ``up 18% from Q2 2024``)?"""
    return bool(_BASE_LEAD.search(fold(text[max(0, p.start - 16) : p.start])))


def _report_period_word(
    context: FigureContext, f: PendingFigure, start: int, end: int
) -> str | None:
    """``报告期内，公司实现营业收入8.6亿元``: the year of the report, the one before for
    ``上年同期为0.4亿元``; only when the report's title names a single year."""
    year = _title_year(context)
    if year is None:
        return None
    text = context.document.text
    lead = fold(text[max(start, f.quantity.start - 16) : f.quantity.start])
    if _LAST_PERIOD.search(lead):
        return str(int(year) - 1)
    if _THIS_PERIOD.search(fold(text[start:end])) and not _LAST_PERIOD.search(
        fold(text[f.clause[0] : f.quantity.start])
    ):
        return year
    return None


def _title_year(context: FigureContext) -> str | None:
    title = context.document.metadata.title or ""
    years = {p.value[:4] for p in find_periods(title) if "/" not in p.value}
    return years.pop() if len(years) == 1 else None


def bound_period(text: str, q: Quantity, periods: list[PeriodMention]) -> PeriodMention | None:
    """A period written right before (``2024年的63%``) or after (``41% in 2025``) a figure."""
    for p in periods:
        if (
            p.end <= q.start
            and q.start - p.end <= 8
            and _BOUND_BEFORE.match(fold(text[p.end : q.start]))
        ):
            return p
    for p in periods:
        if (
            q.end <= p.start
            and p.start - q.end <= 8
            and _BOUND_AFTER.match(fold(text[q.end : p.start]))
        ):
            return p
    return None


def _cagr_period(periods: list[PeriodMention], clause: tuple[int, int]) -> str | None:
    ranges = [p for p in periods if p.role == "range"]
    in_clause = [p for p in ranges if clause[0] <= p.start < clause[1]]
    if in_clause or ranges:
        return (in_clause or ranges)[0].value
    years = sorted({y for p in periods for y in p.years})
    return f"{years[0]}/{years[-1]}" if len(years) >= 2 else None


def _nearest_period(periods: list[PeriodMention], q: Quantity) -> PeriodMention | None:
    if not periods:
        return None
    return min(periods, key=lambda p: q.start - p.end if p.end <= q.start else p.start - q.end + 1)
