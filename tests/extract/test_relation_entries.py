"""Labelled lines under a heading that names one policy, report or offering. Invented text."""

from __future__ import annotations

from pathlib import Path

from relation_support import relations_of

_DIGEST = """# 医保数字化政策汇编（2024—2025）

> 编者：衡岳医保研究中心
> 出版：《医保数字化观察》第3期，2025年4月

**编者按：** 本期汇编梳理2024年以来国家及地方层面与医保支付相关的重要政策，\
按发布时间排序，并作简要解读。

## 一、国家层面

### 1. 《关于推进医保编码应用的指导意见》

- 发布部门：国家医疗保障局
- 发布时间：2024年3月12日
- 要点：鼓励运用人工智能开展智能审核。

### 2. 《医保与健康数据共享试点方案》与《配套细则》

- 发布部门：国家卫生健康委员会
- 发布时间：2024.07

## 二、案例

### 案例1　“澜刀”手术机器人

- 研发企业：青禾医疗科技有限公司
- 部署医院：梧桐医院、秦岭骨科医院
"""
_NAMES = {
    "关于推进医保编码应用的指导意见": "Policy",
    "医保与健康数据共享试点方案": "Policy",
    "配套细则": "Policy",
    "国家医疗保障局": "GovernmentBody",
    "国家卫生健康委员会": "GovernmentBody",
    "衡岳医保研究中心": "ResearchInstitution",
    "医保数字化政策汇编（2024—2025）": "Report",
    "澜刀": "Product",
    "青禾医疗科技有限公司": "Company",
    "梧桐医院": "Hospital",
    "秦岭骨科医院": "Hospital",
}


def _facts(tmp_path: Path) -> set[tuple[str, str, str]]:
    return {
        (c.subject.name or c.subject.text, c.predicate, c.object.text if c.object else str(c.date))
        for c in relations_of(tmp_path, _DIGEST, _NAMES, ".md")
    }


def test_a_policys_labelled_lines_state_its_issuer_and_date(tmp_path: Path) -> None:
    facts = _facts(tmp_path)
    assert {
        ("关于推进医保编码应用的指导意见", "issuedBy", "国家医疗保障局"),
        ("关于推进医保编码应用的指导意见", "issuedOn", "2024-03-12"),
    } <= facts, sorted(facts)


def test_a_heading_naming_two_policies_owns_no_lines(tmp_path: Path) -> None:
    facts = _facts(tmp_path)
    assert not any(
        f[0] in ("医保与健康数据共享试点方案", "配套细则") and f[1] == "issuedBy" for f in facts
    )


def test_an_offerings_entry_states_its_maker_and_sites(tmp_path: Path) -> None:
    facts = _facts(tmp_path)
    assert {
        ("青禾医疗科技有限公司", "develops", "澜刀"),
        ("澜刀", "deployedAt", "梧桐医院"),
        ("澜刀", "deployedAt", "秦岭骨科医院"),
    } <= facts, sorted(facts)


def test_the_digests_own_credits_are_not_a_listed_policys(tmp_path: Path) -> None:
    facts = _facts(tmp_path)
    digest = "医保数字化政策汇编（2024—2025）"
    assert (digest, "publishedBy", "国家医疗保障局") not in facts
    assert (digest, "issuedOn", "2024-03-12") not in facts
    assert (digest, "issuedOn", "2024") not in facts  # "2024年以来" in the editor's note


def test_a_firm_in_a_sector_column_works_in_that_sector(tmp_path: Path) -> None:
    text = (
        "Company\tSub-sector\tRound\tAmount\n"
        "Halvard Therapeutics\tDrug discovery\tSeries C\t310\n"
        "Corvane Ops\tBed logistics\tSeries A\t40\n"
    )
    names = {"Halvard Therapeutics": "Company", "Corvane Ops": "Company"}
    facts = {
        (c.subject.text, c.predicate, c.object.text if c.object else "")
        for c in relations_of(tmp_path, text, names)
    }
    assert ("Halvard Therapeutics", "operatesIn", "Drug discovery") in facts
    assert ("Corvane Ops", "operatesIn", "Bed logistics") in facts  # a cell no list knows
    assert not any(p == "addressesUseCase" for _, p, _ in facts)


