"""Deterministic IRIs for everything medatlas mints.

The same input always yields the same IRI, so two builds of the same sources are identical and
exports diff cleanly. Entities are named by their stable slug; statements (evidence records) by a
hash of what they state and where.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

__all__ = [
    "ATLAS_GRAPH",
    "BASE",
    "DISCOVERED",
    "DISCOVERED_SCHEME",
    "DOC",
    "ENTITY",
    "GRAPH",
    "IDENTITY_GRAPH",
    "INFERRED_GRAPH",
    "ONTOLOGY_GRAPH",
    "STATEMENT",
    "VOCAB_GRAPH",
    "discovered_concept_iri",
    "document_graph",
    "document_iri",
    "entity_iri",
    "is_slug",
    "observation_iri",
    "slugify",
    "statement_iri",
]

BASE = "https://w3id.org/medatlas/"
ENTITY = BASE + "id/"
DOC = BASE + "doc/"
GRAPH = BASE + "graph/"
STATEMENT = BASE + "statement/"
OBSERVATION = BASE + "observation/"
# Use cases, segments and technologies a report names that the vocabulary lacks: concepts of
# their own scheme, one IRI per class and normalised name, until a curator files them.
DISCOVERED_SCHEME = BASE + "vocab/discovered"
DISCOVERED = DISCOVERED_SCHEME + "/"

ONTOLOGY_GRAPH = GRAPH + "ontology"
VOCAB_GRAPH = GRAPH + "vocab"
ATLAS_GRAPH = GRAPH + "atlas"
INFERRED_GRAPH = GRAPH + "inferred"
IDENTITY_GRAPH = GRAPH + "identity"

_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def is_slug(text: str) -> bool:
    """True when *text* is a valid entity slug (lowercase ascii words joined by hyphens)."""
    return bool(_SLUG.match(text))


def slugify(name: str) -> str:
    """A stable slug for a name in any script.

    ASCII names become lowercase hyphenated words; a name with other characters (Chinese) keeps
    its ascii part and gains a short hash of the NFKC-normalised name, so different names never
    share a slug.

    >>> slugify("NVIDIA BioNeMo")
    'nvidia-bionemo'
    >>> slugify("联影智能").startswith("n-")
    True
    """
    norm = unicodedata.normalize("NFKC", name).strip()
    ascii_part = re.sub(r"[^a-z0-9]+", "-", norm.lower()).strip("-")
    if norm.isascii() and ascii_part:
        return ascii_part
    digest = hashlib.sha1(norm.casefold().encode("utf-8")).hexdigest()[:10]
    return f"{ascii_part}-{digest}" if ascii_part else f"n-{digest}"


def entity_iri(slug: str) -> str:
    """The IRI of the entity with this slug."""
    return ENTITY + slug


def discovered_concept_iri(cls: str, slug: str) -> str:
    """The IRI of a concept of class *cls* (UseCase, Segment, Technology) that a document names
    and no vocabulary holds.

    >>> discovered_concept_iri("UseCase", "sepsis-alerts")
    'https://w3id.org/medatlas/vocab/discovered/usecase/sepsis-alerts'
    """
    return f"{DISCOVERED}{cls.lower()}/{slug}"


def document_iri(file_name: str) -> str:
    """The IRI of a source document, named by its file name (percent-encoded)."""
    return DOC + quote(file_name, safe="")


def document_graph(file_name: str) -> str:
    """The named graph that holds what one source document states."""
    return GRAPH + "doc/" + quote(file_name, safe="")


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


def statement_iri(*parts: str) -> str:
    """The IRI of an evidence record, a hash of the graph, the fact and where it was stated."""
    return STATEMENT + _digest(*parts)


def observation_iri(*parts: str) -> str:
    """The IRI of an observation (a figure), a hash of what it measures, of what, and where."""
    return OBSERVATION + _digest(*parts)
