"""Write the sixteenth development set's documents (``benchmarks/dev16/docs``) from its sources.

Only the registry lives here; the writers and the read-back check are
``benchmarks/unseen/make_docs.py``'s. The set holds the core genres on neurology and stroke AI,
pediatrics and maternal-child health AI, and hospital cost management and DRG/DIP operations AI:
a white-paper chapter, a survey report, a policy digest, a case collection in site chrome, a
market sizing section, an English market report, an English financing review and a bilingual
platform-ecosystem section.
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
    "01_zh_stroke_ai_whitepaper": Target(
        ".docx", _unseen.write_docx, "Word, Chinese white-paper chapter, tables"
    ),
    "02_zh_pediatric_ai_survey": Target(
        ".md", _unseen.write_utf8_bom, "Markdown survey, tier and region tables, UTF-8 with BOM"
    ),
    "03_zh_drg_dip_policy_digest": Target(
        ".txt", _unseen.write_gb18030, "GB18030 text, policy digest, tab table"
    ),
    "04_zh_maternal_child_cases": Target(
        ".html", _unseen.write_utf8, "HTML case collection in portal chrome"
    ),
    "05_zh_hospital_ops_market_sizing": Target(
        ".pdf", _unseen.write_pdf, "PDF, Chinese market sizing, forecast tables"
    ),
    "06_en_neuro_ai_market_report": Target(
        ".md", _unseen.write_utf16_bom, "Markdown, English market report, UTF-16 LE with BOM"
    ),
    "07_en_financing_review": Target(
        ".txt", _unseen.write_utf8, "plain text, English financing review, tab tables"
    ),
    "08_bilingual_platform_ecosystem": Target(
        ".docx", _unseen.write_docx, "Word, bilingual platform ecosystem, table"
    ),
}


def make_docs(out_dir: Path = DOCS_DIR) -> list[Path]:
    """Write every dev16 document into *out_dir*; return their paths, sorted."""
    return _unseen.make_docs(out_dir, sources_dir=SOURCES_DIR, targets=TARGETS)


def check_docs(paths: list[Path]) -> None:
    """Raise DocsError unless every dev16 document reads back to its source."""
    _unseen.check_docs(paths, sources_dir=SOURCES_DIR)
