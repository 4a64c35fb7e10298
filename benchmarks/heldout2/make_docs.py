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

TARGETS: dict[str, Target] = {}


def make_docs(out_dir: Path = DOCS_DIR) -> list[Path]:
    """Write every heldout2 document into *out_dir*; return their paths, sorted."""
    return _unseen.make_docs(out_dir, sources_dir=SOURCES_DIR, targets=TARGETS)


def check_docs(paths: list[Path]) -> None:
    """Raise DocsError unless every heldout2 document reads back to its source."""
    _unseen.check_docs(paths, sources_dir=SOURCES_DIR)
