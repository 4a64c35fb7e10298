"""Relations stated by table rows, read through what each column's header says it holds.

A row of ``企业 | 产品 | 应用场景`` states that the company develops the product and the product
addresses the use case; a row of ``时间 | 发布部门 | 文件名称 | 主要内容`` that the policy was
issued by each body on that date and promotes or regulates what its content names. Each
relation's evidence is the row's line in the document text.

Cells of entity columns (company, investor, issuer, product...) whose names no mention covers
are split into names (``A、B等``) and given mentions of the class their column implies
(method ``table-column``), so a table of unknown companies still yields facts.

Besides the column vocabulary of :mod:`.columns`, a few headers are read here: an
intended-use column (适用范围, "Intended use") names use cases, a maker column (注册人,
"Manufacturer") organisations, a column of hospitals without a header role is found from its
cells, and an organisation column headed 子公司 lists the profiled company's subsidiaries. A
use-case cell that names no known use case names a new one (:func:`.use_case_cell`), and a
listed use case qualified by a modality (``肺结节CT辅助诊断``) is one name. A business-focus column
(主营方向, "Core business") names one field per cell, which the row's organisation operates in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from medatlas.loaders.document import Block
from medatlas.loaders.extract.columns import (
    ENTITY_ROLES,
    column_roles,
    guess_organization_class,
    script_halves,
    split_names,
)
from medatlas.loaders.extract.model import Mention, RelationCandidate
from medatlas.loaders.extract.relation_context import concept_stances
from medatlas.loaders.extract.relation_engine import CLASS_GROUPS, build_template
from medatlas.loaders.extract.relation_usecases import (
    listed_tasks,
    promoted_items,
    use_case_cell,
)
from medatlas.loaders.extract.spans import MentionsWithin
from medatlas.loaders.extract.usecase_phrases import ends_in_task
from medatlas.loaders.readers.metadata import normalise_date

__all__ = ["Row", "table_relations", "table_rows"]

_ORG = frozenset(CLASS_GROUPS["ORG"])
_OFF = frozenset(CLASS_GROUPS["OFF"])
_DOC = frozenset(CLASS_GROUPS["DOC"])
_CONCEPTS = frozenset({"UseCase", "Technology", "Segment"})
_SEPARATOR_LINE = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")

COLUMN_CONFIDENCE = 0.85  # a relation two typed columns state
ISSUER_CONFIDENCE = 0.9
CELL_MENTION_CONFIDENCE = 0.6  # a name read off a cell that no mention covered
TOPIC_CONFIDENCE = 0.55
SUBSIDIARY_CONFIDENCE = 0.7
# an organisation column whose header says its rows are the topic's subsidiaries
_SUBSIDIARY_HEADER = re.compile(
    r"子公司|控股公司|下属公司|下属企业|附属公司|参股公司|subsidiar", re.IGNORECASE
)
# a partner cell that names no partner: the work was done in house
_SELF_BUILT = re.compile(
    r"自建|自研|自主研发|自主建设|自行开发|自行建设|院内自建|本院自建|in-house"
)
_FIELDS = frozenset({"UseCase", "Segment"})
# a column of sectors ("Sub-sector", 细分赛道), where a firm works: not of the areas it
# applies AI to (主要领域, "Focus areas"), which its offerings address
_NO_SECTOR = re.compile(
    r"其他|其它|其余|未知|未披露|不详|综合|多领域|others?|n/?a|various|mixed|[—–\-]+",
    re.IGNORECASE,
)
_SECTOR_HEADER = re.compile(r"sector|segment|vertical|industry|细分|赛道|行业|板块", re.IGNORECASE)
_LIST_ROLES = frozenset(
    {"use_case", "segment", "technology"}
)  # the products of a table without a company column, and its topic
_MAX_CELL_NAME = 40


@dataclass(frozen=True)
class Row:
    """One data row: its span in the document and the span of each cell (one per column)."""

    start: int
    end: int
    cells: tuple[tuple[int, int], ...]


def table_rows(text: str, block: Block) -> list[Row]:
    """The data rows of a table block, located in the document text.

    Works for tab-separated and pipe tables, and for tables the HTML and DOCX readers render
    as tab-separated lines; the header line and ``---`` delimiter lines are skipped.
    """
    assert block.table is not None
    width = len(block.table.header)
    lines: list[tuple[int, int]] = []
    position = block.start
    for line in block.text.split("\n"):
        if line.strip() and not _SEPARATOR_LINE.match(line):
            lines.append((position, position + len(line)))
        position += len(line) + 1
    rows: list[Row] = []
    headed = any(block.table.header) or len(lines) > len(block.table.rows)
    for start, end in lines[int(headed) : int(headed) + len(block.table.rows)]:
        rows.append(Row(start, end, _cells(text, start, end, width)))
    return rows


def _cells(text: str, start: int, end: int, width: int) -> tuple[tuple[int, int], ...]:
    line = text[start:end]
    first, last = 0, len(line)
    if "\t" in line:
        cuts = [m.start() for m in re.finditer("\t", line)]
    else:  # a pipe row: outer pipes open and close it, inner pipes separate cells
        cuts = [m.start() for m in _UNESCAPED_PIPE.finditer(line)]
        if cuts and cuts[0] == len(line) - len(line.lstrip()):
            first = cuts.pop(0) + 1
        if cuts and cuts[-1] == len(line.rstrip()) - 1:
            last = cuts.pop()
    return _spans(text, start, first, last, cuts, width)


def _spans(
    text: str, base: int, first: int, last: int, cuts: list[int], width: int
) -> tuple[tuple[int, int], ...]:
    bounds = [first, *[c + 1 for c in cuts]]
    ends = [*cuts, last]
    spans = [_trim(text, base + a, base + b) for a, b in zip(bounds, ends, strict=True)]
    if len(spans) > width:  # surplus cells belong to the last column, as the readers do
        spans = [*spans[: width - 1], (spans[width - 1][0], spans[-1][1])]
    while len(spans) < width:
        spans.append((base + last, base + last))
    return tuple(spans)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def table_relations(
    text: str,
    block: Block,
    mentions: Sequence[Mention],
    *,
    topic: Mention | None = None,
    within: MentionsWithin | None = None,
    host: Mention | None = None,
) -> Iterator[RelationCandidate]:
    """Every relation the rows of ``block`` state, given the mentions found in the document.

    ``topic`` is the organisation the surrounding text is about (a company profile's
    company); a table of products without a company column is read as its products.
    ``within`` is ``MentionsWithin(mentions)`` when the caller has it already (one per
    document rather than one per table). ``host`` is the hospital whose own report the table
    is in: the partners its partner column lists (``项目 | 合作方 | 投入``) are the hospital's.
    """
    assert block.table is not None
    rows = table_rows(text, block)
    roles = list(column_roles(block.table.header))
    within = within or MentionsWithin(mentions)
    cell_mentions = [[within(*span) for span in row.cells] for row in rows]
    # row -> column -> mentions
    listing = [
        [is_list_cell(text, span, found) for span, found in zip(row.cells, cells, strict=True)]
        for row, cells in zip(rows, cell_mentions, strict=True)
    ]
    _infer_roles(roles, cell_mentions, listing)
    for row_cells, row_listing in zip(cell_mentions, listing, strict=True):
        for column, role in enumerate(roles):
            if role in _LIST_ROLES and not row_listing[column]:
                row_cells[column] = []  # prose in a topic column: its words are not its topics
    policy_table = "issuer" in roles or ("title" in roles and "date" in roles)
    for row, cells in zip(rows, cell_mentions, strict=True):
        filled = [
            _with_cell_names(text, row.cells[i], cells[i], roles[i], policy_table)
            for i in range(len(roles))
        ]
        yield from _row_relations(text, row, roles, filled, topic, host, block.table.header)
        if topic is not None and _lists_subsidiaries(block.table.header, roles):
            # "子公司名称 | 持股比例 | 主营业务" under a company's profile: the company's own
            for org in (m for i, ms in enumerate(filled) if roles[i] == "organization" for m in ms):
                if org.cls in _ORG and _key(org) != _key(topic):
                    yield _relation(
                        row, org, "subsidiaryOf", topic, SUBSIDIARY_CONFIDENCE, "subsidiary-table"
                    )


_LIST_RESIDUE = re.compile(r"[\s、，,;；/|和与及或等以及and&*＊“”\"'‘’()（）.。:：+\-]+")
_MAX_RESIDUE = 6  # characters a cell that lists names may hold besides them ("等", "为主")


def is_list_cell(text: str, span: tuple[int, int], mentions: Sequence[Mention]) -> bool:
    """True if a cell only lists names (``药物研发、分子生成等``), not prose that mentions them."""
    residue = []
    cursor = span[0]
    for mention in mentions:
        residue.append(text[cursor : mention.start])
        cursor = mention.end
    residue.append(text[cursor : span[1]])
    return len(_LIST_RESIDUE.sub("", "".join(residue))) <= _MAX_RESIDUE


def _infer_roles(
    roles: list[str | None], cells: list[list[list[Mention]]], listing: list[list[bool]]
) -> None:
    """Give a header-less column the role its cells show when they list segments, policies..."""
    by_class = {
        "Segment": "segment",
        "UseCase": "use_case",
        "Policy": "title",
        "Hospital": "hospital",  # "试点单位 | 承建企业": the sites a vendor works with
    }
    for column, role in enumerate(roles):
        if role is not None or not cells:
            continue
        counts: dict[str, int] = {}
        for row, row_listing in zip(cells, listing, strict=True):
            if not row_listing[column]:
                continue
            for cls in {m.cls for m in row[column]}:
                counts[cls] = counts.get(cls, 0) + 1
        for cls, inferred in by_class.items():
            if counts.get(cls, 0) * 2 >= len(cells) and inferred not in roles:
                roles[column] = inferred
                break


def _with_cell_names(
    text: str,
    span: tuple[int, int],
    found: list[Mention],
    role: str | None,
    policy_table: bool,
) -> list[Mention]:
    """The cell's mentions, plus mentions for listed names that none covers (entity columns)."""
    if role == "investor":
        found = [_without_round_role(m) for m in found]
    if role in ("investor", "partner", "organization", "hospital"):
        found = [p for p in (_party_mention(m) for m in found) if p is not None]
    if role == "use_case" and not any(m.cls == "UseCase" for m in found):
        # "Patient-facing AI agents" under "Focus": the header says the cell names a use case
        whole = use_case_cell(text, span)
        if whole is not None:
            return [whole, *(m for m in found if m.end <= whole.start or m.start >= whole.end)]
        listed = _cell_tasks(text, span)
        if listed:
            return [*listed, *(m for m in found if not any(_overlaps(m, t) for t in listed))]
    if role == "use_case":
        span, found = _without_gloss(text, span, found)
        found = _modality_use_cases(text, span, found)
    if role == "field":
        whole = field_cell(text, span)
        return [whole] if whole is not None else []
    if role not in ENTITY_ROLES or (role == "title" and not policy_table):
        return found
    cell = text[span[0] : span[1]]
    out = list(found)
    cursor = 0
    names = split_names(cell, by_space=role == "issuer")
    if role in ("investor", "partner", "organization", "hospital"):
        names = [n for n in (_party_name(name) for name in names) if n]
    if role == "region":  # "Tel Aviv, Israel": the place itself, not the country around it
        names = names[:1]
        first_end = span[0] + cell.find(names[0]) + len(names[0]) if names else span[1]
        out = [m for m in found if m.cls != "Region" or m.start < first_end]
        found = [m for m in found if m in out]
    for name in names:
        offset = cell.find(name, cursor)
        if offset < 0 or len(name) > _MAX_CELL_NAME:
            continue
        cursor = offset + len(name)
        start, end = span[0] + offset, span[0] + offset + len(name)
        overlapping = [m for m in found if m.start < end and start < m.end]
        if any(m.cls not in _CONCEPTS for m in overlapping):
            continue
        if any(m.start <= start and end <= m.end for m in overlapping):
            continue  # the cell names a use case or segment, not a product or company
        out = [m for m in out if m not in overlapping]
        out.append(
            Mention(
                start=start,
                end=end,
                text=name,
                cls=_cell_class(role, name),
                confidence=CELL_MENTION_CONFIDENCE,
                method="table-column",
                name=name,
            )
        )
    return sorted(out)


