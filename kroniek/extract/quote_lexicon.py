"""Closed Dutch word lists for quotation and reported-speech attribution (data, not logic).

Reporting verbs are listed by lemma with the surface forms news text uses, so the surface
fallback needs no lemmatiser; with Frog the lemma column catches any form missed here.
Only verbs of saying and writing are listed: cognition verbs (denken, vinden, geloven, hopen)
report opinions, not speech, and are left out on purpose (see eval/quotes/README.md).
"""

from __future__ import annotations

# lemma -> inflected forms (present, past, participle). A separable verb is listed under its
# full lemma; its finite forms are split off ("geeft ... aan") and handled through PARTICLES.
REPORTING_VERBS: dict[str, tuple[str, ...]] = {
    "zeggen": ("zeg", "zegt", "zeggen", "zei", "zeiden", "zegde", "gezegd"),
    "stellen": ("stelt", "stellen", "stelde", "stelden", "gesteld"),
    "melden": ("meldt", "melden", "meldde", "meldden", "gemeld"),
    "verklaren": ("verklaart", "verklaren", "verklaarde", "verklaarden", "verklaard"),
    "benadrukken": ("benadrukt", "benadrukken", "benadrukte", "benadrukten"),
    "onderstrepen": ("onderstreept", "onderstrepen", "onderstreepte", "onderstreepten"),
    "waarschuwen": ("waarschuwt", "waarschuwen", "waarschuwde", "waarschuwden", "gewaarschuwd"),
    "schrijven": ("schrijft", "schrijven", "schreef", "schreven", "geschreven"),
    "vertellen": ("vertelt", "vertellen", "vertelde", "vertelden", "verteld"),
    "erkennen": ("erkent", "erkennen", "erkende", "erkenden", "erkend"),
    "ontkennen": ("ontkent", "ontkennen", "ontkende", "ontkenden", "ontkend"),
    "beweren": ("beweert", "beweren", "beweerde", "beweerden", "beweerd"),
    "bevestigen": ("bevestigt", "bevestigen", "bevestigde", "bevestigden", "bevestigd"),
    "beloven": ("belooft", "beloven", "beloofde", "beloofden", "beloofd"),
    "verzekeren": ("verzekert", "verzekeren", "verzekerde", "verzekerden", "verzekerd"),
    "concluderen": ("concludeert", "concluderen", "concludeerde", "concludeerden", "geconcludeerd"),
    "antwoorden": ("antwoordt", "antwoorden", "antwoordde", "antwoordden", "geantwoord"),
    "aankondigen": ("aangekondigd", "aankondigen"),
    "aangeven": ("aangegeven", "aangeven"),
    "toezeggen": ("toegezegd", "toezeggen"),
    "toegeven": ("toegegeven", "toegeven"),  # admitting ("geeft toe dat"), with "dat" only
    "toevoegen": ("toegevoegd",),
    "uitleggen": ("uitgelegd", "uitleggen"),
    "toelichten": ("toegelicht", "toelichten"),
    "opmerken": ("opgemerkt",),
    "meedelen": ("meegedeeld",),
    "laten weten": (),  # multi-word: see MULTIWORD
    "wijzen op": (),  # "wees erop dat": see PARTICLES
    "suggereren": ("suggereert", "suggereerde", "suggereerden", "gesuggereerd"),
    "tweeten": ("tweet", "tweette", "tweetten", "getweet", "twittert", "twitterde"),
    "reageren": ("reageert", "reageerde", "reageerden", "gereageerd"),
    "oordelen": ("oordeelt", "oordeelde", "oordeelden", "geoordeeld"),
    "vermelden": ("vermeldt", "vermeldde", "vermeldden", "vermeld"),
    "argumenteren": ("argumenteert", "argumenteerde", "argumenteerden", "geargumenteerd"),
    "preciseren": ("preciseert", "preciseerde", "gepreciseerd"),
    "betogen": ("betoogt", "betoogde", "betoogden", "betoogd"),
    "beschrijven": ("beschrijft", "beschreef", "beschreven"),
    "aanraden": ("aangeraden", "aanraden"),
    "afraden": ("afgeraden", "afraden"),
    "claimen": ("claimt", "claimen", "claimde", "claimden", "geclaimd"),
    "beklemtonen": ("beklemtoont", "beklemtoonde", "beklemtoonden", "beklemtoond"),
    "verduidelijken": ("verduidelijkt", "verduidelijkte", "verduidelijkten"),
    "herhalen": ("herhaalt", "herhaalde", "herhaalden", "herhaald"),
    "bekennen": ("bekent", "bekennen", "bekende", "bekenden"),
    "adviseren": ("adviseert", "adviseerde", "adviseerden", "geadviseerd"),
    "dreigen": ("dreigt", "dreigde", "dreigden"),
    "bekendmaken": ("bekendgemaakt", "bekendmaken"),
    "constateren": ("constateert", "constateren", "constateerde", "constateerden", "geconstateerd"),
}

