"""A regional dateline in capitals ("VELDHOVEN - Een man ...", "DEN HAAG – ...") that the parse
takes for the subject is the event's place, never its participant (issue #10 item 2); the text
and its offsets stay as they are. Hand-made parses; sentences written for this test."""

from __future__ import annotations

import pytest

from kroniek.extract.events import ParsedSentence, dateline_at, describe
from kroniek.model import Document, Sentence, Token


@pytest.mark.parametrize(
    "text, start, place",
    [
        pytest.param("DEN HAAG – Het kabinet is gevallen.", 0, "DEN HAAG", id="two-words-en-dash"),
        pytest.param("Titel\nVELDHOVEN - Een man is overleden.", 6, "VELDHOVEN", id="after-a-title-line"),
        pytest.param("ASSEN (ANP) - Een brand woedde.", 0, "ASSEN", id="with-an-agency"),
        pytest.param("Een man uit ASSEN - niet te zien.", 12, None, id="not-at-a-line-start"),
        pytest.param("NOS - Een man is overleden.", 0, "NOS", id="three-capitals"),
        pytest.param("EU - Een man is overleden.", 0, None, id="two-letters-no-dateline"),
        pytest.param("Veldhoven - Een man is overleden.", 0, None, id="no-capitals-no-dateline"),
    ],
)
def test_events_dateline_at(text: str, start: int, place: str | None) -> None:
    d = dateline_at(text, start)
    assert (None if d is None else text[d[0] : d[1]]) == place


def _parsed(text: str, parse: list[tuple[str, str, str, int, str]]) -> ParsedSentence:
    doc = Document(id="d", text=text, source="d", title="d")
    pos = 0
    for word, lemma, tag, head, rel in parse:
        k = text.index(word, pos)
        doc.tokens.append(Token(k, k + len(word), lemma, tag, head=head, deprel=rel))
        pos = k + len(word)
    doc.sentences = [Sentence(0, len(text), 0, len(doc.tokens))]
    return ParsedSentence(doc, doc.sentences[0])


def _roles(text: str, parse: list[tuple[str, str, str, int, str]], trigger: int) -> list[tuple[str, str]]:
    s = _parsed(text, parse)
    em = describe(s, trigger, "death", "overlijden")
    return [(r, text[a:b]) for r, a, b in em.arguments]


N = "N(eigen,ev,basis,zijd,stan)"


def test_events_dateline_subject_keeps_its_own_words() -> None:
    text = "DEN HAAG - Een vrouw is overleden."
    parse = [("DEN", "den", N, 1, "mwp"), ("HAAG", "haag", N, 5, "su"), ("-", "-", "LET()", 1, "punct"),
             ("Een", "een", "LID(onbep,stan,agr)", 4, "det"), ("vrouw", "vrouw", "N(soort,ev,basis,zijd,stan)", 1, "app"),
             ("is", "zijn", "WW(pv,tgw,ev)", -1, "ROOT"), ("overleden", "overlijden", "WW(vd,vrij,zonder)", 5, "vc"),
             (".", ".", "LET()", 5, "punct")]
    roles = _roles(text, parse, 6)
    assert ("patient", "Een vrouw") in roles
    assert not any(w.startswith("DEN") or w.startswith("HAAG") for r, w in roles if r != "place")


def test_events_dateline_alone_is_the_place() -> None:
    text = "VELDHOVEN - Gisteren is een vrouw overleden."
    parse = [("VELDHOVEN", "veldhoven", N, 3, "su"), ("-", "-", "LET()", 0, "punct"),
             ("Gisteren", "gisteren", "BW()", 3, "mod"), ("is", "zijn", "WW(pv,tgw,ev)", -1, "ROOT"),
             ("een", "een", "LID(onbep,stan,agr)", 5, "det"), ("vrouw", "vrouw", "N(soort,ev,basis,zijd,stan)", 6, "obj1"),
             ("overleden", "overlijden", "WW(vd,vrij,zonder)", 3, "vc"), (".", ".", "LET()", 3, "punct")]
    roles = _roles(text, parse, 6)
    assert ("place", "VELDHOVEN") in roles
    assert not any(r in ("agent", "patient") and "VELDHOVEN" in w for r, w in roles)
