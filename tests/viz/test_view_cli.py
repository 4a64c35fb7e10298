"""``medatlas view``: every command writes its page, says what it holds and has help text."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from medatlas.cli import main
from medatlas.cli_view import COMMANDS


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_every_view_command_has_help() -> None:
    group = next(c for c in COMMANDS if c.name == "view")
    assert isinstance(group, click.Group) and group.help
    assert set(group.commands) == {"landscape", "ego", "query"}
    for name, command in group.commands.items():
        assert command.help, name
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, (name, param.name)
        code, out, _ = _run("view", name, "--help")
        assert code == 0 and "--store" in out and "--max-nodes" in out


def test_view_landscape_writes_the_page(built, tmp_path: Path) -> None:
    out = tmp_path / "landscape.html"
    code, stdout, stderr = _run("view", "landscape", "--store", str(built[0]), "-o", str(out))
    assert code == 0, stderr
    assert out.is_file() and "英伟达" in out.read_text(encoding="utf-8")
    assert f"wrote {out}" in stdout and " nodes, " in stdout
    assert "capped" not in stderr


def test_view_landscape_says_when_capped(built, tmp_path: Path) -> None:
    out = tmp_path / "small.html"
    args = ("view", "landscape", "--store", str(built[0]), "-o", str(out), "--max-nodes", "10")
    code, stdout, stderr = _run(*args)
    assert code == 0
    assert "10 nodes" in stdout
    assert "capped: Showing 10 of" in stderr
    assert "Showing 10 of" in out.read_text(encoding="utf-8")


def test_view_ego(built, tmp_path: Path) -> None:
    out = tmp_path / "ego.html"
    args = ("view", "ego", "--store", str(built[0]), "--focus", "英伟达", "--depth", "1")
    code, _, stderr = _run(*args, "-o", str(out))
    assert code == 0, stderr
    assert "英伟达 NVIDIA" in out.read_text(encoding="utf-8")


def test_view_ego_unknown_focus_is_one_clear_line(built, tmp_path: Path) -> None:
    args = ("view", "ego", "--store", str(built[0]), "--focus", "不存在的公司")
    code, _, stderr = _run(*args, "-o", str(tmp_path / "x.html"))
    assert code == 1
    assert stderr.startswith("error: no entity or concept is named '不存在的公司'")
    assert not (tmp_path / "x.html").exists()


def test_view_query_from_file_text_and_question(built, tmp_path: Path) -> None:
    rq = tmp_path / "q.rq"
    rq.write_text(
        "PREFIX ma: <https://w3id.org/medatlas/ontology#>\n"
        "CONSTRUCT { ?s ma:develops ?o } WHERE { ?s ma:develops ?o }\n",
        encoding="utf-8",
    )
    store = ("--store", str(built[0]))
    for extra in (
        (str(rq),),
        ("--sparql", rq.read_text(encoding="utf-8")),
        ("--question", "construct-ego-network", "--param", "entity=nvidia"),
    ):
        out = tmp_path / "q.html"
        out.unlink(missing_ok=True)
        code, stdout, stderr = _run("view", "query", *store, *extra, "-o", str(out))
        assert code == 0, (extra, stderr)
        assert out.is_file() and "edges" in stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "exactly one of FILE, --sparql TEXT or --question NAME"),
        (("--sparql", "SELECT * WHERE { ?s ?p ?o }"), "needs a CONSTRUCT"),
        (("--question", "construct-ego-network", "--param", "entity"), "NAME=VALUE"),
        (("--sparql", "CONSTRUCT WHERE {?s ?p ?o}", "--param", "a=b"), "--param goes with"),
        (("missing.rq",), "cannot read the query file"),
    ],
)
def test_view_query_errors(built, tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    code, _, stderr = _run(
        "view", "query", "--store", str(built[0]), *args, "-o", str(tmp_path / "q.html")
    )
    assert code == 1
    assert message in stderr


def test_view_without_a_store(tmp_path: Path) -> None:
    code, _, stderr = _run("view", "landscape", "--store", str(tmp_path / "none"))
    assert code == 1 and "run 'medatlas build' first" in stderr
