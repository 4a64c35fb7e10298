"""The RDF store: an embedded Oxigraph database, one named graph per source.

Oxigraph parses, queries and writes an order of magnitude faster than rdflib's in-memory store
(../shared/MEASURED.md: 1M triples load in 3.9 s vs 32.7 s, write as Turtle in 0.8 s vs 42 s), so
it is the engine; :meth:`AtlasStore.as_rdflib` gives an rdflib ``Dataset`` over the same data for
users and libraries that speak rdflib.

A build never writes into the store a reader uses: it fills a fresh store next to it and swaps
the directories when everything is in (see :func:`swap_in`), so an interrupted build leaves the
previous store intact.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from medatlas.errors import QueryError, StoreError

if TYPE_CHECKING:
    import rdflib

__all__ = ["AtlasStore", "swap_in", "writer_lock"]

Term = ox.NamedNode | ox.Literal | ox.BlankNode


class AtlasStore:
    """A medatlas store, on disk at *path*, or in memory when *path* is None.

    >>> store = AtlasStore()
    >>> g = ox.NamedNode("https://example.org/g")
    >>> store.replace_graph(g.value, [ox.Quad(g, g, ox.Literal("x"), g)])
    >>> store.graph_names()
    ['https://example.org/g']
    """

    def __init__(self, path: Path | None = None, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        try:
            if path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(path))
            else:
                path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreError(
                    f"store in use: {path} is open for writing by another medatlas process; "
                    "wait for it to finish or use another --store"
                ) from exc
            raise StoreError(f"cannot open the store at {path}: {exc}") from exc

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying :class:`pyoxigraph.Store`."""
        return self._store

    def replace_graph(self, graph: str, quads: Iterable[ox.Quad]) -> None:
        """Replace the named graph *graph* with *quads* (which must all be in that graph)."""
        name = ox.NamedNode(graph)
        batch = list(quads)
        for q in batch:
            if q.graph_name != name:
                raise StoreError(f"quad {q} is not in graph <{graph}>; refusing to write it")
        if self._store.contains_named_graph(name):
            self._store.remove_graph(name)
        if batch:  # an empty graph is no graph: exports could not carry it
            self._store.extend(batch)

    def remove_graph(self, graph: str) -> bool:
        """Drop the named graph *graph*; True if it existed."""
        name = ox.NamedNode(graph)
        if not self._store.contains_named_graph(name):
            return False
        self._store.remove_graph(name)
        return True

    def graph_names(self) -> list[str]:
        """The IRIs of all named graphs, sorted."""
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """Every quad, or those of one named graph."""
        g = ox.NamedNode(graph) if graph else None
        return iter(self._store.quads_for_pattern(None, None, None, g))

    def __len__(self) -> int:
        return len(self._store)

    def query(
        self,
        text: str,
        *,
        bindings: Mapping[str, Term] | None = None,
        union: bool = True,
    ) -> ox.QuerySolutions | ox.QueryTriples | ox.QueryBoolean:
        """Run a SPARQL query; *bindings* substitute variables (never pasted into text).

        With *union* (the default) the default graph is the union of all named graphs. Oxigraph
        substitutes only variables the query projects, so a bound parameter must be in SELECT.
        """
        subs = {ox.Variable(k): v for k, v in (bindings or {}).items()}
        try:
            return self._store.query(
                text, use_default_graph_as_union=union, substitutions=subs or None
            )
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from exc
        except RuntimeError as exc:
            raise QueryError(f"cannot run the query: {exc}") from exc

    def load_graph(self, graph: str, *, data: bytes, fmt: ox.RdfFormat) -> None:
        """Replace *graph* with the triples of *data* (Turtle, RDF/XML...)."""
        try:
            triples = list(ox.parse(data, format=fmt))
        except SyntaxError as exc:
            raise StoreError(f"cannot parse data for graph <{graph}>: {exc}") from exc
        name = ox.NamedNode(graph)
        self.replace_graph(
            graph, (ox.Quad(t.subject, t.predicate, t.object, name) for t in triples)
        )

    def flush(self) -> None:
        """Make every write durable on disk."""
        if self.path is not None and not self.read_only:
            self._store.flush()

    def as_rdflib(self) -> rdflib.Dataset:
        """An rdflib ``Dataset`` over this store (through oxrdflib), for rdflib users.

        >>> ds = AtlasStore().as_rdflib()
        >>> len(ds)
        0
        """
        import rdflib
        from oxrdflib import OxigraphStore

        return rdflib.Dataset(store=OxigraphStore(store=self._store))

    def close(self) -> None:
        """Release the store (and its lock)."""
        self.flush()
        del self._store


@contextlib.contextmanager
def writer_lock(target: Path) -> Iterator[None]:
    """Hold the one writer's lock of the store at *target* (a ``<target>.lock`` file).

    A second build or removal on the same store gets a clear "store in use" StoreError at once
    instead of racing the first; readers never need the lock.
    """
    import fcntl

    lock_path = target.with_name(target.name + ".lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with lock_path.open("a+") as fh:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StoreError(
                f"store in use: another medatlas build is writing {target}; "
                "wait for it to finish or use another --store"
            ) from None
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def swap_in(built: Path, target: Path) -> None:
    """Move the finished store *built* to *target*, replacing what was there.

    The old store is renamed aside first and removed only after the new one is in place, so
    a crash in between leaves either the old or the new store at *target* (or beside it as
    ``<target>.old``, which the next build cleans up).
    """
    old = target.with_name(target.name + ".old")
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        os.replace(target, old)
    os.replace(built, target)
    with contextlib.suppress(FileNotFoundError):
        shutil.rmtree(old)
