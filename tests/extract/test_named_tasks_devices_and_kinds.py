"""Tasks written inside an offering's name, technique cells, devices named by their kind,
brands before a firm's trade word, what an English apposition without an article says, scales
and standards that are no products, and the options a ranked survey list gives a share to.

``安颐毫米波跌倒监测雷达`` serves 跌倒监测 when the report names that task by itself; a
``技术路线`` cell is what the row's offering is built with; ``眸迹眼动认知筛查仪`` is a device;
``配宁`` is the brand of 深圳配宁智能装备有限公司; "LensPlan AI, cloud software that…" is a
product; "LOCS III" and "GBZ 70" are a scale and a standard. Every name is invented.
"""

from __future__ import annotations

from pathlib import Path

from entity_support import found_names
from figure_support import about_names, figures_of, markdown
from relation_support import named_relations

from medatlas.loaders.extract.entity_shortforms import chinese_brand_cores

# --- a task inside an offering's name -----------------------------------------------------------


def test_an_offering_addresses_a_task_its_name_holds_when_the_report_names_it(
    tmp_path: Path,
) -> None:
    text = (
        "# 澄岭养老科技调查\n\n该平台主要用于跌倒预警和夜间巡检。\n\n"
        "苏州澄岭感知科技有限公司推出的澄岭夜间跌倒预警系统已在12家机构上线。\n"
    )
    facts = named_relations(tmp_path, text)
    assert ("澄岭夜间跌倒预警系统", "addressesUseCase", "跌倒预警") in facts


def test_a_task_written_only_inside_the_name_is_not_read_from_it(tmp_path: Path) -> None:
    text = (
        "# 澄岭养老科技调查\n\n"
        "苏州澄岭感知科技有限公司推出的澄岭夜间离床守护系统已在12家机构上线。\n"
    )
    facts = named_relations(tmp_path, text)
    assert not any(
        s == "澄岭夜间离床守护系统" and p == "addressesUseCase" and o == "离床守护"
        for s, p, o in facts
    ), facts


# --- a technique cell ---------------------------------------------------------------------------


def test_a_technique_cell_no_vocabulary_knows_is_what_the_row_uses(tmp_path: Path) -> None:
    text = (
        "# 澄岭眼科AI白皮书\n\n"
        "| 企业 | 产品 | 主要用途 | 技术路线 |\n| --- | --- | --- | --- |\n"
        "| 杭州澄岭医疗科技有限公司 | 澄岭视野AI | 视野进展预测 | 时间序列建模 |\n"
    )
    facts = named_relations(tmp_path, text)
    assert ("澄岭视野AI", "usesTechnology", "时间序列建模") in facts


def test_a_strength_cell_names_no_technique(tmp_path: Path) -> None:
    text = (
        "# 澄岭眼科AI白皮书\n\n"
        "| 企业 | 产品 | 核心优势 |\n| --- | --- | --- |\n"
        "| 杭州澄岭医疗科技有限公司 | 澄岭视野AI | 数据规模领先 |\n"
    )
    facts = named_relations(tmp_path, text)
    assert not any(p == "usesTechnology" for _, p, _ in facts), facts


# --- devices, brands and firms ------------------------------------------------------------------


def test_a_device_named_by_its_kind_is_a_product() -> None:
    found = found_names(
        "苏州眸岭医疗科技有限公司的眸岭眼动认知筛查仪获批上市。"
        "苏州澄颐感知科技有限公司的澄颐毫米波跌倒监测雷达占比最高，为36.8%。"
    )
    assert found.get("眸岭眼动认知筛查仪") == "Product", found
    assert found.get("澄颐毫米波跌倒监测雷达") == "Product", found
    assert "眸岭眼动认知筛查仪获批" not in found


def test_a_brand_stands_before_a_trade_word_or_after_a_city() -> None:
    assert chinese_brand_cores("深圳澄宁智能装备有限公司") == {"澄宁"}
    assert chinese_brand_cores("苏州澄颐感知科技有限公司") == {"澄颐"}
    assert chinese_brand_cores("湖州澄瓶机器人有限公司") == {"澄瓶"}


def test_a_brand_a_code_and_a_long_kind_name_one_product() -> None:
    found = found_names(
        "深圳澄宁智能装备有限公司推出的澄宁PV-600细胞毒药物配置机器人采用视觉识别技术。"
    )
    assert found.get("澄宁PV-600细胞毒药物配置机器人") == "Product", found


def test_a_verb_and_a_robot_name_no_firm() -> None:
    found = found_names("部署静配机器人的PIVAS报告，配置时间平均由6.5分钟缩短至3.2分钟。")
    assert "部署静配机器人" not in found, found


# --- English kinds ------------------------------------------------------------------------------


def test_an_apposition_without_an_article_or_a_seller_says_product() -> None:
    found = found_names(
        "Lensora Vision develops LensPath AI, cloud software that recommends lens power. "
        "In MRI volumetrics, Corvexa Imaging sells BrainGauge AI, which measures hippocampal "
        "volume. Neurovaro leads the segment with CogniRoute, a 10-minute tablet assessment "
        "cleared by the FDA."
    )
    assert found.get("LensPath AI") == "Product", found
    assert found.get("BrainGauge AI") == "Product", found
    assert found.get("CogniRoute") == "Product", found
    assert found.get("Corvexa Imaging") == "Company", found


