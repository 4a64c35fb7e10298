"""Chinese offering names: a brand, a task and a kind (X眼底筛查系统), a company's brand and one
field word (X问诊), a brand and a Latin name with a version (X-Pro, X 2.1), a dotted name.

Every sentence and every name here is invented for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medatlas.loaders.extract.entities import discover_entities
from medatlas.loaders.extract.gazetteer import atlas_gazetteer
from medatlas.loaders.readers.text import read_text


def _classes(text: str) -> dict[str, set[str]]:
    """Each discovered surface with its classes, the gazetteer's use cases known (as in a build)."""
    doc = read_text(Path("a.txt"), text.encode())
    known = atlas_gazetteer().find(doc.text)
    out: dict[str, set[str]] = {}
    for m in discover_entities(doc, known):
        out.setdefault(m.text, set()).add(m.cls)
    return out


# ---------------------------------------------------------------- brand + task + kind


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("霁川科技推出的霁川眼底筛查系统已在8家社区医院使用。", "霁川眼底筛查系统", "Product"),
        ("朔禾智能发布朔禾分子生成平台，面向药企开放。", "朔禾分子生成平台", "Platform"),
        ("砚岚医疗上线砚岚胸痛预警系统。", "砚岚胸痛预警系统", "Product"),
    ],
)
def test_a_brand_before_a_known_task_and_a_kind_is_an_offering(
    text: str, name: str, cls: str
) -> None:
    assert _classes(text).get(name) == {cls}, _classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "多家医院部署了眼底筛查系统。",
        "基层眼底筛查系统覆盖率仍然偏低。",
        "放射科使用肺结节辅助诊断软件。",
        "各地正在建设智能问诊系统。",
        "该系统已接入本平台。",
        "三是与栖州市人民医院合作开发心衰风险预测模型。",
        "在重症监护室试点脓毒症早期预警模型。",
        "栖州市眼底筛查平台已覆盖全市。",
    ],
)
def test_a_task_and_a_kind_without_a_brand_is_no_name(text: str) -> None:
    found = _classes(text)
    assert not any(cls & {"Product", "Platform", "AIModel"} for cls in found.values()), found


# ---------------------------------------------------------------- a company's brand + one word


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("汀澜科技成立于2020年。其产品汀澜问诊主要用于预问诊。", "汀澜问诊"),
        ("栖桐医疗的核心产品有两款，栖桐肺影用于肺结节筛查。", "栖桐肺影"),
        ("岑朗科技表示，岑朗心电已进入社区卫生服务中心。", "岑朗心电"),
        ("黎岫科技的禾穗助手之外，黎岫病历质控助手也已上线。", "黎岫病历质控助手"),
    ],
)
def test_a_companys_brand_and_a_field_word_is_its_offering(text: str, name: str) -> None:
    assert _classes(text).get(name) == {"Product"}, _classes(text)


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("汀澜科技表示，汀澜团队将继续扩大。", "汀澜团队"),
        ("汀澜科技成立后，汀澜数据显示收入增长。", "汀澜数据"),
        ("汀澜科技的汀澜影像业务增长较快。", "汀澜影像"),
        ("汀澜科技此前完成融资，汀澜将于明年扩产。", "汀澜将于"),
        ("汀澜科技推出汀澜心电 2.0，用于基层。", "汀澜心电"),
        ("沧禾影像科技有限公司成立于2019年，沧禾影像已服务200家医院。", "沧禾影像"),
    ],
)
def test_a_brand_and_a_word_about_the_firm_is_no_offering(text: str, not_a_name: str) -> None:
    found = _classes(text)
    assert not found.get(not_a_name, set()) & {"Product", "Platform", "AIModel"}, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("其产品珩渡问诊主要用于预问诊。", "珩渡问诊"),
        ("公司旗下珩渡心电已覆盖多个乡镇。", "珩渡心电"),
        ("公司旗下有珩渡问诊、珩渡导诊两款产品。", "珩渡问诊"),
    ],
)
def test_an_offering_cue_before_a_brand_and_a_field_word_names_it(text: str, name: str) -> None:
    assert _classes(text).get(name) == {"Product"}, _classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "医院推出智能问诊，患者可在线挂号。",
        "该院上线远程心电，覆盖10个乡镇。",
        "公司发布新版影像，用于体检。",
    ],
)
def test_an_offering_cue_before_ordinary_words_names_nothing(text: str) -> None:
    found = _classes(text)
    assert not any(cls & {"Product"} for cls in found.values()), found


def test_a_field_word_needs_the_brand_of_a_company_in_the_text() -> None:
    found = _classes("专家认为，远程问诊已经普及。")
    assert not any(cls & {"Product"} for cls in found.values()), found


# ---------------------------------------------------------------- brand + Latin name or version


def test_a_named_maker_before_a_latin_name_is_its_maker_not_part_of_the_name() -> None:
    found = _classes("蔺川科技发布蔺川Path 2.1。")
    assert found.get("Path 2.1") == {"Product"}, found
    assert "蔺川Path 2.1" not in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("旗下沅芷FFR 2.0用于冠脉分析。", "沅芷FFR 2.0"),
        ("苒汀医疗的苒汀-Onco已上线。", "苒汀-Onco"),
        ("沐垣科技推出沐垣·灵犀，用于随访管理。", "沐垣·灵犀"),
        ("芮岭-Onco已在10家医院部署。", "芮岭-Onco"),
    ],
)
def test_a_brand_keeps_the_latin_name_or_version_after_it(text: str, name: str) -> None:
    assert _classes(text).get(name) == {"Product"}, _classes(text)


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("该院引入冠脉CTA 2.0方案。", "冠脉CTA 2.0"),
        ("研究团队使用GPT-4评估病历。", "团队GPT-4"),
        ("蔺川科技成立于2021年，蔺川CEO表示将扩产。", "蔺川CEO"),
        ("蔺川科技宣布，蔺川Pre-A轮融资已完成。", "蔺川Pre-A"),
        ("华东-Pro版本即将发布。", "华东-Pro"),
    ],
)
def test_anatomy_or_a_verb_before_a_latin_name_is_no_brand(text: str, not_a_name: str) -> None:
    found = _classes(text)
    assert not_a_name not in found, found


# ---------------------------------------------------------------- what must not change


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("汀澜科技与安川市第一人民医院合作。", "安川市第一人民医院", "Hospital"),
        ("汀澜科技与安川市第一人民医院合作。", "汀澜科技", "Company"),
    ],
)
def test_companies_and_hospitals_keep_their_class(text: str, name: str, cls: str) -> None:
    assert _classes(text).get(name) == {cls}, _classes(text)
