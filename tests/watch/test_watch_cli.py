"""`kroniek watch` as a process, with real Frog, against a local feed that changes under it:
only new items are ingested, 304 is honoured, a kill -9 and a restart re-ingest nothing, alerts fire
once, SIGTERM stops it cleanly (exit 0). The feed's items are short Dutch texts written for this test."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .feeds import ITEMS, FeedServer, rss, serve_feeds

pytestmark = [pytest.mark.frog, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[2]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _kroniek(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kroniek.cli", *args], capture_output=True, text=True,
                          env=_env(), timeout=300, check=False)


class WatchProcess:
    def __init__(self, db: str, url: str, log: Path) -> None:
        self.log = log
        self.fh = log.open("a")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "kroniek.cli", "watch", url, "--db", db, "--every", "1s", "--allow-private"],
            stdout=subprocess.DEVNULL, stderr=self.fh, env=_env())

    def lines(self) -> list[str]:
        return self.log.read_text().splitlines()

    def wait_for(self, text: str, *, after: int = 0, timeout: float = 300.0) -> list[str]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [line for line in self.lines()[after:] if text in line]
            if found:
                return found
            assert self.proc.poll() is None, f"watch exited ({self.proc.returncode}):\n" + "\n".join(self.lines())
            time.sleep(0.3)
        raise AssertionError(f"no {text!r} in {timeout:.0f} s:\n" + "\n".join(self.lines()))

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(30)
        self.fh.close()


def _alert_docs(db: str, name: str) -> list[str]:
    out = _kroniek("alert", "list", name, "--db", db, "--json")
    assert out.returncode == 0, out.stderr
    return [m["doc"] for m in json.loads(out.stdout)["matches"]]


def test_watch_cli_follows_a_changing_feed_through_kill_and_restart(tmp_path: Path) -> None:
    db, log = str(tmp_path / "watch.db"), tmp_path / "watch.log"
    assert _kroniek("alert", "add", "streek", "--query", "Friesland", "--db", db).returncode == 0
    fs: FeedServer
    with serve_feeds() as fs:
        url = fs.url + "/rss"
        fs.set("/rss", rss(ITEMS[:2]))
        w = WatchProcess(db, url, log)
        try:
            w.wait_for("2 items, 2 new, 2 added, 0 failed")
            w.wait_for("HTTP 304 not modified, 0 items, 0 new")  # polled again: the ETag was honoured
            fs.set("/rss", rss(ITEMS[:3]))  # one new item, about Friesland
            w.wait_for("3 items, 1 new, 1 added, 0 failed, 1 alert match;")
            w.proc.send_signal(signal.SIGKILL)  # no clean shutdown at all
            w.proc.wait(30)
        finally:
            w.close()
        fs.set("/rss", rss(ITEMS[:4]))
        before = len(log.read_text().splitlines())
        w = WatchProcess(db, url, log)  # restarted: carries on from the stored state
        try:
            first = w.wait_for(f"{url}: HTTP", after=before)[0]
            assert "4 items, 1 new, 1 added, 0 failed, 0 alert matches" in first  # only the new item
            w.wait_for("HTTP 304", after=before)
            w.proc.send_signal(signal.SIGTERM)
            assert w.proc.wait(120) == 0
            assert "watch: stopped" in w.lines()[-1]
        finally:
            w.close()
    statuses = fs.statuses("/rss")
    assert 304 in statuses and statuses[0] == 200
    stats = json.loads(_kroniek("stats", "--db", db, "--json").stdout)
    assert stats["documents"] == 4  # nothing ingested twice
    (src,) = stats["sources"]
    assert src["source"] == url and src["last_success"] and src["documents"] == 4 and src["failures"] == 0
    assert len(_alert_docs(db, "streek")) == 1  # the Friesland item, recorded once across both runs
