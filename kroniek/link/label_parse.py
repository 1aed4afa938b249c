"""Where a label finds who and whom when the event mention's own arguments say nothing: the parse
around its trigger (used by ``labels``).

- a noun's own prepositional phrase ("moord op de verslaggever", "veroordeling voor mishandeling")
  and its owner: a genitive name ("Jansens vertrek") or a possessive pronoun, which names the
  subject of its clause ("De burgemeester heeft zijn vertrek aangekondigd");
- the noun an attributive participle stands on, which underwent it ("de verloren finale": the
  final was lost; "de omgekomen reizigers");
- the subject a coordinated verb shares with the verb before it ("De politie heeft de man
  gevonden en aangehouden": the police did both);
- the subject of a light verb an event noun is the object of ("De recherche doet onderzoek naar
  de brand": the detectives investigate), with the verb's prepositional phrase;
- the verb's own subject in the parse when the mention's role was a time ("Woensdag koos de raad
  …": the council, not Wednesday);
- the noun a relative clause stands on, when its pronoun is the verb's subject ("een man die een
  tankstation overviel": the man did);
- a pronoun or role noun by the name its coreference chain gives ("zij" → the minister named
  before), so a label names a person where the text refers back to one.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..extract.dateline import dateline_at
from ..model import Document, Token

# Prepositions whose phrase on an event noun says whom or what it concerns ("aanslag op",
# "protest tegen", "onderzoek naar", "veroordeling voor"); "in"/"bij" tell a place, the event's own.
NOUN_PREPS = ("van", "op", "tegen", "naar", "voor", "met", "over", "aan")
POSSESSIVES = ("zijn", "haar", "hun")
# Verbs that say little of their own beside an event noun object: their subject does what the noun
# names ("De recherche doet onderzoek", "De bond hield een protest", "Hij gaf steun").
LIGHT_VERBS = frozenset({"doen", "houden", "voeren", "plegen", "geven", "nemen", "zoeken", "leveren", "bieden",
                         "verlenen", "uitvoeren", "organiseren", "starten", "beginnen", "openen", "lanceren",
                         "ondernemen", "verrichten", "maken"})


def verbal(tok: Token) -> bool:
    """Whether a trigger reads as a verb in a label: a nominalised infinitive ("haar aftreden",
    "het neerschieten van de toestel") is a noun, with an owner and a prepositional phrase."""
    return tok.coarse_pos == "WW" and not tok.pos.startswith("WW(inf,nom")


def sentence_tokens(doc: Document, i: int) -> range:
    """The token indices of token ``i``'s sentence."""
    k = doc.tokens[i].sent
    if 0 <= k < len(doc.sentences):
        s = doc.sentences[k]
        return range(s.first_token, s.last_token)
    return range(len(doc.tokens))


def subtree(doc: Document, k: int) -> tuple[int, int]:
    """The character span of token ``k`` and every token below it in the parse (its phrase)."""
    inside = {k}
    ids = sentence_tokens(doc, k)
    grew = True
    while grew:
        grew = False
        for j in ids:
            if j not in inside and doc.tokens[j].head in inside:
                inside.add(j)
                grew = True
    toks = [doc.tokens[j] for j in sorted(inside)]
    return toks[0].start, toks[-1].end


def children(doc: Document, k: int, *rels: str) -> list[int]:
    """The dependents of token ``k`` (with one of ``rels``, when given), in text order."""
    return [j for j in sentence_tokens(doc, k) if doc.tokens[j].head == k and (not rels or doc.tokens[j].deprel in rels)]


def noun_phrase(doc: Document, i: int) -> tuple[str, tuple[int, int]] | None:
    """A noun trigger's own prepositional phrase that says whom it concerns: (preposition, span of
    its object), the first one; None without one."""
    for j in children(doc, i, "mod", "pc"):
        t = doc.tokens[j]
        if t.coarse_pos != "VZ" or t.lemma.lower() not in NOUN_PREPS:
            continue
        obj = children(doc, j, "obj1")
        if not obj or doc.tokens[obj[0]].coarse_pos == "TW":  # "met 200 tegen 117 stemmen": counts, no one
            return None
        return t.lemma.lower(), subtree(doc, obj[0])
    return None


def light_verb(doc: Document, i: int) -> int | None:
    """The light verb an event noun is the object of ("doet onderzoek", "hield een protest"), or None."""
    tok = doc.tokens[i]
    if tok.deprel not in ("obj1", "predc") or not 0 <= tok.head < len(doc.tokens):
        return None
    verb = doc.tokens[tok.head]
    return tok.head if verb.coarse_pos == "WW" and verb.lemma.lower() in LIGHT_VERBS else None


