"""Sort the bare labels (one word) of the audit stories by what the parse gives around their trigger,
so each cause is counted with a command (issue #10 item 3).

Each bare label's mention (the one ``labels`` builds from) is put in one class by its parse: a
nominalised infinitive, an event noun's place (object of a verb with a subject, subject of its
clause, coordinated, in a prepositional phrase, other), a verb's (a relative pronoun as subject, a
subordinate clause the parser broke, an impersonal "er" clause, an infinitive under te/om,
coordinated, a participle hung on a non-noun, a participle under an auxiliary with no subject,
other). The classes are checks on the parse, not hand labels; read them with ``-v`` (prints the
labels, words of the posts: do not store the output in the repository).

Run: ``KRONIEK_LEESTMEER_DIR=/work/data/leestmeer-2019-05-08 python3 eval/labels/causes.py [-v]``
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import audit  # noqa: E402

from kroniek.evaluation.leestmeer import Posts  # noqa: E402
from kroniek.link.label_parse import children, sentence_tokens  # noqa: E402
from kroniek.link.labels import _mention  # noqa: E402
from kroniek.model import Document, EventMention  # noqa: E402
from kroniek.settings import Settings, cache_dir  # noqa: E402


def _noun_cause(doc: Document, i: int) -> str:
    t = doc.tokens[i]
    h = doc.tokens[t.head] if t.head >= 0 else None
    if h is not None and h.coarse_pos == "WW" and t.deprel in ("obj1", "predc") and children(doc, t.head, "su"):
        return "event noun: object of a verb with a subject"
    if t.deprel == "su":
        return "event noun: subject of its clause"
    if t.deprel == "cnj":
        return "event noun: coordinated, nobody in its phrase"
    if h is not None and h.coarse_pos == "VZ":
        return "event noun: in a prepositional phrase, nobody in its phrase"
    return "event noun: other (fragment or misparse)"


def _verb_cause(doc: Document, i: int) -> str:
    t, toks = doc.tokens[i], doc.tokens
    rng = sentence_tokens(doc, i)
    top = t.head if t.deprel == "vc" and t.head >= 0 else i
    if toks[top].deprel == "body" and toks[top].head >= 0 and toks[toks[top].head].pos.startswith("VNW(betr"):
        return "verb: its subject is a relative pronoun"
    if toks[top].deprel in ("ROOT", "") and any(
            toks[j].deprel == "body" and toks[j].coarse_pos in ("N", "SPEC") and toks[toks[j].head].pos.startswith("VG(onder")
            for j in rng if j < i):
        return "verb: subordinate clause the parser broke (subject under the conjunction)"
    if t.pos.startswith("WW(vd") and any(doc.text[toks[j].start : toks[j].end].lower() == "er" for j in rng):
        return "verb: impersonal 'er' clause or passive, nobody named"
    if t.pos.startswith("WW(inf") and t.deprel == "body":
        return "verb: infinitive under te/om (its controller not read)"
    if t.deprel == "cnj":
        return "verb: coordinated, no shared subject found (misparse)"
    if t.deprel == "mod":
        return "verb: participle hung on a non-noun (misparse)"
    if t.pos.startswith("WW(vd") and t.deprel == "vc":
        return "verb: participle under an auxiliary, no subject in the parse"
    return "verb: other (no subject in the parse)"


def cause(doc: Document, em: EventMention, i: int) -> str:
    """The class of a bare label's mention by its parse."""
    t = doc.tokens[i]
    if t.pos.startswith("WW(inf,nom"):
        return "nominalised infinitive read as a verb"
    return _noun_cause(doc, i) if t.coarse_pos == "N" else _verb_cause(doc, i)


def main(argv: list[str]) -> int:
    data = json.loads(audit.STORIES.read_text(encoding="utf-8"))
    settings = Settings()
    frog = audit.CachedFrog(cache_dir() / "labels-audit", settings)
    counts: collections.Counter[str] = collections.Counter()
    seen: dict[str, list[str]] = collections.defaultdict(list)
    try:
        for story in data["stories"]:
            docs, events, _stories, names = audit.build(Posts().load(story["posts"]), frog, settings)
            by_id = {d.id: d for d in docs.values()}
            for ev in events:
                if " " in ev.label.strip():
                    continue
                found = _mention(ev, by_id, names)
                c = "no mention" if found is None else cause(*found)
                counts[c] += 1
                seen[c].append(f"{story['name']}:{ev.label}")
    finally:
        frog.close()
    for c, n in counts.most_common():
        print(f"{n:4d}  {c}")
        if "-v" in argv:
            print("      " + ", ".join(seen[c]))
    print(f"{sum(counts.values()):4d}  bare labels")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
