"""SHACL validation of the store against ``ontology/shapes.ttl``, violations grouped by source.

The union of the data graphs (every named graph but the ontology's and the inferred one) is
written once as N-Triples, together with the ontology's triples, and validated by one of two
engines that give the same violations (tests/test_validate.py runs both on the same data):

- ``"turbo"`` (the default): pyshacl-turbo, a SHACL engine in Rust with pySHACL's API; the
  N-Triples go to it without an rdflib graph in between. 20 to 25 times faster than pySHACL
  (0.5 s for the curated atlas, about a minute for a million triples), with less memory
  (benchmarks/results/validate.md).
- ``"pyshacl"``: pySHACL on an rdflib graph, the reference; used as well when pyshacl-turbo is
  not installed. The engines differ only on ill-formed typed literals (a month 13 typed
  ``xsd:gYearMonth``), which turbo reports, as the SHACL spec asks, and pySHACL lets pass.

SHACL's class checks follow ``rdfs:subClassOf`` in the data graph, so a Company counts as an
Organization without running RDFS inference, which costs a third more time and adds nothing the
shapes use (each shape is tested in both modes in tests/test_ontology.py).

Each violation is filed under the document whose evidence record states the broken fact; the
records are looked up in the store for the violating focus nodes only, so the cost follows the
number of violations, not the size of the store.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import pyoxigraph as ox
import rdflib

from medatlas.errors import OntologyError
from medatlas.graph.iris import DOC, GRAPH, INFERRED_GRAPH, ONTOLOGY_GRAPH
from medatlas.graph.remote import RemoteStore
from medatlas.graph.store import AtlasStore
from medatlas.graph.vocabulary import ontology_triples, shapes_triples
from medatlas.ontology.namespace import SHAPES_FILE

__all__ = ["ENGINES", "ValidationReport", "Violation", "validate_store"]

#: the SHACL engines :func:`validate_store` can run, the default first
ENGINES = ("turbo", "pyshacl")

_log = logging.getLogger(__name__)
_SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
_PROV_DERIVED = ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDF_SUBJECT = ox.NamedNode(_RDF + "subject")
_RDF_PREDICATE = ox.NamedNode(_RDF + "predicate")
_RDF_OBJECT = ox.NamedNode(_RDF + "object")
_NT = ox.RdfFormat.N_TRIPLES
# one pattern, parameters bound (never pasted): the quads matching (?s ?p ?o) in any graph
_MATCH = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"


@dataclass(frozen=True, order=True)
class Violation:
    """One broken rule: the source it came from, the focus node, the path, the message."""

    source: str
    focus: str
    path: str
    message: str
    shape: str
    graph: str = ""


@dataclass
class ValidationReport:
    """The outcome of a validation: conforms or not, and every violation."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    #: the triples of the data graphs checked (one in two graphs counts twice)
    triples: int = 0

    def by_source(self) -> dict[str, list[Violation]]:
        """Violations grouped by the source (document or graph) they come from."""
        out: dict[str, list[Violation]] = defaultdict(list)
        for v in sorted(self.violations):
            out[v.source].append(v)
        return dict(out)


# --- the data ----------------------------------------------------------------------------------


def _data_graphs(store: AtlasStore | RemoteStore) -> list[str]:
    return [g for g in store.graph_names() if g not in (ONTOLOGY_GRAPH, INFERRED_GRAPH)]


def _ntriples(store: AtlasStore | RemoteStore, graphs: list[str]) -> Iterator[bytes]:
    """N-Triples of each graph in turn (a triple in two graphs comes twice), then the ontology.

    N-Triples escapes line breaks inside literals, so each line is one triple.
    """
    for g in graphs:
        if isinstance(store, AtlasStore):  # dumped by Oxigraph, no Python object per triple
            yield store.oxigraph.dump(format=_NT, from_graph=ox.NamedNode(g)) or b""
        else:
            yield ox.serialize((q.triple for q in store.quads(g)), format=_NT) or b""
    yield _ontology_ntriples()


@cache
def _ontology_ntriples() -> bytes:
    return ox.serialize(ontology_triples(), format=_NT) or b""


def _ontology_lines() -> int:
    return _ontology_ntriples().count(b"\n")


# --- the engines -------------------------------------------------------------------------------


@cache
def _shapes_ntriples() -> str:
    return (ox.serialize(shapes_triples(), format=_NT) or b"").decode("utf-8")


