"""Identity: when do two names mean the same thing?

Names are compared after normalisation: Unicode NFKC (full-width letters and digits become
ASCII), case folded, spaces and separator punctuation removed, and a trailing legal form
dropped (有限公司, 股份有限公司, 公司, Inc., Co., Ltd., Corporation...).
Nothing else is stripped, so 华为 and 华为云,
or 联影医疗 and 联影智能, stay apart. A :class:`NameIndex` maps normalised names to the
IRIs that carry them and refuses to guess when a name is ambiguous.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

__all__ = ["NameIndex", "language_of", "normalise_name"]

_LEGAL_SUFFIXES = (
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "集团公司",
    "公司",
    "incorporated",
    "corporation",
    "company",
    "limited",
    "corp",
    "inc",
    "co",
    "ltd",
    "llc",
    "gmbh",
    "plc",
    "ag",
    "sa",
)
_SEPARATORS = re.compile(r"[\s·•・,，.。'’\"“”()（）\[\]【】_\-‐–—/&]+")


def language_of(text: str) -> str:
    """The language tag for a name: ``zh`` when it has Chinese characters, else ``en``.

    >>> language_of("联影智能"), language_of("MONAI")
    ('zh', 'en')
    """
    return "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"


def normalise_name(name: str) -> str:
    """The comparison key of a name.

    >>> normalise_name("NVIDIA Corp.") == normalise_name("Nvidia")
    True
    >>> normalise_name("英伟达公司") == normalise_name("英伟达")
    True
    >>> normalise_name("华为云") == normalise_name("华为")
    False
    """
    text = unicodedata.normalize("NFKC", name).casefold().strip()
    words = [w for w in _SEPARATORS.split(text) if w]
    # drop trailing legal forms written as separate words ("Co., Ltd.", "Inc.")
    while len(words) > 1 and words[-1] in _LEGAL_SUFFIXES:
        words.pop()
    key = "".join(words)
    for suffix in _LEGAL_SUFFIXES[:5]:  # Chinese legal forms are written without a space
        if key.endswith(suffix) and len(key) > len(suffix) + 1:
            key = key[: -len(suffix)]
            break
    return key


class NameIndex:
    """Names (labels, aliases, slugs) of things, looked up by their normalised form."""

    def __init__(self) -> None:
        self._by_key: dict[str, set[str]] = defaultdict(set)
        self._names: dict[str, set[str]] = defaultdict(set)

    def add(self, iri: str, names: Iterable[str]) -> None:
        """Record that every name in *names* refers to *iri*."""
        for name in names:
            key = normalise_name(name)
            if key:
                self._by_key[key].add(iri)
                self._names[iri].add(name)

    def lookup(self, name: str) -> set[str]:
        """Every IRI a name may refer to (empty when unknown)."""
        return set(self._by_key.get(normalise_name(name), ()))

    def names(self, iri: str) -> set[str]:
        """Every name recorded for *iri*."""
        return set(self._names.get(iri, ()))

    def ambiguous(self) -> dict[str, set[str]]:
        """Normalised names that point to more than one IRI."""
        return {k: v for k, v in self._by_key.items() if len(v) > 1}

    def __contains__(self, name: str) -> bool:
        return bool(self._by_key.get(normalise_name(name)))
