"""Write the seventh development set's documents (``benchmarks/dev7/docs``) from its sources.

Only the registry lives here; the writers and the read-back check are
``benchmarks/unseen/make_docs.py``'s. The set adds more genres (a newspaper profile of a founder,
a government press-conference transcript, an investor-day deck, an engineering blog post, a
pilot mid-term evaluation report, a society's abstract book, a clinical-study recruitment notice
and a bilingual chairman's letter).
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
    "01_zh_founder_profile": Target(".docx", _unseen.write_docx, "Word, Chinese founder profile"),
    "02_zh_press_conference": Target(
        ".txt", _unseen.write_gb18030, "GB18030 text, press-conference transcript"
    ),
    "03_en_investor_day_deck": Target(".pdf", _unseen.write_pdf, "PDF, English slide deck"),
    "04_en_engineering_blog": Target(".html", _unseen.write_utf8, "HTML blog post in site chrome"),
    "05_zh_pilot_evaluation": Target(".pdf", _unseen.write_pdf, "PDF, Chinese evaluation report"),
    "06_zh_abstract_book": Target(".md", _unseen.write_utf8_bom, "Markdown abstracts, UTF-8 BOM"),
    "07_zh_trial_recruitment": Target(
        ".txt", _unseen.write_utf16_bom, "UTF-16 LE text, recruitment notice, tab table"
    ),
    "08_bilingual_shareholder_letter": Target(
        ".docx", _unseen.write_docx, "Word, bilingual chairman's letter"
    ),
}


def make_docs(out_dir: Path = DOCS_DIR) -> list[Path]:
    """Write every dev7 document into *out_dir*; return their paths, sorted."""
    return _unseen.make_docs(out_dir, sources_dir=SOURCES_DIR, targets=TARGETS)


def check_docs(paths: list[Path]) -> None:
    """Raise DocsError unless every dev7 document reads back to its source."""
    _unseen.check_docs(paths, sources_dir=SOURCES_DIR)
