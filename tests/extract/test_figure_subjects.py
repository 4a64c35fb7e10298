"""What a figure is about and what it measures: one rule per test, on invented documents.

Firms' accounts go to the firm (never its product), headings and defined terms name the
subject a clause leaves out, a product named in part is that product, and tables take their
subjects from row labels no list knows and from column headers that name things.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medatlas.loaders.document import Document
from medatlas.loaders.extract.figures import extract_figures
from medatlas.loaders.extract.gazetteer import atlas_gazetteer
from medatlas.loaders.extract.measures import MEASURE_BASE
from medatlas.loaders.extract.model import FigureCandidate, Mention
from medatlas.loaders.readers.markdown import read_markdown
from medatlas.loaders.readers.text import read_text


def _markdown(text: str) -> Document:
    return read_markdown(Path("inline.md"), text.encode("utf-8"))


def _named(document: Document, names: dict[str, str]) -> list[Mention]:
    """The gazetteer's mentions plus every occurrence of the given names (name -> class)."""
    found = list(atlas_gazetteer().find(document.text))
    for name, cls in names.items():
        at = document.text.find(name)
        while at >= 0:
            found.append(Mention(at, at + len(name), name, cls, 0.9, "test", name=name))
            at = document.text.find(name, at + len(name))
    return sorted(found)


def _figures(document: Document, names: dict[str, str]) -> list[FigureCandidate]:
    return extract_figures(document, _named(document, names))


def _slug(figure: FigureCandidate) -> str:
    return figure.measure.removeprefix(MEASURE_BASE)


def _about(figure: FigureCandidate) -> list[str]:
    return sorted(m.name or m.text for m in figure.about)


def _by_value(figures: list[FigureCandidate]) -> dict[str, FigureCandidate]:
    return {f.value: f for f in figures}


# ---- a firm's accounts ---------------------------------------------------------------------
def test_revenue_after_a_core_product_is_the_firm_s() -> None:
    document = _markdown(
        "# 周报\n\n桐舟智医总部位于宁波，核心产品桐舟眼底筛查系统已进入210家医院。"
        "2024年公司营业收入为3.2亿元，净利润为4000万元，毛利率为68%。\n"
    )
    names = {"桐舟智医": "Company", "桐舟眼底筛查系统": "Product"}
    figures = _by_value(_figures(document, names))
    assert _about(figures["320000000"]) == ["桐舟智医"]
    assert (_slug(figures["40000000"]), _about(figures["40000000"])) == ("net-profit", ["桐舟智医"])
    assert (_slug(figures["68"]), _about(figures["68"])) == ("gross-margin", ["桐舟智医"])


def test_its_margin_is_the_company_s_not_the_product_s() -> None:
    document = _markdown(
        "# Notes\n\nPellam Health sells the LungView Assist tool to 90 clinics. "
        "Its gross margin was 64%.\n"
    )
    names = {"Pellam Health": "Company", "LungView Assist": "Product"}
    figures = _by_value(_figures(document, names))
    assert (_slug(figures["64"]), _about(figures["64"])) == ("gross-margin", ["Pellam Health"])


def test_a_term_the_report_defines_for_the_company_wins_over_the_last_company_named() -> None:
    document = _markdown(
        "# 2024年年度报告摘要\n\n"
        "岱川医疗科技股份有限公司（以下简称“公司”）专注于病理AI，2024年与云岫科技合作推出云端版本。"
        "\n\n报告期内，公司实现营业收入5.1亿元。\n"
    )
    names = {"岱川医疗科技股份有限公司": "Company", "云岫科技": "Company"}
    [figure] = _figures(document, names)
    assert _about(figure) == ["岱川医疗科技股份有限公司"]


def test_the_company_after_a_partner_is_named_is_the_company_of_the_title() -> None:
    document = _markdown(
        "# Fernhill Bio raises $90 million\n\nFernhill Bio signed a deal with Oakhurst Pharma "
        "in 2024.\n\nThe company now employs 130 people.\n"
    )
    names = {"Fernhill Bio": "Company", "Oakhurst Pharma": "Company"}
    figures = _by_value(_figures(document, names))
    assert _about(figures["130"]) == ["Fernhill Bio"]