def verb_phrase(doc: Document, k: int) -> tuple[str, tuple[int, int]] | None:
    """A light verb's prepositional phrase that tells whom its event noun concerns ("doet onderzoek
    naar de brand", where the parse hangs "naar" on the verb): (preposition, span of its object)."""
    for j in children(doc, k, "pc", "predc", "mod"):
        t = doc.tokens[j]
        obj = children(doc, j, "obj1")
        if t.coarse_pos == "VZ" and t.lemma.lower() in NOUN_PREPS and obj and doc.tokens[obj[0]].coarse_pos != "TW":
            return t.lemma.lower(), subtree(doc, obj[0])
    return None


# Prepositions whose phrase on a verb with nobody named says with or against whom it happened ("er
# werd gevochten tussen leger en rebellen", "er is geblunderd met een patiënt"); on a prepositional
# complement (pc) every NOUN_PREPS one does ("wordt omgegaan met hun veiligheid").
WITH_WHOM = ("tussen", "met", "tegen")
MODALS = ("kunnen", "moeten", "zullen", "willen", "mogen")


def with_whom(doc: Document, i: int, complements: bool = False) -> list[tuple[str, list[tuple[int, int]]]]:
    """A verb's (or its auxiliary's) prepositional phrases that say with or against whom it
    happened: (preposition, spans of its object's conjuncts), in text order; with ``complements``
    only its prepositional complements ("onderhandelen over", "kiezen voor", "verliezen van")."""
    tok = doc.tokens[i]
    heads = [i, tok.head] if tok.deprel == "vc" and 0 <= tok.head < len(doc.tokens) else [i]
    out = []
    for j in sorted(j for h in heads for j in children(doc, h)):
        t = doc.tokens[j]
        prep = t.lemma.lower()
        if t.coarse_pos != "VZ" or not ((prep in WITH_WHOM and not complements) or (t.deprel == "pc" and prep in NOUN_PREPS)):
            continue
        obj = children(doc, j, "obj1")
        if not obj or doc.tokens[obj[0]].coarse_pos == "TW":
            continue
        parts = children(doc, obj[0], "cnj") if doc.tokens[obj[0]].pos.startswith("VG(neven") else [obj[0]]
        out.append((prep, [subtree(doc, k) for k in parts]))
    return out


def fate(doc: Document, i: int) -> int | None:
    """The participle that tells what became of an event noun that is the subject of a perfect or
    passive ("De beslissing is genomen": genomen); None under a modal ("kan worden bereikt" is no fact)."""
    tok = doc.tokens[i]
    if tok.deprel != "su" or not 0 <= tok.head < len(doc.tokens) or doc.tokens[tok.head].coarse_pos != "WW":
        return None
    k = tok.head
    while doc.tokens[k].lemma.lower() not in MODALS:
        below = [j for j in children(doc, k, "vc") if doc.tokens[j].coarse_pos == "WW"]
        if not below:
            return k if k != tok.head and doc.tokens[k].pos.startswith("WW(vd") else None
        k = below[0]
    return None


def owner(doc: Document, i: int) -> tuple[int, int] | None:
    """Whose the event noun is: a genitive name before it ("Jansens vertrek"), or, for a possessive
    pronoun ("zijn vertrek"), the subject of the clause the noun stands in."""
    for j in children(doc, i, "det", "mod"):
        t = doc.tokens[j]
        if t.coarse_pos == "SPEC" and doc.text[t.start : t.end].endswith("s") and j < i:
            return t.start, t.end
        if t.pos.startswith("VNW(bez") and doc.text[t.start : t.end].lower() in POSSESSIVES:
            return clause_subject(doc, i)
    return None


def in_time(doc: Document, offset: int) -> bool:
    """Whether a time expression covers the character offset ("Vrijdag", taken by the parse for a
    subject)."""
    return any(x.start <= offset < x.end for x in doc.timexes)


def in_dateline(doc: Document, offset: int) -> bool:
    """Whether the offset lies in a regional dateline in capitals ("VELDHOVEN - ", taken by the
    parse for a subject): the place the report comes from, no participant."""
    return dateline_at(doc.text, offset) is not None


def no_subject(doc: Document, offset: int) -> bool:
    """A word the parse took for a subject that is none: a time or a dateline."""
    return in_time(doc, offset) or in_dateline(doc, offset)


def clause_subject(doc: Document, i: int) -> tuple[int, int] | None:
    """The subject of the nearest clause above token ``i`` that has one (not ``i``'s own), never a
    time the parse took for one ("Vrijdag kondigde de wethouder haar aftreden aan")."""
    k = doc.tokens[i].head
    seen = set()
    while 0 <= k < len(doc.tokens) and k not in seen:
        seen.add(k)
        su = [j for j in children(doc, k, "su") if j != i and doc.tokens[j].coarse_pos != "VG" and not no_subject(doc, doc.tokens[j].start)]
        if su and doc.tokens[k].coarse_pos == "WW":
            return subtree(doc, su[0])
        k = doc.tokens[k].head
    return None


def attributive_noun(doc: Document, tok: Token) -> tuple[int, int] | None:
    """The noun an attributive participle modifies ("de verloren finale" → "finale"), which is what
    it happened to (or who it happened to: "de omgekomen reizigers")."""
    if not tok.pos.startswith("WW(vd") or tok.deprel != "mod" or not 0 <= tok.head < len(doc.tokens):
        return None
    head = doc.tokens[tok.head]
    if head.coarse_pos != "N" or head.start < tok.end:
        return None
    return head.start, head.end


