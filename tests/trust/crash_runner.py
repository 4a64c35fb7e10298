"""Kill a build at every file-system step it takes; report the store after each kill.

Run as a script (the reliability suite does): ``python crash_runner.py STORE ATLAS_A ATLAS_B``.
It builds the two reference stores, then, for step 1, 2, ... forks a child that builds the
atlas the store does not hold yet (A or B, alternately) and sends itself SIGKILL just before
its n-th file-system change (mkdir, create, rename, replace, symlink, unlink, rmtree). After
each child, another child takes a snapshot of the store (graph -> digest) so that this process
never opens a database itself and forks safely. It stops at the first step the build survives
and prints one JSON line per step.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sys
import tempfile
from pathlib import Path


def _in_child(work, *args) -> int:
    """Run *work* in a forked child; its exit status (or -signal)."""
    pid = os.fork()
    if pid == 0:  # the child
        try:
            work(*args)
        except BaseException as exc:  # report, never return into the parent's loop
            print(f"child failed: {exc!r}", file=sys.stderr)
            os._exit(3)
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    return -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)


def _build(store: Path, atlas: Path, crash_at: int) -> None:
    from medatlas.build import build

    if crash_at:
        count = [0]

        def crashing(fn, only_create: bool = False):
            def wrapper(*a, **k):
                flags = a[1] if len(a) > 1 else k.get("flags", 0)
                if not only_create or flags & os.O_CREAT:
                    count[0] += 1
                    if count[0] == crash_at:
                        os.kill(os.getpid(), signal.SIGKILL)
                return fn(*a, **k)

            return wrapper

        for name in ("replace", "rename", "symlink", "unlink", "mkdir", "rmdir"):
            setattr(os, name, crashing(getattr(os, name)))
        os.open = crashing(os.open, only_create=True)
        shutil.rmtree = crashing(shutil.rmtree)
    store_, _ = build(store, atlas_dir=atlas, validate=False)
    store_.close()


def _snapshot(store: Path, out: Path) -> None:
    from trust_support import snapshot

    out.write_text(json.dumps(snapshot(store)), encoding="utf-8")


def main(store: Path, atlas_a: Path, atlas_b: Path) -> None:
    import medatlas.build  # noqa: F401  (imported once, before forking)

    tmp = Path(tempfile.mkdtemp(prefix="crash-runner-"))
    snap = tmp / "snapshot.json"

    def snapshot_of(path: Path) -> dict:
        status = _in_child(_snapshot, path, snap)
        return json.loads(snap.read_text("utf-8")) if status == 0 else {"error": status}

    refs = {}
    for name, atlas in (("A", atlas_a), ("B", atlas_b)):
        assert _in_child(_build, tmp / f"ref-{name}", atlas, 0) == 0
        refs[name] = snapshot_of(tmp / f"ref-{name}")
    assert _in_child(_build, store, atlas_a, 0) == 0
    step = 0
    while True:
        step += 1
        held = "A" if snapshot_of(store) == refs["A"] else "B"
        target = "B" if held == "A" else "A"
        status = _in_child(_build, store, atlas_a if target == "A" else atlas_b, step)
        after = snapshot_of(store)
        state = "previous" if after == refs[held] else "new" if after == refs[target] else "other"
        print(
            json.dumps({"step": step, "status": status, "state": state, "held": held}),
            flush=True,
        )
        if status != -signal.SIGKILL or step > 200:
            break
    # a normal build after the last kill cleans up and succeeds
    status = _in_child(_build, store, atlas_a, 0)
    print(json.dumps({"final": status, "state": "A" if snapshot_of(store) == refs["A"] else "?"}))
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
