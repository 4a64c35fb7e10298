"""Where a figure that names only a concept, or nothing, falls back to: the section's offering,
the section heading's entity, the organisation, offering or policy the document is about; and
the measure a counted noun or a column word names. Invented documents and names throughout."""

from __future__ import annotations

from figure_support import about_names, figures_of, markdown, measure_slug

# ---- a section a heading gives to one offering --------------------------------------------------

_LISTICLE = """# 盘点｜五个值得关注的皮肤科模型

导语：今年新发布的皮肤科模型不少。

## 1. 澜鹤-Derm

澜鹤科技有限公司今年发布的皮肤科大模型，参数量达70亿。目前已部署在青梧市第一医院等9家医院。

澜鹤科技有限公司2024年营收3.2亿元。

## 写在最后

五个模型中有3个已获证。
"""
_LISTICLE_NAMES = {
    "澜鹤-Derm": "AIModel",
    "澜鹤科技有限公司": "Company",
    "青梧市第一医院": "Hospital",
}


def test_a_figure_in_an_offerings_section_is_the_offerings() -> None:
    figures = figures_of(markdown(_LISTICLE), _LISTICLE_NAMES)
    assert "澜鹤-Derm" in about_names(figures["70亿"])
    assert "澜鹤-Derm" in about_names(figures["9家"])


def test_a_firms_accounts_in_an_offerings_section_stay_the_firms() -> None:
    figures = figures_of(markdown(_LISTICLE), _LISTICLE_NAMES)
    assert about_names(figures["3.2亿元"]) == {"澜鹤科技有限公司"}


def test_a_section_naming_no_offering_gives_none() -> None:
    figures = figures_of(markdown(_LISTICLE), _LISTICLE_NAMES)
    assert "澜鹤-Derm" not in about_names(figures["3个"])


def test_a_heading_naming_the_maker_too_is_not_one_offerings() -> None:
    text = "# 模型速览\n\n## 澜鹤-Derm（澜鹤科技有限公司）\n\n该领域模型参数量达70亿。\n"
    figures = figures_of(markdown(text), _LISTICLE_NAMES)
    assert "澜鹤-Derm" not in about_names(figures["70亿"])


# ---- a figure naming only a concept: the section heading's entity ------------------------------


def test_a_concept_only_figure_takes_the_heading_entity() -> None:
    text = "# 企业速览\n\n## 青禾医疗\n\n在病理切片分析中，诊断准确率达94%。\n"
    figures = figures_of(markdown(text), {"青禾医疗": "Company"})
    assert "青禾医疗" in about_names(figures["94%"])


def test_a_market_size_under_a_firms_heading_stays_the_markets() -> None:
    text = "# 企业速览\n\n## 青禾医疗\n\n在病理切片分析领域，市场规模达到35亿元。\n"
    figures = figures_of(markdown(text), {"青禾医疗": "Company"})
    assert "青禾医疗" not in about_names(figures["35亿元"])


# ---- a figure naming only a concept: what the document is about --------------------------------

_SUMMARY = """# 青梧市第三人民医院2024年度工作总结

青梧市第三人民医院是一所三级综合医院。

科研方面，全年发表SCI论文88篇。

全市智慧医院市场规模达到120亿元。
"""


def test_a_concept_only_figure_is_the_documents_organisations() -> None:
    figures = figures_of(markdown(_SUMMARY), {"青梧市第三人民医院": "Hospital"})
    assert "青梧市第三人民医院" in about_names(figures["88篇"])


def test_a_market_size_is_not_the_documents_organisations() -> None:
    figures = figures_of(markdown(_SUMMARY), {"青梧市第三人民医院": "Hospital"})
    assert "青梧市第三人民医院" not in about_names(figures["120亿元"])


def test_a_title_opening_with_a_firm_and_its_chinese_name_is_the_firms() -> None:
    text = (
        "# Larkvale Health 澜谷健康 — Seed Round One-Pager\n\n"
        "## Traction\n\n- Gross margin 58%.\n- 27 full-time staff.\n"
    )
    figures = figures_of(markdown(text), {})
    assert about_names(figures["58%"]) == {"Larkvale Health"}
    assert about_names(figures["27"]) == {"Larkvale Health"}


def test_a_title_explaining_a_policy_is_the_policys() -> None:
    text = (
        "# 青梧市医疗保障局关于《青梧市AI辅助诊断收费管理办法》的政策解读\n\n"
        "问：首批纳入哪些项目？\n\n答：首批纳入的项目共9项。\n"
    )
    names = {"青梧市医疗保障局": "GovernmentBody", "《青梧市AI辅助诊断收费管理办法》": "Policy"}
    figures = figures_of(markdown(text), names)
    assert about_names(figures["9项"]) == {"《青梧市AI辅助诊断收费管理办法》"}


