"""What every scale benchmark shares: medians of repeated runs, percentiles, memory, the machine.

These machines are noisy (other work shares the two cores), so every figure is a median of
several runs, taken side by side with its alternative in the same run, and each result
records the load average before it started.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import threading
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "ROOT",
    "Timing",
    "child",
    "load_average",
    "machine",
    "measure",
    "peak_rss_mb",
    "percentile",
    "ratio",
    "run_child",
]

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Timing:
    """Seconds of each run, and what the last run returned."""

    seconds: tuple[float, ...]
    value: Any = None

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    def as_dict(self) -> dict[str, Any]:
        return {
            "median_s": round(self.median, 4),
            "runs": len(self.seconds),
            "min_s": round(min(self.seconds), 4),
            "max_s": round(max(self.seconds), 4),
        }


def measure(fn: Callable[[], Any], *, runs: int = 3, warmup: int = 0) -> Timing:
    """Run *fn* ``warmup + runs`` times; the seconds of the last *runs*."""
    value = None
    for _ in range(warmup):
        value = fn()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        value = fn()
        times.append(time.perf_counter() - started)
    return Timing(tuple(times), value)


def percentile(values: Sequence[float], pct: float) -> float:
    """The *pct* percentile of *values* (nearest rank; the largest for 95 of a few runs)."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * pct // 100))
    return ordered[int(rank) - 1]


def ratio(slow: float | None, fast: float | None) -> float | None:
    """How many times faster *fast* is than *slow* (None when either is missing)."""
    if not slow or not fast:
        return None
    return round(slow / fast, 1)


def peak_rss_mb() -> float:
    """The peak resident memory of this process so far, in MB (Linux reports KiB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def load_average() -> float:
    """The 1-minute load average: above the core count, other work was competing."""
    return round(os.getloadavg()[0], 2)


def machine() -> dict[str, Any]:
    """The machine the figures come from."""
    import pyoxigraph
    import rdflib

    return {
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "pyoxigraph": pyoxigraph.__version__,
        "rdflib": rdflib.__version__,
    }


def run_child(module: str, args: Sequence[str], *, timeout: float) -> dict[str, Any]:
    """Run ``python -m <module> --child <args>`` and return the JSON it prints last.

    A measurement in its own process gets its own peak memory, and a runaway one can be
    stopped: past *timeout* seconds the child is killed and ``{"timeout": timeout}`` returned.
    """
    command = [sys.executable, "-m", module, "--child", *args]
    proc = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return {"timeout": timeout}
    lines = [line for line in out.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        tail = (err or out).strip().splitlines()[-5:]
        return {"error": f"exit {proc.returncode}: " + " | ".join(tail)}
    return json.loads(lines[-1])


def _tree_rss_kb(root: int) -> int:
    """Resident memory (KiB) of process *root* and every process under it (Linux /proc)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            status = (entry / "status").read_text()
        except OSError:
            continue  # the process ended meanwhile
        parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
        rss[int(entry.name)] = next(
            (int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")),
            0,
        )
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo += [p for p, parent in parents.items() if parent == pid]
    return total


class _TreeSampler(threading.Thread):
    """Samples the resident memory of this process and all it started (workers of a parallel
    build are grandchildren, which ``RUSAGE_CHILDREN`` never sees) every *interval* seconds."""

    def __init__(self, interval: float = 0.25) -> None:
        super().__init__(daemon=True)
        self.interval = interval
        self.peak_kb = 0
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            self.peak_kb = max(self.peak_kb, _tree_rss_kb(os.getpid()))
            self._halt.wait(self.interval)

    def stop(self) -> float:
        self._halt.set()
        self.join()
        return round(self.peak_kb / 1024, 1)


def child(fn: Callable[[], dict[str, Any]], *, trace: bool = False) -> None:
    """The child side of :func:`run_child`: print *fn*'s result with this process's memory.

    ``peak_rss_mb`` is this process's own peak; ``peak_tree_rss_mb`` the largest sum seen over
    it and every process it started (sampled, so a very short peak can be missed).
    """
    if trace:
        tracemalloc.start()
    sampler = _TreeSampler() if Path("/proc/self/stat").exists() else None
    if sampler is not None:
        sampler.start()
    result = fn()
    result["peak_rss_mb"] = peak_rss_mb()
    if sampler is not None:
        result["peak_tree_rss_mb"] = max(sampler.stop(), result["peak_rss_mb"])
    if trace:
        result["python_heap_peak_mb"] = round(tracemalloc.get_traced_memory()[1] / 2**20, 1)
        tracemalloc.stop()
    print(json.dumps(result, ensure_ascii=False), flush=True)