# a bilingual cell: a Chinese phrase, then its English gloss ("钼靶辅助诊断 Mammography reading")
_GLOSSED = re.compile(
    r"(?P<zh>[^A-Za-z]*[\u4e00-\u9fff][^A-Za-z]*?)\s+[A-Za-z][A-Za-z0-9 &/,'().\-]*"
)
_LISTED = re.compile(r"[、，,;；/&+和及与]|\band\b|\bor\b", re.IGNORECASE)
# a cell joining two words with 与/和/及 names one task (透析病历生成与质控); a list has 、or commas
_LISTED_CELL = re.compile(r"[、，,;；/&+]|\band\b|\bor\b", re.IGNORECASE)


def _without_gloss(
    text: str, span: tuple[int, int], found: list[Mention]
) -> tuple[tuple[int, int], list[Mention]]:
    """A use-case cell read as the one task it names. A bilingual cell is read in its first
    language: the gloss names the same tasks again, in words a vocabulary may file elsewhere
    (reading, screening). A cell that lists nothing (no 、, "and", "/") and holds several
    vocabulary words is one task phrase (``乳腺钼靶辅助诊断``, "Radiology triage"), not the
    words inside it."""
    a, b = _trim(text, *span)
    match = _GLOSSED.fullmatch(text, a, b)
    end = match.end("zh") if match is not None else b
    kept = [m for m in found if m.end <= end]
    inside = [m for m in kept if m.cls in ("UseCase", "Segment")]
    # one vocabulary word with a qualifier before or after it (CKD风险预测): the whole phrase
    qualified = len(inside) == 1 and (inside[0].start > a or inside[0].end < end)
    if (len(inside) > 1 or qualified) and not _LISTED_CELL.search(text, a, end):
        whole = use_case_cell(text, (a, end))
        if whole is not None:
            return (a, end), [whole, *(m for m in kept if m not in inside)]
    return ((a, end), kept) if match is not None else (span, found)


