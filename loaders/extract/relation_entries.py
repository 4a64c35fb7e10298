"""The labelled lines of an entry a heading names: ``### 1. 《P》`` then ``- 发布部门：X``.

A policy digest gives each policy a heading and lists its facts as labelled lines under it
(``发布部门：国家医疗保障局``, ``发布时间：2024年3月12日``); a case collection does the same for a
case's offering (``部署医院：X医院``, ``研发企业：Y公司``). :func:`entry_fields` ties the names and
dates of those lines to the one policy, report or offering the heading names:

- an issuer (``发布部门``, ``发文机关``, "Issued by"): a policy ``issuedBy``, a report
  ``publishedBy`` each organisation named;
- a date (``发布时间``, ``印发日期``, "Date"): ``issuedOn`` the first date;
- a maker (``研发企业``, ``开发商``, "Developer"): each organisation ``develops`` the offering;
- a site (``部署医院``, ``应用医院``, ``代表用户``, "Deployed at"): the offering ``deployedAt``
  each hospital;
- what is built on it (``基于平台的模型``, "Models on the platform"): each offering ``basedOn``
  the entry's, and what it is built on (``底座``, "Foundation"): the entry's ``basedOn`` each.
A label may carry its other language's words (``代表用户 Reference sites``).

An ecosystem map lists what is built on a platform as the items of the platform's section
(``## 1. 远瞻云ICU平台`` then ``- 澜脉脓毒症预警模型 (Lanmai SepsisNet)：…``): an item that opens
with a product's or a model's name and a colon is ``basedOn`` the platform of the heading.

A heading that names no such thing, or several, owns no lines; the lines run to the next
heading.

A case's record may name its offering in a field of its own instead
(``企业：X 产品：Y 应用医院：A、B``, on one line or on consecutive lines):
:func:`record_fields` ties its maker and sites to the offering of the product field.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Iterator, Sequence
from dataclasses import replace
from itertools import pairwise

from medatlas.loaders.document import Block
from medatlas.loaders.extract.entity_common import word_list
from medatlas.loaders.extract.folding import fold
from medatlas.loaders.extract.model import Mention, RelationCandidate
from medatlas.loaders.extract.relation_context import find_dates
from medatlas.loaders.extract.relation_engine import CLASS_GROUPS
from medatlas.loaders.extract.relation_sections import ADOPTERS
from medatlas.loaders.readers.metadata import field_of

__all__ = ["ENTRY_CONFIDENCE", "entry_fields", "record_fields", "title_line"]

ENTRY_CONFIDENCE = 0.7
_ORG = frozenset(CLASS_GROUPS["ORG"])
_OFF = frozenset(CLASS_GROUPS["OFF"])
_DOCS = frozenset({"Policy", "Report"})
_SITES = frozenset({"Hospital"})
_LINE = re.compile(
    r"[\s>*•·\-–]*(?:\*\*)?(?P<label>[^：:\n*]{2,14}?(?:\s+[A-Za-z][A-Za-z ]{1,28}?)?)\s*(?:\*\*)?"
    r"[：:]\s*(?:\*\*)?\s*(?P<value>\S)"
)
_MAKER_LABELS = word_list(
    "研发企业 研发单位 开发企业 开发商 厂商 生产企业 研发方 供应商"
    " developer maker manufacturer vendor"
)
_MAKER = re.compile("|".join(_MAKER_LABELS), re.IGNORECASE)
_SITE = re.compile(
    r"部署医院|应用医院|落地医院|试点医院|上线医院|使用医院|应用机构|部署机构|落地机构|落地单位|建设单位"
    r"|deployed at|deployment sites?|pilot sites?|\bsites\b|标杆医院|" + ADOPTERS,
    re.IGNORECASE,
)
# what is built on the offering (基于平台的模型：A、B) and what it is built on (底座：基于X)
_BUILT_ON_IT = re.compile(
    r"基于平台的|平台上的(?:模型|应用)|代表性?应用|主要应用|models on the platform|apps built on",
    re.IGNORECASE,
)
_FOUNDATION = re.compile(r"底座|基座|底层平台|foundation|built on|underlying", re.IGNORECASE)


def entry_fields(
    text: str, blocks: Sequence[Block], mentions: Sequence[Mention]
) -> Iterator[RelationCandidate]:
    """Relations the labelled lines under a heading state of the one thing it names."""
    subject: Mention | None = None
    opened = False  # a heading read whose entry has not named its subject yet
    for block in blocks:
        if block.kind == "heading" or title_line(text, block, mentions):
            subject = _entry_subject(block, mentions)
            opened = subject is None
            continue
        if block.kind not in ("list_item", "paragraph"):
            continue
        if block.kind == "list_item" and subject is not None and subject.cls == "Platform":
            yield from _item_on_platform(text, block, mentions, subject)
        for part in _lines(block):
            line = _LINE.match(text, part.start, part.end)
            if line is None:
                continue
            subject, opened = yield from _entry_line(text, part, line, mentions, subject, opened)


# what may open an item before the name it is about: bullets, numbering, markup
_ITEM_LEAD = re.compile(r"[\s>*•·\-–\d.、)）]*(?:\*\*)?[“\"《]?")
# what follows that name: its other language's name in brackets, then a colon or a dash
_ITEM_NAME_END = re.compile(
    r"[”\"》]?(?:\*\*)?\s*(?:[（(][^（）()\n]{1,40}[)）])?\s*(?:\*\*)?\s*[：:—–-]"
)


def _item_on_platform(
    text: str, block: Block, mentions: Sequence[Mention], platform: Mention
) -> Iterator[RelationCandidate]:
    """ "- 澜脉脓毒症预警模型 (Lanmai SepsisNet)：…" under a heading naming a platform: an
    ecosystem map lists what is built on the platform as the items of its section."""
    lead = _ITEM_LEAD.match(text, block.start, block.end)
    at = lead.end() if lead else block.start
    first = [m for m in mentions if m.start == at and m.end <= block.end]
    if not first:
        return
    item = max(first, key=lambda m: m.end)
    if item.cls not in ("Product", "AIModel") or (item.name or item.text) == (
        platform.name or platform.text
    ):
        return
    if _ITEM_NAME_END.match(text, item.end, block.end):
        yield _candidate(item, "basedOn", platform, block)


def _lines(block: Block) -> Iterator[Block]:
    """The lines of a block: a paragraph may hold several labelled lines (发布部门：…\n要点：…)."""
    offset = block.start
    for piece in block.text.split("\n"):
        if piece.strip():
            yield replace(block, text=piece, start=offset, end=offset + len(piece))
        offset += len(piece) + 1


def _entry_line(
    text: str,
    block: Block,
    line: re.Match[str],
    mentions: Sequence[Mention],
    subject: Mention | None,
    opened: bool,
) -> Generator[RelationCandidate, None, tuple[Mention | None, bool]]:
    """The relations one labelled line states of the entry's subject; the subject and whether
    the entry still waits for one, after the line."""
    if subject is None and opened:
        # "案例2 骨科导航机器人在X医院的应用" then "企业与产品：Y公司推出的“Z”…": the entry's
        # first labelled line names its offering first (what it runs on comes after)
        offerings = [
            m for m in mentions if line.start("value") <= m.start < block.end and m.cls in _OFF
        ]
        subject = min(offerings, key=lambda m: m.start) if offerings else None
        opened = False
        if subject is not None and _BUILT_ON_IT.search(line.group("label")):
            return subject, opened  # "基于平台的应用：A基于B开发": no heading says on what
    if subject is None:
        return subject, opened
    label, at = line.group("label"), line.start("value")
    inside = [m for m in mentions if at <= m.start and m.end <= block.end]
    if subject.cls in _DOCS and field_of(label) == "publisher":
        predicate = "issuedBy" if subject.cls == "Policy" else "publishedBy"
        for m in inside:
            if m.cls in _ORG:
                yield _candidate(subject, predicate, m, block)
    elif subject.cls in _DOCS and field_of(label) == "date":
        dates = find_dates(text, at, block.end)
        if dates:
            yield RelationCandidate(
                subject,
                "issuedOn",
                None,
                block.start,
                block.end,
                ENTRY_CONFIDENCE,
                "entry-field",
                date=dates[0][2],
            )
    elif subject.cls in _OFF and _MAKER.search(label):
        for m in inside:
            if m.cls in _ORG:
                yield _candidate(m, "develops", subject, block)
    elif subject.cls in _OFF and _SITE.search(label):
        for m in inside:
            if m.cls in _SITES:
                yield _candidate(subject, "deployedAt", m, block)
    elif subject.cls in _OFF and _BUILT_ON_IT.search(label):
        for m in inside:
            if m.cls in _OFF and m.name != subject.name:
                yield _candidate(m, "basedOn", subject, block)
    elif subject.cls in _OFF and _FOUNDATION.search(label):
        for m in inside:
            if m.cls in _OFF and m.name != subject.name:
                yield _candidate(subject, "basedOn", m, block)
    return subject, opened


# what may stand around a title on a line of its own: numbering, bullets, markup, brackets
_TITLE_LINE_EXTRA = re.compile(r"[\s\d一二三四五六七八九十.、)）(（*#>•·\-–—《》“”\"]*")


def title_line(text: str, block: Block, mentions: Sequence[Mention]) -> bool:
    """Is the block a line holding only one policy's or report's title (``1. 《P》`` in a plain
    text digest, or after its issuers and a colon, ``五、A省卫生健康委员会 A省医疗保障局：《P》``),
    so the labelled lines under it are that document's, as under a heading?"""
    if block.kind not in ("list_item", "paragraph") or "\n" in block.text.strip():
        return False
    docs = [m for m in mentions if block.start <= m.start and m.end <= block.end and m.cls in _DOCS]
    if len(docs) != 1:
        return False
    doc = docs[0]
    issuers = sorted(
        (m for m in mentions if block.start <= m.start and m.end <= doc.start and m.cls in _ORG),
        key=lambda m: m.start,
    )
    colon = _ISSUER_COLON.match(text, issuers[-1].end, doc.start) if issuers else None
    if colon is None and _LINE.match(text, block.start, block.end):
        return False  # 发布部门：X, a labelled line of the entry
    before = text[block.start : issuers[0].start] if colon else text[block.start : doc.start]
    rest = before + text[doc.end : block.end]
    if colon is not None and any(
        _ISSUER_GAP.fullmatch(text, a.end, b.start) is None for a, b in pairwise(issuers)
    ):
        return False
    # numbered or in title marks: a listed document, not the report's own title line on top
    listed = re.search(r"[\d《•·\-–]", rest) or text.startswith("《", doc.start)
    return _TITLE_LINE_EXTRA.fullmatch(rest) is not None and bool(listed)