def test_a_change_after_the_firm_s_profit_is_still_the_firm_s() -> None:
    document = _markdown(
        "# 2024年年度报告摘要\n\n"
        "岱川医疗科技股份有限公司（以下简称“公司”）的数字病理平台“岱析”已进入40家医院。\n\n"
        "归属于股东的净利润为1,200万元，同比增长15%。\n"
    )
    names = {"岱川医疗科技股份有限公司": "Company", "岱析": "Platform"}
    figures = _by_value(_figures(document, names))
    assert _about(figures["12000000"]) == ["岱川医疗科技股份有限公司"]
    assert _about(figures["15"]) == ["岱川医疗科技股份有限公司"]


def test_a_valuation_after_revenue_stays_a_valuation() -> None:
    document = _markdown("# 快讯\n\n衡屿医疗2024年营收5亿元，估值达到60亿元。\n")
    figures = _by_value(_figures(document, {"衡屿医疗": "Company"}))
    assert _slug(figures["6000000000"]) == "monetary-measure"
    assert _slug(figures["500000000"]) == "revenue"


def test_a_listing_s_proceeds_are_the_firm_of_the_title_not_the_city_or_segment() -> None:
    title = "企业档案｜松禾数科：以医疗数据基础设施切入"
    document = read_text(
        Path("inline.txt"),
        f"{title}\n\n松禾数科成立于2016年。\n\n2022年3月：在香港联合交易所主板挂牌上市，募资约21亿港元。\n".encode(),
    )
    names = {title: "Report", "松禾数科": "Company", "香港": "Region", "基础设施": "Segment"}
    [figure] = _figures(document, names)
    assert (_slug(figure), _about(figure)) == ("financing-amount", ["松禾数科"])


# ---- headings ------------------------------------------------------------------------------
def test_a_heading_names_the_subject_of_its_section() -> None:
    document = _markdown(
        "# 企业观察\n\n## 岚汀医疗\n\n2024年营收5.1亿元，同比增长40%。\n\n"
        "## 康复机器人市场\n\n2024年规模为20亿元，渗透率为6%。\n"
    )
    figures = _by_value(_figures(document, {"岚汀医疗": "Company"}))
    assert _about(figures["510000000"]) == ["岚汀医疗"]
    assert _about(figures["40"]) == ["岚汀医疗"]
    assert [name[:5] for name in _about(figures["6"])] == ["康复机器人"]  # the concept or market


def test_a_name_heading_under_a_heading_of_companies_is_a_company() -> None:
    document = _markdown(
        "# Review\n\n## Company profiles\n\n### Tamsin Diagnostics\n\n"
        "Its tool LensRead is used in 60 labs, and the company has 95 employees.\n\n"
        "## Market outlook\n\n### Regional overview\n\nStaff grew to 40 people.\n"
    )
    figures = _by_value(_figures(document, {"LensRead": "Product"}))
    assert (_slug(figures["95"]), _about(figures["95"])) == ("headcount", ["Tamsin Diagnostics"])
    assert "Regional overview" not in _about(figures.get("40", figures["95"]))


def test_a_short_unmarked_line_ends_the_section_of_a_heading() -> None:
    document = read_text(
        Path("inline.txt"),
        "快讯\n\n一、岚汀医疗完成B轮融资\n\n岚汀医疗完成2亿元B轮融资。\n\n数据点评\n\n"
        "本周共披露融资事件9起。\n".encode(),
    )
    figures = _by_value(_figures(document, {"岚汀医疗": "Company"}))
    assert _about(figures["200000000"]) == ["岚汀医疗"]
    assert "岚汀医疗" not in _about(figures["9"])


# ---- references ----------------------------------------------------------------------------
def test_our_hospital_is_the_hospital_of_the_title() -> None:
    document = read_text(
        Path("inline.txt"),
        "澄江市第二人民医院上线AI预问诊\n\n我院门诊日均接诊约3,400人次。\n".encode(),
    )
    [figure] = _figures(document, {"澄江市第二人民医院": "Hospital"})
    assert _about(figure) == ["澄江市第二人民医院"]


