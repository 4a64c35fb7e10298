"""A second name in brackets and quotes is the same thing's: X（“Y”）. Invented names."""

from __future__ import annotations

from pathlib import Path

import pytest

from medatlas.loaders.extract.entities import discover_entities
from medatlas.loaders.readers import read_document


@pytest.mark.parametrize("quote", ["“{}”", '"{}"', "「{}」"])
def test_a_quoted_name_in_brackets_is_filed_under_the_first(tmp_path: Path, quote: str) -> None:
    path = tmp_path / "x.md"
    second = quote.format("岚心健康云")
    path.write_text(f"岚州全民健康信息平台（{second}）由阿里云承建。\n", encoding="utf-8")
    names = {m.text: m.name for m in discover_entities(read_document(path), [])}
    assert names.get("岚心健康云") == "岚州全民健康信息平台", names


def test_a_bracket_that_quotes_a_different_kind_stays_apart(tmp_path: Path) -> None:
    path = tmp_path / "x.md"
    path.write_text(
        "岚图医疗科技有限公司（“岚影”肺结节系统的研发方）发布新品。\n", encoding="utf-8"
    )
    names = {m.text: m.name for m in discover_entities(read_document(path), [])}
    assert names.get("岚影", "岚影") != "岚图医疗科技有限公司", names


def test_a_ticker_in_brackets_is_no_second_name(tmp_path: Path) -> None:
    path = tmp_path / "x.md"
    path.write_text("Veltrona Inc. (NASDAQ: VLTN) reported revenue.\n", encoding="utf-8")
    found = {m.text for m in discover_entities(read_document(path), [])}
    assert "Veltrona Inc." in found
    assert not any("VLTN" in text for text in found), found


@pytest.mark.parametrize("name", ["岚脉心电云", "知岚超声云", "岚州影像云"])
def test_a_cloud_named_by_its_field_is_a_platform(tmp_path: Path, name: str) -> None:
    path = tmp_path / "x.md"
    path.write_text(f"岚图科技推出{name}，已接入300家机构。\n", encoding="utf-8")
    found = {m.text: m.cls for m in discover_entities(read_document(path), [])}
    assert found.get(name) == "Platform", found
