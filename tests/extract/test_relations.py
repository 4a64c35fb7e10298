"""Relation extraction: golden relations for test reports we wrote, the corpus, and behaviours.

Test reports live in ``relations_data/`` (``<doc>.<ext>`` and ``<doc>.names.tsv``, the names a
small test gazetteer knows: name, class, aliases), their gold relations in
``relations_gold/<doc>.tsv`` (subject, predicate, object name or ISO date). Mentions come from
that gazetteer plus the vocabulary concepts, so these tests do not depend on entity discovery.
Reports named ``heldout*`` were written in three rounds after the extractor, each measured
once before any change it prompted (first-contact numbers in ``relations_gold/README.md``).

Run ``python tests/extract/test_relations.py`` for the precision/recall tables.
"""

from __future__ import annotations

import csv
import doctest
import functools
import importlib
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from medatlas.loaders.atlas import RELATIONS, read_atlas, resolve
from medatlas.loaders.document import Document
from medatlas.loaders.extract.columns import column_role, split_names
from medatlas.loaders.extract.gazetteer import (
    Gazetteer,
    GazetteerEntry,
    atlas_gazetteer,
    fold,
)
from medatlas.loaders.extract.model import Mention, RelationCandidate
from medatlas.loaders.extract.relation_scoring import (
    Score,
    canonical,
    format_scores,
    score_relations,
)
from medatlas.loaders.extract.relations import PREDICATES, extract_relations, resolve_overlaps
from medatlas.loaders.extract.sentences import split_sentences
from medatlas.loaders.readers import read_document

HERE = Path(__file__).resolve().parent
DATA = HERE / "relations_data"
GOLD = HERE / "relations_gold"
MIN_CONFIDENCE = 0.5  # what counts as a fact; hedged statements fall below it
Triple = tuple[str, str, str]


# ---- the test reports ------------------------------------------------------------------------


def _documents() -> list[Path]:
    return sorted(p for p in DATA.iterdir() if p.suffix != ".tsv")


def _stem(path: Path) -> str:
    return path.name.split(".")[0]


@functools.cache
def _concept_entries() -> tuple[GazetteerEntry, ...]:
    return tuple(
        GazetteerEntry(
            c.iri, c.cls, tuple(sorted({t for t, _ in (*c.pref_labels, *c.alt_labels)})), True
        )
        for c in read_atlas().concepts
        if c.cls in ("Segment", "UseCase", "Technology")
    )


