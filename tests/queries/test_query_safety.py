"""Safety: no network or file access unless allowed, hostile values harmless, timeouts stop."""

from __future__ import annotations

import time

import pyoxigraph as ox
import pytest

from medatlas.errors import QueryError
from medatlas.queries.library import run, run_text
from medatlas.queries.safety import NetworkAccessRefused, check_query, find_risks
from medatlas.queries.sparql_text import with_values
from medatlas.queries.worker import QueryTimeout, TimedStore

REFUSED = [
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("SELECT * WHERE { service silent <http://example.org/s> { ?s ?p ?o } }", "SERVICE"),
    ("SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } }", "SERVICE"),
    ("SELECT * FROM <http://example.org/data.ttl> WHERE { ?s ?p ?o }", "FROM"),
    ("SELECT * FROM NAMED <file:///etc/passwd> WHERE { GRAPH ?g { ?s ?p ?o } }", "FROM NAMED"),
    ("PREFIX ex: <http://example.org/>\nSELECT * FROM ex:data WHERE { ?s ?p ?o }", "FROM"),
    ("BASE <http://example.org/>\nSELECT * FROM <data.ttl> WHERE { ?s ?p ?o }", "FROM"),
    ("LOAD <http://example.org/data.ttl>", "LOAD"),
    ("LOAD SILENT <file:///tmp/x.ttl> INTO GRAPH <urn:g>", "LOAD"),
    ("INSERT { ?s ?p ?o } USING <http://example.org/g> WHERE { ?s ?p ?o }", "USING"),
    ("SELECT * WHERE { \\u0053ERVICE <http://example.org/s> { ?s ?p ?o } }", "SERVICE"),
]

HARMLESS = [
    "SELECT * WHERE { ?s ?p 'SERVICE <http://example.org/s>' }",
    'SELECT * WHERE { ?s ?p """FROM <http://x.org/> LOAD <http://y.org/>""" }',
    "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://example.org/s> { }",
    "SELECT ?service ?load WHERE { ?service <http://ex.org/from> ?load }",
    "PREFIX service: <http://ex.org/> SELECT * WHERE { ?s service:load ?o }",
    "SELECT * FROM <https://w3id.org/medatlas/graph/atlas> WHERE { ?s ?p ?o }",
]


@pytest.mark.parametrize(("text", "keyword"), REFUSED)
def test_network_access_is_refused(text: str, keyword: str) -> None:
    risks = find_risks(text)
    assert [r.keyword for r in risks] == [keyword]
    with pytest.raises(NetworkAccessRefused, match=f"refused: {keyword}.*--allow-network"):
        check_query(text)
    check_query(text, allow_network=True)


@pytest.mark.parametrize("text", HARMLESS)
def test_words_in_strings_comments_names_are_not_refused(text: str) -> None:
    assert find_risks(text) == []


def test_run_text_refuses_service_before_running(qstore) -> None:
    with pytest.raises(NetworkAccessRefused):
        run_text(qstore, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")


def test_run_text_accepts_a_from_naming_a_graph_of_the_store(qstore) -> None:
    text = "SELECT (COUNT(*) AS ?n) FROM <https://w3id.org/medatlas/graph/vocab> WHERE { ?s ?p ?o }"
    assert run_text(qstore, text).rows[0][0] > 1000


HOSTILE = [
    '") } ; DROP ALL ; SELECT * WHERE { ?s ?p ?o } #',
    "' } UNION { ?s ?p ?o } #",
    '2025" || true) } #',
    "}}}} ; DROP ALL",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_a_hostile_string_value_stays_a_literal(figures_store, value: str) -> None:
    rows = run(figures_store, "figures", params={"year": value}).rows
    assert rows == []
    text = with_values("SELECT ?year WHERE { }", {"year": ox.Literal(value)})
    assert run_text(figures_store, text).rows == [(value,)]


@pytest.mark.parametrize("value", HOSTILE)
def test_a_hostile_entity_name_matches_nothing(qstore, value: str) -> None:
    with pytest.raises(QueryError, match="nothing in the store is named"):
        run(qstore, "company-profile", params={"organization": value})


def test_a_hostile_iri_is_refused_by_the_term_constructor() -> None:
    with pytest.raises(ValueError):
        ox.NamedNode("http://example.org/> } ; DROP ALL ; <http://x")


def test_a_runaway_query_stops_at_its_timeout_and_the_next_one_runs(built) -> None:
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    with TimedStore(built[0], timeout=2) as store:
        started = time.monotonic()
        with pytest.raises(QueryTimeout, match="longer than 2 s and was stopped"):
            run_text(store, runaway)
        assert time.monotonic() - started < 15
        assert run_text(store, "ASK { ?s ?p ?o }").boolean is True
        assert len(run(store, "deals").rows) > 0
