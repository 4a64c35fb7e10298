"""Write the fifth development set's documents (``benchmarks/dev5/docs``) from its sources.

Only the registry lives here; the writers and the read-back check are
``benchmarks/unseen/make_docs.py``'s. The set adds more genres (a hospital's annual work summary,
a medical-insurance policy Q&A, a digest of clinical AI papers, a bilingual startup pitch, an
app-store listing, a city action plan with a KPI table, a listicle of medical large models and an
industry association's member list).
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.unseen import make_docs as _unseen
from benchmarks.unseen.make_docs import Target

__all__ = ["DOCS_DIR", "SOURCES_DIR", "TARGETS", "check_docs", "make_docs"]

HERE = Path(__file__).resolve().parent
SOURCES_DIR = HERE / "sources"
DOCS_DIR = HERE / "docs"

TARGETS: dict[str, Target] = {
    "01_zh_hospital_annual_summary": Target(
        ".docx", _unseen.write_docx, "Word, Chinese hospital work summary, projects table"
    ),
    "02_zh_yibao_policy_qa": Target(
        ".txt", _unseen.write_utf8_bom, "UTF-8 text with BOM, 医保 policy Q&A"
    ),
    "03_en_paper_summaries": Target(
        ".md", _unseen.write_utf16_bom, "Markdown paper digest, UTF-16 LE with BOM"
    ),
    "04_bilingual_pitch_onepager": Target(".md", _unseen.write_utf8, "Markdown bilingual pitch"),
    "05_zh_app_store_listing": Target(".html", _unseen.write_utf8, "HTML app listing in chrome"),
    "06_zh_city_action_plan": Target(".pdf", _unseen.write_pdf, "PDF, Chinese plan, KPI table"),
    "07_zh_medical_llm_listicle": Target(
        ".md", _unseen.write_utf16_be_bom, "Markdown listicle, UTF-16 BE with BOM"
    ),
    "08_zh_association_member_list": Target(
        ".txt", _unseen.write_gb18030, "GB18030 text, tab-separated member tables"
    ),
}


def make_docs(out_dir: Path = DOCS_DIR) -> list[Path]:
    """Write every dev5 document into *out_dir*; return their paths, sorted."""
    return _unseen.make_docs(out_dir, sources_dir=SOURCES_DIR, targets=TARGETS)


def check_docs(paths: list[Path]) -> None:
    """Raise DocsError unless every dev5 document reads back to its source."""
    _unseen.check_docs(paths, sources_dir=SOURCES_DIR)
