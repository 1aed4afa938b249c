"""Chains within one document: which of a document's mentions name the same thing.

Same place or country, same name, a surname with the full name it abbreviates, an acronym with
the long form the text defines ("Europese Centrale Bank (ECB)") or whose initials it spells ("GM"
/ "General Motors"), a short name with the longer name it heads ("A380" / "Airbus A380");
pronouns and descriptions last (``descriptions``).
"""

from __future__ import annotations

from ...model import Document
from ..names import (
    PersonName,
    acronym_key,
    find_acronym_definitions,
    initials_variants,
    normalize,
)
from .chain import Chain, surname_variant
from .descriptions import resolve_descriptions
from .fullnames import full_name_of, mark_surnames_used
from .mention import Reading, may_be_surname, read_mention
from .words import BODY_NOUNS, compact


def chain_document(doc: Document) -> list[Chain]:
    """Group one document's mentions into chains (one per thing within the document)."""
    recs = [read_mention(doc, m) for m in sorted(doc.mentions, key=lambda m: (m.start, m.end))]
    definitions = {d.short: d.long for d in find_acronym_definitions(doc.text)}
    defined = {acronym_key(s): compact(long) for s, long in definitions.items()}
    chains = _chain_persons([r for r in recs if r.kind == "person"])
    mark_surnames_used(doc, chains)
    _chain_names(recs, chains, defined, [c for c in chains if c.surname_used and c.person and not c.person.has_given])
    # Acronyms and long forms in one text: defined ("Europese Centrale Bank (ECB)"), bracketed in the
    # mention, or spelled by the initials of a name in the same text ("GM" / "General Motors").
    merge_acronyms(chains, defined)
    merge_short_forms(chains, headline_end(doc.text))
    merge_plurals(chains)
    resolve_descriptions(doc.text, [r for r in recs if r.kind == "other"], chains)
    return chains


def headline_end(text: str) -> int:
    """Where a text's first line (its headline, when it has one) ends; 0 for a single line."""
    end = text.find("\n")
    return end if end > 0 else 0


def _new_chain(r: Reading, chains: list[Chain]) -> Chain:
    c = Chain()
    c.add(r)
    chains.append(c)
    return c


def _chain_persons(persons: list[Reading]) -> list[Chain]:
    """Person mentions, full names first so that surnames find the full name they abbreviate."""
    chains: list[Chain] = []
    for r in sorted(persons, key=lambda r: (not (r.person and r.person.has_given), r.start)):
        target = _person_chain(r, chains)
        if target is None:
            _new_chain(r, chains)
        else:
            target.add(r)
    return chains


def _person_chain(r: Reading, chains: list[Chain]) -> Chain | None:
    """The chain of the person r names: same surname first, then a transliteration variant."""
    p = r.person
    assert p is not None
    for c in chains:
        if c.person and c.person.surname_matches(p) and c.person.given_compatible(p):
            return c
    for c in chains:
        if c.person and surname_variant(c.person, p) and c.person.given_compatible(p):
            return c
    return _first_name_chain(p, chains)


def _first_name_chain(p: PersonName, chains: list[Chain]) -> Chain | None:
    """The one person of the text whose only first name is the bare word p ("Max" in a text about
    "Max Verstappen", quoted by a rival); None when the word is also someone's surname there, when
    two people share that first name, or when the name holds more first names ("Harry Jane
    Goodall" is NER's glue of two names)."""
    if p.has_given or p.initials or len(p.surname_parts) != 1:
        return None
    word = p.surname_parts[0]
    if any(c.person and word in c.person.surname_parts for c in chains):
        return None
    found = [c for c in chains if c.person and c.person.given == (word,)]
    return found[0] if len(found) == 1 else None


