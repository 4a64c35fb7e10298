"""How parameters enter a question: lines chosen by the bound parameters, VALUES placement."""

from __future__ import annotations

import pyoxigraph as ox

from medatlas.queries.sparql_text import group_openings, specialise, with_values

EX = "http://example.org/"


def test_specialise_keeps_the_lines_for_the_bound_parameters() -> None:
    text = "SELECT * WHERE {\n  ?a ?b ?topic .  # if ?topic\n  ?a ?b ?c .  # unless ?topic\n}"
    assert "?b ?c" not in specialise(text, {"topic"})
    assert "?b ?topic" in specialise(text, {"topic"})
    assert "?b ?topic" not in specialise(text, set())
    assert "?b ?c" in specialise(text, {"other"})


def test_specialise_leaves_header_comments_alone() -> None:
    text = "# Parameters:\n#   ?topic (IRI, optional) if ?topic is given\nSELECT * WHERE { }"
    assert specialise(text, set()) == text


def test_no_values_block_before_a_subquery_select() -> None:
    text = "SELECT ?n WHERE { { SELECT ?n WHERE { ?n ?p ?x } } }"
    bound = with_values(text, {"x": ox.NamedNode(EX + "x")})
    assert "{ SELECT" in bound
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode(EX + "n"), ox.NamedNode(EX + "p"), ox.NamedNode(EX + "x")))
    store.add(ox.Quad(ox.NamedNode(EX + "m"), ox.NamedNode(EX + "p"), ox.NamedNode(EX + "y")))
    assert [r["n"].value for r in store.query(bound)] == [EX + "n"]


def test_a_one_pattern_optional_gets_no_block_but_sees_the_value() -> None:
    text = "SELECT ?l WHERE { ?s ?p ?o OPTIONAL { ?s <{ex}label> ?l FILTER(LANG(?l) = ?lang) } }"
    text = text.replace("{ex}", EX)
    assert len(group_openings(text)) == 1
    store = ox.Store()
    s, label = ox.NamedNode(EX + "s"), ox.NamedNode(EX + "label")
    store.add(ox.Quad(s, label, ox.Literal("甲", language="zh")))
    store.add(ox.Quad(s, label, ox.Literal("A", language="en")))
    rows = store.query(with_values(text, {"lang": ox.Literal("en")}))
    assert sorted(r["l"].value for r in rows) == ["A", "A"]


def test_an_optional_of_several_patterns_keeps_its_block() -> None:
    text = "SELECT * WHERE { ?s ?p ?o OPTIONAL { ?s ?q ?r ; ?t ?lang } }"
    assert len(group_openings(text)) == 2
