"""Names in a listed company's announcement and a bilingual fact sheet: defined short names,
funds, accountants, shareholders who are people, fields of a key-value table, a product's
Latin name used alone, and names translated in the next paragraph.

Every name and figure here is invented for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medatlas.loaders.extract.entities import discover_entities
from medatlas.loaders.extract.figures import extract_figures
from medatlas.loaders.readers import read_document


def _doc(tmp_path: Path, text: str, suffix: str = ".md"):
    path = tmp_path / f"report{suffix}"
    path.write_text(text, encoding="utf-8")
    return read_document(path)


def _names(tmp_path: Path, text: str) -> dict[str, set[tuple[str, str]]]:
    """Each discovered surface with the (filed name, class) pairs it was filed under."""
    out: dict[str, set[tuple[str, str]]] = {}
    for m in discover_entities(_doc(tmp_path, text), []):
        out.setdefault(m.text, set()).add((m.name or m.text, m.cls))
    return out


ANNOUNCEMENT = (
    "# 岱川医疗科技股份有限公司关于对外投资的公告\n\n"
    "投资标的名称：北京澜析科技有限公司（以下简称“澜析科技”或“标的公司”）。"
    "公司全资子公司岱川创新投资（深圳）有限公司（以下简称“岱川创投”）拟出资6,000万元，"
    "本次增资完成后岱川创投将持有标的公司8.57%的股权。\n\n"
    "注：2024年度数据经衡信会计师事务所审计。\n\n"
    "鹤岭医疗产业基金系澜析科技2021年A轮融资的领投方。\n"
)


def test_each_term_a_filing_defines_is_a_name_of_the_firm(tmp_path: Path) -> None:
    names = _names(tmp_path, ANNOUNCEMENT)
    assert names["澜析科技"] == {("北京澜析科技有限公司", "Company")}
    assert names["标的公司"] == {("北京澜析科技有限公司", "Company")}
    assert not any("”或“" in s for s in names), names


def test_a_defined_short_name_used_later_is_the_full_firm(tmp_path: Path) -> None:
    names = _names(tmp_path, ANNOUNCEMENT)
    assert names["岱川创投"] == {("岱川创新投资（深圳）有限公司", "Company")}, names


def test_a_word_glued_before_a_name_is_no_part_of_it(tmp_path: Path) -> None:
    names = _names(tmp_path, ANNOUNCEMENT)
    assert "衡信会计师事务所" in names, names
    assert not any(s.startswith(("后", "经", "系")) for s in names), names


def test_an_industry_fund_is_an_investor(tmp_path: Path) -> None:
    names = _names(tmp_path, ANNOUNCEMENT)
    assert names.get("鹤岭医疗产业基金") == {("鹤岭医疗产业基金", "Company")}, names


SHAREHOLDERS = (
    "# 公告\n\n标的公司主要财务数据如下（单位：万元）：\n\n"
    "| 项目 | 2024年度 |\n| --- | --- |\n| 资产总额 | 18,640.55 |\n| 营业收入 | 3,860.42 |\n\n"
    "标的公司主要股东持股情况如下：\n\n"
    "| 股东名称 | 增资后持股比例 |\n| --- | --- |\n| 周望舒 | 38.64% |\n"
    "| 鹤岭医疗产业基金 | 15.03% |\n"
)


def test_account_rows_and_people_in_a_table_are_no_entities(tmp_path: Path) -> None:
    doc = _doc(tmp_path, SHAREHOLDERS)
    mentions = discover_entities(doc, [])
    abouts = {m.text for f in extract_figures(doc, mentions) for m in f.about}
    assert not ({"资产总额", "营业收入", "周望舒"} & abouts), abouts
    assert "鹤岭医疗产业基金" in abouts


FACT_SHEET = (
    "# 启川健康 公司简介 | Qichuan Health Fact Sheet\n\n"
    "更新于 2025年10月 / Updated October 2025\n\n"
    "| 项目 Item | 内容 Details |\n| --- | --- |\n"
    "| 客户 Customers | 1,100余家医院 / 1,100+ hospitals |\n\n"
    "- **启川·元衡医学大模型（YuanHeng）**：公司自研的医学大模型，参数量130亿。\n"
    "- **YuanHeng**, the company's in-house medical model, has 13 billion parameters.\n\n"
    "公司2025年3月完成D轮融资5亿元，由湖岸资本领投，苏州澄川产业基金跟投。\n\n"
    "The company closed a RMB 500 million Series D in March 2025, led by Lakeshore Capital,"
    " with the Chengchuan Industry Fund joining.\n"
)


def test_a_latin_name_in_brackets_after_a_model_is_that_model(tmp_path: Path) -> None:
    names = _names(tmp_path, FACT_SHEET)
    assert names["YuanHeng"] == {("启川·元衡医学大模型", "AIModel")}, names


def test_a_chinese_paragraph_then_its_translation_pairs_their_names(tmp_path: Path) -> None:
    names = _names(tmp_path, FACT_SHEET)
    assert names["Lakeshore Capital"] == {("Lakeshore Capital", "Company")}
    assert names["湖岸资本"] == {("Lakeshore Capital", "Company")}, names


def test_a_chinese_word_on_the_next_line_says_nothing_of_a_name(tmp_path: Path) -> None:
    names = _names(tmp_path, FACT_SHEET)
    assert "Updated October 2025" not in names and "Details" not in names, names


def test_the_rows_of_a_key_value_table_are_fields(tmp_path: Path) -> None:
    doc = _doc(tmp_path, FACT_SHEET)
    mentions = discover_entities(doc, [])
    abouts = {m.text for f in extract_figures(doc, mentions) for m in f.about}
    assert not any("Customers" in a for a in abouts), abouts


@pytest.mark.parametrize(
    ("text", "latin", "filed"),
    [
        (
            "澜析科技的主要产品“澜析PathView宫颈细胞学辅助诊断软件”于2023年获批。"
            "截至2025年6月，PathView已在140家医院投入使用。",
            "PathView",
            ("澜析PathView宫颈细胞学辅助诊断软件", "Product"),
        ),
    ],
)
def test_the_latin_word_of_a_chinese_product_name_used_alone_is_the_product(
    tmp_path: Path, text: str, latin: str, filed: tuple[str, str]
) -> None:
    assert _names(tmp_path, text)[latin] == {filed}


def test_an_item_that_says_what_kind_of_offering_it_is_names_one(tmp_path: Path) -> None:
    text = (
        "# 岱川科技 公司简介\n\n## 核心产品\n\n"
        "- **岚镜内镜AI（LanScope）**：消化内镜实时辅助检测系统，可识别早期胃癌。\n"
        "- **岚川随访（LanCare）**：面向基层医疗机构的随访管理平台。\n"
        "- **岱川数据**：医疗数据标注服务商。\n"
    )
    names = _names(tmp_path, text)
    assert names["岚镜内镜AI"] == {("岚镜内镜AI", "Product")}
    assert names["LanScope"] == {("岚镜内镜AI", "Product")}
    assert names["岚川随访"] == {("岚川随访", "Platform")}
    assert names["岱川数据"] == {("岱川数据", "Company")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Its subsidiary, Qichuan Health (Singapore) Pte. Ltd., sells abroad.", None),
        ("Suzhou Qichuan Health Technology Co., Ltd. sells scopes.", None),
        ("Acme Health, Inc. said it would hire.", "Acme Health, Inc."),
    ],
)
def test_a_legal_form_and_the_place_before_it_are_part_of_the_name(
    tmp_path: Path, text: str, name: str | None
) -> None:
    expected = name or text.split(", sells")[0].split(" sells")[0].removeprefix("Its subsidiary, ")
    assert expected in _names(tmp_path, text), _names(tmp_path, text)


def test_a_lower_case_term_and_its_abbreviation_name_nothing(tmp_path: Path) -> None:
    names = _names(tmp_path, "Annual recurring revenue (ARR) rose to $162 million.")
    assert not names, names
    names = _names(tmp_path, "The World Health Organization (WHO) said so.")
    assert {name for name, _ in names["WHO"]} == {"World Health Organization"}


COHORT = (
    "# Demo Day: Meet Cohort Four\n\n## The companies\n\n"
    "### Brindle\nAmbient documentation for dental practices. **Raising:** $3M seed.\n\n"
    "### Tallowby Health\nAI guidance for lung ultrasound. **Raising:** $4M seed.\n\n"
    "### Quenwick\nRemote monitoring after discharge. **Raising:** $5M seed.\n\n"
    "## The numbers\n\nApplications rose to 640.\n"
)


def test_the_sub_headings_of_a_kind_heading_name_things_of_that_kind(tmp_path: Path) -> None:
    names = _names(tmp_path, COHORT)
    for name in ("Brindle", "Tallowby Health", "Quenwick"):
        assert names.get(name) == {(name, "Company")}, names
    assert "The numbers" not in names


def test_two_sub_headings_are_no_list_of_kinds(tmp_path: Path) -> None:
    text = COHORT.replace(
        "### Quenwick\nRemote monitoring after discharge. **Raising:** $5M seed.\n\n", ""
    )
    assert "Brindle" not in _names(tmp_path, text)


def test_a_sentence_after_an_opening_phrase_is_no_apposition(tmp_path: Path) -> None:
    names = _names(tmp_path, "In a pilot at Eastmoor Children's Hospital, the model flagged 91%.")
    assert names["Eastmoor Children's Hospital"] == {("Eastmoor Children's Hospital", "Hospital")}
    names = _names(tmp_path, "Harborline Health Accelerator picked this cohort from 640 teams.")
    assert names["Harborline Health Accelerator"] == {
        ("Harborline Health Accelerator", "Organization")
    }
