"""The pool of SQLite stores the server keeps between requests."""

from __future__ import annotations

from pathlib import Path

import pytest

from kroniek.store import SQLiteStore
from kroniek.store.pool import StorePool


def test_pool_lends_a_store_to_one_borrower_at_a_time(tmp_path: Path) -> None:
    pool = StorePool(str(tmp_path / "k.db"), keep=1)
    first, second = pool.take(), pool.take()
    assert first is not second  # two requests at once never share a connection
    pool.give_back(first)
    pool.give_back(second)  # more than `keep` idle: closed, not kept
    assert pool.take() is first
    with pytest.raises(Exception, match="closed"):
        second.conn.execute("SELECT 1")  # type: ignore[attr-defined]
    pool.close()


def test_pool_store_left_inside_a_transaction_is_not_lent_again(tmp_path: Path) -> None:
    pool = StorePool(str(tmp_path / "k.db"))
    store = pool.take()
    assert isinstance(store, SQLiteStore)
    store.conn.execute("BEGIN")
    pool.give_back(store)
    assert pool.take() is not store
