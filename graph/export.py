"""Export the store: Turtle first, deterministic and diff-friendly.

Turtle and N-Triples hold the union of every named graph; TriG, N-Quads and JSON-LD keep the
graphs apart. Statements are sorted before they are written, so the same store always gives the
same bytes. A file is written beside its target and renamed into place, so a failed export never
leaves a half-written file.
"""

from __future__ import annotations

import os
import tempfile
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


def _term_key(term: object) -> tuple[int, str]:
    # IRIs before blank nodes before literals, then by text: a total, stable order.
    rank = 0 if isinstance(term, ox.NamedNode) else 1 if isinstance(term, ox.BlankNode) else 2
    return rank, str(term)


def _sorted_triples(quads: list[ox.Quad]) -> list[ox.Triple]:
    unique = {q.triple for q in quads}
    return sorted(
        unique, key=lambda t: (_term_key(t.subject), _term_key(t.predicate), _term_key(t.object))
    )


def _sorted_quads(quads: list[ox.Quad]) -> list[ox.Quad]:
    return sorted(
        quads,
        key=lambda q: (
            _term_key(q.graph_name),
            _term_key(q.subject),
            _term_key(q.predicate),
            _term_key(q.object),
        ),
    )


def serialize(store: AtlasStore, fmt: str, *, graphs: list[str] | None = None) -> bytes:
    """The store (or the named *graphs* of it) in format *fmt*, as bytes, deterministic."""
    spec = _fmt(fmt)
    quads: list[ox.Quad] = []
    for graph in graphs if graphs is not None else [None]:
        quads.extend(store.quads(graph))
    prefixes = (
        PREFIXES if spec.rdf_format not in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS) else None
    )
    items: list[ox.Quad] | list[ox.Triple]
    items = _sorted_quads(quads) if spec.keeps_graphs else _sorted_triples(quads)
    try:
        return ox.serialize(items, format=spec.rdf_format, prefixes=prefixes)
    except (ValueError, TypeError) as exc:
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
