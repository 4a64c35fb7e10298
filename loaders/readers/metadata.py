"""What a report states about itself: title, author, publisher, date.

Three sources, all generic: YAML-style front matter (``---`` … ``---``), labelled lines near
the top (``研究机构：X``, ``报告发布：2026年1月``, ``Date: March 2024``), and layout cues (the
first markdown heading as title; a short line followed by a date-only line, as in
``易观分析`` / ``2023年12月``, as publisher and date). Dates are normalised to ISO by
:func:`normalise_date`, which other modules reuse.

>>> normalise_date("报告发布：2023年7月")
'2023-07'
>>> normalise_date("March 2024"), normalise_date("2024.03"), normalise_date("2025-01-07")
('2024-03', '2024-03', '2025-01-07')
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterator, Mapping

from medatlas.loaders.document import Metadata

__all__ = [
    "BYLINE_LABELS",
    "FIELD_LABELS",
    "MONTHS",
    "PLACEHOLDER_AUTHORS",
    "field_of",
    "is_placeholder_author",
    "metadata_from_fields",
    "normalise_date",
    "split_front_matter",
    "stated_metadata",
]

# One registry: a label as reports write it (case-folded) -> the Metadata field it fills.
FIELD_LABELS: dict[str, str] = {
    "title": "title",
    "标题": "title",
    "题目": "title",
    "报告名称": "title",
    "报告标题": "title",
    "主题": "title",  # an e-mail's subject
    "subject": "title",
    "author": "author",
    "authors": "author",
    "作者": "author",
    "撰写": "author",
    "撰稿": "author",
    "撰稿人": "author",
    "分析师": "author",
    "研究员": "author",
    "执笔": "author",
    "执笔单位": "author",
    "起草单位": "author",
    "牵头单位": "author",
    "制定单位": "author",
    "撰写单位": "author",
    "编写组": "author",
    # who ran a survey for its sponsor (主办单位): 执行单位, 实施单位
    "执行单位": "author",
    "执行": "author",
    "实施单位": "author",
    "publisher": "publisher",
    "published by": "publisher",
    "source": "publisher",
    "organization": "publisher",
    "organisation": "publisher",
    "来源": "publisher",
    "发布机构": "publisher",
    "研究机构": "publisher",
    "出品": "publisher",
    "出品方": "publisher",
    "出版": "publisher",
    "出版机构": "publisher",
    "出版社": "publisher",
    "issued by": "publisher",
    "issuing authority": "publisher",
    "发文机关": "publisher",
    "发文单位": "publisher",
    "发布单位": "publisher",
    # the issuer lines of a policy notice or a digest's entries
    "发布机关": "publisher",
    "印发部门": "publisher",
    "颁布部门": "publisher",
    "制定部门": "publisher",
    "发文部门": "publisher",
    "issuer": "publisher",
    "issuing body": "publisher",
    "issuing agency": "publisher",
    "印发时间": "date",
    "发文时间": "date",
    "颁布时间": "date",
    "出台时间": "date",
    "date of issue": "date",
    "发布部门": "publisher",
    "编制单位": "publisher",
    "编写单位": "publisher",
    "主办单位": "publisher",
    "编制": "publisher",
    # a digest's or survey's compiler: 编印, 编者, 整理, 调查组织
    "编印": "publisher",
    "编印单位": "publisher",
    "编者": "publisher",
    "编撰": "publisher",
    "整理": "publisher",
    "整理单位": "publisher",
    "调查组织": "publisher",
    "调查机构": "publisher",
    "调研机构": "publisher",
    "调研单位": "publisher",
    "组织单位": "publisher",
    "联合发布": "publisher",
    "发件人": "publisher",  # an e-mail newsletter's sender
    "from": "publisher",
    "registry": "publisher",  # a register's record: the register publishes it
    "date": "date",
    "published": "date",
    "published on": "date",
    "publication date": "date",
    "release date": "date",
    "released": "date",
    "updated": "date",
    "last updated": "date",
    "发布": "date",
    "发布日期": "date",
    "发布时间": "date",
    "报告发布": "date",
    "报告日期": "date",
    "出版日期": "date",
    "更新时间": "date",
    "更新日期": "date",
    "日期": "date",
    "issued": "date",
    "issued on": "date",
    "date issued": "date",
    "issue date": "date",
    "发文日期": "date",
    "出刊日期": "date",  # a digest's issue date
    "出刊时间": "date",
    "成文日期": "date",
    "印发日期": "date",
    "公告日期": "date",
    "posted": "date",
    "posted on": "date",
    "first posted": "date",
    "filed": "date",
    "filing date": "date",
}

# What authoring tools write as "author" when nobody set one (case-folded).
PLACEHOLDER_AUTHORS: frozenset[str] = frozenset(
    {
        "",
        "anonymous",
        "(anonymous)",
        "unknown",
        "administrator",
        "admin",
        "user",
        "python-docx",
        "microsoft office user",
    }
)

_HEAD_LINES = 40  # labelled lines and layout cues are looked for in this many non-blank lines
_MAX_VALUE = 80  # a longer "value" is a sentence, not a name
_MASTHEAD_LINES = 3  # a heading among the first lines is the title
_MIN_TITLE = 6  # a first line shorter than this ("学习来源") is a section label, not a title
_MAX_PUBLISHER_LINE = 20  # a publisher line above a date line is short
_MAX_TITLE = 160  # a long line may still be a title with its subtitle
_MAX_KICKER_WORDS = 4  # "POLICY BRIEF", "INDUSTRY REPORT": a label above the title
_DATE_VERB = re.compile(r"^(?:published|released|updated|发布于|发布|更新于)\s*(?:on\s+)?", re.I)
# the label of a serial before its publisher: "Policy Brief No. 14", "Working Paper 3"
_SERIAL_LABEL = re.compile(
    r"^(?:policy|issue|research|working|discussion|white|briefing|occasional)\s+(?:brief|paper"
    r"|note)s?\b.*$|^(?:report|brief|paper|note)\s+(?:no\.?\s*)?\d+$",
    re.IGNORECASE,
)
_CREDIT_SEP = re.compile(r"\s+[|·•]\s+|\s*[｜¦]\s*")
_MAX_CREDIT_PARTS = 4  # more parts are a breadcrumb trail
_CREDIT_LABEL = re.compile(
    r"[^\d:：。；;，,]{1,24}(?:,\s[A-Z][A-Za-z.]{1,20})?"
)  # "Equity Research", "深度报告", "London", "Boston, MA"
_TIME = re.compile(r",?\s+\d{1,2}:\d{2}(?:\s*(?:[AaPp]\.?[Mm]\.?))?(?:\s+[A-Z]{2,4})?\s*$")
# breadcrumbs and section names that stand where a credit would ("Home | News | 2025-01-01")
_NAME_PARTICLES = frozenset({"of", "for", "and", "the", "&", "on", "de", "in"})
_NOT_CREDITS = frozenset(
    {"home", "news", "blog", "press releases", "press release", "newsroom", "research blog"}
    | {"insights", "首页", "新闻", "资讯", "新闻中心", "新闻动态", "正文"}
)
# a wire release's dateline: "BOSTON, March 4, 2025 /PRNewswire/ --"
_DATELINE = re.compile(
    r"^[A-Z][A-Za-z.'\- ]{1,30}(?:,\s*[A-Z][A-Za-z.'\- ]{1,30})?,\s+"
    r"(?P<date>[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+(?:19|20)\d{2}|\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+(?:19|20)\d{2})"
    r"\s*(?:/[^/\n]{2,40}/)?\s*(?:--|—|–|[|｜]|$)"
)
_PROVIDED_BY = re.compile(r"^(?:news\s+)?(?:provided|published|posted|issued)\s+by\s+", re.I)
_BYLINE = re.compile(r"^(?:by|prepared by|written by|compiled by|edited by)\s+\S", re.IGNORECASE)

# Labels of credit lines that are not metadata fields but are never the title (case-folded).
BYLINE_LABELS: frozenset[str] = frozenset(
    {
        "editor",
        "editors",
        "prepared by",
        "prepared for",
        "编辑",
        "责任编辑",
        "责编",
        "记者",
        "通讯员",
        # the other fields of a government site's document header: they end the value before
        "索引号",
        "文号",
        "发文字号",
        "主题分类",
        "浏览次数",
        "审核",
        "校对",
    }
)

#: English month names and abbreviations -> month number (also used by the figure periods)
MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<mname>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_SEP = r"\s*(?:[-/.．]|年)\s*"

_DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(
        rf"(?<!\d){_YEAR}{_SEP}(?P<month>\d{{1,2}})\s*(?:[-/.．]|月)\s*(?P<day>\d{{1,2}})(?!\d)\s*日?"
    ),
    re.compile(rf"(?<!\d){_YEAR}{_SEP}(?P<month>\d{{1,2}})(?!\d)\s*月?"),
    re.compile(
        rf"\b{_MONTH}\s+(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?{_YEAR}(?!\d)", re.IGNORECASE
    ),
    re.compile(
        rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+{_YEAR}(?!\d)", re.IGNORECASE
    ),
    # day first, as most of the world writes it (03/11/2025); month first when the day is > 12
    re.compile(rf"(?<![\d/.])(?P<day>\d{{1,2}})[/.](?P<month>\d{{1,2}})[/.]{_YEAR}(?!\d)"),
    re.compile(rf"(?<!\d){_YEAR}(?!\d)\s*年?"),
)

_LABEL_LINE = re.compile(
    r"^\s*(?:[-*•>]\s*)?(?:\*\*)?(?P<label>[^:：*\n>]{1,20}?)(?:\*\*)?\s*[:：]\s*(?P<value>.+?)\s*$"
)
# a form's row as a reader renders it: "编制单位<TAB>X", "| 发布日期 | 2025年7月 |"
_FORM_ROW = re.compile(
    r"^\|?\s*(?P<label>[^\t|:：]{1,20}?)\s*(?:\t+|\s\|\s)\s*(?P<value>[^\t|]+?)\s*\|?$"
)
# a publisher and the verb of its work after its name: "X研究院 编著", "X Research 出品"
_NAME_THEN_VERB = re.compile(
    r"^(?P<name>[^\s：:，。,]{2,40}?)\s*(?P<verb>编著|编制|编写|撰写|出品|发布|制作|主编|联合发布|联合出品)$"
)
# a time of day, whose colon is no label's: "2025-07-01 18:02"
_CLOCK = re.compile(r"\d{1,2}\s*[:：]\s*\d{2}")
# a WeChat article's credit line: "原创 岚医融媒 岚州大学附属第一医院 2025年5月20日 09:30 浙江"
# (the account, maybe its owner or the author, the date, the time, the province)
_WECHAT_CREDIT = re.compile(
    r"^(?:原创\s+)?(?P<names>[^\s\d][^\d]{1,60}?)\s+(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日"
    r"|(?:19|20)\d{2}-\d{1,2}-\d{1,2})(?P<time>\s+\d{1,2}:\d{2})?(?:\s+[\u4e00-\u9fff]{2,3})?$"
)
# a publisher's name and a date on one line, with nothing between: "X研究院 2025年6月"
_NAME_THEN_DATE = re.compile(r"^(?P<name>[^\s：:，。,|·]{2,40}?)\s+(?P<date>\S.{3,20})$")
_INNER_LABEL = re.compile(r"(?:^|(?<=[\s|｜]))(?P<label>[^\s:：|｜]{1,12})\s*[:：]")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?P<text>.+?)\s*#*\s*$")
_SENTENCE_PUNCT = re.compile(r"[。！？!?；;，]")  # sentences and lists, not names


def normalise_date(text: str) -> str | None:
    """Return the first date written in ``text`` as ISO (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``).

    Understands ``2023年7月``, ``2023年7月15日``, ``2024.03``, ``2024/3/5``, ``2025-01-07``,
    ``2025-12-30T08:00:00Z``, ``March 2024``, ``Mar 5, 2024``, ``5 March 2024`` and a bare
    year. Impossible dates (month 13, 30 February) are skipped. Returns ``None`` if no date.

    >>> normalise_date("调研时间：2025年8月-9月"), normalise_date("no date here")
    ('2025-08', None)
    """
    found: list[tuple[int, int, str]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            iso = _iso(match)
            if iso is not None:
                found.append((match.start(), -len(iso), iso))
                break
    return min(found)[2] if found else None


def _iso(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    year = int(groups["year"])
    if groups.get("mname"):
        month: int | None = MONTHS[groups["mname"].lower()]
    elif groups.get("month"):
        month = int(groups["month"])
    else:
        month = None
    day = int(groups["day"]) if groups.get("day") else None
    if day is not None and month is not None and month > 12 >= day and not groups.get("mname"):
        day, month = month, day  # 04/15/2025: month first
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def is_placeholder_author(author: str) -> bool:
    """True for tool defaults such as ``python-docx`` or ``anonymous``, not a real author."""
    return author.strip().casefold() in PLACEHOLDER_AUTHORS


def split_front_matter(text: str) -> tuple[dict[str, str], int]:
    """Split YAML-style front matter off the start of ``text``.

    Returns the ``key: value`` pairs (quotes removed, lists joined with ``", "``) and the
    offset where the body starts; ``({}, 0)`` if ``text`` does not open with a ``---`` line
    that is closed by a later ``---`` or ``...`` line.

    >>> split_front_matter('---\\ntitle: "AI"\\n---\\nBody')
    ({'title': 'AI'}, 20)
    """
    if not text.startswith("---"):
        return {}, 0
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return {}, 0
    offset = len(lines[0]) + 1
    fields: dict[str, str] = {}
    last_key: str | None = None
    for line in lines[1:]:
        offset += len(line) + 1
        stripped = line.strip()
        if stripped in ("---", "..."):
            return fields, min(offset, len(text))
        item = re.match(r"^\s+-\s+(.*)$", line)
        if item and last_key is not None:
            value = _unquote(item.group(1))
            fields[last_key] = f"{fields[last_key]}, {value}" if fields[last_key] else value
            continue
        pair = re.match(r"^([^\s:#][^:]*?)\s*:\s*(.*)$", line)
        if pair:
            last_key = pair.group(1).strip()
            fields[last_key] = _unquote(pair.group(2))
    return {}, 0  # never closed: not front matter


def _unquote(value: str) -> str:
    value = value.strip()
    if value.startswith("[") and value.endswith("]"):
        return ", ".join(_unquote(part) for part in value[1:-1].split(",") if part.strip())
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value


def metadata_from_fields(fields: Mapping[str, str]) -> Metadata:
    """Map labelled values (front matter keys, HTML meta names) onto :class:`Metadata`.

    Labels are looked up case-insensitively in :data:`FIELD_LABELS`; unknown ones are
    ignored, the first value for a field wins, and dates that do not parse are dropped.

    >>> metadata_from_fields({"作者": "NVIDIA", "发布日期": "2026-02-24"})
    Metadata(title=None, author='NVIDIA', publisher=None, date='2026-02-24')
    """
    values: dict[str, str] = {}
    for label, raw in fields.items():
        field = field_of(label)
        value = _clean_value(raw)
        if field is None or field in values or not value:
            continue
        if field == "date":
            date = normalise_date(value)
            if date is None:
                continue
            value = date
        values[field] = value
    return Metadata(**values)


def _clean_value(raw: str) -> str:
    return _unquote(raw.strip().strip("*").strip())


def field_of(label: str) -> str | None:
    """The :class:`Metadata` field a label names: ``发布日期``, ``**Published**``, and a
    bilingual label such as ``公告日期 / Date`` by either of its halves.

    >>> field_of("公告日期 / Date"), field_of("**Subject**"), field_of("Notice reference")
    ('date', 'title', None)
    """
    folded = label.strip().strip("*_").strip().casefold()
    field = FIELD_LABELS.get(folded)
    if field is None and ("/" in folded or "／" in folded):
        halves = (h.strip().strip("*_").strip() for h in re.split(r"[/／]", folded))
        fields = {FIELD_LABELS.get(h) for h in halves} - {None}
        field = fields.pop() if len(fields) == 1 else None
    return field


# an e-mail address after a sender's name: "周报 <weekly@example.org>"
_ADDRESS = re.compile(r"\s*[<＜(（]?\s*[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+\s*[>＞)）]?")
_REPLY = re.compile(r"^(?:(?:re|fw|fwd|转发|回复)\s*[:：]\s*)+", re.IGNORECASE)
# a subject's bracketed lead that names the issue of a serial: 【医疗AI周报 第37期】, not a bare
# column label (【周报】, "[Briefing]")
_ISSUE_NUMBER = re.compile(r"第\s*\d+\s*[期号]|\b(?:issue|no\.)\s*\d", re.IGNORECASE)
_SERIAL = re.compile(
    r"周报|月报|日报|简报|快报|通讯|\b(?:newsletter|digest|bulletin|briefing)\b", re.IGNORECASE
)
_LEAD_BRACKET = re.compile(r"^[【\[](?P<inner>[^】\]]{2,40})[】\]]\s*(?P<rest>.*)$")


def _field_value(field: str, value: str) -> str:
    """A labelled value as the field wants it: a sender without the address, a subject
    without ``Re:`` and with its issue name when a bracket leads it (``【X周报 第3期】要闻``)."""
    if field in ("publisher", "author"):
        value = _ADDRESS.sub("", value).strip(" \"'“”")
        desk = _DESK_AFTER.fullmatch(value)
        return desk.group(1) if desk is not None else value  # X研究所政策研究室: the institute
    if field == "title":
        value = _REPLY.sub("", value)
        lead = _LEAD_BRACKET.match(value)
        if lead:
            inner, rest = lead.group("inner").strip(), lead.group("rest").strip()
            named_serial = _SERIAL.search(inner) and len(_SERIAL.sub("", inner).strip()) >= 2
            return inner if _ISSUE_NUMBER.search(inner) or named_serial or not rest else rest
    return value


# a numbered document title of a digest's list ("一、《P》", "2. 《P》"): the masthead is over
_LISTED_TITLE = re.compile(
    r"\s*(?:#+\s*)?(?:[一二三四五六七八九十]+、|\d+\s*[.、)）]|[（(][一二三四五六七八九十\d]+[)）])\s*《"
)


def stated_metadata(text: str, *, start: int = 0) -> Metadata:
    """Read title, author, publisher and date that the top of a plain-text report states.

    Looks at the first non-blank lines after ``start`` for labelled lines (``作者：X``), a
    short line followed by a date-only line (publisher and date) and markdown headings. For
    each field the statement nearest the top wins. Unless a label names the title, it is a
    heading among the first three lines, else a title-like first line, else the first heading.

    Args:
        text: the document text.
        start: where the body starts (after front matter).

    Returns:
        A :class:`Metadata`; fields the report does not state are ``None``.
    """
    head = list(_head_lines(text, start))
    found: dict[str, str] = {}
    headings: list[tuple[int, str]] = []
    authors: set[str] = set()
    body = False  # a paragraph of prose read: the masthead is over
    for index, line in enumerate(head):
        issuer = _organisation_line(line) if index < _MASTHEAD_LINES else None
        if issuer is not None:
            found.setdefault("publisher", issuer)  # and a date on the line below dates it
        statements = list(_statements(line, head[index + 1] if index + 1 < len(head) else ""))
        is_heading = any(field == "heading" for field, _ in statements)
        if (body and is_heading and headings) or _LISTED_TITLE.match(line):
            break  # a section after the masthead: its "发布部门：" lines are a listed policy's
        body = body or (not is_heading and bool(headings) and len(line) >= _PROSE_LINE)
        for field, value in statements:
            if field == "heading":
                headings.append((index, value))
            else:
                if field == "author" and _AFFILIATION_MARK.search(value):
                    authors |= {"", value}  # "邱海宁⁶": a paper's author, marked to a unit
                    continue
                found.setdefault(field, value)
                authors |= {value} if field == "author" else set()
    if len(authors) > 1:
        # an abstract book's "作者：" of each abstract: none of them is the book's author
        found.pop("author", None)
    if "publisher" not in found and "author" not in found:
        credited = _tail_credit(text, start)  # "（本文来源：X）", "## About X" at the end
        if credited is not None:
            found["publisher"] = credited
    if "date" not in found or ("publisher" not in found and "author" not in found):
        signer, signed = closing_signature(text, start)  # "X公司董事会\n2025年7月8日"
        if signer is not None and "author" not in found:
            found.setdefault("publisher", signer)
        if signed is not None:
            found.setdefault("date", signed)
    if "title" not in found:
        # a heading in the masthead is the title; further down it is a section heading, and
        # a title-like line at the top ("Healthcare AI Survey 2024") is the better guess
        top_line = _masthead_title(head)
        if headings and headings[0][0] < _MASTHEAD_LINES:
            found["title"] = _title_part(headings[0][1])
        elif top_line is not None:
            found["title"] = top_line
        elif headings:
            found["title"] = _title_part(headings[0][1])
    if "publisher" not in found and "author" not in found and found.get("title"):
        owner = title_owner(found["title"])  # X公司投资者关系活动记录表: X's own record
        if owner is not None:
            found["publisher"] = owner
    return Metadata(**found)


def _statements(line: str, following: str) -> Iterator[tuple[str, str]]:
    """The (field, value) pairs one head line states, given the next non-blank line."""
    heading = _HEADING.match(line)
    if heading:
        title = heading.group("text").strip("*").strip()
        if title:
            yield "heading", title
        return
    segments = _label_segments(line)
    if len(segments) > 1:
        for segment in segments:
            if _is_date_line(segment):
                yield "date", str(normalise_date(segment))  # 作者：X｜来源：Y｜2025-11-03
            else:
                yield from _statements(segment, "")
        return
    label = _LABEL_LINE.match(line)
    if label and not _CLOCK.search(line[: label.end("label") + 3]):
        field = field_of(label.group("label"))
        value = _clean_value(label.group("value"))
        if field is None and label.group("label").strip("*_ ").casefold() in _EDITOR_LABELS:
            desk = _EDITING_BODY.match(value)  # 编辑：X研究所 政策追踪组: a body, not a person
            if desk is not None:
                yield "publisher", desk.group("org")
            return
        if field is not None:
            value = _field_value(field, value)
        if field == "date":
            date = normalise_date(value)
            if date is not None:
                yield field, date
            elif _is_organisation_name(value):
                yield "publisher", value  # 发布：中国重症智能医学联盟: who, not when
        elif (
            field is not None
            and value
            and len(value) <= _MAX_VALUE
            and (field == "title" or not _SENTENCE_PUNCT.search(value))
        ):
            yield field, value
        return
    for read in _LINE_READERS:
        found = read(line)
        if found is not None:
            yield from found
            return
    candidate = line.strip("*").strip()
    unit = _UNIT_AFTER.fullmatch(candidate)
    if unit is not None:
        candidate = unit.group(1)  # 朔望医疗咨询 研究部: the firm, not its research desk
    if (
        _following_date(following) is not None
        and _publisher_like(candidate)
        and not _TITLE_OWNER.match(candidate)  # X委员会2025年工作报告: a title, not a credit
        and not _is_date_line(candidate)
        and not _SENTENCE_PUNCT.search(candidate)
    ):
        yield "publisher", candidate
        yield "date", str(_following_date(following))


Statements = list[tuple[str, str]]

# an institute's or a firm's name, then the desk of it that wrote the report
_DESK_AFTER = re.compile(
    r"([\u4e00-\u9fff]{2,24}?(?:研究所|研究院|研究中心|公司|集团|协会|学会|智库))[ \u3000]?"
    r"[\u4e00-\u9fff]{0,6}(?:研究室|研究部|研究组|编辑部|课题组|项目组|团队)"
)
# a firm's name, a space, and the desk of it that wrote the report
_UNIT_AFTER = re.compile(
    r"([\u4e00-\u9fff]{2,20})[ \u3000]+(?:研究部|研究院|研究中心|研究所|事业部|咨询部|数据部|分析部"
    r"|研究团队|研究组|分析师团队|行业研究部)"
)

# an editor's line names a person (编辑：张三) or, in a digest, the body that edits it
_EDITOR_LABELS = frozenset({"编辑", "编辑部", "editor", "editors", "edited by", "compiled by"})
_EDITING_BODY = re.compile(
    r"^(?P<org>[\u4e00-\u9fff（）()]{2,30}?(?:研究所|研究院|研究中心|中心|协会|学会|联盟|委员会"
    r"|智库|编辑部|公司|集团|杂志社|出版社)|[A-Z][\w&.\- ]{2,60}?\b(?:Institute|Centre|Center"
    r"|Association|Society|Group|Research|Press|Council))(?:\s|$)"
)

# a title that opens with the full name of who made the document, then what kind it is
_TITLE_OWNER = re.compile(
    r"^(?P<org>[\u4e00-\u9fff（）()]{2,30}?(?:股份有限公司|有限责任公司|有限公司|集团|研究院|研究所"
    r"|协会|学会|医院|委员会|卫生健康委|人民政府|管理局|基金会|办公室|新闻办|局|厅))\s*(?:\d{4}年?度?)?"
    r"(?:关于[^，,。；;]{2,40}?的)?"  # X公司关于全资子公司对外投资的公告
    r"(?:投资者关系活动记录表|年度报告|年报|半年度报告|季度报告|社会责任报告|ESG报告|工作总结|工作报告"
    r"|白皮书|招商手册|手册|简报|公告|报告|新闻发布会实录|发布会实录|新闻发布会|情况通报|通报)"
)
# a company's profile titled by its trade name: 启元健康科技 公司简介
_TITLE_PROFILE = re.compile(
    r"^(?P<org>[\u4e00-\u9fff]{2,12}?(?:科技|医疗|健康|智能|医药|生物|信息|数据|软件))\s*"
    r"(?:公司简介|企业简介|公司介绍|企业介绍|公司概况)$"
)
# an English title opening with who made it: "Harborline Health Accelerator: Meet Cohort Seven"
_EN_TITLE_OWNER = re.compile(r"^(?P<org>[A-Z][^:|–—]{2,80}?)\s*(?::|\s[|–—]\s)\s*\S")


def title_owner(title: str) -> str | None:
    """The organisation a title names as the maker of the document: ``X公司2024年年度报告``,
    ``X公司关于…的公告``, ``X科技 公司简介``, "X Institute: Annual Review"."""
    own = _TITLE_OWNER.match(title) or _TITLE_PROFILE.match(title)
    if own is not None:
        return own.group("org")
    english = _EN_TITLE_OWNER.match(title)
    if english is not None and _organisation_line(english.group("org")) is not None:
        return english.group("org").strip()
    return None


_TAIL_LINES = 6  # a closing credit stands among the last non-blank lines
# "（本文来源：X，转载请注明出处）", "资料来源：X": who the text comes from, said at its end
_TAIL_SOURCE = re.compile(
    r"^[\s*_>]*[（(【\[]?\s*(?:本文|文章|原文|稿件|内容|全文)?(?:来源|出处|来自|供稿|出品)\s*[：:|｜]\s*"
    r"(?P<name>[^，,；;。）)】\]\s|｜]{2,40})"
)
_AFFILIATION_MARK = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]|\[\d\]")  # 唐思远¹, Li Wei[2]: a unit's mark
# "本汇编由X学术部编印", "本报告由X编制": who made the document, said in its closing lines
_MADE_BY = re.compile(
    r"^[\s*_>（(]*本(?:汇编|报告|白皮书|手册|指南|蓝皮书|简报|文件|资料|刊|书|图谱)由\s*"
    r"(?P<name>[\u4e00-\u9fffA-Za-z（）()·]{2,40}?)"
    r"(?:学术部|秘书处|办公室|编辑部|研究部|宣传部|信息中心|秘书组|编写组)?\s*"
    r"(?:联合)?(?:编印|编制|编写|编撰|编著|发布|出品|印发|整理|撰写|主编)"
)
# a release's boilerplate: "## About Corvane Health", "关于澜石健康", "**About X**"
_ABOUT = re.compile(r"^[\s#*_]*(?:About|关于)\s*(?P<name>[^#*_:：]{2,60}?)[\s*_:：]*$")
_NOT_ABOUT = re.compile(r"^(?:the|this|these|our|us|we|me|本|我们|作者|the authors?)\b", re.I)
# the words of a byline label written with a bar: "文 | 周岚", "撰文/X"
_BAR_BYLINE = re.compile(r"^[\s*_]*(?:文|撰文|文字|撰稿|编译|作者)\s*[|｜/丨]\s*(?P<rest>\S.*)$")


# a closing date line, which may say the act: "2025年9月15日印发"
_SIGNED_DATE = re.compile(r"^(?P<date>.+?)\s*(?:印发|发布|发文|签发|制定|修订)?$")
# a board or office signing for the organisation it is part of: X公司董事会, X医院办公室
_SIGNING_UNIT = re.compile(r"(?<=[\u4e00-\u9fff）)])(?:董事会|监事会|办公室|党委办公室|院办)$")


def closing_signature(text: str, start: int = 0) -> tuple[str | None, str | None]:
    """(organisation, date) of a Chinese document's closing signature: a line that is only an
    organisation's name (X公司董事会, X医院办公室), then a line that is only a date
    (``2025年7月8日``, ``2025年9月15日印发``), among its last lines."""
    lines = [line.strip().strip("*_ ") for line in text[start:].splitlines() if line.strip()]
    tail = lines[-_TAIL_LINES:]
    for above, below in reversed(list(itertools.pairwise(tail))):
        dated = _SIGNED_DATE.match(below)
        if dated is None or not _is_date_line(dated.group("date")):
            continue
        date = normalise_date(dated.group("date"))
        for owner in (_SIGNING_UNIT.sub("", above), above):
            if _ZH_ORGANISATION.fullmatch(owner):
                return owner, date
        return None, None  # a date under a sentence closes the text; it signs nothing
    return None, None


def _tail_credit(text: str, start: int) -> str | None:
    """The organisation a report's closing lines credit: a source line, or the "About X"
    section a press release ends with (the last such heading, which is the issuer's)."""
    lines = [line.strip() for line in text[start:].splitlines() if line.strip()]
    tail = lines[-_TAIL_LINES:]
    for line in reversed(tail):
        source = _TAIL_SOURCE.match(line)
        if source is not None:
            return _clean_value(source.group("name"))
        made = _MADE_BY.match(line)
        if made is not None and _ZH_ORGANISATION.fullmatch(made.group("name")):
            return made.group("name")
    for line in reversed(lines[-4 * _TAIL_LINES :]):
        about = _ABOUT.match(line)
        if about is None or (not _HEADING.match(line) and not line.startswith(("*", "_"))):
            continue
        name = about.group("name").strip()
        if not _NOT_ABOUT.match(name) and not _SENTENCE_PUNCT.search(name):
            return name
    return None


def _bar_byline(line: str) -> Statements | None:
    """``文 | 周岚　澜石健康研究院``: a byline whose label stands before a bar."""
    match = _BAR_BYLINE.match(line)
    if match is None:
        return None
    return list(_statements("作者：" + match.group("rest"), ""))


def _first_published(line: str) -> Statements | None:
    """``首发于“X”专栏``, "First published in X": X publishes it."""
    venue = _FIRST_PUBLISHED.match(line.strip("*_ "))
    return [("publisher", (venue.group("name") or venue.group("en")).strip())] if venue else None


def _wire_dateline(line: str) -> Statements | None:
    """ "BOSTON, March 4, 2025 /PRNewswire/ --": the date of a wire release."""
    dateline = _DATELINE.match(line)
    if dateline is None:
        return None
    date = normalise_date(dateline.group("date"))
    return [("date", date)] if date is not None else []


def _form_row(line: str) -> Statements | None:
    """``编制单位<TAB>X``: a form's row, read as the labelled line it is."""
    form = _FORM_ROW.match(line)
    if form is None or not field_of(form.group("label")):
        return None
    return list(_statements(f"{form.group('label')}：{form.group('value')}", ""))


def _wechat_credit(line: str) -> Statements | None:
    """``原创 账号 机构 2025年5月20日 09:30 浙江``: the owner (else the account) and the date."""
    candidate = line.strip("*").strip()
    wechat = _WECHAT_CREDIT.match(candidate)
    if wechat is None or not (candidate.startswith("原创") or wechat.group("time")):
        return None
    names = wechat.group("names").split()
    owner = [n for n in names if _is_organisation_name(n)]
    return [
        ("publisher", owner[-1] if owner else names[0]),
        ("date", str(normalise_date(wechat.group("date")))),
    ]


def _name_then_verb(line: str) -> Statements | None:
    """``X研究院 编著`` (an author), ``X研究院 出品`` (a publisher)."""
    made = _NAME_THEN_VERB.match(line.strip("*").strip())
    if made is None or not _is_organisation_name(made.group("name")):
        return None
    field = "author" if made.group("verb") in ("编著", "编写", "撰写", "主编") else "publisher"
    return [(field, made.group("name"))]


def _name_then_date(line: str) -> Statements | None:
    """``X研究院 2025年6月``: the publisher and the date."""
    named = _NAME_THEN_DATE.match(line.strip("*").strip())
    if (
        named is None
        or not _is_organisation_name(named.group("name"))
        or not _is_date_line(named.group("date"))
    ):
        return None
    return [("publisher", named.group("name")), ("date", str(normalise_date(named.group("date"))))]


def _following_date(line: str) -> str | None:
    """The date of a line that is only a date, or only a labelled date (``Issued: 3 July 2025``)."""
    if not line:
        return None
    if _is_date_line(line):
        return normalise_date(line)
    label = _LABEL_LINE.match(line)
    if label and field_of(label.group("label")) == "date":
        value = _clean_value(label.group("value"))
        return normalise_date(value) if _is_date_line(value) else None
    return None


def _publisher_like(line: str) -> bool:
    """A short line that can name who publishes: a few Chinese characters, or a few capitalised
    English words (``Northmarch Therapeutic Products Authority``)."""
    if len(line) <= _MAX_PUBLISHER_LINE:
        return True
    words = line.split()
    return (
        line.isascii()
        and len(line) <= _MAX_PUBLISHER_LINE * 3
        and len(words) <= 8
        and all(w[0].isupper() or w.casefold() in _NAME_PARTICLES for w in words)
    )


# where a piece first appeared: 首发于“X”专栏, "First published in X"
_FIRST_PUBLISHED = re.compile(
    r"^(?:首发于|首发|原载于|原文刊于|刊载于|刊于|发表于|转载自|来自)\s*[“\"《「『]?"
    r"(?P<name>[^“”\"《》「」『』\s]{2,30}?)[”\"》」』]?\s*(?:专栏|公众号|微信公众号|杂志|期刊|网站|官网)?$"
    r"|^(?:first|originally)\s+(?:published|appeared)\s+(?:in|on|by)\s+(?:the\s+)?"
    r"(?P<en>[A-Z][\w&'\- ]{2,60}?)\.?$",
    re.IGNORECASE,
)
# an act of publishing that ends with its date: "Filed with the SEC on 27 February 2026",
# "Prepared by the X Institute, 9 October 2025"
_DATED_ACT = re.compile(
    r"^(?P<verb>filed|published|released|issued|posted|updated|submitted|dated|prepared|compiled"
    r"|written)\b(?P<middle>.{0,100}?)(?:\s+on|,)\s+(?P<date>[^,]{4,30}?)\s*\.?$",
    re.IGNORECASE,
)
_AUTHORING = frozenset({"prepared", "compiled", "written"})


def _dated_act(line: str) -> list[tuple[str, str]] | None:
    """Date (and, for "Prepared by X, date", author) of a line that states an act and its date."""
    match = _DATED_ACT.match(line.strip("*_ ").strip())
    if match is None or not _is_date_line(match.group("date")):
        return None
    found = [("date", str(normalise_date(match.group("date"))))]
    middle = match.group("middle").strip()
    by = re.match(r"^by\s+(?:the\s+)?(?P<name>[^,;]{2,80})(?:[,;].*)?$", middle, re.IGNORECASE)
    if match.group("verb").casefold() in _AUTHORING and by and _publisher_like(by.group("name")):
        found.insert(0, ("author", by.group("name").strip()))
    return found


def _verb_dated(line: str) -> Statements | None:
    """ "更新于 2025年10月 / Updated October 2025", "Published March 2026": the document's date,
    after the verb that says which date it is (in one script or two)."""
    halves = [h for h in re.split(r"\s+/\s+|\s*｜\s*", line.strip("*_ ").strip()) if h]
    if not 1 <= len(halves) <= 2 or not all(_DATE_VERB.match(h) for h in halves):
        return None
    dates = {normalise_date(_DATE_VERB.sub("", h).strip()) for h in halves}
    if len(dates) != 1 or None in dates:
        return None
    return [("date", str(dates.pop()))]


def _label_segments(line: str) -> list[str]:
    """Cut a line holding several labelled values (``来源：X 发布时间：Y 记者：Z``) at its labels.

    A line of parts cut by ``|``, ``·`` or ``｜`` (``作者：X｜首发于“Y”｜2025/07/03``) is cut there
    first when a part is labelled. Only labels of :data:`FIELD_LABELS` and
    :data:`BYLINE_LABELS` after a space or ``|`` cut.
    """
    parts = [p.strip().strip("*_").strip() for p in _CREDIT_SEP.split(line.strip())]
    if len(parts) > 1 and any(_labelled(p) for p in parts):
        # unlabelled neighbours stay together: "X研究所 | 2025年4月18日 | 分析师：Y" credits X
        groups: list[list[str]] = []
        for part in filter(None, parts):
            if _labelled(part) or not groups or _labelled(groups[-1][-1]):
                groups.append([part])
            else:
                groups[-1].append(part)
        return [piece for group in groups for piece in _label_segments(" | ".join(group))]
    cuts = [
        match.start("label")
        for match in _INNER_LABEL.finditer(line)
        if _is_field_label(match.group("label")) and match.start("label") > 0
    ]
    if not cuts:
        return [line]
    bounds = [0, *cuts, len(line)]
    pieces = (line[a:b].strip().strip("|｜").strip() for a, b in itertools.pairwise(bounds))
    return [piece for piece in pieces if piece]


_BYLINE_LEAD = re.compile(r"^(?:by|prepared by|written by|compiled by|edited by)\s+", re.I)


def _reads_as_words(credit: str) -> bool:
    """ "We met, talked and left": Latin words in lower case (not "of", "and") are no name."""
    words = _BYLINE_LEAD.sub("", credit).split()
    lower = [w for w in words if w[:1].islower() and w.casefold() not in _NAME_PARTICLES]
    return credit.isascii() and len(lower) >= 2


_DASH_SEP = re.compile(r"\s+[-–—|·•]\s+")
_READ_TIME = re.compile(r"^\d+\s*(?:min|mins|minute|minutes)(?:\s+read)?$", re.I)
_VENUE_TAIL = re.compile(
    r"\s+(?:(?:engineering|tech|technology|research|product|data|company|corporate)\s+)?"
    r"(?:blog|newsroom|news|journal|insights)$",
    re.I,
)


def _dash_byline(line: str) -> Statements | None:
    """ "By Ana Ruiz, Staff Engineer - Dorvale Health Engineering Blog - 3 March 2026 - 9 min
    read": a blog post's author, the organisation whose blog it is, and the date."""
    stripped = line.strip().strip("*_").strip()
    if not _BYLINE_LEAD.match(stripped):
        return None
    parts = [p.strip() for p in _DASH_SEP.split(stripped)]
    parts = [p for p in parts if not _READ_TIME.match(p)]
    dated = [i for i, p in enumerate(parts) if _is_date_line(p)]
    venues = [i for i, p in enumerate(parts) if i and _VENUE_TAIL.search(p)]
    if len(parts) < 3 or len(dated) != 1 or len(venues) != 1:
        return None
    author = _BYLINE_LEAD.sub("", parts[0]).split(",")[0].strip()
    venue = _VENUE_TAIL.sub("", parts[venues[0]]).strip()
    date = normalise_date(parts[dated[0]])
    if not author or not venue or date is None:
        return None
    return [("author", author), ("publisher", venue), ("date", date)]


def _credit_and_date(line: str) -> list[tuple[str, str]] | None:
    """Publisher (or ``By`` author) and date of a credit line: ``Name | March 2025``,
    ``Institute · Research blog · 22 May 2025``, ``News provided by X · Mar 04, 2025, 08:00 ET``,
    ``X Securities | Equity Research | Healthcare Technology | 9 September 2025``.

    The parts are cut at `` | ``, `` · ``, `` • `` or ``｜``; one part is a date (a time of day
    may follow it), the first other part names who wrote or published it, and any others are
    short labels (a kind of report, a sector, a place).
    """
    parts = [part.strip() for part in _CREDIT_SEP.split(line.strip().strip("*_").strip())]
    if not 2 <= len(parts) <= _MAX_CREDIT_PARTS:
        return None
    dated = [
        i for i, part in enumerate(parts) if _is_date_line(_TIME.sub("", _DATE_VERB.sub("", part)))
    ]
    if len(dated) != 1:
        return None
    date = normalise_date(parts[dated[0]])
    others = [part for i, part in enumerate(parts) if i != dated[0]]
    # "Policy Brief No. 14 | X Institute | September 2025": a serial's label may come first
    named = [part for part in others if _organisation_line(part) is not None]
    first = named[0] if named and _SERIAL_LABEL.match(others[0]) else others[0]
    # beside the credit, only labels may stand: the kind of report, its sector, a place
    if date is None or not all(
        _CREDIT_LABEL.fullmatch(part) or _SERIAL_LABEL.match(part)
        for part in others
        if part is not first
    ):
        return None
    credit = _CODE_NOTE.sub("", _PROVIDED_BY.sub("", first)).strip("*_ ").strip()
    venue = _FIRST_PUBLISHED.match(credit)
    if venue:
        credit = (venue.group("name") or venue.group("en")).strip()
    if (
        not credit
        or len(credit) > _MAX_PUBLISHER_LINE * 3
        or _SENTENCE_PUNCT.search(credit)
        or credit.casefold() in _NOT_CREDITS
        or _reads_as_words(credit)
    ):
        return None
    byline = _BYLINE.match(credit)
    if byline:
        return [("author", credit[byline.end() - 1 :].strip()), ("date", date)]
    return [("publisher", credit), ("date", date)]


# a masthead line that is only the name of who issues the document: "X科技股份有限公司（证券代码：
# 688001）", "XYZ HEALTH SYSTEMS, INC.", "X省医学会": the publisher, never the title
_ZH_ORGANISATION = re.compile(
    r"[\u4e00-\u9fffA-Za-z0-9·（）()]{2,40}?"
    r"(?:公司|集团|协会|学会|分会|联盟|联合会|委员会|研究院|研究所|研究中心|质量控制中心|质控中心|医院"
    r"|协作组|工作组|专家组|编写组|写作组|协作网"
    r"|大学|学院|基金会|商会"
    r"|管理局|监督管理局|卫生健康委|卫健委|办公厅|办公室|人民政府|局|厅|部)"
)
# the last word of an English organisation's name that has no legal form
_EN_ORG_HEAD = re.compile(
    r"\b(?:Institute|Foundation|Association|Society|Accelerator|Incubator|Center|Centre|Council"
    r"|Agency|Authority|Commission|University|College|Hospital|Health System|Alliance|Consortium"
    r"|Academy|Ministry|Department|Collaborative|Trust|Network|Labs|Laboratory|Partners|Capital"
    r"|Ventures|Group|Holdings)(?:\s+(?:for|of|on)(?:\s+(?:and|&|the)?\s*[A-Z][\w&'-]*)+)?$"
)
_EN_LEGAL_END = re.compile(
    r"(?:,?\s+(?:inc|incorporated|ltd|limited|llc|corp|corporation|plc|gmbh|ag|s\.a|b\.v|n\.v"
    r"|co\.,?\s+ltd))\.?$",
    re.IGNORECASE,
)
# a hospital's or university's department signing for it: X医院放射科 is X医院's
_DEPARTMENT = re.compile(r"^(.{2,30}?(?:医院|大学|学院))[\u4e00-\u9fff]{1,6}?(?:科|系|部|室)$")
_CODE_NOTE = re.compile(
    r"\s*[（(][^（）()]{0,30}(?:代码|code|ticker)[^（）()]{0,30}[)）]"
    r"|\s*[（(](?:NASDAQ|NYSE|HKEX|SEHK|SSE|SZSE|LSE|TSX|ASX|SGX|KOSDAQ|TWSE)\s*[:：]\s*[\w.]{1,10}[)）]",
    re.I,
)


_LATIN_THEN_CJK = re.compile(
    r"(?P<en>[A-Za-z][\x20-\x7e]{2,80}?)\s+(?P<zh>[\u4e00-\u9fff][^\x00-\x7f]{1,40})"
)


def _is_organisation_name(name: str) -> bool:
    """A Chinese name ending with an organisation's word, or a name with a legal form."""
    return bool(_ZH_ORGANISATION.fullmatch(name)) or _organisation_line(name) is not None


def _organisation_line(line: str) -> str | None:
    """The name a masthead line consists of, when it is only an organisation's name.

    A Chinese name ending with an organisation's word (公司, 协会, 委员会, 医院…), an English
    name of capitalised words ending with a legal form (``Inc.``, ``Co., Ltd.``); a stock code
    in brackets and a translation after `` / `` may follow.
    """
    stripped = _CODE_NOTE.sub("", line.strip().strip("*_#").strip())
    halves = [h.strip() for h in re.split(r"\s*/\s+|\s+/\s*", stripped)]
    name = _CODE_NOTE.sub("", halves[0]).strip()
    if _ZH_ORGANISATION.fullmatch(name):
        return name
    both = _LATIN_THEN_CJK.fullmatch(name)
    if both is not None and _ZH_ORGANISATION.fullmatch(both.group("zh")):
        # "Yunhe Medical AI Holdings Limited 云禾医疗人工智能控股有限公司": one name, two scripts
        return _organisation_line(both.group("en")) or both.group("zh")
    names = [_DEPARTMENT.sub(r"\1", n) for n in re.split(r"[\s、]+", name) if n]
    if len(names) > 1 and all(_ZH_ORGANISATION.fullmatch(n) for n in names):
        return "、".join(names)  # 甲学会　乙质控中心: bodies that issue it together
    words = name.replace(",", " ").split()
    if (
        name.isascii()
        and (_EN_LEGAL_END.search(name) or _EN_ORG_HEAD.search(name))
        and 2 <= len(words) <= 10
        and all(w[0].isupper() or w.casefold() in _NAME_PARTICLES for w in words)
    ):
        return name
    return None


def _masthead_title(head: list[str]) -> str | None:
    """The first title-like line among the first lines, past kickers, dates and bylines.

    A kicker (``POLICY BRIEF``, an all-caps category label) is skipped only when a
    title-like line follows it in the masthead; otherwise it is all the title there is.
    """
    kicker: str | None = None
    for line in head[:_MASTHEAD_LINES]:
        if _organisation_line(line) is not None:
            continue  # who issues it, above the title
        title = _first_line_title(line)
        if title is None:
            if _is_byline(line) or _is_date_line(line) or _LABEL_LINE.match(line):
                continue
            break  # body text: the masthead is over
        if _is_kicker(title):
            kicker = kicker or title
            continue
        return _title_part(title)
    return kicker


def _first_line_title(line: str) -> str | None:
    first = line.strip("*").strip()
    label = _LABEL_LINE.match(first)
    if (
        _MIN_TITLE <= len(first) <= _MAX_TITLE
        and not (label and _is_field_label(label.group("label")))
        and not _is_byline(first)
        and not _is_date_line(first)
        and not _SENTENCE_PUNCT.search(first)
        and not first.endswith(".")  # a sentence of the body, not a title
    ):
        return first
    return None


def _is_field_label(label: str) -> bool:
    """True for a label that names a metadata field or a byline (``作者``, ``Editor``)."""
    folded = label.strip().strip("*_").strip().casefold()
    return field_of(label) is not None or folded in BYLINE_LABELS


def _labelled(part: str) -> bool:
    """Does *part* open with a metadata or byline label (``来源：X``, ``**Published:** …``)?"""
    label = _LABEL_LINE.match(part)
    return bool(label) and _is_field_label(label.group("label"))


def _is_byline(line: str) -> bool:
    """True for a credit line: ``By …``, ``Prepared by …``, ``Editor: …``, ``记者：…``."""
    stripped = line.strip().strip("*").strip()
    if _BYLINE.match(stripped) or _credit_and_date(stripped) is not None:
        return True
    label = _LABEL_LINE.match(stripped)
    return bool(label) and _is_field_label(label.group("label"))


def _is_kicker(line: str) -> bool:
    """True for an all-caps category label such as ``POLICY BRIEF`` or ``WHITE PAPER``."""
    words = line.split()
    letters = [char for char in line if char.isalpha()]
    return (
        len(words) <= _MAX_KICKER_WORDS
        and bool(letters)
        and all(char.isascii() and char.isupper() for char in letters)
    )


def _title_part(title: str) -> str:
    """The title before a `` | `` separator (``Report | Site``, ``English | 中文``), or before
    the `` / `` between a title and its translation (``中文标题 / English Title``).

    Only a spaced ASCII bar separates: ``企业档案｜公司名`` is one title; a slash only when one
    side is Chinese and the other is not (``AI / ML in Care`` is one title).
    """
    first = title.split(" | ", 1)[0].strip()
    if len(first) < _MIN_TITLE:
        return title
    halves = first.split(" / ", 1)
    if len(halves) == 2 and _has_cjk(halves[0]) != _has_cjk(halves[1]):
        lead = halves[0].strip()
        return lead if len(lead) >= _MIN_TITLE else first
    return first


def _has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


_PROSE_LINE = 40  # characters of a line that is body prose, not a masthead's line


def _head_lines(text: str, start: int) -> Iterator[str]:
    """The first :data:`_HEAD_LINES` non-blank lines from ``start``, stripped."""
    count = 0
    position = start
    while position <= len(text) and count < _HEAD_LINES:
        end = text.find("\n", position)
        end = len(text) if end == -1 else end
        line = text[position:end].strip()
        position = end + 1
        if line:
            count += 1
            yield line


def _is_date_line(line: str) -> bool:
    """True if ``line`` is only a date (``2023年12月``, ``March 2024``, ``2025-01-07``)."""
    stripped = line.strip().strip("*").strip()
    if not stripped or normalise_date(stripped) is None:
        return False
    both = _TWO_SCRIPTS_DATE.fullmatch(stripped)
    if both and normalise_date(both.group("zh")) == normalise_date(both.group("en")):
        return _is_date_line(both.group("zh"))  # "2025年6月 June 2025": one date, twice written
    for pattern in _DATE_PATTERNS[:-1]:
        match = pattern.fullmatch(stripped)
        if match and _iso(match) is not None:
            return True
    return False


_TWO_SCRIPTS_DATE = re.compile(r"(?P<zh>[\d\s年月日]+?[年月日])\s*(?:/\s*)?(?P<en>[A-Za-z0-9 ,.]+)")
# "Released by Northlight Audio." inside a head line of several sentences
_RELEASED_BY = re.compile(
    r"(?:^|[.;]\s+)(?:Released|Produced|Published|Presented|Distributed|Brought to you)\s+by\s+"
    r"(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|for|and|&)){0,6})\s*(?:[.;,]|$)"
)


def _released_by(line: str) -> Statements | None:
    """``Recorded 9 June 2025. Released by Northlight Audio.``: who puts the piece out."""
    match = _RELEASED_BY.search(line.strip("*_ "))
    if match is None:
        return None
    return [("publisher", match.group("name").strip().rstrip("."))]


# the readers of a head line that is no labelled line, tried in order; the first that reads the
# line says all it states
_LINE_READERS: tuple[Callable[[str], Statements | None], ...] = (
    _bar_byline,
    _dash_byline,
    _credit_and_date,
    _first_published,
    _dated_act,
    _verb_dated,
    _wire_dateline,
    _form_row,
    _wechat_credit,
    _released_by,
    _name_then_verb,
    _name_then_date,
)
