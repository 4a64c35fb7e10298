"""The curated atlas is honest data: verbatim short quotes, resolvable names, complete coverage."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest
import yaml

from medatlas.atlas import ATLAS_DIR
from medatlas.graph.iris import entity_iri
from medatlas.loaders.atlas import ENTITY_TYPES, load_atlas, read_atlas

GOLD = Path(__file__).parent / "gold" / "entities.tsv"
FILES = sorted(ATLAS_DIR.glob("*.yaml"))


def _quotes(data: dict) -> list[str]:
    out = [e["quote"] for e in data.get("entities") or []]
    out += [r[3] for r in data.get("relations") or []]
    out += [o["quote"] for o in data.get("observations") or []]
    return out


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_quotes_are_verbatim_and_short(path: Path, corpus_texts: dict[str, str]) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["source"] == path.stem + ".txt"
    text = corpus_texts[data["source"]]
    quotes = _quotes(data)
    assert len(quotes) > 20
    bad = [q for q in quotes if len(q) > 40 or q not in text]
    assert bad == [], f"quotes not verbatim in {data['source']} or over 40 characters: {bad}"


def test_one_atlas_file_per_report(corpus_texts: dict[str, str]) -> None:
    assert sorted(p.stem + ".txt" for p in FILES) == sorted(corpus_texts)


def test_every_name_resolves_and_types_are_known() -> None:
    atlas = read_atlas()
    assert {e.type for e in atlas.entities.values()} <= ENTITY_TYPES
    facts = load_atlas()  # raises on any unresolved or ambiguous reference
    assert len(facts.entities) == len(atlas.entities) > 150
    assert len(facts.relations) > 300


def _gold_rows() -> list[dict[str, str]]:
    with GOLD.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_every_entity_the_reports_name_is_in_the_atlas() -> None:
    """Independent gold (tests/gold/entities.tsv, written without looking at the atlas)."""
    atlas = read_atlas()
    rows = _gold_rows()
    assert len(rows) > 150
    prefix = entity_iri("")
    missing, mistyped = [], []
    for row in rows:
        found = {i for i in atlas.names.lookup(row["name"]) if i.startswith(prefix)}
        if not found:  # a title the gold shortened to 40 characters
            found = {
                entity_iri(e.id)
                for e in atlas.entities.values()
                if len(row["name"]) >= 15
                and any((n or "").startswith(row["name"]) for n in (e.en, e.zh))
            }
        if not found:
            missing.append((row["report"], row["name"]))
            continue
        types = {atlas.entities[i.removeprefix(prefix)].type for i in found}
        if row["type"] not in types:
            mistyped.append((row["name"], row["type"], sorted(types)))
    found_share = 1 - len(missing) / len(rows)
    typed_share = 1 - (len(missing) + len(mistyped)) / len(rows)
    print(f"found {found_share:.1%}, right type {typed_share:.1%}")
    print("missing:", missing)
    print("type disagrees:", mistyped)
    assert found_share >= 0.98, missing
    assert typed_share >= 0.92, mistyped


@pytest.mark.parametrize(
    ("name", "cls"),
    [
        ("英伟达", "Company"),
        ("NVIDIA BioNeMo", "Platform"),
        ("MONAI", "Platform"),
        ("国家药监局", "GovernmentBody"),
        ("国家卫健委", "GovernmentBody"),
        ("联影智能", "Company"),
        ("华为云", "Company"),
    ],
)
def test_key_entities_have_the_right_type(name: str, cls: str) -> None:
    atlas = read_atlas()
    found = [i for i in atlas.names.lookup(name) if i.startswith(entity_iri(""))]
    assert len(found) == 1, f"{name} -> {found}"
    assert atlas.entities[found[0].removeprefix(entity_iri(""))].type == cls


def test_different_things_stay_apart() -> None:
    atlas = read_atlas()
    for a, b in (("华为", "华为云"), ("联影智能", "联影医疗"), ("京东健康", "京东")):
        ia, ib = atlas.names.lookup(a), atlas.names.lookup(b)
        assert ia and ib and ia.isdisjoint(ib), (a, ia, b, ib)


def test_labels_per_language() -> None:
    atlas = read_atlas()
    counts = Counter(bool(e.zh) for e in atlas.entities.values())
    assert all(e.en for e in atlas.entities.values())
    assert counts[True] / len(atlas.entities) > 0.9
