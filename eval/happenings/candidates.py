"""Candidate happenings for a fresh dev batch, drawn the way the test split's were (README "How it was made").

    KRONIEK_LEESTMEER_DIR=... python3 eval/happenings/candidates.py [--pick N] [--seed S] [--any-day]

Groups posts of different outlets within three days whose titles share at least two proper names
(or one, both titles holding a happening word), keeps groups with a happening word in a title and three or more outlets, drops groups
whose first day is less than two days from a test happening or on the day of any other happening
in gold.json, and
with ``--pick`` draws N groups at random (seeded): kinds then come in the proportions the
candidate groups hold them, not chosen toward hard cases. ``--any-day`` keeps only the test rule (two
days from every test happening): after nine batches few groups lie a day clear of every other
happening (dev10 was drawn so). Prints post ids, days, outlets and the matched title word only (no
post text).
"""

from __future__ import annotations

import datetime as dt
import json
import pickle
import random
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_gold import OUTLETS, TRIGGER_TITLE, outlet  # noqa: E402

from kroniek.evaluation.leestmeer import Posts  # noqa: E402

# A run of capitalised words is one name ("Den Haag", "Imanuelle Grives").
NAME = re.compile(r"\b([A-Z][a-zà-ÿ]{2,}(?:\s+[A-Z][a-zà-ÿ]+)*)")
STOP = {"Het", "De", "Een", "Dit", "Dat", "Die", "Deze", "Wat", "Wie", "Hoe", "Waarom", "Ook", "Nog", "Zo", "Na", "In",
        "Op", "Bij", "Van", "Voor", "Met", "Door", "Om", "Over", "Uit", "Tegen", "Nederland", "Nederlandse", "Video",
        "Live", "Update", "Politie", "Man", "Vrouw"}


def _day(head: str) -> dt.date | None:
    m = re.search(r"^date: (.*)$", head, re.M)
    try:
        return dt.datetime.strptime(m.group(1).strip()[:16], "%a, %d %b %Y").date() if m else None
    except ValueError:
        return None


def _names(title: str) -> set[str]:
    """Capitalised runs not opening a segment of the headline (Dutch headlines are in sentence case)."""
    out = set()
    for segment in re.split(r"\s+[-–—|]\s+|:\s+|,\s+|_\s+", title):
        rest = segment.split(None, 1)[1] if " " in segment.strip() else ""
        out |= {n for n in NAME.findall(rest) if n not in STOP}
    return out


def read_posts(posts: Posts) -> list[dict]:
    out = []
    for month in ("2019-05", "2019-06", "2019-07", "2019-08"):
        for pid, raw in posts.iter_all(month):
            head = raw[:2500].decode("utf-8", "replace")
            t = re.search(r'^title: "?(.*?)"?$', head, re.M)
            day = _day(head)
            src = outlet(raw)
            if not t or day is None or src not in OUTLETS.values():
                continue
            out.append({"id": pid, "day": day, "outlet": src, "title": t.group(1),
                        "word": (m.group(1).lower() if (m := TRIGGER_TITLE.search(t.group(1))) else None),
                        "names": _names(t.group(1))})
    return out


def groups(rows: list[dict]) -> list[list[dict]]:
    """Seeds are posts with a happening word in the title; a group is the seed plus the posts whose
    titles share two names with it, or one name and a happening word."""
    by_day: dict[dt.date, list[dict]] = {}
    for r in rows:
        by_day.setdefault(r["day"], []).append(r)
    seen: set[frozenset[str]] = set()
    out = []
    for seed in rows:
        if not seed["word"] or not seed["names"]:
            continue
        near = [r for k in range(-3, 4) for r in by_day.get(seed["day"] + dt.timedelta(k), [])]
        grp = [r for r in near if len(r["names"] & seed["names"]) >= (1 if r["word"] else 2)]
        key = frozenset(r["id"] for r in grp)
        if len({r["outlet"] for r in grp}) >= 3 and key not in seen:
            seen.add(key)
            out.append(grp)
    return out


def free(day: dt.date, test: list[dt.date], taken: list[dt.date]) -> bool:
    """At least two days from every test happening and one from every other happening in the gold."""
    return all(abs((day - t).days) >= 2 for t in test) and all(abs((day - t).days) >= 1 for t in taken)


def main(pick: int, seed: int, any_day: bool = False) -> None:
    gold = json.loads(Path(__file__).with_name("gold.json").read_text(encoding="utf-8"))
    taken = [] if any_day else [dt.date.fromisoformat(h["day"]) for h in gold["happenings"]]
    test = [dt.date.fromisoformat(h["day"]) for h in gold["happenings"] if h["split"] == "test"]
    used = {m["post"] for h in gold["happenings"] for m in h["mentions"]}
    cache = Path(tempfile.gettempdir()) / "kroniek-happening-titles.pickle"
    if cache.exists():
        rows = pickle.loads(cache.read_bytes())
        for r in rows:
            r["names"] = _names(r["title"])
    else:
        rows = read_posts(Posts())
        cache.write_bytes(pickle.dumps(rows))
    cands = []
    for grp in groups(rows):
        first = min(r["day"] for r in grp)
        if free(first, test, taken) and not used & {r["id"] for r in grp}:
            cands.append(grp)
    print(f"{len(cands)} candidate groups; title words:",
          Counter(next(r["word"] for r in g if r["word"]) for g in cands).most_common())
    chosen = random.Random(seed).sample(cands, min(pick, len(cands))) if pick else cands
    for g in chosen:
        print(min(r["day"] for r in g), next(r["word"] for r in g if r["word"]), sorted({r["outlet"] for r in g}))
        for r in sorted(g, key=lambda r: r["day"]):
            print("   ", r["id"], r["day"], r["outlet"])


if __name__ == "__main__":
    args = sys.argv[1:]
    main(int(args[args.index("--pick") + 1]) if "--pick" in args else 0,
         int(args[args.index("--seed") + 1]) if "--seed" in args else 2026,
         "--any-day" in args)
