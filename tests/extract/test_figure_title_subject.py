"""A report about one organisation (a hospital's annual summary, a firm's ESG report): figures
that name no other subject are that organisation's, even when its name stands only in the title,
and the bare word for its kind (医院, the company) is the organisation too."""

from __future__ import annotations

from figure_support import about_names, figures_of, markdown

# invented
SUMMARY = """\
# 岚岫市第三人民医院2024年度工作总结

一、总体情况

全年医院门急诊量达到126.5万人次，同比增长6.1%。

二、信息化建设

年末医院编制床位1,650张。
"""

ESG = """\
# Kestrel Imaging Ltd 2024 Sustainability Report

In 2024 the company served 430 hospitals. Revenue grew 12%.
"""


def test_a_hospitals_summary_is_about_the_hospital() -> None:
    figures = figures_of(markdown(SUMMARY), {})
    for original in ("126.5万人次", "6.1%", "1,650张"):
        assert about_names(figures[original]) == {"岚岫市第三人民医院"}, original


def test_a_firms_report_is_about_the_firm() -> None:
    figures = figures_of(markdown(ESG), {})
    assert about_names(figures["430"]) == {"Kestrel Imaging Ltd"}
    assert about_names(figures["12%"]) == {"Kestrel Imaging Ltd"}


def test_a_title_that_opens_with_no_organisation_keeps_its_report() -> None:
    text = SUMMARY.replace("岚岫市第三人民医院2024年度工作总结", "2024年医疗信息化工作总结")
    figures = figures_of(markdown(text), {})
    assert "岚岫市第三人民医院" not in about_names(figures["126.5万人次"])
