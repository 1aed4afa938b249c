"""Build eval/triggers/leestmeer.json from the annotator's decisions in annotation.txt.

annotation.txt names the posts ("POST id") and lists each trigger as "post approx-offset surface |
label" (one word, no sentence of the posts). This script finds each surface next to its offset in
the cleaned post text (kroniek's reader, ``post_document``) and writes post ids, offsets, digests
and labels only. The first 28 posts are split into dev and test by a hash of their id (11 to
test), so the split does not depend on what the annotator saw in them; a later batch names its
split on its POST lines ("POST id dev2") and goes to it whole.

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


def read_spec() -> tuple[list[str], list[dict], dict[str, str]]:
    posts: list[str] = []
    fixed: dict[str, str] = {}
    triggers: list[dict] = []
    for line in SPEC.read_text(encoding="utf-8").splitlines():
        line = line.split(" # ")[0].strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("POST "):
            fields = line.split()
            posts.append(fields[1])
            if len(fields) > 2:
                fixed[fields[1]] = fields[2]
            continue
        left, label = (x.strip() for x in line.split("|"))
        post, approx, surface = left.split(" ", 2)
        if label not in LABELS:
            raise SystemExit(f"unknown label {label!r} in: {line}")
        triggers.append({"post": post, "approx": int(approx), "surface": surface, "label": label})
    return posts, triggers, fixed


def place(t: dict, text: str) -> tuple[int, int]:
    best = None
    for m in re.finditer(r"(?<!\w)" + re.escape(t["surface"]) + r"(?!\w)", text):
        if m.start() >= t["approx"] - 5 and (best is None or m.start() < best[0]):
            best = (m.start(), m.end())
    if best is None or best[0] - t["approx"] > 400:
        raise SystemExit(f"{t['post']}: {t['surface']!r} not found after {t['approx']}")
    return best


def split_of(posts: list[str], fixed: dict[str, str]) -> dict[str, list[str]]:
    """The first batch split by hash into dev and test; a later batch ("POST id dev2") whole."""
    ranked = sorted((p for p in posts if p not in fixed), key=lambda p: hashlib.sha1(p.encode()).hexdigest())
    out = {"dev": sorted(ranked[N_TEST:]), "test": sorted(ranked[:N_TEST])}
    for split in sorted(set(fixed.values())):
        out[split] = sorted(p for p in posts if fixed.get(p) == split)
    return out


def main() -> None:
    posts, triggers, fixed = read_spec()
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
    gold = {"format": "kroniek-trigger-gold/1", "source": "leestmeer-2019", "split": split_of(posts, fixed),
            "triggers": out}
    OUT.write_text(json.dumps(gold, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    n = {lab: sum(x["label"] == lab for x in out) for lab in LABELS}
    print(f"wrote {OUT}: {len(posts)} posts, {n}")


if __name__ == "__main__":
    main()
