"""What the views draw matches the store: nodes, edges, names, sources, figures, ego, questions."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest

from medatlas.errors import QueryError
from medatlas.graph.iris import INFERRED_GRAPH, ONTOLOGY_GRAPH
from medatlas.graph.store import AtlasStore
from medatlas.viz.ego import ego, ego_of
from medatlas.viz.graphdata import GraphData, find_node, load_graph
from medatlas.viz.landscape import landscape, landscape_of
from medatlas.viz.subgraph import query_view

MA = "https://w3id.org/medatlas/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SKOS_CONCEPT = "http://www.w3.org/2004/02/skos/core#Concept"
NVIDIA = "https://w3id.org/medatlas/id/nvidia"


def _expected(store: AtlasStore) -> tuple[set[str], set[tuple[str, str, str]]]:
    """Nodes and edges a landscape should hold, computed from the quads without SPARQL."""
    skipped = {ONTOLOGY_GRAPH, INFERRED_GRAPH}
    quads = [q for q in store.quads() if q.graph_name.value not in skipped]
    entities = {q.subject.value for q in quads if q.predicate.value == MA + "slug"}
    concepts = {
        q.subject.value
        for q in store.quads()
        if q.predicate.value == RDF_TYPE and q.object.value == SKOS_CONCEPT
    }
    edges = {
        (q.subject.value, q.predicate.value, q.object.value)
        for q in quads
        if q.subject.value in entities
        and isinstance(q.object, ox.NamedNode)
        and q.predicate.value.startswith(MA)
        and q.predicate.value != MA + "mentionedIn"
        and (q.object.value in entities or q.object.value in concepts)
    }
    return entities | {o for _, _, o in edges}, edges


def test_landscape_nodes_and_edges_match_the_store(store: AtlasStore) -> None:
    nodes, edges = _expected(store)
    net = landscape(store, max_nodes=100_000)
    assert {n["id"] for n in net.nodes} == nodes
    assert {(e["from"], e["rel"], e["to"]) for e in net.edges} == edges
    assert len(net.edges) == len(edges), "one edge per distinct fact"
    assert net.notice == ""
    assert net.totals == {
        "nodes": len(nodes),
        "edges": len(edges),
        "allNodes": len(nodes),
        "allEdges": len(edges),
    }


def test_every_class_in_the_legend_with_its_count(atlas_data: GraphData) -> None:
    net = landscape_of(atlas_data)
    counts = Counter(n["cls"] for n in net.nodes)
    assert {item["cls"]: item["count"] for item in net.legend} == dict(counts)
    assert len({item["color"] for item in net.legend}) == len(net.legend), "one colour a class"
    assert all(n["color"]["background"] for n in net.nodes)


def test_node_names_in_both_languages(atlas_data: GraphData) -> None:
    nvidia = atlas_data.nodes[NVIDIA]
    assert nvidia.labels == {"zh": "英伟达", "en": "NVIDIA"}
    assert nvidia.label("zh") == "英伟达" and nvidia.label("en") == "NVIDIA"
    assert "nvidia" in nvidia.names() and "英伟达" in nvidia.names()
    assert local(nvidia.cls) == "Company"


def local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1]


def test_every_quote_shown_is_in_its_report(
    atlas_data: GraphData, corpus_texts: dict[str, str]
) -> None:
    """A click shows sources: each one's quote occurs verbatim in the report it names."""
    sources = [s for n in atlas_data.nodes.values() for s in n.sources]
    sources += [s for e in atlas_data.edges for s in e.sources]
    assert len(sources) > 300
    for s in sources:
        assert s.quote in corpus_texts[s.file], (s.file, s.quote)
        if s.start is not None:
            assert corpus_texts[s.file][s.start : s.start + len(s.quote)] == s.quote


def test_every_edge_says_where_it_was_stated(atlas_data: GraphData) -> None:
    assert atlas_data.edges
    assert all(e.sources for e in atlas_data.edges)


