"""The Markdown tables of the scale benchmark (results/scale.md), from its JSON results."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = ["render_markdown", "targets"]


def _get(data: Any, *path: str | int) -> Any:
    for key in path:
        if isinstance(data, dict):
            data = data.get(key)  # type: ignore[arg-type]
        elif isinstance(data, list) and isinstance(key, int) and -len(data) <= key < len(data):
            data = data[key]
        else:
            return None
    return data


def _s(value: Any, digits: int = 2) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _table(head: Iterable[str], rows: Iterable[Iterable[Any]]) -> list[str]:
    head = list(head)
    lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    lines += ["| " + " | ".join(_s(c) for c in row) + " |" for row in rows]
    return lines


def _result(payload: dict[str, Any], section: str) -> Any:
    return _get(payload, "sections", section, "result")


def _latency(item: Any) -> str:
    if not isinstance(item, dict):
        return "–"
    if "timeout" in item:
        return f"> {item['timeout']:.0f} s (stopped)"
    if "timeout_s" in item:
        return f"> {item['timeout_s']:.0f} s (stopped)"
    if "error" in item:
        return "error: " + str(item["error"])[:60]
    if "skipped" in item:
        return "not run (" + str(item["skipped"]) + ")"
    if "p50_ms" in item:
        return f"{item['p50_ms']:.0f} / {item['p95_ms']:.0f} ms ({item['runs']} runs)"
    if "ms" in item:
        return f"{item['ms']:.0f} ms (1 run)"
    return "–"


def targets(payload: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(target, measured, met or not and by how much, what the figure is) for each target."""
    out = []
    builds = _result(payload, "build") or {}
    two = _get(builds, "1000", "two_processes", "median_s")
    out.append(
        _target("1,000 reports built with 2 processes", two, 60.0, "s", "no SHACL validation")
    )
    growth = [
        _get(_result(payload, "extraction"), f"linearity_{lang}", "growth") for lang in ("zh", "en")
    ]
    steps = [(v, k) for g in growth if g for k, v in g.items() if v]
    worst, step = max(steps, default=(None, ""))
    out.append(
        (
            "extraction linear in the corpus",
            f"worst step: {step}, {_s(worst)}" if worst else "–",
            "met" if worst is not None and worst <= 1.3 else "not met" if worst else "not run",
            "(time ratio) / (size ratio), one document of 1 vs 10 reports; 1.0 is linear",
        )
    )
    store = _get(_result(payload, "store"), "1000000", "medatlas-memory") or {}
    for fmt in ("turtle", "trig"):
        out.append(
            _target(
                f"{fmt.capitalize()} export of 1M triples",
                _get(store, f"{fmt}_s", "median_s"),
                1.5,
                "s",
                "medatlas.graph.export.serialize",
            )
        )
    queries = _result(payload, "queries") or {}
    embedded = queries.get("embedded") or {}
    p50 = [v.get("p50_ms") for v in embedded.values() if isinstance(v, dict)]
    stopped = sum(1 for v in embedded.values() if isinstance(v, dict) and "timeout" in v)
    if embedded and _get(queries, "triples") == 1_000_000:
        worst_ms = max((v for v in p50 if v is not None), default=None)
        slow = sum(1 for v in p50 if v is not None and v >= 100) + stopped
        out.append(
            (
                "every named question < 100 ms p50 at 1M (embedded)",
                f"{len(p50) - slow} of {len(embedded)} cases; slowest {_s(worst_ms, 0)} ms"
                + (f", {stopped} stopped" if stopped else ""),
                "met" if slow == 0 else f"not met ({slow} cases)",
                "on-disk store opened read-only, medatlas.queries.library.run",
            )
        )
    views = _result(payload, "views") or {}
    five = next((r for r in views.get("sizes", []) if r.get("max_nodes") == 5000), None)
    if five:
        out.append(
            _target(
                "5,000-node view written",
                _get(five, "build_and_write_s", "median_s"),
                2.0,
                "s",
                "landscape + HTML; reading the store first adds "
                f"{_s(_get(views, 'read_s', 'median_s'))} s",
            )
        )
    memory = _result(payload, "memory") or {}
    for key, note in (("unvalidated", "no SHACL"), ("validated", "with SHACL validation")):
        item = memory.get(key) or {}
        peak = item.get("peak_tree_rss_mb") or item.get("peak_rss_mb")
        if peak:
            out.append(
                _target(
                    "peak memory of a 1M-triple build",
                    peak / 1024,
                    2.0,
                    "GB",
                    f"{item.get('triples')} triples, {note}, 2 processes, all processes summed",
                )
            )
    return out


def _target(name: str, value: float | None, limit: float, unit: str, note: str) -> tuple:
    if value is None:
        return (f"{name} < {limit:g} {unit}", "–", "not run", note)
    verdict = "met" if value < limit else f"not met ({value / limit:.1f}x the target)"
    return (f"{name} < {limit:g} {unit}", f"{value:.2f} {unit}", verdict, note)


