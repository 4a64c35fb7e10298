"""The scale benchmarks' generators and report: deterministic, in the shapes real data has.

No timing is asserted here (speed goals live in benchmarks/); these tests keep the inputs of
the benchmark honest: reports that medatlas reads and extracts facts from, atlases in the shape
a build writes that the named questions answer on, and a results table that says what it saw.
"""

from __future__ import annotations

import statistics
import sys
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest

sys.path.append(str(Path(__file__).resolve().parents[1]))  # benchmarks/ is not installed

from benchmarks.bench_queries import ENTITY_ROLES, cases
from benchmarks.bench_report import render_markdown, targets
from benchmarks.generate import (
    TARGET_BYTES,
    ListBlock,
    Names,
    TableBlock,
    atlas_probes,
    main,
    make_report,
    write_atlas,
    write_corpus,
)
from medatlas.graph.iris import ATLAS_GRAPH, GRAPH, ONTOLOGY_GRAPH, VOCAB_GRAPH
from medatlas.graph.store import AtlasStore

MA = "https://w3id.org/medatlas/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SAMPLE = 40  # reports looked at for the shape tests


# ---- corpora -----------------------------------------------------------------------------


def test_the_same_seed_writes_the_same_bytes(tmp_path: Path) -> None:
    a = write_corpus(tmp_path / "a", 6, seed=3)
    b = write_corpus(tmp_path / "b", 6, seed=3)
    assert [p.name for p in a.files] == [p.name for p in b.files]
    assert [p.read_bytes() for p in a.files] == [p.read_bytes() for p in b.files]
    other = make_report(0, seed=4).render()
    assert other != a.files[0].read_text(encoding="utf-8")


def test_a_small_corpus_is_the_start_of_a_larger_one(tmp_path: Path) -> None:
    small = write_corpus(tmp_path / "small", 3)
    large = write_corpus(tmp_path / "large", 7)
    assert [p.read_bytes() for p in small.files] == [p.read_bytes() for p in large.files[:3]]
    assert large.bytes > small.bytes


def test_reports_have_the_shapes_real_ones_have() -> None:
    reports = [make_report(i) for i in range(SAMPLE)]
    langs = Counter(r.lang for r in reports)
    formats = Counter(r.fmt for r in reports)
    assert langs["zh"] > langs["en"] > 0, langs
    assert set(formats) == {"txt", "md", "html"}, formats
    sizes = [len(r.render().encode("utf-8")) for r in reports]
    assert TARGET_BYTES / 2 < statistics.median(sizes) < TARGET_BYTES * 2, sizes
    assert sum(any(isinstance(b, TableBlock) for b in r.blocks) for r in reports) > SAMPLE / 2
    assert sum(any(isinstance(b, ListBlock) for b in r.blocks) for r in reports) > 0
    for report in reports:
        text = report.render()
        assert report.title in text
        assert "%" in text, report.name  # figures
        if report.lang == "zh":
            assert "亿元" in text and "、" in text  # money and numbered headings


def test_name_pools_are_large_and_distinct() -> None:
    names = Names.of(7)
    for pool in (
        names.companies_zh,
        names.companies_en,
        names.products_zh,
        names.investors_zh,
        names.hospitals_zh,
        names.policies_zh,
        names.policies_en,
    ):
        assert len(pool) == len(set(pool))
    assert len(names.companies_zh) > 2_000
    assert len(set(names.companies_zh) & set(names.investors_zh)) == 0


def test_many_distinct_companies_appear_across_reports() -> None:
    names = set(Names.of(7).companies_zh)
    seen: Counter[str] = Counter()
    for i in range(SAMPLE):
        report = make_report(i)
        if report.lang == "zh":
            text = report.render()
            seen.update(n for n in names if n in text)
    assert len(seen) > 200, "too few distinct companies"
    assert seen.most_common(1)[0][1] > 3, "no company recurs across reports"


