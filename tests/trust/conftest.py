"""Fixtures of the reliability suite, and the tally of what it tried.

Every test of ``tests/trust`` records what it tried (bad inputs of each kind, interrupted
builds, concurrent readers and queries) and what was lost (which must be nothing) in the
session's :class:`Tally`. At the end of the run the tally is printed; with
``MEDATLAS_RELIABILITY_REPORT=<file>`` (``python -m tests.trust.summary`` sets it to
``docs/reliability.md``) it is also written there as Markdown, for the README to quote.
"""

from __future__ import annotations

import http.server
import os
import platform
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPORT_ENV = "MEDATLAS_RELIABILITY_REPORT"

# Two short reports of our own (never the corpus): known names, a figure, a relation.
REPORT_ZH = """# 医疗人工智能周报

发布机构：示例咨询
发布日期：2025年6月

联影智能与瑞金医院合作，在影像科部署了肺结节筛查系统。
2024年中国医疗AI市场规模达到120亿元，同比增长25%。
"""
REPORT_EN = """Healthcare AI brief

NVIDIA and Baidu announced a partnership on medical large models in 2025.
The global healthcare AI market reached $20 billion in 2024, up 30% year on year.
"""
TINY_ATLAS = """source: tiny.txt
entities:
  - id: acme-health
    type: Company
    zh: 阿克米健康
    en: Acme Health
    quote: "阿克米健康"
"""
TINY_ATLAS_MORE = (
    TINY_ATLAS
    + """  - id: beta-hospital
    type: Hospital
    zh: 贝塔医院
    en: Beta Hospital
    quote: "贝塔医院"
relations:
  - [acme-health, partnersWith, beta-hospital, "阿克米健康与贝塔医院合作"]
"""
)


@dataclass
class Tally:
    """What the reliability suite tried, and what it lost (which must stay zero)."""

    tried: dict[str, dict[str, int]] = field(default_factory=lambda: defaultdict(dict))
    lost: dict[str, int] = field(default_factory=dict)
    started: float = field(default_factory=time.perf_counter)

    def record(self, section: str, item: str, n: int = 1) -> None:
        """Count *n* more of *item* tried under *section*."""
        self.tried[section][item] = self.tried[section].get(item, 0) + n

    def check(self, what: str, n: int = 0) -> None:
        """Record how many of *what* were lost or broken (the test asserts it is zero)."""
        self.lost[what] = self.lost.get(what, 0) + n

    def markdown(self, *, outcome: str) -> str:
        """The tally as a Markdown section."""
        lines = [
            "# Reliability",
            "",
            "What the reliability suite (`tests/trust`, `python -m tests.trust.summary`) "
            "tried on its last run, and what was lost. The inputs are deterministic (seeded "
            "random kills, derandomised hypothesis); how many kills land mid-run, how many "
            "queries the readers answer and the time depend on the machine "
            f"({platform.machine()}, {os.cpu_count()} cores: "
            f"{time.perf_counter() - self.started:.0f} s for the suite).",
            "",
            f"**Outcome: {outcome}.**",
            "",
        ]
        for section in sorted(self.tried):
            lines += [f"## {section}", "", "| tried | count |", "|---|---:|"]
            for item, n in self.tried[section].items():  # in the order the tests ran
                lines.append(f"| {item} | {n:,} |")
            lines.append("")
        lines += ["## Lost or broken (each must be 0)", "", "| check | count |", "|---|---:|"]
        for what, n in sorted(self.lost.items()):
            lines.append(f"| {what} | {n} |")
        lines.append("")
        lines += [
            "## How",
            "",
            "- Builds write a new generation of the store and switch one symlink (an atomic "
            "rename); readers hold a shared flock on the generation they opened, and old "
            "generations are deleted only under a non-blocking exclusive flock.",
            "- Interrupted builds: `medatlas build` in a subprocess killed with SIGKILL at "
            "seeded random moments, and a build killed at every file-system step it takes; "
            "after each kill the store must be exactly the previous one or the new one, "
            "and the next build must clean up and succeed.",
            "- Concurrent readers: reader processes open the store and count every graph in "
            "a loop while builds alternate between two inputs; every answer must be the "
            "counts of one complete build, and a reader that keeps its handle across builds "
            "must keep seeing its snapshot.",
            "- Hostile input: a `.docx` with XML external entities, an `.html` with remote "
            "resources and `owl:imports` in the data, with a local HTTP server that counts "
            "requests; SPARQL `SERVICE`, `LOAD` and remote `FROM` are refused by default "
            "(`medatlas.queries.safety`).",
            "- Fuzzed loaders (hypothesis): random bytes under every suffix, random Chinese "
            "and English text in random encodings, random tables as TSV, Markdown and HTML; "
            "only a DocumentError may escape, and a build over fuzzed files leaves no graph "
            "for the files that failed.",
            "- Reasoning (`medatlas reason`): HermiT (owlready2, OWL 2 DL) when Java is found, "
            "else the pure-Python OWL 2 RL closure of owlrl, which the output names; at most "
            "2,000 individuals (a deterministic sample beyond, said so), while the clash "
            "checks that explain an inconsistency in words see every individual. Inferred "
            "triples go to the graph `.../graph/inferred`; the next build drops it.",
            "- Conflicting figures (`medatlas conflicts`): figures on the same measure, "
            "subjects, period and unit that differ beyond the tolerance (5% by default); "
            "growth rates that do not match the market sizes they join; the same value "
            "dated differently by two reports. Every figure is listed with its file and "
            "quote; a value the atlas marks `preferred: true` is marked, nothing is merged.",
            "",
        ]
        return "\n".join(lines)


