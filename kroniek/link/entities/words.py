"""Words and name cores: the word lists entity linking reads, and the name inside a mention."""

from __future__ import annotations

import re

from ..geo import resolve_place
from ..names import ARTICLES, acronym_key, is_acronym, normalize

# Words that put a following name inside a modifier ("de raad van bestuur van Chrysler" is not Chrysler).
PREPOSITIONS = frozenset(
    {
        "van",
        "voor",
        "uit",
        "in",
        "bij",
        "met",
        "op",
        "aan",
        "tegen",
        "door",
        "naar",
        "over",
        "tot",
        "zonder",
        "onder",
        "na",
        "om",
        "of",
        "for",
        "from",
        "with",
        "by",
        "at",
        "on",
        "to",
        "via",
        "per",
    }
)
# Lowercase words that may sit inside a multi-word name ("Bank of America", "Raad van State").
CONNECTORS = frozenset(
    {
        "of",
        "and",
        "&",
        "van",
        "de",
        "der",
        "den",
        "en",
        "voor",
        "for",
        "the",
        "het",
        "la",
        "le",
        "y",
        "du",
        "des",
    }
)
# Nouns for a body made of or serving something else: "Raad Buitenlandse Zaken" (the EU council of
# foreign ministers) is not "Buitenlandse Zaken" (the ministry), though the short name ends the long.
BODY_NOUNS = frozenset(
    {"raad", "commissie", "comite", "ministerie", "directie", "dienst", "inspectie", "council", "committee"}
)
# Dutch pronouns a mention may consist of; relative ones refer to the phrase just before them.
RELATIVE = frozenset(
    {"die", "dat", "welke", "wie", "waar", "alwaar", "waarvan", "wat", "waarmee", "waarin"}
)
PRONOUNS = frozenset(
    {
        "hij",
        "hem",
        "zijn",
        "zij",
        "ze",
        "haar",
        "hun",
        "hen",
        "wij",
        "we",
        "ons",
        "onze",
        "ik",
        "mij",
        "me",
        "mijn",
        "het",
        "zich",
        "zichzelf",
        "deze",
        "dit",
        "u",
        "uw",
        "jullie",
        "men",
    }
)
DEFINITE = frozenset(
    {"de", "het", "dit", "deze", "die", "dat", "zijn", "haar", "hun", "ons", "onze"}
)

_LIST_RE = re.compile(r"\S\s?,\s[^,]+\s?,\s.+\s(?:en|of|and)\s\S")
_LOCATING = frozenset({"in", "bij", "uit", "te", "nabij", "aan"})
_BRACKET_RE = re.compile(r"\(\s*([^()]*?)\s*\)?\s*$")


def compact(s: str) -> str:
    """The normalised name without spaces: the key names are compared by."""
    return normalize(s).replace(" ", "")


def has_upper(w: str) -> bool:
    return any(c.isupper() for c in w)


def is_name_word(w: str) -> bool:
    """A capitalised word or a number with letters ("A380"), as names are written."""
    return has_upper(w) or (w[:1].isdigit() and any(c.isalpha() for c in w))


def words(s: str) -> list[str]:
    """The words of a mention; tokens with no letter or digit (quotes, stray brackets) carry
    nothing, except an ampersand between two words ("Standard & Poor's", "Marks & Spencer")."""
    ws = s.split()
    return [w for i, w in enumerate(ws) if any(c.isalnum() for c in w) or (w == "&" and 0 < i < len(ws) - 1)]


def clean_surface(text: str) -> str:
    """A mention's text as a name: its words, single-spaced."""
    return " ".join(words(text)) or text.strip()


