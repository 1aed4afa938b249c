"""Event participants named by a pronoun, role noun or group word come from the coreference layer
(``doc.chains``, written by extract/coref), not from chaining of their own. Hand-built documents:
sentences written for this test, the layer and the arguments placed by hand."""

from __future__ import annotations

import pytest

from kroniek.link.events import read_mentions
from kroniek.model import ChainMention, Document, EventMention, Mention, Sentence, Token


def _at(text: str, words: str, nth: int = 0) -> tuple[int, int]:
    k = -1
    for _ in range(nth + 1):
        k = text.index(words, k + 1)
    return k, k + len(words)


def _doc(text: str, names: list[tuple[str, int]], chains: list[tuple[str, int, int, str]],
         trigger: str, role: str, arg: tuple[str, int], preps: tuple[str, ...] = ()) -> Document:
    """One document: NER names, chain mentions (words, occurrence, chain, kind), one event whose
    ``role`` is the span ``arg``; ``preps`` are words tagged as prepositions."""
    doc = Document(id="d", text=text, source="test")
    for words, nth in names:
        doc.mentions.append(Mention(*_at(text, words, nth), "PER"))
    for words, nth, chain, kind in chains:
        doc.chains.append(ChainMention(*_at(text, words, nth), chain, kind, "PER"))
    doc.chains.sort(key=lambda c: c.start)
    for p in preps:
        doc.tokens.append(Token(*_at(text, p), p, "VZ(init)"))
    doc.sentences = [Sentence(0, len(text), 0, len(doc.tokens))]
    k = text.index(trigger)
    doc.events.append(EventMention(k, k + len(trigger), "arrest", "aanhouden", arguments=((role, *_at(text, *arg)),)))
    return doc


ENTITY = {"Kees Dekker": "e-dekker", "Jan Smit": "e-smit"}  # what the entity linker would say


def _participants(doc: Document) -> set[str]:
    [m] = read_mentions([doc], lambda _d, s, e: ENTITY.get(doc.text[s:e]))
    return m.participants


CASES = [
    pytest.param(
        "Kees Dekker kwam dinsdag thuis. Hij werd daar aangehouden.",
        [("Kees Dekker", 0)], [("Kees Dekker", 0, 0, "name"), ("Hij", 0, 0, "pronoun")],
        "aangehouden", ("Hij", 0), (), {"e-dekker"},
        id="pronoun-takes-its-chains-person",
    ),
    pytest.param(
        "Kees Dekker kwam dinsdag thuis. De 42-jarige werd daar aangehouden.",
        [("Kees Dekker", 0)], [("Kees Dekker", 0, 0, "name"), ("De 42-jarige", 0, 0, "role")],
        "aangehouden", ("De 42-jarige", 0), (), {"e-dekker"},
        id="role-noun-takes-its-chains-person",
    ),
    pytest.param(
        "Kees Dekker kwam dinsdag thuis. Hij werd daar aangehouden.",
        [("Kees Dekker", 0)], [("Kees Dekker", 0, 0, "name")],
        "aangehouden", ("Hij", 0), (), set(),
        id="pronoun-the-layer-left-alone-names-nobody",
    ),
    pytest.param(
        "Kees Dekker kwam dinsdag thuis. De auto van hem werd in beslag genomen.",
        [("Kees Dekker", 0)], [("Kees Dekker", 0, 0, "name"), ("hem", 0, 0, "pronoun")],
        "genomen", ("De auto van hem", 0), ("van",), set(),
        id="pronoun-inside-a-pp-of-the-argument-is-not-the-argument",
    ),
    pytest.param(
        "Kees Dekker leidt de partij. De leider van de bende werd aangehouden.",
        [("Kees Dekker", 0)], [("Kees Dekker", 0, 0, "name"), ("De leider", 0, 0, "role")],
        "aangehouden", ("De leider van de bende", 0), ("van",), set(),
        id="role-noun-with-its-own-van-complement-takes-no-name-from-its-role-group",
    ),
    pytest.param(
        "Kees Dekker kwam dinsdag thuis. De 42-jarige uit Utrecht werd daar aangehouden.",
        [("Kees Dekker", 0)], [("Kees Dekker", 0, 0, "name"), ("De 42-jarige", 0, 0, "role")],
        "aangehouden", ("De 42-jarige uit Utrecht", 0), ("uit",), {"e-dekker"},
        id="role-noun-with-another-complement-keeps-its-chains-person",
    ),
    pytest.param(
        "Kees Dekker en Jan Smit kwamen thuis. Beiden werden aangehouden.",
        [("Kees Dekker", 0), ("Jan Smit", 0)],
        [("Kees Dekker", 0, 0, "name"), ("Kees Dekker en Jan Smit", 0, 2, "group"), ("Jan Smit", 0, 1, "name"),
         ("Beiden", 0, 2, "group")],
        "aangehouden", ("Beiden", 0), (), {"e-dekker", "e-smit"},
        id="group-word-takes-both-persons",
    ),
]


@pytest.mark.parametrize(("text", "names", "chains", "trigger", "arg", "preps", "expected"), CASES)
def test_events_anaphors_participants_from_the_layer(text, names, chains, trigger, arg, preps, expected) -> None:
    assert _participants(_doc(text, names, chains, trigger, "patient", arg, preps)) == expected
