"""Names the layout of a report gives away: table columns, source lines, lists, apposition.

- a table column whose header says what it holds (公司, 产品, 模型, 政策名称, 发布部门, Vendor...)
  makes every cell a name of that class;
- "来源：X、Y整理", "调查单位：X" name publishers and authors;
- the items of an enumeration ("A、B、C等", "such as A, B and C") share the class of the
  items already known to be companies, hospitals, models...;
- the heads of parallel list items ("- **X (Y)**：...") share the class most of them have;
- "X（Y）" gives one thing two names: if one side is known, so is the other.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator

from medatlas.loaders.document import Document
from medatlas.loaders.extract.columns import LIST_CLOSE, PLACEHOLDER, script_halves
from medatlas.loaders.extract.entity_common import Candidate, is_cjk, word_list
from medatlas.loaders.extract.entity_lexicon import (
    EN_STOP_WORDS,
    HEADER_CLASSES,
    HEADER_NOT_NAMES,
    MEDICAL_ACRONYMS,
    SOURCE_CUES,
)
from medatlas.loaders.extract.entity_zh import (
    is_common_phrase,
    is_generic_phrase,
    tokenize,
    trim_generic_tail,
    word_role,
)

__all__ = [
    "apposition_candidates",
    "column_class",
    "enumeration_candidates",
    "list_head_candidates",
    "listicle_candidates",
    "listicle_kind",
    "source_candidates",
    "table_candidates",
]

_SPLIT = re.compile(r"\s*[、，,；;/|]\s*")
_SPLIT_SPACES = re.compile(r"\s*[、，,；;/|]\s*|\s+")
_CLEAN_TAIL = re.compile(r"(?:" + LIST_CLOSE + r"|及其他|\*+|[“”\"'‘’]+|。)+$")
# an investor's part in the round written after its name in a cell: "X领投", "Y跟投"
_ROLE_TAIL = re.compile(
    r"(?<=[\u4e00-\u9fffA-Za-z0-9])(?:联合领投|共同领投|领投|跟投|参投|独家投资|追加投资|继续加码)$"
)
_CELL_NOTE = re.compile(r"\s*[（(]([^（）()]{1,30})[)）]$")
# the note a document's title carries in its own brackets: its status, years, edition, volume
_DOCUMENT_NOTE = re.compile(
    r"试行|征求意见|修订|草案|暂行|送审稿|(?:19|20)\d{2}|年版|版$|分册|类$|专题|第[一二三四五六七八九十\d]+[期辑批]"
)
_LEGAL_NOTE = re.compile(r"有限合伙|普通合伙|特殊普通合伙|[\u4e00-\u9fff]{2,3}")  # or a place
_CLEAN_HEAD = re.compile(r"^(?:[“”\"'‘’*]+|及|和|与)")
_NOT_NAME = re.compile(r"^[\d\s.,%‰+\-–—/:：~～()（）年月日亿万元美元个家项]*$")
# a header that ends by saying what the cells tell of a thing (a count, a rate, a status) names
# no one: 医院数, 渗透率, "Regulatory status", 注册状态
_HEADER_TAIL = re.compile(r"[数率额量比值]$|状态$|情况$|\bstatus$")
_MAX_NAME = 40
_PLACEHOLDER = re.compile(
    r"见下文|见下表|见正文|详见|见附表|待定|未披露|暂无|\bsee below\b|\bTBD\b"
)
_QUANTITY = re.compile(r"^(?:多|数|若干|几|十余|数十|上百|众多|多个|各)[家个所座]?$")
_ROLE_NOUN_END = re.compile(
    r"[\u4e00-\u9fff](?:者|提供方|支付方|需求方|使用方|采购方|服务方|运营方)$"
)
_MAX_POLICY = 90


def column_class(header: str) -> str | None:
    """The class of the names in a column with this header, or ``None`` if it holds none.

    >>> column_class("发布部门"), column_class("Flagship product"), column_class("提及医院数")
    ('GovernmentBody', 'Product', None)
    """
    key = header.strip().lower()
    if not key or _HEADER_TAIL.search(key) or _describes_names(key):
        return None
    named = [cls for words, cls in HEADER_CLASSES if any(word in key for word in words)]
    if not named:
        return None
    if _mixed_header(header):
        return "Organization"  # "代表企业/产品", "Company / product": either, the cell decides
    head = _HEADER_BRACKET.sub("", key).strip()  # "AI产品（企业）": products, their makers beside
    if head and any(word in head for words, _ in HEADER_CLASSES for word in words):
        key = head
    chinese = _chinese_part(key)
    if len({cls for words, cls in HEADER_CLASSES if any(w in chinese for w in words)}) == 1:
        key = chinese  # "提供方 Provider": the Chinese says which kind (a vendor, not a carer)
    return _head_of_header(key)


def _chinese_part(key: str) -> str:
    """The Chinese words of a bilingual header ("提供方" of "提供方 provider"), or ""."""
    if not re.search(r"[a-z]{3}", key):
        return ""
    return "".join(ch for ch in key if "\u4e00" <= ch <= "\u9fff")


def _describes_names(key: str) -> bool:
    """The header describes the names (类型, 金额, 简介) rather than holding them, unless a
    longer class word holds that word: 销售内容 is what was sold, not a description."""
    described = max((len(w) for w in HEADER_NOT_NAMES if w in key), default=0)
    named = max((len(w) for words, _ in HEADER_CLASSES for w in words if w in key), default=0)
    return described > 0 and described >= named


# a bracketed qualifier of a header: what stands beside the column's names, not what they are
_HEADER_BRACKET = re.compile(r"[（(][^（）()]*[)）]")


def _head_of_header(key: str) -> str:
    """The class of the header's head word, its last class word: "大模型产品" holds products
    (a cell's own ending, 星火医疗大模型, still says model), "产品型号" models of... products."""
    best: tuple[int, int, str] | None = None
    for order, (words, cls) in enumerate(HEADER_CLASSES):
        for word in words:
            at = key.rfind(word)
            if at < 0:
                continue
            rank = (at + len(word), -order, cls)
            if best is None or rank[:2] > best[:2]:
                best = rank
    assert best is not None
    return best[2]


def _mixed_header(header: str) -> bool:
    """A header naming a kind of organisation and a kind of offering: "代表企业/产品"."""
    key = header.strip().lower()
    if not re.search(r"[/／、&]|及|和|与|\bor\b|\band\b", key):
        return False
    named = [cls for words, cls in HEADER_CLASSES if any(word in key for word in words)]
    return any(c in _OFFERINGS for c in named) and any(c not in _OFFERINGS for c in named)


def _clean(item: str) -> str:
    item = item.strip().strip("*").strip()
    item = _CLEAN_HEAD.sub("", item)
    item = _CLEAN_TAIL.sub("", item).strip()
    item = _ROLE_TAIL.sub("", item).strip()
    note = _CELL_NOTE.search(item)
    if (
        note
        and note.start() >= 2
        and not _LEGAL_NOTE.fullmatch(note.group(1))
        and not _DOCUMENT_NOTE.search(note.group(1))  # 方案（2025—2027年）: part of its title
    ):
        item = item[: note.start()].rstrip()  # "MedQA (USMLE-style)": the name, not its note
    return item


# a unit named by its function alone, with no place or level: one organisation's department
# (the ministries written bare, 教育部 and 财政部, are known to the body gazetteer)
_INTERNAL_UNIT = re.compile(
    r"(?![省市区县州]|国家|全国|中央)[\u4e00-\u9fff]{1,4}(?:部|处|办|科|室|中心|组)"
)


def _name_like(item: str, cls: str) -> bool:
    limit = _MAX_POLICY if cls in ("Policy", "Report") else _MAX_NAME
    if not item or len(item) > limit or _NOT_NAME.match(item) or "。" in item:
        return False
    if item.lower() in EN_STOP_WORDS or item in ("-", "—", "未公开", "无", "N/A", "n/a"):
        return False
    if PLACEHOLDER.search(item):
        return False  # "多个（见下文）": the cell points elsewhere, it names nothing
    if cls in ("Policy", "Report"):
        return len(item) >= 4
    if _QUANTITY.match(item):
        return False  # "多家" in a column of hospitals: how many, not which
    if cls == "GovernmentBody" and _INTERNAL_UNIT.fullmatch(item):
        return False  # 财务部, 保卫处, 信息中心: a hospital's or firm's own department
    if _ROLE_NOUN_END.search(item):
        return False  # "初级保健提供者", "支付方": a role in a market, not a name
    return len(item) >= 2 and not is_common_phrase(item)


def table_candidates(document: Document) -> Iterator[Candidate]:
    """Every cell of a column whose header names a kind of entity, split into names."""
    text = document.text
    for block in document.blocks:
        table = block.table
        if table is None:
            continue
        classes = [column_class(h) for h in table.header]
        mixed = [_mixed_header(h) for h in table.header]
        if not any(classes):
            continue
        cursor = block.start
        for row in table.rows:
            described = _described_class(row, classes)
            for cell, cls, either in zip(row, classes, mixed, strict=True):
                if cls is None or not cell.strip():
                    continue
                if described is not None and cls in _OFFERINGS:
                    cls = described
                splitter = _SPLIT_SPACES if cls == "GovernmentBody" and _all_cjk(cell) else _SPLIT
                items = [cell] if cls in ("Policy", "Report") else _SPLIT.split(cell)
                if cls == "GovernmentBody":
                    items = splitter.split(cell)
                items = [half for item in items for half in (script_halves(item) or (item,))]
                for raw in items:
                    item = _clean(raw)
                    if not _name_like(item, cls):
                        continue
                    found = text.find(item, cursor, block.end)
                    if found < 0:
                        found = text.find(item, block.start, block.end)
                    if found < 0:
                        continue
                    cursor = found + len(item)
                    kind = cls
                    if either and _all_cjk(item):
                        # a column of companies and products: a brand with a trade ending
                        # (衡棱医智, 祁方生物) is the company, another name its product
                        kind = "Company" if _TRADE_END.search(item) else "Product"
                    # 星火医疗大模型 in a product column (that item only, not the ones after it)
                    kind = _own_offering_class(item, kind)
                    # a column of products outweighs what the name's shape suggests
                    confidence = 0.8 if kind in ("Policy", "GovernmentBody") else 0.7
                    if kind in _OFFERINGS:
                        confidence = 0.85
                    yield Candidate(found, found + len(item), item, kind, confidence, "table")


_OFFERINGS = ("Product", "Platform", "AIModel", "Dataset")
_OWN_OFFERING_END = (
    (re.compile(r"(?:大模型|大语言模型|模型)$"), "AIModel"),
    (re.compile(r"(?:平台|云平台)$"), "Platform"),
    (re.compile(r"(?:数据集|数据库)$"), "Dataset"),
)
# in a column of models, a name that ends like a product is one (家护助手)
_PRODUCT_END = re.compile(r"(?:助手|系统|软件|机器人|小程序)$")


def _own_offering_class(item: str, cls: str) -> str:
    """In a column of offerings, a name's own ending says which kind it is."""
    if cls not in _OFFERINGS:
        return cls
    for pattern, own in _OWN_OFFERING_END:
        if pattern.search(item):
            return own
    return "Product" if cls == "AIModel" and _PRODUCT_END.search(item) else cls


_TRADE_END = re.compile(
    r"(?:科技|技术|健康|生物|医疗|医药|数据|智能|医智|智医|信息|网络|软件|集团|控股|股份|公司)$"
)
_DESCRIPTION_NOUNS = (
    (re.compile(r"(?:\bplatform|平台)$", re.IGNORECASE), "Platform"),
    (re.compile(r"(?:\b(?:model|llm)s?|模型)$", re.IGNORECASE), "AIModel"),
    (re.compile(r"(?:\b(?:dataset|database)|数据集|数据库)$", re.IGNORECASE), "Dataset"),
)


def _described_class(row: tuple[str, ...], classes: list[str | None]) -> str | None:
    """A descriptive cell of the row ("Imaging triage platform") says what the offering is."""
    for cell, cls in zip(row, classes, strict=True):
        if cls is not None:
            continue
        for pattern, described in _DESCRIPTION_NOUNS:
            if pattern.search(cell.strip()):
                return described
    return None


def _all_cjk(cell: str) -> bool:
    return all(is_cjk(ch) or ch in "、，,；; \u3000" for ch in cell.strip())


_SOURCE = re.compile(
    r"(?:" + "|".join(re.escape(c) for c in sorted(SOURCE_CUES, key=len, reverse=True)) + r")"
    r"\s*[:：]\s*([^\n]{2,200})"
)
_SOURCE_SPLIT = re.compile(
    r"\s*(?:[、，,；;·•|｜/\u3000]|\s{2,}|\s-\s|-(?=[\u4e00-\u9fff])|等|以及|及|和"
    r"|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff]))\s*"
)
_SOURCE_TAIL = re.compile(
    r"(?:整理|统计|绘制|制图|测算|分析|公开资料|官网|官方网站|年报|财报|公告"
    r"|(?:厂商|企业|专家|用户|医院|课题组|实地)?访谈|(?:问卷)?调查|调研)+$"
    r"|(?:\s+(?:analysis|estimates?|calculations?|filings|data|research|interviews|surveys?"
    r"|reports?|websites?|press releases?|compilation))+\.?$"
)
# a source that names no one: "Company filings", "Public data", "Press reports"
_EN_SOURCE_KINDS = re.compile(
    r"^(?:company|companies|corporate|public|press|media|industry|official|government|expert"
    r"|annual|team|internal|desk|various|multiple|other|our|author|authors)(?:['’]s?)?"
    r"(?:\s+[a-z]+)*\.?$",
    re.IGNORECASE,
)


# what a source line asks or states besides its sources: 转载请注明出处, 版权归…所有
_SOURCE_REQUEST = re.compile(r"请|转载|注明|版权|所有|禁止|仅供|[)）】\]]")

# an office of an institution that signs for it: "X医院院长办公室", "X协会秘书处"
_UNIT_OF = re.compile(
    r"(医院|大学|学院|协会|学会|公司|集团|研究院|研究所|联盟|基金会)"
    r"(?:院长办公室|党委办公室|党政办公室|办公室|院办|秘书处|宣传部|宣传处|宣传中心|新闻中心"
    r"|信息中心|信息科|办公厅)$"
)


def _without_unit(item: str) -> str:
    """The institution an office signs for: "安川市人民医院院长办公室" is 安川市人民医院."""
    return _UNIT_OF.sub(r"\1", item)


# a source that is a document or a register: 统计公报, 医疗器械数据库, 开发者大会发布信息
_DOCUMENT_SOURCE = re.compile(r"(?:公报|数据库|年鉴|名录|(?:发布|公开|披露)信息)$")


# a desk of the outlet named before it: 专题部, 编辑组, 评论室
_DESK = re.compile(r"[\u4e00-\u9fff]{1,3}(?:部|组|室)")


def source_candidates(text: str) -> Iterator[Candidate]:
    """Publishers and authors named after 来源：/ 数据来源：/ 调查单位：/ Source:."""
    for match in _SOURCE.finditer(text):
        body = match.group(1)
        offset = match.start(1)
        pos = 0
        for piece in _SOURCE_SPLIT.split(body):
            start = body.find(piece, pos)
            pos = start + len(piece)
            piece = re.split(r"[《（(“\"]", piece, maxsplit=1)[0]
            item = _SOURCE_TAIL.sub("", piece.strip().rstrip(".")).strip()
            if _EN_SOURCE_KINDS.match(piece.strip()) or _DOCUMENT_SOURCE.search(piece.strip()):
                continue  # 国家药监局医疗器械数据库, X统计公报: a document or a register, no one
            item = re.sub(r"^(?:由|据|经|根据|来自)", "", item)
            item = trim_generic_tail(item)
            item = _without_unit(item)
            if not item or len(item) > 30 or not _name_like(item, "Organization"):
                continue
            if _DESK.fullmatch(item):
                continue  # 来源：医脉前沿网 专题部: the outlet's desk, no name of its own
            if item.startswith(("公开", "历史")):
                continue  # "公开招投标", "公开招标信息": a kind of source, no one's name
            if item[0] in "各多该本其" or re.match(r"^\d", item) or re.search(r"[:：]", item):
                continue  # "记者：周明": a colon starts another field, not a publisher
            if _SOURCE_REQUEST.search(item):
                continue  # "转载请注明出处": a request to readers, not a second source
            s = offset + body.find(item, start)
            yield Candidate(s, s + len(item), item, "Organization", 0.6, "source")


# ---------------------------------------------------------------- enumerations

_CJK_ITEM = r"[\u4e00-\u9fffA-Za-z0-9·\-+.&() ]{2,24}?"
_CJK_LIST = re.compile(
    rf"(?:{_CJK_ITEM}、)+{_CJK_ITEM}(?=等|、|以及|和|及|与|[，,。；;：:）)\n]|$)"
)
_EN_WORD = r"[A-Z](?:[\w\-&]|\.(?=\w))*"  # a dot inside a word ("Viz.ai"), not after it
_EN_LIST = re.compile(
    r"(?:such as|including|like|from|between|with|for)\s+"
    rf"((?:{_EN_WORD}(?:\s{_EN_WORD}){{0,3}},\s+)*"
    rf"{_EN_WORD}(?:\s{_EN_WORD}){{0,3}},?\s+(?:and|or)\s+"
    rf"(?:the\s+)?{_EN_WORD}(?:\s{_EN_WORD}){{0,3}})"
)


def _items(text: str) -> Iterator[list[tuple[int, int]]]:
    """Spans of the items of each enumeration in *text*."""
    for match in _CJK_LIST.finditer(text):
        spans: list[tuple[int, int]] = []
        pos = match.start()
        for raw in match.group().split("、"):
            start = pos + len(raw) - len(raw.lstrip())
            end = pos + len(raw.rstrip())
            pos += len(raw) + 1
            spans.append((start, end))
        # a trailing "A和B" joins the last item
        last_end = spans[-1][1]
        tail = text[last_end : last_end + 30]
        joined = re.match(
            r"(?:以及|和|及|与)([\u4e00-\u9fffA-Za-z0-9]{2,12}?)(?=等|[，,。；;]|$)", tail
        )
        if joined:
            spans.append((last_end + joined.start(1), last_end + joined.end(1)))
        yield spans
    for match in _EN_LIST.finditer(text):
        body = match.group(1)
        offset = match.start(1)
        spans = []
        for part in re.finditer(rf"(?:the\s+)?({_EN_WORD}(?:\s{_EN_WORD}){{0,3}})", body):
            spans.append((offset + part.start(1), offset + part.end(1)))
        yield spans


def enumeration_candidates(
    text: str,
    typed: dict[tuple[int, int], str],
    name_before: Callable[[int], int | None],
) -> Iterator[Candidate]:
    """Items of an enumeration that has known members take the class most members have.

    ``typed`` maps spans already found (known or discovered) to their classes;
    ``name_before(pos)`` says where a name ending at ``pos`` starts (the first item of
    "股东包括腾讯、红杉中国" is 腾讯, not the whole clause).
    """
    by_start: dict[int, list[tuple[int, str]]] = {}
    by_end: dict[int, list[tuple[int, str]]] = {}
    for (start, end), cls in typed.items():
        by_start.setdefault(start, []).append((end, cls))
        by_end.setdefault(end, []).append((start, cls))
    for spans in _items(text):
        spans = [_first_item(text, spans[0], by_end, name_before), *spans[1:]]
        classes: list[str] = []
        untyped: list[tuple[int, int]] = []
        for start, end in spans:
            if start >= end:
                continue
            cls = _typed_at(by_start, start, end)
            if cls is None:
                untyped.append((start, end))
            else:
                classes.append(cls)
        last_start, last_end = spans[-1]
        numbered = _NUMBERED_TAIL.search(text, last_start, last_end)
        if numbered:  # "…、Clara三大平台": the count and noun close the list
            spans[-1] = (last_start, numbered.start())
        named = _list_type_noun(text, numbered.start() if numbered else last_end)
        if named is not None:
            # "BioNeMo、MONAI等开源平台": the noun after the list says what every item is
            untyped += [span for span in spans if span not in untyped]
            cls, votes, classes = named, 1, [named]
        elif not classes or not untyped:
            continue
        elif _TERM_LIST_END.match(text, numbered.start() if numbered else last_end):
            continue  # "hERG、肝毒性、致突变性等27个毒性终点": terms, counted, not names
        else:
            cls, votes = Counter(classes).most_common(1)[0]
        if votes * 2 < len(classes) or cls in ("Policy", "Report", "Region"):
            continue
        for start, end in untyped:
            item = _before_verb(_clean(text[start:end]))
            if not item or not _name_like(item, cls) or len(item) > 16:
                continue
            s = text.find(item, start, end)
            confidence = 0.6 if len(classes) >= 2 else 0.55
            yield Candidate(s, s + len(item), item, cls, confidence, "enumeration")


def _before_verb(item: str) -> str:
    """The last item of a list runs on into the clause ("睿骋智能共同开展…", "科研于一体的…"):
    it ends before its first function word or governing verb."""
    if item.isascii() or len(item) <= 4:
        return item
    for token in tokenize(item):
        if word_role(token.word, token.flag) != "stop" or not is_cjk(token.word[0]):
            continue
        return item[: token.start] if token.start >= 2 else ""
    return item


_NUMBERED_TAIL = re.compile(r"[一二三四五六七八九十两几多]+[大个款项类种家名位]")
_LIST_NOUN = re.compile(
    r"^(?:等等|等)?(?:[一二三四五六七八九十两几多]+[大个款项类种家名位])?"
    r"[\u4e00-\u9fffA-Za-z]{0,6}?(大模型|模型|平台|系统|产品|公司|企业|医院|高校|大学|协会)"
    r"(?=[，,。；;、\s)）]|$)"
)
_LIST_NOUN_CLASSES = {
    "大模型": "AIModel",
    "模型": "AIModel",
    "平台": "Platform",
    "系统": "Product",
    "产品": "Product",
    "公司": "Company",
    "企业": "Company",
    "医院": "Hospital",
    "高校": "University",
    "大学": "University",
    "协会": "Association",
}


# a count of things no organisation is after a list: 等27个毒性终点, 等12项指标, 等5类病种
_TERM_LIST_END = re.compile(
    r"(?:等等|等)?(?:\d+|[一二三四五六七八九十两几多数]+)[个项类种]"
    r"(?![\u4e00-\u9fffA-Za-z]{0,6}?(?:大模型|模型|平台|系统|产品|公司|企业|医院|高校|大学|协会"
    r"|机构|厂商|品牌|单位|院校|中心))"
)


def _list_type_noun(text: str, end: int) -> str | None:
    """The class a noun right after an enumeration gives its items (…等开源平台)."""
    match = _LIST_NOUN.match(text[end : end + 14])
    return _LIST_NOUN_CLASSES[match.group(1)] if match else None


def _first_item(
    text: str,
    span: tuple[int, int],
    by_end: dict[int, list[tuple[int, str]]],
    name_before: Callable[[int], int | None],
) -> tuple[int, int]:
    """The first item of a list runs back only as far as a name can."""
    start, end = span
    for s, _ in by_end.get(end, ()):
        if s >= start:
            return (s, end)
    if end - start <= 6:
        return span
    begin = name_before(end)
    return (max(start, begin), end) if begin is not None else (end, end)


def _typed_at(by_start: dict[int, list[tuple[int, str]]], start: int, end: int) -> str | None:
    """The class of a found span equal to the item, or ending where the item does."""
    for s in range(start, min(end, start + 3)):
        for e, cls in by_start.get(s, ()):
            if abs(e - end) <= 2:
                return cls
    return None


# ---------------------------------------------------------------- list heads

_HEAD = re.compile(r"^\s*\**\s*([^：:*\n]{2,40}?)\s*\**\s*[：:]")
# the first clause of an item, ending in a kind of company: "：医疗数据标注与治理服务商，"
_KIND_SAID = re.compile(
    r"\s*(?!面向|针对|适用|要求|鼓励|支持|服务于|帮助|为|对|向|由|与)"
    r"(?:[^，,。；;\n]{0,20}?的)?[^，,。；;\n]{0,16}?"
    r"(?:服务商|供应商|提供商|厂商|开发商|运营商|企业|公司|独角兽|初创公司)(?=[，,。；;]|$)"
)

# the first clause of an item, ending in a kind of offering: "：消化内镜实时辅助检测系统，"
_OFFERING_NOUNS = (
    ("AIModel", ("大模型", "大语言模型", "基础模型", "模型")),
    ("Platform", ("平台", "云平台")),
    ("Dataset", ("数据集", "数据库")),
    (
        "Product",
        ("系统", "软件", "助手", "机器人", "设备", "工具", "一体机", "小程序", "App", "APP"),
    ),
)
_OFFERING_SAID = re.compile(
    r"\s*(?!要求|鼓励|支持|帮助|为|对|向|由|与|基于|依托|接入|采用|使用|引进|引入|部署)"
    r"(?:[^，,。；;\n]{0,20}?的)?[^，,。；;\n]{0,16}?"
    r"(?P<noun>" + "|".join(n for _, nouns in _OFFERING_NOUNS for n in nouns) + r")(?=[，,。；;]|$)"
)


# a contents line's numbering of a part: 案例2　…：, 第三章 …：, Case 4: …
_PART_NUMBER = re.compile(
    r"(?:案例|第[一二三四五六七八九十\d]{1,3}[章节篇部]|case\b|chapter\b|part\b)\s?[\d一二三四五六七八九十]*",
    re.IGNORECASE,
)


def list_head_candidates(
    document: Document, typed: dict[tuple[int, int], str]
) -> Iterator[Candidate]:
    """Heads of parallel list items ("- **数坤科技 (Shukun)**：...") share their majority class.

    A contents line's part (``- 案例2　安澜智慧：手术室智能排程系统``) names a section, not a
    thing: it is no head.
    """
    text = document.text
    heads: list[tuple[int, int]] = []
    for block in document.blocks:
        if block.kind != "list_item":
            continue
        match = _HEAD.match(block.text)
        if match and not _PART_NUMBER.match(match.group(1)):
            start = block.start + match.start(1)
            heads.append((start, block.start + match.end(1)))
            said = _KIND_SAID.match(block.text, match.end())
            item = text[start : _name_end(text, start, block.start + match.end(1))].strip()
            if said is not None and _name_like(item, "Company") and len(item) <= 16:
                # "- **澄源数据**：医疗数据标注与治理服务商，…": the line says what the head is
                yield Candidate(start, start + len(item), item, "Company", 0.7, "list-head")
            kind = _OFFERING_SAID.match(block.text, match.end()) if said is None else None
            if kind is not None and _name_like(item, "Product") and len(item) <= 20:
                # "- **启镜内镜AI（QiScope）**：消化内镜辅助检测系统，…": an offering of that kind
                cls = next(c for c, nouns in _OFFERING_NOUNS if kind.group("noun") in nouns)
                yield Candidate(start, start + len(item), item, cls, 0.7, "list-head")
    if len(heads) < 3:
        return
    by_start: dict[int, list[tuple[int, str]]] = {}
    for (start, end), cls in typed.items():
        by_start.setdefault(start, []).append((end, cls))
    classes: list[str] = []
    untyped: list[tuple[int, int]] = []
    for start, end in heads:
        name_end = _name_end(text, start, end)
        cls = _typed_at(by_start, start, name_end)
        if cls is None or cls == "Organization":
            untyped.append((start, name_end))
        else:
            classes.append(cls)
    if not classes or not untyped:
        return
    cls, votes = Counter(classes).most_common(1)[0]
    if votes * 2 <= len(heads) or cls in ("Policy", "Report"):
        return
    for start, end in untyped:
        item = text[start:end].strip()
        if _name_like(item, cls) and len(item) <= 16:
            yield Candidate(start, start + len(item), item, cls, 0.6, "list-head")


def _name_end(text: str, start: int, end: int) -> int:
    """A head "数坤科技 (Shukun Technology)" names its thing before the bracket."""
    head = text[start:end]
    cut = re.search(r"\s*[（(]", head)
    return start + cut.start() if cut else end


# ---------------------------------------------------------------- apposition

_APPOSITION = re.compile(r"\s?[（(]([^（）()\n]{2,40})[)）]")


_TICKER = re.compile(r"^[A-Za-z]{2,8}\s*[:：]\s*[A-Z0-9][A-Z0-9.]{0,7}$")


def apposition_candidates(
    text: str,
    typed: dict[tuple[int, int], str],
    name_before: Callable[[int], int | None],
) -> Iterator[Candidate]:
    """ "X（Y）": one thing under two names; a side without a class takes the other's.

    ``name_before(pos)`` returns where a name ending at ``pos`` starts (or ``None``).
    """
    by_end: dict[int, list[tuple[int, str]]] = {}
    by_start: dict[int, list[tuple[int, str]]] = {}
    for (start, end), cls in typed.items():
        by_end.setdefault(end, []).append((start, cls))
        by_start.setdefault(start, []).append((end, cls))
    for match in _APPOSITION.finditer(text):
        inner = match.group(1).strip()
        i_start = match.start(1) + (len(match.group(1)) - len(match.group(1).lstrip()))
        i_end = i_start + len(inner)
        left_end = match.start()
        if left_end > 0 and text[left_end - 1] in "%％":
            continue
        if _TICKER.match(inner):
            continue  # "Veltrix Inc. (NASDAQ: VLTX)": where it trades, no second name
        if inner.upper() in _ACRONYMS_UPPER:
            continue  # "慢性肾脏病（CKD）", "重症监护室（ICU）": a disease's or a ward's initials
        left = [(s, cls) for s, cls in by_end.get(left_end, ())]
        right = [(e, cls) for e, cls in by_start.get(i_start, ()) if e == i_end]
        former = _FORMERLY.match(inner)
        if former is not None and left:
            # "X（原Y）", "X (formerly Y)", "X（以下简称“Y”）": Y is another name of X
            l_start, cls = left[0]
            f_start = i_start + former.end()
            quoted = list(_QUOTED_TERM.finditer(text, f_start, i_end))
            # （以下简称“A”或“B”）: each quoted term is a name of X
            spans = [(q.start(1), q.end(1)) for q in quoted] or [(f_start, i_end)]
            for f_start, f_end in spans:
                if f_start < f_end and _appositive_name(text[f_start:f_end]):
                    yield Candidate(f_start, f_end, text[l_start:left_end], cls, 0.7, "apposition")
            continue
        if left and not right:
            cls = left[0][1]
            if any(is_cjk(ch) for ch in inner) and is_generic_phrase(inner):
                continue  # "见澈（肺结节AI）": what the name is for, not another name
            if _appositive_name(inner) and cls not in ("Policy", "Report"):
                yield Candidate(i_start, i_end, inner, cls, 0.65, "apposition")
        elif right and not left:
            cls = right[0][1]
            start = name_before(left_end)
            if _SPEAKER_LABEL_END.match(text, match.end()):
                continue  # "陈浩（X医院）：": a speaker and who they speak for, one label
            if start is not None and cls not in ("Policy", "Report"):
                name = text[start:left_end]
                if (
                    2 <= len(name) <= 20
                    and _appositive_name(name)
                    and not _CLINICAL_TERM_END.search(name)
                ):
                    yield Candidate(start, left_end, name, cls, 0.65, "apposition")
        elif not left and not right and _english_name(inner):
            start = name_before(left_end)
            if start is not None and any(is_cjk(ch) for ch in text[start:left_end]):
                name = text[start:left_end]
                if 2 <= len(name) <= 12 and not (
                    is_generic_phrase(name) or _CLINICAL_TERM_END.search(name)
                ):
                    yield Candidate(start, left_end, name, "Organization", 0.5, "apposition")
                    yield Candidate(i_start, i_end, inner, "Organization", 0.5, "apposition")


_ACRONYMS_UPPER = frozenset(a.upper() for a in MEDICAL_ACRONYMS)
# what a clinical term or a measure ends with: 踝肱指数（ABI）, 糖化血红蛋白（HbA1c）, 分级（WIfI）
# names a quantity, a test or a condition, not an organisation under an English name
_CLINICAL_TERM_END = re.compile(
    r"(?:指数|评分|比值|比例|指标|率|量表|分级|分期|分型|检测|筛查|检查|治疗|疗法|手术|病|症|癌|炎"
    r"|综合征|蛋白|抗体|功能|剂量|浓度|水平|时间|DNA|RNA)$"
)
_SPEAKER_LABEL_END = re.compile(r"[ \t]*[:：]")
# what says the bracket holds a former name: 原, 前身为, 曾用名, "formerly"
_FORMERLY = re.compile(
    r"(?:原名|原称|原|前身为|前身是|前身|曾用名|旧称|以下简称|以下称|下称|简称|又称|又名"
    r"|formerly|previously|ex-)[为：:\s]*"
)
_OPEN_QUOTES = '“"「『‘'
_CLOSE_QUOTES = '”"」』’'
_QUOTED_TERM = re.compile(r"[“\"「『‘]([^“”\"「」『』‘’]{1,30})[”\"」』’]")


def _appositive_name(inner: str) -> bool:
    if re.fullmatch(r"[\d\s.,%年月日\-–—~～]+", inner) or "，" in inner or "," in inner:
        return False
    if any(is_cjk(ch) for ch in inner):
        return not is_common_phrase(inner) and len(inner) <= 16
    return _english_name(inner)


def _english_name(inner: str) -> bool:
    if re.search(r"-(?:style|based|like|only|level|wide|grade|type|class|related)$", inner):
        return False  # "USMLE-style": a description
    words = inner.split()
    if not words or len(words) > 6 or not all(w[0].isupper() or w[0].isdigit() for w in words):
        return False
    return any(w[0].isupper() and w.lower() not in EN_STOP_WORDS for w in words)


# ---------------------------------------------------------------- listicles

# "## 3. 岐黄问道", "### No. 7 – Orbix", "TOP 2：X": an item of a numbered list of things
_NUMBERED_HEAD = re.compile(
    r"^\s*(?:No\.?\s*|NO\.?\s*|Top\s*|TOP\s*|#)?(\d{1,2})\s*[.、．:：)）]\s*(.+?)\s*$"
)
# what an item head says after its name: "穆川·灵枢：影像报告大模型", "X (2025)", "X — Y"
_HEAD_NOTE = re.compile(r"\s*(?:[：:（(|｜]|\s[—–-]\s|——).*$")
_ZH_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}
_ZH_COUNT = r"(?:(?<![\d.])\d{1,2}(?![\d.%年月日])|[一二三四五六七八九十两]{1,3})"
# the title of a listicle: how many things of which kind ("十个医疗大模型", "Top 10 AI startups")
_ZH_LISTICLE = re.compile(
    _ZH_COUNT.replace("(?:", "(", 1) + r"\s*[个款家大位项强]?[^，,。；;\s]{0,12}?"
    r"(大模型|模型|平台|产品|应用|公司|企业|医院|初创|独角兽)"
)
_EN_LISTICLE = re.compile(
    r"\b(?:top\s+)?(\d{1,2}|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)"
    r"\s+(?:[A-Za-z\-]+\s+){0,3}?"
    r"(models|llms|companies|startups|start-ups|products|apps|tools|platforms|hospitals)\b",
    re.IGNORECASE,
)
_EN_COUNTS = word_list("zero one two three four five six seven eight nine ten")
_EN_COUNTS_MORE = {"twelve": 12, "fifteen": 15, "twenty": 20}
_LISTICLE_CLASSES = {
    "大模型": "AIModel",
    "模型": "AIModel",
    "平台": "Platform",
    "产品": "Product",
    "应用": "Product",
    "公司": "Company",
    "企业": "Company",
    "初创": "Company",
    "独角兽": "Company",
    "医院": "Hospital",
    "models": "AIModel",
    "llms": "AIModel",
    "companies": "Company",
    "startups": "Company",
    "start-ups": "Company",
    "products": "Product",
    "apps": "Product",
    "tools": "Product",
    "platforms": "Platform",
    "hospitals": "Hospital",
}
_MAX_HEAD = 24


