"""Relations anchored by the words around a name: the kind before it, the platform it runs on,
the pronoun or noun that stands for it.

After a verb of launching or being, a task and a kind of offering before a name say what that
name does (``核心是医学翻译大模型言汀MedTrans``), and only that name's, not the next one listed.
``其上的“Y”`` and ``平台上的“Y”`` put Y on the platform just named, and that platform is no
subject of what Y is built on. A hospital that partners with a firm and then deploys at one of
its clinics (``与X合作，在Y门诊部署Z``) deploys Z; ``中心`` stands for a 医学中心 named before;
an English ``it is deployed at`` deploys the offering just named; ``built a …, X, on Y`` builds
X on Y; what a vendor runs, holds its share with or funds a round to scale is its own. A
customs house is a site where screening runs and deploys what it builds with a firm; a
bilingual use-case cell names the Chinese task; ``主要部署医院包括A和B`` under a platform's
heading lists its sites. Every name here is invented for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from relation_support import Fact, check_relations

_CASES = [
    (
        "zh-a-task-and-kind-before-a-name-after-a-verb",
        "言汀医学语言平台由北京言汀智能科技有限公司开发，核心是医学翻译大模型言汀MedTrans。"
        "平台上的主要应用包括实时问诊翻译系统“译汀通”和多语种随访机器人。",
        {
            "言汀医学语言平台": "Platform",
            "北京言汀智能科技有限公司": "Company",
            "言汀MedTrans": "AIModel",
            "译汀通": "Product",
            "多语种随访机器人": "Product",
        },
        {
            ("言汀MedTrans", "addressesUseCase", "医学翻译"),
            ("译汀通", "addressesUseCase", "实时问诊翻译"),
        },
        {("多语种随访机器人", "addressesUseCase", "实时问诊翻译")},
    ),
    (
        "zh-on-it-and-on-the-platform",
        "安汀平台由安汀智联科技有限公司开发，以盘汀大模型为底座。"
        "平台上的“PumpTrack”输液泵故障预测模型基于盘汀大模型微调。其上的“肝汀随访助手”已在5家医院使用。",
        {
            "安汀平台": "Platform",
            "安汀智联科技有限公司": "Company",
            "盘汀大模型": "AIModel",
            "PumpTrack": "AIModel",
            "肝汀随访助手": "Product",
        },
        {
            ("安汀平台", "basedOn", "盘汀大模型"),
            ("PumpTrack", "basedOn", "安汀平台"),
            ("PumpTrack", "basedOn", "盘汀大模型"),
            ("肝汀随访助手", "basedOn", "安汀平台"),
        },
        {("肝汀随访助手", "basedOn", "盘汀大模型")},
    ),
    (
        "zh-trained-on-a-platform-with-the-kind-before-the-name",
        "净汀公司基于汀云训练平台训练了环境识别模型“净汀视界”，可自动识别床栏。",
        {"净汀公司": "Company", "汀云训练平台": "Platform", "净汀视界": "AIModel"},
        {("净汀视界", "basedOn", "汀云训练平台")},
        set(),
    ),
    (
        "zh-a-partner-then-where-it-is-deployed",
        "东汀市第一人民医院是区域减重中心。该院营养科与北京轻汀数智合作，在体重管理门诊部署轻汀体重管理大模型。",
        {
            "东汀市第一人民医院": "Hospital",
            "北京轻汀数智": "Company",
            "轻汀体重管理大模型": "AIModel",
        },
        {
            ("轻汀体重管理大模型", "deployedAt", "东汀市第一人民医院"),
            ("东汀市第一人民医院", "partnersWith", "北京轻汀数智"),
        },
        set(),
    ),
    (
        "zh-the-centre-stands-for-the-medical-centre",
        "鹭汀国际医学中心面向东南亚患者提供跨境诊疗服务。2024年，中心联合厦门途汀健康科技有限公司"
        "搭建“途汀国际患者服务平台”。",
        {
            "鹭汀国际医学中心": "Hospital",
            "厦门途汀健康科技有限公司": "Company",
            "途汀国际患者服务平台": "Platform",
        },
        {("鹭汀国际医学中心", "partnersWith", "厦门途汀健康科技有限公司")},
        set(),
    ),
    (
        "zh-a-customs-house-deploys",
        "南汀海关在口岸引入了成都析汀医疗科技有限公司的析汀病原快检系统。",
        {
            "南汀海关": "GovernmentBody",
            "成都析汀医疗科技有限公司": "Company",
            "析汀病原快检系统": "Product",
        },
        {("析汀病原快检系统", "deployedAt", "南汀海关")},
        set(),
    ),
    (
        "zh-a-site-and-a-firm-build-on-the-firms-model",
        "东汀港海关与上海衡汀信息技术有限公司合作，基于衡汀公司的舟汀大模型搭建了口岸智能流调助手。",
        {
            "东汀港海关": "GovernmentBody",
            "上海衡汀信息技术有限公司": "Company",
            "衡汀公司": "Company",
            "舟汀大模型": "AIModel",
            "口岸智能流调助手": "Product",
        },
        {
            ("口岸智能流调助手", "basedOn", "舟汀大模型"),
            ("上海衡汀信息技术有限公司", "develops", "口岸智能流调助手"),
            ("口岸智能流调助手", "deployedAt", "东汀港海关"),
        },
        set(),
    ),
    (
        "zh-a-maker-with-its-short-name-in-brackets",
        "明珠国际机场海关于2024年10月在入境大厅部署了北京瞰汀科技有限公司（简称“瞰汀科技”）的"
        "瞰汀多模态健康筛查系统。",
        {
            "明珠国际机场海关": "GovernmentBody",
            "北京瞰汀科技有限公司": "Company",
            "瞰汀科技": "Company",
            "瞰汀多模态健康筛查系统": "Product",
        },
        {("瞰汀多模态健康筛查系统", "deployedAt", "明珠国际机场海关")},
        set(),
    ),
    (
        "en-what-a-vendor-runs-holds-its-share-with-or-funds",
        "- **Nurture Labs** runs HomeBeat, a remote monitoring platform.\n"
        "- **Spermetrix Ltd** (Cambridge, UK) holds 11% with SpermIQ, a semen analyser.\n\n"
        "Graftwise Health used its Series B to scale RejectSense nationally.\n",
        {
            "Nurture Labs": "Company",
            "HomeBeat": "Platform",
            "Spermetrix Ltd": "Company",
            "SpermIQ": "Product",
            "Graftwise Health": "Company",
            "RejectSense": "Product",
        },
        {
            ("Nurture Labs", "develops", "HomeBeat"),
            ("Spermetrix Ltd", "develops", "SpermIQ"),
            ("Graftwise Health", "develops", "RejectSense"),
        },
        set(),
    ),
    (
        "en-a-site-agrees-with-a-vendor-to-deploy",
        "IVI Lumen Global signed a multi-year agreement with Ovanta Health in January 2025 to "
        "deploy EmbryoLens across 70 laboratories.",
        {"IVI Lumen Global": "Hospital", "Ovanta Health": "Company", "EmbryoLens": "Product"},
        {
            ("EmbryoLens", "deployedAt", "IVI Lumen Global"),
            ("Ovanta Health", "develops", "EmbryoLens"),
        },
        {("IVI Lumen Global", "develops", "EmbryoLens")},
    ),
    (
        "en-it-is-deployed-at",
        "Veridale sells the LimbTrack app, which flags CLTI risk; it is deployed at Ridgeview "
        "Health System across 14 hospitals.",
        {"Veridale": "Company", "LimbTrack": "Product", "Ridgeview Health System": "Hospital"},
        {("LimbTrack", "deployedAt", "Ridgeview Health System")},
        set(),
    ),
    (
        "en-built-a-model-on-a-platform-with-an-apposition",
        "TraceLoop built a contamination-prediction model, WasteTrack, on Amazon SageMaker; a "
        "pilot followed.",
        {"TraceLoop": "Company", "WasteTrack": "AIModel", "Amazon SageMaker": "Platform"},
        {("WasteTrack", "basedOn", "Amazon SageMaker")},
        set(),
    ),
]


@pytest.mark.parametrize(
    ("text", "names", "expected", "unexpected"),
    [case[1:] for case in _CASES],
    ids=[case[0] for case in _CASES],
)
def test_relations_anchored_by_context(
    tmp_path: Path,
    text: str,
    names: dict[str, str],
    expected: set[Fact],
    unexpected: set[Fact],
) -> None:
    check_relations(tmp_path, text, names, expected, unexpected)


def test_a_bilingual_use_case_cell_names_the_chinese_task(tmp_path: Path) -> None:
    text = (
        "# 平台生态\n\n| 应用 App | 开发方 Developer | 场景 Use case |\n| --- | --- | --- |\n"
        "| 衡汀预警系统 | 杭州衡汀医疗科技有限公司 | 脓毒症早期预警 sepsis early warning |\n"
    )
    names = {"衡汀预警系统": "Product", "杭州衡汀医疗科技有限公司": "Company"}
    check_relations(
        tmp_path,
        text,
        names,
        {("衡汀预警系统", "addressesUseCase", "脓毒症早期预警")},
        {("衡汀预警系统", "addressesUseCase", "脓毒症早期预警 sepsis early warning")},
    )


def test_the_sites_a_sentence_lists_under_a_platforms_heading(tmp_path: Path) -> None:
    """``主要部署医院包括A和B`` under a heading that names a platform: the platform's sites."""
    text = (
        "# 平台生态\n\n## 2. 衡汀重症数据平台\n\n衡汀重症数据平台由杭州衡汀医疗科技有限公司开发。"
        "主要部署医院包括浙汀省人民医院和江汀省立医院。\n"
    )
    names = {
        "衡汀重症数据平台": "Platform",
        "杭州衡汀医疗科技有限公司": "Company",
        "浙汀省人民医院": "Hospital",
        "江汀省立医院": "Hospital",
    }
    check_relations(
        tmp_path,
        text,
        names,
        {
            ("衡汀重症数据平台", "deployedAt", "浙汀省人民医院"),
            ("衡汀重症数据平台", "deployedAt", "江汀省立医院"),
        },
        set(),
    )
