"""One event mention read once for linking: its words, time, participants, places and form."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from ...model import Document, EventMention, Sentence, Token
from ..tense import told_as_past
from .anaphors import antecedent_span
from .cases import read_case, top_level
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
    family: str = ""  # the kind of happening its word names (event_families.tsv), "" when none
    ruling: bool = False  # a court's decision ("het hof wees de eis af"): linked as a verdict
    names: dict[str, float] = field(default_factory=dict)  # names of its sentence and its text's lead, weighted
    text_names: dict[str, float] = field(default_factory=dict)  # every name its text gives, weighted
    past: bool = False  # asserted and told as done ("vermoordde", "heeft geopend"): not after its report
    counted: str = ""  # a case's patient by count and class ("4:person" for "vier verdachten"; cases.py)
    anchors: frozenset[str] = frozenset()  # names and event nouns tying a case mention to its case (cases.py)



def read_mention(doc: Document, em: EventMention, entity_of: EntityOf,
                 names: dict[int, frozenset[str]] | None = None,
                 text_names: dict[str, float] | None = None) -> LinkMention:
    """Read one event mention for linking (``names``: the text's name table, see ``name_table``;
    ``text_names``: every name of that table, ``whole_text_names``, shared by the text's mentions)."""
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
    if names is not None:
        m.text_names = text_names if text_names is not None else whole_text_names(names)
    _read_form(m, toks)
    if m.when and sent is not None and (_attributive_participle(doc, toks, sent.first_token, em.start)
                                        or _only_until(doc, sent, m.when)):
        m.when = None
    if doc.published is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.published.value[:10]):
        m.published = dt.date.fromisoformat(doc.published.value[:10])
    if sent is not None and em.factuality == "asserted":
        m.past = told_as_past(toks, sent.first_token, em.start)
    if m.when and m.published is not None and sent is not None:
        m.when = _not_after_report(doc, sent, toks, m.em, m.when, m.published)
    for role, a, b in em.arguments:
        if role in ("time", "source", "instrument"):
            continue
        if any(t.start <= a and b <= t.end for t in doc.timexes):
            continue  # a parse that makes "Zondag" the subject: a time is no participant
        _read_argument(m, toks, role, a, b, entity_of)
    if not m.family and m.obj:
        m.family = support_family(em.lemma, m.obj)  # "een celstraf opgelegd" tells of a verdict
    if _court_ruling(m, toks):
        m.family, m.ruling = "verdict", True
    elif m.em.lemma in AGREEMENTS and TAKEOVER_TEXT.search(f"{m.sent_text}\n{m.doc.title or ''}"):
        m.family = "takeover"  # "een principeakkoord over de overname": the agreement is the takeover
    elif m.em.lemma in SIGNINGS and TRANSFER_TEXT.search(f"{_told_before(doc, sent)}\n{m.sent_text}\n{doc.title or ''}"):
        m.family = "transfer"  # "verkast naar Madrid. Hij tekent voor zes jaar": the signing is the transfer
    elif m.em.lemma == "bereiken" and m.obj.replace(" ", "") in ROUNDS:
        m.family = "result"  # "bereikt de halve finale": a match told by where the win took the winner
    read_case(m, toks)
    return m


def whole_text_names(names: dict[int, frozenset[str]]) -> dict[str, float]:
    """Every name a text's name table gives, unweighted: read once per text, not per mention."""
    return dict.fromkeys(frozenset().union(*names.values()), 1.0)


AGREEMENTS = frozenset({"akkoord", "principeakkoord", "deal", "overeenkomst"})
# An agreement whose sentence or headline tells of a takeover or merger ("gaat samen met", "neemt …
# over", "overname", "fusie") is that takeover.
TAKEOVER_TEXT = re.compile(r"\b(?:overname\w*|overgenomen|overnemen|fusie\w*|fuseren|fuseert|samengaan"
                           r"|ga(?:at|an) samen|neemt\b.{1,60}\bover\b|nam\b.{1,60}\bover\b)", re.I)
# A signing or an agreement told where the sentence, the one before it or the headline tells of a
# player's move ("transfer", "overstap", "verruilt", "verkast", "stapt over naar") is that move.
SIGNINGS = AGREEMENTS | {"tekenen", "ondertekenen", "contract"}
TRANSFER_TEXT = re.compile(r"(?:transfer|\boverstap|\boverstappen\b|\bverruil(?:t|de|den|en)\b|\bverkas(?:t|te|ten)\b"
                           r"|\bstap(?:t|te|ten)? over naar\b)", re.I)
