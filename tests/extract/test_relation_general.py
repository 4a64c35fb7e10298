"""Relations in wordings of other genres: several rounds in one sentence, fields a company
works in, sites that start using an offering, what a model is tuned on, report credits.

Every sentence is invented (made-up companies, outlets, hospitals and products); each case
names the facts it must state and the facts it must not.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from relation_support import relations_of

from medatlas.loaders.extract.columns import column_role

Fact = tuple[str, str, str]


def _facts(tmp_path: Path, text: str, names: dict[str, str], suffix: str = ".txt") -> set[Fact]:
    return {
        (c.subject.text, c.predicate, c.object.text if c.object else str(c.date))
        for c in relations_of(tmp_path, text, names, suffix)
    }


_CASES = [
    # ---- funding: who invested in which round -----------------------------------------------
    (
        "en-two-rounds-in-one-sentence",
        "Harbinger Health raised $5 million from Oakridge Capital, and Plover Labs closed a"
        " $3 million seed round from Birchwood Ventures.",
        {
            "Harbinger Health": "Company",
            "Oakridge Capital": "Company",
            "Plover Labs": "Company",
            "Birchwood Ventures": "Company",
        },
        {
            ("Harbinger Health", "fundedBy", "Oakridge Capital"),
            ("Plover Labs", "fundedBy", "Birchwood Ventures"),
        },
        {
            ("Harbinger Health", "fundedBy", "Birchwood Ventures"),
            ("Plover Labs", "fundedBy", "Oakridge Capital"),
        },
    ),
    (
        "zh-two-rounds-in-one-sentence",
        "北京安屹医疗完成5000万元A轮融资，由青松资本领投；上海卓衡科技完成天使轮融资，由星海创投独家投资。",
        {
            "北京安屹医疗": "Company",
            "青松资本": "Company",
            "上海卓衡科技": "Company",
            "星海创投": "Company",
        },
        {("北京安屹医疗", "fundedBy", "青松资本"), ("上海卓衡科技", "fundedBy", "星海创投")},
        {("北京安屹医疗", "fundedBy", "星海创投"), ("上海卓衡科技", "fundedBy", "青松资本")},
    ),
    (
        "en-a-spin-out-is-not-funded-by-its-university",
        "Corvel AI, a spin-out from Westbrook University, raised a $9 million seed round led by"
        " Fallow Partners.",
        {
            "Corvel AI": "Company",
            "Westbrook University": "University",
            "Fallow Partners": "Company",
        },
        {("Corvel AI", "fundedBy", "Fallow Partners")},
        {("Corvel AI", "fundedBy", "Westbrook University")},
    ),
    (
        "en-hospitals-the-money-goes-to-invest-nothing",
        "Nerida Health secured $30 million in Series B funding to expand into hospitals including"
        " Saint Aldric Hospital.",
        {"Nerida Health": "Company", "Saint Aldric Hospital": "Hospital"},
        set(),
        {("Nerida Health", "fundedBy", "Saint Aldric Hospital")},
    ),
    (
        "en-round-led-in-the-next-sentence",
        "Ostrava Bio raised $14 million. The round was led by Kinsale Ventures.",
        {"Ostrava Bio": "Company", "Kinsale Ventures": "Company"},
        {("Ostrava Bio", "fundedBy", "Kinsale Ventures")},
        set(),
    ),
    (
        "zh-a-modifier-raises-no-round",
        "源于江北大学的深圳慧图医疗完成亿元B轮融资，由华岳资本独家投资。",
        {"江北大学": "University", "深圳慧图医疗": "Company", "华岳资本": "Company"},
        {("深圳慧图医疗", "fundedBy", "华岳资本")},
        {("江北大学", "fundedBy", "华岳资本")},
    ),
    (
        "en-an-existing-investor-joins",
        "Brindle Health raised a $20M Series B led by Oakfield Ventures, with participation from"
        " existing investor Harlow Capital.",
        {"Brindle Health": "Company", "Oakfield Ventures": "Company", "Harlow Capital": "Company"},
        {
            ("Brindle Health", "fundedBy", "Oakfield Ventures"),
            ("Brindle Health", "fundedBy", "Harlow Capital"),
        },
        set(),
    ),
    (
        "en-an-earlier-investor-raises-no-round",
        "Brindle Health, whose earlier investors include Harlow Capital, raised a $20M Series B"
        " led by Oakfield Ventures.",
        {"Brindle Health": "Company", "Oakfield Ventures": "Company", "Harlow Capital": "Company"},
        {("Brindle Health", "fundedBy", "Oakfield Ventures")},
        {("Harlow Capital", "fundedBy", "Oakfield Ventures")},
    ),
    (
        "en-the-lead-is-not-the-company-in-its-relative-clause",
        "Oakfield Ventures, which also backs Plover Labs, led the $20M round in Brindle Health.",
        {"Brindle Health": "Company", "Oakfield Ventures": "Company", "Plover Labs": "Company"},
        {("Brindle Health", "fundedBy", "Oakfield Ventures")},
        {("Brindle Health", "fundedBy", "Plover Labs")},
    ),
    (
        "zh-co-investors-are-not-partners",
        "青松资本与星海创投共同投资了北京安屹医疗。",
        {"青松资本": "Company", "星海创投": "Company", "北京安屹医疗": "Company"},
        {("北京安屹医疗", "fundedBy", "青松资本")},
        {("青松资本", "partnersWith", "星海创投")},
    ),
    (
        "zh-the-investor-of-a-round-signs-nothing",
        "北京安屹医疗获得青松资本投资后，与星海医院达成合作。",
        {"青松资本": "Company", "北京安屹医疗": "Company", "星海医院": "Hospital"},
        {("北京安屹医疗", "fundedBy", "青松资本")},
        {("青松资本", "partnersWith", "星海医院")},
    ),
    (
        "en-investors-participating-after-the-lead",
        "Orvix Labs closed a $45M Series B led by Kestrel Ventures, with Microsoft's M12"
        " participating.",
        {
            "Orvix Labs": "Company",
            "Kestrel Ventures": "Company",
            "M12": "Company",
            "Microsoft": "Company",
        },
        {("Orvix Labs", "fundedBy", "Kestrel Ventures"), ("Orvix Labs", "fundedBy", "M12")},
        {("Orvix Labs", "fundedBy", "Microsoft")},
    ),
    (
        "en-built-on-a-model-is-not-building-it",
        "Halden AI's new scribe, Quillon, is built on Corvex-4 and runs in the cloud.",
        {"Halden AI": "Company", "Quillon": "Product", "Corvex-4": "AIModel"},
        {("Quillon", "basedOn", "Corvex-4")},
        {("Halden AI", "develops", "Corvex-4")},
    ),
    # ---- partnerships in other wordings ------------------------------------------------------
    (
        "zh-topic-signs-in-a-later-clause",
        "禾方生物以AI抗体设计为主业，2023年与江海药业签订合作，首付款800万元。",
        {"禾方生物": "Company", "江海药业": "Company"},
        {("禾方生物", "partnersWith", "江海药业")},
        set(),
    ),
    (
        "zh-list-item-partner-after-a-description",
        "- 蓝川科技：医疗专用算力云服务商，与Orbix合作搭建GPU集群。",
        {"蓝川科技": "Company", "Orbix": "Company"},
        {("蓝川科技", "partnersWith", "Orbix")},
        set(),
    ),
    (
        "en-signed-an-enterprise-deal",
        "Velmora Health signed a five-year enterprise deal with Bramblewood Health worth $27M.",
        {"Velmora Health": "Company", "Bramblewood Health": "Hospital"},
        {("Velmora Health", "partnersWith", "Bramblewood Health")},
        set(),
    ),
    (
        "en-run-a-joint-study",
        "Velmora Health and Pell Clinic will run a joint study of the tool in six hospitals.",
        {"Velmora Health": "Company", "Pell Clinic": "Hospital"},
        {("Velmora Health", "partnersWith", "Pell Clinic")},
        set(),
    ),
    (
        "en-work-alongside",
        "Corlith Health will work alongside Harrow Health on the rollout.",
        {"Corlith Health": "Company", "Harrow Health": "Company"},
        {("Corlith Health", "partnersWith", "Harrow Health")},
        set(),
    ),
    # ---- the field a company works in --------------------------------------------------------
    (
        "zh-rooted-in-a-segment",
        "上海澄源智能近年来持续深耕AI药物研发领域。",
        {"上海澄源智能": "Company"},
        {("上海澄源智能", "operatesIn", "AI药物研发")},
        set(),
    ),
    (
        "en-a-leader-in-a-segment",
        "Maplewood Systems is a recognised leader in digital therapeutics, according to analysts.",
        {"Maplewood Systems": "Company"},
        {("Maplewood Systems", "operatesIn", "digital therapeutics")},
        set(),
    ),
    (
        "en-operates-in-a-market",
        "Fernwood Health operates in the consumer health market and sells through pharmacies.",
        {"Fernwood Health": "Company"},
        {("Fernwood Health", "operatesIn", "consumer health")},
        set(),
    ),
    (
        "zh-a-firm-focused-on-a-use-case-operates-in-it",
        "杭州钧衡医疗成立于2016年，是一家专注数字病理的人工智能企业。",
        {"杭州钧衡医疗": "Company"},
        {("杭州钧衡医疗", "operatesIn", "数字病理")},  # its field of care, a use case
        {("杭州钧衡医疗", "addressesUseCase", "数字病理")},
    ),
    # ---- sites and foundations ---------------------------------------------------------------
    (
        "en-a-site-begins-using",
        "Larkspur Medical Center has begun using Noted, a documentation tool from Quillwright.",
        {"Larkspur Medical Center": "Hospital", "Noted": "Product", "Quillwright": "Company"},
        {("Noted", "deployedAt", "Larkspur Medical Center")},
        set(),
    ),
    (
        "zh-an-offering-covers-hospitals",
        "目前，心瞳心电平台已覆盖宁川市人民医院、宁川市妇幼保健院等20余家医疗机构。",
        {"心瞳心电平台": "Platform", "宁川市人民医院": "Hospital", "宁川市妇幼保健院": "Hospital"},
        {
            ("心瞳心电平台", "deployedAt", "宁川市人民医院"),
            ("心瞳心电平台", "deployedAt", "宁川市妇幼保健院"),
        },
        set(),
    ),
    (
        "zh-a-groups-hospitals-deploy-but-do-not-develop",
        "第一大客户为江海健康集团，其旗下11家医院已全部部署“星影”。",
        {"江海健康集团": "Company", "星影": "Product"},
        {("星影", "deployedAt", "江海健康集团")},
        {("江海健康集团", "develops", "星影")},
    ),
    (
        "en-a-pilot-of-an-offering-at-a-site",
        "The contract follows a nine-month pilot of Sentara at Westbrook Medical Center.",
        {"Sentara": "Product", "Westbrook Medical Center": "Hospital"},
        {("Sentara", "deployedAt", "Westbrook Medical Center")},
        set(),
    ),
    (
        "en-trained-on-a-dataset",
        "Vireo-Med was fine-tuned on CorlithNotes-2M, a set of de-identified clinical notes.",
        {"Vireo-Med": "AIModel", "CorlithNotes-2M": "Dataset"},
        {("Vireo-Med", "basedOn", "CorlithNotes-2M")},
        set(),
    ),
    (
        "zh-a-model-as-base",
        "“知岸”病理模型以澜海-7B为基座，使用百万张病理切片训练。",
        {"知岸": "AIModel", "澜海-7B": "AIModel"},
        {("知岸", "basedOn", "澜海-7B")},
        set(),
    ),
    (
        "zh-tuned-from-a-model",
        "晨问助手基于澜海-7B微调而成，主要面向基层医生。",
        {"晨问助手": "Product", "澜海-7B": "AIModel"},
        {("晨问助手", "basedOn", "澜海-7B")},
        set(),
    ),
]


@pytest.mark.parametrize(
    ("text", "names", "present", "absent"),
    [pytest.param(*case[1:], id=case[0]) for case in _CASES],
)
def test_wordings_of_other_genres(
    tmp_path: Path, text: str, names: dict[str, str], present: set[Fact], absent: set[Fact]
) -> None:
    facts = _facts(tmp_path, text, names)
    assert present <= facts, sorted(facts)
    assert not absent & facts, sorted(facts)


def test_an_investor_named_like_an_investing_word_keeps_its_name(tmp_path: Path) -> None:
    text = "| 公司 | 轮次 | 投资方 |\n| --- | --- | --- |\n| 苏州澜岸科技 | Pre-A轮 | 星辰投资 |\n"
    facts = _facts(tmp_path, text, {"苏州澜岸科技": "Company"}, suffix=".md")
    assert ("苏州澜岸科技", "fundedBy", "星辰投资") in facts, sorted(facts)


# ---- who wrote the report ------------------------------------------------------------------


def test_a_report_names_its_authors_in_its_own_words(tmp_path: Path) -> None:
    title = "2025中国智慧医疗发展报告"
    text = f"# {title}\n\n本报告由青禾研究院与华澄咨询联合撰写。\n\n## 概述\n\n市场持续增长。\n"
    names = {title: "Report", "青禾研究院": "ResearchInstitution", "华澄咨询": "Company"}
    facts = _facts(tmp_path, text, names, suffix=".md")
    assert (title, "authoredBy", "青禾研究院") in facts, sorted(facts)
    assert (title, "authoredBy", "华澄咨询") in facts, sorted(facts)


def test_a_consensus_names_its_writers_in_its_own_words(tmp_path: Path) -> None:
    title = "人工智能辅助肺结节诊断专家共识（2025版）"
    text = f"# {title}\n\n本共识由青禾医学会牵头，华澄医院、岚川大学共同执笔。\n\n## 一、范围\n"
    names = {
        title: "Report",
        "青禾医学会": "Association",
        "华澄医院": "Hospital",
        "岚川大学": "University",
    }
    facts = _facts(tmp_path, text, names, suffix=".md")
    for writer in ("青禾医学会", "华澄医院", "岚川大学"):
        assert (title, "authoredBy", writer) in facts, sorted(facts)


def test_a_labelled_list_of_drafting_bodies_credits_each(tmp_path: Path) -> None:
    title = "医学影像人工智能应用团体标准"
    text = f"# {title}\n\n起草单位：青禾医学会、华澄医院\n\n## 一、范围\n\n本标准规定了要求。\n"
    names = {title: "Report", "青禾医学会": "Association", "华澄医院": "Hospital"}
    facts = _facts(tmp_path, text, names, suffix=".md")
    assert (title, "authoredBy", "青禾医学会") in facts, sorted(facts)
    assert (title, "authoredBy", "华澄医院") in facts, sorted(facts)


def test_a_report_prepared_by_and_a_copyright_line(tmp_path: Path) -> None:
    text = (
        "# The State of Clinical AI 2025\n\n## Summary\n\nThis report was prepared by Northwind"
        " Analytics.\n\nAdoption grew.\n\n© 2025 Fairmont Health Institute. All rights reserved.\n"
    )
    title = "The State of Clinical AI 2025"
    names = {
        title: "Report",
        "Northwind Analytics": "Company",
        "Fairmont Health Institute": "ResearchInstitution",
    }
    facts = _facts(tmp_path, text, names, suffix=".md")
    assert (title, "authoredBy", "Northwind Analytics") in facts, sorted(facts)
    assert (title, "publishedBy", "Fairmont Health Institute") in facts, sorted(facts)


def test_a_press_byline_names_the_outlet_and_the_date(tmp_path: Path) -> None:
    title = "对话澄心医疗CEO：病理AI的下一站"
    text = f"{title}\n\n文/医界前沿记者 王敏　2025年6月3日\n\n澄心医疗成立于2018年，专注病理。\n"
    facts = _facts(tmp_path, text, {title: "Report", "澄心医疗": "Company"})
    assert (title, "publishedBy", "医界前沿") in facts, sorted(facts)
    assert (title, "issuedOn", "2025-06-03") in facts, sorted(facts)
    # the first sentence of the body is about the company, not a credit line
    assert (title, "publishedBy", "澄心医疗") not in facts, sorted(facts)
    assert (title, "issuedOn", "2018") not in facts, sorted(facts)


def test_a_masthead_line_opening_with_an_unknown_outlet(tmp_path: Path) -> None:
    text = (
        "ASIA DIGITAL HEALTH FORUM 2025 - WEEK IN REVIEW\nHarbourline Media | Hong Kong, 3 June"
        " 2025\n\nMore than 900 delegates attended.\n"
    )
    title = "ASIA DIGITAL HEALTH FORUM 2025 - WEEK IN REVIEW"
    facts = _facts(tmp_path, text, {title: "Report"})
    assert (title, "publishedBy", "Harbourline Media") in facts, sorted(facts)


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("适用范围", "use_case"),
        ("Intended use", "use_case"),
        ("Manufacturer", "organization"),
        ("注册人", "organization"),
        ("承建单位", "organization"),
        ("试点单位", "hospital"),
        ("注册地", "region"),
    ],
)
def test_register_and_project_headers_have_roles(header: str, role: str) -> None:
    assert column_role(header) == role


# ---- what a policy's title promotes -------------------------------------------------------


def test_a_plan_titled_to_build_something_promotes_it(tmp_path: Path) -> None:
    title = "《岚州市智慧医院建设三年行动计划》"
    text = f"岚州市卫生健康委印发{title}，明确了三年目标。"
    facts = _facts(tmp_path, text, {title: "Policy", "岚州市卫生健康委": "GovernmentBody"})
    assert (title, "promotes", "智慧医院建设") in facts, sorted(facts)


def test_a_title_promotes_a_quoted_theme_but_not_a_bare_one(tmp_path: Path) -> None:
    quoted = "《关于加快“人工智能+医疗卫生”应用的指导意见》"
    bare = "《促进人工智能产业发展的若干措施》"
    text = f"省政府先后发布{quoted}和{bare}。"
    facts = _facts(tmp_path, text, {quoted: "Policy", bare: "Policy"})
    assert (quoted, "promotes", "人工智能+医疗卫生") in facts, sorted(facts)
    assert not {f for f in facts if f[0] == bare and f[1] == "promotes"}, sorted(facts)


def test_a_title_that_regulates_promotes_nothing(tmp_path: Path) -> None:
    title = "《智慧医院建设数据安全管理办法》"
    facts = _facts(tmp_path, f"{title}自发布之日起施行。", {title: "Policy"})
    assert not {f for f in facts if f[1] == "promotes"}, sorted(facts)


@pytest.mark.parametrize(
    ("text", "offering", "technology"),
    [
        (
            "Powered by computer vision, Sentra flags fractures on radiographs.",
            "Sentra",
            "computer vision",
        ),
        ("依托计算机视觉技术，星瞳系统可自动识别骨折。", "星瞳系统", "计算机视觉技术"),
    ],
)
def test_a_fronted_technology_is_what_the_offering_uses(
    tmp_path: Path, text: str, offering: str, technology: str
) -> None:
    facts = _facts(tmp_path, text, {offering: "Product"})
    assert (offering, "usesTechnology", technology) in facts, sorted(facts)


def test_a_deal_table_reads_one_party_per_name(tmp_path: Path) -> None:
    text = (
        "| 企业 | 轮次 | 投资方 |\n| --- | --- | --- |\n"
        "| 曜石医疗 Yaoshi Medical | A+轮 | 青岚资本 Qinglan Capital |\n"
        "| 澜岸科技 | 战略融资 | 老股东追加 |\n"
        "| 卓衡智能 | B轮 | 星辰投资（领投）、合力创投（跟投） |\n"
    )
    facts = _facts(tmp_path, text, {}, suffix=".md")
    funded = {f for f in facts if f[1] == "fundedBy"}
    assert funded == {
        ("曜石医疗", "fundedBy", "青岚资本"),
        ("卓衡智能", "fundedBy", "星辰投资"),
        ("卓衡智能", "fundedBy", "合力创投"),
    }, sorted(facts)


def test_a_sites_column_saying_many_names_no_site(tmp_path: Path) -> None:
    text = (
        "| 产品 | 合作医院 |\n| --- | --- |\n| 星影平台 | 多家 |\n| 星瞳系统 | 江北市人民医院 |\n"
    )
    facts = _facts(tmp_path, text, {"星影平台": "Platform", "星瞳系统": "Product"}, suffix=".md")
    assert ("星瞳系统", "deployedAt", "江北市人民医院") in facts, sorted(facts)
    assert not {f for f in facts if f[0] == "星影平台" and f[1] == "deployedAt"}, sorted(facts)


def test_based_on_is_no_deployment_site(tmp_path: Path) -> None:
    text = "该模型基于澄湾科技的通用大模型底座，使用医院病历进行训练。"
    names = {"该模型": "AIModel", "澄湾科技": "Company"}
    facts = _facts(tmp_path, text, names)
    assert not any(p == "deployedAt" for _, p, _ in facts), sorted(facts)
