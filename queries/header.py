"""Read the ``#`` header of a named question (``queries/*.rq``).

A header names the question's purpose, each parameter, and what it returns::

    # Purpose: who works on a use case ...
    #          (continuation lines are indented)
    # Parameters:
    #   ?usecase  (IRI, required) the use case, by slug, IRI or label
    #   ?lang     (string, optional) language of the labels: zh or en
    # Columns:
    #   ?actor        the organisation or offering
    #   ?actor_label  its name

A CONSTRUCT question has ``# Returns:`` (what the graph holds) instead of ``# Columns:``;
``# Parameters: none.`` declares none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from medatlas.errors import QueryError

__all__ = ["Column", "Param", "QuerySpec", "parse_header"]

PARAM_KINDS = ("IRI", "string", "integer")

_PARAM = re.compile(
    r"^\?(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s+\((?P<kind>IRI|string|integer),\s*"
    r"(?P<need>required|optional)\)\s*(?P<doc>.*)$"
)
_COLUMN = re.compile(r"^\?(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s+(?P<doc>.*)$")
_SECTION = re.compile(r"^(Purpose|Parameters|Columns|Returns):\s*(.*)$")


@dataclass(frozen=True)
class Param:
    """A parameter: its variable name, kind (IRI, string, integer), whether required, doc."""

    name: str
    kind: str
    required: bool
    doc: str

    def __str__(self) -> str:
        need = "required" if self.required else "optional"
        return f"?{self.name} ({self.kind}, {need}) {self.doc}"


@dataclass(frozen=True)
class Column:
    """A column a SELECT question returns, with what it holds."""

    name: str
    doc: str


@dataclass(frozen=True)
class QuerySpec:
    """A named question: its file, purpose, parameters, and columns (or graph) returned."""

    name: str
    path: Path
    purpose: str
    params: tuple[Param, ...]
    columns: tuple[Column, ...]
    returns: str

    @property
    def text(self) -> str:
        """The SPARQL text of the question."""
        return self.path.read_text(encoding="utf-8")

    @property
    def is_construct(self) -> bool:
        """True for a question that builds a graph (``construct-*.rq``)."""
        return self.name.startswith("construct-")

    def param(self, name: str) -> Param | None:
        """The parameter called *name* (without ``?``), if declared."""
        return next((p for p in self.params if p.name == name), None)


def _sections(lines: list[str], path: Path) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in lines:
        body = line[1:].strip() if line.startswith("#") else line.strip()
        match = _SECTION.match(body)
        if match:
            current = sections.setdefault(match.group(1), [])
            if match.group(2):
                current.append(match.group(2))
        elif current is not None and body:
            current.append(body)
        elif current is None and body:
            raise QueryError(f"{path}: header line before '# Purpose:': {line!r}")
    return sections


def _entries(lines: list[str], rx: re.Pattern[str], what: str, path: Path) -> list[dict]:
    entries: list[dict] = []
    for line in lines:
        if line.startswith("?"):
            match = rx.match(line)
            if not match:
                raise QueryError(
                    f"{path}: cannot read the {what} line {line!r}; write "
                    + (
                        "'?name (IRI|string|integer, required|optional) what it is'"
                        if what == "parameter"
                        else "'?name what it holds'"
                    )
                )
            entries.append(match.groupdict())
        elif entries:
            entries[-1]["doc"] = f"{entries[-1]['doc']} {line}".strip()
        elif line.rstrip(".").lower() != "none":
            raise QueryError(f"{path}: unexpected {what} line {line!r}")
    return entries


def parse_header(path: Path) -> QuerySpec:
    """The :class:`QuerySpec` of the ``.rq`` file at *path*; QueryError when its header is bad."""
    text = path.read_text(encoding="utf-8")
    lines: list[str] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line)
    sections = _sections(lines, path)
    purpose = " ".join(sections.get("Purpose", []))
    if not purpose:
        raise QueryError(f"{path}: the header needs '# Purpose: ...' as its first line")
    if "Parameters" not in sections:
        raise QueryError(f"{path}: the header needs a '# Parameters:' block (or 'none.')")
    params = tuple(
        Param(e["name"], e["kind"], e["need"] == "required", e["doc"])
        for e in _entries(sections["Parameters"], _PARAM, "parameter", path)
    )
    columns = tuple(
        Column(e["name"], e["doc"])
        for e in _entries(sections.get("Columns", []), _COLUMN, "column", path)
    )
    returns = " ".join(sections.get("Returns", []))
    if not columns and not returns:
        raise QueryError(f"{path}: the header needs '# Columns:' (SELECT) or '# Returns:'")
    return QuerySpec(path.stem, path, purpose, params, columns, returns)
