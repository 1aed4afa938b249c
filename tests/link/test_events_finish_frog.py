"""What the chronicle adds to linked events, end to end through real Frog: entity participants,
clause labels, tense anchors and salience.

The five news items in tests/fixtures/events/finish_news.jsonl were written for these tests, in
the style of Dutch news (an air strike told by two outlets, reactions, a closure, a parliament's
vote, a fire with a fire brigade's and a mayor's words, a road death and an arrest).
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from ingested import ingest_export, told_by

from kroniek.cli import main
from kroniek.link.salience import SHOWN

pytestmark = [pytest.mark.frog, pytest.mark.slow]


@pytest.fixture(scope="module")
def data(tmp_path_factory, fixtures_dir, frog_servers) -> dict:
    db = tmp_path_factory.mktemp("finish") / "k.db"
    result = ingest_export(frog_servers, db, fixtures_dir / "events" / "finish_news.jsonl")
    result["db"] = str(db)
    return result


def _names(data: dict) -> dict[str, dict]:
    return {e["id"]: e for e in data["entities"]}


def _by_word(data: dict, word: str) -> dict:
    """The event one of whose mentions is this word."""
    found = told_by(data["events"], word)
    assert found, f"no event mentioned as {word!r}"
    return found[0]


def test_events_finish_institution_is_an_entity_of_its_country(data):
    ents = {e["name"]: e for e in data["entities"]}
    parliament = ents["Iraaks parlement"]
    assert parliament["type"] == "ORG"
    assert parliament["attributes"]["institution-of"] == ents["Irak"]["id"]
    assert parliament["mentions"], "the phrase it was read from is its mention"


def test_events_finish_participants_are_never_adjectives(data):
    ents = _names(data)
    for v in data["events"]:
        for p in v["participants"]:
            e = ents[p["entity"]]
            assert "nationality" not in e["attributes"], f"{v['label']}: participant {e['name']} is an adjective"


@pytest.mark.parametrize(
    "word, role, name",
    [
        pytest.param("luchtaanval", "agent", "Israël", id="israelische-luchtaanval-agent-is-israel"),
        pytest.param("sancties", "patient", "Iran", id="sancties-tegen-iran"),
        pytest.param("aangenomen", "agent", "Iraaks parlement", id="institution-neuter-noun-bare-adjective"),
        pytest.param("roept", "agent", "Amerikaanse regering", id="institution-de-word-inflected-adjective"),
        pytest.param("roept", "agent", "Amerikaanse regering", id="institution-regering"),
    ],
)
def test_events_finish_participant_is_the_entity(data, word, role, name):
    ents = _names(data)
    events = [v for v in data["events"] if any(m["text"] == word for m in v["mentions"])]
    assert (role, name) in {(p["role"], ents[p["entity"]]["name"]) for v in events for p in v["participants"]}


@pytest.mark.parametrize(
    "word, label",
    [
        pytest.param("roept", "Amerikaanse regering roept beide partijen op", id="agent-verb-object-particle"),
        pytest.param("opgepakt", "41-jarige man opgepakt door politie", id="headline-passive-drops-auxiliary"),
        pytest.param("sancties", "sancties tegen Iran", id="noun-with-its-target"),
        pytest.param("aangenomen", "motie aangenomen door Iraaks parlement", id="headline-what-was-done-by-whom"),
    ],
)
def test_events_finish_labels_are_clauses(data, word, label):
    assert _by_word(data, word)["label"] == label


def test_events_finish_death_joins_the_accident_that_caused_it(data):
    """"Bij een ongeluk op de A7 … is een automobilist om het leven gekomen": the fronted phrase
    names the cause of the death, so death and accident are one event, labelled by the accident
    its text tells twice (until the fourth session the death was its own event, labelled "… om het leven
    gekomen")."""
    event = _by_word(data, "gekomen")
    assert {m["text"] for m in event["mentions"]} >= {"gekomen", "ongeluk"}
    assert "ongeluk" in event["label"]


@pytest.mark.parametrize(
    "word, relation",
    [
        pytest.param("gesloten", "on_or_before", id="perfect-zijn-gesloten"),
        pytest.param("gestuurd", "on_or_before", id="perfect-heeft-gestuurd"),
        pytest.param("roept", "on", id="present-roept-op"),
        pytest.param("sancties", "after", id="future-zal-verlengen"),
    ],
)
def test_events_finish_undated_events_are_anchored_by_tense(data, word, relation):
    v = _by_word(data, word)
    assert v["when"] is None
    assert v["attributes"]["anchor"] == {"value": "2024-03-12", "relation": relation, "by": "tense"}


def test_events_finish_dated_events_have_no_anchor(data):
    v = _by_word(data, "komt")
    assert v["when"]["value"] == "2024-03-13" and "anchor" not in v["attributes"]


@pytest.mark.parametrize(
    "word, shown",
    [
        pytest.param("luchtaanval", True, id="the-strike-with-a-named-agent-and-a-date"),
        pytest.param("gestuurd", False, id="late-unnamed-single-mention"),
    ],
)
def test_events_finish_salience_separates_happenings_from_the_tail(data, word, shown):
    assert (_by_word(data, word)["attributes"]["salience"] >= SHOWN) is shown


def test_events_finish_show_lists_salient_first_and_hides_the_tail(data):
    out = CliRunner().invoke(main, ["show", "--db", data["db"]], catch_exceptions=False).output
    every = CliRunner().invoke(main, ["show", "--db", data["db"], "--all"], catch_exceptions=False).output
    events = out.split("== Events", 1)[1].split("==", 2)[1]
    assert "luchtaanval" in events.split("\n")[1], "the most salient event comes first"
    assert "luchtaanval" in every and "gestuurd" not in events and "gestuurd" in every


@pytest.mark.parametrize(
    "saying, word, how, speaker, factuality",
    [
        pytest.param("meldt", "luchtaanval", "document", "Libanees leger", "asserted",
                     id="dat-meldt-reports-the-documents-main-happening"),
        pytest.param("bevestigd", "luchtaanval", "clause", "Israël", "negated",
                     id="not-confirming-the-attack-is-said-of-the-attack"),
        pytest.param("zegt", "veroordeelt", "clause", None, "asserted",
                     id="zegt-dat-reports-the-event-of-its-clause-an-adjective-is-no-speaker"),
        pytest.param("benadrukken", "luchtaanval", "document", None, "asserted",
                     id="a-clause-telling-no-event-falls-back-to-the-main-happening"),
        pytest.param("meldt", "vuur", "quote", None, "asserted", id="meldt-after-a-quote-reports-the-quoted-event"),
        pytest.param("zei", "brand", "document", "Peter Snijders", "asserted",
                     id="zei-hij-after-a-quote-without-event-speaker-from-the-quote"),
    ],
)
def test_events_finish_sayings_fold_into_what_they_report(data, saying, word, how, speaker, factuality):
    ents = _names(data)
    assert not any(m["text"] == saying for v in data["events"] for m in v["mentions"]), f"{saying} is still an event"
    target = _by_word(data, word)
    records = [r for r in target["attributes"].get("reported_by", []) if r["text"] == saying]
    assert len(records) == 1, target["attributes"]
    r = records[0]
    assert (r["how"], ents[r["speaker"]]["name"] if r["speaker"] else None, r["factuality"]) == (how, speaker, factuality)
    doc = next(d for d in data["documents"] if d["id"] == r["doc"])
    assert doc["text"][r["start"]:r["end"]] == saying


def test_events_finish_no_saying_is_left_in_stories(data):
    ids = {v["id"] for v in data["events"]}
    assert not any(v["type"] == "statement" for v in data["events"])
    assert all(e in ids for st in data["stories"] for e in st["events"])
