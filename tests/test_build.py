"""The build: every source in its graph, deterministic, and all-or-nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from medatlas.atlas import ATLAS_DIR
from medatlas.build import build
from medatlas.errors import AtlasDataError
from medatlas.graph.export import serialize
from medatlas.graph.iris import ATLAS_GRAPH, ONTOLOGY_GRAPH, VOCAB_GRAPH
from medatlas.graph.stats import store_stats
from medatlas.graph.store import AtlasStore


def test_each_source_has_its_named_graph(built, store: AtlasStore) -> None:
    _, result = built
    assert set(store.graph_names()) == {ATLAS_GRAPH, ONTOLOGY_GRAPH, VOCAB_GRAPH}
    for graph in (ATLAS_GRAPH, ONTOLOGY_GRAPH, VOCAB_GRAPH):
        assert result.graphs[graph] > 100
        assert sum(1 for _ in store.quads(graph)) == result.graphs[graph]


def test_stats_count_the_market(store: AtlasStore) -> None:
    st = store_stats(store)
    classes = dict(st.by_class)
    for cls in ("Company", "GovernmentBody", "Platform", "Product", "AIModel", "Policy", "Report"):
        assert classes.get(cls, 0) >= 2, f"too few {cls}: {classes.get(cls)}"
    assert classes["Statement"] >= classes["Company"]
    files = dict(st.by_document)
    assert sorted(files) == [
        "000_481865b282495e49.txt",
        "001_3e39562607f966bf.txt",
        "002_a0befc1e6e0d9336.txt",
        "003_12eb935e4e13bb4f.txt",
        "004_9ad37cdd4b80ca15.txt",
    ]
    assert all(n > 5 for n in files.values())


def test_two_builds_are_identical(built, tmp_path: Path, corpus_dir: Path) -> None:
    other, _ = build(tmp_path / "again", corpus_dir=corpus_dir, validate=False)
    first = AtlasStore(built[0], read_only=True)
    try:
        assert serialize(first, "trig") == serialize(other, "trig")
    finally:
        first.close()
        other.close()


def test_rebuilding_replaces_rather_than_adds(tmp_path: Path, corpus_dir: Path) -> None:
    path = tmp_path / "store"
    store, first = build(path, corpus_dir=corpus_dir, validate=False)
    n = len(store)
    store.close()
    store, second = build(path, corpus_dir=corpus_dir, validate=False)
    assert len(store) == n == first.triples == second.triples
    store.close()
    leftovers = [p.name for p in tmp_path.glob("store.*") if p.name != "store.lock"]
    assert leftovers == [], "no work or old store is left beside the store"


def test_failed_build_leaves_previous_store(tmp_path: Path, corpus_dir: Path) -> None:
    path = tmp_path / "store"
    store, _ = build(path, corpus_dir=corpus_dir, validate=False)
    before = serialize(store, "nquads")
    store.close()

    broken = tmp_path / "atlas"
    shutil.copytree(ATLAS_DIR, broken)
    (broken / "zzz_broken.yaml").write_text(
        'source: x.txt\nrelations:\n  - [nvidia, develops, no-such-thing, "q"]\n',
        encoding="utf-8",
    )
    with pytest.raises(AtlasDataError, match="no-such-thing"):
        build(path, atlas_dir=broken, corpus_dir=corpus_dir, validate=False)
    after = AtlasStore(path, read_only=True)
    assert serialize(after, "nquads") == before
    after.close()
    assert not list(tmp_path.glob("store.building-*"))


def test_a_second_writer_is_told_the_store_is_in_use(tmp_path: Path) -> None:
    from medatlas.errors import StoreError
    from medatlas.graph.store import writer_lock

    path = tmp_path / "store"
    with writer_lock(path), pytest.raises(StoreError, match="store in use"):
        build(path, validate=False)
    store, _ = build(path, validate=False)  # free again once the first writer is done
    assert len(store) > 0
    store.close()
