"""Write the eighth held-out set's documents (``benchmarks/heldout8/docs``) from its sources.

Only the registry lives here; the writers and the read-back check are
``benchmarks/unseen/make_docs.py``'s. The set adds genres no other set has (an excerpt of a city
government's work report, a '一图读懂' policy interpretation in captioned panels, a regulator's
announcement of an AI sandbox cohort in site chrome, an internet hospital's patient service
guide, a strategy department's competitor brief, a hospital CIO's opinion column, a bilingual
joint statement on international cooperation and a data exchange's listing notice for medical
datasets). Nobody tunes against it: read its totals only.
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
    "01_zh_city_gov_work_report": Target(
        ".txt", _unseen.write_gb18030, "GB18030 text, city government work report excerpt"
    ),
    "02_zh_policy_infographic": Target(
        ".md", _unseen.write_utf8_bom, "Markdown, UTF-8 with BOM, '一图读懂' captioned panels"
    ),
    "03_en_regulator_sandbox_cohort": Target(
        ".html", _unseen.write_utf8, "HTML regulator sandbox announcement in site chrome"
    ),
    "04_zh_internet_hospital_guide": Target(
        ".docx", _unseen.write_docx, "Word, Chinese patient service guide, services table"
    ),
    "05_zh_strategy_research_brief": Target(
        ".pdf", _unseen.write_pdf, "PDF, Chinese competitor brief, competitor table"
    ),
    "06_en_cio_opinion_column": Target(".docx", _unseen.write_docx, "Word, English opinion column"),
    "07_bilingual_joint_statement": Target(
        ".pdf", _unseen.write_pdf, "PDF, bilingual joint statement, numbered sections"
    ),
    "08_zh_data_exchange_listing": Target(
        ".txt", _unseen.write_utf16_bom, "UTF-16 LE text with BOM, TSV listing table"
    ),
}


def make_docs(out_dir: Path = DOCS_DIR) -> list[Path]:
    """Write every heldout8 document into *out_dir*; return their paths, sorted."""
    return _unseen.make_docs(out_dir, sources_dir=SOURCES_DIR, targets=TARGETS)


def check_docs(paths: list[Path]) -> None:
    """Raise DocsError unless every heldout8 document reads back to its source."""
    _unseen.check_docs(paths, sources_dir=SOURCES_DIR)
