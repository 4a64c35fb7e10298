"""A form's labels are no names: no investors, no firms read off a record's header table."""

from __future__ import annotations

from pathlib import Path

from relation_support import relations_of

RECORD = (
    "# 岚序医疗投资者关系活动记录表\n\n| 投资者关系活动类别 | 特定对象调研 |\n| --- | --- |\n"
    "| 参与单位名称 | 启衡基金 |\n| 时间 | 2025年8月28日 |\n| 上市公司接待人员 | 周岚 |\n\n"
    "问：进展如何？\n\n答：岚序医疗与澄湾医院签署合作协议。\n"
)


def test_a_record_form_states_no_funding(tmp_path: Path) -> None:
    names = {"岚序医疗": "Company", "启衡基金": "Company", "澄湾医院": "Hospital"}
    found = {
        (c.subject.text, c.predicate, c.object.text if c.object else "")
        for c in relations_of(tmp_path, RECORD, names, ".md")
    }
    assert not any(p in ("fundedBy", "investsIn") for _, p, _ in found), sorted(found)
    assert not any("单位名称" in s or "单位名称" in o for s, _, o in found), sorted(found)
    assert ("岚序医疗", "partnersWith", "澄湾医院") in found, sorted(found)
