"""One thing, several names in one report: file short forms under the full name.

Reports name a thing in full once and then shorten it. Each shortening is a regular pattern:

- a Chinese institution by its own last words: 瑞金医院 for 上海交通大学医学院附属瑞金医院;
- a local government body by its abbreviation: 上海市卫健委 for 上海市卫生健康委员会 (the same
  place, then a subsequence of the rest);
- a company without its place and legal form: 知临医疗 for 北京知临医疗科技有限公司;
- an English name without its designators or version: Epic for Epic Systems, WiNGPT for
  WiNGPT 3.0 (here the short form is the name);
- a name and its second name in brackets: 赛诺菲（Sanofi）, 医渡科技有限公司（简称“医渡科技”，
  英文名Yidu Tech）.

:func:`file_aliases` gives each candidate the name of the entity it refers to, so the short
and the full form become one entity.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import replace

from medatlas.loaders.extract.entity_common import (
    ORG_CLASSES,
    Candidate,
    is_cjk,
    word_list,
)
from medatlas.loaders.extract.entity_lexicon import EN_DESIGNATORS
from medatlas.loaders.extract.model import Mention

__all__ = ["bracket_aliases", "file_aliases", "is_short_form", "parallel_aliases"]

_INSTITUTIONS = frozenset({"Hospital", "University", "ResearchInstitution"})
# what may stand before an institution's own name inside its full name
_INSTITUTION_LEADS = (
    "附属",
    "大学",
    "学院",
    "省",
    "市",
    "区",
    "县",
    "省立",
    "市立",
    "区立",
    "县立",
)
_COMPANY_TAIL = re.compile(
    r"^(?:科技|技术|医疗|医药|生物|信息|网络|健康|智能|数据|软件|股份|集团|控股)*"
    r"(?:[（(][\u4e00-\u9fff]{2,4}[)）])?"
    r"(?:有限责任公司|股份有限公司|有限公司|公司|集团)?$"
)
_PLACE_END = re.compile(r"(?:省|市|区|县|州)$")
_EN_EXTRA = frozenset(
    word_list(
        "Technology Technologies Tech AI Labs Inc Inc. Ltd Ltd. Group Systems Health"
        " Regional Medical Center Centre System Healthcare Network Clinic"
        " Partners Consulting Advisors Advisory Strategy Capital Ventures Research Analytics"
    )
)
_MODEL_KIND = frozenset(
    word_list("Medical Clinical Health Healthcare Large Language Foundation Model Models LLM")
)
_VERSION = re.compile(r"^v?\d+(?:\.\d+)*[A-Za-z]?$")


def _compatible(a: str, b: str) -> bool:
    return a == b or (a in ORG_CLASSES and b in ORG_CLASSES and "Organization" in (a, b))


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def _is_place(word: str) -> bool:
    from medatlas.loaders.extract.entity_zh import word_role

    return bool(word) and (bool(_PLACE_END.search(word)) or word_role(word) == "place")


_JURISDICTIONS = frozenset(word_list("EU E.U. US U.S. UK U.K. EU's UK's US' European Federal"))


_BRACKETED = re.compile(r"\([A-Z][A-Za-z.'-]*\)")


def is_short_form(short: str, full: str, cls: str) -> bool:
    """Whether *short* is a usual shortening of *full*, a name of class *cls*.

    >>> is_short_form("瑞金医院", "上海交通大学医学院附属瑞金医院", "Hospital")
    True
    >>> is_short_form("上海市卫健委", "上海市卫生健康委员会", "GovernmentBody")
    True
    >>> is_short_form("知临医疗", "北京知临医疗科技有限公司", "Company")
    True
    >>> is_short_form("北京医院", "北京大学第三医院", "Hospital")
    False
    >>> is_short_form("Epic", "Epic Systems", "Company")
    True
    >>> is_short_form("AI Act", "EU AI Act", "Policy")
    True
    """
    if len(short) >= len(full) or len(short) < 2:
        return False
    if any(is_cjk(ch) for ch in short):
        if not any(is_cjk(ch) for ch in full):
            return False
        return _cjk_short_form(short, full, cls)
    if not full.isascii():
        return False
    s_words, f_words = short.split(), full.replace(",", " ").split()  # "X Health, Inc."
    if cls == "Policy" and f_words[0] in _JURISDICTIONS and f_words[1:] == s_words:
        return True  # "AI Act" for "EU AI Act": the law of the place the text is about
    if len(s_words) >= len(f_words) or f_words[: len(s_words)] != s_words:
        return False
    rest = f_words[len(s_words) :]
    if cls in ORG_CLASSES:  # "(Suzhou)": where the firm is registered, before its legal form
        return all(w in EN_DESIGNATORS or w in _EN_EXTRA or _BRACKETED.fullmatch(w) for w in rest)
    # "Spark" for "Spark Medical Large Model": the rest only says what kind of model it is
    return cls == "AIModel" and all(w in _MODEL_KIND for w in rest)


def _cjk_short_form(short: str, full: str, cls: str) -> bool:
    if cls in _INSTITUTIONS:
        lead = full[: -len(short)]
        if len(short) < 4 or not full.endswith(short):
            return False
        return lead.endswith(_INSTITUTION_LEADS) or _is_place(lead)  # 深圳 + 晴谷儿童医院
    if cls == "GovernmentBody":
        k = 0
        while k < len(short) and short[k] == full[k]:
            k += 1
        while k and not _is_place(full[:k]):
            k -= 1  # the shared part is the place: 上海市 of 上海市卫健委
        s_rest, f_rest = short[k:], full[k:]
        if len(s_rest) < 2 or len(s_rest) >= len(f_rest) or s_rest[0] != f_rest[0]:
            return False
        return s_rest[-1] in f_rest[-3:] and _subsequence(s_rest, f_rest)
    if cls in ("Company", "Organization"):
        at = full.find(short)
        if at < 0 or len(short) < 3:
            return False
        if at and not _is_place(full[:at]):
            return False
        return bool(_COMPANY_TAIL.match(full[at + len(short) :]))
    return False


def _is_version_of(versioned: str, name: str) -> bool:
    """ "WiNGPT 3.0" is a version of "WiNGPT"."""
    if not versioned.startswith(name + " "):
        return False
    return bool(_VERSION.match(versioned[len(name) + 1 :]))


_BRACKET_OPEN = re.compile(r"[”\"」』》]?\s?[（(]\s*[“\"「『]?")  # “X”（“Y”）: a quoted second name
_BRACKET_CLOSE = re.compile(r"\s*[”\"」』]?\s*[)）]")
_ALIAS_CUE = re.compile(
    r"(?:以下简称|下称|简称|又称|又名|英文名称|英文名|英文简称|中文名|原名|旧称)[为：:\s]*"
    r"[“\"「『]?([^“”\"「」『』，,；;（）()]{2,30}?)[”\"」』]?(?=[，,；;)）])"
)


def bracket_aliases(text: str, chosen: Sequence[Candidate]) -> tuple[list[Candidate], dict]:
    """Second names in brackets after a name: "X（Y）", "X（简称“Y”，英文名Z）".

    Returns new candidates for second names no rule found (filed under the first name) and
    a map from each second name to the first one.
    """
    by_start = {c.start: c for c in chosen}
    extra: list[Candidate] = []
    aliases: dict[str, str] = {}
    for c in sorted(chosen, key=lambda c: c.start):
        beside = by_start.get(c.end + 1)
        if (
            beside is not None
            and text[c.end : c.end + 1] == " "
            and is_cjk(text[c.end - 1])
            and beside.name[:1].isascii()
            and _compatible(c.cls, beside.cls)
        ):
            aliases.setdefault(beside.name, c.name)  # "深瞳影像科技 DeepPupil Imaging": one firm
            continue
        opened = _BRACKET_OPEN.match(text, c.end)
        if opened is None:
            continue
        close = re.compile(r"[)）]").search(text, opened.end(), opened.end() + 80)
        if close is None:
            continue
        inner_start = opened.end()
        inner = by_start.get(inner_start)
        if inner is not None and _BRACKET_CLOSE.match(text, inner.end) and inner.end <= close.end():
            if _different_script_or_shorter(c, inner) and (
                _compatible(c.cls, inner.cls) or _latin_guess(c, inner)
            ):
                aliases[inner.name] = c.name
            continue
        other = _other_script_name(text[inner_start : close.start()], c)
        if other is not None:  # "Tessaly AI（特萨里智能）": the whole bracket is the name
            s = inner_start + text[inner_start : close.start()].find(other)
            extra.append(replace(c, start=s, end=s + len(other), method="alias"))
            aliases.setdefault(other, c.name)
            continue
        for match in _ALIAS_CUE.finditer(text, inner_start, close.end()):
            s, e = match.span(1)
            surface = text[s:e].strip()
            if len(surface) < 2:
                continue
            found = [o for o in chosen if o.start == s and o.end == e]
            if found:
                aliases.setdefault(found[0].name, c.name)
            else:
                extra.append(replace(c, start=s, end=e, method="alias", confidence=c.confidence))
                aliases.setdefault(surface, c.name)
    extra += _names_beside_latin(text, chosen, aliases)
    return extra, aliases


# where a Chinese name before its English one starts: after punctuation or a function word
_NAME_OPENS_AFTER = set("，,。；;：:、（(）)“”\"'《》\n\t 与和及的在由被向对将把为是于从")
# the trade or kind a Chinese organisation's short name ends with
_ORG_NAME_END = re.compile(
    r"(?:科技|医疗|智能|生物|健康|数据|信息|影像|数科|数智|集团|公司|医院|研究院|研究所|大学"
    r"|实验室|资本|创投|基金|药业|制药|医药)$"
)


def _names_beside_latin(
    text: str, chosen: Sequence[Candidate], aliases: dict[str, str]
) -> list[Candidate]:
    """A Chinese organisation name written right before its English one ("深瞳影像科技
    DeepPupil Imaging"), which no rule found because its brand reads as ordinary words: the
    run of Chinese characters back to punctuation or a function word, if it ends with a kind
    of organisation, is the same organisation."""
    out: list[Candidate] = []
    taken = [(c.start, c.end) for c in chosen]
    for c in chosen:
        if c.cls not in ORG_CLASSES or not c.name[:1].isascii() or c.start < 2:
            continue
        if text[c.start - 1] != " " or not is_cjk(text[c.start - 2]):
            continue
        end = c.start - 1
        start = end
        while start > 0 and end - start < 12 and text[start - 1] not in _NAME_OPENS_AFTER:
            if not is_cjk(text[start - 1]):
                break
            start -= 1
        name = text[start:end]
        if len(name) < 3 or not _ORG_NAME_END.search(name):
            continue
        if any(a < end and start < b and (a < start or end < b) for a, b in taken):
            continue  # a name found there that reaches outside the run: the run would cut it
        if any(a == start and b == end for a, b in taken):
            continue  # already found: bracket_aliases pairs it
        out.append(replace(c, start=start, end=end, name=name, method="alias"))
        aliases.setdefault(c.name, name)
    return out


_CJK_NAME = re.compile(r"[\u4e00-\u9fff·]{3,16}")
_LATIN_NAME = re.compile(r"[A-Z][\w.&'’-]*(?: [A-Za-z0-9][\w.&'’-]*){0,5}")


def _latin_guess(outer: Candidate, inner: Candidate) -> bool:
    """ "启元·元枢医学大模型（YuanShu）": a Latin name in brackets that only its capitals made
    a firm is the other script's name of the offering before it."""
    return (
        outer.cls in _OFFERING_CLASSES
        and inner.cls in ("Company", "Organization")
        and inner.name.isascii()
        and inner.method == "english"
        and any(is_cjk(ch) for ch in outer.name)
    )


_OFFERING_CLASSES = frozenset({"Product", "Platform", "AIModel", "Dataset"})


def _other_script_name(inner: str, outer: Candidate) -> str | None:
    """The bracket holds nothing but the name in the other script: a Chinese name after an
    English one (3+ characters, not ordinary words) or an English name after a Chinese one."""
    inner = inner.strip()
    if outer.cls == "Region":
        return None
    outer_cjk = any(is_cjk(ch) for ch in outer.name)
    if not outer_cjk and _CJK_NAME.fullmatch(inner):
        from medatlas.loaders.extract.entity_zh import is_common_phrase, is_generic_phrase

        if is_common_phrase(inner) or is_generic_phrase(inner):
            return None
        return inner
    if outer_cjk and _LATIN_NAME.fullmatch(inner) and not inner.isupper() and len(inner) >= 3:
        return inner
    return None


_PARALLEL_SPLIT = re.compile(r"\s+/\s+|\s+\|\s+")
_PAIRED_CLASSES = frozenset(
    {
        "Company",
        "Hospital",
        "University",
        "ResearchInstitution",
        "Association",
        "Product",
        "Platform",
        "AIModel",
        "Dataset",
    }
)


def parallel_aliases(text: str, chosen: Sequence[Candidate]) -> dict[str, str]:
    """Names in the two halves of a bilingual text: a line "Winning Health launches WiNGPT /
    卫宁健康发布WiNGPT", or an English paragraph followed by its Chinese version. The n-th
    Chinese name of a class is the n-th English one, when both halves name as many distinct
    names of that class. Returns a map from Chinese to English name."""
    by_start = sorted(chosen, key=lambda c: c.start)
    starts = [c.start for c in by_start]
    aliases: dict[str, str] = {}
    for (a, b), (c, d) in _bilingual_halves(text):
        left = _in_span(by_start, starts, a, b)
        right = _in_span(by_start, starts, c, d)
        for cls in sorted({x.cls for x in left} & _PAIRED_CLASSES):
            other = text[c:d]  # a Latin name written in both halves is not translated
            en = _distinct(
                x.name
                for x in left
                if x.cls == cls and x.name.isascii() and text[x.start : x.end] not in other
            )
            zh = _distinct(
                x.name for x in right if x.cls == cls and any(is_cjk(ch) for ch in x.name)
            )
            if len(en) != len(zh):
                # short forms make the counts differ: pair the names in full, legal form and all
                en = [e for e in en if _EN_LEGAL_FORM.search(e)]
                zh = [z for z in zh if z.endswith(_ZH_LEGAL_FORMS)]
            if len(en) == len(zh):
                for e, z in zip(en, zh, strict=True):
                    aliases.setdefault(z, e)
    return aliases


_EN_LEGAL_FORM = re.compile(
    r"(?:\b(?:Co\.?,?\s+Ltd|Ltd|Limited|Inc|LLC|GmbH|B\.V|N\.V|Corp|PLC|AG)\.?)$"
)
_ZH_LEGAL_FORMS = ("有限公司", "有限责任公司", "股份有限公司", "集团")


def _distinct(names: Iterator[str]) -> list[str]:
    return list(dict.fromkeys(names))


def _bilingual_halves(text: str) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    """(English span, Chinese span) of each bilingual line and each pair of paragraphs."""
    line_start = 0
    for line in text.split("\n"):
        parts = _PARALLEL_SPLIT.split(line)
        if len(parts) == 2 and _is_latin_half(parts[0]) and _is_cjk_half(parts[1]):
            cut = line_start + line.find(parts[1], len(parts[0]))
            yield (line_start, cut), (cut, line_start + len(line))
        line_start += len(line) + 1
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text)]
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    for units in (paragraphs, lines):
        paired = -1
        for i, ((a, b), (c, d)) in enumerate(itertools.pairwise(units)):
            if i == paired:
                continue  # each unit is one half of one pair
            if _is_latin_half(text[a:b]) and _is_cjk_half(text[c:d]):
                english, chinese = (a, b), (c, d)
            elif _is_cjk_half(text[a:b]) and _is_latin_half(text[c:d]):
                english, chinese = (c, d), (a, b)  # the Chinese first, then its translation
            else:
                continue
            if english[1] - english[0] >= 40 and _translates(
                text[english[0] : english[1]], text[chinese[0] : chinese[1]]
            ):
                paired = i + 1
                yield english, chinese


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z0-9-]{2,}")


