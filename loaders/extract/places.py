"""Places (Region mentions) by a lexicon: countries, Chinese provinces and cities, US states,
major world cities, world areas, in Chinese and English.

The lexicon (``places.tsv``, beside this module) gives each place a canonical English name,
its Chinese name and other names; every name of one place leads to one IRI, so 深圳, 深圳市
and Shenzhen are one node. Matching is one Aho-Corasick pass over the text, exact and
case-sensitive ("China", not "china"), then checked:

- a Latin name must stand as whole words, and not inside a longer capitalised name: "Boston"
  in "Boston Scientific" or "Mayo Clinic Arizona" is part of another name;
- a Chinese name must start and end on word boundaries (``boundary``, jieba's cut in
  discovery): 美国 is not in 欧美国家, 海南 not in 上海南京路;
- a name several places share (Cambridge) is settled by a qualifier after it ("Cambridge,
  MA"); unsettled, it is still a place but has no IRI of its own;
- a name marked ``~`` in the lexicon (Jordan, Georgia, 中山, 来宾) is found only with its
  qualifier ("Phoenix, Arizona"); ``=`` marks codes that only qualify ("MA", "CA").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from medatlas.errors import AtlasDataError
from medatlas.graph.iris import entity_iri, slugify
from medatlas.loaders.extract.entity_common import word_list

__all__ = ["PLACES_FILE", "Place", "PlaceHit", "find_places", "load_places", "place_named"]

PLACES_FILE = Path(__file__).with_name("places.tsv")

#: confidence of a place by the shape of its name
MULTIWORD_CONFIDENCE = 0.9  # "San Francisco", 广东省, 新加坡
SHORT_CONFIDENCE = 0.8  # "Boston", 深圳, "UK"
AMBIGUOUS_CONFIDENCE = 0.7  # "Cambridge" with nothing to say which


@dataclass(frozen=True)
class Place:
    """A place: its canonical English name, Chinese name, other names, what it lies in.

    ``names`` are matched alone; ``qualified`` only with a qualifier after them; ``codes``
    only qualify other places' names ("MA" in "Cambridge, MA").
    """

    name: str
    zh: str
    kind: str
    names: tuple[str, ...]
    qualified: tuple[str, ...]
    codes: tuple[str, ...]
    within: str

    @property
    def iri(self) -> str:
        """The place's IRI: the slug of its English name, as the atlas names places."""
        plain = unicodedata.normalize("NFKD", self.name)
        plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
        return entity_iri(slugify(plain.replace("'", "").replace("’", "")))


@dataclass(frozen=True)
class PlaceHit:
    """A place named in a text; ``place`` is ``None`` when the name is shared and unsettled."""

    start: int
    end: int
    surface: str
    place: Place | None
    confidence: float
    known_iri: str | None = None  # the IRI the document's known mentions give this place

    @property
    def iri(self) -> str | None:
        """The place's IRI (``None`` for a shared name no qualifier settled)."""
        if self.known_iri:
            return self.known_iri
        return self.place.iri if self.place is not None else None

    @property
    def name(self) -> str:
        """The name to file the mention under: as written (the IRI says which place it is)."""
        return self.surface


def _has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _split(cell: str) -> tuple[list[str], list[str], list[str]]:
    plain: list[str] = []
    qualified: list[str] = []
    codes: list[str] = []
    for item in (s.strip() for s in cell.split(";")):
        if not item:
            continue
        if item.startswith("~"):
            qualified.append(item[1:])
        elif item.startswith("="):
            codes.append(item[1:])
        else:
            plain.append(item)
    return plain, qualified, codes


@cache
def load_places(path: Path = PLACES_FILE) -> tuple[Place, ...]:
    """Every place of the lexicon at *path*.

    Raises:
        AtlasDataError: a row without its five tab-separated cells.
    """
    places = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 5:
            raise AtlasDataError(
                f"{path}:{number}: expected 5 tab-separated cells (kind, name, zh, aliases, "
                f"within), got {len(cells)}: {line!r}; fix the row"
            )
        kind, name, zh, aliases, within = (c.strip() for c in cells)
        plain, qualified, codes = _split(f"{name};{zh};{aliases}")
        places.append(
            Place(
                name=name.lstrip("~"),
                zh=zh.lstrip("~"),
                kind=kind,
                names=tuple(plain),
                qualified=tuple(qualified),
                codes=tuple(codes),
                within=within,
            )
        )
    return tuple(places)


