"""What a company works in and what an offering is for, said in wordings of several kinds:
a technology or a modality a firm focuses on, a field that holds a narrower concept, a list of
fields or business lines, a firm of a field, verbs that name a task, the task an apposition
names before its kind of offering, and the things that are no field (a department, a goal)."""

from __future__ import annotations

from pathlib import Path

import pytest
from relation_support import check_relations

from medatlas.loaders.extract.model import Mention
from medatlas.loaders.extract.relation_fields import FIELD_METHOD, free_fields
from medatlas.loaders.extract.relation_usecases import free_use_cases
from medatlas.loaders.extract.usecase_phrases import widen_use_cases

_CASES: list[tuple[str, dict[str, str], set[tuple[str, str, str]], set[tuple[str, str, str]]]] = [
    # a technology or a modality a firm focuses on is its field, 领域 or not
    (
        "岚汐科技专注于大模型。",
        {"岚汐科技": "Company"},
        {("岚汐科技", "operatesIn", "大模型")},
        set(),
    ),
    (
        "岚汐科技主攻磁共振。",
        {"岚汐科技": "Company"},
        {("岚汐科技", "operatesIn", "磁共振")},
        set(),
    ),
    # the phrase the report writes wins over a narrower concept inside it
    (
        "岚汐科技深耕心脑血管影像。",
        {"岚汐科技": "Company"},
        {("岚汐科技", "operatesIn", "心脑血管影像")},
        {("岚汐科技", "addressesUseCase", "脑血管影像")},
    ),
    # every field of a list, and the whole list ends its clause
    (
        "岚汐科技深耕医学影像和数字病理。",
        {"岚汐科技": "Company"},
        {("岚汐科技", "operatesIn", "医学影像"), ("岚汐科技", "operatesIn", "数字病理")},
        {("岚汐科技", "addressesUseCase", "医学影像")},
    ),
    (
        "岚汐科技聚焦智慧病房、智慧养老两大场景领域。",
        {"岚汐科技": "Company"},
        {("岚汐科技", "operatesIn", "智慧病房")},
        {("岚汐科技", "operatesIn", "智慧养老两大场景")},
    ),
    (
        "岚汐科技的业务涵盖医学影像、数字病理和临床决策支持。",
        {"岚汐科技": "Company"},
        {("岚汐科技", "operatesIn", "数字病理"), ("岚汐科技", "operatesIn", "临床决策支持")},
        set(),
    ),
    # a firm of a field works in it
    (
        "岚汐科技是国内领先的数字病理公司。",
        {"岚汐科技": "Company"},
        {("岚汐科技", "operatesIn", "数字病理")},
        {("岚汐科技", "addressesUseCase", "数字病理")},
    ),
    # how long a firm has worked in a field is no part of it
    (
        "岚汐科技深耕骨科导航十余年。",
        {"岚汐科技": "Company"},
        {("岚汐科技", "operatesIn", "骨科导航")},
        {("岚汐科技", "operatesIn", "骨科导航十余年")},
    ),
    # the firm that owns the subject's parent is not the one that focuses
    (
        "岚汐健康为岚汐集团旗下子公司，聚焦睡眠监测与呼吸康复。",
        {"岚汐健康": "Company", "岚汐集团": "Company"},
        set(),
        {("岚汐集团", "operatesIn", "睡眠监测"), ("岚汐集团", "operatesIn", "呼吸康复")},
    ),
    # a department, a goal, a place: no field
    (
        "岚汐科技布局病理科。",
        {"岚汐科技": "Company"},
        set(),
        {("岚汐科技", "operatesIn", "病理科")},
    ),
    (
        "岚汐科技致力于提升基层医生诊疗效率。",
        {"岚汐科技": "Company"},
        set(),
        {("岚汐科技", "operatesIn", "提升基层医生诊疗效率")},
    ),
    # a product's use after 其产品 is the product's
    (
        "岚汐科技专注于多模态，其产品《岚汐问诊》主要用于预问诊。",
        {"岚汐科技": "Company", "岚汐问诊": "Product"},
        {("岚汐问诊", "addressesUseCase", "预问诊"), ("岚汐科技", "operatesIn", "多模态")},
        {("岚汐科技", "addressesUseCase", "预问诊")},
    ),
    # a profile line: the firm, a colon, its field and its kind of firm
    (
        "- **岚汐数据**：医疗数据标注与治理服务商，累计标注影像超100万张。",
        {"岚汐数据": "Company"},
        {("岚汐数据", "operatesIn", "医疗数据标注")},
        {("岚汐数据", "operatesIn", "治理")},
    ),
    (
        "合作方：岚汐科技：国内知名企业。",
        {"岚汐科技": "Company"},
        set(),
        {("岚汐科技", "operatesIn", "国内知名")},
    ),
    (
        "岚汐科技的业务主要集中在医学影像和药物研发两大领域。",
        {"岚汐科技": "Company"},
        {("岚汐科技", "operatesIn", "医学影像"), ("岚汐科技", "operatesIn", "药物研发")},
        set(),
    ),
    (
        "岚汐科技成立于2016年，是一家医疗大数据公司。",
        {"岚汐科技": "Company"},
        {("岚汐科技", "operatesIn", "医疗大数据")},
        set(),
    ),
    (
        "岚汐科技是一家上市公司。",
        {"岚汐科技": "Company"},
        set(),
        {("岚汐科技", "operatesIn", "上市")},
    ),
    # English: a firm's focus, and its business lines
    (
        "Tarnwell Inc., which specializes in AI-powered dermatology, raised $20 million.",
        {"Tarnwell Inc.": "Company"},
        {("Tarnwell Inc.", "operatesIn", "dermatology")},
        set(),
    ),
    (
        "Tarnwell Inc. focuses on the needs of patients.",
        {"Tarnwell Inc.": "Company"},
        set(),
        {("Tarnwell Inc.", "operatesIn", "needs of patients")},
    ),
    (
        "Tarnwell Inc. operates in imaging software and cardiology services.",
        {"Tarnwell Inc.": "Company"},
        {
            ("Tarnwell Inc.", "operatesIn", "imaging software"),
            ("Tarnwell Inc.", "operatesIn", "cardiology services"),
        },
        set(),
    ),
    (
        "Tarnwell Inc. operates in 14 countries and 60 hospitals.",
        {"Tarnwell Inc.": "Company"},
        set(),
        {("Tarnwell Inc.", "operatesIn", "60 hospitals")},
    ),
    # a verb that names a task: the task is named with the verb's noun
    (
        "Pellora predicts acute kidney injury from routine lab data.",
        {"Pellora": "Product"},
        {("Pellora", "addressesUseCase", "acute kidney injury prediction")},
        set(),
    ),
    (
        "Clinicians trust Pellora, a model developed by Tarnwell researchers that detects "
        "atrial fibrillation and heart failure in primary care.",
        {"Pellora": "AIModel", "Tarnwell": "Company"},
        {
            ("Pellora", "addressesUseCase", "atrial fibrillation detection"),
            ("Pellora", "addressesUseCase", "heart failure detection"),
        },
        set(),
    ),
    (
        "Analysts at Tarnwell Inc. predict market growth.",
        {"Tarnwell Inc.": "Company"},
        set(),
        {("Tarnwell Inc.", "addressesUseCase", "market growth prediction")},
    ),
    (
        "Orsolo Inc. handles nurse scheduling.",
        {"Orsolo Inc.": "Company"},
        {("Orsolo Inc.", "addressesUseCase", "nurse scheduling")},
        {("Orsolo Inc.", "addressesUseCase", "handles nurse scheduling")},
    ),
    # the task an apposition names before its kind of offering
    (
        "Brindle Clinic tested HeartLoop, Norvane's AI-assisted fetal heart-rate monitoring "
        "software.",
        {"HeartLoop": "Product", "Brindle Clinic": "Hospital"},
        {("HeartLoop", "addressesUseCase", "fetal heart-rate monitoring")},
        set(),
    ),
    (
        "Velmora combines a structure-based design engine with QX-Lattice.",
        {"Velmora": "Platform", "QX-Lattice": "AIModel"},
        set(),
        {("Velmora", "addressesUseCase", "structure-based design")},
    ),
]


