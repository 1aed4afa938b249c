"""Dutch time expressions: extents, types and TIMEX3 values, one real example per row."""

from __future__ import annotations

import datetime as dt

import pytest

from kroniek.extract.timex import TimexTagger, tag_timexes
from kroniek.model import Document, PublishedDate, Token

LETTER = dt.date(2020, 1, 6)  # Monday: the date of a Kamerbrief
NEWS = dt.date(2020, 1, 7)  # Tuesday
MARKET = dt.date(2008, 9, 4)  # Thursday


def _find(sentence: str, anchor: dt.date | None, expr: str, **kw):
    found = tag_timexes(sentence, anchor, **kw)
    hits = [t for t in found if sentence[t.start : t.end] == expr]
    assert hits, f"{expr!r} not tagged as one expression in {sentence!r}; got {[sentence[t.start:t.end] for t in found]}"
    return hits[0]


@pytest.mark.parametrize(
    ("sentence", "anchor", "expr", "typ", "value"),
    [
        pytest.param("Den Haag, 6 januari 2020", LETTER, "6 januari 2020", "DATE", "2020-01-06", id="full-date"),
        pytest.param("Hij werd op 18 oktober 2019 benoemd.", LETTER, "18 oktober 2019", "DATE", "2019-10-18", id="full-date-in-sentence"),
        pytest.param("die door een raketaanval op 3 januari jl. om het leven is gebracht", LETTER, "3 januari jl.", "DATE", "2020-01-03", id="jl-most-recent-before"),
        pytest.param("zoals toegezegd in het AO d.d. 18 december jl.", LETTER, "18 december jl.", "DATE", "2019-12-18", id="jl-crosses-year-back"),
        pytest.param("tijdens de ingelaste Raad op vrijdag 10 januari aanstaande.", LETTER, "vrijdag 10 januari aanstaande", "DATE", "2020-01-10", id="aanstaande-next"),
        pytest.param("Het hoofdkwartier besloot op 4 januari om de trainingen op te schorten.", LETTER, "4 januari", "DATE", "2020-01-04", id="yearless-past-tense"),
        pytest.param("De Raad zal op 10 januari spreken over Irak.", LETTER, "10 januari", "DATE", "2020-01-10", id="yearless-future-tense"),
        pytest.param("In het parlement is op zondag 5 januari een motie aangenomen.", LETTER, "zondag 5 januari", "DATE", "2020-01-05", id="weekday-plus-date"),
        pytest.param("de inzet in Irak in 2020 en 2021, zo schrijft het kabinet", LETTER, "2021", "DATE", "2021", id="second-year-after-en"),
        pytest.param("De verkoop daalde in maart met 45 procent.", dt.date(2009, 4, 1), "maart", "DATE", "2009-03", id="month-alone-past"),
        pytest.param("Het bedrijf heeft in maart geen geld meer als er geen steun komt, zal de CEO zeggen.", dt.date(2009, 2, 18), "maart", "DATE", "2009-03", id="month-alone-nearest"),
        pytest.param("De koers lag begin januari nog hoger.", LETTER, "begin januari", "DATE", "2020-01", id="begin-month"),
        pytest.param("Het bedrijf werd in het voorjaar van 2019 opgericht.", LETTER, "voorjaar van 2019", "DATE", "2019-SP", id="season-of-year"),
        pytest.param("Het contract liep af op 27-03-2015.", LETTER, "27-03-2015", "DATE", "2015-03-27", id="numeric-dashes"),
        pytest.param("Getekend te Utrecht, 27.03.15.", LETTER, "27.03.15", "DATE", "2015-03-27", id="numeric-dots-two-digit-year"),
        pytest.param("Publicatiedatum 2020-01-06, versie 2.", LETTER, "2020-01-06", "DATE", "2020-01-06", id="iso-date"),
        pytest.param("De bijeenkomst begint om 22.00 uur.", LETTER, "22.00 uur", "TIME", "2020-01-06T22:00", id="clock-time"),
        pytest.param("De Dow Jones was om 16.08 uur UTC 2,62% gedaald.", dt.date(2008, 9, 17), "16.08 uur UTC", "TIME", "2008-09-17T16:08", id="clock-with-timezone"),
        pytest.param("Het kabinet heeft maandagavond een Kamerbrief verstuurd.", NEWS, "maandagavond", "TIME", "2020-01-06TEV", id="weekday-evening"),
        pytest.param("Defensie meldde gisteren dat de missie stopt.", NEWS, "gisteren", "DATE", "2020-01-06", id="gisteren"),
        pytest.param("Een woordvoerder zei vandaag dat de missie stopt.", NEWS, "vandaag", "DATE", "2020-01-07", id="vandaag"),
        pytest.param("De minister spreekt morgen met de Kamer.", NEWS, "morgen", "DATE", "2020-01-08", id="morgen"),
        pytest.param("Eergisteren viel het besluit.", NEWS, "Eergisteren", "DATE", "2020-01-05", id="eergisteren"),
        pytest.param("Zondag nam het Iraakse parlement een resolutie aan.", NEWS, "Zondag", "DATE", "2020-01-05", id="bare-weekday-past"),
        pytest.param("Vrijdag is er een ingelaste bijeenkomst van de ministers.", NEWS, "Vrijdag", "DATE", "2020-01-10", id="bare-weekday-nearest-future"),
        pytest.param("De Dow Jones daalde donderdag met 344 punten.", MARKET, "donderdag", "DATE", "2008-09-04", id="weekday-is-document-day"),
        pytest.param("De index kan komende vrijdag weer stijgen.", MARKET, "komende vrijdag", "DATE", "2008-09-05", id="komende-weekday"),
        pytest.param("Het aantal uitkeringen steeg vorige week met 15.000.", MARKET, "vorige week", "DATE", "2008-W35", id="vorige-week"),
        pytest.param("Er gaan deze week weer mariniers aan de slag.", NEWS, "deze week", "DATE", "2020-W02", id="deze-week"),
        pytest.param("De verkoop stijgt volgende maand weer.", NEWS, "volgende maand", "DATE", "2020-02", id="volgende-maand"),
        pytest.param("Iran heeft vorig jaar al gedreigd.", NEWS, "vorig jaar", "DATE", "2019", id="vorig-jaar"),
        pytest.param("De NAVO had afgelopen weekend de opleiding opgeschort.", NEWS, "afgelopen weekend", "DATE", "2020-W01-WE", id="afgelopen-weekend"),
        pytest.param("De generaal werd in de nacht van donderdag op vrijdag gedood.", NEWS, "nacht van donderdag op vrijdag", "TIME", "2020-01-02TNI", id="night-of-thursday"),
        pytest.param("Het gebeurde twee dagen geleden.", NEWS, "twee dagen geleden", "DATE", "2020-01-05", id="days-ago"),
        pytest.param("De Raad komt over drie weken opnieuw bijeen.", NEWS, "drie weken", "DATE", "2020-W05", id="over-weeks-is-a-date"),
        pytest.param("Eerder deze maand waren er al aanvallen.", NEWS, "Eerder deze maand", "DATE", "2020-01", id="eerder-deze-maand"),
        pytest.param("De komende dagen zal moeten blijken wat er gebeurt.", NEWS, "komende dagen", "DATE", "FUTURE_REF", id="komende-dagen-future-ref"),
        pytest.param("Het bedrijf vroeg onlangs faillissement aan.", NEWS, "onlangs", "DATE", "PAST_REF", id="onlangs-past-ref"),
        pytest.param("De Dow Jones staat momenteel op 10.769 punten.", NEWS, "momenteel", "DATE", "PRESENT_REF", id="momenteel-present-ref"),
        pytest.param("Ze werkt al 33 jaar voor het bedrijf.", NEWS, "33 jaar", "DURATION", "P33Y", id="duration-years"),
        pytest.param("Washington voert al meer dan een jaar een campagne.", NEWS, "meer dan een jaar", "DURATION", "P1Y", id="duration-with-quantifier"),
        pytest.param("De beurzen bleven tien dagen dicht.", NEWS, "tien dagen", "DURATION", "P10D", id="duration-days"),
        pytest.param("De afgelopen vijf jaar steeg de werkloosheid niet zo.", NEWS, "afgelopen vijf jaar", "DURATION", "P5Y", id="afgelopen-n-years-duration"),
        pytest.param("Japan kromp twee opeenvolgende kwartalen.", NEWS, "twee opeenvolgende kwartalen", "DURATION", "P2Q", id="consecutive-quarters"),
        pytest.param("De commissie vergadert elke week.", NEWS, "elke week", "SET", "P1W", id="set-every-week"),
        pytest.param("Er worden dagelijks patrouilles gelopen.", NEWS, "dagelijks", "SET", "P1D", id="set-daily"),
        pytest.param("Ford verloor in het vierde kwartaal van 2005 veel geld.", NEWS, "vierde kwartaal van 2005", "DATE", "2005-Q4", id="quarter-of-year"),
        pytest.param("De Dow sloot op het laagste punt sinds oktober vorig jaar.", dt.date(2009, 2, 20), "oktober vorig jaar", "DATE", "2008-10", id="month-of-last-year"),
        pytest.param("De Dow steeg tussen september en oktober 2007 vier weken op rij.", dt.date(2009, 4, 4), "september", "DATE", "2007-09", id="month-shares-following-year"),
        pytest.param("In de VS werd vorig jaar 13 miljoen auto's verkocht, 18% minder dan het jaar daarvoor.", dt.date(2009, 2, 3), "jaar daarvoor", "DATE", "2007", id="het-jaar-daarvoor"),
        pytest.param("Barra werd op vrijdag benoemd. Een dag eerder publiceerde Chrysler een lijst.", dt.date(2009, 5, 15), "Een dag eerder", "DATE", "2009-05-14", id="a-day-earlier-than-mentioned"),
        pytest.param("De Ford Taurus verdween uit het straatbeeld van de zeventiger en tachtiger jaren.", NEWS, "tachtiger jaren", "DATE", "198", id="decade"),
    ],
)
def test_timex_values(sentence, anchor, expr, typ, value):
    t = _find(sentence, anchor, expr)
    assert (t.type, t.value) == (typ, value)