@pytest.fixture(scope="module")
def extraction_context():
    from medatlas.graph.vocabulary import read_concepts
    from medatlas.loaders.atlas import read_atlas
    from medatlas.loaders.extract.gazetteer import atlas_gazetteer

    atlas = read_atlas()
    classes = {f"https://w3id.org/medatlas/id/{e.id}": e.type for e in atlas.entities.values()}
    classes.update({c.iri: c.cls for c in read_concepts()})
    return atlas_gazetteer(), atlas.names, classes


def _first(lang: str, fmt: str) -> int:
    return next(i for i in range(200) if (r := make_report(i)).lang == lang and r.fmt == fmt)


@pytest.mark.parametrize(
    ("lang", "fmt"), [("zh", "txt"), ("zh", "md"), ("en", "md"), ("zh", "html")]
)
def test_a_generated_report_reads_and_yields_facts(
    tmp_path: Path, extraction_context, lang: str, fmt: str
) -> None:
    from medatlas.loaders.pipeline import extract_document
    from medatlas.loaders.readers import read_document

    report = make_report(_first(lang, fmt))
    path = tmp_path / report.name
    path.write_text(report.render(), encoding="utf-8")
    document = read_document(path)
    kinds = Counter(b.kind for b in document.blocks)
    assert kinds["heading"] >= 2 and kinds["paragraph"] >= 3, kinds
    if any(isinstance(b, TableBlock) for b in report.blocks):
        assert kinds["table"] >= 1, kinds
    gazetteer, names, classes = extraction_context
    result = extract_document(document, gazetteer=gazetteer, names=names, classes=classes)
    facts = result.report.facts
    assert facts["entities"] >= 10 and facts["relations"] >= 5 and facts["figures"] >= 5, facts
    companies = set(Names.of(7).companies_zh if lang == "zh" else Names.of(7).companies_en)
    found = set(result.report.new_entities)
    assert any(n.split(" (")[0] in companies for n in found), sorted(found)[:10]


def test_the_command_line_writes_a_corpus(tmp_path: Path) -> None:
    assert main(["corpus", str(tmp_path / "c"), "--docs", "2"]) == 0
    assert len(list((tmp_path / "c").iterdir())) == 2


# ---- atlases ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def atlas_nq(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("atlas") / "atlas.nq"
    return write_atlas(path, 30_000, seed=7)


def _quads(path: Path, fmt: ox.RdfFormat) -> list[ox.Quad]:
    return list(ox.parse(path=str(path), format=fmt))


def test_an_atlas_has_the_size_asked_for_and_the_graphs_of_a_build(atlas_nq) -> None:
    quads = _quads(atlas_nq.path, ox.RdfFormat.N_QUADS)
    assert len(quads) == atlas_nq.quads
    assert 30_000 <= len(quads) < 30_000 + 10_000  # one document's worth past the size
    graphs = Counter(q.graph_name.value for q in quads)
    assert {ONTOLOGY_GRAPH, VOCAB_GRAPH, ATLAS_GRAPH} <= set(graphs)
    docs = [g for g in graphs if g.startswith(GRAPH + "doc/")]
    assert len(docs) == atlas_nq.documents >= 2


def test_atlas_entities_have_both_names_and_facts_have_evidence(atlas_nq) -> None:
    quads = _quads(atlas_nq.path, ox.RdfFormat.N_QUADS)
    labels: dict[str, set[str]] = {}
    for q in quads:
        if q.graph_name.value == ATLAS_GRAPH and q.predicate.value == RDFS + "label":
            labels.setdefault(q.subject.value, set()).add(q.object.language)
    assert len(labels) == atlas_nq.entities
    assert all(langs == {"zh", "en"} for langs in labels.values())
    by_predicate = Counter(q.predicate.value for q in quads if "/graph/doc/" in q.graph_name.value)
    statements = by_predicate[RDF + "subject"]
    assert statements > 100
    for field in ("quote", "charStart", "charEnd", "method", "confidence"):
        assert by_predicate[MA + field] == statements, field
    assert by_predicate[MA + "mentionedIn"] > 0 and by_predicate[MA + "value"] > 0


