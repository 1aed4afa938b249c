"""Cross-document event linking on hand-built documents (real Dutch sentences, arguments placed by hand)."""

from __future__ import annotations

import pytest

from kroniek.link.events import (
    LinkWeights,
    casualties,
    link_events,
    pair_score,
    read_mentions,
    time_relation,
)
from kroniek.link.events.mentions import NAME_KEY
from kroniek.link.events.name_table import title_names
from kroniek.model import Document, EventMention, Mention, PublishedDate, Sentence, Token

# What the entity linker would say of each name mention (doc id, start, end) -> entity id.
_ENTITIES: dict[tuple[str, int, int], str] = {}


def _doc(doc_id: str, text: str, events: list[tuple[str, str, str, dict[str, str], str | None]],
         names: dict[str, str]) -> Document:
    """A one-sentence document; events are (trigger, type, lemma, {role: phrase}, when)."""
    doc = Document(id=doc_id, text=text, source=doc_id, title=doc_id)
    doc.sentences = [Sentence(0, len(text), 0, 0)]
    for name, eid in names.items():
        k = text.index(name)
        doc.mentions.append(Mention(k, k + len(name), "PER"))
        _ENTITIES[(doc_id, k, k + len(name))] = eid
    for trigger, typ, lemma, roles, when in events:
        k = text.index(trigger)
        args = tuple((r, text.index(p), text.index(p) + len(p)) for r, p in roles.items())
        doc.events.append(EventMention(k, k + len(trigger), typ, lemma, when=when, arguments=args))
    return doc


def _entity_of(docs: list[Document]):
    index = {(d.id, m.start, m.end): _ENTITIES[(d.id, m.start, m.end)] for d in docs for m in d.mentions}
    return lambda doc_id, s, e: index.get((doc_id, s, e))


@pytest.fixture()
def strike_docs() -> list[Document]:
    """One strike told four ways, a later counter-attack and an unrelated vote."""
    a = _doc("d-a", "Bijleveld heeft begrip voor de Amerikaanse liquidatie van de Iraanse generaal Qassem Soleimani.",
             [("liquidatie", "kill", "liquidatie",
               {"agent": "Amerikaanse", "patient": "de Iraanse generaal Qassem Soleimani"}, None)],
             {"Qassem Soleimani": "e-qs", "Amerikaanse": "e-us"})
    b = _doc("d-b", "Soleimani werd op 3 januari gedood bij een Amerikaanse droneaanval.",
             [("gedood", "kill", "doden", {"patient": "Soleimani", "instrument": "een Amerikaanse droneaanval"},
               "2020-01-03"),
              ("droneaanval", "attack", "droneaanval", {"agent": "Amerikaanse"}, None)],
             {"Soleimani": "e-qs", "Amerikaanse": "e-us"})
    c = _doc("d-c", "Generaal Soleimani is bij een raketaanval op 3 januari om het leven gebracht.",
             [("gebracht", "kill", "om het leven brengen", {"patient": "Generaal Soleimani",
                                                             "instrument": "een raketaanval"}, "2020-01-03"),
              ("raketaanval", "attack", "raketaanval", {}, "2020-01-03")],
             {"Soleimani": "e-qs"})
    d = _doc("d-d", "Iran voerde op 8 januari een raketaanval uit op een Amerikaanse basis in Irak.",
             [("raketaanval", "attack", "raketaanval", {"agent": "Iran", "patient": "een Amerikaanse basis"},
               "2020-01-08")],
             {"Iran": "e-ir", "Amerikaanse": "e-us"})
    e = _doc("d-e", "De Tweede Kamer heeft de motie aangenomen.",
             [("aangenomen", "decide", "aannemen", {"patient": "de motie"}, None)], {})
    return [a, b, c, d, e]


