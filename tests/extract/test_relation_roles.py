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
