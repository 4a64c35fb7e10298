"""Chinese names: organisation and offering names found by their endings, and quoted titles.

A Chinese name has no capital letters and no spaces, so its end is found by what it ends with
(有限公司, 医院, 大学, 研究院, 大模型, 平台...) and its start by reading back, word by word
(jieba's dictionary and part-of-speech tags), until a function word, a pronoun, a common verb
or punctuation. What is left before the ending must hold a word that is not ordinary
vocabulary (a brand, a place for institutions, a known name): 联影智能 and 北京协和医院 are
names, 人工智能 and 三甲医院 are not.
"""

from __future__ import annotations

import itertools
import logging
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from weakref import WeakKeyDictionary

from medatlas.loaders.extract.entity_common import _CJK as _CJK_CHAR
from medatlas.loaders.extract.entity_common import (
    CONCEPT_CLASSES,
    Candidate,
    KnownSpans,
    is_cjk,
    is_latin,
    word_list,
)
from medatlas.loaders.extract.entity_lexicon import (
    BODY_FIELD_VERBS,
    CLINICAL_WORDS,
    COMMITTEE_ENDINGS,
    EN_DESIGNATORS,
    EN_STOP_WORDS,
    GENERIC_LEADS,
    GENERIC_WORDS,
    GOV_ADMIN_WORDS,
    HOSPITAL_KINDS,
    LED_BODY_ENDINGS,
    MEDICAL_ACRONYMS,
    MODALITIES,
    MODEL_FAMILIES,
    NATIONAL_LEADS,
    OFFERING_AFTER_BRAND,
    OFFERING_SUFFIXES,
    ORG_SUFFIXES,
    POLICY_ENDINGS,
    QUOTE_TYPE_NOUNS,
    REGION_CHARS,
    REPORT_ENDINGS,
    ROLE_LEADS,
    STOP_CHARS,
    Suffix,
)

__all__ = word_list(
    "LazyTokenIndex Token TokenIndex WordRole brand_offering_candidates glued_latin_candidates"
    " in_dictionary is_common_phrase is_generic_phrase"
    " name_start_before quoted_name_candidates"
    " suffix_candidates title_candidates"
    " is_policy_title reads_as_person title_class tokenize trim_generic_tail"
    " word_boundary word_role"
)

MAX_MODIFIER = 22  # characters read back from an ending
_STOP_FLAGS = ("p", "c", "u", "r", "d", "q", "y", "e", "o", "t", "f", "w", "x", "z")
_PROPER_FLAGS = ("nr", "nz", "nt", "nrt", "nrfg")
_COMMON = 100  # dictionary frequency above which a word is ordinary vocabulary
_RARE = 30  # below which a dictionary word is as good as a name
_RARE_CHAR = 500  # below which a character the tagger files as zg is no function word (每, 较)
_COUNTRIES = frozenset(
    word_list("中国 中华 美国 英国 欧洲 日本 韩国 德国 法国 香港 澳门 台湾 新加坡")
)
_GENERIC_CHARS = frozenset("大 小 新 老 高 低 多 少 全 总 主 副 次 首 单 双 好 强 专 超 内 外")
# Verbs and verb-like nouns that govern a name ("上线X", "联合X"): a name never starts with them.
_GOVERNING = frozenset(
    word_list(
        "上线 部署 落地 接入 引入 嵌入 融入 纳入 采用 使用 应用 基于 依托 联合 携手 牵头"
        " 发起 成立 组建 打造 推出 发布 上市 入选 获得 完成 宣布 表示 指出"
        " 认为 显示 包括 涵盖 覆盖 服务 支持 推动 推进 建设 加快 加强 促进"
        " 鼓励 开展 实施 印发 出台 制定 提出 明确 要求 规定 联手 签约 签署"
        " 合作 投资 收购 并购 入股 领投 跟投 参投 融资 获投 旗下 下属 隶属"
        " 委托 授权 中标 采购 选择 选用 引进 搭建 构建 开发 研发 研制 训练"
        " 优化 升级 迭代 上架 入驻 加入 参与 主导 主办 承办 协办 举办 召开"
        " 会同 联同 协同 通过 利用 借助 结合 对接 携 面向 针对 围绕 聚焦 来自"
        " 位于 总部 成为 作为 例如 比如 其中 以及 此外 同时 目前 近日 日前"
        " 近期 今年 去年 2024 2025 试点 首批 分别 先后 已经 正在 持续"
        " 不断 进一步 全面 积极 共同 共建 共创 携同 发行 登陆 递交 报道 调查"
        " 统计 赋能 发力 拓宽 夯实 探索 深耕 布局 助力 赋予 实现 提升 提高"
        " 降低 改善 加速 推广 普及 落实 深化 强化 完善 健全 有待 懂 需要 需"
        " 丰富 扩充 充实 汇聚 整合 极大 摘自 引自 选自 节选 节选自 转自 援引 转载"
        " 可以 能够 以及 诸如 巨头 龙头 厂商 企业 机构 公司 旗下 试运行 试用"
    )
)
# governing words that also end nouns of a name: 创业投资 (venture capital), 医疗服务
_NOUN_ENDINGS = frozenset(word_list("投资 服务 控股"))
_ADMIN_CHARS = frozenset("省市县区州旗盟镇乡")  # a place's administrative ending, written alone
# a place's feature written alone, which the tagger files as a particle (湾 of 桐乡湾眼科医院)
_PLACE_FEATURE_CHARS = frozenset("湾浦渚沅淀湄泾村")
# nouns the tagger files as adverbs: 首都 of 首都滨河医院 ("the capital's")
_MISTAGGED_NOUNS = frozenset({"首都", "勒索"})  # 勒索 (extortion): no transliterated name
_CLINICAL_DEPARTMENT = re.compile(
    r"(?:外|内|儿|妇|产|骨|眼|耳鼻喉|皮肤|口腔|急诊|康复|麻醉|放射|检验|病理|肿瘤|神经|心脏)科$"
)
# 三大, 两款, 几家; 单院, 每套: one of a count ("单院年均软件采购" is what each hospital buys)
_NUMBERED = re.compile(
    r"^(?:[一二三四五六七八九十两几数多]+[大个款项类种家名位批]|[单每][院套台床家个款])$"
)
_STRONG_STOPS = frozenset("的 了 是 为 在 与 和 及 以 于 对 将 被 把 由 从 向 等 并 或 也 都 即 如")
# characters that open no name but that jieba glues to the unknown name after them
_GLUED_LEADS = frozenset("后经系")
_LEGAL = ("有限公司", "有限责任公司", "股份有限公司", "集团有限公司", "集团公司")
_QUALIFIER = re.compile(r"[（(]([\u4e00-\u9fff]{2,4})[)）]")
_ESCAPE_LETTERS = "tnr"  # a tab or line break written out as "\\t", "\\n", "\\r"


@dataclass(frozen=True)
class Token:
    """A word of the text as jieba cuts it, with its offsets and part-of-speech tag."""

    start: int
    end: int
    word: str
    flag: str


# the dictionary's words that run an organisation's last word into a job title (医院院长,
# 大学校长, 协会会长): cut apart, so the name before the title ends where it does
_NAME_AND_TITLE = tuple(
    ending + title
    for ending in word_list("医院 学院 研究院 中心 局 委员会 公司 大学 协会 学会 研究所 集团 厅")
    for title in word_list(
        "院长 副院长 主任 副主任 局长 副局长 校长 副校长 总经理 董事长 会长 秘书长 所长 总裁 主席"
    )
)


@cache
def _jieba():
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    jieba.dt.check_initialized()
    for word in _NAME_AND_TITLE:
        if jieba.dt.FREQ.get(word):
            jieba.del_word(word)  # X医院院长周某: the name ends at 医院, the title follows
    for word in CLINICAL_WORDS:
        if not jieba.dt.FREQ.get(word):
            jieba.add_word(word, tag="n")  # 心衰, 早癌: one word, not two coined characters
    return jieba, jieba.posseg


def _cut(word: str, offset: int) -> list[Token]:
    """The words of one short string, with offsets relative to the string (``offset`` unused
    but kept for symmetry with :func:`tokenize`)."""
    del offset
    return tokenize(word)


def tokenize(text: str) -> list[Token]:
    """Cut *text* into words with offsets; lines are cut one by one (newlines are never inside).

    >>> [t.word for t in tokenize("联影智能发布")]
    ['联影', '智能', '发布']
    """
    tokens: list[Token] = []
    offset = 0
    for line in text.split("\n"):
        if any(is_cjk(ch) for ch in line):
            pos = offset
            for word, flag in _cut_line(line):
                tokens.append(Token(pos, pos + len(word), word, flag))
                pos += len(word)
        offset += len(line) + 1
    return tokens


@lru_cache(maxsize=8192)
def _cut_line(line: str) -> tuple[tuple[str, str], ...]:
    """One line cut into (word, tag) pairs; repeated lines (headers, footers) are cut once."""
    _, posseg = _jieba()
    return tuple((pair.word, pair.flag) for pair in posseg.cut(line))


@lru_cache(maxsize=65536)
def _cut_block(block: str) -> tuple[tuple[str, str], ...]:
    """One jieba block (a run of Chinese, Latin letters and digits) cut into (word, tag) pairs.

    jieba.posseg cuts a line block by block, each on its own, and gives every other character
    a token of its own tagged ``x``; so the words of a block are the same whether the block
    is cut alone or inside its line, which is what lets :class:`LazyTokenIndex` cut only the
    blocks it is asked about.
    """
    _, posseg = _jieba()
    return tuple((pair.word, pair.flag) for pair in posseg.cut(block))


_BOUNDARY_REACH = 6  # Chinese characters read on each side of a position to cut it


def word_boundary(text: str, pos: int) -> bool:
    """Does a word end at *pos* (between ``text[pos - 1]`` and ``text[pos]``)?

    Judged by jieba's dictionary cut of the Chinese around it (a few characters on each side),
    so a name found by a list can be checked without cutting the whole line: 美国 is a word
    in 在美国, not in 欧美国家.

    >>> word_boundary("在美国上市", 1), word_boundary("欧美国家", 1)
    (True, False)
    """
    if pos <= 0 or pos >= len(text) or not (is_cjk(text[pos - 1]) and is_cjk(text[pos])):
        return True
    start = pos
    while start > 0 and pos - start < _BOUNDARY_REACH and is_cjk(text[start - 1]):
        start -= 1
    end = pos
    while end < len(text) and end - pos < _BOUNDARY_REACH and is_cjk(text[end]):
        end += 1
    return pos - start in _word_ends(text[start:end])


@lru_cache(maxsize=65536)
def _word_ends(window: str) -> frozenset[int]:
    jieba, _ = _jieba()
    ends = set()
    at = 0
    for word in jieba.cut(window, HMM=False):
        at += len(word)
        ends.add(at)
    return frozenset(ends)


def reads_as_person(name: str) -> bool:
    """True for a three-character Chinese name the tagger reads as one personal name (王竞舟):
    a shareholder or an author in a table, not an organisation.

    >>> reads_as_person("王竞舟"), reads_as_person("鼎岳医疗"), reads_as_person("华康")
    (True, False, False)
    """
    if len(name) != 3 or not all(is_cjk(ch) for ch in name):
        return False
    words = _cut_line(name)
    return len(words) == 1 and words[0][1] == "nr"


def _freq(word: str) -> int | None:
    jieba, _ = _jieba()
    value = jieba.dt.FREQ.get(word)
    return value if value else None


def in_dictionary(word: str) -> bool:
    """Whether the tokenizer's dictionary knows *word* (阿里, 华为; not an invented 慢创)."""
    return _freq(word) is not None


def _tag(word: str) -> str | None:
    _, posseg = _jieba()
    return posseg.dt.word_tag_tab.get(word)


WordRole = str  # "stop", "generic", "place", "proper"


