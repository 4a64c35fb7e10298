"""Turn a review candidate into an entry of the curated atlas format (see ``atlas/README.md``).

An entity becomes an ``entities`` item, a relation a ``[subject, relation, object, quote]`` row,
a figure an ``observations`` item. Ends are written the way the atlas knows them: an atlas
entity by its id, a vocabulary concept by a label that names it alone, an entity accepted in
the same review by its new id. Anything the atlas cannot name is a
:class:`~medatlas.errors.AtlasDataError` that says what to accept first.
"""

from __future__ import annotations

import re
from typing import Any

from medatlas.errors import AtlasDataError
from medatlas.graph.identity import language_of
from medatlas.graph.iris import ENTITY, is_slug, slugify
from medatlas.loaders.atlas import ENTITY_TYPES, CuratedAtlas, resolve
from medatlas.loaders.candidates import Candidate, Ref
from medatlas.loaders.units import UnitError, normalise_amount

__all__ = ["Known", "entity_entry", "observation_entry", "relation_row"]

#: candidate IRI -> (atlas id, class) of the entities accepted in the same review
Known = dict[str, tuple[str, str]]

_NUMBER = re.compile(r"^\s*([-+]?\d[\d,，]*(?:\.\d+)?)\s*(\S.*?)?\s*$")
#: units written with a normalised value when the figure as written does not parse
_BASE_UNITS = ("%", "元", "美元", "count", "年", "个月", "周", "天", "小时", "分钟", "秒", "倍")


# concepts a report may name that the vocabulary lacks, and the file that holds their kind
_VOCABULARY_FILES = {
    "UseCase": "usecases.ttl",
    "Segment": "segments.ttl",
    "Technology": "technologies.ttl",
}


def entity_entry(
    cand: Candidate, atlas: CuratedAtlas, *, en: str | None = None, slug: str | None = None
) -> dict[str, Any]:
    """The ``entities`` item for an entity candidate.

    The English label is *en*, else the candidate's first name without Chinese characters;
    the id is *slug*, else one made from the English label. Raises AtlasDataError when there
    is no English name, the id is not a slug or already names another entity.
    """
    assert cand.subject is not None
    if cand.subject.cls in _VOCABULARY_FILES:
        raise AtlasDataError(
            f"candidate {cand.id}: {cand.subject.name!r} is a {cand.subject.cls}, a concept of "
            f"the vocabulary, not an atlas entity: add it to ontology/vocab/"
            f"{_VOCABULARY_FILES[cand.subject.cls]} with a Chinese and an English skos:prefLabel "
            "(the next build files the reports' mentions under it), or reject it"
        )
    if cand.subject.cls not in ENTITY_TYPES:
        raise AtlasDataError(
            f"candidate {cand.id}: a {cand.subject.cls} is not an atlas entity type "
            f"({', '.join(sorted(ENTITY_TYPES))}); reject it or add it by hand"
        )
    names = [cand.subject.name, *cand.aliases]
    zh = next((n for n in names if language_of(n) == "zh"), None)
    english = en or next((n for n in names if language_of(n) == "en"), None)
    if not english:
        raise AtlasDataError(
            f"candidate {cand.id}: {cand.subject.name!r} has no English name; "
            "accept it alone with --en 'English name'"
        )
    eid = slug or slugify(english)
    if not is_slug(eid):
        raise AtlasDataError(f"candidate {cand.id}: id {eid!r} is not a slug like 'acme-health'")
    if eid in atlas.entities:
        other = atlas.entities[eid]
        raise AtlasDataError(
            f"candidate {cand.id}: the atlas already has an entity {eid!r} ({other.en}); "
            "accept it alone with another --id"
        )
    item: dict[str, Any] = {"id": eid, "type": cand.subject.cls}
    if zh:
        item["zh"] = zh
    item["en"] = english
    aliases = sorted(set(names) - {zh, english})
    if aliases:
        item["aliases"] = aliases
    item["quote"] = cand.quote
    return item


def _concept_label(atlas: CuratedAtlas, iri: str) -> tuple[str, str] | None:
    concept = next((c for c in atlas.concepts if c.iri == iri), None)
    if concept is None:
        return None
    for text, _lang in (*concept.pref_labels, *concept.alt_labels):
        try:
            if resolve(atlas, text, want=concept.cls) == iri:
                return text, concept.cls
        except AtlasDataError:
            continue
    return None


