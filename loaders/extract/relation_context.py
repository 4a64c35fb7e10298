"""Relations that need more than one pattern: rounds, policy stances, dates, lists, names.

- :func:`funding_round`: a sentence about a round (``Y完成B轮融资，由X领投，Z跟投``, ``Y raised
  a Series A led by X``) makes every investor named with an investing verb invest in Y.
- :func:`policy_stances`: a policy and the use cases, technologies and segments named after it
  in the same sentence; each concept is promoted or regulated according to the verbs of its
  clause (推动/鼓励/支持 vs 规范/监管/审查), a clause without such verbs takes its
  neighbour's stance.
- :func:`issue_dates`: a policy or report, an issuing verb and a date in one sentence, or a date
  in brackets right after its title.
- :func:`heading_lists`: a heading that names one segment (or use case) followed by list items
  or an enumeration of organisations.
- :func:`layout_candidates` (run with :func:`heading_lists`): a company's products from lists
  and brand stems, deployments of re-quoted names, regulators in approval tables.
- :func:`name_prefixes`: names that start with another known name: ``杭州X科技有限公司`` is in
  杭州, ``腾讯觅影`` is developed by 腾讯.
- :func:`document_metadata`: the report named by a document's title, with the date, publisher
  and author its metadata or the lines under its title state ("Prepared by X", "发布日期：…").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import cache

from medatlas.graph.identity import normalise_name
from medatlas.loaders.document import Block, Document
from medatlas.loaders.extract.columns import column_role
from medatlas.loaders.extract.entity_common import is_cjk, word_list
from medatlas.loaders.extract.model import Mention, RelationCandidate
from medatlas.loaders.extract.relation_approvals import approval_rows
from medatlas.loaders.extract.relation_cues import (
    is_negated,
    policy_stance,
)
from medatlas.loaders.extract.relation_engine import (
    CLASS_GROUPS,
    Found,
    Template,
    coordinated,
)
from medatlas.loaders.extract.relation_fields import FIELD_METHOD, field_predicate
from medatlas.loaders.extract.relation_funding import funding_round, round_investees
from medatlas.loaders.extract.relation_grants import grant_recipients
from medatlas.loaders.extract.relation_portfolio import layout_relations
from medatlas.loaders.extract.sentences import split_sentences
from medatlas.loaders.extract.spans import MentionsWithin
from medatlas.loaders.readers.metadata import normalise_date

__all__ = [
    "DATE_PATTERN",
    "concept_stances",
    "document_metadata",
    "find_dates",
    "funding_round",
    "heading_lists",
    "issue_dates",
    "layout_candidates",
    "name_prefixes",
    "name_use_cases",
    "policy_stances",
    "procurement_buyer",
    "round_investees",
    "use_case_categories",
]

_ORG = frozenset(CLASS_GROUPS["ORG"])
_ORGX = frozenset(CLASS_GROUPS["ORGX"])
_OFF = frozenset(CLASS_GROUPS["OFF"])
_DOC = frozenset(CLASS_GROUPS["DOC"])
_CONCEPTS = frozenset({"UseCase", "Technology", "Segment"})

# ---- policies: stances and dates ----------------------------------------------------------------

_CLAUSE_BREAK = re.compile(r"[，,。；;：:！？!?]")
_SEGMENT_AS_SCOPE = re.compile(
    r"^\s*(?:领域|行业|中|方面|之中|相关|作为)|^[^，,。；;]{0,12}?等(?:领域|行业)"
    r"|^[^，,。；;]{0,3}?(?:应用|使用|采用|利用|开展|引入|部署|接入|运用|探索|推广|落实|实施|普及)"
)
STANCE_CONFIDENCE = 0.7
CARRIED_STANCE_CONFIDENCE = 0.6


def concept_stances(template: Template, begin: int, end: int) -> list[tuple[str, int, float]]:
    """``(stance, token, confidence)`` for every concept token between ``begin`` and ``end``.

    The stance comes from the words before the concept in its clause, else from the words
    after it ("人工智能标准体系" sets rules); a clause without stance words takes the stance of
    the clause before it (lower confidence). Concepts with no
    stance at all, or in a denied clause, are left out, and so are the top concepts of the
    technology and segment schemes (see :func:`policy_stances`).
    """
    frames = _scheme_tops()
    out: list[tuple[str, int, float]] = []
    carried: str | None = None
    for index, mention in enumerate(template.mentions):
        token_start, token_end = template.spans[index]
        if token_start < begin or token_end > end:
            continue
        clause_start = begin
        for match in _CLAUSE_BREAK.finditer(template.text, begin, token_start):
            clause_start = match.end()
        if mention.cls not in _CONCEPTS:
            continue
        words = template.words(clause_start, token_start)
        if is_negated(words):
            continue
        clause_end = _CLAUSE_BREAK.search(template.text, token_end, end)
        after = template.words(token_end, clause_end.start() if clause_end else end)
        if mention.iri in frames or (mention.cls == "Segment" and _SEGMENT_AS_SCOPE.match(after)):
            # "在医疗卫生领域中", "医疗机构应用…": the scope or the actor, not the aim, as is
            # the field itself (AI); the clause's words still set the stance the clauses after
            # it carry
            carried = policy_stance(words) or policy_stance(after) or carried
            continue
        stance = policy_stance(words) or policy_stance(after)
        if stance is not None:
            carried = stance
            out.append((stance, index, STANCE_CONFIDENCE))
        elif carried is not None:
            out.append((carried, index, CARRIED_STANCE_CONFIDENCE))
    return out


def policy_stances(template: Template) -> Iterator[Found]:
    """promotes/regulates from each policy to the concepts named after it in the sentence.

    The top concepts of the technology and segment schemes (artificial intelligence, healthcare
    AI) frame every policy of the field: no policy's aim, they are left out.
    """
    policies = [i for i, m in enumerate(template.mentions) if m.cls == "Policy"]
    for position, policy in enumerate(policies):
        begin = template.spans[policy][1]
        end = (
            template.spans[policies[position + 1]][0]
            if position + 1 < len(policies)
            else len(template.text)
        )
        for stance, concept, confidence in concept_stances(template, begin, end):
            yield Found(stance, policy, concept, confidence, "policy-clause")


@cache
def _scheme_tops() -> frozenset[str]:
    """IRIs of the technologies and segments that have no broader concept."""
    from medatlas.graph.vocabulary import read_concepts

    return frozenset(
        c.iri for c in read_concepts() if c.cls in ("Technology", "Segment") and not c.broader
    )


_MONTH_NAMES = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
#: a date as reports write one: 2023年7月(15日), 2024.03, 2025-01-07, 2022/11, March 2024, 2024年
DATE_PATTERN = re.compile(
    r"(?<!\d)(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|[.\-/．]\d{1,2}"
    r"(?:[.\-/．]\d{1,2})?(?!\d)|年)"
    rf"|\b{_MONTH_NAMES}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d{{2}}\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_NAMES},?\s+(?:19|20)\d{{2}}\b"
    r"|(?<![\d/.])\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d{2}(?!\d)",  # 03/11/2025
    re.IGNORECASE,
)
_ISSUE_VERB = re.compile(
    r"印发|发布|出台|颁布|下发|公布|发行|出版|施行|实施|issued|published|released|enacted|adopted"
    r"|came into (?:force|effect)|dated",
    re.IGNORECASE,
)
_TARGET_DATE = re.compile(r"(?:到|至|截至|截止|预计|by|until|through)\s*$", re.IGNORECASE)
_BRACKETED_YEAR = re.compile(r"[\s》”\"]*[（(]\s*((?:19|20)\d{2}[^)）]{0,12})[)）]")
ISSUE_DATE_CONFIDENCE = 0.8
BRACKET_DATE_CONFIDENCE = 0.75


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, iso)`` of every date written in ``text[start:end]``.

    >>> find_dates("2024年11月印发，2025-01-07生效")
    [(0, 8, '2024-11'), (11, 21, '2025-01-07')]
    """
    out: list[tuple[int, int, str]] = []
    for match in DATE_PATTERN.finditer(text, start, len(text) if end is None else end):
        iso = normalise_date(match.group())
        if iso is not None:
            out.append((match.start(), match.end(), iso))
    return out


