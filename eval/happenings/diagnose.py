"""Per gold trigger of one dev split: the event mention covering it and the event it joined.

    KRONIEK_LEESTMEER_DIR=... python3 eval/happenings/diagnose.py dev5 [--only-split]

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
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kroniek.evaluation import happenings as H  # noqa: E402
from kroniek.evaluation.leestmeer import Posts, post_document  # noqa: E402
from kroniek.model import Document, Event  # noqa: E402


def main(split: str, only_split: bool) -> None:
    if split in ("test", "all"):
        raise SystemExit("diagnose.py reads dev splits only")
    hs, distract = H.read_gold(H.GOLD, split)
    posts = sorted({m["post"] for h in hs for m in h["mentions"]})
    raw = Posts().load(posts + distract)
    triggers = H.place_triggers(hs, {p: post_document(p, raw[p]).text for p in posts})
    docs, events = H.ingest(raw, H.default_cache(), lambda m: print(m, file=sys.stderr))
    show_triggers(hs, triggers, docs, events, only_split)


def show_triggers(hs: list[dict[str, Any]], triggers: list[H.GoldTrigger], docs: dict[str, Document],
                  events: list[Event], only_split: bool) -> None:
    """Per happening (only those not one event with ``only_split``): each trigger's mention and event."""
    ev_of: dict[tuple[str, int, int], str] = {}
    event_by_id = {e.id: e for e in events}
    for e in events:
        for d, s, t in e.mentions:
            ev_of[(d, s, t)] = e.id
    clusters, _ = H.response(triggers, docs, events)
    ok = H.one_event(hs, triggers, clusters)
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
    return args


if __name__ == "__main__":
    a = _parse(sys.argv[1:])
    if a.relink:
        relink_loop(a.splits, joins=a.joins, only_split=a.only_split, weights=a.weights, refresh=a.refresh)
    else:
        main(a.splits[0], a.only_split)
