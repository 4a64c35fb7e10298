"""Why the store contradicts the ontology, in words: clashes found directly on the data.

A reasoner says *that* the facts are inconsistent; this module says *which* facts clash and
why, the way an analyst can check them: "id:x is said to be both a Company (atlas,
002_….txt: "…") and a GovernmentBody (doc/….md: "…"), which the ontology says are disjoint".
Each check is sound (what it reports makes the data inconsistent under the OWL semantics of the
ontology) and looks at the asserted facts plus the types the ontology derives from them:

- *disjoint classes*: an individual with two types the ontology declares disjoint, its types
  including their superclasses and the types that the domain and range of the properties it
  is used with give it (symmetric and inverse properties counted both ways);
- *domain and range*: the subject (object) of a property whose domain (range) is a union of
  classes, every one of which is disjoint with a type the individual has;
- *functional properties*: two different data values of a functional data property, or two
  objects of a functional object property that cannot be the same thing (disjoint types);
- *irreflexive properties*: an individual related to itself;
- *datatypes*: a value outside its property's range (not a decimal, a confidence above 1...).

The ontology's axioms come from the triples given as the TBox (the store's ontology graph); data
graphs cannot add axioms.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

import pyoxigraph as ox

from medatlas.graph.export import PREFIXES

__all__ = ["Clash", "DataRange", "TBox", "compact", "find_clashes"]

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = RDF + "type"

_INTEGERS = frozenset(
    XSD + t
    for t in (
        "integer",
        "nonNegativeInteger",
        "nonPositiveInteger",
        "positiveInteger",
        "negativeInteger",
        "long",
        "int",
        "short",
        "byte",
        "unsignedLong",
        "unsignedInt",
        "unsignedShort",
        "unsignedByte",
    )
)
_NUMBERS = _INTEGERS | {XSD + "decimal"}
_DECIMAL_LEX = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_INTEGER_LEX = re.compile(r"^[+-]?\d+$")
_BOOLEAN_LEX = frozenset({"true", "false", "1", "0"})

Describe = Callable[[ox.Triple], str]
"""Where a fact was stated, for a message: ``atlas, 002_….txt: "quote"``."""


def compact(iri: str) -> str:
    """*iri* with a known prefix (``id:nvidia``), else in angle brackets."""
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return f"<{iri}>"


def _local(iri: str) -> str:
    return re.split(r"[#/]", iri)[-1] or iri


def _a(name: str) -> str:
    return f"an {name}" if name[:1].lower() in "aeiou" else f"a {name}"


@dataclass(frozen=True)
class Clash:
    """One contradiction: its kind, the individual, the words, and the facts involved."""

    kind: str
    subject: str
    message: str
    triples: tuple[ox.Triple, ...] = ()


@dataclass(frozen=True)
class DataRange:
    """The range of a data property: a datatype (None: any literal) and inclusive bounds."""

    datatype: str | None
    minimum: Decimal | None = None
    maximum: Decimal | None = None

    def describe(self) -> str:
        """The range in words: "a decimal from 0 to 1"."""
        what = _a(_local(self.datatype)) if self.datatype else "a literal"
        if self.minimum is not None and self.maximum is not None:
            return f"{what} from {self.minimum} to {self.maximum}"
        if self.minimum is not None:
            return f"{what} of at least {self.minimum}"
        if self.maximum is not None:
            return f"{what} of at most {self.maximum}"
        return what


@dataclass
class TBox:
    """What the checks need of the ontology: classes, disjointness, property characteristics."""

    classes: set[str] = field(default_factory=set)
    object_properties: set[str] = field(default_factory=set)
    data_properties: set[str] = field(default_factory=set)
    supers: dict[str, set[str]] = field(default_factory=dict)
    disjoint: set[frozenset[str]] = field(default_factory=set)
    functional: set[str] = field(default_factory=set)
    irreflexive: set[str] = field(default_factory=set)
    symmetric: set[str] = field(default_factory=set)
    inverse: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    domain: dict[str, list[frozenset[str]]] = field(default_factory=lambda: defaultdict(list))
    range: dict[str, list[frozenset[str]]] = field(default_factory=lambda: defaultdict(list))
    data_range: dict[str, DataRange] = field(default_factory=dict)

    @classmethod
    def from_triples(cls, triples: Iterable[ox.Triple]) -> TBox:
        """Read the axioms the checks use from the ontology's triples."""
        out: dict[ox.NamedNode | ox.BlankNode, list[tuple[str, ox.Term]]] = defaultdict(list)
        for t in triples:
            out[t.subject].append((t.predicate.value, t.object))
        tbox = cls()

        def objects(node, pred: str) -> list:
            return [o for p, o in out.get(node, ()) if p == pred]

        def members(node) -> list:
            items = []
            while isinstance(node, ox.BlankNode | ox.NamedNode) and node.value != RDF + "nil":
                items.extend(objects(node, RDF + "first"))
                rest = objects(node, RDF + "rest")
                node = rest[0] if rest else None
            return items

        def class_set(node) -> frozenset[str] | None:
            if isinstance(node, ox.NamedNode):
                return frozenset({node.value})
            union = objects(node, OWL + "unionOf")
            if union:
                found: set[str] = set()
                for m in members(union[0]):
                    sub = class_set(m)
                    if sub is None:
                        return None
                    found |= sub
                return frozenset(found)
            return None

        direct: dict[str, set[str]] = defaultdict(set)
        for s, props in out.items():
            if not isinstance(s, ox.NamedNode):
                if any(p == RDF_TYPE and o.value == OWL + "AllDisjointClasses" for p, o in props):
                    sets = [class_set(m) for m in members(objects(s, OWL + "members")[0])]
                    for i, a in enumerate(sets):
                        for b in sets[i + 1 :]:
                            if a and b:
                                tbox.disjoint |= {frozenset((x, y)) for x in a for y in b}
                continue
            iri = s.value
            for p, o in props:
                if p == RDF_TYPE:
                    kind = o.value
                    if kind == OWL + "Class":
                        tbox.classes.add(iri)
                    elif kind == OWL + "ObjectProperty":
                        tbox.object_properties.add(iri)
                    elif kind == OWL + "DatatypeProperty":
                        tbox.data_properties.add(iri)
                    elif kind == OWL + "FunctionalProperty":
                        tbox.functional.add(iri)
                    elif kind == OWL + "IrreflexiveProperty":
                        tbox.irreflexive.add(iri)
                    elif kind == OWL + "SymmetricProperty":
                        tbox.symmetric.add(iri)
                elif p == RDFS + "subClassOf" and isinstance(o, ox.NamedNode):
                    direct[iri].add(o.value)
                elif p == OWL + "disjointWith":
                    a, b = frozenset({iri}), class_set(o)
                    if b:
                        tbox.disjoint |= {frozenset((x, y)) for x in a for y in b}
                elif p == OWL + "inverseOf" and isinstance(o, ox.NamedNode):
                    tbox.inverse[iri].add(o.value)
                    tbox.inverse[o.value].add(iri)
                elif p == RDFS + "domain":
                    found = class_set(o)
                    if found:
                        tbox.domain[iri].append(found)
                elif p == RDFS + "range":
                    if isinstance(o, ox.NamedNode) and (
                        o.value.startswith(XSD) or o.value == RDFS + "Literal"
                    ):
                        datatype = None if o.value == RDFS + "Literal" else o.value
                        tbox.data_range[iri] = DataRange(datatype)
                    elif objects(o, OWL + "onDatatype"):
                        tbox.data_range[iri] = _restricted(o, objects, members)
                    else:
                        found = class_set(o)
                        if found:
                            tbox.range[iri].append(found)
        for c in tbox.classes | set(direct):
            seen, todo = {c}, [c]
            while todo:
                for parent in direct.get(todo.pop(), ()):
                    if parent not in seen:
                        seen.add(parent)
                        todo.append(parent)
            tbox.supers[c] = seen
        tbox.disjoint = {d for d in tbox.disjoint if len(d) == 2}
        return tbox

    def ancestors(self, cls: str) -> set[str]:
        """*cls* and every named class above it."""
        return self.supers.get(cls, {cls})

    def disjoint_pair(self, a: str, b: str) -> tuple[str, str] | None:
        """The declared disjoint classes (above *a* and *b*) that make them disjoint, if any."""
        for x in sorted(self.ancestors(a)):
            for y in sorted(self.ancestors(b)):
                if frozenset((x, y)) in self.disjoint:
                    return x, y
        return None


