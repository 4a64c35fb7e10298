"""Devices and their makers' names: an English offering typed by the device noun after it, a
regulator's status and a therapy's initials that are no names, and a Chinese hospital name that
opens with a noun the tagger files as an adverb (首都).

Every sentence and name here is invented for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medatlas.loaders.extract.entities import discover_entities
from medatlas.loaders.readers.markdown import read_markdown
from medatlas.loaders.readers.text import read_text


def _classes(text: str) -> dict[str, str]:
    """Each discovered name in English *text* with its class."""
    doc = read_text(Path("a.txt"), text.encode())
    return {m.text: m.cls for m in discover_entities(doc, [])}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Corvane leads the market, helped by its TremaSense adaptive DBS feature.",
            "TremaSense",
        ),
        (
            "Among smaller players, Veltrix Neuro markets the CortiLoop closed-loop SCS system.",
            "CortiLoop",
        ),
        ("Halvern Labs sells the SomnArc neurofeedback headband in 9 countries.", "SomnArc"),
        ("Quenby's Stentara received FDA Breakthrough Device designation in 2024.", "Stentara"),
    ],
)
def test_a_device_noun_or_status_after_a_name_makes_it_an_offering(text: str, name: str) -> None:
    assert _classes(text).get(name) == "Product"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Stentara received FDA Breakthrough Device designation in 2024.",
            "FDA Breakthrough Device",
        ),
        ("Corvane leads DBS with an estimated 41% share of the market.", "DBS"),
        ("Sales of SCS and TMS systems grew 12% last year.", "TMS"),
    ],
)
def test_no_name_from_a_status_or_a_therapys_initials(text: str, absent: str) -> None:
    assert absent not in _classes(text)


def test_a_hospital_of_the_capital_keeps_its_first_word() -> None:
    doc = read_markdown(Path("a.md"), "首都岭河医院于2024年3月上线汀澜会诊平台。".encode())
    names = {m.text for m in discover_entities(doc, []) if m.cls == "Hospital"}
    assert "首都岭河医院" in names and "岭河医院" not in names


def test_a_count_of_cards_ends_an_english_name() -> None:
    doc = read_markdown(Path("a.md"), "该一体机内置Corvane Q20 GPU 8卡，预装岭医模型。".encode())
    names = {m.text for m in discover_entities(doc, [])}
    assert not any(n.endswith(" 8") for n in names), names


def test_a_column_of_groups_names_no_one() -> None:
    text = (
        "# 调查\n\n| 分组 | 机构数（家） | 占比 |\n| --- | --- | --- |\n"
        "| 公立三级医院生殖中心 | 231 | 64.7% |\n| 民营生殖专科机构 | 47 | 13.2% |\n"
        "| 中西部地区 | 174 | 48.7% |\n"
    )
    doc = read_markdown(Path("a.md"), text.encode())
    names = {m.text for m in discover_entities(doc, []) if m.cls not in ("Segment", "UseCase")}
    assert not names & {"民营生殖专科机构", "中西部地区", "公立三级医院生殖中心"}, names


def test_a_licence_in_title_marks_is_no_document() -> None:
    text = (
        "截至2024年底，取得《医疗机构执业许可证》的机构约1.38万家，另有产品获《医疗器械注册证》。"
    )
    doc = read_markdown(Path("a.md"), text.encode())
    names = {m.text for m in discover_entities(doc, [])}
    assert not names & {"医疗机构执业许可证", "医疗器械注册证"}, names


def test_a_verb_before_an_acronym_takes_no_device_noun() -> None:
    assert _classes("Quenbeat makes AI software for heart clinics.").get("Quenbeat") != "Product"


def test_a_name_and_its_other_script_in_brackets_are_one() -> None:
    from medatlas.loaders.extract.bilingual_names import bilingual_aliases
    from medatlas.loaders.extract.model import Mention

    text = "Quenbeat (岭心医疗) raised RMB 350 million."
    doc = read_markdown(Path("a.md"), text.encode())
    at = doc.text.index("Quenbeat")
    zh = doc.text.index("岭心医疗")
    mentions = [
        Mention(at, at + 8, "Quenbeat", "Company", 0.7, "test", name="Quenbeat"),
        Mention(zh, zh + 4, "岭心医疗", "Company", 0.8, "test", name="岭心医疗"),
    ]
    names = {m.name for m in bilingual_aliases(doc, mentions)}
    assert len(names) == 1, names


def test_an_offering_named_after_its_makers_name_without_its_brand() -> None:
    text = (
        "# 白皮书\n\n| 企业 | 产品 |\n| --- | --- |\n"
        "| 深圳岭至医疗器械有限公司 | 岭至闭环刺激器 |\n\n"
        "岭至医疗的闭环刺激器于2025年3月获批上市。\n"
    )
    doc = read_markdown(Path("a.md"), text.encode())
    found = [m for m in discover_entities(doc, []) if m.text == "闭环刺激器"]
    assert found and all(m.name == "岭至闭环刺激器" for m in found), found
