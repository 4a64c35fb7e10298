"""The SPARQL the graph package itself runs, read from ``graph/sparql/*.rq``."""

from __future__ import annotations

from functools import cache
from pathlib import Path

__all__ = ["SPARQL_DIR", "sparql"]

SPARQL_DIR = Path(__file__).resolve().parent / "sparql"


@cache
def sparql(name: str) -> str:
    """The text of ``graph/sparql/<name>.rq``."""
    return (SPARQL_DIR / f"{name}.rq").read_text(encoding="utf-8")