def test_scales_and_standards_are_no_products() -> None:
    found = found_names(
        "Cataracts were graded on LOCS III and quality of life on the PDQ-39. "
        "The reading follows GBZ 70 and ISO 13485."
    )
    for name in ("LOCS III", "PDQ-39", "GBZ 70", "ISO 13485"):
        assert name not in found, found


# --- a ranked list of options -------------------------------------------------------------------


def test_each_option_after_a_ranked_first_keeps_its_share() -> None:
    text = (
        "# 2025医院药学自动化调查\n\n门诊自动发药机的使用率最高，为58.2%；"
        "其次是智能药柜（43.7%）、单剂量摆药机（31.5%）。\n"
    )
    figures = figures_of(markdown(text), {})
    assert "智能药柜" in about_names(figures["43.7%"])
    assert "单剂量摆药机" in about_names(figures["31.5%"])


# --- rounds, groups, sites and deals in English -------------------------------------------------


def test_a_firm_that_raises_its_own_round_is_no_investor(tmp_path: Path) -> None:
    text = (
        "# Review\n\nIn China, 杭州澄洵智能科技有限公司 closed a RMB 3亿 Series C from 峦澄资本, "
        "and 西安澄肺智能科技有限公司, the pneumoconiosis X-ray AI developer, raised RMB 1.2亿.\n"
    )
    facts = named_relations(tmp_path, text)
    assert ("杭州澄洵智能科技有限公司", "fundedBy", "峦澄资本") in facts
    assert ("杭州澄洵智能科技有限公司", "fundedBy", "西安澄肺智能科技有限公司") not in facts


def test_a_subsidiary_of_a_group_named_by_its_trade(tmp_path: Path) -> None:
    text = (
        "# Review\n\nRxVanta Robotics builds the CompoundIQ robot for sterile compounding. "
        "RxVanta Robotics is a subsidiary of the pharmacy services group Veltrova Health.\n"
    )
    facts = named_relations(tmp_path, text)
    assert ("RxVanta Robotics", "subsidiaryOf", "Veltrova Health") in facts


def test_a_named_one_of_the_counted_sites_runs_the_offering(tmp_path: Path) -> None:
    text = (
        "# Review\n\nRxVanta Robotics builds CompoundIQ. It runs inside 85 hospitals, "
        "including Stonebrook Medical Center, where errors fell by 63%.\n"
    )
    facts = named_relations(tmp_path, text)
    assert ("CompoundIQ", "deployedAt", "Stonebrook Medical Center") in facts


def test_a_buyer_that_agreed_to_acquire_is_a_firm(tmp_path: Path) -> None:
    text = (
        "# Review\n\nM&A:\n\n- Omnivale agreed to acquire RxSight Analytics, a maker of "
        "pharmacy inventory software, for $96 million in September 2025.\n"
    )
    facts = named_relations(tmp_path, text)
    assert ("RxSight Analytics", "acquiredBy", "Omnivale") in facts


def test_a_policy_promotes_the_task_of_a_tool_it_names() -> None:
    from medatlas.loaders.extract.relation_usecases import promoted_items

    text = "2. 推广智能生物测量和人工晶状体度数计算软件，支持远程手术规划。"
    found = [m.text for m in promoted_items(text, 0, len(text), [])]
    assert "人工晶状体度数计算" in found and "智能生物测量" in found


def test_a_rate_names_the_thing_it_is_of() -> None:
    text = (
        "# 2025医院药学自动化调查\n\n门诊自动发药机的使用率最高，为58.2%。"
        "在受访医院中，单剂量摆药机的渗透率达到31.5%。腾讯的占比为12%。\n"
    )
    figures = figures_of(markdown(text), {"腾讯": "Company"})
    assert "门诊自动发药机" in about_names(figures["58.2%"])
    assert "单剂量摆药机" in about_names(figures["31.5%"])
    assert about_names(figures["12%"]) == {"腾讯"}


def test_a_typical_deployment_column_names_sites(tmp_path: Path) -> None:
    text = (
        "# 职业健康白皮书\n\n"
        "| 企业 | 产品 | 典型部署 |\n| --- | --- | --- |\n"
        "| 合肥澄尘医疗科技有限公司 | 澄尘职检阅片助手 | 淮澄市职业病防治院 |\n"
    )
    facts = named_relations(tmp_path, text)
    assert ("澄尘职检阅片助手", "deployedAt", "淮澄市职业病防治院") in facts


def test_a_hospital_system_in_apposition_is_a_provider() -> None:
    found = found_names(
        "Cascadia Ridge Health, a 14-hospital system in Oregon, deployed TremivoBand across "
        "its movement disorder program in 2024."
    )
    assert found.get("Cascadia Ridge Health") == "Hospital", found


def test_a_latin_firm_name_inside_chinese_is_told_by_what_it_does() -> None:
    found = found_names(
        "美国Omnivale旗下的IV机器人产品线占11.8%。Lumorra于2024年收购了该公司。"
        "淮澄市职业病防治院自2025年2月起使用该产品。"
    )
    assert found.get("Omnivale") == "Company", found
    assert found.get("Lumorra") == "Company", found
    assert found.get("淮澄市职业病防治院") == "Hospital", found
