"""The view queries' ORDER BY, applied in Python, orders like SPARQL does."""

from __future__ import annotations

import pyoxigraph as ox

from medatlas.viz.graphdata import _order_key

XSD = "http://www.w3.org/2001/XMLSchema#"


def test_numbers_sort_by_value_and_kinds_in_sparql_order() -> None:
    terms = [
        ox.Literal("10", datatype=ox.NamedNode(XSD + "integer")),
        ox.Literal("9", datatype=ox.NamedNode(XSD + "integer")),
        ox.Literal("b"),
        ox.NamedNode("http://example.org/a"),
        ox.BlankNode("x"),
        None,
        ox.Literal("a", language="zh"),
    ]
    ordered = sorted(terms, key=_order_key)
    assert ordered[0] is None
    assert isinstance(ordered[1], ox.BlankNode)
    assert isinstance(ordered[2], ox.NamedNode)
    assert [t.value for t in ordered[3:5]] == ["9", "10"]  # by value, not as text
    assert [t.value for t in ordered[5:]] == ["a", "b"]
