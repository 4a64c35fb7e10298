"""A Chinese name and its pinyin in one report: 北京洁域科技有限公司 is Beijing JieYu Technology.

A bilingual report names a firm in Chinese and again, in its English half, by the pinyin of its
brand (``Beijing JieYu Technology``, ``Hangzhou QiHuang Cloud``, ``Yanchuan Consulting``).
:func:`pinyin_aliases` files such an English name under the one Chinese name of the same
kind (an organisation, an offering) whose brand (the two to four characters after the place,
see :func:`.entity_shortforms.chinese_brand_cores`) is written by the English name's first word
that is not a place. Nothing here knows a name; two Chinese names that read the same leave the
English one alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from pypinyin import lazy_pinyin

from medatlas.loaders.extract.entity_common import ORG_CLASSES, Candidate, is_cjk, word_list
from medatlas.loaders.extract.entity_shortforms import chinese_brand_cores

__all__ = ["pinyin_aliases"]

_OFFERINGS = frozenset({"Product", "Platform", "AIModel", "Dataset"})
# words before the brand in an English name: the city or province of registration
_PLACE_WORDS = frozenset(
    word_list(
        "beijing shanghai guangzhou shenzhen hangzhou suzhou nanjing chengdu wuhan xian tianjin"
        " chongqing xiamen hefei changsha zhengzhou jinan qingdao ningbo wuxi dalian shenyang"
        " zhuhai foshan dongguan hong kong macau china zhejiang jiangsu guangdong sichuan hubei"
        " hunan fujian shandong henan anhui hebei"
    )
)
_WORD = re.compile(r"[A-Za-z][a-z]*(?:[A-Z][a-z]+)*")


def _kind(cls: str) -> str:
    return "org" if cls in ORG_CLASSES else "offering" if cls in _OFFERINGS else ""


@cache
def _spelled(chinese: str) -> str:
    """The toneless pinyin of *chinese*, run together: 洁域 -> jieyu."""
    return "".join(lazy_pinyin(chinese))


def _brand_word(name: str) -> str | None:
    """The first word of an English name that is not a place, lower-cased: JieYu -> jieyu."""
    for word in _WORD.findall(name):
        if word.lower() not in _PLACE_WORDS:
            return word.lower() if len(word) >= 4 else None
    return None


def pinyin_aliases(chosen: Iterable[Candidate]) -> dict[str, str]:
    """English surface -> the Chinese name it romanises, for the names of one document.

    >>> def c(name, cls): return Candidate(0, len(name), name, cls, 0.8, "test")
    >>> firm = c("北京洁域科技有限公司", "Company")
    >>> pinyin_aliases([firm, c("Beijing JieYu Technology", "Company")])
    {'Beijing JieYu Technology': '北京洁域科技有限公司'}
    >>> pinyin_aliases([c("洁域科技", "Company"), c("JieYu Hygiene IoT", "Platform")])
    {}
    >>> pinyin_aliases([c("洁域院感物联平台", "Platform"), c("JieYu Hygiene IoT", "Platform")])
    {'JieYu Hygiene IoT': '洁域院感物联平台'}
    """
    chosen = list(chosen)
    spelled: dict[tuple[str, str], set[str]] = {}
    for c in chosen:
        kind = _kind(c.cls)
        if not kind or not c.name or not is_cjk(c.name[0]):
            continue
        brands = set(chinese_brand_cores(c.name)) if kind == "org" else {c.name[:2]}
        if len(c.name) <= 4:
            brands.add(c.name)
        for brand in brands:
            if all(is_cjk(ch) for ch in brand):
                spelled.setdefault((kind, _spelled(brand)), set()).add(c.name)
    out: dict[str, str] = {}
    for c in chosen:
        kind = _kind(c.cls)
        if not kind or not c.name.isascii():
            continue
        word = _brand_word(c.name)
        names = sorted(
            spelled.get((kind, word), set()) if word else set(), key=lambda n: (len(n), n)
        )
        if names and all(n in names[-1] or _same_brand(n, names[-1]) for n in names):
            out[c.name] = names[-1]  # 洁域科技 and 北京洁域科技有限公司: one firm, its full name
    return out


def _same_brand(short: str, full: str) -> bool:
    """洁域科技 is a short form of 北京洁域科技有限公司: their brands meet."""
    return bool(chinese_brand_cores(short) & chinese_brand_cores(full))
