"""Fixtures for the API, web and browser tests: a seed store on disk and an app over it."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from seedstore import build_seed_store

from kroniek.serve.app import create_app
from kroniek.serve.deps import get_settings
from kroniek.settings import Settings


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    """A SQLite store with the annotated seeds plus one HTML-hostile document."""
    db = tmp_path_factory.mktemp("serve") / "seeds.db"
    build_seed_store(db, seeds_dir, hostile=True).close()
    return db


@pytest.fixture
def client(seed_db: Path) -> TestClient:
    app = create_app(str(seed_db), Settings(db=str(seed_db), api_token=None))
    return TestClient(app)


@pytest.fixture
def token_client(tmp_path: Path) -> TestClient:
    """An app over an empty store whose settings carry an API token (swapped in by dependency_overrides)."""
    db = str(tmp_path / "empty.db")
    app = create_app(db)
    app.dependency_overrides[get_settings] = lambda: Settings(db=db, api_token="s3cret")
    return TestClient(app)
