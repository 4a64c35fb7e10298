"""Shared fixtures: the corpus read in place, and one atlas built per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from medatlas.build import build
from medatlas.graph.store import AtlasStore

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The five reports medatlas was first built from, in ../shared/corpus (never copied)."""
    path = Path(os.environ.get("MEDATLAS_CORPUS", ROOT.parent / "shared" / "corpus"))
    assert path.is_dir(), f"the corpus is expected at {path} (set MEDATLAS_CORPUS)"
    return path


@pytest.fixture(scope="session")
def corpus_texts(corpus_dir: Path) -> dict[str, str]:
    """File name -> text of each report."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(corpus_dir.glob("*.txt"))}


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path):
    """The atlas built once on disk: (store path, BuildResult)."""
    path = tmp_path_factory.mktemp("atlas") / "store"
    store, result = build(path, corpus_dir=corpus_dir)
    store.close()
    return path, result


@pytest.fixture()
def store(built) -> AtlasStore:
    """A read-only handle on the session's built store."""
    s = AtlasStore(built[0], read_only=True)
    yield s
    s.close()
