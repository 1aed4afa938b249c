"""One prosecution told with different words and tenses is one event, end to end through real Frog:
"gaat … vervolgen" (planned), "worden vervolgd" (passive, no agent) and "de vervolging … is begonnen"
(the nominalisation, the next day) are one event: a verb and its own noun of one case type and family
score as one word. Near misses: another prosecution (another suspect, another town, the same day)
and the trial months later stay out of it.

The five news items in tests/fixtures/events/prosecution_forms_news.jsonl were written for these tests.
"""

from __future__ import annotations

import pytest
from ingested import ingest_export, told_by

pytestmark = [pytest.mark.frog, pytest.mark.slow]


@pytest.fixture(scope="module")
def data(tmp_path_factory, fixtures_dir, frog_servers) -> dict:
    return ingest_export(frog_servers, tmp_path_factory.mktemp("prosecution") / "k.db",
                         fixtures_dir / "events" / "prosecution_forms_news.jsonl")


def _titles(data: dict, event: dict) -> set[str]:
    title = {d["id"]: d["title"] for d in data["documents"]}
    return {title[m["doc"]] for m in event["mentions"]}


def _case(data: dict) -> dict:
    found = told_by(data["events"], "vervolging")
    assert len(found) == 1, found
    return found[0]


def test_events_prosecution_noun_joins_planned_and_passive(data):
    """The nominalisation (next day) is in the event of the planned and the passive reports."""
    case = _case(data)
    assert case["type"] == "prosecute"
    assert {"OM gaat bestuurders Woonhaven vervolgen", "Oud-bestuurders Woonhaven vervolgd",
            "Vervolging begonnen"} <= _titles(data, case), _titles(data, case)


@pytest.mark.parametrize("title, why", [
    ("Wethouder Etten-Leur vervolgd", "another prosecution: another suspect and town, the same day"),
    ("Proces Woonhaven", "the trial of the same suspects, months later, is not the decision to prosecute"),
])
def test_events_prosecution_near_misses_stay_apart(data, title, why):
    assert title not in _titles(data, _case(data)), why
