"""A fire and the explosion it followed, told in one sentence, are one happening of that text:
"het vuur ontstond na een explosie" binds the two before texts are compared, so that outlets that
tell the fire and the explosion link as one. A fire put out "na een uur", or an explosion told
apart, stays apart. Real Frog; sentences written for this test."""

from __future__ import annotations

import pytest
from frog_sentences import analysed

from kroniek.link.events import read_mentions
from kroniek.model import Document

pytestmark = [pytest.mark.frog, pytest.mark.slow]

SENTENCES = [
    "Het vuur in het restaurant ontstond na een explosie in de keuken.",  # 0
    "Na de explosie in de flat brak een grote brand uit.",  # 1
    "De snackbar is vannacht volledig uitgebrand na een harde ontploffing.",  # 2
    "De brand in de loods was na een uur onder controle.",  # 3
    "De brandweer blust een brand in Zwolle, terwijl in Deventer een explosie een woning beschadigde.",  # 4
]


@pytest.fixture(scope="module")
def doc(frog) -> Document:
    return analysed(frog, "explosion-fire", SENTENCES)


def _bound_in(doc: Document, k: int) -> bool:
    start = doc.text.index(SENTENCES[k])
    end = start + len(SENTENCES[k])
    ms = [m for m in read_mentions([doc], lambda *a: None) if start <= m.em.start < end]
    keys = {m.key for m in ms}
    assert ms, [(doc.text[e.start:e.end], e.type) for e in doc.events]
    return any(m.bound & keys for m in ms)


@pytest.mark.parametrize(
    "k, bound",
    [
        pytest.param(0, True, id="the-fire-started-after-an-explosion"),
        pytest.param(1, True, id="after-the-explosion-a-fire-broke-out"),
        pytest.param(2, True, id="burnt-out-after-a-blast"),
        pytest.param(3, False, id="a-fire-under-control-after-an-hour"),
        pytest.param(4, False, id="a-fire-and-an-explosion-in-two-towns"),
    ],
)
def test_events_fire_after_explosion_is_one_happening(doc: Document, k: int, bound: bool) -> None:
    assert _bound_in(doc, k) is bound, [(doc.text[e.start:e.end], e.type, e.lemma) for e in doc.events]
