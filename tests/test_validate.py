"""SHACL on the build: the atlas conforms, and a broken fact is reported with its source."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from medatlas.build import build, populate
from medatlas.errors import ValidationFailed
from medatlas.graph.iris import ATLAS_GRAPH, entity_iri
from medatlas.graph.store import AtlasStore
from medatlas.graph.validate import validate_store

MA = "https://w3id.org/medatlas/ontology#"


def test_the_build_conforms(built) -> None:
    _, result = built
    assert result.validation is not None
    assert result.validation.conforms, result.validation.violations[:5]
    assert result.validation.triples > 5000


@pytest.fixture(scope="module")
def broken_store(corpus_dir: Path) -> AtlasStore:
    store = AtlasStore()
    populate(store, corpus_dir=corpus_dir)
    g = ox.NamedNode(ATLAS_GRAPH)
    nvidia = ox.NamedNode(entity_iri("nvidia"))
    policy = next(
        q.subject
        for q in store.quads(ATLAS_GRAPH)
        if q.predicate.value.endswith("#type") and q.object.value == MA + "Policy"
    )
    # NVIDIA "develops" a policy, and gains a second Chinese label
    store.oxigraph.add(ox.Quad(nvidia, ox.NamedNode(MA + "develops"), policy, g))
    store.oxigraph.add(
        ox.Quad(
            nvidia,
            ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
            ox.Literal("辉达", language="zh"),
            g,
        )
    )
    return store


def test_a_broken_fact_is_reported_with_its_rule_and_source(broken_store: AtlasStore) -> None:
    report = validate_store(broken_store)
    assert not report.conforms
    about_nvidia = [v for v in report.violations if v.focus == entity_iri("nvidia")]
    paths = {v.path.rsplit("#", 1)[-1] for v in about_nvidia}
    assert {"develops", "label"} <= paths, report.violations
    assert all(v.message for v in about_nvidia)
    # the violation is filed under a source report, not lost
    assert set(report.by_source()) - {"unknown"}


def test_a_build_that_breaks_a_rule_fails_and_keeps_the_old_store(
    tmp_path: Path, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "store"
    store, _ = build(path, corpus_dir=corpus_dir, validate=False)
    n = len(store)
    store.close()

    import medatlas.build as build_module

    real_populate = build_module.populate

    def populate_and_break(store: AtlasStore, **kw):
        counts = real_populate(store, **kw)
        store.oxigraph.add(
            ox.Quad(
                ox.NamedNode(entity_iri("nvidia")),
                ox.NamedNode(MA + "confidence"),
                ox.Literal(
                    "2.5", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")
                ),
                ox.NamedNode(ATLAS_GRAPH),
            )
        )
        return counts

    monkeypatch.setattr(build_module, "populate", populate_and_break)
    with pytest.raises(ValidationFailed, match="SHACL"):
        build(path, corpus_dir=corpus_dir)
    again = AtlasStore(path, read_only=True)
    assert len(again) == n
    again.close()
