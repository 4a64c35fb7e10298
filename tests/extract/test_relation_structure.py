"""Relations read off a report's structure: sections about one offering, directory entries and
owners named before a kind noun.

A heading that names an offering (``## 3. 甲问道``) makes the sentences under it that name no
offering of their own about it (``乙科技打造的…大模型``, ``由丙研究院联合丁医院共建``); a directory
entry ``X医院：…，先后引入“A”和“B”`` says the hospital uses both; ``X公司的心电大模型“Y”`` says X
made Y. Every sentence here is invented (made-up companies, hospitals and products); each case
names the facts it must state and the facts it must not.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from relation_support import Fact, check_relations

_CASES = [
    (
        "zh-support-task-phrase",
        "# 简报\n\n岭读主要用于辨证开方辅助。\n",
        {"岭读": "Product"},
        {("岭读", "addressesUseCase", "辨证开方辅助")},
        set(),
    ),
    (
        "zh-maker-field-line-of-an-app-page",
        "# 岭医生 - AI健康助手\n\n开发者：汀兰科技\n\n版本：5.2.0\n\n## 用户评价\n\n"
        "开发者：云杉科技回复很快。\n",
        {"岭医生": "Product", "汀兰科技": "Company", "云杉科技": "Company"},
        {("汀兰科技", "develops", "岭医生")},
        {("云杉科技", "develops", "岭医生")},
    ),
    (
        "en-dateline-wire-is-no-maker-and-a-systems-hospitals-place-it",
        "# Release\n\nAUSTIN, May 2, 2025 /HealthWire/ -- Harlow Labs, a clinical AI company, "
        "today launched its triage platform, Kestrel, across all 9 of Norcott Health's hospitals "
        "in Ohio and Texas.\n",
        {
            "Harlow Labs": "Company",
            "HealthWire": "Company",
            "Kestrel": "Platform",
            "Norcott Health": "Hospital",
            "Ohio": "Region",
            "Texas": "Region",
        },
        {
            ("Harlow Labs", "develops", "Kestrel"),
            ("Norcott Health", "locatedIn", "Ohio"),
            ("Norcott Health", "locatedIn", "Texas"),
        },
        {("HealthWire", "develops", "Kestrel")},
    ),
    (
        "zh-maker-item-names-its-offerings",
        "# 图谱\n\n## 汀兰科技：岭读\n\n岭读已进入300家医院。\n\n- 云杉科技 — 岭书、岭影\n"
        "- 岭南智能：岭心在急诊的应用效果良好\n",
        {
            "汀兰科技": "Company",
            "云杉科技": "Company",
            "岭南智能": "Company",
            "岭读": "Product",
            "岭书": "Product",
            "岭影": "Product",
            "岭心": "Product",
        },
        {
            ("汀兰科技", "develops", "岭读"),
            ("云杉科技", "develops", "岭书"),
            ("云杉科技", "develops", "岭影"),
        },
        {("岭南智能", "develops", "岭心")},
    ),
    (
        "zh-site-purchases-and-an-organisations-partner-line",
        "# 澄江医疗人工智能协会简介\n\n澄江医疗人工智能协会成立于2020年，是一家行业组织。"
        "协会会员超过80家。\n\n合作单位：澄江医院、汀兰科技\n\n澄江医院采购了岭读。\n",
        {
            "澄江医疗人工智能协会": "Association",
            "澄江医院": "Hospital",
            "汀兰科技": "Company",
            "岭读": "Product",
        },
        {
            ("澄江医疗人工智能协会", "partnersWith", "澄江医院"),
            ("澄江医疗人工智能协会", "partnersWith", "汀兰科技"),
            ("岭读", "deployedAt", "澄江医院"),
        },
        set(),
    ),
    (
        "zh-a-segment-word-before-a-verb-is-no-firms-business",
        "# 简报\n\n医院选用了汀兰科技的岭读。\n\n医疗信息化企业云杉科技完成融资。\n",
        {"汀兰科技": "Company", "云杉科技": "Company", "岭读": "Product"},
        {("云杉科技", "operatesIn", "医疗信息化")},
        {("汀兰科技", "operatesIn", "医院")},
    ),
    (
        "en-field-of-a-leader-for-and-a-bold-list-item-firm",
        "# News\n\nHarlow Labs, a leader in clinical AI for acute care, today announced a deal.\n\n"
        "- **Pipit Bio**, an AI drug-discovery company out of Austin, closed a Series C.\n",
        {"Harlow Labs": "Company", "Pipit Bio": "Company"},
        {
            ("Harlow Labs", "operatesIn", "acute care"),
            ("Pipit Bio", "operatesIn", "AI drug-discovery"),
        },
        {("Harlow Labs", "operatesIn", "clinical AI")},
    ),
    (
        "en-use-case-cell-that-lists-nothing-is-one-task",
        "# Vendors\n\n| Product | Use case |\n| --- | --- |\n| Kestrel | Radiology triage |\n"
        "| Pipit | Radiology and triage |\n",
        {"Kestrel": "Product", "Pipit": "Product"},
        {("Kestrel", "addressesUseCase", "Radiology triage")},
        {
            ("Kestrel", "addressesUseCase", "triage"),
            ("Pipit", "addressesUseCase", "Radiology and triage"),
        },
    ),
    (
        "zh-agenda-speaker-firm-and-talk-title",
        "# 议程\n\n演讲人：张三（汀兰科技）　题目：岭读在急诊分诊中的应用\n\n"
        "演讲人：李四（澄江医院）　题目：岭书在病历质控中的实践\n",
        {"汀兰科技": "Company", "岭读": "Product", "岭书": "Product", "澄江医院": "Hospital"},
        {
            ("汀兰科技", "develops", "岭读"),
            ("岭读", "addressesUseCase", "急诊分诊"),
            ("岭书", "addressesUseCase", "病历质控"),
        },
        {("澄江医院", "develops", "岭书"), ("汀兰科技", "develops", "岭书")},
    ),
    (
        "en-agenda-speaker-firm-and-talk-title",
        "# Agenda\n\nSpeaker: Jane Roe (Harlow Labs) — Title: Kestrel in the emergency room\n",
        {"Harlow Labs": "Company", "Kestrel": "Product"},
        {("Harlow Labs", "develops", "Kestrel")},
        set(),
    ),
    (
        "zh-profile-focus-after-places-and-a-technology-inside-the-field",
        "# 简报\n\n汀兰医疗成立于2019年，总部位于成都，专注心电人工智能。\n\n"
        "丁科技专注人工智能。\n",
        {"汀兰医疗": "Company", "成都": "Region", "丁科技": "Company"},
        {("汀兰医疗", "operatesIn", "心电人工智能")},
        {("丁科技", "operatesIn", "人工智能")},
    ),
    (
        "zh-market-table-rows-name-the-fields-firms-work-in",
        "# 产业图谱\n\n| 应用场景 | 代表企业 | 2024年规模 | 占比 |\n| --- | --- | --- | --- |\n"
        "| 健康管理 | 汀兰科技 | 18亿元 | 9.7% |\n"
        "| 急诊分诊 | 云杉科技、岭南智能 | 9亿元 | 4.8% |\n",
        {"汀兰科技": "Company", "云杉科技": "Company", "岭南智能": "Company"},
        {
            ("汀兰科技", "operatesIn", "健康管理"),
            ("云杉科技", "operatesIn", "急诊分诊"),
            ("岭南智能", "operatesIn", "急诊分诊"),
        },
        {("汀兰科技", "addressesUseCase", "健康管理"), ("云杉科技", "operatesIn", "健康管理")},
    ),
    (
        "zh-product-table-with-use-cases-is-not-a-market-table",
        "# 产品\n\n| 应用场景 | 企业 | 产品 | 规模 |\n| --- | --- | --- | --- |\n"
        "| 急诊分诊 | 汀兰科技 | 岭读 | 9亿元 |\n",
        {"汀兰科技": "Company", "岭读": "Product"},
        {("岭读", "addressesUseCase", "急诊分诊")},
        {("汀兰科技", "operatesIn", "急诊分诊")},
    ),
    (
        "zh-a-hospitals-projects-table-lists-its-partners",
        "# 澄江市第三人民医院2024年度工作总结\n\n发布单位：澄江市第三人民医院院长办公室\n\n"
        "主要信息化项目一览：\n\n| 项目 | 合作方 | 投入 |\n| --- | --- | --- |\n"
        "| 肺影辅助诊断 | 汀兰科技 | 320万元 |\n| 云诊平台升级 | 自建 | 260万元 |\n",
        {
            "澄江市第三人民医院2024年度工作总结": "Report",
            "澄江市第三人民医院": "Hospital",
            "汀兰科技": "Company",
        },
        {("澄江市第三人民医院", "partnersWith", "汀兰科技")},
        {("澄江市第三人民医院", "partnersWith", "自建")},
    ),
    (
        "zh-bilingual-use-case-cell-is-read-in-its-first-language",
        "# 产品手册\n\n| 产品 Product | 适用场景 Use case |\n| --- | --- |\n"
        "| 岭乳 | 乳腺钼靶辅助诊断 Mammography reading |\n",
        {"岭乳": "Product"},
        {("岭乳", "addressesUseCase", "乳腺钼靶辅助诊断")},
        {("岭乳", "addressesUseCase", "辅助诊断"), ("岭乳", "addressesUseCase", "读片")},
    ),
    (
        "zh-a-use-case-cell-qualifying-one-vocabulary-word-is-the-whole-phrase",
        "# 产品手册\n\n| 产品 | 应用场景 |\n| --- | --- |\n| 岭肾 | CKD风险预测 |\n"
        "| 岭透 | 风险预测 |\n",
        {"岭肾": "Product", "岭透": "Product"},
        {("岭肾", "addressesUseCase", "CKD风险预测"), ("岭透", "addressesUseCase", "风险预测")},
        {("岭肾", "addressesUseCase", "风险预测")},
    ),
    (
        "zh-the-hospital-is-the-one-the-entry-opened-with",
        "# 会员名录\n\n澄江大学附属第二医院：三级甲等综合医院，编制床位2,000张。"
        "医院与枫桥医学智能研究院共建肿瘤大模型“枫桥-Onco”，并作为示范基地。\n\n"
        "汀兰科技：成立于2018年。医院与云杉科技签约。\n",
        {
            "澄江大学附属第二医院": "Hospital",
            "枫桥医学智能研究院": "ResearchInstitution",
            "枫桥-Onco": "AIModel",
            "汀兰科技": "Company",
            "云杉科技": "Company",
        },
        {
            ("澄江大学附属第二医院", "partnersWith", "枫桥医学智能研究院"),
            ("澄江大学附属第二医院", "develops", "枫桥-Onco"),
            ("枫桥医学智能研究院", "develops", "枫桥-Onco"),
        },
        {("澄江大学附属第二医院", "partnersWith", "云杉科技")},
    ),
    (
        "zh-a-hospitals-own-report-calls-itself-the-hospital",
        "# 澄江市第三人民医院2024年度工作总结\n\n发布单位：澄江市第三人民医院院长办公室　　"
        "日期：2025年1月20日\n\n医院与汀兰科技携手，引入其打造的“岭书助手”，用于病历质控。\n",
        {
            "澄江市第三人民医院2024年度工作总结": "Report",
            "澄江市第三人民医院": "Hospital",
            "汀兰科技": "Company",
            "岭书助手": "Product",
        },
        {
            ("澄江市第三人民医院", "partnersWith", "汀兰科技"),
            ("岭书助手", "deployedAt", "澄江市第三人民医院"),
        },
        set(),
    ),
    (
        "en-made-by-together-with-and-team",
        "# Digest\n\nKestrel-FM was developed by Harlow Labs together with St. Brin's Hospital, "
        "and was published in July.\n\nSEPTIX comes from the Norcott Health System's data-science "
        "team, working with researchers at Vale University.\n\n"
        "Pipit was developed by Harlow Labs.\n",
        {
            "Kestrel-FM": "AIModel",
            "SEPTIX": "AIModel",
            "Pipit": "Product",
            "Harlow Labs": "Company",
            "St. Brin's Hospital": "Hospital",
            "Norcott Health System": "Hospital",
            "Vale University": "University",
        },
        {
            ("Harlow Labs", "develops", "Kestrel-FM"),
            ("St. Brin's Hospital", "develops", "Kestrel-FM"),
            ("Norcott Health System", "develops", "SEPTIX"),
            ("Norcott Health System", "partnersWith", "Vale University"),
            ("Harlow Labs", "develops", "Pipit"),
        },
        {("Vale University", "develops", "SEPTIX"), ("St. Brin's Hospital", "develops", "Pipit")},
    ),
    (
        "zh-entry-its-offering-is-the-entrys-not-the-parents",
        "# 会员名录\n\n"
        "汀川医疗科技有限公司：云杉控股控股子公司，主营数字病理，其“汀川病理通”已在14家医院部署。\n",
        {"汀川医疗科技有限公司": "Company", "云杉控股": "Company", "汀川病理通": "Product"},
        {("汀川医疗科技有限公司", "develops", "汀川病理通")},
        {("云杉控股", "develops", "汀川病理通")},
    ),
    (
        "zh-section-use-is-the-offerings-not-the-makers",
        "# 盘点\n\n## 10. 星岚Med\n\n"
        "星岚智能获得国家药监局批准的首批大模型类医疗器械之一，主要用于急诊分诊。\n",
        {"星岚智能": "Company", "星岚Med": "AIModel", "国家药监局": "GovernmentBody"},
        {("星岚Med", "addressesUseCase", "急诊分诊"), ("国家药监局", "regulates", "星岚Med")},
        {("星岚智能", "addressesUseCase", "急诊分诊")},
    ),
    (
        "zh-item-name-colon-task",
        "# 产品一览\n\n- **岭读 Lingdu**：云端急诊分诊服务，上传后4分钟内提示危急征象。\n"
        "- **岭书**：急诊分诊室的排班工具，由澄江市第三人民医院使用。\n",
        {"岭读": "Product", "岭书": "Product", "澄江市第三人民医院": "Hospital"},
        {("岭读", "addressesUseCase", "急诊分诊")},
        {("岭书", "addressesUseCase", "急诊分诊")},
    ),
    (
        "en-heading-name-colon-technology",
        "# Digest\n\n## 2. Kestrel-FM: a foundation model for haematology\n\n"
        "Kestrel-FM was trained on 12,000 slides.\n",
        {"Kestrel-FM": "AIModel"},
        {("Kestrel-FM", "usesTechnology", "foundation model")},
        set(),
    ),
    (
        "zh-features-section-of-a-page-about-one-app",
        "# 岭医生 - AI健康助手\n\n## 应用简介\n\n岭医生是一款健康管理应用。\n\n## 核心功能\n\n"
        "- 智能导诊：描述症状即可推荐就诊科室。\n- 慢病管理：支持血压数据记录。\n\n"
        "## 用户评价\n\n- 用药提醒：希望增加这个功能。\n",
        {"岭医生": "Product"},
        {("岭医生", "addressesUseCase", "智能导诊"), ("岭医生", "addressesUseCase", "慢病管理")},
        {("岭医生", "addressesUseCase", "用药提醒")},
    ),
    (
        "zh-section-maker-modifier",
        "# 盘点：五个值得关注的模型\n\n## 1. 岚问\n\n"
        "苍岭智算科技有限公司今年5月发布的病理大模型，参数量达120亿。\n",
        {"苍岭智算科技有限公司": "Company", "岚问": "AIModel"},
        {("苍岭智算科技有限公司", "develops", "岚问")},
        set(),
    ),
    (
        "zh-section-maker-by-and-partner",
        "# 盘点\n\n## 2. 枫桥-Derm\n\n"
        "皮肤科专科大模型，由枫桥医学智能研究院联合澄江大学附属第二医院共建，训练数据约8万例。\n",
        {
            "枫桥医学智能研究院": "ResearchInstitution",
            "澄江大学附属第二医院": "Hospital",
            "枫桥-Derm": "AIModel",
        },
        {
            ("枫桥医学智能研究院", "develops", "枫桥-Derm"),
            ("澄江大学附属第二医院", "develops", "枫桥-Derm"),
        },
        set(),
    ),
    (
        "zh-section-possessive-based-on-task-and-site",
        "# 盘点\n\n## 3. 汀兰·分诊\n\n"
        "汀兰科技基于云杉大模型开发的急诊分诊模型，引入澄江市第三人民医院急诊科后，"
        "分诊耗时缩短一半。\n\n## 4. 汀兰·心\n\n"
        "汀兰科技的第二个专科模型，专攻心衰管理。随访AUC为0.8，已在澄江市第三人民医院心内科试运行。\n",
        {
            "汀兰科技": "Company",
            "云杉大模型": "AIModel",
            "汀兰·分诊": "AIModel",
            "汀兰·心": "AIModel",
            "澄江市第三人民医院": "Hospital",
        },
        {
            ("汀兰科技", "develops", "汀兰·分诊"),
            ("汀兰·分诊", "basedOn", "云杉大模型"),
            ("汀兰·分诊", "addressesUseCase", "急诊分诊"),
            ("汀兰·分诊", "deployedAt", "澄江市第三人民医院"),
            ("汀兰科技", "develops", "汀兰·心"),
            ("汀兰·心", "deployedAt", "澄江市第三人民医院"),
        },
        {("汀兰·分诊", "deployedAt", "汀兰科技"), ("汀兰·心", "develops", "汀兰科技")},
    ),
    (
        "zh-section-sentence-naming-its-own-offering-is-left-alone",
        "# 盘点\n\n## 5. 岚问\n\n"
        "另一款产品“岚图”是苍岭智算科技有限公司发布的影像模型，已在澄江市第三人民医院上线。\n",
        {
            "苍岭智算科技有限公司": "Company",
            "岚问": "AIModel",
            "岚图": "AIModel",
            "澄江市第三人民医院": "Hospital",
        },
        set(),
        {
            ("苍岭智算科技有限公司", "develops", "岚问"),
            ("岚问", "deployedAt", "澄江市第三人民医院"),
        },
    ),
    (
        "zh-company-heading-is-not-an-offering-section",
        "# 企业名录\n\n## 苍岭智算科技有限公司\n\n"
        "云杉科技今年5月发布的病理大模型，参数量达120亿。\n",
        {"苍岭智算科技有限公司": "Company", "云杉科技": "Company"},
        set(),
        {("云杉科技", "develops", "苍岭智算科技有限公司")},
    ),
    (
        "zh-directory-entry-site-adopts",
        "# 会员名录\n\n"
        "澄江市第三人民医院：三级综合医院，2024年信息化投入2,100万元，先后引入“岭影”和“岭书助手”，"
        "是协会理事单位。\n\n"
        "澄江省人民医院：省级区域医疗中心，心内科试运行汀兰科技的心电大模型“汀兰·心”，"
        "年门诊量约200万人次。\n",
        {
            "澄江市第三人民医院": "Hospital",
            "澄江省人民医院": "Hospital",
            "汀兰科技": "Company",
            "岭影": "Product",
            "岭书助手": "Product",
            "汀兰·心": "AIModel",
        },
        {
            ("岭影", "deployedAt", "澄江市第三人民医院"),
            ("岭书助手", "deployedAt", "澄江市第三人民医院"),
            ("汀兰·心", "deployedAt", "澄江省人民医院"),
            ("汀兰科技", "develops", "汀兰·心"),
        },
        {("汀兰·心", "deployedAt", "澄江市第三人民医院")},
    ),
    (
        "zh-partner-product-is-not-owned",
        "# 简讯\n\n汀兰科技的合作产品“岭影”已接入多家医院。\n",
        {"汀兰科技": "Company", "岭影": "Product"},
        set(),
        {("汀兰科技", "develops", "岭影")},
    ),
    (
        "zh-kind-word-before-offering-makes-it-the-topic",
        "# 名录\n\n汀兰科技：深耕医疗信息化十年，产品“岭书助手”已服务300家医院，"
        "心电产品“岭心AI”在澄江省人民医院使用。\n",
        {
            "汀兰科技": "Company",
            "岭书助手": "Product",
            "岭心AI": "Product",
            "澄江省人民医院": "Hospital",
        },
        {("岭心AI", "deployedAt", "澄江省人民医院")},
        {("岭书助手", "deployedAt", "澄江省人民医院")},
    ),
    (
        "table-segment-column-beside-an-offering-is-the-firms-field-and-the-offerings-use",
        "# Landscape\n\n| Company | Flagship offering | Segment | Revenue ($M) |\n"
        "| --- | --- | --- | --- |\n"
        "| Tarnwell Health | Tarnwell Beacon | Gait coaching at home | 41 |\n"
        "| Quorra AI | Quorra Desk | Remote patient monitoring | 88 |\n",
        {
            "Tarnwell Health": "Company",
            "Tarnwell Beacon": "Product",
            "Quorra AI": "Company",
            "Quorra Desk": "Product",
        },
        {
            ("Tarnwell Health", "operatesIn", "Gait coaching at home"),
            ("Tarnwell Beacon", "addressesUseCase", "Gait coaching at home"),
            ("Quorra AI", "operatesIn", "Remote patient monitoring"),
        },
        {("Tarnwell Health", "operatesIn", "Remote patient monitoring")},
    ),
    (
        "zh-second-site-in-the-next-clause",
        "# 案例\n\n2025年3月，汀问在礼澜制药医学部上线，同期在岚江医科大学附属医院开展问询试点。\n",
        {"汀问": "Product", "礼澜制药": "Company", "岚江医科大学附属医院": "Hospital"},
        {("汀问", "deployedAt", "礼澜制药"), ("汀问", "deployedAt", "岚江医科大学附属医院")},
        set(),
    ),
    (
        "en-second-site-after-and-at",
        "# Brief\n\nVelo Triage went live at Tarrow Hospital in 2024 and at Brill Clinic in 2025."
        " Quell Desk is sold by Brill Clinic and used by analysts.\n",
        {
            "Velo Triage": "Product",
            "Quell Desk": "Product",
            "Tarrow Hospital": "Hospital",
            "Brill Clinic": "Hospital",
        },
        {
            ("Velo Triage", "deployedAt", "Tarrow Hospital"),
            ("Velo Triage", "deployedAt", "Brill Clinic"),
        },
        {("Velo Triage", "deployedAt", "Quell Desk")},
    ),
    (
        "table-kind-column-names-no-use",
        "# 产品目录\n\n| 企业 | 产品 | 类型 |\n| --- | --- | --- |\n"
        "| 汀澜科技 | 汀澜读片 | 软件 |\n",
        {"汀澜科技": "Company", "汀澜读片": "Product"},
        {("汀澜科技", "develops", "汀澜读片")},
        {("汀澜读片", "addressesUseCase", "软件")},
    ),
]


@pytest.mark.parametrize(
    ("text", "names", "expected", "unexpected"),
    [case[1:] for case in _CASES],
    ids=[case[0] for case in _CASES],
)
def test_structure_relations(
    tmp_path: Path,
    text: str,
    names: dict[str, str],
    expected: set[Fact],
    unexpected: set[Fact],
) -> None:
    check_relations(tmp_path, text, names, expected, unexpected)
