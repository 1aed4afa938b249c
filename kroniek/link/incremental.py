"""Incremental linking: new documents join the stored entities, events and stories.

``link_batch(store, doc_ids, settings)`` links documents that are stored but not yet linked.
Only their neighbourhood is read:

- entities: the stored entities sharing a name key with a new mention (the whole name, or one of
  its capitalised words: "Rutte" finds "Mark Rutte"), each with its few latest documents;
- events: the stored events sharing an event blocking key (lemma, compound head, four-letter stem,
  happening family) on a day at most ``DAY_WINDOW`` days from the new report's day, with every
  document of those events;
- stories: the stored documents published in the story window before the new ones.

The existing linkers (``EntityLinker``, ``link_events``, ``build_stories``) run unchanged over
that neighbourhood; their clusters are then reconciled with the stored ones. A cluster holding a
new mention joins the stored cluster its stored members belong to (its id is kept); when its
stored members belong to several, they merge into the largest and the others are redirected; a
cluster of new mentions only is a new entity or event. Stored clusters are never split here
(only ``kroniek relink --full`` may split), so the result can differ from one full link where a
later document would have changed an earlier decision; ``tests/link/test_incremental.py``
measures how much.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..model import Document, Entity
from ..settings import Settings
from ..store import Store
from .entities import EntityLinker

log = logging.getLogger(__name__)

PER_ENTITY_DOCS = 1  # latest documents read per candidate entity: a mention of its name, with context
MAX_KEY_FANOUT = 25  # a name word shared by more stored entities than this fetches none of them
MIN_ENTITY_NEIGHBOURS = 50  # stored documents read for entity linking: as many as the batch has, at least this
MENTIONS_PER_CANDIDATE = 5  # beyond the budget (``_bounded``): a stored entity's most recent mentions read for it
ENTITY_LAYERS = ("mentions", "chains")  # what the entity linker reads of a stored document (and its text)
BUILT = "built"  # link-key kind whose one row says the keys cover the store (written by a full relink)
_PARTICLES = frozenset(["de", "het", "een", "van", "der", "den", "ter", "te", "in", "op", "voor", "en", "la", "le", "du", "di", "da", "del", "von", "zu"])

EntityOf = Callable[[str, int, int], "str | None"]


@dataclass(slots=True)
class BatchReport:
    """What one incremental link did (for logs and the benchmark)."""

    new_documents: int = 0
    entity_neighbours: int = 0
    event_neighbours: int = 0
    story_neighbours: int = 0
    entities_written: int = 0
    events_written: int = 0
    stories_written: int = 0
    merged: int = 0
    dated: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # CPU seconds per step: entities, events, stories


def name_keys(name: str) -> set[str]:
    """Keys under which an entity named ``name`` is found: the whole name and each capitalised word."""
    words = [w.strip(".,;:'\"()[]!?«»‘’“”") for w in name.split()]
    words = [w for w in words if w]
    if not words:
        return set()
    keys = {"n:" + " ".join(w.casefold() for w in words)}
    keys |= {"w:" + w.casefold() for w in words if w[:1].isupper() and len(w) > 1 and w.casefold() not in _PARTICLES}
    return keys


def entity_keys(e: Entity) -> set[str]:
    return set().union(*(name_keys(n) for n in [e.name, *e.aliases]))


def _mention_keys(docs: Iterable[Document]) -> set[str]:
    return set().union(set(), *(name_keys(d.text[m.start:m.end]) for d in docs for m in d.mentions))


# --- entities ---


@dataclass(slots=True)
class EntityStep:
    """The entity assignment of the batch: (doc, start, end) -> final entity id, for new documents."""

    assigned: dict[tuple[str, int, int], str]
    neighbours: int
    written: int
    merged: int


Plan = tuple[Entity, list[tuple[str, int, int]], list[str]]  # local cluster, its new mentions, stored targets


def _entity_neighbours(store: Store, new_docs: list[Document]) -> tuple[list[str], set[str]]:
    """Stored documents to read for the batch (and the candidate entities they are read for)."""
    keys = _mention_keys(new_docs)
    found = store.ids_with_keys("entity", keys)
    # A word that many stored entities share (a first name, "Nieuwe") finds nothing in particular;
    # the whole name always counts. This keeps the candidates bounded by the batch, not the store.
    candidates = set().union(set(), *(ids for k, ids in found.items()
                                      if k.startswith("n:") or len(ids) <= MAX_KEY_FANOUT))
    by_entity: dict[str, list[str]] = store.entity_documents(candidates, per_entity=PER_ENTITY_DOCS)
    new_ids = {d.id for d in new_docs}
    counts: dict[str, int] = {}
    for docs in by_entity.values():
        for d in docs:
            if d not in new_ids:
                counts[d] = counts.get(d, 0) + 1
    # Most useful first (covering most candidates), so the cap drops the least informative.
    ranked = sorted(counts, key=lambda d: (-counts[d], d))
    return ranked[:max(MIN_ENTITY_NEIGHBOURS, len(new_docs))], candidates


def _bounded(neighbours: list[Document], new_docs: list[Document], stored: dict[tuple[str, int, int], str],
             candidates: set[str]) -> list[Document]:
    """The neighbour documents, with only their mentions of candidate entities, and of each candidate
    at most its ``MENTIONS_PER_CANDIDATE`` most recent ones, once they hold more mentions than the
    new documents. As the store grows, the documents that cover most candidates are the long ones
    with many names, and a much-named entity (a minister, a city) has many mentions in them: both
    made the linker's work grow with the store (its bare-surname step is quadratic). A few mentions
    of a stored entity carry its names and context as well as all of them do. Below that budget
    (small stores, small batches) nothing changes, since mentions sharing no name key (acronyms,
    variants) do help the linker."""
    if sum(len(d.mentions) for d in neighbours) <= sum(len(d.mentions) for d in new_docs):
        return neighbours
    read: dict[str, int] = {}
    for doc in reversed(neighbours):  # ingest order: the most recent first
        keep = []
        for m in doc.mentions:
            eid = stored.get((doc.id, m.start, m.end))
            if eid in candidates and read.get(eid, 0) < MENTIONS_PER_CANDIDATE:
                read[eid] = read.get(eid, 0) + 1
                keep.append(m)
        doc.mentions = keep
    return neighbours


def link_entities(store: Store, new_docs: list[Document], settings: Settings) -> EntityStep:
    """Link the new documents' mentions to stored entities (or new ones) and write what changed."""
    neighbour_ids, candidates = _entity_neighbours(store, new_docs)
    stored = {(d, s, t): eid for eid, d, s, t in store.entity_mentions_in(neighbour_ids)}
    neighbours = _bounded(store.get_documents(neighbour_ids, layers=ENTITY_LAYERS), new_docs, stored, candidates)
    linker = EntityLinker(settings)
    for doc in [*neighbours, *new_docs]:
        linker.add(doc)
    local = linker.entities()
    new_ids = {d.id for d in new_docs}
    plans: list[Plan] = []
    for ent in local:
        fresh = [m for m in ent.mentions if m[0] in new_ids]
        if not fresh:
            continue
        votes: dict[str, int] = {}
        for m in ent.mentions:
            if m in stored:
                votes[stored[m]] = votes.get(stored[m], 0) + 1
        plans.append((ent, fresh, sorted(votes, key=lambda k: (-votes[k], k))))
    return _write_entities(store, plans, len(neighbour_ids))


