"""Names given away by their role in a sentence (entity_cues, entity_en) and role words glued
to names (entity_zh). Every sentence here is invented for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from medatlas.loaders.extract.entities import discover_entities
from medatlas.loaders.extract.entity_cues import company_like, cue_candidates
from medatlas.loaders.readers.text import read_text


def _found(text: str) -> dict[str, str]:
    document = read_text(Path("probe.txt"), text.encode())
    return {m.name: m.cls for m in discover_entities(document, [])}


def _cued(text: str) -> dict[str, float]:
    return {c.name: c.confidence for c in cue_candidates(text)}


def test_chinese_companies_by_what_the_sentence_says_they_do() -> None:
    found = _found(
        "苇岸智图总部位于合肥，成立于2017年。2023年5月，苇岸智图完成C轮融资，由白榆资本领投。"
        "其中，汀兰数科于2020年成立，专注于慢病管理。"
    )
    assert found.get("苇岸智图") == "Company", found
    assert found.get("汀兰数科") == "Company", found


def test_an_analysts_pick_list_names_companies() -> None:
    found = _found("投资建议：推荐关注：雾松医联（病理AI）、砚池科技（数据治理）。")
    assert found.get("雾松医联") == "Company", found
    assert found.get("砚池科技") == "Company", found


def test_both_sides_of_a_partnership() -> None:
    cued = _cued("据悉，鹭汀智医与槐序医联达成战略合作。鹭汀智医推出了新品。")
    assert cued.get("槐序医联") == pytest.approx(0.45)  # one weak cue: held back alone
    assert cued["鹭汀智医"] > 0.5  # partner + launch: two cues


def test_one_weak_cue_alone_is_not_enough() -> None:
    assert "桐影医联" not in _found("此外，桐影医联发布了年度报告。")


@pytest.mark.parametrize(
    "sentence",
    [
        "公司总部位于上海。",
        "该院成立于1952年。",
        "研究团队发布了新的数据集。",
        "2023年，行业完成融资超过百亿元。",
        "多家企业完成融资。",
        "北京成立于何时并不重要。",
        "医院与企业开展合作。",
        "我们推出了新版本。",
        "今年3月，市场推出多款新品。",
        "张伟发布了年度总结。",
    ],
)
def test_pronouns_places_people_and_ordinary_words_are_not_companies(sentence: str) -> None:
    found = _found(sentence)
    assert not [n for n, cls in found.items() if cls == "Company"], found


def test_an_institution_or_offering_ending_is_left_to_its_own_rule() -> None:
    assert not company_like("瑞安市第一人民医院")
    assert not company_like("知衡病理平台")
    assert company_like("栖川医图")


def test_role_words_before_a_name_are_not_part_of_it() -> None:
    found = _found(
        "砚岭医疗的核心产品砚岭骨折辅助诊断系统已进入80家医院。公司还推出了新一代砚岭病理分析平台。"
    )
    assert found.get("砚岭骨折辅助诊断系统") == "Product", found
    assert found.get("砚岭病理分析平台") == "Platform", found
    assert not [n for n in found if n.startswith(("核心产品", "新一代"))], found


def test_english_companies_on_the_other_side_of_a_deal() -> None:
    found = _found(
        "Corvane acquired Meddly for an undisclosed sum. "
        "Tavora Bio announced a partnership with Saxena to expand its pipeline. "
        "The round was led by Harrow Capital, with Brightwater joining. "
        "Later, Pelion bought the Dutch imaging start-up Ostrava."
    )
    for name in ("Meddly", "Saxena", "Brightwater", "Ostrava"):
        assert found.get(name) == "Company", (name, found)
    assert "Dutch" not in found


def test_a_title_before_a_name_marks_a_person() -> None:
    assert "Okafor" not in _found("Dr. Okafor said the pilot went well.")


def test_a_name_in_the_other_script_in_brackets_is_the_same_entity() -> None:
    document = read_text(
        Path("probe.txt"),
        "Orsell AI (特洛塞智能) won a tender. 特洛塞智能与灰岩资本签署协议。".encode(),
    )
    names = {m.text: m.name for m in discover_entities(document, [])}
    assert names.get("特洛塞智能") == "Orsell AI", names
    assert "洛塞智能" not in names, names  # no name read too short from its ending


def test_an_institution_short_form_without_its_city() -> None:
    document = read_text(
        Path("probe.txt"),
        (
            "Dr. Wen Li of Marlow Children's Hospital (杭州茗溪儿童医院) spoke. "
            "茗溪儿童医院表示满意。"
        ).encode(),
    )
    names = {m.text: m.name for m in discover_entities(document, [])}
    assert names.get("Marlow Children's Hospital") == "Marlow Children's Hospital", names
    assert names.get("茗溪儿童医院") == "Marlow Children's Hospital", names


def test_an_offering_phrase_before_a_latin_name_only_describes_it() -> None:
    found = _found("双方联合研发的眼底病变筛查模型RetiNova已上线。")
    assert found.get("RetiNova") == "AIModel", found
    assert "眼底病变筛查模型" not in found, found


def test_a_heading_in_sentence_case_is_no_name() -> None:
    text = "# Quarterly notes\n\n## Partnerships signed\n\nCorvane signed with Meddly.\n"
    document = read_text(Path("probe.md"), text.encode())
    assert "Partnerships" not in {m.name for m in discover_entities(document, [])}


def test_titles_on_a_subject_and_checklists_are_policies() -> None:
    found = _found(
        "The Bureau published the Guidance on Adaptive Algorithms for Imaging Devices in May. "
        "A draft Safe Model Update Checklist follows. The device holds FDA 510(k) clearance."
    )
    assert found.get("Guidance on Adaptive Algorithms for Imaging Devices") == "Policy", found
    assert found.get("Safe Model Update Checklist") == "Policy", found
    assert "Bureau" not in found and "FDA 510" not in found, found


def test_a_list_item_ends_before_the_clause_goes_on() -> None:
    found = _found("下一步，院方将与岑溪医疗、蔚岭智能共同开展多中心评价，并计划扩展。")
    assert found.get("蔚岭智能") == "Company", found
    assert not [n for n in found if "开展" in n], found


def test_a_count_and_its_measure_word_start_no_name() -> None:
    assert not _found("近4成受访医院表示预算不足；两家受访企业未作答。")


def test_a_local_body_named_by_a_place_the_lexicon_knows() -> None:
    found = _found("各市卫生健康委，兰州新区卫生健康局，各医疗单位：")
    assert found.get("兰州新区卫生健康局") == "GovernmentBody", found


def test_a_quoted_brand_then_what_it_is() -> None:
    found = _found(
        "公司有两条产品线：“霁光”乳腺超声辅助诊断软件：已获证；“霁川”心电分析系统：在研。"
    )
    assert found.get("霁光") == "Product", found
    assert found.get("霁川") == "Product", found


def test_funding_with_a_grouped_amount_and_a_kind_noun_before_the_name() -> None:
    found = _found(
        "【05-02】栎言获3,500万美元A轮融资\n数字病理初创企业栎言完成3,500万美元A轮融资。"
    )
    assert found.get("栎言") == "Company", found


def test_partnership_and_firm_legal_forms() -> None:
    found = _found(
        "其余股权由苏州栖梧创业投资合伙企业（有限合伙）持有，审计机构为泓衡会计师事务所。"
    )
    assert found.get("苏州栖梧创业投资合伙企业（有限合伙）") == "Company", found
    assert found.get("泓衡会计师事务所") == "Company", found


def test_job_titles_dates_and_quotes_are_no_names() -> None:
    found = _found(
        'News from Norland Health · Jun 12, 2025. "Scaling up is hard," said Lee Park, '
        "Chief Operating Officer of Norland Health."
    )
    assert found.get("Norland Health") == "Company", found
    assert not [n for n in found if n.startswith(("Chief", "Jun", "Scaling"))], found


def test_what_the_text_says_a_name_is_outweighs_its_shape() -> None:
    found = _found(
        "Halden Valley Health signed with Corvix AI. Halden Valley Health expands. "
        "Halden Valley Health is a not-for-profit health system in Maine."
    )
    assert found.get("Halden Valley Health") == "Hospital", found


def test_an_offering_named_without_its_maker() -> None:
    document = read_text(
        Path("probe.txt"),
        b"Norvik Health launched Norvik Beacon, its triage platform. Beacon runs on hospital data.",
    )
    names = {m.text: m.name for m in discover_entities(document, [])}
    assert names.get("Beacon") == "Norvik Beacon", names


def test_a_benchmark_column_holds_datasets_without_their_notes() -> None:
    text = (
        "| Benchmark | Score |\n| --- | --- |\n| RadBench (VQA-style) | 81% |\n"
        "| PathQA | 77% |\n\nOn RadBench, the model leads.\n"
    )
    document = read_text(Path("probe.md"), text.encode())
    found = {m.name: m.cls for m in discover_entities(document, [])}
    assert found.get("RadBench") == "Dataset", found
    assert found.get("PathQA") == "Dataset", found
    assert "VQA-style" not in found, found


def test_numbered_parts_funds_and_hosting_platforms() -> None:
    found = _found(
        "Two of its drug programs are in Phase 2. The seed came from Rookfield Labs Fund. "
        "The model is hosted on Verdant Cloud Works and available on Quanta Hub for research. "
        "It was trained on OrbitCXR-2M, an in-house set of 2M radiographs."
    )
    assert "Phase 2" not in found, found
    assert found.get("Rookfield Labs Fund") == "Company", found
    assert found.get("Quanta Hub") == "Platform", found
    assert found.get("OrbitCXR-2M") == "Dataset", found


def test_a_city_split_by_the_tokenizer_still_names_its_hospital() -> None:
    found = _found("序号\t试点单位\n1\t岚州市人民医院\n2\t岚州市妇幼保健院\n")
    assert found.get("岚州市人民医院") == "Hospital", found
    assert found.get("岚州市妇幼保健院") == "Hospital", found


def test_a_body_part_before_a_modality_is_no_brand_but_a_brand_is() -> None:
    found = _found("冠脉CTA辅助诊断软件获批。核心产品为峤川CT肺结节智能诊断系统。")
    assert "冠脉CTA辅助诊断软件" not in found, found
    assert found.get("峤川CT肺结节智能诊断系统") == "Product", found


def test_local_health_commissions_in_general_are_not_the_national_body() -> None:
    assert not _found("各地卫健委积极推动试点。")


def test_sources_that_name_no_one() -> None:
    found = _found(
        "Prepared by Vellmark Strategy Partners.\n\nSource: Company filings; Vellmark analysis."
    )
    assert "Company filings" not in found, found
    assert not [n for n in found if n.endswith("analysis.")], found


def test_people_who_speak_or_hold_a_job_are_not_companies() -> None:
    found = _found(
        '"Burnout fell," said Maria Lopez, chief nursing officer at Kestrel Valley Hospital. '
        "Tom Becker said the rollout took six months. According to Alan Kim, the tool works. "
        "Abridge said it serves 150 health systems."
    )
    for person in ("Maria Lopez", "Tom Becker", "Alan Kim"):
        assert person not in found, (person, found)
    assert found.get("Abridge") == "Company", found
    assert found.get("Kestrel Valley Hospital") == "Hospital", found


def test_names_in_the_two_halves_of_a_bilingual_text_are_one_entity() -> None:
    text = (
        "## Corvane Health launches PathLens 2 / 科文健康发布PathLens 2\n\n"
        "**EN:** Corvane Health released PathLens 2, and its triage app Nightingale "
        "now runs in 40 hospitals.\n\n"
        "**中文：** 科文健康发布PathLens 2，其分诊产品“夜莺助手”已在40家医院运行。\n"
    )
    document = read_text(Path("probe.md"), text.encode())
    names = {m.text: m.name for m in discover_entities(document, [])}
    assert names.get("科文健康") == "Corvane Health", names
    assert names.get("夜莺助手") == "Nightingale", names
    assert names.get("PathLens 2") == "PathLens 2", names


def test_procurement_notice_names() -> None:
    found = _found(
        "一、项目编号：QXZB-2025-0311\n二、采购代理机构：岱川市公共资源交易中心\n"
        "三、项目名称：岱川市第二人民医院智能影像辅助诊断系统采购项目\n"
        "第1包：澄越骨折辅助诊断软件V2.1，服务期3年。第2包：衡知CDSS，对接电子病历。\n"
    )
    assert found.get("岱川市公共资源交易中心") == "GovernmentBody", found
    assert found.get("衡知CDSS") == "Product", found
    assert found.get("澄越骨折辅助诊断软件") == "Product", found
    for junk in ("QXZB-2025-0311", "V2.1", "岱川市第二人民医院智能影像辅助诊断系统"):
        assert junk not in found, (junk, found)


def test_funding_verbs_after_a_bold_name_and_a_bracketed_translation_shares_its_class() -> None:
    found = _found("- **Brisklane** picked up $9M in seed funding from Harrowgate Capital.")
    assert found.get("Brisklane") == "Company", found
    document = read_text(
        Path("probe.txt"),
        (
            "Tolvek与诺维康（Novicon）合作。"
            "Tolvek extended its partnership with Novicon for two years."
        ).encode(),
    )
    classes = {m.text: m.cls for m in discover_entities(document, [])}
    assert classes.get("诺维康") == "Company" and classes.get("Novicon") == "Company", classes


def test_software_appositions_and_a_unit_of_a_body_named_before() -> None:
    found = _found(
        "The Agency approved PulseMira ECG Reader, an arrhythmia detection software. "
        "Ostrel recalled its alert software, SepsiGuard, in May. "
        "Send questions to the Device Review Office of the Agency."
    )
    assert found.get("PulseMira ECG Reader") == "Product", found
    assert found.get("SepsiGuard") == "Product", found
    assert found.get("Device Review Office") == "GovernmentBody", found


def test_a_developer_column_does_not_override_an_institutions_own_ending() -> None:
    text = (
        "| 模型 | 研发机构 | 参数量 |\n| --- | --- | --- |\n"
        "| 岚湖GPT | 临江人工智能实验室 | 70亿 |\n| 汀医大模型 | 青州理工大学 | 130亿 |\n"
    )
    document = read_text(Path("probe.md"), text.encode())
    found = {m.name: m.cls for m in discover_entities(document, [])}
    assert found.get("临江人工智能实验室") == "ResearchInstitution", found
    assert found.get("青州理工大学") == "University", found


def test_the_owner_of_a_model_family_is_a_company() -> None:
    found = _found(
        "The model is fine-tuned from Orvane's open Qwen2.5 72B model. Mary's book sold."
    )
    assert found.get("Orvane") == "Company", found
    assert "Mary" not in found, found


def test_a_copula_that_says_the_name_is_a_company() -> None:
    cued = _cued("汀岚医联是一家专注于病历质控的AI企业。该公司是一家医疗AI企业。")
    assert cued == {"汀岚医联": 0.6}, cued


def test_the_maker_of_an_offering_named_after_its_brand() -> None:
    found = _found(
        "西江省人民医院于2023年引入知行医疗的知行VTE智能防控系统。"
        "受访者提及苏州禾安医疗的禾安护理风险评估系统。慧影星河科技的星河乳腺AI已上线。"
    )
    assert found.get("知行医疗") == "Company", found
    assert found.get("苏州禾安医疗") == "Company", found
    assert "星河科技" not in found, found  # part of a longer brand: no telling where it starts


def test_a_latin_name_glued_to_its_kind_is_an_offering() -> None:
    found = _found(
        "案例三：ImplantAI种植规划系统在南湖口腔医院的应用\n\n"
        "受访者提及皓齿智能的DentiVue全景片辅助诊断软件。\n"
    )
    assert found.get("ImplantAI") == "Product", found
    assert found.get("DentiVue") == "Product", found


def test_a_discipline_before_medicine_is_part_of_a_hospital_s_name() -> None:
    found = _found("北方运动医学中心医院引入该软件。各地推动医学中心医院建设。")
    assert found.get("北方运动医学中心医院") == "Hospital", found
    assert "推动医学中心医院" not in found, found


def test_the_task_an_offering_s_name_states_belongs_to_it() -> None:
    found = _found(
        "锐骨FractureEye骨折X线辅助检测软件已上市。脊衡SpineNav脊柱侧弯智能测量系统上线。"
    )
    assert found.get("锐骨FractureEye骨折X线辅助检测软件") == "Product", found
    assert found.get("脊衡SpineNav脊柱侧弯智能测量系统") == "Product", found
    assert not _found("公司推出检测软件。"), "a kind of software, no name"


@pytest.mark.parametrize(
    "text",
    [
        "Published: October 2025 | Report code HR-DT-2510 (excerpt: Chapter 5)",
        "分析师：周以宁（执业证书编号S0860524010003）",
        "## Company Landscape\n\nThe market grew.",
        "Market size, 2024-2030F, in $ million.",
    ],
)
def test_codes_forecast_years_and_section_titles_are_no_names(text: str) -> None:
    assert not {n for n, c in _found(text).items() if c != "Region"}, _found(text)


def test_a_source_line_names_its_publisher_not_its_method() -> None:
    from medatlas.loaders.extract.entity_layout import source_candidates

    names = [
        c.name for c in source_candidates("数据来源：弘衍咨询厂商访谈；课题组访谈；公开招投标")
    ]
    assert names == ["弘衍咨询"]


def test_a_research_firm_that_publishes_reports_is_filed_with_the_institutes() -> None:
    found = _found("数据来源：启衡咨询测算。Northgate Insight Partners published the report.")
    assert found.get("启衡咨询") == "ResearchInstitution", found
    assert found.get("Northgate Insight Partners") == "ResearchInstitution", found
    assert (
        _found("蓝岸咨询（北京）有限公司承担本次调研。").get("蓝岸咨询（北京）有限公司")
        == "Company"
    )


def test_a_firm_named_like_its_offerings_is_told_by_what_it_does() -> None:
    found = _found(
        "康仓机器人的iPharm自动发药机已进入300家医院。数衡软件完成B轮融资。"
        "康途机器人是苏州一家康复机器人企业。医院引入静配机器人。"
    )
    assert found.get("康仓机器人") == "Company", found
    assert found.get("数衡软件") == "Company", found
    assert found.get("康途机器人") == "Company", found
    assert found.get("静配机器人") != "Company", found  # a kind of robot a hospital brings in


def test_a_hospital_s_department_is_the_hospital() -> None:
    found = _found("宁川市第一人民医院门诊部负责人介绍，该院上线了导诊系统。")
    assert found.get("宁川市第一人民医院") == "Hospital", found
    assert "宁川市第一人民医院门诊部" not in found, found
