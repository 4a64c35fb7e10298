"""Figures: golden test documents with hand-written gold, scored for precision and recall.

Every document in ``figures_data/`` (not ``*.tsv``) has its gold in ``figures_gold/<stem>.tsv``
(written before the extractor was tuned) and the names an entity recogniser should find in it
in ``figures_data/<stem>.entities.tsv``. The extractor is given the gazetteer's mentions plus
those names, as the pipeline gives it the gazetteer's and the discovery step's.

Two scores, over the distinct figures of each document:

- **figures**: a figure is right when its (value, unit) is a gold figure's;
- **attachment**: a figure is right when (value, unit, measure, about) are a gold figure's
  (measure exactly, or - the lenient score - the gold measure or a broader/narrower one);
  period agreement (same years) is reported beside it.

Run ``python tests/extract/test_figures.py`` for the full table and the differences.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from medatlas.loaders.document import Document
from medatlas.loaders.extract.figures import extract_figures
from medatlas.loaders.extract.gazetteer import atlas_gazetteer, fold
from medatlas.loaders.extract.measures import MEASURE_BASE, measure_vocabulary
from medatlas.loaders.extract.model import FigureCandidate, Mention
from medatlas.loaders.readers import read_document

HERE = Path(__file__).resolve().parent
DATA = HERE / "figures_data"
GOLD = HERE / "figures_gold"
DOCUMENTS = sorted(p for p in DATA.iterdir() if p.suffix != ".tsv")

# Floors the extractor meets on the documents above (micro-averaged over all of them).
FIGURE_PRECISION_FLOOR = 0.95
FIGURE_RECALL_FLOOR = 0.95
ATTACHMENT_PRECISION_FLOOR = 0.8
ATTACHMENT_RECALL_FLOOR = 0.8
LENIENT_ATTACHMENT_FLOOR = 0.85


# ---- gold and predictions as comparable facts -----------------------------------------------
@dataclass(frozen=True)
class Fact:
    """One figure reduced to what is compared: value, unit, measure, subjects, period."""

    value: str
    unit: str
    measure: str
    about: frozenset[str]
    period: str
    original: str = ""

    @property
    def figure(self) -> tuple[str, str]:
        return (self.value, self.unit)


def read_gold(path: Path) -> list[Fact]:
    """The gold figures of one document (a TSV with a header line)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [
        Fact(
            value=row["value"],
            unit=row["unit"],
            measure=row["measure"],
            about=frozenset(_canonical(n) for n in (row["about"] or "").split(";") if n.strip()),
            period=row["period"] or "",
            original=row["original"],
        )
        for row in rows
    ]


def _canonical(name: str) -> str:
    folded = fold(name).replace(" ", "").replace("《", "").replace("》", "")
    return folded.replace("我国", "中国").replace("'s", "")


@cache
def _labels_by_iri() -> dict[str, frozenset[str]]:
    """Every name of every known thing, so a gold name matches a mention of any of its names."""
    from medatlas.graph.iris import entity_iri
    from medatlas.loaders.atlas import read_atlas

    atlas = read_atlas()
    names: dict[str, set[str]] = {}
    for e in atlas.entities.values():
        names.setdefault(entity_iri(e.id), set()).update(
            _canonical(n) for n in (e.zh, e.en, *e.aliases) if n
        )
    for c in atlas.concepts:
        names.setdefault(c.iri, set()).update(
            _canonical(t) for t, _ in (*c.pref_labels, *c.alt_labels)
        )
    return {iri: frozenset(v) for iri, v in names.items()}


def mention_names(mention: Mention) -> frozenset[str]:
    """The canonical names a mention answers to."""
    names = {_canonical(mention.text)}
    if mention.name:
        names.add(_canonical(mention.name))
    if mention.iri:
        names |= _labels_by_iri().get(mention.iri, frozenset())
    return frozenset(names)


def as_fact(figure: FigureCandidate) -> tuple[Fact, tuple[frozenset[str], ...]]:
    """A predicted figure as a fact, with the names of each of its subjects."""
    unit = figure.unit.rsplit("/", 1)[-1] if figure.unit else ""
    measure = figure.measure.removeprefix(MEASURE_BASE)
    fact = Fact(figure.value, unit, measure, frozenset(), figure.period or "", figure.original)
    return fact, tuple(mention_names(m) for m in _without_scope(figure.about))


