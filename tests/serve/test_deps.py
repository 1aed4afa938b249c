"""The server's stores: SQLite stores kept open between requests, one request at a time each."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient

from kroniek.model import Document
from kroniek.serve.app import create_app
from kroniek.serve.deps import store_pool
from kroniek.store import open_store


@pytest.mark.parametrize(
    ("db", "pooled"),
    [
        pytest.param("k.db", True, id="a SQLite file is pooled"),
        pytest.param("postgresql://kroniek@127.0.0.1:1/k", False, id="PostgreSQL has psycopg's pool"),
        pytest.param("memory:", False, id="a memory store is new on each open"),
    ],
)
def test_deps_store_pool_only_for_sqlite(db: str, pooled: bool) -> None:
    state = SimpleNamespace(db=db)
    assert (store_pool(state) is not None) == pooled
    if pooled:
        assert store_pool(state) is store_pool(state)
        state.db = "other.db"
        assert store_pool(state).location == "other.db"  # type: ignore[union-attr]


def test_deps_pooled_store_sees_what_another_process_stored_since(tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    client = TestClient(create_app(db))
    assert client.get("/api/documents").json()["total"] == 0
    writer = open_store(db)
    writer.add_document(Document(id="d-1", text="De raad vergaderde.", source="x"), text_hash="h")
    writer.close()
    assert client.get("/api/documents").json()["total"] == 1
    assert client.app.state.store_pool.idle() == 1  # type: ignore[attr-defined]  # the request's store was kept
