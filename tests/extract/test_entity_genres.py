"""Entity rules for report genres the first rules were not written on: listicles, member lists
dumped with written-out tabs, policy Q&As, city action plans, pitch one-pagers, paper digests.

Every sentence here is invented for these tests (other names, other wording than any report).
Each rule has a case where it must fire and one where it must not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medatlas.loaders.extract.entities import discover_entities
from medatlas.loaders.extract.entity_cues import cue_candidates, offering_cue_candidates
from medatlas.loaders.extract.entity_en import english_candidates
from medatlas.loaders.extract.entity_layout import listicle_kind, source_candidates
from medatlas.loaders.readers.text import read_text


def _found(text: str, name: str = "a.md") -> dict[str, set[str]]:
    """Each discovered surface with the (name, class) pairs it was filed under."""
    doc = read_text(Path(name), text.encode())
    out: dict[str, set[str]] = {}
    for m in discover_entities(doc, []):
        out.setdefault(m.text, set()).add(f"{m.name}|{m.cls}")
    return out


# ---------------------------------------------------------------- listicles

_LISTICLE = """# 盘点｜值得关注的{count}医疗大模型

作者：某编辑

## 1. 澜汀·问脉

澜汀数科推出的心内科模型，已在多家医院使用。

## 2. 岫青-Derm

由岫青医疗开发的皮肤科模型。

## 3. 砾川知诊

