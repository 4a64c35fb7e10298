"""The short forms a report uses for an organisation it first names in full.

"Harborview Analytics" becomes "Harborview", "Brightmoor Regional Medical Center" becomes
"Brightmoor", 杭州澜舟医疗科技有限公司 becomes 澜舟医疗科技 and 澜舟医疗. :func:`short_forms`
derives these shortenings from the discovered names (dropping designators, a leading place and a
legal ending) so that their later occurrences can be found and filed under the full name;
:func:`fits_occurrence` says whether one occurrence of an English short form reads as a name
(not a sentence-opening ordinary word). Nothing here knows a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from medatlas.loaders.extract.entity_common import ORG_CLASSES, Candidate, is_cjk, word_list
from medatlas.loaders.extract.entity_lexicon import EN_DESIGNATORS, EN_STOP_WORDS

__all__ = ["SHORTENING_WORDS", "chinese_brand_cores", "fits_occurrence", "short_forms"]

# words a report drops when it shortens an organisation's English name
SHORTENING_WORDS: frozenset[str] = EN_DESIGNATORS | frozenset(
    word_list(
        "Technology Technologies Tech AI Labs Lab Inc Inc. Ltd Ltd. Group Systems Health"
        " Regional Medical Center Centre System Healthcare Network Clinic Clinics"
        " Partners Consulting Advisors Advisory Strategy Capital Ventures Research Analytics"
        " Communications Solutions Therapeutics Diagnostics Biosciences Bioscience"
        " Pharmaceuticals Pharma Robotics Imaging Software Sciences Genomics Informatics"
        " Intelligence Data Digital Hospital Hospitals Services Fund Funds Growth Equity"
        " Investments Management Bionics Mobility Biomedical Medtech MedTech Devices Orthopedics"
        " Orthopaedics Prosthetics Logistics Biotech Care Home Wellness Neurotech"
    )
)
# capitalised words that open a name but are ordinary English on their own
_ORDINARY_LEADS = frozenset(
    word_list(
        "General National American Global United First New International Advanced Digital"
        " Smart Open Central North South East West Northern Southern Eastern Western Royal"
        " Great Saint St St. Mount Community County City State Regional Medical Clinical"
        " Health Memorial University Children's Women's Premier Applied Integrated Precision"
        " Modern Future Bright Deep Better Total Pacific Atlantic Mid Metro Valley Lake Harbor"
    )
)
_PLACE_LEAD = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,3}?(?:省|市|自治区)|北京|上海|天津|重庆|深圳|广州|杭州|南京|苏州"
    r"|成都|武汉|西安|厦门|青岛|合肥|长沙|郑州|济南|沈阳|大连|珠海|宁波|无锡|香港|澳门)"
)
_LEAD_KINDS = frozenset({"city", "prefecture", "province", "municipality"})


def _place_end(core: str) -> int:
    """Where a Chinese place the firm's name opens with ends (湖州 of 湖州汇瓶机器人), or 0."""
    lead = _PLACE_LEAD.match(core)
    if lead is not None:
        return lead.end()
    from medatlas.loaders.extract.places import place_named

    for n in (3, 2):
        place = place_named(core[:n]) if len(core) >= n + 2 else None
        if place is not None and place.kind in _LEAD_KINDS and place.zh == core[:n]:
            return n
    return 0