def _count(word: str) -> int | None:
    """The number a count word writes: "10", "十", "十二", "ten"."""
    if word.isdigit():
        return int(word)
    low = word.lower()
    if low in _EN_COUNTS:
        return _EN_COUNTS.index(low)
    if low in _EN_COUNTS_MORE:
        return _EN_COUNTS_MORE[low]
    word = word.replace("两", "二")
    if "十" not in word:
        return _ZH_DIGITS.get(word) if len(word) == 1 else None
    tens, _, ones = word.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        return None
    high = _ZH_DIGITS.get(tens, 0) if tens else 1
    return high * 10 + (_ZH_DIGITS.get(ones, 0) if ones else 0)


def listicle_kind(title: str) -> tuple[int, str] | None:
    """How many things of which class a listicle's title promises, or ``None``.

    >>> listicle_kind("盘点｜2025年值得关注的十个医疗大模型")
    (10, 'AIModel')
    >>> listicle_kind("Top 5 AI startups to watch"), listicle_kind("2025年医疗AI发展报告")
    ((5, 'Company'), None)
    """
    for pattern in (_ZH_LISTICLE, _EN_LISTICLE):
        for match in pattern.finditer(title):
            count = _count(match.group(1))
            if count is not None and count >= 3:
                return count, _LISTICLE_CLASSES[match.group(2).lower()]
    return None


