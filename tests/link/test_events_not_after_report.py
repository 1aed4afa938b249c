"""An asserted happening told in the past lies no later than its report (issue #10 item 5).

A weekday the time tagger read ahead in a past-tense sentence ("Dinsdag vermoordde ...", in a
Friday's report, taken for next Tuesday) points back a week; any other date after the report
leaves the mention undated; and a later report's date does not date what an earlier report told
as done. Hand-made documents with hand-made parses; sentences written for this test."""

from __future__ import annotations

import re

import pytest

from kroniek.link.events import read_mentions, to_event
from kroniek.model import Document, EventMention, PublishedDate, Sentence, Timex, Token

FRIDAY = "2019-08-09"


def _doc(doc_id: str, text: str, parse: list[tuple], trigger: str, when: str,
         time_word: str, published: str = FRIDAY) -> Document:
    """One sentence; ``parse`` gives (word, lemma, CGN tag, head index[, relation]) in order."""
    doc = Document(id=doc_id, text=text, source=doc_id, title=doc_id)
    doc.published = PublishedDate(published, "day")
    pos = 0
    for word, lemma, tag, head, *rel in parse:
        k = text.index(word, pos)
        doc.tokens.append(Token(k, k + len(word), lemma, tag, head=head, deprel=rel[0] if rel else ""))
        pos = k + len(word)
    doc.sentences = [Sentence(0, len(text), 0, len(doc.tokens))]
    k = text.index(time_word)
    doc.timexes.append(Timex(k, k + len(time_word), "DATE", when))
    t = next(m for m in re.finditer(rf"\b{trigger}\b", text))
    doc.events.append(EventMention(t.start(), t.end(), "crime", "vermoorden", when=when))
    return doc


PAST = [("Dinsdag", "dinsdag", "N(soort,ev,basis,zijd,stan)", 1),
        ("vermoordde", "vermoorden", "WW(pv,verl,ev)", -1),
        ("een", "een", "LID(onbep,stan,agr)", 3), ("man", "man", "N(soort,ev,basis,zijd,stan)", 1),
        ("zijn", "zijn", "VNW(bez,det,stan,vol,3,ev,prenom,zonder,agr)", 5),
        ("buurvrouw", "buurvrouw", "N(soort,ev,basis,zijd,stan)", 1), (".", ".", "LET()", 1)]
PRESENT = [("Dinsdag", "dinsdag", "N(soort,ev,basis,zijd,stan)", 1),
           ("opent", "openen", "WW(pv,tgw,met-t)", -1),
           ("de", "de", "LID(bep,stan,rest)", 3), ("burgemeester", "burgemeester", "N(soort,ev,basis,zijd,stan)", 1),
           ("de", "de", "LID(bep,stan,rest)", 5), ("brug", "brug", "N(soort,ev,basis,zijd,stan)", 1),
           (".", ".", "LET()", 1)]
PERFECT = [("Op", "op", "VZ(init)", 4), ("13", "13", "TW(hoofd,vrij)", 0), ("augustus", "augustus", "N(eigen,ev,basis,zijd,stan)", 1),
           ("heeft", "hebben", "WW(pv,tgw,met-t)", -1), ("de", "de", "LID(bep,stan,rest)", 5),
           ("burgemeester", "burgemeester", "N(soort,ev,basis,zijd,stan)", 3), ("de", "de", "LID(bep,stan,rest)", 7),
           ("brug", "brug", "N(soort,ev,basis,zijd,stan)", 8), ("geopend", "openen", "WW(vd,vrij,zonder)", 3),
           (".", ".", "LET()", 3)]

ATTRIBUTIVE = [("De", "de", "LID(bep,stan,rest)", 4, "det"), ("in", "in", "VZ(init)", 3, "mod"),
               ("april", "april", "N(eigen,ev,basis,zijd,stan)", 1, "obj1"),
               ("afgetreden", "aftreden", "WW(vd,vrij,zonder)", 4, "mod"),
               ("burgemeester", "burgemeester", "N(soort,ev,basis,zijd,stan)", 5, "su"),
               ("opende", "openen", "WW(pv,verl,ev)", -1, "ROOT"), ("de", "de", "LID(bep,stan,rest)", 7, "det"),
               ("brug", "brug", "N(soort,ev,basis,zijd,stan)", 5, "obj1"), (".", ".", "LET()", 5, "punct")]


def _one(doc: Document) -> str | None:
    event = to_event(read_mentions([doc], lambda doc_id, s, e: None))
    return None if event.when is None else event.when["value"]


@pytest.mark.parametrize(
    "text, parse, trigger, when, time_word, expected",
    [
        pytest.param("Dinsdag vermoordde een man zijn buurvrouw.", PAST, "vermoordde", "2019-08-13", "Dinsdag",
                     "2019-08-06", id="a-past-weekday-points-back"),
        pytest.param("Dinsdag vermoordde een man zijn buurvrouw.", PAST, "vermoordde", "2019-08-06", "Dinsdag",
                     "2019-08-06", id="a-past-weekday-read-back-stays"),
        pytest.param("Op 13 augustus heeft de burgemeester de brug geopend.", PERFECT, "geopend", "2019-08-13",
                     "13 augustus", None, id="a-perfect-after-its-report-is-undated"),
        pytest.param("Op 13 augustus heeft de burgemeester de brug geopend.", PERFECT, "geopend", "2020-04",
                     "13 augustus", None, id="a-later-month-is-no-date-of-a-past-happening"),
        pytest.param("Op 13 augustus heeft de burgemeester de brug geopend.", PERFECT, "geopend", "2019-08",
                     "13 augustus", "2019-08", id="the-reports-own-month-stays"),
        pytest.param("De in april afgetreden burgemeester opende de brug.", ATTRIBUTIVE, "afgetreden", "2020-04",
                     "april", "2019-04", id="a-bare-month-before-a-participle-points-back"),
        pytest.param("Dinsdag opent de burgemeester de brug.", PRESENT, "opent", "2019-08-13", "Dinsdag",
                     "2019-08-13", id="a-present-tense-plan-keeps-its-day"),
    ],
)
def test_events_not_after_report(text: str, parse: list[tuple], trigger: str, when: str,
                                 time_word: str, expected: str | None) -> None:
    assert _one(_doc("d-1", text, parse, trigger, when, time_word)) == expected


def test_events_a_later_report_does_not_date_what_was_told_as_done() -> None:
    told = _doc("d-1", "Dinsdag vermoordde een man zijn buurvrouw.", PAST, "vermoordde", "2019-08-06", "Dinsdag")
    later = _doc("d-2", "Dinsdag vermoordde een man zijn buurvrouw.", PAST, "vermoordde", "2019-08-13", "Dinsdag",
                 published="2019-08-14")
    later2 = _doc("d-3", "Dinsdag vermoordde een man zijn buurvrouw.", PAST, "vermoordde", "2019-08-13", "Dinsdag",
                  published="2019-08-14")
    event = to_event(read_mentions([told, later, later2], lambda doc_id, s, e: "e-man"))
    assert event.when is not None and event.when["value"] == "2019-08-06"
