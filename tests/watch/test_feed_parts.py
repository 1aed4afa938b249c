"""A feed poll parses only what is new: the same bytes again (a server without ETag) are not parsed
at all, and a feed that grows has only its new items parsed (``watch.feedparts``), with the same
stamps, documents and seen keys as parsing the whole feed. A feed that cannot be cut into its items
safely is parsed whole, as before. A poll checks the alerts only when a document was stored since
the last check (that check reads every document id). Parses are counted in the reading child (each
``readers._parse_feed`` call appends the number of items it found to a file). Texts written for
these tests."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from kroniek.chronicle import Chronicle
from kroniek.ingest import readers
from kroniek.ingest.readers import FeedStamp, feed_stamps, read_feed
from kroniek.model import Document
from kroniek.pipeline import Pipeline
from kroniek.settings import Settings
from kroniek.store import open_store
from kroniek.watch.feedparts import FeedMemory, split_feed
from kroniek.watch.loop import Watcher

from .feeds import ITEMS, FeedServer, item_keys, rss, stored

SETTINGS = Settings(allow_private=True)
URL = "https://regio.example/rss"

MORE = [
    ("https://regio.example/nieuws/5", "Dijk bij Harlingen wordt versterkt",
     "Het waterschap begint maandag met het versterken van de dijk ten zuiden van Harlingen. "
     "Het werk duurt naar verwachting twee jaar.", "Sat, 05 Dec 2026 08:00:00 +0100"),
    ("https://regio.example/nieuws/6", "Nieuwe huisartsenpost in Drachten open",
     "In Drachten is vrijdag een nieuwe huisartsenpost geopend. De post is dag en nacht bereikbaar "
     "voor spoedgevallen uit de hele regio.", "Sun, 06 Dec 2026 12:00:00 +0100"),
]

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://omroep.example/" xml:lang="nl">
<title>Omroep Voorbeeld</title><updated>2026-12-06T10:00:00Z</updated>
%s
</feed>"""


def atom_entry(n: int, title: str, text: str) -> bytes:
    return (f'<entry><id>tag:omroep.example,2026:{n}</id><title>{title}</title>'
            f'<link href="nieuws/{n}"/><updated>2026-12-0{n}T09:00:00Z</updated>'
            f'<content type="html">&lt;p&gt;{text}&lt;/p&gt;</content></entry>\n').encode()


def stamps(raw: bytes, numbers: list[int] | None = None) -> list[FeedStamp]:
    return [s for s in feed_stamps(raw, URL, "feed", numbers) if isinstance(s, FeedStamp)]


# --- cutting a feed into its items ---


def test_a_feed_is_cut_into_head_items_and_tail() -> None:
    raw = rss(ITEMS[:3])
    parts = split_feed(raw)
    assert parts is not None and len(parts.items) == 3
    assert parts.head + b"".join(parts.items) + parts.tail == raw
    assert parts.items[1].startswith(b"<item>") and b"Sneek" in parts.items[1]
    assert parts.subset([3]) == parts.head + parts.items[2] + parts.tail


@pytest.mark.parametrize("raw", [
    # an item tag in a CDATA section or a comment: a cut by tags would not be what a parser reads
    rss(ITEMS[:2]).replace(b"<description>", b"<description><![CDATA[zie </item> hier]]>", 1),
    rss(ITEMS[:2]).replace(b"<channel>", b"<channel><!-- <item>oud</item> -->", 1),
    rss(ITEMS[:2]).replace(b"<description>", b"<description><![CDATA[a</item><item>b]]>", 1),
    rss(ITEMS[:2]).replace(b"<description>", b"<description><!--</item><item>-->", 1),
    # another encoding, an entity declaration, nested items, text between items, RSS and Atom mixed
    rss(ITEMS[:2]).replace(b'encoding="utf-8"', b'encoding="iso-8859-1"'),
    b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "b">]>' + rss(ITEMS[:2]).split(b"?>", 1)[1],
    rss(ITEMS[:2]).replace(b"<title>Brand", b"<item><title>Brand", 1),
    rss(ITEMS[:2]).replace(b"</item><item>", b"</item>los<item>", 1),
    rss(ITEMS[:2]).replace(b"</item><item>", b"</item><entry>x</entry><item>", 1),
    rss(ITEMS[:2]).replace(b"</channel>", b"", 1).replace(b"</item>", b"", 1),  # one item left open
], ids=["cdata", "comment", "cdata-tags", "comment-tags", "latin1", "doctype", "nested", "text-between",
        "mixed", "open"])
