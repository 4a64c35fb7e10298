"""Tests of the document readers (medatlas.loaders.readers).

Binary fixtures (.docx, .pdf) are generated in tmp_path; small text fixtures live in
tests/data/readers/. The real reports in ../shared/corpus are read in place, never copied.
"""

from __future__ import annotations

import codecs
import io
import logging
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medatlas.errors import (
    DocumentError,
    DocumentNotReadableError,
    DocumentTooLargeError,
    EmptyDocumentError,
    EncodingDetectionError,
    EncryptedDocumentError,
    MalformedDocumentError,
    NoTextLayerError,
    UnsupportedFormatError,
    ZipBombError,
)
from medatlas.loaders.document import Block, Document, Metadata
from medatlas.loaders.readers import READERS, read_document, supported_suffixes
from medatlas.loaders.readers import docx as docx_reader
from medatlas.loaders.readers.encoding import decode_text
from medatlas.loaders.readers.metadata import normalise_date, split_front_matter, stated_metadata
from medatlas.loaders.readers.pdf_layout import PlacedLine, tabulate_lines
from medatlas.loaders.readers.tables import fit_row, holds_values, split_pipe_row

DATA = Path(__file__).parent / "data" / "readers"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
CORPUS_FILES = sorted(CORPUS.glob("*.txt"))
needs_corpus = pytest.mark.skipif(not CORPUS_FILES, reason=f"no reports in {CORPUS}")

ZH_REPORT = (
    "研究机构：示例咨询\n"
    "发布日期：2024年3月\n"
    "\n"
    "一、行业概况\n"
    "2023年中国医疗AI市场规模约为66亿元，同比增长39.4%。\n"
    "医学影像、辅助诊断与药物研发是主要应用场景。\n"
    "- 肺结节筛查\n"
    "应用场景\t渗透率\t代表企业\n"
    "医学影像\t35%\t推想医疗\n"
    "药物研发\t12%\t晶泰科技\n"
)
# GB18030-only characters (outside GBK): a CJK Extension B character and the euro sign.
ZH_GB18030_ONLY = ZH_REPORT + "罕见字：𠀀 与 € 符号。\n"


def assert_offsets(document: Document) -> None:
    """Every block's span reproduces its text; blocks are in order and do not overlap."""
    previous_end = 0
    assert document.blocks, f"{document.name} has no blocks"
    for block in document.blocks:
        assert document.text[block.start : block.end] == block.text
        assert block.text.strip(), f"empty block {block!r}"
        assert block.start >= previous_end, f"{block!r} overlaps the block before it"
        previous_end = block.end
        if block.kind == "table":
            assert block.table is not None
            assert all(len(row) == len(block.table.header) for row in block.table.rows)
        if block.kind == "heading":
            assert block.level is not None and 1 <= block.level <= 6


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# --- encodings -----------------------------------------------------------------------------------


ENCODINGS = {  # id: (original text, its bytes on disk, the encoding the reader must report)
    "utf8": (ZH_REPORT, ZH_REPORT.encode("utf-8"), "utf-8"),
    "utf8-bom": (ZH_REPORT, codecs.BOM_UTF8 + ZH_REPORT.encode("utf-8"), "utf-8-sig"),
    "gb18030": (ZH_REPORT, ZH_REPORT.encode("gb18030"), "gb18030"),
    "gbk": (ZH_REPORT, ZH_REPORT.encode("gbk"), "gb18030"),
    "gb18030-only-chars": (ZH_GB18030_ONLY, ZH_GB18030_ONLY.encode("gb18030"), "gb18030"),
    "gb18030-crlf": (ZH_REPORT, ZH_REPORT.replace("\n", "\r\n").encode("gb18030"), "gb18030"),
    "utf16le-bom": (ZH_REPORT, codecs.BOM_UTF16_LE + ZH_REPORT.encode("utf-16-le"), "utf-16-le"),
    "utf16be-bom": (ZH_REPORT, codecs.BOM_UTF16_BE + ZH_REPORT.encode("utf-16-be"), "utf-16-be"),
    "utf16le-nobom": (ZH_REPORT, ZH_REPORT.encode("utf-16-le"), "utf-16-le"),
    "utf16be-nobom": (ZH_REPORT, ZH_REPORT.encode("utf-16-be"), "utf-16-be"),
}


@pytest.mark.parametrize(("original", "encoded", "encoding"), ENCODINGS.values(), ids=ENCODINGS)
def test_each_encoding_decodes_to_the_original_text(
    tmp_path: Path, original: str, encoded: bytes, encoding: str
) -> None:
    document = read_document(write(tmp_path, "report.txt", encoded))
    assert document.text == original  # no BOM, \n newlines, no mojibake
    assert document.encoding == encoding
    assert document.metadata.publisher == "示例咨询"
    assert document.metadata.date == "2024-03"
    assert_offsets(document)


@needs_corpus
@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda path: path.name[:3])
def test_whole_reports_in_gb18030_are_not_misdecoded(tmp_path: Path, path: Path) -> None:
    original = path.read_text(encoding="utf-8")
    decoded = decode_text(original.encode("gb18030"), path=path)
    assert decoded.encoding == "gb18030"
    assert decoded.text == original


def test_gb18030_bytes_are_not_valid_utf8_so_detection_is_exercised() -> None:
    with pytest.raises(UnicodeDecodeError):
        ZH_REPORT.encode("gb18030").decode("utf-8")


def test_binary_junk_is_refused_not_misdecoded(tmp_path: Path) -> None:
    junk = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
    path = write(tmp_path, "scan.txt", junk)
    with pytest.raises(EncodingDetectionError, match=r"scan\.txt.*(UTF-8|text)"):
        read_document(path)


def test_control_characters_are_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "dump.txt", "报告".encode() + bytes(range(1, 9)) * 50)
    with pytest.raises(EncodingDetectionError, match=r"dump\.txt.*control characters"):
        read_document(path)


def test_a_bom_with_invalid_content_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "half.txt", codecs.BOM_UTF16_LE + "医疗".encode("utf-16-le") + b"\x00")
    with pytest.raises(EncodingDetectionError, match=r"half\.txt.*byte-order mark"):
        read_document(path)


def test_html_declared_charset_is_honoured() -> None:
    document = read_document(DATA / "report_zh.html")  # saved as GB2312, declared gb2312
    assert document.encoding == "gb18030"
    assert "医疗大模型应用报告" in document.text


@pytest.mark.parametrize("declared", ["iso-8859-1", "hex", "no-such-codec"])
def test_html_declaration_that_proves_nothing_is_overruled(tmp_path: Path, declared: str) -> None:
    # Latin-1 decodes any bytes, "hex" is not a text codec: the bytes are detected instead
    body = "<p>" + ZH_REPORT.replace("\n", "</p><p>") + "</p>"
    html = f'<html><head><meta charset="{declared}"></head><body>{body}</body></html>'
    document = read_document(write(tmp_path, "declared.html", html.encode("gb18030")))
    assert document.encoding == "gb18030"
    assert "2023年中国医疗AI市场规模约为66亿元" in document.text


# --- plain text and markdown blocks --------------------------------------------------------------


def test_txt_blocks_headings_lists_tables(tmp_path: Path) -> None:
    document = read_document(write(tmp_path, "zh.txt", ZH_REPORT))
    kinds = [(block.kind, block.text) for block in document.blocks]
    assert ("heading", "一、行业概况") in kinds
    assert ("list_item", "肺结节筛查") in kinds
    # one paragraph per line in .txt
    assert ("paragraph", "医学影像、辅助诊断与药物研发是主要应用场景。") in kinds
    [table] = document.tables
    assert table.header == ("应用场景", "渗透率", "代表企业")
    assert table.rows == (("医学影像", "35%", "推想医疗"), ("药物研发", "12%", "晶泰科技"))
    heading = next(block for block in document.blocks if block.kind == "heading")
    assert heading.level == 1
    assert_offsets(document)


