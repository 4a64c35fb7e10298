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

TARGETS: dict[str, Target] = {}


def make_docs(out_dir: Path = DOCS_DIR) -> list[Path]:
    """Write every dev4 document into *out_dir*; return their paths, sorted."""
    return _unseen.make_docs(out_dir, sources_dir=SOURCES_DIR, targets=TARGETS)


def check_docs(paths: list[Path]) -> None:
    """Raise DocsError unless every dev4 document reads back to its source."""
    _unseen.check_docs(paths, sources_dir=SOURCES_DIR)