def _without_scope(about: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """The subjects, a market's field and place (inside its name) read as the market."""
    markets = [m for m in about if m.cls == "Market"]
    return tuple(
        m
        for m in about
        if m.cls == "Market" or not any(k.start <= m.start and m.end <= k.end for k in markets)
    )


def _overlapping_about(gold: frozenset[str], predicted: tuple[frozenset[str], ...]) -> bool:
    """At least one subject in common, or neither names one (the report is the subject)."""
    if not gold or not predicted:
        return not gold and not predicted
    return any(names & gold for names in predicted)


def _same_about(gold: frozenset[str], predicted: tuple[frozenset[str], ...]) -> bool:
    if len(predicted) != len(gold):
        return False
    return all(any(g in names for names in predicted) for g in gold) and all(
        names & gold for names in predicted
    )


def _measure_ok(gold: str, predicted: str, *, lenient: bool) -> bool:
    if gold == predicted:
        return True
    if not lenient:
        return False
    vocab = measure_vocabulary()
    return vocab.is_a(predicted, gold) or vocab.is_a(gold, predicted)


def _years(period: str) -> tuple[str, ...]:
    """First and last year of a period: '2025-01/2025-03' and '2025' both cover 2025."""
    if not period:
        return ()
    parts = [part[:4] for part in period.split("/")]
    return (parts[0], parts[-1])


@dataclass
class Score:
    """Counts for precision and recall of figures and of their attachment."""

    gold: int = 0
    predicted: int = 0
    figures_right: int = 0
    gold_figures_found: int = 0
    attached_right: int = 0
    gold_attached: int = 0
    lenient_right: int = 0
    gold_lenient: int = 0
    overlap_right: int = 0
    gold_overlap: int = 0
    period_right: int = 0
    period_compared: int = 0

    def add(self, other: Score) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @staticmethod
    def ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def figure_precision(self) -> float:
        return self.ratio(self.figures_right, self.predicted)

    @property
    def figure_recall(self) -> float:
        return self.ratio(self.gold_figures_found, self.gold)

    @property
    def attachment_precision(self) -> float:
        return self.ratio(self.attached_right, self.predicted)

    @property
    def attachment_recall(self) -> float:
        return self.ratio(self.gold_attached, self.gold)

    @property
    def lenient_precision(self) -> float:
        return self.ratio(self.lenient_right, self.predicted)

    @property
    def lenient_recall(self) -> float:
        return self.ratio(self.gold_lenient, self.gold)

    @property
    def overlap_precision(self) -> float:
        return self.ratio(self.overlap_right, self.predicted)

    @property
    def overlap_recall(self) -> float:
        return self.ratio(self.gold_overlap, self.gold)

    @property
    def period_accuracy(self) -> float:
        return self.ratio(self.period_right, self.period_compared)


def score(gold: list[Fact], figures: Iterable[FigureCandidate]) -> tuple[Score, list[str]]:
    """Score distinct predicted figures against gold; return the score and the differences."""
    predicted: dict[tuple, tuple[Fact, tuple[frozenset[str], ...]]] = {}
    for figure in figures:
        fact, about = as_fact(figure)
        key = (
            fact.value,
            fact.unit,
            fact.measure,
            tuple(sorted(tuple(sorted(n)) for n in about)),
            fact.period,
        )
        predicted.setdefault(key, (fact, about))
    s = Score(gold=len(gold), predicted=len(predicted))
    diff: list[str] = []
    gold_figures = {g.figure for g in gold}
    matched_gold: set[int] = set()
    matched_lenient: set[int] = set()
    matched_overlap: set[int] = set()
    for fact, about in predicted.values():
        s.figures_right += fact.figure in gold_figures
        strict = [
            i
            for i, g in enumerate(gold)
            if g.figure == fact.figure
            and _measure_ok(g.measure, fact.measure, lenient=False)
            and _same_about(g.about, about)
        ]
        lenient = [
            i
            for i, g in enumerate(gold)
            if g.figure == fact.figure
            and _measure_ok(g.measure, fact.measure, lenient=True)
            and _same_about(g.about, about)
        ]
        overlap = [
            i
            for i, g in enumerate(gold)
            if g.figure == fact.figure
            and _measure_ok(g.measure, fact.measure, lenient=True)
            and _overlapping_about(g.about, about)
        ]
        s.attached_right += bool(strict)
        s.lenient_right += bool(lenient)
        s.overlap_right += bool(overlap)
        matched_gold.update(strict)
        matched_lenient.update(lenient)
        matched_overlap.update(overlap)
        for i in lenient[:1]:
            s.period_compared += 1
            s.period_right += _years(gold[i].period) == _years(fact.period)
            if _years(gold[i].period) != _years(fact.period):
                diff.append(
                    f"  period   {fact.original!r}: got {fact.period!r}, gold {gold[i].period!r}"
                )
        if fact.figure not in gold_figures:
            diff.append(f"  extra    {fact.original!r} = {fact.value} {fact.unit}")
        elif not lenient:
            names = [sorted(n)[0] if n else "?" for n in about]
            diff.append(
                f"  attach   {fact.original!r} {fact.value} {fact.unit}: got {fact.measure} "
                f"about {names}"
            )
        elif not strict:
            diff.append(f"  measure~ {fact.original!r}: got {fact.measure} (lenient match)")
    found_figures = {fact.figure for fact, _ in predicted.values()}
    s.gold_figures_found = sum(g.figure in found_figures for g in gold)
    s.gold_attached = len(matched_gold)
    s.gold_lenient = len(matched_lenient)
    s.gold_overlap = len(matched_overlap)
    for i, g in enumerate(gold):
        if g.figure not in found_figures:
            diff.append(f"  missing  {g.original!r} = {g.value} {g.unit} ({g.measure})")
        elif i not in matched_lenient:
            diff.append(
                f"  gold     {g.original!r}: {g.measure} about {sorted(g.about)} {g.period!r}"
            )
    return s, diff


# ---- inputs: the documents and the mentions the extractor is given ---------------------------
def oracle_mentions(document: Document, path: Path) -> list[Mention]:
    """The gazetteer's mentions plus every occurrence of the document's listed entity names."""
    listed = path.with_suffix("").with_name(path.stem + ".entities.tsv")
    with listed.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    found: list[Mention] = []
    for row in sorted(rows, key=lambda r: -len(r["name"])):
        name = row["name"]
        at = document.text.find(name)
        while at >= 0:
            end = at + len(name)
            if not any(m.start < end and at < m.end for m in found):
                found.append(Mention(at, end, name, row["class"], 0.9, "oracle", name=name))
            at = document.text.find(name, end)
    gazetteer = [
        m
        for m in atlas_gazetteer().find(document.text)
        if not any(o.start < m.end and m.start < o.end for o in found)
    ]
    return sorted(found + gazetteer)


@cache
def _extracted(path: Path) -> tuple[FigureCandidate, ...]:
    document = read_document(path)
    return tuple(extract_figures(document, oracle_mentions(document, path)))


def evaluate(paths: Iterable[Path]) -> tuple[Score, dict[str, tuple[Score, list[str]]]]:
    """Score every document; return the micro-averaged score and each document's."""
    total = Score()
    per_doc = {}
    for path in paths:
        s, diff = score(read_gold(GOLD / f"{path.stem}.tsv"), _extracted(path))
        total.add(s)
        per_doc[path.name] = (s, diff)
    return total, per_doc


# ---- the five corpus reports, against the curated atlas's observations -----------------------
@dataclass(frozen=True)
class CuratedFact:
    """A curated observation: value and unit normalised, measure slug, subjects as IRIs."""

    value: str
    unit: str
    measure: str
    about: frozenset[str]
    period: str
    original: str

    @property
    def figure(self) -> tuple[str, str]:
        return (self.value, self.unit)


@cache
def _atlas():
    from medatlas.loaders.atlas import read_atlas

    return read_atlas()


@cache
def _measure_slugs() -> dict[str, str]:
    from medatlas.graph.vocabulary import read_concepts

    return {
        text: c.iri.removeprefix(MEASURE_BASE)
        for c in read_concepts()
        if c.cls == "Measure"
        for text, _ in (*c.pref_labels, *c.alt_labels)
    }


@cache
def _classes() -> dict[str, str]:
    from medatlas.graph.iris import entity_iri

    atlas = _atlas()
    classes = {entity_iri(e.id): e.type for e in atlas.entities.values()}
    classes.update({c.iri: c.cls for c in atlas.concepts})
    return classes


def curated_gold(source: str) -> tuple[list[CuratedFact], list[str]]:
    """The curated observations of one corpus report, and those that could not be read."""
    from medatlas.loaders.atlas import resolve
    from medatlas.loaders.units import UnitError, normalise_amount

    atlas = _atlas()
    facts, skipped = [], []
    for _file, src, obs in atlas.observations:
        if src != source:
            continue
        slug = _measure_slugs().get(str(obs["measure"]))
        try:
            value, unit = normalise_amount(obs["value"], str(obs["unit"]))
        except UnitError:
            slug = None
        if slug is None:
            skipped.append(f"{obs['measure']} {obs['value']} {obs['unit']}")
            continue
        facts.append(
            CuratedFact(
                value=value,
                unit=unit.rsplit("/", 1)[-1],
                measure=slug,
                about=frozenset(resolve(atlas, str(ref)) for ref in obs["about"]),
                period=str(obs.get("period") or ""),
                original=str(obs.get("original") or obs["value"]),
            )
        )
    return facts, skipped


def pipeline_mentions(document: Document) -> list[Mention]:
    """What the pipeline gives the figure step: the gazetteer's and the discovered mentions."""
    from medatlas.loaders.extract.entities import discover_entities

    known = atlas_gazetteer().find(document.text)
    found = discover_entities(document, known)
    taken = [(m.start, m.end) for m in known]
    merged = list(known)
    for m in found:
        if not any(m.start < e and s < m.end for s, e in taken):
            merged.append(m)
            taken.append((m.start, m.end))
    return sorted(merged)


def _curated_subjects(gold: frozenset[str], about: tuple[Mention, ...]) -> list[set[str]]:
    """For each subject of a figure, the curated subjects it names (a market may name several)."""
    from medatlas.loaders.linking import link

    labels = _labels_by_iri()
    named = []
    for m in about:
        if m.cls == "Market":
            market = _canonical(m.name or m.text)
            named.append(
                {iri for iri in gold if any(n and n in market for n in labels.get(iri, ()))}
            )
        else:
            named.append({link(m, _atlas().names)})
    return named


def _report_level(about: tuple[Mention, ...]) -> bool:
    """No subject, or only the report itself (the document's title, under whatever name)."""
    return all(m.cls == "Report" for m in about)


def _curated_overlap(gold: frozenset[str], about: tuple[Mention, ...]) -> bool:
    """At least one curated subject named, or a report-level figure left for the report."""
    if all(_classes().get(iri) == "Report" for iri in gold):
        return _report_level(about) or any(item & gold for item in _curated_subjects(gold, about))
    return any(item & gold for item in _curated_subjects(gold, about))


def _curated_about_ok(gold: frozenset[str], about: tuple[Mention, ...]) -> bool:
    """Do the figure's subjects name the curated ones?

    A curated subject that is a report (the survey a statistic comes from) is what the
    pipeline attaches to a figure without subjects. A market the extractor names
    (``中国AI医疗市场``) stands for the curated region and segment its name holds.
    """
    from medatlas.loaders.linking import link

    atlas = _atlas()
    classes = _classes()
    labels = _labels_by_iri()
    if all(classes.get(iri) == "Report" for iri in gold) and _report_level(about):
        return True
    linked = []
    for m in about:
        if m.cls == "Market":
            market = _canonical(m.name or m.text)
            covered = {iri for iri in gold if any(n and n in market for n in labels.get(iri, ()))}
            if not covered:
                return False
            linked.append(covered)
        else:
            linked.append({link(m, atlas.names)})
    found = set().union(*linked) if linked else set()
    return all(item & gold for item in linked) and gold <= found


def score_curated(
    gold: list[CuratedFact], figures: Iterable[FigureCandidate]
) -> tuple[Score, list[str]]:
    """Like :func:`score`, against curated observations (subjects compared as IRIs)."""
    predicted = {}
    for figure in figures:
        fact, _ = as_fact(figure)
        about = _without_scope(figure.about)
        key = (fact.value, fact.unit, fact.measure, tuple(sorted(m.text for m in about)))
        predicted.setdefault(key, (fact, about))
    s = Score(gold=len(gold), predicted=len(predicted))
    diff: list[str] = []
    gold_figures = {g.figure for g in gold}
    strict_gold: set[int] = set()
    lenient_gold: set[int] = set()
    overlap_gold: set[int] = set()
    for fact, about in predicted.values():
        s.figures_right += fact.figure in gold_figures
        same = [i for i, g in enumerate(gold) if g.figure == fact.figure]
        attached = [i for i in same if _curated_about_ok(gold[i].about, about)]
        strict = [i for i in attached if gold[i].measure == fact.measure]
        lenient = [i for i in attached if _measure_ok(gold[i].measure, fact.measure, lenient=True)]
        overlap = [
            i
            for i in same
            if _curated_overlap(gold[i].about, about)
            and _measure_ok(gold[i].measure, fact.measure, lenient=True)
        ]
        s.attached_right += bool(strict)
        s.lenient_right += bool(lenient)
        s.overlap_right += bool(overlap)
        strict_gold.update(strict)
        lenient_gold.update(lenient)
        overlap_gold.update(overlap)
        for i in lenient[:1]:
            s.period_compared += 1
            s.period_right += _years(gold[i].period) == _years(fact.period)
        if not same:
            diff.append(f"  extra    {fact.original!r} = {fact.value} {fact.unit} {fact.measure}")
        elif not lenient:
            curated = [(gold[i].measure, sorted(gold[i].about)) for i in same][:2]
            diff.append(
                f"  attach   {fact.original!r}: got {fact.measure} about "
                f"{[m.text for m in about]}; curated {curated}"
            )
    found_figures = {fact.figure for fact, _ in predicted.values()}
    s.gold_figures_found = sum(g.figure in found_figures for g in gold)
    s.gold_attached = len(strict_gold)
    s.gold_lenient = len(lenient_gold)
    s.gold_overlap = len(overlap_gold)
    for g in gold:
        if g.figure not in found_figures:
            diff.append(f"  missing  {g.original!r} = {g.value} {g.unit} ({g.measure})")
    return s, diff


@cache
def _corpus_extracted(path: Path) -> tuple[FigureCandidate, ...]:
    document = read_document(path)
    return tuple(extract_figures(document, pipeline_mentions(document)))


def evaluate_corpus(corpus: Path) -> tuple[Score, dict[str, tuple[Score, list[str]]]]:
    """Score the five reports against the curated observations (recall is what counts here:
    the atlas does not list every figure a report states, so precision is a floor)."""
    total = Score()
    per_doc = {}
    for path in sorted(corpus.glob("*.txt")):
        gold, skipped = curated_gold(path.name)
        s, diff = score_curated(gold, _corpus_extracted(path))
        total.add(s)
        per_doc[path.name] = (s, diff + [f"  unread   {x}" for x in skipped])
    return total, per_doc


# ---- tests --------------------------------------------------------------------------------------
def test_every_document_has_gold_and_entity_list() -> None:
    assert len(DOCUMENTS) >= 6
    for path in DOCUMENTS:
        assert (GOLD / f"{path.stem}.tsv").is_file(), f"no gold for {path.name}"
        assert path.with_name(path.stem + ".entities.tsv").is_file(), f"no entities for {path.name}"


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_figures_are_valid_candidates(path: Path) -> None:
    """Every figure cites a span of its document that holds its written form."""
    document = read_document(path)
    vocab = measure_vocabulary()
    for figure in _extracted(path):
        assert figure.measure.removeprefix(MEASURE_BASE) in vocab.parent, figure
        assert figure.unit and figure.unit.startswith("http://qudt.org/vocab/"), figure
        evidence = document.text[figure.start : figure.end]
        assert figure.original in evidence, (figure.original, evidence)
        assert 0 < figure.confidence <= 1
        for mention in figure.about:
            assert document.text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_document_recall(path: Path) -> None:
    """Each document on its own: most of its gold figures are found (value and unit)."""
    s, diff = score(read_gold(GOLD / f"{path.stem}.tsv"), _extracted(path))
    assert s.figure_recall >= 0.75, "\n".join(diff)


def test_precision_and_recall_floors() -> None:
    total, per_doc = evaluate(DOCUMENTS)
    report = _report(total, per_doc)
    assert total.figure_precision >= FIGURE_PRECISION_FLOOR, report
    assert total.figure_recall >= FIGURE_RECALL_FLOOR, report
    assert total.attachment_precision >= ATTACHMENT_PRECISION_FLOOR, report
    assert total.attachment_recall >= ATTACHMENT_RECALL_FLOOR, report
    assert total.lenient_recall >= LENIENT_ATTACHMENT_FLOOR, report


@pytest.fixture(scope="module")
def corpus_scores(corpus_dir: Path) -> tuple[Score, dict[str, tuple[Score, list[str]]]]:
    return evaluate_corpus(corpus_dir)


def test_corpus_reports_have_curated_observations(corpus_dir: Path) -> None:
    """The corpus is scored against the curated atlas; it must hold observations to score."""
    for path in sorted(corpus_dir.glob("*.txt")):
        gold, skipped = curated_gold(path.name)
        assert gold, f"no curated observations for {path.name}"
        assert len(skipped) <= len(gold) // 10, skipped


def test_corpus_floors(corpus_scores) -> None:
    """On the five reports (the gazetteer knows their names): figures found, and attached.

    Precision is a floor here: the curated atlas does not list every figure a report states.
    """
    total, per_doc = corpus_scores
    report = _report(total, per_doc)
    assert total.figure_precision >= 0.95, report
    assert total.figure_recall >= 0.9, report
    assert total.overlap_recall >= 0.65, report
    assert total.overlap_precision >= 0.65, report


def test_fast_fold_is_the_gazetteer_fold(corpus_texts: dict[str, str]) -> None:
    """The figure steps' table-driven fold keeps offsets and agrees with the gazetteer's."""
    from medatlas.loaders.extract import gazetteer
    from medatlas.loaders.extract.folding import fold as fast_fold

    texts = [*corpus_texts.values(), *(read_document(p).text for p in DOCUMENTS)]
    for text in [*texts, "ＮＶＩＤＩＡ ７０％ İstanbul ẞ ＡＢＣ"]:
        assert fast_fold(text) == gazetteer.fold(text)


# ---- one rule each: documents written in the test ---------------------------------------------
def _figures(text: str) -> list[FigureCandidate]:
    from medatlas.loaders.readers.text import read_text

    document = read_text(Path("inline.txt"), text.encode("utf-8"))
    return extract_figures(document, atlas_gazetteer().find(document.text))


def _slug(figure: FigureCandidate) -> str:
    return figure.measure.removeprefix(MEASURE_BASE)


@pytest.mark.parametrize(
    "text",
    [
        "2024年11月，国家卫生健康委发布了指引。",
        "GPT-4 与 Llama 3 均已开源，版本 3.1 于 2025-01-07 发布。",
        "联系电话：010-8888 6666；第3章，共28页。",
        "1. 数据分析\n2. 临床决策支持\n3. 医学影像",
        "The EU AI Act entered into force on 1 August 2024; see page 12 and ISBN 978-1-2.",
        "5G、3D 打印与 COVID-19 疫情之后，Top 10 榜单在第 2 季度公布。",
    ],
)
def test_numbers_without_unit_or_cue_are_not_figures(text: str) -> None:
    assert _figures(text) == []


def test_range_gives_low_and_high() -> None:
    figures = _figures("临床决策支持的采用率为42%-57%。")
    assert sorted((f.value, f.method.rsplit(".", 1)[-1]) for f in figures) == [
        ("42", "range-low"),
        ("57", "range-high"),
    ]
    assert {f.original for f in figures} == {"42%-57%"}


def test_before_and_after_keep_their_periods() -> None:
    figures = _figures("Generative AI adoption rose from 19% in 2024 to 41% in 2025.")
    periods = {f.value: f.period for f in figures}
    assert periods == {"19": "2024", "41": "2025"}
    assert {_slug(f) for f in figures} == {"generative-ai-adoption-rate"}


def test_market_size_normalised_with_market_and_years() -> None:
    figures = _figures(
        "2020 年我国AI 医疗市场规模约为 66 亿元，预计 2020-2025 年 CAGR 为 39.4%，"
        "到 2025 年增长至 349 亿元。"
    )
    by_value = {f.value: f for f in figures}
    assert by_value["6600000000"].unit == "http://qudt.org/vocab/currency/CNY"
    assert _slug(by_value["39.4"]) == "cagr" and by_value["39.4"].period == "2020/2025"
    assert by_value["34900000000"].period == "2025"
    for figure in figures:
        assert figure.about[0].cls == "Market", figure


def test_a_market_figure_is_also_about_the_field_and_place_its_name_holds() -> None:
    (size,) = _figures("2023年全球医疗AI市场规模突破150亿美元。")
    assert (size.about[0].cls, size.about[0].text) == ("Market", "全球医疗AI市场")
    assert {(m.cls, m.text[:4]) for m in size.about[1:]} == {
        ("Region", "全球"),
        ("Segment", "医疗AI"),
    }
    # a field named beside the market, not inside its name, is not its scope
    (other,) = _figures("在医学影像领域，2023年中国手术机器人市场规模为40亿元。")
    assert "医学影像" not in {m.text for m in other.about}


def test_a_field_no_list_knows_is_named_from_its_market() -> None:
    (size,) = _figures("据本联盟测算，2025年我国检验AI市场规模达到18.6亿元。")
    fields = [m for m in size.about if m.cls == "Segment"]
    assert [m.text for m in fields] == ["检验AI"]
    assert not any(m.text == "AI" for m in size.about)  # the generic AI is no field
    (english,) = _figures("The global clinical laboratory AI market was valued at $1.42 billion.")
    assert "clinical laboratory AI" in {m.text for m in english.about if m.cls == "Segment"}


def test_a_share_beside_a_market_s_size_is_a_market_share() -> None:
    figures = _figures("从结构上看，智能理赔是最大的细分市场，2024年规模为84.4亿元，占39%。")
    assert {f.value: _slug(f) for f in figures}["39"] == "market-share"
    survey = _figures("调查显示，39%的受访机构表示预算将增加，平均预算为84万元。")
    assert {f.value: _slug(f) for f in survey}["39"] != "market-share"
    revenue = _figures("预计甲乙科技标准化产品收入占比将提升至45%，医疗数据市场规模将突破150亿元。")
    assert {f.value: _slug(f) for f in revenue}["45"] != "market-share"


def test_percentage_points_and_falls() -> None:
    figures = _figures("整体采用率较上年提升7个百分点；融资总额同比下降12%。")
    slugs = {f.value: _slug(f) for f in figures}
    assert slugs == {"7": "percentage-point-change", "-12": "growth-rate"}


def test_a_threshold_inside_a_survey_share_is_not_a_figure() -> None:
    figures = _figures("44%的管理层表示AI带来的营收增长超过10%。")
    assert [f.value for f in figures] == ["44"]


def test_source_and_investors_are_not_subjects() -> None:
    figures = _figures("据弗若斯特沙利文测算，医渡科技完成8亿元D轮融资，本轮由中金资本领投。")
    (figure,) = figures
    assert figure.value == "800000000"
    names = [m.text for m in figure.about]
    assert "弗若斯特沙利文" not in names and "中金资本" not in names


def test_table_of_rates_gives_one_figure_per_row_about_its_label() -> None:
    table = "细分领域\t采用率\n数字医疗\t78%\n医疗技术\t74%\n"
    figures = _figures(table)
    assert {(f.value, tuple(m.text for m in f.about)) for f in figures} == {
        ("78", ("数字医疗",)),
        ("74", ("医疗技术",)),
    }
    assert {_slug(f) for f in figures} == {"adoption-rate"}


# ---- layout, report subjects, tables and markets (issue #3) ------------------------------------
def _document(paragraphs: list[str], *, title: str | None = None) -> Document:
    """A document of the given paragraphs (a PDF keeps its line breaks inside them)."""
    from medatlas.loaders.document import Metadata, join_blocks

    text, blocks = join_blocks([("paragraph", p, None, None) for p in paragraphs])
    return Document(
        name="inline.pdf",
        path=Path("inline.pdf"),
        format="pdf",
        encoding=None,
        sha256="0" * 64,
        text=text,
        blocks=blocks,
        metadata=Metadata(title=title),
    )


def _named(document: Document, names: dict[str, str]) -> list[Mention]:
    """Mentions of every occurrence of the given names (name -> class), as discovery gives."""
    found = []
    for name, cls in names.items():
        at = document.text.find(name)
        while at >= 0:
            found.append(Mention(at, at + len(name), name, cls, 0.9, "test", name=name))
            at = document.text.find(name, at + len(name))
    return sorted(found)


def _about(figure: FigureCandidate) -> list[str]:
    return [m.name or m.text for m in figure.about]


def test_a_line_the_page_wrapped_does_not_end_the_sentence() -> None:
    document = _document(
        [
            "咨询机构寰宇智库预计，到2029年国内睡眠医学AI市场\n规模将达到64亿元，年复合增长率为31.5%。"
        ]
    )
    figures = extract_figures(document, _named(document, {"寰宇智库": "Company"}))
    slugs = {f.value: _slug(f) for f in figures}
    assert slugs == {"6400000000": "forecast-market-size", "31.5": "cagr"}
    for figure in figures:
        assert _about(figure) == ["中国睡眠医学AI市场"] or "睡眠医学AI市场" in _about(figure)[0]


def test_a_short_line_still_ends_where_its_writer_ended_it() -> None:
    document = _document(["要点一\n覆盖医院120家"])
    from medatlas.loaders.extract.figure_layout import unwrap_lines

    assert unwrap_lines(document).document.text == document.text


def test_a_figure_without_subject_is_about_the_report_of_the_title() -> None:
    title = "2026 Survey of Rural Pharmacists"
    document = _document(
        [title, "We surveyed 860 clinicians in rural areas. 64% want clearer rules on AI tools."],
        title=title,
    )
    mentions = _named(document, {title: "Report"})
    figures = {f.value: f for f in extract_figures(document, mentions)}
    assert _about(figures["860"]) == [title]
    assert _about(figures["64"]) == [title]
    assert _slug(figures["64"]) == "share-of-respondents"


@pytest.mark.parametrize(
    "lead",
    [
        "本文基于Kestrel发布的《Clinic Pulse 2026》报告整理。",
        "Kestrel的《Clinic Pulse 2026》调查报告显示，基层诊所正在加速采用AI。",
        "According to the Clinic Pulse 2026 survey by Kestrel, clinics are adopting AI.",
    ],
)
def test_a_digest_passes_on_the_statistics_of_the_one_survey_it_cites(lead: str) -> None:
    title = "基层诊所AI应用观察"
    document = _document([title, lead, "64%的受访者表示已在使用AI工具。"], title=title)
    names = {title: "Report", "Clinic Pulse 2026": "Report"}
    (figure,) = extract_figures(document, _named(document, names))
    assert _about(figure) == ["受访者", "Clinic Pulse 2026"]  # who was asked, and the survey


@pytest.mark.parametrize(
    "lead",
    [
        # two reports cited: the choice is open, the document keeps its own figures
        "本文参考了《Clinic Pulse 2026》报告和《Rural Care Index》报告。",
        # a report named, not cited as a source
        "去年我们曾与《Clinic Pulse 2026》的作者交流。",
        # one source of several in a source line: the document's own sums come first
        "数据来源：岚衡咨询测算；国家卫健委《Clinic Pulse 2026》",
    ],
)
def test_a_report_named_without_being_the_one_source_does_not_take_the_figures(lead: str) -> None:
    title = "基层诊所AI应用观察"
    document = _document([title, lead, "64%的受访者表示已在使用AI工具。"], title=title)
    names = {title: "Report", "《Clinic Pulse 2026》": "Report", "《Rural Care Index》": "Report"}
    (figure,) = extract_figures(document, _named(document, names))
    assert _about(figure) == ["受访者", title]


def test_a_case_study_figure_without_subject_is_about_the_organisation_of_the_title() -> None:
    title = "Case Study: Remote Triage at Westbrook Valley Hospital"
    document = _document(
        [
            title,
            "Westbrook Valley Hospital serves a rural county.",
            "Median wait fell to 18 minutes; 71% of calls were resolved remotely.",
        ],
        title=title,
    )
    mentions = _named(document, {title: "Report", "Westbrook Valley Hospital": "Hospital"})
    figures = {f.value: f for f in extract_figures(document, mentions)}
    assert _about(figures["71"]) == ["Westbrook Valley Hospital"]


def test_a_table_of_dated_rounds_is_about_the_companies_and_measures_the_amount_raised() -> None:
    figures = _figures(
        "日期\t公司\t轮次\t金额（亿元）\n2025-04-02\t青岚医智\tA轮\t1.2\n2025-05-19\t澄湖数科\tB轮\t3.5\n"
    )
    got = {(f.value, tuple(_about(f)), _slug(f), f.period) for f in figures}
    assert got == {
        ("120000000", ("青岚医智",), "financing-amount", "2025-04-02"),
        ("350000000", ("澄湖数科",), "financing-amount", "2025-05-19"),
    }


def test_a_row_label_declares_the_unit_of_its_durations() -> None:
    figures = _figures("指标\t上线前\t上线后\n每份报告耗时（分钟）\t14\t6\n")
    assert {(f.value, f.unit.rsplit("/", 1)[-1]) for f in figures} == {("14", "MIN"), ("6", "MIN")}
    assert all(m for m in (_slug(f) for f in figures))


def test_a_table_flattened_cell_by_cell_is_read_row_by_row() -> None:
    cells = ["厂商", "主打产品", "签约医院数", "2024年市场份额"]
    rows = [
        ("青岚医智", "青岚影像云", "210", "8.2%"),
        ("澄湖数科", "澄湖问诊", "95", "4.1%"),
        ("北辰智医", "北辰病理", "60", "2.7%"),
    ]
    for row in rows:
        cells += list(row)
    document = _document(["下表列出主要厂商。", *cells, "以上数据来自公开资料。"])
    names = {name: "Company" for name, *_ in rows}
    figures = extract_figures(document, _named(document, names))
    got = {(f.value, tuple(_about(f)), _slug(f)) for f in figures}
    assert got == {
        ("210", ("青岚医智",), "number-of-hospitals"),
        ("8.2", ("青岚医智",), "market-share"),
        ("95", ("澄湖数科",), "number-of-hospitals"),
        ("4.1", ("澄湖数科",), "market-share"),
        ("60", ("北辰智医",), "number-of-hospitals"),
        ("2.7", ("北辰智医",), "market-share"),
    }


def test_the_market_for_x_and_a_market_referred_back_to() -> None:
    figures = _figures(
        "The global market for sleep apnea software reached USD 2.1 billion in 2024. "
        "We project it to grow to USD 3.4 billion by 2028."
    )
    by_value = {f.value: f for f in figures}
    # the market, and the field it is the market of
    assert "sleep apnea software market" in _about(by_value["2100000000"])
    assert "sleep apnea software" in _about(by_value["2100000000"])
    assert _about(by_value["3400000000"]) == ["sleep apnea software market", "sleep apnea software"]
    assert _slug(by_value["3400000000"]) in ("market-size", "forecast-market-size")


def test_a_chinese_market_name_may_hold_a_stop_character_inside_a_word() -> None:
    figures = _figures("2024年中国康复数据服务市场规模约为19亿元。")
    (figure,) = figures
    assert _about(figure)[0] == "中国康复数据服务市场"


def test_a_chinese_market_name_may_join_two_fields() -> None:
    (figure,) = _figures("我们测算，2025年中国急诊与重症医学AI市场规模为12.4亿元。")
    assert _about(figure)[0] == "中国急诊与重症医学AI市场"


def test_a_market_after_who_and_is_not_joined_to_them() -> None:
    (figure,) = _figures("2025年医院和AI医疗市场规模合计约12.4亿元。")
    assert "医院和AI医疗市场" not in _about(figure)


@pytest.mark.parametrize(
    "text",
    [
        "明川研究院预计，2027年全国眼科AI市场规模将达到40亿元。",
        "Analysts at Fernhill Partners estimate that dental AI startups raised USD 900 million.",
    ],
)
def test_a_forecaster_is_a_source_not_a_subject(text: str) -> None:
    document = _document([text])
    names = {"明川研究院": "Company", "Fernhill Partners": "Company"}
    (figure,) = extract_figures(document, _named(document, names))
    assert not {"明川研究院", "Fernhill Partners"} & set(_about(figure))


def test_funding_events_and_their_total_in_a_chinese_roundup() -> None:
    figures = _figures("本月国内康复AI领域共披露融资及并购事件9起，披露金额合计约8.4亿元。")
    assert {f.value: _slug(f) for f in figures} == {
        "9": "number-of-financing-deals",
        "840000000": "financing-amount",
    }


def test_a_share_heading_its_clause_with_a_verb_of_people_is_a_survey_share() -> None:
    figures = _figures("Only 37% said their hospital audits AI tools; 52% want national rules.")
    assert {f.value: _slug(f) for f in figures} == {
        "37": "share-of-respondents",
        "52": "share-of-respondents",
    }


def test_a_sector_aggregate_without_subject_is_about_the_segment_of_the_title() -> None:
    title = "Healthcare AI Funding Monitor, Spring Edition"
    document = _document(
        [title, "Investors backed healthcare AI firms again. We counted 41 deals this spring."],
        title=title,
    )
    mentions = sorted(
        [*_named(document, {title: "Report"}), *atlas_gazetteer().find(document.text)]
    )
    figures = {f.value: f for f in extract_figures(document, mentions)}
    assert _slug(figures["41"]) == "number-of-financing-deals"
    assert [m.cls for m in figures["41"].about] == ["Segment"]


def test_a_figure_restated_in_translation_is_one_figure() -> None:
    document = _document(
        [
            "EN: Brightwell said 27 hospitals had adopted LumaScribe by March 2025.",
            "中文：截至2025年3月，已有27家医院采用LumaScribe。",
        ]
    )
    names = {"Brightwell": "Company", "LumaScribe": "Product"}
    figures = extract_figures(document, _named(document, names))
    assert [(f.value, _slug(f)) for f in figures] == [("27", "number-of-hospitals")]


def test_a_valuation_in_a_sentence_about_a_round_stays_a_valuation() -> None:
    figures = _figures("Corvane's Series C valued the company at about USD 1.2 billion.")
    assert [_slug(f) for f in figures] == ["monetary-measure"]


def test_answers_listed_with_their_shares_are_shares_of_respondents() -> None:
    document = _document(
        ["The most cited barriers were licence cost (44%), staff time (39%) and data (21%)."]
    )
    figures = extract_figures(document, atlas_gazetteer().find(document.text))
    assert {f.value: _slug(f) for f in figures} == dict.fromkeys(
        ("44", "39", "21"), "share-of-respondents"
    )
    assert all(not f.about for f in figures)


def test_among_them_is_not_a_pronoun_for_the_last_company() -> None:
    document = _document(
        [
            "澄湖数科完成A轮融资。",
            "本季度累计披露融资事件25起，其中单笔金额过亿元的事件6起。",
        ]
    )
    figures = {
        f.value: f for f in extract_figures(document, _named(document, {"澄湖数科": "Company"}))
    }
    assert "澄湖数科" not in _about(figures["6"])


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("The startup now employs more than 300 people in two cities.", "headcount"),
        ("该平台已汇聚超过800万份电子健康档案。", "dataset-size"),
        ("公司目前已与超过15家药企建立合作。", "number-of-organizations"),
        ("产品已覆盖全国25个省份。", "number-of-regions"),
        ("The study drew on 52 interviews with hospitals and insurers.", "count"),
    ],
)
def test_what_a_count_counts(text: str, slug: str) -> None:
    (figure,) = _figures(text)
    assert _slug(figure) == slug


