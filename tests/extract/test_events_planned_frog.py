"""A plan or decision tells its verbal complement as the happening, planned: "gaat vervolgen",
"zal ... onderzoeken", "wil ... aanscherpen", "heeft besloten (om) ... af te breken", "is van plan
... te verhogen" make the infinitive an event with factuality future; the decision itself stays a
decision, and light verbs, negations, "gaan" without an infinitive and an unlisted infinitive
with no object (a forecast, "wil weten") make nothing new.
Real Frog; sentences written for these tests."""

from __future__ import annotations

import pytest
from frog_sentences import analysed

from kroniek.model import Document

pytestmark = [pytest.mark.frog, pytest.mark.slow]

SENTENCES = [
    "Het Openbaar Ministerie gaat drie agenten vervolgen voor mishandeling.",  # 0
    "De provincie heeft dinsdag besloten de oude brug af te breken.",  # 1
    "Justitie heeft besloten om twee bestuurders te vervolgen.",  # 2
    "De minister wil de regels voor vuurwerk aanscherpen.",  # 3
    "Het kabinet is van plan de regels voor studenten te herzien.",  # 4
    "De rechter zal de zaak volgende maand behandelen.",  # 5
    "De staatssecretaris wil niet ingrijpen.",  # 6
    "De supporters gaan zaterdag naar Rotterdam.",  # 7
    "De trainer wil graag bij de club blijven.",  # 8
    "De gemeente besloot vorig jaar de markt te verplaatsen.",  # 9
    "In het westen gaat morgen veel regen vallen.",  # 10
    "De temperaturen zullen deze week sterk variëren.",  # 11
    "De vakbond wil weten hoeveel banen verdwijnen.",  # 12
    "Het Openbaar Ministerie gaat drie agenten uit Utrecht vervolgen voor de dood van een arrestant.",  # 13
    "Het Openbaar Ministerie heeft besloten om drie agenten uit Utrecht te vervolgen.",  # 14
    "Het Openbaar Ministerie heeft besloten om drie agenten uit Utrecht te verhoren.",  # 15
]


@pytest.fixture(scope="module")
def doc(frog) -> Document:
    return analysed(frog, "planned", SENTENCES)


def _mentions(doc: Document, k: int) -> dict[str, tuple[str, str]]:
    a = doc.text.index(SENTENCES[k])
    b = a + len(SENTENCES[k])
    return {doc.text[e.start : e.end]: (e.type, e.factuality) for e in doc.events if a <= e.start < b}


@pytest.mark.parametrize(
    "k, word, expected",
    [
        pytest.param(0, "vervolgen", ("prosecute", "future"), id="gaan-announces-its-infinitive"),
        pytest.param(1, "besloten", ("decide", "asserted"), id="the-decision-stays-asserted"),
        pytest.param(1, "breken", ("other", "future"), id="besluiten-te-infinitive-is-planned"),
        pytest.param(2, "vervolgen", ("prosecute", "future"), id="besluiten-om-te-infinitive-is-planned"),
        pytest.param(3, "aanscherpen", ("other", "future"), id="willen-announces-its-infinitive"),
        pytest.param(4, "herzien", ("other", "future"), id="van-plan-zijn-te-infinitive"),
        pytest.param(5, "behandelen", ("other", "future"), id="zullen-announces-its-infinitive"),
        pytest.param(6, "ingrijpen", None, id="a-negated-wish-is-no-happening"),
        pytest.param(6, "wil", None, id="the-wish-itself-is-none"),
        pytest.param(7, "gaan", None, id="gaan-without-infinitive-makes-nothing"),
        pytest.param(8, "blijven", None, id="a-light-verb-complement-is-none"),
        pytest.param(9, "verplaatsen", ("other", "future"), id="a-past-decision-plans-its-complement"),
        pytest.param(10, "vallen", None, id="a-forecast-with-gaan-is-no-plan"),
        pytest.param(11, "variëren", None, id="a-forecast-with-zullen-is-no-plan"),
        pytest.param(12, "weten", None, id="wanting-to-know-is-no-plan"),
        pytest.param(13, "vervolgen", ("prosecute", "future"), id="object-frog-hangs-as-modifier"),
        pytest.param(14, "vervolgen", ("prosecute", "future"), id="object-frog-hangs-on-om-beside-te"),
        pytest.param(15, "verhoren", ("other", "future"), id="object-frog-hangs-on-om-beside-te-unlisted-verb"),
    ],
)
def test_events_planned_complement(doc: Document, k: int, word: str, expected: tuple[str, str] | None) -> None:
    assert _mentions(doc, k).get(word) == expected, _mentions(doc, k)
