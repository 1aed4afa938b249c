"""The link step of one bench/scale batch alone: its CPU per linking step, and how the batch's new
documents were clustered, to compare two versions of the linking code on the same batch.

    python3 bench/scale/link_step.py unlinked --stores DIR --size S --out UNLINKED.db
    python3 bench/scale/link_step.py link --db UNLINKED.db [--save CLUSTERS.json] [--against CLUSTERS.json]

``unlinked``: a copy of ``DIR/store-S.db`` (``bench/scale/fill.py``) with the 500 posts that bring it
to S ingested as ``bench/scale/batch.py`` does (Frog replayed from ``bench/scale/record.py``'s
recording, every extractor real) but not linked; their ids go to ``UNLINKED.db.ids.json``.
``link``: on a temporary copy of that store, ``link.incremental.link_batch`` links the batch once
(the store is left as it was); prints one JSON object: CPU seconds in all and per step, the stored
documents each step read, what it wrote, peak RSS. ``--save`` writes the batch's clusters (the new
documents' entity mentions, event mentions and documents, grouped by the entity, event and story
each joined); ``--against`` reads such a file made by another version of the code and adds B³
and pairwise F1 of this run's clusters against it, per layer, and how many of the batch's
clusters joined a stored entity, event or story in each run. Run it with ``PYTHONPATH`` at
another checkout to link with that code.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Hashable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))


def unlinked(stores: Path, recorded: Path, size: int, out: Path) -> None:
    from stream import read

    from kroniek.analyse.annotator import FrogAnnotator
    from kroniek.analyse.frog import RecordedFrog
    from kroniek.chronicle import LINKS_STALE, Chronicle
    from kroniek.extract.coref import Coreference
    from kroniek.extract.docdate import DocDate
    from kroniek.extract.events import EventExtractor
    from kroniek.extract.ner import CrfNer
    from kroniek.extract.quotes import QuoteExtractor
    from kroniek.extract.timex import TimexTagger
    from kroniek.pipeline import Pipeline
    from kroniek.settings import Settings

    ids = json.loads((recorded / f"{size}.meta.json").read_text(encoding="utf-8"))["posts"]
    shutil.copyfile(stores / f"store-{size}.db", out)
    pipe = Pipeline([DocDate(), FrogAnnotator(backend=RecordedFrog(str(recorded / f"{size}.json"))), CrfNer(),
                     Coreference(), TimexTagger(), QuoteExtractor(), EventExtractor()])
    folder = Path(tempfile.mkdtemp(prefix="kroniek-link-step-"))
    for pid, raw in read(ids):
        (folder / f"{pid.replace('/', '-')}.md").write_bytes(raw)
    stored: list[str] = []
    Chronicle.link_new = lambda self, doc_ids: stored.extend(doc_ids) or []  # type: ignore[method-assign,assignment,func-returns-value]
    try:
        with Chronicle(str(out), Settings(db=str(out)), pipeline=pipe) as chron:
            chron.ingest([str(folder)], on_error=lambda _m: None, batch_size=len(ids))
            chron.store.set_meta(LINKS_STALE, None)  # stored, deliberately not linked: link_batch does that
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    Path(f"{out}.ids.json").write_text(json.dumps(stored), encoding="utf-8")
    print(json.dumps({"store": str(out), "unlinked": len(stored)}))


def _clusters(store: Any, new_ids: list[str]) -> dict[str, Any]:
    """The batch's items grouped by what they joined, and which groups hold stored items too."""
    out: dict[str, Any] = {}
    new = set(new_ids)
    for layer, rows in (("entities", store.entity_mentions_in(new_ids)), ("events", store.event_mentions_in(new_ids))):
        groups: dict[str, list[str]] = {}
        for gid, d, s, t in rows:
            groups.setdefault(gid, []).append(f"{d}:{s}:{t}")
        old = store.entity_rows(list(groups)) if layer == "entities" else store.get_events(list(groups))
        stored_too = {g.id for g in old if layer == "events" and any(m[0] not in new for m in g.mentions)}
        if layer == "entities":
            docs = store.entity_documents(list(groups), per_entity=len(new) + 1)
            stored_too = {g for g, ds in docs.items() if set(ds) - new}
        out[layer] = {"groups": groups, "joined": sorted(stored_too)}
    stories: dict[str, list[str]] = {}
    for d, sids in store.story_ids_of(new_ids).items():
        for sid in sids:
            stories.setdefault(sid, []).append(d)
    joined = [s.id for s in store.get_stories(list(stories)) if set(s.documents) - new]
    out["stories"] = {"groups": stories, "joined": sorted(joined)}
    return out


