"""Chinese company names given away by what the sentence says the name does.

A brand such as 栖衡数据 or 岚序智医 has no legal ending and is no dictionary word; what tells
the reader it is a company is its role in the sentence:

- after it: 总部位于, 成立于 / 于2019年成立, 完成B轮融资, 是一家…企业, 专注于, 推出 / 发布,
  旗下, 自研, 的核心产品, 与Y达成合作 (both sides);
  X控股子公司 (a parent);
- before it: 重点推荐：X（影像AI）、Y（病历质控）, 收购X, 被上市公司X以…收购 (the buyer).

The name runs from a clause start (a line start, after punctuation, or after a lead word
such as 其中 / 此外 / 同时 / a date) to the cue, and must look like a name: not common
vocabulary, not a pronoun, not a place, no function word inside, no institution or offering
ending (those have rules of their own). Strong cues (where a company is based, when it was
founded, its funding round, an analyst's pick) suffice alone; weak ones (推出, 专注于, 合作)
need a second cue or the name used again elsewhere in the document.

Offerings are found the same way (:func:`offering_cue_candidates`): a coined name after a verb
of making (推出见澈，…; 发布了灵湛，一款…工具), after an offering noun (旗下产品灵湛, 自研的知澜),
with its kind in brackets (灵湛（产品）), or the subject of what is said of offerings (X由Y研发,
X正式上线, X成为国内首款…产品, X获得三类证). Newsletters and self-media accounts that report
(据X周报统计, 公众号X) are Organizations (:func:`media_candidates`). Nothing here knows a name.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from medatlas.loaders.extract.entity_common import Candidate, is_cjk, word_list
from medatlas.loaders.extract.entity_lexicon import OFFERING_SUFFIXES, ORG_SUFFIXES

__all__ = ["FIRM_CUE", "cue_candidates", "media_candidates", "offering_cue_candidates"]

_MAX_NAME = 8
_BOUNDARY = "。，,；;：:、！？!?（(“”\"'‘’【】[]《》|\n\t "
# words that open a clause before its subject: 其中，X…; 2024年12月X…
_LEAD = re.compile(
    r"^(?:(?:其中|此外|同时|另外|而|目前|近日|日前|随后|此前|据悉|据了解|今年|去年|当前|近年来|"
    r"(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:上旬|中旬|下旬|初|底|末)?)[，,]?)+"
)
# nouns saying what kind of company the name after them is: "AI医疗企业X", "初创公司X"
_KIND_NOUN = re.compile(r"(?:企业|公司|厂商|服务商|独角兽|初创团队|创业公司|初创企业)")
_STRONG = frozenset(
    {"hq", "founded", "funding", "pick", "acquired", "is-a", "parent", "buyer", "maker"}
)


@dataclass(frozen=True)
class _Cue:
    kind: str
    pattern: re.Pattern[str]


# cues that follow the subject: the name ends where the cue starts
_AFTER: tuple[_Cue, ...] = (
    _Cue("hq", re.compile(r"总部(?:位于|设在|设于|坐落于|在)")),
    _Cue(
        "founded",
        re.compile(r"(?:成立|创立|创办|始创|注册成立)于|于\d{4}年(?:\d{1,2}月)?(?:成立|创立|创办)"),
    ),
    _Cue(
        "funding",
        re.compile(
            r"(?:宣布|已|已经|近日|日前)?(?:完成|获得|获|斩获|拿下)了?"
            r"(?:[^。，,；;\n]|(?<=\d),(?=\d)){0,16}?融资"
        ),
    ),
    _Cue(
        "is-a",
        re.compile(
            r"(?:是|为)(?:一家|国内|全球|我国|业内)[^。；;\n]{0,24}?"
            r"(?:公司|企业|厂商|独角兽|服务商|供应商|提供商)"
        ),
    ),
    _Cue("focus", re.compile(r"(?:专注于|致力于|聚焦于|深耕于|主要从事|专注|深耕)")),
    # "X上线了Y": X launched Y; "X正式上线，": X went live (an offering, see _GOES_LIVE)
    _Cue(
        "launch",
        re.compile(
            r"(?:正式|近日|日前|首次|率先|再次|今年)?(?:推出|发布|上线(?=了?[^，,。；;了\s]))了?"
        ),
    ),
    _Cue(
        "owns", re.compile(r"(?:旗下|自研|自主研发|研发)的|的(?:核心|主打|明星|旗舰|代表性?)产品")
    ),
    _Cue("partner", re.compile(r"(?:与|和|同|携手|联合)")),
    # the parent of a subsidiary: "X控股子公司", "X的全资子公司", "X旗下子公司"
    _Cue("parent", re.compile(r"(?:的)?(?:控股|全资|旗下)?子公司|(?:的)?控股股东")),
)
_PARTNER_TAIL = re.compile(
    r"([\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9]{1,15}?)"
    r"(?:(?:达成|签署|签订|开展|建立|宣布|启动|展开|深化)了?(?:战略|深度|全面|长期)?)?合作"
)
# cues that precede a list of companies: 重点推荐：X（影像AI）、Y（病历质控）
_PICK = re.compile(
    r"(?:重点推荐|推荐关注|建议关注|重点关注|受益标的|相关标的|推荐标的|关注标的|推荐标的为)[：:]"
    r"([^。\n]{2,120})"
)
_PICK_ITEM = re.compile(
    r"([\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9]{1,7})(?:[（(][^（）()]{1,20}[)）])?"
)
_ACQUIRE = re.compile(
    r"(?:收购|并购|全资收购|战略投资)了?([\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9]{1,7}?)"
    r"(?=[，,。；;、（(]|的|$)"
)
# the buyer of a passive takeover: "被上市公司X以15亿元全资收购", "被X收购"
_BOUGHT_BY = re.compile(
    r"被(?:上市公司|龙头企业|行业龙头|巨头|集团)?"
    r"([\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9]{1,7}?)"
    r"(?:以[^，,。；;\n]{1,14}?)?(?:全资|战略)?(?:收购|并购|控股)"
)
# endings another rule types (hospitals, universities, bodies, offerings): not a company here
_OTHER_ENDINGS = tuple(
    s.text for s in (*ORG_SUFFIXES, *OFFERING_SUFFIXES) if s.cls not in ("Company",)
) + tuple(
    word_list(
        "团队 小组 课题组 部门 科室 机构 企业 厂商 集团内 医生 专家 患者 政府 联盟"
        # a person by a title or a form of address: 赵敏女士, 王院长, 张伟博士
        " 先生 女士 小姐 教授 博士 院士 院长 副院长 主任 医师 总裁 董事长 总经理 经理 研究员"
        " 创始人 合伙人 主席 书记 老师 记者 处长 局长 部长 秘书长 会长 理事长"
    )
)
_COMPANY_ENDINGS = tuple(s.text for s in ORG_SUFFIXES if s.cls == "Company")
# the maker of an offering named after it: "知行医疗的知行VTE智能防控系统" (the brand again)
_BRAND_AGAIN = re.compile(
    r"([\u4e00-\u9fff]{2,3}?)("
    + "|".join(
        sorted(
            (s.text for s in ORG_SUFFIXES if s.cls == "Company" and s.weak), key=lambda w: -len(w)
        )
    )
    + r")(?:的|旗下的?|推出的|自研的)[“\"「『]?\1"
)
_PRONOUNS = frozenset(word_list("公司 该公司 本公司 其 我们 我司 他们 双方 对方 该企业 此类"))


# another name of the subject in brackets right before the cue: "（Lanvee MedAI）"
_ALIAS_BEFORE = re.compile(r"[（(][A-Za-z][\w .&-]{1,30}[)）]$")


def _clause_start(text: str, pos: int) -> int | None:
    """Where the clause holding ``pos`` starts, at most a name and a lead word back."""
    start = pos
    while start > 0 and pos - start < _MAX_NAME + 16 and text[start - 1] not in _BOUNDARY:
        start -= 1
    if start > 0 and text[start - 1] not in _BOUNDARY:
        return None
    return start


def _subject_before(text: str, pos: int) -> tuple[int, int] | None:
    """The name a cue at ``pos`` is said of: from the clause start (past a lead word)."""
    alias = _ALIAS_BEFORE.search(text, max(0, pos - 40), pos)
    if alias is not None and alias.start() >= 2:
        pos = alias.start()  # "栖衡数据（Qiheng Data）成立于": the name before its other name
    start = _clause_start(text, pos)
    if start is None:
        return None
    lead = _LEAD.match(text, start, pos)
    if lead is not None:
        start = lead.end()
    kinds = list(_KIND_NOUN.finditer(text, start, pos))
    if kinds and pos - kinds[-1].end() >= 2:
        start = kinds[-1].end()  # "医疗供应链AI企业X完成…": what X is, then X
    if not 2 <= pos - start <= _MAX_NAME:
        return None
    return start, pos


def _tokens(name: str) -> list[tuple[str, str]]:
    from medatlas.loaders.extract.entity_zh import _jieba

    _, posseg = _jieba()
    return [(p.word, p.flag) for p in posseg.cut(name)]


def company_like(name: str) -> bool:
    """Could *name* be a company's name? Not common words, a pronoun, a place, a phrase with a
    function word, or a name with an institution or offering ending.

    >>> [company_like(n) for n in ("栖衡数据", "该公司", "杭州", "研究团队")]
    [True, False, False, False]
    """
    from medatlas.loaders.extract.entity_zh import _words, is_common_phrase, word_role

    if not 2 <= len(name) <= _MAX_NAME or not is_cjk(name[0]):
        return False
    if sum(is_cjk(ch) for ch in name) < 2 or name in _PRONOUNS:
        return False
    if name.endswith(_OTHER_ENDINGS) or is_common_phrase(name):
        return False
    words = _words(name)
    roles = [word_role(w) for w in words]
    if _glued_brand(words, roles):
        roles[1] = "proper"  # 鼎和医疗: jieba cut the brand 鼎和 into two characters
    if "stop" in roles:
        return False
    if "proper" not in roles and "place" in roles:
        return False  # 杭州市, 浙江省内: a place, not a brand
    from medatlas.loaders.extract.places import place_named

    return place_named(name) is None


def _glued_brand(words: list[str], roles: list[str]) -> bool:
    """A two-character brand cut into a rare character and a function character (鼎 + 和),
    with more words after it: the function character cannot start a clause there."""
    return (
        len(words) >= 3
        and len(words[0]) == len(words[1]) == 1
        and roles[0] == "proper"
        and roles[1] == "stop"
        and "stop" not in roles[2:]
    )


def _weak_name(name: str) -> bool:
    """A name made of ordinary words, or a lone personal name: a cue alone is not enough."""
    from medatlas.loaders.extract.entity_zh import is_generic_phrase

    tokens = _tokens(name)
    person = len(tokens) == 1 and tokens[0][1] == "nr" and len(name) <= 3
    return person or is_generic_phrase(name)


def _hits(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, cue kind) of every name a cue points at."""
    for cue in _AFTER:
        for match in cue.pattern.finditer(text):
            if cue.kind == "partner":
                tail = _PARTNER_TAIL.match(text, match.end())
                if tail is None:
                    continue
                if not match.group().startswith(("携手", "联合")):
                    yield tail.start(1), tail.end(1), "partner"
            span = _subject_before(text, match.start())
            if span is not None:
                yield span[0], span[1], cue.kind
    for match in _PICK.finditer(text):
        body_start = match.start(1)
        for part in re.split(r"[、，,；;]", match.group(1)):
            at = text.find(part, body_start)
            body_start = at + len(part) + 1
            item = _PICK_ITEM.fullmatch(part.strip())
            if item is None:
                continue
            s = at + part.find(part.strip()) + item.start(1)
            yield s, s + len(item.group(1)), "pick"
    for match in _ACQUIRE.finditer(text):
        yield match.start(1), match.end(1), "acquired"
    for match in _BRAND_AGAIN.finditer(text):
        start = _with_place_before(text, match.start(1))
        if start == 0 or not is_cjk(text[start - 1]) or text[start - 1] in _BEFORE_NAME:
            yield start, match.end(2), "maker"  # not 星河科技 of 慧影星河科技: the whole brand
    for match in _BOUGHT_BY.finditer(text):
        yield match.start(1), match.end(1), "buyer"