def _builds(payload: dict[str, Any]) -> list[str]:
    builds = _result(payload, "build") or {}
    rows = []
    for docs, row in builds.items():
        if not isinstance(row, dict) or not docs.isdigit():
            continue
        one, two, naive = (
            row.get("one_process", {}),
            row.get("two_processes", {}),
            row.get("naive_per_document", {}),
        )
        rows.append(
            (
                docs,
                _get(two, "mb") or _get(one, "mb"),
                _get(one, "triples") or _get(two, "triples"),
                f"{_s(one.get('median_s'))} s · {_s(one.get('docs_per_s'))} docs/s · "
                f"{_s(one.get('mb_per_s'), 3)} MB/s"
                if one.get("median_s")
                else _latency(one),
                f"{_s(two.get('median_s'))} s · {_s(two.get('docs_per_s'))} docs/s · "
                f"{_s(two.get('mb_per_s'), 3)} MB/s"
                if two.get("median_s")
                else _latency(two),
                _s(row.get("two_vs_one"), 1) + "x",
                f"{_s(naive.get('median_s'))} s ({_s(row.get('one_vs_naive'), 1)}x)"
                if naive.get("median_s")
                else "–",
                f"{_s(one.get('peak_rss_mb'), 0)} / "
                f"{_s(two.get('peak_tree_rss_mb') or two.get('peak_rss_mb'), 0)} MB",
                f"{one.get('runs', '–')} / {two.get('runs', '–')}",
            )
        )
    lines = _table(
        (
            "Reports",
            "MB",
            "Triples",
            "1 process",
            "2 processes",
            "2 vs 1",
            "Naive per-document pass (1 vs naive)",
            "Peak RSS 1 proc / 2 procs (all processes)",
            "Runs",
        ),
        rows,
    )
    memory = _result(payload, "memory") or {}
    for key, note in (("unvalidated", "without"), ("validated", "with")):
        item = memory.get(key)
        if isinstance(item, dict) and item.get("median_s"):
            lines += [
                "",
                f"A build of {item.get('documents')} reports ({item.get('triples')} triples), "
                f"2 processes, {note} SHACL validation: {_s(item.get('median_s'))} s, peak RSS "
                f"{_s(item.get('peak_tree_rss_mb') or item.get('peak_rss_mb'), 0)} MB "
                f"(all processes; the build process alone {_s(item.get('peak_rss_mb'), 0)} MB).",
            ]
    return lines


def _extraction(payload: dict[str, Any]) -> list[str]:
    ex = _result(payload, "extraction") or {}
    rows = []
    for key in ("corpus", "generated"):
        item = ex.get(key)
        if isinstance(item, dict) and "mb_per_s" in item:
            speed = item["mb_per_s"]
            rows.append(
                (
                    item["label"],
                    item["mb"],
                    *(
                        speed.get(s)
                        for s in ("gazetteer", "discover", "merge", "relations", "figures")
                    ),
                    item.get("total_mb_per_s"),
                )
            )
    lines = _table(
        ("Documents", "MB", "gazetteer", "discovery", "merge", "relations", "figures", "all"),
        rows,
    )
    lines.insert(0, "MB/s of text per step (one process):")
    lines.insert(1, "")
    grow = []
    for lang in ("zh", "en"):
        item = ex.get(f"linearity_{lang}")
        if isinstance(item, dict):
            g = item["growth"]
            grow.append(
                (
                    lang,
                    f"{item['small_kb']} → {item['big_kb']} KB",
                    *(g.get(s) for s in ("gazetteer", "discover", "merge", "relations", "figures")),
                )
            )
    if grow:
        lines += ["", "Growth (time ratio / size ratio; 1.0 is linear) from one report to ten:", ""]
        lines += _table(
            ("Language", "Size", "gazetteer", "discovery", "merge", "relations", "figures"), grow
        )
    gz = ex.get("gazetteer_vs_regex")
    if isinstance(gz, dict) and "aho_corasick" in gz:
        lines += [
            "",
            f"Known names, {gz['names']} names over {gz['mb']} MB: Aho-Corasick gazetteer "
            f"{gz['aho_corasick']['mb_per_s']} MB/s, plain `re` alternation "
            f"{gz['regex']['mb_per_s']} MB/s ({gz['speedup']}x).",
        ]
    return lines


