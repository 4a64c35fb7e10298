"""Faults: builds killed at any moment, a second writer, the store's on-disk layout."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from trust_support import MEDATLAS, snapshot

from medatlas.build import build
from medatlas.cli import main
from medatlas.errors import StoreError
from medatlas.graph.iris import GRAPH
from medatlas.graph.store import AtlasStore, Generations, writer_lock

HERE = Path(__file__).parent
SEED = 20251122
RANDOM_KILLS = 6
REPORTS = ("weekly.md", "brief.txt")  # the files of the report_folder fixture


def _layout(store: Path) -> list[str]:
    """What lies beside the store, its symlink's generation named gen-N."""
    active = os.readlink(store)
    assert active.startswith(f".{store.name}.gen-"), active
    names = [p.name for p in store.parent.iterdir() if p.name.startswith(f".{store.name}.")]
    return sorted(n.replace(active, "gen-N") for n in names)


def test_a_build_killed_at_every_file_system_step_leaves_a_whole_store(
    tmp_path: Path, tiny_atlases: tuple[Path, Path], tally
) -> None:
    store = tmp_path / "store"
    run = subprocess.run(
        [sys.executable, str(HERE / "crash_runner.py"), str(store), *map(str, tiny_atlases)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    rows = [json.loads(line) for line in run.stdout.splitlines()]
    steps = [r for r in rows if "step" in r]
    killed = [r for r in steps if r["status"] == -signal.SIGKILL]
    assert len(killed) >= 10, steps
    broken = [r for r in steps if r["state"] not in ("previous", "new")]
    assert broken == [], broken
    # kills landed both before the switch to the new generation and after it
    assert {r["state"] for r in killed} == {"previous", "new"}
    assert steps[-1]["status"] == 0 and steps[-1]["state"] == "new"
    assert rows[-1] == {"final": 0, "state": "A"}, "a normal build afterwards succeeds"
    assert _layout(store) == ["gen-N", "gen-N.lock"], "leftovers are cleaned"
    tally.record("Interrupted builds", "kill -9 at each file-system step of a build", len(killed))
    tally.check(
        "interrupted builds that left a store other than the previous or new one", len(broken)
    )


def _cli_build(store: Path, out: Path, docs: Path | None) -> list[str]:
    """``medatlas build`` adding the reports of *docs*, or ``medatlas remove`` of them."""
    if docs is None and store.exists():
        return [*MEDATLAS, "remove", "--store", str(store), "--out", str(out), *REPORTS]
    args = [*MEDATLAS, "build", "--store", str(store), "--out", str(out), "--no-validate"]
    return args + (["--docs", str(docs)] if docs else [])


def test_medatlas_build_killed_at_random_moments_leaves_a_whole_store(
    tmp_path: Path, report_folder: Path, tally
) -> None:
    """SIGKILL ``medatlas build`` (a subprocess) at seeded random moments."""
    rng = random.Random(SEED)
    configs = {"atlas": None, "atlas+reports": report_folder}
    refs, seconds = {}, {}
    for name, docs in configs.items():
        started = time.perf_counter()
        subprocess.run(_cli_build(tmp_path / name, tmp_path / "ref-out", docs), check=True)
        seconds[name] = time.perf_counter() - started
        refs[name] = snapshot(tmp_path / name)
    assert any(g.startswith(GRAPH + "doc/") for g in refs["atlas+reports"])
    store, out = tmp_path / "store", tmp_path / "out"
    subprocess.run(_cli_build(store, out, None), check=True)
    held = "atlas"
    outcomes, partial = [], 0
    for _ in range(RANDOM_KILLS):
        target = "atlas" if held == "atlas+reports" else "atlas+reports"
        wait = rng.uniform(0.1, seconds[target] * 1.1)
        proc = subprocess.Popen(
            _cli_build(store, out, configs[target]),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(wait)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        after = snapshot(store)
        state = "previous" if after == refs[held] else "new" if after == refs[target] else "other"
        outcomes.append((round(wait, 2), proc.returncode, state))
        partial += sum(
            1
            for g, digest in after.items()
            if g.startswith(GRAPH + "doc/")
            and digest not in (refs[held].get(g), refs[target].get(g))
        )
        assert state != "other", outcomes
        if state == "new":
            held = target
    assert any(code == -signal.SIGKILL for _, code, _ in outcomes)
    final = subprocess.run(_cli_build(store, out, report_folder), capture_output=True, check=False)
    assert final.returncode == 0, final.stderr
    assert snapshot(store) == refs["atlas+reports"]
    assert _layout(store) == ["gen-N", "gen-N.lock"]
    interrupted = sum(1 for _, code, _ in outcomes if code == -signal.SIGKILL)
    section = "Interrupted builds"
    tally.record(
        section, "`medatlas build` runs sent SIGKILL at seeded random moments", RANDOM_KILLS
    )
    tally.record(section, "of those, runs still building when killed", interrupted)
    assert partial == 0
    tally.check("partial document graphs after a kill", partial)


def test_a_second_writer_is_told_the_store_is_in_use(
    tmp_path: Path, tiny_atlases: tuple[Path, Path], tally
) -> None:
    path = tmp_path / "store"
    build(path, atlas_dir=tiny_atlases[0], validate=False)[0].close()
    before = snapshot(path)
    runner = CliRunner()
    with writer_lock(path):
        for command in (
            ["build", "--store", str(path), "--out", str(tmp_path / "out")],
            ["reason", "--store", str(path), "--engine", "owlrl"],
        ):
            run = runner.invoke(main, command)
            assert run.exit_code == 1, run.output
            assert "store in use" in run.output
            tally.record("Concurrency", "second writers told 'store in use'")
    assert snapshot(path) == before


def test_a_store_of_generations_is_never_opened_for_writing(
    tmp_path: Path, tiny_atlases: tuple[Path, Path]
) -> None:
    path = tmp_path / "store"
    build(path, atlas_dir=tiny_atlases[0], validate=False)[0].close()
    with pytest.raises(StoreError, match="never written in place"):
        AtlasStore(path)
    with pytest.raises(StoreError, match="no store at"):
        AtlasStore(tmp_path / "nothing", read_only=True)


def test_a_store_in_the_older_layout_is_read_and_moved_into_generations(
    tmp_path: Path, tiny_atlases: tuple[Path, Path]
) -> None:
    path = tmp_path / "store"
    old = AtlasStore(path)  # a plain database folder, as stores were before generations
    g = ox.NamedNode(GRAPH + "old")
    old.replace_graph(g.value, [ox.Quad(g, g, ox.Literal("x"), g)])
    old.close()
    reader = AtlasStore(path, read_only=True)
    assert reader.graph_names() == [g.value]
    reader.close()
    build(path, atlas_dir=tiny_atlases[0], validate=False)[0].close()
    assert path.is_symlink()
    assert _layout(path) == ["gen-N", "gen-N.lock"]
    assert g.value not in snapshot(path)
    leftovers = [p.name for p in tmp_path.glob("store.*") if p.name != "store.lock"]
    assert leftovers == [], "no staging or old folder is left"


def test_a_move_from_a_plain_folder_cut_short_is_finished(
    tmp_path: Path, tiny_atlases: tuple[Path, Path]
) -> None:
    """Killed after the plain folder was moved aside, before the symlink was in place."""
    path = tmp_path / "store"
    build(path, atlas_dir=tiny_atlases[1], validate=False)[0].close()
    expected = snapshot(path)
    gen = path.parent / os.readlink(path)
    path.unlink()  # the state between the two renames of the move
    (tmp_path / ".store.old").mkdir()
    assert snapshot(path) == expected  # readers take the newest generation meanwhile
    Generations(path).recover()
    assert path.is_symlink() and path.resolve() == gen.resolve()
    assert not (tmp_path / ".store.old").exists()
    assert snapshot(path) == expected
