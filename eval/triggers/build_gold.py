"""Build eval/triggers/leestmeer.json from the annotator's decisions in annotation.txt.

annotation.txt names the posts ("POST id") and lists each trigger as "post approx-offset surface |
label" (one word, no sentence of the posts). This script finds each surface next to its offset in
the cleaned post text (kroniek's reader, ``post_document``) and writes post ids, offsets, digests
and labels only. Posts are split into dev and test by a hash of their id (11 of 28 to test), so
the split does not depend on what the annotator saw in them.

    KRONIEK_LEESTMEER_DIR=/work/data/leestmeer-2019-05-08 python3 eval/triggers/build_gold.py
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kroniek.evaluation.leestmeer import Posts, digest, post_document  # noqa: E402

HERE = Path(__file__).resolve().parent
SPEC = HERE / "annotation.txt"
OUT = HERE / "leestmeer.json"
N_TEST = 11
LABELS = ("event", "maybe")


def read_spec() -> tuple[list[str], list[dict]]:
    posts: list[str] = []
    triggers: list[dict] = []
    for line in SPEC.read_text(encoding="utf-8").splitlines():
        line = line.split(" # ")[0].strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("POST "):
            posts.append(line.split()[1])
            continue
        left, label = (x.strip() for x in line.split("|"))
        post, approx, surface = left.split(" ", 2)
        if label not in LABELS:
            raise SystemExit(f"unknown label {label!r} in: {line}")
        triggers.append({"post": post, "approx": int(approx), "surface": surface, "label": label})
    return posts, triggers


def place(t: dict, text: str) -> tuple[int, int]:
    best = None
    for m in re.finditer(r"(?<!\w)" + re.escape(t["surface"]) + r"(?!\w)", text):
        if m.start() >= t["approx"] - 5 and (best is None or m.start() < best[0]):
            best = (m.start(), m.end())
    if best is None or best[0] - t["approx"] > 400:
        raise SystemExit(f"{t['post']}: {t['surface']!r} not found after {t['approx']}")
    return best


def split_of(posts: list[str]) -> dict[str, list[str]]:
    ranked = sorted(posts, key=lambda p: hashlib.sha1(p.encode()).hexdigest())
    return {"dev": sorted(ranked[N_TEST:]), "test": sorted(ranked[:N_TEST])}


def main() -> None:
    posts, triggers = read_spec()
    if missing := {t["post"] for t in triggers} - set(posts):
        raise SystemExit(f"triggers in posts not listed as POST: {sorted(missing)}")
    raw = Posts().load(posts)
    texts = {p: post_document(p, raw[p]).text for p in posts}
    out, seen = [], set()
    for t in triggers:
        start, end = place(t, texts[t["post"]])
        if (t["post"], start) in seen:
            raise SystemExit(f"{t['post']}: {t['surface']!r} at {start} annotated twice")
        seen.add((t["post"], start))
        out.append({"post": t["post"], "start": start, "end": end,
                    "digest": digest(texts[t["post"]][start:end]), "label": t["label"]})
    out.sort(key=lambda x: (x["post"], x["start"]))
    gold = {"format": "kroniek-trigger-gold/1", "source": "leestmeer-2019", "split": split_of(posts),
            "triggers": out}
    OUT.write_text(json.dumps(gold, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    n = {lab: sum(x["label"] == lab for x in out) for lab in LABELS}
    print(f"wrote {OUT}: {len(posts)} posts, {n}")


if __name__ == "__main__":
    main()
