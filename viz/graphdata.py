"""What a view draws, read from the store with the SPARQL of ``viz/sparql/*.rq``.

:func:`load_graph` reads every entity (and every vocabulary concept an entity is related to) with
its class, names, sources and key figures, and every relation between them with the sources that
state it, into a plain :class:`GraphData`. Views take subgraphs of it (:meth:`GraphData.subgraph`);
nothing here knows about pyvis or HTML.

The ontology graph and the inferred graph are left out: a view shows what the sources state.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import unquote

import pyoxigraph as ox

from medatlas.errors import QueryError
from medatlas.graph.iris import INFERRED_GRAPH, ONTOLOGY_GRAPH
from medatlas.graph.store import AtlasStore

__all__ = [
    "MA",
    "EdgeData",
    "Figure",
    "GraphData",
    "NodeData",
    "Source",
    "find_node",
    "load_graph",
    "local_name",
    "most_specific",
    "sparql",
]

MA = "https://w3id.org/medatlas/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
SPARQL_DIR = Path(__file__).resolve().parent / "sparql"
_SKIPPED_GRAPHS = frozenset({ONTOLOGY_GRAPH, INFERRED_GRAPH})
#: classes whose members are filed under facets of their own kind (a segment is in its segment)
SEGMENT, USE_CASE = MA + "Segment", MA + "UseCase"


@cache
def sparql(name: str) -> str:
    """The text of ``viz/sparql/<name>.rq``."""
    return (SPARQL_DIR / f"{name}.rq").read_text(encoding="utf-8")


def local_name(iri: str) -> str:
    """The last segment of an IRI (after ``#`` or ``/``): ``ma:develops`` -> ``develops``."""
    return iri.rstrip("/").rsplit("#", 1)[-1].rsplit("/", 1)[-1]


@dataclass(frozen=True, order=True)
class Source:
    """Where something was stated: the report (file name and title), the words, their offset."""

    file: str
    title: str
    quote: str
    start: int | None = None


@dataclass(frozen=True, order=True)
class Figure:
    """A key figure about a node: measure, value and unit, period, the words and their sources."""

    measure: str
    value: str
    unit: str
    period: str
    text: str
    sources: tuple[Source, ...] = ()


@dataclass
class NodeData:
    """One entity or concept: class, names in both languages, sources, figures and facets."""

    iri: str
    cls: str
    labels: dict[str, str] = field(default_factory=dict)
    aliases: list[str] = field(default_factory=list)
    slug: str = ""
    sources: list[Source] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    segments: set[str] = field(default_factory=set)
    use_cases: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)
    years: set[str] = field(default_factory=set)
    attributes: list[tuple[str, str]] = field(default_factory=list)

    def label(self, lang: str = "zh") -> str:
        """The name to draw: the label in *lang*, else the other language, else the slug."""
        other = "en" if lang == "zh" else "zh"
        return (
            self.labels.get(lang)
            or self.labels.get(other)
            or self.labels.get("")
            or self.slug
            or local_name(self.iri)
        )

    def names(self) -> list[str]:
        """Every name of the node (labels, aliases, slug), without duplicates, in a fixed order."""
        names = [text for _lang, text in sorted(self.labels.items())]
        return [n for n in dict.fromkeys([*names, *self.aliases, self.slug]) if n]


@dataclass
class EdgeData:
    """One relation between two nodes, with the sources that state it."""

    source: str
    target: str
    relation: str
    sources: list[Source] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        """(subject, predicate, object): the edge's identity."""
        return (self.source, self.relation, self.target)


