"""Mentions inside a span, looked up by bisection instead of by reading every mention.

Table cells and blocks ask "which mentions lie inside start:end?" once each; reading the
whole mention list for each made the cost grow with the square of the document's length.

>>> from medatlas.loaders.extract.model import Mention
>>> ms = [Mention(0, 2, "甲乙", "Company", 0.9, "t"), Mention(5, 7, "丙丁", "Company", 0.9, "t")]
>>> within = MentionsWithin(ms)
>>> [m.text for m in within(0, 4)], [m.text for m in within(0, 7)]
(['甲乙'], ['甲乙', '丙丁'])
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import pairwise

from medatlas.loaders.extract.model import Mention

__all__ = ["MentionsWithin"]


class MentionsWithin:
    """``within(start, end)``: the mentions with ``start <= m.start`` and ``m.end <= end``,
    in the order of the list given (the same list a comprehension over it would give)."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self._mentions = mentions
        starts = [m.start for m in mentions]
        self._order: list[int] | None = None  # None: the list is in text order already
        if any(a > b for a, b in pairwise(starts)):
            self._order = sorted(range(len(mentions)), key=starts.__getitem__)
            starts = [starts[i] for i in self._order]
        self._starts = starts

    def __call__(self, start: int, end: int) -> list[Mention]:
        lo = bisect_left(self._starts, start)
        hi = bisect_right(self._starts, end)
        mentions = self._mentions
        if self._order is None:
            return [m for m in mentions[lo:hi] if m.end <= end]
        picked = sorted(i for i in self._order[lo:hi] if mentions[i].end <= end)
        return [mentions[i] for i in picked]