@pytest.mark.parametrize(
    ("sentence", "forbidden"),
    [
        pytest.param("(Kamerstuk 27 925, nr. 662) van Nederlands militair en civiel personeel", ("27", "925", "662"), id="parliamentary-paper-number"),
        pytest.param("In de Artikel 100-brief staat de inzet beschreven.", ("100",), id="artikel-100-brief"),
        pytest.param("De coalitie waaraan 80 landen deelnemen is noodzakelijk.", ("80 landen", "80"), id="count-of-countries"),
        pytest.param("Daar trainen drie tot twaalf Nederlandse commando's Iraakse eenheden.", ("drie", "twaalf", "drie tot twaalf"), id="numbers-without-unit"),
        pytest.param("De Nikkei sloot op 2000 punten.", ("2000",), id="count-of-points-not-a-year"),
        pytest.param("De FTSE daalde tot 4907,20 punten.", ("4907",), id="decimal-number"),
        pytest.param("Mei Li, de woordvoerder, reageerde niet.", ("Mei",), id="mei-as-a-name"),
        pytest.param("De sonde bereikte Mars na een lange reis.", ("Mars",), id="mars-is-no-month"),
        pytest.param("Barra, 51 jaar oud, is de eerste vrouw aan het hoofd.", ("51 jaar", "51 jaar oud"), id="age-not-duration"),
        pytest.param("De koers zakte op wat Zwarte Maandag heet.", ("Maandag",), id="named-day"),
        pytest.param("De Russel 2000 Index van kleinere bedrijven daalde.", ("2000",), id="index-name-with-number"),
        pytest.param("Nu we dit hebben gedaan, moet het ministerie handelen.", ("Nu",), id="nu-as-conjunction"),
        pytest.param("De prijs steeg met 2,36% tot 118,40 punten.", ("2,36", "118,40", "36"), id="percentages"),
        pytest.param("Goedemorgen, zei hij, de morgen was koud.", ("morgen",), id="morgen-as-noun"),
    ],
)
def test_timex_no_false_positives(sentence, forbidden):
    tagged = {sentence[t.start : t.end] for t in tag_timexes(sentence, NEWS)}
    assert not tagged & set(forbidden), tagged


