"""Exports: every format re-parses in rdflib and pyoxigraph; Turtle is deterministic."""

from __future__ import annotations

import io
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import graph_diff, to_isomorphic

from medatlas.errors import ExportError
from medatlas.graph.export import FORMATS, export, export_ontology, serialize
from medatlas.graph.iris import ONTOLOGY_GRAPH
from medatlas.graph.store import AtlasStore

RDFLIB_NAMES = {
    "turtle": "turtle",
    "trig": "trig",
    "nquads": "nquads",
    "ntriples": "nt",
    "jsonld": "json-ld",
    "rdfxml": "xml",
}


def _union_size(store: AtlasStore) -> int:
    return len({q.triple for q in store.quads()})


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_reparses_in_both_libraries(store: AtlasStore, fmt: str) -> None:
    data = serialize(store, fmt)
    spec = FORMATS[fmt]
    expected = len(store) if spec.keeps_graphs else _union_size(store)
    parsed = list(ox.parse(data, format=spec.rdf_format))
    assert len(set(parsed)) == expected
    if spec.keeps_graphs:
        ds = rdflib.Dataset()
        ds.parse(data=data, format=RDFLIB_NAMES[fmt])
        assert len(ds) == expected
        assert {str(g.identifier) for g in ds.graphs()} >= set(store.graph_names())
    else:
        g = rdflib.Graph()
        g.parse(data=data, format=RDFLIB_NAMES[fmt])
        assert len(g) == expected


def test_turtle_is_deterministic_and_readable(store: AtlasStore) -> None:
    first = serialize(store, "turtle")
    assert first == serialize(store, "turtle")
    text = first.decode("utf-8")
    assert text.startswith("@prefix ")
    assert '"英伟达"@zh' in text
    assert "id:nvidia" in text


def test_turtle_matches_store_as_rdflib_sees_it(store: AtlasStore) -> None:
    exported = rdflib.Graph().parse(data=serialize(store, "turtle"), format="turtle")
    via_oxrdflib = rdflib.Graph()
    for s, p, o, _g in store.as_rdflib().quads((None, None, None, None)):
        if isinstance(o, rdflib.Literal) and o.datatype == rdflib.XSD.string:
            o = rdflib.Literal(str(o))  # RDF 1.1: the same literal as a plain one
        via_oxrdflib.add((s, p, o))
    _, only_export, only_store = graph_diff(to_isomorphic(exported), to_isomorphic(via_oxrdflib))
    assert len(only_export) == 0 and len(only_store) == 0, (
        f"only in export: {list(only_export)[:5]}; only in store: {list(only_store)[:5]}"
    )


def test_ontology_exports_alone(store: AtlasStore, tmp_path: Path) -> None:
    ttl = export_ontology(store, tmp_path / "ontology.ttl", fmt="turtle")
    xml = export_ontology(store, tmp_path / "ontology.rdf", fmt="rdfxml")
    g1 = rdflib.Graph().parse(ttl, format="turtle")
    g2 = rdflib.Graph().parse(xml, format="xml")
    assert len(g1) == len(g2) == sum(1 for _ in store.quads(ONTOLOGY_GRAPH))
    assert not any("/id/" in str(s) for s in g1.subjects()), "no atlas data in the ontology"


def test_unknown_format_is_refused(store: AtlasStore) -> None:
    with pytest.raises(ExportError, match="unknown export format 'xlsx'"):
        serialize(store, "xlsx")


def test_failed_export_leaves_no_file(store: AtlasStore, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(ExportError, match="not-a-folder"):
        export(store, blocker / "atlas.ttl", fmt="turtle")
    target = tmp_path / "atlas.ttl"
    export(store, target, fmt="turtle")
    assert {p.name for p in tmp_path.iterdir()} == {"atlas.ttl", "not-a-folder"}
    assert rdflib.Graph().parse(io.BytesIO(target.read_bytes()), format="turtle")


_WITH_BLANKS = b"""
@prefix ex: <https://example.org/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:p rdfs:range [ owl:unionOf ( ex:A ex:B ) ] .
ex:q rdfs:range [ owl:unionOf ( ex:A ex:B ) ] .
ex:r rdfs:domain [ owl:unionOf ( ex:B ex:C ex:D ) ] .
"""


@pytest.mark.parametrize("fmt", ["turtle", "trig", "ntriples"])
def test_blank_nodes_get_the_same_names_in_every_load(fmt: str) -> None:
    # the store names blank nodes at random each time a file is read: two loads of the same
    # statements must still export to the same bytes
    exports = []
    for _ in range(2):
        s = AtlasStore()
        s.load_graph("https://example.org/g", data=_WITH_BLANKS, fmt=ox.RdfFormat.TURTLE)
        exports.append(serialize(s, fmt))
        s.close()
    assert exports[0] == exports[1]
    assert b"_:b0" in exports[0] or b"[" in exports[0]
    parsed = (
        rdflib.Graph().parse(data=exports[0], format=RDFLIB_NAMES[fmt]) if fmt != "trig" else None
    )
    if parsed is not None:
        expected = rdflib.Graph().parse(data=_WITH_BLANKS, format="turtle")
        assert to_isomorphic(parsed) == to_isomorphic(expected)
