"""Settle, across all documents, the one type and the labels of entities no curated fact types.

Each document graph only *claims* a class for a newly found entity (an evidence record on
``rdf:type``) and lists the names it used (``skos:altLabel``). This step writes the named graph
``graph/identity``: for each such entity the class with the most confident support (ties by
class name), and per language the name most documents use (ties: shorter, then alphabetical).
It is recomputed from the document graphs after every change, so it never drifts from them,
and every decision can be traced back to the claims that made it.

Use cases, segments and technologies that reports name and the vocabulary lacks (IRIs under
:data:`~medatlas.graph.iris.DISCOVERED`) become SKOS concepts of the scheme of discovered
concepts: the same chosen names as ``skos:prefLabel`` too, and ``skos:inScheme``. A discovered
concept whose name ends with the name of a vocabulary concept of its class is filed under it
with ``skos:broader`` (脑卒中分诊 under 分诊, "chest X-ray triage" under triage: in Chinese and in
English compounds the head comes last), so questions that follow ``skos:broader*`` find it.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pyoxigraph as ox

from medatlas.graph.iris import DISCOVERED, DISCOVERED_SCHEME, ENTITY, IDENTITY_GRAPH
from medatlas.graph.queries import sparql
from medatlas.graph.store import AtlasStore

__all__ = ["consolidate"]

_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_SLUG = ox.NamedNode("https://w3id.org/medatlas/ontology#slug")
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_PREF = ox.NamedNode(_SKOS + "prefLabel")
_IN_SCHEME = ox.NamedNode(_SKOS + "inScheme")
_BROADER = ox.NamedNode(_SKOS + "broader")
_MIN_HEAD = 2  # characters of the shortest vocabulary name a discovered name may narrow
_SCHEME = ox.NamedNode(DISCOVERED_SCHEME)


def _scheme(graph: ox.NamedNode) -> list[ox.Quad]:
    """The scheme that holds the discovered concepts."""
    return [
        ox.Quad(_SCHEME, _RDF_TYPE, ox.NamedNode(_SKOS + "ConceptScheme"), graph),
        *(
            ox.Quad(_SCHEME, label, ox.Literal(text, language=lang), graph)
            for label in (_PREF, _LABEL)
            for text, lang in (("Concepts found in reports", "en"), ("报告中发现的概念", "zh"))
        ),
    ]


def _heads(store: AtlasStore) -> dict[str, list[tuple[str, str]]]:
    """Per concept class, the vocabulary's (folded name, concept) pairs, longest name first."""
    heads: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for row in store.query(sparql("vocabulary-labels"), union=False):
        name = row["label"].value.casefold()
        if len(name) >= _MIN_HEAD:
            heads[row["class"].value].add((name, row["concept"].value))
    return {cls: sorted(pairs, key=lambda p: (-len(p[0]), p)) for cls, pairs in heads.items()}


def _broader(names: list[str], heads: list[tuple[str, str]]) -> str | None:
    """The vocabulary concept whose name is the head (the end) of one of *names*, the longest
    such name winning; in English the head must be whole words ("triage", not "age")."""
    for head, concept in heads:
        for name in names:
            folded = name.casefold()
            if len(folded) <= len(head) or not folded.endswith(head):
                continue
            before = folded[-len(head) - 1]
            if head.isascii() and before.isascii() and not before.isspace() and before != "-":
                continue
            return concept
    return None


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
    heads = _heads(store) if any(iri.startswith(DISCOVERED) for iri in votes) else {}
    quads: list[ox.Quad] = []
    for iri in sorted(votes):
        cls = sorted(votes[iri].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        node = ox.NamedNode(iri)
        quads.append(ox.Quad(node, _RDF_TYPE, ox.NamedNode(cls), graph))
        if iri.startswith(ENTITY):
            quads.append(ox.Quad(node, _SLUG, ox.Literal(iri[len(ENTITY) :]), graph))
        concept = iri.startswith(DISCOVERED)
        if concept:
            quads.append(ox.Quad(node, _IN_SCHEME, _SCHEME, graph))
            spoken = [name for options in names[iri].values() for _, name in options]
            parent = _broader(sorted(spoken), heads.get(cls, []))
            if parent is not None:
                quads.append(ox.Quad(node, _BROADER, ox.NamedNode(parent), graph))
        for lang, options in sorted(names[iri].items()):
            best = sorted(options, key=lambda o: (-o[0], len(o[1]), o[1]))[0][1]
            quads.append(ox.Quad(node, _LABEL, ox.Literal(best, language=lang), graph))
            if concept:
                quads.append(ox.Quad(node, _PREF, ox.Literal(best, language=lang), graph))
        if not names[iri]:  # no name recorded: fall back to the slug, readable enough
            quads.append(
                ox.Quad(
                    node,
                    _LABEL,
                    ox.Literal(re.sub("-", " ", iri.rsplit("/", 1)[-1]), language="en"),
                    graph,
                )
            )
    if any(iri.startswith(DISCOVERED) for iri in votes):
        quads += _scheme(graph)
    store.replace_graph(IDENTITY_GRAPH, quads)
    return len(votes)
