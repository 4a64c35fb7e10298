"""What a guest says for their firm in a transcript, and clauses joined by ", and". Every name
is invented."""

from __future__ import annotations

from pathlib import Path

from relation_support import check_relations, facts_of

NAMES = {
    "Larkfield Health": "Company",
    "Larkfield Roster": "Product",
    "Microsoft": "Company",
    "Northgate Ventures": "Company",
    "Elm Street Capital": "Company",
    "Azure Speech": "Platform",
}

TRANSCRIPT = (
    "THE WARD ROUND - Episode 9 transcript\n"
    '"Fixing schedules" - guest: Mira Kent, co-founder and CEO of Larkfield Health\n\n'
    "[00:00:12] TOM HALE (host): Welcome back. My guest today runs Larkfield Health.\n\n"
    "[00:00:24] MIRA KENT: Thanks, Tom.\n\n"
    "[00:01:08] MIRA: Our product is Larkfield Roster. It drafts schedules.\n\n"
    "[00:03:44] MIRA: It runs on Azure Speech, and we signed a co-sell agreement with Microsoft"
    " last quarter.\n\n"
    "[00:04:47] MIRA: We closed an $18 million Series A in April. Northgate Ventures led the"
    " round, and Elm Street Capital came in as well.\n"
)


def test_a_guest_speaks_for_the_firm_they_run(tmp_path: Path) -> None:
    facts = facts_of(tmp_path, TRANSCRIPT, NAMES, suffix=".txt")
    expected = {
        ("Larkfield Health", "develops", "Larkfield Roster"),
        ("Larkfield Health", "partnersWith", "Microsoft"),
        ("Larkfield Health", "fundedBy", "Northgate Ventures"),
        ("Larkfield Health", "fundedBy", "Elm Street Capital"),
    }
    assert expected <= facts, expected - facts
    assert ("Azure Speech", "partnersWith", "Microsoft") not in facts


def test_a_name_after_a_comma_and_opens_a_clause(tmp_path: Path) -> None:
    text = "It works well, and Larkfield Health signed an agreement with Microsoft.\n"
    check_relations(
        tmp_path, text, NAMES, {("Larkfield Health", "partnersWith", "Microsoft")}, set()
    )


def test_a_name_listed_after_and_is_still_a_partner(tmp_path: Path) -> None:
    text = (
        "Microsoft partnered with Northgate Ventures, Elm Street Capital, and Larkfield Health.\n"
    )
    check_relations(
        tmp_path,
        text,
        NAMES,
        {("Microsoft", "partnersWith", "Larkfield Health")},
        set(),
    )


def test_our_hospital_in_a_quote_is_not_the_documents_voice() -> None:
    from medatlas.loaders.extract.speakers import speaks_as_hospital

    assert speaks_as_hospital("2025年，本院引进了AI系统。")
    assert not speaks_as_hospital("院长表示：“去年我院心电检查量达26.5万人次。”双方签约。")
    assert speaks_as_hospital("院长表示：“很好。”本院将继续推进。")
