"""What a reader sees instead of kroniek's codes: dates as people write them, Dutch words for
event types, roles, entity kinds and factuality, and the interface text in Dutch or English.

Dates: ``human_date("2020-01-06")`` -> "maandag 6 januari 2020", ``"2020-01"`` -> "januari 2020",
``"XXXX-WXX-1TEV"`` -> "op een maandagavond"; never a TIMEX3 code. The interface language is
Dutch unless the reader asks for English (``?lang=en``, a cookie set by the switch, or a browser
that prefers English); the documents' own text keeps ``lang="nl"``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import Any

from babel.dates import get_day_names, get_month_names

LANGS = ("nl", "en")

EVENT_TYPES = {
    "nl": {
        "accident": "ongeluk", "aid": "hulp", "appoint": "benoeming", "arrest": "arrestatie", "attack": "aanval",
        "contest": "wedstrijd", "cooperate": "samenwerking", "crime": "misdrijf", "criticize": "kritiek", "decide": "besluit",
        "deploy": "inzet",
        "economy": "economie", "election": "verkiezing", "fire": "brand", "investigate": "onderzoek",
        "escape": "ontsnapping", "kill": "doding", "meet": "overleg", "prosecute": "vervolging", "trial": "rechtszaak", "protest": "protest",
        "reject": "afwijzing", "request": "verzoek",
        "resume": "hervatting", "sanction": "sanctie", "statement": "verklaring", "suspend": "opschorting",
        "threaten": "dreiging", "verdict": "vonnis", "withdraw": "terugtrekking",
    },
    "en": {
        "accident": "accident", "aid": "aid", "appoint": "appointment", "arrest": "arrest", "attack": "attack",
        "contest": "contest", "cooperate": "cooperation", "crime": "crime", "criticize": "criticism", "decide": "decision",
        "deploy": "deployment",
        "economy": "economy", "election": "election", "fire": "fire", "investigate": "investigation",
        "escape": "escape", "kill": "killing", "meet": "meeting", "prosecute": "prosecution", "trial": "trial", "protest": "protest",
        "reject": "rejection", "request": "request",
        "resume": "resumption", "sanction": "sanction", "statement": "statement", "suspend": "suspension",
        "threaten": "threat", "verdict": "verdict", "withdraw": "withdrawal",
    },
}
ENTITY_TYPES = {
    "nl": {"PER": "persoon", "ORG": "organisatie", "LOC": "plaats", "MISC": "overig", "PRO": "product"},
    "en": {"PER": "person", "ORG": "organisation", "LOC": "place", "MISC": "other", "PRO": "product"},
}
ROLES = {
    "nl": {"agent": "wie", "patient": "wie of wat", "recipient": "aan wie", "participant": "met wie",
           "instrument": "waarmee"},
    "en": {"agent": "who", "patient": "whom or what", "recipient": "to whom", "participant": "with whom",
           "instrument": "with what"},
}
# A role as the entity's own part in an event (the entity page: "Soleimani: doelwit").
PART = {
    "nl": {"agent": "uitvoerder", "patient": "doelwit of onderwerp", "recipient": "ontvanger",
           "participant": "deelnemer", "instrument": "middel", "place": "plaats"},
    "en": {"agent": "actor", "patient": "target or subject", "recipient": "recipient",
           "participant": "participant", "instrument": "instrument", "place": "place"},
}
FACTUALITY = {
    "nl": {"asserted": "gebeurd", "negated": "niet gebeurd", "possible": "mogelijk", "future": "aangekondigd"},
    "en": {"asserted": "happened", "negated": "did not happen", "possible": "possible", "future": "announced"},
}
ASPECTS = {
    "nl": {"when": "de datum", "manner": "hoe het gebeurde", "dead": "het aantal doden",
           "injured": "het aantal gewonden"},
    "en": {"when": "the date", "manner": "how it happened", "dead": "the number of dead",
           "injured": "the number of injured"},
}
GENRES = {
    "nl": {"news": "nieuws", "letter": "brief", "other": "overig"},
    "en": {"news": "news", "letter": "letter", "other": "other"},
}
_REFS = {
    "nl": {"PRESENT_REF": "nu", "PAST_REF": "eerder", "FUTURE_REF": "later"},
    "en": {"PRESENT_REF": "now", "PAST_REF": "earlier", "FUTURE_REF": "later"},
}
_PARTS = {
    "nl": {"MO": "ochtend", "AF": "middag", "EV": "avond", "NI": "nacht", "DT": "dag"},
    "en": {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "day"},
}
_SEASONS = {
    "nl": {"SP": "voorjaar", "SU": "zomer", "FA": "najaar", "AU": "najaar", "WI": "winter",
           "Q1": "eerste kwartaal", "Q2": "tweede kwartaal", "Q3": "derde kwartaal", "Q4": "vierde kwartaal",
           "H1": "eerste helft", "H2": "tweede helft"},
    "en": {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter",
           "Q1": "first quarter", "Q2": "second quarter", "Q3": "third quarter", "Q4": "fourth quarter",
           "H1": "first half", "H2": "second half"},
}
_UNITS = {
    "nl": {"Y": ("jaar", "jaar"), "M": ("maand", "maanden"), "W": ("week", "weken"), "D": ("dag", "dagen"),
           "H": ("uur", "uren"), "MIN": ("minuut", "minuten")},
    "en": {"Y": ("year", "years"), "M": ("month", "months"), "W": ("week", "weeks"), "D": ("day", "days"),
           "H": ("hour", "hours"), "MIN": ("minute", "minutes")},
}
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_WEEK = re.compile(r"(\d{4})-W(\d{2})(-WE)?")
_DAYPART = re.compile(r"(\d{4}-\d{2}-\d{2})T(MO|AF|EV|NI)")
_NO_YEAR = re.compile(r"XXXX-(\d{2})-(\d{2})")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|AU|WI|Q[1-4]|H[12])")
_WEEKDAY = re.compile(r"XXXX-WXX-([1-7])(?:T(MO|AF|EV|NI))?")
_DURATION = re.compile(r"PT?(\d+|X)(Y|M|W|D|H|MIN)")


@functools.lru_cache(maxsize=4)
def _names(lang: str) -> tuple[dict[int, str], dict[int, str], dict[int, str]]:
    """Babel's month names (wide, abbreviated) and weekday names for a language, read once."""
    wide = dict(get_month_names("wide", locale=lang))
    short = {k: v.rstrip(".") for k, v in get_month_names("abbreviated", locale=lang).items()}
    return wide, short, dict(get_day_names("wide", locale=lang))


