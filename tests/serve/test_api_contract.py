"""An API others build on (issue 15 part 6): one field per fact, names with ids, filters by name,
one error shape, next links on every list, HTTP caching, HEAD/OPTIONS, CORS, CSV and Atom exports."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from kroniek.serve.app import create_app
from kroniek.settings import Settings

ATOM = "{http://www.w3.org/2005/Atom}"


def test_api_timeline_participants_and_places_have_names_and_ids(client: TestClient) -> None:
    events = client.get("/api/timeline").json()["events"]
    attack = next(e for e in events if e["type"] == "attack")
    assert attack["participants"] == [{"role": "agent", "entity": attack["participants"][0]["entity"],
                                       "name": "Verenigde Staten"}]
    assert [p["name"] for p in attack["places"]] == ["Irak"] and attack["places"][0]["entity"].startswith("e-")
    for e in events:  # one field per fact: no when/date, where/places, event/id pairs
        assert not {"when", "where", "event"} & e.keys()


def test_api_event_detail_names_participants(client: TestClient) -> None:
    ev = client.get("/api/events").json()["events"][0]
    detail = client.get(f"/api/events/{ev['id']}").json()
    assert detail["places"] == ev["places"] and "where" not in detail
    assert all(p["name"] and p["entity"] for p in detail["participants"] + detail["places"])


@pytest.mark.parametrize("key", ["Verenigde Staten", "verenigde staten", "VS"])
def test_api_events_entity_filter_takes_a_name_or_alias(client: TestClient, key: str) -> None:
    events = client.get("/api/events", params={"all": 1, "limit": 500}).json()["events"]
    vs = next(p["entity"] for e in events for p in e["participants"] if p["name"] == "Verenigde Staten")
    assert {e["id"] for e in client.get("/api/events", params={"entity": key}).json()["events"]} == \
        {e["id"] for e in client.get("/api/events", params={"entity": vs}).json()["events"]} != set()


def test_api_quotes_speaker_filter_takes_a_name(client: TestClient) -> None:
    every = client.get("/api/quotes", params={"limit": 500}).json()["quotes"]
    sid = next(q["speaker"] for q in every if q["speaker_name"] == "Ank Bijleveld")
    by_id = client.get("/api/quotes", params={"speaker": sid, "limit": 500}).json()
    by_name = client.get("/api/quotes", params={"speaker": "Bijleveld", "limit": 500}).json()
    assert by_id["total"] == by_name["total"] > 0 and by_id["quotes"] == by_name["quotes"]


@pytest.mark.parametrize(
    "url",
    ["/api/documents", "/api/entities", "/api/events?all=1", "/api/quotes", "/api/stories", "/api/timeline?all=1",
     "/api/search?q=Irak", "/api/export"],
)
def test_api_every_list_has_next_links_that_walk_all_pages(client: TestClient, url: str) -> None:
    first = client.get(url + ("&" if "?" in url else "?") + "limit=2").json()
    total, seen, body = first["total"], 0, first
    assert total > 2, url
    while True:
        key = next(k for k in ("documents", "entities", "events", "quotes", "stories", "results") if k in body)
        seen += len(body[key])
        if body["next"] is None:
            break
        body = client.get(body["next"]).json()
    assert seen == total


def test_api_story_detail_pages_its_events(client: TestClient) -> None:
    story = next(s for s in client.get("/api/stories").json()["stories"] if len(s["documents"]) == 4)
    whole = client.get(f"/api/stories/{story['id']}", params={"all": 1}).json()
    first = client.get(f"/api/stories/{story['id']}", params={"all": 1, "limit": 1}).json()
    assert first["events_total"] == len(whole["event_details"]) > 1
    assert first["event_details"] == whole["event_details"][:1] and first["next"]


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/api/search?q=Irak&date_from=gisteren", 422),
        ("/api/documents?limit=0", 422),
        ("/api/events?type=nonsense", 422),
        ("/api/entities?type=nonsense", 422),
        ("/api/entities/e-nope", 404),
        ("/api/nope", 404),
    ],
)
def test_api_errors_share_one_shape(client: TestClient, url: str, status: int) -> None:
    r = client.get(url)
    assert r.status_code == status
    body = r.json()
    assert set(body) == {"detail", "errors"} and isinstance(body["detail"], str)
    if status == 422:
        assert body["errors"] and all({"loc", "msg", "type"} <= e.keys() for e in body["errors"])


def test_api_etag_and_not_modified(client: TestClient) -> None:
    r = client.get("/api/documents")
    assert r.headers["cache-control"] == "no-cache" and r.headers["etag"].startswith('"')
    again = client.get("/api/documents", headers={"If-None-Match": r.headers["etag"]})
    assert again.status_code == 304 and again.content == b""
    assert client.get("/api/documents", headers={"If-None-Match": '"other"'}).status_code == 200
    assert "etag" not in client.get("/api/entities/e-nope").headers


def test_api_head_mirrors_get_without_body(client: TestClient) -> None:
    get, head = client.get("/api/stories"), client.head("/api/stories")
    assert head.status_code == 200 and head.content == b""
    assert head.headers["etag"] == get.headers["etag"] and head.headers["content-type"] == get.headers["content-type"]
    assert client.head("/api/entities/e-nope").status_code == 404


def test_api_options_names_allowed_methods(client: TestClient) -> None:
    r = client.options("/api/documents")
    assert r.status_code == 204 and r.headers["allow"] == "GET, HEAD, OPTIONS"
    assert "POST" in client.options("/api/ingest").headers["allow"]


def test_api_cors_only_when_configured(seed_db: Path, client: TestClient) -> None:
    origin = {"Origin": "https://example.org"}
    assert "access-control-allow-origin" not in client.get("/api/documents", headers=origin).headers
    app = create_app(str(seed_db), Settings(db=str(seed_db), api_token=None, cors_origins=("https://example.org",)))
    c = TestClient(app)
    assert c.get("/api/documents", headers=origin).headers["access-control-allow-origin"] == "https://example.org"
    pre = c.options("/api/documents", headers={**origin, "Access-Control-Request-Method": "GET"})
    assert pre.status_code == 200 and "GET" in pre.headers["access-control-allow-methods"]
    other = c.get("/api/documents", headers={"Origin": "https://elders.example"})
    assert "access-control-allow-origin" not in other.headers


def test_api_events_csv_has_gdelt_like_columns(client: TestClient) -> None:
    r = client.get("/api/export/events.csv")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert {"date", "actor1", "actor2", "cameo_root", "place", "source_url"} <= rows[0].keys()
    attack = [row for row in rows if row["event_type"] == "attack"]
    assert attack and all(row["cameo_root"] == "19" and row["actor1"] == "Verenigde Staten" and row["place"] == "Irak"
                          for row in attack)
    assert len({row["doc_id"] for row in attack}) == int(attack[0]["num_sources"])  # one row per source


def _feed(client: TestClient, url: str) -> ET.Element:
    r = client.get(url)
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/atom+xml"), r.text
    return ET.fromstring(r.content)


def test_api_atom_feeds_per_search_story_and_entity(client: TestClient) -> None:
    search = _feed(client, "/api/search/feed?q=droneaanval")
    entries = search.findall(f"{ATOM}entry")
    assert entries and all("droneaanval" in e.findtext(f"{ATOM}summary", "").lower() for e in entries)
    story = next(s for s in client.get("/api/stories").json()["stories"] if len(s["documents"]) == 4)
    assert len(_feed(client, f"/api/stories/{story['id']}/feed").findall(f"{ATOM}entry")) == 4
    ent = client.get("/api/entities", params={"q": "bijleveld"}).json()["entities"][0]
    feed = _feed(client, f"/api/entities/{ent['id']}/feed")
    dates = [e.findtext(f"{ATOM}updated") for e in feed.findall(f"{ATOM}entry")]
    assert dates and dates == sorted(dates, reverse=True)
    assert client.get("/api/stories/s-nope/feed").status_code == 404


def test_api_export_pages_keep_the_contract(client: TestClient) -> None:
    whole = client.get("/api/export").json()
    page = client.get("/api/export", params={"limit": 1, "offset": 0}).json()
    assert page["format"] == whole["format"] == "kroniek-export/1"
    (doc,) = page["documents"]
    assert all(t["doc"] == doc["id"] for t in page["timexes"]) and all(q["doc"] == doc["id"] for q in page["quotes"])
    assert whole["next"] is None and page["next"]
