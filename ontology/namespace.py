"""The medatlas ontology namespace, as an rdflib ``DefinedNamespace``.

``MA`` lists every class and property of ``medatlas.ttl`` (the tests check both directions), so a
typo such as ``MA.develop`` raises ``AttributeError`` instead of minting a new IRI::

    from medatlas.ontology.namespace import MA

    graph.add((company, RDF.type, MA.Company))
    graph.add((company, MA.develops, platform))

The module also names the ontology, its version, the SHACL shapes namespace and the files shipped
next to it (the ontology, the shapes and the SKOS vocabularies).
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

__all__ = [
    "MA",
    "ONTOLOGY_FILE",
    "ONTOLOGY_IRI",
    "SHAPES",
    "SHAPES_FILE",
    "SHAPES_IRI",
    "VERSION",
    "VERSION_IRI",
    "VOCAB_DIR",
]

VERSION: Final[str] = "0.1.0"
"""Version of the ontology (``owl:versionInfo``)."""

ONTOLOGY_IRI: Final[URIRef] = URIRef("https://w3id.org/medatlas/ontology")
"""IRI of the ``owl:Ontology`` (without the ``#`` of the term namespace)."""

VERSION_IRI: Final[URIRef] = URIRef(f"https://w3id.org/medatlas/ontology/{VERSION}")
"""``owl:versionIRI`` of this version of the ontology."""

SHAPES: Final[Namespace] = Namespace("https://w3id.org/medatlas/shapes#")
"""Namespace of the SHACL shapes (prefix ``mash:``), e.g. ``SHAPES.StatementShape``."""

SHAPES_IRI: Final[URIRef] = URIRef("https://w3id.org/medatlas/shapes")
"""IRI of the shapes graph."""

_HERE: Final[Path] = Path(__file__).resolve().parent

ONTOLOGY_FILE: Final[Path] = _HERE / "medatlas.ttl"
"""The OWL 2 DL ontology, in Turtle."""

SHAPES_FILE: Final[Path] = _HERE / "shapes.ttl"
"""The SHACL shapes, in Turtle."""

VOCAB_DIR: Final[Path] = _HERE / "vocab"
"""Folder of the SKOS concept schemes (``*.ttl``): segments, use cases, technologies, measures."""


class MA(DefinedNamespace):
    """medatlas ontology: the healthcare-AI market knowledge graph vocabulary.

    Namespace ``https://w3id.org/medatlas/ontology#`` (prefix ``ma:``), version 0.1.0.
    Generated from: ontology/medatlas.ttl
    """

    _fail = True
    _NS = Namespace("https://w3id.org/medatlas/ontology#")

    # http://www.w3.org/2002/07/owl#Class
    AIModel: URIRef  # A named machine-learning model (medical LLM, imaging foundation model).
    Association: URIRef  # An industry association, society, alliance or standards body.
    Company: URIRef  # A business enterprise, listed or private.
    Dataset: URIRef  # A named dataset or data resource.
    GovernmentBody: URIRef  # A government ministry, commission, administration or regulator.
    Hospital: URIRef  # A hospital or other healthcare provider.
    Market: URIRef  # A market for which the reports give figures (size, growth, share).
    Measure: URIRef  # What an observation measures (SKOS concept of the measures scheme).
    Observation: URIRef  # One figure taken from a report (a qb:Observation).
    Offering: URIRef  # Abstract: a platform, product, AI model or dataset.
    Organization: URIRef  # Any organisation; the generic class when the kind is not known.
    Platform: URIRef  # A software or service platform.
    Policy: URIRef  # A law, regulation, plan, guideline, notice or standard.
    Product: URIRef  # A named product or service offered to customers.
    Region: URIRef  # A geographic area: country, province, city, wider region.
    Report: URIRef  # A report, white paper or survey; a source document or one cited.
    ResearchInstitution: URIRef  # An organisation whose main activity is research.
    Segment: URIRef  # A segment of the healthcare-AI market (SKOS concept).
    SourceDocument: URIRef  # A report file the graph was built from (has ma:fileName).
    Statement: URIRef  # An evidence record for one fact: reified triple, source, quote.
    Technology: URIRef  # A technology used by offerings (SKOS concept).
    University: URIRef  # A university, college or medical school.
    UseCase: URIRef  # A use case of AI in healthcare (SKOS concept).

    # http://www.w3.org/2002/07/owl#ObjectProperty
    about: URIRef  # Observation -> what it is about (market, segment, organisation...).
    acquiredBy: URIRef  # Organization -> the organisation that acquired it.
    addressesUseCase: URIRef  # Offering or Organization -> UseCase.
    authoredBy: URIRef  # Report -> the organisation that wrote it.
    basedOn: URIRef  # Offering -> the offering or technology it is built on.
    cites: URIRef  # Report -> Report.
    deployedAt: URIRef  # Offering -> the organisation (hospital) where it is used.
    develops: URIRef  # Organization -> Offering.
    fundedBy: URIRef  # Organization -> its investor; inverse of investsIn.
    inSegment: URIRef  # UseCase, Offering or Market -> Segment.
    investsIn: URIRef  # Organization -> the organisation invested in.
    issuedBy: URIRef  # Policy -> the organisation that issued it.
    locatedIn: URIRef  # Organization, Region or Market -> Region.
    marketOf: URIRef  # Market -> Segment, UseCase or Technology.
    measure: URIRef  # Observation -> Measure (exactly one).
    mentionedIn: URIRef  # Any entity -> the Report that names it.
    copyOfReport: URIRef  # SourceDocument -> the published Report it is a copy of.
    operatesIn: URIRef  # Organization -> Segment.
    partnersWith: URIRef  # Organization <-> Organization (symmetric).
    promotes: URIRef  # Policy -> what it encourages.
    publishedBy: URIRef  # Report -> the organisation that published it.
    regulates: URIRef  # Policy -> what it sets rules for.
    subsidiaryOf: URIRef  # Organization -> its parent organisation.
    unit: URIRef  # Observation -> QUDT unit or currency IRI.
    usesTechnology: URIRef  # Offering, Organization or UseCase -> Technology.

    # http://www.w3.org/2002/07/owl#DatatypeProperty
    charEnd: URIRef  # Statement: end offset of the quote (exclusive), xsd:integer.
    charStart: URIRef  # Statement: start offset of the quote, xsd:integer.
    confidence: URIRef  # Statement or Observation: xsd:decimal in [0, 1].
    encoding: URIRef  # Report: character encoding of the source file.
    extractorVersion: URIRef  # SourceDocument: version of the extraction that read it.
    fileName: URIRef  # Report: file name of the source file.
    issuedOn: URIRef  # Policy or Report: xsd:date, xsd:gYearMonth or xsd:gYear.
    method: URIRef  # Statement or Observation: how it was obtained ("curated", "table"...).
    originalText: URIRef  # Observation: the figure as written ("349 亿元").
    period: URIRef  # Observation: "2025", "2025-Q1", "2020/2025"...
    preferred: (
        URIRef  # Observation: xsd:boolean, true on the figure preferred among conflicting ones.
    )
    quote: URIRef  # Statement: verbatim evidence, at most 40 characters.
    sha256: URIRef  # Report: SHA-256 of the source file, 64 lowercase hex digits.
    slug: URIRef  # Any entity: its stable identifier ("nvidia").
    value: URIRef  # Observation: the number, xsd:decimal (exactly one).
