"""Read models of the pages a person reads: a story as a chronicle, an event with every report, an
entity's part in events, sources by title and publisher. Plain dicts from the store, built on
the shared read models in ``kroniek.serve.views``; the templates only lay them out.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any
from urllib.parse import urlsplit

from ...link.salience import by_salience, score_of, visible
from ...model import Document, Event
from ...store import Store
from ..views import NotFound, document_detail, get_story, sentence_starts

# Outlets a reader knows by name, by the web host their items come from.
HOSTS = {
    "nos.nl": "NOS", "nu.nl": "NU.nl", "ad.nl": "AD", "telegraaf.nl": "De Telegraaf", "volkskrant.nl": "de Volkskrant",
    "nrc.nl": "NRC", "trouw.nl": "Trouw", "parool.nl": "Het Parool", "rtlnieuws.nl": "RTL Nieuws",
    "omroepwest.nl": "Omroep West", "politie.nl": "Politie", "rijksoverheid.nl": "Rijksoverheid",
    "tweedekamer.nl": "Tweede Kamer", "officielebekendmakingen.nl": "Officiële Bekendmakingen",
    "leestmeer.nl": "Leestmeer", "fd.nl": "Het Financieele Dagblad", "bnr.nl": "BNR", "nrc.nl/nieuws": "NRC",
}
MAX_STORY_DOCS = 60  # quotes of a story are read from at most this many of its documents


def publisher_of(publisher: str | None, url: str | None) -> str | None:
    """The outlet's name: the stored publisher, else the one its URL's host names, else the host."""
    if publisher:
        return publisher
    host = (urlsplit(url).hostname or "") if url else ""
    parts = host.lower().split(".")
    for n in range(len(parts) - 1):
        key = ".".join(parts[n:])
        if key in HOSTS:
            return HOSTS[key]
    return host.removeprefix("www.") or None


_DATELINE = re.compile(r"[A-Z][\w'’ .-]{1,40}, \d{1,2} \w+ \d{4}\s*")


def first_words(text: str, limit: int = 90) -> str:
    """The start of a text as a heading, cut at a word boundary; a letter's dateline ("Den Haag,
    6 januari 2020") is not a heading, the sentence after it is."""
    text = text.lstrip()
    if m := _DATELINE.match(text):
        text = text[m.end():]
    line = " ".join(text.split())
    for stop in (". ", "? ", "! "):
        i = line.find(stop)
        if 0 < i < limit:
            return line[:i + 1]
    if len(line) <= limit:
        return line
    return line[:limit].rsplit(" ", 1)[0] + "…"


def source(doc_id: str, title: str | None, text: str, publisher: str | None, url: str | None,
           published: str | None, genre: str | None = None) -> dict[str, Any]:
    """A document as a reader cites it: title (or its first words), publisher, date, original URL."""
    return {"doc": doc_id, "title": title or first_words(text), "publisher": publisher_of(publisher, url),
            "url": url if url and url.startswith(("http://", "https://")) else None,
            "date": published, "genre": genre}


def doc_source(doc: Document) -> dict[str, Any]:
    return source(doc.id, doc.title, doc.text[:400], doc.publisher, doc.url,
                  doc.published.value if doc.published else None, doc.genre)


def entity_names(store: Store, doc_ids: list[str]) -> dict[str, tuple[str, str]]:
    """Names and types of the entities linked in these documents."""
    names: dict[str, tuple[str, str]] = {}
    for d in doc_ids:
        names.update(store.document_links(d).entity_names)
    return names


def _sentence(doc: Document, start: int, end: int) -> dict[str, Any]:
    """The sentence holding a span, split around the span, with the sentences either side."""
    spans, _ = sentence_starts(doc)
    i = next((k for k, (a, b) in enumerate(spans) if a <= start < b), None)
    if i is None:
        return {"before": "", "mark": doc.text[start:end], "after": "", "anchor": None, "prev": "", "next": ""}
    a, b = spans[i]
    return {
        "before": doc.text[a:start], "mark": doc.text[start:end], "after": doc.text[end:b], "anchor": f"s-{a}",
        "prev": doc.text[spans[i - 1][0]:spans[i - 1][1]] if i > 0 else "",
        "next": doc.text[spans[i + 1][0]:spans[i + 1][1]] if i + 1 < len(spans) else "",
    }


