"""Sections about one offering: a heading names it, the sentences under it describe it.

Listicles, product catalogues and paper digests give each offering a heading (``## 3. 甲问道``,
``### Kestrel-2: wound assessment in primary care``) and describe it in the paragraph below
without naming it again: the first sentence is often a bare noun phrase whose subject is the
heading (``乙科技今年3月发布的影像大模型，…``, ``由丙研究院联合丁医院共建``, ``戊公司的第二个专科
模型``). :func:`heading_offering` finds the offering a heading is about; the caller puts a
zero-width stand-in for it before each sentence of the section whose first clause names no
offering, and :data:`SECTION_RULES` read the sentence as said of it:

- who made it: ``X…发布/打造/自研的…模型``, ``X的…模型``, ``由X(联合Y)研发/共建``;
- what it is built on: ``X基于Y开发的…模型``;
- what it is for: a task named right before the description's head noun (``急诊分诊模型``), or
  after 用于/主打/专攻 in a clause without a subject of its own;
- where it runs: ``已在X试运行/上线``, ``引入X后``, ``部署在X``, a list of its sites
  (``- Early adopters: A, B``, ``标杆客户：A、B``);
- who approved it: ``X批准的…``.

Every rule is anchored at the stand-in that opens the template and passes no other offering's
name, so a sentence that names its own subject is left to the general patterns.

Two more layouts name what an offering is for by position alone:

- an item or heading that names an offering, a colon and then a task or a technology
  (``- **甲读**：云端急诊分诊服务``, ``## 2. Kestrel: wound assessment in primary care``,
  ``Kestrel: a foundation model for …``): :data:`ITEM_RULES`;
- a field line of a page or section about one offering that names its maker (``开发者：甲公司``,
  "Manufacturer: Harlow Labs"): :func:`maker_field`;
- a features section (``核心功能``, "Key features") whose items open with a task and a colon
  (``智能导诊：描述症状即可…``) under a page about one offering: :func:`is_feature_heading` and
  :func:`feature_use_case`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from medatlas.loaders.extract.model import Mention
from medatlas.loaders.extract.relation_engine import CLASS_GROUPS, Rule

__all__ = [
    "ADOPTERS",
    "ITEM_RULES",
    "SECTION_FACTOR",
    "SECTION_RULES",
    "feature_use_case",
    "heading_offering",
    "is_feature_heading",
    "maker_field",
    "opens_without_offering",
]

SECTION_FACTOR = 0.85  # a stand-in for the heading's offering is read from layout, not words
_OFF = frozenset(CLASS_GROUPS["OFF"])
_ORGX = frozenset(CLASS_GROUPS["ORGX"])
_NOT_ENTITIES = frozenset({"UseCase", "Segment", "Technology", "Region"})
_MAX_HEADING = 60  # characters: a longer heading is a title sentence, not an item's name

# the head nouns a description of an offering ends with
_HEAD_ZH = (
    "大模型|模型|系统|平台|软件|产品|工具|助手|应用|服务|引擎|设备|机器人|解决方案|方案|医疗器械"
    "|器械|之一"
)
_MAKE_ZH = (
    "发布|推出|打造|研发|开发|自研|自主研发|独立研发|研制|构建|搭建|训练|二次训练|微调|推出"
    "|共建|联合研发|共同研发|合作研发|联合开发|共同开发|联合打造|共同打造"
)
_DEPLOY_ZH = "试运行|上线|部署|落地|使用|应用|投入使用|试点|运行"
_USE_CUE_ZH = "主要用于|用于|可用于|主打|专攻|专注于?|聚焦于?|主要面向|面向"
_APPROVE_ZH = "批准|审批|核准|注册|认证"
#: a list's key naming the sites that use an offering (a section's or an entry's)
ADOPTERS = (
    r"(?:Early|First|Launch|Pilot|Reference|Key|Anchor)\s+(?:adopters|customers|sites|users)"
    r"|Customers|Live at|Deployed at|In use at|Adopted by"
    r"|首批用户|首批客户|标杆客户|标杆用户|代表性用户|代表用户|典型用户|落地医院|应用医院|试点医院|用户医院"
)
_WITH_ZH = "联合|与|和|携手|及"

_HEAD = rf"(?:{_HEAD_ZH}|\ue000\d+\ue002Technology\ue001)"  # 大模型 may be a technology's name
# pieces of a template: a token of any class, of a concept or place, text inside one clause
_ANY = r"\ue000\d+\ue002\w+\ue001"
_CONCEPT = r"\ue000\d+\ue002(?:UseCase|Segment|Technology|Region)\ue001"
_CLAUSE_TEXT = r"[^\ue000\ue001，,。；;！？!?]"
_LEAD = r"^{s:OFF}[\s“”\"'‘’「」『』*]*"  # the stand-in, then quotes or markup
_LEAD_O = r"^{o:OFF}[\s“”\"'‘’「」『』*]*"
_BEFORE_MAKER = r"[^\ue000\ue001，,。；;！？!?]{0,6}?"  # "海外团队X推出的…": a word for the maker
# a first clause that describes the offering: "<anything>的<noun phrase ending in a head noun>"
_DESCRIPTION = (
    rf"(?:{_CLAUSE_TEXT}|{_ANY}){{0,50}}?的(?:[^\ue000\ue001，,。；;！？!?的]|{_CONCEPT}){{0,20}}?"
    rf"{_HEAD}[，,]"
)
# clauses that name nothing but concepts (figures, remarks) between the description and a cue
_PLAIN_CLAUSES = rf"(?:(?:{_CLAUSE_TEXT}|{_CONCEPT}){{0,40}}[，,])*?"
_CLAUSE_LEAD = r"(?:目前|现|现已|此外|同时|并|且|还|也)?(?:已经?|正|均)?"

SECTION_RULES: tuple[Rule, ...] = (
    # "X今年3月发布的影像报告大模型" / "由X自研的眼科大模型": X made the heading's offering
    Rule(
        "section-maker-modifier",
        rf"{_LEAD_O}{_BEFORE_MAKER}由?{{s:ORGX}}(?:{_CLAUSE_TEXT}|{_CONCEPT}){{0,12}}?(?:{_MAKE_ZH})了?的"
        rf"(?:{_CLAUSE_TEXT}|{_CONCEPT}){{0,20}}?{_HEAD}(?=[，,。；;]|$)",
        (("develops", "s", "o"),),
        0.8,
    ),
    # "X基于Y开发的急诊分诊模型": X made it, on Y
    Rule(
        "section-maker-based-on",
        rf"{_LEAD_O}{_BEFORE_MAKER}{{s:ORGX}}(?:{_CLAUSE_TEXT}|{_CONCEPT}){{0,6}}?(?:基于|依托)(?:{{ORGX}})?"
        rf"[\s“”\"'‘’「」]*{{p:OFF}}[\s“”\"'‘’「」]*(?:{_CLAUSE_TEXT}|{_CONCEPT}){{0,8}}?"
        rf"(?:{_MAKE_ZH})了?的(?:{_CLAUSE_TEXT}|{_CONCEPT}){{0,20}}?{_HEAD}(?=[，,。；;]|$)",
        (("develops", "s", "o"), ("basedOn", "o", "p")),
        0.8,
    ),
    # "X的第二个专科模型，…": the possessor of a bare description made it
    Rule(
        "section-maker-possessive",
        rf"{_LEAD_O}{_BEFORE_MAKER}{{s:ORGX}}的(?:[^\ue000\ue001，,。；;！？!?的]|{_CONCEPT}){{0,20}}?"
        rf"{_HEAD}(?=[，,。；;]|$)",
        (("develops", "s", "o"),),
        0.75,
    ),
    # "肿瘤专科大模型，由X联合Y共建": X and Y made it
    Rule(
        "section-maker-by",
        rf"{_LEAD_O}(?:{_CLAUSE_TEXT}|{_CONCEPT}){{0,30}}?[，,]?由{{s:ORG}}"
        rf"(?:(?:{_WITH_ZH}){{p:ORG}})?(?:{_CLAUSE_TEXT}|{_CONCEPT}){{0,6}}?(?:{_MAKE_ZH})",
        (("develops", "s", "o"), ("develops", "p", "o")),
        0.8,
    ),
    # "急诊分诊模型": the task right before the description's head noun
    Rule(
        "section-task-noun",
        rf"{_LEAD}(?:{_CLAUSE_TEXT}|{_ANY}){{0,50}}?(?:的|\ue001)[^\ue000\ue001，,。；;！？!?的]{{0,6}}?"
        rf"{{o:UC}}(?:专科|专病|辅助)?(?:大模型|模型|系统|软件|平台|助手|工具|服务)(?=[，,。；;]|$)",
        (("addressesUseCase", "s", "o"),),
        0.7,
    ),
    # "…的大模型，主要用于X": a clause without a subject says what the offering is for
    Rule(
        "section-used-for",
        rf"{_LEAD}(?:{_DESCRIPTION})?{_PLAIN_CLAUSES}{_CLAUSE_LEAD}(?:{_USE_CUE_ZH})"
        rf"[^\ue000\ue001，,。；;]{{0,6}}?{{o:UC}}",
        (("addressesUseCase", "s", "o"),),
        0.7,
    ),
    # "…，已在X心内科试运行": where it runs
    Rule(
        "section-deployed-at",
        rf"{_LEAD}(?:{_DESCRIPTION})?{_PLAIN_CLAUSES}{_CLAUSE_LEAD}"
        rf"(?:在|于){{o:HOSP}}{_CLAUSE_TEXT}{{0,10}}?(?:{_DEPLOY_ZH})",
        (("deployedAt", "s", "o"),),
        0.7,
    ),
    # "- Early adopters: A, B, C", "标杆客户：A、B": the sites a list under it names
    Rule(
        "section-adopters",
        rf"{_LEAD}[\s\-•·*]*(?:{ADOPTERS})[\s*]*[：:]\s*(?:包括)?{{q}}{{o:CARE}}",
        (("deployedAt", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    # "主要部署医院包括A和B", "首批试点医院为A等5家医院": the sites a sentence lists for it
    Rule(
        "section-sites-include",
        rf"{_LEAD}(?:主要|首批|代表性?|目前的?)?(?:部署|试点|落地|应用|用户|装机|上线)"
        rf"(?:医院|机构|单位|{_CONCEPT})"
        rf"(?:包括|包含|为|有)[：:]?{{q}}{{o:CARE}}",
        (("deployedAt", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    # "…，引入X急诊科后" / "部署在X": where it runs
    Rule(
        "section-deployed-to",
        rf"{_LEAD}(?:{_DESCRIPTION})?{_PLAIN_CLAUSES}{_CLAUSE_LEAD}"
        rf"(?:引入|部署(?:在|于|至|到)|(?:上线|落地)(?:在|于|至|到)){{o:HOSP}}",
        (("deployedAt", "s", "o"),),
        0.7,
    ),
    # "X批准的首批…器械之一": the body that approved it
    Rule(
        "section-approved",
        rf"{_LEAD_O}(?:{_CLAUSE_TEXT}|{_ANY}){{0,20}}?{{s:GOV}}(?:{_CLAUSE_TEXT}){{0,4}}?"
        rf"(?:{_APPROVE_ZH})的",
        (("regulates", "s", "o"),),
        0.75,
    ),
)


# an item's or a heading's lead: bullets, numbers, markup before the name
_ITEM_LEAD = r"^[\s\-•·*#>\d.、)）(（]*"
# after the name: a second name for it ("NightRead 夜读"), then a colon
_ITEM_COLON = (
    r"(?:\s\ue000\d+\ue002(?:Platform|Product|AIModel|Dataset)\ue001)?"  # 童肺通 PediLung：
    r"[^\ue000\ue001：:，,。；;]{0,12}?[：:]\s*(?:(?:an?|the)\s+)?[^\ue000\ue001：:，,。；;]{0,6}?"
)
# what may follow a task's name at the end of an item's description
_TASK_END = (
    r"(?=\s*(?:$|[，,。；;:：(（]|服务|系统|平台|模型|大模型|软件|工具|产品|助手"
    r"|\b(?:in|for|from|with|on|at|tool|model|system|platform|software|service|app)\b))"
)

ITEM_RULES: tuple[Rule, ...] = (
    # "## 甲科技：乙系统", "- 甲科技 — 乙系统、丙助手": a maker's item that names its offerings
    Rule(
        "item-maker-colon-offering",
        rf"{_ITEM_LEAD}{{s:ORGX}}[\s*]*(?:[：:]|\s[—–]+\s)[\s*“”\"]*{{o:OFF}}[\s*“”\"]*"
        r"(?:(?:[、,，]|和|及|\band\b)\s*[“”\"]*{OFF}[“”\"]*)*[\s。.]*$",
        (("develops", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    # "**细胞形态基础模型甲析**：乙医疗基于MONAI训练的…基础模型" (bold or not): the item's
    # offering, and the maker its description opens with
    Rule(
        "item-name-colon-maker-description",
        rf"{_ITEM_LEAD}(?:[^\ue000\ue001*：:，,。；;]|{_CONCEPT}){{0,12}}?{{o:OFF}}"
        rf"(?:[^\ue000\ue001*：:，,。；;]|{_ANY}){{0,16}}?\**\s*[：:]\s*{{s:ORGX}}"
        rf"(?:{_CLAUSE_TEXT}|{_ANY}){{0,40}}?(?:{_MAKE_ZH})"
        rf"(?:{_CLAUSE_TEXT}|{_ANY}){{0,24}}?的(?:{_CLAUSE_TEXT}|{_CONCEPT}){{0,20}}?{_HEAD}"
        r"(?=[，,。；;]|$)",
        (("develops", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    # "- **甲读**：云端急诊分诊服务", "## 1. Kestrel: wound assessment in primary care"
    Rule(
        "item-name-colon-task",
        rf"{_ITEM_LEAD}{{s:OFF}}{_ITEM_COLON}{{o:UC}}{_TASK_END}",
        (("addressesUseCase", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    # "## 3. Kestrel-FM: a foundation model for haematology", "乙读：多模态大模型，…"
    Rule(
        "item-name-colon-technology",
        rf"{_ITEM_LEAD}{{s:OFF}}{_ITEM_COLON}{{o:TECH}}(?=\s*(?:$|[，,。；;:：]|\bfor\b))",
        (("usesTechnology", "s", "o"),),
        0.65,
        hedgeable=False,
    ),
)

# a section that lists what an offering does, one task an item
_FEATURE_HEADING = re.compile(
    r"(?:^[\s#*\d.、)）(（一二三四五六七八九十]*(?:核心|主要|产品|特色|关键|主打)?(?:功能|能力)"
    r"(?:介绍|亮点|特点|一览)?|^[\s#*\d.)]*(?:Key\s+|Core\s+|Main\s+)?(?:features|capabilities))"
    r"(?:\s*[/|｜]?\s*(?:Key\s+|Core\s+)?(?:features|capabilities))?[\s:：]*$",
    re.IGNORECASE,
)
_FEATURE_ITEM = re.compile(r"[\s\-•·*\d.、)）(（“”\"]*")
_FEATURE_COLON = re.compile(r"[\s*“”\"]*[：:]")


# a field line that names who makes the page's offering ("开发者：X", "Manufacturer: X")
_MAKER_FIELD = re.compile(
    r"[\s*\-•·]*(?:开发者|开发商|开发方|研发单位|研发企业|研发方|生产企业|生产商|制造商|厂商|注册人"
    r"|出品方|Developer|Manufacturer|Vendor|Maker|Made by|Developed by)[\s*]*[：:]?[\s*]*",
    re.IGNORECASE,
)


def maker_field(text: str, start: int, end: int, inside: Sequence[Mention]) -> Mention | None:
    """The organisation a maker field line names (``开发者：甲公司``), if the line is one: the
    key, the name and nothing more (``开发者：甲公司回复很快`` is a remark, not a field)."""
    match = _MAKER_FIELD.match(text, start)
    if match is None or not inside or inside[0].cls not in _ORGX:
        return None
    maker = inside[0]
    if maker.start != match.end() or text[maker.end : end].strip(" \t*。.;；,，"):
        return None
    return maker


def is_feature_heading(title: str) -> bool:
    """True for a heading over a list of an offering's features (``核心功能``, "Key features")."""
    return bool(_FEATURE_HEADING.match(title.strip()))


