"""Scale benchmarks: one command runs them all and writes results/scale.json and scale.md.

    .venv/bin/python -m benchmarks.run            # 10/100/1,000 reports, 1M-triple atlas
    .venv/bin/python -m benchmarks.run --quick    # 10 reports, 100k triples: a smoke check
    .venv/bin/python -m benchmarks.run --large    # also 10,000 reports and 10M triples

Every figure is taken beside the alternative a user would pick first, in the same run, and
reported as a time and as a ratio (medians of several runs where a run takes seconds; one run
where it takes minutes, and the table says so). Generated data goes to a temporary folder
(``--work`` to keep it). See benchmarks/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks import bench_build, bench_extract, bench_queries, bench_store, bench_views
from benchmarks.bench_report import render_markdown
from benchmarks.bench_timing import ROOT, load_average, machine, ratio
from benchmarks.generate import DEFAULT_SEED, atlas_probes, write_atlas, write_corpus

RESULTS = Path(__file__).resolve().parent / "results"
CORPUS = ROOT.parent / "shared" / "corpus"


@dataclass(frozen=True)
class Plan:
    """What one run measures: sizes, repeats and time limits."""

    corpora: tuple[int, ...]
    naive_up_to: int
    memory_docs: int  # a corpus whose build holds at least a million triples
    atlas: int
    extra_atlas: int | None
    runs: int
    query_timeout: float
    rdflib_budget: float
    view_sizes: tuple[int, ...]
    pyvis_up_to: int
    gazetteer_names: int
    query_runs: int = 7
    one_case_per_question: bool = False
    shacl_memory: bool = True

    @classmethod
    def of(cls, *, quick: bool, large: bool) -> Plan:
        if quick:
            return cls((10,), 10, 0, 100_000, None, 1, 10, 10, (1000,), 1000, 5_000, 2, True)
        corpora = (10, 100, 1_000, 10_000) if large else (10, 100, 1_000)
        return cls(
            corpora,
            100,
            350,
            1_000_000,
            10_000_000 if large else None,
            3,
            120,
            600,
            (1_000, 5_000, 20_000),
            5_000,
            50_000,
        )


class Runner:
    """Runs the sections in order; a section that fails is recorded and the rest go on."""

    def __init__(self, work: Path, plan: Plan, seed: int, save: Callable[[], None]) -> None:
        self.work = work
        self.plan = plan
        self.seed = seed
        self.save = save  # called after each section: a late failure loses nothing before it
        self.results: dict[str, Any] = {}

    def section(self, name: str, fn: Callable[[], Any]) -> Any:
        load = load_average()
        started = time.perf_counter()
        print(f"[{time.strftime('%H:%M:%S')}] {name} (load {load})", flush=True)
        try:
            value = fn()
        except Exception as exc:  # the runner's boundary: record, go on
            traceback.print_exc()
            value = {"error": f"{type(exc).__name__}: {exc}"}
        self.results[name] = {
            "load_before": load,
            "seconds": round(time.perf_counter() - started, 1),
            "result": value,
        }
        self.save()
        return value

    # -- data ---------------------------------------------------------------------------------

    def corpus(self, docs: int) -> Path:
        folder = self.work / f"corpus-{docs}"
        if not folder.exists():
            write_corpus(folder, docs, seed=self.seed)
        return folder

    def atlas(self, triples: int) -> Path:
        path = self.work / f"atlas-{triples}.nq"
        if not path.exists():
            write_atlas(path, triples, seed=self.seed)
        return path

    def store(self, triples: int) -> Path:
        """The atlas of *triples* in an on-disk embedded store (Oxigraph's bulk loader)."""
        import pyoxigraph as ox

        from medatlas.graph.store import AtlasStore

        path = self.work / f"store-{triples}"
        if not path.exists():
            store = AtlasStore(path)
            store.oxigraph.bulk_load(path=str(self.atlas(triples)), format=ox.RdfFormat.N_QUADS)
            store.close()
        return path

    # -- sections -----------------------------------------------------------------------------

    def generate(self) -> dict[str, Any]:
        out = {}
        for docs in self.plan.corpora:
            started = time.perf_counter()
            folder = self.corpus(docs)
            files = list(folder.iterdir())
            out[f"corpus-{docs}"] = {
                "documents": len(files),
                "mb": round(sum(p.stat().st_size for p in files) / 1e6, 2),
                "seconds": round(time.perf_counter() - started, 2),
            }
        for triples in (self.plan.atlas, self.plan.extra_atlas):
            if triples:
                started = time.perf_counter()
                path = self.atlas(triples)
                out[f"atlas-{triples}"] = {
                    "mb": round(path.stat().st_size / 1e6, 1),
                    "seconds": round(time.perf_counter() - started, 2),
                }
        return out

    def extraction(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        reports = sorted(CORPUS.glob("*.txt"))
        if reports:
            out["corpus"] = bench_extract.step_throughput(reports, label="the five corpus reports")
        generated = sorted(self.corpus(max(self.plan.corpora[:2])).iterdir())[:100]
        out["generated"] = bench_extract.step_throughput(
            generated, label=f"{len(generated)} generated reports"
        )
        for lang in ("zh", "en"):
            same = [p for p in generated if f"_{lang}." in p.name and p.suffix == ".txt"]
            if len(same) >= 2:
                out[f"linearity_{lang}"] = bench_extract.linearity(same, factor=min(10, len(same)))
        out["gazetteer_vs_regex"] = bench_extract.gazetteer_vs_regex(
            generated[:20], names=self.plan.gazetteer_names, seed=self.seed, runs=self.plan.runs
        )
        return out

    def builds(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for docs in self.plan.corpora:
            folder = self.corpus(docs)
            runs = self.plan.runs if docs <= 100 else 1
            timeout = 600 + docs * 3.0
            row: dict[str, Any] = {}
            if docs <= 1_000:
                row["one_process"] = bench_build.build_corpus(
                    folder, workers=1, validate=False, runs=runs, timeout=timeout
                )
            row["two_processes"] = bench_build.build_corpus(
                folder, workers=2, validate=False, runs=runs, timeout=timeout
            )
            if docs <= self.plan.naive_up_to:
                row["naive_per_document"] = bench_build.naive_pass(
                    folder, runs=1, timeout=timeout * 4
                )
            one = row.get("one_process", {}).get("median_s")
            two = row["two_processes"].get("median_s")
            naive = row.get("naive_per_document", {}).get("median_s")
            row["two_vs_one"] = ratio(one, two)
            row["one_vs_naive"] = ratio(naive, one)
            out[str(docs)] = row
        return out

    def memory(self) -> dict[str, Any]:
        """A build of about a million triples (2 processes): without and with SHACL."""
        if not self.plan.memory_docs:
            return {"skipped": "quick mode"}
        folder = self.work / f"corpus-{self.plan.memory_docs}"
        if not folder.exists():
            write_corpus(folder, self.plan.memory_docs, seed=self.seed)
        out = {
            "unvalidated": bench_build.build_corpus(
                folder, workers=2, validate=False, runs=1, timeout=3600
            )
        }
        if self.plan.shacl_memory:
            out["validated"] = bench_build.build_corpus(
                folder, workers=2, validate=True, runs=1, timeout=7200
            )
        return out

    def store_sections(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for triples in (self.plan.atlas, self.plan.extra_atlas):
            if not triples:
                continue
            atlas = self.atlas(triples)
            big = triples > 1_000_000
            row: dict[str, Any] = {
                "medatlas-memory": bench_store.load_and_export(
                    "medatlas-memory", atlas, runs=1 if big else self.plan.runs, timeout=3600
                )
            }
            disk = self.work / f"load-disk-{triples}"
            row["medatlas-disk"] = bench_store.load_and_export(
                "medatlas-disk", atlas, runs=1, timeout=3600, store_dir=disk
            )
            shutil.rmtree(disk, ignore_errors=True)
            if not big:
                row["rdflib"] = bench_store.load_and_export("rdflib", atlas, runs=1, timeout=3600)
            out[str(triples)] = row
        return out

    def query_sections(self) -> dict[str, Any]:
        triples = self.plan.atlas
        store = self.store(triples)
        case_list = bench_queries.cases(atlas_probes(triples, seed=self.seed))
        if self.plan.one_case_per_question:
            firsts: dict[str, bench_queries.Case] = {}
            for case in case_list:
                firsts.setdefault(case[0], case)
            case_list = list(firsts.values())
        out: dict[str, Any] = {"triples": triples, "cases": [list(c) for c in case_list]}
        timeout, runs = self.plan.query_timeout, self.plan.query_runs
        out["embedded"] = bench_queries.embedded(store, case_list, timeout=timeout, max_runs=runs)
        location = self.work / f"server-{triples}" / "db"
        location.parent.mkdir(parents=True, exist_ok=True)
        with bench_queries.oxigraph_server(
            self.atlas(triples), location, timeout_s=int(timeout)
        ) as server:
            out["server_load_s"] = server["load_s"]
            base = server["base"]
            out["server"] = bench_queries.remote(base, case_list, timeout=timeout, max_runs=runs)
            out["server_union"] = bench_queries.remote(
                base, case_list, timeout=timeout, max_runs=runs, server_union=True
            )
        shutil.rmtree(location.parent, ignore_errors=True)
        texts = bench_queries.bound_texts(store, case_list)
        out["rdflib"] = bench_queries.rdflib_queries(
            self.atlas(triples),
            texts,
            per_query=min(60.0, timeout),
            budget=self.plan.rdflib_budget,
        )
        return out

    def view_sections(self) -> dict[str, Any]:
        if not bench_views.available():
            return {"skipped": "medatlas.viz has no load_graph/landscape_of/write_view yet"}
        return bench_views.views(
            self.store(self.plan.atlas),
            self.plan.view_sizes,
            runs=1 if self.plan.atlas > 100_000 else self.plan.runs,
            pyvis_up_to=self.plan.pyvis_up_to,
        )


def main(argv: list[str] | None = None) -> int:
    """Run every section, write scale.json and scale.md, print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes only (< 2 minutes)")
    parser.add_argument("--large", action="store_true", help="add 10,000 reports and 10M triples")
    parser.add_argument(
        "--skip-shacl-memory",
        action="store_true",
        help="leave out the SHACL-validated 1M-triple build (about 15 minutes)",
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--work", type=Path, help="keep generated data here (default: a temp dir)")
    parser.add_argument("--out", type=Path, default=RESULTS, help="where results go")
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        help="run only these sections (repeatable); the others' results are kept",
    )
    args = parser.parse_args(argv)
    plan = Plan.of(quick=args.quick, large=args.large)
    if args.skip_shacl_memory:
        plan = dataclasses.replace(plan, shacl_memory=False)
    started = time.perf_counter()
    mode = "quick" if args.quick else "large" if args.large else "default"

    def payload() -> dict[str, Any]:
        return {
            "benchmark": "scale",
            "mode": mode,
            "machine": machine(),
            "seed": args.seed,
            "plan": plan.__dict__,
            "seconds": round(time.perf_counter() - started, 1),
            "sections": runner.results,
        }

    def save() -> None:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "scale.json").write_text(
            json.dumps(payload(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        (args.out / "scale.md").write_text(render_markdown(payload()), encoding="utf-8")

    with tempfile.TemporaryDirectory(prefix="medatlas-scale-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        runner = Runner(work, plan, args.seed, save)
        previous = args.out / "scale.json"
        if args.only and previous.exists():  # a rerun of some sections keeps the others
            old = json.loads(previous.read_text(encoding="utf-8"))
            if old.get("mode") == mode:
                runner.results.update(old.get("sections", {}))
        sections = {
            "generate": runner.generate,
            "extraction": runner.extraction,
            "build": runner.builds,
            "memory": runner.memory,
            "store": runner.store_sections,
            "queries": runner.query_sections,
            "views": runner.view_sections,
        }
        for name, fn in sections.items():
            if not args.only or name in args.only:
                runner.section(name, fn)
    save()
    print(render_markdown(payload()))
    print(f"wrote {args.out / 'scale.json'} and {args.out / 'scale.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
