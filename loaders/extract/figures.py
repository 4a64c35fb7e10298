"""Figures: the numbers a report states, each as an observation of a measure about something.

:func:`extract_figures` reads every sentence and table row of a
:class:`~medatlas.loaders.document.Document` and returns a
:class:`~medatlas.loaders.extract.model.FigureCandidate` for each figure: a percentage, an
amount of money, a growth rate, a count, a duration or a multiple, with

- its **value** normalised (``349 亿元`` -> ``34900000000`` CNY) and the written form kept;
- its **measure** (:mod:`~medatlas.loaders.extract.measures`: the words around it);
- its **period**: a year or range bound to it (``2024年的63%``, ``41% in 2025``), else one
  of its clause or sentence, a range for a CAGR, else the survey's fieldwork for a survey
  statistic;
- what it is **about**: the mentions of its clause (segments, use cases, organisations,
  products, policies, markets), or for a table row the row's label cell. Sources
  (``据X测算``) and investors (``由X领投``) are not subjects; a clause without a subject takes
  the subject of the previous clause of its sentence; a survey statistic with no subject
  stays empty and the pipeline attaches the report.

Decisions (see ``tests/extract/test_figures.py`` for what is measured):

- a range (``42%-57%``, ``20-30亿元``) gives two figures, its low and high end, both with
  the range as ``original`` and methods ``figures.range-low`` / ``figures.range-high``;
- a before/after statement (``从63%提升至70%``, ``up from 52% in 2023``) gives two
  observations of the same measure and subject, each with its own period;
- percentage points (``+7pp``, ``提升7个百分点``) are a ``percentage-point-change`` in
  ``PERCENT``; a fall stated for a growth measure is negative (``同比下降12%`` -> -12);
- a number that only qualifies another (``营收增长超过10%`` after ``44%的管理层``,
  ``员工<100人``, ``within 18 months``) is not a figure; nor is a number with no unit and no
  measure cue (years, list, page, phone and version numbers, ``GPT-4``);
- a figure restated in several places (a summary, a table, a translation) is returned once
  per (value, unit, measure, about, period), from its most confident statement.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace

from medatlas.loaders.document import Block, Document
from medatlas.loaders.extract.columns import guess_organization_class
from medatlas.loaders.extract.figure_about import (
    CONCEPT_MEASURES,
    TERM_METHODS,
    assign_about,
)
from medatlas.loaders.extract.figure_clause_subjects import clause_subjects
from medatlas.loaders.extract.figure_context import (
    ABOUT_CLASSES,
    CARD_MARKUP,
    CONCEPT_CLASSES,
    ENTITIES,
    ORGANISATIONS,
    SURVEY_TITLE,
    FigureContext,
    PendingFigure,
    emit_figure,
    inside_brackets,
    is_generic,
    is_survey_measure,
    subject_key,
    unique_figures,
)
from medatlas.loaders.extract.figure_headings import (
    MARKET_MEASURES,
    ORGANISATION_MEASURES,
    case_offering,
    profile_owner,
)
from medatlas.loaders.extract.figure_layout import Unwrapped, flat_tables, unwrap_lines
from medatlas.loaders.extract.figure_periods import assign_periods
from medatlas.loaders.extract.figure_scope import with_review_scope
from medatlas.loaders.extract.figure_tables import METRIC_LABEL, flat_table_figures, table_figures
from medatlas.loaders.extract.folding import fold
from medatlas.loaders.extract.measures import MEASURE_BASE, measure_vocabulary
from medatlas.loaders.extract.model import FigureCandidate, Mention
from medatlas.loaders.extract.numbers import Quantity, find_quantities, is_year_number
from medatlas.loaders.extract.periods import PeriodMention, find_periods, survey_period
from medatlas.loaders.extract.speakers import speaks_as_hospital
from medatlas.loaders.extract.subjects import (
    find_markets,
    find_sectors,
    home_market_names,
    market_field,
    renamed_markets,
    survey_field,
)
from medatlas.loaders.units import UnitError, normalise_amount

__all__ = ["ABOUT_CLASSES", "extract_figures"]

_SENTENCE_END = re.compile(
    r"[。！？!?]+|\n+|(?<=[A-Za-z0-9%)\]])\.(?=\s+[A-Z0-9“\"(\u4e00-\u9fff])"
)
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:vs|e\.g|i\.e|etc|inc|ltd|co|corp|no|approx|fig|u\.s|dr|mr|ms|st)|\b[A-Z])$"
)
# "after its Series B. General Catalyst…": a letter that names a round or phase ends a sentence
_LETTER_NAMED = re.compile(
    r"\b(?:series|round|phase|stage|class|type|tier|grade|level)\s[A-Z]$", re.I
)
_RESPECTIVELY_EN = re.compile(r"\brespectively\b", re.IGNORECASE)
_RESPECTIVELY = re.compile(r"分别|\brespectively\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(
    r"，|,(?!\d{3})|：|:(?!\d)|；|;|\s(?:while|whereas|but|although)\s|但是|但|而且"
)
_ORDINAL_BEFORE = re.compile(
    r"(?:第|top\s?|(?<![提之以目此当])前|no\.?\s?|#|排名|rank(?:ed)?\s?|version\s?|v|版本)\s?$"
)
_MEASURE_NAME_AFTER = re.compile(r"^\s?的?(?:比例|占比|受访者比例|组织占比)")
# the window a rate is counted over: 28天死亡率, 5年生存率, "30-day mortality"
_QUALIFIES_RATE = re.compile(
    r"^\s?(?:内|以内)?(?:全因)?(?:死亡率|病死率|生存率|存活率|再入院率|复发率|随访率)"
    r"|^\s?(?:all-cause\s)?(?:mortality|survival|readmission|recurrence|retention)\b"
)
# a label written after its number: "0.91 AUC", "0.88 F1"
_LABEL_AFTER = re.compile(r"^\s?([a-z][a-z0-9\-]{1,9})\b")
# a score's unit after a number a score label precedes: 得分87.5分
_SCORE_UNIT = re.compile(r"^\s?分(?!之|钟|别|析|布|期|享|类|子|级|为|散|娩|支|院)")
_SCALAR_CUE_GAP = re.compile(r"^\s?(?:值|达到?|为|是|约|of|was|is|reached|=|:|：|\(|（)?\s?$")
_MAX_CARD_LINES = 3  # a stat card's label is at most this many short lines
_MAX_CARD_LINE = 24
_TITLE_SUBJECTS = ORGANISATIONS | {"Product", "Platform"}
_SECTOR_MEASURES = (
    "financing-amount",
    "number-of-financing-deals",
    "market-size",
    "cagr",
    "growth-rate",
    "relative-reduction",
    "relative-increase",
)
_MONEY_CUE = re.compile(r"市场|规模|融资|营收|收入|投资|预算|资金|估值|金额|销售额|成本|费用")
# a size of things, not of money: 参数规模达到130亿, 用户规模1.2亿
_COUNTED_SIZE = re.compile(
    r"(?:参数|用户|数据|样本|人口|患者|语料|病例|人群|词元|token)(?:量)?规模$", re.IGNORECASE
)


def _about_money(clause: str) -> bool:
    """Does a clause with ``300亿`` speak of money (``市场规模``, ``融资``), not of a size of
    things (``参数规模``, ``用户规模``)?"""
    return any(
        not (m.group() == "规模" and _COUNTED_SIZE.search(clause[: m.end()]))
        for m in _MONEY_CUE.finditer(clause)
    )


def extract_figures(document: Document, mentions: Sequence[Mention]) -> list[FigureCandidate]:
    """Every figure *document* states, with its measure, unit, period and subject.

    Args:
        document: a read report.
        mentions: the mentions found in ``document.text`` (gazetteer and discovery); figures
            are attached to the ones in their clause or table row.

    Returns:
        Figure candidates in text order, each with the sentence or table row as evidence.
    """
    unwrapped = unwrap_lines(document)
    document = unwrapped.document
    originals = {unwrapped.to_new(m): m for m in mentions if m.cls in ABOUT_CLASSES}
    context = FigureContext(
        document=document,
        mentions=list(originals),
        vocab=measure_vocabulary(),
        report_period=_report_period(document),
        markets=find_markets(document.text),
        sectors=find_sectors(document.text),
    )
    blocks = document.blocks or (_whole_text_block(document),)
    flat = flat_tables(blocks, lambda b: _names_something(context, b))
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if index in flat:
            caption = blocks[index - 1] if index > 0 else None
            flat_table_figures(context, flat[index], caption)
            index = flat[index].last + 1
            continue
        if block.table is not None:
            caption = blocks[index - 1] if index > 0 else None
            table_figures(context, block, caption, prose=_sentence_figures)
            index += 1
            continue
        label = _card_label(blocks, index) if _is_stat_card(block.text) else 0
        if label:
            end = blocks[index + label].end
            _sentence_figures(context, block.start, end, block.start, card=True)
            index += 1 + label
            continue
        for start, end in _sentences(document.text, block.start, block.end):
            _sentence_figures(context, start, end, block.start)
        index += 1
    figures = _settled_forecasts(_about_the_report(context), document.metadata.date)
    figures = with_review_scope(figures, context)
    figures = _with_clause_groups(figures, context)
    figures = _case_results(figures, context)
    figures = _survey_shares(figures, context)
    figures = _markets_by_place(figures, context)
    figures = _shares_of_a_market(figures, context)
    figures = _without_restatements(unique_figures(figures), document.text)
    homes = home_market_names(document.text)
    if homes:  # a sentence alone cannot tell that 中国X市场 is the report's X市场
        figures = [replace(f, about=tuple(renamed_markets(list(f.about), homes))) for f in figures]
    return [_in_original(_market_scope(f, context), unwrapped, originals) for f in figures]


_OFFERING_CLASSES = frozenset({"Platform", "Product", "AIModel"})


def _with_clause_groups(
    figures: list[FigureCandidate], context: FigureContext
) -> list[FigureCandidate]:
    """Each sentence's figure also about the group its clause opens with (``二级医院仅为19.9%``,
    see :mod:`.figure_clause_subjects`), after what the report says it is about."""
    text = context.document.text
    out = []
    for f in figures:
        at = text.find(f.original, f.start, f.end) if f.method == "figures.sentence" else -1
        group = (
            clause_subjects(text, f.start, at, context.mentions_in(f.start, at)) if at > 0 else []
        )
        if group and not any(m.name == group[0].name for m in f.about):
            f = replace(f, about=(*f.about, *group))
        out.append(f)
    return out


def _case_results(figures: list[FigureCandidate], context: FigureContext) -> list[FigureCandidate]:
    """A case study's results table (``指标 | 应用前 | 应用后``) is its offering's too.

    The sentences of a case get its offering as they are read (see
    :func:`figure_about._section_offering`); a table's rows name only what they measure.
    A firm's accounts, a market's sizes and a survey's shares are left as they are.
    """
    out = []
    for f in figures:
        slug = f.measure.removeprefix(MEASURE_BASE)
        offerings = [m for m in f.about if m.cls in _OFFERING_CLASSES]
        if is_survey_measure(context, slug) or any(
            context.vocab.is_a(slug, kind) for kind in (*ORGANISATION_MEASURES, *MARKET_MEASURES)
        ):
            out.append(f)
            continue
        case = case_offering(context, f.start)
        if (
            case is not None
            and subject_key(case.offering) not in {subject_key(m) for m in offerings}
            and all(subject_key(m) in case.bases for m in offerings)
        ):
            f = replace(f, about=(*f.about, case.offering))
        out.append(f)
    return out


_SCOPE_CLASSES = CONCEPT_CLASSES | {"Region"}


def _market_scope(figure: FigureCandidate, context: FigureContext) -> FigureCandidate:
    """A market's figure is also about the field and the place its name holds.

    ``2020年我国AI医疗市场规模约为66亿元`` measures 中国AI医疗市场, and so the segment
    AI医疗 and the region 中国: whoever asks for the figures of a segment or a country finds it.
    A field no list knows (检验AI of 我国检验AI市场) is named from the market's name; the
    generic AI inside a name is no field of its own.
    """
    markets = [m for m in figure.about if m.cls == "Market"]
    if not markets:
        return figure
    have = set(figure.about)
    scope = [
        m
        for market in markets
        for m in context.mentions
        if m.cls in _SCOPE_CLASSES
        and market.start <= m.start
        and m.end <= market.end
        and m not in have
        and not is_generic(m)
    ]
    for market in markets:
        field = market_field(market)
        if field is not None and not any(
            m.cls in CONCEPT_CLASSES and m.start <= field.start and field.end <= m.end
            for m in context.mentions_in(market.start, market.end)
        ):
            scope.append(field)  # a concept that covers the field already names it
    return replace(figure, about=(*figure.about, *dict.fromkeys(scope))) if scope else figure


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_TRANSLATION_REACH = 1500  # characters between a paragraph and its translation's figure


def _without_restatements(figures: list[FigureCandidate], text: str) -> list[FigureCandidate]:
    """One figure per fact when a document states it twice.

    - a figure without a period that a dated statement of the same value, unit and measure
      about the same thing repeats (``fell from 40 to 12 minutes`` beside a before/after table
      with years) is that statement;
    - in a bilingual document, the same value, unit, measure and period in the next paragraph
      of the other language is its translation (the names may differ: 甲智能 and Jia AI).
    """
    dropped: set[int] = set()
    for i, f in enumerate(figures):
        for j, g in enumerate(figures):
            if (
                i == j
                or j in dropped
                or (f.value, f.unit, f.measure) != (g.value, g.unit, g.measure)
            ):
                continue
            if f.period is None and g.period is not None and _same_subject(f, g):
                dropped.add(i)
                break
            if (
                f.period == g.period
                and g.start < f.start <= g.start + _TRANSLATION_REACH
                and _is_chinese(text, f) != _is_chinese(text, g)
            ):
                dropped.add(i)
                break
    return [f for i, f in enumerate(figures) if i not in dropped]


def _same_subject(f: FigureCandidate, g: FigureCandidate) -> bool:
    names = {fold(m.name or m.text) for m in g.about}
    return not f.about or any(fold(m.name or m.text) in names for m in f.about)


def _is_chinese(text: str, f: FigureCandidate) -> bool:
    words = text[f.start : f.end]
    return len(_CJK_CHAR.findall(words)) * 4 > len(words)


_FORECAST_MEASURE = MEASURE_BASE + "forecast-market-size"
_MARKET_SIZE = MEASURE_BASE + "market-size"


def _settled_forecasts(figures: list[FigureCandidate], issued: str | None) -> list[FigureCandidate]:
    """A "forecast" of a year before the report was issued is that year's market size.

    ``预计2024年市场规模为90亿元`` in a note of April 2025, or the 2024 column of a table
    headed 市场规模预测: the year is over, the figure is an estimate of what the market was.
    """
    year = issued[:4] if issued and issued[:4].isdigit() else None
    if year is None:
        return figures
    return [
        replace(f, measure=_MARKET_SIZE)
        if f.measure == _FORECAST_MEASURE
        and f.period is not None
        and f.period.isdigit()
        and f.period < year
        else f
        for f in figures
    ]


def _in_original(
    figure: FigureCandidate, unwrapped: Unwrapped, originals: dict[Mention, Mention]
) -> FigureCandidate:
    """A figure read in the unwrapped text, with its and its subjects' original offsets."""
    if not unwrapped.old_of_new:
        return figure
    start, end = unwrapped.to_old(figure.start, figure.end)
    about = tuple(
        originals.get(m)
        or replace(m, **dict(zip(("start", "end"), unwrapped.to_old(m.start, m.end), strict=True)))
        for m in figure.about
    )
    return replace(figure, start=start, end=end, about=about)


