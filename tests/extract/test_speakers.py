"""Who "we" are in each turn of a transcript. Every name is invented."""

from __future__ import annotations

import pytest

from medatlas.loaders.extract.gazetteer import Gazetteer, GazetteerEntry
from medatlas.loaders.extract.speakers import affiliations, speaker_at, speaker_turns

NAMES = {
    "Fernlight Health": "Company",
    "Petrel Labs": "Company",
    "岚影智能": "Company",
    "澄湾医院": "Hospital",
}


def _mentions(text: str):
    entries = [GazetteerEntry(f"t:{n}", c, (n,)) for n, c in NAMES.items()]
    return Gazetteer(entries).find(text)


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        (
            "Guest: Omar Reyes, co-founder and CEO of Fernlight Health.",
            "Omar Reyes",
            "Fernlight Health",
        ),
        ("Fernlight Health's CEO Omar Reyes said", "Omar Reyes", "Fernlight Health"),
        ("We spoke to Mia Tan (Petrel Labs) about it.", "Mia Tan", "Petrel Labs"),
        ("嘉宾：岚影智能创始人兼CEO张明", "张明", "岚影智能"),
        ("本期嘉宾张明（岚影智能创始人）", "张明", "岚影智能"),
        ("李华，澄湾医院放射科主任，表示", "李华", "澄湾医院"),
    ],
)
def test_a_person_is_placed_at_the_organisation_beside_their_name(
    text: str, person: str, org: str
) -> None:
    found = affiliations(text, _mentions(text))
    assert found[person].text == org


@pytest.mark.parametrize(
    "text",
    [
        "Omar Reyes met investors. Fernlight Health grew.",
        "Kestrow Pharma (岚影智能) signed with them.",  # a name and its translation
        "Harbor Health, partner of Fernlight Health, said",  # a firm, not a person
    ],
)
def test_a_firm_merely_near_a_name_is_no_affiliation(text: str) -> None:
    assert affiliations(text, _mentions(text)) == {}


TRANSCRIPT = """\
Episode 9 — Guest: Omar Reyes, co-founder and CEO of Fernlight Health

[00:00:10] DANA: Welcome. What do you build?
[00:00:20] OMAR: We build a triage tool for chest X-rays.
[00:01:00] DANA: Who are your partners?
[00:01:10] OMAR: We work with Petrel Labs on the model.
"""


def test_each_turn_speaks_for_its_speakers_firm() -> None:
    turns = speaker_turns(TRANSCRIPT, _mentions(TRANSCRIPT))
    assert [(t.label, t.organisation.text if t.organisation else None) for t in turns] == [
        ("DANA", None),
        ("OMAR", "Fernlight Health"),
        ("DANA", None),
        ("OMAR", "Fernlight Health"),
    ]
    we = TRANSCRIPT.index("We work")
    assert speaker_at(turns, we).text == "Fernlight Health"
    assert speaker_at(turns, TRANSCRIPT.index("Who are")) is None


def test_chinese_turns_by_family_name_and_bracketed_name() -> None:
    text = (
        "嘉宾：岚影智能创始人兼CEO张明\n\n主持人：请介绍一下产品。\n张明：我们做肺结节筛查。\n"
        "主持人：下一步呢？\n答（张明）：我们会进入基层医院。\n"
    )
    turns = speaker_turns(text, _mentions(text))
    orgs = {(t.label, t.organisation.text if t.organisation else None) for t in turns}
    assert orgs == {
        ("嘉宾", None),
        ("主持人", None),
        ("张明", "岚影智能"),
        ("答（张明）", "岚影智能"),
    }


def test_a_masthead_of_labelled_lines_is_no_transcript() -> None:
    text = "Source: Fernlight Health\nDate: 3 May 2025\nAuthor: Omar Reyes\n\nBody text.\n"
    assert speaker_turns(text, _mentions(text)) == []


def test_a_figure_a_speaker_states_of_we_is_their_firms() -> None:
    from figure_support import about_names, figures_of, markdown

    text = (
        "Guest: Omar Reyes, co-founder and CEO of Fernlight Health; host: Dana Whitfield of"
        " Harbor Radio.\n\n[00:00:10] DANA: Welcome back, Omar.\n\n"
        "[00:00:20] OMAR: We closed a $22 million Series A in March.\n\n"
        "[00:01:00] DANA: Congratulations.\n\n[00:01:10] OMAR: Thank you.\n"
    )
    figures = figures_of(markdown(text), {"Fernlight Health": "Company", "Harbor Radio": "Company"})
    assert "Fernlight Health" in about_names(figures["$22 million"])
    assert "Harbor Radio" not in about_names(figures["$22 million"])


def test_a_relation_a_speaker_states_of_we_is_their_firms(tmp_path) -> None:
    from relation_support import relations_of

    text = (
        "Guest: Omar Reyes, co-founder and CEO of Fernlight Health.\n\n"
        "[00:00:10] DANA: Who backs you?\n\n"
        "[00:00:20] OMAR: We closed a Series A led by Northgate Ventures.\n\n"
        "[00:01:00] DANA: Thanks.\n\n[00:01:10] OMAR: Thank you.\n"
    )
    names = {"Fernlight Health": "Company", "Northgate Ventures": "Company"}
    found = {
        (c.subject.text, c.predicate, c.object.text if c.object else "")
        for c in relations_of(tmp_path, text, names)
    }
    assert ("Fernlight Health", "fundedBy", "Northgate Ventures") in found, sorted(found)


def test_an_honorific_after_a_name_is_not_part_of_it() -> None:
    text = "今天我们邀请到岚影智能总经理陈浩先生。"
    assert set(affiliations(text, _mentions(text))) == {"陈浩"}


PRESS = (
    "主持人：请陈浩介绍情况。\n\n"
    "陈浩（澄湾医院院长）：\n我们与岚影智能合作建设了智慧门诊。\n\n"
    "主持人：\n谢谢。下面请记者提问。\n\n"
    "记者：效果如何？\n\n"
    "陈浩：\n我们的候诊时间下降了。\n"
)


def test_a_label_on_its_own_line_that_names_the_speakers_organisation() -> None:
    turns = speaker_turns(PRESS, _mentions(PRESS))
    first = PRESS.index("我们与")
    later = PRESS.index("我们的候诊")
    assert speaker_at(turns, first).text == "澄湾医院"  # stated in the label's brackets
    assert speaker_at(turns, later).text == "澄湾医院"  # the same speaker, by name alone
    assert speaker_at(turns, PRESS.index("谢谢")) is None  # the host speaks for no one