# between the issuers a title line names and the title: a colon and title marks
_ISSUER_COLON = re.compile(r"\s*[：:]\s*[《“\"]?\s*$")
_ISSUER_GAP = re.compile(r"\s*(?:、|和|与|及)?\s*")


def _entry_subject(block: Block, mentions: Sequence[Mention]) -> Mention | None:
    """The one policy, report or offering a heading names, if it names one of them."""
    inside = [m for m in mentions if block.start <= m.start and m.end <= block.end]
    docs = [m for m in inside if m.cls in _DOCS]
    offerings = [m for m in inside if m.cls in _OFF]
    if len(docs) == 1 and not offerings:
        return docs[0]
    # "## 1. 远瞻云ICU平台 Yuanzhan Cloud ICU Platform": one offering, in two languages
    if len({m.name or m.text for m in offerings}) == 1 and not docs:
        return offerings[0]
    return None


def _candidate(subject: Mention, predicate: str, obj: Mention, block: Block) -> RelationCandidate:
    return RelationCandidate(
        subject, predicate, obj, block.start, block.end, ENTRY_CONFIDENCE, "entry-field"
    )


# a label inside a line of fields: "**企业：**X **产品：**Y **应用医院：**A、B"
_FIELD = re.compile(
    r"(?:^|(?<=[\s>*•·\-–；;。]))(?:\*\*)?(?P<label>[^：:\n*\s；;。，,]{2,8}?)\s*(?:\*\*)?[：:]"
    r"(?:\*\*)?\s*"
)
_MAKER_GAP = 6  # characters between a maker and its offering: 研发的“, 承建的, 开发的
_PRODUCT_FIELD = re.compile(
    r"^(?:产品|产品名称|代表产品|核心产品|解决方案|系统名称|平台名称|模型名称|product|solution)$",
    re.IGNORECASE,
)
# a record's field naming the firm: a maker's label above, or the firm that builds or supports it
_COMPANY_FIELD = re.compile(
    "^(?:"
    + "|".join(
        _MAKER_LABELS
        + word_list(
            "企业 公司 企业名称 公司名称 服务商 技术支持 技术支持单位 技术提供方 承建单位 承建企业"
            " company"
        )
    )
    + ")$",
    re.IGNORECASE,
)


