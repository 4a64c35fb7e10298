"""What a policy pushes when it names who or what does the task first, deals written with a
description of the firm bought, and tables that say what a row is built on or where it runs.

A push verb may name its actor or its means before the verb that does the task
(``鼓励县级机构引入…``, ``支持应用人工智能开展A和B``, ``推广脓毒症等危重症的智能预警``): the tasks
after that verb are what the policy promotes, a means written before a task
(``人工智能辅助关节影像评估``) is no part of its name, and the condition named on the way (脓毒症)
is not promoted. "bought specimen courier network X" and "acquired Dutch start-up X" buy X; ", and
it acquired X" is the sentence's firm buying, not the partner named before, and "acquired X's unit"
buys a part of X, not X. A firm's "its platform, Y" is its own however long the clause about the
firm runs before it, and "its nurse dispatch platform, Y" says the task Y does. A ``基于`` column
names what a row's model is built on, and a sites table (``医院 | 部署``) deploys its products
there and makes no firm their maker. Every name here is invented for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from relation_support import check_relations, facts_of

from medatlas.loaders.extract.model import Mention
from medatlas.loaders.extract.relation_tables import table_relations
from medatlas.loaders.readers.markdown import read_markdown

_DIGEST = "# 政策速览\n\n一、《{policy}》\n\n发布部门：澈州市卫生健康委员会\n\n要点：{points}\n"

_CASES = [
    (
        "a-means-then-the-verb-that-does-the-tasks",
        _DIGEST.format(
            policy="澈州肝癌早诊早治行动计划",
            points="到2027年筛查覆盖率达到60%；支持应用人工智能开展超声影像辅助识别和肝纤维化无创评估。",
        ),
        {"澈州肝癌早诊早治行动计划": "Policy"},
        {
            ("澈州肝癌早诊早治行动计划", "promotes", "超声影像辅助识别"),
            ("澈州肝癌早诊早治行动计划", "promotes", "肝纤维化无创评估"),
        },
        set(),
    ),
    (
        "the-condition-named-on-the-way-is-not-the-task",
        _DIGEST.format(
            policy="澈州重症资源扩容方案",
            points="三级医院要建设重症信息平台，推广脓毒症等危重症的智能预警。",
        ),
        {"澈州重症资源扩容方案": "Policy"},
        {("澈州重症资源扩容方案", "promotes", "智能预警")},
        {("澈州重症资源扩容方案", "promotes", "脓毒症")},
    ),
    (
        "an-actor-then-the-verb-and-a-means-before-the-task",
        _DIGEST.format(
            policy="澈州两癌筛查提质方案",
            points="鼓励县级妇幼保健机构引入人工智能辅助阅片；鼓励应用人工智能辅助关节影像评估。",
        ),
        {"澈州两癌筛查提质方案": "Policy"},
        {
            ("澈州两癌筛查提质方案", "promotes", "人工智能辅助阅片"),
            ("澈州两癌筛查提质方案", "promotes", "关节影像评估"),
        },
        set(),
    ),
    (
        "deals-that-describe-the-firm-bought",
        "# Deals\n\n"
        "- Cardwell Health bought specimen courier network SpecRunner for $185 million.\n"
        "- PulmoQue acquired Dutch surgical-planning start-up Segmenza BV.\n\n"
        "Helixmoor Logistics announced a partnership with Microsoft, and it acquired the Dutch "
        "sensor maker Koelvis B.V. for $210 million.\n",
        {
            "Cardwell Health": "Company",
            "SpecRunner": "Company",
            "PulmoQue": "Company",
            "Segmenza BV": "Company",
            "Helixmoor Logistics": "Company",
            "Microsoft": "Company",
            "Koelvis B.V.": "Company",
        },
        {
            ("SpecRunner", "acquiredBy", "Cardwell Health"),
            ("Segmenza BV", "acquiredBy", "PulmoQue"),
            ("Koelvis B.V.", "acquiredBy", "Helixmoor Logistics"),
        },
        {("Koelvis B.V.", "acquiredBy", "Microsoft")},
    ),
    (
        "a-part-of-a-firm-bought-and-its-offering-after-a-long-clause",
        "# Review\n\n- Philips acquired CarePoint Nurses' scheduling unit in May.\n\n"
        "Harborview Health, which runs acute hospital-at-home programmes for 14 US health "
        "systems including Atrium Health and Mass General Brigham, will use its Series C to "
        "expand its nurse dispatch platform, HarborNet, into 6 new states.\n",
        {
            "Philips": "Company",
            "CarePoint Nurses": "Company",
            "Harborview Health": "Company",
            "Atrium Health": "Hospital",
            "Mass General Brigham": "Hospital",
            "HarborNet": "Platform",
        },
        {
            ("Harborview Health", "develops", "HarborNet"),
            ("HarborNet", "addressesUseCase", "nurse dispatch"),
        },
        {
            ("Harborview Health", "addressesUseCase", "nurse dispatch"),
            ("CarePoint Nurses", "acquiredBy", "Philips"),
        },
    ),
    (
        "a-built-on-column-and-a-sites-table",
        "# 澈影平台生态\n\n## 模型\n\n"
        "| 模型/应用 Model/App | 开发方 Developer | 基于 Built on | 用途 Use |\n"
        "| --- | --- | --- | --- |\n| 肺澈3D | 上海肺澈智能科技有限公司 | MONAI | 肺结节分割 |\n\n"
        "## 医院部署\n\n| 医院 Hospital | 部署 Deployed | 规模 Scale |\n| --- | --- | --- |\n"
        "| 澈江市第一人民医院 | 肺澈3D、胸澈规划助手 | 年规划约2,300例 |\n",
        {
            "肺澈3D": "AIModel",
            "胸澈规划助手": "Product",
            "上海肺澈智能科技有限公司": "Company",
            "MONAI": "Platform",
            "澈江市第一人民医院": "Hospital",
            "NVIDIA": "Company",
        },
        {
            ("肺澈3D", "basedOn", "MONAI"),
            ("肺澈3D", "deployedAt", "澈江市第一人民医院"),
            ("胸澈规划助手", "deployedAt", "澈江市第一人民医院"),
        },
        set(),
    ),
]


@pytest.mark.parametrize(
    ("text", "names", "expected", "unexpected"),
    [case[1:] for case in _CASES],
    ids=[case[0] for case in _CASES],
)
def test_pushed_tasks_deals_and_tables(
    tmp_path: Path,
    text: str,
    names: dict[str, str],
    expected: set[tuple[str, str, str]],
    unexpected: set[tuple[str, str, str]],
) -> None:
    check_relations(tmp_path, text, names, expected, unexpected)


def test_a_sites_table_makes_no_firm_the_maker(tmp_path: Path) -> None:
    """Under a section about NVIDIA, the hospitals' table says nothing of who made what."""
    text = (
        "# 生态\n\n## NVIDIA Clara\n\nNVIDIA开发的医学影像AI框架。\n\n"
        "| 医院 Hospital | 部署 Deployed | 规模 Scale |\n| --- | --- | --- |\n"
        "| 澈江市第一人民医院 | 肺澈3D | 约2,300例 |\n"
    )
    names = {"NVIDIA": "Company", "肺澈3D": "AIModel", "澈江市第一人民医院": "Hospital"}
    facts = facts_of(tmp_path, text, names)
    assert ("肺澈3D", "deployedAt", "澈江市第一人民医院") in facts, facts
    assert ("NVIDIA", "develops", "肺澈3D") not in facts, facts


