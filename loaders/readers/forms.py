"""Tables that are forms: a column of field labels beside a column of values.

Records, filings and notices open with a form laid out as a two-column table
(``投资者关系活动类别 | 特定对象调研``, ``参与单位名称 | …``, ``时间 | 2025年8月28日``). Its first
row is a field like the others, not a header, and its first column holds labels, not names:
read as a data table, ``参与单位名称`` becomes a column of organisations and ``投资者关系活动类别``
an investors' column. :func:`as_form` gives such a table the neutral header ``项目 | 内容``
(item, value), which names no role, so the table stays queryable while no step reads its
labels as the names of things.

>>> from medatlas.loaders.document import Table
>>> rows = (("参与单位名称", "甲基金"), ("时间", "2025年8月28日"))
>>> form = Table(("活动类别", "特定对象调研"), rows)
>>> as_form(form).header
('项目', '内容')
>>> data = Table(("公司", "产品"), (("岚影智能", "肺结节AI"), ("朔光医疗", "骨折检测")))
>>> as_form(data) is data
True
"""

from __future__ import annotations

import re
from dataclasses import replace

from medatlas.loaders.document import Document, Table

__all__ = ["FORM_HEADER", "as_form", "is_form", "with_forms"]

FORM_HEADER = ("项目", "内容")
_MIN_FIELDS = 3  # the header row and at least two more
_MAX_LABEL = 16
# how the label of a form's field ends (Chinese) or what it is (English)
_ZH_LABEL_END = re.compile(
    r"(?:名称|类别|类型|时间|日期|地点|人员|对象|方式|形式|编号|简称|代码|主题|单位|机构|情况|内容|说明|"
    r"介绍|期间|附件|事项|事由|联系人|电话|邮箱|地址|负责人|金额|来源|状态|级别|范围|目的|要求|依据|"
    r"人|者|号|期)$"
)
_EN_LABEL = re.compile(
    r"^(?:[\w/&-]+\s){0,3}(?:name|date|time|type|category|location|venue|participants?|attendees?"
    r"|contact|reference|ref\.?|subject|title|organi[sz]er|host|format|status|owner|number|no\."
    r"|code|period|purpose|scope|amount|source|address|e-?mail|phone|notes?|remarks?)$",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[。！？!?；;，,]")


def _is_label(cell: str) -> bool:
    cell = cell.strip().strip("*_：:").strip()
    if not cell or len(cell) > _MAX_LABEL or _SENTENCE.search(cell) or re.search(r"\d", cell):
        return False
    return bool(_ZH_LABEL_END.search(cell) or _EN_LABEL.match(cell))


def is_form(table: Table) -> bool:
    """A table of label and value columns (two, or four: ``label | value | label | value``)
    whose label cells (header row included) are distinct field labels, most of them ending
    as labels do (``…名称``, ``…时间``, "Date", "Venue")."""
    width = len(table.header)
    if width not in (2, 4) or len(table.rows) + 1 < _MIN_FIELDS:
        return False
    rows = [table.header, *(row for row in table.rows if len(row) == width)]
    labels = [row[c] for row in rows for c in range(0, width, 2) if row[c].strip()]
    if len({f.strip() for f in labels}) != len(labels):
        return False
    return 2 * sum(_is_label(f) for f in labels) > len(labels) and _is_label(table.header[0])


def as_form(table: Table) -> Table:
    """*table* with a neutral header (:data:`FORM_HEADER`, repeated for four columns) when
    it is a form, else itself."""
    if not is_form(table):
        return table
    return replace(table, header=FORM_HEADER * (len(table.header) // 2))


def with_forms(document: Document) -> Document:
    """*document* with each of its form tables given the neutral header."""
    blocks = tuple(
        replace(b, table=as_form(b.table)) if b.table is not None else b for b in document.blocks
    )
    if all(a.table is b.table for a, b in zip(blocks, document.blocks, strict=True)):
        return document
    return replace(document, blocks=blocks)
