"""Write the fourth held-out set's documents (``benchmarks/heldout4/docs``) from its sources.

Only the registry lives here; the writers and the read-back check are
``benchmarks/unseen/make_docs.py``'s. The set adds genres no other set has (a listed company's
investor-relations meeting record, a medical society's expert consensus, an industrial park's
investment brochure in site chrome, a patent landscape brief, a city's statistical bulletin, a
founder podcast transcript, a foundation's grant announcement in site chrome, a bilingual market
landscape map). Nobody tunes against it: quote its totals only.
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
    "01_zh_ir_meeting_record": Target(
        ".docx", _unseen.write_docx, "Word, Chinese investor-relations record, Q&A and table"
    ),
    "02_zh_expert_consensus": Target(
        ".pdf", _unseen.write_pdf, "PDF, Chinese expert consensus, numbered recommendations"
    ),
    "03_zh_industrial_park_brochure": Target(
        ".html", _unseen.write_utf8, "HTML park brochure in site chrome, resident-firm table"
    ),
    "04_zh_patent_landscape": Target(
        ".txt", _unseen.write_gb18030, "GB18030 text, patent brief with tab-separated tables"
    ),
    "05_zh_statistical_bulletin": Target(
        ".txt", _unseen.write_utf16_bom, "UTF-16 LE with BOM, city statistical bulletin"
    ),
    "06_en_podcast_transcript": Target(
        ".txt", _unseen.write_utf8, "plain text, podcast transcript"
    ),
    "07_en_grant_announcement": Target(
        ".html", _unseen.write_utf8, "HTML grant announcement in site chrome"
    ),
    "08_bilingual_landscape_map": Target(
        ".md", _unseen.write_utf8_bom, "Markdown landscape map, bilingual tables, UTF-8 with BOM"
    ),
}


def make_docs(out_dir: Path = DOCS_DIR) -> list[Path]:
    """Write every heldout4 document into *out_dir*; return their paths, sorted."""
    return _unseen.make_docs(out_dir, sources_dir=SOURCES_DIR, targets=TARGETS)


def check_docs(paths: list[Path]) -> None:
    """Raise DocsError unless every heldout4 document reads back to its source."""
    _unseen.check_docs(paths, sources_dir=SOURCES_DIR)
