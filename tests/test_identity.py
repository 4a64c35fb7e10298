"""Identity: names that mean the same thing meet; different things stay apart."""

from __future__ import annotations

import pytest

from medatlas.graph.identity import NameIndex, normalise_name
from medatlas.graph.iris import entity_iri, is_slug, slugify, statement_iri


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("NVIDIA", "Nvidia"),
        ("NVIDIA Corp.", "NVIDIA"),
        ("英伟达公司", "英伟达"),
        ("推想医疗科技股份有限公司", "推想医疗科技"),
        ("ＮＶＩＤＩＡ", "NVIDIA"),  # full-width letters
        ("GE Healthcare Co., Ltd.", "GE HealthCare"),
        ("NVIDIA BioNeMo", "NVIDIA-BioNeMo"),
    ],
)
def test_same_names_meet(a: str, b: str) -> None:
    assert normalise_name(a) == normalise_name(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("华为", "华为云"),
        ("联影医疗", "联影智能"),
        ("阿里巴巴", "阿里健康"),
        ("Google", "Google Health"),
        ("公司", "有限公司"),
    ],
)
def test_different_things_stay_apart(a: str, b: str) -> None:
    assert normalise_name(a) != normalise_name(b)


def test_a_bare_legal_form_is_not_emptied() -> None:
    assert normalise_name("公司") == "公司"


def test_name_index_finds_by_any_label_and_reports_ambiguity() -> None:
    idx = NameIndex()
    idx.add("x:nvidia", ["NVIDIA", "英伟达"])
    idx.add("x:huawei", ["华为"])
    idx.add("x:huawei-cloud", ["华为云"])
    assert idx.lookup("nvidia corporation") == {"x:nvidia"}
    assert idx.lookup("英伟达公司") == {"x:nvidia"}
    assert idx.lookup("华为云") == {"x:huawei-cloud"}
    assert idx.ambiguous() == {}
    idx.add("x:other", ["Nvidia"])
    assert idx.ambiguous() == {"nvidia": {"x:nvidia", "x:other"}}
    assert "unknown thing" not in idx


def test_slugs_are_stable_and_distinct() -> None:
    assert slugify("NVIDIA BioNeMo") == "nvidia-bionemo"
    assert slugify("联影智能") == slugify("联影智能")
    assert slugify("联影智能") != slugify("联影医疗")
    assert is_slug(slugify("联影智能 AI"))
    assert not is_slug("Bad Slug")
    assert entity_iri("nvidia") == "https://w3id.org/medatlas/id/nvidia"


def test_statement_iris_depend_on_every_part() -> None:
    base = statement_iri("g", "s", "p", "o", "doc.txt", "quote", "curated")
    assert base == statement_iri("g", "s", "p", "o", "doc.txt", "quote", "curated")
    assert base != statement_iri("g", "s", "p", "o", "doc.txt", "other quote", "curated")
    assert base != statement_iri("g2", "s", "p", "o", "doc.txt", "quote", "curated")
