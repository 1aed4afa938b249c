"""Storage behind one interface: ``open_store(url_or_path)``.

A path (or ``sqlite:///path``) opens a SQLite file, ``postgresql://user@host/dbname`` a PostgreSQL
database, ``memory:`` an in-memory store for tests.
"""

from __future__ import annotations

from pathlib import Path

from .base import DedupRow, DocumentLinks, SearchBackend, Store
from .sqlite import SQLiteStore

__all__ = ["DedupRow", "DocumentLinks", "SQLiteStore", "SearchBackend", "Store", "is_postgres", "open_store"]


def is_postgres(location: str | Path) -> bool:
    return str(location).startswith(("postgres://", "postgresql://"))


def open_store(location: str | Path) -> Store:
    """Open (creating and migrating when needed) the store at a path or URL."""
    loc = str(location)
    if is_postgres(loc):
        from .postgres import PostgresStore

        return PostgresStore(loc)
    if loc == "memory:":
        from .memory import MemoryStore

        return MemoryStore()
    if loc.startswith("sqlite:///"):
        loc = loc[len("sqlite:///"):]
    return SQLiteStore(loc)
