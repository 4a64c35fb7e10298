"""What a figure is about: markets named in the text, and mentions that are not subjects.

:func:`find_markets` turns ``2023年中国AI医学影像市场规模`` and ``the global AI in medical
imaging market was valued`` into ``Market`` mentions (no list knows these markets; the
pipeline files them as new :class:`Market` entities). :func:`role_of` tells the source of a
statistic (``据弗若斯特沙利文测算``, ``according to BCG``), the investors of a round
(``由中金资本领投``, ``led by Sanofi``) and the exchange a firm lists on (``在X主板挂牌上市``)
apart from the thing a figure measures.

>>> [(m.text, m.name) for m in find_markets("2020 年我国AI 医疗市场规模约为 66 亿元")]
[('我国AI 医疗市场', '中国AI医疗市场')]
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Literal

from medatlas.loaders.extract.folding import fold
from medatlas.loaders.extract.model import Mention

__all__ = [
    "MARKET_METHOD",
    "Role",
    "find_markets",
    "find_sectors",
    "home_market_names",
    "market_field",
    "renamed_markets",
    "role_of",
    "survey_field",
]

MARKET_METHOD = "figures.market"

# 市场 followed by a word of size or growth: the phrase before it names the market
_CN_MARKET = re.compile(
    r"市场(?=\s?(?:规模|空间|容量|总额|总值|增速|增长|年复合|复合|的规模|整体规模))"
)
# characters that end a Chinese market name when scanning back from 市场
_CN_STOP = set("，,。；;：:、（）()《》“”\"'!?！？\n\t") | set("0123456789")
_CN_STOP_WORDS = set("年月日的为是在将已达约至到从由了和与及对其该等让使以而且也都就据于")
_MAX_CN = 18
# words that hold a stop character but do not end a name: 医疗数据智能市场, 对话式AI市场
_CN_COMPOUNDS = frozenset({"数据", "证据", "对话", "在线", "实在", "以太"})
# "the global AI in medical imaging market was valued", "China's digital health market size"
_EN_MARKET = re.compile(
    r"\bmarkets?\b(?=\s(?:size|value|revenue|was|is|are|were|will|has|had|grew|reached|"
    r"exceeded|stood|totall?ed|could|should|may|accounted|valued|expanded|is\s+expected|"
    r"is\s+projected)|,|\.|\s+at\s+\**\s?(?:US\$|\$|€|£|¥|USD|RMB|EUR|CNY)"
    r")"  # "we size the X market at $1.42 billion"
)
_EN_STOP = {
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her",
    "was", "is", "are", "were", "will", "has", "have", "had", "be", "and", "or", "while",
    "with", "by", "at", "to", "from", "on", "as", "of", "total", "overall", "entire", "whole",
    "said", "says", "reported", "expects", "expected",
}  # fmt: skip
_MAX_EN_WORDS = 7
_EN_MARKET_FOR = re.compile(r"\bmarkets? for\s+")
_EN_VERBS = {
    "reached", "grew", "grows", "rose", "fell", "stood", "totalled", "totaled", "hit", "was",
    "is", "will", "expanded", "exceeded", "by", "to", "at", "which", "that", "could",
    "would", "may", "might", "should", "has", "had", "have", "valued", "worth", "remains",
}  # fmt: skip
_NAME_FIXES = (("我国", "中国"), ("国内", "中国"))


def find_markets(text: str) -> list[Mention]:
    """The markets a text names before a word of size or growth, as ``Market`` mentions.

    ``the market for X`` is named ``X market``, as ``the X market`` is.

    >>> [m.name for m in find_markets("The global market for sleep apnea software grew 9%.")]
    ['sleep apnea software market']
    """
    found = [*_chinese_markets(text), *_english_markets(text), *_english_markets_for(text)]
    return sorted(found)


# "Orthopedic and spine AI raised $391 million", "Neurology accounted for $241 million": a
# sector a funding review sums its rounds by, named at the head of its sentence
_EN_SECTOR = re.compile(
    r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))"
    r"(?P<phrase>[A-Z][a-z][\w-]*(?:(?:\s(?:and|&)\s|\s)(?:[a-z][\w-]*|AI)){0,5}?)"
    r"(?:\s(?:companies|vendors|start-?ups|firms|developers|players|tools))?"
    r"(?:\s(?:again|also|once again))?"
    r"(?:,[^,.\n]{1,60},)?"
    r"\s(?:took|attracted|raised|drew|closed|accounted for|captured|secured|pulled in"
    r"|brought in|remained)\b"
    r"[^.\n]{0,80}?(?:(?:\$|US\$|USD|RMB|EUR|€|£)\s?\d"
    # "Pharmacy robotics took 44% of the dollars": a share of the money raised
    r"|\d(?:\.\d+)?%\s+of\s+(?:the\s+|all\s+)?(?:dollars|capital|funding|money|total|financing))",
    re.MULTILINE,
)
_NOT_SECTORS = {
    "the", "this", "that", "these", "those", "we", "our", "investors", "investor", "venture",
    "funding", "financing", "total", "overall", "median", "average", "it", "they", "its",
    "their", "capital", "money", "deal", "deals", "round", "rounds", "series", "seed",
    "companies", "vendors", "startups", "start-ups", "firms", "developers", "players", "tools",
    "chinese", "american", "european", "us", "uk", "china", "india", "japan", "global",
    "domestic", "foreign", "public", "private",
}  # fmt: skip


def find_sectors(text: str) -> list[Mention]:
    """The sectors a funding review sums money by, named at the head of a sentence.

    A sector's first word must be one the text also writes in lower case (``oncology``), so
    that a firm named like a sector ("Tumorline AI raised…") is not one.

    >>> text = "We track oncology. Oncology AI raised $1.5 billion. Tumorline AI raised $210M."
    >>> [m.name for m in find_sectors(text)]
    ['Oncology AI']
    """
    out = []
    for match in _EN_SECTOR.finditer(text):
        phrase = match.group("phrase")
        first = phrase.split()[0]
        if first.lower() in _NOT_SECTORS:
            continue
        if not re.search(rf"(?<![\w-]){re.escape(first.lower())}(?![\w-])", text):
            continue  # written in capitals only: a name, not a field
        start = match.start("phrase")
        out.append(
            Mention(start, start + len(phrase), phrase, "Market", 0.7, MARKET_METHOD, name=phrase)
        )
    return out


# the country a Chinese report's market names lead with, its other words, and other scopes
_HOME = "中国"
_HOME_WORDS = ("中国", "我国", "国内")
_SCOPE_WORDS = "中国|我国|国内|全球|海外|国际|美国|欧洲|日本|亚太|北美"
_SCOPES = re.compile(rf"(?:{_SCOPE_WORDS})$")
# a market's name without its scope and 市场 / "market": the field it is the market of
_MARKET_FIELD_ZH = re.compile(rf"^(?:全国|{_SCOPE_WORDS})?(?P<field>.+?)市场$")
_MARKET_FIELD_EN = re.compile(
    r"^(?:(?:the|global|worldwide|china'?s?|chinese|u\.?s\.?|us|american|european|asia[- ]pacific"
    r"|north american)\s+)*(?P<field>.+?)\s+market$",
    re.IGNORECASE,
)
MARKET_FIELD_METHOD = "figures.market-field"
_NO_FIELD = frozenset({"ai", "人工智能", "整体", "总体", "细分", "该", "这一", "国内外", "相关"})
# "related" after the field: 结直肠癌筛查相关市场 is the market of 结直肠癌筛查
_RELATED = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z0-9])(?:及其|及|等)?相关$")


def market_field(market: Mention) -> Mention | None:
    """The field a market's name holds (检验AI of 我国检验AI市场), as a ``Segment`` mention.

    No list knows most fields a report sizes; the name without its scope and 市场 / "market"
    names one (the pipeline files it as a discovered segment). A field of one character or
    one generic word (AI) is none.

    >>> market_field(find_markets("2025年我国检验AI市场规模达到18.6亿元")[0]).text
    '检验AI'
    >>> market_field(find_markets("The market for sleep apnea software grew 9%.")[0]).text
    'sleep apnea software'
    >>> market_field(find_markets("2024年中国结直肠癌筛查相关市场规模为86.4亿元")[0]).text
    '结直肠癌筛查'
    >>> find_markets("中国互联网医院与远程医疗市场规模（亿元）")[0].name
    '中国互联网医院与远程医疗市场'
    """
    match = _MARKET_FIELD_ZH.match(market.text) or _MARKET_FIELD_EN.match(market.text)
    at = match.start("field") if match is not None else -1
    if match is None and market.name:  # "market for X", named "X market": X ends the surface
        match = _MARKET_FIELD_EN.match(market.name)
        at = market.text.rfind(match.group("field").strip()) if match is not None else -1
    if match is None or at < 0:
        return None
    field = _RELATED.sub("", match.group("field").strip())
    if len(field) < 2 or fold(field) in _NO_FIELD:
        return None
    return _field_mention(market.start + at, field, market.confidence)


def home_market_names(text: str) -> dict[str, str]:
    """The markets of *text* to file without their home country: old name -> new name.

    A whole document decides (one sentence cannot): the figures of a report are renamed with
    :func:`renamed_markets` once they are all read.

    ``中国医疗保险智能化市场`` is filed as ``医疗保险智能化市场`` when the report also writes
    that name bare (``本报告所称医疗保险智能化市场``) and names no other country's or the
    world's market of the same kind: the report's one market, by the name it defines.
    """
    found = [*_chinese_markets(text)]
    bare: dict[str, int] = {}
    for m in found:
        name = m.name or m.text
        if name.startswith(_HOME) and len(name) > len(_HOME) + 3:
            bare[name[len(_HOME) :]] = 0
    for rest in bare:
        for match in re.finditer(re.escape(rest), text):
            before = text[max(0, match.start() - 2) : match.start()]
            if not _SCOPES.search(before):
                bare[rest] += 1
            elif not before.endswith(_HOME_WORDS):
                bare[rest] = -len(text)  # 全球X市场 too: the home market keeps its country
    return {_HOME + rest: rest for rest, seen in bare.items() if seen > 0}


def renamed_markets(mentions: list[Mention], names: dict[str, str]) -> list[Mention]:
    """*mentions* with each market filed under its name in *names* (see
    :func:`home_market_names`)."""
    return [
        replace(m, name=names[m.name]) if m.cls == "Market" and m.name in names else m
        for m in mentions
    ]


_JOINS = frozenset("与和及")
# a field's name before 与/和 that a scope or the clause opens: (中国)急诊 of 中国急诊与重症…市场
_JOINED_FIELD = re.compile(
    r"(?:^|[，,。；;：:、（(\n\s]|年|中国|我国|国内|全球)[\u4e00-\u9fffA-Za-z]{2,8}$"
)


def _joined_field(text: str, at: int) -> bool:
    """Is the 与/和/及 at *at* inside a market's name, joining two fields (急诊与重症医学)?"""
    before = text[max(0, at - 12) : at]
    return (
        bool(_JOINED_FIELD.search(before))
        and not _NOT_A_FIELD.search(before)
        and not any(w in before[-8:] for w in ("的", "为", "在", "将", "了", "是", "对"))
    )