def test_a_feed_that_cannot_be_cut_safely_is_not_cut(raw: bytes) -> None:
    assert split_feed(raw) is None


@pytest.mark.parametrize("raw", [rss(ITEMS + MORE), ATOM % b"".join(
    atom_entry(n, t, b) for n, (_, t, b, _) in enumerate(ITEMS + MORE, 1))], ids=["rss", "atom"])
def test_the_new_items_alone_give_the_whole_feeds_stamps_and_documents(raw: bytes) -> None:
    parts = split_feed(raw)
    assert parts is not None and len(parts.items) == 6
    new = [2, 5, 6]
    whole = {s.n: s for s in stamps(raw)}
    assert stamps(parts.subset(new), new) == [whole[n] for n in new]
    alone = [d for d in read_feed(parts.subset(new), URL, numbers=new) if isinstance(d, Document)]
    full = [d for d in read_feed(raw, URL, only=set(new)) if isinstance(d, Document)]
    assert [(d.id, d.source, d.text, d.url, d.title, d.published) for d in alone] == \
           [(d.id, d.source, d.text, d.url, d.title, d.published) for d in full]
    assert all(d.url and d.url.startswith("https://") for d in alone)  # Atom links resolved by xml:base


def test_the_memory_gives_the_stamps_of_unchanged_items_only() -> None:
    memory = FeedMemory()
    first = split_feed(rss(ITEMS[:3]))
    assert first is not None
    memory.remember(URL, first, first.digests(), stamps(rss(ITEMS[:3])))
    changed = (*ITEMS[:1], (ITEMS[1][0], ITEMS[1][1], ITEMS[1][2] + " Een correctie.", ITEMS[1][3]), *ITEMS[2:4])
    now = split_feed(rss(list(changed)))
    assert now is not None
    known = memory.known(URL, now, now.digests())
    assert sorted(known) == [1, 3]  # the corrected item and the new one are parsed
    assert known[3] == FeedStamp(3, *[(s.ident, s.version) for s in stamps(rss(ITEMS[:3])) if s.n == 3][0])
    other_head = split_feed(rss(ITEMS[:3]).replace(b'<rss version="2.0">', b'<rss version="2.0" xml:lang="fy">'))
    assert other_head is not None and memory.known(URL, other_head, other_head.digests()) == {}


def test_an_item_without_id_or_link_is_never_remembered() -> None:
    raw = rss(ITEMS[:2]).replace(f"<guid>{ITEMS[0][0]}</guid><link>{ITEMS[0][0]}</link>".encode(), b"")
    parts = split_feed(raw)
    assert parts is not None
    listed = stamps(raw)
    assert [s.placed for s in listed] == [True, False]
    memory = FeedMemory()
    memory.remember(URL, parts, parts.digests(), listed)
    assert sorted(memory.known(URL, parts, parts.digests())) == [2]


# --- through the watcher ---


