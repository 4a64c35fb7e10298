"""Write the second development set's documents (``benchmarks/dev2/docs``) from its sources.

Only the registry lives here; the writers and the read-back check are
``benchmarks/unseen/make_docs.py``'s. The set exists to test whether extractor rules tuned on the
unseen set generalise to other genres (broker notes, trade press, procurement notices, regulator
bulletins, bilingual recaps, company profiles).
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
    "01_zh_securities_note": Target(".md", _unseen.write_utf8, "Markdown, Chinese broker note"),
    "02_en_trade_press": Target(".html", _unseen.write_utf8, "HTML trade-press article"),
    "03_zh_procurement_result": Target(
        ".txt", _unseen.write_gb18030, "GB18030 procurement result, TSV"
    ),
    "04_en_regulator_bulletin": Target(".txt", _unseen.write_utf8, "plain text, numbered"),
    "05_bilingual_event_recap": Target(".md", _unseen.write_utf16_bom, "bilingual, UTF-16 BOM"),
    "06_zh_company_profile": Target(".txt", _unseen.write_utf8_bom, "UTF-8 BOM profile, TSV"),
}


def make_docs(out_dir: Path = DOCS_DIR) -> list[Path]:
    """Write every dev2 document into *out_dir*; return their paths, sorted."""
    return _unseen.make_docs(out_dir, sources_dir=SOURCES_DIR, targets=TARGETS)


def check_docs(paths: list[Path]) -> None:
    """Raise DocsError unless every dev2 document reads back to its source."""
    _unseen.check_docs(paths, sources_dir=SOURCES_DIR)
