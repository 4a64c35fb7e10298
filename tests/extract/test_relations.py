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


def test_investments_are_stated_once_as_funded_by(tmp_path: Path) -> None:
    text = "乙科技完成B轮融资，由甲资本领投，丙基金、丁创投跟投。戊集团投资了己医疗。"
    names = {n: "Company" for n in ("甲资本", "乙科技", "丙基金", "丁创投", "戊集团", "己医疗")}
    _, candidates = _extract(tmp_path, text, names)
    facts = _facts(candidates)
    for investor in ("甲资本", "丙基金", "丁创投"):
        assert ("乙科技", "fundedBy", investor) in facts
    assert ("己医疗", "fundedBy", "戊集团") in facts
    assert not [c for c in candidates if c.predicate == "investsIn"]  # the inverse, not stored


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


# (what it shows, text, names known, facts it states, facts it must not state)
_WORDINGS = [
    (
        "its-points-at-the-subject",
        "In 2024 Acmeline raised USD 40 million in a round led by Borealis Capital, which it "
        "plans to use to train Kestrel, its triage model.",
        {"Acmeline": "Company", "Borealis Capital": "Company", "Kestrel": "AIModel"},
        {("Acmeline", "develops", "Kestrel"), ("Acmeline", "fundedBy", "Borealis Capital")},
        {("Borealis Capital", "develops", "Kestrel")},
    ),
    (
        "zh-investors-listed-after-the-round",
        "其中甲智能完成的10亿元B轮融资为年内最大，投资方包括乙资本、丙集团与丁基金。",
        {"甲智能": "Company", "乙资本": "Company", "丙集团": "Company", "丁基金": "Company"},
        {
            ("甲智能", "fundedBy", "乙资本"),
            ("甲智能", "fundedBy", "丙集团"),
            ("甲智能", "fundedBy", "丁基金"),
        },
        {("乙资本", "fundedBy", "甲智能")},
    ),
    (
        "round-continued-by-participants",
        "Quillon, which builds triage agents, was valued at USD 900 million after its Series C. "
        "Harbor Ventures and Lumen Fund participated alongside the lead investor.",
        {"Quillon": "Company", "Harbor Ventures": "Company", "Lumen Fund": "Company"},
        {("Quillon", "fundedBy", "Harbor Ventures"), ("Quillon", "fundedBy", "Lumen Fund")},
        set(),
    ),
    (
        "owner-is-not-the-investee",
        "Vantor Bio, the drug discovery company owned by Orison Group, has raised USD 90 million "
        "in its first funding round. The round was led by Pell Capital.",
        {"Vantor Bio": "Company", "Orison Group": "Company", "Pell Capital": "Company"},
        {
            ("Vantor Bio", "subsidiaryOf", "Orison Group"),
            ("Vantor Bio", "fundedBy", "Pell Capital"),
        },
        {("Orison Group", "fundedBy", "Pell Capital")},
    ),
    (
        "the-company-based-in",
        "Mirelle's Series B valued the company at USD 1 billion. The company, based in Denver, "
        "said its scribe product is now used across more than 40 health systems, including Aster "
        "Health.",
        {"Mirelle": "Company", "Denver": "Region", "Aster Health": "Hospital"},
        {("The company", "locatedIn", "Denver"), ("The company", "partnersWith", "Aster Health")},
        set(),
    ),
    (
        "english-appositions",
        "Cordwell, a Leeds, Yorkshire start-up spun out of a university, develops RhythmIQ, a "
        "deep learning model that reads ECGs.",
        {"Cordwell": "Company", "Leeds": "Region", "RhythmIQ": "AIModel"},
        {
            ("Cordwell", "locatedIn", "Leeds"),
            ("Cordwell", "develops", "RhythmIQ"),
            ("RhythmIQ", "usesTechnology", "deep learning"),
        },
        set(),
    ),
    (
        "hospital-in-a-city-and-of-a-system",
        "Harwick General Hospital is a 300-bed teaching hospital in Duluth, Minnesota, and the "
        "flagship facility of Northpine Health.",
        {
            "Harwick General Hospital": "Hospital",
            "Duluth": "Region",
            "Northpine Health": "Hospital",
        },
        {
            ("Harwick General Hospital", "locatedIn", "Duluth"),
            ("Harwick General Hospital", "subsidiaryOf", "Northpine Health"),
        },
        set(),
    ),
    (
        "bought-the-start-up",
        "In May, Talvek bought the Danish imaging start-up Orrin for an undisclosed sum.",
        {"Talvek": "Company", "Orrin": "Company"},
        {("Orrin", "acquiredBy", "Talvek")},
        set(),
    ),
    (
        "in-collaboration-with",
        "Sellwood Research, in collaboration with the Nordic Digital Care Society, ran the survey.",
        {"Sellwood Research": "Company", "Nordic Digital Care Society": "Association"},
        {("Sellwood Research", "partnersWith", "Nordic Digital Care Society")},
        set(),
    ),
    (
        "model-the-company-co-developed",
        "Vantor Bio builds chemistry models. Much of this rests on Helix 2, the protein "
        "structure prediction model the company co-developed.",
        {"Vantor Bio": "Company", "Helix 2": "AIModel"},
        {("the company", "develops", "Helix 2")},
        set(),
    ),
    (
        "together-with-and-powered",
        "Brantwood Health released Scribe 2, its large language model, together with the Ledger "
        "hospital platform. Nine hospitals signed up for Scribe 2-powered clinical documentation.",
        {"Brantwood Health": "Company", "Scribe 2": "AIModel", "Ledger": "Platform"},
        {
            ("Brantwood Health", "develops", "Ledger"),
            ("Scribe 2", "addressesUseCase", "clinical documentation"),
        },
        set(),
    ),
    (
        "its-opens-a-clause",
        "Pellucid uses federated learning to train models; its CryoScan test screens biopsy "
        "slides.",
        {"Pellucid": "Company", "CryoScan": "Product"},
        {("Pellucid", "develops", "CryoScan")},
        set(),
    ),
    (
        "zh-its-offering",
        "总部位于杭州的甲智能表示，其乙星大模型已完成超过10万次模拟通话。",
        {"甲智能": "Company", "乙星大模型": "AIModel"},
        {("甲智能", "develops", "乙星大模型")},
        set(),
    ),
    (
        "zh-subject-carried-to-the-next-sentence",
        "甲智能成立于2018年。总部位于杭州，核心产品为乙平台。已与丙医院达成战略合作。"
        "总部位于上海的丁科技则专注影像。",
        {
            "甲智能": "Company",
            "杭州": "Region",
            "乙平台": "Platform",
            "丙医院": "Hospital",
            "上海": "Region",
            "丁科技": "Company",
        },
        {
            ("甲智能", "locatedIn", "杭州"),
            ("甲智能", "develops", "乙平台"),
            ("甲智能", "partnersWith", "丙医院"),
        },
        {("甲智能", "locatedIn", "上海")},
    ),
    (
        "zh-possessed-offering-is-the-subject",
        "甲健康的乙助手面向医生提供医学问答服务。",
        {"甲健康": "Company", "乙助手": "Product"},
        {("乙助手", "addressesUseCase", "医学问答"), ("甲健康", "develops", "乙助手")},
        {("甲健康", "addressesUseCase", "医学问答")},
    ),
    (
        "zh-works-through-an-offering",
        "丙智能则通过丁小助面向个人用户提供健康咨询服务。",
        {"丙智能": "Company", "丁小助": "Product"},
        {("丙智能", "develops", "丁小助"), ("丁小助", "addressesUseCase", "健康咨询")},
        {("丙智能", "addressesUseCase", "健康咨询")},
    ),
    (
        "zh-core-product-takes-the-use",
        "戊科技成立于2019年，核心产品为AI药物研发平台己舟，主要用于小分子药物发现中的虚拟筛选。",
        {"戊科技": "Company", "己舟": "Platform"},
        {("戊科技", "develops", "己舟"), ("己舟", "addressesUseCase", "虚拟筛选")},
        {("戊科技", "addressesUseCase", "虚拟筛选")},
    ),
    (
        "zh-tool-used-for-a-task",
        "庚药业将使用辛模型开展抗体设计。",
        {"庚药业": "Company", "辛模型": "AIModel"},
        {("辛模型", "addressesUseCase", "抗体设计")},
        {("庚药业", "addressesUseCase", "抗体设计")},
    ),
    (
        "zh-both-parties",
        "医院端，甲科技与乙医院共建科研中心，与丙医院合作开发专病库，双方联合发布的丁数据库已收录患者10万例。",
        {"甲科技": "Company", "乙医院": "Hospital", "丙医院": "Hospital", "丁数据库": "Dataset"},
        {("丙医院", "develops", "丁数据库"), ("甲科技", "partnersWith", "丙医院")},
        {("乙医院", "develops", "丁数据库"), ("乙医院", "partnersWith", "丙医院")},
    ),
    (
        "zh-deployments",
        "2024年5月，甲医院上线基于乙模型的门诊病历系统。丙系统已接入丁医院的影像平台。戊医院与己集团合作部署庚模型。",
        {
            "甲医院": "Hospital",
            "乙模型": "AIModel",
            "丙系统": "Product",
            "丁医院": "Hospital",
            "戊医院": "Hospital",
            "己集团": "Company",
            "庚模型": "AIModel",
        },
        {
            ("乙模型", "deployedAt", "甲医院"),
            ("丙系统", "deployedAt", "丁医院"),
            ("庚模型", "deployedAt", "戊医院"),
        },
        set(),
    ),
    (
        "zh-company-profile",
        "甲数据以医疗信息化为核心。药企端，公司与乙制药在真实世界研究上开展合作。保险端，公司为丙保险、丁人寿等保险机构提供核保服务。2023年，公司设立全资子公司戊科技（上海）有限公司。甲数据参与了己区域健康平台建设。",
        {
            "甲数据": "Company",
            "乙制药": "Company",
            "丙保险": "Company",
            "丁人寿": "Company",
            "戊科技（上海）有限公司": "Company",
            "己区域健康平台": "Platform",
        },
        {
            ("甲数据", "operatesIn", "医疗信息化"),
            ("公司", "partnersWith", "乙制药"),
            ("公司", "partnersWith", "丙保险"),
            ("公司", "partnersWith", "丁人寿"),
            ("戊科技（上海）有限公司", "subsidiaryOf", "公司"),
            ("甲数据", "develops", "己区域健康平台"),
        },
        {("丙保险", "addressesUseCase", "核保")},
    ),
    (
        "zh-org-usecase-products",
        "甲智能的病历质控与临床科研产品服务医院400家，本轮资金将用于医疗大模型“乙GPT”的研发。",
        {"甲智能": "Company", "乙GPT": "AIModel"},
        {
            ("甲智能", "addressesUseCase", "病历质控"),
            ("甲智能", "addressesUseCase", "临床科研"),
            ("甲智能", "develops", "乙GPT"),
        },
        set(),
    ),
    (
        "policy-pronoun-and-rules",
        "The Northern Health Authority adopted its Guidance on clinical algorithms in May 2024. "
        "The guidance was drafted with industry groups. It asks developers to apply a risk-based "
        "approach whenever AI is used in clinical trials or pharmacovigilance.",
        {
            "Northern Health Authority": "GovernmentBody",
            "Guidance on clinical algorithms": "Policy",
        },
        {
            ("Guidance on clinical algorithms", "issuedBy", "Northern Health Authority"),
            ("The guidance", "regulates", "clinical trials"),
            ("The guidance", "regulates", "pharmacovigilance"),
        },
        set(),
    ),
    (
        "units-and-launches",
        "The Ministry's Office for Digital Care, set up in 2023, coordinates pilots. The "
        "Ministry launched the Sandbox Scheme in 2024. On 2025-02-03 the Ministry published an "
        "update to its Device Roadmap, confirming a second Sandbox Scheme cohort.",
        {
            "Ministry": "GovernmentBody",
            "Office for Digital Care": "GovernmentBody",
            "Sandbox Scheme": "Policy",
            "Device Roadmap": "Policy",
        },
        {
            ("Office for Digital Care", "subsidiaryOf", "Ministry"),
            ("Sandbox Scheme", "issuedBy", "Ministry"),
            ("Device Roadmap", "issuedBy", "Ministry"),
            ("Device Roadmap", "issuedOn", "2025-02-03"),
        },
        {("Sandbox Scheme", "issuedOn", "2025-02-03")},
    ),
]