def test_timex_weekday_mismatch_prefers_reading_that_agrees():
    """10 January 2019 was a Thursday: in a letter of 6 January 2020, "Vrijdag 10 januari 2019" means 2020."""
    t = _find("Vrijdag 10 januari 2019 vindt een ingelaste Raad Buitenlandse Zaken plaats.", LETTER, "Vrijdag 10 januari 2019")
    assert t.value == "2020-01-10"
    assert "weekday-mismatch" in t.warnings


def test_timex_weekday_mismatch_without_anchor_keeps_stated_date():
    t = _find("Vrijdag 10 januari 2019 vindt een Raad plaats.", None, "Vrijdag 10 januari 2019")
    assert t.value == "2019-01-10"
    assert "weekday-mismatch" in t.warnings


@pytest.mark.parametrize(
    ("sentence", "expr", "value"),
    [
        pytest.param("Defensie meldde gisteren nog iets.", "gisteren", "PAST_REF", id="gisteren-needs-a-day"),
        pytest.param("De minister sprak morgen met de Kamer.", "morgen", "FUTURE_REF", id="morgen-needs-a-day"),
        pytest.param("Een woordvoerder zei vandaag iets.", "vandaag", "2020-01", id="vandaag-lies-in-the-month"),
        pytest.param("Zondag nam het parlement een resolutie aan.", "Zondag", "XXXX-WXX-7", id="weekday-underspecified"),
        pytest.param("Iran dreigde vorig jaar al.", "vorig jaar", "2019", id="year-still-resolvable"),
    ],
)
def test_timex_month_anchor_never_invents_a_day(sentence, expr, value):
    t = _find(sentence, dt.date(2020, 1, 1), expr, anchor_granularity="month")
    assert t.value == value