# who or where, not a field: 医院和…, 企业与… (互联网医院与远程医疗 is two fields)
_NOT_A_FIELD = re.compile(
    r"(?:(?<!互联网)(?<!智慧)(?<!数字)(?<!线上)医院|企业|公司|机构|政府|患者|医生|厂商|平台)$"
)


def _chinese_markets(text: str) -> list[Mention]:
    out = []
    for match in _CN_MARKET.finditer(text):
        end = match.end()
        start = match.start()
        while start > 0 and match.start() - start < _MAX_CN:
            ch = text[start - 1]
            if ch in _JOINS and _joined_field(text, start - 1):
                start -= 1  # 中国急诊与重症医学AI市场: two fields joined into one market
                continue
            if ch.isdigit() and text[start].isascii() and text[start].isalpha():
                start -= 1  # 医疗3D打印市场, 5G医疗市场: a digit that opens a Latin word
                continue
            if ch in _CN_STOP or (ch in _CN_STOP_WORDS and not _in_compound(text, start - 1)):
                break
            if ch == " " and (
                start < 2 or text[start - 2].isdigit() or text[start - 2] in _CN_STOP
            ):
                break
            start -= 1
        while start < match.start() and text[start] == " ":
            start += 1
        if match.start() - start < 2:
            continue  # "市场规模" alone names no market
        surface = text[start:end]
        # 运动医学AI细分市场规模: the market of the field, of which the table gives the segments
        name = re.sub(
            r"(?<=[\u4e00-\u9fffA-Za-z]{2})细分(?=市场$)", "", re.sub(r"\s+", "", surface)
        )
        out.append(_mention(start, end, surface, name))
    return out


