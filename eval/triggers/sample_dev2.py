"""Propose the dev2 posts: one stratum per outlet and kind the first 28 posts hold least.

Posts of 300-1,200 cleaned characters, none already in a gold set under eval/, drawn with a fixed
seed from each stratum (outlet, category, optional title pattern). The annotator reads the
proposals and keeps a post or takes the next one (a post that is a list, a table or a duplicate).
Prints post ids and outlets only.

    KRONIEK_LEESTMEER_DIR=/work/data/leestmeer-2019-05-08 python3 eval/triggers/sample_dev2.py
"""

from __future__ import annotations

import os
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kroniek.evaluation.leestmeer import Posts, post_document  # noqa: E402

SEED = 20261207
EVAL = Path(__file__).resolve().parents[1]
# (outlet, category or "" for none, title pattern or "")
STRATA = [
    ("politie.nl", "", ""), ("politie.nl", "", ""), ("nu.nl", "economie", ""),
    ("nu.nl", "", ""), ("ad.nl", "gelderland", ""), ("ad.nl", "overijssel", ""),
    ("nos.nl", "voetbal", ""), ("vi.nl", "voetbal", ""), ("telegraaf.nl", "financieel", ""),
    ("nos.nl", "-", r"(?i)\b(president|regering|parlement|premier|minister)\b(?! league)"),
    ("volkskrant.nl", "cultuur", ""), ("ad.nl", "", r"(?i)\b(rechtbank|rechter|celstraf|veroordeeld|cel)\b"),
    ("nos.nl", "economie", ""), ("nu.nl", "muziek", ""), ("jeugdjournaal.nl", "", ""),
]


def header(path: Path) -> tuple[str, list[str], str]:
    head = path.read_text(encoding="utf-8", errors="replace")[:1500]
    link = re.search(r'externe_link: "https?://(?:www\.)?([^/"]+)', head)
    cats = re.search(r"categories:\s*\n((?:- .*\n)*)", head)
    title = re.search(r'title: "(.*)"', head)
    cat = [c.strip("- ").strip() for c in cats.group(1).splitlines()] if cats else []
    return (link.group(1) if link else ""), cat, (title.group(1) if title else "")


def used_posts() -> set[str]:
    pat = re.compile(r"20\d\d-0[5-8]/[0-9a-f]{16}")
    return {m for f in EVAL.rglob("*") if f.suffix in {".json", ".txt", ".tsv"}
            for m in pat.findall(f.read_text(encoding="utf-8", errors="replace"))}


def main() -> None:
    root = Path(os.environ["KRONIEK_LEESTMEER_DIR"])
    posts = sorted(f"{m.name}/{f.stem}" for m in root.iterdir() for f in m.glob("*.md"))
    used, rng, taken = used_posts(), random.Random(SEED), set()
    for outlet, cat, pattern in STRATA:
        pool = posts[:]
        rng.shuffle(pool)
        for pid in pool:
            if pid in used or pid in taken:
                continue
            site, cats, title = header(root / f"{pid}.md")
            if site != outlet or (cat == "-" and cats) or (cat not in ("", "-") and cat not in cats):
                continue
            if pattern and not re.search(pattern, title):
                continue
            text = post_document(pid, Posts().load([pid])[pid]).text
            if 300 <= len(text) <= 1200:
                taken.add(pid)
                print(pid, outlet, cat, len(text))
                break


if __name__ == "__main__":
    main()