# characters a name may follow inside a clause: a function word, the end of a verb (引入X的)
_BEFORE_NAME = frozenset("的与和及、为是了入用署于由向对将把被在从给即如购")


def _with_place_before(text: str, start: int) -> int:
    """Where a brand's name starts when a city or province is written before it (苏州禾安医疗)."""
    from medatlas.loaders.extract.places import place_named

    for width in (3, 2):
        lead = start - width
        if (
            lead >= 0
            and place_named(text[lead:start]) is not None
            and (lead == 0 or text[lead - 1] in _BOUNDARY or not is_cjk(text[lead - 1]))
        ):
            return lead
    return start


# a newsletter or a self-media account that reports: 据X周报统计, X观察认为, 公众号X
_MEDIA_NAME = (
    r"((?![据由从])[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9]{1,10}?"
    r"(?:周报|日报|周刊|月刊|观察|快讯|资讯|头条|视点))"
)
_MEDIA_SAYS = re.compile(
    r"(?:(?<=据)|(?<=^)|(?<=[，,。；;\n]))"
    + _MEDIA_NAME
    + r"(?=(?:统计|认为|报道|指出|获悉|梳理|整理|测算|分析|发现|称|了解到))"
)
_ACCOUNT = re.compile(
    r"(?:微信)?公众号[：:]?\s?([\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9]{1,11}?)(?=[，,。；;）)\s]|$)"
)


