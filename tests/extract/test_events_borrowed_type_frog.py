"""An unlisted passive participle takes the type of the event noun that names the happening it is
part of (``events.borrowed_type``): its cause ("door een staking") or its auxiliary's predicate
noun ("is een straf opgelegd"); never a means or goal phrase ("feliciteerde hem met zijn
overwinning") nor its subject ("de vergadering werd verstoord" disrupts a meeting, it is none).
Real Frog; sentences written for this test (the document is dated 14 March 2024)."""

from __future__ import annotations

import pytest
from frog_sentences import analysed, mention_of

from kroniek.model import Document

pytestmark = [pytest.mark.frog, pytest.mark.slow]

# (sentence, the verb, its expected type, reason)
ROWS = [
    ("De treindienst in het oosten werd gisteren urenlang ontregeld door een staking van het personeel.",
     "ontregeld", "protest", "a cause phrase on a passive"),
    ("Aan de chauffeur is vorige week een forse straf opgelegd.",
     "opgelegd", "verdict", "the passive auxiliary's predicate noun"),
    ("De vergadering van de gemeenteraad werd gisteren verstoord door een groep boeren.",
     "verstoord", "other", "a meeting as the subject, people as the cause"),
    ("De burgemeester feliciteerde de schaatsster met haar overwinning.",
     "feliciteerde", "other", "a congratulation is no win"),
    ("Na de wedstrijd reed de ploeg met de bus naar het hotel.",
     "reed", "other", "a vehicle, and a contest only as a time"),
]


@pytest.fixture(scope="module")
def doc(frog) -> Document:
    return analysed(frog, "borrowed-type", [r[0] for r in ROWS])


@pytest.mark.parametrize(("sentence", "verb", "typ", "reason"), ROWS, ids=[r[3] for r in ROWS])
def test_events_borrowed_type(doc: Document, sentence: str, verb: str, typ: str, reason: str) -> None:
    hit = mention_of(doc, sentence, verb)
    assert hit is not None, reason
    assert hit.type == typ, reason
