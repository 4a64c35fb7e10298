"""What the closing lines of a document say of who issued it, when its head says nothing: a
source line at the end, a press release's "About X" section, a byline written with a bar.
All documents here are invented."""

from __future__ import annotations

import pytest

from medatlas.loaders.readers.metadata import stated_metadata

RELEASE = (
    "# Corvane Health Expands Sepsis AI to Six Hospitals\n\n"
    "BOSTON, May 6, 2025 -- Six hospitals will deploy SepsisSense, the company said.\n\n"
    "The rollout begins in June.\n\n## About Corvane Health\n\n"
    "Corvane Health builds clinical AI for acute care.\n\nMedia contact: press@corvane.example\n"
)


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        (RELEASE, "Corvane Health"),
        (
            "# 2025年基层医疗AI应用观察\n\n基层医疗机构的AI应用正在加速。\n\n"
            "（本文来源：澜石健康研究院，转载请注明出处）\n",
            "澜石健康研究院",
        ),
        (
            "# 县域AI观察\n\n正文第一段。\n\n## 关于青川数智\n\n青川数智是一家医疗AI企业。\n",
            "青川数智",
        ),
    ],
)
def test_the_closing_lines_credit_the_issuer(text: str, publisher: str) -> None:
    assert stated_metadata(text).publisher == publisher


@pytest.mark.parametrize(
    "text",
    [
        "# Report\n\nBody text.\n\n## About this report\n\nIt was written in 2025.\n",
        "# Report\n\nBody text.\n\n## About the authors\n\nThree analysts.\n",
        "# 报告\n\n正文。\n\n关于我们，欢迎联系。\n",  # a sentence, not a heading
    ],
)
def test_an_about_section_of_the_report_itself_credits_no_one(text: str) -> None:
    assert stated_metadata(text).publisher is None


def test_a_stated_publisher_at_the_head_wins_over_the_tail() -> None:
    text = "# 报告\n\n发布机构：澜石健康研究院\n\n正文。\n\n（来源：青川数智）\n"
    assert stated_metadata(text).publisher == "澜石健康研究院"


def test_a_byline_with_a_bar_names_its_author() -> None:
    text = "# 县域医共体的AI之路\n\n文 | 周岚　澜石健康研究院\n\n正文。\n"
    assert "澜石健康研究院" in (stated_metadata(text).author or "")


def test_an_abstract_book_is_its_societys_and_no_abstracts_author_is_its_own() -> None:
    from medatlas.loaders.readers.metadata import stated_metadata

    text = (
        "# 岚州医学会2025年学术年会 论文摘要汇编\n\n"
        "## 摘要编号 AI-017　研究一\n\n作者：唐思远¹，程朗²\n\n正文。\n\n"
        "## 摘要编号 AI-052　研究二\n\n作者：邱海宁⁶\n\n正文。\n\n"
        "本汇编由岚州医学会学术部编印，收录摘要2篇。\n"
    )
    meta = stated_metadata(text)
    assert meta.author is None
    assert meta.publisher == "岚州医学会"


def test_a_closing_made_by_line_needs_an_organisations_name() -> None:
    from medatlas.loaders.readers.metadata import stated_metadata

    meta = stated_metadata("# 学习笔记\n\n正文。\n\n本书由他们编写。\n")
    assert meta.publisher is None


_BODY = "正文段落。\n\n" * 45  # past the head lines the top of a document is read in


@pytest.mark.parametrize(
    ("text", "publisher", "date"),
    [
        (  # a board signs for its company
            "# 岱川医疗科技股份有限公司关于对外投资的公告\n\n" + _BODY + "特此公告。\n\n"
            "岱川医疗科技股份有限公司董事会\n\n2025年7月8日\n",
            "岱川医疗科技股份有限公司",
            "2025-07-08",
        ),
        (  # an office signs for its hospital; the date says it was issued
            "# 信息化建设委员会第三次会议纪要\n\n"
            + _BODY
            + "滨江市第一人民医院办公室\n2025年9月15日印发\n",
            "滨江市第一人民医院",
            "2025-09-15",
        ),
    ],
)
def test_a_closing_signature_names_the_issuer_and_the_date(
    text: str, publisher: str, date: str
) -> None:
    meta = stated_metadata(text)
    assert (meta.publisher, meta.date) == (publisher, date)


def test_a_date_under_a_sentence_signs_nothing() -> None:
    meta = stated_metadata("# 随笔\n\n" + _BODY + "我们明年再见。\n\n2025年7月8日\n")
    assert (meta.publisher, meta.date) == (None, None)


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        (
            "# 岱川医疗科技股份有限公司关于全资子公司对外投资的公告\n\n正文。\n",
            "岱川医疗科技股份有限公司",
        ),
        ("# 启川健康科技 公司简介\n\n正文。\n", "启川健康科技"),
        (
            "# Harborline Health Accelerator: Meet Cohort Seven\n\nBody.\n",
            "Harborline Health Accelerator",
        ),
        ("# Digital Health: What Comes Next\n\nBody.\n", None),
        ("# 中国数字医疗健康报告\n\n正文。\n", None),
    ],
)
def test_a_title_that_opens_with_its_maker_credits_it(text: str, publisher: str | None) -> None:
    assert stated_metadata(text).publisher == publisher


@pytest.mark.parametrize(
    ("line", "publisher", "date"),
    [
        (
            "**Policy Brief No. 14 | Meridian Institute for Health Policy | September 2025**",
            "Meridian Institute for Health Policy",
            "2025-09",
        ),
        ("更新于 2025年10月 / Updated October 2025", None, "2025-10"),
        ("Published March 2026", None, "2026-03"),
    ],
)
def test_credit_and_date_lines_under_a_title(line: str, publisher: str | None, date: str) -> None:
    meta = stated_metadata(f"# A title\n\n{line}\n\nBody text.\n")
    assert (meta.publisher, meta.date) == (publisher, date)
