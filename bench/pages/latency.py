"""Latency of every page kind over a store with events, entities and quotes (bench/serve's
headline store has none of these), e.g. the seeds ingested with Frog:

    kroniek ingest --db /tmp/seeds.db ../shared/corpus/seeds
    python bench/pages/latency.py --db /tmp/seeds.db --rounds 20

Times each page in-process (FastAPI TestClient) after one warm-up request and prints, per page
kind, p50 and p95 in milliseconds (wall clock) and the median CPU time of this process per
request (what the page costs, apart from waiting for a busy machine), then a JSON line. Every
entity and event page is timed.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
import warnings


def _pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return round(xs[min(len(xs) - 1, int(q * len(xs)))], 2)


def main() -> int:
    warnings.filterwarnings("ignore")
    from fastapi.testclient import TestClient

    from kroniek.serve.app import create_app
    from kroniek.serve.web.geo import countries

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="kroniek.db")
    ap.add_argument("--rounds", type=int, default=10)
    a = ap.parse_args()
    c = TestClient(create_app(a.db))
    countries()  # `kroniek serve` reads the map outlines at start; so does this bench
    api = {k: c.get(f"/api/{k}", params={"limit": 500, "all": 1}).json()[k] for k in ("stories", "events", "entities", "documents")}
    kinds = {
        "front": ["/"], "story": [f"/stories/{s['id']}" for s in api["stories"]],
        "story_all": [f"/stories/{s['id']}?all=1" for s in api["stories"]],
        "event": [f"/events/{e['id']}" for e in api["events"]], "entity": [f"/entities/{e['id']}" for e in api["entities"]],
        "document": [f"/documents/{d['id']}" for d in api["documents"]], "documents": ["/documents"],
        "timeline": ["/timeline", "/timeline?all=1"], "quotes": ["/quotes"], "search": ["/search?q=minister"],
        "not_found": ["/bestaat-niet"],
    }
    out: dict[str, dict[str, float]] = {}
    for kind, urls in kinds.items():
        times, cpu = [], []
        for u in urls:
            c.get(u)
            for _ in range(a.rounds):
                t, p = time.perf_counter(), time.process_time()
                c.get(u)
                times.append((time.perf_counter() - t) * 1000)
                cpu.append((time.process_time() - p) * 1000)
        if times:
            out[kind] = {"pages": len(urls), "n": len(times), "p50_ms": round(statistics.median(times), 2),
                         "p95_ms": _pct(times, 0.95), "cpu_p50_ms": round(statistics.median(cpu), 2)}
            print(f"{kind:10} pages {len(urls):4}  p50 {out[kind]['p50_ms']:7} ms  p95 {out[kind]['p95_ms']:7} ms"
                  f"  cpu p50 {out[kind]['cpu_p50_ms']:6} ms")
    print(json.dumps({"bench": "pages", "db": a.db, "rounds": a.rounds, **out}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
