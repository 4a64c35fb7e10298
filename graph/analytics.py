"""Graph analytics: the knowledge graph as a networkx graph, centrality, communities, key players.

:func:`project` reads the organisations, offerings, policies, reports, use cases and segments
(and, on request, technologies and regions) and the ontology's relations between them into an
undirected :class:`networkx.Graph`: one node per entity or concept (its IRI, with ``label``,
``kind`` attributes), one edge per related pair (``relations``: the relation names). Everything is
deterministic: nodes and edges are added in sorted order and the community detection is seeded.

PageRank needs scipy in networkx 3; medatlas does not require scipy, so :func:`centrality` gives
PageRank when scipy is installed and eigenvector centrality (pure Python) otherwise, beside
degree and betweenness.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import networkx as nx

__all__ = [
    "DEFAULT_KINDS",
    "RELATIONS",
    "NodeScore",
    "annotate",
    "centrality",
    "communities",
    "key_players",
    "project",
]

MA = "https://w3id.org/medatlas/ontology#"
SKOS_BROADER = "http://www.w3.org/2004/02/skos/core#broader"
SEED = 42

#: node classes projected by default (ma: local names; subclasses of Organization included)
DEFAULT_KINDS: tuple[str, ...] = (
    "Organization",
    "Company",
    "GovernmentBody",
    "Hospital",
    "ResearchInstitution",
    "University",
    "Association",
    "Platform",
    "Product",
    "AIModel",
    "Dataset",
    "Policy",
    "Report",
    "UseCase",
    "Segment",
)

#: relations projected as edges (ma: local names, plus skos:broader as "broader")
RELATIONS: tuple[str, ...] = (
    "develops",
    "partnersWith",
    "investsIn",
    "fundedBy",
    "acquiredBy",
    "operatesIn",
    "addressesUseCase",
    "usesTechnology",
    "deployedAt",
    "basedOn",
    "issuedBy",
    "authoredBy",
    "publishedBy",
    "locatedIn",
    "subsidiaryOf",
    "promotes",
    "regulates",
    "cites",
    "inSegment",
    "marketOf",
)

_NODES = """
PREFIX ma: <https://w3id.org/medatlas/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?node ?class ?label
WHERE {
  ?node a ?class .
  FILTER(STRSTARTS(STR(?class), STR(ma:)))
  OPTIONAL { ?node rdfs:label|skos:prefLabel ?label }
}
"""

_EDGES = """
PREFIX ma: <https://w3id.org/medatlas/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?s ?p ?o
WHERE {
  ?s ?p ?o .
  FILTER(isIRI(?o) && (STRSTARTS(STR(?p), STR(ma:)) || ?p = skos:broader))
}
"""


@dataclass(frozen=True)
class NodeScore:
    """One node's scores: IRI, label, kind, and the values computed for it."""

    node: str
    label: str
    kind: str
    degree: float
    importance: float
    betweenness: float
    community: int | None = None


def project(
    store: Any,
    *,
    kinds: Sequence[str] = DEFAULT_KINDS,
    relations: Sequence[str] = RELATIONS,
    lang: str = "en",
    include_broader: bool = True,
) -> nx.Graph:
    """The graph in *store* as an undirected networkx graph of *kinds* linked by *relations*.

    Args:
        store: anything with ``query(text)`` (AtlasStore, RemoteStore, TimedStore).
        kinds: ma: class local names to keep as nodes.
        relations: ma: relation local names to keep as edges.
        lang: the language of the ``label`` attribute (the other language is the fallback).
        include_broader: also link use cases and segments to their broader concept.
    """
    wanted = set(kinds)
    kind_of: dict[str, str] = {}
    labels: dict[str, list[tuple[int, str]]] = {}
    for row in store.query(_NODES):
        kind = row["class"].value.removeprefix(MA)
        if kind not in wanted:
            continue
        iri = row["node"].value
        kind_of[iri] = min(kind, kind_of.get(iri, kind))
        label = row["label"]
        if label is not None:
            rank = 0 if getattr(label, "language", None) == lang else 1
            labels.setdefault(iri, []).append((rank, label.value))
    nodes = {
        iri: (min(labels[iri])[1] if iri in labels else iri.rsplit("/", 1)[-1], kind)
        for iri, kind in kind_of.items()
    }
    keep = {MA + r: r for r in relations}
    if include_broader:
        keep[SKOS_BROADER] = "broader"
    edges: dict[tuple[str, str], set[str]] = {}
    for row in store.query(_EDGES):
        s, p, o = row["s"].value, row["p"].value, row["o"].value
        if p not in keep or s not in nodes or o not in nodes or s == o:
            continue
        key = (s, o) if s < o else (o, s)
        edges.setdefault(key, set()).add(keep[p])
    graph = nx.Graph()
    for iri in sorted(nodes):
        label, kind = nodes[iri]
        graph.add_node(iri, label=label, kind=kind)
    for (a, b), rels in sorted(edges.items()):
        graph.add_edge(a, b, relations=sorted(rels), weight=len(rels))
    return graph


