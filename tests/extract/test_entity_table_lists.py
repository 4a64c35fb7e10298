"""A table cell that lists names and closes with a count (``A医院等12家``) names A only.

Every table here is invented for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medatlas.loaders.extract.columns import split_names
from medatlas.loaders.extract.entities import discover_entities
from medatlas.loaders.readers.markdown import read_markdown


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("滨江市第一医院等12家", ["滨江市第一医院"]),
        ("滨江市第一医院等 12 家", ["滨江市第一医院"]),
        ("滨江市第一医院、云岭县人民医院等多家医疗机构", ["滨江市第一医院", "云岭县人民医院"]),
        ("岱川科技等三家企业", ["岱川科技"]),
        ("Harwick General etc.", ["Harwick General"]),
        ("等待评估", ["等待评估"]),  # 等 opening a word is no list's close
    ],
)
def test_a_list_close_with_its_count_is_no_part_of_a_name(cell: str, names: list[str]) -> None:
    assert split_names(cell) == names


def test_a_site_column_cell_with_a_count_gives_the_named_site() -> None:
    text = (
        "# 试点评估\n\n| 项目 | 承建单位 | 应用医院 |\n| --- | --- | --- |\n"
        "| 影像协同平台 | 岱川数智科技有限公司 | 滨江市第一医院等12家 |\n"
    )
    doc = read_markdown(Path("t.md"), text.encode())
    surfaces = {m.text: m.cls for m in discover_entities(doc, [])}
    assert surfaces.get("滨江市第一医院") == "Hospital", surfaces
    assert not any("等" in s for s in surfaces), surfaces
