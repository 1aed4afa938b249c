"""Words whose sense the lexicon cannot give alone: a move to another employer, a title won.

``kroniek.extract.events`` asks these for a verb or noun the lexicon does not type (and for
"tekenen", listed as signing an agreement), read from Frog's parse and names:

- a **transfer**: a verb or noun of moving ("verhuizen", "overkomen", "overgaan", "terugkeren",
  "komen", "zich aansluiten"; "komst", "overgang", "terugkeer", "verhuizing") is a player's,
  coach's or manager's move to another club or firm when the one who moves is a person (a name, or
  a role noun such as "middenvelder", "trainer", "topman"; for the words of coming and going in
  general, "komen", "komst", "terugkeer", and for "tekenen", only a role noun) and the place moved
  to or from is a club or firm (a name, or "club", "ploeg", "team"): "Middenvelder Tom Brink verhuist naar FC Utrecht",
  "de komst van trainer Eric Dam naar Vitesse", "tekent bij PSV". Typed ``withdraw`` as the
  lexicon types "transfer", "overstap" and "verruilen" (a move leaves one club; the linker's
  ``transfer`` family joins the words). A family moving house, a train coming to a station or the
  transition to clean energy name no person who changes employer, and stay what they were. The
  verb counts in the present too ("verhuist", "tekent"): a news lead tells a transfer in the
  present, and the sense, not the tense, makes it a happening;
- a **prize** received or awarded, in any tense ("ontving de Zilveren Pen", "de Boekenprijs
  gaat naar een debuterende dichteres"), is a contest result as a prize won is ("winnen");
- a **title won**: "titel" or a compound on it ("landstitel", "wereldtitel") is a contest result
  when a verb of taking governs it ("pakte de landstitel", "veroverde de wereldtitel") in a clause
  told in the past, or when it is counted as someone's ("zijn twaalfde titel"): not the title of a
  book, nor a title still to be defended ("wil de titel verdedigen").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .event_sense import NOT_WON, clause_words, in_mention

if TYPE_CHECKING:
    from .events import ParsedSentence

TRANSFER = "withdraw"
CONTEST = "contest"
# Verbs and nouns of moving that name a transfer only with a person and a club or firm.
MOVE_VERBS = frozenset({"verhuizen", "overkomen", "overgaan", "terugkeren", "komen", "gaan", "aansluiten", "tekenen"})
MOVE_NOUNS = frozenset({"komst", "overgang", "terugkeer", "verhuizing"})
# Verbs of a club or firm taking on (or moving) a player, coach or manager: the club is the subject
# and the one who moves the object ("Real heeft de spits vastgelegd"), or, in the passive, the one
# who moves is the subject and the club is named by "naar"/"bij"/"door" ("werd overgeheveld naar").
CLUB_VERBS = frozenset({"vastleggen", "contracteren", "aantrekken", "inlijven", "strikken", "overhevelen",
                        "terugzetten", "huren", "overnemen", "binnenhalen"})
# Listed verbs whose other sense is a transfer (signing an agreement, taking over a firm).
LISTED_MOVES = frozenset({"tekenen", "overnemen"})
# Prepositions of the club or firm moved to ("naar Ajax", "bij PSV") or, for coming over, from.
TO_PREPOSITIONS = frozenset({"naar", "bij"})
FROM_PREPOSITIONS = frozenset({"van"})
# Role nouns of people who change club or employer (also as a compound's head: "oud-international",
# "clubtopman"): players by position, coaches, managers.
MOVER_NOUNS = ("speler", "middenvelder", "verdediger", "aanvaller", "spits", "doelman", "keeper", "international",
               "aanvoerder", "trainer", "coach", "topman", "topvrouw", "directeur", "bestuurder", "ceo", "manager",
               "renner", "coureur", "ploegleider", "versterking", "aanwinst")
# Words of coming and going in general ("de premier komt naar de VN", "zijn terugkeer in de Kamer", "tekent
# een verdrag bij de NAVO"): a transfer only when the one who moves is named by such a role noun.
ROLE_ONLY = frozenset({"komen", "gaan", "terugkeren", "tekenen", "komst", "terugkeer"})
# Nouns of a club or firm moved to.
CLUB_NOUNS = ("club", "ploeg", "team", "elftal", "selectie", "werkgever", "bedrijf", "concern", "stal")
# Words that tell a sentence is about a club and a contract, for a move noun whose destination the
# parse lost ("op zijn website meldde het team de komst van de Zweed").
CLUB_WORDS = CLUB_NOUNS + ("contract", "transfer", "transfersom")
# Verbs that take a title ("pakte de titel", "schreef de titel op zijn naam" is listed apart).
TAKING_VERBS = frozenset({"pakken", "veroveren", "winnen", "binnenhalen", "prolongeren", "behalen", "grijpen",
                          "opeisen", "heroveren", "afpakken", "binnenslepen", "veiligstellen", "verdedigen",
                          "opnemen", "bekronen"})
# Stakes of a contest besides a title ("pakte de laatste set", "veroverde de beker", "pakte brons").
STAKES = ("set", "wedstrijd", "kampioenschap", "etappe", "medaille", "beker", "finale", "zege", "brons", "zilver",
          "goud")
FUTURE_VERBS = frozenset({"zullen", "gaan", "willen", "kunnen", "moeten", "hopen", "proberen"})


def _a_name(s: ParsedSentence, j: int) -> bool:
    tok = s.tok(j)
    return tok.pos.startswith("SPEC(deeleigen") or tok.pos.startswith("N(eigen") or in_mention(
        s, j, ("PER", "ORG", "LOC", "MISC"))


def _role_noun(s: ParsedSentence, j: int) -> bool:
    lemma = s.tok(j).lemma.lower().replace("-", "")
    return s.tok(j).coarse_pos == "N" and lemma.endswith(MOVER_NOUNS)


def mover(s: ParsedSentence, j: int | None) -> str | None:
    """"role" when token j is a player's, coach's or manager's role noun, "person" when it is (or
    stands beside) a person's name; None otherwise."""
    if j is None:
        return None
    if _role_noun(s, j) or any(_role_noun(s, k) for k in s.kids(j, "app")):
        return "role"
    if in_mention(s, j, ("PER",)) or any(in_mention(s, k, ("PER",)) for k in s.kids(j, "app")):
        return "person"
    return None


