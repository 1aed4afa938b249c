"""What counts as evidence that two reports tell one story, on sentences written for these tests:
a shared town, the home country, a name known by two spellings with no word in common, an untyped
event, a typed event told in texts sharing no words are no evidence on their own; a running
story's own names count even when they are frequent in a small collection (a week of news)."""

from __future__ import annotations

import pytest

from kroniek.link.stories import build_stories
from kroniek.model import Document, Entity, Event, PublishedDate


def _doc(doc_id: str, text: str, day: str = "2019-08-07") -> Document:
    return Document(id=doc_id, text=text, source=doc_id, published=PublishedDate(day, "day"))


def _entity(eid: str, typ: str, name: str, docs: list[Document], words: list[str] | None = None,
            **attributes: str) -> Entity:
    """An entity mentioned in each document where its words (default: its name) stand."""
    mentions = []
    for d, w in zip(docs, words or [name] * len(docs), strict=True):
        k = d.text.index(w)
        mentions.append((d.id, k, k + len(w)))
    return Entity(eid, typ, name, mentions=mentions, attributes=dict(attributes))


FIRE = _doc("c", "In Wijchen brandde dinsdag een stuk heide af; de brandweer kreeg het vuur snel in bedwang.")
CHESS = _doc("d", "Op de markt van Wijchen speelden kinderen zaterdag een schaaktoernooi met grote stukken.")


@pytest.mark.parametrize(
    ("docs", "entity"),
    [
        pytest.param([FIRE, CHESS], lambda ds: _entity("e-wijchen", "LOC", "Wijchen", ds),
                     id="a-town-shared-alone-is-no-story"),
    ],
)
def test_stories_evidence_a_town_is_not_what(docs, entity) -> None:
    stories = build_stories(docs, [], [entity(docs)])
    assert len(stories) == 2


def test_stories_evidence_a_person_and_the_place_are_one_story() -> None:
    """The control: the same two texts sharing a person besides the place are one story."""
    fire = _doc("c", "In Wijchen blust vrijwilliger Jan Smit dinsdag een heidebrand met de brandweer.")
    chess = _doc("d", "Op de markt van Wijchen wint Jan Smit zaterdag het schaaktoernooi met grote stukken.")
    docs = [fire, chess]
    entities = [_entity("e-wijchen", "LOC", "Wijchen", docs), _entity("e-smit", "PER", "Jan Smit", docs)]
    assert len(build_stories(docs, [], entities)) == 1


def test_stories_evidence_one_name_two_spellings_no_words_shared() -> None:
    """A name the linker joined across spellings, with no other word in common, is no story."""
    hospital = _doc("a", "De Queen opende maandag een ziekenhuis voor kinderen in Londen.")
    church = _doc("b", "Koningin Elizabeth ging zondag met haar zoon naar de kerk bij Balmoral.")
    docs = [hospital, church]
    queen = _entity("e-queen", "PER", "Elizabeth II", docs, ["Queen", "Koningin Elizabeth"])
    assert len(build_stories(docs, [], [queen])) == 2


# Two reports sharing a few words (a passenger, a door) and an event the linker joined.
PLANE = _doc("a", "Agenten zetten een passagier uit het vliegtuig naar Faro na ruzie met de bemanning.")
SHOP = _doc("b", "Een winkelier zette een passagier van de bus uit zijn zaak na een diefstal van snoep.")


@pytest.mark.parametrize(
    ("typ", "together"),
    [
        pytest.param("other", False, id="an-untyped-verb-shared-is-no-story"),
        pytest.param("arrest", True, id="a-typed-happening-shared-is"),
    ],
)
def test_stories_evidence_typed_events_only(typ: str, together: bool) -> None:
    k1, k2 = PLANE.text.index("zetten"), SHOP.text.index("zette")
    ev = Event("v-1", typ, "gezet", mentions=[("a", k1, k1 + 6), ("b", k2, k2 + 5)])
    assert (len(build_stories([PLANE, SHOP], [ev], [])) == 1) is together


CHAIN = ["ploeg", "rouw", "etappe", "vriendin", "onderzoek", "start", "bloemen", "wedstrijd", "stilte", "eerbetoon", "helm"]


def test_stories_evidence_frequent_names_of_a_running_story_count() -> None:
    """Three hundred reports of a week, ten of them one story: its names are in more than 2 % of
    the documents, too frequent to find candidates with, yet they are most of what its reports
    share (each shares one rarer word with the next)."""
    story = [_doc(f"s{k}", f"Wielrenner Bjorg Lambrecht is overleden na zijn val in Polen. "
                  f"De {CHAIN[k]} en de {CHAIN[k + 1]} voor Lambrecht.", f"2019-08-{5 + k // 4:02d}")
             for k in range(10)]
    filler = [_doc(f"f{k}", f"Bericht{k} over onderwerp{k} en zaak{k} met woord{k} bij plaats{k}.",
                   f"2019-08-{5 + k % 5:02d}") for k in range(290)]
    stories = build_stories(story + filler, [], [])
    assert max(len(s.documents) for s in stories) == 10


ARMY = _doc("a", "In Soedan heeft het leger maandag een sit-in van demonstranten met geweld beëindigd.")
TALKS = _doc("b", "De oppositie in Soedan stopt dinsdag alle gesprekken met de militaire raad.")


@pytest.mark.parametrize(
    ("place", "together"),
    [
        pytest.param("country", True, id="a-country-two-reports-are-about-counts"),
        pytest.param("city", False, id="the-same-name-as-a-town-alone-does-not"),
    ],
)
def test_stories_evidence_a_country_counts(place: str, together: bool) -> None:
    sudan = _entity("e-sd", "LOC", "Soedan", [ARMY, TALKS], place=place)
    assert (len(build_stories([ARMY, TALKS], [], [sudan])) == 1) is together


@pytest.mark.parametrize(
    ("name", "attributes", "together"),
    [
        pytest.param("Nederland", {"place": "country", "country": "NL"}, False,
                     id="the-home-country-shared-alone-is-no-story"),
        pytest.param("Nederlandse", {"nationality": "NL"}, False, id="nor-its-adjective"),
        pytest.param("Noorwegen", {"place": "country", "country": "NO"}, True,
                     id="a-foreign-country-two-reports-are-about-counts"),
    ],
)
def test_stories_evidence_the_home_country_says_where(name: str, attributes: dict[str, str], together: bool) -> None:
    typ = "MISC" if "nationality" in attributes else "LOC"
    care = _doc("a", f"De inspectie keurde maandag veertig verpleeghuizen in {name} na klachten over personeel.")
    wreck = _doc("b", f"Duikers vonden dinsdag bij een eiland het wrak van een onderzeeboot uit {name}.")
    country = _entity("e-c", typ, name, [care, wreck], **attributes)
    assert (len(build_stories([care, wreck], [], [country])) == 1) is together


def test_stories_evidence_a_typed_event_in_texts_sharing_no_words() -> None:
    """A death the event linker joined across a sports report and a theatre report, whose texts
    share no word: two stories (a typed event shared by texts with words in common is one story:
    ``test_stories_evidence_typed_events_only``)."""
    pitcher = _doc("a", "Oud-honkballer Piet Verhoef is zondag op 71-jarige leeftijd overleden.")
    musical = _doc("b", "Musical trok binnen drie maanden miljoen bezoekers, nadat een acteur stierf.")
    k1, k2 = pitcher.text.index("overleden"), musical.text.index("stierf")
    ev = Event("v-1", "kill", "overleden", mentions=[("a", k1, k1 + 9), ("b", k2, k2 + 6)])
    assert len(build_stories([pitcher, musical], [ev], [])) == 2
