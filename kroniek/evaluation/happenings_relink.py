"""Relink a dev split of the happenings gold from a snapshot of its ingested documents.

A full ``kroniek eval happenings --split devN`` ingests the split's posts again (Frog output is
cached, the rest of the pipeline is not): about a minute and a half a split on two shared cores.
When only the linking changes, everything before it gives the same documents every time. So:

1. ``snapshot``: ingest the split once as ``happenings.evaluate`` does and keep the stored,
   analysed documents (post-dated across sources, as the store holds them) in a pickle under the
   cache folder (outside the repository: it holds post text).
2. ``relink``: run what ``Chronicle._relink`` runs after the documents are in the store (entity
   linking, event linking, ``finish_events``) on those documents, with the current code.
3. ``happenings.score`` scores the result exactly as ``kroniek eval happenings`` does.

**Only linking code may change between relinks.** The snapshot's file name carries a key over
the split's posts (ids and bytes) and the text of every file of the package except the modules
the relink itself runs (``RELINKED``: event linking and what the chronicle adds to events before
storing them). Any other change (an extractor, a lexicon, the reader, entity linking, dating)
makes a new key, so the next run ingests again. One thing the key cannot see: dating documents
across sources (``link.dates``) runs during the ingest and reads event mentions through
``link.events``; a linking change that would date other documents shows only after
``--refresh`` (a full ingest). Dev splits only: ``test`` and ``all`` are refused.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import EvalError
from ..model import Document, Entity, Event
from ..settings import Settings
from ..store import Store
from . import happenings as H
from .leestmeer import Posts, post_document

PACKAGE = Path(__file__).resolve().parents[1]
# Modules (and the one data file) the relink runs (paths under kroniek/, a trailing "/" for a whole package): they may change
# between relinks without a new snapshot. Entity linking is not here: extraction uses it too.
RELINKED = ("link/events/", "link/events_finish.py", "link/participants.py", "link/institutions.py",
            "link/labels.py", "link/anchors.py", "link/salience.py", "link/sayings.py",
            "data/event_families.tsv", "evaluation/happenings_relink.py")
FORMAT = "relink-1"  # raise when the pickled contents change shape


@dataclass(slots=True)
class Snapshot:
    """One dev split ingested: its gold, its stored documents keyed by post id, and the run's settings."""

    split: str
    key: str
    happenings: list[dict[str, Any]]
    triggers: list[H.GoldTrigger]
    distractors: int
    docs: dict[str, Document]


def _is_relinked(rel: str) -> bool:
    return any(rel.startswith(p) if p.endswith("/") else rel == p for p in RELINKED)


def source_files(root: Path | None = None) -> Iterator[Path]:
    """Every file of the package that shapes the ingested documents (all but ``RELINKED``), sorted."""
    root = root or PACKAGE
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_file() and "__pycache__" not in rel and not rel.endswith(".pyc") and not _is_relinked(rel):
            yield path