@cache
def _turbo_shapes() -> Any:
    """The shapes compiled once by pyshacl-turbo (immutable, reusable across validations)."""
    import pyshacl_turbo

    return pyshacl_turbo.compile_shapes(_shapes_ntriples(), shacl_graph_format="nt", advanced=True)


def _run_turbo(data: str) -> rdflib.Graph:
    import pyshacl_turbo
    from pyshacl_turbo.rdf import Input  # N-Triples text, parsed in Rust: no rdflib graph

    try:
        _, results, _ = _turbo_shapes().validate(
            Input(data, "nt", None, {}), allow_warnings=True, abort_on_first=False
        )
    except (pyshacl_turbo.ValidationFailure, RuntimeError) as exc:
        raise OntologyError(
            f"pyshacl-turbo could not apply {SHAPES_FILE} to the store: {exc}; "
            "validate with engine='pyshacl' to compare"
        ) from exc
    return results


class _SameLabels(dict):
    """rdflib's N-Triples parser keeps each blank node's label (as pyshacl-turbo does), so both
    engines name a blank focus node alike, and as the store does."""

    def get(self, key: str, default: Any = None) -> str:
        return key


def _run_pyshacl(data: str) -> rdflib.Graph:
    import pyshacl

    graph = rdflib.Graph()
    graph.parse(data=data, format="nt", bnode_context=_SameLabels())
    _, results, _ = pyshacl.validate(
        graph,
        shacl_graph=rdflib.Graph().parse(data=_shapes_ntriples(), format="nt"),
        inference="none",
        inplace=True,
        abort_on_first=False,
        allow_warnings=True,
        advanced=True,
    )
    return results


@cache
def _shape_texts() -> dict[str, tuple[str, str]]:
    """Shape IRI -> (its sh:message, its rdfs:comment), English where there is a choice."""
    texts: dict[str, dict[str, list[tuple[bool, str]]]] = defaultdict(lambda: defaultdict(list))
    kinds = {_SH.message.toPython(): "message", rdflib.RDFS.comment.toPython(): "comment"}
    for t in shapes_triples():
        kind = kinds.get(t.predicate.value)
        if kind and isinstance(t.subject, ox.NamedNode) and isinstance(t.object, ox.Literal):
            texts[t.subject.value][kind].append((t.object.language != "en", t.object.value))
    return {
        shape: tuple(min(found[k], default=(True, ""))[1] for k in ("message", "comment"))
        for shape, found in texts.items()
    }


def _message(shape: str, component: str) -> str:
    """The shape's own message; for a shape without one, a message built from its comment.

    The engines word their default messages differently; this keeps reports engine-neutral.
    """
    message, comment = _shape_texts().get(shape, ("", ""))
    if message:
        return message
    text = f"does not conform to <{shape}> ({component.rsplit('#', 1)[-1]})"
    return f"{text}: {comment}" if comment else text


def _turbo_installed() -> bool:
    try:
        import pyshacl_turbo  # noqa: F401
    except ImportError:
        return False
    return True


# --- where a violation comes from --------------------------------------------------------------


