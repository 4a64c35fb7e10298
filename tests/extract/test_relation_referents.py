"""Relations whose end a sentence only points back to, and sites, bases, partners and table
tasks in other wordings.

``该模型已于…在X医院上线`` after ``Y大模型基于阿里云通义千问微调``: the model is Y (the one whose
name calls it a model), not its base; a vocabulary word that holds the noun (``垂直大模型``) is
no referent. A clause that opens with a bare ``医院`` stands for the hospital the text is about,
unless a firm was the subject last. Every sentence here is invented (made-up companies,
hospitals and products); each case names the facts it must state and the facts it must not.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from relation_support import Fact, check_relations

_CASES = [
    (
        "zh-the-model-is-the-one-named-a-model-not-its-base",
        "# 白皮书\n\n汀澜透析大模型TL-Nephro基于阿里云通义千问进行领域微调，用于生成透析记录。"
        "该模型已于2025年3月在岭南肾病专科医院上线试运行。\n",
        {
            "汀澜透析大模型TL-Nephro": "Product",
            "阿里云": "Company",
            "通义千问": "AIModel",
            "岭南肾病专科医院": "Hospital",
        },
        {("汀澜透析大模型TL-Nephro", "deployedAt", "岭南肾病专科医院")},
        {("通义千问", "deployedAt", "岭南肾病专科医院")},
    ),
    (
        "zh-a-vocabulary-word-holding-the-noun-is-no-referent",
        "# 平台\n\n**岭护大模型**：岭护科技基于云杉盘古大模型微调的护理垂直大模型，"
        "参数量130亿。该模型已在汀州市第一人民医院上线，用于护理记录生成。\n",
        {
            "岭护大模型": "AIModel",
            "岭护科技": "Company",
            "云杉盘古大模型": "AIModel",
            "汀州市第一人民医院": "Hospital",
        },
        {("岭护大模型", "deployedAt", "汀州市第一人民医院")},
        {("云杉盘古大模型", "deployedAt", "汀州市第一人民医院")},
    ),
    (
        "zh-a-model-used-for-a-hospitals-work-runs-there",
        "# 生态\n\n岭神推出岭神脑影RS-Brain模型。该模型已用于汀南医科大学附属医院的急性卒中分诊，"
        "平均分诊时间缩短了12分钟。\n",
        {"岭神脑影RS-Brain": "AIModel", "汀南医科大学附属医院": "Hospital"},
        {("岭神脑影RS-Brain", "deployedAt", "汀南医科大学附属医院")},
        set(),
    ),
    (
        "zh-a-bare-hospital-opening-a-clause-is-the-one-the-text-is-about",
        "# 案例\n\n汀湖大学附属中山医院是一家三甲医院。"
        "2024年10月，医院与云杉科技合作建成院内算力中心。"
        "在平台层，医院引入了岭衍数据的“衍枢”大模型管理平台。\n",
        {
            "汀湖大学附属中山医院": "Hospital",
            "云杉科技": "Company",
            "岭衍数据": "Company",
            "衍枢": "Platform",
        },
        {
            ("汀湖大学附属中山医院", "partnersWith", "云杉科技"),
            ("衍枢", "deployedAt", "汀湖大学附属中山医院"),
        },
        set(),
    ),
    (
        "zh-a-bare-hospital-after-a-firms-sentence-is-no-one",
        "# 名录\n\n汀湖大学附属中山医院：三级甲等综合医院。\n\n"
        "岭衍数据：成立于2019年。医院与云杉科技签约。\n",
        {"汀湖大学附属中山医院": "Hospital", "岭衍数据": "Company", "云杉科技": "Company"},
        set(),
        {("汀湖大学附属中山医院", "partnersWith", "云杉科技")},
    ),
    (
        "zh-a-site-goes-live-with-an-offering-built-on-a-model",
        "# 案例\n\n汀湖大学附属中山医院是一家三甲医院。"
        "在此基础上，医院上线了基于DeepSeek-R1蒸馏模型的病历质控助手"
        "和基于云杉盘古大模型的智能导诊系统。\n",
        {
            "汀湖大学附属中山医院": "Hospital",
            "DeepSeek-R1": "AIModel",
            "病历质控助手": "Product",
            "云杉盘古大模型": "AIModel",
        },
        {
            ("病历质控助手", "basedOn", "DeepSeek-R1"),
            ("病历质控助手", "deployedAt", "汀湖大学附属中山医院"),
        },
        {("病历质控助手", "basedOn", "云杉盘古大模型")},
    ),
    (
        "table-a-task-cell-joining-two-words-is-one-task",
        "# 图谱\n\n| 企业 | 产品 | 应用场景 |\n| --- | --- | --- |\n"
        "| 岭清数据 | 岭清透析大模型 | 透析病历生成与质控 |\n"
        "| 汀康智瘤 | 汀康会诊平台 | MDT与治疗决策支持 |\n"
        "| 云杉影像 | 云杉读片 | 病历生成、质控 |\n",
        {
            "岭清数据": "Company",
            "岭清透析大模型": "AIModel",
            "汀康智瘤": "Company",
            "汀康会诊平台": "Platform",
            "云杉影像": "Company",
            "云杉读片": "Product",
        },
        {
            ("岭清透析大模型", "addressesUseCase", "透析病历生成与质控"),
            ("汀康会诊平台", "addressesUseCase", "MDT与治疗决策支持"),
        },
        {("云杉读片", "addressesUseCase", "病历生成、质控")},
    ),
    (
        "zh-the-party-is-the-subsidiary-not-its-parent",
        "# 白皮书\n\n2024年，汀澄医疗与云杉集团旗下的云杉云签署合作协议，联合推进边缘推理部署。\n",
        {"汀澄医疗": "Company", "云杉集团": "Company", "云杉云": "Company"},
        {("汀澄医疗", "partnersWith", "云杉云"), ("云杉云", "subsidiaryOf", "云杉集团")},
        {("汀澄医疗", "partnersWith", "云杉集团"), ("云杉云", "subsidiaryOf", "汀澄医疗")},
    ),
    (
        "zh-two-who-made-an-offering-together-are-partners",
        "# 调查\n\n岭安风险评估系统由苏州岭安医疗与姑苏医学院护理学院联合研发，使用35万例数据。\n",
        {
            "岭安风险评估系统": "Product",
            "苏州岭安医疗": "Company",
            "姑苏医学院护理学院": "University",
        },
        {("苏州岭安医疗", "partnersWith", "姑苏医学院护理学院")},
        set(),
    ),
    (
        "zh-what-a-firm-launched-is-what-is-used-not-its-base",
        "# 测算\n\n成都岭研数据科技有限公司发布的“岭研GPT”以通义千问为基座，主要用于术后随访。\n",
        {"成都岭研数据科技有限公司": "Company", "岭研GPT": "AIModel", "通义千问": "AIModel"},
        {("岭研GPT", "addressesUseCase", "术后随访")},
        {
            ("成都岭研数据科技有限公司", "addressesUseCase", "术后随访"),
            ("通义千问", "addressesUseCase", "术后随访"),
        },
    ),
    (
        "zh-who-led-and-who-joined-both-built-it",
        "# 案例\n\n汀岭省卫生健康委员会牵头，"
        "联合云杉电信汀岭分公司建设了省级医疗算力共享平台“岭算云”。"
        "接入医院可调用汀岭省人民医院牵头训练的“汀医大模型”。\n",
        {
            "汀岭省卫生健康委员会": "GovernmentBody",
            "云杉电信汀岭分公司": "Company",
            "岭算云": "Platform",
            "汀岭省人民医院": "Hospital",
            "汀医大模型": "AIModel",
        },
        {
            ("汀岭省卫生健康委员会", "develops", "岭算云"),
            ("云杉电信汀岭分公司", "develops", "岭算云"),
            ("汀岭省人民医院", "develops", "汀医大模型"),
        },
        set(),
    ),
    (
        "zh-partners-who-trained-a-model-made-it",
        "# 案例\n\n东岭妇幼保健院与汀江大学计算机学院合作，基于MONAI框架和院内4台服务器，"
        "训练了产前超声切面质控模型“慧岭QC”。\n",
        {
            "东岭妇幼保健院": "Hospital",
            "汀江大学计算机学院": "University",
            "MONAI": "Platform",
            "慧岭QC": "AIModel",
        },
        {
            ("东岭妇幼保健院", "develops", "慧岭QC"),
            ("汀江大学计算机学院", "develops", "慧岭QC"),
        },
        {("MONAI", "develops", "慧岭QC")},
    ),
    (
        "zh-who-brings-in-what-a-partner-built-made-nothing",
        "# 总结\n\n砚岭市第二人民医院与栖岭信息技术有限公司携手，引入其打造的“栖岭病历助手”，"
        "用于住院病历质控。\n",
        {
            "砚岭市第二人民医院": "Hospital",
            "栖岭信息技术有限公司": "Company",
            "栖岭病历助手": "Product",
        },
        set(),
        {("砚岭市第二人民医院", "develops", "栖岭病历助手")},
    ),
    (
        "zh-a-public-body-builds-a-platform",
        "# 速递\n\n岭南药品评价中心将建设全省统一的药物警戒信号检测平台“药岭云”，"
        "首批接入300家持有人。\n",
        {"岭南药品评价中心": "GovernmentBody", "药岭云": "Platform"},
        {("岭南药品评价中心", "develops", "药岭云")},
        set(),
    ),
    (
        "en-it-went-live-with-a-site",
        "# Review\n\nTarrow Genomics pairs sequencing with an outbreak model called VectaCast. "
        "It went live with the Lingnan provincial CDC in March.\n",
        {
            "Tarrow Genomics": "Company",
            "VectaCast": "AIModel",
            "Lingnan provincial CDC": "GovernmentBody",
        },
        {("VectaCast", "deployedAt", "Lingnan provincial CDC")},
        {("Tarrow Genomics", "deployedAt", "Lingnan provincial CDC")},
    ),
    (
        "en-a-partnership-with-a-countrys-firm-past-an-offering",
        "# Report\n\nHangzhou-based Tengxi Medical, maker of the CellVue morphology system, holds "
        "about 4% of the market and entered Southeast Asia through a distribution partnership "
        "with Singapore's Marlow Lab Supplies.\n",
        {"Tengxi Medical": "Company", "CellVue": "Product", "Marlow Lab Supplies": "Company"},
        {("Tengxi Medical", "partnersWith", "Marlow Lab Supplies")},
        set(),
    ),
]


@pytest.mark.parametrize(
    ("text", "names", "expected", "unexpected"),
    [case[1:] for case in _CASES],
    ids=[case[0] for case in _CASES],
)
def test_referent_relations(
    tmp_path: Path,
    text: str,
    names: dict[str, str],
    expected: set[Fact],
    unexpected: set[Fact],
) -> None:
    check_relations(tmp_path, text, names, expected, unexpected)
