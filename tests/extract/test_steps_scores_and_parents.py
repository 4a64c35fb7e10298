"""Step-of-care columns, what a score after "it" is of, the parent an apposition names, the
maker a passive names, a maker's field in its short name, viral markers, and a known model
described as open-source; sites that go live with a vendor's platform, and the site a study
opens a sentence with; a quoted short offering a site puts to use, and firms that announce or
extend a partnership; use-case cells that list tasks, hyphened tasks, Latin names a Chinese firm
owns, and a quoted brand before its kind and its share.

A ``环节`` column says the step of care a product serves (``产业链环节`` is a segment); "in a
study at X Hospital, it reached a sensitivity of 88%" scores the product named before; after
"A, a subsidiary of B," the figures are A's; ``X由Y公司开发，该公司…`` is Y; ``迈岚`` is the
short name of 苏州迈岚康复机器人有限公司; "HBsAg" is no company. The one-sentence cases of
:mod:`test_clouds_builds_and_backers` (a listed parent, the start-up behind an app or a platform)
are in the parametrized test at the end. Every name is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from entity_support import found_names
from figure_support import about_names, figures_of, markdown
from relation_support import named_relations

from medatlas.loaders.extract.columns import column_role
from medatlas.loaders.extract.entity_shortforms import chinese_brand_cores


def test_a_step_column_names_use_cases_and_a_chain_link_column_a_segment() -> None:
    assert column_role("环节") == "use_case"
    assert column_role("诊疗环节") == "use_case"
    assert column_role("产业链环节") == "segment"


def test_a_table_step_cell_is_what_the_rows_product_addresses(tmp_path: Path) -> None:
    text = (
        "# 乙肝管理白皮书\n\n"
        "| 企业 | 产品 | 环节 | 落地机构 |\n| --- | --- | --- | --- |\n"
        "| 杭州岚晴健康科技有限公司 | 岚晴乙肝随访系统 | 治疗决策 | 湘岚市第一人民医院 |\n"
        "| 武汉禾岫数据科技有限公司 | 禾岫依从性助手 | 用药管理 | 蓼岚县人民医院 |\n"
    )
    facts = named_relations(tmp_path, text)
    assert ("岚晴乙肝随访系统", "addressesUseCase", "治疗决策") in facts
    assert ("禾岫依从性助手", "addressesUseCase", "用药管理") in facts


def test_a_score_after_it_is_the_products_not_the_study_sites() -> None:
    text = (
        "# Liver AI\n\nFibroton sells FibroLens, an ultrasound tool that stages fibrosis. "
        "In a 3,400-patient study at Cedarfield Health, it reached a sensitivity of 88%.\n"
    )
    figures = figures_of(
        markdown(text),
        {"Fibroton": "Company", "FibroLens": "Product", "Cedarfield Health": "Hospital"},
    )
    assert about_names(figures["88%"]) == {"FibroLens"}


def test_figures_after_a_subsidiary_apposition_are_the_subsidiarys() -> None:
    text = (
        "# Hepatitis B AI\n\nAdherix, a subsidiary of Dunmore Pharma Group, sends refill "
        "reminders. In a 12-month pilot, 86% of enrolled patients stayed on therapy.\n"
    )
    figures = figures_of(markdown(text), {"Adherix": "Company", "Dunmore Pharma Group": "Company"})
    assert about_names(figures["86%"]) == {"Adherix"}


def test_the_company_after_a_passive_maker_is_that_maker() -> None:
    text = (
        "# 脊柱筛查调查\n\n北京衡岑医疗器械有限公司推出的脊柱数据平台汇聚背部扫描数据。\n\n"
        "椎岚Cobb角测量系统由上海椎岚智能科技有限公司开发，该公司披露其测量结果与医生的"
        "组内相关系数为0.94。\n"
    )
    figures = figures_of(markdown(text), {})
    about = about_names(figures["0.94"])
    assert about & {"上海椎岚智能科技有限公司", "椎岚Cobb角测量系统"}
    assert "北京衡岑医疗器械有限公司" not in about


def test_a_makers_field_is_no_part_of_its_short_name() -> None:
    assert chinese_brand_cores("苏州迈岚康复机器人有限公司") == {"迈岚"}
    assert chinese_brand_cores("杭州禾岫基因科技有限公司") == {"禾岫"}


def test_a_viral_marker_is_no_company() -> None:
    found = found_names(
        "VirovaTrack mines laboratory records for untreated HBsAg-positive patients."
    )
    assert "HBsAg" not in found


def test_a_known_model_described_as_open_source_is_that_model(tmp_path: Path) -> None:
    text = "# 口腔AI调查\n\nOrthoLark基于通义千问开源模型微调，由岚牙科技训练。\n"
    facts = named_relations(tmp_path, text)
    assert ("OrthoLark", "basedOn", "通义千问") in facts
    assert not any(o == "通义千问开源模型" for _, _, o in facts)


def test_two_firms_that_announce_or_extend_a_partnership_are_partners(tmp_path: Path) -> None:
    text = (
        "WORKFORCE AI\n\nShiftwell Health and Epicor Systems announced an integration "
        "partnership that lets RosterIQ read census data. Cytova Biosciences and Amazon Web "
        "Services extended their collaboration to host Sefira data.\n"
    )
    facts = named_relations(tmp_path, text, "r.md")
    assert ("Shiftwell Health", "partnersWith", "Epicor Systems") in facts
    assert ("Cytova Biosciences", "partnersWith", "Amazon Web Services") in facts


def test_a_use_case_cell_that_lists_tasks_gives_each_task(tmp_path: Path) -> None:
    text = (
        "# 医保监管白皮书\n\n| 厂商 | 产品 | 主要场景 | 已落地地区 |\n| --- | --- | --- | --- |\n"
        "| 杭州衡岫数据科技股份有限公司 | 鉴岫医保风控平台 | 事前提醒、事中审核 | 112个 |\n"
        "| 成都岚链健康信息技术有限公司 | 岚链引擎 | 三甲医院、社区医院 | 4个 |\n"
    )
    facts = named_relations(tmp_path, text)
    assert ("鉴岫医保风控平台", "addressesUseCase", "事前提醒") in facts
    assert ("鉴岫医保风控平台", "addressesUseCase", "事中审核") in facts
    assert not any(s == "岚链引擎" and p == "addressesUseCase" for s, p, _ in facts)


def test_a_latin_name_a_chinese_firm_owns_is_its_product(tmp_path: Path) -> None:
    text = "# 重症市场\n\n云岫医疗的WeanLink则已进入江苏、安徽两省的24家医院。\n"
    assert found_names(text).get("WeanLink") == "Product"
    assert ("云岫医疗", "develops", "WeanLink") in named_relations(tmp_path, text)


def test_a_quoted_brand_before_its_kind_and_a_market_share_is_a_product() -> None:
    found = found_names("其中，汇岫智能凭借其“汇岫审”智能审方系统占据11.2%的份额，位列第一。")
    assert found.get("汇岫审") == "Product"


# --- one sentence, one relation -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "file_name", "fact"),
    [
        pytest.param(
            "# 细胞治疗案例\n\n南屿省肿瘤医院与链岫医疗科技（深圳）有限公司合作，"
            "上线了细胞治疗全链条追溯平台“链岫CGT Trace”。\n",
            "r.md",
            ("链岫CGT Trace", "deployedAt", "南屿省肿瘤医院"),
            id="a-site-goes-live-with-a-vendors-platform",
        ),
        pytest.param(
            "HEART FAILURE AI\n\nCorvane sells Compasso, a readmission model. In a 1,400-patient "
            "study at Cleveland Clinic, Compasso cut 90-day readmissions by 31%.\n",
            "r.md",
            ("Compasso", "deployedAt", "Cleveland Clinic"),
            id="a-study-site-opens-the-sentence",
        ),
        pytest.param(
            "# 遗传咨询调查\n\n谱岚医学推出了遗传咨询助手“小岚”。"
            "浙江省岑山医院则与谱岚医学合作，使用小岚完成了4200人次的咨询前宣教。\n",
            "r.md",
            ("小岚", "deployedAt", "浙江省岑山医院"),
            id="a-quoted-two-character-offering-put-to-use",
        ),
        pytest.param(
            "CGT MARKET\n\nThreadwell Health offers VeinTrace, a vein-to-vein orchestration "
            "platform for autologous therapies.\n",
            "r.md",
            ("VeinTrace", "addressesUseCase", "vein-to-vein orchestration"),
            id="a-hyphened-task-before-an-offerings-kind",
        ),
        pytest.param(
            "# 胃健康案例\n\n深圳岑息生物科技有限公司（岑息生物）成立于2018年。"
            "岑息生物是港股上市公司远岫医疗集团的全资子公司。\n",
            "r.md",
            ("深圳岑息生物科技有限公司", "subsidiaryOf", "远岫医疗集团"),
            id="a-listed-parent-described-before-its-name",
        ),
        pytest.param(
            "SCOLIOSIS AI\n\n**Spinara** is a Danish start-up whose smartphone app, BackScan, "
            "estimates trunk rotation from a single photo.\n",
            "r.txt",
            ("Spinara", "develops", "BackScan"),
            id="a-start-up-whose-app-is-set-off-by-commas",
        ),
        pytest.param(
            "HEPATITIS B AI\n\nCasefind is a case-finding platform that mines laboratory "
            "records. Virova Health, the Singapore case-finding company behind Casefind, will use "
            "its round to enter Vietnam.\n",
            "r.txt",
            ("Virova Health", "develops", "Casefind"),
            id="the-company-behind-a-platform",
        ),
    ],
)
def test_a_sentence_states_the_relation(
    tmp_path: Path, text: str, file_name: str, fact: tuple[str, str, str]
) -> None:
    assert fact in named_relations(tmp_path, text, file_name)