# Lemmas whose finite form may take a te-infinitive as reported content ("zegt wraak te zullen nemen").
TE_INFINITIVE_LEMMAS: frozenset[str] = frozenset(
    [
        "zeggen",
        "beweren",
        "stellen",
        "verklaren",
        "ontkennen",
        "beloven",
        "aangeven",
        "toezeggen",
        "aanraden",
        "adviseren",
        "afraden",
        "laten weten",
        "aankondigen",
        "bekennen",
        "vertellen",
    ]
)

# Finite forms of reporting verbs that are also an inflected adjective ("een bekende zanger"),
# and the words before which such a form is the adjective: articles, demonstratives,
# possessives and degree words (not "die"/"dat": "de man die bekende het te hebben gedaan").
ADJECTIVE_HOMOGRAPHS: frozenset[str] = frozenset(["bekende", "bekenden"])
ADJECTIVE_OPENERS: frozenset[str] = frozenset(
    ["de", "het", "een", "deze", "dit", "zijn", "haar", "hun", "onze", "mijn", "uw", "diens",
     "zeer", "heel", "erg", "vrij", "algemeen", "minder", "meest", "best", "weinig"]
)

# Separable verbs: finite stem forms whose particle stands at the end of the clause
# ("legt ... uit dat", "geeft aan dat", "wees er ... op dat").
PARTICLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "aangeven": ("aan", ("geeft", "geven", "gaf", "gaven")),
    "aankondigen": ("aan", ("kondigt", "kondigen", "kondigde", "kondigden")),
    "toezeggen": ("toe", ("zegt", "zeggen", "zei", "zeiden")),
    "toevoegen": ("toe", ("voegt", "voegen", "voegde", "voegden")),
    "uitleggen": ("uit", ("legt", "leggen", "legde", "legden")),
    "opmerken": ("op", ("merkt", "merken", "merkte", "merkten")),
    "meedelen": ("mee", ("deelt", "delen", "deelde", "deelden")),
    "wijzen op": ("op", ("wijst", "wijzen", "wees", "wezen", "gewezen")),
    "laten weten": ("weten", ("laat", "laten", "liet", "lieten", "gelaten")),
    "aanraden": ("aan", ("raadt", "raden", "raadde", "raadden")),
    "afraden": ("af", ("raadt", "raden", "raadde", "raadden")),
    "bekendmaken": ("bekend", ("maakt", "maken", "maakte", "maakten")),
    "toelichten": ("toe", ("licht", "lichten", "lichtte", "lichtten")),
    "toegeven": ("toe", ("geef", "geeft", "geven", "gaf", "gaven")),
}

# Particles that make a reporting verb another verb when they close its clause before "dat"
# ("De regels schrijven voor dat …" is voorschrijven, "stelt voor dat" voorstellen).
OTHER_VERB_PARTICLES: dict[str, frozenset[str]] = {
    "schrijven": frozenset(["voor", "uit", "in", "af", "over"]),
    "stellen": frozenset(["voor", "uit", "in"]),
    "zeggen": frozenset(["op", "af"]),
    "melden": frozenset(["af", "aan"]),
    # no separable "adviseren": "adviseert de regels voor … minder streng toe te passen" keeps
    # its "voor" in the reported infinitive group
    "adviseren": frozenset(),
}