def _restricted(node, objects, members) -> DataRange:
    datatype = objects(node, OWL + "onDatatype")[0].value
    low = high = None
    for facets in objects(node, OWL + "withRestrictions"):
        for facet in members(facets):
            for p, key in ((XSD + "minInclusive", "low"), (XSD + "maxInclusive", "high")):
                for value in objects(facet, p):
                    number = Decimal(value.value)
                    if key == "low":
                        low = number
                    else:
                        high = number
    return DataRange(datatype, low, high)


def _number(lit: ox.Literal) -> Decimal | None:
    if lit.datatype.value in _NUMBERS and _DECIMAL_LEX.match(lit.value.strip()):
        try:
            return Decimal(lit.value.strip())
        except InvalidOperation:
            return None
    return None


def _fits(lit: ox.Literal, rng: DataRange) -> bool:
    """True when *lit* is a valid value of *rng* (datatype, lexical form, bounds)."""
    dt = lit.datatype.value
    want = rng.datatype
    if want is None:
        return True
    if want == XSD + "decimal":
        ok = dt in _NUMBERS and bool(
            (_INTEGER_LEX if dt in _INTEGERS else _DECIMAL_LEX).match(lit.value.strip())
        )
    elif want in _INTEGERS:
        ok = dt in _INTEGERS and bool(_INTEGER_LEX.match(lit.value.strip()))
    elif want == XSD + "boolean":
        ok = dt == want and lit.value.strip() in _BOOLEAN_LEX
    else:
        ok = dt == want
    if not ok:
        return False
    number = _number(lit)
    if number is not None:
        if rng.minimum is not None and number < rng.minimum:
            return False
        if rng.maximum is not None and number > rng.maximum:
            return False
    return True