def snapshot_key(split: str, posts: dict[str, bytes], root: Path | None = None) -> str:
    """What a snapshot was made from: the format, the split, its posts' bytes and the non-linking code."""
    root = root or PACKAGE
    h = hashlib.sha256(f"{FORMAT}\0{split}\0".encode())
    for pid in sorted(posts):
        h.update(pid.encode() + b"\0" + hashlib.sha256(posts[pid]).digest())
    for path in source_files(root):
        h.update(path.relative_to(root).as_posix().encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()[:20]


def _refuse_held_out(split: str) -> None:
    if split in ("test", "all"):
        raise EvalError("the relink loop reads dev splits only; the test split is scored once, in full")


def snapshot(split: str, cache: Path | None = None, *, refresh: bool = False,
             echo: Callable[[str], None] = lambda m: None) -> Snapshot:
    """The split's snapshot for the current code: read from the cache, or made by one full ingest."""
    _refuse_held_out(split)
    cache = cache or H.default_cache()
    hs, distract = H.read_gold(H.GOLD, split)
    gold_posts = sorted({m["post"] for h in hs for m in h["mentions"]})
    raw = Posts().load(gold_posts + distract)
    key = snapshot_key(split, raw)
    path = cache / "relink" / f"{split}-{key}.pickle"
    if path.is_file() and not refresh:
        snap: Snapshot = pickle.loads(path.read_bytes())
        return snap
    triggers = H.place_triggers(hs, {pid: post_document(pid, raw[pid]).text for pid in gold_posts})
    echo(f"{split}: no snapshot for this code ({key}); ingesting once")
    docs, _ = H.ingest(raw, cache, echo)
    H.check_ingested(gold_posts, docs)
    snap = Snapshot(split, key, hs, triggers, len(distract), docs)
    # Older keys' snapshots stay: several checkouts of different code may share the cache folder.
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")  # two runs of one split may race: replace whole
    try:
        tmp.write_bytes(pickle.dumps(snap, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return snap


def documents_of(store: Store) -> list[Document]:
    """The store's documents, as ``Chronicle._relink`` reads them."""
    return list(store.iter_documents())


def relink(docs: list[Document], settings: Settings | None = None, *,
           weights: Any = None) -> tuple[list[Event], list[Entity]]:
    """Entities and events linked from these documents with the current code, as ``Chronicle._relink``
    makes them (without dating across sources, which the stored documents already went through,
    and without stable ids, which do not change what an event holds). Copies the documents first."""
    from ..ingest.dates import clear_outside, date_window
    from ..link.entities import linked_entities
    from ..link.events import link_events, read_mentions
    from ..link.events_finish import finish_events

    settings = settings or Settings()
    docs = pickle.loads(pickle.dumps(docs, protocol=pickle.HIGHEST_PROTOCOL))  # finishing writes to them
    clear_outside(docs, date_window(settings.date_min_year, settings.date_max_ahead_days))
    entities, entity_of = linked_entities(docs, settings)
    mentions = read_mentions(docs, entity_of, weights=weights)
    events = link_events(docs, entity_of, weights=weights, mentions=mentions)
    finish_events(events, docs, entities)
    return events, entities


def evaluate(split: str, cache: Path | None = None, *, refresh: bool = False, weights: Any = None,
             echo: Callable[[str], None] = lambda m: None) -> tuple[dict[str, Any], Snapshot, list[Event]]:
    """``happenings.evaluate`` for a dev split, relinked from its snapshot: the score, the snapshot, the events."""
    cache = cache or H.default_cache()
    snap = snapshot(split, cache, refresh=refresh, echo=echo)
    events, _ = relink(list(snap.docs.values()), weights=weights)
    res = H.score(split, snap.happenings, snap.triggers, snap.docs, events, distractors=snap.distractors,
                  reads=cache / "test-reads.log")
    return res, snap, events


def wrong_joins(snap: Snapshot, events: list[Event]) -> list[str]:
    """Events that hold a gold trigger and also triggers of another happening or mentions of a post
    outside the happening (a distractor, or another happening's post): what linking joined wrongly,
    or a report the gold does not count. One line per event, then one per mention (post id tail,
    lemma, type, date); no post text."""
    post_of = {d.id: pid for pid, d in snap.docs.items()}
    happening_posts: dict[str, set[str]] = defaultdict(set)
    for h in snap.happenings:
        happening_posts[h["id"]] |= {m["post"] for m in h["mentions"]}
    held = _happenings_held(snap, events)
    out = []
    for e in events:
        haps = held.get(e.id)
        if not haps:
            continue
        inside = set().union(*(happening_posts[h] for h in haps))
        outside = sorted({post_of[d] for d, _, _ in e.mentions} - inside)
        if len(haps) < 2 and not outside:
            continue
        out.append(f"JOIN {e.id[-8:]} {e.type} happenings={','.join(sorted(haps))} mentions={len(e.mentions)} "
                   f"other posts={','.join(p[-10:] for p in outside) or '-'}")
        for d, s, t in sorted(e.mentions):
            doc = snap.docs[post_of[d]]
            em = next((m for m in doc.events if (m.start, m.end) == (s, t)), None)
            mark = "gold " if post_of[d] in inside else "other"
            out.append(f"   {mark} {post_of[d][-10:]} {em.lemma if em else '?':22} {em.type if em else '?':10} "
                       f"when={em.when if em else None}")
    return out


def _happenings_held(snap: Snapshot, events: list[Event]) -> dict[str, set[str]]:
    """Per event id, the happenings whose gold triggers its mentions cover."""
    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for e in events:
        for d, s, t in e.mentions:
            spans[d].append((s, t, e.id))
    held: dict[str, set[str]] = defaultdict(set)
    for g in snap.triggers:
        doc = snap.docs.get(g.post)
        for s, t, eid in spans.get(doc.id, []) if doc else []:
            if s < g.end and g.start < t:
                held[eid].add(g.happening)
    return held
