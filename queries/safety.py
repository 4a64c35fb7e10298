"""Keep queries off the network and the file system unless the user allows it.

rdflib fetches the graphs a query names in ``FROM`` / ``FROM NAMED`` and runs ``LOAD``; rdflib,
pyoxigraph and the Oxigraph server all send ``SERVICE`` clauses to the endpoint they name. So
before medatlas runs a query anywhere it reads the query's tokens (see
:mod:`medatlas.queries.sparql_text`: strings, comments, IRIs, variables and prefixed names are
never mistaken for keywords) and refuses:

- ``SERVICE`` (federated query) of any kind, ``SERVICE SILENT`` too;
- ``LOAD`` (an update that fetches a document);
- ``FROM``, ``FROM NAMED``, ``USING`` and ``USING NAMED`` naming a graph that is not local: local
  graphs are the store's own named graphs (under ``https://w3id.org/medatlas/graph/``, or any
  listed in *local_graphs*).

``allow_network=True`` lifts the check (the CLI's ``--allow-network``).

>>> check_query("SELECT * WHERE { ?s ?p 'SERVICE <http://example.org/>' }")
>>> try:
...     check_query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
... except NetworkAccessRefused as exc:
...     print(str(exc)[:60])
refused: SERVICE <http://example.org/sparql> at line 1, colu
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from medatlas.errors import QueryError
from medatlas.graph.iris import GRAPH
from medatlas.queries.sparql_text import expand, line_col, prologue, tokenize

__all__ = ["NetworkAccessRefused", "Risk", "check_query", "find_risks"]


class NetworkAccessRefused(QueryError):
    """The query would reach the network or the file system (SERVICE, LOAD, remote FROM)."""


@dataclass(frozen=True)
class Risk:
    """One construct that would reach outside the store: what, which IRI, where."""

    keyword: str
    target: str
    line: int
    column: int
    reason: str

    def __str__(self) -> str:
        target = f" {self.target}" if self.target else ""
        return f"{self.keyword}{target} at line {self.line}, column {self.column} {self.reason}"


_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def _unescape(text: str) -> str:
    """SPARQL's codepoint escapes (``\\u0053``), which the grammar allows anywhere, decoded."""
    return _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)


def _is_local(iri: str | None, local_graphs: Collection[str]) -> bool:
    return iri is not None and (iri.startswith(GRAPH) or iri in local_graphs)


def _scan(text: str, local_graphs: Collection[str]) -> list[Risk]:
    tokens = list(tokenize(text))
    prefixes, base, _ = prologue(tokens)
    risks: list[Risk] = []
    for i, tok in enumerate(tokens):
        kw = tok.keyword
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        line, col = line_col(text, tok.start)
        if kw == "SERVICE":
            target = nxt.text if nxt and nxt.keyword != "SILENT" else ""
            if nxt and nxt.keyword == "SILENT" and i + 2 < len(tokens):
                target = tokens[i + 2].text
            risks.append(
                Risk("SERVICE", target, line, col, "would send the query to another endpoint")
            )
        elif kw == "LOAD":
            target = next((t.text for t in tokens[i + 1 : i + 3] if t.kind != "WORD"), "")
            risks.append(Risk("LOAD", target, line, col, "would fetch a document into the store"))
        elif kw in ("FROM", "USING"):
            j = i + 1
            keyword = kw
            if j < len(tokens) and tokens[j].keyword == "NAMED":
                keyword += " NAMED"
                j += 1
            graph_tok = tokens[j] if j < len(tokens) else None
            iri = expand(graph_tok, prefixes, base) if graph_tok else None
            if not _is_local(iri, local_graphs):
                shown = f"<{iri}>" if iri else (graph_tok.text if graph_tok else "")
                risks.append(
                    Risk(
                        keyword,
                        shown,
                        line,
                        col,
                        "names a graph outside the store, which would be fetched",
                    )
                )
    return risks


def find_risks(text: str, *, local_graphs: Collection[str] = ()) -> list[Risk]:
    """Every SERVICE, LOAD and non-local FROM / USING in *text* (raw and escape-decoded)."""
    risks = _scan(text, local_graphs)
    decoded = _unescape(text)
    if decoded != text and not risks:
        risks = _scan(decoded, local_graphs)
    return risks


def check_query(
    text: str, *, allow_network: bool = False, local_graphs: Collection[str] = ()
) -> None:
    """Raise :class:`NetworkAccessRefused` when *text* would reach the network or file system.

    Args:
        text: a SPARQL query or update.
        allow_network: skip the check (the user allowed network access).
        local_graphs: graph IRIs besides ``https://w3id.org/medatlas/graph/...`` that are local.
    """
    if allow_network:
        return
    risks = find_risks(text, local_graphs=local_graphs)
    if risks:
        listed = "; ".join(f"refused: {r}" for r in risks)
        raise NetworkAccessRefused(
            f"{listed}; medatlas queries stay local unless you allow network access "
            "(--allow-network, allow_network=True)"
        )
