"""Run queries on an embedded store with a timeout that really stops them.

pyoxigraph has no per-query timeout and a running query cannot be interrupted from Python, so
:class:`TimedStore` runs each query in a worker process (``python -m
medatlas.queries.worker STORE``) that opens the store read-only. The worker answers in SPARQL
JSON (solutions) or N-Triples (graphs); when a query takes longer than the timeout the worker is
killed, :class:`QueryTimeout` says so, and the next query starts a fresh worker.

>>> # with TimedStore(Path("out/store"), timeout=30) as store:
>>> #     run(store, "deals")
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
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from medatlas.errors import QueryError, StoreError
from medatlas.queries.sparql_text import form_of, with_values

__all__ = ["QueryTimeout", "TimedStore"]

#: seconds a new worker may take to open the store, on top of the query timeout
STARTUP_SECONDS = 60.0


class QueryTimeout(QueryError):
    """A query ran longer than its timeout and was stopped."""


def _encode(answer: Any) -> dict[str, Any]:
    """A query answer as JSON-able data: SPARQL JSON results, N-Triples, or a boolean."""
    if isinstance(answer, ox.QueryBoolean):
        return {"kind": "boolean", "data": bool(answer)}
    if isinstance(answer, ox.QuerySolutions):
        data = answer.serialize(format=ox.QueryResultsFormat.JSON)
        return {"kind": "solutions", "data": data.decode("utf-8")}
    data = ox.serialize(list(answer), format=ox.RdfFormat.N_TRIPLES)
    return {"kind": "triples", "data": data.decode("utf-8")}


def decode(reply: Mapping[str, Any]) -> Any:
    """The answer :func:`_encode` wrote, as pyoxigraph objects (solutions, triples, boolean)."""
    if reply["kind"] == "boolean":
        return bool(reply["data"])
    if reply["kind"] == "solutions":
        return ox.parse_query_results(
            reply["data"].encode("utf-8"), format=ox.QueryResultsFormat.JSON
        )
    return list(ox.parse(reply["data"].encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))


class TimedStore:
    """A read-only view of the store at *path* whose queries stop after *timeout* seconds.

    It has the ``query`` / ``graph_names`` methods the query library uses, like
    :class:`~medatlas.graph.store.AtlasStore`.
    """

    def __init__(self, path: Path, *, timeout: float) -> None:
        if not Path(path).exists():
            raise StoreError(f"no store at {path}; run 'medatlas build' first")
        if timeout <= 0:
            raise QueryError(f"the timeout must be positive, not {timeout}")
        self.path = Path(path)
        self.timeout = timeout
        self._proc: subprocess.Popen[bytes] | None = None
        self._stderr: Any = None
        self._buffer = b""

    def __enter__(self) -> TimedStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _start(self) -> subprocess.Popen[bytes]:
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115 - closed by _stop()
        self._buffer = b""
        proc = subprocess.Popen(
            [sys.executable, "-m", "medatlas.queries.worker", str(self.path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
        )
        self._proc = proc
        reply = self._read(proc, STARTUP_SECONDS + self.timeout, what="opening the store")
        if "error" in reply:
            self._stop()
            raise StoreError(reply["error"])
        return proc

    def _read(self, proc: subprocess.Popen[bytes], seconds: float, *, what: str) -> dict:
        assert proc.stdout is not None
        deadline = time.monotonic() + seconds
        with selectors.DefaultSelector() as sel:
            sel.register(proc.stdout, selectors.EVENT_READ)
            while b"\n" not in self._buffer:
                left = deadline - time.monotonic()
                if left <= 0 or not sel.select(left):
                    self._stop()
                    raise QueryTimeout(
                        f"{what} took longer than {seconds:g} s and was stopped; simplify the "
                        "query (add LIMIT, bind more variables) or raise --timeout"
                    )
                chunk = os.read(proc.stdout.fileno(), 1 << 16)
                if not chunk:
                    detail = self._worker_stderr()
                    self._stop()
                    raise StoreError(f"the query worker for {self.path} stopped: {detail}")
                self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        return json.loads(line)

    def _worker_stderr(self) -> str:
        if self._stderr is None:
            return "no message"
        self._stderr.seek(0)
        text = self._stderr.read().decode("utf-8", "replace").strip()
        return text.splitlines()[-1] if text else "no message"

    def _stop(self) -> None:
        if self._proc is not None:
            self._proc.kill()
            self._proc.wait()
            for pipe in (self._proc.stdin, self._proc.stdout):
                if pipe is not None:
                    pipe.close()
            self._proc = None
        if self._stderr is not None:
            self._stderr.close()
            self._stderr = None

    def query(
        self,
        text: str,
        *,
        bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None,
        union: bool = True,
    ) -> Any:
        """Run *text* in the worker; *bindings* enter as VALUES (see :func:`with_values`).

        Raises QueryTimeout when the query runs longer than the timeout (the worker is stopped
        and the next query starts a new one), QueryError for a bad query.
        """
        if bindings:
            text = with_values(text, bindings)
        proc = self._proc if self._proc is not None and self._proc.poll() is None else None
        if proc is None:
            proc = self._start()
        assert proc.stdin is not None
        request = json.dumps({"text": text, "union": union}) + "\n"
        try:
            proc.stdin.write(request.encode("utf-8"))
            proc.stdin.flush()
        except BrokenPipeError as exc:
            self._stop()
            raise StoreError(f"the query worker for {self.path} stopped") from exc
        reply = self._read(proc, self.timeout, what=f"the {form_of(text)} query")
        if "error" in reply:
            raise QueryError(reply["error"])
        return decode(reply)

    def graph_names(self) -> list[str]:
        """The IRIs of all named graphs, sorted."""
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }", union=False)
        return sorted(row["g"].value for row in rows)

    def close(self) -> None:
        """Stop the worker."""
        if self._proc is not None and self._proc.stdin is not None:
            self._proc.stdin.close()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self._proc.wait(timeout=5)
        self._stop()


def _serve(path: Path) -> None:
    """The worker: open the store read-only, answer one JSON request per line."""
    from medatlas.graph.store import AtlasStore

    out = sys.stdout.buffer

    def send(data: dict) -> None:
        out.write(json.dumps(data).encode("utf-8") + b"\n")
        out.flush()

    try:
        store = AtlasStore(path, read_only=True)
    except StoreError as exc:
        send({"error": str(exc)})
        return
    send({"ready": True})
    for line in sys.stdin.buffer:
        request = json.loads(line)
        try:
            answer = store.query(request["text"], union=request["union"])
            send(_encode(answer))
        except QueryError as exc:
            send({"error": str(exc)})


if __name__ == "__main__":
    _serve(Path(sys.argv[1]))
