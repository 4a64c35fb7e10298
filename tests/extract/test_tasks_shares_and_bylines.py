"""Tasks named by words no list held, shares said of a phrase, segment tables headed 板块,
markets named with a digit, bylines with a date, verbs after a body's name, lists of terms,
buyers of a rival, and the people and places a count names.

A task may end in 计量, 告警, 溯源 or "prescribing" (``主要用于分项计量和能耗异常告警``, "a
genotype-guided prescribing engine"); ``其中，A占62%，B占28%`` gives each share to its phrase;
a ``板块`` column lists segments; ``医疗3D打印市场`` keeps its 3; a market size after a clause of
the policies that drive it is the market's; ``来源：X ｜ 2025-10-15`` credits X; ``局部署`` and
``院签署`` end no name; ``hERG、肝毒性等27个毒性终点`` are terms; "acquired X's rival Y" buys Y;
``2.3名持证咨询师`` is a headcount and ``已落地统筹地区`` counts regions. Every name is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from entity_support import found_names
from figure_support import about_names, figures_of, markdown, measure_slug
from relation_support import entity_names, facts_of, pipeline_facts

from medatlas.loaders.extract.entity_layout import source_candidates


def test_tasks_that_end_in_words_no_list_held(tmp_path: Path) -> None:
    text = (
        "# 报告\n\n澈能科技的澈能云HEMS基于华为云IoT平台开发，主要用于分项计量和能耗异常告警。\n\n"
        "Corvelle Dosing develops DoseWisp, a genotype-guided prescribing engine that plugs into "
        "hospital records.\n"
    )
    facts = facts_of(tmp_path, text, {"澈能云HEMS": "Product", "DoseWisp": "Product"})
    assert ("澈能云HEMS", "addressesUseCase", "分项计量") in facts
    assert ("澈能云HEMS", "addressesUseCase", "能耗异常告警") in facts
    assert ("DoseWisp", "addressesUseCase", "genotype-guided prescribing") in facts


def test_it_after_a_tool_built_on_a_firms_model_is_the_tool(tmp_path: Path) -> None:
    text = (
        "# Review\n\nVeriwisp Health AI sells Veriwisp Assist, which drafts answers to "
        "unsolicited medical information requests with citations to the label and literature. "
        "The tool is built on Meta's Llama 3.1 70B, fine-tuned on 400,000 historical responses. "
        "It went live at Halvorwisp Pharma's medical information centre in 2024.\n"
    )
    facts = pipeline_facts(tmp_path, text, "review.md")
    names = entity_names(facts)
    deployed = {
        frozenset(names.get(r.subject, {r.subject}))
        for r in facts.relations
        if r.predicate == "deployedAt"
    }
    assert any("Veriwisp Assist" in subject for subject in deployed), deployed
    assert not any("Llama 3.1 70B" in subject for subject in deployed), deployed


def test_each_share_is_its_phrases() -> None:
    text = (
        "# 中国医疗增材制造市场研究\n\n2024年，中国医疗3D打印市场规模达到58.6亿元。其中，"
        "个性化植入物与手术导板等临床产品占62%，设备与材料占28%，软件与设计服务约占10%。\n"
    )
    figures = figures_of(markdown(text), {})
    assert "个性化植入物与手术导板等临床产品" in about_names(figures["62%"])
    assert "设备与材料" in about_names(figures["28%"])
    assert "软件与设计服务" in about_names(figures["10%"])


@pytest.mark.parametrize(
    ("sentence", "share", "phrase"),
    [
        ("澈保科技的澈保医保云占12.5%。", "12.5%", "澈保科技的澈保医保云"),
        ("其海外收入占比为30%。", "30%", "其海外收入"),
    ],
)
def test_a_named_share_or_its_own_share_adds_no_phrase(
    sentence: str, share: str, phrase: str
) -> None:
    names = {"澈保科技": "Company", "澈保医保云": "Platform"}
    figure = figures_of(markdown(f"# 报告\n\n{sentence}\n"), names)[share]
    assert all(m.method != "figures.share-holder" for m in figure.about)
    assert phrase not in about_names(figure)


def test_a_board_column_lists_segments() -> None:
    text = (
        "# 中国临床前新方法市场研究\n\n表4-1 中国NAMs市场分板块规模预测（亿元）\n\n"
        "| 板块 | 2024 | 2030E |\n| --- | --- | --- |\n| 器官芯片 | 9.4 | 78.5 |\n"
        "| 类器官 | 17.1 | 101.3 |\n"
    )
    figures = figures_of(markdown(text), {})
    assert about_names(figures["9.4"]) == {"器官芯片"}
    assert about_names(figures["101.3"]) == {"类器官"}
    assert measure_slug(figures["9.4"]) == "market-size"


def test_a_markets_name_keeps_a_digit_that_opens_a_word() -> None:
    text = "# 报告\n\n2024年，中国医疗3D打印市场规模达到58.6亿元；中国5G医疗市场规模为18.6亿元。\n"
    figures = figures_of(markdown(text), {})
    assert "中国医疗3D打印市场" in about_names(figures["58.6亿元"])
    assert "中国5G医疗市场" in about_names(figures["18.6亿元"])


def test_a_market_size_past_the_policies_that_drive_it() -> None:
    text = (
        "# 报告\n\n## 4.1 总体规模\n\n2024年中国NAMs市场规模为38.6亿元。受澈州新方法试点政策"
        "与《澈州临床前评价改革方案》落地的共同推动，我们预计2030年市场规模将达到246亿元。\n"
    )
    figures = figures_of(markdown(text), {"澈州临床前评价改革方案": "Policy"})
    assert "中国NAMs市场" in about_names(figures["246亿元"])


def test_a_regions_column_counts_regions() -> None:
    text = (
        "# 白皮书\n\n| 厂商 | 产品 | 已落地统筹地区 |\n| --- | --- | --- |\n"
        "| 杭州澈保数据科技有限公司 | 澈保风控平台 | 112个 |\n"
    )
    names = {"杭州澈保数据科技有限公司": "Company", "澈保风控平台": "Platform"}
    assert measure_slug(figures_of(markdown(text), names)["112个"]) == "number-of-regions"


@pytest.mark.parametrize(
    ("sentence", "original", "slug"),
    [
        ("平均每家机构仅有2.3名持证咨询师。", "2.3名", "headcount"),
        ("Corvane signed a distribution deal covering 14 markets in the region.", "14", ""),
    ],
)
def test_counted_people_and_markets(sentence: str, original: str, slug: str) -> None:
    figure = figures_of(markdown(f"# 报告\n\n{sentence}\n"), {"Corvane": "Company"})[original]
    assert measure_slug(figure) == (slug or "number-of-regions")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("来源：澈康数智网编辑部 ｜ 2025-10-15\n", ["澈康数智网编辑部"]),
        ("来源：澈脉前沿网 专题部　2025-08-21\n", ["澈脉前沿网"]),
    ],
)
def test_a_byline_credits_the_outlet_not_its_date_or_desk(line: str, names: list[str]) -> None:
    assert [c.name for c in source_candidates(line)] == names


def test_a_verb_after_a_bodys_name_is_not_its_ending() -> None:
    found = found_names(
        "2025年6月，澈器生物与澈州药品检定研究院签署合作协议。"
        "「澈店识别」应用由苏州澈盾信息技术有限公司开发，已在瀚澈省医疗保障局部署。"
    )
    assert "瀚澈省医疗保障局" in found
    assert not any(name.endswith(("部署", "签署")) for name in found)


def test_an_owned_offering_ends_before_its_rank() -> None:
    found = found_names("成都澈联科技有限公司的澈联人力云排第二，占16.8%。")
    assert found.get("澈联人力云") == "Platform"
    assert "澈联人力云排第二" not in found


def test_a_counted_list_of_terms_names_no_firm() -> None:
    found = found_names(
        "苏州澈算智能科技有限公司的ToxWisp毒性预测模型覆盖hERG、肝毒性、致突变性等27个毒性终点。"
    )
    assert "肝毒性" not in found and "致突变性" not in found


def test_a_buyer_of_a_rival_buys_the_rival(tmp_path: Path) -> None:
    text = (
        "# Review\n\n- Corlane Health acquired Locuwell's rival ShiftWisp for an undisclosed sum.\n"
        "- Optera agreed to acquire Ferrowisp Health's competitor PayWisp Analytics for $420M.\n"
    )
    names = {
        "Corlane Health": "Company",
        "Locuwell": "Company",
        "ShiftWisp": "Company",
        "Optera": "Company",
        "Ferrowisp Health": "Company",
        "PayWisp Analytics": "Company",
    }
    facts = facts_of(tmp_path, text, names)
    assert ("ShiftWisp", "acquiredBy", "Corlane Health") in facts
    assert ("PayWisp Analytics", "acquiredBy", "Optera") in facts
    assert ("Locuwell", "acquiredBy", "Corlane Health") not in facts
    assert ("Ferrowisp Health", "acquiredBy", "Optera") not in facts


def test_a_pharmacy_chain_is_named_and_runs_what_its_outlets_deploy(tmp_path: Path) -> None:
    text = (
        "# 报告\n\n澈丰大药房连锁有限公司在旗下620家门店部署了澈东健康提供的澈方核验助手。\n\n"
        "民营头部机构中，启澈健康体检集团已在旗下120家门店部署澈康报告助手。\n"
    )
    assert found_names(text).get("澈丰大药房连锁有限公司") == "Company"
    names = {
        "澈丰大药房连锁有限公司": "Company",
        "澈东健康": "Company",
        "澈方核验助手": "Product",
        "启澈健康体检集团": "Company",
        "澈康报告助手": "Product",
    }
    facts = facts_of(tmp_path, text, names)
    assert ("澈方核验助手", "deployedAt", "澈丰大药房连锁有限公司") in facts
    assert ("澈康报告助手", "deployedAt", "启澈健康体检集团") in facts


def test_a_chain_that_uses_an_offering_in_its_stores(tmp_path: Path) -> None:
    text = "# Review\n\nStrideMart uses GaitWisp in 85 stores in China for free gait checks.\n"
    facts = facts_of(tmp_path, text, {"StrideMart": "Company", "GaitWisp": "Product"})
    assert ("GaitWisp", "deployedAt", "StrideMart") in facts


def test_a_products_column_with_its_makers_in_brackets(tmp_path: Path) -> None:
    text = (
        "# 试点名单\n\n| 序号 | 医院名称 | 试点方向 | 应用产品（供应企业） |\n"
        "| --- | --- | --- | --- |\n"
        "| 1 | 澈仑医科大学第一附属医院 | 肺结节CT辅助诊断 "
        "| 澈析肺结节软件（西宁澈析智能科技有限公司） |\n"
    )
    names = {
        "澈仑医科大学第一附属医院": "Hospital",
        "澈析肺结节软件": "Product",
        "西宁澈析智能科技有限公司": "Company",
    }
    facts = facts_of(tmp_path, text, names)
    assert ("澈析肺结节软件", "deployedAt", "澈仑医科大学第一附属医院") in facts
    assert ("西宁澈析智能科技有限公司", "develops", "澈析肺结节软件") in facts
    assert ("澈仑医科大学第一附属医院", "develops", "澈析肺结节软件") not in facts


def test_makers_by_whose_by_building_and_by_contract(tmp_path: Path) -> None:
    text = (
        "# Review\n\nHengwisp Robotics, whose upper-limb robot HX-Arm 3 holds an NMPA Class II "
        "registration, raised RMB 500 million.\n\nQuantiwisp Bio is building a lung-on-chip "
        "platform, BreathWisp, validated with partners.\n\n悦澈健康承建的“母澈云”孕产妇风险管理平台"
        "已覆盖全市。\n"
    )
    names = {
        "Hengwisp Robotics": "Company",
        "HX-Arm 3": "Product",
        "Quantiwisp Bio": "Company",
        "BreathWisp": "Platform",
        "悦澈健康": "Company",
        "母澈云": "Platform",
    }
    facts = facts_of(tmp_path, text, names)
    assert ("Hengwisp Robotics", "develops", "HX-Arm 3") in facts
    assert ("Quantiwisp Bio", "develops", "BreathWisp") in facts
    assert ("悦澈健康", "develops", "母澈云") in facts


@pytest.mark.parametrize(
    "name", ["Series D", "Pre-A", "healthcare-AI", "generative-AI", "LVEF", "EMPI"]
)
def test_rounds_files_and_terms_are_no_names(name: str) -> None:
    text = (
        f"Corvane Health closed a round; reviewers cited {name} in the filing, and "
        f"{name} appeared again in the notes."
    )
    assert name not in found_names(text)


def test_a_names_gloss_in_brackets_does_not_part_it_from_its_offering(tmp_path: Path) -> None:
    text = "# 报告\n\n澈里云（Cheli Cloud）的通澈千问（Tongche）系列开源模型是常用的基座之一。\n"
    names = {
        "澈里云": "Company",
        "Cheli Cloud": "Company",
        "通澈千问": "AIModel",
        "Tongche": "AIModel",
    }
    assert ("澈里云", "develops", "通澈千问") in facts_of(tmp_path, text, names)


def test_a_surveys_share_names_its_respondents_and_their_groups() -> None:
    text = (
        "# 2025澈州遗传咨询服务调查报告\n\n受访机构中，64.2%已设立独立的遗传咨询门诊。\n\n"
        "有43.5%的医院计划增加相关预算，其中三级综合医院的这一比例为57.9%。\n\n"
        "澈州科技的收入为30%。\n"
    )
    names = {"澈州科技": "Company", "2025澈州遗传咨询服务调查报告": "Report"}
    figures = figures_of(markdown(text), names)
    assert {"受访机构", "2025澈州遗传咨询服务调查报告"} <= about_names(figures["64.2%"])
    assert "三级综合医院" in about_names(figures["57.9%"])
    assert about_names(figures["30%"]) == {"澈州科技"}
