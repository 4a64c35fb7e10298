"""Build the atlas: ontology + vocabularies + curated atlas + documents into a fresh store.

The build fills a new generation of the store and makes it the active one (one atomic rename,
see :mod:`medatlas.graph.store`) only when every source loaded and the result validated, so a
failed or interrupted build (``kill -9`` included) leaves the previous store as it was, and a
reader that opened the previous store keeps reading it. Each document's graph is written in
one piece, from facts fully extracted in memory: a document that fails leaves nothing.
Documents already in the previous store are kept; an unchanged one (same content hash, same
extractor version) is copied rather than extracted again, a changed one replaces its graph,
and ``remove`` drops a document's graph and nothing else. Derived graphs are not carried over:
the identity graph is recomputed, and the inferred graph (``medatlas reason``) is dropped, since
inferences about the previous data may no longer hold; run ``medatlas reason`` again.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from medatlas.atlas import ATLAS_DIR
from medatlas.errors import DocumentError, MedatlasError, StoreError, ValidationFailed
from medatlas.graph.consolidate import consolidate
from medatlas.graph.iris import (
    ATLAS_GRAPH,
    GRAPH,
    INFERRED_GRAPH,
    ONTOLOGY_GRAPH,
    VOCAB_GRAPH,
    document_graph,
)
from medatlas.graph.queries import sparql
from medatlas.graph.remote import RemoteStore
from medatlas.graph.store import AtlasStore, Generations, writer_lock
from medatlas.graph.triples import fact_quads
from medatlas.graph.validate import ValidationReport, validate_store
from medatlas.graph.vocabulary import ontology_triples, vocabulary_triples
from medatlas.loaders.atlas import load_atlas

__all__ = ["BuildResult", "build", "build_remote", "document_files", "populate"]

Progress = Callable[[str], None]
DOC_GRAPHS = GRAPH + "doc/"
#: extracted N-Quads gathered before one bulk load into a fresh store
BULK_BYTES = 64 * 1024 * 1024
#: fewer documents than this are extracted in the build's own process
MIN_PARALLEL = 4
#: the most worker processes chosen by default (``--workers`` can ask for more)
MAX_WORKERS = 4


@dataclass
class BuildResult:
    """What a build did: graphs and their sizes, documents read/kept/failed, validation, time."""

    store_path: Path | None
    graphs: dict[str, int] = field(default_factory=dict)
    extracted: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    reports: dict[str, dict[str, object]] = field(default_factory=dict)
    validation: ValidationReport | None = None
    seconds: float = 0.0

    @property
    def triples(self) -> int:
        """Quads over every named graph."""
        return sum(self.graphs.values())


def _as_quads(triples: Sequence[ox.Triple], graph: str) -> list[ox.Quad]:
    g = ox.NamedNode(graph)
    return [ox.Quad(t.subject, t.predicate, t.object, g) for t in triples]


def populate(
    store,
    *,
    atlas_dir: Path = ATLAS_DIR,
    corpus_dir: Path | None = None,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Fill *store* with the ontology, vocabularies and curated atlas; triples per graph.

    *store* is anything with ``replace_graph(graph, quads)``: the embedded store or a remote one.
    """
    say = progress or (lambda _msg: None)
    counts: dict[str, int] = {}
    say("ontology")
    quads = _as_quads(ontology_triples(), ONTOLOGY_GRAPH)
    store.replace_graph(ONTOLOGY_GRAPH, quads)
    counts[ONTOLOGY_GRAPH] = len(quads)
    say("vocabularies")
    quads = _as_quads(vocabulary_triples(), VOCAB_GRAPH)
    store.replace_graph(VOCAB_GRAPH, quads)
    counts[VOCAB_GRAPH] = len(quads)
    say("curated atlas")
    quads = list(fact_quads(load_atlas(atlas_dir, corpus_dir=corpus_dir)))
    store.replace_graph(ATLAS_GRAPH, quads)
    counts[ATLAS_GRAPH] = len(quads)
    return counts


def document_files(paths: Sequence[Path]) -> Iterator[Path]:
    """The report files named by *paths*: files as given, folders searched for known formats."""
    from medatlas.loaders.readers import supported_suffixes

    suffixes = set(supported_suffixes())
    for path in paths:
        if path.is_dir():
            yield from sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in suffixes and not p.name.startswith(".")
            )
        elif path.exists():
            yield path
        else:
            raise DocumentError(f"{path}: no such file or folder; check the --docs path")


