"""Helpers of the question tests: the cases of cases.yaml and the golden-file format."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

import yaml

from medatlas.queries.result import Result

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden"
CASES_FILE = HERE / "cases.yaml"
FIGURES = HERE / "data" / "figures.ttl"
UPDATE = os.environ.get("MEDATLAS_UPDATE_GOLDEN") == "1"


def load_cases() -> list[tuple[str, str, dict[str, str]]]:
    """(question, case id, parameters) for every case of cases.yaml, sorted."""
    data = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))
    return [
        (name, case, {k: str(v) for k, v in (params or {}).items()})
        for name, cases in sorted(data.items())
        for case, params in sorted(cases.items())
    ]


def golden_path(name: str, case: str) -> Path:
    """Where the expected result of one case lives."""
    suffix = ".ttl" if name.startswith("construct-") else ".json"
    return GOLDEN / f"{name}.{case}{suffix}"


def golden_text(name: str, params: dict[str, str], result: Result) -> str:
    """A result as the text of its golden file: JSON with one row per line, or sorted N-Triples."""
    if result.form in ("CONSTRUCT", "DESCRIBE"):
        lines = sorted(f"{t.subject} {t.predicate} {t.object} ." for t in result.triples)
        head = f"# {name} {json.dumps(params, ensure_ascii=False, sort_keys=True)}\n"
        return head + "".join(line + "\n" for line in lines)
    rows = ",\n".join("    " + json.dumps(list(r), ensure_ascii=False) for r in result.rows)
    return (
        "{\n"
        f'  "query": {json.dumps(name)},\n'
        f'  "params": {json.dumps(params, ensure_ascii=False, sort_keys=True)},\n'
        f'  "columns": {json.dumps(result.columns)},\n'
        f'  "rows": [\n{rows}\n  ]\n'
        "}\n"
    )


def same_answer(a: Result, b: Result) -> bool:
    """True when two results hold the same rows (in order) or the same triples."""
    if a.form in ("CONSTRUCT", "DESCRIBE"):
        return {str(t) for t in a.triples} == {str(t) for t in b.triples}
    return a.columns == b.columns and a.rows == b.rows and a.boolean == b.boolean


def oxigraph_binary() -> str:
    """The ``oxigraph`` command of the environment (the oxigraph package)."""
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    assert found, "the oxigraph server is needed: pip install oxigraph"
    return found


def plain(value: Any) -> Any:
    """A helper for readable assertions: the value, or its short IRI form."""
    from medatlas.queries.format import shorten

    return shorten(value) if isinstance(value, str) else value
