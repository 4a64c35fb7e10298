"""Store load and export of a synthetic atlas: medatlas' embedded store beside rdflib's default.

Each engine runs in a child process of its own (so the peak memory is its own): it loads the
atlas's N-Quads (timed), then writes it as Turtle (the union of the graphs) and as TriG (graphs
kept). medatlas writes with :func:`medatlas.graph.export.serialize`, the ``medatlas export``
code (sorted, prefixed, deterministic); rdflib with ``Dataset.serialize``.

    .venv/bin/python -m benchmarks.bench_store --child ENGINE ATLAS.nq RUNS [STORE_DIR]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.bench_timing import child, measure, run_child

__all__ = ["ENGINES", "load_and_export"]

MODULE = "benchmarks.bench_store"
ENGINES = ("medatlas-memory", "medatlas-disk", "rdflib")


def _medatlas(atlas: Path, runs: int, store_dir: str | None) -> dict[str, Any]:
    import pyoxigraph as ox

    from medatlas.graph.export import serialize
    from medatlas.graph.store import AtlasStore

    store = AtlasStore(Path(store_dir) if store_dir else None)
    started = time.perf_counter()
    if store_dir:  # on disk: Oxigraph's bulk loader, what a large import should use
        store.oxigraph.bulk_load(path=str(atlas), format=ox.RdfFormat.N_QUADS)
    else:
        store.oxigraph.load(path=str(atlas), format=ox.RdfFormat.N_QUADS)
    load_s = time.perf_counter() - started
    out: dict[str, Any] = {"load_s": round(load_s, 3), "quads": len(store)}
    if not store_dir:
        for fmt in ("turtle", "trig"):
            timing = measure(lambda fmt=fmt: serialize(store, fmt), runs=runs)
            out[f"{fmt}_s"] = timing.as_dict()
            out[f"{fmt}_bytes"] = len(timing.value)
    store.close()
    return out


def _rdflib(atlas: Path, runs: int) -> dict[str, Any]:
    import rdflib

    ds = rdflib.Dataset(default_union=True)
    started = time.perf_counter()
    ds.parse(str(atlas), format="nquads")
    out: dict[str, Any] = {"load_s": round(time.perf_counter() - started, 3)}
    out["quads"] = sum(1 for _ in ds.quads((None, None, None, None)))
    for fmt in ("turtle", "trig"):
        timing = measure(lambda fmt=fmt: ds.serialize(format=fmt, encoding="utf-8"), runs=runs)
        out[f"{fmt}_s"] = timing.as_dict()
        out[f"{fmt}_bytes"] = len(timing.value)
    return out


def load_and_export(
    engine: str, atlas: Path, *, runs: int, timeout: float, store_dir: Path | None = None
) -> dict[str, Any]:
    """Load *atlas* into *engine* and export it, in a child process; seconds and memory."""
    args = [engine, str(atlas), str(runs)] + ([str(store_dir)] if store_dir else [])
    return run_child(MODULE, args, timeout=timeout)


def main(argv: list[str]) -> int:
    """The child side: ``--child ENGINE ATLAS.nq RUNS [STORE_DIR]`` prints one JSON line."""
    if argv[:1] != ["--child"] or len(argv) < 4:
        print(__doc__)
        return 2
    engine, atlas, runs = argv[1], Path(argv[2]), int(argv[3])
    store_dir = argv[4] if len(argv) > 4 else None
    if engine == "rdflib":
        child(lambda: _rdflib(atlas, runs))
    else:
        child(lambda: _medatlas(atlas, runs, store_dir))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
