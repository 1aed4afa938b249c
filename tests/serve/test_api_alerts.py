"""GET /api/alerts, /api/alerts/{name} and the Atom feed per alert."""

from __future__ import annotations

from pathlib import Path

import feedparser
import pytest
from fastapi.testclient import TestClient

from kroniek.alerts import add_alert, check_alerts, make_alert
from kroniek.model import Document, PublishedDate
from kroniek.serve.app import create_app
from kroniek.settings import Settings
from kroniek.store import open_store

# Short news items written for this test.
ITEMS = [
    ("d-brand", "Brand in loods in Heerenveen", "In een loods in Heerenveen is dinsdagavond brand uitgebroken. "
     "Volgens de brandweer raakte niemand gewond.", "https://regio.example/nieuws/1"),
    ("d-wethouder", "Sneek kiest wethouder", "De gemeenteraad van Sneek koos woensdag een nieuwe wethouder.", None),
    ("d-brand2", "Weer brand in Heerenveen", "Opnieuw woedde donderdag een brand in Heerenveen, nu in een schuur.",
     "https://regio.example/nieuws/3"),
]


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    db = str(tmp_path / "alerts.db")
    store = open_store(db)
    add_alert(store, make_alert("branden", "query", "brand"))
    add_alert(store, make_alert("stil", "query", "overstroming"))
    for i, (doc_id, title, text, url) in enumerate(ITEMS):
        d = Document(id=doc_id, text=text, source=f"{doc_id}.txt", raw_hash="r" + doc_id, title=title, url=url,
                     publisher="Regio Voorbeeld", published=PublishedDate(f"2026-12-0{i + 1}", "day"))
        store.add_document(d, text_hash="h" + doc_id)
    check_alerts(store, now="2026-12-06T10:00:00Z")
    store.close()
    return TestClient(create_app(db, Settings(db=db, api_token=None)))


def test_api_alerts_list_with_match_counts(client: TestClient) -> None:
    r = client.get("/api/alerts")
    assert r.status_code == 200
    assert [(a["name"], a["kind"], a["value"], a["matches"]) for a in r.json()["alerts"]] == [
        ("branden", "query", "brand", 2), ("stil", "query", "overstroming", 0)]


def test_api_alert_page_of_matches(client: TestClient) -> None:
    r = client.get("/api/alerts/branden", params={"limit": 1})
    body = r.json()
    assert r.status_code == 200 and body["total"] == 2 and len(body["matches"]) == 1
    m = body["matches"][0]
    assert m["doc"] == "d-brand2" and m["title"] == "Weer brand in Heerenveen"  # newest first
    assert m["url"] == "https://regio.example/nieuws/3" and m["published"] == "2026-12-03"
    assert m["why"].startswith("query brand: Opnieuw woedde donderdag een brand")
    assert client.get("/api/alerts/branden", params={"offset": 1}).json()["matches"][0]["doc"] == "d-brand"


@pytest.mark.parametrize("path", ["/api/alerts/onbekend", "/api/alerts/onbekend.atom"])
def test_api_alert_unknown_is_404(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404 and "no such alert" in r.json()["detail"]


def test_api_alert_atom_feed_reads_in_a_feed_reader(client: TestClient) -> None:
    r = client.get("/api/alerts/branden.atom")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(r.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10" and feed.feed.title == "kroniek: branden (query brand)"
    assert [e.id for e in feed.entries] == ["urn:kroniek:alert:branden:d-brand2", "urn:kroniek:alert:branden:d-brand"]
    first = feed.entries[0]
    assert first.title == "Weer brand in Heerenveen" and first.link == "https://regio.example/nieuws/3"
    assert first.updated == "2026-12-06T10:00:00Z" and first.author == "Regio Voorbeeld"
    assert "Opnieuw woedde" in first.summary
    empty = feedparser.parse(client.get("/api/alerts/stil.atom").content)
    assert not empty.bozo and empty.entries == []
