"""The field an organisation works in: ``operatesIn`` for a segment or a field of care, and the
fields no vocabulary lists, read off the words around an organisation's name."""

from __future__ import annotations

import pytest

from medatlas.loaders.extract.model import Mention
from medatlas.loaders.extract.relation_fields import FIELD_METHOD, field_predicate, free_fields


def _fields(text: str, *orgs: str) -> list[str]:
    taken = [
        Mention(text.index(o), text.index(o) + len(o), o, "Company", 0.9, "test", name=o)
        for o in orgs
    ]
    found = free_fields(text, 0, len(text), taken)
    assert all(m.method == FIELD_METHOD and m.cls == "UseCase" for m in found)
    return [m.text for m in found]


@pytest.mark.parametrize(
    ("subject", "field", "predicate"),
    [
        ("Company", "UseCase", "operatesIn"),
        ("Hospital", "Segment", "operatesIn"),
        ("Product", "UseCase", "addressesUseCase"),
        ("Platform", "Segment", ""),
        ("Company", "Technology", ""),
    ],
)
def test_an_organisation_operates_in_a_field_and_an_offering_addresses_it(
    subject: str, field: str, predicate: str
) -> None:
    assert field_predicate(subject, field) == predicate


@pytest.mark.parametrize(
    ("text", "orgs", "fields"),
    [
        ("闵桥医疗成立于2020年，总部位于西安，专注眼科人工智能。", (), ["眼科人工智能"]),
        ("公司深耕口腔影像领域多年。", (), ["口腔影像"]),
        ("慢病管理AI企业禾川健康完成B轮融资", ("禾川健康",), ["慢病管理"]),
        ("国内知名病理诊断服务商澜岫医疗发布新品", ("澜岫医疗",), ["病理诊断"]),
        (
            "Orvid, an AI medical coding startup, raised $12 million.",
            ("Orvid",),
            ["AI medical coding"],
        ),
        (
            "Kestrel Labs, a Denver-based sleep medicine company, said",
            ("Kestrel Labs",),
            ["sleep medicine"],
        ),
        (
            "Halden, a pioneer in remote patient monitoring, said",
            ("Halden",),
            ["remote patient monitoring"],
        ),
        ("Brightwell, a leader in clinical AI for oncology, said", ("Brightwell",), ["oncology"]),
        ("Mirovia, a dental imaging software company, said", ("Mirovia",), ["dental imaging"]),
    ],
)
def test_fields_no_vocabulary_lists_are_read_off_the_words(
    text: str, orgs: tuple[str, ...], fields: list[str]
) -> None:
    assert _fields(text, *orgs) == fields


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("公司专注于提升基层医生的服务效率。", ()),  # a goal, not a field
        ("上市公司禾川健康发布年报", ("禾川健康",)),  # a kind of firm
        ("控股子公司禾川健康发布年报", ("禾川健康",)),
        ("医疗企业禾川健康发布年报", ("禾川健康",)),  # too generic to be a field
        ("Orvid, a privately held company, said", ("Orvid",)),
        ("Orvid, a health AI startup, said", ("Orvid",)),
        ("Orvid, the leader of the market, said", ("Orvid",)),
        ("Orvid, a Boston-based company, said", ("Orvid",)),
        ("Orvid, a portfolio company of Fenwick Ventures, said", ("Orvid",)),
    ],
)
def test_kinds_of_firm_goals_and_generic_words_are_no_field(
    text: str, orgs: tuple[str, ...]
) -> None:
    assert _fields(text, *orgs) == []


def test_a_field_inside_a_known_name_is_left_to_the_name() -> None:
    text = "禾川健康专注慢病管理。"
    taken = [Mention(4, 8, "慢病管理", "UseCase", 0.9, "gazetteer", iri="t:cdm")]
    assert free_fields(text, 0, len(text), taken) == []


def test_a_field_an_organisation_works_in_is_not_also_a_task_it_addresses() -> None:
    from medatlas.loaders.extract.model import RelationCandidate
    from medatlas.loaders.extract.relation_fields import prefer_fields

    firm = Mention(0, 4, "禾川健康", "Company", 0.9, "test")
    product = Mention(10, 14, "禾川慢管", "Product", 0.9, "test")
    field = Mention(6, 10, "慢病管理", "UseCase", 0.9, "test")
    other = Mention(20, 24, "病历质控", "UseCase", 0.9, "test")
    found = [
        RelationCandidate(firm, "operatesIn", field, 0, 10, 0.8, "t"),
        RelationCandidate(firm, "addressesUseCase", field, 30, 40, 0.8, "t"),
        RelationCandidate(firm, "addressesUseCase", other, 30, 40, 0.8, "t"),
        RelationCandidate(product, "addressesUseCase", field, 30, 40, 0.8, "t"),
    ]
    kept = prefer_fields(found, key=lambda m: m.text)
    assert [(c.subject.text, c.predicate, c.object.text) for c in kept] == [
        ("禾川健康", "operatesIn", "慢病管理"),
        ("禾川健康", "addressesUseCase", "病历质控"),
        ("禾川慢管", "addressesUseCase", "慢病管理"),
    ]
