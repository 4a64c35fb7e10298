"""Score extracted facts against gold facts: entities, types, relations, figures.

The scorer knows nothing about RDF or about how facts were extracted. It compares two plain
records of one document:

- :class:`Gold`: what a person wrote down from the document (see ``unseen/gold/*.yaml``);
- :class:`Extraction`: what the system stored for it, reduced to names, types, predicates and
  numbers (``benchmarks/extraction.py`` reads it from the store).

Names are compared by :func:`medatlas.graph.identity.normalise_name`, widened by the gold
``aliases`` (one hop: a canonical name and the names listed under it). Every kind is matched
one-to-one (a maximum matching, so one extracted item never counts twice and duplicates count
as spurious), then counted as matched, missed (gold only) and spurious (extracted only):

- entity: matched when a name agrees; *typed* when also its class is the gold type;
- relation: matched when the predicate agrees (``fundedBy`` is the inverse of ``investsIn``,
  ``partnersWith`` is symmetric, a gold ``a|b`` accepts either) and both ends agree by name
  (a date literal for ``issuedOn``);
- figure: *found* when value and unit are equal; *about* when also what it measures agrees;
  *attached* when also the measure agrees. A gold ``about`` or ``measure`` list gives
  acceptable alternatives.

Precision is matched / extracted, recall matched / gold, F1 their harmonic mean; a kind with
nothing extracted and nothing expected scores 1.0.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import networkx as nx
import yaml

from medatlas.graph.identity import normalise_name

__all__ = [
    "ENTITY_OBJECT_PREDICATES",
    "ENTITY_TYPES",
    "KINDS",
    "PREDICATES",
    "UNITS",
    "Counts",
    "Extraction",
    "FoundEntity",
    "FoundFigure",
    "FoundRelation",
    "Gold",
    "GoldEntity",
    "GoldError",
    "GoldFigure",
    "GoldRelation",
    "Score",
    "load_gold",
    "parse_gold",
    "score",
    "total",
    "unit_token",
]

ENTITY_TYPES = frozenset(
    {
        "Company",
        "GovernmentBody",
        "Hospital",
        "ResearchInstitution",
        "University",
        "Association",
        "Organization",
        "Platform",
        "Product",
        "AIModel",
        "Dataset",
        "Policy",
        "Report",
    }
)
PREDICATES = (
    "develops",
    "partnersWith",
    "investsIn",
    "fundedBy",
    "acquiredBy",
    "operatesIn",
    "addressesUseCase",
    "usesTechnology",
    "deployedAt",
    "basedOn",
    "issuedBy",
    "issuedOn",
    "authoredBy",
    "publishedBy",
    "locatedIn",
    "subsidiaryOf",
    "promotes",
    "regulates",
)
# predicates whose object must be a gold entity (the others may point at a plain term)
ENTITY_OBJECT_PREDICATES = frozenset(
    {
        "develops",
        "partnersWith",
        "investsIn",
        "fundedBy",
        "acquiredBy",
        "deployedAt",
        "issuedBy",
        "authoredBy",
        "publishedBy",
        "subsidiaryOf",
    }
)
_INVERSE = {"investsIn": "fundedBy"}  # (a investsIn b) is (b fundedBy a)
_SYMMETRIC = frozenset({"partnersWith"})
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

# QUDT unit local names -> the unit tokens gold files use; currencies keep their ISO code
_QUDT_UNITS = {
    "PERCENT": "%",
    "NUM": "count",
    "YR": "year",
    "MO": "month",
    "WK": "week",
    "DAY": "day",
    "HR": "hour",
    "MIN": "minute",
    "SEC": "second",
    "UNITLESS": "times",
}
UNITS = frozenset(_QUDT_UNITS.values())
_CURRENCY = re.compile(r"^[A-Z]{3}$")

KINDS = (
    "entities",
    "entities typed",
    "relations",
    "figures found",
    "figures about",
    "figures attached",
)


class GoldError(ValueError):
    """A gold file is malformed: the message names the file, the item and what is wrong."""


def unit_token(unit_iri: str | None) -> str | None:
    """The gold unit token of a QUDT unit or currency IRI.

    >>> unit_token("http://qudt.org/vocab/unit/PERCENT")
    '%'
    >>> unit_token("http://qudt.org/vocab/currency/CNY")
    'CNY'
    """
    if not unit_iri:
        return None
    local = re.split(r"[/#]", unit_iri.rstrip("/"))[-1]
    if "/currency/" in unit_iri:
        return local.upper()
    return _QUDT_UNITS.get(local, local.lower())


def _plain(value: Decimal) -> str:
    """A decimal without exponent: Decimal('1.3E+3') -> '1300'."""
    return format(value, "f")


def _decimal(value: Any, where: str) -> Decimal:
    try:
        number = Decimal(str(value).replace(",", ""))
    except InvalidOperation:
        raise GoldError(f"{where}: {value!r} is not a number") from None
    return number.normalize()


# --- gold ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldEntity:
    """A named thing the document mentions, with its ontology class."""

    name: str
    type: str


@dataclass(frozen=True)
class GoldRelation:
    """A stated fact; *predicates* holds the accepted predicates (first one names it)."""

    subject: str
    predicates: tuple[str, ...]
    object: str

    @property
    def predicate(self) -> str:
        """The predicate the relation is counted under (inverses folded: see ``_INVERSE``)."""
        return _INVERSE.get(self.predicates[0], self.predicates[0])

    def as_list(self) -> list[str]:
        """``[subject, predicate, object]`` as written in a gold file."""
        return [self.subject, "|".join(self.predicates), self.object]


@dataclass(frozen=True)
class GoldFigure:
    """A stated figure: its normalised value and unit, what it measures and of what."""

    original: str
    value: Decimal
    unit: str
    measures: tuple[str, ...]
    about: tuple[str, ...]
    period: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """A JSON-friendly summary."""
        return {
            "original": self.original,
            "value": _plain(self.value),
            "unit": self.unit,
            "measure": list(self.measures),
            "about": list(self.about),
            "period": self.period,
        }


@dataclass(frozen=True)
class Gold:
    """The gold facts of one document."""

    document: str
    entities: tuple[GoldEntity, ...] = ()
    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    relations: tuple[GoldRelation, ...] = ()
    figures: tuple[GoldFigure, ...] = ()

    def names(self, name: str) -> frozenset[str]:
        """*name* and its aliases (one hop in either direction), unnormalised."""
        out = {name, *self.aliases.get(name, ())}
        for canonical, others in self.aliases.items():
            if name in others:
                out.add(canonical)
                out.update(others)
        return frozenset(out)

    def keys(self, name: str) -> frozenset[str]:
        """The normalised comparison keys of *name* and its aliases."""
        return frozenset(k for k in map(normalise_name, self.names(name)) if k)


def _strings(value: Any, where: str) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value]
    if not items or not all(isinstance(v, str | int | float) and str(v).strip() for v in items):
        raise GoldError(f"{where}: expected a name or a list of names, got {value!r}")
    return tuple(str(v) for v in items)


def parse_gold(data: Mapping[str, Any], *, where: str = "gold") -> Gold:
    """Build and check a :class:`Gold` from the mapping a gold YAML file holds.

    Raises GoldError naming *where* and the item when a type, predicate, unit or date is not
    one the scorer knows, a relation end does not name a gold entity (where it must), or two
    entities share a name.
    """
    if not isinstance(data, Mapping) or not isinstance(data.get("document"), str):
        raise GoldError(f"{where}: a gold file is a mapping with a 'document' file name")
    aliases: dict[str, tuple[str, ...]] = {}
    for key, others in (data.get("aliases") or {}).items():
        aliases[str(key)] = _strings(others, f"{where}: aliases of {key!r}")
    entities = []
    for i, item in enumerate(data.get("entities") or []):
        if not isinstance(item, Mapping) or not {"name", "type"} <= set(item):
            raise GoldError(f"{where}: entity #{i + 1} needs a name and a type: {item!r}")
        if item["type"] not in ENTITY_TYPES:
            raise GoldError(
                f"{where}: entity {item['name']!r} has type {item['type']!r}; "
                f"use one of {sorted(ENTITY_TYPES)}"
            )
        entities.append(GoldEntity(str(item["name"]), str(item["type"])))
    gold = Gold(data["document"], tuple(entities), aliases)
    owner: dict[str, str] = {}
    for e in entities:
        for key in gold.keys(e.name):
            if owner.setdefault(key, e.name) != e.name:
                raise GoldError(
                    f"{where}: entities {owner[key]!r} and {e.name!r} share the name {key!r}; "
                    "merge them or fix an alias"
                )
    relations = []
    for i, item in enumerate(data.get("relations") or []):
        if not isinstance(item, list) or len(item) != 3:
            raise GoldError(f"{where}: relation #{i + 1} is not [subject, predicate, object]")
        s, p, o = (str(x) for x in item)
        preds = tuple(p.split("|"))
        bad = [x for x in preds if x not in PREDICATES]
        if bad:
            raise GoldError(f"{where}: relation {item!r} uses unknown predicate(s) {bad}")
        if not gold.keys(s) & owner.keys():
            raise GoldError(f"{where}: relation {item!r}: subject {s!r} is not a gold entity")
        if preds[0] == "issuedOn":
            if not _DATE.match(o):
                raise GoldError(f"{where}: relation {item!r}: {o!r} is not a date like 2024-03")
        elif set(preds) <= ENTITY_OBJECT_PREDICATES and not gold.keys(o) & owner.keys():
            raise GoldError(f"{where}: relation {item!r}: object {o!r} is not a gold entity")
        relations.append(GoldRelation(s, preds, o))
    figures = []
    for i, item in enumerate(data.get("figures") or []):
        if not isinstance(item, Mapping):
            raise GoldError(f"{where}: figure #{i + 1} is not a mapping: {item!r}")
        here = f"{where}: figure #{i + 1} ({item.get('original')!r})"
        missing = [k for k in ("original", "value", "unit", "measure", "about") if k not in item]
        if missing:
            raise GoldError(f"{here}: missing {missing}")
        unit = str(item["unit"])
        if unit not in UNITS and not _CURRENCY.match(unit):
            raise GoldError(f"{here}: unit {unit!r}; use one of {sorted(UNITS)} or a currency")
        period = item.get("period")
        figures.append(
            GoldFigure(
                original=str(item["original"]),
                value=_decimal(item["value"], here),
                unit=unit,
                measures=_strings(item["measure"], f"{here}: measure"),
                about=_strings(item["about"], f"{here}: about"),
                period=None if period is None else str(period),
            )
        )
    return Gold(gold.document, gold.entities, aliases, tuple(relations), tuple(figures))


def load_gold(path: Path) -> Gold:
    """Read and check one gold YAML file (see :func:`parse_gold`)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise GoldError(f"{path}: cannot read the gold file: {exc}") from exc
    return parse_gold(data, where=str(path))


