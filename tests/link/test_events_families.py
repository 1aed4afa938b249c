"""A light verb takes the happening family of its event noun, so that what one happening's reports
call it can link: "een celstraf opgelegd" tells of a verdict like "veroordeeld", "een resolutie
aangenomen" of a vote like "gestemd". Hand-made tagged sentences (the mention reader reads tags)."""

from __future__ import annotations

import pytest

from kroniek.link.events.mentions import read_mention
from kroniek.link.events.words import families_match, support_family
from kroniek.model import Document, EventMention, Sentence, Token


def _doc(words: list[tuple[str, str, str]], trigger: str, lemma: str, typ: str, patient: str) -> Document:
    """One sentence from (word, lemma, CGN tag); the trigger's mention with the patient phrase."""
    text = " ".join(w for w, _, _ in words)
    tokens, at = [], 0
    for w, lem, tag in words:
        tokens.append(Token(at, at + len(w), lem, tag))
        at += len(w) + 1
    doc = Document(id="d", text=text, source="test")
    doc.tokens = tokens
    doc.sentences = [Sentence(0, len(text), 0, len(tokens))]
    k, p = text.index(trigger), text.index(patient)
    doc.events = [EventMention(k, k + len(trigger), typ, lemma, arguments=(("patient", p, p + len(patient)),))]
    return doc


N = "N(soort,ev,basis,zijd,stan)"
VD = "WW(vd,vrij,zonder)"
LID = "LID(onbep,stan,agr)"


@pytest.mark.parametrize(
    "words, trigger, lemma, typ, patient, family",
    [
        pytest.param([("Hij", "hij", "VNW(pers)"), ("kreeg", "krijgen", "WW(pv,verl,ev)"), ("een", "een", LID),
                      ("celstraf", "celstraf", N), ("opgelegd", "opleggen", VD)],
                     "opgelegd", "opleggen", "verdict", "een celstraf", "verdict", id="a-sentence-imposed-is-a-verdict"),
        pytest.param([("Het", "het", LID), ("parlement", "parlement", N), ("heeft", "hebben", "WW(pv)"),
                      ("een", "een", LID), ("resolutie", "resolutie", N), ("aangenomen", "aannemen", VD)],
                     "aangenomen", "aannemen", "decide", "een resolutie", "vote", id="a-resolution-adopted-is-a-vote"),
        pytest.param([("Het", "het", LID), ("bedrijf", "bedrijf", N), ("heeft", "hebben", "WW(pv)"),
                      ("een", "een", LID), ("directeur", "directeur", N), ("aangenomen", "aannemen", VD)],
                     "aangenomen", "aannemen", "other", "een directeur", "", id="hiring-a-director-has-no-family"),
        pytest.param([("Hij", "hij", "VNW(pers)"), ("heeft", "hebben", "WW(pv)"), ("een", "een", LID),
                      ("straf", "straf", N), ("ontlopen", "ontlopen", VD)],
                     "ontlopen", "ontlopen", "other", "een straf", "", id="no-support-verb-no-family-of-its-object"),
    ],
)
def test_events_families_light_verb_takes_its_nouns_family(words, trigger, lemma, typ, patient, family):
    doc = _doc(words, trigger, lemma, typ, patient)
    assert read_mention(doc, doc.events[0], lambda *a: None).family == family


@pytest.mark.parametrize(
    "verb, noun, other, match",
    [
        pytest.param("opleggen", "celstraf", "veroordelen", True, id="opgelegd-matches-veroordeeld"),
        pytest.param("aannemen", "motie", "stemmen", True, id="motie-aangenomen-matches-gestemd"),
        pytest.param("aannemen", "motie", "veroordelen", False, id="a-vote-is-no-verdict"),
        pytest.param("opleggen", "sanctie", "strafmaatregel", True, id="sancties-opgelegd-match-strafmaatregelen"),
        pytest.param("opleggen", "sanctie", "sanctie", True, id="sancties-opgelegd-match-de-sancties"),
        pytest.param("opleggen", "embargo", "boycot", True, id="an-embargo-imposed-matches-a-boycott"),
        pytest.param("opleggen", "sanctie", "veroordelen", False, id="sanctions-are-no-verdict"),
    ],
)
def test_events_families_support_family_matches(verb, noun, other, match):
    from kroniek.link.events.words import family_of

    assert families_match(support_family(verb, noun), family_of(other)) is match
