"""An adjective the store ties to no place is no participant (sentences written for these tests):
"de Schiedamse verloor" tells of an unnamed woman from Schiedam, "de Engelse spelers wonnen" of
the players; a nationality adjective tied to its country, a name and a noun stay."""

from __future__ import annotations

import pytest

from kroniek.link import participants
from kroniek.model import Document, Entity, Event, Token

ADJ, NOM, SPEC = "ADJ(prenom,basis,met-e,stan)", "ADJ(nom,basis,met-e,zonder-n,stan)", "SPEC(deeleigen)"
N = "N(soort,mv,basis)"


def _told(words: list[tuple[str, str]], name: str, typ: str, attributes: dict[str, object]) -> list[tuple[str, str]]:
    """The participants left of an event whose agent is the entity spelt ``name`` in the sentence."""
    text, tokens = "", []
    for word, tag in words:
        text += ("" if not text else " ") + word
        start = len(text) - len(word)
        tokens.append(Token(start, start + len(word), word.lower(), tag))
    doc = Document(id="d0", text=text, source="d0", tokens=tokens)
    at = text.index(name)
    ent = Entity("e-1", typ, name, mentions=[("d0", at, at + len(name))], attributes=attributes)
    ev = Event("v1", "contest", "x", participants=[("agent", "e-1")], mentions=[("d0", 0, 1)])
    participants.drop_adjectives([ev], {"d0": doc}, [ent])
    return ev.participants


@pytest.mark.parametrize(
    ("words", "name", "typ", "attributes", "kept"),
    [
        pytest.param([("De", "LID(bep,stan,rest)"), ("Schiedamse", NOM), ("verloor", "WW(pv,verl,ev)")],
                     "Schiedamse", "MISC", {}, False, id="a-town-adjective-standing-alone-is-an-unnamed-person"),
        pytest.param([("De", "LID(bep,stan,rest)"), ("Engelse", ADJ), ("spelers", N), ("wonnen", "WW(pv,verl,mv)")],
                     "Engelse", "MISC", {}, False, id="an-adjective-on-a-noun-tells-of-the-noun"),
        pytest.param([("De", "LID(bep,stan,rest)"), ("Britse", ADJ), ("regering", N), ("won", "WW(pv,verl,ev)")],
                     "Britse", "MISC", {"nationality": "GB", "nationality-of": "e-uk"}, True,
                     id="one-tied-to-its-country-is-resolved-elsewhere"),
        pytest.param([("Schiedam", SPEC), ("won", "WW(pv,verl,ev)")], "Schiedam", "LOC", {}, True,
                     id="the-town-by-its-name-stays"),
        pytest.param([("Hollandse", SPEC), ("Nieuwe", SPEC), ("won", "WW(pv,verl,ev)")], "Hollandse Nieuwe", "MISC", {},
                     True, id="a-name-of-two-words-stays"),
        pytest.param([("Footloose", SPEC), ("won", "WW(pv,verl,ev)")], "Footloose", "MISC", {}, True,
                     id="a-name-frog-tags-a-name-stays"),
    ],
)
def test_participants_an_adjective_tied_to_no_place(words, name, typ, attributes, kept):
    assert (_told(words, name, typ, attributes) == [("agent", "e-1")]) is kept
