"""Per gold trigger of one dev split: the event mention covering it and the event it joined.

    KRONIEK_LEESTMEER_DIR=... python3 eval/happenings/diagnose.py dev5 [--only-split]
    KRONIEK_LEESTMEER_DIR=... python3 eval/happenings/diagnose.py dev5 --causes

With ``--causes``: every gold trigger no typed mention covers, one line each with its cause
(``miss_cause``), the counts per cause, and the event mentions per post (a watch on precision).

For sorting what stays apart by cause (detection, type, time, family, participants). Prints a
word of the post only for the trigger span itself (the annotated word), never a sentence. Dev
splits only: refuses ``test`` and ``all``.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kroniek.evaluation import happenings as H  # noqa: E402
from kroniek.evaluation.leestmeer import Posts, post_document  # noqa: E402
from kroniek.extract.events import OTHER, ParsedSentence, lexicon  # noqa: E402
from kroniek.model import Document  # noqa: E402


def miss_cause(doc: Document, start: int, end: int) -> str | None:
    """Why no typed event mention covers the gold span: None when one does; "untyped" for a
    mention of type other (the linker leaves it alone); otherwise the trigger's word class and
    what the extractor's rules did with it: "verb present" (an unlisted verb in the present tense,
    which the past-only rule drops), "verb past" (an unlisted past verb a later filter drops),
    "verb listed", "noun support" (the object of a verb that has a mention of its own: "een
    resolutie aannemen"), "noun listed" (a lexicon noun a noun filter drops), "noun unlisted",
    or "other <pos>"; "+head" when the span is in the document's first two sentences."""
    m = next((m for m in doc.events if m.start < end and start < m.end), None)
    phrase = H.phrase_mention(doc, start, end) if m is None else None
    m = m or next((m for m in doc.events if phrase == (m.start, m.end)), None)
    if m is not None:
        return "untyped" if m.type == OTHER else None
    sent = doc.sentence_of(start)
    toks = [i for i, t in enumerate(doc.tokens) if t.start < end and start < t.end]
    if sent is None or not toks:
        return "no token"
    s = ParsedSentence(doc, sent)
    content = [i for i in toks if s.tok(i).coarse_pos in ("WW", "N")] or toks
    i = content[-1]
    tok = s.tok(i)
    lex = lexicon()
    if tok.coarse_pos == "WW":
        if tok.lemma.lower() in lex.verbs:
            cause = "verb listed"
        else:
            cause = "verb present" if tok.pos.startswith("WW(pv,tgw") else "verb past"
    elif tok.coarse_pos == "N":
        h = s.head(i)
        covered = {(e.start, e.end) for e in doc.events}
        if h is not None and s.tok(h).coarse_pos == "WW" and any(a <= s.tok(h).start < b for a, b in covered):
            cause = "noun support"
        else:
            cause = "noun listed" if lex.noun_type(tok.lemma) is not None else "noun unlisted"
    else:
        cause = f"other {tok.coarse_pos}"
    head = doc.sentences.index(sent) < 2
    return cause + (" +head" if head else "")


def main(split: str, only_split: bool, causes: bool = False) -> None:
    if split in ("test", "all"):
        raise SystemExit("diagnose.py reads dev splits only")
    hs, distract = H.read_gold(H.GOLD, split)
    posts = sorted({m["post"] for h in hs for m in h["mentions"]})
    raw = Posts().load(posts + distract)
    triggers = H.place_triggers(hs, {p: post_document(p, raw[p]).text for p in posts})
    docs, events = H.ingest(raw, H.default_cache(), lambda m: print(m, file=sys.stderr))
    ev_of: dict[tuple[str, int, int], str] = {}
    event_by_id = {e.id: e for e in events}
    for e in events:
        for d, s, t in e.mentions:
            ev_of[(d, s, t)] = e.id
    clusters, _ = H.response(triggers, docs, events)
    ok = H.one_event(hs, triggers, clusters)
    if causes:
        print_causes(split, triggers, docs, ok)
        return
    by_h: dict[str, list[H.GoldTrigger]] = defaultdict(list)
    for g in triggers:
        by_h[g.happening].append(g)
    for h in hs:
        if only_split and ok[h["id"]]:
            continue
        print(f"== {h['id']} ({h.get('day')}) one event: {ok[h['id']]}")
        for g in by_h[h["id"]]:
            doc = docs.get(g.post)
            if doc is None:
                print(f"  {g.post}: not ingested")
                continue
            word = doc.text[g.start:g.end]
            m = next((m for m in doc.events if m.start < g.end and g.start < m.end), None)
            if m is None:
                print(f"  {g.post[-10:]} {word!r:28} -- no mention")
                continue
            eid = ev_of.get((doc.id, m.start, m.end), "?")
            e = event_by_id.get(eid)
            when = (e.when or {}).get("value") if e else None
            print(f"  {g.post[-10:]} {word!r:28} {m.lemma:22} {m.type:10} m.when={m.when} ev={eid[-8:]} "
                  f"ev.type={e.type if e else '?'} ev.when={when} n={len(e.mentions) if e else 0}")


def print_causes(split: str, triggers: list[H.GoldTrigger], docs: dict[str, Document], ok: dict[str, bool]) -> None:
    """One line per gold trigger no typed mention covers, then the count per cause."""
    counts: Counter[str] = Counter()
    for g in triggers:
        doc = docs.get(g.post)
        cause = "not ingested" if doc is None else miss_cause(doc, g.start, g.end)
        if cause is None:
            continue
        counts[cause] += 1
        word = doc.text[g.start:g.end] if doc is not None else ""
        print(f"  {g.happening:28} {'one' if ok[g.happening] else 'split':5} {g.post[-10:]} {word!r:24} {cause}")
    print(f"{split} causes: " + ", ".join(f"{c} {n}" for c, n in sorted(counts.items())))
    ems = [m for d in docs.values() for m in d.events]
    typed = sum(m.type != OTHER for m in ems)
    print(f"{split} mentions per post (gold posts and distractors): {len(ems) / max(1, len(docs)):.2f}, "
          f"typed {typed / max(1, len(docs)):.2f} ({len(docs)} posts)")


if __name__ == "__main__":
    main(sys.argv[1], "--only-split" in sys.argv, "--causes" in sys.argv)