# ---- document level ----------------------------------------------------------------------------
def _about_the_report(context: FigureContext) -> list[FigureCandidate]:
    """Figures that name no subject are about what the report is about, else the report's own.

    A report whose title names one organisation or offering (``Case Study: ... at X
    Hospital``) is about it: its figures without a subject are that one's. A report whose
    title names one segment (``医疗AI投融资周报``) is about it for the sector's aggregates
    (amounts raised, deal counts, market sizes, growth, shares). Otherwise they are the
    report's own (its survey, its count of sources): the ``Report`` mention of the
    document's title; without one they stay empty (and the pipeline attaches the document).

    The organisation, offering or policy the title names (``X医院2024年度工作总结``,
    ``X Health 某某健康 — Seed One-Pager``, ``关于《P》的政策解读``) is also the subject of a
    figure that names only concepts, or places after it, unless its measure is a market's, a
    sector's or a survey's (:func:`_concepts_only`).
    """
    title = fold(context.document.metadata.title or "").strip()
    if not title:
        return context.figures
    report = next(
        (
            m
            for m in context.mentions
            if m.cls == "Report" and fold(m.name or m.text).strip() == title
        ),
        None,
    )
    policy = next(
        (
            m
            for m in context.mentions
            if m.cls == "Policy" and fold(m.name or m.text).strip() == title
        ),
        None,
    ) or (_named_in(context, title, {"Policy"}) if _ON_A_POLICY.search(title) else None)
    # a notice titled "X关于印发…的通知" is the subject of its figures; X only issued it
    named = (
        policy
        or _named_in(context, title, _TITLE_SUBJECTS)
        or _title_organisation(context)
        or profile_owner(context, title)  # 启元健康科技 公司简介: the firm's own profile
        or _own_hospital(context)  # a hospital's minutes that speak of 本院
    )
    # a digest of another firm's survey (基于X《Y》报告的深度解读): its statistics are Y's
    subject = named or _cited_source(context, title) or report
    market = _the_market(context)
    lead = _lead_market(context) if market is None else None  # of a report on several markets
    survey = bool(SURVEY_TITLE.search(title))
    segment = _named_in(context, title, {"Segment"})
    if survey:  # the field the survey's title names, as its text writes it (not 医疗机构 of it)
        field = survey_field(context.document.metadata.title or "", context.document.text)
        segment = field or segment
    publishers = _publishers(context) if report is not None and SURVEY_TITLE.search(title) else ()
    out = []
    for f in context.figures:
        if publishers and f.about and all(fold(m.name or m.text) in publishers for m in f.about):
            slug = f.measure.removeprefix(MEASURE_BASE)
            if not any(context.vocab.is_a(slug, kind) for kind in ORGANISATION_MEASURES):
                # X联合Y开展了本次调研，回收问卷1,286份: the survey's count, not the firm's
                f = replace(f, about=(report,))
        if named is not None and _names_kind_of(f.about, named):
            f = replace(f, about=(named,))  # 医院门急诊量 in a hospital's own report: its own
        elif named is not None and _concepts_only(context, f):
            f = replace(f, about=(*f.about, named))  # 科研方面…论文143篇 in a hospital's summary
        # a barrier a survey lists (采购预算不足（29.4%）) is the answer, and the words a share
        # is said of (其中A占62%) a part; the share is also of what the document is about
        answer = bool(f.about) and all(
            m.method in TERM_METHODS and m.cls == "Segment" for m in f.about
        )
        if not f.about or answer:
            slug = f.measure.removeprefix(MEASURE_BASE)
            sector = slug == "proportion" or any(
                context.vocab.is_a(slug, m) for m in _SECTOR_MEASURES
            )
            # a title naming a firm (企业档案｜X：…基础设施…) is about the firm, not the segment
            firm = named is not None and named.cls != "Policy"
            if (
                market is not None
                and subject is report
                and (_sizes_a_market(context, f) or f.measure == _MARKET_SHARE)
            ):
                # 表4-1 市场规模 | 2021 | 19.8 | 39.4%: the sizes of the report's one market;
                # 前五名厂商合计份额为46.7%: a share of it
                f = replace(f, about=(*f.about, market))
            elif lead is not None and subject is report and f.measure == _MARKET_SHARE:
                # a report on several markets: an unnamed table's sizes are unsaid, but the
                # leaders' share (前五名厂商合计占…61.2%) is of the market it opens with
                f = replace(f, about=(*f.about, lead))
            elif survey and subject is report and segment is not None and report is not None:
                # a survey's finding: of the field it surveys, as its report states it
                f = replace(f, about=(*f.about, report, segment))
            else:
                chosen = segment if segment is not None and sector and not firm else subject
                if chosen is not None:
                    f = replace(f, about=(*f.about, chosen))
        out.append(f)
    return out


