"""The API and pages over a real PostgreSQL store answer exactly as over SQLite (same seeds)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from seedstore import build_seed_store

from kroniek.serve.app import create_app
from kroniek.settings import Settings


@pytest.fixture
def pg_client(postgres_url: str, seeds_dir: Path) -> TestClient:
    build_seed_store(postgres_url, seeds_dir, hostile=True).close()
    return TestClient(create_app(postgres_url, Settings(db=postgres_url, api_token=None)))


def _get(client: TestClient, url: str) -> Any:
    r = client.get(url)
    assert r.status_code == 200, (url, r.text[:300])
    return r.json() if url.startswith("/api") else r.text


def _without_scores(body: dict[str, Any]) -> dict[str, Any]:
    """Search pages compared as sets of hits: BM25 and ts_rank_cd may order equal hits differently."""
    hits = sorted((h["doc"], h["start"] or -1, tuple(map(tuple, h["highlights"]))) for h in body["results"])
    return {**{k: v for k, v in body.items() if k != "results"}, "results": hits}


def test_serve_postgres_api_answers_as_sqlite(client: TestClient, pg_client: TestClient) -> None:
    ents = _get(client, "/api/entities?limit=3")["entities"]
    story = _get(client, "/api/stories?limit=1")["stories"][0]["id"]
    doc = _get(client, "/api/documents?limit=1")["documents"][0]["id"]
    urls = [
        "/api/documents?limit=50", "/api/documents?date_from=2020-01&date_to=2020-01", f"/api/documents/{doc}",
        "/api/entities?limit=50", "/api/entities?q=bijl", f"/api/entities/{ents[0]['id']}",
        "/api/events", "/api/timeline", "/api/stories?limit=50", f"/api/stories/{story}", "/api/quotes",
    ]
    for url in urls:
        assert _get(pg_client, url) == _get(client, url), url
    assert _get(pg_client, "/api/export")["documents"] == _get(client, "/api/export")["documents"]
    for q in ("ministers", "Irak&genre=letter", "Irak&entity=Stoltenberg", "Irak&event_type=attack",
              "droneaanval&facets=true", '"Verenigde Staten"', "minist*"):
        url = f"/api/search?q={q}&limit=100"
        assert _without_scores(_get(pg_client, url)) == _without_scores(_get(client, url)), q


@pytest.mark.parametrize("page", ["/", "/entities", "/search?q=Irak", "/stories/{story}", "/documents/{doc}"])
def test_serve_postgres_pages_render(client: TestClient, pg_client: TestClient, page: str) -> None:
    story = _get(client, "/api/stories?limit=1")["stories"][0]["id"]
    doc = _get(client, "/api/documents?limit=1")["documents"][0]["id"]
    html = _get(pg_client, page.format(story=story, doc=doc))
    assert "<html" in html and "Not found" not in html
