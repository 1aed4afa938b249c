"""A justice case told once (``kroniek.link.events.cases``): the patient read by count and class, and
the once-per-case rule. Tokens carry the tags Frog gives these words (read off real Frog output of
the sentences, written for these tests); mentions are stand-ins with the fields the rule reads."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from types import SimpleNamespace

import pytest
from written import tokens

from kroniek.link.events.cases import (
    _antecedent,
    _auxiliary_subject,
    _clause_front,
    counted_patient,
    once_per_case,
    other_count,
)
from kroniek.model import Token

LID = "LID(bep,stan,rest)"
EEN = "LID(onbep,stan,agr)"
TW = "TW(hoofd,prenom,stan)"
NMV = "N(soort,mv,basis)"
NEV = "N(soort,ev,basis,zijd,stan)"
SPEC = "SPEC(deeleigen)"
VZ = "VZ(init)"


@pytest.mark.parametrize("words, want, why", [
    ((("vier", "vier", TW), ("mannen", "man", NMV)), "4:person", "a count and a person noun"),
    ((("vier", "vier", TW), ("verdachten", "verdenken", "WW(vd,nom,met-e,mv-n)")), "4:person",
     "Frog reads 'verdachten' as a participle used as a noun"),
    ((("4", "4", "TW(hoofd,vrij)"), ("mensen", "mens", NMV)), "4:person", "a count in digits"),
    ((("drie", "drie", TW), ("Russen", "Rus", SPEC), ("en", "en", "VG(neven)"), ("een", "een", EEN),
      ("Oekraïner", "Oekraïner", SPEC)), "4:person", "coordinated counts add up: three and one"),
    ((("het", "het", "LID(bep,stan,evon)"), ("viertal", "viertal", "N(soort,ev,basis,onz,stan)"),
      ("start", "start", NEV)), "4:person", "a group noun counts; the first noun heads (Frog's misparse of 'start')"),
    ((("de", "de", LID), ("25-jarige", "25-jarig", "ADJ(nom,basis,met-e,zonder-n,stan)")), "age:25",
     "an age names one person"),
    ((("een", "een", EEN), ("patiënt", "patiënt", NEV)), "1:person", "one person by an article"),
    ((("hij", "hij", "VNW(pers,pron,nomin,vol,3,ev,masc)"),), "1:person", "a singular pronoun"),
    ((("vier", "vier", TW), ("auto's", "auto", NMV)), "4:auto", "another class is its own"),
    ((("verdachten", "verdenken", "WW(vd,nom,met-e,mv-n)"),), "", "a bare plural gives no count"),
    ((("twee", "twee", TW), ("van", "van", VZ), ("de", "de", LID), ("vier", "vier", TW),
      ("mannen", "man", NMV)), "", "a part of a group ('twee van de vier mannen') is no count of the case"),
    ((("drie", "drie", TW), ("mannen", "man", NMV), ("en", "en", "VG(neven)"), ("vrouwen", "vrouw", NMV)), "",
     "a conjunct without a count makes the whole uncounted"),
])
def test_cases_counted_patient(words, want, why):
    toks = tokens(*words)
    assert counted_patient(toks, 0, toks[-1].end) == want, why


def _m(typ: str, counted: str = "", anchors: frozenset[str] = frozenset(), places: frozenset[str] = frozenset(),
       fact: str = "asserted", day: int = 14, roles: tuple[tuple[str, str], ...] = ()) -> SimpleNamespace:
    return SimpleNamespace(em=SimpleNamespace(type=typ, factuality=fact), counted=counted, anchors=anchors,
                           places=set(places), roles=list(roles), published=dt.date(2024, 5, day))


MH = frozenset({"name:mh17"})


@pytest.mark.parametrize("x, y, rel, same, why", [
    (_m("prosecute", "4:person", MH, fact="future"), _m("prosecute", "4:person", MH), 0, True,
     "a plan and the passive report of the same day, four persons, one case name"),
    (_m("prosecute", "4:person", MH), _m("prosecute", "3:person", MH), 0, False, "another count"),
    (_m("prosecute", "4:person", MH), _m("prosecute", "4:person", frozenset({"name:arnhem"})), 0, False,
     "no shared name, case noun or place"),
    (_m("prosecute", "4:person", MH), _m("prosecute", "4:person", MH), -1, False, "their times disagree"),
    (_m("prosecute", "4:person", MH), _m("prosecute", "4:person", MH, day=20), 0, False,
     "published six days apart: outside the story window"),
    (_m("prosecute", "4:person", MH, fact="future", day=15), _m("prosecute", "4:person", MH, day=14), 0, False,
     "a plan published after the asserted report is another plan"),
    (_m("escape", "1:person", places=frozenset({"e-venray"})), _m("escape", "1:person", places=frozenset({"e-venray"})),
     1, True, "one escapee from one place on one day"),
    (_m("escape", roles=(("patient", "e-peter"),), anchors=frozenset({"name:dolder"})),
     _m("escape", roles=(("patient", "e-peter"),), anchors=frozenset({"name:dolder"})), 0, True,
     "the same named escapee and place"),
    (_m("arrest", "4:person", MH), _m("arrest", "4:person", MH), 0, False, "an arrest is not told once per case here"),
    (_m("prosecute", "4:person", MH), _m("verdict", "4:person", MH), 0, False, "another type"),
])
def test_cases_once_per_case(x, y, rel, same, why):
    assert once_per_case(x, y, rel) is same, why
    assert once_per_case(y, x, rel) is same, why


@pytest.mark.parametrize("cx, cy, apart, why", [
    ("3:person", "2:person", True, "three men and two men are two cases"),
    ("4:person", "4:person", False, "the same count"),
    ("age:25", "1:person", False, "an age and a count do not conflict"),
    ("3:person", "", False, "an unknown count does not conflict"),
    ("3:person", "2:auto", False, "other classes say nothing"),
])
def test_cases_other_count(cx, cy, apart, why):
    assert other_count(_m("prosecute", cx), _m("prosecute", cy)) is apart, why


@pytest.mark.parametrize("words, verb, want, why", [
    ((("dat", "dat", "VG(onder)"), ("drie", "drie", TW), ("Russen", "Russen", SPEC), ("en", "en", "VG(neven)"),
      ("een", "een", EEN), ("Oekraïner", "Oekraïner", SPEC), ("worden", "worden", "WW(pv,tgw,mv)"),
      ("vervolgd", "vervolgen", "WW(vd,vrij,zonder)")), 7, "drie Russen en een Oekraïner",
     "a passive clause whose coordinated subject Frog hangs elsewhere"),
    ((("om", "om", VZ), ("vier", "vier", TW), ("verdachten", "verdenken", "WW(vd,nom,met-e,mv-n)"),
      ("te", "te", VZ), ("vervolgen", "vervolgen", "WW(inf,vrij,zonder)")), 4, "vier verdachten",
     "an om-te clause: the participle used as a noun is no verb"),
    ((("Vier", "vier", TW), ("mannen", "man", NMV), ("worden", "worden", "WW(pv,tgw,mv)"),
      ("vervolgd", "vervolgen", "WW(vd,vrij,zonder)")), 3, None, "a main clause has no opener: the parse's subject serves"),
    ((("dat", "dat", "VG(onder)"), ("hij", "hij", "VNW(pers,pron,nomin,vol,3,ev,masc)"), ("zei", "zeggen", "WW(pv,verl,ev)"),
      ("vervolgd", "vervolgen", "WW(vd,vrij,zonder)")), 3, None, "another verb between: not this clause's front"),
])
def test_cases_clause_front(words, verb, want, why):
    toks = tokens(*words)
    text = " ".join(w[0] for w in words)
    span = _clause_front(toks, verb)
    assert (text[span[0]:span[1]] if span else None) == want, why


@pytest.mark.parametrize("words, verb, want, why", [
    ((("van", "van", VZ), ("de", "de", LID), ("psychiatrische", "psychiatrisch", "ADJ(prenom,basis,met-e,stan)"),
      ("patiënt", "patiënt", NEV), ("die", "die", "VNW(betr,pron,stan,vol,persoon,getal)"),
      ("zaterdag", "zaterdag", SPEC), ("niet", "niet", "BW()"), ("terugkeerde", "terugkeren", "WW(pv,verl,ev)")), 7,
     "de psychiatrische patiënt", "the noun phrase the relative clause hangs on, its article included"),
    ((("over", "over", VZ), ("Peter", "Peter", SPEC), ("M.", "M.", SPEC), (",", ",", "LET()"),
      ("die", "die", "VNW(betr,pron,stan,vol,persoon,getal)"), ("ontsnapte", "ontsnappen", "WW(pv,verl,ev)")), 5,
     "Peter M.", "a name before a comma and 'die'"),
    ((("Hij", "hij", "VNW(pers,pron,nomin,vol,3,ev,masc)"), ("ontsnapte", "ontsnappen", "WW(pv,verl,ev)")), 1, None,
     "no relative clause"),
])
def test_cases_antecedent(words, verb, want, why):
    toks = tokens(*words)
    text = " ".join(w[0] for w in words)
    span = _antecedent(toks, verb)
    assert (text[span[0]:span[1]] if span else None) == want, why


def _parsed(*words: tuple[str, str, str, int, str]) -> tuple[list[Token], list[int]]:
    toks = [replace(t, head=w[3], deprel=w[4])
            for t, w in zip(tokens(*((w, lemma, pos) for w, lemma, pos, _, _ in words)), words, strict=True)]
    return toks, [w[3] for w in words]


@pytest.mark.parametrize("words, verb, want, why", [
    ((("Een", "een", EEN, 2, "det"), ("patiënt", "patiënt", NEV, 2, "su"), ("is", "zijn", "WW(pv,tgw,ev)", -1, "ROOT"),
      ("ontsnapt", "ontsnappen", "WW(pv,tgw,met-t)", -1, "ROOT")), 3, [1],
     "Frog's two roots: the subject hangs on 'is'"),
    ((("Een", "een", EEN, 2, "det"), ("patiënt", "patiënt", NEV, 2, "su"), ("is", "zijn", "WW(pv,tgw,ev)", -1, "ROOT"),
      ("ontsnapt", "ontsnappen", "WW(vd,vrij,zonder)", 2, "vc")), 3, [],
     "a well-parsed participle: the parse's own subject path serves"),
    ((("Hij", "hij", "VNW(pers,pron,nomin,vol,3,ev,masc)", 2, "su"), ("zei", "zeggen", "WW(pv,verl,ev)", -1, "ROOT"),
      ("ontsnapt", "ontsnappen", "WW(pv,tgw,met-t)", -1, "ROOT")), 2, [], "not an auxiliary before the verb"),
])
def test_cases_auxiliary_subject(words, verb, want, why):
    toks, heads = _parsed(*words)
    assert _auxiliary_subject(toks, heads, verb) == want, why