TALLY = Tally()


@pytest.fixture(scope="session")
def tally() -> Tally:
    """The session's tally of what the reliability suite tried."""
    return TALLY


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    """Print the tally, and write it as Markdown when MEDATLAS_RELIABILITY_REPORT names a file."""
    if not TALLY.tried:
        return
    failed = [r for r in terminalreporter.stats.get("failed", []) if "tests/trust" in r.nodeid]
    outcome = "every check passed, nothing lost" if not failed else f"{len(failed)} FAILED"
    text = TALLY.markdown(outcome=outcome)
    terminalreporter.write_sep("=", "reliability summary")
    terminalreporter.write_line(text)
    target = os.environ.get(REPORT_ENV)
    if target:
        Path(target).write_text(text, encoding="utf-8")
        terminalreporter.write_line(f"wrote {target}")


@pytest.fixture()
def report_folder(tmp_path: Path) -> Path:
    """A folder with the two short reports of our own."""
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "weekly.md").write_text(REPORT_ZH, encoding="utf-8")
    (folder / "brief.txt").write_text(REPORT_EN, encoding="utf-8")
    return folder


@pytest.fixture()
def tiny_atlases(tmp_path: Path) -> tuple[Path, Path]:
    """Two small curated atlases (the second with one more entity and a relation)."""
    out = []
    for name, text in (("atlas-a", TINY_ATLAS), ("atlas-b", TINY_ATLAS_MORE)):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "tiny.yaml").write_text(text, encoding="utf-8")
        out.append(folder)
    return out[0], out[1]


class _Counter(http.server.BaseHTTPRequestHandler):
    hits: list[str]

    def do_GET(self) -> None:
        self.hits.append(self.path)
        body = b"<!ENTITY x 'fetched'>" if self.path.endswith(".dtd") else b"fetched"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET

    def log_message(self, *args) -> None:
        pass


@dataclass
class Server:
    """A local HTTP server that records every request it gets."""

    url: str
    hits: list[str]


@pytest.fixture()
def http_server() -> Iterator[Server]:
    """An HTTP server on 127.0.0.1 that counts requests (any request means a leak)."""
    hits: list[str] = []
    handler = type("Handler", (_Counter,), {"hits": hits})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Server(f"http://127.0.0.1:{server.server_address[1]}", hits)
    finally:
        server.shutdown()
        server.server_close()
