"""A finite verb's separable particle at the end of a long middle field, which Frog hangs elsewhere
("neemt het Duitse Zalando (eigenaar van ...) de Zweedse concurrent Boozt over om ..."), still joins
the verb when the result is listed ("overnemen"); a preposition that opens a phrase ("over de dijk")
is no particle. Real Frog; sentences written for this test (the document is dated 14 March 2024)."""

from __future__ import annotations

import pytest
from frog_sentences import analysed, mention_of

from kroniek.model import Document

pytestmark = [pytest.mark.frog, pytest.mark.slow]

# (sentence, trigger word, expected lemma or None for no event, reason)
ROWS = [
    ("In de strijd om klanten neemt het Duitse Zalando (eigenaar van een reeks webwinkels) de Zweedse "
     "concurrent Boozt over om sneller te groeien.", "neemt", "overnemen",
     "a long middle field: Frog hangs the particle under 'om'"),
    ("Het Duitse concern neemt na maanden van gesprekken met de bonden de Franse branchegenoot Alstom over.",
     "neemt", "overnemen", "the particle Frog attaches itself stays joined"),
    ("Hij loopt elke ochtend met de hond over de dijk.", "loopt", None,
     "a preposition that opens a phrase is no particle"),
]


@pytest.fixture(scope="module")
def doc(frog) -> Document:
    return analysed(frog, "stranded-particle", [r[0] for r in ROWS])


@pytest.mark.parametrize(("sentence", "word", "lemma", "reason"), ROWS, ids=[r[3] for r in ROWS])
def test_events_stranded_particle_joins_the_verb(doc: Document, sentence: str, word: str,
                                                 lemma: str | None, reason: str) -> None:
    hit = mention_of(doc, sentence, word)
    assert (hit.lemma if hit else None) == lemma, reason
