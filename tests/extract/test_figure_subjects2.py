"""Figure subjects, round 2: a hospital entry's visits, a study's sample, a policy's grants and
targets."""

from __future__ import annotations

from figure_support import about_names, figures_of, markdown


def test_a_hospital_entry_keeps_its_visits_over_the_model_it_trials() -> None:
    text = (
        "青岚市第三医院：区域医疗中心，放射科试用澄远科技的影像大模型“澄远·Lung”，"
        "年门急诊量约210万人次。\n"
    )
    names = {"青岚市第三医院": "Hospital", "澄远科技": "Company", "澄远·Lung": "AIModel"}
    figures = figures_of(markdown(text), names)
    assert about_names(figures["210万人次"]) == {"青岚市第三医院"}


def test_a_hospital_entry_leaves_the_model_s_usage_to_the_model() -> None:
    text = "青岚市第三医院：区域医疗中心，放射科试用影像大模型“澄远·Lung”，累计调用量约45万次。\n"
    names = {"青岚市第三医院": "Hospital", "澄远·Lung": "AIModel"}
    figures = figures_of(markdown(text), names)
    assert about_names(figures["45万次"]) == {"澄远·Lung"}


def test_a_company_entry_does_not_take_visits_from_its_product() -> None:
    text = "澄远科技：影像AI企业，旗下“澄远·Lung”平台年服务量约210万人次。\n"
    names = {"澄远科技": "Company", "澄远·Lung": "Platform"}
    figures = figures_of(markdown(text), names)
    assert about_names(figures["210万人次"]) == {"澄远·Lung"}


def test_a_study_s_sample_is_about_the_offering_it_evaluated() -> None:
    text = (
        "Dorvane Labs makes PulseKite. Across 3,100 encounters at Fenmoor Hospital, PulseKite "
        "flagged sepsis at a sensitivity of 94.1%.\n"
    )
    names = {"Dorvane Labs": "Company", "PulseKite": "Product", "Fenmoor Hospital": "Hospital"}
    figures = figures_of(markdown(text), names)
    assert about_names(figures["3,100"]) == {"PulseKite", "Fenmoor Hospital"}


def test_a_count_outside_a_study_keeps_its_own_subject() -> None:
    text = (
        "Dorvane Labs has 3,100 customers. PulseKite reached a sensitivity of 94.1% in testing.\n"
    )
    names = {"Dorvane Labs": "Company", "PulseKite": "Product"}
    figures = figures_of(markdown(text), names)
    assert about_names(figures["3,100"]) == {"Dorvane Labs"}


_PLAN = "# 青岚市智慧医疗三年行动方案\n\n"
_PLAN_NAMES = {"青岚市智慧医疗三年行动方案": "Policy", "青岚市药监局": "GovernmentBody"}


def test_a_grant_a_policy_sets_is_the_policy_s() -> None:
    text = _PLAN + "对通过青岚市药监局创新审查的企业，再奖励80万元。\n"
    figures = figures_of(markdown(text), _PLAN_NAMES)
    assert "青岚市智慧医疗三年行动方案" in about_names(figures["80万元"])


def test_a_target_due_by_a_date_is_the_policy_s() -> None:
    text = _PLAN + "到2028年，全市智慧医疗产业规模突破60亿元，年均增长18%以上。\n"
    figures = figures_of(markdown(text), _PLAN_NAMES)
    assert "青岚市智慧医疗三年行动方案" in about_names(figures["18%"])


def test_a_status_figure_in_a_policy_is_not_the_policy_s() -> None:
    text = _PLAN + "截至2024年底，全市影像数据互认率为37%。\n"
    figures = figures_of(markdown(text), _PLAN_NAMES)
    assert "青岚市智慧医疗三年行动方案" not in about_names(figures["37%"])


def test_a_grant_outside_a_policy_document_takes_no_policy() -> None:
    text = "# 青岚医疗年度报告\n\n对通过青岚市药监局创新审查的企业，再奖励80万元。\n"
    figures = figures_of(markdown(text), _PLAN_NAMES)
    assert "青岚市智慧医疗三年行动方案" not in about_names(figures["80万元"])


def test_what_respondents_answered_is_not_the_subject_of_their_share() -> None:
    text = (
        "# Nurse Leaders Pulse 2026\n\n"
        "In our survey of 300 nurse managers, 58% said they would rather buy Lumora Scribe.\n"
    )
    names = {"Lumora Scribe": "Product", "Nurse Leaders Pulse 2026": "Report"}
    figures = figures_of(markdown(text), names)
    assert "Lumora Scribe" not in about_names(figures["58%"])


def test_a_share_named_before_its_verb_keeps_its_subject() -> None:
    text = "Lumora Scribe is used by 58% of nurse managers, the survey said.\n"
    figures = figures_of(markdown(text), {"Lumora Scribe": "Product"})
    assert "Lumora Scribe" in about_names(figures["58%"])


_REGIONS = {
    "NightDesk": "Product",
    "Brightwell Health": "Company",
    "Yunmoor": "Region",
    "Fenland": "Region",
    "云州": "Region",
    "岚州": "Region",
}


