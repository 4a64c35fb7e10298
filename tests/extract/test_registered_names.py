"""Firms named as they are registered, and the words around a name that are not part of it.

A registered firm's name opens with its place (``北京元样澈息科技有限公司``), whatever the tagger
makes of the characters between; a firm may stack trade words before its ending
(``杭州冰岚健康科技``), but not the trades of money, which read as verbs after a fund's name
(``砚澈资本投资了…``), and not when the name goes on with a noun of its own (``星澈医疗科技观察``).
A hospital's department (胸外科), a common noun the tagger files as a place (城市) and a lower-case
English word before a Chinese name (``the firm``) start no name; a nationality describes a firm and
names none; a bold lead with its seat in brackets (``**X Bionics** (Boston) makes…``) is a firm; a
rule named by an agency and two subjects joined by "and" is one rule; a cell's count of hospitals
(``共 85 家医院``) names none; a chapter's title names the work it is from, and a prospectus's 《》
title holds its issuer's name. In a column of models, a cell that ends like a product (助手) is
one. Every firm and product here is invented; the investors and makers in the last test are
well-known ones from the reference list.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from entity_support import found_names

from medatlas.loaders.extract.columns import split_names
from medatlas.loaders.extract.entity_shortforms import chinese_brand_cores
from medatlas.loaders.extract.gazetteer import atlas_gazetteer
from medatlas.loaders.pipeline import _title_mention
from medatlas.loaders.readers.markdown import read_markdown


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "北京元样澈息科技有限公司的贴片被多家医院采用。杭州元样医疗科技有限公司发布了新品。",
            {"北京元样澈息科技有限公司": "Company", "杭州元样医疗科技有限公司": "Company"},
            {"澈息科技有限公司", "杭州元样医疗"},
        ),
        (
            "杭州冰岚健康科技的份额为8%。",
            {"杭州冰岚健康科技": "Company"},
            {"杭州冰岚健康"},
        ),
        ("砚澈资本投资了岚澈医疗。", {"砚澈资本": "Company"}, {"砚澈资本投资"}),
        ("南京觅澈数字医学的份额为12.6%。", {"南京觅澈数字医学": "Company"}, set()),
        ("编写：星澈医疗科技观察，2025年12月。", {}, {"星澈医疗科技"}),
        ("中国肺结节AI筛查与胸外科智能规划市场规模为18.6亿元。", {}, {"胸外科智能"}),
        ("要点：在15个城市开展智能辅具推广试点。", {}, {"城市开展智能"}),
        (
            "The leaders include the Chinese firm 深圳冰岚数智科技 (Binglan Digital).",
            {"深圳冰岚数智科技": "Company"},
            {"firm 深圳冰岚数智"},
        ),
        (
            "Helixora acquired the Dutch sensor maker Koelvis B.V. for $210 million.",
            {},
            {"Dutch"},
        ),
        (
            "Among newer entrants:\n\n- **Arcavia Bionics** (Boston) makes the NeuroClasp hand.\n",
            {"Arcavia Bionics": "Company"},
            set(),
        ),
        (
            "Deals closed under the CMS Interoperability and Prior Authorization Final Rule.",
            {"CMS Interoperability and Prior Authorization Final Rule": "Policy"},
            {"Prior Authorization Final Rule"},
        ),
        (
            "## 平台\n\n| 平台 | 开发方 | 基于平台的模型/应用 Models & apps |\n"
            "| --- | --- | --- |\n"
            "| 澈途开放平台 | 北京澈途科技有限公司 | 澈途步态大模型、家澈助手 |\n",
            {"澈途步态大模型": "AIModel", "家澈助手": "Product"},
            set(),
        ),
    ],
    ids=[
        "a-registered-name-opens-with-its-place",
        "trade-words-stacked-before-the-ending",
        "money-trades-read-as-verbs",
        "a-digital-medicine-firm",
        "a-name-that-goes-on-with-a-noun",
        "a-hospitals-department-is-no-brand",
        "a-common-noun-tagged-as-a-place-is-no-place",
        "an-english-word-before-a-chinese-name",
        "a-nationality-names-nothing",
        "a-bold-lead-with-its-seat-in-brackets",
        "a-rule-of-two-subjects-joined-by-and",
        "a-column-of-models-and-apps",
    ],
)
def test_registered_and_surrounding_words(
    text: str, present: dict[str, str], absent: set[str]
) -> None:
    found = found_names(text)
    for name, cls in present.items():
        assert found.get(name) == cls, (name, found)
    assert not absent & found.keys(), absent & found.keys()


def test_a_supply_chain_firm_goes_by_its_brand() -> None:
    """北京极澈医药供应链管理有限公司 is 极澈 when the report shortens it."""
    assert chinese_brand_cores("北京极澈医药供应链管理有限公司") == {"极澈"}


def test_a_count_of_hospitals_in_a_cell_names_none() -> None:
    assert split_names("深圳市澈江人民医院，共 85 家医院") == ["深圳市澈江人民医院"]
    assert split_names("澈州301医院、12所高校") == ["澈州301医院"]


def test_a_chapter_title_names_the_work_it_is_from() -> None:
    """The report is the white paper the chapter's title quotes, not the chapter."""
    text = "# 《中国澈溪辅具智能化发展白皮书（2025）》第三章 智能假肢应用图景\n\n正文。\n"
    document = read_markdown(Path("a.md"), text.encode())
    assert _title_mention(document, []) is None


def test_well_known_investors_and_makers_are_known() -> None:
    hits = {
        m.text: m.cls
        for m in atlas_gazetteer().find(
            "Backed by Oak HC/FT and Optum Ventures; Cardinal Health bought it. "
            "样本溯源基于蚂蚁链，部署在华为云Stack上。海尔生物医疗份额领先。"
        )
        if m.iri
    }
    assert hits.get("Oak HC/FT") == "Company", hits
    assert hits.get("Cardinal Health") == "Company", hits
    assert hits.get("蚂蚁链") == "Platform", hits
    assert hits.get("华为云Stack") == "Platform", hits
    assert hits.get("海尔生物医疗") == "Company", hits
    others = {
        m.text: m.cls
        for m in atlas_gazetteer().find("部署在天翼云上，由伦敦国王学院发起；Samsung Medison跟进。")
        if m.iri
    }
    assert others == {
        "天翼云": "Platform",
        "伦敦国王学院": "University",
        "Samsung Medison": "Company",
    }


def test_a_prospectus_title_holds_its_issuers_name() -> None:
    """The 《》 title of a prospectus is one report, the firm's name inside it no firm."""
    found = found_names(
        "参考：《苏州睿澈医疗科技股份有限公司首次公开发行股票并在科创板上市招股说明书（申报稿）》。"
    )
    assert (
        found.get("苏州睿澈医疗科技股份有限公司首次公开发行股票并在科创板上市招股说明书（申报稿）")
        == "Report"
    ), found
