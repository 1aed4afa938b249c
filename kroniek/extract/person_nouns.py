"""Nouns for persons: one lookup for every reader that asks whether a common noun names people
("de verdachte", "de woordvoerster", "beide ministers") and, where the word tells, which gender.

``person_noun(word)`` is the lookup (see its docstring for the order of the rules); ``word_gender``
its gender attribute alone, for the many words that are only asked for a gender. Readers:

- quote attribution (``quotes/attribute.py``): "„…”, zegt de vakbondsbestuurder" stands for the
  last named speaker only when its head is a person noun ("volgens de jongste raming" is not);
- coreference (``coref.py``): the gender of the word before a name or heading an apposition
  ("zangeres Anouk Smit", "Els Smit, de moeder van …"), and the plurals of the table ("de twee
  ministers", "beide bewindslieden" refer to two persons);
- the case linker (``link/events/cases.py``) reads the table's singulars as lemmas (whom a case is
  about when the news names nobody: "een man", "de gedetineerde" are one class, person).
"""

from __future__ import annotations

from dataclasses import dataclass

from .quote_lexicon import role_group

__all__ = [
    "PERSON_LEMMAS",
    "PERSON_NOUNS",
    "PERSON_PLURALS",
    "PersonNoun",
    "is_person_noun",
    "person_noun",
    "word_gender",
]

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

# words before a person's name or heading an apposition after it that tell the gender ("mevrouw
# Smit", "zangeres Anouk", "Els Smit, de moeder van …")
FEMALE_WORDS = frozenset([
    "mevrouw", "mevr", "mw", "vrouw", "moeder", "dochter", "zus", "zuster", "oma", "grootmoeder",
    "weduwe", "echtgenote", "koningin", "prinses", "gravin", "hertogin", "barones", "zangeres",
    "actrice", "presentatrice", "schrijfster", "voorvrouw", "vriendin", "lerares", "studente",
    "verpleegster", "danseres", "politica", "meisje", "burgemeesteres", "kandidate",
])
MALE_WORDS = frozenset([
    "meneer", "dhr", "heer", "man", "vader", "zoon", "broer", "opa", "grootvader", "weduwnaar",
    "echtgenoot", "koning", "prins", "graaf", "hertog", "baron", "zanger", "acteur", "presentator",
    "schrijver", "voorman", "vriend", "jongen",
])
# a role in -ster, -trice or -euse is female ("woordvoerster", "presentatrice") ...
FEMALE_ENDINGS = ("trice", "euse", "ster")
# ... not a person in -ster who may be a man ("minister", "burgemeester") ...
NOT_FEMALE_STER = ("minister", "meester", "priester")
# ... and no thing in -ster, which the person endings below would take for a person
NOT_PERSON_STER = ("orkester", "register", "semester")
# endings of nouns for persons: "bestuurder", "zangeres", "woordvoerster", "pianist", "student";
# a coarse guess ("jaar", "water" end so too), asked only of a phrase already read as a speaker
PERSON_ENDINGS = ("er", "eres", "ster", "aar", "ist", "ent", "man", "vrouw", "trice", "eur", "ant", "ier")


@dataclass(frozen=True, slots=True)
class PersonNoun:
    """What the lookup knows of a noun for a person.

    ``source`` says which rule took it: "table" (``PERSON_NOUNS``), "gender" (a word or female
    ending that tells the gender), "office" (a role group of the quote lexicon) or "ending" (a
    person ending alone, a guess). ``plural`` is the table's plural, else "".
    """

    word: str
    gender: str  # "f", "m" or ""
    source: str
    plural: str = ""


def _normal(word: str) -> str:
    return word.lower().strip(",.():")


def _gender(w: str) -> str:
    if w in FEMALE_WORDS:
        return "f"
    if w in MALE_WORDS:
        return "m"
    head = w.rsplit("-", 1)[-1]
    if head.endswith(FEMALE_ENDINGS) and not head.endswith(NOT_FEMALE_STER + NOT_PERSON_STER):
        return "f"
    return ""


def word_gender(word: str) -> str:
    """ "f", "m" or "" for a word naming a person ("zangeres" f, "vader" m, "minister" "")."""
    return _gender(_normal(word))


def person_noun(word: str) -> PersonNoun | None:
    """The person noun ``word`` is (any case, trailing punctuation ignored), or None.

    1. A thing in -ster ("orkester", "handelsregister") is none, whatever its ending says.
    2. The table's singulars ("gedetineerde", "minister") are, with their plural.
    3. A word that tells a gender ("mevrouw", "vader") or a female ending ("woordvoerster",
       "presentatrice"; not "minister", "burgemeester") is, with that gender.
    4. An office of the quote lexicon's role groups ("woordvoerder", "burgemeester") is.
    5. A person ending ("vakbondsbestuurder", "pianist", "student") is, as a guess.
    """
    w = _normal(word)
    if w.rsplit("-", 1)[-1].endswith(NOT_PERSON_STER):
        return None
    gender = _gender(w)
    if w in PERSON_NOUNS:
        return PersonNoun(w, gender, "table", PERSON_NOUNS[w])
    if gender:
        return PersonNoun(w, gender, "gender")
    if role_group(w) is not None:
        return PersonNoun(w, gender, "office")
    if w.endswith(PERSON_ENDINGS):
        return PersonNoun(w, gender, "ending")
    return None


def is_person_noun(word: str) -> bool:
    """Whether ``word`` names a person (``person_noun``): "verdachte" yes, "raming" no."""
    return person_noun(word) is not None
