"""Per gold trigger of one dev split: the event mention covering it and the event it joined.

    KRONIEK_LEESTMEER_DIR=... python3 eval/happenings/diagnose.py dev5 [--only-split]
    KRONIEK_LEESTMEER_DIR=... python3 eval/happenings/diagnose.py dev5 --causes

With ``--causes``: every gold trigger no typed mention covers, one line each with its cause
(``miss_cause``), the counts per cause, and the event mentions per post (a watch on precision).

For sorting what stays apart by cause (detection, type, time, family, participants). Prints a
word of the post only for the trigger span itself (the annotated word), never a sentence. Dev
splits only: refuses ``test`` and ``all``.

The relink loop, for tuning the linking (``kroniek/evaluation/happenings_relink.py``):

    KRONIEK_LEESTMEER_DIR=... python3 eval/happenings/diagnose.py --relink dev dev2 ... dev9 [--joins]

ingests each split once into a snapshot (cached under the happenings cache folder, keyed by the
split's posts and every non-linking source file), then relinks the snapshot's documents with the
current code and prints the same CoNLL-F1 and "one event" figures as ``kroniek eval happenings``
(all nine dev splits in about a minute once the snapshots exist). Only linking code
(``RELINKED`` in that module) may change between relinks; any other change makes a new snapshot.
``--joins`` lists the events holding gold triggers of two happenings or a mention of another post;
``--only-split`` the happenings not one event; ``--weights "name=value,..."`` sets LinkWeights;
``--refresh`` ingests again.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kroniek.evaluation import happenings as H  # noqa: E402
from kroniek.evaluation.leestmeer import Posts, post_document  # noqa: E402
from kroniek.extract.events import OTHER, ParsedSentence, lexicon  # noqa: E402
from kroniek.model import Document, Event  # noqa: E402


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
    show_triggers(hs, triggers, docs, events, only_split, causes=causes, split=split)


def show_triggers(hs: list[dict[str, Any]], triggers: list[H.GoldTrigger], docs: dict[str, Document],
                  events: list[Event], only_split: bool, *, causes: bool = False, split: str = "") -> None:
    """Per happening (only those not one event with ``only_split``): each trigger's mention and event;
    with ``causes`` the untyped or missed triggers by cause instead (``print_causes``)."""
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



def relink_loop(splits: list[str], *, joins: bool, only_split: bool, weights: str, refresh: bool) -> None:
    """Score each dev split from its snapshot with the current linking code; the sum of CoNLL-F1 last."""
    from kroniek.evaluation import happenings_relink as R
    from kroniek.link.events import LinkWeights

    w = LinkWeights(**_weights(weights)) if weights else None
    total = 0.0
    for split in splits:
        res, snap, events = R.evaluate(split, refresh=refresh, weights=w, echo=lambda m: print(m, file=sys.stderr))
        conll = res["system"]["conll_f1"]
        total += conll
        print(f"{split:5} conll={conll:.4f} one={res['one_event']}/{res['happenings']} "
              f"found={res['triggers_detected']}/{res['triggers']}", flush=True)
        for line in R.wrong_joins(snap, events) if joins else []:
            print("  " + line)
        if only_split:
            show_triggers(snap.happenings, snap.triggers, snap.docs, events, True)
    print(f"sum={total:.4f}")


def _weights(text: str) -> dict[str, object]:
    """``"names=0.4,cross_doc=0.2"`` as LinkWeights keyword arguments (numbers and True/False)."""
    out: dict[str, object] = {}
    for item in filter(None, (p.strip() for p in text.split(","))):
        name, _, value = (part.strip() for part in item.partition("="))
        out[name] = value == "True" if value in ("True", "False") else float(value)
    return out


def _parse(argv: list[str]) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("splits", nargs="+", help="dev splits (dev, dev2, ...); test and all are refused")
    ap.add_argument("--only-split", action="store_true", help="only the happenings that are not one event")
    ap.add_argument("--causes", action="store_true", help="the gold triggers no typed mention covers, by cause "
                    "(without --relink), and the event mentions per post")
    ap.add_argument("--relink", action="store_true",
                    help="relink from a snapshot of each split (ONLY linking code may change between relinks)")
    ap.add_argument("--joins", action="store_true", help="with --relink: events holding a gold trigger and "
                    "another happening's trigger or another post's mention")
    ap.add_argument("--weights", default="", help='with --relink: LinkWeights fields, "name=value,..."')
    ap.add_argument("--refresh", action="store_true", help="with --relink: ingest again even if a snapshot exists")
    args = ap.parse_args(argv)
    if {"test", "all"} & set(args.splits):
        ap.error("diagnose.py reads dev splits only")
    if not args.relink and (len(args.splits) > 1 or args.joins or args.weights or args.refresh):
        ap.error("several splits, --joins, --weights and --refresh need --relink")
    if args.relink and args.causes:
        ap.error("--causes reads a fresh ingest: leave out --relink")
    return args


if __name__ == "__main__":
    a = _parse(sys.argv[1:])
    if a.relink:
        relink_loop(a.splits, joins=a.joins, only_split=a.only_split, weights=a.weights, refresh=a.refresh)
    else:
        main(a.splits[0], a.only_split, a.causes)
