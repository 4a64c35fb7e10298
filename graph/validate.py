"""SHACL validation of the store against ``ontology/shapes.ttl``, violations grouped by source.

pySHACL runs on an rdflib graph; the union of the data graphs is copied into one, together with
the ontology's triples. SHACL's class checks follow ``rdfs:subClassOf`` in the data graph, so a
Company counts as an Organization without running RDFS inference, which costs a third more time
and adds nothing the shapes use (each shape is tested in both modes in tests/test_ontology.py).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import rdflib

from medatlas.graph.iris import DOC, GRAPH, INFERRED_GRAPH, ONTOLOGY_GRAPH
from medatlas.graph.remote import RemoteStore
from medatlas.graph.store import AtlasStore
from medatlas.graph.vocabulary import ontology_triples, shapes_triples

__all__ = ["ValidationReport", "Violation", "validate_store"]

_SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
_PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
_RDF_SUBJECT = "http://www.w3.org/1999/02/22-rdf-syntax-ns#subject"


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
    triples: int = 0

    def by_source(self) -> dict[str, list[Violation]]:
        """Violations grouped by the source (document or graph) they come from."""
        out: dict[str, list[Violation]] = defaultdict(list)
        for v in sorted(self.violations):
            out[v.source].append(v)
        return dict(out)


def _to_rdflib(triples) -> rdflib.Graph:
    g = rdflib.Graph()
    data = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples)
    g.parse(data=data, format="nt")
    return g


def _source_of(
    focus: str, path: str, value: str, data: rdflib.Graph, graph_of: dict[str, str]
) -> str:
    """Name the source of a violation: the document whose evidence states the broken fact.

    The evidence record for (focus, path, value) is looked for first, then any for (focus,
    path), then any about the focus; failing all, the named graph the focus is in.
    """
    node = rdflib.URIRef(focus)
    derived = rdflib.URIRef(_PROV_DERIVED)
    for doc in data.objects(node, derived):  # the focus is itself an evidence record
        return str(doc).removeprefix(DOC)
    statements = list(data.subjects(rdflib.URIRef(_RDF_SUBJECT), node))

    def states(st: rdflib.term.Node, p: str, o: str | None) -> bool:
        if p and str(data.value(st, rdflib.RDF.predicate)) != p:
            return False
        return o is None or str(data.value(st, rdflib.RDF.object)) == o

    for p, o in ((path, value or None), (path, None), ("", None)):
        for st in statements:
            if states(st, p, o):
                for doc in data.objects(st, derived):
                    return str(doc).removeprefix(DOC)
    graph = graph_of.get(focus, "")
    return graph.removeprefix(GRAPH) or "unknown"


def validate_store(store: AtlasStore | RemoteStore) -> ValidationReport:
    """Validate every data graph of *store* (not the ontology, not inferred triples)."""
    import pyshacl

    data_graphs = [g for g in store.graph_names() if g not in (ONTOLOGY_GRAPH, INFERRED_GRAPH)]
    triples = []
    graph_of: dict[str, str] = {}
    for g in data_graphs:
        for q in store.quads(g):
            triples.append(q.triple)
            graph_of.setdefault(str(q.subject.value), g)
    data = _to_rdflib(triples)
    checked = len(data)
    data += _to_rdflib(ontology_triples())
    _, results, _ = pyshacl.validate(
        data,
        shacl_graph=_to_rdflib(shapes_triples()),
        inference="none",
        inplace=True,
        abort_on_first=False,
        allow_warnings=True,
        advanced=True,
    )
    violations = []
    for result in results.subjects(rdflib.RDF.type, _SH.ValidationResult):
        severity = results.value(result, _SH.resultSeverity)
        if severity != _SH.Violation:
            continue
        focus = str(results.value(result, _SH.focusNode))
        path = str(results.value(result, _SH.resultPath) or "")
        value = str(results.value(result, _SH.value) or "")
        violations.append(
            Violation(
                source=_source_of(focus, path, value, data, graph_of),
                focus=focus,
                path=path,
                message=str(results.value(result, _SH.resultMessage) or ""),
                shape=str(results.value(result, _SH.sourceShape) or ""),
                graph=graph_of.get(focus, ""),
            )
        )
    return ValidationReport(conforms=not violations, violations=sorted(violations), triples=checked)