# Words that only report after a direct quote ("…", sprak Maas / klinkt het / sneert X).
QUOTE_ONLY_CUES: dict[str, tuple[str, ...]] = {
    "spreken": ("sprak", "spraken", "spreekt"),
    "klinken": ("klinkt", "klonk", "klonken"),
    "luiden": ("luidt", "luidde"),
    "heten": ("heet",),
    "vragen": ("vraagt", "vroeg", "vroegen", "gevraagd"),
    "menen": ("meent", "meende", "meenden"),
    "vinden": ("vindt", "vond", "vonden"),
    "beamen": ("beaamt", "beaamde"),
    "roepen": ("roept", "riep", "riepen"),
    "sneren": ("sneert", "sneerde"),
    "lachen": ("lacht", "lachte"),
    "zuchten": ("zucht", "zuchtte"),
    "grappen": ("grapt", "grapte"),
    "vervolgen": ("vervolgt", "vervolgde"),
    "besluiten": ("besluit", "besloot"),
    "klagen": ("klaagt", "klaagde"),
    "opperen": ("oppert", "opperde"),
    "aanvullen": ("vult", "vulde"),
    "verzuchten": ("verzucht", "verzuchtte"),
    "noemen": ("noemt", "noemde", "noemden", "noemen"),
    "uitroepen": ("uitroepen",),
    "berichten": ("berichtte", "berichtten"),
}

# Forms that report only as the cue of a clause-final frame ("…, berichten lokale media"): they
# are nouns elsewhere ("volgens de eerste berichten", "het bericht")
FINAL_ONLY_CUES: frozenset[str] = frozenset(["berichten", "bericht"])

# Verbs of promising and threatening: they attribute a direct quote ("„Wij komen terug”,
# beloofde hij"), but the clause they govern is a commitment, not words reported ("beloofde
# van alles te doen", "werd beloofd dat er een aanbod zou volgen", "dreigt de levering te
# annuleren"; the guidelines list verbs of saying and writing only).
COMMISSIVE_LEMMAS: frozenset[str] = frozenset(["beloven", "toezeggen", "dreigen"])

# Verbs of opinion: with quote marks they attribute a quote ("„…", vindt Dekker); without them
# the clause is an opinion, not reported speech ("De regels moeten strenger, vindt Dekker").
OPINION_LEMMAS: frozenset[str] = frozenset(["vinden", "menen", "denken", "vragen", "besluiten"])

FORM_TO_LEMMA: dict[str, str] = {}
for _lemma, _forms in REPORTING_VERBS.items():
    for _f in _forms:
        FORM_TO_LEMMA.setdefault(_f, _lemma)
QUOTE_CUE_FORMS: dict[str, str] = dict(FORM_TO_LEMMA)
for _lemma, _forms in QUOTE_ONLY_CUES.items():
    for _f in _forms:
        QUOTE_CUE_FORMS.setdefault(_f, _lemma)
for _lemma, (_p, _forms) in PARTICLES.items():
    for _f in _forms:
        QUOTE_CUE_FORMS.setdefault(_f, _lemma)

# Stems of separable verbs that report only with their particle ("legt … uit", "maakt …
# bekend"); without one they are other verbs ("flinke verwijten maken", "laat het weer los").
STEM_ONLY_FORMS: frozenset[str] = frozenset(
    f for _p, fs in PARTICLES.values() for f in fs if f not in FORM_TO_LEMMA and f not in (
        g for gs in QUOTE_ONLY_CUES.values() for g in gs
    )
)
# the particles that make such a stem a verb of saying ("geeft … toe" admits, as "aan" reports)
REPORTING_PARTICLES: frozenset[str] = frozenset(p for p, _fs in PARTICLES.values()) | {"toe"}
# per stem form, the particles of its own verbs of saying ("maakt … bekend", not "maakt … uit";
# "geeft … toe" admits as "geeft … aan" reports)
STEM_PARTICLES: dict[str, frozenset[str]] = {
    f: frozenset(p for p, fs in PARTICLES.values() if f in fs)
    | (frozenset(["toe"]) if f in PARTICLES["aangeven"][1] else frozenset())
    for f in STEM_ONLY_FORMS
}

# Lemmas Frog gives for reporting verbs (split separable verbs get the stem lemma; the
# particle is checked separately).
REPORTING_LEMMAS: frozenset[str] = frozenset(k for k in REPORTING_VERBS if " " not in k)

# Auxiliaries and modals that carry the finite verb before a participle/infinitive cue.
AUXILIARIES: frozenset[str] = frozenset(
    [
        "heeft",
        "hebben",
        "had",
        "hadden",
        "is",
        "zijn",
        "was",
        "waren",
        "zal",
        "zullen",
        "zou",
        "zouden",
        "wil",
        "willen",
        "wilde",
        "wilden",
        "kan",
        "kunnen",
        "kon",
        "konden",
        "moet",
        "moeten",
        "moest",
        "moesten",
    ]
)

