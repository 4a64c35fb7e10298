"""Write the ninth held-out set's documents (``benchmarks/heldout9/docs``) from its sources.

Only the registry lives here; the writers and the read-back check are
``benchmarks/unseen/make_docs.py``'s. The set covers the core genres medatlas is judged on (a
white-paper chapter on genomics, a digital-pathology survey, a primary-care policy digest, a
case collection in site chrome, a market sizing section, an English market report excerpt, an
English financing review and a bilingual platform ecosystem overview). Nobody tunes against it:
read its totals only.
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
    "01_zh_genomics_whitepaper": Target(
        ".docx", _unseen.write_docx, "Word, Chinese white-paper chapter, company table"
    ),
    "02_zh_pathology_survey": Target(
        ".md", _unseen.write_utf8_bom, "Markdown, UTF-8 with BOM, survey tables"
    ),
    "03_zh_primary_care_policy_digest": Target(
        ".txt", _unseen.write_gb18030, "GB18030 text, policy digest"
    ),
    "04_zh_public_health_cases": Target(
        ".html", _unseen.write_utf8, "HTML case collection in site chrome"
    ),
    "05_zh_device_market_sizing": Target(
        ".pdf", _unseen.write_pdf, "PDF, Chinese market sizing, forecast table"
    ),
    "06_en_genomics_market_report": Target(
        ".md", _unseen.write_utf16_bom, "Markdown, English market report, UTF-16 LE with BOM"
    ),
    "07_en_financing_review": Target(
        ".txt", _unseen.write_utf8, "plain text, English financing review, TSV table"
    ),
    "08_bilingual_platform_ecosystem": Target(
        ".docx", _unseen.write_docx, "Word, bilingual platform ecosystem overview"
    ),
}


def make_docs(out_dir: Path = DOCS_DIR) -> list[Path]:
    """Write every heldout9 document into *out_dir*; return their paths, sorted."""
    return _unseen.make_docs(out_dir, sources_dir=SOURCES_DIR, targets=TARGETS)


def check_docs(paths: list[Path]) -> None:
    """Raise DocsError unless every heldout9 document reads back to its source."""
    _unseen.check_docs(paths, sources_dir=SOURCES_DIR)
