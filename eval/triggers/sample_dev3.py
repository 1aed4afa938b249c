"""Propose the dev3 posts: one stratum per kind of news, from weeks no earlier trigger post is from.

Like ``sample_dev2.py`` (whose header reader and used-post list it reuses): posts of 300-1,200
cleaned characters, none already in a gold set under eval/, drawn with a fixed seed, one per
stratum (outlet, category, title pattern) over the kinds the task names -- police reports, court,
politics, business, sports, culture, foreign news, regional news -- and only from ISO weeks that hold
no post of the dev, dev2 or test splits. The annotator reads each proposal and keeps it or takes
the next one. Prints post ids and outlets only.

    KRONIEK_LEESTMEER_DIR=/work/data/leestmeer-2019-05-08 python3 eval/triggers/sample_dev3.py
"""

from __future__ import annotations

import json
import os
import random
import re
import sys
from email.utils import parsedate_to_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sample_dev2 import header, used_posts  # noqa: E402

from kroniek.evaluation.leestmeer import Posts, post_document  # noqa: E402

SEED = 20261208
GOLD = Path(__file__).resolve().parent / "leestmeer.json"
COURT = r"(?i)\b(rechtbank|rechter|celstraf|veroordeeld|cel|hof|OM|eist)\b"
POLITICS = r"(?i)\b(kabinet|Kamer|minister|premier|coalitie|gemeenteraad|partij)\b"
FOREIGN = r"(?i)\b(Trump|VS|China|Rusland|Iran|Brexit|Duitsland|Frankrijk|Turkije|Israël|president)\b"
# (outlet, category: "" any, "-" none; title pattern or "")
STRATA = [
    ("politie.nl", "", ""), ("politie.nl", "noord-brabant", ""),
    ("ad.nl", "", COURT), ("telegraaf.nl", "", COURT),
    ("nos.nl", "-", POLITICS), ("nu.nl", "", ""),
    ("telegraaf.nl", "financieel", ""), ("nu.nl", "financieel", ""),
    ("ad.nl", "sport", ""), ("nos.nl", "sport", ""),
    ("volkskrant.nl", "entertainment", ""), ("telegraaf.nl", "entertainment", ""),
    ("nos.nl", "-", FOREIGN), ("trouw.nl", "", ""),
    ("ad.nl", "noord-brabant", ""), ("omroepwest.nl", "", ""),
]


def week(path: Path) -> tuple[int, int]:
    m = re.search(r"^date: (.*)$", path.read_text(encoding="utf-8", errors="replace")[:600], re.M)
    return parsedate_to_datetime(m.group(1)).isocalendar()[:2] if m else (0, 0)


def gold_weeks(root: Path) -> set[tuple[int, int]]:
    split = json.loads(GOLD.read_text(encoding="utf-8"))["split"]
    return {week(root / f"{p}.md") for posts in split.values() for p in posts}


def fits(root: Path, pid: str, stratum: tuple[str, str, str]) -> bool:
    outlet, cat, pattern = stratum
    site, cats, title = header(root / f"{pid}.md")
    if site != outlet or (cat == "-" and cats) or (cat not in ("", "-") and cat not in cats):
        return False
    return not pattern or bool(re.search(pattern, title))


def main() -> None:
    root = Path(os.environ["KRONIEK_LEESTMEER_DIR"])
    posts = sorted(f"{m.name}/{f.stem}" for m in root.iterdir() for f in m.glob("*.md"))
    used, busy, rng, taken = used_posts(), gold_weeks(root), random.Random(SEED), set()
    for stratum in STRATA:
        pool = posts[:]
        rng.shuffle(pool)
        for pid in pool:
            if pid in used or pid in taken or not fits(root, pid, stratum) or week(root / f"{pid}.md") in busy:
                continue
            text = post_document(pid, Posts().load([pid])[pid]).text
            if 300 <= len(text) <= 1200:
                taken.add(pid)
                print(pid, *stratum[:2], len(text))
                break


if __name__ == "__main__":
    main()
