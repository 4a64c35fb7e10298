"""Section headings as the default subject of the figures below them.

A report that heads a section with a company, a segment or a market (``## 青禾医疗``,
``### Remote monitoring market``) states that section's figures without naming it again
(``2024年营收5.1亿元``). :func:`section_subject` returns what the nearest heading above a
figure names, when it names exactly one thing that can carry the figure's measure; a heading
of a lower level gives way to its parent when it names nothing (``### 财务表现`` under
``## 青禾医疗``).

:func:`heading_offering` returns the one offering a listicle's or digest's section heading
names (``## 3. 岐黄问道``); a numbered heading whose opening name no list knows, among
siblings that open with known offerings of one class, is taken to name one of that class.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from medatlas.loaders.document import Block
from medatlas.loaders.extract.case_studies import CASE_HEADING, pick_case_offering
from medatlas.loaders.extract.entity_common import OWN_PROFILE_TITLE
from medatlas.loaders.extract.figure_context import (
    CONCEPT_CLASSES,
    ENTITIES,
    GENERIC_CONCEPTS,
    ORGANISATIONS,
    FigureContext,
    subject_key,
)
from medatlas.loaders.extract.folding import fold
from medatlas.loaders.extract.model import Mention
from medatlas.loaders.extract.subjects import MARKET_METHOD

__all__ = [
    "Case",
    "Section",
    "case_offering",
    "heading_offering",
    "lead_label",
    "profile_owner",
    "section_subject",
    "sections_of",
]

#: measures of an organisation's own accounts: never about its product or a market
ORGANISATION_MEASURES = (
    "revenue",
    "revenue-growth",
    "net-profit",
    "gross-margin",
    "net-margin",
    "financing-amount",
    "rd-expenditure",
    "headcount",
)
#: measures of a market, a segment or a use case
MARKET_MEASURES = ("market-size", "cagr", "penetration-rate")
#: measures of what an offering does
OFFERING_MEASURES = ("model-performance", "time-measure", "efficiency-measure")
_OFFERINGS = frozenset({"Platform", "Product", "AIModel"})
_MARKET_CLASSES = CONCEPT_CLASSES | {"Market"}
_SUBJECT_CLASSES = ENTITIES | _MARKET_CLASSES
# a heading that is a market's name: 病理AI市场, "Remote monitoring market"
_MARKET_HEADING = re.compile(r"^(?P<name>.{2,24}?)\s?(?:市场|\bmarkets?)$")
# numbering before a heading's words: 3. / 一、 / （二） / Part 2: / 第三章
_NUMBERING = re.compile(
    r"^\s*(?:[(（]?[0-9一二三四五六七八九十]{1,3}[)）.、:：]|第[一二三四五六七八九十\d]{1,3}[章节部分]"
    r"|part\s\d+[.:]?|section\s\d+[.:]?)?\s*",
    re.IGNORECASE,
)


# a heading that is a position in the industry chain: 中游：算法与平台, Upstream - data and compute
_CHAIN_HEADING = re.compile(
    r"^(?:产业链)?(?P<name>上游|中游|下游|upstream|midstream|downstream)"
    r"(?:环节|企业|segment|players)?(?:$|\s?[:：（(—–\-|｜]|\s)",
    re.IGNORECASE,
)


# a heading over a list of things of one kind: 重点公司 / Company profiles / Vendor notes
_KIND_HEADINGS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"(?:重点|主要|代表性?|领先|头部)(?:公司|企业|厂商)|(?:公司|企业|厂商)(?:点评|简介|介绍|概览|名录)"
            r"|compan(?:y|ies) (?:profiles|notes)|\bcompanies\b|\bvendors\b|\bstartups\b"
            r"|\bplayers\b"
        ),
        "Company",
    ),
    (re.compile(r"(?:重点|主要|代表性?|典型)医院|hospital profiles|\bhospitals\b"), "Hospital"),
    (re.compile(r"(?:重点|主要|代表性?)产品|product (?:profiles|notes)|\bproducts\b"), "Product"),
)
# a heading that is only a name: short, no sentence punctuation, no figure, no section word
_NAME_HEADING = re.compile(
    r"(?!.*(?:情况|概况|分析|介绍|说明|简介|总结|小结|展望|趋势|风险|建议|点评|overview|summary"
    r"|outlook|notes|methodology|background|conclusion|results|highlights))"
    r"[^。！？.!?；;，,：:\d%]{2,30}",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Section:
    """A heading: where it starts, its level and the things it names."""

    start: int
    level: int
    subjects: tuple[Mention, ...]
    market: Mention | None  # the market a heading such as ``病理AI市场`` is
    kind: str | None = None  # what its sub-headings name: ``Company profiles`` -> Company


def sections_of(context: FigureContext) -> list[Section]:
    """The headings of the document below its title, in text order.

    A short line standing alone without a sentence's punctuation (``数据点评``, ``Outlook``)
    is a heading a reader did not mark: it ends the section before it, at that one's level.
    """
    if context.sections is not None:
        return context.sections
    sections: list[Section] = []
    for index, block in enumerate(context.document.blocks):
        if _is_title(context, block, index):
            continue
        if block.kind == "heading":
            section = _section(context, block, block.level or 1)
            parent = _parent(sections, section.level)
            if (
                parent is not None
                and section.market is None
                and not any(m.cls in ENTITIES for m in section.subjects)
            ):
                section = _named_by_parent(context, block, section, parent)
            sections.append(section)
        elif block.kind == "paragraph" and sections and _UNMARKED_HEADING.fullmatch(block.text):
            sections.append(_section(context, block, sections[-1].level))
    context.sections = _named_like_siblings(context, sections)
    return context.sections


# a numbered heading that opens with a name: "2. SEPTRA: early sepsis prediction", "3、X — …"
_NUMBERED_NAME = re.compile(
    r"^\s*(?:[(（]?\d{1,2}[)）.、]|第[一二三四五六七八九十\d]{1,3}[名位])\s*"
    r"(?P<name>[^\s:：—–|｜（(，,。][^:：—–|｜（(，,。]{0,28}?)\s*(?:[:：—–|｜（(]|$)"
)
_MIN_SIBLINGS = 2  # numbered headings that name a known thing before the kind is trusted


def _named_like_siblings(context: FigureContext, sections: list[Section]) -> list[Section]:
    """``## 2. SEPTRA: …`` among ``## 1. TessRet-2: …`` and ``## 3. Marrowline-FM: …``.

    A listicle or digest numbers its sections and opens each with the name of one thing. When
    at least two numbered headings of a level open with the name of a known offering of one
    class, a sibling whose opening name no list knows is a mention of that class too.
    """
    spans: dict[int, tuple[int, int]] = {}
    for index, section in enumerate(sections):
        block = _block_at(context, section.start)
        if block is None or block.kind != "heading":
            continue
        match = _NUMBERED_NAME.match(block.text)
        if match is not None:
            spans[index] = (block.start + match.start("name"), block.start + match.end("name"))
    known: dict[int, list[str]] = {}
    for index, (start, end) in spans.items():
        for m in sections[index].subjects:
            if m.cls in _OFFERINGS and m.start == start and m.end == end:
                known.setdefault(sections[index].level, []).append(m.cls)
    out = list(sections)
    for index, (start, end) in spans.items():
        section = sections[index]
        classes = known.get(section.level, [])
        if len(classes) < _MIN_SIBLINGS or any(m.cls in ENTITIES for m in section.subjects):
            continue
        name = context.document.text[start:end].strip()
        if not _NAME_HEADING.fullmatch(name):
            continue
        cls = max(sorted(set(classes)), key=classes.count)
        mention = Mention(start, start + len(name), name, cls, 0.6, "figures.heading", name=name)
        out[index] = Section(section.start, section.level, (mention,), None, section.kind)
    return out


def _block_at(context: FigureContext, start: int) -> Block | None:
    return next((b for b in context.document.blocks if b.start == start), None)


def _parent(sections: list[Section], level: int) -> Section | None:
    """The nearest heading above of a higher level (a smaller number)."""
    for section in reversed(sections):
        if section.level < level:
            return section
    return None


def _named_by_parent(
    context: FigureContext, block: Block, section: Section, parent: Section
) -> Section:
    """``### Strata Pathology`` under ``## Company profiles``: a heading that is only a name.

    The parent heading says what kind of thing its sub-headings name (as a column header
    does for its cells); a short heading without a sentence's punctuation or figures is then
    a mention of that kind, though no list knows it.
    """
    cls = parent.kind
    words = _NUMBERING.sub("", block.text).strip()
    if cls is None or not _NAME_HEADING.fullmatch(words):
        return section
    start = block.start + block.text.index(words)
    mention = Mention(
        start=start,
        end=start + len(words),
        text=words,
        cls=cls,
        confidence=0.65,
        method="figures.heading",
        name=words,
    )
    return Section(section.start, section.level, (mention,), None, section.kind)


def _is_title(context: FigureContext, block: Block, index: int) -> bool:
    title = fold(context.document.metadata.title or "").strip()
    return (block.level or 1) <= 1 and (index == 0 or fold(block.text).strip() == title)


# a line of at most 16 characters with no sentence punctuation and no figure
_UNMARKED_HEADING = re.compile(r"[^。！？.!?；;，,：:\d\n%]{2,16}")


def _section(context: FigureContext, block: Block, level: int) -> Section:
    named: dict[str, Mention] = {}
    for m in context.mentions_in(block.start, block.end):
        if m.cls in _SUBJECT_CLASSES and m.iri not in GENERIC_CONCEPTS:
            named.setdefault(m.iri or fold(m.name or m.text), m)
    market = None
    words = _NUMBERING.sub("", block.text).strip()
    match = _MARKET_HEADING.match(words)
    if match and not named:
        start = block.start + block.text.index(words)
        market = Mention(
            start=start,
            end=start + len(words),
            text=words,
            cls="Market",
            confidence=0.7,
            method=MARKET_METHOD,
            name=re.sub(r"\s+", " ", words),
        )
    chain = _CHAIN_HEADING.match(words)
    if chain and not named:  # the figures of a chain segment's section are the segment's
        start = block.start + block.text.index(words) + chain.start("name")
        market = Mention(
            start=start,
            end=start + len(chain.group("name")),
            text=chain.group("name"),
            cls="Segment",
            confidence=0.7,
            method="figures.heading",
            name=chain.group("name").lower(),
        )
    kind = next((cls for pattern, cls in _KIND_HEADINGS if pattern.search(fold(words))), None)
    return Section(block.start, level, tuple(named.values()), market, kind)


def section_subject(
    context: FigureContext, at: int, is_a: Sequence[str] | None = None
) -> Mention | None:
    """What the headings above offset *at* name, fit for a measure, if one thing.

    Args:
        context: the document's figure context.
        at: the offset of the figure.
        is_a: the measure's slug and its broader measures (``None``: any measure).

    Returns:
        The one subject of the nearest heading that names one, walking up to its parent
        headings; ``None`` when a heading names several or none names any.
    """
    sections = sections_of(context)
    index = bisect_right([s.start for s in sections], at) - 1
    ceiling = None  # a heading applies only above the levels already passed
    while index >= 0:
        section = sections[index]
        index -= 1
        if ceiling is not None and section.level >= ceiling:
            continue
        ceiling = section.level
        chosen = _fitting(section, is_a or ())
        if chosen is not None:
            return _profiled(context, chosen)
        if section.subjects:
            return None  # the section names something else: it is not a parent's figure
    return None


def _profiled(context: FigureContext, subject: Mention) -> Mention:
    """The organisation a profile's title stands for: the figures of ``X 公司简介`` are X's,
    not the profile's."""
    if subject.cls != "Report":
        return subject
    return profile_owner(context, subject.text) or subject


