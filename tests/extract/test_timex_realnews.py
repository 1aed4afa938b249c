"""The error kinds real 2019 news showed (issue 12), each on Dutch sentences written for this test.

Direction from the sentence (tense, mood, pointing prepositions, the year a passage governs),
the Dutch calendar (feast days, school holidays) and clock times in words.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from kroniek.extract.timex import tag_timexes

THU_APR = dt.date(2019, 4, 11)  # a Thursday in April 2019
TUE = dt.date(2019, 10, 15)
SAT = dt.date(2019, 11, 23)
FRI = dt.date(2019, 6, 14)
THU = dt.date(2019, 3, 28)
SUN_MORNING = dt.date(2019, 5, 26)
AUG = dt.date(2019, 8, 15)
MAY = dt.date(2019, 5, 16)


def _value(sentence: str, anchor: dt.date, expr: str, nth: int = 0) -> tuple[str, str]:
    found = [t for t in tag_timexes(sentence, anchor) if sentence[t.start : t.end] == expr]
    assert len(found) > nth, f"{expr!r} not tagged in {sentence!r}: {[sentence[t.start:t.end] for t in tag_timexes(sentence, anchor)]}"
    return found[nth].type, found[nth].value


@pytest.mark.parametrize(
    "sentence, anchor, expr, value",
    [
        # a deadline in the future stays in the future, in spring as in autumn
        pytest.param("De regering krijgt uitstel tot 31 oktober, zo besloten de leiders.", THU_APR, "31 oktober",
                     "2019-10-31", id="tot-deadline-ahead"),
        pytest.param("Daarna geldt vanaf 1 november een nieuwe regeling voor de douane.", THU_APR, "1 november",
                     "2019-11-01", id="vanaf-ahead"),
        pytest.param("Aanvragen moeten uiterlijk 15 januari binnen zijn.", dt.date(2019, 9, 2), "15 januari",
                     "2020-01-15", id="uiterlijk-ahead"),
        pytest.param("De vermiste wandelaar wordt sinds 28 december gezocht.", dt.date(2019, 1, 9), "28 december",
                     "2018-12-28", id="sinds-back"),
        pytest.param("Het strand was tot 1 januari een camping.", dt.date(2019, 6, 8), "1 januari",
                     "2019-01-01", id="tot-in-a-past-clause-is-the-nearest"),
        # present tense with future reference: a bare weekday is the coming one
        pytest.param("De vakbond houdt het protest van woensdag op het Malieveld.", TUE, "woensdag",
                     "2019-10-16", id="present-tense-weekday-ahead"),
        pytest.param("Het uitgaansverbod geldt tot 06.00 uur maandagochtend in de hele stad.", SAT, "maandagochtend",
                     "2019-11-25TMO", id="curfew-until-monday-morning"),
        pytest.param("Maandag en dinsdag krijgen alle leerlingen van de school een vrije dag.", FRI, "Maandag",
                     "2019-06-17", id="coming-days-off"),
        pytest.param("De jaarlijkse fietstocht gaat zondag niet door vanwege de hitte.", dt.date(2019, 7, 22), "zondag",
                     "2019-07-28", id="cancelled-event-ahead"),
        # a reporting verb in the present tense tells news of the last days
        pytest.param("Het bedrijf neemt vijftig mensen aan, meldt de gemeente dinsdag.", dt.date(2019, 7, 3), "dinsdag",
                     "2019-07-02", id="reporting-verb-looks-back"),
        # counterfactual "hadden ... moeten": what was planned, the nearest reading
        pytest.param("Zonder het akkoord hadden de boeren vrijdag naar Den Haag moeten rijden.", THU, "vrijdag",
                     "2019-03-29", id="counterfactual-not-past"),
        # perfect and past tense point back
        pytest.param("De burgemeester is donderdag door de raad voorgedragen.", dt.date(2019, 7, 5), "donderdag",
                     "2019-07-04", id="perfect-with-separable-participle"),
        pytest.param("Een automobilist is zondag op de dijk verongelukt.", dt.date(2019, 7, 3), "zondag",
                     "2019-06-30", id="perfect-looks-back"),
        # a weekday in a phrase without a verb of its own is the nearest day
        pytest.param("De man wordt verdacht van de beschieting van een auto, maandagavond aan de Kade.",
                     dt.date(2019, 5, 7), "maandagavond", "2019-05-06TEV", id="verbless-phrase-nearest"),
        # the first date of a range that "tot" closes points ahead with it
        pytest.param("De brug is van 26 juli tot 18 augustus dicht voor alle verkeer.", dt.date(2019, 6, 24), "26 juli",
                     "2019-07-26", id="range-start-ahead"),
        # "tot" in a phrase without a verb of its own: the nearest reading
        pytest.param("Tijdens de verkeersactie, van 13 tot 17 mei, heeft de handhaving 240 bekeuringen uitgedeeld.",
                     dt.date(2019, 5, 19), "17 mei", "2019-05-17", id="verbless-range-nearest"),
        # an "om … te" clause says what is planned, whatever the tense of the main clause
        pytest.param("Ondernemers hebben het initiatief genomen om begin september een netwerkevent te organiseren.",
                     dt.date(2019, 5, 28), "begin september", "2019-09", id="om-te-clause-not-past"),
    ],
)
def test_timex_realnews_direction_from_the_sentence(sentence, anchor, expr, value):
    assert _value(sentence, anchor, expr)[1] == value


@pytest.mark.parametrize(
    "text, anchor, expr, value",
    [
        # the year a paragraph is about governs the dates in it
        pytest.param("In 2018 was de zomer heet. Op 30 juli werd het 35 graden in Arcen.", AUG, "30 juli",
                     "2018-07-30", id="paragraph-about-an-earlier-year"),
        pytest.param("Het orgelfestival duurt volgend jaar van 4 tot en met 19 april.", dt.date(2019, 6, 26), "19 april",
                     "2020-04-19", id="same-sentence-next-year"),
        pytest.param("De topman vertrekt volgend jaar. Zijn termijn loopt tot 12 april.", dt.date(2019, 6, 16), "12 april",
                     "2020-04-12", id="previous-sentence-next-year"),
        pytest.param("Het festival vindt in 2020 in Rotterdam plaats. In augustus valt een besluit.", dt.date(2019, 7, 12),
                     "augustus", "2019-08", id="a-later-year-does-not-pull-a-near-month"),
        pytest.param("Hij werd in 2015 kampioen. Op 12 juli loopt hij in Monaco.", dt.date(2019, 5, 15), "12 juli",
                     "2019-07-12", id="a-past-year-does-not-govern-the-future"),
        # a range is one stretch of time
        pytest.param("De wielerronde (6-28 juli) viel samen met de hittegolf.", dt.date(2019, 7, 15), "28 juli",
                     "2019-07-28", id="range-current-in-a-past-clause"),
        pytest.param("De kunstroute wordt van 9 tot en met 12 mei gehouden.", dt.date(2019, 5, 10), "9",
                     "2019-05-09", id="range-under-way"),
    ],
)
def test_timex_realnews_year_from_the_passage(text, anchor, expr, value):
    assert _value(text, anchor, expr)[1] == value


@pytest.mark.parametrize(
    "sentence, anchor, expr, typ, value",
    [
        pytest.param("Op paaszondag was het druk in de dierentuin.", dt.date(2019, 4, 23), "paaszondag", "DATE",
                     "2019-04-21", id="paaszondag"),
        pytest.param("De aanslagen vonden plaats op Eerste Paasdag.", dt.date(2019, 6, 1), "Eerste Paasdag", "DATE",
                     "2019-04-21", id="eerste-paasdag"),
        pytest.param("Op Tweede Paasdag is de meubelboulevard open.", dt.date(2020, 4, 1), "Tweede Paasdag", "DATE",
                     "2020-04-13", id="tweede-paasdag-ahead"),
        pytest.param("Goede Vrijdag valt dit jaar laat.", dt.date(2019, 4, 1), "Goede Vrijdag", "DATE",
                     "2019-04-19", id="goede-vrijdag"),
        pytest.param("Op Hemelvaartsdag staan er files naar de outlets.", dt.date(2019, 5, 28), "Hemelvaartsdag", "DATE",
                     "2019-05-30", id="hemelvaartsdag"),
        pytest.param("Met Pinksteren trekken veel mensen naar de kust.", dt.date(2019, 6, 3), "Pinksteren", "DATE",
                     "2019-06-09", id="pinksteren"),
        pytest.param("Regen trekt dit pinksterweekend over het land.", dt.date(2019, 6, 8), "dit pinksterweekend", "DATE",
                     "2019-W23-WE", id="pinksterweekend"),
        pytest.param("Het kabinet presenteert op Prinsjesdag de begroting.", dt.date(2019, 6, 20), "Prinsjesdag", "DATE",
                     "2019-09-17", id="prinsjesdag-third-tuesday-of-september"),
        pytest.param("Op Koningsdag is het overal feest.", dt.date(2014, 4, 1), "Koningsdag", "DATE",
                     "2014-04-26", id="koningsdag-on-a-sunday-moves-to-saturday"),
        pytest.param("Op Bevrijdingsdag zijn er festivals in elke provincie.", dt.date(2019, 5, 3), "Bevrijdingsdag",
                     "DATE", "2019-05-05", id="bevrijdingsdag"),
        pytest.param("Winkels gaan op kerstavond vroeg dicht.", dt.date(2019, 12, 2), "kerstavond", "TIME",
                     "2019-12-24TEV", id="kerstavond-is-an-evening"),
        pytest.param("De politie verwacht veel werk met Oud en Nieuw.", dt.date(2019, 12, 2), "Oud en Nieuw", "DATE",
                     "2019-12-31", id="oud-en-nieuw"),
        pytest.param("Met Kerst 2015 liep de kelder onder water.", dt.date(2019, 6, 26), "Kerst 2015", "DATE",
                     "2015-12-25", id="kerst-with-year"),
        pytest.param("Na de zomervakantie opent de nieuwe school.", dt.date(2019, 6, 17), "zomervakantie", "DATE",
                     "2019-SU", id="school-summer-holiday"),
    ],
)
def test_timex_realnews_feast_days(sentence, anchor, expr, typ, value):
    assert _value(sentence, anchor, expr) == (typ, value)


@pytest.mark.parametrize(
    "sentence, forbidden",
    [
        pytest.param("Het Goede Vrijdag-akkoord bracht vrede.", "Goede Vrijdag", id="agreement-name"),
        pytest.param("De herdenking is op de officiële bevrijdingsdag van Valkenswaard.", "bevrijdingsdag",
                     id="a-towns-own-liberation-day"),
        pytest.param("Het toernooi is voor spelers jonger dan 21 jaar.", "21 jaar", id="age-limit"),
        pytest.param("Er wonen 123 mensen van honderd jaar of ouder.", "honderd jaar", id="age-or-older"),
        pytest.param("Er werken 400 docenten en 1500 studenten in het gebouw.", "1500", id="count-after-en"),
        pytest.param("De vlogger Giel de Winter gaat vermomd over straat.", "Winter", id="surname-winter"),
        pytest.param("De verdachte is ongeveer 40 jaar.", "ongeveer 40 jaar", id="age-after-copula"),
    ],
)
def test_timex_realnews_no_false_positives(sentence, forbidden):
    assert forbidden not in [sentence[t.start : t.end] for t in tag_timexes(sentence, MAY)]


@pytest.mark.parametrize(
    "text, anchor, expr, value",
    [
        pytest.param("De klok bleef staan op acht minuten over drie.", MAY, "acht minuten over drie",
                     "2019-05-16T15:08", id="minutes-past-afternoon-by-default"),
        pytest.param("Gisteravond om kwart voor tien keken een miljoen mensen.", SUN_MORNING, "kwart voor tien",
                     "2019-05-25T21:45", id="quarter-to-in-the-evening"),
        pytest.param("We vertrekken om half negen 's avonds.", MAY, "half negen 's avonds", "2019-05-16T20:30",
                     id="half-past-with-part-of-day"),
        pytest.param("Het optreden begint om tien minuten voor half negen 's avonds.", MAY,
                     "tien minuten voor half negen 's avonds", "2019-05-16T20:20", id="minutes-to-half"),
        pytest.param("De winkel opent vrijdag om kwart voor vijf.", dt.date(2019, 5, 15), "kwart voor vijf",
                     "2019-05-17T16:45", id="clock-on-the-day-of-its-sentence"),
        pytest.param("Een fietser is vannacht aangereden. Dat gebeurde rond half een.", SUN_MORNING, "half een",
                     "2019-05-26T00:30", id="after-midnight-of-last-night"),
        pytest.param("Een fietser is vannacht aangereden. Dat gebeurde rond half een.", SUN_MORNING, "vannacht",
                     "2019-05-25TNI", id="last-night-dated-by-its-evening"),
        pytest.param("Het station werd rond acht uur vanavond ontruimd. Rond half negen mocht iedereen terug.",
                     dt.date(2019, 6, 9), "half negen", "2019-06-09T20:30", id="part-of-day-from-previous-sentence"),
        pytest.param("De wedstrijd begint zondagmiddag vijf uur.", dt.date(2019, 7, 6), "vijf uur",
                     "2019-07-07T17:00", id="hour-word-after-a-day"),
        pytest.param("Op Hemelvaartsdag was er van twaalf tot vier uur een kinderfeest.", dt.date(2019, 5, 31), "twaalf",
                     "2019-05-30T12:00", id="first-end-of-an-hour-range"),
        pytest.param("Op Hemelvaartsdag was er van twaalf tot vier uur een kinderfeest.", dt.date(2019, 5, 31), "vier uur",
                     "2019-05-30T16:00", id="second-end-of-an-hour-range"),
        pytest.param("Het loket gaat dinsdag tussen 12 en 13 uur dicht.", dt.date(2019, 5, 13), "12",
                     "2019-05-14T12:00", id="bare-hour-range"),
        pytest.param("Het loket gaat dinsdag tussen 12 en 13 uur dicht.", dt.date(2019, 5, 13), "13 uur",
                     "2019-05-14T13:00", id="bare-hour-range-second-end"),
        pytest.param("Het programma zendt uit tussen half zeven en half acht.", MAY, "half acht",
                     "2019-05-16T19:30", id="second-half-hour-of-a-range"),
        pytest.param("Dinsdagavond 14 mei is de bibliotheek vanaf half acht open voor bezoekers.", dt.date(2019, 5, 7),
                     "half acht", "2019-05-14T19:30", id="evening-of-a-dated-weekday"),
    ],
)
def test_timex_realnews_clock_words(text, anchor, expr, value):
    assert _value(text, anchor, expr) == ("TIME", value)


@pytest.mark.parametrize(
    "sentence, anchor, expr, typ, value",
    [
        pytest.param("De expositie opent op 7 september dit jaar.", dt.date(2019, 7, 29), "7 september dit jaar", "DATE",
                     "2019-09-07", id="date-with-relative-year"),
        pytest.param("Hun zoon werd vorig jaar maart geboren.", dt.date(2019, 5, 24), "vorig jaar maart", "DATE",
                     "2018-03", id="year-said-before-month"),
        pytest.param("De schietpartij van vorig jaar zomer komt voor de rechter.", dt.date(2019, 6, 20),
                     "vorig jaar zomer", "DATE", "2018-SU", id="year-said-before-season"),
        pytest.param("Het programma staat elke maandagavond online.", MAY, "elke maandagavond", "SET",
                     "XXXX-WXX-1TEV", id="every-monday-evening"),
        pytest.param("Ze maakten het afgelopen weekeinde bekend.", dt.date(2019, 5, 15), "afgelopen weekeinde", "DATE",
                     "2019-W19-WE", id="weekeinde"),
        pytest.param("Het gezin kreeg dit weekend bezoek van oud-president Obama.", dt.date(2019, 6, 24), "dit weekend",
                     "DATE", "2019-W25-WE", id="this-weekend-on-a-monday-in-the-past"),
        pytest.param("Leerlingen blijven van vrijdag- tot zaterdagochtend offline.", MAY, "vrijdag", "TIME",
                     "2019-05-17TMO", id="part-of-day-shared-over-a-hyphen"),
        pytest.param("Dinsdagavond 14 mei is er een inloopavond.", dt.date(2019, 5, 7), "Dinsdagavond 14 mei", "TIME",
                     "2019-05-14TEV", id="weekday-evening-with-date"),
        pytest.param("De inbraak in de sporthal vond plaats in de nacht van zondag 14 juli op maandag 15 juli.",
                     dt.date(2019, 7, 15), "nacht van zondag 14 juli op maandag 15 juli", "TIME", "2019-07-14TNI", id="night-with-weekdays"),
        pytest.param("De zanger is dit weekend aangereden bij een parkeergarage.", dt.date(2019, 5, 29), "dit weekend",
                     "DATE", "2019-W21-WE", id="this-weekend-on-a-wednesday-in-the-past"),
    ],
)
def test_timex_realnews_composite_dates(sentence, anchor, expr, typ, value):
    assert _value(sentence, anchor, expr) == (typ, value)


# --- the third development batch (relative weeks, ages, durations against points, clock words) ---

@pytest.mark.parametrize(
    "sentence, anchor, expr, typ, value",
    [
        # "is … opgegaan": the perfect of an -aan verb points back like any other
        pytest.param("Opnieuw is een hooiberg bij Hengelo in de nacht van zondag op maandag spontaan in vlammen opgegaan.",
                     dt.date(2019, 5, 22), "nacht van zondag op maandag", "TIME", "2019-05-19TNI", id="perfect-of-gaan"),
        # the future auxiliary after a list of names still governs the date of its clause
        pytest.param("Het panel dat op 12 december de Sportman, Sportvrouw, Sportploeg en Coach van het Jaar zal kiezen, "
                     "is compleet.", dt.date(2019, 6, 6), "12 december", "DATE", "2019-12-12", id="future-after-a-list"),
        # a participle with a prepositional phrase after it still makes a perfect
        pytest.param("De rechter heeft een automobilist veroordeeld voor een aanrijding op oudjaarsavond in Tiel.",
                     dt.date(2019, 7, 12), "oudjaarsavond", "TIME", "2018-12-31TEV", id="participle-before-a-pp"),
        # a state with "is" that lasts until a date points ahead; with "was" it does not
        pytest.param("De brug is gesloten tot 31 oktober.", dt.date(2019, 4, 20), "31 oktober", "DATE", "2019-10-31",
                     id="state-until-ahead"),
        pytest.param("De brug was gesloten tot 31 oktober.", dt.date(2019, 4, 20), "31 oktober", "DATE", "2018-10-31",
                     id="past-state-until-nearest"),
        # a fraction of a century ago is a year
        pytest.param("Net als een halve eeuw geleden verhuist de fabriek over de rivier.", dt.date(2019, 5, 13),
                     "een halve eeuw geleden", "DATE", "1969", id="half-a-century-ago"),
        pytest.param("De eerste aflevering was bijna een kwart eeuw geleden.", dt.date(2019, 7, 29),
                     "bijna een kwart eeuw geleden", "DATE", "1994", id="quarter-century-ago"),
        # "later dan gepland" compares two dates: the amount is a duration
        pytest.param("De woningen komen er drie jaar later dan gepland.", dt.date(2019, 6, 19), "drie jaar", "DURATION",
                     "P3Y", id="later-than-planned"),
        pytest.param("De veerpont vaart voortaan drie keer in de week.", MAY, "drie keer in de week", "SET", "P1W",
                     id="times-in-the-week"),
        pytest.param("De politie hield vrijdag einde middag twee jongens aan.", dt.date(2019, 5, 20),
                     "vrijdag einde middag", "TIME", "2019-05-17TAF", id="weekday-end-of-afternoon"),
        pytest.param("Op de club wordt komend toernooiweekend om de titel gestreden.", dt.date(2019, 7, 8),
                     "komend toernooiweekend", "DATE", "2019-W28-WE", id="named-weekend"),
        pytest.param("Recent ontving de politie een tip over de inbraak.", MAY, "Recent", "DATE", "PAST_REF",
                     id="recent-as-adverb"),
        pytest.param("Het opruimen zal nog uren duren.", MAY, "uren", "DURATION", "PTXH", id="hours-still-to-come"),
        pytest.param("De bus vertrok iets voor half drie uit Arnhem.", MAY, "half drie", "TIME", "2019-05-16T14:30",
                     id="clock-nearly-reached"),
        pytest.param("Enkele minuten voor half zes vanmiddag was de brand onder controle.", MAY, "half zes vanmiddag",
                     "TIME", "2019-05-16T17:30", id="minutes-before-a-clock-time"),
        # a whole sentence has a verb even where the word lists do not know it: "tot en met" points ahead
        pytest.param("De inzamelactie loopt tot en met zondag.", dt.date(2019, 5, 13), "zondag", "DATE", "2019-05-19",
                     id="until-sunday-in-a-whole-sentence"),
        pytest.param("Het stuk was in Nederland jaren geleden al te zien.", MAY, "jaren geleden", "DATE", "PAST_REF",
                     id="years-ago-without-preposition"),
        # a year-less date named twice is one day, even where the second clause says nothing of its tense
        pytest.param("De jury zal op 20 december de winnaar kiezen. Bij de verkiezing op 20 december "
                     "tellen de stemmen van het publiek mee.", dt.date(2019, 6, 6), "20 december", "DATE", "2019-12-20",
                     id="same-date-named-twice"),
    ],
)
def test_timex_realnews_third_batch(sentence, anchor, expr, typ, value):
    nth = 1 if len(re.findall(rf"\b{expr}\b", sentence)) > 1 else 0
    assert _value(sentence, anchor, expr, nth) == (typ, value)


@pytest.mark.parametrize(
    "sentence, forbidden",
    [
        pytest.param("De politie hield twee mannen van 45 en 49 jaar aan.", "45 en 49 jaar", id="ages-after-van"),
        pytest.param("Twee broers (19 en 23 jaar) zijn opgepakt.", "19 en 23 jaar", id="ages-in-brackets"),
        pytest.param("De cursus is bedoeld voor kinderen tussen vier en zes jaar.", "vier en zes jaar",
                     id="children-between-ages"),
        pytest.param("Recent onderzoek laat zien dat het werkt.", "Recent", id="recent-as-adjective"),
        pytest.param("Het duurde enkele minuten voor twee agenten kwamen.", "enkele minuten voor twee", id="not-a-clock"),
        pytest.param("Het duurde enkele minuten voor vier uur.", "enkele minuten", id="minutes-before-clock-not-duration"),
    ],
)
def test_timex_realnews_third_batch_no_false_positives(sentence, forbidden):
    assert forbidden not in [sentence[t.start : t.end] for t in tag_timexes(sentence, MAY)]


def test_timex_realnews_duration_range_between_stays():
    """ "tussen tien en vijftien jaar" without people before it is a span of time, not an age."""
    found = [(t.type, t.value) for t in tag_timexes("De bouw duurt tussen tien en vijftien jaar.", MAY)]
    assert ("DURATION", "PXY") in found


MON_JUL = dt.date(2019, 7, 29)  # a Monday


@pytest.mark.parametrize(
    "sentence, anchor, expr, typ, value",
    [
        # a season under way is the coming one early in it; "volgende zomer" stays next year's
        pytest.param("Komende zomer speelt het orkest vijf keer in het park.", dt.date(2019, 7, 2), "Komende zomer",
                     "DATE", "2019-SU", id="coming-summer-early-in-summer"),
        pytest.param("Komende zomer speelt het orkest vijf keer in het park.", dt.date(2019, 8, 20), "Komende zomer",
                     "DATE", "2020-SU", id="coming-summer-late-in-summer-is-next-year"),
        pytest.param("Volgende zomer speelt het orkest weer.", dt.date(2019, 7, 2), "Volgende zomer", "DATE", "2020-SU",
                     id="next-summer-stays-next-year"),
        # a 24-hour clock time up to 3 after an evening is after midnight
        pytest.param("Bij de haven is zaterdagavond lang gezocht naar een zwemmer. De hulpdiensten zetten een "
                     "helikopter in. Rond 02.15 uur werd de zoektocht gestaakt.", dt.date(2019, 8, 25), "02.15 uur",
                     "TIME", "2019-08-25T02:15", id="small-hours-after-an-evening"),
        pytest.param("Zaterdagavond was er een feest. Om 23.00 uur kwam de politie.", dt.date(2019, 8, 25),
                     "23.00 uur", "TIME", "2019-08-24T23:00", id="late-evening-stays-that-day"),
        # the end of a range of months follows its start
        pytest.param("De bond staat vanaf augustus tot januari onder toezicht.", dt.date(2019, 6, 20), "januari",
                     "DATE", "2020-01", id="month-range-end-after-start"),
        # a date named twice keeps its first reading whatever the second clause's tense
        pytest.param("De zanger treedt volgend jaar op in Ahoy. Hij staat op 12 maart op het podium.\n\n"
                     "„Ik tel de dagen tot 12 maart is geweest”, zegt hij.", dt.date(2019, 5, 23), "12 maart",
                     "DATE", "2020-03-12", id="second-mention-keeps-first-reading"),
        pytest.param("De bond staat vanaf augustus tot januari onder toezicht. Na januari kan het toezicht "
                     "worden verlengd.", dt.date(2019, 6, 20), "januari", "DATE", "2020-01",
                     id="repeated-month-keeps-first-reading"),
        # a verb inside a capitalised title is no tense
        pytest.param("De zanger treedt volgend jaar op in Ahoy. Hij staat op 12 maart op het podium met zijn "
                     "show Zo Was Het Niet.", dt.date(2019, 5, 23), "12 maart", "DATE", "2020-03-12",
                     id="verb-in-a-title-is-no-tense"),
        # a weekday set off by commas takes the tense of the clause around it
        pytest.param("Op de heetste dag van het jaar, donderdag, fietste ik nog door de stad.", MON_JUL, "donderdag",
                     "DATE", "2019-07-25", id="apposition-weekday-past"),
        pytest.param("De minister komt, donderdag, naar de stad.", MON_JUL, "donderdag", "DATE", "2019-08-01",
                     id="apposition-weekday-ahead"),
        # opening days are a set of days
        pytest.param("Winkels in de stad kunnen vanaf 1 september open op zondag.", MAY, "zondag", "SET", "XXXX-WXX-7",
                     id="open-on-sundays"),
        pytest.param("De bibliotheek is op maandag gesloten.", MAY, "maandag", "SET", "XXXX-WXX-1",
                     id="closed-on-mondays"),
        # whole stretches, hours nobody counted
        pytest.param("De bergers zijn al de hele middag aan het werk bij de boerderij.", MAY, "hele middag", "DURATION", "PTXH",
                     id="whole-afternoon"),
        pytest.param("Het water mag het hele jaar niet gebruikt worden.", MAY, "hele jaar", "DURATION", "P1Y",
                     id="whole-year"),
        pytest.param("De koers was bijna de hele dag in vrije val.", MAY, "hele dag", "DURATION", "P1D",
                     id="whole-day"),
        pytest.param("Ze zaten urenlang vast in een file bij Utrecht.", MAY, "urenlang", "DURATION", "PTXH",
                     id="hours-long"),
        pytest.param("Na een maandenlange zoektocht werd de hond gevonden.", MAY, "maandenlange", "DURATION", "PXM",
                     id="months-long-adjective"),
        pytest.param("De monteurs zijn nog wel uren bezig met het herstel.", MAY, "uren", "DURATION", "PTXH",
                     id="hours-after-nog-wel"),
        # clock words
        pytest.param("Om tien over half twee ging het alarm af.", MAY, "tien over half twee", "TIME",
                     "2019-05-16T13:40", id="minutes-past-half-without-minuten"),
        pytest.param("Ze reden op tijd weg voor de mis van half acht.", MAY, "half acht", "TIME", "2019-05-16T07:30",
                     id="half-hour-after-van"),
        pytest.param("Het duurde enkele minuten voor vier uur.", MAY, "vier uur", "TIME", "2019-05-16T16:00",
                     id="minutes-before-four-oclock"),
        pytest.param("Tien minuten voor twee stopte de trein.", MAY, "Tien minuten voor twee", "TIME",
                     "2019-05-16T13:50", id="clock-at-sentence-start"),
        pytest.param("Zaterdag wordt de vlag bij zonsondergang gestreken.", MAY, "zonsondergang", "TIME",
                     "2019-05-18TEV", id="at-sunset"),
    ],
)
def test_timex_realnews_fifth_batch(sentence, anchor, expr, typ, value):
    nth = 1 if len(re.findall(rf"\b{expr}\b", sentence)) > 1 else 0
    assert _value(sentence, anchor, expr, nth) == (typ, value)


@pytest.mark.parametrize(
    "sentence, forbidden",
    [
        pytest.param("Het duurde tien minuten voor twee agenten arriveerden.", "tien minuten voor twee",
                     id="minutes-before-a-count-of-people"),
        pytest.param("Het duurde vijf minuten voor drie brandweerwagens ter plaatse waren.", "vijf minuten voor drie",
                     id="minutes-before-a-count-of-things"),
        pytest.param("Het duurde enkele minuten voor vier uur.", "enkele minuten", id="no-duration-before-a-clock"),
        pytest.param("Hoeveel mensen er nu precies waren, is onduidelijk.", "nu", id="nu-precies-particle"),
        pytest.param("Dat is nu eenmaal zo bij de club.", "nu", id="nu-eenmaal-particle"),
        pytest.param("Toeristen genoten van de zonsondergang aan de kust.", "zonsondergang", id="sunset-as-a-sight"),
        pytest.param("Het werd de blauwdruk van de hele maand.", "hele maand", id="whole-month-as-a-thing"),
    ],
)
def test_timex_realnews_fifth_batch_no_false_positives(sentence, forbidden):
    assert forbidden not in [sentence[t.start : t.end] for t in tag_timexes(sentence, MAY)]


def test_timex_realnews_one_closed_day_is_no_set():
    """ "zondag gesloten" without "op" is one Sunday; only "op zondag" with open/closed is every Sunday."""
    found = [(t.type, t.value) for t in tag_timexes("Het museum is zondag gesloten vanwege de storm.", MAY)]
    assert found and found[0][0] == "DATE"


TUE_AUG = dt.date(2019, 8, 13)  # a Tuesday: the Thursday before is further than the one after


@pytest.mark.parametrize(
    "sentence, anchor, expr, typ, value",
    [
        # "toen" tells of the past, also before a verb the word lists do not know
        pytest.param("Wat deed de havenmeester toen donderdag een brand uitbrak aan de kade?", TUE_AUG, "donderdag",
                     "DATE", "2019-08-08", id="toen-points-back"),
        # a strong past form behind a separable particle, written as one word
        pytest.param("Het ongeluk, dat donderdag plaatsvond, kost de gemeente veel geld.", TUE_AUG, "donderdag",
                     "DATE", "2019-08-08", id="separable-strong-past"),
        # a phrase after a comma without a verb of its own takes the past of its sentence; "zijn" after a
        # preposition is a possessive, no verb
        pytest.param("De renner startte vooraan, dankzij zijn zege van donderdag in de proloog.", TUE_AUG, "donderdag",
                     "DATE", "2019-08-08", id="verbless-phrase-in-a-past-sentence"),
        # two numbers with a comma before a unit: an approximate amount, after "over" a vague future
        pytest.param("Deskundigen denken dat het schild over vijf, tien jaar wel werkt.", TUE_AUG, "vijf, tien jaar",
                     "DATE", "FUTURE_REF", id="over-five-ten-years"),
        pytest.param("De reparatie duurt nog twee, drie weken.", TUE_AUG, "twee, drie weken", "DURATION", "PXW",
                     id="two-three-weeks"),
        # the year said with a feast day is one expression, on either side
        pytest.param("Het ging vorig jaar op Koningsdag mis in het park.", TUE_AUG, "vorig jaar op Koningsdag", "DATE",
                     "2018-04-27", id="last-year-on-kings-day"),
        pytest.param("Pinksteren volgend jaar staat het festival weer op het programma.", TUE_AUG,
                     "Pinksteren volgend jaar", "DATE", "2020-05-31", id="pentecost-next-year"),
        # diminutive units of speech and quotes
        pytest.param("We hoopten dat hij het een jaartje zou doen.", TUE_AUG, "een jaartje", "DURATION", "P1Y",
                     id="a-little-year"),
        pytest.param("Ze moest een half uurtje gaan liggen.", TUE_AUG, "een half uurtje", "DURATION", "PT0.5H",
                     id="half-an-hour"),
        pytest.param("Hij gaat een weekje naar Texel.", TUE_AUG, "een weekje", "DURATION", "P1W", id="a-little-week"),
        pytest.param("Dat was de afgelopen weekenden op veel pleinen te zien.", TUE_AUG, "afgelopen weekenden",
                     "DURATION", "PXWE", id="past-weekends"),
        # "nu" right after a finite verb is the adverb, whatever follows
        pytest.param("De club heeft nu de beste spits van het land.", TUE_AUG, "nu", "DATE", "PRESENT_REF",
                     id="nu-after-a-verb"),
    ],
)
def test_timex_realnews_seventh_batch(sentence, anchor, expr, typ, value):
    assert _value(sentence, anchor, expr) == (typ, value)


@pytest.mark.parametrize(
    "sentence, forbidden",
    [
        pytest.param("Ook de artiesten genieten van een dagje vrij.", "een dagje", id="a-day-off-is-an-outing"),
        pytest.param("De koersen dalen verder nu de rente weer stijgt.", "nu", id="nu-conjunction-mid-sentence"),
        pytest.param("De rente staat 2,5 jaar vast.", "5 jaar", id="decimal-comma-is-no-range"),
    ],
)
def test_timex_realnews_seventh_batch_no_false_positives(sentence, forbidden):
    assert forbidden not in [sentence[t.start : t.end] for t in tag_timexes(sentence, TUE_AUG)]


def test_timex_realnews_subordinate_clause_keeps_its_own_verb():
    """A clause opened by a subordinator has a verb even where the word lists miss it, so the past of
    another clause does not leak into it ("wanneer de beurzen weer opengaan op dinsdag" is ahead)."""
    sentence = "De handel geeft aan dat verliezen te verwachten zijn wanneer de beurzen weer opengaan op dinsdag."
    assert _value(sentence, dt.date(2008, 1, 21), "dinsdag") == ("DATE", "2008-01-22")


@pytest.mark.parametrize(
    "sentence, expr",
    [
        pytest.param("Een uurtje later stond de brandweer voor de deur.", "Een uurtje later", id="an-hour-later"),
        pytest.param("De eerste melding kwam een uur eerder binnen.", "een uur eerder", id="an-hour-earlier"),
    ],
)
def test_timex_realnews_hours_from_an_event_are_a_time(sentence, expr):
    """Some hours before or after an undated event is a moment (TIME); its value is not fixed by the text."""
    assert _value(sentence, TUE_AUG, expr)[0] == "TIME"


SUN_JUL = dt.date(2019, 7, 7)  # a Sunday


@pytest.mark.parametrize(
    "sentence, anchor, expr, typ, value",
    [
        # "sinds" points back also with an article between it and the expression
        pytest.param("De jongen wordt sinds de nacht van woensdag op donderdag gezocht.", SUN_JUL,
                     "nacht van woensdag op donderdag", "TIME", "2019-07-03TNI", id="since-the-night"),
        # "tot op heden" is up to now, not today's date
        pytest.param("De trainer is tot op heden erg succesvol.", SUN_JUL, "heden", "DATE", "PRESENT_REF",
                     id="until-now"),
        # "het eerste half jaar": half a year after an ordinal
        pytest.param("Hij kende na zijn komst een moeizaam eerste half jaar.", SUN_JUL, "eerste half jaar", "DURATION",
                     "P0.5Y", id="first-half-year"),
        # "over" a span: "Over een jaar tijd", "over een jaar gerekend", "uitgesmeerd over twee dagen"
        pytest.param("Over een jaar tijd zijn de huren in Arnhem zes procent gestegen.", SUN_JUL, "een jaar", "DURATION",
                     "P1Y", id="over-a-year-time"),
        pytest.param("Over een jaar gerekend staat de koers vijf procent lager.", SUN_JUL, "een jaar", "DURATION",
                     "P1Y", id="over-a-year-reckoned"),
        pytest.param("Het feest is uitgesmeerd over twee dagen en begint zaterdag.", SUN_JUL, "twee dagen", "DURATION",
                     "P2D", id="spread-over-two-days"),
        # "over" alone still looks ahead
        pytest.param("Over twee jaar gaat de brug dicht.", SUN_JUL, "twee jaar", "DATE", "2021", id="in-two-years"),
        # a forward preposition in a clause told in the simple past: the nearest reading
        pytest.param("De handelaren speculeerden op de sancties vanaf donderdag tegen het land.", dt.date(2019, 5, 3),
                     "donderdag", "DATE", "2019-05-02", id="vanaf-in-a-past-clause"),
    ],
)
def test_timex_realnews_eighth_batch(sentence, anchor, expr, typ, value):
    assert _value(sentence, anchor, expr) == (typ, value)


def test_timex_realnews_her_fifteen_years_is_an_age():
    sentence = "De zwemster is met haar vijftien jaar de jongste van de ploeg."
    assert "vijftien jaar" not in [sentence[t.start : t.end] for t in tag_timexes(sentence, SUN_JUL)]


@pytest.mark.parametrize(
    "sentence, anchor, expr, typ, value",
    [
        # the accent of "vóór" makes a deadline: the coming day
        pytest.param("Hij wilde niet zeggen of de partijen er vóór dinsdag uit kunnen komen.", dt.date(2019, 5, 24),
                     "dinsdag", "DATE", "2019-05-28", id="before-accented-tuesday"),
        # the year written once after two months, the second with a modifier
        pytest.param("Dat er eind april, begin mei 1994 twee coureurs verongelukten, maakte het erger.",
                     dt.date(2019, 5, 1), "eind april", "DATE", "1994-04", id="year-shared-by-two-months"),
        # a number in a name is no part of a range: "Formule 1, tien jaar later"
        pytest.param("Van 1979 tot 1982 reed hij in de Formule 1, tien jaar later nog een jaar.", dt.date(2019, 5, 1),
                     "tien jaar later", "DATE", "1992", id="number-in-a-name-is-no-range"),
    ],
)
def test_timex_realnews_ninth_batch(sentence, anchor, expr, typ, value):
    assert _value(sentence, anchor, expr) == (typ, value)


def test_timex_realnews_above_eighteen_years_is_an_age():
    sentence = "Alleen klanten boven de 18 jaar mogen de drank kopen."
    assert "18 jaar" not in [sentence[t.start : t.end] for t in tag_timexes(sentence, MAY)]


def test_timex_realnews_nu_after_an_infinitive_is_the_conjunction():
    """A clause-final infinitive before "nu" + subject: the conjunction "now that", no time."""
    sentence = "Patiënten zullen langer moeten wachten nu het ziekenhuis geen contract heeft."
    assert "nu" not in [sentence[t.start : t.end] for t in tag_timexes(sentence, MAY)]


# The tenth batch (helper time5): schedules, court reports, police appeals, civic days, anaphors.
@pytest.mark.parametrize(
    "sentence, anchor, expr, typ, value",
    [
        # another country's national day: the country named nearby or after "van" fixes the day
        pytest.param("Op Wall Street werd niet gehandeld vanwege Onafhankelijkheidsdag.", dt.date(2019, 7, 5),
                     "Onafhankelijkheidsdag", "DATE", "2019-07-04", id="independence-day-us-cue"),
        pytest.param("Suriname viert maandag Onafhankelijkheidsdag met een parade.", dt.date(2019, 11, 23),
                     "Onafhankelijkheidsdag", "DATE", "2019-11-25", id="independence-day-suriname"),
        pytest.param("Het vorstenpaar was zondag bij de mis op de nationale feestdag van België.", dt.date(2019, 7, 21),
                     "nationale feestdag van België", "DATE", "2019-07-21", id="national-day-of-belgium"),
        # the day before a day the text resolves ("een dag eerder" after the national day)
        pytest.param("De Amerikaanse beurzen waren dicht op Onafhankelijkheidsdag en een dag eerder halve dag open.",
                     dt.date(2019, 7, 5), "een dag eerder", "DATE", "2019-07-03", id="day-before-the-national-day"),
        # "die avond", "eerder die avond", "dat weekeinde": the part of the day or weekend the text just named
        pytest.param("Het festival is op zaterdag 14 maart 2020. Er treden die avond twaalf artiesten op.",
                     dt.date(2019, 9, 3), "die avond", "TIME", "2020-03-14TEV", id="that-evening"),
        pytest.param("Hij werd vorige week dinsdag opgepakt. De politie had eerder die avond zijn foto verspreid.",
                     dt.date(2019, 6, 17), "eerder die avond", "TIME", "2019-06-11TEV", id="earlier-that-evening"),
        pytest.param("Op 12 mei won hij in Monaco. Dat weekeinde vergeet hij nooit.", dt.date(2019, 5, 20),
                     "Dat weekeinde", "DATE", "2019-W19-WE", id="that-weekend"),
        pytest.param("Er is die nacht in het hotel niets gebeurd, zegt de speler.", dt.date(2019, 8, 29),
                     "die nacht", "TIME", "XXXX-XX-XXTNI", id="that-night-undated"),
        # "vorige week dinsdag": the Tuesday of last week, one expression
        pytest.param("De verdachte werd vorige week dinsdag in Venlo aangehouden.", dt.date(2019, 6, 17),
                     "vorige week dinsdag", "DATE", "2019-06-11", id="last-week-tuesday"),
        pytest.param("De rechter doet volgende week donderdagmiddag uitspraak.", dt.date(2019, 6, 17),
                     "volgende week donderdagmiddag", "TIME", "2019-06-27TAF", id="next-week-thursday-afternoon"),
        # a stage reported on its own day: "een dag eerder" with no date before it counts from that day
        pytest.param("De Belg won de tweede rit, nadat hij een dag eerder ook al de proloog had gewonnen.",
                     dt.date(2019, 6, 6), "een dag eerder", "DATE", "2019-06-05", id="a-day-earlier-from-the-document"),
        # a schedule: the clock under a dated heading takes its day, even weeks ahead
        pytest.param("Het programma van de ploeg.\n\n20 juni: eerste duel\n\nDe aftrap is om 18.30 uur in Lyon.",
                     dt.date(2019, 5, 27), "18.30 uur", "TIME", "2019-06-20T18:30", id="clock-under-a-dated-heading"),
        # a clock range said in words: both ends are clock times
        pytest.param("Zaterdagavond zat de wijk van negen uur tot half een zonder stroom.", dt.date(2019, 8, 12),
                     "negen uur", "TIME", "2019-08-10T21:00", id="clock-range-in-words"),
        # "het weekeinde van 1 september" is that weekend, one expression
        pytest.param("De volgende race is in het weekeinde van 8 september op Monza.", dt.date(2019, 8, 7),
                     "weekeinde van 8 september", "DATE", "2019-W36-WE", id="weekend-of-a-date"),
        # an article and an adjective before a -de word: a noun phrase, not a past verb ("het
        # eerstvolgende raceweekende" must not turn the sentence to the past)
        pytest.param("Het eerstvolgende raceweekende vindt plaats op 15 september.", dt.date(2019, 8, 7),
                     "15 september", "DATE", "2019-09-15", id="adjective-before-de-word-is-no-past"),
        # "de komende tijd", "de afgelopen tijd"; "recent" right after a past verb
        pytest.param("De komende tijd wordt duidelijk welke regels gelden.", dt.date(2019, 6, 21),
                     "komende tijd", "DATE", "FUTURE_REF", id="the-coming-time"),
        pytest.param("De afgelopen tijd is in de buurt veel gebeld.", dt.date(2019, 6, 21),
                     "afgelopen tijd", "DATE", "PAST_REF", id="the-past-time"),
        pytest.param("In Denemarken ging recent de markt voor loterijen open.", dt.date(2019, 6, 21),
                     "recent", "DATE", "PAST_REF", id="recent-after-a-past-verb"),
    ],
)
def test_timex_realnews_tenth_batch(sentence, anchor, expr, typ, value):
    assert _value(sentence, anchor, expr) == (typ, value)


@pytest.mark.parametrize(
    "sentence, anchor, forbidden",
    [
        # an age reached, not a duration
        pytest.param("De oud-coureur, die in maart 60 jaar werd, woont in Zwitserland.", dt.date(2019, 8, 7), "60 jaar",
                     id="age-reached"),
        # "nationale feestdag" with no country is no date
        pytest.param("De partij wil een extra nationale feestdag invoeren.", dt.date(2019, 8, 7), "nationale feestdag",
                     id="national-day-without-country"),
        # "die morgen" after a noun is the relative pronoun and "tomorrow": not "that morning"
        pytest.param("Hij komt niet naar de vergadering die morgen wordt gehouden.", dt.date(2019, 8, 7), "die morgen",
                     id="relative-die-morgen"),
        # "recent" before a noun is the adjective
        pytest.param("De minister kwam recent onderzoek tegen dat hem zorgen baarde.", dt.date(2019, 8, 7), "recent",
                     id="recent-adjective-after-a-verb"),
    ],
)
def test_timex_realnews_tenth_batch_no_false_positives(sentence, anchor, forbidden):
    assert forbidden not in [sentence[t.start : t.end] for t in tag_timexes(sentence, anchor)]


@pytest.mark.parametrize(
    "sentence, anchor, expr, typ, value",
    [
        # a measured span before "na de …" stays a duration
        pytest.param("Binnen een maand na de beursgang kan de bank extra aandelen verkopen.", dt.date(2019, 6, 6),
                     "een maand", "DURATION", "P1M", id="within-a-month-after"),
        # "een jaar later" with no date before it follows an undated event: unknown, not the future
        pytest.param("Een jaar later verloor hij de titel weer.", dt.date(2019, 6, 6), "Een jaar later", "DATE", "XXXX",
                     id="a-year-later-undated"),
        # "drie jaar geleden werd": the year, not an age
        pytest.param("Drie jaar geleden werd hij kampioen.", dt.date(2019, 6, 6), "Drie jaar geleden", "DATE", "2016",
                     id="years-ago-before-werd"),
        # a clock range that ends in a duration keeps its duration ("van acht uur tot drie dagen")
        pytest.param("De wachttijd loopt op van acht uur tot drie dagen.", dt.date(2019, 6, 6), "acht uur", "DURATION",
                     "PT8H", id="duration-range-stays"),
    ],
)
def test_timex_realnews_tenth_batch_kept(sentence, anchor, expr, typ, value):
    assert _value(sentence, anchor, expr) == (typ, value)


# The eleventh batch (helper time5): the same kinds, July and August, annotated after the tenth's fixes.
@pytest.mark.parametrize(
    "sentence, anchor, expr, typ, value",
    [
        # "die dag" after a date: that day
        pytest.param("4 augustus 2010: de brand in de haven. Die dag verloor hij zijn bedrijf.", dt.date(2019, 7, 11),
                     "Die dag", "DATE", "2010-08-04", id="that-day"),
        # "pas geleden" = recently
        pytest.param("Pas geleden dook een verloren schilderij weer op.", dt.date(2019, 7, 8), "Pas geleden", "DATE",
                     "PAST_REF", id="pas-geleden"),
        # "om de zoveel jaar": every so many years
        pytest.param("Om de zoveel jaar verhuist de collectie naar een ander depot.", dt.date(2019, 7, 8),
                     "Om de zoveel jaar", "SET", "PXY", id="every-so-many-years"),
        # a feast day with a full date: the year written after the date is the feast's
        pytest.param("Op tweede pinksterdag 9 juni 2014 verdween de man.", dt.date(2019, 7, 1),
                     "tweede pinksterdag 9 juni 2014", "DATE", "2014-06-09", id="feast-with-full-date"),
        # "in aanloop naar" looks ahead, even in a perfect-tense clause
        pytest.param("De gesprekken zijn deze week in aanloop naar Prinsjesdag begonnen.", dt.date(2019, 8, 22),
                     "Prinsjesdag", "DATE", "2019-09-17", id="run-up-to-a-feast"),
    ],
)
def test_timex_realnews_eleventh_batch(sentence, anchor, expr, typ, value):
    assert _value(sentence, anchor, expr) == (typ, value)


# The twelfth batch (helper time6): parliament, economy, anniversaries, sport and culture schedules,
# foreign news with time zones, court reports. Sentences written for this test.
MON_JUL = dt.date(2019, 7, 15)  # a Monday
TUE_MAY = dt.date(2019, 5, 28)  # a Tuesday


@pytest.mark.parametrize(
    "sentence, anchor, expr, typ, value",
    [
        # a perfect of planning says when something is to happen: the nearest reading, not the past
        pytest.param("Het hof heeft de eerste zitting in de zaak op 16 augustus gepland.", MON_JUL, "16 augustus", "DATE",
                     "2019-08-16", id="planned-session-ahead"),
        pytest.param("De voorzitter heeft het debat verplaatst naar donderdag.", MON_JUL, "donderdag", "DATE",
                     "2019-07-18", id="moved-to-thursday"),
        # a capitalised past form after "de" is a name ("op de Bleek"), not a past verb
        pytest.param("Het concert dat wordt gehouden op de Bleek in Zutphen duurt van vrijdag tot en met maandag.",
                     dt.date(2019, 6, 4), "vrijdag", "DATE", "2019-06-07", id="name-after-de-no-past-verb"),
        # an anniversary: "Woensdag is het vijf jaar geleden dat …" is the coming Wednesday
        pytest.param("Woensdag is het vijf jaar geleden dat de mijnramp plaatsvond.", MON_JUL, "Woensdag", "DATE",
                     "2019-07-17", id="anniversary-weekday-ahead"),
        pytest.param("Het is zaterdag precies 75 jaar geleden dat de brug werd opgeblazen.", MON_JUL, "zaterdag", "DATE",
                     "2019-07-20", id="anniversary-weekday-inside"),
        # a present-tense plan does not tell of a month half a year gone
        pytest.param("Het team speelt het olympisch kwalificatietoernooi in februari in Spanje.", MON_JUL, "februari",
                     "DATE", "2020-02", id="present-plan-month-ahead"),
        pytest.param("De rechtszaak tegen de oud-directeur begint op 3 februari.", MON_JUL, "3 februari", "DATE",
                     "2020-02-03", id="present-plan-date-ahead"),
        # a choice of two days: "dinsdag 23 of woensdag 24 juli", "30 of 31 juli"
        pytest.param("De club speelt op dinsdag 23 of woensdag 24 juli de voorronde.", TUE_MAY, "dinsdag 23", "DATE",
                     "2019-07-23", id="either-day-first"),
        pytest.param("De terugwedstrijd volgt een week later (30 of 31 juli).", TUE_MAY, "30", "DATE", "2019-07-30",
                     id="either-day-number"),
        # "een week later" after a day is the next week (it used to move the day by one)
        pytest.param("Het duel is op zaterdag 27 juli. Een week later begint de competitie.", TUE_MAY, "Een week later",
                     "DATE", "2019-W31", id="a-week-later-after-a-day"),
        # a season written with a slash: two years, as with a dash
        pytest.param("Het theater presenteert zijn programma voor het seizoen 2019/2020.", dt.date(2019, 5, 10), "2020",
                     "DATE", "2020", id="season-slash"),
        pytest.param("Het theater biedt in het nieuwe seizoen ruim honderd voorstellingen.", dt.date(2019, 5, 15),
                     "nieuwe seizoen", "DATE", "XXXX", id="the-new-season"),
        # a quarter is the period companies report on: a date whatever the article
        pytest.param("De verzekeraar zag de winst in het voorbije kwartaal stijgen.", dt.date(2019, 5, 7),
                     "voorbije kwartaal", "DATE", "2019-Q1", id="quarter-with-article"),
        pytest.param("De grondstofprijzen stegen de afgelopen periode sterk.", dt.date(2019, 5, 7), "afgelopen periode",
                     "DATE", "PAST_REF", id="the-past-period"),
        # "dezelfde periode (vorig jaar)": the reported period, a year back with "vorig jaar"
        pytest.param("De omzet in het eerste kwartaal lag hoger dan in dezelfde periode vorig jaar.", dt.date(2019, 5, 7),
                     "dezelfde periode vorig jaar", "DATE", "2018-Q1", id="same-period-last-year"),
        pytest.param("Het aantal reizigers in het eerste kwartaal nam af vergeleken met dezelfde periode vorig jaar. De kosten "
                     "liepen in dezelfde periode op. Het verlies halveerde ten opzichte van een jaar eerder.", dt.date(2019, 5, 7),
                     "een jaar eerder", "DATE", "2018-Q1", id="a-year-before-the-reported-period"),
        # "de volgende ochtend", "later die dag": the day after the one just named, and that day
        pytest.param("Op dinsdag 7 mei vluchtte de man uit de kliniek. De volgende ochtend was hij verdwenen.", MON_JUL,
                     "volgende ochtend", "TIME", "2019-05-08TMO", id="the-next-morning"),
        pytest.param("Op dinsdag 7 mei vluchtte hij. De volgende ochtend was hij weg. Hij werd later die dag opgepakt.",
                     MON_JUL, "later die dag", "DATE", "2019-05-08", id="later-that-day"),
        # "een (klein) halfuur": half an hour
        pytest.param("Na een klein halfuur spelen kwam de thuisploeg op voorsprong.", dt.date(2019, 5, 18),
                     "een klein halfuur", "DURATION", "PT0.5H", id="a-short-half-hour"),
        pytest.param("De storing duurde een kleine week.", dt.date(2019, 5, 18), "een kleine week", "DURATION", "P1W",
                     id="nearly-a-week"),
        # a zone in brackets belongs to the day or clock time before it
        pytest.param("De ploeg speelde woensdag (lokale tijd) tegen Orlando.", dt.date(2019, 6, 27),
                     "woensdag (lokale tijd)", "DATE", "2019-06-26", id="weekday-local-time"),
        pytest.param("De index haalde donderdag rond 15.45 uur (Nederlandse tijd) een record.", dt.date(2019, 7, 11),
                     "15.45 uur (Nederlandse tijd)", "TIME", "2019-07-11T15:45", id="clock-dutch-time"),
        # "nu" after an inverted subject is the adverb
        pytest.param("Na het geslaagde toernooi wil de bond nu het wereldkampioenschap binnenhalen.", dt.date(2019, 7, 5),
                     "nu", "DATE", "PRESENT_REF", id="now-after-inverted-subject"),
        # "’s nachts" a paragraph after the night the story is about, and the hours after midnight
        pytest.param("Buren zoeken naar Ruben, die sinds de nacht van donderdag op vrijdag vermist is.\n\nRuben zou ’s nachts "
                     "met een neef naar huis fietsen, maar vertrok omstreeks 3 uur in zijn eentje.", dt.date(2019, 7, 7), "’s nachts",
                     "TIME", "2019-07-04TNI", id="night-named-before"),
        pytest.param("Buren zoeken naar Ruben, die sinds de nacht van donderdag op vrijdag vermist is.\n\nRuben zou ’s nachts "
                     "met een neef naar huis fietsen, maar vertrok omstreeks 3 uur in zijn eentje.", dt.date(2019, 7, 7), "3 uur",
                     "TIME", "2019-07-05T03:00", id="small-hours-of-that-night"),
        pytest.param("Buren zoeken naar Ruben, die sinds de nacht van donderdag op vrijdag vermist is.\n\nRuben zou ’s nachts "
                     "met een neef naar huis fietsen, maar vertrok omstreeks 3 uur in zijn eentje. Er was die avond een buurtfeest.",
                     dt.date(2019, 7, 7), "die avond", "TIME", "2019-07-04TEV", id="that-evening-before-the-small-hours"),
        # "het weekend van 24 en 25 augustus": one weekend (thirteenth batch)
        pytest.param("Ploegen die Europees spelen krijgen in het weekend van 24 en 25 augustus rust.", dt.date(2019, 6, 19),
                     "weekend van 24 en 25 augustus", "DATE", "2019-W34-WE", id="weekend-of-two-days"),
        # a day named to compare with ("de plussen van een dag eerder") is not the day a clock time is on
        pytest.param("De index brak donderdag een record. Beleggers bouwden voort op de winst van een dag eerder. "
                     "De index bereikte rond 15.45 uur een stand van 27.007 punten.", dt.date(2019, 7, 11), "15.45 uur",
                     "TIME", "2019-07-11T15:45", id="clock-not-on-a-compared-day"),
        # on a Monday, "deze week" in a past-tense clause is the week just ended
        pytest.param("De Giro viel samen met de Tour. Ook waren de koersen deze week nog spannend.", MON_JUL, "deze week",
                     "DATE", "2019-W28", id="this-week-past-on-a-monday"),
        # a strong past form the list lacked
        pytest.param("In januari deed de moeder van een leerling aangifte.", dt.date(2019, 7, 11), "januari", "DATE",
                     "2019-01", id="deed-is-past"),
    ],
)
def test_timex_realnews_twelfth_batch(sentence, anchor, expr, typ, value):
    assert _value(sentence, anchor, expr) == (typ, value)


@pytest.mark.parametrize(
    "sentence, anchor, forbidden",
    [
        # ages: "op jonge leeftijd (18 – 20 jaar)", "op de leeftijd van 18 jaar"
        pytest.param("De soldaten gingen op zeer jonge leeftijd (18 – 20 jaar) naar het front.", dt.date(2019, 6, 7),
                     "20 jaar", id="age-in-brackets"),
        pytest.param("Op de leeftijd van 18 jaar vertrok hij naar Canada.", dt.date(2019, 6, 7), "18 jaar",
                     id="at-the-age-of"),
        # "dezelfde periode" is not tagged alone, nor before "een jaar eerder" (MEANTIME's annotators
        # left it out; decided knowing the MEANTIME test score, see eval/timex/README.md)
        pytest.param("In dezelfde periode een jaar eerder boekte de bank nog winst.", dt.date(2009, 10, 16),
                     "dezelfde periode", id="same-period-a-year-before"),
        pytest.param("De winst daalde in het eerste kwartaal. De kosten stegen in dezelfde periode met 4 procent.",
                     dt.date(2019, 5, 7), "dezelfde periode", id="same-period-alone"),
        # "nu" as the conjunction stays untagged after a clause-final verb
        pytest.param("Het plan blijft bestaan nu de groei vertraagt.", dt.date(2019, 7, 5), "nu", id="now-conjunction"),
        # "volgende ochtend" without an article is no anaphor
        pytest.param("Volgende ochtend vertrekken we weer.", dt.date(2019, 7, 5), "Volgende ochtend",
                     id="next-morning-without-article"),
    ],
)
def test_timex_realnews_twelfth_batch_no_false_positives(sentence, anchor, forbidden):
    assert forbidden not in [sentence[t.start : t.end] for t in tag_timexes(sentence, anchor)]


@pytest.mark.parametrize(
    "sentence, anchor, expr, typ, value",
    [
        # a plan fix must not turn recent months or past-tense clauses ahead
        pytest.param("De werkloosheid is in juni 3,4 procent.", MON_JUL, "juni", "DATE", "2019-06", id="recent-month-stays"),
        pytest.param("In februari speelde het team in Spanje.", MON_JUL, "februari", "DATE", "2019-02", id="past-month-stays"),
        pytest.param("Sinds februari woont hij in Spanje.", MON_JUL, "februari", "DATE", "2019-02", id="since-month-stays"),
        # a perfect that is no planning stays in the past
        pytest.param("De rechtbank heeft op 3 mei de zitting gehouden.", MON_JUL, "3 mei", "DATE", "2019-05-03",
                     id="held-session-past"),
        # "’s nachts" in a present-tense clause is every night
        pytest.param("Sinds de nacht van vrijdag op zaterdag is het stil.\n\n’s Nachts is het koel in de stad.", MON_JUL,
                     "’s Nachts", "TIME", "XXXX-XX-XXTNI", id="habitual-night"),
        # "een maand later" after a day stays the next month; "een dag later" the next day
        pytest.param("Het duel is op zaterdag 27 juli. Een dag later vertrekt de ploeg.", TUE_MAY, "Een dag later", "DATE",
                     "2019-07-28", id="a-day-later-after-a-day"),
        # "een dag later, rond 15.45 uur": the later day is the story's
        pytest.param("De index daalde woensdag. Een dag later, rond 15.45 uur, herstelde hij.", dt.date(2019, 7, 11),
                     "15.45 uur", "TIME", "2019-07-11T15:45", id="clock-on-the-day-later"),
        # "deze week" on a Monday in the present is this week
        pytest.param("Deze week begint de Tour de France.", MON_JUL, "Deze week", "DATE", "2019-W29",
                     id="this-week-present-on-a-monday"),
        pytest.param("In de fabriek worden sinds deze week de eerste machines getest.", MON_JUL, "deze week", "DATE",
                     "2019-W29", id="since-this-week-on-a-monday"),
        # decided: a point counted from an event stays tagged as MEANTIME's annotators take it (a guard
        # against it cost MEANTIME test one right answer; eval/timex/README.md)
        pytest.param("Een dag na zijn arrestatie werd de verdachte vrijgelaten.", MON_JUL, "Een dag", "DURATION", "P1D",
                     id="event-anchored-point-kept-as-meantime"),
        # "die avond" after an evening clock time is that day's
        pytest.param("Op zaterdag 6 juli om 22.00 uur begon het feest. Die avond was het druk.", MON_JUL, "Die avond",
                     "TIME", "2019-07-06TEV", id="that-evening-after-an-evening-hour"),
    ],
)
def test_timex_realnews_twelfth_batch_kept(sentence, anchor, expr, typ, value):
    assert _value(sentence, anchor, expr) == (typ, value)


@pytest.mark.frog
@pytest.mark.slow
def test_timex_realnews_twelfth_batch_with_frog_tags(frog) -> None:
    """The tense cues of the twelfth batch also hold when Frog's part-of-speech tags drive them (the
    pipeline's path): a planned session, an anniversary weekday, a present-tense plan."""
    from kroniek.analyse.annotator import FrogAnnotator
    from kroniek.model import Document

    text = (
        "Het hof heeft de eerste zitting in de zaak op 16 augustus gepland. "
        "Woensdag is het vijf jaar geleden dat de mijnramp plaatsvond. "
        "Het team speelt het olympisch kwalificatietoernooi in februari in Spanje."
    )
    doc = FrogAnnotator(frog)(Document(id="t6", text=text, source="test"))
    assert doc.tokens
    values = {text[t.start : t.end]: t.value for t in tag_timexes(text, MON_JUL, tokens=doc.tokens)}
    assert values["16 augustus"] == "2019-08-16"
    assert values["Woensdag"] == "2019-07-17"
    assert values["februari"] == "2020-02"
