"""Lexicon classes read on the dev4 trigger batch, without Frog: a ban is no bid, a victim no
killing, a scuffle a fight and a quarrel a dispute; state verbs are never unlisted happenings."""

from __future__ import annotations

import pytest

from kroniek.extract.events import STATE_VERBS, lexicon


@pytest.mark.parametrize(
    "noun, hit",
    [
        pytest.param("verbod", None, id="verbod-is-no-compound-on-bod"),
        pytest.param("inreisverbod", None, id="a-compound-on-verbod-neither"),
        pytest.param("overnamebod", ("economy", "bod"), id="a-real-bid-stays"),
        pytest.param("slachtoffer", None, id="a-victim-is-a-participant"),
        pytest.param("handgemeen", ("attack", "handgemeen"), id="a-scuffle"),
        pytest.param("knokpartij", ("attack", "knokpartij"), id="a-fist-fight"),
        pytest.param("ruzie", ("criticize", "ruzie"), id="a-quarrel"),
        pytest.param("burenruzie", ("criticize", "ruzie"), id="a-compound-quarrel"),
        pytest.param("uitschakeling", ("contest", "uitschakeling"), id="an-elimination-is-a-result"),
    ],
)
def test_events_lexicon_kinds_nouns(noun: str, hit: tuple[str, str] | None) -> None:
    assert lexicon().noun_type(noun) == hit


def test_events_lexicon_kinds_state_verbs_are_unlisted() -> None:
    """A state verb in the lexicon would be typed before the state guard could see it."""
    assert not STATE_VERBS & lexicon().verbs.keys()


def test_events_lexicon_kinds_contributing_is_an_idiom() -> None:
    """"een bijdrage leveren" (contribute) is no delivery (dev5)."""
    assert ("leveren", "bijdrage") in lexicon().idioms
