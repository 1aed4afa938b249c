"""A real week of news as a reader sees it: which posts, into a store, and what a reader objects to.

The week is ISO week 32 of 2019 (5-11 August) unless ``--week`` names another ISO week of 2019
(22, 27 May - 2 June, is the second untuned one; 29, 15-21 July, the third); posts named by gold files are never taken. ``select`` takes its posts of the unpacked leestmeer archive by outlet
(from each post's ``externe_link``) with a fixed seed and fixed quotas per outlet -- audio-only
podcast posts left out, the police's own reports capped so they do not drown the news -- and
never a post any gold file under ``eval/`` names. The list is made the same way on every run.

``ingest`` puts them into a store (``--db``, kept so ``kroniek show/timeline/serve --db`` can read
it; Frog's output cached outside the repository, ``$KRONIEK_CACHE/labels-audit``, as ``audit.py``
does); ``reader.py`` counts the objections on that store. Run::

    export KRONIEK_LEESTMEER_DIR=/work/data/leestmeer-2019-05-08
    python3 eval/labels/week.py --list            # the post ids, one a line, with outlet and day
    python3 eval/labels/week.py --db /tmp/week.db # ingest them (a fresh store each time)
    python3 eval/labels/week.py --week 22 --db /tmp/week22.db   # the second week
    python3 eval/labels/reader.py --db /tmp/week.db
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import tempfile
from collections import Counter
from datetime import date, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from audit import pipeline  # noqa: E402

from kroniek.chronicle import Chronicle  # noqa: E402
from kroniek.evaluation.happenings import CachedFrog  # noqa: E402
from kroniek.settings import Settings, cache_dir  # noqa: E402

EVAL = Path(__file__).resolve().parents[1]
YEAR, WEEK = 2019, 32
SEED = 20261207
# outlet (host without www.) -> how many posts at most; an outlet not listed is left out.
QUOTAS = {"telegraaf.nl": 110, "ad.nl": 70, "nos.nl": 14, "feeds.nos.nl": 7, "politie.nl": 40,
          "computerworld.nl": 6, "nu.nl": 2, "jeugdjournaal.nl": 2}


def months(week: int) -> list[str]:
    """The archive folders ("2019-05") holding the days of ISO week ``week`` of YEAR."""
    monday = date.fromisocalendar(YEAR, week, 1)
    return sorted({(monday + timedelta(days=i)).strftime("%Y-%m") for i in range(7)})


def header(path: Path, week: int = WEEK) -> tuple[str, str]:
    """The post's outlet and day (ISO) if it falls in ISO week ``week``; ("", "") otherwise."""
    head = path.read_text(encoding="utf-8", errors="replace")[:1500]
    link = re.search(r'^externe_link: "?https?://(?:www\.)?([^/"\s]+)', head, re.M)
    date = re.search(r"^date: (.*)$", head, re.M)
    try:
        day = parsedate_to_datetime(date.group(1).strip()).date() if date else None
    except (TypeError, ValueError):
        day = None
    if not link or day is None or tuple(day.isocalendar()[:2]) != (YEAR, week):
        return "", ""
    return link.group(1), day.isoformat()


def used_posts() -> set[str]:
    """Every post id a gold file under eval/ names."""
    pat = re.compile(r"20\d\d-0[5-8]/[0-9a-f]{16}")
    return {m for f in EVAL.rglob("*") if f.suffix in {".json", ".jsonl", ".txt", ".tsv"}
            for m in pat.findall(f.read_text(encoding="utf-8", errors="replace"))}


def select(root: Path, week: int = WEEK) -> list[tuple[str, str, str]]:
    """The week's posts as (post id, outlet, day), sorted by day then id."""
    used = used_posts()
    pool: dict[str, list[tuple[str, str, str]]] = {}
    paths = [(month, path) for month in months(week) for path in sorted((root / month).glob("*.md"))]
    for month, path in paths:
        pid = f"{month}/{path.stem}"
        outlet, day = header(path, week)
        if outlet in QUOTAS and pid not in used:
            pool.setdefault(outlet, []).append((pid, outlet, day))
    rng = random.Random(SEED)
    out = []
    for outlet in sorted(pool):
        posts = pool[outlet]
        rng.shuffle(posts)
        out += posts[: QUOTAS[outlet]]
    return sorted(out, key=lambda r: (r[2], r[0]))


def ingest(posts: list[tuple[str, str, str]], root: Path, db: str) -> None:
    """A fresh store at ``db`` holding the posts, linked (Frog's output cached)."""
    if os.path.exists(db):
        os.remove(db)
    settings = Settings()
    frog = CachedFrog(cache_dir() / "labels-audit", settings)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "posts"
            folder.mkdir()
            for pid, _, _ in posts:
                (folder / (pid.replace("/", "_") + ".md")).write_bytes((root / f"{pid}.md").read_bytes())
            with Chronicle(db, settings, pipeline=pipeline(settings, frog)) as chron:
                chron.ingest([str(folder)], on_error=lambda m: print(m, file=sys.stderr))
    finally:
        frog.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--list", action="store_true", help="print the post ids with outlet and day")
    ap.add_argument("--db", help="ingest the week into this store (removed first)")
    ap.add_argument("--week", type=int, default=WEEK, help=f"ISO week of {YEAR} (default {WEEK})")
    args = ap.parse_args(argv)
    root = Path(os.environ.get("KRONIEK_LEESTMEER_DIR", ""))
    if not all((root / month).is_dir() for month in months(args.week)):
        print("set KRONIEK_LEESTMEER_DIR to the unpacked leestmeer archive", file=sys.stderr)
        return 2
    posts = select(root, args.week)
    if args.list:
        for row in posts:
            print(*row, sep="\t")
    print(f"{len(posts)} posts: " + ", ".join(f"{o} {n}" for o, n in Counter(o for _, o, _ in posts).most_common()),
          file=sys.stderr)
    if args.db:
        ingest(posts, root, args.db)
    return 0


if __name__ == "__main__":
    sys.exit(main())
