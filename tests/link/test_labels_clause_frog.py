"""Labels that say who did what where the parse names someone the mention's own arguments do not,
end to end through real Frog, on news written for these tests
(tests/fixtures/events/labels_clause_news.jsonl: an alderman stepping down, a drone shot down, a
fire investigated, a union protest, a robbery, a rescue, a fight at a harbour, a clinic's blunder, a
merger decided, a council choosing a swimming pool, a
lost match, an election's voters). Each row was a bare trigger word, a place
adjective or an object taken for the subject before its rule (the old label is in the row's reason)."""

from __future__ import annotations

import pytest
from ingested import ingest_export, told_by

pytestmark = [pytest.mark.frog, pytest.mark.slow]


@pytest.fixture(scope="module")
def events(tmp_path_factory, fixtures_dir, frog_servers) -> list[dict]:
    return ingest_export(frog_servers, tmp_path_factory.mktemp("labels_clause") / "k.db", fixtures_dir / "events" / "labels_clause_news.jsonl")["events"]


@pytest.mark.parametrize(
    "word, label",
    [
        pytest.param("neerschieten", "neerschieten van drone",
                     id="a-nominalised-infinitive-is-a-noun-with-its-van-phrase-was-bare"),
        pytest.param("onderzoek", "onderzoek naar brand door recherche",
                     id="a-light-verb-phrase-on-the-verb-is-the-nouns-own-was-onderzoek-door-recherche"),
        pytest.param("protest", "protest door FNV",
                     id="the-subject-of-a-light-verb-is-its-event-nouns-agent-was-bare"),
        pytest.param("aftreden", "aftreden van Delftse wethouder",
                     id="a-place-adjective-on-a-noun-is-no-participant-was-aftreden-van-Delftse"),
        pytest.param("overviel", "man overviel tankstation",
                     id="a-relative-clauses-verb-without-subject-takes-the-noun-it-stands-on-was-tankstation-overviel"),
        pytest.param("beslissing", "beslissing genomen",
                     id="an-event-noun-subject-of-a-passive-says-what-became-of-it-was-bare"),
        pytest.param("gevochten", "gevochten tussen politie en supporters van Feyenoord",
                     id="a-verb-naming-nobody-keeps-with-or-against-whom-it-happened-was-bare"),
        pytest.param("kiest", "gemeenteraad kiest voor nieuw zwembad",
                     id="a-verb-with-a-subject-but-no-object-keeps-its-prepositional-complement-was-gemeenteraad-kiest"),
        pytest.param("verloor", "ploeg van Peter Bosz verloor",
                     id="a-common-noun-naming-nobody-keeps-the-name-of-its-van-phrase-was-ploeg-verloor"),
        pytest.param("stemden", "Belgen stemden",
                     id="a-plural-demonym-subject-stays-the-people-its-verb-agrees-with-was-Belgie-stemden"),
    ],
)
def test_labels_clause_names_who(events, word, label):
    found = [v["label"] for v in told_by(events, word)]
    assert label in found, found
