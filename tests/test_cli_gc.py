"""`kroniek ingest` raises the cyclic collector's thresholds for its run (bench/ingest_cpu.py)."""

from __future__ import annotations

import gc

from click.testing import CliRunner

from kroniek.cli import main


def test_cli_ingest_collects_less_often(tmp_path):
    saved = gc.get_threshold()
    gc.set_threshold(700, 10, 10)  # Python's defaults (the test session raises them itself)
    try:
        # an input that does not exist: the command still starts, fails on it alone and exits 1
        result = CliRunner().invoke(main, ["ingest", "--db", str(tmp_path / "k.db"), "--quiet",
                                           str(tmp_path / "absent.txt")])
        assert result.exit_code == 1, result.output
        assert gc.get_threshold() == (20_000, 20, 20)
    finally:
        gc.set_threshold(*saved)