def _importance(graph: nx.Graph) -> dict[str, float]:
    try:
        import scipy  # noqa: F401

        return nx.pagerank(graph, alpha=0.85)
    except ImportError:
        pass
    scores: dict[str, float] = {}
    for component in sorted(nx.connected_components(graph), key=lambda c: sorted(c)[0]):
        sub = graph.subgraph(component)
        if len(sub) < 3:
            scores.update({n: 0.0 for n in sub})
            continue
        values = nx.eigenvector_centrality(sub, max_iter=2000, tol=1e-8)
        share = len(sub) / len(graph)
        scores.update({n: v * share for n, v in values.items()})
    return scores


def centrality(graph: nx.Graph) -> list[NodeScore]:
    """Degree, importance (PageRank, or eigenvector without scipy) and betweenness per node.

    Sorted by importance, then degree, then IRI (highest first).
    """
    if len(graph) == 0:
        return []
    degree = nx.degree_centrality(graph)
    importance = _importance(graph)
    between = nx.betweenness_centrality(graph, k=None, normalized=True, seed=SEED)
    member = {n: i for i, c in enumerate(communities(graph)) for n in c}
    scores = [
        NodeScore(
            node=n,
            label=graph.nodes[n]["label"],
            kind=graph.nodes[n]["kind"],
            degree=round(degree[n], 6),
            importance=round(importance.get(n, 0.0), 6),
            betweenness=round(between[n], 6),
            community=member.get(n),
        )
        for n in graph.nodes
    ]
    return sorted(scores, key=lambda s: (-s.importance, -s.degree, s.node))


def communities(graph: nx.Graph) -> list[list[str]]:
    """Communities by Louvain modularity (seeded), largest first, each sorted by IRI."""
    if len(graph) == 0:
        return []
    found = nx.community.louvain_communities(graph, weight="weight", seed=SEED)
    return sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))


def annotate(graph: nx.Graph) -> nx.Graph:
    """Add ``degree``, ``importance``, ``betweenness`` and ``community`` to every node.

    The views size and colour nodes by these values.
    """
    for score in centrality(graph):
        graph.nodes[score.node].update(
            degree=score.degree,
            importance=score.importance,
            betweenness=score.betweenness,
            community=score.community,
        )
    return graph


def key_players(
    store: Any, use_case: str, *, lang: str = "en", top: int = 10
) -> list[tuple[NodeScore, int]]:
    """The organisations that matter most for *use_case* (an IRI) and its narrower use cases.

    Candidates are the organisations that address the use case, or develop an offering that
    does; they are ranked by how many of the use case's links they hold (directly or through
    offerings), then by their importance in the whole graph. Returns (score, links) pairs.
    """
    graph = project(store, lang=lang)
    area = {use_case} | {a for a, b in _closure(_narrower_pairs(store)) if b == use_case}
    scores = {s.node: s for s in centrality(graph)}
    links: dict[str, int] = {}
    for uc in sorted(area & set(graph.nodes)):
        for actor in graph.neighbors(uc):
            if "addressesUseCase" not in graph.edges[uc, actor]["relations"]:
                continue
            for org in _organisations_of(graph, actor):
                links[org] = links.get(org, 0) + 1
    ranked = sorted(links, key=lambda n: (-links[n], -scores[n].importance, n))
    return [(scores[n], links[n]) for n in ranked[:top]]


_ORG_KINDS = {
    "Organization",
    "Company",
    "GovernmentBody",
    "Hospital",
    "ResearchInstitution",
    "University",
    "Association",
}


def _organisations_of(graph: nx.Graph, actor: str) -> list[str]:
    if graph.nodes[actor]["kind"] in _ORG_KINDS:
        return [actor]
    return sorted(
        n
        for n in graph.neighbors(actor)
        if graph.nodes[n]["kind"] in _ORG_KINDS and "develops" in graph.edges[actor, n]["relations"]
    )


_BROADER = """
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?narrower ?broader WHERE { ?narrower skos:broader ?broader }
"""


def _narrower_pairs(store: Any) -> set[tuple[str, str]]:
    return {(r["narrower"].value, r["broader"].value) for r in store.query(_BROADER)}


def _closure(pairs: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
    """The transitive closure of (narrower, broader) pairs."""
    up: dict[str, set[str]] = {}
    for a, b in pairs:
        up.setdefault(a, set()).add(b)
    out: set[tuple[str, str]] = set()
    for start in up:
        seen: set[str] = set()
        stack = list(up[start])
        while stack:
            b = stack.pop()
            if b in seen:
                continue
            seen.add(b)
            stack.extend(up.get(b, ()))
        out.update((start, b) for b in seen)
    return out
