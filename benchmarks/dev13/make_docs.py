"""Write the thirteenth development set's documents (``benchmarks/dev13/docs``) from its sources.

Only the registry lives here; the writers and the read-back check are
``benchmarks/unseen/make_docs.py``'s. The set covers the core genres (a white-paper chapter, a
survey report, a policy digest, a case collection, a market sizing section, an English market
report, an English financing review and a bilingual platform-ecosystem section) on ultrasound
and endoscopy AI, dental and oral-health AI, and hospital pharmacy and medication-safety AI.
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
    "01_zh_whitepaper_ultrasound_endoscopy": Target(
        ".docx", _unseen.write_docx, "Word, Chinese white-paper chapter, market and vendor tables"
    ),
    "02_zh_dental_ai_survey": Target(
        ".md", _unseen.write_utf8_bom, "Markdown survey report, UTF-8 with BOM, tier/region tables"
    ),
    "03_zh_pharmacy_policy_digest": Target(
        ".txt", _unseen.write_gb18030, "GB18030 text, policy digest, tab table"
    ),
    "04_zh_case_collection": Target(
        ".html", _unseen.write_utf8, "HTML case collection in portal chrome"
    ),
    "05_zh_pharmacy_market_sizing": Target(
        ".pdf", _unseen.write_pdf, "PDF, Chinese market sizing, 亿元 tables"
    ),
    "06_en_dental_ai_market_report": Target(
        ".md", _unseen.write_utf16_bom, "Markdown English market report, UTF-16 LE with BOM"
    ),
    "07_en_financing_review": Target(
        ".txt", _unseen.write_utf8, "plain text, English financing review, tab table"
    ),
    "08_bilingual_platform_ecosystem": Target(
        ".docx", _unseen.write_docx, "Word, bilingual platform-ecosystem section, table"
    ),
}


def make_docs(out_dir: Path = DOCS_DIR) -> list[Path]:
    """Write every dev13 document into *out_dir*; return their paths, sorted."""
    return _unseen.make_docs(out_dir, sources_dir=SOURCES_DIR, targets=TARGETS)


def check_docs(paths: list[Path]) -> None:
    """Raise DocsError unless every dev13 document reads back to its source."""
    _unseen.check_docs(paths, sources_dir=SOURCES_DIR)
