"""Labelled role lines: the lead party partners with the listed ones and is funded by the
funder. Every name is invented."""

from __future__ import annotations

from pathlib import Path

from relation_support import check_relations

NAMES = {
    "Tessaly Medical Ltd": "Company",
    "Harrowfield University": "University",
    "Kilnmoor Eye Institute": "ResearchInstitution",
    "Northwind Health Research Fund": "Organization",
    "岚州医学会": "Association",
    "岚州大学附属第一医院": "Hospital",
    "岚图医疗": "Company",
}


def test_a_registry_lists_its_sponsor_collaborators_and_funder(tmp_path: Path) -> None:
    text = (
        "# Trial Record\n\n## 1. Sponsor and collaborators\n\n"
        "- **Lead sponsor:** Tessaly Medical Ltd (Cambridge, United Kingdom)\n"
        "- **Collaborators:** Harrowfield University; Kilnmoor Eye Institute\n"
        "- **Funding:** a £4.2 million grant from the Northwind Health Research Fund.\n"
    )
    check_relations(
        tmp_path,
        text,
        NAMES,
        {
            ("Tessaly Medical Ltd", "partnersWith", "Harrowfield University"),
            ("Tessaly Medical Ltd", "partnersWith", "Kilnmoor Eye Institute"),
            ("Tessaly Medical Ltd", "fundedBy", "Northwind Health Research Fund"),
        },
        set(),
    )


def test_an_event_notice_lists_its_host_and_co_hosts(tmp_path: Path) -> None:
    text = "# 会议通知\n\n主办单位：岚州医学会\n\n协办单位：岚州大学附属第一医院、岚图医疗\n"
    check_relations(
        tmp_path,
        text,
        NAMES,
        {
            ("岚州医学会", "partnersWith", "岚州大学附属第一医院"),
            ("岚州医学会", "partnersWith", "岚图医疗"),
        },
        set(),
    )


def test_partner_lines_without_a_lead_state_nothing_here(tmp_path: Path) -> None:
    text = "# Notes\n\nCollaborators: Harrowfield University; Kilnmoor Eye Institute\n"
    check_relations(
        tmp_path,
        text,
        NAMES,
        set(),
        {("Harrowfield University", "partnersWith", "Kilnmoor Eye Institute")},
    )


def test_co_hosts_partner_and_so_do_the_listed_partners(tmp_path: Path) -> None:
    text = (
        "# 大会日程\n\n主办单位：岚州医学会、岚州大学附属第一医院\n\n承办单位：岚图医疗\n\n"
        "**战略合作伙伴：** Tessaly Medical Ltd\n"
    )
    check_relations(
        tmp_path,
        text,
        NAMES,
        {
            ("岚州医学会", "partnersWith", "岚州大学附属第一医院"),
            ("岚州医学会", "partnersWith", "Tessaly Medical Ltd"),
        },
        {("岚州医学会", "partnersWith", "岚图医疗")},
    )


def test_the_units_of_one_papers_authors_work_together(tmp_path: Path) -> None:
    text = (
        "## 摘要编号 AI-017　社区筛查的真实世界研究\n\n"
        "作者：唐思远¹，程朗²\n\n"
        "单位：¹岚州大学附属第一医院眼科；²岚图医疗科技有限公司\n\n"
        "**目的** 评价筛查效能。结果单位：例。\n"
    )
    names = {"岚州大学附属第一医院": "Hospital", "岚图医疗科技有限公司": "Company"}
    check_relations(
        tmp_path,
        text,
        names,
        {("岚州大学附属第一医院", "partnersWith", "岚图医疗科技有限公司")},
        set(),
    )


def test_a_study_led_by_one_site_jointly_with_others(tmp_path: Path) -> None:
    text = (
        "本研究由岚州大学附属华康医院（以下简称“我院”）超声医学科牵头，联合岚州市妇幼保健院、"
        "滨海市第三人民医院共同开展，申办方为岚州声智医疗科技有限公司。"
        "试验用产品为该公司研发的“声智乳腺超声辅助诊断软件 BreastSono V2.0”，拟申请注册。\n"
    )
    names = {
        "岚州大学附属华康医院": "Hospital",
        "岚州市妇幼保健院": "Hospital",
        "滨海市第三人民医院": "Hospital",
        "岚州声智医疗科技有限公司": "Company",
    }
    check_relations(
        tmp_path,
        text,
        names,
        {
            ("岚州大学附属华康医院", "partnersWith", "岚州市妇幼保健院"),
            ("岚州大学附属华康医院", "partnersWith", "滨海市第三人民医院"),
        },
        {("岚州市妇幼保健院", "partnersWith", "滨海市第三人民医院")},
    )


def test_the_company_a_role_line_names_is_the_one_it_refers_to_next(tmp_path: Path) -> None:
    from medatlas.loaders.extract.entities import discover_entities
    from medatlas.loaders.extract.gazetteer import atlas_gazetteer
    from medatlas.loaders.extract.relations import extract_relations
    from medatlas.loaders.readers import read_document

    path = tmp_path / "notice.md"
    path.write_text(
        "申办方为岚州声智医疗科技有限公司。"
        "试验用产品为该公司研发的“声智乳腺超声辅助诊断软件 BreastSono V2.0”，拟申请注册。\n",
        encoding="utf-8",
    )
    document = read_document(path)
    known = atlas_gazetteer().find(document.text)
    mentions = sorted([*known, *discover_entities(document, known)])
    found = {
        (c.subject.name or c.subject.text, c.predicate, c.object.text)
        for c in extract_relations(document, mentions)
        if c.object is not None
    }
    assert (
        "岚州声智医疗科技有限公司",
        "develops",
        "声智乳腺超声辅助诊断软件 BreastSono V2.0",  # a quoted name in two scripts, whole
    ) in found


def test_a_model_tuned_on_top_of_another_is_based_on_it(tmp_path: Path) -> None:
    text = (
        "模型“岚语-Med 13B”在DeepSeek-V2基础上经8万份出院小结微调。"
        "医院还上线了大模型“岚黄笔”，它是在通义千问基础上用脱敏病历微调的。\n"
    )
    names = {
        "岚语-Med 13B": "AIModel",
        "DeepSeek-V2": "AIModel",
        "岚黄笔": "AIModel",
        "通义千问": "AIModel",
    }
    check_relations(
        tmp_path,
        text,
        names,
        {("岚语-Med 13B", "basedOn", "DeepSeek-V2"), ("岚黄笔", "basedOn", "通义千问")},
        {("岚黄笔", "basedOn", "DeepSeek-V2")},
    )
