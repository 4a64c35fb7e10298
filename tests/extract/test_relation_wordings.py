"""Relations stated in wordings the dev reports do not use: free use cases, first-person
hospitals, owners inside lists, acquisitions, subsidiaries tables.

Every sentence here is invented (made-up companies, hospitals and products); each case names
the facts it must state and the facts it must not.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from relation_support import relations_of

from medatlas.loaders.extract.model import Mention
from medatlas.loaders.extract.relation_usecases import free_use_cases, use_case_cell

Fact = tuple[str, str, str]


def _facts(tmp_path: Path, text: str, names: dict[str, str], suffix: str = ".txt") -> set[Fact]:
    return {
        (
            c.subject.name or c.subject.text,
            c.predicate,
            _object(c.object) if c.object else str(c.date),
        )
        for c in relations_of(tmp_path, text, names, suffix)
    }


def _object(mention: Mention) -> str:
    """The words of an object, or the name a referring word (该院, "The hospital") stands for."""
    return (mention.name or mention.text) if mention.method == "anaphora" else mention.text


_CASES = [
    (
        "zh-the-parts-of-a-firm-s-platform-are-the-firm-s",
        "岚擎云（Lanqing Cloud）是岚擎科技面向医疗健康的计算平台，包含用于医学影像的 衍木框架。",
        {"岚擎云": "Platform", "岚擎科技": "Company", "衍木框架": "Platform"},
        {("岚擎科技", "develops", "衍木框架")},
        set(),
    ),
    (
        "zh-a-firm-s-platform-and-its-frameworks",
        "岚擎科技的岚擎医疗平台及其开源框架衍木框架已被多家企业采用。",
        {"岚擎医疗平台": "Platform", "岚擎科技": "Company", "衍木框架": "Platform"},
        {("岚擎科技", "develops", "衍木框架")},
        set(),
    ),
    (
        "zh-a-platform-a-firm-builds-on-is-not-its-part",
        "岚擎科技基于衍木框架开发了岚擎医疗平台，并与多家医院合作。",
        {"岚擎医疗平台": "Platform", "岚擎科技": "Company", "衍木框架": "Platform"},
        {("岚擎科技", "develops", "岚擎医疗平台")},
        {("岚擎科技", "develops", "衍木框架")},
    ),
    (
        "en-free-use-case-after-for",
        "Norvik Health offers Tallow for wound assessment, and Pellin for billing.",
        {"Norvik Health": "Company", "Tallow": "Product", "Pellin": "Product"},
        {("Tallow", "addressesUseCase", "wound assessment")},
        {("Norvik Health", "addressesUseCase", "wound assessment")},
    ),
    (
        "zh-free-use-case-after-yongyu",
        "甲乙科技推出丙丁系统，主要用于术后伤口评估。",
        {"甲乙科技": "Company", "丙丁系统": "Product"},
        {("丙丁系统", "addressesUseCase", "术后伤口评估"), ("甲乙科技", "develops", "丙丁系统")},
        set(),
    ),
    (
        "zh-a-goal-is-no-use-case",
        "甲乙科技表示，本轮资金将用于提升服务效率。",
        {"甲乙科技": "Company"},
        set(),
        {("甲乙科技", "addressesUseCase", "提升服务效率")},
    ),
    (
        "zh-covers-listed-scenarios",
        "丙丁平台覆盖病历质控、临床科研等场景。",
        {"丙丁平台": "Platform"},
        {
            ("丙丁平台", "addressesUseCase", "病历质控"),
            ("丙丁平台", "addressesUseCase", "临床科研"),
        },
        set(),
    ),
    (
        "zh-use-case-for-an-audience",
        "丙丁系统面向基层医疗机构的慢病管理。",
        {"丙丁系统": "Product"},
        {("丙丁系统", "addressesUseCase", "慢病管理")},
        set(),
    ),
    (
        "zh-audience-modifier-is-no-use-case",
        "丙丁科技主要提供面向三级医院的临床科研数据平台。",
        {"丙丁科技": "Company"},
        set(),
        {("丙丁科技", "addressesUseCase", "临床科研")},
    ),
    (
        "zh-our-hospital-introduced-two-systems",
        "甲乙医院召开年度会议。我院影像科引进的两套系统——丙科技的“丁系统”和戊科技的“己平台”已投入使用。",
        {
            "甲乙医院": "Hospital",
            "丙科技": "Company",
            "戊科技": "Company",
            "丁系统": "Product",
            "己平台": "Platform",
        },
        {
            ("丁系统", "deployedAt", "甲乙医院"),
            ("己平台", "deployedAt", "甲乙医院"),
            ("丙科技", "develops", "丁系统"),
        },
        {("丙科技", "develops", "己平台")},
    ),
    (
        "zh-offering-is-the-orgs-flagship",
        "丙丁平台是甲乙科技的旗舰产品。",
        {"甲乙科技": "Company", "丙丁平台": "Platform"},
        {("甲乙科技", "develops", "丙丁平台")},
        set(),
    ),
    (
        "zh-its-headquarters",
        "甲乙科技是一家医疗AI公司。其总部位于成都。",
        {"甲乙科技": "Company", "成都": "Region"},
        {("甲乙科技", "locatedIn", "成都")},
        set(),
    ),
    (
        "zh-the-company-after-a-date",
        "甲乙科技专注于医学影像。2023年公司与丙丁云合作推出云端版本。",
        {"甲乙科技": "Company", "丙丁云": "Company"},
        {("甲乙科技", "partnersWith", "丙丁云")},
        set(),
    ),
    (
        "zh-merged-into",
        "丙丁科技已并入甲乙集团。",
        {"甲乙集团": "Company", "丙丁科技": "Company"},
        {("丙丁科技", "acquiredBy", "甲乙集团")},
        {("甲乙集团", "acquiredBy", "丙丁科技")},
    ),
    (
        "en-now-part-of",
        "Orrin, now part of Talvek, makes imaging software. Kessel was bought by Talvek in 2023.",
        {"Orrin": "Company", "Talvek": "Company", "Kessel": "Company"},
        {("Orrin", "acquiredBy", "Talvek"), ("Kessel", "acquiredBy", "Talvek")},
        {("Talvek", "acquiredBy", "Orrin")},
    ),
    (
        "zh-partner-is-no-co-launcher",
        "甲乙健康与丙丁云达成合作，推出基于戊己大模型的智能导诊产品“庚辛助手”，可完成分诊推荐。",
        {
            "甲乙健康": "Company",
            "丙丁云": "Company",
            "戊己大模型": "AIModel",
            "庚辛助手": "Product",
        },
        {
            ("甲乙健康", "develops", "庚辛助手"),
            ("甲乙健康", "partnersWith", "丙丁云"),
            ("庚辛助手", "basedOn", "戊己大模型"),
        },
        {("丙丁云", "develops", "庚辛助手"), ("丙丁云", "addressesUseCase", "分诊")},
    ),
    (
        "zh-what-a-product-is-built-on-is-not-its-maker",
        "甲乙医院基于丙丁科技的模型构建了问答助手“戊己”，由本地企业庚辛智能承建，"
        "主要用于诊疗规范查询和医保政策解答。",
        {"甲乙医院": "Hospital", "丙丁科技": "Company", "戊己": "Product", "庚辛智能": "Company"},
        {
            ("庚辛智能", "develops", "戊己"),
            ("戊己", "deployedAt", "甲乙医院"),
            ("庚辛智能", "partnersWith", "甲乙医院"),
            ("戊己", "addressesUseCase", "诊疗规范查询"),
            ("戊己", "addressesUseCase", "医保政策解答"),
        },
        {("丙丁科技", "develops", "戊己")},
    ),
    (
        "zh-its-described-product",
        "甲乙科技宣布，其肺结节筛查软件“丙丁影像”获批上市。",
        {"甲乙科技": "Company", "丙丁影像": "Product"},
        {("甲乙科技", "develops", "丙丁影像")},
        set(),
    ),
    (
        "zh-a-technology-and-a-task-word-name-no-task",
        "甲乙科技专注于病理与检验的人工智能分析。",
        {"甲乙科技": "Company"},
        set(),
        {("甲乙科技", "addressesUseCase", "人工智能分析")},
    ),
    (
        "en-partnership-after-an-apposition",
        "Norvik Health, a leader in clinical AI for acute care, today announced a partnership "
        "with Bramley Health to deploy TriageIQ, its early-warning platform.",
        {"Norvik Health": "Company", "Bramley Health": "Company", "TriageIQ": "Platform"},
        {
            ("Norvik Health", "partnersWith", "Bramley Health"),
            ("TriageIQ", "deployedAt", "Bramley Health"),
        },
        set(),
    ),
    (
        "en-places-in-brackets-and-fronted",
        "**Ostrel Care** (Denver) raised a Series A. Founded in 2020 and headquartered in Leeds, "
        "Norvik Health builds triage tools.",
        {
            "Ostrel Care": "Company",
            "Denver": "Region",
            "Leeds": "Region",
            "Norvik Health": "Company",
        },
        {("Ostrel Care", "locatedIn", "Denver"), ("Norvik Health", "locatedIn", "Leeds")},
        set(),
    ),
    (
        "en-sells-a-use-case-not-its-customers",
        "Ostrel Care, which sells remote patient monitoring to health systems, listed in May. "
        "Ostrel Care automates prior authorization for oncology practices.",
        {"Ostrel Care": "Company"},
        {
            ("Ostrel Care", "addressesUseCase", "remote patient monitoring"),
            ("Ostrel Care", "addressesUseCase", "prior authorization"),
        },
        {("Ostrel Care", "addressesUseCase", "oncology")},
    ),
    (
        "en-owners-flagship-hospital",
        "The pilot ran at Westbrook Medical Center, Harlow Health's flagship teaching hospital.",
        {"Westbrook Medical Center": "Hospital", "Harlow Health": "Hospital"},
        {("Westbrook Medical Center", "subsidiaryOf", "Harlow Health")},
        set(),
    ),
    (
        "zh-a-firm-of-a-city",
        "丙丁智能是一家成立于2020年的南京企业。",
        {"丙丁智能": "Company", "南京": "Region"},
        {("丙丁智能", "locatedIn", "南京")},
        set(),
    ),
    (
        "en-rollout-of-a-product",
        "Ashby Health, a 5-hospital system, has finished a rollout of Quillon's triage tool, "
        "Lumen CXR, across its emergency departments.",
        {"Ashby Health": "Hospital", "Quillon": "Company", "Lumen CXR": "Product"},
        {("Lumen CXR", "deployedAt", "Ashby Health"), ("Quillon", "develops", "Lumen CXR")},
        set(),
    ),
    (
        "en-extending-a-partnership-presumes-it",
        "Ashby Health plans to extend the partnership with Quillon to CT scans in 2026.",
        {"Ashby Health": "Hospital", "Quillon": "Company"},
        {("Ashby Health", "partnersWith", "Quillon")},
        set(),
    ),
    (
        "zh-in-use-where-the-offering-named-last",
        "甲乙科技推出丙丁系统。目前已在庚辛医院部署。",
        {"甲乙科技": "Company", "丙丁系统": "Product", "庚辛医院": "Hospital"},
        {("丙丁系统", "deployedAt", "庚辛医院")},
        {("甲乙科技", "deployedAt", "庚辛医院")},
    ),
    (
        "en-secured-money-from-investors",
        "Tallow Labs secured USD 30 million from Ashgrove Ventures and Pell Capital.",
        {"Tallow Labs": "Company", "Ashgrove Ventures": "Company", "Pell Capital": "Company"},
        {
            ("Tallow Labs", "fundedBy", "Ashgrove Ventures"),
            ("Tallow Labs", "fundedBy", "Pell Capital"),
        },
        set(),
    ),
    (
        "en-a-bodys-own-rules",
        "The Medical Products Board's Device Software Rules took effect in 2025. Under the "
        "Device Software Rules, developers of triage tools must register them.",
        {"Device Software Rules": "Policy", "Medical Products Board": "GovernmentBody"},
        {
            ("Device Software Rules", "issuedBy", "Medical Products Board"),
            ("Device Software Rules", "regulates", "triage"),
        },
        {("Device Software Rules", "promotes", "triage")},
    ),
    (
        "en-deployment-wordings",
        "Lumen has been rolled out to Bramley General Hospital. Ashby Clinic went live with "
        "Lumen in May. Clinicians at Orwell Hospital now use Lumen to draft notes.",
        {
            "Lumen": "Product",
            "Bramley General Hospital": "Hospital",
            "Ashby Clinic": "Hospital",
            "Orwell Hospital": "Hospital",
        },
        {
            ("Lumen", "deployedAt", "Bramley General Hospital"),
            ("Lumen", "deployedAt", "Ashby Clinic"),
            ("Lumen", "deployedAt", "Orwell Hospital"),
        },
        set(),
    ),
    (
        "en-contract-with",
        "Bramley General Hospital signed a contract with Tallow Labs for Lumen.",
        {"Lumen": "Product", "Bramley General Hospital": "Hospital", "Tallow Labs": "Company"},
        {("Bramley General Hospital", "partnersWith", "Tallow Labs")},
        set(),
    ),
    (
        "zh-covers-hospitals-including",
        "丙丁系统目前已覆盖全国300余家医院，包括庚辛医院和壬癸医院。",
        {"丙丁系统": "Product", "庚辛医院": "Hospital", "壬癸医院": "Hospital"},
        {("丙丁系统", "deployedAt", "庚辛医院"), ("丙丁系统", "deployedAt", "壬癸医院")},
        set(),
    ),
    (
        "zh-takes-into-its-bag",
        "丙丁集团将甲乙科技收入囊中。",
        {"甲乙科技": "Company", "丙丁集团": "Company"},
        {("甲乙科技", "acquiredBy", "丙丁集团")},
        {("丙丁集团", "acquiredBy", "甲乙科技")},
    ),
    (
        "technology-wordings",
        "Lumen is a deep learning-based triage tool. Corvel's computer vision engine reads "
        "slides. 丙丁系统以知识图谱为核心。",
        {"Lumen": "Product", "Corvel": "Product", "丙丁系统": "Product"},
        {
            ("Lumen", "usesTechnology", "deep learning"),
            ("Corvel", "usesTechnology", "computer vision"),
            ("丙丁系统", "usesTechnology", "知识图谱"),
        },
        set(),
    ),
    (
        "zh-the-field-itself-is-no-policys-aim",
        "《甲省智慧医院行动方案》提出，推动人工智能在病历质控中的应用。",
        {"《甲省智慧医院行动方案》": "Policy"},
        {("《甲省智慧医院行动方案》", "promotes", "病历质控")},
        {("《甲省智慧医院行动方案》", "promotes", "人工智能")},
    ),
    (
        "zh-a-kind-of-task-in-a-name-is-no-use-case",
        "甲乙医院上线丙丁胸部CT智能诊断系统和丙丁肺结节辅助诊断软件。",
        {
            "甲乙医院": "Hospital",
            "丙丁胸部CT智能诊断系统": "Product",
            "丙丁肺结节辅助诊断软件": "Product",
        },
        {("丙丁肺结节辅助诊断软件", "addressesUseCase", "肺结节")},
        {("丙丁胸部CT智能诊断系统", "addressesUseCase", "智能诊断")},
    ),
    (
        "makers-named-beside-their-offerings",
        "丙丁系统的研发方为甲乙科技。戊己平台（庚辛智能）已获批。Lumen (Tallow Labs) received "
        "clearance in May.",
        {
            "甲乙科技": "Company",
            "丙丁系统": "Product",
            "戊己平台": "Platform",
            "庚辛智能": "Company",
            "Tallow Labs": "Company",
            "Lumen": "Product",
        },
        {
            ("甲乙科技", "develops", "丙丁系统"),
            ("庚辛智能", "develops", "戊己平台"),
            ("Tallow Labs", "develops", "Lumen"),
        },
        set(),
    ),
    (
        "zh-this-system-is-not-what-it-is-built-on",
        "甲乙科技研发的丙丁质控系统，基于戊己检测框架并叠加自研网络。该系统在庚辛医院上线。"
        "壬癸护理大模型是基于子丑大模型微调的护理模型。该模型已在寅卯医院上线。",
        {
            "甲乙科技": "Company",
            "丙丁质控系统": "Product",
            "戊己检测框架": "AIModel",
            "庚辛医院": "Hospital",
            "壬癸护理大模型": "AIModel",
            "子丑大模型": "AIModel",
            "寅卯医院": "Hospital",
        },
        {("丙丁质控系统", "deployedAt", "庚辛医院"), ("壬癸护理大模型", "deployedAt", "寅卯医院")},
        {("戊己检测框架", "deployedAt", "庚辛医院"), ("子丑大模型", "deployedAt", "寅卯医院")},
    ),
    (
        "zh-trained-or-tuned-into-a-model",
        "甲乙科技基于子丑平台训练了超声分割模型丙丁Seg。戊己医疗在丙丁Seg上微调得到分级模型庚辛Net。",
        {
            "甲乙科技": "Company",
            "子丑平台": "Platform",
            "丙丁Seg": "AIModel",
            "戊己医疗": "Company",
            "庚辛Net": "AIModel",
        },
        {("甲乙科技", "develops", "丙丁Seg"), ("戊己医疗", "develops", "庚辛Net")},
        {("甲乙科技", "develops", "子丑平台"), ("戊己医疗", "develops", "丙丁Seg")},
    ),
    (
        "zh-an-item-s-description-names-its-maker",
        "细胞形态基础模型丙丁FM：甲乙医疗（Jiayi Medical）基于子丑平台训练的检验形态学"
        "基础模型。\n\n"
        "- **戊己守望（Wuji Watch）**：庚辛智能使用子丑平台训练、部署在边缘设备上的监测模型。",
        {
            "丙丁FM": "AIModel",
            "甲乙医疗": "Company",
            "子丑平台": "Platform",
            "戊己守望": "AIModel",
            "庚辛智能": "Company",
        },
        {("甲乙医疗", "develops", "丙丁FM"), ("庚辛智能", "develops", "戊己守望")},
        {("甲乙医疗", "develops", "子丑平台"), ("庚辛智能", "develops", "子丑平台")},
    ),
    (
        "zh-a-task-named-after-a-latin-brand",
        "甲乙科技推出ImplantAI种植规划系统、WeanNet撤机评估模型和明眸眼底AI筛查系统。",
        {
            "甲乙科技": "Company",
            "ImplantAI种植规划系统": "Product",
            "WeanNet撤机评估模型": "AIModel",
            "明眸眼底AI筛查系统": "Product",
        },
        {
            ("ImplantAI种植规划系统", "addressesUseCase", "种植规划"),
            ("WeanNet撤机评估模型", "addressesUseCase", "撤机评估"),
        },
        {("明眸眼底AI筛查系统", "addressesUseCase", "筛查")},
    ),
    (
        "zh-maker-before-what-a-model-is-built-on",
        "栖语Pal基于阿里云通义千问大模型微调而成。糖知道则接入了华为的鸿蒙生态。",
        {
            "栖语Pal": "Product",
            "阿里云": "Company",
            "通义千问": "AIModel",
            "糖知道": "Product",
            "华为": "Company",
            "鸿蒙": "Platform",
        },
        {
            ("阿里云", "develops", "通义千问"),
            ("华为", "develops", "鸿蒙"),
            ("栖语Pal", "basedOn", "通义千问"),
        },
        {("栖语Pal", "basedOn", "阿里云"), ("阿里云", "develops", "栖语Pal")},
    ),
    (
        "zh-case-heading-offering-at-site",
        "案例四：RxGuard智能审方系统在蓉城第三人民医院的实践\n\n"
        "蓝鲸超声推出的SonoMate心超助手可自动测量。该产品已落地滨海心血管病医院，并下沉到社区。",
        {
            "RxGuard智能审方系统": "Product",
            "蓉城第三人民医院": "Hospital",
            "蓝鲸超声": "Company",
            "SonoMate心超助手": "Product",
            "滨海心血管病医院": "Hospital",
        },
        {
            ("RxGuard智能审方系统", "deployedAt", "蓉城第三人民医院"),
            ("SonoMate心超助手", "deployedAt", "滨海心血管病医院"),
        },
        {("蓝鲸超声", "deployedAt", "滨海心血管病医院")},
    ),
    (
        "zh-the-whole-task-after-a-latin-brand",
        "天衡智航推出天衡Navi-S脊柱手术导航机器人和骨衡OrthoPlan关节置换术前规划软件。",
        {
            "天衡Navi-S脊柱手术导航机器人": "Product",
            "骨衡OrthoPlan关节置换术前规划软件": "Product",
            "天衡智航": "Company",
        },
        {
            ("天衡Navi-S脊柱手术导航机器人", "addressesUseCase", "脊柱手术导航"),
            ("骨衡OrthoPlan关节置换术前规划软件", "addressesUseCase", "关节置换术前规划"),
        },
        {("天衡Navi-S脊柱手术导航机器人", "addressesUseCase", "手术导航")},
    ),
    (
        "zh-a-case-record-s-fields",
        "企业：深圳锐骨科技有限公司 产品：锐骨FractureEye骨折X线辅助检测软件 "
        "应用医院：海宁市中心医院、湖州南太湖医院",
        {
            "深圳锐骨科技有限公司": "Company",
            "锐骨FractureEye骨折X线辅助检测软件": "Product",
            "海宁市中心医院": "Hospital",
            "湖州南太湖医院": "Hospital",
        },
        {
            ("深圳锐骨科技有限公司", "develops", "锐骨FractureEye骨折X线辅助检测软件"),
            ("锐骨FractureEye骨折X线辅助检测软件", "deployedAt", "海宁市中心医院"),
            ("锐骨FractureEye骨折X线辅助检测软件", "deployedAt", "湖州南太湖医院"),
        },
        {("深圳锐骨科技有限公司", "deployedAt", "海宁市中心医院")},
    ),
    (
        "zh-the-product-is-a-product",
        '其旗舰产品"声迈病历助手"以自研语音识别模型MedASR-3为底座，生成模块则基于阿里云'
        "通义千问大模型微调。2024年该产品在杭州市滨江中心医院全院上线。",
        {
            "声迈病历助手": "Product",
            "MedASR-3": "AIModel",
            "阿里云": "Company",
            "通义千问": "AIModel",
            "杭州市滨江中心医院": "Hospital",
        },
        {("声迈病历助手", "deployedAt", "杭州市滨江中心医院")},
        {
            ("MedASR-3", "deployedAt", "杭州市滨江中心医院"),
            ("通义千问", "deployedAt", "杭州市滨江中心医院"),
        },
    ),
    (
        "zh-broad-technologies-say-nothing",
        "鹭眸智能推出的眸影系统采用人工智能和深度学习技术分析CT影像。",
        {"鹭眸智能": "Company", "眸影系统": "Product"},
        {("眸影系统", "usesTechnology", "深度学习技术")},
        {("眸影系统", "usesTechnology", "人工智能"), ("眸影系统", "usesTechnology", "CT")},
    ),
    (
        "zh-how-a-task-is-done-is-no-task",
        '其旗舰产品"声迈病历助手"以自研语音识别模型MedASR-3为底座。',
        {"声迈病历助手": "Product", "MedASR-3": "AIModel"},
        set(),
        {("MedASR-3", "addressesUseCase", "以自研语音识别")},
    ),
    (
        "en-builds-on-and-the-product",
        "Toronto-based Synaptiq Imaging builds SynVol on NVIDIA's MONAI framework. The product "
        "quantifies brain atrophy and is used by Lakeshore Neurological Institute.",
        {
            "Synaptiq Imaging": "Company",
            "SynVol": "Product",
            "MONAI": "Platform",
            "NVIDIA": "Company",
            "Lakeshore Neurological Institute": "Hospital",
        },
        {
            ("SynVol", "basedOn", "MONAI"),
            ("SynVol", "deployedAt", "Lakeshore Neurological Institute"),
        },
        {("MONAI", "deployedAt", "Lakeshore Neurological Institute")},
    ),
    (
        "en-offering-kind-cleared-by",
        "Its CereFlow LVO application, cleared by the FDA in March 2023, runs in 1,150 hospitals.",
        {"CereFlow LVO": "Product", "FDA": "GovernmentBody"},
        {("FDA", "regulates", "CereFlow LVO")},
        set(),
    ),
    (
        "en-in-may-is-a-month-not-a-hedge",
        "In May 2025, Synaptiq Imaging raised a $38 million Series B led by Northgate Capital.",
        {"Synaptiq Imaging": "Company", "Northgate Capital": "Company"},
        {("Synaptiq Imaging", "fundedBy", "Northgate Capital")},
        set(),
    ),
    (
        "en-it-after-a-semicolon-is-the-offering",
        "The company's Lumen platform monitors 900 ICU beds; it went live at Bramley General "
        "Hospital in 2024.",
        {"Lumen": "Platform", "Bramley General Hospital": "Hospital"},
        {("Lumen", "deployedAt", "Bramley General Hospital")},
        set(),
    ),
    (
        "en-it-in-use-is-the-offering",
        "Tallow Labs makes Lumen. It is deployed at Bramley General Hospital.",
        {"Tallow Labs": "Company", "Lumen": "Product", "Bramley General Hospital": "Hospital"},
        {("Lumen", "deployedAt", "Bramley General Hospital")},
        set(),
    ),
    (
        "partner-wordings",
        "Tallow Labs has signed partnerships with Bramley General Hospital and Ashby University. "
        "Orwell Health selected Tallow Labs as its AI partner. Pell Diagnostics' partners include "
        "Ashby University. 庚辛医院选择甲乙科技作为合作伙伴。",
        {
            "Tallow Labs": "Company",
            "Bramley General Hospital": "Hospital",
            "Ashby University": "University",
            "Orwell Health": "Hospital",
            "Pell Diagnostics": "Company",
            "庚辛医院": "Hospital",
            "甲乙科技": "Company",
        },
        {
            ("Tallow Labs", "partnersWith", "Bramley General Hospital"),
            ("Tallow Labs", "partnersWith", "Ashby University"),
            ("Orwell Health", "partnersWith", "Tallow Labs"),
            ("Pell Diagnostics", "partnersWith", "Ashby University"),
            ("庚辛医院", "partnersWith", "甲乙科技"),
        },
        set(),
    ),
    (
        "place-wordings",
        "甲乙科技总部设于深圳。丙丁智能（总部：成都）发布了新产品。戊己医疗是苏州一家AI企业。"
        "Tallow Labs is based out of Denver. Leeds's Pell Diagnostics raised money. "
        "Bramley General Hospital in Duluth deployed Lumen. The Oslo start-up Ostrel Care hired.",
        {
            "甲乙科技": "Company",
            "丙丁智能": "Company",
            "戊己医疗": "Company",
            "深圳": "Region",
            "成都": "Region",
            "苏州": "Region",
            "Tallow Labs": "Company",
            "Pell Diagnostics": "Company",
            "Bramley General Hospital": "Hospital",
            "Ostrel Care": "Company",
            "Denver": "Region",
            "Leeds": "Region",
            "Duluth": "Region",
            "Oslo": "Region",
            "Lumen": "Product",
        },
        {
            ("甲乙科技", "locatedIn", "深圳"),
            ("丙丁智能", "locatedIn", "成都"),
            ("戊己医疗", "locatedIn", "苏州"),
            ("Tallow Labs", "locatedIn", "Denver"),
            ("Pell Diagnostics", "locatedIn", "Leeds"),
            ("Bramley General Hospital", "locatedIn", "Duluth"),
            ("Ostrel Care", "locatedIn", "Oslo"),
        },
        set(),
    ),
    (
        "en-a-company-in-a-country-is-not-placed-there",
        "Tallow Labs in Denmark is expanding. Tallow Labs, Pell Diagnostics and Ostrel Care met.",
        {"Tallow Labs": "Company", "Denmark": "Region", "Pell Diagnostics": "Company"},
        set(),
        {("Tallow Labs", "locatedIn", "Denmark")},
    ),
    (
        "ownership-wordings",
        "Talvek completed the purchase of Orrin. Kessel was sold to Talvek in 2022. Brisk, which "
        "Talvek acquired in 2021, makes imaging tools. Lark's parent company Talvek reported "
        "results. 丙丁科技的母公司甲乙集团发布财报。",
        {
            "Talvek": "Company",
            "Orrin": "Company",
            "Kessel": "Company",
            "Brisk": "Company",
            "Lark": "Company",
            "甲乙集团": "Company",
            "丙丁科技": "Company",
        },
        {
            ("Orrin", "acquiredBy", "Talvek"),
            ("Kessel", "acquiredBy", "Talvek"),
            ("Brisk", "acquiredBy", "Talvek"),
            ("Lark", "subsidiaryOf", "Talvek"),
            ("丙丁科技", "subsidiaryOf", "甲乙集团"),
        },
        {("Talvek", "acquiredBy", "Brisk")},
    ),
    (
        "use-case-wordings",
        "甲乙科技在病历质控领域深耕多年。丙丁平台主要应用场景为慢病管理。Lumen helps radiologists "
        "with chest X-ray triage. Corvel's main use cases are clinical documentation and prior "
        "authorization.",
        {"甲乙科技": "Company", "丙丁平台": "Platform", "Lumen": "Product", "Corvel": "Product"},
        {
            ("甲乙科技", "addressesUseCase", "病历质控"),
            ("丙丁平台", "addressesUseCase", "慢病管理"),
            ("Lumen", "addressesUseCase", "chest X-ray triage"),  # the task, not its head
            ("Corvel", "addressesUseCase", "clinical documentation"),
            ("Corvel", "addressesUseCase", "prior authorization"),
        },
        set(),
    ),
    (
        "a-site-among-an-offerings-users",
        "庚辛医院是丙丁系统的首批用户。Bramley General Hospital was one of the first users of "
        "Lumen.",
        {
            "庚辛医院": "Hospital",
            "丙丁系统": "Product",
            "Bramley General Hospital": "Hospital",
            "Lumen": "Product",
        },
        {
            ("丙丁系统", "deployedAt", "庚辛医院"),
            ("Lumen", "deployedAt", "Bramley General Hospital"),
        },
        set(),
    ),
    (
        "the-hospital-refers-back",
        "庚辛医院是一家三甲医院。该院于2024年引入丙丁系统。\n\nBramley General Hospital serves 2 "
        "million people. The hospital deployed Lumen in 2024.",
        {
            "庚辛医院": "Hospital",
            "丙丁系统": "Product",
            "Bramley General Hospital": "Hospital",
            "Lumen": "Product",
        },
        {
            ("丙丁系统", "deployedAt", "庚辛医院"),
            ("Lumen", "deployedAt", "Bramley General Hospital"),
        },
        set(),
    ),
    (
        "zh-the-hospitals-head-is-not-the-hospital",
        "庚辛医院是一家三甲医院。该院院长表示将与甲乙科技合作。",
        {"庚辛医院": "Hospital", "甲乙科技": "Company"},
        set(),
        {("庚辛医院", "partnersWith", "甲乙科技")},
    ),
    (
        "more-words-for-the-company",
        "Tallow Labs raised USD 5 million. The developer is based in Denver.\n\n"
        "甲乙科技成立于2019年。这家公司总部位于成都。",
        {"Tallow Labs": "Company", "Denver": "Region", "甲乙科技": "Company", "成都": "Region"},
        {("Tallow Labs", "locatedIn", "Denver"), ("甲乙科技", "locatedIn", "成都")},
        set(),
    ),
    (
        "en-bought-a-described-start-up",
        "Talvek bought the Dutch variant-interpretation start-up Orrin last spring.",
        {"Talvek": "Company", "Orrin": "Company", "Dutch": "Region"},
        {("Orrin", "acquiredBy", "Talvek")},
        set(),
    ),
    (
        "zh-a-round-subscribed-by-two",
        "岱析科技本轮增资总额为1.5亿元，由岱川创投与澄川资本（以下简称“澄川”）共同认购。",
        {"岱析科技": "Company", "岱川创投": "Company", "澄川资本": "Company", "澄川": "Company"},
        {("岱析科技", "fundedBy", "岱川创投"), ("岱析科技", "fundedBy", "澄川资本")},
        set(),
    ),
    (
        "zh-the-lead-investor-of-a-round",
        "鹤岭医疗产业基金系岱析科技2021年A轮融资的领投方。",
        {"鹤岭医疗产业基金": "Company", "岱析科技": "Company"},
        {("岱析科技", "fundedBy", "鹤岭医疗产业基金")},
        set(),
    ),
    (
        "zh-this-capital-increase-is-a-noun",
        "岱析科技新增注册资本，本次增资完成后岱川创投将持有其8.57%的股权。",
        {"岱川创投": "Company", "岱析科技": "Company"},
        set(),
        {("岱川创投", "fundedBy", "岱析科技")},
    ),
    (
        "zh-its-after-a-partner-is-the-partners",
        "岱川健康与英伟达（NVIDIA）合作，基于其Clara平台优化内镜视频推理。",
        {"岱川健康": "Company", "英伟达": "Company", "NVIDIA": "Company", "Clara": "Platform"},
        {("英伟达", "develops", "Clara")},
        {("岱川健康", "develops", "Clara")},
    ),
    (
        "en-its-after-a-partner-is-the-partners",
        "Qichuan works with NVIDIA, building on its Clara platform to speed up inference.",
        {"Qichuan": "Company", "NVIDIA": "Company", "Clara": "Platform"},
        {("NVIDIA", "develops", "Clara")},
        {("Qichuan", "develops", "Clara")},
    ),
    (
        "en-its-without-a-partner-is-the-subjects",
        "Qichuan launched its Clearview platform in May.",
        {"Qichuan": "Company", "Clearview": "Platform"},
        {("Qichuan", "develops", "Clearview")},
        set(),
    ),
    (
        "zh-task-before-a-technology-then-the-name",
        '云栖医院上线了病历生成大模型"岐言"，目前每天生成病历草稿3,000份。',
        {"云栖医院": "Hospital", "岐言": "AIModel"},
        {("岐言", "addressesUseCase", "病历生成")},
        set(),
    ),
    (
        "zh-name-then-a-description-through-a-modality",
        '公司核心产品"澜影肺见"肺结节CT影像辅助检测软件于2023年获批。',
        {"澜影肺见": "Product"},
        {("澜影肺见", "addressesUseCase", "肺结节")},
        set(),
    ),
    (
        "zh-a-description-of-another-clause-is-not-the-names",
        "岱川科技发布“岚镜”，另有一款病历生成软件仍在研发。",
        {"岱川科技": "Company", "岚镜": "AIModel"},
        set(),
        {("岚镜", "addressesUseCase", "病历生成")},
    ),
    (
        "en-a-firm-focuses-on-its-line-of-business",
        "Mercana AI (Toronto) focuses on revenue-cycle automation.",
        {"Mercana AI": "Company"},
        {("Mercana AI", "operatesIn", "revenue-cycle automation")},
        {("Mercana AI", "addressesUseCase", "revenue-cycle automation")},
    ),
    (
        "en-an-offering-focused-on-a-task-addresses-it",
        "Veyra, a tool focused on sepsis screening, launched in May.",
        {"Veyra": "Product"},
        {("Veyra", "addressesUseCase", "sepsis screening")},
        set(),
    ),
    (
        "en-the-field-and-kind-of-firm-before-its-name",
        "Pallas Health merged with the revenue-cycle start-up ClaimTide in an all-stock deal.",
        {"Pallas Health": "Company", "ClaimTide": "Company"},
        {("ClaimTide", "operatesIn", "revenue-cycle")},
        {("Pallas Health", "operatesIn", "revenue-cycle")},
    ),
    (
        "en-an-apposition-field-holding-a-concept",
        "Huiyang Health, a chronic-disease management provider with 1.8 million members, grew.",
        {"Huiyang Health": "Company"},
        {("Huiyang Health", "operatesIn", "chronic-disease management")},
        set(),
    ),
    (
        "en-rolled-out-an-offering-at-a-site",
        "In March the company rolled out FlowIQ at Brightwater Health System, a network in Ohio.",
        {"FlowIQ": "Product", "Brightwater Health System": "Hospital"},
        {("FlowIQ", "deployedAt", "Brightwater Health System")},
        set(),
    ),
    (
        "zh-built-the-sites-offering",
        "南京明湖数字科技有限公司承建了南京鼓楼医院的“智慧能源管控平台”。",
        {
            "南京明湖数字科技有限公司": "Company",
            "南京鼓楼医院": "Hospital",
            "智慧能源管控平台": "Platform",
        },
        {
            ("智慧能源管控平台", "deployedAt", "南京鼓楼医院"),
            ("南京明湖数字科技有限公司", "develops", "智慧能源管控平台"),
        },
        {("南京明湖数字科技有限公司", "deployedAt", "南京鼓楼医院")},
    ),
    (
        "zh-an-offering-uses-the-techniques-it-lists",
        "宁波镜合公司研发的“天衡”腔镜手术机器人于2023年获批。该系统采用5G远程控制与力反馈技术。",
        {"宁波镜合公司": "Company", "天衡": "Product"},
        {("天衡", "usesTechnology", "5G远程控制"), ("天衡", "usesTechnology", "力反馈")},
        {("宁波镜合公司", "usesTechnology", "力反馈"), ("天衡", "usesTechnology", "5G")},
    ),
    (
        "zh-the-offering-its-maker-named-uses-the-techniques",
        "杭州安澜科技有限公司开发的“安澜OR-Planner”，采用运筹优化与机器学习相结合的方法，自动排程。",
        {"杭州安澜科技有限公司": "Company", "安澜OR-Planner": "Product"},
        {
            ("安澜OR-Planner", "usesTechnology", "运筹优化"),
            ("安澜OR-Planner", "usesTechnology", "机器学习"),
        },
        {("杭州安澜科技有限公司", "usesTechnology", "运筹优化")},
    ),
    (
        "zh-a-quality-is-no-technique",
        "“澜镜”采用了先进技术与自研方法。",
        {"澜镜": "Product"},
        set(),
        {("澜镜", "usesTechnology", "先进"), ("澜镜", "usesTechnology", "自研")},
    ),
    (
        "zh-the-task-of-the-kind-after-a-quoted-name",
        "上海视术公司开发的“视术Insight”手术视频分析平台，运行在边缘设备上。",
        {"上海视术公司": "Company", "视术Insight": "Platform"},
        {("视术Insight", "addressesUseCase", "手术视频分析")},
        {("上海视术公司", "addressesUseCase", "手术视频分析")},
    ),
    (
        "zh-the-task-of-the-kind-before-a-quoted-name",
        "深瞳影像科技开发了肺结节分割模型“瞳析-Lung”，其床位调度产品“床管通”也已上线。",
        {"深瞳影像科技": "Company", "瞳析-Lung": "AIModel", "床管通": "Product"},
        {
            ("瞳析-Lung", "addressesUseCase", "肺结节分割"),
            ("床管通", "addressesUseCase", "床位调度"),
        },
        {("瞳析-Lung", "addressesUseCase", "肺结节")},
    ),
    (
        "en-an-apposition-names-the-maker-of-an-offering",
        "Ruidao Robotics, maker of the Tianheng four-arm robot, raised RMB 1.5 billion; "
        "YiLianBao Tech, whose UW-GPT underwriting model serves 23 insurers, raised funds.",
        {
            "Ruidao Robotics": "Company",
            "Tianheng": "Product",
            "YiLianBao Tech": "Company",
            "UW-GPT": "AIModel",
        },
        {("Ruidao Robotics", "develops", "Tianheng"), ("YiLianBao Tech", "develops", "UW-GPT")},
        {("YiLianBao Tech", "develops", "Tianheng")},
    ),
    (
        "en-a-customer-of-an-offering-makes-nothing",
        "Brightwater Health, a customer of the FlowIQ platform, expanded its contract.",
        {"Brightwater Health": "Hospital", "FlowIQ": "Platform"},
        set(),
        {("Brightwater Health", "develops", "FlowIQ")},
    ),
    (
        "zh-an-offering-tuned-or-run-on-a-platform",
        "“衡析”模型在“衡云”上微调；“视术”分析平台，运行在“澜枢”边缘计算平台上。",
        {"衡析": "AIModel", "衡云": "Platform", "视术": "Platform", "澜枢": "Platform"},
        {("衡析", "basedOn", "衡云"), ("视术", "basedOn", "澜枢")},
        set(),
    ),
    (
        "zh-one-offering-after-another-is-not-built-on-it",
        "“澜影”于2024年获批，在“岐黄”之后推出。",
        {"澜影": "Product", "岐黄": "Product"},
        set(),
        {("澜影", "basedOn", "岐黄")},
    ),
    (
        "zh-the-core-of-a-system-is-its-model",
        "澄观医疗推出“澄观影控”质控系统，核心是其自研的视觉大模型“ClearView-QC”。",
        {"澄观医疗": "Company", "澄观影控": "Product", "ClearView-QC": "AIModel"},
        {("澄观影控", "basedOn", "ClearView-QC")},
        set(),
    ),
    (
        "zh-a-sites-department-introduced-the-offering",
        "北京安和医院健康管理中心自2024年3月引入康衡智检后，报告出具时间缩短。",
        {"北京安和医院": "Hospital", "康衡智检": "Product"},
        {("康衡智检", "deployedAt", "北京安和医院")},
        set(),
    ),
]


@pytest.mark.parametrize(
    ("text", "names", "stated", "not_stated"),
    [pytest.param(*case[1:], id=case[0]) for case in _CASES],
)
def test_wordings_state_their_relations(
    tmp_path: Path, text: str, names: dict[str, str], stated: set[Fact], not_stated: set[Fact]
) -> None:
    facts = _facts(tmp_path, text, names)
    assert stated <= facts, sorted(facts)
    assert not (not_stated & facts), sorted(facts)


def test_the_tasks_a_policy_pushes_are_promoted(tmp_path: Path) -> None:
    text = (
        "## （一）甲省智慧药房建设指导意见\n\n"
        "该意见提出推广处方前置审核、智能审方和用药咨询。"
        "该意见还明确支持智能配药系统和面向患者的用药咨询机器人。\n\n"
        "## （二）乙省急诊智能化建设指南\n\n"
        "该指南明确急诊预检分诊、院前信息衔接和远程重症监护三类建设任务。"
        "该指南支持医学院校和培训基地建设仿真中心。\n"
    )
    names = {"甲省智慧药房建设指导意见": "Policy", "乙省急诊智能化建设指南": "Policy"}
    facts = _facts(tmp_path, text, names, ".md")
    assert {
        ("甲省智慧药房建设指导意见", "promotes", "处方前置审核"),
        ("甲省智慧药房建设指导意见", "promotes", "智能审方"),
        ("甲省智慧药房建设指导意见", "promotes", "智能配药系统"),
        ("乙省急诊智能化建设指南", "promotes", "急诊预检分诊"),
        ("乙省急诊智能化建设指南", "promotes", "远程重症监护"),
    } <= facts, sorted(facts)
    objects = {o for s, p, o in facts if p == "promotes"}
    assert not {"医学院校", "面向患者的用药咨询机器人", "明确急诊预检分诊"} & objects, sorted(facts)


def test_a_policy_table_s_content_cell_promotes_its_listed_tasks(tmp_path: Path) -> None:
    text = (
        "| 发布时间 | 发布机构 | 政策名称 | 主要内容 |\n| --- | --- | --- | --- |\n"
        "| 2025年1月 | 丙省卫生健康委员会 | 丙省智慧药房三年行动计划 "
        "| 推动智能配药、静配中心自动化与处方流转 |\n"
        "| 2025年3月 | 丙省卫生健康委员会 | 丙省药学服务规范 | 规范医药代表及AI辅助推广内容 |\n"
    )
    names = {
        "丙省卫生健康委员会": "GovernmentBody",
        "丙省智慧药房三年行动计划": "Policy",
        "丙省药学服务规范": "Policy",
    }
    facts = _facts(tmp_path, text, names, ".md")
    assert {
        ("丙省智慧药房三年行动计划", "promotes", "智能配药"),
        ("丙省智慧药房三年行动计划", "promotes", "静配中心自动化"),
        ("丙省智慧药房三年行动计划", "promotes", "处方流转"),
    } <= facts, sorted(facts)
    assert not any(o == "内容" for _, _, o in facts), sorted(facts)


def test_a_policy_table_s_bare_list_of_points_is_promoted(tmp_path: Path) -> None:
    text = (
        "序号\t发布时间\t发布部门\t文件名称\t要点\n"
        "1\t2025年3月\t丙省卫生健康委员会\t《丙省智慧运营指导意见》\t成本核算、运营数据中心、AI辅助决策\n"
        "2\t2025年5月\t丙省医疗保障局\t《丙省智能审核规范》\t规则库分级管理、规范第三方审核系统\n"
        "3\t2025年6月\t丙省卫生健康委员会\t《丙省场景指引》\t涵盖医疗服务管理、基层公卫\n"
    )
    names = {
        "丙省卫生健康委员会": "GovernmentBody",
        "丙省医疗保障局": "GovernmentBody",
        "丙省智慧运营指导意见": "Policy",
        "丙省智能审核规范": "Policy",
        "丙省场景指引": "Policy",
    }
    facts = _facts(tmp_path, text, names, ".txt")
    assert {
        ("丙省智慧运营指导意见", "promotes", "成本核算"),
        ("丙省智慧运营指导意见", "promotes", "运营数据中心"),
        ("丙省智慧运营指导意见", "promotes", "AI辅助决策"),
    } <= facts, sorted(facts)
    promoted = {o for s, p, o in facts if p == "promotes" and s != "丙省智慧运营指导意见"}
    assert not {"规则库分级管理", "涵盖医疗服务管理", "基层公卫"} & promoted, sorted(facts)


def test_a_case_record_of_owner_and_vendor_over_the_case_s_text(tmp_path: Path) -> None:
    text = (
        "## 案例一\n\n**建设单位：**江城市妇幼保健院、云梦县人民医院\n**技术支持：**贝护科技\n\n"
        "贝护科技研发的NeoBrain新生儿脑损伤风险预警模型用于新生儿监护，已在NICU上线。\n\n"
        "## 案例二\n\n**建设单位：**西岭儿童医院\n**技术支持：**灵脑科技\n\n"
        "业内常见的还有青松科技推出的青松脑电系统。\n"
    )
    names = {
        "江城市妇幼保健院": "Hospital",
        "云梦县人民医院": "Hospital",
        "贝护科技": "Company",
        "NeoBrain新生儿脑损伤风险预警模型": "AIModel",
        "西岭儿童医院": "Hospital",
        "灵脑科技": "Company",
        "青松脑电系统": "Product",
        "青松科技": "Company",
    }
    facts = _facts(tmp_path, text, names, ".md")
    model = "NeoBrain新生儿脑损伤风险预警模型"
    assert {
        (model, "deployedAt", "江城市妇幼保健院"),
        (model, "deployedAt", "云梦县人民医院"),
    } <= facts, sorted(facts)
    # the second case's text names no offering the vendor makes: nothing is tied to it
    assert ("青松脑电系统", "deployedAt", "西岭儿童医院") not in facts, sorted(facts)
    assert ("灵脑科技", "develops", "青松脑电系统") not in facts, sorted(facts)


def test_a_subsidiaries_table_under_a_company_profile(tmp_path: Path) -> None:
    text = (
        "# 甲乙医疗年度报告\n\n甲乙医疗成立于2015年。甲乙医疗总部位于苏州。甲乙医疗专注影像。\n\n"
        "| 子公司名称 | 持股比例 |\n| --- | --- |\n| 丙丁科技有限公司 | 100% |\n"
        "| 戊己信息有限公司 | 60% |\n"
    )
    names = {"甲乙医疗": "Company", "丙丁科技有限公司": "Company", "戊己信息有限公司": "Company"}
    facts = _facts(tmp_path, text, names, ".md")
    assert {
        ("丙丁科技有限公司", "subsidiaryOf", "甲乙医疗"),
        ("戊己信息有限公司", "subsidiaryOf", "甲乙医疗"),
    } <= facts, sorted(facts)


def test_a_table_of_sites_and_vendors_partners_them(tmp_path: Path) -> None:
    text = (
        "| 序号 | 试点单位 | 承建企业 | 应用场景 |\n| --- | --- | --- | --- |\n"
        "| 1 | 甲乙医院 | 丙丁科技有限公司 | 肺结节CT辅助诊断、慢病管理 |\n"
        "| 2 | 戊己医院 | 庚辛信息有限公司 | 院内知识问答 |\n"
    )
    names = {
        "甲乙医院": "Hospital",
        "戊己医院": "Hospital",
        "丙丁科技有限公司": "Company",
        "庚辛信息有限公司": "Company",
    }
    facts = _facts(tmp_path, text, names, ".md")
    assert {
        ("丙丁科技有限公司", "partnersWith", "甲乙医院"),
        ("庚辛信息有限公司", "partnersWith", "戊己医院"),
        ("丙丁科技有限公司", "addressesUseCase", "肺结节CT辅助诊断"),
        ("丙丁科技有限公司", "addressesUseCase", "慢病管理"),
    } <= facts, sorted(facts)
    assert ("丙丁科技有限公司", "addressesUseCase", "肺结节") not in facts


def test_an_intended_use_column_names_use_cases(tmp_path: Path) -> None:
    text = (
        "| Product | Manufacturer | Intended use |\n| --- | --- | --- |\n"
        "| Corvel | Tallow Labs | Wound photo assessment |\n"
        "| Lumen | Pell Diagnostics | Reads ECGs, flags risk; reports weekly |\n"
    )
    names = {
        "Corvel": "Product",
        "Lumen": "Product",
        "Tallow Labs": "Company",
        "Pell Diagnostics": "Company",
    }
    facts = _facts(tmp_path, text, names, ".md")
    assert ("Corvel", "addressesUseCase", "Wound photo assessment") in facts, sorted(facts)
    assert ("Tallow Labs", "develops", "Corvel") in facts, sorted(facts)
    assert not any(s == "Lumen" and p == "addressesUseCase" for s, p, _ in facts), sorted(facts)


def test_a_notice_titled_by_its_issuer(tmp_path: Path) -> None:
    text = (
        "# 甲省卫生健康委员会关于印发试点名单的通知\n\n甲省卫生健康委员会\n\n"
        "各单位：现将名单印发。\n"
    )
    names = {
        "甲省卫生健康委员会关于印发试点名单的通知": "Policy",
        "甲省卫生健康委员会": "GovernmentBody",
    }
    facts = _facts(tmp_path, text, names, ".md")
    assert (
        "甲省卫生健康委员会关于印发试点名单的通知",
        "issuedBy",
        "甲省卫生健康委员会",
    ) in facts, sorted(facts)


def test_a_section_about_a_company_omits_its_name(tmp_path: Path) -> None:
    text = (
        "## 甲乙科技\n\n成立于2018年，总部位于杭州。核心产品丙丁平台已进入320家医院。"
        "2024年完成B轮融资，由戊己资本领投。\n"
    )
    names = {"甲乙科技": "Company", "杭州": "Region", "丙丁平台": "Platform", "戊己资本": "Company"}
    facts = _facts(tmp_path, text, names, ".md")
    assert {
        ("甲乙科技", "locatedIn", "杭州"),
        ("甲乙科技", "develops", "丙丁平台"),
        ("甲乙科技", "fundedBy", "戊己资本"),
    } <= facts, sorted(facts)


def test_a_hospitals_own_news_speaks_of_itself(tmp_path: Path) -> None:
    text = (
        "# 甲乙医院上线两套AI系统\n\n发布时间：2025-03-02 来源：宣传科\n\n"
        "近日，我院影像科引进的丙丁系统正式投入使用。甲乙医院是一家三甲医院。\n\n"
        "下一步，医院将与戊己科技共同开展效果评价。\n"
    )
    names = {
        "甲乙医院上线两套AI系统": "Report",
        "甲乙医院": "Hospital",
        "丙丁系统": "Product",
        "戊己科技": "Company",
    }
    facts = _facts(tmp_path, text, names, ".md")
    assert {
        ("丙丁系统", "deployedAt", "甲乙医院"),
        ("甲乙医院", "partnersWith", "戊己科技"),
        ("甲乙医院上线两套AI系统", "publishedBy", "甲乙医院"),
    } <= facts, sorted(facts)


def test_without_our_hospital_the_hospital_is_any_hospital(tmp_path: Path) -> None:
    text = "甲乙医院是一家三甲医院。下一步，医院将与戊己科技共同开展效果评价。\n"
    names = {"甲乙医院": "Hospital", "戊己科技": "Company"}
    facts = _facts(tmp_path, text, names)
    assert ("甲乙医院", "partnersWith", "戊己科技") not in facts, sorted(facts)


def test_we_are_the_organisation_that_publishes(tmp_path: Path) -> None:
    text = (
        "# Introducing Corvel: a model for discharge notes\n\n"
        "*Ashgrove Institute for Care AI · Research blog · 3 June 2025*\n\n"
        "Today we are releasing Corvel, a model that drafts discharge notes.\n\n"
        '"We love it," said a nurse at Bramley Health.\n'
    )
    names = {
        "Introducing Corvel: a model for discharge notes": "Report",
        "Ashgrove Institute for Care AI": "ResearchInstitution",
        "Corvel": "AIModel",
        "Bramley Health": "Hospital",
    }
    facts = _facts(tmp_path, text, names, ".md")
    assert ("Ashgrove Institute for Care AI", "develops", "Corvel") in facts, sorted(facts)


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        ("The kit is intended for sepsis prediction in adults.", ["sepsis prediction"]),
        ("The kit is intended for the improvement of care.", []),
        ("该系统可用于骨龄自动评估与报告生成。", ["骨龄自动评估"]),
        ("该系统用于帮助医生诊断。", []),
    ],
)
def test_free_use_case_phrases(text: str, phrases: list[str]) -> None:
    assert [m.text for m in free_use_cases(text, 0, len(text), [])] == phrases


@pytest.mark.parametrize(
    ("cell", "name"),
    [
        ("Patient-facing AI agents", "Patient-facing AI agents"),
        ("院内知识问答", "院内知识问答"),
        ("Reads ECGs, flags risk; reports weekly", None),
        ("影像诊断、病历质控", None),
    ],
)
def test_use_case_cells(cell: str, name: str | None) -> None:
    found = use_case_cell(cell, (0, len(cell)))
    assert (found.text if found else None) == name
