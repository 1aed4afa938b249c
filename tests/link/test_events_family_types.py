"""Families whose happening has one type whatever the lexicon types the word
(``weights.FAMILY_LINK_TYPES``, ``similarity.link_type``): a player's move is a transfer whether an
outlet tells the signing ("tekent", typed cooperate), the agreement or the departure; a dismissal
("ontslagen", typed economy for job cuts) is a departure like "vertrek" and "ontheven"."""

from __future__ import annotations

import pytest

from kroniek.link.events import LinkMention, LinkWeights, pair_score
from kroniek.link.events.similarity import link_type
from kroniek.model import Document, EventMention


def _mention(doc: Document, word: str, type_: str, lemma: str, family: str) -> LinkMention:
    start = doc.text.index(word)
    em = EventMention(start, start + len(word), type_, lemma)
    m = LinkMention((doc.id, start, start + len(word)), doc, em, lemma, "", doc.text, frozenset())
    m.family = family
    return m


@pytest.mark.parametrize(("word", "type_", "lemma", "family", "want", "why"), [
    ("tekent", "cooperate", "tekenen", "transfer", "transfer", "a signing that tells a player's move"),
    ("tekent", "cooperate", "tekenen", "", "cooperate", "a signing of anything else keeps its type"),
    ("ontslagen", "economy", "ontslaan", "resignation", "withdraw", "a dismissal is a departure"),
    ("gestaakt", "strike", "staken", "strike", "strike", "other families keep the lexicon's type"),
])
def test_link_type_by_family(word, type_, lemma, family, want, why):
    doc = Document(id="d", text=f"Hij {word} vandaag.", source="test")
    assert link_type(_mention(doc, word, type_, lemma, family)) == want, why


def test_pair_score_joins_a_signing_and_a_departure_of_one_move():
    """Without the family's type a cooperate signing and a withdraw departure can never be one event."""
    a = Document(id="a", text="De spits tekent bij Sevilla.", source="test")
    b = Document(id="b", text="De spits vertrekt bij PSV.", source="test")
    sign = _mention(a, "tekent", "cooperate", "tekenen", "transfer")
    leave = _mention(b, "vertrekt", "withdraw", "vertrekken", "resignation")
    assert pair_score(sign, leave, LinkWeights()) is not None
    sign.family = ""
    assert pair_score(sign, leave, LinkWeights()) is None
