"""A match, race or game is reported the day it is played or the next: two texts' contest mentions
that neither text dates are placed on their reports' days, and reports two days apart tell two
matches of one tournament (the same players, the same tournament name); a mention dated "vorig
jaar" is last year's match, not the one an undated mention of this year's report tells. Other
types keep the old rule. Hand-made one-sentence documents; sentences written for this test."""

from __future__ import annotations

import pytest

from kroniek.link.events import LinkWeights, link_events, read_mentions
from kroniek.link.events.similarity import _contest_days_apart
from kroniek.model import Document, EventMention, Mention, PublishedDate, Sentence

NAMES = {"Meijer": "e-meijer", "Bakker": "e-bakker", "Rosmalen": "e-rosmalen"}


def _doc(doc_id: str, day: str, text: str, trigger: str, lemma: str, kind: str = "contest",
         when: str | None = None, factuality: str = "asserted") -> Document:
    doc = Document(id=doc_id, text=text, source=doc_id, title=doc_id,
                   published=PublishedDate(day, "day", "metadata", day))
    doc.sentences = [Sentence(0, len(text), 0, 0)]
    for name in NAMES:
        if name in text:
            k = text.index(name)
            doc.mentions.append(Mention(k, k + len(name), "LOC" if name == "Rosmalen" else "PER"))
    k, a = text.index(trigger), text.index("Meijer")
    doc.events.append(EventMention(k, k + len(trigger), kind, lemma, when=when, factuality=factuality,
                                   arguments=(("agent", a, a + len("Meijer")),)))
    return doc


def _one_event(docs: list[Document], weights: LinkWeights) -> bool:
    def entity(doc_id: str, s: int, e: int) -> str | None:
        d = next(d for d in docs if d.id == doc_id)
        return NAMES.get(d.text[s:e])
    events = link_events(docs, entity, weights=weights)
    owner = {doc: e.id for e in events for doc, _, _ in e.mentions}
    return owner["d-1"] == owner["d-2"]


FIRST = "Meijer versloeg Bakker op het grastoernooi van Rosmalen in drie sets."
SECOND = "Op het grastoernooi van Rosmalen versloeg Meijer opnieuw Bakker."


@pytest.mark.parametrize(
    "day2, when2, same",
    [
        pytest.param("2019-06-12", None, True, id="reports-of-one-day-are-one-match"),
        pytest.param("2019-06-13", None, True, id="the-next-days-report-is-the-same-match"),
        pytest.param("2019-06-14", None, False, id="reports-two-days-apart-are-two-matches"),
        pytest.param("2019-06-12", "2018", False, id="last-years-match-is-another-match"),
    ],
)
def test_link_events_contest_mentions_placed_on_their_reports_day(day2: str, when2: str | None, same: bool) -> None:
    docs = [_doc("d-1", "2019-06-12", FIRST, "versloeg", "verslaan"),
            _doc("d-2", day2, SECOND, "versloeg", "verslaan", when=when2)]
    assert _one_event(docs, LinkWeights()) is same


def test_link_events_contest_days_off_joins_the_two_matches() -> None:
    docs = [_doc("d-1", "2019-06-12", FIRST, "versloeg", "verslaan"),
            _doc("d-2", "2019-06-14", SECOND, "versloeg", "verslaan")]
    assert _one_event(docs, LinkWeights(contest_days=False))


@pytest.mark.parametrize("factuality, apart", [("future", False), ("asserted", True)])
def test_link_events_a_match_to_come_is_not_placed_on_its_reports_day(factuality: str, apart: bool) -> None:
    later = "Zondag versloeg Meijer zijn landgenoot Bakker opnieuw, nu in Rosmalen."
    ahead = _doc("d-1", "2019-06-12", "Meijer speelt in Rosmalen tegen Bakker.", "speelt", "spelen",
                 factuality=factuality)
    x, y = read_mentions([ahead, _doc("d-2", "2019-06-14", later, "versloeg", "verslaan")], lambda d, s, e: None)
    assert _contest_days_apart(x, y) is apart


def test_link_events_other_types_keep_the_old_rule() -> None:
    text = "In Rosmalen brandde een schuur van Meijer af."
    x, y = read_mentions([_doc("d-1", "2019-06-12", text, "brandde", "afbranden", kind="fire"),
                          _doc("d-2", "2019-06-14", text, "brandde", "afbranden", kind="fire")], lambda d, s, e: None)
    assert not _contest_days_apart(x, y)
