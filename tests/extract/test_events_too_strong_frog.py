"""A win told as "was/bleek te sterk voor" the opponent is a contest event on "sterk" (lemma "te
sterk voor", in the result family with "winnen" and "verslaan"), the copula's subject the winner; a
phrase with no sides ("de wind was te sterk voor de boten") and another adjective are no match.
Real Frog; sentences written for this test (the document is dated 14 March 2024)."""

from __future__ import annotations

import pytest
from frog_sentences import analysed, mention_of

from kroniek.link.events.words import families_match, family_of
from kroniek.model import Document

pytestmark = [pytest.mark.frog, pytest.mark.slow]

# (sentence, expected "sterk" mention type or None, reason)
ROWS = [
    ("Van Dam was in de kwartfinale te sterk voor de Belgische Peeters.", "contest",
     "a name on both sides"),
    ("De Belg bleek dinsdag in de sprint te sterk voor zijn medevluchters.", "contest",
     "'bleek' and an opponent noun"),
    ("De Nederlandse tennisster was zaterdag in twee sets te sterk voor haar tegenstander.", "contest",
     "an opponent told without a name"),
    ("De wind was te sterk voor de kleine boten.", None, "no sides: weather, not a match"),
    ("Die koffer is te zwaar voor de jongen.", None, "another adjective"),
]


@pytest.fixture(scope="module")
def doc(frog) -> Document:
    return analysed(frog, "too-strong", [r[0] for r in ROWS])


@pytest.mark.parametrize(("sentence", "typ", "reason"), ROWS, ids=[r[2] for r in ROWS])
def test_events_too_strong_is_a_win(doc: Document, sentence: str, typ: str | None, reason: str) -> None:
    hit = mention_of(doc, sentence, "sterk")
    assert (hit.type if hit else None) == typ, reason
    if hit:
        assert hit.lemma == "te sterk voor"


def test_events_too_strong_names_the_winner(doc: Document) -> None:
    hit = mention_of(doc, ROWS[0][0], "sterk")
    assert hit is not None
    assert [doc.text[a:b] for r, a, b in hit.arguments if r == "agent"] == ["Van Dam"]


def test_events_too_strong_is_in_the_result_family() -> None:
    assert families_match(family_of("te sterk voor"), family_of("verslaan"))
