"""The story window kept across polls (``link.incremental_window``) equals counting it again.

A long ``kroniek watch`` read every document of its date window from the store, stemmed it and
counted its document frequencies at every poll (bench/watch/long_run.py). The window is now kept
in memory and updated by what entered, left or changed. These tests check the kept state against
recomputing it from scratch, and the stories linked with it against those linked without it.
The reports are written for these tests.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import replace

import pytest

from kroniek.link import incremental_window
from kroniek.link.incremental_stories import link_stories_incremental
from kroniek.link.incremental_window import StoryWindow, window_of
from kroniek.link.stories import build_stories, story_terms
from kroniek.model import Document, PublishedDate
from kroniek.store import Store, open_store

# Four running stories of one week; each report is a topic's sentence with a town and a detail.
TOPICS = [
    "De gemeenteraad van {town} stemde {day} in met de bouw van {n} sociale huurwoningen bij het station.",
    "Brandweerlieden blusten {day} in {town} een uitslaande brand in een loods met {n} strobalen.",
    "Boeren uit {town} reden {day} met {n} trekkers naar het provinciehuis uit protest tegen de stikstofregels.",
    "Het waterschap sloot {day} de sluis bij {town} omdat het peil van de rivier {n} centimeter steeg.",
]
TOWNS = ["Zwolle", "Kampen", "Deventer", "Raalte", "Ommen", "Dalfsen", "Hattem", "Olst"]
DAYS = ["2019-06-03", "2019-06-04", "2019-06-05", "2019-06-06", "2019-06-07", "2019-06-08",
        "2019-06-09", "2019-06-10", "2019-06-11", "2019-06-12"]


def _report(i: int) -> Document:
    day = DAYS[min(i * len(DAYS) // 64, len(DAYS) - 1)]
    text = TOPICS[i % 4].format(town=TOWNS[(i * 3) % 8], day="gisteren" if i % 2 else "vanochtend", n=10 + i)
    return Document(id=f"w-{i:03d}", text=text, source=f"{i}.txt", title="",
                    published=PublishedDate(day, "day", "metadata", day))


def _store(docs: list[Document]) -> Store:
    store = open_store("memory:")
    for d in docs:
        store.add_document(d, text_hash=hashlib.sha256(d.text.encode()).hexdigest())
    return store


def _recount(docs: list[Document]) -> Counter[str]:
    df: Counter[str] = Counter()
    for d in docs:
        df.update(story_terms(d).keys())
    return df


def test_kept_frequencies_equal_counting_the_window_again() -> None:
    reports = [_report(i) for i in range(40)]
    store = _store(reports)
    kept = StoryWindow()
    for lo, hi in [(0, 12), (4, 20), (15, 33), (15, 33), (30, 40)]:  # the window slides, once stays
        ids = [d.id for d in reports[lo:hi]]
        window = kept.documents(store, ids)
        assert [d.id for d in window] == ids == [d.id for d in store.get_documents(ids, layers=False)]
        new = [_report(100 + hi)]  # not stored yet: counted from its own text
        counts = kept.counts([*window, *new])
        assert counts is not None
        assert dict(counts.df) == dict(_recount([*window, *new]))
        assert set(counts.tf) == {*ids, new[0].id}
    assert kept.read == 12 + 8 + 13 + 0 + 7  # each stored report read once


def test_two_sources_polled_in_turn_are_not_read_and_counted_again() -> None:
    """A watcher polls a feed of dated reports and a folder of undated files in turn: their windows
    differ, and each is kept rather than replaced by the other."""
    reports = [_report(i) for i in range(40)]
    store = _store(reports)
    kept = StoryWindow()
    moved = []
    for _ in range(3):
        for lo, hi in [(0, 22), (18, 40)]:
            window = kept.documents(store, [d.id for d in reports[lo:hi]])
            counts = kept.counts(window)
            assert counts is not None and dict(counts.df) == dict(_recount(window))
            moved.append(kept.moved)
    assert kept.read == 40  # each report read once
    assert moved == [22, 44, 44, 44, 44, 44]  # once both windows are counted, neither is counted again



def test_a_window_inside_another_is_kept_beside_it() -> None:
    """The feed's dated reports are also among the folder's window of all recent files."""
    reports = [_report(i) for i in range(40)]
    store = _store(reports)
    kept = StoryWindow()
    moved = []
    for _ in range(3):
        for hi in (20, 40):
            window = kept.documents(store, [d.id for d in reports[:hi]])
            counts = kept.counts(window)
            assert counts is not None and dict(counts.df) == dict(_recount(window))
            moved.append(kept.moved)
    assert moved == [20, 40, 60, 60, 60, 60]  # then neither is counted again


def test_the_least_recently_used_reports_are_forgotten(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(incremental_window, "MAX_KEPT", 15)
    reports = [_report(i) for i in range(30)]
    store = _store(reports)
    kept = StoryWindow()
    kept.documents(store, [d.id for d in reports[:10]])
    kept.documents(store, [d.id for d in reports[10:20]])
    assert set(kept.entries) == {d.id for d in reports[5:20]}  # the five read longest ago went
    window = kept.documents(store, [d.id for d in reports[:10]])
    assert [d.id for d in window] == [d.id for d in reports[:10]] and kept.read == 25


def test_a_changed_report_is_read_again() -> None:
    reports = [_report(i) for i in range(10)]
    store = _store(reports)
    kept = StoryWindow()
    ids = [d.id for d in reports]
    kept.documents(store, ids)
    redated = replace(reports[3], published=PublishedDate("2019-06-02", "day", "events", "2019-06-02"))
    store.update_layers(redated)  # as link.dates does when other sources date a report
    window = kept.documents(store, ids)
    assert kept.read == 11
    assert window[3].published is not None and window[3].published.value == "2019-06-02"
    counts = kept.counts(window)
    assert counts is not None and dict(counts.df) == dict(_recount(window))


def test_a_repeated_id_is_left_to_build_stories() -> None:
    reports = [_report(i) for i in range(3)]
    assert StoryWindow().counts([*reports, reports[0]]) is None


def _stories(store: Store) -> list[tuple[str, str, tuple[str, ...], str | None, str | None]]:
    return sorted((s.id, s.label, tuple(s.documents), s.first, s.last) for s in store.stories())


@pytest.mark.parametrize("batch", [1, 3])
def test_stories_linked_with_the_kept_window_equal_those_linked_without(batch: int) -> None:
    reports = [_report(i) for i in range(64)]
    kept_store, fresh_store = open_store("memory:"), open_store("memory:")
    for lo in range(0, len(reports), batch):
        new = reports[lo:lo + batch]
        for store in (kept_store, fresh_store):
            for d in new:
                store.add_document(d, text_hash=hashlib.sha256(d.text.encode()).hexdigest())
        link_stories_incremental(kept_store, new)
        incremental_window._WINDOWS.pop(fresh_store, None)  # nothing kept: the window read and counted again
        link_stories_incremental(fresh_store, new)
    assert _stories(kept_store) == _stories(fresh_store)
    assert len(_stories(kept_store)) >= 4  # one story a topic, of many reports each
    assert max(len(s[2]) for s in _stories(kept_store)) > 5
    assert window_of(kept_store).read <= len(reports)  # each report read from the store once


def test_build_stories_with_kept_counts_equals_counting_itself() -> None:
    reports = [_report(i) for i in range(64)]  # 50 and more: the most frequent stems find no candidates
    counts = StoryWindow().counts(reports)
    assert counts is not None
    assert build_stories(reports, [], [], counts=counts) == build_stories(reports, [], [])
    half = {d.id for d in reports[32:]}
    previous = [s for s in build_stories(reports[:32], [], []) if s.documents]
    assert (build_stories(reports, [], [], previous=previous, touching=half, counts=counts)
            == build_stories(reports, [], [], previous=previous, touching=half))
