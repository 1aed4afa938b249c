"""Entity linking: one Entity per real thing, within and across documents.

How mentions become entities (every step a general rule, no names wired in):

1. Each mention is read on its own: the name core is cut from descriptors ("de Europese
   vliegtuigbouwer Airbus" -> "Airbus"; "Apple CEO Steve Jobs" -> "Steve Jobs" with role "CEO"),
   then classified: a nationality adjective or people noun (-> country by ISO code, kept as its
   own entity with a "nationality-of" relation), a country or other place (resolved by ISO code or
   GeoNames id), an acronym, a person name (parsed into first names, initials and surname), any
   other name, or no name at all (pronouns, common nouns).
2. Within a document, mentions group into chains: same place or country, same name, a surname
   with the full name it abbreviates, an acronym with the long form the text defines
   ("Europese Centrale Bank (ECB)") or whose initials it spells ("GM" / "General Motors"), a
   short name with the longer name it heads ("A380" / "Airbus A380"). Mentions without a name
   join a named chain only inside their own text: a relative pronoun the phrase right before it,
   a personal pronoun or definite description ("het bedrijf") the latest named chain of its type;
   indefinites stay alone. They never link across documents.
3. Across documents, chains join global entities in arrival order: same country/place/demonym or
   same exact name of the same type; acronyms through definitions learned from any document and
   a small curated list; persons when surnames agree (or are transliteration variants by
   consonant skeleton or edit distance) and first names or initials are compatible, confirmed by
   shared context (co-occurring entities or a shared role) whenever one side lacks a first name or
   the spelling differs.

Entity ids hash the entity's first mention, so the same documents in the same order give the
same ids.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from rapidfuzz.distance import Levenshtein

from ..model import Document, Entity, Mention, sha256_hex
from ..settings import Settings
from .geo import Place, country_name, resolve_country, resolve_demonym, resolve_place
from .names import (
    ARTICLES,
    PersonName,
    acronym_letters,
    consonant_skeleton,
    curated_acronyms,
    data_rows,
    find_acronym_definitions,
    initials_variants,
    is_acronym,
    normalize,
    parse_person,
)

# Words that put a following name inside a modifier ("de raad van bestuur van Chrysler" is not Chrysler).
_PREPOSITIONS = frozenset(
    {
        "van",
        "voor",
        "uit",
        "in",
        "bij",
        "met",
        "op",
        "aan",
        "tegen",
        "door",
        "naar",
        "over",
        "tot",
        "zonder",
        "onder",
        "na",
        "om",
        "of",
        "for",
        "from",
        "with",
        "by",
        "at",
        "on",
        "to",
        "via",
        "per",
    }
)
# Lowercase words that may sit inside a multi-word name ("Bank of America", "Raad van State").
_CONNECTORS = frozenset(
    {
        "of",
        "and",
        "&",
        "van",
        "de",
        "der",
        "den",
        "en",
        "voor",
        "for",
        "the",
        "het",
        "la",
        "le",
        "y",
        "du",
        "des",
    }
)
# Nouns for a body made of or serving something else: "Raad Buitenlandse Zaken" (the EU council of
# foreign ministers) is not "Buitenlandse Zaken" (the ministry), though the short name ends the long.
_BODY_NOUNS = frozenset(
    {"raad", "commissie", "comite", "ministerie", "directie", "dienst", "inspectie", "council", "committee"}
)
# Similarity (0..1, normalised Levenshtein) above which two surnames may be one transliterated name.
_SURNAME_SIMILARITY = 0.85


@cache
def role_nouns() -> frozenset[str]:
    """Dutch nouns naming an office or function (kroniek/data/nl_roles.tsv)."""
    return frozenset(r[0].strip().casefold() for r in data_rows("nl_roles.tsv"))


def role_head(word: str) -> str | None:
    """The role noun a word is or ends in: "luitenant-generaal" -> "generaal", "KLM-baas" -> "baas"."""
    w = word.strip(",.;:()\"'“”„").casefold()
    if not w:
        return None
    roles = role_nouns()
    if w in roles:
        return w.rsplit("-", 1)[-1]
    if "-" in w and w.rsplit("-", 1)[-1] in roles:
        return w.rsplit("-", 1)[-1]
    for r in roles:  # compounds: "bestuursvoorzitter", "topdiplomaat"
        if len(r) >= 4 and w.endswith(r) and len(w) - len(r) >= 3:
            return r
    return None


# --- one mention ---------------------------------------------------------------------------------


@dataclass(slots=True)
class _Mention:
    doc: str
    start: int
    end: int
    text: str
    type: str
    subtype: str
    core: str | None  # the name in the mention, None for pronouns and common nouns
    kind: str  # "demonym" | "place" | "acronym" | "person" | "name" | "other"
    key: str = ""  # compact normalised name
    person: PersonName | None = None
    place: Place | None = None
    country: str | None = None  # demonyms: the country they refer to
    acronym: str = ""  # letters of an acronym written in or after the mention
    roles: tuple[str, ...] = ()


def _compact(s: str) -> str:
    return normalize(s).replace(" ", "")


def _has_upper(w: str) -> bool:
    return any(c.isupper() for c in w)


def _is_name_word(w: str) -> bool:
    return _has_upper(w) or (w[:1].isdigit() and any(c.isalpha() for c in w))


def _words(s: str) -> list[str]:
    # Tokens with no letter or digit (quotes, stray brackets) carry nothing for naming.
    return [w for w in s.split() if any(c.isalnum() for c in w)]


def name_core(text: str) -> tuple[str | None, str, str]:
    """Split a mention into (name, descriptor, acronym in brackets).

    "de Europese vliegtuigbouwer Airbus" -> ("Airbus", "Europese vliegtuigbouwer", "");
    "Europese Centrale Bank (ECB)" -> ("Europese Centrale Bank", "", "ECB"); "het bedrijf" -> (None, ...).
    """
    acronym = ""
    m = re.search(r"\(\s*([^()]*?)\s*\)?\s*$", text)
    if m and "(" in text:
        inner = m.group(1).strip()
        if inner and is_acronym(inner):
            acronym = acronym_letters(inner)
        text = text[: m.start()]
    descriptor_after = ""
    if " , " in text or ", " in text:  # apposition: "Louis Gallois, CEO van Airbus" names Gallois
        text, descriptor_after = (t.strip() for t in text.split(",", 1))
    ws = _words(text)
    while len(ws) > 1 and ws[0].casefold() in ARTICLES:
        ws = ws[1:]
    if not ws:
        return None, descriptor_after, acronym
    if len(ws) == 1:
        w = ws[0].strip("\"'“”„`")
        if w.casefold() in _PRONOUNS or w.casefold() in _RELATIVE:
            return None, descriptor_after, acronym  # "We" opening a sentence is no name
        return (w if _is_name_word(w) else None), descriptor_after, acronym
    # The trailing run of name words, allowing connectors between them.
    j = len(ws)
    while j > 0:
        if _is_name_word(ws[j - 1]):
            j -= 1
            continue
        # Connectors inside a name ("Frans van der Meer", "Bank of America") but not at its end.
        k = j
        while k > 0 and ws[k - 1].casefold() in _CONNECTORS:
            k -= 1
        if k < j < len(ws) and k > 0 and _is_name_word(ws[k - 1]):
            j = k
            continue
        if k == 0 < j < len(ws) and ws[0][:1].isupper():  # "Van der Meer" starts with its particle
            j = 0
        break
    run = ws[j:]
    if not run or not any(_has_upper(w) for w in run):
        return None, " ".join(ws), acronym
    if j == 0:
        return " ".join(run), descriptor_after, acronym
    descriptor = ws[:j]
    if any(w.casefold() in _PREPOSITIONS for w in descriptor):
        return None, " ".join(ws), acronym
    return " ".join(run), " ".join(descriptor), acronym


def _roles_in_text(text: str, start: int, end: int) -> list[str]:
    """Roles written next to a person mention: "minister van Financiën" in "X, minister van Financiën,"."""
    roles: list[str] = []
    # Apposition after the name: ", (de) secretaris-generaal van de VN," (hard-wrapped lines allowed).
    after = re.sub(r"(?<!\n)\n(?!\n)", " ", text[end : end + 160])
    m = re.match(
        r"\s*,\s*((?:de|het|een)\s+)?([^,.;:()\n„“\"«»]{2,120}?)\s*(?=[,.;:()\n„“\"«»]|$)", after
    )
    if m:
        words = m.group(2).split()
        while words and words[-1].casefold() in _CONNECTORS | ARTICLES:
            words.pop()  # the phrase was cut at a bracket: "van de (OVSE)"
        if words and any(role_head(w) for w in words[:3]):
            if words[0].casefold() in role_nouns():
                words[0] = words[0].lower()
            roles.append(" ".join(words))
    # Preceding role noun: "de Russische generaal Valeri Gerasimov", "Minister Hoekstra van Financiën"
    before = text[max(0, start - 80) : start]
    bw = re.findall(r"[\w'’\-]+|[^\w\s]", before)
    if bw and bw[-1] not in {",", ".", ";", ":", "(", ")"}:
        head = role_head(bw[-1])
        if head:
            role = bw[-1]
            role = (
                role[0].lower() + role[1:]
                if role[:1].isupper() and role.casefold() in role_nouns()
                else role
            )
            tail = re.match(
                r"\s+(van|voor)\s+((?:de\s+|het\s+)?(?:[A-Z][\w\-]*)(?:\s+(?:en\s+)?[A-Z][\w\-]*)*)",
                text[end : end + 80],
            )
            if tail and role.casefold() in {
                "minister",
                "staatssecretaris",
                "secretaris-generaal",
                "commissaris",
                "voorzitter",
            }:
                role = f"{role} {tail.group(1)} {tail.group(2)}"
            roles.append(role)
    return roles


_MODEL_RE = re.compile(r"^\d{3}(?:-\d{3}[A-Z]{0,3})?$")


def _product_name(text: str) -> str | None:
    """The name in a product mention that ends in a common noun or is a model number: "de 787",
    "de nieuwe Airbus A380 superjumbo" -> "Airbus A380", "A380-machines" -> "A380"."""
    ws = [w for w in _words(text.split(",")[0]) if w.casefold() not in ARTICLES]
    ws = [_name_of_compound(w) for w in ws]
    run: list[str] = []
    for w in ws:
        if _is_name_word(w) or _MODEL_RE.match(w):
            run.append(w)
        elif run:
            break  # the name run ends at the first common word after it
    return " ".join(run) or None


def _name_of_compound(w: str) -> str:
    # "A380-machines", "Airbus-vliegtuigen": the name before a lowercase compound head.
    head, sep, tail = w.rpartition("-")
    if sep and head and tail.islower() and (_is_name_word(head) or _MODEL_RE.match(head)):
        return head
    return w


def _read_mention(doc: Document, m: Mention) -> _Mention:
    text = doc.text[m.start : m.end]
    core, descriptor, acronym = name_core(text)
    if core is None and m.type == "MISC" and m.subtype.casefold() == "pro":
        core = _product_name(text)  # "de 787", "de nieuwe Airbus A380 superjumbo", "A380-machines"
    rec = _Mention(
        doc.id, m.start, m.end, text, m.type, m.subtype.casefold(), core, "other", acronym=acronym
    )
    if core is None:
        return rec
    roles: list[str] = []
    if descriptor and any(role_head(w) for w in descriptor.split()):
        roles.append(descriptor)
    # A role written inside a person mention ("Apple CEO Steve Jobs", "Minister Hoekstra"): cut it off.
    if m.type == "PER":
        ws = core.split()
        if role_head(ws[0]) and (
            len(ws) == 1 or not _is_name_word(ws[1]) or ws[1].casefold() in _CONNECTORS
        ):
            rec.core, rec.roles = None, (core,)
            return rec  # a role without a name ("CEO van Airbus"): nothing to link by name
        cut = max(
            (i for i, w in enumerate(ws[:-1]) if role_head(w) and ws[i + 1][:1].isupper()),
            default=-1,
        )
        if cut >= 0:
            roles.append(" ".join(ws[: cut + 1]))
            ws = ws[cut + 1 :]
        # "Louis Gallois van EADS": an organisation after the name, not a surname particle.
        for i in range(1, len(ws) - 1):
            if ws[i].casefold() in {"van", "bij", "of"} and (
                is_acronym(ws[i + 1]) or resolve_country(ws[i + 1])
            ):
                roles.append(" ".join(ws[i:]))
                ws = ws[:i]
                break
        core = " ".join(ws)
        if not core or not ws[0][:1].isupper():
            rec.roles = tuple(roles)
            return rec  # a role without a name ("CEO van Airbus"): nothing to link by name
        roles.extend(_roles_in_text(doc.text, m.start, m.end))
    rec.core = core
    rec.roles = tuple(dict.fromkeys(r for r in roles if r))
    rec.key = _compact(core)
    code = resolve_demonym(core) if len(core.split()) == 1 else None
    if code:
        rec.kind, rec.country = "demonym", code
        return rec
    if m.type != "PER":
        place = resolve_place(core) if m.type in {"LOC", "MISC"} else None
        country = resolve_country(core)
        if country:
            place = resolve_place(core)
        if place is not None:
            rec.kind, rec.place = "place", place
            return rec
        if is_acronym(core):
            rec.kind, rec.acronym = "acronym", acronym_letters(core)
            return rec
        rec.kind = "name"
        return rec
    person = parse_person(core)
    if person is None:
        rec.kind = "name"
        return rec
    rec.kind, rec.person = "person", person
    return rec


def _may_be_surname(r: _Mention) -> bool:
    """A one-word name NER did not call a person that may still be one ("Baudet" tagged ORG):
    not an acronym, not a newspaper or cabinet, not a country."""
    return (
        r.subtype not in {"media", "cabinet", "eve"}
        and r.kind in {"name", "place"}
        and (r.place is None or r.place.kind == "city")
        and not is_acronym(r.core or "")
    )


# --- chains within one document ------------------------------------------------------------------


@dataclass(slots=True)
class _Chain:
    mentions: list[_Mention] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)  # strong identity keys
    acronyms: set[str] = field(default_factory=set)
    person: PersonName | None = None
    roles: list[str] = field(default_factory=list)
    context: set[str] = field(default_factory=set)

    @property
    def kind(self) -> str:
        kinds = {m.kind for m in self.mentions}
        for k in ("person", "demonym", "place", "name", "acronym", "other"):
            if k in kinds:
                return k
        return "other"

    @property
    def type(self) -> str:
        return Counter(m.type for m in self.mentions).most_common(1)[0][0]

    @property
    def subtype(self) -> str:
        return Counter(m.subtype for m in self.mentions).most_common(1)[0][0]

    def add(self, m: _Mention) -> None:
        self.mentions.append(m)
        for r in m.roles:
            if r not in self.roles:
                self.roles.append(r)
        if m.acronym:
            self.acronyms.add(m.acronym)
        if m.kind == "demonym" and m.country:
            self.keys.add(f"demonym:{m.country}")
        elif m.kind == "place" and m.place is not None:
            self.keys.add(m.place.key)
        elif m.kind in {"name", "acronym"}:
            self.keys.add(f"name:{m.key}")
        elif (
            m.kind == "person"
            and m.person is not None
            and (self.person is None or _fuller(m.person, self.person))
        ):
            self.person = m.person


def _fuller(a: PersonName, b: PersonName) -> bool:
    """True when name a says more than name b (written first names beat initials)."""
    return (len(a.given), len(a.initials), len(a.surname_parts)) > (
        len(b.given),
        len(b.initials),
        len(b.surname_parts),
    )


def _chain_doc(doc: Document) -> list[_Chain]:
    """Group one document's mentions into chains (one per thing within the document)."""
    recs = [_read_mention(doc, m) for m in sorted(doc.mentions, key=lambda m: (m.start, m.end))]
    definitions = {d.short: d.long for d in find_acronym_definitions(doc.text)}
    defined: dict[str, str] = {
        acronym_letters(s): _compact(long) for s, long in definitions.items()
    }
    chains: list[_Chain] = []
    by_key: dict[str, _Chain] = {}

    def new_chain(r: _Mention) -> _Chain:
        c = _Chain()
        c.add(r)
        chains.append(c)
        return c

    # Persons: full names first so that surnames find the full name they abbreviate.
    persons = [r for r in recs if r.kind == "person"]
    persons.sort(key=lambda r: (not (r.person and r.person.has_given), r.start))
    for r in persons:
        assert r.person is not None
        target = None
        for c in chains:
            if (
                c.person
                and c.person.surname_matches(r.person)
                and c.person.given_compatible(r.person)
            ):
                target = c
                break
        if target is None:
            for c in chains:  # transliteration variants within one text
                if (
                    c.person
                    and _surname_variant(c.person, r.person)
                    and c.person.given_compatible(r.person)
                ):
                    target = c
                    break
        if target is None:
            target = new_chain(r)
        else:
            target.add(r)
    person_chains = list(chains)

    for r in recs:
        if r.kind == "person":
            continue
        if r.kind == "other":
            continue  # resolved below, once the named chains exist
        key = None
        if r.kind == "demonym":
            key = f"demonym:{r.country}"
        elif r.kind == "place" and r.place is not None:
            key = r.place.key
        elif r.kind == "acronym":
            long = defined.get(r.acronym)
            key = f"name:{long}" if long else f"name:{r.key}"
        else:
            key = f"name:{r.key}"
        target = by_key.get(key)
        city_or_name = r.kind == "name" or (r.place is not None and r.place.kind == "city")
        if _may_be_surname(r) and city_or_name and " " not in (r.core or " "):
            # A person's surname tagged LOC or MISC by NER ("Obama" is also a town in Japan):
            # in a text that names the person in full, the surname is the person.
            for c in person_chains:
                if (
                    c.person
                    and c.person.has_given
                    and r.core
                    and normalize(r.core).split()[0] in c.person.surname_parts
                ):  # "Bijleveld-Schouten" (maiden name added) in a text that names Ank Bijleveld
                    target = c
                    break
        if target is None:
            target = new_chain(r)
        else:
            target.add(r)
        by_key[key] = target
        if r.kind == "acronym":
            target.acronyms.add(r.acronym)

    # Acronyms and long forms in one text: defined ("Europese Centrale Bank (ECB)"), bracketed in the
    # mention, or spelled by the initials of a name in the same text ("GM" / "General Motors").
    _merge_acronyms_in_doc(chains, defined)
    _merge_short_forms(chains)
    _resolve_descriptions(doc.text, [r for r in recs if r.kind == "other"], chains)
    return chains