def media_candidates(text: str) -> Iterator[Candidate]:
    """Newsletters and self-media accounts the text cites: Organizations.

    >>> [(c.name, c.cls) for c in media_candidates("据医脉周报统计，本周共8起融资。")]
    [('医脉周报', 'Organization')]
    """
    for match in _MEDIA_SAYS.finditer(text):
        name = match.group(1)
        if not is_common_phrase_safe(name):
            yield Candidate(match.start(1), match.end(1), name, "Organization", 0.6, "cue:media")
    for match in _ACCOUNT.finditer(text):
        name = match.group(1)
        if not is_common_phrase_safe(name):
            yield Candidate(match.start(1), match.end(1), name, "Organization", 0.6, "cue:media")


def is_common_phrase_safe(name: str) -> bool:
    """True for ordinary words (本周观察, 行业资讯): no publication's name."""
    from medatlas.loaders.extract.entity_zh import is_common_phrase, is_generic_phrase

    return is_common_phrase(name) or is_generic_phrase(name)


def cue_candidates(text: str) -> Iterator[Candidate]:
    """Company names found by the role a sentence gives them (see the module docstring).

    >>> text = "栖衡数据总部位于杭州。2024年，栖衡数据完成B轮融资。"
    >>> sorted({(c.name, c.confidence) for c in cue_candidates(text)})
    [('栖衡数据', 0.7)]
    """
    by_name: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for start, end, kind in _hits(text):
        name = text[start:end]
        if company_like(name):
            by_name[name].append((start, end, kind))
    for name, hits in sorted(by_name.items()):
        kinds = {kind for _, _, kind in hits}
        confidence = 0.6 if kinds & _STRONG else 0.45
        confidence += 0.1 * (len(kinds) - 1)
        if text.count(name) > len({s for s, _, _ in hits}):
            confidence += 0.05  # used again where no cue points at it
        if name.endswith(_COMPANY_ENDINGS) and len(name) > 3:
            confidence += 0.1  # 云栈科技: the ending says company too
        elif _weak_name(name):
            confidence -= 0.1
        confidence = round(min(confidence, 0.8), 2)
        method = "cue:" + "+".join(sorted(kinds))
        for start, end in sorted({(s, e) for s, e, _ in hits}):
            yield Candidate(start, end, name, "Company", confidence, method)
    yield from media_candidates(text)
    yield from _firms_named_like_offerings(text)


