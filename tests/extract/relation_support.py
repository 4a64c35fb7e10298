"""What the relation tests share: the vocabulary as gazetteer entries, and the relations a
text yields when the names it uses are known."""

from __future__ import annotations

import functools
from pathlib import Path

from medatlas.graph.facts import FactSet
from medatlas.graph.identity import NameIndex
from medatlas.graph.vocabulary import read_concepts
from medatlas.loaders.atlas import read_atlas
from medatlas.loaders.extract.gazetteer import Gazetteer, GazetteerEntry, atlas_gazetteer
from medatlas.loaders.extract.model import RelationCandidate
from medatlas.loaders.extract.relations import extract_relations
from medatlas.loaders.pipeline import extract_document
from medatlas.loaders.readers import read_document

MIN_CONFIDENCE = 0.5


@functools.cache
def concept_entries() -> tuple[GazetteerEntry, ...]:
    """Every segment, use case and technology of the vocabulary, with all its labels."""
    return tuple(
        GazetteerEntry(
            c.iri, c.cls, tuple(sorted({t for t, _ in (*c.pref_labels, *c.alt_labels)})), True
        )
        for c in read_atlas().concepts
        if c.cls in ("Segment", "UseCase", "Technology")
    )


def relations_of(
    tmp_path: Path, text: str, names: dict[str, str], suffix: str = ".txt"
) -> list[RelationCandidate]:
    """The relations (confidence at least :data:`MIN_CONFIDENCE`) of *text* written as a
    report with *suffix*, when *names* (name -> class) and the vocabulary are known."""
    path = tmp_path / f"report{suffix}"
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    entries = [GazetteerEntry(f"t:{n}", c, (n,)) for n, c in names.items()]
    mentions = Gazetteer([*entries, *concept_entries()]).find(document.text)
    return [c for c in extract_relations(document, mentions) if c.confidence >= MIN_CONFIDENCE]


Fact = tuple[str, str, str]


def facts_of(tmp_path: Path, text: str, names: dict[str, str], suffix: str = ".md") -> set[Fact]:
    """(subject, predicate, object) of the relations of *text*, each end by its filed name."""
    return {
        (
            c.subject.name or c.subject.text,
            c.predicate,
            (c.object.name or c.object.text) if c.object else str(c.date),
        )
        for c in relations_of(tmp_path, text, names, suffix)
    }


def check_relations(
    tmp_path: Path, text: str, names: dict[str, str], expected: set[Fact], unexpected: set[Fact]
) -> None:
    """*text* states every fact of *expected* and none of *unexpected*."""
    facts = facts_of(tmp_path, text, names)
    assert expected <= facts, expected - facts
    assert not unexpected & facts, unexpected & facts


def pipeline_facts(
    tmp_path: Path, text: str, file_name: str = "report.md", *, concepts: bool = False
) -> FactSet:
    """The facts the whole pipeline draws from *text* read as the report *file_name*: the
    atlas's gazetteer, nothing known before (names are discovered, as in a user's report).
    With *concepts*, the vocabulary's concepts are known, as in a build, so relations to them
    are kept."""
    path = tmp_path / file_name
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    classes = {c.iri: c.cls for c in read_concepts()} if concepts else {}
    return extract_document(
        document, gazetteer=atlas_gazetteer(), names=NameIndex(), classes=classes
    ).facts


def entity_names(facts: FactSet) -> dict[str, set[str]]:
    """Every label and alias of each entity of *facts*, by IRI (and of each vocabulary
    concept, for relations to concepts)."""
    names = {c.iri: {t for t, _ in (*c.pref_labels, *c.alt_labels)} for c in read_concepts()}
    names.update({e.iri: {a.text for a in (*e.labels, *e.aliases)} for e in facts.entities})
    return names


def named_relations(
    tmp_path: Path, text: str, file_name: str = "report.md"
) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) of the pipeline's relations, each end by each of its
    names, with the vocabulary's concepts known."""
    facts = pipeline_facts(tmp_path, text, file_name, concepts=True)
    names = {iri: sorted(n) for iri, n in entity_names(facts).items()}
    out = set()
    for r in facts.relations:
        if isinstance(r.object, str) and r.object in names and r.subject in names:
            for s in names[r.subject]:
                for o in names[r.object]:
                    out.add((s, r.predicate, o))
    return out


def check_named_relations(
    tmp_path: Path,
    text: str,
    stated: set[tuple[str, str, str]],
    unstated: set[tuple[str, str, str]],
) -> None:
    """The pipeline reads every relation of *stated* in *text* and none of *unstated*, each
    end by any of its names (see :func:`named_relations`)."""
    facts = named_relations(tmp_path, text)
    assert stated <= facts, stated - facts
    assert not unstated & facts, unstated & facts