def issue_dates(template: Template) -> Iterator[tuple[int, str, float, str]]:
    """``(document token, iso date, confidence, method)`` for policies and reports dated here."""
    words = template.words(0, len(template.text))
    dates = [
        d
        for d in find_dates(template.text)
        if not _TARGET_DATE.search(template.text[max(0, d[0] - 4) : d[0]])
    ]
    documents = [i for i, m in enumerate(template.mentions) if m.cls in _DOC]
    for index in documents:
        token_end = template.spans[index][1]
        bracket = _BRACKETED_YEAR.match(template.text, token_end)
        if bracket:
            iso = normalise_date(bracket.group(1))
            if iso is not None:
                yield index, iso, BRACKET_DATE_CONFIDENCE, "bracketed-date"
                continue
        if not dates or not _ISSUE_VERB.search(words) or is_negated(words):
            continue
        nearest = min(dates, key=lambda d: _distance(template, index, d))
        # the date belongs to the document written nearest to it (and those listed with it)
        closest = min(documents, key=lambda i: (_distance(template, i, nearest), i))
        if index in coordinated(template, closest, _DOC, set()):
            yield index, nearest[2], ISSUE_DATE_CONFIDENCE, "issue-date"


def _distance(template: Template, index: int, date: tuple[int, int, str]) -> int:
    token_start, token_end = template.spans[index]
    return min(abs(date[0] - token_end), abs(token_start - date[1]))


# ---- headings that introduce lists --------------------------------------------------------------

HEADING_LIST_CONFIDENCE = 0.6
_MAX_HEADING_EXTRA = 12  # characters of a heading besides the concept ("代表企业", "赛道")
_SOURCE_LINE = re.compile(
    r"\s*(?:资料来源|数据来源|信息来源|来源|出处|注|备注|source|sources|note|notes)\s*[：:]",
    re.IGNORECASE,
)
_LIST_LEAD = re.compile(
    r"[^，,。；;\n]{0,12}?(?:包括|主要有|有|如|为|例如|涵盖|include|includes|including|such as)"
    r"\s*[：:]?\s*|[^，,。；;\n]{0,12}?[：:]\s*",
    re.IGNORECASE,
)
_ENUMERATION_GAP = re.compile(r"^[\s、，,;；/和与及等以及“”\"'*.。：:]*$")


def heading_lists(
    text: str, blocks: Sequence[Block], mentions: Sequence[Mention]
) -> Iterator[RelationCandidate]:
    """operatesIn from a heading naming a segment or field to the organisations listed under it.

    Also every relation the document's layout states (:func:`layout_candidates`) and the
    recipients a grant programme lists (:func:`.relation_grants.grant_recipients`): the
    relation step reads a document's blocks here.
    """
    yield from _concept_heading_lists(text, blocks, mentions)
    yield from layout_candidates(text, blocks, mentions)
    yield from grant_recipients(text, blocks, mentions, None)


def layout_candidates(
    text: str, blocks: Sequence[Block], mentions: Sequence[Mention]
) -> Iterator[RelationCandidate]:
    """develops, deployedAt and regulates read off lists, tables and names
    (:mod:`.relation_portfolio`, :mod:`.relation_approvals`)."""
    yield from layout_relations(text, blocks, mentions)
    yield from approval_rows(text, blocks, mentions)


def _concept_heading_lists(
    text: str, blocks: Sequence[Block], mentions: Sequence[Mention]
) -> Iterator[RelationCandidate]:
    concept: Mention | None = None
    within = MentionsWithin(mentions)
    for block in blocks:
        inside = within(block.start, block.end)
        if block.kind == "heading":
            concept = _heading_concept(block, inside)
            continue
        if concept is None or _SOURCE_LINE.match(block.text):
            continue
        listed = (
            _tabled_organisations(text, block, inside)
            if block.kind == "table"
            else _listed_organisations(text, block, inside)
        )
        for org in listed:
            predicate = field_predicate(org.cls, concept.cls)
            if not predicate:
                continue
            yield RelationCandidate(
                org,
                predicate,
                concept,
                block.start,
                block.end,
                HEADING_LIST_CONFIDENCE,
                "heading-list",
            )