FIRM_CUE = "cue:firm-like-offering"  # the method of a company told by what it does (below)
# a firm named by a brand and an offering's word (康仓机器人, 数衡软件), told by what it does:
# launches, raises, was founded, owns, or makes the offering named right after it (X的iPharm…)
_FIRM_LIKE_OFFERING = re.compile(
    r"(?:(?<=[" + re.escape(_BOUNDARY) + r"])|^)"
    r"(?P<name>[\u4e00-\u9fff]{2,4}(?:机器人|软件))"
    r"(?=(?:于\d{4}年\d{0,2}月?)?(?:推出|发布|研发了|完成[^，。；]{0,12}融资|获得[^，。；]{0,12}融资"
    r"|成立于|总部|旗下|的核心产品|的[A-Za-z“\"「]|是[^，。；]{0,8}?一家))"
)


def _opens_with_verb(brand: str) -> bool:
    """True if a function word or a verb opens the brand (部署 of 部署静配)."""
    from medatlas.loaders.extract.entity_zh import _words, word_role

    words = _words(brand)
    return bool(words) and word_role(words[0]) == "stop"


def _firms_named_like_offerings(text: str) -> Iterator[Candidate]:
    """Companies whose names end in an offering's word, when what follows says firm."""
    for match in _FIRM_LIKE_OFFERING.finditer(text):
        name = match.group("name")
        brand = name.removesuffix("机器人").removesuffix("软件")
        if is_common_phrase_safe(brand):
            continue  # 康复机器人, 医疗软件: a kind of offering, no firm
        if _opens_with_verb(brand):
            continue  # 部署静配机器人的PIVAS: a verb and its object, no firm
        yield Candidate(match.start("name"), match.end("name"), name, "Company", 0.7, FIRM_CUE)


