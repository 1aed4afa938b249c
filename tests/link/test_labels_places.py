"""Which place a label says "in" (``labels._places``, ``labels._names``): the town before a street
it lies in, a dateline's capitals as the town is written, never the agent, a place the label
already names or a where that is no place (hand-made events and entities, no Frog)."""

from __future__ import annotations

import pytest

from kroniek.link.labels import Names, _names, _places, clause_label
from kroniek.model import Document, Entity, Event, EventMention, Sentence, Token


def _names_of() -> Names:
    return Names.of([
        Entity(id="e-straat", type="LOC", name="Kerkstraat"),
        Entity(id="e-gouda", type="LOC", name="Gouda", attributes={"place": "city"}),
        Entity(id="e-caps", type="LOC", name="GOUDA", attributes={"place": "city"}),
        Entity(id="e-wijk", type="LOC", name="Korte Akkeren"),
        Entity(id="e-vs", type="LOC", name="VS", attributes={"place": "country"}),
    ])


def _event(*where: str) -> Event:
    return Event(id="v-1", type="arrest", label="aangehouden", where=list(where))


def test_labels_places_a_street_comes_after_its_town():
    assert _places(_event("e-straat", "e-gouda"), _names_of(), ()) == ["Gouda", "Kerkstraat"]


def test_labels_places_a_street_alone_stays():
    assert _places(_event("e-straat"), _names_of(), ()) == ["Kerkstraat"]


def test_labels_places_other_places_keep_their_order():
    assert _places(_event("e-wijk", "e-gouda"), _names_of(), ()) == ["Korte Akkeren", "Gouda"]


def test_labels_places_a_datelines_capitals_are_written_as_the_town():
    assert _places(_event("e-caps"), _names_of(), ()) == ["Gouda"]
    assert _places(_event("e-vs"), _names_of(), ()) == ["VS"]  # an abbreviation stays


def test_labels_places_never_the_agent_again():
    assert _places(_event("e-gouda", "e-straat"), _names_of(), ("Gouda", None)) == ["Kerkstraat"]


def test_labels_a_place_the_label_says_is_not_said_again():
    assert _names("aanrijding op kruising van Kerkstraat", "Kerkstraat")
    assert _names("brand in pand aan de kerkstraat", "Kerkstraat")
    assert not _names("aanrijding op Kerkstraatje", "Kerkstraat")


@pytest.mark.parametrize(
    ("entity", "said"),
    [
        pytest.param(Entity(id="e-x", type="MISC", name="Instagram"), [], id="a-platform-is-no-place"),
        pytest.param(Entity(id="e-x", type="ORG", name="Heracles Almelo"), ["Heracles Almelo"],
                     id="an-organisation-is-where-it-happened-at"),
        pytest.param(Entity(id="e-x", type="PER", name="Anton Verweij"), [], id="nor-a-person"),
        pytest.param(Entity(id="e-x", type="ORG", name="Groningen"), ["Groningen"],
                     id="a-town-the-gazetteer-knows-typed-otherwise-is"),
        pytest.param(Entity(id="e-x", type="ORG", name="OOSTKAPELLE"), ["OOSTKAPELLE"], id="so-is-a-capitals-dateline"),
        pytest.param(Entity(id="e-x", type="PER", name="Dorpsstraat"), ["Dorpsstraat"], id="and-a-street"),
        pytest.param(Entity(id="e-x", type="LOC", name="Onderdendam"), ["Onderdendam"], id="a-place-by-type-stays"),
    ],
)
def test_labels_places_a_where_that_is_no_place(entity: Entity, said: list[str]) -> None:
    assert _places(_event("e-x"), Names.of([entity]), ()) == said


@pytest.mark.parametrize(
    ("where", "label"),
    [
        pytest.param(Entity(id="e-w", type="ORG", name="Heracles Almelo"), "Jansen tekende bij Heracles Almelo",
                     id="an-organisation-is-said-with-bij"),
        pytest.param(Entity(id="e-w", type="ORG", name="Groningen"), "Jansen tekende in Groningen",
                     id="a-town-typed-an-organisation-with-in"),
        pytest.param(Entity(id="e-w", type="MISC", name="Instagram"), "Jansen tekende", id="a-platform-not-at-all"),
        pytest.param(Entity(id="e-w", type="ORG", name="Provinciale Staten"), "Jansen tekende in Provinciale Staten",
                     id="an-assembly-with-in"),
        pytest.param(Entity(id="e-w", type="ORG", name="Lagerhuis"), "Jansen tekende in Lagerhuis", id="a-house-with-in"),
    ],
)
def test_labels_places_said_in_the_label(where: Entity, label: str) -> None:
    """ "Jansen tekende" with the event's where as given (a hand-made parse)."""
    text = "Jansen tekende"
    doc = Document("d", text, "d", sentences=[Sentence(0, len(text), 0, 2)],
                   tokens=[Token(0, 6, "Jansen", "SPEC(deeleigen)", head=1, deprel="su"),
                           Token(7, 14, "tekenen", "WW(pv,verl,ev)", head=-1, deprel="ROOT")])
    doc.events.append(EventMention(7, 14, "appoint", "tekenen", factuality="asserted", arguments=(("agent", 0, 6),)))
    jansen = Entity("e-j", "PER", "Jansen", mentions=[("d", 0, 6)])
    ev = Event("v", "appoint", "v", mentions=[("d", 7, 14)], factuality="asserted", where=["e-w"])
    assert clause_label(ev, {"d": doc}, Names.of([jansen, where])) == label
