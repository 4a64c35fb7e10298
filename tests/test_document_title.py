"""The thing a document is a copy of: a report, or a policy when its own title is a policy's."""

from __future__ import annotations

from pathlib import Path

import pytest

from medatlas.graph.identity import NameIndex
from medatlas.loaders.document import Document, Metadata
from medatlas.loaders.extract.model import Mention
from medatlas.loaders.pipeline import Extractors, extract_document


class _NoGazetteer:
    def find(self, text: str) -> list[Mention]:
        return []


_NOTHING = Extractors(lambda d, k: [], lambda d, m: [], lambda d, m: [])


def _extract(title: str):
    text = f"{title}\n\n正文第一段。Body text follows.\n"
    doc = Document("t.txt", Path("t.txt"), "txt", "utf-8", "0" * 64, text, (), Metadata(title))
    return extract_document(
        doc, gazetteer=_NoGazetteer(), names=NameIndex(), classes={}, extractors=_NOTHING
    )


# invented titles
@pytest.mark.parametrize(
    "title",
    [
        "青川省卫生健康委员会关于印发智慧医院试点单位名单的通知",
        "关于推进医疗人工智能应用的实施意见（征求意见稿）",
        "临江市医疗机构人工智能辅助诊断管理办法（试行）",
        "Harbor State Clinical Algorithms Act",
        "Draft Guidance on Adaptive Imaging Software",
    ],
)
def test_a_document_titled_as_a_policy_is_a_copy_of_that_policy(title: str) -> None:
    result = _extract(title)
    [entity] = result.facts.entities
    assert entity.cls == "Policy"
    assert not any(r.predicate == "copyOfReport" for r in result.facts.relations)


@pytest.mark.parametrize(
    "title",
    [
        "2025中国医疗影像AI发展白皮书",
        "关于我们的年度观察：医疗AI十大趋势",
        "Clinical AI Adoption Survey 2025",
        "青川医院两套AI系统上线 放射科效率提升",
    ],
)
def test_any_other_title_names_a_report(title: str) -> None:
    result = _extract(title)
    [entity] = result.facts.entities
    assert entity.cls == "Report"
    assert any(r.predicate == "copyOfReport" for r in result.facts.relations)


@pytest.mark.parametrize(
    "title",
    [
        "第三章 汀州风湿免疫人工智能应用图谱",
        "第四部分 汀州影像云市场规模测算",
        "Chapter 4: Market Sizing",
    ],
)
def test_a_chapter_titled_document_names_no_report(title: str) -> None:
    """A chapter is part of a work (named, if at all, in the text as 摘自《…》), not the work."""
    result = _extract(title)
    assert not any(e.cls == "Report" for e in result.facts.entities)
    assert not any(r.predicate == "copyOfReport" for r in result.facts.relations)


def test_the_words_a_document_used_are_names_of_what_it_names() -> None:
    """A mention filed under a fuller name keeps the document's own words as a name."""
    text = "证监会发布新规。"
    doc = Document("t.txt", Path("t.txt"), "txt", "utf-8", "0" * 64, text, (), Metadata())
    short = Mention(0, 3, "证监会", "GovernmentBody", 0.9, "test", name="中国证券监督管理委员会")
    steps = Extractors(lambda d, k: [short], lambda d, m: [], lambda d, m: [])
    result = extract_document(
        doc, gazetteer=_NoGazetteer(), names=NameIndex(), classes={}, extractors=steps
    )
    [entity] = result.facts.entities
    assert {a.text for a in entity.aliases} == {"证监会", "中国证券监督管理委员会"}


# --- known and discovered mentions that overlap (invented names) --------------------------------


def test_a_capitalised_term_inside_a_longer_name_yields_to_the_name() -> None:
    from medatlas.loaders.pipeline import _merge_mentions

    text = "Maple Valley Health plans to expand."
    term = Mention(13, 25, text[13:25], "Segment", 0.95, "gazetteer", iri="segment:x")
    name = Mention(0, 19, text[0:19], "Hospital", 0.8, "discover")
    assert _merge_mentions([term], [name]) == [name]


@pytest.mark.parametrize(
    ("term", "name"),
    [
        # the known term is lowercase: a real mention of it, the overlapping name is dropped
        (
            Mention(13, 25, "health plans", "Segment", 0.95, "g", iri="s"),
            Mention(0, 19, "Maple Valley heal", "Hospital", 0.8, "d"),
        ),
        # the known one is an organisation, not a concept
        (
            Mention(13, 25, "Health Plans", "Company", 0.95, "g", iri="c"),
            Mention(0, 19, "Maple Valley Health", "Hospital", 0.8, "d"),
        ),
    ],
)
def test_other_overlaps_keep_the_known_mention(term: Mention, name: Mention) -> None:
    from medatlas.loaders.pipeline import _merge_mentions

    assert _merge_mentions([term], [name]) == [term]