def _english_markets_for(text: str) -> list[Mention]:
    """``the market for X reached``: the market of X, named ``X market``."""
    out = []
    folded = fold(text)
    for match in _EN_MARKET_FOR.finditer(folded):
        words = []
        tokens = list(re.finditer(r"\S+", folded[match.end() :]))
        for k, word in enumerate(tokens):
            token = word.group(0)
            bare = token.rstrip(",.;:)")
            if bare in ("in", "and"):  # AI in healthcare, diabetes and endocrine care
                after = tokens[k + 1].group(0) if k + 1 < len(tokens) else ""
                if (
                    not words
                    or not re.fullmatch(r"[a-z][a-z\-]+", after)
                    or after in _EN_STOP
                    or after in _EN_VERBS
                ):
                    break
            elif (
                bare in _EN_STOP
                or bare in _EN_VERBS
                or not re.fullmatch(r"[a-z0-9][\w&'\-.]*", bare)
            ):
                break
            words.append((match.end() + word.start(), match.end() + word.start() + len(bare)))
            if bare != token or len(words) == _MAX_EN_WORDS:
                break
        if not words:
            continue
        end = words[-1][1]
        subject = re.sub(r"\s+", " ", text[words[0][0] : end])
        out.append(_mention(match.start(), end, text[match.start() : end], subject + " market"))
    return out