def test_english_txt(tmp_path: Path) -> None:
    text = (
        "Healthcare AI Adoption Survey 2024\n"
        "Publisher: Example Research\n"
        "Date: March 2024\n\n"
        "# Key findings\n"
        "Adoption of generative AI reached 54% of respondents.\n"
        "1. Imaging leads\n"
        "2. Documentation follows\n"
    )
    document = read_document(write(tmp_path, "en.txt", text))
    assert document.metadata == Metadata(
        title="Healthcare AI Adoption Survey 2024",
        author=None,
        publisher="Example Research",
        date="2024-03",
    )
    assert [b.text for b in document.blocks if b.kind == "list_item"] == [
        "Imaging leads",
        "Documentation follows",
    ]
    assert any(b.kind == "heading" and b.text == "Key findings" for b in document.blocks)
    assert_offsets(document)


def test_markdown_zh_fixture() -> None:
    document = read_document(DATA / "report_zh.md")
    assert document.format == "md"
    assert document.metadata == Metadata(
        title="2025年中国医学影像AI市场观察", author="张明", publisher="示例研究院", date="2025-03"
    )
    # front matter is metadata, not a paragraph
    assert not any("发布日期" in block.text for block in document.blocks)
    assert document.blocks[0] == Block(
        "heading",
        "2025年中国医学影像AI市场观察",
        *_span(document, "2025年中国医学影像AI市场观察"),
        1,
    )
    # in markdown consecutive lines form one paragraph
    paragraph = document.blocks[1]
    assert paragraph.kind == "paragraph" and paragraph.text.count("\n") == 1
    pipe, tsv = document.tables
    assert pipe.header == ("年份", "市场规模（亿元）", "同比增速")
    assert pipe.rows[-1] == ("2025E", "76.1", "30%")
    assert pipe.caption == "一、市场规模"
    assert tsv.header == ("企业", "主要产品", "成立年份")
    assert tsv.caption == "表 代表企业"
    items = [block.text for block in document.blocks if block.kind == "list_item"]
    assert items == [
        "肺结节筛查",
        "糖网病筛查",
        "骨折辅助诊断",
        "采购以区域影像中心为主",
        "付费方仍以医院为主",
    ]
    assert_offsets(document)


def _span(document: Document, text: str) -> tuple[int, int]:
    """Where ``text`` first occurs in the body (after any front matter)."""
    start = document.text.index(text, split_front_matter(document.text)[1])
    return start, start + len(text)


def test_markdown_en_fixture() -> None:
    document = read_document(DATA / "report_en.md")
    assert document.metadata == Metadata(
        title="Radiology AI Market Brief",
        author="Jane Doe",
        publisher="Example Health Analytics",
        date="2024-03",
    )
    [table] = document.tables
    assert table.header == ("Use case", "Adoption", "Change")
    assert table.rows == (("Stroke triage", "41%", "+6pp"), ("PE detection", "33%", "+4pp"))
    block = next(b for b in document.blocks if b.kind == "table")
    assert block.text.startswith("| Use case |") and block.text.endswith("| +4pp |")
    assert [b.text for b in document.blocks if b.kind == "list_item"] == [
        "Reimbursement remains the main barrier.",
        "Vendor consolidation continued.",
    ]
    assert_offsets(document)


def test_ragged_tsv_rows_are_padded_and_surplus_kept(tmp_path: Path) -> None:
    text = (
        "时间\t部门\t文件\n"
        "2023.3\t国务院\t意见\t补充说明\t\n"
        "2022.9\t科技部\t通知\n"
        "2021.7\t药监局\n"
        "2020.8\t标准委\t指南\n"
    )
    [table] = read_document(write(tmp_path, "ragged.txt", text)).tables
    assert table.header == ("时间", "部门", "文件")
    assert table.rows == (
        ("2023.3", "国务院", "意见 补充说明"),  # surplus cells joined into the last one
        ("2022.9", "科技部", "通知"),
        ("2021.7", "药监局", ""),  # short row padded
        ("2020.8", "标准委", "指南"),
    )


def test_lines_with_a_stray_tab_are_not_a_table(tmp_path: Path) -> None:
    text = "标题\t1\n这一行没有制表符\n另一行\t有一个\t两个\t三个制表符\n普通段落\n"
    document = read_document(write(tmp_path, "stray.txt", text))
    assert document.tables == ()
    assert_offsets(document)


def test_tsv_rows_holding_pipes_and_dashes_are_not_a_pipe_table(tmp_path: Path) -> None:
    # regression: "-|<tab>-" was taken for a markdown delimiter row
    document = read_document(write(tmp_path, "pipes.txt", "a|\tb\n-|\t-\nc\td\n"))
    [table] = document.tables
    assert table.header == ("a|", "b")
    assert table.rows == (("-|", "-"), ("c", "d"))


def test_pipe_lines_without_delimiter_row_are_not_a_table(tmp_path: Path) -> None:
    document = read_document(write(tmp_path, "bar.md", "# | 目录\n\nA | B\nC | D\n"))
    assert document.tables == ()
    assert [b.kind for b in document.blocks] == ["heading", "paragraph"]


def test_numbered_chinese_headings_and_levels(tmp_path: Path) -> None:
    text = (
        "第一章 总论\n一、行业概况\n（一）政策环境\n1、技术面\n(1) 影像\n"
        "1、这是一个很长的编号段落，它以句号结尾，因此不是标题而是列表项。\n"
    )
    blocks = read_document(write(tmp_path, "levels.txt", text)).blocks
    assert [(b.kind, b.level) for b in blocks] == [
        ("heading", 1),
        ("heading", 1),
        ("heading", 2),
        ("heading", 2),
        ("heading", 3),
        ("list_item", None),
    ]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("案例1 睿刀医疗“天衡”腔镜手术机器人在楚天医院的应用", "heading"),
        ("典型案例二：区域影像云", "heading"),
        ("Case 3: Remote triage at Fenmoor", "heading"),
        ("Case Study 2 – Westbrook Valley", "heading"),
        ("案例1显示，该院手术时间缩短了23.7%，并发症下降。", "paragraph"),
        ("Case 3 was the largest deployment this year.", "paragraph"),
    ],
)
def test_a_numbered_case_opens_a_section(tmp_path: Path, line: str, kind: str) -> None:
    blocks = read_document(write(tmp_path, "cases.txt", line + "\n")).blocks
    assert [b.kind for b in blocks] == [kind]


@pytest.mark.parametrize(
    "body",
    [
        "体检报告解读　　　　67.2%\n慢病随访管理　　　　52.8%\n健康风险评估　　　　44.1%\n",
        "体检报告解读\t67.2%\n慢病随访管理\t52.8%\n健康风险评估\t44.1%\n",
    ],
)
def test_an_answer_list_without_a_header_row_keeps_its_first_line_as_data(
    tmp_path: Path, body: str
) -> None:
    document = read_document(write(tmp_path, "answers.txt", "问题2：主要用于哪些场景？\n" + body))
    (table,) = document.tables
    assert not any(table.header)
    assert [row[0] for row in table.rows] == ["体检报告解读", "慢病随访管理", "健康风险评估"]


def test_a_header_row_of_words_stays_the_header(tmp_path: Path) -> None:
    text = "等级\t应用率\n三级医院\t78.5%\n二级医院\t55.1%\n"
    (table,) = read_document(write(tmp_path, "tiers.txt", text)).tables
    assert table.header == ("等级", "应用率")
    assert len(table.rows) == 2