def employer(s: ParsedSentence, j: int, who: str) -> bool:
    """Token j is a club or firm someone of kind ``who`` moves to: a club noun; an organisation's
    name; for a role noun ("middenvelder") any name ("naar Barcelona"), for a bare person's name
    not a place ("verhuist naar Amsterdam")."""
    tok = s.tok(j)
    if tok.coarse_pos == "N" and tok.lemma.lower().endswith(CLUB_NOUNS):
        return True
    if not _a_name(s, j):
        return False
    return who == "role" or not in_mention(s, j, ("LOC",))


def _phrase_objects(s: ParsedSentence, heads: list[int], preps: frozenset[str]) -> list[int]:
    """The objects of the prepositional phrases with these prepositions among the heads' children."""
    return [o for h in heads for c in s.kids(h) if s.tok(c).coarse_pos == "VZ" and s.tok(c).lemma.lower() in preps
            for o in s.kids(c, "obj1")]


def transfer_verb(s: ParsedSentence, i: int, lemma: str) -> bool:
    """A verb of moving whose subject is a player, coach or manager and whose "naar"/"bij" phrase
    (for coming over also "van") names a club or firm: "verhuist naar FC Utrecht", "komt over van
    NAC", "tekent bij PSV", "keert terug bij zijn oude club"."""
    if any(s.tok(c).coarse_pos == "WW" for c in s.kids(i, "vc")):
        return False  # "gaat naar Ajax verhuizen": the auxiliary's complement is the verb to read
    if lemma in CLUB_VERBS:
        return _taken_on(s, i)
    if lemma not in MOVE_VERBS:
        return False
    from .events import verb_subject

    who = mover(s, verb_subject(s, i))
    if who is None or who == "person" and lemma in ROLE_ONLY:
        return False
    preps = TO_PREPOSITIONS | (FROM_PREPOSITIONS if lemma == "overkomen" else frozenset())
    phrases = [c for c in clause_words(s, i) + s.kids(i) if s.tok(c).coarse_pos == "VZ"
               and s.tok(c).lemma.lower() in preps]
    return any(employer(s, o, who) for c in phrases for o in s.kids(c, "obj1"))