def test_a_product_named_in_part_is_that_product() -> None:
    document = _markdown(
        "# 上线\n\n医院引进了“青萝胸部CT辅助诊断系统”和“白榆骨折智能检测系统”。\n\n"
        "——胸部CT平均阅片时间由14分钟缩短至5分钟；\n\n"
        "——骨折X线报告平均出具时间由50分钟缩短至30分钟。\n"
    )
    names = {"青萝胸部CT辅助诊断系统": "Product", "白榆骨折智能检测系统": "Product"}
    figures = _by_value(_figures(document, names))
    assert _about(figures["14"]) == ["青萝胸部CT辅助诊断系统"]
    assert _about(figures["50"]) == ["白榆骨折智能检测系统"]


def test_a_lower_case_word_of_a_product_name_names_no_product() -> None:
    document = _markdown(
        "# Notes\n\nKestrel Care built Wren Model on its data. "
        "The model is now used in 300 clinics.\n"
    )
    names = {"Wren Model": "AIModel", "Kestrel Care": "Company"}
    [figure] = _figures(document, names)
    assert "Wren Model" not in _about(figure) or "Kestrel Care" not in _about(figure)


def test_the_beds_of_a_hospital_described_in_the_clause_before() -> None:
    document = _markdown(
        "# 简介\n\n澄江市第二人民医院是一所集医疗、教学于一体的三级甲等综合医院，"
        "开放床位1,800张。\n"
    )
    [figure] = _figures(document, {"澄江市第二人民医院": "Hospital"})
    assert _about(figure) == ["澄江市第二人民医院"]


def test_the_authority_inside_a_clause_is_the_authority_named_before() -> None:
    document = _markdown(
        "# Bulletin\n\nThe Farrow Devices Authority publishes a register.\n\n"
        "In the first half of 2025 the Authority granted 21 approvals for AI-enabled devices.\n"
    )
    [figure] = _figures(document, {"Farrow Devices Authority": "GovernmentBody"})
    assert _about(figure) == ["Farrow Devices Authority"]


def test_a_notice_is_the_subject_of_its_figures_not_the_body_that_issued_it() -> None:
    title = "澄州市卫生健康委员会关于开展智慧病房试点的通知"
    document = read_text(
        Path("inline.txt"),
        f"{title}\n\n一、本次共遴选试点医院6家。\n".encode(),
    )
    names = {title: "Policy", "澄州市卫生健康委员会": "GovernmentBody"}
    [figure] = _figures(document, names)
    assert _about(figure) == [title]


def test_a_source_introduced_by_per_is_not_the_subject() -> None:
    document = _markdown(
        "# Weekly\n\nPer Quarrystone data, dental-AI startups raised $1.1B in Q1 2025, "
        "roughly +19% vs Q1 2024.\n"
    )
    figures = _by_value(_figures(document, {"Quarrystone": "Company"}))
    assert "Quarrystone" not in _about(figures["1100000000"])
    assert _slug(figures["19"]) == "growth-rate"


def test_a_filing_that_shows_revenue_is_not_the_firm() -> None:
    document = _markdown(
        "# IPO watch\n\nMarrow Health filed an F-9 Form with the regulator. "
        "The F-9 Form shows 2024 revenue of $40.2M and a net loss of $7.5M.\n"
    )
    names = {"Marrow Health": "Company", "F-9 Form": "Policy"}
    figures = _by_value(_figures(document, names))
    assert _about(figures["40200000"]) == ["Marrow Health"]
    assert (_slug(figures["7500000"]), _about(figures["7500000"])) == (
        "net-profit",
        ["Marrow Health"],
    )


def test_the_software_inside_a_clause_is_the_offering_named_before() -> None:
    document = _markdown(
        "# Bulletin\n\nThe agency cleared PulseTrace AF, a rhythm tool by Omsted Medical. "
        "In the pivotal study the software reached a sensitivity of 94.8%.\n"
    )
    names = {"PulseTrace AF": "Product", "Omsted Medical": "Company"}
    [figure] = _figures(document, names)
    assert (_slug(figure), _about(figure)) == ("sensitivity", ["PulseTrace AF"])


def test_a_round_s_letter_ends_a_sentence_and_its_investors_are_not_the_subject() -> None:
    document = _markdown(
        "# Deals\n\nCurlew Health was valued at USD 900 million after its Series C. "
        "Brantwood Capital and Osier Fund participated.\n"
    )
    names = {"Curlew Health": "Company", "Brantwood Capital": "Company"}
    [figure] = _figures(document, names)
    assert _about(figure) == ["Curlew Health"]


