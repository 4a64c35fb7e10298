"""Grants: the organisations a funder's programme lists as its recipients are funded by it.

A foundation's or an agency's announcement names the funder once ("The X Foundation today
announced $6 million in grants…", ``X基金会公布2025年度资助项目``) and then lists who receives
the money, under a heading (``Grant recipients``, "Awardees", ``获资助单位``, ``资助名单``) or
after a lead-in ("The grantees are:", ``获得资助的单位包括：``), one item or table row each.
Every organisation that opens such an item, or fills the first naming column of such a table,
is ``fundedBy`` the funder.

The funder is the organisation that awards (``awards``, "announced … grants", ``资助``,
``设立…基金``) in the text before the list, else the document's publisher.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from medatlas.loaders.document import Block
from medatlas.loaders.extract.model import Mention, RelationCandidate
from medatlas.loaders.extract.relation_engine import CLASS_GROUPS

__all__ = ["GRANT_CONFIDENCE", "grant_recipients"]

GRANT_CONFIDENCE = 0.7
_ORG = frozenset(CLASS_GROUPS["ORG"])
_FUNDERS = frozenset(CLASS_GROUPS["ORG"])
# a heading or lead-in that introduces the recipients
_RECIPIENTS = re.compile(
    r"\b(?:grant\s+recipients|grantees|awardees|award\s+recipients|recipients|funded\s+(?:teams"
    r"|projects|organi[sz]ations)|successful\s+applicants|winners)\b"
    r"|获资助|获得资助|资助(?:对象|名单|单位|项目名单)|立项(?:名单|单位)|入选(?:名单|单位)|拟资助",
    re.IGNORECASE,
)
# what the funder does in the text before the list
_AWARDS = re.compile(
    r"\b(?:awards?|awarded|announced|grants?|granted|funds|funded|fund|committed|commits)\b"
    r"|资助|设立|拨付|下达|公布|发布|支持",
    re.IGNORECASE,
)
_GRANT_WORD = re.compile(r"\bgrants?\b|\bfunding\b|\baward|资助|专项资金|基金", re.IGNORECASE)
_ITEM_LEAD = re.compile(r"^[\s*_>#\-–—•·\d.、（）()|]*$")
# what a recipient's entry says it gets: "receives $3.2 million", "is awarded", 获得…资助
_RECEIVES = re.compile(
    r"\b(?:receives?|received|is awarded|are awarded|was awarded|were awarded|wins?|won|gets?)\b"
    r"|获得|获批|获资助|获得资助",
    re.IGNORECASE,
)
_RECEIVER_REACH = 160  # characters of an entry within which its recipients get the money
_MAX_ITEMS_AFTER = 40  # blocks after the heading that may still list recipients


def grant_recipients(
    text: str, blocks: Sequence[Block], mentions: Sequence[Mention], publisher: Mention | None
) -> Iterator[RelationCandidate]:
    """``fundedBy`` from each listed recipient of a grant programme to its funder."""
    if not _GRANT_WORD.search(text):
        return
    for index, block in enumerate(blocks):
        if block.kind not in ("heading", "paragraph") or not _introduces(block):
            continue
        funder = _funder(text, mentions, block.start) or publisher
        if funder is None:
            continue
        for start, end in _items(text, blocks, index):
            for recipient in _recipients(text, start, end, mentions):
                if _same(recipient, funder):
                    continue
                yield RelationCandidate(
                    recipient, "fundedBy", funder, start, end, GRANT_CONFIDENCE, "grant-recipients"
                )


def _introduces(block: Block) -> bool:
    """A heading naming the recipients, or a short paragraph ending with a colon that does."""
    if not _RECIPIENTS.search(block.text):
        return False
    return block.kind == "heading" or block.text.rstrip().endswith((":", "："))


def _items(text: str, blocks: Sequence[Block], index: int) -> Iterator[tuple[int, int]]:
    """The spans of the list items and table rows right after block *index*, up to the next
    heading or the body's next long paragraph."""
    # relation_tables reads rows for the whole relation step and imports the relation modules
    from medatlas.loaders.extract.relation_tables import table_rows

    for block in blocks[index + 1 : index + 1 + _MAX_ITEMS_AFTER]:
        if block.kind == "heading":
            return
        if block.kind == "paragraph" and _RECEIVES.search(block.text[:_RECEIVER_REACH]):
            yield block.start, block.end  # "**X** (Chicago) receives $3.2 million to …"
        elif block.kind == "paragraph" and len(block.text) > 200:
            return
        if block.kind == "list_item":
            yield block.start, block.end
        elif block.kind == "table" and block.table is not None:
            yield from ((row.start, row.end) for row in table_rows(text, block))


def _recipients(text: str, start: int, end: int, mentions: Sequence[Mention]) -> list[Mention]:
    """The organisation an item opens with, and those named with it before the words of
    receiving ("X and Y (Chicago) receive", "X, together with Y, receives")."""
    first = _opening_organisation(text, start, end, mentions)
    if first is None:
        return []
    verb = _RECEIVES.search(text, first.end, min(end, start + _RECEIVER_REACH))
    if verb is None:
        return [first]
    return [
        m for m in mentions if first.start <= m.start and m.end <= verb.start() and m.cls in _ORG
    ]


def _opening_organisation(
    text: str, start: int, end: int, mentions: Sequence[Mention]
) -> Mention | None:
    """The organisation an item opens with (``**X** ($1.8 million) will…``, ``| X | …``)."""
    for m in mentions:
        if m.start < start or m.start >= end:
            continue
        if m.cls in _ORG and _ITEM_LEAD.match(text[start : m.start]):
            return m
        return None
    return None


def _funder(text: str, mentions: Sequence[Mention], before: int) -> Mention | None:
    """The last organisation that awards, before *before*: "X … announced $6 million in
    grants", ``X设立专项资金资助``."""
    best = None
    for m in mentions:
        if m.start >= before:
            break
        if m.cls not in _FUNDERS:
            continue
        tail = text[m.end : min(before, m.end + 80)]
        if _AWARDS.search(tail) and _GRANT_WORD.search(tail):
            best = m
    return best


def _same(a: Mention, b: Mention) -> bool:
    return (a.iri or a.name or a.text) == (b.iri or b.name or b.text)
