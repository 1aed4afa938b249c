"""A time inside an "om ... te" clause dates that clause's verb, not the verb the clause hangs on;
one in a verbless aside after a noun ("De spits, volgend jaar actief in Italië, scoorde") dates
nothing outside it (sentences written for these tests). Both are read by word order, as Frog often
hangs such words elsewhere or leaves them a fragment; so the tokens here carry no parse."""

from __future__ import annotations

import pytest

from kroniek.extract import events
from kroniek.model import Document, Sentence, Timex, Token


def _sentence(words: list[tuple[str, str]], time: str) -> tuple[events.ParsedSentence, Timex, dict[str, int]]:
    text, tokens = "", []
    for word, tag in words:
        text += ("" if not text else " ") + word
        tokens.append(Token(len(text) - len(word), len(text), word.lower(), tag))
    a = text.index(time)
    tx = Timex(a, a + len(time), "DATE", "2025")
    doc = Document(id="d0", text=text, source="d0", tokens=tokens, timexes=[tx],
                   sentences=[Sentence(0, len(text), 0, len(tokens))])
    index = {w: k for k, (w, _) in enumerate(words)}
    return events.ParsedSentence(doc, doc.sentences[0]), tx, index


WW, N, VZ, INF = "WW(vd,vrij,zonder)", "N(soort,ev,basis,zijd,stan)", "VZ(init)", "WW(inf,vrij,zonder)"
DECIDED = [("De", "LID"), ("club", N), ("heeft", "WW(pv,tgw,met-t)"), ("besloten", WW), ("om", VZ), ("het", "LID"),
           ("kamp", N), ("volgend", "ADJ"), ("jaar", N), ("toch", "BW"), ("te", VZ), ("schrappen", INF), (".", "LET")]
AFTER = [("De", "LID"), ("club", N), ("ging", "WW(pv,verl,ev)"), ("om", VZ), ("te", VZ), ("trainen", INF), ("naar", VZ),
         ("Spanje", "SPEC"), (",", "LET"), ("volgend", "ADJ"), ("jaar", N), ("weer", "BW"), (".", "LET")]


@pytest.mark.parametrize(
    ("words", "trigger", "inside"),
    [
        (DECIDED, "besloten", True),  # the year is the scrapping's, not the decision's
        (DECIDED, "schrappen", False),  # the clause's own verb keeps it
        (AFTER, "ging", False),  # a time after the clause's "te" is none of the clause's
    ],
)
def test_events_time_in_an_om_te_clause_is_that_clauses(words, trigger, inside):
    s, tx, index = _sentence(words, "volgend jaar")
    assert events._in_om_te(s, index[trigger], tx) is inside


ASIDE = [("De", "LID"), ("spits", N), (",", "LET"), ("volgend", "ADJ"), ("jaar", N), ("actief", "ADJ(vrij,basis,zonder)"),
         ("in", VZ), ("Italië", "SPEC"), (",", "LET"), ("scoorde", "WW(pv,verl,ev)"), ("twee", "TW"), ("keer", N), (".", "LET")]
RECORD = [("De", "LID"), ("beurs", N), ("sloot", "WW(pv,verl,ev)"), ("hoger", "ADJ"), ("op", VZ), ("600", "TW"), ("punten", N),
          (",", "LET"), ("de", "LID"), ("beste", "ADJ"), ("stand", N), ("volgend", "ADJ"), ("jaar", N), (".", "LET")]
PLACE = [("Ze", "VNW"), ("won", "WW(pv,verl,ev)"), ("de", "LID"), ("finale", N), (",", "LET"), ("volgend", "ADJ"),
         ("jaar", N), ("in", VZ), ("Parijs", "SPEC"), (".", "LET")]
CLAUSE = [("De", "LID"), ("spits", N), (",", "LET"), ("die", "VNW"), ("volgend", "ADJ"), ("jaar", N), ("vertrekt", "WW(pv,tgw,met-t)"),
          (",", "LET"), ("scoorde", "WW(pv,verl,ev)"), (".", "LET")]


@pytest.mark.parametrize(
    ("words", "trigger", "aside"),
    [
        (ASIDE, "scoorde", True),  # what the striker will be next year, not when he scored
        (RECORD, "sloot", True),  # an apposition on the closing level
        (PLACE, "won", False),  # a time and a place after a comma still date the win
        (CLAUSE, "scoorde", False),  # a relative clause is the parse's to read (a finite verb)
    ],
)
def test_events_time_in_a_comma_aside_on_a_noun_dates_nothing_outside_it(words, trigger, aside):
    s, tx, index = _sentence(words, "volgend jaar")
    assert events._comma_aside(s, index[trigger], tx) is aside