# ---- generalising rules found on the second development set (benchmarks/dev2) --------------


def test_a_forecast_of_a_year_before_the_report_is_that_year_s_market_size() -> None:
    from dataclasses import replace as _replace

    from medatlas.loaders.document import Metadata

    document = _document(["我们预计2025年国内手术导航AI市场规模为58亿元，2028年将达到120亿元。"])
    document = _replace(document, metadata=Metadata(date="2026-03-02"))
    figures = {f.value: f for f in extract_figures(document, [])}
    assert _slug(figures["5800000000"]) == "market-size"
    assert _slug(figures["12000000000"]) == "forecast-market-size"


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        (
            "After go-live, nurses at Eastvale Clinic completed 18% more triage calls a shift.",
            "relative-increase",
        ),
        (
            "Wards using the alert tool recorded 30% fewer falls than the others.",
            "relative-reduction",
        ),
    ],
)
def test_a_comparative_after_a_percentage_makes_it_a_change(text: str, slug: str) -> None:
    assert [_slug(f) for f in _figures(text)] == [slug]


def test_the_company_after_a_year_is_the_last_company_named() -> None:
    document = _document(
        ["青禾医疗成立于2017年，并与远山医院共建实验室。", "2024年公司营业收入为3.1亿元。"]
    )
    names = {"青禾医疗": "Company", "远山医院": "Hospital"}
    [figure] = extract_figures(document, _named(document, names))
    assert _about(figure) == ["青禾医疗"]