_FIELD_CELL = re.compile(
    r"[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9+\-/与和及 ]{1,19}"
    r"|[A-Za-z][A-Za-z0-9+\-/ ]{1,39}"  # English words run longer: "Gait coaching at home"
)
_MAX_FIELD_WORDS = 5  # an English field: "digital pathology", not a sentence


# a column that says what a firm concentrates on: "Focus", 主攻, 聚焦
_FOCUS_HEADER = re.compile(r"focus|主攻|聚焦|专注", re.IGNORECASE)
_COUNTED = re.compile(r"\d[\d,]*\s*(?:余|多)?\s*[家个所座]\s*$")


def _names_field(column: int, header: Sequence[str], sectors: set[int]) -> bool:
    """Does *column* (a sector or a "Focus" column) name the field its row's firm works in?"""
    named = header[column] if 0 <= column < len(header) else ""
    return column in sectors or bool(_FOCUS_HEADER.search(named))


def _two_languages(cell: str) -> bool:
    """True if a cell writes Chinese and English words side by side (脑卒中分诊 Stroke triage)."""
    return bool(re.search(r"[\u4e00-\u9fff]", cell) and re.search(r"[A-Za-z]{3}", cell))


def _free_uses(
    text: str,
    row: Row,
    roles: Sequence[str | None],
    cells: Sequence[list[Mention]],
    header: Sequence[str],
    makers: Sequence[Mention],
    offerings: Sequence[Mention],
    sectors: set[int],
) -> Iterator[RelationCandidate]:
    """A use or sector cell no vocabulary knows (``MSL insight mining``, 轻度认知障碍筛查).

    The whole cell, when it is a short phrase, is what the row's offerings are for; under a
    sector or focus column it is also the field the row's firm works in.
    """
    for column, role in enumerate(roles):
        if column >= len(row.cells) or not (role == "use_case" or column in sectors):
            continue  # a kind column (类型: 软件, 平台) names no use
        if any(m.cls in _FIELDS for m in cells[column]):
            continue  # a known use or field: read above
        cell = field_cell(text, row.cells[column])
        if cell is None or _NO_SECTOR.fullmatch(cell.text.strip()):
            continue
        if _two_languages(cell.text):
            continue  # 脑卒中分诊 Stroke triage: one use in two languages, not one name
        use = replace(cell, cls="UseCase")
        for offering in offerings:
            yield _relation(row, offering, "addressesUseCase", use, 0.7, "use-case-cell")
        if _names_field(column, header, sectors):
            for org in makers:
                yield _relation(row, org, "operatesIn", use, COLUMN_CONFIDENCE, "segment-cell")


