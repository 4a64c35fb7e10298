"""One thing named in two scripts: a table's Chinese and English name columns, a title and
its translation.

Bilingual reports give a firm's Chinese and English names side by side: in two columns of one
row (``公司 | Company``, ``名称 | English name``) or as a title and its translation on one line
(``2025医疗AI图谱 / Healthcare AI Map 2025``). Each pair is one entity; without this step it
becomes two, one of them spurious. :func:`bilingual_aliases` files the Latin-script mention
under the Chinese one (its name, class and, when known, IRI), so the English name survives as
an alias of the entity the Chinese name makes; a known English name (an IRI the Chinese one
lacks) takes the Chinese one in instead. Two names of one class written side by side with
only a space between, one in each script, are a pair too (``X Holdings Limited X控股有限公司``).

>>> _is_translation_header("English name"), _is_translation_header("英文名称")
(True, True)
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import pairwise

from medatlas.loaders.document import Document
from medatlas.loaders.extract.columns import column_role
from medatlas.loaders.extract.entity_common import is_cjk
from medatlas.loaders.extract.model import Mention
from medatlas.loaders.extract.relation_context import TITLE_METHOD
from medatlas.loaders.extract.relation_engine import CLASS_GROUPS
from medatlas.loaders.extract.relation_tables import table_rows

__all__ = ["bilingual_aliases"]

_ORG = frozenset(CLASS_GROUPS["ORG"])
_OFFERINGS = frozenset(CLASS_GROUPS["OFF"])
_TRANSLATION_HEADER = re.compile(r"英文|english|\ben\b|外文", re.IGNORECASE)
_TITLE_SEPARATOR = re.compile(r"\s+/\s+|\s*｜\s*|\s+\|\s+")


def bilingual_aliases(document: Document, mentions: Sequence[Mention]) -> list[Mention]:
    """*mentions* with each Latin-script name of a bilingual pair filed under its Chinese
    partner; all others unchanged."""
    partner: dict[tuple[int, int], Mention] = {}
    by_name: dict[tuple[str, frozenset[str] | None], Mention] = {}
    mentions = [part for m in mentions for part in _split_pair(m)]
    pairs = (
        *_row_pairs(document, mentions),
        *_title_pairs(document, mentions),
        *_adjacent_pairs(document, mentions),
        *_line_pairs(document, mentions),
    )
    for latin, chinese in pairs:
        if latin.iri and not chinese.iri:
            latin, chinese = chinese, latin  # a known English name: the Chinese one joins it
        partner.setdefault((latin.start, latin.end), chinese)
        by_name.setdefault((_name(latin), _group(latin.cls)), chinese)
    out = []
    for m in mentions:
        # the pair's name wherever else the document writes it ("LungVee detects…")
        other = partner.get((m.start, m.end)) or by_name.get((_name(m), _group(m.cls)))
        if other is None or other is m or (m.iri and m.iri != other.iri):
            out.append(m)
        else:
            out.append(replace(m, cls=other.cls, iri=other.iri, name=_name(other)))
    return out


# one mention that holds both names: 童肺通 PediLung, 医信通问答模型 MIL-QA
_JOINED_PAIR = re.compile(
    r"(?P<zh>[\u4e00-\u9fff][\u4e00-\u9fff·\-]*[\u4e00-\u9fff])[ \t\u3000]{1,3}"
    r"(?P<en>[A-Z][\w\-.]*(?: [A-Z0-9][\w\-.]*){0,4})"
)


def _split_pair(m: Mention) -> tuple[Mention, ...]:
    """An organisation's or an offering's mention written as its Chinese name, a space and its
    Latin-script name, as two mentions of the Chinese name."""
    pair = _JOINED_PAIR.fullmatch(m.text)
    if pair is None or m.iri or _group(m.cls) not in (_ORG, _OFFERINGS):
        return (m,)
    zh, en = pair.group("zh"), pair.group("en")
    if m.name not in (None, m.text, zh):
        return (m,)
    return (
        replace(m, end=m.start + pair.end("zh"), text=zh, name=zh),
        replace(m, start=m.start + pair.start("en"), text=en, name=zh),
    )


def _name(m: Mention) -> str:
    return m.name or m.text


def _group(cls: str) -> frozenset[str] | None:
    if cls in _ORG:
        return _ORG
    if cls in _OFFERINGS:
        return _OFFERINGS
    return frozenset({"Report", "Policy"}) if cls in ("Report", "Policy") else None


def _is_cjk_name(text: str) -> bool:
    return any(is_cjk(ch) for ch in text)


def _is_latin_name(text: str) -> bool:
    return text.isascii() and any(ch.isalpha() for ch in text)


def _is_translation_header(header: str) -> bool:
    return bool(_TRANSLATION_HEADER.search(header))


def _paired_columns(header: Sequence[str]) -> list[tuple[int, int]]:
    """Column pairs that name one thing twice: two columns of the same naming role
    (``公司`` and ``Company``), or a naming column and an "English name" column after it."""
    roles = [column_role(h) for h in header]
    translation = [_is_translation_header(h) for h in header]
    pairs = []
    for j in range(len(header)):
        same = [i for i in range(j) if roles[i] is not None and roles[i] == roles[j]]
        if same:
            pairs.append((same[0], j))
        elif translation[j] and j > 0 and not translation[j - 1]:
            pairs.append((j - 1, j))  # "名称 | 英文名": the column it translates stands before it
    return pairs


def _only_mention(
    mentions: Sequence[Mention], span: tuple[int, int], *, script: str
) -> Mention | None:
    """The one mention of an entity class in the cell *span*, written in *script*."""
    inside = [
        m for m in mentions if span[0] <= m.start and m.end <= span[1] and _group(m.cls) is not None
    ]
    if len(inside) != 1:
        return None
    m = inside[0]
    ok = _is_cjk_name(m.text) if script == "cjk" else _is_latin_name(m.text)
    return m if ok else None


# what separates two names a cell lists (Tongfang Health Fund; 凯屿资本), unlike a name and its
# translation, which stand side by side or with a slash or bracket between
_CELL_LIST_SEPARATOR = re.compile(r"[;；,，、]")


def _cell_pair(
    text: str, mentions: Sequence[Mention], span: tuple[int, int]
) -> tuple[Mention, Mention] | None:
    """(Latin, Chinese) when a cell holds exactly one name in each script, of one kind, side by
    side: ``岚影智能 Lanying AI``, ``岚影智能 / Lanying AI`` (not two investors listed,
    ``Tongfang Health Fund; 凯屿资本``)."""
    inside = [
        m for m in mentions if span[0] <= m.start and m.end <= span[1] and _group(m.cls) is not None
    ]
    if len(inside) != 2:
        return None
    first, second = sorted(inside, key=lambda m: m.start)
    if _CELL_LIST_SEPARATOR.search(text, first.end, second.start):
        return None
    chinese = [m for m in inside if _is_cjk_name(m.text)]
    latin = [m for m in inside if _is_latin_name(m.text)]
    if len(chinese) == 1 and len(latin) == 1 and _group(chinese[0].cls) == _group(latin[0].cls):
        return latin[0], chinese[0]
    return None


def _row_pairs(
    document: Document, mentions: Sequence[Mention]
) -> Iterator[tuple[Mention, Mention]]:
    """(Latin mention, Chinese mention) of each row that names one thing in two columns, or
    in one cell."""
    for block in document.blocks:
        if block.kind != "table" or block.table is None:
            continue
        pairs = _paired_columns(block.table.header)
        for row in table_rows(document.text, block):
            for span in row.cells:
                pair = _cell_pair(document.text, mentions, span)
                if pair is not None:
                    yield pair
            for i, j in pairs:
                if max(i, j) >= len(row.cells):
                    continue
                for a, b in ((i, j), (j, i)):
                    chinese = _only_mention(mentions, row.cells[a], script="cjk")
                    latin = _only_mention(mentions, row.cells[b], script="latin")
                    if chinese and latin and _group(chinese.cls) == _group(latin.cls):
                        yield latin, chinese
                        break


_SPACE_ONLY = re.compile(r"[ \t\u3000]{1,3}")
# "HeartBeacon (心标医疗)", "心标医疗（HeartBeacon）": the other script's name in brackets
_BRACKET_OPEN = re.compile(r"[ \t\u3000]{0,2}[（(]")
_BRACKET_CLOSE = re.compile(r"[)）]")


def _adjacent_pairs(
    document: Document, mentions: Sequence[Mention]
) -> Iterator[tuple[Mention, Mention]]:
    """(Latin, Chinese) names of one organisation or offering written side by side with only a
    space between (``Yunhe Medical AI Holdings Limited 云禾医疗人工智能控股有限公司``) or the
    second in brackets after the first (``HeartBeacon (心标医疗)``)."""
    text = document.text
    ordered = sorted(mentions, key=lambda m: (m.start, -m.end))
    for left, right in pairwise(ordered):
        group = _group(left.cls)
        if group is None or group is not _group(right.cls) or group not in (_ORG, _OFFERINGS):
            continue
        if not (
            _SPACE_ONLY.fullmatch(text, left.end, right.start)
            or (
                _BRACKET_OPEN.fullmatch(text, left.end, right.start)
                and _BRACKET_CLOSE.match(text, right.end)
            )
        ):
            continue
        if _is_latin_name(left.text) and _is_cjk_name(right.text):
            yield left, right
        elif _is_cjk_name(left.text) and _is_latin_name(right.text):
            yield right, left


def _title_pairs(
    document: Document, mentions: Sequence[Mention]
) -> Iterator[tuple[Mention, Mention]]:
    """(Latin report, Chinese report) named on the title's line: a title and its translation."""
    text = document.text
    titles = [m for m in mentions if m.method == TITLE_METHOD and _is_cjk_name(m.text)]
    for title in titles[:1]:
        line_start = text.rfind("\n", 0, title.start) + 1
        line_end = text.find("\n", title.end)
        line_end = len(text) if line_end < 0 else line_end
        if not _TITLE_SEPARATOR.search(text, title.end, line_end):
            continue
        for m in mentions:
            if (
                line_start <= m.start
                and m.end <= line_end
                and m is not title
                and _group(m.cls) == _group(title.cls)
                and _is_latin_name(m.text)
            ):
                yield m, title


# a line that is one name and its translation: "## 4.2 心擎开放平台 / HeartEngine Open Platform"
_NAME_LINE = re.compile(
    r"^[#*\s]*(?:[\d.]+\s*|[一二三四五六七八九十]+、\s*)?(?P<zh>[^\n/｜|]{2,40}?)\s*(?:/|｜)\s*"
    r"(?P<en>[^\n/｜|]{2,60}?)[*\s]*$",
    re.MULTILINE,
)


def _line_pairs(
    document: Document, mentions: Sequence[Mention]
) -> Iterator[tuple[Mention, Mention]]:
    """(Latin, Chinese) names that make a whole line between them, one on each side of a
    slash: a section given to one thing, named in both scripts."""
    text = document.text
    whole = {(m.start, m.end): m for m in mentions}
    for line in _NAME_LINE.finditer(text):
        chinese = whole.get(line.span("zh"))
        latin = whole.get(line.span("en"))
        if (
            chinese is not None
            and latin is not None
            and _is_cjk_name(chinese.text)
            and _is_latin_name(latin.text)
            and _group(chinese.cls) is not None
            and _group(chinese.cls) == _group(latin.cls)
        ):
            yield latin, chinese
