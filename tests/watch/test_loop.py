"""The watch loop against a local feed server, without Frog (an empty pipeline): what is polled,
ingested, marked seen, backed off and resumed. The end-to-end run with Frog is test_watch_cli.py."""

from __future__ import annotations

import faulthandler
import json
import os
import random
import signal
import time
from pathlib import Path

import pytest

from kroniek.chronicle import Chronicle
from kroniek.errors import KroniekError
from kroniek.model import Document
from kroniek.pipeline import Pipeline
from kroniek.settings import Settings
from kroniek.store import open_store
from kroniek.store.watching import SourceState
from kroniek.watch.loop import Watcher
from kroniek.watch.schedule import iso, parse_iso

from .feeds import ITEMS, FeedServer, item_keys, rss, stored

SETTINGS = Settings(allow_private=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A SQLite file or the session's PostgreSQL database (emptied)."""
    return str(tmp_path / "watch.db") if request.param == "sqlite" else request.getfixturevalue("postgres_url")


def watcher(db: str, sources: list[str], *, components: list | None = None, every: float = 600.0,
            lines: list[str] | None = None, max_items: int = 100) -> Watcher:
    chron = Chronicle(open_store(db), SETTINGS, pipeline=Pipeline(components or []))
    return Watcher(chron, sources, every=every, log=(lines if lines is not None else []).append,
                   rng=random.Random(7), max_items=max_items)


def test_loop_ingests_only_new_items_and_honours_304(feeds: FeedServer, any_db: str) -> None:
    db = any_db
    url = feeds.url + "/rss"
    feeds.set("/rss", rss(ITEMS[:2]))
    lines: list[str] = []
    w = watcher(db, [url], lines=lines)
    w.poll(url)
    w.poll(url)  # unchanged: the server answers 304 to the ETag it gave
    feeds.set("/rss", rss(ITEMS[:3]))
    w.poll(url)
    assert feeds.statuses("/rss") == [200, 304, 200]
    assert sorted(d.title for d in stored(db)) == sorted(t for _, t, _, _ in ITEMS[:3])
    assert "2 new, 2 added" in lines[0] and "HTTP 304 not modified, 0 items, 0 new" in lines[1]
    assert "3 items, 1 new, 1 added" in lines[2]
    assert len(lines) == 3  # one line per poll
    state = w.store.watch_state(url)
    assert state is not None and state.etag and state.last_success and state.failures == 0
    assert state.items_added == 3 and state.last_status == "200"


def test_loop_resumes_after_a_restart_without_reingesting(feeds: FeedServer, db: str) -> None:
    url = feeds.url + "/rss"
    feeds.set("/rss", rss(ITEMS[:2]))
    watcher(db, [url]).poll(url)
    lines: list[str] = []
    again = watcher(db, [url], lines=lines)  # a new process over the same store
    again.poll(url)
    assert feeds.statuses("/rss")[-1] == 304 and "0 new" in lines[0]
    assert len(stored(db)) == 2


def test_loop_items_stored_before_a_crash_are_skipped_not_analysed(feeds: FeedServer, db: str) -> None:
    url = feeds.url + "/rss"
    feeds.set("/rss", rss(ITEMS[:2]))
    # a run killed after storing two items, before marking them seen or keeping the ETag:
    Chronicle(open_store(db), SETTINGS, pipeline=Pipeline([])).ingest([url])
    feeds.set("/rss", rss(ITEMS[:3]))
    analysed = _StopAfterFirst(stop=False)
    lines: list[str] = []
    w = watcher(db, [url], components=[analysed], lines=lines)
    w.poll(url)
    assert "3 items, 3 new, 1 added" in lines[0]
    assert len(analysed.seen) == 1 and len(stored(db)) == 3  # only the new one went through the pipeline
    assert w.store.unseen_items(url, item_keys(rss(ITEMS[:3]), url)) == []


class _StopAfterFirst:
    """A pipeline component that counts what it analyses and (``stop``) asks the watcher to stop at the first."""

    name = "stop-after-first"

    def __init__(self, stop: bool = True) -> None:
        self.watcher: Watcher | None = None
        self.stop = stop
        self.seen: list[str] = []

    def __call__(self, doc: Document) -> Document:
        self.seen.append(doc.id)
        if self.stop and self.watcher is not None:
            self.watcher.stop()
        return doc


def test_loop_stop_finishes_the_current_document_and_the_rest_comes_next_time(feeds: FeedServer, db: str) -> None:
    url = feeds.url + "/rss"
    feeds.set("/rss", rss(ITEMS[:3]))
    stopper = _StopAfterFirst()
    w = watcher(db, [url], components=[stopper])
    stopper.watcher = w
    w.poll(url)
    assert len(stopper.seen) == 1 and len(stored(db)) == 1  # the one analysed was stored, the rest left
    keys = item_keys(rss(ITEMS[:3]), url)
    assert w.store.unseen_items(url, keys) == keys[1:]
    w.store.save_watch_state(SourceState(url, kind="url"))  # as if the ETag had not been kept
    lines: list[str] = []
    watcher(db, [url], lines=lines).poll(url)
    assert "3 items, 2 new, 2 added" in lines[0] and len(stored(db)) == 3


@pytest.mark.parametrize(("status", "retry_after", "least"), [
    (503, "120", 120.0),  # Service Unavailable with Retry-After in seconds: waits at least that
    (429, "90", 90.0),  # Too Many Requests likewise
    (500, None, 300.0),  # no Retry-After: the first backoff is half to all of the interval (here 600 s, capped at 60)
])
def test_loop_failing_source_backs_off_and_the_others_go_on(feeds: FeedServer, db: str, status: int,
                                                             retry_after: str | None, least: float) -> None:
    bad, good = feeds.url + "/kapot", feeds.url + "/rss"
    feeds.fail["/kapot"] = (status, retry_after)
    feeds.set("/rss", rss(ITEMS[:1]))
    lines: list[str] = []
    w = watcher(db, [bad, good], lines=lines)
    w.run(once=True)
    assert len(stored(db)) == 1  # the good source was read
    state = w.store.watch_state(bad)
    assert state is not None and state.failures == 1 and state.last_status == "error"
    assert f"HTTP {status}" in (state.last_error or "") and state.last_success is None
    wait = parse_iso(state.next_poll) - parse_iso(state.last_poll)  # type: ignore[operator]
    assert min(least, 30.0) <= wait <= max(least, 60.0) + 1
    assert any(f"{bad}: HTTP {status}" in line and "retry in" in line for line in lines)
    # it keeps failing: the wait grows (with jitter) and the failures are counted
    w.poll(bad)
    assert w.store.watch_state(bad).failures == 2  # type: ignore[union-attr]


def test_loop_unreachable_source_is_one_error_line(db: str) -> None:
    lines: list[str] = []
    w = watcher(db, ["http://127.0.0.1:9/feed"], lines=lines)
    w.run(once=True)
    assert len(lines) == 1 and "could not fetch" in lines[0]


def test_loop_warm_builds_the_readers_date_fallback_once(db: str, tmp_path: Path, monkeypatch) -> None:
    # Every poll forks a reading child; the watcher's process loads htmldate's date fallback once
    # (ingest.worker.warm, tests/ingest/test_worker_pool.py) so that no child builds it again.
    from kroniek.ingest import worker

    calls: list[dict[str, object]] = []
    monkeypatch.setattr(worker, "warm", lambda **kw: calls.append(kw))
    (tmp_path / "in").mkdir()
    watcher(db, [str(tmp_path / "in")]).run(once=True)
    assert calls == [{"dates": True}]


def test_loop_folder_new_and_changed_files(tmp_path: Path, db: str) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text("De gemeente Sneek opent maandag een nieuw zwembad aan de Oppenhuizerweg.\n")
    (inbox / ".verborgen.txt").write_text("Dit bestand wordt overgeslagen.\n")
    lines: list[str] = []
    w = watcher(db, [str(inbox)], lines=lines)
    w.poll(str(inbox))
    w.poll(str(inbox))
    (inbox / "b.txt").write_text("In Leeuwarden is zaterdag de jaarlijkse kerstmarkt geopend.\n")
    w.poll(str(inbox))
    assert [line.split(": ", 1)[1].split(";")[0] for line in lines] == [
        "folder, 1 items, 1 new, 1 added, 0 failed, 0 alert matches",
        "folder, 1 items, 0 new, 0 added, 0 failed, 0 alert matches",
        "folder, 2 items, 1 new, 1 added, 0 failed, 0 alert matches",
    ]
    assert len(stored(db)) == 2


def test_loop_json_feed_and_sitemap_sources(feeds: FeedServer, db: str) -> None:
    link, title, text, _ = ITEMS[0]
    feeds.set("/feed.json", json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Regio",
                                        "items": [{"id": link, "url": link, "title": title, "content_text": text}]}).encode())
    page = f"<html><head><title>{ITEMS[1][1]}</title></head><body><article><h1>{ITEMS[1][1]}</h1>" \
           f"<p>{ITEMS[1][2]}</p><p>{ITEMS[3][2]}</p></article></body></html>"
    feeds.set("/nieuws/2", page.encode())
    feeds.set("/sitemap.xml", (
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{feeds.url}/nieuws/2</loc><lastmod>2026-12-02</lastmod></url>"
        f"<url><loc>{feeds.url}/nieuws/weg</loc><lastmod>2026-12-01</lastmod></url></urlset>").encode())
    lines: list[str] = []
    w = watcher(db, [feeds.url + "/feed.json", feeds.url + "/sitemap.xml"], lines=lines)
    w.run(once=True)
    titles = sorted(d.title or "" for d in stored(db))
    assert titles == sorted([title, ITEMS[1][1]])
    assert any("sitemap.xml: HTTP 200, 2 items, 2 new, 1 added, 1 failed" in line for line in lines)
    # the page that failed (404) stays unseen and is tried again (no conditional GET while items are
    # left); the one stored is not fetched again
    before = feeds.statuses("/nieuws/2")
    w.poll(feeds.url + "/sitemap.xml")
    assert feeds.statuses("/sitemap.xml") == [200, 200]
    assert feeds.statuses("/nieuws/2") == before and feeds.statuses("/nieuws/weg") == [404, 404]
    assert "1 left for the next poll" in lines[-1]