def document_chains(doc: Document) -> list[tuple[str, list[tuple[int, int]]]]:
    """One document's NER mentions grouped into chains, each with its type (a person's chain is
    PER whatever NER said of its surname): the within-document name chaining that the coref
    component writes into the ``chains`` layer and the linker then reads back."""
    return [
        ("PER" if c.kind == "person" else c.type, [(m.start, m.end) for m in c.mentions])
        for c in _chain_doc(doc)
    ]


def _chains_from_layer(doc: Document) -> list[_Chain] | None:
    """The chains of ``document_chains`` rebuilt from the stored ``chains`` layer (its name
    mentions, in chain order); None when the layer does not cover every mention (mentions
    changed after coref ran), so the document is chained afresh."""
    recs: dict[tuple[int, int], _Mention] = {}
    for m in sorted(doc.mentions, key=lambda m: (m.start, m.end)):
        recs.setdefault((m.start, m.end), _read_mention(doc, m))
    groups: dict[int, list[_Mention]] = {}
    for c in doc.chains:
        r = recs.pop((c.start, c.end), None) if c.kind == "name" else None
        if r is not None:
            groups.setdefault(c.chain, []).append(r)
    chains = []
    for cid in sorted(groups):
        chain = _Chain()
        persons = sorted(
            (r for r in groups[cid] if r.kind == "person"),
            key=lambda r: (not (r.person and r.person.has_given), r.start),
        )
        for r in persons + [r for r in groups[cid] if r.kind != "person"]:
            chain.add(r)
        chains.append(chain)
    return None if recs else chains


