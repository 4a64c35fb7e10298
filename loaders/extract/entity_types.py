"""Second looks at a name's class, from what the whole document says about it.

A group that runs hospitals is a hospital group (a ``Hospital`` in the ontology), whatever its
name's ending suggests: 江南医疗集团，旗下12家医院; "Cascade Health, which operates 14
hospitals". :func:`retype_hospital_groups` gives every occurrence of such a name the class.

A one-word CamelCase name that shares its maker's stem is the maker's product: VarnView and
VarnFlow beside Varnelle Medical AI (:func:`retype_maker_brands`).

A research firm credited with a report is filed with the institutes: "Prepared by Brightwater
Analytics", ``来源：知衡医学调研中心`` (:func:`retype_research_firms`).

A name that ends in 云 and that no list knows is a cloud platform, not a firm or a product:
慢创云, 矽安职业健康云 (:func:`retype_clouds`); unless the document also names a firm that
holds it (广州能效云科技有限公司 makes 能效云 its short name) or names it as a maker
(康衡云的“康衡智检”). A known firm's cloud (阿里云, 京东云: a word the dictionary knows, then 云) is
the firm's.
Nothing here knows a name.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace

from medatlas.loaders.extract.entity_common import Candidate, word_list
from medatlas.loaders.extract.entity_zh import in_dictionary

__all__ = [
    "retype_clouds",
    "retype_hospital_groups",
    "retype_maker_brands",
    "retype_research_firms",
]

_GROUP_END = re.compile(r"(?:医疗|健康|医疗健康|医疗服务|医疗管理|医院管理)(?:集团|控股集团)$")
_HOSPITAL_GROUP_END = re.compile(r"医院集团$")
# after the name: "，其旗下11家医院", "旗下拥有8家三级医院", "下属医院共9家"
_RUNS_HOSPITALS_ZH = re.compile(
    r"[，,]?\s?(?:其|该集团)?(?:旗下|下属|所属)(?:拥有|共有|有|的)?"
    r"(?:[^。；;，,]{0,6}?(?:\d+|多|数十|十余|几|两|三|四|五|六|七|八|九|十)家[^。；;]{0,8}?医院"
    r"|医院)"
)
_RUNS_HOSPITALS_EN = re.compile(
    r",?\s+(?:which|that|whose)\s+(?:runs|operates|owns|manages|includes|spans|network of)\s+"
    r"(?:\d+|several|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of)\s+"
    r"(?:[a-z-]+\s+){0,2}(?:hospitals|medical centers|medical centres)\b"
)
# before the name: "the flagship facility of X", "a member hospital of X"
_HOSPITAL_OF_EN = re.compile(
    r"\b(?:flagship|member|sister|main|largest|teaching)\s+(?:hospital|facility|campus"
    r"|medical cent(?:er|re))\s+of\s+(?:the\s+)?$"
)
# after the name: "X's 14 hospitals", "X's other hospitals"
_OWNS_HOSPITALS_EN = re.compile(
    r"['’]s\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|other|member)"
    r"(?:\s+other)?\s+(?:hospitals|medical centers|medical centres)\b"
)
# an apposition that says what the name runs: "X, a provider network with 310 clinics",
# "X, a DSO that rolled the tool out", "X, a regional health system"
_CARE_NETWORK_EN = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:provider network|health system|hospital system"
    r"|hospital network|hospital group|hospital chain|dental chain|clinic chain|clinic network"
    r"|DSO|dental service organi[sz]ation|integrated delivery network|medical group"
    r"|physician group|care network)\b"
)
_RETYPABLE = frozenset({"Company", "Organization"})
_GROUP_RETYPABLE = _RETYPABLE | {"Association"}  # "X Health Alliance, which runs 5 hospitals"


def retype_hospital_groups(text: str, chosen: Sequence[Candidate]) -> list[Candidate]:
    """*chosen* with the names of hospital groups typed ``Hospital``."""
    groups: set[str] = set()
    for c in chosen:
        if c.cls not in _GROUP_RETYPABLE:
            continue
        surface = text[c.start : c.end]
        if (
            _HOSPITAL_GROUP_END.search(surface)
            or (_GROUP_END.search(surface) and _RUNS_HOSPITALS_ZH.match(text, c.end))
            or (surface.isascii() and _RUNS_HOSPITALS_EN.match(text, c.end))
            or (surface.isascii() and _hospital_of(text, c.start, c.end))
            or (surface.isascii() and _CARE_NETWORK_EN.match(text, c.end))
        ):
            groups.add(c.name)
    if not groups:
        return list(chosen)
    return [
        replace(c, cls="Hospital") if c.name in groups and c.cls in _GROUP_RETYPABLE else c
        for c in chosen
    ]


def _hospital_of(text: str, start: int, end: int) -> bool:
    """ "the flagship facility of X", "X's 14 hospitals": X runs hospitals."""
    return bool(
        _HOSPITAL_OF_EN.search(text, max(0, start - 60), start)
        or _OWNS_HOSPITALS_EN.match(text, end)
    )


_CAMEL = re.compile(r"^[A-Z][a-z]+[A-Z][A-Za-z]*$")
# stems many unrelated names share: a shared "Health" or "Path" says nothing about a maker
_COMMON_STEMS = frozenset(
    word_list(
        "health heal medi medic care path cardi cardio neur neuro onco radi radio deep smart"
        " clin clini data vital heart gene geno bio bios life well cure aid vision"
    )
)


def retype_maker_brands(text: str, chosen: Sequence[Candidate]) -> list[Candidate]:
    """*chosen* with a company's CamelCase brands ("VarnView" of Varnelle) typed ``Product``."""
    makers = {
        c.name.split()[0]
        for c in chosen
        if c.cls == "Company" and c.name.isascii() and len(c.name.split()) > 1
    }
    brands: set[str] = set()
    for c in chosen:
        if c.cls not in _RETYPABLE or not _CAMEL.match(c.name):
            continue
        for maker in makers:
            k = _shared_prefix(maker.lower(), c.name.lower())
            if (
                k >= 4
                and k < min(len(maker), len(c.name))
                and maker.lower()[:k] not in _COMMON_STEMS
            ):
                brands.add(c.name)
    if not brands:
        return list(chosen)
    return [replace(c, cls="Product") if c.name in brands else c for c in chosen]


