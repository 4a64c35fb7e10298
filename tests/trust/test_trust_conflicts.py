"""Conflicting figures: grouped, compared within a tolerance, never merged, preferred marked."""

from __future__ import annotations

import difflib
import json
import os
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
import yaml
from click.testing import CliRunner

from medatlas.atlas import ATLAS_DIR
from medatlas.build import build
from medatlas.cli import main
from medatlas.errors import AtlasDataError
from medatlas.graph.conflicts import (
    PASSAGE_GAP,
    conflicts_as_json,
    conflicts_as_table,
    find_conflicts,
)
from medatlas.graph.facts import Evidence, FactSet, Observation, SourceDocument
from medatlas.graph.iris import VOCAB_GRAPH, document_graph, entity_iri
from medatlas.graph.store import AtlasStore
from medatlas.graph.triples import fact_quads
from medatlas.graph.vocabulary import vocabulary_triples

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("MEDATLAS_UPDATE_GOLDEN") == "1"
MEASURE = "https://w3id.org/medatlas/vocab/measure/"
PERCENT = "http://qudt.org/vocab/unit/PERCENT"
USD = "http://qudt.org/vocab/currency/USD"


def _golden_files() -> list[Path]:
    return sorted(GOLDEN.glob("conflicts-atlas.tolerance-*.json"))


@pytest.mark.parametrize("golden", _golden_files(), ids=lambda p: p.stem)
def test_conflicts_in_the_built_atlas_match_the_golden_file(
    golden: Path, store: AtlasStore
) -> None:
    tolerance = float(golden.stem.rsplit("-", 1)[1])
    got = conflicts_as_json(find_conflicts(store, tolerance=tolerance))
    if UPDATE:
        golden.write_text(got, encoding="utf-8")
    want = golden.read_text(encoding="utf-8")
    diff = "".join(
        difflib.unified_diff(
            want.splitlines(keepends=True), got.splitlines(keepends=True), "expected", "got"
        )
    )
    assert got == want, f"conflicts differ from {golden.name} (MEDATLAS_UPDATE_GOLDEN=1):\n{diff}"


def test_the_golden_files_hold_the_known_disagreements(tally) -> None:
    """The atlas's real disagreements are in the 5% golden file, each with its sources."""
    data = json.loads((GOLDEN / "conflicts-atlas.tolerance-0.05.json").read_text("utf-8"))
    kinds = {c["kind"] for c in data}
    assert kinds == {"value", "growth", "period"}
    for kind in sorted(kinds):
        section = "Conflicting figures in the curated atlas (tolerance 5%)"
        tally.record(section, f"{kind} disagreements", sum(c["kind"] == kind for c in data))
    cycle = [c for c in data if c["measure"]["iri"].endswith("development-cycle-time")]
    assert cycle and {s["file"][:3] for f in cycle[0]["figures"] for s in f["sources"]} == {
        "003",
        "004",
    }
    survey = [c for c in data if c["kind"] == "period"]
    assert survey and all(
        {s["file"][:3] for f in c["figures"] for s in f["sources"]} == {"000", "001"}
        for c in survey
    )
    for c in data:
        for f in c["figures"]:
            assert f["sources"] and all(s["quote"] and s["file"] for s in f["sources"])


# --- a store of figures written here --------------------------------------------------------


def _figure(
    n: int,
    value: str,
    *,
    file: str = "a.md",
    quote: str = "",
    start: int | None = None,
    measure: str = "market-size",
    period: str = "2024",
    unit: str | None = USD,
    about: str = "acme",
) -> tuple[str, Observation]:
    ev = Evidence(file, quote or f"figure {n}", "pattern", 0.9, start, None)
    if start is not None:
        ev = Evidence(file, ev.quote, "pattern", 0.9, start, start + len(ev.quote))
    obs = Observation(
        f"https://w3id.org/medatlas/observation/t{n}",
        MEASURE + measure,
        (entity_iri(about),),
        value,
        unit,
        period,
        value,
        (ev,),
    )
    return file, obs


def _store(*figures: tuple[str, Observation]) -> AtlasStore:
    store = AtlasStore()
    vocab = ox.NamedNode(VOCAB_GRAPH)
    store.replace_graph(
        VOCAB_GRAPH,
        [ox.Quad(t.subject, t.predicate, t.object, vocab) for t in vocabulary_triples()],
    )
    by_file: dict[str, list[Observation]] = {}
    for file, obs in figures:
        by_file.setdefault(file, []).append(obs)
    for file, items in by_file.items():
        facts = FactSet(document_graph(file), [SourceDocument(file)], observations=items)
        store.replace_graph(facts.graph, list(fact_quads(facts)))
    return store


def test_tolerance_is_relative() -> None:
    store = _store(_figure(1, "100"), _figure(2, "104", file="b.md"))
    assert find_conflicts(store, tolerance=0.05) == []
    found = find_conflicts(store, tolerance=0.03)
    assert [c.kind for c in found] == ["value"] and len(found[0].figures) == 2
    assert found[0].spread == pytest.approx(4 / 104)


def test_one_passage_is_one_statement_not_a_conflict() -> None:
    same_quote = _store(_figure(1, "3", quote="3-6年"), _figure(2, "6", quote="3-6年"))
    assert find_conflicts(same_quote) == []
    near = _store(
        _figure(1, "300", quote="300万例影像", start=100),
        _figure(2, "70", quote="70万条信息", start=107 + PASSAGE_GAP),
    )
    assert find_conflicts(near) == []
    far = _store(
        _figure(1, "2000", quote="超过2000种", start=100),
        _figure(2, "3000", quote="超过3000种", start=400),
    )
    assert [c.detail for c in find_conflicts(far)] == ["2 statements in one report disagree by 33%"]