def _date(value: str, lang: str, short: bool) -> str | None:
    """A day as people write it, with the names Babel gives (formatting by hand: Babel's
    format_date costs a quarter of a millisecond, and a page may write hundreds of dates)."""
    m = _DAY.fullmatch(value)
    if not m:
        return None
    try:
        day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    wide, abbr, weekdays = _names(lang)
    if short:
        return f"{day.day} {abbr[day.month]} {day.year}" if lang == "nl" else f"{abbr[day.month]} {day.day}, {day.year}"
    wd = weekdays[day.weekday()]
    text = f"{wd} {day.day} {wide[day.month]} {day.year}" if lang == "nl" else \
        f"{wd}, {wide[day.month]} {day.day}, {day.year}"
    if m.group(4):
        text += f", {m.group(4)}:{m.group(5)}"
    return text


def _day_part(day: str, part: str, lang: str, short: bool) -> str:
    """A part of a known day: "maandagavond 6 januari 2020", "Monday evening, January 6, 2020"."""
    if short:
        return f"{_date(day, lang, True)} ({part})"
    weekday, rest = (_date(day, lang, False) or "").split(" ", 1)
    return f"{weekday}{part} {rest}" if lang == "nl" else f"{weekday.rstrip(',')} {part}, {rest}"


def human_date(value: str | None, lang: str = "nl", *, short: bool = False) -> str:  # noqa: C901
    """A TIMEX3-style value as people write it; "" for none. ``short``: "6 jan. 2020", "jan. 2020"."""
    if not value:
        return ""
    v = str(value)
    day = _date(v, lang, short)
    if day:
        return day
    if (m := _MONTH.fullmatch(v)) and 1 <= int(m.group(2)) <= 12:
        wide, abbr, _ = _names(lang)
        return f"{(abbr if short else wide)[int(m.group(2))]} {m.group(1)}"
    if re.fullmatch(r"\d{4}", v):
        return v
    if re.fullmatch(r"\d{3}X", v):
        return ("de jaren " if lang == "nl" else "the ") + v[:3] + "0" + ("" if lang == "nl" else "s")
    if m := _DAYPART.fullmatch(v):
        return _day_part(m.group(1), _PARTS[lang][m.group(2)], lang, short)
    if m := _WEEK.fullmatch(v):
        week = f"week {int(m.group(2))} van {m.group(1)}" if lang == "nl" else f"week {int(m.group(2))} of {m.group(1)}"
        if m.group(3):
            return ("het weekend van " if lang == "nl" else "the weekend of ") + week
        return week
    if (m := _NO_YEAR.fullmatch(v)) and 1 <= int(m.group(1)) <= 12:
        month = _names(lang)[0][int(m.group(1))]
        return f"{int(m.group(2))} {month}" if lang == "nl" else f"{month} {int(m.group(2))}"
    if m := _SEASON.fullmatch(v):
        return f"{_SEASONS[lang][m.group(2)]} {m.group(1)}"
    if v in _REFS[lang]:
        return _REFS[lang][v]
    if m := _WEEKDAY.fullmatch(v):
        name = _names(lang)[2][int(m.group(1)) - 1]  # ISO 1 = Monday = Babel's 0
        part = _PARTS[lang].get(m.group(2) or "", "")
        if lang == "nl":
            return f"op een {name}{part}"
        return f"on a {name}{' ' + part if part else ''}"
    if m := _DURATION.fullmatch(v):
        one, many = _UNITS[lang][m.group(2)]
        if m.group(1) == "X":
            return ("enkele " if lang == "nl" else "some ") + many
        n = int(m.group(1))
        return f"{n} {one if n == 1 else many}"
    return "onbepaalde tijd" if lang == "nl" else "an unstated time"


