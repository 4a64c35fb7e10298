"""What the head of a document states about it, in layouts beyond a title and a credit line:
e-mail newsletters, filings under a company's masthead, registers, bylines with several parts,
day-first dates. All documents here are invented."""

from __future__ import annotations

import pytest

from medatlas.loaders.readers.metadata import field_of, normalise_date, stated_metadata


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Published: 03/11/2025", "2025-11-03"),  # day first
        ("Date: 04/15/2025", "2025-04-15"),  # the day cannot be the month: month first
        ("31.12.2024", "2024-12-31"),
        ("2025/07/03", "2025-07-03"),  # year first stays year first
    ],
)
def test_numeric_dates_with_the_year_last(text: str, iso: str) -> None:
    assert normalise_date(text) == iso


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("公告日期 / Date", "date"),
        ("**Published**", "date"),
        ("主题", "title"),
        ("From", "publisher"),
        ("Notice reference", None),
        ("日期 / Title", None),  # halves that disagree name nothing
        ("发布机关", "publisher"),  # a policy notice's issuer, as a digest entry writes it
        ("**颁布时间**", "date"),
        ("Issuing agency", "publisher"),
    ],
)
def test_labels_by_either_half_and_without_emphasis(label: str, field: str | None) -> None:
    assert field_of(label) == field


def test_an_email_newsletter_is_titled_by_its_subject_and_sent_by_its_sender() -> None:
    text = (
        "发件人：澜汐健康观察 <news@lanxi.example>\n收件人：订阅用户\n"
        "日期：2025年3月7日 星期五 08:30\n主题：【澜汐医疗AI周报 第12期】本周要闻\n\n"
        "各位读者好。本周要闻如下。\n"
    )
    meta = stated_metadata(text)
    assert (meta.title, meta.publisher, meta.date) == (
        "澜汐医疗AI周报 第12期",
        "澜汐健康观察",
        "2025-03-07",
    )


def test_an_english_subject_without_an_issue_keeps_the_headline() -> None:
    text = "From: Desk <desk@orvell.example>\nSubject: Re: [Briefing] Three deals this week\n\nHi."
    meta = stated_metadata(text)
    assert meta.title == "Three deals this week"
    assert meta.publisher == "Desk"


def test_a_company_masthead_publishes_and_a_filing_line_dates() -> None:
    text = (
        "BRELLIN DIAGNOSTICS, INC.\nFORM 10-K - FISCAL YEAR ENDED DECEMBER 31, 2025\n"
        "Filed with the Securities and Exchange Commission on 2 March 2026\n\nPART I\n"
    )
    meta = stated_metadata(text)
    assert meta.title == "FORM 10-K - FISCAL YEAR ENDED DECEMBER 31, 2025"
    assert (meta.publisher, meta.date) == ("BRELLIN DIAGNOSTICS, INC.", "2026-03-02")


def test_an_issuing_body_above_the_title_is_not_the_title() -> None:
    text = "岚州省医学影像学会\n会员单位名录（2025年版）\n\n说明：本名录收录会员单位。\n"
    meta = stated_metadata(text)
    assert (meta.title, meta.publisher) == ("会员单位名录（2025年版）", "岚州省医学影像学会")


def test_a_company_line_with_its_stock_code_and_translation_publishes() -> None:
    text = (
        "# 关于签订战略合作协议的公告\n\n**岚序医疗科技股份有限公司（证券代码：688001）/ "
        "Lanxu Medical Technology Co., Ltd.**\n\n正文。\n"
    )
    assert stated_metadata(text).publisher == "岚序医疗科技股份有限公司"


def test_a_sentence_under_the_title_is_not_a_publisher() -> None:
    text = "# 年度回顾\n\n岚序医疗科技股份有限公司今年推出了三款产品。\n"
    assert stated_metadata(text).publisher is None


def test_a_byline_of_parts_gives_author_venue_and_date() -> None:
    text = "# 三款系统横评\n\n*作者：林溪（放射科医师）｜首发于“影像札记”专栏｜2025/07/03*\n"
    meta = stated_metadata(text)
    assert (meta.author, meta.publisher, meta.date) == (
        "林溪（放射科医师）",
        "影像札记",
        "2025-07-03",
    )


def test_parts_cut_by_full_width_spaces_and_bars() -> None:
    text = "# 盘点\n\n作者：杜川　｜　来源：岚池观察　｜　2025-11-03\n\n正文。"
    meta = stated_metadata(text)
    assert (meta.author, meta.publisher, meta.date) == ("杜川", "岚池观察", "2025-11-03")