def _translates(english: str, chinese: str) -> bool:
    """Whether a Chinese paragraph reads as the translation of the English one next to it:
    about as long, and they share a number or a Latin name, with no month that differs in a
    year both name.

    >>> _translates("EnteraDose was cleared by the FDA in March 2025.", "2025年1月，科室部署了X。")
    False
    >>> _translates("Prepared by Xingheng Institute, December 2025", "编写：星衡研究所，2025年12月")
    True
    """
    cjk = sum(is_cjk(ch) for ch in chinese)
    if not _MIN_RATIO * len(english) <= cjk <= _MAX_RATIO * len(english):
        return False
    from medatlas.loaders.extract.relation_context import find_dates  # it imports this module

    months_en = {iso[:7] for _, _, iso in find_dates(english) if len(iso) >= 7}
    months_zh = {iso[:7] for _, _, iso in find_dates(chinese) if len(iso) >= 7}
    if {m[:4] for m in months_en} & {m[:4] for m in months_zh} and not months_en & months_zh:
        return False  # March 2025 and 2025年1月: two events of one year
    numbers = set(_NUMBER.findall(english)) & set(_NUMBER.findall(chinese))
    names = set(_LATIN_NAME.findall(english)) & set(_LATIN_NAME.findall(chinese))
    return bool(numbers or names)


