"""Who speaks where: the organisation "we" stands for in each turn of a transcript.

Interviews, podcasts, panels and investor Q&As are written as turns: a speaker's label opens
each one (``OMAR:``, ``[00:01:05] Dana Whitfield:``, ``张明：``, ``答（张明）：``), and the
speaker says "we", "our", ``我们``, ``我司`` of the firm they work for. The firm is stated once,
somewhere in the text, beside the person's name:

- English: "Omar Reyes, co-founder and CEO of Fernlight Health", "Fernlight Health's CEO Omar
  Reyes", "Omar Reyes (Fernlight Health)";
- Chinese: ``岚影智能创始人兼CEO张明``, ``张明（岚影智能创始人）``, ``张明，岚影智能首席科学家``.

:func:`speaker_turns` pairs each turn with the organisation of its speaker, matched by full
name, given name, family name or the label's letters (``OMAR`` for Omar Reyes). Turns of a
speaker with no stated firm (the host) get none.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from medatlas.loaders.extract.model import Mention
from medatlas.loaders.extract.relation_engine import CLASS_GROUPS

__all__ = [
    "OUR_HOSPITAL",
    "Turn",
    "affiliations",
    "speaker_at",
    "speaker_turns",
    "speaks_as_hospital",
]

_ORG = frozenset(CLASS_GROUPS["ORG"])
_EN_PERSON = r"(?-i:(?P<person>[A-Z][a-z]+(?:[ -][A-Z][a-z'’]+){1,2}))"
_ZH_PERSON = r"(?P<person>[\u4e00-\u9fff]{2,3})"
_EN_ROLE = (
    r"(?:(?:co-?)?founder|ceo|cto|cmo|coo|cfo|cso|chief [a-z]+ officer|president|chair(?:man|woman"
    r"|person)?|head of [a-z ]{2,30}|director(?: of [a-z ]{2,30})?|(?:senior |executive )?vice"
    r" president(?: of [a-z ]{2,30})?|vp(?: of [a-z ]{2,30})?|general manager|managing director"
    r"|partner|principal|professor|researcher|scientist|physician|radiologist|analyst|lead)"
)
_ZH_ROLE = (
    r"(?:联合)?创始人|董事长|董事会秘书|董秘|总经理|副总经理|总裁|副总裁|首席[\u4e00-\u9fff]{2,4}官"
    r"|CEO|CTO|CFO|COO|CMO|院长|副院长|主任|教授|研究员|负责人|总监|合伙人|科学家|医师|专家"
)
# "Omar Reyes, co-founder and CEO of" + an organisation's mention
_EN_PERSON_OF = re.compile(
    rf"{_EN_PERSON},\s+(?:the\s+)?(?:{_EN_ROLE})(?:(?:\s*(?:and|&|,)\s*|\s+)(?:{_EN_ROLE}))*"
    r"\s+(?:of|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# an organisation's mention + "'s CEO Omar Reyes", " co-founder Omar Reyes"
_EN_ORG_PERSON = re.compile(
    rf"^(?:['’]s)?\s+(?:{_EN_ROLE})(?:\s+(?:and|&)\s+(?:{_EN_ROLE}))*,?\s+{_EN_PERSON}",
    re.IGNORECASE,
)
# an organisation's mention + 创始人兼CEO张明
_ZH_ORG_PERSON = re.compile(rf"^(?:的)?(?:{_ZH_ROLE})(?:兼(?:{_ZH_ROLE}))*{_ZH_PERSON}")
# 张明（ + an organisation's mention, or 张明， + an organisation's mention + a role
_ZH_BEFORE_ORG = re.compile(r"(?P<run>[\u4e00-\u9fff]{2,12})\s*(?:[（(]|，|,\s*)$")
# what stands before a person's name in a programme or a byline
_ZH_LEAD = re.compile(r"^.*?(?:嘉宾|主讲人|演讲人|受访者|发言人|采访对象|对话|讲者|专访)")
_EN_PERSON_BRACKET = re.compile(rf"{_EN_PERSON}\s*[(（]$")
_ROLE_AFTER = re.compile(
    rf"^\s*(?:的)?[\u4e00-\u9fff]{{0,6}}?(?:{_ZH_ROLE})|^,?\s+(?:the\s+)?(?:{_EN_ROLE})", re.I
)
# a turn's label opening a line: "[00:01:05] OMAR:", "Dana Whitfield:", "张明：", "答（张明）："
_TURN = re.compile(
    r"^[ \t]*(?:\[?\(?\d{1,2}:\d{2}(?::\d{2})?\]?\)?[ \t]*)?(?:\*\*)?"
    r"(?P<label>[A-Z][A-Za-z .'’-]{1,40}?|[\u4e00-\u9fff]{1,4}(?:[（(][^）)\n]{1,20}[）)])?)"
    r"(?:\*\*)?[ \t]*[:：](?:\*\*)?[ \t]*(?=\S|\n)",
    re.MULTILINE,
)
_QUESTION_LABELS = frozenset({"q", "问", "提问", "记者", "主持人", "host", "interviewer"})


@dataclass(frozen=True)
class Turn:
    """A speaker's turn: its span, its label and the organisation the speaker works for."""

    start: int
    end: int
    label: str
    organisation: Mention | None