def word_role(word: str, flag: str | None = None) -> WordRole:
    """How a word can take part in a name, read leftwards from its ending.

    ``stop``: ends the name (function word, pronoun, governing verb, punctuation, number);
    ``generic``: ordinary vocabulary; ``place``: a well-known place; ``proper``: a word that is
    not ordinary vocabulary (a brand, a rare or unknown word, a personal or organisation name).

    >>> word_role("的"), word_role("医疗"), word_role("北京"), word_role("联影")
    ('stop', 'generic', 'place', 'proper')
    """
    flag = flag or _tag(word) or ""
    if word in _ADMIN_CHARS or word in _MISTAGGED_NOUNS or word in _PLACE_FEATURE_CHARS:
        flag = "n"  # 县 of 云岭县人民医院: the tagger files it as a particle (zg)
    elif len(word) == 1 and flag == "zg" and (_freq(word) or 0) < _RARE_CHAR:
        flag = ""  # 晞 of 明晞医疗: a rare character the tagger cannot place is a brand's
    if not word or word.isspace():
        return "stop"
    if all(is_latin(ch) or ch in "-.+&'" for ch in word):
        if word.isdigit() or not any(ch.isalpha() for ch in word):
            return "stop"
        if word.lower() in EN_STOP_WORDS or word.upper() in MEDICAL_ACRONYMS:
            return "generic"  # "CTA" of 冠脉CTA辅助诊断软件 is a modality, not a brand
        return "proper"
    if not any(is_cjk(ch) for ch in word):
        return "stop"
    if word in _GOVERNING or (len(word) == 1 and word in STOP_CHARS):
        return "stop"
    if len(word) >= 2 and word.endswith("于"):
        return "stop"  # 有待于, 基于, 致力于
    if (
        len(word) >= 3
        and (word[-2:] in _GOVERNING or word[:2] in _GOVERNING)
        and not (flag.startswith("n") and word[-2:] in _NOUN_ENDINGS)  # 创业投资: a noun
    ):
        return "stop"  # 充分利用, 积极探索: a phrase jieba keeps as one word
    if _NUMBERED.match(word):
        return "stop"  # 三大, 两款, 几家
    if word.startswith("第") and flag.startswith("m"):
        return "generic"
    if flag.startswith("f") and len(word) >= 2:
        return "generic"  # 南方, 东部: part of 南方医科大学
    if flag == "x" and all(is_cjk(ch) for ch in word):
        return "proper"  # a character the dictionary does not know (芷, 沅): a brand's
    if flag.startswith(_STOP_FLAGS) and len(word) >= 2 and _freq(word) is None:
        flag = ""  # 冰澈: a word no dictionary holds, whatever tag the tagger guessed for it
    if flag.startswith(_STOP_FLAGS) or flag.startswith("m"):
        return "stop"
    if word in _COUNTRIES:
        return "place"
    if word in GENERIC_WORDS or word in GENERIC_LEADS:
        return "generic"
    freq = _freq(word)
    if flag.startswith("ns") or _is_place_name(word):
        if (freq or 0) >= 1000 or _is_place_name(word):
            return "place"
        return "proper"
    if len(word) == 1:
        return "generic" if word in _GENERIC_CHARS else "proper"
    if flag.startswith("v") and (freq or 0) >= 300:
        return "stop"
    if flag.startswith(_PROPER_FLAGS):
        return "generic" if (freq or 0) >= 1000 else "proper"
    if _CLINICAL_DEPARTMENT.search(word):
        return "generic"  # 胸外科, 小儿骨科: a hospital's department, however rare the word
    if freq is None or freq < _RARE:
        return "generic" if _decomposes(word) else "proper"
    return "generic"


_UNIVERSITY_HEADS = ("大学", "医学院", "学院")
# the fields a university's name says, never which university: 医科大学, 师范大学
_UNIVERSITY_FIELDS = frozenset(
    word_list("医科 药科 理工 师范 中医 中医药 财经 农业 交通 科技 外国语 医学 政法 工业 体育 民族")
)


def _names_a_university(text: str, word: str, end: int) -> bool:
    """A two-character word no common vocabulary uses much, right before 大学 or 学院, names
    the university (瀚海大学), however jieba tags it."""
    return (
        len(word) == 2
        and text.startswith(_UNIVERSITY_HEADS, end)
        and word not in _UNIVERSITY_FIELDS
        and word not in GENERIC_WORDS
        and word not in GENERIC_LEADS
        and (_freq(word) or 0) < 100
    )


def _is_place_name(word: str) -> bool:
    """海南省, 深圳市: a place name with its administrative ending."""
    if len(word) < 3 or word[-1] not in "省市县区州":
        return False
    return (_tag(word[:-1]) or "").startswith("ns") or (_tag(word) or "").startswith("ns")


def _decomposes(word: str) -> bool:
    """An unknown word made mostly of ordinary words (预问诊 = 预 + 问诊) is not a name."""
    jieba, _ = _jieba()
    parts = jieba.lcut(word, HMM=False)
    covered = sum(
        len(p) for p in parts if (len(p) >= 2 and (_freq(p) or 0) >= _COMMON) or p in GENERIC_WORDS
    )
    return covered >= len(word) - 1


def _suffix_table() -> list[tuple[Suffix, str]]:
    table = [(s, "org") for s in ORG_SUFFIXES] + [(s, "offering") for s in OFFERING_SUFFIXES]
    return sorted(table, key=lambda item: -len(item[0].text))


_SUFFIXES = _suffix_table()
_SUFFIX_RE = re.compile("|".join(re.escape(s.text) for s, _ in _SUFFIXES))
_SUFFIX_BY_TEXT = {s.text: (s, kind) for s, kind in _SUFFIXES}


class TokenIndex:
    """Tokens looked up by character position."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = tokens
        self.starts = [t.start for t in tokens]
        self.ends = {t.end for t in tokens}

    def containing(self, pos: int) -> Token | None:
        """The token holding character ``pos``."""
        i = bisect_left(self.starts, pos + 1) - 1
        if 0 <= i < len(self.tokens) and self.tokens[i].start <= pos < self.tokens[i].end:
            return self.tokens[i]
        return None


class _LazyEnds:
    """``pos in ends``: whether a token of the text ends at ``pos``."""

    def __init__(self, index: LazyTokenIndex) -> None:
        self._index = index

    def __contains__(self, pos: object) -> bool:
        if not isinstance(pos, int) or pos <= 0:
            return False
        token = self._index.containing(pos - 1)
        return token is not None and token.end == pos


class LazyTokenIndex:
    """The tokens of :func:`tokenize` for a whole text, cut only where they are looked up.

    Answers exactly as ``TokenIndex(tokenize(text))`` does, but cuts (with jieba.posseg, the
    slow step of discovery) only the blocks that hold a looked-up position: the words before
    a name ending, not the whole report.

    >>> text = "联影智能发布。"
    >>> lazy, eager = LazyTokenIndex(text), TokenIndex(tokenize(text))
    >>> all(lazy.containing(i) == eager.containing(i) for i in range(-1, len(text) + 1))
    True
    >>> [p for p in range(len(text) + 1) if p in lazy.ends] == sorted(eager.ends)
    True
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.line_starts = [0]
        at = text.find("\n")
        while at >= 0:
            self.line_starts.append(at + 1)
            at = text.find("\n", at + 1)
        self._blocks: dict[int, tuple[list[int], list[int]] | None] = {}
        self._tokens: dict[int, tuple[list[Token], list[int]]] = {}
        self.ends = _LazyEnds(self)

    def _line_blocks(self, line_no: int) -> tuple[list[int], list[int]] | None:
        """Block starts and ends (absolute) of a line; None for a line without Chinese."""
        if line_no in self._blocks:
            return self._blocks[line_no]
        start = self.line_starts[line_no]
        end = (
            self.line_starts[line_no + 1] - 1
            if line_no + 1 < len(self.line_starts)
            else len(self.text)
        )
        line = self.text[start:end]
        found: tuple[list[int], list[int]] | None = None
        if _CJK_CHAR.search(line):
            _, posseg = _jieba()
            spans = [m.span() for m in posseg.re_han_internal.finditer(line)]
            found = ([start + s for s, _ in spans], [start + e for _, e in spans])
        self._blocks[line_no] = found
        return found

    def _block_tokens(self, start: int, end: int) -> tuple[list[Token], list[int]]:
        """The tokens of the block at start:end, and their starts."""
        found = self._tokens.get(start)
        if found is None:
            tokens = []
            pos = start
            for word, flag in _cut_block(self.text[start:end]):
                tokens.append(Token(pos, pos + len(word), word, flag))
                pos += len(word)
            found = (tokens, [t.start for t in tokens])
            self._tokens[start] = found
        return found

    def containing(self, pos: int) -> Token | None:
        """The token holding character ``pos``."""
        if not 0 <= pos < len(self.text) or self.text[pos] == "\n":
            return None
        blocks = self._line_blocks(bisect_right(self.line_starts, pos) - 1)
        if blocks is None:
            return None  # tokenize cuts only lines with Chinese in them
        starts, ends = blocks
        i = bisect_right(starts, pos) - 1
        if i < 0 or pos >= ends[i]:
            return Token(pos, pos + 1, self.text[pos], "x")  # jieba: one token per character
        tokens, token_starts = self._block_tokens(starts[i], ends[i])
        return tokens[bisect_right(token_starts, pos) - 1]


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


_CONCEPT_ENDS: WeakKeyDictionary[KnownSpans, dict[int, int]] = WeakKeyDictionary()


def _concept_ending_at(
    known: KnownSpans, pos: int, limit: int, index: TokenIndex | LazyTokenIndex
) -> _Span | None:
    """The longest known concept (use case, segment, technology) of two words or more that
    ends at ``pos`` and starts on a word boundary after ``limit``: one ordinary phrase of a
    name (霁川 + 眼底筛查 + 系统), however the tokenizer cuts it (眼底 + 筛查)."""
    ends = _CONCEPT_ENDS.get(known)
    if ends is None:
        ends = {}
        for m in known.mentions:
            if m.cls in CONCEPT_CLASSES and m.start < ends.get(m.end, m.end):
                ends[m.end] = m.start
        _CONCEPT_ENDS[known] = ends
    start = ends.get(pos)
    if start is None or start < limit:
        return None
    last = index.containing(pos - 1)
    if last is None or last.start <= start or last.end != pos:
        return None  # one word already: read as the tokenizer cut it
    first = index.containing(start)
    if first is None or first.start != start:
        return None  # the concept starts inside a word (a brand glued to it)
    return _Span(start, pos)


@dataclass(frozen=True)
class _Piece:
    start: int
    end: int
    role: WordRole
    known: bool = False
    concept: bool = False  # a known use case the tokenizer cut in two, read as one word


def _read_back(
    text: str,
    pos: int,
    index: TokenIndex | LazyTokenIndex,
    known: KnownSpans,
    *,
    verbs: bool = False,
    fields: bool = False,
    concepts: bool = True,
    tasks: bool = False,
) -> list[_Piece]:
    """The words before ``pos`` that can belong to a name ending there, left to right.

    ``verbs``: ordinary verbs do not end the name (administrative names hold them:
    医疗保障局, 药品监督管理局). ``fields``: the verbs a body's field is written with do not
    end it (an association's name: 协同创新联盟, 临床应用协作组).
    """
    pieces: list[_Piece] = []
    origin = pos
    limit = pos - MAX_MODIFIER
    spaced = False
    while pos > 0 and pos > limit:
        mention = known.entity_ending_at(pos)
        if mention is not None and mention.start >= limit:
            pieces.append(_Piece(mention.start, pos, "proper", known=True))
            pos = mention.start
            continue
        concept = _concept_ending_at(known, pos, limit, index) if concepts else None
        if concept is not None:  # 眼底筛查 of X眼底筛查系统: a use case jieba cuts in two
            pieces.append(_Piece(concept.start, pos, "generic", concept=True))
            pos = concept.start
            continue
        ch = text[pos - 1]
        if ch in _ESCAPE_LETTERS and pos >= 2 and text[pos - 2] == "\\":
            break  # "\\t" written out in a text dump: a separator, not a letter of the name
        if verbs and ch in _ADMIN_JOINS and _joins_admin_words(text, pos - 1, index, pieces):
            pieces.append(_Piece(pos - 1, pos, "generic"))  # 发展和改革委员会, 经济和信息化局
            pos -= 1
            continue
        if ch == " " and pos >= 2 and is_latin(text[pos - 2]) and not spaced:
            spaced = True  # "GE 医疗": one space after a Latin word
            pos -= 1
            continue
        if ch in "·・-" and pieces and pos >= 2 and is_cjk(text[pos - 2]) and is_cjk(text[pos]):
            pieces.append(_Piece(pos - 1, pos, "generic"))
            pos -= 1
            continue
        if ch in "-._" and pieces and pos >= 2 and is_latin(text[pos - 2]):
            last = pieces[-1]
            if text[last.start : last.end].isascii():  # "MAI-DxO": one Latin name
                pieces[-1] = _Piece(pos - 1, last.end, last.role)
                pos -= 1
                continue
        token = index.containing(pos - 1)
        if token is None:
            break
        start = token.start
        word = text[start:pos]
        if len(word) >= 2 and _freq(word) is None and pos == token.end:
            # an unknown word glued to a function character ("询为", "在数"): cut there
            cut = max((i for i, ch in enumerate(word) if ch in _STRONG_STOPS), default=-1)
            if cut < 0 and word[0] in _GLUED_LEADS:
                cut = 0  # "完成后康曜创投", "数据经信衡会计师事务所", "基金系析微科技"
            if cut >= 0:
                if cut < len(word) - 1:
                    piece = text[start + cut + 1 : pos]
                    pieces.append(_Piece(start + cut + 1, pos, word_role(piece)))
                break
        concept = known.starting_at(start)
        if (
            concept is not None
            and concept.end == pos
            and concept.cls
            in (
                "Segment",
                "UseCase",
                "Technology",
            )
        ):
            role = "generic"
        elif pos != token.end and _freq(word) is None and len(word) >= 2:
            # a part of a longer word ("北京大学第三" of 北京大学第三医院): read its own words
            sub = _read_back(word, len(word), TokenIndex(_cut(word, start)), KnownSpans([]))
            sub_pieces = [_Piece(start + p.start, start + p.end, p.role) for p in sub]
            pieces.extend(reversed(sub_pieces))
            if not sub_pieces or sub_pieces[0].start > start:
                break
            pos = start
            continue
        else:
            flag = token.flag if start == token.start and pos == token.end else None
            role = word_role(word, flag)
            if word in _MEASURE_CHARS and start > 0 and _after_numeral(text, start):
                role = "stop"  # 近3成受访医院, 两家: a count, then what is counted
            if role == "stop" and _numeral_in_brand(text, start, pos, index, pieces):
                role = "proper"  # 零氪科技, 森亿智能: a numeral character inside a brand
            if role == "stop" and _glued_char(text, start, pos, pieces, index):
                role = "proper"  # 泓衡: a rare character jieba tags as a measure word
            if role == "stop" and _brand_after_place(text, start, origin, index):
                role = "proper"  # 北京安和医院: 安 + 和 (a conjunction to jieba) are the brand
            if role == "stop" and _direction_in_name(text, start, pos, index):
                role = "proper"  # 砚北: a lone character and a direction, one place name
            if role != "generic" and tasks and word in _TASK_WORDS:
                # 骨折X线辅助检测软件: the task an offering's name says it does; a task word the
                # dictionary holds rarely (判读 of 智能判读系统) is no brand either
                role = "generic"
            if (
                role == "stop"
                and word in _DISCIPLINE_LEADS
                and text.startswith(_DISCIPLINE_HEADS, pos)
            ):
                role = "generic"  # 运动医学, 康复医学: a discipline an institution is named by
            if role == "stop" and word in _FILM_CHARS and _after_noun(text, start, index):
                role = "generic"  # 全景片, 根尖片: an image kind, 片 is no measure word here
            if role == "stop" and not pieces and word in _NOUN_ENDINGS:
                role = "generic"  # 产业投资集团, 医疗服务公司: the noun the ending names
            if role == "stop" and fields and _field_verb(word, flag or ""):
                role = "generic"  # 协同 of 协同创新联盟: the body's field, not a verb
            if role == "stop" and verbs and (flag or _tag(word) or "").startswith("v"):
                governs = word in _GOVERNING or word.endswith("于") or len(word) < 2
                role = "stop" if governs else "generic"
            if role == "generic" and _names_a_university(text, word, pos):
                role = "proper"  # 瀚海大学附属第一医院: a rare word a university is named by
            if role == "generic" and word.isascii() and word.upper() not in MEDICAL_ACRONYMS:
                role = "stop"  # an ordinary English word ("by", "AI") does not start a name
        if role == "stop":
            break
        if spaced and (not word.isascii() or (word.isalpha() and word.islower())):
            break  # "the firm 深圳X科技": an English word before the space names no brand
        last = pieces[-1] if pieces else None
        joins_latin = last is not None and last.start == pos and word.isascii()
        if joins_latin and text[last.start : last.end].isascii():  # "MAI" + "-DxO"
            role = "proper" if "proper" in (role, last.role) else role
            pieces[-1] = _Piece(start, last.end, role)
            pos = start
            continue
        pieces.append(_Piece(start, pos, role))
        pos = start
    pieces.reverse()
    # a leading generic lead word ("相关", "多家") or ordinary word before a place is not part
    while pieces and text[pieces[0].start : pieces[0].end] in GENERIC_LEADS:
        pieces.pop(0)
    pieces = _merge_single_chars(text, _merge_place_names(text, _drop_role_lead(text, pieces)))
    pieces = _anatomy_before_modality(text, pieces)
    if any(p.concept for p in pieces) and not _brand_before_concept(text, pieces):
        # a condition (心衰, 脓毒症) or nothing before the use case: read as jieba cuts it
        return _read_back(text, origin, index, known, verbs=verbs, fields=fields, concepts=False)
    return pieces


