"""Write the seventh held-out set's documents (``benchmarks/heldout7/docs``) from its sources.

Only the registry lives here; the writers and the read-back check are
``benchmarks/unseen/make_docs.py``'s. The set adds genres no other set has (a regulator's
technical review report for an AI device, a venture fund's letter to its limited partners, a
university laboratory's web page, an encyclopedia entry on a company, a health commission's reply
to a people's-congress deputy, an FDA 510(k) summary, a bilingual memorandum-of-understanding news
item, a group standard's drafting note).
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
    "01_zh_device_review_report": Target(
        ".pdf", _unseen.write_pdf, "PDF, Chinese device technical review report, tables"
    ),
    "02_en_lp_letter": Target(
        ".docx", _unseen.write_docx, "Word, English fund letter to limited partners"
    ),
    "03_zh_lab_webpage": Target(
        ".html", _unseen.write_utf8, "HTML university lab page in site chrome"
    ),
    "04_zh_encyclopedia_entry": Target(
        ".md", _unseen.write_utf8_bom, "Markdown encyclopedia entry, UTF-8 with BOM"
    ),
    "05_zh_deputy_reply": Target(
        ".txt", _unseen.write_gb18030, "GB18030 text, reply to a deputy's suggestion"
    ),
    "06_en_510k_summary": Target(".txt", _unseen.write_utf8, "plain text, 510(k) summary"),
    "07_bilingual_mou_news": Target(
        ".txt", _unseen.write_utf16_bom, "UTF-16 LE with BOM, bilingual MoU news, TSV table"
    ),
    "08_zh_standard_drafting_note": Target(
        ".docx", _unseen.write_docx, "Word, Chinese group standard drafting note, tables"
    ),
}


def make_docs(out_dir: Path = DOCS_DIR) -> list[Path]:
    """Write every heldout7 document into *out_dir*; return their paths, sorted."""
    return _unseen.make_docs(out_dir, sources_dir=SOURCES_DIR, targets=TARGETS)


def check_docs(paths: list[Path]) -> None:
    """Raise DocsError unless every heldout7 document reads back to its source."""
    _unseen.check_docs(paths, sources_dir=SOURCES_DIR)
