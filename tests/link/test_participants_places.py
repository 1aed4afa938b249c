"""A place's people, nationality nouns and streets as event participants (sentences written for
these tests): "Tilburger" names people of Tilburg, no person; a square is where, not who."""

from __future__ import annotations

import re

import pytest

from kroniek.gazetteer import street_head
from kroniek.link import participants
from kroniek.link.entities import EntityLinker
from kroniek.link.entities.mention import inhabitants_of
from kroniek.link.geo import resolve_demonym
from kroniek.model import Document, Entity, Event, Mention


@pytest.mark.parametrize(
    ("word", "want"),
    [
        ("Tilburger", ("Tilburg", "NL")),
        ("Rotterdammers", ("Rotterdam", "NL")),
        ("Groningers", ("Groningen", "NL")),
        ("Delftenaren", ("Delft", "NL")),
        ("Leidenaar", ("Leiden", "NL")),
        ("Kamer", None),
        ("Koster", None),
        ("Peters", None),
        ("Visser", None),
        ("Belg", ("België", "BE")),
        ("Duitser", ("Duitsland", "DE")),
        ("Nederland", None),
        ("Fran", None),
        ("Embraer", None),
        ("Limburgers", ("Limburg", "NL")),  # the province's people, not Limburg an der Lahn's
        ("Limburger", ("Limburg", "NL")),
        ("Zeeuwen", ("Zeeland", "NL")),  # province people not made with -er/-enaar
        ("Friezen", ("Friesland", "NL")),
        ("Brabanders", ("Noord-Brabant", "NL")),
        ("Vlamingen", ("Vlaanderen", "BE")),
        ("Brusselaar", ("Brussel", "BE")),
        ("Zeeuw", None),  # a surname too ("De Zeeuw"): only the plural is read
    ],
)
def test_inhabitants_of(word, want):
    assert inhabitants_of(word) == want


def test_a_belgian_is_no_adjective():
    assert resolve_demonym("Belg") is None  # one person: not read as the country in a label


@pytest.mark.parametrize(
    ("name", "weak", "want"),
    [("Anne Frankplein", False, True), ("Keizersgracht", False, True), ("Verlaan", False, False),
     ("Stationsweg", False, False), ("Stationsweg", True, True), ("Pieter Jansen", True, False)],
)
def test_street_head(name, weak, want):
    assert street_head(name, weak=weak) is want


def _doc(doc_id: str, text: str, names: list[tuple[str, str]]) -> Document:
    mentions = []
    for name, typ in names:
        m = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text)
        assert m is not None
        mentions.append(Mention(m.start(), m.end(), typ, source="test"))
    return Document(id=doc_id, text=text, source=doc_id, mentions=sorted(mentions, key=lambda x: x.start))


def test_a_places_people_is_a_group_tied_to_the_place():
    docs = [
        _doc("d0", "In Tilburg is zondag een Tilburger aangehouden na een vechtpartij.",
             [("Tilburg", "LOC"), ("Tilburger", "PER")]),
        _doc("d1", "De Tilburger zit nog vast, meldt de politie.", [("Tilburger", "PER")]),
    ]
    linker = EntityLinker()
    for d in docs:
        linker.add(d)
    ents = {e.name: e for e in linker.entities()}
    group, town = ents["Tilburger"], ents["Tilburg"]
    assert group.type != "PER"
    assert group.attributes.get("inhabitants-of") == "Tilburg"
    assert group.attributes.get("nationality-of") == town.id
    assert "nationality" not in group.attributes  # not the Dutch as a whole
    assert group.attributes.get("one-of-place") is True


def test_a_places_people_in_the_plural_is_no_single_person():
    docs = [_doc("d0", "De Delftenaren in Delft kregen een brief.", [("Delftenaren", "MISC"), ("Delft", "LOC")])]
    linker = EntityLinker()
    linker.add(docs[0])
    group = next(e for e in linker.entities() if e.name == "Delftenaren")
    assert group.attributes.get("inhabitants-of") == "Delft" and "one-of-place" not in group.attributes


def test_participants_a_places_people_becomes_the_place_or_goes():
    town = Entity("e-town", "LOC", "Tilburg", attributes={"place": "city", "country": "NL"})
    known = Entity("e-tb", "MISC", "Tilburgers", attributes={"inhabitants-of": "Tilburg", "nationality-of": "e-town"})
    unknown = Entity("e-lb", "MISC", "Limburgers", attributes={"inhabitants-of": "Limburg"})
    ev1 = Event("v1", "decide", "Tilburgers besloten", participants=[("agent", "e-tb")])
    ev2 = Event("v2", "decide", "Limburgers besloten", participants=[("agent", "e-lb")])
    one = Entity("e-one", "MISC", "Tilburger",
                 attributes={"inhabitants-of": "Tilburg", "nationality-of": "e-town", "one-of-place": True})
    man = Entity("e-man", "PER", "Kees de Vries")
    ev3 = Event("v3", "arrest", "Tilburger aangehouden", participants=[("patient", "e-one"), ("agent", "e-man")])
    participants.resolve([ev1, ev2, ev3], [town, known, unknown, one, man])
    assert ev1.participants == [("agent", "e-town")]
    assert ev2.participants == []
    assert ev3.participants == [("agent", "e-man")]  # an unnamed person of Tilburg, not Tilburg


def test_participants_a_square_is_where_not_who():
    square = Entity("e-sq", "LOC", "Jan Steenplein")
    man = Entity("e-man", "PER", "Kees de Vries")
    ev = Event("v1", "attack", "Jan Steenplein mishandeld",
               participants=[("patient", "e-sq"), ("patient", "e-man")])
    participants.resolve([ev], [square, man])
    assert ev.participants == [("patient", "e-man")]
    assert ev.where == ["e-sq"]