def event_view(ev: Event, names: dict[str, tuple[str, str]], sources: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """An event as the pages show it: who, whom, where, when, sources, disagreements by source."""
    people: dict[str, list[dict[str, str]]] = defaultdict(list)
    for role, eid in ev.participants:
        if eid in names:
            people[role].append({"id": eid, "name": names[eid][0], "type": names[eid][1]})
    places = [{"id": p, "name": names[p][0]} for p in ev.where if p in names]
    docs = list(dict.fromkeys(d for d, _, _ in ev.mentions))
    disagreements = []
    for dis in ev.attributes.get("disagreements", []):
        readings = [{"value": r["value"], "sources": [sources[d] for d in r["sources"] if d in sources]}
                    for r in dis.get("readings", [])]
        disagreements.append({"aspect": dis.get("aspect"), "readings": readings})
    return {
        "id": ev.id, "type": ev.type, "label": ev.label, "when": (ev.when or {}).get("value"),
        "granularity": (ev.when or {}).get("granularity"), "anchor": ev.attributes.get("anchor"),
        "factuality": ev.factuality, "roles": dict(people), "places": places,
        "sources": [sources[d] for d in docs if d in sources], "source_count": len(docs),
        "mention_count": len(ev.mentions), "disagreements": disagreements, "salience": score_of(ev),
    }


def headline(ev: dict[str, Any]) -> str:
    """A story's title from its most salient event: the label, with its actors when it names none."""
    label = ev["label"]
    who = [p["name"] for role in ("agent", "patient") for p in ev["roles"].get(role, [])]
    missing = [n for n in dict.fromkeys(who) if n.lower() not in label.lower()]
    where = [p["name"] for p in ev["places"] if p["name"].lower() not in label.lower()]
    text = label + (f" ({', '.join(missing)})" if missing else "") + (f" in {where[0]}" if where else "")
    return text[:1].upper() + text[1:]


def _quotes(store: Store, doc_ids: list[str], sources: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The documents' quotes grouped by speaker, speakers with most quotes first, unknown last."""
    groups: dict[str, dict[str, Any]] = {}
    for d in doc_ids[:MAX_STORY_DOCS]:
        det = document_detail(store, d)
        for q in det["quotes"]:
            key = q["speaker"] or (q["speaker_text"] or "").strip().lower() or "?"
            g = groups.setdefault(key, {"id": q["speaker"], "name": q["speaker_name"] or q["speaker_text"],
                                        "quotes": []})
            g["quotes"].append({"text": q["text"], "direct": q["direct"], "source": sources.get(d),
                                "href": f"/documents/{d}#{q['sentence']}" if q["sentence"] else f"/documents/{d}"})
    return sorted(groups.values(), key=lambda g: (g["name"] is None, -len(g["quotes"]), g["name"] or ""))


def story_view(store: Store, story_id: str, *, show_all: bool) -> dict[str, Any]:
    """A story as a chronicle: title, dates, outlets, salient events in full, quotes by speaker."""
    story = get_story(store, story_id)
    docs = [d for d in (store.get_document(x) for x in story.documents) if d is not None]
    sources = {d.id: doc_source(d) for d in docs}
    names = entity_names(store, list(sources))
    mine = by_salience(store.get_events(story.events))
    shown = visible(mine, show_all=show_all)
    events = [event_view(e, names, sources) for e in shown]
    outlets = list(dict.fromkeys(src["publisher"] for src in sources.values() if src["publisher"]))
    happened = sorted(e["when"][:10] for e in events if e["when"] and len(e["when"]) >= 10)
    reported = sorted(src["date"][:10] for src in sources.values() if src["date"] and len(src["date"]) >= 10)
    return {
        "happened": (happened[0], happened[-1]) if happened else None,
        "reported": (reported[0], reported[-1]) if reported else None,
        "id": story.id, "label": story.label,
        # An editor's headline names the story best; a cut first sentence does not, the most
        # salient event does.
        "title": story.label if story.label in {d.title for d in docs} or not events else headline(events[0]),
        "first": story.first, "last": story.last, "outlets": outlets, "sources": list(sources.values()),
        "events": events, "hidden_events": len(mine) - len(shown), "quotes": _quotes(store, list(sources), sources),
    }


def story_titles(store: Store, stories: list[dict[str, Any]]) -> dict[str, str]:
    """Titles for the stories whose label is a first sentence rather than a headline (it ends as a
    sentence does): the most salient event's label (names without a lookup)."""
    wanted = [s for s in stories if s["label"].endswith(("…", "."))]
    events = {e.id: e for e in store.get_events(eid for s in wanted for eid in s["events"])}
    out = {}
    for s in wanted:
        top = by_salience(events[e] for e in s["events"] if e in events)
        if top and visible(top[:1], show_all=False):
            out[s["id"]] = top[0].label[:1].upper() + top[0].label[1:]
    return out


def find_event(store: Store, event_id: str) -> Event:
    ev = next(iter(store.get_events([event_id])), None)
    if ev is None:
        raise NotFound(f"no event {event_id!r}")
    return ev


def event_page(store: Store, event_id: str) -> dict[str, Any]:
    """One event with every mention in its sentence and context, and its source."""
    ev = find_event(store, event_id)
    doc_ids = list(dict.fromkeys(d for d, _, _ in ev.mentions))
    docs = {d: doc for d in doc_ids if (doc := store.get_document(d)) is not None}
    sources = {d: doc_source(doc) for d, doc in docs.items()}
    view = event_view(ev, entity_names(store, doc_ids), sources)
    mentions = []
    for d, s, t in sorted(ev.mentions, key=lambda m: (sources.get(m[0], {}).get("date") or "", m[0], m[1])):
        if d in docs:
            mentions.append({"source": sources[d], **_sentence(docs[d], s, t)})
    stories = {sid: label for d in doc_ids for sid, label in store.document_links(d).stories}
    return {**view, "mentions": mentions, "stories": [{"id": k, "label": v} for k, v in stories.items()]}


def entity_events(store: Store, entity_id: str, limit: int = 200) -> list[dict[str, Any]]:
    """The events an entity took part in (or that happened there), in time order, with its role."""
    mine = [e for e in visible(by_salience(store.events()), show_all=True)
            if entity_id in e.where or any(x == entity_id for _, x in e.participants)][:limit]
    doc_ids = list(dict.fromkeys(d for e in mine for d, _, _ in e.mentions))
    docs = {d: doc for d in doc_ids if (doc := store.get_document(d)) is not None}
    sources = {d: doc_source(doc) for d, doc in docs.items()}
    names = entity_names(store, doc_ids)
    rows = []
    for e in mine:
        v = event_view(e, names, sources)
        v["role"] = next((r for r, x in e.participants if x == entity_id), "place")
        v["sort"] = v["when"] or (v["anchor"] or {}).get("value") or min(
            (s["date"] for s in v["sources"] if s["date"]), default="9999")
        rows.append(v)
    rows.sort(key=lambda r: (r["sort"], -r["salience"]))
    return rows


def quotes_about(store: Store, entity: dict[str, Any]) -> list[dict[str, Any]]:
    """Quotes by others whose words name the entity (a mention of it inside the quote)."""
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in entity["mentions"]:
        spans[m["doc"]].append((m["start"], m["end"]))
    out = []
    for d, mine in list(spans.items())[:40]:
        det = document_detail(store, d)
        src = source(d, det["title"], det["text"][:400], det["publisher"], det["url"],
                     (det["published"] or {}).get("value"), det["genre"])
        for q in det["quotes"]:
            if q["speaker"] == entity["id"]:
                continue
            if any(q["start"] <= s and e <= q["end"] for s, e in mine):
                out.append({"text": q["text"], "speaker": q["speaker"], "speaker_name": q["speaker_name"] or q["speaker_text"],
                            "source": src, "href": f"/documents/{d}#{q['sentence']}"})
    return out


def map_for(store: Store, entity: dict[str, Any], events: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """Places (with coordinates) and countries (ISO codes) to draw for an entity."""
    attrs = entity.get("attributes") or {}
    ids = [entity["id"]] + [p["id"] for ev in events for p in ev["places"]]
    places, countries = [], []
    for eid in dict.fromkeys(ids):
        ent = store.get_entity(eid) if eid != entity["id"] else None
        a = attrs if ent is None else ent.attributes
        name = entity["name"] if ent is None else ent.name
        if isinstance(a.get("lat"), int | float) and isinstance(a.get("lon"), int | float):
            places.append({"name": name, "lat": a["lat"], "lon": a["lon"], "href": f"/entities/{eid}"})
        elif a.get("place") == "country" and a.get("country"):
            countries.append(str(a["country"]))
    if attrs.get("nationality"):
        countries.append(str(attrs["nationality"]))
    return places[:30], list(dict.fromkeys(countries))


def name_variants(entity: dict[str, Any]) -> list[str]:
    """The names an entity goes by: aliases and the forms its mentions take, most frequent first."""
    counts: dict[str, int] = defaultdict(int)
    for m in entity["mentions"]:
        counts[" ".join(m["text"].split())] += 1
    forms = [*entity["aliases"], *sorted(counts, key=lambda k: -counts[k])]
    return [f for f in dict.fromkeys(forms) if f and f != entity["name"]]


def timeline_names(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Timeline rows with participants and places named (the rows carry entity ids)."""
    names = entity_names(store, list(dict.fromkeys(src["doc"] for r in rows for src in r["sources"])))
    for r in rows:
        for p in r["participants"]:
            p["name"] = names.get(p["entity"], (p["name"], ""))[0]
        r["places"] = [names.get(p, (p, ""))[0] for p in r.get("where") or []]
        r["participants"] = [p for p in r["participants"] if p["entity"] in names]
    return rows


def cite_entity(store: Store, entity: dict[str, Any]) -> None:
    """Give an entity's mentions and quotes their source's title and publisher (in place)."""
    cache: dict[str, dict[str, Any]] = {}
    for item in [*entity["mentions"], *entity["quotes"]]:
        d = item["doc"]
        if d not in cache:
            doc = store.get_document(d)
            cache[d] = doc_source(doc) if doc is not None else {"title": d, "publisher": None}
        item["source_title"], item["source_publisher"] = cache[d]["title"], cache[d]["publisher"]
