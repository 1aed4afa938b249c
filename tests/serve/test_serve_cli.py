"""`kroniek search` and `kroniek serve --help` through click."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kroniek.serve.cli import search, serve


def test_serve_cli_search_json(seed_db: Path) -> None:
    r = CliRunner().invoke(search, ["--db", str(seed_db), "ministers", "--genre", "letter", "--format", "json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert data["total"] > 0 and all(h["genre"] == "letter" for h in data["results"])


def test_serve_cli_search_table_marks_words(seed_db: Path) -> None:
    r = CliRunner().invoke(search, ["--db", str(seed_db), "droneaanval", "--limit", "1"])
    assert r.exit_code == 0, r.output
    assert "[droneaanval]" in r.output and "matching sentences" in r.output


@pytest.mark.parametrize(
    ("args", "words"),
    [
        pytest.param(["Irak", "--from", "januari"], "not a date", id="bad date"),
        pytest.param(["Irak", "--limit", "0"], "0", id="limit out of range"),
    ],
)
def test_serve_cli_search_errors(seed_db: Path, args: list[str], words: str) -> None:
    r = CliRunner().invoke(search, ["--db", str(seed_db), *args])
    assert r.exit_code == 2 and words in r.output


def test_serve_cli_serve_help_names_the_token() -> None:
    r = CliRunner().invoke(serve, ["--help"])
    assert r.exit_code == 0 and "KRONIEK_API_TOKEN" in r.output and "--port" in r.output
