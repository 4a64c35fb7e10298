"""What the name tests share: the names discovery finds in a Markdown text, with no names known
beforehand."""

from __future__ import annotations

from pathlib import Path

from medatlas.loaders.extract.entities import discover_entities
from medatlas.loaders.extract.model import Mention
from medatlas.loaders.readers.markdown import read_markdown


def discovered(text: str) -> list[Mention]:
    """The mentions :func:`discover_entities` finds in *text* read as a Markdown report."""
    return discover_entities(read_markdown(Path("a.md"), text.encode()), [])


def found_names(text: str) -> dict[str, str]:
    """Each discovered name (as filed) -> its class."""
    return {m.name or m.text: m.cls for m in discovered(text)}