def test_an_unlabelled_credit_before_a_labelled_part_still_credits() -> None:
    text = "# 深度报告\n\n澜岸证券研究所 | 2025年4月18日 | 分析师：林屿\n\n## 核心观点\n"
    meta = stated_metadata(text)
    assert (meta.publisher, meta.date, meta.author) == ("澜岸证券研究所", "2025-04-18", "林屿")


def test_a_register_record_names_its_register_and_first_posting() -> None:
    text = (
        "# Trial Record: NCT09999999\n\n**Registry:** TrialHub.example · **First posted:** "
        "2025-04-09 · **Last update posted:** 14 Oct 2025\n\n## 1. Sponsor\n"
    )
    meta = stated_metadata(text)
    assert (meta.publisher, meta.date) == ("TrialHub.example", "2025-04-09")


def test_prepared_by_with_a_date_credits_the_author() -> None:
    text = "# Digest No. 3\n\n*Prepared by the Orvell Institute, customer team, 9 October 2025*\n"
    meta = stated_metadata(text)
    assert (meta.author, meta.date) == ("Orvell Institute", "2025-10-09")


def test_a_dated_act_in_the_body_is_not_a_credit() -> None:
    text = "# Notes\n\nWe filed our comments with the agency on many points, 2025 being busy.\n"
    assert stated_metadata(text).author is None


def test_an_issuing_body_above_a_date_line_publishes_and_dates() -> None:
    text = "岚州市2024年数字健康统计公报\n\n岚州市卫生健康委员会\n2025年4月\n\n一、基本情况\n"
    meta = stated_metadata(text)
    assert (meta.title, meta.publisher, meta.date) == (
        "岚州市2024年数字健康统计公报",
        "岚州市卫生健康委员会",
        "2025-04",
    )


def test_a_masthead_line_of_several_bodies_names_them_all() -> None:
    text = "# 专家共识（2025版）\n\n岚州省医学会放射学分会　岚州省医学影像质量控制中心\n\n正文。\n"
    assert stated_metadata(text).publisher == "岚州省医学会放射学分会、岚州省医学影像质量控制中心"


def test_a_line_of_words_that_are_no_bodies_names_none() -> None:
    text = "# 年度回顾\n\n岚州省医学会放射学分会　今年表现突出\n\n正文。\n"
    assert stated_metadata(text).publisher is None


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("# 图谱\n\n> 来源：澄湾资本研究部\n\n正文", "publisher", "澄湾资本研究部"),
        ("报告名称\t医疗AI图谱\n编制单位\t岚州医学会\n\n正文", "publisher", "岚州医学会"),
        ("# 白皮书\n\n岚州医学信息研究院 编著\n\n正文", "author", "岚州医学信息研究院"),
        ("# 白皮书\n\n岚州医学信息研究院 2025年6月\n\n正文", "publisher", "岚州医学信息研究院"),
        ("# 白皮书\n\n今年市场 2025年6月\n\n正文", "publisher", None),  # no organisation's name
    ],
)
def test_more_ways_a_head_credits_its_report(text: str, field: str, value: str | None) -> None:
    assert getattr(stated_metadata(text), field) == value


@pytest.mark.parametrize(
    ("title", "heading", "site"),
    [
        (
            "How we rolled out AI triage | Harbor Health Blog",
            "How we rolled out AI triage",
            "Harbor Health",
        ),
        ("2025年度排行榜发布 - 医智观察网", "2025年度排行榜发布", "医智观察网"),
        ("禾医生 - 应用详情", "禾医生", None),  # a page's section, not who runs it
        ("Same title", "Same title", None),
        ("Other title | Site", "A heading", None),  # the title is not the article's
    ],
)
def test_the_site_after_an_articles_title_runs_the_page(
    title: str, heading: str, site: str | None
) -> None:
    from medatlas.loaders.readers.html import _site_name

    assert _site_name(title, heading) == site


def test_a_stated_publisher_wins_over_the_site(tmp_path) -> None:
    from medatlas.loaders.readers import read_document

    page = (
        "<html><head><title>AI triage goes live - MedWire</title></head><body><article>"
        "<h1>AI triage goes live</h1><p>来源：澄湾医院宣传部</p><p>正文。</p>"
        "</article></body></html>"
    )
    path = tmp_path / "p.html"
    path.write_text(page, encoding="utf-8")
    assert read_document(path).metadata.publisher == "澄湾医院宣传部"
    path.write_text(page.replace("<p>来源：澄湾医院宣传部</p>", ""), encoding="utf-8")
    assert read_document(path).metadata.publisher == "MedWire"