def profile_owner(context: FigureContext, title: str) -> Mention | None:
    """The organisation that publishes a profile of itself (``X 公司简介``, "X Fact Sheet"),
    as the text mentions it; ``None`` for any other title."""
    if not OWN_PROFILE_TITLE.search(title):
        return None
    from medatlas.loaders.extract.figure_referents import publisher_subject

    return publisher_subject(context, _PROFILED)


_PROFILED = ("Company", "Hospital", "University", "ResearchInstitution", "Organization")


def heading_offering(context: FigureContext, at: int) -> Mention | None:
    """The one offering the heading above offset *at* is about (``## 3. 岐黄问道``).

    A listicle or a digest gives each model or product its own section; the nearest heading
    that names an entity decides (walking up past headings that name none). It must name
    exactly one entity, an offering (a heading naming its maker too is not one offering's).
    """
    sections = sections_of(context)
    index = bisect_right([s.start for s in sections], at) - 1
    ceiling = None
    while index >= 0:
        section = sections[index]
        index -= 1
        if ceiling is not None and section.level >= ceiling:
            continue
        ceiling = section.level
        named = {m.iri or fold(m.name or m.text): m for m in section.subjects if m.cls in ENTITIES}
        if not named:
            continue
        only = next(iter(named.values()))
        return only if len(named) == 1 and only.cls in _OFFERINGS else None
    return None