def _in_compound(text: str, at: int) -> bool:
    """Is ``text[at]`` part of a word such as 数据 or 对话 (not a word that ends a name)?"""
    return text[max(0, at - 1) : at + 1] in _CN_COMPOUNDS or text[at : at + 2] in _CN_COMPOUNDS


def _english_markets(text: str) -> list[Mention]:
    out = []
    folded = fold(text)
    for match in _EN_MARKET.finditer(folded):
        words = list(re.finditer(r"[a-z0-9][a-z0-9&'\-.]*", folded[: match.start()]))
        kept = []
        for word in reversed(words[-_MAX_EN_WORDS:]):
            gap = folded[word.end() : (kept[-1].start() if kept else match.start())]
            if word.group(0) in _EN_STOP or re.search(r"[,;:()\n]", gap):
                break
            kept.append(word)
        if not kept:
            continue
        start = kept[-1].start()
        surface = text[start : match.end()]
        name = re.sub(r"'s\b", "", re.sub(r"\s+", " ", surface))
        out.append(_mention(start, match.end(), surface, name))
    return out


def _mention(start: int, end: int, surface: str, name: str) -> Mention:
    for old, new in _NAME_FIXES:
        if name.startswith(old):
            name = new + name[len(old) :]
    return Mention(
        start=start,
        end=end,
        text=surface,
        cls="Market",
        confidence=0.75,
        method=MARKET_METHOD,
        name=name,
    )


Role = Literal["subject", "source", "investor", "partner", "venue", "agent", "parent", "host"]

