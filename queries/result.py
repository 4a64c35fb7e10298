"""What a question returns: rows of plain Python values, or triples, or a yes/no.

:class:`Result` keeps the RDF terms too (``terms``, ``triples``) for code that wants them, and
gives an analyst plain values: IRIs and text as ``str``, integers as ``int``, decimals and
doubles as ``float``, booleans as ``bool``, dates as their ISO text.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

__all__ = ["Result", "to_python"]

XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {
    XSD + t
    for t in (
        "integer",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "negativeInteger",
        "nonPositiveInteger",
        "unsignedInt",
        "unsignedLong",
        "unsignedShort",
        "unsignedByte",
    )
}
_FLOATS = {XSD + "decimal", XSD + "double", XSD + "float"}

Term = ox.NamedNode | ox.Literal | ox.BlankNode | ox.Triple


def to_python(term: Term | None) -> Any:
    """A plain Python value for an RDF term (None for an unbound variable).

    >>> to_python(ox.Literal("42", datatype=ox.NamedNode(XSD + "integer")))
    42
    >>> to_python(ox.NamedNode("https://w3id.org/medatlas/id/nvidia"))
    'https://w3id.org/medatlas/id/nvidia'
    """
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        dt = term.datatype.value
        try:
            if dt in _INTEGERS:
                return int(term.value)
            if dt in _FLOATS:
                return float(term.value)
            if dt == XSD + "boolean":
                return term.value in ("true", "1")
        except ValueError:
            return term.value
        return term.value
    return str(term)


@dataclass
class Result:
    """The answer to a query.

    ``form`` is SELECT, CONSTRUCT, DESCRIBE or ASK. A SELECT result has ``columns`` and
    ``rows`` (tuples of plain values, see :func:`to_python`) and ``terms`` (the same rows as RDF
    terms); a CONSTRUCT/DESCRIBE result has ``triples``; an ASK result has ``boolean``.
    """

    form: str
    columns: list[str] = field(default_factory=list)
    terms: list[tuple[Term | None, ...]] = field(default_factory=list)
    triples: list[ox.Triple] = field(default_factory=list)
    boolean: bool | None = None

    @classmethod
    def from_oxigraph(cls, answer: Any, form: str) -> Result:
        """Collect what ``store.query`` returned (solutions, triples or a boolean)."""
        if isinstance(answer, (ox.QueryBoolean, bool)):
            return cls(form="ASK", boolean=bool(answer))
        if hasattr(answer, "variables"):
            columns = [v.value for v in answer.variables]
            terms = [tuple(row[c] for c in columns) for row in answer]
            return cls(form="SELECT", columns=columns, terms=terms)
        triples = [t if isinstance(t, ox.Triple) else t.triple for t in answer]
        return cls(
            form=form if form in ("CONSTRUCT", "DESCRIBE") else "CONSTRUCT",
            triples=sorted(set(triples), key=str),
        )

    @property
    def rows(self) -> list[tuple[Any, ...]]:
        """The rows as tuples of plain Python values."""
        return [tuple(to_python(t) for t in row) for row in self.terms]

    def records(self) -> list[dict[str, Any]]:
        """The rows as dicts, column name -> plain value."""
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]

    def column(self, name: str) -> list[Any]:
        """The plain values of one column."""
        i = self.columns.index(name)
        return [row[i] for row in self.rows]

    def __len__(self) -> int:
        if self.form == "ASK":
            return 1
        return len(self.triples) if self.form in ("CONSTRUCT", "DESCRIBE") else len(self.terms)

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self.rows)

    def to_dataframe(self):  # -> pandas.DataFrame
        """The rows as a pandas DataFrame (pandas must be installed; medatlas does not need it).

        A CONSTRUCT result becomes three columns: subject, predicate, object.
        """
        try:
            import pandas as pd
        except ImportError as exc:  # pragma: no cover - depends on the environment
            from medatlas.errors import QueryError

            raise QueryError(
                "to_dataframe needs pandas, which medatlas does not install: pip install pandas"
            ) from exc
        if self.form in ("CONSTRUCT", "DESCRIBE"):
            return pd.DataFrame(
                [
                    (to_python(t.subject), to_python(t.predicate), to_python(t.object))
                    for t in self.triples
                ],
                columns=["subject", "predicate", "object"],
            )
        if self.form == "ASK":
            return pd.DataFrame({"answer": [self.boolean]})
        return pd.DataFrame(self.rows, columns=self.columns)
