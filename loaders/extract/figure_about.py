"""What a figure is about: the subjects of its clause, its row, or the clause before it.

Rules, in order: the mentions of the figure's clause that can be subjects (not generic
concepts, not part of the measure's name, not a source such as ``据X测算`` or an investor such
as ``由X领投``, not the noun a count counts); several figures in one clause share them out
(``数字医疗（78%）和医疗技术（74%）``, ``分别为 X 和 Y``); a clause without a subject takes
the organisation an anaphor points to (``该公司``, ``the platform``) or the subject of the
clause before it; a figure that names no organisation or offering takes the one its paragraph
is about, else the one its section heading names; a survey share (``70%的受访者``) is about
its respondents and stays empty.

The measure decides what can be a subject: a firm's accounts (revenue, profit, margins,
funding, R&D spend, staff) are an organisation's, never its product's or a city's; what a
tool does (accuracy, reading time, usage) prefers the offering; ``公司`` is the company the
report defines or is about (:mod:`.figure_referents`), ``the Authority`` / ``the software``
inside a clause the body or offering named before, ``胸部CT阅片时间`` the product whose name
it shares, and names listed for figures ``respectively`` each take their own, though no list
knows them.

Structure decides the rest. A clause that names nothing before its figures has no subject of
its own and takes the one carried from before; a clause opening with the document itself
(``本次调研…``) or the speaker (``我们…``, ``We…``) carries the report or the organisation
that speaks; ``X项目由Y承建`` is about X, ``US health-AI startups raised`` about the sector,
``X的…软件`` about X's software named in part, ``, which …`` about the nearest name before
it; a possessor after the figure (``4% of the clinic's IT budget``) is its subject and what a
figure ran on (``11 days on 512 NVIDIA GPUs``) is not; the respondents of a survey share
(``3成受访医院``) are not; after ``；`` a list item's bold name is the subject again; a
target a policy document sets (``覆盖率应达到80%``) is also the policy's; and a title that
names one organisation and one offering (``How X cut … with Y``) gives both to a figure that
names nothing.

Fallbacks for a figure that names only concepts or nothing: a section a heading gives to one
offering (``## 3. 岐黄问道``) adds that offering unless the measure is a firm's accounts or a
market's; a figure naming only concepts takes the entity its section heading names; a clause
without a subject in a directory entry (``X研究院：由A与B联合设立…``) is the entry's; an
appositive (``X, the … company owned by Y, has raised``) does not change the subject; and an
anaphor (``the model``) does not reach past its section's heading.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from itertools import pairwise

from medatlas.graph.vocabulary import read_concepts
from medatlas.loaders.extract.entity_lexicon import EN_STOP_WORDS
from medatlas.loaders.extract.figure_context import (
    CONCEPT_CLASSES,
    ENTITIES,
    ORGANISATIONS,
    SURVEY_TITLE,
    FigureContext,
    PendingFigure,
    is_generic,
    is_survey_measure,
    subject_key,
)
from medatlas.loaders.extract.figure_headings import (
    MARKET_MEASURES,
    OFFERING_MEASURES,
    ORGANISATION_MEASURES,
    case_offering,
    heading_offering,
    lead_label,
    section_subject,
    sections_of,
)
from medatlas.loaders.extract.figure_referents import (
    defined_term,
    first_person,
    partial_name,
    publisher_subject,
    self_reference,
    title_subject,
)
from medatlas.loaders.extract.folding import fold
from medatlas.loaders.extract.measures import MeasureChoice
from medatlas.loaders.extract.model import Mention
from medatlas.loaders.extract.numbers import Quantity
from medatlas.loaders.extract.subjects import market_field, role_of

__all__ = [
    "CONCEPT_MEASURES",
    "OPTION_METHOD",
    "TERM_METHODS",
    "assign_about",
    "specialise_by_subject",
]

_RESPECTIVELY = re.compile(r"分别|respectively")
_RELATIVE = re.compile(r"^\s?(?:which|who)\b")
_CONJUNCTION_GAP = re.compile(r"^\s?(?:和|与|及|、|以及|,|，|and|&|/)\s?$")
_PREPOSITION_AFTER = re.compile(r"^\s?(?:in|for|of|among|at|across|with|from)\s")
_TOPIC_START = re.compile(r"^\s?(?:among|in|for|across|within|at|在|对于|其中|从|就)")
# a clause may open with when it was (2024年公司营收…, 截至2025年6月，公司…, In 2024, the company…)
_TIME_LEAD = (
    r"^\s?(?:(?:截至|截止|到)?(?:19|20)\d{2}年(?:\d{1,2}月)?(?:底|末|上半年|下半年|全年|度)?[，,]?\s?"
    r"|in (?:19|20)\d{2},?\s)?"
)
_CONJUNCTION_LEAD = r"(?:and |but |while |whereas |同时|并且|而且|而|且|并)?"
_ANAPHOR_COMPANY = re.compile(
    _TIME_LEAD
    + _CONJUNCTION_LEAD
    + r"(?P<word>该公司|该企业|本公司|公司|the company|the firm|the startup)"
)
# "我院放射科…", "本院…", "Our hospital…": the hospital the document is by or about
_ANAPHOR_HOSPITAL = re.compile(
    _TIME_LEAD + r"(?P<word>我院|本院|全院|该院|院方|科室|该科室|our hospital|the hospital)"
)
_HOSPITALS = frozenset({"Hospital"})
_ANAPHOR_ORG = re.compile(r"^\s?(?:该机构|该组织|the organi[sz]ation)")
_ANAPHOR_ANY = re.compile(
    r"^\s?(?:该系统|该平台|该模型|该产品|该工具|该方案|该软件|该设备|该算法|该数据集|该数据库|平台|系统|"
    r"其(?![中余他它次实])|它|the system|the platform|the model|the product|the tool|the software"
    r"|the device|the algorithm|the dataset|the database|it\b|its\b)"
)
_DATASET_ANAPHOR = re.compile(r"^\s?(?:该数据集|该数据库|the dataset|the database)")
_DATASETS = frozenset({"Dataset"})

_COMPANIES = frozenset({"Company"})
# "The alliance…", "该联盟…": a definite noun standing for an organisation named before
_DEFINITE = re.compile(
    r"^\s?(?:the (?P<en>alliance|association|consortium|authority|agency|commission|network"
    r"|coalition|federation|foundation|institute|ministry|regulator)\b"
    r"|该(?P<zh>联盟|协会|学会|基金会|研究院|委员会))"
)
_OFFERINGS = frozenset({"Platform", "Product", "AIModel"})
# what an offering does or how much it is used: the offering, not its maker or builder
_USED_MEASURES = (*OFFERING_MEASURES, "usage-volume", "utilization-rate", "satisfaction-rate")
_MARKET_GROWTH = re.compile(r"\bgrow|\bexpand|规模|增长至|增长到|扩大至|扩大到")
# "We forecast it will reach $1.92 billion by 2031": the forecaster's "it" is the market
_FORECAST_IT = re.compile(
    r"\b(?:forecast|expect|project|estimate|predict|anticipate)s?\b[^.;]{0,20}?\b(?:that\s+)?it\s+"
    r"(?:will|would|could|to)\s+(?:reach|grow|expand|climb|rise|hit|top|exceed|double)",
    re.IGNORECASE,
)
_MARKET_REACH = 600  # how far back (characters) a market named before is still the topic
_CLOSES_BRACKET = re.compile(r"\s?[)）]")  # "cost (54%) and privacy (47%)": a listed answer
_EXAMPLES_OF = re.compile(r"^\s?(?:等|等等|and other|and others)\s?$")


def _candidates(
    context: FigureContext,
    mentions: list[Mention],
    markets: list[Mention],
    span: tuple[int, int],
    measure: MeasureChoice | None,
    quantities: list[Quantity],
) -> tuple[list[Mention], dict[int, list[Mention]]]:
    """Mentions in *span* that can be a subject, and by count start what each count counts.

    Generic concepts, sources and investors are neither. The noun a count counts
    (``1500家医院``) and the examples before it (``国家数据局等17部门``) are what is counted,
    not what the count is about; they are the subject only if nothing else is.
    """
    text = context.document.text
    inside = [m for m in markets if span[0] <= m.start and m.end <= span[1]]
    counted: dict[int, list[Mention]] = {}
    survey = measure is not None and is_survey_measure(context, measure.slug)
    others: list[Mention] = []  # sources, investors, partners: nor is any name inside them
    for m in mentions:
        if not (span[0] <= m.start and m.end <= span[1]) or is_generic(m):
            continue
        if any(o.start <= m.start and m.end <= o.end for o in others):
            continue  # "Hospital" of "Fenwick General Hospital", a partner
        if _names_a_measure(context, m):
            continue  # "F1", "AUC" read as a name: the measure, not a subject
        if measure is not None and _consumed(context, m, measure):
            continue  # part of the measure's name: 生成式AI采用率
        if any(q.start < m.end and m.start < q.end for q in quantities):
            continue  # part of a figure
        if any(k.start <= m.start and m.end <= k.end for k in inside):
            continue  # part of a market's name
        if measure is not None and measure.population and _names_respondents(text, m, quantities):
            continue  # 3成受访医院: who answered, not what the share is about
        if _is_instrument(text, m, quantities):
            continue  # "took 11 days on 512 NVIDIA GPUs": what it ran on
        if survey and _in_answer(text, m, quantities):
            continue  # "63% said they prefer … imaging AI": what they answered
        if role_of(m, text, start=span[0]) != "subject":
            others.append(m)
            continue
        if _in_apposition(text, m, mentions):
            continue
        counts = [
            q
            for q in quantities
            if (q.end <= m.start and m.end <= q.noun_end)
            or (q.start >= m.end and _EXAMPLES_OF.match(text[m.end : q.start]))
        ]
        if counts:
            for q in counts:
                counted.setdefault(q.start, []).append(m)
            continue
        inside.append(m)
    return _prefer_subjects(context, inside, measure), {
        at: _prefer_subjects(context, found, measure) for at, found in counted.items()
    }


# between a survey share and its respondents: 3成受访医院, "41% of surveyed hospitals"
_RESPONDENT_LEAD = re.compile(
    r"\s?(?:的)?(?:受访|被访|参与调研的?|参与调查的?|接受调查的?)"
    r"|\s?of (?:the )?(?:surveyed|responding|polled|participating)\s"
)


def _names_respondents(text: str, mention: Mention, quantities: list[Quantity]) -> bool:
    """Is *mention* the respondents a survey share counts (``3成受访医院``)?"""
    return any(
        0 <= mention.start - q.end <= 12
        and _RESPONDENT_LEAD.fullmatch(fold(text[q.end : mention.start]))
        for q in quantities
    )


# between a survey share and what its respondents answered: "63% said they prefer", 62%表示
_ANSWER_VERB = re.compile(
    r"\b(?:said|say|says|reported|agreed|believe[sd]?|expect(?:ed|s)?|indicated|cited|named)\b"
    r"|表示|认为|称|预计|选择"
)
_ANSWER_REACH = 80  # characters between the share and the answer's name


def _in_answer(text: str, mention: Mention, quantities: list[Quantity]) -> bool:
    """Is *mention* part of what respondents answered, after the share and its verb?"""
    return any(
        0 < mention.start - q.end <= _ANSWER_REACH
        and _ANSWER_VERB.search(fold(text[q.end : mention.start]))
        and not re.search(r"[。；;.]", text[q.end : mention.start])
        for q in quantities
    )


# after a figure, the phrase naming what it was done on or with: "11 days on 512 NVIDIA GPUs"
_INSTRUMENT_GAP = re.compile(
    r"\s?(?:[\w\-]+\s){0,3}?(?:on|using|via|through|powered by|running on)\s"
    r"(?:[\w\-.]+\s){0,4}?"
)


def _is_instrument(text: str, mention: Mention, quantities: list[Quantity]) -> bool:
    """Is *mention* what a figure before it was achieved on (``on 512 NVIDIA H100 GPUs``)?

    Only names of things (a vendor, a product, a data set); a concept after ``on`` is what
    the figure is about (``saved 1.5 hours a day on documentation``).
    """
    return mention.cls not in CONCEPT_CLASSES and any(
        0 < mention.start - q.end <= 60
        and _INSTRUMENT_GAP.fullmatch(fold(text[q.end : mention.start]))
        for q in quantities
    )


def _names_a_measure(context: FigureContext, mention: Mention) -> bool:
    """Is a model or product mention only a measure's label (``F1``, ``AUC``, ``Dice``)?"""
    if mention.cls not in _OFFERINGS:
        return False
    folded = fold(mention.text).strip()
    return any(
        c.start == 0 and c.end == len(folded) and c.weight >= 3 for c in context.vocab.cues(folded)
    )