# the last character of a condition's name (心衰, 脓毒症, 房颤, 心梗): no brand ends so
_CONDITION_CHARS = frozenset("症病癌瘤炎衰梗颤疮疹")


def _brand_before_concept(text: str, pieces: Sequence[_Piece]) -> bool:
    """A name read across a use case (霁川 + 眼底筛查 + 系统) needs a brand before it: a known
    name, or coined words the dictionary does not know, none a condition's name."""
    first = next(i for i, p in enumerate(pieces) if p.concept)
    lead = pieces[:first]
    if not lead or not any(p.role == "proper" for p in lead):
        return False
    if _ADMIN_PLACE.fullmatch(text[lead[0].start : lead[-1].end]):
        return False  # 栖州市 + 眼底筛查 + 平台: a place's platform, read as before
    for piece in lead:
        if piece.known or piece.role != "proper":
            continue
        word = text[piece.start : piece.end]
        if _freq(word) is not None or word[-1] in _CONDITION_CHARS:
            return False
    return True


_ADMIN_TAILS = frozenset(word_list("州市 市 县 区 省 州 旗 盟"))
_ADMIN_JOINS = "和"  # a body's remit written as two fields: 发展和改革, 工业和信息化


def _joins_admin_words(
    text: str, at: int, index: TokenIndex | LazyTokenIndex, pieces: Sequence[_Piece]
) -> bool:
    """The conjunction at ``at`` joins two fields of a government body's remit."""
    if not pieces or pieces[-1].start != at + 1 or at < 2:
        return False
    after = text[pieces[-1].start : pieces[-1].end]
    token = index.containing(at - 1)
    if token is None or token.end != at:
        return False
    before = text[token.start : at]
    return before in GOV_ADMIN_WORDS and any(after.startswith(w) for w in GOV_ADMIN_WORDS)


