"""PostgreSQL-only behaviour: named migrations, several processes at once, two `kroniek ingest` runs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from kroniek.errors import StoreError
from kroniek.search import SearchIndex
from kroniek.store import open_store
from kroniek.store.migrations import NAMES

REPO = Path(__file__).resolve().parents[2]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def test_postgres_migrations_are_recorded_by_name_and_run_once(postgres_server) -> None:
    url = postgres_server.new_database("migrations_once")
    store = open_store(url)
    assert store.applied_migrations() == list(NAMES)
    from kroniek.store.postgres import close_pools

    store.close()
    close_pools(url)  # a new process: the migrations are checked again, and none runs twice
    again = open_store(url)
    assert again.applied_migrations() == list(NAMES)
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(*) FROM migrations").fetchone()[0] == len(NAMES)
        assert conn.execute("SELECT cfgname FROM pg_ts_config WHERE cfgname = 'dutch'").fetchone() == ("dutch",)
        conn.execute("INSERT INTO migrations (name) VALUES ('m099_from_the_future')")
    again.close()
    close_pools(url)
    with pytest.raises(StoreError, match="m099_from_the_future.*upgrade kroniek"):
        open_store(url)


def test_postgres_store_indexed_before_the_document_index_gets_it_on_opening(postgres_server) -> None:
    """m011_search_docs builds the per-document search rows from the sentences an older kroniek indexed."""
    from kroniek.model import Document, PublishedDate
    from kroniek.store.postgres import close_pools

    url = postgres_server.new_database("before_search_docs")
    store = open_store(url)
    idx = SearchIndex(store)
    for i, text in enumerate(["De politie hield twee mannen aan. Daarna reed de politie weg.",
                              "De brandweer rukte uit voor een brand in een loods."]):
        d = Document(id=f"o-{i}", text=text, source="x", category="binnenland",
                     published=PublishedDate(f"202{i}-05-01", "day"))
        store.add_document(d, text_hash=d.id)
        idx.index_document(d)
    store.close()
    close_pools(url)
    with psycopg.connect(url, autocommit=True) as conn:  # the store as the previous schema left it
        conn.execute("DROP TABLE search_docs")
        conn.execute("DELETE FROM migrations WHERE name = 'm011_search_docs'")
    again = open_store(url)
    assert again.applied_migrations()[-1] == "m011_search_docs"
    facets = SearchIndex(again).facets("politie")
    assert dict(facets["year"]) == {"2020": 1} and dict(facets["category"]) == {"binnenland": 1}
    assert dict(SearchIndex(again).facets("brand")["year"]) == {"2021": 1}
    again.close()
    close_pools(url)


def test_postgres_processes_opening_a_new_database_at_once_migrate_it_once(postgres_server) -> None:
    url = postgres_server.new_database("migrations_race")
    code = "import sys; from kroniek.store import open_store; s = open_store(sys.argv[1]); print(s.stats()['documents'])"
    procs = [subprocess.Popen([sys.executable, "-c", code, url], env=_env(), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(4)]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0] * 4, results
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(*) FROM migrations").fetchone()[0] == len(NAMES)


# Short news items written for this test; items 3-6 go to both runs.
ITEMS = [
    "De gemeenteraad van Utrecht stemde dinsdag in met het nieuwe fietsplan.",
    "Minister De Jonge opende woensdag een nieuw ziekenhuis in Zwolle.",
    "De politie in Rotterdam heeft gisteren twee verdachten aangehouden na een overval.",
    "Het KNMI waarschuwt voor zware storm langs de kust van Zeeland.",
    "Ajax won zondag met 3-1 van PSV in de Johan Cruijff ArenA.",
    "De Tweede Kamer debatteert donderdag over de stikstofregels.",
    "In Groningen zijn opnieuw twee aardbevingen gemeten, meldt het KNMI.",
    "Premier Rutte sprak vrijdag met de Duitse bondskanselier Merkel in Berlijn.",
]


@pytest.mark.frog
@pytest.mark.slow
def test_postgres_two_concurrent_ingest_runs_lose_nothing_and_store_nothing_twice(postgres_url: str, tmp_path: Path) -> None:
    runs = []
    for name, items in (("a", range(0, 6)), ("b", range(2, 8))):
        folder = tmp_path / name
        folder.mkdir()
        for i in items:
            (folder / f"bericht-{i}.txt").write_text(ITEMS[i] + "\n", encoding="utf-8")
        runs.append(folder)
    env = {**_env(), "KRONIEK_FROG_SKIP": "p"}  # no parser: the test is about storage, not analysis
    procs = [subprocess.Popen([sys.executable, "-m", "kroniek.cli", "ingest", "--db", postgres_url, "--quiet", str(f)],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for f in runs]
    outs = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    assert all("error" not in err.lower() for _, err in outs), outs
    store = open_store(postgres_url)
    docs = list(store.iter_documents())
    assert len(docs) == len({d.id for d in docs}) == len(ITEMS)  # nothing lost, nothing twice
    assert sorted(d.text.strip() for d in docs) == sorted(ITEMS)
    assert all(d.tokens and "frog" in " ".join(d.processed) for d in docs)
    assert SearchIndex(store).unindexed() == []
    assert {d for s in store.stories() for d in s.documents} == {d.id for d in docs}  # the last relink saw all
    assert store.stats()["entities"] > 0