@functools.cache
def _names(stem: str) -> tuple[tuple[GazetteerEntry, ...], dict[str, str]]:
    """The test gazetteer's entries for one report, and every name (folded) -> key."""
    entries: list[GazetteerEntry] = []
    keys: dict[str, str] = {}
    for entry in _concept_entries():
        for name in entry.names:
            keys.setdefault(fold(name), entry.iri)
    with (DATA / f"{stem}.names.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            names = [row["name"], *(a for a in (row["aliases"] or "").split("|") if a)]
            iri = f"test:{row['name']}"
            entries.append(GazetteerEntry(iri, row["class"], tuple(names)))
            keys.update({fold(n): iri for n in names})
    return tuple(entries), keys


def _mention_key(mention: Mention, keys: dict[str, str]) -> str:
    if mention.iri:
        return mention.iri
    name = fold(mention.name or mention.text)
    return keys.get(name, f"unknown:{name}")


def _triples(
    candidates: Sequence[RelationCandidate], key: Callable[[Mention], str]
) -> list[Triple]:
    """The facts among ``candidates`` (confidence >= MIN_CONFIDENCE) as key triples."""
    out: list[Triple] = []
    for c in candidates:
        if c.confidence < MIN_CONFIDENCE:
            continue
        obj = f"date:{c.date}" if c.object is None else key(c.object)
        out.append((key(c.subject), c.predicate, obj))
    return out


def _gold(stem: str) -> list[Triple]:
    _, keys = _names(stem)
    out: list[Triple] = []
    with (GOLD / f"{stem}.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            obj = row["object"]
            out.append(
                (
                    keys[fold(row["subject"])],
                    row["predicate"],
                    f"date:{obj}" if row["predicate"] == "issuedOn" else keys[fold(obj)],
                )
            )
    return out


@functools.cache
def _run(path: Path) -> tuple[Document, tuple[RelationCandidate, ...], tuple[Triple, ...]]:
    entries, keys = _names(_stem(path))
    document = read_document(path)
    mentions = Gazetteer([*entries, *_concept_entries()]).find(document.text)
    candidates = tuple(extract_relations(document, mentions))
    return document, candidates, tuple(_triples(candidates, lambda m: _mention_key(m, keys)))


def _diff(predicted: Sequence[Triple], gold: Sequence[Triple]) -> str:
    guess, truth = {canonical(t) for t in predicted}, {canonical(t) for t in gold}
    lines = [f"  missing  {t}" for t in sorted(truth - guess)]
    lines += [f"  extra    {t}" for t in sorted(guess - truth)]
    return "\n".join(lines)


def _pooled(paths: Sequence[Path]) -> dict[str, Score]:
    predicted: list[Triple] = []
    gold: list[Triple] = []
    for path in paths:
        stem = _stem(path)
        predicted += [
            (f"{stem}|{s}", p, o if o.startswith("date:") else f"{stem}|{o}")
            for s, p, o in _run(path)[2]
        ]
        gold += [
            (f"{stem}|{s}", p, o if o.startswith("date:") else f"{stem}|{o}")
            for s, p, o in _gold(stem)
        ]
    return score_relations(predicted, gold)


def test_every_report_has_names_and_gold() -> None:
    documents = _documents()
    assert len(documents) >= 6
    for path in documents:
        stem = _stem(path)
        assert (DATA / f"{stem}.names.tsv").is_file(), f"{path.name} has no names file"
        assert (GOLD / f"{stem}.tsv").is_file(), f"{path.name} has no gold relations"
    stems = {_stem(p) for p in documents}
    orphans = {p.stem for p in GOLD.glob("*.tsv")} - stems
    assert not orphans, f"gold without a report: {sorted(orphans)}"


@pytest.mark.parametrize("path", _documents(), ids=lambda p: p.name)
def test_relations_of_each_report(path: Path) -> None:
    _, _, predicted = _run(path)
    gold = _gold(_stem(path))
    scores = score_relations(predicted, gold)["all"]
    assert scores.precision >= 0.85 and scores.recall >= 0.75, (
        f"{path.name}: precision {scores.precision:.2f}, recall {scores.recall:.2f}\n"
        + _diff(predicted, gold)
    )


def test_relations_of_all_reports_meet_the_targets() -> None:
    """The issue's targets (75% recall, 90% precision), pooled and per predicate."""
    scores = _pooled(_documents())
    report = format_scores(scores)
    assert scores["all"].precision >= 0.9 and scores["all"].recall >= 0.9, report
    for name, score in scores.items():
        if score.gold >= 3:
            assert score.recall >= 0.75, f"{name}\n{report}"
        if score.predicted >= 3:
            assert score.precision >= 0.8, f"{name}\n{report}"


# ---- the corpus --------------------------------------------------------------------------------


@functools.cache
def _corpus_run(path: Path) -> tuple[list[Triple], list[Triple]]:
    atlas = read_atlas()
    document = read_document(path)
    candidates = extract_relations(document, atlas_gazetteer().find(document.text))

    def key(mention: Mention) -> str:
        if mention.iri:
            return mention.iri
        found = atlas.names.lookup(mention.name or mention.text)
        return next(iter(found)) if len(found) == 1 else f"unknown:{mention.text}"

    gold = [
        (
            resolve(atlas, s),
            p,
            f"date:{o}" if p == "issuedOn" else resolve(atlas, o, want=RELATIONS[p]),
        )
        for _, source, s, p, o, _ in atlas.relations
        if source == path.name and p in PREDICATES
    ]
    return _triples(candidates, key), gold


def _corpus_scores(corpus_dir: Path) -> dict[str, Score]:
    predicted: list[Triple] = []
    gold: list[Triple] = []
    for path in sorted(corpus_dir.glob("*.txt")):
        mine, theirs = _corpus_run(path)
        predicted += mine
        gold += theirs
    return score_relations(predicted, gold)


def test_relations_of_the_corpus_against_the_curated_atlas(corpus_dir: Path) -> None:
    """Floors under what the five reports give against the curated relations.

    The curated atlas also holds background knowledge no sentence states (most ``locatedIn``
    and ``subsidiaryOf``), so recall here is lower than on the test reports; see README.
    """
    scores = _corpus_scores(corpus_dir)
    report = format_scores(scores)
    assert scores["all"].precision >= 0.65 and scores["all"].recall >= 0.4, report
    for name, floor in (("issuedBy", 0.95), ("develops", 0.55), ("operatesIn", 0.45)):
        assert scores[name].recall >= floor, f"{name}\n{report}"
    for name in ("issuedBy", "develops", "operatesIn", "partnersWith"):
        assert scores[name].precision >= 0.8, f"{name}\n{report}"


# ---- behaviours ---------------------------------------------------------------------------------


def _extract(tmp_path: Path, text: str, names: dict[str, str], suffix: str = ".txt"):
    """Relations of ``text`` (written as a report) with ``names`` (name -> class) known."""
    path = tmp_path / f"report{suffix}"
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    entries = [GazetteerEntry(f"t:{n}", c, (n,)) for n, c in names.items()]
    mentions = Gazetteer([*entries, *_concept_entries()]).find(document.text)
    return document, extract_relations(document, mentions)


def _facts(candidates: Sequence[RelationCandidate]) -> set[tuple[str, str, str]]:
    return {
        (c.subject.text, c.predicate, c.object.text if c.object else str(c.date))
        for c in candidates
        if c.confidence >= MIN_CONFIDENCE
    }


def test_sentences_keep_their_offsets() -> None:
    text = "甲发布乙。丙！丁？戊；己\nAcme Inc. bought Beta Ltd. in 2020. It grew."
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "甲发布乙。",
        "丙！",
        "丁？",
        "戊；",
        "己",
        "Acme Inc. bought Beta Ltd. in 2020.",
        "It grew.",
    ]


def test_columns_are_understood_by_their_headers() -> None:
    assert [column_role(h) for h in ("企业", "产品", "应用场景", "发布时间")] == [
        "organization",
        "product",
        "use_case",
        "date",
    ]
    assert [column_role(h) for h in ("发文机关", "政策名称", "要点", "Lead investor")] == [
        "issuer",
        "title",
        "content",
        "investor",
    ]
    assert split_names("中共中央办公厅 国务院办公厅", by_space=True) == [
        "中共中央办公厅",
        "国务院办公厅",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("丙公司被甲集团收购。", ("丙公司", "acquiredBy", "甲集团")),
        ("甲集团收购了丙公司。", ("丙公司", "acquiredBy", "甲集团")),
        ("甲集团完成对丙公司的收购。", ("丙公司", "acquiredBy", "甲集团")),
        ("Beta Corp was acquired by Alpha Group.", ("Beta Corp", "acquiredBy", "Alpha Group")),
        ("Alpha Group acquired Beta Corp.", ("Beta Corp", "acquiredBy", "Alpha Group")),
    ],
)
def test_acquisitions_keep_their_direction(
    tmp_path: Path, text: str, expected: tuple[str, str, str]
) -> None:
    names = {
        "甲集团": "Company",
        "丙公司": "Company",
        "Alpha Group": "Company",
        "Beta Corp": "Company",
    }
    _, candidates = _extract(tmp_path, text, names)
    facts = _facts(candidates)
    assert expected in facts
    assert (expected[2], "acquiredBy", expected[0]) not in facts


