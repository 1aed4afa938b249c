"""Propose the dev4 posts: kinds of post in which little or nothing happens, plus ordinary news.

The held-out test split holds a column, a reader's letter, a Eurovision preview and album reviews,
kinds the dev batches hold few of. This sampler draws one post per stratum over those kinds --
opinion columns, readers' letters, reviews (albums, films, restaurants), previews and schedules,
interviews, background and explainers, recipes and consumer tips -- from any week, and a few strata
of ordinary news from ISO weeks that hold no post of an earlier trigger split (``NEWS``). A
stratum is (outlet, category, title pattern, URL pattern); "" means any, a category "-" means
none. Posts of 300-1,400 cleaned characters, none already in a gold set under eval/, fixed seed.
The annotator reads each proposal and keeps it or takes the next one. Prints post ids only.

    KRONIEK_LEESTMEER_DIR=/work/data/leestmeer-2019-05-08 python3 eval/triggers/sample_dev4.py
"""

from __future__ import annotations

import os
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sample_dev2 import header, used_posts  # noqa: E402
from sample_dev3 import gold_weeks, week  # noqa: E402

from kroniek.evaluation.leestmeer import Posts, post_document  # noqa: E402

SEED = 20261209
REVIEW = r"(?i)recensie|review|★"
LETTER = r"(?i)lezersbrief|\bbrief\b|\bbrieven\b|ingezonden"
PREVIEW = r"(?i)voorbeschouwing|preview|vooruitblik|tv-tips|\btips\b|agenda|wat te doen|programma"
# (outlet, category, title pattern, URL pattern)
STRATA = [
    ("telegraaf.nl", "opinie", "", ""), ("volkskrant.nl", "opinie", "", ""), ("trouw.nl", "", "", "/opinie/"),
    ("telegraaf.nl", "", LETTER, ""), ("ad.nl", "", LETTER, ""),
    ("volkskrant.nl", "cultuur", REVIEW, ""), ("nu.nl", "", REVIEW, ""), ("ad.nl", "", REVIEW, ""),
    ("ad.nl", "eten", "", ""),
    ("ad.nl", "", PREVIEW, ""), ("telegraaf.nl", "", PREVIEW, ""),
    ("volkskrant.nl", "", r"(?i)interview", ""), ("volkskrant.nl", "", "", "/nieuws-achtergrond/"),
    ("nu.nl", "", "", "/geldzaken/"), ("ad.nl", "wonen", "", ""),
]
# ordinary news, only from weeks no earlier trigger split is from
NEWS = [("nos.nl", "-", "", ""), ("ad.nl", "", "", ""), ("nu.nl", "", "", "")]
# added after the first draw, whose review and preview strata came back with news: album, film and
# restaurant reviews, a song-contest preview, an interview and a recipe
MORE = [
    ("volkskrant.nl", "", r"(?i)album|\bplaat\b|★", ""), ("nu.nl", "muziek", r"(?i)album", ""),
    ("nu.nl", "film", "", ""), ("ad.nl", "", r"(?i)restaurant", ""), ("nu.nl", "", "", "/songfestival/"),
    ("telegraaf.nl", "", r"(?i)interview", ""), ("ad.nl", "", r"(?i)recept", ""),
]


def fits(root: Path, pid: str, stratum: tuple[str, str, str, str]) -> bool:
    outlet, cat, title_pattern, url_pattern = stratum
    site, cats, title = header(root / f"{pid}.md")
    if site != outlet or (cat == "-" and cats) or (cat not in ("", "-") and cat not in cats):
        return False
    if url_pattern and url_pattern not in (root / f"{pid}.md").read_text(encoding="utf-8", errors="replace")[:1500]:
        return False
    return not title_pattern or bool(re.search(title_pattern, title))


def main() -> None:
    root = Path(os.environ["KRONIEK_LEESTMEER_DIR"])
    posts = sorted(f"{m.name}/{f.stem}" for m in root.iterdir() for f in m.glob("*.md"))
    used, busy, rng, taken = used_posts(), gold_weeks(root), random.Random(SEED), set()
    skip = set(sys.argv[1:])  # posts the annotator set aside (a list, a table, a duplicate)
    for stratum in STRATA + NEWS + MORE:
        pool = posts[:]
        rng.shuffle(pool)
        for pid in pool:
            if pid in used or pid in taken or pid in skip or not fits(root, pid, stratum):
                continue
            if stratum in NEWS and week(root / f"{pid}.md") in busy:
                continue
            text = post_document(pid, Posts().load([pid])[pid]).text
            if 300 <= len(text) <= 1400:
                taken.add(pid)
                print(pid, *stratum[:2], len(text))
                break


if __name__ == "__main__":
    main()