# --- what the system extracted ------------------------------------------------------------------


def _pick(names: frozenset[str]) -> str:
    """The shortest name (then the first in order): a stable name to show."""
    return min(names, key=lambda n: (len(n), n)) if names else "?"


@dataclass(frozen=True)
class FoundEntity:
    """An extracted entity: its IRI, its classes (local names) and every name it carries."""

    iri: str
    types: frozenset[str]
    names: frozenset[str]

    @property
    def label(self) -> str:
        """A name to show in error lists."""
        return _pick(self.names) if self.names else self.iri


@dataclass(frozen=True)
class FoundRelation:
    """An extracted relation; each end is given by every name it carries (a literal: itself)."""

    subject_names: frozenset[str]
    predicate: str
    object_names: frozenset[str]

    def as_list(self) -> list[str]:
        """``[subject, predicate, object]`` with one name per end, for error lists."""
        return [_pick(self.subject_names), self.predicate, _pick(self.object_names)]


@dataclass(frozen=True)
class FoundFigure:
    """An extracted observation: value, unit token, names of its measure and of each *about*."""

    value: Decimal
    unit: str | None
    measure_names: frozenset[str] = frozenset()
    about_names: frozenset[str] = frozenset()
    period: str | None = None
    original: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """A JSON-friendly summary."""
        return {
            "original": self.original,
            "value": _plain(self.value),
            "unit": self.unit,
            "measure": sorted(self.measure_names)[:4],
            "about": sorted(self.about_names)[:6],
            "period": self.period,
        }