def test_the_regulator_that_granted_what_a_clause_counts_is_not_its_subject() -> None:
    document = _document(
        ["青禾医疗成立于2017年。", "截至2025年6月，公司累计获得国家药监局三类注册证5张。"]
    )
    names = {"青禾医疗": "Company", "国家药监局": "GovernmentBody"}
    [figure] = extract_figures(document, _named(document, names))
    assert _about(figure) == ["青禾医疗"]


def test_a_tool_s_reading_time_is_about_the_tool_not_its_maker() -> None:
    document = _document(
        [
            "At the forum Dr. Wen presented OrbitRead, a fracture model built with Calloway Labs. "
            "Reading time per scan fell from 9 minutes to 2 minutes."
        ]
    )
    names = {"OrbitRead": "AIModel", "Calloway Labs": "Company"}
    figures = extract_figures(document, _named(document, names))
    assert {f.value: _about(f) for f in figures} == {"9": ["OrbitRead"], "2": ["OrbitRead"]}


def test_an_undated_restatement_of_a_dated_figure_is_one_figure() -> None:
    document = _document(
        [
            "At Eastvale Clinic the median report turnaround was 47 minutes in 2023.",
            "Eastvale Clinic cut that median report turnaround of 47 minutes with a new tool.",
        ]
    )
    figures = extract_figures(document, _named(document, {"Eastvale Clinic": "Hospital"}))
    assert [(f.value, f.period) for f in figures if f.value == "47"] == [("47", "2023")]


