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

import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Sequence
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
from medatlas.graph.iris import (
    DISCOVERED,
    discovered_concept_iri,
    document_graph,
    document_iri,
    observation_iri,
)
from medatlas.graph.vocabulary import concepts_under
from medatlas.loaders.atlas import date_kind
from medatlas.loaders.candidates import Candidate, Ref, candidate_id
from medatlas.loaders.document import Document
from medatlas.loaders.extract.bilingual_names import bilingual_aliases
from medatlas.loaders.extract.entity_zh import is_policy_title
from medatlas.loaders.extract.model import FigureCandidate, Mention, RelationCandidate
from medatlas.loaders.extract.publisher import is_company_name, publisher_mention
from medatlas.loaders.extract.relation_fields import FIELD_METHOD
from medatlas.loaders.extract.relation_makers import maker_prefixes
from medatlas.loaders.extract.relation_named_tasks import named_tasks, tasks_written_apart
from medatlas.loaders.extract.speakers import affiliations
from medatlas.loaders.linking import discovered_slug, link

__all__ = [
    "EXTRACTOR_VERSION",
    "DocumentResult",
    "ExtractionReport",
    "Extractors",
    "extract_document",
]

#: bump when extraction changes, so unchanged documents are extracted again
EXTRACTOR_VERSION = "2"
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
    "operatesIn": (ORGS, frozenset({"Segment", "UseCase"})),  # a market or a field of care
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
    "regulates": (
        frozenset({"Policy", "GovernmentBody"}),
        ANY,
    ),  # rules, or a regulator's clearance
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
    *candidates* are the new entities, held-back and doubtful facts as structured records for
    ``medatlas review``; *rejected* are the ids of candidates left out because a review
    rejected them.
    """

    document: str
    facts: dict[str, int] = field(default_factory=dict)
    new_entities: list[str] = field(default_factory=list)
    low_confidence: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    held_back: list[str] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready summary."""
        return {
            "document": self.document,
            "facts": dict(sorted(self.facts.items())),
            "new_entities": sorted(self.new_entities),
            "low_confidence": self.low_confidence,
            "refused": self.refused,
            "held_back": self.held_back,
            "candidates": [c.as_dict() for c in self.candidates],
            "rejected": sorted(self.rejected),
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


def _yields_to(known: Mention, found: Mention) -> bool:
    """True when a known concept only seems to be named inside a discovered organisation's or
    offering's name: a term written with a capital after the start of a longer capitalised name
    (``Health plans`` in "Maple Valley Health plans to…") is a piece of that name."""
    return (
        known.cls in CONCEPTS
        and (found.cls in ORGS or found.cls in OFFERINGS)
        and known.text[:1].isupper()
        and found.start < known.start < found.end
        and found.text[:1].isupper()
    )


def _merge_mentions(known: Sequence[Mention], found: Sequence[Mention]) -> list[Mention]:
    """Known and discovered mentions without overlaps.

    A discovered name that extends a known one (华为云盘古大模型 around 华为云) replaces it;
    a discovered name that only overlaps a known one is dropped, unless the known one is a
    concept that only seems named there (:func:`_yields_to`). Mentions are kept sorted by
    start, so each discovered name is checked against its neighbours only, not every mention
    so far: the cost grows with the document, not with its square.
    """
    keys = sorted((k.start, i) for i, k in enumerate(known))
    by_key = {(k.start, i): k for i, k in enumerate(known)}
    longest = max((k.end - k.start for k in known), default=0)
    for n, m in enumerate(found, start=len(known)):
        lo = bisect_left(keys, (m.start - longest,))
        hi = bisect_right(keys, (m.end, float("inf")))
        near = [(key, by_key[key]) for key in keys[lo:hi]]
        inner = [
            (key, k)
            for key, k in near
            if m.start <= k.start and k.end <= m.end and (k.start, k.end) != (m.start, m.end)
        ]
        inner_mentions = [k for _, k in inner]
        overlapping = [
            (key, k)
            for key, k in near
            if k.start < m.end and m.start < k.end and k not in inner_mentions
        ]
        if any(not _yields_to(k, m) for _, k in overlapping):
            continue
        for key, _ in [*inner, *overlapping]:
            keys.pop(bisect_left(keys, key))
            del by_key[key]
        insort(keys, (m.start, n))
        by_key[(m.start, n)] = m
        longest = max(longest, m.end - m.start)
    return sorted(by_key.values())


TITLE_CONFIDENCE = 0.9
_HEAD_CHARS = 3000


def _title_mention(document: Document, known: Sequence[Mention]) -> Mention | None:
    """The report the document is a copy of, named by the title its head states.

    Only a title written in the text (within its first few thousand characters) counts: the
    evidence must be the document's own words. A title that is a known name is left to it.
    """
    title = _released_name(document.text, (document.metadata.title or "").strip())
    work = _NAMED_WORK.match(title)
    if len(title) < 4 or _PART_OF_WORK.match(title, work.end() if work else 0):
        return None  # "第三章 …", "《X白皮书》第三章 …": a chapter of a work, not the work
    start = document.text.find(title, 0, _HEAD_CHARS + len(title))
    end = start + len(title)
    if start < 0:  # a title a PDF wraps over two lines: its words with a line break between
        words = r"\s+".join(re.escape(word) for word in title.split())
        wrapped = re.compile(words).search(document.text, 0, _HEAD_CHARS + len(title))
        if wrapped is None:
            return None
        start, end = wrapped.span()
    if any(k.start == start and k.end == end for k in known):
        return None
    # a policy is a government's; what a firm files under such a name (公告) is its report
    policy = is_policy_title(title) and not is_company_name(document.metadata.publisher)
    cls = "Policy" if policy else "Report"
    surface = document.text[start:end]
    return Mention(start, end, surface, cls, TITLE_CONFIDENCE, "metadata:title", name=title)


# the work a chapter's title names first: 《X白皮书》第三章 …
_NAMED_WORK = re.compile(r"\s*《[^》]{4,}》")
# a title that names a part of a larger work: 第三章, 第二节, 第一部分, "Chapter 3", "Part II"
_PART_OF_WORK = re.compile(
    r"\s*(?:第[一二三四五六七八九十百\d]+[章节篇部]|第[一二三四五六七八九十\d]+部分"
    r"|(?:Chapter|Section|Part)\s+(?:\d+|[IVX]+)\b)",
    re.IGNORECASE,
)
# a news headline announcing a named work: "《X》发布", "X正式发布"
_RELEASED = re.compile(r"(?:正式|重磅|隆重|首次|今日|近日)?(?:发布|出炉|揭晓|公布)$")


def _released_name(text: str, title: str) -> str:
    """The work a headline announces (``2025年度X排行榜发布``: the ranking), when the text
    names it in 《》; else the title as it stands."""
    released = _RELEASED.search(title)
    if released is None:
        return title
    name = title[: released.start()].strip().strip("《》").strip()
    return name if len(name) >= 4 and f"《{name}》" in text else title


def _without_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """*mentions* less the discovered names the text gives a job at an organisation ("Omar
    Reyes, CEO of X", ``X创始人张明``): people, whom medatlas does not model, not firms."""
    people = set(affiliations(text, mentions))
    return [m for m in mentions if m.iri is not None or _name(m) not in people]


# what a region's name names none of: "Rest of world", "the rest of Europe"
_REST_OF = re.compile(r"\b(?:rest|remainder)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _without_remainders(text: str, mentions: list[Mention]) -> list[Mention]:
    """*mentions* less the regions a text names only as what is left of them ("Rest of
    world" is a row of everywhere else, not the world)."""
    return [
        m
        for m in mentions
        if not (m.cls == "Region" and _REST_OF.search(text, max(0, m.start - 20), m.start))
    ]


def _date_value(text: str) -> Value:
    """A date typed by its precision; one that is no real date (2023-13) stays a string."""
    return Value(text, date_kind(text) or "string")


_WRAPPED = re.compile(r"^[《“\"「『(（].*|.*[》”\"」』)）]$")


def _surface(mention: Mention) -> str | None:
    """The words the document used, when a step filed them under another name (``证监会`` for
    中国证券监督管理委员会): a name of the thing too. Not when it is the name in brackets."""
    text = " ".join(mention.text.split())  # a name a PDF wraps over two lines is one line
    if text == _name(mention) or len(text) < 2 or _WRAPPED.match(text):
        return None
    if "anaphora" in mention.method:
        return None  # 该公司, "the company": words that point at it, never its name
    return text


def _name(mention: Mention) -> str:
    return mention.name or mention.text


def _local(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _concept_iri(mention: Mention, gazetteer) -> str:
    """The IRI of a use case, segment or technology a step named without one: the vocabulary's
    concept when the whole name is one of its labels (of the same class, else of the only
    concept of that name: a table's "segment" 医学影像 is the use case 医学影像), else a
    discovered concept's."""
    name = _name(mention)
    whole = [
        m
        for m in gazetteer.find(name)
        if m.start == 0 and m.end == len(name) and m.cls in CONCEPTS and m.iri
    ]
    # the vocabulary's concept of the same class, else its only concept of that name; a field
    # a firm works in (专注于大模型) is a field even where the vocabulary files the word as a
    # technology, so it takes only a concept of its own class
    same = [m for m in whole if m.cls == mention.cls]
    for found in (same,) if mention.method == FIELD_METHOD else (same, whole):
        if len({m.iri for m in found}) == 1:
            return str(found[0].iri)
    return discovered_concept_iri(mention.cls, discovered_slug(name))


_CREDITS = ("authoredBy", "publishedBy")


def _one_credit(relations: list[Relation]) -> list[Relation]:
    """*relations* with one credit per report and organisation: "由X编写并发布" says both, and
    a reader asks who stands behind the report once; the better supported predicate stays
    (publishedBy on a tie)."""
    best: dict[tuple[str, str], dict[str, float]] = defaultdict(dict)
    for r in relations:
        if r.predicate in _CREDITS and isinstance(r.object, str):
            held = best[(r.subject, r.object)]
            score = max((e.confidence for e in r.evidence), default=0.0)
            held[r.predicate] = max(held.get(r.predicate, 0.0), score)
    keep = {
        pair: max(_CREDITS, key=lambda p: (scores.get(p, -1.0), p == "publishedBy"))
        for pair, scores in best.items()
    }
    return [
        r
        for r in relations
        if r.predicate not in _CREDITS
        or not isinstance(r.object, str)
        or keep[(r.subject, r.object)] == r.predicate
    ]


# the segment of payers and providers and every concept under it (医院, 提供方, 支付方): who
# buys care and its tools, never what a policy promotes (a policy on 公立医院智慧运营 promotes
# the operations, not the hospitals)
_BUYERS = "https://w3id.org/medatlas/vocab/segment/payers-and-providers"


def _check_relation(
    cand: RelationCandidate,
    iri_of: dict[Mention, str],
    cls_of: dict[str, str],
    unlinked: set[str],
) -> str | tuple[str | Value, tuple[int, int]]:
    """(object, evidence focus) when the ontology allows *cand*, else why it does not."""
    s_iri = iri_of[cand.subject]
    s_cls = cls_of[s_iri]
    sig = SIGNATURES.get(cand.predicate)
    if sig is None or s_cls not in sig[0]:
        return f"{s_cls} cannot be the subject"
    if cand.predicate == "issuedOn":
        if not cand.date:
            return "no date"
        date = _date_value(cand.date)
        if date.datatype == "string":
            return f"{cand.date!r} is not a real date"
        return date, (cand.subject.start, cand.subject.end)
    if cand.object is None:
        return "no object"
    o_iri = iri_of[cand.object]
    o_cls = cls_of[o_iri]
    if o_iri in unlinked:
        return f"{cand.object.text!r} is not in the vocabulary"
    if sig[1] is None or o_cls not in sig[1] or o_iri == s_iri:
        return f"{o_cls} cannot be the object"
    if cand.predicate == "promotes" and o_iri in concepts_under(_BUYERS):
        return f"{cand.object.text!r} names who buys care, not what a policy promotes"
    focus = (min(cand.subject.start, cand.object.start), max(cand.subject.end, cand.object.end))
    return o_iri, focus


def extract_document(
    document: Document,
    *,
    gazetteer,
    names: NameIndex,
    classes: dict[str, str],
    extractors: Extractors | None = None,
    rejected: Collection[str] | None = None,
    version: str = EXTRACTOR_VERSION,
) -> DocumentResult:
    """The facts one document states, for its named graph, with evidence on each.

    *classes* maps known IRIs (atlas entities, concepts) to their class; *names* is the atlas
    name index used to link discovered names to known entities. *rejected* holds candidate ids
    (see :mod:`medatlas.loaders.candidates`) a review rejected: those entities, relations and
    figures are left out (with an entity, the relations that name it), their ids listed in
    ``report.rejected``. *version* is recorded as the document's extractor version (see
    :func:`medatlas.loaders.review.extractor_version`, which adds the review's rejections).
    """
    steps = extractors or Extractors.default()
    refused_ids = frozenset(rejected or ())
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
            issued=_date_value(meta.date) if meta.date and date_kind(meta.date) else None,
            extractor_version=version,
        )
    )
    known = gazetteer.find(text)
    title = _title_mention(document, known)
    found = steps.discover(document, known)
    stated = [m for m in (title,) if m is not None]
    publisher = publisher_mention(document, [*known, *stated, *found])
    stated += [publisher] if publisher is not None else []
    mentions = bilingual_aliases(document, _merge_mentions(known, [*stated, *found]))
    mentions = _without_remainders(text, _without_people(text, mentions))
    candidates = [
        *steps.relate(document, mentions),
        *maker_prefixes(mentions, gazetteer),
        *named_tasks(mentions),
        *tasks_written_apart(text, mentions),
    ]
    figures = steps.measure(document, mentions)
    # relation ends and figure subjects the steps found themselves are entities too
    extra = {m for c in candidates for m in (c.subject, c.object) if m is not None}
    extra |= {m for f in figures for m in f.about}
    everything = sorted(set(mentions) | extra)

    # entities: one record per IRI, the first mention quoted, every surface name kept
    iri_of: dict[Mention, str] = {}
    by_iri: dict[str, list[Mention]] = defaultdict(list)
    for m in everything:
        iri = _concept_iri(m, gazetteer) if m.cls in CONCEPTS and not m.iri else link(m, names)
        iri_of[m] = iri
        by_iri[iri].append(m)
    cls_of: dict[str, str] = {}
    unlinked: set[str] = set()
    dropped: set[str] = set()  # entities a review rejected
    for iri, ms in sorted(by_iri.items()):
        known_cls = classes.get(iri)
        votes = Counter[str]()
        for m in ms:
            votes[m.cls] += m.confidence
        cls = known_cls or votes.most_common(1)[0][0]
        cls_of[iri] = cls
        if cls in CONCEPTS and known_cls:
            continue  # concepts are named in the vocabulary; mentions of them are not facts
        if cls in CONCEPTS and not iri.startswith(DISCOVERED):
            unlinked.add(iri)  # a name the atlas files as something else: nothing to point at
            continue
        first = ms[0]
        confidence = max(m.confidence for m in ms if m.cls == cls) if not known_cls else 1.0
        aliases: tuple[Label, ...] = ()
        cid = ""
        if known_cls is None:
            cid = candidate_id(document.name, "entity", (_name(first),), first.start, first.end)
            if cid in refused_ids:
                dropped.add(iri)
                report.rejected.append(cid)
                continue
            report.new_entities.append(f"{_name(first)} ({cls})")
            names_used = {_name(m) for m in ms} | {s for m in ms if (s := _surface(m))}
            aliases = tuple(sorted({Label(n, language_of(n)) for n in names_used}))
        ev = _evidence(
            document,
            first.method,
            min(confidence, first.confidence),
            _quote(text, first.start, first.end),
        )
        facts.entities.append(
            Entity(
                iri=iri,
                cls=cls,
                slug="",
                labels=(),
                aliases=aliases,
                evidence=(ev,),
                asserted=False,
            )
        )
        if known_cls is None:
            report.candidates.append(
                Candidate(
                    id=cid,
                    document=document.name,
                    kind="entity",
                    status="new",
                    fact=f"{_name(first)} ({cls})",
                    confidence=ev.confidence,
                    method=first.method,
                    quote=ev.quote,
                    start=ev.start or 0,
                    end=ev.end or 0,
                    subject=Ref(_name(first), iri, cls),
                    aliases=tuple(sorted({a.text for a in aliases} - {_name(first)})),
                )
            )

    if (
        title is not None
        and title in iri_of
        and iri_of[title] not in dropped
        and cls_of.get(iri_of[title]) == "Report"
    ):
        facts.relations.append(
            Relation(document_iri(document.name), "copyOfReport", iri_of[title], ())
        )

    # relations, refused when the ontology says the classes cannot hold them
    for cand in candidates:
        target = cand.date if cand.object is None else cand.object.text
        label = f"{cand.subject.text} {cand.predicate} {target}"
        cid = candidate_id(
            document.name,
            "relation",
            (
                _name(cand.subject),
                cand.predicate,
                (cand.date or "") if cand.object is None else _name(cand.object),
            ),
            cand.start,
            cand.end,
        )
        if cid in refused_ids:
            report.rejected.append(cid)
            continue
        held = cand.confidence < MIN_CONFIDENCE
        if held:
            report.held_back.append(f"{label} ({cand.confidence:.2f})")
        ends = [iri_of[m] for m in (cand.subject, cand.object) if m is not None]
        if any(iri in dropped for iri in ends):
            if not held:
                report.refused.append(f"{label}: an end was rejected in review")
            continue
        checked = _check_relation(cand, iri_of, cls_of, unlinked)
        if isinstance(checked, str):
            if not held:
                report.refused.append(f"{label}: {checked}")
            continue
        obj, focus = checked
        ev = _evidence(
            document, cand.method, cand.confidence, _quote(text, cand.start, cand.end, focus)
        )
        if held or cand.confidence < LOW_CONFIDENCE:
            s_iri = iri_of[cand.subject]
            report.candidates.append(
                Candidate(
                    id=cid,
                    document=document.name,
                    kind="relation",
                    status="held_back" if held else "low_confidence",
                    fact=label,
                    confidence=ev.confidence,
                    method=cand.method,
                    quote=ev.quote,
                    start=ev.start or 0,
                    end=ev.end or 0,
                    subject=Ref(_name(cand.subject), s_iri, cls_of[s_iri]),
                    predicate=cand.predicate,
                    object=(
                        None
                        if cand.object is None
                        else Ref(_name(cand.object), str(obj), cls_of[str(obj)])
                    ),
                    date=cand.date if cand.object is None else None,
                )
            )
        if held:
            continue
        facts.relations.append(Relation(iri_of[cand.subject], cand.predicate, obj, (ev,)))
        if cand.confidence < LOW_CONFIDENCE:
            report.low_confidence.append(f"{label} ({cand.confidence:.2f})")
    facts.relations = _one_credit(facts.relations)

    # figures: observations about what they measure, or about the report itself
    for fig in figures:
        cid = candidate_id(
            document.name,
            "figure",
            (
                fig.measure,
                fig.value,
                fig.unit or "",
                fig.period or "",
                *sorted(_name(m) for m in fig.about),
            ),
            fig.start,
            fig.end,
        )
        if cid in refused_ids:
            report.rejected.append(cid)
            continue
        held = fig.confidence < MIN_CONFIDENCE
        if held:
            report.held_back.append(f"{fig.original} ({fig.confidence:.2f})")
        refs = {
            iri_of[m]: Ref(_name(m), iri_of[m], cls_of[iri_of[m]])
            for m in sorted(fig.about)
            if iri_of[m] not in unlinked and iri_of[m] not in dropped
        }
        about = tuple(sorted(refs)) or (document_iri(document.name),)
        ev = _evidence(document, fig.method, fig.confidence, _quote(text, fig.start, fig.end))
        if held or fig.confidence < LOW_CONFIDENCE:
            of = ", ".join(r.name for r in refs.values()) or "the document"
            period = f" ({fig.period})" if fig.period else ""
            report.candidates.append(
                Candidate(
                    id=cid,
                    document=document.name,
                    kind="figure",
                    status="held_back" if held else "low_confidence",
                    fact=f"{_local(fig.measure)} of {of}: {fig.original}{period}",
                    confidence=ev.confidence,
                    method=fig.method,
                    quote=ev.quote,
                    start=ev.start or 0,
                    end=ev.end or 0,
                    measure=fig.measure,
                    value=fig.value,
                    unit=fig.unit,
                    period=fig.period,
                    original=fig.original,
                    about=tuple(refs[i] for i in sorted(refs)),
                )
            )
        if held:
            continue
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