# a header that names the technique itself (技术路线, 核心技术, "Technology"), not a strength
_TECHNIQUE_HEADER = re.compile(r"技术|算法|tech", re.IGNORECASE)
# a header that names who supplies it: 技术支持单位, 技术提供方, "Tech partner"
_SUPPLIER_HEADER = re.compile(r"单位|企业|公司|方$|厂商|partner|vendor|provider", re.IGNORECASE)


def _free_technologies(
    text: str,
    row: Row,
    roles: Sequence[str | None],
    cells: Sequence[list[Mention]],
    header: Sequence[str],
    agents: Sequence[Mention],
) -> Iterator[RelationCandidate]:
    """A technique cell no vocabulary knows (深度学习图像分割, "federated learning on-device").

    Under a column headed by the technique (技术路线, "Core technology"), the whole cell, when it
    is one short name, is what the row's offering, or its firm when it names none, is built with.
    """
    for column, role in enumerate(roles):
        if role != "technology" or column >= len(row.cells) or column >= len(header):
            continue
        if not _TECHNIQUE_HEADER.search(header[column]) or _SUPPLIER_HEADER.search(header[column]):
            continue  # 核心优势, "Strength", 技术支持单位: no technique's name
        if (
            any(m.cls not in _FIELDS for m in cells[column])
            or "、" in text[slice(*row.cells[column])]
        ):
            continue  # a known technique (read above), a firm that supplies it, or a list
        cell = field_cell(text, row.cells[column])
        if cell is None or _NO_SECTOR.fullmatch(cell.text.strip()):
            continue
        if _two_languages(cell.text):
            continue  # one technique in two languages, not one name
        technique = replace(cell, cls="Technology")
        for agent in agents:
            yield _relation(row, agent, "usesTechnology", technique, 0.7, "technology-cell")


