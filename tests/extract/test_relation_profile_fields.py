"""The rows of an organisation's profile table relate the profiled organisation to the
names in their values. Every name here is invented; the whole pipeline reads each text."""

from __future__ import annotations

from pathlib import Path

from medatlas.graph.identity import NameIndex
from medatlas.loaders.extract.gazetteer import atlas_gazetteer
from medatlas.loaders.pipeline import extract_document
from medatlas.loaders.readers import read_document

PROFILE = (
    "# 岱川健康科技 公司简介\n\n| 项目 Item | 内容 Details |\n| --- | --- |\n"
    "| 公司全称 | 苏州岱川健康科技股份有限公司 |\n"
    "| 总部 Headquarters | 江苏苏州工业园区 |\n"
    "| 海外子公司 | 岱川健康（新加坡）有限公司 |\n"
    "| 母公司 | 澜石控股集团有限公司 |\n"
    "| 投资方 Investors | 鹭汀资本管理有限公司 |\n"
)


def _named_facts(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    path = tmp_path / "profile.md"
    path.write_text(text, encoding="utf-8")
    facts = extract_document(
        read_document(path), gazetteer=atlas_gazetteer(), names=NameIndex(), classes={}
    ).facts
    names = {
        e.iri: min((a.text for a in e.aliases), default=e.iri, key=len) for e in facts.entities
    }
    full = {e.iri: max((a.text for a in e.aliases), default=e.iri, key=len) for e in facts.entities}
    names.update(full)
    return {
        (names.get(r.subject, r.subject), r.predicate, names.get(str(r.object), str(r.object)))
        for r in facts.relations
    }


def test_a_profiles_fields_relate_its_organisation(tmp_path: Path) -> None:
    facts = _named_facts(tmp_path, PROFILE)
    firm = "苏州岱川健康科技股份有限公司"
    assert {
        ("岱川健康（新加坡）有限公司", "subsidiaryOf", firm),
        (firm, "subsidiaryOf", "澜石控股集团有限公司"),
        (firm, "fundedBy", "鹭汀资本管理有限公司"),
    } <= facts, sorted(facts)
    located = {f[2] for f in facts if f[0] == firm and f[1] == "locatedIn"}
    assert located and all("江苏" not in place and "Jiangsu" not in place for place in located)


def test_a_two_column_table_of_a_report_that_profiles_no_one_says_nothing(
    tmp_path: Path,
) -> None:
    text = PROFILE.replace("# 岱川健康科技 公司简介", "# 2025年医疗AI融资观察")
    facts = _named_facts(tmp_path, text)
    assert not any(f[2] == "澜石控股集团有限公司" and f[1] == "subsidiaryOf" for f in facts)
