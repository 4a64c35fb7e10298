"""Offerings named without a suffix, headings and codes that are no names, public-sector
organisations, former names, self-media accounts and the types of notices and catalogues.

Every sentence here is invented for these tests (other names, other wording than any report).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medatlas.loaders.extract.entities import discover_entities
from medatlas.loaders.extract.entity_zh import is_policy_title, title_class
from medatlas.loaders.readers.text import read_text


def _found(text: str) -> dict[str, set[str]]:
    """Each discovered surface with the (name, class) pairs it was filed under."""
    doc = read_text(Path("a.txt"), text.encode())
    out: dict[str, set[str]] = {}
    for m in discover_entities(doc, []):
        out.setdefault(m.text, set()).add(f"{m.name}|{m.cls}")
    return out


def _classes(text: str) -> dict[str, set[str]]:
    return {surface: {v.split("|")[1] for v in vals} for surface, vals in _found(text).items()}


# ---------------------------------------------------------------- English offerings


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pellham Labs introduced GlintScan, which flags bleeds on head CT.", "GlintScan"),
        ("Orrin Diagnostics unveiled SoftTrace at the spring congress.", "SoftTrace"),
        ("Last year Dovecrest Imaging released NoduVue for its clinics.", "NoduVue"),
    ],
)
def test_a_coined_name_after_a_verb_of_making_is_a_product(text: str, name: str) -> None:
    assert _classes(text).get(name) == {"Product"}, _found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("SkimRead is cleared in the EU for adult chest films.", "SkimRead"),
        ("FractaLens detects wrist fractures on plain films.", "FractaLens"),
        ("In the pilot, CytoPrism reads cervical slides overnight.", "CytoPrism"),
        ("VesselTrack received CE marking in May.", "VesselTrack"),
    ],
)
def test_what_an_offering_does_or_undergoes_makes_it_a_product(text: str, name: str) -> None:
    assert _classes(text).get(name) == {"Product"}, _found(text)


def test_a_brand_sharing_the_makers_first_word_is_its_product() -> None:
    text = (
        "Tembra Health Systems sells to 40 hospitals. "
        "Tembra LungSight was deployed at 12 sites in 2024."
    )
    classes = _classes(text)
    assert classes.get("Tembra Health Systems") == {"Company"}
    assert classes.get("Tembra LungSight") == {"Product"}


def test_a_coined_word_after_a_companys_possessive_is_its_product() -> None:
    text = "The contract covers Ostley Imaging's DoseKeeper for all CT rooms."
    assert _classes(text).get("DoseKeeper") == {"Product"}


@pytest.mark.parametrize(
    "text",
    [
        "Pellham Labs raised $20 million in a round led by Corbin Ventures.",
        "Orrin Diagnostics acquired Lumetta Bio for $40 million.",
    ],
)
def test_companies_in_deals_stay_companies(text: str) -> None:
    classes = _classes(text)
    assert all(cls == {"Company"} for cls in classes.values()), classes


def test_the_short_form_of_the_maker_is_no_product() -> None:
    text = (
        "Brisk & Hale Securities | Equity Research\n\n"
        "Source: company filings, Brisk & Hale estimates."
    )
    assert "Product" not in {c for cls in _classes(text).values() for c in cls}


# ---------------------------------------------------------------- Chinese offerings


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("澄溪医疗推出见澈，用于肺结节筛查。", "见澈", "Product"),
        ("岚图智能发布了灵湛，一款面向病理科的AI辅助诊断工具。", "灵湛", "Product"),
        ("棠溪科技上线了知澜，可为医生提供病历质控。", "知澜", "Product"),
        ("北辰医疗推出北辰云诊（一款基层辅助诊疗应用），已覆盖20个区县。", "北辰云诊", "Product"),
    ],
)
def test_a_coined_chinese_name_after_a_verb_of_making(text: str, name: str, cls: str) -> None:
    assert _classes(text).get(name) == {cls}, _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "公司推出新版，覆盖更多场景。",
        "医院上线运行，效果良好。",
        "公司加大研发投入，研发费用增长20%。",
        "联盟发布了倡议，呼吁各方合作。",
        "平台上线以来，用户增长迅速。",
    ],
)
def test_ordinary_words_after_a_verb_of_making_are_no_product(text: str) -> None:
    assert not any("Product" in cls for cls in _classes(text).values()), _found(text)


# ---------------------------------------------------------------- no names


@pytest.mark.parametrize(
    "text",
    [
        "FISCAL YEAR ENDED DECEMBER 31, 2024\n\nRevenue grew.",
        "QUARTER ENDED MARCH 31\n\nMargins held.",
        "The device is certified as Class IIb under the rules.",
        "Reference: QRS-ICB-2025-0311",
    ],
)
def test_headings_classes_and_reference_codes_are_no_names(text: str) -> None:
    assert _found(text) == {}


# ---------------------------------------------------------------- public sector


def test_english_public_sector_suffixes() -> None:
    text = (
        "The Fenmoor Integrated Care Board funded the pilot at "
        "Ashgrove and Tilby Hospitals NHS Foundation Trust."
    )
    classes = _classes(text)
    assert classes.get("Fenmoor Integrated Care Board") == {"GovernmentBody"}
    assert classes.get("Ashgrove and Tilby Hospitals NHS Foundation Trust") == {"Hospital"}


def test_a_law_with_and_inside_keeps_its_whole_name() -> None:
    classes = _classes("The Health and Care Act 2022 created new statutory bodies.")
    assert classes.get("Health and Care Act 2022") == {"Policy"}
    assert "Care Act" not in classes


def test_two_names_joined_by_and_are_still_split() -> None:
    classes = _classes("Glenholt Clinic and Pravix built a triage model together.")
    assert "Glenholt Clinic" in classes
    assert not any(" and " in surface for surface in classes)


def test_a_foundation_is_an_organisation() -> None:
    assert _classes("A grant from the Oakmere Foundation paid for it.").get(
        "Oakmere Foundation"
    ) == {"Organization"}


# ---------------------------------------------------------------- Chinese organisations


def test_a_former_name_in_brackets_is_the_same_firm() -> None:
    found = _found("澜石医疗（原澜石影像）完成B轮融资，由青岚资本领投。")
    assert "原澜石影像" not in found
    assert found.get("澜石影像") == {"澜石医疗|Company"}


def test_a_self_media_account_is_an_organisation() -> None:
    assert _classes("本文转载自公众号“医械观潮”。").get("医械观潮") == {"Organization"}


def test_a_law_firm_is_an_organisation() -> None:
    assert _classes("北澜律师事务所担任本次交易的法律顾问。").get("北澜律师事务所") == {
        "Organization"
    }


# ---------------------------------------------------------------- notices and catalogues


@pytest.mark.parametrize(
    ("title", "cls"),
    [
        ("关于签订重大合同的公告", "Report"),
        ("关于对外投资设立全资子公司的公告", "Report"),
        ("某市人民医院影像云采购项目中标结果公告", "Report"),
        ("国家药监局关于发布医疗器械分类目录的公告", "Policy"),
        ("栖原市公共数据资源开放目录", "Dataset"),
        ("医疗器械分类目录", "Policy"),
    ],
)
def test_the_class_of_a_notice_or_a_catalogue(title: str, cls: str) -> None:
    assert title_class(title)[0] == cls


def test_a_companys_notice_is_no_policy_document() -> None:
    assert not is_policy_title("澜石医疗科技股份有限公司关于签订重大合同的公告")
    assert is_policy_title("某委员会关于印发试点单位名单的通知")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("灵湛正式上线，首批覆盖10家医院。", "灵湛"),
        ("知澜于2024年3月上线。", "知澜"),
        ("睿眸由澄溪医疗自主研发，已进入20家医院。", "睿眸"),
        ("澄溪医疗旗下产品灵湛已进入30家医院。", "灵湛"),
        ("该公司自研的知澜已在基层医院上线。", "知澜"),
        ("灵湛（产品）于2024年获批三类证。", "灵湛"),
    ],
)
def test_what_a_sentence_says_of_a_chinese_offering(text: str, name: str) -> None:
    assert _classes(text).get(name) == {"Product"}, _found(text)


def test_an_offering_said_to_go_live_outweighs_a_weak_company_cue() -> None:
    classes = _classes("知澜于2024年3月上线。知澜专注于基层慢病管理。")
    assert classes.get("知澜") == {"Product"}


def test_a_going_live_hospital_or_system_is_left_to_its_ending() -> None:
    classes = _classes("栖原市人民医院互联网诊疗服务正式上线，患者可在线复诊。")
    assert not any("Product" in cls for cls in classes.values()), classes


def test_a_description_in_brackets_is_no_second_name() -> None:
    text = "澄溪医疗的核心产品包括见澈（肺结节AI）和灵湛（病理AI）。"
    found = _found(text)
    assert _classes(text).get("见澈") == {"Product"}
    assert "肺结节AI" not in found


def test_a_short_name_given_with_its_cue_is_filed_under_the_full_name() -> None:
    found = _found("近日，栖原大学附属澜海医院（以下简称“澜海医院”）与深澜医疗联合宣布合作。")
    assert found.get("澜海医院") == {"栖原大学附属澜海医院|Hospital"}
    assert not any("简称" in surface for surface in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("据医脉周报统计，本周共有8起融资事件。", "医脉周报"),
        ("医脉周报认为，2025年将是商业化元年。", "医脉周报"),
        ("本文首发于微信公众号医械观潮，作者：李明。", "医械观潮"),
    ],
)
def test_a_newsletter_or_account_that_reports_is_an_organisation(text: str, name: str) -> None:
    assert _classes(text).get(name) == {"Organization"}, _found(text)


def test_a_maker_of_an_offering_names_the_offering() -> None:
    classes = _classes("Tarvell Labs, the maker of OptiScan, raised $12 million.")
    assert classes.get("OptiScan") == {"Product"}
    assert classes.get("Tarvell Labs") == {"Company"}


@pytest.mark.parametrize(
    "text",
    [
        "The Harbourside Digital Health Forum 2025 took place in March.",
        "Risk Class IIa devices require a notified body.",
        "Our reference is NHS-ENG-2024-118 and case QRS-2023-7781.",
    ],
)
def test_events_grades_and_codes_name_nothing(text: str) -> None:
    assert _found(text) == {}


def test_names_in_the_pages_related_links_are_not_the_reports() -> None:
    text = (
        "# 澄溪医疗完成B轮融资\n\n澄溪医疗完成B轮融资，由青岚资本领投。\n\n"
        "## 相关阅读\n\n- 栖禾智能获1亿元A轮融资\n- 北岚医疗发布眼底筛查一体机\n"
    )
    doc = read_text(Path("a.md"), text.encode())
    names = {m.text for m in discover_entities(doc, [])}
    assert "澄溪医疗" in names
    assert not names & {"栖禾智能", "北岚医疗"}


@pytest.mark.parametrize(
    ("header", "cls"),
    [("大模型产品", "Product"), ("产品", "Product"), ("Flagship product", "Product")],
)
def test_a_columns_class_is_its_headers_head_word(header: str, cls: str) -> None:
    from medatlas.loaders.extract.entity_layout import column_class

    assert column_class(header) == cls


def test_in_a_column_of_offerings_a_names_own_ending_decides() -> None:
    text = (
        "| 厂商 | 大模型产品 | 主要场景 |\n| --- | --- | --- |\n"
        "| 澄溪医疗 | 澄溪医疗大模型 | 辅助诊断 |\n| 棠溪科技 | 知澜 | 健康咨询 |\n"
    )
    doc = read_text(Path("a.md"), text.encode())
    classes = {m.text: m.cls for m in discover_entities(doc, [])}
    assert classes.get("澄溪医疗大模型") == "AIModel"
    assert classes.get("知澜") == "Product"


def test_a_hospital_groups_flagship_makes_it_a_hospital() -> None:
    text = (
        "Lakemont General is the flagship facility of Tarrow Valley Health Alliance. "
        "Tarrow Valley Health Alliance will extend the tool next year."
    )
    assert _classes(text).get("Tarrow Valley Health Alliance") == {"Hospital"}


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        (
            "We report to the Securities and Exchange Commission.",
            "Securities and Exchange Commission",
            "GovernmentBody",
        ),
        (
            "We are subject to the Vellmar Privacy Act of 2019.",
            "Vellmar Privacy Act of 2019",
            "Policy",
        ),
        (
            "This Annual Report on Form 10-K contains forward-looking statements.",
            "Annual Report on Form 10-K",
            "Report",
        ),
    ],
)
def test_names_in_a_us_annual_report(text: str, name: str, cls: str) -> None:
    assert _classes(text).get(name) == {cls}, _found(text)


def test_plans_and_reports_as_nouns_make_no_company() -> None:
    assert _found("Revenue from Medicare Advantage plans grew 12%.") == {}


def test_a_first_of_its_kind_or_a_certified_coined_name_is_a_product() -> None:
    text = "睿眸获得国家药监局三类证，成为国内首款获批的眼底AI产品。"
    assert _classes(text).get("睿眸") == {"Product"}, _found(text)


def test_an_enumerated_condition_is_no_product() -> None:
    text = "纳入范围须满足两个条件：一是产品取得国家药监局颁发的医疗器械注册证；二是已备案。"
    assert not any("Product" in cls for cls in _classes(text).values()), _found(text)


def test_the_pages_share_buttons_name_nothing() -> None:
    from medatlas.loaders.extract.gazetteer import Gazetteer, GazetteerEntry

    gazetteer = Gazetteer([GazetteerEntry("x:chat", "Platform", ("微信",))])
    assert gazetteer.find("分享到：微信 微博 | 打印本页") == []
    assert [m.text for m in gazetteer.find("患者可通过微信预约。")] == ["微信"]


def test_a_header_cell_that_describes_its_column_names_nothing() -> None:
    text = (
        "| Vendor | Flagship product | Primary use case |\n| --- | --- | --- |\n"
        "| Pellham Labs | GlintScan | Stroke triage |\n"
    )
    doc = read_text(Path("a.md"), text.encode())
    names = {m.text for m in discover_entities(doc, [])}
    assert "Primary" not in names
    assert "GlintScan" in names


def test_the_short_form_of_a_makers_brand_is_filed_under_the_brand() -> None:
    text = "Tembra Health Systems released Tembra LungSight in March; LungSight reads chest CT."
    found = _found(text)
    assert found.get("LungSight") == {"Tembra LungSight|Product"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("澄溪医疗推出了一款名为灵湛的病理AI软件。", "灵湛"),
        ("该院上线了一个叫做知澜的随访小程序。", "知澜"),
    ],
)
def test_the_name_a_sentence_gives_an_offering(text: str, name: str) -> None:
    assert _classes(text).get(name) == {"Product"}, _found(text)


def test_a_nickname_of_a_firm_is_no_offering() -> None:
    assert _found("这家被称为医疗界独角兽的企业完成融资。") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Marta Quell also co-led the round.",
        "Angel investor Priya Raman and Elan Voss also joined the round.",
    ],
)
def test_an_angel_named_like_a_person_is_no_company(text: str) -> None:
    assert _found(text) == {}


def test_a_fund_with_a_head_word_still_invests() -> None:
    classes = _classes("Harbor Ridge Capital also co-led the round.")
    assert classes.get("Harbor Ridge Capital") == {"Company"}


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        (
            "澜海市第三人民医院引进了睿眸。澜海市三院放射科表示效果明显。",
            "澜海市三院",
            "澜海市第三人民医院",
        ),
        ("澜海市人民医院与澄溪医疗合作。澜海人医是首批试点。", "澜海人医", "澜海市人民医院"),
    ],
)
def test_a_hospitals_short_form_is_filed_under_its_full_name(
    text: str, short: str, full: str
) -> None:
    assert _found(text).get(short) == {f"{full}|Hospital"}


def test_a_hospitals_short_form_alone_is_a_hospital() -> None:
    assert _classes("该系统已在栖霞一院上线。").get("栖霞一院") == {"Hospital"}


@pytest.mark.parametrize(
    "text", ["医院要实行一院一策，推进智慧医院建设。", "全省三院联动，推进分级诊疗。"]
)
def test_ordinal_words_are_no_hospital(text: str) -> None:
    assert _found(text) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The regulator published the Vellmar Code of Practice for AI Devices.",
            "Vellmar Code of Practice for AI Devices",
        ),
        (
            "Hospitals must follow the National AI Assurance Standard from 2026.",
            "National AI Assurance Standard",
        ),
        ("The Digital Health Roadmap 2030 sets out three goals.", "Digital Health Roadmap 2030"),
        ("The Executive Order on Safe AI was signed in October.", "Executive Order on Safe AI"),
        ("The AI Assurance Scheme opened to applicants in June.", "AI Assurance Scheme"),
    ],
)
def test_english_policy_heads(text: str, name: str) -> None:
    assert _classes(text).get(name) == {"Policy"}, _found(text)


def test_a_company_said_to_do_what_its_product_does_stays_a_company() -> None:
    text = (
        "Corvanta raised $40 million in 2024. Corvanta flags sepsis early. "
        "Corvanta said growth was strong."
    )
    assert _classes(text).get("Corvanta") == {"Company"}


@pytest.mark.parametrize(
    ("header", "cls"),
    [
        ("AI产品（企业）", "Product"),  # the makers stand in brackets beside the products
        ("产品名称(厂商)", "Product"),
        ("大模型产品", "Product"),
        ("合作企业", "Company"),
    ],
)
def test_a_bracketed_qualifier_of_a_header_is_not_its_head(header: str, cls: str) -> None:
    from medatlas.loaders.extract.entity_layout import column_class

    assert column_class(header) == cls


def test_a_product_with_its_maker_in_brackets_stays_two_things() -> None:
    text = (
        "| 医院 | AI产品（企业） |\n| --- | --- |\n| 岚州省肿瘤医院 | 筠析病理AI（筠析科技） |\n"
        "| 澄湾市第二人民医院 | 闻溪导诊助手（闻溪智医） |\n"
    )
    from medatlas.loaders.readers.markdown import read_markdown

    document = read_markdown(Path("t.md"), text.encode("utf-8"))
    found = {c.text: c.cls for c in discover_entities(document, [])}
    assert found.get("筠析病理AI") == "Product"
    assert found.get("筠析科技") == "Company"


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("衡药智能 Hengyao AI", {"衡药智能", "Hengyao AI"}),
        ("Hengyao AI 衡药智能", {"衡药智能", "Hengyao AI"}),
        ("岚影肺结节 AI", {"岚影肺结节 AI"}),  # a tag, not a second name
        ("朔光骨折检测 V2.0", {"朔光骨折检测 V2.0"}),
    ],
)
def test_a_cell_naming_a_firm_in_two_scripts_gives_two_names(cell: str, names: set[str]) -> None:
    from medatlas.loaders.extract.columns import script_halves

    assert set(script_halves(cell) or (cell,)) == names


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("项目由岚湖新区管委会牵头建设。", "岚湖新区管委会", "GovernmentBody"),
        ("澄州高新区管委会发布扶持政策。", "澄州高新区管委会", "GovernmentBody"),
        ("园区与太湖医谷签署合作协议。", "太湖医谷", "Organization"),
    ],
)
def test_zone_committees_and_parks_are_organisations(text: str, name: str, cls: str) -> None:
    from medatlas.loaders.readers.markdown import read_markdown

    document = read_markdown(Path("t.md"), text.encode("utf-8"))
    found = {c.text: c.cls for c in discover_entities(document, [])}
    assert found.get(name) == cls


def test_a_park_no_name_names_is_no_organisation() -> None:
    from medatlas.loaders.readers.markdown import read_markdown

    text = "各地加快建设医疗产业园，一批产业园已投入使用；管委会将统筹推进。"
    document = read_markdown(Path("t.md"), text.encode("utf-8"))
    assert discover_entities(document, []) == []
