"""Figures in genres the first rules were not written on: earnings summaries, model launches,
hospital blogs. One rule per test, on invented documents.

Report-period words (报告期内, 上年同期, 1H25, FY25) set a figure's period and a comparison's
base period does not; measures such as mortality, retention, ARR, parameters and registered
capital have their own concepts; a rate's window (28天死亡率) is no duration; a sentence that
opens with an anaphor (该软件, the platform, 科室) gives figures that name only concepts a subject.
"""

from __future__ import annotations

import pytest
from figure_support import about_names, figures_of, markdown, measure_slug

from medatlas.loaders.extract.periods import find_periods


# ---- periods -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In 1H25 revenue rose", "2025-H1"),
        ("H2 2024 sales", "2024-H2"),
        ("in the first half of 2026, bookings", "2026-H1"),
        ("3Q24 gross margin", "2024-Q3"),
        ("Q4'25 guidance", "2025-Q4"),
        ("FY25E EV/sales", "2025"),
        ("H1 FY26 orders", "2026-H1"),
    ],
)
def test_analyst_short_periods_are_read(text: str, value: str) -> None:
    assert [p.value for p in find_periods(text)] == [value]


def test_a_gpu_name_is_not_a_half_year() -> None:
    assert find_periods("trained on 256 NVIDIA H100 and H200 GPUs") == []


def test_report_period_words_take_the_title_s_year() -> None:
    document = markdown(
        "# 松禾医疗2023年度经营情况\n\n松禾医疗发布年报。报告期内，公司实现营业收入4.4亿元，"
        "同比增长18.5%；净利润0.6亿元，上年同期为0.2亿元。\n"
    )
    found = figures_of(document, {"松禾医疗": "Company"})
    assert found["4.4亿元"].period == "2023"
    assert found["0.6亿元"].period == "2023"
    assert found["0.2亿元"].period == "2022"


def test_the_base_of_a_comparison_is_not_the_figure_s_period() -> None:
    document = markdown(
        "# Deal tracker\n\nIn Q2 2026 digital-pathology startups raised $640 million, "
        "up 22% from Q1 2026.\n\n"
        "2025年第四季度，医疗大模型领域融资额较2025年第三季度增长35%。\n"
    )
    found = figures_of(document, {})
    assert found["22%"].period == "2026-Q2"
    assert found["35%"].period == "2025-Q4"


# ---- measures the first vocabulary lacked ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "original", "slug"),
    [
        (
            "Kestrow Health ended FY2025 with ARR of $18 million.",
            "$18 million",
            "annual-recurring-revenue",
        ),
        ("Net revenue retention at Kestrow Health was 121%.", "121%", "retention-rate"),
        ("桐川智影公司客户续约率为94%。", "94%", "retention-rate"),
        ("桐川智影公司注册资本为5000万元。", "5000万元", "registered-capital"),
        ("截至年末，桐川智影公司在手订单金额达7.8亿元。", "7.8亿元", "order-backlog"),
        ("本次募集资金拟投入“智能影像平台升级项目”3.5亿元。", "3.5亿元", "use-of-proceeds"),
        ("The Tarn-9 model has 13 billion parameters.", "13 billion", "number-of-parameters"),
        ("上线后，ICU患者住院死亡率由18.3%降至14.1%。", "14.1%", "mortality-rate"),
        ("The clinic logged 52,000 outpatient visits last quarter.", "52,000", "number-of-visits"),
    ],
)
def test_new_measures_are_named(text: str, original: str, slug: str) -> None:
    found = figures_of(markdown(f"# Note\n\n{text}\n"), {})
    assert measure_slug(found[original]) == slug


def test_the_window_of_a_rate_is_not_a_duration() -> None:
    document = markdown(
        "# 随访\n\n试点科室28天死亡率下降至11.2%。\n\nThe 90-day readmission rate fell to 8.5%.\n"
    )
    found = figures_of(document, {})
    assert "28天" not in found and "90-day" not in found
    assert {"11.2%", "8.5%"} <= set(found)


def test_a_performance_label_after_its_number() -> None:
    found = figures_of(markdown("# Launch\n\nThe Tarn-9 model reached 0.93 AUC on sepsis.\n"), {})
    assert measure_slug(found["0.93"]) == "auc"


# ---- subjects --------------------------------------------------------------------------------
def test_a_sentence_opening_with_an_anaphor_gives_concept_only_figures_a_subject() -> None:
    document = markdown(
        "# 新品\n\n岚越医疗发布“岚越肺结节筛查软件”。\n\n"
        "该软件自去年上线以来，肺结节筛查累计完成约3.2万例，敏感度达到95.4%。\n"
    )
    found = figures_of(document, {"岚越医疗": "Company", "岚越肺结节筛查软件": "Product"})
    assert "岚越肺结节筛查软件" in about_names(found["95.4%"])
    assert "岚越肺结节筛查软件" in about_names(found["3.2万例"])


def test_the_platform_points_to_an_offering_not_to_the_hospital_named_last() -> None:
    document = markdown(
        "# Update\n\nOrrin Health built the Orrin Flow platform, first used at "
        "Calder Bay Hospital.\n\nThe platform, per the vendor, handled 41,000 sepsis screens "
        "with a sensitivity of 90.5%.\n"
    )
    names = {
        "Orrin Health": "Company",
        "Orrin Flow": "Platform",
        "Calder Bay Hospital": "Hospital",
    }
    found = figures_of(document, names)
    assert "Orrin Flow" in about_names(found["90.5%"])
    assert "Calder Bay Hospital" not in about_names(found["90.5%"])


def test_a_department_s_staff_belongs_to_its_hospital() -> None:
    document = markdown(
        "# 院内动态\n\n泾川市第二人民医院放射科引入AI影像系统。\n\n"
        "科室现有诊断医生26名，日均CT检查量约900人次。\n"
    )
    found = figures_of(document, {"泾川市第二人民医院": "Hospital"})
    assert about_names(found["26名"]) == {"泾川市第二人民医院"}