@dataclass(frozen=True)
class Case:
    """A case study's offering and the keys of what its text says the offering is built on."""

    offering: Mention
    bases: frozenset[str]


def case_offering(context: FigureContext, at: int) -> Case | None:
    """The offering a case study (``## 案例2　安澜智慧：手术室智能排程系统``) is about.

    A case collection reports each case's results without naming the product again
    (``上线6个月后，手术室平均利用率由71.3%提升至83.6%``). The case is the nearest heading
    above, or one of its parents, that numbers a case; its offering is the one its heading
    names, else the one its text names most often, not counting what an offering is built
    on (``基于NVIDIA Clara``, ``利用MONAI``). ``None`` outside a case or when it names none.
    """
    sections = sections_of(context)
    index = bisect_right([s.start for s in sections], at) - 1
    ceiling = None
    while index >= 0:
        section = sections[index]
        if ceiling is None or section.level < ceiling:
            ceiling = section.level
            block = _block_at(context, section.start)
            if block is not None and CASE_HEADING.match(fold(block.text)):
                end = next((s.start for s in sections[index + 1 :] if s.level <= ceiling), None)
                return _offering_of_case(context, section, block, end)
        index -= 1
    return None


def _offering_of_case(
    context: FigureContext, section: Section, heading: Block, end: int | None
) -> Case | None:
    text = context.document.text
    body = context.mentions_in(heading.end, len(text) if end is None else end)
    offering, bases = pick_case_offering(text, section.subjects, body, subject_key, _OFFERINGS)
    return Case(offering, bases) if offering is not None else None