def _chain_names(recs: list[Reading], chains: list[Chain], defined: dict[str, str], bare: list[Chain]) -> None:
    """Every named mention that is not a person joins the chain of its key (or a person's chain);
    ``bare`` are the person chains known by surname alone that the text uses as persons."""
    person_chains = list(chains)
    by_key: dict[str, Chain] = {}
    for r in recs:
        if r.kind in ("person", "other"):
            continue  # "other" is resolved once the named chains exist
        key = _name_key(r, defined)
        target = _surname_person(r, person_chains) or _full_name_person(r, bare) or by_key.get(key)
        if target is None:
            target = _new_chain(r, chains)
        else:
            target.add(r)
        by_key[key] = target
        if r.kind == "acronym":
            target.acronyms.add(r.acronym)


def _name_key(r: Reading, defined: dict[str, str]) -> str:
    if r.kind == "demonym":
        return f"demonym:{r.country}:{r.home}" if r.home else f"demonym:{r.country}"
    if r.kind == "place" and r.place is not None:
        return r.place.key
    if r.kind == "acronym":
        long = defined.get(r.acronym)
        return f"name:{long}" if long else f"name:{r.key}"
    return f"name:{r.key}"


def _surname_person(r: Reading, person_chains: list[Chain]) -> Chain | None:
    """A person's surname tagged LOC or MISC by NER ("Obama" is also a town in Japan): in a text
    that names the person in full, the surname is the person ("Bijleveld-Schouten", maiden name
    added, in a text that names Ank Bijleveld)."""
    city_or_name = r.kind == "name" or (r.place is not None and r.place.kind == "city")
    if not (may_be_surname(r) and city_or_name and " " not in (r.core or " ")):
        return None
    for c in person_chains:
        if c.person and c.person.has_given and r.core and normalize(r.core).split()[0] in c.person.surname_parts:
            return c
    return None


def _full_name_person(r: Reading, bare: list[Chain]) -> Chain | None:
    """A first name and surname NER tagged MISC or LOC ("Mensur Suljovic" MISC, "Ludovit Reis")
    in a text that uses that surname alone as a person's: the person (``full_name_of``)."""
    for c in bare:
        p = full_name_of(r, c.person) if c.person else None
        if p is not None:
            r.kind, r.person = "person", p
            return c
    return None


def merge_acronyms(chains: list[Chain], defined: dict[str, str]) -> None:
    """Join each acronym chain to the chain of its long form in the same text."""
    while _merge_acronyms_once(chains, defined):
        pass
    chains[:] = [c for c in chains if c.mentions]


def _merge_acronyms_once(chains: list[Chain], defined: dict[str, str]) -> bool:
    changed = False
    for a in chains:
        if a.kind not in {"acronym", "name"} or not a.mentions:
            continue
        letters = {m.acronym for m in a.mentions if m.kind == "acronym"}
        if not letters:
            continue
        b = next((b for b in chains if b is not a and _spells_out(b, letters, defined)), None)
        if b is not None:
            b.absorb(a)
            changed = True
    return changed


def _spells_out(b: Chain, letters: set[str], defined: dict[str, str]) -> bool:
    """Chain b holds the long form of one of the acronym letters."""
    if not b.mentions or b.kind not in {"name", "place"}:
        return False
    long_keys = {m.key for m in b.mentions if m.kind != "acronym"}
    return bool(
        letters & b.acronyms
        or any(defined.get(x) in long_keys for x in letters)
        or any(
            initials_variants(m.core or "") & letters
            for m in b.mentions
            if m.kind == "name" and len((m.core or "").split()) > 1
        )
    )


