"""Per gold trigger of one dev split: the event mention covering it and the event it joined.

    KRONIEK_LEESTMEER_DIR=... python3 eval/happenings/diagnose.py dev5 [--only-split]

For sorting what stays apart by cause (detection, type, time, family, participants). Prints a
word of the post only for the trigger span itself (the annotated word), never a sentence. Dev
splits only: refuses ``test`` and ``all``.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kroniek.evaluation import happenings as H  # noqa: E402
from kroniek.evaluation.leestmeer import Posts, post_document  # noqa: E402


def main(split: str, only_split: bool) -> None:
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


if __name__ == "__main__":
    main(sys.argv[1], "--only-split" in sys.argv)
