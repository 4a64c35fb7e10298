"""Tasks named in lists, before a kind of offering, and in English appositions; hosts that
provide nothing; a department that stands for its hospital; names that a funding round, a
cloud's 云, a city the tagger files as a direction, a device box or a name written in two
scripts at once would spoil.

``提供A、B和C三类能力`` names three tasks even when one of them ends in no task word, as long as
another does; ``脱靶毒性预测模型ToxLens`` names the task before the kind and an unquoted name;
"GaitLens, a running-gait analysis model" and "Helix, whose ACL-tear detection model…" name
what an offering or a firm is for. ``部署在X上`` makes X a host, not the one that provides what
the sentence goes on to list. Every sentence and name here is invented for these tests; each
case names the facts it must state and the facts it must not.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from relation_support import Fact, check_relations

from medatlas.loaders.extract.entities import discover_entities
from medatlas.loaders.extract.relation_usecases import free_use_cases
from medatlas.loaders.readers.markdown import read_markdown
from medatlas.loaders.readers.text import read_text

_CASES = [
    (
        "zh-a-host-does-not-provide-the-tasks-listed-after-it",
        "# 生态\n\n岭膳云脑由汀禾数字健康开发，部署在云杉云上，"
        "提供营养风险筛查、肠内营养处方和治疗膳食规划三类能力。\n",
        {"岭膳云脑": "Platform", "汀禾数字健康": "Company", "云杉云": "Company"},
        {
            ("岭膳云脑", "addressesUseCase", "营养风险筛查"),
            ("岭膳云脑", "addressesUseCase", "肠内营养处方"),
            ("岭膳云脑", "addressesUseCase", "治疗膳食规划"),
        },
        {("云杉云", "addressesUseCase", "营养风险筛查")},
    ),
    (
        "zh-a-task-before-the-kind-and-an-unquoted-latin-name",
        "# 生态\n\n汀析科技推出了脱靶毒性预测模型ToxWeave，已在多家药企使用。\n",
        {"汀析科技": "Company", "ToxWeave": "AIModel"},
        {("ToxWeave", "addressesUseCase", "脱靶毒性预测")},
        set(),
    ),
    (
        "zh-a-task-before-the-kind-a-space-and-the-name",
        "# 生态\n\n岭南医院部署了肝脏病灶勾画模型 HepaLine-ZS。\n",
        {"岭南医院": "Hospital", "HepaLine-ZS": "AIModel"},
        {("HepaLine-ZS", "addressesUseCase", "肝脏病灶勾画")},
        set(),
    ),
    (
        "en-an-apposition-names-a-task-and-the-kind",
        "# Report\n\nApps on KineticVale include StrideLens, a running-gait analysis model, "
        "and CruciGuard, a return-to-sport risk model deployed at Beihollow Sports Hospital.\n",
        {
            "KineticVale": "Platform",
            "StrideLens": "AIModel",
            "CruciGuard": "AIModel",
            "Beihollow Sports Hospital": "Hospital",
        },
        {("StrideLens", "addressesUseCase", "running-gait analysis")},
        set(),
    ),
    (
        "en-an-apposition-names-two-tasks-joined-by-and",
        "# Report\n\nPlatewise Clinical builds DietNote, a malnutrition screening and "
        "meal-planning tool for hospitals.\n",
        {"Platewise Clinical": "Company", "DietNote": "Product"},
        {("DietNote", "addressesUseCase", "malnutrition screening")},
        set(),
    ),
    (
        "en-a-firm-whose-model-does-a-task",
        "# Review\n\nNorthwell Peak also led the $16 million Series A of Quillen Sports Imaging, "
        "whose ACL-tear detection model was cleared by the FDA in January 2025.\n",
        {"Northwell Peak": "Company", "Quillen Sports Imaging": "Company", "FDA": "GovernmentBody"},
        {("Quillen Sports Imaging", "addressesUseCase", "ACL-tear detection")},
        set(),
    ),
]


@pytest.mark.parametrize(
    ("text", "names", "expected", "unexpected"),
    [case[1:] for case in _CASES],
    ids=[case[0] for case in _CASES],
)
def test_task_list_relations(
    tmp_path: Path,
    text: str,
    names: dict[str, str],
    expected: set[Fact],
    unexpected: set[Fact],
) -> None:
    check_relations(tmp_path, text, names, expected, unexpected)


def _tasks(text: str) -> list[str]:
    return [m.text for m in free_use_cases(text, 0, len(text), [])]


def test_every_item_of_a_task_list_counts_past_one_without_a_task_word() -> None:
    text = "平台面向药企提供不良事件智能采集、MedDRA自动编码和信号检测服务。"
    assert _tasks(text) == ["不良事件智能采集", "MedDRA自动编码", "信号检测"]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("系统用于基层医疗机构和体检中心的眼底病筛查。", "基层医疗机构"),  # who is served
        ("平台提供基因组分析、药物研发和医学影像三大模块。", "医学影像三大模块"),  # a count
        ("聚焦高血压、糖尿病等慢病随访管理。", "糖尿病等慢病随访管理"),  # 等 ends the list
        ("公司为医院提供设备、运维和巡检。", "设备"),  # no item names a task
    ],
)
def test_a_task_list_takes_no_audience_count_or_plain_noun(text: str, absent: str) -> None:
    assert absent not in _tasks(text)


def test_a_listed_item_without_a_task_word_holds_no_other_name() -> None:
    from medatlas.loaders.extract.model import Mention

    text = "目前已开展病历质控和智能导诊试用。"
    at = text.index("智能导诊")
    taken = [Mention(at, at + 4, "智能导诊", "UseCase", 0.9, "gazetteer", name="智能导诊")]
    assert "智能导诊试用" not in [m.text for m in free_use_cases(text, 0, len(text), taken)]


def test_a_funding_round_of_a_firm_is_no_part_of_its_name() -> None:
    text = "Northwell Peak also led the $16 million Series A of Quillen Sports Imaging."
    doc = read_text(Path("a.txt"), text.encode())
    names = {m.text for m in discover_entities(doc, [])}
    assert "Quillen Sports Imaging" in names and not any("Series" in n for n in names), names


def test_a_quoted_cloud_after_a_platform_noun_is_a_platform() -> None:
    doc = read_markdown(
        Path("a.md"), "该中心将建设全国统一的药物警戒信号检测平台“药汀云”。".encode()
    )
    found = {m.text: m.cls for m in discover_entities(doc, [])}
    assert found.get("药汀云") == "Platform", found


def test_a_city_the_tagger_files_as_a_direction_still_names_its_hospital() -> None:
    doc = read_markdown(Path("a.md"), "南岸市第三人民医院上线了智能随访系统。".encode())
    names = {m.text for m in discover_entities(doc, []) if m.cls == "Hospital"}
    assert "南岸市第三人民医院" in names, names


def test_a_device_box_after_a_makers_brand_is_a_product() -> None:
    doc = read_markdown(
        Path("a.md"), "汀睿医疗科技有限公司基于Holoscan开发了汀睿NICU边缘监护盒。".encode()
    )
    found = {m.text: m.cls for m in discover_entities(doc, [])}
    assert found.get("汀睿NICU边缘监护盒") == "Product", found


def test_a_name_and_its_latin_name_in_one_mention_are_one_entity() -> None:
    from medatlas.loaders.extract.bilingual_names import bilingual_aliases
    from medatlas.loaders.extract.model import Mention

    text = "- 童汀通 PediWave：儿童肺炎胸片辅助诊断模型。"
    doc = read_markdown(Path("a.md"), text.encode())
    at = doc.text.index("童汀通")
    joined = Mention(at, at + 12, "童汀通 PediWave", "AIModel", 0.7, "test")
    parts = bilingual_aliases(doc, [joined])
    assert [(m.text, m.name) for m in parts] == [("童汀通", "童汀通"), ("PediWave", "童汀通")]
    assert [doc.text[m.start : m.end] for m in parts] == ["童汀通", "PediWave"]


_DEPARTMENT = (
    "department-of-the-hospital-deploys",
    "# 案例\n\n## 案例二：北汀市第二人民医院的膝关节MRI阅片\n\n"
    "北汀市第二人民医院运动医学科年门诊量约6.5万人次。"
    "2025年1月，科室部署了上海汀动医疗科技有限公司的“膝汀AI”，用于半月板损伤的MRI辅助诊断。\n",
    {"北汀市第二人民医院": "Hospital", "上海汀动医疗科技有限公司": "Company", "膝汀AI": "Product"},
    {("膝汀AI", "deployedAt", "北汀市第二人民医院")},
    set(),
)


def test_a_department_opening_a_clause_is_its_hospitals(tmp_path: Path) -> None:
    check_relations(tmp_path, *_DEPARTMENT[1:])
