"""The measure a figure names: counted nouns, change statements, money words, table headers.

Invented sentences and invented firms only; each kind of wording has cases that must not fire.
"""

from __future__ import annotations

import pytest
from figure_support import about_names, figures_of, markdown, measure_slug

from medatlas.loaders.extract.numbers import find_quantities


def _measures(text: str, names: dict[str, str] | None = None) -> dict[str, str]:
    found = figures_of(markdown(f"# Notes\n\n{text}\n"), names or {})
    return {original: measure_slug(f) for original, f in found.items()}


# ---- counted nouns: a stop word inside an institution's name does not cut it ------------------
@pytest.mark.parametrize(
    ("text", "original", "noun"),
    [
        ("问诊助手已上线至全国300余家中医馆，用于辨证。", "300余家", "家中医馆"),
        ("另有32家社区卫生服务中心开展试点。", "32家", "家社区卫生服务中心"),
        ("项目覆盖20家中医院。", "20家", "家中医院"),
        ("全区设立15个服务站。", "15个", "个服务站"),
        # must not run on: a verb after the noun, or 中 meaning "among"
        ("10家医院已建成影像中心。", "10家", "家医院"),
        ("在100家医院中有30家部署了系统。", "100家", "家医院"),
    ],
)
def test_a_counted_noun_keeps_its_institution_name(text: str, original: str, noun: str) -> None:
    nouns = {q.original: q.noun for q in find_quantities(text)}
    assert nouns[original] == noun


@pytest.mark.parametrize(
    ("text", "original", "slug"),
    [
        ("问诊助手已上线至全国300余家中医馆。", "300余家", "number-of-organizations"),
        ("另有32家社区卫生服务中心开展试点。", "32家", "number-of-organizations"),
        ("项目覆盖20家中医院。", "20家", "number-of-hospitals"),
        ("医院全年门急诊量达86.4万人次。", "86.4万人次", "number-of-visits"),
        ("派出医疗队员共计35人次。", "35人次", "headcount"),
        ("训练语料包括临床医案60万份。", "60万份", "dataset-size"),
        ("Its shared imaging dataset holds 310,000 annotated studies.", "310,000", "dataset-size"),
    ],
)
def test_the_counted_noun_names_the_measure(text: str, original: str, slug: str) -> None:
    assert _measures(text)[original] == slug


# ---- change statements -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "original", "slug"),
    [
        ("据统计，全省服务量较2023年增长38%。", "38%", "growth-rate"),
        ("Startups raised $2.1 billion in 2024, a 19% increase on 2023.", "19%", "growth-rate"),
        ("全市产业规模突破60亿元，年均增长22%以上。", "22%", "cagr"),
        # the rate named next to the verb, not a time named earlier in the sentence
        ("分诊耗时从4.5分钟缩短至2分钟，漏诊率下降了41%。", "41%", "relative-reduction"),
        ("Clinicians saved an hour a day, and after-hours charting fell 27%.", "27%", None),
    ],
)
def test_what_changed_names_the_change(text: str, original: str, slug: str | None) -> None:
    got = _measures(text)[original]
    if slug is None:
        assert got in ("workload-reduction", "relative-reduction")
    else:
        assert got == slug


# ---- lengths of time ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "original", "slug"),
    [
        (
            "The model flagged sepsis a median of 6.1 hours before clinical recognition.",
            "6.1 hours",
            "warning-lead-time",
        ),
        ("Alerts fire about 3 hours ahead of the bedside team.", "3 hours", "warning-lead-time"),
        ("单例CT处理时间小于15秒。", "15秒", "diagnosis-time"),
        ("可在成像后4分钟内给出出血提示。", "4分钟", "diagnosis-time"),
        (
            "Teams took 48 months to move a programme to a preclinical candidate.",
            "48 months",
            "development-cycle-time",
        ),
        # must not fire: a pilot that ran before something else is a plain duration
        ("The pilot ran for 7 months before the wider roll-out.", "7 months", "duration"),
        ("试点期为12个月。", "12个月", "duration"),
    ],
)
def test_a_length_of_time_takes_its_kind(text: str, original: str, slug: str) -> None:
    assert _measures(text)[original] == slug


# ---- money -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "original", "slug"),
    [
        (
            "Brindle Labs received a $1.4 million grant from a foundation.",
            "$1.4 million",
            "financing-amount",
        ),
        ("澜途医疗获得某基金会资助金额150万元。", "150万元", "financing-amount"),
        ("省级财政对每个试点单位给予不超过300万元的一次性补助。", "300万元", "budget"),
        ("获评企业可获得最高400万元的奖励资金。", "400万元", "budget"),
        ("全年信息化投入3,650万元。", "3,650万元", "budget"),
        ("预计每年可为参保人减轻负担约1,900万元。", "1,900万元", "cost-reduction"),
        ("公司获得某产业基金独家投资6,000万元。", "6,000万元", "financing-amount"),
        # must not fire: granting a clearance is no grant of money; 投入使用 is put into use
        (
            "The agency granted clearance, and the firm's revenue reached $9 million.",
            "$9 million",
            "revenue",
        ),
    ],
)
def test_money_words_name_the_amount(text: str, original: str, slug: str) -> None:
    assert _measures(text)[original] == slug


