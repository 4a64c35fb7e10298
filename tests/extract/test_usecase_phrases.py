"""Use cases named by the phrase a report writes, not by a generic word inside it.

Every sentence and name here is invented. The cases cover cardiology, dermatology, hospital
operations and drug discovery as well as imaging, and each kind of wording has a case that
must not fire.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from relation_support import concept_entries, relations_of

from medatlas.loaders.extract.gazetteer import Gazetteer, atlas_gazetteer
from medatlas.loaders.extract.relation_usecases import free_use_cases, use_case_cell
from medatlas.loaders.extract.usecase_phrases import (
    WIDE_METHOD,
    widen_use_cases,
)

Fact = tuple[str, str, str]


def _facts(tmp_path: Path, text: str, names: dict[str, str]) -> set[Fact]:
    return {
        (c.subject.text, c.predicate, c.object.text if c.object else str(c.date))
        for c in relations_of(tmp_path, text, names)
    }


def _wide(text: str) -> list[str]:
    mentions = Gazetteer(concept_entries()).find(text)
    return [w.mention.text for w in widen_use_cases(text, 0, len(text), mentions)]


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        (
            "该软件主要用于常见病辅助诊断。",
            ["常见病辅助诊断"],
        ),  # a broad task narrowed by a disease
        ("该平台用于皮肤病变辅助诊断。", ["皮肤病变辅助诊断"]),
        ("系统可完成脑出血分诊。", ["脑出血分诊"]),  # a one-word task (分诊) narrowed
        ("Kestrel supports stroke triage and ED triage.", ["stroke triage", "ED triage"]),
        ("the vendor's chest X-ray triage software", ["chest X-ray triage"]),
        # nothing narrows: a verb, a setting or a technology before the task word
        ("已在基层开展AI辅助诊断试点。", []),
        ("甲公司提供慢病管理服务。", []),
        ("an AI triage tool for nurses", []),
        ("Automated triage is used at Bramwell.", []),
        ("肺结节筛查已在多家医院开展。", []),  # a specific vocabulary task stays as it is
        ("本次筛查共覆盖3万人。", []),  # which occasion, not what is screened
        ("社区开展大规模人群筛查。", ["人群筛查"]),  # how much, dropped; who, kept
        ("The annual screening programme ended.", []),
    ],
)
def test_generic_use_cases_widen_to_the_phrase(text: str, phrases: list[str]) -> None:
    assert _wide(text) == phrases


def test_a_wide_phrase_names_the_concept_it_narrows() -> None:
    text = "该系统用于心衰风险预测。"
    mentions = Gazetteer(concept_entries()).find(text)
    wide = widen_use_cases(text, 0, len(text), mentions)
    assert [w.mention.method for w in wide] == [WIDE_METHOD]
    assert wide[0].broader in {m.iri for m in mentions if m.cls == "UseCase"}
    assert wide[0].mention.iri is None  # filed as a discovered concept


def test_free_phrases_replace_the_generic_word_inside_them() -> None:
    text = "该平台主要用于心律失常辅助诊断和用药推荐。"
    mentions = Gazetteer(concept_entries()).find(text)
    found = [m.text for m in free_use_cases(text, 0, len(text), mentions)]
    assert "心律失常辅助诊断" in found
    assert "辅助诊断" not in found


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        # the conditions a product finds, listed before a noun that says they are conditions
        ("该模型覆盖湿疹、银屑病、痤疮等20类病种。", ["湿疹", "银屑病", "痤疮"]),
        ("系统可识别房颤、室性早搏等18种心电异常。", ["房颤", "室性早搏"]),
        ("可自动完成脑出血、脑梗死等病灶的检出。", ["脑出血", "脑梗死"]),
        # places, institutions and counts are no conditions
        ("公司业务覆盖杭州、宁波等10个城市。", []),
        ("客户包括三甲医院、社区医院等机构。", []),
        # a use case that opens a longer task phrase gives way to it
        ("Brava is used for ECG rhythm classification in clinics.", ["ECG rhythm classification"]),
        # every task listed after an English cue
        (
            "Brava is designed for wound assessment, pressure ulcer staging and billing.",
            ["wound assessment", "pressure ulcer staging"],
        ),
        ("Loma is used for hospitals, and the board approved it.", []),
        # what money pays for is no task a product serves
        ("甲公司完成B轮融资，资金将用于算法优化和流程治理。", []),
        ("The proceeds will be used for model optimization.", []),
        ("Loma is designed for customer support.", []),
    ],
)
def test_free_use_cases_of_lists_and_narrowed_terms(text: str, phrases: list[str]) -> None:
    mentions = Gazetteer(concept_entries()).find(text)
    assert [m.text for m in free_use_cases(text, 0, len(text), mentions)] == phrases


@pytest.mark.parametrize(
    ("cell", "name"),
    [
        ("心衰风险预测", "心衰风险预测"),
        ("Sepsis early warning", "Sepsis early warning"),
        ("区域健康信息平台升级", None),  # a project, not a task
        ("门诊随访管理系统", None),  # a product
        ("Revenue cycle platform", None),
    ],
)
def test_a_use_case_cell_names_a_task_not_an_offering(cell: str, name: str | None) -> None:
    found = use_case_cell(cell, (0, len(cell)))
    assert (found.text if found else None) == name


_CASES = [
    (
        "zh-used-for-a-narrowed-task",
        "澄岸云诊主要用于常见病辅助诊断和慢病随访。",
        {"澄岸云诊": "Product"},
        {("澄岸云诊", "addressesUseCase", "常见病辅助诊断")},
        {("澄岸云诊", "addressesUseCase", "辅助诊断")},
    ),
    (
        "zh-supports-tasks-no-vocabulary-lists",
        "禾川平台支持皮肤镜图像分级和手术排程优化。",
        {"禾川平台": "Platform"},
        {
            ("禾川平台", "addressesUseCase", "皮肤镜图像分级"),
            ("禾川平台", "addressesUseCase", "手术排程优化"),
        },
        set(),
    ),
    (
        "zh-can-achieve-a-task",
        "岭心模型可实现心电异常识别，单例耗时不足1秒。",
        {"岭心模型": "AIModel"},
        {("岭心模型", "addressesUseCase", "心电异常识别")},
        set(),
    ),
    (
        "zh-provides-a-task-as-a-service",
        "砾方科技提供分子毒性预测服务。",
        {"砾方科技": "Company"},
        {("砾方科技", "addressesUseCase", "分子毒性预测")},
        set(),
    ),
    (
        "zh-completes-the-detection-of-listed-lesions",
        "岷川系统可在扫描后自动完成脑出血、脑梗死及脑肿瘤等病灶的检出。",
        {"岷川系统": "Product"},
        {
            ("岷川系统", "addressesUseCase", "脑出血"),
            ("岷川系统", "addressesUseCase", "脑梗死"),
            ("岷川系统", "addressesUseCase", "脑肿瘤"),
        },
        set(),
    ),
    (
        "zh-supports-a-goal-is-no-task",
        "砾方科技支持医院提升管理效率。",
        {"砾方科技": "Company"},
        set(),
        {("砾方科技", "addressesUseCase", "医院提升管理效率")},
    ),
    (
        "en-supports-tasks",
        "Kestrel supports bed capacity forecasting and sepsis early warning.",
        {"Kestrel": "Product"},
        {
            ("Kestrel", "addressesUseCase", "bed capacity forecasting"),
            ("Kestrel", "addressesUseCase", "sepsis early warning"),
        },
        set(),
    ),
    (
        "en-automates-a-task",
        "Orbel automates claims coding for community hospitals.",
        {"Orbel": "Product"},
        {("Orbel", "addressesUseCase", "claims coding")},
        set(),
    ),
    (
        "en-indicated-for",
        "Norvex is indicated for atrial fibrillation detection in adults.",
        {"Norvex": "Product"},
        {("Norvex", "addressesUseCase", "atrial fibrillation detection")},
        set(),
    ),
    (
        "en-supports-an-audience-is-no-task",
        "Orbel supports hospitals in their digital transformation.",
        {"Orbel": "Product"},
        set(),
        {("Orbel", "addressesUseCase", "digital transformation")},
    ),
]


@pytest.mark.parametrize(
    ("text", "names", "present", "absent"),
    [pytest.param(*case[1:], id=case[0]) for case in _CASES],
)
def test_offerings_address_the_tasks_they_name(
    tmp_path: Path, text: str, names: dict[str, str], present: set[Fact], absent: set[Fact]
) -> None:
    facts = {f for f in _facts(tmp_path, text, names) if f[1] == "addressesUseCase"}
    assert present <= facts, sorted(facts)
    assert not absent & facts, sorted(facts)


def test_a_verb_that_urges_or_applies_ends_the_words_before_a_task() -> None:
    text = "要点：鼓励医疗机构应用辅助诊断。"
    wide = widen_use_cases(text, 0, len(text), atlas_gazetteer().find(text))
    assert not [
        w.mention.text for w in wide if "鼓励" in w.mention.text or "应用" in w.mention.text
    ]
