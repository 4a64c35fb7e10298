"""The command line, through click's CliRunner."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner

from medatlas.cli import main


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def test_every_command_has_help(runner: CliRunner) -> None:
    assert main.commands, "the group has commands"
    for name, command in main.commands.items():
        assert command.help and len(command.help) > 15, f"{name} needs help text"
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, result.output
        assert "Usage:" in result.output


def test_build_writes_exports_and_summary(runner: CliRunner, tmp_path: Path, corpus_dir) -> None:
    out = tmp_path / "out"
    result = runner.invoke(
        main,
        ["build", "--store", str(out / "store"), "--out", str(out), "--corpus", str(corpus_dir)],
    )
    assert result.exit_code == 0, result.output
    assert "SHACL: conforms" in result.output
    for name in ("atlas.ttl", "atlas.trig", "ontology.ttl"):
        assert (out / name).stat().st_size > 1000
    g = rdflib.Graph().parse(out / "atlas.ttl", format="turtle")
    assert len(g) > 1000

    stats = runner.invoke(main, ["stats", "--store", str(out / "store")])
    assert stats.exit_code == 0, stats.output
    assert "Company" in stats.output and "000_481865b282495e49.txt" in stats.output

    validate = runner.invoke(main, ["validate", "--store", str(out / "store")])
    assert validate.exit_code == 0 and "conforms" in validate.output

    nq = tmp_path / "x.nq"
    exp = runner.invoke(
        main, ["export", "--store", str(out / "store"), "--format", "nquads", "-o", str(nq)]
    )
    assert exp.exit_code == 0, exp.output
    assert nq.read_text(encoding="utf-8").count("\n") > 1000


def test_missing_store_is_one_clear_line(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["stats", "--store", str(tmp_path / "nowhere")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"error: no store at {tmp_path / 'nowhere'}; run 'medatlas build' first"
    ]


def test_ontology_export_rejects_dataset_formats(runner: CliRunner, built) -> None:
    result = runner.invoke(
        main, ["export", "--store", str(built[0]), "--ontology", "--format", "trig"]
    )
    assert result.exit_code == 1
    assert "turtle or rdfxml" in result.output


def test_validate_lists_violations_per_source_and_exits_2(
    runner: CliRunner, tmp_path: Path, corpus_dir
) -> None:
    import shutil

    from medatlas.atlas import ATLAS_DIR
    from medatlas.build import build

    atlas = tmp_path / "atlas"
    shutil.copytree(ATLAS_DIR, atlas)
    (atlas / "zzz_broken.yaml").write_text(
        "source: 004_9ad37cdd4b80ca15.txt\n"
        "relations:\n"
        '  - [nvidia, develops, healthy-china-action, "健康中国行动"]\n',
        encoding="utf-8",
    )
    store, _ = build(tmp_path / "store", atlas_dir=atlas, corpus_dir=corpus_dir, validate=False)
    store.close()
    result = runner.invoke(main, ["validate", "--store", str(tmp_path / "store")])
    assert result.exit_code == 2, result.output
    assert "004_9ad37cdd4b80ca15.txt:" in result.output
    assert "https://w3id.org/medatlas/id/nvidia" in result.output
    assert "develops" in result.output
