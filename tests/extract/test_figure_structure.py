"""What a figure is about, decided by the structure of its sentence and document.

Invented reports, one structural rule per test, each with a wording where it must not fire:
the document speaking of itself (``本次调研…``), the speaker (``我们…``), a possessor after
the figure (``4% of the clinic's budget``), a list item's bold name after a semicolon, a
firm's offering named by part of its name (``X的…软件``), a survey share's respondents, and
a title that names an organisation and the offering it used.
"""

from __future__ import annotations

import pytest
from figure_support import about_names, figures_of, markdown, measure_slug

from medatlas.loaders.extract.model import FigureCandidate


def _figures(text: str, names: dict[str, str]) -> dict[str, FigureCandidate]:
    return figures_of(markdown(text), names)


# ---- the document itself ------------------------------------------------------------------
_SURVEY_TITLE = "华东基层影像应用调研报告（2025）"


def test_counts_of_this_survey_are_the_report_s() -> None:
    found = _figures(
        f"# {_SURVEY_TITLE}\n\n本次调研于2025年3月开展，覆盖9个城市的214家医院。\n",
        {_SURVEY_TITLE: "Report"},
    )
    assert about_names(found["214家"]) == {_SURVEY_TITLE}
    assert about_names(found["9个"]) == {_SURVEY_TITLE}


def test_a_survey_share_is_not_about_its_respondents() -> None:
    found = _figures(
        f"# {_SURVEY_TITLE}\n\n近4成受访医院表示，缺少标注数据是最大的障碍。\n",
        {_SURVEY_TITLE: "Report"},
    )
    assert measure_slug(found["4成"]) == "share-of-respondents"
    assert about_names(found["4成"]) == {_SURVEY_TITLE}


def test_a_market_after_this_survey_is_not_the_report_s() -> None:
    found = _figures(
        f"# {_SURVEY_TITLE}\n\n远程影像市场增长较快。本次调研显示，2025年市场规模约为30亿元。\n",
        {_SURVEY_TITLE: "Report"},
    )
    assert _SURVEY_TITLE not in about_names(found["30亿元"])


def test_our_interviews_are_the_report_s_not_a_place_after_the_figure() -> None:
    title = "Regulating sleep AI: what the new rules mean for developers"
    found = _figures(
        f"# {title}\n\n- Budget: our interviews with 14 developers suggest that compliance "
        "adds 5 months to a first EU launch.\n",
        {title: "Report", "EU": "Region"},
    )
    assert about_names(found["14"]) == {title}


def test_in_our_survey_the_sample_is_the_report_s() -> None:
    title = "Imaging AI buyers 2025"
    found = _figures(
        f"# {title}\n\nHospital buyers prefer platforms: in our survey of 190 IT leaders, "
        "most said so.\n",
        {title: "Report"},
    )
    assert about_names(found["190"]) == {title}


# ---- the speaker --------------------------------------------------------------------------
_INTERVIEW = "# 专访青梧医疗创始人：把眼科AI做进社区\n\n"


def test_we_in_an_interview_are_the_interviewee_s_firm() -> None:
    found = _figures(
        _INTERVIEW + "问：创业的起点？\n\n答：我之前在南岸医院做了六年医生。"
        "2020年我和两位同事一起出来，最初只有6个人。\n",
        {"青梧医疗": "Company", "南岸医院": "Hospital"},
    )
    assert about_names(found["6个"]) == {"青梧医疗"}


def test_our_data_is_the_speaker_s_firm() -> None:
    found = _figures(
        _INTERVIEW + "答：我们的数据积累是核心壁垒——目前标注过的眼底照片超过200万张。\n",
        {"青梧医疗": "Company"},
    )
    assert "青梧医疗" in about_names(found["200万张"])


def test_our_country_is_not_the_speaker() -> None:
    found = _figures(
        _INTERVIEW + "答：我国基层医疗机构有3万家，眼科医生很少。\n",
        {"青梧医疗": "Company"},
    )
    assert "青梧医疗" not in about_names(found["3万家"])


