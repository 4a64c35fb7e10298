"""The field a company works in: ``X深耕医学影像领域``, "X is a leader in digital pathology".

A company that focuses on, is rooted in or leads a *field* (a word followed by 领域/赛道/行业/
市场, or "a leader in X", "operates in the X market") works in it: the rules here emit the
predicate ``field``, which :func:`field_predicate` turns into ``operatesIn`` when an
organisation works in a market segment or a field of care the vocabulary files as a use case
(数字病理, clinical decision support), and into ``addressesUseCase`` when an offering is said to
serve it.

A field no vocabulary lists is read off the words around it by :func:`free_fields`
(``专注心电人工智能``, ``医疗供应链AI企业X``, "X, an AI drug discovery startup") and filed, like
any use case the vocabulary lacks, as a discovered concept.

>>> field_predicate("Company", "UseCase"), field_predicate("Product", "UseCase")
('operatesIn', 'addressesUseCase')
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from medatlas.loaders.extract.model import Mention, RelationCandidate
from medatlas.loaders.extract.relation_engine import CLASS_GROUPS, Rule

__all__ = [
    "FIELD_METHOD",
    "FIELD_PREDICATE",
    "FIELD_RULES",
    "field_predicate",
    "free_fields",
    "prefer_fields",
]

FIELD_PREDICATE = "field"
_NARROWED = "en-org-leader-in-field"  # the broad field of "a leader in X for Y" ...
_NARROWED_BY = "en-org-leader-in-x-for-field"  # ... gives way to the narrow one
# up to 30 characters with places and concepts but no other name
_PLACES_GAP = (
    r"(?:[^\ue000\ue001]|\ue000\d+\ue002(?:Region|UseCase|Segment|Technology)\ue001){0,30}?"
)
_ORGANISATIONS = frozenset(CLASS_GROUPS["ORG"])
_FIELDS = frozenset({"Segment", "UseCase"})


def field_predicate(subject_cls: str, field_cls: str) -> str:
    """The relation for "*subject* works in *field*": ``operatesIn`` for an organisation in a
    segment or a field of care, ``addressesUseCase`` for an offering and a use case, else ``""``."""
    if subject_cls in _ORGANISATIONS and field_cls in _FIELDS:
        return "operatesIn"
    if field_cls == "UseCase":
        return "addressesUseCase"
    return ""


_FOCUS_ZH = (
    "深耕|聚焦|布局|专注|扎根|主攻|切入|进军|致力于|耕耘|立足|专攻|深度布局|重点布局|战略布局|持续布局"
    "|长期深耕|率先布局|全面布局|主要从事|从事|主营"
)
# the work a firm does in its field, said after it: 从事医疗大模型研发, 主营心电分析业务
_FIELD_WORK_ZH = r"(?:的?(?:研发|研究|开发|业务|服务|工作))?"
_FIELD_ZH = "领域|赛道|行业|市场|板块|产业|方向"
_LEADER_ZH = "领军|龙头|头部|领先|代表性?|知名|独角兽|标杆"
_LEADER_EN = (
    "leader|pioneer|specialist|player|frontrunner|front-runner|innovator|provider|company"
    "|startup|start-up|vendor|challenger|heavyweight|champion"
)
_MARKET_EN = "market|space|sector|segment|industry|field|arena|vertical"

FIELD_RULES: tuple[Rule, ...] = (
    Rule(
        "zh-org-focuses-on-field",
        rf"{{s:ORGX}}{{G}}(?:{_FOCUS_ZH})于?(?:在)?{{k}}{{q}}{{o:FIELD}}{{q}}(?:等|及相关)?(?:{_FIELD_ZH})",
        ((FIELD_PREDICATE, "s", "o"),),
        0.75,
    ),
    Rule(
        "zh-org-is-field-leader",
        rf"{{s:ORGX}}{{g}}(?:是|为|系|作为|成为)(?:国内|全球|国际|行业内?)?{{q}}{{o:FIELD}}{{q}}"
        rf"(?:{_FIELD_ZH})?的?(?:{_LEADER_ZH})(?:企业|公司|厂商|玩家|者)",
        ((FIELD_PREDICATE, "s", "o"),),
        0.75,
        hedgeable=False,
    ),
    Rule(
        "zh-field-leader-org",
        rf"{{o:FIELD}}{{q}}(?:{_FIELD_ZH})的?(?:{_LEADER_ZH})(?:企业|公司|厂商|玩家)[\s，,：:]*{{q}}{{s:ORGX}}",
        ((FIELD_PREDICATE, "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "en-org-leader-in-field",
        rf"{{s:ORGX}}{{a}}(?:\b(?:is|as|was|has become|became|remains)\s+|,\s*)(?:a|an|the)\s+"
        rf"(?:[\w-]+\s+){{0,2}}?(?:{_LEADER_EN})s?\s+(?:in|of)\s+(?:the\s+)?{{o:FIELD}}",
        ((FIELD_PREDICATE, "s", "o"),),
        0.75,
        hedgeable=False,
    ),
    Rule(
        "en-org-operates-in-field",
        r"{s:ORGX}{e}\b(?:operates|operating|competes|competing|is active|active|works|working"
        r"|specialises|specializes|specialising|specializing|focuses|focused|focusing"
        r"|concentrates)\s+(?:exclusively\s+|primarily\s+|mainly\s+)?(?:in|on)\s+(?:the\s+)?"
        rf"{{o:FIELD}}(?:\s+(?:{_MARKET_EN})\b)",
        ((FIELD_PREDICATE, "s", "o"),),
        0.75,
    ),
    Rule(
        "en-org-enters-field-market",
        r"{s:ORGX}{e}\b(?:entered|enters|entering|expanded into|expands into|moved into"
        r"|moves into)\s+(?:the\s+)?"
        rf"{{o:FIELD}}\s+(?:{_MARKET_EN})\b",
        ((FIELD_PREDICATE, "s", "o"),),
        0.7,
    ),
    Rule(
        "zh-org-is-a-firm-focused-on-field",
        rf"{{s:ORGX}}{{G}}(?:是|为|作为)?一家{{k}}(?:{_FOCUS_ZH}|从事|主营)于?{{k}}{{q}}{{o:FIELD}}{{C}}的"
        r"{C}(?:企业|公司|厂商|服务商|提供商|独角兽|平台)",
        ((FIELD_PREDICATE, "s", "o"),),
        0.75,
        hedgeable=False,
    ),
    Rule(
        "zh-org-field-as-main-business",
        r"{s:ORGX}{g}以{q}{o:FIELD}{k}为(?:主业|主营业务|核心业务|核心主业|主要业务|核心方向|主攻方向)",
        ((FIELD_PREDICATE, "s", "o"),),
        0.75,
    ),
    Rule(
        "zh-org-focuses-on",
        # the clauses between may name places and concepts ("X总部位于成都，专注Y")
        rf"{{s:ORGX}}{_PLACES_GAP}(?:{_FOCUS_ZH})于?{{q}}{{o:FIELD!}}{{q}}{_FIELD_WORK_ZH}(?=[，,。；;]|$)",
        ((FIELD_PREDICATE, "s", "o"),),
        0.7,
    ),
    Rule(
        "en-org-builds-ai-for-field",
        r"{s:ORGX}{e}\b(?:builds|develops|makes|provides|offers|sells)\s+(?:AI|{TECH})"
        r"(?:\s+(?:software|tools|solutions|products|models))?\s+(?:for|in)\s+(?:the\s+)?"
        r"{o:FIELD}",
        ((FIELD_PREDICATE, "s", "o"),),
        0.7,
    ),
)


# --- fields no vocabulary lists ------------------------------------------------------------------

FIELD_METHOD = "free-field"
FIELD_CONFIDENCE = 0.65
_MAX_FIELD_ZH = 10
_FIRM_ZH = "企业|公司|服务商|提供商|厂商|独角兽|初创企业|创业公司|初创公司"
_FIRM_EN = (
    "company|startup|start-up|firm|developer|maker|specialist|provider|player|vendor|scale-up"
    "|unicorn|business"
)
_FIELD_CHARS = r"[\u4e00-\u9fffA-Za-z0-9+]"
# after a focus verb: the field runs to the end of the clause or to 领域/赛道/...
_ZH_FOCUS_FIELD = re.compile(
    rf"(?:{_FOCUS_ZH})于?(?:在)?[“\"《]?(?P<f>{_FIELD_CHARS}{{2,{_MAX_FIELD_ZH}}}?)[”\"》]?"
    rf"(?:等|及相关)?(?:{_FIELD_ZH}|{_FIELD_WORK_ZH}(?=[，,。；;）)]|$))"
)
# before a firm word that names the organisation right after it: 医疗供应链AI企业X
_ZH_FIELD_FIRM = re.compile(
    rf"(?:国内|国际|全球|一家|知名|头部|领先的?|新锐|老牌|专业)*"
    rf"(?P<f>{_FIELD_CHARS}{{2,{_MAX_FIELD_ZH}}}?)(?:AI|人工智能)?(?:{_FIRM_ZH})"
)
# words that make a phrase a kind of firm, a goal or a place, not a line of business
_ZH_NOT_FIELD = re.compile(
    r"上市|控股|参股|子|母|合资|投资|关联|合作|伙伴|目标|同类|该|本|其|家|被投|国有|民营|外资"
    r"|提升|提高|打造|推动|推进|帮助|实现|解决|服务于|为|让|把|将|的|和|与|及|或|[省市县区]$"
)
_GENERIC_ZH = frozenset(
    {"医疗", "健康", "科技", "人工智能", "智能", "互联网", "数字", "医药", "生物", "信息", "软件"}
)
_EN_FIELD_FIRM = re.compile(
    r"[*_]*,\s*(?:a|an)\s+(?P<f>(?:[A-Za-z][\w-]*\s+){1,5}?)"
    rf"(?:{_FIRM_EN})\b"
)
_EN_LEADER_IN = re.compile(
    r"[*_]*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{_LEADER_EN})s?\s+(?:in|of)\s+(?:the\s+)?(?P<f>(?:[A-Za-z][\w-]*\s*){{1,6}}?)"
    r"(?=\s*[,.;)]|\s+(?:and|that|which|with|since|today|has|is|was)\b)"
)
_EN_FOR = re.compile(r"\bfor\s+(?P<f>(?:[a-z][\w-]*\s*){1,3})$")
# leading words that say what kind of firm it is, not what it works in
_EN_MODIFIER = re.compile(
    r"(?:leading|privately|publicly|held|listed|traded|venture|backed|funded|fast|growing"
    r"|fast-growing|young|small|large|global|new|major|top|well-known|early-stage|late-stage"
    r"|emerging|established|award-winning|stealth|\w+-based|\w+-backed|\w+-stage|\w+-owned"
    r"|[A-Z][a-z]+)$"
)
_GENERIC_EN = frozenset(
    {"AI", "ML", "health", "healthcare", "medical", "tech", "technology", "market", "industry"}
    | {"field", "sector", "space", "segment", "world", "country", "region", "software", "data"}
    | {"portfolio", "subsidiary", "affiliate", "sister", "parent", "holding", "member", "partner"}
    | {"client", "customer", "spin-off", "spinout", "spin-out", "joint-venture", "shell"}
)
_EN_WARES = re.compile(r"software|solutions?|platforms?|tools?|services?|products?|systems?")
_EN_WORD = re.compile(r"[a-z][a-z-]*|AI|ML|[A-Z]{2,5}")


def _en_field(words: str) -> tuple[int, int] | None:
    """Where the field lies in *words* ("a Boston-based computational pathology"): the span
    after the kind-of-firm words, when what is left is lower-case words or acronyms."""
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", words)]
    while tokens and _EN_MODIFIER.fullmatch(words[tokens[0][0] : tokens[0][1]]):
        tokens.pop(0)
    while len(tokens) > 1 and _EN_WARES.fullmatch(words[tokens[-1][0] : tokens[-1][1]]):
        tokens.pop()  # "a breast imaging software company": the field is breast imaging
    if not tokens or not all(_EN_WORD.fullmatch(words[a:b]) for a, b in tokens):
        return None
    if all(words[a:b] in _GENERIC_EN for a, b in tokens):
        return None  # "a health AI startup", "the leader of the market" name no field
    return tokens[0][0], tokens[-1][1]


_GIVES_WAY = frozenset({"Technology"})


def _clear(a: int, b: int, taken: Sequence[Mention]) -> bool:
    return not any(m.start < b and a < m.end for m in taken)


def _zh_field(phrase: str) -> bool:
    return phrase not in _GENERIC_ZH and not _ZH_NOT_FIELD.search(phrase)


def free_fields(text: str, start: int, end: int, taken: Sequence[Mention]) -> list[Mention]:
    """``UseCase`` mentions for the fields organisations work in, in ``text[start:end]``, that
    no mention covers: after a focus verb (``专注心电人工智能``, ``深耕X领域``), before a firm word
    that an organisation's name follows (``医疗供应链AI企业医链达``), and in an English apposition
    ("Vantis Bio, an AI drug discovery startup"). The relation rules of this module then tie
    them to the organisation.

    >>> [m.text for m in free_fields("致川医疗专注心电人工智能。", 0, 13, [])]
    ['心电人工智能']
    """
    found: list[Mention] = []
    # a technology inside a field's name (人工智能 of 心电人工智能) gives way to the field
    blocking = [m for m in taken if m.cls not in _GIVES_WAY]

    def add(a: int, b: int) -> None:
        phrase = text[a:b].strip()
        a = text.index(phrase, a) if phrase else a
        b = a + len(phrase)
        if len(phrase) < 2 or not _clear(a, b, blocking) or not _clear(a, b, found):
            return
        if any(m.start <= a and b <= m.end for m in taken):
            return  # the whole phrase is a technology's name: no field
        found.append(Mention(a, b, phrase, "UseCase", FIELD_CONFIDENCE, FIELD_METHOD, name=phrase))

    for hit in _ZH_FOCUS_FIELD.finditer(text, start, end):
        if _zh_field(hit.group("f")):
            add(hit.start("f"), hit.end("f"))
    organisations = sorted(
        (m for m in taken if m.cls in _ORGANISATIONS and start <= m.start < end),
        key=lambda m: m.start,
    )
    for org in organisations:
        clause = max(text.rfind(p, start, org.start) for p in "，,。；;：:、（(\n ") + 1
        lead = _ZH_FIELD_FIRM.fullmatch(text, max(clause, start), org.start)
        if lead and _zh_field(lead.group("f")):
            add(lead.start("f"), lead.end("f"))
        after = _EN_FIELD_FIRM.match(text, org.end, end) or _EN_LEADER_IN.match(text, org.end, end)
        if after:
            words = after.group("f")
            narrower = _EN_FOR.search(words.rstrip())
            if narrower:  # "clinical AI for acute care": the field is acute care
                a = after.start("f") + narrower.start("f")
                add(a, a + len(narrower.group("f").rstrip()))
            elif (span := _en_field(words)) is not None:
                add(after.start("f") + span[0], after.start("f") + span[1])
    return found


FIELD_RULES = (
    *FIELD_RULES,
    Rule(
        "zh-field-firm-org",
        rf"{{o:FIELD}}(?:AI|人工智能)?(?:{_FIRM_ZH}){{s:ORGX}}",
        ((FIELD_PREDICATE, "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "en-org-leader-in-x-for-field",
        rf"{{s:ORGX}},\s*(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{_LEADER_EN})s?\s+(?:in|of)\s+"
        r"(?:the\s+)?(?:(?:[\w-]+|\ue000\d+\ue002\w+\ue001)\s+){1,3}?for\s+{o:FIELD}",
        ((FIELD_PREDICATE, "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "en-org-a-field-firm",
        rf"{{s:ORGX}}[*_]*,\s*(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{{o:FIELD}}\s+(?:{_FIRM_EN})\b",
        ((FIELD_PREDICATE, "s", "o"),),
        0.7,
        hedgeable=False,
    ),
)


def prefer_fields(
    candidates: Sequence[RelationCandidate], key: Callable[[Mention], str]
) -> list[RelationCandidate]:
    """Drop "organisation addresses X" where the document also says the organisation works in
    X (``operatesIn``): a field of business said once is not also a task it serves. *key*
    tells when two mentions name the same thing."""
    fields = {
        (key(c.subject), key(c.object))
        for c in candidates
        if c.predicate == "operatesIn" and c.object is not None
    }
    # "a leader in clinical AI for acute care": the field is acute care, not clinical AI
    narrowed = {
        (key(c.subject), c.start, c.end) for c in candidates if c.method.endswith(_NARROWED_BY)
    }
    return [
        c
        for c in candidates
        if not (
            c.predicate == "addressesUseCase"
            and c.object is not None
            and c.subject.cls in _ORGANISATIONS
            and (key(c.subject), key(c.object)) in fields
        )
        and not (c.method.endswith(_NARROWED) and (key(c.subject), c.start, c.end) in narrowed)
    ]