@pytest.mark.parametrize(
    ("line", "publisher", "date"),
    [
        (
            "原创 岚医融媒 岚州大学附属第一医院 2025年5月20日 09:30 浙江",
            "岚州大学附属第一医院",
            "2025-05-20",
        ),
        ("原创 澄湾观察 2025年3月2日", "澄湾观察", "2025-03-02"),
        ("医智前沿 2025-07-01 18:02", "医智前沿", "2025-07-01"),
    ],
)
def test_a_wechat_credit_line_names_the_account_and_date(
    line: str, publisher: str, date: str
) -> None:
    meta = stated_metadata(f"# 重磅！某院发布大模型\n\n{line}\n\n正文第一段。\n")
    assert (meta.publisher, meta.date) == (publisher, date)


def test_a_sentence_ending_with_a_date_is_no_wechat_credit() -> None:
    meta = stated_metadata("# 标题\n\n会议定于 2025年5月20日\n\n正文。\n")
    assert meta.publisher is None


@pytest.mark.parametrize(
    ("text", "publisher", "date"),
    [
        (  # a credit line whose name and date are each written in both scripts
            "# 2025中国医疗AI企业图谱 | China Health AI Map 2025\n\n"
            "岚松研究 Lansong Research ｜ 2025年6月 June 2025\n\n正文。\n",
            "岚松研究 Lansong Research",
            "2025-06",
        ),
        (  # who releases a recording, inside a line of several sentences
            "THE WARD ROUND - Episode 9 transcript\nRecorded 9 June 2025. Released by Kestrel"
            " Audio. Transcript lightly edited.\n\nHOST: Welcome.\n",
            "Kestrel Audio",
            None,
        ),
        (  # a working group and a hospital's department sign a consensus: the hospital
            "# 人工智能辅助诊断专家共识（2025版）\n\n岚江影像协作组　岚江大学附属第一医院放射科\n\n"
            "发布日期：2025年3月\n\n正文。\n",
            "岚江影像协作组、岚江大学附属第一医院",
            "2025-03",
        ),
        (  # a title that opens with the full name of its maker
            "岚图医疗科技股份有限公司投资者关系活动记录表\n\n证券代码：688000\n\n正文。\n",
            "岚图医疗科技股份有限公司",
            None,
        ),
        (  # a dateline on a line of its own
            "# Lakeside Fund awards $2 million\n\nSEATTLE, October 7, 2025\n\nThe fund said.\n",
            None,
            "2025-10-07",
        ),
    ],
)
def test_more_head_layouts(text: str, publisher: str | None, date: str | None) -> None:
    stated = stated_metadata(text)
    assert stated.publisher == publisher
    assert stated.date == date


def test_a_page_logo_names_its_publisher(tmp_path) -> None:
    from medatlas.loaders.readers import read_document

    page = tmp_path / "grant.html"
    page.write_text(
        "<html><head><title>Awards 2025 | Newsroom</title></head><body>"
        '<header><a class="site-logo" href="/">Lakeside Fund</a></header>'
        "<article><h1>Lakeside Fund awards $2 million</h1><p>The fund gave grants.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    assert read_document(page).metadata.publisher == "Lakeside Fund"


@pytest.mark.parametrize(
    ("title", "publisher"),
    [
        ("岚州市人民政府新闻办公室新闻发布会实录", "岚州市人民政府新闻办公室"),
        ("岚州市卫生健康委员会2025年工作报告", "岚州市卫生健康委员会"),
    ],
)
def test_a_title_that_opens_with_a_body_is_that_bodys(title: str, publisher: str) -> None:
    meta = stated_metadata(f"{title}\n\n发布时间：2025年6月26日\n\n正文。\n")
    assert meta.publisher == publisher


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("编印：岚湖数字健康政策研究中心", "岚湖数字健康政策研究中心"),
        ("编者：汀岳卫生政策研究中心", "汀岳卫生政策研究中心"),
        ("整理：岭衡医院管理研究中心", "岭衡医院管理研究中心"),
        ("调查组织：汀湖卫生经济研究中心", "汀湖卫生经济研究中心"),
    ],
)
def test_a_digests_compiler_line_publishes_it(line: str, publisher: str) -> None:
    text = f"岭南人工智能相关政策汇编（2024—2025）\n{line}\n2025年11月\n\n一、疾病预防控制领域\n"
    meta = stated_metadata(text)
    assert (meta.title, meta.publisher) == ("岭南人工智能相关政策汇编（2024—2025）", publisher)
