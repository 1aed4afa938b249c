from __future__ import annotations

import sqlite3

import pytest

from kroniek.errors import StoreError
from kroniek.model import (
    Document,
    Entity,
    EventMention,
    Mention,
    PublishedDate,
    Quote,
    Sentence,
    Timex,
    Token,
)
from kroniek.store import SQLiteStore, open_store
from kroniek.store.sqlite import MIGRATIONS


def _doc(doc_id: str = "d-1", text: str = "Minister Blok sprak gisteren in Den Haag.") -> Document:
    d = Document(
        id=doc_id, text=text, source="x.txt", raw_hash="r", title="Blok",
        published=PublishedDate("2020-01", "month", "metadata", " date 2020-01"),
        warnings=["truncated"], meta={"author": "NOS"},
    )
    d.sentences = [Sentence(0, len(text), 0, 2)]
    d.tokens = [Token(0, 8, "minister", "N(soort,ev,basis,zijd,stan)"), Token(9, 13, "Blok", "SPEC(deeleigen)", ner="B-PER", head=0, deprel="app")]
    d.mentions = [Mention(9, 13, "PER", subtype="", attributes={"x": 1})]
    d.timexes = [Timex(20, 28, "DATE", "2020-01-05", ("weekday-mismatch",))]
    # Every field set away from its default, so a layer or column the store drops shows up.
    d.quotes = [Quote(14, 40, 9, 13, "sprak", direct=False)]
    d.events = [EventMention(14, 19, "statement", "spreken", "probable", "2020-01-05",
                             (("agent", 9, 13), ("location", 32, 40)))]
    return d


def test_sqlite_roundtrip_keeps_every_field_and_layer(tmp_path):
    store = SQLiteStore(tmp_path / "k.db")
    doc = _doc()
    assert store.add_document(doc, text_hash="h1", signature=b"sig")
    store.close()
    again = SQLiteStore(tmp_path / "k.db")
    assert again.get_document("d-1") == doc
    assert [r.signature for r in again.dedup_rows()] == [b"sig"]
    assert again.find_by_text_hash("h1") == "d-1"
    assert again.stats()["tokens"] == 2


def test_sqlite_add_is_idempotent(tmp_path):
    store = SQLiteStore(tmp_path / "k.db")
    assert store.add_document(_doc(), text_hash="h")
    assert not store.add_document(_doc(), text_hash="h")
    assert store.stats()["documents"] == 1


def test_sqlite_failed_transaction_leaves_nothing(tmp_path, monkeypatch):
    store = SQLiteStore(tmp_path / "k.db")
    store.add_document(_doc("d-0"), text_hash="h0")

    def boom(doc):
        raise RuntimeError("crash while writing layers")

    monkeypatch.setattr(store, "_write_layers", boom)
    with pytest.raises(RuntimeError):
        store.add_document(_doc("d-1"), text_hash="h1")
    monkeypatch.undo()
    assert not store.has_document("d-1")
    assert store.get_document("d-0") is not None
    # and the store is still writable: the next run resumes
    assert store.add_document(_doc("d-1"), text_hash="h1")


def test_sqlite_migrations_run_once_and_record_version(tmp_path):
    path = tmp_path / "k.db"
    SQLiteStore(path).close()
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    SQLiteStore(path).close()  # reopening does not re-run them


def test_sqlite_refuses_a_non_database_file_with_a_clear_error(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="notes.db"):
        open_store(bad)


def test_sqlite_refuses_a_newer_schema(tmp_path):
    path = tmp_path / "k.db"
    SQLiteStore(path).close()
    c = sqlite3.connect(path)
    c.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    c.commit()
    c.close()
    with pytest.raises(StoreError, match="upgrade kroniek"):
        SQLiteStore(path)


def test_sqlite_replace_entities_replaces(tmp_path):
    store = SQLiteStore(tmp_path / "k.db")
    store.add_document(_doc(), text_hash="h")
    e = Entity("e-1", "PER", "Stef Blok", ["Blok"], [("d-1", 9, 13)], {"roles": ["minister"]})
    store.replace_entities([e])
    assert store.entities() == [e]
    store.replace_entities([])
    assert store.entities() == []


def test_sqlite_events_and_stories_roundtrip(tmp_path):
    from kroniek.model import Event, Story

    store = SQLiteStore(tmp_path / "k.db")
    store.add_document(_doc(), text_hash="h")
    ev = Event("v-1", "statement", "Blok spreekt", {"value": "2020-01-05", "granularity": "day"},
               ["e-2"], [("agent", "e-1")], "asserted", [("d-1", 14, 19)], {"sources": 1})
    st = Story("s-1", "Blok", ["d-1"], ["v-1"], "2020-01-05", "2020-01-05")
    store.replace_events([ev])
    store.replace_stories([st])
    assert store.events() == [ev]
    assert store.stories() == [st]
    assert store.stats()["stories"] == 1