def test_a_title_merely_naming_a_policy_keeps_its_organisation() -> None:
    text = "# 青梧市医疗保障局落实《青梧市AI辅助诊断收费管理办法》工作总结\n\n全年共完成项目9项。\n"
    names = {"青梧市医疗保障局": "GovernmentBody", "《青梧市AI辅助诊断收费管理办法》": "Policy"}
    figures = figures_of(markdown(text), names)
    assert about_names(figures["9项"]) == {"青梧市医疗保障局"}


# ---- the measure a counted noun or a column word names -----------------------------------------


def test_staff_counted_by_their_job_are_a_headcount() -> None:
    text = "# 年度小结\n\n目前仅有信息科人员35人。年内引进数据工程师不少于6名。\n"
    figures = figures_of(markdown(text), {})
    assert measure_slug(figures["35人"]) == "headcount"
    assert measure_slug(figures["6名"]) == "headcount"


def test_occasions_counted_after_a_noun_are_that_nouns() -> None:
    text = "# 年度小结\n\n全年出院患者7.2万人次。日均调用量约3万次。\n"
    figures = figures_of(markdown(text), {})
    assert measure_slug(figures["7.2万人次"]) == "number-of-patients"
    assert measure_slug(figures["3万次"]) == "usage-volume"


def test_money_put_into_a_project_is_a_budget() -> None:
    text = "# 年度小结\n\n三级医院平均投入为420万元。市级财政安排专项资金1.5亿元。\n"
    figures = figures_of(markdown(text), {})
    assert measure_slug(figures["420万元"]) == "budget"
    assert measure_slug(figures["1.5亿元"]) == "budget"


def test_put_into_use_is_not_a_budget() -> None:
    text = "# 年度小结\n\n系统已投入使用，合同金额300万元。\n"
    figures = figures_of(markdown(text), {})
    assert measure_slug(figures["300万元"]) != "budget"


# ---- numbered sibling headings: a name no list knows is of its siblings' kind -------------------

_DIGEST = """# Reading List No. 3: Three Clinical Models

## 1. Quellon-3: retinal screening

Quellon-3 reached an AUC of 0.93 on the external test set.

## 2. BRISTAL: early sepsis prediction

**Results.** The model reported an AUC of 0.86 and a median lead time of 4.5 hours.

## 3. Faldermark-FM: pathology foundation model

Faldermark-FM reached an accuracy of 87.2%.
"""


def test_a_numbered_heading_names_a_model_like_its_siblings() -> None:
    names = {"Quellon-3": "AIModel", "Faldermark-FM": "AIModel"}
    figures = figures_of(markdown(_DIGEST), names)
    assert "BRISTAL" in about_names(figures["0.86"])
    assert "BRISTAL" in about_names(figures["4.5 hours"])


def test_one_known_sibling_is_not_enough() -> None:
    figures = figures_of(markdown(_DIGEST), {"Quellon-3": "AIModel"})
    assert "BRISTAL" not in about_names(figures["0.86"])


# ---- places and care centres ---------------------------------------------------------------------


def test_a_figure_naming_only_places_is_the_documents_firms() -> None:
    text = (
        "# Larkvale Health 澜谷健康 — Seed Round One-Pager\n\n"
        "## Traction\n\n- Live at 38 county hospitals in Sichuan and Yunnan.\n"
    )
    figures = figures_of(markdown(text), {"Sichuan": "Region", "Yunnan": "Region"})
    assert "Larkvale Health" in about_names(figures["38"])


def test_care_centres_and_clinics_are_counted_organisations() -> None:
    text = "# 产品简介\n\n已在全国85家卒中中心使用。The tool went live in 9 outpatient clinics.\n"
    figures = figures_of(markdown(text), {})
    assert measure_slug(figures["85家"]) == "number-of-organizations"
    assert measure_slug(figures["9"]) == "number-of-organizations"


# ---- a directory entry opening with a name and a colon -------------------------------------------

_DIRECTORY = """# 青梧市医学AI协会会员名录

青澜医学研究院：由青梧大学与青梧市人民政府联合设立的研发机构，现有研究人员95人。

澜石健康：运营“澜石开放平台”，为医院和开发者提供评测服务，入驻开发者约2,100名。
"""
_DIRECTORY_NAMES = {
    "青澜医学研究院": "ResearchInstitution",
    "青梧大学": "University",
    "青梧市人民政府": "GovernmentBody",
    "澜石健康": "Company",
    "澜石开放平台": "Platform",
}


