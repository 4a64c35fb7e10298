"""Golden results: every named question, on the atlas built from ../shared/corpus.

Each case of cases.yaml has its expected result in golden/; one parametrised test runs every
pair and prints a unified diff when they differ. ``MEDATLAS_UPDATE_GOLDEN=1 pytest
tests/queries`` rewrites the golden files instead (then read the diff before committing it).
"""

from __future__ import annotations

import difflib

import pytest
from query_support import GOLDEN, UPDATE, golden_path, golden_text, load_cases

from medatlas.queries.library import list_queries, run
from medatlas.queries.safety import find_risks

CASES = load_cases()


@pytest.mark.parametrize(("name", "case", "params"), CASES, ids=[f"{n}.{c}" for n, c, _ in CASES])
def test_golden(qstore, name: str, case: str, params: dict[str, str]) -> None:
    args = dict(params)
    lang = args.pop("lang", "en")
    actual = golden_text(name, params, run(qstore, name, params=args, lang=lang))
    path = golden_path(name, case)
    if UPDATE:
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"no golden file {path.name}; run MEDATLAS_UPDATE_GOLDEN=1 pytest"
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                fromfile=f"golden/{path.name}",
                tofile="actual",
            )
        )
        pytest.fail(f"{name} {params} differs from its golden result:\n{diff}")


def test_every_question_has_a_header_and_a_golden_case() -> None:
    named = {spec.name for spec in list_queries()}
    with_cases = {name for name, _, _ in CASES}
    assert named == with_cases, f"questions without a case: {sorted(named - with_cases)}"
    for spec in list_queries():
        assert len(spec.purpose) > 40, f"{spec.name}: the purpose is too short"
        assert spec.columns or spec.returns, f"{spec.name}: no columns nor returns"
        assert spec.is_construct == (spec.returns != ""), spec.name
        for p in spec.params:
            assert p.doc, f"{spec.name}: ?{p.name} has no description"
        assert spec.param("lang") is not None, f"{spec.name}: no ?lang parameter"


def test_every_golden_file_belongs_to_a_case() -> None:
    expected = {golden_path(name, case).name for name, case, _ in CASES}
    present = {p.name for p in GOLDEN.iterdir()}
    assert present == expected, (
        f"orphans: {sorted(present - expected)}; missing: {sorted(expected - present)}"
    )


def test_header_columns_are_the_columns_returned(qstore) -> None:
    for name, _, params in CASES:
        spec = next(s for s in list_queries() if s.name == name)
        if spec.is_construct:
            continue
        args = {k: v for k, v in params.items() if k != "lang"}
        result = run(qstore, name, params=args)
        assert result.columns == [c.name for c in spec.columns], name


def test_no_named_question_reaches_the_network() -> None:
    for spec in list_queries():
        assert find_risks(spec.text) == [], spec.name
