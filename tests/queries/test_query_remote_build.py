"""`medatlas build --endpoint`: documents built into a real Oxigraph server answer like the
embedded store does."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from query_support import load_cases, same_answer

from medatlas.build import build
from medatlas.cli import main
from medatlas.graph.remote import RemoteStore
from medatlas.queries.library import run

pytestmark = pytest.mark.slow

REPORT = """# 影像AI观察

英伟达与联影智能在医学影像领域开展合作。国家药监局于2024年批准了多款AI辅助诊断产品。
据调查，70%的医院已部署AI辅助诊断系统。
"""


def test_build_into_a_remote_store_gives_the_embedded_answers(
    rw_server: str, tmp_path: Path, corpus_dir: Path
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "note.md").write_text(REPORT, encoding="utf-8")
    result = CliRunner().invoke(
        main,
        [
            "build",
            "--endpoint",
            rw_server,
            "--docs",
            str(docs),
            "--corpus",
            str(corpus_dir),
            "--out",
            str(tmp_path / "out"),
        ],
    )
    assert result.exit_code == 0, result.output
    assert f"built {rw_server}" in result.output
    local, _ = build(tmp_path / "store", docs=[docs], corpus_dir=corpus_dir, validate=False)
    remote = RemoteStore.oxigraph(rw_server)
    try:
        assert remote.graph_names() == local.graph_names()
        assert len(remote) == len(local)
        for name, _case, params in load_cases():
            a, b = run(local, name, params=params), run(remote, name, params=params)
            assert same_answer(a, b), f"{name} {params}"
        # building again changes nothing: the unchanged document is skipped in place
        again = CliRunner().invoke(
            main,
            ["build", "--endpoint", rw_server, "--docs", str(docs), "--out", str(tmp_path / "o2")],
        )
        assert again.exit_code == 0, again.output
        assert "0 extracted, 1 unchanged" in again.output
    finally:
        local.close()