@pytest.mark.parametrize(
    ("text", "names", "stated", "not_stated"),
    [pytest.param(*case[1:], id=case[0]) for case in _WORDINGS],
)
def test_wordings_state_their_relations(
    tmp_path: Path,
    text: str,
    names: dict[str, str],
    stated: set[tuple[str, str, str]],
    not_stated: set[tuple[str, str, str]],
) -> None:
    facts = _facts(_extract(tmp_path, text, names)[1])
    assert stated <= facts, sorted(facts)
    assert not (not_stated & facts), sorted(facts)


@pytest.mark.parametrize(
    ("text", "suffix", "names", "stated"),
    [
        pytest.param(
            "Quarterly Care AI Review\n\nPellton Analytics | Published March 2025\n\nSummary\n\n"
            "Pellton Analytics expects growth.\n",
            ".txt",
            {"Quarterly Care AI Review": "Report", "Pellton Analytics": "Company"},
            {
                ("Quarterly Care AI Review", "publishedBy", "Pellton Analytics"),
                ("Quarterly Care AI Review", "issuedOn", "2025-03"),
            },
            id="byline-with-date",
        ),
        pytest.param(
            "Case Study: Sepsis Alerts at Riverton\n\nPrepared by Oakhurst Advisory, November 2024"
            "\n\nBackground\n\nRiverton is a hospital.\n",
            ".txt",
            {"Case Study: Sepsis Alerts at Riverton": "Report", "Oakhurst Advisory": "Company"},
            {
                ("Case Study: Sepsis Alerts at Riverton", "authoredBy", "Oakhurst Advisory"),
                ("Case Study: Sepsis Alerts at Riverton", "issuedOn", "2024-11"),
            },
            id="prepared-by-with-date",
        ),
        pytest.param(
            "某某医疗大模型研究报告\n\n乙咨询 医疗研究部 | 2025年5月\n\n## 一、概况\n\n"
            "丙公司成立于2014年，总部位于上海。\n",
            ".md",
            {"某某医疗大模型研究报告": "Report", "乙咨询": "Company", "丙公司": "Company"},
            {
                ("某某医疗大模型研究报告", "publishedBy", "乙咨询"),
                ("某某医疗大模型研究报告", "issuedOn", "2025-05"),
            },
            id="zh-byline-stops-at-the-first-heading",
        ),
        pytest.param(
            "# 医疗AI月报 (2025年2月)\n\n编辑：丁论坛\n\n## 新闻\n\n戊公司发布了己模型。\n",
            ".md",
            {
                "医疗AI月报": "Report",
                "丁论坛": "Association",
                "戊公司": "Company",
                "己模型": "AIModel",
            },
            {("医疗AI月报", "authoredBy", "丁论坛"), ("医疗AI月报", "issuedOn", "2025-02")},
            id="editor-and-date-in-the-title-line",
        ),
    ],
)
def test_a_masthead_credits_and_dates_its_report(
    tmp_path: Path,
    text: str,
    suffix: str,
    names: dict[str, str],
    stated: set[tuple[str, str, str]],
) -> None:
    facts = _facts(_extract(tmp_path, text, names, suffix)[1])
    report = next(n for n, c in names.items() if c == "Report")
    assert {f for f in facts if f[0] == report} == stated