@dataclass(frozen=True)
class _Entry:
    places: tuple[Place, ...]  # the places this name may be
    alone: bool  # may the name be found without a qualifier


class _Lexicon:
    """The places compiled for matching: one automaton, the qualifiers of each place."""

    def __init__(self, places: tuple[Place, ...]) -> None:
        import ahocorasick

        by_name = {p.name: p for p in places}
        table: dict[str, tuple[list[Place], list[Place]]] = {}
        for place in places:
            for name in place.names:
                if _spelled_out(name, place):
                    continue  # "Cambridge, Massachusetts": "Cambridge" and its qualifier
                table.setdefault(name, ([], []))[0].append(place)
            for name in place.qualified:
                table.setdefault(name, ([], []))[1].append(place)
        self.entries: dict[str, _Entry] = {}
        self.auto = ahocorasick.Automaton()
        for name, (plain, qualified) in table.items():
            if len(name) < 2:
                continue
            alone = bool(plain)
            candidates = tuple(dict.fromkeys(plain or qualified))
            entry = _Entry(candidates, alone)
            self.entries[name] = entry
            self.auto.add_word(name, name)
        self.auto.make_automaton()
        self.qualifiers: dict[str, frozenset[str]] = {}
        for place in places:
            names: set[str] = set()
            parent = by_name.get(place.within)
            seen = set()
            while parent is not None and parent.name not in seen:
                seen.add(parent.name)
                names.update(n for n in (*parent.names, *parent.qualified, *parent.codes))
                names.discard(parent.zh)
                parent = by_name.get(parent.within)
            self.qualifiers[place.name] = frozenset(n for n in names if n.isascii())

    def place_of(self, surface: str) -> Place | None:
        """The one place *surface* names alone, if any."""
        entry = self.entries.get(surface)
        if entry is None or not entry.alone or len(entry.places) != 1:
            return None
        return entry.places[0]


def _spelled_out(name: str, place: Place) -> bool:
    head = name.split(", ", 1)[0]
    return head != name and (head in place.names or head in place.qualified)


@cache
def _lexicon() -> _Lexicon:
    return _Lexicon(load_places())


def place_named(surface: str) -> Place | None:
    """The place a name stands for on its own, or ``None`` (unknown, ambiguous or qualified).

    >>> place_named("深圳市").name, place_named("Shenzhen").zh
    ('Shenzhen', '深圳')
    >>> place_named("Cambridge") is None
    True
    """
    return _lexicon().place_of(surface)


_QUALIFIER = re.compile(r",\s{0,2}([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,3})")
#: capitalised words that may stand before a place without being part of its name
_LEAD_WORDS = frozenset(
    word_list(
        "In At From To For By With The And Of On Across Outside Inside Near Throughout Beyond"
        " Both Between Within Via Including Like Unlike Than Only Also Where While When"
        " Headquartered Based Located"
    )
)
_WORD_BEFORE = re.compile(r"([A-Za-z][\w.&'’-]*) $")
_WORD_AFTER = re.compile(r" ([A-Za-z0-9][\w.&'’-]*)")


def _word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _latin_stands_alone(text: str, start: int, end: int) -> bool:
    """Whole words, and not a piece of a longer capitalised name."""
    if start > 0 and (_word_char(text[start - 1]) or text[start - 1] == "&"):
        return False
    if end < len(text) and (_word_char(text[end]) or text[end] in "&$"):
        return False
    if text[end : end + 1] == "-" and text[end + 1 : end + 2].isupper():
        return False  # "Asia" of "Asia-Pacific", not "Toronto" of "Toronto-based"
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is not None:
        word = before.group(1)
        if word[0].isupper() and word not in _LEAD_WORDS and not word.endswith("."):
            return False
    after = _WORD_AFTER.match(text, end)
    if after is not None:
        word = after.group(1)
        share = text[after.end() : after.end() + 1] == "%"
        if word[0].isupper() or (word[0].isdigit() and not share):
            return False  # "Europe 2030 Summit"; not "Europe 28% and Asia-Pacific 21%"
    return True


