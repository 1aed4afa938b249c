"""What one text tells twice, joined before texts are compared (bound groups)."""

from __future__ import annotations

import bisect

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from ...extract.events import OTHER, lexicon
from ...model import Document
from .mentions import LinkMention
from .times import time_relation


def bind_instruments(ms: list[LinkMention]) -> None:
    """An event noun that is the instrument of another mention ("gedood bij een drone-aanval")
    tells the same happening: bind the two and let the noun share the verb's participants and time."""
    for group in _by_doc(ms):
        for x in group:
            for role, a, b in x.em.arguments:
                if role in ("instrument", "patient", "agent"):
                    _bind_in_argument(group, x, role, a, b)
            if x.em.type == "kill":
                for y in group:
                    if y is not x and y.em.type in CAUSE_TYPES and (_cause_clause(x, y) or _fronted_cause(x, y)):
                        _share_from(x, y)
            if x.em.type == "fire":
                for y in group:
                    if y is not x and y.family == "explosion" and _after_explosion(x, y):
                        _share_from(x, y)


def _bind_in_argument(group: list[LinkMention], x: LinkMention, role: str, a: int, b: int) -> None:
    """Event nouns inside ``x``'s argument [a, b) that are its instrument."""
    for y in group:
        if y is x or not (a <= y.em.start < b):
            continue
        # "de dood van de generaal door een droneaanval": the PP hangs on the name,
        # yet the event noun after "door"/"bij" is still the instrument.
        if role != "instrument" and _preposition_before(x.doc, a, y.em.start) not in ("door", "bij"):
            continue
        if y.em.type in ("attack", "kill", "accident", "fire") or role == "instrument":
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


def _one_sentence(x: LinkMention, y: LinkMention) -> tuple[Document, int, int] | None:
    """The document and the token indexes of two mentions told in one sentence, else None."""
    doc = x.doc
    if y.doc is not doc or x.sent != y.sent:
        return None
    i, k = _token_index(doc, x.em.start), _token_index(doc, y.em.start)
    return None if i is None or k is None else (doc, i, k)


def _fronted_cause(x: LinkMention, y: LinkMention) -> bool:
    """``y`` is the noun of a "bij"/"door" phrase on the auxiliary of ``x``'s participle in one
    sentence: "Bij een ongeluk met een vliegtuig zijn alle inzittenden omgekomen" (Frog hangs the
    fronted phrase on "zijn", so it is no argument of "omgekomen")."""
    pair = _one_sentence(x, y)
    if pair is None:
        return False
    doc, i, k = pair
    verbs = {i}
    while doc.tokens[i].deprel == "vc" and doc.tokens[i].head >= 0 and len(verbs) < 4:
        i = doc.tokens[i].head
        verbs.add(i)
    prep = doc.tokens[k].head
    if doc.tokens[k].deprel != "obj1" or prep < 0 or doc.tokens[prep].lemma.lower() not in ("bij", "door"):
        return False
    # A long fronted phrase ("Bij een explosie in een flat aan de … in Vlaardingen zijn …") Frog may
    # leave unattached, a root of its own that opens the sentence: it still frames the main clause.
    opens = doc.tokens[prep].head < 0 and 0 <= x.sent < len(doc.sentences) \
        and doc.tokens[prep].start == doc.sentences[x.sent].start
    return doc.tokens[prep].head in verbs or (opens and doc.tokens[prep].start < doc.tokens[i].start)


def _after_explosion(x: LinkMention, y: LinkMention) -> bool:
    """A fire and the explosion it followed, told in one sentence ("het vuur ontstond na een
    explosie", "na de explosie brak brand uit", "uitgebrand na een grote explosie"): the explosion
    is the noun of a "na" phrase, wherever Frog hangs the phrase; news reports the two as one."""
    pair = _one_sentence(x, y)
    if pair is None:
        return False
    doc, _, k = pair
    prep = doc.tokens[k].head
    return doc.tokens[k].deprel == "obj1" and prep >= 0 and doc.tokens[prep].lemma.lower() == "na"


def _cause_clause(x: LinkMention, y: LinkMention) -> bool:
    """``y`` is the verb of a "toen/doordat/nadat" clause hanging on ``x``'s clause in one sentence."""
    pair = _one_sentence(x, y)
    if pair is None:
        return False
    doc, i, k = pair
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


