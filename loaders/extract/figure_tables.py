"""Figures in tables: one per value cell, about the row's label, measured by the header.

A value cell is measured by the words of its own cell, else its row label (``整体AI采用率``),
its column header (``采用率``) or the table caption; bare numbers take the unit a header or
caption declares (``市场规模（亿元）``). The row label cell is what the value is about (its
mentions, or the label itself filed by the column's kind: ``应用场景`` -> UseCase); a year
label (``2024E``) or year column gives the period. Cells of prose are read as sentences, and
what they leave without a subject is the row's (its product, else its label's firm). The
evidence is the row's line.

A row label no list knows is still the row's subject: typed by its column header, else the
caption (``主要厂商营收``), else by what the values measure (revenue -> a company, market size
-> a segment, AUC -> a product); a label a concept names only in part (``医学影像辅助诊断``)
is the row itself; totals (``合计``, ``Total``) are no subject. Column headers that name
things (``三级医院``, ``Model-X``) and products named in a row's other cells are subjects too;
a ``Metric`` / ``指标`` column measures its row, and a ``指标`` label column lists what is
measured of the kinds its other columns name (``指标 | 三级医院``: not hospitals), or of the
report's subject when they name none (``指标 | 2023年``); a change column (``本年比上年增减``) is a
growth rate of the latest year, a CAGR spans the table's first and last years.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from medatlas.loaders.document import Block, Table
from medatlas.loaders.extract.entity_zh import reads_as_person
from medatlas.loaders.extract.figure_about import specialise_by_subject
from medatlas.loaders.extract.figure_context import (
    CARD_MARKUP,
    CONCEPT_CLASSES,
    ENTITIES,
    GENERIC_CONCEPTS,
    ORGANISATIONS,
    FigureContext,
    PendingFigure,
    emit_figure,
    is_survey_measure,
)
from medatlas.loaders.extract.figure_headings import (
    MARKET_MEASURES,
    OFFERING_MEASURES,
    ORGANISATION_MEASURES,
    section_subject,
)
from medatlas.loaders.extract.figure_layout import FlatTable
from medatlas.loaders.extract.figure_periods import bound_period
from medatlas.loaders.extract.folding import fold
from medatlas.loaders.extract.measures import MeasureChoice
from medatlas.loaders.extract.model import Mention
from medatlas.loaders.extract.numbers import (
    COUNT_NOUNS_EN,
    Quantity,
    find_quantities,
    is_year_number,
)
from medatlas.loaders.extract.periods import PeriodMention, find_periods
from medatlas.loaders.extract.subjects import find_markets
from medatlas.loaders.readers.tables import YEAR_CELL
from medatlas.loaders.units import UnitError, normalise_amount

__all__ = ["METRIC_LABEL", "flat_table_figures", "table_figures"]

#: the method of a row label in a ``指标`` / ``Metric`` column: what is measured of the columns
METRIC_LABEL = "figures.table-metric"
_LABEL_METHOD = "figures.table-label"
#: reads a span of the document as prose: (context, start, end, block start)
ProseReader = Callable[[FigureContext, int, int, int], None]

_RANK_WORD = r"(?:序号|排名|排序|编号|名次|no\.?|#|rank(?:ing)?|id)"
# a rank column's header, in one language or two: "排名", "Rank", "排名 Rank", "序号/No."
_RANK_HEADER = re.compile(rf"^{_RANK_WORD}(?:\s*[/|]?\s*{_RANK_WORD})?$")
_UNIT_IN_HEADER = re.compile(
    r"[（(]\s*(?:单位\s*[:：]\s*)?(?P<u>[^()（）]{1,14}?)\s*[)）]|单位\s*[:：]\s*(?P<v>[^\s,，;；)）]{1,10})"
)
_LABEL_CLASSES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"细分领域|细分行业|细分市场|领域|行业|板块|赛道|子市场|segment|sector|industry"
            r"|submarket|verticals?"
        ),
        "Segment",
    ),
    (
        re.compile(r"专科|科室|specialt(?:y|ies)|departments?|disciplines?|therapeutic areas?"),
        "Segment",
    ),
    (re.compile(r"应用场景|场景|用例|use case|application"), "UseCase"),
    (re.compile(r"公司|企业|厂商|company|companies|vendor|firm"), "Company"),
    # who files or holds patents: a firm, as a patent table's 申请人 / Assignee column mostly is
    (re.compile(r"申请人|专利权人|权利人|applicants?|assignees?"), "Company"),
    (re.compile(r"机构|组织|organi[sz]ation|institution"), "Organization"),
    (re.compile(r"医院|hospital"), "Hospital"),
    (re.compile(r"产品|product"), "Product"),
    (re.compile(r"平台|platform"), "Platform"),
    (re.compile(r"模型|model"), "AIModel"),
    (re.compile(r"技术|technology"), "Technology"),
    (re.compile(r"地区|区域|省份|国家|城市|region|country|market|市场"), "Region"),
    (re.compile(r"政策|文件|policy"), "Policy"),
)
# a row label that names one thing: short, no sentence, not a total or "other" row
_NAME_LABEL = re.compile(
    r"(?!\s*(?:合计|总计|小计|总体|整体|其他|其它|平均|均值|total|subtotal|overall|others?|all|average"
    r"|mean|sum)\s*$)"
    # an account or an amount names what is measured, not a thing: 资产总额, 营业收入, 净利润
    r"(?![^。；;，,:：]*(?:总额|总计|合计|余额|收入|利润|资产|负债|成本|费用|毛利|现金流量?|权益)\s*$)"
    r"[^。；;，,:：]{2,64}",
    re.IGNORECASE,
)
_OFFERINGS = frozenset({"Product", "Platform", "AIModel"})
# the first column of a table of a thing's fields (项目 | 内容, Item | Details): keys, no names
_KEY_HEADER = re.compile(
    r"\s*(?:项目|条目|字段|属性|要素|参数|类别|item|field|attribute|key|parameter|category"
    r"|项目\s*item|item\s*项目|字段\s*field)\s*"
)
# a label column of kinds, options or bands, not of things: 收费模式, 预算区间, 医院等级, 障碍因素,
# "Pricing model", "Deal stage", "Barrier" (a caption's 企业 does not make its rows companies)
_KIND_HEADER = re.compile(
    r"模式|方式|类型|区间|档次|等级|层级|级别|阶段|环节|维度|因素|障碍|原因|选项|功能|能力|用途|渠道"
    r"|计划|意向|态度|意愿|看法|评价|分组|组别|人群|群体|\bgroups?\b|\bcohorts?\b"
    r"|收费|付费|口径|business model|pricing|\btypes?\b|\btiers?\b|\bstages?\b|factors?|reasons?"
    r"|barriers?|options?|features?|capabilit|channels?|\branges?\b|\bbands?\b|\blevels?\b"
)
_BRACKETED = re.compile(r"[（(][^()（）]*[)）]")
_METRIC_HEADER = re.compile(r"metrics?|measures?|indicators?|指标|评价指标|评估指标|性能指标|度量")
# a label column headed by no kind of thing: empty, 名称, Name
_NAME_HEADER = re.compile(r"|名称|名字|简称|全称|主体|对象|name|names|item")
_MARKED_YEAR = re.compile(r"\s*(?:19|20)\d{2}\s*年?\s*(?:[EeFfPp]|预测|预计|[（(][EeFf预][)）]?)")


def _actual_year(header: tuple[str, ...], column: int) -> bool:
    """Is the column headed by a bare year in a table whose other years are marked as
    forecasts (``2024 | 2025E | 2030E``)? Its values are actual, whatever the caption says."""
    return bool(YEAR_CELL.fullmatch(header[column])) and any(
        _MARKED_YEAR.match(cell) for cell in header
    )


_FORECAST_MARK = re.compile(r"(?:19|20)\d{2}\s?[ef]\b|预计|预测|forecast|projected|estimate")
# a cell that reads as a sentence: a clause break, not the comma of a thousands group (5,000)
_PROSE_CELL = re.compile(r"[。；;，]|,(?!\d{3}(?!\d))")
_COUNT_HEADER = re.compile(
    r"[\u4e00-\u9fff](?:数|数量|个数|总数)$|^(?:number|no\.|#) of\b|\bcount$|^(?:num|#)\s"
)
# an English header that is a plural count noun: Customers, Beds, AI tools deployed
_PLURAL_HEADER = re.compile(
    rf"(?:[a-z][\w&-]*\s){{0,2}}(?:{COUNT_NOUNS_EN}|beds)"
    r"(?:\s(?:deployed|live|signed|served|enrolled|covered|screened|treated))?"
)
_FUNDING_COLUMNS = re.compile(
    r"轮次|融资轮|投资方|投资机构|领投|\bround\b|\binvestors?\b|\bseries\b"
)
# a label column of projects (项目 | 承建单位 | 投资额): each row is a project, not a concept
_PROJECT_HEADER = re.compile(
    r"(?:重点|建设|采购|信息化|试点)?(?:项目|工程)(?:名称)?|projects?(?: name)?|initiatives?"
    r"|programmes?|programs?|schemes?"
)
# a column naming who builds or supplies the row's project: its firms share the project's figures
_BUILDER_COLUMNS = re.compile(
    r"承建|建设单位|实施单位|中标|供应商|服务商|合作企业"
    r"|contractor|supplier|vendor|delivery partner|built by|implement"
)
# a project named as a system or platform (区域影像云平台, Virtual Ward Platform)
_PLATFORM_PROJECT = re.compile(r"(?:平台|系统|云|platform|system|cloud)$")


def table_figures(
    context: FigureContext, block: Block, caption: Block | None, *, prose: ProseReader
) -> None:
    """Add the figures of a table block to *context*; *caption* is the block before it."""
    table = block.table
    assert table is not None
    text = context.document.text
    caption_text = caption.text if caption is not None and _is_caption(caption) else ""
    caption_unit = _header_unit(caption_text)
    caption_markets = (
        [
            replace(m, start=m.start + caption.start, end=m.end + caption.start)
            for m in find_markets(caption_text)
        ]
        if caption_text and caption is not None
        else []
    )
    row_spans = _row_spans(text, block, len(table.rows))
    label_col = _label_column(table.header, table.rows)
    label_cls = None
    metric_rows = False
    if label_col is not None and not _KEY_HEADER.fullmatch(fold(table.header[label_col])):
        # 层级 | 医保支付类, 机构类型 | 公立专科医院: the rows are kinds or bands, the terms a
        # figure is of, not names (a kind of institution names no institution); 指标 | 三级医院:
        # what is measured of the hospitals, not hospitals
        metric_rows = bool(_METRIC_HEADER.fullmatch(fold(table.header[label_col]).strip()))
        kinds = _KIND_HEADER.search(fold(table.header[label_col])) or metric_rows
        # 指标 | 2023年 | 2024年, 指标 | 上线前 | 上线后: the rows are measures of the report's
        # subject; 指标 | 三级医院 | 二级医院: what is measured of each kind of hospital
        of_nothing = metric_rows and not any(
            _label_class(h) for c, h in enumerate(table.header) if c != label_col
        )
        label_cls = (
            None
            if of_nothing
            else "Segment"
            if kinds
            else _label_class(table.header[label_col]) or _caption_class(caption_text)
        )
    projects = (  # 项目 | 承建单位 | 投资额; not 项目 | 2024年 | 2023年 of an annual report
        label_col is not None
        and bool(_PROJECT_HEADER.fullmatch(fold(table.header[label_col]).strip()))
        and any(_BUILDER_COLUMNS.search(fold(h)) for h in table.header)
    )
    date_col = _date_column(table.header, table.rows, label_col)
    metric_col = _metric_column(table.header, label_col)
    header_subjects = _header_subjects(context, block, table.header)
    years = sorted({y for h in table.header for p in find_periods(h) for y in p.years})
    for r, row in enumerate(table.rows):
        row_span = row_spans[r] if row_spans else (block.start, block.end)
        cells = _cell_spans(text, row_span, row) if row_spans else [None] * len(row)
        label = row[label_col] if label_col is not None else ""
        label_span = cells[label_col] if label_col is not None else None
        label_periods = find_periods(label) if label else []
        if not label_periods and date_col is not None:
            label_periods = find_periods(row[date_col])
        for c, cell in enumerate(row):
            if (
                c in (label_col, date_col, metric_col)
                or not cell.strip()
                or _RANK_HEADER.match(fold(table.header[c]).strip())
            ):
                continue
            span = cells[c]
            if span is not None and _PROSE_CELL.search(cell) and len(cell) > 16:
                before = len(context.figures)
                prose(context, span[0], span[1], span[0])
                _of_the_row(context, before, table, cells, c, label_col)
                continue
            header = table.header[c]
            unit = _header_unit(header) or (_header_unit(label) if label else None)
            quantities = _cell_quantities(cell, unit or caption_unit or _count_unit(header))
            metric = row[metric_col] if metric_col is not None else ""
            scalar = not quantities
            if scalar:
                quantities = _scalar_cell(context, cell, f"{metric} {header}")
            if not quantities:
                continue
            cell_start = span[0] if span else row_span[0]
            cell_periods = [p.shifted(cell_start) for p in find_periods(cell)]
            for q in quantities:
                q = (
                    q.shifted(cell_start)
                    if span
                    else replace(q, start=row_span[0], end=row_span[0])
                )
                if q.symbol_bound:
                    continue
                kind = "scalar" if scalar else q.kind
                choice = _table_measure(
                    context,
                    kind,
                    cell,
                    q,
                    cell_start,
                    label,
                    header,
                    caption_text,
                    others=table.header[:c] + table.header[c + 1 :],
                    metric=metric,
                )
                if choice is None:
                    continue
                row_cls = label_cls
                if (
                    row_cls is None
                    and label_col is not None
                    and _NAME_HEADER.fullmatch(fold(table.header[label_col]).strip())
                ):
                    row_cls = _measure_class(context, choice)
                if projects:
                    about = _project_about(context, table, cells, label, label_span, c)
                else:
                    about = _row_about(
                        context,
                        q,
                        span,
                        label,
                        label_span,
                        row_cls,
                        choice,
                        caption_markets,
                        caption,
                        metric_rows=metric_rows,
                    )
                about = tuple(sorted({*about, *header_subjects.get(c, ())}))
                if (
                    about
                    and not _of_firm_or_market(context, choice)
                    and label_cls not in CONCEPT_CLASSES  # 应用场景 | 代表产品: examples
                ):
                    about = tuple(sorted({*about, *_row_offerings(context, table, cells, c)}))
                if _is_market_row(choice, about):
                    choice = replace(choice, slug="market-size", source="header")
                if choice.slug == "market-size" and _FORECAST_MARK.search(
                    fold(label + " " + header + " " + cell)
                ):
                    choice = replace(choice, slug="forecast-market-size")
                elif choice.slug == "forecast-market-size" and _actual_year(table.header, c):
                    choice = replace(choice, slug="market-size")  # 2024 beside 2025E, 2030E
                found = PendingFigure(
                    quantity=q, clause=span or row_span, measure=choice, about=about, kind=kind
                )
                specialise_by_subject(context, found)
                found.period = _row_period(
                    context,
                    text,
                    q,
                    cell_periods,
                    label_periods,
                    header,
                    caption_text,
                    found.measure.slug,
                )
                if found.period is None and found.measure.slug == "cagr" and len(years) >= 2:
                    found.period = f"{years[0]}/{years[-1]}"  # 2024 | 2030F | CAGR
                elif (
                    found.period is None
                    and context.vocab.is_a(found.measure.slug, "growth-rate")
                    and years
                ):
                    found.period = str(years[-1])  # 2024年 | 2023年 | 同比增减: the latest year
                emit_figure(context, found, row_span[0], row_span[1], "figures.table")


def flat_table_figures(context: FigureContext, table: FlatTable, caption: Block | None) -> None:
    """Add the figures of a table a reader returned cell by cell (see :mod:`.figure_layout`).

    Each value is measured by its column's header and is about the names of its row's first
    cell (else of the row's other text cells).
    """
    text = context.document.text
    caption_text = caption.text if caption is not None and _is_caption(caption) else ""
    label_cls = _label_class(table.label_header) or _caption_class(caption_text)
    for row in table.rows:
        label = row.cells[0]
        about = [m for m in context.mentions_in(label.start, label.end) if m.cls in ENTITIES]
        if not about:
            about = [
                m
                for cell in row.cells[1:]
                for m in context.mentions_in(cell.start, cell.end)
                if m.cls in ENTITIES
            ]
            if label_cls is not None:  # 厂商 | ...: a name no list knows, filed by its column
                about.append(_label_mention(label.text, label.start, label.end, label_cls))
        start, end = label.start, row.values[-1].end
        for header, cell in zip(table.headers, row.values, strict=True):
            unit = _header_unit(header) or _header_unit(caption_text) or _count_unit(header)
            for q in _cell_quantities(cell.text, unit):
                q = q.shifted(cell.start)
                choice = _table_measure(
                    context, q.kind, cell.text, q, cell.start, label.text, header, caption_text
                )
                if choice is None:
                    continue
                found = PendingFigure(
                    quantity=q,
                    clause=(cell.start, cell.end),
                    measure=choice,
                    about=tuple(sorted(set(about))),
                    kind=q.kind,
                )
                found.period = _row_period(
                    context, text, q, [], [], header, caption_text, choice.slug
                )
                emit_figure(context, found, start, end, "figures.table")


def _is_caption(block: Block) -> bool:
    return (
        block.kind in ("paragraph", "heading") and len(block.text) <= 60 and "。" not in block.text
    )


@lru_cache(maxsize=8192)
def _header_unit(text: str) -> str | None:
    """The unit a header or caption declares: ``市场规模（亿元）``, ``单位：亿元``, ``(%)``."""
    for match in _UNIT_IN_HEADER.finditer(text):
        unit = (match.group("u") or match.group("v") or "").strip()
        try:
            normalise_amount("1", unit)
        except UnitError:
            continue
        return unit
    return None


def _count_unit(header: str) -> str | None:
    """``个`` for a column that counts (``落地医院数``, ``Number of sites``, ``Customers``)."""
    folded = fold(header).strip()
    return "个" if _COUNT_HEADER.search(folded) or _PLURAL_HEADER.fullmatch(folded) else None


def _counts_things(header: str) -> bool:
    """A column whose values count what its header names (``合作医院（家）``, ``试点医院数``)."""
    unit = _header_unit(header)
    counted = unit is not None and normalise_amount("1", unit)[1].endswith("/NUM")
    return counted or _count_unit(header) is not None


def _cell_quantities(cell: str, unit: str | None) -> list[Quantity]:
    quantities = [q for q in find_quantities(cell) if q.kind != "bare"]
    if quantities:
        return quantities
    bare = [q for q in find_quantities(cell) if q.kind == "bare"]
    if unit is None or len(bare) != 1 or is_year_number(bare[0].number_text):
        return []
    if CARD_MARKUP.sub("", cell.replace(bare[0].original, "")):
        return []  # a number inside words, not a value
    q = bare[0]
    value, unit_iri = normalise_amount(q.values[0], unit)
    kind = {"PERCENT": "percent", "NUM": "count"}.get(unit_iri.rsplit("/", 1)[-1], "money")
    if "/unit/" in unit_iri and kind == "money":
        kind = "duration"
    return [replace(q, values=(value,), unit=unit_iri, kind=kind)]


# a column named by what the row's sites do or use: 开展X, 使用X, 已部署X, "using X"
# (not 应用前 | 应用后, before and after a site took something up)
_ADOPTING_HEADER = re.compile(
    r"(?:已|已经)?(?:开展|使用|应用|部署|采用|上线|引入|启用|接入)"
    r"(?![前后时中率]|比例|情况|场景|人数|数量|效果)(?=[\u4e00-\u9fffA-Za-z]{2})"
    r"|(?:using|deploying|adopting|offering)\s"
)
# a column of those who plan, weigh or have not yet taken something up
_INTENT_HEADER = re.compile(
    r"计划|拟于|暂无|尚未|未开展|未使用|未应用|评估中|试点中|试点/|考虑|意向|观望"
    r"|\bplan|considering|evaluating|no plans?|not yet"
)


def _table_measure(
    context: FigureContext,
    kind: str,
    cell: str,
    q: Quantity,
    cell_start: int,
    label: str,
    header: str,
    caption: str,
    others: tuple[str, ...] = (),
    metric: str = "",
) -> MeasureChoice | None:
    """The measure of a table value: from its cell, else its row label, header or caption.

    An amount with no cue of its own in a table of funding rounds (a column ``轮次``,
    ``Round`` or ``Lead investor``; *others* are the other columns' headers) is the amount
    raised.
    """
    vocab = context.vocab
    if kind == "percent" and _INTENT_HEADER.search(fold(header)):
        # 计划一年内应用 | 暂无计划 | 试点/评估中 beside AI应用率: a share of those asked, not of
        # those using (a survey reads it as its respondents', see figures._survey_shares)
        return MeasureChoice("proportion", None, None, "header")
    if kind == "percent" and _ADOPTING_HEADER.match(fold(header)):
        # 开展规律预防治疗 | 使用出血日记App: the share of the row's sites that do or use it
        return MeasureChoice("adoption-rate", None, None, "header")
    local = q.start - cell_start
    noun = q.noun if q.noun and vocab.noun_measure(q.noun) else header
    first = vocab.choose(kind, fold(cell), local, local + len(q.original), noun=noun)
    funding = kind == "money" and bool(_FUNDING_COLUMNS.search(fold(" | ".join(others))))
    if (first is None and kind not in ("duration", "scalar")) or (
        first is not None and first.from_cue
    ):
        return first
    for words in (metric, label, header, caption):
        if not words:
            continue
        folded = fold(words)
        # a caption names the table's topic, not what each cell counts: its noun is not read
        own = (
            noun
            if words is caption
            else _counted_noun(context, kind, noun, words, label=words is label)
        )
        choice = vocab.choose(kind, folded, len(folded), len(folded), noun=own)
        if funding and choice is not None and choice.slug == "monetary-measure":
            continue  # 金额 in a table of rounds: the amount raised
        if choice is not None and choice.from_cue:
            source = "row-label" if words is label else "header"
            return replace(choice, cue_start=None, cue_end=None, source=source)
    if funding:
        return MeasureChoice("financing-amount", None, None, "header")
    if first is None and kind == "duration" and (_header_unit(label) or _header_unit(header)):
        return MeasureChoice("duration", None, None, "header")  # 耗时（分钟）: a time taken
    return first


def _counted_noun(
    context: FigureContext, kind: str, noun: str, words: str, *, label: bool = False
) -> str:
    """The noun a count in a table counts: the cell's or header's, else these words' own.

    ``获批的本地产品（个） | 9 | 14``: with no noun in the cell or the (year) header, the row
    label without its unit (its head noun, after any ``的``) names what is counted, when the
    label reads as a count (a unit, ``数量``), not as the row's subject.
    """
    if kind != "count" or context.vocab.noun_measure(noun):
        return noun
    if label and not (_header_unit(words) or _COUNT_HEADER.search(fold(words).strip())):
        return noun  # 三级医院 | 120: a row of a kind of hospital, not a count of hospitals
    own = _BRACKETED.sub("", words).strip()
    own = own.rsplit("的", 1)[-1].strip()  # 接入AI的社区卫生服务中心: the head noun after 的
    return own or noun


def _row_about(
    context: FigureContext,
    q: Quantity,
    span: tuple[int, int] | None,
    label: str,
    label_span: tuple[int, int] | None,
    label_cls: str | None,
    choice: MeasureChoice,
    caption_markets: list[Mention],
    caption: Block | None,
    *,
    metric_rows: bool = False,
) -> tuple[Mention, ...]:
    """A table value is about the mentions of its cell and of its row's label cell (in a
    ``指标`` column, what is measured: :data:`METRIC_LABEL`)."""
    about: list[Mention] = []
    if span is not None:
        about += [m for m in context.mentions_in(span[0], q.start) if m.iri not in GENERIC_CONCEPTS]
    label_is_measure = choice.source == "row-label"
    label_is_year = bool(label) and bool(
        re.fullmatch(r"\s*(?:fy)?(?:19|20)\d{2}\s*(?:年度?|e|f)?\s*", fold(label))
    )
    if label and not label_is_measure and not label_is_year:
        inside = []
        if label_span is not None:
            inside = [m for m in context.mentions_in(*label_span) if m.iri not in GENERIC_CONCEPTS]
            inside = [  # "Hospital" inside "Fenmoor General Hospital" is part of the name
                m
                for m in inside
                if not any(
                    e is not m and e.cls in ENTITIES and e.start <= m.start and m.end <= e.end
                    for e in inside
                )
            ]
            whole = _whole_label(label, label_span, inside)
            inside = [whole, *inside] if whole is not None else inside
        if inside:
            about = inside + about
        elif (
            label_cls is not None
            and label_span is not None
            and _NAME_LABEL.fullmatch(label)
            and not reads_as_person(label.strip())
        ):
            method = METRIC_LABEL if metric_rows else _LABEL_METHOD
            about.insert(
                0, _label_mention(label, label_span[0], label_span[1], label_cls, method=method)
            )
    if not about and caption is not None:
        about = list(caption_markets) or [
            m
            for m in context.mentions_in(caption.start, caption.end)
            if m.iri not in GENERIC_CONCEPTS
        ]
    if label_is_measure and label_span is not None:
        # 基层医疗机构AI辅助诊断覆盖率 | 18%: the label names the measure and what it is of
        about += _measured_things(context, label_span)
    at = span[0] if span is not None else label_span[0] if label_span is not None else None
    if not about and at is not None:
        # a case's before/after table under ``案例1 X在Y医院的应用``: the heading's subject
        heading = section_subject(context, at, context.vocab.ancestors(choice.slug))
        about = [heading] if heading is not None else []
    return tuple(sorted(set(about)))


def _measured_things(context: FigureContext, span: tuple[int, int]) -> list[Mention]:
    """What a row label that names a measure measures: its named things, not a technology.

    A segment's name that ends a longer word (``医院`` in ``二级以上医院``) is not the row's.
    """
    text = context.document.text
    return [
        m
        for m in context.mentions_in(*span)
        if (m.cls in ENTITIES or m.cls == "UseCase" or (m.cls == "Segment" and not _tail(text, m)))
        and m.iri not in GENERIC_CONCEPTS
    ]


def _tail(text: str, mention: Mention) -> bool:
    """True when *mention* ends a longer Chinese word (a character runs into it)."""
    return mention.start > 0 and "\u4e00" <= text[mention.start - 1] <= "\u9fff"


def _project_about(
    context: FigureContext,
    table: Table,
    cells: list[tuple[int, int] | None],
    label: str,
    label_span: tuple[int, int] | None,
    column: int,
) -> tuple[Mention, ...]:
    """A value in a row of projects is about the project and the firms that build it.

    The project is the things its label names (``市级影像平台升级``: the platform), else the
    label itself when it names a platform or system; concepts inside the label
    (``慢病管理云平台``: 慢病管理) are what the project is for, not what the value measures.
    The firms are the organisations of a builder column (``承建单位``, ``Contractor``).
    """
    about: list[Mention] = []
    if label_span is not None:
        about = [m for m in context.mentions_in(*label_span) if m.cls in ENTITIES]
        core = _BRACKETED.sub("", label).strip()
        if not about and _NAME_LABEL.fullmatch(core) and _PLATFORM_PROJECT.search(fold(core)):
            at = label_span[0] + label.find(core)
            about = [_label_mention(core, at, at + len(core), "Platform")]
    for c, span in enumerate(cells):
        if c == column or span is None or not _BUILDER_COLUMNS.search(fold(table.header[c])):
            continue
        about += [m for m in context.mentions_in(*span) if m.cls in ORGANISATIONS]
    return tuple(sorted(set(about)))


def _label_mention(
    label: str, start: int, end: int, cls: str, *, method: str = _LABEL_METHOD
) -> Mention:
    """A row label no list knows, filed by its column's kind (``应用场景`` -> UseCase)."""
    return Mention(
        start=start,
        end=end,
        text=label,
        cls=cls,
        confidence=0.6,
        method=method,
        name=label.strip(),
    )


def _row_period(
    context: FigureContext,
    text: str,
    q: Quantity,
    cell_periods: list[PeriodMention],
    label_periods: list[PeriodMention],
    header: str,
    caption: str,
    slug: str,
) -> str | None:
    bound = bound_period(text, q, cell_periods)
    if bound is not None:
        return bound.value
    for source in (label_periods, find_periods(header), find_periods(caption)):
        if source:
            return source[0].value
    if is_survey_measure(context, slug) or slug == "percentage-point-change":
        return context.report_period
    return None


def _row_spans(text: str, block: Block, count: int) -> list[tuple[int, int]] | None:
    """The span of each data row's line in the table's source text (header line skipped)."""
    lines = [
        (m.start() + block.start, m.end() + block.start)
        for m in re.finditer(r"[^\n]+", block.text)
        if not re.fullmatch(r"[\s|:\-–—+]*", m.group(0))
    ]
    if len(lines) == count and not any(block.table.header if block.table else ("x",)):
        return lines  # a headerless table (its first line is data): every line is a row
    if len(lines) != count + 1:
        return None
    return lines[1:]


def _cell_spans(
    text: str, row: tuple[int, int], cells: tuple[str, ...]
) -> list[tuple[int, int] | None]:
    spans: list[tuple[int, int] | None] = []
    cursor = row[0]
    for cell in cells:
        at = text.find(cell, cursor, row[1]) if cell else -1
        if at < 0:
            spans.append(None)
            continue
        spans.append((at, at + len(cell)))
        cursor = at + len(cell)
    return spans


def _label_column(header: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> int | None:
    """The column that names each row: the first that is not a rank and not mostly numbers.

    A first column of dates (``2025-01-13``) names the row only when no column of names
    follows it: in ``日期 | 公司 | 金额`` the rows are about the companies.
    """
    dates: int | None = None
    for c, name in enumerate(header):
        if _RANK_HEADER.match(fold(name).strip()):
            continue
        values = [row[c] for row in rows if row[c].strip()]
        numeric = [v for v in values if any(q.kind != "bare" for q in find_quantities(v))]
        periods = [v for v in values if _is_period_cell(v)]
        if values and len(periods) == len(values):
            if dates is None:
                dates = c
                continue
            return dates
        if values and len(numeric) * 2 <= len(values):
            if dates is not None and any(find_quantities(v) for v in values):
                return dates  # 年份 | 市场规模 with bare numbers: the years name the rows
            return c
        years = [v for v in values if find_periods(v)]
        if values and len(years) == len(values):
            return c
        return dates
    return dates


def _is_period_cell(cell: str) -> bool:
    """A cell that is only a date or a year (``2025-01-13``, ``2024年3月``, ``2024E``)."""
    periods = find_periods(cell)
    if not periods:
        return False
    rest = cell
    for p in sorted(periods, key=lambda p: -p.start):
        rest = rest[: p.start] + rest[p.end :]
    return not re.sub(r"[\s年月日eEfF]", "", rest)


def _date_column(
    header: tuple[str, ...], rows: tuple[tuple[str, ...], ...], label: int | None
) -> int | None:
    """A column of dates before the label column: it gives each row's period."""
    for c in range(len(header) if label is None else label):
        values = [row[c] for row in rows if row[c].strip()]
        if values and all(_is_period_cell(v) for v in values):
            return c
    return None


def _of_firm_or_market(context: FigureContext, choice: MeasureChoice) -> bool:
    return any(
        context.vocab.is_a(choice.slug, kind) for kind in (*ORGANISATION_MEASURES, *MARKET_MEASURES)
    )


def _row_offerings(
    context: FigureContext,
    table: Table,
    cells: list[tuple[int, int] | None],
    column: int,
) -> list[Mention]:
    """The products a row names in its other text cells (``Hospital | Product | Contract value``).

    A contract value, a usage count or a reading time in such a row is the product's too; a
    column of investors (``投资方``, ``Lead investor``) names no subject.
    """
    out = []
    for c, span in enumerate(cells):
        if c == column or span is None or _FUNDING_COLUMNS.search(fold(table.header[c])):
            continue
        out += [m for m in context.mentions_in(*span) if m.cls in _OFFERINGS]
    return out


def _of_the_row(
    context: FigureContext,
    before: int,
    table: Table,
    cells: list[tuple[int, int] | None],
    column: int,
    label: int | None,
) -> None:
    """A prose cell's figures that name no subject are its row's: ``企业 | 产品 | 进展`` with
    ``累计装配4200例`` is the product's count, else the firm's of the label cell."""
    subject = _row_offerings(context, table, cells, column)
    if not subject and label is not None and cells[label] is not None:
        span = cells[label]
        assert span is not None
        subject = [m for m in context.mentions_in(*span) if m.cls in ENTITIES]
    if not subject:
        return
    for i in range(before, len(context.figures)):
        if not context.figures[i].about:
            context.figures[i] = replace(context.figures[i], about=tuple(sorted(set(subject))))


def _scalar_cell(context: FigureContext, cell: str, words: str) -> list[Quantity]:
    """A bare decimal (``0.912``) under a metric that takes one (``AUC``, ``Dice``)."""
    bare = [q for q in find_quantities(cell) if q.kind == "bare"]
    if len(bare) != 1 or "." not in bare[0].number_text:
        return []
    if CARD_MARKUP.sub("", cell) != bare[0].original:
        return []
    folded = fold(words)
    if not any(context.vocab.accepts(c.slug, "scalar") for c in context.vocab.cues(folded)):
        return []
    return bare


def _metric_column(header: tuple[str, ...], label: int | None) -> int | None:
    """A column that names each row's measure (``Metric``, ``指标``), not the label column."""
    for c, name in enumerate(header):
        if c != label and _METRIC_HEADER.fullmatch(fold(name).strip()):
            return c
    return None


def _header_subjects(
    context: FigureContext, block: Block, header: tuple[str, ...]
) -> dict[int, tuple[Mention, ...]]:
    """Column headers that name a thing (``三级医院``, ``Model-X (base)``): their columns' subject.

    A header is a subject when its names cover at least half of its words (outside brackets);
    ``AI采用率`` names a measure, not the AI.
    """
    text = context.document.text
    line = re.search(r"[^\n]+", block.text)
    if line is None or not any(header):
        return {}
    span = (block.start + line.start(), block.start + line.end())
    out: dict[int, tuple[Mention, ...]] = {}
    for c, cell in enumerate(_cell_spans(text, span, header)):
        if cell is None:
            continue
        named = [
            m
            for m in context.mentions_in(*cell)
            if (m.cls in ENTITIES or m.cls in ("Segment", "Region"))
            and m.iri not in GENERIC_CONCEPTS
        ]
        core = _BRACKETED.sub("", header[c]).strip()
        if _counts_things(header[c]):
            continue  # 合作医院（家）: the hospitals are counted, not what the column is about
        if named and 2 * sum(m.end - m.start for m in named) >= len(core):
            out[c] = tuple(named)
    return out


def _whole_label(label: str, span: tuple[int, int], inside: list[Mention]) -> Mention | None:
    """A row label that one concept's name covers only in part: the label itself names the row.

    ``医学影像辅助诊断`` holds the use case 影像辅助诊断, ``临床决策支持（CDSS）`` the concept CDSS:
    the row is the longer name (a narrower or differently named concept), filed like the part.
    """
    core = _BRACKETED.sub("", label).strip()
    if (
        not inside
        or not _NAME_LABEL.fullmatch(core)
        or any(m.cls not in CONCEPT_CLASSES for m in inside)
        or any(fold(m.text).strip() == fold(core) for m in inside)
    ):
        return None
    at = span[0] + label.find(core)
    return _label_mention(core, at, at + len(core), inside[0].cls)


def _caption_class(caption: str) -> str | None:
    """What a caption says the rows are (``主要厂商营收``: companies), never a region.

    A caption's ``市场`` names the measure (``市场规模``), not a column of regions.
    """
    cls = _label_class(caption) if caption else None
    return cls if cls != "Region" else None


def _measure_class(context: FigureContext, choice: MeasureChoice) -> str | None:
    """What a row no header or caption types is, from what its values measure.

    Revenue or funding rows are companies, market sizes and CAGRs segments, sensitivities and
    reading times products.
    """
    for kinds, cls in (
        (ORGANISATION_MEASURES, "Company"),
        (MARKET_MEASURES, "Segment"),
        (OFFERING_MEASURES, "Product"),
    ):
        if any(context.vocab.is_a(choice.slug, kind) for kind in kinds):
            return cls
    return None


def _is_market_row(choice: MeasureChoice, about: tuple[Mention, ...]) -> bool:
    """An amount with no name of its own in a row of segments (``Tele-ophthalmology | 120``)."""
    return (
        choice.slug == "monetary-measure"
        and not choice.from_cue
        and bool(about)
        and all(m.cls in CONCEPT_CLASSES or m.cls == "Market" for m in about)
    )


def _label_class(header: str) -> str | None:
    folded = fold(header)
    for pattern, cls in _LABEL_CLASSES:
        if pattern.search(folded):
            return cls
    return None
