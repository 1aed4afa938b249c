"""A court's decision is a ruling whatever verb tells it: "het gerechtshof heeft de eis afgewezen",
"de rechter besliste", a case lost ("de rechtszaak verloren") and "de uitspraak van de rechtbank"
are read for linking as a verdict (family verdict), so they can join another outlet's "uitspraak"
or "vonnis"; a minister's rejection, a final lost and a minister's "uitspraak" stay what they are.
Real Frog; sentences written for this test."""

from __future__ import annotations

import pytest
from frog_sentences import analysed

from kroniek.link.events import read_mentions
from kroniek.link.events.similarity import link_type
from kroniek.model import Document

pytestmark = [pytest.mark.frog, pytest.mark.slow]

# (sentence, trigger, a ruling?, reason)
ROWS = [
    ("Het gerechtshof in Arnhem heeft dinsdag de eis van de vereniging afgewezen.", "afgewezen", True,
     "a court rejects a claim"),
    ("De rechter besliste woensdag dat het proces tegen de wethouder gewoon doorgaat.", "besliste", True,
     "a judge decides"),
    ("De vereniging heeft de rechtszaak tegen de provincie opnieuw verloren.", "verloren", True,
     "a case lost"),
    ("De uitspraak van de rechtbank in Zwolle viel donderdag.", "uitspraak", True,
     "the court's ruling as a noun"),
    ("Het Hof wees dinsdag alle verzoeken van de verdediging af.", "wees", True,
     "a capitalised court that Frog tags as a name"),
    ("De minister heeft het voorstel van de oppositie dinsdag afgewezen.", "afgewezen", False,
     "a minister rejects a proposal"),
    ("De ploeg uit Leiden heeft zondag de finale in Rotterdam verloren.", "verloren", False,
     "a final lost is no case"),
    ("De uitspraak van de minister over de boeren viel slecht in het dorp.", "uitspraak", False,
     "a minister's remark"),
]


@pytest.fixture(scope="module")
def doc(frog) -> Document:
    return analysed(frog, "court-ruling", [r[0] for r in ROWS])


@pytest.mark.parametrize(("sentence", "trigger", "ruling", "reason"), ROWS, ids=[r[3] for r in ROWS])
def test_events_court_ruling_reads_as_a_verdict(doc: Document, sentence: str, trigger: str, ruling: bool,
                                                reason: str) -> None:
    start = doc.text.index(sentence)
    ms = [m for m in read_mentions([doc], lambda *a: None) if start <= m.em.start < start + len(sentence)]
    m = next(m for m in ms if doc.text[m.em.start:m.em.end] == trigger)
    assert m.ruling is ruling, reason
    assert (m.family == "verdict" and link_type(m) == "verdict") is ruling, reason
