"""What the figure tests share: an inline Markdown document, its figures by their original
text with extra names known, and a figure's measure slug and subject names."""

from __future__ import annotations

from pathlib import Path

from medatlas.loaders.document import Document
from medatlas.loaders.extract.figures import extract_figures
from medatlas.loaders.extract.gazetteer import atlas_gazetteer
from medatlas.loaders.extract.measures import MEASURE_BASE
from medatlas.loaders.extract.model import FigureCandidate, Mention
from medatlas.loaders.readers.markdown import read_markdown


def markdown(text: str) -> Document:
    """*text* read as a Markdown report."""
    return read_markdown(Path("inline.md"), text.encode("utf-8"))


def figures_of(document: Document, names: dict[str, str]) -> dict[str, FigureCandidate]:
    """The figures of *document* by their original text, with *names* (name -> class) as
    extra mentions beside the gazetteer's."""
    found = list(atlas_gazetteer().find(document.text))
    for name, cls in names.items():
        at = document.text.find(name)
        while at >= 0:
            found.append(Mention(at, at + len(name), name, cls, 0.9, "test", name=name))
            at = document.text.find(name, at + len(name))
    return {f.original: f for f in extract_figures(document, sorted(found))}


def measure_slug(figure: FigureCandidate) -> str:
    return figure.measure.removeprefix(MEASURE_BASE)


def about_names(figure: FigureCandidate) -> set[str]:
    return {m.name or m.text for m in figure.about}
