"""REST API over the seed store: shapes, paging, filters, 4xx errors and the write token."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from kroniek.model import Document
from kroniek.pipeline import Pipeline
from kroniek.serve.deps import get_pipeline


def test_api_search_finds_plural_query_in_singular_sentence(client: TestClient) -> None:
    r = client.get("/api/search", params={"q": "ministers"})
    assert r.status_code == 200
    body = r.json()
    assert body["total"] > 0 and body["results"]
    hit = body["results"][0]
    assert {"doc", "title", "date", "sentence", "start", "end", "highlights"} <= hit.keys()
    doc = client.get(f"/api/documents/{hit['doc']}").json()
    if hit["start"] is not None:
        assert doc["text"][hit["start"]:hit["end"]] == hit["sentence"]
    for s, e in hit["highlights"]:
        assert doc["text"][s:e].lower().startswith("minister")


@pytest.mark.parametrize(
    ("params", "check"),
    [
        pytest.param({"genre": "letter"}, lambda h: h["genre"] == "letter", id="genre filter keeps letters only"),
        pytest.param({"date_to": "2019"}, lambda h: h["date"].startswith("2019"), id="year upper bound drops 2020"),
        pytest.param({"date_from": "2020-01-01"}, lambda h: h["date"] >= "2020-01", id="lower bound drops 2019"),
        pytest.param({"source": "NOS"}, lambda h: h["publisher"] == "NOS", id="publisher as source"),
    ],
)
def test_api_search_filters(client: TestClient, params: dict[str, str], check: object) -> None:
    body = client.get("/api/search", params={"q": "Irak", **params}).json()
    assert body["results"], params
    assert all(check(h) for h in body["results"])  # type: ignore[operator]


def test_api_search_entity_and_event_type_filters_narrow(client: TestClient) -> None:
    everything = client.get("/api/search", params={"q": "Irak", "limit": 500}).json()["total"]
    with_person = client.get("/api/search", params={"q": "Irak", "entity": "Stoltenberg", "limit": 500}).json()
    assert 0 < with_person["total"] < everything
    assert len({h["doc"] for h in with_person["results"]}) == 1


def test_api_search_event_type_filter_applies_per_sentence(client: TestClient) -> None:
    # Issue 15: the filter keeps the sentences that tell an attack, not every sentence of a
    # document that tells one somewhere ("Irak" sentences of the attack reports are left out).
    everything = client.get("/api/search", params={"q": "Amerikaanse", "limit": 500}).json()
    attack = client.get("/api/search", params={"q": "Amerikaanse", "event_type": "attack", "limit": 500}).json()
    assert 0 < attack["total"] < everything["total"]
    assert all(("droneaanval" in h["sentence"]) or ("liquidatie" in h["sentence"]) for h in attack["results"])
    assert client.get("/api/search", params={"q": "Irak", "event_type": "attack"}).json()["total"] == 0


def test_api_search_paging_has_totals(client: TestClient) -> None:
    first = client.get("/api/search", params={"q": "Irak", "limit": 2}).json()
    second = client.get("/api/search", params={"q": "Irak", "limit": 2, "offset": 2}).json()
    assert first["total"] == second["total"] > 4
    assert [h["start"] for h in first["results"]] != [h["start"] for h in second["results"]]


@pytest.mark.parametrize(
    ("url", "status", "words"),
    [
        pytest.param("/api/search?q=Irak&date_from=2020-13-01", 422, "not a date", id="month 13"),
        pytest.param("/api/timeline?date_to=gisteren", 422, "not a date", id="words as a date"),
        pytest.param("/api/events?type=nonsense", 422, "not an event type", id="unknown event type (was 200)"),
        pytest.param("/api/search?q=Irak&event_type=nonsense", 422, "not an event type", id="unknown event type in search"),
        pytest.param("/api/search?q=Irak&sort=oldest", 422, "sort", id="unknown sort order"),
        pytest.param("/api/documents?limit=0", 422, "limit", id="limit below range"),
        pytest.param("/api/documents?limit=100000", 422, "limit", id="limit above range"),
        pytest.param("/api/entities?offset=-1", 422, "offset", id="negative offset"),
        pytest.param("/api/search", 422, "q", id="search without a query"),
        pytest.param("/api/documents/d-0000000000000000", 404, "no document", id="unknown document"),
        pytest.param("/api/entities/e-nope", 404, "no entity", id="unknown entity"),
        pytest.param("/api/stories/s-nope", 404, "no story", id="unknown story"),
        pytest.param("/api/events/v-nope", 404, "no event", id="unknown event"),
        pytest.param("/api/timeline?story=s-nope", 404, "no story", id="timeline of unknown story"),
    ],
)
def test_api_errors_are_clear_4xx(client: TestClient, url: str, status: int, words: str) -> None:
    r = client.get(url)
    assert r.status_code == status
    assert words in r.json()["detail"]


def test_api_timeline_is_time_ordered(client: TestClient) -> None:
    events = client.get("/api/timeline").json()["events"]
    assert len(events) >= 2
    dates = [e["date"] for e in events if e["date"]]
    assert dates == sorted(dates)
    for e in events:
        assert e["sources"] and all(m["sentence"].startswith("t-") for m in e["mentions"])
    people = client.get("/api/timeline", params={"entity": "Verenigde Staten"}).json()["events"]
    assert {e["type"] for e in people} == {"attack"}  # the VS is the attack's agent only
    assert client.get("/api/timeline", params={"date_to": "2019"}).json()["total"] == 1
    story = next(s for s in client.get("/api/stories").json()["stories"] if len(s["documents"]) == 4)
    only = client.get("/api/timeline", params={"story": story["id"]}).json()["events"]
    assert {e["id"] for e in only} == set(story["events"])


def test_api_stories_keep_months_apart_separate(client: TestClient) -> None:
    stories = client.get("/api/stories").json()["stories"]
    sizes = sorted(len(s["documents"]) for s in stories)
    assert sizes == [1, 1, 4]  # the hostile test document, May 2019, January 2020
    jan = next(s for s in stories if len(s["documents"]) == 4)
    assert jan["first"].startswith("2020-01") and jan["last"].startswith("2020-01")
    detail = client.get(f"/api/stories/{jan['id']}").json()
    for ev in detail["event_details"]:
        for m in ev["mentions"]:
            assert m["sentence"].startswith("t-") and m["text"] in m["sentence_text"]


def test_api_document_layers_point_into_text(client: TestClient) -> None:
    docs = client.get("/api/documents", params={"limit": 500}).json()
    assert docs["total"] == 6
    for summary in docs["documents"]:
        d = client.get(f"/api/documents/{summary['id']}").json()
        starts = {s["start"] for s in d["sentences"]}
        for layer in ("mentions", "timexes", "quotes", "events"):
            for item in d[layer]:
                assert d["text"][item["start"]:item["end"]] == item["text"]
                assert int(item["sentence"][2:]) in starts


def test_api_entity_has_quotes_related_and_place(client: TestClient) -> None:
    ents = client.get("/api/entities", params={"q": "bijleveld"}).json()["entities"]
    assert len(ents) == 1
    e = client.get(f"/api/entities/{ents[0]['id']}").json()
    assert "Bijleveld" in e["aliases"]
    assert any("begrip" in q["text"] for q in e["quotes"])
    assert e["related"] and e["over_time"][0]["period"] == "2020-01"
    irak = client.get("/api/entities", params={"q": "irak", "type": "LOC"}).json()["entities"][0]
    assert client.get(f"/api/entities/{irak['id']}").json()["location"] == {"lat": 33.0, "lon": 44.0}


def test_api_export_follows_contract(client: TestClient) -> None:
    data = client.get("/api/export").json()
    assert data["format"] == "kroniek-export/1"
    assert len(data["stories"]) == 3 and len(data["documents"]) == 6


def test_api_openapi_lists_every_resource(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for p in ("/api/documents", "/api/entities", "/api/events", "/api/quotes", "/api/stories",
              "/api/timeline", "/api/search", "/api/export", "/api/ingest"):
        assert p in paths


def test_api_ingest_refused_without_configured_token(client: TestClient) -> None:
    r = client.post("/api/ingest", files={"files": ("a.txt", b"Tekst.", "text/plain")})
    assert r.status_code == 403
    assert "KRONIEK_API_TOKEN" in r.json()["detail"]


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        pytest.param({}, 401, id="no token sent"),
        pytest.param({"Authorization": "Bearer wrong"}, 403, id="wrong token"),
        pytest.param({"X-Kroniek-Token": "wrong"}, 403, id="wrong token in header"),
    ],
)
def test_api_ingest_checks_token(token_client: TestClient, headers: dict[str, str], status: int) -> None:
    r = token_client.post("/api/ingest", headers=headers, files={"files": ("a.txt", b"Tekst.", "text/plain")})
    assert r.status_code == status


class _NoAnalysis:
    """A stand-in analysis step without Frog: these tests are about the API, not the NLP."""

    name = "test-noop"

    def __call__(self, doc: Document) -> Document:
        return doc


def test_api_ingest_upload_is_stored_indexed_and_grouped(token_client: TestClient) -> None:
    token_client.app.dependency_overrides[get_pipeline] = lambda: lambda: Pipeline([_NoAnalysis()])  # type: ignore[attr-defined]
    text = b"De ministers van Defensie vergaderden gisteren in Den Haag over de missie.\n"
    r = token_client.post(
        "/api/ingest?wait=true", headers={"Authorization": "Bearer s3cret"},
        files={"files": ("../../etc/brief.txt", text, "text/plain")},
    )
    assert r.status_code == 200, r.text
    assert len(r.json()["added"]) == 1 and r.json()["status"] == "done"
    hits = token_client.get("/api/search", params={"q": "minister"}).json()
    assert hits["total"] == 1
    assert token_client.get("/api/stories").json()["total"] == 1
    again = token_client.post(
        "/api/ingest?wait=1", headers={"Authorization": "Bearer s3cret"}, files={"files": ("brief.txt", text, "text/plain")},
    ).json()
    assert again["added"] == [] and len(again["skipped"]) == 1


def test_api_ingest_job_checks_new_documents_against_the_alerts(token_client: TestClient) -> None:
    from kroniek.alerts import add_alert, make_alert
    from kroniek.store import open_store

    token_client.app.dependency_overrides[get_pipeline] = lambda: lambda: Pipeline([_NoAnalysis()])  # type: ignore[attr-defined]
    store = open_store(token_client.app.state.db)  # type: ignore[attr-defined]
    try:
        add_alert(store, make_alert("missie", "query", "missie"))
    finally:
        store.close()
    text = b"Het kabinet verlengt de missie in Irak met een jaar, meldt de minister van Defensie.\n"
    r = token_client.post("/api/ingest?wait=true", headers={"Authorization": "Bearer s3cret"},
                          files={"files": ("missie.txt", text, "text/plain")})
    assert r.status_code == 200, r.text
    page = token_client.get("/api/alerts/missie").json()
    assert page["total"] == 1 and page["matches"][0]["doc"] == r.json()["added"][0]


class _SlowAnalysis(_NoAnalysis):
    """Holds each document until released, so the test can see the job running."""

    def __init__(self) -> None:
        import threading

        self.release = threading.Event()

    def __call__(self, doc: Document) -> Document:
        assert self.release.wait(10)
        return doc


def test_api_ingest_runs_in_the_background_and_reports_progress(token_client: TestClient) -> None:
    # Issue 17: the upload is answered at once (202 + Location); other requests are served while
    # the job runs; the job resource says how far it got and, at the end, what was added.
    import time

    slow = _SlowAnalysis()
    token_client.app.dependency_overrides[get_pipeline] = lambda: lambda: Pipeline([slow])  # type: ignore[attr-defined]
    files = [("files", (f"b{i}.txt", f"De gemeenteraad van Breda vergaderde op dag {i} over parkeren.\n".encode(), "text/plain"))
             for i in range(2)]
    r = token_client.post("/api/ingest", headers={"Authorization": "Bearer s3cret"}, files=files)
    assert r.status_code == 202, r.text
    job = r.json()
    assert r.headers["location"] == job["url"] == f"/api/jobs/{job['id']}" and job["inputs"] == 2
    assert token_client.get("/api/documents").status_code == 200  # the server answers meanwhile
    assert token_client.get(job["url"]).json()["status"] in ("queued", "running")
    slow.release.set()
    for _ in range(200):
        done = token_client.get(job["url"]).json()
        if done["status"] == "done":
            break
        time.sleep(0.05)
    assert done["status"] == "done" and done["processed"] == 2 and len(done["added"]) == 2, done
    assert token_client.get("/api/jobs").json()["jobs"][0]["id"] == job["id"]
    assert token_client.get("/api/jobs/j-nope").status_code == 404


@pytest.mark.parametrize(
    ("data", "words"),
    [
        pytest.param({}, "nothing to ingest", id="no files, no urls"),
        pytest.param({"urls": "file:///etc/passwd"}, "not an http(s) URL", id="local file URL refused"),
    ],
)
def test_api_ingest_bad_requests(token_client: TestClient, data: dict[str, str], words: str) -> None:
    r = token_client.post("/api/ingest", headers={"Authorization": "Bearer s3cret"}, data=data)
    assert r.status_code == 422
    assert words in r.json()["detail"]
