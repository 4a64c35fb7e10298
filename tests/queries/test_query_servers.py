"""End to end: the real Oxigraph server as `medatlas serve`, and as a remote store to build into."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

import pytest
from query_support import load_cases, same_answer

from medatlas.build import populate
from medatlas.errors import QueryError, StoreError
from medatlas.graph.remote import RemoteStore
from medatlas.queries.endpoint import free_port, start_server
from medatlas.queries.library import run, run_text

pytestmark = pytest.mark.slow

LABELS = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX ma: <https://w3id.org/medatlas/ontology#>
SELECT ?platform ?label WHERE {
  ?platform a ma:Platform ; rdfs:label ?label .
} ORDER BY ?platform ?label
"""


def test_serve_answers_sparqlwrapper_like_the_library(store_copy: Path, qstore) -> None:
    from SPARQLWrapper import JSON, SPARQLWrapper

    with start_server(store_copy, port=free_port(), timeout=10) as server:
        assert server.url.startswith("http://127.0.0.1:")
        client = SPARQLWrapper(server.url)
        client.setQuery(LABELS)
        client.setReturnFormat(JSON)
        bindings = client.query().convert()["results"]["bindings"]
        over_http = [(b["platform"]["value"], b["label"]["value"]) for b in bindings]
        assert over_http == run_text(qstore, LABELS).rows
        assert len(over_http) > 10

        remote = RemoteStore(server.url)
        for name in ("platform-ecosystem", "deals"):
            params = {"platform": "nvidia"} if name == "platform-ecosystem" else {}
            assert same_answer(run(remote, name, params=params), run(qstore, name, params=params))

        service = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
        request = urllib.request.Request(
            server.url,
            data=service.encode(),
            headers={"Content-Type": "application/sparql-query"},
        )
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=10)
        assert refused.value.code == 403
        assert b"refused: SERVICE" in refused.value.read()

        update = urllib.request.Request(
            server.url.replace("/query", "/update"),
            data=b"DROP ALL",
            headers={"Content-Type": "application/sparql-update"},
        )
        with pytest.raises(urllib.error.HTTPError) as read_only:
            urllib.request.urlopen(update, timeout=10)
        assert read_only.value.code == 403
    with pytest.raises(StoreError, match="cannot reach"):
        RemoteStore(server.url, timeout=2).graph_names()


def test_every_question_gives_the_same_answer_on_a_remote_store(
    rw_server: str, qstore, corpus_dir: Path
) -> None:
    remote = RemoteStore.oxigraph(rw_server, timeout=60)
    assert remote.graph_names() == []
    counts = populate(remote, corpus_dir=corpus_dir)
    assert remote.graph_names() == qstore.graph_names() == sorted(counts)
    assert len(remote) == len(qstore)
    cases = load_cases()
    assert {name for name, _, _ in cases} >= {"who-works-on-use-case", "construct-ego-network"}
    for name, _, params in cases:
        args = {k: v for k, v in params.items() if k != "lang"}
        lang = params.get("lang", "en")
        here = run(qstore, name, params=args, lang=lang)
        there = run(remote, name, params=args, lang=lang)
        assert same_answer(there, here), f"{name} {params} differs on the remote store"


def test_remote_store_graph_operations(rw_server: str) -> None:
    import pyoxigraph as ox

    remote = RemoteStore.oxigraph(rw_server)
    g = "https://w3id.org/medatlas/graph/test"
    node = ox.NamedNode(g)
    quad = ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:p"), ox.Literal('x "y" }'), node)
    remote.replace_graph(g, [quad])
    assert list(remote.quads(g)) == [quad]
    remote.replace_graph(g, [])  # as in the embedded store: an empty graph is no graph
    assert list(remote.quads(g)) == []
    assert g not in remote.graph_names()
    remote.replace_graph(g, [quad])
    with pytest.raises(StoreError, match="not in graph"):
        remote.replace_graph(
            g, [ox.Quad(quad.subject, quad.predicate, quad.object, ox.NamedNode("urn:other"))]
        )
    assert remote.remove_graph(g) is True
    assert remote.remove_graph(g) is False
    with pytest.raises(QueryError, match="refused the query"):
        remote.query("SELECT * WHERE { ?s ?p }")

    update_only = RemoteStore(
        f"{rw_server}/query", update_endpoint=f"{rw_server}/update", timeout=30
    )
    update_only.replace_graph(g, [quad])
    assert list(update_only.quads(g)) == [quad]
    assert update_only.remove_graph(g) is True


def test_a_union_over_a_thousand_graphs_fits_the_request(rw_server: str) -> None:
    """Every graph is named in the dataset of a union query; a URL could not hold them all."""
    import pyoxigraph as ox

    remote = RemoteStore(f"{rw_server}/query")  # any SPARQL endpoint: the graphs are listed
    prefix = "https://w3id.org/medatlas/graph/doc/a-rather-long-report-file-name-number-"
    quads = [
        ox.Quad(
            ox.NamedNode(f"urn:s{i}"),
            ox.NamedNode("urn:p"),
            ox.Literal(str(i)),
            ox.NamedNode(f"{prefix}{i}.pdf"),
        )
        for i in range(1000)
    ]
    local = ox.Store()
    local.extend(quads)
    data = local.dump(format=ox.RdfFormat.N_QUADS)
    request = urllib.request.Request(
        f"{rw_server}/store",
        data=data,
        method="POST",
        headers={"Content-Type": "application/n-quads"},
    )
    with urllib.request.urlopen(request, timeout=60):
        pass
    assert len(remote.graph_names()) == 1000
    rows = list(remote.query("SELECT (COUNT(*) AS ?n) WHERE { ?s <urn:p> ?o }"))
    assert int(rows[0]["n"].value) == 1000
    assert sum(remote.graph_sizes().values()) == 1000
    # Oxigraph's own union switch gives the same answer
    oxigraph = RemoteStore.oxigraph(rw_server)
    assert oxigraph.union_parameter == "union-default-graph"
    assert oxigraph._speaks_union()  # the server says it is Oxigraph; others get the list
    rows = list(oxigraph.query("SELECT (COUNT(*) AS ?n) WHERE { ?s <urn:p> ?o }"))
    assert int(rows[0]["n"].value) == 1000