def record_fields(
    text: str, blocks: Sequence[Block], mentions: Sequence[Mention]
) -> Iterator[RelationCandidate]:
    """Makers and sites a case record's fields state of the offering its product field names.

    A record is a run of paragraphs or list items that each open with a label (no heading
    between); a line may hold several labelled fields. Only a record with a product field
    that names an offering states anything: its company fields' organisations ``develops`` it,
    its site fields' hospitals see it ``deployedAt`` them.
    """
    record: list[tuple[str, int, int, Block]] = []
    for block in [*blocks, None]:
        fields = _fields(text, block) if block is not None and block.kind != "heading" else []
        if fields:
            record.extend(fields)
            continue
        if record:
            yield from _record_relations(record, mentions, block)
        record = []


def _fields(text: str, block: Block) -> list[tuple[str, int, int, Block]]:
    """(label, value start, value end, block) of each labelled field of a block that opens with
    one; nothing for a block that does not."""
    if block.kind not in ("list_item", "paragraph"):
        return []
    found = list(_FIELD.finditer(text, block.start, block.end))
    if not found or text[block.start : found[0].start()].strip(" >*•·-–"):
        return []
    ends = [m.start() for m in found[1:]] + [block.end]
    return [(m.group("label"), m.end(), end, block) for m, end in zip(found, ends, strict=True)]