def _names(result) -> dict[str, str]:
    """Each name an entity of *result* carries -> its class."""
    return {a.text: e.cls for e in result.facts.entities for a in (*e.labels, *e.aliases)}


def _extract_text(text: str, meta: Metadata):
    doc = Document("t.txt", Path("t.txt"), "txt", "utf-8", "0" * 64, text, (), meta)
    return extract_document(
        doc, gazetteer=_NoGazetteer(), names=NameIndex(), classes={}, extractors=_NOTHING
    )


def test_a_policy_shaped_title_a_company_publishes_is_its_report() -> None:
    text = "关于签订战略合作协议的公告\n岚序医疗科技股份有限公司\n\n正文。\n"
    meta = Metadata("关于签订战略合作协议的公告", None, "岚序医疗科技股份有限公司")
    result = _extract_text(text, meta)
    classes = _names(result)
    assert classes["关于签订战略合作协议的公告"] == "Report"
    assert classes["岚序医疗科技股份有限公司"] == "Company"


def test_a_headline_announcing_a_named_work_names_the_work() -> None:
    text = "2025年度岚州医院AI指数榜发布\n\n研究院发布了《2025年度岚州医院AI指数榜》。\n"
    result = _extract_text(text, Metadata("2025年度岚州医院AI指数榜发布"))
    assert {n for n, c in _names(result).items() if c == "Report"} == {"2025年度岚州医院AI指数榜"}


def test_a_headline_whose_work_the_text_does_not_name_stays_whole() -> None:
    text = "岚州医院AI指数榜发布\n\n研究院今天发布了一份榜单。\n"
    result = _extract_text(text, Metadata("岚州医院AI指数榜发布"))
    assert {n for n, c in _names(result).items() if c == "Report"} == {"岚州医院AI指数榜发布"}


@pytest.mark.parametrize(
    ("publisher", "cls"),
    [("澜汐健康观察", "Organization"), ("岚州省医学影像学会", "Association")],
)
def test_a_stated_publisher_no_rule_knows_becomes_an_organisation(publisher: str, cls: str) -> None:
    text = f"发件人：{publisher} <news@lanxi.example>\n主题：周报 第3期\n\n正文。\n"
    result = _extract_text(text, Metadata("周报 第3期", None, publisher))
    assert _names(result)[publisher] == cls


@pytest.mark.parametrize("publisher", ["网络", "公司公告", "岚序与澜汐", "X"])
def test_a_generic_or_listed_source_is_no_organisation(publisher: str) -> None:
    text = f"来源：{publisher}\n\n正文。\n"
    result = _extract_text(text, Metadata(None, None, publisher))
    assert publisher not in _names(result)


def test_a_person_the_text_places_at_a_firm_is_no_firm() -> None:
    text = "Guest: Omar Reyes, co-founder and CEO of Fernlight Health.\n\nBody.\n"
    person = text.index("Omar Reyes")
    firm = text.index("Fernlight Health")
    found = [
        Mention(person, person + 10, "Omar Reyes", "Company", 0.6, "test"),
        Mention(firm, firm + 16, "Fernlight Health", "Company", 0.8, "test"),
    ]
    doc = Document("t.txt", Path("t.txt"), "txt", "utf-8", "0" * 64, text, (), Metadata())
    steps = Extractors(lambda d, k: found, lambda d, m: [], lambda d, m: [])
    result = extract_document(
        doc, gazetteer=_NoGazetteer(), names=NameIndex(), classes={}, extractors=steps
    )
    assert set(_names(result)) == {"Fernlight Health"}


def test_a_title_a_pdf_wraps_over_two_lines_is_the_documents_title(tmp_path) -> None:
    from dataclasses import replace

    from medatlas.loaders.document import Metadata
    from medatlas.loaders.pipeline import _title_mention
    from medatlas.loaders.readers import read_document

    path = tmp_path / "brief.txt"
    path.write_text(
        "Paying for Models: Fixing Payment for AI\nDiagnostics\nPolicy Brief No. 3\n\nBody.\n",
        encoding="utf-8",
    )
    title = "Paying for Models: Fixing Payment for AI Diagnostics"
    document = replace(read_document(path), metadata=Metadata(title=title))
    mention = _title_mention(document, [])
    assert mention is not None and mention.name == title
    assert mention.text == "Paying for Models: Fixing Payment for AI\nDiagnostics"
