"""Search and timeline latency of the API over a store holding the NU.nl headline stream.

    python bench/serve/bench_serve.py [--data FILE] [--db PATH] [--limit N] [--rounds N]

Each headline becomes a document (headline + subtitle as text, published_at as its date, section as
category), stored through SQLiteStore.add_document and indexed with SearchIndex.index_document;
stories are built with build_stories. No Frog runs: there are no entities or events, so the
timeline endpoint answers over zero events and the date-window document listing stands in for a
headline timeline. Requests go through FastAPI's TestClient (in process, no network). The data is
read from the shared folder at run time and never copied. The last line printed is JSON.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

from kroniek.evaluation.stories import default_path, read_items
from kroniek.link.stories import build_stories
from kroniek.model import Document, PublishedDate, sha256_hex
from kroniek.search import SearchIndex
from kroniek.serve.app import create_app
from kroniek.store.sqlite import SQLiteStore

# Everyday Dutch news words (not taken from the data): single words, a phrase, a prefix.
QUERIES = ["kabinet", "ministers", "verkiezingen", "politie", "brand", "rente", "oorlog", "storm",
           "voetbal", "woningen", '"tweede kamer"', "energie*", "klimaat", "staking", "rechter"]


def fill(db: Path, data: Path, limit: int | None) -> dict[str, float]:
    store = SQLiteStore(db)
    index = SearchIndex(store)
    t0 = time.perf_counter()
    docs = []
    for item in read_items(data, limit=limit):
        text = "\n\n".join(x for x in (item.get("title"), item.get("subtitle")) if x)
        when = str(item["published_at"])
        doc = Document(
            id=f"nu-{item['id']}", text=text, source=str(item.get("url") or item["id"]), title=item.get("title"),
            publisher="NU.nl", category=item.get("section"),
            published=PublishedDate(when[:16], "minute", "metadata", when),
        )
        with store._transaction():  # one commit per document, as ingest does
            store.add_document(doc, text_hash=sha256_hex(text))
            index.index_document(doc)
        docs.append(doc)
    t1 = time.perf_counter()
    stories = build_stories(docs, [], [])
    t2 = time.perf_counter()
    store.replace_stories(stories)
    store.close()
    return {"documents": len(docs), "store_and_index_s": round(t1 - t0, 1),
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=None, help="NU.nl headline JSONL (default: shared data folder)")
    ap.add_argument("--db", type=Path, default=None, help="store to build (default: a temporary file)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N items")
    ap.add_argument("--rounds", type=int, default=10)
    args = ap.parse_args()
    data = args.data or default_path()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "nunl.db"
        built = fill(db, data, args.limit)
        client = TestClient(create_app(str(db)))
        story_ids = [s["id"] for s in client.get("/api/stories", params={"limit": 20}).json()["stories"]]
        months = ["2022-09", "2023-01", "2023-06", "2023-11", "2024-02"]
        out = {
            "bench": "serve", "data": str(data), **built,
            "search": timed(client, [f"/api/search?q={q}" for q in QUERIES], args.rounds),
            "search_filtered": timed(client, [f"/api/search?q={q}&category=binnenland&date_from=2023-01&date_to=2023-06"
                                              for q in QUERIES], args.rounds),
            "search_facets": timed(client, [f"/api/search?q={q}&facets=true" for q in QUERIES[:5]], args.rounds),
            "timeline_events": timed(client, ["/api/timeline", "/api/timeline?date_from=2023-01&date_to=2023-03"],
                                     args.rounds),
            "timeline_documents_month": timed(client, [f"/api/documents?date_from={m}&date_to={m}&limit=100"
                                                       for m in months], args.rounds),
            "stories_list": timed(client, ["/api/stories?limit=50"], args.rounds),
            "story_detail": timed(client, [f"/api/stories/{s}" for s in story_ids[:5]], args.rounds),
            "note": "no Frog: no entities/events, so /api/timeline runs over 0 events",
        }
    print(json.dumps(out))


if __name__ == "__main__":
    main()
