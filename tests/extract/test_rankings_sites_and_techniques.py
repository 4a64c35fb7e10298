"""Share tables captioned by a segment, ranked and quoted survey answers, a platform's clouds,
markets sized "at" a sum, what a policy cannot promote, a site's second offering, place and
brand characters, techniques named with their closing word, and symptoms inside a product's
name.

A vendor share table captioned ``X主要厂商份额`` ranks vendors of the segment X; a survey's
ranked answers (``依次为：A（54.7%）``) are each the share of those who chose them, and a wish
list (``最期待的能力包括``) and a quoted answer (``选择“X”的占58.1%``) too; what a platform
is deployed on or built on (部署在百度智能云上, 底座为…) is not what its figures are about;
"the X market at $1.42 billion" sizes the X market; a policy on ``公立医院智慧运营`` promotes
the operations, never the hospitals; ``X医院引入A，并上线B`` deploys both; 湾 and 晞 are a
place's and a brand's characters, not particles; ``采用时序深度学习技术预测…`` names the
technique 时序深度学习 whole; 出血 of 凝衡出血日记App is part of the name; a hospital that
builds a model with a firm (``与Y合作，…开发了W``) develops W and uses it; "X, an
Edinburgh-based spin-out of Y, builds Z" is X's, and X's city; a count joined to its noun
("a 9-hospital system", "a 22-person start-up", "a 7-billion-parameter model") is a figure of
the name it is apposed to. Every name is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from entity_support import found_names
from figure_support import about_names, figures_of, markdown, measure_slug
from relation_support import check_named_relations, named_relations

GYN_SURVEY = "# 2025年妇科超声人工智能应用现状调查报告\n\n本次调查共回收受访机构问卷612份。"
SURVEY = "# 2025年医疗机构网络安全现状调查报告\n\n本次调查共回收受访医院问卷412份，受访者覆盖全国。"


# --- sentences and tables, the relations they state and do not state ---------------------------


@pytest.mark.parametrize(
    ("text", "stated", "unstated"),
    [
        pytest.param(
            "# 中国心衰数字化管理市场规模测算\n\n表2 2024年超声心动图AI软件主要厂商份额\n\n"
            "| 厂商 | 代表产品 | 市场份额 |\n| --- | --- | --- |\n"
            "| 杭州岫维心影科技有限公司 | 岫维心超测量软件 | 15.2% |\n",
            {("杭州岫维心影科技有限公司", "operatesIn", "超声心动图AI软件")},
            {("杭州岫维心影科技有限公司", "operatesIn", "心衰数字化管理")},
            id="share-table-captioned-by-a-segment",
        ),
        pytest.param(
            "# 智慧养老白皮书\n\n表2 2024年跌倒监测细分市场主要厂商份额\n\n"
            "| 厂商 | 市场份额 |\n| --- | --- |\n| 苏州岫颐感知科技有限公司 | 21.0% |\n",
            {("苏州岫颐感知科技有限公司", "operatesIn", "跌倒监测")},
            {("苏州岫颐感知科技有限公司", "operatesIn", "跌倒监测细分")},
            id="segment-market-without-its-segment-word",
        ),
        pytest.param(
            "# 药学自动化调查\n\n江岫大学附属肿瘤医院于2024年3月在PIVAS引入4台"
            "配岫PV-600细胞毒药物配置机器人，并上线恒岫静配智能调度系统。\n",
            {("恒岫静配智能调度系统", "deployedAt", "江岫大学附属肿瘤医院")},
            set(),
            id="a-sites-second-offering",
        ),
        pytest.param(
            "# 风湿免疫案例集\n\n南岫市人民医院风湿免疫科与上海狼岫智能科技有限公司合作，"
            "在阿里云PAI平台上开发了狼疮性肾炎风险预测模型“狼岫LN-Risk”。\n",
            {
                ("南岫市人民医院", "develops", "狼岫LN-Risk"),
                ("狼岫LN-Risk", "deployedAt", "南岫市人民医院"),
            },
            set(),
            id="a-hospital-builds-with-a-firm",
        ),
        pytest.param(
            "# 大会回顾\n\n晴岫儿童医院林浩然博士介绍了与特岫智能联合研发的"
            "儿童骨龄评估模型PediaLens。\n",
            set(),
            {("晴岫儿童医院", "develops", "PediaLens")},
            id="a-model-made-jointly-in-passing",
        ),
        pytest.param(
            "# 重症白皮书\n\n启岫撤机辅助系统采用时序深度学习技术预测自主呼吸试验能否成功。\n",
            {("启岫撤机辅助系统", "usesTechnology", "时序深度学习")},
            {("启岫撤机辅助系统", "usesTechnology", "deep learning")},
            id="a-technique-named-whole",
        ),
        pytest.param(
            "# Vestibular AI Market Report\n\nVestigo Ltd., an Edinburgh-based spin-out of "
            "Cobbenham College of Medicine, builds NystaNet, a deep-learning model that "
            "classifies nystagmus.\n",
            {("Vestigo Ltd.", "develops", "NystaNet"), ("Vestigo Ltd.", "locatedIn", "Edinburgh")},
            {
                ("Cobbenham College of Medicine", "develops", "NystaNet"),
                ("Cobbenham College of Medicine", "locatedIn", "Edinburgh"),
            },
            id="a-spin-outs-parent",
        ),
    ],
)
def test_a_text_states_its_relations(
    tmp_path: Path,
    text: str,
    stated: set[tuple[str, str, str]],
    unstated: set[tuple[str, str, str]],
) -> None:
    check_named_relations(tmp_path, text, stated, unstated)


# --- a survey's answers and the shares of those who gave them -----------------------------------


@pytest.mark.parametrize(
    ("survey", "sentence", "original", "answer", "slug"),
    [
        pytest.param(
            SURVEY,
            "受访者认为最主要的攻击入口依次为：钓鱼邮件（54.7%）、第三方运维通道（38.1%）。",
            "38.1%",
            "第三方运维通道",
            "share-of-respondents",
            id="ranked-answers",
        ),
        pytest.param(
            SURVEY,
            "机构最期待的能力包括：个体化复吸预警（63.0%）、与电子病历的对接（51.6%）。",
            "63.0%",
            "个体化复吸预警",
            "share-of-respondents",
            id="a-wish-list",
        ),
        pytest.param(
            SURVEY,
            "使用率最高的是创面图像测量（33.8%）。",
            "33.8%",
            "创面图像测量",
            "adoption-rate",
            id="the-highest-rate",
        ),
        pytest.param(
            GYN_SURVEY,
            "按功能划分，使用最多的是标准切面自动识别（24.5%），"
            "其次为卵巢肿物良恶性辅助判断（15.8%）。",
            "15.8%",
            "卵巢肿物良恶性辅助判断",
            "use-case-adoption-rate",
            id="the-most-used-functions",
        ),
        pytest.param(
            GYN_SURVEY,
            "主要障碍方面，选择“缺乏内异症标注数据”的占58.1%，“软件价格偏高”的占46.7%。",
            "46.7%",
            "软件价格偏高",
            "share-of-respondents",
            id="a-quoted-answer",
        ),
    ],
)
def test_a_survey_share_is_about_the_answer_given(
    survey: str, sentence: str, original: str, answer: str, slug: str
) -> None:
    figures = figures_of(markdown(f"{survey}{sentence}\n"), {})
    assert answer in about_names(figures[original])
    assert measure_slug(figures[original]) == slug


def test_a_platforms_figures_are_not_its_clouds_or_base(tmp_path: Path) -> None:
    text = (
        "# 平台生态\n\n启岫母胎医学开放平台由南京启岫信息科技有限公司开发，部署在百度智能云上，"
        "底座模型为文心大模型。目前已有27家企业在平台上开发应用，平台累计接入孕产妇档案310万份。\n"
    )
    figures = figures_of(markdown(text), {"启岫母胎医学开放平台": "Platform"})
    assert about_names(figures["27家"]) & {"启岫母胎医学开放平台"}
    assert about_names(figures["310万份"]) == {"启岫母胎医学开放平台"}


def test_a_market_sized_at_a_sum_is_that_market() -> None:
    text = (
        "# Lab AI Market Report\n\nWe estimate the global clinical laboratory AI market at "
        "**$1.42 billion in 2025**, up 27% from 2024.\n"
    )
    figures = figures_of(markdown(text), {})
    assert measure_slug(figures["$1.42 billion"]) == "market-size"
    assert any("clinical laboratory AI" in name for name in about_names(figures["$1.42 billion"]))


def test_a_policy_promotes_no_buyer_of_care(tmp_path: Path) -> None:
    text = (
        "# 政策速递\n\n国家卫生健康委员会于2025年3月12日印发"
        "《关于推进公立医院智慧运营管理的指导意见》，要求推进成本核算。\n"
    )
    promoted = {o for s, p, o in named_relations(tmp_path, text) if p == "promotes"}
    assert "hospital operations" in promoted  # the operations the title names stay promoted
    assert not promoted & {"hospitals", "医院", "healthcare providers", "提供方"}


def test_a_policy_pushes_long_tasks_and_guidance(tmp_path: Path) -> None:
    text = (
        "# 政策解读\n\n2025年3月，国家卫生健康委员会印发《母婴安全提升行动计划（2025—2028年）》，"
        "提出推广孕早期子痫前期风险筛查和妊娠期血压居家监测。\n\n"
        "《耳鸣与眩晕分级诊疗技术方案》鼓励利用人工智能开展眼震视频辅助判读和前庭康复远程指导。\n"
    )
    promoted = {(s, o) for s, p, o in named_relations(tmp_path, text) if p == "promotes"}
    plan = "母婴安全提升行动计划（2025—2028年）"
    assert {(plan, "孕早期子痫前期风险筛查"), (plan, "妊娠期血压居家监测")} <= promoted
    assert ("耳鸣与眩晕分级诊疗技术方案", "前庭康复远程指导") in promoted


def test_a_long_item_that_names_no_task_or_a_means_is_not_pushed(tmp_path: Path) -> None:
    text = (
        "# 政策解读\n\n国家卫生健康委员会印发《胃癌早筛试点办法》，推广胃镜AI辅助诊断联动模式；"
        "《生物样本库建设指导意见》鼓励采用电子知情同意。\n"
    )
    promoted = {o for s, p, o in named_relations(tmp_path, text) if p == "promotes"}
    assert not promoted & {"胃镜AI辅助诊断联动模式", "采用电子知情同意"}


@pytest.mark.parametrize(
    ("name", "cls"),
    [
        ("桐乡湾眼科医院", "Hospital"),  # 湾: a place's feature, not a particle
        ("明晞医疗安全研究院", "ResearchInstitution"),  # 晞: a rare character, a brand's
        ("中国特种设备检测研究院", "ResearchInstitution"),  # 检测: the institute's field
    ],
)
def test_a_place_or_brand_character_stays_in_the_name(name: str, cls: str) -> None:
    assert found_names(f"本文件由{name}于2025年发布。").get(name) == cls


def test_a_common_particle_still_ends_a_name() -> None:
    found = found_names("较2023年提高了12个百分点，每家医院平均部署3套系统。")
    assert not any(name.startswith(("较", "每")) for name in found)


def test_a_symptom_inside_a_product_name_stays_in_it() -> None:
    found = found_names("使用最多的是上海凝岫数字医疗科技有限公司的凝岫出血日记App，占比为46.3%。")
    assert found.get("凝岫出血日记App") == "Product"


@pytest.mark.parametrize(
    ("sentence", "original", "slug", "about"),
    [
        (
            "Prairie Dale Health, a 9-hospital system in Nebraska, deployed CardioLoom in 2024.",
            "9-hospital",
            "number-of-hospitals",
            "Prairie Dale Health",
        ),
        (
            "Menvara bought Dermaloom Labs, a 22-person thermal imaging start-up, last May.",
            "22-person",
            "headcount",
            "Dermaloom Labs",
        ),
        (
            "Halvern Regional Medical Center, a 540-bed hospital, uses it.",
            "540-bed",
            "number-of-beds",
            "Halvern Regional Medical Center",
        ),
    ],
)
def test_a_count_joined_to_its_noun_is_the_apposed_names(
    sentence: str, original: str, slug: str, about: str
) -> None:
    names = {"Prairie Dale Health": "Hospital", "CardioLoom": "Product", "Menvara": "Company"}
    names |= {"Dermaloom Labs": "Company", "Halvern Regional Medical Center": "Hospital"}
    figures = figures_of(markdown(f"# Remote Care Report\n\n{sentence}\n"), names)
    assert measure_slug(figures[original]) == slug
    assert about_names(figures[original]) == {about}


def test_a_models_size_joined_to_parameter_is_its_parameter_count() -> None:
    text = "# LLM Report\n\nHeronel-7B is a 7-billion-parameter language model built by Heronix.\n"
    figures = figures_of(markdown(text), {"Heronel-7B": "AIModel", "Heronix": "Company"})
    figure = figures["7-billion"]
    assert figure.value == "7000000000"
    assert measure_slug(figure) == "number-of-parameters"


def test_a_numbered_code_is_no_count() -> None:
    figures = figures_of(markdown("# Report\n\nA COVID-19 test made the top-10 list.\n"), {})
    assert not figures
