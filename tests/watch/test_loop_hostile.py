"""The watch loop against feeds that misbehave, without Frog (an empty pipeline): a feed that answers
garbage, one that never answers in time, and feeds that repeat their items. Whatever a feed does,
a poll ends in bounded time with one line about it, the other sources are read, and no item is
stored twice."""

from __future__ import annotations

import random
import time

import pytest

from kroniek.chronicle import Chronicle
from kroniek.pipeline import Pipeline
from kroniek.settings import Settings
from kroniek.store import open_store
from kroniek.watch.loop import Watcher

from .feeds import ITEMS, FeedServer, rss
from .feeds import stored as _stored


def _watcher(db: str, sources: list[str], lines: list[str], **settings: float) -> Watcher:
    chron = Chronicle(open_store(db), Settings(allow_private=True, **settings), pipeline=Pipeline([]))
    return Watcher(chron, sources, every=600.0, log=lines.append, rng=random.Random(7))


_RSS = rss(ITEMS[:2])


@pytest.mark.parametrize("body", [
    pytest.param(bytes(random.Random(3).randrange(256) for _ in range(20_000)), id="random bytes"),
    pytest.param(_RSS[: _RSS.index(b"raakte niemand")], id="a feed cut off inside an item's text"),
    pytest.param(b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>' + b"\xff\xfe" * 500
                 + b"</title></item></channel></rss>", id="an item of invalid UTF-8"),
    pytest.param(b"", id="an empty answer"),
    pytest.param(b'{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": 5}, "x", null]}',
                 id="a JSON feed of wrong types"),
])
def test_loop_hostile_garbage_feed_is_reported_and_the_others_go_on(feeds: FeedServer, db: str,
                                                                      body: bytes) -> None:
    feeds.set("/rommel", body)
    feeds.set("/rss", rss(ITEMS[2:4]))
    bad, good = feeds.url + "/rommel", feeds.url + "/rss"
    lines: list[str] = []
    w = _watcher(db, [bad, good], lines)
    for _ in range(2):  # polled again: the garbage still stores nothing, the good items are not stored twice
        for source in (bad, good):
            started = time.monotonic()
            w.poll(source)
            assert time.monotonic() - started < 15, source
    assert sorted(d.title for d in _stored(db)) == sorted(t for _, t, _, _ in ITEMS[2:4])
    assert [line for line in lines if bad in line], lines


def test_loop_hostile_feed_that_never_answers_is_stopped_at_the_fetch_deadline(feeds: FeedServer, db: str) -> None:
    feeds.stall["/traag"] = 30.0
    feeds.set("/traag", rss(ITEMS[:1]))
    feeds.set("/rss", rss(ITEMS[1:2]))
    lines: list[str] = []
    w = _watcher(db, [feeds.url + "/traag", feeds.url + "/rss"], lines, fetch_deadline=1.0)
    started = time.monotonic()
    w.poll(feeds.url + "/traag")
    assert time.monotonic() - started < 5  # the fetch's one deadline, not the 20 s read timeout
    w.poll(feeds.url + "/rss")
    assert [d.title for d in _stored(db)] == [ITEMS[1][1]]
    state = w.store.watch_state(feeds.url + "/traag")
    assert state is not None and state.failures == 1 and "longer than 1 s" in (state.last_error or "")
    assert any("/traag: error" in line and "retry in" in line for line in lines), lines


def test_loop_hostile_item_repeated_in_one_feed_is_stored_once(feeds: FeedServer, db: str) -> None:
    feeds.set("/rss", rss([ITEMS[0], ITEMS[1], ITEMS[0], ITEMS[0]]))
    lines: list[str] = []
    w = _watcher(db, [feeds.url + "/rss"], lines)
    w.run(once=True)
    assert sorted(d.title for d in _stored(db)) == sorted(t for _, t, _, _ in ITEMS[:2])
    assert "2 new, 2 added" in lines[0]


def test_loop_hostile_items_that_come_back_are_not_stored_again(feeds: FeedServer, db: str) -> None:
    """A feed that drops items and lists them again later (reordered, or with a new pubDate and a
    new ETag) makes no second copy of them; only the really new item is added."""
    url = feeds.url + "/rss"
    lines: list[str] = []
    w = _watcher(db, [url], lines)
    feeds.set("/rss", rss(ITEMS[:2]))
    w.poll(url)
    feeds.set("/rss", rss(ITEMS[2:3]))
    w.poll(url)
    redated = [(link, title, text, "Sat, 05 Dec 2026 12:00:00 +0100") for link, title, text, _ in ITEMS[:2]]
    feeds.set("/rss", rss([*redated[::-1], ITEMS[3]]))
    w.poll(url)
    assert sorted(d.title for d in _stored(db)) == sorted(t for _, t, _, _ in ITEMS)
    assert "3 items, 1 new, 1 added" in lines[-1]
