"""Read the curated atlas (``atlas/*.yaml``) into facts.

The atlas is reviewed data: one YAML file per source report (see ``atlas/README.md``). Entities
named in several files are merged by id; relation ends are resolved by id, or by any label or
alias of an entity or vocabulary concept. Anything that does not resolve to exactly one thing is
an :class:`~medatlas.errors.AtlasDataError` naming the file and the value, never a silent guess.

Facts accepted by ``medatlas review`` live in the subfolder ``reviewed/`` (see
:data:`REVIEWED`), one file per source report in the same format; they are read after the
top-level files and merged the same way.

When the source reports are at hand (``corpus_dir``), every quote is located in its report and
its character offsets recorded.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from medatlas.atlas import ATLAS_DIR
from medatlas.errors import AtlasDataError
from medatlas.graph.facts import (
    Entity,
    Evidence,
    FactSet,
    Label,
    Observation,
    Relation,
    SourceDocument,
    Value,
)
from medatlas.graph.identity import NameIndex, language_of
from medatlas.graph.iris import ATLAS_GRAPH, document_iri, entity_iri, is_slug, observation_iri
from medatlas.graph.vocabulary import Concept, read_concepts
from medatlas.loaders.units import UnitError, normalise_amount
from medatlas.ontology.namespace import MA

__all__ = [
    "ENTITY_TYPES",
    "RELATIONS",
    "REVIEWED",
    "AtlasEntity",
    "CuratedAtlas",
    "load_atlas",
    "read_atlas",
]

ENTITY_TYPES = frozenset(
    {
        "Organization",
        "Company",
        "GovernmentBody",
        "Hospital",
        "ResearchInstitution",
        "University",
        "Association",
        "Platform",
        "Product",
        "AIModel",
        "Dataset",
        "Policy",
        "Report",
        "Region",
    }
)
#: relation -> the class its object should have when a label could name several things
RELATIONS: dict[str, str | None] = {
    "develops": None,
    "partnersWith": None,
    "investsIn": None,
    "fundedBy": None,
    "acquiredBy": None,
    "operatesIn": "Segment",
    "addressesUseCase": "UseCase",
    "usesTechnology": "Technology",
    "deployedAt": None,
    "basedOn": None,
    "issuedBy": None,
    "authoredBy": None,
    "publishedBy": None,
    "locatedIn": "Region",
    "subsidiaryOf": None,
    "promotes": None,
    "regulates": None,
    "cites": "Report",
    "issuedOn": None,
}
_CONCEPT_CLASSES = frozenset({"Segment", "UseCase", "Technology", "Measure"})
_DATE_TYPES = (
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), "date"),
    (re.compile(r"^\d{4}-\d{2}$"), "gYearMonth"),
    (re.compile(r"^\d{4}$"), "gYear"),
)


def date_kind(text: str) -> str | None:
    """``date``, ``gYearMonth`` or ``gYear`` for a real ISO date of that precision, else None.

    >>> date_kind("2024-03"), date_kind("2023-13"), date_kind("2025-02-30"), date_kind("2024")
    ('gYearMonth', None, None, 'gYear')
    """
    import datetime as _dt

    for pattern, kind in _DATE_TYPES:
        if pattern.match(text):
            try:
                _dt.date.fromisoformat(
                    {"date": text, "gYearMonth": text + "-01"}.get(kind, text + "-01-01")
                )
            except ValueError:
                return None
            return kind
    return None


MAX_QUOTE = 40
METHOD = "curated"
#: the subfolder of the atlas that holds the facts ``medatlas review`` accepted
REVIEWED = "reviewed"


@dataclass
class AtlasEntity:
    """An entity as merged from every atlas file that names it."""

    id: str
    type: str
    zh: str | None
    en: str | None
    aliases: set[str] = field(default_factory=set)
    mentions: list[tuple[str, str]] = field(default_factory=list)  # (source, quote)
    files: list[str] = field(default_factory=list)


@dataclass
class CuratedAtlas:
    """The atlas as read: entities by id, raw relations, and the name index over everything."""

    entities: dict[str, AtlasEntity]
    relations: list[tuple[str, str, str, str, str, str]]  # file, source, s, p, o, quote
    reports: dict[str, str]  # source file name -> id of the Report entity it is a copy of
    concepts: tuple[Concept, ...]
    names: NameIndex
    observations: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)


def _fail(path: Path, what: str) -> AtlasDataError:
    name = f"{REVIEWED}/{path.name}" if path.parent.name == REVIEWED else path.name
    return AtlasDataError(f"{name}: {what}")


def _quote(path: Path, value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _fail(path, f"{where} has no quote; add the words of the report that state it")
    if len(value) > MAX_QUOTE:
        raise _fail(
            path, f"{where}: quote {value!r} is {len(value)} characters; keep it ≤ {MAX_QUOTE}"
        )
    return value


def _read_file(path: Path, entities: dict[str, AtlasEntity], atlas: CuratedAtlas) -> None:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise _fail(path, f"cannot be read as UTF-8 YAML: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("source"), str):
        raise _fail(path, "needs a top-level 'source:' naming the report file")
    source = data["source"]
    if data.get("report"):
        atlas.reports[source] = str(data["report"])
    for item in data.get("entities") or []:
        if not isinstance(item, dict):
            raise _fail(path, f"entity {item!r} is not a mapping")
        eid = str(item.get("id", ""))
        if not is_slug(eid):
            raise _fail(path, f"entity id {eid!r} is not a slug like 'united-imaging'")
        etype = item.get("type")
        if etype not in ENTITY_TYPES:
            raise _fail(path, f"entity {eid}: type {etype!r} is not one of {sorted(ENTITY_TYPES)}")
        zh, en = item.get("zh"), item.get("en")
        if not en:
            raise _fail(path, f"entity {eid} has no English label 'en'")
        quote = _quote(path, item.get("quote"), f"entity {eid}")
        known = entities.get(eid)
        if known is None:
            known = entities[eid] = AtlasEntity(eid, etype, zh, en)
        else:
            for attr, value in (("type", etype), ("zh", zh), ("en", en)):
                mine = getattr(known, attr)
                if value and mine and value != mine:
                    raise _fail(
                        path,
                        f"entity {eid}: {attr} {value!r} differs from {mine!r} in {known.files}; "
                        "make them agree",
                    )
                if value and not mine:
                    setattr(known, attr, value)
        known.aliases.update(str(a) for a in item.get("aliases") or [])
        known.mentions.append((source, quote))
        known.files.append(path.name)
        for key, predicate in (("parent", "subsidiaryOf"), ("locatedIn", "locatedIn")):
            if item.get(key):
                atlas.relations.append((path.name, source, eid, predicate, str(item[key]), quote))
    for obs in data.get("observations") or []:
        if not isinstance(obs, dict):
            raise _fail(path, f"observation {obs!r} is not a mapping")
        missing = [k for k in ("measure", "about", "value", "unit", "quote") if k not in obs]
        if missing:
            raise _fail(path, f"observation {obs!r} lacks {', '.join(missing)}")
        _quote(path, obs["quote"], f"observation {obs!r}")
        atlas.observations.append((path.name, source, obs))
    for row in data.get("relations") or []:
        if not isinstance(row, list) or len(row) != 4:
            raise _fail(path, f"relation {row!r} is not [subject, relation, object, quote]")
        s, p, o, q = (str(x) for x in row)
        if p not in RELATIONS:
            raise _fail(path, f"relation {row!r}: {p!r} is not one of {sorted(RELATIONS)}")
        atlas.relations.append((path.name, source, s, p, o, _quote(path, q, f"relation {row!r}")))


def read_atlas(atlas_dir: Path = ATLAS_DIR) -> CuratedAtlas:
    """Read and merge every ``*.yaml`` file of *atlas_dir*, in name order, then of ``reviewed/``."""
    files = sorted(atlas_dir.glob("*.yaml")) + sorted((atlas_dir / REVIEWED).glob("*.yaml"))
    if not files:
        raise AtlasDataError(f"no atlas files (*.yaml) in {atlas_dir}")
    concepts = read_concepts()
    atlas = CuratedAtlas({}, [], {}, concepts, NameIndex())
    for path in files:
        _read_file(path, atlas.entities, atlas)
    for e in atlas.entities.values():
        atlas.names.add(entity_iri(e.id), [e.id, *(x for x in (e.zh, e.en) if x), *e.aliases])
    for c in concepts:
        atlas.names.add(c.iri, [t for t, _ in (*c.pref_labels, *c.alt_labels)])
    clashes = {
        k: v
        for k, v in atlas.names.ambiguous().items()
        if sum(1 for iri in v if iri.startswith(entity_iri(""))) > 1
    }
    if clashes:
        lines = "; ".join(f"{k!r} -> {sorted(v)}" for k, v in sorted(clashes.items()))
        raise AtlasDataError(f"names shared by different entities: {lines}; keep each name on one")
    return atlas


def _expected_class(iri: str, atlas: CuratedAtlas) -> str | None:
    if iri.startswith(entity_iri("")):
        ent = atlas.entities.get(iri[len(entity_iri("")) :])
        return ent.type if ent else None
    return next((c.cls for c in atlas.concepts if c.iri == iri), None)


def resolve(atlas: CuratedAtlas, ref: str, *, want: str | None = None) -> str:
    """The one IRI *ref* (an id or a name) refers to; raises AtlasDataError otherwise."""
    if ref in atlas.entities:
        return entity_iri(ref)
    found = sorted(atlas.names.lookup(ref))
    if want and len(found) > 1:
        typed = [iri for iri in found if _expected_class(iri, atlas) == want]
        found = typed or found
    if len(found) == 1:
        if want in _CONCEPT_CLASSES and _expected_class(found[0], atlas) != want:
            raise AtlasDataError(
                f"{ref!r} is a {_expected_class(found[0], atlas)}, not a {want}; "
                "use the relation that fits it or another term"
            )
        return found[0]
    if not found:
        raise AtlasDataError(f"{ref!r} names no entity or concept")
    raise AtlasDataError(f"{ref!r} is ambiguous: {found}")


def _locate(corpus_dir: Path | None, source: str, quote: str, cache: dict[str, str | None]):
    if corpus_dir is None:
        return None, None
    if source not in cache:
        path = corpus_dir / source
        cache[source] = (
            path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n") if path.is_file() else None
        )
    text = cache[source]
    if text is None:
        return None, None
    start = text.find(quote)
    return (start, start + len(quote)) if start >= 0 else (None, None)


def _observations(
    atlas: CuratedAtlas, evidence: Callable[[Iterable[tuple[str, str]]], tuple[Evidence, ...]]
) -> list[Observation]:
    out: list[Observation] = []
    errors: list[str] = []
    for file, source, obs in atlas.observations:
        try:
            measure = resolve(atlas, str(obs["measure"]), want="Measure")
            abouts = obs["about"] if isinstance(obs["about"], list) else [obs["about"]]
            about = tuple(sorted(resolve(atlas, str(a)) for a in abouts))
            value, unit = normalise_amount(obs["value"], str(obs["unit"]))
        except (AtlasDataError, UnitError) as exc:
            errors.append(f"{file}: observation {obs.get('quote')!r}: {exc}")
            continue
        preferred = obs.get("preferred", False)
        if not isinstance(preferred, bool):
            errors.append(
                f"{file}: observation {obs.get('quote')!r}: preferred {preferred!r} "
                "is not true or false"
            )
            continue
        period = str(obs["period"]) if obs.get("period") is not None else None
        original = str(obs.get("original") or f"{obs['value']}{obs['unit']}")
        iri = observation_iri(measure, *about, period or "", value, unit, source)
        out.append(
            Observation(
                iri=iri,
                measure=measure,
                about=about,
                value=value,
                unit=unit,
                period=period,
                original=original,
                evidence=evidence([(source, str(obs["quote"]))]),
                preferred=preferred,
            )
        )
    if errors:
        raise AtlasDataError(
            f"{len(errors)} atlas observation(s) are wrong:\n  " + "\n  ".join(errors)
        )
    return sorted(out, key=lambda o: o.iri)


def _date_value(path: str, text: str) -> Value:
    kind = date_kind(text)
    if kind is not None:
        return Value(text, kind)
    raise AtlasDataError(
        f"{path}: issuedOn {text!r} is not a date like 2023-07, 2024 or 2025-01-07"
    )


def load_atlas(atlas_dir: Path = ATLAS_DIR, *, corpus_dir: Path | None = None) -> FactSet:
    """The curated atlas as facts for the named graph ``graph/atlas``.

    Raises AtlasDataError when a reference does not resolve, names clash, or a value is bad.
    """
    atlas = read_atlas(atlas_dir)
    texts: dict[str, str | None] = {}

    def evidence(pairs: Iterable[tuple[str, str]]) -> tuple[Evidence, ...]:
        out = set()
        for source, quote in pairs:
            start, end = _locate(corpus_dir, source, quote, texts)
            out.add(Evidence(source, quote, METHOD, 1.0, start, end))
        return tuple(sorted(out, key=lambda e: (e.source, e.quote)))

    facts = FactSet(graph=ATLAS_GRAPH)
    sources = sorted({s for e in atlas.entities.values() for s, _ in e.mentions})
    sources += sorted({r[1] for r in atlas.relations} - set(sources))
    for source in sorted(set(sources)):
        facts.documents.append(SourceDocument(file_name=source))
    for eid in sorted(atlas.entities):
        e = atlas.entities[eid]
        labels = tuple(Label(text, lang) for text, lang in ((e.zh, "zh"), (e.en, "en")) if text)
        aliases = tuple(
            sorted(Label(a, language_of(a)) for a in e.aliases if a not in (e.zh, e.en))
        )
        facts.entities.append(
            Entity(entity_iri(eid), e.type, eid, labels, aliases, evidence(e.mentions))
        )
    grouped: dict[tuple[str, str, str | Value], list[tuple[str, str]]] = {}
    errors: list[str] = []
    for file, source, s, p, o, quote in atlas.relations:
        try:
            subj = resolve(atlas, s)
            obj: str | Value = (
                _date_value(file, o) if p == "issuedOn" else resolve(atlas, o, want=RELATIONS[p])
            )
        except AtlasDataError as exc:
            errors.append(f"{file}: [{s}, {p}, {o}]: {exc}")
            continue
        grouped.setdefault((subj, p, obj), []).append((source, quote))
    if errors:
        raise AtlasDataError(
            f"{len(errors)} atlas relation(s) do not resolve:\n  " + "\n  ".join(errors)
        )
    for (subj, p, obj), pairs in sorted(grouped.items(), key=lambda kv: str(kv[0])):
        getattr(MA, p)  # fails loudly if the ontology lacks the relation
        facts.relations.append(Relation(subj, p, obj, evidence(pairs)))
    facts.observations.extend(_observations(atlas, evidence))
    for source, rid in sorted(atlas.reports.items()):
        facts.relations.append(Relation(document_iri(source), "copyOfReport", entity_iri(rid), ()))
    return facts
