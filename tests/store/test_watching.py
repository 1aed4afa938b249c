"""Conformance of the watch and alert state (kroniek.store.watching) on SQLite, memory and PostgreSQL."""

from __future__ import annotations

from kroniek.model import Document
from kroniek.store import Store
from kroniek.store.watching import Alert, AlertMatch, SourceState


def _doc(doc_id: str, text: str = "Het kabinet besloot dinsdag tot een nieuwe aanpak.") -> Document:
    return Document(id=doc_id, text=text, source=f"{doc_id}.txt", raw_hash="r-" + doc_id)


def _add(store: Store, *ids: str) -> None:
    for i in ids:
        assert store.add_document(_doc(i), text_hash="h-" + i)


def test_watching_source_state_roundtrip_and_replace(backend) -> None:
    store = backend.open()
    assert store.watch_state("https://nos.example/rss") is None
    state = SourceState("https://nos.example/rss", kind="feed", etag='W/"abc"', last_modified="Sun, 06 Dec 2026 10:00:00 GMT",
                        last_poll="2026-12-06T10:00:00Z", last_status="200", last_success="2026-12-06T10:00:00Z",
                        failures=0, next_poll="2026-12-06T10:10:00Z", items_added=3)
    store.save_watch_state(state)
    state.failures, state.last_error = 2, "https://nos.example/rss: the server answered HTTP 503"
    store.save_watch_state(state)
    again = backend.open()  # another connection (or the same memory store) sees what was committed
    assert again.watch_state(state.source) == state
    store.save_watch_state(SourceState("/srv/inbox", kind="folder"))
    assert [s.source for s in again.watch_states()] == ["/srv/inbox", "https://nos.example/rss"]


def test_watching_seen_items_are_per_source_and_marking_twice_changes_nothing(store: Store) -> None:
    store.mark_seen("feed-a", ["https://a/1", "https://a/2"])
    store.mark_seen("feed-a", ["https://a/2"])
    assert store.unseen_items("feed-a", ["https://a/3", "https://a/1", "https://a/2", "https://a/4"]) == [
        "https://a/3", "https://a/4"]
    assert store.unseen_items("feed-b", ["https://a/1"]) == ["https://a/1"]  # another source saw nothing


def test_watching_alerts_add_list_remove(store: Store) -> None:
    a = Alert("defensie", "entity", "Ank Bijleveld", "2026-12-06T10:00:00Z")
    assert store.add_alert(a)
    assert not store.add_alert(Alert("defensie", "query", "mariniers", "2026-12-06T10:01:00Z"))  # name taken
    assert store.add_alert(Alert("aanslagen", "event_type", "attack", "2026-12-06T10:02:00Z"))
    assert [x.name for x in store.alerts()] == ["aanslagen", "defensie"]
    assert store.alerts()[1] == a
    assert store.remove_alert("aanslagen") and not store.remove_alert("aanslagen")
    assert [x.name for x in store.alerts()] == ["defensie"]


def test_watching_alert_matches_are_recorded_once_and_documents_checked_once(store: Store) -> None:
    _add(store, "d-1", "d-2", "d-3")
    store.add_alert(Alert("kabinet", "query", "kabinet", "2026-12-06T10:00:00Z"))
    assert store.alert_pending(10) == ["d-1", "d-2", "d-3"]
    m1 = AlertMatch("kabinet", "d-1", "2026-12-06T10:05:00Z", "query: kabinet", ("ev-1",))
    assert store.record_alert_matches(["d-1", "d-2"], [m1]) == 1
    assert store.alert_pending(10) == ["d-3"]
    # the same match again (a run killed before it could say so): nothing new
    assert store.record_alert_matches(["d-1"], [AlertMatch("kabinet", "d-1", "2026-12-06T11:00:00Z", "again")]) == 0
    m3 = AlertMatch("kabinet", "d-3", "2026-12-06T10:06:00Z", "query: kabinet")
    assert store.record_alert_matches(["d-3"], [m3]) == 1
    total, page = store.alert_matches("kabinet", limit=10, offset=0)
    assert total == 2 and page == [m3, m1]  # newest first, the first record kept
    assert store.alert_matches("kabinet", limit=1, offset=1) == (2, [m1])
    assert store.alert_match_counts() == {"kabinet": 2}
    assert store.remove_alert("kabinet")
    assert store.alert_matches("kabinet", limit=10, offset=0) == (0, [])
    assert store.alert_match_counts() == {}


def test_watching_baseline_leaves_only_later_documents_pending(store: Store) -> None:
    _add(store, "d-1", "d-2")
    store.alert_baseline()
    store.alert_baseline()  # twice: no error, no change
    assert store.alert_pending(10) == []
    _add(store, "d-3")
    assert store.alert_pending(10) == ["d-3"]
    assert store.alert_pending(0) == []
