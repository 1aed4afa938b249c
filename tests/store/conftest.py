"""Backends for the conformance suite: every test taking ``backend`` runs on SQLite, memory and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kroniek.store import Store, open_store


class Backend:
    """Opens stores at one location; the memory backend hands back its one store."""

    def __init__(self, kind: str, location: str) -> None:
        self.kind = kind
        self.location = location
        self._memory: Store | None = None
        self.opened: list[Store] = []

    def open(self) -> Store:
        if self.kind == "memory":
            if self._memory is None:
                self._memory = open_store("memory:")
            return self._memory
        store = open_store(self.location)
        self.opened.append(store)
        return store

    def close_all(self) -> None:
        for s in self.opened:
            s.close()



@pytest.fixture(params=["sqlite", "memory", "postgresql"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Backend]:
    if request.param == "sqlite":
        b = Backend("sqlite", str(tmp_path / "k.db"))
    elif request.param == "memory":
        b = Backend("memory", "memory:")
    else:
        b = Backend("postgresql", request.getfixturevalue("postgres_url"))
    yield b
    b.close_all()


@pytest.fixture
def store(backend: Backend) -> Store:
    return backend.open()
