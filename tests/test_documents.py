"""Documents into the store: one graph each, evidence at its offsets, all or nothing."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from medatlas.build import build
from medatlas.graph.iris import IDENTITY_GRAPH, document_graph, entity_iri
from medatlas.graph.store import AtlasStore
from medatlas.loaders.pipeline import SIGNATURES

MA = "https://w3id.org/medatlas/ontology#"
PROV = "http://www.w3.org/ns/prov#"

# A report of our own: known names (英伟达, 联影智能, 国家药监局), a new company and product.
REPORT_ZH = """# 医学影像AI企业观察

发布机构：示例研究院
发布日期：2025年3月

英伟达与联影智能在医学影像领域开展合作。
深瞳远景科技有限公司发布了“瞳见”肺结节检测系统，已在多家医院部署。
国家药监局于2024年批准了多款AI辅助诊断产品。
"""


def _evidence_rows(store: AtlasStore, file: str) -> list[dict[str, object]]:
    query = """
    PREFIX ma: <https://w3id.org/medatlas/ontology#>
    PREFIX prov: <http://www.w3.org/ns/prov#>
    SELECT ?quote ?start ?end WHERE {
      GRAPH ?g { ?st a ma:Statement ; ma:quote ?quote ; ma:charStart ?start ; ma:charEnd ?end ;
                     prov:wasDerivedFrom ?doc . }
    }"""
    rows = store.query(
        query.replace("SELECT", "SELECT ?g"),
        bindings={"g": ox.NamedNode(document_graph(file))},
    )
    return [
        {"quote": r["quote"].value, "start": int(r["start"].value), "end": int(r["end"].value)}
        for r in rows
    ]


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    docs = tmp_path / "reports"
    docs.mkdir()
    (docs / "zh.md").write_text(REPORT_ZH, encoding="utf-8")
    (docs / "gbk.txt").write_bytes(REPORT_ZH.replace("# ", "").encode("gb18030"))
    (docs / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (docs / "empty.txt").write_bytes(b"")
    return docs


def test_documents_load_with_evidence_and_bad_files_are_named(folder: Path, tmp_path: Path) -> None:
    store, result = build(tmp_path / "store", docs=[folder], validate=False)
    try:
        assert sorted(result.extracted) == ["gbk.txt", "zh.md"]
        assert sorted(result.failed) == ["broken.docx", "empty.txt"]
        assert all(name in msg for name, msg in result.failed.items())
        graphs = store.graph_names()
        assert document_graph("zh.md") in graphs and document_graph("gbk.txt") in graphs
        assert document_graph("broken.docx") not in graphs  # nothing partial
        for file in ("zh.md", "gbk.txt"):
            text = (
                (folder / file).read_bytes().decode("utf-8" if file.endswith(".md") else "gb18030")
            )
            rows = _evidence_rows(store, file)
            assert len(rows) >= 3
            for row in rows:
                assert 0 < len(str(row["quote"])) <= 40
                assert str(row["quote"]) in text
        # the known names link to the curated entities
        mentioned = {
            q.subject.value
            for q in store.quads(document_graph("zh.md"))
            if q.predicate.value == MA + "mentionedIn"
        }
        assert {entity_iri("nvidia"), entity_iri("united-imaging-intelligence")} <= mentioned
        assert result.reports["zh.md"]["facts"]["entities"] >= 3
    finally:
        store.close()


def test_unchanged_documents_are_skipped_and_changed_ones_replaced(
    folder: Path, tmp_path: Path
) -> None:
    for bad in ("broken.docx", "empty.txt"):
        (folder / bad).unlink()
    path = tmp_path / "store"
    store, _ = build(path, docs=[folder], validate=False)
    gbk_before = sorted(str(q) for q in store.quads(document_graph("gbk.txt")))
    store.close()
    (folder / "zh.md").write_text(REPORT_ZH + "\n百度推出了灵医大模型。\n", encoding="utf-8")
    store, second = build(path, docs=[folder], validate=False)
    try:
        assert second.unchanged == ["gbk.txt"] and second.extracted == ["zh.md"]
        assert sorted(str(q) for q in store.quads(document_graph("gbk.txt"))) == gbk_before
        mentioned = {
            q.subject.value
            for q in store.quads(document_graph("zh.md"))
            if q.predicate.value == MA + "mentionedIn"
        }
        assert entity_iri("baidu") in mentioned
    finally:
        store.close()


def test_remove_drops_one_document_and_nothing_else(folder: Path, tmp_path: Path) -> None:
    for bad in ("broken.docx", "empty.txt"):
        (folder / bad).unlink()
    path = tmp_path / "store"
    store, _ = build(path, docs=[folder], validate=False)
    keep = sorted(str(q) for q in store.quads(document_graph("gbk.txt")))
    others = {g: sum(1 for _ in store.quads(g)) for g in store.graph_names() if "/doc/" not in g}
    store.close()
    store, result = build(path, remove=["zh.md"], validate=False)
    try:
        assert result.removed == ["zh.md"]
        assert document_graph("zh.md") not in store.graph_names()
        assert sorted(str(q) for q in store.quads(document_graph("gbk.txt"))) == keep
        for g, n in others.items():
            if g != IDENTITY_GRAPH:  # re-derived from the remaining documents
                assert sum(1 for _ in store.quads(g)) == n
    finally:
        store.close()


def test_the_corpus_builds_and_conforms(tmp_path: Path, corpus_dir: Path) -> None:
    store, result = build(tmp_path / "store", docs=[corpus_dir], corpus_dir=corpus_dir)
    try:
        assert len(result.extracted) == 5 and not result.failed
        assert result.validation is not None
        doc_violations = [v for v in result.validation.violations if "/doc/" in v.graph]
        assert doc_violations == [], doc_violations[:5]
        for name in result.extracted:
            facts = result.reports[name]["facts"]
            assert facts["entities"] >= 10, (name, facts)
        # every entity first found in a document has one type and a label from consolidation
        identity = list(store.quads(IDENTITY_GRAPH))
        typed = {q.subject.value for q in identity if q.predicate.value.endswith("#type")}
        labelled = {q.subject.value for q in identity if q.predicate.value.endswith("#label")}
        assert typed == labelled
    finally:
        store.close()


def test_relation_signatures_agree_with_the_ontology() -> None:
    """The pipeline's type guard may only allow what the ontology's domains and ranges allow."""
    from medatlas.ontology.namespace import ONTOLOGY_FILE

    g = rdflib.Graph().parse(ONTOLOGY_FILE)
    ma = rdflib.Namespace(MA)

    def members(node: rdflib.term.Node) -> set[rdflib.term.Node]:
        union = g.value(node, rdflib.OWL.unionOf)
        if union is None:
            return {node}
        return set(rdflib.collection.Collection(g, union))

    def fits(cls: str, allowed: set[rdflib.term.Node]) -> bool:
        supers = set(g.transitive_objects(ma[cls], rdflib.RDFS.subClassOf))
        return bool(supers & allowed)

    for predicate, (subjects, objects) in SIGNATURES.items():
        for domain in g.objects(ma[predicate], rdflib.RDFS.domain):
            allowed = members(domain)
            bad = [c for c in subjects if not fits(c, allowed)]
            assert bad == [], f"{predicate}: {bad} outside its domain"
        for rng in g.objects(ma[predicate], rdflib.RDFS.range):
            if objects is None or rng == rdflib.RDFS.Literal:
                continue
            allowed = members(rng)
            bad = [c for c in objects if not fits(c, allowed)]
            assert bad == [], f"{predicate}: {bad} outside its range"


def test_an_impossible_date_is_never_typed_as_a_date() -> None:
    from medatlas.loaders.pipeline import _date_value

    assert _date_value("2024-03").datatype == "gYearMonth"
    assert _date_value("2023-13").datatype == "string"  # SHACL would flag an ill-formed literal
    assert _date_value("2025-02-30").datatype == "string"