@pytest.mark.parametrize(("text", "names", "expected", "unexpected"), _CASES)
def test_fields_and_uses_in_wordings_of_each_kind(
    tmp_path: Path,
    text: str,
    names: dict[str, str],
    expected: set[tuple[str, str, str]],
    unexpected: set[tuple[str, str, str]],
) -> None:
    check_relations(tmp_path, text, names, expected, unexpected)


def _company(text: str, name: str) -> Mention:
    at = text.index(name)
    return Mention(at, at + len(name), name, "Company", 0.9, "test", name=name)


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("甲公司聚焦眼底影像、心电分析和睡眠监测。", ["眼底影像", "心电分析", "睡眠监测"]),
        ("甲公司专注于为基层医院与患者提供服务。", []),
        ("甲公司主营业务包括互联网诊疗和药品配送。", ["互联网诊疗", "药品配送"]),
    ],
)
def test_a_focus_verb_names_each_field_of_a_list(text: str, fields: list[str]) -> None:
    found = free_fields(text, 0, len(text), [_company(text, "甲公司")])
    assert all(m.method == FIELD_METHOD for m in found)
    assert [m.text for m in found] == fields


def test_english_lines_of_business_are_short_lower_case_phrases() -> None:
    text = "Tarnwell operates in wound care and sleep diagnostics."
    assert [m.text for m in free_fields(text, 0, len(text), [])] == [
        "wound care",
        "sleep diagnostics",
    ]
    text = "Tarnwell operates in Europe, Japan and Brazil."
    assert free_fields(text, 0, len(text), []) == []


