"""``medatlas review`` (registered by :mod:`medatlas.cli`): list, accept and reject candidates.

The candidates are the new entities and the held-back or doubtful facts the build recorded in
its extraction reports; accepted ones become curated facts in the atlas folder, rejected ones
are left out by the pipeline from then on (see :mod:`medatlas.loaders.review`).
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from medatlas.atlas import ATLAS_DIR
from medatlas.cli import _friendly

__all__ = ["COMMANDS"]

KINDS = ("entity", "relation", "figure")  # medatlas.loaders.candidates.KINDS, for fast --help
_QUOTE_WIDTH = 40

reports_option = click.option(
    "--reports",
    "report_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("out/reports"),
    show_default=True,
    help="The extraction reports a build wrote (OUT/reports).",
)
atlas_option = click.option(
    "--atlas",
    "atlas_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=ATLAS_DIR,
    show_default="the package's atlas/",
    help="The curated atlas folder that records the decisions.",
)


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


@click.group("review", invoke_without_command=True)
@reports_option
@atlas_option
@click.option("--document", default=None, help="Only the candidates of this file name.")
@click.option("--kind", type=click.Choice(KINDS), default=None, help="Only this kind.")
@click.option(
    "--min-confidence",
    type=click.FloatRange(0.0, 1.0),
    default=0.0,
    show_default=True,
    help="Only candidates at least this sure.",
)
@click.option("--all", "decided", is_flag=True, help="Also list candidates already decided.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.pass_context
@_friendly
def review_cmd(
    ctx: click.Context,
    report_dir: Path,
    atlas_dir: Path,
    document: str | None,
    kind: str | None,
    min_confidence: float,
    decided: bool,
    as_json: bool,
) -> None:
    """List extracted candidates to accept into the curated atlas or reject (see subcommands)."""
    if ctx.invoked_subcommand is not None:
        return
    from medatlas.loaders.review import read_candidates, read_decisions, select

    decisions = read_decisions(atlas_dir)
    rows = select(
        read_candidates(report_dir),
        decisions,
        document=document,
        kind=kind,
        min_confidence=min_confidence,
        decided=decided,
    )
    if as_json:
        out = [{**c.as_dict(), "decision": decisions.of(c.id)} for c in rows]
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo("no candidates to review", err=True)
        return
    click.echo(f"{'id':<12}  {'document':<24}  {'kind':<8}  {'conf':>4}  fact | quote")
    for c in rows:
        mark = f"[{decisions.of(c.id)}] " if decisions.of(c.id) else ""
        click.echo(
            f"{c.id:<12}  {_clip(c.document, 24):<24}  {c.kind:<8}  {c.confidence:>4.2f}  "
            f"{mark}{_clip(c.fact, 60)} | {_clip(c.quote, _QUOTE_WIDTH)}"
        )
    click.echo(f"{len(rows)} candidate(s)", err=True)


@review_cmd.command("accept")
@click.argument("ids", nargs=-1, required=True)
@reports_option
@atlas_option
@click.option("--en", default=None, help="English label of the one entity accepted.")
@click.option("--id", "slug", default=None, help="Atlas id (slug) of the one entity accepted.")
@_friendly
def accept_cmd(
    ids: tuple[str, ...], report_dir: Path, atlas_dir: Path, en: str | None, slug: str | None
) -> None:
    """Write the candidates IDS into the curated atlas (reviewed/<file>.yaml)."""
    from medatlas.loaders.review import accept

    out = accept(ids, report_dir=report_dir, atlas_dir=atlas_dir, en=en, slug=slug)
    for path in out.written:
        click.echo(f"wrote {path}")
    click.echo(
        f"accepted {len(out.done)}, already accepted {len(out.unchanged)}; "
        "the next 'medatlas build' loads them as curated facts"
    )


@review_cmd.command("reject")
@click.argument("ids", nargs=-1, required=True)
@reports_option
@atlas_option
@_friendly
def reject_cmd(ids: tuple[str, ...], report_dir: Path, atlas_dir: Path) -> None:
    """Record the candidates IDS as rejected (rejected/<file>.yaml); builds leave them out."""
    from medatlas.loaders.review import reject

    out = reject(ids, report_dir=report_dir, atlas_dir=atlas_dir)
    for path in out.written:
        click.echo(f"wrote {path}")
    click.echo(f"rejected {len(out.done)}, already rejected {len(out.unchanged)}")


COMMANDS = (review_cmd,)
