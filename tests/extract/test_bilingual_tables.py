"""Bilingual tables and headings: one firm named in two scripts is one entity, and the firms a
table lists under a field's heading work in that field. All names are invented."""

from __future__ import annotations

from pathlib import Path

from relation_support import concept_entries, relations_of

from medatlas.loaders.extract.bilingual_names import bilingual_aliases
from medatlas.loaders.extract.gazetteer import Gazetteer, GazetteerEntry
from medatlas.loaders.extract.model import Mention
from medatlas.loaders.readers import read_document

FIRMS = {
    "岚影智能": "Company",
    "Lanying AI": "Company",
    "朔光医疗": "Company",
    "Shuoguang Medical": "Company",
    "启衡创投": "Company",
    "Qiheng Ventures": "Company",
}


def _aliases(tmp_path: Path, text: str, names: dict[str, str]) -> dict[str, str]:
    """Each mention's text -> the name it is filed under after bilingual pairing."""
    path = tmp_path / "map.md"
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    entries = [GazetteerEntry(f"t:{n}", c, (n,)) for n, c in names.items()]
    mentions = [
        Mention(m.start, m.end, m.text, m.cls, m.confidence, m.method, None, m.name)
        for m in Gazetteer(entries).find(document.text)
    ]
    return {m.text: m.name or m.text for m in bilingual_aliases(document, mentions)}


def test_two_name_columns_of_one_row_are_one_firm(tmp_path: Path) -> None:
    text = (
        "# 图谱\n\n| 公司 | Company | 总部 |\n| --- | --- | --- |\n"
        "| 岚影智能 | Lanying AI | 杭州 |\n| 朔光医疗 | Shuoguang Medical | 北京 |\n"
    )
    filed = _aliases(tmp_path, text, FIRMS)
    assert filed["Lanying AI"] == "岚影智能"
    assert filed["Shuoguang Medical"] == "朔光医疗"


def test_an_english_name_column_translates_the_column_before_it(tmp_path: Path) -> None:
    text = "| 中文名 | 英文名 | 总部 |\n| --- | --- | --- |\n| 岚影智能 | Lanying AI | 杭州 |\n"
    assert _aliases(tmp_path, text, FIRMS)["Lanying AI"] == "岚影智能"


def test_one_cell_with_both_scripts_names_one_firm(tmp_path: Path) -> None:
    text = "| 企业 | 总部 |\n| --- | --- |\n| 岚影智能 / Lanying AI | 杭州 |\n"
    assert _aliases(tmp_path, text, FIRMS)["Lanying AI"] == "岚影智能"


def test_a_firm_and_its_investor_in_two_columns_stay_apart(tmp_path: Path) -> None:
    text = "| 公司 | 领投方 |\n| --- | --- |\n| 岚影智能 | Qiheng Ventures |\n"
    filed = _aliases(tmp_path, text, FIRMS)
    assert filed["Qiheng Ventures"] == "Qiheng Ventures"


def test_two_firms_of_one_script_in_one_cell_stay_apart(tmp_path: Path) -> None:
    text = "| 企业 | 总部 |\n| --- | --- |\n| 岚影智能、朔光医疗 | 杭州 |\n"
    filed = _aliases(tmp_path, text, FIRMS)
    assert filed["朔光医疗"] == "朔光医疗" and filed["岚影智能"] == "岚影智能"


def test_a_title_and_its_translation_are_one_report(tmp_path: Path) -> None:
    path = tmp_path / "t.md"
    title = "2025医疗AI赛道图谱"
    path.write_text(f"# {title} / Healthcare AI Landscape 2025\n\n正文。\n", encoding="utf-8")
    document = read_document(path)
    at = document.text.index(title)
    en = document.text.index("Healthcare AI Landscape")
    mentions = [
        Mention(at, at + len(title), title, "Report", 0.9, "metadata:title", name=title),
        Mention(en, en + 23, "Healthcare AI Landscape", "Report", 0.7, "test"),
    ]
    filed = {m.text: m.name for m in bilingual_aliases(document, mentions)}
    assert filed["Healthcare AI Landscape"] == title


def test_a_known_english_name_takes_the_chinese_one_in(tmp_path: Path) -> None:
    path = tmp_path / "k.md"
    path.write_text("| 公司 | Company |\n| --- | --- |\n| 岚影智能 | Lanying AI |\n", "utf-8")
    document = read_document(path)
    zh, en = document.text.index("岚影智能"), document.text.index("Lanying AI")
    mentions = [
        Mention(zh, zh + 4, "岚影智能", "Company", 0.7, "test"),
        Mention(en, en + 10, "Lanying AI", "Company", 1.0, "gazetteer", "ex:lanying", "Lanying AI"),
    ]
    filed = {m.text: (m.iri, m.name) for m in bilingual_aliases(document, mentions)}
    assert filed["岚影智能"] == ("ex:lanying", "Lanying AI")


# ---- a table under a field's heading ------------------------------------------------------------


def _operates(tmp_path: Path, text: str) -> set[str]:
    return {
        c.subject.text
        for c in relations_of(tmp_path, text, FIRMS, ".md")
        if c.predicate == "operatesIn"
    }


def test_firms_tabled_under_a_fields_heading_work_in_it(tmp_path: Path) -> None:
    field = next(e.names[0] for e in concept_entries() if e.cls == "Segment")
    text = (
        f"# 图谱\n\n## 一、{field}\n\n| 公司 | 总部 |\n| --- | --- |\n"
        "| 岚影智能 | 杭州 |\n| 朔光医疗 | 北京 |\n"
    )
    assert _operates(tmp_path, text) == {"岚影智能", "朔光医疗"}


def test_a_table_that_gives_each_row_its_own_field_is_left_to_it(tmp_path: Path) -> None:
    field = next(e.names[0] for e in concept_entries() if e.cls == "Segment")
    text = f"# 图谱\n\n## 一、{field}\n\n| 公司 | 细分领域 |\n| --- | --- |\n| 岚影智能 | 其他 |\n"
    assert "岚影智能" not in _operates(tmp_path, text)


def test_a_heading_that_is_no_field_gives_no_field(tmp_path: Path) -> None:
    text = "# 图谱\n\n## 一、重点企业名单\n\n| 公司 | 总部 |\n| --- | --- |\n| 岚影智能 | 杭州 |\n"
    assert _operates(tmp_path, text) == set()


def test_the_english_name_of_a_pair_is_the_same_firm_wherever_it_stands(tmp_path: Path) -> None:
    text = (
        "| 公司 | Company |\n| --- | --- |\n| 岚影智能 | Lanying AI |\n\n"
        "Lanying AI raised a Series B in March.\n"
    )
    path = tmp_path / "m.md"
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    entries = [GazetteerEntry(f"t:{n}", c, (n,)) for n, c in FIRMS.items()]
    mentions = [
        Mention(m.start, m.end, m.text, m.cls, m.confidence, m.method, None, m.name)
        for m in Gazetteer(entries).find(document.text)
    ]
    filed = [m.name for m in bilingual_aliases(document, mentions) if m.text == "Lanying AI"]
    assert filed == ["岚影智能", "岚影智能"]
