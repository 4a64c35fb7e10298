"""The field a company works in: ``X深耕医学影像领域``, "X is a leader in digital pathology".

A company that focuses on, is rooted in or leads a *field* (a word followed by 领域/赛道/行业/
市场, or "a leader in X", "operates in the X market") works in it: the rules here emit the
predicate ``field``, which :func:`field_predicate` turns into ``operatesIn`` when an
organisation works in a market segment or a field of care the vocabulary files as a use case
(数字病理, clinical decision support), and into ``addressesUseCase`` when an offering is said to
serve it.

A field no vocabulary lists is read off the words around it by :func:`free_fields`
(``专注心电人工智能``, ``医疗供应链AI企业X``, "X, an AI drug discovery startup") and filed, like
any use case the vocabulary lacks, as a discovered concept. The phrase the report writes is the
field: what a firm focuses on may be a technology or a modality (``专注于大模型``, ``主攻磁共振``)
or hold a narrower concept (``深耕心脑血管影像`` over 脑血管影像), unless it only adds a
technology word to one (``超声影像AI`` is 超声影像). Several fields may be listed (``聚焦A、B和C``,
``业务涵盖A、B``, ``X：A与B服务商``, "operates in imaging software and cardiology services").

Some relations here are no fields: "PreSense predicts postpartum hemorrhage" and an apposition
that says what an offering does ("X, a model … that detects atrial fibrillation", "X, Y's fetal
heart-rate monitoring software") bind the use cases :mod:`.relation_usecases` reads off the
words. :func:`prefer_fields` drops a department given as a field or a task (病理科, 放射科).

>>> field_predicate("Company", "UseCase"), field_predicate("Product", "UseCase")
('operatesIn', 'addressesUseCase')
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from medatlas.loaders.extract.model import Mention, RelationCandidate
from medatlas.loaders.extract.relation_engine import CLASS_GROUPS, Rule
from medatlas.loaders.extract.relation_usecases import TASK_VERBS_EN
from medatlas.loaders.extract.usecase_phrases import EN_NOT_NARROWING, TASK_HEAD_ZH

__all__ = [
    "FIELD_METHOD",
    "FIELD_PREDICATE",
    "FIELD_RULES",
    "field_predicate",
    "firm_word_after",
    "free_fields",
    "prefer_fields",
]

FIELD_PREDICATE = "field"
_NARROWED = "en-org-leader-in-field"  # the broad field of "a leader in X for Y" ...
_NARROWED_BY = "en-org-leader-in-x-for-field"  # ... gives way to the narrow one
# up to 30 characters with places and concepts but no other name
_PLACES_GAP = (
    r"(?:[^\ue000\ue001]|\ue000\d+\ue002(?:Region|UseCase|Segment|Technology)\ue001){0,30}?"
)
_ORGANISATIONS = frozenset(CLASS_GROUPS["ORG"])
_FIELDS = frozenset({"Segment", "UseCase"})


def field_predicate(subject_cls: str, field_cls: str) -> str:
    """The relation for "*subject* works in *field*": ``operatesIn`` for an organisation in a
    segment or a field of care, ``addressesUseCase`` for an offering and a use case, else ``""``."""
    if subject_cls in _ORGANISATIONS and field_cls in _FIELDS:
        return "operatesIn"
    if field_cls == "UseCase":
        return "addressesUseCase"
    return ""


_FOCUS_ZH = (
    "深耕|聚焦|定位于|涉足|押注|布局|专注|扎根|主攻|切入|进军|致力于|耕耘|立足|专攻|深度布局|重点布局|战略布局|持续布局"
    "|长期深耕|率先布局|全面布局|主要从事|从事|主营|业务(?:主要)?集中(?:在|于)"
)
# the work a firm does in its field, said after it: 从事医疗大模型研发, 主营心电分析业务
_FIELD_WORK_ZH = r"(?:的?(?:研发|研究|开发|业务|服务|工作))?"
_FIELD_ZH = "领域|赛道|行业|市场|板块|产业|方向"
# how many fields a list names, said before the field word: 三大场景领域
_FIELD_COUNT_ZH = r"(?:[两三四五六七八九十多]大)?(?:场景|应用)?"
# how long a firm has worked in its field: 深耕医疗信息化十余年
_YEARS_ZH = r"[一二三四五六七八九十百\d]+余?年|多年|数年|近?十年"
_LEADER_ZH = "领军|龙头|头部|领先|代表性?|知名|独角兽|标杆"
_LEADER_EN = (
    "leader|pioneer|specialist|player|frontrunner|front-runner|innovator|provider|company"
    "|startup|start-up|vendor|challenger|heavyweight|champion"
)
_MARKET_EN = "market|space|sector|segment|industry|field|arena|vertical"
# a firm's focus on its field: "specializes in", "focuses on"
_EN_FOCUS = (
    r"(?:speciali[sz]es|speciali[sz]ing|focuses|focusing|concentrates|concentrating"
    r"|is\s+(?:focused|speciali[sz]ed))\s+(?:exclusively\s+|primarily\s+|mainly\s+)?(?:on|in)"
)
# the kinds of offering a task's name may stand before: "sepsis prediction software"
_WARES_EN = (
    "software|tool|platform|system|app|application|model|solution|service|assistant"
    "|algorithm|engine|module|product"
)
# the kinds of firm a field may qualify: 数字病理公司, 医学影像AI企业
_FIRM_KIND_ZH = "企业|公司|厂商|服务商|提供商|独角兽|科技公司|初创公司|创业公司"
# a technology word that may close a field's name before the firm word (医学影像AI公司)
_FIELD_TECH_ZH = r"(?:AI|人工智能|\ue000\d+\ue002Technology\ue001)?"
# words that praise a firm before its field: 国内领先的病理AI企业
_FIRM_PRAISE_ZH = (
    r"(?:国内|国际|全球|中国|亚洲|一家|知名|头部|领先的?|新锐|老牌|专业|优秀|重点|大型)*"
)
# a firm's lines of business, listed: 公司业务涵盖A、B和C, 主营业务包括A
_BUSINESS_ZH = r"的?(?:主营|主要|核心)?业务(?:范围|板块)?(?:涵盖|覆盖|包括|包含|聚焦)了?[：:]?"
# another field listed after one: 深耕医学影像和数字病理
_LIST_GOES_ON = (
    r"(?:(?:[、和与及]|以及)\ue000\d+\ue002(?:UseCase|Segment)\ue001)+"
    rf"{_FIELD_WORK_ZH}(?=[，,。；;]|$)"
)
# a name that owns what follows (X旗下的子公司, X的产品) is not the one that focuses on a field
_NOT_OWNER = r"(?!旗下|下属|的|控股|参股|投资的)"

FIELD_RULES: tuple[Rule, ...] = (
    Rule(
        "zh-org-focuses-on-field",
        rf"{{s:ORGX}}{{G}}(?:{_FOCUS_ZH})于?(?:在)?{{k}}{{q}}{{o:FIELD}}{{q}}(?:等|及相关)?{_FIELD_COUNT_ZH}"
        rf"(?:{_FIELD_ZH})",
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
        # the clauses between may name places and concepts ("X总部位于成都，专注Y")
        rf"{{s:ORGX}}{_NOT_OWNER}{_PLACES_GAP}(?:{_FOCUS_ZH})于?{{q}}{{o:FIELD!}}{{q}}{_FIELD_WORK_ZH}"
        rf"(?:{_YEARS_ZH})?(?=[，,。；;]|$|{_LIST_GOES_ON})",
        ((FIELD_PREDICATE, "s", "o"),),
        0.7,
    ),
    Rule(
        "en-org-operates-in-fields",
        # "the company operates in imaging software and cardiology services": business lines
        r"{s:ORGX}{e}\b(?:operates|operating|competes|competing|is active|active|does business)"
        r"\s+(?:exclusively\s+|primarily\s+|mainly\s+|chiefly\s+)?in\s+(?:the\s+)?{o:FIELD}"
        r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|as well as)\s)",
        ((FIELD_PREDICATE, "s", "o"),),
        0.7,
    ),
    Rule(
        "zh-org-is-a-field-firm",
        # "X是国内领先的数字病理公司": a firm of a field works in it
        rf"{{s:ORGX}}{{g}}(?:是|为|系|作为)[^\ue000\ue001，,。；;]{{0,10}}?{{o:FIELD}}{_FIELD_TECH_ZH}"
        rf"(?:{_FIELD_ZH})?的?(?:{_FIRM_KIND_ZH})",
        ((FIELD_PREDICATE, "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "zh-as-a-field-firm-org",
        # "作为一家医学影像AI公司，X已完成B轮融资"
        rf"作为[^\ue000\ue001，,。；;]{{0,10}}?{{o:FIELD}}{_FIELD_TECH_ZH}(?:{_FIELD_ZH})?的?"
        rf"(?:{_FIRM_KIND_ZH})"
        r"[，,]\s*{q}{s:ORGX}",
        ((FIELD_PREDICATE, "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "zh-org-colon-field-firm",
        # "- **X**：医疗数据标注与治理服务商，…": a profile line names the firm's field
        r"{s:ORGX}[*_]*\s*(?:[（(][^（）()\ue000\ue001]{1,12}[)）])?[*_]*\s*[：:]\s*"
        rf"{_FIRM_PRAISE_ZH}{{o:FIELD}}{{k}}(?:服务商|提供商|供应商|企业|公司|厂商)(?=[，,。；;]|$)",
        ((FIELD_PREDICATE, "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "zh-org-business-covers-fields",
        rf"{{s:ORGX}}{_BUSINESS_ZH}{{q}}{{o:FIELD!}}{{q}}(?=[，,。；;、和与及]|$)",
        ((FIELD_PREDICATE, "s", "o"),),
        0.7,
    ),
    Rule(
        "en-offering-does-task",
        # "PreSense predicts postpartum hemorrhage": the object names the task (its mention is
        # named "postpartum hemorrhage prediction" by relation_usecases)
        r"{s:AGENT}(?:,?\s+(?:which|that))?\s+(?:(?:is|was|are|were)\s+(?:designed|built|used"
        r"|trained|able)\s+to\s+|can\s+|helps\s+(?:\w+\s+)?|will\s+|also\s+)?"
        rf"(?:{TASK_VERBS_EN})\s+{{o:UC}}",
        (("addressesUseCase", "s", "o"),),
        0.7,
    ),
    Rule(
        "en-apposition-does-task",
        # "Corvix, a model developed by Tallow researchers that predicts acute kidney injury"
        r"{s:OFF},\s*(?:a|an|the|its|our|their)\s+{a}(?:\s+(?:developed|built|created|designed"
        r"|made|trained)\s+by\s+{ORG}(?:\s+[\w-]+)?)?\s+(?:that|which)\s+(?:(?:is|was)\s+"
        r"(?:designed|built|used|trained|able)\s+to\s+|can\s+|helps\s+(?:\w+\s+)?|will\s+)?"
        rf"(?:{TASK_VERBS_EN})\s+{{o:UC}}",
        (("addressesUseCase", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "en-apposition-task-ware",
        # "HeartLoop, Norvane's AI-assisted fetal heart-rate monitoring software": the task
        # the apposition names before its kind of offering
        r"{s:OFF},\s*(?:its|an?|the|our|their|(?:{ORGX}|[A-Z][\w-]+)['’]s?)\s+{a}{o:UC}\s+"
        rf"(?:{_WARES_EN})s?\b",
        (("addressesUseCase", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "en-org-focuses-on-fields",
        # "Tarnwell, which specializes in AI-powered dermatology, …": an organisation's field
        rf"{{s:ORGX}}[*_]*(?:,?\s+(?:which|that))?\s+{_EN_FOCUS}\s+(?:the\s+)?"
        r"(?:(?:AI|\ue000\d+\ue002Technology\ue001)[\w-]*\s+)?{o:FIELD}"
        r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|as well as)\s)",
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


# --- fields no vocabulary lists ------------------------------------------------------------------

FIELD_METHOD = "free-field"
FIELD_CONFIDENCE = 0.65
_MAX_FIELD_ZH = 10
_FIRM_ZH = "企业|公司|服务商|提供商|厂商|独角兽|初创企业|创业公司|初创公司"
_FIRM_EN = (
    "company|startup|start-up|firm|developer|maker|specialist|provider|player|vendor|scale-up"
    "|unicorn|business"
)
_FIELD_CHARS = r"[\u4e00-\u9fffA-Za-z0-9+]"
# words that add only how a field is worked in to a concept's name (超声影像AI is 超声影像)
_HOW_ZH = re.compile(
    r"(?:AI|人工智能|智能化?|技术|算法|SaaS|软件|解决方案|服务|云)+", re.IGNORECASE
)
# a profile line: "X：医疗数据标注与治理服务商" (the firm, a colon, its field and kind of firm)
_ZH_COLON_FIELD = re.compile(
    r"[*_]*\s*(?:[（(][^（）()]{1,12}[)）])?[*_]*\s*[：:]\s*"
    rf"{_FIRM_PRAISE_ZH}(?P<f>(?:{_FIELD_CHARS}|[、和与及]){{2,24}}?)(?:AI|人工智能)?"
    r"(?:服务商|提供商|供应商|企业|公司|厂商)(?=[，,。；;]|$)"
)
_TASK_HEAD = re.compile(rf"(?:{TASK_HEAD_ZH})")
# "X是一家医疗大数据公司": the field of a firm said to be one of its kind
_ZH_FIRM_OF_FIELD = re.compile(
    rf"(?:是|为|系|作为)(?:一家|一个)?{_FIRM_PRAISE_ZH}(?P<f>{_FIELD_CHARS}{{2,{_MAX_FIELD_ZH}}}?)"
    rf"(?:AI|人工智能)?(?:{_FIRM_KIND_ZH})(?=[，,。；;]|$)"
)
# after a focus verb: the fields run to the end of the clause or to 领域/赛道/...; several may
# be listed (聚焦眼底影像、心电分析和大模型)
_ZH_FOCUS_FIELD = re.compile(
    rf"(?:{_BUSINESS_ZH}|{_FOCUS_ZH})于?(?:在)?[“\"《]?(?P<f>(?:{_FIELD_CHARS}|[、和与及]){{2,40}}?)[”\"》]?"
    rf"(?:等|及相关)?{_FIELD_COUNT_ZH}(?:{_FIELD_ZH}|{_FIELD_WORK_ZH}"
    rf"(?:{_YEARS_ZH})?(?=[，,。；;）)]|$))"
)
_ZH_LIST_SEP = re.compile(r"以及|[、和与及]")
# concepts a field's name may hold or be: a technology (大模型), a modality (超声), a field of
# care (脑血管影像 of 心脑血管影像)
_FIELD_WORDS = frozenset({"UseCase", "Segment", "Technology"})
# a hospital department is where a task is done, not a field a firm works in (病理科, 放射科)
_DEPARTMENT_ZH = re.compile(r"[\u4e00-\u9fff]{2,4}(?<!学)科")
# before a firm word that names the organisation right after it: 医疗供应链AI企业X
_ZH_FIELD_FIRM = re.compile(
    rf"(?:国内|国际|全球|一家|知名|头部|领先的?|新锐|老牌|专业)*"
    rf"(?P<f>{_FIELD_CHARS}{{2,{_MAX_FIELD_ZH}}}?)(?:AI|人工智能)?(?:{_FIRM_ZH})"
)
# words that make a phrase a kind of firm, a goal or a place, not a line of business
_ZH_NOT_FIELD = re.compile(
    r"上市|控股|参股|子|母|合资|投资|关联|合作|伙伴|目标|同类|该|本|其|家|被投|国有|民营|外资"
    r"|提升|提高|打造|推动|推进|帮助|实现|解决|服务于|为|让|把|将|的|和|与|及|或|[省市县区]$"
    r"|提供|医生|患者|用户|客户|效率|能力|水平|质量|成本|发展|建设|升级|转型"
    r"|包括|包含|涵盖|覆盖|业务|主要|核心|多个|多家|全国|全球|国内|国际|知名|领先|头部|龙头"
    r"|高新技术|创新型|科技型|新型|大型|中小"
)
_GENERIC_ZH = frozenset(
    {"医疗", "健康", "科技", "人工智能", "智能", "互联网", "数字", "医药", "生物", "信息", "软件"}
    | {"AI", "技术", "创新", "研发", "产品", "服务", "业务", "人工智能技术", "AI技术", "医疗健康"}
    | {"高科技", "医疗科技", "健康科技", "数字科技", "智能科技", "信息科技", "网络科技", "生物科技"}
    | {"信息技术", "科技创新", "平台", "集团", "企业"}
)
_EN_FIELD_FIRM = re.compile(
    r"[*_]*,\s*(?:a|an)\s+(?P<f>(?:[A-Za-z][\w-]*\s+){1,5}?)"
    rf"(?:{_FIRM_EN})\b"
)
_EN_LEADER_IN = re.compile(
    r"[*_]*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{_LEADER_EN})s?\s+(?:in|of)\s+(?:the\s+)?(?P<f>(?:[A-Za-z][\w-]*\s*){{1,6}}?)"
    r"(?=\s*[,.;)]|\s+(?:and|that|which|with|since|today|has|is|was)\b)"
)
# a field and a kind of firm right before the firm's name: "the revenue-cycle start-up X"
_EN_FIRM_BEFORE = re.compile(
    r"\b(?:the|a|an)\s+(?P<f>(?:[A-Za-z][\w-]*\s+){1,4}?)"
    rf"(?:{_FIRM_EN})\s+$"
)
_EN_FOR = re.compile(r"\bfor\s+(?P<f>(?:[a-z][\w-]*\s*){1,3})$")
# leading words that say what kind of firm it is, not what it works in
_EN_MODIFIER = re.compile(
    r"(?:leading|privately|publicly|held|listed|traded|venture|backed|funded|fast|growing"
    r"|fast-growing|young|small|large|global|new|major|top|well-known|early-stage|late-stage"
    r"|emerging|established|award-winning|stealth|\w+-based|\w+-backed|\w+-stage|\w+-owned"
    r"|[A-Z][a-z]+)$"
)
_GENERIC_EN = frozenset(
    {"AI", "ML", "health", "healthcare", "medical", "tech", "technology", "market", "industry"}
    | {"field", "sector", "space", "segment", "world", "country", "region", "software", "data"}
    | {"portfolio", "subsidiary", "affiliate", "sister", "parent", "holding", "member", "partner"}
    | {"client", "customer", "spin-off", "spinout", "spin-out", "joint-venture", "shell"}
)
_EN_WARES = re.compile(r"software|solutions?|platforms?|tools?|services?|products?|systems?")
_EN_WORD = re.compile(r"[a-z][a-z-]*|AI|ML|[A-Z]{2,5}")


def _en_field(words: str) -> tuple[int, int] | None:
    """Where the field lies in *words* ("a Boston-based computational pathology"): the span
    after the kind-of-firm words, when what is left is lower-case words or acronyms."""
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", words)]
    while tokens and _EN_MODIFIER.fullmatch(words[tokens[0][0] : tokens[0][1]]):
        tokens.pop(0)
    while len(tokens) > 1 and _EN_WARES.fullmatch(words[tokens[-1][0] : tokens[-1][1]]):
        tokens.pop()  # "a breast imaging software company": the field is breast imaging
    if not tokens or not all(_EN_WORD.fullmatch(words[a:b]) for a, b in tokens):
        return None
    if all(words[a:b] in _GENERIC_EN for a, b in tokens):
        return None  # "a health AI startup", "the leader of the market" name no field
    return tokens[0][0], tokens[-1][1]


_GIVES_WAY = frozenset({"Technology"})
# "operates in imaging software and cardiology services": the business lines a firm names
_EN_BUSINESS_LINES = re.compile(
    r"\b(?:operates|operating|competes|competing|is active|does business)\s+"
    r"(?:exclusively\s+|primarily\s+|mainly\s+|chiefly\s+)?in\s+(?:the\s+)?"
    r"(?P<items>[a-z][\w\s,-]{2,90}?)(?=\s*[.;:)]|$)"
    # "which specializes in AI-powered dermatology, raised…": the field a firm focuses on
    rf"|\b{_EN_FOCUS}\s+(?:the\s+)?(?P<focus>[A-Za-z][\w\s-]{{2,60}}?)(?=\s*[,.;:)]|$)"
)
_MAX_FOCUS_WORDS = 2  # a field a firm focuses on, unnamed by any vocabulary: "dermatology"
_EN_LINE = re.compile(r"(?:[a-z][a-z-]*|AI|[A-Z]{2,5})(?:\s+(?:[a-z][a-z-]*|AI|[A-Z]{2,5})){0,3}")
_EN_LINE_SEP = re.compile(r"\s*,\s*(?:and\s+|as well as\s+)?|\s+(?:and|as well as)\s+")
# words that make a phrase a place, a kind of site or a count, not a line of business
_EN_NOT_LINE = re.compile(
    r"\b(?:countries|country|markets?|regions?|states?|cities|provinces|hospitals?|clinics?"
    r"|locations?|sites?|partnership|collaboration|cooperation|compliance|accordance|line"
    r"|addition|total|part|parallel|more|many|several|over|about|both|all|most|some|which"
    r"|the|a|an|its|their|our|this|that|of|needs|growth|expansion|patients|customers|users"
    r"|clients|people|efficiency|innovation|improving|building|helping|making|providing"
    r"|delivering|reducing|using|developing|creating|bringing|expanding|growing|serving"
    r"|supporting|enabling)\b"
)


def _en_lines(text: str, hit: re.Match[str]) -> list[tuple[int, int]]:
    """The spans of the business lines listed after "operates in": each a short lower-case
    phrase; none when one item is not (a place, a count, a clause)."""
    key = "items" if hit.group("items") is not None else "focus"
    group, at = hit.group(key), hit.start(key)
    spans: list[tuple[int, int]] = []
    cursor = 0
    for sep in [*_EN_LINE_SEP.finditer(group), None]:
        a, b = cursor, sep.start() if sep else len(group)
        while (lead := re.match(r"(\S+)\s+", group[a:b])) and lead.group(1).lower() in (
            EN_NOT_NARROWING
        ):
            a += lead.end()  # "AI-powered dermatology": the field is dermatology
        item = group[a:b]
        if not _EN_LINE.fullmatch(item) or _EN_NOT_LINE.search(item) or item in _GENERIC_EN:
            return []
        if key == "focus" and len(item.split()) > _MAX_FOCUS_WORDS:
            return []  # "focuses on time-critical care pathways": a way of working, not a field
        spans.append((at + a, at + b))
        cursor = sep.end() if sep else b
    return spans if len(spans) <= 4 else []


def _field(text: str, a: int, b: int) -> Mention:
    phrase = text[a:b]
    return Mention(a, b, phrase, "UseCase", FIELD_CONFIDENCE, FIELD_METHOD, name=phrase)


_FIRM_WORD_EN = re.compile(rf"(?:{_FIRM_EN})s?", re.IGNORECASE)


def firm_word_after(text: str, field: Mention, mention: Mention) -> bool:
    """Is *mention* only the kind-of-firm word right after a field read off the words
    ("a chronic-disease management provider": not the segment of care providers)?"""
    return (
        field.method == FIELD_METHOD
        and text[field.end : mention.start].strip() == ""
        and _FIRM_WORD_EN.fullmatch(mention.text) is not None
    )


def _clear(a: int, b: int, taken: Sequence[Mention]) -> bool:
    return not any(m.start < b and a < m.end for m in taken)


def _zh_field(phrase: str) -> bool:
    return (
        phrase not in _GENERIC_ZH
        and not _ZH_NOT_FIELD.search(phrase)
        and not _DEPARTMENT_ZH.fullmatch(phrase)
    )


def _focus_items(text: str, hit: re.Match[str]) -> list[tuple[int, int]]:
    """The spans of the fields a focus verb names: one, or each of a list (``A、B和C``).

    The whole list is dropped when, its separators aside, it reads as a goal or a clause
    (``致力于为医院与患者提供…``)."""
    group, at = hit.group("f"), hit.start("f")
    if _ZH_NOT_FIELD.search(_ZH_LIST_SEP.sub("", group)):
        return []
    spans: list[tuple[int, int]] = []
    cursor = 0
    for sep in [*_ZH_LIST_SEP.finditer(group), None]:
        a, b = cursor, sep.start() if sep else len(group)
        cursor = sep.end() if sep else b
        if spans and _TASK_HEAD.fullmatch(group[a:b]):
            continue  # "数据标注与治理": the bare task shares the field of the one before
        if b - a > _MAX_FIELD_ZH or not _zh_field(group[a:b]):
            return []  # one item is no field: the words are no list of fields
        spans.append((at + a, at + b))
    return spans


def _holds_only_concepts(text: str, a: int, b: int, taken: Sequence[Mention]) -> bool:
    """True if every mention overlapping ``[a, b)`` is a concept inside it, the span is not
    exactly a field of care or a segment already named (the rules bind that one itself), and
    it adds more than a technology word to one (超声影像AI names the field 超声影像)."""
    rest = text[a:b]
    for m in sorted(taken, key=lambda m: -m.start):
        if m.start < b and a < m.end:
            if m.cls not in _FIELD_WORDS or m.start < a or b < m.end:
                return False
            if (m.start, m.end) == (a, b) and m.cls != "Technology":
                return False
            if m.cls != "Technology":
                rest = rest[: m.start - a] + rest[m.end - a :]
    if rest == text[a:b]:
        return True  # no field of care inside: 大模型, 心电人工智能
    # "超声影像AI": the field of care named inside, with only a technology word added
    return _HOW_ZH.fullmatch(rest) is None


def free_fields(text: str, start: int, end: int, taken: Sequence[Mention]) -> list[Mention]:
    """``UseCase`` mentions for the fields organisations work in, in ``text[start:end]``, that
    no mention covers: after a focus verb (``专注心电人工智能``, ``深耕X领域``), before a firm word
    that an organisation's name follows (``医疗供应链AI企业医链达``), and in an English apposition
    ("Vantis Bio, an AI drug discovery startup"). The relation rules of this module then tie
    them to the organisation.

    >>> [m.text for m in free_fields("致川医疗专注心电人工智能。", 0, 13, [])]
    ['心电人工智能']
    """
    found: list[Mention] = []
    # a technology inside a field's name (人工智能 of 心电人工智能) gives way to the field
    blocking = [m for m in taken if m.cls not in _GIVES_WAY]

    def add(a: int, b: int) -> None:
        phrase = text[a:b].strip()
        a = text.index(phrase, a) if phrase else a
        b = a + len(phrase)
        # a concept inside the phrase (disease management of chronic-disease management)
        # gives way to it; a name or a concept reaching outside it does not
        outside = [
            m for m in blocking if not (m.cls in _FIELD_WORDS and a <= m.start and m.end <= b)
        ]
        if len(phrase) < 2 or not _clear(a, b, outside) or not _clear(a, b, found):
            return
        if any(m.start <= a and b <= m.end for m in taken):
            return  # the whole phrase is a technology's name: no field
        found.append(Mention(a, b, phrase, "UseCase", FIELD_CONFIDENCE, FIELD_METHOD, name=phrase))

    for hit in _ZH_FOCUS_FIELD.finditer(text, start, end):
        for a, b in _focus_items(text, hit):
            # what a firm focuses on is its field, even when it is a technology's name
            # (专注于大模型) or holds a narrower concept (深耕心脑血管影像)
            if _holds_only_concepts(text, a, b, taken) and _clear(a, b, found):
                found.append(_field(text, a, b))
    for hit in _ZH_FIRM_OF_FIELD.finditer(text, start, end):
        for a, b in _focus_items(text, hit):
            if _holds_only_concepts(text, a, b, taken) and _clear(a, b, found):
                found.append(_field(text, a, b))
    for hit in _EN_BUSINESS_LINES.finditer(text, start, end):
        for a, b in _en_lines(text, hit):
            if _clear(a, b, taken) and _clear(a, b, found):
                found.append(_field(text, a, b))
    organisations = sorted(
        (m for m in taken if m.cls in _ORGANISATIONS and start <= m.start < end),
        key=lambda m: m.start,
    )
    for org in organisations:
        if (line := _ZH_COLON_FIELD.match(text, org.end, end)) is not None:
            for a, b in _focus_items(text, line):
                if _holds_only_concepts(text, a, b, taken) and _clear(a, b, found):
                    found.append(_field(text, a, b))
        clause = max(text.rfind(p, start, org.start) for p in "，,。；;：:、（(\n ") + 1
        lead = _ZH_FIELD_FIRM.fullmatch(text, max(clause, start), org.start)
        if lead and _zh_field(lead.group("f")):
            add(lead.start("f"), lead.end("f"))
        phrase_start = max(text.rfind(p, start, org.start) for p in ",.;:(\n") + 1
        before = _EN_FIRM_BEFORE.search(text, max(phrase_start, start), org.start)
        if before and (span := _en_field(before.group("f"))) is not None:
            # "the Dutch scheduling company Rosterwise": the field before the kind of firm
            add(before.start("f") + span[0], before.start("f") + span[1])
        after = _EN_FIELD_FIRM.match(text, org.end, end) or _EN_LEADER_IN.match(text, org.end, end)
        if after:
            words = after.group("f")
            narrower = _EN_FOR.search(words.rstrip())
            if narrower:  # "clinical AI for acute care": the field is acute care
                a = after.start("f") + narrower.start("f")
                add(a, a + len(narrower.group("f").rstrip()))
            elif (span := _en_field(words)) is not None:
                add(after.start("f") + span[0], after.start("f") + span[1])
    return found


FIELD_RULES = (
    *FIELD_RULES,
    Rule(
        "zh-field-firm-org",
        rf"{{o:FIELD}}(?:AI|人工智能)?(?:{_FIRM_ZH}){{s:ORGX}}",
        ((FIELD_PREDICATE, "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "en-org-leader-in-x-for-field",
        rf"{{s:ORGX}},\s*(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{_LEADER_EN})s?\s+(?:in|of)\s+"
        r"(?:the\s+)?(?:(?:[\w-]+|\ue000\d+\ue002\w+\ue001)\s+){1,3}?for\s+{o:FIELD}",
        ((FIELD_PREDICATE, "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "en-field-firm-org",
        rf"\b(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?{{o:FIELD}}\s+(?:{_FIRM_EN})\s+{{s:ORGX}}",
        ((FIELD_PREDICATE, "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "en-org-a-field-firm",
        rf"{{s:ORGX}}[*_]*,\s*(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{{o:FIELD}}\s+(?:{_FIRM_EN})\b",
        ((FIELD_PREDICATE, "s", "o"),),
        0.7,
        hedgeable=False,
    ),
)


def prefer_fields(
    candidates: Sequence[RelationCandidate], key: Callable[[Mention], str]
) -> list[RelationCandidate]:
    """Drop "organisation addresses X" where the document also says the organisation works in
    X (``operatesIn``): a field of business said once is not also a task it serves. *key*
    tells when two mentions name the same thing."""
    fields = {
        (key(c.subject), key(c.object))
        for c in candidates
        if c.predicate == "operatesIn" and c.object is not None
    }
    # "a leader in clinical AI for acute care": the field is acute care, not clinical AI
    narrowed = {
        (key(c.subject), c.start, c.end) for c in candidates if c.method.endswith(_NARROWED_BY)
    }
    return [
        c
        for c in candidates
        if not _names_department(c)
        and not (
            c.predicate == "addressesUseCase"
            and c.object is not None
            and c.subject.cls in _ORGANISATIONS
            and (key(c.subject), key(c.object)) in fields
        )
        and not (c.method.endswith(_NARROWED) and (key(c.subject), c.start, c.end) in narrowed)
    ]


def _names_department(candidate: RelationCandidate) -> bool:
    """True for "X works in / serves 病理科": a hospital department is where a task is done,
    neither a field a firm works in nor a task an offering serves."""
    obj = candidate.object
    return (
        candidate.predicate in ("operatesIn", "addressesUseCase")
        and obj is not None
        and _DEPARTMENT_ZH.fullmatch(obj.name or obj.text) is not None
    )
