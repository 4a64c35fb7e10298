"""Who wrote or published the report a document is: credits stated anywhere in it.

The masthead lines under a title are read by :func:`.relation_context.document_metadata`;
this module adds the credits a report states in its own words, wherever they stand:

- a sentence about the report itself: ``本报告由X与Y联合撰写``, ``本白皮书由X发布``, "This
  report was prepared by X", "A report from X and Y";
- a copyright line: ``© 2025 X``, "(c) 2025 X. All rights reserved.", ``版权所有：X``;
- a press byline under the title naming a masthead no mention covers: ``文/X记者 Y``,
  "X | City, 14 May 2025": the name is read off the line (confidence 0.6);
- the closing signature of an official document (落款): the issuing body's name on a line of
  its own, the date on the next, after the body of the text.

The document may be a policy (its title is a notice's or a regulation's): then whoever wrote
or signed it issued it (``issuedBy``).

A writing verb (撰写, 编写, prepared, written) credits an author, a publishing one (发布, 出品,
published) or a copyright a publisher.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import pairwise

from medatlas.loaders.document import Document
from medatlas.loaders.extract.columns import guess_organization_class
from medatlas.loaders.extract.model import Mention, RelationCandidate
from medatlas.loaders.extract.relation_context import (
    TITLE_METHOD,
    as_credits_of,
    document_title,
    find_dates,
)
from medatlas.loaders.extract.relation_engine import CLASS_GROUPS

__all__ = ["CREDIT_CONFIDENCE", "TITLE_METHOD", "document_title", "report_credits"]

CREDIT_CONFIDENCE = 0.75
SIGNATURE_CONFIDENCE = 0.75
# a signature's date line: a full date and nothing else (2025年6月20日, 2025-06-20, 20 June 2025)
_DATE_ONLY = re.compile(
    r"(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-./]\d{1,2}[-./]\d{1,2})"
    r"|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d{2}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d{2}"
)
BYLINE_NAME_CONFIDENCE = 0.6
_ORG = frozenset(CLASS_GROUPS["ORG"])
_HEAD_BLOCKS = 4
_SELF_ZH = (
    r"(?:本|该|此)(?:报告|白皮书|蓝皮书|研究报告|调研报告|指南|手册|年鉴|文集|专刊|期刊|刊物|榜单"
    r"|专家共识|共识|团体标准|标准|规范|图谱|名录|简报)"
)
_SELF_EN = (
    r"\b(?:this|the)\s+(?:report|white\s?paper|study|brief|briefing|survey|guide|handbook|review"
    r"|outlook|analysis|publication|paper)"
)
# the report refers to itself, then names who made it: the organisations up to the verb
_SELF_CREDIT = (
    re.compile(
        rf"{_SELF_ZH}[^。；;\n]{{0,6}}?由(?P<names>[^。；;\n]{{2,80}}?)"
        r"(?:联合|共同|合作|组织|牵头)?(?P<verb>撰写|编写|编制|编著|编撰|起草|执笔|制定|研究(?![院所会])|完成|发布|出品|出版|发行)"
    ),
    re.compile(
        rf"{_SELF_EN}\s+(?:was|is|has been|were)\s+(?:jointly\s+|independently\s+)?"
        r"(?P<verb>prepared|written|authored|compiled|produced|researched|published|released"
        r"|commissioned and published|issued)\s+by\s+(?P<names>[^.;\n]{2,160})",
        re.IGNORECASE,
    ),
    re.compile(
        r"^[\s*_>#]*(?:an?\s+)?(?:report|white\s?paper|study|briefing|survey)\s+(?P<verb>from|by)"
        r"\s+(?P<names>[^.;\n]{2,160})",
        re.IGNORECASE | re.MULTILINE,
    ),
)
_AUTHOR_VERB = re.compile(
    r"撰写|编写|编制|编著|编撰|起草|执笔|制定|研究|完成|prepared|written|authored|compiled|researched|by",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright\s*(?:©|\(c\))?|版权所有\s*[：:]?)\s*(?:(?:19|20)\d{2}(?:\s*[-–—]\s*"
    r"(?:19|20)\d{2})?\s*[,，]?\s*)?",
    re.IGNORECASE,
)
# 文/X记者 Y, 来源：X, 撰文：X: a press byline; X is the outlet
_PRESS_BYLINE = re.compile(
    r"^[\s*_>#]*(?:文|文字|撰文|来源)\s*[/／|｜：:]\s*(?P<name>[\u4e00-\u9fffA-Za-z]{2,12}?)"
    r"\s*(?:特约|首席|资深|实习)?(?:记者|编辑|通讯员|研究员|撰稿人|作者)"
    r"|^[\s*_>#]*(?:来源|出品|出品方)\s*[：:]\s*(?P<source>[\u4e00-\u9fffA-Za-z][^\s|｜/，,。]{1,15})"
    r"\s*$",
    re.MULTILINE,
)
# "Harbourline Media | Hong Kong, 3 June 2025": a masthead line that opens with a capitalised name
_NAME_BAR = re.compile(
    r"^[\s*_>#]*(?P<name>[A-Z][\w.&'’-]*(?:\s+(?:&|and|of|for|the|[A-Z][\w.&'’-]*)){1,6})"
    r"\s*[|｜·•]\s*[^\n]*?\b(?:19|20)\d{2}\b",
    re.MULTILINE,
)


def report_credits(document: Document, mentions: Sequence[Mention]) -> Iterator[RelationCandidate]:
    """``authoredBy`` / ``publishedBy`` of the report a document's title names.

    ``mentions`` are non-overlapping and in text order.
    """
    report = document_title(document, mentions)
    if report is not None:
        yield from as_credits_of(report, _report_credits(document, mentions, report))


def _report_credits(
    document: Document, mentions: Sequence[Mention], report: Mention
) -> Iterator[RelationCandidate]:
    text = document.text
    orgs = [m for m in mentions if m.cls in _ORG]
    for pattern in _SELF_CREDIT:
        for match in pattern.finditer(text):
            predicate = "authoredBy" if _AUTHOR_VERB.fullmatch(match["verb"]) else "publishedBy"
            start, end = match.span("names")
            for org in _leading_names(orgs, start, end):
                yield _credit(report, predicate, org, text, match.start(), match.end())
    for match in _COPYRIGHT.finditer(text):
        after = [m for m in orgs if m.start >= match.end()]
        if after and text[match.end() : after[0].start].strip(" \t*_") == "":
            yield _credit(report, "publishedBy", after[0], text, match.start(), after[0].end)
    yield from _bylines(document, mentions, report)
    yield from _signature(document, mentions, report)


def _signature(
    document: Document, mentions: Sequence[Mention], report: Mention
) -> Iterator[RelationCandidate]:
    """The last signature of the document: a paragraph that is only an organisation's name,
    then one that is only a date (``甘肃省某委员会`` / ``2025年6月20日``)."""
    text = document.text
    blocks = [b for b in document.blocks if b.kind != "table" and b.start > report.end]
    for signer, dated in reversed(list(pairwise(blocks))):
        name = text[signer.start : signer.end].strip(" \t*_")
        day = text[dated.start : dated.end].strip(" \t*_")
        if not _DATE_ONLY.fullmatch(day):
            continue
        whole = [
            m
            for m in mentions
            if m.cls in _ORG
            and signer.start <= m.start
            and m.end <= signer.end
            and m.text.strip() == name
        ]
        dates = find_dates(text, dated.start, dated.end)
        if len(whole) != 1 or len(dates) != 1:
            continue
        line = (signer.start, dated.end)
        yield RelationCandidate(
            report, "publishedBy", whole[0], *line, SIGNATURE_CONFIDENCE, "signature"
        )
        yield RelationCandidate(
            report, "issuedOn", None, *line, SIGNATURE_CONFIDENCE, "signature", date=dates[0][2]
        )
        return


def _bylines(
    document: Document, mentions: Sequence[Mention], report: Mention
) -> Iterator[RelationCandidate]:
    """Masthead lines under the title naming an outlet no mention covers."""
    text = document.text
    blocks = [b for b in document.blocks[: _HEAD_BLOCKS + 1] if b.kind != "table"]
    for block in blocks:
        if block.start <= report.start < block.end:
            continue
        for pattern in (_PRESS_BYLINE, _NAME_BAR):
            for match in pattern.finditer(text, block.start, block.end):
                group = "source" if match.groupdict().get("source") else "name"
                start, end = match.span(group)
                if start < 0 or any(m.start < end and start < m.end for m in mentions):
                    continue
                name = text[start:end]
                cls = guess_organization_class(name, "Organization")
                mention = Mention(
                    start, end, name, cls, BYLINE_NAME_CONFIDENCE, "byline-name", name=name
                )
                line = _line(text, start, end)
                yield RelationCandidate(
                    report, "publishedBy", mention, *line, BYLINE_NAME_CONFIDENCE, "byline-name"
                )
                for _, _, iso in find_dates(text, *line)[:1]:
                    yield RelationCandidate(
                        report,
                        "issuedOn",
                        None,
                        *line,
                        BYLINE_NAME_CONFIDENCE,
                        "byline-date",
                        date=iso,
                    )


def _leading_names(orgs: Sequence[Mention], start: int, end: int) -> list[Mention]:
    return [m for m in orgs if start <= m.start and m.end <= end]


def _credit(
    report: Mention, predicate: str, org: Mention, text: str, start: int, end: int
) -> RelationCandidate:
    return RelationCandidate(
        report, predicate, org, *_line(text, start, end), CREDIT_CONFIDENCE, "report-credit"
    )


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end == -1 else line_end
