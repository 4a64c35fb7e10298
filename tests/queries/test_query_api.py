"""The Python API: running questions, resolving names, results an analyst can use, formats."""

from __future__ import annotations

import json

import pytest

from medatlas.errors import QueryError
from medatlas.queries.format import render
from medatlas.queries.header import parse_header
from medatlas.queries.library import get_query, list_queries, run, run_text
from medatlas.queries.resolve import resolve_entity

ID = "https://w3id.org/medatlas/id/"


def test_list_queries_parses_every_header() -> None:
    specs = list_queries()
    assert len(specs) >= 14
    who = get_query("who-works-on-use-case")
    assert who.param("usecase").required and who.param("usecase").kind == "IRI"
    assert not who.param("lang").required
    assert [c.name for c in who.columns][:2] == ["actor", "actor_label"]


def test_nvidia_ecosystem_includes_its_platforms(qstore) -> None:
    result = run(qstore, "platform-ecosystem", params={"platform": "英伟达"})
    offerings = {r["member"] for r in result.records() if r["role"] == "offering"}
    assert {ID + "bionemo", ID + "monai", ID + "clara"} <= offerings
    assert all(r["sources"] for r in result.records())


def test_rows_are_plain_python_values(qstore) -> None:
    result = run(qstore, "entities", params={"type": "Company"})
    assert result.columns == ["entity", "label", "class", "slug", "documents"]
    row = result.records()[0]
    assert isinstance(row["entity"], str) and isinstance(row["documents"], int)
    assert set(result.column("class")) == {"Company"}


def test_labels_follow_lang_with_fallback(qstore) -> None:
    zh = run(qstore, "company-profile", params={"organization": "nvidia"}, lang="zh")
    en = run(qstore, "company-profile", params={"organization": "nvidia"}, lang="en")
    zh_labels = {r["value_label"] for r in zh.records()}
    en_labels = {r["value_label"] for r in en.records()}
    assert "药物研发" in zh_labels or "AI药物研发" in zh_labels
    assert "AI drug R&D" in en_labels
    assert len(zh.rows) == len(en.rows)


@pytest.mark.parametrize(
    "name", ["nvidia", "英伟达", "NVIDIA", "Nvidia", "id:nvidia", ID + "nvidia"]
)
def test_a_parameter_names_an_entity_by_slug_iri_or_label(qstore, name: str) -> None:
    assert resolve_entity(qstore, name).value == ID + "nvidia"


def test_concepts_resolve_by_slug_and_label(qstore) -> None:
    by_slug = resolve_entity(qstore, "drug-discovery").value
    assert by_slug == resolve_entity(qstore, "药物发现").value
    assert by_slug.endswith("/usecase/drug-discovery")


def test_unknown_name_suggests_close_ones(qstore) -> None:
    with pytest.raises(
        QueryError, match=r"\?organization: nothing in the store is named 'NVIDI'.*NVIDIA"
    ):
        run(qstore, "company-profile", params={"organization": "NVIDI"})


def test_unknown_question_lists_the_valid_ones(qstore) -> None:
    with pytest.raises(QueryError, match=r"no question named 'who-works'.*who-works-on-use-case"):
        run(qstore, "who-works")


def test_unknown_parameter_lists_the_valid_ones(qstore) -> None:
    with pytest.raises(QueryError, match=r"deals has no parameter \?company.*\?organization"):
        run(qstore, "deals", params={"company": "nvidia"})


def test_missing_required_parameter_is_named(qstore) -> None:
    with pytest.raises(QueryError, match=r"company-profile needs \?organization"):
        run(qstore, "company-profile")


def test_bad_lang_is_refused(qstore) -> None:
    with pytest.raises(QueryError, match="lang must be one of zh, en"):
        run(qstore, "deals", lang="fr")


def test_syntax_error_points_at_line_and_column(qstore) -> None:
    with pytest.raises(QueryError) as info:
        run_text(qstore, "SELECT * WHERE {\n  ?s ?p ?o .\n  FILTER(?s = }")
    message = str(info.value)
    assert "error at 3:" in message and "line 3:   FILTER(?s = }" in message
    assert message.rstrip().endswith("^")


def test_updates_are_not_run(qstore) -> None:
    with pytest.raises(QueryError, match="not updates"):
        run_text(qstore, "DELETE WHERE { ?s ?p ?o }")


def test_header_errors_name_the_file(tmp_path) -> None:
    bad = tmp_path / "bad.rq"
    bad.write_text("# Purpose: x\n# Parameters:\n#   ?a (IRI) no need\nSELECT * {}\n")
    with pytest.raises(QueryError, match=r"bad.rq: cannot read the parameter line"):
        parse_header(bad)


def test_output_formats(qstore) -> None:
    result = run(qstore, "deals", params={"organization": "nvidia"})
    table = render(result, "table")
    assert "id:nvidia" in table and "(1 row)" in table
    assert render(result, "csv").splitlines()[0] == ",".join(result.columns)
    assert json.loads(render(result, "json"))[0]["party"] == ID + "nvidia"
    assert render(result, "markdown").startswith("| kind | party |")
    with pytest.raises(QueryError, match="turtle is for CONSTRUCT"):
        render(result, "turtle")
    graph = run(qstore, "construct-ego-network", params={"entity": "bionemo"})
    turtle = render(graph, "turtle")
    assert "id:nvidia" in turtle and "ma:develops" in turtle


def test_to_dataframe_needs_pandas_only_when_called(qstore) -> None:
    result = run(qstore, "deals")
    try:
        import pandas  # noqa: F401
    except ImportError:
        with pytest.raises(QueryError, match="pip install pandas"):
            result.to_dataframe()
    else:
        frame = result.to_dataframe()
        assert list(frame.columns) == result.columns and len(frame) == len(result.rows)