def test_agreement_with_a_reference_reader_is_an_accuracy() -> None:
    figures = _figures("Agreement with senior pathologists reached 91% in the pilot.")
    assert [_slug(f) for f in figures] == ["accuracy"]


def test_a_count_after_at_least_counts_the_noun_before_it() -> None:
    figures = _figures("项目要求培训基层医生不少于300人。")
    assert [(f.value, _slug(f)) for f in figures] == [("300", "number-of-physicians")]


def test_the_alliance_is_the_alliance_named_before() -> None:
    document = _document(
        [
            "The Westbrook Imaging Alliance met in Leeds with Fernlow Partners.",
            "The alliance now has 54 member hospitals.",
        ]
    )
    names = {"Westbrook Imaging Alliance": "Association", "Fernlow Partners": "Company"}
    [figure] = extract_figures(document, _named(document, names))
    assert _about(figure) == ["Westbrook Imaging Alliance"]


def test_a_body_called_by_its_last_word_is_the_body_named_in_full() -> None:
    document = _document(
        [
            "The Calder Medicines Agency regulates devices.",
            "In 2025 the Agency granted 12 approvals for AI software.",
        ]
    )
    names = {"Calder Medicines Agency": "GovernmentBody", "Agency": "Organization"}
    figures = extract_figures(document, _named(document, names))
    assert [_about(f) for f in figures if f.value == "12"] == [["Calder Medicines Agency"]]


