"""The economy type only where the words around a trigger are economic.

On real weeks "economy" was a catch-all: verbs and nouns of change and a few general verbs are
listed economy because prices rise and companies close, but most rising, falling and growing in
the news is not economic ("de twijfel groeit", "het waterpeil daalde", "de tennisster zakte op de
ranglijst", "de val van het kabinet"). A trigger of ``GATED`` keeps economy only with an economic
argument: a subject, object or phrase of it whose word is an economic head ("de prijs", "de
omzet", "het bedrijf"; also a compound on one: "huizenprijs", "winkelverkopen"), an economic
adjective ("economische groei"), a compound whose modifier is one ("prijsstijging",
"koersval"), or an amount of money or a percentage in its clause ("steeg met 3 procent",
"verkocht voor 5 miljoen euro"). Without one it takes the type its arguments say where one fits
(``other_type``: a ranking or a match is a contest, a government's fall is its withdrawal, trade
in drugs, arms or people is a crime) or stays untyped (``other``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .events import ParsedSentence

ECONOMY = "economy"
OTHER = "other"

# Verbs and nouns the lexicon lists as economy that name a change or a general act in most of the
# news: economy only with an economic argument.
GATED = frozenset({
    "stijgen", "dalen", "zakken", "groeien", "krimpen", "verhogen", "verlagen", "inkrimpen", "verliezen",
    "opleveren", "leveren", "bieden", "sluiten", "handelen", "schrappen", "noteren",
    "stijging", "daling", "groei", "krimp", "val", "verhoging", "verlaging", "inkrimping", "crisis",
})
# Words (nouns, and the heads of compounds on them) that make an argument economic.
ECONOMIC_HEADS = (
    "prijs", "prijzen", "koers", "aandeel", "aandelen", "rente", "omzet", "winst", "verlies", "werkloosheid",
    "werkloze", "werklozen", "inflatie", "economie", "export", "import", "uitvoer", "invoer", "beurs", "index",
    "dollar", "euro", "pond", "yen", "yuan", "lira", "roebel", "munt", "munteenheid", "valuta", "loon", "lonen",
    "salaris", "inkomen", "inkomst", "inkomsten", "opbrengst", "marge", "uitkering", "pensioen", "belasting", "btw", "accijns", "heffing", "huur", "kosten",
    "tarief", "premie", "schuld", "begroting", "tekort", "overschot", "productie", "verkoop", "verkopen", "afzet",
    "besteding", "bestedingen", "consumptie", "investering", "kapitaal", "vermogen", "waarde", "bedrijf",
    "onderneming", "concern", "bank", "fonds", "bbp", "product", "banen", "werkgelegenheid",
    "faillissement", "fabriek", "winkel", "markt", "handel", "olie", "gas", "goud", "subsidie", "budget", "geld",
    "bedrag", "dividend", "order", "contract", "deal", "belegger", "spaarder", "hypotheek", "krediet", "lening",
    "goederen", "vestiging", "filiaal", "luchtvaartmaatschappij", "verzekeraar", "aex", "dax", "nasdaq", "ftse",
    "nikkei",
)
# Compounds on an economic head that are not economic: a court, a sandbank, tear gas.
NOT_ECONOMIC = frozenset({"rechtbank", "zandbank", "parkbank", "bloedbank", "voedselbank", "strafbank", "traangas",
                          "zenuwgas", "gifgas", "lachgas"})
# Adjectives that make their noun economic ("economische groei", "financiële crisis").
ECONOMIC_ADJECTIVES = frozenset({"economisch", "financieel", "monetair", "fiscaal", "zakelijk", "commercieel",
                                 "budgettair", "conjunctureel"})
# Words of an amount of money or a share: "met 3 procent", "voor 5 miljoen euro", "$ 55 miljard".
AMOUNT_WORDS = frozenset({"procent", "%", "procentpunt", "procentpunten", "basispunt", "basispunten", "euro", "€",
                          "dollar", "$", "pond", "£", "cent", "yen", "yuan", "frank", "kroon", "kronen"})
# A ranking or a match: rising or falling on it, losing it, is a contest ("zakte op de wereldranglijst",
# "verloor de finale", "verloor in de derde ronde").
CONTEST_HEADS = ("ranglijst", "ranking", "klassement", "wedstrijd", "finale", "duel", "set", "etappe", "ronde", "tijdrit", "proloog",
                 "titel", "match", "race", "toernooi", "competitie", "beker", "kampioenschap", "halve", "grandslam")
# Who governs: the fall of one is its withdrawal from power ("de val van het kabinet").
GOVERNMENT_HEADS = ("kabinet", "regering", "coalitie", "regime", "bewind", "president", "premier", "dictator",
                    "minister", "college", "staatshoofd")
# Where one falls from, and whose fall it is: a fall from a window or a bike, or one's own ("na zijn
# val"), is an accident.
FALL_FROM = ("raam", "trap", "dak", "balkon", "hoogte", "fiets", "paard", "ladder", "steiger", "brug", "flat",
             "rots", "klif", "podium", "zijn", "haar", "hun")
# Trade in these is a crime ("drugshandel", "handel in wapens", "mensenhandel").
CRIME_GOODS = ("drug", "drugs", "wapen", "wapens", "mens", "mensen", "cocaïne", "heroïne", "vrouwen", "kinderen",
               "organen", "ivoor")
# Compounds on a gated or listed economy head that name something else: a new signing ("aanwinst",
# no profit), an extradition ("uitlevering", no delivery).
OTHER_COMPOUNDS = frozenset({"aanwinst", "uitlevering"})
# Triggers of buying, selling and trade: the goods decide ("verkocht heroïne" is a crime).
TRADE_TRIGGERS = frozenset({"kopen", "verkopen", "aankoop", "verkoop", "handel", "handelen", "leveren", "levering",
                            "bestellen", "bestelling", "invoeren", "uitvoeren"})
# Goods whose trade is a crime whoever buys them (no people: "kocht kleren voor de kinderen").
DRUGS_AND_ARMS = ("drug", "drugs", "softdrugs", "harddrugs", "cocaïne", "coke", "heroïne", "xtc", "mdma", "crystal",
                  "hasj", "wiet", "speed", "amfetamine", "wapen", "wapens", "vuurwapen", "vuurwapens", "munitie",
                  "explosieven", "kinderporno", "ivoor")
# A state's forces and offices: their arms deals are no crime.
STATE_BUYERS = ("leger", "defensie", "krijgsmacht", "marine", "luchtmacht", "politie", "ministerie", "kabinet",
                "regering", "overheid", "staat", "minister")
# Who a contract makes a member of a team or cast: a name, a pronoun, a player's or artist's role.
PERSON_PRONOUNS = frozenset({"hij", "zij", "ik", "jij", "je", "hem", "haar"})
PERSON_POSSESSIVES = frozenset({"zijn", "haar", "z'n", "mijn", "m'n", "jouw"})
PERSON_ROLES = ("speler", "speelster", "trainer", "coach", "keeper", "doelman", "aanvaller", "verdediger",
                "middenvelder", "spits", "renner", "rijder", "coureur", "international", "talent", "aanwinst",
                "zanger", "zangeres", "acteur", "actrice", "dirigent", "presentator", "presentatrice", "wielrenner",
                "atleet", "atlete", "jeugdspeler", "vleugelspeler", "doelvrouw", "aanvoerder")
# A role or office taken over: an appointment ("nam de rol over", "neemt het roer over").
ROLE_WORDS = ("rol", "taak", "taken", "functie", "stokje", "roer", "leiding", "voorzitterschap", "post",
              "hamer", "trainerschap", "aanvoerdersband")
# Organisations that merge without being companies: clubs, orchestras, towns, schools, parties.
NON_COMMERCIAL = ("club", "vereniging", "orkest", "koor", "fanfare", "harmonie", "gemeente", "gemeenten", "school",
                  "scholen", "partij", "kerk", "parochie", "korps", "stichting", "waterschap", "provincie",
                  "gezelschap", "museum", "musea", "bibliotheek", "regio", "dorp", "dorpen", "elftal", "ploeg")
# Works of art and sounds: producing one is no economy ("een theaterproductie", "produceerde een geluid").
CULTURAL_WORDS = ("theater", "toneel", "film", "muziek", "voorstelling", "musical", "opera", "dans", "gezelschap",
                  "serie", "album", "plaat", "nummer", "geluid", "show", "documentaire", "televisie", "tv", "orkest",
                  "concert", "cabaret", "podium", "regisseur", "producer")
# Time or effort invested: no money.
TIME_AND_EFFORT = frozenset({"tijd", "energie", "moeite", "aandacht", "liefde", "uren", "uur", "zweet", "hart", "ziel"})
# Signs of a match in an argument: the score, a draw, a goal ("won met 2-1", "de winst na een achterstand").
MATCH_WORDS = frozenset({"gelijkspel", "achterstand", "voorsprong", "doelpunt", "goal", "score", "thuiswedstrijd",
                         "uitwedstrijd", "wedstrijd", "tegenstander", "sprint", "eindsprint"})
# Parts of a match or race as a compound's modifier on "winst"/"verlies" ("groepswinst", "ritwinst").
SPORT_PARTS = frozenset({"groep", "rit", "etappe", "set", "game", "thuis", "uit", "proloog", "poule", "punt", "punten"})
# A time noted in a race ("noteerde de snelste tijd"): a contest.
RACE_TIMES = frozenset({"tijd", "tijden", "seconde", "seconden", "ronde", "rondetijd", "rondetijden"})
# What a contest on "strijd" is fought for, as a compound's modifier ("eindstrijd", "titelstrijd",
# "degradatiestrijd") or in its "om" phrase ("de strijd om de titel"): a contest, no fight.
CONTEST_STAKES = ("eind", "titel", "degradatie", "promotie", "kampioen", "kampioenschap", "beker", "medaille",
                  "finale", "punten", "klassement", "kwalificatie", "trui", "podium", "zege", "overwinning",
                  "wereldtitel", "play-off", "playoff", "nacompetitie", "plaats", "plek")
# A dismissal is a lay-off (economy) when it is of many: a count or the staff ("ontslag van 200
# werknemers", "ontslagen bij de fabriek"; plural words, one employee is no lay-off); a coach's or a
# minister's dismissal is a withdrawal.
STAFF_WORDS = ("werknemers", "medewerkers", "personeel", "personeelsleden", "banen", "arbeidsplaatsen", "fte",
               "arbeiders", "werkgelegenheid", "reorganisatie", "mensen", "honderden", "duizenden", "tientallen")
# What is paid that is no trade: a fine ("een boete betalen": no economy), a bribe (a crime).
FINE_WORDS = ("boete", "dwangsom", "borg", "borgsom", "schikking")
BRIBE_WORDS = ("steekpenning", "steekpenningen", "smeergeld", "omkoping", "losgeld")
# A count is no economy by its percentage alone ("het aantal bezoekers steeg met acht procent").
COUNT_HEADS = frozenset({"aantal", "hoeveelheid"})
PERCENT_WORDS = frozenset({"procent", "%", "procentpunt", "procentpunten"})
# Help offered is aid, whatever its kind ("financiële hulp bieden", "steun leveren").
AID_WORDS = ("hulp", "steun", "noodhulp", "bijstand", "ondersteuning")
# How far below the trigger an argument's words are read (trigger -> phrase -> its noun -> modifier).
LEVELS = 3
# Links that open an embedded clause: what it says is not an argument of the trigger.
CLAUSE_RELS = frozenset({"rhd", "body", "vc", "cnj", "whd", "sat", "dp", "nucl", "tag"})


def sense_type(s: ParsedSentence, i: int, lemma: str, typ: str) -> str:
    """The type the words around a trigger give it: a contest on "strijd" ("eindstrijd", "de
    strijd om de titel") and the economy type of ``economy_type``."""
    if lemma == "strijd" and typ == "attack" and _contest_strife(s, i):
        return "contest"
    return economy_type(s, i, lemma, typ)


def _contest_strife(s: ParsedSentence, i: int) -> bool:
    """A "strijd" fought for a stake of a contest: a compound on it whose modifier is one
    ("titelstrijd", "degradatiestrijd", "eindstrijd"), a stake among its arguments ("om de titel",
    "om de derde plaats"), or a match (a score in its sentence: "de strijd ... met 4-0")."""
    modifier = _compound_modifier(s.tok(i).lemma.lower(), "strijd")
    if modifier and _stake(modifier):
        return True
    words = _argument_words(s, i)
    return any(_is(w, CONTEST_STAKES + CONTEST_HEADS) for w in words) or _match(s, i, words, loose=False)


def _stake(modifier: str) -> bool:
    """The modifier of a compound names a contest's stake ("titel", "kampioens" with its linking s)."""
    modifier = modifier.rstrip("-")
    return any(m in CONTEST_STAKES or _is(m, CONTEST_HEADS) for m in (modifier, modifier[:-1] if modifier.endswith("s") else ""))


def economy_type(s: ParsedSentence, i: int, lemma: str, typ: str) -> str:
    """The type of a trigger the lexicon lists as economy: economy where it has an economic argument
    (or the trigger is not one of ``GATED``), otherwise the type its arguments say or other."""
    if typ != ECONOMY:
        return typ
    if s.tok(i).lemma.lower().replace("_", "") in OTHER_COMPOUNDS:
        return OTHER
    by_argument = argument_sense(s, i, lemma)
    if by_argument is not None:
        return by_argument
    if lemma in ("ontslag", "ontslaan"):
        if any(w.endswith("vervolging") for w in _argument_words(s, i)):
            return "verdict"  # "ontslag van rechtsvervolging": the court discharges
        return ECONOMY if _lay_off(s, i, _argument_words(s, i)) else "withdraw"
    if lemma == "betalen":
        return _payment_type(_argument_words(s, i))
    if lemma in ("winst", "verlies", "overnemen"):
        return "contest" if _contest_gain(s, i, lemma) else typ  # "de winst na een achterstand"
    if lemma not in GATED and lemma != "handel":
        return typ
    words = _argument_words(s, i)
    modifier = _compound_modifier(s.tok(i).lemma.lower(), lemma)
    if modifier:
        words.append(modifier)
    if lemma in ("handel", "handelen") and any(_is(w, CRIME_GOODS) for w in words):
        return "crime"  # "drugshandel", "handelde in wapens"
    if lemma == "handel":
        return typ  # trade is economy ("de handel met China groeide"), but for drugs, arms or people
    if lemma in ("bieden", "leveren") and any(_is(w, AID_WORDS) for w in words):
        return "aid"  # "financiële hulp bieden"
    if _economic_words(words) and not _percent_of_a_count(s, i, words):
        return ECONOMY
    if lemma in ("verliezen", "noteren") and _match(s, i, words):
        return "contest"  # "verloor met 2-1", "verloor zondag in Parijs de eindstrijd"
    return other_type(lemma, words)


def argument_sense(s: ParsedSentence, i: int, lemma: str) -> str | None:
    """The type an economy trigger's argument gives it, where the argument decides the sense: the
    goods traded (drugs or arms: a crime), the one who signs or holds a contract (a person: an
    appointment), the role taken over (an appointment), the parties of a merger (clubs, orchestras,
    towns: no economy), what is produced (a play, a film: no economy), what is invested (time,
    energy: no economy). None when no such argument says so."""
    if lemma in TRADE_TRIGGERS and _crime_goods(_argument_words(s, i) + _next_phrase(s, i)):
        return "crime"  # "verkocht heroïne", "de verkoop van wapens", "handel in softdrugs"
    if lemma == "contract" and _signed_by_a_person(s, i):
        return "appoint"  # "de keeper heeft een contract getekend", "zijn contract bij de club"
    if lemma == "overnemen" and any(_is(w, ROLE_WORDS) for w in _argument_words(s, i)) and not _contest_gain(s, i, lemma):
        return "appoint"  # "nam de rol van hoofdtrainer over"
    if lemma in ("fusie", "fuseren"):
        words = _argument_words(s, i) + _next_phrase(s, i) + [_compound_modifier(s.tok(i).lemma.lower(), "fusie")]
        return OTHER if _non_commercial(words) else None  # "de fusie van twee korfbalclubs"
    if lemma in ("productie", "produceren") and _cultural_work(s, i):
        return OTHER  # "drie nieuwe producties", "een theaterproductie", "produceerde een geluid"
    if lemma in ("investeren", "investering") and _time_or_effort(_argument_words(s, i)):
        return OTHER  # "investeert veel tijd in haar vrienden"
    return None


def _crime_goods(words: list[str]) -> bool:
    """Drugs or arms traded, and no state buying or selling them ("het leger kocht wapens")."""
    return any(_is(w, DRUGS_AND_ARMS) for w in words) and not any(_is(w, STATE_BUYERS) for w in words)


def _next_phrase(s: ParsedSentence, i: int) -> list[str]:
    """The lemmas of a prepositional phrase right after the trigger, wherever Frog hung it ("de
    handel in softdrugs" with "in softdrugs" under another word): up to its noun."""
    out: list[str] = []
    if i + 1 >= s.last or s.tok(i + 1).coarse_pos != "VZ":
        return out
    for j in range(i + 2, min(s.last, i + 6)):
        tok = s.tok(j)
        if tok.coarse_pos in ("LET", "VG", "WW", "VZ"):
            break
        out += [tok.lemma.lower(), s.word(j).lower()]
        if tok.coarse_pos == "N":
            break
    return out


def _signed_by_a_person(s: ParsedSentence, i: int) -> bool:
    """A contract a person signs, extends or holds: a possessive on it ("zijn contract"), or the
    subject of the verb it is the object of (or of the support verb told by it) a person — a
    name, a personal pronoun or a player's or artist's role ("de keeper tekende een contract")."""
    if any(s.tok(c).lemma.lower() in PERSON_POSSESSIVES for c in s.kids(i, "det")):
        return True
    from .events import verb_subject

    if any(_a_person(s, j) for j in _phrase_nouns(s, i)):
        return True  # "een contract voor de middenvelder", "het contract van Jansen"
    verb = _clause_verb(s, i)
    su = verb_subject(s, verb) if verb is not None else None
    return su is not None and _a_person(s, su)


def _clause_verb(s: ParsedSentence, i: int) -> int | None:
    """The verb of the trigger's clause: itself, or the first verb above it through phrases ("is
    dicht bij een contract", "hoopt op een contract")."""
    j: int | None = i
    for _ in range(4):
        if j is None or s.tok(j).coarse_pos == "WW":
            return j
        if s.tok(j).deprel in CLAUSE_RELS:
            return None
        j = s.head(j)
    return None


def _phrase_nouns(s: ParsedSentence, i: int) -> list[int]:
    """The nouns and names of the trigger's own phrases, two levels down ("voor de middenvelder")."""
    out: list[int] = []
    level = [c for c in s.kids(i) if s.tok(c).deprel not in CLAUSE_RELS]
    for _ in range(2):
        out += [j for j in level if s.tok(j).coarse_pos in ("N", "SPEC")]
        level = [c for j in level for c in s.kids(j) if s.tok(c).deprel not in CLAUSE_RELS]
    return out


def _a_person(s: ParsedSentence, j: int) -> bool:
    """A person: a name Frog tags as one, a personal pronoun, or a player's or artist's role."""
    tok = s.tok(j)
    return "PER" in tok.ner.upper() or tok.lemma.lower() in PERSON_PRONOUNS or _is(tok.lemma.lower(), PERSON_ROLES)


def _non_commercial(words: list[str]) -> bool:
    """Parties of a merger that are no companies (clubs, orchestras, towns, schools) and no
    economic word among them."""
    return any(_is(w, NON_COMMERCIAL) for w in words if w) and not _economic_words(words)


def _cultural_work(s: ParsedSentence, i: int) -> bool:
    """What is produced is a work of art or a sound: a compound on one ("theaterproductie"), a
    cultural word among its arguments ("een geluid", "producties van het gezelschap"), or plural
    productions with no economic word ("drie nieuwe producties")."""
    # a support verb's noun is the production ("rollen in drie producties gekregen")
    noun = next((c for c in [i, *s.kids(i)] if s.tok(c).lemma.lower().endswith("productie")), i)
    words = [w for w in _argument_words(s, i) if not w.endswith(("productie", "producties"))]
    modifier = _compound_modifier(s.tok(noun).lemma.lower(), "productie")
    if modifier and _is(modifier.rstrip("-"), CULTURAL_WORDS):
        return True
    if any(_is(w, CULTURAL_WORDS) for w in words):
        return True
    return s.tok(noun).coarse_pos == "N" and ",mv" in s.tok(noun).pos and not _economic_words(words)


def _time_or_effort(words: list[str]) -> bool:
    """Invested time or effort and no money: "investeert veel tijd", "energie gestoken"."""
    return any(w in TIME_AND_EFFORT for w in words) and not _economic_words(words)


def _contest_gain(s: ParsedSentence, i: int, lemma: str) -> bool:
    """A win or loss in a match or race: a compound on a contest's part ("groepswinst",
    "etappewinst"), or a match among its words ("de winst na een achterstand", "nam de leiding in
    het klassement over") and no economic one."""
    words = _argument_words(s, i)
    # the trigger's own word, or the noun of a support verb told by it ("stelt de groepswinst veilig")
    for word in [s.tok(i).lemma.lower(), *(w for w in words if w.endswith(lemma))]:
        modifier = _compound_modifier(word, lemma)
        if modifier and (_stake(modifier) or modifier.rstrip("s") in SPORT_PARTS):
            return True
    if lemma == "overnemen":
        return any(_contest_word(w) for w in words) and not _economic_words(words)
    return _match(s, i, words)


def _economic_words(words: list[str]) -> bool:
    """Some word is economic; a percentage alone does not make a count economic ("het aantal
    bezoekers steeg met acht procent")."""
    econ = [w for w in words if _economic(w)]
    if econ and all(w in PERCENT_WORDS for w in econ) and any(w in COUNT_HEADS for w in words):
        return False
    return bool(econ)


def _percent_of_a_count(s: ParsedSentence, i: int, words: list[str]) -> bool:
    """The trigger's only economic words are a percentage, and its sentence counts something with
    no economic word ("het aantal bezoekers steeg met acht procent")."""
    econ = [w for w in words if _economic(w)]
    rest = _sentence_words(s, i)
    return (bool(econ) and all(w in PERCENT_WORDS for w in econ) and any(w in COUNT_HEADS for w in rest)
            and all(w in PERCENT_WORDS for w in rest if _economic(w)))


def _lay_off(s: ParsedSentence, i: int, words: list[str]) -> bool:
    """A dismissal of many: the plural noun ("de ontslagen bij de fabriek") or the staff among its
    arguments ("ontslaat 300 werknemers", "honderden banen")."""
    if s.tok(i).coarse_pos == "N" and ",mv" in s.tok(i).pos:
        return True
    return any(_is(w, STAFF_WORDS) for w in words + _sentence_words(s, i))  # Frog may split the clause


def _sentence_words(s: ParsedSentence, i: int) -> list[str]:
    """The lemmas and words of the trigger's sentence but the trigger: where Frog splits a clause
    into fragments ("ontslaat ... werknemers" as two roots), its arguments are not below it."""
    return [w for j in range(s.first, s.last) if j != i for w in (s.tok(j).lemma.lower(), s.word(j).lower())]


def _payment_type(words: list[str]) -> str:
    """Paying a bribe is a crime, a fine or bail no economy; other payments are."""
    if any(_is(w, BRIBE_WORDS) for w in words):
        return "crime"
    if any(_is(w, FINE_WORDS) for w in words):
        return OTHER
    return ECONOMY


def _match(s: ParsedSentence, i: int, words: list[str], *, loose: bool = True) -> bool:
    """A match or race in the trigger's arguments (a ranking, a final, a draw), a score like "2-1" in
    its sentence, or (``loose``) a match word in a sentence with no economic word (Frog split the
    clause; not for "strijd": "na de wedstrijd ontstond een strijd" is a fight)."""
    if any(_contest_word(w) or w in MATCH_WORDS for w in words):
        return True
    if any(_score(s.word(j)) for j in range(s.first, s.last)):
        return True
    rest = _sentence_words(s, i) if loose else []
    return any(_contest_word(w) or w in MATCH_WORDS for w in rest) and not _economic_words(rest)


def _contest_word(word: str) -> bool:
    """A contest's noun: a ranking or a match ("finale"), or a contest on "strijd" ("eindstrijd")."""
    if _is(word, CONTEST_HEADS):
        return True
    modifier = _compound_modifier(word, "strijd")
    return bool(modifier) and _stake(modifier)


def _score(word: str) -> bool:
    """A score: "2-1", "3-0"."""
    left, dash, right = word.partition("-")
    return bool(dash) and left.isdigit() and right.isdigit() and len(left) <= 2 and len(right) <= 2


def other_type(lemma: str, words: list[str]) -> str:
    """The type a gated trigger without an economic argument takes from its arguments' words."""
    if any(_contest_word(w) for w in words) and lemma not in ("sluiten", "handelen", "handel", "crisis"):
        return "contest"  # "zakte op de ranglijst", "verloor de finale", "verloor in de tweede ronde"
    if lemma == "noteren" and any(w in RACE_TIMES for w in words):
        return "contest"  # "noteerde de snelste tijd"
    if lemma == "val" and any(_is(w, GOVERNMENT_HEADS) for w in words):
        return "withdraw"  # "de val van het kabinet", "kabinetsval"
    if lemma == "val" and any(_is(w, FALL_FROM) for w in words):
        return "accident"  # "na een val uit het raam", "na zijn val"
    return OTHER


def _economic(word: str) -> bool:
    if word in NOT_ECONOMIC:
        return False
    return word in AMOUNT_WORDS or word in ECONOMIC_ADJECTIVES or _is(word, ECONOMIC_HEADS)


def _is(word: str, heads: tuple[str, ...]) -> bool:
    """The word is one of ``heads`` or a compound on one ("wereldranglijst", "huizenprijs",
    "kabinet-Rutte" on its first part)."""
    word = word.lower()
    if word.split("-")[0] in heads:
        return True
    return any(word == h or word.endswith(h) and len(word) - len(h) >= 3 for h in heads)


def _compound_modifier(word: str, head: str) -> str:
    """The first part of a compound on ``head`` ("prijsstijging" -> "prijs", "kabinetsval" ->
    "kabinet", "drugshandel" -> "drugs"); "" when the word is the head itself."""
    word = word.replace("_", "")
    if word == head or not word.endswith(head) or len(word) - len(head) < 3:
        return ""
    mod = word[: -len(head)].rstrip("-")
    return mod[:-1] if mod.endswith("s") and mod[:-1] in GOVERNMENT_HEADS + ECONOMIC_HEADS else mod


def _argument_words(s: ParsedSentence, i: int) -> list[str]:
    """The lemmas and words of the trigger's arguments: what hangs below it up to ``LEVELS`` deep,
    its subject (on the auxiliary above a participle), and for a noun the other arguments of the
    verb it is the subject or object of ("de omzet steeg met 3 procent" for "omzet")."""
    from .events import verb_subject

    tops = [c for c in s.kids(i) if s.tok(c).deprel not in CLAUSE_RELS]
    su = verb_subject(s, i) if s.tok(i).coarse_pos == "WW" else None
    if su is not None:
        tops.append(su)
    h = s.head(i)
    if h is not None and s.tok(i).coarse_pos == "WW" and s.tok(h).coarse_pos == "N":
        tops.append(h)  # an attributive participle: "de gestegen prijzen", "de verloren finale"
    if h is not None and s.tok(i).deprel == "vc":
        tops += [c for c in s.kids(h) if c != i and s.tok(c).deprel not in CLAUSE_RELS]
    if h is not None and s.tok(i).coarse_pos == "N" and s.tok(h).coarse_pos == "WW" and s.tok(i).deprel in ("su", "obj1"):
        tops += [c for c in s.kids(h) if c != i and s.tok(c).deprel not in CLAUSE_RELS]
    out: list[str] = []
    seen = {i}
    level = [t for t in tops if t not in seen]
    for _ in range(LEVELS):
        nxt = []
        for j in level:
            if j in seen:
                continue
            seen.add(j)
            tok = s.tok(j)
            out += [tok.lemma.lower(), s.word(j).lower()]
            nxt += [c for c in s.kids(j) if s.tok(c).deprel not in CLAUSE_RELS and s.tok(c).coarse_pos != "WW"]
        level = nxt
    return out