PRONOUNS: frozenset[str] = frozenset(
    [
        "hij",
        "zij",
        "ze",
        "het",
        "men",
        "wij",
        "we",
        "ik",
        "jij",
        "je",
        "u",
        "jullie",
        "haar",
        "hem",
        "hen",
        "hun",
        "mij",
    ]
)
PERSON_PRONOUNS: frozenset[str] = frozenset(["hij", "zij", "ze", "haar", "hem"])

DETERMINERS: frozenset[str] = frozenset(
    [
        "de",
        "het",
        "een",
        "die",
        "deze",
        "dat",
        "dit",
        "zijn",
        "haar",
        "hun",
        "onze",
        "ons",
        "mijn",
        "uw",
        "diens",
        "wiens",
    ]
)

# Adverbs and time words that may stand between a cue and its speaker ("aldus nog de topman").
SKIP_WORDS: frozenset[str] = frozenset(
    [
        "nog",
        "ook",
        "verder",
        "dan",
        "toen",
        "later",
        "eerder",
        "vandaag",
        "gisteren",
        "gisteravond",
        "eergisteren",
        "morgen",
        "al",
        "wel",
        "echter",
        "immers",
        "bovendien",
        "daarna",
        "nu",
        "tenslotte",
        "ten",
        "slotte",
        "zelf",
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
        "vanochtend",
        "vanmorgen",
        "vanavond",
        "zo",
        "er",
        # sentence adverbs that stand between a final cue and its subject ("zegt dan weer een
        # andere gebruiker", "stelt overigens de bond"): never the speaker
        "weer",
        "desondanks",
        "inmiddels",
        "intussen",
        "ondertussen",
        "vervolgens",
        "overigens",
        "trouwens",
        "eveneens",
        "tevens",
        "alsnog",
        "evenwel",
    ]
)

# Words that end a speaker noun phrase.
NP_STOP: frozenset[str] = frozenset(
    [
        "aan",
        "tegen",
        "in",
        "op",
        "bij",
        "tijdens",
        "met",
        "voor",
        "over",
        "na",
        "naar",
        "tot",
        "uit",
        "om",
        "door",
        "via",
        "namens",
        "als",
        "dat",
        "die",
        "dit",
        "wat",
        "waar",
        "wie",
        "omdat",
        "want",
        "maar",
        "en",
        "of,",
        "toen",
        "terwijl",
        "zodat",
        "nadat",
    ]
    + list(SKIP_WORDS)
)

# Nouns naming roles whose holder can be found in an earlier apposition. Generic leader nouns
# may also refer back to the most recent named speaker.
GENERIC_ROLES: frozenset[str] = frozenset(
    ["topman", "topvrouw", "baas", "chef", "leider", "voorzitter", "directeur", "man", "vrouw"]
)

# Roles of officials who speak for an institution and are often left unnamed ("de woordvoerder",
# "de rechter"): such a role noun is never taken for the person the story is about.
OFFICIAL_ROLES: frozenset[str] = frozenset(
    [
        "woordvoerder",
        "woordvoerster",
        "zegsman",
        "zegsvrouw",
        "spreekbuis",
        "rechter",
        "politierechter",
        "rechtbank",
        "officier",
        "aanklager",
        "advocaat",
        "advocate",
        "agent",
        "agente",
        "curator",
        "onderzoeker",
        "onderzoekers",
        "deskundige",
        "deskundigen",
        "getuige",
        "man",
        "vrouw",
        "jongen",
        "meisje",
        "slachtoffer",
    ]
)

# Role nouns that name the same function ("de NAVO-baas" after "NAVO-chef Stoltenberg",
# "de bewindsman" after "minister Blok"): a later role noun resolves to a name introduced with
# any role of its group.
ROLE_GROUPS: tuple[frozenset[str], ...] = (
    frozenset(
        [
            "baas",
            "chef",
            "topman",
            "topvrouw",
            "leider",
            "voorman",
            "voorvrouw",
            "directeur",
            "ceo",
            "topbestuurder",
            "bestuursvoorzitter",
            "secretaris-generaal",
            "president-directeur",
        ]
    ),
    frozenset(
        [
            "woordvoerder",
            "woordvoerster",
            "zegsman",
            "zegsvrouw",
            "voorlichter",
            "persvoorlichter",
            "persvoorlichtster",
        ]
    ),
    frozenset(["minister", "bewindsman", "bewindsvrouw", "bewindspersoon"]),
    frozenset(["premier", "minister-president", "regeringsleider", "regeringschef"]),
    frozenset(["president", "staatshoofd"]),
    frozenset(["burgemeester", "burgervader"]),
    frozenset(["trainer", "coach", "bondscoach"]),
)


