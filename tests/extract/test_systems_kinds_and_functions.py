"""Health systems named by a place, clinical institutes, kinds of product with no brand,
a maker's cloud, sites that use an offering, a product table's functions and a survey's
adoption columns.

An English "X Valley Health" or "X Community Care" is a health system (a hospital), "X Eye
Institute" a clinic, while a coined "Virona Health" stays a firm; a task word the dictionary
holds rarely (判读) or a clinical short word (心衰) is no brand, nor is 单院 (each hospital);
a cloud named by its maker (Google Cloud) names no maker; ``X医院是Y的首家用户`` and
``…，使用的是Y`` deploy Y there; a ``主要功能`` column names use cases, and ``开展X`` in a
survey of sites is an adoption rate. Every name is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from entity_support import found_names
from figure_support import about_names, figures_of, markdown, measure_slug
from relation_support import entity_names, named_relations, pipeline_facts

from medatlas.loaders.extract.columns import column_role, column_roles
from medatlas.loaders.extract.entity_shortforms import _chinese_shorts


@pytest.mark.parametrize(
    ("name", "cls"),
    [
        ("Cedar Hollow Health", "Hospital"),
        ("Straits Community Care", "Hospital"),
        ("Nordmark Health Trust", "Hospital"),
        ("Tidewell Eye Institute", "Hospital"),
        ("Brundley Proton Center", "Hospital"),
        ("Virona Health", "Company"),
        ("Haldane Policy Institute", "ResearchInstitution"),
        ("Riverway Cancer Research Institute", "ResearchInstitution"),
    ],
)
def test_an_english_care_name_says_whether_it_treats(name: str, cls: str) -> None:
    found = found_names(f"{name} signed an agreement in 2025 with the regional authority.")
    assert found.get(name) == cls


def test_a_task_word_or_a_clinical_word_is_no_brand() -> None:
    found = found_names(
        "支持呼气试验检测设备与智能判读系统在基层配备。以及面向医生的心衰随访管理平台。"
        "泓岫判读系统和岚枢心衰随访系统已在多家医院上线。"
    )
    assert "判读系统" not in found and "智能判读系统" not in found
    assert not any(name.startswith(("心衰", "衰随")) for name in found)
    assert found.get("泓岫判读系统") == "Product"
    assert found.get("岚枢心衰随访系统") == "Product"


def test_one_of_a_count_is_no_name() -> None:
    found = found_names("单院年均软件采购及服务费用约为65万元。单套软件平均售价约为38万元。")
    assert not any("软件" in name for name in found)


def test_a_check_up_chain_is_a_hospital() -> None:
    assert found_names("鸿岫健康体检集团在全国有120家门店。").get("鸿岫健康体检集团") == "Hospital"


def test_a_credited_research_institute_with_a_legal_ending_is_a_research_firm() -> None:
    found = found_names("本报告由岑岫产业研究院（上海）有限公司于2025年12月发布。")
    assert found.get("岑岫产业研究院（上海）有限公司") == "ResearchInstitution"


def test_a_cloud_named_by_its_maker_names_no_maker(tmp_path: Path) -> None:
    text = (
        "PANCREAS AI\n\nPancrova hosts PancreaLens on Google Cloud and trains with NVIDIA Clara.\n"
    )
    facts = pipeline_facts(tmp_path, text, "r.md")
    labels = {a.text for e in facts.entities for a in (*e.labels, *e.aliases)}
    assert "Google Cloud" in labels
    assert not labels & {"Google", "谷歌"}
    assert ("NVIDIA", "develops", "NVIDIA Clara") in named_relations(tmp_path, text, "r.md")


def test_a_firms_short_name_keeps_its_field() -> None:
    assert "衡岫影像" in _chinese_shorts("成都衡岫医学影像科技有限公司")
    assert "联岫医疗" not in _chinese_shorts("上海联岫智能医疗科技有限公司")


def test_a_product_tables_main_function_column_names_use_cases(tmp_path: Path) -> None:
    assert column_roles(("企业", "产品", "主要功能"))[2] == "use_case"
    assert column_roles(("平台名称", "核心功能", "应用场景")) == ("platform", "content", "use_case")
    assert column_role("功能") == "content"
    text = (
        "# 粒子放疗白皮书\n\n| 企业 | 产品 | 主要功能 | 部署情况 |\n| --- | --- | --- | --- |\n"
        "| 上海弘岫医疗科技有限公司 | 弘岫质子自适应计划系统 | 在线自适应重计划 | 6家治疗中心 |\n"
    )
    facts = named_relations(tmp_path, text)
    assert ("弘岫质子自适应计划系统", "addressesUseCase", "在线自适应重计划") in facts


def test_a_vendors_revenue_share_is_its_market_share() -> None:
    text = (
        "# Dry Eye AI Market Report\n\n| Vendor | Flagship product | 2024 revenue share |\n"
        "| --- | --- | --- |\n| Lacrivane | TearScope | 14.2% |\n"
    )
    figures = figures_of(markdown(text), {"Lacrivane": "Company", "TearScope": "Product"})
    assert measure_slug(figures["14.2%"]) == "market-share"


def test_a_survey_column_of_what_sites_do_is_an_adoption_rate() -> None:
    text = (
        "# 2025年血友病居家管理现状调查报告\n\n本次调查共覆盖148家诊疗中心，回收受访医生问卷537份。"
        "受访中心中，东部地区占比为40%。\n\n表1 不同级别中心开展情况（%）\n\n"
        "| 中心级别 | 开展规律预防治疗 | 使用出血日记App |\n| --- | --- | --- |\n"
        "| 地市级中心 | 55.9 | 33.8 |\n"
    )
    figures = figures_of(markdown(text), {})
    assert measure_slug(figures["55.9"]) == "adoption-rate"
    assert measure_slug(figures["33.8"]) == "adoption-rate"
    assert about_names(figures["55.9"]) == {"地市级中心"}


# --- one sentence, one relation -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "file_name", "fact"),
    [
        pytest.param(
            "# 粒子放疗白皮书\n\n湘岫市肿瘤医院是锐岫DosePred剂量预测模型的首家三甲医院用户。\n",
            "r.md",
            ("锐岫DosePred剂量预测模型", "deployedAt", "湘岫市肿瘤医院"),
            id="a-site-is-the-first-user-of-an-offering",
        ),
        pytest.param(
            "# 胰腺癌案例\n\n西岫省人民医院消化科开展新发糖尿病人群胰腺癌筛查项目，使用的是"
            "胰岚智能研发的风险分层模型“胰岚-PRISM”。\n",
            "r.md",
            ("胰岚-PRISM", "deployedAt", "西岫省人民医院"),
            id="what-a-sites-project-uses",
        ),
        pytest.param(
            "DRY EYE AI\n\nLacrivane sells TearScope, a dry eye platform. A prospective study at "
            "Tidewell Eye Institute enrolled 1,240 patients and found that TearScope cut the "
            "work-up from 22 minutes to 9 minutes.\n",
            "r.md",
            ("TearScope", "deployedAt", "Tidewell Eye Institute"),
            id="a-study-at-a-site-found-what-the-offering-did",
        ),
        pytest.param(
            "# 平台生态\n\n- 澈芮IOL智能计算系统 (Cherui IOL Planner)："
            "苏州禾岫医疗科技有限公司开发，已通过平台接入漳屿市第一人民医院。\n",
            "r.md",
            ("苏州禾岫医疗科技有限公司", "develops", "Cherui IOL Planner"),
            id="an-entry-names-its-english-name-then-its-maker",
        ),
        pytest.param(
            "# 胰腺AI市场\n\n联岫智能依托母公司上海联岫医疗科技股份有限公司的CT装机量，"
            "将胰腺分析模块预装在新机上。\n",
            "r.md",
            ("联岫智能", "subsidiaryOf", "上海联岫医疗科技股份有限公司"),
            id="a-firm-leans-on-its-parent",
        ),
        pytest.param(
            "# 平台生态\n\n凝岫血友病居家管理平台由上海凝岫数字医疗科技有限公司开发，"
            "整合出血日记、输注记录和凝血因子配送三项功能。\n",
            "r.md",
            ("凝岫血友病居家管理平台", "addressesUseCase", "出血日记"),
            id="a-counted-list-of-functions",
        ),
        pytest.param(
            "# 干眼调查\n\n厦门角岫智能科技有限公司的角岫角膜共聚焦图像分析软件主要用于"
            "角膜神经纤维定量。\n",
            "r.md",
            ("角岫角膜共聚焦图像分析软件", "addressesUseCase", "角膜神经纤维定量"),
            id="a-quantification-task",
        ),
        pytest.param(
            "# 银屑病白皮书\n\n广州澈岫医疗科技有限公司（澈岫医疗）成立于2019年。临泉市第三人民医院"
            "皮肤科则与澈岫医疗合作开展居家随访。\n",
            "r.md",
            ("临泉市第三人民医院", "partnersWith", "广州澈岫医疗科技有限公司"),
            id="a-hospitals-department-partners",
        ),
    ],
)
def test_a_sentence_states_the_relation(
    tmp_path: Path, text: str, file_name: str, fact: tuple[str, str, str]
) -> None:
    assert fact in named_relations(tmp_path, text, file_name)


def test_what_an_offering_runs_on_is_not_what_is_in_clinical_use(tmp_path: Path) -> None:
    text = (
        "PROTON AI\n\nRadiova's OptiPlan engine runs on NVIDIA GPUs and is in clinical use at "
        "the Brundley Proton Center, where planning time fell from 3 days to 6 hours.\n"
    )
    facts = named_relations(tmp_path, text, "r.md")
    assert not any(s == "NVIDIA GPUs" and p == "deployedAt" for s, p, _ in facts)


def test_two_investors_listed_in_one_cell_are_two_firms(tmp_path: Path) -> None:
    text = (
        "PANCREAS AI FINANCING REVIEW\n\nCompany\tRound\tAmount\tInvestors\tDate\n"
        "深圳胰岫智能科技有限公司\tC轮\tRMB 3.2亿\tTongmere Health Fund; 凯岫资本\t2025-10-17\n"
        "Pancrevo\tSeries A\tUSD 20 million\tHalden Growth Fund\t2025-11-02\n"
    )
    facts = named_relations(tmp_path, text, "r.txt")
    assert ("深圳胰岫智能科技有限公司", "fundedBy", "Tongmere Health Fund") in facts
    assert ("深圳胰岫智能科技有限公司", "fundedBy", "凯岫资本") in facts
    assert ("Tongmere Health Fund", "fundedBy", "凯岫资本") not in facts
    entities = pipeline_facts(tmp_path, text, "r.txt").entities
    names = [{a.text for a in (*e.labels, *e.aliases)} for e in entities]
    assert not any({"Tongmere Health Fund", "凯岫资本"} <= n for n in names)


_REGION_TABLE = (
    "# Psoriasis AI Market Report 2026\n\n"
    "| Region | 2025 revenue (USD m) | Share | CAGR 2025-2030 |\n| --- | --- | --- | --- |\n"
    "| North America | 248 | 42% | 21.9% |\n| Rest of world | 34 | 6% | 19.5% |\n"
)


def test_a_regions_revenue_is_its_market_size() -> None:
    figures = figures_of(markdown(_REGION_TABLE), {})
    assert measure_slug(figures["248"]) == "market-size"
    assert measure_slug(figures["42%"]) == "market-share"
    assert figures["42%"].period == "2025"  # the year of the size beside it, not the report's


def test_the_rest_of_the_world_is_no_world(tmp_path: Path) -> None:
    facts = pipeline_facts(tmp_path, _REGION_TABLE)
    labels = {a.text: e.cls for e in facts.entities for a in (*e.labels, *e.aliases)}
    assert labels.get("Rest of world") is not None
    assert "World" not in labels and "world" not in labels


def test_an_offering_called_by_its_brand_and_kind_is_the_offering(tmp_path: Path) -> None:
    text = (
        "## 案例三：白沙县人民医院\n\n洛溪大学附属肿瘤医院于2024年10月全面启用"
        "上海镜岫医疗科技有限公司的镜岫结肠镜息肉实时检测系统。2025年起，白沙县人民医院"
        "接入镜岫系统，腺瘤检出率明显提升。\n"
    )
    facts = pipeline_facts(tmp_path, text)
    names = [{a.text for a in (*e.labels, *e.aliases)} for e in facts.entities]
    assert any({"镜岫系统", "镜岫结肠镜息肉实时检测系统"} <= n for n in names)
    relations = named_relations(tmp_path, text)
    assert ("镜岫结肠镜息肉实时检测系统", "deployedAt", "白沙县人民医院") in relations


def test_a_site_takes_up_what_a_firm_runs(tmp_path: Path) -> None:
    text = (
        "## 三、泸岫县人民医院\n\n泸岫县人民医院没有专职的乳腺影像医生。2025年3月，该院接入"
        "乳岚智能运营的乳岚云阅片平台，钼靶图像先由AI初筛。\n"
    )
    assert ("乳岚云阅片平台", "deployedAt", "泸岫县人民医院") in named_relations(tmp_path, text)


def test_a_digest_entry_names_its_issuers_before_a_colon(tmp_path: Path) -> None:
    text = (
        "医疗人工智能政策速递（2025年第三季度）\n\n编辑：闻岫医疗政策研究室\n发布日期：2025年10月15日\n\n"
        "一、国家卫生健康委员会：《心力衰竭分级诊疗与远程管理工作方案》\n发布时间：2025年7月\n"
        "要点：方案鼓励利用可穿戴设备开展远程随访。\n\n"
        "二、国家医疗保障局：关于规范眼科检查类医疗服务价格项目的通知\n发布时间：2025年9月\n"
        "要点：将睑板腺功能成像分析纳入新的价格项目目录。\n\n"
        "三、越岫省卫生健康委员会 越岫省医疗保障局："
        "《关于开展心衰患者居家远程监测服务试点的通知》\n"
        "发布时间：2025-09-05\n要点：在两市的12家医院开展试点。\n"
    )
    facts = pipeline_facts(tmp_path, text, "r.txt")
    names = entity_names(facts)
    issued = {
        (min(names[r.subject]), r.predicate, min(names[r.object]) if r.object in names else "")
        for r in facts.relations
        if r.predicate.endswith("issuedBy")
    }
    dates = {
        (min(names[r.subject]), r.object.lexical)
        for r in facts.relations
        if r.predicate.endswith("issuedOn") and r.subject in names
    }
    policy = "关于开展心衰患者居家远程监测服务试点的通知"
    assert any(s == "心力衰竭分级诊疗与远程管理工作方案" for s, _, _ in issued)
    assert (policy, "越岫省医疗保障局") in {(s, o) for s, _, o in issued}
    assert ("关于规范眼科检查类医疗服务价格项目的通知", "2025-09") in dates
    assert (policy, "2025-09-05") in dates
    assert ("关于规范眼科检查类医疗服务价格项目的通知", "2025-09-05") not in dates


def test_an_investor_before_backed_is_a_firm(tmp_path: Path) -> None:
    text = (
        "PANCREAS AI FINANCING REVIEW\n\nM&A:\n\n- Grailmont-backed Ondrava Diagnostics was "
        "acquired by Castlemere Medical for $190 million.\n"
    )
    assert found_names(text).get("Grailmont") == "Company"
    assert ("Ondrava Diagnostics", "fundedBy", "Grailmont") in named_relations(tmp_path, text)
