"""Partnerships, bases, units and investors in the wordings of :mod:`.relation_links` and the
funding wordings of :mod:`.relation_funding`.

Every sentence here is invented (made-up companies, hospitals, models and funds); each case
names the facts it must state and the facts it must not.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from relation_support import relations_of

from medatlas.loaders.extract.relation_links import LINK_RULES

Fact = tuple[str, str, str]

_ORGS = {
    "澄川科技": "Company",
    "岚山医院": "Hospital",
    "枫桥大学": "University",
    "汀兰智能": "Company",
    "鹭石资本": "Company",
    "雁回创投": "Company",
    "梧州市卫生健康委员会": "GovernmentBody",
    "规划信息处": "Organization",
    "Norvale Health": "Company",
    "Pemberton Hospital": "Hospital",
    "Quarry University": "University",
    "Ostrel Bio": "Company",
    "Larkspur Capital": "Company",
    "Fenwick Ventures": "Company",
    "Corvane": "Company",
    "Corvane Ventures": "Company",
    "Tillbury Medicines Agency": "GovernmentBody",
    "Imaging Review Division": "Organization",
}
_OFFERINGS = {
    "澄思助手": "Product",
    "青岚模型": "AIModel",
    "百川病历集": "Dataset",
    "Hearth Scribe": "Product",
    "Vireo-7B": "AIModel",
    "WardNotes-2M": "Dataset",
}


def _facts(tmp_path: Path, text: str) -> set[Fact]:
    names = {n: c for n, c in {**_ORGS, **_OFFERINGS}.items() if n in text}
    return {
        (c.subject.name or c.subject.text, c.predicate, c.object.text if c.object else "")
        for c in relations_of(tmp_path, text, names)
    }


_CASES = [
    # ---- partnersWith ---------------------------------------------------------------------
    (
        "zh-listed-parties-sign",
        "澄川科技、岚山医院签署战略合作协议，共建影像中心。",
        {("澄川科技", "partnersWith", "岚山医院")},
        set(),
    ),
    (
        "zh-co-issuers-are-no-partners",
        "梧州市卫生健康委员会、汀兰智能联合印发工作方案。",
        set(),
        {("梧州市卫生健康委员会", "partnersWith", "汀兰智能")},
    ),
    (
        "zh-planned-signing-is-no-fact",
        "澄川科技、岚山医院拟签署战略合作协议。",
        set(),
        {("澄川科技", "partnersWith", "岚山医院")},
    ),
    (
        "zh-becomes-strategic-partner",
        "澄川科技成为岚山医院的战略合作伙伴。",
        {("澄川科技", "partnersWith", "岚山医院")},
        set(),
    ),
    (
        "zh-is-not-a-partner",
        "澄川科技并非岚山医院的合作伙伴，也不是枫桥大学的合作方。",
        set(),
        {("澄川科技", "partnersWith", "岚山医院"), ("澄川科技", "partnersWith", "枫桥大学")},
    ),
    (
        "zh-topic-partners-after-an-investor-clause",
        "澄川科技获得鹭石资本投资后，与岚山医院展开合作。",
        {("澄川科技", "fundedBy", "鹭石资本"), ("澄川科技", "partnersWith", "岚山医院")},
        {("鹭石资本", "partnersWith", "岚山医院"), ("澄川科技", "partnersWith", "鹭石资本")},
    ),
    (
        "zh-partners-after-a-colon",
        "澄川科技合作伙伴：岚山医院、枫桥大学。",
        {("澄川科技", "partnersWith", "岚山医院"), ("澄川科技", "partnersWith", "枫桥大学")},
        set(),
    ),
    (
        "zh-partner-hospitals-listed",
        "澄川科技的主要合作医院有岚山医院。",
        {("澄川科技", "partnersWith", "岚山医院")},
        set(),
    ),
    (
        "zh-customers-are-no-partners",
        "澄川科技的客户包括岚山医院。",
        set(),
        {("澄川科技", "partnersWith", "岚山医院")},
    ),
    (
        "zh-technology-provider-of",
        "澄川科技为岚山医院的技术提供方。",
        {("澄川科技", "partnersWith", "岚山医院")},
        set(),
    ),
    (
        "en-and-joined-forces",
        "Norvale Health and Pemberton Hospital have joined forces to build a registry.",
        {("Norvale Health", "partnersWith", "Pemberton Hospital")},
        set(),
    ),
    (
        "en-joint-venture-of",
        "Fenwick Ventures is a joint venture of Norvale Health and Ostrel Bio.",
        {("Norvale Health", "partnersWith", "Ostrel Bio")},
        set(),
    ),
    (
        "en-rivals-are-no-partners",
        "Ostrel Bio's rivals include Norvale Health.",
        set(),
        {("Ostrel Bio", "partnersWith", "Norvale Health")},
    ),
    (
        "en-fronted-working-with",
        "Working with Pemberton Hospital, Norvale Health built a triage tool.",
        {("Norvale Health", "partnersWith", "Pemberton Hospital")},
        set(),
    ),
    (
        "en-collaborated-closely-with",
        "Norvale Health collaborated closely with Quarry University on the study.",
        {("Norvale Health", "partnersWith", "Quarry University")},
        set(),
    ),
    (
        "en-together-with-in-commas",
        "Norvale Health, together with Quarry University, opened a sepsis study.",
        {("Norvale Health", "partnersWith", "Quarry University")},
        set(),
    ),
    (
        "en-co-investors-are-no-partners",
        "Larkspur Capital invested in Ostrel Bio, together with Fenwick Ventures, in May.",
        {("Ostrel Bio", "fundedBy", "Larkspur Capital")},
        {
            ("Ostrel Bio", "partnersWith", "Fenwick Ventures"),
            ("Larkspur Capital", "partnersWith", "Fenwick Ventures"),
        },
    ),
    (
        "en-fronted-together-with",
        "Together with Pemberton Hospital, Norvale Health built a triage registry.",
        {("Norvale Health", "partnersWith", "Pemberton Hospital")},
        set(),
    ),
    (
        "en-co-developed-with",
        "A clinician of Pemberton Hospital showed a sepsis model co-developed with Ostrel Bio.",
        {("Pemberton Hospital", "partnersWith", "Ostrel Bio")},
        set(),
    ),
    (
        "en-co-developed-with-by",
        "Hearth Scribe was co-developed with Pemberton Hospital by Norvale Health.",
        {("Norvale Health", "partnersWith", "Pemberton Hospital")},
        set(),
    ),
    (
        "en-site-pilots-with-vendor",
        "Pemberton Hospital piloted Hearth Scribe with Norvale Health last winter.",
        {("Pemberton Hospital", "partnersWith", "Norvale Health")},
        set(),
    ),
    (
        "en-a-rival-after-with-is-no-partner",
        "Pemberton Hospital deployed Hearth Scribe, competing with Norvale Health for budget.",
        set(),
        {("Pemberton Hospital", "partnersWith", "Norvale Health")},
    ),
    (
        "en-partners-including",
        "Norvale Health works with 20 partners, including Pemberton Hospital and "
        "Quarry University.",
        {
            ("Norvale Health", "partnersWith", "Pemberton Hospital"),
            ("Norvale Health", "partnersWith", "Quarry University"),
        },
        set(),
    ),
    (
        "en-owners-clinical-partner",
        "Norvale Health's clinical partner, Pemberton Hospital, supplied the images.",
        {("Norvale Health", "partnersWith", "Pemberton Hospital")},
        set(),
    ),
    (
        "en-brought-in-for-work",
        "Norvale Health also brought in Quarry University (QU) for assay work.",
        {("Norvale Health", "partnersWith", "Quarry University")},
        set(),
    ),
    (
        "en-staff-hired-is-no-partner",
        "Norvale Health engaged Pemberton Hospital staff for the study.",
        set(),
        {("Norvale Health", "partnersWith", "Pemberton Hospital")},
    ),
    (
        "en-signed-to-use-owners-offering",
        "Norvale Health signed a multi-year agreement to use Hearth Scribe, Ostrel Bio's "
        "scribe platform.",
        {("Norvale Health", "partnersWith", "Ostrel Bio")},
        set(),
    ),
    (
        "en-teamed-with",
        "Norvale Health teamed with Quarry University to build the registry.",
        {("Norvale Health", "partnersWith", "Quarry University")},
        set(),
    ),
    (
        "en-based-in-is-a-place",
        "Norvale Health is based in Leeds and sells to Pemberton Hospital.",
        set(),
        {("Norvale Health", "partnersWith", "Pemberton Hospital")},
    ),
    # ---- basedOn --------------------------------------------------------------------------
    (
        "zh-offering-carries-model",
        "澄思助手搭载青岚模型，可自动生成出院小结。",
        {("澄思助手", "basedOn", "青岚模型")},
        set(),
    ),
    (
        "zh-offering-integrates-model-and-dataset",
        "澄思助手集成了青岚模型。",
        {("澄思助手", "basedOn", "青岚模型")},
        set(),
    ),
    (
        "zh-training-data-from-dataset",
        "青岚模型的训练数据来自百川病历集。",
        {("青岚模型", "basedOn", "百川病历集")},
        set(),
    ),
    (
        "en-offering-uses-model",
        "Hearth Scribe uses Vireo-7B to draft visit notes.",
        {("Hearth Scribe", "basedOn", "Vireo-7B")},
        set(),
    ),
    (
        "en-offering-combines-with-model",
        "Hearth Scribe combines a retrieval engine with Vireo-7B.",
        {("Hearth Scribe", "basedOn", "Vireo-7B")},
        set(),
    ),
    (
        "en-trained-on-data-from-dataset",
        "Vireo-7B was trained on 40,000 discharge notes, mostly from WardNotes-2M.",
        {("Vireo-7B", "basedOn", "WardNotes-2M")},
        set(),
    ),
    (
        "en-each-source-of-training-data",
        "Vireo-7B was adapted on 9B tokens of text, mostly from WardNotes-2M plus abstracts "
        "from Hearth Scribe logs.",
        {("Vireo-7B", "basedOn", "WardNotes-2M")},
        set(),
    ),
    (
        "en-built-atop",
        "Hearth Scribe is built atop Vireo-7B.",
        {("Hearth Scribe", "basedOn", "Vireo-7B")},
        set(),
    ),
    (
        "en-fronted-built-on",
        "Built on Vireo-7B, Hearth Scribe drafts visit notes.",
        {("Hearth Scribe", "basedOn", "Vireo-7B")},
        set(),
    ),
    (
        "zh-base-model-is",
        "澄思助手的底座模型为青岚模型。",
        {("澄思助手", "basedOn", "青岚模型")},
        set(),
    ),
    (
        "en-version-of-model",
        "Hearth Scribe is a fine-tuned version of Vireo-7B.",
        {("Hearth Scribe", "basedOn", "Vireo-7B")},
        set(),
    ),
    (
        "en-model-powered-offering",
        "Vireo-7B-powered Hearth Scribe drafts notes.",
        {("Hearth Scribe", "basedOn", "Vireo-7B")},
        set(),
    ),
    (
        "en-uses-owners-model",
        "Hearth Scribe uses Ostrel Bio's Vireo-7B to draft notes.",
        {("Hearth Scribe", "basedOn", "Vireo-7B")},
        {("Hearth Scribe", "basedOn", "Ostrel Bio")},
    ),
    (
        "zh-offering-adopts-model",
        "澄思助手采用青岚模型，支持病历质控。",
        {("澄思助手", "basedOn", "青岚模型")},
        set(),
    ),
    (
        "zh-a-model-trained-on-data-is-not-carried",
        "青岚模型使用百川病历集训练。",
        {("青岚模型", "basedOn", "百川病历集")},
        set(),
    ),
    (
        "en-data-from-a-hospital-is-no-base",
        "Vireo-7B was trained on 1.2 million notes from Pemberton Hospital.",
        set(),
        {("Vireo-7B", "basedOn", "Pemberton Hospital")},
    ),
    # ---- subsidiaryOf ---------------------------------------------------------------------
    (
        "en-division-of-the-agency",
        "The Imaging Review Division of the Tillbury Medicines Agency cleared the filing.",
        {("Imaging Review Division", "subsidiaryOf", "Tillbury Medicines Agency")},
        set(),
    ),
    (
        "en-of-between-peers-is-no-unit",
        "Quarry University of Pemberton Hospital fame opened a lab.",
        set(),
        {("Quarry University", "subsidiaryOf", "Pemberton Hospital")},
    ),
    (
        "zh-internal-unit-of-commission",
        "规划信息处是梧州市卫生健康委员会的内设机构。",
        {("规划信息处", "subsidiaryOf", "梧州市卫生健康委员会")},
        set(),
    ),
    (
        "zh-body-and-its-department",
        "梧州市卫生健康委员会规划信息处负责试点工作。",
        {("规划信息处", "subsidiaryOf", "梧州市卫生健康委员会")},
        set(),
    ),
    (
        "zh-listed-bodies-are-no-units",
        "梧州市卫生健康委员会、规划信息处联合发文。",
        set(),
        {("规划信息处", "subsidiaryOf", "梧州市卫生健康委员会")},
    ),
    (
        "en-lab-of-company",
        "Fenwick Ventures is the AI lab of Corvane.",
        {("Fenwick Ventures", "subsidiaryOf", "Corvane")},
        set(),
    ),
    (
        "zh-set-up-by",
        "澄川科技成立的汀兰智能专注医疗大模型。",
        {("汀兰智能", "subsidiaryOf", "澄川科技")},
        set(),
    ),
    (
        "en-a-parents-company",
        "Fenwick Ventures, a Corvane company, backed two start-ups.",
        {("Fenwick Ventures", "subsidiaryOf", "Corvane")},
        set(),
    ),
    (
        "en-part-of",
        "Fenwick Ventures, part of Corvane, backed two start-ups.",
        {("Fenwick Ventures", "subsidiaryOf", "Corvane")},
        set(),
    ),
    (
        "en-a-member-is-no-unit",
        "Fenwick Ventures, a member of Corvane, spoke at the panel.",
        set(),
        {("Fenwick Ventures", "subsidiaryOf", "Corvane")},
    ),
    (
        "en-is-parents-subsidiary",
        "Fenwick Ventures is Corvane's wholly owned subsidiary.",
        {("Fenwick Ventures", "subsidiaryOf", "Corvane")},
        set(),
    ),
    (
        "zh-subsidiary-in-brackets",
        "汀兰智能（澄川科技全资子公司）推出澄思助手。",
        {("汀兰智能", "subsidiaryOf", "澄川科技")},
        set(),
    ),
    (
        "zh-a-founders-new-firm-is-no-unit",
        "澄川科技创始人创办的汀兰智能专注医疗大模型。",
        set(),
        {("汀兰智能", "subsidiaryOf", "澄川科技")},
    ),
    (
        "en-part-of-a-consortium-is-no-unit",
        "Fenwick Ventures, part of the Corvane consortium, spoke at the panel.",
        set(),
        {("Fenwick Ventures", "subsidiaryOf", "Corvane")},
    ),
    (
        "en-venture-fund-named",
        "Corvane's venture fund Corvane Ventures invested in Ostrel Bio.",
        {
            ("Corvane Ventures", "subsidiaryOf", "Corvane"),
            ("Ostrel Bio", "fundedBy", "Corvane Ventures"),
        },
        set(),
    ),
    (
        "en-owners-fund-participating",
        "Ostrel Bio closed a $5M seed round led by Larkspur Capital, with Corvane's "
        "Fenwick Ventures participating.",
        {
            ("Fenwick Ventures", "subsidiaryOf", "Corvane"),
            ("Ostrel Bio", "fundedBy", "Fenwick Ventures"),
            ("Ostrel Bio", "fundedBy", "Larkspur Capital"),
        },
        {("Ostrel Bio", "partnersWith", "Larkspur Capital")},
    ),
    # ---- investsIn / fundedBy -------------------------------------------------------------
    (
        "en-lead-investor-named-first",
        "Larkspur Capital led a $10M Series A in Ostrel Bio.",
        {("Ostrel Bio", "fundedBy", "Larkspur Capital")},
        {("Ostrel Bio", "partnersWith", "Larkspur Capital")},
    ),
    (
        "en-picked-up-funding-from",
        "Ostrel Bio picked up $12.5M in seed funding from Fenwick Ventures.",
        {("Ostrel Bio", "fundedBy", "Fenwick Ventures")},
        set(),
    ),
    (
        "en-a-contract-is-no-round",
        "Ostrel Bio won a $2M contract from Norvale Health.",
        set(),
        {("Ostrel Bio", "fundedBy", "Norvale Health")},
    ),
    (
        "zh-amount-with-thousands-separator",
        "澄川科技完成2,000万美元A轮融资，由鹭石资本领投、雁回创投跟投。",
        {("澄川科技", "fundedBy", "鹭石资本"), ("澄川科技", "fundedBy", "雁回创投")},
        set(),
    ),
    (
        "en-investor-in",
        "Larkspur Capital is an early investor in Ostrel Bio.",
        {("Ostrel Bio", "fundedBy", "Larkspur Capital")},
        {("Ostrel Bio", "partnersWith", "Larkspur Capital")},
    ),
    (
        "en-portfolio-company-of",
        "Ostrel Bio, a portfolio company of Fenwick Ventures, opened a lab.",
        {("Ostrel Bio", "fundedBy", "Fenwick Ventures")},
        set(),
    ),
    (
        "zh-joined-round-of",
        "鹭石资本参与了澄川科技的B轮融资。",
        {("澄川科技", "fundedBy", "鹭石资本")},
        set(),
    ),
    (
        "zh-brings-in-investor",
        "澄川科技引入鹭石资本作为战略投资者。",
        {("澄川科技", "fundedBy", "鹭石资本")},
        set(),
    ),
    (
        "en-counts-among-backers",
        "Ostrel Bio counts Larkspur Capital among its backers.",
        {("Ostrel Bio", "fundedBy", "Larkspur Capital")},
        set(),
    ),
    (
        "en-owners-investors-include",
        "Ostrel Bio's investors include Larkspur Capital and Fenwick Ventures.",
        {
            ("Ostrel Bio", "fundedBy", "Larkspur Capital"),
            ("Ostrel Bio", "fundedBy", "Fenwick Ventures"),
        },
        {("Ostrel Bio", "partnersWith", "Larkspur Capital")},
    ),
    (
        "zh-controlling-shareholder-is-no-investor",
        "澄川科技的控股股东为汀兰智能。",
        set(),
        {("澄川科技", "fundedBy", "汀兰智能")},
    ),
    (
        "en-backing-growth-is-no-round",
        "Norvale Health backed the growth of Pemberton Hospital.",
        set(),
        {("Pemberton Hospital", "fundedBy", "Norvale Health")},
    ),
    (
        "zh-minority-stake-held-by",
        "注：汀兰智能其余30%股权由鹭石资本持有。",
        {("汀兰智能", "fundedBy", "鹭石资本")},
        set(),
    ),
    (
        "zh-a-majority-holder-is-no-investor-here",
        "汀兰智能70%股权由澄川科技持有。",
        set(),
        {("汀兰智能", "fundedBy", "澄川科技")},
    ),
    (
        "en-holds-minority-stake",
        "Larkspur Capital holds a 15% stake in Ostrel Bio.",
        {("Ostrel Bio", "fundedBy", "Larkspur Capital")},
        set(),
    ),
    (
        "en-a-majority-stake-is-no-investment-here",
        "Corvane holds a 60% stake in Ostrel Bio.",
        set(),
        {("Ostrel Bio", "fundedBy", "Corvane")},
    ),
    (
        "zh-investors-listed",
        "澄川科技的投资方包括鹭石资本和雁回创投。",
        {("澄川科技", "fundedBy", "鹭石资本"), ("澄川科技", "fundedBy", "雁回创投")},
        {("澄川科技", "partnersWith", "鹭石资本")},
    ),
]


@pytest.mark.parametrize(
    ("text", "stated", "not_stated"),
    [pytest.param(*case[1:], id=case[0]) for case in _CASES],
)
def test_link_wordings_state_their_relations(
    tmp_path: Path, text: str, stated: set[Fact], not_stated: set[Fact]
) -> None:
    facts = _facts(tmp_path, text)
    assert stated <= facts, sorted(facts)
    assert not (not_stated & facts), sorted(facts)


def test_link_rules_have_unique_names() -> None:
    names = [rule.name for rule in LINK_RULES]
    assert len(names) == len(set(names))
