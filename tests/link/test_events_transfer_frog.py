"""A player's move to another club told by three outlets in three ways is one event, end to end
through real Frog: "verruilt PSV voor Sevilla", "stapt over naar Sevilla" with "tekent een contract"
after it (the signing is the move) and "de overstap", and "de transfer" the next day. Another
player's move the same day ("verruilt Vitesse voor Heerenveen") stays apart; three other news items
of those days stand beside them. A signing in a sentence about a company stays outside the transfer family, a
participle before its noun ("de aangenomen wet") takes no date from its clause, and the end of a
span ("een contract tot medio 2026") dates no happening.

The news items in tests/fixtures/events/transfer_news.jsonl and the sentences below were written
for these tests."""

from __future__ import annotations

import pytest
from frog_sentences import analysed
from ingested import ingest_export, told_by

from kroniek.link.events import read_mentions
from kroniek.model import Document

pytestmark = [pytest.mark.frog, pytest.mark.slow]


@pytest.fixture(scope="module")
def data(tmp_path_factory, fixtures_dir, frog_servers) -> dict:
    return ingest_export(frog_servers, tmp_path_factory.mktemp("transfer") / "k.db", fixtures_dir / "events" / "transfer_news.jsonl")


def test_events_transfer_one_event_across_outlets(data):
    """The three outlets' words for Moreira's move are one event; the keeper's move is another."""
    found = told_by(data["events"], "overstap")
    assert len(found) == 1, found
    texts = {(m["doc"], m["text"]) for m in found[0]["mentions"]}
    docs = {d for d, _ in texts}
    assert len(docs) == 3, texts
    assert {"verruilt", "tekent", "transfer"} <= {t for _, t in texts}, texts
    keeper = [v for v in told_by(data["events"], "verruilt") if v is not found[0]]
    assert keeper and all(len({m["doc"] for m in v["mentions"]}) == 1 for v in keeper), keeper


# (sentences, trigger, family, reason)
ROWS = [
    (["De middenvelder stapt over naar Feyenoord.", "Hij tekent een contract van vier jaar bij de Rotterdamse club."],
     "tekent", "transfer", "a signing after the sentence telling of the move"),
    (["De verzekeraar breidt uit in Duitsland.", "Het bedrijf tekent een contract met een bank uit Frankfurt."],
     "tekent", "", "a company's contract is no transfer"),
]


@pytest.fixture(scope="module")
def doc(frog) -> Document:
    sentences = [s for r in ROWS for s in r[0]] + [DATED, UNTIL]
    return analysed(frog, "transfer-families", sentences)


DATED = "De aangenomen regeling geldt vanaf volgende week maandag."
UNTIL = "De trainer had nog een contract tot medio 2026, maar is toch ontslagen."


@pytest.mark.parametrize(("sentences", "trigger", "family", "reason"), ROWS, ids=[r[3] for r in ROWS])
def test_events_transfer_family_of_a_signing(doc: Document, sentences, trigger, family, reason) -> None:
    start = doc.text.index(sentences[-1])
    ms = [m for m in read_mentions([doc], lambda *a: None) if start <= m.em.start < start + len(sentences[-1])]
    m = next(m for m in ms if doc.text[m.em.start:m.em.end] == trigger)
    assert m.family == family, reason


def test_events_attributive_participle_takes_no_date_of_its_clause(doc: Document) -> None:
    start = doc.text.index(DATED)
    ms = [m for m in read_mentions([doc], lambda *a: None) if m.em.start == start + DATED.index("aangenomen")]
    assert ms, [doc.text[e.start:e.end] for e in doc.events]
    assert ms[0].when is None, ms[0].when


def test_events_end_of_a_span_dates_no_happening(doc: Document) -> None:
    """"een contract tot medio 2026, maar is toch ontslagen": 2026 is when the contract would end."""
    start = doc.text.index(UNTIL)
    ms = [m for m in read_mentions([doc], lambda *a: None) if m.em.start == start + UNTIL.index("ontslagen")]
    assert ms, [doc.text[e.start:e.end] for e in doc.events]
    assert ms[0].when is None, ms[0].when
