"""Build a realistic store from the seed corpus without Frog: layers placed by string search.

The seeds are read with a few test-only rules (the " date 2020-01 " prefix, a letter's
"Den Haag, <date>" line, YAML front matter with HTML), then entity mentions, time expressions,
quotes and events are placed where their words occur, so API, web and search tests see every
layer the real pipeline will produce.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from kroniek.link.stories import build_stories
from kroniek.model import (
    Document,
    Entity,
    Event,
    EventMention,
    Mention,
    PublishedDate,
    Quote,
    Sentence,
    Timex,
    document_id,
    sha256_hex,
)
from kroniek.search import SearchIndex, split_sentences
from kroniek.store import Store, open_store

# (surface form, type, entity key): longest forms first so "Qassem Soleimani" wins over "Soleimani".
NAMES = [
    ("Qassem Soleimani", "PER", "soleimani"), ("Soleimani", "PER", "soleimani"),
    ("Ank Bijleveld", "PER", "bijleveld"), ("Bijleveld", "PER", "bijleveld"),
    ("Jens Stoltenberg", "PER", "stoltenberg"), ("Stoltenberg", "PER", "stoltenberg"),
    ("Heiko Maas", "PER", "maas"), ("Maas", "PER", "maas"),
    ("Chris Ghika", "PER", "ghika"), ("Ghika", "PER", "ghika"),
    ("Verenigde Staten", "LOC", "vs"), ("VS", "LOC", "vs"),
    ("Irak", "LOC", "irak"), ("Bagdad", "LOC", "bagdad"), ("Erbil", "LOC", "erbil"),
    ("Iran", "LOC", "iran"), ("Duitsland", "LOC", "duitsland"), ("Frankrijk", "LOC", "frankrijk"),
    ("NAVO", "ORG", "navo"), ("Defensie", "ORG", "defensie"),
]
CANONICAL = {
    "soleimani": "Qassem Soleimani", "bijleveld": "Ank Bijleveld", "stoltenberg": "Jens Stoltenberg",
    "maas": "Heiko Maas", "ghika": "Chris Ghika", "vs": "Verenigde Staten", "irak": "Irak",
    "bagdad": "Bagdad", "erbil": "Erbil", "iran": "Iran", "duitsland": "Duitsland",
    "frankrijk": "Frankrijk", "navo": "NAVO", "defensie": "Ministerie van Defensie",
}
PLACES = {"irak": (33.0, 44.0), "bagdad": (33.31, 44.36), "erbil": (36.19, 44.01), "iran": (32.0, 53.0),
          "duitsland": (51.0, 10.0), "frankrijk": (46.0, 2.0), "vs": (39.8, -98.6)}
# (words, TIMEX3 value)
TIMEXES = [("6 januari 2020", "2020-01-06"), ("vrijdag 10 januari", "2020-01-10"), ("gisteren", "PAST_REF"),
           ("vandaag", "PRESENT_REF"), ("vorige maand", "PAST_REF")]
# (trigger words, event key, type, TIMEX3 value)
# (trigger words, event key, type, TIMEX3 value); a suspension's key and date come from the document.
TRIGGERS = [("droneaanval", "drone", "attack", "2020-01-03"), ("liquidatie", "drone", "attack", "2020-01-03"),
            ("stilgelegd", "halt", "suspension", None), ("stil te leggen", "halt", "suspension", None),
            ("opgeschort", "halt", "suspension", None)]
HOSTILE_TEXT = (
    'Kop met <script>alert("x")</script> & "aanhalingstekens" \'enkel\'. '
    'De minister zegt: "<img src=x onerror=alert(1)> is geen tekst". Bijleveld & co <b>vet</b>.'
)


def _entity_id(key: str) -> str:
    return "e-" + sha256_hex(key)[:16]


def read_seed(path: Path) -> Document:
    """One seed file as a cleaned Document with its publication date."""
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    title = category = None
    published = None
    genre = "news"
    m = re.match(r"\s*date (\d{4}-\d{2})\s+", text)
    if m:
        published = PublishedDate(m.group(1), "month", "text", m.group(1))
        text = text[m.end():]
    elif text.startswith("---"):
        _, front, body = text.split("---", 2)
        title = re.search(r'^title: "(.*)"', front, re.M).group(1)  # type: ignore[union-attr]
        category = re.search(r"^category: (\S+)", front, re.M).group(1)  # type: ignore[union-attr]
        published = PublishedDate("2019-05-15T22:01", "minute", "metadata", "Wed, 15 May 2019 22:01:53 +0200")
        body = re.sub(r"</p>|</h2>", "\n\n", body)
        text = html.unescape(re.sub(r"<[^>]+>", "", body))
    else:
        genre = "letter"
        published = PublishedDate("2020-01-06", "day", "text", "6 januari 2020")
        paras = re.split(r"\n\s*\n", text)
        text = "\n\n".join(" ".join(p.split()) for p in paras)
    text = "\n\n".join(p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip())
    return Document(
        id=document_id(raw), text=text, source=str(path), raw_hash=sha256_hex(raw), title=title,
        genre=genre, category=category, published=published,
        publisher="Rijksoverheid" if genre == "letter" else ("NOS" if title else None),
    )


def annotate(doc: Document) -> None:
    """Place sentences, mentions, timexes, quotes and event mentions by searching their words."""
    doc.sentences = [Sentence(s, e, 0, 0) for s, e in split_sentences(doc.text)]
    taken: list[tuple[int, int]] = []
    mentions = []
    for form, typ, _key in NAMES:
        for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", doc.text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            mentions.append(Mention(m.start(), m.end(), typ, "test"))
    doc.mentions = sorted(mentions, key=lambda x: x.start)
    doc.timexes = sorted(
        (Timex(m.start(), m.end(), "DATE", value) for words, value in TIMEXES
         for m in re.finditer(re.escape(words), doc.text)), key=lambda t: t.start,
    )
    quotes = []
    for m in re.finditer(r"[„\"]([^\"”]{3,}?)[\"”]|,,(.+?)’’", doc.text):
        start, end = (m.start(1), m.end(1)) if m.group(1) else (m.start(2), m.end(2))
        speakers = [x for x in doc.mentions if x.type == "PER" and abs(x.start - start) < 200]
        sp = min(speakers, key=lambda x: abs(x.start - start)) if speakers else None
        quotes.append(Quote(start, end, sp.start if sp else None, sp.end if sp else None,
                            "zegt", True))
    doc.quotes = quotes
    month = doc.published.value[:7] if doc.published else ""
    doc.events = sorted(
        (EventMention(m.start(), m.end(), typ, words, "asserted", when or month)
         for words, key, typ, when in TRIGGERS for m in re.finditer(re.escape(words), doc.text)),
        key=lambda e: e.start,
    )
    doc.processed = ["test-annotate"]


def seed_documents(seeds_dir: Path, *, hostile: bool = False) -> list[Document]:
    """The five seeds (and optionally a document full of HTML-hostile text), annotated."""
    docs = [read_seed(p) for p in sorted(seeds_dir.iterdir()) if p.is_file()]
    if hostile:
        docs.append(Document(
            id=document_id(HOSTILE_TEXT.encode()), text=HOSTILE_TEXT, source="hostile<&>.txt",
            title='<script>alert("t")</script> & co', genre="other",
            published=PublishedDate("2021-03-04", "day", "metadata"),
        ))
    for d in docs:
        annotate(d)
    return docs


def cross_layers(docs: list[Document]) -> tuple[list[Entity], list[Event]]:
    """Entities and events gathered from the placed mentions."""
    ents: dict[str, Entity] = {}
    key_of = {form: key for form, _, key in NAMES}
    for d in docs:
        for m in d.mentions:
            surface = d.text[m.start:m.end]
            key = key_of[surface]
            e = ents.setdefault(_entity_id(key), Entity(_entity_id(key), m.type, CANONICAL[key]))
            e.mentions.append((d.id, m.start, m.end))
            if surface != e.name and surface not in e.aliases:
                e.aliases.append(surface)
            if key in PLACES:
                e.attributes = {"lat": PLACES[key][0], "lon": PLACES[key][1]}
    evs: dict[str, Event] = {}
    labels = {"attack": "Droneaanval", "suspension": "Trainingsmissie opgeschort"}
    trigger = {words: (key, when) for words, key, _, when in TRIGGERS}
    for d in docs:
        month = d.published.value[:7] if d.published else ""
        for em in d.events:
            key, when = trigger[em.lemma]
            event_id = "v-" + sha256_hex(key + (month if when is None else ""))[:16]
            ev = evs.setdefault(event_id, Event(
                event_id, em.type, labels[em.type], {"value": em.when, "granularity": "day" if len(em.when or "") == 10 else "month"},  # type: ignore[arg-type]
                where=[_entity_id("irak")], participants=[("agent", _entity_id("vs"))] if em.type == "attack" else [],
            ))
            ev.mentions.append((d.id, em.start, em.end))
    return sorted(ents.values(), key=lambda e: e.id), list(evs.values())


def build_seed_store(db: Path | str, seeds_dir: Path, *, hostile: bool = False) -> Store:
    """A store (SQLite path or PostgreSQL URL) holding the annotated seeds, their entities, events,
    stories and search index."""
    store = open_store(str(db))
    docs = seed_documents(seeds_dir, hostile=hostile)
    index = SearchIndex(store)
    for d in docs:
        store.add_document(d, text_hash=sha256_hex(d.text))
        index.index_document(d)
    entities, events = cross_layers(docs)
    store.replace_entities(entities)
    store.replace_events(events)
    store.replace_stories(build_stories(docs, events, entities))
    return store
