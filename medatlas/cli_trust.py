"""``medatlas`` commands for trust (registered by :mod:`medatlas.cli`): reason, conflicts.

``reason`` checks the store against the ontology with an OWL reasoner, explains any clash in
words and stores what it infers in its own named graph; ``conflicts`` lists the figures that
disagree. Library code raises; :func:`medatlas.cli._friendly` turns errors into one line and an
exit code.
"""

from __future__ import annotations

from pathlib import Path

import click

from medatlas.cli import _friendly, _open, store_option

__all__ = ["COMMANDS"]

# the library's defaults (graph.reasoning.DEFAULT_MAX_INDIVIDUALS, graph.conflicts.
# DEFAULT_TOLERANCE), repeated so that --help imports neither; a test checks they agree
MAX_INDIVIDUALS = 2000
TOLERANCE = 0.05


@click.command("reason")
@store_option
@click.option(
    "--engine",
    type=click.Choice(["auto", "hermit", "owlrl"]),
    default="auto",
    show_default=True,
    help="HermiT (OWL 2 DL, needs Java), owlrl (pure-Python OWL 2 RL), or auto: HermiT "
    "when Java is found.",
)
@click.option(
    "--max-individuals",
    type=click.IntRange(min=1),
    default=MAX_INDIVIDUALS,
    show_default=True,
    help="Reason over a deterministic sample of at most this many individuals (HermiT takes "
    "minutes for 10k); the clash checks always see all of them.",
)
@click.option(
    "--write/--no-write",
    default=True,
    show_default=True,
    help="Store the inferred triples in the graph .../graph/inferred (a new generation of the "
    "store; the next build drops that graph).",
)
@_friendly
def reason_cmd(store_path: Path, engine: str, max_individuals: int, write: bool) -> None:
    """Check the store against the ontology (OWL reasoning); exit 2 if facts clash."""
    from medatlas.errors import ValidationFailed
    from medatlas.graph.iris import INFERRED_GRAPH
    from medatlas.graph.reasoning import inferred_quads, reason
    from medatlas.graph.store import replace_graphs

    store = _open(store_path)
    try:
        result = reason(store, engine=engine, max_individuals=max_individuals)
    finally:
        store.close()
    for line in result.report():
        click.echo(line)
    if not result.consistent:
        raise ValidationFailed(
            f"{len(result.clashes)} clash(es) between the facts and the ontology; "
            "nothing was written"
        )
    if write:
        replace_graphs(store_path, {INFERRED_GRAPH: inferred_quads(result)})
        click.echo(f"wrote {len(result.inferred)} inferred triple(s) to <{INFERRED_GRAPH}>")


@click.command("conflicts")
@store_option
@click.option(
    "--tolerance",
    type=click.FloatRange(min=0.0),
    default=TOLERANCE,
    show_default=True,
    help="Relative difference allowed before two figures disagree (0.05 = 5%).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="Text blocks for people, or JSON with every figure, source and quote.",
)
@click.option(
    "--lang",
    type=click.Choice(["en", "zh"]),
    default="en",
    show_default=True,
    help="Language of the names shown (the other language is the fallback).",
)
@_friendly
def conflicts_cmd(store_path: Path, tolerance: float, fmt: str, lang: str) -> None:
    """List figures that disagree (values, growth vs sizes, periods), with every source."""
    from medatlas.graph.conflicts import conflicts_as_json, conflicts_as_table, find_conflicts

    store = _open(store_path)
    try:
        found = find_conflicts(store, tolerance=tolerance, lang=lang)
    finally:
        store.close()
    if fmt == "json":
        click.echo(conflicts_as_json(found), nl=False)
    else:
        click.echo(conflicts_as_table(found, tolerance=tolerance), nl=False)


COMMANDS: list[click.Command] = [reason_cmd, conflicts_cmd]
