"""Event types on a real week's store: how many events of each type, and a sample of one type to read.

Made for the stores of ``week.py`` (issue #10: "economy" was a catch-all on real weeks, "de val van
het kabinet" and a tennis player dropping in the ranking typed economy). Prints the number of
events (the store's linked events) per type, and with ``--sample N`` draws N events of ``--type``
(default economy) with a fixed seed from the events sorted by id, and prints for each its first
mention as ``doc start end``, the trigger word and the words around it, to read one by one (words
of the posts: read them, never store that output in the repository). ``--compare OTHER_DB`` prints,
for the same sample, the type the other store gives the event holding the same first mention (the
sample read again after a change). ``--changes`` (with ``--compare``) lists instead every event whose
first mention the other store types differently, and counts the moves ("economy -> appoint") and the
events the other store splits (their mentions in more than one event there). Run::

    export KRONIEK_LEESTMEER_DIR=/work/data/leestmeer-2019-05-08
    python3 eval/labels/week.py --week 34 --db /tmp/week34.db
    python3 eval/labels/types.py --db /tmp/week34.db
    python3 eval/labels/types.py --db /tmp/week34.db --sample 40 [--compare /tmp/week34-after.db]
    python3 eval/labels/types.py --db /tmp/week34.db --compare /tmp/week34-after.db --changes
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kroniek.model import Event  # noqa: E402
from kroniek.store import open_store  # noqa: E402

SEED = 20261207
CONTEXT = 70  # characters either side of the trigger in a listed sample


def type_counts(events: list[Event]) -> Counter[str]:
    """Events per type."""
    return Counter(e.type for e in events)


def sample(events: list[Event], typ: str, n: int, seed: int = SEED) -> list[Event]:
    """n events of type ``typ`` drawn with a fixed seed from the events sorted by id."""
    pool = sorted((e for e in events if e.type == typ), key=lambda e: e.id)
    return random.Random(seed).sample(pool, min(n, len(pool)))


def first_mention(ev: Event) -> tuple[str, int, int] | None:
    return min(ev.mentions) if ev.mentions else None


def types_by_mention(events: list[Event]) -> dict[tuple[str, int, int], str]:
    """The type of the event holding each mention."""
    return {tuple(m): e.type for e in events for m in e.mentions}  # type: ignore[misc]


def moves(events: list[Event], other: dict[tuple[str, int, int], str]) -> list[tuple[Event, str]]:
    """The events the other store types differently (by their first mention), with that type."""
    out = []
    for ev in sorted(events, key=lambda e: e.id):
        m = first_mention(ev)
        now = other.get(m, "(gone)") if m is not None else "(gone)"
        if now != ev.type:
            out.append((ev, now))
    return out


def splits(events: list[Event], other_events: list[Event]) -> int:
    """Events whose mentions the other store holds in more than one event (a happening split)."""
    where = {tuple(m): e.id for e in other_events for m in e.mentions}
    return sum(len({where[tuple(m)] for m in ev.mentions if tuple(m) in where}) > 1 for ev in events)


def show(ev: Event, k: int, docs: dict, now: str) -> None:
    """One event: its first mention, the type now (with ``--compare``), its label and the words around it."""
    m = first_mention(ev)
    if m is None:
        return
    doc, start, end = m
    text = docs[doc].text if doc in docs else ""
    left = text[max(0, start - CONTEXT):start].replace("\n", " ")
    right = text[end:end + CONTEXT].replace("\n", " ")
    print(f"{k:2d} {doc} {start} {end}{now} | {ev.label}\n    …{left}[[{text[start:end]}]]{right}…")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--type", default="economy")
    ap.add_argument("--sample", type=int, default=0, help="list this many events of --type (post words: never store)")
    ap.add_argument("--compare", help="another store: the type it gives each sampled event's first mention")
    ap.add_argument("--changes", action="store_true", help="with --compare: every event typed otherwise there")
    args = ap.parse_args(argv)
    store = open_store(args.db)
    try:
        events = store.events()
        counts = type_counts(events)
        print(f"events\t{len(events)}")
        for typ, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"{typ}\t{n}\t{n / max(1, len(events)):.3f}")
        if not args.sample and not args.changes:
            return 0
        other: dict[tuple[str, int, int], str] = {}
        other_events: list[Event] = []
        if args.compare:
            cmp = open_store(args.compare)
            try:
                other_events = cmp.events()
                other = types_by_mention(other_events)
            finally:
                cmp.close()
        docs = {d.id: d for d in store.iter_documents()}
        if args.changes:
            moved = moves(events, other)
            print(f"split\t{splits(events, other_events)}")
            for (a, b), n in sorted(Counter((ev.type, now) for ev, now in moved).items(), key=lambda kv: -kv[1]):
                print(f"moved\t{a} -> {b}\t{n}")
            for k, (ev, now) in enumerate(moved, 1):
                show(ev, k, docs, f" {ev.type} -> {now}")
            return 0
        for k, ev in enumerate(sample(events, args.type, args.sample), 1):
            show(ev, k, docs, f" -> {other.get(first_mention(ev), '(gone)')}" if args.compare else "")  # type: ignore[arg-type]
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
