"""Recipients a grant programme lists are funded by its funder. Every name is invented."""

from __future__ import annotations

from pathlib import Path

from medatlas.loaders.extract.gazetteer import Gazetteer, GazetteerEntry
from medatlas.loaders.extract.relation_grants import grant_recipients
from medatlas.loaders.readers import read_document

NAMES = {
    "Alderwood Foundation": "Organization",
    "Kinsey University": "University",
    "Lumora Health": "Company",
    "Brightwell Labs": "Company",
    "岚州医学基金会": "Organization",
    "澄湾医院": "Hospital",
    "岚影智能": "Company",
}


def _funded(tmp_path: Path, text: str, suffix: str = ".md") -> set[tuple[str, str]]:
    path = tmp_path / f"doc{suffix}"
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    entries = [GazetteerEntry(f"t:{n}", c, (n,)) for n, c in NAMES.items()]
    mentions = Gazetteer(entries).find(document.text)
    return {
        (c.subject.text, c.object.text)
        for c in grant_recipients(document.text, document.blocks, mentions, None)
    }


def test_the_recipients_under_a_heading_are_funded_by_the_funder(tmp_path: Path) -> None:
    text = (
        "# Alderwood Foundation awards $6 million\n\nThe Alderwood Foundation today announced"
        " $6 million in grants to two teams.\n\n## Grant recipients\n\n"
        "- **Kinsey University** ($1.8 million) will adapt a triage app built by Brightwell"
        " Labs.\n- **Lumora Health** ($1.5 million) will expand its chatbot.\n"
    )
    assert _funded(tmp_path, text) == {
        ("Kinsey University", "Alderwood Foundation"),
        ("Lumora Health", "Alderwood Foundation"),
    }


def test_a_chinese_table_of_funded_units(tmp_path: Path) -> None:
    text = (
        "# 岚州医学基金会2025年度资助项目公示\n\n"
        "岚州医学基金会设立专项资金，资助医学人工智能研究。\n\n"
        "## 获资助单位名单\n\n| 单位 | 项目 | 金额 |\n| --- | --- | --- |\n"
        "| 澄湾医院 | 影像AI | 50万元 |\n| 岚影智能 | 病理AI | 30万元 |\n"
    )
    assert _funded(tmp_path, text) == {
        ("澄湾医院", "岚州医学基金会"),
        ("岚影智能", "岚州医学基金会"),
    }


def test_a_list_that_is_no_recipients_list_funds_nobody(tmp_path: Path) -> None:
    text = (
        "# Alderwood Foundation awards grants\n\nThe Alderwood Foundation announced grants.\n\n"
        "## Partners\n\n- **Kinsey University** hosts the programme.\n"
    )
    assert _funded(tmp_path, text) == set()


def test_a_name_inside_an_item_is_no_recipient(tmp_path: Path) -> None:
    text = (
        "The Alderwood Foundation announced $2 million in grants.\n\n## Grantees\n\n"
        "- A team at Kinsey University will study triage.\n"
    )
    assert _funded(tmp_path, text) == set()


def test_paragraph_entries_and_their_co_recipients_are_funded(tmp_path: Path) -> None:
    text = (
        "# Alderwood Foundation awards $6 million\n\nThe Alderwood Foundation today announced"
        " $6 million in grants to two teams.\n\n## The 2025 grantees\n\n"
        "**Kinsey University and 澄湾医院** (Chicago) receive $3.2 million over three years to"
        " validate a model that predicts bleeding from routine labor-ward data, in a study of"
        " 48,000 deliveries across the two sites and a follow-up of every case for one year.\n\n"
        "**Lumora Health**, together with Brightwell Labs, receives $2.5 million to test a"
        " monitoring tool.\n\nThe panel said Brightwell Labs had impressed reviewers.\n"
    )
    found = _funded(tmp_path, text)
    assert ("Kinsey University", "Alderwood Foundation") in found
    assert ("澄湾医院", "Alderwood Foundation") in found
    assert ("Lumora Health", "Alderwood Foundation") in found
    assert ("Brightwell Labs", "Alderwood Foundation") in found
    assert len(found) == 4, found