@dataclass(frozen=True, slots=True)
class Shared:
    """What a coordinated verb without a subject of its own takes from the conjunct before it."""

    subject: tuple[int, int] | None = None
    object: tuple[int, int] | None = None  # for a participle without an object of its own
    passive: bool = False  # the subject underwent it ("werd gevonden en … gebracht")


def shared(doc: Document, i: int) -> Shared:
    """The subject (and, for a participle, the object) a coordinated verb shares with the conjunct
    before it. Frog joins either the participles under one auxiliary ("heeft [de man gevonden en
    aangehouden]") or the auxiliary's clause and the bare participle ("[werd gevonden] en
    [gebracht]"); both are read. Under "worden" or "zijn" the subject is what underwent it."""
    tok = doc.tokens[i]
    if tok.deprel != "cnj" or children(doc, i, "su") or not 0 <= tok.head < len(doc.tokens):
        return Shared()
    conj = tok.head
    earlier = next((j for j in children(doc, conj, "cnj") if j < i and doc.tokens[j].coarse_pos == "WW"), None)
    if earlier is None:
        return Shared()
    outer = doc.tokens[conj].head if doc.tokens[conj].deprel == "vc" else -1
    su = children(doc, earlier, "su") or (children(doc, outer, "su") if outer >= 0 else [])
    verbs = [earlier, *children(doc, earlier, "vc")]
    obj = [k for v in verbs for k in children(doc, v, "obj1") if doc.tokens[k].coarse_pos in ("N", "SPEC", "VNW")]
    aux = earlier if children(doc, earlier, "vc") else outer
    participle = tok.pos.startswith("WW(vd")
    return Shared(
        subject=subtree(doc, su[0]) if su else None,
        object=subtree(doc, obj[0]) if obj and participle and not children(doc, i, "obj1") else None,
        passive=participle and aux >= 0 and doc.tokens[aux].lemma.lower() in ("worden", "zijn"),
    )


def subjects(doc: Document, i: int) -> list[int]:
    """The subjects the parse gives a verb: its own, or its auxiliary's for a participle or
    infinitive under one ("is … teruggekomen"), in text order (Frog often gives a fronted time
    word as a second subject: "Woensdag koos de raad …")."""
    tok = doc.tokens[i]
    heads = [i]
    if tok.deprel == "vc" and 0 <= tok.head < len(doc.tokens) and doc.tokens[tok.head].coarse_pos == "WW":
        heads.append(tok.head)
    return sorted(j for h in heads for j in children(doc, h, "su") if doc.tokens[j].coarse_pos != "VG")


def relative_antecedent(doc: Document, i: int) -> tuple[int, int] | None:
    """The noun phrase a relative clause stands on, up to its relative pronoun, when the verb (or its
    auxiliary) heads that clause and the pronoun is its subject ("De politie zoekt een man die
    dinsdag een tankstation overviel": the man); None otherwise."""
    tok = doc.tokens[i]
    top = tok.head if tok.deprel == "vc" and 0 <= tok.head < len(doc.tokens) and doc.tokens[tok.head].coarse_pos == "WW" else i
    rel = doc.tokens[top].head if doc.tokens[top].deprel == "body" else -1
    if not 0 <= rel < len(doc.tokens) or not doc.tokens[rel].pos.startswith("VNW(betr"):
        rel = next((j for j in children(doc, top, "su") if doc.tokens[j].pos.startswith("VNW(betr")), -1)
        ant = doc.tokens[top].head if rel >= 0 and doc.tokens[top].deprel == "mod" else -1
    else:
        ant = doc.tokens[rel].head
    if not 0 <= ant < rel or doc.tokens[ant].coarse_pos not in ("N", "SPEC") or _place_in_phrase(doc, ant):
        return None
    return subtree(doc, ant)[0], doc.tokens[rel].start


def _place_in_phrase(doc: Document, k: int) -> bool:
    """A place in a prepositional phrase ("de jongen uit Syrië, die …"): the parse hangs the relative
    pronoun on the nearest noun, but the clause is then most often about the noun before the phrase."""
    t = doc.tokens[k]
    return t.ner.endswith("LOC") and t.deprel == "obj1" and 0 <= t.head < len(doc.tokens) and doc.tokens[t.head].coarse_pos == "VZ"


def chain_named(doc: Document, a: int, b: int) -> tuple[int, int] | None:
    """The span of the first name in the coreference chain a pronoun or role noun in ``a:b``
    belongs to, or None."""
    chain = next((m.chain for m in doc.chains if m.kind in ("pronoun", "role") and a <= m.start and m.end <= b), None)
    if chain is None:
        return None
    named = [m for m in doc.chains if m.chain == chain and m.kind == "name"]
    return (named[0].start, named[0].end) if named else None
