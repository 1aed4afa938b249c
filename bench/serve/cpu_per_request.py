"""CPU time per request of the search API, search pages and front page over an existing store: a measure that a busy
machine disturbs far less than wall time (bench_serve.py's figures swing 3-5x with the load).

    python bench/serve/cpu_per_request.py --db STORE [--corpus nunl|leestmeer] [--rounds N] [--pgdata DIR]

Requests go through FastAPI's TestClient in this process, after one warm-up pass, with
bench_serve.py's queries. For each group it prints this process's CPU per request (p50 / p95,
``time.process_time``: for SQLite the database work is in it) and wall p50 / p95. With
``--pgdata`` (the data directory of the PostgreSQL server behind ``--db``, on this machine) the CPU
of all that server's processes over the group (utime + stime from /proc) is added, per request on
average. The last line printed is JSON.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import time
from pathlib import Path

from bench_serve import QUERIES
from fastapi.testclient import TestClient

from kroniek.serve.app import create_app


def server_cpu_ms(pgdata: Path | None) -> float:
    """CPU (ms) used so far by the children of the postmaster of ``pgdata`` (0 without one)."""
    if pgdata is None:
        return 0.0
    postmaster = (pgdata / "postmaster.pid").read_text().split()[0]
    total = 0
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[1] == postmaster:
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK") * 1000


def p95(xs: list[float]) -> float:
    return sorted(xs)[max(0, math.ceil(0.95 * len(xs)) - 1)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="a filled store: path or postgresql:// URL")
    ap.add_argument("--corpus", choices=["nunl", "leestmeer"], default="leestmeer")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--pgdata", type=Path, default=None, help="data directory of the PostgreSQL server behind --db")
    args = ap.parse_args()
    category, span = ("binnenland", ("2023-01", "2023-06")) if args.corpus == "nunl" else ("nieuws", ("2019-06", "2019-07"))
    groups = {
        "search_facets": [f"/api/search?q={q}&facets=true" for q in QUERIES[:5]],
        "search": [f"/api/search?q={q}" for q in QUERIES],
        "search_filtered": [f"/api/search?q={q}&category={category}&date_from={span[0]}&date_to={span[1]}"
                            for q in QUERIES],
        "search_page": [f"/search?q={q}" for q in QUERIES[:5]],
        "search_by_date": [f"/api/search?q={q}&sort=date" for q in QUERIES],
        "search_feed": [f"/api/search/feed?q={q}" for q in QUERIES[:5]],
        "stories_page": ["/"],
    }
    client = TestClient(create_app(args.db))
    for url in sum(groups.values(), []):
        client.get(url)  # warm-up: caches, prepared statements, pooled connections
    out: dict[str, object] = {"bench": "cpu_per_request", "db": args.db.split("@")[-1], "rounds": args.rounds}
    for name, urls in groups.items():
        cpu, wall = [], []
        server0 = server_cpu_ms(args.pgdata)
        for _ in range(args.rounds):
            for url in urls:
                c, w = time.process_time(), time.perf_counter()
                r = client.get(url)
                cpu.append((time.process_time() - c) * 1000)
                wall.append((time.perf_counter() - w) * 1000)
                assert r.status_code == 200, (url, r.status_code)
        server = (server_cpu_ms(args.pgdata) - server0) / len(cpu)
        row = {"n": len(cpu), "cpu_p50_ms": round(statistics.median(cpu), 1), "cpu_p95_ms": round(p95(cpu), 1),
               "server_cpu_mean_ms": round(server, 1) if args.pgdata else None,
               "wall_p50_ms": round(statistics.median(wall), 1), "wall_p95_ms": round(p95(wall), 1)}
        out[name] = row
        print(name, row, flush=True)
    out["load_average"] = os.getloadavg()[0]
    print(json.dumps(out))


if __name__ == "__main__":
    main()
