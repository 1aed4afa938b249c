"""Nouns for persons, singular and plural: one table for every reader that asks whether a common
noun names people ("de verdachte", "beide ministers", "de twee broers").

Coreference reads the plurals ("de twee ministers", "beide bewindslieden" refer to two persons);
the linker reads the singulars as lemmas (whom a case is about when the news names nobody: "een
man", "de gedetineerde" are one class, person).
"""

from __future__ import annotations

__all__ = ["PERSON_LEMMAS", "PERSON_NOUNS", "PERSON_PLURALS"]

# singular -> plural
PERSON_NOUNS: dict[str, str] = {
    "man": "mannen", "vrouw": "vrouwen", "mens": "mensen", "persoon": "personen", "heer": "heren",
    "dame": "dames", "jongen": "jongens", "meisje": "meisjes", "jongere": "jongeren",
    "jongeman": "jongemannen", "tiener": "tieners", "minderjarige": "minderjarigen",
    "vader": "vaders", "moeder": "moeders", "ouder": "ouders", "zoon": "zonen", "dochter": "dochters",
    "broer": "broers", "zus": "zussen", "partner": "partners", "echtpaar": "echtparen",
    "burger": "burgers", "inwoner": "inwoners", "bewoner": "bewoners", "asielzoeker": "asielzoekers",
    "militair": "militairen", "agent": "agenten", "politieagent": "politieagenten",
    "bestuurder": "bestuurders", "oud-bestuurder": "oud-bestuurders", "medewerker": "medewerkers",
    "lid": "leden", "leider": "leiders", "bewindsman": "bewindslieden", "minister": "ministers",
    "politicus": "politici", "president": "presidenten", "premier": "premiers",
    "kandidaat": "kandidaten", "oprichter": "oprichters", "speler": "spelers", "coach": "coaches",
    "trainer": "trainers", "verdachte": "verdachten", "dader": "daders", "patiënt": "patiënten",
    "patient": "patienten", "cliënt": "cliënten", "tbs'er": "tbs'ers", "tbs-er": "tbs-ers",
    "gevangene": "gevangenen", "gedetineerde": "gedetineerden", "veroordeelde": "veroordeelden",
    "voortvluchtige": "voortvluchtigen", "ontsnapte": "ontsnapten", "beklaagde": "beklaagden",
    "crimineel": "criminelen", "terrorist": "terroristen", "jihadist": "jihadisten",
    "moordenaar": "moordenaars", "verkrachter": "verkrachters", "overvaller": "overvallers",
    "inbreker": "inbrekers", "oplichter": "oplichters",
}
# Lemmas Frog gives person nouns it misreads: "verdachte" as "verdenken" or "verdacht", "tbs'er" as "tbs".
MISREAD_LEMMAS = frozenset({"verdenken", "verdacht", "tbs"})
PERSON_LEMMAS = frozenset(PERSON_NOUNS) | MISREAD_LEMMAS
# A regular-expression alternation of the plurals ("ministers|bewindslieden|…").
PERSON_PLURALS = "|".join(sorted(set(PERSON_NOUNS.values()), key=len, reverse=True))
