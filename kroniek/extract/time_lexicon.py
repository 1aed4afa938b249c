"""Dutch word lists for time expressions (data, not logic); months and weekdays live in kroniek.lexicon,
number words in kroniek.numbers."""

from __future__ import annotations

from ..numbers import CARDINALS, TENS

# "halfacht" is half past seven (7:30): the hour word names the hour the half leads up to.
HALF_HOURS: dict[str, int] = {
    "half" + w: (v - 1) % 12 or 12 for w, v in CARDINALS.items() if 1 <= v <= 12 and w not in ("één", "eén")
}
# Month names as compounds ("junimaand") and the old Dutch month names ("oogstmaand" = August).
# "lentemaand", "zomermaand", "herfstmaand" and "wintermaand" are left out: today they mostly
# mean "a month of that season", not one month.
OLD_MONTHS: dict[str, int] = {
    "louwmaand": 1, "sprokkelmaand": 2, "grasmaand": 4, "bloeimaand": 5, "hooimaand": 7,
    "oogstmaand": 8, "wijnmaand": 10, "slachtmaand": 11,
}
# Quantities that say "some" without a number: TIMEX3 writes them as X ("PXD").
VAGUE_QUANTITIES = (
    "een paar", "een aantal", "enkele", "meerdere", "vele", "verscheidene", "tientallen",
    "honderden", "luttele", "een handvol", "diverse",
)
ORDINALS: dict[str, int] = {
    "eerste": 1, "1e": 1, "1ste": 1, "tweede": 2, "2e": 2, "2de": 2, "derde": 3, "3e": 3, "3de": 3,
    "vierde": 4, "4e": 4, "4de": 4, "laatste": -1,
}

# Duration units -> (TIMEX3 designator, is a time unit (PT...), calendar unit used for "N ago")
UNITS: dict[str, tuple[str, bool, str]] = {
    "seconde": ("S", True, "minute"), "seconden": ("S", True, "minute"),
    "minuut": ("M", True, "minute"), "minuten": ("M", True, "minute"),
    "uur": ("H", True, "minute"), "uren": ("H", True, "minute"),
    "kwartier": ("M", True, "minute"), "kwartieren": ("M", True, "minute"),  # 15 minutes each
    "dag": ("D", False, "day"), "dagen": ("D", False, "day"),
    "etmaal": ("D", False, "day"), "etmalen": ("D", False, "day"),
    "handelsdag": ("D", False, "day"), "handelsdagen": ("D", False, "day"),
    "werkdag": ("D", False, "day"), "werkdagen": ("D", False, "day"),
    "week": ("W", False, "week"), "weken": ("W", False, "week"),
    "weekend": ("WE", False, "weekend"), "weekenden": ("WE", False, "weekend"),
    "maand": ("M", False, "month"), "maanden": ("M", False, "month"),
    "kwartaal": ("Q", False, "quarter"), "kwartalen": ("Q", False, "quarter"),
    "jaar": ("Y", False, "year"), "jaren": ("Y", False, "year"),
    "decennium": ("DE", False, "decade"), "decennia": ("DE", False, "decade"),
    "eeuw": ("CE", False, "century"), "eeuwen": ("CE", False, "century"),
    "weekeinde": ("WE", False, "weekend"), "weekeinden": ("WE", False, "weekend"),
    # diminutives of speech and quotes: "een jaartje", "een half uurtje", "een weekje" ("een dagje uit"
    # is an outing, so no "dagje")
    "minuutje": ("M", True, "minute"), "minuutjes": ("M", True, "minute"),
    "uurtje": ("H", True, "minute"), "uurtjes": ("H", True, "minute"),
    # "een halfuur": half an hour (the count is halved in resolve_durations)
    "halfuur": ("H", True, "minute"), "halfuurtje": ("H", True, "minute"),
    "weekje": ("W", False, "week"), "weekjes": ("W", False, "week"),
    "maandje": ("M", False, "month"), "maandjes": ("M", False, "month"),
    "jaartje": ("Y", False, "year"), "jaartjes": ("Y", False, "year"),
}

# Parts of the day: TIMEX3 codes
DAYPARTS: dict[str, str] = {
    "ochtend": "MO", "morgen": "MO", "voormiddag": "MO", "middag": "AF", "namiddag": "AF",
    "avond": "EV", "nacht": "NI",
}
# One-word deictic expressions: (day offset from the document date, part of day or "")
DEICTIC: dict[str, tuple[int, str]] = {
    "vandaag": (0, ""), "heden": (0, ""), "gisteren": (-1, ""), "eergisteren": (-2, ""),
    "morgen": (1, ""), "overmorgen": (2, ""),
    "vanochtend": (0, "MO"), "vanmorgen": (0, "MO"), "vanmiddag": (0, "AF"),
    "vanavond": (0, "EV"), "vannacht": (0, "NI"),
    "gisterochtend": (-1, "MO"), "gistermorgen": (-1, "MO"), "gistermiddag": (-1, "AF"),
    "gisteravond": (-1, "EV"), "gisternacht": (-1, "NI"),
    # the Flemish (and spoken) forms with "gisteren-"
    "gisterenochtend": (-1, "MO"), "gisterenmorgen": (-1, "MO"), "gisterenmiddag": (-1, "AF"),
    "gisterenavond": (-1, "EV"), "gisterennacht": (-1, "NI"),
    "morgenochtend": (1, "MO"), "morgenvroeg": (1, "MO"), "morgenmiddag": (1, "AF"),
    "morgenavond": (1, "EV"),
}

