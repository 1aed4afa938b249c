"""Read models of the pages a person reads: a story as a chronicle, an event with every report, an
entity's part in events, sources by title and publisher. Plain dicts from the store, built on
the shared read models in ``kroniek.serve.views``; the templates only lay them out.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from typing import Any
from urllib.parse import urlsplit

from ...export import entity_at
from ...link.salience import by_salience, score_of, visible
from ...model import Document, Event
from ...store import Store
from ..views import NotFound, get_story, sentence_starts

# Outlets a reader knows by name, by the web host their items come from.
HOSTS = {
    "nos.nl": "NOS", "nu.nl": "NU.nl", "ad.nl": "AD", "telegraaf.nl": "De Telegraaf", "volkskrant.nl": "de Volkskrant",
    "nrc.nl": "NRC", "trouw.nl": "Trouw", "parool.nl": "Het Parool", "rtlnieuws.nl": "RTL Nieuws",
    "omroepwest.nl": "Omroep West", "politie.nl": "Politie", "rijksoverheid.nl": "Rijksoverheid",
    "tweedekamer.nl": "Tweede Kamer", "officielebekendmakingen.nl": "Officiële Bekendmakingen",
    "leestmeer.nl": "Leestmeer", "fd.nl": "Het Financieele Dagblad", "bnr.nl": "BNR", "nrc.nl/nieuws": "NRC",
}
MAX_STORY_DOCS = 60
READ_LAYERS = ("sentences", "quotes")  # quotes of a story are read from at most this many of its documents


class Reader:
    """One request's view of the store: each document, its links and its sentences read once."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._docs: dict[str, Document | None] = {}
        self._links: dict[str, Any] = {}
        self._spans: dict[str, list[tuple[int, int]]] = {}

    def doc(self, doc_id: str) -> Document | None:
        """The document with the two layers the reading pages use (tokens are most of a document)."""
        if doc_id not in self._docs:
            self._docs[doc_id] = self.store.get_document(doc_id, layers=READ_LAYERS)
        return self._docs[doc_id]

    def docs(self, doc_ids: Any) -> dict[str, Document]:
        return {d: doc for d in dict.fromkeys(doc_ids) if (doc := self.doc(d)) is not None}

    def links(self, doc_id: str) -> Any:
        if doc_id not in self._links:
            self._links[doc_id] = self.store.document_links(doc_id)
        return self._links[doc_id]

    def names(self, doc_ids: Any) -> dict[str, tuple[str, str]]:
        out: dict[str, tuple[str, str]] = {}
        for d in dict.fromkeys(doc_ids):
            out.update(self.links(d).entity_names)
        return out

    def spans(self, doc: Document) -> list[tuple[int, int]]:
        if doc.id not in self._spans:
            self._spans[doc.id] = sentence_starts(doc)[0]
        return self._spans[doc.id]

    def anchor(self, doc: Document, offset: int) -> str | None:
        spans = self.spans(doc)
        i = bisect.bisect_right([a for a, _ in spans], offset) - 1
        return f"t-{spans[i][0]}" if i >= 0 and offset < spans[i][1] + 1 else None

    def quotes(self, doc: Document) -> list[dict[str, Any]]:
        """The document's quotes with speakers resolved to linked entities where the text names one."""
        links = self.links(doc.id)
        spk = [(s, e, eid) for eid, s, e in links.entity_mentions]
        out = []
        for q in doc.quotes:
            speaker = entity_at(spk, q.speaker_start, q.speaker_end)
            said = doc.text[q.speaker_start:q.speaker_end] if q.speaker_start is not None and q.speaker_end is not None else None
            said = speaker_words(said)
            out.append({"start": q.start, "end": q.end, "text": doc.text[q.start:q.end], "direct": q.direct,
                        "speaker": speaker, "speaker_name": links.entity_names.get(speaker, (None,))[0] if speaker else None,
                        "speaker_text": said, "href": f"/documents/{doc.id}#{self.anchor(doc, q.start) or ''}"})
        return out


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