# Chinese characters per character of the English it translates: about 0.3 to 0.6
_MIN_RATIO, _MAX_RATIO = 0.12, 1.2


def _is_cjk_half(part: str) -> bool:
    cjk = sum(is_cjk(ch) for ch in part)
    return cjk >= 4 and cjk >= sum(ch.isalpha() and ch.isascii() for ch in part)


def _is_latin_half(part: str) -> bool:
    """Mostly English: a few Chinese characters (a name in brackets) may be in it."""
    latin = sum(ch.isalpha() and ch.isascii() for ch in part)
    return latin >= 4 and sum(is_cjk(ch) for ch in part) * 10 <= latin


def _in_span(
    by_start: Sequence[Candidate], starts: Sequence[int], start: int, end: int
) -> list[Candidate]:
    from bisect import bisect_left

    out = []
    for c in by_start[bisect_left(starts, start) :]:
        if c.start >= end:
            break
        if c.end <= end:
            out.append(c)
    return out


def _different_script_or_shorter(outer: Candidate, inner: Candidate) -> bool:
    o_cjk = any(is_cjk(ch) for ch in outer.name)
    i_cjk = any(is_cjk(ch) for ch in inner.name)
    return o_cjk != i_cjk or len(inner.name) < len(outer.name)


def _targets(
    candidates: Sequence[Candidate], known: Sequence[Mention]
) -> dict[str, list[tuple[str, str]]]:
    """Full names by the characters they hold (a short form's first and last are in it)."""
    by_char: dict[str, list[tuple[str, str]]] = defaultdict(list)
    seen: set[str] = set()
    names = [(c.name, c.cls) for c in candidates]
    names += [(m.text, m.cls) for m in known if m.cls in ORG_CLASSES]
    for name, cls in sorted(names, key=lambda item: (-len(item[0]), item)):
        if name in seen:
            continue
        seen.add(name)
        for ch in set(_leading_word(name) if name.isascii() else name):
            by_char[ch].append((name, cls))
    return by_char


