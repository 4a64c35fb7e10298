"""Write the second held-out set's documents (``benchmarks/heldout2/docs``) from its sources.

Only the registry lives here; the writers and the read-back check are
``benchmarks/unseen/make_docs.py``'s. Like ``benchmarks/heldout``, nobody tunes the extractors
against it: it was written in session 3 by someone who had not seen the extractors' rules, and
only its scores are read, never its misses.
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
    "01_en_earnings_summary": Target(".docx", _unseen.write_docx, "Word, quarterly results"),
    "02_zh_ipo_prospectus": Target(".pdf", _unseen.write_pdf, "PDF, Chinese prospectus extract"),
    "03_en_hospital_blog": Target(".html", _unseen.write_utf8, "HTML hospital blog in site chrome"),
    "04_zh_policy_interpretation": Target(
        ".txt", _unseen.write_gb18030_crlf, "GB18030 CRLF, Chinese policy Q&A"
    ),
    "05_bilingual_league_table": Target(".md", _unseen.write_utf16_bom, "bilingual, UTF-16 BOM"),
    "06_zh_wechat_model_launch": Target(".md", _unseen.write_utf8, "Markdown, WeChat article"),
}


def make_docs(out_dir: Path = DOCS_DIR) -> list[Path]:
    """Write every heldout2 document into *out_dir*; return their paths, sorted."""
    return _unseen.make_docs(out_dir, sources_dir=SOURCES_DIR, targets=TARGETS)


def check_docs(paths: list[Path]) -> None:
    """Raise DocsError unless every heldout2 document reads back to its source."""
    _unseen.check_docs(paths, sources_dir=SOURCES_DIR)