def _sentence(reader: Reader, doc: Document, start: int, end: int) -> dict[str, Any]:
    """The sentence holding a span, split around the span, with the sentences either side."""
    spans = reader.spans(doc)
    i = next((k for k, (a, b) in enumerate(spans) if a <= start < b), None)
    if i is None:
        return {"before": "", "mark": doc.text[start:end], "after": "", "anchor": None, "prev": "", "next": ""}
    a, b = spans[i]
    return {
        "before": doc.text[a:start], "mark": doc.text[start:end], "after": doc.text[end:b], "anchor": f"t-{a}",
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


# Words a quote's speaker may be left on that name nobody a reader knows ("Ik" in an interview,
# "ze", "die"): the page files such a quote under the unknown speaker. "iemand" stays: it says
# what the text says, someone unnamed.
NO_NAME = frozenset({"ik", "jij", "je", "u", "hij", "zij", "ze", "wij", "we", "jullie", "men", "die", "dat",
                     "deze", "dit", "het", "zelf", "hijzelf", "zijzelf"})


def speaker_words(said: str | None) -> str | None:
    """A quote's speaker as its words name it, or None (the unknown speaker) when they are a
    pronoun: "Ik" heading a page's quotes tells a reader nothing."""
    words = " ".join((said or "").split())
    return None if not words or words.lower() in NO_NAME else words


def _quotes(reader: Reader, docs: list[Document], sources: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The documents' quotes grouped by speaker, speakers with most quotes first, unknown last."""
    groups: dict[str, dict[str, Any]] = {}
    for doc in docs[:MAX_STORY_DOCS]:
        for q in reader.quotes(doc):
            key = q["speaker"] or (q["speaker_text"] or "").strip().lower() or "?"
            g = groups.setdefault(key, {"id": q["speaker"], "name": q["speaker_name"] or q["speaker_text"],
                                        "quotes": []})
            g["quotes"].append({"text": q["text"], "direct": q["direct"], "source": sources.get(doc.id),
                                "href": q["href"]})
    return sorted(groups.values(), key=lambda g: (g["name"] is None, -len(g["quotes"]), g["name"] or ""))


def story_view(store: Store, story_id: str, *, show_all: bool) -> dict[str, Any]:
    """A story as a chronicle: title, dates, outlets, salient events in full, quotes by speaker."""
    story = get_story(store, story_id)
    reader = Reader(store)
    docs = list(reader.docs(story.documents).values())
    sources = {d.id: doc_source(d) for d in docs}
    names = reader.names(sources)
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
        "events": events, "hidden_events": len(mine) - len(shown), "quotes": _quotes(reader, docs, sources),
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
    reader = Reader(store)
    doc_ids = list(dict.fromkeys(d for d, _, _ in ev.mentions))
    docs = reader.docs(doc_ids)
    sources = {d: doc_source(doc) for d, doc in docs.items()}
    view = event_view(ev, reader.names(doc_ids), sources)
    mentions = []
    for d, s, t in sorted(ev.mentions, key=lambda m: (sources.get(m[0], {}).get("date") or "", m[0], m[1])):
        if d in docs:
            mentions.append({"source": sources[d], **_sentence(reader, docs[d], s, t)})
    ids = list(dict.fromkeys(sid for d in doc_ids for sid, _ in reader.links(d).stories))
    found = store.get_stories(ids)
    titles = story_titles(store, [{"id": st.id, "label": st.label, "events": st.events} for st in found])
    return {**view, "mentions": mentions,
            "stories": [{"id": st.id, "label": titles.get(st.id, st.label)} for st in found]}


def entity_events(reader: Reader, entity_id: str, limit: int = 200) -> list[dict[str, Any]]:
    """The events an entity took part in (or that happened there), in time order, with its part."""
    mine = [e for e in by_salience(reader.store.events())
            if entity_id in e.where or any(x == entity_id for _, x in e.participants)][:limit]
    doc_ids = list(dict.fromkeys(d for e in mine for d, _, _ in e.mentions))
    sources = {d: doc_source(doc) for d, doc in reader.docs(doc_ids).items()}
    names = reader.names(doc_ids)
    rows = []
    for e in mine:
        v = event_view(e, names, sources)
        v["role"] = next((r for r, x in e.participants if x == entity_id), "place")
        v["sort"] = v["when"] or (v["anchor"] or {}).get("value") or min(
            (s["date"] for s in v["sources"] if s["date"]), default="9999")
        rows.append(v)
    rows.sort(key=lambda r: (r["sort"], -r["salience"]))
    return rows


def quotes_about(reader: Reader, entity: dict[str, Any], max_docs: int = 40) -> list[dict[str, Any]]:
    """Quotes by others whose words name the entity (a mention of it inside the quote)."""
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in entity["mentions"]:
        spans[m["doc"]].append((m["start"], m["end"]))
    out = []
    for d, mine in list(spans.items())[:max_docs]:
        doc = reader.doc(d)
        if doc is None:
            continue
        for q in reader.quotes(doc):
            if q["speaker"] != entity["id"] and any(q["start"] <= s and e <= q["end"] for s, e in mine):
                out.append({**q, "speaker_name": q["speaker_name"] or q["speaker_text"], "source": doc_source(doc)})
    return out


def map_for(reader: Reader, entity: dict[str, Any], events: list[dict[str, Any]],
            max_places: int = 12) -> tuple[list[dict[str, Any]], list[str]]:
    """Places (with coordinates) and countries (ISO codes) to draw for an entity."""
    attrs = entity.get("attributes") or {}
    others = list(dict.fromkeys(p["id"] for ev in events for p in ev["places"] if p["id"] != entity["id"]))
    found = [(entity["id"], entity["name"], attrs)]
    for eid in others[:max_places]:
        ent = reader.store.get_entity(eid)
        if ent is not None:
            found.append((eid, ent.name, ent.attributes))
    places, countries = [], []
    for eid, name, a in found:
        if isinstance(a.get("lat"), int | float) and isinstance(a.get("lon"), int | float):
            places.append({"name": name, "lat": a["lat"], "lon": a["lon"], "href": f"/entities/{eid}"})
        elif a.get("place") == "country" and a.get("country"):
            countries.append(str(a["country"]))
    if attrs.get("nationality"):
        countries.append(str(attrs["nationality"]))
    return places, list(dict.fromkeys(countries))


def name_variants(entity: dict[str, Any]) -> list[str]:
    """The names an entity goes by: aliases and the forms its mentions take, most frequent first."""
    counts: dict[str, int] = defaultdict(int)
    for m in entity["mentions"]:
        counts[" ".join(m["text"].split())] += 1
    forms = [*entity["aliases"], *sorted(counts, key=lambda k: -counts[k])]
    return [f for f in dict.fromkeys(forms) if f and f != entity["name"]]


def cite_entity(reader: Reader, entity: dict[str, Any]) -> None:
    """Give an entity's mentions and quotes their source's title and publisher (in place)."""
    for item in [*entity["mentions"], *entity["quotes"]]:
        doc = reader.doc(item["doc"])
        src = doc_source(doc) if doc is not None else {"title": item["doc"], "publisher": None}
        item["source_title"], item["source_publisher"] = src["title"], src["publisher"]


def _placed(e: Event) -> tuple[str | None, str]:
    """An event's date on the global timeline: its own, else the anchor its reports give."""
    own = (e.when or {}).get("value")
    if own:
        return own, "event"
    anchor = (e.attributes.get("anchor") or {}).get("value")
    return (anchor, "anchor") if anchor else (None, "none")


def _within(value: str | None, first: str | None, last: str | None) -> bool:
    if not (first or last):
        return True
    if not value:
        return False
    return not ((first and value[:len(first)] < first) or (last and value[:len(last)] > last))


def timeline_page(reader: Reader, *, first: str | None, last: str | None, show_all: bool, offset: int,
                  limit: int) -> tuple[int, list[dict[str, Any]]]:
    """Events in time order (undated last), one page of them, each as the pages show it; only the
    page's documents are read (for names and sources)."""
    rows = []
    for e in visible(by_salience(reader.store.events()), show_all=show_all):
        date, how = _placed(e)
        if _within(date, first, last):
            rows.append((date, how, e))
    rows.sort(key=lambda r: (r[0] is None, r[0] or "", r[2].label))
    page = rows[offset:offset + limit]
    doc_ids = [d for _, _, e in page for d, _, _ in e.mentions]
    sources = {d: doc_source(doc) for d, doc in reader.docs(doc_ids).items()}
    names = reader.names(doc_ids)
    return len(rows), [{**event_view(e, names, sources), "date": date, "placed": how} for date, how, e in page]


def quotes_page(reader: Reader, *, offset: int, docs_per_page: int = 10) -> tuple[int, list[dict[str, Any]]]:
    """The quotes of a page of documents (newest ingested first), each with its source: reading the
    page's documents only, so the page costs the same on any store."""
    ids = reader.store.document_ids(with_layer="quotes")[::-1]
    out = []
    for doc in reader.docs(ids[offset:offset + docs_per_page]).values():
        src = doc_source(doc)
        out += [{**q, "source": src} for q in reader.quotes(doc)]
    return len(ids), out


def entity_page(reader: Reader, entity_id: str, *, max_docs: int = 100, max_mentions: int = 200) -> dict[str, Any]:
    """An entity with its mentions in their sentences, its quotes, related entities and mentions
    over time; as ``views.entity_detail`` gives, from documents read without their tokens."""
    ent = reader.store.get_entity(entity_id)
    if ent is None:
        raise NotFound(f"no entity {entity_id!r}")
    doc_ids = list(dict.fromkeys(d for d, _, _ in ent.mentions))
    docs = reader.docs(doc_ids[:max_docs])
    mentions: list[dict[str, Any]] = []
    quotes: list[dict[str, Any]] = []
    for d, doc in docs.items():
        mine = [(s, e) for dd, s, e in ent.mentions if dd == d]
        spans = reader.spans(doc)
        date = doc.published.value if doc.published else None
        for s, e in mine[:max(0, max_mentions - len(mentions))]:
            a, b = next(((x, y) for x, y in spans if x <= s < y), (s, e))
            mentions.append({"doc": d, "date": date, "start": s, "end": e, "text": doc.text[s:e],
                             "sentence": f"t-{a}", "sentence_text": doc.text[a:b]})
        for q in reader.quotes(doc):
            if q["speaker"] == entity_id:
                quotes.append({**q, "doc": d, "date": date})
    months: dict[str, int] = defaultdict(int)
    for v in reader.store.entity_dates(entity_id):
        months[(v or "")[:7]] += 1
    return {
        "id": ent.id, "type": ent.type, "name": ent.name, "aliases": ent.aliases, "attributes": ent.attributes,
        "mention_count": len(ent.mentions), "document_count": len(doc_ids), "mentions": mentions, "quotes": quotes,
        "related": reader.store.related_entities(entity_id, limit=15),
        "over_time": [{"period": k, "mentions": v} for k, v in sorted(months.items())],
    }