ROUNDS = frozenset({"finale", "halvefinale", "kwartfinale", "achtstefinale", "eindstrijd", "ronde"})


# A court's decision is a ruling whatever verb tells it: "het hof wees de eis af", "de rechter
# besliste", "de rechtbank oordeelde"; and so is a case lost or won ("heeft de rechtszaak verloren").
# Other outlets tell the same ruling as "uitspraak", "vonnis" or "veroordeeld" (family verdict).
RULING_VERBS = frozenset({"afwijzen", "besluiten", "beslissen", "bepalen", "oordelen", "verwerpen", "toewijzen"})
COURTS = frozenset({"rechter", "rechtbank", "hof", "gerechtshof", "kantonrechter", "tribunaal", "strafhof",
                    "rechters", "rechtscollege", "beroepsrechter", "hoge raad", "raad van state"})
CASE_VERBS = frozenset({"verliezen", "winnen"})
CASE_NOUNS = frozenset({"zaak", "rechtszaak", "strafzaak", "proces", "beroep", "kortgeding", "bodemprocedure",
                        "procedure", "hoger beroep"})


RULING_NOUNS = frozenset({"uitspraak"})


def _court_ruling(m: LinkMention, toks: list[Token]) -> bool:
    """A ruling verb with a court among its arguments (Frog at times makes "het hof" the object of
    "wees ... af") or as the sentence's first noun, a case lost or won, or "uitspraak" in a sentence
    about a court or a case."""
    lemma = m.em.lemma.replace("_", "")
    if lemma in CASE_VERBS:  # the case as object, or in the sentence where Frog left it out
        return m.obj.replace(" ", "") in CASE_NOUNS or bool(m.context & CASE_NOUNS)
    if lemma in RULING_NOUNS:
        return bool(m.context & (COURTS | CASE_NOUNS))
    if lemma not in RULING_VERBS:
        return False
    return (any(role != "place" and _names_court(m.doc, toks, a, b) for role, a, b in m.em.arguments)
            or _first_noun(toks, m.em.start) in COURTS)  # "Het hof heeft dinsdag …": Frog took the day as subject


def _told_before(doc: Document, sent: Sentence | None) -> str:
    """The text of the sentence before this one ("" for the first)."""
    if sent is None:
        return ""
    k = doc.sentences.index(sent)
    return doc.text[doc.sentences[k - 1].start : doc.sentences[k - 1].end] if k > 0 else ""


def _first_noun(toks: list[Token], before: int) -> str:
    """The sentence's first common noun, when it comes before the trigger (where a subject stands)."""
    return next((t.lemma.lower() for t in toks if t.start < before and t.pos.startswith("N(soort")), "")


def _names_court(doc: Document, toks: list[Token], a: int, b: int) -> bool:
    """The span's head is a court ("het gerechtshof in Den Haag"), or it names one ("de Hoge Raad")."""
    text = doc.text[a:b].lower()
    lead = re.findall(r"\w+", text)[:3]  # "Het Hof" (capitalised, tagged as a name)
    return (_head_noun(toks, a, b) in COURTS or any(w in COURTS for w in lead)
            or any(c in text for c in ("hoge raad", "raad van state")))


def _read_argument(m: LinkMention, toks: list[Token], role: str, a: int, b: int, entity_of: EntityOf) -> None:
    """The entities and names of one argument span as participants or places; a patient's noun."""
    doc = m.doc
    ids = _names_in(doc, a, b, entity_of)
    if not ids and (ref := antecedent_span(doc, toks, a, b)) is not None:
        ids = _names_in(doc, *ref, entity_of)  # "hij", "de minister": the name its chain gives
    if role == "patient":
        noun = _head_noun(toks, a, b)
        # What was adopted is the event noun ("een motie"), not the clause's other object.
        if noun and (not m.obj or noun_type(noun) is not None and noun_type(m.obj) is None):
            m.obj = noun
    for eid in ids:
        if role == "place":
            m.places.add(eid)
        else:
            m.participants.add(eid)
            m.roles.append((role, eid))


