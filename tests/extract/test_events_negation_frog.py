"""A negated event is never shown as having happened: "niet"/"geen"/"nooit" negate the event of
their own clause wherever Frog hangs them in it (under the subject, as "predm", with no relation on
the finite auxiliary of a subordinate clause, "geen" on the subject or object the clause denies,
"niemand" as subject), and never an event of another clause.
Real Frog for the sentences (written for these tests, of the shape of real news reports)."""

from __future__ import annotations

import pytest
from frog_sentences import analysed, mention_of

from kroniek.extract.events import EventExtractor
from kroniek.model import Document

SENTENCES = [
    "Het centrum bevestigt dat dinsdag een cliënt niet is teruggekomen.",  # 0
    "De kliniek erkent dat vorige week een gevangene niet is teruggekeerd.",  # 1
    "De politie meldt dat de verdachte gisteren niet is gearresteerd.",  # 2
    "Het ministerie bevestigt dat de man niet is vrijgelaten.",  # 3
    "De verdachte heeft de bank niet overvallen.",  # 4
    "De dader heeft het slachtoffer niet gedood.",  # 5
    "De man die niet was teruggekeerd, is gisteren opgepakt.",  # 6
    "De politie zegt dat de demonstranten niet werden gearresteerd.",  # 7
    "Niet de minister maar de staatssecretaris is afgetreden.",  # 8
    "Hij zei niet te weten dat de man was ontsnapt.",  # 9
    "De burgemeester zei niet dat de man was gearresteerd.",  # 10
    "De agent werd niet ontslagen en de commandant trad af.",  # 11
    "Dat er iemand niet was teruggekeerd uit de kliniek werd niet aan de gemeente doorgegeven.",  # 12
    "De man is gisteren gearresteerd.",  # 13
    "Het vliegtuig is nooit neergestort.",  # 14
    "De politie heeft geen verdachten aangehouden.",  # 15
    "Er zijn bij het ongeluk geen doden gevallen.",  # 16
    "Niemand is bij de schietpartij gedood.",  # 17
    "De man die geen rijbewijs had, is aangehouden.",  # 18
    "De politie heeft twee verdachten aangehouden.",  # 19
]


@pytest.fixture(scope="module")
def doc(frog) -> Document:
    return analysed(frog, "negation", SENTENCES, extractor=EventExtractor(other=True))


def _factuality(doc: Document, k: int, word: str) -> str | None:
    em = mention_of(doc, SENTENCES[k], word)
    return em.factuality if em else None


@pytest.mark.frog
@pytest.mark.slow
@pytest.mark.parametrize(
    "k, word, expected",
    [
        pytest.param(0, "teruggekomen", "negated", id="niet-under-the-subject-of-a-subordinate-perfect"),
        pytest.param(1, "teruggekeerd", "negated", id="niet-under-an-indefinite-subject-after-a-time"),
        pytest.param(2, "gearresteerd", "negated", id="niet-under-a-nominalised-participle-subject"),
        pytest.param(3, "vrijgelaten", "negated", id="niet-under-the-subject-of-a-reported-perfect"),
        pytest.param(4, "overvallen", "negated", id="niet-as-predm-of-a-main-clause-perfect"),
        pytest.param(5, "gedood", "negated", id="niet-as-mod-of-the-participle-was-always-seen"),
        pytest.param(6, "teruggekeerd", "negated", id="niet-with-no-relation-on-the-auxiliary-of-a-relative-clause"),
        pytest.param(7, "gearresteerd", "negated", id="niet-as-predm-of-a-passive-auxiliary-in-a-subordinate-clause"),
        pytest.param(8, "afgetreden", "asserted", id="niet-before-the-subject-negates-the-subject-only"),
        pytest.param(9, "ontsnapt", "asserted", id="a-negated-saying-does-not-negate-the-escape-below"),
        pytest.param(10, "gearresteerd", "asserted", id="a-negated-reporting-verb-leaves-its-complement"),
        pytest.param(11, "trad", "asserted", id="a-negated-conjunct-leaves-the-other-conjunct"),
        pytest.param(11, "ontslagen", "negated", id="the-negated-passive-conjunct"),
        pytest.param(12, "teruggekeerd", "negated", id="niet-under-the-subject-of-a-subject-clause"),
        pytest.param(13, "gearresteerd", "asserted", id="no-negator-no-negation"),
        pytest.param(14, "neergestort", "negated", id="nooit-negates-a-perfect"),
        pytest.param(15, "aangehouden", "negated", id="geen-on-the-object-denies-the-arrest-even-parsed-as-su-of-it"),
        pytest.param(16, "gevallen", "negated", id="geen-on-the-subject-of-an-unaccusative"),
        pytest.param(17, "gedood", "negated", id="niemand-as-subject"),
        pytest.param(18, "aangehouden", "asserted", id="geen-in-a-relative-clause-on-the-subject-leaves-the-arrest"),
        pytest.param(19, "aangehouden", "asserted", id="a-counted-object-is-no-negation"),
    ],
)
def test_events_negation_where_frog_hangs_it(doc: Document, k: int, word: str, expected: str) -> None:
    assert _factuality(doc, k, word) == expected, [(doc.text[e.start:e.end], e.factuality) for e in doc.events]