# ---- a possessor after the figure ----------------------------------------------------------
def test_a_share_of_the_clinic_s_budget_is_the_clinic_s() -> None:
    found = _figures(
        "# Panel notes\n\nThe panel put Brightfield Ventures partner Ada Moss next to Rowan "
        "Clinic's Dr. Eli Hale. Moss said Brightfield has backed 7 startups. Hale put AI spend "
        "at about 4% of the clinic's IT budget.\n",
        {"Brightfield Ventures": "Company", "Brightfield": "Company", "Rowan Clinic": "Hospital"},
    )
    assert about_names(found["4%"]) == {"Rowan Clinic"}


def test_a_possessive_with_no_such_body_named_keeps_the_subject() -> None:
    found = _figures(
        "# Panel notes\n\nBrightfield Ventures has backed 7 startups. AI spend is about 4% of "
        "the clinic's IT budget.\n",
        {"Brightfield Ventures": "Company"},
    )
    assert "Rowan Clinic" not in about_names(found["4%"])


# ---- a list item's bold name ----------------------------------------------------------------
_ITEM_NAMES = {"岚序医疗": "Company", "岚序-Eye": "AIModel"}


def test_after_a_semicolon_the_item_s_bold_name_is_the_subject() -> None:
    found = _figures(
        "# 产业图谱\n\n- **岚序医疗**：自研眼科大模型“岚序-Eye”，覆盖青光眼等9类病种；"
        "已获国家药监局三类证3张。\n",
        _ITEM_NAMES,
    )
    assert about_names(found["3张"]) == {"岚序医疗"}


def test_what_an_offering_does_stays_with_the_offering() -> None:
    found = _figures(
        "# 产业图谱\n\n- **岚序医疗**：自研眼科大模型“岚序-Eye”；诊断敏感度达95.2%。\n",
        _ITEM_NAMES,
    )
    assert "岚序医疗" not in about_names(found["95.2%"])


# ---- a firm's offering named in part ---------------------------------------------------------
def test_a_firm_s_software_named_in_part_is_that_software() -> None:
    names = {"青梧医疗": "Company", "青梧角膜炎裂隙灯辅助诊断软件": "Product"}
    found = _figures(
        "# 获批一览\n\n| 产品 | 企业 |\n| --- | --- |\n"
        "| 青梧角膜炎裂隙灯辅助诊断软件 | 青梧医疗 |\n\n"
        "青梧医疗的角膜炎诊断软件通过特别审查程序获批，审评用时约8个月。\n",
        names,
    )
    assert about_names(found["8个月"]) == {"青梧角膜炎裂隙灯辅助诊断软件"}


def test_a_firm_s_unnamed_software_leaves_the_firm() -> None:
    found = _figures(
        "# 获批一览\n\n青梧医疗的新软件通过特别审查程序获批，审评用时约8个月。\n",
        {"青梧医疗": "Company"},
    )
    assert about_names(found["8个月"]) == {"青梧医疗"}


# ---- a title naming an organisation and its tool ---------------------------------------------
def test_a_case_study_s_figures_are_the_firm_and_tool_s() -> None:
    title = "Case study: How Larkspur Health cut scan backlogs with Quillfeather"
    found = _figures(
        f"# {title}\n\n## Results\n\n- Only 212 scans were re-read in the first quarter.\n",
        {title: "Report", "Larkspur Health": "Hospital", "Quillfeather": "Platform"},
    )
    assert about_names(found["212"]) == {"Larkspur Health", "Quillfeather"}


def test_a_title_naming_two_firms_leaves_the_report() -> None:
    title = "Case study: How Larkspur Health and Ferrow Labs cut scan backlogs"
    found = _figures(
        f"# {title}\n\n## Results\n\n- Only 212 scans were re-read in the first quarter.\n",
        {title: "Report", "Larkspur Health": "Hospital", "Ferrow Labs": "Company"},
    )
    assert about_names(found["212"]) == {title}


# ---- what a figure was done on -------------------------------------------------------------
def test_what_a_figure_ran_on_is_not_its_subject() -> None:
    found = _figures(
        "# Model card\n\nQuillmed-7 was trained on public notes. Training took about 9 days on "
        "64 Ferrow GPUs.\n",
        {"Quillmed-7": "AIModel", "Ferrow": "Company"},
    )
    assert about_names(found["9 days"]) == {"Quillmed-7"}


