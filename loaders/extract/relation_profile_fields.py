"""The fields of an organisation's profile table: where it sits, what it owns, who owns it.

A fact sheet, an encyclopedia entry or a company's own profile lays its facts out as a form,
a column of field labels beside their values (``总部 | 江苏苏州工业园区``, ``海外子公司 |
X（新加坡）有限公司``, "Investors | A, B"). The organisation the document profiles is the
subject of every field; the label says how the names in the value relate to it:

- a seat (``总部``, ``注册地``, "Headquarters"): ``locatedIn`` the places it names;
- subsidiaries (``子公司``, "Subsidiaries"): each ``subsidiaryOf`` the profiled one;
- a parent (``母公司``, ``控股股东``, "Parent company"): the profiled one ``subsidiaryOf`` it;
- investors (``投资方``, ``股东``, "Investors", "Backers"): ``fundedBy`` each;
- partners (``合作伙伴``, "Partners"): ``partnersWith`` each;
- products (``主要产品``, "Products"): ``develops`` each offering;
- a field (``所属行业``, ``主营业务``, "Sector"): ``operatesIn`` each segment or use case.

Only a two-column table counts, and only in a document that profiles one organisation (the
caller passes it). Labels may be written in two scripts (``总部 Headquarters``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from medatlas.loaders.document import Block
from medatlas.loaders.extract.folding import fold
from medatlas.loaders.extract.model import Mention, RelationCandidate
from medatlas.loaders.extract.relation_engine import CLASS_GROUPS

__all__ = ["FIELD_CONFIDENCE", "profile_fields"]

FIELD_CONFIDENCE = 0.7

_ORG = frozenset(CLASS_GROUPS["ORG"])
_OFF = frozenset(CLASS_GROUPS["OFF"])
_FIELDS = frozenset({"Segment", "UseCase"})

# label -> (predicate, classes of the value's names, the profiled one is the subject)
_LABELS: tuple[tuple[re.Pattern[str], str, frozenset[str], bool], ...] = (
    (
        re.compile(r"总部|总部所在地|注册地|所在地|办公地|headquarter|\bhq\b|based in|location"),
        "locatedIn",
        frozenset({"Region"}),
        True,
    ),
    (re.compile(r"母公司|控股股东|所属集团|上级单位|parent|owner"), "subsidiaryOf", _ORG, True),
    (re.compile(r"子公司|分公司|subsidiar"), "subsidiaryOf", _ORG, False),
    (
        re.compile(r"投资方|投资机构|投资人|股东|出资方|investors?|backers?|backed by|funded by"),
        "fundedBy",
        _ORG,
        True,
    ),
    (re.compile(r"合作伙伴|合作方|合作机构|partners?"), "partnersWith", _ORG, True),
    (
        re.compile(r"主要产品|核心产品|产品|products?|solutions?|platforms?"),
        "develops",
        _OFF,
        True,
    ),
    (
        re.compile(r"所属行业|行业|领域|主营业务|业务|sector|industry|focus|field"),
        "operatesIn",
        _FIELDS,
        True,
    ),
)


def profile_fields(
    text: str, block: Block, inside: Sequence[Mention], owner: Mention | None
) -> Iterator[RelationCandidate]:
    """The relations of *owner* that the rows of a two-column profile table state."""
    table = block.table
    if owner is None or table is None or len(table.header) != 2:
        return
    cursor = block.start
    for row in (table.header, *table.rows):
        label, value = row
        at = text.find(value.strip(), cursor, block.end) if value.strip() else -1
        if at < 0:
            continue
        end = at + len(value.strip())
        cursor = end
        field = _field(label)
        if field is None:
            continue
        predicate, classes, owner_first = field
        line_start = text.rfind("\n", block.start, at) + 1
        named = [m for m in inside if at <= m.start and m.end <= end and m.cls in classes]
        for mention in _most_specific(named):
            if mention.iri is not None and mention.iri == owner.iri:
                continue
            subject, obj = (owner, mention) if owner_first else (mention, owner)
            yield RelationCandidate(
                subject, predicate, obj, line_start, end, FIELD_CONFIDENCE, "profile-field"
            )


def _most_specific(mentions: list[Mention]) -> list[Mention]:
    """The names less the places another of them lies in: ``江苏苏州工业园区`` is in 苏州, and
    "Suzhou Industrial Park, Jiangsu" too."""
    from medatlas.loaders.extract.places import place_named

    places = {id(m): place_named(m.name or m.text) for m in mentions if m.cls == "Region"}
    parents = {p.within for p in places.values() if p is not None and p.within}
    return [m for m in mentions if (p := places.get(id(m))) is None or p.name not in parents]


def _field(label: str) -> tuple[str, frozenset[str], bool] | None:
    folded = fold(label).strip().strip("*：:").strip()
    if not folded or len(folded) > 40:
        return None
    for pattern, predicate, classes, owner_first in _LABELS:
        if pattern.search(folded):
            return predicate, classes, owner_first
    return None
