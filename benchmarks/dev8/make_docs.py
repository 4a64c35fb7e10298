"""Write the eighth development set's documents (``benchmarks/dev8/docs``) from its sources.

Only the registry lives here; the writers and the read-back check are
``benchmarks/unseen/make_docs.py``'s. The set adds more genres (a WeChat official-account
article on a partnership, a listed company's outbound-investment announcement, an association's
monthly data bulletin, an AI device's instructions for use, a think-tank policy brief, an
accelerator's demo-day cohort page, a hospital informatisation committee's minutes, a bilingual
company fact sheet).
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
    "01_zh_wechat_partnership": Target(
        ".html", _unseen.write_utf8, "HTML WeChat article in page chrome, emoji, short lines"
    ),
    "02_zh_outbound_investment": Target(
        ".pdf", _unseen.write_pdf, "PDF, Chinese outbound-investment announcement, tables"
    ),
    "03_zh_monthly_bulletin": Target(
        ".txt", _unseen.write_gb18030, "GB18030 text, monthly data bulletin, tab tables"
    ),
    "04_zh_instructions_for_use": Target(
        ".docx", _unseen.write_docx, "Word, Chinese device instructions for use"
    ),
    "05_en_think_tank_brief": Target(".pdf", _unseen.write_pdf, "PDF, English policy brief"),
    "06_en_demo_day_cohort": Target(
        ".md", _unseen.write_utf8_bom, "Markdown demo-day cohort page, UTF-8 with BOM"
    ),
    "07_zh_committee_minutes": Target(
        ".txt", _unseen.write_utf16_bom, "UTF-16 LE text with BOM, meeting minutes, tab table"
    ),
    "08_bilingual_fact_sheet": Target(
        ".docx", _unseen.write_docx, "Word, bilingual company fact sheet"
    ),
}


def make_docs(out_dir: Path = DOCS_DIR) -> list[Path]:
    """Write every dev8 document into *out_dir*; return their paths, sorted."""
    return _unseen.make_docs(out_dir, sources_dir=SOURCES_DIR, targets=TARGETS)


def check_docs(paths: list[Path]) -> None:
    """Raise DocsError unless every dev8 document reads back to its source."""
    _unseen.check_docs(paths, sources_dir=SOURCES_DIR)
