"""A survey's list of current uses, each with its share, and a sizing table read from a PDF.

``AI主要用于A（72.1%）、B（44.7%）`` gives each share to its use case, as that use case's
adoption rate (in a survey's report); a white paper's ``应用场景占比`` stays a plain share. A
table whose header row holds years (``细分市场 | 2024 | 2025E``) has a header, so its CAGR
column is a CAGR; the bare year beside forecast years holds actual sizes, whatever the caption
says; and ``X细分市场规模`` names the market of X. Every name here is invented.
"""

from __future__ import annotations

from pathlib import Path

from figure_support import about_names, figures_of, markdown, measure_slug

from medatlas.loaders.extract.subjects import find_markets
from medatlas.loaders.readers.tables import holds_values
from medatlas.loaders.readers.text import read_text

_SURVEY = (
    "# 2025年医院临床营养AI应用调查报告\n\n## 二、应用场景\n\n"
    "从场景看，已使用AI的215家医院中，AI主要用于营养不良风险筛查（72.1%）、"
    "肠内营养处方与配方计算（44.7%）和糖尿病饮食指导（17.2%）。\n"
)


def test_a_share_of_a_listed_current_use_is_its_adoption_rate() -> None:
    figures = figures_of(markdown(_SURVEY), {})
    first, second = figures["72.1%"], figures["44.7%"]
    assert about_names(first) == {"营养不良风险筛查"}, about_names(first)
    assert about_names(second) == {"肠内营养处方与配方计算"}, about_names(second)
    assert measure_slug(first) == measure_slug(second) == "use-case-adoption-rate"


def test_a_white_papers_share_of_a_scenario_stays_a_share() -> None:
    text = "# 医疗大模型白皮书\n\n从应用场景看，大模型主要用于病历生成（31%）和智能导诊（24%）。\n"
    figure = figures_of(markdown(text), {})["24%"]
    assert measure_slug(figure) != "use-case-adoption-rate"


_TABLE = (
    "中国汀岚康复AI市场规模测算\n\n表4-1 汀岚康复AI细分市场规模预测（亿元）\n"
    "细分市场\t2024\t2025E\t2030E\tCAGR（2024-2030）\n"
    "康复训练评估\t6.2\t8.1\t27.4\t28.1%\n"
    "步态风险监测\t4.3\t5.8\t24.1\t33.3%\n"
    "合计\t10.5\t13.9\t51.5\t30.1%\n"
)


def test_a_row_of_years_is_a_header_not_values() -> None:
    assert not holds_values(["细分市场", "2024", "2025E", "CAGR"])
    assert holds_values(["体检报告解读", "67.2%"])


def test_a_sizing_tables_bare_year_is_actual_and_its_cagr_column_a_cagr() -> None:
    doc = read_text(Path("a.txt"), _TABLE.encode())
    figures = figures_of(doc, {})
    assert measure_slug(figures["6.2"]) == "market-size"
    assert measure_slug(figures["8.1"]) == "forecast-market-size"
    assert measure_slug(figures["28.1%"]) == "cagr"
    assert "康复训练评估" in about_names(figures["6.2"]), about_names(figures["6.2"])


def test_a_fields_segment_sizes_name_the_fields_market() -> None:
    names = [m.name for m in find_markets("表4-1 汀岚康复AI细分市场规模预测（亿元）")]
    assert names[0] == "汀岚康复AI市场", names


def test_a_share_without_a_subject_is_of_the_reports_one_market() -> None:
    text = (
        "# 中国汀岚康复AI市场规模测算\n\n"
        "本报告所称汀岚康复AI市场，指康复评估与训练软件。2024年中国汀岚康复AI市场规模为18.6亿元。\n\n"
        "## 竞争格局\n\n市场集中度仍然较低，2024年前五名厂商合计份额为46.7%。\n"
    )
    figure = figures_of(markdown(text), {"中国汀岚康复AI市场规模测算": "Report"})["46.7%"]
    assert measure_slug(figure) == "market-share"
    assert any(name.endswith("汀岚康复AI市场") for name in about_names(figure)), about_names(figure)
