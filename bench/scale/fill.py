"""Fill a store fast with the leestmeer-2019 posts in stream order, linked as a stream leaves it,
and keep a copy of it at the sizes bench/scale measures.

    KRONIEK_LEESTMEER_DIR=/work/data/leestmeer-2019-05-08 \\
    nice -n 10 python3 bench/scale/fill.py --out DIR [--sizes 1000,5000,20000,76224] [--batch 500]

The posts (``bench/scale/stream.py`` order) go through kroniek's reader (``post_document``), the
ingest planner (exact and near-duplicate detection against the store, MinHash) and the ingest
commit (document, search index, dedup row), ``--batch`` at a time, and each batch is linked with
``Chronicle.link_new`` (incremental; the first batch gets the full link that builds the link keys) —
the same steps as ``kroniek ingest`` minus reading files and Frog. Instead of Frog each document gets
the cheap stand-in analysis of ``bench/link/bench_link.py`` (regex sentences and tokens, name
mentions from runs of capitalised words, event mentions for the words of
``kroniek/data/event_families.tsv``), so the store holds entities, events and stories at
realistic numbers per text. Before the batch that brings the store to each size S (stream
positions [S - batch, S)), the store is copied to ``DIR/store-S.db`` (``VACUUM INTO``); bench/scale
then ingests those posts, with recorded real Frog, into that copy. One line per batch (stored
documents, seconds, load average); the last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "link"))

from bench_link import stand_in  # noqa: E402
from stream import order  # noqa: E402

from kroniek.chronicle import Chronicle  # noqa: E402
from kroniek.errors import EvalError  # noqa: E402
from kroniek.evaluation.leestmeer import Posts, post_document  # noqa: E402
from kroniek.ingest.commit import commit, take_original  # noqa: E402
from kroniek.ingest.dedup import Deduplicator  # noqa: E402
from kroniek.ingest.plan import Planner  # noqa: E402
from kroniek.settings import Settings  # noqa: E402


def store_batch(chron: Chronicle, planner: Planner, dedup: Deduplicator, pairs: list[tuple[str, bytes]]) -> list[str]:
    """Plan, stand-in-analyse and commit posts; the ids stored."""
    added = []
    index = chron.search_index
    for pid, raw in pairs:
        try:
            doc = post_document(pid, raw)
        except EvalError:
            continue  # an empty post: kroniek ingest says one line and goes on
        planned = planner.plan(doc)
        if planned is None:
            continue
        doc = stand_in(doc) if planned.needs_analysis else take_original(planned, chron.store, {})
        if commit(planned, doc, chron.store, index, dedup):
            added.append(doc.id)
    return added


def snapshot(db: str, path: Path) -> float:
    t0 = time.perf_counter()
    path.unlink(missing_ok=True)
    con = sqlite3.connect(db)
    try:
        con.execute("VACUUM INTO ?", (str(path),))
    finally:
        con.close()
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True, help="folder for the store and its copies")
    ap.add_argument("--sizes", default="1000,5000,20000,76224")
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--resume", type=int, default=None, metavar="POSITION",
                    help="go on with DIR/fill.db from this stream position (a stopped fill's last "
                         "logged position); documents it stored but did not link are linked first")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    db = str(args.out / "fill.db")
    if args.resume is None:
        Path(db).unlink(missing_ok=True)
    ids = order()
    cuts = {max(0, min(int(s), len(ids)) - args.batch): int(s) for s in args.sizes.split(",")}
    # batches of --batch posts, cut again where a size's copy is taken
    starts = sorted({*range(args.resume or 0, max(cuts) + 1, args.batch), *(c for c in cuts if c >= (args.resume or 0))})
    settings = Settings(db=db)
    posts = Posts()
    rows = []
    t_start = time.perf_counter()
    with Chronicle(db, settings) as chron:
        dedup = Deduplicator(settings.minhash_perm, settings.near_duplicate_threshold)
        planner = Planner(chron.store, dedup, lambda d: None)
        if args.resume is not None:
            for row in chron.store.dedup_rows():  # near duplicates of what the stopped fill stored
                dedup.add(row.id, "", row.signature)
            stray = chron.unlinked()
            print(f"resuming at position {args.resume}: linking {len(stray)} stored documents first", flush=True)
            chron.link_new(stray)
        for start, after in zip(starts, [*starts[1:], None], strict=True):
            if start in cuts:
                took = snapshot(db, args.out / f"store-{cuts[start]}.db")
                print(f"copy for size {cuts[start]} at stream position {start}: {took:.0f} s", flush=True)
            if start >= max(cuts):
                break
            chunk = ids[start:after if after is not None else start + args.batch]
            got = posts.load(chunk)
            t0, c0 = time.perf_counter(), time.process_time()
            added = store_batch(chron, planner, dedup, [(p, got[p]) for p in chunk])
            t1, c1 = time.perf_counter(), time.process_time()
            chron.link_new(added)
            row = {"position": start + len(chunk), "stored": chron.store.counts()["documents"],
                   "store_s": round(t1 - t0, 1), "store_cpu_s": round(c1 - c0, 1),
                   "link_s": round(time.perf_counter() - t1, 1), "link_cpu_s": round(time.process_time() - c1, 1),
                   "rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                   "load": round(os.getloadavg()[0], 1)}
            rows.append(row)
            print(json.dumps(row), flush=True)
    print(json.dumps({"bench": "scale-fill", "batch": args.batch, "batches": len(rows),
                      "wall_s": round(time.perf_counter() - t_start), "sizes": sorted(cuts.values())}))


if __name__ == "__main__":
    main()
