"""``medatlas`` commands for questions (registered by :mod:`medatlas.cli`).

``queries`` lists the named questions, ``query`` runs one, ``sparql`` runs any query, ``serve``
starts a read-only SPARQL endpoint, ``analytics`` computes centrality, communities and the key
players of a use case. Library code raises; :func:`medatlas.cli._friendly` turns the errors into
one line and an exit code.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from medatlas.cli import _friendly, store_option

__all__ = ["COMMANDS"]

FORMATS = ["table", "csv", "json", "markdown", "turtle"]

endpoint_option = click.option(
    "--endpoint",
    default=None,
    metavar="URL",
    help="Query a SPARQL endpoint (e.g. http://127.0.0.1:7878/query) instead of --store.",
)
timeout_option = click.option(
    "--timeout",
    type=float,
    default=60.0,
    show_default=True,
    help="Stop a query after this many seconds (0: no limit, run in this process).",
)
lang_option = click.option(
    "--lang",
    type=click.Choice(["zh", "en"]),
    default="en",
    show_default=True,
    help="Language of the labels shown (the other language is the fallback).",
)
format_option = click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="table",
    show_default=True,
    help="Output: an aligned table, CSV, JSON, Markdown, or Turtle (CONSTRUCT questions).",
)


def _engine(store_path: Path, endpoint: str | None, timeout: float) -> Any:
    """The store to query: a remote endpoint, a timed worker, or the embedded store."""
    from medatlas.errors import StoreError

    if endpoint:
        from medatlas.graph.remote import RemoteStore

        return RemoteStore(endpoint, timeout=timeout if timeout > 0 else 3600.0)
    if not store_path.exists():
        raise StoreError(f"no store at {store_path}; run 'medatlas build' first")
    if timeout > 0:
        from medatlas.queries.worker import TimedStore

        return TimedStore(store_path, timeout=timeout)
    from medatlas.graph.store import AtlasStore

    return AtlasStore(store_path, read_only=True)


def _emit(text: str) -> None:
    click.echo(text, nl=not text.endswith("\n"))


@click.command("queries")
def queries_cmd() -> None:
    """List the named questions with their parameters and what they return."""
    from medatlas.queries.library import list_queries

    for spec in list_queries():
        click.echo(click.style(spec.name, bold=True))
        click.echo(f"  {spec.purpose}")
        for p in spec.params:
            need = "required" if p.required else "optional"
            click.echo(f"  -p {p.name:<13} ({p.kind}, {need}) {p.doc}")
        if spec.columns:
            click.echo(f"  columns: {', '.join(c.name for c in spec.columns)}")
        else:
            click.echo(f"  returns: {spec.returns}")
        click.echo()


@click.command("query")
@click.argument("name")
@click.option(
    "-p",
    "--param",
    "params",
    nargs=2,
    multiple=True,
    metavar="NAME VALUE",
    help="A parameter: its name and value (a slug, IRI or label for an entity). Repeatable.",
)
@format_option
@lang_option
@store_option
@endpoint_option
@timeout_option
@_friendly
def query_cmd(
    name: str,
    params: tuple[tuple[str, str], ...],
    fmt: str,
    lang: str,
    store_path: Path,
    endpoint: str | None,
    timeout: float,
) -> None:
    """Run the named question NAME ('medatlas queries' lists them)."""
    from medatlas.errors import QueryError
    from medatlas.queries.format import render
    from medatlas.queries.library import get_query, run

    get_query(name)
    given: dict[str, str] = {}
    for key, value in params:
        if key.lstrip("?") in given:
            raise QueryError(f"parameter {key} given twice")
        given[key.lstrip("?")] = value
    engine = _engine(store_path, endpoint, timeout)
    try:
        result = run(engine, name, params=given, lang=lang)
    finally:
        engine.close()
    _emit(render(result, fmt))


@click.command("sparql")
@click.argument("text", required=False)
@click.option(
    "--file",
    "file",
    type=click.File("r", encoding="utf-8"),
    default=None,
    help="Read the query from this file ('-' for standard input) instead of the argument.",
)
@format_option
@store_option
@endpoint_option
@timeout_option
@click.option(
    "--allow-network",
    is_flag=True,
    help="Allow SERVICE and FROM <remote graph> (refused by default: they reach the network).",
)
@_friendly
def sparql_cmd(
    text: str | None,
    file: Any,
    fmt: str,
    store_path: Path,
    endpoint: str | None,
    timeout: float,
    allow_network: bool,
) -> None:
    """Run a SPARQL query given as TEXT, or read from --file."""
    from medatlas.errors import QueryError
    from medatlas.queries.format import render
    from medatlas.queries.library import run_text

    if (text is None) == (file is None):
        raise QueryError("give the query either as an argument or with --file, not both")
    query = text if text is not None else file.read()
    engine = _engine(store_path, endpoint, timeout)
    try:
        result = run_text(engine, query, allow_network=allow_network)
    finally:
        engine.close()
    _emit(render(result, fmt))


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=int, default=7878, show_default=True, help="Port to listen on.")
@store_option
@click.option(
    "--timeout",
    type=float,
    default=30.0,
    show_default=True,
    help="Stop a query after this many seconds.",
)
@click.option(
    "--allow-network",
    is_flag=True,
    help="Let queries use SERVICE (no gateway in front of the engine).",
)
@_friendly
def serve_cmd(host: str, port: int, store_path: Path, timeout: float, allow_network: bool) -> None:
    """Serve the store read-only as a SPARQL 1.1 endpoint (the Oxigraph server)."""
    from medatlas.queries.endpoint import start_server

    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: listening on {host}: other machines can query the store", err=True)
    server = start_server(
        store_path, host=host, port=port, timeout=timeout, allow_network=allow_network
    )
    click.echo(f"SPARQL endpoint: {server.url} (read-only, {timeout:g} s timeout; Ctrl-C stops)")
    try:
        server.wait()
    except KeyboardInterrupt:
        server.stop()


def _scores_result(rows: list[tuple[Any, ...]], columns: list[str]) -> Any:
    """Plain rows as a :class:`~medatlas.queries.result.Result`, to reuse the output formats."""
    import pyoxigraph as ox

    from medatlas.queries.result import XSD, Result

    def term(value: Any) -> ox.Literal | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            return ox.Literal(str(value))
        kind = "integer" if isinstance(value, int) else "double"
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + kind))

    return Result(form="SELECT", columns=columns, terms=[tuple(term(v) for v in r) for r in rows])


@click.group("analytics")
def analytics_group() -> None:
    """Graph analytics: centrality, communities, key players of a use case."""


def _analytics_options(func: Any) -> Any:
    for option in (store_option, endpoint_option, lang_option, format_option):
        func = option(func)
    return click.option("--top", type=int, default=20, show_default=True, help="How many to show.")(
        func
    )


def _analytics_store(store_path: Path, endpoint: str | None) -> Any:
    return _engine(store_path, endpoint, 0)


@analytics_group.command("centrality")
@_analytics_options
@_friendly
def centrality_cmd(store_path: Path, endpoint: str | None, lang: str, fmt: str, top: int) -> None:
    """The most central organisations, offerings, policies, use cases and segments."""
    from medatlas.graph.analytics import centrality, project
    from medatlas.queries.format import render

    store = _analytics_store(store_path, endpoint)
    scores = centrality(project(store, lang=lang))[:top]
    store.close()
    rows = [
        (s.node, s.label, s.kind, s.importance, s.degree, s.betweenness, s.community)
        for s in scores
    ]
    columns = ["node", "label", "kind", "importance", "degree", "betweenness", "community"]
    _emit(render(_scores_result(rows, columns), fmt))


@analytics_group.command("communities")
@_analytics_options
@_friendly
def communities_cmd(store_path: Path, endpoint: str | None, lang: str, fmt: str, top: int) -> None:
    """Communities of the graph (Louvain, seeded), largest first, with their members."""
    from medatlas.graph.analytics import communities, project
    from medatlas.queries.format import render

    store = _analytics_store(store_path, endpoint)
    graph = project(store, lang=lang)
    store.close()
    rows = []
    for i, members in enumerate(communities(graph)[:top]):
        ranked = sorted(members, key=lambda n: (-graph.degree(n), n))
        names = " | ".join(graph.nodes[n]["label"] for n in ranked[:8])
        rows.append((i, len(members), names + (" | …" if len(members) > 8 else "")))
    _emit(render(_scores_result(rows, ["community", "size", "members"]), fmt))


@analytics_group.command("key-players")
@click.option("--use-case", "use_case", required=True, help="The use case (slug, IRI or label).")
@_analytics_options
@_friendly
def key_players_cmd(
    use_case: str, store_path: Path, endpoint: str | None, lang: str, fmt: str, top: int
) -> None:
    """The key organisations of a use case (and its narrower ones), by links and centrality."""
    from medatlas.graph.analytics import key_players
    from medatlas.queries.format import render
    from medatlas.queries.resolve import resolve_entity

    store = _analytics_store(store_path, endpoint)
    iri = resolve_entity(store, use_case, param="use-case").value
    ranked = key_players(store, iri, lang=lang, top=top)
    store.close()
    rows = [(s.node, s.label, s.kind, links, s.importance, s.degree) for s, links in ranked]
    columns = ["organization", "label", "kind", "links", "importance", "degree"]
    _emit(render(_scores_result(rows, columns), fmt))


#: the click commands this module adds to ``medatlas``
COMMANDS: list[click.Command] = [queries_cmd, query_cmd, sparql_cmd, serve_cmd, analytics_group]
