"""What an offering is built on, when the maker, a bare kind or a list stands between them.

``X医疗基于Holoscan开发了Y`` and ``在ModelArts平台上训练了“Y”`` build Y on the base named first;
``基于该平台，X推出了Y`` builds Y on the platform named before; ``平台上的主要应用包括A和B``
runs A and B on it; ``模型由X基于MONAI训练`` says the model just named is built on MONAI. The
base of ``在P上基于院内数据训练了Y`` is P, and Y is never P's base. A known offering whose name
opens with a known maker's (``NVIDIA Clara``) is that maker's. A clinical term and its
initials (``踝肱指数（ABI）``) name no organisation, so no figure is read as about one. Every
sentence and name here is invented for these tests; each case names the facts it must state and
the facts it must not.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from relation_support import Fact, check_relations

from medatlas.loaders.extract.entities import discover_entities
from medatlas.loaders.extract.gazetteer import Gazetteer, GazetteerEntry
from medatlas.loaders.extract.relation_makers import maker_prefixes
from medatlas.loaders.readers.markdown import read_markdown

ENTITY_CLASSES = frozenset({"Company", "Organization", "Product", "Platform", "AIModel"})

_CASES = [
    (
        "zh-a-maker-builds-an-offering-on-a-base",
        "# 生态\n\n安汀医疗基于Holoscan开发了安汀NICU边缘监护盒，可在床旁实时分析。\n",
        {"安汀医疗": "Company", "Holoscan": "Platform", "安汀NICU边缘监护盒": "Product"},
        {("安汀NICU边缘监护盒", "basedOn", "Holoscan")},
        set(),
    ),
    (
        "zh-trained-on-a-platform-the-sentence-names-first",
        "# 案例\n\n医院在千汀大模型平台上基于院内数据训练了“长汀宝”。\n",
        {"千汀大模型平台": "Platform", "长汀宝": "AIModel"},
        {("长汀宝", "basedOn", "千汀大模型平台")},
        {("千汀大模型平台", "basedOn", "长汀宝")},
    ),
    (
        "zh-made-on-the-platform-named-before",
        "# 生态\n\n衡汀开放平台由衡汀医疗开发。基于该平台，衡汀医疗推出了配型汀选系统。\n",
        {"衡汀开放平台": "Platform", "衡汀医疗": "Company", "配型汀选系统": "Product"},
        {("配型汀选系统", "basedOn", "衡汀开放平台")},
        set(),
    ),
    (
        "zh-the-apps-on-a-platform",
        "# 生态\n\n## 敏汀开放平台\n\n敏汀开放平台由安汀科技开发。"
        "平台上的主要应用包括膳汀DietScore和餐汀师。\n",
        {
            "敏汀开放平台": "Platform",
            "安汀科技": "Company",
            "膳汀DietScore": "AIModel",
            "餐汀师": "Product",
        },
        {("膳汀DietScore", "basedOn", "敏汀开放平台"), ("餐汀师", "basedOn", "敏汀开放平台")},
        set(),
    ),
    (
        "zh-a-bare-model-made-by-a-maker-on-a-base",
        "# 案例\n\n澜汀AAA筛查模型接入PACS。模型由澜汀医疗基于NVIDIA MONAI训练。\n",
        {"澜汀AAA筛查模型": "AIModel", "澜汀医疗": "Company", "NVIDIA MONAI": "Platform"},
        {("澜汀AAA筛查模型", "basedOn", "NVIDIA MONAI")},
        set(),
    ),
]


@pytest.mark.parametrize(
    ("text", "names", "expected", "unexpected"),
    [case[1:] for case in _CASES],
    ids=[case[0] for case in _CASES],
)
def test_base_relations(
    tmp_path: Path,
    text: str,
    names: dict[str, str],
    expected: set[Fact],
    unexpected: set[Fact],
) -> None:
    check_relations(tmp_path, text, names, expected, unexpected)


def _gazetteer() -> Gazetteer:
    entries = [
        ("t:vantor", "Company", ("Vantor",)),
        ("t:vantor-helm", "Platform", ("Vantor Helm",)),
        ("t:yun", "Company", ("汀云",)),
        ("t:yun-model", "AIModel", ("汀云千语大模型",)),
        ("t:helm-suite", "Product", ("Helm Suite",)),
    ]
    return Gazetteer(GazetteerEntry(iri, cls, names) for iri, cls, names in entries)


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("团队在Vantor Helm上训练了模型。", {("Vantor", "develops", "Vantor Helm")}),
        ("医院采用汀云千语大模型生成病历。", {("汀云", "develops", "汀云千语大模型")}),
        ("Helm Suite is sold in Europe.", set()),  # no maker's name opens it
    ],
)
def test_a_maker_named_at_the_head_of_a_known_offering(
    text: str, facts: set[tuple[str, str, str]]
) -> None:
    gazetteer = _gazetteer()
    found = {
        (c.subject.text, c.predicate, c.object.text)
        for c in maker_prefixes(gazetteer.find(text), gazetteer)
        if c.object is not None
    }
    assert found == facts


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("到2027年，二级以上综合医院踝汀指数（ABX）筛查覆盖率达到80%。", "ABX"),
        ("患者糖化汀红蛋白（HbX1c）控制率提升至60%。", "糖化汀红蛋白"),
    ],
)
def test_a_clinical_term_and_its_initials_name_no_organisation(text: str, absent: str) -> None:
    doc = read_markdown(Path("a.md"), text.encode())
    found = {m.text: m.cls for m in discover_entities(doc, [])}
    assert absent not in found or found[absent] not in ENTITY_CLASSES, found