def _atlas_name(ref: Ref, atlas: CuratedAtlas, known: Known) -> tuple[str, str] | None:
    """(how the atlas names *ref*, its class), or None when the atlas lacks it."""
    if ref.iri in known:
        return known[ref.iri]
    if ref.iri.startswith(ENTITY):
        slug = ref.iri[len(ENTITY) :]
        if slug not in atlas.entities:  # accepted by an earlier review, under a new id
            hits = sorted(i for i in atlas.names.lookup(ref.name) if i.startswith(ENTITY))
            if len(hits) != 1:
                return None
            slug = hits[0][len(ENTITY) :]
        return slug, atlas.entities[slug].type
    return _concept_label(atlas, ref.iri)


def _end(cand: Candidate, ref: Ref, atlas: CuratedAtlas, known: Known, pending: dict[str, str]):
    found = _atlas_name(ref, atlas, known)
    if found is None:
        hint = (
            f"accept its entity candidate {pending[ref.iri]} first (or with this one)"
            if ref.iri in pending
            else "add it to the atlas first"
        )
        raise AtlasDataError(f"candidate {cand.id}: {ref.name!r} is not in the atlas; {hint}")
    return found


def relation_row(
    cand: Candidate, atlas: CuratedAtlas, known: Known, pending: dict[str, str]
) -> list[str]:
    """The ``relations`` row for a relation candidate, checked against the ontology.

    *pending* maps the IRIs of entity candidates of the same document to their ids, to name
    the one to accept first. Raises AtlasDataError when an end is not in the atlas or the
    relation does not fit the classes of its ends.
    """
    from medatlas.loaders.pipeline import SIGNATURES

    assert cand.subject is not None and cand.predicate is not None
    subject, s_cls = _end(cand, cand.subject, atlas, known, pending)
    allowed_s, allowed_o = SIGNATURES[cand.predicate]
    if s_cls not in allowed_s:
        raise AtlasDataError(
            f"candidate {cand.id}: a {s_cls} cannot be the subject of {cand.predicate}"
        )
    if cand.object is None:
        if not cand.date:
            raise AtlasDataError(f"candidate {cand.id}: {cand.predicate} has no object")
        return [subject, cand.predicate, cand.date, cand.quote]
    obj, o_cls = _end(cand, cand.object, atlas, known, pending)
    if allowed_o is None or o_cls not in allowed_o:
        raise AtlasDataError(
            f"candidate {cand.id}: a {o_cls} cannot be the object of {cand.predicate}"
        )
    return [subject, cand.predicate, obj, cand.quote]


def _written(cand: Candidate) -> tuple[int | str, str]:
    """The figure's value and unit as the atlas format wants them: as written when possible."""
    m = _NUMBER.match(cand.original or "")
    options = [(m[1], m[2] or "count")] if m else []
    options += [(str(cand.value), unit) for unit in _BASE_UNITS]
    for number, unit in options:
        try:
            if normalise_amount(number, unit) == (cand.value, cand.unit):
                plain = number.replace(",", "").replace("，", "")
                return (int(plain) if plain.isdigit() else plain), unit
        except UnitError:
            continue
    raise AtlasDataError(
        f"candidate {cand.id}: cannot write {cand.value} {cand.unit} in an atlas unit; "
        "add the observation by hand"
    )


def observation_entry(
    cand: Candidate, atlas: CuratedAtlas, known: Known, pending: dict[str, str]
) -> dict[str, Any]:
    """The ``observations`` item for a figure candidate.

    A figure about the document itself is filed under the Report entity the atlas names for
    that document (``report:``). Raises AtlasDataError when the measure or a subject is not
    in the atlas.
    """
    measure = _concept_label(atlas, cand.measure or "")
    if measure is None:
        raise AtlasDataError(f"candidate {cand.id}: measure {cand.measure!r} is not a concept")
    about = [_end(cand, ref, atlas, known, pending)[0] for ref in cand.about]
    if not about:
        report = atlas.reports.get(cand.document)
        if report is None:
            raise AtlasDataError(
                f"candidate {cand.id}: the figure is about the document itself; add its "
                f"Report entity to the atlas with 'report:' for {cand.document} first"
            )
        about = [report]
    value, unit = _written(cand)
    item: dict[str, Any] = {"measure": measure[0], "about": about, "value": value, "unit": unit}
    if cand.period:
        item["period"] = cand.period
    if cand.original:
        item["original"] = cand.original
    item["quote"] = cand.quote
    return item