def test_timex_without_anchor_leaves_relative_underspecified():
    values = {t.value for t in tag_timexes("Gisteren zei hij dat het 3 januari gebeurde.", None)}
    assert values == {"PAST_REF", "XXXX-01-03"}


def test_timex_offsets_point_into_text():
    text = " date 2020-01 De NAVO had afgelopen weekend de opleiding opgeschort.\n\nZondag nam het parlement een resolutie aan."
    for t in tag_timexes(text, NEWS):
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end].strip() == text[t.start : t.end]


def test_timex_frog_tense_decides_missing_year():
    """With Frog tags, a past-tense finite verb puts "december" before the document date; without
    them "trad" (not in the word lists) gives no tense and the nearest December, in the future, wins."""
    text = "Het kabinet trad in december af."
    assert _find(text, dt.date(2020, 6, 20), "december").value == "2020-12"
    words = [("Het", "het", "LID(bep,stan,evon)"), ("kabinet", "kabinet", "N(soort,ev,basis,onz,stan)"),
             ("trad", "treden", "WW(pv,verl,ev)"), ("in", "in", "VZ(init)"),
             ("december", "december", "N(eigen,ev,basis,zijd,stan)"), ("af", "af", "VZ(fin)"), (".", ".", "LET()")]
    tokens, pos = [], 0
    for w, lemma, tag in words:
        i = text.index(w, pos)
        tokens.append(Token(i, i + len(w), lemma, tag))
        pos = i + len(w)
    t = _find(text, dt.date(2020, 6, 20), "december", tokens=tokens)
    assert t.value == "2019-12"


def test_timex_component_uses_published_date():
    doc = Document(id="d-1", text="Het parlement nam gisteren een motie aan.", source="x",
                   published=PublishedDate("2020-01-06", "day", "inferred", "2020-01"))
    doc = TimexTagger()(doc)
    assert [(doc.span_text(t), t.value, t.anchor) for t in doc.timexes] == [("gisteren", "2020-01-05", "2020-01-06")]


def test_timex_seed_letter(seeds_dir):
    """The hard-wrapped Kamerbrief: every date the letter states, resolved against its heading."""
    path = next(seeds_dir.glob("002_*.txt"))
    text = path.read_text(encoding="utf-8")
    got = {" ".join(text[t.start : t.end].split()): t.value for t in tag_timexes(text, LETTER)}
    assert got["6 januari 2020"] == "2020-01-06"
    assert got["vrijdag 10 januari aanstaande"] == "2020-01-10"
    assert got["3 januari jl."] == "2020-01-03"
    assert got["18 december jl."] == "2019-12-18"
    assert got["zondag 5 januari"] == "2020-01-05"
    assert got["18 oktober 2019"] == "2019-10-18"
    assert got["Vrijdag 10 januari 2019"] == "2020-01-10"
    assert "27 925" not in got and "662" not in got


FRIDAY = dt.date(2000, 6, 2)  # a Friday, like a De Morgen edition
SATURDAY = dt.date(2000, 7, 1)


