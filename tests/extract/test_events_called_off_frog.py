"""A cancellation is a happening of type ``suspend`` however it is told: a cancel verb ("afgeblazen",
"afgelast"), "gaat niet door" (asserted: the cancellation happened, the negation is its content) and
"een streep door" a plan, and a plan that "is van de baan" (not a rider who leaves the road). Real Frog for the sentences (written for these tests)."""

from __future__ import annotations

import pytest
from frog_sentences import analysed, mentions_in

from kroniek.link.events.words import families_match, family_of
from kroniek.model import Document

SENTENCES = [
    "De fusie tussen de twee staalbedrijven gaat niet door.",  # 0
    "Het staalconcern heeft een streep gezet door de geplande fusie.",  # 1
    "Het concert van zaterdag in Utrecht is afgelast.",  # 2
    "Volgende week gaat de wedstrijd niet door.",  # 3
    "De fusie is afgeblazen na bezwaren van de Europese Commissie.",  # 4
    "De staking gaat gewoon door, zegt de vakbond.",  # 5
    "Het bedrijf zette een streep onder de verkoop van vorig jaar.",  # 6
    "Het voorstel om de haven uit te breiden, is van de baan.",  # 7
    "Na het oordeel van de toezichthouder is de overname van de bank van de baan.",  # 8
    "De coureur raakte in de eerste ronde van de baan.",  # 9
]


@pytest.fixture(scope="module")
def doc(frog) -> Document:
    return analysed(frog, "called-off", SENTENCES)


def _events(doc: Document, k: int) -> dict[str, tuple[str, str, str]]:
    return {doc.text[e.start:e.end]: (e.type, e.lemma, e.factuality) for e in mentions_in(doc, SENTENCES[k])}


@pytest.mark.frog
@pytest.mark.slow
@pytest.mark.parametrize(
    "k, word, expected",
    [
        pytest.param(0, "gaat", ("suspend", "niet doorgaan", "asserted"), id="a-merger-that-does-not-go-ahead"),
        pytest.param(1, "gezet", ("suspend", "streep door", "asserted"), id="a-line-through-a-plan"),
        pytest.param(2, "afgelast", ("suspend", "afgelasten", "asserted"), id="a-concert-called-off"),
        pytest.param(3, "gaat", ("suspend", "niet doorgaan", "asserted"), id="niet-hung-under-the-subject"),
        pytest.param(4, "afgeblazen", ("suspend", "afblazen", "asserted"), id="a-merger-called-off"),
        pytest.param(5, "gaat", None, id="going-ahead-is-no-cancellation"),
        pytest.param(6, "zette", None, id="a-line-under-is-no-cancellation"),
        pytest.param(7, "van de baan", ("suspend", "van de baan", "asserted"), id="a-proposal-off-the-table"),
        pytest.param(8, "van de baan", ("suspend", "van de baan", "asserted"), id="a-takeover-off-the-table"),
        pytest.param(9, "van de baan", None, id="a-rider-off-the-road-is-no-cancellation"),
    ],
)
def test_events_called_off_frog(doc: Document, k: int, word: str, expected: tuple[str, str, str] | None) -> None:
    found = _events(doc, k).get(word)
    if expected is None:  # no cancellation (an unlisted past verb may still be an "other" event)
        assert found is None or found[0] != "suspend", found
    else:
        assert found == expected, _events(doc, k)


@pytest.mark.parametrize(
    "a, b, match",
    [
        pytest.param("niet doorgaan", "afblazen", True, id="does-not-go-ahead-and-called-off"),
        pytest.param("streep door", "afgelasten", True, id="a-line-through-and-called-off"),
        pytest.param("van de baan", "afblazen", True, id="off-the-table-and-called-off"),
        pytest.param("niet doorgaan", "overnemen", False, id="called-off-is-no-takeover"),
    ],
)
def test_events_called_off_family(a: str, b: str, match: bool) -> None:
    assert families_match(family_of(a), family_of(b)) is match
