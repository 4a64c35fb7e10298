"""SHACL validation of a synthetic atlas: pyshacl-turbo beside pySHACL (issue #7).

Each (engine, size) runs in a child process of its own, so the peak memory is its own. The
child loads the atlas's N-Quads into an in-memory :class:`~medatlas.graph.store.AtlasStore`
(timed, its memory noted), then runs :func:`medatlas.graph.validate.validate_store` once with
the engine: the time and peak resident memory include writing the data graphs as N-Triples,
the engine's parse, the validation, the report and the attribution of each violation to its
source. The atlases are made by ``benchmarks.generate`` (the build's graph shapes), so they
conform; the violation counts must be 0 for both engines.

    .venv/bin/python -m benchmarks.bench_validate [--sizes 17000,100000,1000000]
        [--engines turbo,pyshacl] [--atlas-dir /tmp/atlases] [--timeout 1800]
    .venv/bin/python -m benchmarks.bench_validate --child ENGINE ATLAS.nq

writes ``benchmarks/results/validate.json`` (and prints the table that
``benchmarks/results/validate.md`` quotes).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.bench_timing import ROOT, load_average, machine, peak_rss_mb, run_child

__all__ = ["ENGINES", "validate_atlas"]

MODULE = "benchmarks.bench_validate"
ENGINES = ("turbo", "pyshacl")
SIZES = (17_000, 100_000, 1_000_000)
RESULTS = ROOT / "benchmarks" / "results" / "validate.json"


def _validate(engine: str, atlas: Path) -> dict[str, Any]:
    import pyoxigraph as ox

    from medatlas.graph.store import AtlasStore
    from medatlas.graph.validate import validate_store

    store = AtlasStore()
    started = time.perf_counter()
    store.oxigraph.load(path=str(atlas), format=ox.RdfFormat.N_QUADS)
    out: dict[str, Any] = {
        "engine": engine,
        "quads": len(store),
        "load_s": round(time.perf_counter() - started, 2),
        "loaded_rss_mb": peak_rss_mb(),
        "load_average": load_average(),
    }
    started = time.perf_counter()
    report = validate_store(store, engine=engine)
    out["validate_s"] = round(time.perf_counter() - started, 2)
    out["triples_checked"] = report.triples
    out["violations"] = len(report.violations)
    return out


def validate_atlas(engine: str, atlas: Path, *, timeout: float) -> dict[str, Any]:
    """Validate *atlas* with *engine* in a child process; seconds and memory."""
    return run_child(MODULE, [engine, str(atlas)], timeout=timeout)


def _atlas(size: int, folder: Path) -> Path:
    """The synthetic atlas of about *size* triples in *folder*, generated when missing."""
    from benchmarks.generate import write_atlas

    path = folder / f"atlas-{size}.nq"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        write_atlas(path, triples=size)
    return path


def _table(rows: list[dict[str, Any]]) -> str:
    lines = [
        "| triples | engine | validate (s) | peak RSS (MB) | RSS after load (MB) "
        "| violations | load avg |",
        "| ---: | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        if "validate_s" not in r:
            lines.append(f"| {r['size']:,} | {r['engine']} | {r} | | | | |")
            continue
        lines.append(
            f"| {r['quads']:,} | {r['engine']} | {r['validate_s']} | {r['peak_rss_mb']} "
            f"| {r['loaded_rss_mb']} | {r['violations']} | {r['load_average']} |"
        )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        if len(argv) != 3:
            print(__doc__)
            return 2
        result = _validate(argv[1], Path(argv[2]))
        result["peak_rss_mb"] = peak_rss_mb()  # this process's own peak (getrusage)
        print(json.dumps(result), flush=True)
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--engines", default=",".join(ENGINES))
    parser.add_argument("--atlas-dir", type=Path, default=Path("/tmp/medatlas-atlases"))
    parser.add_argument("--timeout", type=float, default=1800.0)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        atlas = _atlas(size, args.atlas_dir)
        for engine in args.engines.split(","):
            row = {"size": size, "engine": engine}
            row |= validate_atlas(engine, atlas, timeout=args.timeout)
            rows.append(row)
            print(json.dumps(row), flush=True)
    args.out.write_text(
        json.dumps({"machine": machine(), "rows": rows}, indent=2) + "\n", encoding="utf-8"
    )
    print(_table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