@pytest.mark.parametrize(
    ("text", "suffix", "names", "stated"),
    [
        pytest.param(
            "| Vendor | Headquarters | Flagship product | Parent company |\n"
            "| --- | --- | --- | --- |\n"
            "| Nordvik AI | Tromsø, Norway | NordScan | Hallberg Group |\n",
            ".md",
            {},
            {
                ("Nordvik AI", "locatedIn", "Tromsø"),
                ("Nordvik AI", "develops", "NordScan"),
                ("Nordvik AI", "subsidiaryOf", "Hallberg Group"),
            },
            id="vendor-table",
        ),
        pytest.param(
            "企业\t总部\t母公司\t投资方\n甲医疗\t杭州\t乙集团\t丙资本、丁基金\n",
            ".txt",
            {"杭州": "Region"},
            {
                ("甲医疗", "locatedIn", "杭州"),
                ("甲医疗", "subsidiaryOf", "乙集团"),
                ("甲医疗", "fundedBy", "丙资本"),
                ("甲医疗", "fundedBy", "丁基金"),
            },
            id="deal-table",
        ),
    ],
)
def test_table_rows_place_own_and_fund_their_companies(
    tmp_path: Path,
    text: str,
    suffix: str,
    names: dict[str, str],
    stated: set[tuple[str, str, str]],
) -> None:
    facts = _facts(_extract(tmp_path, text, names, suffix)[1])
    assert stated <= facts, sorted(facts)
    assert ("Nordvik AI", "locatedIn", "Norway") not in facts  # the city, not its country


