"""Stores kept open between the server's requests (``kroniek.serve.deps``), one request at a time each.

A SQLite connection per request started every request on an empty page cache: over the 76k
leestmeer posts a search with facets read the same index pages from the OS again each time. A
store lent from here keeps its cache warm; in WAL mode each statement sees every commit made
since, and a store is never lent again while it is inside a transaction. PostgreSQL and memory
stores are not pooled here: ``open_store`` already takes a PostgreSQL connection from psycopg's
pool, and a memory store is a new, empty store on each open.
"""

from __future__ import annotations

import threading

from . import is_postgres, open_store
from .base import Store
from .sqlite import SQLiteStore


def poolable(location: str) -> bool:
    """True for a SQLite file (the only kind of store this pool keeps)."""
    return not is_postgres(location) and location != "memory:"


class StorePool:
    """Open SQLite stores of one location, each lent to one borrower at a time."""

    def __init__(self, location: str, keep: int = 8) -> None:
        self.location, self.keep = location, keep
        self._idle: list[SQLiteStore] = []
        self._lock = threading.Lock()

    def take(self) -> Store:
        with self._lock:
            if self._idle:
                return self._idle.pop()
        return open_store(self.location)

    def give_back(self, store: Store) -> None:
        """Keep the store for the next borrower, or close it (another backend, more than ``keep``
        idle, or left inside a transaction)."""
        if isinstance(store, SQLiteStore) and not store.conn.in_transaction:
            with self._lock:
                if len(self._idle) < self.keep:
                    self._idle.append(store)
                    return
        store.close()

    def idle(self) -> int:
        with self._lock:
            return len(self._idle)

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for store in idle:
            store.close()