def test_link_events_one_strike_across_sources(strike_docs):
    events = link_events(strike_docs, _entity_of(strike_docs))
    by_mention = {m: ev for ev in events for m in ev.mentions}
    text = {d.id: d.text for d in strike_docs}
    strike = by_mention[("d-a", text["d-a"].index("liquidatie"), text["d-a"].index("liquidatie") + 10)]
    words = sorted(text[d][s:t] for d, s, t in strike.mentions)
    assert words == ["droneaanval", "gebracht", "gedood", "liquidatie", "raketaanval"]
    assert strike.when == {"value": "2020-01-03", "granularity": "day"}
    assert ("patient", "e-qs") in strike.participants
    assert strike.id.startswith("v-")


def test_link_events_keeps_apart_other_events(strike_docs):
    events = link_events(strike_docs, _entity_of(strike_docs))
    docs_of = [{m[0] for m in ev.mentions} for ev in events]
    assert {"d-d"} in docs_of, "a later attack by the other side is another event"
    assert {"d-e"} in docs_of, "a parliamentary vote is another event"
    assert len(events) == 3


def test_link_events_flags_disagreement_on_weapon(strike_docs):
    events = link_events(strike_docs, _entity_of(strike_docs))
    strike = max(events, key=lambda e: len(e.mentions))
    assert strike.attributes.get("flagged") is True
    manner = [d for d in strike.attributes["disagreements"] if d["aspect"] == "manner"]
    assert manner and {r["value"] for r in manner[0]["readings"]} == {"drone", "raket"}
    assert {s for r in manner[0]["readings"] for s in r["sources"]} == {"d-b", "d-c"}


def test_link_events_ids_are_deterministic(strike_docs):
    one = [e.id for e in link_events(strike_docs, _entity_of(strike_docs))]
    two = [e.id for e in link_events(list(strike_docs), _entity_of(strike_docs))]
    assert one == two


def test_link_events_flags_conflicting_dates():
    docs = [
        _doc("d-1", "De generaal werd op 3 januari gedood.", [("gedood", "kill", "doden",
             {"patient": "De generaal"}, "2020-01-03")], {"De generaal": "e-g"}),
        _doc("d-2", "De generaal werd op 2 januari gedood.", [("gedood", "kill", "doden",
             {"patient": "De generaal"}, "2020-01-02")], {"De generaal": "e-g"}),
    ]
    events = link_events(docs, _entity_of(docs), weights=LinkWeights(time_conflict=0.0))
    assert len(events) == 1
    when = [d for d in events[0].attributes["disagreements"] if d["aspect"] == "when"]
    assert [r["value"] for r in when[0]["readings"]] == ["2020-01-02", "2020-01-03"]


