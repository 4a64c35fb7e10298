"""A fast :func:`~medatlas.loaders.extract.gazetteer.fold`: the same folding, as one table lookup.

The figure steps fold every sentence and clause they read (full-width digits to ASCII,
letters to lower case, one character for one, so offsets stay valid). The gazetteer's
:func:`~medatlas.loaders.extract.gazetteer.fold` does it character by character in Python;
here the same function is applied once to every character of the Basic Multilingual Plane
and the result used with :meth:`str.translate`.

>>> fold("ＮＶＩＤＩＡ ７０％")
'nvidia 70%'
"""

from __future__ import annotations

from functools import cache

from medatlas.loaders.extract.gazetteer import fold as _fold_slow

__all__ = ["fold"]

_BMP = 0x10000


@cache
def _table() -> dict[int, str]:
    table = {}
    for code in range(_BMP):
        if 0xD800 <= code <= 0xDFFF:
            continue  # surrogates are not characters
        ch = chr(code)
        folded = _fold_slow(ch)
        if folded != ch:
            table[code] = folded
    return table


def fold(text: str) -> str:
    """Case- and width-fold *text*, one character for one (as the gazetteer's ``fold``)."""
    if text.isascii():
        return text.lower()
    return text.translate(_table())