def _same_value(a: ox.Literal, b: ox.Literal) -> bool:
    na, nb = _number(a), _number(b)
    if na is not None and nb is not None:
        return na == nb
    return (a.value, a.datatype.value) == (b.value, b.datatype.value)


def _show(term: ox.Term) -> str:
    if isinstance(term, ox.Literal):
        return f'"{term.value}"'
    return compact(term.value)


@dataclass(frozen=True)
class _Reason:
    """Why an individual has a type: asserted, or given by a property's domain or range."""

    cls: str
    triple: ox.Triple
    role: str = "asserted"  # asserted | subject | object (of the stated triple)
    prop: str = ""
    via: str = ""  # domain | range

    def words(self, describe: Describe) -> str:
        name = _a(_local(self.cls))
        where = describe(self.triple)
        if self.role == "asserted":
            return f"{name} ({where})"
        stated = _local(self.triple.predicate.value)
        other = self.triple.object if self.role == "subject" else self.triple.subject
        by = (
            f"its {self.via}"
            if _local(self.prop) == stated
            else f"the {self.via} of {_local(self.prop)}"
        )
        return f"{name} (as the {self.role} of {stated} {_show(other)}, by {by}: {where})"


def _uses(tbox: TBox, triple: ox.Triple) -> list[tuple[str, str, str, ox.Triple]]:
    """(subject, property, object, stated triple) with symmetric and inverse uses added."""
    s, p, o = triple.subject.value, triple.predicate.value, triple.object.value
    uses = [(s, p, o, triple)]
    if p in tbox.symmetric:
        uses.append((o, p, s, triple))
    uses.extend((o, q, s, triple) for q in sorted(tbox.inverse.get(p, ())))
    return uses


