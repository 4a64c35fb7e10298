"""Turn what a user typed for a parameter into an RDF term.

An IRI parameter may be given as a full IRI (``https://w3id.org/medatlas/id/nvidia``), a short
one (``id:nvidia``, ``usecase:drug-discovery``), a slug (``nvidia``, ``drug-discovery``) or any
label or alias in any language (``英伟达``, ``药物发现``, ``drug discovery``). Names are looked up
in the store with bound queries; a name that matches nothing or several things is an error that
says so and lists the candidates.
"""

from __future__ import annotations

import re
from typing import Any

import pyoxigraph as ox

from medatlas.errors import QueryError
from medatlas.graph.iris import DISCOVERED
from medatlas.queries.format import PREFIXES, shorten
from medatlas.queries.sparql_text import with_values

__all__ = ["resolve_entity", "to_term"]

XSD = "http://www.w3.org/2001/XMLSchema#"

_EXISTS = """
SELECT ?x WHERE {
  FILTER(EXISTS { ?x ?p ?o } || EXISTS { ?s ?p ?x })
}
"""

# Exact matches on the bound term use the store's indexes; a scan (LCASE, CONTAINS) is only the
# fallback when they find nothing. Concepts are few, so their IRIs are compared as text.
_BY_SLUG = """
PREFIX ma: <https://w3id.org/medatlas/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?x WHERE {
  { ?x ma:slug ?slug }
  UNION
  { ?x a skos:Concept . FILTER(REPLACE(STR(?x), "^.*/", "") = ?slug) }
}
ORDER BY ?x
"""

_BY_LABEL = """
SELECT DISTINCT ?x WHERE {
  { ?x ?labelProperty ?zh } UNION { ?x ?labelProperty ?en } UNION { ?x ?labelProperty ?plain }
}
ORDER BY ?x
"""

_BY_LABEL_NOCASE = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?x WHERE {
  VALUES ?labelProperty { rdfs:label skos:prefLabel skos:altLabel }
  ?x ?labelProperty ?label .
  FILTER(LCASE(STR(?label)) = ?lower)
}
ORDER BY ?x
"""

_SIMILAR = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?x ?label WHERE {
  VALUES ?labelProperty { rdfs:label skos:prefLabel }
  ?x ?labelProperty ?label .
  FILTER(CONTAINS(LCASE(STR(?label)), ?lower))
}
ORDER BY STRLEN(STR(?label)) ?label
LIMIT 8
"""

_LABEL_OF = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?label WHERE {
  ?x rdfs:label|skos:prefLabel ?label .
}
ORDER BY ?label
LIMIT 1
"""

_RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_PREF_LABEL = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
_ALT_LABEL = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")


def _select(store: Any, text: str, bindings: dict[str, ox.NamedNode | ox.Literal]) -> list:
    return list(store.query(with_values(text, bindings)))


def _nodes(rows: list) -> list[ox.NamedNode]:
    return [row["x"] for row in rows if isinstance(row["x"], ox.NamedNode)]


def _named(store: Any, iri: str) -> ox.NamedNode | None:
    try:
        node = ox.NamedNode(iri)
    except ValueError:
        return None
    return node if _select(store, _EXISTS, {"x": node}) else None


def _label(store: Any, node: ox.NamedNode) -> str:
    rows = _select(store, _LABEL_OF, {"x": node})
    return rows[0]["label"].value if rows else ""


def _choose(store: Any, value: str, found: list[ox.NamedNode], param: str) -> ox.NamedNode:
    if len(found) == 1:
        return found[0]
    listed = ", ".join(f"{shorten(n.value)} ({_label(store, n)})" for n in found[:8])
    raise QueryError(
        f"?{param} = {value!r} names {len(found)} things: {listed}; give a slug or IRI instead"
    )


def resolve_entity(store: Any, value: str, *, param: str = "entity") -> ox.NamedNode:
    """The IRI that *value* names: an IRI, ``prefix:local``, a slug, or a label/alias.

    Raises QueryError when nothing or more than one thing matches, listing what was found.
    """
    text = value.strip()
    if not text:
        raise QueryError(f"?{param} is empty; give a slug, IRI or label")
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    prefix, colon, local = text.partition(":")
    if colon and prefix in PREFIXES and local and not local.startswith("//"):
        node = _named(store, PREFIXES[prefix] + local)
        if node is not None:
            return node
    elif re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:\S+$", text) and " " not in text:
        node = _named(store, text)
        if node is not None:
            return node
        raise QueryError(f"?{param}: no <{text}> in the store; check the IRI, or give a label")
    if re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", text):
        found = _nodes(_select(store, _BY_SLUG, {"slug": ox.Literal(text)}))
        if found:
            return _choose(store, value, found, param)
    discovered: list[ox.NamedNode] = []
    for prop in (_RDFS_LABEL, _PREF_LABEL, _ALT_LABEL):
        bindings = {
            "zh": ox.Literal(text, language="zh"),
            "en": ox.Literal(text, language="en"),
            "plain": ox.Literal(text),
            "labelProperty": prop,
        }
        found = _nodes(_select(store, _BY_LABEL, bindings))
        # a concept only a report named yields to anything the atlas or vocabulary names so
        curated = [n for n in found if not n.value.startswith(DISCOVERED)]
        if curated:
            return _choose(store, value, curated, param)
        discovered += [n for n in found if n not in discovered]
    if discovered:
        return _choose(store, value, discovered, param)
    lower = ox.Literal(text.lower())
    found = _nodes(_select(store, _BY_LABEL_NOCASE, {"lower": lower}))
    if found:
        return _choose(store, value, found, param)
    similar = _select(store, _SIMILAR, {"lower": lower})
    hint = (
        "; did you mean: "
        + ", ".join(f"{row['label'].value} ({shorten(row['x'].value)})" for row in similar)
        if similar
        else "; 'medatlas query entities' lists what the store holds"
    )
    raise QueryError(
        f"?{param}: nothing in the store is named {value!r} (slug, IRI or label){hint}"
    )


def to_term(store: Any, kind: str, value: str, *, param: str) -> ox.NamedNode | ox.Literal:
    """The RDF term for a parameter of *kind* (IRI, string, integer) given as *value*."""
    if kind == "IRI":
        return resolve_entity(store, value, param=param)
    if kind == "integer":
        if not re.fullmatch(r"[+-]?\d+", value.strip()):
            raise QueryError(f"?{param} must be an integer, not {value!r}")
        return ox.Literal(str(int(value)), datatype=ox.NamedNode(XSD + "integer"))
    return ox.Literal(value)