def _heading_concept(block: Block, inside: Sequence[Mention]) -> Mention | None:
    """The one segment or field a heading names (in one language or two: ``医学影像 / Medical
    Imaging``, ``AI药物研发 AI drug discovery``), when it names nothing else and says little
    besides. A technology a heading names alone (``## 医疗大模型``) is the field of the firms
    listed under it."""
    if any(m.cls not in _CONCEPTS for m in inside):
        return None
    concepts = [m for m in inside if m.cls in ("Segment", "UseCase")]
    named = concepts
    if len({m.iri or m.text for m in concepts}) != 1:
        chinese = [m for m in inside if m.cls in _CONCEPTS and _has_cjk(m.text)]
        if len(chinese) != 1:
            return None
        concepts, named = chinese, list(inside)  # two languages: the Chinese one names the field
    said = _HEADING_NOTE.sub("", _HEADING_NUMBER.sub("", block.text))  # "（收录38家）": a note
    for m in named:
        said = said.replace(m.text, "", 1)
    if _STUDY_WORDS.search(said):
        return None  # "医院AI应用现状调研": a study of the field, not a list of firms in it
    said = _LATIN_WORDS.sub("", said) if _has_cjk(concepts[0].text) else said
    if len(_HEADING_PUNCT.sub("", said)) > _MAX_HEADING_EXTRA:
        return None
    field = concepts[0]
    if field.cls in ("Segment", "UseCase"):
        return field
    if _has_cjk(_FIELD_WORDS.sub("", said)):
        return None  # "数据与算力": a technology beside other words is no field
    return Mention(
        field.start,
        field.end,
        field.text,
        "UseCase",
        field.confidence,
        FIELD_METHOD,
        name=field.text,
    )


def _has_cjk(text: str) -> bool:
    return any(is_cjk(ch) for ch in text)


_LATIN_WORDS = re.compile(r"[A-Za-z][A-Za-z\s&'-]*")  # the other language's name of the field
_FIELD_WORDS = re.compile(r"赛道|领域|方向|板块|代表企业|企业|厂商|公司|玩家")


_STUDY_WORDS = re.compile(
    r"调研|调查|现状|概况|分析|研究|趋势|展望|案例|问题|挑战|建议|评估|方法"
    r"|\b(?:survey|state of|outlook|analysis|trends?|case stud(?:y|ies)|methods?)\b",
    re.IGNORECASE,
)


_HEADING_NUMBER = re.compile(
    r"^\s*(?:[#*]+\s*)?(?:第[一二三四五六七八九十\d]+[章节部篇]|[一二三四五六七八九十]+[、.．]"
    r"|\d+(?:\.\d+)*[、.．)]?)\s*"
)
_HEADING_NOTE = re.compile(r"\s*[（(][^（）()]{1,40}[)）]\s*$")
_HEADING_PUNCT = re.compile(r"[\s/|｜:：()（）、,，*#.．-]+")
# columns whose cells give each row its own field: the heading's field is not theirs
_FIELD_ROLES = frozenset({"segment", "use_case", "field"})


def _tabled_organisations(text: str, block: Block, inside: Sequence[Mention]) -> list[Mention]:
    """The organisations a table under a field's heading lists, one per row, from its first
    column that names organisations; none when a column gives each row its own field."""
    # relation_tables reads rows for the whole relation step and imports this module
    from medatlas.loaders.extract.relation_tables import Row, table_rows

    if block.table is None:
        return []
    roles = [column_role(h) for h in block.table.header]
    if _FIELD_ROLES & set(roles):
        return []
    rows = table_rows(text, block)

    def named(row: Row, column: int) -> Mention | None:
        if column >= len(row.cells):
            return None
        start, end = row.cells[column]
        orgs = {m.iri or m.name or m.text: m for m in inside if start <= m.start and m.end <= end}
        found = list(orgs.values())
        return found[0] if len(found) == 1 and found[0].cls in _ORGX else None

    if "organization" in roles:
        column = roles.index("organization")
    elif (
        roles
        and roles[0] is None
        and rows
        and 2 * sum(bool(named(r, 0)) for r in rows) >= len(rows)
    ):
        column = 0  # "中文名 | English | …": a first column of firms the header does not call so
    else:
        return []
    return [m for m in (named(row, column) for row in rows) if m is not None]


def _listed_organisations(text: str, block: Block, inside: Sequence[Mention]) -> list[Mention]:
    orgs = [m for m in inside if m.cls in _ORGX]
    if not orgs:
        return []
    if block.kind == "list_item":
        first = orgs[0]
        lead = text[block.start : first.start]
        return [first] if _ENUMERATION_GAP.match(lead) else []
    # a paragraph that only enumerates organisations: "A、B、C等", "代表企业包括A、B"
    cursor = block.start
    lead = _LIST_LEAD.match(text[block.start : orgs[0].start])
    if lead:
        cursor += lead.end()
    for mention in inside:
        if mention.cls not in _ORGX or not _ENUMERATION_GAP.match(text[cursor : mention.start]):
            return []
        cursor = mention.end
    return orgs if len(orgs) >= 2 and _ENUMERATION_GAP.match(text[cursor : block.end]) else []


# ---- names that start with other names ----------------------------------------------------------

NAME_PREFIX_CONFIDENCE = 0.6
#: a registered name (北京X科技有限公司) says where a firm was registered, not that the report
#: places it there: held back for review rather than stated
REGISTERED_PLACE_CONFIDENCE = 0.45
_MIN_REST = 2  # characters the longer name has beyond the prefix
# National prefixes name an organisation's level (中国医学科学院), not where it sits.
_NOT_A_LOCATION_PREFIX = frozenset({"中国", "中华", "全国", "国家"})


