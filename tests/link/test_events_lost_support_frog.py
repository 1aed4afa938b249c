"""A light verb whose object the parse lost still tells its event noun's happening: Frog parses
"gevangenisstraffen tot drie jaar en zes maanden" as a conjunct of "en", so "opgelegd" finds no
object and stays untyped; the verdict noun in its sentence, which the support table lets
"opleggen" take, is bound to it (one happening of that text, typed verdict). Real Frog; sentences
written for this test."""

from __future__ import annotations

import pytest
from frog_sentences import analysed

from kroniek.link.events import read_mentions
from kroniek.model import Document

pytestmark = [pytest.mark.frog, pytest.mark.slow]

# (sentence, verb, event noun, bound?, reason)
ROWS = [
    ("De rechtbank in Utrecht heeft dinsdag gevangenisstraffen tot drie jaar en zes maanden opgelegd "
     "in de zaak rond de ontvoering.", "opgelegd", "gevangenisstraffen", True,
     "the coordination took the object from the light verb"),
    ("De advocaat heeft donderdag celstraffen tot vijf jaar en twee maanden genoemd in zijn pleidooi.",
     "genoemd", "celstraffen", False, "naming a sentence is no support verb of it"),
]


@pytest.fixture(scope="module")
def doc(frog) -> Document:
    return analysed(frog, "lost-support", [r[0] for r in ROWS])


@pytest.mark.parametrize(("sentence", "verb", "noun", "bound", "reason"), ROWS, ids=[r[4] for r in ROWS])
def test_events_lost_support_binds_the_noun(doc: Document, sentence: str, verb: str, noun: str,
                                            bound: bool, reason: str) -> None:
    start = doc.text.index(sentence)
    ms = [m for m in read_mentions([doc], lambda *a: None) if start <= m.em.start < start + len(sentence)]
    v = next(m for m in ms if doc.text[m.em.start:m.em.end] == verb)
    n = next(m for m in ms if doc.text[m.em.start:m.em.end] == noun)
    assert (n.key in v.bound) is bound, reason
