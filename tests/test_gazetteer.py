"""The gazetteer finds known names with exact offsets, whole words, longest first."""

from __future__ import annotations

from medatlas.loaders.extract.gazetteer import Gazetteer, GazetteerEntry, atlas_gazetteer


def _g() -> Gazetteer:
    return Gazetteer(
        [
            GazetteerEntry("x:most", "GovernmentBody", ("MOST", "科技部")),
            GazetteerEntry("x:nvidia", "Company", ("NVIDIA", "Nvidia", "英伟达")),
            GazetteerEntry("x:bionemo", "Platform", ("NVIDIA BioNeMo", "BioNeMo")),
            GazetteerEntry("x:ai", "Technology", ("AI", "人工智能"), is_concept=True),
            GazetteerEntry("x:huawei", "Company", ("华为",)),
            GazetteerEntry("x:huawei-cloud", "Company", ("华为云",)),
        ]
    )


def test_offsets_are_exact_even_with_full_width_letters() -> None:
    text = "据ＮＶＩＤＩＡ称，英伟达与华为云合作。"
    found = _g().find(text)
    assert [(m.text, m.iri) for m in found] == [
        ("ＮＶＩＤＩＡ", "x:nvidia"),
        ("英伟达", "x:nvidia"),
        ("华为云", "x:huawei-cloud"),
    ]
    for m in found:
        assert text[m.start : m.end] == m.text


def test_longest_name_wins_and_words_stay_whole() -> None:
    found = _g().find("NVIDIA BioNeMo is not MAINTAINED by the AI team")
    assert [m.iri for m in found] == ["x:bionemo", "x:ai"]


def test_acronyms_match_only_in_capitals() -> None:
    assert [m.iri for m in _g().find("the most useful: MOST")] == ["x:most"]


def test_the_atlas_gazetteer_knows_the_market() -> None:
    g = atlas_gazetteer()
    found = {m.iri.rsplit("/", 1)[-1] for m in g.find("英伟达的Clara平台与联影智能合作") if m.iri}
    assert {"nvidia", "clara", "united-imaging-intelligence"} <= found


def test_a_two_character_name_starts_where_a_word_starts() -> None:
    g = Gazetteer([GazetteerEntry("t:tcm", "Segment", ("中医",), True)])
    assert [m.text for m in g.find("全市医疗机构中，其中医院186家。")] == []  # 其中 | 医院
    assert [m.text for m in g.find("推广中医诊疗服务。")] == ["中医"]
    assert [m.text for m in g.find("发展中医药产业。")] == ["中医"]