def test_staff_across_offices_are_the_company_s_not_the_cities() -> None:
    document = _markdown(
        "# News\n\nMarlow Bio designs antibodies with AI. "
        "The company now employs more than 150 people across offices in Oslo and Bergen.\n"
    )
    [figure] = _figures(document, {"Marlow Bio": "Company"})
    assert (_slug(figure), _about(figure)) == ("headcount", ["Marlow Bio"])


def test_levels_from_and_to_do_not_take_the_change_named_before() -> None:
    document = _markdown(
        "# Pilot\n\nAt Rowan Hill Hospital false alerts fell by 28%, and readmissions at Rowan "
        "went from 16.2% to 13.1% over the year.\n"
    )
    figures = _by_value(
        _figures(document, {"Rowan Hill Hospital": "Hospital", "Rowan": "Hospital"})
    )
    assert _slug(figures["28"]) == "relative-reduction"
    assert {_slug(figures["16.2"]), _slug(figures["13.1"])} == {"proportion"}
    assert _about(figures["16.2"]) == ["Rowan Hill Hospital"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Sleep medicine, dermatology and oncology accounted for 38%, 21% and 9% of spend, "
            "respectively.",
            ["Sleep medicine", "dermatology", "oncology"],
        ),
        ("其中，听力筛查和慢病随访分别占比31%和17%。", ["听力筛查", "慢病随访"]),
    ],
)
def test_names_listed_for_figures_respectively_each_take_their_figure(
    text: str, names: list[str]
) -> None:
    document = _markdown(f"# Notes\n\n{text}\n")
    figures = sorted(_figures(document, {}), key=lambda f: f.start)
    got = [_about(f) for f in sorted(figures, key=lambda f: float(f.value), reverse=True)]
    assert got == [[n] for n in names]


def test_a_percentage_share_a_vendor_leads_with_is_a_market_share() -> None:
    document = _markdown("# Vendors\n\nCorriveau Imaging leads with a 16% share.\n")
    [figure] = _figures(document, {"Corriveau Imaging": "Company"})
    assert (_slug(figure), _about(figure)) == ("market-share", ["Corriveau Imaging"])


def test_which_refers_back_to_the_name_before_not_the_whole_after_the_figure() -> None:
    document = _markdown(
        "# Regions\n\nDemand is strongest in Western Europe, which represented 37% of global "
        "revenue in 2024.\n"
    )
    [figure] = _figures(document, {"Western Europe": "Region"})
    assert _about(figure) == ["Western Europe"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Wound imaging remains the largest segment, accounting for 44% of spending.",
            "Wound imaging",
        ),
        ("听力筛查仍是最大细分领域，占比达到39%。", "听力筛查"),
    ],
)
def test_a_segment_ranked_largest_is_the_subject_of_the_share_after_it(
    text: str, name: str
) -> None:
    [figure] = _figures(_markdown(f"# Notes\n\n{text}\n"), {})
    assert name in _about(figure)


# ---- tables ----------------------------------------------------------------------------------
def test_a_row_no_list_knows_is_a_company_when_its_values_are_revenue() -> None:
    document = _markdown(
        "# 观察\n\n## 主要厂商营收（亿元）\n\n| 名称 | 2023 | 2024 |\n| --- | --- | --- |\n"
        "| 汀洲影像 | 2.1 | 3.4 |\n| 合计 | 2.1 | 3.4 |\n"
    )
    figures = _figures(document, {})
    rows = {(f.value, tuple(_about(f)), _slug(f)) for f in figures if f.about}
    assert ("340000000", ("汀洲影像",), "revenue") in rows
    assert all("合计" not in about for _, about, _ in rows)


def test_segment_rows_of_amounts_are_market_sizes_and_a_cagr_spans_the_year_columns() -> None:
    document = _markdown(
        "# Outlook\n\n## Segment outlook (USD m)\n\n| | 2024 | 2030F | CAGR |\n"
        "| --- | --- | --- | --- |\n| Sleep diagnostics | 120 | 410 | 22.7% |\n"
    )
    figures = _by_value(_figures(document, {}))
    assert _slug(figures["120000000"]) == "market-size"
    assert "Sleep diagnostics" in _about(figures["120000000"])
    assert _slug(figures["410000000"]) == "forecast-market-size"
    assert (_slug(figures["22.7"]), figures["22.7"].period) == ("cagr", "2024/2030")