def human_range(first: str | None, last: str | None, lang: str = "nl") -> str:
    """A span of days as people write it: "3 – 10 januari 2020", "6 januari 2020" for one day."""
    a, b = (first or "")[:10], (last or "")[:10]
    if not a:
        return human_date(b, lang)
    if not b or a == b:
        return human_date(a, lang)
    if len(a) == len(b) == 10 and a[:7] == b[:7] and _DAY.fullmatch(a) and _DAY.fullmatch(b):
        tail = human_date(b, lang, short=False).split(" ", 1)[1] if lang == "nl" else human_date(b, lang)
        head = str(int(a[8:])) if lang == "nl" else human_date(a, lang)
        return f"{head} – {tail}"
    return f"{human_date(a, lang)} – {human_date(b, lang)}"


def human_anchor(anchor: dict[str, Any] | None, lang: str = "nl") -> str:
    """An undated event placed by its reports: "uiterlijk maandag 6 januari 2020", "rond …", "na …"."""
    if not anchor or not anchor.get("value"):
        return ""
    words = {"nl": {"on_or_before": "uiterlijk", "on": "rond", "after": "na"},
             "en": {"on_or_before": "on or before", "on": "around", "after": "after"}}[lang]
    return f"{words.get(anchor.get('relation', ''), '')} {human_date(anchor['value'], lang)}".strip()


def word(table: dict[str, dict[str, str]], key: str | None, lang: str) -> str:
    """A code's word in the reader's language (an unknown code becomes "overig"/"other", never shown raw)."""
    if not key:
        return ""
    return table[lang].get(key) or ("overig" if lang == "nl" else "other")


def pick_lang(query: str | None, cookie: str | None, accept: str | None) -> str:
    """The interface language: ?lang=, then the switch's cookie, then Accept-Language; Dutch by default."""
    for choice in (query, cookie):
        if choice in LANGS:
            return choice
    best, best_q = "nl", -1.0
    for part in (accept or "").split(","):
        tag, _, params = part.strip().partition(";")
        code = tag.strip().lower()[:2]
        if code not in LANGS:
            continue
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        if q > best_q or (q == best_q and code == "nl"):
            best, best_q = code, q
    return best


def translator(lang: str) -> Callable[..., str]:
    """``t("key", n=3)``: the interface text for a key in ``lang``, formatted with the arguments."""
    from .ui_text import UI

    table = UI[lang]

    def t(key: str, **kw: Any) -> str:
        text = table.get(key) or UI["nl"].get(key) or key
        return text.format(**kw) if kw else text

    return t


def counted(n: int, key: str, lang: str = "nl") -> str:
    """A count with its noun: "1 document", "3 bronnen" (keys in ui_text.NOUNS)."""
    from .ui_text import NOUNS

    one, many = NOUNS[lang][key]
    return f"{n} {one if n == 1 else many}"