def test_a_verb_task_is_named_with_its_noun() -> None:
    text = "The tool predicts postpartum hemorrhage, not staffing levels of the ward."
    found = free_use_cases(text, 0, len(text), [])
    assert [(m.text, m.name) for m in found][:1] == [
        ("postpartum hemorrhage", "postpartum hemorrhage prediction")
    ]
    text = "It also helps clinicians diagnose faster."
    assert free_use_cases(text, 0, len(text), []) == []


def test_a_cue_verb_or_a_heading_in_another_language_widens_no_task() -> None:
    text = "It handles nurse scheduling."
    head_at = text.index("scheduling")
    head = Mention(head_at, head_at + 10, "scheduling", "UseCase", 0.9, "g", iri="u:s")
    [wide] = widen_use_cases(text, 0, len(text), [head], {"u:s"})
    assert wide.mention.text == "nurse scheduling"
    text = "影像 triage"  # a bilingual heading's two names, not one phrase
    seg = Mention(0, 2, "影像", "Segment", 0.9, "g", iri="s:i")
    head = Mention(3, 9, "triage", "UseCase", 0.9, "g", iri="u:t")
    assert widen_use_cases(text, 0, len(text), [seg, head], {"u:t"}) == []


# --- through the whole pipeline: fields that are technologies, headings of landscape maps -----


def _graph_relations(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    from medatlas.graph.identity import NameIndex
    from medatlas.loaders.extract.gazetteer import atlas_gazetteer
    from medatlas.loaders.pipeline import extract_document
    from medatlas.loaders.readers import read_document

    path = tmp_path / "map.md"
    path.write_text(text, encoding="utf-8")
    facts = extract_document(
        read_document(path), gazetteer=atlas_gazetteer(), names=NameIndex(), classes={}
    ).facts
    names = {
        e.iri: max((a.text for a in e.aliases), default=e.iri, key=len) for e in facts.entities
    }
    return {
        (names.get(r.subject, r.subject), r.predicate, names.get(str(r.object), str(r.object)))
        for r in facts.relations
    }


def test_a_firm_focused_on_a_technology_works_in_that_field(tmp_path: Path) -> None:
    found = _graph_relations(tmp_path, "# 企业速览\n\n岚汐科技专注于大模型，已服务多家医院。\n")
    assert any(s == "岚汐科技" and p == "operatesIn" for s, p, _ in found)


def test_a_landscape_heading_that_names_a_technology_is_its_firms_field(tmp_path: Path) -> None:
    text = (
        "# 2025医疗AI产业图谱\n\n"
        "## 医疗大模型\n\n问岐智能、医衡科技、澈言健康\n\n"
        "## 数据与算力\n\n澄算科技、岚数智能\n"
    )
    found = _graph_relations(tmp_path, text)
    fields = {s for s, p, _ in found if p == "operatesIn"}
    assert {"问岐智能", "医衡科技", "澈言健康"} <= fields
    assert not {"澄算科技", "岚数智能"} & fields  # a technology beside other words is no field


def test_a_products_name_states_its_concrete_task_not_a_kind_of_task(tmp_path: Path) -> None:
    from relation_support import relations_of

    text = (
        "明瞳科技推出的明瞳眼底筛查系统已在社区使用。岚甲科技推出的岚甲胸部CT智能诊断系统已上线。\n"
    )
    names = {"明瞳眼底筛查系统": "Product", "岚甲胸部CT智能诊断系统": "Product"}
    tasks = {
        (c.subject.text, c.object.text)
        for c in relations_of(tmp_path, text, names)
        if c.predicate == "addressesUseCase" and c.object is not None
    }
    assert ("明瞳眼底筛查系统", "眼底筛查") in tasks  # what it is done on: the task it does
    assert ("岚甲胸部CT智能诊断系统", "智能诊断") not in tasks  # a kind of task only
