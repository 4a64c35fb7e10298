"""What the figure steps share: the document context, a figure being assembled, the output.

:class:`FigureContext` carries one document through :mod:`.figures`, :mod:`.figure_about`,
:mod:`.figure_periods` and :mod:`.figure_tables`; :class:`PendingFigure` is a quantity on its
way to becoming a :class:`~medatlas.loaders.extract.model.FigureCandidate`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from medatlas.loaders.atlas import ENTITY_TYPES
from medatlas.loaders.document import Document
from medatlas.loaders.extract.folding import fold
from medatlas.loaders.extract.measures import MeasureChoice, MeasureVocabulary
from medatlas.loaders.extract.model import FigureCandidate, Mention
from medatlas.loaders.extract.numbers import Quantity
from medatlas.loaders.extract.speakers import Turn
from medatlas.loaders.units import UNIT

if TYPE_CHECKING:
    from medatlas.loaders.extract.figure_headings import Section

__all__ = [
    "ABOUT_CLASSES",
    "CARD_MARKUP",
    "CONCEPT_CLASSES",
    "ENTITIES",
    "GENERIC_CONCEPTS",
    "ORGANISATIONS",
    "SURVEY_MEASURES",
    "SURVEY_TITLE",
    "FigureContext",
    "PendingFigure",
    "emit_figure",
    "inside_brackets",
    "is_generic",
    "is_survey_measure",
    "subject_key",
    "unique_figures",
]

#: what a figure may be about: a market, a vocabulary concept, or any entity class of the atlas
ABOUT_CLASSES = frozenset({"Market", "Segment", "UseCase", "Technology"}) | ENTITY_TYPES
GENERIC_CONCEPTS = frozenset({"https://w3id.org/medatlas/vocab/technology/artificial-intelligence"})
# the bare words for where care happens: 医院, "health systems" say whose figure it is no more
# than "AI" does; a tier (三级医院) or a named hospital does
_GENERIC_WORDS = frozenset(
    {"医院", "医疗卫生机构", "hospital", "hospitals", "health systems", "health system"}
    | {"providers", "care providers", "provider", "hospitals and health systems"}
)


def is_generic(mention: Mention) -> bool:
    """Is *mention* a word every figure in the field could name (AI, 医院, "hospitals")?"""
    if mention.iri in GENERIC_CONCEPTS:
        return True
    return mention.cls == "Segment" and fold(mention.text).strip() in _GENERIC_WORDS


# a title that says the report is a survey's (its shares are of respondents)
SURVEY_TITLE = re.compile(r"survey|poll|questionnaire|调查|调研|问卷|洞察")
SURVEY_MEASURES = (
    "share-of-respondents",
    "adoption-rate",
    "survey-sample-size",
    "utilization-rate",
)
CONFIDENCE = {
    "percent": 0.9,
    "money": 0.9,
    "points": 0.85,
    "count": 0.8,
    "duration": 0.75,
    "multiple": 0.75,
    "scalar": 0.7,
}
CARD_MARKUP = re.compile(r"[*\\#\s]+")
CONCEPT_CLASSES = frozenset({"Segment", "UseCase", "Technology"})
ORGANISATIONS = frozenset(
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
ENTITIES = ORGANISATIONS | {"Platform", "Product", "AIModel", "Dataset", "Policy"}


@dataclass
class FigureContext:
    """What every sentence of one document shares. ``mentions`` are sorted by offset."""

    document: Document
    mentions: list[Mention]
    vocab: MeasureVocabulary
    report_period: str | None
    markets: list[Mention] = field(default_factory=list)  # every market the text names
    sectors: list[Mention] = field(default_factory=list)  # sectors a funding review sums by
    figures: list[FigureCandidate] = field(default_factory=list)
    sections: list[Section] | None = None  # the headings, read once (figure_headings)
    definitions: dict[str, Mention] | None = None  # 以下简称“公司”: read once (figure_referents)
    turns: list[Turn] | None = None  # a transcript's speaker turns: read once (figure_referents)
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self.mentions = sorted(self.mentions)
        self._starts = [m.start for m in self.mentions]

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """The mentions that lie within ``[start, end)``, in text order (a binary search)."""
        first = bisect_left(self._starts, max(0, start))
        last = bisect_left(self._starts, end)
        return [m for m in self.mentions[first:last] if m.end <= end]


@dataclass
class PendingFigure:
    """A figure being assembled: its quantity (in document offsets) and what was decided."""

    quantity: Quantity
    clause: tuple[int, int]
    measure: MeasureChoice | None = None
    about: tuple[Mention, ...] = ()
    period: str | None = None
    kind: str = ""
    population: bool = False


def is_survey_measure(context: FigureContext, slug: str) -> bool:
    return any(context.vocab.is_a(slug, m) for m in SURVEY_MEASURES)


def inside_brackets(text: str, start: int, at: int) -> bool:
    """True if an opening bracket in ``text[start:at]`` is still open at *at*."""
    piece = text[start:at]
    return piece.count("（") + piece.count("(") > piece.count("）") + piece.count(")")


def emit_figure(
    context: FigureContext, f: PendingFigure, start: int, end: int, method: str
) -> None:
    q = f.quantity
    measure = f.measure
    assert measure is not None
    confidence = CONFIDENCE.get(f.kind, 0.7)
    if not measure.from_cue:
        confidence *= 0.85
    if not f.about and not any(context.vocab.is_a(measure.slug, m) for m in SURVEY_MEASURES):
        confidence *= 0.9
    unit = q.unit if f.kind != "scalar" else UNIT + "UNITLESS"
    values = list(q.values)
    if measure.negate:
        values = [v if v.startswith("-") else "-" + v for v in values]
    methods = [method] if len(values) == 1 else [method + ".range-low", method + ".range-high"]
    for value, name in zip(values, methods, strict=True):
        context.figures.append(
            FigureCandidate(
                value=value,
                unit=unit,
                measure=measure.iri,
                about=f.about,
                period=f.period,
                original=q.original,
                start=start,
                end=end,
                confidence=round(confidence, 2),
                method=name,
            )
        )


def unique_figures(figures: list[FigureCandidate]) -> list[FigureCandidate]:
    """One figure per (value, unit, measure, subjects, period): a restated figure is one fact.

    The most confident statement is kept (the first of equals), so the evidence is the
    clearest sentence; the result is in text order.
    """
    best: dict[tuple, FigureCandidate] = {}
    for f in sorted(figures, key=lambda f: (f.start, f.end, f.original, f.value, f.method)):
        names = tuple(sorted(subject_key(m) for m in f.about))
        key = (f.value, f.unit, f.measure, names, f.period)
        if key not in best or f.confidence > best[key].confidence:
            best[key] = f
    kept = sorted(best.values(), key=lambda f: (-f.confidence, f.start, f.end, f.value))
    out: list[FigureCandidate] = []
    for f in kept:  # a translation or a summary restates a figure with some of its subjects
        if not any(_restates(f, g) for g in out):
            out.append(f)
    return sorted(out, key=lambda f: (f.start, f.end, f.original, f.value, f.method))


def subject_key(mention: Mention) -> str:
    """What two mentions of one thing share: its IRI, else its folded name."""
    return mention.iri or fold(mention.name or mention.text)


def _restates(f: FigureCandidate, kept: FigureCandidate) -> bool:
    """Is *f* the figure *kept* again: same value, unit, measure, period and a shared subject?"""
    if (f.value, f.unit, f.measure, f.period) != (kept.value, kept.unit, kept.measure, kept.period):
        return False
    if f.method.rsplit(".", 1)[-1].startswith("range") or kept.method.endswith(("low", "high")):
        return False
    return bool({subject_key(m) for m in f.about} & {subject_key(m) for m in kept.about})