def _store(payload: dict[str, Any]) -> list[str]:
    st = _result(payload, "store") or {}
    rows = []
    for triples, row in st.items():
        if not isinstance(row, dict):
            continue
        mem, disk, rdf = (row.get(k) or {} for k in ("medatlas-memory", "medatlas-disk", "rdflib"))
        rows.append(
            (
                triples,
                f"{_s(mem.get('load_s'))} s",
                f"{_s(disk.get('load_s'))} s",
                f"{_s(rdf.get('load_s'))} s" if rdf else "–",
                _ratio(rdf.get("load_s"), mem.get("load_s")),
                f"{_s(_get(mem, 'turtle_s', 'median_s'))} s",
                f"{_s(_get(rdf, 'turtle_s', 'median_s'))} s" if rdf else "–",
                _ratio(_get(rdf, "turtle_s", "median_s"), _get(mem, "turtle_s", "median_s")),
                f"{_s(_get(mem, 'trig_s', 'median_s'))} s",
                f"{_s(_get(rdf, 'trig_s', 'median_s'))} s" if rdf else "–",
                _ratio(_get(rdf, "trig_s", "median_s"), _get(mem, "trig_s", "median_s")),
                f"{_s(mem.get('peak_rss_mb'), 0)} / {_s(disk.get('peak_rss_mb'), 0)} / "
                f"{_s(rdf.get('peak_rss_mb'), 0)} MB",
            )
        )
    return _table(
        (
            "Quads",
            "Load (medatlas, memory)",
            "Load (disk, bulk)",
            "Load (rdflib)",
            "rdflib / medatlas",
            "Turtle (medatlas)",
            "Turtle (rdflib)",
            "ratio",
            "TriG (medatlas)",
            "TriG (rdflib)",
            "ratio",
            "Peak RSS memory / disk / rdflib",
        ),
        rows,
    )


def _ratio(slow: Any, fast: Any) -> str:
    if not slow or not fast:
        return "–"
    return f"{slow / fast:.1f}x"


def _queries(payload: dict[str, Any]) -> list[str]:
    q = _result(payload, "queries") or {}
    embedded, server, union, rdf = (
        q.get(k) or {} for k in ("embedded", "server", "server_union", "rdflib")
    )
    rows = []
    for key in embedded:
        e, r = embedded.get(key) or {}, rdf.get(key) or {}
        slow = r.get("ms") or (r.get("timeout_s", 0) * 1000 or None)
        speed = _ratio(slow, e.get("p50_ms"))
        if r.get("timeout_s") and speed != "–":
            speed = "≥ " + speed
        rows.append(
            (
                key,
                _latency(e),
                _latency(server.get(key)),
                _latency(union.get(key)),
                _latency(r),
                speed,
            )
        )
    lines = [
        f"{q.get('triples')} quads; p50 / p95 over the runs shown; the server is `oxigraph serve`"
        f" on 127.0.0.1 (loaded in {q.get('server_load_s')} s); rdflib loaded in "
        f"{rdf.get('_load_s')} s and ran each case once.",
        "",
    ]
    return lines + _table(
        (
            "Question.case",
            "Embedded (disk)",
            "Server, graphs listed (RemoteStore)",
            "Server, its union graph",
            "rdflib (memory)",
            "rdflib / embedded",
        ),
        rows,
    )


def _views(payload: dict[str, Any]) -> list[str]:
    v = _result(payload, "views") or {}
    if "skipped" in v:
        return [f"Not run: {v['skipped']}."]
    rows = [
        (
            r["max_nodes"],
            r["nodes"],
            r["edges"],
            f"{_s(_get(r, 'build_and_write_s', 'median_s'))} s",
            f"{_s(r.get('with_read_s'))} s",
            f"{_s(r.get('pyvis_s'))} s" if r.get("pyvis_s") is not None else "not run",
            f"{r['html_mb']} MB",
        )
        for r in v.get("sizes", [])
    ]
    head = (
        f"Store of {v.get('nodes_in_store')} nodes, {v.get('edges_in_store')} edges; reading it "
        f"(load_graph) takes {_s(_get(v, 'read_s', 'median_s'))} s."
    )
    return [
        head,
        "",
        *_table(
            (
                "Max nodes",
                "Nodes",
                "Edges",
                "Build + write",
                "With the read",
                "pyvis from_nx + write_html",
                "HTML",
            ),
            rows,
        ),
    ]


def render_markdown(payload: dict[str, Any]) -> str:
    """The tables for the README: targets, builds, extraction, store, questions, views."""
    m = payload.get("machine", {})
    out = [
        "# Scale benchmark",
        "",
        f"Generated by `python -m benchmarks.run` ({payload.get('mode')} mode, seed "
        f"{payload.get('seed')}, {payload.get('seconds')} s) on {m.get('cpus')} cores, Python "
        f"{m.get('python')}, pyoxigraph {m.get('pyoxigraph')}, rdflib {m.get('rdflib')}. "
        "Load average before each section: "
        + ", ".join(
            f"{name} {sec.get('load_before')}" for name, sec in payload.get("sections", {}).items()
        )
        + " (above 2, other work shared the cores).",
        "",
        "## Targets",
        "",
        *_table(("Target", "Measured", "Verdict", "Figure"), targets(payload)),
        "",
        "## Build throughput",
        "",
        *_builds(payload),
        "",
        "## Extraction",
        "",
        *_extraction(payload),
        "",
        "## Store load and export",
        "",
        *_store(payload),
        "",
        "## Named questions",
        "",
        *_queries(payload),
        "",
        "## Views",
        "",
        *_views(payload),
    ]
    errors = [
        f"- {name}: {sec['result']['error']}"
        for name, sec in payload.get("sections", {}).items()
        if isinstance(sec.get("result"), dict) and "error" in sec["result"]
    ]
    if errors:
        out += ["", "## Sections that failed", "", *errors]
    return "\n".join(out) + "\n"