def test_a_figure_in_a_directory_entry_is_the_entrys() -> None:
    figures = figures_of(markdown(_DIRECTORY), _DIRECTORY_NAMES)
    assert about_names(figures["95人"]) == {"青澜医学研究院"}


def test_an_entrys_offering_keeps_what_it_counts() -> None:
    figures = figures_of(markdown(_DIRECTORY), _DIRECTORY_NAMES)
    assert "澜石健康" not in about_names(figures["2,100名"])


# ---- an appositive between a name and its verb ---------------------------------------------------


def test_an_appositive_does_not_change_the_subject() -> None:
    text = (
        "# Funding news\n\nCorvell Bio, the Boston-based drug discovery company owned by "
        "Harrowmere Group, has raised $240 million in its first external round.\n"
    )
    names = {"Corvell Bio": "Company", "Harrowmere Group": "Company"}
    figures = figures_of(markdown(text), names)
    assert about_names(figures["$240 million"]) == {"Corvell Bio"}


def test_a_clause_with_its_own_verb_is_not_an_appositive() -> None:
    text = (
        "# Funding news\n\nCorvell Bio opened a lab, the company said, and Harrowmere Group "
        "has raised $90 million.\n"
    )
    names = {"Corvell Bio": "Company", "Harrowmere Group": "Company"}
    figures = figures_of(markdown(text), names)
    assert about_names(figures["$90 million"]) == {"Harrowmere Group"}


def test_an_analysis_time_is_a_duration() -> None:
    text = "# 产品简介\n\n单张切片分析时间约75秒。\n"
    figures = figures_of(markdown(text), {})
    assert measure_slug(figures["75秒"]) == "duration"


# ---- a case collection: each case's heading names its offering and its hospital -----------------

_CASES = """# 智能手术设备应用案例集

## 案例1　青禾医疗“澜刀”腔镜机器人在梧桐医院的应用

应用成效：

| 指标 | 应用前 | 应用后 |
| --- | --- | --- |
| 平均手术时间 | 186分钟 | 142分钟 |

## 案例2　骨科导航机器人在秦岭骨科医院的应用

应用成效：螺钉置入一次成功率由87.3%提高至98.1%。
"""
_CASE_NAMES = {
    "青禾医疗": "Company",
    "澜刀": "Product",
    "梧桐医院": "Hospital",
    "秦岭骨科医院": "Hospital",
}


def test_a_cases_table_is_about_the_one_offering_its_heading_names() -> None:
    figures = figures_of(markdown(_CASES), _CASE_NAMES)
    assert about_names(figures["186分钟"]) == {"澜刀"}


def test_a_cases_figures_are_about_the_one_hospital_its_heading_names() -> None:
    figures = figures_of(markdown(_CASES), _CASE_NAMES)
    assert "秦岭骨科医院" in about_names(figures["98.1%"])
    assert "澜刀" not in about_names(figures["98.1%"])


def test_a_case_heading_naming_two_offerings_gives_no_one_subject() -> None:
    text = _CASES.replace("“澜刀”腔镜机器人", "“澜刀”与“澜镜”")
    figures = figures_of(markdown(text), {**_CASE_NAMES, "澜镜": "Product"})
    assert not {"澜刀", "澜镜"} & about_names(figures["186分钟"])


# ---- a survey's own report: bare shares are shares of its respondents --------------------------

_SURVEY = """# 2025年基层诊所AI应用调研报告

本次问卷共回收受访机构612家。

分区域看，东部地区为68.9%，西部地区为47.6%。

某公司产品在样本机构中的占比为23.6%。
"""


def test_a_surveys_bare_shares_are_shares_of_respondents() -> None:
    figures = figures_of(markdown(_SURVEY), {"某公司": "Company", "东部地区": "Region"})
    assert measure_slug(figures["68.9%"]) == "share-of-respondents"
    assert "东部地区" in about_names(figures["68.9%"])


def test_a_report_that_is_no_survey_keeps_its_bare_shares() -> None:
    text = _SURVEY.replace("调研报告", "发展报告").replace("本次问卷共回收受访机构612家。", "")
    figures = figures_of(markdown(text), {"某公司": "Company"})
    assert measure_slug(figures["68.9%"]) != "share-of-respondents"


_FIELD_SURVEY = """# 2026年中国护理人工智能应用现状调研报告

本次问卷共回收受访机构612家。调查显示，护理AI已进入多数三级医院，护理AI预算也在增长。

在受访机构中，41.5%已部署至少一款相关产品。
"""


def test_a_surveys_finding_is_about_the_field_it_surveys_and_its_report() -> None:
    title = "2026年中国护理人工智能应用现状调研报告"
    figures = figures_of(markdown(_FIELD_SURVEY), {title: "Report"})
    assert about_names(figures["41.5%"]) == {title, "护理AI", "受访机构"}


