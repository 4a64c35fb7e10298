"""``medatlas review``: structured candidates, accept into the curated atlas, reject for good."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from medatlas.atlas import ATLAS_DIR
from medatlas.cli import main
from medatlas.graph.identity import NameIndex
from medatlas.graph.iris import ATLAS_GRAPH, document_graph, entity_iri
from medatlas.loaders.atlas import read_atlas
from medatlas.loaders.candidates import Candidate, Ref, candidate_id
from medatlas.loaders.curate import observation_entry
from medatlas.loaders.document import Document, Metadata
from medatlas.loaders.extract.model import FigureCandidate, Mention, RelationCandidate
from medatlas.loaders.pipeline import Extractors, extract_document
from medatlas.loaders.review import ReviewError, accept, read_candidates, rejected_ids

# invented for these tests: two new companies, a platform, a hedged use, a survey share
DOC = (
    "Harborlight Health developed the Beacon Triage platform, "
    "which may be used for triage at some clinics.\n"
    "Quillmere Labs partners with Harborlight Health on imaging research.\n"
)


# --- the pipeline: structured candidates and the rejection filter ------------------------------


class _NoGazetteer:
    def find(self, text: str) -> list[Mention]:
        return []


TEXT = "Acme built a Beam platform; it works with Bolt. 12% of buyers use it."


def _mention(name: str, cls: str) -> Mention:
    start = TEXT.index(name)
    return Mention(start, start + len(name), name, cls, 0.8, "test")


def _steps(held: float = 0.4, doubtful: float = 0.55) -> Extractors:
    acme, beam, bolt = (
        _mention("Acme", "Company"),
        _mention("Beam", "Platform"),
        _mention("Bolt", "Company"),
    )
    share = TEXT.index("12%")

    def discover(doc, known):
        return [acme, beam, bolt]

    def relate(doc, mentions):
        return [
            RelationCandidate(acme, "develops", beam, 0, 20, held, "test"),
            RelationCandidate(acme, "partnersWith", bolt, 0, 47, doubtful, "test"),
        ]

    def measure(doc, mentions):
        return [
            FigureCandidate(
                "12",
                "http://qudt.org/vocab/unit/PERCENT",
                "https://w3id.org/medatlas/id/x",
                (acme,),
                "2024",
                "12%",
                share,
                share + 3,
                0.45,
                "test",
            )
        ]

    return Extractors(discover, relate, measure)


def _doc() -> Document:
    return Document("t.txt", Path("t.txt"), "txt", "utf-8", "0" * 64, TEXT, (), Metadata())


def _extract(rejected=None):
    return extract_document(
        _doc(),
        gazetteer=_NoGazetteer(),
        names=NameIndex(),
        classes={},
        extractors=_steps(),
        rejected=rejected,
    )


def test_candidates_are_structured_with_stable_ids() -> None:
    first, again = _extract().report, _extract().report
    kinds = {(c.kind, c.status) for c in first.candidates}
    assert kinds == {
        ("entity", "new"),
        ("relation", "held_back"),
        ("relation", "low_confidence"),
        ("figure", "held_back"),
    }
    assert [c.id for c in first.candidates] == [c.id for c in again.candidates]
    held = next(c for c in first.candidates if c.status == "held_back" and c.kind == "relation")
    assert held.subject and held.subject.name == "Acme" and held.predicate == "develops"
    assert held.quote in _doc().text and len(held.quote) <= 40
    # the old string lists are still there
    report = first.as_dict()
    assert report["held_back"] == ["Acme develops Beam (0.40)", "12% (0.45)"]
    assert report["low_confidence"] == ["Acme partnersWith Bolt (0.55)"]
    assert [Candidate.from_dict(c) for c in report["candidates"]] == first.candidates


def test_rejected_relation_and_entity_are_left_out() -> None:
    report = _extract().report
    doubtful = next(c for c in report.candidates if c.status == "low_confidence")
    bolt = next(c for c in report.candidates if c.kind == "entity" and c.fact.startswith("Bolt"))
    out = _extract(rejected={doubtful.id})
    assert not out.facts.relations and doubtful.id in out.report.rejected
    out = _extract(rejected={bolt.id})
    assert entity_iri("bolt") not in {e.iri for e in out.facts.entities}
    assert not out.facts.relations  # the relation naming the rejected entity goes with it
    assert out.report.rejected == [bolt.id]


def test_candidate_id_changes_with_the_document_and_offsets() -> None:
    base = candidate_id("a.txt", "relation", ("A", "develops", "B"), 3, 9)
    assert base != candidate_id("a.txt", "relation", ("A", "develops", "B"), 3, 10)
    assert base != candidate_id("b.txt", "relation", ("A", "develops", "B"), 3, 9)
    assert len(base) == 12


# --- curated entries ---------------------------------------------------------------------------


def test_a_figure_becomes_an_observation_written_as_in_the_text() -> None:
    atlas = read_atlas()
    measure = next(c for c in atlas.concepts if c.cls == "Measure")
    company = next(e for e in atlas.entities.values() if e.type == "Company")
    cand = Candidate(
        id="f00000000001",
        document="x.txt",
        kind="figure",
        status="held_back",
        fact="",
        confidence=0.4,
        method="test",
        quote="营收达到 3.5 亿元",
        start=0,
        end=10,
        measure=measure.iri,
        value="350000000",
        unit="http://qudt.org/vocab/currency/CNY",
        period="2024",
        original="3.5 亿元",
        about=(Ref("x", entity_iri(company.id), "Company"),),
    )
    item = observation_entry(cand, atlas, {}, {})
    assert (item["value"], item["unit"], item["about"]) == ("3.5", "亿元", [company.id])
    assert item["period"] == "2024" and item["quote"] == cand.quote


# --- the command, end to end -------------------------------------------------------------------


@pytest.fixture()
def setup(tmp_path: Path):
    """A private atlas copy and a document; builds pass the copy with --atlas."""
    atlas = _atlas_copy(tmp_path)
    doc = tmp_path / "docs" / "review_note.txt"
    doc.parent.mkdir()
    doc.write_text(DOC, encoding="utf-8")
    return tmp_path, atlas, doc


def _build(runner: CliRunner, root: Path, doc: Path, n: int, atlas: Path, *extra: str) -> Path:
    """Build into the same store each time (a rebuild); exports and reports into OUT<n>."""
    out = root / f"out{n}"
    result = runner.invoke(
        main,
        [
            "build",
            "--store",
            str(root / "store"),
            "--out",
            str(out),
            "--docs",
            str(doc),
            "--atlas",
            str(atlas),
            *extra,
        ],
    )
    assert result.exit_code == 0, result.output
    return out


def _list(runner: CliRunner, out: Path, atlas: Path, *extra: str) -> list[dict]:
    result = runner.invoke(
        main, ["review", "--reports", str(out / "reports"), "--atlas", str(atlas), "--json", *extra]
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _graph_subjects(root: Path, graph: str) -> set[str]:
    from medatlas.graph.store import AtlasStore

    store = AtlasStore(root / "store", read_only=True)
    try:
        return {q.subject.value for q in store.quads(graph)}
    finally:
        store.close()


def test_review_accept_and_reject_end_to_end(setup) -> None:
    root, atlas, doc = setup
    runner = CliRunner()
    out = _build(runner, root, doc, 1, atlas, "--no-validate")
    rows = _list(runner, out, atlas)
    by_fact = {r["fact"]: r for r in rows}
    company = by_fact["Harborlight Health (Company)"]
    platform = by_fact["Beacon Triage (Platform)"]
    hedged = next(r for r in rows if r["kind"] == "relation" and "Beacon Triage" in r["fact"])
    assert hedged["status"] == "held_back" and hedged["quote"] in DOC
    assert _list(runner, out, atlas, "--kind", "relation") == [hedged]
    assert _list(runner, out, atlas, "--min-confidence", "0.99") == []
    table = runner.invoke(
        main, ["review", "--reports", str(out / "reports"), "--atlas", str(atlas)]
    )
    assert company["id"] in table.output and "Harborlight Health" in table.output

    review = ["--reports", str(out / "reports"), "--atlas", str(atlas)]
    # the relation alone cannot go in: its subject is not in the atlas yet
    alone = runner.invoke(main, ["review", "accept", hedged["id"], *review])
    assert alone.exit_code == 1
    assert platform["id"] in alone.output and not (atlas / "reviewed").exists()

    ids = [company["id"], platform["id"], hedged["id"]]
    done = runner.invoke(main, ["review", "accept", *ids, *review])
    assert done.exit_code == 0, done.output
    written = atlas / "reviewed" / "review_note.txt.yaml"
    before = written.read_text(encoding="utf-8")
    again = runner.invoke(main, ["review", "accept", *ids, *review])
    assert again.exit_code == 0 and "already accepted 3" in again.output
    assert written.read_text(encoding="utf-8") == before  # accepting twice adds once
    data = yaml.safe_load(before)
    assert data["source"] == "review_note.txt" and sorted(data["accepted"]) == sorted(ids)
    quotes = [e["quote"] for e in data["entities"]] + [r[3] for r in data["relations"]]
    assert all(q in DOC and len(q) <= 40 for q in quotes)
    read_atlas(atlas)  # the atlas loader takes the file as it is

    other = next(
        r for r in rows if r["kind"] == "entity" and r["id"] not in ids and "Quillmere" in r["fact"]
    )
    rejected = runner.invoke(main, ["review", "reject", other["id"], *review])
    assert rejected.exit_code == 0, rejected.output
    conflict = runner.invoke(main, ["review", "reject", company["id"], *review])
    assert conflict.exit_code == 1 and "were accepted" in conflict.output

    # a rebuild of the same store: the document is unchanged, but its rejections are new, so
    # it is extracted again (validated: the curated facts pass SHACL)
    out2 = _build(runner, root, doc, 2, atlas)
    curated = _graph_subjects(root, ATLAS_GRAPH)
    assert entity_iri("harborlight-health") in curated
    assert entity_iri("beacon-triage") in curated
    in_doc = _graph_subjects(root, document_graph(doc.name))
    assert other["subject"]["iri"] not in in_doc
    report = json.loads((out2 / "reports" / f"{doc.name}.json").read_text(encoding="utf-8"))
    assert other["id"] in report["rejected"]
    # decided candidates are listed only with --all; a rejected one is not even extracted
    listed = {r["id"] for r in _list(runner, out2, atlas)}
    everything = {r["id"]: r["decision"] for r in _list(runner, out2, atlas, "--all")}
    assert everything[hedged["id"]] == "accepted" and hedged["id"] not in listed
    assert other["id"] not in everything


# --- errors: one clear line, nothing written ---------------------------------------------------


def test_unknown_id_names_it_and_writes_nothing(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "a.txt.json").write_text(json.dumps({"candidates": []}), encoding="utf-8")
    result = CliRunner().invoke(
        main,
        [
            "review",
            "accept",
            "beefbeefbeef",
            "--reports",
            str(reports),
            "--atlas",
            str(tmp_path / "atlas"),
        ],
    )
    assert result.exit_code == 1
    assert "unknown candidate id(s) beefbeefbeef" in result.output
    assert not (tmp_path / "atlas").exists()


def test_missing_report_folder_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["review", "--reports", str(tmp_path / "nowhere")])
    assert result.exit_code == 1
    assert f"no extraction reports at {tmp_path / 'nowhere'}" in result.output
    assert "medatlas build --docs" in result.output


def test_malformed_decision_file_is_named(tmp_path: Path) -> None:
    atlas = tmp_path / "atlas"
    (atlas / "rejected").mkdir(parents=True)
    bad = atlas / "rejected" / "a.txt.yaml"
    bad.write_text("source: a.txt\nrejected: [unclosed\n", encoding="utf-8")
    with pytest.raises(ReviewError, match=r"a\.txt\.yaml: cannot be read as UTF-8 YAML"):
        rejected_ids(atlas)


def test_malformed_report_is_named(tmp_path: Path) -> None:
    (tmp_path / "a.txt.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ReviewError, match=r"a\.txt\.json: cannot be read as an extraction report"):
        read_candidates(tmp_path)


def _atlas_copy(tmp_path: Path) -> Path:
    atlas = tmp_path / "atlas"
    atlas.mkdir()
    for path in ATLAS_DIR.glob("*.yaml"):
        shutil.copyfile(path, atlas / path.name)
    return atlas


def test_an_entity_without_english_name_needs_en(tmp_path: Path) -> None:
    atlas = _atlas_copy(tmp_path)
    reports = tmp_path / "reports"
    reports.mkdir()
    cand = Candidate(
        id="e00000000001",
        document="n.txt",
        kind="entity",
        status="new",
        fact="青岚医疗 (Company)",
        confidence=0.8,
        method="test",
        quote="青岚医疗发布",
        start=0,
        end=6,
        subject=Ref("青岚医疗", entity_iri("n-0123456789ab"), "Company"),
    )
    (reports / "n.txt.json").write_text(
        json.dumps({"candidates": [cand.as_dict()]}, ensure_ascii=False), encoding="utf-8"
    )
    with pytest.raises(ReviewError, match="has no English name; accept it alone with --en"):
        accept([cand.id], report_dir=reports, atlas_dir=atlas)
    assert not (atlas / "reviewed").exists()
    out = accept([cand.id], report_dir=reports, atlas_dir=atlas, en="Qinglan Medical")
    entity = read_atlas(atlas).entities["qinglan-medical"]
    assert (entity.zh, entity.en, entity.type) == ("青岚医疗", "Qinglan Medical", "Company")
    assert out.done == [cand.id]


def test_a_thing_the_atlas_has_no_type_for_is_refused(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    reports.mkdir()
    cand = Candidate(
        id="e00000000002",
        document="m.txt",
        kind="entity",
        status="new",
        fact="Lumen Devices market (Market)",
        confidence=0.7,
        method="test",
        quote="the Lumen Devices market",
        start=0,
        end=24,
        subject=Ref("Lumen Devices market", entity_iri("lumendevicesmarket"), "Market"),
    )
    (reports / "m.txt.json").write_text(json.dumps({"candidates": [cand.as_dict()]}))
    with pytest.raises(ReviewError, match="a Market is not an atlas entity type"):
        accept([cand.id], report_dir=reports, atlas_dir=_atlas_copy(tmp_path))
    assert not (tmp_path / "atlas" / "reviewed").exists()


def test_a_use_case_candidate_is_pointed_at_the_vocabulary(tmp_path: Path) -> None:
    """A use case a report named is a concept: accepting it says which vocabulary file takes it."""
    reports = tmp_path / "reports"
    reports.mkdir()
    cand = Candidate(
        id="e00000000003",
        document="u.txt",
        kind="entity",
        status="new",
        fact="wound photo triage (UseCase)",
        confidence=0.7,
        method="test",
        quote="used for wound photo triage",
        start=0,
        end=27,
        subject=Ref(
            "wound photo triage", "https://w3id.org/medatlas/vocab/discovered/usecase/x", "UseCase"
        ),
    )
    (reports / "u.txt.json").write_text(json.dumps({"candidates": [cand.as_dict()]}))
    with pytest.raises(ReviewError, match=r"ontology/vocab/usecases\.ttl"):
        accept([cand.id], report_dir=reports, atlas_dir=_atlas_copy(tmp_path))
    assert not (tmp_path / "atlas" / "reviewed").exists()
