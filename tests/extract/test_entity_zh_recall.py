"""Chinese names the reader used to miss in running text, and the phrases that must stay
unnamed: hospitals named by one ordinary word, institutions named by a region's
abbreviation, firms whose brand opens with a measure character, bodies named only with
ordinary words, and cities whose name the tokenizer cuts across.

Every sentence here is invented for these tests (other names, other wording than any report).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medatlas.loaders.extract.entities import discover_entities
from medatlas.loaders.readers.text import read_text


def _found(text: str) -> dict[str, str]:
    """Each discovered name with its class."""
    doc = read_text(Path("a.txt"), text.encode())
    return {m.name: m.cls for m in discover_entities(doc, [])}


# ---------------------------------------------------------------- hospitals by one word


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("河岸医院今年引进了一套影像设备。", "河岸医院"),  # a locality word (s)
        ("复兴医院上线了新的随访系统。", "复兴医院"),  # an adjective (a)
        ("患者随后转诊至光华医院。", "光华医院"),  # a frequent proper noun (nz)
        ("联合湖岸医院开展一项前瞻研究。", "湖岸医院"),  # after a governing verb
        ("和平医院、友谊医院均已接入平台。", "友谊医院"),  # in a list
        ("2024年复兴医院上线了新的随访系统。", "复兴医院"),  # after a date
    ],
)
def test_a_hospital_named_by_one_ordinary_word_is_found(text: str, name: str) -> None:
    assert _found(text).get(name) == "Hospital", _found(text)


@pytest.mark.parametrize(
    "kind",
    [
        "三甲医院",
        "基层医院",
        "公立医院",
        "专科医院",
        "综合医院",
        "互联网医院",
        "试点医院",
        "合作医院",
        "定点医院",
        "智慧医院",
        "县级医院",
        "社区医院",
        "儿童医院",
        "中医医院",
        "各级医院",
        "多家医院",
        "省内医院",
        "附近医院",
        "东部医院",
        "大型医院",
        "慈善医院",
        "野战医院",
        "先进医院",
    ],
)
def test_a_kind_of_hospital_is_no_name(kind: str) -> None:
    found = _found(f"近年来，{kind}纷纷上线了影像辅助诊断系统。")
    assert kind not in found, found
    found = _found(f"{kind}采购了一批设备。")
    assert kind not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "平安医院建设持续推进。",
        "无痛医院上线了新系统。",
        "舒适医院上线了新系统。",
        "光华医院建设持续推进。",  # 光华 names hospitals, but "…医院建设" is a campaign
    ],
)
def test_a_label_hospitals_are_built_towards_is_no_name(text: str) -> None:
    found = _found(text)
    assert not any(cls == "Hospital" for cls in found.values()), found


def test_the_hospital_in_short_is_no_name() -> None:
    found = _found("该院去年采购了一批设备，该医院门诊量增长。")
    assert not any(cls == "Hospital" for cls in found.values()), found


# ---------------------------------------------------------------- place names cut apart


def test_a_place_name_ending_in_a_direction_is_one_word() -> None:
    found = _found("滢南医院联合岚舟科技推出新平台。")
    assert found.get("滢南医院") == "Hospital", found
    assert found.get("岚舟科技") == "Company", found


def test_a_direction_after_a_preposition_is_no_place() -> None:
    found = _found("病人往北医院方向转运。")
    assert "往北医院" not in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("岚城市第三人民医院是首家试点单位。", "岚城市第三人民医院"),
        ("澜门市人民医院上线了新系统。", "澜门市人民医院"),
    ],
)
def test_a_city_cut_across_an_ordinary_word_names_its_hospital(text: str, name: str) -> None:
    assert _found(text).get(name) == "Hospital", _found(text)


@pytest.mark.parametrize("text", ["大城市医院资源集中。", "新城市医院建设提速。", "该城市人民医院"])
def test_a_city_in_general_names_no_hospital(text: str) -> None:
    found = _found(text)
    assert not any(cls == "Hospital" for cls in found.values()), found


# ---------------------------------------------------------------- region abbreviations


def test_an_institution_named_by_a_region_abbreviation_is_found() -> None:
    found = _found("湘鄂大学附属第一医院开展试点。")
    assert found.get("湘鄂大学附属第一医院") == "Hospital", found
    found = _found("江浙大学联合发布报告。")
    assert found.get("江浙大学") == "University", found


@pytest.mark.parametrize("text", ["邮电大学开设了课程。", "医改研究院发布报告。"])
def test_an_abbreviated_field_is_no_region(text: str) -> None:
    found = _found(text)
    assert not any(cls in ("University", "ResearchInstitution") for cls in found.values()), found


# ---------------------------------------------------------------- firms after a verb


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("公司近日获得元穹资本独家投资。", "元穹资本"),
        ("本轮获得元栎创投领投。", "元栎创投"),
        ("联合元曜科技推出平台。", "元曜科技"),
    ],
)
def test_a_brand_opening_with_a_measure_character_is_found(text: str, name: str) -> None:
    assert _found(text).get(name) == "Company", _found(text)


@pytest.mark.parametrize("text", ["公司获得亿元资本投资。", "获得该资本投资。"])
def test_an_amount_or_a_determiner_is_no_brand(text: str) -> None:
    found = _found(text)
    assert not any(cls == "Company" for cls in found.values()), found


# ---------------------------------------------------------------- bodies of ordinary words


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("全国智能病理诊断协作组成立。", "全国智能病理诊断协作组"),
        ("国家卫生健康技术推广协作网成立。", "国家卫生健康技术推广协作网"),
        ("医学影像质控专业委员会发布共识。", "医学影像质控专业委员会"),
        ("他当选为数字病理专业委员会委员。", "数字病理专业委员会"),
    ],
)
def test_a_body_named_with_ordinary_words_is_found(text: str, name: str) -> None:
    assert _found(text).get(name) == "Association", _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "相关协会发布了共识。",
        "行业协会发布了共识。",
        "各学会发布了共识。",
        "该委员会发布了共识。",
        "该专业委员会发布了共识。",
        "多家行业协会参与起草。",
        "中国已有多个行业协会。",
        "国家鼓励成立行业联盟。",
        "中国发展医疗人工智能产业联盟。",
        "全国首个人工智能协会成立。",
        "与相关专业委员会合作。",
        "学会下设影像专业委员会。",
    ],
)
def test_bodies_in_general_are_no_name(text: str) -> None:
    found = _found(text)
    assert not any(cls == "Association" for cls in found.values()), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("本指南由岚智协同创新联盟牵头编写。", "岚智协同创新联盟"),
        ("澜禾影像协同发展联盟今日成立。", "澜禾影像协同发展联盟"),
    ],
)
def test_a_field_verb_inside_an_association_name_does_not_end_it(text: str, name: str) -> None:
    assert _found(text).get(name) == "Association", _found(text)


@pytest.mark.parametrize(
    "text", ["岚禾科技宣布成立创新联盟。", "多家医院发起协同创新联盟。", "各方推动建立合作联盟。"]
)
def test_a_verb_before_an_alliance_is_no_name(text: str) -> None:
    found = _found(text)
    assert not any(cls == "Association" for cls in found.values()), found