_SOURCE_BEFORE = re.compile(
    r"(?:据|根据|来源[:：]?|数据来源[:：]?|援引|according to|\bper(?! cent)|source[:：]?|data from|"
    r"(?:analysis|report|study|estimates?|data|research) (?:by|from)|analysts? (?:at|from))"
    r"\s?(?:[\w\s]{0,12})$"
)
_SOURCE_AFTER = re.compile(
    r"^\s?(?:的)?(?:测算|统计|数据显示|预测|报告显示|估计|估算|分析显示|研究显示|调研显示|调查显示)"
    r"|^[^，,。；;：:]{0,40}?(?:调研显示|调查显示|数据显示|报告显示|研究显示|统计显示)"
    r"|^\s?(?:对[^，,。；;]{0,24}(?:调研|调查|访谈)|(?:开展|进行)(?:了)?(?:调研|调查))"
    r"|^\s?(?:预计|预测|认为|指出|估计)\s?[，,:：]"
    r"|^\s?(?:estimates|data show|surveyed|polled|interviewed|asked)"
    r"|^\s?(?:estimates?|expects?|predicts?|forecasts?|projects?|believes?)\s+that\b"
    r"|^[^,.;:]{0,40}?\b(?:survey|poll|study) (?:found|finds|shows|showed)"
)
_INVESTOR_BEFORE = re.compile(
    r"(?:由|led by|co-led by|from|including|participation (?:of|from)|investors?(?: include)?)\s?$"
)
# a cloud or a model an offering runs on or is built on, named in passing: 部署在阿里云上,
# 算力由百度智能云提供, 底座为文心大模型
_HOST_BEFORE = re.compile(r"(?:部署|运行|托管|搭建|架设)(?:在|于)$|算力由$")
_HOST_AFTER = re.compile(r"^(?:上|之上|提供)")
_BASE_BEFORE = re.compile(r"(?:底座|底座模型|基座|基座模型)(?:为|是)$")
# what the one after 由 does when it makes a thing, not when it pays for one: 由Y公司开发
_MADE_AFTER = re.compile(
    r"^\s?(?:自主|独立|联合|共同|负责|牵头)?(?:开发|研发|研制|打造|推出|训练|建设|承建|运营|提供|发布"
    r"|出品|设计|生产|制造)"
)
# a regulator named as the grantor of what a clause counts (approvals, certificates)
_GRANTED_BY = re.compile(
    r"(?:获得|取得|获颁|获|拿到|received|obtained|won|secured|granted by|issued by|approved by"
    r"|clearance from|approval from|approvals from)\s?(?:the\s)?$"
)
_INVESTOR_AFTER = re.compile(
    r"^\s?(?:等)?(?:领投|跟投|参投|联合领投|共同投资|独家投资|追加投资|led\b|participated)"
)
# what an offering is built on or with (基于自研的X, 接入X（Y）, built on X, powered by X) and
# who co-developed it (与X联合研发, together with X): not what its figures measure
_BUILT_ON = (
    r"(?:基于|依托|接入|借助|搭载|built on|based on|powered by|in partnership with"
    r"|in collaboration with|together with|jointly with)\s?"
    r"(?:(?:自研的?|了|the|its|our|their|an?|in-house|proprietary|own)\s?){0,3}"
)
# the agent of a passive that makes or issues a thing: "was adopted by the Parliament and the"
_AGENT_BEFORE = re.compile(
    r"\b(?:was|were|is|are|been|being) (?:jointly )?(?:adopted|issued|published|approved|developed"
    r"|prepared|proposed|passed|enacted|signed|built|written|endorsed|commissioned) by\s"
    r"(?:[^,;.:()]{0,48}\s(?:and|&)\s)?(?:the\s)?$"
)
_AGENT_REACH = 96  # characters back from a name to the passive verb before it
_PARTNER_BEFORE = re.compile(
    rf"{_BUILT_ON}$|{_BUILT_ON}[^，,。；;、:：()（）]{{1,24}}[（(]$"
    r"|(?:co-developed|co-designed|developed|built|designed) (?:jointly )?with\s?(?:the\s)?$"
    r"|(?:partnered|partnering|teamed up|collaborated|collaborating) with\s?(?:the\s)?$"
)
_CO_BEFORE = re.compile(r"(?:与|同|和|携手|联合)\s?$")
_CO_AFTER = re.compile(r"^\s?(?:合作|携手|(?:联合|共同|一起)(?:研发|开发|打造|推出|研制|搭建))")
# the parent an apposition names: "AdhereRx, a subsidiary of Dunmarrow Pharma Group, …"; the
# figures after it are the subsidiary's
_PARENT_BEFORE = re.compile(
    r",\s(?:a|an|the)\s(?:wholly[\s-]owned\s|majority[\s-]owned\s)?"
    r"(?:subsidiary|unit|division|spin-?off|spin-?out|affiliate) of\s(?:the\s)?$"
)
# where a firm lists its shares: 在香港联合交易所主板挂牌上市, "to list on Nasdaq"
_VENUE_BEFORE = re.compile(r"(?:在|于|登陆)\s?$")
_VENUE_BEFORE_EN = re.compile(
    r"\b(?:listed|list|listing|debuted|debut|ipo|trades|traded|trading) on\s?(?:the\s)?$"
)
# the regulator a filing is made with: "filed an S-1 with the SEC"
_FILED_WITH = re.compile(r"\bfiled\b[^,.;]{0,24}?\bwith\s?(?:the\s)?$")
_VENUE_AFTER = re.compile(
    r"^\s?(?:的)?(?:主板|创业板|科创板|中小板|北交所|main board|gem)?\s?(?:挂牌|上市|递表|ipo\b)"
)
# the giver of an amount received: 拿了X的2000万元, 获得X的5000万元投资
_GIVER_BEFORE = re.compile(r"(?:拿了|拿到|获得了?|获|得到|收到|接受了?)\s?$")
_GIVER_AFTER = re.compile(
    r"^\s?(?:等)?的\s?(?:约|近|超)?\s?\d[\d,.]*\s?(?:万|亿)*\s?(?:元|美元|人民币|投资|融资)"
)