def _settle(lexicon: _Lexicon, entry: _Entry, text: str, end: int) -> Place | bool | None:
    """The place a name is: settled by a qualifier, the only one, None (shared), False (no)."""
    match = _QUALIFIER.match(text, end)
    if match is not None:
        words = match.group(1).rstrip(".").split(" ")
        heads = {" ".join(words[:size]) for size in range(1, len(words) + 1)}
        heads |= {h + "." for h in heads}
        fitting = [p for p in entry.places if heads & lexicon.qualifiers.get(p.name, frozenset())]
        if len(fitting) == 1:
            return fitting[0]
    if not entry.alone:
        return False
    return entry.places[0] if len(entry.places) == 1 else None


Boundary = Callable[[int], bool]


def find_places(text: str, *, boundary: Boundary | None = None) -> list[PlaceHit]:
    """Every place named in *text*, leftmost-longest, non-overlapping, in text order.

    Args:
        text: the text to read.
        boundary: whether a Chinese word boundary falls at a position (between ``pos - 1``
            and ``pos``); without it every position is one.

    >>> hits = find_places("Founded in Pittsburgh, moved to Cambridge, MA, then to 深圳市。")
    >>> [(h.surface, h.iri.rsplit("/", 1)[-1]) for h in hits]
    [('Pittsburgh', 'pittsburgh'), ('Cambridge', 'cambridge-massachusetts'), ('深圳市', 'shenzhen')]
    """
    lexicon = _lexicon()
    if not len(lexicon.auto):
        return []
    hits: list[PlaceHit] = []
    for end_index, surface in lexicon.auto.iter(text):
        end = end_index + 1
        start = end - len(surface)
        cjk = _has_cjk(surface)
        if cjk:
            if boundary is not None and not (_cjk_edge(text, start, boundary)):
                continue
            if boundary is not None and not (_cjk_edge(text, end, boundary)):
                continue
        elif not _latin_stands_alone(text, start, end):
            continue
        entry = lexicon.entries[surface]
        place = _settle(lexicon, entry, text, end)
        if place is False:
            continue
        hits.append(PlaceHit(start, end, surface, place or None, _confidence(surface, place)))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    chosen: list[PlaceHit] = []
    last_end = -1
    for hit in hits:
        if hit.start < last_end:
            continue
        if chosen and _qualifies(lexicon, chosen[-1], hit, text):
            continue  # "Milwaukee, Wisconsin": the state is the city's address, not a place named
        chosen.append(hit)
        last_end = hit.end
    return chosen


def _qualifies(lexicon: _Lexicon, before: PlaceHit, hit: PlaceHit, text: str) -> bool:
    """*hit* is the qualifier of the place just *before* it ("Cambridge, MA")."""
    if not re.fullmatch(r",\s{0,2}", text[before.end : hit.start]):
        return False
    if hit.place is None or before.place is None:
        return False
    return hit.surface in lexicon.qualifiers.get(before.place.name, frozenset())


def _cjk_edge(text: str, pos: int, boundary: Boundary) -> bool:
    if pos <= 0 or pos >= len(text):
        return True
    if not (_has_cjk(text[pos - 1]) and _has_cjk(text[pos])):
        return True
    return boundary(pos)


def _confidence(surface: str, place: Place | bool | None) -> float:
    if place is None:
        return AMBIGUOUS_CONFIDENCE
    if _has_cjk(surface):
        return MULTIWORD_CONFIDENCE if len(surface) >= 3 else SHORT_CONFIDENCE
    return MULTIWORD_CONFIDENCE if " " in surface else SHORT_CONFIDENCE