# words of an organisation's name, never of a person's ("Harbor Health, partner of X")
_ORG_WORDS = frozenset(
    [
        "health",
        "medical",
        "medicine",
        "pharma",
        "pharmaceuticals",
        "labs",
        "lab",
        "ai",
        "capital",
        "ventures",
        "hospital",
        "hospitals",
        "agency",
        "authority",
        "institute",
        "university",
        "group",
        "systems",
        "technologies",
        "technology",
        "tech",
        "bio",
        "biotech",
        "therapeutics",
        "diagnostics",
        "imaging",
        "partners",
        "fund",
        "foundation",
        "center",
        "centre",
        "clinic",
        "inc",
        "ltd",
        "corp",
        "co",
        "company",
        "association",
        "society",
        "council",
        "board",
        "office",
        "department",
        "ministry",
        "commission",
        "administration",
        "service",
        "services",
        "network",
        "trust",
        "care",
        "digital",
        "data",
        "analytics",
        "software",
        "solutions",
        "research",
        "sciences",
        "genomics",
        "robotics",
    ]
)


def _is_person_name(name: str) -> bool:
    """A Chinese name of two or three characters, or Latin words none of which is an
    organisation's word."""
    if not name.isascii():
        return 2 <= len(name) <= 3
    return not any(w.casefold() in _ORG_WORDS for w in name.replace("-", " ").split())


def affiliations(text: str, mentions: Sequence[Mention]) -> dict[str, Mention]:
    """Person name -> the organisation the text says they work for (first statement wins)."""
    found = _affiliations(text, mentions)
    return {person: org for person, org in found.items() if _is_person_name(person)}


_HONORIFICS = ("先生", "女士", "同志")


def _without_honorific(person: str, text: str, match: re.Match[str]) -> str:
    """``主任陈浩先生``: the name is 陈浩, the 先 read into it is the start of 先生."""
    if len(person) == 3 and not person.isascii():
        tail = match.string[match.end() - 1 : match.end() + 1]
        if tail in _HONORIFICS:
            return person[:2]
    return person


def _affiliations(text: str, mentions: Sequence[Mention]) -> dict[str, Mention]:
    found: dict[str, Mention] = {}
    for m in mentions:
        if m.cls not in _ORG:
            continue
        before = text[max(0, m.start - 120) : m.start]
        after = text[m.end : m.end + 60]
        for match in (
            _EN_PERSON_OF.search(before),
            _EN_ORG_PERSON.match(after),
            _ZH_ORG_PERSON.match(after),
        ):
            if match:
                found.setdefault(_without_honorific(match.group("person"), text, match), m)
        bracket = _EN_PERSON_BRACKET.search(before)
        # "Mia Tan (Petrel Labs)"; "Kestrow Pharma (凯斯卓制药)" is a name and its translation
        if bracket and m.text.isascii() and re.match(r"^\s*[)）]", after):
            found.setdefault(bracket.group("person"), m)
        zh = _ZH_BEFORE_ORG.search(before)
        person = _ZH_LEAD.sub("", zh.group("run")) if zh else ""
        if 2 <= len(person) <= 3 and _ROLE_AFTER.match(after):
            found.setdefault(person, m)
    return found


