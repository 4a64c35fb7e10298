"""Chinese company names with their registration place in brackets inside them.

A company registered in another city often carries the place in brackets in the middle of its
legal name: 锐思智能（深圳）医疗科技有限公司, 某某（中国）投资有限公司. The ending rules read a
name back from 有限公司 and stop at the bracket; :func:`bracketed_place_candidates` reads across
it when the bracket holds a place. Nothing here knows a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from medatlas.loaders.extract.entity_common import Candidate

__all__ = ["bracketed_place_candidates"]

_BRACKETED = re.compile(
    r"[（(]([\u4e00-\u9fff]{2,6})[)）]"
    r"([\u4e00-\u9fff]{0,12}?(?:集团股份有限公司|股份有限公司|有限责任公司|有限公司))"
)
_PLACE_END = re.compile(r"(?:省|市|区|县|自治区|特别行政区)$")
_CONFIDENCE = 0.85


def bracketed_place_candidates(
    text: str, name_start: Callable[[int], int | None]
) -> Iterator[Candidate]:
    """Company names such as 锐思智能（深圳）医疗科技有限公司 in *text*.

    ``name_start(pos)`` says where a name ending at ``pos`` starts (or ``None``).
    """
    from medatlas.loaders.extract.places import place_named

    for match in _BRACKETED.finditer(text):
        inner = match.group(1)
        if place_named(inner) is None and not _PLACE_END.search(inner) and inner != "中国":
            continue
        start = name_start(match.start())
        if start is None or not 2 <= match.start() - start <= 10:
            continue
        name = text[start : match.end()]
        yield Candidate(start, match.end(), name, "Company", _CONFIDENCE, "suffix:bracketed")
