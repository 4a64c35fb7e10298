"""Write the eleventh development set's documents (``benchmarks/dev11/docs``) from its sources.

Only the registry lives here; the writers and the read-back check are
``benchmarks/unseen/make_docs.py``'s. The set covers the core genres users bring (a white-paper
chapter, a survey report, a policy digest, a case collection, a market sizing section, an English
market report, an English financing review, a bilingual platform-ecosystem section) on mental
health and digital therapeutics, AI for pharma commercial and medical affairs, and medical
insurance claims and payer AI.
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
    "01_zh_dtx_whitepaper_chapter": Target(
        ".md", _unseen.write_utf8, "Markdown, Chinese white-paper chapter, tables"
    ),
    "02_zh_payer_ai_survey": Target(
        ".txt", _unseen.write_gb18030, "GB18030 text, Chinese survey report, tab tables"
    ),
    "03_zh_policy_digest": Target(".docx", _unseen.write_docx, "Word, Chinese policy digest"),
    "04_zh_case_collection": Target(
        ".html", _unseen.write_utf8, "HTML case collection in site chrome"
    ),
    "05_zh_market_sizing": Target(".pdf", _unseen.write_pdf, "PDF, Chinese market sizing"),
    "06_en_market_report": Target(
        ".md", _unseen.write_utf16_bom, "Markdown, English market report, UTF-16 LE with BOM"
    ),
    "07_en_financing_review": Target(
        ".txt", _unseen.write_utf8_bom, "UTF-8 text with BOM, English financing review, tab table"
    ),
    "08_bilingual_platform_ecosystem": Target(
        ".docx", _unseen.write_docx, "Word, bilingual platform-ecosystem section"
    ),
}


def make_docs(out_dir: Path = DOCS_DIR) -> list[Path]:
    """Write every dev11 document into *out_dir*; return their paths, sorted."""
    return _unseen.make_docs(out_dir, sources_dir=SOURCES_DIR, targets=TARGETS)


def check_docs(paths: list[Path]) -> None:
    """Raise DocsError unless every dev11 document reads back to its source."""
    _unseen.check_docs(paths, sources_dir=SOURCES_DIR)