def _leading_word(name: str) -> str:
    """The first word of an English name, and the next one after a jurisdiction ("EU AI Act")."""
    words = name.split()
    if len(words) > 1 and words[0] in _JURISDICTIONS:
        return words[0] + words[1]
    return words[0]


def _full_names(
    candidates: Sequence[Candidate], known: Sequence[Mention]
) -> Iterator[tuple[str, str]]:
    """(short name, full name) for every name of *candidates* that shortens another."""
    by_char = _targets(candidates, known)
    done: set[str] = set()
    for c in candidates:
        if c.name in done:
            continue
        done.add(c.name)
        key = c.name.split()[0] if c.name.isascii() else c.name
        pool = by_char.get(key[0], [])
        for full, cls in pool:  # longest first: the fullest name wins
            if (
                _is_version_of(full, c.name)
                and cls in _OFFERING_CLASSES
                and c.cls in ("Company", "Organization")
            ):
                yield c.name, full  # "VeltaScan" for "VeltaScan 3.0", a product, not a company
                break
            if len(full) <= len(c.name) or not _compatible(c.cls, cls):
                continue
            if is_short_form(c.name, full, cls if c.cls == "Organization" else c.cls):
                yield c.name, full
                break
            if _is_version_of(full, c.name) and cls == c.cls:
                yield full, c.name
                break