def test_a_survey_without_one_field_written_twice_keeps_its_report() -> None:
    title = "2026年中国护理人工智能应用现状调研报告"
    text = _FIELD_SURVEY.replace("护理AI已进入", "AI已进入")  # once only
    figures = figures_of(markdown(text), {title: "Report"})
    assert about_names(figures["41.5%"]) == {title, "受访机构"}  # and who was asked


def test_a_survey_s_field_is_what_its_title_names_between_year_and_kind() -> None:
    title = "2025年中国口腔医疗机构人工智能应用调研报告"
    text = (
        f"# {title}\n\n本次调研覆盖口腔医疗机构1,286家。\n\n"
        "调查显示，38.6%的受访机构已使用至少一款相关产品，口腔医疗机构的预算普遍增加。\n"
    )
    figures = figures_of(markdown(text), {title: "Report"})
    assert about_names(figures["38.6%"]) == {title, "口腔医疗机构", "受访机构"}


def test_a_field_the_text_does_not_write_is_no_survey_s_field() -> None:
    title = "2025年医疗机构健康管理数字化应用调研报告"
    text = f"# {title}\n\n调查显示，38.6%的受访机构已使用至少一款相关产品。\n"
    figures = figures_of(markdown(text), {title: "Report"})
    assert "医疗机构健康管理数字化" not in about_names(figures["38.6%"])


_SIZING = """# 2025中国医院运营AI市场研究报告

本报告所称“医院运营AI市场”，指医院采购的运营类AI软件及服务。

2024年，我国医院运营AI市场规模为43.6亿元，同比增长28.6%。

表4-1 2020—2024年市场规模

| 年份 | 市场规模（亿元） | 同比增速 |
| --- | --- | --- |
| 2021 | 19.8 | 39.4% |
| 2022 | 26.5 | 33.8% |
"""


def test_a_sizing_table_without_a_name_sizes_the_report_s_one_market() -> None:
    title = "2025中国医院运营AI市场研究报告"
    figures = figures_of(markdown(_SIZING), {title: "Report"})
    assert "医院运营AI市场" in about_names(figures["19.8"])
    assert "医院运营AI市场" in about_names(figures["39.4%"])
    assert "中国医院" not in about_names(figures["19.8"])  # a country's hospitals: no subject


def test_a_report_on_two_markets_leaves_an_unnamed_table_to_the_report() -> None:
    title = "2025中国医院运营AI市场研究报告"
    text = _SIZING.replace("同比增长28.6%。", "同比增长28.6%；中国医保控费AI市场规模为12.0亿元。")
    figures = figures_of(markdown(text), {title: "Report"})
    assert "医院运营AI市场" not in about_names(figures["19.8"])


def test_a_table_of_kinds_of_institution_names_no_institution() -> None:
    text = (
        "# 口腔AI调研\n\n表1 受访机构构成\n\n| 机构类型 | 机构数（家） | 占比 |\n"
        "| --- | --- | --- |\n| 民营连锁口腔机构 | 318 | 24.7% |\n\n"
        "| 预算计划 | 三级医院 | 二级医院 |\n| --- | --- | --- |\n| 维持不变 | 33.1% | 44.8% |\n"
    )
    figures = figures_of(markdown(text), {})
    for original in ("318", "24.7%", "33.1%"):
        classes = {m.cls for m in figures[original].about}
        assert "Organization" not in classes, (original, figures[original].about)


_USAGE_SURVEY = """# 2025年基层诊所AI应用调研报告

本次问卷共回收受访机构612家。

分区域看，东部地区机构使用率为68.9%。在东部地区，52.1%的受访机构计划增加预算。

星图科技的产品使用率为35.2%。
"""
_USAGE_NAMES = {"星图科技": "Company", "东部地区": "Region"}


def test_a_surveys_usage_rate_of_a_region_is_an_adoption_rate_of_that_region() -> None:
    figures = figures_of(markdown(_USAGE_SURVEY), _USAGE_NAMES)
    assert measure_slug(figures["68.9%"]) == "adoption-rate"
    assert "东部地区" in about_names(figures["68.9%"])


def test_a_region_that_says_where_respondents_are_is_no_subject() -> None:
    figures = figures_of(markdown(_USAGE_SURVEY), _USAGE_NAMES)
    assert "东部地区" not in about_names(figures["52.1%"])


def test_a_firm_s_usage_rate_in_a_survey_stays_a_usage_rate() -> None:
    figures = figures_of(markdown(_USAGE_SURVEY), _USAGE_NAMES)
    assert measure_slug(figures["35.2%"]) == "utilization-rate"
    assert "星图科技" in about_names(figures["35.2%"])
