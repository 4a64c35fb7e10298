"""Extract many documents in parallel processes; results stream back in the order given.

Documents are independent: each worker process reads one, extracts its facts and turns them
into quads, while the caller stores the previous ones. At most ``workers * AHEAD`` documents
are in flight at any moment and each result is handed over as soon as its turn comes, so the
caller never holds the whole corpus, however large.

    for outcome in extract_many(paths, workers=2):
        if outcome.error is not None:
            failed[outcome.name] = outcome.error
        else:
            store.replace_graph(document_graph(outcome.name), outcome.quads)  # or bulk_add

With ``workers=1`` the documents are extracted in this process, one after the other, by the
same code. A worker hands its quads back as N-Quads bytes (parsed here by Oxigraph, fast and
compact to pass between processes) and its extraction report as a dict.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from medatlas.atlas import ATLAS_DIR
from medatlas.errors import DocumentError, MedatlasError

__all__ = ["AHEAD", "Outcome", "extract_many", "extract_one"]

#: documents queued per worker beyond the one it is working on
AHEAD = 4


@dataclass(frozen=True)
class Outcome:
    """One document's result: its facts as N-Quads and its extraction report, or why it failed.

    The facts stay canonical N-Quads bytes until asked for: a build loads them into the store
    in Rust (:meth:`~medatlas.graph.store.AtlasStore.bulk_add`) without a Python object per quad.
    """

    name: str
    data: bytes = b""
    report: dict[str, object] = field(default_factory=dict)
    error: str | None = None

    @property
    def quads(self) -> tuple[ox.Quad, ...]:
        """The facts as Oxigraph quads (parsed on each call)."""
        if not self.data:
            return ()
        return tuple(ox.parse(self.data, format=ox.RdfFormat.N_QUADS))


@dataclass(frozen=True)
class _Context:
    """What extraction needs besides the document: the gazetteer, names and known classes."""

    gazetteer: object
    names: object
    classes: dict[str, str]
    rejected: frozenset[str] = frozenset()


_CONTEXT: dict[str, _Context] = {}  # atlas state -> context, built once per process and atlas


def _atlas_state(atlas_dir: Path) -> str:
    """The atlas folder and the size and time of each of its files: a review changes it."""
    parts = [str(atlas_dir)]
    for path in sorted(atlas_dir.rglob("*.yaml")):
        stat = path.stat()
        parts.append(f"{path.relative_to(atlas_dir)}:{stat.st_size}:{stat.st_mtime_ns}")
    return "\n".join(parts)


def _context(atlas_dir: Path) -> _Context:
    key = _atlas_state(atlas_dir)
    if key not in _CONTEXT:
        _CONTEXT.clear()  # one atlas at a time: an edited atlas replaces the old context
        from medatlas.graph.iris import entity_iri
        from medatlas.graph.vocabulary import read_concepts
        from medatlas.loaders.atlas import read_atlas
        from medatlas.loaders.extract.gazetteer import atlas_gazetteer
        from medatlas.loaders.review import rejected_ids

        atlas = read_atlas(atlas_dir)
        classes = {entity_iri(e.id): e.type for e in atlas.entities.values()}
        classes.update({c.iri: c.cls for c in read_concepts()})
        _CONTEXT[key] = _Context(
            atlas_gazetteer(atlas_dir), atlas.names, classes, rejected_ids(atlas_dir)
        )
    return _CONTEXT[key]


def _extract_bytes(
    path: str, atlas_dir: str
) -> tuple[str, bytes | None, dict[str, object], str | None]:
    """(file name, N-Quads of its facts, report, None) or (file name, None, {}, error)."""
    from medatlas.graph.triples import fact_quads
    from medatlas.loaders.pipeline import extract_document
    from medatlas.loaders.readers import read_document
    from medatlas.loaders.review import extractor_version

    file = Path(path)
    context = _context(Path(atlas_dir))
    try:
        document = read_document(file)
        extracted = extract_document(
            document,
            gazetteer=context.gazetteer,
            names=context.names,
            classes=context.classes,
            rejected=context.rejected,
            version=extractor_version(Path(atlas_dir), file.name),
        )
        data = ox.serialize(fact_quads(extracted.facts), format=ox.RdfFormat.N_QUADS)
    except DocumentError as exc:
        return file.name, None, {}, str(exc)
    except OSError as exc:
        return file.name, None, {}, f"{file}: cannot be read: {exc}"
    except Exception as exc:  # a bug on one report's wording must not cost the whole batch
        return (
            file.name,
            None,
            {},
            f"{file}: extraction failed on an internal error ({type(exc).__name__}: {exc}); "
            "the document was left out and the others load; please report it with this file",
        )
    return file.name, data or b"", extracted.report.as_dict(), None


def _outcome(raw: tuple[str, bytes | None, dict[str, object], str | None]) -> Outcome:
    name, data, report, error = raw
    if data is None:
        return Outcome(name, error=error)
    return Outcome(name, data, report)


def extract_one(path: Path, *, atlas_dir: Path = ATLAS_DIR) -> Outcome:
    """Read and extract one document in this process (what each worker does)."""
    return _outcome(_extract_bytes(str(path), str(atlas_dir)))


def _warm(atlas_dir: str) -> None:
    """Build the worker's context before its first document (once per worker process)."""
    _context(Path(atlas_dir))


def extract_many(
    paths: Iterable[Path], *, workers: int = 1, atlas_dir: Path = ATLAS_DIR
) -> Iterator[Outcome]:
    """Extract every document of *paths*, in *workers* processes; outcomes in the same order.

    A document that cannot be read (a :class:`~medatlas.errors.DocumentError`) or whose
    extraction hits a bug gives an :class:`Outcome` with ``error`` set, naming the file, and
    the rest go on. Workers are started with ``forkserver`` (a fresh process, not a
    copy of the caller and its open store) where the platform has it.

    Raises:
        MedatlasError: *workers* is not a positive number.
    """
    if workers < 1:
        raise MedatlasError(f"workers must be 1 or more, not {workers}; try --workers 2")
    if workers == 1:
        for path in paths:
            yield extract_one(path, atlas_dir=atlas_dir)
        return
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    pending: deque[Future] = deque()
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=ctx, initializer=_warm, initargs=(str(atlas_dir),)
    ) as pool:
        try:
            for path in paths:
                pending.append(pool.submit(_extract_bytes, str(path), str(atlas_dir)))
                if len(pending) >= workers * (AHEAD + 1):
                    yield _outcome(pending.popleft().result())
            while pending:
                yield _outcome(pending.popleft().result())
        finally:
            for future in pending:  # the caller stopped early or a worker failed
                future.cancel()
