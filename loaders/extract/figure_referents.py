"""Who a short reference points to: defined terms, the report's own subject, partial names.

Reports name a thing in full once and then shorten it:

- a defined term: ``澜泽医疗科技股份有限公司（以下简称“公司”）``, ``Acme Health Inc. (the
  "Company")``: later ``公司`` / ``the Company`` is that organisation, however many other
  companies are named in between (:func:`defined_term`);
- the report's own subject: ``本院`` / ``我院`` in a hospital's news, ``本公司`` in a
  company's annual report is what the title names (:func:`title_subject`);
- a partial name: ``胸部CT平均阅片时间…`` after ``知澈胸部CT智能诊断系统`` was named is that
  system's reading time, when no other offering shares the words (:func:`partial_name`);
- the document itself: ``本次调研…``, ``This survey…`` is the report the title names
  (:func:`self_reference`);
- the speaker: ``我们…``, ``We…``, ``Our…`` opening a clause is the organisation the report
  is by or about, the one it defines as ``公司`` or its title names (:func:`first_person`).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from medatlas.graph.identity import normalise_name
from medatlas.loaders.extract.figure_context import FigureContext
from medatlas.loaders.extract.folding import fold
from medatlas.loaders.extract.model import Mention
from medatlas.loaders.extract.speakers import speaker_at, speaker_turns

__all__ = [
    "defined_term",
    "first_person",
    "partial_name",
    "publisher_subject",
    "self_reference",
    "title_subject",
]

# "(以下简称“公司”)", "（下称“本院”）", '(the "Company")', '(hereinafter "the Company")'
_DEFINITION = re.compile(
    r"[（(]\s*(?:以下简称|以下称|下称|简称|hereinafter(?: referred to as)?|hereafter|the)?\s*"
    r"[“\"「‘]\s*(?P<term>[^”\"」’]{1,16}?)\s*[”\"」’]"
    r"(?:\s*(?:或|、|,|，|or)\s*[“\"「‘][^”\"」’]{1,16}[”\"」’])*\s*[)）]",
    re.IGNORECASE,
)
# a clause opening with the document's own survey or report: 本次调研…, "This survey…"
_SELF_REFERENCE = re.compile(
    r"^\s?(?:(?:在|据|根据)?(?:本次|本轮|本项|此次|本)(?:问卷调查|问卷调研|调研|调查|问卷|报告|白皮书)"
    r"|(?:(?:in|from|per|according to|based on) )?(?:this|our|the present) "
    r"(?:survey|poll|questionnaire|report|white ?paper|interviews?|study)\b)"
)
# a clause opening with the speaker: 我们…, 我和…, "We…", "Our…" (not 我国, 我院, 我市: places)
_FIRST_PERSON = re.compile(
    r"^\s?(?:(?:19|20)\d{2}年(?:\d{1,2}月)?(?:底|末|初)?[，,]?)?"
    r"(?:我们|我司|我(?![国院省市区县校科]))"
    r"|^\s?(?:(?:in|by) (?:19|20)\d{2},?\s)?(?:we|our)\b"
)
_OWN_TERMS = ("公司", "本公司", "company")
# words every product name shares: they tell no product apart
_GENERIC_WORDS = frozenset(
    {"智能", "系统", "软件", "平台", "产品", "诊断", "辅助", "医疗", "检测", "分析", "管理"}
    | {"ai", "system", "software", "platform", "the", "and", "for", "tool", "assist"}
)
_GENERIC_SPLIT = re.compile(
    "|".join(
        w if not w.isascii() else rf"\b{w}\b" for w in sorted(_GENERIC_WORDS, key=len, reverse=True)
    )
    + r"|[\s\"“”《》()（）]"
)


def defined_term(
    context: FigureContext, term: str, classes: Collection[str], before: int
) -> Mention | None:
    """The organisation the document defines *term* for (``（以下简称“公司”）``) before *before*."""
    if context.definitions is None:
        context.definitions = _definitions(context)
    found = context.definitions.get(fold(term).strip())
    if found is None or found.start >= before or found.cls not in classes:
        return None
    return found


def _definitions(context: FigureContext) -> dict[str, Mention]:
    text = context.document.text
    out: dict[str, Mention] = {}
    for match in _DEFINITION.finditer(text):
        named = [m for m in context.mentions_in(max(0, match.start() - 80), match.start())]
        named = [m for m in named if 0 <= match.start() - m.end <= 2]
        if not named:
            continue
        mention = max(named, key=lambda m: m.end - m.start)
        for term in re.findall(r"[“\"「‘]\s*([^”\"」’]{1,16}?)\s*[”\"」’]", match.group(0)):
            out.setdefault(fold(term).strip(), mention)
    return out


def title_subject(context: FigureContext, classes: Collection[str]) -> Mention | None:
    """The one thing of *classes* the document's title names (and its text mentions)."""
    title = fold(context.document.metadata.title or "")
    if not title:
        return None
    named: dict[str, Mention] = {}
    for m in context.mentions:
        if m.cls in classes and len(m.text) >= 3 and fold(m.text) in title:
            named.setdefault(m.iri or fold(m.name or m.text), m)
    return next(iter(named.values())) if len(named) == 1 else None


