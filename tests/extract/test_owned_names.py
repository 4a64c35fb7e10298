"""Names a report gives by who owns them, by the words around them, or by a field in them.

An offering a firm's name owns (``X公司的X听筛云``) is an offering whatever its kind, even one
that ends like a firm (云). A customs house (``南汀海关``) is a government body, and a field of
care written with a verb (生殖, 移植) belongs to the name of the body it names
(``中华生殖健康促进会``). A Latin name a Chinese clause says a firm made (``X由Y公司开发``), a
quoted Latin name followed by the task and kind it is (``“PumpTrack”输液泵故障预测模型``) and a
product the FDA cleared are offerings. Two paragraphs in two languages that share only a year
and name different months are no translation of each other, and a known name glued to its
maker's (``华为云ModelArts``) is filed under the known name. Every firm and product here is
invented; the known names come from the reference list.
"""

from __future__ import annotations

import pytest
from entity_support import discovered, found_names

from medatlas.loaders.extract.gazetteer import atlas_gazetteer
from medatlas.loaders.readers.metadata import stated_metadata


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "苏州聆汀医疗科技有限公司的聆汀听筛云在已应用机构中的覆盖率为27.4%。",
            {"聆汀听筛云": "Platform", "苏州聆汀医疗科技有限公司": "Company"},
            set(),
        ),
        (
            "深圳声汀科技有限公司的声汀AI助听器在验配中心的推荐比例上升。",
            {"声汀AI助听器": "Product"},
            set(),
        ),
        (
            "南汀海关在口岸引入了快检系统，明珠国际机场海关随后跟进。",
            {"南汀海关": "GovernmentBody", "明珠国际机场海关": "GovernmentBody"},
            set(),
        ),
        (
            "中华生殖健康促进会发布了白皮书，启汀生殖医学研究院参与编写。",
            {"中华生殖健康促进会": "Association", "启汀生殖医学研究院": "ResearchInstitution"},
            set(),
        ),
        (
            "FertiCloud由苏州胚汀智能科技有限公司开发，LiverMind由杭州肝汀智能科技有限公司研发。",
            {"FertiCloud": "Platform", "LiverMind": "Product"},
            set(),
        ),
        (
            "安汀平台接入了设备数据。平台上的“PumpTrack”输液泵故障预测模型可提前预警故障。",
            {"PumpTrack": "AIModel"},
            set(),
        ),
        (
            "发布单位：海关总署卫生检疫司\n\n国家卫生健康委员会妇幼健康司印发通知。",
            {
                "海关总署卫生检疫司": "GovernmentBody",
                "国家卫生健康委员会妇幼健康司": "GovernmentBody",
            },
            set(),
        ),
        (
            "Hangzhou Xihe Imaging, maker of Xihe Prenatal AI, obtained CE marking in 2025. "
            "Ganteng closed a Series B to scale FibroLens.",
            {"Xihe Prenatal AI": "Product", "FibroLens": "Product"},
            set(),
        ),
        (
            "VentaDose received FDA 510(k) clearance in March 2025 and is used in 40 clinics.",
            {"VentaDose": "Product"},
            set(),
        ),
        (
            "2025年1月，科室部署了上海跃汀医疗科技有限公司的跃汀膝护系统。\n\n"
            "KneeDose received FDA 510(k) clearance in March 2025.",
            {"KneeDose": "Product", "上海跃汀医疗科技有限公司": "Company"},
            set(),
        ),
    ],
    ids=[
        "a-cloud-the-firms-name-owns-is-an-offering",
        "a-device-the-firms-name-owns-is-an-offering",
        "a-customs-house-is-a-government-body",
        "a-field-of-care-written-with-a-verb-is-part-of-the-name",
        "a-latin-name-a-chinese-clause-says-a-firm-made",
        "a-quoted-latin-name-then-its-task-and-kind",
        "a-department-of-a-national-body",
        "what-a-firm-makes-or-scales-is-an-offering",
        "a-product-the-fda-cleared",
        "paragraphs-naming-different-months-are-no-translation",
    ],
)
def test_names_by_owner_and_context(text: str, present: dict[str, str], absent: set[str]) -> None:
    found = found_names(text)
    for name, cls in present.items():
        assert found.get(name) == cls, (name, found)
    assert not absent & found.keys(), absent & found.keys()


def test_a_firm_cleared_for_its_tool_stays_a_firm() -> None:
    found = found_names("Acme Ventra Health received FDA 510(k) clearance for its BoneView tool.")
    assert found.get("Acme Ventra Health") != "Product", found


def test_a_translation_that_shares_a_year_and_its_month_is_still_one() -> None:
    """The masthead line and its English translation name one institute."""
    names = {
        m.text: m.name
        for m in discovered(
            "编写：星汀数字健康研究所，2025年12月\n\n"
            "Prepared by Xingting Institute of Digital Health, December 2025\n",
        )
    }
    assert names["星汀数字健康研究所"] == names["Xingting Institute of Digital Health"], names


def test_a_known_name_glued_to_its_makers_is_filed_under_the_known_name() -> None:
    (hit,) = [m for m in atlas_gazetteer().find("系统基于华为云ModelArts构建。") if m.iri]
    assert (hit.text, hit.name) == ("华为云ModelArts", "ModelArts")


@pytest.mark.parametrize(
    ("head", "publisher", "author"),
    [
        (
            "# 2025年汀州重症医学AI调查报告\n\n发布：汀州重症智能医学联盟　执行：汀观医疗研究所\n",
            "汀州重症智能医学联盟",
            "汀观医疗研究所",
        ),
        (
            "# 汀州重症AI市场测算（2025）\n\n朔汀医疗咨询 研究部\n\n2025年8月\n",
            "朔汀医疗咨询",
            None,
        ),
        ("# 政策摘编\n\n编者：海汀卫生政策研究所政策研究室\n", "海汀卫生政策研究所", None),
    ],
    ids=[
        "who-publishes-and-who-runs-it-on-one-line",
        "a-firm-and-its-research-desk",
        "an-institute-and-its-policy-desk",
    ],
)
def test_masthead_credits(head: str, publisher: str, author: str | None) -> None:
    meta = stated_metadata(head)
    assert (meta.publisher, meta.author) == (publisher, author)
