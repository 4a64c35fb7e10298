"""Relations in the layouts and wordings of less common report genres: directory entries of a
member list (``X：成立于…，并推出Y``), member tables with a business-focus column, plans that
pair a hospital with a described firm, app listings that say where a product's abilities come
from, and English paper digests (spin-outs, grants).

Every sentence here is invented (made-up companies, hospitals, models and funds); each case
names the facts it must state and the facts it must not.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from relation_support import relations_of

from medatlas.loaders.extract.columns import column_role

Fact = tuple[str, str, str]

_NAMES = {
    "澄川科技": "Company",
    "澄川科技有限公司": "Company",
    "汀兰智能": "Company",
    "鹭石资本": "Company",
    "岚山医院": "Hospital",
    "枫桥大学": "University",
    "澄川研究院": "ResearchInstitution",
    "梧州市卫生健康委员会": "GovernmentBody",
    "澄思助手": "Product",
    "青岚模型": "AIModel",
    "Corvane": "Company",
    "Pemberton Hospital": "Hospital",
    "Marrowline-FM": "AIModel",
    "Ostrel Bio": "Company",
    "Quarry University": "University",
    "Larkspur Foundation": "Association",
    "Tillbury Medicines Agency": "GovernmentBody",
}


def _facts(tmp_path: Path, text: str) -> set[Fact]:
    names = {n: c for n, c in _NAMES.items() if n in text}
    return {
        (c.subject.name or c.subject.text, c.predicate, c.object.name or c.object.text)
        for c in relations_of(tmp_path, text, names)
        if c.object is not None
    }


CASES: list[tuple[str, set[Fact], set[Fact]]] = [
    (
        "梧州市将建设区域影像平台，由澄川科技承建“澄思助手”平台，面向医院开放。",
        {("澄川科技", "develops", "澄思助手")},
        set(),
    ),
    (
        "岚山医院与枫桥大学共建肿瘤大模型“青岚模型”。",
        {
            ("岚山医院", "develops", "青岚模型"),
            ("枫桥大学", "develops", "青岚模型"),
            ("岚山医院", "partnersWith", "枫桥大学"),
        },
        set(),
    ),
    (
        "岚山医院与枫桥大学共建联合实验室。",
        {("岚山医院", "partnersWith", "枫桥大学")},
        {("岚山医院", "develops", "青岚模型")},
    ),
    (
        "汀兰智能：成立于2016年，专注病理人工智能，自主研发的“澄思助手”已获三类证，"
        "并推出报告大模型“青岚模型”。",
        {("汀兰智能", "develops", "澄思助手"), ("汀兰智能", "develops", "青岚模型")},
        set(),
    ),
    (
        "澄川科技：深耕医疗信息化十余年，产品“澄思助手”已服务200家医院，"
        "心电产品“青岚模型”在岚山医院使用。",
        {("澄川科技", "develops", "澄思助手"), ("澄川科技", "develops", "青岚模型")},
        set(),
    ),
    (
        "澄川科技：深耕医疗信息化十余年，合作产品“青岚模型”在岚山医院使用。",
        set(),
        {("澄川科技", "develops", "青岚模型")},
    ),
    (
        "岚山医院：三级综合医院，先后引入产品“澄思助手”和“青岚模型”。",
        set(),
        {("岚山医院", "develops", "澄思助手"), ("岚山医院", "develops", "青岚模型")},
    ),
    (
        "推动岚山医院与本地企业澄川科技共建智慧急诊示范病区。",
        {("岚山医院", "partnersWith", "澄川科技")},
        set(),
    ),
    (
        "汀兰智能与国内的澄川科技达成战略合作，后者负责本地化。",
        {("汀兰智能", "partnersWith", "澄川科技")},
        set(),
    ),
    (
        "岚山医院与本地企业澄川科技共同投资设立了一家数据公司。",
        set(),
        {("岚山医院", "partnersWith", "澄川科技")},
    ),
    (
        "澄思助手是汀兰智能推出的健康管理应用，核心能力来自公司自研的“青岚模型”医疗大模型。",
        {("澄思助手", "basedOn", "青岚模型")},
        set(),
    ),
    (
        "澄思助手的核心能力来自汀兰智能多年的临床积累。",
        set(),
        {("澄思助手", "basedOn", "汀兰智能")},
    ),
    (
        "澄川科技：汀兰智能控股子公司，主营数字病理。",
        {("澄川科技", "subsidiaryOf", "汀兰智能")},
        set(),
    ),
    (
        "澄川科技：汀兰智能的长期合作伙伴，主营数字病理。",
        set(),
        {("澄川科技", "subsidiaryOf", "汀兰智能")},
    ),
    (
        "澄川研究院：由枫桥大学与梧州市卫生健康委员会于2022年联合设立的新型研发机构。",
        {
            ("澄川研究院", "subsidiaryOf", "枫桥大学"),
            ("澄川研究院", "subsidiaryOf", "梧州市卫生健康委员会"),
            ("枫桥大学", "partnersWith", "梧州市卫生健康委员会"),
        },
        set(),
    ),
    (
        "首批备案产品由各医院申报。其中，岚山医院申报的“澄思助手”已通过审核。",
        {("澄思助手", "deployedAt", "岚山医院")},
        set(),
    ),
    (
        "2025年9月，澄川科技被上市公司汀兰智能以15亿元全资收购。",
        {("澄川科技", "acquiredBy", "汀兰智能")},
        set(),
    ),
    (
        "澄川科技被上市公司汀兰智能起诉，案件尚在审理。",
        set(),
        {("澄川科技", "acquiredBy", "汀兰智能")},
    ),
    (
        "澄川科技：深耕医疗信息化十余年，2025年与海外公司汀兰智能建立战略合作关系。",
        {("澄川科技", "partnersWith", "汀兰智能")},
        set(),
    ),
    (
        "澄川科技：深耕医疗信息化十余年，2025年与海外公司汀兰智能共同投资了一家公司。",
        set(),
        {("澄川科技", "partnersWith", "汀兰智能")},
    ),
    (
        "Marrowline-FM, a model developed at Pemberton Hospital, reached an AUC of 0.9.",
        {("Pemberton Hospital", "develops", "Marrowline-FM")},
        set(),
    ),
    (
        "Marrowline-FM was trained at Pemberton Hospital on 40,000 scans.",
        set(),
        {("Pemberton Hospital", "develops", "Marrowline-FM")},
    ),
    (
        "该基金由鹭石资本与汀兰智能领投，澄川科技跟投。",
        set(),
        {("鹭石资本", "partnersWith", "汀兰智能")},
    ),
    (
        # a university's spin-out is a start-up of its own, not a part of the university
        "The model was built by Corvane, a spin-out of Quarry University, and tested at two sites.",
        set(),
        {("Corvane", "subsidiaryOf", "Quarry University")},
    ),
    (
        "Ostrel Bio received a €3.2 million grant from the Larkspur Foundation for the work.",
        {("Ostrel Bio", "fundedBy", "Larkspur Foundation")},
        set(),
    ),
    (
        "Ostrel Bio received a grant from the Tillbury Medicines Agency last year.",
        set(),
        {("Ostrel Bio", "fundedBy", "Tillbury Medicines Agency")},
    ),
]


@pytest.mark.parametrize(("text", "expected", "forbidden"), CASES)
def test_genre_wordings(
    tmp_path: Path, text: str, expected: set[Fact], forbidden: set[Fact]
) -> None:
    facts = _facts(tmp_path, text)
    assert expected <= facts, f"missing {expected - facts} in {facts}"
    assert not forbidden & facts, f"unexpected {forbidden & facts}"


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("主营方向", "field"),
        ("主营业务", "field"),
        ("Core business", "field"),
        ("会员类别", "membership"),
        ("单位名称", "organization"),
        ("所在城市", "region"),
        ("细分领域", "segment"),
        ("应用领域", "use_case"),
    ],
)
def test_member_list_columns(header: str, role: str) -> None:
    assert column_role(header) == role


_MEMBER_TABLE = (
    "会员单位名录\n\n"
    "序号\t单位名称\t会员类别\t所在城市\t主营方向\n"
    "1\t澄川科技有限公司\t理事单位\t梧州市\t电子病历与病历质控\n"
    "2\t岚山医院\t理事单位\t梧州市\t智慧医院建设\n"
)


def test_member_table_fields_and_places(tmp_path: Path) -> None:
    facts = _facts(tmp_path, _MEMBER_TABLE)
    assert ("澄川科技有限公司", "operatesIn", "电子病历与病历质控") in facts
    assert ("岚山医院", "operatesIn", "智慧医院建设") in facts
    assert ("澄川科技有限公司", "locatedIn", "梧州市") in facts
    # the member's rank is no field, and one business is not split into two use cases
    assert not {f for f in facts if f[2] in ("理事单位", "电子病历", "病历质控")}


def test_names_after_yu_are_never_the_topic_of_a_subjectless_sentence(tmp_path) -> None:
    """ "与A合作…；与B联合…" has no subject of its own: A and B are the partners of whoever the
    text is about, not of each other."""
    from relation_support import relations_of

    text = "禾川健康成立于2019年。与栖岚科技合作云端部署；与鹤岭医疗联合推广。"
    names = {"禾川健康": "Company", "栖岚科技": "Company", "鹤岭医疗": "Company"}
    facts = {
        (c.subject.text, c.predicate, c.object.text) for c in relations_of(tmp_path, text, names)
    }
    assert ("栖岚科技", "partnersWith", "鹤岭医疗") not in facts
    assert ("鹤岭医疗", "partnersWith", "栖岚科技") not in facts
