"""Counts of people by their condition, tasks a name holds and the report writes apart, and
the money of deals.

"125 million people worldwide live with psoriasis" counts psoriasis patients, as
``脑卒中幸存者约1300万人`` counts stroke survivors (the 中 of 卒中 is no "among"); a platform
named ``心络心衰远程监测平台`` in a report that also writes ``心衰远程监测`` by itself serves
that task, but a fragment of a longer task (智能规划 of 减重手术智能规划) or a four-character
task says too little; "Investors put $438 million into…" and "took the largest slice at $612
million" are money raised, "agreed to buy X, maker of Y, for USD 410 million" money paid, and
"We forecast $8.9 billion by 2030" a market's size. A funding review that opens with "AI
companies working on A, B and C raised…" tracks A, B and C: its totals (money, deals, the
change, the outlook) are theirs too, and "Pharmacy robotics took 44% of the dollars" is that
sector's share. In "X accounted for 41% of revenue, followed by Y (33%) and Z (26%)" each share
is its part's, and ``X的平均售价已从…4.2万元降至2.8万元`` both prices X's. A known place is
no offering ("In Germany, X's headset…"), and the cloud a model runs on (运行在阿里云上) did
not make it. A country's count with no place named (全国开展X的医疗机构约2860家, 在用Y约4100台)
is of X, of Y, and 4100台 after 2860家 counts machines, not organisations. Every name is
invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from figure_support import about_names, figures_of, markdown, measure_slug
from relation_support import check_named_relations

MARKET = "# Global Skin Disease AI Market Report 2026\n\n"
REVIEW = "# SKIN, BLOOD & LUNG AI: FINANCING REVIEW, H2 2025\n\n"


# --- people counted by what they live with ------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "original", "condition"),
    [
        pytest.param(
            "Roughly 125 million people worldwide live with psoriasis, and many go untreated.",
            "125 million",
            "psoriasis",
            id="people-worldwide-live-with",
        ),
        pytest.param(
            "Roughly 850 million people worldwide live with some form of kidney disease.",
            "850 million",
            "kidney disease",
            id="some-form-of",
        ),
        pytest.param(
            "Roughly 10 million people live with Parkinson's worldwide, yet few see a specialist.",
            "10 million",
            "Parkinson's",
            id="live-with-then-where",
        ),
        pytest.param(
            "Roughly 1.3 billion adults worldwide live with hypertension, yet few control it.",
            "1.3 billion",
            "hypertension",
            id="adults-then-yet",
        ),
        pytest.param(
            "从需求驱动看，脑卒中幸存者约1300万人，构成了市场的长期基础。",
            "1300万人",
            "脑卒中幸存者",
            id="survivors-of-a-stroke",
        ),
    ],
)
def test_people_counted_by_their_condition(sentence: str, original: str, condition: str) -> None:
    figures = figures_of(markdown(f"{MARKET}{sentence}\n"), {})
    assert condition in about_names(figures[original])
    assert measure_slug(figures[original]) == "number-of-patients"


def test_a_count_of_people_with_no_condition_stays_a_count() -> None:
    text = f"{MARKET}The company employs 125 people worldwide across 4 offices.\n"
    figures = figures_of(markdown(text), {})
    assert measure_slug(figures["125"]) != "number-of-patients"


# --- a task written inside a name and by itself -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "stated", "unstated"),
    [
        pytest.param(
            "# 心衰政策摘编\n\n深圳心岫医疗科技有限公司的心岫心衰远程监测平台已进入试点名单。"
            "越川的试点首次把心衰远程监测纳入医保。\n",
            {("心岫心衰远程监测平台", "addressesUseCase", "心衰远程监测")},
            set(),
            id="task-written-apart",
        ),
        pytest.param(
            "# 胰腺影像政策\n\n要点：胰腺病灶检出软件按第三类管理。国家药监局已批准"
            "深圳胰岫智能科技有限公司的胰岫CT胰腺病灶检出软件。\n",
            {("胰岫CT胰腺病灶检出软件", "addressesUseCase", "胰腺病灶检出")},
            set(),
            id="task-after-a-modality",
        ),
        pytest.param(
            "# 减重手术案例\n\n医院引入衡岫减重手术智能规划系统。智能规划可缩短术前准备。\n",
            set(),
            {("衡岫减重手术智能规划系统", "addressesUseCase", "智能规划")},
            id="a-fragment-of-a-longer-task",
        ),
        pytest.param(
            "# 医院运营市场\n\n成本核算与运营分析占市场的31%。代表产品为智岫成本核算云。\n",
            set(),
            {("智岫成本核算云", "addressesUseCase", "成本核算")},
            id="four-characters-say-too-little",
        ),
        pytest.param(
            "# 根除随访\n\n知岫根除随访助手已上线。另有根除随访管理平台在试点。\n",
            set(),
            {("知岫根除随访助手", "addressesUseCase", "根除随访")},
            id="written-only-inside-a-longer-task",
        ),
        pytest.param(
            "# ADHD AI Market Report\n\nIn Germany, Lumenkid GmbH's neurofeedback headset "
            "LumenKid NF is listed as a DiGA.\n",
            set(),
            {("Lumenkid GmbH", "develops", "Germany")},
            id="a-place-is-no-offering",
        ),
        pytest.param(
            "# 平台生态\n\n平台底座是衡岫自研的“衡岫医学大模型”，参数规模为340亿，"
            "运行在阿里云上。\n",
            set(),
            {("阿里云", "develops", "衡岫医学大模型")},
            id="the-cloud-after-is-not-the-maker",
        ),
        pytest.param(
            "# 平台生态\n\n平台运行在华为云上，核心预测模型为自研的“VigilNet-R9”，融合多源数据。\n",
            set(),
            {("华为云", "develops", "VigilNet-R9")},
            id="the-host-is-not-the-maker",
        ),
    ],
)
def test_a_task_a_name_holds(
    tmp_path: Path,
    text: str,
    stated: set[tuple[str, str, str]],
    unstated: set[tuple[str, str, str]],
) -> None:
    check_named_relations(tmp_path, text, stated, unstated)


# --- the money of deals and forecasts -----------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "sentence", "original", "slug"),
    [
        pytest.param(
            REVIEW,
            "Investors put $438 million into AI companies working on psoriasis in H2 2025.",
            "$438 million",
            "financing-amount",
            id="investors-put-money-into",
        ),
        pytest.param(
            REVIEW,
            "Brain-computer interface companies took the largest slice at $612 million.",
            "$612 million",
            "financing-amount",
            id="the-largest-slice",
        ),
        pytest.param(
            REVIEW,
            "Halden Systems agreed to buy Cardiotoco Inc., maker of the FetalGuard CTG "
            "engine, for USD 410 million.",
            "USD 410 million",
            "price",
            id="bought-for",
        ),
        pytest.param(
            MARKET,
            "The market reached $3.4 billion in 2024. We forecast $8.9 billion by 2030.",
            "$8.9 billion",
            "forecast-market-size",
            id="we-forecast-a-sum",
        ),
    ],
)
def test_the_money_of_deals_and_forecasts(
    head: str, sentence: str, original: str, slug: str
) -> None:
    figures = figures_of(markdown(f"{head}{sentence}\n"), {})
    assert measure_slug(figures[original]) == slug


def test_money_with_no_deal_word_stays_money() -> None:
    text = f"{MARKET}The company held $305 million in cash at the end of June.\n"
    figures = figures_of(markdown(text), {})
    assert measure_slug(figures["$305 million"]) not in ("financing-amount", "price")


# --- the fields a funding review tracks ---------------------------------------------------------

OPENING = (
    "Investors put $438 million into AI companies working on dementia screening, chronic "
    "wound care and occupational health in H2 2025, across 19 disclosed deals. That is 12% "
    "less than in H1. Pharmacy robotics took 44% of the dollars; most pharmacy rounds were "
    "small.\n\n"
    "| Company | Round | Amount |\n| --- | --- | --- |\n| Velmora Health | Series A | $12M |\n\n"
    "We expect 18 to 23 deals in H1 2026.\n"
)


@pytest.mark.parametrize("original", ["$438 million", "19 disclosed deals", "12%", "18 to 23"])
def test_a_reviews_totals_are_its_tracked_fields(original: str) -> None:
    figures = figures_of(markdown(f"{REVIEW}{OPENING}"), {"Velmora Health": "Company"})
    found = next(f for o, f in figures.items() if o.startswith(original.split()[0]))
    fields = {"dementia screening", "chronic wound care", "occupational health"}
    assert fields <= about_names(found)


def test_a_reviews_deals_and_sector_shares_keep_their_own_subjects() -> None:
    figures = figures_of(markdown(f"{REVIEW}{OPENING}"), {"Velmora Health": "Company"})
    assert about_names(figures["$12M"]) == {"Velmora Health"}
    assert "Pharmacy robotics" in about_names(figures["44%"])
    assert "dementia screening" not in about_names(figures["44%"])


def test_a_market_report_has_no_tracked_fields() -> None:
    text = f"{MARKET}{OPENING}"
    figures = figures_of(markdown(text), {"Velmora Health": "Company"})
    assert "chronic wound care" not in about_names(figures["$438 million"])


# --- the parts a sentence ranks by their shares -------------------------------------------------

RANKED = (
    "Severity scoring software accounted for 41% of 2025 revenue, followed by remote "
    "monitoring apps (33%) and AI-guided phototherapy (26%). North America accounted for 46% "
    "of 2024 revenue, followed by Europe (28%) and Asia-Pacific (21%).\n"
)


@pytest.mark.parametrize(
    ("original", "part"),
    [
        ("41%", "Severity scoring software"),
        ("33%", "remote monitoring apps"),
        ("26%", "AI-guided phototherapy"),
        ("28%", "Europe"),
    ],
)
def test_a_ranked_share_is_its_parts(original: str, part: str) -> None:
    figures = figures_of(markdown(f"{MARKET}{RANKED}"), {})
    assert part in about_names(figures[original])
    assert "followed by remote monitoring apps" not in about_names(figures[original])


# --- the thing a price is said of ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("original", "item"),
    [("4.2万元", "呼气试验智能判读仪"), ("2.8万元", "呼气试验智能判读仪"), ("2.6万元", "隐形矫治")],
)
def test_a_price_is_its_items(original: str, item: str) -> None:
    text = (
        "# 中国消化检测市场规模测算\n\n呼气试验智能判读仪的平均售价已从2022年的约4.2万元降至"
        "2.8万元，基层采购意愿明显提升。单例隐形矫治的终端均价已由2020年的约2.6万元下降。\n"
    )
    figures = figures_of(markdown(text), {})
    assert item in about_names(figures[original])


def test_a_widened_task_starts_after_the_verb_that_pushes_it() -> None:
    from medatlas.loaders.extract.gazetteer import atlas_gazetteer
    from medatlas.loaders.extract.usecase_phrases import widen_use_cases

    text = "要求二级以上综合医院在急诊和消化内科推行AUDIT量表筛查，推广转介模式。"
    found = sorted(atlas_gazetteer().find(text))
    assert [w.mention.text for w in widen_use_cases(text, 0, len(text), found)] == ["AUDIT量表筛查"]


# --- a country's things, counted ----------------------------------------------------------------

NATIONAL = (
    "# 2025中国高压氧医学发展白皮书\n\n据课题组统计，截至2024年底，全国开展高压氧治疗的医疗机构"
    "约2860家，在用医用氧舱约4100台。本书共9章。\n"
)


@pytest.mark.parametrize(("original", "thing"), [("2860家", "高压氧治疗"), ("4100台", "医用氧舱")])
def test_a_national_count_is_of_its_things(original: str, thing: str) -> None:
    figures = figures_of(markdown(NATIONAL), {})
    assert thing in about_names(figures[original])
    assert "医疗机构" not in about_names(figures[original])


def test_machines_counted_after_organisations_are_no_organisations() -> None:
    figures = figures_of(markdown(NATIONAL), {})
    assert measure_slug(figures["2860家"]) == "number-of-organizations"
    assert measure_slug(figures["4100台"]) == "count"
