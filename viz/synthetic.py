"""Synthetic atlases of any size, for the view tests and benchmarks.

The entities, labels and quotes are made up (``合成企业00042`` / ``Synthetic company 42``); the
store around them is real: the ontology and the vocabularies are loaded, and the facts go
through :func:`medatlas.graph.triples.fact_quads`, the one writer of triples, so a synthetic
view exercises the same SPARQL and code as the atlas's own.
"""

from __future__ import annotations

import random

import pyoxigraph as ox

from medatlas.graph.facts import Entity, Evidence, FactSet, Label, Relation, SourceDocument
from medatlas.graph.iris import ATLAS_GRAPH, ONTOLOGY_GRAPH, VOCAB_GRAPH, entity_iri
from medatlas.graph.store import AtlasStore
from medatlas.graph.triples import fact_quads
from medatlas.graph.vocabulary import ontology_triples, read_concepts, vocabulary_triples

__all__ = ["SYNTHETIC_FILES", "synthetic_facts", "synthetic_store"]

#: (class, Chinese word, English word, relation to an earlier entity)
_KINDS = (
    ("Company", "合成企业", "company", "partnersWith"),
    ("Product", "合成产品", "product", "basedOn"),
    ("Platform", "合成平台", "platform", "basedOn"),
    ("AIModel", "合成模型", "AI model", "basedOn"),
    ("Hospital", "合成医院", "hospital", "partnersWith"),
    ("Policy", "合成政策", "policy", "promotes"),
)
#: the made-up source documents the synthetic facts cite
SYNTHETIC_FILES = tuple(f"synthetic-{k}.txt" for k in range(5))


def _evidence(i: int, what: str) -> tuple[Evidence, ...]:
    return (
        Evidence(
            source=SYNTHETIC_FILES[i % len(SYNTHETIC_FILES)],
            quote=f"合成引文 {what} {i}",
            method="synthetic",
            confidence=1.0,
        ),
    )


def synthetic_facts(entities: int, *, seed: int = 1) -> FactSet:
    """*entities* made-up entities, each linked to one or two earlier ones (preferring the
    well-linked, so hubs form) and a fifth of them to a segment or use case of the vocabulary.
    """
    rng = random.Random(seed)
    concepts = [c for c in read_concepts() if c.cls in ("Segment", "UseCase")]
    facts = FactSet(graph=ATLAS_GRAPH, documents=[SourceDocument(f) for f in SYNTHETIC_FILES])
    targets: list[int] = []  # one entry per link end: picking from it prefers hubs
    for i in range(entities):
        cls, zh, en, relation = _KINDS[i % len(_KINDS)]
        iri = entity_iri(f"syn-{i:05d}")
        facts.entities.append(
            Entity(
                iri=iri,
                cls=cls,
                slug=f"syn-{i:05d}",
                labels=(Label(f"{zh}{i:05d}", "zh"), Label(f"Synthetic {en} {i}", "en")),
                evidence=_evidence(i, "实体"),
            )
        )
        links = {rng.choice(targets) for _ in range(1 + (i % 2))} if targets else set()
        for j in sorted(links):
            facts.relations.append(
                Relation(iri, relation, entity_iri(f"syn-{j:05d}"), _evidence(i, "关系"))
            )
            targets.extend((i, j))
        targets.append(i)
        if concepts and i % 5 == 0:
            concept = concepts[rng.randrange(len(concepts))]
            link = "operatesIn" if concept.cls == "Segment" else "addressesUseCase"
            facts.relations.append(Relation(iri, link, concept.iri, _evidence(i, "领域")))
    return facts


def _quads(triples: tuple[ox.Triple, ...], graph: str) -> list[ox.Quad]:
    g = ox.NamedNode(graph)
    return [ox.Quad(t.subject, t.predicate, t.object, g) for t in triples]


def synthetic_store(entities: int, *, seed: int = 1) -> AtlasStore:
    """An in-memory store: the ontology, the vocabularies and :func:`synthetic_facts`.

    >>> store = synthetic_store(12)
    >>> from medatlas.viz.graphdata import load_graph
    >>> sum(iri.startswith("https://w3id.org/medatlas/id/syn-") for iri in load_graph(store).nodes)
    12
    """
    store = AtlasStore()
    store.replace_graph(ONTOLOGY_GRAPH, _quads(ontology_triples(), ONTOLOGY_GRAPH))
    store.replace_graph(VOCAB_GRAPH, _quads(vocabulary_triples(), VOCAB_GRAPH))
    store.replace_graph(ATLAS_GRAPH, list(fact_quads(synthetic_facts(entities, seed=seed))))
    return store
