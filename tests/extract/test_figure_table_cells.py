"""Table cells with thousands separators are values, not prose. Every name is invented."""

from __future__ import annotations

from figure_support import about_names, figures_of, markdown


def test_a_thousands_comma_does_not_make_a_table_cell_prose() -> None:
    doc = markdown(
        "# 企业图谱\n\n| 企业 | 总部 | 最近一轮 |\n| --- | --- | --- |\n"
        "| 问岐智能 | 杭州 | A+轮 2亿元 (2025-03) |\n"
        "| 澈言健康 | 广州 | 天使轮 5,000万元 (2025-04) |\n"
    )
    found = figures_of(doc, {"问岐智能": "Company", "澈言健康": "Company"})
    assert about_names(found["5,000万元"]) == {"澈言健康"}
    assert about_names(found["2亿元"]) == {"问岐智能"}
