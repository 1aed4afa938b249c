"""One event mention read once for linking: its words, time, participants, places and form."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from ...model import Document, EventMention, Token
from .cases import read_case
from .weights import CONTENT_POS, STOP_LEMMAS, EntityOf
from .words import family_of, head_and_modifier, noun_type, support_family


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
    counted: str = ""  # a case's patient by count and class ("4:person" for "vier verdachten"; cases.py)
    anchors: frozenset[str] = frozenset()  # names and event nouns tying a case mention to its case (cases.py)



def read_mention(doc: Document, em: EventMention, entity_of: EntityOf,
                 names: dict[int, frozenset[str]] | None = None) -> LinkMention:
    """Read one event mention for linking (``names``: the text's name table, see ``name_table``)."""
    head, modifier = head_and_modifier(em.lemma)
    sent = doc.sentence_of(em.start)
    toks: list[Token] = doc.sentence_tokens(sent) if sent is not None else []
    sent_text = doc.text[sent.start : sent.end] if sent is not None else ""
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
        _read_argument(m, toks, role, a, b, entity_of)
    if not m.family and m.obj:
        m.family = support_family(em.lemma, m.obj)  # "een celstraf opgelegd" tells of a verdict
    read_case(m, toks)
    return m


def _read_argument(m: LinkMention, toks: list[Token], role: str, a: int, b: int, entity_of: EntityOf) -> None:
    """The entities and names of one argument span as participants or places; a patient's noun."""
    doc = m.doc
    ids = _entities_in(doc, a, b, entity_of)
    name = _head_name(doc, a, b)
    if name:
        ids.append(name)  # a name ties two mentions together even where the entity layer missed it
    if role == "patient":
        noun = _head_noun(toks, a, b)
        # What was adopted is the event noun ("een motie"), not the clause's other object.
        if noun and (not m.obj or noun_type(noun) is not None and noun_type(m.obj) is None):
            m.obj = noun
        if not ids and _refers_back(toks, a, b):
            m.patient_open = True
    for eid in ids:
        if role == "place":
            m.places.add(eid)
        else:
            m.participants.add(eid)
            m.roles.append((role, eid))


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



