"""A case collection's results: each case's figures are its offering's, as a reader takes them."""

from __future__ import annotations

from figure_support import about_names, figures_of, markdown

_NAMES = {
    "青岚智医": "Company",
    "青岚排程": "Product",
    "东湖市第一医院": "Hospital",
    "晨曦随访": "Product",
    "NVIDIA Clara": "Platform",
    "澄光预警模型": "AIModel",
}


def _collection(*cases: str) -> str:
    return "# 医院智能化优秀案例集（2026）\n\n" + "".join(cases)


_SCHEDULING = (
    "## 案例一：东湖市第一医院——手术室智能排程\n\n"
    "青岚智医为东湖市第一医院开发了手术室排程系统“青岚排程”，2025年3月上线。\n\n"
    "上线半年后，手术室平均利用率由70.5%提升至84.2%，护士排程时间每天减少约2.5小时。\n\n"
)


def test_a_case_s_unnamed_results_are_its_offering_s() -> None:
    figures = figures_of(markdown(_collection(_SCHEDULING)), _NAMES)
    assert "青岚排程" in about_names(figures["84.2%"])
    assert "青岚排程" in about_names(figures["2.5小时"])


def test_a_model_built_on_a_platform_keeps_its_results() -> None:
    case = (
        "## 案例二：ICU脓毒症预警\n\n"
        "青岚智医开发了澄光预警模型。该模型利用NVIDIA Clara平台训练，AUC为0.91。\n\n"
    )
    figures = figures_of(markdown(_collection(_SCHEDULING, case)), _NAMES)
    assert "澄光预警模型" in about_names(figures["0.91"])


def test_each_case_keeps_its_own_offering() -> None:
    case = (
        "## 案例二：术后随访\n\n"
        "东湖市第一医院引入“晨曦随访”。应用后，随访完成率由61%提升至93%。\n\n"
    )
    figures = figures_of(markdown(_collection(_SCHEDULING, case)), _NAMES)
    assert "晨曦随访" in about_names(figures["93%"])
    assert "青岚排程" not in about_names(figures["93%"])


def test_a_section_that_numbers_no_case_lends_no_offering() -> None:
    text = (
        "# 医院智能化观察（2026）\n\n## 一、排程\n\n"
        "青岚智医为东湖市第一医院开发了“青岚排程”。\n\n"
        "全国手术室平均利用率约为70.5%。\n\n"
    )
    figures = figures_of(markdown(text), _NAMES)
    assert "青岚排程" not in about_names(figures["70.5%"])


def test_a_case_s_results_table_is_its_offering_s() -> None:
    case = (
        "## 案例二：术后随访\n\n"
        "东湖市第一医院引入“晨曦随访”。\n\n"
        "| 指标 | 应用前 | 应用后 |\n| --- | --- | --- |\n| 随访完成率 | 61% | 93% |\n\n"
    )
    figures = figures_of(markdown(_collection(_SCHEDULING, case)), _NAMES)
    assert "晨曦随访" in about_names(figures["93%"])
    assert "青岚排程" not in about_names(figures["61%"])


_OPTIONS = (
    "# 2025年岚州疾控机构AI应用调研报告\n\n受访机构共612家，受访机构均为疾控中心。\n\n"
    "在已应用AI的机构中，最常见的场景依次为：传染病早期预警（61.3%）、网络舆情与症状监测（42.0%）"
    "和疫苗接种管理（18.6%）。受访机构认为主要障碍包括：数据共享不足（68.9%）、人才缺乏（57.2%）。\n"
)


def test_a_share_after_a_listed_scenario_is_that_scenario_s() -> None:
    figures = figures_of(markdown(_OPTIONS), {})
    assert "传染病早期预警" in about_names(figures["61.3%"])
    assert "网络舆情与症状监测" in about_names(figures["42.0%"])
    assert "传染病早期预警" not in about_names(figures["42.0%"])
    assert "疫苗接种管理" in about_names(figures["18.6%"])


def test_a_listed_barrier_is_the_answer_not_a_use_case() -> None:
    """The share of a barrier is of that answer (filed as a term, not a use case) and of the
    survey that asked."""
    report = "2025年岚州疾控机构AI应用调研报告"
    figures = figures_of(markdown(_OPTIONS), {report: "Report"})
    about = {m.name or m.text: m.cls for m in figures["68.9%"].about}
    assert about.get("数据共享不足") == "Segment"
    assert report in about