def role_of(mention: Mention, text: str, *, start: int = 0) -> Role:
    """Whether *mention* is the subject of its clause, the source of a figure or an investor.

    ``text`` is the text the mention's offsets point into, seen from ``start`` (the clause
    start): the words before the mention are read back to ``start`` only.
    """
    before = fold(text[max(start, mention.start - 40) : mention.start])
    after = fold(text[mention.end : mention.end + 48])
    if before.endswith("由") and _MADE_AFTER.match(after):
        return "agent"  # X由Y公司开发: Y made X, it put no money in
    if _INVESTOR_AFTER.match(after) or _INVESTOR_BEFORE.search(before):
        return "investor"
    if _GIVER_AFTER.match(after) and _GIVER_BEFORE.search(before):
        return "investor"
    if _PARTNER_BEFORE.search(before) or (_CO_BEFORE.search(before) and _CO_AFTER.match(after)):
        return "partner"
    if _SOURCE_AFTER.match(after) or _SOURCE_BEFORE.search(before):
        return "source"
    if _PARENT_BEFORE.search(before):
        return "parent"
    if _VENUE_BEFORE_EN.search(before) or (
        _VENUE_BEFORE.search(before) and _VENUE_AFTER.match(after)
    ):
        return "venue"  # 在香港联合交易所主板挂牌上市，募资21亿港元: the firm's proceeds
    if (_HOST_BEFORE.search(before) and _HOST_AFTER.match(after)) or _BASE_BEFORE.search(before):
        return "host"  # 部署在阿里云上，已接入410家; 算力由百度智能云提供: the platform's figure
    if _AGENT_BEFORE.search(fold(text[max(start, mention.start - _AGENT_REACH) : mention.start])):
        return "agent"  # "The Act was adopted by the Parliament and the Council": the Act's
    if mention.cls == "GovernmentBody" and _FILED_WITH.search(before):
        return "source"  # "filed an S-1 with the SEC. The filing shows revenue of": the filer's
    if mention.cls == "GovernmentBody" and _GRANTED_BY.search(before):
        return "source"  # 获得国家药监局注册证7张: the count is the holder's, not the regulator's
    return "subject"


