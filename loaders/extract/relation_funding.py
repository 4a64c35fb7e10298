"""Funding rounds: who raised a round and who invested in it, read off one sentence.

:func:`round_investees` finds the names that raise a round (``Y完成B轮融资``, ``Y raised a
Series A``, ``Y raised $14 million``); :func:`funding_round` pairs them with every name an
investing word points at (``由X领投``, ``led by X``, ``with participation from X``).

A sentence may report several rounds (``A raised $5M from X, and B closed a seed from Y``):
each investor then goes with the investee named last before it (or, if it comes first, the
one right after it), together with the names coordinated with that investee. A name that only
modifies the investee (``源于X的Y完成…``) raises nothing when another investee is named, and
an institution a start-up comes from ("a spin-out from X") or the places it will spend the
money on ("hospitals including X") invest nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from medatlas.loaders.extract.relation_cues import HEDGE_FACTOR, is_hedged, is_negated
from medatlas.loaders.extract.relation_engine import (
    CLASS_GROUPS,
    Found,
    Rule,
    Template,
    role_tokens,
)

__all__ = ["CO_INVEST_RULES", "ROUND_CONFIDENCE", "funding_round", "round_investees"]

_CARE = frozenset(CLASS_GROUPS["CARE"]) | {"GovernmentBody"}
_MONEY = (
    r"(?:USD|US\$|\$|€|£|EUR|GBP|RMB|CNY)\s?[\d.,]+\s*(?:million|billion|m|bn|mn|亿|万)?"
    r"(?:\b|(?<=[亿万]))"  # "RMB 1.2亿": a Chinese unit ends the amount too
)
# one clause up to a round's name, its amount written with thousands separators (2,000万美元)
_AMOUNT_GAP = (
    r"(?:[^\ue000\ue001，,。；;：:！？!?]|(?<=\d)[,，](?=\d{3})|\ue000\d+\ue002\w+\ue001){0,40}?"
)
# how news says a company raised money ("raised", "picked up", "bagged", "landed")
_RAISED_EN = (
    r"raised|raises|has raised|secured|secures|closed|closes|completed|completes|announced"
    r"|landed|lands|received|receives|picked up|picks up|bagged|bags|nabbed|nabs|took in"
    r"|takes in|pulled in|pulls in|attracted|attracts|obtained|obtains|snagged|snags|netted"
    r"|nets|banked|banks"
)

_INVESTEES = (
    Rule(
        "zh-round",
        rf"{{o:ORG}}{{G}}(?:完成|获得|获|宣布完成|宣布获得|斩获|迎来|启动|结束|披露)了?{_AMOUNT_GAP}(?:融资|投资)",
        (("round", "o", "o"),),
        1.0,
    ),
    Rule(
        "zh-round-name",
        r"{o:ORG}(?:(?!领投|跟投|参投|投资)[^\ue000\ue001，,。]){0,6}?(?:[A-F]\+{0,2}轮|天使轮|种子轮"
        r"|Pre-?[A-F]\+?轮|战略|IPO前)融资",
        (("round", "o", "o"),),
        1.0,
    ),
    Rule(
        "en-round",
        rf"{{o:ORG}}{{E}}\b(?:{_RAISED_EN})\b[^\ue000\ue001]{{0,60}}?"
        rf"(?:\b(?:round|funding|financing|investment|seed|series\s+[a-f]|grant)"
        rf"|{_MONEY}\s+(?:(?:research\s+)?grant\s+)?from\b)",
        (("round", "o", "o"),),
        1.0,
    ),
    Rule(
        "en-raised-amount",
        rf"{{o:ORG}}{{x}}\b(?:raised|raises|has raised|secured|secures|picked up|picks up|bagged"
        rf"|bags|nabbed|nabs|pulled in|pulls in|took in|takes in|netted|nets|banked|banks)\s+"
        rf"(?:about\s+|nearly\s+|roughly\s+|around\s+|over\s+|more than\s+)?"
        rf"{_MONEY}",
        (("round", "o", "o"),),
        1.0,
    ),
    Rule(
        "en-its-round",
        r"(?:^[^\ue000\ue001]{0,30}?{o:ORG}(?:[^\ue000\ue001]|\ue000\d+\ue002\w+\ue001){0,200}?"
        r"\b(?:its|their)|{p:ORG}['’]s)\s+(?:(?:latest|new|recent|first|last)\s+)?"
        r"(?:series\s+[a-f]\d?|seed|pre-seed|growth)\b",
        (("round", "o", "o"), ("round", "p", "p")),
        1.0,
    ),
)
_INVESTORS = (
    Rule(
        "zh-investor",
        r"{s:ORG}{q}(?:等)?[^\ue000\ue001，,。；;]{0,6}?(?:领投|跟投|参投|追加投资|联合领投|独家投资|投资|注资"
        r"|出资|参与投资|共同投资|加注|加码|增持)",
        (("investor", "s", "s"),),
        1.0,
    ),
    Rule(
        "zh-investors-include",
        r"(?:投资方|投资机构|投资人|投资者|出资方|领投方|跟投方|参投方|老股东|原股东|现有股东)"
        r"(?:包括|包含|有|为|是|涵盖)?"
        r"[：:]?{q}{s:ORG}",
        (("investor", "s", "s"),),
        1.0,
    ),
    Rule(
        "en-investor",
        r"\b(?:led by|co-led by|backed by|participation from|participation of|investors"
        r" including|investors include|joined by|existing (?:investors?|backers?|shareholders?)"
        r"(?:,?\s+(?:including|such as))?)\s+(?:the\s+)?{s:ORG}",
        (("investor", "s", "s"),),
        1.0,
    ),
    Rule(
        "en-investor-verb",
        r"{s:ORG}{e}\b(?:led|co-led|participated|participating|joined|joining|invested"
        r"|investing|also investing|also participating|came in|also came in|chipped in"
        r"|followed on|re-upped)\b(?!\s+by\b)",
        (("investor", "s", "s"),),
        1.0,
    ),
)
# "from X" / "including X" name an investor only when X is a firm, and not when it is where a
# start-up comes from ("a spin-out from X", "graduated from X")
_LOOSE_INVESTORS = (
    Rule(
        "en-investor-loose",
        r"(?<!spin-out )(?<!spinout )(?<!spun out )(?<!spin-off )(?<!spinoff )(?<!graduated )"
        r"(?<!emerged )(?<!away )\b(?:from|including)\s+(?:the\s+)?{s:ORG}",
        (("investor", "s", "s"),),
        1.0,
    ),
)
ROUND_CONFIDENCE = 0.85
#: investors named together before one investing verb: ``A与B共同投资了C``
CO_INVEST_RULES = (
    Rule(
        "zh-co-invest",
        r"{s:ORG}{q}(?:与|和|及|、|联合){q}{p:ORG}{h}(?:共同|联合|一起|一同)(?:投资|注资|领投|出资)了?{h}{q}"
        r"{o:ORG}",
        (
            ("investsIn", "s", "o"),
            ("fundedBy", "o", "s"),
            ("investsIn", "p", "o"),
            ("fundedBy", "o", "p"),
        ),
        0.8,
        solo=("s", "p"),
    ),
)
_AGENT_BEFORE = re.compile(r"(?:\b(?:by|from|with|of)\s+(?:the\s+)?|由|被|与|和)[\s“”\"]*$", re.I)
_CLAUSE_BREAK = re.compile(r"[，,。；;：:！？!?]")
_COORDINATED = re.compile(
    r"[\s“”\"'‘’「」『』*]*(?:、|和|与|及|以及|/|\band\b|&|,\s*and\b|,)?[\s“”\"'‘’]*"
)


def round_investees(template: Template) -> set[int]:
    """The tokens of a sentence that raise a round ("Y完成B轮融资", "Y raised a Series A").

    A name governed by "by", "from", "with", 由, 与… ("X, the company owned by Y, raised…")
    raises nothing, nor does a name an investing word points at ("whose investors include X"),
    nor one inside a modifier ("源于X的Y完成…") when another name does.
    """
    investors = _tokens(_INVESTORS, template)
    found = {
        index
        for index in _tokens(_INVESTEES, template) - investors
        if not _AGENT_BEFORE.search(template.text, 0, template.spans[index][0])
    }
    heads = {i for i in found if not _embedded(template, i)}
    return heads or found


def funding_round(template: Template, investees: set[int] | None = None) -> Iterator[Found]:
    """Investor -> investee relations of a sentence that reports a funding round.

    ``investees`` are the tokens that raise the round, when known (a sentence that continues
    the round of the one before names no investee of its own).
    """
    if investees is None:
        investees = round_investees(template)
    if not investees:
        return
    loose = {
        i for i in _tokens(_LOOSE_INVESTORS, template) if template.mentions[i].cls not in _CARE
    }
    # "A closed a round from X, and B, the X-ray AI developer, raised RMB 1.2亿": B raises
    # a round of its own, whether or not it is this one's investee
    raising = {
        i
        for i in _tokens(_INVESTEES, template)
        if not _AGENT_BEFORE.search(template.text, 0, template.spans[i][0])
    }
    investors = (_tokens(_INVESTORS, template) | loose) - investees - raising
    if not investors:
        return
    # "…, led by X, which it plans to use for…": hedges after the last party do not count
    last = max(template.spans[i][1] for i in investors | investees)
    clause_end = _CLAUSE_BREAK.search(template.text, last)
    words = template.words(0, clause_end.start() if clause_end else len(template.text))
    if is_negated(words):
        return
    hedged = is_hedged(words)
    confidence = ROUND_CONFIDENCE * (HEDGE_FACTOR if hedged else 1.0)
    method = "funding-round" + (":hedged" if hedged else "")
    for investor in sorted(investors):
        for investee in _round_of(template, investor, investees):
            yield Found("investsIn", investor, investee, confidence, method)
            yield Found("fundedBy", investee, investor, confidence, method)


def _round_of(template: Template, investor: int, investees: set[int]) -> list[int]:
    """The investees whose round ``investor`` joined: all of them, or, when the sentence
    reports several rounds, the nearest one before the investor (after it if none is before)
    with the names coordinated with it."""
    ordered = sorted(investees)
    groups: list[list[int]] = []
    for index in ordered:
        if groups and _COORDINATED.fullmatch(template.gap(groups[-1][-1], index)):
            groups[-1].append(index)
        else:
            groups.append([index])
    if len(groups) == 1:
        return groups[0]
    before = [g for g in groups if g[-1] < investor]
    if before:
        return before[-1]
    return groups[0]


def _embedded(template: Template, index: int) -> bool:
    return bool(template.embedded) and template.embedded[index]


def _tokens(rules: Sequence[Rule], template: Template) -> set[int]:
    found: set[int] = set()
    for rule in rules:
        for role in dict.fromkeys(subject for _, subject, _ in rule.emits):
            found.update(role_tokens(rule, template, role))
    return found
