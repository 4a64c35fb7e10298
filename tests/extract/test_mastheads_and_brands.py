"""A firm's own documents: the masthead that names and dates it, the firm's name in two
scripts, the products named after its brand, and the figures of its accounts. Every name here
is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from figure_support import about_names, figures_of, markdown, measure_slug
from relation_support import check_relations

from medatlas.graph.identity import NameIndex
from medatlas.loaders.extract.entities import discover_entities
from medatlas.loaders.extract.gazetteer import atlas_gazetteer
from medatlas.loaders.pipeline import extract_document
from medatlas.loaders.readers import read_document
from medatlas.loaders.readers.metadata import stated_metadata

# --- mastheads ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "publisher", "date"),
    [
        (
            "# Varro Health Investor Day 2025\n\n"
            "Varro Health, Inc. (NASDAQ: VRRO) | Boston, MA | October 7, 2025\n",
            "Varro Health, Inc.",
            "2025-10-07",
        ),
        (
            "# Letter to Shareholders\n\n"
            "Varen Medical AI Holdings Limited 瓦仁医疗人工智能控股有限公司 (HKEX: 2391)\n\n"
            "Hong Kong, 28 March 2026\n",
            "Varen Medical AI Holdings Limited",
            "2026-03-28",
        ),
    ],
)
def test_a_masthead_names_its_firm_and_date(head: str, publisher: str, date: str) -> None:
    meta = stated_metadata(head)
    assert (meta.publisher, meta.date) == (publisher, date)


def test_a_credit_line_with_a_sentence_part_is_no_masthead() -> None:
    meta = stated_metadata("# Notes\n\nWe met, talked and left | Boston, MA | October 7, 2025\n")
    assert meta.publisher is None


def test_a_digests_first_listed_document_ends_its_masthead() -> None:
    """The issuer line of the first policy a digest lists is that policy's, not the digest's;
    who ran a survey (执行单位) is its author."""
    meta = stated_metadata(
        "汀装运维政策月报（2025年第2期）\n\n编辑：汀石医政观察\n出刊日期：2025年4月15日\n\n"
        "一、《汀州医学装备智慧管理三年行动方案》\n发布部门：汀州省卫生健康委员会\n"
    )
    assert meta.publisher is None
    survey = stated_metadata("# 2025年汀州医废管理调查报告\n\n执行单位：汀远健康产业研究中心\n")
    assert survey.author == "汀远健康产业研究中心"


# --- names glued to the words around them -------------------------------------------------------


def _names(tmp_path: Path, text: str) -> dict[str, str]:
    path = tmp_path / "doc.md"
    path.write_text(text + "\n", encoding="utf-8")
    document = read_document(path)
    known = atlas_gazetteer().find(document.text)
    return {m.text: m.cls for m in [*known, *discover_entities(document, known)]}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("受临川市卫生健康局委托，研究院开展了评估。", "临川市卫生健康局"),
        ("建议临川市卫生健康局加快推进试点。", "临川市卫生健康局"),
        ("该产品经国家药品监督管理局批准上市。", "国家药品监督管理局"),
    ],
)
def test_a_verb_before_a_body_is_not_part_of_its_name(
    tmp_path: Path, sentence: str, name: str
) -> None:
    names = _names(tmp_path, sentence)
    assert names.get(name) == "GovernmentBody"
    assert not any(n.endswith(name) and n != name for n in names)


def test_a_name_that_opens_with_such_a_character_keeps_it() -> None:
    from medatlas.loaders.extract.entities import _without_lead_preposition
    from medatlas.loaders.extract.entity_common import Candidate

    text = "经纬医疗科技有限公司与受临川市卫生健康局委托的研究院"
    firm = Candidate(0, 10, "经纬医疗科技有限公司", "Company", 0.8, "test")
    body = Candidate(11, 20, "受临川市卫生健康局", "GovernmentBody", 0.8, "test")
    kept, cut = _without_lead_preposition(text, [firm, body])
    assert kept == firm  # 经纬 is a brand: no place follows 经
    assert (cut.name, cut.start) == ("临川市卫生健康局", 12)


def test_an_english_legal_word_is_not_the_start_of_the_chinese_name(tmp_path: Path) -> None:
    names = _names(tmp_path, "Varen Medical AI Holdings Limited 瓦仁医疗人工智能控股有限公司")
    assert names.get("Varen Medical AI Holdings Limited") == "Company"
    assert not any(n.startswith("Limited") for n in names)


def test_a_city_body_named_without_its_city_is_found(tmp_path: Path) -> None:
    names = _names(tmp_path, "省卫健委、市医保局联合发文。")
    assert names.get("市医保局") == "GovernmentBody"
    assert names.get("省卫健委") == "GovernmentBody"
    assert not any(n == "医保局" for n in _names(tmp_path, "各市医保局要加强管理。"))


# --- one firm, two scripts; its products; its accounts ------------------------------------------

LETTER = (
    "# Letter to Shareholders\n\n"
    "Varen Medical AI Holdings Limited 瓦仁医疗人工智能控股有限公司 (HKEX: 2391)\n\n"
    "Hong Kong, 28 March 2026\n\n"
    "Dear Shareholders,\n\n"
    "Group revenue reached RMB 1.26 billion, an increase of 41% over 2024.\n"
)


def _facts(tmp_path: Path, text: str):
    path = tmp_path / "letter.md"
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    return extract_document(
        document, gazetteer=atlas_gazetteer(), names=NameIndex(), classes={}
    ).facts


def test_a_name_in_two_scripts_side_by_side_is_one_firm(tmp_path: Path) -> None:
    facts = _facts(tmp_path, LETTER)
    firms = [e for e in facts.entities if e.cls == "Company"]
    assert len(firms) == 1
    names = {a.text for a in firms[0].aliases}
    assert {"Varen Medical AI Holdings Limited", "瓦仁医疗人工智能控股有限公司"} <= names


def test_a_letters_accounts_are_its_publishers(tmp_path: Path) -> None:
    facts = _facts(tmp_path, LETTER)
    [firm] = [e for e in facts.entities if e.cls == "Company"]
    revenue = [o for o in facts.observations if o.measure.endswith("/revenue")]
    assert revenue and all(firm.iri in o.about for o in revenue)
    assert any(r.predicate == "publishedBy" and r.object == firm.iri for r in facts.relations)


def test_a_sectors_funding_in_a_tracker_is_not_its_publishers() -> None:
    text = (
        "# Deal Tracker Q3\n\nNorvale Research Inc. | October 7, 2025\n\n"
        "Startups raised USD 2.1 billion in the quarter.\n"
    )
    figures = figures_of(markdown(text), {"Norvale Research Inc.": "Company"})
    money = figures["USD 2.1 billion"]
    assert "Norvale Research Inc." not in about_names(money)


def test_products_named_after_an_english_brand_are_its_makers(tmp_path: Path) -> None:
    text = (
        "# Varro Health Investor Day\n\nVarro Health, Inc. presented its products. "
        "Varro Beacon is live in 40 hospitals and Varro Scribe is used by 900 clinicians.\n"
    )
    names = {
        "Varro Health, Inc.": "Company",
        "Varro Beacon": "Product",
        "Varro Scribe": "Product",
        "General Scanner": "Product",
        "General Health": "Company",
    }
    check_relations(
        tmp_path,
        text + "General Health sold General Scanner to us.\n",
        names,
        {
            ("Varro Health, Inc.", "develops", "Varro Beacon"),
            ("Varro Health, Inc.", "develops", "Varro Scribe"),
        },
        {("General Health", "develops", "General Scanner")},  # "General" is no brand
    )


# --- what a figure of a clause that names nothing is about --------------------------------------


def test_a_clause_carries_the_offering_it_names_not_the_licence() -> None:
    text = (
        "公司核心产品“澜舟肺影”肺结节CT影像辅助检测软件于2023年获得国家药监局三类医疗器械注册证，"
        "截至2024年末已在全国420余家医院落地。\n"
    )
    figures = figures_of(markdown(text), {"澜舟肺影": "Product", "国家药监局": "GovernmentBody"})
    hospitals = figures["420余家"]
    assert measure_slug(hospitals) == "number-of-hospitals"
    assert about_names(hospitals) == {"澜舟肺影"}


def test_a_bare_platform_with_a_date_is_no_passive_subject() -> None:
    text = (
        "澄州市全民健康信息平台由市卫生健康信息中心负责运营，平台于2023年由云帆科技承建，"
        "年末累计归集居民电子健康档案812.6万份。\n"
    )
    figures = figures_of(
        markdown(text), {"澄州市全民健康信息平台": "Platform", "云帆科技": "Company"}
    )
    assert not any("平台于" in name for f in figures.values() for name in about_names(f))


# --- a blog or a deck in its organisation's own words -------------------------------------------


def test_a_blog_byline_names_its_author_organisation_and_date() -> None:
    meta = stated_metadata(
        "# How we scaled our pipeline\n\nBy Ana Ruiz, Staff Engineer - Dorvale Health "
        "Engineering Blog - 3 March 2026 - 9 min read\n"
    )
    assert (meta.author, meta.publisher, meta.date) == ("Ana Ruiz", "Dorvale Health", "2026-03-03")


BLOG = (
    "# How we scaled our pipeline\n\n"
    "By Ana Ruiz - Dorvale Health Engineering Blog - 3 March 2026\n\n"
    "The model itself is SkullScan, a hemorrhage detection model licensed from Vireo Imaging, "
    "a Denver-based startup. It was cleared by the FDA in 2023 and originally deployed at "
    "Dorvale North Hospital.\n\n"
    "We replaced the workstation with a small inference platform we call Conduit.\n\n"
    "Next quarter we are adding a second model to Conduit: LungMark, a pulmonary embolism "
    "detector from Tessel AI.\n"
)


def _named_relations(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    facts = _facts(tmp_path, text)
    names = {
        e.iri: max((a.text for a in e.aliases), default=e.iri, key=len) for e in facts.entities
    }
    return {
        (names.get(r.subject, r.subject), r.predicate, names.get(str(r.object), str(r.object)))
        for r in facts.relations
    }


def test_a_blog_says_who_made_what_it_runs(tmp_path: Path) -> None:
    found = _named_relations(tmp_path, BLOG)
    assert {
        ("Vireo Imaging", "develops", "SkullScan"),
        ("FDA", "regulates", "SkullScan"),
        ("SkullScan", "deployedAt", "Dorvale North Hospital"),
        ("Dorvale Health", "develops", "Conduit"),
        ("Tessel AI", "develops", "LungMark"),
    } <= found
    assert ("Vireo Imaging", "develops", "LungMark") not in found


DECK = (
    "# Varro Health Investor Day 2025\n\n"
    "Varro Health, Inc. (NASDAQ: VRRO) | Boston, MA | October 7, 2025\n\n"
    "## Slide 7 - Capital allocation\n\n"
    "- Acquired Lumora Analytics in February 2025\n"
    "- Partnered with Cedar Valley University on causal models\n"
    "- FlowBoard cut boarding time at Harlow Regional Health Slide 8 - Targets\n"
)


def test_a_decks_bullets_are_what_its_firm_did(tmp_path: Path) -> None:
    found = _named_relations(tmp_path, DECK)
    assert ("Lumora Analytics", "acquiredBy", "Varro Health, Inc.") in found
    assert ("Varro Health, Inc.", "partnersWith", "Cedar Valley University") in found


def test_slide_numbers_are_no_names(tmp_path: Path) -> None:
    names = _names(tmp_path, DECK)
    assert not any("Slide" in n for n in names)
    assert names.get("Harlow Regional Health") == "Hospital"
    assert "Lumora Analytics" in names and "Acquired Lumora Analytics" not in names


def test_a_body_named_only_in_the_title_publishes_it(tmp_path: Path) -> None:
    text = "岚州市人民政府新闻办公室新闻发布会实录\n\n发布时间：2025年6月26日\n\n主持人：各位好。\n"
    found = _named_relations(tmp_path, text)
    assert (
        "岚州市人民政府新闻办公室新闻发布会实录",
        "publishedBy",
        "岚州市人民政府新闻办公室",
    ) in found


def test_in_a_transcript_our_hospital_is_the_speakers(tmp_path: Path) -> None:
    text = (
        "岚州市智慧医疗新闻发布会实录\n\n"
        "主持人：请两位介绍情况。\n\n"
        "陈浩（岚州市第一人民医院）：\n我院与澄湾智能合作建设了智慧门诊。\n\n"
        "主持人：\n谢谢。\n\n"
        "刘敏（岚州医科大学附属医院）：\n我院上线了病历生成大模型。\n\n"
        "陈浩：\n我院还在扩大应用。\n"
    )
    found = _named_relations(tmp_path, text)
    assert ("岚州市第一人民医院", "partnersWith", "澄湾智能") in found or (
        "澄湾智能",
        "partnersWith",
        "岚州市第一人民医院",
    ) in found
    assert not any(p == "publishedBy" and o == "岚州医科大学附属医院" for _, p, o in found)


@pytest.mark.parametrize(
    ("sentence", "name", "cls"),
    [
        ("岚州市第一人民医院院长周建平表示，试点进展顺利。", "岚州市第一人民医院", "Hospital"),
        ("岚州大学校长李明出席了签约仪式。", "岚州大学", "University"),
        ("岚州医学会会长王强致辞。", "岚州医学会", "Association"),
    ],
)
def test_a_job_title_after_an_organisation_ends_its_name(
    tmp_path: Path, sentence: str, name: str, cls: str
) -> None:
    assert _names(tmp_path, sentence).get(name) == cls


def test_the_citys_own_body_is_filed_under_the_full_name_the_document_writes() -> None:
    from medatlas.loaders.extract.entities import _own_level_bodies

    text = (
        "岚州市卫生健康委员会主任陈浩出席。陈浩（市卫生健康委员会主任）：好的。市医疗保障局发文。"
    )
    found = {(text[c.start : c.end], c.name) for c in _own_level_bodies(text)}
    assert found == {
        ("市卫生健康委员会", "岚州市卫生健康委员会"),
        ("市医疗保障局", "市医疗保障局"),  # no fuller name in the document
    }
    assert not _own_level_bodies("城市卫生健康局的建设")  # 城市 is no level of government


def test_a_headline_from_x_to_y_names_no_company(tmp_path: Path) -> None:
    text = (
        "# 从放射科到创业公司：许岚和她的团队\n\n"
        "许岚是岚影智能的创始人。如今这套系统已经落地全国137家医院。\n"
    )
    assert not any(n.startswith("从") for n in _names(tmp_path, text))
    figures = figures_of(markdown(text), {"岚影智能": "Company"})
    assert not any(n.startswith("从") for f in figures.values() for n in about_names(f))


def test_a_provincial_hospital_is_shortened_to_its_own_name(tmp_path: Path) -> None:
    from medatlas.loaders.extract.entity_alias import is_short_form

    assert is_short_form("同德医院", "浙江省立同德医院", "Hospital")
    assert not is_short_form("同德医院", "浙江省立同仁医院", "Hospital")


def test_a_dateline_in_two_scripts_dates_the_letter() -> None:
    meta = stated_metadata(
        "# Letter\n\nHong Kong, 28 March 2026 | 2026年3月28日，香港\n\nDear all.\n"
    )
    assert meta.date == "2026-03-28"


def test_we_in_a_firms_own_chinese_letter_is_the_firm(tmp_path: Path) -> None:
    text = (
        "# 致股东的信\n\n瓦仁医疗人工智能控股有限公司\n\n2026年3月28日\n\n"
        "我们与岚州大学共建可信医疗人工智能联合实验室。我们认为，行业仍在早期。\n"
    )
    found = _named_relations(tmp_path, text)
    assert any(
        p == "partnersWith" and {s[:10], o} == {"瓦仁医疗人工智能控股", "岚州大学"}
        for s, p, o in found
    )


def test_a_coined_name_that_performs_a_task_is_an_offering(tmp_path: Path) -> None:
    names = _names(tmp_path, "RetinaGuard performs diabetic retinopathy screening in clinics.")
    assert names.get("RetinaGuard") == "Product"
    assert _names(tmp_path, "Acme Health performs well in the market.").get("Acme Health") == (
        "Company"
    )
