"""Small readings of the words around a span: the word before and after, numbers, month names."""

from __future__ import annotations

import re

from ...lexicon import MONTHS, WEEKDAYS
from ...numbers import FRACTIONS, number_word
from ...sentences import opens_sentence
from ..time_lexicon import (
    DEICTIC,
    OLD_MONTHS,
)
from .patterns import DP, WD


def month_num(word: str) -> int | None:
    """The month a name, abbreviation, compound ("junimaand") or old name ("oogstmaand") stands for."""
    w = word.rstrip(".").lower()
    if w in MONTHS:
        return MONTHS[w]
    if w.endswith("maand") and w[:-5] in MONTHS:
        return MONTHS[w[:-5]]
    return OLD_MONTHS.get(w)


def number(s: str) -> float | None:
    s = s.lower()
    if s in FRACTIONS:
        return FRACTIONS[s]
    if (n := number_word(s)) is not None:
        return n
    if re.fullmatch(r"\d+(,5)?", s):
        return float(s.replace(",", "."))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", s):
        return float(s.replace(".", ""))
    return None


def fmt_num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def prev_word(text: str, i: int) -> str:
    m = re.search(r"([\w'’./-]+)\s*$", text[max(0, i - 40) : i])
    return m.group(1).lower() if m else ""


def next_word(text: str, j: int) -> str:
    m = re.match(r"\s*([\w'’-]+)", text[j : j + 40])
    return m.group(1) if m else ""


def has_article_before(text: str, i: int) -> bool:
    return re.search(r"(?i)(?<![\w])(?:de|het)\s+$", text[max(0, i - 6) : i]) is not None


def sentence_start(text: str, i: int) -> bool:
    """True when offset ``i`` starts a sentence, a line or a quotation (``kroniek.sentences``)."""
    return opens_sentence(text, i)


# --- candidate guards (precision) -------------------------------------------------------------

def names_day(word: str) -> bool:
    """ "zondag", "zondagmiddag", "vanavond": a word after which an hour is a clock time ("zondag 20 uur")."""
    return word in WEEKDAYS or word in DEICTIC or re.fullmatch(WD + DP, word) is not None