def test_entities_filed_under_segments_use_cases_and_sources(atlas_data: GraphData) -> None:
    nvidia = atlas_data.nodes[NVIDIA]
    segments = {
        e.target for e in atlas_data.edges if e.source == NVIDIA and "operatesIn" in e.relation
    }
    assert segments and segments <= nvidia.segments
    # a broader segment of one it operates in is a segment of it too
    broader = {b for s in segments for b in atlas_data.broader.get(s, ())}
    assert broader <= nvidia.segments
    assert nvidia.documents == {s.file for s in nvidia.sources} | {
        s.file for e in atlas_data.edges if e.source == NVIDIA for s in e.sources
    }


def test_policies_have_years_from_their_issue_date(atlas_data: GraphData) -> None:
    policies = [n for n in atlas_data.nodes.values() if local(n.cls) == "Policy"]
    dated = [n for n in policies if n.attributes]
    assert dated, "the atlas has dated policies"
    for n in dated:
        issued = dict(n.attributes)
        assert any(v[:4] in n.years for v in issued.values())


def test_figures_are_attached_to_what_they_are_about() -> None:
    """An observation about an entity becomes a key figure of its node, with its source."""
    from medatlas.graph.facts import Evidence, FactSet, Observation
    from medatlas.graph.iris import ATLAS_GRAPH, VOCAB_GRAPH
    from medatlas.graph.triples import fact_quads
    from medatlas.graph.vocabulary import vocabulary_triples
    from medatlas.viz.synthetic import synthetic_facts

    facts: FactSet = synthetic_facts(3)
    about = facts.entities[0].iri
    measure = "https://w3id.org/medatlas/vocab/measure/market-size"
    facts.observations.append(
        Observation(
            iri="https://w3id.org/medatlas/observation/x1",
            measure=measure,
            about=(about,),
            value="349",
            unit=None,
            period="2025",
            original="349 亿元",
            evidence=(Evidence("synthetic-0.txt", "规模达349亿元", "test", 1.0),),
        )
    )
    store = AtlasStore()
    g = ox.NamedNode(VOCAB_GRAPH)
    store.replace_graph(
        VOCAB_GRAPH, [ox.Quad(t.subject, t.predicate, t.object, g) for t in vocabulary_triples()]
    )
    store.replace_graph(ATLAS_GRAPH, list(fact_quads(facts)))
    figures = load_graph(store).nodes[about].figures
    assert [(f.value, f.period, f.text) for f in figures] == [("349", "2025", "349 亿元")]
    assert [s.quote for s in figures[0].sources] == ["规模达349亿元"]
    assert figures[0].measure != measure, "the measure is shown by its label"


@pytest.mark.parametrize("name", ["英伟达", "NVIDIA", "nvidia", "Nvidia", "  英伟达 ", NVIDIA])
def test_focus_found_by_any_name(store: AtlasStore, atlas_data: GraphData, name: str) -> None:
    assert find_node(store, name, known=atlas_data.nodes) == NVIDIA


def test_unknown_focus_names_close_matches(store: AtlasStore) -> None:
    with pytest.raises(QueryError, match=r"no entity or concept is named '伟达'.*英伟达"):
        ego(store, "伟达")


def test_ego_holds_what_is_within_depth(store: AtlasStore, atlas_data: GraphData) -> None:
    _, edges = _expected(store)
    direct = {o for s, _, o in edges if s == NVIDIA} | {s for s, _, o in edges if o == NVIDIA}
    one = {n["id"] for n in ego(store, "英伟达", depth=1).nodes}
    assert one == direct | {NVIDIA}
    two = ego_of(atlas_data, NVIDIA, depth=2)
    assert one < {n["id"] for n in two.nodes}
    assert two.focus == NVIDIA
    assert "英伟达" in two.heading and "NVIDIA" in two.heading
    focus = next(n for n in two.nodes if n["id"] == NVIDIA)
    assert focus["borderWidth"] > max(n["borderWidth"] for n in two.nodes if n["id"] != NVIDIA)


def test_ego_cap_keeps_the_nearest(atlas_data: GraphData) -> None:
    net = ego_of(atlas_data, NVIDIA, depth=2, max_nodes=5)
    ids = {n["id"] for n in net.nodes}
    assert len(ids) == 5 and NVIDIA in ids
    direct = {e.target for e in atlas_data.edges if e.source == NVIDIA}
    direct |= {e.source for e in atlas_data.edges if e.target == NVIDIA}
    assert ids - {NVIDIA} <= direct
    assert "5 of" in net.notice


