"""Write the third held-out set's documents (``benchmarks/heldout3/docs``) from its sources.

Only the registry lives here; the writers and the read-back check are
``benchmarks/unseen/make_docs.py``'s. Nobody tunes against this set: quote its totals only. Its
genres: a provincial health commission's list of AI pilot hospitals, a hospital tender award
notice, an English quarterly venture funding report, a WeChat-style article on a medical large
model launch, an English regulator's list of cleared AI devices, a Chinese broker's industry
deep-dive, a group's ESG report excerpt on its AI products and a bilingual conference press kit.
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
    "01_zh_pilot_hospital_list": Target(
        ".md", _unseen.write_utf8_bom, "Markdown, UTF-8 with BOM, pilot hospital table"
    ),
    "02_zh_tender_award": Target(
        ".txt", _unseen.write_gb18030, "GB18030 text (LF), tender award notice, TSV tables"
    ),
    "03_en_quarterly_funding_report": Target(
        ".txt", _unseen.write_utf16_bom, "UTF-16 LE with BOM, quarterly VC report, TSV tables"
    ),
    "04_zh_wechat_llm_launch": Target(
        ".html", _unseen.write_utf8, "HTML WeChat-style article in page chrome"
    ),
    "05_en_cleared_devices_list": Target(
        ".html", _unseen.write_utf8, "HTML regulator listing, table in site chrome"
    ),
    "06_zh_broker_deep_dive": Target(
        ".pdf", _unseen.write_pdf, "PDF, Chinese broker deep-dive, market-size table"
    ),
    "07_zh_esg_report_excerpt": Target(
        ".docx", _unseen.write_docx, "Word, Chinese ESG report excerpt, product and KPI tables"
    ),
    "08_bilingual_press_kit": Target(
        ".md", _unseen.write_utf16_be_bom, "Markdown bilingual press kit, UTF-16 BE with BOM"
    ),
}


def make_docs(out_dir: Path = DOCS_DIR) -> list[Path]:
    """Write every heldout3 document into *out_dir*; return their paths, sorted."""
    return _unseen.make_docs(out_dir, sources_dir=SOURCES_DIR, targets=TARGETS)


def check_docs(paths: list[Path]) -> None:
    """Raise DocsError unless every heldout3 document reads back to its source."""
    _unseen.check_docs(paths, sources_dir=SOURCES_DIR)