def role_group(role: str) -> frozenset[str] | None:
    """The group of role nouns ``role`` belongs to (``ROLE_GROUPS``), or None."""
    for g in ROLE_GROUPS:
        if role in g:
            return g
    return None


# Nouns that refer back to an organisation ("het bedrijf zei dat …" after "General Motors …").
ORG_NOUNS: frozenset[str] = frozenset(
    [
        "bedrijf",
        "concern",
        "onderneming",
        "fabrikant",
        "autofabrikant",
        "vliegtuigbouwer",
        "autobouwer",
        "maatschappij",
        "luchtvaartmaatschappij",
        "organisatie",
        "bank",
        "groep",
        "firma",
        "multinational",
        "producent",
        "ministerie",
        "vakbond",
        "partij",
        "autoriteit",
        "toezichthouder",
        # the railways, said of the rail company ("aldus de spoorwegen" after "De NS …")
        "spoorwegen",
    ]
)

# Institutions that speak as one: never an epithet for a person (the ORG_NOUNS above are also
# resolved to the organisation that spoke last; these are not).
INSTITUTION_NOUNS: frozenset[str] = frozenset(
    [
        "gemeente",
        "provincie",
        "brandweer",
        "politie",
        "regering",
        "kabinet",
        "leger",
        "krant",
        "omroep",
        "club",
        "bond",
        "stichting",
        "vereniging",
        "inspectie",
        "commissie",
        "rechtbank",
        "jury",
        # places of care, teaching and culture that speak in statements ("De kliniek zegt in
        # een verklaring …"): never an epithet for the person the story is about
        "kliniek",
        "ziekenhuis",
        "school",
        "universiteit",
        "hogeschool",
        "museum",
        "instelling",
        "zorginstelling",
        "ambassade",
    ]
)

# Nouns for what someone said: "zo luidde het argument van Monti" names Monti as the speaker.
SPEECH_NOUNS: frozenset[str] = frozenset(
    [
        "argument",
        "reactie",
        "antwoord",
        "boodschap",
        "conclusie",
        "woorden",
        "verklaring",
        "standpunt",
        "oordeel",
        "commentaar",
        "uitleg",
        "verweer",
        "repliek",
        "devies",
        "motto",
        "oproep",
        "waarschuwing",
    ]
)

# "volgens" in the sense "in accordance with", not attribution.
VOLGENS_NOT_SOURCE: frozenset[str] = frozenset(
    [
        "regels",
        "regel",
        "norm",
        "normen",
        "plan",
        "planning",
        "schema",
        "wet",
        "wetten",
        "traditie",
        "afspraak",
        "afspraken",
        "protocol",
        "procedure",
        "methode",
        "principe",
        "model",
        "recept",
        "verwachting",
        "verwachtingen",
        "gewoonte",
        "voorschrift",
        "voorschriften",
        "richtlijn",
        "richtlijnen",
        "reglement",
        "boekje",
    ]
)

# Nouns before a quoted phrase that make it a title or name, not speech.
TITLE_NOUNS: frozenset[str] = frozenset(
    [
        "boek",
        "film",
        "roman",
        "programma",
        "tv-programma",
        "serie",
        "album",
        "lied",
        "nummer",
        "single",
        "voorstelling",
        "titel",
        "getiteld",
        "campagne",
        "operatie",
        "krant",
        "tijdschrift",
        "artikel",
        "rubriek",
        "motto",
        "slogan",
        "leus",
        "hashtag",
        "kwestie",
        "thema",
        "project",
        "actie",
        "stichting",
        "vereniging",
        "restaurant",
        "café",
        "cd",
        "opera",
        "musical",
        "toneelstuk",
        "tentoonstelling",
        "expo",
        "dossier",
        "show",
        "plaat",
        "rapport",
        "nota",
        "wetsvoorstel",
        "partij",
        "beweging",
        "festival",
        "documentaire",
        "website",
        "blog",
        "boot",
        "schip",
        "bijnaam",
        "naam",
        "codenaam",
        "term",
        "woord",
        "begrip",
    ]
)

