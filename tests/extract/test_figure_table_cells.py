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


def test_rows_of_a_kind_column_are_terms_not_the_firms_a_caption_names() -> None:
    doc = markdown(
        "# 商业模式\n\n图表3-3 2024年影像AI企业收入结构\n\n| 收费模式 | 收入占比 |\n| --- | --- |\n"
        "| 一次性软件授权 | 52% |\n| 按例付费 | 29% |\n"
    )
    found = figures_of(doc, {})
    (label,) = [m for m in found["52%"].about if m.text == "一次性软件授权"]
    assert label.cls == "Segment"  # a term the figure is of, not a company
    assert "按例付费" in about_names(found["29%"])


def test_rows_of_a_column_of_firms_still_take_the_captions_kind() -> None:
    doc = markdown(
        "# 厂商\n\n表2 主要企业收入\n\n| 名称 | 收入（亿元） |\n| --- | --- |\n"
        "| 澜析医疗 | 3.2 |\n| 衡影智能 | 1.8 |\n"
    )
    found = figures_of(doc, {})
    (label,) = [m for m in found["3.2"].about if m.text == "澜析医疗"]
    assert label.cls == "Company"