def _topic_products(table: str, topic: str, products: list[str]) -> set[str]:
    """What a table under a company's text makes that company develop (topic-product)."""
    text = f"# 报告\n\n{topic}介绍。\n\n{table}"
    document = read_markdown(Path("a.md"), text.encode())
    (block,) = [b for b in document.blocks if b.kind == "table"]
    names = [(topic, "Company"), *((p, "Product") for p in products)]
    mentions = sorted(
        Mention(i, i + len(n), n, cls, 0.9, "test", name=n)
        for n, cls in names
        for i in [document.text.rfind(n)]
    )
    topic_mention = next(m for m in mentions if m.text == topic)
    return {
        c.object.text
        for c in table_relations(document.text, block, mentions, topic=topic_mention)
        if c.predicate == "develops" and c.object is not None
    }


def test_a_table_of_cases_or_of_sites_makes_no_topic_the_maker() -> None:
    """A closing table of cases, or a hospitals' table, lists what several firms made; a
    plain products table under a company's text lists the company's own."""
    cases = "| 案例 | 产品 | 核心指标 |\n| --- | --- | --- |\n| 案例1 | 天澈 | 手术时间 |\n"
    sites = "| 医院 Hospital | 部署 Deployed |\n| --- | --- |\n| 澈江医院 | 天澈 |\n"
    products = "| 产品 | 核心指标 |\n| --- | --- |\n| 天澈 | 手术时间 |\n"
    assert _topic_products(cases, "澈刀医疗", ["天澈"]) == set()
    assert _topic_products(sites, "澈刀医疗", ["天澈"]) == set()
    assert _topic_products(products, "澈刀医疗", ["天澈"]) == {"天澈"}