def _merge_roots(plans: list[Plan]) -> dict[str, str]:
    """Stored entity -> the stored entity it merges into, for the merges the batch decides.

    A cluster naming several stored entities merges the others into its first (most votes); an
    entity already merged by an earlier cluster stays where it went. Merges can chain (X into Y,
    then Y into Z) or name each other (X into Y, Y into X); each merged id maps to the one entity
    left at the end of its chain, never to one a merge of the same batch removes."""
    wanted: dict[str, list[str]] = {}
    for _ent, _fresh, targets in plans:
        if len(targets) > 1:
            wanted.setdefault(targets[0], []).extend(targets[1:])
    into: dict[str, str] = {}
    for target, others in wanted.items():
        root = into.get(target, target)
        for o in others:
            if o != root and o not in into:
                into[o] = root
    closure = merge_closure(into.items())
    return {x: closure[x] for x in [*into, *into.values()] if x in closure}


def merge_closure(merges: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Each id that a sequence of (absorbed, absorber) merges moves -> the one id left at the end
    of its chain (X into Y, then Y into Z: both to Z); a merge of two ids already one changes
    nothing. Entities and events of a batch both merge this way."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while x in parent:
            x = parent[x]
        return x

    for old, into in merges:
        a, b = find(old), find(into)
        if a != b:
            parent[a] = b
    return {x: find(x) for x in parent}


def _row(target: str, ent: Entity, base: Entity | None) -> Entity:
    """The row of ``target`` once local cluster ``ent`` joins it (``base``: its row so far, if any)."""
    if base is None:
        return Entity(target, ent.type, ent.name, list(ent.aliases), [], dict(ent.attributes))
    aliases = list(dict.fromkeys([*base.aliases, *ent.aliases, *([ent.name] if ent.name != base.name else [])]))
    return Entity(target, base.type, base.name, aliases, list(base.mentions), {**ent.attributes, **base.attributes})


def _write_entities(store: Store, plans: list[Plan], neighbour_ids: int) -> EntityStep:
    """Write the batch's entity decisions: new mentions into their (final) entities, new entities,
    then the merges. Every row a merge writes into is stored before the merge runs."""
    existing = {e.id: e for e in store.entity_rows({t for _, _, ts in plans for t in ts} | {e.id for e, _, _ in plans})}
    roots = _merge_roots(plans)
    assigned: dict[tuple[str, int, int], str] = {}
    rows: dict[str, Entity] = {}
    for ent, fresh, targets in plans:
        # a cluster without stored targets is a new entity; its id hashes its first (new) mention
        target = roots.get(targets[0], targets[0]) if targets else ent.id
        row = _row(target, ent, rows.get(target) or existing.get(target))
        row.mentions = list(dict.fromkeys([*row.mentions, *fresh]))
        rows[target] = row
        assigned.update((m, target) for m in fresh)
    merges: dict[str, list[str]] = {}
    for old, root in roots.items():
        merges.setdefault(root, []).append(old)
        gone = existing.get(old)
        if gone is not None:  # its names stay findable: their keys lead to the entity it joined
            keep = rows[root]
            keep.aliases = list(dict.fromkeys([*keep.aliases, *(n for n in [gone.name, *gone.aliases] if n != keep.name)]))
    store.upsert_entities(rows.values())
    for root, olds in merges.items():
        store.merge_entities(root, olds)
    store.replace_link_keys("entity", {eid: entity_keys(e) for eid, e in rows.items()})
    return EntityStep(assigned, neighbour_ids, len(rows), len(roots))


# --- the batch ---


def link_batch(store: Store, doc_ids: Iterable[str], settings: Settings | None = None) -> BatchReport:
    """Link stored, not yet linked documents into the stored entities, events and stories."""
    from .incremental_events import link_events_incremental
    from .incremental_stories import link_stories_incremental

    settings = settings or Settings()
    new_docs = store.get_documents(list(doc_ids))
    report = BatchReport(new_documents=len(new_docs))
    if not new_docs:
        return report
    _drop_impossible_dates(new_docs, settings)
    clock = time.process_time()

    def lap(step: str) -> None:
        nonlocal clock
        now = time.process_time()
        report.seconds[step] = round(now - clock, 3)
        clock = now

    ent = link_entities(store, new_docs, settings)
    lap("entities")
    report.entity_neighbours = ent.neighbours
    report.entities_written, report.merged = ent.written, ent.merged
    ev = link_events_incremental(store, new_docs, ent.assigned, settings)
    report.event_neighbours, report.events_written, report.dated = ev.neighbours, ev.written, ev.dated
    report.merged += ev.merged
    lap("events")
    st = link_stories_incremental(store, ev.new_docs)
    lap("stories")
    report.story_neighbours, report.stories_written = st.neighbours, st.written
    log.info("linked %d documents: %d/%d/%d neighbours, %d entities, %d events, %d stories written, %d merges",
             report.new_documents, report.entity_neighbours, report.event_neighbours, report.story_neighbours,
             report.entities_written, report.events_written, report.stories_written, report.merged)
    return report


def _drop_impossible_dates(docs: list[Document], settings: Settings) -> None:
    from ..ingest.dates import date_window, in_window

    window = date_window(settings.date_min_year, settings.date_max_ahead_days)
    for doc in docs:
        if doc.published is not None and not in_window(doc.published.value, window):
            doc.published = None


def day_of(doc: Document) -> dt.date | None:
    """The publication day of a document, when it has one."""
    v = doc.published.value if doc.published else None
    if v and len(v) >= 10:
        try:
            return dt.date.fromisoformat(v[:10])
        except ValueError:
            return None
    return None
