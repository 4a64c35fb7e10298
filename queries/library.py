"""The library of named questions (``queries/*.rq``): list them, run one by name, run any query.

Every question is a ``.rq`` file whose ``#`` header names its purpose, parameters and columns
(see :mod:`medatlas.queries.header`). Parameters are bound, never pasted: each value becomes an
RDF term (an IRI parameter is looked up by slug, IRI or label, see
:mod:`medatlas.queries.resolve`) and enters the query in a ``VALUES`` block at the top of its
WHERE clause and of every group in it (pre-binding, see
:func:`~medatlas.queries.sparql_text.with_values`), which works the same on the embedded store, a
:class:`~medatlas.queries.worker.TimedStore` and any SPARQL endpoint
(:class:`~medatlas.graph.remote.RemoteStore`).

>>> from medatlas.graph.store import AtlasStore
>>> [q.name for q in list_queries()][:2]
['adoption-roi-budget', 'company-profile']
>>> run(AtlasStore(), "entities").rows
[]
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from medatlas.errors import QueryError
from medatlas.queries.header import QuerySpec, parse_header
from medatlas.queries.resolve import to_term
from medatlas.queries.result import Result
from medatlas.queries.safety import check_query, find_risks
from medatlas.queries.sparql_text import form_of, specialise, with_values

__all__ = ["QUERIES_DIR", "get_query", "list_queries", "run", "run_text"]

QUERIES_DIR = Path(__file__).resolve().parent
LANGS = ("zh", "en")


@cache
def _specs(folder: Path) -> dict[str, QuerySpec]:
    return {p.stem: parse_header(p) for p in sorted(folder.glob("*.rq"))}


def list_queries() -> list[QuerySpec]:
    """Every named question, sorted by name, with its parsed header."""
    return list(_specs(QUERIES_DIR).values())


def get_query(name: str) -> QuerySpec:
    """The named question *name*; QueryError listing the valid names when there is none."""
    specs = _specs(QUERIES_DIR)
    if name not in specs:
        raise QueryError(
            f"no question named {name!r}; the questions are: {', '.join(specs)} "
            "('medatlas queries' describes them)"
        )
    return specs[name]


def _describe(spec: QuerySpec) -> str:
    return "; ".join(str(p) for p in spec.params) or "none"


def bind(store: Any, spec: QuerySpec, params: Mapping[str, str], lang: str) -> str:
    """The text of *spec* with *params* (and ``?lang``) bound in VALUES blocks.

    Lines of the question marked ``# if ?x`` / ``# unless ?x`` are kept or left out by which
    parameters are bound (see :func:`~medatlas.queries.sparql_text.specialise`).
    """
    values = {k.lstrip("?"): v for k, v in params.items()}
    for name in values:
        if spec.param(name) is None:
            raise QueryError(
                f"{spec.name} has no parameter ?{name}; its parameters are: {_describe(spec)}"
            )
    if spec.param("lang") is not None and "lang" not in values:
        values["lang"] = lang
    if "lang" in values and values["lang"] not in LANGS:
        raise QueryError(f"?lang must be one of {', '.join(LANGS)}, not {values['lang']!r}")
    missing = [p.name for p in spec.params if p.required and p.name not in values]
    if missing:
        raise QueryError(
            f"{spec.name} needs ?{', ?'.join(missing)}; its parameters are: {_describe(spec)}"
        )
    terms = {
        name: to_term(store, spec.param(name).kind, value, param=name)  # type: ignore[union-attr]
        for name, value in sorted(values.items())
    }
    return with_values(specialise(spec.text, terms), terms)


def run(
    store: Any,
    name: str,
    *,
    params: Mapping[str, str] | None = None,
    lang: str = "en",
) -> Result:
    """Run the named question *name* on *store* and return its :class:`Result`.

    Args:
        store: an :class:`~medatlas.graph.store.AtlasStore`, a
            :class:`~medatlas.queries.worker.TimedStore` or a
            :class:`~medatlas.graph.remote.RemoteStore` (anything with ``query(text)``).
        name: the question's name (its file name without ``.rq``).
        params: parameter name -> value as typed (an IRI parameter takes a slug, IRI or label).
        lang: the language of the labels shown, ``zh`` or ``en`` (the other one is the fallback).

    Raises:
        QueryError: unknown question, unknown or missing parameter, a name that matches nothing.
    """
    spec = get_query(name)
    text = bind(store, spec, params or {}, lang)
    return _execute(store, text)


def _explain(text: str, exc: QueryError) -> QueryError:
    """A syntax error with the offending line and a caret under the column."""
    match = re.search(r"(\d+):(\d+)", str(exc))
    if not match or "syntax" not in str(exc).lower():
        return exc
    line_no, col = int(match.group(1)), int(match.group(2))
    lines = text.splitlines()
    if not 1 <= line_no <= len(lines):
        return exc
    src = lines[line_no - 1]
    return QueryError(
        f"{exc}\n  line {line_no}: {src}\n  {' ' * (len(str(line_no)) + 7 + col - 1)}^"
    )


def _execute(store: Any, text: str) -> Result:
    form = form_of(text)
    if form == "UPDATE":
        raise QueryError(
            "medatlas runs queries (SELECT, CONSTRUCT, ASK, DESCRIBE), not updates; "
            "the store is changed by 'medatlas build'"
        )
    try:
        answer = store.query(text)
        return Result.from_oxigraph(answer, form)
    except QueryError as exc:
        raise _explain(text, exc) from exc


def run_text(store: Any, text: str, *, allow_network: bool = False) -> Result:
    """Run any SPARQL query *text* on *store*, refusing what would reach outside the store.

    Raises:
        NetworkAccessRefused: SERVICE, LOAD, or FROM/USING a non-local graph, unless
            *allow_network*.
        QueryError: a syntax error (with line and column), or an update.
    """
    if not allow_network:
        risks = find_risks(text)
        if risks and all(r.keyword.startswith(("FROM", "USING")) for r in risks):
            check_query(text, local_graphs=set(store.graph_names()))
        elif risks:
            check_query(text)
    return _execute(store, text)
