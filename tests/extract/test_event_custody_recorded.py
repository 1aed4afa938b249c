"""Prosecution, absconding and negation readings on recorded Frog output (fast; the real-Frog table is
test_events_custody_frog.py). The recording is tests/fixtures/events/custody.tsv
(``frog -t custody.txt -o custody.tsv``, full modules, parser on), one sentence I wrote a line."""

from __future__ import annotations

from pathlib import Path

import pytest

from kroniek.evaluation.frog_tsv import apply_frog
from kroniek.extract.events import EventExtractor
from kroniek.model import Document, EventMention

HERE = Path(__file__).resolve().parents[1] / "fixtures" / "events"


@pytest.fixture(scope="module")
def doc() -> Document:
    text = (HERE / "custody.txt").read_text(encoding="utf-8")
    d = apply_frog(Document(id="d-custody", text=text, source="custody.txt"), (HERE / "custody.tsv").read_text())
    return EventExtractor()(d)


def _mention(doc: Document, k: int, word: str) -> EventMention | None:
    s = doc.sentences[k]
    return next((e for e in doc.events if s.start <= e.start < s.end and doc.text[e.start : e.end] == word), None)


@pytest.mark.parametrize(
    "k, word, expected",
    [
        pytest.param(0, "vervolgen", ("prosecute", "vervolgen", "future"), id="a-planned-prosecution"),
        pytest.param(1, "vervolgd", ("prosecute", "vervolgen", "asserted"), id="its-passive-report"),
        pytest.param(2, "vervolgde", ("other", "vervolgen", "asserted"), id="continuing-a-route-is-no-charge"),
        pytest.param(3, "teruggekeerd", ("escape", "niet terugkeren", "asserted"), id="not-back-from-leave-escaped"),
        pytest.param(4, "teruggekeerd", None, id="not-back-home-is-no-escape"),
        pytest.param(5, "onttrokken", ("escape", "aan toezicht onttrekken", "asserted"), id="withdrawn-from-supervision"),
        pytest.param(6, "gepleegd", None, id="geen-on-the-existential-passive-noun-denies-the-verb"),
        pytest.param(6, "aanslag", ("attack", "aanslag", "negated"), id="and-the-noun"),
        pytest.param(7, "aangehouden", ("arrest", "aanhouden", "negated"), id="geen-enkele-before-the-subject"),
        pytest.param(8, "aanslag", ("attack", "aanslag", "asserted"), id="a-denied-copula-predicate-leaves-the-subject"),
        pytest.param(9, "vervolging", ("prosecute", "vervolging", "negated"), id="refraining-from-prosecution"),
    ],
)
def test_event_custody_recorded_readings(doc: Document, k: int, word: str, expected: tuple[str, str, str] | None) -> None:
    m = _mention(doc, k, word)
    got = (m.type, m.lemma, m.factuality) if m else None
    assert got == expected, [(doc.text[e.start : e.end], e.type, e.lemma, e.factuality) for e in doc.events]
