"""The reference list of well-known names: checked when read, recognised in any report, and
never in the way of the curated atlas."""

from __future__ import annotations

from pathlib import Path

import pytest

from medatlas.errors import AtlasDataError
from medatlas.graph.iris import entity_iri
from medatlas.loaders.extract.gazetteer import Gazetteer, GazetteerEntry, atlas_gazetteer
from medatlas.loaders.extract.reference import (
    CLASSES,
    REFERENCE_FILE,
    read_reference,
    reference_entries,
)

GOOD = """
- id: quorlan-health
  type: Company
  en: Quorlan Health
  zh: 阔岚健康
  aliases: [Quorlan]
- id: tessmark-fm
  type: AIModel
  en: TessMark-FM
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "entities.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_list_loads_and_is_broad() -> None:
    entries = read_reference(REFERENCE_FILE)
    assert len(entries) >= 300
    kinds = {e.type for e in entries}
    assert {"Company", "GovernmentBody", "Hospital", "AIModel", "Platform"} <= kinds <= CLASSES
    # most entries carry a Chinese name beside the English one: reports are mostly Chinese
    bilingual = [e for e in entries if any("\u4e00" <= c <= "\u9fff" for n in e.names for c in n)]
    assert len(bilingual) >= len(entries) * 0.6


def test_a_reference_name_is_found_in_either_language_under_one_iri(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD)
    gazetteer = Gazetteer(reference_entries([], path))
    text = "阔岚健康（Quorlan Health）发布TessMark-FM；Quorlan表示。"
    found = gazetteer.find(text)
    assert [(m.text, m.cls) for m in found] == [
        ("阔岚健康", "Company"),
        ("Quorlan Health", "Company"),
        ("TessMark-FM", "AIModel"),
        ("Quorlan", "Company"),
    ]
    assert {m.iri for m in found if m.cls == "Company"} == {entity_iri("quorlan-health")}


def test_the_atlas_wins_over_the_reference_list(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD)
    atlas = [GazetteerEntry(entity_iri("qh"), "Hospital", ("Quorlan",))]
    assert [e.iri for e in reference_entries(atlas, path)] == [entity_iri("tessmark-fm")]


def test_the_shipped_list_joins_the_atlas_gazetteer() -> None:
    gazetteer = atlas_gazetteer()
    found = {m.text: m.cls for m in gazetteer.find("西门子医疗与国家药监局、Mayo Clinic合作。")}
    assert found == {
        "西门子医疗": "Company",
        "国家药监局": "GovernmentBody",
        "Mayo Clinic": "Hospital",
    }


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("- id: Bad Slug\n  type: Company\n  en: X\n", "not a slug"),
        ("- id: x\n  type: Startup\n  en: X\n", "type 'Startup'"),
        ("- id: x\n  type: Company\n", "English name"),
        ("- id: x\n  type: Company\n  en: X\n- id: y\n  type: Company\n  en: x\n", "also 'x'"),
        ("- id: x\n  type: Company\n  en: X\n- id: x\n  type: Company\n  en: Y\n", "used twice"),
        ("id: x\n", "YAML list"),
        ("- [unclosed\n", "cannot read"),
    ],
)
def test_a_broken_list_is_refused_with_the_entry_named(
    tmp_path: Path, text: str, problem: str
) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(AtlasDataError, match=r"entities\.yaml") as caught:
        read_reference(path)
    assert problem in str(caught.value)
