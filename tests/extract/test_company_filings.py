"""A listed company's own filing calls itself 公司: its deals and launches are its own, never
those of the company named last. Every name is invented."""

from __future__ import annotations

from pathlib import Path

from relation_support import check_relations

NAMES = {
    "岚序医疗科技股份有限公司": "Company",
    "岚序医疗": "Company",
    "瑞林医疗集团": "Company",
    "岚州基层卫生协会": "Association",
    "岚序肺影": "Product",
    "岚序医疗科技股份有限公司投资者关系活动记录表": "Report",
}

RECORD = (
    "# 岚序医疗科技股份有限公司投资者关系活动记录表\n\n"
    "证券简称：岚序医疗\n\n问：海外进展如何？\n\n答：公司主要通过瑞林医疗集团推进海外业务。\n\n"
    "问：基层市场呢？\n\n答：2024年公司联合岚州基层卫生协会推广“岚序肺影”。\n"
)


def test_a_filing_calls_its_company_gongsi(tmp_path: Path) -> None:
    check_relations(
        tmp_path,
        RECORD,
        NAMES,
        {
            ("岚序医疗", "partnersWith", "岚州基层卫生协会"),
            ("岚序医疗科技股份有限公司投资者关系活动记录表", "publishedBy", "岚序医疗"),
        },
        {("瑞林医疗集团", "partnersWith", "岚州基层卫生协会")},
    )


def test_gongsi_in_a_report_by_no_company_stays_an_anaphor(tmp_path: Path) -> None:
    text = (
        "# 岚州医疗AI周报\n\n瑞林医疗集团是一家医疗服务企业。2024年公司联合岚州基层卫生协会"
        "推广远程影像。\n"
    )
    check_relations(
        tmp_path,
        text,
        NAMES,
        {("瑞林医疗集团", "partnersWith", "岚州基层卫生协会")},
        set(),
    )


def test_a_district_government_issues_the_measures_it_prints(tmp_path: Path) -> None:
    from medatlas.loaders.extract.entities import discover_entities
    from medatlas.loaders.readers import read_document

    path = tmp_path / "notice.md"
    path.write_text("该措施由岚中区人民政府于2024年8月印发。各区人民政府要落实。\n", "utf-8")
    found = {(m.text, m.cls) for m in discover_entities(read_document(path), [])}
    assert ("岚中区人民政府", "GovernmentBody") in found
    assert not any(text.startswith("各区") for text, _ in found)
    text = "入驻企业可享受《岚中区促进产业发展若干措施》。该措施由岚中区人民政府于2024年8月印发。\n"
    names = {"岚中区促进产业发展若干措施": "Policy", "岚中区人民政府": "GovernmentBody"}
    check_relations(
        tmp_path, text, names, {("岚中区促进产业发展若干措施", "issuedBy", "岚中区人民政府")}, set()
    )


def test_a_firm_engaged_in_a_field_operates_in_it(tmp_path: Path) -> None:
    from medatlas.loaders.extract.entities import discover_entities
    from medatlas.loaders.readers import read_document

    text = "衡岚智能主要从事心电智能分析，其平台已接入1,300余家机构。\n"
    path = tmp_path / "firm.md"
    path.write_text(text, encoding="utf-8")
    found = {m.text for m in discover_entities(read_document(path), [])}
    assert "心电智能" not in found  # a field's words with a trade ending: no firm
    check_relations(
        tmp_path, text, {"衡岚智能": "Company"}, {("衡岚智能", "operatesIn", "心电智能分析")}, set()
    )
