"""Well-known names of the healthcare-AI market, for recognising them in any report.

``loaders/reference/entities.yaml`` lists regulators, ministries, big technology and pharma
companies, device makers, leading hospitals, universities, associations, investors, AI models,
platforms and datasets that reports name again and again, each with its class and its names in
Chinese and English. It holds names only, never facts: a reference entity enters the graph only
when a document names it, typed and cited like any name a document states, and under one IRI
whatever language or short form the document uses.

The curated atlas wins: an entry whose id or one of whose names the atlas already holds is left
out, so the atlas's own IRI and class stand.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from medatlas.errors import AtlasDataError
from medatlas.graph.iris import entity_iri
from medatlas.loaders.atlas import ENTITY_TYPES
from medatlas.loaders.extract.gazetteer import GazetteerEntry, fold

__all__ = ["REFERENCE_FILE", "ReferenceEntity", "read_reference", "reference_entries"]

REFERENCE_FILE = Path(__file__).resolve().parent.parent / "reference" / "entities.yaml"
# what a well-known name can be: any entity class but the ones that need a document (a policy,
# a report) or are places
CLASSES = ENTITY_TYPES - {"Policy", "Report", "Region"}
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class ReferenceEntity:
    """One well-known thing: its slug, class and every name it goes by."""

    id: str
    type: str
    names: tuple[str, ...]
    canonical: tuple[str, ...] = ()  # its English and Chinese names, before the aliases


def read_reference(path: Path = REFERENCE_FILE) -> list[ReferenceEntity]:
    """The entries of the reference list, checked.

    Raises:
        AtlasDataError: naming the file and the entry when an entry lacks an id, an English
            name or a known class, or when two entries share an id or a name.
    """
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise AtlasDataError(f"{path}: cannot read the reference list: {exc}") from exc
    if not isinstance(data, list):
        raise AtlasDataError(f"{path}: the reference list must be a YAML list of entries")
    entities: list[ReferenceEntity] = []
    owner: dict[str, str] = {}
    for number, item in enumerate(data, start=1):
        where = f"{path.name} entry {number}"
        if not isinstance(item, dict):
            raise AtlasDataError(f"{where}: an entry is a mapping with id, type, en, zh, aliases")
        slug, cls, en = item.get("id"), item.get("type"), item.get("en")
        if not isinstance(slug, str) or not _SLUG.match(slug):
            raise AtlasDataError(f"{where}: id {slug!r} is not a slug like 'siemens-healthineers'")
        if cls not in CLASSES:
            raise AtlasDataError(f"{where} ({slug}): type {cls!r} is not one of {sorted(CLASSES)}")
        if not isinstance(en, str) or not en.strip():
            raise AtlasDataError(f"{where} ({slug}): an English name (en) is required")
        aliases = item.get("aliases") or []
        if not isinstance(aliases, list):
            raise AtlasDataError(f"{where} ({slug}): aliases must be a list of names")
        names = tuple(
            sorted({str(n).strip() for n in (en, item.get("zh"), *aliases) if n and str(n).strip()})
        )
        for name in names:
            key = fold(name)
            if owner.setdefault(key, slug) != slug:
                raise AtlasDataError(
                    f"{where} ({slug}): the name {name!r} is also {owner[key]!r}'s; "
                    "a name may belong to one entry only"
                )
        if slug in {e.id for e in entities}:
            raise AtlasDataError(f"{where}: id {slug!r} is used twice")
        canonical = tuple(str(n).strip() for n in (en, item.get("zh")) if n and str(n).strip())
        entities.append(ReferenceEntity(slug, cls, names, canonical))
    return entities


def reference_entries(
    known: Iterable[GazetteerEntry], path: Path = REFERENCE_FILE
) -> list[GazetteerEntry]:
    """Gazetteer entries of the reference list that *known* entries (the atlas and the
    vocabulary) do not already cover, by IRI or by any name."""
    known = list(known)
    taken_iris = {e.iri for e in known}
    taken_names = {fold(n) for e in known for n in e.names}
    return [
        GazetteerEntry(entity_iri(r.id), r.type, r.names, canonical=r.canonical)
        for r in _cached(path)
        if entity_iri(r.id) not in taken_iris and not any(fold(n) in taken_names for n in r.names)
    ]


@cache
def _cached(path: Path) -> tuple[ReferenceEntity, ...]:
    return tuple(read_reference(path))