def _person_of(label: str, people: dict[str, Mention]) -> Mention | None:
    """The organisation of the person a turn's label names: the full name, a given or family
    name, in any case; ``答（张明）`` by the name in brackets."""
    inner = re.search(r"[（(]([^）)]+)[）)]", label)
    outside = _ZH_LABEL_BRACKET.sub("", label).strip()
    if inner is not None and outside and outside.casefold() not in _QUESTION_LABELS:
        found = _person_of(outside, people)  # 陈浩（市卫生健康委员会主任）: the name outside
        if found is not None:
            return found
    key = (inner.group(1) if inner else label).strip().casefold()
    matches = []
    for person, org in people.items():
        parts = person.casefold().replace("-", " ").split()
        names = {person.casefold(), *parts}
        if not parts or len(parts) == 1:
            names |= {person[1:], person[:1]} if len(person) >= 2 else set()  # 张明: 明, 张
        if key in names:
            matches.append(org)
    keys = {m.iri or m.name or m.text for m in matches}
    return matches[0] if len(keys) == 1 else None


def speaker_turns(text: str, mentions: Sequence[Mention]) -> list[Turn]:
    """The turns of a transcript with each speaker's organisation; ``[]`` for a text that is
    not one (fewer than three labelled turns, fewer than two speakers, or nobody speaking
    twice)."""
    labels = [
        m
        for m in _TURN.finditer(text)
        if len(m.group("label").split()) <= 3 and not m.group("label").endswith(" ")
    ]
    said = Counter(m.group("label").strip().casefold() for m in labels)
    if len(labels) < 3 or len(said) < 2 or max(said.values()) < 2:
        return []  # labelled lines of a masthead ("Source:", "Date:") each stand once
    people = affiliations(text, mentions)
    # "陈浩（市卫生健康委员会主任）：": a label that states its speaker's organisation
    for match in labels:
        stated = _stated_organisation(match, mentions)
        if stated is not None:
            people.setdefault(_ZH_LABEL_BRACKET.sub("", match.group("label")).strip(), stated)
    turns = []
    for match, following in zip(labels, [*labels[1:], None], strict=True):
        label = match.group("label").strip()
        end = following.start() if following is not None else len(text)
        org = None
        if label.casefold() not in _QUESTION_LABELS:
            org = _stated_organisation(match, mentions) or _person_of(label, people)
        turns.append(Turn(match.start(), end, label, org))
    return turns


_ZH_LABEL_BRACKET = re.compile(r"[（(][^）)]*[）)]")


def _stated_organisation(label: re.Match[str], mentions: Sequence[Mention]) -> Mention | None:
    """The one organisation named in a label's brackets (``周建平（X医院院长）``), if any."""
    inner = _ZH_LABEL_BRACKET.search(label.group("label"))
    if inner is None:
        return None
    start, end = label.start("label") + inner.start(), label.start("label") + inner.end()
    named = [m for m in mentions if m.cls in _ORG and start <= m.start and m.end <= end]
    return named[0] if len(named) == 1 else None


def speaker_at(turns: Sequence[Turn], position: int) -> Mention | None:
    """The organisation whose speaker holds the turn at *position*, if any."""
    for turn in turns:
        if turn.start <= position < turn.end:
            return turn.organisation
    return None


#: how a hospital speaks of itself: 我院, 本院
OUR_HOSPITAL = re.compile(r"我院|本院|我们医院")


def speaks_as_hospital(text: str) -> bool:
    """True if the document itself says 我院 / 本院, not only someone it quotes (院长表示：
    “去年我院…”): a hospital's own news or minutes."""
    for match in OUR_HOSPITAL.finditer(text):
        before = text[: match.start()]
        if before.count("“") <= before.count("”"):
            return True
    return False
