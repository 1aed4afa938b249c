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
    d.quotes = [Quote(14, 40, 9, 13, "e-1", "sprak", direct=False)]
    d.events = [EventMention(14, 19, "statement", "spreken", "probable", "2020-01-05",
                             (("agent", 9, 13), ("location", 32, 40)), "v-1")]
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


def test_open_store_refuses_postgres_for_now():
    with pytest.raises(StoreError, match="PostgreSQL"):
        open_store("postgresql://localhost/kroniek")


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