def _shared_prefix(a: str, b: str) -> int:
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return k


# the name of a firm that researches markets: "X Analytics", "X Market Intelligence", 某某咨询,
# 某某咨询（北京）有限公司, 某某研究院（上海）有限公司
_RESEARCH_HEAD = re.compile(
    r"(?:\b(?:Analytics|Research|Intelligence|Insights)"
    r"|(?<!招标)咨询|研究院|研究中心|研究部|研究所|调研中心|智库"
    r"|(?:(?<!招标)咨询|研究院)(?:[（(][\u4e00-\u9fff]{2,4}[）)])?有限公司)$"
)
# a credit in front of the name: "Prepared by", "Source:", 来源：, 编制 / Compiled by：, 本报告由
_CREDIT_BEFORE = re.compile(
    r"(?:\b(?:Prepared|Compiled|Published|Written|Produced|Researched|Authored|Analysis)\s+by"
    r"|\bSources?:|\bResearch:|©"
    r"|来源|数据来源|编制|出品|发布机构|发布单位|撰写|编写|作者|主编|制作|执行机构|编制单位|调研机构"
    r"|研究机构|报告撰写|(?:报告|本文|研究|白皮书)由)"
    r"[^\n。；;]{0,24}?$"
)


def retype_research_firms(text: str, chosen: Sequence[Candidate]) -> list[Candidate]:
    """*chosen* with the research firms a document credits (a byline, a source line) typed
    ``ResearchInstitution``, wherever else they are named."""
    firms = {
        c.name
        for c in chosen
        if c.cls in _RETYPABLE
        and _RESEARCH_HEAD.search(c.name)
        and _RESEARCH_HEAD.search(text[c.start : c.end])
        and _CREDIT_BEFORE.search(text, max(0, c.start - 40), c.start)
    }
    if not firms:
        return list(chosen)
    return [
        replace(c, cls="ResearchInstitution") if c.name in firms and c.cls in _RETYPABLE else c
        for c in chosen
    ]


_CLOUD_END = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,}云$")
_CLOUD_RETYPABLE = frozenset({"Company", "Product"})
# what follows a maker, not a platform: 康衡云的“康衡智检”, 康衡云推出
_MAKES_AFTER = re.compile(r"的[“\"「]|旗下|推出|自研|研发的")


def retype_clouds(
    text: str, chosen: Sequence[Candidate], known: Collection[str] = ()
) -> list[Candidate]:
    """*chosen* with each discovered ``X云`` that is no firm's short name typed ``Platform``;
    ``known`` are the names a list knows (阿里云 keeps the class the gazetteer gives it)."""
    firms = [c.name for c in chosen if c.cls == "Company" and not c.name.endswith("云")]
    makers = {c.name for c in chosen if _MAKES_AFTER.match(text, c.end)}
    clouds = {
        c.name
        for c in chosen
        if c.cls in _CLOUD_RETYPABLE
        and _CLOUD_END.fullmatch(c.name)
        and c.name not in makers
        and c.name not in known
        and not (len(c.name) == 3 and in_dictionary(c.name[:2]))  # 阿里云, 京东云: the firm's
        and not any(c.name in f for f in firms)
    }
    if not clouds:
        return list(chosen)
    return [
        replace(c, cls="Platform") if c.name in clouds and c.cls in _CLOUD_RETYPABLE else c
        for c in chosen
    ]
