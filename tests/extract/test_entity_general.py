"""Entity rules that must hold on reports nobody tuned on: people, site chrome, data sets,
investor funds, short forms, hospital groups, versioned model names, bracketed places.

Every sentence here is invented for these tests (other names, other wording than any report).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medatlas.loaders.extract.entities import discover_entities
from medatlas.loaders.extract.entity_layout import column_class
from medatlas.loaders.extract.entity_shortforms import short_forms
from medatlas.loaders.readers.text import read_text


def _found(text: str, name: str = "a.txt") -> dict[str, set[str]]:
    """Each discovered surface with the (name, class) pairs it was filed under."""
    doc = read_text(Path(name), text.encode())
    out: dict[str, set[str]] = {}
    for m in discover_entities(doc, []):
        out.setdefault(m.text, set()).add(f"{m.name}|{m.cls}")
    return out


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Angel investor Ronan Vesk also joined the round.", "Ronan Vesk"),
        ("Founder Lucia Brandt said the company will hire.", "Lucia Brandt"),
        ("The seed came from CEO Arvid Holm and two funds.", "Arvid Holm"),
    ],
)
def test_a_person_named_by_a_role_is_no_company(text: str, person: str) -> None:
    found = _found(text)
    assert not any(person in surface for surface in found), found


def test_a_person_and_the_organisation_after_of_are_split() -> None:
    found = _found("Professor Elena Marsh of Northgate University praised it.")
    assert found.get("Northgate University") == {"Northgate University|University"}
    found = _found("Talks by Mira Solberg of Fjordvik General Hospital drew a crowd.")
    assert "Fjordvik General Hospital" in found
    assert not any("Mira" in s for s in found)


def test_a_surname_used_alone_after_the_full_name_is_the_person() -> None:
    text = (
        "The panel put Brightwell Capital partner Owen Tarrant next to two CFOs. "
        "Tarrant said the fund has backed 7 startups."
    )
    found = _found(text)
    assert "Tarrant" not in found
    assert "Brightwell Capital" in found


@pytest.mark.parametrize(
    "text",
    [
        "Read next\n\nSign Up for Our Newsletter\n\nShare on LinkedIn | Share on Facebook\n",
        "KEYNOTE: WHAT COMES AFTER THE PILOT\n\nThe hall was full.\n",
        "Granite & Pole Securities | Equity Research | Healthcare Technology | 3 March 2025\n",
    ],
)
def test_page_chrome_and_headings_are_no_names(text: str) -> None:
    found = _found(text)
    for chrome in (
        "Sign Up for Our Newsletter",
        "LinkedIn",
        "Facebook",
        "WHAT COMES AFTER THE PILOT",
        "Equity Research",
        "Healthcare Technology",
    ):
        assert chrome not in found, found


def test_codes_of_quarters_filings_and_compounds_are_no_names() -> None:
    text = (
        "Revenue rose in 3Q24 and guidance for FY26E holds. The company filed an IND and an "
        "S-1 last year. Its lead compound QRX-481 enters phase 2."
    )
    found = _found(text)
    for code in ("3Q24", "FY26E", "IND", "S-1", "QRX-481"):
        assert code not in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The model was fine-tuned on the open CardioText-2 collection.", "CardioText-2"),
        ("It was evaluated on the public NephroQA set last spring.", "NephroQA"),
        ("Discharge summaries from WARDLOG-5 were added.", "WARDLOG-5"),
        ("The team also used the RadNotes corpus for pretraining.", "RadNotes"),
    ],
)
def test_data_sets_named_by_how_a_model_uses_them(text: str, name: str) -> None:
    assert _found(text).get(name) == {f"{name}|Dataset"}


def test_a_versioned_model_glued_to_chinese_is_one_name() -> None:
    found = _found("医院测试了Qwen2.5-72B与Orca-R1两款模型，并部署了基于Lumen-7B的助手。")
    for name in ("Qwen2.5-72B", "Orca-R1", "Lumen-7B"):
        assert found.get(name) == {f"{name}|AIModel"}, found


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Opportunity Fund led the seed round.",
        "Greyfield Health Fund also invested in the company.",
        "The round was backed by Larkspur Fund.",
    ],
)
def test_a_fund_that_invests_is_a_company(text: str) -> None:
    found = _found(text)
    (classes,) = [v for k, v in found.items() if k.endswith("Fund")]
    assert {c.split("|")[1] for c in classes} == {"Company"}


def test_english_short_forms_are_filed_under_the_full_name() -> None:
    text = (
        "Harborview Analytics raised $22 million. Later, Harborview said it will hire.\n"
        "Brightmoor Regional Medical Center signed a pilot with Harborview. "
        "Brightmoor will roll the tool out in May.\n"
        "Nuance Communications supplied the speech engine. A Nuance spokesperson declined."
    )
    found = _found(text)
    assert found["Harborview"] == {"Harborview Analytics|Company"}
    assert found["Brightmoor"] == {"Brightmoor Regional Medical Center|Hospital"}
    assert found["Nuance"] == {"Nuance Communications|Company"}


def test_a_short_form_that_is_an_ordinary_word_or_a_place_is_not_propagated() -> None:
    text = "General Vision Systems opened an office. General practice is busy in Boston."
    found = _found(text)
    assert "General" not in found
    doc_text = "Boston Medical Center uses it. Boston is cold."
    assert "Boston" not in {s for s, _ in short_forms(doc_text, [])}


def test_chinese_short_forms_are_filed_under_the_company() -> None:
    text = (
        "杭州澜舟医疗科技有限公司宣布完成C轮融资。此后澜舟医疗与多家医院达成合作。\n"
        "申请人为锐思智能（深圳）医疗科技有限公司。锐思智能表示将扩产。"
    )
    found = _found(text)
    assert found["澜舟医疗"] == {"杭州澜舟医疗科技有限公司|Company"}
    assert found["锐思智能（深圳）医疗科技有限公司"] == {"锐思智能（深圳）医疗科技有限公司|Company"}
    assert found["锐思智能"] == {"锐思智能（深圳）医疗科技有限公司|Company"}


def test_a_group_that_runs_hospitals_is_a_hospital() -> None:
    text = (
        "南屿医疗集团旗下拥有6家三级医院。东川健康集团，其旗下共有十余家专科医院。"
        "明岳医疗集团发布年报。西湖医院集团启动建设。\n"
        "Marlow Health, which operates 14 hospitals in Ohio, signed the deal."
    )
    found = _found(text)
    for name in ("南屿医疗集团", "东川健康集团", "西湖医院集团", "Marlow Health"):
        assert {c.split("|")[1] for c in found[name]} == {"Hospital"}, (name, found)
    assert {c.split("|")[1] for c in found["明岳医疗集团"]} != {"Hospital"}


def test_a_person_with_a_title_is_no_company() -> None:
    found = _found("赵敏女士总部位于上海的公司完成了融资。")
    assert not any("赵敏" in s for s in found)


def test_a_local_commission_is_not_the_national_one() -> None:
    found = _found("记者从市卫健委获悉，省卫健委也将跟进。国家卫健委表示支持。")
    assert "卫健委" not in found


def test_a_makers_camel_case_brands_are_products() -> None:
    text = (
        "Quillon Diagnostics AI sells QuillView and QuillPath to hospitals. "
        "HealthTap and Healthora Labs also compete."
    )
    found = _found(text)
    assert {c.split("|")[1] for c in found["QuillView"]} == {"Product"}
    assert {c.split("|")[1] for c in found["HealthTap"]} == {"Company"}


def test_a_header_naming_companies_and_products_lets_the_cell_decide() -> None:
    assert column_class("代表企业/产品") == "Organization"
    assert column_class("试点单位") == column_class("单位")


@pytest.mark.parametrize("header", ["机构层级", "医院等级", "机构级别", "医院性质"])
def test_a_header_of_tiers_or_grades_holds_no_names(header: str) -> None:
    assert column_class(header) is None


def test_a_header_of_names_beside_a_tier_still_holds_names() -> None:
    assert column_class("医院名称") == "Hospital"
    assert column_class("机构名称") == "Organization"


def test_a_bilingual_header_is_read_by_its_chinese_words() -> None:
    # 提供方 is the vendor side; "provider" alone is a care provider
    assert column_class("提供方 Provider") == "Company"
    assert column_class("Provider") == "Hospital"
    assert column_class("代表模型/产品 Models built on it") == "AIModel"  # two kinds: the head
    text = (
        "| 场景 | 代表企业/产品 |\n| --- | --- |\n"
        "| 影像 | 栖棠医智、栖棠觅图 |\n| 药物 | 祁山生物 |\n"
    )
    found = _found(text, "a.md")
    assert {c.split("|")[1] for c in found.get("栖棠医智", set())} == {"Company"}
    assert {c.split("|")[1] for c in found.get("祁山生物", set())} == {"Company"}


def test_a_list_item_that_says_what_its_head_is() -> None:
    text = (
        "- **澄岭数据**：医疗数据标注与治理服务商，客户含三甲医院。\n"
        "- **算桥云**：医疗专用算力云。\n"
    )
    found = _found(text, "a.md")
    assert found.get("澄岭数据") == {"澄岭数据|Company"}


def test_a_brands_fund_invests_a_public_programmes_fund_does_not() -> None:
    found = _found(
        "Saltmarsh Labs Fund was set up in 2021. The Innovation Fund supports hospitals. "
        "The National Cancer Fund grew."
    )
    assert found["Saltmarsh Labs Fund"] == {"Saltmarsh Labs Fund|Company"}
    assert {c.split("|")[1] for c in found["Innovation Fund"]} != {"Company"}
    assert {c.split("|")[1] for c in found["National Cancer Fund"]} != {"Company"}


def test_bylines_owners_and_shortlists_name_organisations() -> None:
    text = (
        "Ambient AI at Fernhill Clinic\n\nPrepared by Larchmont Health Advisory, May 2025\n\n"
        "By Medtech Signal staff | 2 May 2025\n\nBy Dana Pruitt, Senior Editor\n\n"
        "Four vendors were shortlisted: Quorra, Abelia and Tessit. Orris Labs, owned by "
        "Palisade, also bid."
    )
    found = _found(text, "a.md")
    assert found["Larchmont Health Advisory"] == {"Larchmont Health Advisory|Company"}
    assert "Medtech Signal" in found
    assert "Dana Pruitt" not in found
    for name in ("Quorra", "Abelia", "Tessit", "Palisade"):
        assert found.get(name) == {f"{name}|Company"}, (name, found)


def test_biomarkers_are_no_companies() -> None:
    found = _found("The assay reads ctDNA and cfDNA; Norlo Dx sells it.")
    assert "ctDNA" not in found and "cfDNA" not in found


def test_a_market_role_in_an_enumeration_is_no_name() -> None:
    found = _found("受访者（包括医院、初级保健提供者和保险公司）认为流程需要优化。")
    assert "初级保健提供者" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The model scored 86.4% accuracy on MedBench-X last month.", "MedBench-X"),
        ("It tops 90% on PathVQA, a visual QA set.", "PathVQA"),
        ("该模型在CMB-Exam评测集上得分第一。", "CMB-Exam"),
        ("团队发布了基于LungCT-3K数据集训练的模型。", "LungCT-3K"),
    ],
)
def test_benchmarks_named_by_a_score_or_a_noun_after(text: str, name: str) -> None:
    assert _found(text).get(name) == {f"{name}|Dataset"}


def test_a_bare_name_of_a_versioned_product_is_the_product() -> None:
    found = _found(
        "Norvale Health announced Clarion 2.0, its triage software. "
        "Clarion raised interest among radiologists."
    )
    assert found["Clarion"] == {"Clarion 2.0|Product"}


def test_a_cue_after_a_bracketed_english_name_still_finds_the_company() -> None:
    found = _found("栖衡数据（Qiheng Data）成立于2018年，总部位于杭州。")
    assert found["栖衡数据"] == {"栖衡数据|Company"}


def test_a_quantity_in_a_column_of_hospitals_is_no_name() -> None:
    text = "| 产品 | 合作医院 |\n| --- | --- |\n| 栖衡影像 | 多家 |\n| 栖衡病理 | 北岭医院 |\n"
    found = _found(text, "a.md")
    assert "多家" not in found
    assert found["北岭医院"] == {"北岭医院|Hospital"}


def test_what_is_said_of_a_company_around_its_name() -> None:
    text = (
        "Ridgeway Health will deploy an AI agent from Covalent Rx this year. "
        "Tamsin Bio, founded in 2021 by two surgeons, builds robots. "
        "Analysts at Kittering Research expect growth.\n\n"
        "Copyright 2025 Harbour Health Journal. All rights reserved."
    )
    found = _found(text)
    assert found["Covalent Rx"] == {"Covalent Rx|Company"}
    assert found["Tamsin Bio"] == {"Tamsin Bio|Company"}
    assert found["Kittering Research"] == {
        "Kittering Research|ResearchInstitution"
    }  # a research firm
    assert "Harbour Health Journal" in found
    assert not any(s.startswith("Copyright") for s in found)


def test_a_two_character_brand_is_the_company_where_a_verb_follows() -> None:
    text = (
        "体素科技完成新一轮融资。体素表示，将加大研发投入。体素化处理是关键。\n"
        "锐图医疗发布新品。此后锐图还发布了新一代产品。"
    )
    doc = read_text(Path("a.txt"), text.encode())
    found = {(m.start, m.text, m.name) for m in discover_entities(doc, [])}
    assert (text.index("体素表示"), "体素", "体素科技") in found
    assert (text.index("锐图还"), "锐图", "锐图医疗") in found
    assert not any(start == text.index("体素化") for start, _, _ in found)


def test_a_short_form_of_two_companies_is_filed_under_neither() -> None:
    text = (
        "澜川医疗科技股份有限公司的子公司包括杭州澜川智能科技有限公司。"
        "澜川表示，两家公司将共享渠道。"
    )
    found = _found(text)
    assert "澜川" not in found


def test_a_product_kind_before_a_quoted_name_is_no_name() -> None:
    found = _found("云杉医疗发布新一代心电分析软件“心枢2.0”，并开放试用。")
    assert "心电分析软件" not in found
    assert found["心枢2.0"] == {"心枢2.0|Product"}


def test_named_data_sets_in_both_languages() -> None:
    text = (
        "The team released the open NorthStar Chest X-ray Dataset. It also drew on the "
        "Lakeland Biobank and the OpenPath Archive.\n\n"
        "研究团队发布了“岭南眼底影像数据集”。模型在华岳病理切片库上完成了验证，"
        "训练数据来自“星图医学问答语料”。医院建立了肿瘤病例库。"
    )
    found = _found(text)
    for name in (
        "NorthStar Chest X-ray Dataset",
        "Lakeland Biobank",
        "OpenPath Archive",
        "岭南眼底影像数据集",
        "华岳病理切片库",
        "星图医学问答语料",
    ):
        assert found.get(name) == {f"{name}|Dataset"}, (name, found)
    assert "肿瘤病例库" not in found


def test_an_english_and_a_chinese_paragraph_that_do_not_translate_each_other() -> None:
    text = (
        "Velora Health released the Lakeland Biobank with 120,000 samples last year.\n\n"
        "研究团队发布了“岭南眼底影像数据集”，包含5万张图像。"
    )
    found = _found(text)
    assert found["岭南眼底影像数据集"] == {"岭南眼底影像数据集|Dataset"}


def test_a_preposition_before_a_chinese_name_is_not_part_of_it() -> None:
    found = _found("据澜舟医疗董事长张一鸣透露，公司正筹备上市。")
    assert "据澜舟医疗" not in found
    assert "澜舟医疗" in found
    assert not any("张一鸣" in s for s in found)


def test_offerings_and_partners_named_by_what_surrounds_them() -> None:
    text = (
        "Harlow Medical described its rollout of Quill Notes, an ambient scribe built by "
        "Quill Labs. Doctors use Orrin, Tessary Bio's protein design platform. The model was "
        "co-developed with Hitomi Systems. Its largest sponsor is Bexley Pharma. The tool is "
        "used by 11 partners, including Marston Biologics and Veldt."
    )
    found = _found(text)
    assert found["Quill Notes"] == {"Quill Notes|Product"}
    assert found["Orrin"] == {"Orrin|Platform"}
    for name in ("Hitomi Systems", "Bexley Pharma", "Veldt"):
        assert found.get(name) == {f"{name}|Company"}, (name, found)


def test_a_regional_health_name_is_a_health_system() -> None:
    found = _found(
        "The vendor signed a deal with Ashford Regional Health worth $5M. "
        "Tarnwell Regional Healthcare also joined."
    )
    assert found["Ashford Regional Health"] == {"Ashford Regional Health|Hospital"}
    assert found["Tarnwell Regional Healthcare"] == {"Tarnwell Regional Healthcare|Hospital"}


def test_a_parameter_count_names_a_model() -> None:
    found = _found("The assistant was compared with Meditron-70B and Sorrel-13B last year.")
    assert found["Meditron-70B"] == {"Meditron-70B|AIModel"}
    assert found["Sorrel-13B"] == {"Sorrel-13B|AIModel"}


def test_an_offering_named_in_quotes_is_found_where_it_is_used_alone() -> None:
    text = (
        "岱川医疗于2025年3月发布“岚镜”病理大模型。目前岚镜已在滨江市第一医院上线，阅片时间缩短40%。"
    )
    found = _found(text)
    assert found.get("岚镜") == {"岚镜|AIModel"}, found
    later = [m for m in discover_entities(read_text(Path("a.txt"), text.encode()), [])]
    assert sum(1 for m in later if m.text == "岚镜") == 2, later


def test_a_two_character_name_never_given_in_quotes_is_not_searched_for() -> None:
    text = "岱川医疗发布岚镜大模型。岚镜湖畔的滨江市第一医院上线了新系统。"
    found = discover_entities(read_text(Path("a.txt"), text.encode()), [])
    assert not any(m.text == "岚镜" for m in found), found


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("患者可前往青峰县人民医院就诊。", "青峰县人民医院", "Hospital"),
        ("滨江县人民医院上线了系统。", "滨江县人民医院", "Hospital"),
        ("云岭县第一人民医院上线了系统。", "云岭县第一人民医院", "Hospital"),
        ("云岭县卫生健康局发布通知。", "云岭县卫生健康局", "GovernmentBody"),
    ],
)
def test_a_county_names_its_hospitals_and_bodies(text: str, name: str, cls: str) -> None:
    assert _found(text).get(name) == {f"{name}|{cls}"}


@pytest.mark.parametrize("text", ["全县医院都上线了系统。", "该县人民医院上线了系统。"])
def test_a_county_in_general_names_no_hospital(text: str) -> None:
    assert not any(s.endswith("医院") for s in _found(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("澜石控股集团有限公司成立于2010年。", "澜石控股集团有限公司"),
        ("岱川医疗控股集团有限公司成立。", "岱川医疗控股集团有限公司"),
    ],
)
def test_a_holding_groups_name_runs_to_its_legal_form(text: str, name: str) -> None:
    assert name in _found(text)


def test_a_hospitals_departments_in_a_table_are_no_government_bodies() -> None:
    from medatlas.loaders.readers.markdown import read_markdown

    text = (
        "# 会议纪要\n\n| 任务 | 牵头部门 | 配合部门 |\n| --- | --- | --- |\n"
        "| 病历质控 | 质控办 | 医务部、信息中心 |\n| 预算调整 | 财务部 | 市卫健委 |\n"
    )
    found = {
        m.text: m.cls for m in discover_entities(read_markdown(Path("m.md"), text.encode()), [])
    }
    assert not {"质控办", "医务部", "信息中心", "财务部"} & set(found), found


@pytest.mark.parametrize(
    "heading",
    ["3. M&A AND CORPORATE MOVES", "KEY FINDINGS IN BRIEF", "OUTLOOK ON PRICING"],
)
def test_a_section_heading_in_capitals_is_no_name(heading: str) -> None:
    found = _found(heading + "\n\nHalvard Imaging raised $40 million in March.\n")
    assert not any(
        word in surface for surface in found for word in ("FINDINGS", "MOVES", "PRICING")
    )
    assert "Halvard Imaging" in found


def test_the_words_after_a_quoted_offering_describe_it_and_name_nothing() -> None:
    text = (
        "杭州安澜公司开发的“安澜OR-Planner”手术室智能排程系统已上线。"
        "手术室智能排程系统的推广仍需时间。另有“澜图”影像云平台。"
    )
    found = _found(text)
    assert "安澜OR-Planner" in found
    assert "手术室智能排程系统" not in found  # nor where the words stand alone later
    assert "影像云平台" not in found


@pytest.mark.parametrize(
    ("header", "cls"),
    [("Flagship system", "Product"), ("代表系统", "Product"), ("2024 robotics revenue", None)],
)
def test_a_column_of_systems_holds_products_and_a_revenue_column_none(
    header: str, cls: str | None
) -> None:
    assert column_class(header) == cls


def test_a_chinese_name_written_before_its_english_one_is_one_firm() -> None:
    found = _found("国内方面，深瞳影像科技 DeepPupil Imaging 基于开源框架开发了模型。")
    assert found.get("深瞳影像科技") == {"深瞳影像科技|Company"}
    assert found.get("DeepPupil Imaging") == {"深瞳影像科技|Company"}
    found = _found("上海百衍生物科技 Baiyan Bio 的新平台上线。")
    assert "上海百衍生物科技" in found and "上海百衍生物" not in found


def test_a_quoted_names_bracketed_english_name_is_its_alias() -> None:
    found = _found('其"灵枢医院运营开放平台"（LingShu Hospital Ops Platform）部署在云上。')
    assert found.get("LingShu Hospital Ops Platform") == {"灵枢医院运营开放平台|Platform"}


def test_an_english_sentence_after_chinese_prose_takes_no_chinese_words() -> None:
    found = _found("该公司发布了新的模型 Halvard Imaging raised funds.")
    assert not any(s.endswith("模型") for s in found)


def test_an_acronym_in_brackets_after_chinese_text_defines_nothing_across_it() -> None:
    # 英伟达（NVIDIA） after a bracketed English name: the letters of NVIDIA can be picked from
    # words scattered over the Chinese text before it, which spell no long form
    text = (
        "英伟达Isaac医疗机器人平台（NVIDIA Isaac for Healthcare）、开源框架（MONAI）。\n\n"
        "## NVIDIA Isaac for Healthcare（英伟达Isaac医疗机器人平台）\n\n"
        "英伟达（NVIDIA）于2024年发布该平台。Clinical Decision Support Engine (CDSE) 已上线。"
    )
    found = _found(text)
    assert "Clinical Decision Support Engine" in found  # a real long form is still read
    assert not any("Healthcare Isaac" in name for name in found)


@pytest.mark.parametrize(
    "name", ["汀州市精神卫生中心", "岚桥区长安社区卫生服务中心", "澄溪县医共体", "汀湖康复中心"]
)
def test_care_centres_and_county_groups_are_hospitals(name: str) -> None:
    found = _found(f"2024年，岚言科技的随访助手在{name}上线。")
    assert any(name in names and names == {f"{name}|Hospital"} for names in found.values()) or (
        found.get(name) == {f"{name}|Hospital"}
    )


def test_a_quoted_name_right_after_a_firms_name_is_its_offering() -> None:
    found = _found("## 案例五：汀研科技“募集星”\n\n汀研科技成立于2019年。")
    assert found.get("募集星") == {"募集星|Product"}


def test_a_coined_latin_name_after_de_in_chinese_prose_is_a_name() -> None:
    found = _found("卓岚智能推出的MedQuill基于开源大模型进行医学领域微调。")
    assert "MedQuill" in found


def test_a_cloud_and_its_model_side_by_side_are_two_names_not_a_third() -> None:
    found = _found("岚语科技的陪伴助手基于阿里云通义千问大模型微调而成，部署在Microsoft Azure上。")
    assert found.get("阿里云") == {"阿里云|Company"}
    assert found.get("通义千问大模型") == {"通义千问|AIModel"}  # filed under its name
    assert "阿里云通义千问大模型" not in found
    assert found.get("Microsoft Azure") == {"Microsoft Azure|Platform"}
