"""``medatlas view``: the atlas drawn as interactive HTML that works offline (registered by
:mod:`medatlas.cli`).

``view landscape`` draws every entity, ``view ego --focus NAME`` one entity's neighbourhood,
``view query`` the graph a CONSTRUCT query or a named question returns. Each writes one
self-contained HTML file (default ``out/<view>.html``) that opens in any browser with no network.
Library code raises; :func:`medatlas.cli._friendly` turns the errors into one line and an exit
code.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from medatlas.cli import _friendly, _open, store_option

__all__ = ["COMMANDS"]

#: nodes drawn unless --max-nodes says otherwise (medatlas.viz.landscape.DEFAULT_MAX_NODES;
#: repeated here so that --help does not import pyvis)
_DEFAULT_MAX = 2000


def _output_option(view: str) -> Any:
    return click.option(
        "-o",
        "--output",
        type=click.Path(dir_okay=False, path_type=Path),
        default=Path("out") / f"{view}.html",
        show_default=True,
        help="The HTML file to write (self-contained: open it in any browser, offline).",
    )


max_nodes_option = click.option(
    "--max-nodes",
    type=click.IntRange(min=1),
    default=_DEFAULT_MAX,
    show_default=True,
    help="Draw at most this many nodes (the most central, or the nearest for ego); the page "
    "says when a view is capped.",
)
lang_option = click.option(
    "--lang",
    type=click.Choice(["zh", "en"]),
    default="zh",
    show_default=True,
    help="Language of the labels drawn on nodes and edges (the other is the fallback; both "
    "are in the tooltips).",
)


def _write(net: Any, output: Path) -> None:
    """Write the page and say what it holds; a capped view says so on stderr too."""
    from medatlas.viz.write import write_view

    path = write_view(net, output)
    click.echo(
        f"wrote {path} ({path.stat().st_size:,} bytes): {len(net.nodes):,} nodes, "
        f"{len(net.edges):,} edges"
    )
    if net.notice:
        click.echo(f"capped: {net.notice}", err=True)


@click.group("view")
def view() -> None:
    """Draw the atlas as interactive HTML views that work offline (landscape, ego, query)."""


@view.command("landscape")
@store_option
@_output_option("landscape")
@max_nodes_option
@lang_option
@_friendly
def landscape_cmd(store_path: Path, output: Path, max_nodes: int, lang: str) -> None:
    """Every entity coloured by class and sized by centrality; edges named by relation."""
    from medatlas.viz.landscape import landscape

    _write(landscape(_open(store_path), max_nodes=max_nodes, lang=lang), output)


@view.command("ego")
@store_option
@click.option(
    "--focus",
    required=True,
    metavar="NAME",
    help="The entity at the centre: any of its labels (Chinese or English), an alias, its slug "
    "or IRI, e.g. 英伟达, NVIDIA, nvidia.",
)
@click.option(
    "--depth",
    type=click.IntRange(min=0),
    default=2,
    show_default=True,
    help="How many relations away from the focus to draw.",
)
@_output_option("ego")
@max_nodes_option
@lang_option
@_friendly
def ego_cmd(
    store_path: Path, focus: str, depth: int, output: Path, max_nodes: int, lang: str
) -> None:
    """One entity and its neighbourhood, to a depth, found by any of its names."""
    from medatlas.viz.ego import ego

    net = ego(_open(store_path), focus, depth=depth, max_nodes=max_nodes, lang=lang)
    _write(net, output)


def _params(values: tuple[str, ...]) -> dict[str, str]:
    from medatlas.errors import QueryError

    out: dict[str, str] = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise QueryError(f"--param takes NAME=VALUE (e.g. entity=nvidia), not {item!r}")
        out[name.strip()] = value
    return out


@view.command("query")
@store_option
@click.argument(
    "file", required=False, type=click.Path(dir_okay=False, allow_dash=True, path_type=Path)
)
@click.option("--sparql", "text", metavar="TEXT", help="The CONSTRUCT query itself, as text.")
@click.option(
    "--question",
    metavar="NAME",
    help="A named question of the library that builds a graph (construct-*; see "
    "'medatlas queries').",
)
@click.option(
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="A parameter of --question (repeatable), e.g. --param entity=英伟达.",
)
@_output_option("query")
@max_nodes_option
@lang_option
@_friendly
def query_cmd(
    store_path: Path,
    file: Path | None,
    text: str | None,
    question: str | None,
    params: tuple[str, ...],
    output: Path,
    max_nodes: int,
    lang: str,
) -> None:
    """The graph a CONSTRUCT query returns: from FILE ('-': standard input), --sparql TEXT or
    --question NAME (exactly one)."""
    from medatlas.errors import QueryError
    from medatlas.viz.subgraph import query_view, read_construct

    if sum(x is not None for x in (file, text, question)) != 1:
        raise QueryError("give exactly one of FILE, --sparql TEXT or --question NAME")
    if params and question is None:
        raise QueryError("--param goes with --question")
    if file is not None:
        text = click.get_text_stream("stdin").read() if str(file) == "-" else read_construct(file)
    store = _open(store_path)
    if question is not None:
        net = query_view(
            store, question=question, params=_params(params), max_nodes=max_nodes, lang=lang
        )
    else:
        net = query_view(store, construct=text, max_nodes=max_nodes, lang=lang)
    _write(net, output)


#: the click commands this module adds to ``medatlas``
COMMANDS: list[click.Command] = [view]
