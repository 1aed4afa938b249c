"""Read models shared by the REST API and the web pages: plain JSON-able dicts from the store.

Everything here reads; offsets always point into ``Document.text``. A sentence is addressed by
its start offset (anchor ``s-<start>`` on the document page), so a search hit, an entity
mention, an event mention and a quote can all link to the sentence they are in.
"""

from __future__ import annotations

import bisect
from collections import Counter
from typing import Any

from ..errors import InputError
from ..export import entity_at
from ..link.salience import by_salience, visible
from ..model import Document, Entity, Event, Story
from ..search import sentence_spans
from ..store import Store


class NotFound(LookupError):
    """An id the store does not hold; the API answers 404 with this message."""


def check_date(name: str, value: str | None) -> str | None:
    """A YYYY[-MM[-DD]] filter value, or InputError (400) naming the parameter."""
    import re

    if value in (None, ""):
        return None
    if not re.fullmatch(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?", value or ""):
        raise InputError(name, f"{value!r} is not a date", "use YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def _in_range(value: str | None, date_from: str | None, date_to: str | None) -> bool:
    if not (date_from or date_to):
        return True
    if not value:
        return False
    if date_from and value[: len(date_from)] < date_from:
        return False
    return not (date_to and value[: len(date_to)] > date_to)


# --- documents ---


def document_summary(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"], "title": row["title"], "source": row["source"], "url": row["url"],
        "publisher": row["publisher"], "genre": row["genre"], "category": row["category"],
        "published": row["published_value"], "duplicate_of": row["duplicate_of"],
        "snippet": " ".join((row.get("snippet") or "").split())[:200],
    }


def list_documents(
    store: Store, *, limit: int, offset: int, genre: str | None = None, category: str | None = None,
    date_from: str | None = None, date_to: str | None = None, publisher: str | None = None,
    count: bool = True,
) -> dict[str, Any]:
    """A page of document summaries, newest first; ``publisher`` keeps one publisher's;
    ``count=False`` leaves the total out (None)."""
    total, rows = store.document_page(limit=limit, offset=offset, genre=genre, category=category,
                                      date_from=date_from, date_to=date_to, publisher=publisher, count=count)
    return {"total": total, "limit": limit, "offset": offset, "documents": [document_summary(r) for r in rows]}


def get_document(store: Store, doc_id: str) -> Document:
    doc = store.get_document(doc_id)
    if doc is None:
        raise NotFound(f"no document {doc_id!r}")
    return doc


def sentence_starts(doc: Document) -> tuple[list[tuple[int, int]], list[int]]:
    spans = sentence_spans(doc)
    return spans, [s for s, _ in spans]


def sentence_anchor(starts: list[int], spans: list[tuple[int, int]], offset: int) -> str | None:
    """The anchor id of the sentence holding an offset."""
    i = bisect.bisect_right(starts, offset) - 1
    if i < 0 or offset >= spans[i][1] + 1:
        return None
    return f"t-{spans[i][0]}"


def document_detail(store: Store, doc_id: str) -> dict[str, Any]:
    """A document with every layer resolved to entity and event ids and sentence anchors."""
    doc = get_document(store, doc_id)
    spans, starts = sentence_starts(doc)
    links = store.document_links(doc_id)
    linked = {(s, e): eid for eid, s, e in links.entity_mentions}
    names = links.entity_names
    event_of = {(s, e): eid for eid, s, e in links.event_mentions}
    t = doc.text

    def anchor(o: int) -> str | None:
        return sentence_anchor(starts, spans, o)

    mentions: list[dict[str, Any]] = []
    for m in doc.mentions:
        eid = linked.get((m.start, m.end))
        mentions.append({
            "start": m.start, "end": m.end, "text": t[m.start:m.end], "type": m.type, "entity": eid,
            "entity_name": names.get(eid, (None,))[0] if eid else None, "sentence": anchor(m.start),
        })
    # Linked mentions the document layer lacks (e.g. found by the linker) still show.
    have = {(m["start"], m["end"]) for m in mentions}
    for (s, e), eid in linked.items():
        if (s, e) not in have:
            mentions.append({"start": s, "end": e, "text": t[s:e], "type": names.get(eid, ("", ""))[1],
                             "entity": eid, "entity_name": names.get(eid, (None,))[0], "sentence": anchor(s)})
    mentions.sort(key=lambda m: int(m["start"]))  # type: ignore[arg-type]
    spk = [(int(m["start"]), int(m["end"]), str(m["entity"])) for m in mentions if m["entity"]]  # type: ignore[call-overload]
    quotes = []
    for q in doc.quotes:
        speaker = entity_at(spk, q.speaker_start, q.speaker_end)
        quotes.append({
            "start": q.start, "end": q.end, "text": t[q.start:q.end], "speaker": speaker,
            "speaker_name": names.get(speaker, (None,))[0] if speaker else None,
            "speaker_text": t[q.speaker_start:q.speaker_end] if q.speaker_start is not None and q.speaker_end is not None else None,
            "speaker_start": q.speaker_start, "speaker_end": q.speaker_end,
            "cue": q.cue, "direct": q.direct, "sentence": anchor(q.start),
        })
    events: list[dict[str, Any]] = [
        {"start": e.start, "end": e.end, "text": t[e.start:e.end], "type": e.type, "when": e.when,
         "factuality": e.factuality, "event": event_of.get((e.start, e.end)), "sentence": anchor(e.start)}
        for e in doc.events
    ]
    have_ev = {(e["start"], e["end"]) for e in events}
    for (s, e), vid in event_of.items():
        if (s, e) not in have_ev:
            events.append({"start": s, "end": e, "text": t[s:e], "type": "", "when": None,
                           "factuality": "asserted", "event": vid, "sentence": anchor(s)})
    events.sort(key=lambda e: int(e["start"]))  # type: ignore[call-overload]
    stories = [{"id": sid, "label": label} for sid, label in links.stories]
    return {
        "id": doc.id, "title": doc.title, "source": doc.source, "url": doc.url, "publisher": doc.publisher,
        "genre": doc.genre, "category": doc.category, "language": doc.language,
        "published": doc.published.to_dict() if doc.published else None, "duplicate_of": doc.duplicate_of,
        "warnings": list(doc.warnings), "processed": list(doc.processed), "text": t,
        "sentences": [{"start": s, "end": e, "id": f"t-{s}"} for s, e in spans],
        "mentions": mentions,
        "timexes": [
            {"start": x.start, "end": x.end, "text": t[x.start:x.end], "type": x.type, "value": x.value,
             "warnings": list(x.warnings), "sentence": anchor(x.start)} for x in doc.timexes
        ],
        "quotes": quotes, "events": events, "stories": stories,
    }


# --- entities ---


def list_entities(
    store: Store, *, limit: int, offset: int, type_: str | None = None, q: str | None = None,
) -> dict[str, Any]:
    """A page of entities, most mentioned first."""
    total, rows = store.entity_page(limit=limit, offset=offset, type_=type_, q=q)
    return {"total": total, "limit": limit, "offset": offset, "entities": rows}


def _entity(store: Store, entity_id: str) -> Entity:
    ent = store.get_entity(entity_id)
    if ent is None:
        raise NotFound(f"no entity {entity_id!r}")
    return ent


def entity_detail(store: Store, entity_id: str, *, max_mentions: int = 200) -> dict[str, Any]:
    """An entity: aliases, mentions with their sentences, mentions over time, related entities, quotes."""
    ent = _entity(store, entity_id)
    doc_ids = list(dict.fromkeys(d for d, _, _ in ent.mentions))
    docs: dict[str, Document] = {}
    for d in doc_ids[:100]:
        doc = store.get_document(d)
        if doc is not None:
            docs[d] = doc
    mentions: list[dict[str, Any]] = []
    quotes: list[dict[str, Any]] = []
    for d, doc in docs.items():
        spans, starts = sentence_starts(doc)
        mine = [(s, e) for dd, s, e in ent.mentions if dd == d]
        for s, e in mine:
            if len(mentions) < max_mentions:
                a = sentence_anchor(starts, spans, s)
                sent = next(((x, y) for x, y in spans if x <= s < y), (s, e))
                mentions.append({
                    "doc": d, "title": doc.title, "date": doc.published.value if doc.published else None,
                    "start": s, "end": e, "text": doc.text[s:e], "sentence": a,
                    "sentence_text": doc.text[sent[0]:sent[1]], "sentence_start": sent[0],
                })
        for q in doc.quotes:
            by_span = (
                q.speaker_start is not None and q.speaker_end is not None
                and any(min(e, q.speaker_end) - max(s, q.speaker_start) > 0 for s, e in mine)
            )
            if by_span:
                quotes.append({
                    "doc": d, "title": doc.title, "date": doc.published.value if doc.published else None,
                    "start": q.start, "end": q.end, "text": doc.text[q.start:q.end], "cue": q.cue,
                    "direct": q.direct, "sentence": sentence_anchor(starts, spans, q.start),
                })
    over_time = Counter((v or "")[:7] for v in store.entity_dates(entity_id))
    related = store.related_entities(entity_id, limit=15)
    lat, lon = ent.attributes.get("lat"), ent.attributes.get("lon")
    return {
        "id": ent.id, "type": ent.type, "name": ent.name, "aliases": ent.aliases, "attributes": ent.attributes,
        "mention_count": len(ent.mentions), "document_count": len(doc_ids),
        "mentions": mentions, "quotes": quotes, "related": related,
        "over_time": [{"period": k, "mentions": v} for k, v in sorted(over_time.items())],
        "location": {"lat": float(lat), "lon": float(lon)} if isinstance(lat, int | float) and isinstance(lon, int | float) else None,
    }


# --- events, timeline, quotes ---


def event_dict(store: Store, e: Event, texts: dict[str, str] | None = None) -> dict[str, Any]:
    texts = texts if texts is not None else {}
    missing = [d for d, _, _ in e.mentions if d not in texts]
    if missing:
        found = store.document_texts(missing)
        texts.update({d: found.get(d, "") for d in missing})
    mentions = []
    for d, s, t in e.mentions:
        mentions.append({"doc": d, "start": s, "end": t, "text": texts[d][s:t]})
    return {
        "id": e.id, "type": e.type, "label": e.label, "when": dict(e.when) if e.when else None,
        "where": list(e.where), "participants": [{"role": r, "entity": x} for r, x in e.participants],
        "factuality": e.factuality, "mentions": mentions, "attributes": dict(e.attributes),
    }


def filter_events(
    events: list[Event], *, type_: str | None = None, date_from: str | None = None, date_to: str | None = None,
    entity: str | None = None, story: Story | None = None,
) -> list[Event]:
    keep = set(story.events) if story else None
    out = []
    for e in events:
        if type_ and e.type != type_:
            continue
        if keep is not None and e.id not in keep:
            continue
        if entity and entity not in e.where and entity not in {x for _, x in e.participants}:
            continue
        if not _in_range((e.when or {}).get("value"), date_from, date_to):
            continue
        out.append(e)
    return out


def timeline_rows(
    store: Store, *, type_: str | None = None, date_from: str | None = None, date_to: str | None = None,
    entity: str | None = None, story: Story | None = None, show_all: bool = True,
) -> list[dict[str, Any]]:
    """Events in time order (undated last) as rows: kroniek.timeline's rows plus mention offsets.

    An event without its own date is placed at the first publication date of its reports
    (``date_source: "published"``), as kroniek.timeline does.
    """
    from ..timeline import timeline

    events = [e for e in store.events() if not type_ or e.type == type_]
    needed = {d for e in events for d, _, _ in e.mentions}
    docs = {d: doc for d in needed if (doc := store.get_document(d)) is not None}
    entities = _entities_named(store, entity) if entity else []
    rows = timeline(
        events, docs, entities, entity=entity, story_events=set(story.events) if story else None,
        start=date_from, end=date_to, show_all=show_all,
    )
    by_id = {e.id: e for e in events}
    texts = {d: doc.text for d, doc in docs.items()}
    for row in rows:
        ev = event_dict(store, by_id[row["event"]], texts)
        for m in ev["mentions"]:
            doc = docs.get(m["doc"])
            if doc is not None:
                spans, starts = sentence_starts(doc)
                m["sentence"] = sentence_anchor(starts, spans, m["start"])
        row.update(id=ev["id"], when=ev["when"], where=ev["where"], mentions=ev["mentions"])
    return rows


def _entities_named(store: Store, key: str) -> list[Entity]:
    """Entities whose id, name or alias is ``key`` (case-insensitive), without their mentions."""
    return store.entities_named(key)


def get_story(store: Store, story_id: str) -> Story:
    """One story by id (direct lookups: a store may hold tens of thousands of stories)."""
    story = store.get_story(story_id)
    if story is None:
        raise NotFound(f"no story {story_id!r}")
    return story


def list_stories(store: Store, *, limit: int, offset: int, min_documents: int = 1) -> dict[str, Any]:
    """A page of stories, latest first, biggest first on the same day."""
    total, ids = store.story_page(limit=limit, offset=offset, min_documents=min_documents)
    return {"total": total, "limit": limit, "offset": offset,
            "stories": [story_dict(s) for s in store.get_stories(ids)]}


def story_dict(s: Story) -> dict[str, Any]:
    return {"id": s.id, "label": s.label, "documents": list(s.documents), "events": list(s.events),
            "first": s.first, "last": s.last, "attributes": dict(s.attributes)}


def story_detail(store: Store, story_id: str, *, show_all: bool = True) -> dict[str, Any]:
    """A story with its documents (summaries) and its events, most salient first, each with sources;
    without ``show_all`` the tail (kroniek.link.salience) is counted in ``hidden_events`` only."""
    s = get_story(store, story_id)
    docs = []
    texts: dict[str, str] = {}
    doc_objs: dict[str, Document] = {}
    for d in s.documents:
        doc = store.get_document(d)
        if doc is None:
            continue
        doc_objs[d] = doc
        texts[d] = doc.text
        docs.append({"id": d, "title": doc.title, "published": doc.published.value if doc.published else None,
                     "source": doc.source, "publisher": doc.publisher, "genre": doc.genre,
                     "snippet": " ".join(doc.text[:200].split())})
    wanted = set(s.events)
    mine = by_salience(e for e in store.events() if e.id in wanted)
    shown_events = visible(mine, show_all=show_all)
    s.events = [e.id for e in mine]
    events = []
    for e in shown_events:
        ev = event_dict(store, e, texts)
        for m in ev["mentions"]:
            doc = doc_objs.get(m["doc"]) or store.get_document(m["doc"])
            if doc is not None:
                spans, starts = sentence_starts(doc)
                m["sentence"] = sentence_anchor(starts, spans, m["start"])
                sent = next(((x, y) for x, y in spans if x <= m["start"] < y), (m["start"], m["end"]))
                m["sentence_text"] = doc.text[sent[0]:sent[1]]
                m["title"] = doc.title
        events.append(ev)
    out = story_dict(s)
    out["document_details"] = docs
    out["event_details"] = events
    out["hidden_events"] = len(mine) - len(shown_events)
    return out


def list_quotes(
    store: Store, *, limit: int, offset: int, speaker: str | None = None, doc: str | None = None,
) -> dict[str, Any]:
    """Quotes across documents, with speakers resolved to entity ids where linked."""
    ids = [doc] if doc else store.document_ids(with_layer="quotes")
    out = []
    for d in ids:
        det = document_detail(store, d)
        for q in det["quotes"]:
            if speaker and q["speaker"] != speaker:
                continue
            out.append({"doc": d, **{k: v for k, v in q.items()}})
    return {"total": len(out), "limit": limit, "offset": offset, "quotes": out[offset:offset + limit]}
