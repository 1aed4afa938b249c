"""Conformance of what incremental linking needs of a store: neighbourhood reads, single-row writes,
link keys and redirects. Every test runs on SQLite, in memory and on PostgreSQL (tests/store/conftest.py)."""

from __future__ import annotations

import pytest
from copies import clone

from kroniek.model import Document, Entity, Event, Mention, PublishedDate, Story, Token
from kroniek.store import Store


def _doc(doc_id: str, day: str) -> Document:
    text = f"Bericht {doc_id}: de burgemeester van Utrecht opende de brug."
    return Document(id=doc_id, text=text, source=f"{doc_id}.txt", raw_hash="r-" + doc_id,
                    published=PublishedDate(day, "day", "metadata", day))


def _filled(store: Store) -> Store:
    for i, day in enumerate(["2019-06-01", "2019-06-02", "2019-06-03", "2019-06-10"]):
        store.add_document(_doc(f"d{i}", day), text_hash=f"h{i}")
    store.replace_entities([
        Entity("e-utrecht", "LOC", "Utrecht", ["Utrecht"], [("d0", 30, 37), ("d1", 30, 37), ("d2", 30, 37)],
               {"place": "city"}),
        Entity("e-stad", "LOC", "Stad Utrecht", [], [("d3", 30, 37)]),
    ])
    store.replace_events([Event("v-a", "other", "opende brug", None, [], [], "asserted",
                                [("d0", 38, 44), ("d1", 38, 44)])])
    store.replace_stories([Story("s-a", "brug", ["d0", "d1"], ["v-a"], "2019-06-01", "2019-06-02")])
    return store


def test_document_versions_follow_every_change_but_layers(store: Store) -> None:
    """What the incremental story window keeps in memory is read again only when its version
    changes: the versions come in ``get_documents``' order and change when a document is re-dated."""
    _filled(store)
    versions = store.document_versions(["d2", "d0", "nope", "d3"])
    assert [i for i, _ in versions] == [d.id for d in store.get_documents(["d2", "d0", "nope", "d3"])]
    assert versions == store.document_versions(["d3", "d2", "d0"])  # the same when nothing changed
    before = dict(versions)
    redated = store.get_documents(["d2"])[0]
    redated.published = PublishedDate("2019-06-04", "day", "events", "2019-06-04")
    store.update_layers(redated)
    after = dict(store.document_versions(["d0", "d2", "d3"]))
    assert after["d2"] != before["d2"] and after["d0"] == before["d0"] and after["d3"] == before["d3"]
    assert len(set(after.values())) == 3  # another text, another version


def test_store_links_neighbourhood_reads(store: Store) -> None:
    _filled(store)
    assert [d.id for d in store.get_documents(["d2", "d0", "nope"])] == ["d0", "d2"]  # ingest order
    assert store.get_documents(["d1"], layers=False)[0].text.startswith("Bericht d1")
    assert store.document_ids_published("2019-06-02", "2019-06-03") == ["d1", "d2"]
    assert sorted(store.entity_mentions_in(["d1", "d3"])) == [("e-stad", "d3", 30, 37), ("e-utrecht", "d1", 30, 37)]
    assert [e.name for e in store.entity_rows(["e-utrecht", "x"])] == ["Utrecht"]
    assert store.entity_rows(["e-utrecht"])[0].attributes == {"place": "city"}
    assert store.entity_documents(["e-utrecht", "e-stad"], per_entity=2) == {"e-utrecht": ["d2", "d1"], "e-stad": ["d3"]}
    assert store.event_mentions_in(["d1"]) == [("v-a", "d1", 38, 44)]
    assert store.get_events(["v-a"])[0].mentions == [("d0", 38, 44), ("d1", 38, 44)]
    assert store.story_ids_of(["d0", "d3"]) == {"d0": ["s-a"]}


@pytest.mark.parametrize("layers, mentions, tokens", [
    (True, 1, 2),  # every layer
    (False, 0, 0),  # the row only (story linking reads texts and dates)
    (["mentions", "chains"], 1, 0),  # what entity linking reads: no tokens decoded
    (["tokens", "no-such-layer"], 0, 2),  # an unknown name asks for nothing
])
def test_store_links_get_documents_reads_only_the_layers_asked(store: Store, layers, mentions: int, tokens: int) -> None:
    doc = _doc("d0", "2019-06-01")
    doc.mentions = [Mention(30, 37, "LOC")]
    doc.tokens = [Token(0, 7, "bericht", "N"), Token(30, 37, "Utrecht", "SPEC")]
    store.add_document(doc, text_hash="h0")
    got = store.get_documents(["d0"], layers=layers)[0]
    assert (len(got.mentions), len(got.tokens)) == (mentions, tokens)
    assert got.text == doc.text and got.published == doc.published