_MARKET_SHARE = MEASURE_BASE + "market-share"
_MARKET_MEASURES = ("market-size", "growth-rate")  # with forecasts and CAGRs, their narrower


# a market's name of its own: a field of four characters or more (not 细分市场, 第四章 市场)
_PLAIN_MARKET = re.compile(r"(?:中国|我国|全球|国内)?[\u4e00-\u9fffA-Za-z]{4,}市场")


def _market_key(name: str) -> str:
    """One key for the names of one market: 中国X人工智能市场 and X AI市场 alike."""
    return re.sub(r"^(?:中国|我国|国内)|\s", "", name.replace("人工智能", "AI")).casefold()


def _the_market(context: FigureContext) -> Mention | None:
    """The one market a report sizes, by the name it defines (``中国X市场`` filed as X市场):
    none when the report names its home market under several names, or none at all."""
    homes = home_market_names(context.document.text)
    if len(set(homes.values())) != 1:
        return None
    (target,) = set(homes.values())
    others = {
        name
        for m in context.markets
        for r in renamed_markets([m], homes)
        if _PLAIN_MARKET.fullmatch(name := r.name or r.text)
        and _market_key(name) != _market_key(target)
    }
    if others:
        return None  # 中国医保控费AI市场 beside it: which one an unnamed table sizes is unsaid
    return next(
        (
            renamed
            for m in context.markets
            for renamed in renamed_markets([m], homes)
            if (renamed.name or renamed.text) == target
        ),
        None,
    )