def name_prefixes(
    mentions: Sequence[Mention], evidence: dict[int, tuple[int, int]]
) -> Iterator[RelationCandidate]:
    """locatedIn (``杭州X公司`` -> 杭州) and develops (``腾讯觅影`` <- 腾讯) read off names.

    A place read off a registered name is held back for review (below the fact threshold).

    The prefix must be the name of a region or organisation mentioned elsewhere in the same
    document; the object is a mention of the prefix inside the longer name. ``evidence`` maps
    a mention's start to the sentence or row that holds it.
    """
    regions = _by_surface(
        m for m in mentions if m.cls == "Region" and m.text not in _NOT_A_LOCATION_PREFIX
    )
    makers = _by_surface(m for m in mentions if m.cls in _ORGX)
    bodies = _by_surface(m for m in mentions if m.cls in _ORG)
    brands = _brands(m for m in mentions if m.cls == "Company")
    for mention in mentions:
        span = evidence.get(mention.start)
        if span is None:
            continue
        if mention.cls in _ORG:
            region = _longest_prefix(mention, regions)
            if region is not None:
                yield RelationCandidate(
                    mention,
                    "locatedIn",
                    _sub_mention(mention, region),
                    *span,
                    REGISTERED_PLACE_CONFIDENCE,
                    "name-prefix",
                )
        if mention.cls == "Policy":
            body = _longest_prefix(mention, bodies)
            if body is not None and _ISSUER_TITLE.match(mention.text, len(body.text)):
                # "X卫生健康委员会关于印发…的通知": a notice titled by the body that issues it
                yield RelationCandidate(
                    mention,
                    "issuedBy",
                    _sub_mention(mention, body),
                    *span,
                    NAME_PREFIX_CONFIDENCE,
                    "name-prefix",
                )
        if mention.cls in _UNIT_CLASSES or mention.cls == "Hospital":
            parent = _longest_prefix(mention, bodies, min_rest=1)
            rest = mention.text[len(parent.text) :] if parent is not None else ""
            if parent is not None and (
                _UNIT_END.search(rest)
                or (
                    _AFFILIATED.match(rest)
                    if mention.cls == "Hospital"
                    else _CLOUD_ARM.fullmatch(rest)
                )
            ):
                # 国家药监局医疗器械技术审评中心: a unit named after the body it belongs to
                yield RelationCandidate(
                    mention,
                    "subsidiaryOf",
                    _sub_mention(mention, parent),
                    *span,
                    NAME_PREFIX_CONFIDENCE,
                    "name-prefix",
                )
        if mention.cls in _OFF:
            maker = _longest_prefix(mention, makers)
            method = "name-prefix"
            if maker is None:
                maker, method = _brand_maker(mention, brands), "brand-prefix"
            if maker is not None:
                yield RelationCandidate(
                    _sub_mention(mention, maker, length=len(_brand(maker.text) or maker.text))
                    if method == "brand-prefix"
                    else _sub_mention(mention, maker),
                    "develops",
                    mention,
                    *span,
                    NAME_PREFIX_CONFIDENCE,
                    method,
                )


# what a unit of a larger body is called after the body's name: 审评中心, 达摩院, "Fund"
_UNIT_CLASSES = frozenset(
    {"GovernmentBody", "ResearchInstitution", "Organization", "Company", "Association"}
)
_UNIT_END = re.compile(
    r"(?:中心|研究院|研究所|实验室|达摩院|分公司|子公司|事业部|事业群|分会|专委会|专业委员会)$"
    r"|\b(?:Institute|Lab|Labs|Laboratory|Center|Centre|Ventures|Research"
    r"|Innovation|Innovations)$"
)
# 浙东医科大学附属滨湖医院, 某大学第一附属医院: a university's (or hospital's) teaching hospital
_AFFILIATED = re.compile(r"(?:第[一二三四五六七八九十\d]{1,3})?(?:附属|附设)")
# 华为云, 百度智能云: a group's cloud arm, named by the group's name and 云
_CLOUD_ARM = re.compile(r"(?:智能|健康|医疗)?云")
_ISSUER_TITLE = re.compile(r"\s*(?:关于|印发|发布|转发)")


def _by_surface(mentions: Iterator[Mention]) -> dict[str, Mention]:
    out: dict[str, Mention] = {}
    for mention in mentions:
        out.setdefault(mention.text.casefold(), mention)
    return out


def _longest_prefix(
    mention: Mention, known: dict[str, Mention], *, min_rest: int = _MIN_REST
) -> Mention | None:
    surface = mention.text.casefold()
    best: Mention | None = None
    for key, candidate in known.items():
        if (
            len(surface) - len(key) >= min_rest
            and surface.startswith(key)
            and (candidate.iri is None or candidate.iri != mention.iri)
            and (best is None or len(key) > len(best.text))
        ):
            best = candidate
    return best


# A Chinese company's brand is its name without the place it opens with and the words for its
# trade and legal form: 禾川 of 苏州禾川医疗科技有限公司 and of 禾川医疗. Its products are often
# named after it (禾川宫颈细胞学AI).
_COMPANY_TRADE_TAIL = re.compile(
    r"(?:科技|技术|医疗|医药|生物|信息|网络|健康|智能|数据|软件|智医|医学|影像|股份|集团|控股)+"
    r"(?:有限责任公司|股份有限公司|有限公司|公司|集团)?$"
)
_BRAND = re.compile(r"[\u4e00-\u9fff]{2,4}")


# An English company's brand is its first word when every word after it says its trade or legal
# form: Quillon of "Quillon Health, Inc.", Cortexa of "Cortexa Imaging"; its products are often
# named after it (Quillon Sentinel).
_EN_TRADE_WORDS = frozenset(
    word_list(
        "health healthcare medical medicine ai technologies technology tech systems solutions"
        " imaging analytics labs lab diagnostics therapeutics bio biosciences sciences software"
        " digital data robotics holdings group intelligence networks care company corporation"
        " inc inc. ltd ltd. llc corp corp. co co. plc gmbh ag limited"
    )
)
_EN_BRAND = re.compile(r"[A-Z][a-z]{3,}[A-Za-z]*")
_EN_COMMON_LEADS = frozenset(
    word_list(
        "general national american united global international first royal central regional"
        " community university city county state north south east west new great open smart"
        " digital medical health clinical advanced applied"
    )
)