def _numbered_heads(document: Document) -> list[tuple[int, int, int]]:
    """(number, start, end) of the heading names numbered "1. X", "2. Y" in a document."""
    heads = []
    for block in document.blocks:
        if block.kind != "heading":
            continue
        match = _NUMBERED_HEAD.match(block.text)
        if match is None:
            continue
        name = _HEAD_NOTE.sub("", match.group(2)).strip().strip("*").strip()
        start = block.start + match.start(2) + match.group(2).find(name)
        heads.append((int(match.group(1)), start, start + len(name)))
    return heads


def listicle_candidates(document: Document) -> Iterator[Candidate]:
    """The numbered items of a listicle, of the kind its title counts ("十个医疗大模型").

    The title (a heading, or the first line) must say how many things of which kind the list
    holds, and exactly that many headings must number them 1, 2, 3 ... (in either order).
    """
    heads = _numbered_heads(document)
    numbers = sorted(number for number, _, _ in heads)
    if len(heads) < 3 or numbers != list(range(1, len(heads) + 1)):
        return
    first = heads[0][1]
    titles = [b.text for b in document.blocks if b.start < first and b.kind == "heading"]
    titles = titles or document.text[:first].strip().splitlines()[:1]
    kinds = [kind for kind in map(listicle_kind, titles) if kind is not None]
    if not kinds or kinds[0][0] != len(heads):
        return
    cls = kinds[0][1]
    text = document.text
    for _, start, end in heads:
        item = text[start:end]
        if len(item) <= _MAX_HEAD and _name_like(item, cls) and not _looks_like_clause(item):
            yield Candidate(start, end, item, cls, 0.75, "listicle")


