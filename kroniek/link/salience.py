"""Salience: which events a reader of the chronicle should see first, and which are its tail.

Each cross-document event gets ``attributes["salience"]`` in [0, 1], a weighted sum of five
signals, each scaled to [0, 1]:

- sources: how many documents report it (one: 0; four or more: 1; a duplicate of another
  document, the same wire copy in a second outlet, is no second source), weight 0.35;
- mentions: how often it is told (log scale: eight mentions or more: 1), weight 0.15;
- named participants: entities among its participants and places (three or more: 1), weight 0.2;
- time anchor: a day of its own (1), a coarser date of its own (0.5), none (0), weight 0.1;
- position: how early its first mention stands in its document (title or lead: 1; the tenth
  sentence or later: 0), weight 0.2 — news puts what matters first.

A happening a report's headline tells (``extract.headline.headline_mentions``: the lead mention
a separate title restates, or a mention of a text's headline line and the lead mention restating
it) is what that report is about: the sum closes ``HEADLINE`` of its distance to 1 for one such
report, twice that for two or more, so a story page opens with the happening its headlines
report; between equal scores, the event more headlines tell comes first (``by_salience``).

The sum is then scaled by what kind of happening it is: saying alone is not a happening
(``statement``: x0.4; it belongs to the quote or to the event it reports), an untyped verb is
weaker evidence (``other``: x0.6), and a negated, possible or future event did not (yet)
happen (x0.6), and so is an event told only by bare infinitives ("wil verkopen", "moet
winnen": what may or must happen; x0.6). A bare event — no participant, no place, and no mention with an argument but
a time or a source (its trigger word alone: "afgewezen", "gesprekken"; a
"subject" that is a time the parse misread or a pronoun alone) — says too little to
lead a list: x0.5, so a named happening ranks above it. Background — an event dated more than
a month before its earliest report ("de watersnood van 1953" in reports of 2019,
a conviction "twee jaar geleden") — is what the reports recall, not their news: x0.5, and it
stays in the tail, and so does an untyped event (``other``) one report alone tells, unless its
story leads with it. Other events at or above ``SHOWN`` are the chronicle; the rest is its tail, listed only on request (``--all``,
``?all=1``). Lists put salient events first.

A story always shows its main happenings: its most salient typed, asserted events scoring at
least ``LEAD_FLOOR`` that are neither bare (a trigger word alone: "brand", "Vlammen" tell a
reader nothing the story's title does not), told only by infinitives, nor background (an
earlier win the reports recall)
are marked ``attributes["lead"]`` and shown even below ``SHOWN`` — a story
told by one document scores 0 on sources, the strongest signal, yet its headline happening is
what a reader came for. A story marks one lead per document it holds, at most ``LEAD_EVENTS``:
a one-document story shows its headline happening, not three (many small stories beside a big
one would otherwise flood the default list with their second and third events). The first lead
is the most salient happening two or more independent reports open with
(``attributes["headline"]``: a mention in their headline or lead), when it is not bare, asserted
and no saying — even untyped: follow-up reports open with their news ("voorarrest verlengd")
while the background they repeat (the killings it is about) is typed and scores higher.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable

from ..extract.headline import headline_mentions
from ..model import Document, Event, Story
from .label_parse import no_subject

WEIGHTS = {"sources": 0.35, "mentions": 0.15, "participants": 0.2, "time": 0.1, "position": 0.2}
KIND_FACTOR = {"statement": 0.4, "other": 0.6}
UNREAL_FACTOR = 0.6  # negated, possible, future
BARE_FACTOR = 0.5  # no participant, no place, no argument: a trigger word alone
BACKGROUND_FACTOR = 0.5  # dated well before its reports: what they recall, not what they report
BACKGROUND_DAYS = 31
SHOWN = 0.25
LEAD_EVENTS = 3
LEAD_FLOOR = 0.1
LEAD = 10  # sentences: a first mention at or after this one earns no position points
HEADLINE = 0.4  # of the distance to 1, per report (two at most) whose headline tells the event


def signals(ev: Event, docs: dict[str, Document]) -> dict[str, float]:
    """The five signals of one event, each in [0, 1]."""
    n_docs = len(_sources(ev, docs))
    named = {eid for _, eid in ev.participants} | set(ev.where)
    granularity = (ev.when or {}).get("granularity")
    return {
        "sources": min(n_docs - 1, 3) / 3 if n_docs else 0.0,
        "mentions": min(math.log2(max(len(ev.mentions), 1)) / 3, 1.0),
        "participants": min(len(named), 3) / 3,
        "time": 1.0 if granularity in ("day", "minute") else 0.5 if ev.when else 0.0,
        "position": _position(ev, docs),
    }


def _sources(ev: Event, docs: dict[str, Document]) -> set[str]:
    """The independent reports of an event: a document stored as a duplicate of another (the
    same wire copy in a second outlet) counts as the document it duplicates."""
    out = set()
    for doc_id, _, _ in ev.mentions:
        doc = docs.get(doc_id)
        out.add(doc.duplicate_of or doc_id if doc is not None else doc_id)
    return out


def _position(ev: Event, docs: dict[str, Document]) -> float:
    """1 for a first mention in the title or lead, falling to 0 at sentence ``LEAD``."""
    best = 0.0
    for doc_id, start, _ in ev.mentions:
        doc = docs.get(doc_id)
        if doc is None:
            continue
        k = next((n for n, s in enumerate(doc.sentences) if s.start <= start < s.end), None)
        if k is not None:
            best = max(best, 1 - min(k, LEAD) / LEAD)
    return best


def headline_reports(ev: Event, docs: dict[str, Document]) -> int:
    """How many independent reports tell the event in their headline (``extract.headline``); none
    for an event that names nobody and no place: its trigger word alone ("brand", "verduistering")
    tells a reader nothing the story's title does not, so it does not open the story's page."""
    if not (ev.participants or ev.where):
        return 0
    told = set()
    for doc_id, start, end in ev.mentions:
        doc = docs.get(doc_id)
        if doc is not None and (start, end) in headline_mentions(doc):
            told.add(doc.duplicate_of or doc_id)
    return len(told)


def salience(ev: Event, docs: dict[str, Document]) -> float:
    """The event's salience in [0, 1]."""
    sig = signals(ev, docs)
    score = sum(WEIGHTS[k] * v for k, v in sig.items())
    score += (1.0 - score) * HEADLINE * min(headline_reports(ev, docs), 2)
    score *= KIND_FACTOR.get(ev.type, 1.0)
    if ev.factuality != "asserted":
        score *= UNREAL_FACTOR
    if bare(ev, docs):
        score *= BARE_FACTOR
    if background(ev, docs):
        score *= BACKGROUND_FACTOR
    if infinitive_only(ev, docs):
        score *= UNREAL_FACTOR
    return round(score, 4)


