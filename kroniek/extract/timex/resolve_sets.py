"""Sets: "elke week", "'s maandags", "vijf dagen per week", "om de twee dagen"."""

from __future__ import annotations

import re

from ...lexicon import WEEKDAYS
from ...model import Timex
from ..time_lexicon import (
    DAYPARTS,
    SET_ADVERBS,
    UNITS,
)
from .patterns import (
    WD,
    Cand,
)
from .resolver import Resolver
from .words import fmt_num, number


def setwd(r: Resolver, c: Cand) -> Timex | None:
    w = c.g["w"].lower()[:-1]
    return r.timex(c, "SET", f"XXXX-WXX-{WEEKDAYS[w] + 1}", relative=False)


def setevery(r: Resolver, c: Cand) -> Timex | None:
    w = c.g["w"].lower()
    wd = re.match(WD, w, re.I)
    if wd:  # "elke maandag", "elke maandagavond"
        part = DAYPARTS.get(w[wd.end():], "")
        value = f"XXXX-WXX-{WEEKDAYS[wd.group()] + 1}" + (f"T{part}" if part else "")
        return r.timex(c, "SET", value, relative=False)
    table = {"dag": "P1D", "week": "P1W", "maand": "P1M", "jaar": "P1Y", "weekend": "P1WE", "kwartaal": "P1Q",
             "uur": "PT1H", "minuut": "PT1M", "ochtend": "TMO", "middag": "TAF", "avond": "TEV",
             "nacht": "TNI", "zomer": "XXXX-SU", "winter": "XXXX-WI"}
    return r.timex(c, "SET", table[w], relative=False)


def setper(r: Resolver, c: Cand) -> Timex | None:
    table = {"dag": "P1D", "week": "P1W", "maand": "P1M", "jaar": "P1Y", "kwartaal": "P1Q", "uur": "PT1H"}
    return r.timex(c, "SET", table[c.g["w"].lower()], relative=False)


def setadv(r: Resolver, c: Cand) -> Timex | None:
    return r.timex(c, "SET", SET_ADVERBS[c.g["w"].lower()], relative=False)


def setper2(r: Resolver, c: Cand) -> Timex | None:
    return r.timex(c, "SET", "P1" + UNITS[c.g["w"].lower()][0], relative=False)


def setomde(r: Resolver, c: Cand) -> Timex | None:
    des, is_time, _ = UNITS[c.g["u"].lower()]
    if c.g["n"].lower() == "zoveel":  # "om de zoveel jaar": every so many years
        return r.timex(c, "SET", ("PT" if is_time else "P") + "X" + des, relative=False)
    n = number(c.g["n"])
    if n is None:
        return None
    return r.timex(c, "SET", ("PT" if is_time else "P") + fmt_num(n) + des, relative=False)


RESOLVERS = {
    "setwd": setwd,
    "setevery": setevery,
    "setper": setper,
    "setadv": setadv,
    "setper2": setper2,
    "setomde": setomde,
}
