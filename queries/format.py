"""Write a :class:`~medatlas.queries.result.Result` as a table, CSV, JSON, Markdown or Turtle.

Tables and Markdown show IRIs in short form (``id:nvidia``, ``usecase:drug-discovery``) and
align Chinese text by its display width; CSV and JSON keep full IRIs and exact values.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Callable
from typing import Any

import pyoxigraph as ox

from medatlas.errors import QueryError
from medatlas.graph.iris import BASE, DOC, ENTITY, GRAPH
from medatlas.queries.result import Result

__all__ = ["FORMATS", "PREFIXES", "render", "shorten"]

#: prefixes used to show IRIs in short form and in Turtle output
PREFIXES: dict[str, str] = {
    "ma": BASE + "ontology#",
    "id": ENTITY,
    "doc": DOC,
    "graph": GRAPH,
    "segment": BASE + "vocab/segment/",
    "usecase": BASE + "vocab/usecase/",
    "technology": BASE + "vocab/technology/",
    "measure": BASE + "vocab/measure/",
    "unit": "http://qudt.org/vocab/unit/",
    "currency": "http://qudt.org/vocab/currency/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

_MAX_CELL = 60


def shorten(value: Any) -> str:
    """A cell as text, an IRI with a known namespace as ``prefix:local``.

    >>> shorten("https://w3id.org/medatlas/id/nvidia")
    'id:nvidia'
    """
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value)
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if text.startswith(ns) and len(text) > len(ns) and " " not in text:
            return f"{prefix}:{text[len(ns) :]}"
    return text


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _clip(text: str) -> str:
    text = " ".join(text.split())
    if _width(text) <= _MAX_CELL:
        return text
    out, w = "", 0
    for ch in text:
        w += _width(ch)
        if w > _MAX_CELL - 1:
            break
        out += ch
    return out + "…"


def _cells(result: Result, *, clip: bool = True) -> tuple[list[str], list[list[str]]]:
    cut = _clip if clip else (lambda text: " ".join(text.split()))
    if result.form == "ASK":
        return ["answer"], [["true" if result.boolean else "false"]]
    if result.form in ("CONSTRUCT", "DESCRIBE"):
        rows = [
            [cut(_term_text(t.subject)), cut(_term_text(t.predicate)), cut(_term_text(t.object))]
            for t in result.triples
        ]
        return ["subject", "predicate", "object"], rows
    return list(result.columns), [[cut(shorten(v)) for v in row] for row in result.rows]


def _term_text(term: Any) -> str:
    if isinstance(term, ox.Literal):
        return term.value
    return shorten(getattr(term, "value", str(term)))


def as_table(result: Result) -> str:
    """An aligned plain-text table, with a count line."""
    head, rows = _cells(result)
    widths = [max([_width(h)] + [_width(r[i]) for r in rows]) for i, h in enumerate(head)]

    def line(cells: list[str]) -> str:
        return "  ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths, strict=True))

    out = [line(head).rstrip(), "  ".join("-" * w for w in widths)]
    out += [line(r).rstrip() for r in rows]
    noun = "triple" if result.form in ("CONSTRUCT", "DESCRIBE") else "row"
    if result.form != "ASK":
        out.append(f"({len(rows)} {noun}{'' if len(rows) == 1 else 's'})")
    return "\n".join(out) + "\n"


def as_markdown(result: Result) -> str:
    """A GitHub-flavoured Markdown table (cells in full, IRIs in short form)."""
    head, rows = _cells(result, clip=False)

    def esc(cell: str) -> str:
        return cell.replace("|", "\\|")

    out = ["| " + " | ".join(head) + " |", "|" + "|".join(" --- " for _ in head) + "|"]
    out += ["| " + " | ".join(esc(c) for c in r) + " |" for r in rows]
    return "\n".join(out) + "\n"


def as_csv(result: Result) -> str:
    """CSV with a header row, full IRIs and exact values."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    if result.form == "ASK":
        writer.writerows([["answer"], [str(result.boolean).lower()]])
    elif result.form in ("CONSTRUCT", "DESCRIBE"):
        writer.writerow(["subject", "predicate", "object"])
        for t in result.triples:
            writer.writerow([t.subject.value, t.predicate.value, t.object.value])
    else:
        writer.writerow(result.columns)
        writer.writerows(["" if v is None else v for v in row] for row in result.rows)
    return buf.getvalue()


def as_json(result: Result) -> str:
    """JSON: a list of records (SELECT), ``{"answer": bool}`` (ASK), triples (CONSTRUCT)."""
    if result.form == "ASK":
        data: Any = {"answer": result.boolean}
    elif result.form in ("CONSTRUCT", "DESCRIBE"):
        data = [
            {"subject": str(t.subject), "predicate": str(t.predicate), "object": str(t.object)}
            for t in result.triples
        ]
    else:
        data = result.records()
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def as_turtle(result: Result) -> str:
    """Turtle for a CONSTRUCT/DESCRIBE result, triples sorted so the output diffs cleanly."""
    if result.form not in ("CONSTRUCT", "DESCRIBE"):
        raise QueryError(
            f"turtle is for CONSTRUCT questions; this is a {result.form} result: "
            "use --format table, csv, json or markdown"
        )
    data = ox.serialize(
        sorted(result.triples, key=str), format=ox.RdfFormat.TURTLE, prefixes=PREFIXES
    )
    return data.decode("utf-8") if isinstance(data, bytes) else str(data)


FORMATS: dict[str, Callable[[Result], str]] = {
    "table": as_table,
    "csv": as_csv,
    "json": as_json,
    "markdown": as_markdown,
    "turtle": as_turtle,
}


def render(result: Result, fmt: str) -> str:
    """*result* written in *fmt* (table, csv, json, markdown, turtle)."""
    try:
        return FORMATS[fmt](result)
    except KeyError:
        raise QueryError(
            f"unknown output format {fmt!r}; use one of {', '.join(FORMATS)}"
        ) from None