def test_a_case_whose_heading_names_only_a_site_takes_the_offering_its_first_line_names(
    tmp_path: Path,
) -> None:
    text = (
        "# 案例集\n\n## 案例2　骨科导航机器人在秦岭骨科医院的应用\n\n"
        "- 企业与产品：苏州铂岭科技推出的“铂岭Nav”导航机器人，运行在“衡云”平台上。\n"
        "- 部署医院：秦岭骨科医院（西安），2024年1月起投入使用。\n"
    )
    names = {
        "苏州铂岭科技": "Company",
        "铂岭Nav": "Product",
        "衡云": "Platform",
        "秦岭骨科医院": "Hospital",
    }
    facts = {
        (c.subject.text, c.predicate, c.object.text if c.object else "")
        for c in relations_of(tmp_path, text, names, ".md")
    }
    assert ("铂岭Nav", "deployedAt", "秦岭骨科医院") in facts, sorted(facts)
    assert ("衡云", "deployedAt", "秦岭骨科医院") not in facts


def test_a_table_with_a_platform_column_builds_each_offering_on_it(tmp_path: Path) -> None:
    text = (
        "| 企业 Company | 模型/产品 Model/Product | 所用平台 Platform |\n| --- | --- | --- |\n"
        "| 衍木生物 | YM-Fold | BioNeMo |\n"
    )
    names = {"衍木生物": "Company", "YM-Fold": "AIModel", "BioNeMo": "Platform"}
    facts = {
        (c.subject.text, c.predicate, c.object.text if c.object else "")
        for c in relations_of(tmp_path, text, names, ".md")
    }
    assert ("YM-Fold", "basedOn", "BioNeMo") in facts
    assert ("衍木生物", "develops", "YM-Fold") in facts
    assert ("衍木生物", "develops", "BioNeMo") not in facts  # the platform is someone else's


def test_a_platform_table_gives_the_provider_its_platform_not_the_apps_built_on_it(
    tmp_path: Path,
) -> None:
    text = (
        "| 平台 Platform | 提供方 Provider | 基于其构建的模型 Models built on it |"
        " 合作伙伴 Partners |\n| --- | --- | --- | --- |\n"
        "| 岚擎医疗云 | 岚擎科技 | 衍木问诊模型 | 衍木生物 |\n"
    )
    names = {
        "岚擎医疗云": "Platform",
        "岚擎科技": "Company",
        "衍木问诊模型": "AIModel",
        "衍木生物": "Company",
    }
    facts = {
        (c.subject.text, c.predicate, c.object.text if c.object else "")
        for c in relations_of(tmp_path, text, names, ".md")
    }
    assert ("岚擎科技", "develops", "岚擎医疗云") in facts, sorted(facts)
    assert ("衍木问诊模型", "basedOn", "岚擎医疗云") in facts
    assert ("岚擎科技", "develops", "衍木问诊模型") not in facts
    assert ("岚擎科技", "partnersWith", "衍木生物") in facts


def test_an_entry_reads_its_issuer_and_date_labels_as_a_masthead_does(tmp_path: Path) -> None:
    # one list of labels for both (field_of): 发布机关 and 颁布时间 name the issuer and the date
    text = (
        "# 汇编\n\n### 1. 《岚州市智慧康养服务规范》\n\n"
        "- 发布机关：岚州市民政局\n- 颁布时间：2025年2月14日\n- 要点：推广智能照护。\n"
    )
    names = {"岚州市智慧康养服务规范": "Policy", "岚州市民政局": "GovernmentBody"}
    found = {
        (c.subject.text, c.predicate, c.object.text if c.object else str(c.date))
        for c in relations_of(tmp_path, text, names, ".md")
    }
    assert ("岚州市智慧康养服务规范", "issuedBy", "岚州市民政局") in found
    assert any(p == "issuedOn" and "2025-02-14" in o for _, p, o in found)