# ---------------------------------------------------------------- offerings said to be one

# "X则是Y推出的产品", "X是…的一站式AI健康管理应用": the sentence says what kind of offering X is
_OFFERING_IS = re.compile(
    r"(?:则|也|就|即|正)?是(?!一家|国内|全球)[^。；;，,\n]{0,30}?的"
    r"[^。；;，,的\n]{0,14}?(大模型|模型|平台|产品|应用|系统|软件|小程序|App|APP)"
    r"(?=[，,。；;、\s]|$)"
)
_OFFERING_CLASSES = {
    "大模型": "AIModel",
    "模型": "AIModel",
    "平台": "Platform",
    "产品": "Product",
    "应用": "Product",
    "系统": "Product",
    "软件": "Product",
    "小程序": "Product",
    "App": "Product",
    "APP": "Product",
}
_MAX_OFFERING = 12
_ORG_ENDINGS = tuple(s.text for s in ORG_SUFFIXES)


def offering_like(name: str) -> bool:
    """Could *name* be an offering's name? Not common words, a pronoun, a place, a phrase with
    a function word, or a name with an organisation ending.

    >>> [offering_like(n) for n in ("禾心心电AI", "该产品", "目标", "安川市人民医院")]
    [True, False, False, False]
    """
    from medatlas.loaders.extract.entity_zh import _words, is_common_phrase, word_role

    if not 2 <= len(name) <= _MAX_OFFERING or not is_cjk(name[0]) or name in _PRONOUNS:
        return False
    if name.endswith(_ORG_ENDINGS) or is_common_phrase(name):
        return False
    words = _words(name)
    roles = [word_role(w) for w in words]
    return "stop" not in roles and "proper" in roles


def offering_cue_candidates(text: str) -> Iterator[Candidate]:
    """Offerings the sentence says are one: "X则是Y推出的产品" makes X a product, and so does
    a verb of making before a coined name that ends its clause (推出见澄，用于…).

    >>> text = "禾心心电AI则是栖禾信息技术有限公司推出的产品。"
    >>> [(c.name, c.cls) for c in offering_cue_candidates(text)]
    [('禾心心电AI', 'Product')]
    """
    for match in _OFFERING_IS.finditer(text):
        span = _subject_before(text, match.start())
        if span is None:
            continue
        name = text[span[0] : span[1]]
        if offering_like(name):
            cls = _OFFERING_CLASSES[match.group(1)]
            yield Candidate(span[0], span[1], name, cls, 0.65, "cue:offering-is")
    yield from _made_offerings(text)
    yield from _noun_led_offerings(text)
    for pattern, method, confidence in _SAID_OF_OFFERING:
        for match in pattern.finditer(text):
            span = _subject_before(text, match.start())
            if span is None:
                continue
            name = text[span[0] : span[1]]
            if _coined(name):
                yield Candidate(span[0], span[1], name, "Product", confidence, method)