def _taken_on(s: ParsedSentence, i: int) -> bool:
    """A club verb whose object is a player, coach or manager and whose subject is a club or firm
    ("FC Groningen heeft de Noorse verdediger vastgelegd"), or a passive one whose subject is such a
    person with a club's "naar"/"bij"/"door" phrase ("is overgeheveld naar de tweede ploeg")."""
    from .events import auxiliary_arguments, verb_subject

    su = verb_subject(s, i)
    objects = s.kids(i, "obj1") + [o for o in auxiliary_arguments(s, i) if s.tok(o).deprel == "obj1"]
    moved = [w for w in (mover(s, o) for o in objects) if w is not None]
    if moved and su is not None and employer(s, su, "role"):
        return True
    who = mover(s, su)
    if who is None:
        return False
    phrases = [c for c in clause_words(s, i) + s.kids(i) if s.tok(c).coarse_pos == "VZ"
               and s.tok(c).lemma.lower() in TO_PREPOSITIONS | {"door"}]
    return any(employer(s, o, who) for c in phrases for o in s.kids(c, "obj1"))


def transfer_noun(s: ParsedSentence, i: int) -> str | None:
    """``TRANSFER`` for a noun of moving whose "van" phrase (or possessive) is a player, coach or
    manager and whose "naar"/"bij" phrase names a club or firm: "de komst van trainer Eric Dam naar
    Vitesse", "zijn overgang naar Ajax"."""
    if s.tok(i).lemma.lower() not in MOVE_NOUNS:
        return None
    within = s.subtree(i)
    whos = [mover(s, o) for o in _phrase_objects(s, [i], FROM_PREPOSITIONS)] + [_named_after_van(s, i)]
    if any(s.tok(c).coarse_pos == "VNW" and "bez" in s.tok(c).pos for c in s.kids(i, "det")):
        whos.append("person")  # "zijn overgang naar Ajax"
    who = "role" if "role" in whos else "person" if "person" in whos else None
    if who is None:
        return None
    dest = _phrase_objects(s, within, TO_PREPOSITIONS)
    if any(employer(s, o, who) for o in dest) and (who == "role" or s.tok(i).lemma.lower() not in ROLE_ONLY):
        return TRANSFER
    return TRANSFER if _club_sentence(s) else None


def _named_after_van(s: ParsedSentence, i: int) -> str | None:
    """"person" when the noun is followed by "van" and a capitalised name or noun, however Frog
    parsed it ("de komst van De Boer", "de overgang van de Zweed"); "role" for a role noun."""
    j = i + 1
    if j >= s.last or s.tok(j).lemma.lower() != "van":
        return None
    j += 1
    while j < s.last and s.tok(j).coarse_pos == "LID" and not s.word(j)[:1].isupper():
        j += 1
    if j >= s.last:
        return None
    if _role_noun(s, j):
        return "role"
    return "person" if s.word(j)[:1].isupper() and s.tok(j).coarse_pos in ("SPEC", "N", "LID") else None


def _club_sentence(s: ParsedSentence) -> bool:
    """The sentence names a club or firm by a noun ("het team", "de club"), an organisation's name, or
    a contract or transfer: the setting of a player's or manager's move."""
    for j in range(s.first, s.last):
        lemma = s.tok(j).lemma.lower()
        if s.tok(j).coarse_pos == "N" and lemma.endswith(CLUB_WORDS) or in_mention(s, j, ("ORG",)):
            return True
    return False


def _verb_chain(s: ParsedSentence, i: int) -> list[int]:
    """The verbs above token i: its governing verb and the auxiliaries and modals over it."""
    v = s.head(i)
    while v is not None and s.tok(v).coarse_pos not in ("WW",):
        v = s.head(v)
    chain = []
    while v is not None and s.tok(v).coarse_pos == "WW":
        chain.append(v)
        v = s.head(v) if s.tok(v).deprel in ("vc", "body") else None
    return chain


