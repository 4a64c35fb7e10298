"""The fields a funding review tracks, and the review's totals that are theirs.

A funding review opens by saying what it sums: "AI companies working on dementia screening,
chronic wound care and occupational health raised $438 million across 19 deals". Its totals
(the money, the deal count, the change on the last period, the outlook's "18 to 23 deals in
Q4") name no subject of their own and so fall to the report; they are as much the tracked
fields'. :func:`with_review_scope` adds the fields, each a term (a ``Segment``), to such a
figure of a review whose title says it is one.

>>> [t.name for t in scope_terms(
...     "AI start-ups in cardiology, ophthalmology and radiation oncology raised $538 million.")]
['cardiology', 'ophthalmology', 'radiation oncology']
>>> [t.name for t in scope_terms(
...     "AI companies working on gout and hyperuricemia, scoliosis and spinal deformity, "
...     "and gastric health raised $487 million.")]
['gout and hyperuricemia', 'scoliosis and spinal deformity', 'gastric health']
>>> scope_terms("Venture funding for AI companies in our three tracked segments rose.")
()
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from medatlas.loaders.extract.figure_context import FigureContext
from medatlas.loaders.extract.measures import MEASURE_BASE
from medatlas.loaders.extract.model import FigureCandidate, Mention

__all__ = ["SCOPE_METHOD", "scope_terms", "with_review_scope"]

SCOPE_METHOD = "figures.review-scope"
_CONFIDENCE = 0.6
# the review's opening is where it says what it tracks
_OPENING = 1500
_REVIEW_TITLE = re.compile(r"\bfinanc|\bfunding\b|\binvestment\b|\bdeals?\b|投融资|融资", re.I)
# "(AI) companies working on A, B and C raised…", "AI start-ups in A, B and C raised…"
_SCOPE = re.compile(
    r"\b(?:companies|start-?ups|firms|businesses|developers)\s+"
    r"(?:working\s+(?:on|in)|focused\s+on|focusing\s+on|serving|in)\s+"
    r"(?P<list>[^.;:\n]{4,200}?)"
    r"(?=\s+(?:raised|reached|totall?ed|drew|attracted|took|closed|grew|rose|fell"
    r"|in\s+(?:Q[1-4]|H[12]|the\s|20\d\d)|during|across|over|spread)\b|[.;:]\s|\n)"
)
_NOT_ITEM = re.compile(r"^(?:our|the|these|those|its|their|this|all|other)\b", re.I)
_ITEM = re.compile(r"^[A-Za-z][\w'/-]*(?:\s[\w'/-]+){0,5}$")
# a total's measures: money raised, deals, the change on the last period
_TOTALS = (
    "financing-amount",
    "number-of-financing-deals",
    "growth-rate",
    "relative-reduction",
    "relative-increase",
)


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a list's items: ``A, B and C``; ``A and B, C and D, and E`` (the last
    ``, and`` says each item may hold its own ``and``)."""
    words = text[start:end]
    oxford = ", and " in words
    spans: list[tuple[int, int]] = []
    at = start
    pieces = words.split(", ")
    for index, piece in enumerate(pieces):
        a, b = at, at + len(piece)
        at = b + 2
        if piece.startswith("and "):
            a += 4
        last = index == len(pieces) - 1
        if last and not oxford and " and " in text[a:b] and len(pieces) > 1:
            cut = text.index(" and ", a, b)
            spans += [(a, cut), (cut + 5, b)]
            continue
        spans.append((a, b))
    return spans


def scope_terms(text: str, limit: int | None = None) -> tuple[Mention, ...]:
    """The fields the first sentence that lists them says the review tracks."""
    for match in _SCOPE.finditer(text, 0, len(text) if limit is None else limit):
        spans = _items(text, match.start("list"), match.end("list"))
        names = [text[a:b] for a, b in spans]
        if len(spans) < 2 or not all(_ITEM.match(n) and not _NOT_ITEM.match(n) for n in names):
            continue
        return tuple(
            Mention(a, b, text[a:b], "Segment", _CONFIDENCE, SCOPE_METHOD, name=text[a:b])
            for a, b in spans
        )
    return ()


def with_review_scope(
    figures: Sequence[FigureCandidate], context: FigureContext
) -> list[FigureCandidate]:
    """A funding review's totals are also about the fields it tracks: those of its figures of
    money raised, deals or change whose subjects are the report alone (or nothing), or only
    names inside the list of fields."""
    title = context.document.metadata.title or ""
    if not _REVIEW_TITLE.search(title):
        return list(figures)
    terms = scope_terms(context.document.text, _OPENING)
    if not terms:
        return list(figures)
    first, last = terms[0].start, terms[-1].end
    out = []
    for f in figures:
        slug = f.measure.removeprefix(MEASURE_BASE)
        total = any(context.vocab.is_a(slug, kind) for kind in _TOTALS)
        own = all(m.cls == "Report" or (first <= m.start and m.end <= last) for m in f.about)
        if total and own:
            kept = tuple(m for m in f.about if not first <= m.start < last)
            f = replace(f, about=(*kept, *terms))
        out.append(f)
    return out
