"""Verbs that name no happening in their clause (kroniek.extract.event_sense) and two parse
repairs, read on the dev5 trigger batch: a duration makes a state, a situation asks nothing, a
lashing-out and an answer are sayings, a judgement "als" is an opinion, a relation participle is a
property, a relative clause's present passive is not dated by its main clause, a preposition
before another is a verb's particle, a passive's subject is its support noun ("de wet werd
aangenomen" is one event, told by both words: each is a mention of the same type) and "heeft bepaalt" is a misspelt participle. Real Frog; sentences written for these tests."""

from __future__ import annotations

import pytest
from frog_sentences import analysed, triggers

from kroniek.model import Document

pytestmark = [pytest.mark.frog, pytest.mark.slow]

SENTENCES = [
    "Jarenlang deed de zanger erg vaag over zijn huwelijk.",  # 0
    "De kok werkte tien jaar lang in een sterrenrestaurant in Parijs.",  # 1
    "De agenten zochten urenlang naar de vermiste jongen.",  # 2
    "Dat roept de vraag op of de gemeente wel genoeg doet.",  # 3
    "De burgemeester riep de inwoners op om binnen te blijven.",  # 4
    "De oppositie heeft fel uitgehaald naar de minister van Financiën.",  # 5
    "De staatssecretaris beantwoordde dinsdag de Kamervragen over de toeslagen.",  # 6
    "Veel reizigers ervoeren de nieuwe dienstregeling als een verbetering.",  # 7
    "Volgens justitie zijn vooral jongeren uit de buurt bij de overvallen betrokken.",  # 8
    "De politie heeft maandag in Rotterdam drie vrouwen opgepakt die verdacht worden van oplichting.",  # 9
    "De Duitse club neemt de aanvaller over van PSV.",  # 10
    "Na de uitschakeling van de ploeg stapte de trainer op.",  # 11
    "De vrijwilligers leverden een grote bijdrage aan het festival.",  # 12
    "De nieuwe wet werd met een ruime meerderheid aangenomen.",  # 13
    "De kantonrechter heeft bepaalt dat de huurder in het huis mag blijven.",  # 14
    "De gemeenteraad heeft dinsdagavond een motie over de nieuwe brug aangenomen.",  # 15
]


@pytest.fixture(scope="module")
def doc(frog) -> Document:
    return analysed(frog, "sense", SENTENCES)


@pytest.mark.parametrize(
    "k, word, typ",
    [
        pytest.param(0, "deed", None, id="behaving-for-years-is-a-state"),
        pytest.param(1, "werkte", None, id="working-ten-years-is-a-career"),
        pytest.param(2, "zochten", "other", id="searching-for-hours-happened"),
        pytest.param(3, "roept", None, id="a-situation-evokes-a-question"),
        pytest.param(4, "riep", "request", id="a-mayor-calls-on-residents"),
        pytest.param(5, "uitgehaald", "statement", id="lashing-out-is-a-saying"),
        pytest.param(6, "beantwoordde", "statement", id="answering-questions-is-a-saying"),
        pytest.param(7, "ervoeren", None, id="judging-als-is-an-opinion"),
        pytest.param(8, "betrokken", None, id="being-involved-is-a-relation"),
        pytest.param(9, "verdacht", None, id="suspected-in-a-relative-clause-is-a-state"),
        pytest.param(9, "opgepakt", "arrest", id="the-dated-arrest-stays"),
        pytest.param(10, "neemt", "withdraw", id="takeover-particle-before-van"),  # a club taking over a player: a transfer (event_transfer)
        pytest.param(11, "uitschakeling", "contest", id="an-elimination"),
        pytest.param(12, "leverden", None, id="contributing-is-an-idiom"),
        pytest.param(13, "aangenomen", "decide", id="a-law-passed-is-one-event"),
        pytest.param(13, "wet", "decide", id="the-passive-subject-is-the-support-noun-of-the-same-happening"),
        pytest.param(15, "motie", "decide", id="the-object-of-a-support-verb-is-a-mention-too"),
        pytest.param(15, "aangenomen", "decide", id="and-the-support-verb-keeps-its-own"),
        pytest.param(14, "bepaalt", "other", id="a-participle-misspelt-with-t"),
    ],
)
def test_event_sense_frog(doc: Document, k: int, word: str, typ: str | None) -> None:
    assert triggers(doc, SENTENCES[k]).get(word) == typ
