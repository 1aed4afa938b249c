#!/usr/bin/env python3
"""`kroniek watch` over a long run: do memory and the time of a poll stay flat as items keep coming?

    python3 bench/watch/long_run.py                        # 300 polls, 2 new items per source, no Frog
    python3 bench/watch/long_run.py --polls 40 --new 1 --frog   # the full analysis (Frog) on each item
    python3 bench/watch/long_run.py --polls 100 --postgres     # the store in a throwaway PostgreSQL
    python3 bench/watch/long_run.py --polls 100 --profile /tmp/last.prof   # cProfile of the last round
    python3 bench/watch/long_run.py --polls 100 --idle 1 --no-etag         # a poll of an unchanged feed too
    python3 bench/watch/long_run.py --polls 100 --idle 1 --no-etag --build-date   # ... re-stamped each poll
    python3 bench/watch/long_run.py --polls 100 --own-dates   # each item keeps its pubDate (not its place's)

One ``Watcher`` over one ``Chronicle`` (as ``kroniek watch`` runs) watches two sources that grow
under it: an RSS feed on a local server (127.0.0.1) that lists its newest ``--window`` items, as
an outlet's feed does, and a folder that only grows (every file stays). Before each poll round
``--new`` new articles go into each (bench_watch's 400-word regional news text, its names,
places and numbers drawn again for every article, so each is a new document). Without
``--frog`` the pipeline is the document-date step only, so the run measures what watch itself
does per poll (fetch, reading in the shared child, storing, indexing, incremental linking,
alerts); with ``--frog`` every item goes through the whole analysis.

Per poll: wall seconds, CPU seconds of this process and everything below it (the reading child,
Frog), the resident memory of this process and of its largest child. Prints a line every
``--every`` rounds and last one JSON object: for each source the median poll time and CPU of the
first and the last tenth of the run, the memory at the end of the first tenth and at the end,
the documents stored, the stories and their memberships (every document in exactly one story:
``story_memberships`` == ``documents_in_stories`` == ``store_documents``). A folder poll lists and stats every file, so it grows with the folder
by design; the feed poll should not grow.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))

from bench_watch import Feed, article, cpu_seconds, serve  # noqa: E402

from kroniek.chronicle import Chronicle, default_pipeline  # noqa: E402
from kroniek.extract.docdate import DocDate  # noqa: E402
from kroniek.pipeline import Pipeline  # noqa: E402
from kroniek.settings import Settings  # noqa: E402
from kroniek.store import Store, open_store  # noqa: E402
from kroniek.store.pgtemp import TempPostgres  # noqa: E402
from kroniek.watch.loop import Watcher  # noqa: E402


def rss_kb(pid: int) -> int:
    """Resident memory of a process in kB (0 when it is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def children(pid: int) -> list[int]:
    """Every process below ``pid`` (the reading child, Frog and its children)."""
    parent = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent[int(stat.parent.name)] = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
    below, grew = {pid}, True
    while grew:
        grew = False
        for child, ppid in parent.items():
            if ppid in below and child not in below:
                below.add(child)
                grew = True
    return sorted(below - {pid})


def write_article(folder: Path, i: int, rng: random.Random) -> None:
    title, body = article(i, rng)
    (folder / f"bericht-{i:05d}.txt").write_text(f"{title}\n\n{body}", encoding="utf-8")


def median(xs: list[float]) -> float:
    return round(statistics.median(xs), 3) if xs else 0.0


def summarise(rows: list[dict[str, Any]], source: str) -> dict[str, Any]:
    mine = [r for r in rows if r["source"] == source]
    tenth = max(1, len(mine) // 10)
    first, last = mine[:tenth], mine[-tenth:]
    return {"polls": len(mine),
            "wall_first_p50_s": median([r["wall_s"] for r in first]), "wall_last_p50_s": median([r["wall_s"] for r in last]),
            "cpu_first_p50_s": median([r["cpu_s"] for r in first]), "cpu_last_p50_s": median([r["cpu_s"] for r in last])}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--polls", type=int, default=300, help="poll rounds (each polls both sources)")
    ap.add_argument("--new", type=int, default=2, help="new articles per source before each round")
    ap.add_argument("--window", type=int, default=50, help="items the feed lists (its newest)")
    ap.add_argument("--frog", action="store_true", help="the whole analysis (Frog) instead of the date step only")
    ap.add_argument("--every", type=int, default=25, help="print a line every this many rounds")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--postgres", action="store_true",
                    help="store in a throwaway PostgreSQL server (kroniek.store.pgtemp) instead of SQLite")
    ap.add_argument("--profile", metavar="PATH",
                    help="cProfile the last round's polls (both sources) and write the stats to PATH (pstats)")
    ap.add_argument("--idle", type=int, default=0,
                    help="after each round, this many rounds with nothing new (summarised apart: feed_idle, folder_idle)")
    ap.add_argument("--no-etag", action="store_true",
                    help="the feed server sends no ETag or Last-Modified: an unchanged feed is a 200 with the same bytes")
    ap.add_argument("--own-dates", action="store_true",
                    help="each feed item keeps its own pubDate (by default an item's date is its place in the "
                         "feed, so every item is re-dated when the window moves)")
    ap.add_argument("--build-date", action="store_true",
                    help="the feed's channel carries a lastBuildDate that changes at every poll (its bytes always change)")
    ap.add_argument("--uncached-terms", action="store_true",
                    help="stem every story member again at each link, as before ops12 (for comparison)")
    args = ap.parse_args()
    if args.uncached_terms:
        from kroniek.link import stories

        stories.text_terms = stories.text_terms.__wrapped__  # type: ignore[assignment]

    with contextlib.ExitStack() as stack:
        db = stack.enter_context(TempPostgres()).url if args.postgres else None
        run(args, db)


def stored_counts(store: Store) -> dict[str, int]:
    """Documents, stories, and story memberships: every document in exactly one story when
    nothing is duplicated (memberships == documents in stories == documents)."""
    stories = store.stories()
    return {"store_documents": store.counts()["documents"], "stories": len(stories),
            "story_memberships": sum(len(s.documents) for s in stories),
            "documents_in_stories": len({d for s in stories for d in s.documents})}


def run(args: argparse.Namespace, db: str | None) -> None:
    work = Path(tempfile.mkdtemp(prefix="bench-watch-long-"))
    folder = work / "map"
    folder.mkdir()
    settings = Settings(db=db or str(work / "watch.db"), allow_private=True)
    pipeline = default_pipeline(settings) if args.frog else Pipeline([DocDate()])
    chron = Chronicle(open_store(settings.db), settings, pipeline=pipeline)
    feed = Feed(etag=not args.no_etag, own_dates=args.own_dates)
    httpd, url = serve(feed)
    log: list[str] = []
    watcher = Watcher(chron, [url, str(folder)], every=3600.0, log=log.append)
    watcher.warm()
    rng = random.Random(args.seed)
    rows: list[dict[str, Any]] = []
    mem_after_tenth: dict[str, int] = {}
    n = 0
    me = os.getpid()
    for rnd in range(args.polls):
        for _ in range(args.new):
            title, body = article(n, rng)
            feed.items = [*feed.items, (f"https://bench.example/nieuws/{n}", title, body)][-args.window:]
            n += 1
            write_article(folder, n, rng)
            n += 1
        profiler = cProfile.Profile() if args.profile and rnd + 1 == args.polls else None
        for idle in range(1 + args.idle):
            if args.build_date:
                feed.built = len(rows)
            for source in (url, str(folder)):
                t, cpu = time.perf_counter(), cpu_seconds()
                if profiler is not None and not idle:
                    profiler.runcall(watcher.poll, source)
                else:
                    watcher.poll(source)
                below = children(me)
                rows.append({"round": rnd + 1, "source": ("feed" if source == url else "folder") + ("_idle" if idle else ""),
                             "wall_s": time.perf_counter() - t, "cpu_s": cpu_seconds() - cpu,
                             "rss_kb": rss_kb(me), "child_rss_kb": max((rss_kb(p) for p in below), default=0)})
        if profiler is not None:
            profiler.dump_stats(args.profile)
        if rnd + 1 == max(1, args.polls // 10):
            mem_after_tenth = {"rss_kb": rows[-1]["rss_kb"], "child_rss_kb": rows[-1]["child_rss_kb"]}
        if (rnd + 1) % args.every == 0:
            recent = rows[-2 * args.every * (1 + args.idle):]
            print(f"round {rnd + 1}: feed {median([r['wall_s'] for r in recent if r['source'] == 'feed']):.3f} s, "
                  f"folder {median([r['wall_s'] for r in recent if r['source'] == 'folder']):.3f} s (p50 of the last "
                  f"{args.every}), RSS {rows[-1]['rss_kb'] / 1024:.0f} MB, largest child "
                  f"{rows[-1]['child_rss_kb'] / 1024:.0f} MB, load {os.getloadavg()[0]:.1f}", file=sys.stderr, flush=True)
    httpd.shutdown()
    stored = stored_counts(chron.store)
    errors = [line for line in log if "error" in line]
    chron.close()
    shutil.rmtree(work, ignore_errors=True)  # the store and the folder of 2 x --polls x --new articles
    print(json.dumps({
        "polls": args.polls, "new_per_source": args.new, "feed_window": args.window, "frog": args.frog,
        "uncached_terms": args.uncached_terms, "postgres": args.postgres,
        "documents_written": n, **stored, "error_lines": len(errors),
        "feed": summarise(rows, "feed"), "folder": summarise(rows, "folder"),
        **({"feed_idle": summarise(rows, "feed_idle"), "folder_idle": summarise(rows, "folder_idle"),
            "no_etag": args.no_etag, "build_date": args.build_date} if args.idle else {}),
        "own_dates": args.own_dates,
        "rss_mb_after_first_tenth": round(mem_after_tenth.get("rss_kb", 0) / 1024, 1),
        "rss_mb_end": round(rows[-1]["rss_kb"] / 1024, 1),
        "child_rss_mb_after_first_tenth": round(mem_after_tenth.get("child_rss_kb", 0) / 1024, 1),
        "child_rss_mb_end": round(rows[-1]["child_rss_kb"] / 1024, 1),
        "load_average_1m": round(os.getloadavg()[0], 1),
    }))


if __name__ == "__main__":
    main()
