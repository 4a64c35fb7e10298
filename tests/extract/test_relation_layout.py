"""develops, deployedAt and regulates read off how a report is laid out.

Portfolios under a lead or a heading, brand stems, a company's own offerings, re-quoted short
names, reference sites, and regulators that clear products in sentences and tables. Every
sentence here is invented (made-up companies, hospitals and products); each case names the
facts it must state and the facts it must not.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from relation_support import Fact, check_relations

_CASES = [
    (
        "zh-lead-paragraph-and-product-lines",
        "# 甲川医疗年度报告\n\n甲川医疗科技股份有限公司是一家医学影像企业。"
        "公司目前拥有两条产品线：\n\n"
        "- “川影”胸部影像辅助检测软件：用于胸部CT的检出；\n"
        "- 数字病理平台“川析Path”：支持病理切片分析。\n",
        {
            "甲川医疗科技股份有限公司": "Company",
            "甲川医疗": "Company",
            "川影": "Product",
            "川析Path": "Platform",
        },
        {("甲川医疗", "develops", "川影"), ("甲川医疗", "develops", "川析Path")},
        set(),
    ),
    (
        "zh-list-item-naming-another-maker-is-left-alone",
        "# 产业观察\n\n乙岭智能的主要产品包括：\n\n"
        "- 丙度觅图（丙度科技）：影像平台；\n- 岭图：肺结节软件。\n",
        {"乙岭智能": "Company", "丙度科技": "Company", "丙度觅图": "Product", "岭图": "Product"},
        {("乙岭智能", "develops", "岭图")},
        {("乙岭智能", "develops", "丙度觅图")},
    ),
    (
        "zh-no-lead-no-portfolio",
        "# 行业名单\n\n乙岭智能成立于2019年。\n\n- 岭图：肺结节软件；\n- 岭视：眼底软件。\n",
        {"乙岭智能": "Company", "岭图": "Product", "岭视": "Product"},
        set(),
        {("乙岭智能", "develops", "岭图"), ("乙岭智能", "develops", "岭视")},
    ),
    (
        "en-products-heading-sections",
        "# Torvane Labs company profile\n\nTorvane Labs builds clinical software.\n\n"
        "## Our products\n\n### Quillstep\n\nA triage tool for emergency rooms.\n\n"
        "### Ravel Notes\n\nA documentation assistant.\n\n## Partners\n\n### Brightmoor Clinic\n",
        {
            "Torvane Labs": "Company",
            "Quillstep": "Product",
            "Ravel Notes": "Product",
            "Brightmoor Clinic": "Hospital",
        },
        {("Torvane Labs", "develops", "Quillstep"), ("Torvane Labs", "develops", "Ravel Notes")},
        set(),
    ),
    (
        "en-bare-products-heading-with-labelled-items",
        "# Halden Robotics: company profile\n\nHalden Robotics makes surgical AI.\n\n"
        "## Products\n\n- **HalScope** — an endoscopy assistant.\n- Imaging: Orla CT, Orla MR.\n\n"
        "## Partners\n\n- Brio Scan: a partner's triage tool.\n",
        {
            "Halden Robotics": "Company",
            "HalScope": "Product",
            "Orla CT": "Product",
            "Orla MR": "Product",
            "Brio Scan": "Product",
        },
        {
            ("Halden Robotics", "develops", "HalScope"),
            ("Halden Robotics", "develops", "Orla CT"),
            ("Halden Robotics", "develops", "Orla MR"),
        },
        {("Halden Robotics", "develops", "Brio Scan")},
    ),
    (
        "zh-partners-products-are-not-the-owners",
        "# 甲川医疗简介\n\n甲川医疗成立于2016年。公司接入的合作伙伴产品包括：\n\n"
        "- “岭图”肺结节软件；\n- “川视”眼底软件。\n",
        {"甲川医疗": "Company", "岭图": "Product", "川视": "Product"},
        set(),
        {("甲川医疗", "develops", "岭图"), ("甲川医疗", "develops", "川视")},
    ),
    (
        "en-competitors-heading-is-no-portfolio",
        "# Halden Robotics: company profile\n\nHalden Robotics makes surgical AI.\n\n"
        "## Competing products\n\n- Brio Scan\n- Orla CT\n",
        {"Halden Robotics": "Company", "Brio Scan": "Product", "Orla CT": "Product"},
        set(),
        {("Halden Robotics", "develops", "Brio Scan"), ("Halden Robotics", "develops", "Orla CT")},
    ),
    (
        "en-a-sector-review-has-no-owner",
        "# Sector review\n\nWe cover six vendors. Key products:\n\n- Aidline\n- Brio Scan\n",
        {"Aidline": "Product", "Brio Scan": "Product", "Corvex": "Company"},
        set(),
        {("Corvex", "develops", "Aidline"), ("Corvex", "develops", "Brio Scan")},
    ),
    (
        "zh-a-study-titled-by-its-publisher-is-not-about-it",
        "# 衡川研究院：2025医疗AI产业报告\n\n本报告梳理行业格局。\n\n## 主要产品\n\n"
        "- 岭图：肺结节软件；\n- 川视：眼底软件。\n",
        {"衡川研究院": "ResearchInstitution", "岭图": "Product", "川视": "Product"},
        set(),
        {("衡川研究院", "develops", "岭图"), ("衡川研究院", "develops", "川视")},
    ),
    (
        "en-brand-stem-in-a-note-about-the-company",
        "# Dorsalyn Health (DRSL): steady quarter\n\nDorsalyn Health sells DorsView to radiology "
        "groups and DorsFlow to hospital operations teams. Dorsalyn grew 20%.\n",
        {
            "Dorsalyn Health": "Company",
            "Dorsalyn": "Company",
            "DorsView": "Product",
            "DorsFlow": "Product",
        },
        {("Dorsalyn Health", "develops", "DorsView"), ("Dorsalyn Health", "develops", "DorsFlow")},
        set(),
    ),
    (
        "en-a-stem-of-another-company-is-not-the-owners",
        "# Dorsalyn Health (DRSL): steady quarter\n\nDorsalyn Health competes with Kelvor AI, "
        "whose KelvScan reads chest films. Dorsalyn grew 20%.\n",
        {"Dorsalyn Health": "Company", "Kelvor AI": "Company", "KelvScan": "Product"},
        set(),
        {("Dorsalyn Health", "develops", "KelvScan")},
    ),
    (
        "en-short-form-owner-in-house",
        "# Case study\n\nPrepared by Merrow Bio, March 2025.\n\n"
        "The platform combines a design engine with FoldKit, Merrow's in-house structure model.\n",
        {"Merrow Bio": "Company", "FoldKit": "AIModel"},
        {("Merrow Bio", "develops", "FoldKit")},
        set(),
    ),
    (
        "zh-self-developed-in-a-catalogue",
        "# 禾叶智医 产品手册\n\n禾叶智医成立于2018年。\n\n## 重点产品\n\n"
        "禾叶肺影：基于自研的 HY-Vision 视觉大模型，检出敏感度高。\n",
        {"禾叶智医": "Company", "禾叶肺影": "Product", "HY-Vision": "AIModel"},
        {("禾叶智医", "develops", "HY-Vision"), ("禾叶智医", "develops", "禾叶肺影")},
        set(),
    ),
    (
        "en-from-a-makers-possessive",
        "Tessel-Med is fine-tuned from Orrin AI's open Orrin 2 70B language model.",
        {"Tessel-Med": "AIModel", "Orrin AI": "Company", "Orrin 2 70B": "AIModel"},
        {("Orrin AI", "develops", "Orrin 2 70B")},
        {("Orrin AI", "develops", "Tessel-Med")},
    ),
    (
        "zh-maker-credited-in-brackets",
        "该院上线了“问途导诊”（衡禾科技出品），用于分诊。",
        {"问途导诊": "Product", "衡禾科技": "Company"},
        {("衡禾科技", "develops", "问途导诊")},
        set(),
    ),
    (
        "zh-requoted-names-deployed-at-listed-sites",
        "# 年报\n\n公司拥有两款产品：\n\n"
        "- “川影”胸部软件：用于检出；\n- “川瞳”眼底软件：用于筛查。\n\n"
        "“川影”“川瞳”已在甲城市中心医院、乙江大学附属医院等客户常规使用。\n",
        {
            "川影": "Product",
            "川瞳": "Product",
            "甲城市中心医院": "Hospital",
            "乙江大学附属医院": "Hospital",
        },
        {
            ("川影", "deployedAt", "甲城市中心医院"),
            ("川影", "deployedAt", "乙江大学附属医院"),
            ("川瞳", "deployedAt", "甲城市中心医院"),
        },
        set(),
    ),
    (
        "zh-a-hospital-named-without-use-is-no-site",
        "# 年报\n\n“川影”胸部软件由甲川医疗研发。“川影”的临床试验由甲城市中心医院牵头。\n",
        {"川影": "Product", "甲川医疗": "Company", "甲城市中心医院": "Hospital"},
        set(),
        {("川影", "deployedAt", "甲城市中心医院")},
    ),
    (
        "en-reference-sites-after-installed-base",
        "- PelView is installed at more than 800 hospitals; Harlow Health and Penrith Clinic are "
        "named reference sites.\n",
        {"PelView": "Product", "Harlow Health": "Hospital", "Penrith Clinic": "Hospital"},
        {("PelView", "deployedAt", "Harlow Health"), ("PelView", "deployedAt", "Penrith Clinic")},
        set(),
    ),
    (
        "en-client-agreement-to-use",
        "In 2023 Wexley Pharma signed a multi-year agreement to use Chemora, Tolland Bio's design "
        "platform.",
        {"Wexley Pharma": "Company", "Chemora": "Platform", "Tolland Bio": "Company"},
        {("Chemora", "deployedAt", "Wexley Pharma"), ("Tolland Bio", "develops", "Chemora")},
        {("Chemora", "deployedAt", "Tolland Bio")},
    ),
    (
        "en-received-clearance",
        "Lumavue CXR received FDA 510(k) clearance in 2024.",
        {"Lumavue CXR": "Product", "FDA": "GovernmentBody"},
        {("FDA", "regulates", "Lumavue CXR")},
        set(),
    ),
    (
        "en-cleared-by",
        "The Sorrel ECG reader was cleared by the FDA in May.",
        {"Sorrel ECG reader": "Product", "FDA": "GovernmentBody"},
        {("FDA", "regulates", "Sorrel ECG reader")},
        set(),
    ),
    (
        "en-submitted-is-no-approval",
        "Lumavue CXR was submitted to the FDA for review in 2024.",
        {"Lumavue CXR": "Product", "FDA": "GovernmentBody"},
        set(),
        {("FDA", "regulates", "Lumavue CXR")},
    ),
    (
        "zh-obtained-class-three-certificate",
        "主力产品是“衡心心电分析系统”，去年拿到了国家药监局的三类证。",
        {"衡心心电分析系统": "Product", "国家药监局": "GovernmentBody"},
        {("国家药监局", "regulates", "衡心心电分析系统")},
        set(),
    ),
    (
        "zh-certificate-name-holds-a-concept",
        "“衡心心电分析系统”已获得NMPA三类医疗器械注册证。",
        {"衡心心电分析系统": "Product", "NMPA": "GovernmentBody"},
        {("NMPA", "regulates", "衡心心电分析系统")},
        set(),
    ),
    (
        "zh-applying-is-no-approval",
        "“衡心心电分析系统”正在申请国家药监局三类证。",
        {"衡心心电分析系统": "Product", "国家药监局": "GovernmentBody"},
        set(),
        {("国家药监局", "regulates", "衡心心电分析系统")},
    ),
    (
        "zh-not-yet-approved",
        "“衡心心电分析系统”尚未获得国家药监局的三类证。",
        {"衡心心电分析系统": "Product", "国家药监局": "GovernmentBody"},
        set(),
        {("国家药监局", "regulates", "衡心心电分析系统")},
    ),
    (
        "en-apposition-cleared-by",
        "Tarn Robotics makes Tarn Stride, a powered exoskeleton cleared by the FDA in 2023.",
        {"Tarn Stride": "Product", "FDA": "GovernmentBody", "Tarn Robotics": "Company"},
        {("FDA", "regulates", "Tarn Stride")},
        {("FDA", "regulates", "Tarn Robotics")},
    ),
    (
        "en-clearance-for",
        "In March it received FDA clearance for Lumavue CXR, a triage module.",
        {"Lumavue CXR": "Product", "FDA": "GovernmentBody"},
        {("FDA", "regulates", "Lumavue CXR")},
        set(),
    ),
    (
        "zh-approved-with-certificate",
        "其“衡心心电分析系统”于2024年9月获批国家药监局三类证。",
        {"衡心心电分析系统": "Product", "国家药监局": "GovernmentBody"},
        {("国家药监局", "regulates", "衡心心电分析系统")},
        set(),
    ),
    (
        "zh-approval-sentence-of-the-product-named-last",
        "- **衡心心电AI**：心电实时分析系统，可识别房颤。2022年获国家药监局三类医疗器械注册证。",
        {"衡心心电AI": "Product", "国家药监局": "GovernmentBody"},
        {("国家药监局", "regulates", "衡心心电AI")},
        set(),
    ),
    (
        "zh-a-firm-s-certificate-count-is-no-product-s-approval",
        "- **衡心科技**：自研心电大模型“衡心-Med”，覆盖12类病种；已获国家药监局三类证4张。",
        {"衡心科技": "Company", "衡心-Med": "Product", "国家药监局": "GovernmentBody"},
        set(),
        {("国家药监局", "regulates", "衡心-Med")},
    ),
    (
        "zh-an-approval-after-a-model-is-its-product-s",
        "- **衡心夜读**：云端分诊服务。\n- 底层为自研模型 **衡心-CT 1.5**（12亿参数）。\n"
        "- 2025年6月12日获国家药监局二类医疗器械注册证。",
        {"衡心夜读": "Product", "衡心-CT 1.5": "AIModel", "国家药监局": "GovernmentBody"},
        {("国家药监局", "regulates", "衡心夜读")},
        {("国家药监局", "regulates", "衡心-CT 1.5")},
    ),
    (
        "zh-body-approves",
        "国家药监局近日批准了“衡心心电分析系统”上市。",
        {"衡心心电分析系统": "Product", "国家药监局": "GovernmentBody"},
        {("国家药监局", "regulates", "衡心心电分析系统")},
        set(),
    ),
    (
        "approval-table-status-column",
        "# 产品一览\n\n| 产品 | 注册状态 | 合作医院 |\n| --- | --- | --- |\n"
        "| 禾叶肺影 | NMPA三类证 | 甲城市中心医院 |\n| 禾叶乳腺 | NMPA注册申报中 | 乙江医院 |\n",
        {
            "禾叶肺影": "Product",
            "禾叶乳腺": "Product",
            "NMPA": "GovernmentBody",
            "甲城市中心医院": "Hospital",
            "乙江医院": "Hospital",
        },
        {("NMPA", "regulates", "禾叶肺影")},
        {("NMPA", "regulates", "禾叶乳腺")},
    ),
    (
        "en-clearance-from-the-body",
        "Lumavue CXR received De Novo authorization from the FDA last year.",
        {"Lumavue CXR": "Product", "FDA": "GovernmentBody"},
        {("FDA", "regulates", "Lumavue CXR")},
        set(),
    ),
    (
        "en-another-offerings-clearance",
        "Orrel Notes launched in 2023, and Lumavue CXR received FDA 510(k) clearance in 2024.",
        {"Orrel Notes": "Product", "Lumavue CXR": "Product", "FDA": "GovernmentBody"},
        {("FDA", "regulates", "Lumavue CXR")},
        {("FDA", "regulates", "Orrel Notes")},
    ),
    (
        "zh-contractor-builds-the-platform",
        "由市卫健委牵头，衡禾科技承建的“城区影像云平台”已于去年上线。",
        {"衡禾科技": "Company", "城区影像云平台": "Platform"},
        {("衡禾科技", "develops", "城区影像云平台")},
        set(),
    ),
    (
        "notified-body-is-no-regulator",
        "Lumavue CXR received a CE certificate from Brandt Notified Body in 2024.",
        {"Lumavue CXR": "Product", "Brandt Notified Body": "Organization"},
        set(),
        {("Brandt Notified Body", "regulates", "Lumavue CXR")},
    ),
]


@pytest.mark.parametrize(
    ("text", "names", "expected", "unexpected"),
    [case[1:] for case in _CASES],
    ids=[case[0] for case in _CASES],
)
def test_layout_relations(
    tmp_path: Path,
    text: str,
    names: dict[str, str],
    expected: set[Fact],
    unexpected: set[Fact],
) -> None:
    check_relations(tmp_path, text, names, expected, unexpected)