# what a survey report's title says around its field: 2025年中国…人工智能应用现状调研报告
_TITLE_LEAD = re.compile(r"^(?:\d{4}(?:—|-|–|～|~)?\d{0,4}年度?)?(?:中国|全国|我国)?")
_TITLE_TAIL = re.compile(
    r"(?:AI|人工智能)?(?:技术)?(?:临床)?(?:应用)?(?:现状|情况|发展|需求)?"
    r"(?:问卷)?(?:调研|调查|洞察)(?:报告|分析)?(?:[（(].*[)）])?$"
)
_POPULATION_LEAD = ("医院", "医疗机构", "各级医院")  # who is asked, before the field: 医院智慧服务
# a field written as its AI: 护理AI, 心血管AI, 病理人工智能
_FIELD_AI = re.compile(r"(?<=[\u4e00-\u9fff])(?:AI|人工智能)(?![A-Za-z])")
_MAX_FIELD = 6
_MIN_FIELD_USES = 2  # times the text writes a field, besides its title


def survey_field(title: str, text: str) -> Mention | None:
    """The field a survey's report covers, as its text writes it at least twice, as a
    ``Segment`` mention (the pipeline files it as a discovered segment):

    - what the title names between its year and its kind of report (口腔医疗机构 of
      ``2025年中国口腔医疗机构人工智能应用调研报告``; 智慧患者服务 of ``…医院智慧患者服务…``);
    - else the one "X AI" of the text whose X the title holds (护理AI of
      ``2026年中国护理人工智能应用现状调研报告``).

    ``None`` when the text writes no such field, or more than one "X AI".

    >>> survey_field("2026年护理人工智能调研报告", "调查显示护理AI用率40%。护理AI预算增长。").text
    '护理AI'
    """
    return _titled_field(title.strip(), text) or _field_as_ai(title, text)


def _titled_field(title: str, text: str) -> Mention | None:
    core = _TITLE_TAIL.sub("", _TITLE_LEAD.sub("", title))
    fields = [core[len(lead) :] for lead in _POPULATION_LEAD if core.startswith(lead)]
    for field in [*(f for f in fields if len(f) >= 4), core]:
        if not 3 <= len(field) <= 12 or not all("\u4e00" <= ch <= "\u9fff" for ch in field):
            continue
        titled = text.count(title) if title else 0
        after_title = text.find(title) + len(title) if titled else 0
        at = text.find(field, after_title)
        if at >= 0 and text.count(field) - titled >= _MIN_FIELD_USES:
            return _field_mention(at, field)
    return None


def _field_as_ai(title: str, text: str) -> Mention | None:
    folded = fold(title)
    uses: dict[str, list[int]] = {}
    for match in _FIELD_AI.finditer(text):
        lead = match.start()
        while (
            lead > 0
            and match.start() - lead < _MAX_FIELD
            and "\u4e00" <= text[lead - 1] <= "\u9fff"
        ):
            lead -= 1
        for start in range(lead, match.start() - 1):  # the longest X the title holds
            field = text[start : match.start()]
            if field in folded and fold(field) not in _NO_FIELD:
                uses.setdefault(field + match.group(), []).append(start)
                break
    fields = [name for name, found in uses.items() if len(found) >= _MIN_FIELD_USES]
    if len(fields) != 1:
        return None
    return _field_mention(uses[fields[0]][0], fields[0])


def _field_mention(start: int, name: str, confidence: float = 0.6) -> Mention:
    """A field no list knows, named at *start*: a discovered ``Segment``."""
    return Mention(
        start=start,
        end=start + len(name),
        text=name,
        cls="Segment",
        confidence=confidence,
        method=MARKET_FIELD_METHOD,
        name=re.sub(r"\s+", " ", name),
    )