# what a sentence says of an offering, its subject: "X由Y研发" (made by Y), "X正式上线，"
# and "X于2024年3月上线。" (went live)
_SAID_OF_OFFERING: tuple[tuple[re.Pattern[str], str, float], ...] = (
    (
        re.compile(
            r"由[^，,。；;\n]{2,24}?(?:自主研发|联合研发|研发|开发|推出|打造|设计|研制)"
            r"(?=[，,。；;]|的|$)"
        ),
        "cue:made-by",
        0.65,
    ),
    (
        re.compile(
            r"(?:于[^，,。；;\n]{2,12}?)?(?:正式|已|已经|全面|率先|顺利)?上线(?:运行|使用)?"
            r"(?=[，,。；;]|$)"
        ),
        "cue:goes-live",
        0.6,
    ),
    (
        re.compile(
            r"成为(?:国内|全国|全球|业内|行业|我国)?(?:首款|首个|第一款|第一个|唯一一款)"
            r"[^，,。；;\n]{0,20}?(?:产品|软件|系统|应用|模型|大模型|平台|器械)"
        ),
        "cue:first-of-kind",
        0.65,
    ),
    (
        re.compile(
            r"(?:获得|获|取得|拿到)了?(?:国家药监局|NMPA|药监局)?(?:颁发的)?"
            r"(?:第?[二三]类)?(?:医疗器械)?(?:注册证|三类证|二类证)(?=[，,。；;]|$)"
        ),
        "cue:certified",
        0.55,
    ),
)

# a verb of making, then the coined name of what was made: 推出了见澄, 正式发布灵析, 上线其知澜
_MADE = re.compile(
    r"(?:推出|发布|上线|研发|打造|开发|推岀)了?"
    r"(?:其|自研的?|新一代的?|全新的?|旗下的?|首款|一款)?"
    r"([\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9·]{1,9}?)"
    r"(?=(?:以来|之后|期间)?(?:[，,。；;、（(]|——|$))"  # 上线康问以来，: 康问
)
# what the name is, said right after it: "，一款面向病理科的AI辅助诊断工具", "（一款…应用）"
_MADE_APPOSITION = re.compile(
    r"[，,（(]\s?(?:这是|是|为)?(?:一款|一个|一套)[^。；;，,\n]{0,24}?"
    r"(大模型|模型|平台|产品|应用|系统|软件|小程序|工具|助手|App|APP)"
)
_MADE_CLASSES = {**_OFFERING_CLASSES, "工具": "Product", "助手": "Product"}
_OFFERING_ENDINGS = tuple(s.text for s in OFFERING_SUFFIXES)


def _made_offerings(text: str) -> Iterator[Candidate]:
    """Coined names right after a verb of making that end their clause: a product, or what
    an apposition after the name says it is. A name with an offering ending of its own is
    left to the ending rules."""
    for match in _MADE.finditer(text):
        name = match.group(1)
        if not offering_like(name) or name.endswith(_OFFERING_ENDINGS):
            continue
        if _weak_name(name):
            continue  # 推出新版, 发布公告: ordinary words, not a coined name
        said = _MADE_APPOSITION.match(text, match.end(1))
        cls = _MADE_CLASSES[said.group(1)] if said is not None else "Product"
        confidence = 0.7 if said is not None else 0.55
        if text.count(name) > 1:
            confidence += 0.05  # the name comes back: it names something
        start = match.start(1)
        yield Candidate(start, start + len(name), name, cls, confidence, "cue:made")