# Dutch pronouns a mention may consist of; relative ones refer to the phrase just before them.
_RELATIVE = frozenset(
    {"die", "dat", "welke", "wie", "waar", "alwaar", "waarvan", "wat", "waarmee", "waarin"}
)
_PRONOUNS = frozenset(
    {
        "hij",
        "hem",
        "zijn",
        "zij",
        "ze",
        "haar",
        "hun",
        "hen",
        "wij",
        "we",
        "ons",
        "onze",
        "ik",
        "mij",
        "me",
        "mijn",
        "het",
        "zich",
        "zichzelf",
        "deze",
        "dit",
        "u",
        "uw",
        "jullie",
        "men",
    }
)
_DEFINITE = frozenset(
    {"de", "het", "dit", "deze", "die", "dat", "zijn", "haar", "hun", "ons", "onze"}
)


def _resolve_descriptions(text: str, others: list[_Mention], chains: list[_Chain]) -> None:
    """Attach pronouns and definite descriptions to a named chain of the same document.

    A relative pronoun ("die", "dat") joins the phrase right before it in the same sentence; a
    personal pronoun or a definite description ("het bedrijf", "de luchtvaartmaatschappij") joins
    the most recent named chain of the same type; anything else (indefinites, numbers, bare
    plurals) stays on its own, because guessing there merges different things.
    """
    named = [(m.start, m.end, c) for c in chains for m in c.mentions]
    named.sort(key=lambda t: t[0])
    for r in sorted(others, key=lambda r: r.start):
        words = [w.casefold().strip("`'\"") for w in _words(r.text)]
        words = [w for w in words if w]
        target: _Chain | None = None
        if len(words) == 1 and words[0] in _RELATIVE:
            prev = [t for t in named if t[1] <= r.start]
            if prev:
                s0, e0, c0 = prev[-1]
                gap = text[e0 : r.start]
                if len(gap) <= 4 and not re.search(r"[.!?\n]", gap):
                    target = c0
        elif words and (
            (len(words) == 1 and words[0] in _PRONOUNS)
            or (words[0] in _DEFINITE and not any(ch.isdigit() for ch in r.text))
        ):
            for s0, _e0, c0 in reversed(named):
                if s0 >= r.start:
                    continue
                if c0.kind in {"other", "demonym"} or c0.type != r.type:
                    continue
                if c0.subtype and r.subtype and c0.subtype != r.subtype:
                    continue
                target = c0
                break
        if target is None:
            target = _Chain()
            chains.append(target)
        target.add(r)
        named.append((r.start, r.end, target))
        named.sort(key=lambda t: t[0])


