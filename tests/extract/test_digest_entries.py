"""A plain-text policy digest: its editing body and issue date, and each listed policy's
issuer and date under a line that holds only its title.

``1. 《P》`` on a line of its own, then ``发布部门：X`` and ``发布时间：2024年7月``: the lines are
P's, as under a heading; the digest's own masthead (``编辑：X研究所 政策追踪组``, ``出刊日期：…``)
says who made it and when, and the first policy's issuer is not the digest's publisher. A
province the tagger files as an abbreviation (江淮省) still names its commission; quality
indicators a body issues are a policy. Every name here is invented.
"""

from __future__ import annotations

from pathlib import Path

from relation_support import facts_of

from medatlas.loaders.extract.entities import discover_entities
from medatlas.loaders.readers.markdown import read_markdown
from medatlas.loaders.readers.metadata import stated_metadata

_DIGEST = (
    "医疗人工智能政策速递（第12期）\n"
    "——智慧物流专题\n\n"
    "编辑：汀岸医疗政策研究所 政策追踪组\n"
    "出刊日期：2025-12-05\n\n"
    "【导读】本期梳理近一年来与医院物流机器人相关的2项政策文件，政策重心正从鼓励试点转向规范应用。\n\n"
    "一、国家层面\n\n"
    "1. 《关于推进智慧医院后勤服务建设的指导意见》\n"
    "发布部门：国家卫生健康委员会、国家发展和改革委员会\n"
    "发布时间：2024年7月\n"
    "要点：提出到2027年，三级医院应用智能物流系统的比例达到60%以上。\n\n"
    "二、地方层面\n\n"
    "2. 《汀淮省医院智能物流机器人应用试点工作方案》\n"
    "发布部门：汀淮省卫生健康委员会\n"
    "发布时间：2024年10月\n"
    "要点：在全省遴选20家试点医院。\n"
)


def test_a_digests_editing_body_and_issue_date_are_its_own() -> None:
    meta = stated_metadata(_DIGEST)
    assert meta.publisher == "汀岸医疗政策研究所", meta
    assert meta.date == "2025-12-05", meta


def test_an_editor_who_is_a_person_publishes_nothing() -> None:
    assert stated_metadata("医疗周报\n编辑：张晓明\n出刊日期：2025-12-05\n").publisher is None


def test_labelled_lines_under_a_title_line_are_that_policys(tmp_path: Path) -> None:
    names = {
        "关于推进智慧医院后勤服务建设的指导意见": "Policy",
        "汀淮省医院智能物流机器人应用试点工作方案": "Policy",
        "国家卫生健康委员会": "GovernmentBody",
        "国家发展和改革委员会": "GovernmentBody",
        "汀淮省卫生健康委员会": "GovernmentBody",
    }
    facts = facts_of(tmp_path, _DIGEST, names, ".txt")
    first = "关于推进智慧医院后勤服务建设的指导意见"
    second = "汀淮省医院智能物流机器人应用试点工作方案"
    assert {
        (first, "issuedBy", "国家卫生健康委员会"),
        (first, "issuedBy", "国家发展和改革委员会"),
        (first, "issuedOn", "2024-07"),
        (second, "issuedBy", "汀淮省卫生健康委员会"),
        (second, "issuedOn", "2024-10"),
    } <= facts, facts


def test_a_province_tagged_as_an_abbreviation_names_its_commission() -> None:
    doc = read_markdown(Path("a.md"), "发布部门：江淮省卫生健康委员会".encode())
    found = {m.text: m.cls for m in discover_entities(doc, [])}
    assert found.get("江淮省卫生健康委员会") == "GovernmentBody", found


def test_quality_indicators_a_body_issues_are_a_policy() -> None:
    text = "国家护理质控中心印发《慢性创面规范化诊疗与护理质量控制指标（2025年版）》。"
    doc = read_markdown(Path("a.md"), text.encode())
    found = {m.name or m.text: m.cls for m in discover_entities(doc, [])}
    assert found.get("慢性创面规范化诊疗与护理质量控制指标（2025年版）") == "Policy", found


def test_a_policy_cell_keeps_the_note_its_title_carries() -> None:
    text = (
        "# 政策速递\n\n| 序号 | 政策名称 | 发布机构 |\n| --- | --- | --- |\n"
        "| 1 | 汀江省智慧疾控建设三年行动计划（2025—2027年） | 汀江省卫生健康委员会 |\n"
        "| 2 | 汀岚软件注册审查指导原则（征求意见稿） | 国家药品监督管理局 |\n"
    )
    doc = read_markdown(Path("a.md"), text.encode())
    names = {m.name or m.text for m in discover_entities(doc, []) if m.cls == "Policy"}
    assert "汀江省智慧疾控建设三年行动计划（2025—2027年）" in names, names
    assert "汀岚软件注册审查指导原则（征求意见稿）" in names, names
