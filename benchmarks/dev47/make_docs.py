"""Write the forty-seventh development set's documents (``benchmarks/dev47/docs``) from its sources.

Only the registry lives here; the writers and the read-back check are
``benchmarks/unseen/make_docs.py``'s. The set covers the core genres (a white-paper chapter, a
survey report, a policy digest, a case collection, a market sizing section, an English market
report, an English financing review, a bilingual platform ecosystem) on ADHD and child behavioural
digital therapeutics, orthodontics and clear aligner 3D treatment planning, and influenza and
respiratory virus surveillance.
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
    "01_zh_adhd_whitepaper_chapter": Target(
        ".docx", _unseen.write_docx, "Word, Chinese white-paper chapter, landscape table"
    ),
    "02_zh_orthodontic_aligner_survey": Target(
        ".md", _unseen.write_utf8_bom, "Markdown survey, tier and region tables, UTF-8 with BOM"
    ),
    "03_zh_policy_digest": Target(".txt", _unseen.write_gb18030, "GB18030 text, policy digest"),
    "04_zh_influenza_surveillance_cases": Target(
        ".html", _unseen.write_utf8, "HTML case collection in portal chrome"
    ),
    "05_zh_clear_aligner_market_sizing": Target(
        ".pdf", _unseen.write_pdf, "PDF, Chinese market sizing, forecast table"
    ),
    "06_en_adhd_ai_market_report": Target(
        ".md", _unseen.write_utf16_bom, "Markdown, English market report, UTF-16 LE with BOM"
    ),
    "07_en_financing_review": Target(
        ".txt", _unseen.write_utf8, "plain text, English financing review, TSV deal table"
    ),
    "08_bilingual_platform_ecosystem": Target(
        ".md", _unseen.write_utf16_be_bom, "Markdown, bilingual ecosystem, UTF-16 BE with BOM"
    ),
}


def make_docs(out_dir: Path = DOCS_DIR) -> list[Path]:
    """Write every dev47 document into *out_dir*; return their paths, sorted."""
    return _unseen.make_docs(out_dir, sources_dir=SOURCES_DIR, targets=TARGETS)


def check_docs(paths: list[Path]) -> None:
    """Raise DocsError unless every dev47 document reads back to its source."""
    _unseen.check_docs(paths, sources_dir=SOURCES_DIR)