def test_a_change_column_is_a_growth_rate_of_the_latest_year() -> None:
    document = _markdown(
        "# 年报\n\n单位：万元\n\n| 项目 | 2024年 | 2023年 | 本年比上年增减 |\n"
        "| --- | --- | --- | --- |\n| 营业收入 | 50,000 | 40,000 | 25.00% |\n"
    )
    figures = _by_value(_figures(document, {}))
    assert (_slug(figures["25"]), figures["25"].period) == ("growth-rate", "2024")


def test_rows_under_a_specialty_header_are_their_specialties() -> None:
    document = _markdown(
        "# Survey\n\n## Adoption by specialty\n\n| Specialty | 2023 | 2025 |\n"
        "| --- | --- | --- |\n| Sports medicine | 14% | 26% |\n"
    )
    figures = _by_value(_figures(document, {}))
    assert _about(figures["26"]) == ["Sports medicine"]
    assert "adoption" in _slug(figures["26"])


def test_a_contract_value_is_about_the_hospital_and_the_product_of_its_row() -> None:
    document = _markdown(
        "# Awards\n\n| Hospital | Product | Contract value (USD m) | Lead investor |\n"
        "| --- | --- | --- | --- |\n| Fenmoor General Hospital | TriageLoop | 3.6 | Osprey Fund |\n"
    )
    names = {
        "Fenmoor General Hospital": "Hospital",
        "TriageLoop": "Product",
        "Osprey Fund": "Company",
    }
    [figure] = _figures(document, names)
    assert (_slug(figure), _about(figure)) == (
        "price",
        ["Fenmoor General Hospital", "TriageLoop"],
    )


def test_a_metric_column_measures_and_model_columns_are_subjects() -> None:
    document = _markdown(
        "# Results\n\n| Benchmark | Metric | Corvid-7B | Hollis-13B |\n| --- | --- | --- | --- |\n"
        "| DermBench | accuracy | 81.2% | 77.5% |\n| FundusSet | mean AUC | 0.934 | n/a |\n"
    )
    names = {"Corvid-7B": "AIModel", "Hollis-13B": "AIModel", "DermBench": "Dataset"}
    figures = _by_value(_figures(document, names))
    assert (_slug(figures["81.2"]), _about(figures["81.2"])) == (
        "accuracy",
        ["Corvid-7B", "DermBench"],
    )
    assert "Hollis-13B" in _about(figures["77.5"])
    assert _slug(figures["0.934"]) == "auc"


def test_a_row_label_a_concept_names_only_in_part_is_the_row_s_subject() -> None:
    document = _markdown(
        "# 调研\n\n表1 主要应用场景的部署比例\n\n| 应用场景 | 三级医院 |\n| --- | --- |\n"
        "| 医学影像辅助诊断 | 71.0% |\n"
    )
    [figure] = _figures(document, {})
    assert "医学影像辅助诊断" in _about(figure)
    assert "三级医院" in _about(figure)
    assert _slug(figure) == "use-case-adoption-rate"


# ---- measures --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("在验证集中，该模型的敏感性为93.5%。", "sensitivity"),
        ("患者满意度为91%。", "satisfaction-rate"),
        ("本项目中标金额为380万元。", "price"),
        ("国内装机量超过900台。", "number-of-products"),
        ("2024年归母净利润为1.2亿元。", "net-profit"),
        ("We surveyed 410 pathologists in June.", "survey-sample-size"),
        ("本次调研覆盖860名社区居民。", "survey-sample-size"),
        ("该院开放床位1,450张。", "number-of-beds"),
        ("The scribe saves nurses 1.4 hours per shift.", "time-saved"),
        ("中标信息：成交金额：312.8万元", "price"),
        ("服务期限：2年", "duration"),
    ],
)
def test_measure_names_reports_use(text: str, slug: str) -> None:
    document = read_text(Path("inline.txt"), text.encode("utf-8"))
    assert [_slug(f) for f in _figures(document, {})] == [slug]