def test_the_places_hospitals_are_in_are_not_what_a_count_is_about() -> None:
    text = (
        "# Brightwell Health\n\nBrightwell Health sells NightDesk, an overnight reading service. "
        "Live at 46 county hospitals in Yunmoor and Fenland.\n"
    )
    assert about_names(figures_of(markdown(text), _REGIONS)["46"]) == {"NightDesk"}


def test_places_after_zai_before_a_hospital_count_only_say_where() -> None:
    text = (
        "# Brightwell Health\n\nBrightwell Health推出NightDesk夜间阅片服务。"
        "已在云州、岚州46家县级医院上线。\n"
    )
    assert about_names(figures_of(markdown(text), _REGIONS)["46家"]) == {"NightDesk"}


def test_a_place_that_has_the_hospitals_is_the_subject() -> None:
    text = "# Brightwell Health\n\nYunmoor has 46 county hospitals. 云州共有县级医院38家。\n"
    figures = figures_of(markdown(text), _REGIONS)
    assert about_names(figures["46"]) == {"Yunmoor"}
    assert about_names(figures["38家"]) == {"云州"}


_ACT = {
    "Harbour Data Act": "Policy",
    "Harbour Assembly": "GovernmentBody",
    "Harbour Council": "GovernmentBody",
}


def test_the_agent_of_a_passive_is_not_what_the_paragraph_is_about() -> None:
    text = (
        "# Brief\n\nThe Harbour Data Act was adopted by the Harbour Assembly and the Harbour "
        "Council in May. Fines for breaches can reach EUR 9 million.\n"
    )
    assert about_names(figures_of(markdown(text), _ACT)["EUR 9 million"]) == {"Harbour Data Act"}


def test_an_active_subject_after_the_act_is_still_the_paragraph_s_last() -> None:
    text = (
        "# Brief\n\nThe Harbour Data Act took effect in May. The Harbour Council then hired "
        "staff. Its budget is EUR 9 million.\n"
    )
    assert "Harbour Council" in about_names(figures_of(markdown(text), _ACT)["EUR 9 million"])


def test_a_hospitals_own_minutes_make_its_concept_figures_its_own() -> None:
    from figure_support import about_names, figures_of, markdown

    text = (
        "青禾医院\n信息化建设委员会第三次会议纪要\n\n会议时间：2025年9月12日\n\n"
        "本院互联网医院上线以来，累计在线问诊12.7万人次，复诊续方占比为58%。\n"
    )
    found = figures_of(markdown(text), {"青禾医院": "Hospital"})
    assert "青禾医院" in about_names(found["58%"]), about_names(found["58%"])
    other = text.replace("本院", "该")
    found = figures_of(markdown(other), {"青禾医院": "Hospital"})
    assert "青禾医院" not in about_names(found["58%"])


def test_a_tier_written_before_its_count_is_the_counts_subject() -> None:
    # 医院数量 names 医院, not 三级医院: the tier is what the survey's count is of
    doc = markdown(
        "# 2025年县域医院智能化调研报告\n\n"
        "本次调研共回收受访医院问卷820份，受访医院覆盖全国。"
        "按医院等级划分，三级医院401家（占48.9%），二级医院362家（占44.1%）。\n"
    )
    found = figures_of(doc, {})
    assert about_names(found["401家"]) == {"三级医院"}
    assert about_names(found["362家"]) == {"二级医院"}


def test_the_bare_word_hospital_is_no_figures_subject() -> None:
    # 医院 says where the figure was counted, as "AI" says what field: the report's own figure
    doc = markdown(
        "# 澄岚市智慧医疗发展统计简报\n\n全市医院的电子病历覆盖率达到86%，较上年提高5个百分点。\n"
    )
    found = figures_of(doc, {"澄岚市智慧医疗发展统计简报": "Report"})
    assert "医院" not in about_names(found["86%"])


def test_the_home_market_takes_the_name_the_report_defines() -> None:
    doc = markdown(
        "# 市场测算\n\n本报告所称康养机器人市场，指养老机构采购的机器人。\n\n"
        "2024年中国康养机器人市场规模为18.6亿元。\n"
    )
    assert {m.name for m in figures_of(doc, {})["18.6亿元"].about} >= {"康养机器人市场"}


def test_a_home_market_beside_the_world_market_keeps_its_country() -> None:
    doc = markdown(
        "# 市场测算\n\n2024年全球康养机器人市场规模为9亿美元，中国康养机器人市场规模为18.6亿元。"
        "康养机器人市场仍在扩大。\n"
    )
    assert "中国康养机器人市场" in {m.name for m in figures_of(doc, {})["18.6亿元"].about}


def test_a_surveys_counts_are_its_own_not_its_publishers() -> None:
    title = "2025年县域慢病管理AI应用调研报告"
    doc = markdown(
        f"# {title}\n\n发布单位：岚湾健康智库\n\n发布日期：2025年9月\n\n"
        "岚湾健康智库于2025年6月开展了本次调研，共回收受访机构有效问卷906份，"
        "覆盖17个省份的233家医疗机构。受访机构中，41.5%已部署慢病随访系统。\n"
    )
    assert doc.metadata.publisher == "岚湾健康智库"
    found = figures_of(doc, {title: "Report", "岚湾健康智库": "ResearchInstitution"})
    assert about_names(found["233家"]) == {title}
    assert about_names(found["906份"]) == {title}