def test_loop_first_poll_after_restart_keeps_the_schedule(feeds: FeedServer, db: str) -> None:
    url = feeds.url + "/rss"
    feeds.set("/rss", rss(ITEMS[:1]))
    w = watcher(db, [url], every=600.0)
    w.poll(url)
    state = w.store.watch_state(url)
    assert state is not None
    again = watcher(db, [url], every=600.0)
    due = again._first_due(url, once=False)
    assert abs(due - parse_iso(state.next_poll)) < 1  # type: ignore[operator]
    state.next_poll = iso(0)  # long overdue: due now
    again.store.save_watch_state(state)
    assert again._first_due(url, once=False) <= again.clock() + 1


def test_loop_a_source_that_is_neither_url_nor_folder_is_named_and_the_rest_watched(feeds: FeedServer, db: str,
                                                                                    tmp_path: Path) -> None:
    feeds.set("/rss", rss(ITEMS[:1]))
    lines: list[str] = []
    w = watcher(db, [str(tmp_path / "bestaat-niet"), feeds.url + "/rss"], lines=lines)
    assert "bestaat-niet: not an http(s) URL or a folder" in lines[0] and "not watched" in lines[0]
    w.run(once=True)
    assert len(stored(db)) == 1
    with pytest.raises(KroniekError, match="no source to watch"):
        watcher(db, ["ftp://example.nl/feed"])