def test_a_registered_name_is_no_statement_of_place(tmp_path: Path) -> None:
    text = "北京市卫健委与北京乐康科技有限公司签约。乐康科技总部位于北京。"
    names = {
        "北京市卫健委": "GovernmentBody",
        "北京乐康科技有限公司": "Company",
        "乐康科技": "Company",
        "北京": "Region",
    }
    _, candidates = _extract(tmp_path, text, names)
    facts = _facts(candidates)
    assert ("乐康科技", "locatedIn", "北京") in facts  # stated in words
    assert not [f for f in facts if f[1] == "locatedIn" and f[0] != "乐康科技"]
    held = {c.subject.text for c in candidates if c.method == "name-prefix"}
    assert held == {"北京市卫健委", "北京乐康科技有限公司"}  # kept for review, below the threshold


def test_wrapped_lines_do_not_end_sentences() -> None:
    text = (
        "甲科技的产品围绕其数据智能基础设施构建，截至2024年底已覆盖1100家医\n"
        "院和30个省份的区域平台，并持续扩展。\n撰稿：乙中心\n更新时间：2025年4月"
    )
    sentences = [text[s:e] for s, e in split_sentences(text)]
    assert sentences == [text.split("\n撰稿")[0], "撰稿：乙中心", "更新时间：2025年4月"]


