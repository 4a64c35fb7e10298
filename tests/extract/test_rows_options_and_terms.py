"""Figures of a table row's prose, of a tested model and of a survey's listed barriers; places
written with a share after them; terms of the field that name nothing; and names that run
into the next word.

A prose cell (``累计装配4200例``) that names no subject is about its row's product, else the
firm of its label; a model's accuracy "at X Hospital" is the model's, not the site's; a segment
row's label may be long ("Disease activity monitoring and flare prediction"); "Europe 28%" is
Europe's share and "Asia-Pacific" is not "Asia"; a ``指标`` column lists what is measured, not
hospitals; a barrier chosen in a survey (``采购预算不足（29.4%）``) is that answer's share of the
respondents, however its words read. Gene symbols (CYP2C19, HLA-B) and field acronyms (PrEP,
CAR-T, HVAC, CR5) are no names; ``X模型基于Y`` ends at 模型; a bold firm that "holds" a share
is a firm; "built its X foundation model on Y" builds X on Y; a known maker's platform named by
one word of its own (``X云IoT平台``, ``X开放平台``) is a platform. Every name is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from entity_support import found_names
from figure_support import about_names, figures_of, markdown, measure_slug
from relation_support import facts_of

from medatlas.loaders.extract.bilingual_names import bilingual_aliases
from medatlas.loaders.extract.entity_cues import offering_cue_candidates
from medatlas.loaders.extract.model import Mention
from medatlas.loaders.extract.places import find_places


def test_a_prose_cell_is_about_its_rows_product() -> None:
    doc = markdown(
        "# 行业白皮书\n\n| 企业 | 产品 | 场景 | 进展 |\n| --- | --- | --- | --- |\n"
        "| 杭州澈肢科技有限公司 | 澈握肌电假手 | 上肢截肢 | 累计装配4200例，进入62家康复机构 |\n"
        "| 上海澈骨矫形有限公司 | 澈骨矫形器 | 脊柱侧弯 | 与8家医院合作，周期由21天缩至5天 |\n"
    )
    figures = figures_of(
        doc,
        {
            "杭州澈肢科技有限公司": "Company",
            "澈握肌电假手": "Product",
            "上海澈骨矫形有限公司": "Company",
            "澈骨矫形器": "Product",
        },
    )
    assert about_names(figures["4200例"]) == {"澈握肌电假手"}
    assert about_names(figures["21天"]) == {"澈骨矫形器"}
    assert about_names(figures["5天"]) == {"澈骨矫形器"}


def test_a_prose_cell_without_a_product_is_about_its_label() -> None:
    doc = markdown(
        "# 行业白皮书\n\n| 企业 | 进展 |\n| --- | --- |\n"
        "| 杭州澈肢科技有限公司 | 累计服务4200例，覆盖全国各地 |\n"
    )
    figures = figures_of(doc, {"杭州澈肢科技有限公司": "Company"})
    assert about_names(figures["4200例"]) == {"杭州澈肢科技有限公司"}


@pytest.mark.parametrize(
    "sentence",
    [
        "澈星科技开发的模型“澈样QC”可预测样本质量，在澈州国家基因库的验证中准确率达到91.3%。",
        "Corwell launched the CardioWisp model. In a validation at Fenmoor General Hospital, "
        "CardioWisp reached 91.3% accuracy.",
    ],
)
def test_a_models_accuracy_at_a_site_is_the_models(sentence: str) -> None:
    names = {
        "澈星科技": "Company",
        "澈样QC": "AIModel",
        "澈州国家基因库": "ResearchInstitution",
        "Corwell": "Company",
        "CardioWisp": "AIModel",
        "Fenmoor General Hospital": "Hospital",
    }
    figure = figures_of(markdown(f"# 报告\n\n{sentence}\n"), names)["91.3%"]
    assert measure_slug(figure) == "accuracy"
    assert about_names(figure) & {"澈样QC", "CardioWisp"}
    assert not about_names(figure) & {"澈州国家基因库", "Fenmoor General Hospital"}


def test_a_long_segment_label_is_its_rows_subject() -> None:
    doc = markdown(
        "# AI in Rheumatology: Market Outlook\n\n| Segment | 2024 revenue ($M) | Share |\n"
        "| --- | --- | --- |\n| Disease activity monitoring and flare prediction | 98 | 23.8% |\n"
    )
    figures = figures_of(doc, {})
    assert about_names(figures["23.8%"]) == {"Disease activity monitoring and flare prediction"}
    assert about_names(figures["98"]) == {"Disease activity monitoring and flare prediction"}


def test_a_place_with_its_share_after_it() -> None:
    text = "North America held 46% of revenue, Europe 28% and Asia-Pacific 21%."
    assert [h.surface for h in find_places(text)] == ["North America", "Europe", "Asia-Pacific"]
    regions = {"North America": "Region", "Europe": "Region", "Asia-Pacific": "Region"}
    figures = figures_of(markdown(f"# Market report\n\n{text}\n"), regions)
    assert about_names(figures["28%"]) == {"Europe"}
    assert about_names(figures["21%"]) == {"Asia-Pacific"}


@pytest.mark.parametrize(
    ("text", "place"),
    [("acquired Dosewell, a Toronto-based start-up", "Toronto"), ("Europe 2030 Summit", None)],
)
def test_a_place_before_a_hyphen_or_a_number(text: str, place: str | None) -> None:
    assert [h.surface for h in find_places(text)] == ([place] if place else [])


def test_a_metric_column_lists_no_hospitals() -> None:
    text = (
        "# 医院数据安全调查报告\n\n表2 不同类型医院的安全能力建设情况（%）\n\n"
        "| 指标 | 三级医院 | 二级医院 |\n| --- | --- | --- |\n"
        "| 已完成数据分类分级 | 64.1 | 29.8 |\n| 设有专职安全人员 | 81.4 | 37.5 |\n"
    )
    figures = figures_of(markdown(text), {})
    assert "设有专职安全人员" in about_names(figures["81.4"])
    assert all(m.cls != "Hospital" for f in figures.values() for m in f.about)


def test_a_metric_column_by_year_measures_the_reports_firm() -> None:
    text = (
        "# 江苏澈铂医疗集团2024年ESG报告\n\n### 4.3 研发投入\n\n"
        "| 指标 | 2023年 | 2024年 | 同比变化 |\n| --- | --- | --- | --- |\n"
        "| 研发人员（人） | 1,085 | 1,240 | +14.3% |\n"
    )
    figures = figures_of(markdown(text), {"江苏澈铂医疗集团": "Company"})
    assert about_names(figures["1,240"]) == {"江苏澈铂医疗集团"}


def test_a_barrier_chosen_is_its_answers_share() -> None:
    text = (
        "# 2025年澈州医院AI应用调查报告\n\n本次调查共回收有效问卷512份。\n\n"
        "受访医院认为主要障碍依次为：收费项目缺失（62.3%）、假阳性过多增加复核负担（48.7%）、"
        "采购预算不足（29.4%）。\n"
    )
    figures = figures_of(markdown(text), {"2025年澈州医院AI应用调查报告": "Report"})
    for original, answer in (
        ("62.3%", "收费项目缺失"),
        ("48.7%", "假阳性过多增加复核负担"),
        ("29.4%", "采购预算不足"),
    ):
        assert answer in about_names(figures[original]), original
        assert "2025年澈州医院AI应用调查报告" in about_names(figures[original]), original
        assert measure_slug(figures[original]) == "share-of-respondents", original


@pytest.mark.parametrize(
    "text",
    [
        "携带CYP2C19慢代谢型的患者占比约14%，HLA-B阳性者禁用别嘌醇，VKORC1基因型影响剂量。",
        "PrEP uptake rose 40% in 2024. The CGT market grew. HVAC systems use 45% of energy.",
        "The CR5 reached 38%. CAR-T therapy takes 14 days to make.",
    ],
)
def test_terms_of_the_field_are_no_names(text: str) -> None:
    found = found_names(f"# 报告\n\n{text}\n")
    terms = {"CYP2C19", "HLA-B", "VKORC1", "PrEP", "CGT", "HVAC", "CR5", "CAR-T"}
    assert not terms & found.keys(), found


def test_a_named_model_ends_before_the_word_it_runs_into() -> None:
    text = "公司旗下产品澈衡基于澈云大模型开发。"
    names = {c.name for c in offering_cue_candidates(text)}
    assert "澈衡" in names and "澈衡基" not in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("**Ostrava Cellworks** holds an estimated 17% share of the market.", "Ostrava Cellworks"),
        ("**Vellmore Biotec** (CellMatic Prime) holds around 12%.", "Vellmore Biotec"),
    ],
)
def test_a_bold_firm_that_holds_a_share_is_a_firm(text: str, name: str) -> None:
    assert found_names(f"# Market report\n\n## Landscape\n\n{text}\n").get(name) == "Company"


def test_a_place_that_holds_a_share_is_no_firm() -> None:
    found = found_names("# Market report\n\nImaging holds 41% of revenue. Europe holds 28%.\n")
    assert "Imaging" not in found and found.get("Europe") != "Company"


def test_a_model_built_with_its_kind_on_a_platform(tmp_path: Path) -> None:
    facts = facts_of(
        tmp_path,
        "# Report\n\nVantor AI built its VantaECG-2 foundation model on Corvex Cloud.\n",
        {"Vantor AI": "Company", "VantaECG-2": "AIModel", "Corvex Cloud": "Platform"},
    )
    assert ("VantaECG-2", "basedOn", "Corvex Cloud") in facts


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("该系统部署于华为云IoT平台。", {"华为云IoT平台": "Platform"}, set()),
        ("腾讯健康开放平台接入了200家医院。", {"腾讯健康开放平台": "Platform"}, set()),
        ("NVIDIA核心平台支撑了训练。腾讯医疗平台上线。", {}, {"NVIDIA核心平台", "腾讯医疗平台"}),
    ],
)
def test_a_makers_platform_named_by_a_word_of_its_own(
    text: str, present: dict[str, str], absent: set[str]
) -> None:
    from medatlas.loaders.extract.entities import discover_entities
    from medatlas.loaders.extract.gazetteer import atlas_gazetteer

    doc = markdown(f"# 报告\n\n{text}\n")
    found = {
        m.name or m.text: m.cls for m in discover_entities(doc, atlas_gazetteer().find(doc.text))
    }
    for name, cls in present.items():
        assert found.get(name) == cls, (name, found)
    assert not absent & found.keys()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("苍梧大学附属血液病医院上线了该系统。", "苍梧大学附属血液病医院"),
        ("星河学院附属医院与企业合作。", "星河学院附属医院"),
    ],
)
def test_a_university_named_by_a_rare_word(text: str, name: str) -> None:
    assert found_names(f"# 案例\n\n{text}\n").get(name) == "Hospital"


def test_a_line_that_names_one_thing_in_two_scripts() -> None:
    doc = markdown(
        "# 平台生态\n\n## 4.2 心澈开放平台 / HeartWisp Open Platform\n\n"
        "心澈开放平台由北京澈衡医学科技有限公司开发。\n\n## 4.3 澈云 / Clearwave Labs\n"
    )
    names = {
        "心澈开放平台": "Platform",
        "HeartWisp Open Platform": "Platform",
        "澈云": "Platform",
        "Clearwave Labs": "Company",
    }
    mentions = []
    for name, cls in names.items():
        at = doc.text.find(name)
        mentions.append(Mention(at, at + len(name), name, cls, 0.9, "test", name=name))
    filed = {m.text: m.name for m in bilingual_aliases(doc, mentions)}
    assert filed["HeartWisp Open Platform"] == "心澈开放平台"
    assert filed["Clearwave Labs"] == "Clearwave Labs"  # a firm and a platform: two things


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("医院部署了澈禾CellFlow自动化制备系统。", "澈禾CellFlow自动化制备系统", "Product"),
        ("澈链细胞追溯平台覆盖14个环节。", "澈链细胞追溯平台", "Platform"),
    ],
)
def test_an_offering_named_by_the_task_it_does(text: str, name: str, cls: str) -> None:
    assert found_names(f"# 案例\n\n{text}\n").get(name) == cls


def test_a_site_that_embeds_an_offering_deploys_it(tmp_path: Path) -> None:
    text = "# 案例\n\n澈州市人民医院则将澈衡剂量模型嵌入电子病历系统。\n"
    found = found_names(text)
    assert "澈衡剂量模型" in found and not any(n.endswith("电子病历系统") for n in found)
    facts = facts_of(tmp_path, text, {"澈州市人民医院": "Hospital", "澈衡剂量模型": "AIModel"})
    assert ("澈衡剂量模型", "deployedAt", "澈州市人民医院") in facts


def test_a_listed_firm_then_what_it_makes(tmp_path: Path) -> None:
    text = (
        "# Market report\n\n## Vendors\n\n"
        "- Vantor AI (London): ECG foundation model VantaECG-2, trained on 4.2 million tracings.\n"
        "- Fenmoor General Hospital (Leeds): deployed CardioWisp in 2024.\n"
    )
    names = {
        "Vantor AI": "Company",
        "VantaECG-2": "AIModel",
        "Fenmoor General Hospital": "Hospital",
        "CardioWisp": "Product",
    }
    facts = facts_of(tmp_path, text, names)
    assert ("Vantor AI", "develops", "VantaECG-2") in facts
    assert ("Fenmoor General Hospital", "develops", "CardioWisp") not in facts


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("2024年有31家医院遭遇勒索软件攻击。", {"勒索软件", "遭遇勒索软件", "医院遭遇勒索软件"}),
        ("主要由于暖通空调占医院总能耗的45%。", {"暖通空调占医院"}),
    ],
)
def test_a_common_noun_or_a_verb_makes_no_name(text: str, absent: set[str]) -> None:
    found = found_names(f"# 报告\n\n{text}\n")
    assert not absent & found.keys(), found


def test_a_count_column_leaves_the_users_column_its_sites(tmp_path: Path) -> None:
    text = (
        "# 白皮书\n\n| 企业 | 产品 | 应用场景 | 部署医院数 | 代表用户 |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 苏州澈泰精准医疗有限公司 | 澈泰TDM云 | 治疗药物监测 | 54 | 苏州市立澈济医院 |\n"
    )
    names = {
        "苏州澈泰精准医疗有限公司": "Company",
        "澈泰TDM云": "Platform",
        "苏州市立澈济医院": "Hospital",
    }
    facts = facts_of(tmp_path, text, names)
    assert ("澈泰TDM云", "deployedAt", "苏州市立澈济医院") in facts
    assert ("苏州澈泰精准医疗有限公司", "develops", "澈泰TDM云") in facts