# an offering noun, then the coined names it covers: 旗下产品灵湛已…, 核心产品包括见澈（…）和灵湛,
# 自研的知澜已…; or the name with its kind in brackets after it: 灵湛（产品）
_NOUN_LED = re.compile(
    r"(?:旗下|核心|主打|明星|代表性?|自研|自主研发|主要)的?"
    r"(产品|系统|平台|大模型|模型|应用|软件)?(?:包括|有|为|是)?[：:]?"
)
_LED_NAME = re.compile(
    r"([\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9·]{1,7}?)"
    r"(?:[（(][^（）()\n]{1,16}[)）])?"
    r"(?=[、，,。；;]|和|及|与|已|在|于|将|目前|获|的|等|$)"
)
# words whose second character can end a name the pattern above reads (X基于Y, X正在…)
_GLUED_WORDS = frozenset(
    word_list(
        "基于 位于 对于 关于 鉴于 属于 由于 处于 用于 等于 在于 便于 源于 高于 低于 大于 小于"
        " 多于 少于 早于 晚于 始于 出于 限于 利于 正在 现在 存在 所在 旨在 还在 仍在 早已 均已"
        " 并已 现已 即将 并将 还将 荣获 斩获 并获 曾获 再获"
    )
)
_KIND_BRACKET = re.compile(
    r"(?<![\u4e00-\u9fffA-Za-z0-9])"
    r"([\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9·]{1,7})"
    r"[（(](产品|软件|系统|平台|应用|模型|大模型|App|APP)[)）]"
)
_JOINERS = ("、", "和", "及", "与")
# "一款名为X的…软件", "叫做X的应用": the name a sentence gives an offering
_NAMED = re.compile(
    r"(?:名为|叫做|名叫|称为|命名为)[“\"「]?"
    r"([\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9·]{1,9}?)[”\"」]?的"
    r"(?![^，,。；;\n]{0,4}?(?:企业|公司|机构|医院|团队))"
    r"[^，,。；;\n]{0,16}?(大模型|模型|平台|产品|应用|系统|软件|小程序|工具|助手|App|APP)"
)


_GENERIC_OFFERING_ENDS = ("产品", "应用", "工具", "服务", "功能", "项目", "版本")
_ENUMERATOR = re.compile(r"^(?:[一二三四五六七八九十]是|其[一二三四五]|首先|其次|第[一二三四五])")


def _coined(name: str) -> bool:
    """A coined offering name: no ordinary words, no ending of its own, no enumerator."""
    if name.endswith(_GENERIC_OFFERING_ENDS) or _ENUMERATOR.match(name):
        return False  # "一是产品取得注册证": a condition, not a name
    return (
        offering_like(name)
        and not name.endswith(_OFFERING_ENDINGS)
        and not _weak_name(name)
        and company_like(name)  # no place, no function word, no institution ending
    )


def _noun_led_offerings(text: str) -> Iterator[Candidate]:
    """Coined names an offering noun before them covers (旗下产品灵湛, 核心产品包括见澈和灵湛)
    and names with their kind in brackets (灵湛（产品）)."""
    for match in _NOUN_LED.finditer(text):
        if match.group(1) is None and not match.group().startswith(("自研", "自主研发")):
            continue  # 旗下, 核心 alone say nothing of what follows
        cls = _MADE_CLASSES.get(match.group(1) or "产品", "Product")
        pos = match.end()
        for _ in range(6):  # 见澈（…）、灵湛和睿眸
            item = _LED_NAME.match(text, pos)
            if item is None or not _coined(item.group(1)):
                break
            name = item.group(1)
            if text[item.end(1) - 1 : item.end(1) + 1] in _GLUED_WORDS:
                name = name[:-1]  # 启泰剂量大模型基于…: 基 is 基于's, not the name's
            if _coined(name):
                yield Candidate(
                    item.start(1), item.start(1) + len(name), name, cls, 0.6, "cue:noun-led"
                )
            pos = item.end()
            if not text.startswith(_JOINERS, pos):
                break
            pos += 1
    for match in _NAMED.finditer(text):  # 一款名为灵湛的病理AI软件
        name = match.group(1)
        if _coined(name):
            cls = _MADE_CLASSES.get(match.group(2), "Product")
            yield Candidate(match.start(1), match.end(1), name, cls, 0.65, "cue:named")
    for match in _KIND_BRACKET.finditer(text):
        name = match.group(1)
        start = match.start(1)
        if _coined(name):
            cls = _MADE_CLASSES.get(match.group(2), "Product")
            yield Candidate(start, start + len(name), name, cls, 0.6, "cue:kind-bracket")