def field_cell(text: str, span: tuple[int, int]) -> Mention | None:
    """A ``Segment`` mention for a whole cell under a business-focus column (主营方向).

    The cell is one field when it is a short phrase (up to 20 characters, 40 in English, no
    sentence punctuation): ``电子病历与病历质控`` is one business, not two use cases.
    """
    a, b = _trim(text, *span)
    cell = text[a:b]
    if not _FIELD_CELL.fullmatch(cell) or len(cell.split()) > _MAX_FIELD_WORDS:
        return None
    return Mention(
        start=a,
        end=b,
        text=cell,
        cls="Segment",
        confidence=CELL_MENTION_CONFIDENCE,
        method="table-column",
        name=cell,
    )


# a party's part in a deal written after its name: 星河资本（领投）, "Ashby Ventures (lead)"
_BRACKETED_ROLE = re.compile(
    r"\s*[（(]\s*(?:联合领投|领投|跟投|参投|独家|lead|co-lead|led|follow-on|participating)\s*[)）]\s*$",
    re.IGNORECASE,
)
# words a deal or sites table writes instead of a party's name
_NO_PARTY = re.compile(
    r"^(?:老股东|原股东|现有股东|现有投资方|老股东追加|未披露|不详|暂无|个人投资者|多家机构|其他|多家|多所"
    r"|若干|全国多家|多家医院|—|-|/"
    r"|existing investors?|existing shareholders|undisclosed|not disclosed|n/?a|angels?|others?"
    r"|various|individual investors|multiple|several|many)$",
    re.IGNORECASE,
)


def _party_name(name: str) -> str | None:
    """The name of one party a deal cell lists, without its role; None for "existing investors"."""
    name = _BRACKETED_ROLE.sub("", name).strip()
    if not name or _NO_PARTY.match(name) or re.match(r"^(?:老股东|原股东|现有股东)", name):
        return None
    halves = script_halves(name)  # "曜石医疗 Yaoshi Medical": one party, by its first name
    if halves is not None:
        return halves[0] if name.startswith(halves[0]) else halves[1]
    return name


def _modality_use_cases(text: str, span: tuple[int, int], found: list[Mention]) -> list[Mention]:
    """A listed use case qualified by an imaging modality is one name: ``肺结节CT辅助诊断``.

    An item of a use-case cell that ends with a use case and holds a technology (CT, X线, MRI)
    before it names one narrower use case; it replaces the names inside it.
    """
    cell = text[span[0] : span[1]]
    out = list(found)
    cursor = 0
    for name in split_names(cell):
        offset = cell.find(name, cursor)
        if offset < 0:
            continue
        cursor = offset + len(name)
        start, end = span[0] + offset, span[0] + offset + len(name)
        inside = [m for m in found if start <= m.start and m.end <= end]
        if (
            len(inside) >= 2
            and inside[-1].cls == "UseCase"
            and inside[-1].end == end
            and any(m.cls == "Technology" for m in inside[:-1])
            and use_case_cell(text, (start, end)) is not None
        ):
            whole = use_case_cell(text, (start, end))
            out = [m for m in out if m not in inside] + [whole]
    return sorted(out, key=lambda m: (m.start, m.end))