@pytest.fixture
def parses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A file with one line per feed parse in the reading child: the number of items it found."""
    log = tmp_path / "parses.txt"
    log.touch()
    real = readers._parse_feed

    def counted(raw, source):  # type: ignore[no-untyped-def]
        got = real(raw, source)
        with log.open("a", encoding="utf-8") as fh:
            fh.write(f"{len(got[0])}\n")
        return got

    monkeypatch.setattr(readers, "_parse_feed", counted)
    return log


def _watcher(db: str, url: str, lines: list[str]) -> Watcher:
    return Watcher(Chronicle(open_store(db), SETTINGS, pipeline=Pipeline([])), [url], every=600.0,
                   log=lines.append, rng=random.Random(5))


def _poll(w: Watcher, url: str, parses: Path) -> list[int]:
    before = len(parses.read_text(encoding="utf-8").splitlines())
    w.poll(url)
    return [int(n) for n in parses.read_text(encoding="utf-8").splitlines()[before:]]


def test_a_growing_feed_has_only_its_new_items_parsed(feeds: FeedServer, tmp_path: Path, parses: Path) -> None:
    url, db, lines = feeds.url + "/rss", str(tmp_path / "w.db"), []
    w = _watcher(db, url, lines)
    feeds.set("/rss", rss(ITEMS[:2]))
    assert _poll(w, url, parses) == [2]
    feeds.set("/rss", rss(MORE + ITEMS[:2]))  # two new items on top, as an outlet's feed grows
    assert _poll(w, url, parses) == [2]
    assert "4 items, 2 new, 2 added" in lines[-1]
    feeds.set("/rss", rss(MORE[1:] + ITEMS[:2]).replace(b"Regio Voorbeeld", b"Regio Voorbeeld (bijgewerkt)"))
    assert _poll(w, url, parses) == []  # an item dropped, the channel's title changed: nothing new to parse
    assert "3 items, 0 new" in lines[-1]
    assert len(stored(db)) == 4
    w.chron.close()


def test_a_feed_watched_again_after_a_restart_is_parsed_whole_once(
        feeds: FeedServer, tmp_path: Path, parses: Path) -> None:
    url, db = feeds.url + "/rss", str(tmp_path / "w.db")
    feeds.set("/rss", rss(ITEMS[:2]))
    first = _watcher(db, url, [])
    _poll(first, url, parses)
    first.chron.close()
    feeds.set("/rss", rss(ITEMS[:3]))
    lines: list[str] = []
    again = _watcher(db, url, lines)  # a new process: no memory of the items' bytes
    assert _poll(again, url, parses) == [3]
    assert "3 items, 1 new, 1 added" in lines[-1]
    assert again.store.unseen_items(url, item_keys(rss(ITEMS[:3]), url)) == []
    again.chron.close()


def test_the_same_bytes_without_an_etag_are_not_parsed_again(
        feeds: FeedServer, tmp_path: Path, parses: Path) -> None:
    url, db, lines = feeds.url + "/rss", str(tmp_path / "w.db"), []
    feeds.plain.add("/rss")
    w = _watcher(db, url, lines)
    feeds.set("/rss", rss(ITEMS[:2]))
    assert _poll(w, url, parses) == [2]
    assert _poll(w, url, parses) == []
    assert feeds.statuses("/rss") == [200, 200]
    assert "HTTP 200, the same bytes as the last poll, 2 items, 0 new" in lines[-1]
    feeds.set("/rss", rss(ITEMS[:3]))
    assert _poll(w, url, parses) == [1]
    assert len(stored(db)) == 3
    w.chron.close()


def test_the_same_bytes_are_parsed_again_when_the_last_poll_failed_an_item(
        feeds: FeedServer, tmp_path: Path, parses: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url, db, lines = feeds.url + "/rss", str(tmp_path / "w.db"), []
    feeds.plain.add("/rss")
    w = _watcher(db, url, lines)
    feeds.set("/rss", rss(ITEMS[:2]))
    real = w.chron.ingest
    monkeypatch.setattr(w.chron, "ingest", lambda *a, **kw: real([], **kw))  # nothing stored this time
    w.poll(url)
    monkeypatch.setattr(w.chron, "ingest", real)
    assert w.store.watch_state(url).body is None
    assert "2 items, 2 new, 0 added" in lines[-1]
    w.poll(url)  # the same bytes, read again: their items are still unseen
    assert "HTTP 200, 2 items, 2 new, 2 added" in lines[-1]
    assert len(stored(db)) == 2
    w.chron.close()


# --- the alerts: checked when a document was stored since the last check ---


def test_the_alerts_are_checked_only_when_a_document_was_stored_since(
        feeds: FeedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kroniek import alerts
    from kroniek.watch import loop

    url, db, lines = feeds.url + "/rss", str(tmp_path / "w.db"), []
    w = _watcher(db, url, lines)
    alerts.add_alert(w.store, alerts.make_alert("dijk", "query", "dijk"))
    checks: list[int] = []
    monkeypatch.setattr(loop, "check_alerts", lambda store: checks.append(1) or alerts.check_alerts(store))
    feeds.set("/rss", rss(ITEMS[:2]))
    w.poll(url)
    w.poll(url)  # a 304: nothing stored, nothing to check
    assert len(checks) == 1
    # a document stored by another way (the API's ingest) is checked at the next poll
    w.chron.ingest([Document(id="d-api", text=MORE[0][2], source="api", title=MORE[0][1])])
    w.poll(url)
    assert len(checks) == 2 and "1 alert match" in lines[-1]
    assert [m.doc_id for m in w.store.alert_matches("dijk", limit=10, offset=0)[1]] == ["d-api"]
    w.chron.close()