@pytest.mark.parametrize(
    "module",
    [
        "relations",
        "relation_engine",
        "relation_context",
        "relation_cues",
        "relation_scoring",
        "relation_usecases",
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


# ---- generalising rules found on the second development set (benchmarks/dev2) --------------


def _named_facts(candidates: Sequence[RelationCandidate]) -> set[tuple[str, str, str]]:
    """Like :func:`_facts`, with each end by the name it stands for (a brand -> its company)."""
    return {
        (
            c.subject.name or c.subject.text,
            c.predicate,
            (c.object.name or c.object.text) if c.object else str(c.date),
        )
        for c in candidates
        if c.confidence >= MIN_CONFIDENCE
    }


def test_a_product_named_after_its_maker_s_brand_is_its_maker_s(tmp_path: Path) -> None:
    text = "杭州岳川智能科技有限公司成立于2019年。\n\n岳川眼底筛查平台已在多家医院上线。\n"
    names = {"杭州岳川智能科技有限公司": "Company", "岳川眼底筛查平台": "Platform"}
    facts = _named_facts(_extract(tmp_path, text, names)[1])
    assert ("杭州岳川智能科技有限公司", "develops", "岳川眼底筛查平台") in facts


def test_a_brand_two_companies_share_names_no_maker(tmp_path: Path) -> None:
    text = "岳川医疗与岳川科技均在杭州。\n\n岳川眼底筛查平台已在多家医院上线。\n"
    names = {"岳川医疗": "Company", "岳川科技": "Company", "岳川眼底筛查平台": "Platform"}
    facts = _named_facts(_extract(tmp_path, text, names)[1])
    assert not {f for f in facts if f[1] == "develops"}, sorted(facts)


@pytest.mark.parametrize(
    ("award", "stated"),
    [("中标结果公告", True), ("招标公告", False)],
)
def test_an_award_notice_deploys_what_it_awards_at_the_buyer(
    tmp_path: Path, award: str, stated: bool
) -> None:
    text = (
        f"青禾市人民医院影像软件采购项目{award}\n\n采购单位：青禾市人民医院\n\n"
        "供应商：远帆科技\n\n标的：远帆阅片助手，服务期2年。\n"
    )
    names = {"青禾市人民医院": "Hospital", "远帆科技": "Company", "远帆阅片助手": "Product"}
    facts = _named_facts(_extract(tmp_path, text, names)[1])
    assert (("远帆阅片助手", "deployedAt", "青禾市人民医院") in facts) is stated, sorted(facts)


def test_a_rounds_table_of_a_profile_funds_the_company_of_its_title(tmp_path: Path) -> None:
    text = (
        "企业档案：青禾医疗科技有限公司\n\n青禾医疗科技有限公司（简称青禾医疗）成立于2016年。\n\n"
        "时间\t轮次\t金额\t投资方\n2021年3月\tA轮\t1亿元\t松岭资本领投，白桦基金跟投\n\n"
        "青禾医疗专注于病理AI。\n"
    )
    names = {
        "企业档案：青禾医疗科技有限公司": "Report",
        "青禾医疗科技有限公司": "Company",
        "青禾医疗": "Company",
        "松岭资本": "Company",
        "白桦基金跟投": "Company",
    }
    facts = _named_facts(_extract(tmp_path, text, names)[1])
    assert {
        ("青禾医疗科技有限公司", "fundedBy", "松岭资本"),
        ("青禾医疗科技有限公司", "fundedBy", "白桦基金"),
    } <= facts, sorted(facts)


@pytest.mark.parametrize(
    ("text", "names", "stated"),
    [
        pytest.param(
            "Lumenfold, an arrhythmia detection app developed by Harwick Devices, was approved.",
            {"Lumenfold": "Product", "Harwick Devices": "Company"},
            ("Harwick Devices", "develops", "Lumenfold"),
            id="developed-by-past-a-use-case",
        ),
        pytest.param(
            "Dr. Ode showed VistaBone, a bone age assessment model developed with Carrow Labs.",
            {"VistaBone": "AIModel", "Carrow Labs": "Company"},
            ("Carrow Labs", "develops", "VistaBone"),
            id="developed-with",
        ),
        pytest.param(
            "远帆科技与青禾医院共建联合实验室，并与松岭数据合作搭建病理云平台。",
            {"远帆科技": "Company", "青禾医院": "Hospital", "松岭数据": "Company"},
            ("远帆科技", "partnersWith", "松岭数据"),
            id="zh-partner-in-a-second-clause",
        ),
        pytest.param(
            "远帆科技推出远影肺结节辅助诊断系统。",
            {"远帆科技": "Company", "远影肺结节辅助诊断系统": "Product"},
            ("远影肺结节辅助诊断系统", "addressesUseCase", "肺结节"),
            id="use-case-in-a-product-name",
        ),
    ],
)
def test_new_wordings_state_their_relations(
    tmp_path: Path, text: str, names: dict[str, str], stated: tuple[str, str, str]
) -> None:
    facts = _named_facts(_extract(tmp_path, text, names)[1])
    assert stated in facts, sorted(facts)


def test_a_name_that_opens_with_its_use_case_describes_no_product(tmp_path: Path) -> None:
    text = "远帆科技推出冠脉CTA辅助诊断软件。"
    names = {"远帆科技": "Company", "冠脉CTA辅助诊断软件": "Product"}
    facts = _named_facts(_extract(tmp_path, text, names)[1])
    assert not {f for f in facts if f[0] == "冠脉CTA辅助诊断软件" and f[1] == "addressesUseCase"}


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


@pytest.mark.parametrize(
    ("text", "names", "stated"),
    [
        (
            "浙东医科大学今年牵头项目，浙东医科大学附属滨湖医院负责临床验证。",
            {"浙东医科大学": "University", "浙东医科大学附属滨湖医院": "Hospital"},
            ("浙东医科大学附属滨湖医院", "subsidiaryOf", "浙东医科大学"),
        ),
        (
            "南粤医科大学与南粤医科大学第三附属医院共建实验室。",
            {"南粤医科大学": "University", "南粤医科大学第三附属医院": "Hospital"},
            ("南粤医科大学第三附属医院", "subsidiaryOf", "南粤医科大学"),
        ),
        (
            "华为发布新一代芯片；华为云同期上线药物研发平台。",
            {"华为": "Company", "华为云": "Company"},
            ("华为云", "subsidiaryOf", "华为"),
        ),
    ],
)
def test_a_name_that_extends_its_parents_name_is_its_unit(
    tmp_path: Path, text: str, names: dict[str, str], stated: tuple[str, str, str]
) -> None:
    facts = _facts(_extract(tmp_path, text, names)[1])
    assert stated in facts, sorted(facts)


def test_a_hospital_named_after_a_city_or_a_firm_named_after_a_brand_is_not_its_unit(
    tmp_path: Path,
) -> None:
    text = "青州市人民政府支持青州市人民医院建设；禾川与禾川医疗签约，禾川云图发布新版。"
    names = {
        "青州市人民政府": "GovernmentBody",
        "青州市人民医院": "Hospital",
        "禾川": "Company",
        "禾川医疗": "Company",
        "禾川云图": "Company",
    }
    facts = _facts(_extract(tmp_path, text, names)[1])
    assert not [f for f in facts if f[1] == "subsidiaryOf"], sorted(facts)
