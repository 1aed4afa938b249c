"""Event mentions on real Dutch sentences, from recorded Frog output (full modules, parser on).

The recording is tests/fixtures/events/sentences.tsv: ``frog -t sentences.txt -o sentences.tsv``
(Frog 0.20, frogdata 0.18) over tests/fixtures/events/sentences.txt, one sentence a line. Frog's
multiword units are split the way kroniek.analyse splits them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kroniek.evaluation.frog_tsv import apply_frog
from kroniek.extract.events import EventExtractor, lexicon
from kroniek.model import Document, Quote, Timex

HERE = Path(__file__).resolve().parents[1] / "fixtures" / "events"


@pytest.fixture(scope="module")
def doc() -> Document:
    text = (HERE / "sentences.txt").read_text(encoding="utf-8")
    d = apply_frog(Document(id="d-events", text=text, source="sentences.txt"), (HERE / "sentences.tsv").read_text())
    # Time expressions as the timex tagger would give them (values resolved by hand).
    for phrase, value in [("3 januari", "2020-01-03"), ("dinsdag", "2020-01-07"), ("zaterdag", "2020-01-11")]:
        k = text.index(phrase)
        d.timexes.append(Timex(k, k + len(phrase), "DATE", value))
    d.timexes.sort(key=lambda t: t.start)
    return EventExtractor()(d)


def _sentence(doc: Document, i: int) -> tuple[int, int]:
    s = doc.sentences[i]
    return s.start, s.end


def _events(doc: Document, i: int) -> list:
    a, b = _sentence(doc, i)
    return [e for e in doc.events if a <= e.start < b]


def _find(doc: Document, i: int, trigger: str):
    found = [e for e in _events(doc, i) if doc.text[e.start : e.end] == trigger]
    assert found, f"no event on {trigger!r} in: {[doc.text[e.start:e.end] for e in _events(doc, i)]}"
    return found[0]


def _args(doc: Document, e) -> dict[str, str]:
    return {role: doc.text[a:b] for role, a, b in e.arguments}


@pytest.mark.parametrize(
    "sent, trigger, typ, lemma, factuality",
    [
        pytest.param(0, "kwam", "kill", "om het leven komen", "asserted", id="om-het-leven-komen-is-kill"),
        pytest.param(0, "droneaanval", "attack", "droneaanval", "asserted", id="compound-head-aanval"),
        pytest.param(1, "gedood", "kill", "doden", "asserted", id="passive-participle"),
        pytest.param(1, "drone-aanval", "attack", "drone-aanval", "asserted", id="hyphenated-compound"),
        pytest.param(2, "stilgelegd", "suspend", "stilleggen", "asserted", id="separable-participle"),
        pytest.param(3, "aangenomen", "decide", "aannemen", "asserted", id="motie-aannemen-is-adopt"),
        pytest.param(4, "aanval", "attack", "aanval", "asserted", id="light-verb-uitvoeren-gives-noun"),
        pytest.param(5, "wreken", "attack", "wreken", "future", id="zal-is-future"),
        pytest.param(6, "trekken", "withdraw", "terugtrekken", "negated", id="niet-van-plan-negated"),
        pytest.param(7, "hervat", "resume", "hervatten", "possible", id="mogelijk-is-possible"),
        pytest.param(8, "gevraagd", "request", "vragen", "asserted", id="om-toelichting-vragen"),
        pytest.param(9, "opschorting", "suspend", "opschorting", "asserted", id="event-noun"),
        pytest.param(10, "legt", "suspend", "stilleggen", "asserted", id="separable-verb-split"),
        pytest.param(12, "raketaanval", "attack", "raketaanval", "asserted", id="support-uitvoeren-reported"),
        pytest.param(13, "protesteerden", "protest", "protesteren", "asserted", id="protest-verb"),
        pytest.param(14, "aanval", "attack", "aanval", "negated", id="geen-aanval-negated"),
        pytest.param(16, "liquidatie", "kill", "liquidatie", "asserted", id="liquidatie-noun"),
    ],
)
def test_events_extract_triggers(doc, sent, trigger, typ, lemma, factuality):
    e = _find(doc, sent, trigger)
    assert (e.type, e.lemma, e.factuality) == (typ, lemma, factuality)


@pytest.mark.parametrize(
    "sent, forbidden",
    [
        pytest.param(3, "motie", id="motie-joined-to-aannemen-not-twice"),
        pytest.param(3, "heeft", id="auxiliary-hebben"),
        pytest.param(4, "voerde", id="light-verb-not-an-event"),
        pytest.param(5, "zal", id="modal-zullen"),
        pytest.param(11, "is", id="copula"),
        pytest.param(12, "heeft", id="auxiliary-in-subclause"),
    ],
)
def test_events_extract_skips_non_events(doc, sent, forbidden):
    assert forbidden not in [doc.text[e.start : e.end] for e in _events(doc, sent)]


def test_events_extract_copula_sentence_has_no_event(doc):
    assert _events(doc, 11) == []


@pytest.mark.parametrize(
    "sent, trigger, role, phrase",
    [
        pytest.param(0, "kwam", "patient", "Qassem Soleimani", id="agentless-verb-subject-is-patient"),
        pytest.param(0, "kwam", "instrument", "een Amerikaanse droneaanval", id="door-event-noun-instrument"),
        pytest.param(0, "kwam", "place", "Bagdad", id="bij-het-vliegveld-van-place"),
        pytest.param(0, "droneaanval", "agent", "Amerikaanse", id="nationality-adjective-agent"),
        pytest.param(1, "gedood", "patient", "De leider van de Iraanse Quds-brigade", id="passive-subject-patient"),
        pytest.param(1, "gedood", "instrument", "een Amerikaanse drone-aanval", id="bij-event-noun-instrument"),
        pytest.param(3, "aangenomen", "agent", "De Tweede Kamer", id="subject-over-auxiliary"),
        pytest.param(3, "aangenomen", "patient", "de motie", id="object-patient"),
        pytest.param(4, "aanval", "agent", "Het leger", id="light-verb-lends-subject"),
        pytest.param(4, "aanval", "time", "dinsdag", id="timex-in-clause"),
        pytest.param(12, "raketaanval", "source", "Minister Blok", id="reporting-verb-source"),
        pytest.param(13, "protesteerden", "place", "Teheran", id="in-place"),
        # Frog joins "tegen_de" and hangs "regering" on the verb as its object: still the target.
        pytest.param(13, "protesteerden", "patient", "regering", id="protest-tegen-target"),
        pytest.param(15, "gedood", "time", "3 januari", id="op-date"),
        pytest.param(16, "liquidatie", "patient", "de Iraanse generaal", id="van-phrase-patient"),
        pytest.param(16, "liquidatie", "agent", "Amerikaanse", id="nationality-on-noun"),
    ],
)
def test_events_extract_arguments(doc, sent, trigger, role, phrase):
    assert _args(doc, _find(doc, sent, trigger)).get(role) == phrase


def test_events_extract_when_is_timex_value(doc):
    assert _find(doc, 15, "gedood").when == "2020-01-03"
    assert _find(doc, 0, "kwam").when is None


def test_events_extract_quote_speaker_is_source(doc):
    """An event inside a quote is reported by the quote's speaker."""
    text = doc.text
    a, b = _sentence(doc, 5)
    k = text.index("Iran", a)
    quoted = Document(id=doc.id, text=text, source=doc.source, sentences=doc.sentences, tokens=doc.tokens,
                      quotes=[Quote(a, b, k, k + 4)])
    e = _find(EventExtractor()(quoted), 5, "wreken")
    assert _args(quoted, e)["source"] == "Iran"


@pytest.mark.parametrize(
    "lemma, expected",
    [
        pytest.param("droneaanval", ("attack", "aanval"), id="compound"),
        pytest.param("drone-aanval", ("attack", "aanval"), id="hyphen"),
        pytest.param("aanval", ("attack", "aanval"), id="bare"),
        pytest.param("zelfmoordaanslag", ("attack", "aanslag"), id="long-compound"),
        pytest.param("koersdaling", ("economy", "daling"), id="economy-compound"),
        pytest.param("vraag", None, id="not-listed"),
        pytest.param("brandweer", None, id="head-is-weer-not-brand"),
        pytest.param("sop", None, id="too-short-modifier-for-op"),
    ],
)
def test_events_lexicon_compound_heads(lemma, expected):
    assert lexicon().noun_type(lemma) == expected