def test_a_share_of_things_is_no_share_of_respondents() -> None:
    got = _measures("Overall, 14% of images were excluded as ungradable.")
    assert got["14%"] == "proportion"
    assert _measures("Some 58% of clinicians were using an AI scribe.")["58%"] in (
        "adoption-rate",
        "use-case-adoption-rate",
        "share-of-respondents",
    )


# ---- tables ------------------------------------------------------------------------------------
_PATENTS = """# 专利概览

表1 医疗AI专利申请人排名

| 排名 | 申请人 | 申请量（件） | 授权量（件） |
| --- | --- | --- | --- |
| 1 | 澜途医疗 | 326 | 118 |
| 2 | 青岫智能 | 214 | 97 |
"""


def test_a_patent_table_counts_patents_of_each_applicant() -> None:
    found = figures_of(markdown(_PATENTS), {})
    assert measure_slug(found["326"]) == measure_slug(found["97"]) == "number-of-patents"
    assert about_names(found["326"]) == {"澜途医疗"}
    assert about_names(found["97"]) == {"青岫智能"}


_PLAN = """# 行动计划

| 指标 | 2024年 | 2025年 |
| --- | --- | --- |
| 获批的本地AI产品（个） | 9 | 14 |
| 基层医疗机构AI辅助诊断覆盖率 | 18% | 40% |
"""


def test_a_row_label_names_what_a_table_counts_and_what_a_rate_is_of() -> None:
    found = figures_of(markdown(_PLAN), {})
    assert measure_slug(found["9"]) == "number-of-products"
    assert measure_slug(found["18%"]) == "coverage-rate"
    assert "AI辅助诊断" in about_names(found["18%"])


_KINDS = """# 部署情况

| 机构类型 | 部署数量 |
| --- | --- |
| 三级医院 | 120 |
| 二级医院 | 85 |
| 专科医院 | 40 |
"""


def test_a_row_of_a_kind_of_hospital_stays_the_rows_subject() -> None:
    found = figures_of(markdown(_KINDS), {"三级医院": "Segment"})
    assert "三级医院" in about_names(found["120"])


_FIRMS = """# 企业概览

| 企业 | 产品数量（款） | 合作医院（家） | 员工人数 |
| --- | --- | --- | --- |
| 澜途医疗 | 12 | 340 | 520 |
| 青岫智能 | 8 | 150 | 210 |
"""


def test_a_column_that_counts_hospitals_is_no_subject() -> None:
    found = figures_of(markdown(_FIRMS), {"澜途医疗": "Company", "青岫智能": "Company"})
    assert measure_slug(found["340"]) == "number-of-hospitals"
    assert about_names(found["340"]) == {"澜途医疗"}
    assert measure_slug(found["520"]) == "headcount"


_VENDORS = """# Vendors

| Vendor | Customers | Employees | Revenue growth |
| --- | --- | --- | --- |
| Brindle Health | 140 | 210 | 35% |
| Quillon Labs | 85 | 120 | 22% |
"""


def test_an_english_plural_header_makes_bare_numbers_counts() -> None:
    names = {"Brindle Health": "Company", "Quillon Labs": "Company"}
    found = figures_of(markdown(_VENDORS), names)
    assert measure_slug(found["140"]) == "number-of-organizations"
    assert measure_slug(found["210"]) == "headcount"
    assert about_names(found["85"]) == {"Quillon Labs"}


def test_a_header_of_a_tier_with_shares_stays_the_columns_subject() -> None:
    text = (
        "# Tiers\n\n| 指标 | 三级医院（%） | 二级医院（%） |\n| --- | --- | --- |\n"
        "| AI采用率 | 62 | 35 |\n"
    )
    found = figures_of(markdown(text), {"三级医院": "Segment", "二级医院": "Segment"})
    assert "三级医院" in about_names(found["62"])


def test_a_dialogue_corpus_is_counted_as_data() -> None:
    text = "该模型学习了超过3,000万条脱敏问诊对话。"
    assert {q.original: q.noun for q in find_quantities(text)}["3,000万条"] == "条脱敏问诊对话"
    assert _measures(text)["3,000万条"] == "dataset-size"
    # 对 as "to" still ends the noun
    assert {q.original: q.noun for q in find_quantities("为12家医院对接系统")}["12家"] == "家医院"