@pytest.mark.parametrize(
    "a, b, expected",
    [
        pytest.param("2020-01-03", "2020-01-03", 1, id="same-day-agrees"),
        pytest.param("2020-01", "2020-01-03", 0, id="month-contains-day"),
        pytest.param("2020-01-03", "2020-01-08", -1, id="different-days-conflict"),
        pytest.param("PAST_REF", "2020-01-03", 0, id="vague-value-says-nothing"),
        pytest.param(None, "2020-01-03", 0, id="unknown-says-nothing"),
        pytest.param("XXXX-WXX-7", "2020-01-05", 1, id="bare-sunday-agrees-with-a-sunday"),
        pytest.param("2020-01-06", "XXXX-WXX-7", -1, id="bare-sunday-conflicts-with-a-monday"),
        pytest.param("XXXX-WXX-4TNI", "2020-01-03", 1, id="night-thursday-to-friday-agrees-with-friday"),
        pytest.param("XXXX-WXX-4TNI", "2020-01-02", 1, id="night-thursday-to-friday-agrees-with-thursday"),
        pytest.param("XXXX-WXX-4TNI", "2020-01-04", -1, id="night-thursday-to-friday-conflicts-with-saturday"),
        pytest.param("2020-01-02TNI", "2020-01-03", 1, id="resolved-night-reaches-into-next-day"),
        pytest.param("2020-01-02TNI", "2020-01-05", -1, id="resolved-night-is-not-sunday"),
        pytest.param("XXXX-WXX-2", "XXXX-WXX-5", -1, id="two-different-weekdays-conflict"),
        pytest.param("XXXX-WXX-2", "2020-01", 0, id="weekday-against-month-says-nothing"),
        pytest.param("2019-06-19T23:20", "2019-06-19TEV", 1, id="twenty-past-eleven-is-that-evening"),
        pytest.param("2019-06-19TMO", "2019-06-19T09:30", 1, id="half-past-nine-is-that-morning"),
        pytest.param("2019-06-19T09:30", "2019-06-19TEV", -1, id="half-past-nine-is-not-the-evening"),
        pytest.param("2019-06-19T20:00", "2019-06-20TEV", -1, id="evening-of-another-day-conflicts"),
        pytest.param("2019-06-19TAF", "2019-06-19T14:00", 1, id="two-oclock-is-the-afternoon"),
        pytest.param("2019-06-19T04:30", "2019-06-19TMO", 0, id="half-past-four-may-be-vanochtend"),
        pytest.param("2019-06-19TEV", "2019-06-19T16:30", 0, id="half-past-four-pm-next-to-the-evening"),
        pytest.param("2019-06-19T02:00", "2019-06-19TMO", -1, id="two-at-night-is-not-the-morning"),
        pytest.param("2019-06-22TAF", "2019-06-22TEV", 0, id="afternoon-and-evening-of-one-day-say-nothing"),
        pytest.param("2019-06-22TMO", "2019-06-22TAF", 0, id="morning-and-afternoon-of-one-day-say-nothing"),
        pytest.param("2019-06-22TDT", "2019-06-22TMO", 0, id="daytime-holds-the-morning"),
        pytest.param("2019-06-22TMO", "2019-06-22TEV", -1, id="morning-and-evening-of-one-day-conflict"),
        pytest.param("2019-06-22TAF", "2019-06-23TEV", -1, id="afternoon-and-next-evening-conflict"),
        pytest.param("2019-06-22TAF", "2019-06-22TAF", 1, id="same-part-of-day-agrees"),
        pytest.param("2019-06-11T03:50", "2019-06-11TMO", 0, id="ten-to-four-may-be-dinsdagochtend"),
        pytest.param("2019-06-11TMO", "2019-06-11T03:00", 0, id="three-oclock-may-be-the-morning"),
        pytest.param("2019-06-11T03:50", "2019-06-12TMO", -1, id="ten-to-four-is-not-the-next-morning"),
        pytest.param("2019-06-11T03:50", "2019-06-11TEV", -1, id="ten-to-four-is-not-the-evening"),
        pytest.param("2019-07-05", "2019-07-05TMO", 1, id="friday-a-week-later-agrees-with-that-morning"),
        pytest.param("2019-07-05T09:00", "2019-07-05", 1, id="a-clock-time-agrees-with-its-day"),
        pytest.param("2019-07-05", "2019-07-04TEV", -1, id="a-day-conflicts-with-the-evening-before"),
        pytest.param("2019-07", "2019-07-05TMO", 0, id="month-still-only-contains-a-morning"),
    ],
)
def test_link_events_time_relation(a, b, expected):
    assert time_relation(a, b) == expected


