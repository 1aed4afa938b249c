"""Issue 16, defect 6: the API answers hostile parameters with 4xx, never 5xx; pages carry
security headers; upload names cannot pick a path.
schemathesis fuzzing from /openapi.json is in tests/serve/test_api_fuzz.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from kroniek.serve.api.ingest import safe_upload_name
from kroniek.serve.app import create_app
from kroniek.settings import Settings

HUGE = "9223372036854775808"  # one past SQLite's largest integer: OverflowError before the fix


@pytest.fixture(scope="module")
def hostile_client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    db = str(tmp_path_factory.mktemp("api") / "k.db")
    return TestClient(create_app(db, Settings(db=db, api_token=None)))


@pytest.mark.parametrize("url", [
    f"/api/documents?offset={HUGE}", f"/api/entities?offset={HUGE}", f"/api/search?q=kabinet&offset={HUGE}",
    f"/api/stories?min_documents={HUGE}", f"/api/stories?offset={HUGE}", f"/api/quotes?offset={HUGE}",
    f"/entities?offset={HUGE}", f"/search?q=kabinet&offset={HUGE}",
])
def test_api_integer_parameters_bounded(hostile_client: TestClient, url: str) -> None:
    assert hostile_client.get(url).status_code == 422


@pytest.mark.parametrize(("given", "expect"), [
    ("..", "upload-0"),  # IsADirectoryError before the fix
    (".", "upload-0"),
    ("", "upload-0"),
    ("../../etc/passwd", "passwd"),
    ("..\\..\\boot.ini", "boot.ini"),
    (".verborgen.txt", "verborgen.txt"),
    ("bericht\x00.txt", "bericht_.txt"),
    ("nieuws.jsonl", "nieuws.jsonl"),
    ("é" * 150 + ".txt", "é" * 100),  # 304 bytes: "File name too long" (a 500) before the fix
])
def test_api_upload_names_sanitised(given: str, expect: str) -> None:
    assert safe_upload_name(given, 0) == expect


def test_api_upload_named_dotdot_is_ingested(tmp_path: Path) -> None:
    from kroniek.extract.docdate import DocDate
    from kroniek.pipeline import Pipeline
    from kroniek.serve.deps import get_pipeline, get_settings

    db = str(tmp_path / "k.db")
    app = create_app(db)
    app.dependency_overrides[get_settings] = lambda: Settings(db=db, api_token="s3cret")
    app.dependency_overrides[get_pipeline] = lambda: (lambda: Pipeline([DocDate()]))
    client = TestClient(app)
    text = b"De gemeenteraad van Breda stemde gisteren in met het nieuwe parkeerbeleid."
    r = client.post("/api/ingest?wait=1", files={"files": ("..", text, "text/plain")},
                    headers={"Authorization": "Bearer s3cret"})
    assert r.status_code == 200 and len(r.json()["added"]) == 1, r.text


@pytest.mark.parametrize("path", ["/", "/entities", "/api/documents", "/search?q=kabinet"])
def test_api_security_headers(hostile_client: TestClient, path: str) -> None:
    h = hostile_client.get(path).headers
    assert "script-src 'self'" in h["content-security-policy"] and "'unsafe-inline'" not in h["content-security-policy"]
    assert "frame-ancestors 'none'" in h["content-security-policy"]
    assert h["x-content-type-options"] == "nosniff" and h["x-frame-options"] == "DENY"