@pytest.mark.parametrize(
    "text",
    [
        "甲公司并未与乙医院签署合作协议。",
        "甲公司尚未与乙医院合作。",
        "Alpha did not acquire Beta.",
        "甲公司与乙医院的合作已宣布终止。",
    ],
)
def test_denied_and_cancelled_relations_are_dropped(tmp_path: Path, text: str) -> None:
    names = {"甲公司": "Company", "乙医院": "Hospital", "Alpha": "Company", "Beta": "Company"}
    _, candidates = _extract(tmp_path, text, names)
    assert not [c for c in candidates if c.predicate in ("partnersWith", "acquiredBy")]


def test_hedged_relations_stay_below_the_fact_threshold(tmp_path: Path) -> None:
    _, candidates = _extract(
        tmp_path, "甲公司拟收购乙公司。", {"甲公司": "Company", "乙公司": "Company"}
    )
    (hedged,) = [c for c in candidates if c.predicate == "acquiredBy"]
    assert hedged.subject.text == "乙公司"
    assert hedged.confidence < MIN_CONFIDENCE
    assert hedged.method.endswith(":hedged")


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("2023年7月", "2023-07"),
        ("2024.03", "2024-03"),
        ("March 2024", "2024-03"),
        ("2025-01-07", "2025-01-07"),
    ],
)
def test_issue_dates_are_normalised(tmp_path: Path, written: str, iso: str) -> None:
    text = f"{written}，甲部印发《乙办法》，鼓励发展远程医疗。"
    _, candidates = _extract(tmp_path, text, {"甲部": "GovernmentBody", "乙办法": "Policy"})
    facts = _facts(candidates)
    assert ("乙办法", "issuedOn", iso) in facts
    assert ("乙办法", "issuedBy", "甲部") in facts
    assert ("乙办法", "promotes", "远程医疗") in facts


