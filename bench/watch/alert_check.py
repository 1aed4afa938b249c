#!/usr/bin/env python3
"""What checking the alerts costs a watch poll that stored nothing, against the store's size.

    python3 bench/watch/alert_check.py                      # 1,000 and 50,000 documents
    python3 bench/watch/alert_check.py --sizes 76224 --runs 9

A SQLite store is filled with ``--sizes`` synthetic documents (3 kB of filler text each, written
straight into the documents table: no analysis). Then, per size, the median CPU seconds of
``alerts.check_alerts`` (what every poll ran before feed18: with no alert it marks every stored
document checked, with alerts it looks for unchecked ones among all) and of
``Store.newest_document`` (what a poll now runs when it stored nothing, the check itself skipped
while the newest document stays), with no alert and with one query alert. Prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_watch import median_cpu  # noqa: E402

from kroniek.alerts import add_alert, check_alerts, make_alert  # noqa: E402
from kroniek.store import open_store  # noqa: E402


def fill(path: str, n: int) -> Any:
    store: Any = open_store(path)
    filler = "Dit is opvultekst voor de meting. " * 90
    with store._transaction():
        for i in range(n):
            store._x("INSERT INTO documents (id, source, genre, language, text, text_hash, raw_hash) "
                     "VALUES (?, ?, 'news', 'nl', ?, ?, ?)", (f"d-{i}", f"bench#{i}", filler, f"t{i}", f"r{i}"))
    return store


def measure(store: Any, n: int, runs: int) -> dict[str, float | int]:
    check_alerts(store)
    row: dict[str, float | int] = {"documents": n, "no_alert_check_s": median_cpu(lambda: check_alerts(store), runs),
                                   "no_alert_newest_s": median_cpu(store.newest_document, runs)}
    add_alert(store, make_alert("meting", "query", "opvultekst"))
    row["one_alert_check_s"] = median_cpu(lambda: check_alerts(store), runs)
    return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,50000", help="documents in the store, comma-separated")
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-alert-check-") as work:
        for n in (int(s) for s in args.sizes.split(",")):
            store = fill(str(Path(work) / f"s{n}.db"), n)
            rows.append(measure(store, n, args.runs))
            store.close()
            print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    print(json.dumps({"runs": args.runs, "sizes": rows}))


if __name__ == "__main__":
    main()