def _merge_acronyms_in_doc(chains: list[_Chain], defined: dict[str, str]) -> None:
    changed = True
    while changed:
        changed = False
        for a in chains:
            if a.kind not in {"acronym", "name"} or not a.mentions:
                continue
            letters = {m.acronym for m in a.mentions if m.kind == "acronym"}
            if not letters:
                continue
            for b in chains:
                if b is a or not b.mentions or b.kind not in {"name", "place"}:
                    continue
                long_keys = {m.key for m in b.mentions if m.kind != "acronym"}
                spelled = any(
                    initials_variants(m.core or "") & letters
                    for m in b.mentions
                    if m.kind == "name" and len((m.core or "").split()) > 1
                )
                if (
                    letters & b.acronyms
                    or any(defined.get(x) in long_keys for x in letters)
                    or spelled
                ):
                    for m in a.mentions:
                        b.add(m)
                    b.keys |= a.keys
                    b.acronyms |= letters
                    a.mentions.clear()
                    changed = True
                    break
    chains[:] = [c for c in chains if c.mentions]


def _merge_short_forms(chains: list[_Chain]) -> None:
    """Join a short name to the longer name of the same type it shortens, within one text.

    The head of a multi-word name stands for it ("A380" for "Airbus A380", "Air Force" for "US Air
    Force"); a leading part does only when the long form came first and the short one was not used
    before it ("Northrop Grumman" ... "Northrop"), since "Boeing" before "Boeing Commercial
    Airplanes" names the parent company, not the division.
    """
    names = [c for c in chains if c.kind == "name" and c.mentions]
    for a in names:
        if not a.mentions:
            continue
        a_tokens = {tuple(normalize(m.core or "").split()) for m in a.mentions if m.kind == "name"}
        a_first = min(m.start for m in a.mentions)
        for b in names:
            if b is a or not b.mentions or not _short_types_agree(a, b):
                continue
            b_first = min(m.start for m in b.mentions)
            hit = False
            for m in b.mentions:
                if m.kind != "name" or not m.core:
                    continue
                long = tuple(normalize(m.core).split())
                for short in a_tokens:
                    if not short or len(short) >= len(long):
                        continue
                    prefix = long[: len(long) - len(short)]
                    council_of = bool(prefix) and prefix[-1] in _BODY_NOUNS  # "Raad Buitenlandse Zaken"
                    if (long[-len(short) :] == short and not council_of) or (
                        long[: len(short)] == short and b_first < a_first
                    ):
                        hit = True
            if hit:
                for m in a.mentions:
                    b.add(m)
                b.keys |= a.keys
                b.acronyms |= a.acronyms
                a.mentions.clear()
                break
    chains[:] = [c for c in chains if c.mentions]