def name_core(text: str) -> tuple[str | None, str, str]:
    """Split a mention into (name, descriptor, acronym in brackets).

    "de Europese vliegtuigbouwer Airbus" -> ("Airbus", "Europese vliegtuigbouwer", "");
    "Europese Centrale Bank (ECB)" -> ("Europese Centrale Bank", "", "ECB"); "het bedrijf" -> (None, ...).
    """
    text, acronym = _bracketed_acronym(text)
    descriptor_after = ""
    if _LIST_RE.search(text):  # "Air China, China Southern en Xiamen Airlines": a group, no one name
        return None, text.strip(), acronym
    if ", " in text:  # apposition: "Louis Gallois, CEO van Airbus" names Gallois
        text, descriptor_after = (t.strip() for t in text.split(",", 1))
    ws = words(text)
    while len(ws) > 1 and ws[0].casefold() in ARTICLES:
        ws = ws[1:]
    if not ws:
        return None, descriptor_after, acronym
    if len(ws) == 1:
        return _one_word_name(ws[0]), descriptor_after, acronym
    located = _name_before_place(ws)
    if located is not None:
        return located, descriptor_after, acronym
    j = _name_run_start(ws)
    while j < len(ws) - 1 and _noun_compound(ws[j]):
        j += 1  # "Airbus-eigenaar EADS", "Philips-dochter Signify": the compound describes the name after it
    run = ws[j:]
    if not run or not any(has_upper(w) for w in run):
        return None, " ".join(ws), acronym
    if j == 0:
        return " ".join(run), descriptor_after, acronym
    descriptor = ws[:j]
    if any(w.casefold() in PREPOSITIONS for w in descriptor):
        return None, " ".join(ws), acronym
    return " ".join(run), " ".join(descriptor), acronym


def _noun_compound(w: str) -> bool:
    """ "Airbus-eigenaar", "KLM-topman": a name joined to a lower-case noun, a word that describes."""
    head, _, tail = w.rpartition("-")
    return bool(head) and tail[:1].islower() and tail.isalpha()


def _name_before_place(ws: list[str]) -> str | None:
    """ "Changi International Airport in Singapore", "Rijksmuseum in Amsterdam": the name before
    where it is (see ``located``); None when the mention is not such a name."""
    found = located(" ".join(ws))
    return found[0] if found else None


def located(text: str) -> tuple[str, str] | None:
    """(name, place) of a name followed by where it is, cut at the preposition ("in", "bij", "uit";
    never "van"/"of", which sit inside names such as "Raad van State"). Only when what follows is a
    known place ("Men in Black" is a title) and the whole is not one ("Wijk bij Duurstede",
    "Alphen aan den Rijn"); None otherwise."""
    ws = words(text)
    for i, w in enumerate(ws):
        if w.casefold() in _LOCATING and i > 0 and i + 1 < len(ws) and is_name_word(ws[i + 1]):
            head, place = ws[:i], " ".join(ws[i + 1 :])
            if not (all(is_name_word(x) or x.casefold() in CONNECTORS for x in head) and is_name_word(head[-1])):
                return None
            if resolve_place(place) is None or resolve_place(" ".join(ws)) is not None:
                return None
            return " ".join(head), place
    return None


def _bracketed_acronym(text: str) -> tuple[str, str]:
    """The text before a closing bracket, and the acronym letters in that bracket ("" if none)."""
    m = _BRACKET_RE.search(text)
    if not (m and "(" in text):
        return text, ""
    inner = m.group(1).strip()
    return text[: m.start()], acronym_key(inner) if inner and is_acronym(inner) else ""


def _one_word_name(word: str) -> str | None:
    w = word.strip("\"'“”„`")
    if w.casefold() in PRONOUNS or w.casefold() in RELATIVE:
        return None  # "We" opening a sentence is no name
    return w if is_name_word(w) else None


def _name_run_start(ws: list[str]) -> int:
    """Where the trailing run of name words starts, allowing connectors between them and a number
    after a name word at the end ("Nikkei 225", "S&P 500", "FTSE 100")."""
    j = len(ws)
    if j > 1 and ws[-1].isdigit() and is_name_word(ws[-2]):
        j -= 1
    while j > 0:
        if is_name_word(ws[j - 1]):
            j -= 1
            continue
        # Connectors inside a name ("Frans van der Meer", "Bank of America") but not at its end.
        k = j
        while k > 0 and ws[k - 1].casefold() in CONNECTORS:
            k -= 1
        if k < j < len(ws) and k > 0 and is_name_word(ws[k - 1]):
            j = k
            continue
        if k == 0 < j < len(ws) and ws[0][:1].isupper():  # "Van der Meer" starts with its particle
            j = 0
        break
    return j