def _compare(mine: dict[str, Any], theirs: dict[str, Any]) -> dict[str, Any]:
    from kroniek.evaluation.coref import b_cubed
    from kroniek.evaluation.link_agreement import pairwise_f1

    out: dict[str, Any] = {}
    for layer in ("entities", "events", "stories"):
        a = [frozenset[Hashable](g) for g in theirs[layer]["groups"].values()]
        b = [frozenset[Hashable](g) for g in mine[layer]["groups"].values()]
        items = set().union(set(), *a) & set().union(set(), *b)
        a = [r for c in a if (r := frozenset(c & items))]
        b = [r for c in b if (r := frozenset(c & items))]
        out[layer] = {"b3_f1": round(b_cubed(a, b).f1, 4), "pairwise_f1": round(pairwise_f1(a, b), 4),
                      "items": len(items), "groups_against": len(a), "groups": len(b),
                      "joined_stored_against": len(theirs[layer]["joined"]), "joined_stored": len(mine[layer]["joined"])}
    return out


def link(db: Path, save: Path | None, against: Path | None) -> None:
    from kroniek.link.incremental import link_batch
    from kroniek.settings import Settings
    from kroniek.store import open_store

    ids = json.loads(Path(f"{db}.ids.json").read_text(encoding="utf-8"))
    work = Path(tempfile.mkdtemp(prefix="kroniek-link-step-"))
    copy = work / "store.db"
    shutil.copyfile(db, copy)
    try:
        store = open_store(copy)
        c0, t0 = time.process_time(), time.perf_counter()
        report = link_batch(store, ids, Settings(db=str(copy)))
        cpu, wall = time.process_time() - c0, time.perf_counter() - t0
        row: dict[str, Any] = {
            "documents": len(ids), "link_cpu_s": round(cpu, 2), "link_wall_s": round(wall, 2),
            "link_cpu_s_by_step": report.seconds,
            "neighbours": {"entities": report.entity_neighbours, "events": report.event_neighbours,
                           "stories": report.story_neighbours},
            "written": {"entities": report.entities_written, "events": report.events_written,
                        "stories": report.stories_written, "merges": report.merged},
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}
        clusters = _clusters(store, ids)
        store.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if save:
        save.write_text(json.dumps(clusters), encoding="utf-8")
    if against:
        row["against"] = _compare(clusters, json.loads(against.read_text(encoding="utf-8")))
    print(json.dumps(row))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    u = sub.add_parser("unlinked")
    u.add_argument("--stores", type=Path, required=True)
    u.add_argument("--recorded", type=Path, default=Path.home() / ".cache" / "kroniek" / "scale" / "frog-skip-p")
    u.add_argument("--size", type=int, required=True)
    u.add_argument("--out", type=Path, required=True)
    lk = sub.add_parser("link")
    lk.add_argument("--db", type=Path, required=True)
    lk.add_argument("--save", type=Path, default=None)
    lk.add_argument("--against", type=Path, default=None)
    args = ap.parse_args()
    if args.command == "unlinked":
        unlinked(args.stores, args.recorded, args.size, args.out)
    else:
        link(args.db, args.save, args.against)


if __name__ == "__main__":
    main()