def test_link_events_flags_disagreement_on_casualties():
    docs = [
        _doc("d-x", "Bij een bomaanslag op een markt in Kaboel vielen gisteren zeker twaalf doden en 30 gewonden.",
             [("bomaanslag", "attack", "bomaanslag", {"patient": "een markt in Kaboel"}, "2021-06-01")],
             {"Kaboel": "e-kb"}),
        _doc("d-y", "De bomaanslag op een markt in Kaboel heeft 15 doden en 30 gewonden geëist.",
             [("bomaanslag", "attack", "bomaanslag", {"patient": "een markt in Kaboel"}, "2021-06-01")],
             {"Kaboel": "e-kb"}),
    ]
    for d in docs:
        d.published = PublishedDate("2021-03-14", "day")
    events = link_events(docs, _entity_of(docs))
    assert len(events) == 1
    aspects = {d["aspect"]: d["readings"] for d in events[0].attributes["disagreements"]}
    assert aspects["dead"] == [{"value": "12", "sources": ["d-x"]}, {"value": "15", "sources": ["d-y"]}]
    assert "injured" not in aspects, "both give 30 injured"


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Bij de aanslag vielen zeker twaalf doden en 30 gewonden.", [("dead", 12), ("injured", 30)],
                     id="number-words-and-digits"),
        pytest.param("Er vielen 1.200 doden.", [("dead", 1200)], id="thousands-dot"),
        pytest.param("De aanslag eiste drie dodelijke slachtoffers.", [("dead", 3)], id="dodelijke-slachtoffers-are-dead"),
        pytest.param("Er zijn twee slachtoffers gevallen.", [], id="bare-slachtoffers-says-not-which"),
        pytest.param("Er zijn 2 zwaargewonden.", [("injured", 2)], id="compound-injured"),
        pytest.param("In 2019 doden zij drie soldaten.", [], id="a-year-is-no-count"),
    ],
)
def test_link_events_casualties(text, expected):
    assert casualties(text) == expected


def test_link_events_blocking_gives_the_clusters_of_scoring_every_pair(strike_docs):
    from dataclasses import replace

    from kroniek.link.events import cluster, read_mentions

    w = LinkWeights()
    ms = read_mentions(strike_docs, _entity_of(strike_docs), weights=w)
    # A semantic weight without embeddings changes no score but makes blocking unsafe, so it is off.
    every_pair = replace(w, semantic=1.0)
    assert w.time_agree + w.context < w.threshold <= every_pair.time_agree + every_pair.context + 1.0
    assert cluster(ms, w) == cluster(ms, every_pair)
    assert len(cluster(ms, w)) == 3


def _tagged(words: list[tuple[str, str]]) -> Document:
    """A one-sentence document from (word, CGN tag) pairs (the name table reads only tags)."""
    text = " ".join(w for w, _ in words)
    tokens, at = [], 0
    for w, tag in words:
        tokens.append(Token(at, at + len(w), w.lower(), tag))
        at += len(w) + 1
    doc = Document(id="d", text=text, source="test")
    doc.tokens = tokens
    doc.sentences = [Sentence(0, len(text), 0, len(tokens))]
    return doc


@pytest.mark.parametrize(
    "word, key, named",
    [
        pytest.param("Hongkongse", "hongkong", True, id="territory-adjective-names-hongkong"),
        pytest.param("Groningse", "groningen", True, id="city-adjective-names-groningen"),
        pytest.param("Nederlandse", "nederland", False, id="country-demonym-is-the-entity-layers"),
        pytest.param("Amerikaanse", "amerikaan", False, id="us-demonym-no-place-key"),
    ],
)
def test_link_events_place_adjective_names_the_place(word, key, named):
    doc = _tagged([("De", "LID(bep,stan,rest)"), (word, "ADJ(prenom,basis,met-e,stan)"), ("politie", "N(soort,ev,basis,zijd,stan)"),
                   ("staakt", "WW(pv,tgw,met-t)")])
    at = doc.text.index("staakt")
    doc.events = [EventMention(at, at + 6, "strike", lemma="staken")]
    (m,) = read_mentions([doc], lambda *a: None)
    assert (f"name:{key}" in m.names) is named



