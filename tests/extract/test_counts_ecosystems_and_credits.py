"""What a count is of, what an ecosystem map builds on its platforms, one credit per report and
publisher, rules on trial, appositions that name a parent, and the acronyms of care.

``我国ICU床位约为9.8万张`` counts ICU beds; ``结直肠癌筛查相关市场`` is the market of 结直肠癌筛查;
``## 1. 澈云ICU平台`` then ``- 澈脉预警模型 (Chemai Net)：…`` lists a model built on the platform;
``…服务项目价格（试行）`` is a rule; "Brevora Health, spun out of Fairhaven University, develops
X" is Brevora's; "a DBT triage tool" names no product DBT. Every name is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from entity_support import found_names
from figure_support import about_names, figures_of, markdown, measure_slug
from relation_support import facts_of, named_relations

from medatlas.loaders.extract.entity_zh import title_class

# --- what a count is of -----------------------------------------------------------------------


def test_a_count_names_the_things_it_counts_before_it() -> None:
    text = (
        "# 澈州重症医学白皮书\n\n截至2024年底，我国ICU床位约为9.8万张，"
        "我国年结肠镜检查量约4200万例，澈牌呼吸机保有量约为12万台。\n"
    )
    figures = figures_of(markdown(text), {})
    assert "ICU床位" in about_names(figures["9.8万张"])
    assert "结肠镜检查" in about_names(figures["4200万例"])  # the kind of count is dropped
    assert "澈牌呼吸机" in about_names(figures["12万台"])


def test_a_count_of_what_was_done_or_per_head_names_no_things() -> None:
    text = (
        "# 澈州重症医学白皮书\n\n澈泊医疗共建的数据库收录约4.2万名患者的波形，"
        "每10万人口仅有约6.9张。\n"
    )
    figures = figures_of(markdown(text), {})
    assert not any(m.method == "figures.counted" for m in figures["4.2万名"].about)
    assert not any(m.method == "figures.counted" for m in figures["6.9张"].about)


def test_a_related_market_is_the_market_of_its_field() -> None:
    text = "# 澈州肠癌早筛市场测算\n\n2024年中国结直肠癌筛查相关市场规模为86.4亿元。\n"
    assert "结直肠癌筛查" in about_names(figures_of(markdown(text), {})["86.4亿元"])


# --- ecosystem maps and labelled sites --------------------------------------------------------

_ECOSYSTEM = (
    "# 重症监护平台生态图谱\n\n"
    "## 1. 澈云ICU平台 Cheyun ICU Platform\n\n"
    "澈云ICU平台由北京澈云重症科技有限公司开发，接入ICU床位超过4000张。\n\n"
    "- 澈脉脓毒症预警模型 (Chemai SepsisNet)：苏州澈脉智能医疗有限公司开发，以插件形式接入平台。\n"
    "- 落地机构 Sites：澈岚市第一人民医院、澈原省人民医院。\n"
)


def test_an_item_of_a_platform_section_is_built_on_the_platform(tmp_path: Path) -> None:
    facts = named_relations(tmp_path, _ECOSYSTEM)
    platform = {"澈云ICU平台", "Cheyun ICU Platform"}  # the heading names it in two languages
    assert any(t in facts for t in (("澈脉脓毒症预警模型", "basedOn", p) for p in platform))
    for site in ("澈岚市第一人民医院", "澈原省人民医院"):
        assert any(t in facts for t in ((p, "deployedAt", site) for p in platform)), site


def test_a_site_list_is_no_offering_built_on_the_platform(tmp_path: Path) -> None:
    facts = named_relations(tmp_path, _ECOSYSTEM)
    assert not any(p == "basedOn" and s.startswith("澈岚") for s, p, _ in facts)
    assert not any(p == "basedOn" and o == "澈脉脓毒症预警模型" for _, p, o in facts)


# --- makers: where an offering comes from, whose it is ----------------------------------------


def test_an_offering_that_comes_from_a_firm_is_its(tmp_path: Path) -> None:
    facts = named_relations(
        tmp_path,
        "澈肾透析管理平台来自北京澈肾数字健康有限公司，汇集透析机实时数据。"
        "该平台的数据来自澈江医科大学附属第二医院。",
    )
    assert ("北京澈肾数字健康有限公司", "develops", "澈肾透析管理平台") in facts
    assert not any(s.startswith("澈江") for s, p, _ in facts if p == "develops")


def test_an_apposition_with_a_device_noun_names_an_offering() -> None:
    found = found_names(
        "Nephrava raised $12 million. KidneyPath, Nephrava's CKD risk engine, runs on "
        "Microsoft Azure. Kivora sells PulseBand, a cuffless blood pressure monitor."
    )
    assert found.get("KidneyPath") == "Product", found  # an engine, not a firm
    assert found.get("PulseBand") == "Product", found


def test_the_parent_in_an_apposition_does_not_make_the_offering(tmp_path: Path) -> None:
    names = {
        "Brevora Health": "Company",
        "Fairhaven University": "University",
        "BreastRisk-5": "AIModel",
        "Tempora Health": "Company",
        "Carrowmore Pharma": "Company",
    }
    facts = facts_of(
        tmp_path,
        "Brevora Health, spun out of Fairhaven University, develops BreastRisk-5. "
        "Tempora Health, spun out of Carrowmore Pharma in 2021, focuses on trial supply.",
        names,
    )
    assert ("Brevora Health", "develops", "BreastRisk-5") in facts
    assert ("Fairhaven University", "develops", "BreastRisk-5") not in facts
    # a university's spin-out is a start-up of its own; a firm's spin-off stays in its group
    assert ("Brevora Health", "subsidiaryOf", "Fairhaven University") not in facts
    assert ("Tempora Health", "subsidiaryOf", "Carrowmore Pharma") in facts


# --- reports and rules ------------------------------------------------------------------------


def test_one_credit_per_report_and_publisher(tmp_path: Path) -> None:
    facts = named_relations(
        tmp_path,
        "# 2025澈州重症医学智能化白皮书\n\n"
        "本报告由澈州重症信息化协作联盟与澈川医疗智能研究院联合编写，2025年10月发布。\n",
    )
    credits = {(p, o) for s, p, o in facts if p in ("authoredBy", "publishedBy")}
    for org in ("澈州重症信息化协作联盟", "澈川医疗智能研究院"):
        assert len({p for p, o in credits if o == org}) == 1, credits


def test_a_rule_on_trial_is_a_policy_whatever_its_title_ends_with() -> None:
    assert title_class("澈洲省远程重症会诊服务项目价格（试行）") == ("Policy", 0.9)
    assert title_class("澈洲省家庭血压监测服务项目价格（征求意见稿）") == ("Policy", 0.9)
    assert title_class("2025澈洲重症医学发展报告（第二版）")[0] == "Report"


# --- the acronyms of care are no names --------------------------------------------------------


def test_acronyms_of_tests_and_settings_are_no_products() -> None:
    found = found_names(
        "Lumidex Imaging sells TomoSift, a DBT triage tool. Ventivo builds software that "
        "adjusts PEEP and FiO2 for each patient. Nephrava flags falling eGFR in lab records."
    )
    assert found.get("TomoSift") == "Product"
    for acronym in ("DBT", "FiO2", "eGFR", "PEEP"):
        assert acronym not in found, found


# --- forecasts: a scenario's size and the forecaster's "it" are the market's ------------------


def test_a_scenario_size_is_of_the_market_not_of_its_condition() -> None:
    text = (
        "# 中国澈保智能化市场测算\n\n2024年中国澈保智能化市场规模为62.1亿元。\n\n"
        "### 敏感性分析\n\n基准情景下2030年市场规模为258.0亿元；乐观情景下，"
        "若商业健康险保费保持年均增长，规模可达312亿元。\n"
    )
    figures = figures_of(markdown(text), {})
    for original in ("258.0亿元", "312亿元"):
        assert any("澈保智能化" in n for n in about_names(figures[original])), original
    assert not any("健康险" in n for n in about_names(figures["312亿元"]))


def test_the_forecasters_it_is_the_market_named_before() -> None:
    text = (
        "# Breast AI Report 2025\n\nThe global market for AI in breast density scoring reached "
        "an estimated $538 million in 2024. We forecast it will reach $1.92 billion by 2031.\n"
    )
    figure = figures_of(markdown(text), {})["$1.92 billion"]
    assert any("breast density scoring" in n for n in about_names(figure)), about_names(figure)
    assert "Breast AI Report 2025" not in about_names(figure)


def test_a_field_of_ai_written_plain_too_is_no_company() -> None:
    found = found_names(
        "Vascular AI drew $412 million this year, as vascular surgeons adopt imaging tools. "
        "Mammora AI raised $20 million."
    )
    assert "Vascular AI" not in found, found
    assert found.get("Mammora AI") == "Company", found


def test_who_runs_a_platform_makes_it_and_is_no_site(tmp_path: Path) -> None:
    names = {
        "澈苗智慧接种平台": "Platform",
        "杭州澈苗信息科技有限公司": "Company",
        "ScanLink": "Platform",
        "Corvid Health": "Company",
        "沐压App": "Product",
        "澈律高血压管理平台": "Platform",
        "杭州澈律健康科技有限公司": "Company",
    }
    facts = facts_of(
        tmp_path,
        "澈苗智慧接种平台由杭州澈苗信息科技有限公司运营，部署在腾讯云上。"
        "ScanLink is run by Corvid Health. 提及率最高的是沐压App（18.4%），"
        "其次是杭州澈律健康科技有限公司运营的澈律高血压管理平台（12.9%）。",
        names,
    )
    assert ("杭州澈苗信息科技有限公司", "develops", "澈苗智慧接种平台") in facts
    assert ("Corvid Health", "develops", "ScanLink") in facts
    assert ("ScanLink", "deployedAt", "Corvid Health") not in facts
    assert ("杭州澈律健康科技有限公司", "develops", "沐压App") not in facts


# --- what a figure measures: shares held, prices, budgets, growth on a period, counted nouns ---


def test_a_share_a_firm_holds_is_its_market_share() -> None:
    text = (
        "# Vascular AI Market Outlook 2025\n\nThe vascular AI market reached $412 million in "
        "2024.\n\n- **Veridian Vascular** (Minneapolis) holds about 13%.\n"
        "- **Philips** and **Siemens Healthineers** together account for roughly 17%.\n"
    )
    firms = {
        "Veridian Vascular": "Company",
        "Philips": "Company",
        "Siemens Healthineers": "Company",
    }
    figures = figures_of(markdown(text), firms)
    assert measure_slug(figures["13%"]) == "market-share"
    assert measure_slug(figures["17%"]) == "market-share"


def test_a_products_share_among_its_users_is_a_market_share() -> None:
    text = (
        "# 2025年医院AI安全工具应用调查报告\n\n使用最多的产品是杭州澈垣信息技术有限公司的"
        "澈垣态势感知平台，在使用AI安全工具的医院中占比为34.2%。受访医院中，62.1%已部署至少一款"
        "AI安全工具。\n"
    )
    figures = figures_of(markdown(text), {"澈垣态势感知平台": "Platform"})
    assert measure_slug(figures["34.2%"]) == "market-share"
    assert measure_slug(figures["62.1%"]) != "market-share"  # a share of those asked


def test_what_a_patient_pays_is_a_price_and_a_projects_investment_its_budget() -> None:
    text = (
        "# 澈州政策摘编\n\n家庭血压远程监测按月收费，每人每月30元。单疗程支付标准不超过600元。"
        "The code can be billed at about $50 per patient per month. 平台一期投资3.6亿元。"
        "澈医科技获得鼎晖投资1.2亿元。\n"
    )
    figures = figures_of(markdown(text), {"澈医科技": "Company"})
    for original in ("30元", "600元", "$50"):
        assert measure_slug(figures[original]) == "price", original
    assert measure_slug(figures["3.6亿元"]) == "budget"
    assert measure_slug(figures["1.2亿元"]) == "financing-amount"


def test_up_on_an_earlier_period_is_growth() -> None:
    text = (
        "# Financing Review Q3 2025\n\nVenture funding totalled $486 million in Q3 2025 across "
        "19 disclosed deals, up 22% on Q2. Deal value reached $3.9 billion in the first nine "
        "months of 2025, up 17% from $3.3 billion a year earlier.\n"
    )
    figures = figures_of(markdown(text), {})
    assert measure_slug(figures["22%"]) == "growth-rate"
    assert measure_slug(figures["17%"]) == "growth-rate"


@pytest.mark.parametrize(
    ("sentence", "original", "slug"),
    [
        ("KestoCare serves 2.3 million members.", "2.3 million", "number-of-users"),
        ("SynoScan RA is now used at 140 US sites.", "140", "number-of-organizations"),
        ("Kestova plans to expand its US sales force to 120 reps.", "120", "headcount"),
        ("It has served 14 districts and 410,000 residents.", "410,000", "number-of-patients"),
        ("澈德骨科影像库收录了约35万张X线片。", "35万张", "dataset-size"),
    ],
)
def test_a_counted_noun_names_the_count(sentence: str, original: str, slug: str) -> None:
    figures = figures_of(markdown(f"# Market Report 2025\n\n{sentence}\n"), {})
    assert measure_slug(figures[original]) == slug


def test_a_stake_or_an_adoption_share_is_no_market_share() -> None:
    text = (
        "# Investor memo\n\n- Larkspur Ridge Partners would hold 17% after the round.\n\n"
        "在已部署医学大模型的医院中，约53%采用澈言R1本地化部署。\n"
    )
    names = {"Larkspur Ridge Partners": "Company", "澈言R1": "AIModel"}
    figures = figures_of(markdown(text), names)
    assert measure_slug(figures["17%"]) != "market-share"
    assert measure_slug(figures["53%"]) != "market-share"


def test_people_a_firm_employs_are_its_headcount() -> None:
    text = "# Market Report 2025\n\nThe company now employs more than 200 people in London.\n"
    assert measure_slug(figures_of(markdown(text), {})["200"]) == "headcount"


@pytest.mark.parametrize(
    ("sentence", "original", "slug"),
    [
        ("澈云已与14家省级或地市级疾控机构合作。", "14家", "number-of-organizations"),
        ("澈策智能排班系统被受访医院中的127家采用。", "127家", "number-of-hospitals"),
    ],
)
def test_jia_counts_establishments(sentence: str, original: str, slug: str) -> None:
    figures = figures_of(markdown(f"# 澈州白皮书\n\n{sentence}\n"), {})
    assert measure_slug(figures[original]) == slug