def title_won(s: ParsedSentence, i: int) -> str | None:
    """``CONTEST`` for a title won: "titel" or a compound on it counted as someone's ("zijn
    twaalfde titel"), or taken by a verb of taking in a clause told in the past ("pakte de
    landstitel", "heeft de wereldtitel veroverd")."""
    if not _title(s, i):
        return None
    kids = s.kids(i)
    counted = any(s.tok(c).pos.startswith("TW(rang") for c in kids)
    owned = any(s.tok(c).coarse_pos == "VNW" and "bez" in s.tok(c).pos for c in kids)
    if counted and owned:
        return CONTEST
    verbs = _verb_chain(s, i) + [j for j in clause_words(s, i) if s.tok(j).coarse_pos == "WW"]
    lemmas = {s.tok(v).lemma.lower() for v in verbs}
    past = any(s.tok(v).pos.startswith(("WW(pv,verl", "WW(vd")) for v in verbs)
    return CONTEST if lemmas & TAKING_VERBS and past and not lemmas & FUTURE_VERBS else None


def _title(s: ParsedSentence, j: int) -> bool:
    """Token j is "titel" or a compound on it that can be won ("landstitel", not "eretitel")."""
    tok = s.tok(j)
    lemma = tok.lemma.lower().replace("-", "")
    return tok.coarse_pos == "N" and lemma.endswith("titel") and not lemma.endswith(NOT_WON)


def _stake(s: ParsedSentence, j: int) -> bool:
    """Token j is a title or another stake a contestant takes: a set, a match, a stage, a medal, a cup."""
    lemma = s.tok(j).lemma.lower()
    return _title(s, j) or s.tok(j).coarse_pos == "N" and lemma.endswith(STAKES)


def title_taken(s: ParsedSentence, i: int, lemma: str) -> bool:
    """A verb of taking whose clause holds a title or another stake, in any tense but not a plan or
    a hope: "de tennisster pakt de titel", "pakte vorig jaar de landstitel", "pakte alsnog de
    laatste set en de wedstrijd" (Frog may hang the stake anywhere in the clause, even as the subject)."""
    if lemma not in TAKING_VERBS:
        return False
    chain = [i] + _verb_chain(s, i)
    if {s.tok(v).lemma.lower() for v in chain} & FUTURE_VERBS:
        return False
    near = clause_words(s, i) + s.kids(i)
    near += [k for j in near for k in s.kids(j, "cnj")]  # "de set en daarmee ook de wedstrijd"
    return any(_stake(s, j) for j in near)


# A prize by name ("de Boekenprijs", "de Gouden Kalf Award"): a capitalised word ending so; the bare
# words of an award are prizes in any case ("een trofee", "de onderscheiding").
PRIZE_NAME_ENDINGS = ("prijs", "award", "trofee", "bokaal")
PRIZE_WORDS = ("award", "trofee", "onderscheiding", "bokaal")
# Verbs of a prize won or awarded ("ontving de Nobelprijs", "kreeg de trofee", "de prijs gaat naar").
PRIZE_VERBS = frozenset({"ontvangen", "krijgen", "uitreiken", "toekennen", "gaan", "winnen", "binnenhalen"})


def _prize(s: ParsedSentence, j: int) -> bool:
    word = s.word(j)
    low = word.lower()
    return (word[:1].isupper() and low.endswith(PRIZE_NAME_ENDINGS) or s.tok(j).coarse_pos == "N"
            and low.endswith(PRIZE_WORDS))


def prize_awarded(s: ParsedSentence, i: int, lemma: str) -> bool:
    """A prize received or awarded, in any tense: "ontving de Zilveren Pen Prijs", "de Boekenprijs
    gaat naar de dichteres Anna Veld", "kreeg de trofee". A prize going somewhere goes
    to a person ("naar" and a name or a person noun); "de olieprijs gaat naar 80 dollar" is a price."""
    if lemma not in PRIZE_VERBS or any(s.tok(c).coarse_pos == "WW" for c in s.kids(i, "vc")):
        return False
    if {s.tok(v).lemma.lower() for v in _verb_chain(s, i)} & FUTURE_VERBS:
        return False  # "zal de prijs ontvangen": not yet
    clause = clause_words(s, i) + s.kids(i)
    if not any(_prize(s, j) for j in clause):
        return False
    if lemma != "gaan":
        return True
    from .person_nouns import is_person_noun

    after = [j for j in clause if j > i]
    naar = next((j for j in sorted(after) if s.tok(j).lemma.lower() == "naar"), None)
    return naar is not None and naar + 1 < s.last and (
        in_mention(s, naar + 1, ("PER",)) or is_person_noun(s.tok(naar + 1).lemma.lower())
        or any(in_mention(s, k, ("PER",)) for k in range(naar + 1, min(naar + 4, s.last))))
