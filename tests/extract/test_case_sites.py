"""Where an offering runs when the sentence opens with the site, what a case is for, and
what an offering is built on when a maker, a bare kind or a list stands between them.

``在X医院，平台上线一年后…`` and ``在X医院的应用中，…`` name the site first and the offering
by a bare kind (平台) or not at all (its use, 应用): both stand for the offering just named.
``A基于B开发，…，目前已在X医院试点`` deploys A, not the base B, and ``基于该平台训练的A已在X
上线`` deploys A (made on the platform, not the base itself). A case heading
(``案例一：X医院——主动脉瘤CTA自动测量``) names the task its case's offering addresses.
``X医疗基于Holoscan开发了Y`` and ``在ModelArts平台上训练了“Y”`` build Y on the base named first;
``基于该平台，X推出了Y`` on the platform named before; ``平台上的主要应用包括A和B`` run A and B on
it; ``模型由X基于MONAI训练`` builds the model just named on MONAI. Every
sentence and name here is invented for these tests; each case names the facts it must state and
the facts it must not.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from relation_support import Fact, check_relations

from medatlas.loaders.extract.case_studies import case_heading_tasks
from medatlas.loaders.extract.model import Mention

_CASES = [
    (
        "zh-a-bare-platform-goes-live-at-the-site-the-sentence-opens-with",
        "# 白皮书\n\n汀疡数据推出了汀疡压伤预警平台。在岭川大学附属第二医院，"
        "平台上线一年后院内压力性损伤发生率由2.3%降至0.9%。\n",
        {"汀疡数据": "Company", "汀疡压伤预警平台": "Platform", "岭川大学附属第二医院": "Hospital"},
        {("汀疡压伤预警平台", "deployedAt", "岭川大学附属第二医院")},
        set(),
    ),
    (
        "zh-its-use-at-a-site-is-a-deployment-there",
        "# 白皮书\n\n灼衡烧伤面积评估软件可在床旁完成烧伤面积估算。在岭东烧伤专科医院的应用中，"
        "单例评估用时由25分钟缩短至3分钟。\n",
        {"灼衡烧伤面积评估软件": "Product", "岭东烧伤专科医院": "Hospital"},
        {("灼衡烧伤面积评估软件", "deployedAt", "岭东烧伤专科医院")},
        set(),
    ),
    (
        "zh-the-base-named-on-the-way-is-not-what-was-deployed",
        "# 白皮书\n\n瑞汀生物推出的愈汀护理大模型基于汀云科技云杉千语开发，"
        "训练语料包含约12万份护理记录，目前已在岭江市第一人民医院等17家医院试点。\n",
        {
            "瑞汀生物": "Company",
            "愈汀护理大模型": "AIModel",
            "汀云科技": "Company",
            "云杉千语": "AIModel",
            "岭江市第一人民医院": "Hospital",
        },
        {("愈汀护理大模型", "deployedAt", "岭江市第一人民医院")},
        {("云杉千语", "deployedAt", "岭江市第一人民医院")},
    ),
    (
        "zh-what-is-trained-on-a-platform-is-no-base",
        "# 生态\n\n胚汀平台由苏州胚汀医疗开发。基于该平台训练的胚胎整倍体预测模型"
        "已在岭明妇产医院上线。\n",
        {
            "胚汀平台": "Platform",
            "苏州胚汀医疗": "Company",
            "胚胎整倍体预测模型": "AIModel",
            "岭明妇产医院": "Hospital",
        },
        {("胚胎整倍体预测模型", "deployedAt", "岭明妇产医院")},
        {("胚汀平台", "deployedAt", "岭明妇产医院")},
    ),
    (
        "zh-a-case-heading-names-the-task-of-its-cases-offering",
        "# 案例集\n\n## 案例一：瀚岭大学附属医院——主动脉瘤CTA自动测量\n\n"
        "瀚岭大学附属医院于2024年9月部署了脉汀智能的脉汀主动脉CTA分析系统，"
        "该系统基于汀云平台训练。\n\n"
        "## 案例二：岭湾国际医学中心的跨境预约与远程会诊\n\n"
        "中心联合途汀健康搭建了途汀国际患者服务平台。\n",
        {
            "瀚岭大学附属医院": "Hospital",
            "脉汀智能": "Company",
            "脉汀主动脉CTA分析系统": "Product",
            "汀云平台": "Platform",
            "岭湾国际医学中心": "Hospital",
            "途汀健康": "Company",
            "途汀国际患者服务平台": "Platform",
        },
        {
            ("脉汀主动脉CTA分析系统", "addressesUseCase", "主动脉瘤CTA自动测量"),
            ("途汀国际患者服务平台", "addressesUseCase", "远程会诊"),
        },
        {("汀云平台", "addressesUseCase", "主动脉瘤CTA自动测量")},
    ),
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
def test_case_and_site_relations(
    tmp_path: Path,
    text: str,
    names: dict[str, str],
    expected: set[Fact],
    unexpected: set[Fact],
) -> None:
    check_relations(tmp_path, text, names, expected, unexpected)


def _names(text: str, names: tuple[str, ...]) -> list[Mention]:
    found = []
    for name in names:
        at = text.index(name)
        found.append(Mention(at, at + len(name), name, "Hospital", 0.8, "suffix", name=name))
    return found


@pytest.mark.parametrize(
    ("heading", "names", "tasks"),
    [
        ("案例三：岭南医院——下肢动脉缺血分级", ("岭南医院",), ["下肢动脉缺血分级"]),
        ("案例二：华岭医院的病历翻译与审核流程", ("华岭医院",), ["病历翻译"]),  # 流程: no task
        ("案例一：海岭医院上线“译汀通”实时问诊翻译", ("海岭医院", "译汀通"), ["实时问诊翻译"]),
        ("案例四：岭北医院让AI随访走进社区", ("岭北医院",), []),  # a clause, not a task's name
        ("三、岭西医院——智能导诊", ("岭西医院",), []),  # no case number: not a case's heading
    ],
)
def test_case_heading_tasks(heading: str, names: tuple[str, ...], tasks: list[str]) -> None:
    found = case_heading_tasks(heading, 0, len(heading), _names(heading, names))
    assert [m.text for m in found] == tasks