_OFFERING_CLASSES = frozenset({"Product", "Platform", "AIModel", "Dataset"})


def _without_maker(candidates: Sequence[Candidate]) -> Iterator[tuple[str, str]]:
    """ "Sentinel" for "Corvanta Sentinel" where Corvanta (Corvanta Health) is a company of the
    text: an English offering named without its maker's name in front."""
    makers = {c.name.split()[0] for c in candidates if c.cls == "Company" and c.name.isascii()}
    offerings = {
        c.name: c.cls
        for c in candidates
        if c.cls in _OFFERING_CLASSES and c.name.isascii() and len(c.name.split()) >= 2
    }
    done: set[str] = set()
    for c in candidates:
        if (
            c.name in done
            or not c.name.isascii()
            or c.cls not in (*_OFFERING_CLASSES, "Organization")
        ):
            continue
        done.add(c.name)
        for full, cls in sorted(offerings.items()):
            head, _, rest = full.partition(" ")
            if rest == c.name and head in makers and (c.cls == cls or c.cls == "Organization"):
                yield c.name, full
                break


# the noun a report may put after an offering's name: 穗言模型 for the model 穗言
_KIND_NOUNS = {
    "AIModel": ("大模型", "模型"),
    "Platform": ("平台",),
    "Product": ("系统", "软件", "App", "APP", "小程序"),
}


