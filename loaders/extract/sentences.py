"""Split text into sentences and clauses without losing character offsets.

A sentence ends at ``。！？；!?;`` or a line break, and in English at a full stop followed by
whitespace (``"Inc. "``, ``"St. "``, ``"e.g. "``, initials and decimals do not end one). A clause
also ends at a comma or colon. Spans are trimmed of surrounding whitespace and never empty, so
``text[start:end]`` is the evidence a relation can quote.

>>> text = "甲公司发布了产品。It was built by Acme Inc. in Boston. 乙医院上线；完成"
>>> [text[s:e] for s, e in split_sentences(text)]
['甲公司发布了产品。', 'It was built by Acme Inc. in Boston.', '乙医院上线；', '完成']
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


def _is_abbreviation(text: str, dot: int) -> bool:
    """True if the full stop at ``dot`` closes an abbreviation or an initial, not a sentence."""
    word = _WORD_BEFORE_DOT.search(text, max(0, dot - 12), dot)
    if word is None:
        return False
    token = word.group(1)
    return (len(token) == 1 and token.isupper()) or token.lower().rstrip(".") in _ABBREVIATIONS


def _split(text: str, pattern: re.Pattern[str], start: int, end: int) -> list[Span]:
    spans: list[Span] = []
    position = start
    for match in pattern.finditer(text, start, end):
        if match.group() == "." and _is_abbreviation(text, match.start()):
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
