"""``medatlas serve``: a read-only SPARQL 1.1 Protocol endpoint over the store.

The engine is the real Oxigraph server from the ``oxigraph`` package (``oxigraph
serve-read-only --location STORE --union-default-graph --timeout-s S``). The Oxigraph server runs
``SERVICE`` clauses (it calls the endpoints they name), so unless network access is allowed it
listens on a private loopback port behind a small gateway that reads every query first (see
:mod:`medatlas.queries.safety`), refuses SERVICE, LOAD and remote FROM with HTTP 403, refuses
writes, and passes everything else through. Both listen on 127.0.0.1 unless told otherwise.

>>> " ".join(oxigraph_command(Path("out/store"), "127.0.0.1:7878", timeout=30)[1:5])
'serve-read-only --location out/store --bind'

"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import IO, Any

from medatlas.errors import QueryError, StoreError
from medatlas.graph.store import AtlasStore
from medatlas.queries.safety import check_query

__all__ = ["Server", "free_port", "oxigraph_command", "start_server", "wait_until_up"]

_LOOPBACK = ("127.0.0.1", "localhost", "::1")


def _oxigraph_binary() -> str:
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        raise StoreError(
            "the Oxigraph server is not installed: pip install oxigraph (it provides the "
            "'oxigraph' command medatlas serve runs)"
        )
    return found


def oxigraph_command(store: Path, bind: str, *, timeout: float) -> list[str]:
    """The command line of the read-only Oxigraph server over *store*, listening on *bind*."""
    return [
        _oxigraph_binary(),
        "serve-read-only",
        "--location",
        str(store),
        "--bind",
        bind,
        "--union-default-graph",
        "--timeout-s",
        f"{timeout:g}",
    ]


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def wait_until_up(url: str, proc: subprocess.Popen[bytes], log: IO[bytes], seconds: float) -> None:
    """Return once the Oxigraph server *proc* answers at *url* (its /query); *log* (opened
    ``w+b``) holds its output, quoted when it stops at start.

    Raises:
        StoreError: the server stopped, or did not answer within *seconds*.
    """
    deadline = time.monotonic() + seconds
    probe = url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            log.seek(0)
            err = log.read().decode("utf-8", "replace").strip()
            raise StoreError(f"the Oxigraph server stopped at start: {err[-500:] or 'no message'}")
        with contextlib.suppress(OSError), urllib.request.urlopen(probe, timeout=1):
            return
        time.sleep(0.1)
    raise StoreError(f"the Oxigraph server did not answer at {url} within {seconds:g} s")


class _Gateway(BaseHTTPRequestHandler):
    """Reads each query, refuses what would leave the machine, passes the rest to Oxigraph."""

    upstream: str = ""
    timeout_s: float = 30.0
    server_version = "medatlas-gateway"

    def log_message(self, format: str, *args: object) -> None:
        return

    def _reply(self, status: int, body: bytes, ctype: str = "text/plain; charset=utf-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _forward(self, method: str, body: bytes | None) -> None:
        headers = {k: v for k, v in self.headers.items() if k.lower() in ("accept", "content-type")}
        request = urllib.request.Request(
            self.upstream + self.path, data=body, method=method, headers=headers
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_s + 5) as response:
                status, ctype, data = (
                    response.status,
                    response.headers.get("Content-Type"),
                    response.read(),
                )
        except urllib.error.HTTPError as exc:
            status, ctype, data = exc.code, exc.headers.get("Content-Type"), exc.read()
        except OSError as exc:
            self._reply(502, f"the SPARQL engine did not answer: {exc}".encode())
            return
        self._reply(status, data, ctype or "application/octet-stream")

    def _check(self, query: str | None) -> bool:
        if query is None:
            return True
        try:
            check_query(query)
        except QueryError as exc:
            self._reply(403, str(exc).encode("utf-8"))
            return False
        return True

    def do_GET(self) -> None:
        params = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
        if "update" in params:
            self._reply(403, b"this endpoint is read-only")
            return
        if self._check((params.get("query") or [None])[0]):
            self._forward("GET", None)

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if not urllib.parse.urlsplit(self.path).path.endswith("/query"):
            self._reply(403, b"this endpoint is read-only: POST queries to /query")
            return
        if ctype == "application/sparql-query":
            query: str | None = body.decode("utf-8", "replace")
        elif ctype == "application/x-www-form-urlencoded":
            form = urllib.parse.parse_qs(body.decode("utf-8", "replace"))
            if "update" in form:
                self._reply(403, b"this endpoint is read-only")
                return
            query = (form.get("query") or [""])[0]
        else:
            self._reply(415, b"send application/sparql-query or a form with query=")
            return
        if self._check(query):
            self._forward("POST", body)

    def _refuse_write(self) -> None:
        self._reply(403, b"this endpoint is read-only")

    do_PUT = do_DELETE = do_PATCH = _refuse_write


@dataclass
class Server:
    """A running endpoint: its query URL, the Oxigraph process and (when guarded) the gateway."""

    url: str
    process: subprocess.Popen[bytes]
    gateway: ThreadingHTTPServer | None = None
    _thread: threading.Thread | None = field(default=None, repr=False)
    _reader: Any = field(default=None, repr=False)  # holds the store generation being served

    def stop(self) -> None:
        """Stop the gateway and the Oxigraph server, and let the store generation go."""
        if self.gateway is not None:
            self.gateway.shutdown()
            self.gateway.server_close()
            self.gateway = None
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    def wait(self) -> None:
        """Block until the Oxigraph server exits (Ctrl-C stops both)."""
        try:
            self.process.wait()
        finally:
            self.stop()

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_server(
    store: Path,
    *,
    host: str = "127.0.0.1",
    port: int = 7878,
    timeout: float = 30.0,
    allow_network: bool = False,
) -> Server:
    """Start a read-only SPARQL endpoint over *store* at ``http://host:port/query``.

    Raises StoreError when the store is missing, the server is not installed or does not start.
    """
    if not Path(store).exists():
        raise StoreError(f"no store at {store}; run 'medatlas build' first")
    # hold the generation being served, so a rebuild meanwhile cannot delete it under the server
    reader = AtlasStore(Path(store), read_only=True)
    try:
        return _start(reader, host=host, port=port, timeout=timeout, allow_network=allow_network)
    except BaseException:
        reader.close()
        raise


def _start(
    reader: AtlasStore, *, host: str, port: int, timeout: float, allow_network: bool
) -> Server:
    store = reader.location
    inner_host, inner_port = (host, port) if allow_network else ("127.0.0.1", free_port())
    bind = f"[{inner_host}]:{inner_port}" if ":" in inner_host else f"{inner_host}:{inner_port}"
    log = tempfile.TemporaryFile()  # noqa: SIM115 - the server writes to it while it runs
    proc = subprocess.Popen(
        oxigraph_command(Path(store), bind, timeout=timeout),
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    inner_url = f"http://{bind}/query"
    try:
        wait_until_up(inner_url, proc, log, 30)
    except BaseException:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        raise
    if allow_network:
        return Server(url=inner_url, process=proc, _reader=reader)
    handler = type("Gateway", (_Gateway,), {"upstream": f"http://{bind}", "timeout_s": timeout})
    try:
        gateway = ThreadingHTTPServer((host, port), handler)
    except OSError as exc:
        proc.kill()
        proc.wait()
        raise StoreError(f"cannot listen on {host}:{port}: {exc}") from exc
    thread = threading.Thread(target=gateway.serve_forever, daemon=True)
    thread.start()
    shown = f"[{host}]" if ":" in host else host
    return Server(
        url=f"http://{shown}:{port}/query",
        process=proc,
        gateway=gateway,
        _thread=thread,
        _reader=reader,
    )