def test_store_links_single_row_writes(store: Store) -> None:
    _filled(store)
    store.upsert_entities([Entity("e-utrecht", "LOC", "Utrecht", ["Utrecht", "Utreg"], [("d3", 0, 7)])])
    got = store.get_entity("e-utrecht")
    assert got is not None and got.aliases == ["Utrecht", "Utreg"]
    assert len(got.mentions) == 4  # the new mention is added, the stored ones kept
    store.upsert_events([Event("v-a", "other", "opende brug", None, [], [], "asserted",
                               [("d0", 38, 44), ("d1", 38, 44), ("d2", 38, 44)])])
    assert len(store.get_events(["v-a"])[0].mentions) == 3
    assert store.counts()["linked_events"] == 1
    store.upsert_stories([Story("s-a", "brug", ["d0", "d1", "d2"], ["v-a"], "2019-06-01", "2019-06-03")])
    assert store.story_ids_of(["d2"]) == {"d2": ["s-a"]}
    store.delete_events(["v-a"])
    assert store.events() == [] and store.get_stories(["s-a"])[0].events == []
    store.delete_stories(["s-a"])
    assert store.stories() == []


def test_store_links_merge_moves_mentions_keys_and_redirects(store: Store) -> None:
    _filled(store)
    store.replace_link_keys("entity", {"e-utrecht": ["utrecht"], "e-stad": ["stad utrecht", "utrecht"]})
    store.add_redirects("entity", {"e-oud": "e-stad"})
    store.merge_entities("e-utrecht", ["e-stad"])
    assert store.entity_rows(["e-stad"]) == []
    got = store.get_entity("e-utrecht")
    assert got is not None and ("d3", 30, 37) in got.mentions
    assert store.ids_with_keys("entity", ["stad utrecht", "utrecht", "nergens"]) == {
        "stad utrecht": {"e-utrecht"}, "utrecht": {"e-utrecht"}}
    assert store.resolve_redirect("entity", "e-stad") == "e-utrecht"
    assert store.resolve_redirect("entity", "e-oud") == "e-utrecht"  # chains stay one step long
    assert store.resolve_redirect("event", "e-stad") is None  # kinds are apart
    store.add_redirects("entity", {"e-utrecht": "e-stad"})  # back again: no redirect loops
    assert store.resolve_redirect("entity", "e-stad") is None
    assert store.resolve_redirect("entity", "e-utrecht") == "e-stad"


def test_store_links_full_replace_clears_its_keys(store: Store) -> None:
    _filled(store)
    store.replace_link_keys("entity", {"e-utrecht": ["utrecht"]})
    store.replace_link_keys("event", {"v-a": ["l:openen@2019-06-01"]})
    store.replace_link_keys("built", {"1": ["1"]})
    store.replace_entities(store.entities())
    assert store.ids_with_keys("entity", ["utrecht"]) == {}
    assert store.ids_with_keys("built", ["1"]) == {}
    assert store.ids_with_keys("event", ["l:openen@2019-06-01"]) == {"l:openen@2019-06-01": {"v-a"}}
    store.delete_entities(["e-utrecht"])
    assert store.get_entity("e-utrecht") is None
    store.clear_link_keys()
    assert store.ids_with_keys("event", ["l:openen@2019-06-01"]) == {}


def _clusters(s: Store) -> tuple:
    return ({e.id: sorted(e.mentions) for e in s.entities()}, {e.id: sorted(e.mentions) for e in s.events()},
            {x.id: sorted(x.documents) for x in s.stories()})


@pytest.fixture(scope="module")
def memory_clusters(recorded_seed_docs) -> tuple:
    """What the memory store holds after linking the recorded-Frog seeds two at a time (once per module)."""
    from kroniek.evaluation.link_agreement import replay
    from kroniek.store import open_store

    return _clusters(replay(clone(recorded_seed_docs), open_store("memory:"), 2))


@pytest.mark.slow  # a replay of the seeds per backend: seconds each
def test_store_links_incremental_linking_gives_the_same_clusters_on_every_backend(store: Store, recorded_seed_docs,
                                                                                  memory_clusters) -> None:
    """The five seeds (recorded Frog) linked two at a time: each backend ends with the clusters the
    memory store gets, ids included."""

    from kroniek.evaluation.link_agreement import replay

    assert _clusters(replay(clone(recorded_seed_docs), store, 2)) == memory_clusters