def test_an_atlas_is_deterministic_and_trig_holds_the_same_quads(atlas_nq, tmp_path: Path) -> None:
    again = write_atlas(tmp_path / "again.nq", 30_000, seed=7)
    assert again.path.read_bytes() == atlas_nq.path.read_bytes()
    trig = write_atlas(tmp_path / "atlas.trig", 30_000, seed=7)
    named = {str(q) for q in _quads(atlas_nq.path, ox.RdfFormat.N_QUADS) if "_:" not in str(q)}
    from_trig = {str(q) for q in _quads(trig.path, ox.RdfFormat.TRIG) if "_:" not in str(q)}
    assert named == from_trig
    with pytest.raises(ValueError, match="nq"):
        write_atlas(tmp_path / "atlas.ttl", 1_000)


def test_the_named_questions_answer_on_a_synthetic_atlas(atlas_nq) -> None:
    from medatlas.queries.library import run

    store = AtlasStore()
    store.oxigraph.load(path=str(atlas_nq.path), format=ox.RdfFormat.N_QUADS)
    case_list = cases(atlas_probes(30_000, seed=7))
    asked = {name for name, _, _ in case_list}
    assert {"company-profile", "deals", "entities", "figures"} <= asked
    for name, _, params in case_list:
        for key, value in params.items():
            if key in ENTITY_ROLES:
                assert value not in ("nvidia", "bionemo", "英伟达"), (name, key, value)
    answered = {}
    for name, case, params in case_list:
        params = dict(params)
        lang = params.pop("lang", "en")
        if name in ("company-profile", "entities", "deals", "fact-sources"):
            answered[f"{name}.{case}"] = len(run(store, name, params=params, lang=lang))
    assert all(n > 0 for n in answered.values()), answered


# ---- the results table ---------------------------------------------------------------------


def _payload(build_s: float, turtle_s: float, p50: list[float]) -> dict:
    return {
        "mode": "test",
        "machine": {"cpus": 2},
        "sections": {
            "build": {
                "load_before": 1.0,
                "result": {"1000": {"two_processes": {"median_s": build_s, "runs": 1}}},
            },
            "store": {
                "load_before": 1.0,
                "result": {"1000000": {"medatlas-memory": {"turtle_s": {"median_s": turtle_s}}}},
            },
            "queries": {
                "load_before": 1.0,
                "result": {
                    "triples": 1_000_000,
                    "embedded": {
                        f"q.{i}": {"p50_ms": v, "p95_ms": v, "runs": 3} for i, v in enumerate(p50)
                    },
                },
            },
        },
    }


def test_targets_say_met_or_by_how_much_they_are_missed() -> None:
    good = {t[0]: t[2] for t in targets(_payload(30.0, 1.0, [20.0, 80.0]))}
    bad = {t[0]: t[2] for t in targets(_payload(90.0, 6.0, [20.0, 400.0]))}
    build = "1,000 reports built with 2 processes < 60 s"
    assert good[build] == "met"
    assert bad[build] == "not met (1.5x the target)"
    assert bad["Turtle export of 1M triples < 1.5 s"] == "not met (4.0x the target)"
    questions = "every named question < 100 ms p50 at 1M (embedded)"
    assert good[questions] == "met" and bad[questions] == "not met (1 cases)"
    assert good["Trig export of 1M triples < 1.5 s"] == "not run"


def test_the_markdown_lists_failed_sections() -> None:
    payload = _payload(30.0, 1.0, [20.0])
    payload["sections"]["views"] = {"load_before": 0.5, "result": {"error": "ImportError: x"}}
    text = render_markdown(payload)
    assert "## Targets" in text and "| met |" in text
    assert "- views: ImportError: x" in text