def test_sqlite_store_of_the_previous_schema_reads_back_unchanged(tmp_path, fixtures_dir):
    """schema3.db was written by kroniek before named migrations (positional layers): it migrates in place."""
    import shutil
    import sys

    sys.path.insert(0, str(fixtures_dir / "store"))
    try:
        import old_schema
    finally:
        sys.path.pop(0)
    path = tmp_path / "old.db"
    shutil.copy(fixtures_dir / "store" / "schema3.db", path)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 3
    # It carries the fields removed since (Mention.entity, Quote.speaker, EventMention.event).
    layers = dict(sqlite3.connect(path).execute("SELECT name, data FROM layers WHERE doc_id = 'd-old-1'").fetchall())
    assert '"e-bijleveld"' in layers["mentions"] and '"e-bijleveld"' in layers["quotes"] and '"v-1"' in layers["events"]
    store = SQLiteStore(path)
    assert [store.get_document(d.id) for d in old_schema.documents()] == old_schema.documents()
    assert store.entities() == old_schema.entities()
    assert store.events() == old_schema.events()
    assert store.stories() == old_schema.stories()
    assert [r.signature for r in store.dedup_rows()] == [b"sig", None]
    assert store.applied_migrations() == [m.name for m in MIGRATIONS]
    assert store.stats()["tokens"] == 2 and store.document_ids(with_layer="quotes") == ["d-old-1"]
    from kroniek.search import SearchIndex

    assert [h.doc for h in SearchIndex(store).search("mariniers").hits] == ["d-old-1"]
    assert dict(SearchIndex(store).facets("mariniers")["genre"]) == {"news": 1}  # m011_search_docs built its row
    store.close()
    raw = sqlite3.connect(path)
    assert {v for (v,) in raw.execute("SELECT DISTINCT version FROM layers")} == {2}
    assert all(data.startswith('{"fields":') for (data,) in raw.execute("SELECT data FROM layers"))
    assert raw.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)


def test_sqlite_layers_are_read_by_field_name(tmp_path):
    """A layer row whose fields come in another order (or with a field this kroniek lacks) still reads right."""
    import json

    store = SQLiteStore(tmp_path / "k.db")
    store.add_document(_doc(), text_hash="h")
    shuffled = {"fields": ["value", "type", "future_field", "end", "start"], "rows": [["2020-01-05", "DATE", 1, 28, 20]]}
    store.conn.execute("UPDATE layers SET data = ? WHERE name = 'timexes'", (json.dumps(shuffled),))
    assert store.get_document("d-1").timexes == [Timex(20, 28, "DATE", "2020-01-05")]


@pytest.mark.parametrize(("layer", "fields", "row"), [
    pytest.param("mentions", ["start", "end", "type", "source", "subtype", "entity", "attributes"],
                 [9, 13, "PER", "frog", "", "e-1", {"x": 1}], id="Mention.entity, never set, removed"),
    pytest.param("quotes", ["start", "end", "speaker_start", "speaker_end", "speaker", "cue", "direct"],
                 [14, 40, 9, 13, "e-1", "sprak", False], id="Quote.speaker, never set, removed"),
    pytest.param("events", ["start", "end", "type", "lemma", "factuality", "when", "arguments", "event"],
                 [14, 19, "statement", "spreken", "probable", "2020-01-05", [["agent", 9, 13], ["location", 32, 40]],
                  "v-1"], id="EventMention.event, never set, removed"),
])
def test_sqlite_layers_written_with_fields_since_removed_still_read(tmp_path, layer, fields, row):
    """Stores written before issue #17 hold three fields kroniek no longer has: reading drops them."""
    import json

    store = SQLiteStore(tmp_path / "k.db")
    store.add_document(_doc(), text_hash="h")
    store.conn.execute("UPDATE layers SET data = ? WHERE name = ?", (json.dumps({"fields": fields, "rows": [row]}), layer))
    assert getattr(store.get_document("d-1"), layer) == getattr(_doc(), layer)


def test_sqlite_store_written_before_the_chains_layer_still_reads(tmp_path):
    """A store written before the coref component existed has no "chains" rows: its documents
    read with an empty chains layer, and writing them again adds the layer."""
    from kroniek.model import ChainMention

    store = SQLiteStore(tmp_path / "k.db")
    store.add_document(_doc(), text_hash="h")
    store.conn.execute("DELETE FROM layers WHERE name = 'chains'")
    old = store.get_document("d-1")
    assert old.chains == [] and old.quotes == _doc().quotes
    old.chains = [ChainMention(0, 5, 0, "name", "PER")]
    store.update_layers(old)
    assert store.get_document("d-1").chains == [ChainMention(0, 5, 0, "name", "PER")]


def test_sqlite_refuses_a_store_with_unknown_migrations(tmp_path):
    path = tmp_path / "k.db"
    SQLiteStore(path).close()
    c = sqlite3.connect(path)
    c.execute("INSERT INTO migrations (name) VALUES ('m099_from_the_future')")
    c.commit()
    c.close()
    with pytest.raises(StoreError, match="m099_from_the_future.*upgrade kroniek"):
        SQLiteStore(path)
