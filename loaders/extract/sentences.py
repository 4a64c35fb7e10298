"""Split text into sentences and clauses without losing character offsets.

A sentence ends at ``。！？；!?;`` or a line break, and in English at a full stop followed by
whitespace (``"Inc. "``, ``"St. "``, ``"e.g. "``, initials and decimals do not end one). A line
break that only wraps a long line (PDF text, hard-wrapped paragraphs: the line runs nearly as
long as the longest and stops mid-sentence) does not end one. A clause
also ends at a comma or colon. Spans are trimmed of surrounding whitespace and never empty, so
``text[start:end]`` is the evidence a relation can quote.

>>> text = "甲公司发布了产品。It was built by Acme Inc. in Boston. 乙医院上线；完成"
>>> [text[s:e] for s, e in split_sentences(text)]
['甲公司发布了产品。', 'It was built by Acme Inc. in Boston.', '乙医院上线；', '完成']
>>> deal = "J. Smith led its Series B. It closed."
>>> [deal[s:e] for s, e in split_sentences(deal)]
['J. Smith led its Series B.', 'It closed.']
>>> wrapped = "The ten largest vendors held a combined share of 31% in\\n2024. Next line"
>>> [wrapped[s:e] for s, e in split_sentences(wrapped)]
['The ten largest vendors held a combined share of 31% in\\n2024.', 'Next line']
>>> clauses = "一，二、三：四"
>>> [clauses[s:e] for s, e in split_clauses(clauses)]
['一，', '二、三：', '四']
"""

from __future__ import annotations

import re

__all__ = ["Span", "split_clauses", "split_sentences"]

Span = tuple[int, int]
"""A ``(start, end)`` pair of ``str`` offsets."""

# Words that end with a full stop without ending the sentence ("Acme Inc. said").
_ABBREVIATIONS = frozenset(
    {
        "inc",
        "ltd",
        "co",
        "corp",
        "llc",
        "plc",
        "st",
        "dr",
        "mr",
        "mrs",
        "ms",
        "prof",
        "no",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "fig",
        "approx",
    }
)
_SENTENCE_END = re.compile(r"[。！？；!?;]+[”’」』\"')）]*|\n|\.(?=\s)")
_CLAUSE_END = re.compile(r"[，,：:。！？；!?;]+|\n|\.(?=\s)")
_WORD_BEFORE_DOT = re.compile(r"([A-Za-z][A-Za-z.]*)$")
# "Series B." and "Phase C." end sentences; "J. Smith" does not
_LETTER_NAMED = re.compile(r"\b(?:Series|Round|Phase|Class|Type|Grade|Stage|Tier|Plan)\s$")
# a line break inside a long paragraph may only wrap it: see _is_wrap
_MIN_WRAPPED_LINE = 30  # characters of the longest line of a paragraph whose lines may wrap
_WRAP_RATIO = 0.75
_LINE_CLOSE = re.compile(r"[。！？；!?;：:.|]\W*$")
_LINE_OPEN = re.compile(r"\s*(?:[-*•·>#|]|\d+[.)、]|[（(]?[一二三四五六七八九十]+[、.)）])")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True if the full stop at ``dot`` closes an abbreviation or an initial, not a sentence."""
    word = _WORD_BEFORE_DOT.search(text, max(0, dot - 12), dot)
    if word is None:
        return False
    token = word.group(1)
    if len(token) == 1 and token.isupper():  # an initial, unless it names a round or phase
        return not _LETTER_NAMED.search(text, max(0, dot - 12), dot - 1)
    return token.lower().rstrip(".") in _ABBREVIATIONS


def _longest_line(text: str, start: int, end: int) -> int:
    return max((len(line.rstrip()) for line in text[start:end].split("\n")), default=0)


def _is_wrap(text: str, newline: int, start: int, longest: int) -> bool:
    """True if the line break at ``newline`` only wraps a long line (PDF text, hard-wrapped mail).

    A wrapped line runs (nearly) as long as the longest line around it and stops without
    punctuation that could end a sentence or introduce what follows; the next line goes on
    with a word, not a bullet.
    """
    if longest < _MIN_WRAPPED_LINE:
        return False
    line = text[text.rfind("\n", start, newline) + 1 : newline].rstrip()
    if len(line) < _WRAP_RATIO * longest or _LINE_CLOSE.search(line):
        return False
    following = text[newline + 1 : newline + 4]
    return bool(following) and not _LINE_OPEN.match(following)


def _split(text: str, pattern: re.Pattern[str], start: int, end: int) -> list[Span]:
    spans: list[Span] = []
    position = start
    longest = _longest_line(text, start, end)
    for match in pattern.finditer(text, start, end):
        if match.group() == "." and _is_abbreviation(text, match.start()):
            continue
        if match.group() == "\n" and _is_wrap(text, match.start(), start, longest):
            continue
        cut = match.end() if match.group() != "\n" else match.start()
        _append(text, spans, position, cut)
        position = match.end()
    _append(text, spans, position, end)
    return spans


def _append(text: str, spans: list[Span], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """The sentences of ``text[start:end]`` as offsets into ``text``, in order."""
    return _split(text, _SENTENCE_END, start, len(text) if end is None else end)


def split_clauses(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """The clauses of ``text[start:end]`` (sentences cut again at commas and colons)."""
    return _split(text, _CLAUSE_END, start, len(text) if end is None else end)