def _last_day(value: str) -> dt.date | None:
    """The last day an ISO date value ("2014", "2014-07", "2014-07-17…") covers, or None."""
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value or "")
    if m is None:
        return None
    try:
        year, month = int(m[1]), int(m[2] or 12)
        if m[3]:
            return dt.date(year, month, int(m[3]))
        return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    except ValueError:
        return None


def background(ev: Event, docs: dict[str, Document]) -> bool:
    """Whether the event is background its reports recall, not their news: its own date ends more
    than ``BACKGROUND_DAYS`` before the earliest report ("de watersnood van 1953" in
    reports of 2019; a conviction "twee jaar geleden"). An event without a date of its own, or
    whose reports are undated, is not."""
    end = _last_day(str((ev.when or {}).get("value") or ""))
    if end is None:
        return False
    days = []
    for doc_id, _, _ in ev.mentions:
        doc = docs.get(doc_id)
        day = _last_day(doc.published.value) if doc is not None and doc.published is not None else None
        if day is not None:
            days.append(day)
    return bool(days) and (min(days) - end).days > BACKGROUND_DAYS


def infinitive_only(ev: Event, docs: dict[str, Document]) -> bool:
    """Every mention is a bare infinitive ("wil het huis verkopen", "moet winnen", "probeerde te
    ontsnappen"): what may, must or could happen, seldom a happening, however the mention's
    factuality reads. A nominal infinitive ("het stelen van een scooter") names a happening and
    does not count; nor does a mention whose document or token is not at hand."""
    tags = []
    for doc_id, start, _ in ev.mentions:
        doc = docs.get(doc_id)
        tok = next((t for t in doc.tokens if t.start == start), None) if doc is not None else None
        if tok is None:
            return False
        tags.append(tok.pos)
    return bool(tags) and all(t.startswith("WW(inf") and ",nom," not in t for t in tags)


NOT_ARGUMENTS = frozenset({"time", "source"})  # when it happened and who reports it: not what happened


def bare(ev: Event, docs: dict[str, Document]) -> bool:
    """No participant, no place, and no mention with an argument other than a time or a source
    (who reports it, "volgens de oppositie"): the event is its trigger word alone. A filler the
    parse gave a role but that opens in a time or a dateline ("4 augustus" as the subject of
    "werd ... beroofd"), or a pronoun alone, is no argument (``_argument``). A mention whose
    document is not at hand counts as an argument (nothing is known against it)."""
    if ev.participants or ev.where:
        return False
    for doc_id, start, end in ev.mentions:
        doc = docs.get(doc_id)
        if doc is None:
            return False
        em = next((m for m in doc.events if m.start == start and m.end == end), None)
        if em is None or any(_argument(doc, role, a, b) for role, a, b in em.arguments):
            return False
    return True


PRONOUN_TAGS = ("VNW(pers", "VNW(refl", "VNW(aanw")


def _argument(doc: Document, role: str, a: int, b: int) -> bool:
    """Whether a mention's filler tells what happened, to whom or where: not a time or a source,
    not a time or dateline the parse took for a role, and not a pronoun alone ("Hij werd
    benoemd": a label names nobody by "hij")."""
    if role in NOT_ARGUMENTS or no_subject(doc, a):
        return False
    toks = [t for t in doc.tokens if a <= t.start < b]
    return not (toks and all(t.pos.startswith(PRONOUN_TAGS) or t.coarse_pos == "LET" for t in toks))