def _lead_market(context: FigureContext) -> Mention | None:
    """The market of the report's first sized market, when the report names more than one
    (``2024年中国重症监护人工智能市场规模为18.6亿元`` before a table of ``重症监护AI细分市场``):
    a share of the market the report opens with, not of the report."""
    for f in sorted(context.figures, key=lambda f: f.start):
        if _sizes_a_market(context, f):
            return next((m for m in f.about if m.cls == "Market"), None)
    return None


def _sizes_a_market(context: FigureContext, f: FigureCandidate) -> bool:
    slug = f.measure.removeprefix(MEASURE_BASE)
    return any(context.vocab.is_a(slug, kind) for kind in _MARKET_MEASURES)


def _markets_by_place(
    figures: list[FigureCandidate], context: FigureContext
) -> list[FigureCandidate]:
    """The revenue of a region (``| North America | 248 |`` under "2025 revenue") is the size
    of that part of the market: no firm earned it alone. In a report on a market, so is the
    revenue of a segment or a field; in a firm's results, "Services & other" is its own."""
    market = _MARKET_TITLE.search(fold(context.document.metadata.title or ""))
    parts = _CONCEPTS_OR_PLACES if market else frozenset({"Region"})
    return [
        replace(f, measure=_MARKET_SIZE)
        if f.measure == _REVENUE and f.about and all(m.cls in parts for m in f.about)
        else f
        for f in figures
    ]


_MARKET_TITLE = re.compile(r"市场|\bmarkets?\b", re.IGNORECASE)