def _with_kind_noun(candidates: Sequence[Candidate]) -> Iterator[tuple[str, str]]:
    """("穗言模型", "穗言"): a name and the kind of offering it is, where the name alone is
    found too, with the same class."""
    names = {(c.name, c.cls) for c in candidates}
    for name, cls in names:
        for noun in _KIND_NOUNS.get(cls, ()):
            bare = name.removesuffix(noun)
            if bare != name and len(bare) >= 2 and (bare, cls) in names:
                yield name, bare
                break


# the kind nouns a report keeps when it shortens an offering to its brand: 镜析系统 for
# 镜析结肠镜息肉实时检测系统, 岐枢平台 for 岐枢医学影像平台
_SHORT_KIND = re.compile(r"(?:系统|平台|大模型|模型|软件|机器人|助手|App|APP)$")


def _brand_and_kind(candidates: Sequence[Candidate]) -> Iterator[tuple[str, str]]:
    """("镜析系统", "镜析结肠镜息肉实时检测系统"): an offering called by its brand and its kind
    noun, where the report names one offering (and only one) with that brand and that kind."""
    offerings = sorted({c.name for c in candidates if c.cls in _OFFERING_CLASSES})
    for c in candidates:
        kind = _SHORT_KIND.search(c.name)
        if c.cls not in _OFFERING_CLASSES or kind is None:
            continue
        brand = c.name[: kind.start()]
        if len(brand) < 2 or not all(is_cjk(ch) for ch in brand):
            continue
        fulls = [
            full
            for full in offerings
            if full != c.name
            and full.startswith(brand)
            and full.endswith(kind.group())
            and len(full) >= len(c.name) + 2
        ]
        if len(fulls) == 1:
            yield c.name, fulls[0]


def file_aliases(
    candidates: Sequence[Candidate],
    known: Sequence[Mention] = (),
    aliases: dict[str, str] | None = None,
) -> list[Candidate]:
    """*candidates* with each short form filed under its full name (and class).

    *aliases* are names already known to be another's (from :func:`bracket_aliases`);
    *known* mentions (the gazetteer's) may be full names too.
    """
    mapping: dict[str, str] = dict(aliases or {})
    for short, full in _full_names(candidates, known):
        mapping.setdefault(short, full)
    for short, full in _without_maker(candidates):
        mapping.setdefault(short, full)
    for longer, name in _with_kind_noun(candidates):
        mapping.setdefault(longer, name)
    for short, full in _brand_and_kind(candidates):
        mapping.setdefault(short, full)
    if not mapping:
        return list(candidates)
    cls_of: dict[str, str] = {}
    for c in candidates:
        if cls_of.get(c.name, "Organization") == "Organization":
            cls_of[c.name] = c.cls  # a specific class over the generic one
    for m in known:
        cls_of.setdefault(m.text, m.cls)

    def resolve(name: str) -> str:
        seen = {name}
        while name in mapping and mapping[name] not in seen:
            name = mapping[name]
            seen.add(name)
        return name

    # a name only known as an organisation takes the specific class of its other names
    # ("赛诺菲（Sanofi）", Sanofi a company elsewhere in the text)
    for c in sorted(candidates, key=lambda c: (c.start, c.end)):
        target = resolve(c.name)
        if target != c.name and cls_of.get(target) == "Organization" and c.cls in ORG_CLASSES:
            cls_of[target] = c.cls
    out = []
    for c in candidates:
        target = resolve(c.name)
        cls = cls_of.get(target, c.cls)
        if cls == "Organization" and c.cls != "Organization":
            cls = c.cls
        if target == c.name:
            if c.cls == "Organization" and cls in ORG_CLASSES and cls != c.cls:
                c = replace(c, cls=cls)  # 赛诺菲 itself becomes a company too
            out.append(c)
            continue
        out.append(replace(c, name=target, cls=cls))
    return out
