"""Review candidates: extracted facts a person may accept into the curated atlas or reject.

A candidate is a new entity, or a relation or figure the pipeline held back (below
``MIN_CONFIDENCE``) or stored with low confidence. Each has a stable id, a hash of the
document, the kind, what it states (by surface names, not IRIs, so accepting an entity does not
change the ids of the relations around it) and where the document states it. The same document
extracted the same way always yields the same ids; :mod:`medatlas.loaders.review` lists them,
and ``medatlas review reject`` records ids the pipeline then leaves out.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

__all__ = ["KINDS", "STATUSES", "Candidate", "Ref", "candidate_id"]

KINDS = ("entity", "relation", "figure")
#: new: an entity first seen in the document; held_back: not stored (below MIN_CONFIDENCE);
#: low_confidence: stored, but doubtful
STATUSES = ("new", "held_back", "low_confidence")


def candidate_id(document: str, kind: str, parts: tuple[str, ...], start: int, end: int) -> str:
    """The stable id of a candidate: 12 hex digits of a hash of everything that identifies it.

    >>> candidate_id("a.txt", "entity", ("Acme",), 0, 4) == candidate_id(
    ...     "a.txt", "entity", ("Acme",), 0, 4)
    True
    >>> candidate_id("a.txt", "entity", ("Acme",), 0, 4) != candidate_id(
    ...     "b.txt", "entity", ("Acme",), 0, 4)
    True
    """
    key = "\x1f".join((document, kind, *parts, str(start), str(end)))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class Ref:
    """A thing a candidate names: its surface name, the IRI it was linked to, its class."""

    name: str
    iri: str
    cls: str

    def as_dict(self) -> dict[str, str]:
        """A JSON-ready mapping."""
        return {"name": self.name, "iri": self.iri, "cls": self.cls}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Ref:
        """The reference *data* (from :meth:`as_dict`) describes; KeyError when incomplete."""
        return cls(str(data["name"]), str(data["iri"]), str(data["cls"]))


@dataclass(frozen=True)
class Candidate:
    """One reviewable fact of one document, with its evidence.

    ``entity`` uses *subject* (the entity) and *aliases*; ``relation`` uses *subject*,
    *predicate* and *object* (or *date* for ``issuedOn``); ``figure`` uses *measure* (an IRI),
    *value* and *unit* (normalised decimal and QUDT IRI), *period*, *original* and *about*
    (empty when the figure is about the document itself). *start*/*end* are the offsets of
    *quote* in the document text.
    """

    id: str
    document: str
    kind: str
    status: str
    fact: str
    confidence: float
    method: str
    quote: str
    start: int
    end: int
    subject: Ref | None = None
    aliases: tuple[str, ...] = ()
    predicate: str | None = None
    object: Ref | None = None
    date: str | None = None
    measure: str | None = None
    value: str | None = None
    unit: str | None = None
    period: str | None = None
    original: str | None = None
    about: tuple[Ref, ...] = field(default_factory=tuple)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready mapping, without the fields the kind does not use."""
        out: dict[str, Any] = {
            "id": self.id,
            "document": self.document,
            "kind": self.kind,
            "status": self.status,
            "fact": self.fact,
            "confidence": self.confidence,
            "method": self.method,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
        }
        if self.subject is not None:
            out["subject"] = self.subject.as_dict()
        if self.aliases:
            out["aliases"] = list(self.aliases)
        for key in ("predicate", "date", "measure", "value", "unit", "period", "original"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        if self.object is not None:
            out["object"] = self.object.as_dict()
        if self.kind == "figure":
            out["about"] = [a.as_dict() for a in self.about]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Candidate:
        """The candidate *data* (from :meth:`as_dict`) describes.

        Raises KeyError, TypeError or ValueError when *data* is incomplete or mistyped.
        """
        if data["kind"] not in KINDS:
            raise ValueError(f"kind {data['kind']!r} is not one of {KINDS}")

        def opt(key: str) -> str | None:
            return None if data.get(key) is None else str(data[key])

        return cls(
            id=str(data["id"]),
            document=str(data["document"]),
            kind=str(data["kind"]),
            status=str(data["status"]),
            fact=str(data["fact"]),
            confidence=float(data["confidence"]),
            method=str(data["method"]),
            quote=str(data["quote"]),
            start=int(data["start"]),
            end=int(data["end"]),
            subject=Ref.from_dict(data["subject"]) if data.get("subject") else None,
            aliases=tuple(str(a) for a in data.get("aliases") or ()),
            predicate=opt("predicate"),
            object=Ref.from_dict(data["object"]) if data.get("object") else None,
            date=opt("date"),
            measure=opt("measure"),
            value=opt("value"),
            unit=opt("unit"),
            period=opt("period"),
            original=opt("original"),
            about=tuple(Ref.from_dict(a) for a in data.get("about") or ()),
        )
