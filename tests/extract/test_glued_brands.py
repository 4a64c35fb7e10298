"""Names in mixed scripts: a maker's brand glued to a Latin name, a quoted name glossed inside
its quotes, accented Latin names, and a Latin name a Chinese sentence launches.

``锐汀FractureEye`` (made by 锐汀科技) is one offering, and ``FractureEye`` alone later is the same
one; ``迈汀CT`` (the firm's scanners) is no name; a kind written right after the Latin part
belongs to the name (``明汀PathOne病理大模型``) unless a verb comes first. A quoted name with its
English gloss inside the quotes (``“DRG智能编码助手（DRG CodePilot）”``) is the Chinese name. A
brand of ordinary words (天枢 of 天枢科技) with its words and kind
(``天枢运动损伤风险评估系统``) names an offering too. Every name here is invented for these tests.
"""

from __future__ import annotations

import pytest
from entity_support import discovered, found_names


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "锐汀科技成立于2019年，推出了锐汀FractureEye，已在多家医院部署。FractureEye基于深度学习。",
            {"锐汀FractureEye": "Product"},
            {"FractureEye"},
        ),
        (
            "郑州心汀医疗器械有限公司研发的心汀ECG-AI已获二类证。",
            {"心汀ECG-AI": "Product"},
            set(),
        ),
        (
            "明汀科技发布了明汀PathOne病理大模型，参数规模为70亿。",
            {"明汀PathOne病理大模型": "AIModel"},
            {"明汀PathOne"},
        ),
        (
            "律汀科技成立于2018年。律汀ECG-Brain基于律汀科技自研的心电大模型。",
            {"律汀ECG-Brain": "Product"},
            {"律汀ECG-Brain基于律汀科技自研的心电大模型"},
        ),
        ("迈汀医疗器械集团成立于2001年，迈汀CT装机量约2300台。", {}, {"迈汀CT"}),
        (
            "算汀医疗基于盘汀大模型开发了“DRG智能编码助手（DRG CodePilot）”，面向病案编码。",
            {"DRG智能编码助手": "Product"},
            {"DRG智能编码助手（DRG CodePilot）"},
        ),
        (
            "启明医院与深圳天枢科技有限公司合作，为286名球员部署了天枢运动损伤风险评估系统。",
            {"天枢运动损伤风险评估系统": "Product"},
            set(),
        ),
        (
            "Nestlé Health Science partnered with Dietra Labs on a nutrition app.",
            {"Nestlé Health Science": "Company", "Dietra Labs": "Company"},
            set(),
        ),
    ],
    ids=[
        "a-makers-brand-glued-to-a-latin-name",
        "the-brand-of-a-device-maker",
        "a-kind-after-the-latin-part-belongs-to-the-name",
        "a-verb-ends-the-name",
        "a-modality-after-a-brand-is-no-name",
        "a-quoted-name-glossed-inside-its-quotes",
        "a-brand-of-ordinary-words-its-words-and-its-kind",
        "accented-latin-names",
    ],
)
def test_names_in_mixed_scripts(text: str, present: dict[str, str], absent: set[str]) -> None:
    found = found_names(text)
    assert present.items() <= found.items(), found
    assert not absent & found.keys(), found


def test_a_latin_name_a_chinese_sentence_launches_is_an_offering() -> None:
    found = found_names("锐汀科技推出了FractureEye，已在汀宁市中心医院等医院部署。")
    assert found.get("FractureEye") == "Product", found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("安心健康医疗科技推出的“安心体检AI解读”已覆盖30个城市。", "安心体检AI解读"),
        ("启汀医疗的“启汀心脏CT分析”基于MONAI开发。", "启汀心脏CT分析"),
    ],
    ids=["common-words-a-firm-launched", "quoted-after-a-firms-possessive"],
)
def test_a_firms_quoted_launch_is_an_offering(text: str, name: str) -> None:
    found = found_names(text)
    assert found.get(name) == "Product", found


def test_an_english_name_in_pinyin_is_the_chinese_firm() -> None:
    """A bilingual report's English half names the firm by its brand's pinyin."""
    names = {
        m.text: (m.name, m.cls)
        for m in discovered(
            (
                "# 生态\n\n汀域院感平台由北京汀域科技有限公司开发。\n\n"
                "TingYu Hygiene IoT, developed by Beijing TingYu Technology, connects robots.\n"
            ),
        )
    }
    assert names["Beijing TingYu Technology"] == ("北京汀域科技有限公司", "Company"), names