# --- figures, on hand-written data (tests/queries/data/figures.ttl) ----------------------------


def test_figures_include_narrower_measures(figures_store) -> None:
    rows = run(figures_store, "figures", params={"measure": "adoption rate"}).records()
    assert sorted(r["value"] for r in rows) == [40.0, 58.0, 63.0]
    assert {r["metric_label"] for r in rows} == {"generative-AI adoption rate"}


def test_figures_filter_by_year(figures_store) -> None:
    rows = run(figures_store, "figures", params={"year": "2020"}).records()
    assert [r["original"] for r in rows] == ["25.5%"]


def test_conflicting_figures_across_and_within_sources(figures_store) -> None:
    rows = run(figures_store, "conflicting-figures").records()
    pairs = {(r["value_a"], r["value_b"], r["same_source"]) for r in rows}
    assert {(63.0, 58.0, False), (58.0, 63.0, False)} & pairs
    assert any(r["same_source"] and r["file_a"] == "a.txt" for r in rows)
    # other period (40 % in 2024) and other currency (USD) are not conflicts
    assert not any(40.0 in (r["value_a"], r["value_b"]) for r in rows)
    assert not any(5e9 in (r["value_a"], r["value_b"]) for r in rows)
    assert len(rows) == 2


def test_market_sizes_by_market_and_year(figures_store) -> None:
    rows = run(figures_store, "market-sizes", params={"market": "AI药物研发"}).records()
    assert {r["family"] for r in rows} == {"market size", "growth rate"}
    assert {r["value"] for r in rows if r["family"] == "market size"} == {3.49e10, 3e10, 5e9}


def test_adoption_roi_budget_by_segment_and_use_case(figures_store) -> None:
    rows = run(figures_store, "adoption-roi-budget", lang="zh").records()
    kinds = {(r["family"], r["about_kind"]) for r in rows}
    assert kinds == {("adoption", "segment"), ("roi", "use case")}
    lung = run(figures_store, "adoption-roi-budget", params={"usecase": "radiology"}).records()
    assert [r["value"] for r in lung] == [81.0]


def test_deals_read_investor_to_investee(figures_store) -> None:
    rows = run(figures_store, "deals").records()
    got = {(r["kind"], r["party_label"], r["counterparty_label"]) for r in rows}
    assert got == {
        ("investment", "Gamma Capital", "Beta Labs"),
        ("investment", "Acme Health", "Beta Labs"),
        ("acquisition", "Acme Health", "Beta Labs"),
    }
    funded = next(r for r in rows if r["party_label"] == "Gamma Capital")
    assert funded["sources"] == "b.txt"


def test_a_concept_only_a_report_named_yields_to_the_vocabulary_s() -> None:
    """A discovered concept with a vocabulary concept's name does not shadow it; alone, it
    resolves by its name."""
    import pyoxigraph as ox

    from medatlas.graph.iris import DISCOVERED, VOCAB_GRAPH
    from medatlas.graph.store import AtlasStore

    store = AtlasStore()
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    pref = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
    vocab = ox.NamedNode("https://w3id.org/medatlas/vocab/usecase/imaging-x")
    found = ox.NamedNode(DISCOVERED + "segment/n-1")
    alone = ox.NamedNode(DISCOVERED + "usecase/n-2")
    g = ox.NamedNode(VOCAB_GRAPH)
    store.replace_graph(
        VOCAB_GRAPH,
        [
            ox.Quad(vocab, pref, ox.Literal("影像甲", language="zh"), g),
            ox.Quad(found, label, ox.Literal("影像甲", language="zh"), g),
            ox.Quad(found, pref, ox.Literal("影像甲", language="zh"), g),
            ox.Quad(alone, label, ox.Literal("伤口评估", language="zh"), g),
        ],
    )
    assert resolve_entity(store, "影像甲") == vocab
    assert resolve_entity(store, "伤口评估") == alone


FIELD_DATA = """
@prefix ma: <https://w3id.org/medatlas/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix id: <https://w3id.org/medatlas/id/> .
@prefix usecase: <https://w3id.org/medatlas/vocab/usecase/> .
@prefix segment: <https://w3id.org/medatlas/vocab/segment/> .
id:molvane a ma:Company ; rdfs:label "Molvane Bio"@en ;
    ma:operatesIn usecase:drug-discovery , segment:ai-drug-discovery .
id:doc-1 a ma:SourceDocument ; ma:fileName "molvane.txt" .
id:st-1 a ma:Statement ; rdf:subject id:molvane ; rdf:predicate ma:operatesIn ;
    rdf:object usecase:drug-discovery ; prov:wasDerivedFrom id:doc-1 .
"""


def test_an_organisation_whose_field_is_a_use_case_works_on_it(figures_store) -> None:
    """operatesIn may point at a use case (a company's field of care): who-works-on-use-case
    lists the company with the document that says so, and its segments stay segments."""
    import pyoxigraph as ox

    graph = "https://w3id.org/medatlas/graph/test-field"
    figures_store.load_graph(graph, data=FIELD_DATA.encode(), fmt=ox.RdfFormat.TURTLE)
    try:
        rows = run(figures_store, "who-works-on-use-case", params={"usecase": "drug-discovery"})
        mine = [r for r in rows.records() if r["actor"] == ID + "molvane"]
        assert len(mine) == 1
        assert mine[0]["sources"] == "molvane.txt"
        assert mine[0]["organization"] == ID + "molvane"
        assert "drug discovery" not in mine[0]["segments"].lower().split(" | ")
        assert mine[0]["segments"]  # the segment it also operates in
    finally:
        figures_store.replace_graph(graph, [])
