"""From one report to the facts of its named graph: read, find, link, check, cite.

    document -> gazetteer mentions + discovered entities -> linked IRIs
             -> relations (type-checked against the ontology) and figures
             -> a FactSet for ``graph/doc/<file>`` with evidence on every fact

Entity *types and labels* of things first seen in documents are not asserted here: each
document records its claim (an evidence record on ``rdf:type`` and the surface names as
``skos:altLabel``), and :mod:`medatlas.graph.consolidate` settles one type and one label per
language across all documents, so two reports that disagree never leave a node with two
Chinese names or two disjoint classes.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from medatlas.graph.facts import (
    Entity,
    Evidence,
    FactSet,
    Label,
    Observation,
    Relation,
    SourceDocument,
    Value,
)
from medatlas.graph.identity import NameIndex, language_of
from medatlas.graph.iris import document_graph, document_iri, observation_iri
from medatlas.loaders.document import Document
from medatlas.loaders.extract.model import FigureCandidate, Mention, RelationCandidate
from medatlas.loaders.linking import link

__all__ = [
    "EXTRACTOR_VERSION",
    "DocumentResult",
    "ExtractionReport",
    "Extractors",
    "extract_document",
]

#: bump when extraction changes, so unchanged documents are extracted again
EXTRACTOR_VERSION = "1"
MAX_QUOTE = 40
LOW_CONFIDENCE = 0.6
#: a candidate below this is not stored as a fact, only listed in the report for review
MIN_CONFIDENCE = 0.5

ORGS = frozenset(
    {
        "Organization",
        "Company",
        "GovernmentBody",
        "Hospital",
        "ResearchInstitution",
        "University",
        "Association",
    }
)
OFFERINGS = frozenset({"Platform", "Product", "AIModel", "Dataset"})
CONCEPTS = frozenset({"Segment", "UseCase", "Technology"})
ANY = ORGS | OFFERINGS | CONCEPTS | {"Policy", "Report", "Region"}
#: predicate -> (allowed subject classes, allowed object classes); None object = a date
SIGNATURES: dict[str, tuple[frozenset[str], frozenset[str] | None]] = {
    "develops": (ORGS, OFFERINGS),
    "partnersWith": (ORGS, ORGS),
    "investsIn": (ORGS, ORGS),
    "fundedBy": (ORGS, ORGS),
    "acquiredBy": (ORGS, ORGS),
    "operatesIn": (ORGS, frozenset({"Segment"})),
    "addressesUseCase": (ORGS | OFFERINGS, frozenset({"UseCase"})),
    "usesTechnology": (ORGS | OFFERINGS, frozenset({"Technology"})),
    "deployedAt": (OFFERINGS, ORGS),
    "basedOn": (OFFERINGS, OFFERINGS | frozenset({"Technology"})),
    "issuedBy": (frozenset({"Policy"}), ORGS),
    "issuedOn": (frozenset({"Policy", "Report"}), None),
    "authoredBy": (frozenset({"Report"}), ORGS),
    "publishedBy": (frozenset({"Report"}), ORGS),
    "locatedIn": (ORGS, frozenset({"Region"})),
    "subsidiaryOf": (ORGS, ORGS),
    "promotes": (frozenset({"Policy"}), ANY),
    "regulates": (frozenset({"Policy"}), ANY),
}

Discover = Callable[[Document, Sequence[Mention]], list[Mention]]
Relate = Callable[[Document, Sequence[Mention]], list[RelationCandidate]]
Measure = Callable[[Document, Sequence[Mention]], list[FigureCandidate]]


@dataclass(frozen=True)
class Extractors:
    """The extraction steps a pipeline runs; each can be swapped for testing."""

    discover: Discover
    relate: Relate
    measure: Measure

    @classmethod
    def default(cls) -> Extractors:
        """The standard steps of :mod:`medatlas.loaders.extract`."""
        from medatlas.loaders.extract.entities import discover_entities
        from medatlas.loaders.extract.figures import extract_figures
        from medatlas.loaders.extract.relations import extract_relations

        return cls(discover_entities, extract_relations, extract_figures)


@dataclass
class ExtractionReport:
    """What one document yielded: facts by kind, new names, doubtful and refused facts.

    *low_confidence* facts are stored but doubtful; *held_back* candidates are below
    MIN_CONFIDENCE and not stored; *refused* candidates break the ontology's domain or range.
    """

    document: str
    facts: dict[str, int] = field(default_factory=dict)
    new_entities: list[str] = field(default_factory=list)
    low_confidence: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    held_back: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready summary."""
        return {
            "document": self.document,
            "facts": dict(sorted(self.facts.items())),
            "new_entities": sorted(self.new_entities),
            "low_confidence": self.low_confidence,
            "refused": self.refused,
            "held_back": self.held_back,
        }


