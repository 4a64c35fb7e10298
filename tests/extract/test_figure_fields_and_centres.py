"""What a figure measures when the words around it name a field, a group or a kind of site.

A market written ``the market for X`` is about the field X as well as about the market; a
count of clinical centres (``64家生殖中心``, ``31家移植中心``) counts care sites, as a count of
hospitals does; a survey's rate in a clause that opens with a tier or a region (``二级医院仅为
19.9%``, ``中部为37.0%``) is about that group; and a chapter excerpted from a white paper
(``本章节选自《Y》``) passes on Y's figures. Every name is invented.
"""

from __future__ import annotations

import pytest
from figure_support import about_names, figures_of, markdown, measure_slug


def test_the_market_for_a_field_is_about_the_field() -> None:
    text = (
        "The global market for artificial intelligence in fertility care reached $412 million"
        " in 2024.\n"
    )
    found = figures_of(markdown(text), {})
    assert "artificial intelligence in fertility care" in about_names(found["$412 million"])


@pytest.mark.parametrize(
    ("text", "original"),
    [
        ("汀岳大学附属第二医院等64家生殖中心正在使用该平台。", "64家"),
        ("平台目前已接入31家移植中心。", "31家"),
    ],
)
def test_a_count_of_clinical_centres_counts_care_sites(text: str, original: str) -> None:
    found = figures_of(markdown(text + "\n"), {})
    assert measure_slug(found[original]) == "number-of-hospitals"


@pytest.mark.parametrize(
    ("original", "group"),
    [
        ("58.7%", "三级甲等医院"),
        ("36.4%", "其他三级医院"),
        ("37.0%", "中部"),
        ("21.3%", "科室主任"),
    ],
)
def test_a_clause_that_opens_with_a_group_is_about_it(original: str, group: str) -> None:
    text = (
        "# 2025年汀州重症医学科AI应用调查报告\n\n"
        "受访者中，科室主任占21.3%。分层级看，三级甲等医院ICU的应用率为58.7%，其他三级医院为36.4%。"
        "分区域看，东部地区应用率为49.5%，中部为37.0%。\n"
    )
    found = figures_of(markdown(text), {})
    assert group in about_names(found[original]), about_names(found[original])


def test_a_measure_is_no_group() -> None:
    found = figures_of(markdown("# 汀州市场\n\n市场规模为18.6亿元，同比增长34.5%。\n"), {})
    assert "市场规模" not in about_names(found["18.6亿元"])


def test_a_chapter_excerpted_from_a_white_paper_passes_on_its_figures() -> None:
    text = (
        "# 第三章 胎心监护的智能化进展\n\n"
        "本章节选自《2025汀州母胎医学智能化发展白皮书》，由汀州妇幼健康信息学会编写。\n\n"
        "2024年，全国高龄孕产妇占比达到21.3%。\n"
    )
    found = figures_of(markdown(text), {"2025汀州母胎医学智能化发展白皮书": "Report"})
    assert "2025汀州母胎医学智能化发展白皮书" in about_names(found["21.3%"])