def _en_brand(name: str) -> str | None:
    """The brand an English company's name carries (Quillon of "Quillon Health, Inc.")."""
    words = name.replace(",", " ").split()
    if len(words) < 2 or not _EN_BRAND.fullmatch(words[0]):
        return None
    if words[0].casefold() in _EN_COMMON_LEADS:
        return None
    if not all(w.casefold() in _EN_TRADE_WORDS for w in words[1:]):
        return None
    return words[0]


def _brand(name: str) -> str | None:
    """The brand a company's name carries, or None (no trade tail, not a brand)."""
    from medatlas.loaders.extract.entity_zh import word_role

    if name[:1].isascii():
        return _en_brand(name)
    tail = _COMPANY_TRADE_TAIL.search(name)
    if tail is None or tail.start() == 0:
        return None
    core = name[: tail.start()]
    for cut in (3, 2):  # 杭州市 / 杭州: the place of registration
        lead = core[:cut]
        if len(core) - cut >= 2 and word_role(lead.rstrip("省市区县")) == "place":
            core = core[cut:]
            break
    if not _BRAND.fullmatch(core) or word_role(core) in ("place", "generic", "stop"):
        return None
    return core


def _brands(mentions: Iterator[Mention]) -> dict[str, Mention | None]:
    """Brand -> the company (its longest name) that carries it; None when two companies do."""
    from medatlas.loaders.extract.entity_alias import is_short_form

    out: dict[str, Mention | None] = {}
    for mention in sorted(mentions, key=lambda m: (-len(m.text), m.start)):
        brand = _brand(mention.text)
        if brand is None:
            continue
        known = out.setdefault(brand, mention)
        if known is None or known.text == mention.text:
            continue
        if not is_short_form(mention.text, known.text, known.cls):
            out[brand] = None  # 禾川医疗 and 禾川科技: two companies, no telling whose
    return out


def _brand_maker(offering: Mention, brands: dict[str, Mention | None]) -> Mention | None:
    """The company whose brand opens an offering's name (禾川 of 禾川宫颈细胞学AI)."""
    for brand, company in brands.items():
        if (
            company is not None
            and offering.text.startswith(brand)
            and len(offering.text) - len(brand) >= _MIN_REST
            and (not brand.isascii() or offering.text[len(brand)] in " -")
            and (company.iri is None or company.iri != offering.iri)
        ):
            return company
    return None


def _sub_mention(whole: Mention, prefix: Mention, *, length: int | None = None) -> Mention:
    """A mention of ``prefix``'s thing at the start of ``whole``'s words (``length`` of them)."""
    size = len(prefix.text) if length is None else length
    return Mention(
        start=whole.start,
        end=whole.start + size,
        text=whole.text[:size],
        cls=prefix.cls,
        confidence=prefix.confidence,
        method="name-prefix",
        iri=prefix.iri,
        name=prefix.name or prefix.text,
    )


# ---- the document's own masthead ----------------------------------------------------------------

METADATA_CONFIDENCE = 0.75
_HEAD_BLOCKS = 4
_HEAD_CHARS = 3000


TITLE_METHOD = "metadata:title"  # how the pipeline marks the name the document's title states


def document_title(document: Document, mentions: Sequence[Mention]) -> Mention | None:
    """The report or policy the document is a copy of: the name its title states (the
    pipeline's title mention), else the longest name of a report in its first blocks ("POLICY
    BRIEF" may stand above the title)."""
    for mention in mentions:
        if mention.method == TITLE_METHOD and mention.cls in ("Report", "Policy"):
            return mention
    head = [b for b in document.blocks[:_HEAD_BLOCKS] if b.kind != "table"]
    reports = [
        m
        for m in mentions
        if m.cls == "Report" and any(b.start <= m.start and m.end <= b.end for b in head)
    ]
    return max(reports, key=lambda m: (m.end - m.start, -m.start)) if reports else None


def document_metadata(
    document: Document, mentions: Sequence[Mention]
) -> Iterator[RelationCandidate]:
    """The report or policy a document's title names, dated and attributed as its masthead
    states; whoever publishes or writes a policy issues it."""
    report = document_title(document, mentions)
    if report is None:
        return
    credited: set[str] = set()
    for candidate in as_credits_of(report, _document_metadata(document, mentions, report)):
        if candidate.predicate in _CREDITS and candidate.object is not None:
            key = candidate.object.iri or candidate.object.text.casefold()
            if key in credited:
                continue  # "编制：X" and "X" above the title: one credit, not two
            credited.add(key)
        yield candidate


_CREDITS = frozenset({"authoredBy", "publishedBy", "issuedBy"})


def as_credits_of(
    title: Mention, credits: Iterable[RelationCandidate]
) -> Iterator[RelationCandidate]:
    """*credits* of the document *title* names: whoever writes or publishes a policy issues it."""
    for credit in credits:
        if title.cls == "Policy" and credit.predicate in ("authoredBy", "publishedBy"):
            credit = replace(credit, predicate="issuedBy")
        yield credit


def _document_metadata(
    document: Document, mentions: Sequence[Mention], report: Mention
) -> Iterator[RelationCandidate]:
    meta = document.metadata
    text = document.text
    limit = min(len(text), _HEAD_CHARS)
    if meta.date:
        for start, end, iso in find_dates(text, 0, limit):
            if iso == meta.date:
                line = _line(text, start, end)
                yield RelationCandidate(
                    report,
                    "issuedOn",
                    None,
                    *line,
                    METADATA_CONFIDENCE,
                    "document-metadata",
                    date=iso,
                )
                break
    for predicate, name in (("publishedBy", meta.publisher), ("authoredBy", meta.author)):
        credited = list(_credited(name, mentions, limit))
        if not credited and name and len(name) < len(report.text):
            owner = _title_owner(report, name)  # X新闻办公室新闻发布会实录: named in the title only
            credited = [owner] if owner is not None else []
        for mention in credited:
            yield RelationCandidate(
                report,
                predicate,
                mention,
                *_line(text, mention.start, mention.end),
                METADATA_CONFIDENCE,
                "document-metadata",
            )
    at = next(i for i, b in enumerate(document.blocks) if b.start <= report.start < b.end + 1)
    masthead = [document.blocks[at]]
    for block in document.blocks[at + 1 : at + 1 + _MASTHEAD_BLOCKS]:
        if block.kind == "heading":
            break  # the body begins
        if block.kind != "table":
            masthead.append(block)
    yield from _masthead(text, masthead, mentions, report)


