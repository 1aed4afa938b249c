"""False triggers of posts in which little happens (columns, letters, reviews, explainers, tips),
found on the dev4 trigger batch: words of a time expression, verbs of being and meaning, a
support verb without an event noun, a preposition read as a particle, a post-nominal participle
with a complement, talk about something, a purpose clause, "niets anders dan", a victim noun,
and lexicon classes (a scuffle, a quarrel, a ban). Real Frog; sentences written for these tests."""

from __future__ import annotations

import pytest
from frog_sentences import analysed, triggers

from kroniek.model import Document

pytestmark = [pytest.mark.frog, pytest.mark.slow]

SENTENCES = [
    "De twee bedrijven kondigden afgelopen week hun fusie aan.",  # 0
    "Zijn salaris bedroeg vorig jaar ruim twee ton.",  # 1
    "De oude fabriek vormde jarenlang het hart van het dorp.",  # 2
    "Na de brand zag het huis er verschrikkelijk uit.",  # 3
    "Onder een gezonde leefstijl wordt ook voldoende slaap verstaan.",  # 4
    "De minister hield gisteren een praatje voor de leerlingen.",  # 5
    "Hoewel ze allebei werken, houden ze aan het eind van de week niets over.",  # 6
    "Het nieuwe treinstel, gebaseerd op een Frans ontwerp, rijdt vanaf maart.",  # 7
    "De auto, gestolen in Venlo, werd in Duitsland teruggevonden.",  # 8
    "De wethouder spreekt in zijn betoog vooral over nieuwe fietspaden.",  # 9
    "De premier sprak gisteren met de Duitse bondskanselier.",  # 10
    "De bank drukt extra geld bij om noodlijdende boeren te steunen.",  # 11
    "De keeper kon niets anders dan toekijken.",  # 12
    "De keeper kon niet ingrijpen.",  # 13
    "Het slachtoffer werd per ambulance naar het Deventer ziekenhuis gebracht.",  # 14
    "Bij het handgemeen voor de kroeg raakte een jongen gewond.",  # 15
    "Na een ruzie tussen twee buren greep de politie in.",  # 16
    "Het rookverbod op terrassen geldt vanaf volgend jaar.",  # 17
    "De partij heeft veel respect voor het besluit van de voorzitter om af te treden.",  # 18
    "Die avond spraken de twee ministers urenlang over de begroting.",  # 19
]


@pytest.fixture(scope="module")
def doc(frog) -> Document:
    return analysed(frog, "opinion-kinds", SENTENCES)


@pytest.mark.parametrize(
    "k, word, typ",
    [
        pytest.param(0, "afgelopen", None, id="a-word-of-a-time-expression-is-no-trigger"),
        pytest.param(1, "bedroeg", None, id="amounting-to-is-a-state"),
        pytest.param(2, "vormde", None, id="forming-the-heart-of-is-a-state"),
        pytest.param(3, "zag", None, id="looking-like-is-a-state"),
        pytest.param(3, "brand", "fire", id="the-fire-beside-it-stays"),
        pytest.param(4, "verstaan", None, id="what-a-word-means-is-no-happening"),
        pytest.param(5, "hield", None, id="houden-without-an-event-noun-is-no-happening"),
        pytest.param(6, "houden", None, id="a-preposition-before-its-phrase-is-no-particle"),
        pytest.param(7, "gebaseerd", None, id="a-participle-after-its-noun-with-a-complement-is-a-property"),
        pytest.param(8, "gestolen", "crime", id="a-reduced-relative-with-a-place-stays"),
        pytest.param(9, "spreekt", "statement", id="talking-about-something-is-a-saying"),
        pytest.param(10, "sprak", "meet", id="talking-with-someone-is-a-meeting"),
        pytest.param(11, "steunen", None, id="a-purpose-clause-is-an-aim"),
        pytest.param(12, "toekijken", "other", id="nothing-but-is-no-negation"),
        pytest.param(13, "ingrijpen", None, id="a-negated-past-modal-infinitive-did-not-happen"),
        pytest.param(14, "slachtoffer", None, id="a-victim-is-no-happening"),
        pytest.param(15, "handgemeen", "attack", id="a-scuffle-is-a-fight"),
        pytest.param(16, "ruzie", "criticize", id="a-quarrel-is-a-dispute"),
        pytest.param(17, "rookverbod", None, id="a-ban-is-no-bid"),
        pytest.param(18, "treden", "withdraw", id="the-om-clause-of-a-decision-noun-is-its-content"),
        pytest.param(19, "spraken", "meet", id="talk-between-a-plural-subject-is-a-meeting"),
    ],
)
def test_events_opinion_kinds(doc: Document, k: int, word: str, typ: str | None) -> None:
    assert triggers(doc, SENTENCES[k]).get(word) == typ, triggers(doc, SENTENCES[k])