def _cell_tasks(text: str, span: tuple[int, int]) -> list[Mention]:
    """The tasks a use-case cell lists with 、 (事前提醒、事中审核), each ending in a task word."""
    a, b = _trim(text, *span)
    if "、" not in text[a:b]:
        return []
    out: list[Mention] = []
    at = a
    for part in text[a:b].split("、"):
        task = use_case_cell(text, (at, at + len(part)))
        if task is None or not ends_in_task(task.text):
            return []  # a list of other things (科室、医院): none of it is a task
        out.append(task)
        at += len(part) + 1
    return out


def _overlaps(m: Mention, other: Mention) -> bool:
    return m.start < other.end and other.start < m.end


# what an investor cell says of an investor's part in the round: 远屿资本领投, 甲基金跟投
# (not 投资 alone: 星河投资 is a name)
_ROUND_ROLE = re.compile(r"(?:联合领投|领投|跟投|参投|共同投资|独家投资|追加投资)$")


def _without_round_role(mention: Mention) -> Mention:
    """An investor's name without the role word a rounds table writes after it (领投, 跟投)."""
    match = _ROUND_ROLE.search(mention.text)
    if match is None or match.start() < 2:
        return mention
    name = mention.text[: match.start()]
    return replace(mention, end=mention.start + len(name), text=name, name=name, iri=None)


def _party_mention(mention: Mention) -> Mention | None:
    """A cell's organisation mention as :func:`_party_name` reads it (None: no party)."""
    if mention.cls in _CONCEPTS or mention.cls not in _ORG:
        return mention
    name = _party_name(mention.text)
    if name is None:
        return None
    if name == mention.text or not mention.text.startswith(name):
        return mention
    return replace(mention, end=mention.start + len(name), text=name, name=name, iri=None)


def _key(mention: Mention) -> str:
    return mention.iri or (mention.name or mention.text).casefold()


def _cell_class(role: str, name: str) -> str:
    default = ENTITY_ROLES[role]
    if default in _OFF or default in ("Policy", "Region"):
        return default
    return guess_organization_class(name, default)