@pytest.mark.parametrize(
    ("fire", "other", "comparable"),
    [
        pytest.param(("brand", "fire", "brand"), ("omgekomen", "kill", "omkomen"), True, id="a-fire-can-kill"),
        pytest.param(("brand", "fire", "brand"), ("ongeluk", "accident", "ongeluk"), True, id="a-fire-can-be-an-accident"),
        pytest.param(("brand", "fire", "brand"), ("aangehouden", "arrest", "aanhouden"), False, id="an-arrest-is-no-fire"),
    ],
)
def test_link_events_fire_compatible_types(fire, other, comparable):
    """A death and the fire that caused it, told by two outlets, may be one event."""
    docs = [
        _doc("d-f1", f"Bij de {fire[0]} in Kleve was veel rook.", [(*fire, {}, "2021-07-10")], {"Kleve": "e-kleve"}),
        _doc("d-f2", f"In Kleve is een man {other[0]}.", [(*other, {}, "2021-07-10")], {"Kleve": "e-kleve"}),
    ]
    ms = read_mentions(docs, _entity_of(docs))
    assert (pair_score(ms[0], ms[1], LinkWeights()) is not None) is comparable


@pytest.mark.parametrize(
    ("title", "names"),
    [
        pytest.param("Drie doden bij ongeluk in Handel", {"handel"}, id="place-the-tagger-reads-as-a-noun"),
        pytest.param("Breda - Steekincident Breda", {"breda"}, id="segment-openers-are-no-names"),
        pytest.param("Helikopter neergestort in Peru, beide piloten gewond", {"peru"}, id="after-a-comma"),
        pytest.param("Aanslag Lyon: drie doden", {"lyon"}, id="after-a-colon"),
        pytest.param("NOS: vier doden bij brand", set(), id="all-caps-and-openers"),
    ],
)
def test_link_events_title_names(title, names):
    assert title_names(title) == {NAME_KEY + n for n in names}


@pytest.mark.parametrize(
    ("second_title", "one"),
    [
        pytest.param("Verkeersongeval op Peeldijk in Handel: drie doden", True, id="headlines-name-one-road"),
        pytest.param("Drie doden bij verkeersongeval op Vaartweg in Ommen", False, id="headlines-name-two-roads"),
    ],
)
def test_link_events_headline_names_join_reports(second_title, one):
    """Two short reports of a crash whose texts share no name; their headlines do (or do not)."""
    a = _doc("d-h1", "De aanrijding gebeurde zaterdagochtend op de provinciale weg.",
             [("aanrijding", "accident", "aanrijding", {}, "2019-07-13")], {})
    b = _doc("d-h2", "Bij een verkeersongeval zaterdagochtend kwamen drie mensen om het leven.",
             [("verkeersongeval", "accident", "verkeersongeval", {}, "2019-07-13")], {})
    a.title, b.title = "Drie doden bij ongeluk op Peeldijk in Handel", second_title
    events = link_events([a, b], _entity_of([a, b]))
    assert (len(events) == 1) is one


def _other_reports(title_place: str) -> list[Document]:
    """Four reports of other happenings of the same weekend; their headlines name ``title_place``."""
    rows = [("d-o1", "De brand in de loods was zondagavond onder controle.", "brand", "fire", "2019-07-14"),
            ("d-o2", "Twee mannen zijn zondag aangehouden na een vechtpartij.", "aangehouden", "arrest", "2019-07-14"),
            ("d-o3", "De wethouder heeft vrijdag haar vertrek aangekondigd.", "vertrek", "statement", "2019-07-12"),
            ("d-o4", "Bij de overval op de tankstation werd niemand gewond.", "overval", "attack", "2019-07-12")]
    docs = []
    for doc_id, text, trigger, typ, when in rows:
        d = _doc(doc_id, text, [(trigger, typ, trigger, {}, when)], {})
        d.title = f"Nieuws uit {title_place}: {trigger}"
        docs.append(d)
    return docs


