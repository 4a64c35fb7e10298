"""Write the third development set's documents (``benchmarks/dev3/docs``) from its sources.

Only the registry lives here; the writers and the read-back check are
``benchmarks/unseen/make_docs.py``'s. The set adds genres the first two lack (annual-report
extracts, press releases, hospital news, funding newsletters, alliance white papers, model
announcements, pilot lists, news flashes) so that rules are checked against more phrasing.
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
    "01_zh_annual_report": Target(
        ".docx", _unseen.write_docx, "Word, Chinese annual-report extract"
    ),
    "02_en_press_release": Target(".html", _unseen.write_utf8, "HTML wire press release in chrome"),
    "03_zh_hospital_news": Target(".txt", _unseen.write_gb18030_crlf, "GB18030 CRLF hospital news"),
    "04_en_funding_newsletter": Target(".md", _unseen.write_utf8, "Markdown VC newsletter"),
    "05_zh_alliance_whitepaper": Target(".pdf", _unseen.write_pdf, "PDF, Chinese survey chapter"),
    "06_en_model_announcement": Target(
        ".md", _unseen.write_utf8_bom, "UTF-8 BOM model announcement"
    ),
    "07_zh_pilot_notice": Target(".html", _unseen.write_utf8, "HTML gov notice, pilot table"),
    "08_zh_news_flash": Target(".txt", _unseen.write_utf16_bom, "UTF-16 BOM news flashes"),
}


def make_docs(out_dir: Path = DOCS_DIR) -> list[Path]:
    """Write every dev3 document into *out_dir*; return their paths, sorted."""
    return _unseen.make_docs(out_dir, sources_dir=SOURCES_DIR, targets=TARGETS)


def check_docs(paths: list[Path]) -> None:
    """Raise DocsError unless every dev3 document reads back to its source."""
    _unseen.check_docs(paths, sources_dir=SOURCES_DIR)