def find_clashes(tbox: TBox, abox: Iterable[ox.Triple], describe: Describe) -> list[Clash]:
    """Every clash of *abox* (individuals' types and property values) with *tbox*, sorted."""
    reasons: dict[str, dict[str, _Reason]] = defaultdict(dict)
    data: dict[tuple[str, str], list[ox.Triple]] = defaultdict(list)
    objects: dict[tuple[str, str], list[ox.Triple]] = defaultdict(list)
    clashes: list[Clash] = []
    triples = sorted(set(abox), key=str)

    def add(ind: str, reason: _Reason) -> None:
        known = reasons[ind].get(reason.cls)
        if known is None or (known.role != "asserted" and reason.role == "asserted"):
            reasons[ind][reason.cls] = reason

    for t in triples:
        s, p = t.subject.value, t.predicate.value
        if p == RDF_TYPE:
            add(s, _Reason(t.object.value, t))
        elif p in tbox.data_properties and isinstance(t.object, ox.Literal):
            data[(s, p)].append(t)
            for dom in tbox.domain.get(p, ()):
                if len(dom) == 1:
                    add(s, _Reason(next(iter(dom)), t, "subject", p, "domain"))
        elif p in tbox.object_properties and isinstance(t.object, ox.NamedNode):
            objects[(s, p)].append(t)
            if p in tbox.irreflexive and t.object.value == s:
                clashes.append(
                    Clash(
                        "irreflexive-property",
                        s,
                        f"{compact(s)} {_local(p)} itself ({describe(t)}), "
                        "which the ontology forbids",
                        (t,),
                    )
                )
            for subj, prop, obj, stated in _uses(tbox, t):
                for dom in tbox.domain.get(prop, ()):
                    if len(dom) == 1:
                        reason = _Reason(
                            next(iter(dom)), stated, _role(stated, subj), prop, "domain"
                        )
                        add(subj, reason)
                for rng in tbox.range.get(prop, ()):
                    if len(rng) == 1:
                        reason = _Reason(next(iter(rng)), stated, _role(stated, obj), prop, "range")
                        add(obj, reason)
    clashes += _disjoint_clashes(tbox, reasons, describe)
    clashes += _union_clashes(tbox, triples, reasons, describe)
    clashes += _functional_clashes(tbox, data, objects, reasons, describe)
    clashes += _datatype_clashes(tbox, data, describe)
    unique = {(c.kind, c.subject, c.message): c for c in clashes}
    return [unique[k] for k in sorted(unique)]


def _role(stated: ox.Triple, individual: str) -> str:
    return "subject" if stated.subject.value == individual else "object"


def _disjoint_clashes(tbox: TBox, reasons, describe: Describe) -> list[Clash]:
    out = []
    for ind in sorted(reasons):
        items = sorted(reasons[ind].values(), key=lambda r: (r.role != "asserted", r.cls))
        for i, a in enumerate(items):
            for b in items[i + 1 :]:
                pair = tbox.disjoint_pair(a.cls, b.cls)
                if pair is None:
                    continue
                why = ""
                if {a.cls, b.cls} != set(pair):
                    steps = [
                        f"every {_local(c)} is {_a(_local(top))}"
                        for c, top in ((a.cls, pair[0]), (b.cls, pair[1]))
                        if c != top
                    ]
                    never = f"{_local(pair[0])} and {_local(pair[1])} never overlap"
                    why = f" ({', '.join(steps)}; {never})"
                out.append(
                    Clash(
                        "disjoint-classes",
                        ind,
                        f"{compact(ind)} is said to be both {a.words(describe)} and "
                        f"{b.words(describe)}, which the ontology says are disjoint{why}",
                        (a.triple, b.triple),
                    )
                )
    return out


