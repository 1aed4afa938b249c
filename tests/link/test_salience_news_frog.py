"""Salience and story leads end to end through real Frog, on news written for these tests
(tests/fixtures/events/salience_news.jsonl: two outlets report an army clearing a protest camp,
a third a failed negotiation in one bare noun, a fourth a fire), in the shapes real Dutch news
went wrong on: a bare event (its trigger word alone) in a dated lead sentence that was shown by
default, one-document stories showing three leads each, and the happening two reports open with
left out of a story's leads because it is untyped."""

from __future__ import annotations

import pytest
from ingested import ingest_export, told_by

pytestmark = [pytest.mark.frog, pytest.mark.slow]


@pytest.fixture(scope="module")
def exported(tmp_path_factory, fixtures_dir, frog_servers) -> dict:
    return ingest_export(frog_servers, tmp_path_factory.mktemp("salience") / "k.db", fixtures_dir / "events" / "salience_news.jsonl")


def _told_by(data: dict, word: str) -> dict:
    found = told_by(data["events"], word)
    assert len(found) == 1, [v["label"] for v in found]
    return found[0]


def test_salience_news_bare_noun_in_dated_lead_is_tail(exported):
    """"De onderhandelingen zijn maandag mislukt": the noun event has no argument, no participant
    and one report; counted whole it scored above the 0.25 cut."""
    talks = _told_by(exported, "onderhandelingen")
    assert talks["attributes"]["salience"] < 0.25
    assert not talks["attributes"].get("lead")


def test_salience_news_two_reports_open_with_the_clearing_it_leads(exported):
    """Both outlets open with the clearing (an untyped verb with a named agent): it is a lead."""
    cleared = _told_by(exported, "ontruimd")
    assert cleared["attributes"].get("headline") and cleared["attributes"].get("lead")
    assert len({m["doc"] for m in cleared["mentions"]}) == 2


def test_salience_news_one_document_story_shows_one_lead(exported):
    events = {v["id"]: v for v in exported["events"]}
    single = [s for s in exported["stories"] if len(s["documents"]) == 1]
    assert single, "the fire and the negotiation are stories of their own"
    for story in single:
        leads = [e for e in story["events"] if events[e]["attributes"].get("lead")]
        assert len(leads) == 1, (story["label"], [events[e]["label"] for e in leads])
