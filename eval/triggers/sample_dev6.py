"""Propose the dev6 posts: drawn as dev5 (and the first 28 posts, so the test split) were.

The same plain random draw as ``sample_dev5.py`` -- posts of 300-1,400 cleaned characters, at most
``PER_OUTLET`` per outlet, none in a gold set under eval/, no strata of kind or outlet -- with a
seed of its own, and only from calendar days that no trigger split (dev5 included) holds. The
annotator reads each proposal and keeps it or takes the next one (a post given on the command line
is set aside: a list, a table, a duplicate). Prints post ids only.

    KRONIEK_LEESTMEER_DIR=/work/data/leestmeer-2019-05-08 python3 eval/triggers/sample_dev6.py
"""

from __future__ import annotations

import os
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sample_dev2 import header, used_posts  # noqa: E402
from sample_dev5 import N_POSTS, PER_OUTLET, day, gold_days  # noqa: E402

from kroniek.evaluation.leestmeer import Posts, post_document  # noqa: E402

SEED = 20261213


def main() -> None:
    root = Path(os.environ["KRONIEK_LEESTMEER_DIR"])
    posts = sorted(f"{m.name}/{f.stem}" for m in root.iterdir() for f in m.glob("*.md"))
    used, busy, rng = used_posts(), gold_days(root), random.Random(SEED)
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
