"""Turn a :class:`~medatlas.graph.facts.FactSet` into quads: the only place facts become RDF.

Every fact is written twice: the triple itself in the source's named graph, and an evidence
record (a ``ma:Statement``, i.e. an ``rdf:Statement`` with ``rdf:subject/predicate/object``)
that says which document, which words, which offsets, how it was obtained and how sure we are.
Standard reification keeps every export format (Turtle, TriG, JSON-LD...) able to carry it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from pyoxigraph import Literal, NamedNode, Quad

from medatlas.graph.facts import Entity, Evidence, FactSet, Observation, Relation, Value
from medatlas.graph.iris import document_iri, statement_iri
from medatlas.ontology.namespace import MA

__all__ = ["fact_quads", "term_for"]

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"

_TYPE = NamedNode(RDF + "type")


def _ma(name: str) -> NamedNode:
    """The ontology term *name*; raises AttributeError for a term the ontology lacks."""
    return NamedNode(str(getattr(MA, name)))


def term_for(value: str | Value) -> NamedNode | Literal:
    """An IRI string becomes a NamedNode; a :class:`Value` a typed literal."""
    if isinstance(value, Value):
        return Literal(value.lexical, datatype=NamedNode(XSD + value.datatype))
    return NamedNode(value)


def _key(term: NamedNode | Literal) -> str:
    return str(term)


class _Writer:
    def __init__(self, graph: str) -> None:
        self.graph = NamedNode(graph)
        self.quads: list[Quad] = []

    def add(self, s: NamedNode, p: NamedNode, o: NamedNode | Literal) -> None:
        self.quads.append(Quad(s, p, o, self.graph))

    def evidence(
        self, s: NamedNode, p: NamedNode, o: NamedNode | Literal, items: Iterable[Evidence]
    ) -> None:
        for ev in items:
            doc = NamedNode(document_iri(ev.source))
            st = NamedNode(
                statement_iri(
                    self.graph.value,
                    _key(s),
                    _key(p),
                    _key(o),
                    ev.source,
                    ev.quote,
                    ev.method,
                    str(ev.start),
                )
            )
            self.add(st, _TYPE, _ma("Statement"))
            self.add(st, NamedNode(RDF + "subject"), s)
            self.add(st, NamedNode(RDF + "predicate"), p)
            self.add(st, NamedNode(RDF + "object"), o)
            self.add(st, NamedNode(PROV + "wasDerivedFrom"), doc)
            self.add(st, _ma("quote"), Literal(ev.quote))
            self.add(st, _ma("method"), Literal(ev.method))
            self.add(
                st,
                _ma("confidence"),
                Literal(f"{ev.confidence:.2f}", datatype=NamedNode(XSD + "decimal")),
            )
            if ev.start is not None and ev.end is not None:
                integer = NamedNode(XSD + "integer")
                self.add(st, _ma("charStart"), Literal(str(ev.start), datatype=integer))
                self.add(st, _ma("charEnd"), Literal(str(ev.end), datatype=integer))

    def entity(self, e: Entity) -> None:
        s = NamedNode(e.iri)
        cls = _ma(e.cls)
        if e.asserted:
            self.add(s, _TYPE, cls)
            self.add(s, _ma("slug"), Literal(e.slug))
        for label in e.labels:
            self.add(s, NamedNode(RDFS + "label"), Literal(label.text, language=label.lang))
        for alias in e.aliases:
            self.add(s, NamedNode(SKOS + "altLabel"), Literal(alias.text, language=alias.lang))
        for source in sorted({ev.source for ev in e.evidence}):
            self.add(s, _ma("mentionedIn"), NamedNode(document_iri(source)))
        self.evidence(s, _TYPE, cls, e.evidence)

    def relation(self, r: Relation) -> None:
        s, p, o = NamedNode(r.subject), _ma(r.predicate), term_for(r.object)
        self.add(s, p, o)
        self.evidence(s, p, o, r.evidence)

    def observation(self, obs: Observation) -> None:
        s = NamedNode(obs.iri)
        value = Literal(obs.value, datatype=NamedNode(XSD + "decimal"))
        self.add(s, _TYPE, _ma("Observation"))
        self.add(s, _ma("measure"), NamedNode(obs.measure))
        for about in obs.about:
            self.add(s, _ma("about"), NamedNode(about))
        self.add(s, _ma("value"), value)
        if obs.unit:
            self.add(s, _ma("unit"), NamedNode(obs.unit))
        if obs.period:
            self.add(s, _ma("period"), Literal(obs.period))
        self.add(s, _ma("originalText"), Literal(obs.original))
        if obs.preferred:
            self.add(s, _ma("preferred"), Literal("true", datatype=NamedNode(XSD + "boolean")))
        self.evidence(s, _ma("value"), value, obs.evidence)


def fact_quads(facts: FactSet) -> Iterator[Quad]:
    """All quads of *facts*, in the fact set's named graph, without duplicates, sorted.

    Sorting makes the store's insertion order, and so every export, deterministic.
    """
    w = _Writer(facts.graph)
    for doc in facts.documents:
        d = NamedNode(document_iri(doc.file_name))
        w.add(d, _TYPE, _ma("SourceDocument"))
        w.add(d, _ma("fileName"), Literal(doc.file_name))
        if doc.sha256:
            w.add(d, _ma("sha256"), Literal(doc.sha256))
        if doc.encoding:
            w.add(d, _ma("encoding"), Literal(doc.encoding))
        if doc.extractor_version:
            w.add(d, _ma("extractorVersion"), Literal(doc.extractor_version))
        w.add(d, NamedNode(RDFS + "label"), Literal(doc.file_name, language="en"))
        if doc.title:
            w.add(d, NamedNode(DCTERMS + "title"), Literal(doc.title))
        if doc.issued:
            w.add(d, _ma("issuedOn"), term_for(doc.issued))
    for e in facts.entities:
        w.entity(e)
    for r in facts.relations:
        w.relation(r)
    for obs in facts.observations:
        w.observation(obs)
    unique = {(str(q.subject), str(q.predicate), str(q.object)): q for q in w.quads}
    for key in sorted(unique):
        yield unique[key]
