"""The records extraction steps exchange: mentions, relation candidates, figure candidates.

Offsets are Python ``str`` indices into ``Document.text``: ``text[start:end]`` is the mention or
the evidence span. Nothing here is RDF yet; :mod:`medatlas.loaders.pipeline` links mentions to
IRIs and turns candidates into :mod:`medatlas.graph.facts`.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["FigureCandidate", "Mention", "RelationCandidate"]


@dataclass(frozen=True, order=True)
class Mention:
    """A name in the text that refers to a thing.

    ``cls`` is an ontology class local name: an entity class (Company, GovernmentBody, Hospital,
    ResearchInstitution, University, Association, Organization, Platform, Product, AIModel,
    Dataset, Policy, Report, Region) or a concept class (Segment, UseCase, Technology).
    ``iri`` is set when the name is already known (gazetteer); ``name`` is the canonical name to
    file a new entity under (e.g. the surface form without 《》 or a legal suffix).
    """

    start: int
    end: int
    text: str
    cls: str
    confidence: float
    method: str
    iri: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class RelationCandidate:
    """A relation stated between two mentions (or a mention and a date for ``issuedOn``).

    ``predicate`` is an ontology property local name (develops, partnersWith, investsIn,
    fundedBy, acquiredBy, operatesIn, addressesUseCase, usesTechnology, deployedAt, basedOn,
    issuedBy, issuedOn, authoredBy, publishedBy, locatedIn, subsidiaryOf, promotes, regulates).
    ``start``/``end`` delimit the evidence: the sentence or table row that states it.
    For ``issuedOn``, ``date`` holds the normalised date ("2023-07", "2024", "2025-01-07")
    and ``object`` is None.
    """

    subject: Mention
    predicate: str
    object: Mention | None
    start: int
    end: int
    confidence: float
    method: str
    date: str | None = None


@dataclass(frozen=True)
class FigureCandidate:
    """A figure: a value of a measure about something, with unit and period.

    ``value`` is the normalised decimal as a string: "70" with unit PERCENT for 70%,
    "34900000000" with unit CNY for 349亿元. ``unit`` is a QUDT IRI
    (``http://qudt.org/vocab/unit/PERCENT``, ``http://qudt.org/vocab/currency/CNY``, ``.../USD``,
    ``http://qudt.org/vocab/unit/NUM`` for counts, ``http://qudt.org/vocab/unit/YR`` ...).
    ``measure`` is the IRI of a concept in ``ontology/vocab/measures.ttl``. ``about`` are the
    mentions of what it measures (market, segment, use case, organisation, the survey/report);
    empty when only the document itself is the subject. ``period`` is "2025", "2020/2025",
    "2025-Q1"... ``original`` is the figure as written ("349 亿元", "70%").
    """

    value: str
    unit: str | None
    measure: str
    about: tuple[Mention, ...]
    period: str | None
    original: str
    start: int
    end: int
    confidence: float
    method: str
