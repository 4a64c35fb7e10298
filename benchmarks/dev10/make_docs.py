"""Write the tenth development set's documents (``benchmarks/dev10/docs``) from its sources.

Only the registry lives here; the writers and the read-back check are
``benchmarks/unseen/make_docs.py``'s. The set covers the core genres (a white-paper chapter, a
survey report, a policy digest, a case-study collection, a market-sizing section, an English
market report in site chrome, an English financing review, a bilingual platform-ecosystem
section) in three subsectors: medical large language models, surgical robotics and devices,
health insurance and health management.
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
    "01_zh_llm_whitepaper_chapter": Target(
        ".docx", _unseen.write_docx, "Word, Chinese white-paper chapter, tables and company cases"
    ),
    "02_zh_health_mgmt_survey": Target(
        ".txt", _unseen.write_gb18030, "GB18030 text, Chinese survey report, tab tables"
    ),
    "03_zh_insurance_policy_digest": Target(
        ".md", _unseen.write_utf8_bom, "Markdown, Chinese policy digest, UTF-8 with BOM"
    ),
    "04_zh_surgical_robot_cases": Target(
        ".pdf", _unseen.write_pdf, "PDF, Chinese case collection, before/after tables"
    ),
    "05_zh_health_insurtech_market_sizing": Target(
        ".md", _unseen.write_utf16_bom, "Markdown, Chinese market sizing, UTF-16 LE with BOM"
    ),
    "06_en_surgical_robotics_market": Target(
        ".html", _unseen.write_utf8, "HTML market report excerpt in site chrome"
    ),
    "07_en_financing_review": Target(
        ".txt",
        _unseen.write_gb18030_crlf,
        "plain text, English financing review, GB18030 with CRLF",
    ),
    "08_bilingual_platform_ecosystem": Target(
        ".docx", _unseen.write_docx, "Word, bilingual platform ecosystem, partner table"
    ),
}


def make_docs(out_dir: Path = DOCS_DIR) -> list[Path]:
    """Write every dev10 document into *out_dir*; return their paths, sorted."""
    return _unseen.make_docs(out_dir, sources_dir=SOURCES_DIR, targets=TARGETS)


def check_docs(paths: list[Path]) -> None:
    """Raise DocsError unless every dev10 document reads back to its source."""
    _unseen.check_docs(paths, sources_dir=SOURCES_DIR)
