"""`kroniek ingest`, `relink` and `watch` raise the cyclic collector's thresholds for their run
(bench/ingest_cpu.py, with --relinks for the relink)."""

from __future__ import annotations

import gc

import pytest
from click.testing import CliRunner

from kroniek.cli import main


@pytest.mark.parametrize(
    ("args", "code"),
    [
        # an input that does not exist: the command still starts, fails on it alone and exits 1
        pytest.param(["ingest", "--quiet", "{tmp}/absent.txt"], 1, id="ingest: a batch of its own"),
        pytest.param(["relink", "--full"], 0, id="relink: rebuilds the links of the whole store"),
        # the loop itself is not run (it would start Frog): the command sets the collector first
        pytest.param(["watch", "--once", "{tmp}/in"], 0, id="watch: an ingest that goes on"),
    ],
)
def test_cli_long_commands_collect_less_often(tmp_path, monkeypatch, args: list[str], code: int) -> None:
    monkeypatch.setattr("kroniek.watch.loop.Watcher.run", lambda self, once: None)
    saved = gc.get_threshold()
    gc.set_threshold(700, 10, 10)  # Python's defaults (the test session raises them itself)
    (tmp_path / "in").mkdir()
    try:
        argv = [a.format(tmp=tmp_path) for a in args] + ["--db", str(tmp_path / "k.db")]
        result = CliRunner().invoke(main, argv)
        assert result.exit_code == code, result.output
        assert gc.get_threshold() == (20_000, 20, 20)
    finally:
        gc.set_threshold(*saved)
