"""Fixtures of the watch tests: a local feed server and a SQLite store path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from .feeds import FeedServer, serve_feeds


@pytest.fixture
def feeds() -> Iterator[FeedServer]:
    with serve_feeds() as fs:
        yield fs


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "watch.db")