def _ox_term(term: rdflib.term.Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, rdflib.BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, rdflib.Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


@dataclass(frozen=True)
class _Evidence:
    """What the store says about one focus node: its graphs, its own sources, its records."""

    graph: str
    derived_from: tuple[str, ...]
    # (predicate, object, sources) of each evidence record whose rdf:subject is the node
    records: tuple[tuple[str, str, tuple[str, ...]], ...]


class _Sources:
    """Evidence records of violating focus nodes, looked up in the store once per node.

    The embedded store answers from Oxigraph's indexes; a remote one through SPARQL with the
    node bound as a parameter. Only the data graphs count.
    """

    def __init__(self, store: AtlasStore | RemoteStore, graphs: list[str]) -> None:
        self._store = store
        self._rank = {g: i for i, g in enumerate(graphs)}
        self._seen: dict[rdflib.term.Node, _Evidence] = {}

    def _match(
        self, s: ox.NamedNode | ox.BlankNode | None, p: ox.NamedNode | None, o: Any = None
    ) -> list[tuple[Any, Any, Any, str]]:
        """(subject, predicate, object, graph) of the quads of the data graphs matching."""
        if isinstance(self._store, AtlasStore):
            quads: Iterable[Any] = self._store.oxigraph.quads_for_pattern(s, p, o, None)
            rows = [(q.subject, q.predicate, q.object, q.graph_name.value) for q in quads]
        else:
            if isinstance(s, ox.BlankNode):  # a remote store cannot be asked about one
                return []
            bound = {k: v for k, v in (("s", s), ("p", p), ("o", o)) if v is not None}
            rows = [
                (r["s"], r["p"], r["o"], r["g"].value)
                for r in self._store.query(_MATCH, bindings=bound, union=False)
            ]
        return [r for r in rows if r[3] in self._rank]

    def _docs(self, node: Any) -> tuple[str, ...]:
        return tuple(sorted({str(r[2].value) for r in self._match(node, _PROV_DERIVED)}))

    def evidence(self, focus: rdflib.term.Node) -> _Evidence:
        if focus not in self._seen:
            self._seen[focus] = self._look_up(focus)
        return self._seen[focus]

    def _look_up(self, focus: rdflib.term.Node) -> _Evidence:
        if isinstance(focus, rdflib.Literal):
            return _Evidence("", (), ())
        node = _ox_term(focus)
        graphs = sorted({r[3] for r in self._match(node, None)}, key=self._rank.__getitem__)
        records = []
        for st in sorted({r[0] for r in self._match(None, _RDF_SUBJECT, node)}, key=str):
            predicates = [str(r[2].value) for r in self._match(st, _RDF_PREDICATE)]
            objects = [str(r[2].value) for r in self._match(st, _RDF_OBJECT)]
            records.append((min(predicates, default=""), min(objects, default=""), self._docs(st)))
        return _Evidence(graphs[0] if graphs else "", self._docs(node), tuple(records))

    def source_of(self, focus: rdflib.term.Node, path: str, value: str) -> str:
        """The document whose evidence states the broken fact, else the focus node's graph.

        The focus node's own ``prov:wasDerivedFrom`` (it is an evidence record) comes first,
        then the record for (focus, path, value), then any for (focus, path), then any about
        the focus; failing all, the named graph the focus is in. Ties go to the first document
        in IRI order, so the answer does not depend on storage order.
        """
        found = self.evidence(focus)
        if found.derived_from:
            return found.derived_from[0].removeprefix(DOC)
        for p, o in ((path, value or None), (path, None), ("", None)):
            for predicate, obj, docs in found.records:
                if docs and (not p or predicate == p) and (o is None or obj == o):
                    return docs[0].removeprefix(DOC)
        return found.graph.removeprefix(GRAPH) or "unknown"


# --- validation --------------------------------------------------------------------------------


def validate_store(store: AtlasStore | RemoteStore, *, engine: str = "turbo") -> ValidationReport:
    """Validate every data graph of *store* (not the ontology, not inferred triples).

    Args:
        store: the embedded store or a remote one.
        engine: ``"turbo"`` (pyshacl-turbo, the default; pySHACL when it is not installed) or
            ``"pyshacl"``. Both report the same violations.

    Returns:
        The report: whether the data conforms, and each violation (severity sh:Violation) with
        the document it comes from.

    Raises:
        ValueError: *engine* is not one of :data:`ENGINES`.
        OntologyError: pyshacl-turbo could not apply the shapes.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown SHACL engine {engine!r}: choose one of {', '.join(ENGINES)}")
    if engine == "turbo" and not _turbo_installed():
        _log.warning("pyshacl-turbo is not installed; validating with pySHACL (slower)")
        engine = "pyshacl"
    graphs = _data_graphs(store)
    raw = b"".join(_ntriples(store, graphs))
    checked = raw.count(b"\n") - _ontology_lines()
    data = raw.decode("utf-8")
    del raw  # the text alone goes to the engine: at 1M triples each copy is 150-300 MB
    results = _run_turbo(data) if engine == "turbo" else _run_pyshacl(data)
    del data
    sources = _Sources(store, graphs)
    violations = []
    for result in results.subjects(rdflib.RDF.type, _SH.ValidationResult):
        if results.value(result, _SH.resultSeverity) != _SH.Violation:
            continue
        focus = results.value(result, _SH.focusNode)
        path = str(results.value(result, _SH.resultPath) or "")
        value = str(results.value(result, _SH.value) or "")
        shape = str(results.value(result, _SH.sourceShape) or "")
        violations.append(
            Violation(
                source=sources.source_of(focus, path, value),
                focus=str(focus),
                path=path,
                message=_message(shape, str(results.value(result, _SH.sourceConstraintComponent))),
                shape=shape,
                graph=sources.evidence(focus).graph,
            )
        )
    return ValidationReport(
        conforms=not violations,
        violations=sorted(violations),
        triples=checked,
    )