_BRACKET = re.compile(r"[（(][\u4e00-\u9fff]{2,6}[)）]")
_LEGAL_TAIL = re.compile(r"(?:集团)?(?:股份有限公司|有限责任公司|有限公司|公司)$")
_BRAND_TAIL = re.compile(
    r"(?:科技|技术|信息|网络|软件|股份|控股|集团|医疗|智能|健康|数据|生物|医药|智医|医智"
    r"|装备|感知|机器人|视觉|影像|医学|诊断|电子"
    # the field a maker's trade word follows: 迈骋康复机器人 -> 迈骋
    r"|康复|基因|药业|制药)$"
)
# the field words a firm's short name keeps after its brand (衡胤影像 of 衡胤医学影像科技), unlike
# 医疗 or 智能, which would name another firm (联影医疗 is not 联影智能医疗科技)
_FIELD_TAILS = frozenset({"影像", "机器人", "视觉", "诊断", "基因", "感知", "装备"})
_TRADE_TAIL = re.compile(
    r"(?:科技|技术|信息|网络|软件|股份|控股|集团|供应链管理|供应链|物流|电子|服务|管理)$"
)
_CJK_BEFORE = frozenset("与和及、，。；：！？“”（）\n 据由向对让将被")
_CJK_LEADS = frozenset(["此后", "随后", "此前", "其中", "同时", "目前", "近日", "另外", "此外"])
_CJK_AFTER = re.compile(
    r"(?:表示|称|宣布|推出|发布|的|与|和|已|也|还|将|在|是|于|获|完成|旗下|公司|团队|方面|认为"
    r"|透露|介绍|此前|目前|同时|正|已经|自研|研发|开发|合作|签约|上线|、|，|。|；)"
)
# the verb that puts an offering to use, right before its short name: 使用小谱, 部署了小谱
_USED_BEFORE = re.compile(r"(?:使用|采用|应用|引入|接入|部署|上线|引进|启用)了?$")
# what an offering goes on to do: 小谱完成了, 小谱可, 小谱为
_USED_AFTER = re.compile(r"(?:完成|可|能|为|帮助|使|让|对|覆盖|服务|处理|生成|识别)")
_SPEECH = re.compile(
    r"(?:['’]s\b|\s+(?:said|says|will|has|had|is|was|also|added|expects|plans|reported"
    r"|announced|launched|released|signed|declined|did|does|now|then|would|could|can"
    r"|raises|raised|closes|closed|announces|launches|unveils|unveiled|secures|secured|acquires"
    r"|acquired|expands|expanded|lands|landed|wins|won|debuts|signs|hires|hired|names|named"
    r"|appoints|files|filed|reports|releases|introduces|completes|completed|receives|received"
    r"|opens|opened|plans|expects|expected|says|told|declines|confirmed|confirms)\b)"
)


def short_forms(text: str, chosen: Iterable[Candidate]) -> Iterator[tuple[str, Candidate]]:
    """(short form, the candidate it shortens) for the organisations of *chosen*."""
    for c in chosen:
        if c.cls == "Platform":
            short = _platform_short(text[c.start : c.end])
            if short is not None and not _ordinary(short, text):
                yield short, c  # "HeartEngine" for HeartEngine Open Platform
            continue
        if c.cls not in ORG_CLASSES:
            continue
        surface = text[c.start : c.end]
        if surface.isascii():
            short = _english_short(surface)
            if short is not None and not _ordinary(short, text):
                yield short, c
        else:
            bracket = _BRACKET.search(surface)
            if bracket is not None and bracket.start() >= 3:
                yield surface[: bracket.start()], c  # 锐思智能 for 锐思智能（深圳）医疗科技有限公司
            plain = _BRACKET.sub("", surface)
            if all(is_cjk(ch) for ch in plain):
                for short in _chinese_shorts(plain):
                    yield short, c


_PLATFORM_TAIL = re.compile(r"^(?P<brand>[A-Z][a-z]+[A-Z][A-Za-z]+) (?:Open )?Platform$")


def _platform_short(name: str) -> str | None:
    """The coined one-word brand of a platform named "<Brand> (Open) Platform"."""
    match = _PLATFORM_TAIL.match(name)
    return match.group("brand") if match else None


def _english_short(name: str) -> str | None:
    words = name.split()
    while len(words) > 1 and words[-1] in SHORTENING_WORDS:
        words.pop()
    if len(words) == len(name.split()):
        return None
    short = " ".join(words)
    return short if len(short) >= 4 else None