def annotate(events: Iterable[Event], docs: dict[str, Document]) -> None:
    """Store each event's salience in ``attributes["salience"]``, and mark what no story leads
    with: a bare event (``attributes["bare"]``), background (``attributes["background"]``) and
    an event told only by bare infinitives (``attributes["infinitive"]``); and an untyped event
    one report alone tells (``attributes["lone_untyped"]``), the tail unless a story leads with it."""
    for ev in events:
        ev.attributes["salience"] = salience(ev, docs)
        told = headline_reports(ev, docs)
        if told:
            ev.attributes["headlines"] = told
        else:
            ev.attributes.pop("headlines", None)
        is_bare = bare(ev, docs)
        if _opens_reports(ev, docs) and not is_bare:
            ev.attributes["headline"] = True
        flags = (("bare", is_bare), ("background", background(ev, docs)), ("infinitive", infinitive_only(ev, docs)),
                 ("lone_untyped", lone_untyped(ev, docs)))
        for key, flag in flags:
            if flag:
                ev.attributes[key] = True
            else:
                ev.attributes.pop(key, None)


def _opens_reports(ev: Event, docs: dict[str, Document]) -> bool:
    """At least two independent reports open with it: a mention in a document's first sentence,
    or in its first two when the text opens with its title (headline and lead)."""
    openers = set()
    for doc_id, start, _ in ev.mentions:
        doc = docs.get(doc_id)
        if doc is None or not doc.sentences:
            continue
        titled = bool(doc.title) and doc.text.startswith(doc.title or "") and len(doc.sentences) > 1
        if start < doc.sentences[1 if titled else 0].end:
            openers.add(doc.duplicate_of or doc_id)
    return len(openers) >= 2


def score_of(ev: Event) -> float:
    """The stored salience (0 for an event stored before salience existed)."""
    return float(ev.attributes.get("salience", 0.0))


def shown(ev: Event) -> bool:
    """An event of the chronicle proper, not of its tail (an event stored before salience existed
    has no score and is shown: nothing a store held before disappears from its lists). Background
    is the tail however well it scores: a chronicle of August 2019 does not list "won de Tour in
    2016" among what happened; its story page lists it behind "toon alles"."""
    if "salience" not in ev.attributes or ev.attributes.get("lead"):
        return True
    return score_of(ev) >= SHOWN and not _recalled(ev) and not ev.attributes.get("lone_untyped")


def lone_untyped(ev: Event, docs: dict[str, Document]) -> bool:
    """An untyped event (``other``: a verb no trigger list knows, "bezorgen", "plaatsvond",
    "voorzien") that one report alone tells: by score alone it lists a reader's "and so what"
    beside the happenings. Told by two independent reports, or the happening its story leads
    with (``_mark_leads``), it is shown."""
    return ev.type == "other" and len(_sources(ev, docs)) < 2


def by_salience(events: Iterable[Event]) -> list[Event]:
    """Most salient first; ties by how many headlines tell them (``attributes["headlines"]``), then
    date, then id, so the order is stable."""
    return sorted(events, key=lambda e: (-score_of(e), -int(e.attributes.get("headlines", 0)),
                                         (e.when or {}).get("value") or "9999", e.id))


def visible(events: Iterable[Event], *, show_all: bool = False) -> list[Event]:
    """The events a list shows: all of them with ``show_all``, else those above the tail."""
    return list(events) if show_all else [e for e in events if shown(e)]


def order_stories(stories: Iterable[Story], events: Iterable[Event]) -> None:
    """List each story's events most salient first and mark its main happenings (``lead``)."""
    by_id = {e.id: e for e in events}
    for st in stories:
        ranked = by_salience(by_id[i] for i in st.events if i in by_id)
        st.events = [e.id for e in ranked]
        _mark_leads(ranked, min(LEAD_EVENTS, max(len(set(st.documents)), 1)))


def _mark_leads(ranked: list[Event], limit: int) -> None:
    """The most salient asserted happening a headline tells, then the first typed, asserted
    happenings scoring at least ``LEAD_FLOOR``: ``limit`` in all."""
    head = next((e for e in ranked if e.attributes.get("headline") and e.type != "statement" and score_of(e) >= LEAD_FLOOR
                 and e.factuality == "asserted" and not _recalled(e) and not e.attributes.get("infinitive")), None)
    leads = [head] if head is not None else []
    for ev in ranked:
        if len(leads) >= limit:
            break
        if (ev.type in KIND_FACTOR or ev.factuality != "asserted" or score_of(ev) < LEAD_FLOOR or ev is head
                or _recalled(ev) or ev.attributes.get("bare") or ev.attributes.get("infinitive")):
            continue
        leads.append(ev)
    for ev in leads:
        ev.attributes["lead"] = True


def _recalled(ev: Event) -> bool:
    """Background (``annotate``): what a story's reports recall ("won de Tour in 2016") is never
    its main happening, however well it scores."""
    return bool(ev.attributes.get("background"))