def test_a_name_after_another_preposition_stays_the_subject() -> None:
    found = _figures(
        "# Rollout\n\nThe assistant went live in 40 hospitals across Larkspur Health.\n",
        {"Larkspur Health": "Hospital"},
    )
    assert about_names(found["40"]) == {"Larkspur Health"}


# ---- a sector as the subject ----------------------------------------------------------------
def test_a_sector_s_startups_are_the_sector() -> None:
    found = _figures(
        "# Weekly deals\n\nPer Ledgerline data, US sleep-tech startups raised $640M across 37 "
        "deals in 2024, roughly +12% vs 2023.\n",
        {"Ledgerline": "Company"},
    )
    assert about_names(found["$640M"]) == {"sleep-tech"}
    assert about_names(found["37"]) == {"sleep-tech"}
    assert about_names(found["12%"]) == {"sleep-tech"}


@pytest.mark.parametrize(
    "sentence",
    [
        "These companies raised $640M in 2024.",
        "Chinese companies raised $640M in 2024.",
        "Listed companies raised $640M in 2024.",
    ],
)
def test_qualified_companies_name_no_sector(sentence: str) -> None:
    found = _figures(f"# Weekly deals\n\n{sentence}\n", {})
    assert all(m.method != "figures.sector-subject" for m in found["$640M"].about)


# ---- a relative clause, a definite product, a passive subject --------------------------------
def test_a_relative_clause_hangs_on_the_nearest_name() -> None:
    found = _figures(
        "# Deals\n\nHarlow Labs agreed to buy Teasel AI. Teasel's models will be folded into "
        "Harlow's lab network, which reads roughly 1.8 million slides a year.\n",
        {
            "Harlow Labs": "Company",
            "Teasel AI": "Company",
            "Teasel": "Company",
            "Harlow": "Company",
        },
    )
    assert about_names(found["1.8 million"]) == {"Harlow Labs"}


def test_the_product_of_an_item_naming_no_product_is_the_item_s_firm() -> None:
    found = _figures(
        "# Deals\n\n- **Ferrow Labs** raised $7M for Quillmed Hub.\n"
        "- **Larkspur AI** picked up $3M in seed funding for a dental scribe. Small round, but "
        "the product is already live in 210 practices.\n",
        {"Ferrow Labs": "Company", "Quillmed Hub": "Platform", "Larkspur AI": "Company"},
    )
    assert about_names(found["210"]) == {"Larkspur AI"}


def test_the_product_named_in_its_item_stays_the_product() -> None:
    found = _figures(
        "# Deals\n\n- **Larkspur AI** launched Quillmed Hub. The product is already live in "
        "210 practices.\n",
        {"Quillmed Hub": "Platform", "Larkspur AI": "Company"},
    )
    assert about_names(found["210"]) == {"Quillmed Hub"}


def test_a_project_built_by_a_firm_is_the_subject() -> None:
    found = _figures(
        "# 年度回顾\n\n东岭远程心电平台项目由青梧信息承建，"
        "已覆盖全市9个区县、84家社区卫生服务中心。\n",
        {"青梧信息": "Company"},
    )
    assert about_names(found["9个"]) == {"东岭远程心电平台"}
    assert about_names(found["84家"]) == {"东岭远程心电平台"}


def test_this_project_built_by_a_firm_is_no_new_name() -> None:
    found = _figures(
        "# 年度回顾\n\n该项目由青梧信息承建，已覆盖全市9个区县。\n",
        {"青梧信息": "Company"},
    )
    assert all(m.method != "figures.passive-subject" for m in found["9个"].about)


# ---- a target a policy sets -------------------------------------------------------------------
_NOTICE = "青川省卫生健康委员会关于开展影像AI试点的通知"


def test_a_target_in_a_policy_notice_is_the_policy_s() -> None:
    found = _figures(
        f"# {_NOTICE}\n\n试点结束时，影像类场景的AI辅助诊断覆盖率应达到85%以上。\n",
        {_NOTICE: "Policy"},
    )
    assert _NOTICE in about_names(found["85%"])