def _shares_of_a_market(
    figures: list[FigureCandidate], context: FigureContext
) -> list[FigureCandidate]:
    """A share stated beside a market's size is a market share.

    ``智能理赔与核保规模为84.4亿元，占39%``, a table row ``| 华东 | 88.8 | 41% |`` under a
    market's sizes: a bare percentage (占比) of a segment, a region or a firm in the sentence
    or row that sizes its part of a market is its share of that market. A share of
    respondents or of anything else keeps its measure.
    """
    text = context.document.text
    sized = [
        f
        for f in figures
        if context.vocab.is_a(f.measure.removeprefix(MEASURE_BASE), "market-size")
        or (f.measure == _MONEY and _SIZE_WORDS.search(fold(_before_value(text, f))))
    ]
    if not sized:
        return figures
    out = []
    for f in figures:
        if (
            f.measure == _PROPORTION
            and (f.unit or "").endswith("/PERCENT")
            and f.about
            and all(m.cls != "Report" for m in f.about)
            and not _OWN_WHOLE.search(fold(_before_value(text, f))[-12:])
            and any(g.start < f.end and f.start < g.end for g in sized)  # one sentence or row
        ):
            size = next(g for g in sized if g.start < f.end and f.start < g.end)
            # the share of the year the size is of (| North America | 248 | 42% | under
            # "2025 revenue" and "Share")
            f = replace(f, measure=_MARKET_SHARE, period=size.period or f.period)
        out.append(f)
    return out


_MONEY = MEASURE_BASE + "monetary-measure"
# a share of something other than a market: 收入占比 (of a firm's revenue), 预算占比
_OWN_WHOLE = re.compile(r"收入|营收|预算|支出|成本|利润|revenue|budget|spend|cost")
# what a bare amount before a share measures: a size (规模为84.4亿元), a market's spending
_SIZE_WORDS = re.compile(r"规模|市场|\bmarket\b|\bspending\b|\bsales\b")


def _before_value(text: str, f: FigureCandidate) -> str:
    """The words of *f*'s evidence (its sentence or row) before its value."""
    at = text.find(f.original, f.start, f.end)
    return text[f.start : at if at >= 0 else f.end]


_CONCEPTS_OR_PLACES = CONCEPT_CLASSES | {"Region"}
_PROPORTION = MEASURE_BASE + "proportion"
_REVENUE = MEASURE_BASE + "revenue"
_SHARE_OF_RESPONDENTS = MEASURE_BASE + "share-of-respondents"
# words that say a text reports answers: 受访医院, 问卷, "respondents"
_RESPONDENTS = re.compile(r"受访|问卷|被调查|调研对象|respondents?\b|surveyed\b", re.IGNORECASE)


def _survey_shares(figures: list[FigureCandidate], context: FigureContext) -> list[FigureCandidate]:
    """In a survey's own report, a bare share of a field, place or tier is of respondents.

    ``东部地区为68.9%``, ``价格（43.0%）`` in a report titled ``…调研报告`` that speaks of its
    受访机构: a percentage with no word for what it counts is the share of those asked who
    answered so, and a usage rate of a tier or a region is an adoption rate. A share of a
    named firm or product (a market share, a product's usage) is left as it is.
    """
    title = context.document.metadata.title or ""
    text = context.document.text
    if not SURVEY_TITLE.search(fold(title)) or len(_RESPONDENTS.findall(text[:30000])) < 2:
        return figures
    return [
        replace(f, measure=_SURVEY_READING[f.measure])
        if f.measure in _SURVEY_READING
        and (f.unit or "").endswith("/PERCENT")
        and all(m.cls in _CONCEPTS_OR_PLACES or m.cls == "Report" for m in f.about)
        and not any(m.method == METRIC_LABEL for m in f.about)  # 指标 | 三级医院: a rate
        else f
        for f in figures
    ]


# what a bare share means in a survey of organisations: a proportion is of those asked; a
# "使用率" of a tier or a region (三级医院的AI使用率为68.0%) is the share of them that use AI,
# not how often a tool is used
_SURVEY_READING = {
    _PROPORTION: _SHARE_OF_RESPONDENTS,
    MEASURE_BASE + "utilization-rate": MEASURE_BASE + "adoption-rate",
}


# a report cited as the source of what follows: 基于X发布的《Y》, 数据来源：《Y》,
# 《Y》调查报告显示, "according to the Y survey", "the Y report found"
_CITED_BEFORE = re.compile(
    r"(?:基于|根据|依据|据|援引|数据来源|资料来源|来源|节选自|摘自|选自|摘编自|based on"
    r"|according to|drawn from|source|excerpted from|an excerpt from|taken from)"
    r"[:：]?[^。！？!?\n]{0,24}$",
    re.IGNORECASE,
)
# a source line that lists another source before this one
_AMONG_SOURCES = re.compile(
    r"(?:数据来源|资料来源|来源|sources?)\s?[:：][^\n]*[；;、，,]\s?[^；;、，,\n]*$", re.IGNORECASE
)
_CITED_AFTER = re.compile(
    r"^》?\s?(?:年度)?(?:调查|调研|问卷)?(?:报告)?(?:结果)?"
    r"(?:显示|揭示|指出|发现|表明|中|的数据)"
    r"|^\s?(?:survey|report|study)?\s?(?:shows|showed|found|finds|reveals|revealed|indicates)\b",
    re.IGNORECASE,
)


def _publishers(context: FigureContext) -> frozenset[str]:
    """The folded names of the bodies the report says published or wrote it."""
    meta = context.document.metadata
    names = re.split(r"[、,，;；/和与]", f"{meta.publisher or ''}、{meta.author or ''}")
    return frozenset(fold(n).strip() for n in names if len(n.strip()) >= 2)


_REPORT_NAME_END = re.compile(
    r"(?:报告|白皮书|蓝皮书|调查|调研|survey|report|white ?paper)\s*(?:[（(]\d{4}[)）])?$"
)


