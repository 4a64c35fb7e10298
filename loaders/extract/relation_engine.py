"""Match relation patterns against a sentence whose names are replaced by typed tokens.

A sentence ``澜图医疗与浙江瑞和医院签署战略合作协议`` with two mentions becomes the template
``⟨0:Company⟩与⟨1:Hospital⟩签署战略合作协议`` (the brackets are private-use characters), so a
pattern is a regular expression over words and typed slots: ``{s:ORG}{g}与{q}{o:ORG}{g}签署``.
Slots are written ``{role:GROUP}`` (role ``s`` subject, ``o`` object, ``p`` a second subject; a
group from :data:`CLASS_GROUPS`), ``{GROUP}`` for an uncaptured name, and gaps:

- ``{g}`` up to 20 characters without a name, ``{h}`` up to 4 without a name or punctuation,
- ``{G}`` up to 40 characters or names, ``{e}``/``{E}`` the same for English (60 / 90),
  ``{L}`` up to 200 (a whole clause about the sentence's first name),
- ``{x}`` up to 90 characters or concepts and places, no entity names (English),
- ``{C}`` (``{c}``) up to 40 (12) characters or names within one clause,
- ``{N}`` the same as ``{C}`` but passing no organisation's name,
- ``{q}`` quotes, title marks, stars and spaces that may wrap a name,
- ``{w}`` up to four English words or names ("its AI-powered"),
- ``{a}`` the words of an apposition: no comma, no names but concepts,
- ``{k}`` up to 10 characters or concepts (no entity names) within one clause.

``{o:OFF!}`` only matches a name that is not a modifier (not followed by ``的``), so in
``发布了基于“A模型”的“B助手”`` the thing released is B. A match names one token per role; each
is then widened to the names coordinated with it (``A、B和C``, paired in order when the
sentence says 分别/respectively), and the match is dropped if the words it spans deny it or
report someone's speech, or weakened if they only plan it (:mod:`.relation_cues`).

When several names could be a match's subject, the nearest wins, except that in Chinese a name
that opens its clause (the topic, which carries over the following clauses) wins over names
inside the clause, a name inside a modifier (``X研发的``) ranks last, and a name governed by
与/和/with (``与X合作``) is never the subject: in ``A与B合作，推出C`` it is A that launches C.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from medatlas.loaders.extract.model import Mention
from medatlas.loaders.extract.relation_cues import (
    HEDGE_FACTOR,
    is_cancelled,
    is_hedged,
    is_negated,
)

__all__ = [
    "CLASS_GROUPS",
    "Found",
    "Rule",
    "Template",
    "build_template",
    "coordinated",
    "match_rule",
    "role_tokens",
]

OPEN, SEP, CLOSE = "\ue000", "\ue002", "\ue001"

#: the template class of a government body that runs offerings as a hospital does: a disease
#: control centre, an insurance bureau, an emergency or blood centre, a customs house
#: (``该系统在X疾控中心上线``);
#: it fills every slot a government body does, and the care sites' too
SERVICE_BODY = "ServiceBody"
_SERVICE_NAME = re.compile(
    r"疾病预防控制中心|疾控中心|医疗保障局|医保局|紧急医疗救援中心|急救中心|血液中心|中心血站"
    r"|(?<!总署)海关$|国际旅行卫生保健中心"  # a customs house runs the screening at its port
    r"|(?<![A-Za-z])CDC\b|centers? for disease control",
    re.IGNORECASE,
)
_ORG = (
    "Company",
    "GovernmentBody",
    SERVICE_BODY,
    "Hospital",
    "ResearchInstitution",
    "University",
    "Association",
    "Organization",
)
_ORGX = ("Company", "ResearchInstitution", "University", "Association", "Organization")
_OFF = ("Platform", "Product", "AIModel", "Dataset")

#: named groups of ontology classes a pattern slot may require
CLASS_GROUPS: dict[str, tuple[str, ...]] = {
    "ORG": _ORG,
    "ORGX": _ORGX,  # organisations that make and sell things (no hospitals, no government)
    "CORP": ("Company", "Hospital", "Organization"),  # a parent a spin-off stays under
    "HOSP": ("Hospital",),
    "CLINIC": ("Hospital", SERVICE_BODY),  # where care or screening is given, not research
    "PLAT": ("Platform",),
    "CARE": ("Hospital", "ResearchInstitution", "University", SERVICE_BODY),
    "SITE": (
        "Hospital",
        "ResearchInstitution",
        "University",
        "Company",
        "Organization",
        SERVICE_BODY,
    ),
    "GOV": ("GovernmentBody", SERVICE_BODY),
    "OFF": _OFF,
    "AGENT": _ORGX + _OFF,
    "POL": ("Policy",),
    "REP": ("Report",),
    "DOC": ("Policy", "Report"),
    "REG": ("Region",),
    "UC": ("UseCase",),
    "SEG": ("Segment",),
    "TECH": ("Technology",),
    "FIELD": ("UseCase", "Segment"),  # what a company works in: a market or a field of care
    "ANY": _ORG + _OFF + ("Policy", "Report", "Region", "UseCase", "Segment", "Technology"),
}

_GAPS: dict[str, str] = {
    "g": r"[^\ue000\ue001]{0,20}?",
    "h": r"[^\ue000\ue001，,。；;：:！？!?]{0,4}?",
    "G": r"(?:[^\ue000\ue001]|\ue000\d+\ue002\w+\ue001){0,40}?",
    "e": r"[^\ue000\ue001]{0,60}?",
    "x": r"(?:[^\ue000\ue001]|\ue000\d+\ue002(?:UseCase|Segment|Technology|Region)\ue001){0,90}?",
    "E": r"(?:[^\ue000\ue001]|\ue000\d+\ue002\w+\ue001){0,90}?",
    # a whole clause about the sentence's first name: "X, which runs … for 14 systems, will use"
    "L": r"(?:[^\ue000\ue001]|\ue000\d+\ue002\w+\ue001){0,200}?",
    "C": r"(?:[^\ue000\ue001，,。；;：:！？!?]|\ue000\d+\ue002\w+\ue001){0,40}?",
    "c": r"(?:[^\ue000\ue001，,。；;：:！？!?]|\ue000\d+\ue002\w+\ue001){0,12}?",
    "N": r"(?:[^\ue000\ue001，,。；;：:！？!?]|\ue000\d+\ue002(?:UseCase|Segment|Technology|Region"
    r"|Platform|Product|AIModel|Dataset)\ue001){0,40}?",
    "q": r"[\s“”\"'‘’「」『』《》〈〉*]*",
    # the maker a base is named with (以阿里云的通义千问为基座): passed over to the offering
    "m": r"(?:\ue000\d+\ue002(?:Company|ResearchInstitution|University|Organization)\ue001"
    r"(?:的|旗下的?)?)?",
    "w": r"(?:(?:[\w-]+|\ue000\d+\ue002\w+\ue001[\w-]*),?\s+){0,4}?",
    "a": r"(?:[^,，\ue000\ue001]|\ue000\d+\ue002(?:UseCase|Segment|Technology)\ue001){0,40}?",
    "k": r"(?:[^\ue000\ue001，,。；;：:！？!?]|\ue000\d+\ue002(?:UseCase|Segment|Technology)\ue001)"
    r"{0,10}?",
    # past any name but an offering's: what an organisation's offering does is the offering's
    "O": r"(?:[^\ue000\ue001]|\ue000\d+\ue002(?!Platform\b|Product\b|AIModel\b|Dataset\b)\w+"
    r"\ue001){0,40}?",
    # within a clause, past concepts too: 北京安和医院健康管理中心自2024年3月引入X
    "K": r"(?:[^\ue000\ue001，,。；;：:！？!?]|\ue000\d+\ue002(?:UseCase|Segment|Technology)\ue001)"
    r"{0,20}?",
}
_SLOT = re.compile(r"\{(?:(?P<role>[a-z]):)?(?P<name>[A-Za-z]+)(?P<head>!?)\}")
_TOKEN = re.compile(r"\ue000(\d+)\ue002(\w+)\ue001")
_NOT_MODIFIER = r"(?![”\"」』’]?的)"
_COORDINATION = re.compile(
    r"[\s“”\"'‘’「」『』《》〈〉*]*(?:、|，|,|和|与|及|以及|或|/|\band\b|\bor\b|&|,\s*and\b)?"
    r"[\s“”\"'‘’「」『』《》〈〉*]*(?:(?<=\s)the\s+)?",
    re.IGNORECASE,
)
# a name inside a modifier ("X研发的", "X's") or naming the parent in an apposition
# ("Y：X控股子公司，…": Y is the subsidiary the entry is about)
_EMBEDDED = re.compile(
    r"[^\ue000\ue001，,。；;：:！？!?]{0,8}?的|['’]s\b|(?:全资|控股|参股)?(?:子公司|孙公司|分公司)"
)
# "X, a subsidiary of Y, launched Z", "X, spun out of Y, develops Z": Y sits in an apposition
# and is not the one who launched
_APPOSITION_LEAD = re.compile(
    r",\s+(?:(?:a|an|the|its|their)\s+[^,\ue000\ue001]{0,40}?\b(?:of|by|from|at|for|with|in|between)"
    r"|(?:(?:spun|spin)[\s-]*(?:out|off)|carved\s+out|graduated)\s+(?:of|from)"
    r"|(?:(?:backed|founded|co-founded|owned|incubated|funded|acquired|led|run)\s+by)"
    r"|(?:(?:now|formerly|once)\s+)?part\s+of)"
    r"(?:\s+(?:the|its))?\s+$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[，,。；;：:！？!?]")
_CANCEL_REACH = 40  # characters after a deal where "已宣布终止" / "was called off" may follow
_DEALS = frozenset({"acquiredBy", "partnersWith", "investsIn", "fundedBy", "subsidiaryOf"})
_WITH = re.compile(
    r"(?:与|和|同|跟|携手|联合|联手|\bwith|\band|\bfrom)[\s“”\"'‘’「」*]*$", re.IGNORECASE
)
_CLAUSE_LEAD = re.compile(
    r"[\s“”\"'‘’「」『』《*\-•·\d.、)）(（]*"
    r"(?:(?:其中|此外|另外|同时|目前|现在|此前|近期|近日|最近|今年|去年|该|其|而|并|且|还|也|则|以及"
    r"|In\s+\d{4}|Today|Also|Meanwhile)[\s，,]*)*"
    r"(?:(?:核心|主打|代表|旗下|主要|明星|首款|新一代|自研)?(?:产品|平台|系统|模型|大模型|方案|解决方案|工具"
    r"|应用|企业|公司)"
    # a kind word before an offering's noun ("心电产品X"), not someone else's ("合作产品X")
    r"|(?!合作|引入|引进|采购|代理|竞|同类|对标|第三方)[\u4e00-\u9fff]{1,4}?(?:产品|平台|系统|软件))?"
    r"[\s“”\"'‘’「」『』《*]*",
    re.IGNORECASE,
)
_LAUNCHED = re.compile(
    r"(?:推出|发布|上线|打造|研发|开发|研制|构建|搭建|升级)了?(?:(?:基于|依托)[^\ue000\ue001]{0,4}?"
    r"\ue000\d+\ue002\w+\ue001[^\ue000\ue001]{0,4}?的)?"
    r"(?:[^的\ue000\ue001]|\ue000\d+\ue002(?:UseCase|Segment|Technology)\ue001){0,12}$"
    r"|(?:核心|主打|代表|主要|旗舰)?(?:产品|平台)(?:为|是|包括)(?:[^的\ue000\ue001，,。；;]"
    r"|\ue000\d+\ue002(?:UseCase|Segment|Technology)\ue001){0,12}$"
    r"|\ue001[^\ue000\ue001，,。；;]{0,4}?(?:通过|使用|利用|借助|运用|采用)(?:其|旗下的?|自有的?|自研的?)?"
    r"[\s“”\"'‘’「」『』《*]*$"
    r"|\b(?:launched|released|unveiled|introduced|rolled out|debuted)\b[^\ue000\ue001]{0,30}$",
    re.IGNORECASE,
)
_POSSESSOR_LEAD = re.compile(
    r"[\s“”\"'‘’]*\ue000\d+\ue002\w+\ue001(?:(?:的|旗下的?|['’]s)?\s*"
    r"(?:核心|主打|代表|旗下|主要|明星|首款|新一代|自研|flagship|new|core)?\s*"
    r"(?:产品|平台|系统|模型|大模型|方案|解决方案|工具|应用|product|platform|system|model|tool)"
    r"|的|旗下的?)[\s“”\"'‘’「」『』《*,]*",
    re.IGNORECASE,
)
_INSTRUMENT_BEFORE = re.compile(
    r"(?:基于|依托|借助|\bbased on|\bbuilt on|\bpowered by)[\s“”\"'‘’「」]*$", re.IGNORECASE
)
#: what comes before an offering another is built on, in a template: 基于/依托/以 and a few
#: words (no verb of making: 基于该成果开发“X” is built on the result), perhaps its maker
#: (依托X此前推出的Y); the token of the base follows
_MADE = r"(?!开发|研发|打造|构建|推出|训练|微调|发布|搭建)"
BASE_LEAD_ZH = (
    rf"(?:基于|依托|以)(?:{_MADE}[^，,。；;\ue000\ue001]){{0,6}}"
    # its maker, and what the maker did (依托X此前推出的Y: Y is the base) ...
    rf"(?:\ue000\d+\ue002(?:{'|'.join(_ORG)})\ue001[^，,。；;\ue000\ue001]{{0,8}}"
    # ... or another name, and no verb of making after it (基于该平台训练的Y: Y is made on it)
    rf"|\ue000\d+\ue002\w+\ue001(?:{_MADE}[^，,。；;\ue000\ue001]){{0,8}})?"
)
_BASE_LEAD = re.compile(BASE_LEAD_ZH + "$")
_BASE_TAIL = re.compile(r"[”\"]?(?:为|作为)(?:基座|底座|基础|底层)")
# where a thing runs: 部署在腾讯云上 (the cloud hosts it; it does not provide what follows)
_HOST_LEAD = re.compile(r"(?:部署|运行|托管)(?:在|于)$")


def _is_base(template: Template, index: int) -> bool:
    """Is mention *index* of *template* named as what something is built on?"""
    start, end = template.spans[index]
    return bool(
        _BASE_LEAD.search(template.text, max(0, start - 30), start)
        or _BASE_TAIL.match(template.text, end)
    )


def _is_host(template: Template, index: int) -> bool:
    """Is mention *index* of *template* named as where something runs (部署在X上)?"""
    start = template.spans[index][0]
    return _HOST_LEAD.search(template.text, max(0, start - 4), start) is not None


_RESPECTIVELY = re.compile(r"分别|各自|\brespectively\b", re.IGNORECASE)
_SPEECH = re.compile(
    r"(?:表示|认为|指出|(?<![简又俗昵名统通号])称|说道?|介绍|强调|透露|坦言|提到)[：:，,]?\s*[“\"「]"
    r"|\b(?:said|says|told)[,:]?\s*[“\"]",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Template:
    """A sentence with its mentions replaced by ``⟨index:Class⟩`` tokens."""

    text: str
    mentions: tuple[Mention, ...]
    spans: tuple[tuple[int, int], ...]  # where each token sits in ``text``
    start: int  # the sentence in the document
    end: int
    embedded: tuple[bool, ...] = field(default=())  # token sits inside a modifier ("X研发的")
    governed: tuple[bool, ...] = field(default=())  # token is the object of 与/和/with
    initial: tuple[bool, ...] = field(default=())  # token opens its clause (a Chinese topic)

    def words(self, start: int, end: int) -> str:
        """``text[start:end]`` with tokens blanked out: the words between the names."""
        return _TOKEN.sub(" ", self.text[start:end])

    def gap(self, left: int, right: int) -> str:
        """The text between token ``left`` and token ``right`` (left before right)."""
        return self.text[self.spans[left][1] : self.spans[right][0]]


def _token_class(mention: Mention) -> str:
    if mention.cls == "GovernmentBody" and _SERVICE_NAME.search(mention.name or mention.text):
        return SERVICE_BODY
    return mention.cls


def build_template(text: str, start: int, end: int, mentions: Sequence[Mention]) -> Template:
    """The template of the sentence ``text[start:end]`` given the mentions inside it.

    Mentions must lie inside the span, be sorted and not overlap.
    """
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    kept: list[Mention] = []
    cursor = start
    length = 0
    for mention in mentions:
        if mention.start < cursor:
            continue  # a gloss read with the name before it
        before = _clean(text[cursor : mention.start])
        pieces.append(before)
        length += len(before)
        token = f"{OPEN}{len(kept)}{SEP}{_token_class(mention)}{CLOSE}"
        kept.append(mention)
        pieces.append(token)
        spans.append((length, length + len(token)))
        length += len(token)
        cursor = _after_gloss(text, mention, end)
    mentions = kept
    pieces.append(_clean(text[cursor:end]))
    joined = "".join(pieces)
    embedded = tuple(
        bool(_EMBEDDED.match(joined, span_end))
        or (
            bool(_APPOSITION_LEAD.search(joined[max(0, span_start - 60) : span_start]))
            and joined[span_end : span_end + 2].lstrip().startswith(",")
        )
        for span_start, span_end in spans
    )
    template = Template(joined, tuple(mentions), tuple(spans), start, end, embedded)
    governed = tuple(_is_governed(template, i) for i in range(len(mentions)))
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(joined)]
    initial = []
    for (span_start, _), mention in zip(spans, mentions, strict=True):
        index = bisect.bisect_right(breaks, span_start) - 1
        lead = joined[breaks[index] if index >= 0 else 0 : span_start]
        initial.append(_opens_clause(lead) or _is_launched(lead, mention.cls))
    return Template(
        joined, tuple(mentions), tuple(spans), start, end, embedded, governed, tuple(initial)
    )


# a name's other-script form in brackets right after it: 阿里云（Alibaba Cloud）, 通义千问（Qwen）
_GLOSS = re.compile(r"[（(]\s*[A-Za-z][A-Za-z0-9 .&'’\-]{0,40}?\s*[)）]")


def _after_gloss(text: str, mention: Mention, end: int) -> int:
    """Where the words after a Chinese name go on: past its Latin-script gloss in brackets
    (``阿里云（Alibaba Cloud）的通义千问``), which says the name again and no more."""
    gloss = _GLOSS.match(text, mention.end, end)
    if gloss is None or not any("\u4e00" <= ch <= "\u9fff" for ch in mention.text):
        return mention.end
    return gloss.end()


def _is_launched(lead: str, cls: str) -> bool:
    """True for an offering just launched (``X推出Y，…``) or worked with (``X通过Y提供…``).

    Such an offering becomes the topic of what its clause goes on to say.
    """
    return cls in _OFF and bool(_LAUNCHED.search(lead))


def _opens_clause(lead: str) -> bool:
    """True if only quotes, connectives or a head noun ("核心产品") precede a name in its clause.

    ``lead`` is the clause up to the name.
    """
    if OPEN not in lead:
        return bool(_CLAUSE_LEAD.fullmatch(lead))
    return bool(_POSSESSOR_LEAD.fullmatch(lead))  # "其核心产品X", "X's platform Y": Y is the topic


def _is_governed(template: Template, index: int) -> bool:
    """True if token ``index`` (or the list it ends) follows 与/和/with: a partner, not an agent."""
    head = index
    while head > 0:
        gap = template.gap(head - 1, head)
        if not gap or not _COORDINATION.fullmatch(gap) or _WITH.search(gap):
            break
        head -= 1
    before = template.text[max(0, template.spans[head][0] - 8) : template.spans[head][0]]
    if _CLAUSE_AND.search(before):
        return False  # "It runs on Azure, and X signed…": a new clause, X its subject
    return bool(_WITH.search(before))


# a passive's agent: "cleared by the FDA", "backed by X" names who acted on the subject
_AGENT_BEFORE_EN = re.compile(
    r"\b(?:cleared|approved|authori[sz]ed|certified|designated|regulated|licensed|granted"
    r"|backed|funded|financed|acquired|owned|reviewed|audited)\s+by\s+(?:the\s+)?$"
)
_CLAUSE_AND = re.compile(r"[,;]\s*and[\s“”\"'‘’「」*]*$", re.IGNORECASE)


def _clean(text: str) -> str:
    return text.replace(OPEN, " ").replace(SEP, " ").replace(CLOSE, " ")


@dataclass(frozen=True)
class Rule:
    """A pattern and the relations a match states.

    ``emits`` lists ``(predicate, subject role, object role)``; the predicate ``"issuer"``
    becomes ``issuedBy`` for a policy and ``publishedBy`` for a report. A rule that is not
    ``hedgeable`` states its relation by grammar (a possessive, an apposition), so planning
    words around it ("plans to expand its platform X") do not weaken it.
    """

    name: str
    pattern: str
    emits: tuple[tuple[str, str, str], ...]
    confidence: float
    hedgeable: bool = True  # False for possessives: "plans to expand its platform X" owns X
    partner_subject: bool = False  # True if the subject is the one named after 与 ("与X开发的")
    subject_first: bool = (
        False  # True if "its" points at the sentence's first name, not the nearest
    )
    solo: tuple[str, ...] = ()  # roles not widened to coordinated names ("A与B…，与C…双方")
    anchor: str = ""  # the role each match is kept one of (default: the first emit's object)
    # True if the subject names the maker of the object it stands before (阿里云通义千问), so
    # "基于" before it governs the object: the model is what a thing is built on, not the firm
    maker_modifier: bool = False
    # True if the subject is not what another offering in the match is built on (用于: the
    # assistant based on 通义千问 is used, not 通义千问)
    avoid_bases: bool = False
    # True if the subject is not where another offering runs (部署在腾讯云上，提供A: not the cloud)
    avoid_hosts: bool = False
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)
    groups: dict[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        groups: dict[str, tuple[str, ...]] = {}

        def slot(match: re.Match[str]) -> str:
            name, role = match.group("name"), match.group("role")
            if name in _GAPS and role is None:
                return _GAPS[name]
            if name not in CLASS_GROUPS:
                raise ValueError(f"rule {self.name}: unknown slot {match.group()!r}")
            classes = "|".join(CLASS_GROUPS[name])
            head = _NOT_MODIFIER if match.group("head") else ""
            if role is None:
                return rf"\ue000\d+\ue002(?:{classes})\ue001{head}"
            groups[role] = CLASS_GROUPS[name]
            return rf"\ue000(?P<{role}>\d+)\ue002(?:{classes})\ue001{head}"

        compiled = re.compile(_SLOT.sub(slot, self.pattern), re.IGNORECASE)
        object.__setattr__(self, "regex", compiled)
        object.__setattr__(self, "groups", groups)


@dataclass(frozen=True)
class Found:
    """One relation a rule found: token indices into the template, confidence, method."""

    predicate: str
    subject: int
    object: int
    confidence: float
    method: str


def match_rule(rule: Rule, template: Template) -> Iterator[Found]:
    """Every relation ``rule`` states in ``template`` (coordinated names included)."""
    best: dict[int, tuple[tuple[bool, bool, int], dict[str, int], re.Match[str]]] = {}
    position = 0
    anchor_role = rule.anchor or rule.emits[0][2]
    subject_role = rule.emits[0][1]
    while position <= len(template.text):
        match = rule.regex.search(template.text, position)
        if match is None:
            break
        position = match.start() + 1
        roles = {role: int(match.group(role)) for role in rule.groups if match.group(role)}
        anchor = roles[anchor_role]
        subject = roles[subject_role]
        if (
            template.governed[subject]
            and subject_role == "s"
            and not rule.partner_subject
            and not (  # an apposition holds after "with" too ("with X, a Y company")
                not rule.hedgeable and template.text.startswith(",", template.spans[subject][1])
            )
        ):
            continue
        if (
            subject_role == "s"
            and not rule.maker_modifier
            and template.mentions[subject].cls in _ORG
            and _INSTRUMENT_BEFORE.search(
                template.text, max(0, template.spans[subject][0] - 8), template.spans[subject][0]
            )
        ):
            continue  # "基于X构建了Y": X is what Y is built on, not who built it
        if (
            subject_role == "s"
            and any(predicate == "partnersWith" for predicate, _, _ in rule.emits)
            and _AGENT_BEFORE_EN.search(
                template.text, max(0, template.spans[subject][0] - 24), template.spans[subject][0]
            )
        ):
            continue  # "X, cleared by the FDA in 2024, has signed a partnership with Y": X signs
        if rule.avoid_bases and _is_base(template, subject):
            continue  # "依托X推出的Y模型，可用于…": the platform built on Y is used
        if rule.avoid_hosts and _is_host(template, subject):
            continue
        topic_first = rule.name.startswith("zh-") and not template.initial[subject]
        rank = (
            topic_first,
            template.embedded[subject] and subject < anchor,
            subject if rule.subject_first else abs(subject - anchor),
        )
        if anchor not in best or rank < best[anchor][0]:
            best[anchor] = (rank, roles, match)
    if not best:
        return
    deal = any(predicate in _DEALS for predicate, _, _ in rule.emits)
    for _, roles, match in sorted(best.values(), key=lambda item: item[2].start()):
        words = _words_around(template, match)
        if (
            is_negated(words)
            or (deal and is_cancelled(template.words(match.end(), match.end() + _CANCEL_REACH)))
            or _SPEECH.search(template.words(match.start(), match.end()))
        ):
            continue
        hedged = rule.hedgeable and is_hedged(words)
        confidence = rule.confidence * (HEDGE_FACTOR if hedged else 1.0)
        method = f"pattern:{rule.name}" + (":hedged" if hedged else "")
        members = _expand_roles(rule, template, roles)
        respectively = bool(_RESPECTIVELY.search(words))
        for predicate, subject_role_, object_role in rule.emits:
            subjects, objects = members.get(subject_role_, []), members.get(object_role, [])
            if respectively and len(subjects) == len(objects) > 1:
                pairs = list(zip(subjects, objects, strict=True))
            else:
                pairs = [(a, b) for a in subjects for b in objects]
            for subject, obj in pairs:
                if subject != obj:
                    yield Found(predicate, subject, obj, confidence, method)


_PARTNERING_NEXT = re.compile(
    r"[\s“”\"'‘’「」]*(?:达成|签署|签订|签约|建立|开展|展开|深化|启动|战略合作|合作|结成)"
)


def _is_partner_only(template: Template, index: int) -> bool:
    """True for a name after 与/和 that the words right after it make a partner (与B达成合作)."""
    end = template.spans[index][1]
    return template.governed[index] and bool(_PARTNERING_NEXT.match(template.text, end))


def role_tokens(rule: Rule, template: Template, role: str) -> set[int]:
    """Every token any match of ``rule`` puts in ``role``, coordinated names included."""
    found: set[int] = set()
    position = 0
    while position <= len(template.text):
        match = rule.regex.search(template.text, position)
        if match is None:
            break
        position = match.start() + 1
        if match.group(role):
            index = int(match.group(role))
            found.update(coordinated(template, index, rule.groups[role], set()))
    return found


def _words_around(template: Template, match: re.Match[str]) -> str:
    """The words a match spans, plus the few words before it in the same clause."""
    lead = max(0, match.start() - 8)
    before = template.text[lead : match.start()]
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(before)]
    if breaks:
        lead += breaks[-1]
    return template.words(lead, match.end())


def _expand_roles(rule: Rule, template: Template, roles: dict[str, int]) -> dict[str, list[int]]:
    taken: set[int] = set(roles.values())
    members: dict[str, list[int]] = {}
    anchor = rule.anchor or rule.emits[0][2]
    order = sorted(roles, key=lambda role: role != anchor)  # the anchor role first
    for role in order:
        if role in rule.solo:
            members[role] = [roles[role]]
            continue
        others = {c for other in roles if other != role for c in rule.groups[other]}
        owners = frozenset(_ORG) - others  # an owner named in the list is no party to the match
        group = coordinated(
            template, roles[role], rule.groups[role], taken - {roles[role]}, owners=owners
        )
        if role == rule.emits[0][1] and not rule.partner_subject:
            # "A与B达成合作，推出C": B is A's partner, not one who launches C
            group = [i for i in group if i == roles[role] or not _is_partner_only(template, i)]
        members[role] = group
        taken.update(group)
    return members


def coordinated(
    template: Template,
    index: int,
    classes: Iterable[str],
    exclude: set[int],
    *,
    owners: frozenset[str] = frozenset(),
) -> list[int]:
    """Token ``index`` and the tokens coordinated with it (``A、B和C``) of the same classes.

    ``owners`` are the classes of names that may stand before a listed name as its owner
    (``A和乙公司的B``) without ending the list; none by default.
    """
    allowed = set(classes)
    group = [index]
    for step in (-1, 1):
        current = index
        while 0 <= current + step < len(template.mentions):
            neighbour = current + step
            possessed = _possessed_next(template, current, step, allowed, owners)
            if possessed is not None:  # "A和乙公司的B": B is listed with A, 乙公司 owns it
                neighbour = possessed
            gap = template.gap(min(current, neighbour), max(current, neighbour))
            if possessed is not None:
                left = current if step > 0 else neighbour
                gap = template.gap(left, left + 1)  # the list's word, before the owner
            if (
                neighbour in exclude
                or template.mentions[neighbour].cls not in allowed
                or not gap  # names that touch are one phrase, not a list
                or not _COORDINATION.fullmatch(gap)
            ):
                break
            group.append(neighbour)
            current = neighbour
    return sorted(group)


_OWNER_GAP = re.compile(r"(?:的|['’]s\s*)[\s“”\"'‘’「」『』《》〈〉*]*")


def _possessed_next(
    template: Template, current: int, step: int, allowed: set[str], owners: frozenset[str]
) -> int | None:
    """The next listed name when an owner's name stands before it (``A和乙公司的“B”``)."""
    owner = current + step
    named = owner + step
    if not owners or not 0 <= named < len(template.mentions):
        return None
    if template.mentions[owner].cls not in owners or template.mentions[named].cls not in allowed:
        return None
    if template.mentions[current].cls not in allowed:
        return None
    first, second = sorted((owner, named))
    if not _OWNER_GAP.fullmatch(template.gap(first, second)):
        return None
    return named
