"""The ``medatlas`` command: build, export, stats, validate.

Library code raises :class:`~medatlas.errors.MedatlasError`; this module alone turns errors into
one clear line on stderr and a non-zero exit code.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from medatlas.errors import DocumentsFailed, MedatlasError, ValidationFailed

__all__ = ["main"]

DEFAULT_STORE = Path("out/store")
F = TypeVar("F", bound=Callable[..., Any])


def _friendly(func: F) -> F:
    """Run a command; a MedatlasError becomes 'error: ...' and exit code 1 (2 for validation)."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ValidationFailed as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(2)
        except MedatlasError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)

    return wrapper  # type: ignore[return-value]


store_option = click.option(
    "--store",
    "store_path",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_STORE,
    show_default=True,
    help="The embedded store (a folder).",
)


endpoint_option = click.option(
    "--endpoint",
    default=None,
    metavar="URL",
    help=(
        "Build into a remote SPARQL store instead of --store: an Oxigraph server's base URL "
        "(http://host:7878) or, for other servers, the query URL with --update-url/--gsp-url."
    ),
)
update_option = click.option(
    "--update-url", default=None, metavar="URL", help="SPARQL 1.1 Update URL of the remote store."
)
gsp_option = click.option(
    "--gsp-url", default=None, metavar="URL", help="Graph Store Protocol URL of the remote store."
)


def _remote(endpoint: str, update_url: str | None = None, gsp_url: str | None = None):
    """The remote store at *endpoint*: Oxigraph's layout unless the URLs are given."""
    from medatlas.graph.remote import RemoteStore

    if update_url or gsp_url:
        return RemoteStore(endpoint, update_endpoint=update_url, gsp_endpoint=gsp_url)
    return RemoteStore.oxigraph(endpoint.removesuffix("/query"))


def _open(store_path: Path):
    from medatlas.errors import StoreError
    from medatlas.graph.store import AtlasStore

    if not store_path.exists():
        raise StoreError(f"no store at {store_path}; run 'medatlas build' first")
    return AtlasStore(store_path, read_only=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="medatlas")
def main() -> None:
    """medatlas: a knowledge graph of the healthcare-AI market, with evidence for every fact."""


def _run_build(
    store_path: Path,
    out_dir: Path,
    *,
    docs: tuple[Path, ...] = (),
    remove: tuple[str, ...] = (),
    corpus_dir: Path | None = None,
    validate: bool = True,
    endpoint: str | None = None,
    remote_urls: tuple[str | None, str | None] = (None, None),
    workers: int | None = None,
    atlas_dir: Path | None = None,
) -> None:
    """Build, write the exports and print a summary; exit 1 if a document failed."""
    from tqdm import tqdm

    from medatlas.atlas import ATLAS_DIR
    from medatlas.build import build as run_build
    from medatlas.graph.export import export, export_ontology
    from medatlas.graph.iris import GRAPH

    with tqdm(desc="build", unit="step", file=sys.stderr, leave=False, disable=None) as bar:

        def progress(step: str) -> None:
            bar.set_postfix_str(step[:40])
            bar.update(1)

        if endpoint:
            from medatlas.build import build_remote

            store = _remote(endpoint, *remote_urls)
            result = build_remote(
                store,
                docs=docs,
                remove=remove,
                corpus_dir=corpus_dir,
                validate=validate,
                report_dir=out_dir / "reports",
                progress=progress,
                workers=workers,
                atlas_dir=atlas_dir or ATLAS_DIR,
            )
        else:
            store, result = run_build(
                store_path,
                docs=docs,
                remove=remove,
                corpus_dir=corpus_dir,
                validate=validate,
                report_dir=out_dir / "reports",
                progress=progress,
                workers=workers,
                atlas_dir=atlas_dir or ATLAS_DIR,
            )
        progress("exports")
        written = [
            export(store, out_dir / "atlas.ttl", fmt="turtle"),
            export(store, out_dir / "atlas.trig", fmt="trig"),
            export_ontology(store, out_dir / "ontology.ttl", fmt="turtle"),
        ]
    store.close()
    where = endpoint or store_path
    click.echo(f"built {where} in {result.seconds:.1f} s: {result.triples} triples")
    for graph, n in sorted(result.graphs.items()):
        click.echo(f"  {graph.removeprefix(GRAPH):<34} {n:>7} triples")
    if result.extracted or result.unchanged or result.removed:
        click.echo(
            f"documents: {len(result.extracted)} extracted, {len(result.unchanged)} unchanged, "
            f"{len(result.removed)} removed, {len(result.failed)} failed"
        )
    for name, report in sorted(result.reports.items()):
        facts = report["facts"]
        click.echo(f"  {name}: " + ", ".join(f"{n} {k}" for k, n in facts.items()))  # type: ignore[union-attr]
    if result.validation is not None:
        doc_issues = [v for v in result.validation.violations if "/doc/" in v.graph]
        state = (
            "conforms"
            if result.validation.conforms
            else f"{len(doc_issues)} violation(s) in documents"
        )
        click.echo(f"SHACL: {state} ({result.validation.triples} triples checked)")
        _print_violations(result.validation, limit=5)
    for path in written:
        click.echo(f"wrote {path} ({path.stat().st_size:,} bytes)")
    if result.failed:
        for _name, message in sorted(result.failed.items()):
            click.echo(f"error: {message}", err=True)
        raise DocumentsFailed(
            f"{len(result.failed)} document(s) could not be read or extracted and were left out; "
            "the others are in the store"
        )


