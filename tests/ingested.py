"""Shared by the real-Frog tests that ingest a fixture of news written for them with the CLI and
read what the export says: the export of a new store, and the events a word was a mention of."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kroniek.cli import main


def ingest_export(db: Path, *inputs: Path) -> dict:
    """``kroniek ingest`` the inputs into the store ``db``, then its ``kroniek export`` as JSON."""
    runner = CliRunner()
    out = runner.invoke(main, ["ingest", "--db", str(db), "--quiet", *map(str, inputs)], catch_exceptions=False)
    assert out.exit_code == 0, out.output
    exported = runner.invoke(main, ["export", "--db", str(db), "--format", "json"], catch_exceptions=False)
    return json.loads(exported.stdout)


def told_by(events: list[dict], word: str) -> list[dict]:
    """The exported events one of whose mentions is the word."""
    return [v for v in events if any(m["text"] == word for m in v["mentions"])]
