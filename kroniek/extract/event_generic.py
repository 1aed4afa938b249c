"""Event nouns used generically: a topic, not a happening.

An event noun a policy, risk or fear frame governs names the kind of thing the frame is about,
not something that happened: "de strijd tegen fraude", "de aanpak van inbraken", "maatregelen
tegen diefstal", "het risico op overstromingen", "angst voor inbraken", "ter voorkoming van
ongelukken", and as the object of a frame verb, "om inbraken te voorkomen", "fraude bestrijden".
The guard reads Frog's parse: the noun is the object of a preposition the frame noun takes (or
the direct object of the frame verb), and the noun is not made specific.

A noun stays a mention when it is specific: a definite, demonstrative or possessive determiner
or a number ("de aanpak van de brand", "de strijd tegen deze inbraken"), a time expression or a
name in its phrase ("het risico op overstromingen in Limburg" stays: that is about a place's
actual floods). An indefinite article does not make it specific: "de kans op een aanslag" is
a risk, not an attack.

A charge is not a frame: "verdacht van diefstal", "aangifte van inbraak", "veroordeeld voor
fraude" keep the offence as a crime, because the charge says someone committed one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .events import ParsedSentence

# Frame nouns (a compound on one counts: "criminaliteitsbestrijding", "fraudeaanpak") and the
# prepositions by which they take their topic.
FRAME_NOUNS: dict[str, frozenset[str]] = {
    "strijd": frozenset({"tegen"}),
    "campagne": frozenset({"tegen"}),
    "aanpak": frozenset({"van"}),
    "bestrijding": frozenset({"van"}),
    "preventie": frozenset({"van", "tegen"}),
    "voorkoming": frozenset({"van"}),
    "bescherming": frozenset({"tegen"}),
    "maatregel": frozenset({"tegen"}),
    "wet": frozenset({"tegen", "op"}),
    "wetgeving": frozenset({"tegen", "op"}),
    "beleid": frozenset({"tegen", "op"}),
    "verbod": frozenset({"op"}),
    "straf": frozenset({"op"}),
    "risico": frozenset({"op", "van"}),
    "kans": frozenset({"op"}),
    "gevaar": frozenset({"op", "van", "voor"}),
    "dreiging": frozenset({"van"}),
    "angst": frozenset({"voor"}),
    "vrees": frozenset({"voor"}),
}

# Frame nouns that are themselves listed events but fight no battle when their topic is generic.
FIGHT_FRAMES = ("strijd", "campagne")

# Frame verbs whose bare object is a kind of happening: "inbraken voorkomen", "fraude bestrijden".
FRAME_VERBS = frozenset({"bestrijden", "voorkomen", "tegengaan", "aanpakken", "voorkómen"})


def generic_use(s: ParsedSentence, i: int) -> bool:
    """The noun at ``i`` is the unspecific topic of a frame noun or verb, so it names no happening."""
    o = _conjunction_over(s, i)
    p = s.head(o)
    if p is None or s.tok(o).deprel != "obj1":
        return False
    head = s.tok(p)
    if head.coarse_pos == "WW":
        framed = head.lemma.lower() in FRAME_VERBS
    elif head.coarse_pos == "VZ" and head.lemma.lower() == "om":
        framed = _frame_verb_under(s, p)
    else:
        framed = head.coarse_pos == "VZ" and _frame_noun_over(s, p)
    return framed and not specific(s, i)


def metaphorical_frame(s: ParsedSentence, i: int) -> bool:
    """A fight frame ("strijd", "campagne") whose topic is a bare singular common noun that is no
    name: "de strijd tegen fraude", "de strijd tegen ondermijning" fight no battle. A bare plural
    or a definite topic may be a real fight ("strijd tegen rebellen", "de strijd tegen de
    Taliban"). Policy frames ("een wet", "een verbod") can be real decisions, so they stay."""
    if not s.tok(i).lemma.lower().endswith(FIGHT_FRAMES):
        return False
    for p in s.kids(i):
        if s.tok(p).coarse_pos != "VZ" or s.tok(p).lemma.lower() not in frame_preps(s.tok(i).lemma.lower()):
            continue
        for o in s.kids(p, "obj1"):
            tok = s.tok(o)
            if tok.coarse_pos == "N" and ",ev," in tok.pos and "soort" in tok.pos and not s.kids(o, "det") \
                    and not specific(s, o):
                return True
    return False


def _frame_verb_under(s: ParsedSentence, p: int) -> bool:
    """An "om ... te" clause whose verb is a frame verb: Frog makes the noun the object of "om"
    ("om inbraken te voorkomen")."""
    return any(s.tok(k).coarse_pos == "WW" and s.tok(k).lemma.lower() in FRAME_VERBS for k in s.subtree(p))


def _conjunction_over(s: ParsedSentence, i: int) -> int:
    """The coordination a conjunct hangs under ("tegen fraude en witwassen": Frog makes "en" the
    object and both nouns its conjuncts), else the noun itself."""
    c = s.head(i)
    if s.tok(i).deprel == "cnj" and c is not None and s.tok(c).coarse_pos == "VG":
        return c
    return i


def _frame_noun_over(s: ParsedSentence, p: int) -> bool:
    """The preposition at ``p`` hangs under a frame noun that takes its topic by it."""
    g = s.head(p)
    if (g is None or s.tok(g).coarse_pos != "N") and p > s.first and s.tok(p - 1).coarse_pos == "N":
        g = p - 1  # "er komt een wet tegen vervalsing": Frog hung the phrase on the verb
    if g is None or s.tok(g).coarse_pos != "N":
        return False
    preps = frame_preps(s.tok(g).lemma.lower())
    return s.tok(p).lemma.lower() in preps


def frame_preps(lemma: str) -> frozenset[str]:
    """The prepositions of a frame noun lemma, or of the frame noun a compound ends in."""
    for frame, preps in FRAME_NOUNS.items():
        if lemma == frame or (lemma.endswith(frame) and len(lemma) - len(frame) >= 3):
            return preps
    return frozenset()


def specific(s: ParsedSentence, i: int) -> bool:
    """A definite, demonstrative or possessive determiner or a number on the noun, or a time
    expression or a name anywhere in its phrase."""
    for k in s.kids(i, "det"):
        pos = s.tok(k).pos
        if pos.startswith(("LID(bep", "VNW(aanw", "VNW(bez", "TW")):
            return True
    for k in s.subtree(i):
        if k == i:
            continue
        tok = s.tok(k)
        if tok.ner != "O" or "eigen" in tok.pos or any(x.start <= tok.start < x.end for x in s.doc.timexes):
            return True
    return False
