"""Find the names medatlas already knows (atlas entities, vocabulary concepts) in a text.

One Aho-Corasick automaton (pyahocorasick) over every name, matched against a case-folded copy
of the text that keeps offsets one-to-one, so a 10 MB report is scanned in well under a second
(MEASURED.md: 43-75 MB/s). Matches are leftmost-longest and never overlap; a name made of
Latin letters or digits must stand as a whole word ("AI" is not found inside "MAIN").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import ahocorasick

from medatlas.atlas import ATLAS_DIR
from medatlas.graph.iris import entity_iri
from medatlas.loaders.atlas import read_atlas
from medatlas.loaders.extract.entity_zh import word_boundary
from medatlas.loaders.extract.model import Mention

__all__ = ["Gazetteer", "GazetteerEntry", "atlas_gazetteer", "fold"]


def _fold_char(ch: str) -> str:
    out = unicodedata.normalize("NFKC", ch).casefold()
    return out if len(out) == 1 else ch.lower() if len(ch.lower()) == 1 else ch


#: code point -> its fold, for every character seen so far that folds to another one
_FOLDS: dict[int, str] = {}
_SEEN: set[str] = set()


def fold(text: str) -> str:
    """Case-fold and width-fold *text* character by character: same length, same offsets.

    Each distinct character is folded once per process; the text is then mapped in one
    ``str.translate`` (C speed, where a Python call per character managed about 1 MB/s).

    >>> fold("ＮＶＩＤＩＡ BioNeMo")
    'nvidia bionemo'
    """
    new = set(text) - _SEEN
    for ch in new:
        folded = _fold_char(ch)
        if folded != ch:
            _FOLDS[ord(ch)] = folded
    _SEEN.update(new)
    return text.translate(_FOLDS)


_ACRONYM = re.compile(r"^[A-Z]{2,6}$")


_CODE = re.compile(r"[A-Z0-9]+(?:-[A-Z0-9]+)*-\d{2,}(?:-[A-Z0-9]+)*")


def _inside_code(text: str, start: int, end: int) -> bool:
    """Whether start:end is one group of a hyphenated reference code ("ABC-ICB-2025-0417")."""
    left = start
    while left > 0 and (
        text[left - 1].isascii() and (text[left - 1].isalnum() or text[left - 1] == "-")
    ):
        left -= 1
    right = end
    while (
        right < len(text)
        and text[right].isascii()
        and (text[right].isalnum() or text[right] == "-")
    ):
        right += 1
    if left == start and right == end:
        return False
    return _CODE.fullmatch(text[left:right].strip("-")) is not None


_SHARE_BAR = re.compile(
    r"\s*(?:分享到|分享至|分享|Share(?: on| this| via)?)\s*[:：]", re.IGNORECASE
)


def _in_share_bar(text: str, start: int) -> bool:
    """Whether the line holding *start* is a bar of share buttons ("分享到：微信 微博")."""
    line_start = text.rfind("\n", 0, start) + 1
    bar = _SHARE_BAR.match(text, line_start)
    return bar is not None and bar.end() <= start


def _is_word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


@dataclass(frozen=True)
class GazetteerEntry:
    """A known thing: its IRI, class, and every name it goes by."""

    iri: str
    cls: str
    names: tuple[str, ...]
    is_concept: bool = False
    # the names an alias may hold with a maker's glued to it (华为云ModelArts holds ModelArts)
    canonical: tuple[str, ...] = ()


class Gazetteer:
    """Known names, compiled once, matched in any number of texts."""

    MIN_CJK = 2
    MIN_LATIN = 2

    def __init__(self, entries: Iterable[GazetteerEntry]) -> None:
        self._auto = ahocorasick.Automaton()
        table: dict[str, list[GazetteerEntry]] = {}
        # short all-capital names (MOST, NHS, FDA) must match with their case: "most" is a word
        acronyms: dict[str, frozenset[str] | None] = {}
        for entry in entries:
            for name in entry.names:
                key = fold(name.strip())
                if not self._usable(key):
                    continue
                if _ACRONYM.match(name.strip()):
                    if acronyms.get(key, frozenset()) is not None:
                        acronyms[key] = (acronyms.get(key) or frozenset()) | {name.strip()}
                else:
                    acronyms[key] = None
                table.setdefault(key, [])
                if entry not in table[key]:
                    table[key].append(entry)
        for key, found in table.items():
            # an entity wins over a concept that shares its name; otherwise ambiguous -> skip
            entities = [e for e in found if not e.is_concept]
            chosen = entities if entities else found
            if len({e.iri for e in chosen}) == 1:
                self._auto.add_word(key, (key, chosen[0], acronyms.get(key)))
        self.size = len(self._auto)
        if self.size:
            self._auto.make_automaton()

    def _usable(self, key: str) -> bool:
        if not key:
            return False
        if key.isascii():
            return len(key) >= self.MIN_LATIN
        return len(key) >= self.MIN_CJK

    def find(self, text: str) -> list[Mention]:
        """Every known name in *text*, leftmost-longest, non-overlapping, in text order."""
        if not self.size:
            return []
        folded = fold(text)
        hits: list[tuple[int, int, GazetteerEntry]] = []
        for end_idx, (key, entry, exact) in self._auto.iter(folded):
            start = end_idx - len(key) + 1
            end = end_idx + 1
            if exact is not None and text[start:end] not in exact:
                continue
            if exact is not None and _inside_code(text, start, end):
                continue  # "NHS-ENG-2024-118": a letter group of a reference code
            if _in_share_bar(text, start):
                continue  # "分享到：微信 微博": the page's share buttons, not the report
            if _is_word_char(key[0]) and start > 0 and _is_word_char(folded[start - 1]):
                continue
            if _is_word_char(key[-1]) and end < len(folded) and _is_word_char(folded[end]):
                continue
            if len(key) == self.MIN_CJK and not key.isascii() and not word_boundary(text, start):
                continue  # 中医 in 其中医院: the end of one word and the start of the next
            hits.append((start, end, entry))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        mentions: list[Mention] = []
        last_end = -1
        for start, end, entry in hits:
            if start < last_end:
                continue
            surface = text[start:end]
            confidence = 0.95 if len(surface) >= 3 else 0.8
            mentions.append(
                Mention(
                    start=start,
                    end=end,
                    text=surface,
                    cls=entry.cls,
                    confidence=confidence,
                    method="gazetteer",
                    iri=entry.iri,
                    name=_held_name(surface, entry.canonical),
                )
            )
            last_end = end
        return mentions


def _held_name(surface: str, canonical: Sequence[str]) -> str:
    """The name a mention goes by: a canonical name its surface holds with more around it (an
    alias that glues the maker on: 华为云ModelArts is ModelArts), else the surface.

    >>> _held_name("华为云ModelArts", ("ModelArts",))
    'ModelArts'
    >>> _held_name("SageMaker", ("Amazon SageMaker",))
    'SageMaker'
    """
    held = [n for n in canonical if n != surface and fold(n) in fold(surface)]
    return max(held, key=len) if held else surface


def atlas_gazetteer(atlas_dir: Path = ATLAS_DIR) -> Gazetteer:
    """The gazetteer of the curated atlas: every entity and vocabulary concept by every name,
    and the well-known names of the reference list (:mod:`.reference`) the atlas lacks."""
    atlas = read_atlas(atlas_dir)
    entries = [
        GazetteerEntry(
            iri=entity_iri(e.id),
            cls=e.type,
            names=tuple(sorted({n for n in (e.zh, e.en, *e.aliases) if n})),
        )
        for e in atlas.entities.values()
    ]
    entries += [
        GazetteerEntry(
            iri=c.iri,
            cls=c.cls,
            names=tuple(sorted({t for t, _ in (*c.pref_labels, *c.alt_labels)})),
            is_concept=True,
        )
        for c in atlas.concepts
        if c.cls in ("Segment", "UseCase", "Technology")
    ]
    from medatlas.loaders.extract.reference import reference_entries  # it imports this module

    return Gazetteer([*entries, *reference_entries(entries)])
