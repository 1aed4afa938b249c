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


def test_serve_cli_reindex_brings_an_old_index_up_to_date(tmp_path: Path) -> None:
    from kroniek.model import Document
    from kroniek.search import INDEX_VERSION_KEY, SearchIndex
    from kroniek.serve.cli import reindex
    from kroniek.store import open_store
    from kroniek.store.base import IndexEntry, IndexRow

    db = str(tmp_path / "old.db")
    store = open_store(db)
    text = "Bij een droneaanval op het vliegveld vielen doden."
    store.add_document(Document(id="d-old", text=text, source="x"), text_hash="x")
    # The rows an older kroniek wrote: the words' stems only, no compound parts.
    store.searcher().replace_index("d-old", IndexEntry([IndexRow("sentence", 0, len(text), "bij een droneaanval op het vliegveld viel dod")]))
    assert SearchIndex(store).search("drone").total == 0 and SearchIndex(store).outdated()
    store.close()
    r = CliRunner().invoke(reindex, ["--db", db, "--quiet"])
    assert r.exit_code == 0 and "reindexed 1 documents" in r.output, r.output
    store = open_store(db)
    assert SearchIndex(store).search("drone").total == 1
    assert not SearchIndex(store).outdated() and store.get_meta(INDEX_VERSION_KEY) == "2"
    store.close()


@pytest.mark.parametrize(
    ("args", "words"),
    [
        pytest.param(["motie", "--sort", "date"], "matching sentences", id="sort by date"),
        pytest.param(["motie", "--sort", "oldest"], "oldest", id="unknown order refused by click"),
    ],
)
def test_serve_cli_search_sort(seed_db: Path, args: list[str], words: str) -> None:
    r = CliRunner().invoke(search, ["--db", str(seed_db), *args])
    assert words in r.output


def test_serve_cli_serve_help_names_cors() -> None:
    r = CliRunner().invoke(serve, ["--help"])
    assert "--cors" in r.output and "ORIGIN" in r.output
