"""What the labelled lines of an entry state, and what a digest entry's lines say of its policy.

A platform's entry lists its facts as labelled lines, often in two languages
(``代表用户 Reference sites：A、B``, ``基于平台的模型 Models on the platform：X、Y``,
``底座 Foundation：基于Z``); each line speaks for itself, so a hospital named in a later line of
the same paragraph is no issuer. A policy digest's entry (``一、《P》`` on a line of its own)
says what P pushes in lines that do not name it (``要点：鼓励…开展智能分诊``). A cloud an
offering runs on (``部署在腾讯云上``) is what it is built on, not where it is deployed; an
offering that enters a hospital (``进入X医院``) or is used there (``在X医院的应用中``) is
deployed there; a model ``由A公司与B医院共同研发`` is both makers'. The vendors of a share table
work in the market its caption (or the document's title) names. Every name here is invented
for these tests; each case names the facts it must state and the facts it must not.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from relation_support import Fact, check_relations, facts_of

_PLATFORM_ENTRY = (
    "# 平台生态\n\n## 一、汀枢医疗智算平台 TingShu Compute Platform\n\n"
    "- 开发方 Developer：北京汀枢智算科技有限公司\n"
    "- 底座 Foundation：基于汀腾AI基础平台与TingSpore框架\n"
    "- 基于平台的模型 Models on the platform：汀枢影像大模型、汀枢病历大模型\n"
    "- 代表用户 Reference sites：岭南医科大学第二医院、汀陵市中心医院\n"
)
_PLATFORM_NAMES = {
    "汀枢医疗智算平台": "Platform",
    "北京汀枢智算科技有限公司": "Company",
    "汀腾AI基础平台": "Platform",
    "TingSpore": "Platform",
    "汀枢影像大模型": "AIModel",
    "汀枢病历大模型": "AIModel",
    "岭南医科大学第二医院": "Hospital",
    "汀陵市中心医院": "Hospital",
}

_CASES = [
    (
        "zh-a-platform-entry-in-two-languages",
        _PLATFORM_ENTRY,
        _PLATFORM_NAMES,
        {
            ("北京汀枢智算科技有限公司", "develops", "汀枢医疗智算平台"),
            ("汀枢医疗智算平台", "basedOn", "汀腾AI基础平台"),
            ("汀枢医疗智算平台", "basedOn", "TingSpore"),
            ("汀枢影像大模型", "basedOn", "汀枢医疗智算平台"),
            ("汀枢病历大模型", "basedOn", "汀枢医疗智算平台"),
            ("汀枢医疗智算平台", "deployedAt", "岭南医科大学第二医院"),
            ("汀枢医疗智算平台", "deployedAt", "汀陵市中心医院"),
        },
        {("汀枢医疗智算平台", "basedOn", "汀枢影像大模型")},
    ),
    (
        "zh-an-applications-line-under-a-heading-naming-no-one-platform",
        "# 生态\n\n## 二、汀拉平台与MONAI\n\n"
        "- 基于平台的应用 Applications：汀衡医疗的汀衡心脏分析基于MONAI开发；"
        "汀北医院基于汀拉平台训练了汀肝分割模型。\n",
        {
            "汀拉平台": "Platform",
            "MONAI": "Platform",
            "汀衡医疗": "Company",
            "汀衡心脏分析": "Product",
            "汀北医院": "Hospital",
            "汀肝分割模型": "AIModel",
        },
        set(),
        {("汀拉平台", "basedOn", "MONAI"), ("汀肝分割模型", "basedOn", "MONAI")},
    ),
    (
        "zh-each-labelled-line-speaks-for-itself",
        "汀装运维政策月报\n\n一、《汀州省医学装备资产数字化管理规范》\n"
        "发布部门：汀州省卫生健康委员会\n"
        "发布时间：2025-01-07\n"
        "要点：首批试点单位为汀州大学附属第一医院等12家医院。\n",
        {
            "汀州省医学装备资产数字化管理规范": "Policy",
            "汀州省卫生健康委员会": "GovernmentBody",
            "汀州大学附属第一医院": "Hospital",
        },
        {
            ("汀州省医学装备资产数字化管理规范", "issuedBy", "汀州省卫生健康委员会"),
            ("汀州省医学装备资产数字化管理规范", "issuedOn", "2025-01-07"),
        },
        {("汀州省医学装备资产数字化管理规范", "issuedBy", "汀州大学附属第一医院")},
    ),
    (
        "zh-a-digest-entrys-points-speak-of-its-policy",
        "汀烟政策月报\n\n四、《汀州控烟行动实施方案（2025—2030年）》\n"
        "发布部门：汀州省卫生健康委员会\n"
        "要点：到2030年，成人吸烟率降至20%以下；鼓励利用人工智能开展智能分诊。"
        "规范自2025年5月1日起施行。\n",
        {
            "汀州控烟行动实施方案（2025—2030年）": "Policy",
            "汀州省卫生健康委员会": "GovernmentBody",
        },
        {("汀州控烟行动实施方案（2025—2030年）", "promotes", "智能分诊")},
        {("汀州控烟行动实施方案（2025—2030年）", "issuedOn", "2025-05-01")},
    ),
    (
        "zh-the-vendors-of-a-share-table-work-in-the-market-its-caption-names",
        "# 第四章 汀州影像市场测算\n\n表4-2 2024年中国汀影云市场厂商份额\n\n"
        "| 厂商 | 市场份额 |\n| --- | --- |\n| 汀联云科技有限公司 | 18.7% |\n"
        "| 汀瞳医疗 | 14.2% |\n| 其他 | 67.1% |\n",
        {"汀联云科技有限公司": "Company", "汀瞳医疗": "Company"},
        {
            ("汀联云科技有限公司", "operatesIn", "汀影云"),
            ("汀瞳医疗", "operatesIn", "汀影云"),
        },
        set(),
    ),
    (
        "zh-else-the-market-the-documents-title-names",
        "# 第四章 中国汀械智慧运维市场规模测算\n\n表4-2 主要厂商2024年营收与份额\n\n"
        "| 厂商 | 营收（亿元） | 市场份额 |\n| --- | --- | --- |\n| 汀维医疗 | 2.1 | 7.2% |\n",
        {"汀维医疗": "Company"},
        {("汀维医疗", "operatesIn", "汀械智慧运维")},
        set(),
    ),
    (
        "zh-a-cloud-it-runs-on-is-its-base-not-its-site",
        "# 生态\n\n汀养云脑由汀膳数字健康开发，部署在汀讯云上，提供营养风险筛查能力。\n",
        {"汀养云脑": "Platform", "汀膳数字健康": "Company", "汀讯云": "Company"},
        {("汀养云脑", "basedOn", "汀讯云")},
        {("汀养云脑", "deployedAt", "汀讯云")},
    ),
    (
        "zh-an-offering-enters-a-hospital",
        "# 白皮书\n\n汀龄智评由汀康数据开发。2025年，汀龄智评进入汀州市妇幼保健院，"
        "用于生长发育评估。\n",
        {"汀龄智评": "Product", "汀康数据": "Company", "汀州市妇幼保健院": "Hospital"},
        {("汀龄智评", "deployedAt", "汀州市妇幼保健院")},
        set(),
    ),
    (
        "zh-its-use-at-a-named-hospital",
        "# 调查\n\n值得关注的是，汀准Q-BMD在汀屿市中心医院的应用中，发现了1,372例骨量减少患者。\n",
        {"汀准Q-BMD": "Product", "汀屿市中心医院": "Hospital"},
        {("汀准Q-BMD", "deployedAt", "汀屿市中心医院")},
        set(),
    ),
    (
        "zh-a-firm-and-a-hospital-department-made-it-together",
        "# 白皮书\n\n汀问狼疮风险模型以尿蛋白等指标为输入。该模型由北京汀问精准医学科技有限公司与"
        "汀和医院风湿免疫科共同研发。\n",
        {
            "汀问狼疮风险模型": "AIModel",
            "北京汀问精准医学科技有限公司": "Company",
            "汀和医院": "Hospital",
        },
        {
            ("北京汀问精准医学科技有限公司", "develops", "汀问狼疮风险模型"),
            ("汀和医院", "develops", "汀问狼疮风险模型"),
        },
        set(),
    ),
]


@pytest.mark.parametrize(
    ("text", "names", "expected", "unexpected"),
    [case[1:] for case in _CASES],
    ids=[case[0] for case in _CASES],
)
def test_entry_lines_and_sites(
    tmp_path: Path,
    text: str,
    names: dict[str, str],
    expected: set[Fact],
    unexpected: set[Fact],
) -> None:
    check_relations(tmp_path, text, names, expected, unexpected)


def test_a_count_of_sites_in_a_row_is_no_field_and_a_pointer_is_no_name(tmp_path: Path) -> None:
    """``进入112家医院`` counts where the row's product runs; ``多个（见下文）`` points to the text
    below: neither makes the row's firm work in hospitals or names a model."""
    text = (
        "# 图谱\n\n| 企业 | 产品 | 应用场景 | 部署情况 |\n| --- | --- | --- | --- |\n"
        "| 杭州汀维智能医疗科技有限公司 | 汀维关节超声AI | 手部关节滑膜炎评分 | 进入112家医院 |\n\n"
        "| 平台 | 开发方 | 代表模型 |\n| --- | --- | --- |\n"
        "| 汀拉平台 | 汀拉科技有限公司 | 多个（见下文） |\n"
    )
    names = {
        "杭州汀维智能医疗科技有限公司": "Company",
        "汀维关节超声AI": "Product",
        "汀拉平台": "Platform",
        "汀拉科技有限公司": "Company",
    }
    facts = facts_of(tmp_path, text, names)
    assert ("杭州汀维智能医疗科技有限公司", "develops", "汀维关节超声AI") in facts, facts
    assert not any(p == "operatesIn" for _, p, _ in facts), facts
    assert not any("见下文" in s or "见下文" in o for s, _, o in facts), facts


def test_a_passive_agent_is_no_partner(tmp_path: Path) -> None:
    """``X …, cleared by the FDA in 2024, has signed a partnership with Y``: not the FDA."""
    text = (
        "# Report\n\nVeltrane Neuro markets the TuneArc system, cleared by the FDA in 2024, and "
        "has signed a distribution partnership with Olvane.\n"
    )
    names = {
        "Veltrane Neuro": "Company",
        "TuneArc": "Product",
        "FDA": "GovernmentBody",
        "Olvane": "Company",
    }
    facts = facts_of(tmp_path, text, names)
    assert ("FDA", "partnersWith", "Olvane") not in facts, facts
