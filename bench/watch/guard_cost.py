#!/usr/bin/env python3
"""Where a whole feed parse's CPU goes: the entity guard (``readers.guard_xml``) against the parse.

    python3 bench/watch/guard_cost.py [--items 50] [--runs 7]

The bench feed (bench_watch's 400-word articles) of ``--items`` items: the median CPU seconds of
``guard_xml`` (it decodes the bytes in every encoding an XML parser could pick, UTF-16 and UTF-32
included, and looks for ``<!ENTITY``), of ``_parse_feed`` (the guard, then feedparser), and of one
decode of the bytes per probe encoding. Prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))

from bench_watch import Feed, article, median_cpu  # noqa: E402

from kroniek.ingest import readers  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--items", type=int, default=50)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(1)
    feed = Feed(own_dates=True)
    feed.items = [(f"https://bench.example/nieuws/{i}", *article(i, rng)) for i in range(args.items)]
    raw = feed.body()
    out: dict[str, object] = {"items": args.items, "bytes": len(raw),
                              "guard_xml_s": median_cpu(lambda: readers.guard_xml(raw, "bench"), args.runs),
                              "parse_feed_s": median_cpu(lambda: readers._parse_feed(raw, "bench"), args.runs)}
    out["decode_s"] = {enc: median_cpu(lambda enc=enc: raw.decode(enc, errors="ignore"), args.runs)
                       for enc in readers._XML_PROBE_ENCODINGS}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
