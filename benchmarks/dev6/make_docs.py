"""Write the sixth development set's documents (``benchmarks/dev6/docs``) from its sources.

Only the registry lives here; the writers and the read-back check are
``benchmarks/unseen/make_docs.py``'s. The set adds more genres (a 10-K excerpt, a hospital AI
ranking list in site chrome, a clinical trial registry record, an e-mail news roundup, a
conference agenda, a pathology product comparison, an NHS-style tender notice and a bilingual
joint-venture announcement).
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
    "01_en_10k_excerpt": Target(
        ".txt", _unseen.write_utf16_bom, "UTF-16 LE text with BOM, 10-K excerpt, TSV segment table"
    ),
    "02_zh_hospital_ranking": Target(
        ".html", _unseen.write_utf8, "HTML ranking table in a portal's chrome"
    ),
    "03_en_trial_registry": Target(
        ".md", _unseen.write_utf8_bom, "Markdown trial registry record, UTF-8 with BOM"
    ),
    "04_zh_weekly_newsletter": Target(
        ".txt", _unseen.write_gb18030, "GB18030 text, e-mail news roundup, numbered items"
    ),
    "05_zh_conference_agenda": Target(
        ".docx", _unseen.write_docx, "Word, Chinese conference agenda tables, sponsors, Q&A"
    ),
    "06_zh_pathology_comparison": Target(
        ".md", _unseen.write_utf8, "Markdown, Chinese product comparison table, Q&A"
    ),
    "07_en_nhs_tender": Target(".pdf", _unseen.write_pdf, "PDF, English tender notice"),
    "08_bilingual_jv_announcement": Target(
        ".md", _unseen.write_utf16_be_bom, "bilingual JV announcement, UTF-16 BE with BOM"
    ),
}


def make_docs(out_dir: Path = DOCS_DIR) -> list[Path]:
    """Write every dev6 document into *out_dir*; return their paths, sorted."""
    return _unseen.make_docs(out_dir, sources_dir=SOURCES_DIR, targets=TARGETS)


def check_docs(paths: list[Path]) -> None:
    """Raise DocsError unless every dev6 document reads back to its source."""
    _unseen.check_docs(paths, sources_dir=SOURCES_DIR)