def test_policy_table_rows_split_issuers_nobody_listed(tmp_path: Path) -> None:
    """Issuer cells are split on 、，/ and spaces into bodies, even without any gazetteer."""
    text = (
        "时间\t发布部门\t文件名称\t主要内容\n"
        "2022/11\t甲省卫生厅、乙省财政厅 丙省数据局/丁省医保局\t某某管理办法\t规范远程医疗服务。\n"
    )
    document, candidates = _extract(tmp_path, text, {})
    issuers = {c.object.text for c in candidates if c.predicate == "issuedBy"}
    assert issuers == {"甲省卫生厅", "乙省财政厅", "丙省数据局", "丁省医保局"}
    row = document.text.splitlines()[1]
    for candidate in candidates:
        assert document.text[candidate.start : candidate.end] == row
    assert ("某某管理办法", "issuedOn", "2022-11") in _facts(candidates)
    assert ("某某管理办法", "regulates", "远程医疗服务") in _facts(candidates)


def test_investments_are_stated_both_ways(tmp_path: Path) -> None:
    text = "乙科技完成B轮融资，由甲资本领投，丙基金、丁创投跟投。"
    names = {n: "Company" for n in ("甲资本", "乙科技", "丙基金", "丁创投")}
    _, candidates = _extract(tmp_path, text, names)
    facts = _facts(candidates)
    for investor in ("甲资本", "丙基金", "丁创投"):
        assert (investor, "investsIn", "乙科技") in facts
        assert ("乙科技", "fundedBy", investor) in facts


