"""Form tables (a column of field labels beside their values) are not read as data tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from medatlas.loaders.document import Table
from medatlas.loaders.readers import read_document
from medatlas.loaders.readers.forms import FORM_HEADER, as_form, is_form


@pytest.mark.parametrize(
    "table",
    [
        Table(("活动类别", "特定对象调研"), (("参与单位名称", "甲基金"), ("时间", "2025年8月"))),
        Table(("Meeting type", "Site visit"), (("Date", "3 May"), ("Participants", "A, B"))),
        Table(
            ("活动类别", "调研", "时间", "2025年8月"),
            (("参与单位名称", "甲基金", "地点", "上海"), ("接待人员", "周岚", "附件", "无")),
        ),
    ],
)
def test_label_and_value_columns_are_a_form(table: Table) -> None:
    assert is_form(table)
    assert set(as_form(table).header) == set(FORM_HEADER)


@pytest.mark.parametrize(
    "table",
    [
        Table(("公司", "产品"), (("岚影智能", "肺结节AI"), ("朔光医疗", "骨折检测"))),
        Table(("时间", "事件"), (("2025年3月", "A轮"), ("2025年9月", "B轮"))),  # dates, not labels
        Table(("名称", "类别"), (("名称", "甲"), ("类别", "乙"))),  # repeated labels: a data table
        Table(("项目名称", "内容"), (("日期", "3月"),)),  # too short to tell
    ],
)
def test_data_tables_stay_data_tables(table: Table) -> None:
    assert not is_form(table)
    assert as_form(table) is table


def test_a_read_report_gives_its_form_the_neutral_header(tmp_path: Path) -> None:
    path = tmp_path / "record.md"
    path.write_text(
        "# 投资者关系活动记录表\n\n| 投资者关系活动类别 | 特定对象调研 |\n| --- | --- |\n"
        "| 参与单位名称 | 启衡基金 |\n| 时间 | 2025年8月28日 |\n| 接待人员 | 周岚 |\n",
        encoding="utf-8",
    )
    [table] = read_document(path).tables
    assert table.header == FORM_HEADER
    assert table.rows[0] == ("参与单位名称", "启衡基金")
