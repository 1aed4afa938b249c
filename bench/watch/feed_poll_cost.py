#!/usr/bin/env python3
"""What listing and reading one poll of a feed costs, against the feed's length (no fork, no store).

    python3 bench/watch/feed_poll_cost.py                       # feeds of 10, 50, 200 and 1,000 items
    python3 bench/watch/feed_poll_cost.py --lengths 50 --rounds 40

For each length L, an RSS feed lists its newest L articles (bench_watch's 400-word text, names and
numbers drawn again per article, each with its own pubDate unless ``--moving-dates``); each round puts ``--new`` (2) new articles on top and "polls"
it: ``watch.sources._read_feed`` lists the items, asks which keys are unseen (those of the items
not listed before) and reads those, with the reading child's work run in this process so its CPU
is counted (``time.process_time``). Two ways, on the same feeds:

- ``whole``: no ``FeedMemory``, every poll parses the whole feed (as before feed18);
- ``parts``: the watcher's ``FeedMemory``: only the items not listed at the last poll are parsed.

A third column, ``parts_restamped``, polls the same feed again with only its channel's
lastBuildDate changed (new bytes, no new item). Prints one line per length and last one JSON
object: the median CPU seconds per poll after ``--warm`` rounds, and the documents read (the same
for both ways).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))

from bench_watch import Feed, article  # noqa: E402

from kroniek.settings import Settings  # noqa: E402
from kroniek.watch import sources  # noqa: E402
from kroniek.watch.feedparts import FeedMemory  # noqa: E402

URL = "https://bench.example/rss"


def in_process(func: Any, source: str, *args: Any, deadline: float, memory: int) -> Any:
    """``worker.read_shared`` without the child: the reading runs here, so its CPU is this process's."""
    yield from func(*args)


def one_poll(raw: bytes, seen: set[str], memory: FeedMemory | None) -> tuple[float, int]:
    """CPU seconds of listing and reading the unseen items of this feed; the documents read."""
    poll = sources.Poll("200")
    settings = Settings()

    def unseen(keys: list[str]) -> list[str]:
        return [k for k in keys if k not in seen]

    t = time.process_time()
    sources._read_feed(URL, raw, "feed", poll, unseen, settings, False, memory)
    took = time.process_time() - t
    seen.update(c.key for c in poll.candidates)
    return took, sum(len(c.docs) for c in poll.candidates)


def run(length: int, rounds: int, warm: int, new: int, seed: int, own: bool) -> dict[str, Any]:
    result: dict[str, Any] = {"items": length}
    for way in ("whole", "parts"):
        rng = random.Random(seed)
        feed, memory, seen = Feed(own_dates=own), (FeedMemory() if way == "parts" else None), set[str]()
        feed.built = 0
        n, times, restamped, docs = 0, [], [], 0
        for _ in range(length):  # the feed starts full; the first poll reads it all
            title, body = article(n, rng)
            feed.items = [*feed.items, (f"https://bench.example/nieuws/{n}", title, body)][-length:]
            n += 1
        one_poll(feed.body(), seen, memory)
        for rnd in range(warm + rounds):
            for _ in range(new):
                title, body = article(n, rng)
                feed.items = [*feed.items, (f"https://bench.example/nieuws/{n}", title, body)][-length:]
                n += 1
            feed.built = 2 * rnd + 1
            took, read = one_poll(feed.body(), seen, memory)
            feed.built = 2 * rnd + 2
            again, _ = one_poll(feed.body(), seen, memory)
            if rnd >= warm:
                times.append(took)
                restamped.append(again)
                docs += read
        result[f"{way}_cpu_s"] = round(statistics.median(times), 4)
        result[f"{way}_restamped_cpu_s"] = round(statistics.median(restamped), 4)
        result[f"{way}_documents_read"] = docs
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lengths", default="10,50,200,1000", help="items the feed lists, comma-separated")
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument("--warm", type=int, default=3, help="rounds not counted (imports, caches)")
    ap.add_argument("--new", type=int, default=2, help="new items per round")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--moving-dates", action="store_true",
                    help="an item's pubDate is its place in the feed (long_run's default): every item re-dated each round")
    args = ap.parse_args()
    sources.read_shared = in_process  # type: ignore[assignment]
    rows = []
    for length in (int(x) for x in args.lengths.split(",")):
        rows.append(run(length, args.rounds, args.warm, args.new, args.seed, not args.moving_dates))
        print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    print(json.dumps({"rounds": args.rounds, "new_per_round": args.new, "feeds": rows}))


if __name__ == "__main__":
    main()
