"""What the entity discovery steps share: the candidate record and the known names of a text.

A :class:`Candidate` is a span the discovery rules think names an entity, with the class the
evidence points to. :class:`KnownSpans` answers, for the mentions the gazetteer already found,
"is this span already known?" and "does a known name end here?".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from medatlas.graph.identity import normalise_name
from medatlas.loaders.extract.model import Mention

__all__ = [
    "CONCEPT_CLASSES",
    "ORG_CLASSES",
    "OWN_PROFILE_TITLE",
    "Candidate",
    "KnownSpans",
    "is_cjk",
    "is_latin",
    "word_list",
]

CONCEPT_CLASSES: frozenset[str] = frozenset({"Segment", "UseCase", "Technology"})
ORG_CLASSES: frozenset[str] = frozenset(
    {
        "Company",
        "GovernmentBody",
        "Hospital",
        "ResearchInstitution",
        "University",
        "Association",
        "Organization",
    }
)

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def word_list(text: str) -> list[str]:
    """The words of a space-separated list (how the word lists are written).

    >>> word_list("医院 大学")
    ['医院', '大学']
    """
    return text.split()


def is_cjk(ch: str) -> bool:
    """True for a Chinese character."""
    return bool(_CJK.match(ch))


def is_latin(ch: str) -> bool:
    """True for an ASCII letter or digit."""
    return ch.isascii() and ch.isalnum()


@dataclass(frozen=True)
class Candidate:
    """A span that may name an entity: where, the name to file it under, its class, why."""

    start: int
    end: int
    name: str
    cls: str
    confidence: float
    method: str

    @property
    def length(self) -> int:
        return self.end - self.start


class KnownSpans:
    """The gazetteer's mentions of one text, indexed by position and by normalised name."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.mentions = sorted(mentions)
        self.entities = [m for m in self.mentions if m.cls not in CONCEPT_CLASSES]
        self.concepts = [m for m in self.mentions if m.cls in CONCEPT_CLASSES]
        self._starts = [m.start for m in self.mentions]
        self._ending = {m.end: m for m in self.entities}
        self._at: dict[int, Mention] = {m.start: m for m in self.mentions}
        self.entity_keys = {normalise_name(m.name or m.text) for m in self.entities}
        self.entity_keys |= {normalise_name(m.text) for m in self.entities}

    def entity_ending_at(self, pos: int) -> Mention | None:
        """The known entity mention that ends exactly at ``pos``."""
        return self._ending.get(pos)

    def starting_at(self, pos: int) -> Mention | None:
        """The known mention (entity or concept) that starts exactly at ``pos``."""
        return self._at.get(pos)

    def _around(self, start: int, end: int) -> list[Mention]:
        index = bisect_right(self._starts, end)
        return [m for m in self.mentions[max(0, index - 50) : index] if m.end > start]

    def covers(self, start: int, end: int) -> bool:
        """A known entity mention contains the span (so it is not new)."""
        return any(
            m.start <= start and end <= m.end
            for m in self._around(start, end)
            if m.cls not in CONCEPT_CLASSES
        )

    def crosses(self, start: int, end: int) -> bool:
        """A known entity mention overlaps the span without one containing the other."""
        for m in self._around(start, end):
            if m.cls in CONCEPT_CLASSES:
                continue
            inside = start <= m.start and m.end <= end
            around = m.start <= start and end <= m.end
            if not inside and not around:
                return True
        return False

    def concept_within(self, start: int, end: int) -> list[Mention]:
        """Known concept mentions (segments, use cases...) inside the span."""
        return [m for m in self.concepts if start <= m.start and m.end <= end]

    def entities_within(self, start: int, end: int) -> list[Mention]:
        """Known entity mentions inside the span."""
        return [
            m
            for m in self._around(start, end)
            if m.cls not in CONCEPT_CLASSES and start <= m.start and m.end <= end
        ]

    def knows(self, name: str) -> bool:
        """A known entity mention of this text has this name (after normalisation)."""
        return normalise_name(name) in self.entity_keys


#: the title of an organisation's own profile or entry (``X 公司简介``, ``X百科``, "Fact Sheet"):
#: its tables are the organisation's fields and its figures the organisation's
OWN_PROFILE_TITLE = re.compile(
    r"简介|概况|公司介绍|企业介绍|企业档案|百科|词条"
    r"|\b(?:fact\s*sheet|profile|at a glance|overview)\b",
    re.IGNORECASE,
)
