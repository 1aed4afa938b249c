"""Incremental event linking (see ``link.incremental``): candidates by blocking key and day window,
the unchanged ``link_events`` over that neighbourhood, then reconciliation with the stored events."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..model import Document, Event, sha256_hex
from ..settings import Settings
from ..store import Store
from .events import LinkMention, link_events, read_mentions, to_event
from .events.words import family_keys
from .events_finish import finish_events
from .incremental import day_of, entity_keys, merge_closure

log = logging.getLogger(__name__)

MAX_KEY_FANOUT = 30  # an event key (word@day) filed under more stored events than this fetches none
DAY_WINDOW = 3  # days: reports further apart without dates of their own count against one event (link.events)
Key = tuple[str, int, int]
EntityOf = Callable[[str, int, int], "str | None"]


@dataclass(slots=True)
class EventStep:
    neighbours: int = 0
    written: int = 0
    merged: int = 0
    dated: list[str] = field(default_factory=list)
    new_docs: list[Document] = field(default_factory=list)


def lexical_keys(m: LinkMention) -> set[str]:
    """The word keys of ``link.events``' blocking (lemma, compound head, family, four-letter stem)."""
    lemma = m.em.lemma.replace("_", "").replace(" ", "")
    keys = {"l:" + m.em.lemma.replace("_", ""), "h:" + m.head}
    keys |= {"f:" + f for f in family_keys(m.family)}  # the broader family too (shooting ~ attack)
    if len(lemma) >= 4:
        keys.add("s:" + lemma[:4])
    return keys


def stored_buckets(doc: Document) -> list[str]:
    """Where a mention of this document is filed: its day and month, a bare month, or undated."""
    day = day_of(doc)
    if day is not None:
        return [day.isoformat(), "M" + day.isoformat()[:7]]
    v = doc.published.value if doc.published else ""
    return ["m" + v[:7]] if len(v) >= 7 else ["-"]


def query_buckets(doc: Document, batch_days: list[dt.date] = ()) -> list[str]:  # type: ignore[assignment]
    """Where the candidates of a mention of this document are filed: ``DAY_WINDOW`` days around its
    day, bare months, undated. An undated document has no day of its own: it looks around the days of
    the batch it came with (a feed's items arrive together)."""
    day = day_of(doc)
    v = doc.published.value if doc.published else ""
    if day is not None:
        days = [day]
    elif len(v) >= 7 and v[4] == "-":
        return ["M" + v[:7], "m" + v[:7], "-"]
    else:
        days = list(batch_days)
    around = {d + dt.timedelta(days=k) for d in days for k in range(-DAY_WINDOW, DAY_WINDOW + 1)}
    return [d.isoformat() for d in sorted(around)] + sorted({"m" + d.isoformat()[:7] for d in around}) + ["-"]


def event_keys(ms: Iterable[LinkMention]) -> set[str]:
    return {f"{k}@{b}" for m in ms for k in lexical_keys(m) for b in stored_buckets(m.doc)}


def _query_keys(ms: list[LinkMention]) -> set[str]:
    # Two sayings are never one event, and a saying verb would fetch every saying of the week.
    days = sorted({d for m in ms if (d := day_of(m.doc)) is not None})
    buckets = {m.doc.id: query_buckets(m.doc, days) for m in ms}
    return {f"{k}@{b}" for m in ms if m.em.type != "statement" for k in lexical_keys(m) for b in buckets[m.doc.id]}


def _entity_of(store: Store, doc_ids: list[str], assigned: dict[Key, str]) -> dict[Key, str]:
    table = {(d, s, t): eid for eid, d, s, t in store.entity_mentions_in(doc_ids)}
    table.update(assigned)
    return table


