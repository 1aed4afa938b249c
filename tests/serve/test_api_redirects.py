"""GET /api/events/{old} and /api/entities/{old}: an id a merge (or a full relink) retired answers
301 to the id that absorbed it (link.incremental, link.stable_ids)."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from kroniek.model import Document, Entity, Event, PublishedDate
from kroniek.serve.app import create_app
from kroniek.settings import Settings
from kroniek.store import open_store

TEXT = "De brandweer blust een grote brand in een loods in Tilburg. Niemand raakte gewond."


def test_api_retired_event_and_entity_ids_redirect_to_their_new_ids(tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    store = open_store(db)
    store.add_document(Document(id="d1", text=TEXT, source="d1.txt", raw_hash="r1",
                                published=PublishedDate("2019-06-03", "day", "metadata", "2019-06-03")),
                       text_hash="h1")
    store.replace_entities([Entity("e-tilburg", "LOC", "Tilburg", [], [("d1", 51, 58)])])
    store.replace_events([Event("v-brand", "fire", "brand in loods", None, [], [], "asserted", [("d1", 28, 33)])])
    store.add_redirects("event", {"v-oud": "v-brand"})
    store.add_redirects("entity", {"e-oud": "e-tilburg"})
    store.close()
    client = TestClient(create_app(db, Settings(db=db, api_token=None)))
    moved = client.get("/api/events/v-oud", follow_redirects=False)
    assert moved.status_code == 301
    assert moved.headers["location"] == "/api/events/v-brand"
    assert client.get("/api/events/v-oud").json()["id"] == "v-brand"
    assert client.get("/api/entities/e-oud", follow_redirects=False).headers["location"] == "/api/entities/e-tilburg"
    assert client.get("/api/entities/e-oud").json()["name"] == "Tilburg"
    assert client.get("/api/events/v-nooit").status_code == 404  # never an id: still 404
    assert client.get("/api/entities/e-nooit").status_code == 404
