"""The organisation a document's masthead names as its publisher, as a mention of its own.

A newsletter's sender (``发件人：X周报``), a column a piece first appeared in (``首发于“X”``), a
self-media account under ``来源：``: the reader states them in the document's metadata, but no
entity rule knows them, because they carry no organisation suffix. When the stated publisher
is written in the head of the text and no mention there or anywhere already names it, it
becomes a mention, typed by its own last word (``…协会`` an Association, ``…Inc.`` a Company),
else a plain Organization.

>>> publisher_class("穆川智医周报"), publisher_class("Tessvale Medical Ltd")
('Organization', 'Company')
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from medatlas.graph.identity import normalise_name
from medatlas.loaders.document import Document
from medatlas.loaders.extract.columns import guess_organization_class
from medatlas.loaders.extract.model import Mention

__all__ = ["PUBLISHER_METHOD", "is_company_name", "publisher_class", "publisher_mention"]

PUBLISHER_METHOD = "metadata:publisher"
PUBLISHER_CONFIDENCE = 0.7
_HEAD_CHARS = 3000
_MIN_NAME, _MAX_NAME = 3, 40

# a firm's legal form at the end of its name; other organisations are typed by their last word
# as a table's cells are (:func:`.columns.guess_organization_class`)
_LEGAL_FORM = re.compile(
    r"(?:公司|集团|\b(?:inc|incorporated|ltd|limited|llc|corp|corporation|plc|gmbh|ag"
    r"|co\.?,?\s+ltd|b\.v|n\.v|s\.a))\.?$",
    re.IGNORECASE,
)
# sources that name no one: 来源：网络, "Source: company filings"
_NO_ONE = re.compile(
    r"网络|本站|本报|本刊|综合|整理|公开资料|公告|官网|互联网|媒体|据报道|新闻|记者|编辑部|作者"
    r"|\b(?:internet|web|staff|company filings|press release|wire|various|internal)\b",
    re.IGNORECASE,
)
_LIST = re.compile(r"[、，,;；]|\band\b|&|与|和")


def publisher_class(name: str) -> str:
    """The class a publisher's own last word gives it; ``Organization`` when none does."""
    stripped = name.strip()
    if _LEGAL_FORM.search(stripped):
        return "Company"
    return guess_organization_class(stripped, "Organization")


def is_company_name(name: str | None) -> bool:
    """Does *name* end with a firm's legal form (``…股份有限公司``, ``… Inc.``)?"""
    return bool(name) and publisher_class(str(name)) == "Company"


def publisher_mention(document: Document, mentions: Sequence[Mention]) -> Mention | None:
    """The stated publisher as a mention where the head of the text writes it, or ``None``
    when there is none, it is a list or a generic source, or a mention already names it."""
    name = (document.metadata.publisher or "").strip()
    if not _MIN_NAME <= len(name) <= _MAX_NAME or _LIST.search(name) or _NO_ONE.search(name):
        return None
    start = document.text.find(name, 0, _HEAD_CHARS)
    if start < 0:
        return None
    end = start + len(name)
    wanted = normalise_name(name)
    for m in mentions:
        if m.start < end and start < m.end:
            return None  # written where a mention already stands
        if wanted in (normalise_name(m.name or m.text), normalise_name(m.text)):
            return None  # named elsewhere in the text (a short form counts)
    cls = publisher_class(name)
    return Mention(start, end, name, cls, PUBLISHER_CONFIDENCE, PUBLISHER_METHOD, name=name)
