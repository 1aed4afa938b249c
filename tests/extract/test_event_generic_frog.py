"""Event nouns used generically are no happenings (kroniek/extract/event_generic.py): the
unspecific topic of a policy, risk or fear frame ("de aanpak van inbraken", "het risico op
overstromingen") or of a frame verb ("om inbraken te voorkomen"), and a fight frame over a bare
abstract topic ("de strijd tegen fraude"). A specific report, a real fight and a charge stay.
Every row of the first table fails with the guard switched off; of the second table, the first
two fail without the specificity check, the rest pin what the guard must leave alone.
Real Frog; sentences written for these tests."""

from __future__ import annotations

import pytest
from frog_sentences import analysed, triggers

from kroniek.model import Document

pytestmark = [pytest.mark.frog, pytest.mark.slow]

SENTENCES = [
    "De gemeente wil de strijd tegen fraude opvoeren.",  # 0
    "De aanpak van inbraken in de wijk krijgt voorrang.",  # 1
    "Het kabinet neemt maatregelen tegen diefstal van fietsen.",  # 2
    "Het risico op overstromingen neemt toe door de stijgende zeespiegel.",  # 3
    "De bestrijding van witwassen kost banken veel geld.",  # 4
    "Er komt een wet tegen vervalsing van documenten.",  # 5
    "In de strijd tegen ondermijning trekken de gemeenten samen op.",  # 6
    "Ter voorkoming van ongelukken wordt de weg afgesloten.",  # 7
    "Veel ouderen hebben angst voor inbraken.",  # 8
    "De kans op een aanslag is volgens de NCTV reëel.",  # 9
    "Om inbraken te voorkomen zet de gemeente camera's in.",  # 10
    "Het waterschap wil overstromingen langs de rivier voorkomen.",  # 11
    "De aanpak van de brand door de brandweer kreeg lof.",  # 12
    "Het risico op overstromingen in Limburg is afgelopen zomer gebleken.",  # 13
    "De man is verdacht van diefstal en mishandeling.",  # 14
    "Het leger voert strijd tegen rebellen in het noorden.",  # 15
    "De strijd tegen de Taliban kostte veel soldaten het leven.",  # 16
    "De inbraak van vannacht wordt onderzocht door de recherche.",  # 17
]


@pytest.fixture(scope="module")
def doc(frog) -> Document:
    return analysed(frog, "generic", SENTENCES)


@pytest.mark.parametrize(
    "k, word",
    [
        pytest.param(0, "fraude", id="the-topic-of-a-fight-against"),
        pytest.param(0, "strijd", id="a-fight-against-a-bare-abstract-topic-is-no-battle"),
        pytest.param(1, "inbraken", id="the-plural-topic-of-an-approach"),
        pytest.param(2, "diefstal", id="the-topic-of-measures-against"),
        pytest.param(3, "overstromingen", id="the-topic-of-a-risk"),
        pytest.param(4, "witwassen", id="a-nominalised-infinitive-as-a-topic"),
        pytest.param(5, "vervalsing", id="frog-hung-the-phrase-on-the-verb-but-it-follows-the-law"),
        pytest.param(6, "strijd", id="in-de-strijd-tegen-a-bare-topic"),
        pytest.param(7, "ongelukken", id="ter-voorkoming-van"),
        pytest.param(8, "inbraken", id="the-topic-of-a-fear"),
        pytest.param(9, "aanslag", id="an-indefinite-article-under-a-chance-is-hypothetical"),
        pytest.param(10, "inbraken", id="om-te-with-a-frame-verb"),
        pytest.param(11, "overstromingen", id="the-object-of-a-frame-verb"),
    ],
)
def test_event_generic_topic_is_no_mention(doc: Document, k: int, word: str) -> None:
    assert word not in triggers(doc, SENTENCES[k]), triggers(doc, SENTENCES[k])


@pytest.mark.parametrize(
    "k, word, typ",
    [
        pytest.param(12, "brand", "fire", id="a-definite-topic-is-a-specific-fire"),
        pytest.param(13, "overstromingen", "accident", id="a-place-name-makes-the-floods-specific"),
        pytest.param(14, "diefstal", "crime", id="a-charge-says-someone-committed-one"),
        pytest.param(15, "strijd", "attack", id="a-fight-against-a-plural-group-is-real"),
        pytest.param(16, "strijd", "attack", id="a-fight-against-a-named-enemy-is-real"),
        pytest.param(17, "inbraak", "crime", id="a-definite-report-with-a-time-stays"),
    ],
)
def test_event_generic_specific_report_stays(doc: Document, k: int, word: str, typ: str) -> None:
    assert triggers(doc, SENTENCES[k]).get(word) == typ, triggers(doc, SENTENCES[k])