def _record_relations(
    record: list[tuple[str, int, int, Block]],
    mentions: Sequence[Mention],
    after: Block | None,
) -> Iterator[RelationCandidate]:
    def inside(start: int, end: int, classes: frozenset[str]) -> list[Mention]:
        return [m for m in mentions if start <= m.start and m.end <= end and m.cls in classes]

    offerings = [
        m
        for label, start, end, _ in record
        if _PRODUCT_FIELD.match(label.strip())
        for m in inside(start, end, _OFF)
    ]
    if not offerings and after is not None and after.kind == "paragraph":
        # "建设单位：X医院 / 技术支持：Y科技" over the case's text: the offering it names first,
        # when the record's company makes it there (Y科技研发的Z, Y承建的Z)
        makers = [
            m
            for label, start, end, _ in record
            if _COMPANY_FIELD.match(label.strip())
            for m in inside(start, end, _ORG)
        ]
        names = {fold(m.name or m.text) for m in makers}
        named = [m for m in inside(after.start, after.end, _ORG) if fold(m.name or m.text) in names]
        offerings = [
            o
            for o in inside(after.start, after.end, _OFF)
            if any(0 <= o.start - g.end <= _MAKER_GAP for g in named)
        ][:1]
    for label, start, end, block in record if offerings else ():
        if _COMPANY_FIELD.match(label.strip()):
            for maker in inside(start, end, _ORG):
                for offering in offerings:
                    yield _candidate(maker, "develops", offering, block)
        elif _SITE.search(label):
            for site in inside(start, end, _SITES):
                for offering in offerings:
                    yield _candidate(offering, "deployedAt", site, block)
