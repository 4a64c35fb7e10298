"""The field a company works in: ``X深耕医学影像领域``, "X is a leader in digital pathology".

A company that focuses on, is rooted in or leads a *field* (a word followed by 领域/赛道/行业/
市场, or "a leader in X", "operates in the X market") works in it: the rules here emit the
predicate ``field``, which the relation step turns into ``operatesIn`` for a segment (a
market) and into ``addressesUseCase`` for a field the vocabulary files as a use case (the
ontology lets an organisation operate in segments only).
"""

from __future__ import annotations

from medatlas.loaders.extract.relation_engine import Rule

__all__ = ["FIELD_PREDICATE", "FIELD_RULES"]

FIELD_PREDICATE = "field"
_FOCUS_ZH = (
    "深耕|聚焦|布局|专注|扎根|主攻|切入|进军|致力于|耕耘|立足|专攻|深度布局|重点布局|战略布局|持续布局"
    "|长期深耕|率先布局|全面布局"
)
_FIELD_ZH = "领域|赛道|行业|市场|板块|产业|方向"
_LEADER_ZH = "领军|龙头|头部|领先|代表性?|知名|独角兽|标杆"
_LEADER_EN = (
    "leader|pioneer|specialist|player|frontrunner|front-runner|innovator|provider|company"
    "|startup|start-up|vendor|challenger|heavyweight|champion"
)
_MARKET_EN = "market|space|sector|segment|industry|field|arena|vertical"

FIELD_RULES: tuple[Rule, ...] = (
    Rule(
        "zh-org-focuses-on-field",
        rf"{{s:ORGX}}{{G}}(?:{_FOCUS_ZH})于?(?:在)?{{k}}{{q}}{{o:FIELD}}{{q}}(?:等|及相关)?(?:{_FIELD_ZH})",
        ((FIELD_PREDICATE, "s", "o"),),
        0.75,
    ),
    Rule(
        "zh-org-is-field-leader",
        rf"{{s:ORGX}}{{g}}(?:是|为|系|作为|成为)(?:国内|全球|国际|行业内?)?{{q}}{{o:FIELD}}{{q}}"
        rf"(?:{_FIELD_ZH})?的?(?:{_LEADER_ZH})(?:企业|公司|厂商|玩家|者)",
        ((FIELD_PREDICATE, "s", "o"),),
        0.75,
        hedgeable=False,
    ),
    Rule(
        "zh-field-leader-org",
        rf"{{o:FIELD}}{{q}}(?:{_FIELD_ZH})的?(?:{_LEADER_ZH})(?:企业|公司|厂商|玩家)[\s，,：:]*{{q}}{{s:ORGX}}",
        ((FIELD_PREDICATE, "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "en-org-leader-in-field",
        rf"{{s:ORGX}}{{a}}(?:\b(?:is|as|was|has become|became|remains)\s+|,\s*)(?:a|an|the)\s+"
        rf"(?:[\w-]+\s+){{0,2}}?(?:{_LEADER_EN})s?\s+(?:in|of)\s+(?:the\s+)?{{o:FIELD}}",
        ((FIELD_PREDICATE, "s", "o"),),
        0.75,
        hedgeable=False,
    ),
    Rule(
        "en-org-operates-in-field",
        r"{s:ORGX}{e}\b(?:operates|operating|competes|competing|is active|active|works|working"
        r"|specialises|specializes|specialising|specializing|focuses|focused|focusing"
        r"|concentrates)\s+(?:exclusively\s+|primarily\s+|mainly\s+)?(?:in|on)\s+(?:the\s+)?"
        rf"{{o:FIELD}}(?:\s+(?:{_MARKET_EN})\b)",
        ((FIELD_PREDICATE, "s", "o"),),
        0.75,
    ),
    Rule(
        "en-org-enters-field-market",
        r"{s:ORGX}{e}\b(?:entered|enters|entering|expanded into|expands into|moved into"
        r"|moves into)\s+(?:the\s+)?"
        rf"{{o:FIELD}}\s+(?:{_MARKET_EN})\b",
        ((FIELD_PREDICATE, "s", "o"),),
        0.7,
    ),
    Rule(
        "zh-org-is-a-firm-focused-on-field",
        rf"{{s:ORGX}}{{G}}(?:是|为|作为)?一家{{k}}(?:{_FOCUS_ZH}|从事|主营)于?{{k}}{{q}}{{o:FIELD}}{{C}}的"
        r"{C}(?:企业|公司|厂商|服务商|提供商|独角兽|平台)",
        ((FIELD_PREDICATE, "s", "o"),),
        0.75,
        hedgeable=False,
    ),
    Rule(
        "zh-org-field-as-main-business",
        r"{s:ORGX}{g}以{q}{o:FIELD}{k}为(?:主业|主营业务|核心业务|核心主业|主要业务|核心方向|主攻方向)",
        ((FIELD_PREDICATE, "s", "o"),),
        0.75,
    ),
    Rule(
        "zh-org-focuses-on",
        rf"{{s:ORGX}}{{g}}(?:{_FOCUS_ZH})于?{{q}}{{o:FIELD!}}{{q}}(?=[，,。；;]|$)",
        ((FIELD_PREDICATE, "s", "o"),),
        0.7,
    ),
    Rule(
        "en-org-builds-ai-for-field",
        r"{s:ORGX}{e}\b(?:builds|develops|makes|provides|offers|sells)\s+(?:AI|{TECH})"
        r"(?:\s+(?:software|tools|solutions|products|models))?\s+(?:for|in)\s+(?:the\s+)?"
        r"{o:FIELD}",
        ((FIELD_PREDICATE, "s", "o"),),
        0.7,
    ),
)
