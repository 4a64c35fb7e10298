"""Clouds, things a clause builds, research firms, institutes named by their field, listed
parents, sites that open a sentence, and the start-ups behind English products.

``栖岚随访管理云`` is a platform, not a firm (unless the report names it as a maker); a quoted
``术后谵妄预测模型`` that a hospital trains is a name, however ordinary its words; two parties
that "合作，建立了…" a data set both made it; ``本报告由X咨询（北京）有限公司发布`` credits a
research firm; ``苍柘职业病防治研究院`` is an institute; "a US start-up whose UriPulse patch"
makes the patch. Every name is invented.
"""

from __future__ import annotations

from pathlib import Path

from entity_support import found_names
from relation_support import named_relations

# --- clouds -------------------------------------------------------------------------------------


def test_a_name_ending_in_cloud_is_a_platform(tmp_path: Path) -> None:
    text = (
        "# 随访平台观察\n\n"
        "栖岚随访管理云是杭州栖岚数字健康有限公司推出的慢病随访平台，已接入医院38家。\n"
    )
    found = found_names(text)
    assert found.get("栖岚随访管理云") == "Platform"
    facts = named_relations(tmp_path, text)
    assert ("杭州栖岚数字健康有限公司", "develops", "栖岚随访管理云") in facts


def test_a_quoted_cloud_a_firm_runs_is_a_platform_not_a_firm() -> None:
    found = found_names(
        "慢澜云由广州慢澜医疗科技有限公司运营，汇集创面照片和换药记录。慢澜云已服务患者1.2万名。"
    )
    assert found.get("慢澜云") == "Platform"


def test_a_cloud_named_as_a_maker_stays_a_firm() -> None:
    found = found_names(
        "使用最多的产品依次为：禾曜云的“禾曜智检”（23.6%）、启岑健康科技的“启岑随访”（18.2%）。"
    )
    assert found.get("禾曜云") != "Platform"


# --- what a clause builds -----------------------------------------------------------------------


def test_a_quoted_model_of_ordinary_words_that_a_hospital_trains_is_a_name() -> None:
    found = found_names("澄江大学附属脑科医院训练的“术后谵妄预测模型”可提前约6小时预警。")
    assert found.get("术后谵妄预测模型") == "AIModel"


def test_a_quoted_category_a_clause_does_not_build_is_no_name() -> None:
    found = found_names(
        "竞争格局正在从“单病种模型”转向“多模态平台”，多家企业重点支持“专科大模型”研发。"
    )
    assert "单病种模型" not in found
    assert "专科大模型" not in found


def test_two_parties_that_build_a_data_set_together_both_made_it(tmp_path: Path) -> None:
    text = (
        "# 痛风影像白皮书\n\n"
        "苏州岑川医疗科技有限公司同时与澜州代谢病研究所合作，"
        "建立了包含约1.8万段超声视频的“岑川痛风超声视频库”。\n"
    )
    facts = named_relations(tmp_path, text)
    assert ("苏州岑川医疗科技有限公司", "develops", "岑川痛风超声视频库") in facts
    assert ("澜州代谢病研究所", "develops", "岑川痛风超声视频库") in facts
    assert found_names(text).get("岑川痛风超声视频库") == "Dataset"


# --- research firms and institutes --------------------------------------------------------------


def test_a_consultancy_with_its_city_in_brackets_that_issues_the_report_is_a_research_firm() -> (
    None
):
    found = found_names(
        "# 外骨骼市场规模测算\n\n本报告由澄衡咨询（北京）有限公司于2025年10月发布，"
        "数据来源于厂商访谈。\n"
    )
    assert found.get("澄衡咨询（北京）有限公司") == "ResearchInstitution"


def test_an_institute_named_by_its_field_of_care_is_found() -> None:
    found = found_names("苍柘职业病防治研究院与榕西代谢病研究所联合发布了筛查指南。")
    assert found.get("苍柘职业病防治研究院") == "ResearchInstitution"
    assert found.get("榕西代谢病研究所") == "ResearchInstitution"


def test_a_firms_clause_is_no_offering_named_by_its_brand() -> None:
    found = found_names(
        "广州卫岫网络科技有限公司（卫岫网络）成立于2019年。卫岫网络则专注于勒索软件防护。"
        "澄岚安全凭借大模型驱动的数据分级助手占据第一。"
    )
    assert not any(name.startswith("卫岫网络则") for name in found)
    assert not any("凭借" in name for name in found)


# --- a site that opens the sentence -------------------------------------------------------------


def test_an_offering_doing_its_work_at_a_site_named_first_is_deployed_there(
    tmp_path: Path,
) -> None:
    text = (
        "# 痛风影像案例\n\n"
        "在澜湾市人民医院，岑晖双能CT尿酸盐识别软件将单例阅片时间由12分钟缩短至4分钟。\n\n"
        "在禾岫社区卫生服务中心，深圳岑息生物科技有限公司提供的岑息呼气检测智能判读仪"
        "已运行14个月。\n"
    )
    facts = named_relations(tmp_path, text)
    assert ("岑晖双能CT尿酸盐识别软件", "deployedAt", "澜湾市人民医院") in facts
    assert ("岑息呼气检测智能判读仪", "deployedAt", "禾岫社区卫生服务中心") in facts
    assert ("岑息呼气检测智能判读仪", "deployedAt", "深圳岑息生物科技有限公司") not in facts


def test_a_reading_device_is_a_product() -> None:
    found = found_names("该中心采购了岑息呼气检测智能判读仪，用于幽门螺杆菌筛查。")
    assert found.get("岑息呼气检测智能判读仪") == "Product"


def test_a_task_after_a_past_tense_marker_does_not_take_the_marker(tmp_path: Path) -> None:
    text = "# 评估报告\n\n华岑卫生发展研究院于2025年7月对试点开展了中期评估。\n"
    objects = {o for _, p, o in named_relations(tmp_path, text) if p == "addressesUseCase"}
    assert not any(o.startswith("了") for o in objects)


# --- English: the start-up behind a product -----------------------------------------------------


def test_a_start_up_whose_patch_is_named_makes_it(tmp_path: Path) -> None:
    text = (
        "FINANCING REVIEW\n\nHollmere Partners also backed Uricane Health, a US start-up whose "
        "UriPulse patch estimates serum urate through sweat sensing.\n"
    )
    found = found_names(text)
    assert found.get("Uricane Health") == "Company"
    assert found.get("UriPulse") == "Product"
    assert ("Uricane Health", "develops", "UriPulse") in named_relations(tmp_path, text, "r.txt")