def _title_owner(report: Mention, name: str) -> Mention | None:
    """The organisation a title opens with, when the document credits it and names it nowhere
    else: a mention of it at the start of the title's words."""
    from medatlas.loaders.extract.publisher import publisher_class

    if not report.text.startswith(name):
        return None
    cls = publisher_class(name)
    end = report.start + len(name)
    return Mention(report.start, end, name, cls, METADATA_CONFIDENCE, "title-owner", name=name)


def _credited(name: str | None, mentions: Sequence[Mention], limit: int) -> Iterator[Mention]:
    """The organisations a stated publisher or author names: each one of a list
    (``主办单位：X、Y``), first where the head of the document names it, else where the body
    does (a masthead's ``XYZ HEALTH, INC.`` is the body's ``XYZ Health, Inc.``)."""
    if not name:
        return
    folded = name.casefold()
    seen: set[str] = set()
    for mention in mentions:
        if mention.start >= limit:
            break
        key = mention.iri or mention.text.casefold()
        if mention.cls in _ORG and _whole_item(mention.text.casefold(), folded) and key not in seen:
            seen.add(key)
            yield mention
    if seen:
        return
    wanted = normalise_name(name)
    for mention in mentions:
        names = (normalise_name(mention.name or mention.text), normalise_name(mention.text))
        if mention.cls in _ORG and wanted in names:
            yield mention  # the body's full name, or its short form the credit uses
            return
    from medatlas.loaders.extract.entity_alias import is_short_form

    for mention in mentions:
        full = mention.name or mention.text
        if mention.cls in _ORG and is_short_form(name, full, mention.cls):
            yield mention  # "启元健康科技 公司简介" of 苏州启元健康科技股份有限公司
            return


_EN_LEGAL_TAIL = re.compile(r"(?:\s*,?\s*(?:inc|ltd|llc|corp|co|plc|gmbh|ag)\.?)+")
_ORGANS = ("董事会", "监事会", "办公室", "秘书处", "编辑部", "宣传部", "证券部", "党委")
_ITEM_EDGE = re.compile(r"[\s、，,;；/|｜&和与及（）()：:]")


def _whole_item(name: str, credit: str) -> bool:
    """*name* stands in *credit* as a whole item of it (``X、Y``, ``X Pinegrove Research``), not
    as part of a longer name (太湖医谷 in 苏州太湖医谷发展有限公司)."""
    at = credit.find(name)
    while at >= 0:
        end = at + len(name)
        before = at == 0 or bool(_ITEM_EDGE.match(credit[at - 1]))
        after = (
            end == len(credit)
            or bool(_ITEM_EDGE.match(credit[end]))
            or credit.startswith(_ORGANS, end)  # X公司董事会: the company's board signs for it
            # 岚序医疗 of 岚序医疗科技股份有限公司, "Kestrel Health" of "Kestrel Health, Inc."
            or bool(_COMPANY_TRADE_TAIL.fullmatch(credit, end))
            or bool(_EN_LEGAL_TAIL.fullmatch(credit, end))
        )
        if before and after:
            return True
        at = credit.find(name, at + 1)
    return False


_MASTHEAD_BLOCKS = 4  # blocks under the title that may credit and date the report
_MASTHEAD_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "authoredBy",
        re.compile(
            r"(?:prepared|written|authored|compiled|produced|researched|edited)\s+by|\bauthors?\b"
            r"|\beditors?\b|^[\s*_>#]*by\s"
            r"|编写|撰写|编制|编著|撰稿|作者|研究机构|出品|主编|编辑[：:]",
            re.IGNORECASE,
        ),
    ),
    (
        "publishedBy",
        re.compile(
            r"(?:published|released|issued)\s+by|publisher|出版|发布机构|发布方|发布单位"
            r"|^[\s*_>#]*(?:source|来源)\s*[：:]",
            re.IGNORECASE,
        ),
    ),
)
_MASTHEAD_LINE = 50  # characters of a masthead line; a longer one is prose
_MASTHEAD_DATE = re.compile(
    r"released|published|issued|dated|date|updated|prepared|发布|出版|日期|印发|更新"
    r"|主办|承办|编制|出品|主编",
    re.I,
)
# what may follow the organisation that opens a masthead line: a unit's name, then a separator
# ("观澜咨询 研究部 | 2025年5月", "Acme Research, in collaboration with…"), or nothing at all
_BYLINE_LEAD = re.compile(r"[\s*_>#\-–—]*(?:by\s+)?", re.IGNORECASE)
_BYLINE_TAIL = re.compile(
    r"[^|/·•—–()（）\[\]。.!?！？；;:：,，\n]{0,12}?\s*(?:$|[|/·•—–]"
    r"|[,，]\s*(?:in\s+(?:collaboration|partnership|association)\s+with|with|and|for)\b"
    r"|[,，]?\s*(?=(?:19|20)\d{2}|\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d{2}|[A-Z][a-z]+\.?\s+\d))",
)
_NOT_A_BYLINE = re.compile(
    r"[。！？]|成立|创立|创办|创建|位于|注册|\b(?:founded|established|incorporated|based|headquartered)\b",
    re.IGNORECASE,
)
_TITLE_DATE = re.compile(r"[（(\[]\s*$")