def _previous_documents(store: AtlasStore | None) -> dict[str, tuple[str, str, str]]:
    """file name -> (graph, sha256, extractor version) of the documents *store* holds."""
    if store is None:
        return {}
    return {
        row["file"].value: (
            row["graph"].value,
            row["sha256"].value if row["sha256"] else "",
            row["version"].value if row["version"] else "",
        )
        for row in store.query(sparql("document-graphs"), union=False)
    }


def _add_documents(
    store: AtlasStore,
    previous: AtlasStore | None,
    docs: Sequence[Path],
    remove: Sequence[str],
    result: BuildResult,
    *,
    atlas_dir: Path,
    progress: Progress | None,
    workers: int | None = None,
) -> None:
    before = _previous_documents(previous)
    for name in remove:
        if name not in before:
            raise DocumentError(
                f"{name}: the store holds no document of that name; see 'medatlas stats'"
            )
    files = list(document_files(docs))
    names = [f.name for f in files]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise DocumentError(f"two documents share the file name {dupes[0]!r}; rename one")
    # documents kept from the previous store: copied as they are (nothing to do in place)
    in_place = previous is store
    for name, (graph, _sha, _ver) in sorted(before.items()):
        if name in remove:
            result.removed.append(name)
            if in_place:
                store.remove_graph(graph)
        elif name not in names and not in_place:
            store.replace_graph(graph, list(previous.quads(graph)))  # type: ignore[union-attr]
    if not files:
        return
    from medatlas.loaders.document import sha256_of
    from medatlas.loaders.parallel import extract_many
    from medatlas.loaders.review import extractor_version

    todo: list[Path] = []
    for path in files:
        try:
            data = path.read_bytes()
        except OSError as exc:
            result.failed[path.name] = f"{path}: cannot be read: {exc}"
            continue
        old = before.get(path.name)
        if old and old[1] == sha256_of(data) and old[2] == extractor_version(atlas_dir, path.name):
            if not in_place:
                graph = document_graph(path.name)
                store.replace_graph(graph, list(previous.quads(graph)))  # type: ignore[union-attr]
            result.unchanged.append(path.name)
            continue
        todo.append(path)
    # Documents are independent: extracted in worker processes, handed back in order as
    # N-Quads. A fresh embedded store loads them in bulk batches (it is not visible to any
    # reader until the build publishes it, and a failed build discards it); a remote store
    # gets one graph per request.
    bulk = isinstance(store, AtlasStore) and not in_place
    batch: list[bytes] = []
    batched = 0
    n_workers = auto_workers(len(todo)) if workers is None else workers
    for outcome in extract_many(todo, workers=n_workers, atlas_dir=atlas_dir):
        if progress:
            progress(f"document {outcome.name}")
        if outcome.error is not None:
            result.failed[outcome.name] = outcome.error
            continue
        if bulk:
            batch.append(outcome.data)
            batched += len(outcome.data)
            if batched >= BULK_BYTES:
                store.bulk_add(b"".join(batch))  # type: ignore[union-attr]
                batch, batched = [], 0
        else:
            store.replace_graph(document_graph(outcome.name), outcome.quads)  # all or nothing
        result.extracted.append(outcome.name)
        result.reports[outcome.name] = outcome.report
    if batch:
        store.bulk_add(b"".join(batch))  # type: ignore[union-attr]


def auto_workers(documents: int) -> int:
    """Worker processes for *documents* to extract: one per core (at most four), or one
    when there are too few documents to pay for starting the others."""
    if documents < MIN_PARALLEL:
        return 1
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS, documents))


def build(
    store_path: Path | None,
    *,
    docs: Sequence[Path] = (),
    remove: Sequence[str] = (),
    atlas_dir: Path = ATLAS_DIR,
    corpus_dir: Path | None = None,
    validate: bool = True,
    report_dir: Path | None = None,
    progress: Progress | None = None,
    workers: int | None = None,
) -> tuple[AtlasStore, BuildResult]:
    """Build the atlas into *store_path* (in memory when None) and return the open store.

    The store returned for *store_path* is opened read-only: it is the new generation, which
    readers may already be using, and it is never written in place.

    Documents that cannot be read are listed in ``result.failed`` and left out; the rest load.
    Raises ValidationFailed (leaving any previous store untouched) when the curated data
    breaks the SHACL shapes; violations in document graphs are reported, not fatal.
    """
    if store_path is None:
        return _build(
            store_path, docs, remove, atlas_dir, corpus_dir, validate, report_dir, progress, workers
        )
    with writer_lock(store_path):
        return _build(
            store_path, docs, remove, atlas_dir, corpus_dir, validate, report_dir, progress, workers
        )