def _short_types_agree(a: _Chain, b: _Chain) -> bool:
    """Same type and subtype, or ORG and a plain MISC (NER wavers between them for parties and
    bodies: "Forum" MISC, "Forum voor Democratie" ORG)."""
    if a.type == b.type:
        return a.subtype == b.subtype
    misc = a if a.type == "MISC" else b
    # Frog's "eve" on a party name is noise; a product ("pro") is not its maker.
    return {a.type, b.type} == {"ORG", "MISC"} and misc.subtype in ("", "eve")


def _surname_variant(a: PersonName, b: PersonName) -> bool:
    """True when two surnames may be spellings of one name (Rohani / Rouhani)."""
    sa, sb = a.surname_parts[-1], b.surname_parts[-1]
    if sa == sb:
        return True
    if min(len(sa), len(sb)) < 5:
        return False
    if consonant_skeleton(sa) == consonant_skeleton(sb):
        return True
    return Levenshtein.normalized_similarity(sa, sb) >= _SURNAME_SIMILARITY


# --- entities across documents -------------------------------------------------------------------


@dataclass(slots=True)
class _Global:
    chains: list[_Chain] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    acronyms: set[str] = field(default_factory=set)
    persons: list[PersonName] = field(default_factory=list)
    context: set[str] = field(default_factory=set)
    role_heads: set[str] = field(default_factory=set)
    docs: set[str] = field(default_factory=set)
    type: str = ""
    subtype: str = ""
    kind: str = ""

    def add(self, c: _Chain) -> None:
        if not self.chains:
            self.type, self.subtype, self.kind = c.type, c.subtype, c.kind
        self.chains.append(c)
        self.keys |= c.keys
        self.acronyms |= c.acronyms
        if c.person:
            self.persons.append(c.person)
        self.context |= c.context
        self.role_heads |= _role_heads(c.roles)
        self.docs.add(c.mentions[0].doc)


def _role_heads(roles: Iterable[str]) -> set[str]:
    out = set()
    for r in roles:
        for w in r.split():
            h = role_head(w)
            if h:
                out.add(h)
    return out


def _context_overlap(a: set[str], b: set[str]) -> float:
    """Shared co-occurring entities; countries and nationalities count half (they are everywhere)."""
    score = 0.0
    for k in a & b:
        score += 0.5 if k.startswith(("country:", "demonym:")) else 1.0
    return score


