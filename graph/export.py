"""Export the store: Turtle first, deterministic and diff-friendly.

Turtle and N-Triples hold the union of every named graph; TriG, N-Quads and JSON-LD keep the
graphs apart. Statements are sorted before they are written and blank nodes are named by the
statements they stand in (the store names them at random on every load), so the same statements
always give the same bytes. A file is written beside its target and renamed into place, so a
failed export never leaves a half-written file.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from medatlas.errors import ExportError
from medatlas.graph.iris import ONTOLOGY_GRAPH
from medatlas.graph.store import AtlasStore

__all__ = ["FORMATS", "PREFIXES", "ExportFormat", "export", "export_ontology", "serialize"]

PREFIXES: dict[str, str] = {
    "ma": "https://w3id.org/medatlas/ontology#",
    "id": "https://w3id.org/medatlas/id/",
    "doc": "https://w3id.org/medatlas/doc/",
    "st": "https://w3id.org/medatlas/statement/",
    "obs": "https://w3id.org/medatlas/observation/",
    "segment": "https://w3id.org/medatlas/vocab/segment/",
    "usecase": "https://w3id.org/medatlas/vocab/usecase/",
    "technology": "https://w3id.org/medatlas/vocab/technology/",
    "measure": "https://w3id.org/medatlas/vocab/measure/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": "http://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "qb": "http://purl.org/linked-data/cube#",
    "unit": "http://qudt.org/vocab/unit/",
    "cur": "http://qudt.org/vocab/currency/",
    "sh": "http://www.w3.org/ns/shacl#",
}


@dataclass(frozen=True)
class ExportFormat:
    """An export format: its name, file extension, Oxigraph format and whether graphs are kept."""

    name: str
    extension: str
    rdf_format: ox.RdfFormat
    keeps_graphs: bool


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("turtle", "ttl", ox.RdfFormat.TURTLE, keeps_graphs=False),
        ExportFormat("trig", "trig", ox.RdfFormat.TRIG, keeps_graphs=True),
        ExportFormat("nquads", "nq", ox.RdfFormat.N_QUADS, keeps_graphs=True),
        ExportFormat("ntriples", "nt", ox.RdfFormat.N_TRIPLES, keeps_graphs=False),
        ExportFormat("jsonld", "jsonld", ox.RdfFormat.JSON_LD, keeps_graphs=True),
        ExportFormat("rdfxml", "rdf", ox.RdfFormat.RDF_XML, keeps_graphs=False),
    )
}


def _fmt(name: str) -> ExportFormat:
    try:
        return FORMATS[name]
    except KeyError:
        raise ExportError(
            f"unknown export format {name!r}; choose one of {', '.join(sorted(FORMATS))}"
        ) from None


def _canonical_lines(store: AtlasStore, graphs: list[str] | None, *, keep_graphs: bool) -> bytes:
    """The statements as sorted, de-duplicated canonical N-Triples or N-Quads lines.

    Oxigraph writes each graph as canonical N-Triples/N-Quads in Rust, so the same statement is
    always the same line; sorting and de-duplicating the lines as bytes is the whole canonical
    order (graph by graph for N-Quads, then subject, predicate, object), at a fraction of the
    cost of sorting Python term objects.
    """
    if isinstance(store, AtlasStore):
        ox_store = store.oxigraph
    else:  # a remote store: its quads, fetched once, into a store in memory
        ox_store = ox.Store()
        ox_store.extend(store.quads())
    names: list[ox.NamedNode | ox.DefaultGraph]
    if graphs is None:
        names = [ox.DefaultGraph(), *(ox.NamedNode(g) for g in store.graph_names())]
    else:
        names = [ox.NamedNode(g) for g in graphs]
    nt = ox.RdfFormat.N_TRIPLES
    groups = [
        (name, set((ox_store.dump(format=nt, from_graph=name) or b"").splitlines()))
        for name in names  # already in graph order: the default graph, then by IRI
    ]
    labels = _blank_labels([line for _, group in groups for line in group])
    lines: list[bytes]
    if keep_graphs:
        lines = []
        for name, group in groups:
            graph_lines = sorted(_relabel(line, labels) for line in group)
            if isinstance(name, ox.NamedNode):
                suffix = f"<{name.value}> .".encode()
                # a canonical N-Triples line ends in " ."; the graph goes before the dot
                graph_lines = [line[:-1] + suffix for line in graph_lines]
            lines.extend(graph_lines)
    else:
        lines = sorted({_relabel(line, labels) for _, group in groups for line in group})
    return b"\n".join(lines) + b"\n" if lines else b""


# a blank node where a term stands in a canonical N-Triples line: at its start or after a space
_BLANK = re.compile(rb"(?:(?<=^)|(?<= ))_:([A-Za-z0-9]+)")


def _blank_labels(lines: list[bytes]) -> dict[bytes, bytes]:
    """Stable labels for the blank nodes of *lines*: the store names them at random each time a
    file is loaded, so each is named instead by the statements it stands in, with the other
    blank nodes in them named by theirs in turn (a few rounds reach through list cells and
    restrictions), then numbered ``b0``, ``b1``… in that order. Blank nodes that still look
    alike stand in the same statements, so either order gives the same file."""
    holding: dict[bytes, list[bytes]] = defaultdict(list)
    for line in lines:
        for label in set(_BLANK.findall(line)):
            holding[label].append(line)
    color = {label: b"" for label in holding}
    for _ in range(_ROUNDS):
        color = {
            label: hashlib.sha256(
                b"\n".join(
                    sorted(
                        _BLANK.sub(
                            lambda m, own=label, seen=color: (
                                b"_:self" if m.group(1) == own else b"_:" + seen[m.group(1)]
                            ),
                            line,
                        )
                        for line in held
                    )
                )
            )
            .hexdigest()
            .encode()
            for label, held in holding.items()
        }
    ordered = sorted(holding, key=lambda label: (color[label], label))
    return {label: b"b%d" % k for k, label in enumerate(ordered)}


_ROUNDS = 6  # how far a blank node's name reaches: an owl:unionOf list of six cells


def _relabel(line: bytes, labels: dict[bytes, bytes]) -> bytes:
    if b"_:" not in line:
        return line
    return _BLANK.sub(lambda m: b"_:" + labels.get(m.group(1), m.group(1)), line)


def serialize(store: AtlasStore, fmt: str, *, graphs: list[str] | None = None) -> bytes:
    """The store (or the named *graphs* of it) in format *fmt*, as bytes, deterministic."""
    spec = _fmt(fmt)
    canonical = _canonical_lines(store, graphs, keep_graphs=spec.keeps_graphs)
    if spec.rdf_format in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS):
        return canonical
    source = ox.RdfFormat.N_QUADS if spec.keeps_graphs else ox.RdfFormat.N_TRIPLES
    try:
        return ox.serialize(
            ox.parse(canonical, format=source), format=spec.rdf_format, prefixes=PREFIXES
        )
    except (ValueError, SyntaxError, TypeError) as exc:
        raise ExportError(f"cannot write {fmt}: {exc}") from exc


def _write_atomic(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc}; check the folder is writable") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ExportError(
            f"cannot write {path}: {exc}; check the folder exists and is writable"
        ) from exc


def export(store: AtlasStore, path: Path, *, fmt: str, graphs: list[str] | None = None) -> Path:
    """Write the store as *fmt* to *path* atomically; returns *path*."""
    _write_atomic(path, serialize(store, fmt, graphs=graphs))
    return path


def export_ontology(store: AtlasStore, path: Path, *, fmt: str = "turtle") -> Path:
    """Write the ontology graph alone (Turtle or RDF/XML) to *path*."""
    if fmt not in ("turtle", "rdfxml"):
        raise ExportError(f"the ontology exports as turtle or rdfxml, not {fmt!r}")
    return export(store, path, fmt=fmt, graphs=[ONTOLOGY_GRAPH])