def _masthead(
    text: str, head: Sequence[Block], mentions: Sequence[Mention], report: Mention
) -> Iterator[RelationCandidate]:
    """Lines under a report's title that say who wrote or published it, and when.

    A line that names the organisation after a cue ("Prepared by X", "撰稿：X", "Source: X")
    credits it; so does a line that opens with an organisation's name followed by nothing but
    a unit, a separator or a date ("X | Published March 2025", "X 研究部 | 2025年5月"). A
    date on a line that credits the report, or after a date cue ("Released:"), dates it, as
    does a date in brackets on the title's own line.
    """
    for block in head:
        for start, end in split_sentences(text, block.start, block.end):
            if start <= report.start < end:
                yield from _title_line_date(text, report, end)
                continue
            orgs = [m for m in mentions if start <= m.start and m.end <= end and m.cls in _ORG]
            credited = False
            for predicate, cue in _MASTHEAD_CUES:
                match = cue.search(text[start:end])
                if match is None:
                    continue
                after = [m for m in orgs if m.start >= start + match.start()]
                if after:
                    credited = True
                    yield RelationCandidate(
                        report,
                        predicate,
                        after[0],
                        start,
                        end,
                        METADATA_CONFIDENCE,
                        "masthead",
                    )
            if not credited and orgs and _is_byline(text, start, end, orgs[0]):
                credited = True
                yield RelationCandidate(
                    report, "publishedBy", orgs[0], start, end, METADATA_CONFIDENCE, "byline"
                )
            dates = find_dates(text, start, end)
            cued = bool(dates) and (
                # a short line with a cue ("发布日期：2025年4月"); in prose ("按发布时间排序…
                # 2024年以来") only a cue right before the date dates the report
                (end - start <= _MASTHEAD_LINE and _MASTHEAD_DATE.search(text, start, end))
                or _MASTHEAD_DATE.search(text, max(start, dates[0][0] - 12), dates[0][0])
            )
            if dates and (credited or cued):
                yield RelationCandidate(
                    report,
                    "issuedOn",
                    None,
                    start,
                    end,
                    METADATA_CONFIDENCE,
                    "masthead",
                    date=dates[0][2],
                )


def _is_byline(text: str, start: int, end: int, org: Mention) -> bool:
    """True if the line ``text[start:end]`` opens with ``org`` and says little else of it."""
    lead = _BYLINE_LEAD.match(text, start, org.start)
    if lead is None or lead.end() != org.start:
        return False
    line_end = text.find("\n", org.end, end)
    line = text[org.end : end if line_end < 0 else line_end]
    if _NOT_A_BYLINE.search(line):
        return False  # "X成立于2018年，专注…。": a sentence about X, not a credit line
    return bool(_BYLINE_TAIL.match(line))


def _title_line_date(text: str, report: Mention, end: int) -> Iterator[RelationCandidate]:
    """A date in brackets on the title's line ("月报 (2025年2月 / February 2025)")."""
    line_end = text.find("\n", report.end, end)
    line_end = end if line_end < 0 else line_end
    for start, _, iso in find_dates(text, report.end, line_end):
        if _TITLE_DATE.search(text, report.end, start):
            yield RelationCandidate(
                report,
                "issuedOn",
                None,
                *_line(text, report.start, report.end),
                METADATA_CONFIDENCE,
                "title-date",
                date=iso,
            )
        break


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end == -1 else line_end


# ---- procurement notices ------------------------------------------------------------------------

PROCUREMENT_CONFIDENCE = 0.65
# "采购单位：X医院" / "Contracting authority: X": the body that bought what the notice awards
_BUYER_LABEL = re.compile(
    r"(?:采购人|采购单位|采购方|招标人|招标单位)(?:名称)?\s*[:：]\s*"
    r"|\b(?:Buyer|Purchaser|Contracting authority|Procuring entity)\s*:\s*",
    re.IGNORECASE,
)
# the notice announces an award, not a tender still open
_AWARD = re.compile(
    r"中标(?:结果|公告|供应商|人|金额)|成交(?:结果|公告|供应商|金额)"
    r"|\b(?:contract award|award notice|awarded to)\b",
    re.IGNORECASE,
)
_CARE = frozenset(CLASS_GROUPS["CARE"])
# a project number or version (ACZB-2025-0417, V3.0) read as a name is no offering
_CODE = re.compile(r"[A-Za-z]{0,6}[-_./]?\d[\w.\-/]*")


def procurement_buyer(
    text: str, mentions: Sequence[Mention], evidence: dict[int, tuple[int, int]]
) -> Iterator[RelationCandidate]:
    """deployedAt from an award notice: what it awards goes to the hospital that bought it.

    The buyer is the care provider a ``采购单位：`` (``Buyer:``) label names; every offering the
    notice names is deployed there. Nothing comes of a notice without an award, or of one
    whose labels name two buyers.
    """
    if not _AWARD.search(text):
        return
    buyers: dict[str, Mention] = {}
    for label in _BUYER_LABEL.finditer(text):
        for mention in mentions:
            if mention.start == label.end() and mention.cls in _CARE:
                buyers.setdefault(mention.iri or mention.text, mention)
    if len(buyers) != 1:
        return
    [buyer] = buyers.values()
    for mention in mentions:
        span = evidence.get(mention.start)
        if mention.cls in _OFF and span is not None and not _CODE.fullmatch(mention.text):
            yield RelationCandidate(
                mention,
                "deployedAt",
                buyer,
                *span,
                PROCUREMENT_CONFIDENCE,
                "procurement-buyer",
            )


# ---- use cases named inside an offering's name ---------------------------------------------------

NAME_USE_CASE_CONFIDENCE = 0.6
_NAMED_OFFERINGS = frozenset({"Product", "Platform", "AIModel"})
_MIN_USE_CASE_CHARS = 3  # 肺结节, 眼底筛查; shorter terms inside names are too often accidents


