"""A noun made from a verb takes the verb's type when the lexicon lists the verb and not the noun.

Frog's morphology splits a deverbal noun into the verb's stem and its suffix: "intrekking" is
``[in][trek][ing]``, "arrestatie" ``[arrest][eer][atie]``. The stem gives back the infinitive
("intrekken", "arresteren"); where the event lexicon types that verb, the noun names the same kind
of happening ("de intrekking van de vergunning" is a withdrawal, like "trok de vergunning in").

Two kinds of verb are left out: sayings (a "verwachting", "melding" or "stelling" is what is
said or expected, not a happening) and economy verbs (a "handeling" is an act, no trade; the
economy nouns are listed one by one, ``event_types.tsv``).
"""

from __future__ import annotations

import re

# Suffixes that make a noun of a verb's stem: "-ing" (intrekking), "-atie"/"-itie" (arrestatie,
# "[arrest][eer][atie]": the stem keeps the verb's "-eer"). Not "-st": "winst" is profit, no win.
NOMINAL_SUFFIXES = ("ing", "atie", "itie")
# Inflection morphemes Frog splits off a plural noun ("[ver][kies][ing][en]").
INFLECTIONS = ("s", "en", "n")
# Types a nominalisation does not inherit (see the module's docstring).
NOT_INHERITED = frozenset({"statement", "economy"})
_MORPHEME = re.compile(r"\[([^\]]*)\]")


def verb_stem(morph: str) -> str | None:
    """The verb stem of a deverbal noun by Frog's morphemes ("[in][trek][ing]" -> "intrek",
    "[arrest][eer][atie][s]" -> "arresteer"); None when the last morpheme is no nominal suffix."""
    parts = _MORPHEME.findall(morph.lower())
    while parts and parts[-1] in INFLECTIONS:
        parts.pop()
    if len(parts) < 2 or parts[-1] not in NOMINAL_SUFFIXES:
        return None
    return "".join(parts[:-1])


def infinitives(stem: str) -> list[str]:
    """The infinitives a verb stem may have, most likely first: a short vowel doubles the last
    consonant ("trek" -> "trekken"), a long one is written single in the open syllable ("leg" ->
    "leggen", "arresteer" -> "arresteren"), a final f or s becomes v or z ("leef" -> "leven")."""
    out = []
    long_vowel = re.match(r"(.*)([aeou])\2([^aeiou])$", stem)
    if long_vowel:
        last = long_vowel.group(3)
        last = {"f": "v", "s": "z"}.get(last, last)
        out.append(long_vowel.group(1) + long_vowel.group(2) + last + "en")
    elif re.search(r"(^|[^aeiou])[aeiou][^aeiouwj]$", stem):
        out.append(stem + stem[-1] + "en")
    elif re.search(r"[aeiouj][fs]$", stem):
        out.append(stem[:-1] + {"f": "v", "s": "z"}[stem[-1]] + "en")  # "verkies" -> "verkiezen"
    out.append(stem + "en")
    return out


def deverbal_type(morph: str, verbs: dict[str, str]) -> tuple[str, str] | None:
    """The (type, verb) a deverbal noun inherits from ``verbs`` (lemma -> type), or None."""
    stem = verb_stem(morph)
    if stem is None:
        return None
    for verb in infinitives(stem):
        typ = verbs.get(verb)
        if typ is not None:
            return None if typ in NOT_INHERITED else (typ, verb)
    return None
