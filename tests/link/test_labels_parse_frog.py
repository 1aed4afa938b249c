"""Labels that name who and whom from the parse around the trigger when the event mention's own
arguments say nothing, end to end through real Frog, on news written for these tests
(tests/fixtures/events/labels_parse_news.jsonl: a mayor and a former minister leaving, an arrest
in Zwolle, a lost semi-final, a stabbing in Arnhem, a council's vote, a prisoner who did not return). Before these rules each label below was the
bare trigger word or named a pronoun ("vertrek", "verloren", "Hij stapte op", "hield hem aan")."""

from __future__ import annotations

import pytest
from ingested import ingest_export, told_by

pytestmark = [pytest.mark.frog, pytest.mark.slow]


@pytest.fixture(scope="module")
def events(tmp_path_factory, fixtures_dir, frog_servers) -> list[dict]:
    return ingest_export(frog_servers, tmp_path_factory.mktemp("labels_parse") / "k.db", fixtures_dir / "events" / "labels_parse_news.jsonl")["events"]


@pytest.mark.parametrize(
    "word, label",
    [
        pytest.param("vertrek", "vertrek van Henri Lenferink",
                     id="a-possessive-pronoun-names-the-subject-of-its-clause-not-the-place-adjective"),
        pytest.param("ontslag", "ontslag van Henk Kamp", id="possessive-in-a-light-verb-phrase"),
        pytest.param("veroordeling", "veroordeling voor mishandeling", id="a-noun-keeps-its-own-prepositional-phrase"),
        pytest.param("verloren", "finale verloren", id="an-attributive-participle-tells-what-its-noun-underwent"),
        pytest.param("stapte", "Henk Kamp stapte op", id="a-subject-pronoun-is-named-by-its-coreference-chain"),
        pytest.param("sprak", "Henk Kamp sprak", id="the-chain-still-holds-two-sentences-on"),
        pytest.param("hield", "politie hield Jan de Boer aan in Zwolle",
                     id="a-coordinated-verb-shares-the-subject-and-its-object-pronoun-is-named"),
        pytest.param("gebracht", "slachtoffer gebracht",
                     id="under-a-passive-auxiliary-the-shared-subject-underwent-it"),
        pytest.param("koos", "gemeenteraad van Utrecht koos nieuwe griffier",
                     id="a-fronted-day-taken-for-the-subject-gives-way-to-the-verbs-own-subject"),
    ],
)
def test_labels_parse_names_who_and_whom(events, word, label):
    found = [v["label"] for v in told_by(events, word)]
    assert label in found, found