def feature_use_case(text: str, start: int, inside: Sequence[Mention]) -> Mention | None:
    """The task a features item opens with (``智能导诊：描述症状即可…``), if it opens with one."""
    if not inside or inside[0].cls != "UseCase":
        return None
    first = inside[0]
    if not _FEATURE_ITEM.fullmatch(text, start, first.start):
        return None
    return first if _FEATURE_COLON.match(text, first.end) else None


def heading_offering(text: str, start: int, end: int, inside: Sequence[Mention]) -> Mention | None:
    """The offering a heading is about: the first name it holds, with no organisation before.

    ``## 3. 甲问道`` and ``### Kestrel-2: wound assessment`` name one; ``## 乙科技：甲问道`` is a
    company's section (its offering is named with its maker) and a long heading is a title.
    """
    if end - start > _MAX_HEADING:
        return None
    for mention in inside:
        if mention.cls in _NOT_ENTITIES:
            continue
        return mention if mention.cls in _OFF else None
    return None


def opens_without_offering(inside: Sequence[Mention]) -> bool:
    """True if a sentence does not open with an offering: it may be about the heading's.

    ``inside`` are the sentence's mentions in text order; concepts and places are skipped.
    """
    first = next((m for m in inside if m.cls not in _NOT_ENTITIES), None)
    return first is None or first.cls not in _OFF
