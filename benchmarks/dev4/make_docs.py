"""Write the fourth development set's documents (``benchmarks/dev4/docs``) from its sources.

Only the registry lives here; the writers and the read-back check are
``benchmarks/unseen/make_docs.py``'s. The set adds more genres (an industry-chain map, a summit
recap, a health commission's annual review, an equity research note, a device-approval list, a
pharma case study, a founder interview, a bilingual product catalogue).
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
    "01_zh_industry_chain_map": Target(".md", _unseen.write_utf8, "Markdown, Chinese chain map"),
    "02_en_summit_recap": Target(".txt", _unseen.write_utf8, "plain text, summit recap"),
    "03_zh_health_commission_review": Target(
        ".docx", _unseen.write_docx, "Word, Chinese annual review, projects table"
    ),
    "04_en_equity_research_note": Target(".pdf", _unseen.write_pdf, "PDF, English, segment table"),
    "05_zh_device_approvals": Target(".html", _unseen.write_utf8, "HTML approval list in chrome"),
    "06_en_pharma_case_study": Target(
        ".md", _unseen.write_utf16_be_bom, "Markdown case study, UTF-16 BE with BOM"
    ),
    "07_zh_ceo_interview": Target(".txt", _unseen.write_gb18030, "GB18030 text, Q&A interview"),
    "08_bilingual_product_catalogue": Target(
        ".docx", _unseen.write_docx, "Word, bilingual catalogue table"
    ),
}


def make_docs(out_dir: Path = DOCS_DIR) -> list[Path]:
    """Write every dev4 document into *out_dir*; return their paths, sorted."""
    return _unseen.make_docs(out_dir, sources_dir=SOURCES_DIR, targets=TARGETS)


def check_docs(paths: list[Path]) -> None:
    """Raise DocsError unless every dev4 document reads back to its source."""
    _unseen.check_docs(paths, sources_dir=SOURCES_DIR)