@pytest.mark.parametrize(
    ("others_name", "one"),
    [
        pytest.param("Ommen", True, id="a-name-only-these-two-give-counts-fully"),
        pytest.param("Handel", False, id="a-name-every-report-gives-tells-little"),
    ],
)
def test_link_events_rare_shared_name_joins_reports(others_name, one):
    """Two reports of one crash share one name, "Handel", and nothing the entity layer linked (the
    recogniser may make it a person in one report and a place in the other): among six reports a
    name only these two give is as strong as a linked entity; one that all six give is not."""
    a = _doc("d-r1", "De aanrijding gebeurde zaterdagochtend op de provinciale weg.",
             [("aanrijding", "accident", "aanrijding", {}, "2019-07-13")], {})
    b = _doc("d-r2", "Bij een verkeersongeval zaterdagochtend kwamen twee mensen om het leven.",
             [("verkeersongeval", "accident", "verkeersongeval", {}, "2019-07-13")], {})
    a.title, b.title = "Twee doden bij ongeluk in Handel", "Verkeersongeval in Handel kost twee levens"
    docs = [a, b, *_other_reports(others_name)]
    events = link_events(docs, _entity_of(docs))
    joined = [e for e in events if {m[0] for m in e.mentions} >= {"d-r1", "d-r2"}]
    assert bool(joined) is one


def test_link_events_afternoon_and_evening_reports_are_one_arrest():
    """One outlet dates the arrests "zaterdagmiddag"; another's clause puts "diezelfde avond" (when
    they were let go) on the arrest too: parts of one day that meet do not split the happening."""
    docs = [
        _doc("d-mi", "De politie heeft zaterdagmiddag in Tilburg vijf supporters van Willem II aangehouden.",
             [("aangehouden", "arrest", "aanhouden", {"agent": "De politie", "patient": "vijf supporters"},
               "2021-03-13TAF")], {"Tilburg": "e-tilburg", "Willem II": "e-willem"}),
        _doc("d-av", "De supporters van Willem II die zaterdag in Tilburg werden aangehouden, zijn diezelfde avond "
                     "weer vrijgelaten.",
             [("aangehouden", "arrest", "aanhouden", {"patient": "De supporters"}, "2021-03-13TEV")],
             {"Tilburg": "e-tilburg", "Willem II": "e-willem"}),
    ]
    for d in docs:
        d.published = PublishedDate("2021-03-14", "day")
    events = link_events(docs, _entity_of(docs))
    assert len(events) == 1


@pytest.mark.parametrize(("same_text", "one"), [(False, True), (True, False)], ids=["cross-text-pairs", "every-pair"])
def test_link_events_a_reports_own_weak_pair_does_not_keep_its_mention_out(same_text, one):
    """Report A tells a fire as "de brand" and, a sentence on, "het vuur"; report B tells "een grote
    brand". A's two words are only a family match inside A (no names term), B's "brand" against A's
    "vuur" is strong (the same family, names and day). The merge of "het vuur" into the fire is
    judged by that cross-text pair; averaged with A's own weak pair (the old rule) it stayed out."""
    text = ("Bij de brand in een loods van Visserij Wadden in Harlingen raakte niemand gewond. "
            "Pas tegen de ochtend was het vuur onder controle.")
    a = _doc("d-wa", text, [("brand", "fire", "brand", {}, "2022-05-07"), ("vuur", "fire", "vuur", {}, None)],
             {"Visserij Wadden": "e-wadden", "Harlingen": "e-harlingen"})
    k = text.index("Pas")
    a.sentences = [Sentence(0, k - 1, 0, 0), Sentence(k, len(text), 0, 0)]
    b = _doc("d-wb", "Een grote brand heeft zaterdag een loods van Visserij Wadden in Harlingen verwoest.",
             [("brand", "fire", "brand", {}, "2022-05-07")], {"Visserij Wadden": "e-wadden", "Harlingen": "e-harlingen"})
    c = _doc("d-wc", "De gemeenteraad van Sneek heeft maandag een nieuwe begroting aangenomen.",
             [("aangenomen", "decide", "aannemen", {}, "2022-05-09")], {"Sneek": "e-sneek"})
    docs = [a, b, c]
    for d in docs:
        d.published = PublishedDate("2022-05-08", "day")
    events = link_events(docs, _entity_of(docs), weights=LinkWeights(same_text_in_average=same_text))
    fire = next(e for e in events if ("d-wb", 10, 15) in e.mentions)
    assert (("d-wa", text.index("vuur"), text.index("vuur") + 4) in fire.mentions) is one
