"""The named questions at scale: p50/p95 latency embedded, on an Oxigraph server, and in rdflib.

The cases are those of ``tests/queries/cases.yaml`` (every question, with and without its
parameters). Their parameters name entities of the five corpus reports; here each becomes its
stand-in in the synthetic atlas (the company, offering or regulator the most facts name, see
:func:`benchmarks.generate.atlas_probes`); vocabulary terms (use cases, segments, measures,
classes) are the same in both and stay as they are.

- embedded: :func:`medatlas.queries.library.run` on the on-disk store, opened read-only, in a
  child process per case (a runaway question is stopped at the timeout);
- server: the same call on :class:`medatlas.graph.remote.RemoteStore` against ``oxigraph serve``
  on 127.0.0.1, holding the same atlas (started with ``--timeout-s`` and
  ``--union-default-graph``); as RemoteStore asks today (every named graph listed in each
  request) and leaving the union to the server;
- rdflib: the same query text (parameters bound as medatlas binds them) on rdflib's default
  in-memory ``Dataset``, each case once, within a time budget.

    .venv/bin/python -m benchmarks.bench_queries --child embedded STORE CASE_JSON BUDGET RUNS
    .venv/bin/python -m benchmarks.bench_queries --child rdflib ATLAS.nq TEXTS_JSON
"""

from __future__ import annotations

import contextlib
import json
import os
import selectors
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from benchmarks.bench_timing import ROOT, child, percentile, run_child

__all__ = ["Case", "cases", "embedded", "oxigraph_server", "rdflib_queries", "remote"]

MODULE = "benchmarks.bench_queries"
CASES_FILE = ROOT / "tests" / "queries" / "cases.yaml"
#: parameters that name an entity, and the role of the synthetic entity that stands in
ENTITY_ROLES = {
    "organization": "org",
    "entity": "org",
    "subject": "org",
    "object": "org",
    "platform": "offering",
    "issuer": "body",
}

Case = tuple[str, str, dict[str, str]]  # question, case id, parameters


def cases(probes: dict[str, list]) -> list[Case]:
    """Every case of cases.yaml, its entity parameters replaced by synthetic stand-ins.

    The n-th distinct entity value a role meets takes the n-th entity of that role, named
    the way the case names it (a slug when the case gives a Latin name, else a Chinese label).
    """
    data = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))
    seen: dict[str, dict[str, Any]] = {}
    out: list[Case] = []
    for name, by_case in sorted(data.items()):
        for case, params in sorted((by_case or {}).items()):
            bound = {}
            for key, value in (params or {}).items():
                value = str(value)
                role = ENTITY_ROLES.get(key)
                if role is not None and probes.get(role):
                    stand_ins = seen.setdefault(role, {})
                    if value not in stand_ins:
                        entity = probes[role][len(stand_ins) % len(probes[role])]
                        stand_ins[value] = entity.slug if value.isascii() else entity.zh
                    value = stand_ins[value]
                bound[key] = value
            out.append((name, case, bound))
    return out


def _lang(params: dict[str, str]) -> tuple[dict[str, str], str]:
    params = dict(params)
    return params, params.pop("lang", "en")


def _latencies(run: Any, *, budget: float, max_runs: int = 7) -> dict[str, Any]:
    """Warm up once, then run while it fits: 7 runs under 1 s each, 3 under 10 s, else 1
    (never more than *max_runs*, nor more than *budget* seconds' worth)."""
    started = time.perf_counter()
    rows = run()
    first = time.perf_counter() - started
    runs = 7 if first < 1 else 3 if first < 10 else 1
    runs = max(1, min(runs, max_runs, int(budget / max(first, 1e-3))))
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return {
        "p50_ms": round(percentile(times, 50) * 1000, 1),
        "p95_ms": round(percentile(times, 95) * 1000, 1),
        "runs": runs,
        "rows": rows,
    }


def _size(result: Any) -> int:
    return len(result)