def bind_discourse(ms: list[LinkMention]) -> None:
    """Join what one text tells twice, as a careful reader does, before comparing texts.

    - A support construction: a verb and an event noun of its type in one sentence ("nam een
      resolutie aan") are one event, and the noun is what the verb is done to.
    - A definite event noun ("de aanval", "deze motie") refers back to the nearest earlier mention
      with the same head and number, or to a verb done to that noun ("een motie aangenomen"),
      within a few sentences; failing that, to the nearest earlier word of its happening family
      ("werd geschept door een auto ... de aanrijding ... het ongeluk").
    A victim named only by a role noun or a pronoun ("hij kwam om") is no event rule: the
    coreference layer gives its name (``anaphors``), as for every other participant.
    Members of a bound group then share participants, places and time.
    """
    for group in _by_doc(ms):
        group.sort(key=lambda m: m.key[1])
        for i, y in enumerate(group):
            if y.sent < 0:
                continue
            _bind_support(group[:i], y)
            if y.nominal and y.definite:
                _bind_anaphor(group[:i], y)
            if y.em.type == "kill" and not y.nominal:
                _bind_death_after(group[:i], y)
        _share_within_groups(group)


def _by_doc(ms: list[LinkMention]) -> list[list[LinkMention]]:
    by_doc: dict[str, list[LinkMention]] = {}
    for m in ms:
        by_doc.setdefault(m.key[0], []).append(m)
    return list(by_doc.values())


def _bind_support(before: list[LinkMention], y: LinkMention) -> None:
    """A verb and an event noun of its type close by in one sentence ("nam een resolutie aan"), or
    an untyped light verb whose object the parse lost and an event noun it takes from the support
    table ("heeft gevangenisstraffen tot drie jaar en zes maanden opgelegd": the parse makes the
    noun a conjunct of "en", so the verb found no object and stayed untyped)."""
    for x in before:
        if (x.sent == y.sent and x.nominal != y.nominal and abs(x.key[1] - y.key[1]) < 80
                and (x.em.type == y.em.type != OTHER or _lost_support(x, y))):
            verb, noun = (y, x) if x.nominal else (x, y)
            if not verb.obj:
                verb.obj = noun.head
            _bind(x, y)


def _lost_support(x: LinkMention, y: LinkMention) -> bool:
    """One of the two is an untyped verb with no object, the other a typed event noun that verb
    gives its type to in the support table (a "verb" row: "opleggen" + any event noun)."""
    verb, noun = (y, x) if x.nominal else (x, y)
    if verb.em.type != OTHER or verb.obj or noun.em.type == OTHER:
        return False
    rule = lexicon().support.get((verb.em.lemma.lower(), noun.head)) or lexicon().support.get((verb.em.lemma.lower(), "*"))
    return rule is not None and rule[1] == "verb"


def _bind_anaphor(before: list[LinkMention], y: LinkMention) -> None:
    """A definite event noun refers back to the same head (or what a verb was done to), else to
    the nearest word of its happening family, within a few sentences."""
    near = [x for x in reversed(before) if 0 < y.sent - x.sent <= DISCOURSE_SENTENCES]
    # What a verb was done to: a listed verb only ("een motie aangenomen ... de motie"); an
    # untyped one does something else to the happening ("een bewoner veroorzaakte de explosie").
    ante = next((x for x in near if x.head == y.head and x.plural == y.plural
                 or x.obj == y.head and x.em.type != OTHER), None)
    if ante is None and y.family:  # "de aanrijding" after "werd geschept door een auto"
        ante = next((x for x in near if x.family == y.family), None)
    if ante is not None:
        _bind(ante, y)


def _bind_death_after(before: list[LinkMention], y: LinkMention) -> None:
    """"Een man is neergestoken. … De man overleed zaterdagmiddag": a death told in one of the next
    two sentences after an attack, accident or fire, with no other death between, is that
    happening's outcome, unless their times conflict."""
    for x in reversed(before):
        if x.em.type == "kill" or y.sent - x.sent > 2:
            return
        if x.em.type in CAUSE_TYPES and y.sent > x.sent and time_relation(x.when, y.when) >= 0:
            _bind(x, y)
            return


DISCOURSE_SENTENCES = 8


def _bind(x: LinkMention, y: LinkMention) -> None:
    x.bound.add(y.key)
    y.bound.add(x.key)


def _share_within_groups(group: list[LinkMention]) -> None:
    """Give every member of a bound group the group's roles, places and most specific date."""
    for idxs in bound_groups(group):
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


def bound_groups(ms: list[LinkMention]) -> list[list[int]]:
    """Mentions joined by ``bound`` links, as lists of indices (singletons included), each
    sorted, ordered by their first member: the connected components of the ``bound`` graph."""
    if not ms:
        return []
    index = {m.key: i for i, m in enumerate(ms)}
    edges = [(i, j) for i, m in enumerate(ms) for k in m.bound if (j := index.get(k)) is not None]
    rows = np.fromiter((e[0] for e in edges), dtype=np.int64, count=len(edges))
    cols = np.fromiter((e[1] for e in edges), dtype=np.int64, count=len(edges))
    graph = coo_matrix((np.ones(len(edges), dtype=np.int8), (rows, cols)), shape=(len(ms), len(ms)))
    _, labels = connected_components(graph, directed=False)
    groups: dict[int, list[int]] = {}
    for i, g in enumerate(labels.tolist()):
        groups.setdefault(g, []).append(i)
    return sorted(groups.values(), key=min)
