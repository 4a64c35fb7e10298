"""The facts loaders hand to the graph: plain, immutable records, no RDF yet.

Data flows one way: loaders read documents (or the curated atlas) into a :class:`FactSet`;
:mod:`medatlas.graph.triples` is the only code that turns facts into triples. Entities and
concepts are referred to by IRI; literal values carry their datatype.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "Entity",
    "Evidence",
    "FactSet",
    "Label",
    "Observation",
    "Relation",
    "SourceDocument",
    "Value",
]


@dataclass(frozen=True, order=True)
class Label:
    """A name in one language (``zh`` or ``en``)."""

    text: str
    lang: str


@dataclass(frozen=True, order=True)
class Evidence:
    """Where a fact was stated: the source file, the words, their offsets, how and how sure."""

    source: str
    quote: str
    method: str
    confidence: float
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, order=True)
class Value:
    """A literal object: its lexical form and XSD datatype local name (``string``, ``date``...)."""

    lexical: str
    datatype: str = "string"


@dataclass(frozen=True)
class Entity:
    """A thing in the market: an organisation, offering, policy, report, region...

    An *asserted* entity (the curated atlas) states its type, labels and slug. A document only
    *claims* one: its evidence records the type it saw and its aliases the names it used; the
    consolidation step settles type and labels across all documents.
    """

    iri: str
    cls: str
    slug: str
    labels: tuple[Label, ...]
    aliases: tuple[Label, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    asserted: bool = True


@dataclass(frozen=True)
class Relation:
    """One stated fact between an entity and another entity, concept or literal value."""

    subject: str
    predicate: str
    object: str | Value
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Observation:
    """A figure: a value of a measure about something, for a period, with its unit.

    *preferred* marks the figure a curator prefers among conflicting ones (``ma:preferred``).
    """

    iri: str
    measure: str
    about: tuple[str, ...]
    value: str
    unit: str | None
    period: str | None
    original: str
    evidence: tuple[Evidence, ...] = ()
    preferred: bool = False


@dataclass(frozen=True)
class SourceDocument:
    """A report file that facts cite."""

    file_name: str
    sha256: str | None = None
    title: str | None = None
    encoding: str | None = None
    issued: Value | None = None
    extractor_version: str | None = None


@dataclass
class FactSet:
    """Everything one source contributes, destined for one named graph."""

    graph: str
    documents: list[SourceDocument] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)