def test_a_range_is_compared_as_an_interval() -> None:
    inside = _store(
        _figure(1, "3", quote="3-6年"), _figure(2, "6", quote="3-6年"), _figure(3, "5", file="b.md")
    )
    assert find_conflicts(inside) == []
    outside = _store(
        _figure(1, "3", quote="3-6年"),
        _figure(2, "6", quote="3-6年"),
        _figure(3, "10", file="b.md"),
    )
    [conflict] = find_conflicts(outside)
    assert [str(f.value) for f in conflict.figures] == ["3", "6", "10"]  # every figure listed
    assert conflict.spread == pytest.approx(0.4)


def test_different_periods_units_or_subjects_are_not_compared() -> None:
    store = _store(
        _figure(1, "100"),
        _figure(2, "200", file="b.md", period="2025"),
        _figure(3, "300", file="c.md", unit=None),
        _figure(4, "400", file="d.md", about="other"),
    )
    assert [c.kind for c in find_conflicts(store)] == []


def test_a_growth_rate_that_does_not_join_its_sizes_is_flagged() -> None:
    sizes = [_figure(1, "100", period="2020"), _figure(2, "200", period="2025")]
    good = _figure(3, "14.9", measure="cagr", period="2020/2025", unit=PERCENT)  # 2^(1/5) - 1
    bad = _figure(4, "25", file="b.md", measure="cagr", period="2020/2025", unit=PERCENT)
    assert find_conflicts(_store(*sizes, good)) == []
    [conflict] = find_conflicts(_store(*sizes, bad))
    assert conflict.kind == "growth"
    assert "give 14.9% a year over 5 year(s); 25 is stated" in conflict.detail
    assert len(conflict.figures) == 3


def test_the_same_value_for_different_periods_in_different_reports() -> None:
    store = _store(
        _figure(1, "70", unit=PERCENT, measure="adoption-rate", period="2025"),
        _figure(2, "70", file="b.md", unit=PERCENT, measure="adoption-rate", period="2026"),
    )
    [conflict] = find_conflicts(store)
    assert conflict.kind == "period" and conflict.period == "2025 | 2026"
    series = _store(  # one report giving the same value for two years is a series
        _figure(1, "70", unit=PERCENT, measure="adoption-rate", period="2025"),
        _figure(2, "70", unit=PERCENT, measure="adoption-rate", period="2026"),
    )
    assert find_conflicts(series) == []


# --- preferred values from the curated atlas --------------------------------------------------


def _atlas_with_preferred(tmp_path: Path, value: object) -> Path:
    atlas = tmp_path / "atlas"
    shutil.copytree(ATLAS_DIR, atlas, ignore=shutil.ignore_patterns("*.py", "*.md"))
    hits = 0
    for path in sorted(atlas.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for obs in data.get("observations") or []:
            if "十年" in str(obs.get("original")):
                obs["preferred"] = value
                hits += 1
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    assert hits == 1
    return atlas


def test_a_preferred_value_is_marked_and_nothing_is_merged(
    tmp_path: Path, corpus_dir: Path
) -> None:
    atlas = _atlas_with_preferred(tmp_path, True)
    store, _ = build(tmp_path / "store", atlas_dir=atlas, corpus_dir=corpus_dir, validate=False)
    try:
        found = find_conflicts(store)
    finally:
        store.close()
    [cycle] = [c for c in found if c.measure.endswith("development-cycle-time")]
    assert cycle.preferred is not None and cycle.preferred.original == "十年"
    assert [str(f.value) for f in cycle.figures] == ["3", "6", "10"]
    assert [f.preferred for f in cycle.figures] == [False, False, True]
    assert json.loads(conflicts_as_json([cycle]))[0]["preferred"] == cycle.preferred.iri
    table = conflicts_as_table([cycle], tolerance=0.05)
    assert "a preferred value is marked *" in table
    assert [line.lstrip()[:1] for line in table.splitlines() if "十年" in line] == ["*"]


def test_preferred_must_be_true_or_false(tmp_path: Path) -> None:
    atlas = _atlas_with_preferred(tmp_path, "yes")
    with pytest.raises(AtlasDataError, match="preferred 'yes' is not true or false"):
        build(None, atlas_dir=atlas, validate=False)


def test_conflicts_cli_prints_a_table_and_json(built) -> None:
    runner = CliRunner()
    table = runner.invoke(main, ["conflicts", "--store", str(built[0])])
    assert table.exit_code == 0, table.output
    head = table.output.splitlines()[0]
    assert head.split()[0].isdigit() and "disagreement(s) at a tolerance of 5%" in head
    assert "[value] development cycle time" in table.output
    as_json = runner.invoke(main, ["conflicts", "--store", str(built[0]), "--format", "json"])
    assert as_json.exit_code == 0
    assert as_json.output == (GOLDEN / "conflicts-atlas.tolerance-0.05.json").read_text("utf-8")
    strict = runner.invoke(
        main, ["conflicts", "--store", str(built[0]), "--tolerance", "0.5", "--format", "json"]
    )
    assert len(json.loads(strict.output)) < len(json.loads(as_json.output))


def test_the_commands_defaults_are_the_librarys() -> None:
    from medatlas import cli_trust
    from medatlas.graph.conflicts import DEFAULT_TOLERANCE
    from medatlas.graph.reasoning import DEFAULT_MAX_INDIVIDUALS

    assert cli_trust.TOLERANCE == DEFAULT_TOLERANCE
    assert cli_trust.MAX_INDIVIDUALS == DEFAULT_MAX_INDIVIDUALS
