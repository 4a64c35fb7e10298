"""Build throughput and memory: generated corpora built with 1 and 2 processes.

Each build runs in a child process of its own (its peak memory is its own, and a runaway can
be stopped). One process is :func:`medatlas.build.build`; two processes use
:func:`medatlas.loaders.parallel.extract_many` with the same steps around it (populate, one
graph per document, consolidate, validate) until ``build()`` takes a ``workers`` option, and
``build(workers=2)`` itself once it does. The alternative a user would write first is a
per-document pass that sets up extraction (atlas, gazetteer) again for every document.

    .venv/bin/python -m benchmarks.bench_build --child build FOLDER STORE WORKERS VALIDATE
"""

from __future__ import annotations

import inspect
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.bench_timing import child, run_child

__all__ = ["build_corpus", "naive_pass", "parallel_build"]

MODULE = "benchmarks.bench_build"


def parallel_build(store_path: Path, folder: Path, *, workers: int, validate: bool) -> dict:
    """``medatlas build`` with extraction in *workers* processes; counts of what it did."""
    from medatlas.build import DOC_GRAPHS, build, document_files, populate

    if "workers" in inspect.signature(build).parameters:
        store, result = build(store_path, docs=[folder], validate=validate, workers=workers)
        store.close()
        return {"extracted": len(result.extracted), "failed": len(result.failed)}
    from medatlas.graph.consolidate import consolidate
    from medatlas.graph.iris import document_graph
    from medatlas.graph.store import AtlasStore
    from medatlas.graph.validate import validate_store
    from medatlas.loaders.parallel import extract_many

    store = AtlasStore(store_path)
    populate(store)
    extracted = failed = 0
    for outcome in extract_many(document_files([folder]), workers=workers):
        if outcome.error is not None:
            failed += 1
            continue
        store.replace_graph(document_graph(outcome.name), outcome.quads)
        extracted += 1
    consolidate(store)
    if validate:
        report = validate_store(store)
        assert not [v for v in report.violations if not v.graph.startswith(DOC_GRAPHS)]
    store.close()
    return {"extracted": extracted, "failed": failed}


def _child_build(folder: Path, store_path: Path, workers: int, validate: bool) -> dict:
    from medatlas.graph.store import AtlasStore

    started = time.perf_counter()
    if workers == 1:
        from medatlas.build import build

        kwargs = {"workers": 1} if "workers" in inspect.signature(build).parameters else {}
        store, result = build(store_path, docs=[folder], validate=validate, **kwargs)
        store.close()
        counts = {"extracted": len(result.extracted), "failed": len(result.failed)}
    else:
        counts = parallel_build(store_path, folder, workers=workers, validate=validate)
    seconds = time.perf_counter() - started
    store = AtlasStore(store_path, read_only=True)
    triples = len(store)
    store.close()
    return {"seconds": round(seconds, 3), "triples": triples, **counts}


def _child_naive(folder: Path) -> dict:
    """Extract every document with the set-up done again for each (atlas, gazetteer, classes)."""
    from medatlas.build import document_files
    from medatlas.graph.triples import fact_quads
    from medatlas.graph.vocabulary import read_concepts
    from medatlas.loaders.atlas import read_atlas
    from medatlas.loaders.extract.gazetteer import atlas_gazetteer
    from medatlas.loaders.pipeline import extract_document
    from medatlas.loaders.readers import read_document

    started = time.perf_counter()
    quads = 0
    for path in document_files([folder]):
        atlas = read_atlas()
        classes = {f"https://w3id.org/medatlas/id/{e.id}": e.type for e in atlas.entities.values()}
        classes.update({c.iri: c.cls for c in read_concepts()})
        result = extract_document(
            read_document(path), gazetteer=atlas_gazetteer(), names=atlas.names, classes=classes
        )
        quads += sum(1 for _ in fact_quads(result.facts))
    return {"seconds": round(time.perf_counter() - started, 3), "quads": quads}


def _child_extract(folder: Path, workers: int) -> dict:
    """Extraction alone (read, extract, quads) with *workers* processes, nothing stored."""
    from medatlas.build import document_files
    from medatlas.loaders.parallel import extract_many

    started = time.perf_counter()
    quads = sum(len(o.quads) for o in extract_many(document_files([folder]), workers=workers))
    return {"seconds": round(time.perf_counter() - started, 3), "quads": quads}


def build_corpus(
    folder: Path, *, workers: int, validate: bool, runs: int, timeout: float
) -> dict[str, Any]:
    """Median seconds (of *runs*) to build *folder* into a fresh on-disk store; peak memory."""
    results = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="medatlas-scale-") as tmp:
            args = [str(folder), str(Path(tmp) / "store"), str(workers), str(int(validate))]
            results.append(run_child(MODULE, ["build", *args], timeout=timeout))
            if "seconds" not in results[-1]:
                return results[-1]
    return _summary(folder, results)


def extract_corpus(folder: Path, *, workers: int, runs: int, timeout: float) -> dict[str, Any]:
    """Median seconds of extraction alone (no store), with *workers* processes."""
    results = []
    for _ in range(runs):
        results.append(run_child(MODULE, ["extract", str(folder), str(workers)], timeout=timeout))
        if "seconds" not in results[-1]:
            return results[-1]
    return _summary(folder, results)


def naive_pass(folder: Path, *, runs: int, timeout: float) -> dict[str, Any]:
    """Median seconds of the per-document pass that sets everything up for each document."""
    results = []
    for _ in range(runs):
        results.append(run_child(MODULE, ["naive", str(folder)], timeout=timeout))
        if "seconds" not in results[-1]:
            return results[-1]
    return _summary(folder, results)


def _summary(folder: Path, results: list[dict]) -> dict[str, Any]:
    files = [p for p in folder.iterdir() if p.is_file()]
    mb = sum(p.stat().st_size for p in files) / 1e6
    seconds = sorted(r["seconds"] for r in results)
    median = seconds[len(seconds) // 2]
    last = results[-1]
    return {
        "documents": len(files),
        "mb": round(mb, 2),
        "median_s": median,
        "runs": len(results),
        "docs_per_s": round(len(files) / median, 2),
        "mb_per_s": round(mb / median, 3),
        "peak_rss_mb": max(r.get("peak_rss_mb", 0) for r in results),
        "peak_tree_rss_mb": max(r.get("peak_tree_rss_mb", 0) for r in results) or None,
        **{
            k: v for k, v in last.items() if k not in ("seconds", "peak_rss_mb", "peak_tree_rss_mb")
        },
    }


def main(argv: list[str]) -> int:
    """The child side: ``--child build|naive|extract ...`` prints one JSON line."""
    if argv[:1] != ["--child"]:
        print(__doc__)
        return 2
    kind, *rest = argv[1:]
    if kind == "build":
        folder, store, workers, validate = rest
        child(lambda: _child_build(Path(folder), Path(store), int(workers), validate == "1"))
    elif kind == "naive":
        child(lambda: _child_naive(Path(rest[0])))
    elif kind == "extract":
        child(lambda: _child_extract(Path(rest[0]), int(rest[1])))
    else:
        print(f"unknown child kind {kind!r}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