@pytest.mark.parametrize(
    ("sentence", "anchor", "expr", "typ", "value"),
    [
        # parts of the day
        pytest.param("De politie greep gisterenavond in.", FRIDAY, "gisterenavond", "TIME", "2000-06-01TEV", id="flemish-gisterenavond"),
        pytest.param("Het drama eindigde omstreeks halfacht gisterenavond.", FRIDAY, "halfacht gisterenavond", "TIME", "2000-06-01T19:30", id="half-hour-with-evening-is-pm"),
        pytest.param("De vergadering begint om half negen.", FRIDAY, "half negen", "TIME", "2000-06-02T08:30", id="half-hour-two-words"),
        pytest.param("Er werd gisterenavond om 18 uur een persstop afgekondigd.", FRIDAY, "18 uur", "TIME", "2000-06-01T18:00", id="clock-takes-the-day-before-it"),
        pytest.param("De zon scheen tot 8 uur 's avonds.", FRIDAY, "8 uur 's avonds", "TIME", "2000-06-02T20:00", id="hour-in-the-evening-is-pm"),
        pytest.param("Ze werd woensdag dertig en 's avonds was er een feest.", FRIDAY, "'s avonds", "TIME", "2000-05-31TEV", id="s-avonds-of-the-day-named"),
        pytest.param("Hij traint 's morgens op de piste.", FRIDAY, "'s morgens", "TIME", "XXXX-XX-XXTMO", id="s-morgens-habitual"),
        pytest.param("Later deze middag komen er wolken.", SATURDAY, "Later deze middag", "TIME", "2000-07-01TAF", id="later-deze-middag"),
        pytest.param("Een koufront trekt komende nacht over het land.", SATURDAY, "komende nacht", "TIME", "2000-07-01TNI", id="komende-nacht-is-tonight"),
        # vague future, calendar units, anaphora
        pytest.param("Volgende dagen: wisselvallig met buien.", SATURDAY, "Volgende dagen", "DATE", "FUTURE_REF", id="volgende-dagen-future-ref"),
        pytest.param("Het weer wordt beter voor de volgende weken.", SATURDAY, "volgende weken", "DATE", "FUTURE_REF", id="volgende-weken-future-ref"),
        pytest.param("In de tweede helft van de week wordt het kouder.", SATURDAY, "tweede helft van de week", "DATE", "2000-W26", id="half-of-the-week-is-the-week"),
        pytest.param("Tijdens het afgelopen kalenderjaar werkte ik elke dag.", FRIDAY, "afgelopen kalenderjaar", "DATE", "1999", id="calendar-year-is-a-date"),
        pytest.param("Hij won dit seizoen al drie races.", SATURDAY, "dit seizoen", "DATE", "2000", id="dit-seizoen-is-its-year"),
        pytest.param("In 1954 richtte hij een partij op, die datzelfde jaar nog fuseerde.", None, "datzelfde jaar", "DATE", "1954", id="datzelfde-jaar-anaphor"),
        pytest.param("Hij debuteerde in 1990; het daaropvolgende jaar won hij.", SATURDAY, "daaropvolgende jaar", "DATE", "1991", id="daaropvolgende-jaar-anaphor"),
        # months
        pytest.param("Dat was toch een fraaie junimaand.", SATURDAY, "junimaand", "DATE", "2000-06", id="month-compound"),
        pytest.param("Het gemiddelde voor de voorbije julimaand was laag.", dt.date(2000, 8, 1), "voorbije julimaand", "DATE", "2000-07", id="voorbije-month-compound"),
        pytest.param("De voorbije maand juli was somber.", dt.date(2000, 8, 1), "voorbije maand juli", "DATE", "2000-07", id="voorbije-maand-juli"),
        pytest.param("Misschien doet de oogstmaand het beter.", dt.date(2000, 8, 1), "oogstmaand", "DATE", "2000-08", id="old-month-name-august"),
        pytest.param("Het record dateert van de hooimaand van 1984.", dt.date(2000, 8, 1), "hooimaand van 1984", "DATE", "1984-07", id="old-month-name-with-year"),
        pytest.param("Het was de laatste dag van juli.", dt.date(2000, 8, 1), "laatste dag van juli", "DATE", "2000-07-31", id="last-day-of-month"),
        # durations
        pytest.param("De psychologie heeft driekwart eeuw de tijd gehad.", None, "driekwart eeuw", "DURATION", "P75Y", id="three-quarters-of-a-century"),
        pytest.param("Het betalingsverkeer haperde gedurende enkele kwartieren.", None, "enkele kwartieren", "DURATION", "PTXM", id="quarters-of-an-hour-vague"),
        pytest.param("De file duurde drie kwartier.", None, "drie kwartier", "DURATION", "PT45M", id="quarters-of-an-hour-counted"),
        pytest.param("Hij hield het drie jaar lang vol.", None, "drie jaar lang", "DURATION", "P3Y", id="trailing-lang"),
        pytest.param("Hij preekte 28 uur en 45 minuten aan een stuk.", None, "28 uur en 45 minuten", "DURATION", "PT28H45M", id="compound-duration-hours-minutes"),
        pytest.param("Ze reed de tijdrit in 7 minuten en 47 seconden.", None, "7 minuten en 47 seconden", "DURATION", "PT7M47S", id="compound-duration-minutes-seconds"),
        pytest.param("Precies 2.457 dagen wachtte het land op een zege.", None, "Precies 2.457 dagen", "DURATION", "P2457D", id="thousands-dot-in-a-count"),
        pytest.param("Ik werkte tussen de 50 en 55 uur per week.", None, "50 en 55 uur", "DURATION", "PTXH", id="range-of-hours-is-vague"),
        pytest.param("Dat duurde tientallen jaren.", None, "tientallen jaren", "DURATION", "PXDE", id="tientallen-jaren-decades"),
        # sets
        pytest.param("Het valt of er om de twee dagen een bui valt.", None, "om de twee dagen", "SET", "P2D", id="om-de-twee-dagen"),
        pytest.param("Je geeft vijf dagen per week over.", None, "vijf dagen per week", "SET", "P1W", id="days-per-week-is-weekly"),
        # decades and centuries with modifiers
        pytest.param("Eind jaren 60 liepen de spanningen op.", None, "Eind jaren 60", "DATE", "196", id="eind-jaren-60"),
        pytest.param("De werf raakte halverwege de jaren '80 in de problemen.", None, "halverwege de jaren '80", "DATE", "198", id="halverwege-de-jaren-80"),
        pytest.param("Tot het einde van de jaren 1960 sprak hij voor zijn partij.", None, "einde van de jaren 1960", "DATE", "196", id="decade-in-four-digits"),
        pytest.param("Sinds het begin van de eenentwintigste eeuw is de krant moderner.", None, "begin van de eenentwintigste eeuw", "DATE", "20", id="begin-of-century"),
        # clock times
        pytest.param("Ze riepen elkaar toe om 23u15 op 20 september.", None, "23u15", "TIME", "XXXX-XX-XXT23:15", id="belgian-clock-time"),
        pytest.param("Het journaal komt van 19.00 tot 19.25 uur.", SATURDAY, "19.00", "TIME", "2000-07-01T19:00", id="first-end-of-clock-range"),
        pytest.param("Aftrap: zondag 20 uur, De Kuip.", SATURDAY, "20 uur", "TIME", "2000-07-02T20:00", id="hour-after-weekday-is-a-clock-time"),
        # dates, ranges and carried years
        pytest.param("Hij was partijvoorzitter (1955-1975).", None, "1955", "DATE", "1955", id="year-range-first"),
        pytest.param("Hij was partijvoorzitter (1955-1975).", None, "1975", "DATE", "1975", id="year-range-second"),
        pytest.param("De werkgroep vergaderde in 2000 - 2001 uiteindelijk vaak.", None, "2001", "DATE", "2001", id="spaced-year-range-second"),
        pytest.param("De aanval moest gebeuren tussen 20 - 25 september 1943.", None, "20", "DATE", "1943-09-20", id="day-range-first-day"),
        pytest.param("24 maart - 2 april 1992: Frimout vliegt rond de aarde.", None, "24 maart", "DATE", "1992-03-24", id="year-carried-back-over-range"),
        pytest.param("Op 13, 14 en 15 augustus is de toegang gratis.", SATURDAY, "13", "DATE", "2000-08-13", id="listed-days-share-the-month"),
        # half a year from both Decembers: "loopt ... tot 31 december" points ahead, and the first day
        # takes the year of the range's end (alone "28 december" would be nearer in 2001 anyway)
        pytest.param("De Ronde loopt van 28 tot 31 december.", dt.date(2001, 6, 30), "28", "DATE", "2001-12-28", id="first-day-takes-the-year-of-the-range-end"),
        pytest.param("Ze patrouilleerden tot 4 oktober en waren terug rond 7 oktober 1943.", None, "4 oktober", "DATE", "1943-10-04", id="undated-year-from-same-sentence"),
        pytest.param("Tijdens de nacht van 10 en 11 februari 1944 vlogen de bommenwerpers.", None, "nacht van 10 en 11 februari 1944", "TIME", "1944-02-10TNI", id="night-between-two-dates"),
        pytest.param("Het akkoord werd op Goede Vrijdag 1998 gesloten.", None, "Goede Vrijdag 1998", "DATE", "1998-04-10", id="good-friday-from-easter"),
        pytest.param("Sinds ongeveer 1960 wordt die test gebruikt.", None, "ongeveer 1960", "DATE", "1960", id="approximate-year"),
        pytest.param("Nederland speelde gisteren zondag tegen Italië.", dt.date(2000, 6, 26), "gisteren zondag", "DATE", "2000-06-25", id="gisteren-zondag-one-date"),
        pytest.param("Ten laatste maandag zou er meer duidelijkheid moeten zijn.", FRIDAY, "maandag", "DATE", "2000-06-05", id="deadline-weekday-lies-ahead"),
        # no document date: tagged, with the value left open
        pytest.param("De fractie komt niet naar de vergadering die morgen wordt gehouden.", None, "morgen", "DATE", "FUTURE_REF", id="morgen-after-relative-pronoun"),
        pytest.param("De NS moet aan het eind van het jaar met een plan komen.", None, "eind van het jaar", "DATE", "XXXX", id="eind-van-het-jaar-undated"),
        pytest.param("De NS moet aan het eind van het jaar met een plan komen.", FRIDAY, "eind van het jaar", "DATE", "2000", id="eind-van-het-jaar-dated"),
    ],
)
def test_timex_flemish_and_treebank_values(sentence, anchor, expr, typ, value):
    t = _find(sentence, anchor, expr)
    assert (t.type, t.value) == (typ, value)


