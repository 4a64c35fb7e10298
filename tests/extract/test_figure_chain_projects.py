"""Figures of project tables, industry-chain sections, tenths (三成) and named funding rounds.

One rule per test, on invented documents: a project's cost is the project's and its
builder's, not a market size; a section headed by a chain position (中游, Midstream) is the
subject of the counts and shares below it; ``三成`` is 30%; ``天使轮``/``B+轮`` amounts are
amounts raised, and the fund that gave them (拿了X的…) is not what they measure.
"""

from __future__ import annotations

from figure_support import about_names, figures_of, markdown, measure_slug

from medatlas.loaders.extract.numbers import find_quantities


# ---- project tables ----------------------------------------------------------------------------
def test_project_cost_is_the_project_s_and_its_builder_s_not_a_market() -> None:
    document = markdown(
        "# 青岚市数字健康建设年度总结\n\n## 重点项目\n\n"
        "| 项目 | 承建单位 | 投资额 | 进度 |\n|---|---|---|---|\n"
        "| 慢病管理云平台 | 远澄软件 | 2,100万元 | 建设中 |\n"
        "| 智能导诊系统 | 星桥医疗 | 560万元 | 已上线 |\n"
    )
    figures = figures_of(document, {"远澄软件": "Company", "星桥医疗": "Company"})
    cloud = figures["2,100万元"]
    assert measure_slug(cloud) != "market-size"
    assert about_names(cloud) == {"慢病管理云平台", "远澄软件"}
    assert {m.cls for m in cloud.about} == {"Platform", "Company"}
    assert about_names(figures["560万元"]) == {"智能导诊系统", "星桥医疗"}


def test_english_project_table_takes_the_contractor() -> None:
    document = markdown(
        "# Harrowgate Digital Programme Review\n\n"
        "| Initiative | Delivery partner | Budget |\n|---|---|---|\n"
        "| Sepsis Alert Rollout | Marrowfield Analytics | $3.4M |\n"
    )
    figures = figures_of(document, {"Marrowfield Analytics": "Company"})
    assert about_names(figures["$3.4M"]) == {"Marrowfield Analytics"}
    assert measure_slug(figures["$3.4M"]) == "budget"


def test_annual_report_item_table_is_not_a_project_table() -> None:
    document = markdown(
        "# 桐舟智医2024年年度报告\n\n"
        "| 项目 | 2024年 | 2023年 |\n|---|---|---|\n| 营业收入（万元） | 32,000 | 27,500 |\n"
    )
    figures = figures_of(document, {"桐舟智医": "Company"})
    assert measure_slug(figures["32,000"]) == "revenue"


# ---- industry-chain sections -------------------------------------------------------------------
def test_chain_segment_heading_is_the_subject_of_its_counts() -> None:
    document = markdown(
        "# 2026中国智慧药房产业图谱\n\n## 一、上游：硬件与数据\n\n"
        "上游厂商集中度较高，我们统计约60家，前五家合计份额超过50%。\n"
    )
    figures = figures_of(document, {})
    assert about_names(figures["60家"]) == {"上游"}
    assert about_names(figures["50%"]) == {"上游", "前五家"}  # the five leaders of 上游
    assert {m.cls for m in figures["60家"].about} == {"Segment"}


def test_english_chain_heading_and_a_named_firm_below_it() -> None:
    document = markdown(
        "# Pharmacy Automation Landscape 2026\n\n## Midstream: software and platforms\n\n"
        "The field is crowded. We count roughly 210 vendors in it.\n\n"
        "Dosewell Systems reported revenue of $41M in 2025.\n"
    )
    figures = figures_of(document, {"Dosewell Systems": "Company"})
    assert about_names(figures["210"]) == {"midstream"}
    assert about_names(figures["$41M"]) == {"Dosewell Systems"}


# ---- tenths ------------------------------------------------------------------------------------
def test_tenths_are_percentages() -> None:
    def read(text: str) -> list[tuple[str, str]]:
        return [(q.original, q.values[0]) for q in find_quantities(text) if q.kind == "percent"]

    assert read("其中约三成已部署AI审方") == [("三成", "30")]
    assert read("头部企业拿下7成份额") == [("7成", "70")]
    assert read("近七成为影像类产品") == [("七成", "70")]
    assert read("成本下降，统一成为标准，一成不变，第三成员") == []


