"""Makers and terms a name gives away, with no sentence to say so.

A known offering whose name opens with a known maker's (``NVIDIA Clara``) is that maker's. A
clinical term and its initials (``踝肱指数（ABI）``) name no organisation, so no figure is read
as about one. (The sentences that build an offering on a base are cases of
``test_case_sites.py``.) Every name here is invented for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medatlas.loaders.extract.entities import discover_entities
from medatlas.loaders.extract.gazetteer import Gazetteer, GazetteerEntry
from medatlas.loaders.extract.relation_makers import maker_prefixes
from medatlas.loaders.readers.markdown import read_markdown

ENTITY_CLASSES = frozenset({"Company", "Organization", "Product", "Platform", "AIModel"})


def _gazetteer() -> Gazetteer:
    entries = [
        ("t:vantor", "Company", ("Vantor",)),
        ("t:vantor-helm", "Platform", ("Vantor Helm",)),
        ("t:yun", "Company", ("汀云",)),
        ("t:yun-model", "AIModel", ("汀云千语大模型",)),
        ("t:helm-suite", "Product", ("Helm Suite",)),
    ]
    return Gazetteer(GazetteerEntry(iri, cls, names) for iri, cls, names in entries)


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("团队在Vantor Helm上训练了模型。", {("Vantor", "develops", "Vantor Helm")}),
        ("医院采用汀云千语大模型生成病历。", {("汀云", "develops", "汀云千语大模型")}),
        ("Helm Suite is sold in Europe.", set()),  # no maker's name opens it
    ],
)
def test_a_maker_named_at_the_head_of_a_known_offering(
    text: str, facts: set[tuple[str, str, str]]
) -> None:
    gazetteer = _gazetteer()
    found = {
        (c.subject.text, c.predicate, c.object.text)
        for c in maker_prefixes(gazetteer.find(text), gazetteer)
        if c.object is not None
    }
    assert found == facts


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("到2027年，二级以上综合医院踝汀指数（ABX）筛查覆盖率达到80%。", "ABX"),
        ("患者糖化汀红蛋白（HbX1c）控制率提升至60%。", "糖化汀红蛋白"),
    ],
)
def test_a_clinical_term_and_its_initials_name_no_organisation(text: str, absent: str) -> None:
    doc = read_markdown(Path("a.md"), text.encode())
    found = {m.text: m.cls for m in discover_entities(doc, [])}
    assert absent not in found or found[absent] not in ENTITY_CLASSES, found