@dataclass
class GraphData:
    """Nodes and edges of a view, and the names of the terms and documents they refer to.

    ``terms`` holds ``{iri: {lang: label}}`` for classes, relations and concepts (also those not
    drawn, such as the broader segments a filter lists); ``documents`` maps a file name to the
    title shown for it; ``broader`` maps a concept to its broader concepts and ``supers`` a class
    to all its superclasses.
    """

    nodes: dict[str, NodeData] = field(default_factory=dict)
    edges: list[EdgeData] = field(default_factory=list)
    terms: dict[str, dict[str, str]] = field(default_factory=dict)
    documents: dict[str, str] = field(default_factory=dict)
    broader: dict[str, set[str]] = field(default_factory=dict)
    supers: dict[str, set[str]] = field(default_factory=dict)

    def term(self, iri: str, lang: str = "zh") -> str:
        """The label of a class, relation or concept in *lang* (else English, else its name)."""
        names = self.terms.get(iri, {})
        return names.get(lang) or names.get("en") or names.get("") or local_name(iri)

    def subgraph(self, keep: Iterable[str]) -> GraphData:
        """The nodes in *keep* (those that exist) and the edges between them."""
        wanted = {iri for iri in keep if iri in self.nodes}
        return GraphData(
            nodes={iri: n for iri, n in self.nodes.items() if iri in wanted},
            edges=[e for e in self.edges if e.source in wanted and e.target in wanted],
            terms=self.terms,
            documents=self.documents,
            broader=self.broader,
            supers=self.supers,
        )

    def neighbours(self) -> dict[str, set[str]]:
        """Undirected adjacency: each node's neighbours (every node has an entry)."""
        adj: dict[str, set[str]] = {iri: set() for iri in self.nodes}
        for e in self.edges:
            if e.source != e.target:
                adj[e.source].add(e.target)
                adj[e.target].add(e.source)
        return adj


_ORDER_BY = re.compile(r"\nORDER BY((?:\s+\?\w+)+)\s*$")
_NUMERIC = frozenset(
    f"http://www.w3.org/2001/XMLSchema#{t}" for t in ("integer", "decimal", "double", "float")
)


def _order_key(term: object | None) -> tuple:
    """SPARQL's ORDER BY for the terms the view queries sort on: unbound, blank node, IRI,
    literal; numbers by value, other literals by their text."""
    if term is None:
        return (0,)
    if isinstance(term, ox.BlankNode):
        return (1, term.value)
    if isinstance(term, ox.NamedNode):
        return (2, term.value)
    if not isinstance(term, ox.Literal):  # a triple term: not in these queries
        return (4, str(term))
    if term.datatype.value in _NUMERIC:
        return (3, 0, float(term.value), term.value)
    return (3, 1, term.value, term.language or "", term.datatype.value)


def _rows(store: AtlasStore, query: str, /, **bindings: ox.NamedNode | ox.Literal) -> Iterator:
    """The solutions of ``viz/sparql/<query>.rq`` with *bindings* substituted, in its order.

    The ``ORDER BY`` of the file is applied here, not by the store: on a store on disk,
    sorting compares terms by their text, which Oxigraph reads back from disk on every
    comparison (at a million triples, the labels took 23 s sorted there, 2 s sorted here).
    """
    text = sparql(query)
    order = _ORDER_BY.search(text)
    if order:
        text = text[: order.start()] + "\n"
    result = store.query(text, bindings=bindings or None)
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError(f"viz/sparql/{query}.rq must be a SELECT query")
    if not order:
        return iter(result)
    names = [v.lstrip("?") for v in order.group(1).split()]
    rows = list(result)
    rows.sort(key=lambda row: tuple(_order_key(row[n]) for n in names))
    return iter(rows)


def _value(term: object | None) -> str:
    """The string value of an optional term ('' when unbound)."""
    return "" if term is None else str(term.value)  # type: ignore[attr-defined]


def _graph_ok(term: object | None) -> bool:
    return _value(term) not in _SKIPPED_GRAPHS


def _year(lexical: str) -> str:
    """The year of a date as written (``2023-03`` -> ``2023``), '' when it has none."""
    head = lexical.strip()[:4]
    return head if len(head) == 4 and head.isdigit() else ""


def most_specific(classes: set[str], supers: dict[str, set[str]]) -> str:
    """The most specific of *classes*: one that is no other's superclass (first by IRI)."""
    specific = [c for c in classes if not any(c in supers.get(o, ()) for o in classes if o != c)]
    return sorted(specific or classes)[0]


def _closure(start: Iterable[str], parents: dict[str, set[str]]) -> set[str]:
    """*start* and every concept above it."""
    seen: set[str] = set()
    todo = list(start)
    while todo:
        item = todo.pop()
        if item not in seen:
            seen.add(item)
            todo.extend(parents.get(item, ()))
    return seen