# a heading over one sub-heading per thing of a kind: "## The companies", "## 入选企业"
_KIND_HEADING = re.compile(
    r"^[\s\d.、)）(（一二三四五六七八九十]*(?:the\s+|our\s+|meet\s+the\s+)?"
    r"(?:(?:portfolio|cohort|member|participating|selected|featured)\s+)?"
    r"(?P<kind>companies|startups|start-ups|teams|founders|members|hospitals|products|models)"
    r"(?:\s+(?:in\s+(?:the\s+)?cohort|selected|at\s+a\s+glance))?\s*$"
    r"|^[\s\d.、)）(（一二三四五六七八九十]*(?:入选|参展|参赛|成员|被投|投资)?(?P<zh>企业|公司|医院|产品|团队)"
    r"(?:名单|一览|介绍|简介)?\s*$",
    re.IGNORECASE,
)
_KIND_CLASSES = {
    "companies": "Company",
    "startups": "Company",
    "start-ups": "Company",
    "teams": "Company",
    "founders": "Company",
    "members": "Company",
    "hospitals": "Hospital",
    "products": "Product",
    "models": "AIModel",
    "企业": "Company",
    "公司": "Company",
    "团队": "Company",
    "医院": "Hospital",
    "产品": "Product",
}


def kind_section_candidates(document: Document) -> Iterator[Candidate]:
    """The sub-headings of a section headed by a kind of thing ("## The companies", then
    "### Quillmed", "### Sonarix Health"): each names one thing of that kind, when there are
    at least three and each is a short name, not a sentence."""
    blocks = document.blocks
    for i, block in enumerate(blocks):
        kind = _KIND_HEADING.match(block.text) if block.kind == "heading" else None
        if kind is None:
            continue
        cls = _KIND_CLASSES[(kind.group("kind") or kind.group("zh")).lower()]
        level = block.level or 1
        heads = []
        for sub in blocks[i + 1 :]:
            if sub.kind != "heading":
                continue
            if (sub.level or 1) <= level:
                break
            if (sub.level or 1) == level + 1:
                heads.append(sub)
        names = [(h, _HEAD_NOTE.sub("", h.text).strip().strip("*").strip()) for h in heads]
        names = [(h, n) for h, n in names if n and len(n) <= _MAX_HEAD and _name_like(n, cls)]
        if (
            len(names) < 3
            or len(names) < len(heads)
            or any(_looks_like_clause(n) for _, n in names)
        ):
            continue
        for head, name in names:
            start = document.text.find(name, head.start, head.end)
            if start >= 0:
                yield Candidate(start, start + len(name), name, cls, 0.75, "kind-section")


def _looks_like_clause(item: str) -> bool:
    """A head that is a sentence or a phrase of ordinary words, not a name."""
    return bool(re.search(r"[，,。；;！？!?]", item)) or is_generic_phrase(item)
