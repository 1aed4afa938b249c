"""Build eval/entities/leestmeer.json from the annotator's decisions in annotation.txt.

annotation.txt lists each chosen mention as "post approx-offset surface | entity | type [| also]"
(names only, no text of the posts) and different-entity pairs as "NEG entity | entity". This
script finds each surface next to its offset in the cleaned post text and writes ids, offsets,
digests and labels; same-entity pairs are drawn from the mentions of one entity within one split
(name-form pairs first, at most 8 per entity and split), different-entity pairs from the NEG lines.

    KRONIEK_LEESTMEER_DIR=/work/data/leestmeer-2019-05-08 python3 eval/entities/build_gold.py
"""
import hashlib, itertools, json, re, sys

from kroniek.evaluation.leestmeer import Posts, digest, post_document
spec = [l for l in open("eval/entities/annotation.txt").read().splitlines() if l.strip() and not l.startswith("#")]
ments, negs = [], []
for l in spec:
    if l.startswith("NEG "):
        a, b = (x.strip() for x in l[4:].split("|")); negs.append((a, b)); continue
    parts = [p.strip() for p in l.split("|")]
    head = parts[0].split(" ", 2)
    ments.append(dict(post=head[0], approx=int(head[1]), surface=head[2], entity=parts[1], type=parts[2], also=parts[3].split(",") if len(parts) > 3 else []))
posts = sorted({m["post"] for m in ments})
raw = Posts().load(posts)
texts = {p: post_document(p, raw[p]).text for p in posts}
out = []
for i, m in enumerate(ments):
    t = texts[m["post"]]
    best = None
    for x in re.finditer(r"(?<![\w])" + re.escape(m["surface"]) + r"(?![\w])", t):
        d = abs(x.start() - m["approx"])
        if x.start() >= m["approx"] - 40 and (best is None or d < best[0]):
            best = (d, x.start(), x.end())
    if best is None or best[0] > 120:
        sys.exit(f"not found: {m}")
    s, e = best[1], best[2]
    rec = {"id": f"m{i+1:03d}", "post": m["post"], "start": s, "end": e, "digest": digest(t[s:e]), "entity": m["entity"], "type": m["type"]}
    if m["also"]: rec["also"] = m["also"]
    rec["_surface"] = m["surface"]
    out.append(rec)
keys = {(r["post"], r["start"]) for r in out}
assert len(keys) == len(out), "duplicate mention"
def kind(a, b):
    sa, sb = a["_surface"], b["_surface"]
    if sa == sb: return "same-form"
    if any(s.isupper() and len(s) <= 6 and " " not in s for s in (sa, sb)) and a["type"] != "PER": return "acronym"
    if a["type"] == "PER" and (len(sa.split()) == 1) != (len(sb.split()) == 1) : return "surname-full"
    return "variant"
def h(s): return hashlib.sha1(s.encode()).hexdigest()
test = sorted(p for p in posts if int(h("kroniek-entities:" + p)[:8], 16) % 2 == 1)
dev = sorted(p for p in posts if p not in test)
sp = {p: ("test" if p in test else "dev") for p in posts}
pairs = []
by_ent = {}
for r in out: by_ent.setdefault(r["entity"], []).append(r)
for ent, rs in by_ent.items():
    for split in ("dev", "test"):
        cand = [(a, b) for a, b in itertools.combinations(rs, 2) if sp[a["post"]] == sp[b["post"]] == split and (a["_surface"] != b["_surface"] or a["post"] != b["post"])]
        cand.sort(key=lambda p: (kind(*p) == "same-form", h(p[0]["id"] + p[1]["id"])))
        for a, b in cand[:8]:
            pairs.append({"a": a["id"], "b": b["id"], "same": True, "kind": kind(a, b), "scope": "within" if a["post"] == b["post"] else "across"})
for ea, eb in negs:
    assert ea in by_ent and eb in by_ent, (ea, eb)
    cand = list(itertools.product(by_ent[ea], by_ent[eb]))
    cand.sort(key=lambda p: (sp[p[0]['post']] != sp[p[1]['post']], h(p[0]['id'] + p[1]['id'])))
    for a, b in cand[:4]:
        pairs.append({"a": a["id"], "b": b["id"], "same": False, "kind": "different", "scope": "within" if a["post"] == b["post"] else "across"})
for r in out: del r["_surface"]
gold = {"format": "kroniek-entity-gold/1", "source": "leestmeer-2019", "split": {"dev": dev, "test": test}, "mentions": out, "pairs": pairs}
with open("eval/entities/leestmeer.json", "w", encoding="utf-8") as f:
    f.write('{"format": "kroniek-entity-gold/1", "source": "leestmeer-2019",\n')
    f.write(' "split": ' + json.dumps(gold["split"]) + ',\n "mentions": [\n')
    f.write(",\n".join("  " + json.dumps(r, ensure_ascii=False) for r in out) + '\n ],\n "pairs": [\n')
    f.write(",\n".join("  " + json.dumps(p) for p in pairs) + "\n ]}\n")
from collections import Counter
def split_of(pr):
    m = {r["id"]: r for r in out}
    sa, sb = sp[m[pr["a"]]["post"]], sp[m[pr["b"]]["post"]]
    return sa if sa == sb else "mixed"
print(len(out), "mentions", len(pairs), "pairs", len(dev), "dev posts", len(test), "test posts")
print(Counter((split_of(p), p["same"]) for p in pairs))
print(Counter((p["kind"], p["scope"]) for p in pairs))

