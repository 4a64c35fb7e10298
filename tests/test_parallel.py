"""Parallel extraction: the same facts as one process, in the order given, a few at a time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from medatlas.errors import MedatlasError
from medatlas.graph.triples import fact_quads
from medatlas.loaders.atlas import read_atlas
from medatlas.loaders.extract.gazetteer import atlas_gazetteer
from medatlas.loaders.parallel import AHEAD, extract_many, extract_one
from medatlas.loaders.pipeline import extract_document
from medatlas.loaders.readers import read_document

REPORTS = {
    "a_zh.txt": "星衡医疗宣布完成2亿元B轮融资，本轮由澜岳资本领投。\n\n"
    "星衡医疗推出星衡影像辅助诊断系统，主要用于医学影像，已在120家医院落地。\n",
    "b_en.md": "# Imaging AI brief\n\nNovapath Health raised USD 40 million in a Series B round "
    "led by Helixcore Ventures. Novapath Health launched Novapath Scan for medical imaging.\n",
    "c_zh.md": "# 政策动态\n\n2024年3月，国家卫生健康委员会印发"
    "《关于促进医学人工智能应用的指导意见》，提出到2026年推动医学影像人工智能在二级以上医院普及应用。\n",
}


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("reports")
    paths = []
    for name, text in REPORTS.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _sequential(path: Path) -> tuple[set[str], dict[str, object]]:
    """What the build does for one document, in this process: quads and report."""
    atlas = read_atlas()
    from medatlas.graph.vocabulary import read_concepts

    classes = {f"https://w3id.org/medatlas/id/{e.id}": e.type for e in atlas.entities.values()}
    classes.update({c.iri: c.cls for c in read_concepts()})
    result = extract_document(
        read_document(path), gazetteer=atlas_gazetteer(), names=atlas.names, classes=classes
    )
    return {str(q) for q in fact_quads(result.facts)}, result.report.as_dict()


def test_one_document_gives_what_the_build_extracts(reports: list[Path]) -> None:
    for path in reports:
        outcome = extract_one(path)
        quads, report = _sequential(path)
        assert outcome.error is None
        assert {str(q) for q in outcome.quads} == quads
        assert outcome.report == report
        assert outcome.report["facts"]["relations"] > 0, path.name


def test_two_workers_give_the_same_outcomes_in_the_same_order(reports: list[Path]) -> None:
    one = list(extract_many(reports, workers=1))
    two = list(extract_many(reports, workers=2))
    assert [o.name for o in two] == [p.name for p in reports]
    assert [(o.name, o.quads, o.report, o.error) for o in two] == [
        (o.name, o.quads, o.report, o.error) for o in one
    ]
    assert all(isinstance(q, ox.Quad) for o in two for q in o.quads)


def test_a_broken_document_fails_alone(reports: list[Path], tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    outcomes = list(extract_many([reports[0], empty, reports[1]], workers=2))
    assert [o.name for o in outcomes] == [reports[0].name, "empty.txt", reports[1].name]
    assert outcomes[1].error and "empty.txt" in outcomes[1].error
    assert outcomes[1].quads == ()
    assert outcomes[0].error is None and outcomes[2].error is None


def test_documents_are_taken_a_few_at_a_time(reports: list[Path]) -> None:
    taken = 0

    def paths() -> Iterator[Path]:
        nonlocal taken
        for _ in range(20):
            for path in reports:
                taken += 1
                yield path

    stream = extract_many(paths(), workers=2)
    first = next(stream)
    assert first.name == reports[0].name
    assert taken <= 2 * (AHEAD + 1) + 1, "the whole corpus was queued before the first result"
    stream.close()


def test_workers_must_be_positive(reports: list[Path]) -> None:
    with pytest.raises(MedatlasError, match="workers"):
        list(extract_many(reports, workers=0))


def test_build_with_two_workers_stores_what_one_process_stores(
    reports: list[Path], tmp_path: Path
) -> None:
    from medatlas.build import build
    from medatlas.graph.export import serialize

    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    folder = reports[0].parent
    one, r1 = build(None, docs=[folder, broken], validate=False, workers=1)
    two, r2 = build(None, docs=[folder, broken], validate=False, workers=2)
    assert r1.extracted == r2.extracted == sorted(REPORTS)
    assert set(r1.failed) == set(r2.failed) == {"broken.docx"}
    assert r1.reports == r2.reports
    assert serialize(one, "nquads") == serialize(two, "nquads")
    assert r2.graphs == r1.graphs and len(r2.graphs) >= len(REPORTS) + 4


def test_auto_workers_stays_in_process_for_a_few_documents() -> None:
    from medatlas.build import MAX_WORKERS, MIN_PARALLEL, auto_workers

    assert auto_workers(0) == auto_workers(MIN_PARALLEL - 1) == 1
    assert 1 <= auto_workers(1000) <= MAX_WORKERS


def test_an_extractor_bug_on_one_document_fails_that_document_alone(
    reports: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import medatlas.loaders.pipeline as pipeline

    real = pipeline.extract_document

    def buggy(document, **kwargs):  # a rule that breaks on one report's wording
        if document.name == reports[1].name:
            raise ValueError("substring not found")
        return real(document, **kwargs)

    monkeypatch.setattr(pipeline, "extract_document", buggy)
    outcomes = list(extract_many(reports[:3], workers=1))
    assert [o.name for o in outcomes] == [p.name for p in reports[:3]]
    error = outcomes[1].error or ""
    assert reports[1].name in error and "ValueError: substring not found" in error
    assert "please report" in error and outcomes[1].quads == ()
    assert outcomes[0].error is None and outcomes[2].error is None and outcomes[2].quads
