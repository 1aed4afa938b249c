"""Event mentions on real Dutch sentences, from recorded Frog output (full modules, parser on).

The recordings are tests/fixtures/events/sentences.tsv (``frog -t sentences.txt -o sentences.tsv``)
and tests/fixtures/events/detection.tsv (``frog -n -t detection.txt -o detection.tsv``), Frog 0.20
with frogdata 0.18, one sentence a line. Frog's multiword units are split the way kroniek.analyse
splits them. One test runs real Frog on a few of the detection sentences.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from kroniek.evaluation.frog_tsv import apply_frog
from kroniek.extract.events import EventExtractor, ParsedSentence, in_name, lexicon
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
        pytest.param("faillissementsaanvraag", ("request", "aanvraag"), id="added-aanvraag-as-compound-head"),
        pytest.param("prijsverhoging", ("economy", "verhoging"), id="added-verhoging-as-compound-head"),
        pytest.param("vraag", None, id="not-listed"),
        pytest.param("brandweer", None, id="head-is-weer-not-brand"),
        pytest.param("sop", None, id="too-short-modifier-for-op"),
        pytest.param("kerkbrand", ("fire", "brand"), id="fire-is-its-own-type-not-accident"),
        pytest.param("gasexplosie", ("accident", "explosie"), id="an-explosion-is-a-disaster-unless-an-attack"),
        pytest.param("bomaanslag", ("attack", "aanslag"), id="a-bomb-attack-stays-attack"),
        pytest.param("celstraf", ("verdict", "straf"), id="a-sentence-is-a-verdict"),
        pytest.param("strafmaatregel", ("sanction", "strafmaatregel"), id="whole-word-beats-head-straf"),
        pytest.param("protestactie", ("protest", "protest"), id="generic-head-actie-takes-modifier-type"),
        pytest.param("stakingsactie", ("protest", "staking"), id="generic-head-after-linking-s"),
        pytest.param("aanslagengolf", ("attack", "aanslag"), id="generic-head-after-linking-en"),
        pytest.param("brandincident", ("fire", "brand"), id="modifier-beats-generic-head-incident"),
        pytest.param("verkeersincident", ("accident", "incident"), id="incident-alone-is-an-accident"),
        pytest.param("reclameactie", None, id="actie-without-happening-modifier-is-no-event"),
        pytest.param("bezetting", ("protest", "bezetting"), id="occupation-nominalisation"),
        pytest.param("schietpartij", ("attack", "schietpartij"), id="partij-only-as-listed-compound"),
        pytest.param("oppositiepartij", None, id="a-party-is-no-happening"),
    ],
)
def test_events_lexicon_compound_heads(lemma, expected):
    assert lexicon().noun_type(lemma) == expected


# --- detection: what is and is not a trigger (EventExtractor(other=True), as `kroniek eval events`) ---


@pytest.fixture(scope="module")
def det() -> Document:
    text = (HERE / "detection.txt").read_text(encoding="utf-8")
    d = apply_frog(Document(id="d-detection", text=text, source="detection.txt"), (HERE / "detection.tsv").read_text())
    return EventExtractor(other=True)(d)


@pytest.mark.parametrize(
    "sent, trigger, typ, lemma",
    [
        pytest.param(1, "handel", "economy", "handel", id="lowercase-handel-is-trade"),
        pytest.param(20, "overleg", "meet", "overleg", id="lowercase-overleg-is-a-meeting"),
        pytest.param(3, "bracht", "other", "te val brengen", id="idiom-is-one-event-on-its-verb"),
        pytest.param(4, "onderzoek", "investigate", "onderzoek", id="noun-outside-the-multiword-unit"),
        pytest.param(5, "zei", "statement", "zeggen", id="speech-verb-kept-its-vehicle-noun-dropped"),
        pytest.param(6, "aankondiging", "statement", "aankondiging", id="na-de-aankondiging-is-a-second-statement"),
        pytest.param(11, "kreeg", "other", "krijgen", id="krijgen-as-main-verb-is-a-transfer"),
        pytest.param(12, "steun", "aid", "steun", id="support-krijgen-gives-the-noun"),
        pytest.param(13, "ultimatum", "threaten", "ultimatum", id="support-stellen-gives-the-noun"),
        pytest.param(14, "winst", "economy", "winst", id="support-maken-gives-the-noun"),
        pytest.param(15, "presenteerde", "statement", "presenteren", id="lexicon-presenteren"),
        pytest.param(16, "aangevraagd", "request", "aanvragen", id="lexicon-aanvragen"),
        pytest.param(17, "herstructurering", "economy", "herstructurering", id="lexicon-herstructurering"),
        pytest.param(19, "voortzetten", "resume", "voortzetten", id="listed-infinitive-kept"),
        pytest.param(21, "sprak", "statement", "toespreken", id="lexicon-toespreken-separable"),
        pytest.param(22, "voegde", "statement", "toevoegen", id="lexicon-toevoegen-separable"),
        pytest.param(25, "gesprekken", "meet", "gesprek", id="support-voeren-gives-the-noun"),
        pytest.param(26, "getekend", "cooperate", "tekenen", id="support-tekenen-is-the-verb"),
    ],
)
def test_events_extract_detection_triggers(det, sent, trigger, typ, lemma):
    e = _find(det, sent, trigger)
    assert (e.type, e.lemma) == (typ, lemma)


@pytest.mark.parametrize(
    "sent, word",
    [
        pytest.param(0, "Handel", id="name-capital-noun-after-adjective"),
        pytest.param(23, "Vertrek", id="name-capital-noun-after-conjunction"),
        pytest.param(24, "Koophandel", id="name-inside-frog-org-span"),
        pytest.param(2, "Veiligheidsoverleg", id="name-capitalised-compound"),
        pytest.param(3, "val", id="idiom-part-ten-val-not-doubled"),
        pytest.param(4, "samenwerking", id="multiword-unit-in-samenwerking-met"),
        pytest.param(5, "verklaring", id="speech-vehicle-in-een-verklaring"),
        pytest.param(7, "is", id="copula-with-fixed-phrase-van-plan"),
        pytest.param(8, "heeft", id="light-verb-with-fixed-phrase-in-handen"),
        pytest.param(9, "dalende", id="present-participle-before-noun"),
        pytest.param(10, "wil", id="modal-willen"),
        pytest.param(12, "krijgen", id="support-krijgen-not-twice"),
        pytest.param(13, "stelde", id="support-stellen-not-twice"),
        pytest.param(14, "gemaakt", id="support-maken-not-twice"),
        pytest.param(14, "heeft", id="auxiliary-hebben"),
        pytest.param(25, "voerde", id="support-voeren-not-twice"),
    ],
)
def test_events_extract_detection_skips(det, sent, word):
    sentence = det.sentences[sent]
    assert word in [det.text[t.start : t.end] for t in det.tokens[sentence.first_token : sentence.last_token]]
    assert word not in [det.text[e.start : e.end] for e in _events(det, sent)]


@pytest.mark.parametrize(
    "which, sent, noun, verb",
    [
        pytest.param("doc", 3, "motie", "aangenomen", id="motie-aannemen-both-words-one-type"),
        pytest.param("det", 26, "verdrag", "getekend", id="support-object-frog-hangs-on-the-auxiliary"),
    ],
)
def test_events_extract_support_noun_is_a_mention_of_the_verbs_type(doc, det, which, sent, noun, verb):
    """The object noun of a support construction whose trigger is the verb is a mention of its own,
    of the verb's type (the happenings gold marks both words; the linker binds a verb to its object)."""
    d = doc if which == "doc" else det
    assert _find(d, sent, noun).type == _find(d, sent, verb).type