@dataclass
class DocumentResult:
    """The facts of one document and the report on them."""

    facts: FactSet
    report: ExtractionReport


def _quote(text: str, start: int, end: int, focus: tuple[int, int] | None = None) -> Evidence:
    """A verbatim quote of at most MAX_QUOTE characters from [start, end), around *focus*."""
    start, end = max(0, start), min(len(text), end)
    if end - start > MAX_QUOTE:
        f0, f1 = focus or (start, end)
        f0, f1 = max(start, f0), min(end, f1)
        centre = (f0 + f1) // 2
        s = max(start, min(centre - MAX_QUOTE // 2, end - MAX_QUOTE))
        if f1 - f0 <= MAX_QUOTE:
            s = max(start, min(s, f0))
            s = max(s, f1 - MAX_QUOTE)
        start, end = s, s + MAX_QUOTE
    # no quote may start or end in white space
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Evidence("", text[start:end], "", 0.0, start, end)


def _evidence(doc: Document, method: str, confidence: float, quote: Evidence) -> Evidence:
    return Evidence(doc.name, quote.quote, method, round(confidence, 2), quote.start, quote.end)


def _merge_mentions(known: Sequence[Mention], found: Sequence[Mention]) -> list[Mention]:
    """Known and discovered mentions without overlaps.

    A discovered name that extends a known one (华为云盘古大模型 around 华为云) replaces it;
    a discovered name that only overlaps a known one is dropped.
    """
    out = list(known)
    for m in found:
        inner = [
            k
            for k in out
            if m.start <= k.start and k.end <= m.end and (k.start, k.end) != (m.start, m.end)
        ]
        clash = [k for k in out if k.start < m.end and m.start < k.end and k not in inner]
        if clash:
            continue
        for k in inner:
            out.remove(k)
        out.append(m)
    return sorted(out)


TITLE_CONFIDENCE = 0.9
_HEAD_CHARS = 3000


def _title_mention(document: Document, known: Sequence[Mention]) -> Mention | None:
    """The report the document is a copy of, named by the title its head states.

    Only a title written in the text (within its first few thousand characters) counts: the
    evidence must be the document's own words. A title that is a known name is left to it.
    """
    title = (document.metadata.title or "").strip()
    if len(title) < 4:
        return None
    start = document.text.find(title, 0, _HEAD_CHARS + len(title))
    if start < 0:
        return None
    end = start + len(title)
    if any(k.start == start and k.end == end for k in known):
        return None
    return Mention(start, end, title, "Report", TITLE_CONFIDENCE, "metadata:title", name=title)


def _date_value(text: str) -> Value:
    kind = {10: "date", 7: "gYearMonth", 4: "gYear"}.get(len(text), "string")
    return Value(text, kind)


def extract_document(
    document: Document,
    *,
    gazetteer,
    names: NameIndex,
    classes: dict[str, str],
    extractors: Extractors | None = None,
) -> DocumentResult:
    """The facts one document states, for its named graph, with evidence on each.

    *classes* maps known IRIs (atlas entities, concepts) to their class; *names* is the atlas
    name index used to link discovered names to known entities.
    """
    steps = extractors or Extractors.default()
    text = document.text
    report = ExtractionReport(document.name)
    facts = FactSet(graph=document_graph(document.name))
    meta = document.metadata
    facts.documents.append(
        SourceDocument(
            file_name=document.name,
            sha256=document.sha256,
            title=meta.title,
            encoding=document.encoding,
            issued=_date_value(meta.date) if meta.date else None,
            extractor_version=EXTRACTOR_VERSION,
        )
    )
    known = gazetteer.find(text)
    title = _title_mention(document, known)
    found = steps.discover(document, known)
    mentions = _merge_mentions(known, [*([title] if title else []), *found])
    candidates = steps.relate(document, mentions)
    figures = steps.measure(document, mentions)
    # relation ends and figure subjects the steps found themselves are entities too
    extra = {m for c in candidates for m in (c.subject, c.object) if m is not None}
    extra |= {m for f in figures for m in f.about}
    everything = sorted(set(mentions) | extra)

    # entities: one record per IRI, the first mention quoted, every surface name kept
    iri_of: dict[Mention, str] = {}
    by_iri: dict[str, list[Mention]] = defaultdict(list)
    for m in everything:
        iri = link(m, names)
        iri_of[m] = iri
        by_iri[iri].append(m)
    cls_of: dict[str, str] = {}
    unlinked: set[str] = set()
    for iri, ms in sorted(by_iri.items()):
        known_cls = classes.get(iri)
        votes = Counter[str]()
        for m in ms:
            votes[m.cls] += m.confidence
        cls = known_cls or votes.most_common(1)[0][0]
        cls_of[iri] = cls
        if cls in CONCEPTS:
            if not known_cls:
                unlinked.add(iri)  # a concept the vocabulary lacks: nothing to point at
            continue  # concepts are named in the vocabulary; mentions of them are not facts
        first = ms[0]
        confidence = max(m.confidence for m in ms if m.cls == cls) if not known_cls else 1.0
        aliases: tuple[Label, ...] = ()
        if known_cls is None:
            report.new_entities.append(f"{first.name or first.text} ({cls})")
            aliases = tuple(
                sorted({Label(m.name or m.text, language_of(m.name or m.text)) for m in ms})
            )
        facts.entities.append(
            Entity(
                iri=iri,
                cls=cls,
                slug="",
                labels=(),
                aliases=aliases,
                evidence=(
                    _evidence(
                        document,
                        first.method,
                        min(confidence, first.confidence),
                        _quote(text, first.start, first.end),
                    ),
                ),
                asserted=False,
            )
        )

    if title is not None and title in iri_of and cls_of.get(iri_of[title]) == "Report":
        facts.relations.append(
            Relation(document_iri(document.name), "copyOfReport", iri_of[title], ())
        )

    # relations, refused when the ontology says the classes cannot hold them
    for cand in candidates:
        if cand.confidence < MIN_CONFIDENCE:
            target = cand.date if cand.object is None else cand.object.text
            report.held_back.append(
                f"{cand.subject.text} {cand.predicate} {target} ({cand.confidence:.2f})"
            )
            continue
        s_iri = iri_of[cand.subject]
        s_cls = cls_of[s_iri]
        sig = SIGNATURES.get(cand.predicate)
        label = f"{cand.subject.text} {cand.predicate} " + (
            cand.date if cand.object is None else cand.object.text
        )
        if sig is None or s_cls not in sig[0]:
            report.refused.append(f"{label}: {s_cls} cannot be the subject")
            continue
        if cand.predicate == "issuedOn":
            if not cand.date:
                report.refused.append(f"{label}: no date")
                continue
            obj: str | Value = _date_value(cand.date)
            focus = (cand.subject.start, cand.subject.end)
        else:
            if cand.object is None:
                report.refused.append(f"{label}: no object")
                continue
            o_iri = iri_of[cand.object]
            o_cls = cls_of[o_iri]
            if o_iri in unlinked:
                report.refused.append(f"{label}: {cand.object.text!r} is not in the vocabulary")
                continue
            if sig[1] is None or o_cls not in sig[1] or o_iri == s_iri:
                report.refused.append(f"{label}: {o_cls} cannot be the object")
                continue
            obj = o_iri
            focus = (
                min(cand.subject.start, cand.object.start),
                max(cand.subject.end, cand.object.end),
            )
        ev = _evidence(
            document, cand.method, cand.confidence, _quote(text, cand.start, cand.end, focus)
        )
        facts.relations.append(Relation(s_iri, cand.predicate, obj, (ev,)))
        if cand.confidence < LOW_CONFIDENCE:
            report.low_confidence.append(f"{label} ({cand.confidence:.2f})")

    # figures: observations about what they measure, or about the report itself
    for fig in figures:
        if fig.confidence < MIN_CONFIDENCE:
            report.held_back.append(f"{fig.original} ({fig.confidence:.2f})")
            continue
        about = tuple(sorted({iri_of[m] for m in fig.about} - unlinked)) or (
            document_iri(document.name),
        )
        ev = _evidence(document, fig.method, fig.confidence, _quote(text, fig.start, fig.end))
        facts.observations.append(
            Observation(
                iri=observation_iri(
                    document.name,
                    str(fig.start),
                    str(fig.end),
                    fig.value,
                    fig.unit or "",
                    fig.measure,
                    *about,
                ),
                measure=fig.measure,
                about=about,
                value=fig.value,
                unit=fig.unit,
                period=fig.period,
                original=fig.original,
                evidence=(ev,),
            )
        )
        if fig.confidence < LOW_CONFIDENCE:
            report.low_confidence.append(f"{fig.original} ({fig.confidence:.2f})")

    report.facts = {
        "entities": len(facts.entities),
        "relations": len(facts.relations),
        "figures": len(facts.observations),
        "refused": len(report.refused),
    }
    return DocumentResult(facts, report)