def test_front_matter_is_split_off() -> None:
    fields, body = split_front_matter('---\ntitle: "A"\nauthors:\n  - X\n  - Y\n---\n正文')
    assert fields == {"title": "A", "authors": "X, Y"}
    assert body == len('---\ntitle: "A"\nauthors:\n  - X\n  - Y\n---\n')
    assert split_front_matter("---\nnot closed\n正文") == ({}, 0)


# --- HTML ----------------------------------------------------------------------------------------


def test_html_zh_article_only_and_metadata() -> None:
    document = read_document(DATA / "report_zh.html")
    assert document.format == "html"
    for furniture in ("不应出现", "导航", "Cookie", "示例资讯网首页", "var tracking"):
        assert furniture not in document.text
    # the site after the article's title in <title> publishes it, as nothing else says who does
    assert document.metadata == Metadata(
        title="医疗大模型应用报告", author="李华", publisher="示例资讯网", date="2025-12-30"
    )
    assert document.blocks[0].kind == "heading" and document.blocks[0].level == 1
    [table] = document.tables
    assert table.header == ("厂商", "产品", "落地医院数")
    assert table.rows == (("示例科技", "灵医大模型", "120"), ("样本智能", "导诊助手", "85"))
    assert table.caption == "表1 主要厂商"
    items = [b.text for b in document.blocks if b.kind == "list_item"]
    assert items == ["病历自动生成", "智能导诊", "预问诊"]
    # source newlines inside a paragraph are spaces, not line breaks
    assert "超过 200家医院部署医疗大模型" in document.text
    assert_offsets(document)


def test_html_en_without_article_element() -> None:
    document = read_document(DATA / "report_en.html")
    assert document.metadata.title == "Digital Pathology Outlook 2024"  # <title> minus site
    assert document.metadata.date == "2024-03-05"  # from <time datetime>
    assert document.metadata.author == "Sam Lee"
    for furniture in ("Home | Reports", "We use cookies", "Contact us"):
        assert furniture not in document.text
    paragraph = next(b for b in document.blocks if b.text.startswith("AI-assisted"))
    assert paragraph.text.endswith("pilot labs.\nAdoption is fastest in oncology.")  # <br>
    [table] = document.tables
    assert table.header == ("Segment", "Share")  # no <th>: the first row
    assert table.rows == (("Oncology", "52%"), ("Other segments combined", ""))  # colspan
    assert_offsets(document)


def test_html_prefers_the_longest_article(tmp_path: Path) -> None:
    html = (
        "<html><body><article><p>短</p></article>"
        "<article><h2>正文</h2><p>这是较长的文章正文，包含主要内容。</p></article>"
        "<p>页面其他文字</p></body></html>"
    )
    document = read_document(write(tmp_path, "two.htm", html))
    assert document.text == "正文\n\n这是较长的文章正文，包含主要内容。"


def test_deeply_nested_html_is_read(tmp_path: Path) -> None:
    # regression: a recursive walk hit RecursionError on pages nested thousands deep
    html = "<html><body>" + "<div>" * 5000 + "<p>深层正文</p>" + "</div>" * 5000 + "</body></html>"
    assert read_document(write(tmp_path, "deep.html", html)).text == "深层正文"


def test_html_without_text_is_empty(tmp_path: Path) -> None:
    path = write(
        tmp_path, "blank.html", "<html><body><nav>菜单</nav><script>x()</script></body></html>"
    )
    with pytest.raises(EmptyDocumentError, match=r"blank\.html"):
        read_document(path)


# --- DOCX ----------------------------------------------------------------------------------------


