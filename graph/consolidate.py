"""Settle, across all documents, the one type and the labels of entities no curated fact types.

Each document graph only *claims* a class for a newly found entity (an evidence record on
``rdf:type``) and lists the names it used (``skos:altLabel``). This step writes the named graph
``graph/identity``: for each such entity the class with the most confident support (ties by
class name), and per language the name most documents use (ties: shorter, then alphabetical).
It is recomputed from the document graphs after every change, so it never drifts from them,
and every decision can be traced back to the claims that made it.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pyoxigraph as ox

from medatlas.graph.iris import ENTITY, IDENTITY_GRAPH
from medatlas.graph.queries import sparql
from medatlas.graph.store import AtlasStore

__all__ = ["consolidate"]

_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_SLUG = ox.NamedNode("https://w3id.org/medatlas/ontology#slug")


def consolidate(store: AtlasStore) -> int:
    """Rewrite ``graph/identity`` from the document graphs; returns how many entities it types."""
    votes: dict[str, dict[str, float]] = defaultdict(dict)
    for row in store.query(sparql("discovered-types"), union=False):
        votes[row["entity"].value][row["class"].value] = float(row["weight"].value)
    names: dict[str, dict[str, list[tuple[int, str]]]] = defaultdict(lambda: defaultdict(list))
    for row in store.query(sparql("discovered-names"), union=False):
        lit = row["name"]
        names[row["entity"].value][lit.language or "en"].append(
            (int(row["documents"].value), lit.value)
        )
    graph = ox.NamedNode(IDENTITY_GRAPH)
    quads: list[ox.Quad] = []
    for iri in sorted(votes):
        cls = sorted(votes[iri].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        node = ox.NamedNode(iri)
        quads.append(ox.Quad(node, _RDF_TYPE, ox.NamedNode(cls), graph))
        if iri.startswith(ENTITY):
            quads.append(ox.Quad(node, _SLUG, ox.Literal(iri[len(ENTITY) :]), graph))
        for lang, options in sorted(names[iri].items()):
            best = sorted(options, key=lambda o: (-o[0], len(o[1]), o[1]))[0][1]
            quads.append(ox.Quad(node, _LABEL, ox.Literal(best, language=lang), graph))
        if not names[iri]:  # no name recorded: fall back to the slug, readable enough
            quads.append(
                ox.Quad(
                    node,
                    _LABEL,
                    ox.Literal(re.sub("-", " ", iri.rsplit("/", 1)[-1]), language="en"),
                    graph,
                )
            )
    store.replace_graph(IDENTITY_GRAPH, quads)
    return len(votes)