def _cited_source(context: FigureContext, title: str) -> Mention | None:
    """The one other report a document cites as the source of its statistics, if any.

    A news item or a digest that reads another firm's survey (``NVIDIA第二份年度《Y》调查报告
    揭示``, ``基于NVIDIA《Y》报告的深度研究整理``), or a chapter excerpted from a white paper
    (``本章节选自《Y》``), passes on Y's statistics: a share of
    respondents without a subject of its own is Y's, not the digest's. Two different reports
    cited leave the choice open, and so the document keeps its figures; so does a report (its
    title a report's name, not a headline) that names its own questionnaire, credited to its
    own publishers, as its data source.
    """
    text = context.document.text
    # a report's own title (…调研报告, "… Survey 2025"), not a headline about one (调查显示…)
    publishers = _publishers(context) if _REPORT_NAME_END.search(title) else frozenset()
    cited: dict[str, Mention] = {}
    for m in context.mentions:
        name = fold(m.name or m.text).strip().strip("《》")
        if m.cls != "Report" or not name or name == title:
            continue
        before = text[max(0, m.start - 30) : m.start]
        if any(p in fold(before) for p in publishers):
            continue  # 数据来源：本联盟《X问卷调查》: the document's own survey, by its publishers
        if _AMONG_SOURCES.search(before):
            continue  # 数据来源：弘衍咨询测算；国家卫健委《X公报》: one source of several
        if _CITED_BEFORE.search(before) or _CITED_AFTER.match(text[m.end : m.end + 16]):
            cited.setdefault(name, m)
    return next(iter(cited.values())) if len(cited) == 1 else None


def _concepts_only(context: FigureContext, f: FigureCandidate) -> bool:
    """Does *f* name only concepts (a use case, a segment, a technology) or places for a
    measure that is not a market's, a sector's or a survey's?

    ``科研方面，发表SCI论文143篇`` in a hospital's summary, ``智能导诊：…准确率达93%`` in an
    app's listing: the concept says which part of the work; what the figure measures belongs
    to the organisation, offering or policy the document is about. A place named after the
    figure says where (``live at 46 hospitals in Sichuan``); one named before it is the scope
    of a statistic of its own (``我国基层医疗机构有3万家``).
    """
    if not f.about or any(m.cls not in _CONCEPTS_OR_PLACES for m in f.about):
        return False
    number = context.document.text.find(f.original, f.start, f.end)
    if any(m.cls == "Region" and m.start < number for m in f.about):
        return False  # 我国…有3万家, 全省…覆盖率为41%: the place's own statistic
    slug = f.measure.removeprefix(MEASURE_BASE)
    return not is_survey_measure(context, slug) and not any(
        context.vocab.is_a(slug, m) for m in CONCEPT_MEASURES
    )


# a title whose document explains or issues one policy: 关于《X》的政策解读, 印发《X》的通知
_ON_A_POLICY = re.compile(
    r"》的?(?:政策)?(?:解读|问答|答记者问|起草说明|说明|解析|要点|宣传)|印发《|"
    r"\b(?:explainer|explained|q&a|faq|questions and answers|guide to)\b"
)


# an organisation that opens a report's title: "X医院2024年度工作总结", "X Health 2024 ESG Report"
_TITLE_ORG_ZH = re.compile(
    r"^[\s《“]*(?P<org>[\u4e00-\u9fff（）()A-Za-z0-9]{2,30}?"
    r"(?:医院|公司|集团|研究院|研究所|大学|学院|卫生健康委员会|委员会|卫健委|医疗保障局|医保局|药监局"
    r"|中心|协会|联盟))(?=[\s:：|｜\d（(—-]|关于|年度|的|$)"
)
_TITLE_ORG_EN = re.compile(
    r"^[\s\"“]*(?P<org>(?:[A-Z][\w&.'’-]*\s){0,5}(?:Hospital|Health|Healthcare|Medical Center"
    r"|Clinic|University|Institute|Inc\.?|Ltd\.?|Limited|Group|Corporation|Corp\.?|Systems"
    r"|Technologies|Therapeutics))(?='s|:|\s*[|–—-]|\s+(?:19|20)\d{2}|\s+(?:Annual|ESG|Sustainability"
    r"|Impact|Interim|Quarterly|Company|Corporate)\b"
    r"|\s+[\u4e00-\u9fff]{2,12}\s*[|–—/:：-])"  # "X Health 某某健康 — Seed One-Pager"
)


# a feature's headline, not an organisation: "从放射科到创业公司", "一家初创公司的十年"
_HEADLINE_PHRASE = re.compile(r"从.{1,12}到|(?:创业|初创|上市|一家|小)公司$")


# the bare words a report about one organisation uses for it: 医院 in a hospital's summary
_KIND_WORDS: dict[str, frozenset[str]] = {
    "Hospital": frozenset({"医院", "我院", "本院", "全院", "hospital", "the hospital"}),
    "Company": frozenset({"公司", "本公司", "集团", "本集团", "企业", "company", "the company"}),
    "University": frozenset({"学校", "本校", "大学", "university", "the university"}),
}


def _names_kind_of(about: Sequence[Mention], subject: Mention) -> bool:
    """True if *about* is only a bare word for the kind of thing *subject* is."""
    words = _KIND_WORDS.get(subject.cls, frozenset())
    return len(about) == 1 and fold(about[0].text).strip() in words


def _own_hospital(context: FigureContext) -> Mention | None:
    """The hospital that publishes a document speaking of itself as 本院 / 我院."""
    if not speaks_as_hospital(context.document.text):
        return None
    from medatlas.loaders.extract.figure_referents import publisher_subject

    return publisher_subject(context, ("Hospital",))


def _title_organisation(context: FigureContext) -> Mention | None:
    """The organisation a report's title opens with, when no mention stands for it (its name
    is inside the title's own mention): a hospital's annual summary, a firm's ESG report."""
    title = (context.document.metadata.title or "").strip()
    match = _TITLE_ORG_ZH.match(title) or _TITLE_ORG_EN.match(title)
    if match is None:
        return None
    name = match.group("org").strip()
    at = context.document.text.find(name)
    if at < 0 or _HEADLINE_PHRASE.search(name):
        return None
    cls = guess_organization_class(name, "Organization")
    return Mention(at, at + len(name), name, cls, 0.7, "figures.title-subject", name=name)


def _named_in(context: FigureContext, title: str, classes: Collection[str]) -> Mention | None:
    """The one thing of *classes* the title names (mentioned in the text too), if only one."""
    named = {
        m.iri or fold(m.name or m.text): m
        for m in context.mentions
        if m.cls in classes and len(m.text) >= 3 and fold(m.text) in title
    }
    return next(iter(named.values())) if len(named) == 1 else None