def _read_classes(store: AtlasStore) -> dict[str, set[str]]:
    supers: dict[str, set[str]] = defaultdict(set)
    for row in _rows(store, "classes"):
        supers[_value(row["class"])].add(_value(row["super"]))
    return _transitive(supers)


def _transitive(pairs: dict[str, set[str]]) -> dict[str, set[str]]:
    return {c: _closure(ps, pairs) for c, ps in pairs.items()}


def _read_nodes(store: AtlasStore, supers: dict[str, set[str]]) -> dict[str, NodeData]:
    classes: dict[str, set[str]] = defaultdict(set)
    slugs: dict[str, str] = {}
    for row in _rows(store, "entities"):
        if _graph_ok(row["graph"]):
            iri = _value(row["node"])
            classes[iri].add(_value(row["class"]))
            slugs[iri] = min(slugs.get(iri, _value(row["slug"])), _value(row["slug"]))
    return {
        iri: NodeData(iri=iri, cls=most_specific(cs, supers), slug=slugs[iri])
        for iri, cs in sorted(classes.items())
    }


def _read_edges(
    store: AtlasStore, nodes: dict[str, NodeData], supers: dict[str, set[str]]
) -> dict[tuple[str, str, str], EdgeData]:
    concept_classes: dict[str, set[str]] = defaultdict(set)
    for row in _rows(store, "concepts"):
        concept_classes[_value(row["node"])].add(_value(row["class"]))
    edges: dict[tuple[str, str, str], EdgeData] = {}
    for row in _rows(store, "relations"):
        if not _graph_ok(row["graph"]):
            continue
        s, p, o = _value(row["subject"]), _value(row["predicate"]), _value(row["object"])
        if s not in nodes:
            continue
        if o not in nodes:
            if o not in concept_classes:
                continue
            nodes[o] = NodeData(iri=o, cls=most_specific(concept_classes[o], supers))
        edges.setdefault((s, p, o), EdgeData(source=s, target=o, relation=p))
    return edges


def _read_labels(store: AtlasStore, data: GraphData) -> None:
    for row in _rows(store, "labels"):
        iri, prop = _value(row["node"]), _value(row["property"])
        text, lang = _value(row["text"]), _value(row["lang"]).lower().split("-")[0]
        node = data.nodes.get(iri)
        if prop == SKOS_ALT:
            if node is not None and text not in node.aliases:
                node.aliases.append(text)
            continue
        names = data.terms.setdefault(iri, {})
        names.setdefault(lang, text)
        if node is not None:
            node.labels.setdefault(lang, text)


def _read_documents(
    store: AtlasStore, data: GraphData
) -> tuple[dict[str, str], dict[str, set[str]]]:
    """Fill ``data.documents``; return each document's file name by IRI, and the years of each
    file (its own issue date or its report's)."""
    years: dict[str, set[str]] = defaultdict(set)
    files: dict[str, str] = {}
    for row in _rows(store, "documents"):
        file = _value(row["file"])
        files.setdefault(_value(row["doc"]), file)
        report = _value(row["report"])
        title = _value(row["title"]) or (data.term(report) if report else "") or file
        data.documents.setdefault(file, title)
        for when in (_value(row["issued"]), _value(row["reportIssued"])):
            if _year(when):
                years[file].add(_year(when))
    return files, years


def _read_evidence(
    store: AtlasStore,
    data: GraphData,
    edges: dict[tuple[str, str, str], EdgeData],
    files: dict[str, str],
) -> dict[tuple[str, str, str], list[Source]]:
    """Attach sources to nodes (their rdf:type evidence) and edges; return them all by fact."""
    by_fact: dict[tuple[str, str, str], list[Source]] = defaultdict(list)
    for row in _rows(store, "evidence"):
        if not _graph_ok(row["graph"]):
            continue
        s, p, o = _value(row["subject"]), _value(row["predicate"]), _value(row["object"])
        doc = _value(row["doc"])
        file = files.get(doc) or unquote(local_name(doc))
        start = _value(row["start"])
        src = Source(
            file=file,
            title=data.documents.get(file, file),
            quote=_value(row["quote"]),
            start=int(start) if start.lstrip("-").isdigit() else None,
        )
        by_fact[(s, p, o)].append(src)
        if p == RDF_TYPE and s in data.nodes:
            data.nodes[s].sources.append(src)
        elif (s, p, o) in edges:
            edges[(s, p, o)].sources.append(src)
    return by_fact