CONSTRUCT_DEVELOPS = """
PREFIX ma: <https://w3id.org/medatlas/ontology#>
CONSTRUCT { ?s ma:develops ?o } WHERE { ?s ma:develops ?o ; ma:slug "nvidia" }
"""


def test_query_view_of_a_construct(store: AtlasStore) -> None:
    _, edges = _expected(store)
    develops = {(s, p, o) for s, p, o in edges if s == NVIDIA and p == MA + "develops"}
    net = query_view(store, construct=CONSTRUCT_DEVELOPS)
    assert net.kind == "query"
    assert {(e["from"], e["rel"], e["to"]) for e in net.edges} == develops
    assert {n["id"] for n in net.nodes} == {NVIDIA} | {o for _, _, o in develops}
    assert all(e["sources"] for e in net.edges), "edges keep the atlas's evidence"


def test_query_view_of_triples_and_literals(store: AtlasStore) -> None:
    rdfs_label = "http://www.w3.org/2000/01/rdf-schema#label"
    triples = [
        (NVIDIA, MA + "partnersWith", "https://example.org/unknown"),
        ox.Triple(
            ox.NamedNode("https://example.org/unknown"),
            ox.NamedNode(rdfs_label),
            ox.Literal("未知", language="zh"),
        ),
        ox.Triple(ox.NamedNode(NVIDIA), ox.NamedNode(MA + "sha256"), ox.Literal("abc")),
    ]
    net = query_view(store, triples=triples)
    by_id = {n["id"]: n for n in net.nodes}
    assert set(by_id) == {NVIDIA, "https://example.org/unknown"}
    assert by_id["https://example.org/unknown"]["label"] == "未知"
    assert by_id[NVIDIA]["zh"] == "英伟达", "known nodes keep the atlas's names"
    assert [v for _, v in by_id[NVIDIA]["attributes"] if v == "abc"] == ["abc"]
    assert len(net.edges) == 1


def test_query_view_of_a_named_question(store: AtlasStore) -> None:
    net = query_view(store, question="construct-ego-network", params={"entity": "英伟达"})
    ids = {n["id"] for n in net.nodes}
    assert NVIDIA in ids and len(ids) > 5
    assert "construct-ego-network" in net.heading


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"construct": "SELECT * WHERE { ?s ?p ?o } LIMIT 1"}, "needs a CONSTRUCT"),
        ({}, "exactly one"),
        ({"construct": CONSTRUCT_DEVELOPS, "triples": []}, "exactly one"),
        ({"construct": "CONSTRUCT WHERE { SERVICE <http://x.invalid/> { ?s ?p ?o } }"}, "SERVICE"),
    ],
)
def test_query_view_refuses(store: AtlasStore, kwargs: dict, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        query_view(store, **kwargs)


def test_landscape_cap_keeps_the_most_central(small_synthetic: AtlasStore) -> None:
    from medatlas.viz.centrality import pagerank

    data = load_graph(small_synthetic)
    net = landscape_of(data, max_nodes=100)
    assert len(net.nodes) == 100 and len(data.nodes) > 300
    assert re.search(r"Showing 100 of 3\d\d nodes", net.notice)
    rank = pagerank(list(data.nodes), [(e.source, e.target) for e in data.edges])
    kept = {n["id"] for n in net.nodes}
    assert min(rank[i] for i in kept) >= max(rank[i] for i in data.nodes if i not in kept)
    assert all(e["from"] in kept and e["to"] in kept for e in net.edges)
    assert net.totals["allNodes"] == len(data.nodes)


def test_sparql_files_have_headers() -> None:
    folder = Path(__file__).resolve().parents[2] / "viz" / "sparql"
    files = sorted(folder.glob("*.rq"))
    assert len(files) >= 10
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# Purpose:"), path.name
        assert "# Parameters:" in text, path.name
        header = text.split("\nPREFIX", 1)[0]
        for param in re.findall(r"#\s+\?(\w+)", header):
            assert f"?{param}" in text.split("SELECT", 1)[1], (path.name, param)