def test_loop_a_page_is_read_again_only_when_its_text_changes(feeds: FeedServer, db: str) -> None:
    def page(stamp: str, extra: str = "") -> bytes:
        return (f'<html><head><title>Gemeente Sneek</title><script>var rendered = "{stamp}";</script></head>'
                f'<body class="r-{stamp}"><article>'
                f"<h1>Gemeente Sneek kiest wethouder</h1><p>{ITEMS[1][2]}</p>{extra}</article></body></html>").encode()

    url = feeds.url + "/pagina"
    feeds.set("/pagina", page("10:00"))
    lines: list[str] = []
    w = watcher(db, [url], lines=lines)
    w.poll(url)
    feeds.set("/pagina", page("10:05", "<!-- een andere rendering -->"))  # other bytes, same text
    w.poll(url)
    feeds.set("/pagina", page("10:10", f"<p>{ITEMS[0][2]}</p>"))  # the article says something new
    w.poll(url)
    assert [line.split("items, ")[1].split(",")[0] for line in lines] == ["1 new", "0 new", "1 new"]
    assert len(stored(db)) == 2


def test_loop_an_item_failing_every_poll_is_given_up_after_max_tries(feeds: FeedServer, db: str) -> None:
    from kroniek.watch.loop import MAX_TRIES

    feeds.set("/sitemap.xml", (
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{feeds.url}/nieuws/weg</loc></url></urlset>").encode())
    lines: list[str] = []
    w = watcher(db, [feeds.url + "/sitemap.xml"], lines=lines)
    for _ in range(MAX_TRIES + 1):
        w.poll(feeds.url + "/sitemap.xml")
    assert feeds.statuses("/nieuws/weg") == [404] * MAX_TRIES  # tried at every poll until given up
    assert any(f"gave up on {feeds.url}/nieuws/weg after {MAX_TRIES} failed polls" in line for line in lines)
    assert feeds.statuses("/sitemap.xml")[-1] == 304  # nothing left: conditional GETs again
    state = w.store.watch_state(feeds.url + "/sitemap.xml")
    assert state is not None and state.retries == {} and state.backlog == 0


def test_loop_max_items_leaves_the_rest_for_the_next_poll(tmp_path: Path, db: str) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for n, (_, title, text, _) in enumerate(ITEMS[:3]):
        (inbox / f"{n}.txt").write_text(f"{title}\n\n{text}\n")
    lines: list[str] = []
    w = watcher(db, [str(inbox)], lines=lines, max_items=2)
    w.poll(str(inbox))
    w.poll(str(inbox))
    assert "3 items, 2 new, 2 added, 0 failed, 0 alert matches, 1 left for the next poll" in lines[0]
    assert "3 items, 1 new, 1 added, 0 failed, 0 alert matches;" in lines[1]
    assert len(stored(db)) == 3


def _sleeps() -> None:
    time.sleep(60)


def _segfaults() -> None:
    faulthandler.disable()  # the crash is meant: no traceback on the test's stderr
    os.kill(os.getpid(), signal.SIGSEGV)


# Two rows: watch neither hangs nor crashes. The reading child's other endings (an exit, a memory
# bomb) are the same code path for every reader: tests/ingest/test_worker_pool.py has a row for each.
@pytest.mark.parametrize(("reader", "said"), [
    (_sleeps, "took longer than 1 s and was stopped"),  # a parser stalled by what the feed holds
    (_segfaults, "ended by signal 11"),  # a crash in a C library
], ids=["stalls", "crashes"])
def test_loop_a_hostile_feed_is_one_error_and_the_other_sources_go_on(
        feeds: FeedServer, db: str, monkeypatch, reader, said: str) -> None:
    # The feed's bytes are read in the shared reading child under the read deadline and memory cap
    # (ingest.worker.read_shared): whatever the reading does, watch neither hangs nor crashes.
    from kroniek.watch import sources

    real = sources.feed_stamps  # a feed's first pass in the child: listing its items

    def feed_stamps(raw: bytes, source: str, *args, **kwargs):
        return reader() if source.endswith("/boos") else real(raw, source, *args, **kwargs)

    monkeypatch.setattr(sources, "feed_stamps", feed_stamps)
    feeds.set("/boos", rss(ITEMS[:1]))
    feeds.set("/rss", rss(ITEMS[:2]))
    settings = Settings(allow_private=True, read_deadline=1.0, read_memory=500_000_000)
    lines: list[str] = []
    w = Watcher(Chronicle(open_store(db), settings, pipeline=Pipeline([])), [feeds.url + "/boos", feeds.url + "/rss"],
                every=600.0, log=lines.append, rng=random.Random(7))
    started = time.monotonic()
    w.run(once=True)
    # Stopped at the 1 s deadline, not after the reader's 60 s: the bound leaves room for a loaded
    # machine (a fresh reading child is forked after the kill; 23-24 s were seen at load 15).
    assert time.monotonic() - started < 45
    assert [line for line in lines if said in line and feeds.url + "/boos" in line]
    assert sorted(d.title for d in stored(db)) == sorted(t for _, t, _, _ in ITEMS[:2])
