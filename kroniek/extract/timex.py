"""Dutch time expressions: find them and normalise them to TIMEX3 values.

The tagger works on plain text (Frog tokens help with tense but are optional) in three steps:

1. Every rule (a regular expression over the text plus a small guard) proposes candidate spans:
   full and numeric dates, months, years, seasons, quarters, weekdays, deictic words
   ("gisteren", Flemish "gisterenavond"), relative units ("vorige week"), counted durations
   ("drie jaar lang", "28 uur en 45 minuten"), clock times ("20.00 uur", Belgian "23u15",
   "halfacht", "8 uur 's avonds"), parts of the day ("'s morgens", "komende nacht"), sets ("elke
   week", "om de twee dagen", "vijf dagen per week") and the TIMEX3 specials (PRESENT_REF, ...);
   a second pass adds both ends of year ranges ("1954-1958") and the first days of day ranges
   ("20 - 25 september").
2. Overlapping candidates are resolved longest-first, so "dinsdag 12 maart" beats "dinsdag".
3. Each chosen span is normalised against the anchor (the document date): partial dates get
   the year a careful reader would give them (the nearest one in the direction of the tense,
   "jl." before, "aanstaande" after), a weekday that disagrees with its date is corrected when
   another reading agrees with both the weekday and the document date ("weekday-mismatch"),
   and nothing finer than the anchor is ever invented (a month anchor turns "gisteren" into
   PAST_REF, not a made-up day).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ..lexicon import MONTHS, WEEKDAYS
from ..model import Document, Timex, Token
from . import time_calendar as cal
from .time_context import governing_year, range_start
from .time_lexicon import (
    AFTER_YEAR_OK,
    AGE_NOUNS,
    COUNT_NOUNS,
    DAYPARTS,
    DECADE_WORDS,
    DEICTIC,
    DETERMINERS,
    FEAST_CAPITALISED,
    FEAST_DAYS,
    FEAST_EVENINGS,
    FEASTS_ALONE,
    FINITE_HINTS,
    HALF_HOURS,
    HOLIDAY_SEASONS,
    NUMBER_WORDS,
    OLD_MONTHS,
    ORDINALS,
    PAST_MARKERS,
    REPORTING_VERBS,
    SEASONS,
    SET_ADVERBS,
    TIMEZONES,
    UNITS,
    VAGUE_QUANTITIES,
    YEAR_CUES,
)
from .time_tense import Tense, weak_past

__all__ = ["TimexTagger", "tag_timexes"]


def _alt(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_WD = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
_MF = r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
_MA = r"(?:jan|febr|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec)\.?"
_YR = r"(?:1[5-9]\d\d|20\d\d)"
# "2.457": a dot groups thousands in Dutch, so the whole number counts, not "457"
_NUM = "(?:" + _alt(list(NUMBER_WORDS)) + r"|(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d,])|(?<![\d.,])\d+(?:,5)?)"
_VAGUE = "(?:" + _alt(VAGUE_QUANTITIES) + ")"
_UNIT = "(?:" + _alt(list(UNITS)) + ")"
_DP = r"(?:ochtend|morgen|middag|avond|nacht)"
_SUF = r"(?:jl\.|j\.l\.|jongstleden|aanstaande|a\.s\.|aanst\.)"
_QUANT = (
    r"(?:meer\s+dan|minder\s+dan|ruim|bijna|ongeveer|circa|ca\.|zo['’]\s?n|ten\s+minste|tenminste|"
    r"minstens|maximaal|hooguit|nog\s+geen|pakweg|krap|ruwweg|nagenoeg|zeker|precies|exact)"
)
_E = r"(?![\w])"  # right word boundary that also works after "jl."
_B = r"(?<![\w])"
_PRE_MOD = r"(?:begin|eind|einde|medio|half|halverwege|midden|eind\s+van|begin\s+van)"
# a modifier before a decade or century: "eind jaren 60", "halverwege de jaren '80", "begin van de 21e eeuw"
_ERA_MOD = r"(?:(?P<emod>begin|eind|einde|medio|midden|halverwege)\s+(?:van\s+)?(?:de\s+)?)"
_HALF = "(?:" + _alt(list(HALF_HOURS)) + "|half\\s+(?:" + _alt([w[4:] for w in HALF_HOURS]) + "))"
_OLDM = "(?:" + _alt(list(OLD_MONTHS)) + ")"
# a Dutch part of the day in its adverbial genitive: "'s avonds"
_SDP = r"(?:['’]s\s+(?P<sdp>ochtends|morgens|middags|avonds|nachts))"

FLAGS = re.IGNORECASE
_HOUR_WORDS = _alt([w for w, v in NUMBER_WORDS.items() if isinstance(v, int) and 1 <= v <= 12])
_DW_PART = _alt([w for w, (o, p) in DEICTIC.items() if p])  # "vanavond", "gisteravond": a day and its part


@dataclass(frozen=True, slots=True)
class _Cand:
    start: int
    end: int
    kind: str
    g: dict[str, Any] = field(hash=False, compare=False)
    prio: int = 0


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, FLAGS)


_RULES: list[tuple[str, re.Pattern[str], int]] = [
    ("fulldate", _rx(
        _B + rf"(?P<t>(?:(?P<wd>{_WD})(?P<wdp>{_DP})?(?:\s+|,\s*))?(?P<d>[0-3]?\d)(?:e|ste|de)?\s+(?P<m>{_MF}|{_MA})"
        rf"(?:\s+(?P<y>{_YR}|['’]\d\d)|\s+(?:van\s+)?(?P<rely>dit|vorig|volgend|verleden)\s+jaar)?(?:\s+(?P<suf>{_SUF}))?)" + _E), 0),
    # "vorig jaar maart", "vorig jaar zomer", "vorig jaar op 14 februari": the year said first
    ("relyearx", _rx(
        _B + rf"(?P<t>(?P<rely>dit|vorig|volgend|verleden)\s+jaar\s+(?:(?:op|in)\s+)?(?:(?P<d>[0-3]?\d)\s+(?P<m>{_MF})|"
        rf"(?P<m2>{_MF})|(?P<s>lente|voorjaar|zomer|herfst|najaar|winter)))" + _E), 0),
    ("numdate", _rx(
        r"(?<![\d.,/-])(?P<t>(?P<d>[0-3]?\d)(?P<sep>[-./])(?P<mo>[01]?\d)(?P=sep)(?P<y>\d{4}|\d{2}))"
        r"(?!\d|[.,/-]\d)"), 0),
    ("isodate", _rx(r"(?<![\d.,/-])(?P<t>(?P<y>(?:19|20)\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d))(?!\d|[.,/-]\d)"), 0),
    ("monthyear", _rx(
        _B + rf"(?P<t>(?:(?P<mod>{_PRE_MOD})\s+)?(?P<m>{_MF}|{_MA}|{_MF}maand|{_OLDM})\s+(?:(?:van\s+)?(?P<y>{_YR}|['’]\d\d)|"
        r"(?:van\s+)?(?P<rel>dit|vorig|verleden|volgend|komend|dat|datzelfde|hetzelfde)\s+jaar|"
        r"(?:van\s+)?het\s+jaar\s+(?P<ana>daarop|daarna|erna|daarvoor|ervoor)))" + _E), 1),
    ("month", _rx(
        _B + rf"(?P<t>(?:(?P<mod>{_PRE_MOD}|afgelopen|vorige|komende|volgende|voorbije)\s+)?(?:maand\s+)?(?P<m>{_MF}|{_MF}maand|{_OLDM})"
        rf"(?:\s+(?P<suf>{_SUF}))?)" + _E), 2),
    ("year", _rx(
        r"(?<![\w$€£#.,/-])(?P<t>(?:(?P<mod>" + _PRE_MOD + r")\s+|(?P<q>ongeveer|circa|ca\.|pakweg)\s+)?(?P<y>" + _YR + r"))"
        r"(?![\w%‰€$]|[.,]\d|-\d)"), 3),
    ("decade", _rx(_B + r"(?P<t>" + _ERA_MOD + r"?jaren\s+(?P<dw>twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|"
                   r"['’]?[2-9]0|1[5-9]\d0|20[0-2]0))" + _E), 1),
    ("decade2", _rx(_B + r"(?P<t>(?P<dw>twintiger|dertiger|veertiger|vijftiger|zestiger|zeventiger|tachtiger|negentiger)(?P<jaren>\s+jaren)?)" + _E), 1),
    ("season", _rx(
        _B + r"(?P<t>(?:(?P<mod>begin|eind|half|midden|halverwege)\s+)?(?:(?P<rel>deze|dit|vorige|vorig|afgelopen|komende|komend|volgende|volgend|verleden)\s+)?"
        r"(?P<s>lente|voorjaar|zomer|herfst|najaar|winter)(?:\s+(?:van\s+)?(?:(?P<y>" + _YR + r")|(?P<rely>dit|vorig|volgend|verleden)\s+jaar))?)" + _E), 1),
    ("quarter", _rx(
        _B + r"(?P<t>(?P<o>eerste|tweede|derde|vierde|laatste|[1-4]e|[1-4]ste|[1-4]de)\s+(?P<u>kwartaal|helft|halfjaar|jaarhelft)"
        r"(?:\s+(?:van\s+)?(?:(?:het\s+jaar\s+)?(?P<y>" + _YR + r")|(?P<rel>dit|vorig|volgend|verleden)\s+jaar|(?P<het>het\s+jaar)|"
        r"(?P<wk>de\s+(?:week|maand))))?)" + _E), 1),
    ("qshort", _rx(_B + r"(?P<t>Q(?P<q>[1-4])\s+(?P<y>" + _YR + r"))" + _E), 1),
    ("deictic", _rx(
        _B + r"(?P<t>(?:(?P<mod>eerder|later)\s+)?(?P<w>" + _alt(list(DEICTIC)) + r")(?:\s+(?P<wd>" + _WD + r")(?![\w]))?)" + _E), 2),
    # "halfacht gisterenavond", "half negen 's avonds", "om halfacht"
    ("halfclock", _rx(
        _B + r"(?P<t>(?P<hw>" + _HALF + r")(?:\s+(?P<dw>" + _DW_PART + r")|\s+" + _SDP + r")?)" + _E), 1),
    # "8 uur 's avonds": the hour of that part of the day
    ("clockdp", _rx(
        r"(?<![\w.,:])(?P<t>(?P<h>[0-2]?\d|" + _alt([w for w, v in NUMBER_WORDS.items() if isinstance(v, int) and 1 <= v <= 12]) +
        r")(?:[.:](?P<mi>[0-5]\d))?\s*uur\s+" + _SDP + r")" + _E), 0),
    ("sdp", _rx(_B + r"(?P<t>" + _SDP + r")" + _E), 2),
    # "later deze middag", "komende nacht", "afgelopen nacht"
    ("dprel", _rx(
        _B + r"(?P<t>(?:(?P<pre>eerder|later)\s+)?(?P<rel>deze|komende|afgelopen|vorige|voorbije)\s+"
        r"(?P<dp>ochtend|morgen|voormiddag|middag|namiddag|avond|nacht))" + _E), 1),
    ("feast", _rx(_B + r"(?P<t>(?P<f>" + _alt(list(FEAST_DAYS)).replace("\\ ", r"\s+") + r")\s+(?P<y>" + _YR + r"))(?![\w-])"), 0),
    # "Hemelvaartsdag", "tweede pinksterdag", "dit pinksterweekend", "pinkstermaandag 10 juni"
    ("feastalone", _rx(
        _B + r"(?P<t>(?:(?P<rel>dit|deze|afgelopen|vorige|komende|volgende|aanstaande|lange)\s+)?(?P<f>"
        + _alt(sorted(FEASTS_ALONE)).replace("\\ ", r"\s+") + rf")(?:,?\s+(?P<d>[0-3]?\d)\s+(?P<m>{_MF}))?)(?![\w-])"), 1),
    ("holiday", _rx(
        _B + r"(?P<t>(?:(?P<rel>deze|komende|afgelopen|vorige)\s+)?(?P<h>" + _alt(list(HOLIDAY_SEASONS))
        + r")(?:\s+(?:van\s+)?(?P<y>" + _YR + r"))?)" + _E), 1),
    ("night", _rx(_B + rf"(?P<t>nacht\s+van\s+(?P<w1>{_WD})\s+op\s+(?P<w2>{_WD}))" + _E), 0),
    # "de nacht van 10 en 11 februari 1944": the night that starts on the first day
    ("night2", _rx(
        _B + rf"(?P<t>nacht\s+van\s+(?:{_WD}\s+)?(?P<d>[0-3]?\d)(?:\s+(?P<m1>{_MF}))?\s+(?:en|op)\s+(?:{_WD}\s+)?"
        rf"(?P<d2>[0-3]?\d)\s+(?P<m>{_MF})(?:\s+(?P<y>{_YR}))?)" + _E), 0),
    # "de laatste dag van juli"
    ("nthday", _rx(_B + rf"(?P<t>(?P<o>eerste|laatste)\s+dag\s+van\s+(?P<m>{_MF})(?:\s+(?P<y>{_YR}))?)" + _E), 0),
    ("weekday", _rx(
        _B + rf"(?P<t>(?:(?P<mod>afgelopen|vorige|komende|volgende|aanstaande|deze|verleden)\s+)?(?P<w>{_WD})(?P<dp>{_DP})?"
        # "dinsdag einde middag", "zondag aan het eind van de ochtend": the day and its part
        rf"(?:\s+(?P<suf>jl\.|aanstaande|a\.s\.|(?:(?:aan\s+het\s+)?(?:eind|einde|begin)\s+(?:van\s+de\s+)?)?(?P<dp2>{_DP})))?)" + _E), 2),
    ("nthweekday", _rx(
        _B + rf"(?P<t>(?P<o>eerste|tweede|derde|vierde|laatste)\s+(?P<w>{_WD})\s+van\s+(?P<m>{_MF})(?:\s+(?P<y>{_YR}))?)" + _E), 0),
    ("setwd", _rx(_B + r"(?P<t>['’]s\s+(?P<w>maandags|dinsdags|woensdags|donderdags|vrijdags|zaterdags|zondags))" + _E), 1),
    ("setevery", _rx(
        _B + rf"(?P<t>(?:elke|iedere|ieder|elk)\s+(?P<w>{_WD}(?:{_DP})?|dag|week|maand|jaar|ochtend|middag|avond|nacht|weekend|kwartaal|uur|minuut|zomer|winter))" + _E), 1),
    ("setper", _rx(_B + rf"(?P<t>(?P<n>{_NUM})\s+keer\s+(?:per|in\s+de|in\s+het)\s+(?P<w>dag|week|maand|jaar|kwartaal|uur))" + _E), 1),
    # "vijf dagen per week": a SET of the larger unit, not a duration of five days
    ("setper2", _rx(
        _B + rf"(?P<t>(?P<n>{_NUM})\s+(?:dagen|dag|uur|uren|avonden|nachten|weken|maanden)\s+per\s+(?P<w>dag|week|maand|jaar))" + _E), 0),
    # "om de twee dagen": every second day
    ("setomde", _rx(_B + rf"(?P<t>om\s+de\s+(?P<n>{_NUM})\s+(?P<u>dagen|weken|maanden|jaar|uur|minuten))" + _E), 0),
    ("setadv", _rx(_B + r"(?P<t>(?P<w>" + _alt(list(SET_ADVERBS)) + r"))" + _E), 3),
    ("relunit", _rx(
        _B + r"(?P<t>(?:(?P<pre>eerder|later|begin|eind|einde|medio|halverwege|midden)\s+(?:van\s+)?)?"
        r"(?P<rel>deze|dit|vorige|vorig|verleden|afgelopen|komende|komend|volgende|volgend|aanstaande|voorbije)\s+"
        # "dit finaleweekeinde", "komend feestweekend": a weekend named by what happens in it (not a feast's)
        r"(?:(?!paas|pinkster|kerst|hemelvaart)[a-z]{3,}(?=week(?:end|einde)\b))?"
        r"(?P<u>week|weekend|weekeinde|maand|jaar|eeuw|decennium|kwartaal|kalenderjaar|seizoen))" + _E), 1),
    # "aan het eind van het jaar": the year of the document
    ("ofyear", _rx(_B + r"(?P<t>(?P<pre>begin|eind|einde|midden|halverwege)\s+van\s+het\s+jaar)(?!\s+(?:\d|daar|er))" + _E), 2),
    # "datzelfde jaar", "het daaropvolgende jaar": the period the text just named, or the next one
    ("anaunit", _rx(
        _B + r"(?P<t>(?P<a>daaropvolgende|daaraanvolgende|datzelfde|hetzelfde|diezelfde|dezelfde|dat)\s+(?P<u>jaar|maand|week))" + _E), 1),
    ("anaphor", _rx(_B + r"(?P<t>(?P<u>jaar|maand|week|weekend|dag)\s+(?P<dir>daarvoor|ervoor|daarna|erna|daarop|erop))" + _E), 1),
    ("sameday", _rx(_B + r"(?P<t>(?P<a>diezelfde|dezelfde|volgende)\s+dag)" + _E), 1),
    ("duration", _rx(
        _B + rf"(?P<t>(?:(?P<q>{_QUANT})\s+)?(?:(?P<rel>afgelopen|komende|laatste|eerste|voorbije|volgende)\s+)?"
        rf"(?P<n>{_VAGUE}|{_NUM})(?:\s+(?:tot|à|a|of|en|-)\s+(?P<n2>{_NUM}))?\s+(?:(?:achter)?opeenvolgende\s+|volle\s+|hele\s+)?(?P<u>{_UNIT})"
        rf"(?:\s+en\s+(?P<n3>{_NUM})\s+(?P<u3>{_UNIT}))?(?P<lang>\s+lang)?"
        # "later dan gepland" compares: "twee jaar later dan gepland" is an amount of time, not a date
        r"(?:\s+(?P<post>geleden|later|eerder|daarvoor|daarna)(?!\s+dan\b))?)" + r"(?P<after>\s+oude?)?" + _E), 2),
    ("plural", _rx(
        _B + r"(?P<t>(?P<rel>afgelopen|laatste|komende|volgende|voorbije)\s+(?:paar\s+)?(?P<u>dagen|weken|maanden|jaren|decennia|eeuwen|uren|minuten)"
        r"(?:\s+en\s+(?:dagen|weken|maanden|jaren))?)" + _E), 2),
    ("bareplural", _rx(
        r"(?:(?<=\bin\s)|(?<=\bal\s)|(?<=\bsinds\s)|(?<=\bgedurende\s))(?P<t>(?P<u>jaren|maanden|weken|decennia|eeuwen)(?P<ago>\s+geleden)?)" + _E), 3),
    # "jaren geleden" without a preposition before it ("in Nederland jaren geleden te zien")
    ("bareplural", _rx(_B + r"(?P<t>(?P<u>jaren|maanden|weken|decennia|eeuwen)(?P<ago>\s+geleden))" + _E), 3),
    # "het nablussen zal nog uren duren": an unknown number of hours or days still to come
    ("bareplural", _rx(r"(?<=\bnog\s)(?P<t>(?P<u>uren|dagen|weken|maanden|jaren)(?P<ago>))(?=\s+(?:duren|lang|nodig|bezig|werk)\b)"), 3),
    # "urenlang", "een maandenlange zoektocht": an unknown number of hours, months
    ("bareplural", _rx(_B + r"(?P<t>(?P<u>uren|dagen|weken|maanden|jaren)(?P<ago>)lange?)" + _E), 2),
    # "de brandweer is nog wel uren bezig", "al uren": hours nobody counted
    ("bareplural", _rx(r"(?:(?<=\bnog\swel\s)|(?<=\bal\s)|(?<=\bsoms\s)|(?<=\bzelfs\s))(?P<t>(?P<u>uren|dagen)(?P<ago>))"
                       r"(?=\s+(?:bezig|duren|duurde|lang|nodig|vast|zoeken|gezocht|wachten|gewacht)\b)"), 3),
    # "bij zonsondergang", "na zonsopkomst": a time of day, when a preposition says so ("genieten van de
    # zonsondergang" is the sight)
    ("sun", _rx(r"(?:(?<=\bbij\s)|(?<=\bna\s)|(?<=\bvoor\s)|(?<=\btot\s)|(?<=\bvanaf\s)|(?<=\brond\s)|(?<=\btegen\s)"
                r"|(?<=\bsinds\s))(?P<t>(?P<w>zonsondergang|zonsopgang|zonsopkomst))" + _E), 1),
    # "de hele dag", "het hele jaar", "de hele ochtend": all of one such stretch ("de blauwdruk van de hele
    # maand" names the month as a thing, not how long something lasts)
    ("whole", _rx(_B + r"(?:(?<=(?<!\bvan\s)\bde\s)|(?<=(?<!\bvan\s)\bhet\s)|(?<=\been\s))(?P<t>hele\s+(?P<u>dag|week|weekend|weekeinde|maand|jaar|"
                  r"ochtend|morgen|middag|avond|nacht))" + _E), 2),
    ("clock", _rx(
        r"(?<![\d.,:])(?P<t>(?P<h>[0-2]?\d)(?:[.:]\s?|(?P<bu>u))(?P<mi>[0-5]\d)(?P<uur>\s*uur)?"
        r"(?:\s+(?P<tz>" + "|".join(TIMEZONES) + r"|lokale\s+tijd|Nederlandse\s+tijd|Belgische\s+tijd))?)(?![\w]|[.,]\d)"), 1),
    ("clockh", _rx(
        r"(?<![\d.,:])(?P<t>(?P<h>[0-2]?\d|" + _alt([w for w, v in NUMBER_WORDS.items() if isinstance(v, int) and 1 <= v <= 12]) +
        r")(?:\s+uur|(?<=\d)u)(?:\s+(?P<tz>" + "|".join(TIMEZONES) + r")|\s+(?P<dw>" + _DW_PART + r"))?)" + _E), 2),
    # "kwart voor vijf", "acht minuten over drie", "tien minuten voor half negen 's avonds"
    ("clockword", _rx(
        _B + r"(?P<t>(?:(?P<kw>kwart)|(?P<n>" + _alt([w for w, v in NUMBER_WORDS.items() if isinstance(v, int) and 1 <= v <= 29])
        + r"|[1-9]|[12]\d)\s+minuten?)\s+(?P<dir>voor|over)\s+(?P<half>half\s+)?(?P<hw>"
        + _alt([w for w, v in NUMBER_WORDS.items() if isinstance(v, int) and 1 <= v <= 12])
        + r")(?:\s+(?P<dw>" + _DW_PART + r")|\s+" + _SDP + r")?)" + _E), 0),
    # "tien over half twee", "vijf voor half acht": minutes before or after a half hour need no "minuten"
    ("clockword", _rx(
        _B + r"(?P<t>(?:(?P<kw>(?!))|(?P<n>" + _alt([w for w, v in NUMBER_WORDS.items() if isinstance(v, int) and 1 <= v <= 14])
        + r"))\s+(?P<dir>voor|over)\s+(?P<half>half\s+)(?P<hw>"
        + _alt([w for w, v in NUMBER_WORDS.items() if isinstance(v, int) and 1 <= v <= 12])
        + r")(?:\s+(?P<dw>" + _DW_PART + r")|\s+" + _SDP + r")?)" + _E), 0),
    # "van twaalf tot vier uur", "tussen 12 en 13 uur": the first end of a range of hours
    ("clockh", _rx(
        r"(?:(?<=\bvan\s)|(?<=\btussen\s))(?P<t>(?P<h>[0-2]?\d|" + _HOUR_WORDS + r"))(?=\s+(?:tot|en|-)\s+(?:[0-2]?\d|"
        + _HOUR_WORDS + r")(?:[.:]\d\d)?\s*uur\b)"), 2),
    ("noon", _rx(_B + r"(?P<t>(?P<w>middaguur|middernacht))" + _E), 1),
    ("present", _rx(_B + r"(?P<t>op\s+het\s+moment(?!\s+(?:dat|van|waarop|suprême))|momenteel|tegenwoordig|thans|heden\s+ten\s+dage|vandaag\s+de\s+dag|dit\s+moment|dit\s+ogenblik)" + _E), 2),
    ("now", _rx(_B + r"(?P<t>nu)" + _E), 4),
    ("past", _rx(_B + r"(?P<t>onlangs|recentelijk|recent|kortgeleden|kort\s+geleden|vroeger|lang\s+geleden|verleden)" + _E), 3),
    ("future", _rx(_B + r"(?P<t>binnenkort|straks|(?:nabije\s+)?toekomst)" + _E), 3),
    ("century", _rx(_B + r"(?P<t>" + _ERA_MOD + r"?(?:(?P<o>\d{1,2})e|(?P<ow>eenentwintigste|twintigste|negentiende|achttiende|zeventiende))\s+eeuw)" + _E), 1),
]

# the far end of a date range whose year it gives: " - 2 april 1992", " tot en met 3 mei 2001"
_RANGE_TAIL = _rx(rf"\s*(?:-|–|tot(?:\s+en\s+met)?|t/m|en)\s*(?:{_WD},?\s+)?[0-3]?\d\s+(?P<m>{_MF})\s+(?P<y>{_YR}){_E}")
# ranges whose first end is not a date on its own: "1954-1958", "(1955-1975)", "20 - 25 september 1943"
_YEAR_RANGE = _rx(r"(?<![\w$€£#.,/-])(?P<y1>" + _YR + r")\s?[-–]\s?(?P<y2>" + _YR + r"|\d\d)(?![\w%‰€$]|[.,]\d|-\d)")
_DAY_RANGE = _rx(
    _B + rf"(?P<t>(?:{_WD}\s+)?(?P<d>[0-3]?\d))\s*(?:-|–|tot(?:\s+en\s+met)?|t/m|en)\s*(?:{_WD}\s+)?[0-3]?\d\s+(?P<m>{_MF})"
    rf"(?:\s+(?P<y>{_YR}))?{_E}")

_REL_YEAR = {"dit": 0, "vorig": -1, "verleden": -1, "volgend": 1}
_COPULAS = frozenset(["is", "was", "werd", "wordt", "zijn", "waren", "werden", "worden", "ben", "bent", "wordt"])
_ORD_WORDS = {"eenentwintigste": 21, "twintigste": 20, "negentiende": 19, "achttiende": 18, "zeventiende": 17}
_NOW_CONJ_NEXT = frozenset(
    ["de", "het", "een", "we", "wij", "ik", "je", "jij", "u", "hij", "zij", "ze", "men", "dit", "deze", "die", "er", "iedereen", "steeds", "ook", "alles"]
)
# "iets voor half twee", "kort na half drie": a clock time the text says was nearly reached or just passed
_APPROX_BEFORE = re.compile(r"(?i)(?<![\w])(?:iets|even|kort|vlak|net|minuten|minuut)\s+(?:voor|na)\s+$")
_CLOCK_AFTER = re.compile(r"(?i)[ \t]+(?:voor|over)[ \t]+(?:half[ \t]*)?(?:[0-2]?\d[.:]\d\d|" + _HOUR_WORDS + r")(?![\w])(?![ \t]+(?!uur|vanochtend|vanmorgen|vanmiddag|vanavond|vannacht|gister|[\'’]s)[a-z]{3,})")
# a lower-case word right after a clock time that is no part of the day or "uur"
_WORD_AFTER = re.compile(r"[ \t]+(?!uur|vanochtend|vanmorgen|vanmiddag|vanavond|vannacht|gister|[\'’]s)[a-z]{3,}")
_TIME_PREPS = frozenset(["om", "rond", "omstreeks", "tegen", "vanaf", "tot", "tussen", "sinds"])
_WORD = re.compile(r"[\w'’.-]+")


def _month_num(word: str) -> int | None:
    """The month a name, abbreviation, compound ("junimaand") or old name ("oogstmaand") stands for."""
    w = word.rstrip(".").lower()
    if w in MONTHS:
        return MONTHS[w]
    if w.endswith("maand") and w[:-5] in MONTHS:
        return MONTHS[w[:-5]]
    return OLD_MONTHS.get(w)


def _context_part(part: str, h: int, near: bool, twelve: bool) -> str:
    """The part of the day a clock time takes from an earlier day expression: an hour up to 3
    after an evening or a night is after midnight ("zaterdagavond ... Rond 01.45 werd de zoektocht
    gestaakt" is Sunday 01:45), when the hour is on the 24-hour clock or the day is close;
    otherwise the part only when the day is close or the hour twelve-hour."""
    if part in ("EV", "NI") and h <= 3 and (near or not twelve):
        return "NI"
    return part if near or twelve else ""


def _day_hour(h: int, part: str) -> int:
    """Move an hour said with a part of the day onto the 24-hour clock: "8 uur 's avonds" is 20:00."""
    if part in ("AF", "EV") and h < 12:
        return h + 12
    if part == "NI" and 7 <= h < 12:
        return h + 12
    if part in ("MO", "NI") and h == 12:
        return 0
    return h


# "de vergadering die morgen wordt gehouden": after a relative pronoun, "morgen" followed by a
# present-tense or future verb is tomorrow, not "that morning"
_MORGEN_VERBS = frozenset(
    ["wordt", "worden", "zal", "zullen", "is", "zijn", "komt", "komen", "begint", "beginnen", "start", "starten", "gaat",
     "gaan", "moet", "moeten", "kan", "kunnen", "vindt", "plaatsvindt", "opent", "verschijnt", "speelt", "spelen"]
)
# prepositions and adverbs before a weekday that make it a deadline, so a coming day
_DEADLINE = re.compile(r"(?i)(?<![\w])(?:ten\s+laatste|uiterlijk|tegen)\s+$")
# "open op zondag", "op zondag dicht", "mogen op zondag open": opening hours, a set of days
_OPENING_HOURS = re.compile(
    r"(?i)(?<![\w])(?:open|dicht|gesloten|geopend)(?:\s+(?:mogen|mag|kunnen|kan|zijn|is))?\s+op\s+\t[^\t]+\t(?![\s,]*\d)"
    r"|(?<![\w])op\s+\t[^\t]+\t\s+(?:open|dicht|gesloten|geopend)(?![\w])"
)
_SDP_PART = {"ochtends": "MO", "morgens": "MO", "middags": "AF", "avonds": "EV", "nachts": "NI"}


def _number(s: str) -> float | None:
    s = s.lower()
    if s in NUMBER_WORDS:
        return NUMBER_WORDS[s]
    if re.fullmatch(r"\d+(,5)?", s):
        return float(s.replace(",", "."))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", s):
        return float(s.replace(".", ""))
    return None


def _fmt_num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def _prev_word(text: str, i: int) -> str:
    m = re.search(r"([\w'’./-]+)\s*$", text[max(0, i - 40) : i])
    return m.group(1).lower() if m else ""


def _next_word(text: str, j: int) -> str:
    m = re.match(r"\s*([\w'’-]+)", text[j : j + 40])
    return m.group(1) if m else ""


def _has_article_before(text: str, i: int) -> bool:
    return re.search(r"(?i)(?<![\w])(?:de|het)\s+$", text[max(0, i - 6) : i]) is not None


def _sentence_start(text: str, i: int) -> bool:
    """True when offset ``i`` starts a sentence, a line or a quotation."""
    return i == 0 or re.search(r"(?:^|[.!?:„\"“]|\n)\s*$", text[max(0, i - 4) : i]) is not None


# --- candidate guards (precision) -------------------------------------------------------------

def _names_day(word: str) -> bool:
    """ "zondag", "zondagmiddag", "vanavond": a word after which an hour is a clock time ("zondag 20 uur")."""
    return word in WEEKDAYS or word in DEICTIC or re.fullmatch(_WD + _DP, word) is not None


def _age_range(text: str, m: re.Match[str], prev: str) -> bool:
    """Two numbers of years joined by "en" give the ages of the people just named ("van 45 en 49
    jaar", "(29 en 30 jaar)"); after "tussen" only when people or an age come before it ("kinderen
    tussen vier en zes jaar"), for "de bouw duurt tussen tien en vijftien jaar" is a duration."""
    if not re.search(r"\s+en\s+", text[m.end("n") : m.start("n2")]):
        return False
    if prev != "tussen":
        return True
    before = _prev_word(text, text.rfind(prev, 0, m.start("t")))
    return before in AGE_NOUNS


def _recent_adverb(text: str, e: int, prev: str) -> bool:
    """ "recent" as an adverb ("Recent ontving het team …", "zijn recent opgelopen"), not the
    adjective of "recent onderzoek": a verb or an auxiliary must be next to it."""
    nxt = _next_word(text, e).lower()
    if re.match(r"\s*[.,;:!?)]", text[e : e + 3]):
        return prev in FINITE_HINTS or prev in PAST_MARKERS
    verbish = nxt in PAST_MARKERS or nxt in FINITE_HINTS or nxt in REPORTING_VERBS or weak_past(nxt)
    return verbish or prev in ("is", "zijn", "werd", "werden", "heeft", "hebben", "was", "waren", "pas", "nog", "tot")


def _accept(kind: str, m: re.Match[str], text: str) -> bool:
    s, e = m.start("t"), m.end("t")
    surface = m.group("t")
    prev = _prev_word(text, s)
    nxt = _next_word(text, e)
    if kind in ("fulldate", "monthyear", "month"):
        mon = m.group("m")
        if kind == "fulldate" and not 1 <= int(m.group("d")) <= 31:
            return False
        if _month_num(mon) is None:
            return False
        if mon.lower().endswith("maand") and (prev in ("gemiddelde", "elke", "iedere", "doorsnee") or prev.endswith("ste")):
            return False  # "de gemiddelde julimaand", "de somberste julimaand": any July, not one
        if kind == "month":
            # A capitalised month name mid-sentence without a day or year is more often a name
            # ("Mei Li", "April Ryan"); a lower-case one is a month.
            if mon[0].isupper() and not _sentence_start(text, m.start("m")) and not m.group("mod"):
                return False
            if mon[0].isupper() and nxt[:1].isupper():
                return False
        return True
    if kind == "numdate":
        d, mo = int(m.group("d")), int(m.group("mo"))
        if not (1 <= d <= 31 and 1 <= mo <= 12):
            return False
        # "1.5.20"-like version numbers and scores: demand a separator that dates use.
        return not (m.group("sep") == "." and len(m.group("y")) == 2 and prev in ("versie", "v"))
    if kind == "year":
        if m.group("mod"):
            return True
        if m.group("q"):  # "ongeveer 1960": judge the number by its own neighbours
            s = m.start("y")
            prev = _prev_word(text, s)
        if prev in ("nr.", "nummer", "artikel", "kamerstuk", "art.", "pagina", "p.", "blz.", "code", "bus", "lijn"):
            return False
        nxt_l = nxt.lower()
        if nxt_l in COUNT_NOUNS:
            return False
        if (prev in ("en", "tot", "of") and nxt[:1].islower() and nxt_l not in AFTER_YEAR_OK
                and nxt_l not in NUMBER_WORDS and re.search(r"(?:en|s)$", nxt_l)):
            return False  # "400 medewerkers en 1500 studenten": a count
        if prev in YEAR_CUES:
            return True
        raw_prev = re.search(r"(\S+)\s*$", text[max(0, s - 30) : s])
        if raw_prev and raw_prev.group(1)[:1].isupper() and not _sentence_start(text, raw_prev.start(1) + max(0, s - 30)):
            return False  # "Russel 2000", "Windows 2000": part of a name
        # A bare number followed by a lower-case word is usually a count ("2000 punten").
        return not (nxt and nxt[0].isalpha() and nxt[0].islower() and nxt_l not in AFTER_YEAR_OK)
    if kind == "season":
        if m.group("rel") or m.group("y") or m.group("rely") or m.group("mod"):
            return True
        before = re.search(r"(\S+)\s+\S+\s+$", text[max(0, s - 40) : s])
        if surface[:1].isupper() and before and before.group(1)[:1].isupper() and not _sentence_start(text, s):
            return False  # "Giel de Winter": a surname
        return prev in ("de", "het", "in", "deze", "dit", "die", "komende", "afgelopen")
    if kind == "quarter":
        u = m.group("u").lower()
        return not (u == "helft" and not (m.group("y") or m.group("rel") or m.group("het") or m.group("wk")))
    if kind == "deictic":
        if m.group("w").lower() == "morgen":
            # "de morgen", "goedemorgen", "elke morgen": the morning, not tomorrow
            if prev in ("die", "dat") and nxt.lower() in _MORGEN_VERBS:
                return True
            return prev not in DETERMINERS and prev not in ("goede", "goeden", "elke", "iedere", "'s", "’s")
        return True
    if kind == "weekday":
        # "Zwarte Maandag", "Goede Vrijdag", "Stille Zaterdag" name days, they do not point at one.
        if prev in ("zwarte", "blauwe", "goede", "witte", "stille", "roze", "black", "blue", "cyber", "`", "‘"):
            return False
        # a capitalised weekday after a capitalised word mid-sentence is part of a name ("Roze Zaterdag")
        raw = re.search(r"(\S+)[ \t]+$", text[max(0, s - 30) : s])
        return not (surface[:1].isupper() and raw and raw.group(1)[:1].isupper() and raw.group(1).isalpha()
                    and not _sentence_start(text, raw.start(1) + max(0, s - 30)))
    if kind == "feastalone":
        f = re.sub(r"\s+", " ", m.group("f").lower())
        return not (f in FEAST_CAPITALISED and m.group("f")[:1].islower())
    if kind == "setadv":
        # "het jaarlijks dividend" is an adjective, not a set
        return prev not in DETERMINERS
    if kind == "duration":
        if m.group("after"):  # "51 jaar oud", "negen maanden oude zuigelingen": an age
            return False
        u = m.group("u").lower()
        n = m.group("n").lower()
        if re.match(r"\s+op\s+" + re.escape(n) + r"(?![\w])", text[e : e + 12], re.I):
            return False  # "24 uur op 24", "7 dagen op 7": the idiom for "all the time"
        copula = _prev_word(text, m.start("q")) if m.group("q") else prev
        if u == "jaar" and copula in _COPULAS and re.match(r"\s*(?:[.,;!?)]|$)", text[e : e + 2]):
            return False  # "hij is ongeveer 40 jaar.", "de vereniging werd 100 jaar": an age
        if n == "0" or (prev == "vanaf" and u in ("jaar", "jaren") and not m.group("q")):
            return False  # "kinderen van 0 tot 4 jaar", "vanaf 50 jaar": ages
        if u in ("jaar", "jaren") and (
            re.search(r"(?i)(?:jonger|ouder)\s+dan\s+$", text[max(0, s - 14) : s])
            or re.match(r"\s+of\s+(?:ouder|jonger)", text[e : e + 12], re.I)
        ):
            return False  # "jonger dan 21 jaar", "honderd jaar of ouder": ages
        if u.startswith("minu") and _CLOCK_AFTER.match(text, e):
            return False  # "enkele minuten voor half vier": how close to a clock time, not a duration
        if u in ("jaar", "jaren") and m.group("n2") and _age_range(text, m, prev):
            return False  # "twee mannen van 45 en 49 jaar", "kinderen tussen vier en zes jaar": ages
        if u == "uur" and m.group("n2") and prev in ("van", "tussen") and (_number(m.group("n2")) or 25) <= 24:
            return False  # "van twaalf tot vier uur": two clock times, not an amount of hours
        if u in ("uur", "uren") and (prev in _TIME_PREPS or _names_day(prev)) and not m.group("q"):
            return False  # "om 16 uur", "zondag 20 uur" are clock times
        if u == "uur" and not m.group("q") and _APPROX_BEFORE.search(text[max(0, s - 30) : s]):
            return False  # "enkele minuten voor vier uur": a clock time nearly reached, not four hours
        if n == "een" and not m.group("q") and not m.group("rel") and (
            prev == "op" or nxt.lower() in ("die", "dat", "waarop", "waarin")
        ):
            return False  # "op een dag", "een dag die de geschiedenis inging": no measured duration
        return not (n == "half" and prev not in ("een", "anderhalf"))
    if kind == "clock":
        h = int(m.group("h"))
        if h > 24:
            return False
        if m.group("bu"):
            # "23u15" is the Belgian way to write a clock time; "in 4u42:05" and "na 2u39' speeltijd"
            # are race and match times (durations)
            return re.match(r"[:.,]\d|\s*['’]", text[e : e + 3]) is None and prev not in ("in", "na", "binnen", "op")
        # "van 19.00 tot 19.25 uur": the first end of a range of clock times
        in_range = re.match(r"\s*(?:tot|-|–|en)\s*[0-2]?\d[.:u][0-5]\d\s*(?:uur|u)(?![\w])", text[e : e + 24]) is not None
        return bool(m.group("uur") or m.group("tz") or prev in _TIME_PREPS or prev in ("en", "tot") or in_range)
    if kind == "clockh" and prev in ("van", "tussen") and not re.match(r"\s*uur", text[e : e + 6]):
        return True  # the first end of "van twaalf tot vier uur"
    if kind == "clockh" and prev == "en" and re.search(r"(?i)\b(?:tussen|van)\s+\w+\s+en\s+$", text[max(0, s - 25) : s]):
        return True  # the second end of "tussen 12 en 13 uur"
    if kind == "clockh":
        # "om 20 uur", and "zondag 20 uur" in listings: an hour right after a day
        if prev in ("om", "rond", "omstreeks", "tegen", "vanaf", "tot", "na", "voor"):
            return True
        return _names_day(prev)
    if kind == "setper2":
        return prev not in ("en", "tot", "of", "à", "-")  # "tussen de 50 en 55 uur per week": a range, not a SET
    if kind == "clockword" and not (m.group("dw") or m.group("sdp")) and _WORD_AFTER.match(text, e):
        # "het duurde tien minuten voor twee agenten kwamen": minutes before a count of something,
        # unless a time preposition or the sentence start says a clock time comes ("om tien over half twee ging")
        return prev in _TIME_PREPS or prev in ("op", "na", "klokslag", "stipt", "precies") or _sentence_start(text, s)
    if kind == "halfclock":
        one_word = " " not in m.group("hw") and "\n" not in m.group("hw")
        in_range = prev in ("en", "tot") and re.search(r"(?i)\bhalf\s*\w+\s+(?:en|tot)\s+$", text[max(0, s - 25) : s]) is not None
        return (one_word or bool(m.group("dw") or m.group("sdp")) or prev in _TIME_PREPS or prev == "van"
                or prev in ("klokslag", "stipt", "precies") or bool(in_range) or bool(_APPROX_BEFORE.search(text, 0, s)))
    if kind == "now":
        # "Nu we dit gedaan hebben": a conjunction when a clause starts with it and a subject follows.
        # "hoeveel er nu precies zijn", "dat is nu eenmaal zo": a particle, not a time
        return nxt.lower() not in _NOW_CONJ_NEXT and nxt.lower() not in ("precies", "eenmaal", "eigenlijk")
    if kind == "past" and surface.lower() == "recent":
        return _recent_adverb(text, e, prev)
    if kind == "past":
        low = surface.lower()
        if low == "verleden":
            return prev in ("het",) and nxt.lower() not in ("jaar", "week", "maand", "eeuw")
        return True
    if kind == "future":
        low = surface.lower()
        return not (low == "toekomst" and prev not in ("de", "nabije"))
    if kind == "present":
        low = surface.lower()
        return not (low.startswith("dit") and prev != "op")
    if kind == "decade2":
        return bool(m.group("jaren")) or re.match(r"\s+(?:en|of)\s+\w+\s+jaren", text[e : e + 30]) is not None
    if kind == "bareplural":
        return True
    return True


def _candidates(text: str) -> list[_Cand]:
    out: list[_Cand] = []
    for kind, rx, prio in _RULES:
        for m in rx.finditer(text):
            if m.group("t") and _accept(kind, m, text):
                out.append(_Cand(m.start("t"), m.end("t"), kind, m.groupdict(), prio))
    out.extend(_range_candidates(text))
    return out


def _range_candidates(text: str) -> Iterator[_Cand]:
    """Both ends of a year range ("1954-1958") and the first day of a day range ("20 - 25 september")."""
    for m in _YEAR_RANGE.finditer(text):
        y1, y2 = int(m.group("y1")), m.group("y2")
        y2n = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
        if not y1 < y2n <= y1 + 200 or _prev_word(text, m.start()) in ("nr.", "nummer", "artikel", "kamerstuk", "art.", "pagina", "p.", "blz."):
            continue
        if _next_word(text, m.end()).lower() in COUNT_NOUNS:
            continue  # "1000-2000 euro"
        yield _Cand(m.start("y1"), m.end("y1"), "year", {"y": m.group("y1")}, 0)
        if len(y2) == 4:
            yield _Cand(m.start("y2"), m.end("y2"), "year", {"y": y2}, 0)
    for m in _DAY_RANGE.finditer(text):
        if 1 <= int(m.group("d")) <= 31:
            yield _Cand(m.start("t"), m.end("t"), "rangeday", m.groupdict(), 0)
            # "op 13, 14 en 15 augustus": the days listed before the range share its month
            pos = m.start("t")
            while (prior := re.search(r"(?<![\w.,])([0-3]?\d)\s*,\s*$", text[max(0, pos - 8) : pos])) and 1 <= int(prior.group(1)) <= 31:
                start = max(0, pos - 8) + prior.start(1)
                yield _Cand(start, start + len(prior.group(1)), "rangeday", {**m.groupdict(), "d": prior.group(1)}, 0)
                pos = start


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Keep the longest non-overlapping candidates (ties: the more specific rule)."""
    chosen: list[_Cand] = []
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


# --- normalisation ----------------------------------------------------------------------------

class _Resolver:
    def __init__(self, text: str, anchor: dt.date | None, granularity: str, tokens: Sequence[Token] | None) -> None:
        self.text = text
        self.anchor = anchor
        g = "day" if granularity == "minute" else granularity
        self.gran = g if g in cal.GRANULARITY_RANK else "day"
        self.anchor_p = cal.containing(self.gran, anchor) if anchor else None
        self.tense = Tense(text, tokens)
        self.out: list[Timex] = []

    # anchor helpers
    def can(self, unit: str) -> bool:
        """True when the anchor is at least as fine as ``unit`` (a month anchor cannot resolve "gisteren")."""
        if self.anchor is None:
            return False
        rank = {"minute": 1, "day": 1, "week": 2, "weekend": 2, "month": 3, "quarter": 4, "half": 4,
                "season": 4, "year": 5, "decade": 5, "century": 5}[unit]
        return cal.GRANULARITY_RANK[self.gran] <= rank

    def direction(self, c: _Cand) -> str | None:
        return self.tense.at(c.start, c.end)

    def ref_for(self, direction: int) -> str:
        return "PAST_REF" if direction < 0 else "FUTURE_REF" if direction > 0 else "PRESENT_REF"

    def timex(self, c: _Cand, typ: str, value: str, warnings: tuple[str, ...] = (), relative: bool = True) -> Timex:
        anchor = self.anchor_p.value() if (relative and self.anchor_p) else None
        return Timex(c.start, c.end, typ, value, warnings, anchor)

    def complete_year(self, make: Callable[[int], cal.Period | None], c: _Cand, suffix: str | None) -> cal.Period | None:
        """Give a date without a year the year a reader would: by "jl."/"aanstaande", else by tense."""
        assert self.anchor is not None and self.anchor_p is not None
        cands = [p for y in (self.anchor.year - 1, self.anchor.year, self.anchor.year + 1) if (p := make(y))]
        if not cands:
            return None
        direction = self.direction(c)
        if suffix:
            direction = "past" if suffix.lower().startswith("j") else "future"
        plain = cal.choose(cands, self.anchor_p, direction)
        if not suffix:
            p = self._from_context(make, c, direction, plain.end < self.anchor_p.start)
            if p is not None:
                return p
            return self._named_before(cands) or plain
        return plain

    def _named_before(self, cands: Sequence[cal.Period]) -> cal.Period | None:
        """The reading an earlier mention of the same date took: a text that names "18 december" twice
        means one day, so a second mention takes the first one's year whatever its own clause's tense
        ("Hij staat volgend jaar op 17 februari in Carré. Ik wacht tot 17 februari is geweest")."""
        values = {p.value(): p for p in cands}
        for t in reversed(self.out):
            if t.type == "DATE" and t.value in values:
                return values[t.value]
        return None

    def _from_context(
        self, make: Callable[[int], cal.Period | None], c: _Cand, direction: str | None, plain_before: bool
    ) -> cal.Period | None:
        """The year the range's start or the passage's governing year gives (see time_context)."""
        assert self.anchor is not None
        first = range_start(self.text, self.out, c.start)
        sentence_start = self.tense.sentence(c.start)[0]
        gov = None if first else governing_year(
            self.text, self.out, c.start, sentence_start, self.anchor, direction, plain_before)
        if gov is not None:
            first = gov[1] or dt.date(gov[0], 1, 1)
        if first is None:
            return None
        p = make(first.year)
        if p is not None and p.start < first:
            p = make(first.year + 1)  # "van 30 december tot 2 januari", "eind oktober 2018 … 23 maart"
        return p

    # the dispatcher
    def resolve(self, c: _Cand) -> Timex | None:
        fn = getattr(self, "_" + c.kind, None)
        return fn(c) if fn else None

    def _fulldate(self, c: _Cand) -> Timex | None:
        t = self._fulldate_day(c)
        part = DAYPARTS.get((c.g.get("wdp") or "").lower())
        if t is None or not part:
            return t
        return replace(t, type="TIME", value=f"{t.value}T{part}")  # "dinsdagavond 14 mei"

    def _fulldate_day(self, c: _Cand) -> Timex | None:
        g = c.g
        d, m = int(g["d"]), MONTHS[g["m"].rstrip(".").lower()]
        y = _year(g["y"], self.anchor)
        if g.get("rely") and self.anchor is not None and self.can("year"):
            y = self.anchor.year + _REL_YEAR[g["rely"].lower()]  # "7 september dit jaar"
        wd = WEEKDAYS[g["wd"].lower()] if g["wd"] else None
        warnings: tuple[str, ...] = ()

        def make(yy: int) -> cal.Period | None:
            try:
                return cal.day(dt.date(yy, m, d))
            except ValueError:
                return None

        if y is None:
            # "24 maart - 2 april 1992": the year written once at the end belongs to both dates;
            # in an undated text a year written with a date in the same sentence is the best cue
            shared = _RANGE_TAIL.match(self.text, c.end)
            if shared:
                y2, m2 = int(shared.group("y")), MONTHS[shared.group("m").lower()]
                y = y2 if m <= m2 else y2 - 1
            else:
                y = self._sentence_year(c)
        if y is not None:
            p = make(y)
            if p is None:
                return None
            if wd is not None and p.day and p.day.weekday() != wd:
                warnings = ("weekday-mismatch",)
                if self.anchor is not None and self.anchor_p is not None:
                    alts = [q for yy in range(self.anchor.year - 1, self.anchor.year + 2)
                            if (q := make(yy)) and q.day and q.day.weekday() == wd]
                    if alts:
                        p = cal.choose(alts, self.anchor_p, None)
            return self.timex(c, "DATE", p.value(), warnings, relative=bool(warnings))
        if self.anchor is None:
            return self.timex(c, "DATE", f"XXXX-{m:02d}-{d:02d}")
        if wd is not None:
            def make_wd(yy: int) -> cal.Period | None:
                q = make(yy)
                return q if q and q.day and q.day.weekday() == wd else None
            p = self.complete_year(make_wd, c, g["suf"])
            if p is None:
                warnings = ("weekday-mismatch",)
                p = self.complete_year(make, c, g["suf"])
        else:
            p = self.complete_year(make, c, g["suf"])
        return self.timex(c, "DATE", p.value(), warnings) if p else None

    def _numdate(self, c: _Cand) -> Timex | None:
        g = c.g
        y = _year(g["y"] if len(g["y"]) == 4 else "'" + g["y"], self.anchor)
        try:
            d = dt.date(y or 0, int(g["mo"]), int(g["d"]))
        except ValueError:
            return None
        return self.timex(c, "DATE", d.isoformat(), relative=False)

    _isodate = _numdate

    def _monthyear(self, c: _Cand) -> Timex | None:
        g = c.g
        m = _month_num(g["m"])
        assert m is not None
        if g["y"]:
            y = _year(g["y"], self.anchor)
            return self.timex(c, "DATE", f"{y:04d}-{m:02d}", relative=False)
        if g["ana"] or g["rel"].lower() in ("dat", "datzelfde", "hetzelfde"):
            # "december van dat jaar", "maart van het jaar daarop": the year the text just talked about
            prev = self.previous(c, within=1000)
            if prev is None:
                return self.timex(c, "DATE", f"XXXX-{m:02d}")
            k = 0 if not g["ana"] else (-1 if g["ana"].lower() in ("daarvoor", "ervoor") else 1)
            return Timex(c.start, c.end, "DATE", f"{prev.start.year + k:04d}-{m:02d}", (), prev.value())
        if not self.can("year"):
            return self.timex(c, "DATE", f"XXXX-{m:02d}")
        assert self.anchor is not None
        k = {"dit": 0, "vorig": -1, "verleden": -1, "volgend": 1, "komend": 1}[g["rel"].lower()]
        return self.timex(c, "DATE", f"{self.anchor.year + k:04d}-{m:02d}")

    def _month(self, c: _Cand) -> Timex | None:
        g = c.g
        m = _month_num(g["m"])
        assert m is not None
        if not self.can("month"):
            return self.timex(c, "DATE", f"XXXX-{m:02d}")
        assert self.anchor is not None and self.anchor_p is not None
        mod = (g["mod"] or "").lower()
        shared = re.match(r"\s+(?:en|tot|of|t/m|tot\s+en\s+met|-)\s+(\w+)\s+(" + _YR + r")" + _E, self.text[c.end : c.end + 40], FLAGS)
        if shared and shared.group(1).lower() in MONTHS:
            # "tussen september en oktober 2007": the year written once belongs to both months
            y2, m2 = int(shared.group(2)), MONTHS[shared.group(1).lower()]
            return self.timex(c, "DATE", f"{y2 if m <= m2 else y2 - 1:04d}-{m:02d}", relative=False)
        cands = [cal.month(y, m) for y in (self.anchor.year - 1, self.anchor.year, self.anchor.year + 1)]
        if mod in ("afgelopen", "vorige", "voorbije"):
            p = cal.choose(cands, self.anchor_p, "past", strict=True)
        elif mod in ("komende", "volgende"):
            p = cal.choose(cands, self.anchor_p, "future", strict=True)
        else:
            suffix = g["suf"]
            direction = ("past" if suffix.lower().startswith("j") else "future") if suffix else self.direction(c)
            p = cal.choose(cands, self.anchor_p, direction)
            if not suffix:
                p = (self._from_context(lambda y: cal.month(y, m), c, direction, p.end < self.anchor_p.start)
                     or self._named_before(cands) or p)
        return self.timex(c, "DATE", p.value())

    def _year(self, c: _Cand) -> Timex | None:
        return self.timex(c, "DATE", f"{int(c.g['y']):04d}", relative=False)

    def _decade(self, c: _Cand) -> Timex | None:
        w = c.g["dw"].lower().lstrip("'’")
        if len(w) == 4:  # "de jaren 1960"
            return self.timex(c, "DATE", w[:3], relative=False)
        digit = DECADE_WORDS.get(w) if w in DECADE_WORDS else int(w[0])
        century = 19
        if self.anchor and digit is not None and digit <= (self.anchor.year % 100) // 10 and digit <= 2:
            century = 20
        return self.timex(c, "DATE", f"{century}{digit}", relative=False)

    _decade2 = _decade

    def _century(self, c: _Cand) -> Timex | None:
        n = int(c.g["o"]) if c.g["o"] else _ORD_WORDS[c.g["ow"].lower()]
        return self.timex(c, "DATE", f"{n - 1:02d}", relative=False)

    def _season(self, c: _Cand) -> Timex | None:
        g = c.g
        code = SEASONS[g["s"].lower()]
        if g["y"]:
            return self.timex(c, "DATE", cal.season(int(g["y"]), code).value(), relative=False)
        if not self.can("month"):
            if g["rely"] and self.can("year"):
                pass
            else:
                return self.timex(c, "DATE", f"XXXX-{code}")
        assert self.anchor is not None and self.anchor_p is not None
        if g["rely"]:
            k = {"dit": 0, "vorig": -1, "verleden": -1, "volgend": 1}[g["rely"].lower()]
            return self.timex(c, "DATE", cal.season(self.anchor.year + k, code).value())
        cands = [cal.season(y, code) for y in (self.anchor.year - 1, self.anchor.year, self.anchor.year + 1)]
        rel = (g["rel"] or "").lower()
        if rel in ("vorige", "vorig", "afgelopen", "verleden"):
            p = cal.choose(cands, self.anchor_p, "past", strict=True)
        elif rel in ("komende", "komend", "volgende", "volgend"):
            p = cal.choose(cands, self.anchor_p, "future", strict=True)
            if rel.startswith("komend"):
                p = _season_under_way(cands, self.anchor_p) or p
        elif rel in ("deze", "dit"):
            p = cal.choose(cands, self.anchor_p, None)
        else:
            p = cal.choose(cands, self.anchor_p, self.direction(c))
        return self.timex(c, "DATE", p.value())

    def _quarter(self, c: _Cand) -> Timex | None:
        g = c.g
        unit = "half" if g["u"].lower() in ("helft", "halfjaar", "jaarhelft") else "quarter"
        o = ORDINALS[g["o"].lower()]
        if o == -1:
            o = 4 if unit == "quarter" else 2
        if unit == "half" and o > 2:
            return None
        code = "Q" if unit == "quarter" else "H"
        if g["y"]:
            return self.timex(c, "DATE", f"{int(g['y']):04d}-{code}{o}", relative=False)
        if g["wk"]:
            # "de tweede helft van de week": TIMEX3 has no half weeks, so the week (or month) itself
            wunit = "week" if g["wk"].lower().endswith("week") else "month"
            if not self.can(wunit):
                return self.timex(c, "DATE", "XXXX-WXX" if wunit == "week" else "XXXX-XX")
            assert self.anchor is not None
            return self.timex(c, "DATE", cal.containing(wunit, self.anchor).value())
        if not self.can("year"):
            return self.timex(c, "DATE", f"XXXX-{code}{o}")
        assert self.anchor is not None and self.anchor_p is not None
        if g["rel"]:
            k = {"dit": 0, "vorig": -1, "verleden": -1, "volgend": 1}[g["rel"].lower()]
            return self.timex(c, "DATE", f"{self.anchor.year + k:04d}-{code}{o}")
        if g["het"]:
            return self.timex(c, "DATE", f"{self.anchor.year:04d}-{code}{o}")
        # "het vierde kwartaal" without a year: the nearest such quarter in the tense's direction;
        # reported results are about a quarter that has ended, so the past wins ties.
        cands = [cal.Period("quarter" if unit == "quarter" else "half", y, o)
                 for y in (self.anchor.year - 1, self.anchor.year, self.anchor.year + 1)]
        p = cal.choose(cands, self.anchor_p, self.direction(c) or "past")
        return self.timex(c, "DATE", p.value())

    def _qshort(self, c: _Cand) -> Timex | None:
        return self.timex(c, "DATE", f"{int(c.g['y']):04d}-Q{c.g['q']}", relative=False)

    def _deictic(self, c: _Cand) -> Timex | None:
        off, part = DEICTIC[c.g["w"].lower()]
        typ = "TIME" if part else "DATE"
        if not self.can("day"):
            if off == 0 and self.anchor_p is not None:
                return self.timex(c, "DATE", self.anchor_p.value())  # "vandaag" lies inside the anchor
            return self.timex(c, typ, self.ref_for(off))
        assert self.anchor is not None
        if c.g["w"].lower() == "vannacht" and self.direction(c) != "future":
            off = -1  # the night that ended this morning, dated by its evening (TIMEX3 "TNI")
        value = (self.anchor + dt.timedelta(days=off)).isoformat()
        return self.timex(c, typ, value + ("T" + part if part else ""))

    def _weekday_date(self, c: _Cand, wd: int, mod: str, suffix: str) -> dt.date | None:
        assert self.anchor is not None
        if not mod and not suffix and _DEADLINE.search(self.text[max(0, c.start - 14) : c.start]):
            mod = "komende"  # "ten laatste maandag", "uiterlijk vrijdag": a deadline lies ahead
        days = [self.anchor + dt.timedelta(days=k) for k in range(-7, 8)]
        cands = [cal.day(d) for d in days if d.weekday() == wd]
        a = cal.day(self.anchor)
        if mod in ("afgelopen", "vorige", "verleden") or suffix.startswith("j"):
            p = cal.choose(cands, a, "past", strict=True)
        elif mod in ("komende", "volgende", "aanstaande") or suffix in ("aanstaande", "a.s."):
            p = cal.choose(cands, a, "future", strict=True)
        elif mod == "deze":
            p = next(q for q in cands if q.day and q.day.isocalendar()[1] == self.anchor.isocalendar()[1])
        else:
            p = cal.choose(cands, a, self.tense.weekday_at(c.start, c.end))
        return p.day

    def _weekday(self, c: _Cand) -> Timex | None:
        g = c.g
        wd = WEEKDAYS[g["w"].lower()]
        dp = g["dp"] or g["dp2"]
        shared = re.match(rf"-\s*(?:tot|en|of|t/m)\s+{_WD}(?P<dp>{_DP})", self.text[c.end : c.end + 30], FLAGS)
        if not dp and shared:
            dp = shared.group("dp")  # "van vrijdag- tot zaterdagochtend": the part is said once
        part = DAYPARTS[dp.lower()] if dp else ""
        typ = "TIME" if part else "DATE"
        if not g["mod"] and _OPENING_HOURS.search(self._around(c, 30)):
            # "winkels mogen open op zondag", "op zondag gesloten": opening hours, every such day
            return self.timex(c, "SET", f"XXXX-WXX-{wd + 1}" + ("T" + part if part else ""), relative=False)
        if not self.can("day"):
            return self.timex(c, typ, f"XXXX-WXX-{wd + 1}" + ("T" + part if part else ""))
        d = self._weekday_date(c, wd, (g["mod"] or "").lower(), (g["suf"] or "").lower() if not g["dp2"] else "")
        assert d is not None
        return self.timex(c, typ, d.isoformat() + ("T" + part if part else ""))

    def _around(self, c: _Cand, width: int) -> str:
        """The span with ``width`` characters either side, the span itself marked by a tab on each side."""
        return f"{self.text[max(0, c.start - width) : c.start]}\t{self.text[c.start : c.end]}\t{self.text[c.end : c.end + width]}"

    def _night(self, c: _Cand) -> Timex | None:
        wd1 = WEEKDAYS[c.g["w1"].lower()]
        if not self.can("day"):
            return self.timex(c, "TIME", f"XXXX-WXX-{wd1 + 1}TNI")
        d = self._weekday_date(c, wd1, "", "")
        assert d is not None
        return self.timex(c, "TIME", d.isoformat() + "TNI")

    def _nthweekday(self, c: _Cand) -> Timex | None:
        g = c.g
        wd, m = WEEKDAYS[g["w"].lower()], MONTHS[g["m"].lower()]
        o = ORDINALS[g["o"].lower()]

        def make(y: int) -> cal.Period:
            days = [dt.date(y, m, 1) + dt.timedelta(days=i) for i in range(31)]
            hits = [d for d in days if d.month == m and d.weekday() == wd]
            return cal.day(hits[o - 1] if o > 0 else hits[-1])

        if g["y"]:
            return self.timex(c, "DATE", make(int(g["y"])).value(), relative=False)
        if self.anchor is None or not self.can("month"):
            return None
        p = self.complete_year(lambda y: make(y), c, None)
        return self.timex(c, "DATE", p.value()) if p else None

    def _setwd(self, c: _Cand) -> Timex | None:
        w = c.g["w"].lower()[:-1]
        return self.timex(c, "SET", f"XXXX-WXX-{WEEKDAYS[w] + 1}", relative=False)

    def _setevery(self, c: _Cand) -> Timex | None:
        w = c.g["w"].lower()
        wd = re.match(_WD, w, re.I)
        if wd:  # "elke maandag", "elke maandagavond"
            part = DAYPARTS.get(w[wd.end():], "")
            value = f"XXXX-WXX-{WEEKDAYS[wd.group()] + 1}" + (f"T{part}" if part else "")
            return self.timex(c, "SET", value, relative=False)
        table = {"dag": "P1D", "week": "P1W", "maand": "P1M", "jaar": "P1Y", "weekend": "P1WE", "kwartaal": "P1Q",
                 "uur": "PT1H", "minuut": "PT1M", "ochtend": "TMO", "middag": "TAF", "avond": "TEV",
                 "nacht": "TNI", "zomer": "XXXX-SU", "winter": "XXXX-WI"}
        return self.timex(c, "SET", table[w], relative=False)

    def _setper(self, c: _Cand) -> Timex | None:
        table = {"dag": "P1D", "week": "P1W", "maand": "P1M", "jaar": "P1Y", "kwartaal": "P1Q", "uur": "PT1H"}
        return self.timex(c, "SET", table[c.g["w"].lower()], relative=False)

    def _setadv(self, c: _Cand) -> Timex | None:
        return self.timex(c, "SET", SET_ADVERBS[c.g["w"].lower()], relative=False)

    def _relunit(self, c: _Cand) -> Timex | None:
        g = c.g
        rel, unit = g["rel"].lower(), g["u"].lower().replace("weekeinde", "weekend")
        k = {"deze": 0, "dit": 0, "vorige": -1, "vorig": -1, "verleden": -1, "afgelopen": -1, "voorbije": -1,
             "komende": 1, "komend": 1, "volgende": 1, "volgend": 1, "aanstaande": 1}[rel]
        # "de afgelopen week" / "het komende jaar" measure a stretch of time; "afgelopen week" is a date.
        # A calendar year or a (sports) season is a date whatever the article.
        if rel in ("afgelopen", "voorbije", "komende", "komend") and unit not in ("weekend", "kalenderjaar", "seizoen") \
                and not g["pre"] and _has_article_before(self.text, c.start):
            des = UNITS[unit][0]
            return self.timex(c, "DURATION", f"P1{des}", relative=False)
        cal_unit = {"week": "week", "weekend": "weekend", "maand": "month", "jaar": "year", "eeuw": "century",
                    "decennium": "decade", "kwartaal": "quarter", "kalenderjaar": "year", "seizoen": "year"}[unit]
        if not self.can(cal_unit):
            return self.timex(c, "DATE", self.ref_for(k))
        assert self.anchor is not None
        if cal_unit == "weekend":
            wkd = self.anchor.weekday()
            base = cal.weekend(self.anchor)
            if k < 0:
                # on a Sunday "afgelopen weekend" is the one ending today; otherwise the one before
                p = base if wkd == 6 and rel == "afgelopen" else cal.shift(base, -1)
            elif k > 0:
                p = base if wkd < 5 else cal.shift(base, 1)
            elif wkd <= 2 and self.direction(c) == "past":
                p = cal.shift(base, -1)  # on a Monday "kregen dit weekend bezoek" is the one just gone
            else:
                p = base
            return self.timex(c, "DATE", p.value())
        p = cal.shift(cal.containing(cal_unit, self.anchor), k)
        return self.timex(c, "DATE", p.value())

    def previous(self, c: _Cand, within: int = 300) -> cal.Period | None:
        """The period of the nearest earlier resolved expression, for "een dag eerder", "het jaar daarvoor"."""
        for t in reversed(self.out):
            if c.start - t.end > within:
                return None
            p = _parse_any(t.value)
            if p is not None:
                return p
        return None

    def _anaphor(self, c: _Cand) -> Timex | None:
        unit = {"jaar": "year", "maand": "month", "week": "week", "weekend": "weekend", "dag": "day"}[c.g["u"].lower()]
        k = -1 if c.g["dir"].lower() in ("daarvoor", "ervoor") else 1
        p = self.previous(c, within=1000)
        if p is None:
            return None
        # "het jaar daarop" after "maart 1880" is 1881, a year: resolve at the anaphor's own unit
        q = _shift_by(p, unit, k) if unit in ("weekend", "day") else cal.shift(cal.containing(unit, p.start), k)
        return Timex(c.start, c.end, "DATE", q.value(), (), p.value()) if q else None

    def _sameday(self, c: _Cand) -> Timex | None:
        a = c.g["a"].lower()
        if a == "volgende" and not _has_article_before(self.text, c.start):
            return None
        p = None
        for t in reversed(self.out):
            if c.start - t.end > 600:
                break
            q0 = _parse_any(t.value)
            if q0 is not None and q0.unit == "day":
                p = q0
                break
        if p is None:
            return None
        q = cal.shift(p, 1 if a == "volgende" else 0)
        return Timex(c.start, c.end, "DATE", q.value(), (), p.value())

    def _duration(self, c: _Cand) -> Timex | None:
        g = c.g
        unit = g["u"].lower()
        des, is_time, cal_unit = UNITS[unit]
        n_raw = g["n"].lower()
        n = None if g["n2"] or any(n_raw == v for v in VAGUE_QUANTITIES) else _number(n_raw)
        post = (g["post"] or "").lower()
        prev = _prev_word(self.text, c.start)
        if n is not None and not float(n).is_integer() and des in ("CE", "DE"):
            # "driekwart eeuw" = 75 years, "een halve eeuw geleden" = 50 years ago
            n, des, cal_unit = n * (100 if des == "CE" else 10), "Y", "year"
        if post in ("geleden", "eerder", "later", "daarvoor", "daarna") or (prev == "over" and not g["rel"] and not g["q"]):
            k = -1 if post in ("geleden", "eerder", "daarvoor") else 1
            if n is None or not float(n).is_integer() or is_time:
                return self.timex(c, "DATE", self.ref_for(k))
            # "twee jaar geleden" counts from the document date; "een dag eerder" from the
            # date the text just mentioned, when there is one.
            if post in ("eerder", "later", "daarvoor", "daarna"):
                prev_p = self.previous(c)
                if prev_p is not None and (q := _shift_by(prev_p, cal_unit, k * int(n))) is not None:
                    return Timex(c.start, c.end, "DATE", q.value(), (), prev_p.value())
                # counted from an event the text does not date: the offset is known, the date is not
                unknown = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX"}
                return self.timex(c, "DATE", unknown.get(cal_unit, "XXXX"), relative=False)
            if not self.can(cal_unit):
                return self.timex(c, "DATE", self.ref_for(k))
            assert self.anchor is not None
            base = cal.containing(cal_unit, self.anchor)
            return self.timex(c, "DATE", cal.shift(base, k * int(n)).value())
        if n_raw in ("tientallen", "honderden") and des == "Y":
            # "tientallen jaren" are decades, "honderden jaren" centuries
            return self.timex(c, "DURATION", "PXDE" if n_raw == "tientallen" else "PXCE", relative=False)
        if unit.startswith("kwartier"):  # "drie kwartier" = 45 minutes
            n = None if n is None else n * 15
        num = "X" if n is None else _fmt_num(n)
        parts = [(num, des, is_time)]
        if g["n3"]:
            # "28 uur en 45 minuten", "7 minuten en 47 seconden": one compound duration
            des3, time3, _ = UNITS[g["u3"].lower()]
            n3 = _number(g["n3"])
            parts.append(("X" if n3 is None else _fmt_num(n3), des3, time3))
        date_part = "".join(x + d for x, d, t in parts if not t)
        time_part = "".join(x + d for x, d, t in parts if t)
        return self.timex(c, "DURATION", "P" + date_part + ("T" + time_part if time_part else ""), relative=False)

    def _plural(self, c: _Cand) -> Timex | None:
        rel = c.g["rel"].lower()
        if rel in ("komende", "volgende"):
            return self.timex(c, "DATE", "FUTURE_REF")
        des, is_time, _ = UNITS[c.g["u"].lower()]
        return self.timex(c, "DURATION", ("PT" if is_time else "P") + "X" + des, relative=False)

    def _sun(self, c: _Cand) -> Timex | None:
        part = "EV" if c.g["w"].lower() == "zonsondergang" else "MO"
        day = self._day_before(c, 60) or (self._recent_day(c) or "")[:10] or "XXXX-XX-XX"
        return self.timex(c, "TIME", f"{day}T{part}")

    def _whole(self, c: _Cand) -> Timex | None:
        unit = c.g["u"].lower().replace("weekeinde", "weekend")
        table = {"dag": "P1D", "week": "P1W", "weekend": "P1WE", "maand": "P1M", "jaar": "P1Y"}
        return self.timex(c, "DURATION", table.get(unit, "PTXH"), relative=False)  # a part of the day: some hours

    def _bareplural(self, c: _Cand) -> Timex | None:
        if c.g["ago"]:
            return self.timex(c, "DATE", "PAST_REF")
        des, is_time, _ = UNITS[c.g["u"].lower()]
        return self.timex(c, "DURATION", ("PT" if is_time else "P") + "X" + des, relative=False)

    def _day_before(self, c: _Cand, within: int = 40) -> str | None:
        """The day of an expression just before ``c`` in its sentence ("zondag 20 uur", "gisterenavond om 18 uur")."""
        value = self._value_before(c, within)
        return value[:10] if value else None

    def _value_before(self, c: _Cand, within: int) -> str | None:
        lo, _ = self.tense.sentence(c.start)
        for t in reversed(self.out):
            if lo <= t.start and t.end <= c.start and c.start - t.end <= within and re.fullmatch(r"\d{4}-\d\d-\d\d(T\w+)?", t.value):
                return t.value
        return None

    def _clock_value(self, c: _Cand, h: int, mi: int, date: str | None = None, twelve: bool = False,
                     part: str = "") -> Timex:
        """A clock time on the day its sentence (or, failing that, the last days the text named) gives.

        ``twelve``: the hour was said on a twelve-hour clock ("half vijf", "kwart over twee"), so a
        part of the day from the context moves it, and without one an hour from 1 to 6 is in the
        afternoon (news rarely reports "half drie" at night without saying so)."""
        if date is None:
            before = self._value_before(c, 40)
            near = before is not None
            if before is None:
                before = self._recent_day(c)
            if before:
                date = before[:10]
                found = re.search(r"T(MO|AF|EV|NI)$", before)
                if found and not part:
                    part = _context_part(found.group(1), h, near, twelve)
        if part:
            h = _day_hour(h, part)
            if part == "NI" and h < 12 and date and not date.startswith("X"):
                date = (dt.date.fromisoformat(date) + dt.timedelta(days=1)).isoformat()  # after midnight
        elif twelve and 1 <= h <= 6:
            h += 12
        if date is None:
            date = self.anchor.isoformat() if self.can("day") and self.anchor else "XXXX-XX-XX"
        return self.timex(c, "TIME", f"{date}T{h:02d}:{mi:02d}")

    def _recent_day(self, c: _Cand, within: int = 600) -> str | None:
        """The day of the last expression before ``c`` that names a day of the past or coming week."""
        for t in reversed(self.out):
            if t.end > c.start or c.start - t.end > within:
                continue
            m = re.fullmatch(r"(\d{4}-\d\d-\d\d)(?:T(MO|AF|EV|NI)|T(\d\d):\d\d)?", t.value)
            if m is None:
                continue
            if self.anchor is None or abs((dt.date.fromisoformat(m.group(1)) - self.anchor).days) > 7:
                return None
            if m.group(3):  # a clock time: its part of the day
                h = int(m.group(3))
                return m.group(1) + "T" + ("NI" if h < 6 else "MO" if h < 12 else "AF" if h < 18 else "EV")
            return t.value
        return None

    def _offset_day(self, off: int) -> str | None:
        if not self.can("day"):
            return None
        assert self.anchor is not None
        return (self.anchor + dt.timedelta(days=off)).isoformat()

    def _halfclock(self, c: _Cand) -> Timex | None:
        h = HALF_HOURS[re.sub(r"\s+", "", c.g["hw"].lower())]
        return self._worded_clock(c, h, 30)

    def _clockword(self, c: _Cand) -> Timex | None:
        hour = int(NUMBER_WORDS[c.g["hw"].lower()])
        base = (hour - 1) * 60 + 30 if c.g["half"] else hour * 60  # "voor half negen" counts from 7:30
        n = 15 if c.g["kw"] else int(_number(c.g["n"]) or 0)
        minutes = (base + (n if c.g["dir"].lower() == "over" else -n)) % (12 * 60)
        h, mi = divmod(minutes, 60)
        return self._worded_clock(c, h or 12, mi)

    def _worded_clock(self, c: _Cand, h: int, mi: int) -> Timex:
        """A twelve-hour clock time, with its own day ("half elf vanochtend") or part ("'s avonds") if given."""
        date, part = None, ""
        if c.g.get("dw"):
            off, part = DEICTIC[c.g["dw"].lower()]
            date = self._offset_day(off) or "XXXX-XX-XX"
        elif c.g.get("sdp"):
            part = _SDP_PART[c.g["sdp"].lower()]
        return self._clock_value(c, h, mi, date, twelve=True, part=part)

    def _clockdp(self, c: _Cand) -> Timex | None:
        h_raw = c.g["h"].lower()
        h = int(h_raw) if h_raw.isdigit() else int(NUMBER_WORDS[h_raw])
        if h > 24:
            return None
        return self._clock_value(c, _day_hour(h, _SDP_PART[c.g["sdp"].lower()]), int(c.g["mi"] or 0))

    def _sdp(self, c: _Cand) -> Timex | None:
        # "'s avonds" after a day in the same sentence is that day's evening; alone it is any evening
        part = _SDP_PART[c.g["sdp"].lower()]
        date = self._day_before(c, within=150) or "XXXX-XX-XX"
        return self.timex(c, "TIME", f"{date}T{part}", relative=not date.startswith("X"))

    def _dprel(self, c: _Cand) -> Timex | None:
        rel, dp = c.g["rel"].lower(), c.g["dp"].lower()
        part = DAYPARTS[dp]
        if rel in ("afgelopen", "vorige", "voorbije"):
            off = -1
        elif rel == "komende":
            off = 1 if part == "MO" else 0  # "komende nacht" is tonight, "komende ochtend" tomorrow's
        else:
            off = 0
        date = self._offset_day(off)
        if date is None:
            return self.timex(c, "TIME", f"XXXX-XX-XXT{part}", relative=False)
        return self.timex(c, "TIME", f"{date}T{part}")

    def _day_of(self, c: _Cand, d: int, m: int) -> cal.Period | None:
        """The day ``d`` of month ``m`` in the year the text states, else the year a reader would give it."""
        def make(yy: int) -> cal.Period | None:
            try:
                return cal.day(dt.date(yy, m, d))
            except ValueError:
                return None
        if c.g.get("y"):
            return make(int(c.g["y"]))
        y = self._sentence_year(c)
        if y is not None:
            return make(y)
        if self.anchor is None or not self.can("month"):
            return None
        return self.complete_year(make, c, None)

    def _night2(self, c: _Cand) -> Timex | None:
        m = MONTHS[(c.g.get("m1") or c.g["m"]).lower()]  # "de nacht van 31 juli op 1 augustus"
        p = self._day_of(c, int(c.g["d"]), m)
        if p is None:
            return self.timex(c, "TIME", f"XXXX-{m:02d}-{int(c.g['d']):02d}TNI")
        return self.timex(c, "TIME", p.value() + "TNI", relative=not c.g["y"])

    def _nthday(self, c: _Cand) -> Timex | None:
        m = MONTHS[c.g["m"].lower()]
        first = c.g["o"].lower() == "eerste"
        probe = self._day_of(c, 1, m)
        if probe is None:
            return self.timex(c, "DATE", f"XXXX-{m:02d}-01" if first else f"XXXX-{m:02d}", relative=False)
        y = probe.start.year
        d = dt.date(y, m, 1) if first else cal.month(y, m).end
        return self.timex(c, "DATE", d.isoformat(), relative=not c.g["y"])

    def _rangeday(self, c: _Cand) -> Timex | None:
        m, d = MONTHS[c.g["m"].lower()], int(c.g["d"])
        end = re.compile(rf"(?i)([0-3]?\d)\s+{_MF}{_E}").search(self.text, c.end, c.end + 80)
        if not c.g["y"] and end and self.anchor is not None and self.anchor_p is not None and self.can("month"):
            # a range is one stretch of time: its first day is read with the direction of the whole
            # range ("tot 5 juni" ahead, "(6-28 juli)" in a past clause behind), and its end then
            # takes the first day's year (time_context.range_start)
            direction = self.direction(_Cand(end.start(), end.end(), "fulldate", {}, 0))

            def make(yy: int) -> cal.Period | None:
                try:
                    return cal.day(dt.date(yy, m, d))
                except ValueError:
                    return None

            last_day = int(end.group(1))
            # the range is current or coming while its last day is not past
            cands = [q for y in (self.anchor.year - 1, self.anchor.year, self.anchor.year + 1) if (q := make(y))
                     and not (direction == "future" and dt.date(y, m, min(last_day, 28 if m == 2 else 30)) < self.anchor)]
            plain = cal.choose(cands, self.anchor_p, None if direction == "future" else direction) if cands else None
            first = self._from_context(make, c, direction, bool(plain and plain.end < self.anchor_p.start)) or plain
            if first is not None:
                return self.timex(c, "DATE", first.value())
        p = self._day_of(c, d, m)
        if p is None:
            return self.timex(c, "DATE", f"XXXX-{m:02d}-{d:02d}")
        return self.timex(c, "DATE", p.value(), relative=not c.g["y"])

    def _sentence_year(self, c: _Cand) -> int | None:
        """A year written with a date in the sentence of ``c``, for an undated text ("4 oktober ... 7 oktober 1943")."""
        if self.anchor is not None:
            return None
        lo, hi = self.tense.sentence(c.start)
        m = re.search(rf"(?i){_B}(?:[0-3]?\d\s+)?{_MF}\s+({_YR}){_E}", self.text[lo:hi])
        return int(m.group(1)) if m else None

    def _feast(self, c: _Cand) -> Timex | None:
        name = re.sub(r"\s+", " ", c.g["f"].lower())
        return self._feast_timex(c, name, cal.feast_day(FEAST_DAYS[name], int(c.g["y"])), relative=False)

    def _feastalone(self, c: _Cand) -> Timex | None:
        name = re.sub(r"\s+", " ", c.g["f"].lower())
        rule = FEAST_DAYS[name]
        after = re.match(rf"\s+(?:in|van)\s+({_YR}){_E}", self.text[c.end : c.end + 12])
        if after:  # "Koningsdag in 2020"
            return self._feast_timex(c, name, cal.feast_day(rule, int(after.group(1))), relative=False)
        if not self.can("year"):
            return self.timex(c, "DATE", "XXXX", relative=False)
        assert self.anchor is not None and self.anchor_p is not None
        rel = (c.g["rel"] or "").lower()
        direction = ("past" if rel in ("afgelopen", "vorige") else "future" if rel in ("komende", "volgende", "aanstaande")
                     else None if rel in ("dit", "deze") else self.direction(c))
        cands = [cal.day(cal.feast_day(rule, y)) for y in (self.anchor.year - 1, self.anchor.year, self.anchor.year + 1)]
        p = self._from_context(lambda y: cal.day(cal.feast_day(rule, y)), c, direction, False) or cal.choose(
            cands, cal.day(self.anchor), direction, strict=rel in ("afgelopen", "vorige", "komende", "volgende"))
        assert p.day is not None
        return self._feast_timex(c, name, p.day)

    def _feast_timex(self, c: _Cand, name: str, day: dt.date, relative: bool = True) -> Timex:
        if name.endswith("weekend"):
            return self.timex(c, "DATE", cal.weekend(day).value(), relative=relative)
        if name in FEAST_EVENINGS:
            return self.timex(c, "TIME", day.isoformat() + "TEV", relative=relative)
        return self.timex(c, "DATE", day.isoformat(), relative=relative)

    def _holiday(self, c: _Cand) -> Timex | None:
        code = HOLIDAY_SEASONS[c.g["h"].lower()]
        if c.g["y"]:
            return self.timex(c, "DATE", f"{int(c.g['y'])}-{code}", relative=False)
        if not self.can("year"):
            return self.timex(c, "DATE", f"XXXX-{code}", relative=False)
        assert self.anchor is not None and self.anchor_p is not None
        rel = (c.g["rel"] or "").lower()
        direction = "past" if rel in ("afgelopen", "vorige") else "future" if rel == "komende" else self.direction(c)
        cands = [cal.season(y, code) for y in (self.anchor.year - 1, self.anchor.year, self.anchor.year + 1)]
        return self.timex(c, "DATE", cal.choose(cands, self.anchor_p, direction).value())

    def _relyearx(self, c: _Cand) -> Timex | None:
        if not self.can("year"):
            return self.timex(c, "DATE", "XXXX", relative=False)
        assert self.anchor is not None
        y = self.anchor.year + _REL_YEAR[c.g["rely"].lower()]
        if c.g["s"]:
            return self.timex(c, "DATE", cal.season(y, SEASONS[c.g["s"].lower()]).value())
        m = MONTHS[(c.g["m"] or c.g["m2"]).lower()]
        if not c.g["d"]:
            return self.timex(c, "DATE", f"{y:04d}-{m:02d}")
        try:
            return self.timex(c, "DATE", dt.date(y, m, int(c.g["d"])).isoformat())
        except ValueError:
            return None

    def _setper2(self, c: _Cand) -> Timex | None:
        return self.timex(c, "SET", "P1" + UNITS[c.g["w"].lower()][0], relative=False)

    def _setomde(self, c: _Cand) -> Timex | None:
        n = _number(c.g["n"])
        des, is_time, _ = UNITS[c.g["u"].lower()]
        if n is None:
            return None
        return self.timex(c, "SET", ("PT" if is_time else "P") + _fmt_num(n) + des, relative=False)

    def _ofyear(self, c: _Cand) -> Timex | None:
        if not self.can("year"):
            return self.timex(c, "DATE", "XXXX", relative=False)
        assert self.anchor is not None
        return self.timex(c, "DATE", f"{self.anchor.year:04d}")

    def _anaunit(self, c: _Cand) -> Timex | None:
        unit = {"jaar": "year", "maand": "month", "week": "week"}[c.g["u"].lower()]
        k = 1 if c.g["a"].lower() in ("daaropvolgende", "daaraanvolgende") else 0
        p = self.previous(c, within=1000)
        if p is None:
            unknown = {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX"}[unit]
            return self.timex(c, "DATE", unknown, relative=False)
        q = cal.shift(cal.containing(unit, p.start), k)
        return Timex(c.start, c.end, "DATE", q.value(), (), p.value())

    def _clock(self, c: _Cand) -> Timex | None:
        return self._clock_value(c, int(c.g["h"]), int(c.g["mi"]))

    def _clockh(self, c: _Cand) -> Timex | None:
        h_raw = c.g["h"].lower()
        h = int(h_raw) if h_raw.isdigit() else int(NUMBER_WORDS[h_raw])
        if h > 24:
            return None
        if c.g.get("dw") or not h_raw.isdigit():
            return self._worded_clock(c, h, 0)  # "acht uur vanavond", "vijf uur"
        return self._clock_value(c, h, 0)

    def _noon(self, c: _Cand) -> Timex | None:
        hm = "12:00" if c.g["w"].lower() == "middaguur" else "24:00"
        date = self.anchor.isoformat() if self.can("day") and self.anchor else "XXXX-XX-XX"
        return self.timex(c, "TIME", f"{date}T{hm}")

    def _present(self, c: _Cand) -> Timex | None:
        return self.timex(c, "DATE", "PRESENT_REF", relative=False)

    _now = _present

    def _past(self, c: _Cand) -> Timex | None:
        return self.timex(c, "DATE", "PAST_REF", relative=False)

    def _future(self, c: _Cand) -> Timex | None:
        return self.timex(c, "DATE", "FUTURE_REF", relative=False)


def _year(raw: str | None, anchor: dt.date | None) -> int | None:
    if not raw:
        return None
    if raw[0] in "'’":
        yy = int(raw[1:])
        pivot = (anchor.year % 100 if anchor else 30) + 10
        return 2000 + yy if yy <= pivot else 1900 + yy
    if len(raw) == 2:
        return _year("'" + raw, anchor)
    return int(raw)


def _parse_any(value: str) -> cal.Period | None:
    """A resolved TIMEX3 value as a period (day, week, month, quarter or year), else None."""
    if m := re.match(r"(\d{4})-(\d\d)-(\d\d)(?:T|$)", value):
        try:
            return cal.day(dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        except ValueError:
            return None
    if m := re.fullmatch(r"(\d{4})-W(\d\d)", value):
        return cal.Period("week", int(m.group(1)), int(m.group(2)))
    if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
        return cal.month(int(m.group(1)), int(m.group(2)))
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        return cal.quarter(int(m.group(1)), int(m.group(2)))
    if m := re.fullmatch(r"(\d{4})", value):
        return cal.year(int(m.group(1)))
    return None


def _shift_by(p: cal.Period, unit: str, k: int) -> cal.Period | None:
    """Shift period ``p`` by ``k`` calendar units, keeping its own granularity; None if it is too coarse."""
    if unit == "year":
        if p.unit in ("year", "quarter", "month", "week"):
            return cal.Period(p.unit, p.year + k, p.n, None) if p.unit != "week" else cal.shift(p, 52 * k)
        if p.unit == "day" and p.day:
            try:
                return cal.day(p.day.replace(year=p.day.year + k))
            except ValueError:
                return cal.day(p.day.replace(year=p.day.year + k, day=28))
    if unit == "quarter" and p.unit == "quarter":
        return cal.shift(p, k)
    if unit == "month":
        if p.unit == "month":
            return cal.shift(p, k)
        if p.unit == "day" and p.day:
            y, m = cal.add_months(p.day.year, p.day.month, k)
            return cal.month(y, m)
    if unit == "week" and p.unit in ("week", "day"):
        return cal.shift(p, k)
    if unit == "weekend" and p.unit == "day" and p.day:
        base = cal.weekend(p.day)
        if k < 0:
            return cal.shift(base, -1) if p.day.weekday() < 6 else base
        return base if p.day.weekday() < 5 else cal.shift(base, 1)
    if unit == "day" and p.unit == "day":
        return cal.shift(p, k)
    return None


def _parse_period(value: str, unit: str) -> cal.Period | None:
    if unit == "year" and (m := re.fullmatch(r"(\d{4})", value)):
        return cal.year(int(m.group(1)))
    if unit == "month" and (m := re.fullmatch(r"(\d{4})-(\d\d)", value)):
        return cal.month(int(m.group(1)), int(m.group(2)))
    if unit == "week" and (m := re.fullmatch(r"(\d{4})-W(\d\d)", value)):
        return cal.Period("week", int(m.group(1)), int(m.group(2)))
    return None


def tag_timexes(
    text: str,
    anchor: dt.date | None,
    *,
    anchor_granularity: str = "day",
    tokens: Sequence[Token] | None = None,
) -> list[Timex]:
    """Find the time expressions in ``text`` and normalise them against the document date ``anchor``."""
    resolver = _Resolver(text, anchor, anchor_granularity, tokens)
    for c in _select(_candidates(text)):
        t = resolver.resolve(c)
        if t is not None:
            resolver.out.append(t)
    return resolver.out


def anchor_of(doc: Document) -> tuple[dt.date | None, str]:
    """The document date as (first day of its period, granularity), or (None, "day") when unknown."""
    p = doc.published
    if p is None:
        return None, "day"
    m = re.match(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?", p.value)
    if not m:
        return None, "day"
    y, mo, d = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    gran = "day" if m.group(3) else "month" if m.group(2) else "year"
    try:
        return dt.date(y, mo, d), gran
    except ValueError:
        return None, "day"


class TimexTagger:
    """Pipeline component: set ``doc.timexes`` resolved against ``doc.published`` (run after docdate)."""

    name = "timex"
    requires = ("published", "tokens")
    assigns = ("timexes",)

    def __call__(self, doc: Document) -> Document:
        anchor, gran = anchor_of(doc)
        doc.timexes = tag_timexes(doc.text, anchor, anchor_granularity=gran, tokens=doc.tokens or None)
        return doc

    def pipe(self, docs: Iterator[Document]) -> Iterator[Document]:
        for d in docs:
            yield self(d)


def _season_under_way(cands: list[cal.Period], anchor: cal.Period) -> cal.Period | None:
    """The season the anchor falls in the first half of: "komende zomer" on 1 July is this
    summer, most of it still to come ("volgende zomer" stays next year's)."""
    for p in cands:
        if p.start <= anchor.start <= p.end and (anchor.start - p.start).days < 46:
            return p
    return None
