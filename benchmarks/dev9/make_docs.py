"""Write the ninth development set's documents (``benchmarks/dev9/docs``) from its sources.

Only the registry lives here; the writers and the read-back check are
``benchmarks/unseen/make_docs.py``'s. The set covers the core genres analysts read, in three
subsectors (medical imaging AI, AI drug discovery, hospital operations): a white-paper chapter,
a survey report, a policy digest, a case collection, a market-sizing section, an English market
report in site chrome, an English financing review and a bilingual platform-ecosystem section.
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
    "01_zh_imaging_whitepaper_chapter": Target(
        ".md", _unseen.write_utf8, "Markdown, Chinese white-paper chapter, tables"
    ),
    "02_zh_smart_hospital_survey": Target(
        ".txt", _unseen.write_gb18030, "GB18030 text, survey report, tab tables"
    ),
    "03_zh_policy_digest": Target(".docx", _unseen.write_docx, "Word, Chinese policy digest"),
    "04_zh_case_collection": Target(
        ".md", _unseen.write_utf8_bom, "Markdown case collection, UTF-8 with BOM"
    ),
    "05_zh_ai_drug_market_sizing": Target(
        ".pdf", _unseen.write_pdf, "PDF, Chinese market sizing, forecast tables"
    ),
    "06_en_hospital_ops_market_report": Target(
        ".html", _unseen.write_utf8, "HTML market report excerpt in site chrome"
    ),
    "07_en_financing_review": Target(
        ".txt", _unseen.write_utf16_bom, "UTF-16 LE text with BOM, financing review, tab table"
    ),
    "08_bilingual_platform_ecosystem": Target(
        ".docx", _unseen.write_docx, "Word, bilingual platform ecosystem section"
    ),
}


def make_docs(out_dir: Path = DOCS_DIR) -> list[Path]:
    """Write every dev9 document into *out_dir*; return their paths, sorted."""
    return _unseen.make_docs(out_dir, sources_dir=SOURCES_DIR, targets=TARGETS)


def check_docs(paths: list[Path]) -> None:
    """Raise DocsError unless every dev9 document reads back to its source."""
    _unseen.check_docs(paths, sources_dir=SOURCES_DIR)
