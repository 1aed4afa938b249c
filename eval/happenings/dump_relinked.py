"""Dump a dev split's relinked events (and optionally its ingested documents) in a canonical text form.

    KRONIEK_LEESTMEER_DIR=... PYTHONHASHSEED=1 python3 eval/happenings/dump_relinked.py dev9 [--cache DIR] [--docs] > a.txt
    KRONIEK_LEESTMEER_DIR=... PYTHONHASHSEED=2 python3 eval/happenings/dump_relinked.py dev9 [--cache DIR] [--docs] > b.txt
    diff a.txt b.txt
    ... dump_relinked.py dev9 --export > a.json   # a full ingest's export (stable ids, stories) instead

For checking that one input gives one chronicle whatever the process's string hash seed: the
same snapshot relinked under two seeds must print the same lines (and two snapshots made under
two seeds with ``--cache`` folders of their own, the same documents). Prints ids, offsets, types,
dates, entity names and labels: no post text beyond the short names and labels the chronicle
itself holds. Dev splits only (the relink module refuses ``test`` and ``all``).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kroniek.evaluation import happenings_relink as R  # noqa: E402


def _plain(x: Any) -> Any:
    if isinstance(x, (set, frozenset)):
        return sorted(_plain(v) for v in x)
    raise TypeError(type(x).__name__)


def doc_lines(snap: R.Snapshot) -> list[str]:
    """One JSON line per stored document, in post order (sets sorted, lists as stored; the source
    path, a temporary folder of each ingest, as its file name)."""
    out = []
    for pid in sorted(snap.docs):
        d = dataclasses.asdict(snap.docs[pid])
        d["source"] = Path(d["source"]).name
        out.append(json.dumps(d, sort_keys=True, default=_plain, ensure_ascii=False))
    return out


def export_lines(split: str, cache: Path | None) -> list[str]:
    """A full ingest of the split's posts (stable ids, stories), exported: one JSON line per item."""
    from kroniek.evaluation import happenings as H
    from kroniek.evaluation.leestmeer import Posts
    from kroniek.export import build_export

    R._refuse_held_out(split)
    hs, distract = H.read_gold(H.GOLD, split)
    raw = Posts().load(sorted({m["post"] for h in hs for m in h["mentions"]}) + distract)
    out: list[str] = []

    def keep(store: Any) -> None:
        exp = build_export(store, generated="-")
        for part, items in sorted(exp.items()):
            if not isinstance(items, list):
                out.append(json.dumps({part: items}, sort_keys=True, ensure_ascii=False))
                continue
            for item in items:
                if isinstance(item, dict) and "source" in item:
                    item["source"] = Path(str(item["source"])).name
                out.append(json.dumps({part: item}, sort_keys=True, default=_plain, ensure_ascii=False))

    H.ingest(raw, cache or H.default_cache(), lambda m: print(m, file=sys.stderr), on_store=keep)
    return out


def event_lines(events: list[Any], entities: list[Any]) -> list[str]:
    """One JSON line per event in the order linking made them, entity ids written as their names."""
    name = {e.id: getattr(e, "name", e.id) for e in entities}
    out = []
    for e in events:
        d = dataclasses.asdict(e)
        d["participants"] = [(r, name.get(i, i)) for r, i in e.participants]
        d["where"] = [name.get(i, i) for i in e.where]
        out.append(json.dumps(d, sort_keys=True, default=_plain, ensure_ascii=False))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("split")
    ap.add_argument("--cache", type=Path, default=None, help="a happenings cache folder of its own")
    ap.add_argument("--docs", action="store_true", help="also the snapshot's documents")
    ap.add_argument("--export", action="store_true", help="a full ingest's export instead (no snapshot)")
    a = ap.parse_args()
    if a.export:
        print("\n".join(export_lines(a.split, a.cache)))
        return
    snap = R.snapshot(a.split, a.cache, echo=lambda m: print(m, file=sys.stderr))
    if a.docs:
        print("\n".join(doc_lines(snap)))
    events, entities = R.relink(list(snap.docs.values()))
    print("\n".join(event_lines(events, entities)))


if __name__ == "__main__":
    main()
