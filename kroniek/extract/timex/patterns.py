"""The candidate rules: one regular expression per kind of time expression, and the word lists
and small patterns the guards and resolvers share."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ...numbers import NUMBER_WORDS, TENS, cardinals
from ..time_lexicon import (
    DEICTIC,
    FEAST_DAYS,
    FEASTS_ALONE,
    HALF_HOURS,
    HOLIDAY_SEASONS,
    OLD_MONTHS,
    SET_ADVERBS,
    TIMEZONES,
    UNITS,
    VAGUE_QUANTITIES,
)


def alt(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


WD = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
MF = r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
MA = r"(?:jan|febr|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec)\.?"
YR = r"(?:1[5-9]\d\d|20\d\d)"
# "2.457": a dot groups thousands in Dutch, so the whole number counts, not "457"
NUM = "(?:" + alt(list(NUMBER_WORDS)) + r"|(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d,])|(?<![\d.,])\d+(?:,5)?)"
VAGUE = "(?:" + alt(VAGUE_QUANTITIES) + ")"
UNIT = "(?:" + alt(list(UNITS)) + ")"
DP = r"(?:ochtend|morgen|middag|avond|nacht)"
SUF = r"(?:jl\.|j\.l\.|jongstleden|aanstaande|a\.s\.|aanst\.)"
QUANT = (
    r"(?:meer\s+dan|minder\s+dan|ruim|bijna|ongeveer|circa|ca\.|zo['’]\s?n|ten\s+minste|tenminste|"
    r"minstens|maximaal|hooguit|nog\s+geen|pakweg|krap|ruwweg|nagenoeg|zeker|precies|exact)"
)
E = r"(?![\w])"  # right word boundary that also works after "jl."
B = r"(?<![\w])"
PRE_MOD = r"(?:begin|eind|einde|medio|half|halverwege|midden|eind\s+van|begin\s+van)"
# a modifier before a decade or century: "eind jaren 60", "halverwege de jaren '80", "begin van de 21e eeuw"
ERA_MOD = r"(?:(?P<emod>begin|eind|einde|medio|midden|halverwege)\s+(?:van\s+)?(?:de\s+)?)"
HALF = "(?:" + alt(list(HALF_HOURS)) + "|half\\s+(?:" + alt([w[4:] for w in HALF_HOURS]) + "))"
OLDM = "(?:" + alt(list(OLD_MONTHS)) + ")"
# a Dutch part of the day in its adverbial genitive: "'s avonds"
SDP = r"(?:['’]s\s+(?P<sdp>ochtends|morgens|middags|avonds|nachts))"

FLAGS = re.IGNORECASE
# centuries written as words ("de negentiende eeuw"; ``numbers.ordinal_word`` reads them)
CENTURY_WORDS = ("eenentwintigste", "twintigste", "negentiende", "achttiende", "zeventiende")
# number words of counts ("twee, drie weken")
COUNT_WORDS = "(?:" + alt(cardinals(2, 100)) + ")"
HOUR_WORDS = alt(cardinals(1, 12))
DW_PART = alt([w for w, (o, p) in DEICTIC.items() if p])  # "vanavond", "gisteravond": a day and its part


@dataclass(frozen=True, slots=True)
class Cand:
    start: int
    end: int
    kind: str
    g: dict[str, Any] = field(hash=False, compare=False)
    prio: int = 0


def rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, FLAGS)


RULES: list[tuple[str, re.Pattern[str], int]] = [
    ("fulldate", rx(
        B + rf"(?P<t>(?:(?P<wd>{WD})(?P<wdp>{DP})?(?:\s+|,\s*))?(?P<d>[0-3]?\d)(?:e|ste|de)?\s+(?P<m>{MF}|{MA})"
        rf"(?:\s+(?P<y>{YR}|['’]\d\d)|\s+(?:van\s+)?(?P<rely>dit|vorig|volgend|verleden)\s+jaar)?(?:\s+(?P<suf>{SUF}))?)" + E), 0),
    # "vorig jaar maart", "vorig jaar zomer", "vorig jaar op 14 februari": the year said first
    ("relyearx", rx(
        B + rf"(?P<t>(?P<rely>dit|vorig|volgend|verleden)\s+jaar\s+(?:(?:op|in)\s+)?(?:(?P<d>[0-3]?\d)\s+(?P<m>{MF})|"
        rf"(?P<m2>{MF})|(?P<s>lente|voorjaar|zomer|herfst|najaar|winter)))" + E), 0),
    ("numdate", rx(
        r"(?<![\d.,/-])(?P<t>(?P<d>[0-3]?\d)(?P<sep>[-./])(?P<mo>[01]?\d)(?P=sep)(?P<y>\d{4}|\d{2}))"
        r"(?!\d|[.,/-]\d)"), 0),
    ("isodate", rx(r"(?<![\d.,/-])(?P<t>(?P<y>(?:19|20)\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d))(?!\d|[.,/-]\d)"), 0),
    ("monthyear", rx(
        B + rf"(?P<t>(?:(?P<mod>{PRE_MOD})\s+)?(?P<m>{MF}|{MA}|{MF}maand|{OLDM})\s+(?:(?:van\s+)?(?P<y>{YR}|['’]\d\d)|"
        r"(?:van\s+)?(?P<rel>dit|vorig|verleden|volgend|komend|dat|datzelfde|hetzelfde)\s+jaar|"
        r"(?:van\s+)?het\s+jaar\s+(?P<ana>daarop|daarna|erna|daarvoor|ervoor)))" + E), 1),
    ("month", rx(
        B + rf"(?P<t>(?:(?P<mod>{PRE_MOD}|afgelopen|vorige|komende|volgende|voorbije)\s+)?(?:maand\s+)?(?P<m>{MF}|{MF}maand|{OLDM})"
        rf"(?:\s+(?P<suf>{SUF}))?)" + E), 2),
    ("year", rx(
        r"(?<![\w$€£#.,/-])(?P<t>(?:(?P<mod>" + PRE_MOD + r")\s+|(?P<q>ongeveer|circa|ca\.|pakweg)\s+)?(?P<y>" + YR + r"))"
        r"(?![\w%‰€$]|[.,]\d|-\d)"), 3),
    ("decade", rx(B + r"(?P<t>" + ERA_MOD + r"?jaren\s+(?P<dw>" + "|".join(TENS) + r"|"
                   r"['’]?[2-9]0|1[5-9]\d0|20[0-2]0))" + E), 1),
    ("decade2", rx(B + r"(?P<t>(?P<dw>" + "|".join(w + "er" for w in TENS) + r")(?P<jaren>\s+jaren)?)" + E), 1),
    ("season", rx(
        B + r"(?P<t>(?:(?P<mod>begin|eind|half|midden|halverwege)\s+)?(?:(?P<rel>deze|dit|vorige|vorig|afgelopen|komende|komend|volgende|volgend|verleden)\s+)?"
        r"(?P<s>lente|voorjaar|zomer|herfst|najaar|winter)(?:\s+(?:van\s+)?(?:(?P<y>" + YR + r")|(?P<rely>dit|vorig|volgend|verleden)\s+jaar))?)" + E), 1),
    ("quarter", rx(
        B + r"(?P<t>(?P<o>eerste|tweede|derde|vierde|laatste|[1-4]e|[1-4]ste|[1-4]de)\s+(?P<u>kwartaal|helft|halfjaar|jaarhelft)"
        r"(?:\s+(?:van\s+)?(?:(?:het\s+jaar\s+)?(?P<y>" + YR + r")|(?P<rel>dit|vorig|volgend|verleden)\s+jaar|(?P<het>het\s+jaar)|"
        r"(?P<wk>de\s+(?:week|maand))))?)" + E), 1),
    ("qshort", rx(B + r"(?P<t>Q(?P<q>[1-4])\s+(?P<y>" + YR + r"))" + E), 1),
    ("deictic", rx(
        B + r"(?P<t>(?:(?P<mod>eerder|later)\s+)?(?P<w>" + alt(list(DEICTIC)) + r")(?:\s+(?P<wd>" + WD + r")(?![\w]))?)" + E), 2),
    # "halfacht gisterenavond", "half negen 's avonds", "om halfacht"
    ("halfclock", rx(
        B + r"(?P<t>(?P<hw>" + HALF + r")(?:\s+(?P<dw>" + DW_PART + r")|\s+" + SDP + r")?)" + E), 1),
    # "8 uur 's avonds": the hour of that part of the day
    ("clockdp", rx(
        r"(?<![\w.,:])(?P<t>(?P<h>[0-2]?\d|" + HOUR_WORDS +
        r")(?:[.:](?P<mi>[0-5]\d))?\s*uur\s+" + SDP + r")" + E), 0),
    ("sdp", rx(B + r"(?P<t>" + SDP + r")" + E), 2),
    # "later deze middag", "komende nacht", "afgelopen nacht"
    ("dprel", rx(
        B + r"(?P<t>(?:(?P<pre>eerder|later)\s+)?(?P<rel>deze|komende|afgelopen|vorige|voorbije)\s+"
        r"(?P<dp>ochtend|morgen|voormiddag|middag|namiddag|avond|nacht))" + E), 1),
    ("feast", rx(B + r"(?P<t>(?P<f>" + alt(list(FEAST_DAYS)).replace("\\ ", r"\s+") + r")\s+(?P<y>" + YR + r"))(?![\w-])"), 0),
    # "Hemelvaartsdag", "tweede pinksterdag", "dit pinksterweekend", "pinkstermaandag 10 juni"
    ("feastalone", rx(
        # "vorig jaar op Bevrijdingsdag", "Koningsdag vorig jaar": the year said with the feast is one expression
        B + r"(?P<t>(?:(?P<rely0>dit|vorig|volgend|verleden)\s+jaar\s+(?:op|met|rond|tijdens)\s+)?"
        r"(?:(?P<rel>dit|deze|afgelopen|vorige|komende|volgende|aanstaande|lange)\s+)?(?P<f>"
        + alt(sorted(FEASTS_ALONE)).replace("\\ ", r"\s+") + rf")(?:,?\s+(?P<d>[0-3]?\d)\s+(?P<m>{MF})(?:\s+(?P<dy>{YR}))?)?"
        r"(?:\s+(?:van\s+)?(?P<rely>dit|vorig|volgend|verleden)\s+jaar)?)(?![\w-])"), 1),
    # "Onafhankelijkheidsdag", "de nationale feestdag van België": another country's national day
    ("nationalday", rx(
        B + r"(?P<t>(?P<k>[Oo]nafhankelijkheidsdag|[Nn]ationale\s+feestdag)"
        r"(?:\s+van\s+(?P<c>(?-i:(?:de\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)))?)" + E), 0),
    ("holiday", rx(
        B + r"(?P<t>(?:(?P<rel>deze|komende|afgelopen|vorige)\s+)?(?P<h>" + alt(list(HOLIDAY_SEASONS))
        + r")(?:\s+(?:van\s+)?(?P<y>" + YR + r"))?)" + E), 1),
    ("night", rx(B + rf"(?P<t>nacht\s+van\s+(?P<w1>{WD})\s+op\s+(?P<w2>{WD}))" + E), 0),
    # "de nacht van 10 en 11 februari 1944": the night that starts on the first day
    ("night2", rx(
        B + rf"(?P<t>nacht\s+van\s+(?:{WD}\s+)?(?P<d>[0-3]?\d)(?:\s+(?P<m1>{MF}))?\s+(?:en|op)\s+(?:{WD}\s+)?"
        rf"(?P<d2>[0-3]?\d)\s+(?P<m>{MF})(?:\s+(?P<y>{YR}))?)" + E), 0),
    # "de laatste dag van juli"
    ("nthday", rx(B + rf"(?P<t>(?P<o>eerste|laatste)\s+dag\s+van\s+(?P<m>{MF})(?:\s+(?P<y>{YR}))?)" + E), 0),
    ("weekday", rx(
        B + rf"(?P<t>(?:(?P<mod>afgelopen|vorige|komende|volgende|aanstaande|deze|verleden)\s+)?(?P<w>{WD})(?P<dp>{DP})?"
        # "dinsdag einde middag", "zondag aan het eind van de ochtend": the day and its part
        rf"(?:\s+(?P<suf>jl\.|aanstaande|a\.s\.|(?:(?:aan\s+het\s+)?(?:eind|einde|begin)\s+(?:van\s+de\s+)?)?(?P<dp2>{DP})))?)" + E), 2),
    # "vorige week woensdag", "volgende week dinsdagavond": that weekday of the week named
    ("weekwd", rx(
        B + rf"(?P<t>(?P<rel>vorige|afgelopen|volgende|komende|deze)\s+week\s+(?P<w>{WD})(?P<dp>{DP})?)" + E), 0),
    # "het weekeinde van 1 september": the weekend of that day, one expression
    # "het weekeinde van 1 september", "het weekend van 24 en 25 augustus": one weekend
    ("weekendof", rx(B + rf"(?P<t>(?:weekeinde|weekend)\s+van\s+(?:[0-3]?\d\s*(?:en|-|–|/|op)\s*)?(?P<d>[0-3]?\d)\s+(?P<m>{MF})"
                     rf"(?:\s+(?P<y>{YR}))?)" + E), 0),
    ("nthweekday", rx(
        B + rf"(?P<t>(?P<o>eerste|tweede|derde|vierde|laatste)\s+(?P<w>{WD})\s+van\s+(?P<m>{MF})(?:\s+(?P<y>{YR}))?)" + E), 0),
    ("setwd", rx(B + r"(?P<t>['’]s\s+(?P<w>maandags|dinsdags|woensdags|donderdags|vrijdags|zaterdags|zondags))" + E), 1),
    ("setevery", rx(
        B + rf"(?P<t>(?:elke|iedere|ieder|elk)\s+(?P<w>{WD}(?:{DP})?|dag|week|maand|jaar|ochtend|middag|avond|nacht|weekend|kwartaal|uur|minuut|zomer|winter))" + E), 1),
    ("setper", rx(B + rf"(?P<t>(?P<n>{NUM})\s+keer\s+(?:per|in\s+de|in\s+het)\s+(?P<w>dag|week|maand|jaar|kwartaal|uur))" + E), 1),
    # "vijf dagen per week": a SET of the larger unit, not a duration of five days
    ("setper2", rx(
        B + rf"(?P<t>(?P<n>{NUM})\s+(?:dagen|dag|uur|uren|avonden|nachten|weken|maanden)\s+per\s+(?P<w>dag|week|maand|jaar))" + E), 0),
    # "om de twee dagen": every second day
    ("setomde", rx(B + rf"(?P<t>om\s+de\s+(?P<n>{NUM}|zoveel)\s+(?P<u>dagen|weken|maanden|jaar|uur|minuten))" + E), 0),
    ("setadv", rx(B + r"(?P<t>(?P<w>" + alt(list(SET_ADVERBS)) + r"))" + E), 3),
    ("relunit", rx(
        B + r"(?P<t>(?:(?P<pre>eerder|later|begin|eind|einde|medio|halverwege|midden)\s+(?:van\s+)?)?"
        r"(?P<rel>deze|dit|vorige|vorig|verleden|afgelopen|komende|komend|volgende|volgend|aanstaande|voorbije)\s+"
        # "dit finaleweekeinde", "komend feestweekend": a weekend named by what happens in it (not a feast's)
        r"(?:(?!paas|pinkster|kerst|hemelvaart)[a-z]{3,}(?=week(?:end|einde)\b))?"
        r"(?P<u>week|weekend|weekeinde|maand|jaar|eeuw|decennium|kwartaal|kalenderjaar|seizoen))" + E), 1),
    # "aan het eind van het jaar": the year of the document
    ("ofyear", rx(B + r"(?P<t>(?P<pre>begin|eind|einde|midden|halverwege)\s+van\s+het\s+jaar)(?!\s+(?:\d|daar|er))" + E), 2),
    # "datzelfde jaar", "het daaropvolgende jaar": the period the text just named, or the next one
    ("anaunit", rx(
        B + r"(?P<t>(?P<a>daaropvolgende|daaraanvolgende|datzelfde|hetzelfde|diezelfde|dezelfde|dat)\s+(?P<u>jaar|maand|week|weekend|weekeinde))" + E), 1),
    # "dezelfde periode vorig jaar": the period the text just named (a quarter, a month) a year back;
    # "dezelfde periode" alone and before "een jaar eerder" is left out, as MEANTIME's annotators did
    ("sameperiod", rx(
        B + r"(?P<t>(?:dezelfde|diezelfde)\s+periode(?P<y>\s+(?:van\s+)?(?:vorig|verleden)\s+jaar))" + E), 1),
    # "die avond", "eerder die nacht", "diezelfde ochtend": a part of the day the text just named;
    # "de volgende ochtend": of the day after it
    # (not "morgen": "de vergadering die morgen wordt gehouden" is tomorrow's)
    ("anadp", rx(
        B + r"(?P<t>(?:(?P<pre>eerder|later)\s+)?(?P<a>die|diezelfde|dezelfde|volgende)\s+(?P<dp>ochtend|middag|avond|nacht))" + E), 1),
    ("anaphor", rx(B + r"(?P<t>(?P<u>jaar|maand|week|weekend|dag)\s+(?P<dir>daarvoor|ervoor|daarna|erna|daarop|erop))" + E), 1),
    # "die dag" after a date: that day ("17 juli 2014: … Die dag verloor ze haar zus")
    ("sameday", rx(B + r"(?P<t>(?:(?:eerder|later)\s+)?(?P<a>diezelfde|dezelfde|volgende|die)\s+dag)" + E), 1),
    ("duration", rx(
        B + rf"(?P<t>(?:(?P<q>{QUANT})\s+)?(?:(?P<rel>afgelopen|komende|laatste|eerste|voorbije|volgende)\s+)?"
        rf"(?P<n>{VAGUE}|{NUM})(?:\s+(?:tot|à|a|of|en|-)\s+(?P<n2>{NUM})|(?<=[a-z]),\s+(?P<n2c>{COUNT_WORDS})(?=\s+{UNIT}))?\s+(?:(?:achter)?opeenvolgende\s+|volle\s+|hele\s+|kleine?\s+)?(?P<u>{UNIT})"
        rf"(?:\s+en\s+(?P<n3>{NUM})\s+(?P<u3>{UNIT}))?(?P<lang>\s+lang)?"
        # "later dan gepland" compares: "twee jaar later dan gepland" is an amount of time, not a date
        r"(?:\s+(?P<post>geleden|later|eerder|daarvoor|daarna)(?!\s+dan\b))?)" + r"(?P<after>\s+oude?)?" + E), 2),
    ("plural", rx(
        B + r"(?P<t>(?P<rel>afgelopen|laatste|komende|volgende|voorbije)\s+(?:paar\s+)?(?P<u>dagen|weken|weekenden|weekeinden|maanden|jaren|decennia|eeuwen|uren|minuten)"
        r"(?:\s+en\s+(?:dagen|weken|maanden|jaren))?)" + E), 2),
    ("bareplural", rx(
        r"(?:(?<=\bin\s)|(?<=\bal\s)|(?<=\bsinds\s)|(?<=\bgedurende\s))(?P<t>(?P<u>jaren|maanden|weken|decennia|eeuwen)(?P<ago>\s+geleden)?)" + E), 3),
    # "jaren geleden" without a preposition before it ("in Nederland jaren geleden te zien")
    ("bareplural", rx(B + r"(?P<t>(?P<u>jaren|maanden|weken|decennia|eeuwen)(?P<ago>\s+geleden))" + E), 3),
    # "het nablussen zal nog uren duren": an unknown number of hours or days still to come
    ("bareplural", rx(r"(?<=\bnog\s)(?P<t>(?P<u>uren|dagen|weken|maanden|jaren)(?P<ago>))(?=\s+(?:duren|lang|nodig|bezig|werk)\b)"), 3),
    # "urenlang", "een maandenlange zoektocht": an unknown number of hours, months
    ("bareplural", rx(B + r"(?P<t>(?P<u>uren|dagen|weken|maanden|jaren)(?P<ago>)lange?)" + E), 2),
    # "de brandweer is nog wel uren bezig", "al uren": hours nobody counted
    ("bareplural", rx(r"(?:(?<=\bnog\swel\s)|(?<=\bal\s)|(?<=\bsoms\s)|(?<=\bzelfs\s))(?P<t>(?P<u>uren|dagen)(?P<ago>))"
                       r"(?=\s+(?:bezig|duren|duurde|lang|nodig|vast|zoeken|gezocht|wachten|gewacht)\b)"), 3),
    # "bij zonsondergang", "na zonsopkomst": a time of day, when a preposition says so ("genieten van de
    # zonsondergang" is the sight)
    ("sun", rx(r"(?:(?<=\bbij\s)|(?<=\bna\s)|(?<=\bvoor\s)|(?<=\btot\s)|(?<=\bvanaf\s)|(?<=\brond\s)|(?<=\btegen\s)"
                r"|(?<=\bsinds\s))(?P<t>(?P<w>zonsondergang|zonsopgang|zonsopkomst))" + E), 1),
    # "de hele dag", "het hele jaar", "de hele ochtend": all of one such stretch ("de blauwdruk van de hele
    # maand" names the month as a thing, not how long something lasts)
    ("whole", rx(B + r"(?:(?<=(?<!\bvan\s)\bde\s)|(?<=(?<!\bvan\s)\bhet\s)|(?<=\been\s))(?P<t>hele\s+(?P<u>dag|week|weekend|weekeinde|maand|jaar|"
                  r"ochtend|morgen|middag|avond|nacht))" + E), 2),
    ("clock", rx(
        r"(?<![\d.,:])(?P<t>(?P<h>[0-2]?\d)(?:[.:]\s?|(?P<bu>u))(?P<mi>[0-5]\d)(?P<uur>\s*uur)?"
        r"(?:\s+(?P<tz>" + "|".join(TIMEZONES) + r"|lokale\s+tijd|plaatselijke\s+tijd|Nederlandse\s+tijd|Belgische\s+tijd))?)(?![\w]|[.,]\d)"), 1),
    ("clockh", rx(
        r"(?<![\d.,:])(?P<t>(?P<h>[0-2]?\d|" + HOUR_WORDS +
        r")(?:\s+uur|(?<=\d)u)(?:\s+(?P<tz>" + "|".join(TIMEZONES) + r")|\s+(?P<dw>" + DW_PART + r"))?)" + E), 2),
    # "kwart voor vijf", "acht minuten over drie", "tien minuten voor half negen 's avonds"
    ("clockword", rx(
        B + r"(?P<t>(?:(?P<kw>kwart)|(?P<n>" + alt(cardinals(1, 29))
        + r"|[1-9]|[12]\d)\s+minuten?)\s+(?P<dir>voor|over)\s+(?P<half>half\s+)?(?P<hw>"
        + HOUR_WORDS
        + r")(?:\s+(?P<dw>" + DW_PART + r")|\s+" + SDP + r")?)" + E), 0),
    # "tien over half twee", "vijf voor half acht": minutes before or after a half hour need no "minuten"
    ("clockword", rx(
        B + r"(?P<t>(?:(?P<kw>(?!))|(?P<n>" + alt(cardinals(1, 14))
        + r"))\s+(?P<dir>voor|over)\s+(?P<half>half\s+)(?P<hw>"
        + HOUR_WORDS
        + r")(?:\s+(?P<dw>" + DW_PART + r")|\s+" + SDP + r")?)" + E), 0),
    # "van twaalf tot vier uur", "tussen 12 en 13 uur": the first end of a range of hours
    ("clockh", rx(
        r"(?:(?<=\bvan\s)|(?<=\btussen\s))(?P<t>(?P<h>[0-2]?\d|" + HOUR_WORDS + r"))(?=\s+(?:tot|en|-)\s+(?:[0-2]?\d|"
        + HOUR_WORDS + r")(?:[.:]\d\d)?\s*uur\b)"), 2),
    ("noon", rx(B + r"(?P<t>(?P<w>middaguur|middernacht))" + E), 1),
    ("present", rx(B + r"(?P<t>op\s+het\s+moment(?!\s+(?:dat|van|waarop|suprême))|momenteel|tegenwoordig|thans|heden\s+ten\s+dage|vandaag\s+de\s+dag|dit\s+moment|dit\s+ogenblik)" + E), 2),
    ("now", rx(B + r"(?P<t>nu)" + E), 4),
    ("past", rx(B + r"(?P<t>onlangs|recentelijk|recent|kortgeleden|kort\s+geleden|pas\s+geleden|vroeger|lang\s+geleden|verleden)" + E), 3),
    ("future", rx(B + r"(?P<t>binnenkort|straks|(?:nabije\s+)?toekomst)" + E), 3),
    # "in het nieuwe seizoen" (of a theatre, a league): a season still to start, which one it is the
    # text rarely says (a season spans two years)
    ("newseason", rx(r"(?<=\bhet\s)(?P<t>nieuwe\s+(?:theater|speel|voetbal|concert)?seizoen)" + E), 2),
    # "de komende tijd", "de afgelopen tijd": an unmeasured stretch ahead or just behind
    ("future", rx(r"(?<=\bde\s)(?P<t>komende\s+tijd)" + E), 3),
    ("past", rx(r"(?<=\bde\s)(?P<t>(?:afgelopen|voorbije)\s+(?:tijd|periode))" + E), 3),
    ("century", rx(B + r"(?P<t>" + ERA_MOD + r"?(?:(?P<o>\d{1,2})e|(?P<ow>" + "|".join(CENTURY_WORDS) + r"))\s+eeuw)" + E), 1),
]

# the far end of a date range whose year it gives: " - 2 april 1992", " tot en met 3 mei 2001"
RANGE_TAIL = rx(rf"\s*(?:-|–|tot(?:\s+en\s+met)?|t/m|en|of)\s*(?:{WD},?\s+)?[0-3]?\d\s+(?P<m>{MF})\s+(?P<y>{YR}){E}")
# ranges whose first end is not a date on its own: "1954-1958", "(1955-1975)", "20 - 25 september 1943";
# a season "2019/2020" like "2019-2020"; a choice of two days is written the same way ("dinsdag 23 of woensdag 24 juli", "30 of 31 juli")
YEAR_RANGE = rx(r"(?<![\w$€£#.,/-])(?P<y1>" + YR + r")\s?[-–/]\s?(?P<y2>" + YR + r"|\d\d)(?![\w%‰€$]|[.,]\d|-\d)")
DAY_RANGE = rx(
    B + rf"(?P<t>(?:{WD}\s+)?(?P<d>[0-3]?\d))\s*(?:-|–|tot(?:\s+en\s+met)?|t/m|en|of)\s*(?:{WD}\s+)?[0-3]?\d\s+(?P<m>{MF})"
    rf"(?:\s+(?P<y>{YR}))?{E}")

# a year-back comparison ("dezelfde periode vorig jaar", "een jaar eerder"): not the period a report is about
COMPARED = re.compile(r"(?i)(?:vorig|verleden)\s+jaar$|\b(?:eerder|daarvoor)$")
SAME_PERIOD = re.compile(r"(?i)(?:dezelfde|diezelfde)\s+periode\b")
REL_YEAR = {"dit": 0, "vorig": -1, "verleden": -1, "volgend": 1}
COPULAS = frozenset(["is", "was", "werd", "wordt", "zijn", "waren", "werden", "worden", "ben", "bent", "wordt"])
NOW_CONJ_NEXT = frozenset(
    ["de", "het", "een", "we", "wij", "ik", "je", "jij", "u", "hij", "zij", "ze", "men", "dit", "deze", "die", "er", "iedereen", "steeds", "ook", "alles"]
)
# "iets voor half twee", "kort na half drie": a clock time the text says was nearly reached or just passed
APPROX_BEFORE = re.compile(r"(?i)(?<![\w])(?:iets|even|kort|vlak|net|minuten|minuut)\s+(?:voor|na)\s+$")
CLOCK_AFTER = re.compile(r"(?i)[ \t]+(?:voor|over)[ \t]+(?:half[ \t]*)?(?:[0-2]?\d[.:]\d\d|" + HOUR_WORDS + r")(?![\w])(?![ \t]+(?!uur|vanochtend|vanmorgen|vanmiddag|vanavond|vannacht|gister|[\'’]s)[a-z]{3,})")
# a lower-case word right after a clock time that is no part of the day or "uur"
WORD_AFTER = re.compile(r"[ \t]+(?!uur|vanochtend|vanmorgen|vanmiddag|vanavond|vannacht|gister|[\'’]s)[a-z]{3,}")
# "tot half twee", "tot 01.30 uur", "tot kwart over tien", "tot middernacht": a clock time ends the range
CLOCK_UNTIL = re.compile(
    r"(?i)\s+tot\s+(?:en\s+met\s+)?(?:(?:half|kwart\s+(?:voor|over))\s+(?:" + HOUR_WORDS + r")(?![\w])|[0-2]?\d[.:][0-5]\d"
    r"|(?:[0-2]?\d|" + HOUR_WORDS + r")\s+uur(?![\w])|middernacht(?![\w]))")
TIME_PREPS = frozenset(["om", "rond", "omstreeks", "tegen", "vanaf", "tot", "tussen", "sinds"])
WORD = re.compile(r"[\w'’.-]+")


# "de vergadering die morgen wordt gehouden": after a relative pronoun, "morgen" followed by a
# present-tense or future verb is tomorrow, not "that morning"
MORGEN_VERBS = frozenset(
    ["wordt", "worden", "zal", "zullen", "is", "zijn", "komt", "komen", "begint", "beginnen", "start", "starten", "gaat",
     "gaan", "moet", "moeten", "kan", "kunnen", "vindt", "plaatsvindt", "opent", "verschijnt", "speelt", "spelen"]
)
# prepositions and adverbs before a weekday that make it a deadline, so a coming day
DEADLINE = re.compile(r"(?i)(?<![\w])(?:ten\s+laatste|uiterlijk|tegen|vóór)\s+$")  # "vóór dinsdag": the accent marks "before"
# "open op zondag", "op zondag dicht", "mogen op zondag open": opening hours, a set of days
OPENING_HOURS = re.compile(
    r"(?i)(?<![\w])(?:open|dicht|gesloten|geopend)(?:\s+(?:mogen|mag|kunnen|kan|zijn|is))?\s+op\s+\t[^\t]+\t(?![\s,]*\d)"
    r"|(?<![\w])op\s+\t[^\t]+\t\s+(?:open|dicht|gesloten|geopend)(?![\w])"
)
SDP_PART = {"ochtends": "MO", "morgens": "MO", "middags": "AF", "avonds": "EV", "nachts": "NI"}
# "tot op heden", "tot heden": up to now
UNTIL_NOW = re.compile(r"(?i)(?<![\w])tot\s+(?:op\s+)?$")
# "Over een jaar tijd", "over een jaar gerekend": over a span, not in a year's time
OVER_SPAN = re.compile(r"(?i)\s+(?:tijd|gerekend|bezien|gemeten)(?![\w])")
# "uitgesmeerd over twee dagen": spread over a span
SPREAD_OVER = frozenset(["uitgesmeerd", "verspreid", "verdeeld", "gespreid", "uitgespreid", "berekend", "gemiddeld"])
