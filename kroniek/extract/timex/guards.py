"""Candidate spans: every rule's matches that pass the guard of their kind (precision), plus the
ends of ranges, and the choice of the longest non-overlapping ones."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ...numbers import number_word
from ..time_lexicon import (
    AFTER_YEAR_OK,
    AGE_NOUNS,
    COUNT_NOUNS,
    DETERMINERS,
    FEAST_CAPITALISED,
    FINITE_HINTS,
    PAST_MARKERS,
    REPORTING_VERBS,
    YEAR_CUES,
)
from ..time_tense import weak_past
from .patterns import (
    APPROX_BEFORE,
    CLOCK_AFTER,
    CLOCK_UNTIL,
    COPULAS,
    DAY_RANGE,
    MORGEN_VERBS,
    NOW_CONJ_NEXT,
    RULES,
    TIME_PREPS,
    WORD_AFTER,
    YEAR_RANGE,
    Cand,
)
from .words import (
    month_num,
    names_day,
    next_word,
    number,
    prev_word,
    sentence_start,
)


def age_range(text: str, m: re.Match[str], prev: str) -> bool:
    """Two numbers of years joined by "en" give the ages of the people just named ("van 45 en 49
    jaar", "(29 en 30 jaar)"); after "tussen" only when people or an age come before it ("kinderen
    tussen vier en zes jaar"), for "de bouw duurt tussen tien en vijftien jaar" is a duration."""
    if not re.search(r"\s+en\s+", text[m.end("n") : m.start("n2")]):
        return False
    if prev != "tussen":
        return True
    before = prev_word(text, text.rfind(prev, 0, m.start("t")))
    return before in AGE_NOUNS


def recent_adverb(text: str, e: int, prev: str) -> bool:
    """ "recent" as an adverb ("Recent ontving het team …", "zijn recent opgelopen"), not the
    adjective of "recent onderzoek": a verb or an auxiliary must be next to it."""
    nxt = next_word(text, e).lower()
    if re.match(r"\s*[.,;:!?)]", text[e : e + 3]):
        return prev in FINITE_HINTS or prev in PAST_MARKERS
    verbish = nxt in PAST_MARKERS or nxt in FINITE_HINTS or nxt in REPORTING_VERBS or weak_past(nxt)
    # "ging recent de markt open", "kwam recent in het nieuws" (not "kwam recent onderzoek tegen")
    after_verb = (prev in PAST_MARKERS or (prev in FINITE_HINTS and not prev.endswith("en"))) and (
        nxt in DETERMINERS or nxt in ("in", "op", "nog", "al", "ook", "een", "bij", "naar", "uit", "met", "weer"))
    return verbish or after_verb or prev in ("is", "zijn", "werd", "werden", "heeft", "hebben", "was", "waren", "pas", "nog", "tot")


@dataclass(frozen=True, slots=True)
class At:
    """A rule's match and the words around it, as the guards read them."""

    m: re.Match[str]
    text: str
    s: int
    e: int
    surface: str
    prev: str
    nxt: str


def _accept(kind: str, m: re.Match[str], text: str) -> bool:
    guard = GUARDS.get(kind)
    if guard is None:
        return True
    s, e = m.start("t"), m.end("t")
    return guard(At(m, text, s, e, m.group("t"), prev_word(text, s), next_word(text, e)))


def _monthyear_ok(at: At) -> bool:
    mon, prev = at.m.group("m"), at.prev
    if month_num(mon) is None:
        return False
    # "de gemiddelde julimaand", "de somberste julimaand": any July, not one
    return not (mon.lower().endswith("maand") and (prev in ("gemiddelde", "elke", "iedere", "doorsnee") or prev.endswith("ste")))


def _fulldate_ok(at: At) -> bool:
    return 1 <= int(at.m.group("d")) <= 31 and _monthyear_ok(at)


def _month_ok(at: At) -> bool:
    m, text, nxt = at.m, at.text, at.nxt
    mon = m.group("m")
    if not _monthyear_ok(at):
        return False
    # A capitalised month name mid-sentence without a day or year is more often a name
    # ("Mei Li", "April Ryan"); a lower-case one is a month.
    if mon[0].isupper() and not sentence_start(text, m.start("m")) and not m.group("mod"):
        return False
    return not (mon[0].isupper() and nxt[:1].isupper())


def _numdate_ok(at: At) -> bool:
    m, prev = at.m, at.prev
    d, mo = int(m.group("d")), int(m.group("mo"))
    if not (1 <= d <= 31 and 1 <= mo <= 12):
        return False
    # "1.5.20"-like version numbers and scores: demand a separator that dates use.
    return not (m.group("sep") == "." and len(m.group("y")) == 2 and prev in ("versie", "v"))


def _year_ok(at: At) -> bool:
    m, text, s, prev, nxt = at.m, at.text, at.s, at.prev, at.nxt
    if m.group("mod"):
        return True
    if m.group("q"):  # "ongeveer 1960": judge the number by its own neighbours
        s = m.start("y")
        prev = prev_word(text, s)
    if prev in ("nr.", "nummer", "artikel", "kamerstuk", "art.", "pagina", "p.", "blz.", "code", "bus", "lijn"):
        return False
    nxt_l = nxt.lower()
    if nxt_l in COUNT_NOUNS:
        return False
    if (prev in ("en", "tot", "of") and nxt[:1].islower() and nxt_l not in AFTER_YEAR_OK
            and number_word(nxt_l) is None and re.search(r"(?:en|s)$", nxt_l)):
        return False  # "400 medewerkers en 1500 studenten": a count
    if prev in YEAR_CUES:
        return True
    raw_prev = re.search(r"(\S+)\s*$", text[max(0, s - 30) : s])
    if raw_prev and raw_prev.group(1)[:1].isupper() and not sentence_start(text, raw_prev.start(1) + max(0, s - 30)):
        return False  # "Russel 2000", "Windows 2000": part of a name
    # A bare number followed by a lower-case word is usually a count ("2000 punten").
    return not (nxt and nxt[0].isalpha() and nxt[0].islower() and nxt_l not in AFTER_YEAR_OK)


def _season_ok(at: At) -> bool:
    m, text, s, surface, prev = at.m, at.text, at.s, at.surface, at.prev
    if m.group("rel") or m.group("y") or m.group("rely") or m.group("mod"):
        return True
    before = re.search(r"(\S+)\s+\S+\s+$", text[max(0, s - 40) : s])
    if surface[:1].isupper() and before and before.group(1)[:1].isupper() and not sentence_start(text, s):
        return False  # "Giel de Winter": a surname
    return prev in ("de", "het", "in", "deze", "dit", "die", "komende", "afgelopen")


def _quarter_ok(at: At) -> bool:
    m = at.m
    u = m.group("u").lower()
    return not (u == "helft" and not (m.group("y") or m.group("rel") or m.group("het") or m.group("wk")))


def _deictic_ok(at: At) -> bool:
    m, prev, nxt = at.m, at.prev, at.nxt
    if m.group("w").lower() == "morgen":
        # "de morgen", "goedemorgen", "elke morgen": the morning, not tomorrow
        if prev in ("die", "dat") and nxt.lower() in MORGEN_VERBS:
            return True
        return prev not in DETERMINERS and prev not in ("goede", "goeden", "elke", "iedere", "'s", "’s")
    return True


def _weekday_ok(at: At) -> bool:
    text, s, surface, prev = at.text, at.s, at.surface, at.prev
    # "Zwarte Maandag", "Goede Vrijdag", "Stille Zaterdag" name days, they do not point at one.
    if prev in ("zwarte", "blauwe", "goede", "witte", "stille", "roze", "black", "blue", "cyber", "`", "‘"):
        return False
    # a capitalised weekday after a capitalised word mid-sentence is part of a name ("Roze Zaterdag")
    raw = re.search(r"(\S+)[ \t]+$", text[max(0, s - 30) : s])
    return not (surface[:1].isupper() and raw and raw.group(1)[:1].isupper() and raw.group(1).isalpha()
                and not sentence_start(text, raw.start(1) + max(0, s - 30)))


def _feastalone_ok(at: At) -> bool:
    m = at.m
    f = re.sub(r"\s+", " ", m.group("f").lower())
    return not (f in FEAST_CAPITALISED and m.group("f")[:1].islower())


def _setadv_ok(at: At) -> bool:
    prev = at.prev
    # "het jaarlijks dividend" is an adjective, not a set
    return prev not in DETERMINERS


# before a duration these make it a measured span ("binnen een maand na de beursgang")
SPAN_PREPS = frozenset(["met", "binnen", "gedurende", "voor", "om", "al", "nog", "ruim", "bijna", "zo'n", "zo’n", "in"])


def _not_a_span(m: re.Match[str], text: str, e: int, prev: str, nxt: str, u: str) -> bool:
    """An amount of time that is an age reached or a clock time ("een dag na zijn arrestatie" stays: the
    MEANTIME annotators took such spans for durations, see eval/timex/README.md)."""
    if u == "jaar" and not m.group("post") and nxt.lower() in ("werd", "wordt", "geworden") and prev not in SPAN_PREPS:
        return True  # "die in januari 50 jaar werd": an age reached ("met een jaar wordt verlengd" is not)
    return u == "uur" and prev == "van" and CLOCK_UNTIL.match(text, e) is not None  # "van acht uur tot half twee"


_AT_AGE = re.compile(r"(?i)\bleeftijd\s+(?:van\s+)?(?:\(\s*)?(?:\d{1,3}\s*(?:[-–]|tot|en)\s*)?$")


def _duration_ok(at: At) -> bool:
    m, text, s, e, prev, nxt = at.m, at.text, at.s, at.e, at.prev, at.nxt
    if m.group("after"):  # "51 jaar oud", "negen maanden oude zuigelingen": an age
        return False
    u = m.group("u").lower()
    n = m.group("n").lower()
    if re.match(r"\s+op\s+" + re.escape(n) + r"(?![\w])", text[e : e + 12], re.I):
        return False  # "24 uur op 24", "7 dagen op 7": the idiom for "all the time"
    copula = prev_word(text, m.start("q")) if m.group("q") else prev
    if u == "jaar" and copula in COPULAS and re.match(r"\s*(?:[.,;!?)]|$)", text[e : e + 2]):
        return False  # "hij is ongeveer 40 jaar.", "de vereniging werd 100 jaar": an age
    if n == "0" or (prev == "vanaf" and u in ("jaar", "jaren") and not m.group("q")):
        return False  # "kinderen van 0 tot 4 jaar", "vanaf 50 jaar": ages
    if u in ("jaar", "jaren") and (
        re.search(r"(?i)(?:jonger|ouder)\s+dan\s+$", text[max(0, s - 14) : s])
        or re.match(r"\s+of\s+(?:ouder|jonger)", text[e : e + 12], re.I)
    ):
        return False  # "jonger dan 21 jaar", "honderd jaar of ouder": ages
    if u.startswith("minu") and CLOCK_AFTER.match(text, e):
        return False  # "enkele minuten voor half vier": how close to a clock time, not a duration
    if u in ("jaar", "jaren") and _AT_AGE.search(text, max(0, s - 30), s):
        return False  # "op de leeftijd van 18 jaar", "op jonge leeftijd (18 – 20 jaar)": an age
    if u in ("jaar", "jaren") and m.group("n2") and age_range(text, m, prev):
        return False  # "twee mannen van 45 en 49 jaar", "kinderen tussen vier en zes jaar": ages
    if u == "uur" and m.group("n2") and prev in ("van", "tussen") and (number(m.group("n2")) or 25) <= 24:
        return False  # "van twaalf tot vier uur": two clock times, not an amount of hours
    if u in ("uur", "uren") and (prev in TIME_PREPS or names_day(prev)) and not m.group("q"):
        return False  # "om 16 uur", "zondag 20 uur" are clock times
    if _not_a_span(m, text, e, prev, nxt, u):
        return False
    if u == "uur" and not m.group("q") and APPROX_BEFORE.search(text[max(0, s - 30) : s]):
        return False  # "enkele minuten voor vier uur": a clock time nearly reached, not four hours
    if n == "een" and not m.group("q") and not m.group("rel") and (
        prev == "op" or nxt.lower() in ("die", "dat", "waarop", "waarin")
    ):
        return False  # "op een dag", "een dag die de geschiedenis inging": no measured duration
    if u == "jaar" and re.search(r"(?i)(?<![\w])(?:met\s+(?:haar|zijn|hun)|boven\s+de|onder\s+de)\s+$", text[max(0, s - 20) : s]):
        return False  # "met haar vijftien jaar", "boven de 18 jaar": an age
    # "een half jaar", "het eerste half jaar"
    return not (n == "half" and prev not in ("een", "anderhalf") and not m.group("rel"))


def _clock_ok(at: At) -> bool:
    m, text, e, prev = at.m, at.text, at.e, at.prev
    h = int(m.group("h"))
    if h > 24:
        return False
    if m.group("bu"):
        # "23u15" is the Belgian way to write a clock time; "in 4u42:05" and "na 2u39' speeltijd"
        # are race and match times (durations)
        return re.match(r"[:.,]\d|\s*['’]", text[e : e + 3]) is None and prev not in ("in", "na", "binnen", "op")
    # "van 19.00 tot 19.25 uur": the first end of a range of clock times
    in_range = re.match(r"\s*(?:tot|-|–|en)\s*[0-2]?\d[.:u][0-5]\d\s*(?:uur|u)(?![\w])", text[e : e + 24]) is not None
    return bool(m.group("uur") or m.group("tz") or prev in TIME_PREPS or prev in ("en", "tot") or in_range)


def _clockh_ok(at: At) -> bool:
    text, s, e, prev = at.text, at.s, at.e, at.prev
    if prev in ("van", "tussen") and not re.match(r"\s*uur", text[e : e + 6]):
        return True  # the first end of "van twaalf tot vier uur"
    if prev == "van" and CLOCK_UNTIL.match(text, e):
        return True  # "van negen uur tot half drie 's nachts"
    if prev == "en" and re.search(r"(?i)\b(?:tussen|van)\s+\w+\s+en\s+$", text[max(0, s - 25) : s]):
        return True  # the second end of "tussen 12 en 13 uur"
    # "om 20 uur", and "zondag 20 uur" in listings: an hour right after a day
    if prev in ("om", "rond", "omstreeks", "tegen", "vanaf", "tot", "na", "voor"):
        return True
    return names_day(prev)


def _setper2_ok(at: At) -> bool:
    prev = at.prev
    return prev not in ("en", "tot", "of", "à", "-")  # "tussen de 50 en 55 uur per week": a range, not a SET


def _clockword_ok(at: At) -> bool:
    m, text, s, e, prev = at.m, at.text, at.s, at.e, at.prev
    if not (m.group("dw") or m.group("sdp")) and WORD_AFTER.match(text, e):
        # "het duurde tien minuten voor twee agenten kwamen": minutes before a count of something,
        # unless a time preposition or the sentence start says a clock time comes ("om tien over half twee ging")
        return prev in TIME_PREPS or prev in ("op", "na", "klokslag", "stipt", "precies") or sentence_start(text, s)
    return True


def _halfclock_ok(at: At) -> bool:
    m, text, s, prev = at.m, at.text, at.s, at.prev
    one_word = " " not in m.group("hw") and "\n" not in m.group("hw")
    in_range = prev in ("en", "tot") and re.search(r"(?i)\bhalf\s*\w+\s+(?:en|tot)\s+$", text[max(0, s - 25) : s]) is not None
    return (one_word or bool(m.group("dw") or m.group("sdp")) or prev in TIME_PREPS or prev == "van"
            or prev in ("klokslag", "stipt", "precies") or bool(in_range) or bool(APPROX_BEFORE.search(text, 0, s)))


def _now_ok(at: At) -> bool:
    nxt = at.nxt.lower()
    if nxt in ("precies", "eenmaal", "eigenlijk"):
        return False  # "hoeveel er nu precies zijn", "dat is nu eenmaal zo": a particle, not a time
    # "Nu we dit gedaan hebben", "blijft bestaan nu de groei vertraagt": a conjunction when a subject
    # follows; right after a finite verb ("de club heeft nu de beste spits") it is the adverb, but
    # not after an -en form, which may be a clause-final infinitive ("moeten wachten nu het
    # ziekenhuis geen contract heeft")
    finite = (at.prev in FINITE_HINTS or at.prev in PAST_MARKERS) and not at.prev.endswith("en")
    return nxt not in NOW_CONJ_NEXT or finite or _after_inverted_subject(at)


# "wil de KNVB nu het WK halen", "gaat hij nu de markt op": a finite verb and its subject right before
# "nu" (a main clause with inversion), so "nu" is the adverb, not the conjunction
_INVERTED = re.compile(r"(?<![\w])(\w+)\s+(?:(?:de|het)\s+[\w-]+|[A-Z][\w-]*|hij|zij|ze|we|wij|ik|je|jij|u|men)\s+$")


def _after_inverted_subject(at: At) -> bool:
    m = _INVERTED.search(at.text, max(0, at.s - 50), at.s)
    return m is not None and m.group(1).lower() in FINITE_HINTS and not m.group(1).lower().endswith("en")


def _past_ok(at: At) -> bool:
    text, e, surface, prev, nxt = at.text, at.e, at.surface, at.prev, at.nxt
    if surface.lower() == "recent":
        return recent_adverb(text, e, prev)
    low = surface.lower()
    if low == "verleden":
        return prev in ("het",) and nxt.lower() not in ("jaar", "week", "maand", "eeuw")
    return True


def _future_ok(at: At) -> bool:
    surface, prev = at.surface, at.prev
    low = surface.lower()
    return not (low == "toekomst" and prev not in ("de", "nabije"))


def _present_ok(at: At) -> bool:
    surface, prev = at.surface, at.prev
    low = surface.lower()
    return not (low.startswith("dit") and prev != "op")


def _decade2_ok(at: At) -> bool:
    m, text, e = at.m, at.text, at.e
    return bool(m.group("jaren")) or re.match(r"\s+(?:en|of)\s+\w+\s+jaren", text[e : e + 30]) is not None


# the guard of each kind of candidate (kinds without one are always accepted)
GUARDS: dict[str, Callable[[At], bool]] = {
    "fulldate": _fulldate_ok,
    "monthyear": _monthyear_ok,
    "month": _month_ok,
    "numdate": _numdate_ok,
    "year": _year_ok,
    "season": _season_ok,
    "quarter": _quarter_ok,
    "deictic": _deictic_ok,
    "weekday": _weekday_ok,
    "feastalone": _feastalone_ok,
    "setadv": _setadv_ok,
    "duration": _duration_ok,
    "clock": _clock_ok,
    "clockh": _clockh_ok,
    "setper2": _setper2_ok,
    "clockword": _clockword_ok,
    "halfclock": _halfclock_ok,
    "now": _now_ok,
    "past": _past_ok,
    "future": _future_ok,
    "present": _present_ok,
    "decade2": _decade2_ok,
}


def candidates(text: str) -> list[Cand]:
    out: list[Cand] = []
    for kind, rx, prio in RULES:
        for m in rx.finditer(text):
            if m.group("t") and _accept(kind, m, text):
                out.append(Cand(m.start("t"), m.end("t"), kind, m.groupdict(), prio))
    out.extend(range_candidates(text))
    return out


def range_candidates(text: str) -> Iterator[Cand]:
    """Both ends of a year range ("1954-1958") and the first day of a day range ("20 - 25 september")."""
    for m in YEAR_RANGE.finditer(text):
        y1, y2 = int(m.group("y1")), m.group("y2")
        y2n = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
        if not y1 < y2n <= y1 + 200 or prev_word(text, m.start()) in ("nr.", "nummer", "artikel", "kamerstuk", "art.", "pagina", "p.", "blz."):
            continue
        if next_word(text, m.end()).lower() in COUNT_NOUNS:
            continue  # "1000-2000 euro"
        yield Cand(m.start("y1"), m.end("y1"), "year", {"y": m.group("y1")}, 0)
        if len(y2) == 4:
            yield Cand(m.start("y2"), m.end("y2"), "year", {"y": y2}, 0)
    for m in DAY_RANGE.finditer(text):
        if 1 <= int(m.group("d")) <= 31:
            yield Cand(m.start("t"), m.end("t"), "rangeday", m.groupdict(), 0)
            # "op 13, 14 en 15 augustus": the days listed before the range share its month
            pos = m.start("t")
            while (prior := re.search(r"(?<![\w.,])([0-3]?\d)\s*,\s*$", text[max(0, pos - 8) : pos])) and 1 <= int(prior.group(1)) <= 31:
                start = max(0, pos - 8) + prior.start(1)
                yield Cand(start, start + len(prior.group(1)), "rangeday", {**m.groupdict(), "d": prior.group(1)}, 0)
                pos = start


def select(cands: list[Cand]) -> list[Cand]:
    """Keep the longest non-overlapping candidates (ties: the more specific rule)."""
    chosen: list[Cand] = []
    starts: list[int] = []  # the chosen spans never overlap, so sorted by start they are sorted by end too
    ends: list[int] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.prio, c.start)):
        i = bisect.bisect_left(starts, c.end)  # spans from i on start at or after c's end
        if i > 0 and ends[i - 1] > c.start:
            continue
        chosen.append(c)
        starts.insert(i, c.start)
        ends.insert(i, c.end)
    return sorted(chosen, key=lambda c: c.start)