def test_a_bilingual_rank_column_names_no_row() -> None:
    from figure_support import about_names, figures_of, markdown

    text = (
        "| 排名 Rank | 公司 Company | 金额 Amount |\n| --- | --- | --- |\n"
        "| 1 | 岚影智能 | 8亿元 |\n| 2 | 朔光医疗 | 5亿元 |\n"
    )
    figures = figures_of(markdown(text), {"岚影智能": "Company", "朔光医疗": "Company"})
    assert about_names(figures["8亿元"]) == {"岚影智能"}
    assert about_names(figures["5亿元"]) == {"朔光医疗"}


@pytest.mark.parametrize(
    ("text", "original", "unit"),
    [
        ("该模型参数规模达到130亿。", "130亿", "NUM"),
        ("平台用户规模突破1.2亿。", "1.2亿", "NUM"),
        ("2024年市场规模达到130亿。", "130亿", "CNY"),
    ],
)
def test_a_size_of_things_is_no_money(text: str, original: str, unit: str) -> None:
    from figure_support import figures_of, markdown

    figure = figures_of(markdown(text), {})[original]
    assert figure.unit.rsplit("/", 1)[-1] == unit


@pytest.mark.parametrize(
    ("text", "original", "slug"),
    [
        (
            "本次调研共发放问卷700份，回收有效问卷612份，有效回收率为87.4%。",
            "612份",
            "survey-sample-size",
        ),
        ("医生问卷共回收有效样本1,286份，来自28个省份。", "1,286份", "survey-sample-size"),
        (
            "| 机构层级 | 样本数（家） | 占比 |\n| --- | --- | --- |\n| 省级 | 31 | 5.1% |",
            "31",
            "survey-sample-size",
        ),
        # a model's training samples stay a data set's size
        ("该模型使用训练样本12万份完成训练。", "12万份", "dataset-size"),
    ],
)
def test_a_survey_s_returned_sample_is_its_sample_size(text: str, original: str, slug: str) -> None:
    assert _measures(text)[original] == slug


_TIERS = (
    "# 2025年岚州医院AI应用调研报告\n\n受访机构共312家，受访者来自各级医院。\n\n"
    "表2 不同等级医院AI应用率\n\n"
    "| 分组 | AI应用率 | 计划一年内应用 | 暂无计划 |\n| --- | --- | --- | --- |\n"
    "| 三级医院 | 84.0% | 11.2% | 4.8% |\n"
)


def test_a_column_of_plans_beside_an_adoption_rate_is_a_share_of_those_asked() -> None:
    found = figures_of(markdown(_TIERS), {})
    assert measure_slug(found["84.0%"]) == "adoption-rate"
    assert measure_slug(found["11.2%"]) == "share-of-respondents"
    assert measure_slug(found["4.8%"]) == "share-of-respondents"


@pytest.mark.parametrize(
    ("text", "original", "slug"),
    [
        (
            "The hospital AI market, covering scheduling and supply chains, reached $3.4 billion"
            " in 2024.",
            "$3.4 billion",
            "market-size",
        ),
        ("Patient flow is the largest segment at $1.19 billion.", "$1.19 billion", "market-size"),
        (
            "We forecast it will grow at a CAGR of 21.7% to $11.0 billion by 2030.",
            "$11.0 billion",
            "forecast-market-size",
        ),
        ("研究院预计，到2027年该市场将突破150亿元。", "150亿元", "forecast-market-size"),
        # money the sentence names otherwise keeps its own measure
        ("Veyra, a leader in the market, raised $50 million.", "$50 million", "financing-amount"),
        ("一台国产腔镜机器人的采购价约为1,500万元。", "1,500万元", "price"),
        ("The company is pricing it at about $900,000.", "$900,000", "price"),
    ],
)
def test_an_amount_a_market_or_a_price_word_names(text: str, original: str, slug: str) -> None:
    assert _measures(text)[original] == slug


@pytest.mark.parametrize(
    ("text", "original", "slug"),
    [
        ("截至2025年3月底，全国已有23个省份出台了相关文件。", "23个", "number-of-regions"),
        ("目标是全省11个设区市全部接入。", "11个", "number-of-regions"),
        ("覆盖全省21个市（州）的二级以上医院。", "21个", "number-of-regions"),
        ("The tracker covers 14 countries.", "14", "number-of-regions"),
        # a region that heads a row is what is counted in, not what is counted
        (
            "| 地区 | 受访医院（家） |\n| --- | --- |\n| 东部地区 | 131 |",
            "131",
            "number-of-hospitals",
        ),
    ],
)
def test_provinces_cities_and_countries_counted_are_regions(
    text: str, original: str, slug: str
) -> None:
    assert _measures(text)[original] == slug


def test_a_later_count_does_not_take_the_regions_an_earlier_one_counts() -> None:
    text = "The tool is used in 680 cities, giving about 890 million suggestions a year."
    measures = _measures(text)
    assert measures["680"] == "number-of-regions"
    assert measures["890 million"] != "number-of-regions"
