"""Use cases, segments and technologies a report names that the vocabulary lacks.

A step may name a concept no vocabulary holds ("sepsis alerting"). The pipeline files it under
a discovered-concept IRI instead of dropping the relation or figure that points at it;
consolidation makes it a SKOS concept of the scheme of discovered concepts, which the shapes
accept with the one language the report gives.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from medatlas.atlas import ATLAS_DIR
from medatlas.build import populate
from medatlas.graph.consolidate import consolidate
from medatlas.graph.identity import NameIndex
from medatlas.graph.iris import DISCOVERED, DISCOVERED_SCHEME, IDENTITY_GRAPH
from medatlas.graph.store import AtlasStore
from medatlas.graph.triples import fact_quads
from medatlas.graph.validate import validate_store
from medatlas.graph.vocabulary import read_concepts
from medatlas.loaders.document import Document, Metadata
from medatlas.loaders.extract.gazetteer import atlas_gazetteer
from medatlas.loaders.extract.model import FigureCandidate, Mention, RelationCandidate
from medatlas.loaders.pipeline import Extractors, extract_document

# invented for this test
TEXT = (
    "Corvelle Health built Tidewatch, which is used for sepsis alerting and 医学影像. "
    "Sepsis alerting cut ICU transfers by 18%."
)
SKOS = "http://www.w3.org/2004/02/skos/core#"
MA = "https://w3id.org/medatlas/ontology#"


def _mention(name: str, cls: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(name, start + 1)
    return Mention(start, start + len(name), name, cls, 0.8, "test")


def _steps() -> Extractors:
    company = _mention("Corvelle Health", "Company")
    product = _mention("Tidewatch", "Product")
    new_use = _mention("sepsis alerting", "UseCase")
    known_use = _mention("医学影像", "UseCase")  # a vocabulary label, named without its IRI
    again = _mention("Sepsis alerting", "UseCase")
    share = TEXT.index("18%")

    def discover(doc, known):
        return [company, product]

    def relate(doc, mentions):
        return [
            RelationCandidate(company, "develops", product, 0, 40, 0.8, "test"),
            RelationCandidate(product, "addressesUseCase", new_use, 0, 80, 0.8, "test"),
            RelationCandidate(product, "addressesUseCase", known_use, 0, 80, 0.8, "test"),
        ]

    def measure(doc, mentions):
        return [
            FigureCandidate(
                "18",
                "http://qudt.org/vocab/unit/PERCENT",
                "https://w3id.org/medatlas/vocab/measure/growth-rate",
                (again,),
                None,
                "18%",
                share,
                share + 3,
                0.8,
                "test",
            )
        ]

    return Extractors(discover, relate, measure)


@pytest.fixture(scope="module")
def result():
    doc = Document("t.txt", Path("t.txt"), "txt", "utf-8", "0" * 64, TEXT, (), Metadata())
    return extract_document(
        doc,
        gazetteer=atlas_gazetteer(ATLAS_DIR),
        names=NameIndex(),
        classes={c.iri: c.cls for c in read_concepts()},
        extractors=_steps(),
    )


def test_a_use_case_the_vocabulary_lacks_keeps_its_relation(result) -> None:
    uses = {r.object for r in result.facts.relations if r.predicate == "addressesUseCase"}
    discovered = sorted(str(u) for u in uses if str(u).startswith(DISCOVERED))
    assert len(discovered) == 1 and discovered[0].startswith(DISCOVERED + "usecase/")
    # the vocabulary's own label resolves to the vocabulary's concept, not a new one
    assert any(str(u).startswith("https://w3id.org/medatlas/vocab/usecase/") for u in uses)
    assert not result.report.refused


def test_the_figure_is_about_the_discovered_concept_whatever_the_case(result) -> None:
    [obs] = result.facts.observations
    uses = {str(r.object) for r in result.facts.relations if r.predicate == "addressesUseCase"}
    assert set(obs.about) & uses  # "Sepsis alerting" and "sepsis alerting" are one concept


def test_consolidation_files_it_in_the_discovered_scheme_and_it_validates(result) -> None:
    store = AtlasStore()
    populate(store)
    graph = result.facts.graph
    store.replace_graph(graph, list(fact_quads(result.facts)))
    consolidate(store)
    [concept] = {
        str(r.object) for r in result.facts.relations if str(r.object).startswith(DISCOVERED)
    }
    node = ox.NamedNode(concept)
    identity = list(store.quads(IDENTITY_GRAPH))
    types = {
        q.object.value
        for q in identity
        if q.subject == node and q.predicate.value.endswith("#type")
    }
    assert types == {MA + "UseCase"}
    schemes = {
        q.object.value
        for q in identity
        if q.subject == node and q.predicate.value == SKOS + "inScheme"
    }
    assert schemes == {DISCOVERED_SCHEME}
    labels = {
        (q.object.value, q.object.language)
        for q in identity
        if q.subject == node and q.predicate.value == SKOS + "prefLabel"
    }
    assert len(labels) == 1 and {lang for _, lang in labels} == {"en"}
    report = validate_store(store)
    about = [v for v in report.violations if v.focus == concept]
    assert about == [], about


def test_a_vocabulary_name_read_as_another_concept_class_is_the_vocabulary_concept() -> None:
    """A table may call 医学影像 a segment; the vocabulary has it as a use case: one concept."""
    text = "医学影像市场规模为72亿元。"
    doc = Document("t.txt", Path("t.txt"), "txt", "utf-8", "0" * 64, text, (), Metadata())
    row = Mention(0, 4, "医学影像", "Segment", 0.8, "test")
    figure = FigureCandidate(
        "7200000000",
        "http://qudt.org/vocab/currency/CNY",
        "https://w3id.org/medatlas/vocab/measure/market-size",
        (row,),
        None,
        "72亿元",
        8,
        13,
        0.8,
        "test",
    )
    steps = Extractors(lambda d, k: [], lambda d, m: [], lambda d, m: [figure])
    result = extract_document(
        doc,
        gazetteer=atlas_gazetteer(ATLAS_DIR),
        names=NameIndex(),
        classes={c.iri: c.cls for c in read_concepts()},
        extractors=steps,
    )
    [obs] = result.facts.observations
    assert obs.about == ("https://w3id.org/medatlas/vocab/usecase/medical-imaging",)
    assert not any(e.iri.startswith(DISCOVERED) for e in result.facts.entities)


def _consolidated(text: str, uses: list[str]) -> tuple[AtlasStore, dict[str, str]]:
    """A store holding one document in which an invented product addresses *uses* (names the
    pipeline files as discovered concepts unless the vocabulary has them), consolidated; and
    the IRI each use case was filed under."""
    product = Mention(0, 7, "Kestrel", "Product", 0.8, "test")
    mentions = [
        Mention(text.index(u), text.index(u) + len(u), u, "UseCase", 0.8, "test") for u in uses
    ]
    steps = Extractors(
        lambda d, k: [product],
        lambda d, m: [
            RelationCandidate(product, "addressesUseCase", u, 0, len(text), 0.8, "test")
            for u in mentions
        ],
        lambda d, m: [],
    )
    doc = Document("k.txt", Path("k.txt"), "txt", "utf-8", "1" * 64, text, (), Metadata())
    result = extract_document(
        doc,
        gazetteer=atlas_gazetteer(ATLAS_DIR),
        names=NameIndex(),
        classes={c.iri: c.cls for c in read_concepts()},
        extractors=steps,
    )
    store = AtlasStore()
    populate(store)
    store.replace_graph(result.facts.graph, list(fact_quads(result.facts)))
    consolidate(store)
    filed = {
        u: str(r.object)
        for u, r in zip(
            uses,
            [r for r in result.facts.relations if r.predicate == "addressesUseCase"],
            strict=True,
        )
    }
    return store, filed


def test_a_discovered_concept_is_filed_under_the_vocabulary_concept_its_name_ends_with() -> None:
    """脑卒中智能分诊 ends with 智能分诊, a vocabulary name of intelligent triage: it is a narrower
    use case of it, so questions that follow skos:broader* find it; sepsis alerting narrows
    none."""
    text = "Kestrel is used for 脑卒中智能分诊, sepsis alerting and wound image analysis."
    store, filed = _consolidated(text, ["脑卒中智能分诊", "sepsis alerting"])
    broader = {
        (q.subject.value, q.object.value)
        for q in store.quads(IDENTITY_GRAPH)
        if q.predicate.value == SKOS + "broader"
    }
    stroke, sepsis = filed["脑卒中智能分诊"], filed["sepsis alerting"]
    assert stroke.startswith(DISCOVERED) and sepsis.startswith(DISCOVERED)
    assert (stroke, "https://w3id.org/medatlas/vocab/usecase/intelligent-triage") in broader
    assert not any(s == sepsis for s, _ in broader)
    report = validate_store(store)
    assert [v for v in report.violations if v.focus in (stroke, sepsis)] == []