def _merge_place_names(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """A name word and an administrative ending are one place: 岚 + 州市 is 岚州市, the
    place a hospital (岚州市人民医院) or a body is named by."""
    out: list[_Piece] = []
    for piece in pieces:
        prev = out[-1] if out else None
        if _city_in_cheng(text, prev, piece):
            out[-1] = _Piece(prev.start, piece.end, "place")  # type: ignore[union-attr]
        elif (
            prev is not None
            and text[piece.start : piece.end] in _ADMIN_TAILS
            and prev.role == "proper"
            and not prev.known
            and prev.end == piece.start
            and 1 <= prev.end - prev.start <= 2
            and is_cjk(text[prev.start])
        ):
            out[-1] = _Piece(prev.start, piece.end, "place")
        else:
            out.append(piece)
    return out


# ordinary words the tokenizer reads across the end of a city named in 城, 都 or 门
_CITY_WORDS = frozenset(word_list("城市 都市 门市"))


def _city_in_cheng(text: str, prev: _Piece | None, piece: _Piece) -> bool:
    """A name character before 城市 is a city whose name ends in 城 (芜 + 城市 of 芜城市第一
    人民医院; 岚 + 都市): the tokenizer reads an ordinary word across the name's end."""
    return (
        prev is not None
        and text[piece.start : piece.end] in _CITY_WORDS
        and prev.role == "proper"
        and not prev.known
        and prev.end == piece.start
        and prev.end - prev.start == 1
        and is_cjk(text[prev.start])
    )


# characters of body-part words (冠脉, 头颅, 乳腺): what a scan looks at, never a brand's
_BODY_CHARS = frozenset("脉肺胸心脑颅腹肝肾乳骨眼膝颈脊腰盆胃肠腺肤牙鼻耳喉冠椎胰胆脾宫")


def _anatomy_before_modality(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """A Chinese word right before an imaging modality names a body part, not a brand:
    冠脉 of 冠脉CTA辅助诊断软件, 胸部 of 胸部CT筛查系统."""
    out = list(pieces)
    for i, (piece, nxt) in enumerate(itertools.pairwise(pieces)):
        word = text[nxt.start : nxt.end]
        if (
            piece.role == "proper"
            and not piece.known
            and piece.end == nxt.start
            and is_cjk(text[piece.end - 1])
            and word.upper() in MODALITIES
            and any(ch in _BODY_CHARS for ch in text[piece.start : piece.end])
        ):
            out[i] = _Piece(piece.start, piece.end, "generic")
    return out


def _drop_role_lead(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """A role the sentence gives before a name is not part of it: "核心产品" of
    核心产品X诊断系统, "新一代" of 新一代X平台 (up to three words, read as one phrase)."""
    while True:
        for k in (3, 2, 1):
            if len(pieces) > k and not any(p.known for p in pieces[:k]):
                lead = text[pieces[0].start : pieces[k - 1].end]
                if lead in ROLE_LEADS:
                    pieces = pieces[k:]
                    break
        else:
            return pieces


_NUMERAL_CHARS = frozenset("零一二三四五六七八九十百千万亿")
_MEASURE_CHARS = frozenset(word_list("成 家 个 所 位 名 款 项 类 批 种 台 例"))


_DEPARTMENT_ENDINGS = frozenset({"门诊部"})  # a clinic by name, or a hospital's department
_INSTITUTION_WORDS = ("医院", "大学", "学院", "中心")
# the words of a task an offering's name states before its kind (辅助检测软件, 智能测量系统)
_TASK_WORDS = frozenset(
    word_list(
        "检测 诊断 分析 识别 评估 测量 规划 筛查 判读 预测 预警 监测 分割 质控 导航 审核 编码"
        " 辅助 智能 自动"
        " 制备 追溯 溯源 追踪 跟踪 调度 生成 优化 调优 控制 转运 配送 存储 采集 处方 计量 告警"
        " 报警 防护 排班 回输 随访"
    )
)
# the words of a medical discipline before 医学 that read as verbs alone (运动, 预防, 转化)
_DISCIPLINE_LEADS = frozenset(
    word_list(
        "运动 康复 预防 急诊 转化 再生 循证 临床 重症 灾难 航空 生殖 移植 免疫 生育 睡眠 监护"
        " 呼吸 消化 代谢"
    )
)
# what a discipline word is followed by in an institution's name: 生殖医学, 生殖健康, 移植研究
_DISCIPLINE_HEADS = ("医学", "健康", "研究", "免疫", "疾病", "病")  # 代谢病研究所
_FILM_CHARS = frozenset("片")  # a measure word to jieba that ends an image's kind (全景片)


def _after_noun(text: str, pos: int, index: TokenIndex | LazyTokenIndex) -> bool:
    """The word before ``pos`` is a Chinese noun (not a numeral or a count): 全景 of 全景片."""
    token = index.containing(pos - 1) if pos > 0 else None
    if token is None or token.end != pos or _after_numeral(text, pos):
        return False
    word = text[token.start : pos]
    return all(is_cjk(ch) for ch in word) and (token.flag or "").startswith("n")


def _after_numeral(text: str, pos: int) -> bool:
    before = text[pos - 1]
    return before.isdigit() or before in _NUMERAL_CHARS or before in "余多几两"


def _glued_char(
    text: str,
    start: int,
    pos: int,
    pieces: Sequence[_Piece],
    index: TokenIndex | LazyTokenIndex,
) -> bool:
    """A lone character that is no function word, glued to a lone name character after it,
    the pair unknown to the dictionary (泓+衡, 元+穹 after 获得): part of a brand, whatever
    its tag, when a boundary (no Chinese, a function character, a governing word) is before."""
    if pos - start != 1 or not is_cjk(text[start]):
        return False
    ch = text[start]
    if ch in STOP_CHARS or ch in _STRONG_STOPS or ch in _NUMERAL_CHARS or ch in _MEASURE_CHARS:
        return False
    last = pieces[-1] if pieces else None
    if last is None or last.start != pos or last.end - last.start != 1 or last.role != "proper":
        return False
    left = text[start - 1] if start > 0 else ""
    if _freq(text[start : last.end]) is not None:
        return False
    return not is_cjk(left) or left in STOP_CHARS or _governing_ends_at(text, start, index)


def _governing_ends_at(text: str, pos: int, index: TokenIndex | LazyTokenIndex) -> bool:
    """A governing verb (获得, 联合, 携手) ends right at ``pos``: a name may start there."""
    token = index.containing(pos - 1) if pos > 0 else None
    if token is None or token.end != pos or token.end - token.start < 2:
        return False
    return text[token.start : pos] in _GOVERNING


_DIRECTIONS = frozenset("东南西北")


def _brand_after_place(
    text: str, start: int, origin: int, index: TokenIndex | LazyTokenIndex
) -> bool:
    """Are the characters from *start* to the suffix at *origin* two characters right after a
    place name (北京|安和|医院, 杭州|湖岸|医院)? jieba reads them as ordinary words (a verb and a
    conjunction, a locative), but between a place and an institution's suffix they are its
    brand."""
    if origin - start == 1:
        before = index.containing(start - 1) if start > 0 else None
        if before is None or before.end != start or before.end - before.start != 1:
            return False
        block_start = start - 1
    elif origin - start == 2:
        block_start = start
    else:
        return False
    if (
        not all(is_cjk(ch) for ch in text[block_start:origin])
        or text[block_start:origin] in "的和与及"
    ):
        return False
    place = index.containing(block_start - 1) if block_start > 0 else None
    if place is None or place.end != block_start:
        return False
    word = text[place.start : place.end]
    if word_role(word, place.flag) == "generic":
        return False  # 城市开展: a common noun jieba tags as a place names none
    return len(word) >= 2 and (place.flag.startswith("ns") or _is_place_name(word))


def _direction_in_name(text: str, start: int, pos: int, index: TokenIndex | LazyTokenIndex) -> bool:
    """A lone direction character after a lone name character, the pair unknown to the
    dictionary (砚 + 北 of 砚北医院): the end of a place name, not a direction word."""
    if pos - start != 1 or text[start] not in _DIRECTIONS or start == 0:
        return False
    left = index.containing(start - 1)
    if left is None or left.end != start or left.end - left.start != 1:
        return False
    ch = left.word
    if not is_cjk(ch) or ch in STOP_CHARS or ch in _STRONG_STOPS or ch in _NUMERAL_CHARS:
        return False
    return _freq(text[start - 1 : pos]) is None and word_role(ch, left.flag) == "proper"


def _numeral_in_brand(
    text: str,
    start: int,
    pos: int,
    index: TokenIndex | LazyTokenIndex,
    pieces: Sequence[_Piece],
) -> bool:
    """A lone numeral character glued to another lone character the dictionary does not know
    as a word (零+氪, 森+亿) is part of a brand, not a count."""
    if pos - start != 1 or text[start] not in _NUMERAL_CHARS:
        return False
    last = pieces[-1] if pieces else None
    if last is not None and last.end - last.start == 1 and is_cjk(text[last.start]):
        pair = text[start : last.end]
        return _freq(pair) is None and last.role == "proper"
    left = index.containing(start - 1) if start > 0 else None
    if left is None or left.end - left.start != 1 or not is_cjk(left.word):
        return False
    pair = text[left.start : pos]
    return (
        _freq(pair) is None
        and left.word not in STOP_CHARS
        and left.word not in _NUMERAL_CHARS
        and left.flag.startswith(("n", "g"))
    )


def _merge_single_chars(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """Characters the tokenizer left alone ("早", "筛") are read together: 早筛 is a word."""
    merged: list[_Piece] = []
    for piece in pieces:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and piece.end - piece.start == 1
            and prev.role == "proper"
            and piece.role == "proper"
            and not prev.known
            and is_cjk(text[prev.end - 1])
            and is_cjk(text[piece.start])
        ):
            word = text[prev.start : piece.end]
            role = "generic" if word in GENERIC_WORDS or _decomposes(word) else "proper"
            if (_freq(word) or 0) >= _COMMON:
                role = "generic"
            merged[-1] = _Piece(prev.start, piece.end, role)
        else:
            merged.append(piece)
    return merged


def _has_proper(pieces: Sequence[_Piece]) -> bool:
    """A name-like word: a known name, or unknown/rare words of two characters or more
    (a lone character left over by the tokenizer is not evidence: 懂医疗, 限制药)."""
    proper = [p for p in pieces if p.role == "proper"]
    return any(p.known for p in proper) or sum(p.end - p.start for p in proper) >= 2


def _brand_evidence(text: str, pieces: Sequence[_Piece], suffix: Suffix, kind: str) -> bool:
    """Offerings and weak endings (科技, 医疗, 健康...) need a brand right before the ending:
    联影智能, 腾讯医疗大模型 - not 赋能基层医疗, 京东健康数智医疗, NVIDIA核心平台. A firm's
    trade words may stand between its brand and the ending (冰链 + 健康 + 科技)."""
    if not _has_proper(pieces):
        return False
    unknown = [p for p in pieces if p.role == "proper" and not p.known]
    if not unknown:  # only a known name: "<company> + ordinary words + ending" is no name,
        # except a model named after its maker and field (腾讯医疗大模型), and a platform
        # named after its maker and one word of its own (华为云IoT平台, 腾讯健康开放平台)
        if suffix.text == "开放平台" and len(pieces) == 1:
            return True  # 腾讯健康开放平台: the maker's open platform is named so
        if suffix.cls == "Platform" and len(pieces) == 2 and pieces[0].known:
            word = text[pieces[1].start : pieces[1].end]
            if word.isascii():
                return True  # 华为云IoT平台, 华为昇腾AI平台
            # not 华为昇腾算力平台, NVIDIA Holoscan边缘计算平台: the known one, described
            return not pieces[1].concept and word not in _NO_PLATFORM_WORDS
        if len(pieces) == 2 and text[pieces[1].start : pieces[1].end] in _BASE_MODEL_WORDS:
            return False  # 通义千问开源模型, DeepSeek基础模型: the known model, described
        return suffix.cls == "AIModel" and len(pieces) <= 2
    if suffix.weak and kind == "org":
        trade = len(pieces)
        while trade > 1 and text[pieces[trade - 1].start : pieces[trade - 1].end] in _TRADE_WORDS:
            trade -= 1
        if trade < len(pieces) and _NAME_GOES_ON.match(text, pieces[-1].end + len(suffix.text)):
            return False  # 星澜医疗科技观察: the name goes on past the stacked trade words
        return pieces[trade - 1].role == "proper"
    return True


# what a known model is described as: 开源模型, 基础模型, 通用大模型 (no model of its own)
_BASE_MODEL_WORDS = frozenset(word_list("开源 基础 通用 预训练 底座 基座 开放 蒸馏"))

# words that make a maker's platform no name of its own: 腾讯医疗平台, 华为的平台, 核心平台
_NO_PLATFORM_WORDS = (
    GENERIC_WORDS | ROLE_LEADS | frozenset(word_list("信息 相关 合作 统一 综合 整体 各类 的"))
)


# what a name that stacks trade words may go on with: a noun of its own (观察, 研究院)
_NAME_GOES_ON = re.compile(
    r"观察|研究|智库|资讯|评论|传媒|媒体|网|周刊|杂志|中心|学会|协会|联盟|基金|实验室|学院"
)


# the weak endings a firm's name may stack before its last one: 冰链健康科技, 岚睿数智医疗;
# not the trades of money, which read as verbs after a fund's name (砚山资本投资了X)
_MONEY_TRADES = frozenset(word_list("资本 创投 投资 基金"))
_TRADE_WORDS = frozenset(
    s.text
    for s in ORG_SUFFIXES
    if s.cls == "Company" and s.weak and len(s.text) == 2 and s.text not in _MONEY_TRADES
)


_INSTITUTIONS = ("Hospital", "University", "ResearchInstitution")
# words that say which kind of institution, never which one: 华东地区三级医院, 部分三甲医院
_GRADE_WORDS = frozenset(
    word_list(
        "三级 三甲 二级 二甲 一级 各级 各类 多家 部分 相关 大型 中小 头部 知名 领先"
        " 公立 私立 民营 本土 地区 周边 当地 基层 县级 市级 省级 试点 合作 签约"
    )
)
_LEGAL_QUALIFIER = re.compile(r"[（(]([\u4e00-\u9fff]{2,4})[)）]$")
_PLAIN_LEGAL = ("集团", *_LEGAL)


def _institution_modifier(text: str, pieces: Sequence[_Piece]) -> bool:
    """A hospital, university or institute is named by more than a Latin brand or a grade:
    not "WiNEX医院(信息平台)", not "华东地区三级医院"."""
    words = [text[p.start : p.end] for p in pieces]
    if all(w.isascii() for w in words):
        return False
    country = words[0] in _COUNTRIES or words[0] in ("我国", "全国", "国内", "海外")
    if country and all(w in HOSPITAL_KINDS for w in words[1:]):
        # 中国医院, 美国医院, 中国互联网医院: a country's hospitals (of a kind), none of its own
        return False
    if words[0] in ("单家", "每家", "各家", "多家", "首家"):
        return False  # 单家医院的建设合同金额: any one hospital
    return not any(w in _GRADE_WORDS for w in words)


def _named_cities(text: str, pieces: Sequence[_Piece]) -> list[str]:
    """The words of two or more characters an administrative ending follows in a name
    (北岸 of 北岸市, however the tagger files it): a city or county the name is of."""
    return [
        text[a.start : b.end]
        for a, b in itertools.pairwise(pieces)
        if text[b.start : b.end] in _ADMIN_CHARS
        and a.end - a.start >= 2
        and all(is_cjk(ch) for ch in text[a.start : a.end])
        and text[a.start : a.end] not in _COUNTRIES
    ]


def _region_abbreviation(text: str, pieces: Sequence[_Piece]) -> bool:
    """The first word is an abbreviation jieba tags ``j`` made only of the characters regions
    are abbreviated by (江淮, 苏浙): a region, what an institution is named by (not 中医,
    武警, 邮电: a field or a sector)."""
    if not pieces or pieces[0].known:
        return False
    word = text[pieces[0].start : pieces[0].end]
    return (
        len(word) >= 2
        and _tag(word) == "j"
        and all(ch in REGION_CHARS for ch in word)
        and word not in HOSPITAL_KINDS
    )


# tags of the words a hospital is named by (和平 nz, 友谊 nr, 江岸 s, 复兴 a); a plain noun
# (n: 社区, 铁路, 高校) or a distinguishing word (b: 私立) says which kind of hospital
_NAME_TAGS = frozenset(word_list("a s nz nr nrt ns nt"))
_COMMON_ADJECTIVE = 1000  # an adjective this frequent rates a hospital (先进, 优秀, 高效)
# last characters of a position or an administrative area: 省内, 周边, 附近, 山区, 县域
_POSITION_CHARS = frozenset("内外边旁侧上下中前后近间里部端区域省市县乡镇村")


def _word_named_hospital(
    text: str, pieces: Sequence[_Piece], suffix: Suffix, index: TokenIndex | LazyTokenIndex
) -> bool:
    """X医院 where X is one two-character word of ordinary vocabulary (复兴, 江岸, 和平) that
    is no kind of hospital (公立, 儿童, 互联网, 三甲), right after a boundary (punctuation, the
    start of a line, a function or governing word): a hospital's name, not its kind."""
    if suffix.text != "医院" or len(pieces) != 1:
        return False
    piece = pieces[0]
    word = text[piece.start : piece.end]
    if piece.known or len(word) != 2 or not all(is_cjk(ch) for ch in word):
        return False
    if word in HOSPITAL_KINDS or word in _GRADE_WORDS or word in GENERIC_LEADS:
        return False
    if word in GENERIC_WORDS or word in _COUNTRIES or word[-1] in _POSITION_CHARS:
        return False
    tag = _tag(word) or ""
    if tag not in _NAME_TAGS or (tag == "a" and (_freq(word) or 0) >= _COMMON_ADJECTIVE):
        return False
    return _hard_boundary_before(text, piece.start, index)


def _hard_boundary_before(text: str, pos: int, index: TokenIndex | LazyTokenIndex) -> bool:
    """Nothing that could qualify a name is right before ``pos``: the start of the text,
    punctuation or Latin text, a function character, or a governing word."""
    if pos == 0 or not is_cjk(text[pos - 1]):
        return True
    token = index.containing(pos - 1)
    if token is None or token.end != pos:
        return False
    word = text[token.start : pos]
    if word in GENERIC_LEADS or _NUMBERED.match(word) or word[-1] in _MEASURE_CHARS:
        return False  # 各, 相关, 两家: a count or a determiner, then the kind of hospital
    if len(word) == 1:
        if word in _DATE_CHARS and pos >= 2 and text[pos - 2].isdigit():
            return True  # 2024年复兴医院: a date, then the name
        return word in _STRONG_STOPS or word in STOP_CHARS
    return word in _GOVERNING or word_role(word, token.flag) == "stop"


_DATE_CHARS = frozenset("年月日")
# what follows a label a hospital is built towards or awarded (平安医院建设, 文明医院称号)
_LABEL_AFTER = re.compile(r"建设|创建|评审|评选|评价|评定|标准|体系|理念|模式|工程|行动|称号|单位")


def _label_after(text: str, end: int) -> bool:
    """X医院建设, X医院评审: X is a label hospitals are built towards, not a hospital's name."""
    return bool(_LABEL_AFTER.match(text, end))


_INSTITUTION_END = re.compile(r"(?:医院|大学|学院|研究院|研究所|卫生院|保健院)$")


def _only_concepts(text: str, pieces: Sequence[_Piece], known: KnownSpans) -> bool:
    """Every word before an offering's ending is a known use case, segment or technology,
    or ordinary vocabulary: the phrase says what the offering does, not what it is called."""
    if not pieces:
        return False
    concepts = known.concept_within(pieces[0].start, pieces[-1].end)
    if not concepts:
        return False
    covered = set()
    for concept in concepts:
        covered.update(range(concept.start, concept.end))
    return all(
        p.role == "generic" or all(i in covered for i in range(p.start, p.end)) for p in pieces
    )


_LOCAL_HOSPITAL = re.compile(
    r"^[市县区](?:第[一二三四五六七八九十]{1,3}(?:人民)?|中心|中医|妇幼保健|儿童|肿瘤|口腔|精神"
    r"|传染病|胸科|人民)(?:医院|院)$"  # not 县医院: the county hospitals in general
)
_NOT_LOCAL_LEAD = frozenset("各全本该每多几两其省外")  # 各市人民医院: hospitals in general


def _local_hospital(text: str, start: int, name: str) -> bool:
    """市第一人民医院, 县中医院, 市中心医院: the report's own city or county, then a rank."""
    return bool(_LOCAL_HOSPITAL.match(name)) and (
        start == 0 or text[start - 1] not in _NOT_LOCAL_LEAD
    )


_OPEN_QUOTES = "“「『"
_CLOSE_QUOTES = "”」』"


def _inside_quoted_name(text: str, start: int, end: int) -> bool:
    """The span sits in a quoted name that goes on after it: 云 of “启衡云诊”."""
    opened = max(text.rfind(q, max(0, start - 12), start + 1) for q in _OPEN_QUOTES)
    if opened < 0 or any(q in text[opened:end] for q in _CLOSE_QUOTES):
        return False
    close = min(
        (i for i in (text.find(q, end, end + 12) for q in _CLOSE_QUOTES) if i >= 0), default=-1
    )
    return close > end


def _institution_then_generic(text: str, pieces: Sequence[_Piece]) -> bool:
    """The words before an offering ending are an institution's name and ordinary words."""
    for i, piece in enumerate(pieces):
        if _INSTITUTION_END.search(text[pieces[0].start : piece.end]):
            rest = pieces[i + 1 :]
            return bool(rest) and all(p.role == "generic" for p in rest)
    return False


def _plain_word_company(text: str, pieces: Sequence[_Piece], suffix: Suffix) -> bool:
    """An ordinary noun before 集团 or 有限公司 is the brand (小米集团): not a generic word."""
    if suffix.text not in _PLAIN_LEGAL or len(pieces) > 2:
        return False
    words = [text[p.start : p.end] for p in pieces]
    if sum(len(w) for w in words) < 2:
        return False
    return all(
        p.role != "stop" and w not in GENERIC_WORDS and w not in GENERIC_LEADS and is_cjk(w[0])
        for p, w in zip(pieces, words, strict=True)
    )


def _place_named(text: str, pieces: Sequence[_Piece], s_start: int, cls: str) -> bool:
    """A platform or data set named by its place (武汉市区域全民健康信息平台): a place other
    than a country, then at least four characters saying what it is."""
    if cls not in ("Platform", "Dataset") or pieces[0].role != "place":
        return False
    place = text[pieces[0].start : pieces[0].end]
    return place not in _COUNTRIES and s_start - pieces[0].end >= 4


def _latin_named(text: str, pieces: Sequence[_Piece], s_start: int) -> int | None:
    """The index of the Latin name an offering is called by, if its words are [a brand]
    + a Latin name + nothing but the ending: "Polaris大模型", "百图生科xTrimo大模型"."""
    if pieces[-1].end != s_start:
        return None
    last = pieces[-1]
    word = text[last.start : last.end]
    if not word.isascii() or last.role != "proper" or last.known or len(pieces) > 2:
        return None
    if len(pieces) == 2:
        first = pieces[0]
        if first.known or first.role != "proper" or not is_cjk(text[first.start]):
            return None
        if first.end - first.start < 3:
            return None
    return len(pieces) - 1


def _latin_offering(
    text: str,
    pieces: Sequence[_Piece],
    latin: int,
    s_end: int,
    suffix: Suffix,
    known: KnownSpans,
) -> Iterator[Candidate]:
    """The offering is named by its Latin word; a Chinese brand before it is its maker."""
    head = pieces[latin]
    name = text[head.start : head.end]
    if known.covers(head.start, head.end):
        return
    method = f"suffix:{suffix.text}"
    if latin == 0:
        yield Candidate(head.start, s_end, name, suffix.cls, 0.7, method)
        return
    maker = pieces[0]
    yield Candidate(head.start, s_end, name, suffix.cls, 0.7, method)
    yield Candidate(maker.start, maker.end, text[maker.start : maker.end], "Company", 0.6, method)


def _latin_head(text: str, pieces: Sequence[_Piece]) -> bool:
    """The modifier is one Latin name followed by ordinary words only."""
    first = text[pieces[0].start : pieces[0].end]
    return (
        first.isascii()
        and pieces[0].role == "proper"
        and not pieces[0].known
        and len(pieces) > 1
        and all(p.role == "generic" for p in pieces[1:])
    )


# a place's government or a zone's management committee: the place is its name
_SEATS = frozenset(word_list("人民政府 管委会"))
_ADMIN_PLACE = re.compile(  # 安川市, 岚湖新区: a place by its form
    r"[\u4e00-\u9fff]{2,4}(?:[省市县州区旗镇乡]|新区|开发区|高新区|经开区|园区|自贸区|示范区)"
)


def _starts_with_place(modifier: str) -> bool:
    """兰州新区卫生健康: the modifier opens with a place the place lexicon knows."""
    from medatlas.loaders.extract.places import place_named

    return any(place_named(modifier[:k]) is not None for k in range(2, min(5, len(modifier))))


_NAMED_PROVINCE = re.compile(r"(?![各全本该外分另])[\u4e00-\u9fff]{2,3}?[省市县](?![长委级内外])")


def _is_admin(modifier: str, pieces: Sequence[_Piece], suffix: str = "") -> bool:
    """国家/中央/a place + an administrative word: 上海市卫生健康委员会, 国家数据局; a place
    alone before 人民政府 (安川市人民政府)."""
    if suffix in _SEATS:
        return bool(_ADMIN_PLACE.fullmatch(modifier)) or _starts_with_place(modifier)
    if suffix == "海关":  # 南峤海关, 明珠国际机场海关: a port or a place, however little known
        return 2 <= len(modifier) <= 8 and (
            modifier.endswith(("港", "机场", "口岸", "关区"))
            or any(p.role in ("place", "proper") for p in pieces)
        )
    head = (
        modifier.startswith(("国家", "中央", "国务院", "中共"))
        or any(p.role == "place" for p in pieces)
        or bool(_NAMED_PROVINCE.match(modifier))  # 江淮省卫生健康委员会: 江淮省, however tagged
        or _starts_with_place(modifier)
        or bool(
            pieces
            and pieces[0].role != "generic"
            and _ADMIN_PLACE.fullmatch(modifier[: pieces[0].end - pieces[0].start])
        )
    )
    return head and any(word in modifier for word in GOV_ADMIN_WORDS)


def _qualifier_end(text: str, end: int) -> int:
    """Extend a university or hospital name by a place in brackets: 香港中文大学（深圳）."""
    match = _QUALIFIER.match(text, end)
    if match and word_role(match.group(1)) == "place":
        return match.end()
    return end


_NAMED_AFTER = re.compile(
    r" ?[A-Z][a-z]+[A-Za-z0-9]*(?![A-Za-z0-9.])"
    r"|[“\"「『][^”\"」』\n]{2,20}[”\"」』]"  # 心电分析软件“心枢2.0”: the kind, then the name
)


_COUNTED_AFTER = re.compile(
    r"\s*(?:\d+|[一二三四五六七八九十两几]+)\s*[个款套项类种批](?![月年日小工星季周])"
)


_FIRM_WORDS = frozenset({"公司", "企业", "厂商", "集团"})


_REGISTERED_REACH = 14  # characters from a legal ending back to the place a name opens with
_PUNCTUATION_OR_SPACE = re.compile(r"[\s\W_]")


def _registered_start(text: str, s_start: int, index: TokenIndex | LazyTokenIndex) -> int | None:
    """Where a registered firm's name starts, read from the place it opens with: a place
    (上海, 厦门市) right at a word's start, then two to ten characters of brand and trade with
    no function character (的, 与, 在) and no word of two characters or more that stops a
    name (成立, 投资), up to the legal ending at ``s_start``.

    >>> text = "引入上海颐家康护科技有限公司的平台"
    >>> text[_registered_start(text, text.index("有限公司"), TokenIndex(_cut(text, 0))) :][:8]
    '上海颐家康护科技'
    """
    for start in range(max(0, s_start - _REGISTERED_REACH), s_start - 3):
        token = index.containing(start)
        if token is None or token.start != start:
            continue
        for length in (3, 2):
            body = text[start + length : s_start]
            if (
                not _is_place(text[start : start + length])
                or not 2 <= len(body) <= 10
                or _PUNCTUATION_OR_SPACE.search(body)
                or any(ch in _STRONG_STOPS for ch in body)
                or _stopping_word(text, start + length, s_start, index)
            ):
                continue
            return start
    return None


def _stopping_word(text: str, start: int, end: int, index: TokenIndex | LazyTokenIndex) -> bool:
    """True if a word of two characters or more between ``start`` and ``end`` stops a name."""
    at = start
    while at < end:
        token = index.containing(at)
        if token is None:
            return False
        word = text[max(token.start, start) : min(token.end, end)]
        if len(word) >= 2 and word_role(word, token.flag) == "stop":
            return True
        at = token.end
    return False


def _is_place(words: str) -> bool:
    from medatlas.loaders.extract.places import place_named  # places reads this module's lexicon

    return bool(words) and place_named(words) is not None


def suffix_candidates(
    text: str, tokens: Sequence[Token] | LazyTokenIndex, known: KnownSpans
) -> Iterator[Candidate]:
    """Names found by their Chinese ending, read back to where the name starts.

    *tokens* are the text's tokens, or a :class:`LazyTokenIndex` that cuts them on demand.
    Offerings named by the brand of a company found this way follow
    (:func:`brand_offering_candidates`).
    """
    index = tokens if isinstance(tokens, LazyTokenIndex) else TokenIndex(tokens)
    found = list(_ending_candidates(text, index, known))
    yield from found
    yield from brand_offering_candidates(text, found, index, known)
    yield from glued_latin_candidates(text, index, known, _maker_brands(text, found, known))


# words that end in a body's one-character ending but name no body: verbs and nouns of place
# (部署, 签署, 主办, 布局, 内部) that follow a name
_WORDS_ENDING_LIKE_A_BODY = frozenset(
    {"部署", "签署", "布署", "布局", "格局", "结局", "举办", "承办", "主办", "创办", "开办", "协办"}
    | {"合办", "督办", "全部", "内部", "外部", "局部"}
)


def _ending_candidates(
    text: str, index: TokenIndex | LazyTokenIndex, known: KnownSpans
) -> Iterator[Candidate]:
    for match in _SUFFIX_RE.finditer(text):
        suffix, kind = _SUFFIX_BY_TEXT[match.group()]
        s_start, s_end = match.span()
        # the ending must end a word ("科技部" does not end in the word 科技)
        if s_end not in index.ends and not (s_end < len(text) and not is_cjk(text[s_end])):
            continue
        if text[max(0, s_end - 2) : s_end] in _WORDS_ENDING_LIKE_A_BODY:
            continue  # 瀚江省医疗保障局部署, 研究院签署: a verb after the name, not a 署
        if kind == "offering" and _NAMED_AFTER.match(text, s_end):
            continue  # "骨龄评估模型PediaScope": the phrase says what the Latin name is
        if kind == "offering" and _COUNTED_AFTER.match(text, s_end):
            continue  # "开放脱敏数据集8个": a kind of offering, counted, not one by name
        found = list(_candidate_at(text, s_start, s_end, suffix, kind, index, known))
        if not found and suffix.cls == "Association":
            found = list(_plain_word_body(text, s_start, s_end, suffix, index, known))
        yield from found


def _candidate_at(
    text: str,
    s_start: int,
    s_end: int,
    suffix: Suffix,
    kind: str,
    index: TokenIndex | LazyTokenIndex,
    known: KnownSpans,
) -> Iterator[Candidate]:
    read_from = s_start
    qualifier = _LEGAL_QUALIFIER.search(text, max(0, s_start - 8), s_start)
    if qualifier is not None and suffix.text in _LEGAL and word_role(qualifier.group(1)) == "place":
        read_from = qualifier.start()  # 医渡医疗科技（上海）有限公司
    if suffix.text in _DEPARTMENT_ENDINGS and text.endswith(_INSTITUTION_WORDS, 0, s_start):
        return  # 宁川市第一人民医院门诊部: a hospital's department, the hospital is named already
    verbs = suffix.cls in ("GovernmentBody", "Dataset")
    fields = suffix.cls == "Association"
    pieces = _read_back(
        text,
        read_from,
        index,
        known,
        verbs=verbs,
        # a body's or an institute's field: 协同创新联盟, 职业病防治研究院
        fields=fields or suffix.cls == "ResearchInstitution",
        tasks=kind == "offering",
    )
    if suffix.text in _LEGAL:
        # 上海颐家康护科技有限公司: a registered name opens with its place, whatever jieba
        # makes of the characters between (颐 + 家康 + 护)
        registered = _registered_start(text, s_start, index)
        if registered is not None and (not pieces or registered <= pieces[0].start):
            pieces = [_Piece(registered, s_start, "proper")]
    if not pieces or (fields and _place_then_verb(text, pieces)):
        return
    start = pieces[0].start
    if kind == "offering":
        latin = _latin_named(text, pieces, s_start)
        if latin is not None:
            yield from _latin_offering(text, pieces, latin, s_end, suffix, known)
            return
    if kind == "offering" and _latin_head(text, pieces):
        # "YiduCore数据智能平台", "Dr.Wise 多模态平台": the Latin name is what it is called
        head = pieces[0]
        if not known.covers(head.start, head.end):
            yield Candidate(
                head.start,
                head.end,
                text[head.start : head.end],
                suffix.cls,
                0.7,
                f"suffix:{suffix.text}",
            )
        return
    modifier = text[start:s_start]
    if modifier in _NOUN_ENDINGS:
        return  # "完成投资集团…": the noun alone names no one
    if suffix.text in _FIRM_WORDS and _is_place(modifier):
        return  # "德国公司X": a place and a firm word describe a firm, they do not name it
    cls = suffix.cls
    if kind == "offering" and _institution_then_generic(text, pieces):
        return  # 安川市第一人民医院人工智能辅助诊断系统: the hospital's system, no name
    if kind == "offering" and _only_concepts(text, pieces, known):
        return  # 急诊分诊模型, 病理切片分析软件: a use case and what does it, no name
    if cls == "GovernmentBody":
        if not _is_admin(modifier, pieces, suffix.text):
            return
        confidence = 0.8
    elif kind == "offering" or suffix.weak:
        if suffix.weak and _inside_quoted_name(text, start, s_end):
            return  # “启衡云诊”: the quoted name goes on past the ending
        if _brand_evidence(text, pieces, suffix, kind):
            confidence = 0.7 if kind == "offering" else 0.65
        elif _place_named(text, pieces, s_start, cls):
            confidence = 0.65
        else:
            return
    else:
        places = [text[p.start : p.end] for p in pieces if p.role == "place"]
        if cls in _INSTITUTIONS and not _institution_modifier(text, pieces):
            return
        if cls in _INSTITUTIONS and _region_abbreviation(text, pieces):
            places.append(text[pieces[0].start : pieces[0].end])  # 江淮大学: 江淮 a region
        if cls in _INSTITUTIONS:
            places.extend(_named_cities(text, pieces))  # 北岸市第二人民医院: 北岸市 a city
        if cls == "Hospital" and len(pieces) == 1 and modifier in HOSPITAL_KINDS:
            return  # 慈善医院, 野战医院: a kind of hospital, however rare its word
        if cls == "Hospital" and _local_hospital(text, start, modifier + suffix.text):
            pass  # 市第一人民医院: a hospital named by "the city" of the report and its rank
        elif _word_named_hospital(text, pieces, suffix, index) and not _label_after(text, s_end):
            pass  # 复兴医院, 江岸医院: one ordinary word, after a boundary, names the hospital
        elif not _has_proper(pieces):
            if _plain_word_company(text, pieces, suffix):
                pass  # 小米集团: an ordinary word before a legal ending is a brand
            elif not places:
                return
            elif cls in ("Hospital", "University") and all(p in _COUNTRIES for p in places):
                return  # 中国医院, 美国大学: a country and an institution word are no name
        confidence = 0.8
    end = s_end
    if cls in ("University", "Hospital"):
        end = _qualifier_end(text, s_end)
    name = text[start:end]
    if cls == "Company" and suffix.text == "公司" and not name.endswith(_LEGAL):
        name = name[: -len("公司")]  # 礼来公司 is called 礼来
    if len(name) < 2:
        return
    yield Candidate(start, end, name, cls, round(confidence, 2), f"suffix:{suffix.text}")


_BODY_REACH = 18  # characters read back from an association ending for a national lead
# words that say which bodies, never which one: 相关协会, 行业协会, 各学会, 该委员会
_BODY_DETERMINERS = frozenset(
    word_list(
        "相关 有关 行业 各 该 本 其 此 这 那 每 某 诸 另 其他 其它 所有 全部 一些 若干"
        " 这些 那些 上述 众多 诸多 多家 多个 部分 各类 各级 各地 各大 地方 省级 市级 县级"
    )
)


def _plain_word_body(
    text: str,
    s_start: int,
    s_end: int,
    suffix: Suffix,
    index: TokenIndex | LazyTokenIndex,
    known: KnownSpans,
) -> Iterator[Candidate]:
    """A body named only with ordinary words and an association ending: led by 全国, 中国,
    中华 or 国家 (全国智能影像临床应用协作组), or a committee named by its field
    (医学人工智能专业委员会). Never 行业协会, 相关协会, 该委员会."""
    if suffix.text not in LED_BODY_ENDINGS:
        return
    start = _national_lead(text, s_start, s_end, index)
    confidence = 0.7
    if start is None and suffix.text in COMMITTEE_ENDINGS:
        start = _field_start(text, s_start, index)
        confidence = 0.65
    if start is None or known.covers(start, s_end):
        return
    yield Candidate(
        start, s_end, text[start:s_end], suffix.cls, confidence, f"suffix-body:{suffix.text}"
    )


def _body_words(
    text: str, start: int, end: int, index: TokenIndex | LazyTokenIndex
) -> list[str] | None:
    """The words between ``start`` and ``end`` if all can belong to a body's name (ordinary
    words and the verbs fields are written with); None if one cannot."""
    words = []
    pos = start
    while pos < end:
        token = index.containing(pos)
        if token is None or token.start != pos or token.end > end:
            return None
        word = text[pos : token.end]
        if word in _BODY_DETERMINERS or word in _GRADE_WORDS or not all(map(is_cjk, word)):
            return None
        if word_role(word, token.flag) == "stop" and not _field_verb(word, token.flag):
            return None
        words.append(word)
        pos = token.end
    return words


def _field_verb(word: str, flag: str) -> bool:
    """A verb a body's field is written with (应用), or a noun jieba keeps whole around one
    (技术推广)."""
    if word in BODY_FIELD_VERBS:
        return True
    return len(word) >= 3 and flag == "n" and word[-2:] in BODY_FIELD_VERBS


def _national_lead(
    text: str, s_start: int, s_end: int, index: TokenIndex | LazyTokenIndex
) -> int | None:
    """Where a 全国/中国/中华/国家 that opens the body's name starts, if one does."""
    for lead in NATIONAL_LEADS:
        at = text.rfind(lead, max(0, s_start - _BODY_REACH), s_start - 2)
        if at < 0 or not _hard_boundary_before(text, at, index):
            continue
        lead_token = index.containing(at)
        if lead_token is None or lead_token.start != at:
            continue
        if lead_token.end == s_end and lead_token.flag == "nt":
            return at  # 中华预防医学会: one word jieba knows as an organisation's name
        if lead_token.end != at + len(lead):
            continue
        words = _body_words(text, at + len(lead), s_start, index)
        if words and sum(len(w) for w in words) >= 2 and not _verb_first(words[0]):
            return at
    return None


def _place_then_verb(text: str, pieces: Sequence[_Piece]) -> bool:
    """A place, then a verb: a clause about the place (中国发展…联盟), not a body's name."""
    return (
        len(pieces) > 1
        and pieces[0].role == "place"
        and _verb_first(text[pieces[1].start : pieces[1].end])
    )


def _verb_first(word: str) -> bool:
    """A verb right after the lead makes a clause, not a name: 中国发展…联盟, 国家鼓励…"""
    if word in _DISCIPLINE_LEADS:
        return False  # 中华生殖健康促进会: 生殖 names the field, it is no verb of a clause
    return (_tag(word) or "").startswith("v") or word_role(word) == "stop"


def _field_start(text: str, s_start: int, index: TokenIndex | LazyTokenIndex) -> int | None:
    """Where a committee's field (two words or more, four characters or more) starts."""
    pos = s_start
    while pos > 0 and s_start - pos < _BODY_REACH:
        token = index.containing(pos - 1)
        if token is None or token.end != pos:
            return None
        word = text[token.start : pos]
        if not all(is_cjk(c) for c in word) or word in _BODY_DETERMINERS:
            break
        if word_role(word, token.flag) == "stop" or word in _GRADE_WORDS:
            break
        pos = token.start
    if s_start - pos < 4 or not _hard_boundary_before(text, pos, index):
        return None
    words = _body_words(text, pos, s_start, index)
    return pos if words is not None and len(words) >= 2 else None


# ---------------------------------------------------------------- titles


_TITLE = re.compile(r"《([^《》\n]{2,100})》")
_QUOTED = re.compile(r"[“\"「『]([^“”\"「」『』\n]{2,60})[”\"」』]")
_NOTE = re.compile(r"\s*[（(][^（）()]{1,20}[)）]\s*$")
# the stage of a rule, noted after its title: on trial, interim, a draft for comment
_RULE_STAGE = re.compile(r"[（(](?:试行|暂行|征求意见稿|送审稿|修订草案|草案)[)）]\s*$")
_NOTICE_ENDINGS = r"(?:实施意见|指导意见|意见|通知|决定|办法|批复|公告)"
_GUANYU = re.compile(r"关于[^。；;，,、\n《》“”]{2,60}?的" + _NOTICE_ENDINGS)
# A whole title that is a regulation's or an official notice's: "（某委）关于印发…的通知",
# "…管理办法（试行）", "… Act", "Guidance on …".
_POLICY_TITLE = re.compile(
    r"^[^，。；\s]{0,30}关于.{2,80}的" + _NOTICE_ENDINGS + r"(?:[（(][^）)]{1,10}[）)])?$"
    r"|(?:管理办法|暂行办法|实施细则|管理规定|实施方案|行动方案|行动计划|工作方案|指导原则|条例)"
    r"(?:[（(][^）)]{1,10}[）)])?$"
    r"|^(?:the\s+)?[A-Z][\w\s().,&'-]{2,80}\s(?:Act|Regulation|Directive|Ordinance)(?:\s\(\w+\))?$"
    r"|^(?:Draft\s+|Final\s+)?Guidance\s+(?:on|for)\s"
)
_JOURNAL = re.compile(r"(?:日报|晚报|时报|周刊|杂志|学报|期刊|报|Journal|Times|Daily|News)$")


# what a firm discloses or a tender announces in a 公告 (not what a regulator rules)
_FIRM_NOTICE = re.compile(
    r"董事会|监事会|股东|合同|合资|子公司|募集|关联交易|对外投资|收购|出售|回购|减持|增持"
    r"|业绩|年度报告|季度报告|中标|成交|签订|签署|设立|分红|权益|担保|股份|有限公司|停牌|复牌"
)


def _bare_ending(core: str, endings: Sequence[str]) -> bool:
    """《指引》, 《报告》: a title that is nothing but its ending names nothing."""
    return any(core == e or (core.endswith(e) and len(core) - len(e) < 2) for e in endings)


def is_policy_title(title: str) -> bool:
    """True when a document's whole title is that of a policy (a notice, a regulation, an Act),
    so the document is a copy of that policy rather than a report.

    >>> is_policy_title("某委员会关于印发试点单位名单的通知"), is_policy_title("2025医疗AI白皮书")
    (True, False)
    """
    if _firm_notice(title):
        return False  # "…关于签订重大合同的公告": a company's disclosure, a report
    return bool(_POLICY_TITLE.search(title))


def _firm_notice(title: str) -> bool:
    core = _NOTE.sub("", title).strip()
    return core.endswith(("公告", "公示")) and bool(_FIRM_NOTICE.search(core))


# the licences and certificates a firm or a device holds, written in 《》 like a title
_PERMIT = re.compile(r"(?:许可证|注册证|执照|证书|合格证|备案凭证|登记证)$")


def title_class(title: str) -> tuple[str, float]:
    """The class of a 《》 title from its ending: policy, report, periodical, else a report.

    >>> title_class("关于促进数字健康发展的指导意见（征求意见稿）")
    ('Policy', 0.9)
    >>> title_class("2024中国医疗AI白皮书")
    ('Report', 0.9)
    >>> title_class("澄洲省远程重症会诊服务项目价格（试行）")
    ('Policy', 0.9)
    """
    core = _NOTE.sub("", title).strip()
    if _firm_notice(core):
        return "Report", 0.9  # a listed company's disclosure, a tender's result: no rule
    if _RULE_STAGE.search(title):
        return "Policy", 0.9  # …项目价格（试行）: a rule on trial or in draft, whatever its ending
    if core.endswith("目录") and "数据" in core:
        return "Dataset", 0.9  # 数据资源开放目录: a catalogue of data sets
    for ending in POLICY_ENDINGS:
        if core.endswith(ending):
            return "Policy", 0.9
    for ending in REPORT_ENDINGS:
        if core.endswith(ending):
            return "Report", 0.9
    if _JOURNAL.search(core):
        return "Organization", 0.6
    if re.search(r"\b(?:19|20)\d\d\b", core) or re.search(r"报告|Report|Survey", core):
        return "Report", 0.7
    return "Report", 0.55


def title_candidates(text: str) -> Iterator[Candidate]:
    """《》 titles (policies, reports, periodicals), quoted titles with a policy or report
    ending, and unquoted 关于…的意见/通知 policy titles."""
    for match in _TITLE.finditer(text):
        title = match.group(1).strip()
        core = _NOTE.sub("", title).strip()
        if len(core) < 3 or _looks_like_sentence(title):
            continue
        if _bare_ending(core, POLICY_ENDINGS) or _bare_ending(core, REPORT_ENDINGS):
            continue
        if _PERMIT.search(core):
            continue  # 《医疗机构执业许可证》: a kind of licence a firm holds, not a document
        cls, confidence = title_class(title)
        yield Candidate(match.start(), match.end(), title, cls, confidence, "title")
    for match in _QUOTED.finditer(text):
        title = match.group(1).strip()
        if len(title) < 4:
            continue
        cls, confidence = title_class(title)
        if "，" in title or "," in title or "。" in title:
            continue  # a quoted slogan or sentence
        if confidence >= 0.9 and cls in ("Policy", "Report", "Dataset") and len(title) >= 6:
            yield Candidate(match.start(), match.end(), title, cls, 0.75, "quoted-title")
    for match in _GUANYU.finditer(text):
        start = match.start()
        if start > 0 and text[start - 1] in '《“"':
            continue
        cls = "Report" if _firm_notice(match.group()) else "Policy"
        yield Candidate(start, match.end(), match.group(), cls, 0.65, "policy-pattern")


def _looks_like_sentence(title: str) -> bool:
    return bool(re.search(r"[。！？!?]", title)) or title.count("，") >= 2


# ---------------------------------------------------------------- quoted names


# what follows a noun phrase that ends where the sentence goes on: "…软件已在", "…系统在影像科"
# (or what a market table says of it: “汇审”智能审方系统占据11.2%的份额, …位列第一)
_CLAUSE_GOES_ON = r"[已在将于被由并均正也]|全年|累计|目前|共|正式|占据|位列|位居|排名"
_DESCRIBED_AFTER = re.compile(
    r"[\u4e00-\u9fffA-Za-z0-9\-]{2,18}?"
    r"(大模型|模型|平台|系统|软件|机器人|助手|一体机|解决方案|数据集)"
    r"(?=[：:，,。；;（(\s]|$|" + _CLAUSE_GOES_ON + ")"
)


_MAX_QUOTED = 24  # characters of a quoted name
_MAX_QUOTED_BILINGUAL = 40  # “声智乳腺超声辅助诊断软件 BreastSono V2.0”: a name in two scripts
_BILINGUAL_NAME = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff·]{1,20}\s?[A-Za-z][\w .\-]{1,20}")


_WARES = frozenset({"Platform", "Product", "AIModel"})

# a quoted name glossed inside its quotes by a Latin name: “DRG智能编码助手（DRG CodePilot）”
_GLOSSED = re.compile(r"([^（(]*[\u4e00-\u9fff][^（(]*)[（(][A-Za-z][\w .\-+&']*[）)]")


def quoted_name_candidates(text: str) -> Iterator[Candidate]:
    """A quoted name next to a noun saying what it is: 发布大模型“医渡灵犀”, “因数健康”平台;
    a quoted name in parallel with such a one takes its class (申报的“X”、…申报的“Y系统”)."""
    nouns = sorted(QUOTE_TYPE_NOUNS, key=lambda item: -len(item[0]))
    typed: list[Candidate] = []
    untyped: list[Candidate] = []
    for match in _QUOTED.finditer(text):
        name = match.group(1).strip()
        glossed = _GLOSSED.fullmatch(name)
        if glossed is not None:  # “DRG智能编码助手（DRG CodePilot）”: the name, then its gloss
            name = glossed.group(1)
        longest = _MAX_QUOTED_BILINGUAL if _BILINGUAL_NAME.fullmatch(name) else _MAX_QUOTED
        if not 2 <= len(name) <= longest or _looks_like_sentence(name) or "，" in name:
            continue
        before = text[max(0, match.start() - 6) : match.start()]
        after = text[match.end() : match.end() + 6]
        cls = None
        for noun, noun_cls in nouns:
            if before.endswith(noun) or after.startswith(noun):
                cls = noun_cls
                break
        if cls is None and _COUNTED_PRODUCT.search(text, max(0, match.start() - 14), match.start()):
            cls = "Product"  # 还有一款可穿戴的“X”: what is counted in 款 is a product
        if cls is None:
            described = _DESCRIBED_AFTER.match(text, match.end())
            if described is not None:  # “澜影”肺结节CT影像辅助检测软件: a brand, then what it is
                suffix = _SUFFIX_BY_TEXT.get(described.group(1))
                cls = suffix[0].cls if suffix is not None else None
        if cls is None:
            cls = _cued_class(text, match.start(), match.end())
        confidence = 0.75 if cls is not None else 0.7
        if cls is None and _MAKER_BEFORE.search(before):
            cls, confidence = "Product", 0.75  # 案例五：研通科技“招募星”: a firm, then its offering
        elif cls is None and _MAKER_OF_BEFORE.search(before) and not is_generic_phrase(name):
            cls, confidence = "Product", 0.75  # 南京觅影数字医学的“觅影肺小结”: the firm's own

        end = match.start() + 1 + len(name) if glossed is not None else match.end() - 1
        own = _own_class(name)
        if own is not None and not (own == "Company" and name.endswith("云") and cls in _WARES):
            cls = own  # but 平台“药安云”: the kind said beside it beats the bare 云 of a firm
        launched = _FIRM_LAUNCHED.search(text, max(0, match.start() - 12), match.start())
        made = _made_here(text, match.start(), own)
        if is_common_phrase(name) and not made and launched is None:
            continue
        if cls is None:
            if not is_generic_phrase(name):
                untyped.append(Candidate(match.start() + 1, end, name, "", 0.65, ""))
            continue
        if (
            confidence < 0.75
            and is_generic_phrase(name)
            and not _place_lead(name, own)
            and not made
        ):
            continue  # “聊天机器人”: a quoted ordinary term, not a name
        found = Candidate(match.start() + 1, end, name, cls, confidence, "quoted-name")
        typed.append(found)
        yield found
    for item in untyped:
        cls = _parallel_class(text, item, typed)
        if cls is not None:
            yield replace(item, cls=cls, method="quoted-parallel")


# a firm's name ending right before a quote (研通科技“招募星”, 安伴科技的“颐护通”)
_MAKER_BEFORE = re.compile(r"[\u4e00-\u9fff]{2}(?:科技|数科|智医|公司|集团|医疗|智能)的?$")
# a firm whose name ends in a field, then 的: 苏州维康诊断的“安知”, 顺丰医药的“丰温” (not the
# ordinary words of 远程诊断的“最后一公里”, which are no name)
_MAKER_OF_BEFORE = re.compile(r"[\u4e00-\u9fff]{2}(?:健康|生物|医药|医学|诊断)的$")
# a firm's name, then its launch: 平安健康医疗科技推出的“平安体检AI解读” (common words, a name)
_FIRM_LAUNCHED = re.compile(
    r"(?:科技|数科|智医|医疗|健康|智能|公司|集团|医药)(?:推出|发布|上线|研发|打造|开发|自研)(?:了|的)?$"
)

# verbs that found an institution: 共建“临床数据联合实验室”, 成立“X研究中心”
_FOUNDING = ("共建", "成立", "组建", "设立", "揭牌", "挂牌", "牵头组建", "联合成立")
_FOUNDED_CLASSES = ("ResearchInstitution", "Association")


# what makes a quoted model, platform or data set in the clause before it: 开发的“脑电发作预测模型”,
# 建立了包含约2.6万段手术视频的“X视频库”, 联合建设“基层慢病AI辅助诊断平台” (ordinary words, yet
# the one thing the sentence builds); not the category a notice files (将“X软件”纳入)
_BUILDS = re.compile(
    r"(?:建设|建立|建成|共建|搭建|开发|研发|训练|承建|打造|构建|自研|收录|挂牌|基于该平台)"
    r"[^，,。；;：:“”\"]{0,22}$"
)
_BUILT_CLASSES = ("Platform", "AIModel", "Dataset")


def _made_here(text: str, start: int, own: str | None) -> bool:
    """A quoted institution the sentence founds right before it (共建“临床数据联合实验室”), or a
    quoted platform, model or data set its clause builds (开发的“脑电发作预测模型”), is a name,
    whatever its words."""
    if own in _FOUNDED_CLASSES:
        return text.endswith(_FOUNDING, max(0, start - 6), start)
    return own in _BUILT_CLASSES and _BUILDS.search(text, max(0, start - 30), start) is not None


# "代表产品为“X”", "核心平台包括“X”": a kind noun and a copula or list verb before the quote
_KIND_IS = re.compile(
    r"(大模型|模型|平台|系统|产品|软件|应用|解决方案)(?:为|是|包括|包含|涵盖|有|如|名为|叫做?|即)[：:]?$"
)
# "推出“X”", "发布了“X”" … then "两款产品": launched, and counted as offerings after the quote
_LAUNCHED = re.compile(r"(?:推出|发布|上线|研发|打造|开发|亮相|首发|自研)(?:了|的)?$")
_QUOTES_COUNTED = re.compile(
    r"^(?:[”」』]?[“「『][^”」』]{1,24}[”」』])*[等]?[一两二三四五六七八九十几多]?[款个套项]"
    r"(大模型|模型|平台|系统|产品|软件|应用|解决方案)"
)
# what a launch verb may put in quotes that is no offering: “AI+医疗”行动, “千县工程”
_NOT_OFFERING_AFTER = re.compile(
    r"^[”」』]?(?:行动|计划|工程|项目|活动|专项|战略|理念|模式|倡议|品牌)"
)


def _cued_class(text: str, start: int, end: int) -> str | None:
    """The class the words around a quoted name give when no type noun touches it: a list of
    a company's products before it, a launch verb before it with its count after it."""
    before = text[max(0, start - 8) : start]
    kind = _KIND_IS.search(before)
    if kind is not None:
        return dict(QUOTE_TYPE_NOUNS).get(kind.group(1), "Product")
    after = text[end : end + 40]
    counted = _QUOTES_COUNTED.match(after)
    if counted is not None:
        return dict(QUOTE_TYPE_NOUNS).get(counted.group(1), "Product")
    if _LAUNCHED.search(before) and not _NOT_OFFERING_AFTER.match(after):
        return "Product"
    return None


# "一款可穿戴的“X”", "两款新品“X”": 款 counts products, and the clause runs on to the quote
_COUNTED_PRODUCT = re.compile(r"[一两二三几首新]款[^，,。；;：:“”\n]{0,10}$")
_SENTENCE_BREAK = re.compile(r"[。；;！？!?\n]")
_PARALLEL_LEAD = 3  # characters before the quote that two parallel items share: "申报的"


def _parallel_class(text: str, item: Candidate, typed: Sequence[Candidate]) -> str | None:
    """The class of a typed quoted name in the same sentence that stands in parallel with
    *item*: right next to it ("“X”、“Y系统”") or after the same words ("申报的“X”…申报的“Y”")."""
    lead = text[max(0, item.start - 1 - _PARALLEL_LEAD) : item.start - 1]
    for other in typed:
        first, second = sorted((item, other), key=lambda c: c.start)
        between = text[first.end + 1 : second.start - 1]
        if _SENTENCE_BREAK.search(between) or len(between) > 40:
            continue
        other_lead = text[max(0, other.start - 1 - _PARALLEL_LEAD) : other.start - 1]
        next_to = between in ("、", "和", "及", "与")
        same_lead = len(lead) == _PARALLEL_LEAD and lead == other_lead and is_cjk(lead[-1])
        if next_to or same_lead:
            return other.cls
    return None


def _place_lead(name: str, own: str | None) -> bool:
    """A quoted platform or data set named by its place: “北京医疗大模型公共训练数据集”."""
    if own not in ("Platform", "Dataset"):
        return False
    words = _words(name)
    return bool(words) and word_role(words[0]) == "place" and words[0] not in _COUNTRIES


def _own_class(name: str) -> str | None:
    """The class a quoted name's own ending gives (“郑大一附院智能预问诊系统” is a product)."""
    for suffix, _ in _SUFFIXES:
        if name.endswith(suffix.text) and len(name) > len(suffix.text):
            return suffix.cls if suffix.cls != "GovernmentBody" else None
    return None


def _words(name: str) -> list[str]:
    jieba, _ = _jieba()
    return [w for w in jieba.lcut(name) if w.strip() and not re.fullmatch(r"[+\-·/×x&]", w)]


def is_generic_phrase(name: str) -> bool:
    """No word of the phrase is a name-like word ("AI+基层首诊", "互联网医院", "中国人寿");
    a lone character left over by the tokenizer ("图学习") does not count as one."""
    proper = [w for w in _words(name) if word_role(w) == "proper"]
    return sum(len(w) for w in proper) < 2


def is_common_phrase(name: str) -> bool:
    """Every word of the phrase is common vocabulary: a domain word, a determiner, a function
    word, or a very frequent word ("医院", "药企", "高校"); lenient where the layout already says
    the phrase is a name ("中国人寿" next to "太平洋保险")."""
    for word in _words(name):
        if word in GENERIC_WORDS or word in GENERIC_LEADS or word.lower() in EN_STOP_WORDS:
            continue
        role = word_role(word)
        if role == "stop" or (role == "generic" and (_freq(word) or 0) >= 1000):
            continue
        return False
    return True


_SOURCE_TAILS = re.compile(
    r"(?:官方报告|官方数据|官方网站|官网|公开资料|公开渠道|公开数据|研报|研究报告|行业报告|报告"
    r"|行业分析|分析|报道|深度解读|解读|数据库|数据|资料|网站|微信公众号|公众号|整理|收集|汇总)+$"
)


def trim_generic_tail(item: str) -> str:
    """A source "NVIDIA 官方报告" names NVIDIA: drop trailing kind-of-material words."""
    trimmed = _SOURCE_TAILS.sub("", item).strip()
    return trimmed if len(trimmed) >= 2 else item


def name_start_before(
    text: str, pos: int, index: TokenIndex | LazyTokenIndex, known: KnownSpans
) -> int | None:
    """Where a Chinese or Latin name ending at ``pos`` starts, reading words back; ``None``
    when no word can belong to a name there."""
    if pos == 0:
        return None
    if not is_cjk(text[pos - 1]):
        match = re.search(
            r"[A-Za-z0-9][\w.\-&+]*(?: [A-Z][\w.\-&+]*){0,4}$", text[max(0, pos - 60) : pos]
        )
        return pos - len(match.group()) if match else None
    pieces = _read_back(text, pos, index, known)
    return pieces[0].start if pieces else None


# Offerings named by their maker's brand ------------------------------------------------------

_MAKER_ENDINGS = tuple(
    sorted({s.text for s in ORG_SUFFIXES if s.cls == "Company"}, key=len, reverse=True)
)
_OFFERING_SUFFIX_RE = re.compile(
    "|".join(re.escape(s.text) for s in sorted(OFFERING_SUFFIXES, key=lambda s: -len(s.text)))
)
_OFFERING_CLASS = {s.text: s.cls for s in OFFERING_SUFFIXES}
_BRAND_REACH = 12  # characters read on from a brand to an offering ending
_INSTITUTION_WORD = re.compile(r"医院|大学|学院|研究院|研究所|卫生院|保健院|中心|实验室")
_NAME_RUN = re.compile(r"[^\t|，,。；;、：:（()）“”\"《》【】\[\]！？!?\n]+")
# what may follow an offering named by a brand and one word: the clause goes on or ends
_CLAUSE_MARKS = "，,。；;、：:）)」”』》！？!? \t\u3000（("
_CLAUSE_WORDS = word_list(
    "用于 应用于 适用于 覆盖 通过 目前 主要 累计 上线 落地 产品 系列"
    " 和 及 与 或 已 在 于 将 可 能 是 的 等 获 也 还 则 正 现 均 共"
)
_CLAUSE_AFTER = re.compile(
    "[" + re.escape(_CLAUSE_MARKS) + "]|" + "|".join(sorted(_CLAUSE_WORDS, key=len, reverse=True))
)
# a Latin name right after a brand (栖野Path 2.1, 鹊桥-Onco): left to glued_latin_candidates
_LATIN_AFTER_BRAND = re.compile(r"[-·・]?[A-Za-z]")
_GOES_ON = re.compile(r"[ \u3000]?[A-Za-z0-9]")  # a version or a Latin name after the word
_BRAND_CONFIDENCE = {"ending": 0.75, "dotted": 0.7, "word": 0.7}
_DOTTED_SIZES = (2, 3, 4)  # characters of the name after a brand and a middle dot: 穆川·灵枢


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _place_like(word: str) -> bool:
    """A place by the lexicon or by the dictionary's tag (华东, 岭南): no maker's brand."""
    return _is_place(word) or (_tag(word) or "").startswith("ns")


def _maker_brand(name: str) -> str | None:
    """The brand a company's name opens with: 汀澜 of 汀澜科技, 杭州汀澜医疗科技有限公司."""
    core = name
    while True:
        ending = next((e for e in _MAKER_ENDINGS if core.endswith(e) and len(core) > len(e)), None)
        if ending is None:
            break
        core = core[: -len(ending)]
    for k in (3, 2):
        if len(core) - k >= 2 and _is_place(core[:k]):
            core = core[k:]
            break
    if not 2 <= len(core) <= 4 or not all(is_cjk(ch) for ch in core) or core == name:
        return None
    if core in GENERIC_WORDS or core in GENERIC_LEADS or _place_like(core):
        return None
    return None if is_common_phrase(core) else core


def _brand_starts(text: str, pos: int, index: TokenIndex | LazyTokenIndex) -> bool:
    """A word starts at ``pos``: not inside a longer word (三明川 is no 明川)."""
    if pos == 0 or not is_cjk(text[pos - 1]) or text[pos - 1] in STOP_CHARS:
        return True
    token = index.containing(pos - 1)
    return token is not None and token.end == pos


def _coined_word(word: str) -> bool:
    """Two characters no dictionary knows as a word, neither a function word, numeral or
    measure: a coined product word (肺影, 灵医)."""
    return (
        len(word) == 2
        and all(is_cjk(ch) for ch in word)
        and _freq(word) is None
        and not any(
            ch in STOP_CHARS or ch in _STRONG_STOPS or ch in _NUMERAL_CHARS or ch in _MEASURE_CHARS
            for ch in word
        )
    )


def _ending_after_brand(text: str, after: int) -> tuple[int, str] | None:
    """An offering ending within reach after a brand, the words between it and the brand all
    able to belong to a name (禾新 + 病历质控 + 助手): its end and class."""
    run = _NAME_RUN.match(text, after, min(len(text), after + _BRAND_REACH + 6))
    if run is None:
        return None
    for match in _OFFERING_SUFFIX_RE.finditer(text, after, run.end()):
        middle = text[after : match.start()]
        if len(middle) > _BRAND_REACH or middle.startswith(_MAKER_ENDINGS):
            return None
        if _INSTITUTION_WORD.search(middle):
            return None  # X医院信息系统: an institution's system, not the brand's offering
        tokens = tokenize(text[after : match.end() + 1])
        ends = set(itertools.accumulate(len(t.word) for t in tokens))
        if (middle and len(middle) not in ends) or match.end() - after not in ends:
            continue  # the ending is glued to a word around it (…系统性, 平台化)
        if any(_ends_name_run(t) for t in tokens if t.end <= len(middle)):
            return None  # 禾新将推出…系统: a clause, not a name
        if _NAMED_AFTER.match(text, match.end()):
            return None  # 禾新心电分析软件“心枢”: the quoted word is the name
        return match.end(), _OFFERING_CLASS[match.group()]
    return None


_JOINING = re.compile(r"[\s\-._·・+/]+|[Vv]?\d+(?:\.\d+)*")  # "-" of WSI-Pro, "2.1" of Path 2.1


_CLAUSE_FLAGS = ("p", "c", "u", "r", "d", "y", "e", "o", "m", "q")


def _ends_name_run(token: Token) -> bool:
    """A word between a brand and an offering ending that says the name has ended: a function
    word, a governing verb, a number (a task word jieba tags oddly, 眼底 as a time, does not)."""
    word = token.word
    if _JOINING.fullmatch(word):
        return False  # "-" of WSI-Pro, "2.1" of Path 2.1
    if word.isascii() and word.isalnum():
        return word.lower() in EN_STOP_WORDS  # Path of 苍梧Path 2.0, not "by"
    if word in _GOVERNING or (len(word) == 1 and (word in STOP_CHARS or word in _STRONG_STOPS)):
        return True
    return token.flag.startswith(_CLAUSE_FLAGS) or not any(ch.isalnum() for ch in word)


def _dotted_after_brand(text: str, after: int) -> int | None:
    """The end of a name a middle dot joins to a brand (穆川·灵枢), the clause going on after."""
    if text[after : after + 1] not in ("·", "・"):
        return None
    for size in _DOTTED_SIZES:
        end = after + 1 + size
        word = text[after + 1 : end]
        if len(word) == size and all(is_cjk(ch) for ch in word) and _CLAUSE_AFTER.match(text, end):
            return end
    return None


# Latin after a brand that is no product: a round (Pre-A轮, B轮), an office (CEO), a filing
_NOT_PRODUCT_LATIN = re.compile(r"(?i)^(?:pre-?[a-e]\+?|[a-e]\+?|series|ceo|cto|cfo|coo|ipo)$")


_MODEL_HEADS = frozenset(f.upper() for f in MODEL_FAMILIES)
# what makes a Latin word a product's name after a brand: a version (2.1, V3) or a joined
# part (-Onco, WSI-Pro); a bare word (Path, Pharma, Care) may be the firm's English name
_PRODUCT_MARK = re.compile(r"\d|(?:^|[A-Za-z0-9])-[A-Za-z]|^[-·・][A-Za-z]")


def _latin_names_product(text: str, name: str, end: int) -> bool:
    """The Latin ``name`` ending at ``end``, after a brand, names a product: with a version or
    a joined part (Path 2.1, WSI-Pro, -Onco), no acronym of the field, no model family, no
    round of funding."""
    bare = name.lstrip("-·・")
    head = re.split(r"[-+\s\d]", bare, maxsplit=1)[0]
    if head.upper() in MEDICAL_ACRONYMS or head.lower() in EN_STOP_WORDS:
        return False
    if head.upper() in _MODEL_HEADS or head in EN_DESIGNATORS:
        return False  # 基于Qwen2: the model it is built on, not its own name
    if _NOT_PRODUCT_LATIN.match(bare) or text.startswith(("轮", "系列"), end):
        return False  # Pre-A轮: a round of funding
    return bool(_PRODUCT_MARK.search(name))


def _offering_after_brand(text: str, brand: str, pos: int) -> tuple[int, str, str] | None:
    """What a brand at ``pos`` goes on with when it names an offering: its end, class and
    the rule that read it (an ending, one field word, a dotted name)."""
    after = pos + len(brand)
    if text.startswith(_MAKER_ENDINGS, after):
        return None  # the company itself, or another firm of the brand
    ending = _ending_after_brand(text, after)
    if ending is not None:
        return ending[0], ending[1], "ending"
    dotted = _dotted_after_brand(text, after)
    if dotted is not None:
        return dotted, "Product", "dotted"
    if _LATIN_AFTER_BRAND.match(text, after):
        return None  # a Latin name after the brand: read by glued_latin_candidates
    for size in (3, 2):
        word = text[after : after + size]
        if len(word) < size or not _CLAUSE_AFTER.match(text, after + size):
            continue
        if _GOES_ON.match(text, after + size):
            return None  # 岑朗心电 2.0, 朗维肺影 LungVee: the name goes on past the word
        if word in OFFERING_AFTER_BRAND or (size == 2 and _coined_word(word)):
            return after + size, "Product", "word"
    return None


def _firm_names(found: Sequence[Candidate], known: KnownSpans) -> frozenset[str]:
    """The names of the organisations a text names (found by their endings, or known)."""
    names = {c.name for c in found if c.cls in _FIRM_CLASSES}
    names |= {m.text for m in known.entities if m.cls in _FIRM_CLASSES}
    return frozenset(names)


_FIRM_CLASSES = frozenset(
    word_list("Company Hospital University ResearchInstitution Association Organization")
)


def _maker_brands(text: str, found: Sequence[Candidate], known: KnownSpans) -> frozenset[str]:
    """The brands of the companies a text names (found by their endings or known)."""
    names = {c.name for c in found if c.cls == "Company"}
    names |= {m.text for m in known.entities if m.cls == "Company"}
    brands = {_maker_brand(name) for name in names}
    return frozenset(b for b in brands if b is not None and b in text)


def _doc_brands(text: str, found: Sequence[Candidate], known: KnownSpans) -> set[str]:
    """The makers' brands, and the brands a sentence introduces as an offering's."""
    return set(_maker_brands(text, found, known)) | set(_cued_brands(text))


# a word that introduces an offering by name: 其产品X问诊, 旗下X心电, 推出X影像
_OFFERING_CUES = word_list("产品 旗下 推出 发布 上线 部署 自研 研发 打造")
_CUED_FIELD = re.compile(
    "(?:" + "|".join(_OFFERING_CUES) + ")(?:了|的|有|包括|为|是)?"
    "([\u4e00-\u9fff]{2,3}?)(?=(?:"
    + "|".join(sorted(OFFERING_AFTER_BRAND, key=len, reverse=True))
    + ")(?:"
    + _CLAUSE_AFTER.pattern
    + "))"
)


def _cued_brands(text: str) -> Iterator[str]:
    """Brands a sentence introduces with an offering before their field word, though no
    company of theirs is named: 珩渡 of 其产品珩渡问诊主要用于…; the words must be a brand's
    (unknown to the dictionary, no ordinary word): 推出智能问诊 names nothing."""
    for match in _CUED_FIELD.finditer(text):
        brand = match.group(1)
        if brand[0] in STOP_CHARS or brand[0] in _STRONG_STOPS:
            continue  # 旗下有X问诊: a verb or function word, not the brand's first character
        roles = [word_role(w) for w in _words(brand)]
        if roles and all(role == "proper" for role in roles) and not _place_like(brand):
            yield brand


def brand_offering_candidates(
    text: str,
    found: Sequence[Candidate],
    index: TokenIndex | LazyTokenIndex,
    known: KnownSpans,
) -> Iterator[Candidate]:
    """Offerings named by the brand of a company the same text names: 汀澜问诊 and
    汀澜病历质控助手 where the text names 汀澜科技, 蔺川Path 2.1 where it names 蔺川医疗.

    >>> text = "汀澜科技成立于2019年，其产品汀澜问诊主要用于预问诊。"
    >>> found = list(suffix_candidates(text, LazyTokenIndex(text), KnownSpans([])))
    >>> [(c.name, c.cls) for c in found if c.method == "brand:word"]
    [('汀澜问诊', 'Product')]
    """
    firms = _firm_names(found, known)
    for brand in sorted(_doc_brands(text, found, known)):
        for match in re.finditer(re.escape(brand), text):
            pos = match.start()
            if not _brand_starts(text, pos, index):
                continue
            read = _offering_after_brand(text, brand, pos)
            if read is None:
                continue
            end, cls, how = read
            name = text[pos:end].rstrip()
            if known.covers(pos, end) or len(name) <= len(brand):
                continue
            if how != "ending" and not text[end : _line_end(text, end)].strip():
                continue  # 砾川知诊 alone on its line, a heading: left to the layout rules
            if any(firm.startswith(name) for firm in firms):
                continue  # 岚图影像 of 岚图影像科技有限公司: the firm's own short name
            yield Candidate(pos, pos + len(name), name, cls, _BRAND_CONFIDENCE[how], f"brand:{how}")


# a Latin name with a version or a joined part, glued to the Chinese before it: 沅芷FFR 2.0,
# 鹊桥-Onco
_GLUED_LATIN = re.compile(
    r"(?<=[\u4e00-\u9fff])-?[A-Za-z][A-Za-z0-9]*"
    r"(?:[-+][A-Za-z0-9]+)*(?:\s?[Vv]?\d+(?:\.\d+)*)?(?![A-Za-z0-9.\-])"
)
_VERSIONED = re.compile(r"[-+][A-Za-z]|\d")
_BRAND_CHARS = (2, 4)  # length of a Chinese brand before a Latin name


def glued_latin_candidates(
    text: str,
    index: TokenIndex | LazyTokenIndex,
    known: KnownSpans,
    makers: frozenset[str] = frozenset(),
) -> Iterator[Candidate]:
    """A Chinese brand and the versioned Latin name right after it are one offering's name
    (沅芷FFR 2.0, 见微WSI-Pro), when the Chinese words are a brand: unknown to the dictionary,
    no known name, after a boundary (旗下, 推出, punctuation).

    >>> text = "旗下沅芷FFR 2.0用于冠脉分析。"
    >>> [c.name for c in glued_latin_candidates(text, LazyTokenIndex(text), KnownSpans([]))]
    ['沅芷FFR 2.0']
    """
    for match in _GLUED_LATIN.finditer(text):
        latin = match.group()
        if not _VERSIONED.search(latin):
            continue
        if not _latin_names_product(text, latin, match.end()):
            continue
        pieces = _read_back(text, match.start(), index, known)
        if not pieces or any(p.known or p.role != "proper" for p in pieces):
            continue
        start = pieces[0].start
        brand = text[start : match.start()]
        low, high = _BRAND_CHARS
        if not low <= len(brand) <= high or not all(is_cjk(ch) for ch in brand):
            continue
        if _place_like(brand) or is_common_phrase(brand):
            continue  # 华东-Pro: a place or ordinary words before a Latin name
        if brand in makers and not latin.startswith("-"):
            continue  # 蔺川Path 2.1 where the text names 蔺川科技: the maker, then its product
        end = match.end()
        yield Candidate(start, end, text[start:end], "Product", 0.7, "brand:latin")
