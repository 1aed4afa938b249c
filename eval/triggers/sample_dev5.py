"""Propose the dev5 posts: drawn the way the first 28 posts (and so the test split) were drawn.

The first batch, of which the hash split made dev and test, was a plain random draw from posts of
300-1,400 cleaned characters, at most a few per outlet, none in a gold set under eval/ -- no
strata of kind or outlet, so it holds columns, letters, previews, reviews and release notes in the
proportions the archive holds them. dev5 repeats that draw (fixed seed, at most ``PER_OUTLET``
posts per outlet) so that its before-figure is the closest proxy for the test split. Every ISO week
of the archive already holds a post of some trigger split, so dev5 takes posts only from calendar
days that hold none. The annotator reads each proposal and keeps it or takes the next one (a post
given on the command line is set aside: a list, a table, a duplicate). Prints post ids only.

    KRONIEK_LEESTMEER_DIR=/work/data/leestmeer-2019-05-08 python3 eval/triggers/sample_dev5.py
"""

from __future__ import annotations

import json
import os
import random
import re
import sys
from collections import Counter
from email.utils import parsedate_to_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sample_dev2 import header, used_posts  # noqa: E402

from kroniek.evaluation.leestmeer import Posts, post_document  # noqa: E402

SEED = 20261210
N_POSTS = 25
PER_OUTLET = 3
GOLD = Path(__file__).resolve().parent / "leestmeer.json"


def day(path: Path) -> str:
    m = re.search(r"^date: (.*)$", path.read_text(encoding="utf-8", errors="replace")[:600], re.M)
    return parsedate_to_datetime(m.group(1)).date().isoformat() if m else ""


def gold_days(root: Path) -> set[str]:
    split = json.loads(GOLD.read_text(encoding="utf-8"))["split"]
    return {day(root / f"{p}.md") for posts in split.values() for p in posts}


def main(seed: int = SEED) -> None:
    """Print the proposals of the draw with ``seed`` (each later batch has a seed of its own)."""
    root = Path(os.environ["KRONIEK_LEESTMEER_DIR"])
    posts = sorted(f"{m.name}/{f.stem}" for m in root.iterdir() for f in m.glob("*.md"))
    used, busy, rng = used_posts(), gold_days(root), random.Random(seed)
    skip = set(sys.argv[1:])
    rng.shuffle(posts)
    per_outlet: Counter[str] = Counter()
    taken = 0
    for pid in posts:
        if taken == N_POSTS:
            break
        if pid in used or pid in skip:
            continue
        path = root / f"{pid}.md"
        site = header(path)[0]
        if not site or per_outlet[site] >= PER_OUTLET or day(path) in busy:
            continue
        text = post_document(pid, Posts().load([pid])[pid]).text
        if 300 <= len(text) <= 1400:
            per_outlet[site] += 1
            taken += 1
            print(pid, site, len(text))


if __name__ == "__main__":
    main()