def _row_relations(
    text: str,
    row: Row,
    roles: Sequence[str | None],
    cells: Sequence[list[Mention]],
    topic: Mention | None,
    host: Mention | None = None,
    header: Sequence[str] = (),
) -> Iterator[RelationCandidate]:
    def of(role_names: tuple[str, ...], classes: frozenset[str]) -> list[Mention]:
        return [
            m
            for column, role in enumerate(roles)
            if role in role_names
            for m in cells[column]
            if m.cls in classes
        ]

    def rel(
        subject: Mention, predicate: str, obj: Mention | None, confidence: float, method: str
    ) -> RelationCandidate:
        return _relation(row, subject, predicate, obj, confidence, method)

    documents = of(("title",), _DOC)
    if documents:
        yield from _document_row(text, row, roles, cells, documents)
        return
    orgs = of(("organization", "target"), _ORG)
    offerings = of(("product", "platform", "model", "organization"), _OFF)
    makers = orgs or []
    built = of(("product", "model"), _OFF)
    bases = of(("platform",), frozenset({"Platform"})) if built else []
    if bases:
        # "企业 | 模型/产品 | 所用平台 | …": the row's offering is built on the platform, which
        # the row's firm does not make
        offerings = [m for m in offerings if m not in bases]
        for offering in built:
            for base in bases:
                yield rel(offering, "basedOn", base, COLUMN_CONFIDENCE, "platform-column")
    first_built = next((c for c, r in enumerate(roles) if r in ("product", "model")), 0)
    owners = [
        m
        for column, role in enumerate(roles[:first_built])
        if bases and roles[0] == "platform" and role == "organization"
        for m in cells[column]
        if m.cls in _ORG
    ]
    for org in owners:
        # "平台 | 提供方 | 基于其构建的模型": the provider makes the row's platform; the models
        # built on it are other firms' work
        for base in bases:
            yield rel(org, "develops", base, COLUMN_CONFIDENCE, "platform-owner")
    for org in (m for m in makers if m not in owners):
        for offering in offerings:
            yield rel(org, "develops", offering, COLUMN_CONFIDENCE, "organization-product")
    if not makers:
        # 应用产品（供应企业） | 灵析肺结节软件（西宁灵析智能科技有限公司）: the maker beside it
        for column, role in enumerate(roles):
            if role not in ("product", "platform", "model"):
                continue
            for org in (m for m in cells[column] if m.cls == "Company"):
                for offering in (m for m in cells[column] if m.cls in _OFF):
                    yield rel(org, "develops", offering, COLUMN_CONFIDENCE, "product-cell-maker")
    if (
        topic is not None
        and not {"organization", "target", "hospital"} & set(roles)
        and not any(_CASE_HEADER.search(h) for h in header)
    ):
        # (a sites table, 医院 | 部署, or a table of cases lists what others made: no maker
        # is the topic)
        for offering in offerings:
            yield rel(topic, "develops", offering, TOPIC_CONFIDENCE, "topic-product")
    agents = offerings or makers
    if _is_market_row(roles):
        # "应用场景 | 代表企业 | 规模 | 占比": each row is a market and the firms in it
        market = field_cell(text, row.cells[0]) if row.cells else None
        fields = [market] if market is not None else cells[0]
        for field_ in (f for f in fields if f.cls in _FIELDS):
            for org in (m for m in orgs if m.cls in _ORG):
                yield rel(org, "operatesIn", field_, COLUMN_CONFIDENCE, "market-column")
        return
    sectors = {c for c, h in enumerate(header) if _SECTOR_HEADER.search(h)}
    for use_case in of(("use_case", "segment"), frozenset({"UseCase"})):
        role = _role_of(use_case, roles, cells)
        column = next((c for c, ms in enumerate(cells) if use_case in ms), -1)
        if role == "segment" and not offerings and column in sectors:
            # "Company | Sub-sector: Drug discovery": a firm works in its sector, a field of
            # care or not
            for org in makers:
                yield rel(org, "operatesIn", use_case, COLUMN_CONFIDENCE, "segment-column")
            continue
        if _names_field(column, header, sectors):
            # "Company | Flagship offering | Segment": the firm works in it, its offering serves it
            for org in makers if offerings else ():
                yield rel(org, "operatesIn", use_case, COLUMN_CONFIDENCE, "segment-column")
        confidence = COLUMN_CONFIDENCE if role == "use_case" else 0.7
        for agent in agents:
            yield rel(agent, "addressesUseCase", use_case, confidence, "use-case-column")
    if offerings:
        yield from _free_uses(text, row, roles, cells, header, makers, offerings, sectors)
    if makers and not offerings:
        for column in sorted(sectors):
            if column >= len(row.cells) or any(m.cls in _FIELDS for m in cells[column]):
                continue
            sector = field_cell(text, row.cells[column])
            if sector is not None and _NO_SECTOR.fullmatch(sector.text.strip()):
                continue  # 其他, "Other", "—": no sector named
            for org in makers if sector is not None else ():
                yield rel(org, "operatesIn", sector, COLUMN_CONFIDENCE, "segment-cell")
    for segment in of(("segment", "use_case"), frozenset({"Segment"})):
        if _COUNTED.search(text, max(0, segment.start - 8), segment.start):
            continue  # "进入112家医院": the sites counted, not a field the firm works in
        for org in makers:
            yield rel(org, "operatesIn", segment, COLUMN_CONFIDENCE, "segment-column")
    for field_ in of(("field",), frozenset({"Segment"})):
        for org in makers:
            yield rel(org, "operatesIn", field_, COLUMN_CONFIDENCE, "field-column")
    for technology in of(("technology",), frozenset({"Technology"})):
        for agent in agents:
            yield rel(agent, "usesTechnology", technology, COLUMN_CONFIDENCE, "technology-column")
    yield from _free_technologies(text, row, roles, cells, header, agents)
    for site in of(("hospital",), _ORG):
        for offering in offerings:
            yield rel(offering, "deployedAt", site, 0.8, "hospital-column")
        if not offerings:
            for org in makers:
                yield rel(org, "partnersWith", site, 0.7, "hospital-column")
    investees, funding_confidence, funding_method = orgs, COLUMN_CONFIDENCE, "investor-column"
    if not orgs and topic is not None and not {"organization", "target"} & set(roles):
        # a company profile's rounds table (时间 | 轮次 | 金额 | 投资方): the company's rounds
        investees, funding_confidence, funding_method = [topic], TOPIC_CONFIDENCE, "topic-round"
    for investor in of(("investor",), _ORG):
        if _key(investor) in {_key(m) for m in investees}:
            continue
        for investee in investees:
            yield rel(investor, "investsIn", investee, funding_confidence, funding_method)
            yield rel(investee, "fundedBy", investor, funding_confidence, funding_method)
    for acquirer in of(("acquirer",), _ORG):
        for target in of(("target",), _ORG) or of(("organization",), _ORG):
            yield rel(target, "acquiredBy", acquirer, COLUMN_CONFIDENCE, "acquirer-column")
    for partner in of(("partner",), _ORG):
        for org in makers:
            yield rel(org, "partnersWith", partner, 0.8, "partner-column")
        if (
            not makers
            and host is not None
            and _key(partner) != _key(host)
            and not _SELF_BUILT.fullmatch(partner.text.strip())
        ):
            # a hospital's own projects table (项目 | 合作方 | 投入): its partners
            yield rel(host, "partnersWith", partner, TOPIC_CONFIDENCE, "host-partner-column")

    for region in of(("region",), frozenset({"Region"})):
        for org in makers:
            yield rel(org, "locatedIn", region, 0.8, "region-column")
    for parent in of(("parent",), _ORG):
        for org in makers:
            yield rel(org, "subsidiaryOf", parent, 0.8, "parent-column")