砾川智能打造的全科模型，覆盖基层卫生院。
"""


def test_the_numbered_items_of_a_listicle_take_the_kind_its_title_counts() -> None:
    found = _found(_LISTICLE.format(count="三个"))
    assert found.get("澜汀·问脉") == {"澜汀·问脉|AIModel"}
    assert found.get("岫青-Derm") == {"岫青-Derm|AIModel"}
    assert found.get("砾川知诊") == {"砾川知诊|AIModel"}


def test_numbered_sections_under_a_title_that_counts_something_else_are_no_names() -> None:
    # the title promises ten models, the document numbers three headings: not that list
    found = _found(_LISTICLE.format(count="十个"))
    assert "砾川知诊" not in found
    sections = ("市场概况", "融资情况", "政策环境")
    text = "# 医疗AI发展报告\n\n" + "".join(
        f"## {n}. {s}\n\n正文。\n\n" for n, s in enumerate(sections, start=1)
    )
    found = _found(text)
    assert not any(s in found for s in sections)


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("年度盘点：8款值得一试的AI问诊产品", (8, "Product")),
        ("Top 5 AI startups reshaping radiology", (5, "Company")),
        ("Ten models that changed triage", (10, "AIModel")),
        ("2025年医疗人工智能白皮书", None),
        ("Three lessons from a failed rollout", None),
    ],
)
def test_a_listicle_title_says_how_many_things_of_which_kind(
    title: str, kind: tuple[int, str] | None
) -> None:
    assert listicle_kind(title) == kind


# ---------------------------------------------------------------- layout and roles


def test_a_tab_written_out_as_backslash_t_is_no_letter_of_the_name() -> None:
    rows = ("序号 单位名称 城市", "1 岚序智医科技有限公司 安川市", "2 安川大学附属第二医院 安川市")
    text = "".join(row.replace(" ", "\\t") + "\n" for row in rows)
    found = _found(text, "a.txt")
    assert found.get("岚序智医科技有限公司") == {"岚序智医科技有限公司|Company"}
    assert found.get("安川大学附属第二医院") == {"安川大学附属第二医院|Hospital"}
    assert not any(s.startswith("t") for s in found)


def test_an_office_signing_for_an_institution_is_the_institution() -> None:
    names = {c.name for c in source_candidates("发布单位：安川市第三人民医院院长办公室")}
    assert names == {"安川市第三人民医院"}
    # a government body's own office is a body of its own: left whole
    names = {c.name for c in source_candidates("发布单位：安川市卫生健康委员会办公室")}
    assert names != {"安川市卫生健康委员会"}


def test_a_customer_role_before_a_hospital_is_not_part_of_its_name() -> None:
    found = _found("- 标杆客户岷阳县人民医院：夜间阅片时间缩短一半。", "a.txt")
    assert "岷阳县人民医院" in found
    assert not any(s.startswith("标杆客户") for s in found)


def test_a_government_body_whose_remit_joins_two_fields_with_he() -> None:
    found = _found("安川市发展和改革委员会、安川市经济和信息化局联合印发通知。", "a.txt")
    assert found.get("安川市发展和改革委员会") == {"安川市发展和改革委员会|GovernmentBody"}
    assert found.get("安川市经济和信息化局") == {"安川市经济和信息化局|GovernmentBody"}
    # two bodies joined by 和 stay two
    found = _found("安川市卫生健康委员会和安川市数据局联合发文。", "a.txt")
    assert "安川市卫生健康委员会和安川市数据局" not in found


def test_a_city_government_is_named_by_its_city() -> None:
    found = _found("研究院由安川大学与安川市人民政府共同设立。", "a.txt")
    assert found.get("安川市人民政府") == {"安川市人民政府|GovernmentBody"}
    assert "各级人民政府" not in _found("各级人民政府要落实责任。", "a.txt")


def test_a_noun_ending_before_a_group_ending_belongs_to_the_name() -> None:
    found = _found("基金由岷阳产业投资集团发起设立。", "a.txt")
    assert found.get("岷阳产业投资集团") == {"岷阳产业投资集团|Company"}
    assert "投资集团" not in _found("公司完成投资集团的尽调。", "a.txt")


@pytest.mark.parametrize(
    ("text", "name", "method"),
    [
        ("澄湖影像：岷泰医疗控股子公司，主营影像。", "岷泰医疗", "cue:parent"),
        ("2025年，澄湖影像被上市公司岷泰医疗以9亿元全资收购。", "岷泰医疗", "cue:buyer"),
    ],
)
def test_a_parent_or_a_buyer_is_a_company(text: str, name: str, method: str) -> None:
    assert {(c.name, c.method) for c in cue_candidates(text)} == {(name, method)}


def test_a_takeover_by_someone_unnamed_names_no_company() -> None:
    assert not list(cue_candidates("目前该公司已被国外巨头收购。"))


# ---------------------------------------------------------------- offerings


def test_quoted_names_in_parallel_share_the_class_of_the_one_that_says_it() -> None:
    text = "甲医院申报的“澜眸”、乙医院申报的“岫心心电分析系统”均已通过审核。"
    found = _found(text, "a.txt")
    assert found.get("澜眸") == {"澜眸|Product"}
    # a quoted slogan beside a typed name in another sentence stays untyped
    found = _found("我们提出“岚风计划”。乙医院申报的“岫心心电分析系统”已通过。", "a.txt")
    assert "岚风计划" not in found


def test_a_quoted_brand_then_what_it_is_while_the_sentence_goes_on() -> None:
    found = _found("由岷泰医疗研发的“澜肺”肺结节辅助诊断系统在放射科上线。", "a.txt")
    assert found.get("澜肺") == {"澜肺|Product"}
    # the description itself is no second name
    assert "肺结节辅助诊断系统" not in found


def test_an_offering_the_sentence_says_is_one() -> None:
    text = "岫心心电则是岷泰医疗推出的产品。"
    assert [(c.name, c.cls) for c in offering_cue_candidates(text)] == [("岫心心电", "Product")]
    assert not list(offering_cue_candidates("目标是建成全市统一的医疗数据平台。"))
    assert not list(offering_cue_candidates("该系统是国内首个获批的产品。"))


def test_a_kind_of_offering_counted_is_no_name() -> None:
    found = _found("首批开放岚序数据集8个，样本量50万例。", "a.txt")
    assert not any(s.endswith("数据集") for s in found)
    found = _found("岚序影像平台上线3个月后用户翻倍。", "a.txt")
    assert "岚序影像平台" in found


def test_a_device_named_by_its_maker_and_kind() -> None:
    found = _found("应用可与澜禾智能血糖仪蓝牙连接。", "a.txt")
    assert found.get("澜禾智能血糖仪") == {"澜禾智能血糖仪|Product"}


def test_a_model_and_the_same_name_with_model_after_it_are_one() -> None:
    text = "核心能力来自自研的“岫语”医疗大模型。岫语模型已完成备案。"
    found = _found(text, "a.txt")
    assert found.get("岫语模型", {"岫语|AIModel"}) == {"岫语|AIModel"}


# ---------------------------------------------------------------- English


def test_a_trailing_ai_stays_in_a_company_name_before_a_verb() -> None:
    cands = english_candidates("海外团队Veltrix AI推出的推理模型。", frozenset())
    assert [c.name for c in cands] == ["Veltrix AI"]
    cands = english_candidates("上线Veltrix-CT AI病理诊断产品。", frozenset())
    assert [c.name for c in cands] == ["Veltrix-CT"]


def test_a_saints_possessive_name_is_one_hospital() -> None:
    cands = english_candidates("It was built with St. Orla's Children's Hospital.", frozenset())
    assert [(c.name, c.cls) for c in cands] == [("St. Orla's Children's Hospital", "Hospital")]


def test_a_dash_apposition_says_what_a_list_head_is() -> None:
    text = "- **Lumaread 夜影** — a cloud triage service that flags bleeds."
    cands = english_candidates(text, frozenset())
    assert [(c.name, c.cls) for c in cands] == [("Lumaread", "Product")]


@pytest.mark.parametrize("text", ["It reached a macro F1 score of 0.8.", "电话：0871-5521xxxx"])
def test_a_metric_or_a_masked_number_is_no_name(text: str) -> None:
    assert not list(english_candidates(text, frozenset()))


def test_a_hospital_named_by_the_reports_own_city_and_its_rank() -> None:
    found = _found("试点在市第一人民医院、市中心医院等6家医院开展。", "a.txt")
    assert found.get("市第一人民医院") == {"市第一人民医院|Hospital"}
    assert found.get("市中心医院") == {"市中心医院|Hospital"}
    # the county hospitals in general, or every city's, are no one hospital
    assert "县医院" not in _found("仅两成的县医院配有放射科医生。", "a.txt")
    assert not _found("各市人民医院要加强管理。", "a.txt")


def test_a_short_ending_inside_a_quoted_name_does_not_cut_it() -> None:
    found = _found("基层采用岷泰医疗的“岚衡云诊”，主要用于常见病。", "a.txt")
    assert "岚衡云" not in found


def test_a_quoted_name_counted_in_kuan_is_a_product() -> None:
    found = _found("另外还有一款可穿戴的“岚翎心贴”，主要用于院外监测。", "a.txt")
    assert found.get("岚翎心贴") == {"岚翎心贴|Product"}
    assert "春风行动" not in _found("我们发起了“春风行动”，覆盖基层。", "a.txt")


def test_the_lead_investor_named_after_its_part_ends_with_the_clause() -> None:
    from medatlas.loaders.extract.entity_roles import role_candidates

    text = "今年完成B轮，领投方是岷川创投，老股东继续加注。"
    names = {c.name for c in role_candidates(text, lambda pos: None)}
    assert names == {"岷川创投"}


def test_a_law_without_its_jurisdiction_is_the_same_law() -> None:
    text = "Vendors follow the EU Clinical Tools Act. Each tool faces a Clinical Tools Act audit."
    found = _found(text, "a.txt")
    assert found.get("Clinical Tools Act") == {"EU Clinical Tools Act|Policy"}


def test_a_quoted_institution_the_sentence_founds_is_a_name() -> None:
    found = _found("医院联合岷川大学共建“临床影像联合实验室”，当年投入使用。", "a.txt")
    assert found.get("临床影像联合实验室") == {"临床影像联合实验室|ResearchInstitution"}
    assert "临床影像联合实验室" not in _found("推动建设“临床影像联合实验室”等平台。", "a.txt")


def test_a_name_cut_at_a_short_ending_gives_way_to_the_full_name_found_elsewhere() -> None:
    text = "“岚川云诊”互联网医院平台全年接诊10万人次。\n\n项目\t投入\n岚川云诊平台升级\t260万元\n"
    found = _found(text, "a.txt")
    assert "岚川云" not in found


def test_a_trade_role_or_a_request_to_contact_is_not_part_of_the_name() -> None:
    from pathlib import Path

    from medatlas.loaders.extract.entities import discover_entities
    from medatlas.loaders.readers.text import read_text

    text = "会务咨询请联系璞沅会展服务有限公司。本产品由代理商岐川医疗负责华东销售。"
    found = {m.text for m in discover_entities(read_text(Path("t.txt"), text.encode()), [])}
    assert {"璞沅会展服务有限公司", "岐川医疗"} <= found
    assert not {"联系璞沅会展服务有限公司", "代理商岐川医疗"} & found


def test_a_place_and_a_firm_word_describe_a_firm_without_naming_it() -> None:
    from pathlib import Path

    from medatlas.loaders.extract.entities import discover_entities
    from medatlas.loaders.readers.text import read_text

    text = "岑溪智能与德国公司Quellhaus Diagnostics合作。上海医药集团发布公告。"
    found = {m.text: m.cls for m in discover_entities(read_text(Path("t.txt"), text.encode()), [])}
    assert "德国公司" not in found and found.get("德国") == "Region"
    assert found.get("上海医药集团") == "Company"  # a place inside a real name stays


def test_a_contents_line_numbering_a_case_names_no_offering() -> None:
    text = (
        "# 优秀案例集\n\n## 目录\n\n- 案例1　岚衡智医：手术室智能排程系统\n"
        "- 案例2　砾川医疗：病理切片辅助诊断系统\n- 案例3　澄源数科：药物警戒平台\n"
        "- **岫青-Derm**：皮肤影像辅助诊断系统，已在多家医院使用。\n"
    )
    found = _found(text)
    assert not any(name.startswith("案例") for name in found)
    assert found.get("岫青-Derm") == {"岫青-Derm|Product"}


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("数据来源：国家药监局医疗器械数据库，岚衡研究院整理", "国家药监局医疗器械"),
        ("数据来源：岚州市卫生健康委员会统计公报", "岚州市卫生健康委员会统计公报"),
        ("资料来源：企业公开资料、平台方开发者大会发布信息", "平台方开发者大会发布信息"),
    ],
)
def test_a_source_that_is_a_document_or_a_register_names_no_organisation(
    text: str, not_a_name: str
) -> None:
    assert not_a_name not in {c.name for c in source_candidates(text)}


def test_a_source_line_still_names_its_institute() -> None:
    names = {c.name for c in source_candidates("数据来源：国家药监局医疗器械数据库，岚衡研究院")}
    assert "岚衡研究院" in names


@pytest.mark.parametrize(
    "text",
    [
        "2024年中国互联网医院与远程医疗市场规模为1,052亿元。",
        "承建商的收入以建设费为主，单家医院的建设合同金额通常在80万元左右。",
    ],
)
def test_a_country_s_hospitals_of_a_kind_or_any_one_hospital_is_no_hospital(text: str) -> None:
    assert not any(cls.endswith("|Hospital") for v in _found(text, "a.txt").values() for cls in v)


def test_a_statistical_bulletin_is_a_report() -> None:
    found = _found("根据国家卫生健康委员会《2024年岚州市卫生健康事业发展统计公报》，", "a.txt")
    assert found.get("《2024年岚州市卫生健康事业发展统计公报》") == {
        "2024年岚州市卫生健康事业发展统计公报|Report"
    }


def test_since_after_a_launched_name_is_no_part_of_it() -> None:
    names = {
        c.name
        for c in offering_cue_candidates("岚宁互联网医院自2025年3月上线澜问以来，日均问诊1.6万例。")
    }
    assert "澜问以来" not in names


@pytest.mark.parametrize("text", ["细胞学AUC 0.962，敏感度97%。", "乳腺BI-RADS 4类及以上病灶"])
def test_a_score_and_its_value_is_no_name(text: str) -> None:
    assert not list(english_candidates(text, frozenset()))


def test_a_disease_written_by_its_initials_is_no_name() -> None:
    found = _found("细分为透析监测、慢性肾脏病（CKD）风险预测两类。岭肾CKD-Risk已获批。", "a.txt")
    assert "CKD" not in found
