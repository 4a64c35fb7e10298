"""Figures that disagree: grouped, compared within a tolerance, listed with every source.

Reports disagree, and the atlas keeps every figure as stated, never a silent average. Three
kinds of disagreement are found:

- ``value``: figures (``ma:Observation``) on the same measure, about the same things, for the
  same period and in the same unit, from different reports or the same one, whose values
  differ by more than the tolerance (relative: ``|a - b| / max(|a|, |b|)``). Figures quoted
  from one passage of one report (the same quote, or quotes less than :data:`PASSAGE_GAP`
  characters apart) state one thing together: the two ends of a range ("3-6年"), a before
  and an after, the parts of a list. They are not compared with each other; a passage's
  figures count as one interval when compared with other passages.
- ``period``: the same value of the same measure about the same things, in the same unit,
  given for different periods by different reports: one of them may date it wrongly (a survey
  run in 2025 and published in a 2026 report).
- ``growth``: a growth rate over years A to B (``ma:period "A/B"``, compounded; one year for a
  single-year period) that does not match the market sizes it joins (same subjects, same unit,
  periods A and B) within the tolerance.

A figure the curated atlas marks ``preferred: true`` (``ma:preferred true``) is shown as such;
its group is still listed, with the other figures.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import combinations

from medatlas.graph.clashes import compact
from medatlas.graph.store import AtlasStore

__all__ = [
    "DEFAULT_TOLERANCE",
    "PASSAGE_GAP",
    "Conflict",
    "Figure",
    "Source",
    "conflicts_as_json",
    "conflicts_as_table",
    "find_conflicts",
]

DEFAULT_TOLERANCE = 0.05
PASSAGE_GAP = 20
MEASURES = "https://w3id.org/medatlas/vocab/measure/"
GROWTH_RATE = MEASURES + "growth-rate"
MARKET_SIZE = MEASURES + "market-size"
PERCENT = "http://qudt.org/vocab/unit/PERCENT"
_KINDS = ("value", "growth", "period")
_YEAR = re.compile(r"^\d{4}$")
_YEARS = re.compile(r"^(\d{4})/(\d{4})$")

_FIGURES = """
PREFIX ma: <https://w3id.org/medatlas/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?obs ?measure ?about ?value ?unit ?period ?original ?preferred ?file ?quote ?start ?end
WHERE {
  ?obs a ma:Observation ; ma:measure ?measure ; ma:value ?value ; ma:about ?about .
  OPTIONAL { ?obs ma:unit ?unit }
  OPTIONAL { ?obs ma:period ?period }
  OPTIONAL { ?obs ma:originalText ?original }
  OPTIONAL { ?obs ma:preferred ?preferred }
  OPTIONAL {
    ?st rdf:subject ?obs ; rdf:predicate ma:value ; prov:wasDerivedFrom ?doc ; ma:quote ?quote .
    OPTIONAL { ?st ma:charStart ?start ; ma:charEnd ?end }
    OPTIONAL { ?doc ma:fileName ?file }
  }
}
"""

_LABELS = """
PREFIX ma: <https://w3id.org/medatlas/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?thing ?label WHERE {
  ?obs a ma:Observation ; ma:measure|ma:about ?thing .
  ?thing rdfs:label|skos:prefLabel ?label .
}
"""

_FAMILY = """
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?measure ?root WHERE { ?measure skos:broader* ?root }
"""


@dataclass(frozen=True, order=True)
class Source:
    """Where a figure is stated: the report file, the words, their offsets if known."""

    file: str
    quote: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Figure:
    """One figure as the store holds it, with every source that states it."""

    iri: str
    measure: str
    about: tuple[str, ...]
    value: Decimal
    unit: str
    period: str
    original: str
    preferred: bool
    sources: tuple[Source, ...]

    @property
    def files(self) -> tuple[str, ...]:
        """The report files that state it."""
        return tuple(sorted({s.file for s in self.sources}))


@dataclass
class Conflict:
    """A disagreement: its kind, what it is about, how far apart, and every figure involved."""

    kind: str
    measure: str
    about: tuple[str, ...]
    period: str
    unit: str
    spread: float
    figures: list[Figure]
    detail: str = ""
    labels: dict[str, str] = field(default_factory=dict)

    @property
    def preferred(self) -> Figure | None:
        """The figure the atlas prefers, if one is marked."""
        return next((f for f in self.figures if f.preferred), None)

    def label(self, iri: str) -> str:
        """A readable name for *iri*."""
        return self.labels.get(iri) or compact(iri)


def _relative(a: float, b: float) -> float:
    scale = max(abs(a), abs(b))
    return 0.0 if scale == 0 else abs(a - b) / scale


def _load(store: AtlasStore) -> list[Figure]:
    rows: dict[str, dict] = {}
    for row in store.query(_FIGURES):
        iri = row["obs"].value
        item = rows.setdefault(
            iri,
            {
                "measure": row["measure"].value,
                "about": set(),
                "value": Decimal(row["value"].value),
                "unit": row["unit"].value if row["unit"] else "",
                "period": row["period"].value if row["period"] else "",
                "original": row["original"].value if row["original"] else row["value"].value,
                "preferred": bool(row["preferred"]) and row["preferred"].value in ("true", "1"),
                "sources": set(),
            },
        )
        item["about"].add(row["about"].value)
        if row["quote"] is not None:
            start = int(row["start"].value) if row["start"] is not None else None
            end = int(row["end"].value) if row["end"] is not None else None
            file = row["file"].value if row["file"] is not None else "?"
            item["sources"].add(Source(file, row["quote"].value, start, end))
    return [
        Figure(
            iri=iri,
            measure=d["measure"],
            about=tuple(sorted(d["about"])),
            value=d["value"],
            unit=d["unit"],
            period=d["period"],
            original=d["original"],
            preferred=d["preferred"],
            sources=tuple(sorted(d["sources"])),
        )
        for iri, d in sorted(rows.items())
    ]


def _labels(store: AtlasStore, lang: str) -> dict[str, str]:
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for row in store.query(_LABELS):
        lit, names = row["label"], found[row["thing"].value]
        key = lit.language or ""
        names[key] = min(lit.value, names.get(key, lit.value))
    other = "zh" if lang == "en" else "en"
    return {
        iri: names.get(lang) or names.get(other) or min(names.values())
        for iri, names in found.items()
    }


def _family(store: AtlasStore, root: str) -> set[str]:
    from pyoxigraph import NamedNode

    rows = store.query(_FAMILY, bindings={"root": NamedNode(root)})
    return {row["measure"].value for row in rows} | {root}


def _near(a: Source, b: Source) -> bool:
    """True when two sources are one passage: same file, same quote or close offsets."""
    if a.file != b.file:
        return False
    if a.quote == b.quote:
        return True
    if None in (a.start, a.end, b.start, b.end):
        return False
    gap = max(a.start, b.start) - min(a.end, b.end)  # type: ignore[type-var,operator]
    return gap <= PASSAGE_GAP


def _passages(figures: list[Figure]) -> list[list[Figure]]:
    """Figures grouped into passages (union of 'stated together' pairs)."""
    parent = list(range(len(figures)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in combinations(range(len(figures)), 2):
        if any(_near(a, b) for a in figures[i].sources for b in figures[j].sources):
            parent[root(i)] = root(j)
    groups: dict[int, list[Figure]] = defaultdict(list)
    for i, f in enumerate(figures):
        groups[root(i)].append(f)
    return list(groups.values())


def _interval_gap(p: list[Figure], q: list[Figure]) -> float:
    lo_p, hi_p = min(f.value for f in p), max(f.value for f in p)
    lo_q, hi_q = min(f.value for f in q), max(f.value for f in q)
    gap = max(Decimal(0), max(lo_p, lo_q) - min(hi_p, hi_q))
    scale = max(abs(lo_p), abs(hi_p), abs(lo_q), abs(hi_q))
    return 0.0 if scale == 0 else float(gap / scale)


def _order(figures: Iterable[Figure]) -> list[Figure]:
    return sorted(figures, key=lambda f: (f.value, f.files, f.period, f.iri))


def _value_conflicts(figures: list[Figure], tolerance: float) -> list[Conflict]:
    groups: dict[tuple, list[Figure]] = defaultdict(list)
    for f in figures:
        groups[(f.measure, f.about, f.period, f.unit)].append(f)
    out = []
    for (measure, about, period, unit), members in groups.items():
        passages = _passages(members)
        if len(passages) < 2:
            continue
        spread = max(_interval_gap(p, q) for p, q in combinations(passages, 2))
        if spread > tolerance:
            files = sorted({file for f in members for file in f.files})
            where = "one report" if len(files) == 1 else f"{len(files)} reports"
            out.append(
                Conflict(
                    "value",
                    measure,
                    about,
                    period,
                    unit,
                    spread,
                    _order(members),
                    f"{len(passages)} statements in {where} disagree by {spread:.0%}",
                )
            )
    return out


def _period_conflicts(figures: list[Figure]) -> list[Conflict]:
    groups: dict[tuple, list[Figure]] = defaultdict(list)
    for f in figures:
        if f.period:
            groups[(f.measure, f.about, f.unit, f.value)].append(f)
    out = []
    for (measure, about, unit, value), members in groups.items():
        periods = {f.period for f in members}
        files = {file for f in members for file in f.files}
        by_period = {
            p: {file for f in members if f.period == p for file in f.files} for p in periods
        }
        if len(periods) < 2 or len(files) < 2:
            continue
        # only reports that disagree: a report giving the value for two periods is a series
        if all(a == b for a, b in combinations(by_period.values(), 2)):
            continue
        out.append(
            Conflict(
                "period",
                measure,
                about,
                " | ".join(sorted(periods)),
                unit,
                0.0,
                sorted(members, key=lambda f: (f.period, f.files, f.iri)),
                f"the same value {value.normalize():f} is given for {len(periods)} periods "
                f"by {len(files)} reports",
            )
        )
    return out


def _growth_conflicts(
    figures: list[Figure], growth: set[str], sizes: set[str], tolerance: float
) -> list[Conflict]:
    by_year: dict[tuple, list[Figure]] = defaultdict(list)
    for f in figures:
        if f.measure in sizes and _YEAR.match(f.period):
            by_year[(f.about, f.period)].append(f)
    out = []
    for rate in figures:
        if rate.measure not in growth or rate.unit != PERCENT:
            continue
        span = _YEARS.match(rate.period)
        if span:
            first, last = int(span.group(1)), int(span.group(2))
        elif _YEAR.match(rate.period):
            first, last = int(rate.period) - 1, int(rate.period)
        else:
            continue
        if last <= first:
            continue
        for start in by_year.get((rate.about, str(first)), []):
            for end in by_year.get((rate.about, str(last)), []):
                if start.unit != end.unit or start.value <= 0 or end.value <= 0:
                    continue
                computed = (float(end.value / start.value) ** (1 / (last - first)) - 1) * 100
                stated = float(rate.value)
                spread = _relative(computed, stated)
                if spread <= tolerance:
                    continue
                out.append(
                    Conflict(
                        "growth",
                        rate.measure,
                        rate.about,
                        rate.period,
                        rate.unit,
                        spread,
                        [rate, start, end],
                        f"the sizes {start.original} ({first}) and {end.original} ({last}) "
                        f"give {computed:.1f}% a year over {last - first} year(s); "
                        f"{rate.original} is stated",
                    )
                )
    return out


def find_conflicts(
    store: AtlasStore, *, tolerance: float = DEFAULT_TOLERANCE, lang: str = "en"
) -> list[Conflict]:
    """Every disagreement among the figures of *store*, sorted by kind and what it is about.

    Args:
        store: the store (read-only is enough).
        tolerance: relative difference allowed before figures disagree (0.05: 5%).
        lang: language of the labels the conflicts carry (``en`` or ``zh``).
    """
    figures = _load(store)
    found = _value_conflicts(figures, tolerance)
    found += _growth_conflicts(
        figures, _family(store, GROWTH_RATE), _family(store, MARKET_SIZE), tolerance
    )
    found += _period_conflicts(figures)
    labels = _labels(store, lang)
    for c in found:
        wanted = {c.measure, *c.about, *(x for f in c.figures for x in (f.measure, *f.about))}
        c.labels = {iri: labels[iri] for iri in sorted(wanted) if iri in labels}
    return sorted(
        found,
        key=lambda c: (
            _KINDS.index(c.kind),
            c.label(c.measure),
            [c.label(a) for a in c.about],
            c.period,
            [f.iri for f in c.figures],
        ),
    )


def _number(value: Decimal) -> str:
    return f"{value.normalize():f}"


def conflicts_as_json(conflicts: list[Conflict]) -> str:
    """The conflicts as JSON: every figure with its value, preference and sources."""
    data = [
        {
            "kind": c.kind,
            "measure": {"iri": c.measure, "label": c.label(c.measure)},
            "about": [{"iri": a, "label": c.label(a)} for a in c.about],
            "period": c.period,
            "unit": c.unit,
            "spread": round(c.spread, 4),
            "detail": c.detail,
            "preferred": c.preferred.iri if c.preferred else None,
            "figures": [
                {
                    "iri": f.iri,
                    "value": _number(f.value),
                    "original": f.original,
                    "period": f.period,
                    "preferred": f.preferred,
                    "sources": [
                        {"file": s.file, "quote": s.quote, "start": s.start, "end": s.end}
                        for s in f.sources
                    ],
                }
                for f in c.figures
            ],
        }
        for c in conflicts
    ]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def conflicts_as_table(conflicts: list[Conflict], *, tolerance: float) -> str:
    """The conflicts as text blocks, one per disagreement; ``*`` marks a preferred figure."""
    counts = {k: sum(1 for c in conflicts if c.kind == k) for k in _KINDS}
    lines = [
        f"{len(conflicts)} disagreement(s) at a tolerance of {tolerance:.0%}: "
        + ", ".join(f"{n} {k}" for k, n in counts.items())
    ]
    for c in conflicts:
        about = ", ".join(c.label(a) for a in c.about)
        unit = compact(c.unit) if c.unit else "no unit"
        lines.append("")
        lines.append(
            f"[{c.kind}] {c.label(c.measure)} · {about} · {c.period or 'no period'} · {unit}"
        )
        lines.append(f"  {c.detail}" + ("; a preferred value is marked *" if c.preferred else ""))
        for f in c.figures:
            mark = "*" if f.preferred else " "
            what = f" ({c.label(f.measure)})" if f.measure != c.measure else ""
            period = f" {f.period}" if c.kind != "value" and f.period else ""
            head = f"  {mark} {_number(f.value):>14}  {f.original}{period}{what}"
            for i, s in enumerate(f.sources or (Source("?", ""),)):
                quote = " ".join(s.quote.split())
                lines.append((head if i == 0 else " " * len(head)) + f"  {s.file}: “{quote}”")
    return "\n".join(lines) + "\n"
