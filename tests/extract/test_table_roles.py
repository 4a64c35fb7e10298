"""Tables of customers, projects and exhibitors: what their columns say. Every name is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from relation_support import check_relations, facts_of

from medatlas.loaders.extract.columns import column_role
from medatlas.loaders.extract.entity_layout import column_class

NAMES = {
    "北辰医院": "Hospital",
    "东阳中心医院": "Hospital",
    "华岳医院": "Hospital",
    "心衡ECG系统": "Product",
    "锐影科技": "Company",
    "康联数科": "Company",
    "Cedarline Labs": "Company",
    "PathFlow": "Product",
}


@pytest.mark.parametrize(
    ("header", "role", "cls"),
    [
        ("客户名称", "hospital", None),  # a customer is where it is used, of any kind
        ("Customer", "hospital", None),
        ("建设单位", "hospital", "Organization"),
        ("销售产品", "product", "Product"),
        ("采购内容", "content", None),  # a tender's item is described, not named
        ("主要内容", "content", None),
        ("产品简介", "content", None),
        ("项目名称", "project", None),  # a project's title is no organisation
        ("Exhibitor", "organization", "Company"),
        ("Booth", "project", None),
        ("Featured product", "product", "Product"),
        ("Key features", None, None),
        ("Regulatory status", "content", None),  # "FDA 510(k) cleared, March 2024": no issuer
        ("注册状态", "content", None),
        ("Regulator", "issuer", "GovernmentBody"),
    ],
)
def test_header_roles_and_classes(header: str, role: str | None, cls: str | None) -> None:
    assert column_role(header) == role
    assert column_class(header) == cls


def test_a_customers_table_deploys_what_it_sold(tmp_path: Path) -> None:
    text = (
        "# 前五大客户\n\n| 客户名称 | 销售产品 | 销售金额（万元） |\n| --- | --- | --- |\n"
        "| 北辰医院 | 心衡ECG系统 | 1,280 |\n| 东阳中心医院 | 心衡ECG系统 | 960 |\n"
    )
    check_relations(
        tmp_path,
        text,
        NAMES,
        {("心衡ECG系统", "deployedAt", "北辰医院"), ("心衡ECG系统", "deployedAt", "东阳中心医院")},
        set(),
    )


def test_a_projects_table_pairs_builder_and_owner_not_the_title(tmp_path: Path) -> None:
    text = (
        "# 验收公示\n\n| 项目名称 | 建设单位 | 承建单位 | 合同金额（万元） |\n"
        "| --- | --- | --- | --- |\n| 智慧急诊提速工程 | 华岳医院 | 锐影科技 | 450 |\n"
    )
    facts = {(s, p) for s, p, _ in facts_of(tmp_path, text, NAMES)}
    assert ("锐影科技", "partnersWith") in facts, facts
    assert not any(s == "智慧急诊提速工程" for s, _ in facts), facts


def test_an_exhibitor_list_states_who_makes_the_featured_product(tmp_path: Path) -> None:
    text = (
        "# Exhibitors\n\n| Exhibitor | Booth | Featured product |\n| --- | --- | --- |\n"
        "| Cedarline Labs | A12 | PathFlow |\n"
    )
    check_relations(tmp_path, text, NAMES, {("Cedarline Labs", "develops", "PathFlow")}, set())


def test_a_cell_written_as_a_sentence_is_about_its_rows_firm(tmp_path: Path) -> None:
    names = {
        "岚言医疗": "Company",
        "岚石科技": "Company",
        "岚州金谷资本": "Company",
        "岚州大学附属第一医院": "Hospital",
        "岚石影像云": "Platform",
    }
    text = (
        "# 入驻企业\n\n| 企业名称 | 最新进展 |\n| --- | --- |\n"
        "| 岚言医疗 | 与岚州大学附属第一医院共建联合实验室 |\n"
        "| 岚石科技 | 2024年10月完成2.5亿元B轮融资，由岚州金谷资本领投 |\n"
    )
    check_relations(
        tmp_path,
        text,
        names,
        {
            ("岚言医疗", "partnersWith", "岚州大学附属第一医院"),
            ("岚石科技", "fundedBy", "岚州金谷资本"),
        },
        {
            ("岚言医疗", "fundedBy", "岚州金谷资本"),
            ("岚石科技", "partnersWith", "岚州大学附属第一医院"),
        },
    )


def test_a_study_heading_lists_no_firms_in_its_field(tmp_path: Path) -> None:
    names = {"岚州医智联盟": "Association", "岚图医疗": "Company"}
    study = "# 白皮书\n\n## 第三章　医院AI应用现状调研\n\n- 岚州医智联盟\n- 岚图医疗\n"
    field = "# 图谱\n\n## 一、医学影像（收录2家）\n\n- 岚州医智联盟\n- 岚图医疗\n"
    assert not any(p == "operatesIn" for _, p, _ in facts_of(tmp_path, study, names))
    assert ("岚图医疗", "operatesIn", "医学影像") in facts_of(tmp_path, field, names)
