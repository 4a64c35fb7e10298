"""The leading firms a share is of, the condition a count of patients is of, a report's lead
market, bases named with their maker, shares won with an offering, and institutions named by
a field of care.

``前五家厂商合计份额为61.6%`` and "the top five vendors held 48% of revenue" are the shares of
those firms, of the market the report opens with; ``全国慢阻肺患者约1亿人`` counts COPD
patients; ``以澈里云通澈千问为基座`` is based on 通澈千问; "built on Vertacloud's Quillix
platform" on Quillix; "X has roughly 11% with Y" makes Y X's; ``澈湖呼吸疾病研究所`` and
``澈华呼吸健康促进联盟`` are names. Every name is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from entity_support import found_names
from figure_support import about_names, figures_of, markdown, measure_slug
from relation_support import entity_names, facts_of, pipeline_facts


def test_the_leading_firms_a_combined_share_is_of() -> None:
    text = (
        "# 中国澈康康复机器人市场规模测算\n\n2024年中国澈康康复机器人市场规模为42.1亿元。"
        "市场集中度较高，前五家厂商合计份额为61.6%。\n\n"
        "The market is fragmented: the top five vendors held 48% of 2024 revenue.\n"
    )
    figures = figures_of(markdown(text), {})
    assert "前五家厂商" in about_names(figures["61.6%"])
    assert "top five vendors" in about_names(figures["48%"])
    assert measure_slug(figures["48%"]) == "market-share"


def test_the_top_barriers_of_a_survey_are_no_group_of_firms() -> None:
    text = (
        "# 2025澈州儿科AI应用调查报告\n\n受访者认为制约推广的前三大障碍是：儿童标注数据不足"
        "（57.3%）、采购和运维费用（49.1%）。\n"
    )
    figure = figures_of(markdown(text), {})["57.3%"]
    assert not any(m.method == "figures.top-group" for m in figure.about)
    assert measure_slug(figure) != "market-share"


def test_a_share_of_the_market_the_report_opens_with(tmp_path: Path) -> None:
    text = (
        "# 中国澈息重症人工智能市场规模测算（2025）\n\n"
        "2024年中国澈息重症人工智能市场规模为18.6亿元，同比增长34.5%。\n\n"
        "表1 中国澈息重症AI细分市场规模预测（亿元）\n\n"
        "| 细分市场 | 2024年 | 2030年E |\n| --- | --- | --- |\n| 早期预警 | 7.2 | 35.1 |\n\n"
        "市场集中度较高，前五名厂商合计占2024年市场份额的61.2%。\n"
    )
    facts = pipeline_facts(tmp_path, text, "sizing.md")
    names = entity_names(facts)
    share = next(o for o in facts.observations if o.original == "61.2%")
    about = set().union(*(names.get(a, set()) for a in share.about))
    assert "中国澈息重症人工智能市场" in about, about
    assert "前五名厂商" in about, about


@pytest.mark.parametrize(
    ("sentence", "original", "terms"),
    [
        ("据课题组测算，全国慢阻肺患者约1亿人。", "1亿人", {"慢阻肺", "慢阻肺患者"}),
        ("我国中老年人群中青光眼患者约1950万人。", "1950万人", {"青光眼"}),
        ("全国每年需住院治疗的烧伤患者约为26万人次。", "26万人次", {"烧伤"}),
        ("Roughly 80 million people with glaucoma are undiagnosed.", "80 million", {"glaucoma"}),
    ],
)
def test_a_count_of_patients_is_of_their_condition(
    sentence: str, original: str, terms: set[str]
) -> None:
    figure = figures_of(markdown(f"# 白皮书\n\n{sentence}\n"), {})[original]
    assert terms <= about_names(figure)


def test_patients_served_name_no_condition() -> None:
    text = "# 白皮书\n\n全市AI应用累计服务患者约312万人次，签约患者超过2.1万人。\n"
    figures = figures_of(markdown(text), {})
    for original in ("312万人次", "2.1万人"):
        assert not any(m.method == "figures.condition" for m in figures[original].about)


def test_the_largest_segment_after_its_opener() -> None:
    text = (
        "# 中国澈影云市场规模测算\n\n2024年中国澈影云市场规模为96.3亿元。"
        "其中云胶片是最大的细分领域，规模为41.2亿元，占整体市场的42.8%。\n"
    )
    figures = figures_of(markdown(text), {})
    assert "云胶片" in about_names(figures["41.2亿元"])
    assert "其中云胶片" not in about_names(figures["41.2亿元"])


def test_a_survey_share_of_the_sites_it_asked() -> None:
    text = (
        "# 2025澈州头痛门诊数字化调查报告\n\n"
        "调查显示，已有61.2%的头痛门诊向患者推荐电子头痛日记。\n"
    )
    figure = figures_of(markdown(text), {})["61.2%"]
    assert "头痛门诊" in about_names(figure)
    assert measure_slug(figure) == "share-of-respondents"


def test_institutions_named_by_a_field_of_care() -> None:
    found = found_names(
        "澈安医疗器械（上海）有限公司同时与澈湖呼吸疾病研究所合作。本章由澈华呼吸健康促进联盟编写。"
        "澈龄医养护理院上线了平台。"
    )
    assert found.get("澈湖呼吸疾病研究所") == "ResearchInstitution"
    assert found.get("澈华呼吸健康促进联盟") == "Association"
    assert found.get("澈龄医养护理院") == "Hospital"


def test_a_firms_quoted_offering_after_its_field_word() -> None:
    found = found_names(
        "另有受访者提到南京澈影数字医学的“澈影肺小结”。县域远程诊断的“最后一公里”仍待打通。"
    )
    assert found.get("澈影肺小结") == "Product"
    assert "最后一公里" not in found


def test_a_brand_and_a_kind_hold_no_verb() -> None:
    found = found_names(
        "上海澈联健康科技有限公司推出澈联云筛平台。澈联云筛已接入该模型，并部署在华为云上。"
    )
    assert not any("已接入" in name for name in found)


def test_a_latin_name_a_site_takes_up_is_an_offering() -> None:
    found = found_names("2025年5月，澈恒制药医学部引入MedQuill，撰写周期缩短至3个工作日。")
    assert found.get("MedQuill") == "Product"


def test_clearance_after_which_says_an_offering_but_a_verb_does_not() -> None:
    found = found_names(
        "Corvane Health sells Optivue, which received FDA 510(k) clearance in March 2024. "
        "Beijing-based ToothWisp, which reads dental X-rays for chain clinics, raised a round."
    )
    assert found.get("Optivue") == "Product"
    assert found.get("ToothWisp") != "Product"


def test_well_known_device_makers_are_known() -> None:
    from medatlas.loaders.extract.gazetteer import atlas_gazetteer

    text = "Zeiss and Bausch + Lomb compete with Topcon in glaucoma imaging."
    found = {m.text: m.cls for m in atlas_gazetteer().find(text)}
    assert found.get("Zeiss") == "Company"
    assert found.get("Bausch + Lomb") == "Company"
    assert found.get("Topcon") == "Company"


def test_a_base_named_with_its_maker(tmp_path: Path) -> None:
    text = (
        "# 白皮书\n\n上海澈联健康科技有限公司推出的“澈联眼科大模型”以澈里云通澈千问为基座，"
        "融合眼底照片。\n\n“澈眸助手”以澈里云的通澈千问为底座开发。\n\n"
        "Densa Wisp sells DensaRisk, a fracture-risk prediction model built on Vertacloud's "
        "Quillix platform.\n"
    )
    names = {
        "上海澈联健康科技有限公司": "Company",
        "澈联眼科大模型": "AIModel",
        "澈眸助手": "Product",
        "澈里云": "Company",
        "通澈千问": "AIModel",
        "Densa Wisp": "Company",
        "DensaRisk": "AIModel",
        "Vertacloud": "Platform",
        "Quillix": "Platform",
    }
    facts = facts_of(tmp_path, text, names)
    assert ("澈联眼科大模型", "basedOn", "通澈千问") in facts
    assert ("澈眸助手", "basedOn", "通澈千问") in facts
    assert ("DensaRisk", "basedOn", "Quillix") in facts
    assert ("DensaRisk", "basedOn", "Vertacloud") not in facts


def test_a_vendors_share_won_with_its_offering(tmp_path: Path) -> None:
    text = (
        "# Market report\n\n- **Retinexa Wisp** (London) has roughly 11% with NerveMap OCT, a "
        "CE-marked tool.\n"
    )
    names = {"Retinexa Wisp": "Company", "NerveMap OCT": "Product"}
    assert ("Retinexa Wisp", "develops", "NerveMap OCT") in facts_of(tmp_path, text, names)


def test_an_offering_studied_at_a_site(tmp_path: Path) -> None:
    text = (
        "# Case\n\nIn a 6-month study at Redmond Wisp Medical Center, patients using SageWisp "
        "spent 71% of the time in range.\n"
    )
    names = {"Redmond Wisp Medical Center": "Hospital", "SageWisp": "Product"}
    facts = facts_of(tmp_path, text, names)
    assert ("SageWisp", "deployedAt", "Redmond Wisp Medical Center") in facts


def test_a_research_firm_credited_with_the_report_is_an_institute() -> None:
    found = found_names(
        "# Report\n\nPrepared by Brightwisp Analytics, November 2025.\n\n"
        "Brightwisp Analytics estimates growth. Cortexa Analytics sells triage software.\n"
    )
    assert found.get("Brightwisp Analytics") == "ResearchInstitution"
    assert found.get("Cortexa Analytics") != "ResearchInstitution"


def test_a_provider_network_in_apposition_is_a_hospital_group() -> None:
    found = found_names(
        "In April, Halwisp Behavioral Health, a provider network with 310 clinics, acquired "
        "TalkWisp. Acme Wisp Health, a maker of scanners, raised money."
    )
    assert found.get("Halwisp Behavioral Health") == "Hospital"
    assert found.get("Acme Wisp Health") != "Hospital"