_CASE_HEADER = re.compile(r"案例|\bcases?\b", re.IGNORECASE)


def _is_market_row(roles: Sequence[str | None]) -> bool:
    """True for a market table: a field first, the firms in it and its size or share; a
    segment column with the firms in it is one too, sized or not (``赛道 | 代表企业``)."""
    return (
        bool(roles)
        and roles[0] in ("use_case", "segment")
        and "organization" in roles
        and (bool({"amount", "rate"} & set(roles)) or roles[0] == "segment")
        and not {"product", "platform", "model", "investor", "date"} & set(roles)
    )


def _lists_subsidiaries(header: Sequence[str], roles: Sequence[str | None]) -> bool:
    """True if the organisation column's header names its rows as subsidiaries."""
    return (
        any(
            role == "organization" and _SUBSIDIARY_HEADER.search(name)
            for name, role in zip(header, roles, strict=False)
        )
        and "parent" not in roles
    )


def _role_of(
    mention: Mention, roles: Sequence[str | None], cells: Sequence[list[Mention]]
) -> str | None:
    for column, found in enumerate(cells):
        if mention in found:
            return roles[column]
    return None


def _relation(
    row: Row,
    subject: Mention,
    predicate: str,
    obj: Mention | None,
    confidence: float,
    method: str,
    date: str | None = None,
) -> RelationCandidate:
    """A relation whose evidence is ``row``."""
    return RelationCandidate(
        subject, predicate, obj, row.start, row.end, confidence, f"table:{method}", date
    )


def _document_row(
    text: str,
    row: Row,
    roles: Sequence[str | None],
    cells: Sequence[list[Mention]],
    documents: Sequence[Mention],
) -> Iterator[RelationCandidate]:
    """A policy or report row: issuers, date, and the stance of its content on concepts."""
    for column, role in enumerate(roles):
        span = row.cells[column]
        found = cells[column]
        for document in documents:
            if role == "issuer":
                predicate = "issuedBy" if document.cls == "Policy" else "publishedBy"
                for body in found:
                    if body.cls in _ORG:
                        yield _relation(
                            row, document, predicate, body, ISSUER_CONFIDENCE, "issuer-column"
                        )
            elif role == "date":
                iso = normalise_date(text[span[0] : span[1]])
                if iso is not None:
                    yield _relation(
                        row, document, "issuedOn", None, ISSUER_CONFIDENCE, "date-column", iso
                    )
            elif (
                role in ("content", "use_case", "segment", "technology")
                and document.cls == "Policy"
            ):
                listed = listed_tasks(text, span[0], span[1], found) if role == "content" else []
                for task in listed:  # 成本核算、运营数据中心、AI辅助决策: the points it pushes
                    yield _relation(row, document, "promotes", task, 0.7, "content-list")
                if role == "content":  # 推动智能配药、静配中心自动化与处方流转
                    found = sorted([*found, *promoted_items(text, span[0], span[1], found)])
                template = build_template(text, span[0], span[1], found)
                stances = concept_stances(template, 0, len(template.text))
                stated = {index for _, index, _ in stances}
                for stance, index, confidence in stances:
                    yield _relation(
                        row,
                        document,
                        stance,
                        template.mentions[index],
                        confidence,
                        f"{role}-column",
                    )
                if role != "content":  # a column of topics: promoted unless its words say rules
                    for index, mention in enumerate(template.mentions):
                        if mention.cls in _CONCEPTS and index not in stated:
                            yield _relation(
                                row, document, "promotes", mention, 0.7, f"{role}-column"
                            )