def test_a_reported_level_in_a_policy_notice_is_not_a_target() -> None:
    found = _figures(
        f"# {_NOTICE}\n\n去年全省AI辅助诊断覆盖率为41%。\n",
        {_NOTICE: "Policy", "全省": "Region"},
    )
    assert _NOTICE not in about_names(found["41%"])


# ---- a survey's own questionnaire as its data source ---------------------------------------------
_DENTAL = "2025年基层口腔机构AI应用调研报告"
_QUESTIONNAIRE = "2025年口腔AI应用问卷调查"


def test_a_survey_citing_its_own_questionnaire_keeps_its_figures() -> None:
    found = _figures(
        f"# {_DENTAL}\n\n**发布单位**：青川口腔数字医疗联盟\n\n"
        "调查显示，38.6%的受访机构已在使用AI产品。\n\n"
        f"数据来源：青川口腔数字医疗联盟《{_QUESTIONNAIRE}》。\n",
        {_DENTAL: "Report", _QUESTIONNAIRE: "Report", "青川口腔数字医疗联盟": "Association"},
    )
    assert about_names(found["38.6%"]) == {_DENTAL, "受访机构"}


def test_a_headline_about_another_s_survey_passes_its_figures_on() -> None:
    headline = "调查显示基层口腔机构正加速采用AI"
    found = _figures(
        f"# {headline}\n\n**发布单位**：青川口腔数字医疗联盟\n\n"
        f"青川口腔数字医疗联盟《{_QUESTIONNAIRE}》显示，38.6%的受访机构已在使用AI产品。\n",
        {headline: "Report", _QUESTIONNAIRE: "Report", "青川口腔数字医疗联盟": "Association"},
    )
    assert about_names(found["38.6%"]) == {_QUESTIONNAIRE, "受访机构"}


# ---- a digest's entry about one policy ---------------------------------------------------------
_PLAN = "青川省数字疗法临床应用试点工作方案"
_ACTION = "滨海市医保智能监管三年行动计划（2025—2027年）"
_DIGEST = (
    "# 2025年数字疗法政策汇编\n\n"
    f"| 发布时间 | 发布机构 | 政策名称 |\n| --- | --- | --- |\n"
    f"| 2025年3月 | 青川省卫生健康委员会 | 《{_PLAN}》 |\n"
    f"| 2025年4月 | 滨海市医疗保障局 | 《{_ACTION}》 |\n\n"
)
_DIGEST_NAMES = {
    _PLAN: "Policy",
    _ACTION: "Policy",
    "青川省卫生健康委员会": "GovernmentBody",
    "滨海市医疗保障局": "GovernmentBody",
}


def test_a_figure_in_a_paragraph_naming_a_policy_is_the_policy_s() -> None:
    found = _figures(
        _DIGEST
        + f"**青川。**《{_PLAN}》由青川省卫生健康委员会会同5部门印发，遴选20家医院开展试点。\n",
        _DIGEST_NAMES,
    )
    assert _PLAN in about_names(found["20家"])
    assert _PLAN in about_names(found["5部门"])


def test_a_short_reference_names_the_one_policy_it_fits() -> None:
    found = _figures(
        _DIGEST + "**青川。**青川省卫生健康委员会印发试点方案，遴选20家医院，试点期为2年。\n\n"
        "**滨海。**滨海市医疗保障局的三年行动计划提出，计划期内安排专项资金1.5亿元。\n",
        _DIGEST_NAMES,
    )
    assert _PLAN in about_names(found["20家"])
    assert _ACTION in about_names(found["1.5亿元"])
    assert _ACTION not in about_names(found["20家"])


def test_a_digest_record_on_separate_lines_is_about_its_policy() -> None:
    from pathlib import Path

    from medatlas.loaders.readers.text import read_text

    text = (
        "2025年数字疗法政策汇编\n\n"
        f"1. 《{_PLAN}》\n发布部门：青川省卫生健康委员会\n发布时间：2025年3月\n"
        "要点：遴选20家医院开展试点，试点周期为2年。\n\n"
        "2. 统计\n发布部门：滨海市医疗保障局\n要点：全市已有35家医院开设睡眠门诊。\n"
    )
    found = figures_of(read_text(Path("digest.txt"), text.encode("utf-8")), _DIGEST_NAMES)
    assert _PLAN in about_names(found["20家"])
    assert _PLAN in about_names(found["2年"])
    assert _PLAN not in about_names(found["35家"])  # the next record, after a blank line


