"""Readers during builds: every query answers, and always with the counts of a complete build."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from medatlas.build import build

HERE = Path(__file__).parent
READERS = {"reopen": 3, "hold": 1}
BUILDS = 4
COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


def _counts(path: Path, docs: list[Path]) -> dict[str, int]:
    """Build *path* with the reports of *docs* only (dropping those it held) and count it."""
    held = ["weekly.md", "brief.txt"] if not docs and path.exists() else []
    store, _ = build(path, docs=docs, remove=held, validate=False)
    try:
        return {row["g"].value: int(row["n"].value) for row in store.query(COUNTS, union=False)}
    finally:
        store.close()


def test_readers_see_one_complete_build_while_builds_replace_the_store(
    tmp_path: Path, report_folder: Path, tally
) -> None:
    store, stop = tmp_path / "store", tmp_path / "stop"
    inputs = {"atlas": [], "atlas+reports": [report_folder]}
    expected = {name: _counts(tmp_path / f"ref-{name}", docs) for name, docs in inputs.items()}
    assert expected["atlas"] != expected["atlas+reports"]
    first = _counts(store, inputs["atlas"])
    assert first == expected["atlas"]
    readers = {
        (mode, i): subprocess.Popen(
            [sys.executable, str(HERE / "reader_loop.py"), str(store), str(stop), mode],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for mode, n in READERS.items()
        for i in range(n)
    }
    try:
        time.sleep(1.0)  # let every reader open the first generation
        order = ["atlas+reports", "atlas"] * (BUILDS // 2)
        for name in order:
            assert _counts(store, inputs[name]) == expected[name]
        held_first = tmp_path / ".store.gen-1"
        assert held_first.is_dir(), "the generation a reader holds is not deleted under it"
    finally:
        stop.touch()
        outputs = {key: proc.communicate(timeout=60) for key, proc in readers.items()}
    answers: dict[tuple[str, int], list[dict]] = {
        key: [json.loads(line) for line in out.splitlines()] for key, (out, _) in outputs.items()
    }
    for key, (_, err) in outputs.items():
        assert readers[key].returncode == 0, err[-2000:]
    errors = [a for rows in answers.values() for a in rows if "error" in a]
    assert errors == [], errors[:5]
    complete = [expected["atlas"], expected["atlas+reports"]]
    torn = [a for rows in answers.values() for a in rows if a not in complete]
    assert torn == [], torn[:3]
    for (mode, i), rows in answers.items():
        assert rows, f"reader {mode}-{i} never answered"
        if mode == "hold":  # one handle across every build: its snapshot never changes
            assert all(a == expected["atlas"] for a in rows)
        else:  # reopening, it sees the builds land
            assert {json.dumps(a, sort_keys=True) for a in rows} == {
                json.dumps(c, sort_keys=True) for c in complete
            }
    build(store, validate=False)[0].close()  # no reader left: old generations go
    assert sorted(p.name for p in tmp_path.glob(".store.*")) == [
        f".store.gen-{BUILDS + 2}",
        f".store.gen-{BUILDS + 2}.lock",
    ]
    queries = sum(len(rows) for rows in answers.values())
    tally.record("Concurrency", "reader processes during builds", len(readers))
    tally.record("Concurrency", "queries answered during builds", queries)
    tally.record("Concurrency", "builds replacing the store under the readers", BUILDS)
    tally.check("queries that failed or saw a half-built store", len(errors) + len(torn))
