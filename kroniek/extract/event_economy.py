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
    "opleveren", "leveren", "bieden", "sluiten", "handelen", "schrappen",
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
CONTEST_HEADS = ("ranglijst", "ranking", "klassement", "wedstrijd", "finale", "duel", "set", "etappe", "ronde",
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
# Help offered is aid, whatever its kind ("financiële hulp bieden", "steun leveren").
AID_WORDS = ("hulp", "steun", "noodhulp", "bijstand", "ondersteuning")
# How far below the trigger an argument's words are read (trigger -> phrase -> its noun -> modifier).
LEVELS = 3
# Links that open an embedded clause: what it says is not an argument of the trigger.
CLAUSE_RELS = frozenset({"rhd", "body", "vc", "cnj", "whd", "sat", "dp", "nucl", "tag"})


def economy_type(s: ParsedSentence, i: int, lemma: str, typ: str) -> str:
    """The type of a trigger the lexicon lists as economy: economy where it has an economic argument
    (or the trigger is not one of ``GATED``), otherwise the type its arguments say or other."""
    if typ != ECONOMY:
        return typ
    if s.tok(i).lemma.lower().replace("_", "") in OTHER_COMPOUNDS:
        return OTHER
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
    if any(_economic(w) for w in words):
        return ECONOMY
    return other_type(lemma, words)


def other_type(lemma: str, words: list[str]) -> str:
    """The type a gated trigger without an economic argument takes from its arguments' words."""
    if any(_is(w, CONTEST_HEADS) for w in words) and lemma not in ("sluiten", "handelen", "handel", "crisis"):
        return "contest"  # "zakte op de ranglijst", "verloor de finale", "verloor in de tweede ronde"
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
