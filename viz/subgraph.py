"""The view of a question: the subgraph a CONSTRUCT query, a named question or a list of triples
describes, with every node and edge the atlas knows enriched by its names, sources and figures.

Triples with a resource as object become edges (named by their predicate); ``rdf:type`` gives a
node its class; ``rdfs:label``/``skos:prefLabel``/``skos:altLabel`` its names; any other literal
is listed with the node as an attribute.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox

from medatlas.errors import QueryError
from medatlas.graph.store import AtlasStore
from medatlas.viz.graphdata import (
    RDF_TYPE,
    SKOS_ALT,
    EdgeData,
    GraphData,
    NodeData,
    load_graph,
    most_specific,
)
from medatlas.viz.landscape import DEFAULT_MAX_NODES, most_central
from medatlas.viz.network import AtlasNetwork, build_network, capped_notice

__all__ = ["TripleLike", "query_view", "read_construct", "triples_graph", "triples_view"]

RDFS_RESOURCE = "http://www.w3.org/2000/01/rdf-schema#Resource"
_NAMES = frozenset(
    {"http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#prefLabel"}
)
Term = ox.NamedNode | ox.BlankNode | ox.Literal
#: a triple: a pyoxigraph Triple, or (subject, predicate, object) of terms or IRI strings
TripleLike = ox.Triple | tuple[Term | str, Term | str, Term | str]


def read_construct(path: Path) -> str:
    """The text of a CONSTRUCT query file (UTF-8).

    Raises:
        QueryError: the file cannot be read.
    """
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"cannot read the query file {path}: {exc}") from exc


def _term(value: Term | str) -> Term:
    return ox.NamedNode(value) if isinstance(value, str) else value


def _key(term: Term) -> str:
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value


def _split(t: TripleLike) -> tuple[Term, Term, Term]:
    if isinstance(t, ox.Triple):
        return t.subject, t.predicate, t.object  # type: ignore[return-value]
    s, p, o = t
    return _term(s), _term(p), _term(o)


def triples_graph(data: GraphData, triples: Iterable[TripleLike]) -> GraphData:
    """The graph the *triples* describe, with what *data* (the whole atlas) knows about it."""
    known = {e.key: e for e in data.edges}
    nodes: dict[str, NodeData] = {}
    types: dict[str, set[str]] = {}
    edges: dict[tuple[str, str, str], EdgeData] = {}

    def node(key: str) -> NodeData:
        if key not in nodes:
            base = data.nodes.get(key)
            nodes[key] = (
                replace(base, aliases=list(base.aliases), attributes=list(base.attributes))
                if base is not None
                else NodeData(iri=key, cls=RDFS_RESOURCE, labels=dict(data.terms.get(key, {})))
            )
        return nodes[key]

    for s, p, o in (_split(t) for t in triples):
        subject, predicate = node(_key(s)), p.value
        if isinstance(o, ox.Literal):
            if predicate in _NAMES:
                subject.labels.setdefault((o.language or "").split("-")[0], o.value)
            elif predicate == SKOS_ALT:
                subject.aliases.append(o.value)
            else:
                subject.attributes.append((data.term(predicate), o.value))
        elif predicate == RDF_TYPE:
            types.setdefault(subject.iri, set()).add(o.value)
        else:
            target = node(_key(o))
            edge = known.get((subject.iri, predicate, target.iri))
            edges.setdefault(
                (subject.iri, predicate, target.iri),
                EdgeData(
                    source=subject.iri,
                    target=target.iri,
                    relation=predicate,
                    sources=list(edge.sources) if edge else [],
                ),
            )
    for key, classes in types.items():
        if key not in data.nodes:
            ours = {c for c in classes if c.startswith("https://w3id.org/medatlas/ontology#")}
            nodes[key].cls = most_specific(ours or classes, data.supers)
    for n in nodes.values():
        n.aliases = sorted(set(n.aliases))
        n.attributes = sorted(set(n.attributes))
    return GraphData(
        nodes=dict(sorted(nodes.items())),
        edges=[edges[k] for k in sorted(edges)],
        terms=data.terms,
        documents=data.documents,
        broader=data.broader,
        supers=data.supers,
    )


def triples_view(
    data: GraphData,
    triples: Iterable[TripleLike],
    *,
    heading: str,
    max_nodes: int = DEFAULT_MAX_NODES,
    lang: str = "zh",
) -> AtlasNetwork:
    """The view of *triples*, capped at *max_nodes* (most central first)."""
    graph = triples_graph(data, triples)
    keep = most_central(graph, max_nodes) if len(graph.nodes) > max_nodes else list(graph.nodes)
    shown = graph.subgraph(keep)
    return build_network(
        shown,
        kind="query",
        heading=heading,
        lang=lang,
        notice=capped_notice(len(shown.nodes), len(graph.nodes), what="the most central"),
        totals=(len(graph.nodes), len(graph.edges)),
    )


def _construct(store: AtlasStore, text: str) -> list[ox.Triple]:
    """Run a CONSTRUCT/DESCRIBE *text* through the query library's safety checks."""
    from medatlas.queries.library import run_text

    result = run_text(store, text)
    if result.form not in ("CONSTRUCT", "DESCRIBE"):
        raise QueryError(
            f"a view needs a CONSTRUCT or DESCRIBE query, not {result.form}; "
            "a SELECT gives a table ('medatlas query')"
        )
    return result.triples


def _question(
    store: AtlasStore, name: str, params: Mapping[str, str], lang: str
) -> list[ox.Triple]:
    from medatlas.queries.library import run

    result = run(store, name, params=params, lang=lang)
    if result.form not in ("CONSTRUCT", "DESCRIBE"):
        raise QueryError(
            f"the question {name!r} is a {result.form} query; a view needs one that builds a "
            "graph (the construct-* questions)"
        )
    return result.triples


def query_view(
    store: AtlasStore,
    *,
    construct: str | None = None,
    question: str | None = None,
    params: Mapping[str, str] | None = None,
    triples: Sequence[TripleLike] | None = None,
    max_nodes: int = DEFAULT_MAX_NODES,
    lang: str = "zh",
    heading: str | None = None,
) -> AtlasNetwork:
    """The view of a question: give exactly one of *construct* (query text), *question* (a
    named question of ``queries/``, with *params*) or *triples*.

    Raises:
        QueryError: none or several of them given, a query that is not a CONSTRUCT, a bad
            parameter, or a query that would reach outside the store.
    """
    given = [x is not None for x in (construct, question, triples)]
    if sum(given) != 1:
        raise QueryError("give exactly one of a CONSTRUCT query, a question name or triples")
    if construct is not None:
        found, title = _construct(store, construct), "CONSTRUCT"
    elif question is not None:
        found, title = _question(store, question, params or {}, lang), question
    else:
        found, title = list(triples or []), "triples"
    data = load_graph(store)
    return triples_view(
        data,
        found,
        heading=heading or f"medatlas · {title} ({len(found)} triples)",
        max_nodes=max_nodes,
        lang=lang,
    )
