"""Full names NER did not call a person ("Mensur Suljovic" MISC, "Eden Hazard" LOC) read as the
person a text knows by the bare surname, and the evidence for it: the text writes that surname as
a person's (not a dateline, not the tail of a longer name)."""

from __future__ import annotations

from bisect import bisect_left

from ... import sentences as sn
from ...model import Document
from ..geo import resolve_demonym, resolve_place
from ..names import PARTICLES, PersonName, is_acronym, parse_person, strip_articles
from .chain import Chain
from .mention import Reading
from .roles import role_head

_OPENING = "-–‘“'\"("


def used_as_person(doc: Document, readings: list[Reading]) -> bool:
    """More than half the mentions are written as a person's name (``written_as_person``): not a
    dateline ("HAAREN -") and not the tail of a longer name ("Premier League", "Kunstmarkt
    Hasselo", "de zaak Tuitjenhorn")."""
    starts = [t.start for t in doc.tokens]
    return 2 * sum(written_as_person(doc, r, starts) for r in readings) > len(readings)


def written_as_person(doc: Document, r: Reading, starts: list[int]) -> bool:
    """A surname written as a person's: not in capitals, not after a capitalised word of its
    sentence, and not after a common noun that is no role ("zaak Tuitjenhorn"; "minister Blok" is
    fine). Without Frog's tokens (``starts`` their offsets) only the text's capitals are read."""
    if r.text.isupper():
        return False
    if not doc.tokens:
        before = sn.sentence_so_far(doc.text, r.start).split()
        return len(before) < 2 or not before[-1].lstrip(_OPENING)[:1].isupper()
    i = _previous_token(doc, starts, r.start)
    if i is None or doc.tokens[i].coarse_pos == "LET":
        return True
    prev = doc.tokens[i]
    word = doc.text[prev.start : prev.end].lstrip(_OPENING)
    opens = all(t.coarse_pos == "LET" for t in doc.tokens[i - 1 : i] if t.sent == prev.sent)
    if word[:1].isupper() and not opens:
        return False  # "Premier League", "Kunstmarkt Hasselo"
    return not (prev.coarse_pos in {"N", "SPEC"} and not role_head(word))  # "zaak Tuitjenhorn"


def _previous_token(doc: Document, starts: list[int], start: int) -> int | None:
    """The index of Frog's token just before an offset, None at the start of a sentence."""
    i = bisect_left(starts, start)
    if i == 0 or (i < len(doc.tokens) and doc.tokens[i - 1].sent != doc.tokens[i].sent):
        return None
    return i - 1


def full_name_of(r: Reading, person: PersonName) -> PersonName | None:
    """The person name in a MISC or LOC mention that gives a person known in the text by surname
    alone a first name, else None. Only a plain "First [particles] Surname" (one first name that
    is no acronym, role noun, nationality or place: "Eden Hazard" is lost to Eden, North
    Carolina) and never a surname that is also a place; an organisation
    ("Bouwbedrijf Heijmans") or a name the text gives a first name already is left alone."""
    ws = (r.core or "").split()
    if r.kind != "name" or r.type not in {"MISC", "LOC"} or person.has_given or not 2 <= len(ws) <= 4:
        return None
    if is_acronym(ws[0]) or role_head(ws[0]) or resolve_demonym(ws[0]) or resolve_place(ws[0]):
        return None  # "FC Groningen", "Premier Jansen", "Engelse Jones", "Zwolle Pride"
    written = strip_articles(r.text).split()
    if not all(w[:1].isupper() or w.casefold() in PARTICLES for w in written):
        return None  # "Elvis & Jones"
    p = parse_person(r.core or "")
    if p is None or len(p.given) != 1 or len(p.initials) != 1 or resolve_place(p.surname_parts[-1]) is not None:
        return None
    return p if person.surname_matches(p) else None


def mark_surnames_used(doc: Document, chains: list[Chain]) -> None:
    """Tell each person chain whether its text writes the bare surname as a person's
    (``used_as_person``): evidence, beside NER's type, that a full name is a person's (a MISC
    "Mensur Suljovic" in the text, the same full name in other texts)."""
    for c in chains:
        bare = [m for m in c.mentions if m.person is not None and not m.person.has_given]
        c.surname_used = bool(bare) and used_as_person(doc, bare)
