"""The question commands through click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from medatlas.cli import main

COMMANDS = ["queries", "query", "sparql", "serve", "analytics"]


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def test_question_commands_have_help(runner: CliRunner) -> None:
    for name in COMMANDS:
        command = main.commands[name]
        assert command.help and len(command.help) > 15, name
        assert runner.invoke(main, [name, "--help"]).exit_code == 0
    for sub in ("centrality", "communities", "key-players"):
        result = runner.invoke(main, ["analytics", sub, "--help"])
        assert result.exit_code == 0 and "Usage:" in result.output


def test_queries_lists_names_and_parameters(runner: CliRunner) -> None:
    result = runner.invoke(main, ["queries"])
    assert result.exit_code == 0
    assert "who-works-on-use-case" in result.output
    assert "-p usecase" in result.output and "(IRI, required)" in result.output


def test_query_with_parameters_as_json(runner: CliRunner, built) -> None:
    args = ["query", "who-works-on-use-case", "-p", "usecase", "药物发现", "--lang", "zh"]
    result = runner.invoke(main, [*args, "--format", "json", "--store", str(built[0])])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert any(r["actor_label"] == "BioNeMo" and r["organization_label"] == "英伟达" for r in rows)


def test_query_table_and_turtle(runner: CliRunner, built) -> None:
    store = ["--store", str(built[0])]
    table = runner.invoke(main, ["query", "deals", "-p", "organization", "nvidia", *store])
    assert table.exit_code == 0 and "(1 row)" in table.output
    ttl = runner.invoke(
        main,
        ["query", "construct-ego-network", "-p", "entity", "bionemo", "--format", "turtle", *store],
    )
    assert ttl.exit_code == 0 and "ma:develops" in ttl.output


def test_query_errors_are_one_line(runner: CliRunner, built) -> None:
    store = ["--store", str(built[0])]
    bad = runner.invoke(main, ["query", "deals", "-p", "company", "x", *store])
    assert bad.exit_code == 1
    assert bad.output.startswith("error: deals has no parameter ?company")
    unknown = runner.invoke(main, ["query", "nope", *store])
    assert unknown.exit_code == 1 and "who-works-on-use-case" in unknown.output
    missing = runner.invoke(main, ["query", "deals", "--store", str(built[0]) + "-nowhere"])
    assert missing.exit_code == 1 and "no store at" in missing.output


def test_sparql_text_and_file(runner: CliRunner, built, tmp_path: Path) -> None:
    store = ["--store", str(built[0])]
    text = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/medatlas/ontology#Company> }"
    by_text = runner.invoke(main, ["sparql", text, "--format", "csv", *store])
    assert by_text.exit_code == 0, by_text.output
    path = tmp_path / "q.rq"
    path.write_text(text, encoding="utf-8")
    by_file = runner.invoke(main, ["sparql", "--file", str(path), "--format", "csv", *store])
    assert by_file.output == by_text.output
    assert int(by_text.output.splitlines()[1]) > 10


def test_sparql_refuses_service_and_reports_syntax(runner: CliRunner, built) -> None:
    store = ["--store", str(built[0])]
    service = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"
    refused = runner.invoke(main, ["sparql", service, *store])
    assert refused.exit_code == 1 and refused.output.startswith("error: refused: SERVICE")
    broken = runner.invoke(main, ["sparql", "SELECT * WHERE { ?s ?p }", *store])
    assert broken.exit_code == 1 and "syntax error" in broken.output and "line 1" in broken.output
    neither = runner.invoke(main, ["sparql", *store])
    assert neither.exit_code == 1 and "argument or with --file" in neither.output


def test_sparql_timeout_stops_a_runaway_query(runner: CliRunner, built) -> None:
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    result = runner.invoke(main, ["sparql", runaway, "--timeout", "1", "--store", str(built[0])])
    assert result.exit_code == 1 and "was stopped" in result.output


def test_analytics_commands(runner: CliRunner, built) -> None:
    store = ["--store", str(built[0])]
    central = runner.invoke(
        main, ["analytics", "centrality", "--top", "5", "--format", "csv", *store]
    )
    assert central.exit_code == 0, central.output
    assert len(central.output.splitlines()) == 6
    groups = runner.invoke(main, ["analytics", "communities", "--top", "3", *store])
    assert groups.exit_code == 0 and "(3 rows)" in groups.output
    players = runner.invoke(
        main, ["analytics", "key-players", "--use-case", "药物发现", "--format", "json", *store]
    )
    assert players.exit_code == 0, players.output
    labels = [r["label"] for r in json.loads(players.output)]
    assert "NVIDIA" in labels[:3]