def _report(total: Score, per_doc: dict[str, tuple[Score, list[str]]]) -> str:
    lines = [
        f"{'document':26} {'gold':>4} {'pred':>4}  figures    exact      lenient    overlap"
        "    period",
    ]
    for name, (s, _) in per_doc.items():
        lines.append(_row(name, s))
    lines.append(_row("ALL", total))
    for name, (_, diff) in per_doc.items():
        if diff:
            lines.append(name)
            lines.extend(diff)
    return "\n".join(lines)


def _row(name: str, s: Score) -> str:
    pairs = (
        (s.figure_precision, s.figure_recall),
        (s.attachment_precision, s.attachment_recall),
        (s.lenient_precision, s.lenient_recall),
        (s.overlap_precision, s.overlap_recall),
    )
    cells = "  ".join(f"{p:.2f}/{r:.2f}" for p, r in pairs)
    return f"{name:26} {s.gold:4d} {s.predicted:4d}  {cells}  {s.period_accuracy:.2f}"


if __name__ == "__main__":
    total, per_doc = evaluate(DOCUMENTS)
    print(_report(total, per_doc))
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[2] / "shared" / "corpus"
    if corpus.is_dir():
        print()
        total, per_doc = evaluate_corpus(corpus)
        print(_report(total, per_doc))