@dataclass(frozen=True)
class Extraction:
    """Everything the system extracted from one document."""

    document: str
    entities: tuple[FoundEntity, ...] = ()
    relations: tuple[FoundRelation, ...] = ()
    figures: tuple[FoundFigure, ...] = ()


# --- counting -----------------------------------------------------------------------------------


@dataclass
class Counts:
    """How many items were expected, extracted and matched."""

    gold: int = 0
    found: int = 0
    matched: int = 0

    @property
    def precision(self) -> float:
        """matched / found (1.0 when nothing was found and nothing expected)."""
        if self.found == 0:
            return 1.0 if self.gold == 0 else 0.0
        return self.matched / self.found

    @property
    def recall(self) -> float:
        """matched / gold (1.0 when nothing was expected)."""
        return 1.0 if self.gold == 0 else self.matched / self.gold

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.gold + other.gold, self.found + other.found, self.matched + other.matched
        )

    def as_dict(self) -> dict[str, float | int]:
        """Counts and rates, rounded for reports."""
        return {
            "gold": self.gold,
            "found": self.found,
            "matched": self.matched,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Score:
    """The score of one document (or of several, added up)."""

    documents: list[str]
    kinds: dict[str, Counts]
    by_predicate: dict[str, Counts]
    by_type: dict[str, Counts]
    errors: dict[str, list[Any]] = field(default_factory=dict)

    def as_dict(self, *, with_errors: bool = True) -> dict[str, Any]:
        """A JSON-friendly form, keys sorted where order carries no meaning."""
        out: dict[str, Any] = {
            "documents": self.documents,
            "kinds": {k: self.kinds[k].as_dict() for k in KINDS},
            "by_predicate": {k: v.as_dict() for k, v in sorted(self.by_predicate.items())},
            "by_type": {k: v.as_dict() for k, v in sorted(self.by_type.items())},
        }
        if with_errors:
            out["errors"] = self.errors
        return out


def _matching(edges: Iterable[tuple[int, int, int]]) -> dict[int, tuple[int, int]]:
    """A maximum matching of gold items to extracted items, heaviest among maximum ones.

    *edges* are (gold index, found index, weight); returns gold index -> (found index, weight).
    """
    graph = nx.Graph()
    weights = {}
    for g, f, w in sorted(edges):
        graph.add_edge(("g", g), ("f", f), weight=w)
        weights[g, f] = w
    pairs = nx.max_weight_matching(graph, maxcardinality=True)
    out = {}
    for a, b in pairs:
        (_, g), (_, f) = (a, b) if a[0] == "g" else (b, a)
        out[g] = (f, weights[g, f])
    return out


def _keys(names: Iterable[str]) -> frozenset[str]:
    return frozenset(k for k in map(normalise_name, names) if k)


def _score_entities(gold: Gold, found: Extraction, result: Score) -> None:
    found_keys = [_keys(e.names) for e in found.entities]
    edges = []
    for gi, ge in enumerate(gold.entities):
        keys, exact = gold.keys(ge.name), normalise_name(ge.name)
        for fi, fe in enumerate(found.entities):
            if keys & found_keys[fi]:
                w = 100 + 10 * (ge.type in fe.types) + (exact in found_keys[fi])
                edges.append((gi, fi, w))
    match = _matching(edges)
    typed = {
        gi for gi, (fi, _) in match.items() if gold.entities[gi].type in found.entities[fi].types
    }
    n_gold, n_found = len(gold.entities), len(found.entities)
    result.kinds["entities"] = Counts(n_gold, n_found, len(match))
    result.kinds["entities typed"] = Counts(n_gold, n_found, len(typed))
    for gi, ge in enumerate(gold.entities):
        c = result.by_type.setdefault(ge.type, Counts())
        c.gold += 1
        c.matched += gi in typed
    for fe in found.entities:
        for t in sorted(fe.types & ENTITY_TYPES) or ["(untyped)"]:
            result.by_type.setdefault(t, Counts()).found += 1
    matched_found = {fi for fi, _ in match.values()}
    result.errors["entities missed"] = [
        {"name": ge.name, "type": ge.type} for gi, ge in enumerate(gold.entities) if gi not in match
    ]
    result.errors["entities spurious"] = [
        {"iri": fe.iri, "name": fe.label, "types": sorted(fe.types)}
        for fi, fe in enumerate(found.entities)
        if fi not in matched_found
    ]
    result.errors["entities wrong type"] = [
        {
            "name": gold.entities[gi].name,
            "type": gold.entities[gi].type,
            "found": sorted(found.entities[fi].types),
            "iri": found.entities[fi].iri,
        }
        for gi, (fi, _) in sorted(match.items())
        if gi not in typed
    ]


def _orientations(rel: FoundRelation) -> list[tuple[str, frozenset[str], frozenset[str]]]:
    """(canonical predicate, subject names, object names) readings of an extracted relation."""
    if rel.predicate in _INVERSE:
        return [(_INVERSE[rel.predicate], rel.object_names, rel.subject_names)]
    readings = [(rel.predicate, rel.subject_names, rel.object_names)]
    if rel.predicate in _SYMMETRIC:
        readings.append((rel.predicate, rel.object_names, rel.subject_names))
    return readings


def _score_relations(gold: Gold, found: Extraction, result: Score) -> None:
    readings = [[(p, _keys(s), _keys(o)) for p, s, o in _orientations(r)] for r in found.relations]
    edges = []
    for gi, gr in enumerate(gold.relations):
        s_keys, o_keys = gold.keys(gr.subject), gold.keys(gr.object)
        # each accepted predicate in its canonical direction: (a investsIn b) is (b fundedBy a)
        accepted = [
            (_INVERSE[p], o_keys, s_keys) if p in _INVERSE else (p, s_keys, o_keys)
            for p in gr.predicates
        ]
        first = _INVERSE.get(gr.predicate, gr.predicate)
        for fi, options in enumerate(readings):
            for p, s, o in options:
                if any(p == q and subj & s and obj & o for q, subj, obj in accepted):
                    edges.append((gi, fi, 100 + (p == first)))
                    break
    match = _matching(edges)
    result.kinds["relations"] = Counts(len(gold.relations), len(found.relations), len(match))
    for gi, gr in enumerate(gold.relations):
        c = result.by_predicate.setdefault(gr.predicate, Counts())
        c.gold += 1
        c.matched += gi in match
    # a found relation that matched is counted under its gold relation's predicate (a gold
    # "authoredBy|publishedBy" matched by a publishedBy counts once, in one row); others under
    # their own
    gold_of = {fi: gi for gi, (fi, _) in match.items()}
    for fi, fr in enumerate(found.relations):
        if fi in gold_of:
            p = gold.relations[gold_of[fi]].predicate
        else:
            p = _INVERSE.get(fr.predicate, fr.predicate)
        result.by_predicate.setdefault(p, Counts()).found += 1
    matched_found = set(gold_of)
    result.errors["relations missed"] = [
        gr.as_list() for gi, gr in enumerate(gold.relations) if gi not in match
    ]
    result.errors["relations spurious"] = [
        fr.as_list() for fi, fr in enumerate(found.relations) if fi not in matched_found
    ]


def _any_key(gold: Gold, names: Sequence[str], found: frozenset[str]) -> bool:
    return any(gold.keys(n) & found for n in names)


def _score_figures(gold: Gold, found: Extraction, result: Score) -> None:
    about_keys = [_keys(f.about_names) for f in found.figures]
    measure_keys = [_keys(f.measure_names) for f in found.figures]
    edges = []
    flags: dict[tuple[int, int], tuple[bool, bool]] = {}
    for gi, gf in enumerate(gold.figures):
        for fi, ff in enumerate(found.figures):
            if ff.value != gf.value or (ff.unit or "") != (gf.unit or ""):
                continue
            about = _any_key(gold, gf.about, about_keys[fi])
            measure = _any_key(gold, gf.measures, measure_keys[fi])
            period = gf.period is not None and gf.period == ff.period
            flags[gi, fi] = (about, measure)
            edges.append(
                (gi, fi, 100 + 20 * (about and measure) + 10 * about + 4 * measure + period)
            )
    match = {gi: fi for gi, (fi, _) in _matching(edges).items()}
    about_ok = {gi for gi, fi in match.items() if flags[gi, fi][0]}
    attached = {gi for gi, fi in match.items() if all(flags[gi, fi])}
    n_gold, n_found = len(gold.figures), len(found.figures)
    result.kinds["figures found"] = Counts(n_gold, n_found, len(match))
    result.kinds["figures about"] = Counts(n_gold, n_found, len(about_ok))
    result.kinds["figures attached"] = Counts(n_gold, n_found, len(attached))
    matched_found = set(match.values())
    result.errors["figures missed"] = [
        gf.as_dict() for gi, gf in enumerate(gold.figures) if gi not in match
    ]
    result.errors["figures spurious"] = [
        ff.as_dict() for fi, ff in enumerate(found.figures) if fi not in matched_found
    ]
    result.errors["figures not attached"] = [
        {"gold": gold.figures[gi].as_dict(), "found": found.figures[fi].as_dict()}
        for gi, fi in sorted(match.items())
        if gi not in attached
    ]


def score(gold: Gold, found: Extraction) -> Score:
    """Score what was extracted from one document against its gold facts."""
    result = Score([gold.document], {}, {}, {})
    _score_entities(gold, found, result)
    _score_relations(gold, found, result)
    _score_figures(gold, found, result)
    return result


def total(scores: Sequence[Score]) -> Score:
    """The micro-averaged score of several documents (counts added up; no error lists)."""
    out = Score([], {k: Counts() for k in KINDS}, {}, {})
    for s in scores:
        out.documents.extend(s.documents)
        for k, c in s.kinds.items():
            out.kinds[k] = out.kinds[k] + c
        for table, part in ((out.by_predicate, s.by_predicate), (out.by_type, s.by_type)):
            for k, c in part.items():
                table[k] = table.get(k, Counts()) + c
    return out