def test_evidence_is_the_sentence_and_mentions_are_the_words(tmp_path: Path) -> None:
    text = "前言。甲科技推出乙系统，用于病理诊断。该系统已在丙医院上线。"
    names = {"甲科技": "Company", "乙系统": "Product", "丙医院": "Hospital"}
    document, candidates = _extract(tmp_path, text, names)
    assert ("甲科技", "develops", "乙系统") in _facts(candidates)
    (deployed,) = [c for c in candidates if c.predicate == "deployedAt"]
    assert deployed.subject.name == "乙系统" and deployed.object.text == "丙医院"
    for candidate in candidates:
        assert candidate.predicate in PREDICATES
        evidence = document.text[candidate.start : candidate.end]
        assert evidence in ("甲科技推出乙系统，用于病理诊断。", "该系统已在丙医院上线。")
        for mention in (candidate.subject, candidate.object):
            if mention is not None:
                assert document.text[mention.start : mention.end] == mention.text


def test_respectively_pairs_lists_in_order(tmp_path: Path) -> None:
    text = "甲公司和乙公司分别推出了丙平台与丁模型。"
    names = {"甲公司": "Company", "乙公司": "Company", "丙平台": "Platform", "丁模型": "AIModel"}
    develops = {f for f in _facts(_extract(tmp_path, text, names)[1]) if f[1] == "develops"}
    assert develops == {("甲公司", "develops", "丙平台"), ("乙公司", "develops", "丁模型")}


def test_a_segment_heading_over_a_list_of_companies(tmp_path: Path) -> None:
    text = "# 图谱\n\n## AI病理\n\n- 甲公司\n- 乙公司：专注宫颈癌筛查\n\n资料来源：丙研究院\n"
    names = {"甲公司": "Company", "乙公司": "Company", "丙研究院": "ResearchInstitution"}
    facts = _facts(_extract(tmp_path, text, names, ".md")[1])
    assert {("甲公司", "operatesIn", "AI病理"), ("乙公司", "operatesIn", "AI病理")} <= facts
    assert ("丙研究院", "operatesIn", "AI病理") not in facts  # a source line, not a listed player


@pytest.mark.parametrize(
    "module",
    [
        "relations",
        "relation_engine",
        "relation_context",
        "relation_cues",
        "relation_scoring",
        "sentences",
        "columns",
    ],
)
def test_docstring_examples_run(module: str) -> None:
    imported = importlib.import_module(f"medatlas.loaders.extract.{module}")
    assert doctest.testmod(imported).failed == 0


def test_output_is_deterministic() -> None:
    path = next(p for p in _documents() if p.name.startswith("zh_news"))
    entries, _ = _names(_stem(path))
    document = read_document(path)
    mentions = Gazetteer([*entries, *_concept_entries()]).find(document.text)
    first = extract_relations(document, mentions)
    assert first == extract_relations(document, list(reversed(mentions)))


def test_overlapping_mentions_keep_the_longer_entity() -> None:
    long = Mention(0, 6, "乐康健康助手", "Product", 0.6, "discovery")
    short = Mention(2, 6, "健康助手", "UseCase", 0.95, "gazetteer")
    other = Mention(8, 10, "医院", "Segment", 0.95, "gazetteer")
    assert resolve_overlaps([short, other, long]) == [long, other]


# ---- the report ---------------------------------------------------------------------------------


def main() -> None:
    """Print precision and recall per predicate: our reports by round, and the corpus."""
    documents = _documents()
    rounds = {
        "reports written before the extractor": [
            p for p in documents if not p.name.startswith("heldout")
        ],
        **{
            f"held-out round {n}": [p for p in documents if _stem(p).startswith(prefix)]
            for n, prefix in ((1, "heldout_"), (2, "heldout2_"), (3, "heldout3_"))
        },
        "all test reports": documents,
    }
    for title, paths in rounds.items():
        print(f"== {title} ({len(paths)} reports), confidence >= {MIN_CONFIDENCE}")
        print(format_scores(_pooled(paths)))
    corpus = Path(__file__).resolve().parents[3] / "shared" / "corpus"
    print("== the five corpus reports against the curated atlas")
    print(format_scores(_corpus_scores(corpus)))


if __name__ == "__main__":
    main()
