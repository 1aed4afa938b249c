"""The head noun of a description ("de Amerikaanse luchtmacht" -> "luchtmacht") and whether it
fits a named chain: a description names the chain whose own mentions carry its head ("de
vliegtuigbouwer" for "de Europese vliegtuigbouwer Airbus"), or any latest chain of its type when
its head is a class noun that fits every member of the type ("het bedrijf", "het land")."""

from __future__ import annotations

from .chain import Chain
from .words import DEFINITE, PREPOSITIONS, RELATIVE, words

# Class nouns a definite description uses for the last named thing of its type, whatever it is.
# Nouns naming one kind of thing ("de luchtmacht", "de software", "de regering") are not here:
# they describe something of their own, unless the named thing's mentions carry the noun.
CLASS_NOUNS: dict[str, frozenset[str]] = {
    "ORG": frozenset(
        {"bedrijf", "onderneming", "concern", "maatschappij", "firma", "fabrikant", "producent",
         "organisatie", "groep", "instelling", "partij", "club", "bank", "winkel", "keten",
         "multinational", "leverancier", "klant", "consortium", "vereniging", "stichting"}
    ),
    "LOC": frozenset(
        {"land", "stad", "plaats", "gemeente", "dorp", "regio", "provincie", "staat", "hoofdstad",
         "eiland", "gebied"}
    ),
    "MISC": frozenset(
        {"product", "model", "toestel", "apparaat", "machine", "vliegtuig", "auto", "wagen",
         "telefoon", "computer", "systeem", "merk", "programma", "contract", "deal", "fonds",
         "aandeel", "index", "munt"}
    ),
}
_PLURAL_ENDINGS = ("en", "s", "'s", "n")
# Dutch head nouns of institutions and the English words the institutions' own names end in, as
# Dutch news writes them: "de luchtmacht" in a text about the "US Air Force".
ENGLISH_HEADS: dict[str, tuple[str, ...]] = {
    "luchtmacht": ("air force",),
    "marine": ("navy",),
    "leger": ("army",),
    "landmacht": ("army",),
    "kustwacht": ("coast guard",),
    "luchthaven": ("airport",),
    "vliegveld": ("airport",),
    "universiteit": ("university",),
    "regering": ("government",),
    "parlement": ("parliament",),
    "senaat": ("senate",),
}


def head_noun(text: str) -> str:
    """The noun a description turns on: its last word before a preposition, comma or relative
    pronoun, the tail of a hyphenated compound ("A380-machines" -> "machines"), lowercased."""
    ws: list[str] = []
    for w in words(text.split(",")[0]):
        low = w.casefold().strip("`'\"")
        if ws and (low in PREPOSITIONS or low in RELATIVE):
            break
        if low:
            ws.append(low)
    while len(ws) > 1 and ws[0] in DEFINITE:
        ws = ws[1:]
    return ws[-1].rpartition("-")[2] if ws else ""


def singular(word: str) -> str:
    """A crude singular for matching heads: "vliegtuigen" -> "vliegtuig", "toestellen" ->
    "toestel" (a consonant doubled before -en is single), "bedrijven" -> "bedrijf", "huizen" ->
    "huis" (v and z before -en are f and s)."""
    for end in _PLURAL_ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 4:
            stem = word[: -len(end)]
            if end == "en" and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
                return stem[:-1]
            if end == "en" and stem[-1] in "vz" and stem[-2] not in "vz":
                return stem[:-1] + {"v": "f", "z": "s"}[stem[-1]]
            return stem
    return word


def head_fits(head: str, word: str) -> bool:
    """The head names what ``word`` names: the same noun, its plural, or the end of a compound
    ("fabrikant" in "vliegtuigfabrikant")."""
    if len(head) < 3:
        return False
    h, w = singular(head), singular(word.casefold().rpartition("-")[2])
    return w == h or (w.endswith(h) and len(w) - len(h) >= 3) or w.startswith(h) and len(w) - len(h) <= 2


def carries_head(chain: Chain, head: str) -> bool:
    """One of the chain's mentions (or the roles given it) holds the head noun, or a name of the
    chain ends in its English equivalent ("de luchtmacht" / "United States Air Force")."""
    texts = [m.text for m in chain.mentions] + list(chain.roles)
    if any(head_fits(head, w) for t in texts for w in words(t)):
        return True
    english = ENGLISH_HEADS.get(singular(head), ENGLISH_HEADS.get(head, ()))
    names = [" ".join(words(m.core)).casefold() for m in chain.mentions if m.core and m.kind == "name"]
    return any(n == e or n.endswith(" " + e) for n in names for e in english)


def is_class_noun(head: str, typ: str) -> bool:
    """A class noun of the type: it may stand for the last named thing of that type."""
    nouns = CLASS_NOUNS.get(typ, frozenset())
    h = singular(head)
    return any(h == singular(n) or (h.endswith(n) and len(h) - len(n) >= 3) for n in nouns)
