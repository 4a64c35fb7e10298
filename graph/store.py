"""The RDF store: an embedded Oxigraph database, one named graph per source.

Oxigraph parses, queries and writes an order of magnitude faster than rdflib's in-memory store
(../shared/MEASURED.md: 1M triples load in 3.9 s vs 32.7 s, write as Turtle in 0.8 s vs 42 s), so
it is the engine; :meth:`AtlasStore.as_rdflib` gives an rdflib ``Dataset`` over the same data for
users and libraries that speak rdflib.

On disk a built store is a symlink to its current *generation* (see :class:`Generations`)::

    out/store -> .store.gen-3     the path users name; any Oxigraph tool can open it
    out/.store.gen-3/             the current generation, an Oxigraph database, never written again
    out/.store.gen-3.lock         readers hold a shared flock on it while they have it open
    out/.store.gen-2/ (+ .lock)   an older generation, kept while a reader still holds it
    out/.store.building-1234/     a build in progress (or one that was killed): never read
    out/store.lock                the one writer's lock (:func:`writer_lock`)

A build never writes into what a reader uses: it fills ``.store.building-<pid>``, renames it
``.store.gen-<n>`` and atomically replaces the ``store`` symlink (a new symlink renamed over it),
so an interrupted build, ``kill -9`` included, leaves the previous generation in place. Old
generations are deleted only under a non-blocking exclusive flock, i.e. when no reader holds
them, so a reader that opened the store before a build keeps a consistent snapshot. A store that
is a plain database folder (the layout before generations) is still read as it is; the next
build moves it aside and replaces it with a symlink to a generation.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import shutil
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING

import pyoxigraph as ox

from medatlas.errors import QueryError, StoreError

if TYPE_CHECKING:
    import rdflib

__all__ = ["AtlasStore", "Generations", "replace_graphs", "writer_lock"]

Term = ox.NamedNode | ox.Literal | ox.BlankNode

_OPEN_ATTEMPTS = 50


def _is_database(path: Path) -> bool:
    """True when *path* is itself an Oxigraph (RocksDB) database folder, not a symlink."""
    return not path.is_symlink() and (path / "CURRENT").is_file()


def _fsync_dir(path: Path) -> None:
    """Make renames inside *path* durable (best effort: not every file system allows it)."""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _hold(gen: Path) -> IO[bytes] | None:
    """A shared flock on generation *gen*, or None if it was deleted meanwhile.

    The cleaner deletes a generation only under an exclusive flock and unlinks its lock file
    before letting go, so a lock file still linked once we hold it protects a live generation.
    """
    lock = gen.with_name(gen.name + ".lock")
    try:
        fh = lock.open("rb")
    except FileNotFoundError:
        return None
    fcntl.flock(fh.fileno(), fcntl.LOCK_SH)
    try:
        live = os.stat(lock).st_ino == os.fstat(fh.fileno()).st_ino and gen.is_dir()
    except FileNotFoundError:
        live = False
    if live:
        return fh
    fh.close()
    return None


def _resolve_for_reading(path: Path) -> tuple[Path, IO[bytes] | None]:
    """The folder to open read-only for the store at *path*, and the reader's lock if any."""
    gens = Generations(path)
    if not gens.is_generations():
        if _is_database(path) or (path.is_symlink() and path.exists()):
            return path, None  # a plain database, or a symlink of the user's to one
        raise StoreError(f"no store at {path}; run 'medatlas build --store {path}' first")
    for _ in range(_OPEN_ATTEMPTS):
        gen = gens.active() or gens.newest()  # newest: a move from a plain folder, cut short
        if gen is None:
            break
        fh = _hold(gen)
        if fh is not None:
            return gen, fh
    raise StoreError(f"no finished build at {path}; run 'medatlas build --store {path}'")