@main.command()
@store_option
@click.option(
    "--docs",
    multiple=True,
    type=click.Path(exists=True, path_type=Path),
    help="A report file or a folder of reports to add (repeatable): .txt .md .html .pdf .docx.",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("out"),
    show_default=True,
    help="Folder for the exports (atlas.ttl, atlas.trig, ontology.ttl) and extraction reports.",
)
@click.option(
    "--corpus",
    "corpus_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Folder with the reports the curated atlas cites, to record character offsets.",
)
@click.option("--no-validate", is_flag=True, help="Skip SHACL validation (not recommended).")
@click.option(
    "-j",
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Processes that extract documents [default: one per core, at most 4].",
)
@click.option(
    "--atlas",
    "atlas_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="The curated atlas folder (with the decisions of 'medatlas review') [default: the "
    "package's atlas/].",
)
@endpoint_option
@update_option
@gsp_option
@_friendly
def build(
    store_path: Path,
    docs: tuple[Path, ...],
    out_dir: Path,
    corpus_dir: Path | None,
    no_validate: bool,
    workers: int | None,
    atlas_dir: Path | None,
    endpoint: str | None,
    update_url: str | None,
    gsp_url: str | None,
) -> None:
    """Build the atlas (plus any --docs) into the store and write Turtle and TriG exports."""
    _run_build(
        store_path,
        out_dir,
        docs=docs,
        corpus_dir=corpus_dir,
        validate=not no_validate,
        endpoint=endpoint,
        remote_urls=(update_url, gsp_url),
        workers=workers,
        atlas_dir=atlas_dir,
    )


@main.command()
@store_option
@click.argument("documents", nargs=-1, required=True)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("out"),
    show_default=True,
    help="Folder for the refreshed exports.",
)
@click.option(
    "--corpus",
    "corpus_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Folder with the reports the curated atlas cites, to record character offsets.",
)
@_friendly
def remove(
    store_path: Path, documents: tuple[str, ...], out_dir: Path, corpus_dir: Path | None
) -> None:
    """Drop the facts of DOCUMENTS (file names) from the store, and nothing else."""
    _run_build(store_path, out_dir, remove=documents, corpus_dir=corpus_dir)


@main.command("export")
@store_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["turtle", "trig", "nquads", "ntriples", "jsonld", "rdfxml"]),
    default="turtle",
    show_default=True,
    help="turtle/ntriples/rdfxml hold the union of graphs; trig/nquads/jsonld keep them apart.",
)
@click.option(
    "--ontology", "ontology_only", is_flag=True, help="Export the ontology alone (turtle/rdfxml)."
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="File to write (atomically); standard output when omitted.",
)
@_friendly
def export_cmd(store_path: Path, fmt: str, ontology_only: bool, output: Path | None) -> None:
    """Export the store as Turtle, TriG, N-Quads, N-Triples, JSON-LD or RDF/XML."""
    from medatlas.graph.export import export, export_ontology, serialize
    from medatlas.graph.iris import ONTOLOGY_GRAPH

    store = _open(store_path)
    graphs = [ONTOLOGY_GRAPH] if ontology_only else None
    if output is None:
        if ontology_only and fmt not in ("turtle", "rdfxml"):
            from medatlas.errors import ExportError

            raise ExportError(f"the ontology exports as turtle or rdfxml, not {fmt!r}")
        sys.stdout.buffer.write(serialize(store, fmt, graphs=graphs))
        return
    if ontology_only:
        export_ontology(store, output, fmt=fmt)
    else:
        export(store, output, fmt=fmt)
    click.echo(f"wrote {output} ({output.stat().st_size:,} bytes)", err=True)


@main.command()
@store_option
@_friendly
def stats(store_path: Path) -> None:
    """Counts per class and per source."""
    from medatlas.graph.stats import store_stats

    st = store_stats(_open(store_path))
    click.echo(f"{st.triples} triples in {len(st.by_graph)} named graphs")
    click.echo("\nper class:")
    for cls, n in st.by_class:
        click.echo(f"  {cls:<22} {n:>6}")
    click.echo("\nper graph:                     triples  entities  evidence")
    for g, t, e, s in st.by_graph:
        click.echo(f"  {g:<28} {t:>7}  {e:>8}  {s:>8}")
    click.echo("\nevidence per source document:")
    for f, n in st.by_document:
        click.echo(f"  {f:<28} {n:>6}")


def _print_violations(report, *, limit: int | None = None) -> None:
    """The violations per source report: the fact (focus node and path) and the rule broken."""
    for source, items in report.by_source().items():
        click.echo(f"{source}: {len(items)} violation(s)")
        for v in items[:limit]:
            click.echo(f"  {v.focus}  {v.path}\n    {v.message}")
        if limit is not None and len(items) > limit:
            click.echo(f"  ... {len(items) - limit} more ('medatlas validate' lists them all)")


@main.command()
@store_option
@_friendly
def validate(store_path: Path) -> None:
    """Validate the store against the SHACL shapes; exit 2 on violations."""
    from medatlas.graph.validate import validate_store

    report = validate_store(_open(store_path))
    if report.conforms:
        click.echo(f"SHACL: conforms ({report.triples} triples checked)")
        return
    _print_violations(report)
    raise ValidationFailed(f"{len(report.violations)} SHACL violation(s)")


def _register() -> None:
    """Add the commands other modules define (queries, views, trust) to the group."""
    from medatlas import cli_query, cli_review, cli_trust, cli_view

    for command in (
        *cli_query.COMMANDS,
        *cli_view.COMMANDS,
        *cli_trust.COMMANDS,
        *cli_review.COMMANDS,
    ):
        main.add_command(command)


_register()
