"""Stories: documents and their events grouped by the developing news event they tell.

The method is single-pass topic detection and tracking, in date order:

1. Each document becomes a TF-IDF vector over Dutch stems (function words dropped, sublinear tf),
   plus the set of entities it mentions and the set of cross-document events it tells.
2. A document is compared with the documents seen in the last ``max_gap_days`` before it
   (through an inverted index, so the cost grows with the window, not the corpus).
   Its link score to an earlier document is text cosine (over all terms; the most frequent only
   find no candidates), mixed with IDF-weighted entity overlap when both have entities, plus a
   bonus for a shared typed event; entities and events count only where the texts share some
   words (``min_text``), and shared towns (or the home country) alone are none.
3. It joins the story of its best-scoring earlier document when the score reaches ``threshold``
   and the story would not span more than ``max_span_days``; otherwise it starts a new story.
   So the same topic months later starts a new story: a story is one development over days.
4. Documents already in ``previous`` stories keep their story and id; only new documents are
   placed, which makes the result incremental as documents arrive. Near-duplicates follow the
   document they duplicate.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import math
import re
from collections import Counter, defaultdict, deque
from collections.abc import Collection, Container, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from ..model import Document, Entity, Event, Story
from ..search import stems
from ..sentences import document_sentences

# Dutch function words and reporting filler: frequent in every story, evidence for none.
STOPWORDS = frozenset(["aan", "al", "alle", "alles", "als", "andere", "ben", "bij", "bijna", "daar", "daarom", "dan", "dat", "de", "deze", "die", "dit", "doch", "doen", "door", "dus", "een", "eens", "eer", "en", "er", "ge", "geen", "geweest", "haar", "had", "heb", "hebben", "heeft", "hem", "het", "hier", "hij", "hoe", "hun", "iemand", "iets", "ik", "in", "is", "ja", "je", "kan", "kon", "kunnen", "maar", "me", "meer", "men", "met", "mij", "mijn", "moet", "na", "naar", "niet", "niets", "nog", "nu", "of", "om", "omdat", "ook", "op", "over", "reeds", "te", "tegen", "toch", "toen", "tot", "u", "uit", "uw", "van", "veel", "voor", "want", "waren", "was", "wat", "we", "wel", "werd", "wie", "wij", "wil", "worden", "wordt", "zal", "ze", "zei", "zelf", "zich", "zij", "zijn", "zo", "zonder", "zou", "zegt", "zeggen", "volgens", "aldus", "jaar", "dag", "week", "gisteren", "vandaag", "morgen", "eerder", "later", "nieuwe", "nieuw", "twee", "drie", "onder", "sinds", "tussen", "heel"])

_STOP_STEMS = frozenset(stems(" ".join(STOPWORDS)))
_DIGITS = re.compile(r"^\d+$")


@dataclass(frozen=True, slots=True)
class StoryParams:
    """The knobs of story building (defaults tuned on NU.nl headline variants and sections)."""

    threshold: float = 0.3  # minimum link score to join a story
    max_gap_days: int = 4  # a document links only to documents at most this much earlier
    max_span_days: int = 21  # a story never spans more than this from first to last document
    entity_weight: float = 0.4  # share of the score from entity overlap, when both sides have entities
    event_bonus: float = 0.3  # added when two documents tell the same cross-document event
    max_df: float = 0.02  # terms in more than this share of documents are not used to find candidates
    min_text: float = 0.05  # text cosine below which shared entities or events do not link two documents


def date_interval(value: str | None) -> tuple[int, int] | None:
    """The first and last day (proleptic ordinals) an ISO date of any granularity covers."""
    if not value:
        return None
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if not m:
        return None
    y = int(m.group(1))
    try:
        if m.group(3):
            d = dt.date(y, int(m.group(2)), int(m.group(3))).toordinal()
            return d, d
        if m.group(2):
            mo = int(m.group(2))
            first = dt.date(y, mo, 1).toordinal()
            return first, first + calendar.monthrange(y, mo)[1] - 1
        return dt.date(y, 1, 1).toordinal(), dt.date(y, 12, 31).toordinal()
    except ValueError:
        return None


def _terms(doc: Document) -> Counter[str]:
    text = f"{doc.title}\n{doc.text}" if doc.title and doc.title not in doc.text[:500] else doc.text
    return text_terms(text)


@lru_cache(maxsize=2048)
def text_terms(text: str) -> Counter[str]:
    """The counted content stems of a text (read-only: the result is shared). Cached: the
    incremental link rebuilds each story a new document joins, and stemming all of a growing
    story's members again at every poll made a long ``kroniek watch`` slower poll after poll
    (bench/watch/long_run.py)."""
    return Counter(
        s for s in stems(text) if len(s) > 1 and s not in _STOP_STEMS and not _DIGITS.match(s)
    )


@dataclass(frozen=True, slots=True)
class TermCounts:
    """Counted stems worked out before ``build_stories`` runs: ``tf`` per document id (as
    ``story_terms`` counts them) and ``df``, in how many of exactly the documents given to
    ``build_stories`` each stem occurs. The incremental link keeps both across polls
    (``link.incremental_window``) instead of counting the whole date window again."""

    tf: Mapping[str, Counter[str]]
    df: Mapping[str, int]


def story_terms(doc: Document) -> Counter[str]:
    """The counted content stems a document is compared by (its title counted once)."""
    return _terms(doc)


class _Weights(dict[str, float]):
    """The IDF of the collection, each term's weight worked out when first asked for (the same
    arithmetic as weighing every term up front): a poll weighs only the terms of the documents
    it compares, not the whole vocabulary of its date window."""

    def __init__(self, df: Mapping[str, int], n: int, trust: float) -> None:
        super().__init__()
        self.df, self.n, self.trust = df, n, trust

    def __missing__(self, t: str) -> float:
        w = self[t] = 1 + self.trust * math.log((1 + self.n) / (1 + self.df[t]))
        return w


class _Common(Container[str]):
    """The terms in more than ``max_df`` of the documents (none below 50 documents): too common
    to find candidates with. Asked term by term rather than listed."""

    def __init__(self, df: Mapping[str, int], n: int, max_df: float) -> None:
        self.df, self.n, self.max_df = df, n, max_df

    def __contains__(self, t: object) -> bool:
        return self.n >= 50 and isinstance(t, str) and self.df.get(t, 0) > self.max_df * self.n

    def within(self, terms: Iterable[str]) -> set[str]:
        """The common terms among ``terms``, listed (cheap to look up again and again)."""
        return {t for t in terms if t in self}


@dataclass(slots=True)
class _Doc:
    doc: Document
    interval: tuple[int, int] | None
    tf: Counter[str]  # its counted stems (shared, read-only)
    idf: Mapping[str, float]  # the collection's term weights (shared by all items)
    ents: dict[str, float]
    events: frozenset[str]
    places: frozenset[str] = frozenset()  # its entities that say where (``_where``)
    story: int = -1
    unit: dict[str, float] | None = None  # its TF-IDF vector, once something asked for it

    @property
    def vec(self) -> dict[str, float]:
        """The document's unit-length TF-IDF vector, made when first needed: a document already in
        a story is only compared where it is a candidate of a new one, so an incremental link
        need not weigh every member of a long story again (bench/watch/long_run.py)."""
        if self.unit is None:
            self.unit = _unit_vector(self.tf, self.idf)
        return self.unit


def _unit_vector(tf: Counter[str], idf: Mapping[str, float]) -> dict[str, float]:
    vec = {t: (1 + math.log(c)) * idf[t] for t, c in tf.items()}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {t: v / norm for t, v in vec.items()}


def build_stories(
    docs: list[Document],
    events: list[Event],
    entities: list[Entity],
    *,
    previous: list[Story] | None = None,
    params: StoryParams | None = None,
    touching: Collection[str] | None = None,
    counts: TermCounts | None = None,
) -> list[Story]:
    """Group documents (and the events they tell) into stories; previous stories keep their ids.

    With ``touching`` (the incremental link's new documents) only the stories holding one of
    those documents are returned, and a previous story among them keeps its previous label and
    attributes but its size (the incremental link keeps those anyway): the members of a long
    story are then not weighed again for a label nobody reads. ``counts``: the documents' counted
    stems and document frequencies worked out already (``TermCounts``); the result is the same."""
    p = params or StoryParams()
    if not docs:
        return []
    items, common = _items(docs, events, entities, p, counts)
    index_of = {d.id: i for i, d in enumerate(docs)}
    groups = _Groups(items)
    old: dict[str, Story] = {}
    for s in previous or []:  # previous stories first, keeping their ids and members
        kept = [index_of[x] for x in s.documents if x in index_of and items[index_of[x]].story < 0]
        if kept:
            k = groups.new(s.id)
            old[s.id] = s
            for i in kept:
                groups.join(i, k)
    _place(items, index_of, groups, common, p)
    event_story = _event_stories(events, items, index_of)
    by_event = {ev.id: ev for ev in events}
    wanted = {index_of[d] for d in touching if d in index_of} if touching is not None else None
    out: list[Story] = []
    for k, mem in enumerate(groups.members):
        if not mem or (wanted is not None and wanted.isdisjoint(mem)):
            continue
        keep = old.get(groups.ids[k]) if wanted is not None else None
        out.append(_story(items, mem, groups.ids[k], [e for e, sk in event_story.items() if sk == k], by_event, p,
                          keep=keep))
    out.sort(key=lambda s: (s.first is None, date_interval(s.first) or (0, 0), s.id))
    return out


# An untyped verb ("gezet", "zag") or a saying joined across texts is weak evidence of one
# happening, and no evidence of one story: two unrelated reports shared "gezet". So is an event
# salience marks as saying too little (``weak_event``).
WEAK_EVENT_TYPES = frozenset({"other", "statement"})


def weak_event(ev: Event) -> bool:
    """An event no story is built on: untyped, a saying, a trigger word alone (``bare``: "moord"
    joined across two unrelated murders) or told only by bare infinitives (``infinitive``: "PVV
    vertrekken" in three reports that each say what some party may do)."""
    return ev.type in WEAK_EVENT_TYPES or bool(ev.attributes.get("bare") or ev.attributes.get("infinitive"))

def _doc_sets(docs: list[Document], events: list[Event],
              entities: list[Entity]) -> tuple[dict[str, set[str]], dict[str, set[str]], set[str]]:
    """Per document: the entities it mentions and the keys of the cross-document events it tells
    (``_event_keys``); and which entity keys say where (``_where``: towns, streets, the home country)."""
    doc_entities: dict[str, set[str]] = defaultdict(set)
    places: set[str] = set()
    for ent in entities:
        if _where(ent):
            places.add(ent.id)
        for doc_id, _, _ in ent.mentions:
            doc_entities[doc_id].add(ent.id)
    for d in docs:
        if d.id not in doc_entities:
            # Not linked yet: a mention's normalised words stand in for its entity.
            keys = {m: "m:" + " ".join(d.text[m.start : m.end].lower().split()) for m in d.mentions}
            doc_entities[d.id] = set(keys.values())
            places |= {k for m, k in keys.items() if m.type == "LOC"}
    return doc_entities, _event_keys(events, entities, doc_entities), places


# The country Dutch news is told from: "Nederland" or "Nederlandse" in a report says where, as a
# town does (a care inspection and a sunken submarine shared only it), not what the report is about.
HOME_COUNTRIES = frozenset({"NL"})


def _where(ent: Entity) -> bool:
    """An entity that says where a report happens, not what it is about: a town or street (a
    country a report is about is evidence), and the home country or its adjective."""
    if ent.attributes.get("nationality") in HOME_COUNTRIES:
        return True
    return ent.type == "LOC" and (ent.attributes.get("place") != "country"
                                  or ent.attributes.get("country") in HOME_COUNTRIES)


def _event_keys(events: list[Event], entities: list[Entity],
                doc_entities: dict[str, set[str]]) -> dict[str, set[str]]:
    """Per document, the keys of the cross-document events it tells, which two documents must
    share to count as telling one happening: an event that names participants is told by a
    document together with the participants it mentions ("v|e": the event joined "vertrekken" of
    a party in one report and of a coach in another, and no report names both), an event naming
    none by its id alone ("het kabinet is gevallen" / "Rutte biedt ontslag aan"). Places do not
    count: reports of one race name its country, its city or its circuit."""
    country = {e.id: str(e.attributes["nationality-of"]) for e in entities if e.attributes.get("nationality-of")}
    keys: dict[str, set[str]] = defaultdict(set)
    for ev in events:
        if weak_event(ev):
            continue
        names = {eid for _, eid in ev.participants}  # not its place: "Hongarije", "Boedapest", "Hungaroring"
        for doc_id in {d for d, _, _ in ev.mentions}:
            if not names:
                keys[doc_id].add(ev.id)
                continue
            told = doc_entities.get(doc_id, set())
            keys[doc_id] |= {f"{ev.id}|{e}" for e in names & (told | {country.get(t, t) for t in told})}
    return keys


def _items(docs: list[Document], events: list[Event], entities: list[Entity],
           p: StoryParams, counts: TermCounts | None = None) -> tuple[list[_Doc], _Common]:
    """Each document's TF-IDF vector, weighted entities and events; and the terms too common to
    find candidates with."""
    doc_entities, doc_events, places = _doc_sets(docs, events, entities)
    n = len(docs)
    if counts is not None:
        tfs, df = [counts.tf[d.id] for d in docs], counts.df
    else:
        tfs = [_terms(d) for d in docs]
        df = _document_frequencies(tfs)
    edf: Counter[str] = Counter()
    for d in docs:
        edf.update(doc_entities[d.id])
    # IDF from a handful of documents is noise (every shared word looks common), so it is phased
    # in as the collection grows; stopwords are gone already, so uniform weights are a fair start.
    trust = min(1.0, n / 200)
    idf = _Weights(df, n, trust)
    eidf = {t: 1 + trust * math.log((1 + n) / (1 + c)) for t, c in edf.items()}
    common = _Common(df, n, p.max_df)
    items: list[_Doc] = []
    for d, tf in zip(docs, tfs, strict=True):
        items.append(_Doc(
            doc=d, interval=date_interval(d.published.value if d.published else None), tf=tf, idf=idf,
            ents={e: eidf[e] for e in doc_entities[d.id]},
            places=frozenset(doc_entities[d.id] & places),
            events=frozenset(doc_events[d.id]),
        ))
    return items, common


def _document_frequencies(tfs: Iterable[Counter[str]]) -> Counter[str]:
    df: Counter[str] = Counter()
    for tf in tfs:
        df.update(tf.keys())
    return df


class _Groups:
    """The stories being built: ids ("" for a new story), member item indexes, day spans."""

    def __init__(self, items: list[_Doc]) -> None:
        self.items = items
        self.ids: list[str] = []
        self.members: list[list[int]] = []
        self.spans: list[tuple[int, int] | None] = []

    def new(self, sid: str = "") -> int:
        self.ids.append(sid)
        self.members.append([])
        self.spans.append(None)
        return len(self.ids) - 1

    def join(self, i: int, k: int) -> None:
        _join(self.items, i, k, self.members, self.spans)


_Keys = tuple[frozenset[str], frozenset[str], frozenset[str]]  # terms, entities, events


def _wanted_keys(items: list[_Doc]) -> _Keys | None:
    """The terms, entities and events of the documents not in a story yet: the only keys anything
    is looked up by. None (all keys) when no document is in a story yet (a full build)."""
    todo = [it for it in items if it.story < 0]
    if len(todo) == len(items):
        return None
    return (frozenset(t for it in todo for t in it.tf), frozenset(e for it in todo for e in it.ents),
            frozenset(v for it in todo for v in it.events))


def _shared(keys: Mapping[str, object] | frozenset[str], wanted: frozenset[str]) -> Iterable[str]:
    """The keys that are also wanted (a set intersection: the order in which one document's keys
    are posted does not change any posting)."""
    return wanted.intersection(keys)


class _Window:
    """The dated documents of the last ``max_gap_days``, indexed by term, entity and event (only
    by the ``wanted`` keys, when given: those of the documents still to place)."""

    def __init__(self, items: list[_Doc], common: Container[str], wanted: _Keys | None = None) -> None:
        self.items, self.common, self.wanted = items, common, wanted
        self.docs: deque[int] = deque()
        self.postings: dict[str, set[int]] = defaultdict(set)
        self.epostings: dict[str, set[int]] = defaultdict(set)
        self.vpostings: dict[str, set[int]] = defaultdict(set)

    def keys(self, it: _Doc) -> tuple[Iterable[str], Iterable[str], Iterable[str]]:
        if self.wanted is None:
            return it.tf, it.ents, it.events
        terms, ents, events = self.wanted
        return _shared(it.tf, terms), _shared(it.ents, ents), _shared(it.events, events)

    def drop_before(self, day: int) -> None:
        while self.docs and _end(self.items[self.docs[0]]) < day:
            j = self.docs.popleft()
            terms, ents, events = self.keys(self.items[j])
            for t in terms:
                self.postings[t].discard(j)
            for e in ents:
                self.epostings[e].discard(j)
            for v in events:
                self.vpostings[v].discard(j)

    def add(self, i: int) -> None:
        self.docs.append(i)
        terms, ents, events = self.keys(self.items[i])
        for t in terms:
            if t not in self.common:
                self.postings[t].add(i)
        for e in ents:
            self.epostings[e].add(i)
        for v in events:
            self.vpostings[v].add(i)


def _place(items: list[_Doc], index_of: dict[str, int], groups: _Groups, common: _Common, p: StoryParams) -> None:
    """Put every document not in a story yet into one, in date order (single pass): the story of a
    document it near-duplicates, else that of its best-linked earlier document, else a new one."""
    order = sorted(range(len(items)), key=lambda i: (items[i].interval is None, items[i].interval or (0, 0), i))
    wanted = _wanted_keys(items)
    # Listed once, among the terms anything is looked up by: every term for a full build, the
    # new documents' terms for an incremental one (not a large window's whole vocabulary).
    listed = common.within(wanted[0] if wanted is not None else common.df.keys())
    window = _Window(items, listed, wanted)
    undated: list[int] = []
    for i in order:
        it = items[i]
        start = it.interval[0] if it.interval else None
        if start is not None:
            window.drop_before(start - p.max_gap_days)
        if it.story < 0:
            dup = it.doc.duplicate_of
            if dup in index_of and items[index_of[dup]].story >= 0:
                groups.join(i, items[index_of[dup]].story)
            else:
                pool = window.docs if start is not None else undated
                best = _best_link(it, pool, items, window.postings, window.epostings, window.vpostings,
                                  listed, p, groups.spans)
                groups.join(i, groups.new() if best is None else best)
        if start is None:
            undated.append(i)
        else:
            window.add(i)


def _event_stories(events: list[Event], items: list[_Doc], index_of: dict[str, int]) -> dict[str, int]:
    """Each event goes to the story holding most of its mentions."""
    event_story: dict[str, int] = {}
    for ev in events:
        votes = Counter(items[index_of[doc_id]].story for doc_id, _, _ in ev.mentions if doc_id in index_of)
        if votes:
            event_story[ev.id] = votes.most_common(1)[0][0]
    return event_story


def _story(items: list[_Doc], mem: list[int], sid: str, evs: list[str], by_event: dict[str, Event],
           p: StoryParams, keep: Story | None = None) -> Story:
    """One story from its member items and events: dates, label, leading entities (those of
    ``keep``, a previous story, when given)."""
    mem.sort(key=lambda i: (items[i].interval or (10**9, 10**9), i))
    sid = sid or "s-" + hashlib.sha256(items[mem[0]].doc.id.encode()).hexdigest()[:16]
    evs.sort(key=lambda e: ((by_event[e].when or {}).get("value") or "9999", e))
    doc_dates: list[str] = [pd.value for i in mem if (pd := items[i].doc.published) is not None]
    bounds = _bounds(doc_dates)
    event_dates: list[str] = [
        when for e in evs
        if (when := (by_event[e].when or {}).get("value")) and _near(when, bounds, p.max_span_days)
    ]
    first, last = _first_last([*doc_dates, *event_dates])
    if keep is not None:
        label, attributes = keep.label, {**keep.attributes, "size": len(mem)}
    else:
        ent_counts = Counter(e for i in mem for e in items[i].ents if not e.startswith("m:"))
        label, attributes = _label(items, mem), {"size": len(mem), "entities": _leading(ent_counts)}
    return Story(
        id=sid, label=label, documents=[items[i].doc.id for i in mem], events=evs,
        first=first, last=last, attributes=attributes,
    )


def _leading(counts: Counter[str], n: int = 8) -> list[str]:
    """The ``n`` entities most documents of a story mention; ties by key, so that the list does
    not depend on the order sets happen to iterate in (string hashing differs per process)."""
    return [e for e, _ in sorted(counts.items(), key=lambda x: (-x[1], x[0]))[:n]]


def _end(item: _Doc) -> int:
    return item.interval[1] if item.interval else 0


def _join(items: list[_Doc], i: int, k: int, members: list[list[int]], spans: list[tuple[int, int] | None]) -> None:
    items[i].story = k
    members[k].append(i)
    iv = items[i].interval
    # A coarse date ("2020-01") says when roughly, not that the story lasted a month: only
    # dates at most a few days wide count towards a story's span.
    if iv and iv[1] - iv[0] <= 3:
        s = spans[k]
        spans[k] = iv if s is None else (min(s[0], iv[0]), max(s[1], iv[1]))


def _best_link(
    it: _Doc, pool: Iterable[int], items: list[_Doc], postings: dict[str, set[int]],
    epostings: dict[str, set[int]], vpostings: dict[str, set[int]], common: Container[str], p: StoryParams,
    spans: list[tuple[int, int] | None],
) -> int | None:
    """The story of the best-linked earlier document, if the link is strong enough."""
    dots: dict[int, float] = defaultdict(float)
    for t, w in it.vec.items():
        if t in common:
            continue
        for j in postings.get(t, ()):
            dots[j] += w * items[j].vec[t]
    cands = set(dots)
    for e in it.ents:
        cands |= epostings.get(e, set())
    for v in it.events:
        cands |= vpostings.get(v, set())
    if it.interval is None:
        cands |= set(pool)  # undated documents are few: compare with all of them
    best_story, best_score = None, p.threshold
    frequent = [(t, w) for t, w in it.vec.items() if t in common]
    for j in cands:
        other = items[j]
        if other.story < 0:
            continue
        text = _text_score(it, other, dots.get(j), frequent)
        score = text
        # Names alone, with no words in common, are no story; nor is a happening alone: the event
        # linker joins a death in a sports report with one in a theatre report. With some words
        # in common a shared happening is (the linker joined "het kabinet-Rutte is gevallen" and
        # "Rutte biedt ontslag aan").
        shares_words = text >= p.min_text
        ent = _entity_overlap(it, other) if it.ents and other.ents and shares_words else None
        if ent is not None:
            score = (1 - p.entity_weight) * text + p.entity_weight * ent
        if it.events & other.events and shares_words:
            score += p.event_bonus
        if score < best_score:
            continue
        span = spans[other.story]
        if span and it.interval and it.interval[1] - it.interval[0] <= 3 and max(span[1], it.interval[1]) - min(span[0], it.interval[0]) > p.max_span_days:
            continue
        best_story, best_score = other.story, score
    return best_story


def _entity_overlap(it: _Doc, other: _Doc) -> float | None:
    """The IDF-weighted share of the smaller side's entities the two documents share; None (the
    text alone decides) when they share only towns or streets: a town's news of one week (a fire,
    a chess match, a closed car park) is many stories. A country counts: foreign news of one
    country over days ("Soedan", "Khartoem" and the army) is mostly one story."""
    shared = [e for e in it.ents if e in other.ents]
    if shared and all(e in it.places for e in shared):
        return None
    return sum(it.ents[e] for e in shared) / min(sum(it.ents.values()), sum(other.ents.values()))


def _text_score(it: _Doc, other: _Doc, rare: float | None, frequent: list[tuple[str, float]]) -> float:
    """The text cosine of two documents over all their terms. Frequent terms only find no
    candidates: in a small collection (a week of news) a running story's own names are in more
    than ``max_df`` of the documents, and leaving them out of the score made its reports look
    unrelated while one shared name decided the link."""
    if rare is None:
        return sum(w * other.vec.get(t, 0.0) for t, w in it.vec.items())
    return rare + sum(w * other.vec.get(t, 0.0) for t, w in frequent)


def _bounds(dates: list[str]) -> tuple[int, int] | None:
    """The first and last day the given dates cover (None when none is a date)."""
    ivs = [x for d in set(dates) if (x := date_interval(d))]
    return (min(a for a, _ in ivs), max(b for _, b in ivs)) if ivs else None


def _near(value: str, bounds: tuple[int, int] | None, days: int) -> bool:
    """True when a date lies within ``days`` of the span ``bounds`` of a story's document dates
    (background events do not)."""
    iv = date_interval(value)
    if iv is None or bounds is None:
        return False
    return bounds[0] - days <= iv[0] and iv[1] <= bounds[1] + days


def _first_last(values: list[str]) -> tuple[str | None, str | None]:
    """Earliest and latest date; a coarse date ("2020-01") yields to precise ones inside it."""
    dated = {v[:10]: iv for v in values if v and (iv := date_interval(v))}
    kept = [
        (iv, v) for v, iv in dated.items()
        if not any(o != iv and iv[0] <= o[0] and o[1] <= iv[1] for o in dated.values())
    ]
    if not kept:
        return None, None
    return min(kept)[1], max(kept, key=lambda x: (x[0][1], x[0][0]))[1]


def _label(items: list[_Doc], mem: list[int]) -> str:
    """The title (or first sentence) of the member closest to the story's centroid."""
    centroid: dict[str, float] = defaultdict(float)
    for i in mem:
        for t, w in items[i].vec.items():
            centroid[t] += w
    best = max(
        mem, key=lambda i: (bool(items[i].doc.title), sum(w * centroid[t] for t, w in items[i].vec.items()))
    )
    doc = items[best].doc
    if doc.title:
        return doc.title
    spans = document_sentences(doc)
    first = doc.text[spans[0][0] : spans[0][1]] if spans else ""
    first = " ".join(first.split())
    return first if len(first) <= 100 else first[:99].rstrip() + "…"
