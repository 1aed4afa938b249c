"""What the chronicle adds to linked events, end to end through real Frog: entity participants,
clause labels, tense anchors and salience.

The three news items in tests/fixtures/events/finish_news.jsonl were written for these tests, in
the style of Dutch news (an air strike told by two outlets, reactions, a closure, a parliament's
vote).
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kroniek.cli import main
from kroniek.link.salience import SHOWN

pytestmark = [pytest.mark.frog, pytest.mark.slow]


@pytest.fixture(scope="module")
def data(tmp_path_factory, fixtures_dir) -> dict:
    db = tmp_path_factory.mktemp("finish") / "k.db"
    runner = CliRunner()
    out = runner.invoke(main, ["ingest", "--db", str(db), "--quiet", str(fixtures_dir / "events" / "finish_news.jsonl")],
                        catch_exceptions=False)
    assert out.exit_code == 0, out.output
    exported = runner.invoke(main, ["export", "--db", str(db), "--format", "json"], catch_exceptions=False)
    result = json.loads(exported.stdout)
    result["db"] = str(db)
    return result


def _names(data: dict) -> dict[str, dict]:
    return {e["id"]: e for e in data["entities"]}


def _by_word(data: dict, word: str) -> dict:
    """The event one of whose mentions is this word."""
    found = [v for v in data["events"] if any(m["text"] == word for m in v["mentions"])]
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
        pytest.param("bevestigd", "agent", "Israël", id="named-country-subject"),
        pytest.param("sancties", "patient", "Iran", id="sancties-tegen-iran"),
        pytest.param("aangenomen", "agent", "Iraaks parlement", id="institution-neuter-noun-bare-adjective"),
        pytest.param("roept", "agent", "Amerikaanse regering", id="institution-de-word-inflected-adjective"),
        pytest.param("meldt", "agent", "Libanees leger", id="institution-leger"),
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
        pytest.param("bevestigd", "Israël heeft aanval bevestigd", id="perfect-keeps-auxiliary-and-object"),
        pytest.param("sancties", "sancties tegen Iran", id="noun-with-its-target"),
        pytest.param("aangenomen", "Iraaks parlement heeft motie aangenomen", id="institution-as-subject"),
    ],
)
def test_events_finish_labels_are_clauses(data, word, label):
    assert _by_word(data, word)["label"] == label


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
        pytest.param("zegt", False, id="saying-alone-is-no-happening"),
        pytest.param("benadrukken", False, id="stressing-alone-is-no-happening"),
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
    assert "zegt" not in events and "zegt" in every
