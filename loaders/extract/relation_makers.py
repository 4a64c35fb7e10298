"""A maker named at the head of an offering's name: NVIDIA Clara, 华为云ModelArts, 腾讯云物联网平台.

The atlas knows many offerings by names that open with their maker's name, and reports coin
more (腾讯云物联网平台). When a report writes such a name, the maker goes unmentioned, unless the
report names it again elsewhere (then :func:`.relation_context.name_prefixes` reads it).
:func:`maker_prefixes` asks the gazetteer whether a head of the name is, by itself, the name of
an organisation that makes things, and if so the organisation develops the offering; the maker
is a mention of the head, and so an entity of the document. A cloud named by its maker
(Google Cloud, Microsoft Azure) is the maker's cloud business: it names no maker.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from medatlas.loaders.extract.gazetteer import Gazetteer
from medatlas.loaders.extract.model import Mention, RelationCandidate
from medatlas.loaders.extract.relation_engine import CLASS_GROUPS

__all__ = ["MAKER_PREFIX_CONFIDENCE", "maker_prefixes"]

MAKER_PREFIX_CONFIDENCE = 0.6
_OFF = frozenset(CLASS_GROUPS["OFF"])
_MAKERS = frozenset(CLASS_GROUPS["ORGX"])
_MIN_REST = 2  # characters of the offering's own name after its maker's
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
# a maker's cloud goes by the maker's name and the word for its cloud (Google Cloud, Microsoft
# Azure, 华为云): the report names a business of the maker, as it names 华为云, not the maker
_CLOUD_ARM = re.compile(r"\s*(?:Cloud|Azure|Web Services|云)")


def maker_prefixes(
    mentions: Iterable[Mention], gazetteer: Gazetteer
) -> Iterator[RelationCandidate]:
    """develops from the known organisation an offering's name opens with to the offering."""
    for mention in mentions:
        if mention.cls not in _OFF:
            continue
        maker = _maker_head(mention, gazetteer)
        if maker is not None:
            yield RelationCandidate(
                maker,
                "develops",
                mention,
                mention.start,
                mention.end,
                MAKER_PREFIX_CONFIDENCE,
                "maker-prefix",
            )


def _heads(name: str) -> Iterator[int]:
    """Where the name may split into a maker and the rest, longest head first."""
    if _CJK_CHAR.match(name):
        yield from range(len(name) - _MIN_REST, 1, -1)
        return
    ends = [m.end() for m in re.finditer(r"\S+(?=\s)", name)]
    yield from reversed(ends)


def _maker_head(mention: Mention, gazetteer: Gazetteer) -> Mention | None:
    name = mention.text
    for end in _heads(name):
        head = name[:end]
        found = gazetteer.find(head)
        if len(found) != 1:
            continue
        maker = found[0]
        if (
            maker.start == 0
            and maker.end == len(head)
            and maker.cls in _MAKERS
            and maker.iri != mention.iri
        ):
            if _CLOUD_ARM.fullmatch(name[end:]):
                return None
            return Mention(
                mention.start,
                mention.start + end,
                head,
                maker.cls,
                MAKER_PREFIX_CONFIDENCE,
                "maker-prefix",
                iri=maker.iri,
                name=maker.name,
            )
    return None