@pytest.mark.parametrize(
    ("sentence", "forbidden"),
    [
        pytest.param("Op Roze Zaterdag liepen duizenden mensen mee.", ("Zaterdag",), id="event-name-roze-zaterdag"),
        pytest.param("De test screent negen maanden oude zuigelingen.", ("negen maanden",), id="age-in-months-before-oude"),
        pytest.param("De zorg voor kinderen van 0 tot 4 jaar wordt uitgebreid.", ("0 tot 4 jaar", "4 jaar"), id="age-range-from-zero"),
        pytest.param("Vanaf 50 jaar zal ik minder verdienen.", ("50 jaar",), id="age-after-vanaf"),
        pytest.param("Elk uur komen er quizen bij, 24 uur op 24.", ("24 uur",), id="idiom-24-uur-op-24"),
        pytest.param("In de gemiddelde julimaand schijnt de zon 198 uur.", ("julimaand", "gemiddelde julimaand"), id="generic-month-compound"),
        pytest.param("Het werd de somberste julimaand ooit.", ("julimaand",), id="superlative-month-compound-is-generic"),
        pytest.param("Het verbruik steeg met 1000-2000 euro per gezin.", ("1000", "2000"), id="amount-range-is-no-year-range"),
    ],
)
def test_timex_flemish_and_treebank_no_false_positives(sentence, forbidden):
    tagged = {sentence[t.start : t.end] for t in tag_timexes(sentence, FRIDAY)}
    assert not tagged & set(forbidden), tagged


def test_timex_year_range_gives_two_expressions():
    text = "Hij zat in de Kamer (1958-1974) en in de senaat (1974-1985)."
    got = [(text[t.start : t.end], t.value) for t in tag_timexes(text, None)]
    assert got == [("1958", "1958"), ("1974", "1974"), ("1974", "1974"), ("1985", "1985")]


def test_timex_every_rule_kind_has_a_resolver() -> None:
    """The dispatch is an explicit table: a rule whose kind has no resolver would drop its spans silently."""
    from kroniek.extract.timex.patterns import RULES
    from kroniek.extract.timex.tagger import RESOLVERS

    kinds = {kind for kind, _, _ in RULES} | {"rangeday", "year"}
    assert kinds - set(RESOLVERS) == set()
    assert set(RESOLVERS) - kinds == set(), "a resolver no rule proposes"
