"""A nationality adjective on a common noun names what the noun is, not who took part (sentences
written for these tests): "een Britse student werd aangehouden" arrests the student, not the
United Kingdom; on a state noun ("het Franse leger") or alone on the event noun the country stays."""

from __future__ import annotations

import pytest

from kroniek.link import participants
from kroniek.model import Document, Entity, Event, EventMention, Token

COUNTRIES = {"Britse": "e-uk", "Franse": "e-fr", "Duitse": "e-de", "Noorwegen": "e-no", "Spaanse": "e-es"}


def _doc(words: list[tuple[str, str, str]], trigger: str, role: str, span: tuple[int, int]) -> tuple[Document, Event]:
    """A one-sentence document of (word, CGN tag, lemma), its event on ``trigger`` with the words
    ``span`` (first, last index) as its ``role`` argument, and the country participant it gives."""
    text, tokens = "", []
    for word, tag, lemma in words:
        text += ("" if not text else " ") + word
        start = len(text) - len(word)
        tokens.append(Token(start, start + len(word), lemma, tag))
    trig = next(t for t in tokens if text[t.start:t.end] == trigger)
    arg = (role, tokens[span[0]].start, tokens[span[1]].end)
    em = EventMention(trig.start, trig.end, "arrest", arguments=(arg,))
    doc = Document(id="d0", text=text, source="d0", tokens=tokens, events=[em])
    name = next(w for w, _, _ in words if w in COUNTRIES)
    ev = Event("v1", "arrest", "x", participants=[(role, COUNTRIES[name])], mentions=[("d0", trig.start, trig.end)])
    return doc, ev


def _entities(doc: Document) -> list[Entity]:
    out = []
    for word, cid in COUNTRIES.items():
        tok = next((t for t in doc.tokens if doc.text[t.start:t.end] == word), None)
        if tok is None:
            continue
        if word == "Noorwegen":
            out.append(Entity(cid, "LOC", word, mentions=[("d0", tok.start, tok.end)], attributes={"place": "country"}))
        else:
            out.append(Entity(cid, "LOC", word, attributes={"place": "country"}))
            out.append(Entity("n-" + cid, "MISC", word, mentions=[("d0", tok.start, tok.end)],
                              attributes={"nationality": True, "nationality-of": cid}))
    return out


ADJ, N, LID, WW, VZ = "ADJ(prenom,basis,met-e,stan)", "N(soort,ev,basis,zijd,stan)", "LID(onbep,stan,agr)", "WW(vd,vrij,zonder)", "VZ(init)"
SPEC, TW = "SPEC(deeleigen)", "TW(hoofd,prenom,stan)"


@pytest.mark.parametrize(
    ("words", "trigger", "role", "span", "kept"),
    [
        # the student was arrested, not the United Kingdom
        ([("Een", LID, "een"), ("Britse", ADJ, "Brits"), ("student", N, "student"), ("werd", "WW(pv,verl,ev)", "worden"),
          ("aangehouden", WW, "aanhouden")], "aangehouden", "patient", (0, 2), False),
        # another adjective or a number between: still the noun's
        ([("Twee", TW, "twee"), ("jonge", ADJ, "jong"), ("Spaanse", ADJ, "Spaans"), ("toeristen", "N(soort,mv,basis)", "toerist"),
          ("opgepakt", WW, "oppakken")], "opgepakt", "patient", (0, 3), False),
        # the state acts: its army, its government
        ([("Het", LID, "het"), ("Franse", ADJ, "Frans"), ("leger", N, "leger"), ("viel", "WW(pv,verl,ev)", "vallen"),
          ("aan", VZ, "aan")], "viel", "agent", (0, 2), True),
        ([("De", LID, "de"), ("Duitse", ADJ, "Duits"), ("regering", N, "regering"), ("besloot", "WW(pv,verl,ev)", "besluiten")],
         "besloot", "agent", (0, 2), True),
        # a country's mission is the state's
        ([("De", LID, "de"), ("Duitse", ADJ, "Duits"), ("vredesmissie", N, "vredesmissie"), ("werd", "WW(pv,verl,ev)", "worden"),
          ("opgeschort", WW, "opschorten")], "opgeschort", "patient", (0, 2), True),
        # the adjective alone is the argument ("de Duitse inval": who did it)
        ([("de", LID, "de"), ("Duitse", ADJ, "Duits"), ("inval", N, "inval")], "inval", "agent", (1, 1), True),
        # on the event noun itself
        ([("een", LID, "een"), ("Britse", ADJ, "Brits"), ("inval", N, "inval")], "inval", "agent", (0, 2), True),
        # the country by its name
        ([("Noorwegen", SPEC, "Noorwegen"), ("won", "WW(pv,verl,ev)", "winnen")], "won", "agent", (0, 0), True),
    ],
)
def test_participants_a_nationality_adjective_on_a_noun_is_no_participant(words, trigger, role, span, kept):
    doc, ev = _doc(words, trigger, role, span)
    before = list(ev.participants)
    participants.drop_attributive([ev], {"d0": doc}, _entities(doc))
    assert (ev.participants == before) is kept