SEASONS: dict[str, str] = {
    "lente": "SP", "voorjaar": "SP", "zomer": "SU", "herfst": "FA", "najaar": "FA", "winter": "WI",
}

# Decades written as words ("de jaren tachtig", "de tachtiger jaren")
DECADE_WORDS: dict[str, int] = {
    **{w: v // 10 for w, v in TENS.items()}, **{w + "er": v // 10 for w, v in TENS.items()},
}

SET_ADVERBS: dict[str, str] = {
    "dagelijks": "P1D", "wekelijks": "P1W", "maandelijks": "P1M", "jaarlijks": "P1Y",
    "tweewekelijks": "P2W", "driemaandelijks": "P3M", "halfjaarlijks": "P6M", "tweejaarlijks": "P2Y",
}

TIMEZONES = ("UTC", "GMT", "CET", "CEST", "EST", "EDT", "CST", "PST", "PDT", "MEZ")

# Words that make a bare four-digit number a year when they come just before it.
YEAR_CUES = frozenset(
    ["in", "sinds", "vanaf", "sedert", "tot", "t/m", "van", "voor", "na", "rond", "omstreeks", "begin", "eind", "einde", "medio", "halverwege", "midden", "jaar", "voorjaar", "najaar", "zomer", "winter", "herfst", "lente", "kerst", "anno", "circa", "ca.", "per", "uiterlijk", "eind-", "begin-", "en"]
)
# Lower-case words that may follow a year (anything else after a bare number suggests a count: "2000 punten").
AFTER_YEAR_OK = frozenset(
    ["en", "of", "tot", "is", "was", "werd", "werden", "zijn", "waren", "heeft", "hebben", "had", "hadden", "kan", "kon", "kunnen", "zal", "zou", "zullen", "wordt", "worden", "maar", "toen", "als", "in", "op", "de", "het", "een", "nog", "al", "ook", "niet", "moet", "moest", "door", "met", "voor", "na", "naar", "bij", "om", "te", "dat", "die", "wel", "weer", "pas", "dan", "gaat", "ging", "gingen", "kwam", "komt", "staat", "stond", "begon", "eindigde", "verscheen", "overleed", "liep", "bleef", "steeg", "daalde", "tijdens", "sinds", "vanaf", "verloor", "won", "meldde", "hield", "nam", "kreeg", "zag", "leek", "lijkt", "ligt", "lag"]
)
# Count nouns that rule out a year reading even after "in"/"van" ("van 2000 euro").
COUNT_NOUNS = frozenset(
    ["euro", "dollar", "dollars", "pond", "punten", "punt", "procent", "mensen", "man", "vrouwen", "kinderen", "stuks", "keer", "km", "kilometer", "meter", "ton", "kilo", "liter", "banen", "auto's", "huizen", "inwoners", "leden", "werknemers", "stemmen", "militairen", "soldaten", "doden", "slachtoffers"]
)

# Markers of tense for completing partial dates (used when no Frog tags are available).
FUTURE_MARKERS = frozenset(["zal", "zullen", "zult", "aanstaande", "komende", "volgende", "straks", "binnenkort"])
PAST_MARKERS = frozenset(
    ["was", "waren", "werd", "werden", "had", "hadden", "zei", "zeiden", "kwam", "kwamen", "ging", "gingen", "nam", "namen", "gaf", "gaven", "sloot", "sloten", "stond", "stonden", "bleef", "bleven", "steeg", "stegen", "viel", "vielen", "liet", "lieten", "hield", "hielden", "bracht", "brachten", "dacht", "dachten", "zag", "zagen", "vond", "vonden", "kreeg", "kregen", "wilde", "wilden", "kon", "konden", "moest", "moesten", "mocht", "mochten", "verloor", "won", "wonnen", "begon", "begonnen", "sprak", "spraken", "schreef", "schreven", "trok", "trokken", "liep", "liepen", "riep", "riepen", "droeg", "vroegen", "sloeg", "lag", "lagen", "zat", "zaten", "kocht", "kochten", "zocht", "bood", "boden", "verscheen", "overleed", "stierf", "stierven", "vertrok", "vertrokken", "wees", "koos", "kozen", "sneuvelde", "kromp", "verdween", "verdwenen", "ontstond", "bestond", "betrof", "sprong", "sprongen", "dook", "brak", "braken", "schoot", "schoten", "vloog", "reed", "hing", "hingen", "ving", "wierp", "zweeg", "schoof", "bleek", "bleken", "leek", "leken", "scheen", "verkreeg", "verliet", "vergat", "hief", "beval", "verbood", "verbond", "ontving", "ontvingen", "onderging", "onderschreef", "weigerde", "deed", "deden", "wist", "wisten", "besloot", "verbleef", "hielp", "hielpen", "stal", "vocht", "vochten", "afgelopen", "vorige", "vorig", "jl.", "geleden", "gisteren", "eergisteren"]
)
# Words ending in -de/-te/-den/-ten that are not past-tense verbs.
NOT_PAST = frozenset(
    ["grote", "laatste", "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende", "goede", "oude", "beide", "harde", "rode", "brede", "dode", "wijde", "hoogste", "beste", "grootste", "meeste", "minste", "andere", "verwachte", "vorige", "komende", "volgende", "hele", "halve", "zelfde", "dezelfde", "weekend", "ten", "tijde", "verschillende", "bekende", "verenigde", "lokale", "totale", "vaste", "ernstige", "aanstaande", "staten", "zaken", "landen", "eenheden", "steden", "mensen", "leden", "tijden", "maanden", "kanten", "handen", "punten", "procenten", "gevolgen"]
)
# Common words that end like a weak past form but are not one: infinitives and present plurals of
# d-stem verbs ("worden", "vinden"), nouns ("ronde", "waarde", "vrienden").
NOT_PAST = NOT_PAST | frozenset(
    ["worden", "vinden", "houden", "melden", "rijden", "zenden", "branden", "landen", "binden", "wenden", "bidden",
     "ronde", "rondes", "waarde", "waarden", "aarde", "orde", "beelden", "velden", "woorden", "gronden", "honden",
     "avonden", "vrienden", "zonde", "stranden", "echte", "slechte", "lichte", "zachte", "rechte", "diepte", "wilde"]
)
# Verbs that report what was said or done ("meldt de politie dinsdag"): their present tense is
# news of the last days, not a plan.
REPORTING_VERBS = frozenset(
    ["meldt", "melden", "zegt", "zeggen", "schrijft", "schrijven", "laat", "laten", "bevestigt", "bevestigen",
     "maakt", "maken", "bericht", "berichten", "verklaart", "stelt", "waarschuwt", "meldde", "blijkt", "aldus",
     "twittert", "vertelt", "kondigt", "zei", "zegt", "reageert", "ontkent", "erkent", "benadrukt", "liet",
     "zeggen", "melden", "zegde", "bericht", "rapporteert", "onthult", "constateert", "concludeert"]
)
# Frequent finite verb forms of the present tense: a clause with one of them (or any past or
# future marker) has a finite verb; a clause without ("maandagavond aan de Ramlehweg") is a phrase.
FINITE_HINTS = frozenset(
    ["is", "zijn", "wordt", "worden", "heeft", "hebben", "gaat", "gaan", "komt", "komen", "staat", "staan", "kan",
     "kunnen", "moet", "moeten", "mag", "mogen", "wil", "willen", "blijft", "blijven", "krijgt", "krijgen", "geldt",
     "gelden", "begint", "beginnen", "opent", "openen", "sluit", "sluiten", "speelt", "spelen", "loopt", "lopen",
     "vindt", "houdt", "houden", "trekt", "trekken", "doet", "doen", "ligt", "liggen", "zit", "zitten", "neemt",
     "nemen", "rijdt", "rijden", "vertrekt", "verschijnt", "treedt", "presenteert", "start", "starten", "valt",
     "vallen", "volgt", "volgen", "wacht", "wachten", "zoekt", "zoeken", "brengt", "brengen", "deelneemt", "organiseert",
     "verwacht", "verwachten", "hoopt", "hopen", "gaat", "betaalt", "kost", "kosten", "draait", "toont", "viert", "vieren"]
)
DETERMINERS = frozenset(["de", "het", "een", "deze", "die", "dit", "dat", "zijn", "haar", "hun", "onze", "mijn", "elke", "ieder", "welke", "geen"])

# Named days of the church and civil year, as rules for ``time_calendar.feast_day``: "MM-DD"
# fixed, "easter+N" movable, "MM/WD/N" the N-th weekday of a month, "kingsday" 27 April (26th
# when the 27th is a Sunday). With a year ("Goede Vrijdag 1998") any of them is tagged; alone
# only those in FEASTS_ALONE, and Koningsdag and Bevrijdingsdag only capitalised (lower-case
# "de bevrijdingsdag van Valkenswaard" is a town's own day). Compounds ("het Goede
# Vrijdag-akkoord") are left alone.
FEAST_DAYS: dict[str, str] = {
    "witte donderdag": "easter-3", "goede vrijdag": "easter-2", "stille zaterdag": "easter-1",
    "pasen": "easter", "paaszondag": "easter", "eerste paasdag": "easter", "paasmaandag": "easter+1",
    "tweede paasdag": "easter+1", "hemelvaartsdag": "easter+39", "hemelvaart": "easter+39",
    "pinksteren": "easter+49", "pinksterzondag": "easter+49", "eerste pinksterdag": "easter+49",
    "pinkstermaandag": "easter+50", "tweede pinksterdag": "easter+50",
    "kerstmis": "12-25", "kerst": "12-25", "kerstdag": "12-25", "eerste kerstdag": "12-25",
    "tweede kerstdag": "12-26", "nieuwjaarsdag": "01-01", "oudejaarsdag": "12-31", "oud en nieuw": "12-31",
    "allerheiligen": "11-01", "allerzielen": "11-02", "koningsdag": "kingsday", "bevrijdingsdag": "05-05",
    "dodenherdenking": "05-04", "prinsjesdag": "09/1/3", "sinterklaasavond": "12-05", "pakjesavond": "12-05",
    "kerstavond": "12-24", "oudejaarsavond": "12-31", "oudjaarsavond": "12-31", "moederdag": "05/6/2", "vaderdag": "06/6/3",
    "valentijnsdag": "02-14",
    # long weekends named after a feast: the weekend of (or before) the feast day
    "paasweekend": "easter", "pinksterweekend": "easter+49", "kerstweekend": "12-25",
}
FEASTS_ALONE = frozenset(FEAST_DAYS) - {"kerstdag", "hemelvaart", "allerheiligen", "allerzielen"}
FEAST_EVENINGS = frozenset(["sinterklaasavond", "pakjesavond", "kerstavond", "oudejaarsavond", "oudjaarsavond"])
FEAST_CAPITALISED = frozenset(["koningsdag", "bevrijdingsdag"])
# National days of other countries, "Onafhankelijkheidsdag" and "de nationale feestdag (van X)": the
# day depends on the country, which the text names ("van België") or gives nearby ("de beurzen in
# New York", "de Amerikaanse"). Country cue (a lower-case stem of its name or adjective) -> "MM-DD".
NATIONAL_DAYS: dict[str, str] = {
    "verenigde staten": "07-04", "amerika": "07-04", "vs": "07-04", "new york": "07-04", "wall street": "07-04",
    "washington": "07-04", "belgi": "07-21", "frankrijk": "07-14", "frans": "07-14", "parijs": "07-14",
    "surinam": "11-25", "indonesi": "08-17", "india": "08-15", "indiase": "08-15", "oekra": "08-24",
    "mexic": "09-16", "duitsland": "10-03", "duitse": "10-03", "noorwegen": "05-17", "noorse": "05-17",
    "zwitser": "08-01", "canad": "07-01", "australi": "01-26", "polen": "11-11", "poolse": "11-11",
    "ierland": "03-17", "ierse": "03-17", "brazili": "09-07", "argentin": "07-09", "venezuela": "07-05",
    "pakistan": "08-14", "oostenrijk": "10-26", "spanje": "10-12", "spaanse": "10-12", "itali": "06-02",
    "portug": "06-10", "luxemburg": "06-23", "denemarken": "06-05", "deense": "06-05", "zweden": "06-06",
    "zweedse": "06-06", "finland": "12-06", "finse": "12-06", "kenia": "12-12", "nigeria": "10-01",
    "china": "10-01", "chinese": "10-01", "filipijn": "06-12", "peru": "07-28", "colombia": "07-20",
    "ghana": "03-06", "marokk": "07-30", "turkije": "10-29", "turkse": "10-29", "rusland": "06-12",
    "russische": "06-12", "griekenland": "03-25", "griekse": "03-25", "israël": "", "israëlische": "",
}

# School holidays whose season is the same everywhere: DATE of that season of the year.
HOLIDAY_SEASONS: dict[str, str] = {"zomervakantie": "SU", "zomerreces": "SU"}

# people (and "leeftijd") before "tussen vier en zes jaar": the numbers are their ages, not a duration
AGE_NOUNS = frozenset(
    ["kinderen", "jongeren", "tieners", "kids", "baby's", "peuters", "kleuters", "scholieren", "leerlingen", "studenten", "mensen", "personen", "mannen", "vrouwen", "jongens", "meisjes", "volwassenen", "ouderen", "senioren", "deelnemers", "patiënten", "slachtoffers", "verdachten", "daders", "inwoners", "spelers", "sporters", "vluchtelingen", "migranten", "bewoners", "leeftijd", "leeftijden"]
)
