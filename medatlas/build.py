"""Build the atlas: ontology + vocabularies + curated atlas (+ documents) into a fresh store.

The build fills a new store beside the target and swaps it in only when every source loaded
and the result validated, so a failed or interrupted build leaves the previous store as it was.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from medatlas.atlas import ATLAS_DIR
from medatlas.errors import StoreError, ValidationFailed
from medatlas.graph.iris import ATLAS_GRAPH, ONTOLOGY_GRAPH, VOCAB_GRAPH
from medatlas.graph.store import AtlasStore, swap_in
from medatlas.graph.triples import fact_quads
from medatlas.graph.validate import ValidationReport, validate_store
from medatlas.graph.vocabulary import ontology_triples, vocabulary_triples
from medatlas.loaders.atlas import load_atlas

__all__ = ["BuildResult", "build"]

Progress = Callable[[str], None]


@dataclass
class BuildResult:
    """What a build did: the store it wrote, triples per graph, validation, time taken."""

    store_path: Path | None
    graphs: dict[str, int] = field(default_factory=dict)
    validation: ValidationReport | None = None
    seconds: float = 0.0

    @property
    def triples(self) -> int:
        """Quads over every named graph."""
        return sum(self.graphs.values())


def _as_quads(triples: Sequence[ox.Triple], graph: str) -> list[ox.Quad]:
    g = ox.NamedNode(graph)
    return [ox.Quad(t.subject, t.predicate, t.object, g) for t in triples]


def populate(
    store: AtlasStore,
    *,
    atlas_dir: Path = ATLAS_DIR,
    corpus_dir: Path | None = None,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Fill *store* with the ontology, vocabularies and curated atlas; triples per graph."""
    say = progress or (lambda _msg: None)
    counts: dict[str, int] = {}
    say("ontology")
    quads = _as_quads(ontology_triples(), ONTOLOGY_GRAPH)
    store.replace_graph(ONTOLOGY_GRAPH, quads)
    counts[ONTOLOGY_GRAPH] = len(quads)
    say("vocabularies")
    quads = _as_quads(vocabulary_triples(), VOCAB_GRAPH)
    store.replace_graph(VOCAB_GRAPH, quads)
    counts[VOCAB_GRAPH] = len(quads)
    say("curated atlas")
    quads = list(fact_quads(load_atlas(atlas_dir, corpus_dir=corpus_dir)))
    store.replace_graph(ATLAS_GRAPH, quads)
    counts[ATLAS_GRAPH] = len(quads)
    return counts


def build(
    store_path: Path | None,
    *,
    atlas_dir: Path = ATLAS_DIR,
    corpus_dir: Path | None = None,
    validate: bool = True,
    progress: Progress | None = None,
) -> tuple[AtlasStore, BuildResult]:
    """Build the atlas into *store_path* (in memory when None) and return the open store.

    Raises ValidationFailed (and leaves any previous store untouched) when the result breaks
    the SHACL shapes; StoreError when the store cannot be written.
    """
    started = time.perf_counter()
    work: Path | None = None
    if store_path is not None:
        work = store_path.with_name(f"{store_path.name}.building-{os.getpid()}")
        if work.exists():
            shutil.rmtree(work)
    store = AtlasStore(work)
    try:
        result = BuildResult(store_path=store_path)
        result.graphs = populate(
            store, atlas_dir=atlas_dir, corpus_dir=corpus_dir, progress=progress
        )
        if validate:
            if progress:
                progress("validating")
            result.validation = validate_store(store)
            if not result.validation.conforms:
                lines = [
                    f"  [{v.source}] {v.focus} {v.path}: {v.message}"
                    for v in result.validation.violations[:20]
                ]
                raise ValidationFailed(
                    f"the build breaks {len(result.validation.violations)} SHACL rule(s); "
                    "the previous store is unchanged:\n" + "\n".join(lines)
                )
    except BaseException:
        store.close()
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)
        raise
    if work is not None and store_path is not None:
        store.close()
        try:
            swap_in(work, store_path)
        except OSError as exc:
            raise StoreError(f"cannot move the new store into {store_path}: {exc}") from exc
        store = AtlasStore(store_path)
    result.seconds = time.perf_counter() - started
    return store, result