def _names_something(context: FigureContext, block: Block) -> bool:
    """Does *block* name an organisation, product or other entity (a table row's label)?"""
    return any(m.cls in ENTITIES for m in context.mentions_in(block.start, block.end))


def _whole_text_block(document: Document) -> Block:
    return Block("paragraph", document.text, 0, len(document.text))


def _report_period(document: Document) -> str | None:
    """The survey fieldwork a report states, else a single year in its title."""
    period = survey_period(document.text[:20000])
    if period:
        return period
    title = document.metadata.title or ""
    years = {p.value for p in find_periods(title) if "/" not in p.value}
    return years.pop()[:4] if len(years) == 1 else None


def _is_stat_card(text: str) -> bool:
    """True for a block that is only a figure (``### 85%``), whose label is the next block."""
    core = CARD_MARKUP.sub("", text)
    if not core or len(core) > 16:
        return False
    quantities = [q for q in find_quantities(core) if q.kind != "bare"]
    return len(quantities) == 1 and quantities[0].end - quantities[0].start >= len(core) - 1


def _card_label(blocks: Sequence[Block], index: int) -> int:
    """How many short blocks after a stat card (``85%``) are its label (``组织报告AI帮助``)."""
    count = 0
    for block in blocks[index + 1 : index + 1 + _MAX_CARD_LINES]:
        if block.kind not in ("paragraph", "list_item") or _is_stat_card(block.text):
            break
        if count and len(block.text) > _MAX_CARD_LINE:
            break
        count += 1
        if len(block.text) > _MAX_CARD_LINE:
            break
    return count


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]``, trimmed of white space."""
    spans = []
    cursor = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if (
            match.group(0) == "."
            and _ABBREVIATIONS.search(text[max(start, match.start() - 5) : match.start()])
            and not _LETTER_NAMED.search(text[max(start, match.start() - 12) : match.start()])
        ):
            continue
        spans.append((cursor, match.end()))
        cursor = match.end()
    spans.append((cursor, end))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause spans of the sentence ``text[start:end]`` (split at commas, colons, 'while')."""
    spans = []
    cursor = start
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        if inside_brackets(text, cursor, match.start()):
            continue
        spans.append((cursor, match.start()))
        cursor = match.end()
    spans.append((cursor, end))
    return [(s, e) for s, e in spans if s < e]


# ---- sentences ---------------------------------------------------------------------------------
def _sentence_figures(
    context: FigureContext, start: int, end: int, block_start: int, *, card: bool = False
) -> None:
    text = context.document.text
    sentence = text[start:end]
    quantities = [q.shifted(start) for q in find_quantities(sentence)]
    if not quantities:
        return  # no number, no figure: the rest would find nothing to attach
    periods = [p.shifted(start) for p in find_periods(sentence)]
    # "A, B and C accounted for 41%, 23% and 12% respectively": one clause, however many commas
    whole = card or bool(_RESPECTIVELY_EN.search(sentence))
    clauses = [(start, end)] if whole else _clauses(text, start, end)
    mentions = context.mentions_in(start, end)
    found = _figures_of(context, quantities, periods, clauses, mentions)
    if not found:
        return
    _assign_measures(context, found, start, end)
    found = [f for f in found if f.measure is not None]
    markets = find_markets(sentence)
    markets = [replace(m, start=m.start + start, end=m.end + start) for m in markets]
    markets += [m for m in context.sectors if start <= m.start and m.end <= end]
    assign_about(context, found, clauses, mentions, markets, block_start)
    assign_periods(context, found, periods, start, end)
    if _RESPECTIVELY.search(sentence):
        _carry_from_previous(context, found, block_start, start)
    for f in found:
        if (
            f.measure.slug == "monetary-measure"
            and f.measure.source in ("fallback", "label")
            and any(m in context.sectors for m in f.about)
        ):  # "Neurology accounted for $241 million": the sector's share of the rounds summed
            f.measure = replace(f.measure, slug="financing-amount", source="inherited")
        emit_figure(context, f, start, end, "figures.sentence")


def _carry_from_previous(
    context: FigureContext, found: list[PendingFigure], block_start: int, start: int
) -> None:
    """``2022年和2023年分别为29.1亿元和36.8亿元`` after a sentence that sizes a market: the same
    measure of the same subject in other years, when the sentence names neither: the measure
    and subject of the paragraph's last figure in the same unit."""
    if not found or any(f.about or f.measure is None or f.measure.from_cue for f in found):
        return
    unit = found[0].quantity.unit
    before = [g for g in context.figures if block_start <= g.start < start and g.unit == unit]
    if not before or any(f.quantity.unit != unit for f in found):
        return
    last = before[-1]
    slug = last.measure.rsplit("/", 1)[-1]
    for f in found:
        assert f.measure is not None
        f.measure = replace(f.measure, slug=slug, source="inherited")
        f.about = last.about


def _clause_of(clauses: list[tuple[int, int]], at: int) -> tuple[int, int]:
    for clause in clauses:
        if clause[0] <= at < clause[1]:
            return clause
    return clauses[-1]


def _figures_of(
    context: FigureContext,
    quantities: list[Quantity],
    periods: list[PeriodMention],
    clauses: list[tuple[int, int]],
    mentions: list[Mention],
) -> list[PendingFigure]:
    """The quantities that can be figures: not years, names, ranks or bare numbers."""
    text = context.document.text
    folded_text = text  # offsets are shared; fold per slice below
    found = []
    for q in quantities:
        if any(p.start < q.end and q.start < p.end for p in periods):
            continue
        if any(
            m.start < q.end
            and q.start < m.end
            and m.method != "figures.market"
            and not _counted_after_hyphen(text, q, m)
            for m in mentions
        ):
            continue  # part of a name: GPT-4o, 5G通信, 3D-YOLOv8
        lead = fold(folded_text[max(0, q.start - 8) : q.start])
        if _ORDINAL_BEFORE.search(lead) or _inside_title(text, q.start):
            continue
        if q.kind == "duration" and _QUALIFIES_RATE.match(fold(text[q.end : q.end + 14])):
            continue  # 28天死亡率, "30-day mortality": the window of a rate, not a duration
        clause = _clause_of(clauses, q.start)
        kind: str = q.kind
        if q.kind == "bare":
            if not (_scalar_cue(context, text, clause, q) or _scalar_label_after(context, text, q)):
                continue
            kind = "scalar"
        elif q.scale_only and _about_money(text[clause[0] : clause[1]]) and _is_cjk_near(text, q):
            q = _as_yuan(q)
            kind = "money"
        found.append(PendingFigure(quantity=q, clause=clause, kind=kind))
    return found


