"""A feed poll reads (cleans, dates, makes a Document of) only the items it has not seen: the items
are listed first from the parsed feed by link and version, and the seen ones are skipped before
their text is touched. A changed item is read again and stored as a new document; one listed again
unchanged, or with only a new publication date, is not read at all. Reads are counted in the
reading child (each ``readers._feed_item`` call appends a line to a file). Texts written for these
tests."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from kroniek.chronicle import Chronicle
from kroniek.ingest import readers
from kroniek.pipeline import Pipeline
from kroniek.settings import Settings
from kroniek.store import open_store
from kroniek.store.watching import SourceState
from kroniek.watch.loop import Watcher

from .feeds import ITEMS, FeedServer, rss, stored

SETTINGS = Settings(allow_private=True)


@pytest.fixture
def reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A file with one line per feed item read in the reading child (forked after this patch)."""
    log = tmp_path / "reads.txt"
    log.touch()
    real = readers._feed_item

    def counted(entry, n, source, *args, **kwargs):  # type: ignore[no-untyped-def]
        with log.open("a", encoding="utf-8") as fh:
            fh.write(f"{entry.get('link')}\n")
        return real(entry, n, source, *args, **kwargs)

    monkeypatch.setattr(readers, "_feed_item", counted)
    return log


def _read_since(log: Path, before: list[str]) -> list[str]:
    now = log.read_text(encoding="utf-8").splitlines()
    return now[len(before):]


def _watcher(db: str, url: str, lines: list[str]) -> Watcher:
    return Watcher(Chronicle(open_store(db), SETTINGS, pipeline=Pipeline([])), [url], every=600.0,
                   log=lines.append, rng=random.Random(3))


def _poll(w: Watcher, url: str, reads: Path) -> list[str]:
    before = reads.read_text(encoding="utf-8").splitlines()
    w.poll(url)
    return _read_since(reads, before)


def test_feed_reads_only_the_items_a_growing_feed_adds(feeds: FeedServer, tmp_path: Path, reads: Path) -> None:
    url, db, lines = feeds.url + "/rss", str(tmp_path / "w.db"), []
    w = _watcher(db, url, lines)
    feeds.set("/rss", rss(ITEMS[:2]))
    assert _poll(w, url, reads) == [ITEMS[0][0], ITEMS[1][0]]
    feeds.set("/rss", rss(ITEMS[:4]))  # two new items on top of the two seen: a new ETag, HTTP 200
    assert _poll(w, url, reads) == [ITEMS[2][0], ITEMS[3][0]]
    assert feeds.statuses("/rss") == [200, 200]
    assert "4 items, 2 new, 2 added" in lines[-1]
    assert len(stored(db)) == 4


def test_feed_reads_nothing_when_the_state_is_lost_but_every_item_is_seen(
        feeds: FeedServer, tmp_path: Path, reads: Path) -> None:
    url, db, lines = feeds.url + "/rss", str(tmp_path / "w.db"), []
    w = _watcher(db, url, lines)
    feeds.set("/rss", rss(ITEMS[:3]))
    w.poll(url)
    w.store.save_watch_state(SourceState(url, kind="url"))  # no ETag kept: the server answers in full
    assert _poll(w, url, reads) == []
    assert feeds.statuses("/rss") == [200, 200] and "3 items, 0 new" in lines[-1]


def test_feed_changed_item_is_read_again_and_stored_as_a_new_document(
        feeds: FeedServer, tmp_path: Path, reads: Path) -> None:
    url, db, lines = feeds.url + "/rss", str(tmp_path / "w.db"), []
    w = _watcher(db, url, lines)
    feeds.set("/rss", rss(ITEMS[:2]))
    w.poll(url)
    link, title, text, date = ITEMS[1]
    corrected = (link, title, text.replace("Anna de Vries", "Anne de Vries"), date)  # a correction
    feeds.set("/rss", rss([ITEMS[0], corrected]))
    assert _poll(w, url, reads) == [link]
    docs = [d for d in stored(db) if d.url == link]
    assert len(docs) == 2 and {("Anne de Vries" in d.text) for d in docs} == {True, False}
    assert _poll(w, url, reads) == []  # the corrected version is seen now (HTTP 304 or not)


def test_feed_item_listed_again_with_a_new_date_is_not_read(feeds: FeedServer, tmp_path: Path, reads: Path) -> None:
    url, db, lines = feeds.url + "/rss", str(tmp_path / "w.db"), []
    w = _watcher(db, url, lines)
    feeds.set("/rss", rss(ITEMS[:2]))
    w.poll(url)
    redated = [(link, title, text, "Mon, 07 Dec 2026 08:00:00 +0100") for link, title, text, _ in ITEMS[:2]]
    feeds.set("/rss", rss([ITEMS[2], *redated]))
    assert _poll(w, url, reads) == [ITEMS[2][0]]
    assert len(stored(db)) == 3


def _atom(updated: str, summary: str) -> bytes:
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            "<title>Waterschap Voorbeeld</title><entry><id>urn:waterschap:42</id>"
            '<link href="https://waterschap.example/nieuws/42"/><title>Dijk bij Kampen wordt versterkt</title>'
            f"<published>2026-12-01T09:00:00Z</published><updated>{updated}</updated>"
            f"<summary>{summary}</summary></entry></feed>").encode()


def test_feed_atom_item_with_a_new_updated_stamp_is_read_again(feeds: FeedServer, tmp_path: Path, reads: Path) -> None:
    url, db, lines = feeds.url + "/atom", str(tmp_path / "w.db"), []
    w = _watcher(db, url, lines)
    summary = "Het waterschap begint in maart met het versterken van de dijk langs de IJssel bij Kampen."
    feeds.set("/atom", _atom("2026-12-01T09:00:00Z", summary))
    assert _poll(w, url, reads) == ["https://waterschap.example/nieuws/42"]
    feeds.set("/atom", _atom("2026-12-02T15:30:00Z", summary))  # the outlet says it updated the item
    assert _poll(w, url, reads) == ["https://waterschap.example/nieuws/42"]
    assert len(stored(db)) == 1  # read again, but the same text and date: the same document, kept once
    later = summary + " De werkzaamheden duren twee jaar."
    feeds.set("/atom", _atom("2026-12-03T10:00:00Z", later))
    assert _poll(w, url, reads) == ["https://waterschap.example/nieuws/42"]
    assert len(stored(db)) == 2  # what it says changed: stored as a new document


def test_feed_item_that_cannot_be_listed_is_reported_at_every_poll(
        feeds: FeedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = readers._feed_record

    def odd(entry, n):  # type: ignore[no-untyped-def]
        if entry.get("link") == ITEMS[1][0]:
            raise ValueError("een onleesbaar bericht")
        return real(entry, n)

    monkeypatch.setattr(readers, "_feed_record", odd)
    url, db, lines = feeds.url + "/rss", str(tmp_path / "w.db"), []
    w = _watcher(db, url, lines)
    feeds.set("/rss", rss(ITEMS[:2]))
    w.poll(url)
    w.store.save_watch_state(SourceState(url, kind="url"))  # no ETag kept: the next poll gets the feed again
    w.poll(url)
    said = [line for line in lines if "een onleesbaar bericht" in line]
    assert len(said) == 2  # read and reported at both polls, never marked seen
    assert [d.url for d in stored(db)] == [ITEMS[0][0]]
