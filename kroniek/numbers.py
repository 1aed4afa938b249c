"""Dutch number words: the one table and the one parser every reader asks (data and a small parser).

``CARDINALS`` are the written cardinals a pattern may list (one to twenty, the tens, "honderd");
``NUMBER_WORDS`` adds the fractions the time tagger reads ("anderhalf", "een kwart").
``number_word`` reads any written cardinal below a million, compounds included ("eenentwintig",
"tweeënveertig", "driehonderdvijftig", "tienduizend"); ``count`` also reads digits ("12",
"1.500"), ``ordinal_word`` the written ordinals ("derde", "negentiende", "eenentwintigste"). "Een" is
one here: whether it is the article is for the reader to decide.

A test fails when another module of the package spells out a table of number words.
"""

from __future__ import annotations

import re

UNITS: dict[str, int] = {
    "een": 1, "één": 1, "eén": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9,
}
TEENS: dict[str, int] = {
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16,
    "zeventien": 17, "achttien": 18, "negentien": 19,
}
TENS: dict[str, int] = {
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
    "tachtig": 80, "negentig": 90,
}
HUNDRED = "honderd"
THOUSAND = "duizend"
CARDINALS: dict[str, int] = {**UNITS, **TEENS, **TENS, HUNDRED: 100}
FRACTIONS: dict[str, float] = {
    "anderhalf": 1.5, "anderhalve": 1.5, "half": 0.5, "halve": 0.5, "driekwart": 0.75, "kwart": 0.25,
    "een kwart": 0.25, "een half": 0.5, "een halve": 0.5,
}
NUMBER_WORDS: dict[str, float] = {**CARDINALS, **FRACTIONS}

# "eenentwintig", "tweeëntwintig", "drieëndertig": a unit, "en" ("ën" after an e), a ten
_UNIT_AND_TEN = re.compile(
    "(" + "|".join(UNITS) + ")[eë]n(" + "|".join(TENS) + ")"
)
_DIGITS = re.compile(r"\d+|\d{1,3}(?:\.\d{3})+")


def cardinals(low: int, high: int) -> list[str]:
    """The table's words for the numbers from ``low`` to ``high`` (for a pattern's alternation)."""
    return [w for w, v in CARDINALS.items() if low <= v <= high]


def number_word(word: str) -> int | None:
    """The number a written Dutch cardinal stands for ("drie" 3, "eenentwintig" 21, "honderd"
    100, "tweeduizend" 2000), None for any other word."""
    w = word.lower()
    if w in CARDINALS:
        return CARDINALS[w]
    return _below_million(w)


def ordinal_word(word: str) -> int | None:
    """The number a written Dutch ordinal stands for ("eerste" 1, "derde" 3, "achtste" 8,
    "negentiende" 19, "eenentwintigste" 21, "honderdste" 100), None for any other word."""
    w = word.lower()
    for ordinal, cardinal in _IRREGULAR_ORDINALS.items():
        if w.endswith(ordinal):  # "eerste", "honderdeerste"
            return number_word(w[: -len(ordinal)] + cardinal)
    if w.endswith("ste") and w[:-3].endswith(_STE_AFTER):
        return number_word(w[:-3])
    if w.endswith("de") and not w[:-2].endswith(_STE_AFTER + tuple(_IRREGULAR_ORDINALS.values())):
        return number_word(w[:-2])
    return None


# "-ste" after these ends of a cardinal ("achtste", "twintigste", "honderdste"), "-de" after others
_STE_AFTER = ("acht", "tig", HUNDRED, THOUSAND)
_IRREGULAR_ORDINALS = {"eerste": "een", "derde": "drie"}


def count(word: str) -> int | None:
    """A count written in digits ("12", "1.500") or in words ("twaalf"), else None."""
    if _DIGITS.fullmatch(word):
        return int(word.replace(".", ""))
    return number_word(word)


def _below_million(w: str) -> int | None:
    head, sep, tail = w.partition(THOUSAND)
    if sep:
        thousands = _below_thousand(head) if head else 1
        rest = _below_thousand(tail) if tail else 0
        return None if thousands is None or rest is None else thousands * 1000 + rest
    return _below_thousand(w)


def _below_thousand(w: str) -> int | None:
    head, sep, tail = w.partition(HUNDRED)
    if sep:
        hundreds = _below_hundred(head) if head else 1  # "negentienhonderd" is 1900
        rest = _below_hundred(tail) if tail else 0
        return None if hundreds is None or rest is None else hundreds * 100 + rest
    return _below_hundred(w)


def _below_hundred(w: str) -> int | None:
    if w in UNITS or w in TEENS or w in TENS:
        return CARDINALS[w]
    m = _UNIT_AND_TEN.fullmatch(w)
    return UNITS[m.group(1)] + TENS[m.group(2)] if m else None
