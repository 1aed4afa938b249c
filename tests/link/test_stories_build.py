"""Story building: one developing event over days is one story; the same topic months later is not."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from kroniek.link.stories import StoryParams, build_stories, date_interval
from kroniek.model import Document, Entity, Event, PublishedDate, Story

_spec = importlib.util.spec_from_file_location("seedstore", Path(__file__).parents[1] / "serve" / "seedstore.py")
seedstore = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(seedstore)  # type: ignore[union-attr]

FLOOD = "Het water in de Maas stijgt snel; in Limburg worden dorpen geëvacueerd vanwege overstromingen langs de Maas."
FLOOD_2 = "Evacuaties in Limburg gaan door: de Maas overstroomt dorpen en het water bereikt Venlo en Roermond."
FLOOD_3 = "Na de overstromingen in Limburg keren geëvacueerde bewoners terug; de Maas zakt."
STRIKE = "Treinpersoneel van de NS legt vrijdag het werk neer; reizigers moeten rekening houden met een landelijke staking."


def _doc(doc_id: str, text: str, date: str | None, **kw: object) -> Document:
    pub = PublishedDate(date, "day" if date and len(date) == 10 else "month") if date else None
    return Document(id=doc_id, text=text, source=doc_id, published=pub, **kw)  # type: ignore[arg-type]


def _groups(stories: list[Story]) -> set[frozenset[str]]:
    return {frozenset(s.documents) for s in stories}


def test_stories_seeds_january_together_may_2019_apart(seeds_dir: Path) -> None:
    docs = seedstore.seed_documents(seeds_dir)
    entities, events = seedstore.cross_layers(docs)
    stories = build_stories(docs, events, entities)
    by_month = {d.id: d.published.value[:7] for d in docs}
    assert sorted(sorted({by_month[x] for x in s.documents}) for s in stories) == [["2019-05"], ["2020-01"]]
    jan = next(s for s in stories if len(s.documents) == 4)
    assert jan.first == "2020-01-03" and jan.last == "2020-01-06"  # the attack's day, the letter's day
    assert {e.id for e in events if e.type == "attack"} <= set(jan.events)


@pytest.mark.parametrize(
    ("second", "together"),
    [
        pytest.param(_doc("b", FLOOD_2, "2021-07-15"), True, id="same flood next day"),
        pytest.param(_doc("b", FLOOD_2, "2021-10-14"), False, id="same words three months later"),
        pytest.param(_doc("b", STRIKE, "2021-07-14"), False, id="other topic same day"),
        pytest.param(_doc("b", FLOOD_2, "2021-07"), True, id="month-only date inside the story"),
    ],
)
def test_stories_time_and_topic_decide(second: Document, together: bool) -> None:
    stories = build_stories([_doc("a", FLOOD, "2021-07-14"), second], [], [])
    assert (len(stories) == 1) is together


def test_stories_chain_over_days_but_not_beyond_span() -> None:
    days = [f"2021-07-{d:02d}" for d in (14, 16, 18)]
    docs = [_doc(f"f{i}", t, d) for i, (t, d) in enumerate(zip((FLOOD, FLOOD_2, FLOOD_3), days, strict=True))]
    assert len(build_stories(docs, [], [])) == 1
    short = build_stories(docs, [], [], params=StoryParams(max_span_days=3))
    assert len(short) == 2


def test_stories_shared_event_links_weak_text() -> None:
    # Some words in common, too few to link: the shared happening does (with none in common it
    # does not: test_stories_evidence_a_typed_event_in_texts_sharing_no_words).
    a = _doc("a", "Het kabinet van Rutte is gevallen na ruzie over migratie.", "2023-07-07")
    b = _doc("b", "Rutte biedt ontslag aan bij de koning.", "2023-07-08")
    ev = Event("v-1", "resign", "Kabinet valt", mentions=[("a", 25, 33), ("b", 12, 19)])
    assert len(build_stories([a, b], [], [])) == 2
    assert len(build_stories([a, b], [ev], [])) == 1


def test_stories_incremental_keeps_ids_and_members() -> None:
    first = build_stories([_doc("a", FLOOD, "2021-07-14"), _doc("s", STRIKE, "2021-07-14")], [], [])
    renamed = [Story(id=f"s-kept-{i}", label=s.label, documents=s.documents) for i, s in enumerate(first)]
    later = build_stories(
        [_doc("a", FLOOD, "2021-07-14"), _doc("s", STRIKE, "2021-07-14"), _doc("b", FLOOD_2, "2021-07-15")],
        [], [], previous=renamed,
    )
    assert {s.id for s in later} == {s.id for s in renamed}
    flood = next(s for s in later if "a" in s.documents)
    assert flood.documents == ["a", "b"]


def test_stories_duplicate_follows_original() -> None:
    docs = [_doc("a", FLOOD, "2021-07-14"), _doc("s", STRIKE, "2021-07-14"),
            _doc("c", STRIKE + " Lees meer.", "2021-07-20", duplicate_of="a")]
    assert _groups(build_stories(docs, [], [])) == {frozenset({"a", "c"}), frozenset({"s"})}


def test_stories_label_prefers_titles_and_undated_docs_are_kept() -> None:
    docs = [_doc("a", FLOOD, "2021-07-14", title="Maas treedt buiten haar oevers"),
            _doc("b", FLOOD_2, "2021-07-15"), _doc("u", STRIKE, None)]
    stories = build_stories(docs, [], [])
    flood = next(s for s in stories if "a" in s.documents)
    assert flood.label == "Maas treedt buiten haar oevers"
    undated = next(s for s in stories if "u" in s.documents)
    assert undated.first is None and undated.label.startswith("Treinpersoneel")
    assert build_stories([], [], []) == []


@pytest.mark.parametrize(
    ("value", "days"),
    [
        pytest.param("2020-01-06", 1, id="day"),
        pytest.param("2020-02", 29, id="leap February"),
        pytest.param("2019", 365, id="year"),
        pytest.param("2020-01-06T22:00", 1, id="minute"),
        pytest.param("PAST_REF", None, id="not a date"),
        pytest.param("2020-02-30", None, id="impossible day"),
    ],
)
def test_stories_date_interval(value: str, days: int | None) -> None:
    iv = date_interval(value)
    assert (None if iv is None else iv[1] - iv[0] + 1) == days


@pytest.mark.parametrize(
    ("flag", "together"),
    [
        pytest.param(None, True, id="a-shared-happening-links"),
        pytest.param("bare", False, id="a-shared-trigger-word-alone-does-not"),
        pytest.param("infinitive", False, id="a-shared-infinitive-only-event-does-not"),
    ],
)
def test_stories_a_weak_shared_event_is_no_evidence(flag: str | None, together: bool) -> None:
    """Two unrelated reports the event linker joined on "moord" (no one named, no place) or on
    what some party "wil vertrekken" are two stories; a shared happening still links weak text.
    (Sentences written for this test.)"""
    a = _doc("a", "Een tuinder in Westland is vorige week vermoord; de politie zoekt twee mannen.", "2023-03-01")
    b = _doc("b", "Een filmster praat op televisie over de moord op haar zus; de politie zoekt.", "2023-03-02")
    ev = Event("v-1", "kill", "moord", mentions=[("a", 39, 47), ("b", 40, 45)])
    if flag:
        ev.attributes[flag] = True
    assert (len(build_stories([a, b], [ev], [])) == 1) is together


def _named_event_docs() -> tuple[list[Document], Event]:
    """A club lets its coach go; a party leaves a coalition (written for this test). The event
    linker joined both "vertrekken" into one event naming the coach and the party."""
    a = _doc("a", "De trainer van FC Veendam moet vertrekken na een slecht seizoen.", "2023-04-03")
    b = _doc("b", "De Groene Partij wil uit de coalitie vertrekken na ruzie over de begroting.", "2023-04-04")
    k, m = a.text.index("vertrekken"), b.text.index("vertrekken")
    ev = Event("v-1", "withdraw", "Groene Partij vertrekken", mentions=[("a", k, k + 10), ("b", m, m + 10)],
               participants=[("agent", "e-partij"), ("patient", "e-veendam")])
    return [a, b], ev


@pytest.mark.parametrize(
    ("named_in", "together"),
    [
        pytest.param({"a": ["e-veendam"], "b": ["e-partij"]}, False, id="each-report-names-another-participant"),
        pytest.param({"a": ["e-veendam"], "b": ["e-partij", "e-veendam"]}, True, id="both-name-the-club"),
    ],
)
def test_stories_a_shared_event_needs_a_shared_participant(named_in: dict[str, list[str]], together: bool) -> None:
    """An event naming participants links two reports only when both mention one of them: the
    linker's over-joined "vertrekken" is no story; an event naming nobody still links
    (``test_stories_shared_event_links_weak_text``)."""
    docs, ev = _named_event_docs()
    mentions: dict[str, list[tuple[str, int, int]]] = {}
    for doc_id, ids in named_in.items():
        for eid in ids:
            mentions.setdefault(eid, []).append((doc_id, 0, 2))
    # Towns, so that a shared name alone is no evidence and the event decides.
    entities = [Entity(eid, "LOC", eid[2:], [], ms) for eid, ms in mentions.items()]
    assert (len(build_stories(docs, [ev], entities)) == 1) is together


def test_stories_a_nationality_adjective_names_its_country_for_a_shared_event() -> None:
    """The event names the party's country; one report says "de Groene Partij", the other only
    "de Ierse partij": the adjective stands for the country, so both tell the event with it."""
    docs, ev = _named_event_docs()
    ev.participants = [("agent", "e-ierland")]
    entities = [Entity("e-ierland", "LOC", "Ierland", [], [("a", 0, 2)]),
                Entity("e-ierse", "MISC", "Ierse", [], [("b", 0, 2)], {"nationality-of": "e-ierland"})]
    assert len(build_stories(docs, [ev], entities)) == 1


def test_stories_a_shared_event_needs_no_shared_place() -> None:
    """Reports of one race name its country in one text and its circuit in the other: an event
    naming only a place still links them (its participants decide, not its place)."""
    docs, ev = _named_event_docs()
    ev.participants, ev.where = [], ["e-hongarije"]
    entities = [Entity("e-hongarije", "LOC", "Hongarije", [], [("a", 0, 2)])]
    assert len(build_stories(docs, [ev], entities)) == 1


def test_stories_leading_entities_tie_by_key() -> None:
    """The story's leading entities do not depend on the order the documents' entity sets iterate:
    on a tie the key decides."""
    docs = [_doc("a", FLOOD, "2021-07-14"), _doc("b", FLOOD_2, "2021-07-15")]
    names = ["e-venlo", "e-maas", "e-roermond", "e-limburg"]
    for order in (names, names[::-1]):
        entities = [Entity(e, "ORG", e[2:], [], [("a", 0, 2), ("b", 0, 2)]) for e in order]
        (story,) = build_stories(docs, [], entities)
        assert story.attributes["entities"] == sorted(names)