def _read_figures(
    store: AtlasStore, data: GraphData, by_fact: dict[tuple[str, str, str], list[Source]]
) -> None:
    for row in _rows(store, "figures"):
        about = _value(row["about"])
        node = data.nodes.get(about)
        if node is None:
            continue
        obs, value = _value(row["observation"]), _value(row["value"])
        sources = tuple(sorted(set(by_fact.get((obs, MA + "value", value), []))))
        unit = _value(row["unit"])
        figure = Figure(
            measure=data.term(_value(row["measure"])),
            value=value,
            unit=data.term(unit, "en") if unit else "",
            period=_value(row["period"]),
            text=_value(row["text"]),
            sources=sources,
        )
        if figure not in node.figures:
            node.figures.append(figure)
        node.documents.update(s.file for s in sources)


def _file_facets(data: GraphData, doc_years: dict[str, set[str]]) -> None:
    """Segments, use cases, documents and years of every node (the page's filters)."""
    for e in data.edges:
        src, target = data.nodes[e.source], data.nodes[e.target]
        if target.cls == SEGMENT:
            src.segments.add(e.target)
        elif target.cls == USE_CASE:
            src.use_cases.add(e.target)
        for s in e.sources:
            src.documents.add(s.file)
    for node in data.nodes.values():
        if node.cls == SEGMENT:
            node.segments.add(node.iri)
        if node.cls == USE_CASE:
            node.use_cases.add(node.iri)
        node.segments = _closure(node.segments, data.broader)
        node.use_cases = _closure(node.use_cases, data.broader)
        node.documents.update(s.file for s in node.sources)
        for file in node.documents:
            node.years.update(doc_years.get(file, ()))


def load_graph(store: AtlasStore) -> GraphData:
    """Everything a view can draw, read from *store*.

    Nodes: entities (resources with a ``ma:slug``) and the concepts they are related to; edges:
    every ``ma:`` relation between them except ``ma:mentionedIn``. Lists are sorted, so the same
    store always gives the same data.
    """
    supers = _read_classes(store)
    data = GraphData(nodes=_read_nodes(store, supers), supers=supers)
    edges = _read_edges(store, data.nodes, supers)
    data.edges = [edges[k] for k in sorted(edges)]
    data.nodes = dict(sorted(data.nodes.items()))
    _read_labels(store, data)
    files, doc_years = _read_documents(store, data)
    for row in _rows(store, "broader"):
        data.broader.setdefault(_value(row["narrower"]), set()).add(_value(row["broader"]))
    by_fact = _read_evidence(store, data, edges, files)
    _read_figures(store, data, by_fact)
    for row in _rows(store, "issued"):
        node, issued = data.nodes.get(_value(row["node"])), _value(row["issued"])
        if node is not None:
            node.attributes.append((data.term(MA + "issuedOn"), issued))
            if _year(issued):
                node.years.add(_year(issued))
    _file_facets(data, doc_years)
    for node in data.nodes.values():
        node.sources = sorted(set(node.sources))
        node.figures.sort()
        node.aliases.sort()
        node.attributes.sort()
    for e in data.edges:
        e.sources = sorted(set(e.sources))
    return data


def find_node(store: AtlasStore, name: str, *, known: Collection[str] = ()) -> str:
    """The IRI of the one resource named *name* (any label or alias, either language, or slug).

    *name* may also be the IRI itself of a resource in *known*.

    Raises:
        QueryError: no resource has that name, or several do (the message lists them).
    """
    text = name.strip()
    if not text:
        raise QueryError("the focus is empty; give a name, e.g. --focus 英伟达")
    if text in known:
        return text
    found = sorted({_value(r["node"]) for r in _rows(store, "find-node", name=ox.Literal(text))})
    if len(found) == 1:
        return found[0]
    if not found:
        raise QueryError(
            f"no entity or concept is named {text!r}; give one of its labels (Chinese or "
            "English), an alias or its slug"
        )
    listed = ", ".join(found[:10])
    raise QueryError(f"{text!r} names {len(found)} resources ({listed}); give its slug instead")
