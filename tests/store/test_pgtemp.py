"""The throwaway PostgreSQL server of the tests: a port taken before the server binds it is retried
(parallel test workers each start one, and may pick the same free port)."""

from __future__ import annotations

import socket

import pytest

from kroniek.store.pgtemp import TempPostgres, postgres_bindir


@pytest.mark.slow
def test_temp_postgres_starts_on_another_port_when_its_port_is_taken() -> None:
    if postgres_bindir() is None:
        pytest.skip("no PostgreSQL binaries (initdb, pg_ctl)")
    pytest.importorskip("psycopg")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        pg = TempPostgres()
        pg.port = taken.getsockname()[1]  # as if another worker had bound it first
        with pg:
            assert pg.port != taken.getsockname()[1]
            import psycopg

            with psycopg.connect(pg.url) as conn:
                assert conn.execute("SELECT 1").fetchone() == (1,)
