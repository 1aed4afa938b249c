"""Build eval/entities/leestmeer.json from the annotator's decisions in annotation.txt.

annotation.txt lists each chosen mention as "post approx-offset surface | entity | type [| also]"
(names only, no text of the posts) and different-entity pairs as "NEG entity | entity". This
script finds each surface next to its offset in the cleaned post text and writes ids, offsets,
digests and labels; same-entity pairs are drawn from the mentions of one entity within one split
(name-form pairs first, at most 8 per entity and split), different-entity pairs from the NEG lines
(at most 4 per line, pairs inside one split first).

    KRONIEK_LEESTMEER_DIR=/work/data/leestmeer-2019-05-08 python3 eval/entities/build_gold.py
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path

from kroniek.evaluation.leestmeer import Posts, digest, post_document

HERE = Path(__file__).resolve().parent
SPEC = HERE / "annotation.txt"
OUT = HERE / "leestmeer.json"


def h(s: str) -> str:
    return hashlib.sha1(s.encode()).hexdigest()


def read_spec() -> tuple[list[dict], list[tuple[str, str]]]:
    lines = [ln for ln in SPEC.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    mentions, negs = [], []
    for line in lines:
        if line.startswith("NEG "):
            a, b = (x.strip() for x in line[4:].split("|"))
            negs.append((a, b))
            continue
        parts = [p.strip() for p in line.split("|")]
        post, approx, surface = parts[0].split(" ", 2)
        also = parts[3].split(",") if len(parts) > 3 else []
        mentions.append(
            {"post": post, "approx": int(approx), "surface": surface, "entity": parts[1], "type": parts[2], "also": also}
        )
    return mentions, negs


def place(mentions: list[dict], texts: dict[str, str]) -> list[dict]:
    out = []
    for i, m in enumerate(mentions):
        t = texts[m["post"]]
        best = None
        for x in re.finditer(r"(?<![\w])" + re.escape(m["surface"]) + r"(?![\w])", t):
            d = abs(x.start() - m["approx"])
            if x.start() >= m["approx"] - 40 and (best is None or d < best[0]):
                best = (d, x.start(), x.end())
        if best is None or best[0] > 120:
            sys.exit(f"not found: {m}")
        s, e = best[1], best[2]
        rec = {
            "id": f"m{i + 1:03d}", "post": m["post"], "start": s, "end": e, "digest": digest(t[s:e]),
            "entity": m["entity"], "type": m["type"],
        }
        if m["also"]:
            rec["also"] = m["also"]
        rec["_surface"] = m["surface"]
        out.append(rec)
    assert len({(r["post"], r["start"]) for r in out}) == len(out), "duplicate mention"
    return out


def kind(a: dict, b: dict) -> str:
    sa, sb = a["_surface"], b["_surface"]
    if sa == sb:
        return "same-form"
    if any(s.isupper() and len(s) <= 6 and " " not in s for s in (sa, sb)) and a["type"] != "PER":
        return "acronym"
    if a["type"] == "PER" and (len(sa.split()) == 1) != (len(sb.split()) == 1):
        return "surname-full"
    return "variant"


def make_pairs(out: list[dict], negs: list[tuple[str, str]], sp: dict[str, str]) -> list[dict]:
    def scope(a: dict, b: dict) -> str:
        return "within" if a["post"] == b["post"] else "across"

    by_ent: dict[str, list[dict]] = {}
    for r in out:
        by_ent.setdefault(r["entity"], []).append(r)
    pairs = []
    for rs in by_ent.values():
        for split in ("dev", "test"):
            cand = [
                (a, b)
                for a, b in itertools.combinations(rs, 2)
                if sp[a["post"]] == sp[b["post"]] == split and (a["_surface"] != b["_surface"] or a["post"] != b["post"])
            ]
            cand.sort(key=lambda p: (kind(*p) == "same-form", h(p[0]["id"] + p[1]["id"])))
            for a, b in cand[:8]:
                pairs.append({"a": a["id"], "b": b["id"], "same": True, "kind": kind(a, b), "scope": scope(a, b)})
    for ea, eb in negs:
        assert ea in by_ent and eb in by_ent, (ea, eb)
        cand = list(itertools.product(by_ent[ea], by_ent[eb]))
        cand.sort(key=lambda p: (sp[p[0]["post"]] != sp[p[1]["post"]], h(p[0]["id"] + p[1]["id"])))
        for a, b in cand[:4]:
            pairs.append({"a": a["id"], "b": b["id"], "same": False, "kind": "different", "scope": scope(a, b)})
    return pairs


def main() -> None:
    mentions, negs = read_spec()
    posts = sorted({m["post"] for m in mentions})
    raw = Posts().load(posts)
    texts = {p: post_document(p, raw[p]).text for p in posts}
    out = place(mentions, texts)
    test = sorted(p for p in posts if int(h("kroniek-entities:" + p)[:8], 16) % 2 == 1)
    dev = sorted(p for p in posts if p not in test)
    sp = {p: ("test" if p in test else "dev") for p in posts}
    pairs = make_pairs(out, negs, sp)
    for r in out:
        del r["_surface"]
    with OUT.open("w", encoding="utf-8") as f:
        f.write('{"format": "kroniek-entity-gold/1", "source": "leestmeer-2019",\n')
        f.write(' "split": ' + json.dumps({"dev": dev, "test": test}) + ',\n "mentions": [\n')
        f.write(",\n".join("  " + json.dumps(r, ensure_ascii=False) for r in out) + '\n ],\n "pairs": [\n')
        f.write(",\n".join("  " + json.dumps(p) for p in pairs) + "\n ]}\n")
    by_id = {r["id"]: r for r in out}

    def split_of(p: dict) -> str:
        a, b = sp[by_id[p["a"]]["post"]], sp[by_id[p["b"]]["post"]]
        return a if a == b else "mixed"

    print(len(out), "mentions", len(pairs), "pairs", len(dev), "dev posts", len(test), "test posts")
    print(Counter((split_of(p), p["same"]) for p in pairs))


if __name__ == "__main__":
    main()
