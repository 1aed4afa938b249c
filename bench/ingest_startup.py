#!/usr/bin/env python3
"""The fixed start-up CPU of a ``kroniek ingest`` process, loader by loader.

Each run is a fresh Python process (``--runs`` of them, the median is printed) that does, in the
order an ingest meets them and with the cyclic collector set as ``kroniek ingest`` sets it, what
every ingest process pays once before its per-document work: importing the CLI, warming the
reading libraries (``ingest.worker.warm``), the Dutch word list's sets (every NER tidy) and its
compound indexes (the first line-end hyphen), the gazetteer's place table, city index, span
tables and nationalities. It measures CPU seconds (``time.process_time``), not wall time, so a
loaded machine changes the figures less. Run with ``PYTHONPATH`` set to the checkout to measure.
The first run after a change to the word list or to ``kroniek/gazetteer.py`` also builds the
tables kept on disk in kroniek's cache folder; the median leaves it out when ``--runs`` >= 3.
The children run in the temp folder, so the current folder's ``kroniek`` is not imported ahead of
``PYTHONPATH``'s; the package measured is printed.

Run: python3 bench/ingest_startup.py [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

CHILD = r'''
import gc, json, time
gc.set_threshold(20_000, 20, 20)
t = time.process_time
out = {}
def step(name, f):
    a = t()
    f()
    out[name] = t() - a
t0 = t()
step("import kroniek.cli", lambda: __import__("kroniek.cli"))
from kroniek.ingest import worker
step("reader imports (warm)", worker.warm)
from kroniek.ingest.hyphen import load_wordlist
step("word list sets", load_wordlist)
step("word list indexes", lambda: load_wordlist().build_indexes())
from kroniek import gazetteer as g
step("gazetteer places", g.places)
step("gazetteer city index", g.city_index)
step("gazetteer span tables", lambda: (g._multi_index(), g._max_len()))
step("gazetteer nationalities", g.nationalities)
out["total"] = t() - t0
import kroniek
print(json.dumps({"kroniek": kroniek.__file__, **out}))
'''


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3, help="fresh processes to measure (median printed)")
    args = ap.parse_args()
    runs = []
    for _ in range(args.runs):
        done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                              env=os.environ.copy(), cwd=tempfile.gettempdir())
        if done.returncode:
            sys.exit(f"the measuring process failed:\n{done.stderr}")
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    package = runs[0].pop("kroniek")
    median = {k: round(statistics.median(r[k] for r in runs), 3) for k in runs[0]}
    load = os.getloadavg()[0]
    print(f"{package}: {args.runs} fresh processes, load {load:.1f}; CPU seconds, median")
    for name, value in median.items():
        print(f"{name:26s} {value:6.3f}")
    print(json.dumps({"bench": "ingest_startup", "kroniek": package, "runs": args.runs, "load": round(load, 1), "cpu_s": median}))


if __name__ == "__main__":
    main()
