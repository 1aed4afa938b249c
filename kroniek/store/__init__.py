"""Storage behind one interface: ``open_store(url_or_path)``."""

from __future__ import annotations

from pathlib import Path

from ..errors import StoreError
from .base import DedupRow, Store
from .sqlite import SQLiteStore

__all__ = ["DedupRow", "SQLiteStore", "Store", "open_store"]


def open_store(location: str | Path) -> Store:
    """Open the store at a path (SQLite) or URL; PostgreSQL URLs are refused until supported."""
    loc = str(location)
    if loc.startswith(("postgres://", "postgresql://")):
        raise StoreError(f"{loc}: PostgreSQL stores are not supported yet; use a SQLite path")
    return SQLiteStore(loc)
