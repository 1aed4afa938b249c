"""Clause labels a reader can read, end to end through real Frog, on news sentences written for
these tests (tests/fixtures/events/labels_news.jsonl: a protest in Lagos, a strike in Antwerp, a
road accident, a parliament's vote, a factory explosion, an occupation ended), in the kinds of
sentence real Dutch news labels failed on: a time inside a subject, a perfect tense whose object
Frog parses as a second subject, an injury told with a predicative adjective, a source named with
"volgens", a noun inside a prepositional phrase or a relative clause, and a headline participle."""

from __future__ import annotations

import pytest
from ingested import ingest_export, told_by

pytestmark = [pytest.mark.frog, pytest.mark.slow]


@pytest.fixture(scope="module")
def events(tmp_path_factory, fixtures_dir, frog_servers) -> list[dict]:
    return ingest_export(frog_servers, tmp_path_factory.mktemp("labels") / "k.db", fixtures_dir / "events" / "labels_news.jsonl")["events"]


@pytest.mark.parametrize(
    "word, label",
    [
        pytest.param("bezet", "stadhuis van Lagos bezet door betogers",
                     id="a-time-inside-the-subject-is-cut-not-the-subject-dropped"),
        pytest.param("neergelegd", "werk neergelegd door havenarbeiders",
                     id="vorige-week-inside-the-subject"),
        pytest.param("goedgekeurd", "wet goedgekeurd door Belgisch parlement",
                     id="perfect-object-parsed-as-second-subject-is-the-patient"),
        pytest.param("verbroken", "overleg verbroken door regering",
                     id="agent-in-the-middle-field-is-skipped-the-next-noun-is-the-object"),
        pytest.param("aangekomen", "betogers aangekomen",
                     id="volgens-source-is-no-participant-and-a-noun-in-a-pp-is-no-object"),
        pytest.param("beëindigd", "Bezetting beëindigd", id="a-headline-participle-without-auxiliary-keeps-its-verb"),
    ],
)
def test_labels_name_who_and_what(events, word, label):
    found = [v["label"] for v in told_by(events, word)]
    assert label in found, found


@pytest.mark.parametrize(
    "label",
    [
        pytest.param("tientallen mensen gewond geraakt", id="predicative-adjective-and-middle-field-subject"),
        pytest.param("fietser gewond geraakt", id="adverb-between-subject-and-adjective"),
        pytest.param("twee arbeiders gewond geraakt", id="a-relative-clause-in-the-middle-field-is-skipped"),
    ],
)
def test_labels_keep_the_predicative_adjective(events, label):
    assert label in {v["label"] for v in events}