def _union_clashes(tbox: TBox, triples, reasons, describe: Describe) -> list[Clash]:
    out = []
    for t in triples:
        p = t.predicate.value
        if p not in tbox.object_properties and p not in tbox.data_properties:
            continue
        ends = [("subject", t.subject.value, tbox.domain.get(p, ()))]
        if isinstance(t.object, ox.NamedNode):
            ends.append(("object", t.object.value, tbox.range.get(p, ())))
        for role, ind, allowed in ends:
            for union in allowed:
                if len(union) < 2:
                    continue
                blockers: dict[str, _Reason] = {}
                for member in sorted(union):
                    hit = next(
                        (
                            r
                            for r in sorted(reasons[ind].values(), key=lambda r: r.cls)
                            if tbox.disjoint_pair(r.cls, member)
                        ),
                        None,
                    )
                    if hit is None:
                        break
                    blockers[hit.cls] = hit
                else:
                    names = [_local(c) for c in sorted(union)]
                    kinds = ", ".join(names[:-1]) + f" or {names[-1]}"
                    found = list(blockers.values())
                    out.append(
                        Clash(
                            "domain" if role == "subject" else "range",
                            ind,
                            f"{compact(ind)} is the {role} of {_local(p)} ({describe(t)}), "
                            f"which only {_a(kinds)} can be, but it is "
                            + " and ".join(r.words(describe) for r in found),
                            (t, *(r.triple for r in found)),
                        )
                    )
    return out


def _functional_clashes(tbox: TBox, data, objects, reasons, describe: Describe) -> list[Clash]:
    out = []
    for (s, p), values in sorted(data.items()):
        if p not in tbox.functional:
            continue
        distinct: list[ox.Triple] = []
        for t in values:
            if not any(_same_value(t.object, d.object) for d in distinct):
                distinct.append(t)
        if len(distinct) > 1:
            a, b = distinct[:2]
            out.append(
                Clash(
                    "functional-property",
                    s,
                    f"{compact(s)} has two values of {_local(p)}, {_show(a.object)} "
                    f"({describe(a)}) and {_show(b.object)} ({describe(b)}), "
                    "but the ontology allows only one",
                    (a, b),
                )
            )
    for (s, p), values in sorted(objects.items()):
        if p not in tbox.functional or len({t.object.value for t in values}) < 2:
            continue
        for i, a in enumerate(values):
            for b in values[i + 1 :]:
                pair = _objects_disjoint(tbox, reasons, a.object.value, b.object.value)
                if pair is None:
                    continue
                out.append(
                    Clash(
                        "functional-property",
                        s,
                        f"{compact(s)} has two values of {_local(p)}, {_show(a.object)} "
                        f"({describe(a)}) and {_show(b.object)} ({describe(b)}), but the "
                        f"ontology allows only one, and they cannot be the same thing "
                        f"({_a(_local(pair[0]))} is never {_a(_local(pair[1]))})",
                        (a, b),
                    )
                )
    return out


def _objects_disjoint(tbox: TBox, reasons, x: str, y: str) -> tuple[str, str] | None:
    for a in sorted(reasons.get(x, {})):
        for b in sorted(reasons.get(y, {})):
            if tbox.disjoint_pair(a, b):
                return a, b
    return None


def _datatype_clashes(tbox: TBox, data, describe: Describe) -> list[Clash]:
    out = []
    for (s, p), values in sorted(data.items()):
        rng = tbox.data_range.get(p)
        if rng is None:
            continue
        for t in values:
            if not _fits(t.object, rng):
                out.append(
                    Clash(
                        "datatype",
                        s,
                        f"{compact(s)} has {_local(p)} {_show(t.object)} "
                        f"({_local(t.object.datatype.value)}; {describe(t)}), which is not "
                        f"{rng.describe()} as the ontology requires",
                        (t,),
                    )
                )
    return out
