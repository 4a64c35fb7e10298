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

TARGETS: dict[str, Target] = {}


def make_docs(out_dir: Path = DOCS_DIR) -> list[Path]:
    """Write every dev3 document into *out_dir*; return their paths, sorted."""
    return _unseen.make_docs(out_dir, sources_dir=SOURCES_DIR, targets=TARGETS)


def check_docs(paths: list[Path]) -> None:
    """Raise DocsError unless every dev3 document reads back to its source."""
    _unseen.check_docs(paths, sources_dir=SOURCES_DIR)