class EntityLinker:
    """Link mentions to entities across documents that arrive one by one."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        # Document id -> its chains, in arrival order. A dict, so that adding a document costs the
        # same whatever the number already added (a list rebuilt on every add grew quadratically).
        self._docs: dict[str, list[_Chain]] = {}
        self._learned: dict[str, str] = {}  # acronym letters -> compact long form, from any text
        self._cache: tuple[list[Entity], dict[tuple[str, int, int], str]] | None = None

    def add(self, doc: Document) -> None:
        """Read a document's mentions into chains; linking across documents happens lazily.

        A document the coref component has read (``extract/coref``) brings its chains in the
        ``chains`` layer and is not chained again here."""
        chains = (_chains_from_layer(doc) if "coref" in doc.processed else None) or _chain_doc(doc)
        for d in find_acronym_definitions(doc.text):
            self._learned.setdefault(acronym_letters(d.short), _compact(d.long))
        for c in chains:
            for m in c.mentions:
                if m.acronym and m.kind != "acronym" and m.key:
                    self._learned.setdefault(m.acronym, m.key)
        strong = [c for c in chains if c.kind != "other"]
        for c in strong:
            c.context = (
                set().union(*(o.keys for o in strong if o is not c)) if len(strong) > 1 else set()
            )
            c.context |= {
                f"person:{o.person.surname_parts[-1]}" for o in strong if o is not c and o.person
            }
        # Adding a document again replaces its earlier reading rather than doubling its mentions.
        self._docs.pop(doc.id, None)  # re-added: it moves to the end, as a new arrival
        self._docs[doc.id] = chains
        self._cache = None

    def entities(self) -> list[Entity]:
        """Every entity so far, in order of first mention."""
        return self._link()[0]

    def assignments(self) -> dict[tuple[str, int, int], str]:
        """Map each mention (doc id, start, end) to its entity id."""
        return self._link()[1]

    # ---

    def _link(self) -> tuple[list[Entity], dict[tuple[str, int, int], str]]:
        if self._cache is not None:
            return self._cache
        globals_: list[_Global] = []
        index: dict[str, list[_Global]] = {}
        by_surname: dict[str, list[_Global]] = {}
        by_skeleton: dict[str, list[_Global]] = {}
        by_initials: dict[str, list[_Global]] = {}
        curated = curated_acronyms()

        registered: set[tuple[int, str, str]] = set()

        def put(table: dict[str, list[_Global]], name: str, key: str, g: _Global) -> None:
            # Each entity once per key: a name repeated in every text must not grow its list.
            if (id(g), name, key) not in registered:
                registered.add((id(g), name, key))
                table.setdefault(key, []).append(g)

        def register(g: _Global, c: _Chain) -> None:
            for k in c.keys:
                put(index, "key", k, g)
            if c.person:
                for p in c.person.surname_parts:
                    put(by_surname, "surname", p, g)
                put(by_skeleton, "skeleton", consonant_skeleton(c.person.surname_parts[-1]), g)
            for m in c.mentions:
                if m.kind == "name" and m.core and len(m.core.split()) > 1:
                    for x in initials_variants(m.core):
                        put(by_initials, "initials", x, g)

        surnames = _corpus_surnames(self._docs)
        for chains in self._docs.values():
            for c in chains:
                undo = _as_person(c, surnames)
                if c.kind == "other":
                    g = _Global()
                    g.add(c)
                    globals_.append(g)
                    continue
                self._expand_acronyms(c, curated)
                target = self._find(c, index, by_surname, by_skeleton, by_initials)
                if target is None and undo is not None:
                    undo()  # read as a surname only if it found its person: else it stays a name
                    target = self._find(c, index, by_surname, by_skeleton, by_initials)
                if target is None:
                    target = _Global()
                    globals_.append(target)
                target.add(c)
                register(target, c)
        _absorb_bare_surnames(globals_)
        _absorb_short_products(globals_)
        entities = [_to_entity(g) for g in globals_ if g.chains]
        by_id = {e.id: e for e in entities}
        # Nationality adjectives point at their country's entity when the corpus names the country.
        country_entity = {
            e.attributes["country"]: e.id
            for e in entities
            if e.attributes.get("place") == "country"
        }
        for e in entities:
            code = e.attributes.get("nationality")
            if code and code in country_entity:
                e.attributes["nationality-of"] = country_entity[code]
        table = {m: e.id for e in by_id.values() for m in e.mentions}
        self._cache = (entities, table)
        return self._cache

    def _expand_acronyms(self, c: _Chain, curated: dict[str, str]) -> None:
        """Give an acronym chain the keys of its long form (learned from any text, or curated)."""
        letters = {m.acronym for m in c.mentions if m.kind == "acronym"} | c.acronyms
        for x in sorted(letters):
            long = self._learned.get(x)
            if long:
                c.keys.add(f"name:{long}")
            cur = curated.get(x)
            if cur:
                code = resolve_country(cur)
                c.keys.add(f"country:{code}" if code else f"name:{_compact(cur)}")
            c.keys.add(f"name:{x.lower()}")
        # A long form in the curated list links to its acronyms' key too ("Verenigde Naties").
        for m in c.mentions:
            if m.kind == "name":
                for short, long in curated.items():
                    if _compact(long) == m.key:
                        c.keys.add(f"name:{_compact(long)}")
                        c.keys.add(f"name:{short.lower()}")

    def _find(
        self,
        c: _Chain,
        index: dict[str, list[_Global]],
        by_surname: dict[str, list[_Global]],
        by_skeleton: dict[str, list[_Global]],
        by_initials: dict[str, list[_Global]],
    ) -> _Global | None:
        if c.kind == "person" and c.person is not None:
            return self._find_person(c, by_surname, by_skeleton)
        for k in sorted(c.keys, key=lambda k: (-len(k), k)):  # the most specific name first
            for g in index.get(k, []):
                if g.kind == "person":
                    continue
                strong = k.startswith(("country:", "demonym:", "geonames:", "region:", "city:"))
                if strong or _types_compatible(c, g, k):
                    return g
        # "GM" in one text, "General Motors" in another: initials, confirmed by context.
        letters = {m.acronym for m in c.mentions if m.kind == "acronym"}
        for x in sorted(letters):
            for g in by_initials.get(x, []):
                if _types_compatible(c, g, loose=True) and _context_overlap(c.context, g.context) >= 1:
                    return g
        return None

    def _find_person(
        self, c: _Chain, by_surname: dict[str, list[_Global]], by_skeleton: dict[str, list[_Global]]
    ) -> _Global | None:
        p = c.person
        assert p is not None
        candidates: dict[int, tuple[float, _Global]] = {}
        seen = []
        for part in p.surname_parts:
            seen.extend(by_surname.get(part, []))
        seen.extend(by_skeleton.get(consonant_skeleton(p.surname_parts[-1]), []))
        for g in seen:
            if id(g) in candidates:
                continue
            if not g.persons:
                continue
            exact = any(q.surname_matches(p) for q in g.persons)
            variant = exact or any(_surname_variant(q, p) for q in g.persons)
            if not variant:
                continue
            if not all(q.given_compatible(p) for q in g.persons):
                continue  # different first names: different people who share a surname
            both_given = p.has_given and any(q.has_given for q in g.persons)
            same_given = p.given and any(q.given and q.given[0] == p.given[0] for q in g.persons)
            support = _context_overlap(c.context, g.context) + (
                1.0 if _role_heads(c.roles) & g.role_heads else 0.0
            )
            # Tiers dominate (a full name goes to the full name, not to a bare surname that happens
            # to share more context); support orders candidates within a tier.
            if exact and same_given:
                score = 1000 + support
            elif exact and both_given and support >= 1:
                score = 800 + support  # initials vs written first name: needs some shared context
            elif exact and support >= 1:
                score = 600 + support  # a bare surname in another text: needs shared context
            elif not exact and same_given:
                score = 500 + support
            elif not exact and support >= 2:
                score = 400 + support  # a transliteration variant: needs more shared context
            else:
                continue
            candidates[id(g)] = (score, g)
        if not candidates:
            return None
        if not p.has_given and _competing(p, list(candidates.values())):
            return None  # "De Vries" where a Jan and a Marieke de Vries both fit: guess neither
        return max(candidates.values(), key=lambda t: t[0])[1]


def _name_cores(g: _Global) -> set[tuple[str, ...]]:
    return {
        tuple(normalize(m.core).split())
        for c in g.chains
        for m in c.mentions
        if m.kind in ("name", "acronym") and m.core
    }


def _absorb_short_products(globals_: list[_Global]) -> None:
    """A product or event known in some texts by one word ("A380", "787") joins the one entity
    whose full name holds that word ("Airbus A380", "Boeing 787 Dreamliner") when they share
    context; two such entities compete and nothing is joined."""
    products = [g for g in globals_ if g.kind in ("name", "acronym") and g.type == "MISC" and g.chains]
    long_names = [(g, _name_cores(g)) for g in products]
    for g in products:
        cores = _name_cores(g)
        if not g.chains or len(cores) != 1 or len(next(iter(cores))) != 1:
            continue
        word = next(iter(cores))[0]
        cands = [
            h
            for h, names in long_names
            if h is not g and h.chains and h.subtype == g.subtype
            and any(len(n) > 1 and word in (n if any(ch.isdigit() for ch in word) else n[-1:]) for n in names)
        ]
        if len(cands) == 1 and _context_overlap(g.context, cands[0].context) >= 1:
            for c in g.chains:
                cands[0].add(c)
            g.chains = []


def _competing(p: PersonName, cands: list[tuple[float, _Global]]) -> bool:
    """Two named people (different first names) fit the bare surname p about equally well: the
    best shares less than two more pieces of context than the runner-up."""
    best: dict[str, float] = {}
    for score, g in cands:
        for q in g.persons:
            if q.has_given and q.surname_matches(p):
                first = q.given[0] if q.given else q.initials[:1].casefold()
                best[first] = max(best.get(first, score), score)
    if len(best) < 2:
        return False
    top, second = sorted(best.values(), reverse=True)[:2]
    return top - second < 2


def _absorb_bare_surnames(globals_: list[_Global]) -> None:
    """A person known only by surname ("Ollongren", met before any text gave her first name) joins
    the one named person with that surname when they share context or a role; two named people
    with that surname compete, and the surname stays apart."""
    named = [g for g in globals_ if g.kind == "person" and any(p.has_given for p in g.persons)]
    for g in globals_:
        if g.kind != "person" or not g.chains or not g.persons or any(p.has_given for p in g.persons):
            continue
        cands = [
            h
            for h in named
            if h is not g and h.chains and any(q.surname_matches(p) for q in h.persons for p in g.persons)
        ]
        if len(cands) != 1:
            continue
        h = cands[0]
        if _context_overlap(g.context, h.context) >= 1 or g.role_heads & h.role_heads:
            for c in g.chains:
                h.add(c)
            g.chains = []


def _types_compatible(c: _Chain, g: _Global, key: str = "", loose: bool = False) -> bool:
    """Same type and subtype; an organisation and a plain MISC name also agree when they share a
    long exact name, or (``loose``) when the caller has other evidence such as initials confirmed
    by context (NER calls "Forum voor Democratie" ORG in one text and MISC in the next)."""
    if c.subtype and g.subtype and c.subtype != g.subtype:
        return False
    if c.type == g.type:
        return True
    misc_sub = c.subtype if c.type == "MISC" else g.subtype
    return (
        {c.type, g.type} == {"ORG", "MISC"}
        and misc_sub in ("", "eve")  # a product or a share ("pro", "fin") is not its company
        and (loose or (key.startswith("name:") and len(key) >= 5 + 10))
    )


def _corpus_surnames(docs: dict[str, list[_Chain]]) -> dict[str, set[str]]:
    """Surname key -> the first names (or initials) written with it anywhere in the corpus
    ("" when only the bare surname was tagged as a person)."""
    out: dict[str, set[str]] = {}
    for chains in docs.values():
        for c in chains:
            if c.person is not None:
                # "" stands for a person known only by surname ("Blok" tagged PER in a letter).
                first = c.person.given[0] if c.person.given else c.person.initials[:1].casefold()
                for part in c.person.surname_parts:
                    out.setdefault(part, set()).add(first)
    for names in out.values():
        if len(names) > 1:
            names.discard("")  # a named person makes the bare one no extra candidate
    return out


def _as_person(c: _Chain, surnames: dict[str, set[str]]) -> Callable[[], None] | None:
    """A one-word name chain ("Klaver" tagged MISC) that is the surname of exactly one person in
    the corpus (named, or tagged PER by surname alone) becomes a person chain; linking then asks
    for shared context as for any bare surname. Two people with that surname compete: the chain stays a name. Returns a function
    that undoes the change (for when no person is found), or None when nothing changed."""
    if c.kind != "name" or c.person is not None:
        return None
    cores = {m.core for m in c.mentions if m.kind == "name"}
    if len(cores) != 1:
        return None
    core = next(iter(cores))
    if not core or " " in core or any(not _may_be_surname(m) for m in c.mentions if m.kind == "name"):
        return None
    key = normalize(core).split()[0]  # "Bijleveld-Schouten": the own name comes first
    if len(surnames.get(key, ())) != 1:
        return None
    person = parse_person(core)
    if person is None:
        return None
    changed = [m for m in c.mentions if m.kind == "name"]
    keys = set(c.keys)
    for m in changed:
        m.kind, m.person = "person", person
    c.person = person
    c.keys = {k for k in c.keys if k != f"name:{_compact(core)}"}

    def undo() -> None:
        for m in changed:
            m.kind, m.person = "name", None
        c.person, c.keys = None, keys

    # A named person with that surname is evidence enough to read it as a person; a person known
    # only by the bare surname is not, unless this chain actually links to that person.
    return undo if surnames[key] == {""} else None


def _to_entity(g: _Global) -> Entity:
    mentions = [(m.doc, m.start, m.end) for c in g.chains for m in c.mentions]
    first = mentions[0]
    eid = "e-" + sha256_hex(f"{first[0]}\x00{first[1]}\x00{first[2]}")[:16]
    all_m = [m for c in g.chains for m in c.mentions]
    surfaces = Counter(m.core or _clean_surface(m.text) for m in all_m)
    attributes: dict[str, Any] = {}
    kind = g.kind
    places = [m.place for m in all_m if m.place is not None]
    etype = Counter(m.type for m in all_m).most_common(1)[0][0]
    if kind == "person" and g.persons:
        best = max(g.persons, key=lambda p: (len(p.given), len(p.initials), len(p.surname_parts)))
        name = _best_person_surface(all_m, best)
        etype = "PER"
    elif kind == "demonym":
        code = next(m.country for m in all_m if m.country)
        attributes["nationality"] = code
        name = surfaces.most_common(1)[0][0]
    elif places:
        place = Counter(places).most_common(1)[0][0]
        attributes.update(place.attributes())
        if place.kind == "country":
            name = country_name(place.country)
        else:
            name = surfaces.most_common(1)[0][0]
            if place.kind == "city":
                attributes["geoname"] = place.name
        if etype not in {"LOC", "ORG"}:
            etype = "LOC"
    else:
        # The fullest proper form: a spelled-out name beats its acronym; then the most used.
        # A multi-word name beats one word of it ("Europese Unie" over "Unie", "Raad Buitenlandse
        # Zaken" over "Raad") however often the short one is used.
        name = max(surfaces, key=lambda s: (not is_acronym(s), len(s.split()) > 1, surfaces[s], len(s)))
        acr = sorted(g.acronyms | {acronym_letters(s) for s in surfaces if is_acronym(s)})
        if acr:
            attributes["acronyms"] = acr
    roles = [r for c in g.chains for r in c.roles]
    if roles:
        attributes["roles"] = list(dict.fromkeys(roles))
    aliases = [
        s for s in dict.fromkeys(m.core or _clean_surface(m.text) for m in all_m) if s != name
    ]
    return Entity(eid, etype, name, aliases, mentions, attributes)


def _best_person_surface(mentions: list[_Mention], best: PersonName) -> str:
    forms = [m.core for m in mentions if m.person == best and m.core]
    return forms[0] if forms else best.surname


def _clean_surface(text: str) -> str:
    return " ".join(_words(text)) or text.strip()


def link_documents(docs: Iterable[Document], settings: Settings | None = None) -> list[Entity]:
    """Link the mentions of a collection of documents into entities."""
    linker = EntityLinker(settings)
    for d in docs:
        linker.add(d)
    return linker.entities()


__all__ = ["EntityLinker", "link_documents", "name_core", "role_head", "role_nouns"]