def _ordinary(short: str, text: str) -> bool:
    """A short form that is also an everyday word or names a place."""
    from medatlas.loaders.extract.places import place_named

    first = short.split()[0]
    if first.lower() in EN_STOP_WORDS or first in _ORDINARY_LEADS or place_named(short):
        return True
    if not first[:1].isupper():
        return True
    # written in lower case elsewhere: an ordinary word ("Beacon" and "a beacon")
    return re.search(rf"(?<![\w-]){re.escape(short.lower())}(?![\w-])", text) is not None


def _chinese_shorts(name: str) -> list[str]:
    """澜舟医疗科技 and 澜舟医疗 for 杭州澜舟医疗科技有限公司."""
    tail = _LEGAL_TAIL.search(name)
    if tail is None and not _BRAND_TAIL.search(name):
        return []
    core = name[: tail.start()] if tail is not None else name
    core = core[_place_end(core) :]
    out = []
    while len(core) >= 3:
        if core != name:
            out.append(core)
        trimmed = _TRADE_TAIL.sub("", core)
        if trimmed == core:
            break
        core = trimmed
    brand = core
    tails = []
    while len(brand) > 2 and (tail_word := _BRAND_TAIL.search(brand)) is not None:
        tails.append(tail_word.group())
        brand = brand[: tail_word.start()]
    if len(brand) == 2 and brand != name and _proper(brand):
        if len(tails) >= 2 and tails[0] in _FIELD_TAILS:
            out.append(brand + tails[0])  # 衡胤影像 for 衡胤医学影像: the brand and its field
        out.append(brand)  # 体素 for 体素科技: said only where a verb or particle follows
    return out


_MAKER_TAIL = re.compile(r"(?:医疗器械|器械|设备|仪器)$")


def chinese_brand_cores(name: str) -> frozenset[str]:
    """A Chinese firm's brands of two to four characters: 心安 for 郑州心安医疗器械有限公司.

    >>> sorted(chinese_brand_cores("郑州心安医疗器械有限公司"))
    ['心安']
    >>> sorted(chinese_brand_cores("深圳天枢科技有限公司"))
    ['天枢']
    >>> sorted(chinese_brand_cores("锐骨科技")), sorted(chinese_brand_cores("青禾生科"))
    (['锐骨'], [])
    """
    out = set()
    for short in (name, *_chinese_shorts(name)):
        core = _LEGAL_TAIL.sub("", short)
        core = core[_place_end(core) :]
        while len(core) > 2:
            trimmed = _MAKER_TAIL.sub("", _BRAND_TAIL.sub("", core))
            if trimmed == core:
                break
            core = trimmed
        if 2 <= len(core) <= 4 and core != name and all(is_cjk(ch) for ch in core):
            out.add(core)  # a shortening: the full name glued to a model's is the maker's
    return frozenset(out)


def _proper(word: str) -> bool:
    from medatlas.loaders.extract.entity_zh import word_role

    return word_role(word) == "proper"


def fits_occurrence(text: str, start: int, end: int, *, offering: bool = False) -> bool:
    """Whether the short form at start:end reads as a name there.

    English: inside a sentence, or opening one and followed by what an organisation does
    ("Harborview said"). A two-character Chinese brand (体素 of 体素科技): at a clause start or
    after 与 / 和 / 据, and followed by a verb or particle (体素表示, 与体素合作). A two-character
    *offering* the report named in quotes (“小谱”) may also follow the verb that puts it to use
    and go on with what it did (使用小谱完成了…, 部署了小谱。).
    """
    if end - start == 2 and all(is_cjk(ch) for ch in text[start:end]):
        before = text[start - 1] if start else "\n"
        lead = text[max(0, start - 2) : start]
        used = offering and _USED_BEFORE.search(text, max(0, start - 3), start) is not None
        if before not in _CJK_BEFORE and is_cjk(before) and lead not in _CJK_LEADS and not used:
            return False
        if offering and _USED_AFTER.match(text, end):
            return True
        return _CJK_AFTER.match(text, end) is not None
    before = text[max(0, start - 3) : start]
    opens = not before.strip() or before.rstrip()[-1:] in ".!?:;\n#*-|"
    if not opens:
        return True
    return _SPEECH.match(text, end) is not None
