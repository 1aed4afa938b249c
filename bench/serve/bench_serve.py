"""Search, timeline, story and document-page latency of the API over a store of real Dutch news.

    python bench/serve/bench_serve.py [--backend sqlite|postgresql] [--corpus nunl|leestmeer]
                                      [--data FILE] [--db PATH_OR_URL] [--limit N] [--rounds N]

``--backend postgresql`` without ``--db`` starts a throwaway PostgreSQL server (initdb + pg_ctl,
kroniek.store.pgtemp) for the run. With ``--corpus nunl`` (default) each headline becomes a
document (headline + subtitle as text, published_at as its date, section as category); with
``--corpus leestmeer`` each leestmeer-2019 post becomes the Document kroniek's reader makes of it.
Documents are stored through the Store (``open_store``) and indexed with SearchIndex.index_document;
stories are built with build_stories. No Frog runs: there are no entities or events, so the
timeline endpoint answers over zero events and the date-window document listing stands in for a
headline timeline. Requests go through FastAPI's TestClient (in process, no network). The data is
read from the shared folder at run time and never copied. The last line printed is JSON, with the
load average before and after the requests (a busy machine stretches every figure).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import statistics
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from fastapi.testclient import TestClient

from kroniek.evaluation.stories import default_path, read_items
from kroniek.link.stories import build_stories
from kroniek.model import Document, PublishedDate, sha256_hex
from kroniek.search import SearchIndex
from kroniek.serve.app import create_app
from kroniek.store import open_store
from kroniek.store.pgtemp import TempPostgres

# Everyday Dutch news words (not taken from the data): single words, a phrase, a prefix.
QUERIES = ["kabinet", "ministers", "verkiezingen", "politie", "brand", "rente", "oorlog", "storm",
           "voetbal", "woningen", '"tweede kamer"', "energie*", "klimaat", "staking", "rechter"]


def nunl_documents(data: Path | None, limit: int | None) -> Iterator[Document]:
    for item in read_items(data or default_path(), limit=limit):
        text = "\n\n".join(x for x in (item.get("title"), item.get("subtitle")) if x)
        when = str(item["published_at"])
        yield Document(
            id=f"nu-{item['id']}", text=text, source=str(item.get("url") or item["id"]), title=item.get("title"),
            publisher="NU.nl", category=item.get("section"),
            published=PublishedDate(when[:16], "minute", "metadata", when),
        )


def leestmeer_documents(limit: int | None) -> Iterator[Document]:
    from kroniek.errors import EvalError
    from kroniek.evaluation.leestmeer import Posts, post_document

    for n, (pid, raw) in enumerate(Posts().iter_all()):
        if limit is not None and n >= limit:
            return
        try:
            yield post_document(pid, raw)
        except EvalError:
            continue  # a post the reader refuses (empty) is not stored, as ingest would


def fill(db: str, docs: Iterator[Document]) -> dict[str, float]:
    store = open_store(db)
    index = SearchIndex(store)
    t0 = time.perf_counter()
    stored = []
    for doc in docs:
        if store.add_document(doc, text_hash=sha256_hex(doc.text)):
            index.index_document(doc)
        stored.append(doc)
    t1 = time.perf_counter()
    stories = build_stories(stored, [], [])
    t2 = time.perf_counter()
    store.replace_stories(stories)
    store.optimize()  # fresh planner statistics, as `kroniek copy` leaves them
    store.close()
    return {"documents": len(stored), "store_and_index_s": round(t1 - t0, 1),
            "build_stories_s": round(t2 - t1, 1), "stories": len(stories)}


def timed(client: TestClient, urls: list[str], rounds: int) -> dict[str, float]:
    times = []
    for _ in range(rounds):
        for u in urls:
            t = time.perf_counter()
            r = client.get(u)
            times.append((time.perf_counter() - t) * 1000)
            assert r.status_code == 200, (u, r.status_code, r.text[:200])
    times.sort()
    return {"n": len(times), "p50_ms": round(statistics.median(times), 2),
            "p95_ms": round(times[max(0, math.ceil(0.95 * len(times)) - 1)], 2), "max_ms": round(times[-1], 2)}


def measure(db: str, rounds: int, corpus: str) -> dict[str, object]:
    client = TestClient(create_app(db))
    story_ids = [s["id"] for s in client.get("/api/stories", params={"limit": 20}).json()["stories"]]
    doc_ids = [d["id"] for d in client.get("/api/documents", params={"limit": 50, "offset": 500}).json()["documents"]]
    months = ["2022-09", "2023-01", "2023-06", "2023-11", "2024-02"] if corpus == "nunl" else \
        ["2019-05", "2019-06", "2019-07", "2019-08"]
    span = ("2023-01", "2023-06") if corpus == "nunl" else ("2019-06", "2019-07")
    category = "binnenland" if corpus == "nunl" else "nieuws"
    return {
        "search": timed(client, [f"/api/search?q={q}" for q in QUERIES], rounds),
        "search_filtered": timed(client, [f"/api/search?q={q}&category={category}&date_from={span[0]}&date_to={span[1]}"
                                          for q in QUERIES], rounds),
        "search_facets": timed(client, [f"/api/search?q={q}&facets=true" for q in QUERIES[:5]], rounds),
        "search_by_date": timed(client, [f"/api/search?q={q}&sort=date" for q in QUERIES], rounds),
        "search_feed": timed(client, [f"/api/search/feed?q={q}" for q in QUERIES[:5]], rounds),
        "search_page": timed(client, [f"/search?q={q}" for q in QUERIES[:5]], rounds),
        "timeline_events": timed(client, ["/api/timeline", f"/api/timeline?date_from={span[0]}&date_to={span[1]}"], rounds),
        "timeline_documents_month": timed(client, [f"/api/documents?date_from={m}&date_to={m}&limit=100"
                                                   for m in months], rounds),
        "stories_list": timed(client, ["/api/stories?limit=50"], rounds),
        "stories_page": timed(client, ["/"], rounds),
        "story_detail": timed(client, [f"/api/stories/{s}" for s in story_ids[:5]], rounds),
        "document_api": timed(client, [f"/api/documents/{d}" for d in doc_ids[:10]], rounds),
        "document_page": timed(client, [f"/documents/{d}" for d in doc_ids[:10]], rounds),
        "story_page": timed(client, [f"/stories/{s}" for s in story_ids[:5]], rounds),
        "documents_page": timed(client, ["/documents", f"/documents?van={span[0]}&tot={span[1]}",
                                         "/documents?uitgever=NU.nl", "/documents?offset=500"], rounds),
        "timeline_page": timed(client, ["/timeline", f"/timeline?van={span[0]}&tot={span[1]}"], rounds),
        "quotes_page": timed(client, ["/quotes"], rounds),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite")
    ap.add_argument("--corpus", choices=["nunl", "leestmeer"], default="nunl")
    ap.add_argument("--data", type=Path, default=None, help="NU.nl headline JSONL (default: shared data folder)")
    ap.add_argument("--db", default=None, help="store to build (kept as it is when it holds documents): "
                    "a path or postgresql:// URL (default: temporary)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N items")
    ap.add_argument("--rounds", type=int, default=10)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp, contextlib.ExitStack() as stack:
        db = args.db
        if db is None and args.backend == "postgresql":
            db = stack.enter_context(TempPostgres()).url
        db = db or str(Path(tmp) / "bench.db")
        docs = nunl_documents(args.data, args.limit) if args.corpus == "nunl" else leestmeer_documents(args.limit)
        with contextlib.closing(open_store(db)) as existing:
            filled = existing.counts()["documents"] > 0
        built = {"documents": "kept (--db already filled)"} if filled else fill(db, docs)
        load = os.getloadavg()  # the machine's 1/5/15-minute load average before and after the requests
        measured = measure(db, args.rounds, args.corpus)
        backend = "postgresql" if db.startswith(("postgresql:", "postgres:")) else "sqlite"
        out = {"bench": "serve", "backend": backend, "corpus": args.corpus, **built, **measured,
               "load_before": [round(x, 2) for x in load], "load_after": [round(x, 2) for x in os.getloadavg()],
               "note": "no Frog: no entities/events, so /api/timeline runs over 0 events"}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
