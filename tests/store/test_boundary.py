"""The Store is the only door to the database: nothing outside kroniek/store/ talks SQL."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "kroniek"
# The issue's own check: `grep -rn "sqlite3\|\.conn\b\|execute(" kroniek/ --include=*.py`, plus SQL keywords.
FORBIDDEN = re.compile(r"sqlite3|psycopg|\.conn\b|execute\(|\bSELECT\s+.+\s+FROM\b|\bINSERT\s+INTO\b|\bDELETE\s+FROM\b")


def offending_lines(root: Path) -> list[str]:
    out = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root)
        if rel.parts[0] == "store":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if FORBIDDEN.search(line):
                out.append(f"{rel}:{n}: {line.strip()}")
    return out


def test_boundary_nothing_outside_the_store_touches_the_database() -> None:
    assert offending_lines(PACKAGE) == []


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("import sqlite3", id="driver import"),
        pytest.param("rows = store.conn.execute('SELECT id FROM documents')", id="a connection"),
        pytest.param('q = "SELECT count(*) FROM entities"', id="SQL in a string"),
        pytest.param("import psycopg", id="the PostgreSQL driver"),
    ],
)
def test_boundary_check_catches_a_leak(tmp_path: Path, line: str) -> None:
    (tmp_path / "serve").mkdir()
    (tmp_path / "serve" / "views.py").write_text(f"{line}\n", encoding="utf-8")
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / "sqlite.py").write_text(f"{line}\n", encoding="utf-8")
    assert offending_lines(tmp_path) == [f"serve/views.py:1: {line}"]