def link_events_incremental(store: Store, new_docs: list[Document], assigned: dict[Key, str],
                            settings: Settings) -> EventStep:
    """Join the new documents' event mentions to stored events (or new ones); write what changed."""
    new_ids = {d.id for d in new_docs}
    table = dict(assigned)

    def entity_of(doc_id: str, s: int, e: int) -> str | None:
        return table.get((doc_id, s, e))

    probe = read_mentions(new_docs, entity_of)
    found = store.ids_with_keys("event", _query_keys(probe))
    # A word told of many events on one day ("maken", "gaan") is no evidence by itself: such a key
    # fetches none (the pair would need names or participants, which rarer keys carry too).
    candidates = store.get_events(sorted(set().union(set(), *(ids for ids in found.values() if len(ids) <= MAX_KEY_FANOUT))))
    neighbour_ids = sorted({d for ev in candidates for d, _, _ in ev.mentions} - new_ids)
    neighbours = store.get_documents(neighbour_ids)
    table.update(_entity_of(store, neighbour_ids, {}))
    docs = [*neighbours, *new_docs]
    ms = read_mentions(docs, entity_of)
    # Coarse-dated documents of the neighbourhood are tried again too: the new reports may be the
    # evidence that dates them (news feeds date their items, so such documents are few).
    dated = date_across(store, docs, entity_of, ms)
    if dated:
        ms = read_mentions(docs, entity_of)
    local = link_events(docs, entity_of, mentions=ms)
    stored = {(d, s, t): eid for eid, d, s, t in store.event_mentions_in([d.id for d in neighbours])}
    step = EventStep(neighbours=len(neighbours), dated=dated, new_docs=new_docs)
    pool = {m.key: m for m in ms}
    plans = []
    for ev in local:
        fresh = [m for m in ev.mentions if m[0] in new_ids]
        if fresh:
            votes: dict[str, int] = {}
            for m in ev.mentions:
                if m in stored:
                    votes[stored[m]] = votes.get(stored[m], 0) + 1
            plans.append((fresh, sorted(votes, key=lambda k: (-votes[k], k))))
    _write(store, plans, {ev.id: ev for ev in candidates}, pool, docs, table, step)
    return step


def _write(store: Store, plans: list[tuple[list[Key], list[str]]], known: dict[str, Event],
           pool: dict[Key, LinkMention], docs: list[Document], table: dict[Key, str], step: EventStep) -> None:
    members: dict[str, list[Key]] = {}
    for fresh, targets in plans:
        if targets:
            target = targets[0]
        else:
            target = "v-" + sha256_hex("first:{}:{}:{}".format(*min(fresh)))[:16]
        members.setdefault(target, []).extend(fresh)
    # the most voted stored event absorbs the others
    into = merge_closure((other, targets[0]) for _, targets in plans for other in targets[1:])
    merged_members: dict[str, list[Key]] = {}
    for t, keys in members.items():
        merged_members.setdefault(into.get(t, t), []).extend(keys)
    members = merged_members
    wanted = (set(members) | set(into)) - set(known)
    known.update({ev.id: ev for ev in store.get_events(sorted(wanted))})
    for root in list(members):
        olds = [root, *(o for o, r in into.items() if r == root)]
        members[root] = list(dict.fromkeys([*members[root], *(m for o in olds if o in known for m in known[o].mentions)]))
    _read_missing(store, members, pool, docs, table)
    events = []
    for root, keys in members.items():
        ms = [pool[k] for k in keys if k in pool]
        if ms:
            ev = to_event(ms)
            ev.id = root
            events.append(ev)
    entities = store.entity_rows({e for e in table.values()} | {e for ev in events for _, e in ev.participants})
    n_entities = len(entities)
    finish_events(events, docs, entities)
    extra = [e for e in entities[n_entities:] if e.mentions]  # institutions found now
    if extra:
        store.upsert_entities(extra)
        store.replace_link_keys("entity", {e.id: entity_keys(e) for e in extra})
    gone = sorted(into)
    if gone:
        store.delete_events(gone)
        store.add_redirects("event", into)
    store.upsert_events(events)
    store.replace_link_keys("event", {ev.id: event_keys(pool[k] for k in ev.mentions if k in pool) for ev in events})
    step.written, step.merged = len(events), len(gone)


def _read_missing(store: Store, members: dict[str, list[Key]], pool: dict[Key, LinkMention],
                  docs: list[Document], table: dict[Key, str]) -> None:
    """Read the documents of merged or joined events that the neighbourhood did not hold."""
    have = {d.id for d in docs}
    missing = sorted({k[0] for keys in members.values() for k in keys if k not in pool} - have)
    if not missing:
        return
    more = store.get_documents(missing)
    table.update(_entity_of(store, missing, {}))
    ms = read_mentions(more, lambda d, s, e: table.get((d, s, e)))
    pool.update({m.key: m for m in ms})
    docs.extend(more)


def date_across(store: Store, docs: list[Document], entity_of: EntityOf, mentions: list[LinkMention]) -> list[str]:
    """Date coarse-dated documents by what other sources say of the same events (see link.dates).

    Each dated document's time expressions and events are resolved again against its new day
    and stored; returns the ids of the documents dated.
    """
    from ..extract.events import EventExtractor
    from ..extract.timex import TimexTagger
    from .dates import infer_dates_across

    by_id = {d.id: d for d in docs}
    found = infer_dates_across(docs, entity_of, mentions=mentions)
    timex, events = TimexTagger(), EventExtractor()
    for inf in found:
        doc = by_id[inf.doc]
        doc.published = inf.published
        events(timex(doc))
        store.update_layers(doc)
        log.info("%s: dated %s from other sources (%s)", doc.source, inf.published.value, "; ".join(inf.evidence))
    return [inf.doc for inf in found]
