"""Verbs that name no happening in their clause, whatever the lexicon says of the word alone.

``kroniek.extract.events`` asks these, read from Frog's parse and the words around the verb:

- a verb outside the lexicon whose clause says how long it lasted ("werkte tien jaar lang bij
  een bank", "deed jarenlang geheimzinnig", "lange tijd woonde ze in Gent") tells a state or a
  habit over a stretch of time, not a happening;
- a request verb whose subject is "dat", "dit" or "het" evokes or requires, it asks nothing ("dat
  roept vragen op", "dit vraagt om een oplossing"): a request has someone who asks (when a person
  or organisation follows the verb, "dat" is its fronted object: "dat eist het OM");
- a verb that is a saying with one preposition ("haalde fel uit naar de minister": lashed out)
  is a statement, which the chronicle folds into what it reports, and so is answering questions;
- a verb of judging with "als" ("ervaren de regels als een last") is an opinion;
- a participle that names a relation ("zijn betrokken bij", "een boek, gebaseerd op") is a
  property under "zijn" or after a noun or name, however Frog hangs its complement.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .events import ParsedSentence

# Units of a stretch of time long enough that "N units lang" is a state, not a happening's length
# ("urenlang zoeken" is a search that happened; "tien jaar lang werken" is a career).
LONG_UNITS = frozenset({"jaar", "jaren", "maand", "maanden", "decennium", "decennia", "eeuw", "eeuwen"})
LASTING_WORD = re.compile(r"(jaren|maanden|decennia|eeuwen|levens)lang$")
# Pronoun subjects that are a fact or a situation, not someone who can ask.
SITUATION_SUBJECTS = frozenset({"dat", "dit", "het", "wat"})
# A verb that is a saying with this preposition: (verb lemma, preposition).
SAYING_WITH = frozenset({("uithalen", "naar")})
# Sayings outside the quote lexicon: answering questions is telling, not a happening of its own;
# so is reproaching someone ("werd verweten dat ...").
SAYINGS = frozenset({"beantwoorden", "verwijten", "aanrekenen"})
# Verbs of judging or perceiving something "als" something: an opinion, not a happening.
REGARD_VERBS = frozenset({"ervaren", "beschouwen", "beleven", "opvatten", "aanvoelen", "beoordelen",
                          "bestempelen", "aanmerken", "typeren", "kenschetsen"})
# Participles that name a relation between two things, not something done to one.
RELATION_PARTICIPLES = frozenset({"betrekken", "baseren", "verwikkelen"})
# Verbs of knowing, perceiving and meaning: what someone knows, saw or intends is no happening
# ("werd gedacht dat", "hadden gehoord wat er gebeurde", "zag dat", "was bedoeld om").
COGNITION_VERBS = frozenset({"denken", "horen", "zien", "weten", "merken", "beseffen", "begrijpen", "bedoelen"})
# Verbs of dwelling, matching and waiting: what is so over a time, not something that happened
# ("woonde in Gent", "kwam overeen met de beelden", "zondag wacht een lastige wedstrijd").
DWELLING_VERBS = frozenset({"wonen", "werken", "overeenkomen", "wachten", "meeleven"})
# Nouns of manner after "met": "sprak met zachte stem" is how one spoke, not with whom.
MANNER_NOUNS = frozenset({"stem", "nadruk", "klem", "stelligheid", "trots", "tranen", "woord", "mond", "gevoel"})
# Nouns of a scheduled happening -- a match, a festival, a performance, a collection -- and of an
# unlisted one ("verdwijning"): a preview names them as often as a report ("de wedstrijd van
# zondag"), so they are happenings only in a clause told in the past ("er was een optreden", "het
# zomerfestival was druk", "verloor het duel"). Also as a compound's head ("bekerfinale").
PAST_CLAUSE_NOUNS = {"wedstrijd": "contest", "duel": "contest", "finale": "contest",
                     "festival": "other", "concert": "other", "optreden": "other", "voorstelling": "other",
                     "barbecue": "other", "feest": "other", "collecte": "other", "ceremonie": "other",
                     "herdenking": "other", "verdwijning": "other"}
# Verbs that call their object something: a participle under one is what it is called, a property
# ("noemt de ontslagen onterecht en slecht voorbereid").
NAMING_VERBS = frozenset({"noemen", "vinden", "achten"})
# Prepositions that make "top" a rank, not a summit ("aan de top", "tot de top behoren", "in de top").
RANK_PREPOSITIONS = frozenset({"aan", "tot", "in", "naar", "uit", "bij"})


def clause_words(s: ParsedSentence, i: int) -> list[int]:
    """The tokens of the verb's clause by position: left and right of it up to a conjunction,
    punctuation or another main verb (auxiliaries and modals are crossed: "heeft jarenlang
    gewerkt")."""
    from .events import NON_EVENT_VERBS

    def stops(j: int) -> bool:
        t = s.tok(j)
        return t.coarse_pos in ("VG", "LET") or t.coarse_pos == "WW" and t.lemma.lower() not in NON_EVENT_VERBS

    out = []
    for step in (-1, 1):
        j = i + step
        while s.first <= j < s.last and not stops(j):
            out.append(j)
            j += step
    return out


def lasting_state(s: ParsedSentence, i: int) -> bool:
    """The verb's clause says how long it lasted: "jarenlang", "tien jaar lang", "lange tijd"."""
    for j in clause_words(s, i):
        word = s.word(j).lower()
        before = s.word(j - 1).lower() if j > s.first else ""
        if LASTING_WORD.match(word) or word == "lang" and before in LONG_UNITS or word == "tijd" and before == "lange":
            return True
    return False


def situation_subject(s: ParsedSentence, i: int) -> bool:
    """The verb's subject is "dat", "dit", "het" or "wat": a situation, not someone who acts."""
    from .events import verb_subject

    su = verb_subject(s, i)
    if su is None or s.tok(su).coarse_pos != "VNW" or s.tok(su).lemma.lower() not in SITUATION_SUBJECTS:
        return False
    # "Dat eist het Openbaar Ministerie": a fronted object, and the one who asks stands after the verb.
    return not any(_actor(s, j) for j in clause_words(s, i) if j > i)


def in_mention(s: ParsedSentence, j: int, types: tuple[str, ...]) -> bool:
    """Token j lies in a name of one of these types."""
    tok = s.tok(j)
    return any(m.type in types and m.start <= tok.start < m.end for m in s.doc.mentions)


def _actor(s: ParsedSentence, j: int) -> bool:
    """Token j lies in a person or organisation name."""
    return in_mention(s, j, ("PER", "ORG"))


def saying_with_preposition(s: ParsedSentence, i: int, lemma: str) -> bool:
    """A verb that is a saying with a preposition of its clause ("haalde uit naar"), or one of
    ``SAYINGS`` ("beantwoordde de vragen")."""
    if lemma in SAYINGS:
        return True
    preps = {s.tok(j).lemma.lower() for j in clause_words(s, i) if s.tok(j).coarse_pos == "VZ"}
    return any((lemma, p) in SAYING_WITH for p in preps)


def regarded_as(s: ParsedSentence, i: int, lemma: str) -> bool:
    """A verb of judging with "als" in its clause ("ervaren de regels als een last", "werd
    beschouwd als de favoriet"): what someone thinks of something."""
    return lemma in REGARD_VERBS and any(s.tok(j).lemma.lower() == "als" for j in clause_words(s, i))


def relation_participle(s: ParsedSentence, i: int) -> bool:
    """A participle of ``RELATION_PARTICIPLES`` under "zijn", or after a noun or name it modifies
    ("zijn bij de overvallen betrokken", "De Bubbel, gebaseerd op ..."): a property."""
    tok = s.tok(i)
    h = s.head(i)
    if not tok.pos.startswith("WW(vd") or tok.lemma.lower() not in RELATION_PARTICIPLES or h is None:
        return False
    if tok.deprel in ("vc", "predc"):
        return s.tok(h).lemma.lower() == "zijn"
    return h < i and s.tok(h).coarse_pos in ("N", "SPEC")


def manner_with(s: ParsedSentence, c: int) -> bool:
    """A "met" phrase that tells a manner ("met zachte stem", "met nadruk"), not a partner."""
    return any(s.tok(o).lemma.lower() in MANNER_NOUNS for o in s.kids(c, "obj1"))


def rank_top(s: ParsedSentence, i: int) -> bool:
    """The bare noun "top" as a rank, not a summit: after a preposition of position ("behoort tot
    de top van het bedrijf", "aan de top staan"), or before a number ("in de top tien", "top 3")."""
    if s.tok(i).lemma.lower() != "top":
        return False
    if i + 1 < s.last and s.tok(i + 1).coarse_pos == "TW":
        return True
    j = i - 1
    while j >= s.first and s.tok(j).coarse_pos in ("LID", "ADJ", "VNW"):
        j -= 1
    return j >= s.first and s.tok(j).lemma.lower() in RANK_PREPOSITIONS


def adverbial_participle(s: ParsedSentence, i: int) -> bool:
    """A participle that is a bare modifier of the verb after it ("werd geregeld gecontroleerd",
    "bleef gemiddeld gelijk"): an adverb, not a happening."""
    tok, h = s.tok(i), s.head(i)
    return (tok.pos.startswith("WW(vd") and tok.deprel == "mod" and h is not None and s.tok(h).coarse_pos == "WW"
            and (h == i + 1 or h > i and not s.kids(i)))


def past_clause_noun(s: ParsedSentence, i: int) -> str | None:
    """The type of a noun of ``PAST_CLAUSE_NOUNS`` (or a compound on one) whose clause is told in the
    past: a preterite or a participle in the verb chain above it, no "zullen" or "gaan"."""
    word = s.tok(i).lemma.lower().replace("-", "")
    typ = next((t for n, t in PAST_CLAUSE_NOUNS.items() if word == n or word.endswith(n) and len(word) - len(n) >= 3),
               None)
    if typ is None:
        return None
    v = s.head(i)
    while v is not None and s.tok(v).coarse_pos != "WW":
        v = s.head(v)
    chain = []
    while v is not None and s.tok(v).coarse_pos == "WW":
        chain.append(v)
        v = s.head(v) if s.tok(v).deprel in ("vc", "body") else None
    lemmas = {s.tok(c).lemma.lower() for c in chain}
    if not chain or lemmas & {"zullen", "gaan"}:
        return None
    return typ if any(s.tok(c).pos.startswith(("WW(pv,verl", "WW(vd")) for c in chain) else None


def named_participle(s: ParsedSentence, i: int) -> bool:
    """A participle that is the predicate of a verb of naming or judging ("noemt de ontslagen slecht
    voorbereid", "noemde het besluit overhaast genomen"): a property, not a happening."""
    h = s.head(i)
    return (s.tok(i).pos.startswith("WW(vd") and s.tok(i).deprel in ("vc", "predc") and h is not None
            and s.tok(h).lemma.lower() in NAMING_VERBS)


# Who votes in an election, not in a council or a parliament ("de kiezers stemden massaal").
VOTERS = frozenset({"kiezer", "stemmer", "stemgerechtigde", "burger", "inwoner", "bevolking", "electoraat"})
ELECTION = "election"
REJECT = "reject"


def vote_type(s: ParsedSentence, i: int, typ: str) -> str:
    """A vote ("stemmen") is the decision of the body that votes ("de raad stemde voor het plan"), a
    rejection when it votes against ("de Senaat stemde tegen het wetsvoorstel"); voters casting their ballot, or a vote in an election or a referendum ("de
    kiezers stemden zondag", "stemden bij de verkiezingen"), is an election."""
    from .events import lexicon, verb_subject

    # Frog may hang the subject on nothing in particular ("De kiezers ... stemden": a modifier), so
    # the nouns of the clause before the verb count as well as the parsed subject.
    su = verb_subject(s, i)
    clause = clause_words(s, i)
    before = [j for j in clause if j < i and s.tok(j).coarse_pos == "N"] + ([] if su is None else [su])
    if any(s.tok(j).lemma.lower() in VOTERS for j in before):
        return ELECTION
    lex = lexicon()
    for j in clause + s.subtree(i):
        hit = lex.noun_type(s.tok(j).lemma) if s.tok(j).coarse_pos == "N" else None
        if hit is not None and hit[0] == ELECTION:
            return ELECTION
    if any(s.tok(c).lemma.lower() == "tegen" and s.tok(c).coarse_pos == "VZ" for c in s.kids(i)):
        return REJECT  # "de Senaat stemde tegen het wetsvoorstel": the bill is voted down
    return typ


# A term in prison told by its length: "vier jaar cel", "zestien maanden cel", "drie jaar de cel in".
PRISON_NOUNS = frozenset({"cel", "gevangenis", "bak"})
TERM_UNITS = frozenset({"jaar", "maand", "week", "dag"})
# Verbs whose sentence is not (yet) imposed: a demand, a risk, what awaits ("eist vier jaar cel",
# "riskeert twee jaar cel", "hem hangt een jaar cel boven het hoofd").
TERM_NOT_IMPOSED = frozenset({"eisen", "vragen", "riskeren", "dreigen", "hangen", "wachten", "kunnen", "zullen",
                              "willen", "vorderen", "verlangen", "bepleiten", "maximaal"})


def prison_term(s: ParsedSentence, i: int) -> str | None:
    """"verdict" for a prison noun right after a length of time ("kregen zestien maanden cel",
    "moeten vier jaar de cel in", the heading "Vier jaar cel voor inbreker"): a sentence imposed,
    unless the clause demands or risks it ("het OM eist vier jaar cel")."""
    if s.tok(i).lemma.lower() not in PRISON_NOUNS:
        return None
    j = i - 1
    while j >= s.first and s.tok(j).coarse_pos == "LID":
        j -= 1
    if j - 1 < s.first or s.tok(j).lemma.lower() not in TERM_UNITS or s.tok(j - 1).coarse_pos != "TW":
        return None
    words = {s.tok(k).lemma.lower() for k in range(s.first, s.last)}
    return None if words & TERM_NOT_IMPOSED else "verdict"


# Stages and stakes of a contest a player reaches or takes: "bereikte de halve finale", "plaatste
# zich voor de kwartfinales", "pakte de titel" (also as a compound's head: "wereldtitel", "bekerfinale").
CONTEST_STAGES = ("finale", "finales", "ronde", "titel", "kampioenschap")
# Compounds on "titel" that name no title won: an honour, a degree, a work's name ("eretitel",
# "doctorstitel", "werktitel", "ondertitel").
NOT_WON = ("eretitel", "doctorstitel", "adelstitel", "werktitel", "boektitel", "filmtitel", "ondertitel",
           "albumtitel", "mastertitel", "bachelortitel", "artikeltitel")
# Prepositions that name the stage a verb reaches ("zich plaatsen voor", "doorstoten naar", "tot").
STAGE_PREPOSITIONS = frozenset({"voor", "naar", "tot", "in"})


def contest_stage(s: ParsedSentence, i: int) -> bool:
    """An unlisted verb whose object, or the noun of its "voor"/"naar"/"tot"/"in" phrase, is a
    contest's stage or stake: reaching a round, qualifying for a final, taking a title is a contest
    result ("heeft de derde ronde bereikt", "plaatste zich voor de halve finales")."""
    tops = [i]
    h = s.head(i)
    if h is not None and s.tok(i).deprel == "vc" and s.tok(h).coarse_pos == "WW":
        tops.append(h)  # "heeft de derde ronde bereikt": Frog hangs the object on the auxiliary
    nouns = [c for t in tops for c in s.kids(t, "obj1")]
    # The stage's phrase wherever Frog hung it in the clause ("plaatste zich zondag voor de finale").
    for c in [c for t in tops for c in s.kids(t)] + clause_words(s, i):
        if s.tok(c).coarse_pos == "VZ" and s.tok(c).lemma.lower() in STAGE_PREPOSITIONS:
            nouns += s.kids(c, "obj1")
    return any(s.tok(n).coarse_pos == "N" and s.tok(n).lemma.lower().endswith(CONTEST_STAGES)
               and not s.tok(n).lemma.lower().endswith(NOT_WON) for n in nouns)  # "kreeg de eretitel": an honour


# Prepositions and complements that make "besluiten" a decision ("besloot tot", "besloot te", "besloot dat").
DECISION_COMPLEMENTS = frozenset({"tot", "te", "om", "dat", "of"})


def concluded_with(s: ParsedSentence, i: int, lemma: str) -> bool:
    """"besluiten met" without a decision's complement is ending something ("het concert besloot met
    een toegift", "de avond werd besloten met vuurwerk"): no decision."""
    if lemma != "besluiten":
        return False
    words = {s.tok(j).lemma.lower() for j in clause_words(s, i) + s.subtree(i)}
    return "met" in words and not words & DECISION_COMPLEMENTS


# Things taken up, not people arrested: "de zaak werd opgepakt", "pakte de draad weer op".
TAKEN_UP = frozenset({"zaak", "taak", "draad", "signaal", "idee", "werk", "project", "klus", "probleem",
                      "handschoen", "kans", "rol", "melding", "zaken", "onderzoek", "dossier"})


def taken_up(s: ParsedSentence, i: int, lemma: str) -> bool:
    """"oppakken" of a task, a case or a thread ("de zaak is opgepakt door de recherche", "pakte de
    draad weer op"): taking something up, no arrest."""
    if lemma != "oppakken":
        return False
    from .events import passive_verb, verb_subject

    args = s.kids(i, "obj1") + ([su] if passive_verb(s, i) and (su := verb_subject(s, i)) is not None else [])
    h = s.head(i)
    if h is not None and s.tok(i).deprel == "vc":
        args += s.kids(h, "obj1")
    return any(s.tok(a).lemma.lower() in TAKEN_UP for a in args)


# Nouns of bodies that act: a helper named by one gives aid ("de gemeente helpt ondernemers").
BODY_NOUNS = ("regering", "kabinet", "overheid", "gemeente", "provincie", "politie", "brandweer", "leger", "bedrijf",
              "bank", "organisatie", "team", "club", "ploeg", "land", "partij", "school", "ziekenhuis", "fonds",
              "stichting", "vereniging", "ministerie", "dienst", "hulpdienst", "kerk", "unie", "navo", "raad")


def _actor_noun(s: ParsedSentence, j: int) -> bool:
    """Token j names someone who can act: a name (or beside one), a pronoun, a person or role noun, a
    nominalised adjective ("de 17-jarige"), or a body ("de gemeente", "het leger")."""
    from .person_nouns import is_person_noun

    tok = s.tok(j)
    if tok.coarse_pos != "N" or "eigen" in tok.pos or _actor(s, j) or any(_actor(s, k) for k in s.kids(j, "app")):
        return True
    lemma = tok.lemma.lower()
    return is_person_noun(lemma) or is_person_noun(s.word(j)) or lemma.endswith(BODY_NOUNS)


def helped_by_a_thing(s: ParsedSentence, i: int, lemma: str) -> bool:
    """"helpen" whose helper is a thing, not someone ("een tip helpt de politie", "de lage rente hielp
    de beurs", "werd geholpen door het mooie weer"): a cause, no aid given."""
    if lemma != "helpen":
        return False
    from .events import passive_verb, verb_subject

    if passive_verb(s, i):
        helpers = [o for c in s.kids(i) if s.tok(c).lemma.lower() == "door" for o in s.kids(c, "obj1")]
    else:
        su = verb_subject(s, i)
        helpers = [] if su is None else [su]
    return bool(helpers) and not any(_actor_noun(s, h) for h in helpers)
