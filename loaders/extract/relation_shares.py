"""A market share table: the vendors it lists work in the market its caption names.

Market sizing sections rank vendors in a table of shares (``厂商 | 市场份额``) under a caption
that names the market (``表4-2 2024年中国医学影像云市场厂商份额``), or under a document whose
title does (``中国医疗设备智慧运维市场规模测算``). :func:`share_table_markets` reads the market
off the caption, else the title, and states that each vendor of the table ``operatesIn`` it.
The market is the phrase before 市场 (less a year, a region word, 行业 and 细分), or before
主要厂商份额 in a caption without 市场 (``表2 2024年超声心动图AI软件主要厂商份额``), filed as
a segment the way a sector cell is; a vocabulary concept the phrase is exactly stays that
concept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from medatlas.loaders.document import Block
from medatlas.loaders.extract.columns import column_roles
from medatlas.loaders.extract.model import Mention, RelationCandidate
from medatlas.loaders.extract.relation_engine import CLASS_GROUPS
from medatlas.loaders.extract.relation_tables import table_rows
from medatlas.loaders.extract.spans import MentionsWithin

__all__ = ["SHARE_CONFIDENCE", "market_phrase", "share_table_markets"]

SHARE_CONFIDENCE = 0.7
_ORG = frozenset(CLASS_GROUPS["ORG"])
_SHARE_HEADER = re.compile(r"份额|市占率|share", re.IGNORECASE)
_MAX_CAPTION = 60  # characters: a longer line before the table is prose, not its caption
_MARKET = re.compile(
    r"(?:\d{4}\s*年(?:度)?)?(?:中国|全球|国内|我国|全国)?"
    r"(?P<market>[\u4e00-\u9fffA-Za-z0-9\-]{2,16}?)(?:行业)?"
    r"(?:(?:(?:主要|头部|代表性?)?(?:厂商|企业|供应商|公司))?(?:细分)?市场"
    r"|(?:主要|头部|代表性?)(?:厂商|企业|供应商|公司)(?:份额|市占率))"
)
_NOT_MARKET = re.compile(r"^(?:主要|整体|细分|国内|国际|海外|该|本|全球|中国|\d{4})")


def market_phrase(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the market a caption or title names, before its 市场.

    >>> t = "表4-2 2024年中国医学影像云市场厂商份额"
    >>> a, b = market_phrase(t, 0, len(t)); t[a:b]
    '医学影像云'
    >>> t = "表3 2024年甲状腺AI主要厂商市场份额"
    >>> a, b = market_phrase(t, 0, len(t)); t[a:b]
    '甲状腺AI'
    >>> t = "表2 2024年超声心动图AI软件主要厂商份额"
    >>> a, b = market_phrase(t, 0, len(t)); t[a:b]
    '超声心动图AI软件'
    >>> t = "表2 2024年跌倒监测细分市场主要厂商份额"
    >>> a, b = market_phrase(t, 0, len(t)); t[a:b]
    '跌倒监测'
    >>> market_phrase("主要厂商2024年营收与份额", 0, 13) is None
    True
    >>> market_phrase("表2 2024年主要厂商份额", 0, 15) is None
    True
    """
    match = _MARKET.search(text, start, end)
    if match is None or _NOT_MARKET.match(match.group("market")):
        return None
    return match.span("market")


def share_table_markets(
    text: str,
    block: Block,
    within: MentionsWithin,
    captions: Sequence[tuple[int, int]],
) -> Iterator[RelationCandidate]:
    """operatesIn from each organisation of a share table to the market of the first of
    *captions* (the line before the table, the document's title) that names one."""
    table = block.table
    if table is None or not any(_SHARE_HEADER.search(h) for h in table.header):
        return
    roles = list(column_roles(table.header))
    if "organization" not in roles:
        return
    column = roles.index("organization")
    market = _market(text, within, captions)
    if market is None:
        return
    for row in table_rows(text, block):
        if column >= len(row.cells):
            continue
        for vendor in within(*row.cells[column]):
            if vendor.cls in _ORG:
                yield RelationCandidate(
                    vendor,
                    "operatesIn",
                    market,
                    row.start,
                    row.end,
                    SHARE_CONFIDENCE,
                    "table:share-market",
                )


def _market(
    text: str, within: MentionsWithin, captions: Sequence[tuple[int, int]]
) -> Mention | None:
    for start, end in captions:
        if end - start > _MAX_CAPTION:
            continue
        span = market_phrase(text, start, end)
        if span is None:
            continue
        a, b = span
        exact = [m for m in within(a, b) if (m.start, m.end) == (a, b) and m.cls == "Segment"]
        if exact:
            return exact[0]
        phrase = text[a:b]
        return Mention(a, b, phrase, "Segment", SHARE_CONFIDENCE, "table-column", name=phrase)
    return None