def _names_in(doc: Document, a: int, b: int, entity_of: EntityOf) -> list[str]:
    """The entities of a span and its head name word (a name ties two mentions together even
    where the entity layer missed it)."""
    ids = _entities_in(doc, a, b, entity_of)
    name = _head_name(doc, a, b)
    if name:
        ids.append(name)
    return ids


def _attributive_participle(doc: Document, toks: list[Token], first: int, start: int) -> bool:
    """A participle before its noun ("de aangenomen wet") with no time of its own: the clause's
    date tells when its verb happens ("de aangenomen wet treedt over een week in werking"), not
    when the law was passed. A date that hangs on the participle itself ("de gisteren aangenomen
    wet") still dates it."""
    k = next((i for i, t in enumerate(toks) if t.start == start), None)
    if k is None or not toks[k].pos.startswith("WW(vd,prenom"):
        return False
    own = [t for t in toks if t.head == first + k]
    return not any(x.start <= t.start < x.end for t in own for x in doc.timexes)


WEEKDAY = re.compile(r"(?i)(?:maan|dins|woens|donder|vrij|zater|zon)dag(?:ochtend|middag|avond|nacht)?")
MONTH = re.compile(r"(?i)(?:in\s+)?(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)")
def _not_after_report(doc: Document, sent: Sentence, toks: list[Token], em: EventMention,
                      when: str, published: dt.date) -> str | None:
    """An asserted happening told in the past lies no later than its report. A weekday the tagger
    read ahead ("dinsdag vermoordde ...", in a Friday's report, taken for next Tuesday) points back
    a week; any other date after the report leaves the mention undated (a wrong day is worse)."""
    if em.factuality != "asserted" or not told_as_past(toks, sent.first_token, em.start):
        return when
    m = re.match(r"\d{4}(?:-\d\d){0,2}", when)
    if m is None or m.group() <= published.isoformat()[: len(m.group())]:
        return when  # not after the report (a month or year that holds it is not after it)
    same = [x for x in doc.timexes if sent.start <= x.start < sent.end and x.value == when]
    if len(m.group()) == 7 and same and all(MONTH.fullmatch(doc.text[x.start : x.end].strip()) for x in same):
        year_back = f"{int(when[:4]) - 1}{when[4:]}"  # a bare month read ahead ("in april", told as done)
        return year_back if year_back[:7] <= published.isoformat()[:7] else None
    if len(m.group()) < 10:
        return None  # a later month or year ("in april 2020 afgetreden" in an August 2019 report)
    day = dt.date.fromisoformat(when[:10])
    if same and all(WEEKDAY.fullmatch(doc.text[x.start : x.end].strip()) for x in same):
        back = day - dt.timedelta(days=7)
        if back <= published:
            return back.isoformat() + when[10:]
    return None


UNTIL = re.compile(r"\b(?:tot(?: en met)?|t/m|uiterlijk)\s+(?:(?:medio|eind|begin|halverwege)\s+)?$", re.I)


def _only_until(doc: Document, sent: Sentence, when: str) -> bool:
    """The date is only where something lasts until ("een contract tot medio 2020, maar wordt de laan
    uitgestuurd"): the end of a span dates no happening of the sentence."""
    same = [x for x in doc.timexes if sent.start <= x.start < sent.end and x.value == when]
    return bool(same) and all(UNTIL.search(doc.text[sent.start : x.start]) for x in same)


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
    nouns = [t.lemma.lower() for t in top_level(toks, a, b) if t.pos.startswith("N(soort")]
    return nouns[-1] if nouns else ""


NAME_KEY = "name:"
# Words Frog tags as parts of names that name nothing alone: the articles and particles of "De Jonge",
# "Van Praag", "The Help", "Los Angeles". Two texts that share one of them share no name.
NAME_PARTICLES = frozenset({"de", "het", "van", "der", "den", "ten", "ter", "te", "'t", "op", "in", "en", "the", "of",
                            "and", "a", "la", "le", "les", "el", "los", "las", "von", "zu", "di", "da", "du", "des",
                            "del", "della", "do", "dos", "y", "e", "al", "bin", "ibn"})


def name_word(word: str) -> str | None:
    """A proper-name word as a name key ("name:praag"); None for an article or particle."""
    w = word.lower()
    return None if w in NAME_PARTICLES else NAME_KEY + w


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
            last = name_word(doc.text[t.start : t.end]) or last
    return last


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