def test_events_extract_detection_planned_infinitive_is_future(det):
    """An unlisted infinitive a wish announces, acting on an object, is told as planned, never as
    happened ("wil de kosten drukken"; it was dropped as an aim before plan verbs' complements counted)."""
    e = _find(det, 10, "drukken")
    assert (e.type, e.factuality) == ("other", "future")


@pytest.mark.parametrize(
    "sent, trigger, role, phrase",
    [
        pytest.param(13, "ultimatum", "agent", "De regering", id="support-stellen-lends-subject"),
        pytest.param(13, "ultimatum", "source", None, id="support-verb-is-not-a-reporter"),
        pytest.param(14, "winst", "agent", "Het bedrijf", id="support-maken-lends-subject"),
        pytest.param(2, "komt", "place", "Den Haag", id="place-spans-the-whole-frog-name"),
        pytest.param(26, "getekend", "patient", "een verdrag", id="object-on-the-auxiliary-is-patient"),
    ],
)
def test_events_extract_detection_arguments(det, sent, trigger, role, phrase):
    assert _args(det, _find(det, sent, trigger)).get(role) == phrase


def test_events_extract_van_plan_is_future(det):
    """Frog's multiword "van_plan", split into "van" + "plan", still marks the intended event."""
    assert _find(det, 7, "sluiten").factuality == "future"


def test_events_extract_frog_entity_span_is_a_name(det):
    """A lowercase word inside a multi-word Frog entity span is part of the name, capital or not."""
    a, b = _sentence(det, 1)  # "De handel met China groeide ..."
    first = det.sentences[1].first_token
    tagged = list(det.tokens)
    for k, tag in enumerate(["B-ORG", "I-ORG", "I-ORG", "I-ORG"]):  # "De handel met China"
        tagged[first + k] = replace(tagged[first + k], ner=tag)
    doc = Document(id="x", text=det.text, source="x", sentences=det.sentences, tokens=tagged)
    s = ParsedSentence(doc, doc.sentences[1])
    assert in_name(s, first + 1)
    assert "handel" not in [doc.text[e.start : e.end] for e in EventExtractor(other=True).extract(doc) if a <= e.start < b]
    assert not in_name(ParsedSentence(det, det.sentences[1]), first + 1)


@pytest.mark.frog
@pytest.mark.slow
def test_events_extract_detection_real_frog(frog):
    from kroniek.analyse.annotator import FrogAnnotator

    text = ("Het ministerie van Buitenlandse Handel heeft de nieuwe cijfers gepubliceerd. "
            "De oppositie bracht het kabinet ten val. "
            "De minister zei in een verklaring dat de missie wordt hervat.")
    doc = EventExtractor(other=True)(FrogAnnotator(frog)(Document(id="f", text=text, source="test")))
    triggers = [text[e.start : e.end] for e in doc.events]
    assert {"gepubliceerd", "bracht", "zei", "hervat"} <= set(triggers)
    assert not {"Handel", "val", "verklaring"} & set(triggers)


@pytest.mark.parametrize(
    ("lemma", "expected"),
    [
        ("festival", None),  # listed "-": only looks like a compound on "val"
        ("foodfestival", None),  # a compound on such a word is no event either
        ("toeval", None),
        ("prijsval", ("economy", "val")),  # a real compound on "val" keeps its type
        ("droneaanval", ("attack", "aanval")),
        ("eu-top", ("meet", "top")),
    ],
)
def test_events_lexicon_plain_nouns_are_no_compound_heads(lemma, expected):
    assert lexicon().noun_type(lemma) == expected
