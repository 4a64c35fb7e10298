"""The ontology and its SKOS vocabularies as data: files read from ``ontology/``.

The ontology (``medatlas.ttl``) goes into the named graph ``graph/ontology`` and the concept
schemes (``vocab/*.ttl``: segments, use cases, technologies, measures) into ``graph/vocab``.
:func:`read_concepts` lists the concepts with all their labels, for name resolution.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pyoxigraph as ox

from medatlas.errors import OntologyError
from medatlas.ontology.namespace import ONTOLOGY_FILE, SHAPES_FILE, VOCAB_DIR

__all__ = ["Concept", "ontology_triples", "read_concepts", "shapes_triples", "vocabulary_triples"]

_SKOS = "http://www.w3.org/2004/02/skos/core#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_MA = "https://w3id.org/medatlas/ontology#"


@dataclass(frozen=True)
class Concept:
    """A SKOS concept: its IRI, its ontology class (UseCase...), labels and broader concepts."""

    iri: str
    cls: str
    pref_labels: tuple[tuple[str, str], ...]
    alt_labels: tuple[tuple[str, str], ...]
    broader: tuple[str, ...]

    def label(self, lang: str) -> str | None:
        """The preferred label in *lang*, if any."""
        return next((text for text, lg in self.pref_labels if lg == lang), None)


def _parse(path: Path) -> list[ox.Triple]:
    try:
        return list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    except (SyntaxError, OSError) as exc:
        raise OntologyError(f"cannot read {path}: {exc}") from exc


@cache
def ontology_triples() -> tuple[ox.Triple, ...]:
    """The triples of the OWL ontology."""
    return tuple(_parse(ONTOLOGY_FILE))


@cache
def shapes_triples() -> tuple[ox.Triple, ...]:
    """The triples of the SHACL shapes."""
    return tuple(_parse(SHAPES_FILE))


@cache
def vocabulary_triples() -> tuple[ox.Triple, ...]:
    """The triples of every concept scheme in ``ontology/vocab``, files in name order."""
    files = sorted(Path(VOCAB_DIR).glob("*.ttl"))
    if not files:
        raise OntologyError(f"no vocabulary files (*.ttl) in {VOCAB_DIR}")
    return tuple(t for f in files for t in _parse(f))


@cache
def read_concepts() -> tuple[Concept, ...]:
    """Every concept of the vocabularies, sorted by IRI."""
    classes: dict[str, str] = {}
    pref: dict[str, list[tuple[str, str]]] = defaultdict(list)
    alt: dict[str, list[tuple[str, str]]] = defaultdict(list)
    broader: dict[str, list[str]] = defaultdict(list)
    for t in vocabulary_triples():
        s, p, o = t.subject, t.predicate.value, t.object
        if not isinstance(s, ox.NamedNode):
            continue
        if p == _RDF_TYPE and isinstance(o, ox.NamedNode) and o.value.startswith(_MA):
            classes[s.value] = o.value[len(_MA) :]
        elif p == _SKOS + "prefLabel" and isinstance(o, ox.Literal):
            pref[s.value].append((o.value, o.language or ""))
        elif p == _SKOS + "altLabel" and isinstance(o, ox.Literal):
            alt[s.value].append((o.value, o.language or ""))
        elif p == _SKOS + "broader" and isinstance(o, ox.NamedNode):
            broader[s.value].append(o.value)
    return tuple(
        Concept(
            iri=iri,
            cls=cls,
            pref_labels=tuple(sorted(pref[iri])),
            alt_labels=tuple(sorted(alt[iri])),
            broader=tuple(sorted(broader[iri])),
        )
        for iri, cls in sorted(classes.items())
    )


@cache
def concepts_under(iri: str) -> frozenset[str]:
    """*iri* and every concept below it, through ``skos:broader`` at any depth."""
    narrower: dict[str, list[str]] = defaultdict(list)
    for concept in read_concepts():
        for parent in concept.broader:
            narrower[parent].append(concept.iri)
    found, todo = {iri}, [iri]
    while todo:
        for child in narrower[todo.pop()]:
            if child not in found:
                found.add(child)
                todo.append(child)
    return frozenset(found)