# ---- funding rounds ----------------------------------------------------------------------------
def test_named_round_amounts_are_raised_by_the_firm_not_the_giver() -> None:
    document = markdown(
        "# 栖岩医疗创始人访谈\n\n栖岩医疗成立于2019年。\n\n"
        "答：2021年种子轮拿了松溪资本的800万元；2023年Pre-A轮5000万元，由岳川投资领投。\n"
    )
    names = {"栖岩医疗": "Company", "松溪资本": "Company", "岳川投资": "Company"}
    figures = figures_of(document, names)
    assert measure_slug(figures["800万元"]) == "financing-amount"
    assert measure_slug(figures["5000万元"]) == "financing-amount"
    assert "松溪资本" not in about_names(figures["800万元"])


# ---- what an offering is built on or with ------------------------------------------------------
def test_model_an_offering_is_built_on_is_not_the_subject() -> None:
    document = markdown(
        "# 澄岳医疗产品手册\n\n## 重点产品\n\n"
        "**澄岳眼底**：基于自研的 CY-Eye 视觉大模型，糖网筛查敏感度达95.1%。\n\n"
        "**澄岳心电**：与华庭市第二人民医院联合研发，已在全国60余家基层医院使用。\n\n"
        "**澄岳病历助手**：接入星河语言模型能力（星河科技），上线后病历甲级率提升6个百分点。\n"
    )
    names = {
        "澄岳眼底": "Product",
        "CY-Eye": "AIModel",
        "澄岳心电": "Product",
        "华庭市第二人民医院": "Hospital",
        "澄岳病历助手": "Product",
        "星河语言模型": "AIModel",
        "星河科技": "Company",
    }
    figures = figures_of(document, names)
    assert "CY-Eye" not in about_names(figures["95.1%"])
    assert "澄岳眼底" in about_names(figures["95.1%"])
    assert "澄岳心电" in about_names(figures["60余家"])
    assert "华庭市第二人民医院" not in about_names(figures["60余家"])
    assert about_names(figures["6个百分点"]) == {"澄岳病历助手"}


def test_english_partner_and_platform_are_not_the_subject() -> None:
    document = markdown(
        "# Dermalux Product Guide\n\n"
        "Dermalux Triage was co-developed with Fenwick General Hospital and is used in 45 clinics."
        "\n\nDermalux Scan, built on the in-house SkinNet-2 model, reached 93.4% sensitivity.\n"
    )
    names = {
        "Dermalux Triage": "Product",
        "Fenwick General Hospital": "Hospital",
        "Dermalux Scan": "Product",
        "SkinNet-2": "AIModel",
    }
    figures = figures_of(document, names)
    assert about_names(figures["45"]) == {"Dermalux Triage"}
    assert about_names(figures["93.4%"]) == {"Dermalux Scan"}


# ---- share prices ------------------------------------------------------------------------------
def test_target_price_is_the_listed_firm_s_not_the_broker_s() -> None:
    document = markdown(
        "# Dorrance Imaging (DRNC US): Margin story intact\n\n"
        "Pellham Brothers Research | Equity Research | 14 August 2025\n"
        "Rating: BUY | Target price: US$52.00 (from US$47.00) | Last close: US$41.30\n\n"
        "We raise our target price to US$52.00, implying 26% upside.\n"
    )
    names = {"Dorrance Imaging": "Company", "Pellham Brothers Research": "Company"}
    figures = figures_of(document, names)
    for value in ("US$47.00", "US$41.30"):
        assert measure_slug(figures[value]) == "price"
        assert about_names(figures[value]) == {"Dorrance Imaging"}


def test_chinese_target_price_and_close_are_prices() -> None:
    document = markdown("# 研报\n\n我们维持买入评级，目标价52.00美元，最新收盘价41.30美元。\n")
    figures = figures_of(document, {})
    assert measure_slug(figures["52.00美元"]) == "price"
    assert measure_slug(figures["41.30美元"]) == "price"


# ---- a change on the year before ---------------------------------------------------------------
def test_change_on_the_previous_year_is_a_growth_rate() -> None:
    document = markdown(
        "# 总结\n\n2025年，全市投入数字健康专项资金1.8亿元，比上年增长22%。\n\n"
        "The board spent $40M on digital health in 2024, up 12% on the previous year.\n\n"
        "夜间漏诊例数较去年同期下降31%。\n"
    )
    figures = figures_of(document, {})
    assert measure_slug(figures["22%"]) == "growth-rate"
    assert measure_slug(figures["12%"]) == "growth-rate"
    assert measure_slug(figures["31%"]) != "growth-rate"