def make_docx(path: Path, *, chinese: bool = True) -> Path:
    import docx

    word = docx.Document()
    if chinese:
        word.core_properties.title = "医疗AI产业研究"
        word.add_heading("医疗AI产业研究报告", level=1)
        word.add_paragraph("研究机构：示例研究院")
        word.add_paragraph("发布日期：2025年1月7日")
        word.add_heading("一、市场概况", level=2)
        word.add_paragraph("2024年市场规模达到120亿元。")
        word.add_paragraph("医学影像", style="List Bullet")
        word.add_paragraph("二、细分领域")  # unstyled numbered heading
        word.add_paragraph("表1 细分市场")
        table = word.add_table(rows=3, cols=3)
        cells = [("领域", "规模", "增速"), ("影像", "50亿元", "30%"), ("药物研发", "20亿元", "45%")]
    else:
        word.add_heading("Healthcare AI Industry Report", level=1)
        word.add_paragraph("Author: Alex Chen")
        word.add_paragraph("Imaging remains the largest segment.")
        word.add_paragraph("Triage", style="List Number")
        table = word.add_table(rows=2, cols=2)
        cells = [("Segment", "Size"), ("Imaging", "$2.1B")]
    for row, values in zip(table.rows, cells, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    word.add_paragraph("结语。" if chinese else "Closing remarks.")
    word.save(path)
    return path


def test_docx_zh_body_order_and_tables(tmp_path: Path) -> None:
    document = read_document(make_docx(tmp_path / "zh.docx"))
    assert document.format == "docx" and document.encoding is None
    kinds = [(b.kind, b.level, b.text) for b in document.blocks]
    assert kinds[0] == ("heading", 1, "医疗AI产业研究报告")
    assert ("heading", 2, "一、市场概况") in kinds
    assert ("heading", 1, "二、细分领域") in kinds
    assert ("list_item", None, "医学影像") in kinds
    [table] = document.tables
    assert table.header == ("领域", "规模", "增速")
    assert table.rows == (("影像", "50亿元", "30%"), ("药物研发", "20亿元", "45%"))
    assert table.caption == "表1 细分市场"
    # body order: the table comes after its caption and before the closing paragraph
    order = [b.kind for b in document.blocks]
    assert order[-2:] == ["table", "paragraph"] and document.blocks[-3].text == "表1 细分市场"
    assert document.metadata == Metadata(
        title="医疗AI产业研究报告", author=None, publisher="示例研究院", date="2025-01-07"
    )
    assert_offsets(document)


def test_docx_en_and_core_property_fallback(tmp_path: Path) -> None:
    document = read_document(make_docx(tmp_path / "en.docx", chinese=False))
    assert document.metadata.title == "Healthcare AI Industry Report"
    assert document.metadata.author == "Alex Chen"
    assert [b.text for b in document.blocks if b.kind == "list_item"] == ["Triage"]
    [table] = document.tables
    assert table.header == ("Segment", "Size") and table.rows == (("Imaging", "$2.1B"),)
    assert_offsets(document)


def test_docx_merged_cells_do_not_repeat_text(tmp_path: Path) -> None:
    import docx

    word = docx.Document()
    table = word.add_table(rows=2, cols=3)
    for cell, value in zip(table.rows[1].cells, ("a", "b", "c"), strict=True):
        cell.text = value
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "合并表头"
    table.cell(0, 2).text = "第三列"
    path = tmp_path / "merged.docx"
    word.save(path)
    [parsed] = read_document(path).tables
    assert parsed.header == ("合并表头", "", "第三列")


# --- PDF -----------------------------------------------------------------------------------------


def make_pdf(
    path: Path, *, lines_by_page: list[list[str]], title: str | None = None, encrypt: object = None
) -> Path:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    page = canvas.Canvas(str(path), encrypt=encrypt)
    if title:
        page.setTitle(title)
    for lines in lines_by_page:
        y = 780
        for line in lines:
            page.setFont("STSong-Light" if not line.isascii() else "Helvetica", 11)
            page.drawString(72, y, line)
            y -= 18
        page.showPage()
    page.save()
    return path


def test_pdf_zh_pages_paragraphs_and_metadata(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "zh.pdf",
        lines_by_page=[
            [
                "医疗健康人工智能发展图谱",
                "易观分析",
                "2023年12月",
                "一、行业概况",
                "医疗AI市场规模",
            ],
            ["持续扩大，2023年达到66亿元。", "Medical imaging AI grew 40% in 2023."],
        ],
        title="Microsoft Word - draft.docx",
    )
    document = read_document(path)
    assert document.format == "pdf" and document.encoding is None
    assert document.text.count("\f") == 1  # two pages, one page break
    page_two = document.text.index("Medical imaging")
    assert document.text.count("\f", 0, page_two) + 1 == 2
    assert any(b.kind == "heading" and b.text == "一、行业概况" for b in document.blocks)
    assert "2023年达到66亿元" in document.text
    assert document.metadata == Metadata(
        title="医疗健康人工智能发展图谱", author=None, publisher="易观分析", date="2023-12"
    )  # the junk /Title "Microsoft Word - draft.docx" is ignored
    assert_offsets(document)


def test_pdf_a_sentence_cut_by_a_page_break_is_read_whole(tmp_path: Path) -> None:
    wide = "岚衡科技的产品已在多家三级医院上线运行并持续扩大应用范围，该产品与上海美"
    path = make_pdf(
        tmp_path / "cut.pdf",
        lines_by_page=[
            ["医疗AI市场观察", "一、竞争格局", "其中，" + wide[3:] + "。", wide],
            ["立方整形外科医院共建了数据集。", "二、展望", "市场将继续增长。"],
        ],
    )
    document = read_document(path)
    assert "上海美立方整形外科医院共建了数据集。" in document.text
    cut = document.text.index("数据集。")
    assert document.text.count("\f", 0, cut) == 0  # the carried lines count to page one
    assert document.text.count("\f") == 1
    assert "二、展望" in document.text.split("\f")[1]
    assert_offsets(document)


def test_pdf_a_page_that_ends_on_a_heading_keeps_its_break(tmp_path: Path) -> None:
    wide = "岚衡科技的产品已在多家三级医院上线运行并持续扩大应用范围，覆盖华东地区。"
    path = make_pdf(
        tmp_path / "head.pdf",
        lines_by_page=[["医疗AI市场观察", wide, "二、竞争格局"], ["市场集中度较低。"]],
    )
    document = read_document(path)
    assert document.text.index("市场集中度") > document.text.index("\f")
    assert any(b.kind == "heading" and b.text == "二、竞争格局" for b in document.blocks)


def test_pdf_en_reflows_wrapped_lines(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "en.pdf",
        lines_by_page=[
            [
                "Radiology AI Outlook",
                "Hospitals expanded the use of triage",
                "tools in 2023.",
                "Next.",
            ]
        ],
        title="Radiology AI Outlook 2024",
    )
    document = read_document(path)
    assert document.metadata.title == "Radiology AI Outlook 2024"
    texts = [b.text for b in document.blocks]
    assert "Hospitals expanded the use of triage tools in 2023." in texts  # wrap undone
    assert_offsets(document)


# --- bad files -----------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", supported_suffixes())
def test_empty_file(tmp_path: Path, suffix: str) -> None:
    path = write(tmp_path, f"empty{suffix}", b"")
    with pytest.raises(EmptyDocumentError, match=rf"empty\{suffix}"):
        read_document(path)


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("content", [" \n\t\n\n", "---\ntitle: 只有元数据\n---\n \n---\n"])
def test_file_without_body_text(tmp_path: Path, suffix: str, content: str) -> None:
    path = write(tmp_path, f"blank{suffix}", content)
    with pytest.raises(EmptyDocumentError, match=rf"blank\{suffix}"):
        read_document(path)


def test_truncated_docx(tmp_path: Path) -> None:
    whole = make_docx(tmp_path / "whole.docx").read_bytes()
    path = write(tmp_path, "truncated.docx", whole[: len(whole) // 2])
    with pytest.raises(MalformedDocumentError, match=r"truncated\.docx.*(re-save|again)"):
        read_document(path)


def test_docx_that_is_not_a_zip(tmp_path: Path) -> None:
    path = write(tmp_path, "fake.docx", "这其实是一个文本文件".encode())
    with pytest.raises(MalformedDocumentError, match=r"fake\.docx"):
        read_document(path)


def test_zip_without_word_parts(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "not a word document")
    path = write(tmp_path, "other.docx", buffer.getvalue())
    with pytest.raises(MalformedDocumentError, match=r"other\.docx.*Word"):
        read_document(path)


def test_ole_file_named_docx(tmp_path: Path) -> None:
    path = write(tmp_path, "old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(MalformedDocumentError, match=r"old\.docx.*password"):
        read_document(path)


def test_docx_with_unsupported_zip_version_is_malformed(tmp_path: Path) -> None:
    # regression: zipfile's NotImplementedError ("zip file version") escaped the reader
    data = bytearray(make_docx(tmp_path / "ok.docx").read_bytes())
    central = data.index(b"PK\x01\x02")
    data[central + 6 : central + 8] = (99).to_bytes(2, "little")  # version needed to extract
    path = write(tmp_path, "future.docx", bytes(data))
    with pytest.raises(MalformedDocumentError, match=r"future\.docx.*version"):
        read_document(path)


def test_zip_bomb_docx_ratio(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\x00" * 30_000_000)
    path = write(tmp_path, "bomb.docx", buffer.getvalue())
    with pytest.raises(ZipBombError, match=r"bomb\.docx.*compresses"):
        read_document(path)


def test_zip_bomb_docx_total_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_docx(tmp_path / "big.docx")
    monkeypatch.setattr(docx_reader, "MAX_UNCOMPRESSED", 10_000)
    with pytest.raises(ZipBombError, match=r"big\.docx.*inflate") as caught:
        read_document(path)
    assert isinstance(caught.value, DocumentTooLargeError)


def test_broken_pdf(tmp_path: Path) -> None:
    whole = make_pdf(tmp_path / "whole.pdf", lines_by_page=[["Hello report"]]).read_bytes()
    path = write(tmp_path, "broken.pdf", whole[: len(whole) // 2])
    with pytest.raises(MalformedDocumentError, match=r"broken\.pdf.*corrupt"):
        read_document(path)


def test_pdf_with_an_unknown_filter_is_malformed(tmp_path: Path) -> None:
    # regression: pypdf's NotImplementedError ("Unsupported filter") escaped the reader
    data = make_pdf(tmp_path / "ok.pdf", lines_by_page=[["Hello report"]]).read_bytes()
    assert b"/ASCII85Decode" in data
    path = write(tmp_path, "filter.pdf", data.replace(b"/ASCII85Decode", b"/AdCII85Decode"))
    with pytest.raises(MalformedDocumentError, match=r"filter\.pdf.*NotImplementedError"):
        read_document(path)


def test_pdf_without_header(tmp_path: Path) -> None:
    path = write(tmp_path, "notpdf.pdf", "医疗AI报告".encode())
    with pytest.raises(MalformedDocumentError, match=r"notpdf\.pdf.*%PDF"):
        read_document(path)


def test_encrypted_pdf(tmp_path: Path) -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption

    path = make_pdf(
        tmp_path / "locked.pdf",
        lines_by_page=[["Secret report"]],
        encrypt=StandardEncryption("user-password", canPrint=0),
    )
    with pytest.raises(EncryptedDocumentError, match=r"locked\.pdf.*password"):
        read_document(path)


def test_pdf_with_only_an_owner_password_is_read(tmp_path: Path) -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption

    path = make_pdf(
        tmp_path / "owner.pdf",
        lines_by_page=[["Open report text"]],
        encrypt=StandardEncryption("", ownerPassword="owner"),
    )
    assert "Open report text" in read_document(path).text


def test_pdf_without_text_layer_needs_ocr(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    page = canvas.Canvas(str(path))
    page.rect(72, 72, 300, 300, fill=1)
    page.showPage()
    page.save()
    with pytest.raises(NoTextLayerError, match=r"scan\.pdf.*OCR"):
        read_document(path)


def test_over_max_bytes(tmp_path: Path) -> None:
    path = write(tmp_path, "huge.txt", "医疗" * 1000)
    with pytest.raises(DocumentTooLargeError, match=r"huge\.txt.*limit of 100"):
        read_document(path, max_bytes=100)
    assert read_document(path, max_bytes=6000).text == "医疗" * 1000


def test_unsupported_suffix_lists_the_supported(tmp_path: Path) -> None:
    path = write(tmp_path, "report.doc", b"whatever")
    with pytest.raises(UnsupportedFormatError, match=r"report\.doc") as caught:
        read_document(path)
    message = str(caught.value)
    assert all(suffix in message for suffix in supported_suffixes())
    assert "save it as .docx" in message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DocumentNotReadableError, match=r"absent\.txt"):
        read_document(tmp_path / "absent.txt")


def test_suffix_is_case_insensitive(tmp_path: Path) -> None:
    assert read_document(write(tmp_path, "UPPER.TXT", ZH_REPORT)).format == "txt"


# --- the registry --------------------------------------------------------------------------------


def test_registry_covers_every_format() -> None:
    assert supported_suffixes() == tuple(sorted(READERS))
    assert {".txt", ".md", ".html", ".htm", ".pdf", ".docx"} <= set(READERS)


def test_document_rejects_a_block_that_does_not_match_its_text() -> None:
    with pytest.raises(ValueError, match="does not match"):
        Document(
            name="x.txt",
            path=Path("x.txt"),
            format="txt",
            encoding="utf-8",
            sha256="0" * 64,
            text="abc",
            blocks=(Block("paragraph", "abd", 0, 3),),
            metadata=Metadata(),
        )


def test_sha256_is_of_the_raw_bytes(tmp_path: Path) -> None:
    import hashlib

    raw = ZH_REPORT.encode("gb18030")
    document = read_document(write(tmp_path, "hash.txt", raw))
    assert document.sha256 == hashlib.sha256(raw).hexdigest()
    assert document.name == "hash.txt" and document.path == tmp_path / "hash.txt"


# --- the real reports ----------------------------------------------------------------------------


@needs_corpus
@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda path: path.name[:3])
def test_corpus_offsets_invariant(path: Path) -> None:
    document = read_document(path)
    assert document.encoding == "utf-8"
    assert document.text == path.read_text(encoding="utf-8").replace("\r\n", "\n")
    assert_offsets(document)
    assert len(document.blocks) > 20


def corpus(prefix: str) -> Document:
    [path] = [path for path in CORPUS_FILES if path.name.startswith(prefix)]
    return read_document(path)


@needs_corpus
def test_corpus_000_tables_and_metadata() -> None:
    document = corpus("000_")
    headers = [table.header for table in document.tables]
    assert any("应用场景" in header for header in headers)
    ranking = next(table for table in document.tables if table.header[:2] == ("排名", "应用场景"))
    assert ranking.header == ("排名", "应用场景", "采用率", "说明")
    assert ranking.rows[0] == ("1", "数据分析", "65%", "跨所有细分领域的通用需求")
    assert ranking.caption == "应用场景排名"
    assert document.metadata.date == "2026-01"  # 报告发布：2026年1月
    assert document.metadata.publisher == "NVIDIA(英伟达)"  # 研究机构：…
    assert document.metadata.title == "医疗AI 2026 规模化落地拐点已至"


@needs_corpus
def test_corpus_001_front_matter() -> None:
    document = corpus("001_")
    assert document.metadata.date == "2026-02-24"
    assert document.metadata.author == "NVIDIA"
    assert document.metadata.publisher == "NVIDIA Blog"
    assert document.metadata.title is not None and document.metadata.title.startswith("从放射学")
    _, body_start = split_front_matter(document.text)
    assert body_start > 0 and all(block.start >= body_start for block in document.blocks)


@needs_corpus
def test_corpus_004_policy_table_and_layout_metadata() -> None:
    document = corpus("004_")
    policy = next(table for table in document.tables if table.header[0] == "时间")
    assert policy.header == ("时间", "相关部门", "文件名称", "主要内容")
    assert policy.caption == "表 中国AI+医疗重点政策"
    assert policy.rows[0][:2] == ("2023.3", "中共中央办公厅 国务院办公厅")
    assert len(policy.rows) == 6
    assert document.metadata.publisher == "易观分析"
    assert document.metadata.date == "2023-12"


# --- dates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2023年7月", "2023-07"),
        ("报告发布：2026年1月", "2026-01"),
        ("2023年7月15日", "2023-07-15"),
        ("2024.03", "2024-03"),
        ("2024/3/5", "2024-03-05"),
        ("2025-01-07", "2025-01-07"),
        ("2025-12-30T08:00:00+08:00", "2025-12-30"),
        ("March 2024", "2024-03"),
        ("Date: Mar 5, 2024", "2024-03-05"),
        ("30 December 2025", "2025-12-30"),
        ("2023", "2023"),
        ("2023年度", "2023"),
        ("2020-2025年复合增速", "2020"),
        ("2023-13", "2023"),  # month 13 is not a month
        ("2023-02-30", "2023-02"),  # nor is 30 February a day
        ("没有日期", None),
        ("", None),
    ],
)
def test_normalise_date(text: str, iso: str | None) -> None:
    assert normalise_date(text) == iso


def test_fit_row_and_pipe_escapes() -> None:
    assert fit_row(["a", "b", "c", "", "d"], 2) == ("a", "b c d")
    assert fit_row([], 2) == ("", "")
    assert split_pipe_row(r"| a \| b | c |") == ["a | b", "c"]


# --- properties ----------------------------------------------------------------------------------

_PROPERTY = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture(autouse=True)
def _quiet_pypdf() -> None:
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)


@_PROPERTY
@given(
    data=st.one_of(
        st.binary(max_size=3000),
        st.binary(max_size=3000).map(lambda junk: b"%PDF-1.7\n" + junk),
        st.binary(max_size=3000).map(lambda junk: b"PK\x03\x04" + junk),
        st.text(max_size=500).map(lambda text: text.encode("utf-16")),
    ),
    suffix=st.sampled_from(supported_suffixes()),
)
def test_random_bytes_raise_only_document_errors(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    try:
        document = read_document(path)
    except DocumentError as error:
        assert path.name in str(error)
    else:
        assert_offsets(document)


_CELL = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\ufeff"
    ),
    min_size=1,
    max_size=10,
).filter(lambda cell: cell == cell.strip() and cell != "")


@st.composite
def tables(draw: st.DrawFn) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    width = draw(st.integers(min_value=2, max_value=5))
    row = st.tuples(*[_CELL] * width)
    return draw(row), tuple(draw(st.lists(row, min_size=1, max_size=5)))


@_PROPERTY
@given(table=tables())
def test_tsv_tables_round_trip(tmp_path: Path, table: tuple) -> None:
    header, rows = table
    text = "\n".join("\t".join(row) for row in (header, *rows)) + "\n"
    document = read_document(write(tmp_path, "table.txt", text))
    [block] = document.blocks
    assert block.kind == "table" and block.table is not None
    if holds_values(header):  # a first line of values is data: the header is left empty
        header, rows = ("",) * len(header), (header, *rows)
    assert (block.table.header, block.table.rows) == (header, rows)
    assert_offsets(document)


@_PROPERTY
@given(table=tables())
def test_markdown_tables_round_trip(tmp_path: Path, table: tuple) -> None:
    header, rows = table

    def line(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"

    separator = "|" + "|".join(" --- " for _ in header) + "|"
    text = "\n".join([line(header), separator, *(line(row) for row in rows)]) + "\n"
    document = read_document(write(tmp_path, "table.md", text))
    [block] = document.blocks
    assert block.kind == "table" and block.table is not None
    assert (block.table.header, block.table.rows) == (header, rows)
    assert_offsets(document)


# --- PDF tables (issue #3): cells placed on the page become table rows -----------------------


def _platypus_pdf(path: Path, story_of: object) -> Path:
    """Build a PDF with reportlab's platypus; ``story_of(styles)`` returns the flowables."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    styles = {
        "en": ParagraphStyle("en", fontName="Helvetica", fontSize=10, leading=14),
        "zh": ParagraphStyle(
            "zh", fontName="STSong-Light", fontSize=10, leading=14, wordWrap="CJK"
        ),
    }
    styles["cell_en"] = ParagraphStyle("cell_en", parent=styles["en"], fontSize=8, leading=10)
    styles["cell_zh"] = ParagraphStyle("cell_zh", parent=styles["zh"], fontSize=8, leading=10)
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story_of(styles))  # type: ignore[operator]
    return path


def _grid(
    rows: list[list[object]], *, valign: str = "TOP", widths: list[float] | None = None
) -> object:
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), valign)]
        )
    )
    return table


def test_pdf_ruled_table_with_wrapped_cells_is_one_table(tmp_path: Path) -> None:
    from reportlab.platypus import Paragraph

    def story(s: dict[str, object]) -> list[object]:
        def cell(text: str) -> object:
            return Paragraph(text, s["cell_en"])

        rows = [
            [
                cell("Supplier"),
                cell("Home city"),
                cell("Offering"),
                cell("Sales 2023 (USD million)"),
            ],
            [
                cell("Quillmark Health"),
                cell("Leeds, United Kingdom"),
                cell("Ward triage assistant"),
                cell("41"),
            ],
            [
                cell("Tamsin Bio"),
                cell("Porto"),
                cell("Slide scanner analytics suite"),
                cell("17.5"),
            ],
        ]
        return [
            Paragraph("Suppliers at a glance", s["en"]),
            Paragraph("The table below compares the suppliers we interviewed this year.", s["en"]),
            _grid(rows, widths=[70, 60, 70, 60]),
            Paragraph("Quillmark Health sells mostly to regional hospitals.", s["en"]),
        ]

    document = read_document(_platypus_pdf(tmp_path / "suppliers.pdf", story))
    [table] = document.tables
    assert table.header == ("Supplier", "Home city", "Offering", "Sales 2023 (USD million)")
    assert table.rows == (
        ("Quillmark Health", "Leeds, United Kingdom", "Ward triage assistant", "41"),
        ("Tamsin Bio", "Porto", "Slide scanner analytics suite", "17.5"),
    )
    kinds = [block.kind for block in document.blocks]
    assert kinds.count("table") == 1 and kinds.index("table") == 2
    assert document.blocks[-1].text == "Quillmark Health sells mostly to regional hospitals."
    assert "Quillmark Health\tLeeds, United Kingdom" in document.text


def test_pdf_chinese_table_with_middle_aligned_cells(tmp_path: Path) -> None:
    from reportlab.platypus import Paragraph

    def story(s: dict[str, object]) -> list[object]:
        def cell(text: str) -> object:
            return Paragraph(text, s["cell_zh"])

        rows = [
            [cell("机构"), cell("主要产品"), cell("覆盖科室数")],
            [cell("青禾智医"), cell("门诊分诊助手与随访机器人一体化平台"), cell("18")],
            [cell("远山数科"), cell("病理切片分析"), cell("7")],
        ]
        return [
            Paragraph("下表列出本次调研的机构。", s["zh"]),
            _grid(rows, valign="MIDDLE", widths=[60, 80, 60]),
        ]

    document = read_document(_platypus_pdf(tmp_path / "zh_table.pdf", story))
    [table] = document.tables
    assert table.header == ("机构", "主要产品", "覆盖科室数")
    assert table.rows == (
        ("青禾智医", "门诊分诊助手与随访机器人一体化平台", "18"),
        ("远山数科", "病理切片分析", "7"),
    )


def test_pdf_bullets_and_running_headers_are_not_tables(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "bullets.pdf"
    page = canvas.Canvas(str(path))
    page.setFont("Helvetica", 10)
    page.drawString(50, 800, "Quarterly Outlook")  # running header: left and right, one row
    page.drawString(450, 800, "Page 4")
    y = 760
    for item in ("first point about triage", "second point about imaging", "third point"):
        page.drawString(50, y, "•")
        page.drawString(62, y, item)
        y -= 14
    page.drawString(50, y - 10, "A closing paragraph of ordinary body text.")
    page.save()
    document = read_document(path)
    assert document.tables == ()
    assert "first point about triage" in document.text


def test_pdf_table_right_under_a_paragraph_keeps_the_paragraph(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "tight.pdf"
    page = canvas.Canvas(str(path))
    page.setFont("Helvetica", 10)
    page.drawString(50, 760, "Body text that sits on the same left margin as the table")
    page.drawString(50, 746, "and runs on for a second line above it")
    for row, y in ((("Region", "Share"), 732), (("North", "41%"), 718), (("South", "59%"), 704)):
        page.drawString(50, y, row[0])
        page.drawString(250, y, row[1])
    page.save()
    document = read_document(path)
    [table] = document.tables
    assert table.header == ("Region", "Share")
    assert table.rows == (("North", "41%"), ("South", "59%"))
    assert document.blocks[0].kind == "paragraph"
    assert document.blocks[0].text.endswith("a second line above it")


def test_tabulate_lines_keeps_text_without_tables_line_for_line() -> None:
    lines = [
        PlacedLine("A paragraph line", 50, 700, 10),
        PlacedLine("", None, None, 0),
        PlacedLine("another paragraph line", 50, 680, 10),
    ]
    assert tabulate_lines(lines) == ["A paragraph line", "", "another paragraph line"]


def test_tabulate_lines_puts_a_missing_cell_in_its_column() -> None:
    lines = [
        PlacedLine("Name", 50, 700, 10),
        PlacedLine("City", 150, 700, 10),
        PlacedLine("Year", 250, 700, 10),
        PlacedLine("Alpha", 50, 684, 10),
        PlacedLine("2021", 250, 684, 10),
    ]
    assert tabulate_lines(lines) == ["Name\tCity\tYear", "Alpha\t\t2021"]


# --- titles the head states (issue #3) -----------------------------------------------------------


def test_title_skips_an_all_caps_kicker() -> None:
    text = "RESEARCH NOTE\nFederated Learning Across Hospital Networks\n\nBody text follows."
    assert stated_metadata(text).title == "Federated Learning Across Hospital Networks"


def test_an_all_caps_line_alone_is_still_the_title() -> None:
    assert (
        stated_metadata("ANNUAL OUTLOOK\n\nWe think that margins grow.").title == "ANNUAL OUTLOOK"
    )


def test_title_with_a_colon_subtitle_and_a_long_title() -> None:
    long = (
        "Paying for Algorithms: How Insurers, Hospitals and Vendors Share the Cost of Clinical AI"
    )
    assert stated_metadata("Case Study: Sepsis Alerts in a Rural Clinic\nBody.").title == (
        "Case Study: Sepsis Alerts in a Rural Clinic"
    )
    assert stated_metadata(f"{long}\nNorthwind Institute\nBody.").title == long
    assert stated_metadata("档案｜某某科技：从影像切入基层医疗\n撰稿：某研究中心\n").title == (
        "档案｜某某科技：从影像切入基层医疗"
    )


def test_title_skips_bylines_and_credit_lines() -> None:
    text = "Editor: Ridgeway Health Forum\nRemote Monitoring Outlook 2026\nBody text."
    assert stated_metadata(text).title == "Remote Monitoring Outlook 2026"
    assert (
        stated_metadata("By Jane Roe\nWard Robots in Practice\nBody.").title
        == "Ward Robots in Practice"
    )


def test_heading_title_drops_a_spaced_bar_suffix() -> None:
    text = "# Ward Robotics Quarterly | 病房机器人季报 (2024年5月)\n\nBody."
    assert stated_metadata(text).title == "Ward Robotics Quarterly"
    assert stated_metadata("# Robot | AI\n\nBody.").title == "Robot | AI"  # too short to cut


def test_credit_line_with_a_date_gives_publisher_and_date() -> None:
    stated = stated_metadata(
        "Remote Monitoring Outlook 2026\nNorthwind Research | Published June 2023\n"
    )
    assert (stated.publisher, stated.date) == ("Northwind Research", "2023-06")
    stated = stated_metadata("远程监护市场观察\n某某咨询 研究部 | 2024年3月\n正文。")
    assert (stated.title, stated.publisher, stated.date) == (
        "远程监护市场观察",
        "某某咨询 研究部",
        "2024-03",
    )


def test_a_line_with_several_labels_is_cut_at_each_label() -> None:
    stated = stated_metadata(
        "某医院上线AI导诊系统\n来源：健康新闻网 发布时间：2024年6月2日 记者：李雷\n正文。"
    )
    assert (stated.publisher, stated.date) == ("健康新闻网", "2024-06-02")


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        # a social headline the article never writes: the article's own <h1>
        ('<meta property="og:title" content="Why this matters now">', "Northwind Imaging Outlook"),
        # "<report> | <site>": the part the article writes
        ("<title>Northwind Imaging Outlook | Fenwick Daily</title>", "Northwind Imaging Outlook"),
    ],
)
def test_html_title_is_the_one_the_article_writes(tmp_path: Path, meta: str, expected: str) -> None:
    page = (
        f"<html><head>{meta}</head><body><nav>Home | News</nav><article>"
        "<h1>Northwind Imaging Outlook</h1><p>Northwind Imaging grew its installed base "
        "across regional hospitals this year, the outlook says.</p></article></body></html>"
    )
    document = read_document(write(tmp_path, "page.html", page.encode("utf-8")))
    assert document.metadata.title == expected
    assert expected in document.text[:200]


# --- credit lines, datelines and government headers (invented) ---------------------------------


@pytest.mark.parametrize(
    ("text", "publisher", "date"),
    [
        (
            "Fernvale Opens Sepsis Pilot\n\nNews provided by **Fernvale Health** · Jun 02, 2025,"
            " 09:30 ET\n\nBody.",
            "Fernvale Health",
            "2025-06-02",
        ),
        (
            "# Releasing Quarry-7\n\n"
            "*Ashdown Centre for Medical AI · Research blog · 9 April 2025*\n",
            "Ashdown Centre for Medical AI",
            "2025-04-09",
        ),
        (
            "Device Software Bulletin No. 2025-03\nWestmere Health Products Agency\n"
            "Issued: 14 March 2025\n\n1. Purpose\n",
            "Westmere Health Products Agency",
            "2025-03-14",
        ),
        (
            "# Orvane Health (ORVN US): margins turn\n\nKellbrook & Tate Securities | Equity "
            "Research | Health Tech | 3 March 2025\n\nBody.",
            "Kellbrook & Tate Securities",
            "2025-03-03",
        ),
        (
            "某市卫健委关于开展试点的通知\n索引号：1100-2025-0001　发布机构：医政处　"
            "发文日期：2025-06-20　文号：某卫函〔2025〕3号\n正文。",
            "医政处",
            "2025-06-20",
        ),
    ],
)
def test_credit_lines_name_the_publisher_and_date(text: str, publisher: str, date: str) -> None:
    meta = stated_metadata(text)
    assert (meta.publisher, meta.date) == (publisher, date)


def test_a_wire_dateline_dates_a_press_release() -> None:
    text = (
        "Fernvale and Oakridge Partner on AI Triage\n\n"
        "DENVER, Colo., May 6, 2025 /HealthWire/ -- Fernvale Health today announced ...\n"
    )
    assert stated_metadata(text).date == "2025-05-06"


@pytest.mark.parametrize(
    "line",
    [
        "Home | News | 2025-01-01",
        "a · b · c · d · 2024-01-02",
        "We grew 20%, said the CEO | 2024",
        "Revenue | 2024 | 2025 | 12%",
        "Kellbrook | Q3: 12% | 2025-01-01",
    ],
)
def test_breadcrumbs_and_sentences_are_not_credits(line: str) -> None:
    assert stated_metadata(f"Some Report Title Here\n{line}\nBody.").publisher is None


def test_a_long_sentence_above_a_date_is_not_a_publisher() -> None:
    text = "A Title Of The Report\nthis line is a sentence about many things at once\n2025-03-01\n"
    assert stated_metadata(text).publisher is None


# --- spanned cells and two-row headers (invented tables) ---------------------------------------


def test_html_rowspan_and_two_header_rows(tmp_path: Path) -> None:
    page = tmp_path / "spans.html"
    page.write_text(
        "<html><body><article><h1>Vendors in the Pilot Programme</h1>"
        "<table><thead>"
        '<tr><th rowspan="2">Vendor</th><th colspan="2">Revenue (RMB m)</th></tr>'
        "<tr><th>2023</th><th>2024</th></tr></thead><tbody>"
        "<tr><td>Alder Medical</td><td>120</td><td>180</td></tr>"
        '<tr><td rowspan="2">Birch AI</td><td>45</td><td>60</td></tr>'
        "<tr><td>46</td><td>61</td></tr>"
        '<tr><td colspan="2">Total</td><td>301</td></tr>'
        "</tbody></table></article></body></html>",
        encoding="utf-8",
    )
    [table] = [b.table for b in read_document(page).blocks if b.table]
    assert table.header == ("Vendor", "Revenue (RMB m) 2023", "Revenue (RMB m) 2024")
    assert table.rows == (
        ("Alder Medical", "120", "180"),
        ("Birch AI", "45", "60"),
        ("Birch AI", "46", "61"),  # the rowspan's text in the row below
        ("Total", "", "301"),  # a body colspan fills with empty cells
    )


def test_docx_merged_header_over_two_rows(tmp_path: Path) -> None:
    import docx

    word = docx.Document()
    table = word.add_table(rows=4, cols=3)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "Segment"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "Market size (USD bn)"
    for (r, c), text in {(1, 1): "2024", (1, 2): "2030F", (2, 0): "Imaging"}.items():
        table.cell(r, c).text = text
    for (r, c), text in {(2, 1): "3.1", (2, 2): "9.8", (3, 0): "Triage"}.items():
        table.cell(r, c).text = text
    table.cell(3, 1).text, table.cell(3, 2).text = "1.2", "6.0"
    path = tmp_path / "merged.docx"
    word.save(str(path))
    [read] = [b.table for b in read_document(path).blocks if b.table]
    assert read.header == ("Segment", "Market size (USD bn) 2024", "Market size (USD bn) 2030F")
    assert read.rows == (("Imaging", "3.1", "9.8"), ("Triage", "1.2", "6.0"))


def test_docx_one_header_row_stays_one(tmp_path: Path) -> None:
    import docx

    word = docx.Document()
    table = word.add_table(rows=3, cols=3)
    for r, row in enumerate(
        [["Company", "Round", "Amount"], ["Alder", "B", "$5M"], ["Birch", "A", "$2M"]]
    ):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    path = tmp_path / "plain.docx"
    word.save(str(path))
    [read] = [b.table for b in read_document(path).blocks if b.table]
    assert read.header == ("Company", "Round", "Amount") and len(read.rows) == 2


# --- tables laid out with spaces in plain text (invented) --------------------------------------


def test_space_aligned_tables_in_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "rounds.txt"
    path.write_text(
        "一季度融资一览\n\n"
        "公司          轮次     金额        领投方\n"
        "澜泽医疗      B轮      3亿元       高岭资本\n"
        "栖木智能      A轮      8000万元    云杉创投\n\n"
        "Company        Round      Amount    Lead\n"
        "Alder Health   Series B   $48M      Oakmere Ventures\n"
        "Birch AI       Seed       $5.5M     Pine Capital\n",
        encoding="utf-8",
    )
    tables = [b.table for b in read_document(path).blocks if b.table]
    assert [t.header for t in tables] == [
        ("公司", "轮次", "金额", "领投方"),
        ("Company", "Round", "Amount", "Lead"),
    ]
    assert tables[0].rows[1] == ("栖木智能", "A轮", "8000万元", "云杉创投")
    assert tables[1].rows[0] == ("Alder Health", "Series B", "$48M", "Oakmere Ventures")


@pytest.mark.parametrize(
    "body",
    [
        # labelled fields side by side: a form, not a table
        "采购人：青川市医院    地址：青川市河滨路1号\n"
        "代理机构：某招标公司    电话：0000-1234567\n"
        "项目编号：QC-2025-01    预算：300万元\n",
        # two lines only
        "Name      Role\nAlder     CEO\n",
        # prose that happens to hold double spaces
        "The pilot ran for a year.  It ended in May.\n"
        "Results were good.  Staff liked it.\n"
        "More sites follow.  Budgets are set.\n",
    ],
)
def test_spaced_lines_that_are_not_tables(tmp_path: Path, body: str) -> None:
    path = tmp_path / "not_table.txt"
    path.write_text(body, encoding="utf-8")
    assert not [b for b in read_document(path).blocks if b.table]


# --- running heads, running feet and page numbers of a PDF (invented) --------------------------


def test_pdf_running_heads_feet_and_page_numbers_are_dropped(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(60, 810, "Harrow Ridge Research | Sector Note")
        canvas.drawString(60, 30, "See the disclosures at the end of this report")
        canvas.drawRightString(540, 30, f"Page {doc.page} of 3")
        canvas.restoreState()

    style = ParagraphStyle("b", fontName="Helvetica", fontSize=11, leading=16)
    story = []
    for i in range(70):
        story += [Paragraph(f"Paragraph {i}: revenue grew {i}% in the year.", style), Spacer(1, 4)]
    path = tmp_path / "note.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(
        story, onFirstPage=furniture, onLaterPages=furniture
    )
    document = read_document(path)
    assert document.text.count("\f") >= 2  # several pages
    assert "Page 2 of 3" not in document.text and "Page 1 of 3" not in document.text
    assert document.text.count("Harrow Ridge Research") == 1  # the first page keeps its head
    assert document.text.count("See the disclosures") <= 1
    assert "Paragraph 69: revenue grew 69% in the year." in document.text


def test_page_furniture_spares_table_rows_and_body_text() -> None:
    from medatlas.loaders.readers.pdf import drop_page_furniture

    pages = [
        "Segment\t2024\t2025\nImaging\t1\t2\nBody text of page one.",
        "Segment\t2024\t2025\nTriage\t3\t4\nBody text of page two.",
    ]
    assert drop_page_furniture(pages) == pages  # a repeated table header is the table's
    assert drop_page_furniture(["Only page.\n1"]) == [
        "Only page.\n1"
    ]  # one page: nothing to compare


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        (
            "关于设立合资公司的公告 / Announcement on the Formation of a Joint Venture",
            "关于设立合资公司的公告",
        ),
        (
            "Event recap: Harbor Forum 2025 / 活动回顾：2025港湾论坛",
            "Event recap: Harbor Forum 2025",
        ),
        (
            "AI / ML in Clinical Care 2025",
            "AI / ML in Clinical Care 2025",
        ),  # one language: one title
    ],
)
def test_a_title_and_its_translation_give_the_first_as_the_title(heading: str, title: str) -> None:
    assert stated_metadata(f"# {heading}\n\nBody.\n").title == title


def test_pdf_lines_wrapped_inside_a_paragraph_are_joined_again() -> None:
    from medatlas.loaders.document import Block, Table
    from medatlas.loaders.readers.pdf import unwrap_lines

    text = "以及国\n家卫生健康委员会\n\nAI-\nassisted triage\ntools\n\n甲\t乙\n1\t2"
    blocks = [
        Block("paragraph", "以及国\n家卫生健康委员会", 0, 13),
        Block("paragraph", "AI-\nassisted triage\ntools", 15, 40),
        Block("table", "甲\t乙\n1\t2", 42, 49, table=Table(("甲", "乙"), (("1", "2"),))),
    ]
    joined, moved = unwrap_lines(text, blocks)
    assert [b.text for b in moved] == [
        "以及国家卫生健康委员会",
        "AI-assisted triage tools",
        "甲\t乙\n1\t2",
    ]
    assert all(joined[b.start : b.end] == b.text for b in moved)


def test_pdf_lines_broken_by_their_writer_stay_broken() -> None:
    """A bullet whose glyph the text layer dropped starts indented; a short masthead or list
    line ends well before the block's longest: neither break is the page's wrap."""
    from medatlas.loaders.document import Block
    from medatlas.loaders.readers.pdf import unwrap_lines

    bullets = (
        " Founded 2016, headquartered in Boston with engineering hubs elsewhere in the country\n"
        " 640 employees, 58% in R&D"
    )
    wrapped = (
        "Hospitals expanded the use of triage tools across their emergency departments in\n"
        "2023 and 2024, according to the survey."
    )
    short = "Varro Health | Boston, MA\nForward-looking statements: this deck contains projections."
    text = "\n\n".join((bullets, wrapped, short))
    blocks, at = [], 0
    for part in (bullets, wrapped, short):
        blocks.append(Block("paragraph", part, at, at + len(part)))
        at += len(part) + 2
    joined, moved = unwrap_lines(text, blocks)
    assert moved[0].text == bullets  # two items, not one
    assert "\n" not in moved[1].text  # a wrapped sentence is joined again
    assert moved[2].text == short
    assert all(joined[b.start : b.end] == b.text for b in moved)


def test_a_sentence_a_wechat_article_cuts_into_short_paragraphs_is_one(tmp_path: Path) -> None:
    html = (
        "<html><body><h1>官宣｜岱川医疗×青禾医院</h1><div>"
        "<p>🎉 重磅消息来啦！</p>"
        "<p>6月16日，岱川医疗科技有限公司（以下简称“岱川医疗”）</p>"
        "<p>与青禾医院（以下简称“青禾”）</p><p>在杭州正式签署战略合作协议 🤝</p>"
        "<p>💬 院长说</p><p>签约仪式上，院长表示：</p>"
        "<p>简体 | 繁體 | 登录，</p><p>甘肃省卫生健康委员会</p>"
        "</div></body></html>"
    )
    document = read_document(write(tmp_path, "wechat.html", html))
    paragraphs = [b.text for b in document.blocks if b.kind == "paragraph"]
    assert (
        "6月16日，岱川医疗科技有限公司（以下简称“岱川医疗”）与青禾医院（以下简称“青禾”）"
        "在杭州正式签署战略合作协议 🤝" in paragraphs
    ), paragraphs
    assert "🎉 重磅消息来啦！" in paragraphs and "💬 院长说" in paragraphs
    assert "甘肃省卫生健康委员会" in paragraphs  # a menu line joins nothing


def test_an_article_of_whole_paragraphs_keeps_each_as_written(tmp_path: Path) -> None:
    long = "岱川医疗今年在全省推广影像辅助诊断系统，覆盖基层医疗机构，并计划扩展到更多县域医院，"
    html = f"<html><body><h1>新闻</h1><p>{long}</p><p>{long}</p><p>{long}</p></body></html>"
    document = read_document(write(tmp_path, "news.html", html))
    assert [b.text for b in document.blocks if b.kind == "paragraph"] == [long, long, long]
