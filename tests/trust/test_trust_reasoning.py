"""OWL reasoning: HermiT and owlrl, inferred triples in their own graph, clashes in words."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from trust_support import broken_facts, broken_store, snapshot

from medatlas.build import build
from medatlas.cli import main
from medatlas.errors import OntologyError
from medatlas.graph import reasoning
from medatlas.graph.iris import ATLAS_GRAPH, INFERRED_GRAPH, ONTOLOGY_GRAPH, entity_iri
from medatlas.graph.reasoning import reason
from medatlas.graph.store import AtlasStore, replace_graphs
from medatlas.graph.triples import fact_quads
from medatlas.graph.validate import validate_store

MA = "https://w3id.org/medatlas/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
needs_java = pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java")


@needs_java
def test_hermit_finds_the_built_atlas_consistent_and_classifies_it(store: AtlasStore) -> None:
    result = reason(store, engine="hermit")
    assert result.engine == "hermit" and result.consistent, result.report()
    assert result.clashes == []
    assert not result.sampled and result.individuals > 500
    inferred = set(result.inferred)
    assert inferred, "classification entails types the store does not state"
    for t in inferred:  # only new triples
        assert not list(store.oxigraph.quads_for_pattern(t.subject, t.predicate, t.object))
    companies = {
        q.subject
        for q in store.quads(ATLAS_GRAPH)
        if q.predicate.value == RDF_TYPE and q.object.value == MA + "Company"
    }
    organization = ox.NamedNode(MA + "Organization")
    assert companies
    for company in companies:  # every company is an organisation, by the class hierarchy
        assert ox.Triple(company, ox.NamedNode(RDF_TYPE), organization) in inferred


@needs_java
def test_hermit_and_owlrl_infer_the_same_on_a_sample(store: AtlasStore) -> None:
    hermit = reason(store, engine="hermit", max_individuals=150)
    owlrl = reason(store, engine="owlrl", max_individuals=150)
    assert hermit.sampled and owlrl.sampled and hermit.reasoned_over == 150
    assert any("sample" in n for n in hermit.notes)
    assert hermit.consistent and owlrl.consistent
    assert set(hermit.inferred) == set(owlrl.inferred)
    assert hermit.inferred


def test_without_java_owlrl_runs_and_says_so(
    store: AtlasStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reasoning, "java", lambda: None)
    result = reason(store, max_individuals=150)
    assert result.engine == "owlrl"
    assert any("Java was not found" in n and "owlrl" in n for n in result.notes)
    assert result.consistent and result.inferred
    assert any("owlrl" in line for line in result.report())
    with pytest.raises(OntologyError, match="needs Java"):
        reason(store, engine="hermit")


@pytest.mark.parametrize(
    "engine", ["owlrl", pytest.param("hermit", marks=needs_java)], ids=["owlrl", "hermit"]
)
def test_an_inconsistent_store_is_explained_in_words(engine: str, tally) -> None:
    result = reason(broken_store(), engine=engine)
    assert not result.consistent and result.inferred == []
    messages = [c.message for c in result.clashes]
    expected = [
        'id:acme is said to be both a Company (atlas, 002_example.txt: "阿克米公司") and a '
        'GovernmentBody (doc/news.md, news.md: "监管机构阿克米"), which the ontology says are '
        "disjoint",
        'id:plan is said to be both a Policy (atlas, 002_example.txt: "五年规划") and an '
        "Offering (as the object of develops id:acme, by its range: atlas, 002_example.txt: "
        '"阿克米推出五年规划"), which the ontology says are disjoint',
        'id:acme partnersWith itself (atlas, 002_example.txt: "阿克米与阿克米合作"), which the '
        "ontology forbids",
        'obs:clash has two values of value, "10" (doc/news.md, news.md: "规模10亿") and "12" '
        '(doc/news.md, news.md: "规模12亿"), but the ontology allows only one',
    ]
    for message in expected:
        assert message in messages, "\n".join(messages)
    assert {c.kind for c in result.clashes} >= {
        "disjoint-classes",
        "irreflexive-property",
        "functional-property",
    }
    assert all("Traceback" not in m for m in messages)
    tally.record("Reasoning", f"inconsistent stores explained ({engine})")


def test_reason_cli_refuses_an_inconsistent_store_and_writes_nothing(
    tmp_path: Path, tiny_atlases: tuple[Path, Path]
) -> None:
    path = tmp_path / "store"
    build(path, atlas_dir=tiny_atlases[0], validate=False)[0].close()
    replace_graphs(path, {f.graph: list(fact_quads(f)) for f in broken_facts()})
    before = snapshot(path)
    run = CliRunner().invoke(main, ["reason", "--store", str(path), "--engine", "owlrl"])
    assert run.exit_code == 2, run.output
    assert "consistent: NO" in run.output
    assert "which the ontology says are disjoint" in run.output
    assert "nothing was written" in run.output
    assert snapshot(path) == before


def test_inferred_triples_get_their_own_graph_which_a_build_drops(
    tmp_path: Path, tiny_atlases: tuple[Path, Path]
) -> None:
    path = tmp_path / "store"
    build(path, atlas_dir=tiny_atlases[1], validate=False)[0].close()
    before = snapshot(path)
    run = CliRunner().invoke(main, ["reason", "--store", str(path), "--engine", "owlrl"])
    assert run.exit_code == 0, run.output
    after = snapshot(path)
    assert INFERRED_GRAPH in after and INFERRED_GRAPH not in before
    assert {g: d for g, d in after.items() if g != INFERRED_GRAPH} == before
    store = AtlasStore(path, read_only=True)
    acme, beta = entity_iri("acme-health"), entity_iri("beta-hospital")
    inferred = {
        (q.subject.value, q.predicate.value, q.object.value) for q in store.quads(INFERRED_GRAPH)
    }
    store.close()
    assert (beta, MA + "partnersWith", acme) in inferred  # symmetric
    assert (acme, RDF_TYPE, MA + "Organization") in inferred  # Company is an Organization
    assert (beta, RDF_TYPE, "http://schema.org/Hospital") in inferred
    build(path, atlas_dir=tiny_atlases[1], validate=False)[0].close()
    assert snapshot(path) == before, "a build drops the inferred graph"


@pytest.mark.parametrize(
    "engine", ["owlrl", pytest.param("hermit", marks=needs_java)], ids=["owlrl", "hermit"]
)
def test_owl_imports_in_the_data_are_not_followed(
    tmp_path: Path, tiny_atlases: tuple[Path, Path], http_server, tally, engine: str
) -> None:
    path = tmp_path / "store"
    build(path, atlas_dir=tiny_atlases[0], validate=False)[0].close()
    imports = ox.NamedNode("http://www.w3.org/2002/07/owl#imports")
    store = AtlasStore(path, read_only=True)
    graphs = {g: list(store.quads(g)) for g in (ATLAS_GRAPH, ONTOLOGY_GRAPH)}
    store.close()
    for graph, quads in graphs.items():
        quads.append(
            ox.Quad(
                ox.NamedNode("https://w3id.org/medatlas/ontology"),
                imports,
                ox.NamedNode(f"{http_server.url}/remote-ontology.owl"),
                ox.NamedNode(graph),
            )
        )
    replace_graphs(path, graphs)
    store = AtlasStore(path, read_only=True)
    try:
        result = reason(store, engine=engine)
        validate_store(store)
    finally:
        store.close()
    assert any("ignored 2 owl:imports" in n for n in result.notes), result.notes
    assert result.consistent
    assert http_server.hits == []
    tally.record("Hostile input", "owl:imports in the data (reasoning and SHACL validation)")
    tally.check("network requests made", len(http_server.hits))
