"""Write the fifth held-out set's documents (``benchmarks/heldout5/docs``) from its sources.

Only the registry lives here; the writers and the read-back check are
``benchmarks/unseen/make_docs.py``'s. The set adds genres no other set has (a court judgment
summary, a hospital's AI-team job posting, a university technology-transfer notice, a medical
insurance bureau's AI service price list, product release notes, a radiologist's Q&A answer, a
due-diligence memo excerpt, a bilingual trade-show exhibitor list).
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
    "01_zh_court_judgment_summary": Target(
        ".docx", _unseen.write_docx, "Word, Chinese court judgment summary, claims table"
    ),
    "02_zh_hospital_job_posting": Target(
        ".html", _unseen.write_utf8_bom, "HTML job posting in site chrome, UTF-8 with BOM"
    ),
    "03_zh_tech_transfer_notice": Target(
        ".pdf", _unseen.write_pdf, "PDF, Chinese university technology-transfer notice"
    ),
    "04_zh_ai_service_price_list": Target(
        ".txt", _unseen.write_gb18030, "GB18030 text, insurance price notice, tab tables"
    ),
    "05_en_release_notes": Target(".md", _unseen.write_utf8, "Markdown, English release notes"),
    "06_en_due_diligence_memo": Target(
        ".txt", _unseen.write_utf16_bom, "plain text due-diligence memo, UTF-16 LE with BOM"
    ),
    "07_zh_qa_radiologist_answer": Target(
        ".md", _unseen.write_utf8, "Markdown, Chinese Q&A answer with a comparison table"
    ),
    "08_bilingual_exhibitor_list": Target(
        ".html", _unseen.write_utf8, "HTML bilingual exhibitor table in site chrome"
    ),
}


def make_docs(out_dir: Path = DOCS_DIR) -> list[Path]:
    """Write every heldout5 document into *out_dir*; return their paths, sorted."""
    return _unseen.make_docs(out_dir, sources_dir=SOURCES_DIR, targets=TARGETS)


def check_docs(paths: list[Path]) -> None:
    """Raise DocsError unless every heldout5 document reads back to its source."""
    _unseen.check_docs(paths, sources_dir=SOURCES_DIR)