def _in_apposition(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """``支付方与提供方（医院、保险公司）``: names in brackets after a name are its examples."""
    opened = max(text.rfind("（", 0, mention.start), text.rfind("(", 0, mention.start))
    if opened < 0 or mention.start - opened > 40:
        return False
    if re.search(r"[)）]", text[opened : mention.start]):
        return False
    return any(0 <= opened - m.end <= 1 for m in mentions if m is not mention)


def _prefer_subjects(
    context: FigureContext, mentions: list[Mention], measure: MeasureChoice | None
) -> list[Mention]:
    """Regions only beside concepts; money is about organisations over concepts.

    ``2022年中国手术机器人...占比75%`` is about China's surgical robots; ``美国公司Abridge完成
    2.5亿美元融资`` is about Abridge (the region describes the company); a survey share is
    about a region it breaks its respondents down by (``东部地区使用率为68.9%``), not one that
    says where they are (``在东部地区``).
    """
    subjects = list(mentions)
    survey = measure is not None and is_survey_measure(context, measure.slug)
    text = context.document.text
    if any(m.cls in ENTITIES for m in mentions):
        subjects = [m for m in mentions if m.cls != "Region"]  # 美国公司Abridge: a trait
    elif survey:
        # 东部地区使用率为68.9%: a breakdown by region; 在东部地区，68.9%的受访…: where they are
        subjects = [m for m in mentions if m.cls != "Region" or not _locates(text, m)]
    if measure is not None and context.vocab.is_a(measure.slug, "number-of-organizations"):
        # "46 hospitals in X", 已在X、Y46家医院上线: where the hospitals are, not the subject
        subjects = [m for m in subjects if m.cls != "Region" or not _locates(text, m)]
    if measure is not None and context.vocab.accepts(measure.slug, "money"):
        entities = [m for m in subjects if m.cls not in CONCEPT_CLASSES]
        subjects = entities or subjects
    if measure is not None and context.vocab.is_a(measure.slug, "model-performance"):
        # 在X医院的验证中准确率达到91.3%: where the model was tested, not what scored
        subjects = [
            m
            for m in subjects
            if m.cls in _OFFERINGS
            or not _TESTED_AT.search(fold(text[max(0, m.start - 16) : m.start]))
        ]
    if _is_organisation_measure(context, measure):
        # X公司核心产品Y营收…, "the S-1 filing shows revenue of": the firm's accounts; an
        # offering or a document named without its firm leaves the firm to find before
        firms = [m for m in subjects if m.cls in ORGANISATIONS]
        subjects = firms or [m for m in subjects if m.cls not in ENTITIES and m.cls != "Region"]
    return sorted(subjects)


# before a place that only says where: "in X and", "across", 在X、, 于
_LOCATIVE = re.compile(r"(?:\b(?:in|across|throughout)\s|在|于)[^，,。；;:：]{0,12}$")


# before a site a model was tested at: "at X", "in X's", 在X的验证中
_TESTED_AT = re.compile(r"(?:\b(?:in|at|across)\s(?:the\s)?|在|于)[^，,。；;:：]{0,12}$")


def _locates(text: str, mention: Mention) -> bool:
    """Is *mention* (a place) after ``in`` / ``在``, saying where, not who?"""
    return bool(_LOCATIVE.search(fold(text[max(0, mention.start - 16) : mention.start])))


def _is_organisation_measure(context: FigureContext, measure: MeasureChoice | None) -> bool:
    """Revenue, profit, margins, funding, R&D spend, staff: measures of a firm's accounts."""
    return measure is not None and any(
        context.vocab.is_a(measure.slug, kind) for kind in ORGANISATION_MEASURES
    )


def _consumed(context: FigureContext, mention: Mention, measure: MeasureChoice) -> bool:
    """Is the mention part of what the measure names (``生成式AI`` of 生成式AI采用率)?"""
    cue = (measure.cue_start, measure.cue_end)
    if (
        cue[0] is not None
        and cue[1] is not None
        and cue[0] <= mention.start < mention.end <= cue[1]
    ):
        return True
    if mention.cls not in CONCEPT_CLASSES:
        return False
    if context.vocab.names_part(measure.slug, mention.text):
        return True
    if cue[0] is None:
        return False  # 三级医院412家: a count's classifier names no concept; the tier is its own
    names = _concept_labels().get(mention.iri or "", ())
    return any(context.vocab.names_part(measure.slug, name) for name in names)


@cache
def _concept_labels() -> dict[str, tuple[str, ...]]:
    return {
        c.iri: tuple(text for text, _ in (*c.pref_labels, *c.alt_labels)) for c in read_concepts()
    }


def assign_about(
    context: FigureContext,
    found: list[PendingFigure],
    clauses: list[tuple[int, int]],
    mentions: list[Mention],
    markets: list[Mention],
    block_start: int,
) -> None:
    """Give each figure the subjects of its clause, or of the clause before it."""
    text = context.document.text
    quantities = [f.quantity for f in found]
    carried: tuple[Mention, ...] = ()  # what the last clause spoke of
    offered: tuple[Mention, ...] = ()  # the offerings it named
    topic: tuple[Mention, ...] = ()  # an "Among X," / "在X中，" clause before a figure
    new_topic = False
    for clause in clauses:
        members = [f for f in found if f.clause == clause]
        measure = members[0].measure if members else None
        pool, counted = _candidates(context, mentions, markets, clause, measure, quantities)
        sector = _sector_subject(text, clause) or _passive_subject(context, clause, pool)
        if sector is not None and not any(m.cls in ENTITIES for m in pool):
            pool = [sector, *(m for m in pool if m.cls in CONCEPT_CLASSES)]
        if not members:
            own = _own_referent(context, clause, None)
            if own:
                carried = own  # 本次调研于…开展, 我和两位同学…: the report, the speaker's firm
                continue
            if _APPOSITIVE.match(fold(text[clause[0] : clause[1]])) and any(
                m.cls in ENTITIES for m in carried
            ):
                continue  # "X, the London-based company owned by Y, has raised…": still X
            named = _ranked_segment(text, clause)
            if named is not None and all(
                named.start <= m.start and m.end <= named.end for m in pool
            ):
                carried = (named,)  # "Imaging remains the largest segment, accounting for 58%"
            elif pool:
                carried = _possessed_offering(context, clause, pool) or _clause_subject(
                    text, pool, clause
                )
                offered = tuple(m for m in pool if m.cls in _OFFERINGS)
                topic = tuple(pool) if _TOPIC_START.match(fold(text[clause[0] : clause[1]])) else ()
                new_topic = new_topic or bool(topic)
            continue
        if topic:
            pool = _prefer_subjects(
                context, [*pool, *(m for m in topic if m.cls != "Region")], measure
            )
            topic = ()
        if carried and _RELATIVE.match(fold(text[clause[0] : clause[1]])):
            # "North America, which represented 46% of global revenue": the antecedent; names
            # after the figure ("of global revenue") are the whole, not the subject
            first = members[0].quantity.start
            head = _antecedent(context, clause)  # "Corbel's lab network, which reads…": Corbel
            pool = [*((head,) if head else carried), *(m for m in pool if m.end <= first)]
        assigned = [tuple(pool)] if len(members) == 1 else _bind(text, members, pool, clause)
        for f, about in zip(members, assigned, strict=True):
            named = (
                None if f.population else _definite_subject(context, clause, f, about, block_start)
            )
            if named is None and not f.population:
                named = _possessor_after(context, f, about)
            if named is not None:
                about = (named,)
            # a clause that names nothing before its figures has no subject of its own
            own_subject = any(m.end <= f.quantity.start for m in pool)
            if not own_subject and not f.population:
                # "our interviews with 18 developers suggest…": the report, not "EU" after it
                about = _own_referent(context, clause, f.measure) or about
            if not about and not own_subject and not _names_own_population(f):
                about = (
                    _lead_after_semicolon(context, f, block_start)
                    or _anaphora(context, clause, f.measure)
                    or _item_label(context, f, block_start, carried)
                    or _carried_for(context, f, carried)
                )
                if (
                    offered
                    and about
                    and about == carried
                    and not any(m.cls in _OFFERINGS for m in about)
                    and f.measure is not None
                    and context.vocab.is_a(f.measure.slug, "model-performance")
                ):
                    about = offered[-1:]  # X开发的模型“Y”…，准确率达到91.3%: the model scored
                if not about and f.measure is not None and f.measure.slug != "survey-sample-size":
                    about = tuple(counted.get(f.quantity.start, ()))
                if not about or all(m.cls == "Policy" for m in about):
                    # a market's size is no policy's: the market named before, past the
                    # policies that drive it (受X落地推动，我们预计市场规模将达到246亿元)
                    about = _market_before(context, f) or about
            about = _scenario_market(context, f, about)
            about = _with_speaker(context, f, about, clauses)
            about = _named_in_part(context, f, about)
            about = _with_sentence_anaphor(context, f, about, clauses)
            f.about = _discourse_subject(
                context,
                replace(f, about=_head_noun_referents(context, about)),
                block_start,
                new_topic=new_topic,
            )
            f.about = _share_price_subject(context, f)
            f.about = _policy_requirement(context, f, block_start)
            f.about = _section_offering(context, f)
            f.about = _with_option(context, f)
            f.about = _quoted_answer(context, f)
            f.about = _apposed_count(context, f)
            f.about = _rate_of_item(context, f)
            f.about = _price_of_item(context, f)
            f.about = _ranked_share_en(context, f)
            f.about = _share_holder(context, f)
            f.about = _population_term(context, f)
            f.about = _top_group(context, f)
            f.about = _condition_term(context, f)
            f.about = _counted_term(context, f)
            _holder_share(context, f)
            _option_adoption(context, f)
            if about or f.population:
                carried = about  # a survey share speaks of its respondents, not of the last name
            elif any(m.cls in ORGANISATIONS for m in f.about):
                carried = (
                    f.about
                )  # 净利润…（公司 of the report），亏损额同比收窄38%: still the firm
            specialise_by_subject(context, f)
    _study_samples(context, found)


# the sample a study ran on: "a study of 2,400 recordings", "Across 38,500 encounters, X…",
# "a reader study at Y with 6 radiologists", 纳入1,200例患者
_STUDY_SAMPLE = re.compile(
    r"(?:\b(?:study|trial|evaluation|validation|cohort)\b[^,，.;；]{0,40}?"
    r"\b(?:of|with|on|involving|including|across)|^\s?(?:across|over)|纳入|入组)\s?$"
)


def _study_samples(context: FigureContext, found: list[PendingFigure]) -> None:
    """A count a study ran on is about the offering the sentence's results are about.

    ``In the pivotal study of 2,400 recordings, the software reached a sensitivity of 96%``:
    the 2,400 recordings are the software's evaluation, not its maker's; a hospital named
    with the count (where the study ran) stays.
    """
    text = context.document.text
    for f in found:
        if f.measure is None or not context.vocab.is_a(f.measure.slug, "count"):
            continue
        if any(m.cls in _OFFERINGS for m in f.about):
            continue
        if not _STUDY_SAMPLE.search(fold(text[f.clause[0] : f.quantity.start])):
            continue
        offerings = {m for g in found if g is not f for m in g.about if m.cls in _OFFERINGS}
        if offerings:
            hospitals = {m for m in f.about if m.cls in _HOSPITALS}
            f.about = tuple(sorted(offerings | hospitals))


# a clause that only describes the name before it: ", the London-based company owned by Y,"
_APPOSITIVE = re.compile(
    r"^\s?(?:the|an?)\s[^,;]{0,60}?\b(?:company|firm|startup|maker|developer|provider|vendor"
    r"|subsidiary|unit|spin-?out|spin-?off|hospital|health system|agency|regulator|lab"
    r"|laboratory|institute|university)\b(?![^,;]*\b(?:has|have|had|is|was|were|will|raised"
    r"|reported|said|announced|reached|grew)\b)"
)


# "US health-AI startups raised…": a sector named by the firms in it, as a clause's subject
_PLACE_WORDS = (
    r"us|u\.s\.|uk|eu|european|american|chinese|global|asian|japanese|indian|german|french"
    r"|british|domestic|foreign|local"
)
# words that qualify firms without naming a sector: "these companies", "listed companies"
_NOT_A_SECTOR = (
    r"the|these|those|many|some|most|other|all|both|several|few|such|their|its|our|listed"
    r"|private|public|portfolio|large|small|big|leading|top|major|new|young|early-stage"
    r"|late-stage|more|fewer"
)
_SECTOR_SUBJECT = re.compile(
    rf"\s?(?:(?:{_PLACE_WORDS}) )?"
    rf"(?!(?:{_PLACE_WORDS}|{_NOT_A_SECTOR})\b)"
    r"(?P<sector>[a-z][a-z\-]{2,20}(?: [a-z][a-z\-]{2,20})?) (?:startups|companies|firms|vendors)"
    r"\b(?! (?:that|which|who|in|with|of)\b)"
)
_SECTOR_WORDS = re.compile(r"[a-z]{4,}|[a-z]+-[a-z]+")


def _sector_subject(text: str, clause: tuple[int, int]) -> Mention | None:
    """``US health-AI startups raised $3.2B``: the sector the clause's subject names.

    Only a clause that opens with "<sector> startups/companies/firms/vendors" (after an
    optional region) and whose sector word is not a determiner (``these companies``).
    """
    match = _SECTOR_SUBJECT.match(fold(text[clause[0] : clause[1]]))
    if match is None or not _SECTOR_WORDS.search(match.group("sector")):
        return None
    start = clause[0] + match.start("sector")
    name = text[start : clause[0] + match.end("sector")]
    return Mention(
        start=start,
        end=start + len(name),
        text=name,
        cls="Segment",
        confidence=0.6,
        method="figures.sector-subject",
        name=name,
    )


# "Imaging remains the largest segment", "医学影像仍是最大细分领域": a segment no list knows
_RANKED_SEGMENT = re.compile(
    r"\s?(?P<en>[A-Za-z][\w\- ]{1,30}?) (?:remains|is|was|became|is now) the (?:largest|biggest"
    r"|second[- ]largest|fastest[- ]growing|leading) (?:segment|market|application|use case"
    r"|category|area)\b"
    r"|\s?(?:其中|而|从细分领域看|从细分市场看|分领域看)?[，,]?"
    r"(?P<zh>[\u4e00-\u9fffA-Za-z]{2,12}?)(?:仍是|仍然是|依然是|是|成为)(?:最大|第二大|增长最快)的?"
    r"(?:细分领域|细分市场|应用场景|应用领域|领域|市场|板块)"
)


def _ranked_segment(text: str, clause: tuple[int, int]) -> Mention | None:
    match = _RANKED_SEGMENT.match(text, clause[0], clause[1])
    if match is None:
        return None
    group = "en" if match.group("en") else "zh"
    start, end = match.span(group)
    name = text[start:end].strip()
    return Mention(
        start=start,
        end=start + len(name),
        text=name,
        cls="Segment",
        confidence=0.6,
        method="figures.ranked-segment",
        name=name,
    )


def _carried_for(
    context: FigureContext, f: PendingFigure, carried: tuple[Mention, ...]
) -> tuple[Mention, ...]:
    """The previous clause's subject, unless it cannot carry the figure's measure.

    Revenue, profit or funding after ``…以及“X平台”的放量；其中软件收入约4.1亿元`` is not the
    product's: a measure of a firm's accounts takes only an organisation from before.
    """
    if (
        _market_measure(context, f.measure) or _is_organisation_measure(context, f.measure)
    ) and all(m.cls == "Report" for m in carried):
        return ()  # 本次调研…，市场规模…: the market or the firm, not the report
    if _is_organisation_measure(context, f.measure) and (
        any(m.cls in _OFFERINGS for m in carried) or all(m.cls == "Region" for m in carried)
    ):
        return ()  # not the product, not the city of the stock exchange
    if (
        f.measure is not None
        and f.measure.slug in _FIRM_ONLY
        and not any(m.cls in ORGANISATIONS for m in carried)
    ):
        return ()  # staff, profit, margins: only a firm has them
    return carried


_FIRM_ONLY = frozenset({"headcount", "net-profit", "gross-margin", "net-margin", "rd-expenditure"})


def _firm_of_document(context: FigureContext, before: int, slug: str) -> Mention | None:
    """The organisation a report's ``公司`` / ``the Company`` stands for, else the one its
    section heading names, else its title's, else its stated publisher's."""
    for term in ("公司", "本公司", "company"):
        defined = defined_term(context, term, ORGANISATIONS, before)
        if defined is not None:
            return defined
    heading = section_subject(context, before, context.vocab.ancestors(slug))
    if heading is not None:
        return heading
    titled = title_subject(context, ORGANISATIONS)
    if titled is not None or context.vocab.is_a(slug, "financing-amount"):
        return titled  # the money a sector raised is not the tracker's publisher's
    return publisher_subject(context, frozenset({"Company"}))  # a shareholder letter's firm


def _clause_subject(text: str, pool: list[Mention], clause: tuple[int, int]) -> tuple[Mention, ...]:
    """What a clause without a figure speaks of, for the clauses after it.

    The organisation or offering that opens it is its subject (``X医院是一所三级甲等综合医院，
    开放床位2,600张``: the beds are X's); otherwise the first one it names (``公司核心产品X于
    2023年获得…注册证，已在420余家医院落地``: the hospitals are X's, not the licence's), and
    only a clause that names no organisation or offering carries the last concept it names.
    """
    first = pool[0]
    if first.cls in ENTITIES and not fold(text[clause[0] : first.start]).strip(" 　,，"):
        return (first,)
    named = [m for m in pool if m.cls in ENTITIES and m.cls != "Report"]
    return (named[-1],) if named else (pool[-1],)


def _named_in_part(
    context: FigureContext, f: PendingFigure, about: tuple[Mention, ...]
) -> tuple[Mention, ...]:
    """``胸部CT平均阅片时间…`` after ``知澈胸部CT智能诊断系统``: the offering named in part.

    Only for a figure that names no organisation or offering and measures what a product
    does or handles (not a firm's accounts, a market or a survey share).
    """
    measure = f.measure
    if (
        f.population
        or measure is None
        or any(m.cls in ENTITIES for m in about)
        or is_survey_measure(context, measure.slug)
        or _is_organisation_measure(context, measure)
        or any(context.vocab.is_a(measure.slug, k) for k in MARKET_MEASURES)
    ):
        return about
    offerings = [m for m in context.mentions_in(0, f.clause[0]) if m.cls in _OFFERINGS]
    words = context.document.text[f.clause[0] : f.quantity.start]
    named = partial_name(context, words, offerings)
    if named is None:
        return about
    return (named, *(m for m in about if m.cls != "Technology"))


def _with_sentence_anaphor(
    context: FigureContext,
    f: PendingFigure,
    about: tuple[Mention, ...],
    clauses: list[tuple[int, int]],
) -> tuple[Mention, ...]:
    """``该产品…，临床试验中诊断准确率为91.2%``: the thing the sentence opens by pointing to.

    A figure whose clause names only concepts (a use case, a technology) in a sentence that
    opens with an anaphor (``该系统``, ``系统``, ``the platform``, ``科室``) is also about what
    the anaphor points to. Survey shares stay with their respondents.
    """
    if (
        f.population
        or f.measure is None
        or not clauses
        or f.clause == clauses[0]
        or any(m.cls not in CONCEPT_CLASSES for m in about)
        or is_survey_measure(context, f.measure.slug)
    ):
        return about
    pointed = _anaphora(context, clauses[0], f.measure)
    if _is_organisation_measure(context, f.measure):
        pointed = tuple(m for m in pointed if m.cls in ORGANISATIONS)
    return (*about, *pointed) if pointed else about


def _names_own_population(f: PendingFigure) -> bool:
    """``23% of pathology labs``, ``70%的受访者``: a share of a population names its subject."""
    return f.population


def _market_before(context: FigureContext, f: PendingFigure) -> tuple[Mention, ...]:
    """``市场规模将达到152亿元``, ``we project it to grow to``: the market named just before.

    A market size or growth that names no market is the one the text last named (in the
    preceding sentences of its section); a bare amount said to grow is then a market size.
    """
    if f.measure is None:
        return ()
    vocab = context.vocab
    slug = f.measure.slug
    text = context.document.text
    clause = fold(text[f.clause[0] : f.clause[1]])
    grows = slug == "monetary-measure" and bool(
        _MARKET_GROWTH.search(clause) or _FORECAST_IT.search(clause)
    )
    if not (vocab.is_a(slug, "market-size") or vocab.is_a(slug, "cagr") or grows):
        return ()
    start = f.clause[0]
    earlier = [
        m
        for m in context.markets
        if start - _MARKET_REACH <= m.start and m.end <= start and "\n#" not in text[m.end : start]
    ]
    if not earlier:
        return ()
    if grows:
        f.measure = replace(f.measure, slug="market-size", source="inherited")
    return (earlier[-1],)


def _anaphora(
    context: FigureContext, clause: tuple[int, int], measure: MeasureChoice | None = None
) -> tuple[Mention, ...]:
    """``公司目前服务...``, ``该系统...``, ``The company...``: the one named just before.

    ``其``/``its`` before a measure of a firm's accounts (``Its gross margin``) is the last
    organisation named, not the product named after it.
    """
    text = context.document.text
    head = fold(text[clause[0] : clause[1]])
    named = _definite_description(context, head, clause[0])
    if named is not None:
        return (named,)
    own = _ANAPHOR_COMPANY.match(head) or _ANAPHOR_HOSPITAL.match(head)
    if own is not None:
        classes = _COMPANIES if own.re is _ANAPHOR_COMPANY else _HOSPITALS
        word = own.group("word")
        defined = defined_term(context, word.removeprefix("the "), classes, clause[0])
        if defined is not None:
            return (defined,)  # 澜泽医疗（以下简称“公司”）… 公司营收: the defined one
        # "X由Y公司开发，该公司披露…": the maker a passive names is the company meant
        earlier = _subjects_before(
            context, clause[0] - 400, clause[0], classes, roles=("subject", "agent")
        )
        titled = title_subject(context, classes)  # 公司, 本公司, 我院: the report's own
        # "The company now employs…" after a partner was named: the one the title is about
        if (
            word.startswith("the ")
            and titled is not None
            and any(_same(m, titled) for m in earlier)
        ):
            return (titled,)
        if earlier and not (word.startswith(("本", "我", "our")) or word == "公司"):
            return (earlier[-1],)
        if titled is not None:
            return (titled,)
        return (earlier[-1],) if earlier else ()
    if _ANAPHOR_ORG.match(head):
        classes = ORGANISATIONS
    elif _ANAPHOR_ANY.match(head):
        classes = ENTITIES
    else:
        return _own_referent(context, clause, measure)
    reach = max(clause[0] - 400, _section_start(context, clause[0]))  # not past a heading
    earlier = _subjects_before(context, reach, clause[0], classes)
    if classes is ENTITIES and _is_organisation_measure(context, measure):
        earlier = [m for m in earlier if m.cls in ORGANISATIONS] or earlier
    elif classes is ENTITIES and _DATASET_ANAPHOR.match(head):
        earlier = [m for m in earlier if m.cls in _DATASETS] or earlier
    elif classes is ENTITIES and (_offering_anaphor(head) or _is_performance(context, measure)):
        # "In a study at X Hospital, it reached a sensitivity of 88%": what scores is the
        # offering named before, not the site the study ran at
        earlier = [m for m in earlier if m.cls in _OFFERINGS] or earlier
    return (earlier[-1],) if earlier else ()


def _is_performance(context: FigureContext, measure: MeasureChoice | None) -> bool:
    """Sensitivity, AUC, accuracy: measures of how well a model or a product does."""
    return measure is not None and context.vocab.is_a(measure.slug, "model-performance")


def _section_start(context: FigureContext, at: int) -> int:
    """Where the section holding offset *at* starts (its heading), else 0."""
    starts = [s.start for s in sections_of(context) if s.start <= at]
    return starts[-1] if starts else 0


def _offering_anaphor(head: str) -> bool:
    """``该软件``, ``the platform``: an anaphor whose noun is an offering's (not ``其``, ``it``)."""
    match = _ANAPHOR_ANY.match(head)
    if match is None:
        return False
    word = match.group(0).strip()
    return word not in ("其", "它", "it", "its") and not word.startswith(("it", "其", "它"))


# "the Authority granted 17 approvals", "同期该公司营收…": a definite noun before the number
_DEFINITE_INSIDE = re.compile(
    r"(?:^|\s)the (?P<en>alliance|association|consortium|authority|agency|commission|network"
    r"|coalition|federation|foundation|institute|ministry|regulator)\b"
    r"|该(?P<zh>联盟|协会|学会|基金会|研究院|委员会)"
    r"|(?:^|\s)the (?P<offering>software|tool|platform|model|product|device|app|algorithm)\b"
    r"|该(?:软件|系统|产品|平台|模型|工具|算法|设备)"
)
_OFFERING_REACH = 600  # how far back (characters) "the software" still points


def _definite_subject(
    context: FigureContext,
    clause: tuple[int, int],
    f: PendingFigure,
    about: tuple[Mention, ...],
    block_start: int = 0,
) -> Mention | None:
    """The organisation a definite noun before the figure names, when it is the clause's subject.

    ``In the first half of 2025 the Authority granted 17 approvals for AI-enabled devices``:
    the count is the Authority's, not the devices'. Applies only when no entity (organisation
    or offering) is named before the figure.
    """
    text = context.document.text
    q = f.quantity
    if any(m.cls in ENTITIES and m.end <= q.start for m in about):
        return None
    lead = fold(text[clause[0] : q.start])
    matches = list(_DEFINITE_INSIDE.finditer(lead))
    if not matches:
        return None
    match = matches[-1]
    noun = match.group("en") or match.group("zh")
    at = clause[0] + match.start()
    if any(m.cls in ENTITIES and m.start >= at and m.end <= q.start for m in about):
        return None
    if noun is None:  # "the software reached a sensitivity of": the offering named before,
        # the one the title introduces when it names one ("Introducing X: …")
        reach = max(at - _OFFERING_REACH, _section_start(context, at))  # not past a heading
        earlier = _subjects_before(context, reach, at, _OFFERINGS)
        titled = title_subject(context, _OFFERINGS)
        if titled is not None and any(_same(m, titled) for m in earlier):
            return titled
        if not any(m.start >= block_start for m in earlier):
            firm = _firm_of_item(context, block_start, at)
            if firm is not None:
                return firm  # "- **X** raised…. …the product is live in 650 practices": X's
        return earlier[-1] if earlier else None
    return _named_with(context, noun, english=bool(match.group("en")), before=at)


def _same(a: Mention, b: Mention) -> bool:
    return (a.iri or fold(a.name or a.text)) == (b.iri or fold(b.name or b.text))


def _named_with(context: FigureContext, noun: str, *, english: bool, before: int) -> Mention | None:
    """The nearest organisation named before *before* whose name ends with *noun*."""
    for mention in reversed(context.mentions_in(0, before)):
        if mention.cls not in ORGANISATIONS:
            continue
        name = fold(mention.name or mention.text)
        if (english and name.split()[-1:] == [noun] and " " in name) or (
            not english and name.endswith(noun) and len(name) > len(noun)
        ):
            return mention
    return None


def _definite_description(context: FigureContext, head: str, before: int) -> Mention | None:
    """``The alliance now has…``, ``该联盟…``: the last organisation named with that head noun.

    The noun must end an organisation's name named earlier in the document (``Riverbend
    Medical AI Alliance``, ``河湾医疗联盟``); the nearest such name wins.
    """
    match = _DEFINITE.match(head)
    if match is None:
        return None
    noun = match.group("en") or match.group("zh")
    return _named_with(context, noun, english=bool(match.group("en")), before=before)


def _head_noun_referents(context: FigureContext, about: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """A subject written as one word of a longer name is the body it shortens.

    Reports define a body once in full and then call it by its last word (``the Authority``)
    or its first (``Westgate`` for Westgate Medical Center); the nearest earlier organisation
    whose multi-word name ends or starts with that word is meant.
    """
    out = []
    for mention in about:
        word = fold(mention.text)
        referent = None
        if mention.cls in ORGANISATIONS and word.isalpha() and word.isascii():
            for earlier in reversed(context.mentions_in(0, mention.start)):
                name = fold(earlier.name or earlier.text).split()
                if earlier.cls in ORGANISATIONS and len(name) > 1 and word in (name[0], name[-1]):
                    referent = earlier  # the Authority, Westgate (Westgate Medical Center)
                    break
        out.append(referent or mention)
    return tuple(out)


_ROLE_REACH = 96  # how far back a name's role is read ("was adopted by A and the B")


def _subjects_before(
    context: FigureContext,
    start: int,
    end: int,
    classes: frozenset[str],
    roles: tuple[str, ...] = ("subject",),
) -> list[Mention]:
    """Mentions of *classes* in ``[start, end)`` that are subjects (not sources, investors),
    or that play one of *roles*."""
    text = context.document.text
    return [
        m
        for m in context.mentions_in(start, end)
        if m.cls in classes
        and role_of(m, text, start=max(0, m.start - _ROLE_REACH)) in roles
        and not _names_a_measure(context, m)
    ]


def _discourse_subject(
    context: FigureContext, f: PendingFigure, block_start: int, *, new_topic: bool
) -> tuple[Mention, ...]:
    """The organisation or offering a paragraph is about, for a figure that names none.

    ``MAI-DxO系统...。复杂病例诊断准确率达85.5%``: the accuracy is MAI-DxO's. Survey shares,
    which are about their respondents, never take one, nor does a sentence that opens a new
    topic (``在肺结节筛查中，...``).
    """
    if f.population or f.measure is None or is_survey_measure(context, f.measure.slug):
        return f.about
    if any(m.cls in ENTITIES or m.cls == "Market" for m in f.about):
        return f.about
    earlier = _subjects_before(context, block_start, f.clause[0], ENTITIES)
    if not earlier:
        lead = _lead_subject(context, f, block_start)
        if lead is not None:
            return (lead,) if _is_organisation_measure(context, f.measure) else (*f.about, lead)
    if not earlier or new_topic:
        if f.about:
            return _heading_for_concepts(context, f)
        if _is_organisation_measure(context, f.measure):
            firm = _firm_of_document(context, f.clause[0], f.measure.slug)
            return (firm,) if firm is not None else ()
        heading = section_subject(context, f.clause[0], context.vocab.ancestors(f.measure.slug))
        return (heading,) if heading is not None else _title_pair(context, f)
    if _is_organisation_measure(context, f.measure):
        # revenue, funding, staff: the firm, never its product (公司核心产品Y…，公司营收…)
        firms = [m for m in earlier if m.cls in ORGANISATIONS]
        if not firms:
            firm = _firm_of_document(context, f.clause[0], f.measure.slug)
            return tuple(sorted({*f.about, firm})) if firm is not None else f.about
        earlier = firms
    elif any(context.vocab.is_a(f.measure.slug, kind) for kind in _USED_MEASURES):
        # a model's accuracy or a tool's reading time: the offering, not its maker
        offerings = [m for m in earlier if m.cls in _OFFERINGS]
        earlier = offerings or earlier
    return tuple(sorted({*f.about, earlier[-1]}))


#: measures a concept is the fair subject of: a market's size and growth, a sector's funding
CONCEPT_MEASURES = (
    *MARKET_MEASURES,
    "forecast-market-size",
    "growth-rate",
    "financing-amount",
    "number-of-financing-deals",
)


def _heading_for_concepts(context: FigureContext, f: PendingFigure) -> tuple[Mention, ...]:
    """A figure that names only concepts is also the section's entity, if its heading names one.

    ``## 澄川智算`` … ``在病理切片分析中，准确率达94%``: the use case says which part of the
    work; the accuracy is the firm's or product's the heading names. Not for what a concept
    is the fair subject of (a market's size or growth, a sector's funding, a survey share).
    """
    assert f.measure is not None
    slug = f.measure.slug
    if any(m.cls not in CONCEPT_CLASSES for m in f.about) or any(
        context.vocab.is_a(slug, kind) for kind in CONCEPT_MEASURES
    ):
        return f.about
    heading = section_subject(context, f.clause[0], context.vocab.ancestors(slug))
    if heading is None or heading.cls not in ENTITIES:
        return f.about
    return (*f.about, heading)


def _lead_subject(context: FigureContext, f: PendingFigure, block_start: int) -> Mention | None:
    """``- **澄川智算**（苏州）：…2025年营收2.1亿元``: the bold name the item opens with.

    A name no list knows is a company for a firm's accounts, a product for what an offering
    does; for other measures only a name already found is taken.
    """
    assert f.measure is not None
    cls = "Company" if _is_organisation_measure(context, f.measure) else None
    if cls is None and any(context.vocab.is_a(f.measure.slug, k) for k in _USED_MEASURES):
        cls = "Product"
    lead = lead_label(context, block_start, cls or "")
    if lead is None or (lead.method == "figures.heading" and cls is None):
        return None
    return lead


def _bind(
    text: str, members: list[PendingFigure], pool: list[Mention], clause: tuple[int, int]
) -> list[tuple[Mention, ...]]:
    """Which mentions of a clause go with which of its several figures."""
    if _RESPECTIVELY.search(fold(text[clause[0] : clause[1]])):
        run = _listed_names(text, clause, members, pool) or _enumeration(text, pool, len(members))
        if run:
            shared = tuple(
                m
                for m in pool
                if m not in run and not any(r.start <= m.start and m.end <= r.end for r in run)
            )
            return [(m, *shared) for m in run]
    first = members[0].quantity.start
    shared = tuple(m for m in pool if m.end <= first)
    out = []
    for index, f in enumerate(members):
        q = f.quantity
        left_start = members[index - 1].quantity.end if index else clause[0]
        right_end = members[index + 1].quantity.start if index + 1 < len(members) else clause[1]
        left = tuple(m for m in pool if left_start <= m.start and m.end <= q.start)
        right = tuple(m for m in pool if q.end <= m.start and m.end <= right_end)
        if right and f.population and not _CLOSES_BRACKET.match(text[q.end : q.end + 2]):
            out.append(right)  # 31% use an ambient scribe: what the share uses
        elif f.population:
            out.append(())
        elif right and _PREPOSITION_AFTER.match(fold(text[q.end : right[0].start + 1])):
            out.append(right[:1])
        elif left:
            out.append(left[-1:] if index else left)
        else:
            out.append(shared)
    return out


_LIST_VERB = re.compile(
    r"分别|占比|占据|占|为|达到?|\b(?:accounted|accounting|represented|made up|make up|were|was"
    r"|are|held|reached|grew)\b"
)
_LIST_SPLIT = re.compile(r"\s*(?:、|，|,|以及|和|与|及|\band\b|&)\s*")
_LIST_LEAD = re.compile(r"\s*(?:其中|此外|另外|among them|of these|of which)?[，,:：]?\s*", re.I)
_LIST_PART = re.compile(r"[^\d%。；;：:()（）]{2,24}")


def _listed_names(
    text: str, clause: tuple[int, int], members: list[PendingFigure], pool: list[Mention]
) -> tuple[Mention, ...] | None:
    """``跌倒监测和慢病随访分别占比34%和22%``: the listed names, though no list knows some.

    The words before the verb, split at 、/和/and, give one name per figure; a part a mention
    covers is that mention, the others are new concepts (or of the class of the named ones).
    """
    first = members[0].quantity.start
    lead = _LIST_LEAD.match(text, clause[0], first)
    start = lead.end() if lead else clause[0]
    verb = _LIST_VERB.search(text, start, first)
    if verb is None:
        return None
    parts = []
    cursor = start
    for gap in [*_LIST_SPLIT.finditer(text, start, verb.start()), None]:
        end = gap.start() if gap is not None else verb.start()
        while end > cursor and text[end - 1].isspace():
            end -= 1
        parts.append((cursor, end))
        if gap is not None:
            cursor = gap.end()
    if len(parts) != len(members) or not all(_LIST_PART.fullmatch(text[a:b]) for a, b in parts):
        return None
    known = {(m.start, m.end): m for m in pool}
    kinds = [m.cls for m in pool if (m.start, m.end) in parts]
    cls = kinds[0] if kinds else "Segment"
    return tuple(
        known.get(
            (a, b),
            Mention(
                start=a,
                end=b,
                text=text[a:b],
                cls=cls,
                confidence=0.6,
                method="figures.enumeration",
                name=text[a:b],
            ),
        )
        for a, b in parts
    )


def _enumeration(text: str, pool: list[Mention], size: int) -> tuple[Mention, ...] | None:
    """A run of *size* mentions joined by 和/与/、/and: the subjects of ``分别为 X 和 Y``."""
    for begin in range(len(pool) - size + 1):
        run = pool[begin : begin + size]
        if all(_CONJUNCTION_GAP.match(fold(text[a.end : b.start])) for a, b in pairwise(run)):
            return tuple(run)
    return None


# a share's price (目标价, last close): the listed firm's, not the broker's that sets it
_SHARE_PRICE = re.compile(
    r"目标价|收盘价|股价|last close|closing price|closed at|share price|stock price|price target"
    r"|target price"
)


def _share_price_subject(context: FigureContext, f: PendingFigure) -> tuple[Mention, ...]:
    """A target price or last close is the firm's the report's title names, if one.

    ``Varnelle Medical (VRNL US): ...`` / ``Target price: US$38.50``: a broker's note is about
    the listed firm its title names; the broker in the byline only sets the price.
    """
    m = f.measure
    if m is None or m.slug != "price":
        return f.about
    text = context.document.text
    cue = text[m.cue_start : m.cue_end] if m.cue_start is not None and m.cue_end else ""
    line = text.rfind("\n", 0, f.quantity.start) + 1
    key = text[max(line, f.quantity.start - 24) : f.quantity.start]  # Last close: US$…
    if not _SHARE_PRICE.search(fold(cue)) and not _SHARE_PRICE.search(fold(key)):
        return f.about
    title = fold(context.document.metadata.title or "")
    firms = {
        x.iri or fold(x.name or x.text): x
        for x in context.mentions
        if x.cls in ORGANISATIONS and len(x.text) >= 3 and fold(x.text) in title
    }
    return (next(iter(firms.values())),) if len(firms) == 1 else f.about


def specialise_by_subject(context: FigureContext, f: PendingFigure) -> None:
    """An adoption rate of a use case is a use-case adoption rate."""
    if (
        f.measure is not None
        and f.measure.slug == "adoption-rate"
        and any(m.cls == "UseCase" for m in f.about)
    ):
        f.measure = replace(f.measure, slug="use-case-adoption-rate")


# a scenario of a forecast: 若商业健康险保费保持年均12%的增长, "in a bull case", "if payers…"
_SCENARIO = re.compile(
    r"若|如果|假如|假设|情景|情形|\bif\b|\bscenario|\b(?:bull|bear|base|upside|downside) case",
    re.IGNORECASE,
)


def _scenario_market(
    context: FigureContext, f: PendingFigure, about: tuple[Mention, ...]
) -> tuple[Mention, ...]:
    """A market size in a scenario (``乐观情景下，若商业健康险保费保持年均12%的增长，规模可达
    312亿元``) is the size of the market the report sizes: what the condition names (health
    insurance, a payer) is not what is sized. The market is the one the text named last,
    before the sensitivity section's heading too."""
    if f.measure is None or any(m.cls == "Market" for m in about):
        return about
    slug = f.measure.slug
    if not any(context.vocab.is_a(slug, k) for k in ("market-size", "cagr")):
        return about
    text = context.document.text
    if not _SCENARIO.search(text, _sentence_start(text, f.quantity.start), f.quantity.start):
        return about
    # a market with a field of its own: not 细分市场, a table's heading word
    earlier = [
        m for m in context.markets if m.end <= f.quantity.start and market_field(m) is not None
    ]
    return (earlier[-1],) if earlier else about


# ---- the document itself, the speaker, possessors ---------------------------------------------
def _market_measure(context: FigureContext, measure: MeasureChoice | None) -> bool:
    """Market size, CAGR, penetration and their forecasts: measures of a market."""
    return measure is not None and any(
        context.vocab.is_a(measure.slug, kind)
        for kind in (*MARKET_MEASURES, "forecast-market-size")
    )


def _own_referent(
    context: FigureContext, clause: tuple[int, int], measure: MeasureChoice | None
) -> tuple[Mention, ...]:
    """``本次调研…``: the report itself; ``我们…`` / ``We…``: the organisation that speaks.

    Neither is the subject of a market's size or growth (``我们预计市场规模…`` is the
    market's), nor is the speaker that of a survey share.
    """
    if _market_measure(context, measure):
        return ()
    head = fold(context.document.text[clause[0] : clause[1]])
    if measure is not None and measure.slug == "monetary-measure" and _FORECAST_IT.search(head):
        return ()  # "We forecast it will reach $1.92 billion": the market's, named before
    report = self_reference(context, head)
    if report is not None:
        return (report,)
    if measure is not None and is_survey_measure(context, measure.slug):
        return ()
    speaker = first_person(context, head, clause[0], ORGANISATIONS)
    return (speaker,) if speaker is not None else ()


def _with_speaker(
    context: FigureContext,
    f: PendingFigure,
    about: tuple[Mention, ...],
    clauses: list[tuple[int, int]],
) -> tuple[Mention, ...]:
    """``我们的数据积累…标注过的心电图超过3000万份``: a sentence opening with the speaker.

    A figure that names only concepts in a sentence whose first clause (after a speaker's
    label such as ``答：`` / ``A:``) opens with ``我们`` / ``We`` / ``本次调研`` is also about
    the organisation (or report) that speaks.
    """
    opener = next((c for c in clauses if c[1] - c[0] > _LABEL_CLAUSE), None)
    if (
        f.population
        or opener is None
        or opener[0] > f.clause[0]
        or any(m.cls not in CONCEPT_CLASSES for m in about)
    ):
        return about
    return (*about, *_own_referent(context, opener, f.measure))


_LABEL_CLAUSE = 4  # a clause this short before a colon is a label (答, Q, A, 记者)


# "2-3% of the clinic's IT budget", "12% of Harbor Health's beds": the possessor after "of"
_POSSESSOR_NOUN = re.compile(
    r"\s?(?:of|at) the (?P<noun>clinic|hospital|center|centre|university|alliance|association"
    r"|consortium|authority|agency|commission|network|institute|ministry|regulator)['’]s\s"
)
_OF_GAP = re.compile(r"\s?of\s")
_POSSESSIVE = ("'s", "’s")


def _possessor_after(
    context: FigureContext, f: PendingFigure, about: tuple[Mention, ...]
) -> Mention | None:
    """The organisation a share is of (``2-3% of the clinic's IT budget``), if the clause
    names no organisation or offering before the figure."""
    text = context.document.text
    q = f.quantity
    if any(m.cls in ENTITIES and m.end <= q.start for m in about):
        return None
    rest = fold(text[q.end : f.clause[1]])
    match = _POSSESSOR_NOUN.match(rest)
    if match is not None:
        return _named_with(context, match.group("noun"), english=True, before=q.start)
    for mention in context.mentions_in(q.end, f.clause[1]):
        if (
            mention.cls in ORGANISATIONS
            and _OF_GAP.fullmatch(fold(text[q.end : mention.start]))
            and text[mention.end : mention.end + 2] in _POSSESSIVE
        ):
            return mention
    return None


_SEMICOLONS = ("；", ";")


def _lead_after_semicolon(
    context: FigureContext, f: PendingFigure, block_start: int
) -> tuple[Mention, ...]:
    """``**衡棱医智**：自研…“X”，覆盖…；已获三类证4张``: the item's bold name, after ``；``.

    A clause after a semicolon that names no subject continues the item's topic (its lead
    name), not the object of the clause before. Only a lead a list knows; an organisation
    lead does not take what an offering does (accuracy, reading time).
    """
    text = context.document.text
    if f.measure is None or not text[block_start : f.clause[0]].rstrip().endswith(_SEMICOLONS):
        return ()
    lead = lead_label(context, block_start, "")
    if lead is None or lead.method == "figures.heading" or lead.cls not in ENTITIES:
        return ()
    if lead.cls in ORGANISATIONS and any(
        context.vocab.is_a(f.measure.slug, kind) for kind in _USED_MEASURES
    ):
        return ()
    return (lead,)


# a directory entry opening with a name and a colon: "X研究院：由A与B联合设立…"
#: what a hospital does itself (visits, beds), never an offering it runs
_HOSPITAL_MEASURES = ("number-of-visits", "number-of-beds")
_ITEM_LABEL = re.compile(r"[\s\-*•·]*(?:\*\*)?(?P<name>[^*:：\n]{2,30}?)(?:\*\*)?\s?[:：]")


def _item_label(
    context: FigureContext,
    f: PendingFigure,
    block_start: int,
    carried: tuple[Mention, ...],
) -> tuple[Mention, ...]:
    """``X研究院：由A与B联合设立…，现有研究人员140人``: the entry's own name, not B.

    A paragraph or list item that opens with a known organisation or offering and a colon
    is that one's entry; a figure whose clause names no subject is the entry's. An
    organisation's entry leaves to its offering named before (``X：运营“Y平台”…，入驻开发者
    4,500名``) what is not a firm's accounts, and never gives what an offering does
    (accuracy, reading time); a hospital's entry keeps its own visits and beds.
    """
    text = context.document.text
    match = _ITEM_LABEL.match(text, block_start)
    if f.measure is None or match is None or match.end() > f.clause[0]:
        return ()
    start, end = match.span("name")
    label = next(
        (
            m
            for m in context.mentions_in(start, end)
            if m.cls in ENTITIES and (m.start, m.end) == (start, end)
        ),
        None,
    )
    if label is None:
        return ()
    if label.cls in _HOSPITALS and any(
        context.vocab.is_a(f.measure.slug, kind) for kind in _HOSPITAL_MEASURES
    ):
        return (label,)  # X医院：…试运行Y模型，年门急诊量…: the hospital's visits, not Y's
    if label.cls in ORGANISATIONS and not _is_organisation_measure(context, f.measure):
        offered = _subjects_before(context, block_start, f.clause[0], _OFFERINGS)
        if (
            offered
            or any(m.cls in _OFFERINGS for m in carried)
            or any(context.vocab.is_a(f.measure.slug, kind) for kind in _USED_MEASURES)
        ):
            return ()
    return (label,)


# "镜澄医疗的息肉检测软件…": a firm's offering, named by part of its name
_POSSESSED_OFFERING = re.compile(
    r"的(?P<words>[^，,。；;的]{1,16}?(?:软件|系统|产品|平台|模型|工具|设备))"
)


def _possessed_offering(
    context: FigureContext, clause: tuple[int, int], pool: list[Mention]
) -> tuple[Mention, ...]:
    """What a clause opening ``X的…软件`` speaks of: the offering, not the firm that owns it.

    The offering is the one named before whose name shares a distinctive word with the
    words after ``的`` (:func:`partial_name`); without one the clause keeps its subject.
    """
    text = context.document.text
    first = pool[0]
    if first.cls not in ORGANISATIONS or fold(text[clause[0] : first.start]).strip():
        return ()
    match = _POSSESSED_OFFERING.match(text, first.end, clause[1])
    if match is None:
        return ()
    offerings = [m for m in context.mentions_in(0, clause[0]) if m.cls in _OFFERINGS]
    named = partial_name(context, match.group("words"), offerings)
    return (named,) if named is not None else ()


def _title_pair(context: FigureContext, f: PendingFigure) -> tuple[Mention, ...]:
    """``Case study: How X cut its timelines with Y``: the organisation and the offering.

    A report whose title names one organisation and one offering is about the two together;
    a figure that names nothing else is theirs (not a market's or a survey's).
    """
    if (
        f.measure is None
        or _market_measure(context, f.measure)
        or is_survey_measure(context, f.measure.slug)
    ):
        return ()
    firm = title_subject(context, ORGANISATIONS)
    offering = title_subject(context, _OFFERINGS)
    return (firm, offering) if firm is not None and offering is not None else ()


# a figure a rule sets: 覆盖率应达到80%, 不低于, "must reach", "at least"
_OBLIGATION = re.compile(
    r"应当|应(?:达到?|不低于|不少于|保持|控制在|实现|覆盖|完成)|须|必须|需达到?|不得低于|不低于|不少于"
    r"|至少|力争|确保|\bshall\b|\bmust\b|\bat least\b|\bno (?:less|fewer) than\b"
)


# what a policy grants before the number: 再奖励100万元, 给予补贴, "a grant of"
_GRANT = re.compile(r"奖励|补贴|补助|资助|奖补|\bgrants? of\b|\bsubsid")
# a sentence that opens with the date a target is due: 到2027年，…; "By 2030, …"
_TARGET_DATE = re.compile(r"^\s?(?:到|至)20\d\d年|^\s?by (?:the end of )?20\d\d\b")
_SENTENCE_BREAK = ("。", "！", "？", "\n", ". ")


def _sentence_lead(text: str, clause_start: int, at: int) -> str:
    """The text from the start of the sentence holding *clause_start* to *at*."""
    ends = (text.rfind(mark, 0, clause_start) for mark in _SENTENCE_BREAK)
    start = max(
        (end + len(mark) for end, mark in zip(ends, _SENTENCE_BREAK, strict=True) if end >= 0),
        default=0,
    )
    return fold(text[start:at])


def _policy_requirement(
    context: FigureContext, f: PendingFigure, block_start: int
) -> tuple[Mention, ...]:
    """A target or grant a policy sets (``覆盖率应达到80%以上``) is also the policy's.

    In a paragraph about one policy (a digest's entry: the policy is named, or referred to as
    ``该方案`` / ``三年行动计划``, before the figure, or its section heading names it), every
    figure that names no organisation or offering of its own is the policy's: its targets,
    quotas, budgets and the count of bodies that issued it. Elsewhere, in a document whose
    title is one policy, a figure its clause states as an obligation or a grant before the
    number (``再奖励100万元``), or one in a sentence that opens with the date the target is
    due (``到2027年，…年均增长25%以上``).
    """
    if f.population or any(m.cls == "Policy" for m in f.about):
        return f.about
    if not any(m.cls in ENTITIES and m.cls not in _POLICY_VOICES for m in f.about):
        policy = _paragraph_policy(context, f, block_start)
        if policy is not None:
            return (*f.about, policy)
    text = context.document.text
    lead = fold(text[f.clause[0] : f.quantity.start])
    if not (
        _OBLIGATION.search(lead)
        or _GRANT.search(lead)
        or _TARGET_DATE.match(_sentence_lead(text, f.clause[0], f.quantity.start))
    ):
        return f.about
    policy = title_subject(context, ("Policy",))
    return (*f.about, policy) if policy is not None else f.about


# who speaks through a policy: its issuers; a figure naming only them is still the policy's
_POLICY_VOICES = frozenset({"GovernmentBody", "Policy", "Region"})
# a short reference to a policy named in full elsewhere: 该方案, 《意见》, 试点方案, 三年行动计划
_POLICY_NOUN = re.compile(
    r"实施方案|工作方案|行动计划|行动方案|方案|计划|意见|通知|办法|规定|指引|指南|规划|措施|细则"
)
_DEICTIC = re.compile(r"(?:该|本|此|上述|《)$")


_RECORD_LINES = 6  # the lines of one record of a digest: its name, issuer, date, points


def _paragraph_policy(context: FigureContext, f: PendingFigure, block_start: int) -> Mention | None:
    """The one policy the paragraph holding *f* speaks of before it, if any.

    The last policy named between the paragraph's start (or its record's: a digest's lines
    ``6. 《X方案》`` / ``发布部门：…`` / ``要点：…`` with no blank line between) and the
    figure; else a short reference there (``该方案``, ``试点方案``) to the one policy of the
    document whose name holds its words and ends with its noun; else the policy the section
    heading names.
    """
    text = context.document.text
    # a digest's record: "6. 《X方案》 / 发布部门：… / 要点：…" on lines with no blank line between
    blank = text.rfind("\n\n", 0, f.quantity.start)
    start = block_start
    if (
        0 <= blank < block_start - 2
        and text.count("\n", blank + 2, f.quantity.start) <= _RECORD_LINES
    ):
        start = blank + 2  # (a text without blank lines, a PDF's, has no records to read)
    before = [m for m in context.mentions_in(start, f.quantity.start) if m.cls == "Policy"]
    if before:
        return before[-1]
    policies = [m for m in context.mentions if m.cls == "Policy"]
    if not policies:
        return None
    for match in reversed(list(_POLICY_NOUN.finditer(text, block_start, f.quantity.start))):
        policy = _referred_policy(text, policies, match)
        if policy is not None:
            return policy
    heading = section_subject(context, f.quantity.start)
    if heading is None or heading.cls != "Policy":
        return None
    # a document that is one policy states levels too (去年覆盖率为41%): only its targets are
    # its own, which the caller reads off the words
    title = title_subject(context, ("Policy",))
    return None if title is not None and _same(title, heading) else heading


def _referred_policy(text: str, policies: list[Mention], noun: re.Match[str]) -> Mention | None:
    """The policy a short reference ending in *noun* names: ``三年行动计划`` the one policy whose
    name ends so and holds those words; ``该方案`` the last ``…方案`` named before it."""
    words = re.search(r"[\u4e00-\u9fff]{0,6}$", text[max(0, noun.start() - 6) : noun.start()])
    lead = words.group() if words else ""

    def ending(m: Mention) -> bool:
        return _BRACKETS.sub("", m.name or m.text).rstrip("》 ").endswith(noun.group())

    for size in range(len(lead), 1, -1):
        part = lead[-size:]
        fitting = {
            m.iri or fold(m.name or m.text): m
            for m in policies
            if ending(m) and all(c in (m.name or m.text) for c in part)
        }
        if len(fitting) == 1:
            return next(iter(fitting.values()))
    if _DEICTIC.search(text[max(0, noun.start() - 2) : noun.start()]):
        named = [m for m in policies if m.end <= noun.start() and ending(m)]
        return named[-1] if named else None
    return None


_BRACKETS = re.compile(r"[（(][^（()）]*[)）]")


# a survey's list of options, each with its share: 最常见的场景依次为：A（61.3%）、B（42.0%）
_OPTION_LEAD = re.compile(
    r"(?:场景|应用|功能|能力|方向|形式|用途|需求)[^。；;\n]{0,16}?(?:依次为|包括|是|为|有)[：:]?"
    r"|(?:主要|多|集中)?(?:用于|应用于)"  # AI主要用于A（72.1%）、B（44.7%）
    r"|其次(?:是|为)"  # X的使用率最高，为58.2%；其次是A（43.7%）、B（31.5%）: a ranked list
    r"|(?:使用率|采用率|应用率)最高的(?:是|为)"  # 使用率最高的是创面图像测量（33.8%）
)
# a list of what respondents use AI for now (场景, 用途, 用于), not what they wish for: each
# option's share is that use case's adoption rate
_USE_LEAD = re.compile(r"场景|用途|用于|应用于|使用率|采用率|应用率|使用最多|最常用")
_WISH = re.compile(r"希望|计划|期待|期望|需求|未来|意愿|打算")
_PLAIN_SHARES = frozenset({"proportion", "share-of-respondents"})
_OPTION_ITEM = re.compile(
    r"(?:^|[、，,：:；;]|依次为|包括|其次是|以及|和|及|为|是|用于|集中在|集中于)\s?"
    r"(?P<item>(?:(?!用于|集中)[^、，,：:；;（(。\n为是]){2,20}?)\s?$"
)
#: the method of an option a survey lists with its share (传染病早期预警（61.3%）)
OPTION_METHOD = "figures.survey-option"
_TERM_CONFIDENCE = 0.55


def _has_span(about: tuple[Mention, ...], start: int, end: int) -> bool:
    """*about* already holds a mention of exactly ``text[start:end]``."""
    return any(m.start == start and m.end == end for m in about)


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding *at* begins (after 。, ；, ; or a line break)."""
    return max(text.rfind(ch, 0, at) for ch in "。\n；;") + 1


def _term(text: str, start: int, end: int, method: str, cls: str = "Segment") -> Mention:
    """The words ``text[start:end]`` as a term a figure is about: an option a survey lists,
    the phrase a share is said of, the respondents it is of."""
    words = text[start:end]
    return Mention(start, end, words, cls, _TERM_CONFIDENCE, method, name=words)


_RESPONDENTS = "share-of-respondents"
# a list of barriers, reasons or concerns: 主要障碍依次为：A（62.3%）、B（48.7%）
_BARRIER_LEAD = re.compile(
    r"(?:障碍|挑战|顾虑|困难|问题|原因|因素|风险|瓶颈|担忧|阻力|痛点|难点)[^。；;\n]{0,16}?"
    r"(?:依次为|依次是|包括|是|为|有|集中在|集中于)[：:]?"
)
_OPTION_FILLER = re.compile(r"^(?:其次是|其次为|以及|和|及|最后是|再次是)")
# a ranked list of answers of no kind the sentence names: 最主要的攻击入口依次为：A（54.7%）,
# 受访者依次选择了A（44.8%）
_RANKED_LEAD = re.compile(r"依次(?:为|是|选择了?|选了)[：:]?")


def _with_option(context: FigureContext, f: PendingFigure) -> tuple[Mention, ...]:
    """A share in brackets after one of a listed set of options is also that option's.

    ``最常见的场景依次为：传染病早期预警（61.3%）、网络舆情与症状监测（42.0%）``: the 42.0% is
    the share who chose 网络舆情与症状监测. A list the sentence says holds scenarios,
    functions, capabilities or uses makes the option a use case; a list of barriers, reasons or
    concerns (``主要障碍依次为：采购预算不足（29.4%）``) makes it a term (a Segment) beside the
    survey's subject, and its words (预算) say nothing of the measure: a share of respondents.
    A ranked list of no named kind (``攻击入口依次为：钓鱼邮件（54.7%）``) is read the same way.
    """
    text = context.document.text
    start = f.quantity.start
    if text[max(0, start - 1) : start] not in ("（", "(") or f.measure is None:
        return f.about
    shares = ("proportion", "adoption-rate", "use-case-adoption-rate")
    if not (f.population or is_survey_measure(context, f.measure.slug) or f.measure.slug in shares):
        return f.about
    sentence_start = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    lead = text[sentence_start : start - 1]
    uses = _OPTION_LEAD.search(lead)
    listed = _BARRIER_LEAD.search(lead)
    if uses is not None and (listed is None or not uses.group().startswith("其次")):
        listed = None  # 最主要的顾虑是A（58.3%），其次为B（41.6%）: still a list of concerns
    if uses is None and listed is None:
        listed = _RANKED_LEAD.search(lead)  # answers of no named kind are read as barriers are
        if listed is None:
            return f.about
    barrier = listed is not None
    match = _OPTION_ITEM.search(lead)
    if match is None:
        return f.about
    name = _OPTION_FILLER.sub("", match.group("item").strip())
    item_start = start - 1 - len(name)
    if len(name) < 2 or text[item_start : start - 1] != name:
        return f.about
    if any(
        m.cls not in CONCEPT_CLASSES and m.end > item_start and m.start < start for m in f.about
    ):
        return f.about  # 牙图科技的牙图云CBCT分析平台（27.1%）: a named offering's own share
    option = _term(text, item_start, start - 1, OPTION_METHOD, "Segment" if barrier else "UseCase")
    if barrier:
        # a barrier chosen (采购预算不足) is not a use case; the share is of the survey's
        # subject too, and its words (预算) are the answer, not the measure
        assert listed is not None  # for the type checker: barrier says so
        cue = f.measure.cue_start
        slug = f.measure.slug
        narrowed = slug != _RESPONDENTS and context.vocab.is_a(slug, _RESPONDENTS)
        if narrowed or (cue is not None and sentence_start + listed.end() <= cue):
            f.measure = replace(f.measure, slug=_RESPONDENTS, source="population")
        kept = [m for m in f.about if m.end <= item_start or m.start >= start]
        return (*kept, option)
    # the words inside it (早期预警 of 传染病早期预警) and the options before it are not its
    return (*(m for m in f.about if m.cls not in CONCEPT_CLASSES), option)


# a quoted answer, then its share: 选择“缺乏标注数据”的占58.1%, “软件价格偏高”的占46.7%
_QUOTED_ANSWER = re.compile(
    r"[“\"「『](?P<item>[^”\"」』“「『\n]{2,20})[”\"」』](?:的)?(?:受访者|受访机构|机构)?"
    r"(?:占比?|比例)(?:为|达)?\s?$"
)
#: the method of an answer a survey quotes with its share
QUOTED_ANSWER_METHOD = "figures.quoted-answer"


def _quoted_answer(context: FigureContext, f: PendingFigure) -> tuple[Mention, ...]:
    """A share right after a quoted answer (``选择“缺乏内异症标注数据”的占58.1%``) in a
    survey's report is the share who gave that answer: the answer is what it is about, beside
    what the figure already names, and the share is of respondents."""
    if f.measure is None or not (f.quantity.unit or "").endswith("/PERCENT"):
        return f.about
    if not SURVEY_TITLE.search(fold(context.document.metadata.title or "")):
        return f.about
    text = context.document.text
    start = f.quantity.start
    hit = _QUOTED_ANSWER.search(text, max(0, start - 40), start)
    if hit is None:
        return f.about
    a, b = hit.span("item")
    if _has_span(f.about, a, b):
        return f.about
    if f.measure.slug in _PLAIN_SHARES:
        f.measure = replace(f.measure, slug=_RESPONDENTS)
    kept = tuple(m for m in f.about if m.end <= a or m.start >= b)
    return (*kept, _term(text, a, b, QUOTED_ANSWER_METHOD))


# a count joined to its noun, in an apposition: "Dermascan Labs, a 22-person start-up"
_APPOSED_COUNT = re.compile(r",\s(?:a|an)\s$")
_COMPOUND_COUNT = re.compile(r"[\d.,]+-[a-z]")


def _apposed_count(context: FigureContext, f: PendingFigure) -> tuple[Mention, ...]:
    """A count an apposition gives a name (``Mendara bought Dermascan Labs, a 22-person
    thermal imaging start-up``, ``Prairie Valley Health, a 9-hospital system``) is that name's,
    not the clause subject's."""
    q = f.quantity
    if not _COMPOUND_COUNT.match(q.original):
        return f.about
    text = context.document.text
    lead = _APPOSED_COUNT.search(text, max(0, q.start - 6), q.start)
    if lead is None:
        return f.about
    comma = lead.start()
    named = [
        m
        for m in context.mentions_in(max(0, comma - 120), comma)
        if m.end == comma and m.cls in ENTITIES
    ]
    return (named[-1],) if named else f.about


# 占 and the words between it and a share: X约占62%, X的占比为21%, X分别占…
_SHARE_OF = re.compile(
    r"(?:的这一|的|这一)?(?:约|分别|仅)?(?:占比?|比例)(?:约|为|达到?|超过|近|仅)?\s?$"
)
_PHRASE_OPENERS = re.compile(r"(?:其中|而|另有|另外|此外|以及|和|及)")
_SHARE_PHRASE = re.compile(r"[\u4e00-\u9fffA-Za-z（）()]{2,20}")
SHARE_PHRASE_METHOD = "figures.share-holder"
# a group a share is given for: 其中三级医院为45.2%, 三级综合医院的这一比例为57.9%
_SUBGROUP_OF = re.compile(r"(?:的这一比例|的比例|的占比)?(?:为|达)\s?$")
_SUBGROUP = re.compile(r"(?:医院|机构|医生|医师|企业|单位|地区|科室|患者|人群|城市|省份)$")


def _share_holder(context: FigureContext, f: PendingFigure) -> tuple[Mention, ...]:
    """The words a share is said of: ``其中，个性化植入物与手术导板等临床产品占62%``.

    A share right after ``占`` is the share of the phrase that opens its clause, and one after
    ``为`` the share of a group the clause names (``其中三级医院为45.2%``). When no name
    of an organisation or an offering stands in that phrase (those are read as names), the
    phrase is added as a term (a ``Segment``) beside what the figure is already about.
    """
    text = context.document.text
    start = f.quantity.start
    if f.quantity.kind != "percent":
        return f.about
    cue = _SHARE_OF.search(text, max(0, start - 8), start)
    group = cue is None and _SUBGROUP_OF.search(text, max(0, start - 10), start)
    if cue is None and not group:
        return f.about
    end = cue.start() if cue is not None else group.start()
    begin = max(text.rfind(ch, 0, end) for ch in "，,。；;：:、\n") + 1
    lead = _PHRASE_OPENERS.match(text, begin, end)
    begin = lead.end() if lead else begin
    while begin < end and text[begin].isspace():
        begin += 1
    phrase = text[begin:end]
    if not _SHARE_PHRASE.fullmatch(phrase) or phrase.startswith(("其", "该", "这", "此", "本")):
        return f.about
    inside = context.mentions_in(begin, end)
    if (cue is not None and "分别" in cue.group()) or len(inside) > 1:
        return f.about  # A和B分别占31%和17%: each share is its own name's, read as a list
    if group and not _SUBGROUP.search(phrase):
        return f.about  # 其中三级医院为45.2%: a group of the respondents; 收入为…: no group
    if any(m.cls not in CONCEPT_CLASSES for m in inside):
        return f.about  # 腾讯医保云占12%: a name, read as one
    if _has_span(f.about, begin, end):
        return f.about
    return (*f.about, _term(text, begin, end, SHARE_PHRASE_METHOD))


# who a survey asked, as a report writes them: 受访机构, 样本医院, 被调查的医生
_POPULATION = re.compile(
    r"(?:受访|样本|被调查的?|参与调查的?|接受调查的?)(?:医疗机构|机构|医院|医生|医师|企业|单位|科室"
    r"|人员|患者|用户|者)"
)
POPULATION_METHOD = "figures.population"
# a kind of site a share is of, right after it: 61.2%的头痛门诊向患者推荐…, 38%的三级医院已…
_GROUP_AFTER = re.compile(
    r"(?:[\u4e00-\u9fff]{1,6}?)(?:医院|机构|门诊|医生|医师|企业|科室|诊所|药店|养老院|卫生院)"
    r"(?=[已在将把有向为会表对仍均都中，,])"
)
# the leading firms a concentration ratio is of: 前五家企业, 前五大品牌, 前三名, "the top five
# vendors", "the five largest suppliers"
_RANK = r"(?:[二三四五六七八九十]|\d{1,2})"
_EN_RANK = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
_EN_FIRMS = r"(?:vendors|suppliers|companies|players|firms|specialists|brands|providers|makers)"
_TOP_GROUP = re.compile(
    rf"前{_RANK}(?:家|名|大|位)(?:厂商|企业|品牌|供应商|公司|服务商|玩家|客户|(?=合计|共同|累计|总计))"
    rf"|\b(?:top|leading) {_EN_RANK} {_EN_FIRMS}\b"
    rf"|\b{_EN_RANK} (?:largest|biggest|leading) {_EN_FIRMS}\b",
    re.IGNORECASE,
)
TOP_GROUP_METHOD = "figures.top-group"
CONDITION_METHOD = "figures.condition"
RANKED_SHARE_METHOD = "figures.ranked-share"
COUNTED_METHOD = "figures.counted"
#: the methods of the terms a figure is about beside its subject: the document's subject is
#: still added to a figure about nothing else (:mod:`.figures`)
TERM_METHODS = frozenset(
    {
        OPTION_METHOD,
        SHARE_PHRASE_METHOD,
        POPULATION_METHOD,
        TOP_GROUP_METHOD,
        CONDITION_METHOD,
        COUNTED_METHOD,
        RANKED_SHARE_METHOD,
    }
)


# the people a count is of, named by their condition: 全国慢阻肺患者约1亿人,
# 每年新增截肢患者约15万人, "the estimated 80 million people with glaucoma"
_PATIENTS_BEFORE = re.compile(
    r"(?P<cond>[\u4e00-\u9fffA-Za-z]{2,16}?)(?P<who>患者|感染者|病人|幸存者)(?:人数|数量|总数|规模)?"
    r"(?:约为|约有|已达|达到|超过|约|达|逾|近|为|有|已)*\s?$"
)
_PATIENTS_AFTER = re.compile(
    r"(?:名|例)?(?P<cond>[\u4e00-\u9fffA-Za-z]{2,10}?)(?P<who>患者|感染者)"
)
_PERSON_UNITS = ("人", "名", "例", "万人", "亿人", "万名", "万例", "人次", "万人次")
# what opens the phrase before the condition: a scope, a time, a verb of counting
_CONDITION_LEAD = re.compile(
    r"(?:全国|全球|我国|中国|国内|世界|每年|年|新发|新增|现有|在册|目前|累计|约|其中|以及|和|及)+"
)
# words before 患者 that say what was done for patients, not what they have
_NOT_CONDITION = re.compile(
    r"(?:服务|管理|签约|在管|纳入|入组|覆盖|随访|诊疗|就诊|住院|门诊|转诊|招募|筛查|接诊|救治|治疗|出院"
    r"|入院|受益|使用|参与|注册|登记|境外|疑似|确诊|转介|触达)$"
)
_PEOPLE_WITH = re.compile(
    r"\s*(?:million|billion|thousand)?\s*(?:people|adults|patients|children|women|men|individuals"
    # where they live may come first: "125 million people worldwide live with psoriasis"
    r"|persons)\s+(?:(?:worldwide|globally|around the world|in (?:the )?[A-Z][\w.]*)\s+)?"
    r"(?:(?:who\s+)?(?:are\s+)?(?:living\s+with|live\s+with|suffer(?:ing)?\s+from|with"
    r"|affected\s+by|who\s+have|have))\s+(?:some\s+form\s+of\s+)?"
    r"(?P<cond>[A-Za-z][\w'-]*(?:\s+[a-z][\w-]*){0,3}?)(?=\s*(?:[,.;:)(]|$|\s(?:in|worldwide"
    r"|globally|and|who|are|were|across|around|today|each|every|yet|but)\b))"
)


# 中 that says "among" (医疗机构中三级医院), not the 中 of 脑卒中, 中医, 中重度, 中心
_AMONG = re.compile(r"(?<![卒集高初适居])中(?![医心国药期度重晚部])")


def _phrase_start(text: str, start: int, end: int, lead: re.Pattern[str]) -> int:
    """Where the noun phrase ``text[start:end]`` before a count starts once what modifies it is
    cut: past its last 的 or 中 (``开展结肠镜检查的医疗机构``), then past a *lead* that opens it
    (a scope, a time, a verb: ``我国``, ``每年新增``)."""
    among = [m.end() for m in _AMONG.finditer(text, start, end)]
    start = max(start, text.rfind("的", start, end) + 1, *among)
    opening = lead.match(text, start, end)
    return opening.end() if opening else start


def _condition_term(context: FigureContext, f: PendingFigure) -> tuple[Mention, ...]:
    """The condition a count of people is of: ``全国慢阻肺患者约1亿人`` is a count of COPD
    patients, "80 million people with glaucoma" of glaucoma's: the condition, as written, is a
    term beside what the count is about (a region, the report)."""
    text = context.document.text
    q = f.quantity
    if q.kind not in ("count", "bare"):
        return f.about
    after = text[q.end : q.end + 12]
    terms: list[Mention] = []
    english = _PEOPLE_WITH.match(text, q.end)
    if english is not None and english.group("cond").lower() not in EN_STOP_WORDS:
        terms.append(_term(text, english.start("cond"), english.end("cond"), CONDITION_METHOD))
    elif q.original.endswith(_PERSON_UNITS) or after.startswith(_PERSON_UNITS):
        clause_start = max(text.rfind(ch, 0, q.start) for ch in "，,。；;：:\n") + 1
        before = _PATIENTS_BEFORE.search(text, clause_start, q.start)
        if before is None:
            units = sorted(_PERSON_UNITS, key=len, reverse=True)
            unit_end = q.end + next((len(u) for u in units if after.startswith(u)), 0)
            before = _PATIENTS_AFTER.match(text, unit_end)
        if before is not None:
            end = before.end("cond")
            start = _phrase_start(text, before.start("cond"), end, _CONDITION_LEAD)
            words = text[start:end]
            if len(words) >= 2 and not _NOT_CONDITION.search(words) and not words.isdigit():
                terms.append(_term(text, start, end, CONDITION_METHOD))
                terms.append(_term(text, start, before.end("who"), CONDITION_METHOD))
    if terms and f.measure is not None and f.measure.slug == "count":
        f.measure = replace(f.measure, slug="number-of-patients")  # people who have it: patients
    return (*f.about, *(t for t in terms if not _has_span(f.about, t.start, t.end)))


# the things a count is of, named before it and a verb of being: 我国ICU床位约为9.8万张,
# 二级及以上医院急诊科约1.2万个, 康复机器人保有量约为9台 (the kind of count is dropped)
_COUNTED_BEFORE = re.compile(
    r"(?P<noun>[\u4e00-\u9fffA-Za-z0-9]{2,16}?)(?P<kind>数量|总数|保有量|装机量|存量|总量|规模|量)?"
    r"(?:约为|约有|已达|达到|超过|共有|仅有|只有|合计|累计|约|达|逾|近|为|有|共|已|仅|只|才|都|也|还)+"
    r"\s?$"
)
# a clause that counts a country's things, with no place named: 全国…, 截至2024年底，在用…
_NATIONAL = re.compile(
    r"\s*(?:截至|截止|到)?(?:\d{4}年(?:底|末|初)?)?[，,]?\s*(?:全国|我国|国内|全球|在用|在册)"
)
# those who do a thing, counted: 开展高压氧治疗的医疗机构; the thing is what they do
_DOING_BEFORE = re.compile(
    r"(?:开展|提供|能够开展|可开展|具备|实施)(?P<act>[\u4e00-\u9fffA-Za-z0-9]{2,10})的$"
)
_DOERS = re.compile(r"(?:医疗)?机构|医院|中心|单位|科室")
# what opens the phrase before the counted things: a scope, a time
_COUNTED_LEAD = re.compile(
    r"(?:截至|截止|到)?(?:\d{4}年(?:底|末|初)?|年底|年末|全年|当年|年"
    r"|全国|全球|我国|中国|国内|全省|全市|目前|现有|各类|其中|共|约|已|在册|在用)*"
    # a verb of holding before the things: 平台接入ICU床位超过4000张
    r"(?:接入|连接|覆盖|拥有|配备|开设|建成|管理|纳入|收治)?"
)
# a phrase that ends in a verb counts what was done, not things: 收录约4.2万名, 覆盖约…
_COUNTED_VERB = re.compile(
    r"(?:收录|覆盖|服务|接入|部署|完成|开展|发放|回收|新增|减少|增加|提升|培训|采购|上线|落地|连接"
    r"|处理|生成|分析|标注|发生|获批|批准|签约|接诊|筛查|诊断|检查|随访|纳入|入组|招募|使用|调用"
    r"|下载|注册|参与|推送|拦截|识别|预警|输出|阅片|出具|节省|降低|缩短|超|达|占|比"
    r"|统计|调查|测算|估计|估算|显示|最初|最终|当时|如今|现在|此前|同期)$"
)


def _counted_term(context: FigureContext, f: PendingFigure) -> tuple[Mention, ...]:
    """The things a count of a country or a region is of, when its clause names them before it
    and a verb of being (``我国ICU床位约为9.8万张``, ``我国康复机器人保有量约为9台``): a term beside
    the region. A count whose clause names whose it is (a hospital's 门急诊量, a model's 调用量,
    a concept), or nothing at all (a report's own 项目共9项), stays theirs alone. Counts of
    patients are :func:`_condition_term`'s; a phrase that ends in a verb of doing
    (``收录约4.2万名``) or names an organisation is not a thing."""
    text = context.document.text
    q = f.quantity
    if q.kind != "count" or any(m.cls not in ("Region", "Report") for m in f.about):
        return f.about
    clause_start = max(text.rfind(ch, 0, q.start) for ch in "，,。；;：:、\n（(") + 1
    if not any(m.cls == "Region" for m in f.about) and not _NATIONAL.match(
        text, clause_start, q.start
    ):
        return f.about  # a count of no place: only a national one (全国…, 在用…) is of things
    before = _COUNTED_BEFORE.search(text, clause_start, q.start)
    if before is None:
        return f.about
    end = before.end("noun")
    start = _phrase_start(text, before.start("noun"), end, _COUNTED_LEAD)
    words = text[start:end]
    doing = _DOING_BEFORE.search(text, before.start("noun"), start)
    if doing is not None and _DOERS.fullmatch(words):
        # 全国开展高压氧治疗的医疗机构约2860家: a count of those doing it, of what they do
        start, end = doing.span("act")
        words = text[start:end]
    if (
        len(words) < 2
        or words.isdigit()
        or words.startswith("每")  # 每10万人口仅有约6.9张: a rate's base, not what is counted
        or words.endswith(("患者", "感染者", "病人"))
        or (_COUNTED_VERB.search(words) and not before.group("kind"))  # 检查量: a noun
        or _has_span(f.about, start, end)
        or any(
            m.cls not in CONCEPT_CLASSES and m.cls != "Market"
            for m in context.mentions_in(start - 20, end + 20)
            if m.start < end and start < m.end
        )
    ):
        return f.about
    return (*f.about, _term(text, start, end, COUNTED_METHOD))


# the thing a rate is of, written with 的 right before it: 门诊自动发药机的使用率最高，为58.2%
_RATE_OF_ITEM = re.compile(
    r"(?:^|(?<=[，,。；;：:、\n）)]))(?:其中|而|另外|此外)?"
    r"(?P<item>(?![在从对于])[\u4e00-\u9fffA-Za-z0-9]{2,12}?)(?<![中内])的"
    r"(?P<rate>使用率|采用率|应用率|部署率|渗透率|覆盖率|普及率|配置率|开展率|上线率|使用比例|占比)"
    r"(?:最高|最低|居首|居次|较高|较低|次之)?[，,]?"
    r"(?:约|为|达到?|仅为?|超过|接近|在)?\s?$"
)
RATE_ITEM_METHOD = "figures.rate-item"
# the thing a price is said of, before 的 and the price's word: 呼气试验智能判读仪的平均售价已从
# 2022年的约4.2万元降至2.8万元, 单例隐形矫治的终端均价已由…约2.6万元 (one case's: 单例 is dropped)
_PRICE_ITEM = (
    r"(?:^|(?<=[，,。；;：:、\n）)]))(?:其中|而|另外|此外)?(?:单例|单台|单套|每例|每台|每套)?"
    r"(?P<item>(?![在从对于])[\u4e00-\u9fffA-Za-z0-9]{2,14}?)的"
    r"(?:平均售价|终端均价|平均价格|均价|单价|售价|客单价|出厂价)(?:已经?)?"
)
_PRICE_OF_ITEM = re.compile(_PRICE_ITEM + r"(?:由|从)?(?:\d{4}年的?)?(?:约|为|达到?|在)?\s?$")
_PRICE_FROM = re.compile(_PRICE_ITEM + r"(?:由|从)")
_PRICE_TO = re.compile(r"[^，,。；;]{0,20}?元[^，,。；;\d]{0,8}?(?:至|到)(?:\d{4}年的?)?约?\s?$")
_USE_RATES = frozenset(
    {"使用率", "采用率", "应用率", "部署率", "开展率", "上线率", "普及率", "使用比例"}
)
# an item that names who adopts (医院, 机构, 中心, 医生…): a population, not a thing used
_POPULATION_END = re.compile(
    r"(?:医院|机构|中心|医生|医师|企业|单位|地区|科室|患者|人群|城市|省份)$"
)


# the parts of a whole an English report ranks by their shares: "X accounted for 41% of
# revenue, followed by Y (33%) and Z (26%)", "X remains the largest segment at 46%"
_RANK_FOLLOWER = re.compile(
    r"(?:\bfollowed by|,|\band)\s+(?!followed\b)(?P<item>[A-Za-z][\w'/&-]*(?:\s[\w'/&-]+){0,6}?)"
    r"\s\($"
)
_RANK_HEAD = re.compile(
    r"(?P<item>[A-Z][\w'/&-]*(?:\s[\w'/&-]+){0,6}?)(?:\s(?:companies|start-?ups|vendors|tools))?"
    r"\s(?:accounted for|accounts for|represent(?:s|ed)|made up|makes up"
    r"|(?:remains?|remained|is|was) the largest (?:segment|category|application|use case)"
    r"(?: at| with)?|(?:took|takes) the largest (?:slice|share)(?: at)?)"
    r"[^.;()]{0,30}?\(?$"
)
_NOT_RANKED = frozenset({"the", "this", "that", "it", "which", "they", "its", "their", "we"})


def _ranked_share_en(context: FigureContext, f: PendingFigure) -> tuple[Mention, ...]:
    """A share an English sentence ranks a part by is that part's: ``Severity scoring software
    accounted for 41% of 2025 revenue, followed by remote monitoring apps (33%) and AI-guided
    phototherapy (26%)``. The part, as written, is a term (a ``Segment``) in place of what the
    figure was given, unless a name stands in it (a region, an organisation: theirs already)."""
    q = f.quantity
    if q.kind != "percent" or f.measure is None or f.population:
        return f.about
    if f.measure.slug not in ("proportion", "market-share"):
        return f.about
    text = context.document.text
    start = max(text.rfind(ch, 0, q.start) for ch in ".;\n") + 1
    hit = _RANK_FOLLOWER.search(text, start, q.start)
    if hit is None and "followed by" in text[q.end : q.end + 40]:
        while start < q.start and text[start] in " *-•":
            start += 1
        hit = _RANK_HEAD.match(text, start, q.start)  # the part the ranking opens with
    if hit is None:
        return f.about
    a, b = hit.span("item")
    if text[a:b].split()[0].lower() in _NOT_RANKED:
        return f.about
    if any(m.start < b and a < m.end and m.cls not in CONCEPT_CLASSES for m in f.about):
        return f.about  # "followed by Europe (29%)": the region's own
    if any(
        m.start < b and a < m.end and m.cls not in CONCEPT_CLASSES
        for m in context.mentions_in(a, b)
    ):
        return f.about
    return (_term(text, a, b, RANKED_SHARE_METHOD),)


def _price_of_item(context: FigureContext, f: PendingFigure) -> tuple[Mention, ...]:
    """The thing a price is said of (``呼气试验智能判读仪的平均售价已从2022年的约4.2万元降至
    2.8万元``): a term in place of the concepts inside it, beside what else the figure is about,
    unless a name already stands for it."""
    q = f.quantity
    if q.kind != "money" or f.measure is None or f.measure.slug != "price":
        return f.about
    text = context.document.text
    clause_start = max(text.rfind(ch, 0, q.start) for ch in "。；;\n") + 1
    match = _PRICE_OF_ITEM.search(text, clause_start, q.start)
    if match is None:  # …的平均售价已从…约4.2万元降至2.8万元: the price it came down to
        match = _PRICE_FROM.search(text, clause_start, q.start)
        if match is None or not _PRICE_TO.match(text[match.end() : q.start]):
            return f.about
    start, end = match.span("item")
    if _has_span(f.about, start, end) or any(
        m.start < end and start < m.end and m.cls not in CONCEPT_CLASSES
        for m in context.mentions_in(start, end)
    ):
        return f.about
    kept = tuple(m for m in f.about if not (m.start < end and start < m.end))
    return (*kept, _term(text, start, end, RATE_ITEM_METHOD))


def _rate_of_item(context: FigureContext, f: PendingFigure) -> tuple[Mention, ...]:
    """The thing a rate is said of (``门诊自动发药机的使用率最高，为58.2%``, ``智能药柜的使用率为
    43.7%``): a term beside the survey or place the figure is about, unless a name already
    stands for it."""
    q = f.quantity
    text = context.document.text
    if q.kind != "percent" or f.measure is None:
        return f.about
    clause_start = max(text.rfind(ch, 0, q.start) for ch in "。；;\n") + 1
    match = _RATE_OF_ITEM.search(text, clause_start, q.start)
    if match is None:
        return f.about
    start, end = match.span("item")
    if _POPULATION_END.search(match.group("item")):
        return f.about  # 公立三级医院生殖中心的采用率: who adopts, the population's own
    if match.group("rate") in _USE_RATES and f.measure.slug in _PLAIN_SHARES:
        f.measure = replace(f.measure, slug="use-case-adoption-rate")  # how widely X is used
    if _has_span(f.about, start, end) or any(
        m.start < end and start < m.end and m.cls not in CONCEPT_CLASSES
        for m in context.mentions_in(start, end)
    ):
        return f.about  # 腾讯的占比: the firm's own, already its subject
    if any(m.start >= start and m.end <= end for m in f.about):
        kept = tuple(m for m in f.about if not (m.start >= start and m.end <= end))
        return (*kept, _term(text, start, end, RATE_ITEM_METHOD))
    return (*f.about, _term(text, start, end, RATE_ITEM_METHOD))


# a firm's hold on a market: "Veridian Vascular holds about 13%", "together account for 17%"
_HOLDS_EN = re.compile(
    r"\b(?:holds?|held|commands?|commanded|controls?|controlled|captures?|captured"
    r"|accounts?\s+for|accounted\s+for)\s+(?:about|around|roughly|nearly|some|an\s+estimated"
    r"|approximately|almost|just\s+(?:under|over))?\s*$",
    re.IGNORECASE,
)


# the users a product's share is counted among: 在使用AI安全工具的医院中占比为34.2%,
# 在使用该类产品的机构中占到27.6%, 占已开展医院的24.7%
_AMONG_USERS_ZH = re.compile(
    r"(?:在|于)(?:使用|采用|部署|应用|上线|开展|已)[^。；;\n]{0,30}?的[^。；;，,\n]{0,8}?"
    r"(?:机构|医院|用户|科室|门诊|单位|中心|检验科|医生)中"
    r"|占(?:已|到)?[^。；;，,\n]{0,12}?(?:机构|医院|用户|门诊)的\s?$"
)
_OFFERINGS_AND_FIRMS = _OFFERINGS | {"Company"}
# what an investor holds: "would hold 17% after the round", "holds 12% of the company"
_STAKE_AFTER = re.compile(
    r"\s*(?:stake|equity|ownership|of (?:the|its) (?:company|shares|equity|stock)"
    r"|after the (?:round|deal|financing|transaction)|post-money)",
    re.IGNORECASE,
)


def _holder_share(context: FigureContext, f: PendingFigure) -> None:
    """A plain share a firm holds ("Veridian Vascular (Minneapolis) holds about 13%", "Philips
    and Siemens Healthineers together account for roughly 17%") is its share of the market,
    as is a product's share among the sites that use such products (``在使用该类产品的机构中，
    X的Y占到27.6%``)."""
    if f.measure is None or f.measure.slug != "proportion" or f.quantity.kind != "percent":
        return
    text = context.document.text
    start = f.quantity.start
    holds = (
        any(m.cls == "Company" for m in f.about)
        and _HOLDS_EN.search(text, max(0, start - 40), start)
        and not _STAKE_AFTER.match(text, f.quantity.end)
    )
    # the product named before its share and 占 (X的Y…占比为34.2%), not one the share adopts
    # (约53%采用Y)
    among_users = any(
        m.cls in _OFFERINGS_AND_FIRMS and m.end <= start and "占" in text[m.end : start]
        for m in f.about
    ) and _AMONG_USERS_ZH.search(text, _sentence_start(text, start), start)
    if holds or among_users:
        f.measure = replace(f.measure, slug="market-share")


def _top_group(context: FigureContext, f: PendingFigure) -> tuple[Mention, ...]:
    """The leading firms a combined share is of (``前五家企业合计市场份额为46%``, "the top
    five vendors held 48% of 2024 revenue"): a term beside the market the share is of.

    The group must stand in the share's own sentence before it with no other percentage
    between them (``前五名合计占比为52.6%`` after each firm's own share)."""
    text = context.document.text
    start = f.quantity.start
    if f.quantity.kind != "percent":
        return f.about
    sentence_start = _sentence_start(text, start)
    groups = list(_TOP_GROUP.finditer(text, sentence_start, start))
    if not groups:
        return f.about
    group = groups[-1]
    between = text[group.end() : start]
    if re.search(r"[%％]|[，,]", between) or len(between) > 40:
        return f.about
    if _has_span(f.about, group.start(), group.end()):
        return f.about
    if f.measure is not None and f.measure.slug == "proportion" and "客户" not in group.group():
        # "the top five vendors held 48% of 2024 revenue": their share of the market
        f.measure = replace(f.measure, slug="market-share")
    return (*f.about, _term(text, group.start(), group.end(), TOP_GROUP_METHOD))


def _population_term(context: FigureContext, f: PendingFigure) -> tuple[Mention, ...]:
    """The respondents a share is of, when its sentence names them (``受访机构中，64.2%已设立…``,
    ``57.8%的机构…`` after ``受访机构``): a term beside what the share is about."""
    text = context.document.text
    start = f.quantity.start
    if f.quantity.kind not in ("percent", "points"):
        return f.about
    sentence_start = _sentence_start(text, start)
    after = (
        _POPULATION.match(text, f.quantity.end + 1) or _GROUP_AFTER.match(text, f.quantity.end + 1)
        if text[f.quantity.end : f.quantity.end + 1] == "的"
        else None
    )
    found = after or next(
        iter(reversed(list(_POPULATION.finditer(text, sentence_start, start)))), None
    )
    if found is None or _has_span(f.about, found.start(), found.end()):
        return f.about
    title = fold(context.document.metadata.title or "")
    if f.measure is not None and f.measure.slug == "proportion" and SURVEY_TITLE.search(title):
        # a survey's 61.2%的头痛门诊…, 受访医院中…占24.7%: the share of those it asked
        f.measure = replace(f.measure, slug=_RESPONDENTS, source="population")
    return (*f.about, _term(text, found.start(), found.end(), POPULATION_METHOD))


def _option_adoption(context: FigureContext, f: PendingFigure) -> None:
    """A plain share of a use-case option in a list of current uses (最常用的应用场景依次为：
    A（71.3%）, AI主要用于A（72.1%）) is that use case's adoption rate."""
    if f.measure is None or f.measure.slug not in _PLAIN_SHARES:
        return
    title = context.document.metadata.title or ""
    if f.measure.slug == "proportion" and not SURVEY_TITLE.search(fold(title)):
        return  # a white paper's 应用场景占比: a share of the market, not of respondents
    option = next((m for m in f.about if m.method == OPTION_METHOD), None)
    if option is None:
        return
    text = context.document.text
    sentence_start = max(text.rfind("。", 0, option.start), text.rfind("\n", 0, option.start)) + 1
    lead = text[sentence_start : option.start]
    if _USE_LEAD.search(lead) and not _WISH.search(lead):
        f.measure = replace(f.measure, slug="use-case-adoption-rate")
    elif _WISH.search(lead) and f.measure.slug == "proportion":
        # 机构最期待的能力包括：A（63.0%）: the share of those asked who wish for A
        f.measure = replace(f.measure, slug=_RESPONDENTS)


def _section_offering(context: FigureContext, f: PendingFigure) -> tuple[Mention, ...]:
    """A figure in a section a heading gives to one offering (``## 3. 岐黄问道``) is also its.

    Listicles and digests name the maker or a partner in the section's sentences
    (``X公司打造的中医大模型，训练语料…80万份``, ``由Y联合Z医院共建…12万例``); what the
    figure measures is the section's model or product, unless the clause names an offering
    itself or the measure is a firm's accounts or a market's. A survey share or a share of
    a population takes it only when it has no subject at all. A case study's section
    (``## 案例二：…``) lends its offering the same way, also to a figure whose clause names
    only what the offering is built on (``该模型利用NVIDIA Clara平台训练…AUC为0.89``).
    """
    measure = f.measure
    if (
        measure is None
        or _is_organisation_measure(context, measure)
        or _market_measure(context, measure)
        or ((f.population or is_survey_measure(context, measure.slug)) and f.about)
    ):
        return f.about
    at = f.quantity.start
    offerings = [m for m in f.about if m.cls in _OFFERINGS]
    offering = None if offerings else heading_offering(context, at)
    case = case_offering(context, at) if offering is None else None
    if case is not None and all(subject_key(m) in case.bases for m in offerings):
        offering = case.offering  # 该模型利用NVIDIA Clara平台训练…AUC为0.89: the case's model
    return f.about if offering is None else (*f.about, offering)


def _firm_of_item(context: FigureContext, block_start: int, before: int) -> Mention | None:
    """The organisation a list item or paragraph opens with (its subject), if it names one."""
    text = context.document.text
    for m in context.mentions_in(block_start, before):
        if m.cls in ORGANISATIONS and not fold(text[block_start : m.start]).strip(" -*•·#"):
            return m
    return None


_ANTECEDENT_REACH = 24  # "Corbel's lab network, which": characters between a name and "which"


def _antecedent(context: FigureContext, clause: tuple[int, int]) -> Mention | None:
    """The named thing a relative clause (``, which …``) hangs on: the nearest before it.

    ``Corbel's lab network, which reads 2.4 million slides``: the network is Corbel's. Only a
    name (not a region) ending at most a few words before the comma, in the same clause.
    """
    text = context.document.text
    start = clause[0] - _ANTECEDENT_REACH
    for m in reversed(context.mentions_in(max(0, start), clause[0])):
        if m.cls == "Region" or is_generic(m):
            continue
        gap = text[m.end : clause[0]]
        if re.search(r"[.;。；]", gap) or gap.count(",") + gap.count("，") > 1:
            return None
        return m
    return None


# "区域医学影像云项目由岚湾信息承建": a project or system the clause opens with, then 由 (by)
_PASSIVE_SUBJECT = re.compile(
    r"\s?(?P<name>[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9]{2,15}?)(?:项目|工程)?由"
    r"(?=[^，,。；;]{2,30}?(?:承建|建设|开发|研发|负责|运营|牵头|实施))"
)


# a bare head noun (平台, 系统: the one named before) or a date inside is no name
_NOT_A_PASSIVE_NAME = re.compile(r"^(?:平台|系统|项目|工程|中心|医院|公司)|(?:19|20)\d\d年|\d+月")


def _passive_subject(
    context: FigureContext, clause: tuple[int, int], pool: list[Mention]
) -> Mention | None:
    """``X项目由Y承建，已覆盖6个区县``: X is what the sentence speaks of, not Y who built it.

    A name no list knows becomes a platform; only when no organisation or offering opens the
    clause (``Z医院由…``) and the name is not an anaphor (``该项目``).
    """
    text = context.document.text
    match = _PASSIVE_SUBJECT.match(text, clause[0], clause[1])
    if match is None or text[match.start("name")] in "该此本其":
        return None
    if _NOT_A_PASSIVE_NAME.search(match.group("name")):
        return None  # 平台于2023年由…承建: an anaphor and a date, not a name
    start, end = match.span("name")
    if any(m.cls in ENTITIES and m.start <= start < m.end for m in pool):
        return None
    return Mention(
        start=start,
        end=end,
        text=text[start:end],
        cls="Platform",
        confidence=0.6,
        method="figures.passive-subject",
        name=text[start:end],
    )
