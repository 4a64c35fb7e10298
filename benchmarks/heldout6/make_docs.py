"""Write the sixth held-out set's documents (``benchmarks/heldout6/docs``) from its sources.

Only the registry lives here; the writers and the read-back check are
``benchmarks/unseen/make_docs.py``'s. The set adds genres no other set has (a CPPCC member's
proposal, a reply to a stock exchange's IPO inquiry letter, a hospital AI ethics committee's
minutes, an industry association's award list, a research paper's front matter, a product
help-centre FAQ page, a district health bureau's acceptance notice, a bilingual cross-border
licensing press release). Nobody tunes against it: only its totals are read.
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
    "01_zh_cppcc_proposal": Target(".docx", _unseen.write_docx, "Word, Chinese CPPCC proposal"),
    "02_zh_ipo_inquiry_reply": Target(
        ".pdf", _unseen.write_pdf, "PDF, Chinese reply to an IPO inquiry letter, tables"
    ),
    "03_zh_ethics_committee_minutes": Target(
        ".txt", _unseen.write_gb18030_crlf, "GB18030 text with CRLF, ethics committee minutes"
    ),
    "04_zh_industry_awards": Target(
        ".md", _unseen.write_utf8_bom, "Markdown award list, UTF-8 with BOM"
    ),
    "05_en_paper_front_matter": Target(
        ".pdf", _unseen.write_pdf, "PDF, English paper front matter and abstract"
    ),
    "06_en_help_centre_faq": Target(".html", _unseen.write_utf8, "HTML help-centre FAQ in chrome"),
    "07_zh_acceptance_notice": Target(
        ".txt", _unseen.write_utf16_bom, "UTF-16 LE text with BOM, acceptance notice, TSV table"
    ),
    "08_bilingual_licensing_release": Target(
        ".docx", _unseen.write_docx, "Word, bilingual licensing press release, terms table"
    ),
}


def make_docs(out_dir: Path = DOCS_DIR) -> list[Path]:
    """Write every heldout6 document into *out_dir*; return their paths, sorted."""
    return _unseen.make_docs(out_dir, sources_dir=SOURCES_DIR, targets=TARGETS)


def check_docs(paths: list[Path]) -> None:
    """Raise DocsError unless every heldout6 document reads back to its source."""
    _unseen.check_docs(paths, sources_dir=SOURCES_DIR)