def _child_embedded(store_dir: Path, case: Case, budget: float, max_runs: int) -> dict[str, Any]:
    from medatlas.graph.store import AtlasStore
    from medatlas.queries.library import run

    name, _, params = case
    params, lang = _lang(params)
    store = AtlasStore(store_dir, read_only=True)
    try:
        return _latencies(
            lambda: _size(run(store, name, params=params, lang=lang)),
            budget=budget,
            max_runs=max_runs,
        )
    finally:
        store.close()


def embedded(
    store_dir: Path, case_list: list[Case], *, timeout: float, max_runs: int = 7
) -> dict[str, Any]:
    """Latency of each case on the embedded store, one child process per case."""
    out = {}
    for case in case_list:
        payload = json.dumps(list(case), ensure_ascii=False)
        args = ["embedded", str(store_dir), payload, str(timeout / 3), str(max_runs)]
        out[f"{case[0]}.{case[1]}"] = run_child(MODULE, args, timeout=timeout)
    return out


def _oxigraph_binary() -> str:
    beside = Path(sys.executable).with_name("oxigraph")
    return str(beside) if beside.exists() else "oxigraph"


@contextlib.contextmanager
def oxigraph_server(atlas: Path, location: Path, *, timeout_s: int) -> Iterator[dict[str, Any]]:
    """``oxigraph load`` the atlas into *location*, serve it on a free loopback port.

    Yields ``{"base": url, "load_s": seconds}``; the server is stopped on exit.
    """
    from medatlas.queries.endpoint import free_port, wait_until_up

    binary = _oxigraph_binary()
    started = time.perf_counter()
    subprocess.run(
        [binary, "load", "--location", str(location), "--file", str(atlas)],
        check=True,
        capture_output=True,
    )
    load_s = time.perf_counter() - started
    port = free_port()
    log = (location.parent / "oxigraph-serve.log").open("w+b")
    command = [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"]
    command += ["--timeout-s", str(timeout_s), "--union-default-graph"]
    proc = subprocess.Popen(command, stdout=log, stderr=log)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{base}/query", proc, log, 60)
        yield {"base": base, "load_s": round(load_s, 2)}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def _server_union_store(base: str, timeout: float) -> Any:
    """A RemoteStore that leaves the union of the graphs to the server (``--union-default-graph``)
    instead of listing every named graph in each request, as RemoteStore does."""
    from medatlas.graph.remote import RemoteStore

    class ServerUnion(RemoteStore):
        def query(self, text: str, *, bindings: Any = None, union: bool = True) -> Any:
            return super().query(text, bindings=bindings, union=False)

    return ServerUnion.oxigraph(base, timeout=timeout)


def remote(
    base: str,
    case_list: list[Case],
    *,
    timeout: float,
    max_runs: int = 7,
    server_union: bool = False,
) -> dict[str, Any]:
    """Latency of each case through :class:`RemoteStore` (the server holds the atlas).

    With *server_union* the requests name no graphs and the server's union default graph
    answers (what ``RemoteStore`` could do when the server is started that way).
    """
    from medatlas.errors import MedatlasError
    from medatlas.graph.remote import RemoteStore
    from medatlas.queries.library import run

    store = (
        _server_union_store(base, timeout)
        if server_union
        else RemoteStore.oxigraph(base, timeout=timeout)
    )
    out = {}
    for name, case, params in case_list:
        params, lang = _lang(params)
        try:
            out[f"{name}.{case}"] = _latencies(
                lambda name=name, params=params, lang=lang: _size(
                    run(store, name, params=params, lang=lang)
                ),
                budget=timeout / 3,
                max_runs=max_runs,
            )
        except MedatlasError as exc:
            out[f"{name}.{case}"] = {"error": str(exc).splitlines()[0][:300]}
    return out


def bound_texts(store_dir: Path, case_list: list[Case]) -> dict[str, str]:
    """Each case's query text with its parameters bound as medatlas binds them."""
    from medatlas.graph.store import AtlasStore
    from medatlas.queries.library import bind, get_query

    store = AtlasStore(store_dir, read_only=True)
    try:
        texts = {}
        for name, case, params in case_list:
            params, lang = _lang(params)
            texts[f"{name}.{case}"] = bind(store, get_query(name), params, lang)
        return texts
    finally:
        store.close()


def _child_rdflib(atlas: Path, texts: dict[str, str]) -> None:
    """Load the atlas into rdflib, then run each text once; one JSON line per step."""
    import rdflib

    started = time.perf_counter()
    ds = rdflib.Dataset(default_union=True)
    ds.parse(str(atlas), format="nquads")
    print(json.dumps({"load_s": round(time.perf_counter() - started, 2)}), flush=True)
    for key, text in texts.items():
        started = time.perf_counter()
        try:
            size = len(list(ds.query(text)))
            line = {"case": key, "ms": round((time.perf_counter() - started) * 1000, 1)}
            line["rows"] = size
        except Exception as exc:  # rdflib's own errors: reported, not fatal
            line = {"case": key, "error": f"{type(exc).__name__}: {exc}"[:300]}
        print(json.dumps(line, ensure_ascii=False), flush=True)


def rdflib_queries(
    atlas: Path, texts: dict[str, str], *, per_query: float, budget: float
) -> dict[str, Any]:
    """Each text once on rdflib's in-memory Dataset; a query past *per_query* seconds is
    stopped (the child is restarted for the rest) and nothing runs past *budget* seconds."""
    out: dict[str, Any] = {}
    pending = dict(texts)
    deadline = time.perf_counter() + budget
    while pending and time.perf_counter() < deadline:
        handle, name = tempfile.mkstemp(prefix="medatlas-rdflib-", suffix=".json")
        os.close(handle)
        texts_file = Path(name)
        texts_file.write_text(json.dumps(pending, ensure_ascii=False), encoding="utf-8")
        proc = subprocess.Popen(
            [sys.executable, "-m", MODULE, "--child", "rdflib", str(atlas), str(texts_file)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        sel = selectors.DefaultSelector()
        sel.register(proc.stdout, selectors.EVENT_READ)  # type: ignore[arg-type]
        current = next(iter(pending))
        step_deadline = min(deadline, time.perf_counter() + per_query + 300)  # load first
        try:
            while pending:
                if not sel.select(timeout=max(0.0, step_deadline - time.perf_counter())):
                    out[current] = {"timeout_s": per_query}
                    pending.pop(current, None)
                    break
                line = proc.stdout.readline()  # type: ignore[union-attr]
                if not line:
                    break
                item = json.loads(line)
                if "load_s" in item:
                    out.setdefault("_load_s", item["load_s"])
                else:
                    out[item.pop("case")] = item
                    pending.pop(current, None)
                current = next(iter(pending), "")
                step_deadline = min(deadline, time.perf_counter() + per_query)
        finally:
            proc.kill()
            proc.wait()
            texts_file.unlink(missing_ok=True)
    for key in pending:
        out[key] = {"skipped": "time budget"}
    return out


def main(argv: list[str]) -> int:
    """The child side: ``--child embedded|rdflib ...`` prints JSON lines."""
    if argv[:1] != ["--child"]:
        print(__doc__)
        return 2
    kind, *rest = argv[1:]
    if kind == "embedded":
        store, payload, budget, max_runs = rest
        name, case, params = json.loads(payload)
        child(
            lambda: _child_embedded(Path(store), (name, case, params), float(budget), int(max_runs))
        )
    elif kind == "rdflib":
        atlas, texts_file = rest
        texts = json.loads(Path(texts_file).read_text(encoding="utf-8"))
        _child_rdflib(Path(atlas), texts)
    else:
        print(f"unknown child kind {kind!r}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