def _counted_after_hyphen(text: str, q: Quantity, m: Mention) -> bool:
    """Is *m* the noun a count is joined to ("hospital" of "a 9-hospital system"), a concept
    the count counts rather than a name the number is part of?"""
    return (
        q.start < m.start <= q.end
        and text[m.start - 1] == "-"
        and m.cls in ("Segment", "UseCase", "Technology")
    )


def _inside_title(text: str, at: int) -> bool:
    """True inside 《...》 (a title: 《2024-2029年...报告》 holds no figures)."""
    opened = text.rfind("《", max(0, at - 80), at)
    return opened >= 0 and text.find("》", opened, at) < 0


def _is_cjk_near(text: str, q: Quantity) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text[max(0, q.start - 4) : q.end + 2])


def _as_yuan(q: Quantity) -> Quantity:
    """``300亿`` in a Chinese sentence about money: an amount in yuan."""
    scale = fold(q.original)[len(q.number_text) :].strip()
    try:
        value, unit = normalise_amount(q.number_text.replace(",", ""), scale + "元")
    except UnitError:
        return q
    return replace(q, values=(value,), unit=unit, kind="money", scale_only=False)


def _scalar_label_after(context: FigureContext, text: str, q: Quantity) -> bool:
    """A unit-less decimal right before a performance label or a score's unit: ``0.91 AUC``,
    ``an F1 of``, ``87.5分``."""
    if is_year_number(q.number_text):
        return False
    after = fold(text[q.end : q.end + 16])
    if _SCORE_UNIT.match(after) and context.vocab.cues(fold(text[max(0, q.start - 16) : q.start])):
        return True
    if "." not in q.number_text:
        return False
    match = _LABEL_AFTER.match(after)
    if match is None:
        return False
    return any(
        context.vocab.accepts(cue.slug, "scalar") for cue in context.vocab.cues(match.group(1))
    )


def _scalar_cue(context: FigureContext, text: str, clause: tuple[int, int], q: Quantity) -> bool:
    """A unit-less number right after a model-performance label: ``AUC达0.92``, ``相关系数0.82``."""
    if is_year_number(q.number_text) or "." not in q.number_text:
        return False
    before = fold(text[clause[0] : q.start])
    for cue in context.vocab.cues(before):
        if context.vocab.accepts(cue.slug, "scalar") and _SCALAR_CUE_GAP.match(before[cue.end :]):
            return True
    return False


def _assign_measures(
    context: FigureContext, found: list[PendingFigure], start: int, end: int
) -> None:
    """Choose each figure's measure, in order, so later figures can take an earlier one's.

    A number that only qualifies another figure of its clause gets no measure (it is dropped)
    and is not a measure for later figures to take.
    """
    text = context.document.text
    previous: list[str] = []
    for index, f in enumerate(found):
        c_start, c_end = f.clause
        q = f.quantity
        c_start = _key_start(text, start, c_start, q.start)
        clause = fold(text[c_start:c_end])
        following = found[index + 1].quantity.start if index + 1 < len(found) else end
        window = fold(text[q.end : min(following, end)])
        choice = context.vocab.choose(
            f.kind,
            clause,
            q.start - c_start,
            q.end - c_start,
            noun=q.noun,
            window=window,
            before=fold(text[start:c_start]),
            previous=previous[::-1],
            scale_only=q.scale_only,
        )
        if choice is None or _is_qualifier(text, f, found[:index]):
            f.measure = None
            continue
        if choice.cue_start is not None and choice.cue_end is not None:
            choice = replace(
                choice, cue_start=choice.cue_start + c_start, cue_end=choice.cue_end + c_start
            )
        if choice.source == "fallback" and text[max(0, q.start - 1) : q.start] in ("+", "＋"):
            choice = replace(choice, slug="growth-rate")  # "+27% vs Q1 2024": a change
        f.measure = choice
        f.population = choice.population
        previous.append(choice.slug)


def _key_start(text: str, sentence_start: int, clause_start: int, at: int) -> int:
    """Where the words naming a value start: its key in ``中标金额：486.5万元``, ``Term: 3 years``.

    A clause that is only a value after a colon is measured by the key before the colon.
    """
    if (
        clause_start <= sentence_start
        or text[clause_start - 1] not in ":："
        or text[clause_start:at].strip()
    ):
        return clause_start
    key_end = clause_start - 1
    breaks = [text.rfind(ch, sentence_start, key_end) for ch in "，,；;。\n"]
    key_start = max([sentence_start, *(b + 1 for b in breaks if b >= 0)])
    return key_start if key_end - key_start <= 20 else clause_start


def _is_qualifier(text: str, f: PendingFigure, earlier: list[PendingFigure]) -> bool:
    """A number that only qualifies a figure: ``员工<100人``, ``超过10%`` after ``44%的管理层``.

    A bound (超过, less than) makes a number a qualifier when a survey share heads its
    clause or when it stands in brackets; ``营收增长超10%的比例`` names a measure.
    """
    q = f.quantity
    if q.symbol_bound:
        return True
    if q.bound in ("gt", "lt"):
        head = any(g.population and g.clause == f.clause for g in earlier)
        if head or inside_brackets(text, f.clause[0], q.start):
            return True
    return q.kind == "percent" and bool(_MEASURE_NAME_AFTER.match(fold(text[q.end : q.end + 8])))
