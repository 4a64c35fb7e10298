"""Extraction speed, step by step: gazetteer, entity discovery, relations, figures.

Per-step throughput (MB/s of UTF-8 text) on the corpus reports and on generated ones; whether
the cost grows linearly (one document made of 1 and of 10 distinct reports); and the known-name
step side by side with what a user would write first, a plain ``re`` alternation of every name.
"""

from __future__ import annotations

import re
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from benchmarks.bench_timing import measure, ratio

__all__ = ["gazetteer_vs_regex", "linearity", "step_throughput"]

STEPS = ("gazetteer", "discover", "relations", "figures")


def _warm() -> Any:
    """The default extraction steps, with jieba and the vocabularies loaded."""
    from medatlas.loaders.pipeline import Extractors
    from medatlas.loaders.readers.text import read_text

    steps = Extractors.default()
    doc = read_text(
        Path("warm.txt"),
        "星衡医疗与北京协和医院合作，发布《关于促进数字健康发展的指导意见》。".encode(),
    )
    steps.discover(doc, [])
    steps.relate(doc, [])
    steps.measure(doc, [])
    return steps


def _steps_on(documents: list, gazetteer: Any, steps: Any) -> dict[str, float]:
    """Seconds each step takes over *documents* (one pass, steps fed as the pipeline feeds them)."""
    from medatlas.loaders.pipeline import _merge_mentions

    seconds = dict.fromkeys((*STEPS, "merge"), 0.0)
    for doc in documents:
        t0 = time.perf_counter()
        known = gazetteer.find(doc.text)
        t1 = time.perf_counter()
        found = steps.discover(doc, known)
        t2 = time.perf_counter()
        mentions = _merge_mentions(known, found)
        t3 = time.perf_counter()
        steps.relate(doc, mentions)
        t4 = time.perf_counter()
        steps.measure(doc, mentions)
        t5 = time.perf_counter()
        for step, dt in zip(
            ("gazetteer", "discover", "merge", "relations", "figures"),
            (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4),
            strict=True,
        ):
            seconds[step] += dt
    return seconds


def step_throughput(paths: list[Path], *, label: str) -> dict[str, Any]:
    """MB/s of each extraction step over the documents at *paths* (read once, in advance)."""
    from medatlas.loaders.extract.gazetteer import atlas_gazetteer
    from medatlas.loaders.readers import read_document

    steps = _warm()
    gazetteer = atlas_gazetteer()
    documents = [read_document(p) for p in paths]
    mb = sum(len(d.text.encode("utf-8")) for d in documents) / 1e6
    seconds = _steps_on(documents, gazetteer, steps)
    total = sum(seconds.values())
    return {
        "label": label,
        "documents": len(documents),
        "mb": round(mb, 3),
        "seconds": {k: round(v, 3) for k, v in seconds.items()},
        "mb_per_s": {k: round(mb / v, 3) if v else None for k, v in seconds.items()},
        "total_mb_per_s": round(mb / total, 3) if total else None,
    }


def _concatenated(documents: list) -> Any:
    """One document made of several, blocks shifted to their new offsets."""
    texts, blocks, offset = [], [], 0
    for doc in documents:
        blocks += [replace(b, start=b.start + offset, end=b.end + offset) for b in doc.blocks]
        texts.append(doc.text)
        offset += len(doc.text) + 2
    return replace(documents[0], text="\n\n".join(texts), blocks=tuple(blocks))


def linearity(paths: list[Path], *, factor: int = 10) -> dict[str, Any]:
    """Step times on one report and on one document made of *factor* distinct reports.

    ``growth`` is (time ratio) / (size ratio) per step: 1.0 is linear, 2.0 is twice as bad.
    """
    from medatlas.loaders.extract.gazetteer import atlas_gazetteer
    from medatlas.loaders.readers import read_document

    steps = _warm()
    gazetteer = atlas_gazetteer()
    documents = [read_document(p) for p in paths[:factor]]
    small, big = documents[0], _concatenated(documents)
    t_small = _steps_on([small], gazetteer, steps)
    t_big = _steps_on([big], gazetteer, steps)
    size = len(big.text) / len(small.text)
    return {
        "small_kb": round(len(small.text.encode()) / 1e3, 1),
        "big_kb": round(len(big.text.encode()) / 1e3, 1),
        "size_ratio": round(size, 2),
        "small_s": {k: round(v, 3) for k, v in t_small.items()},
        "big_s": {k: round(v, 3) for k, v in t_big.items()},
        "growth": {
            k: round((t_big[k] / t_small[k]) / size, 2) if t_small[k] > 0.001 else None
            for k in t_small
        },
    }


def _regex_of(names: list[str]) -> re.Pattern[str]:
    """The plain alternation a user writes first: every name, longest first, escaped."""
    ordered = sorted({n for n in names if len(n) >= 2}, key=lambda n: (-len(n), n))
    return re.compile("|".join(re.escape(n) for n in ordered))


def gazetteer_vs_regex(paths: list[Path], *, names: int, seed: int, runs: int) -> dict[str, Any]:
    """Known names found by the Aho-Corasick gazetteer and by a ``re`` alternation.

    The names are the curated atlas's plus, to reach *names*, the synthetic companies,
    products, hospitals and policies of the generator (the size a grown atlas reaches).
    """
    from benchmarks.generate import Names
    from medatlas.loaders.extract.gazetteer import (
        Gazetteer,
        GazetteerEntry,
        atlas_gazetteer,
        fold,
    )
    from medatlas.loaders.readers import read_document

    pools = Names.of(seed)
    extra = [
        *pools.companies_zh,
        *pools.companies_en,
        *pools.products_zh,
        *pools.products_en,
        *pools.hospitals_zh,
        *pools.hospitals_en,
        *pools.investors_zh,
        *pools.investors_en,
        *pools.policies_zh,
        *pools.policies_en,
    ][: max(0, names)]
    entries = [GazetteerEntry(f"urn:x:{i}", "Company", (n,)) for i, n in enumerate(extra)]
    texts = [read_document(p).text for p in paths]
    mb = sum(len(t.encode()) for t in texts) / 1e6
    base = atlas_gazetteer()
    t_build = time.perf_counter()
    big = Gazetteer(entries)
    build_s = time.perf_counter() - t_build
    t_build = time.perf_counter()
    pattern = _regex_of([fold(n) for n in extra])
    regex_build_s = time.perf_counter() - t_build
    ac = measure(lambda: [m for t in texts for m in big.find(t)], runs=runs)
    rx = measure(lambda: [m for t in texts for m in pattern.finditer(fold(t))], runs=runs)
    atlas_ac = measure(lambda: [m for t in texts for m in base.find(t)], runs=runs)
    return {
        "names": len(extra),
        "mb": round(mb, 3),
        "aho_corasick": {
            **ac.as_dict(),
            "mb_per_s": round(mb / ac.median, 2),
            "build_s": round(build_s, 3),
        },
        "regex": {
            **rx.as_dict(),
            "mb_per_s": round(mb / rx.median, 2),
            "build_s": round(regex_build_s, 3),
        },
        "atlas_gazetteer": {**atlas_ac.as_dict(), "mb_per_s": round(mb / atlas_ac.median, 2)},
        "speedup": ratio(rx.median, ac.median),
    }