@cache
def _use_case_labels() -> tuple[tuple[str, str], ...]:
    """(Chinese label, concept IRI) of every use case: the most specific concept first.

    Labels of two characters count too (冠脉 of 冠脉CTA辅助诊断软件 tells a descriptive name).

    A name that holds two (肺结节 and 辅助诊断 in 肺结节辅助诊断软件) addresses the narrower
    one: the concept deeper in the hierarchy, then the longer label.
    """
    from medatlas.graph.vocabulary import read_concepts

    concepts = [c for c in read_concepts() if c.cls == "UseCase"]
    broader = {c.iri: c.broader for c in concepts}

    def depth(iri: str, seen: frozenset[str] = frozenset()) -> int:
        parents = [p for p in broader.get(iri, ()) if p in broader and p not in seen]
        return 1 + max((depth(p, seen | {iri}) for p in parents), default=0)

    labels = {
        (text, c.iri, depth(c.iri))
        for c in concepts
        for text, lang in (*c.pref_labels, *c.alt_labels)
        if lang == "zh" and len(text) >= 2
    }
    ranked = sorted(labels, key=lambda t: (-t[2], -len(t[0]), t[0], t[1]))
    return tuple((text, iri) for text, iri, _ in ranked)


# a task named by its kind alone (智能诊断, 辅助诊断): what a category says of every tool in it;
# 眼底筛查 or 病理图像分析 says what it is done on, so it is the task a product's name states
_GENERIC_TASK = re.compile(
    r"(?:智能|辅助|AI|人工智能|临床|医学|影像)?(?:辅助)?(?:诊断|分析|决策|治疗|管理|识别|筛查|检测|诊疗)"
)


@cache
def use_case_categories() -> frozenset[str]:
    """IRIs of use cases that narrower use cases sit under (辅助诊断, 病理图像分析…)."""
    from medatlas.graph.vocabulary import read_concepts

    return frozenset(b for c in read_concepts() if c.cls == "UseCase" for b in c.broader)


NAMED_TASK_CONFIDENCE = 0.6
# a Latin brand, then a task, then the kind of offering: ImplantAI种植规划系统,
# 北辰GeneMind遗传变异解读大模型, WeanNet撤机评估模型
_NAMED_TASK = re.compile(
    r"[A-Za-z][A-Za-z0-9\-]*[A-Za-z0-9](?P<task>[\u4e00-\u9fff]{2,10}?)"
    r"(?:系统|平台|软件|大模型|模型|助手|机器人|工具)$"
)


def _named_task(name: str) -> tuple[int, int] | None:
    """The span of the task a name states after its Latin brand, if it ends with a task's word."""
    from medatlas.loaders.extract.entity_lexicon import MEDICAL_ACRONYMS
    from medatlas.loaders.extract.usecase_phrases import TASK_HEAD_ZH

    match = _NAMED_TASK.search(name)
    if match is None:
        return None
    brand = re.search(r"[A-Za-z][A-Za-z0-9\-]*[A-Za-z0-9]$", name[: match.start("task")])
    if brand is None or brand.group().upper() in {*MEDICAL_ACRONYMS, "AI"}:
        return None  # 眼底AI筛查系统: AI, CT, DR are no brand
    task = match.group("task")
    if (
        len(task) < 4
        or not re.search(rf"(?:{TASK_HEAD_ZH}|审方|交班)$", task)
        or re.search(r"(?:分析|管理)$|^(?:智能|辅助)诊断$", task)
    ):
        return None  # 分割, 卒中分析, 智能诊断: too bare to be the task it does
    return match.span("task")


def name_use_cases(
    chosen: Sequence[Mention], evidence: dict[int, tuple[int, int]]
) -> Iterator[RelationCandidate]:
    """addressesUseCase read off a descriptive Chinese name: 甲肺结节辅助诊断软件 -> 肺结节辅助诊断.

    Chinese product names often say what they are for: the longest use-case label inside the
    offering's name (not the whole name) is what it addresses.
    """
    from medatlas.loaders.extract.entity_zh import word_role

    for offering in chosen:
        span = evidence.get(offering.start)
        if offering.cls not in _NAMED_OFFERINGS or span is None:
            continue
        name = offering.text
        if not any("\u4e00" <= ch <= "\u9fff" for ch in name):
            continue
        # the label must follow a brand (禾影 of 禾影肺结节辅助诊断系统): a name that opens with
        # the use case (冠脉CTA辅助诊断软件) describes a kind of product, it does not name one
        labels = _use_case_labels()
        if any(name.startswith(label) for label, _ in labels):
            continue
        found = next(
            (
                (label, iri)
                for label, iri in labels
                if len(label) >= _MIN_USE_CASE_CHARS and name.find(label) >= 2
            ),
            None,
        )
        named = _named_task(name)  # ImplantAI种植规划系统: a task no list knows
        if found is not None and named is not None:
            at_label = name.find(found[0])
            if not (named[0] <= at_label and at_label + len(found[0]) <= named[1]):
                named = None  # the label stands elsewhere in the name: it says the task
            elif named[1] - named[0] == len(found[0]):
                named = None  # the label is the task itself
        if found is None or named is not None:
            # Navi-S脊柱手术导航机器人: the whole task after the Latin brand, not 手术导航 inside it
            if named is not None:
                at = offering.start + named[0]
                task = name[named[0] : named[1]]
                yield RelationCandidate(
                    offering,
                    "addressesUseCase",
                    Mention(
                        at,
                        at + len(task),
                        task,
                        "UseCase",
                        offering.confidence,
                        "name-use-case",
                        name=task,
                    ),
                    *span,
                    NAMED_TASK_CONFIDENCE,
                    "name-use-case",
                )
            continue
        if word_role(name[: name.find(found[0])]) not in ("proper", "stop"):
            continue
        if found[1] in use_case_categories() and _GENERIC_TASK.fullmatch(found[0]):
            continue  # "甲胸部CT智能诊断系统": 智能诊断 is a kind of task, not the task it does
        label, iri = found
        at = offering.start + name.index(label)
        use_case = Mention(
            start=at,
            end=at + len(label),
            text=label,
            cls="UseCase",
            confidence=offering.confidence,
            method="name-use-case",
            iri=iri,
            name=label,
        )
        yield RelationCandidate(
            offering,
            "addressesUseCase",
            use_case,
            *span,
            NAME_USE_CASE_CONFIDENCE,
            "name-use-case",
        )