class AtlasStore:
    """A medatlas store, on disk at *path*, or in memory when *path* is None.

    >>> store = AtlasStore()
    >>> g = ox.NamedNode("https://example.org/g")
    >>> store.replace_graph(g.value, [ox.Quad(g, g, ox.Literal("x"), g)])
    >>> store.graph_names()
    ['https://example.org/g']
    """

    def __init__(self, path: Path | None = None, *, read_only: bool = False) -> None:
        """Open the store at *path* (a new in-memory store when None).

        Read-only, a store of generations opens its active generation and holds it (a shared
        flock) until :meth:`close`, so a build may replace it meanwhile without pulling files
        from under this reader. Writable, *path* must be a plain database folder (or new):
        generations are written only by :mod:`medatlas.build` and :func:`replace_graphs`.

        Raises:
            StoreError: nothing to open, the store is in use by a writer, or it is a store
                of generations opened for writing.
        """
        self.path = path
        self.read_only = read_only
        self.location = path  # the folder open: *path*, or the generation it pointed to
        self._hold: IO[bytes] | None = None
        if path is not None and read_only:
            self.location, self._hold = _resolve_for_reading(path)
        elif path is not None and Generations(path).active() is not None:
            raise StoreError(
                f"{path} holds generations of a built store, which are never written in place; "
                "open it with read_only=True, or change it with 'medatlas build'"
            )
        try:
            if self.location is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(self.location))
            else:
                self.location.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.location))
        except OSError as exc:
            self._release()
            if "lock" in str(exc).lower():
                raise StoreError(
                    f"store in use: {path} is open for writing by another medatlas process; "
                    "wait for it to finish or use another --store"
                ) from exc
            raise StoreError(f"cannot open the store at {path}: {exc}") from exc

    def _release(self) -> None:
        if self._hold is not None:
            self._hold.close()
            self._hold = None

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

    def bulk_add(self, data: bytes, *, fmt: ox.RdfFormat = ox.RdfFormat.N_QUADS) -> None:
        """Load *data* (N-Quads by default) in bulk: parsed and indexed in Rust, no transaction.

        For a store being built that no reader sees yet (a new generation, or one in memory):
        a failure part-way leaves part of *data*, and the build then discards the whole store.
        """
        if self.read_only:
            raise StoreError(f"the store at {self.path} is open read-only; cannot load into it")
        if not data:
            return
        try:
            self._store.bulk_load(data, format=fmt)
        except (SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot load the extracted facts: {exc}") from exc

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

    def graph_sizes(self) -> dict[str, int]:
        """Quads per named graph, counted by the store (no quad is read back into Python)."""
        query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
        rows = self._store.query(query)
        return {
            row["g"].value: int(row["n"].value)
            for row in rows  # type: ignore[union-attr]
            if isinstance(row["g"], ox.NamedNode)
        }

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
        """Release the store (and its locks); a second call does nothing."""
        if not hasattr(self, "_store"):
            return
        self.flush()
        del self._store
        self._release()


@contextlib.contextmanager
def writer_lock(target: Path) -> Iterator[None]:
    """Hold the one writer's lock of the store at *target* (a ``<target>.lock`` file).

    A second build or removal on the same store gets a clear "store in use" StoreError at once
    instead of racing the first; readers never need the lock.
    """
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


class Generations:
    """The generations of the on-disk store at *root*, for the one writer (see the module doc).

    The caller holds :func:`writer_lock`. A write goes: :meth:`recover` (leftovers of a killed
    writer), :meth:`work_dir` (fill a new database there), :meth:`publish` (it becomes the
    store in one atomic rename), :meth:`clean` (old generations no reader holds).

    >>> import tempfile
    >>> root = Path(tempfile.mkdtemp()) / "store"
    >>> gens = Generations(root)
    >>> work = gens.work_dir()
    >>> AtlasStore(work).close()
    >>> gens.publish(work).name
    '.store.gen-1'
    >>> AtlasStore(root, read_only=True).location.name
    '.store.gen-1'
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self.parent = root.parent
        self.prefix = f".{root.name}."
        self._gen = re.compile(rf"^{re.escape(self.prefix)}gen-(\d+)$")
        self._aside = self.parent / f"{self.prefix}old"

    def _generation_number(self, name: str) -> int | None:
        m = self._gen.match(name)
        return int(m.group(1)) if m else None

    def active(self) -> Path | None:
        """The generation the store's symlink points to, or None (no build, a plain folder)."""
        try:
            target = os.readlink(self.root)
        except OSError:
            return None
        return self.parent / target if self._generation_number(target) is not None else None

    def generations(self) -> list[Path]:
        """Every generation folder, oldest first."""
        if not self.parent.is_dir():
            return []
        found = [
            (n, p)
            for p in self.parent.iterdir()
            if p.name.startswith(self.prefix) and (n := self._generation_number(p.name)) is not None
        ]
        return [p for _, p in sorted(found)]

    def newest(self) -> Path | None:
        """The newest generation (each is complete once it has its name), if any."""
        gens = self.generations()
        return gens[-1] if gens else None

    def is_generations(self) -> bool:
        """True when *root* is (or, cut short mid-move, should be) a symlink to a generation."""
        if self.active() is not None:
            return True
        return not self.root.exists() and not self.root.is_symlink() and bool(self.generations())

    def has_store(self) -> bool:
        """True when there is a finished store to read (a generation or a plain database)."""
        return (
            self.is_generations()
            or _is_database(self.root)
            or (self.root.is_symlink() and self.root.exists())
        )

    def recover(self) -> list[Path]:
        """Finish or undo what a killed writer left; returns what was removed.

        A move from a plain folder that stopped with no symlink in place is finished (the
        symlink goes to the newest generation); work folders, half-made symlinks and
        generations no reader holds are removed, and so are the leftovers of the layout before
        generations (``store.building-*``, ``store.old``).
        """
        removed: list[Path] = []
        if not self.root.exists() and not self.root.is_symlink():
            newest = self.newest()
            if newest is not None:
                self._point_to(newest.name)
        if (self.root.exists() or self.root.is_symlink()) and self._aside.exists():
            shutil.rmtree(self._aside, ignore_errors=True)
            removed.append(self._aside)
        for old in (
            *self.parent.glob(f"{self.root.name}.building-*"),
            self.parent / f"{self.root.name}.old",
        ):
            if old.is_dir():
                shutil.rmtree(old, ignore_errors=True)
                removed.append(old)
        return removed + self.clean()

    def work_dir(self) -> Path:
        """A fresh, empty folder, beside the store, for this process to build the next one in."""
        self.parent.mkdir(parents=True, exist_ok=True)
        work = self.parent / f"{self.prefix}building-{os.getpid()}"
        if work.exists():
            shutil.rmtree(work)
        return work

    def publish(self, work: Path) -> Path:
        """Make the closed database *work* the store; returns its generation folder.

        The generation's lock file is made before the generation can be reached, and the
        store's symlink is replaced by renaming a new one over it: a reader sees the old
        generation or the new one, never neither. A plain database folder in the store's place
        (the layout before generations) is first moved aside, then deleted.
        """
        numbers = [self._generation_number(p.name) or 0 for p in self.generations()]
        name = f"{self.prefix}gen-{max(numbers, default=0) + 1}"
        (self.parent / f"{name}.lock").touch()
        os.replace(work, self.parent / name)
        moved = False
        if self.root.is_dir() and not self.root.is_symlink():
            if self._aside.exists():
                shutil.rmtree(self._aside)
            os.replace(self.root, self._aside)  # until the symlink is in, readers use newest()
            moved = True
        self._point_to(name)
        if moved:
            shutil.rmtree(self._aside, ignore_errors=True)
        return self.parent / name

    def _point_to(self, name: str) -> None:
        link = self.parent / f"{self.prefix}link-{os.getpid()}"
        with contextlib.suppress(FileNotFoundError):
            link.unlink()
        os.symlink(name, link)
        os.replace(link, self.root)
        _fsync_dir(self.parent)

    def clean(self) -> list[Path]:
        """Remove work folders, stray symlinks and every generation no reader holds.

        Must run under the writer lock: any work folder then belongs to a dead writer.
        """
        if not self.parent.is_dir():
            return []
        active = self.active()
        removed: list[Path] = []
        for entry in sorted(self.parent.iterdir()):
            name = entry.name
            if not name.startswith(self.prefix) or not (entry.exists() or entry.is_symlink()):
                continue
            rest = name[len(self.prefix) :]
            if rest.startswith("building-"):
                shutil.rmtree(entry, ignore_errors=True)
                removed.append(entry)
            elif rest.startswith("link-"):
                entry.unlink(missing_ok=True)
                removed.append(entry)
            elif self._stale(entry, active) and self._delete(
                self.parent / name.removesuffix(".lock")
            ):
                removed.append(entry)
        return removed

    def _stale(self, entry: Path, active: Path | None) -> bool:
        """A generation that is not the active one, or a lock file left without its generation."""
        if self._generation_number(entry.name) is not None:
            return entry != active
        stem = entry.name.removesuffix(".lock")
        return (
            entry.name.endswith(".lock")
            and self._generation_number(stem) is not None
            and not (self.parent / stem).exists()
        )

    @staticmethod
    def _delete(gen: Path) -> bool:
        """Delete generation *gen* and its lock unless a reader holds it; True if deleted."""
        lock = gen.with_name(gen.name + ".lock")
        try:
            fh = lock.open("rb")
        except FileNotFoundError:
            fh = None  # no lock file: no reader can hold it (readers need the lock first)
        try:
            if fh is not None:
                try:
                    fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    return False
            shutil.rmtree(gen, ignore_errors=True)
            lock.unlink(missing_ok=True)  # before letting go: a waiting reader then retries
            return True
        finally:
            if fh is not None:
                fh.close()


def replace_graphs(target: Path, graphs: Mapping[str, Iterable[ox.Quad]]) -> None:
    """Publish a new generation of the store at *target* with *graphs* replaced.

    Every other graph is copied as it is; an empty iterable drops its graph. Takes the writer
    lock, so it waits for no one: a build in progress makes it fail with "store in use".

    Raises:
        StoreError: no store at *target*, or another writer holds it.
    """
    with writer_lock(target):
        gens = Generations(target)
        gens.recover()
        if not gens.has_store():
            raise StoreError(f"no store at {target}; run 'medatlas build --store {target}' first")
        work = gens.work_dir()
        current = AtlasStore(target, read_only=True)
        fresh = AtlasStore(work)
        try:
            names = {ox.NamedNode(g) for g in graphs}
            fresh.oxigraph.bulk_extend(q for q in current.quads() if q.graph_name not in names)
            for graph, quads in graphs.items():
                fresh.replace_graph(graph, quads)
            fresh.close()
            current.close()
            gens.publish(work)
        except BaseException:
            fresh.close()
            current.close()
            shutil.rmtree(work, ignore_errors=True)
            raise
        gens.clean()