def merge_short_forms(chains: list[Chain], headline_end: int = 0) -> None:
    """Join a short name to the longer name of the same type it shortens, within one text.

    The head of a multi-word name stands for it ("A380" for "Airbus A380", "Air Force" for "US Air
    Force"); a leading part does only when the long form came first and the short one was not used
    before it in the body ("Northrop Grumman" ... "Northrop"), since "Boeing" before "Boeing
    Commercial Airplanes" names the parent company, not the division. A headline (the text before
    ``headline_end``) writes the short form of what its body names in full ("AirTran" in the title
    over "AirTran Airways"). A country's name typed an organisation ("Qatar" after "Qatar
    Airways") is the organisation whose name it opens.
    """
    names = [c for c in chains if (c.kind == "name" or _org_country(c)) and c.mentions]
    for a in names:
        if not a.mentions:
            continue
        shorts = {tuple(normalize(m.core or "").split()) for m in a.mentions if m.kind in ("name", "place")}
        a_first = min((m.start for m in a.mentions if m.start >= headline_end), default=_NEVER)
        for b in names:
            if b is a or not b.mentions or b.kind != "name" or not short_types_agree(a, b):
                continue
            if _shortened_by(b, shorts, a_first, leading_only=a.kind == "place"):
                _as_name(a)
                b.absorb(a)
                break
    chains[:] = [c for c in chains if c.mentions]


_NEVER = 1 << 62


def _org_country(c: Chain) -> bool:
    """A chain of a country or town that NER (or the gold) typed an organisation throughout."""
    return c.kind == "place" and all(m.type == "ORG" and m.kind == "place" for m in c.mentions)


def _as_name(c: Chain) -> None:
    """Read a place-named organisation chain as a plain name ("Qatar" of "Qatar Airways"), so it
    brings no country key to the organisation it joins."""
    if c.kind != "place":
        return
    for m in c.mentions:
        m.kind, m.place = "name", None
    c.keys = {f"name:{m.key}" for m in c.mentions}


def _shortened_by(b: Chain, shorts: set[tuple[str, ...]], a_first: int, leading_only: bool = False) -> bool:
    """One of b's names is shortened to one of ``shorts`` (word tuples) of a chain first met (in
    the body) at a_first; ``leading_only``: only as its leading part."""
    b_first = min(m.start for m in b.mentions)
    return any(
        _shortens(short, tuple(normalize(m.core).split()), b_first < a_first, leading_only)
        for m in b.mentions
        if m.kind == "name" and m.core
        for short in shorts
    )


def _shortens(short: tuple[str, ...], long: tuple[str, ...], long_first: bool, leading_only: bool = False) -> bool:
    if not short or len(short) >= len(long):
        return False
    prefix = long[: len(long) - len(short)]
    council_of = bool(prefix) and prefix[-1] in BODY_NOUNS  # "Raad Buitenlandse Zaken"
    head = long[-len(short) :] == short and not council_of and not leading_only
    return head or (long[: len(short)] == short and long_first)


def merge_plurals(chains: list[Chain]) -> None:
    """Join a product's plural to its name in the same text ("iPhones" / "iPhone", "Dreamliners" /
    "Dreamliner"), as ``scoring`` does across texts; a name whose singular the text does not
    write stays as it is."""
    singular = {m.key: c for c in chains if c.type == "MISC" for m in c.mentions if m.kind == "name"}
    for c in chains:
        if c.type != "MISC" or c.kind != "name" or not c.mentions:
            continue
        for m in c.mentions:
            one = singular.get(_singular_key(m.core or "")) if m.kind == "name" else None
            if one is not None and one is not c and one.mentions and one.subtype == c.subtype:
                one.absorb(c)
                break
    chains[:] = [c for c in chains if c.mentions]


def _singular_key(core: str) -> str:
    """The key of a name less its plural -s ("iPhones" -> "iphone"); "" when it has none to lose."""
    last = core.split()[-1] if core else ""
    if len(last) < 4 or not core.endswith("s") or "-" in last:
        return ""
    return compact(core[:-1].rstrip("'’"))


def short_types_agree(a: Chain, b: Chain) -> bool:
    """Same type and subtype, or ORG and a plain MISC (NER wavers between them for parties and
    bodies: "Forum" MISC, "Forum voor Democratie" ORG)."""
    if a.type == b.type:
        return a.subtype == b.subtype
    misc = a if a.type == "MISC" else b
    # Frog's "eve" on a party name is noise; a product ("pro") is not its maker.
    return {a.type, b.type} == {"ORG", "MISC"} and misc.subtype in ("", "eve")