def _build(
    store_path: Path | None,
    docs: Sequence[Path],
    remove: Sequence[str],
    atlas_dir: Path,
    corpus_dir: Path | None,
    validate: bool,
    report_dir: Path | None,
    progress: Progress | None,
    workers: int | None = None,
) -> tuple[AtlasStore, BuildResult]:
    started = time.perf_counter()
    work: Path | None = None
    previous: AtlasStore | None = None
    generations: Generations | None = None
    if store_path is not None:
        generations = Generations(store_path)
        try:
            generations.recover()
            work = generations.work_dir()
        except OSError as exc:
            raise StoreError(f"cannot prepare a new build of {store_path}: {exc}") from exc
        if generations.has_store():
            previous = AtlasStore(store_path, read_only=True)
            if progress and INFERRED_GRAPH in previous.graph_names():
                progress("the inferred graph is dropped: run 'medatlas reason' again")
    try:
        store = AtlasStore(work)
    except BaseException:
        if previous is not None:
            previous.close()
        raise
    try:
        result = BuildResult(store_path=store_path)
        _fill(
            store,
            previous,
            result,
            docs=docs,
            remove=remove,
            atlas_dir=atlas_dir,
            corpus_dir=corpus_dir,
            validate=validate,
            progress=progress,
            workers=workers,
        )
    except BaseException:
        store.close()
        if previous is not None:
            previous.close()
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)
        raise
    if previous is not None:
        previous.close()
    if work is not None and store_path is not None and generations is not None:
        store.close()
        try:
            generations.publish(work)
        except OSError as exc:
            shutil.rmtree(work, ignore_errors=True)
            raise StoreError(f"cannot make the new build the store at {store_path}: {exc}") from exc
        try:
            generations.clean()
        except OSError as exc:  # the build is in; a leftover is removed by the next one
            if progress:
                progress(f"old generations left for the next build: {exc}")
        store = AtlasStore(store_path, read_only=True)
    if report_dir is not None:
        _write_reports(report_dir, result)
    result.seconds = time.perf_counter() - started
    return store, result


def _fill(
    store: AtlasStore | RemoteStore,
    previous: AtlasStore | RemoteStore | None,
    result: BuildResult,
    *,
    docs: Sequence[Path],
    remove: Sequence[str],
    atlas_dir: Path,
    corpus_dir: Path | None,
    validate: bool,
    progress: Progress | None,
    workers: int | None = None,
) -> None:
    """Load every source into *store*, settle identities, validate; fill *result*."""
    populate(store, atlas_dir=atlas_dir, corpus_dir=corpus_dir, progress=progress)
    _add_documents(
        store,
        previous,
        docs,
        remove,
        result,
        atlas_dir=atlas_dir,
        progress=progress,
        workers=workers,
    )
    if progress:
        progress("consolidating")
    consolidate(store)
    if validate:
        if progress:
            progress("validating")
        result.validation = validate_store(store)
        fatal = [v for v in result.validation.violations if not v.graph.startswith(DOC_GRAPHS)]
        if fatal:
            lines = [f"  [{v.source}] {v.focus} {v.path}: {v.message}" for v in fatal[:20]]
            raise ValidationFailed(
                f"the build breaks {len(fatal)} SHACL rule(s); "
                "the previous store is unchanged:\n" + "\n".join(lines)
            )
    result.graphs = dict(sorted(store.graph_sizes().items()))


def build_remote(
    store: RemoteStore,
    *,
    docs: Sequence[Path] = (),
    remove: Sequence[str] = (),
    atlas_dir: Path = ATLAS_DIR,
    corpus_dir: Path | None = None,
    validate: bool = True,
    report_dir: Path | None = None,
    progress: Progress | None = None,
    workers: int | None = None,
) -> BuildResult:
    """Build into a remote triplestore (SPARQL 1.1 Update / Graph Store Protocol), in place.

    Each graph is replaced in one request, so a reader never sees half a graph; unlike the
    embedded build there is no whole-store swap, so a failed validation is reported after the
    new graphs are already on the server.
    """
    started = time.perf_counter()
    result = BuildResult(store_path=None)
    _fill(
        store,
        store,
        result,
        docs=docs,
        remove=remove,
        atlas_dir=atlas_dir,
        corpus_dir=corpus_dir,
        validate=validate,
        progress=progress,
        workers=workers,
    )
    if report_dir is not None:
        _write_reports(report_dir, result)
    result.seconds = time.perf_counter() - started
    return result


def _write_reports(report_dir: Path, result: BuildResult) -> None:
    """One JSON extraction report per document extracted in this build."""
    try:
        report_dir.mkdir(parents=True, exist_ok=True)
        for name, report in sorted(result.reports.items()):
            (report_dir / f"{name}.json").write_text(
                json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
    except OSError as exc:
        raise MedatlasError(f"cannot write extraction reports to {report_dir}: {exc}") from exc