def test_a_paragraph_that_refers_to_no_policy_keeps_its_own_subject() -> None:
    found = _figures(
        _DIGEST + "**青川。**青川省卫生健康委员会统计，全省已有20家医院开设睡眠门诊。\n",
        _DIGEST_NAMES,
    )
    assert not {_PLAN, _ACTION} & about_names(found["20家"])


def test_a_firm_s_figure_in_a_policy_paragraph_stays_the_firm_s() -> None:
    found = _figures(
        _DIGEST + f"《{_PLAN}》发布后，眠知科技的产品进入20家医院。\n",
        {**_DIGEST_NAMES, "眠知科技": "Company"},
    )
    assert about_names(found["20家"]) == {"眠知科技"}


# ---- the exchange a firm lists on --------------------------------------------------------------
def test_the_exchange_a_firm_lists_on_is_not_the_subject_of_its_proceeds() -> None:
    title = "企业档案｜青梧数科：以眼科数据切入"
    found = _figures(
        f"# {title}\n\n青梧数科成立于2015年。\n\n"
        "2023年6月：在南岭证券交易所主板挂牌上市，募资约9亿港元。\n",
        {title: "Report", "青梧数科": "Company", "南岭证券交易所": "Organization"},
    )
    assert about_names(found["9亿港元"]) == {"青梧数科"}


def test_the_regulator_and_exchange_of_a_filing_are_not_the_filer() -> None:
    found = _figures(
        "# Deals\n\nFerrow Health, which sells remote monitoring, filed an S-1 with the SEC to "
        'list on Nasdaq under the ticker "FRWH". The filing shows 2024 revenue of $40.2M.\n',
        {"Ferrow Health": "Company", "SEC": "GovernmentBody", "Nasdaq": "Organization"},
    )
    assert "Ferrow Health" in about_names(found["$40.2M"])
    assert not {"SEC", "Nasdaq"} & about_names(found["$40.2M"])


def test_a_hospital_where_a_tool_goes_live_stays_the_subject() -> None:
    found = _figures(
        "# 动态\n\n在岚汀医院上线后，覆盖12个科室。\n",
        {"岚汀医院": "Hospital"},
    )
    assert about_names(found["12个"]) == {"岚汀医院"}


# ---- measure words ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "original", "slug"),
    [
        ("The licence included a $9M upfront payment.", "$9M", "monetary-measure"),
        ("Ferrow Labs raised $40M in a Series B round, a milestone.", "$40M", "financing-amount"),
        ("Cost per scan dropped by an estimated 25%.", "25%", "cost-reduction"),
        ("Ferrow Labs spends about $90M a year on R&D.", "$90M", "rd-expenditure"),
        ("Ferrow Labs spends about $5M a year on marketing.", "$5M", "budget"),
        ("It signed a three-year deal with Larkspur Health worth about $4M.", "$4M", "price"),
        ("We raise our target price, implying 21% upside.", "21%", "relative-increase"),
        ("青梧医疗本月拿下3张证。", "3张", "number-of-approvals"),
        ("青梧医疗本月获得3张认证。", "3张", "count"),
        ("项目已接入17个乡镇卫生院。", "17个", "number-of-hospitals"),
        ("系统上线后累计完成眼底筛查约3.4万例。", "3.4万例", "number-of-patients"),
        ("样本量1,500例。", "1,500例", "survey-sample-size"),
        ("共享数据集包含12万例标注检查。", "12万例", "dataset-size"),  # what a dataset holds
        ("The scribe is already live in 320 practices.", "320", "number-of-organizations"),
        ("The app is used by 41 health systems.", "41", "number-of-hospitals"),
    ],
)
def test_measure_words(sentence: str, original: str, slug: str) -> None:
    assert measure_slug(_figures(f"# Notes\n\n{sentence}\n", {})[original]) == slug
