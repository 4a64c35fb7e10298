"""The examples in docstrings run, so the documentation cannot drift from the code."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "medatlas.graph.identity",
    "medatlas.graph.iris",
    "medatlas.graph.store",
    "medatlas.loaders.units",
    "medatlas.loaders.linking",
    "medatlas.loaders.extract.gazetteer",
    "medatlas.loaders.document",
    "medatlas.loaders.candidates",
    "medatlas.loaders.extract.places",
    "medatlas.loaders.extract.entity_alias",
    "medatlas.loaders.extract.figure_layout",
    "medatlas.loaders.extract.relations",
    "medatlas.loaders.readers.pdf_layout",
    "medatlas.loaders.extract.subjects",
    "medatlas.loaders.extract.columns",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0, f"{name} has no examples"
    assert result.failed == 0