def publisher_subject(context: FigureContext, classes: Collection[str]) -> Mention | None:
    """The organisation of *classes* the document states as its publisher (a shareholder
    letter's or a company blog's masthead), as the text mentions it."""
    name = context.document.metadata.publisher
    wanted = normalise_name(name) if name else ""
    if not wanted:
        return None
    for m in context.mentions:
        if m.cls in classes and wanted in (
            normalise_name(m.name or m.text),
            normalise_name(m.text),
        ):
            return m
    from medatlas.loaders.extract.entity_alias import is_short_form

    for m in context.mentions:
        if m.cls in classes and is_short_form(str(name), m.name or m.text, m.cls):
            return m  # "启元健康科技" credited, 苏州启元健康科技股份有限公司 named
    return None


def partial_name(context: FigureContext, words: str, offerings: list[Mention]) -> Mention | None:
    """The one offering among *offerings* whose name shares a distinctive word with *words*.

    A word is distinctive when it is in one offering's name only and is not a generic word
    (系统, platform). ``胸部CT平均阅片时间`` shares ``胸部`` and ``部C``… with
    ``知澈胸部CT智能诊断系统`` alone.
    """
    names: dict[str, Mention] = {}
    for m in offerings:
        names.setdefault(fold(m.name or m.text), m)
    if not names:
        return None
    grams = {name: _grams(name) for name in names}
    counts: dict[str, int] = {}
    for found in grams.values():
        for g in found:
            counts[g] = counts.get(g, 0) + 1
    said = _grams(fold(_NOT_A_NAME.sub(" ", words)))
    hits = [
        name for name, found in grams.items() if any(counts[g] == 1 and g in said for g in found)
    ]
    return names[hits[0]] if len(hits) == 1 else None


# a Latin word written in lower case is a common word, not part of a name (the model, used)
_NOT_A_NAME = re.compile(r"\b[a-z][a-z\-]*\b")


def _grams(text: str) -> set[str]:
    """The two-character Chinese words and the Latin words of *text*, generic words cut out."""
    grams: set[str] = set()
    for piece in _GENERIC_SPLIT.split(text):
        grams |= {
            piece[i : i + 2]
            for i in range(len(piece) - 1)
            if all("\u4e00" <= ch <= "\u9fff" for ch in piece[i : i + 2])
        }
        grams |= {w for w in re.findall(r"[a-z0-9][a-z0-9\-]{2,}", piece)}
    return grams - _GENERIC_WORDS


def self_reference(context: FigureContext, head: str) -> Mention | None:
    """The report a clause opening *head* (folded) names as the document itself, if any."""
    if not _SELF_REFERENCE.match(head):
        return None
    return title_subject(context, ("Report",))


def first_person(
    context: FigureContext, head: str, before: int, classes: Collection[str]
) -> Mention | None:
    """The organisation a clause opening with ``我们`` / ``We`` (*head*, folded) speaks for.

    In a transcript it is the firm of the one whose turn it is (:mod:`.speakers`); else the
    one the document defines as ``公司`` before *before*, else the one of *classes* its
    title names; without any the speaker is unknown.
    """
    if not _FIRST_PERSON.match(head):
        return None
    if context.turns is None:
        context.turns = speaker_turns(context.document.text, context.mentions)
    speaker = speaker_at(context.turns, before)
    if speaker is not None and speaker.cls in classes:
        return speaker  # a transcript's turn: the firm of the one who speaks
    for term in _OWN_TERMS:
        defined = defined_term(context, term, classes, before)
        if defined is not None:
            return defined
    return title_subject(context, classes)