# ---- a list item opening with a bold name ------------------------------------------------------
def test_bold_lead_name_is_the_firm_whose_revenue_follows() -> None:
    document = markdown(
        "# 2026中国智慧药房产业图谱\n\n## 中游：算法与平台\n\n"
        "- **澄川智算**（苏州）：医疗专用算力服务商，与NVIDIA合作搭建GPU集群，2025年营收2.1亿元。\n"
        "- **Quillon Health** (Leeds): partnered with Microsoft on its cloud; revenue was £14M.\n"
    )
    figures = figures_of(document, {"NVIDIA": "Company", "Microsoft": "Company"})
    assert about_names(figures["2.1亿元"]) == {"澄川智算"}
    assert {m.cls for m in figures["2.1亿元"].about} == {"Company"}
    assert about_names(figures["£14M"]) == {"Quillon Health"}


def test_bold_lead_name_no_list_knows_is_not_typed_for_other_measures() -> None:
    document = markdown(
        "# 图谱\n\n- **衡杉医智**：覆盖处方审核等9类场景，已在全国约30%的三甲医院上线。\n"
    )
    figures = figures_of(document, {})
    assert "衡杉医智" not in about_names(figures["30%"])


# ---- approximate changes and training data -----------------------------------------------------
def test_approximate_growth_after_a_tilde_is_a_growth() -> None:
    document = markdown("# T\n\nThe CFO expects revenue to grow ~45% this year.\n")
    assert measure_slug(figures_of(document, {})["45%"]) == "revenue-growth"


def test_data_a_model_was_trained_on_is_a_dataset_size() -> None:
    document = markdown(
        "# T\n\nThe model was trained on 1.8 million studies.\n\n"
        "目前标注过的病理切片超过40万张。\n\n"
        "The triage tool was trained on data from 12 hospitals.\n"
    )
    figures = figures_of(document, {})
    assert measure_slug(figures["1.8 million"]) == "dataset-size"
    assert measure_slug(figures["40万张"]) == "dataset-size"
    assert measure_slug(figures["12"]) == "number-of-hospitals"


# ---- F1 ----------------------------------------------------------------------------------------
def test_f1_is_a_measure_not_a_name() -> None:
    document = markdown(
        "# T\n\nThe Kestrel-Seg model reached 0.84 F1 on the test set.\n\n"
        "该模型F1值为0.91。\n\nIt achieved an F1 score of 0.79 and 0.93 AUC.\n"
    )
    figures = figures_of(document, {"Kestrel-Seg": "AIModel", "F1": "AIModel"})
    for value in ("0.84", "0.91", "0.79"):
        assert measure_slug(figures[value]) == "f1-score"
    assert "F1" not in about_names(figures["0.84"])
    assert "F1" not in about_names(figures["0.93"])


# ---- a cue after a later number is that number's -----------------------------------------------
def test_a_fine_is_not_the_turnover_named_after_the_next_figure() -> None:
    document = markdown(
        "# T\n\nPenalties can reach GBP 8 million or 2% of global annual turnover.\n\n"
        "违规企业最高可处罚款500万元。\n"
    )
    figures = figures_of(document, {})
    assert measure_slug(figures["GBP 8 million"]) == "monetary-measure"
    assert measure_slug(figures["2%"]) != "revenue"
    assert measure_slug(figures["500万元"]) == "monetary-measure"


def test_kinds_counted_with_lei_but_not_a_device_class() -> None:
    def read(text: str) -> list[str]:
        return [q.original for q in find_quantities(text) if q.kind == "count"]

    assert read("首批开放8类医疗数据应用场景") == ["8类"]
    assert read("产品获得3类证，另有2类医疗器械在审") == []


# ---- a team's size -----------------------------------------------------------------------------
def test_team_size_is_a_headcount_but_a_team_s_output_is_not() -> None:
    document = markdown(
        "# T\n\n2020年我们出来创业，最初只有6个人。目前公司团队约140人。\n\n"
        "专家团队完成了1300例手术。共纳入1800人。\n"
    )
    figures = figures_of(document, {})
    assert measure_slug(figures["6个"]) == "headcount"
    assert measure_slug(figures["140人"]) == "headcount"
    assert measure_slug(figures["1300例"]) != "headcount"
    assert measure_slug(figures["1800人"]) != "headcount"


def test_products_named_as_examples_in_a_use_case_row_leave_it_a_market() -> None:
    document = markdown(
        "# 图谱\n\n| 应用场景 | 代表企业/产品 | 2025年规模 |\n| --- | --- | --- |\n"
        "| 病理辅助诊断 | 澄川智算、澄川病理云 | 31亿元 |\n"
    )
    figures = figures_of(document, {"澄川智算": "Company", "澄川病理云": "Product"})
    assert measure_slug(figures["31亿元"]) == "market-size"
    assert "澄川病理云" not in about_names(figures["31亿元"])