# a paragraph or list item opening with a bold name: **澄川智算**（苏州）：…, **Quillon Health**: …
_LEAD_LABEL = re.compile(
    r"[\s\-*•·]*\*\*(?P<name>[^*\n。；;，,:：\d][^*\n。；;，,:：]{1,29})\*\*"
    r"\s?(?:[(（][^()（）\n]{1,20}[)）])?\s?[:：]"
)


def lead_label(context: FigureContext, block_start: int, cls: str) -> Mention | None:
    """The name a paragraph opens with in bold (``**澄川智算**（苏州）：``), as a mention.

    An entity already found there is returned as it is; a name no list knows is filed as
    *cls* (what the figure's measure says its subject is: revenue -> a company).
    """
    text = context.document.text
    match = _LEAD_LABEL.match(text, block_start)
    if match is None:
        return None
    start, end = match.span("name")
    known = [
        m
        for m in context.mentions_in(start, end)
        if m.cls in ENTITIES and m.start == start and m.end == end
    ]
    if known:
        return known[0]
    name = match.group("name").strip()
    if not _NAME_HEADING.fullmatch(name):
        return None
    return Mention(
        start=start,
        end=start + len(name),
        text=name,
        cls=cls,
        confidence=0.6,
        method="figures.heading",
        name=name,
    )


def _fitting(section: Section, is_a: Sequence[str]) -> Mention | None:
    subjects = [m for m in section.subjects if m.cls != "Region"]
    if any(s in ORGANISATION_MEASURES for s in is_a):
        subjects = [m for m in subjects if m.cls in ORGANISATIONS]
    elif any(s in MARKET_MEASURES for s in is_a):
        subjects = [m for m in subjects if m.cls in _MARKET_CLASSES]
        if not subjects and section.market is not None:
            return section.market
    elif any(s in OFFERING_MEASURES for s in is_a):
        offerings = [m for m in subjects if m.cls in _OFFERINGS]
        subjects = offerings or subjects
    elif not subjects and section.market is not None:
        return section.market
    if len(subjects) > 1 and not any(s in MARKET_MEASURES for s in is_a):
        # 案例1 X医疗“天衡”腔镜手术机器人在Y医院的应用: the case is the one offering's, else the
        # one organisation's the heading names; the field words around them only describe it
        # (a heading naming only an offering and its maker is not one offering's)
        offerings = [m for m in subjects if m.cls in _OFFERINGS]
        sites = any(m.cls == "Hospital" for m in subjects)
        named = (
            (offerings if sites else [])
            if offerings
            else [m for m in subjects if m.cls in ENTITIES]
        )
        subjects = named if len(named) == 1 else subjects
    return subjects[0] if len(subjects) == 1 else None
