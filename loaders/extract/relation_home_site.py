"""An offering a hospital's own document says went live, with no site named: it is the hospital's.

A hospital's annual summary or a case study about one hospital names the site once and then
writes ``“X”辅助诊断系统在影像科正式上线`` or "StrokeFlow went live in the emergency
department": the offering is deployed at that hospital. The sentence must name no other site
(hospital, research centre, university), say the offering went into use (not that a company
launched it) and not only plan it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from medatlas.loaders.extract.model import Mention, RelationCandidate

__all__ = ["HOME_SITE_CONFIDENCE", "home_site_relations"]

HOME_SITE_CONFIDENCE = 0.6

_OFFERINGS = frozenset({"Platform", "Product", "AIModel"})
_SITES = frozenset({"Hospital", "ResearchInstitution", "University"})
_AGENTS = frozenset({"Company", "Organization", "Association", "GovernmentBody"})
# going into use, in the hospital's own words (not 推出/发布: a maker launches)
_IN_USE = re.compile(
    r"正式上线|上线运行|上线试运行|投入使用|投入临床使用|投入运行|正式启用|启用|部署上线|完成部署|落地应用"
    r"|引入|引进|上线|试运行|全面应用|临床应用|装机|试点|试用|私有化部署|本地化部署|院内部署"
    r"|\b(?:went live|go-live|was deployed|were deployed|has been deployed|was rolled out"
    r"|was implemented|was installed|was introduced|came into use|entered clinical use"
    r"|is now live|has been in use|has been live)\b"
)
# a clause that only plans, asks or denies: 计划上线, 拟引入, will go live, was not deployed
_NOT_YET = re.compile(
    r"计划|拟|将于|将在|将|准备|预计|有望|尚未|未|暂未|不|是否|如何"
    r"|\b(?:will|plans?|planned|expects?|expected|could|would|may|might|not|yet)\b"
)
# a name that only modifies the offering: 由X研发的, X的, X's, from X, by X
_MODIFIER_AFTER = re.compile(r"^[”\"」』]?(?:[^，,。；;]{0,6}?的|['’]s\b)")
_MODIFIER_BEFORE = re.compile(
    r"(?:(?:由|\b(?:by|from|of|with))\s*"
    # 基于阿里云通义千问, 基于X科技的“Y”, "built on Y": what it is built on
    r"|(?:基于|依托|接入)[^，,。；;]{0,10}?|\b(?:based on|built on|powered by|runs on)\s+)"
    r"[“\"「『]?$"
)
_CLAUSE = re.compile(r"[，,。；;！？!?]")


def home_site_relations(
    text: str, start: int, end: int, inside: Sequence[Mention], home: Mention | None
) -> list[RelationCandidate]:
    """``deployedAt`` from the offering a sentence says went into use to ``home``, the hospital
    the document is about, when the sentence names no site and no company acting."""
    if home is None or any(m.cls in _SITES for m in inside):
        return []
    found: list[RelationCandidate] = []
    for use in _IN_USE.finditer(text, start, end):
        clause_start, clause_end = _clause_of(text, use.start(), start, end)
        if _NOT_YET.search(text, clause_start, use.start()):
            continue
        in_clause = [m for m in inside if clause_start <= m.start and m.end <= clause_end]
        if any(
            m.cls in _AGENTS and m.end <= use.start() and not _modifies(text, m) for m in in_clause
        ):
            continue  # 澄星智能上线了X: a company launched it
        offering = _nearest_offering(
            [m for m in in_clause if not _modifies(text, m)], use.start()
        )  # 基于阿里云通义千问大模型，在院内私有化部署: what it is built on is not what went live
        if offering is not None:
            found.append(
                RelationCandidate(
                    offering,
                    "deployedAt",
                    home,
                    start,
                    end,
                    HOME_SITE_CONFIDENCE,
                    "home-site",
                )
            )
    return found


def _clause_of(text: str, pos: int, start: int, end: int) -> tuple[int, int]:
    """The clause of the sentence ``start:end`` around ``pos``; a clause that opens with the
    offering's name ("X，已在…上线") runs on from the sentence's start."""
    before = [m.end() for m in _CLAUSE.finditer(text, start, pos)]
    after = _CLAUSE.search(text, pos, end)
    clause_start = before[-1] if before else start
    return (clause_start if len(before) < 2 else before[-2]), (after.start() if after else end)


def _acts(text: str, mention: Mention, pos: int) -> bool:
    """A company or body named before the words of use does the act itself."""
    return mention.cls in _AGENTS and mention.end <= pos and not _modifies(text, mention)


def _modifies(text: str, mention: Mention) -> bool:
    """The name only says whose the offering is: X的, X's, 由X研发的, by X, from X."""
    after = text[mention.end : mention.end + 12]
    before = text[max(0, mention.start - 16) : mention.start]
    return bool(_MODIFIER_AFTER.match(after) or _MODIFIER_BEFORE.search(before))


def _nearest_offering(mentions: Sequence[Mention], pos: int) -> Mention | None:
    """The offering named closest to the words of use, before them if any is."""
    offerings = [m for m in mentions if m.cls in _OFFERINGS]
    before = [m for m in offerings if m.end <= pos]
    if before:
        return before[-1]
    return offerings[0] if offerings else None
