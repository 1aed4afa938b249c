"""What the trigger lexicon and the happening families say of a word."""

from __future__ import annotations

from functools import cache
from importlib import resources

from ...extract.events import lexicon


def head_and_modifier(lemma: str) -> tuple[str, str]:
    hit = lexicon().noun_type(lemma)
    word = lemma.lower().replace("_", "")
    if hit is None or hit[1] == word:
        return word, ""
    return hit[1], word[: len(word) - len(hit[1])].rstrip("-")



@cache
def families() -> dict[str, str]:
    rows = resources.files("kroniek.data").joinpath("event_families.tsv").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in rows.splitlines():
        if line.strip() and not line.startswith("#"):
            lemma, fam = line.split("\t")[:2]
            out[lemma.replace("_", "").replace(" ", "")] = fam
    return out


@cache
def family_of(lemma: str) -> str:
    """The kind of happening a trigger lemma names: the word itself, else the head of a compound
    ("kerkbrand" -> fire, "massaprotest" -> protest, "gasexplosie" -> explosion)."""
    fams = families()
    word = lemma.lower().replace("_", "").replace(" ", "")
    if word in fams:
        return fams[word]
    for i in range(3, len(word) - 2):
        if word[i:] in fams and len(word) - i >= 4:
            return fams[word[i:]]
    return ""


def support_family(verb: str, obj: str) -> str:
    """The family of a light verb's event noun ("een celstraf opleggen" -> verdict, "een resolutie
    aannemen" -> vote): the verb names the noun's happening (event_support.tsv); "" otherwise."""
    sup = lexicon().support
    hit = lexicon().noun_type(obj)
    head = hit[1] if hit else obj
    if (verb, head) in sup or (verb, "*") in sup:
        return family_of(obj)
    return ""


# Families that name one way of carrying out a broader one: a shooting or a stabbing is an attack,
# so "schietpartij" in one outlet and "aanslag" in another can be one happening (when names and
# day agree, as for any family match). An explosion is not among them: a gas explosion is no attack.
# An election is a vote: "verkozen" in one outlet and "de stemming" in another (the IOC's choice of a host).
# A transfer is a departure: "Dumoulin vertrekt bij Sunweb" in one outlet, "de overstap" in the next.
BROADER = {"shooting": "attack", "stabbing": "attack", "election": "vote", "transfer": "resignation"}


def families_match(a: str, b: str) -> bool:
    """Two happening families that can name one happening: the same, or one the broader of the other."""
    return bool(a and b) and (a == b or BROADER.get(a) == b or BROADER.get(b) == a)


def family_keys(family: str) -> set[str]:
    """The family and the broader one it belongs to, as blocking keys."""
    return {family, BROADER[family]} if family in BROADER else {family} if family else set()


@cache
def noun_type(lemma: str) -> str | None:
    hit = lexicon().noun_type(lemma)
    return hit[0] if hit else None


