"""Where an offering is taken up: a site that adopts a maker's product, a fronted site, the
first site to use one, and a case study's own hospital called "the hospital" / 医院. Every
name is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from relation_support import Fact, check_relations

NAMES = {
    "青禾医院": "Hospital",
    "渭川中心医院": "Hospital",
    "临川妇幼保健院": "Hospital",
    "南湖区人民医院": "Hospital",
    "北辰医院": "Hospital",
    "澄星智能": "Company",
    "启明科技": "Company",
    "睿眸科技": "Company",
    "云杉数智": "Company",
    "肺结节AI辅助诊断系统": "Product",
    "慧病理": "Platform",
    "智医助理": "Product",
    "睿眸EyeScan": "Product",
    "心衡ECG": "Product",
    "病历通": "Platform",
    "St. Aldric Hospital": "Hospital",
    "Mercy Eastfield Hospital": "Hospital",
    "Brightwater General Hospital": "Hospital",
    "Oakridge Clinic": "Hospital",
    "Linden Bay Medical Center": "Hospital",
    "Kestrel Bay Hospital": "Hospital",
    "Veridian Health": "Company",
    "SepsisWatch": "Product",
    "CardioSense": "Product",
    "TriageIQ": "Product",
    "StrokeFlow": "Product",
}

CASES = [
    (  # a site takes up a product its maker is named with
        "2025年3月，青禾医院正式上线了由澄星智能开发的“肺结节AI辅助诊断系统”。",
        {("肺结节AI辅助诊断系统", "deployedAt", "青禾医院")},
        set(),
    ),
    (
        "渭川中心医院引进启明科技的病理AI平台“慧病理”后，诊断时间缩短了40%。",
        {("慧病理", "deployedAt", "渭川中心医院")},
        {("慧病理", "deployedAt", "启明科技")},
    ),
    (  # connected to many sites, one named
        "截至2025年6月，“智医助理”已接入省内86家基层医疗机构，其中包括南湖区人民医院。",
        {("智医助理", "deployedAt", "南湖区人民医院")},
        set(),
    ),
    (  # a site fronted as the place of what follows
        "在临川妇幼保健院，睿眸科技的眼底筛查系统“睿眸EyeScan”已完成超过2万例筛查。",
        {("睿眸EyeScan", "deployedAt", "临川妇幼保健院")},
        set(),
    ),
    (  # a fronted site where the product is only launched: nothing is in use there
        "在临川妇幼保健院举办的发布会上，睿眸科技发布了“睿眸EyeScan”。",
        set(),
        {("睿眸EyeScan", "deployedAt", "临川妇幼保健院")},
    ),
    (
        "北辰医院是全省首家应用“心衡ECG”的三甲医院。",
        {("心衡ECG", "deployedAt", "北辰医院")},
        set(),
    ),
    (
        "St. Aldric Hospital went live with Veridian Health's sepsis alert tool, SepsisWatch,"
        " in March 2025.",
        {("SepsisWatch", "deployedAt", "St. Aldric Hospital")},
        set(),
    ),
    (
        "At Mercy Eastfield Hospital, clinicians use CardioSense to flag atrial fibrillation.",
        {("CardioSense", "deployedAt", "Mercy Eastfield Hospital")},
        set(),
    ),
    (  # a fronted site, then what was said there: no use
        "At Mercy Eastfield Hospital, the CEO of Veridian Health presented SepsisWatch.",
        set(),
        {("SepsisWatch", "deployedAt", "Mercy Eastfield Hospital")},
    ),
    (
        "Brightwater General Hospital was the first site to deploy TriageIQ.",
        {("TriageIQ", "deployedAt", "Brightwater General Hospital")},
        set(),
    ),
    (
        "Oakridge Clinic signed a three-year contract with Veridian Health to implement"
        " SepsisWatch.",
        {("SepsisWatch", "deployedAt", "Oakridge Clinic")},
        set(),
    ),
    (  # a trial at a site, the offering after it
        "The regulator ran a 6-month pilot in 2024 at Kestrel Bay Hospital using StrokeFlow.",
        {("StrokeFlow", "deployedAt", "Kestrel Bay Hospital")},
        set(),
    ),
    (
        "A pilot of TriageIQ at Linden Bay Medical Center began in May 2025.",
        {("TriageIQ", "deployedAt", "Linden Bay Medical Center")},
        set(),
    ),
    (  # a result an offering had at a site
        "CardioSense cut door-to-needle time by 14 minutes at Brightwater General Hospital.",
        {("CardioSense", "deployedAt", "Brightwater General Hospital")},
        set(),
    ),
    (  # a result reported at a meeting held at a site: no use there
        "Veridian Health presented CardioSense results at a meeting.",
        set(),
        {("CardioSense", "deployedAt", "Veridian Health")},
    ),
    (
        "SepsisWatch was validated at Oakridge Clinic and St. Aldric Hospital.",
        {
            ("SepsisWatch", "deployedAt", "Oakridge Clinic"),
            ("SepsisWatch", "deployedAt", "St. Aldric Hospital"),
        },
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected", "unexpected"), CASES)
def test_uptake_wordings(
    tmp_path: Path, text: str, expected: set[Fact], unexpected: set[Fact]
) -> None:
    check_relations(tmp_path, text + "\n", NAMES, expected, unexpected)


def test_the_hospital_of_a_case_study_is_the_one_its_title_names(tmp_path: Path) -> None:
    text = (
        "# How Linden Bay Medical Center cut its stroke times\n\n"
        "Linden Bay Medical Center is a 450-bed teaching hospital.\n\n"
        "In January 2025 the hospital went live with StrokeFlow.\n"
    )
    check_relations(
        tmp_path, text, NAMES, {("StrokeFlow", "deployedAt", "Linden Bay Medical Center")}, set()
    )


def test_bare_hospital_in_a_chinese_case_study_is_its_hospital(tmp_path: Path) -> None:
    text = (
        "# 青禾医院：AI助力急诊提速\n\n青禾医院是一家三级甲等综合医院。\n\n"
        "医院还上线了智能病历质控平台“病历通”，由云杉数智提供。\n"
    )
    check_relations(tmp_path, text, NAMES, {("病历通", "deployedAt", "青禾医院")}, set())


def test_the_hospital_is_no_ones_when_a_report_names_several(tmp_path: Path) -> None:
    text = (
        "# Sepsis AI in 2025\n\nKestrel Bay Hospital and Oakridge Clinic are both large.\n\n"
        "In March the hospital went live with SepsisWatch.\n"
    )
    check_relations(
        tmp_path,
        text,
        NAMES,
        set(),
        {
            ("SepsisWatch", "deployedAt", "Kestrel Bay Hospital"),
            ("SepsisWatch", "deployedAt", "Oakridge Clinic"),
        },
    )


def test_a_hospitals_own_summary_deploys_what_went_live_there(tmp_path: Path) -> None:
    text = (
        "# 青禾医院2024年度工作总结\n\n青禾医院是一家三级医院。我院全年门诊量120万人次。\n\n"
        "5月，由澄星智能研发的“肺结节AI辅助诊断系统”在影像科正式上线。\n\n"
        "启明科技上线了“慧病理”。\n\n明年计划上线“心衡ECG”。\n"
    )
    check_relations(
        tmp_path,
        text,
        NAMES,
        {("肺结节AI辅助诊断系统", "deployedAt", "青禾医院")},
        {("慧病理", "deployedAt", "青禾医院"), ("心衡ECG", "deployedAt", "青禾医院")},
    )


def test_a_unit_named_after_its_body_belongs_to_it(tmp_path: Path) -> None:
    names = {
        "岚州医学会": "Association",
        "岚州医学会放射学分会": "Association",
        "Kestrel Health": "Company",
        "Kestrel Health Ventures": "Company",
        "Kestrel Health Systems Inc.": "Company",
    }
    text = (
        "岚州医学会与岚州医学会放射学分会联合发布共识。\n\n"
        "Kestrel Health and Kestrel Health Ventures led the round.\n\n"
        "Kestrel Health Systems Inc. filed its report.\n"
    )
    check_relations(
        tmp_path,
        text,
        names,
        {
            ("岚州医学会放射学分会", "subsidiaryOf", "岚州医学会"),
            ("Kestrel Health Ventures", "subsidiaryOf", "Kestrel Health"),
        },
        {("Kestrel Health Systems Inc.", "subsidiaryOf", "Kestrel Health")},
    )


def test_a_place_in_brackets_after_a_name_with_a_state_the_lexicon_lacks(tmp_path: Path) -> None:
    names = {"Sunhollow Medical Center": "Hospital", "Phoenix": "Region"}
    text = "Sunhollow Medical Center (Phoenix, Arizona) receives $2.5 million.\n"
    check_relations(
        tmp_path, text, names, {("Sunhollow Medical Center", "locatedIn", "Phoenix")}, set()
    )


def test_an_entry_names_its_offering_then_its_maker(tmp_path: Path) -> None:
    names = {
        "MuPath 3": "Product",
        "穆岚智能": "Company",
        "Quorlan PathAssist": "Product",
        "Quorlan Health Systems": "Company",
        "岐岚医疗": "Company",
        "美国": "Region",
    }
    text = (
        "- **MuPath 3**：穆岚智能出品，主打宫颈细胞学；\n"
        "- **Quorlan PathAssist**：美国公司Quorlan Health Systems打造，国内由代理商岐岚医疗销售；\n"
    )
    check_relations(
        tmp_path,
        text,
        names,
        {
            ("穆岚智能", "develops", "MuPath 3"),
            ("Quorlan Health Systems", "develops", "Quorlan PathAssist"),
        },
        {("岐岚医疗", "develops", "Quorlan PathAssist")},
    )


def test_a_short_name_filed_under_a_longer_firm_stands_for_it() -> None:
    from medatlas.loaders.extract.model import Mention
    from medatlas.loaders.extract.relation_portfolio import _short_form_of

    full = Mention(0, 11, "Qorvane Bio", "Company", 0.9, "t", name="Qorvane Bio")
    short = Mention(40, 47, "Qorvane", "Company", 0.8, "t", name="Qorvane Bio")
    alone = Mention(40, 47, "Qorvane", "Company", 0.8, "t", name="Qorvane")
    assert _short_form_of("Qorvane", [full, short]) is full
    assert _short_form_of("Qorvane", [full]) is full
    assert _short_form_of("Qorvane", [full, alone]) is None  # a name of its own


def test_a_list_of_adopters_under_an_offerings_heading_are_its_sites(tmp_path: Path) -> None:
    text = (
        "# Investor day\n\n## Slide 5 - TriageIQ\n\n- Launched in May 2025\n"
        "- Early adopters: Kestrel Bay Hospital, Linden Bay Medical Center\n\n"
        "## 三、病历通\n\n- 标杆客户：青禾医院、北辰医院\n\n"
        "## 四、Veridian Health\n\n- Customers: Oakridge Clinic\n"
    )
    check_relations(
        tmp_path,
        text,
        NAMES,
        {
            ("TriageIQ", "deployedAt", "Kestrel Bay Hospital"),
            ("TriageIQ", "deployedAt", "Linden Bay Medical Center"),
            ("病历通", "deployedAt", "青禾医院"),
            ("病历通", "deployedAt", "北辰医院"),
        },
        # a company's section names its customers, not where an offering runs
        {
            ("TriageIQ", "deployedAt", "Oakridge Clinic"),
            ("病历通", "deployedAt", "Oakridge Clinic"),
        },
    )


def test_a_profile_titled_by_a_short_name_lists_its_firms_products(tmp_path: Path) -> None:
    text = (
        "# 岱川健康科技 公司简介\n\n| 项目 | 内容 |\n| --- | --- |\n"
        "| 公司全称 | 苏州岱川健康科技股份有限公司 |\n\n## 核心产品\n\n"
        "- **岚镜内镜AI**：消化内镜实时辅助检测系统。\n- **病历通**：病历质控平台。\n"
    )
    names = {**NAMES, "苏州岱川健康科技股份有限公司": "Company", "岚镜内镜AI": "Product"}
    check_relations(
        tmp_path,
        text,
        names,
        {
            ("苏州岱川健康科技股份有限公司", "develops", "岚镜内镜AI"),
            ("苏州岱川健康科技股份有限公司", "develops", "病历通"),
        },
        set(),
    )


MINUTES = (
    "青禾医院\n信息化建设委员会第三次会议纪要\n\n会议时间：2025年9月12日\n"
    "主持人：副院长 周明\n\n"
    "信息中心汇报：由澄星智能承建的“澄星病历助手”自6月起在心内科等6个科室试点，"
    "该系统基于启明科技的“启明影像大模型”，在院内私有化部署。\n\n"
    "医务部汇报：本院2023年引进的“心衡CDSS”（由睿眸科技提供）已覆盖全院42个科室。\n"
)


def test_a_hospitals_minutes_deploy_what_its_departments_report_in_use(tmp_path: Path) -> None:
    from medatlas.graph.identity import NameIndex
    from medatlas.loaders.extract.gazetteer import atlas_gazetteer
    from medatlas.loaders.pipeline import extract_document
    from medatlas.loaders.readers import read_document

    path = tmp_path / "minutes.txt"
    path.write_text(MINUTES, encoding="utf-8")
    facts = extract_document(
        read_document(path), gazetteer=atlas_gazetteer(), names=NameIndex(), classes={}
    ).facts
    names = {
        e.iri: max((a.text for a in e.aliases), default=e.iri, key=len) for e in facts.entities
    }
    deployed = {
        (names.get(r.subject, r.subject), names.get(str(r.object), str(r.object)))
        for r in facts.relations
        if r.predicate == "deployedAt"
    }
    assert {("澄星病历助手", "青禾医院"), ("心衡CDSS", "青禾医院")} <= deployed, deployed
    assert ("启明影像大模型", "青禾医院") not in deployed  # what it is built on did not go live


def test_the_first_line_under_a_firms_heading_says_what_it_does(tmp_path: Path) -> None:
    text = (
        "# Demo day\n\n## The companies\n\n### Veridian Health\n"
        "Remote monitoring for heart-failure patients. Veridian Health works with St. Aldric"
        " Hospital on digital pathology.\n\n### Oakridge Clinic\n\nA clinic in Ohio.\n"
    )
    check_relations(
        tmp_path,
        text,
        NAMES,
        {("Veridian Health", "addressesUseCase", "Remote monitoring")},
        # the later sentence names someone: not read as the firm's description
        {("Veridian Health", "addressesUseCase", "digital pathology")},
    )


_SERVICE_NAMES = {
    "岚州市疾病预防控制中心": "GovernmentBody",
    "岚州市医疗保障局": "GovernmentBody",
    "国家药监局": "GovernmentBody",
    "岚州市卫生健康委员会": "GovernmentBody",
    "疫哨预警系统": "Product",
}


@pytest.mark.parametrize(
    ("text", "expected", "unexpected"),
    [
        (  # a disease-control centre runs an offering as a hospital does
            "岚州市疾病预防控制中心于2024年11月上线疫哨预警系统，接入46家哨点医院。",
            {("疫哨预警系统", "deployedAt", "岚州市疾病预防控制中心")},
            set(),
        ),
        (
            "2025年3月，疫哨预警系统在岚州市医疗保障局上线。",
            {("疫哨预警系统", "deployedAt", "岚州市医疗保障局")},
            set(),
        ),
        (  # a regulator or a commission is no site
            "疫哨预警系统于2024年获国家药监局批准，岚州市卫生健康委员会推广应用。",
            set(),
            {
                ("疫哨预警系统", "deployedAt", "国家药监局"),
                ("疫哨预警系统", "deployedAt", "岚州市卫生健康委员会"),
            },
        ),
    ],
)
def test_a_public_service_body_is_a_site(
    tmp_path: Path, text: str, expected: set[Fact], unexpected: set[Fact]
) -> None:
    check_relations(tmp_path, text, _SERVICE_NAMES, expected, unexpected)
