"""Shared by the real-Frog tests that ingest a fixture of news written for them with the CLI and
read what the export says: the export of a new store, and the events a word was a mention of."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kroniek.analyse.frog import ReusedServers, handing_out
from kroniek.cli import main


def ingest_export(frog: ReusedServers, db: Path, *inputs: Path) -> dict:
    """``kroniek ingest`` the inputs into the store ``db``, then its ``kroniek export`` as JSON.
    The ingest runs on the session's Frog servers (``frog``: conftest's ``frog_servers``), started
    once for all test modules, instead of starting and stopping a Frog of its own."""
    runner = CliRunner()
    with handing_out(frog):
        out = runner.invoke(main, ["ingest", "--db", str(db), "--quiet", *map(str, inputs)], catch_exceptions=False)
    assert out.exit_code == 0, out.output
    exported = runner.invoke(main, ["export", "--db", str(db), "--format", "json"], catch_exceptions=False)
    return json.loads(exported.stdout)


def told_by(events: list[dict], word: str) -> list[dict]:
    """The exported events one of whose mentions is the word."""
    return [v for v in events if any(m["text"] == word for m in v["mentions"])]