# Capitalised sentence-initial words that are not names.
FUNCTION_CAPS: frozenset[str] = frozenset(
    [
        "de",
        "het",
        "een",
        "die",
        "deze",
        "dat",
        "dit",
        "daarom",
        "zo",
        "ook",
        "dan",
        "toen",
        "maar",
        "en",
        "of",
        "volgens",
        "in",
        "op",
        "bij",
        "met",
        "na",
        "voor",
        "over",
        "tijdens",
        "uit",
        "door",
        "enkele",
        "sommige",
        "veel",
        "alle",
        "er",
        "hij",
        "zij",
        "ze",
        "wij",
        "we",
        "ik",
        "u",
        "men",
        "ten",
        "tegen",
        "naast",
        "vanwege",
        "wegens",
        "dankzij",
        "ondanks",
        "vanaf",
        "tot",
        "onder",
        "boven",
        "achter",
        "tussen",
        "zonder",
        "namens",
        "behalve",
        "binnen",
        "buiten",
        "rond",
        "omtrent",
        "aan",
        "per",
        "via",
        "om",
        "naar",
        "tegenover",
        "minister",
        "premier",
        "president",
        "woordvoerder",
        "bovendien",
        "tegelijkertijd",
        "daarnaast",
        "verder",
        "eerder",
        "later",
        "vervolgens",
        "intussen",
        "inmiddels",
        "ondertussen",
        "echter",
        "toch",
        "nu",
        "daarbij",
        "hierbij",
        "daarmee",
        "hiermee",
        "vorige",
        "afgelopen",
        "gisteren",
        "vandaag",
        "morgen",
        "zowel",
        "zelfs",
        "wel",
        "niet",
        "nog",
        "alleen",
        "sinds",
        "begin",
        "eind",
        "half",
        "als",
        "omdat",
        "toen",
        "terwijl",
        "nadat",
        "voordat",
        "hoewel",
        "wie",
        "wat",
        "waar",
        "hoe",
        "waarom",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
        "maandag",
        "wellicht",
        "mogelijk",
        "misschien",
        "vooral",
        "dus",
        "daar",
        "hier",
        "dat",
        "desondanks",
        "ondanks",
        "tenslotte",
        "uiteindelijk",
        "opnieuw",
        "evenmin",
        "bijvoorbeeld",
        "juist",
        "tegelijk",
        "beiden",
        "beide",
        "allebei",
        "althans",
        "kortom",
        "overigens",
        "immers",
        "aanvankelijk",
        "gelukkig",
        "helaas",
        "uiteraard",
        "natuurlijk",
        "nou",
        "ja",
        "nee",
        "al",
        "gevraagd",
        "eerst",
        "daarna",
        "zelf",
        "volgens",
        "aldus",
        "zeker",
        "ook",
    ]
)

# Titles and roles written before a name, capitalised at the start of a sentence
# ("Generaal Duncan McNab", "Minister Blok"): not part of the name.
ROLE_TITLES: frozenset[str] = frozenset(
    [
        "minister",
        "premier",
        "president",
        "generaal",
        "senator",
        "burgemeester",
        "staatssecretaris",
        "koning",
        "koningin",
        "prins",
        "prinses",
        "paus",
        "kardinaal",
        "bisschop",
        "professor",
        "prof",
        "dokter",
        "dr",
        "mr",
        "ir",
        "drs",
        "commissaris",
        "gouverneur",
        "ambassadeur",
        "kolonel",
        "majoor",
        "luitenant",
        "kapitein",
        "sergeant",
        "admiraal",
        "voorzitter",
        "directeur",
        "topman",
        "topvrouw",
        "woordvoerder",
        "woordvoerster",
        "correspondent",
        "minister-president",
        "vicepremier",
        "vice-premier",
        "kamerlid",
        "wethouder",
        "rechter",
        "advocaat",
        "officier",
        "bondscoach",
        "trainer",
        "coach",
        "analist",
        "secretaris-generaal",
        "generaal-majoor",
        "luitenant-generaal",
        "ceo",
        "cfo",
        "afgevaardigde",
        "congreslid",
        "parlementslid",
        "europarlementariër",
        "fractievoorzitter",
        "partijleider",
        "senior",
        "oud-minister",
        "oud-premier",
        "ex-minister",
    ]
)

NAME_PARTICLES: frozenset[str] = frozenset(
    [
        "van",
        "der",
        "den",
        "de",
        "ter",
        "ten",
        "te",
        "'t",
        "von",
        "da",
        "di",
        "le",
        "la",
        "el",
        "al",
        "bin",
    ]
)
