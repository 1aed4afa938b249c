"""`kroniek alert …`, the watched sources in `kroniek stats` and the stop signals, through the CLI (no Frog)."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest
from click.testing import CliRunner

from kroniek.cli import main
from kroniek.model import Document
from kroniek.store import open_store
from kroniek.store.watching import SourceState


def _run(*args: str) -> tuple[int, str]:
    r = CliRunner().invoke(main, list(args))
    return r.exit_code, r.output


def test_cli_alert_add_list_show_check_remove(tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    assert _run("alert", "add", "kabinet", "--query", "kabinet", "--db", db) == (0, "alert kabinet: query 'kabinet'\n")
    code, out = _run("alert", "add", "fout", "--query", "x", "--entity", "y", "--db", db)
    assert code == 2 and "exactly one of" in out
    code, out = _run("alert", "add", "kabinet", "--entity", "Rutte", "--db", db)
    assert code == 2 and "exists" in out
    store = open_store(db)  # a document stored another way (e.g. the API): `alert check` matches it
    store.add_document(Document(id="d-1", text="Het kabinet besloot vrijdag tot extra geld voor de zorg.",
                                source="a.txt", raw_hash="r", title="Extra geld voor de zorg"), text_hash="h")
    store.close()
    assert _run("alert", "check", "--db", db) == (0, "1 new alert match\n")
    assert _run("alert", "check", "--db", db) == (0, "0 new alert matches\n")
    code, out = _run("alert", "list", "--db", db)
    assert code == 0 and out.split()[:3] == ["kabinet", "query", "'kabinet'"] and "1 matches" in out
    code, out = _run("alert", "show", "kabinet", "--db", db)
    assert code == 0 and "Extra geld voor de zorg" in out and "query kabinet: Het kabinet besloot" in out
    code, out = _run("alert", "list", "kabinet", "--db", db, "--json")
    assert json.loads(out)["matches"][0]["doc"] == "d-1"
    assert _run("alert", "remove", "kabinet", "--db", db) == (0, "alert kabinet: removed\n")
    code, out = _run("alert", "remove", "kabinet", "--db", db)
    assert code == 2 and "no such alert" in out


def test_cli_stats_shows_each_watched_source(tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    store = open_store(db)
    store.save_watch_state(SourceState("https://regio.example/rss", kind="url", last_success="2026-12-06T10:00:00Z",
                                       items_added=12))
    store.save_watch_state(SourceState("https://kapot.example/rss", kind="url", last_error="HTTP 503",
                                       last_error_at="2026-12-06T10:05:00Z", failures=3))
    store.close()
    code, out = _run("stats", "--db", db)
    assert code == 0
    assert ("source       https://kapot.example/rss (url): last success never, 0 documents; "
            "last error 2026-12-06T10:05:00Z: HTTP 503 (3 failures in a row)") in out
    assert "https://regio.example/rss (url): last success 2026-12-06T10:00:00Z, 12 documents; no error" in out
    code, out = _run("stats", "--db", db, "--json")
    assert [s["source"] for s in json.loads(out)["sources"]] == ["https://kapot.example/rss", "https://regio.example/rss"]


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_cli_first_signal_asks_to_stop_and_a_second_stops_at_once(signum: int) -> None:
    from kroniek.watch.cli import _on_signals

    class Stub:  # stands in for the Watcher: only its stop flag is used
        stopping = False

        def stop(self) -> None:
            self.stopping = True

    before = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT)}
    w = Stub()
    try:
        _on_signals(w)
        os.kill(os.getpid(), signum)
        assert w.stopping
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signum)
    finally:
        for s, h in before.items():
            signal.signal(s, h)
