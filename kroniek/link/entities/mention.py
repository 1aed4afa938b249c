"""One mention read on its own: its name core, roles, and what kind of name it is."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Document, Mention
from ..geo import (
    Place,
    country_name,
    region_people,
    resolve_country,
    resolve_demonym,
    resolve_place,
)
from ..names import ARTICLES, PersonName, acronym_key, is_acronym, parse_person
from .roles import role_head, roles_in_text
from .words import CONNECTORS, PREPOSITIONS, compact, is_name_word, located, name_core, words

# Legal forms and group words that end a company's name in one text and not in the next.
_LEGAL_FORMS = frozenset(
    {"plc", "ltd", "limited", "inc", "corp", "corporation", "n.v", "nv", "b.v", "bv", "sa", "s.a",
     "ag", "gmbh", "se", "group", "groep", "holding", "holdings", "llc", "co"}
)
# Words a product mention may open with that are no part of its name, capitalised or not.
_OPENERS = frozenset(
    {"deze", "dit", "die", "dat", "zijn", "haar", "hun", "onze", "eerste", "tweede", "derde",
     "laatste", "nieuwe", "alle", "elke", "beide", "enkele", "zo'n"}
)
# Words that join two things; one person's name never holds one.
_COORDINATORS = frozenset({"en", "and", "&"})
_MODEL_RE = re.compile(r"^\d{3}(?:-\d{3}[A-Z]{0,3})?$")


@dataclass(slots=True)
class Reading:
    """What one mention says about the thing it names."""

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
    home: str = ""  # a place's people ("Tilburgers"): the place as the noun names it ("Tilburg")
    acronym: str = ""  # letters of an acronym written in or after the mention
    roles: tuple[str, ...] = ()
    where: str = ""  # "Buitenhaven in Kampen": the place a name was written with ("Kampen")
    cue: str = ""  # what the text around says the name is: "org" ("zakenbank X"), "person" ("zoontje X")


def read_mention(doc: Document, m: Mention) -> Reading:
    """Read a mention: cut the name from its descriptors and roles, then classify the name."""
    text = doc.text[m.start : m.end]
    core, descriptor, acronym = name_core(text)
    if m.type == "MISC" and m.subtype.casefold() == "pro":
        core = product_name(text) or core  # "de 787", "de nieuwe Airbus A380 superjumbo", "A380-machines"
    elif m.type == "MISC" and core:
        core = _without_identity_head(core)  # "Dow Jones-index" is the Dow Jones
    elif m.type in {"ORG", "LOC"} and core:
        # "Airbus-vliegtuigen", "Air Force-medewerkers": the name they are of; "Aer Lingus Group
        # PLC", "Ahold Delhaize N.V.": the company without its legal form
        core = " ".join([*core.split()[:-1], _name_of_compound(core.split()[-1])])
        core = _without_legal_form(core) if m.type == "ORG" else core
        core = _without_descriptor(doc, m, core) if m.type == "ORG" else core
    rec = Reading(
        doc.id, m.start, m.end, text, m.type, m.subtype.casefold(), core, "other", acronym=acronym
    )
    rec.where = _where(text)
    rec.cue = _type_cue(doc.text, m)
    if core is None:
        return rec
    roles: list[str] = []
    if descriptor and any(role_head(w) for w in descriptor.split()):
        roles.append(descriptor)
    if m.type == "PER":
        person_core = _person_core(rec, core, roles)
        if person_core is None:
            return rec  # a role without a name ("CEO van Airbus"): nothing to link by name
        core = person_core
        roles.extend(roles_in_text(doc.text, m.start, m.end))
    if m.type == "LOC":
        core = continent_of(core) or core  # "Europese" (of Europe) is Europe
    rec.core = core
    rec.roles = tuple(dict.fromkeys(r for r in roles if r))
    rec.key = compact(_model_of(core) if m.type == "MISC" and rec.subtype == "pro" else core)
    _classify(rec, core)
    return rec


# Adjectives of Britain's countries, which Dutch news uses for the United Kingdom's things; read
# so only when the mention is typed a place (MEANTIME's nationality adjectives), since "Engels"
# is also the language.
_BRITISH_PARTS = frozenset({"engels", "engelse", "schots", "schotse"})

# Adjectives of continents and parts of the world, which name no country: base form -> the place.
_CONTINENTS = {
    "europees": "Europa",
    "aziatisch": "Azië",
    "afrikaans": "Afrika",
    "zuid-amerikaans": "Zuid-Amerika",
    "noord-amerikaans": "Noord-Amerika",
    "latijns-amerikaans": "Latijns-Amerika",
    "scandinavisch": "Scandinavië",
}
_INFLECTED = {(b[:-3] + "ese" if b.endswith("ees") else b + "e"): place for b, place in _CONTINENTS.items()}


def continent_of(core: str) -> str | None:
    """The continent a one-word adjective names ("Europese" -> "Europa", "Aziatisch" -> "Azië"), else None."""
    w = core.casefold()
    return _CONTINENTS.get(w) or _INFLECTED.get(w)


# A name joined by a hyphen to what only a company has: its factory, shares, board, head office.
_COMPANY_COMPOUND_RE = re.compile(
    r"^[A-Z][\w&.]*(?: [A-Z][\w&.]*)*-(?:fabriek|fabrieken|aandeel|aandelen|aandeelhouders|topman|topvrouw|"
    r"directie|hoofdkantoor|filiaal|filialen|vestiging|vestigingen|koers|beurskoers|overname)$"
)


def _type_cue(text: str, m: Mention) -> str:
    """What the words around a mention say it is: "org" for an ORG mention with a descriptor,
    shareholders or a web address, "person" for a PER mention after a family word or royal
    title, else ""."""
    from ...extract.ner_tidy import (  # the NER repairs read the same cues
        descriptor_compound,
        kin_or_royal_named,
        org_evidence,
    )

    if _COMPANY_COMPOUND_RE.search(text[m.start : m.end]):
        return "org"  # "Kroonveld-fabriek", "Laadnet-aandeelhouders": a company's factory, shareholders
    if m.type == "ORG":
        ws = text[m.start : m.end].split()
        return "org" if org_evidence(text, m) or (len(ws) > 1 and descriptor_compound(ws[0])) else ""
    if m.type == "PER":
        return "person" if kin_or_royal_named(text, m, text[max(0, m.start - 30) : m.start]) else ""
    return ""


def _where(text: str) -> str:
    """The place a name is written with ("de Buitenhaven in Kampen" -> "Kampen"), or ""."""
    ws = words(text)
    while len(ws) > 1 and ws[0].casefold() in ARTICLES:
        ws = ws[1:]
    found = located(" ".join(ws))
    return found[1] if found else ""


def _person_core(rec: Reading, core: str, roles: list[str]) -> str | None:
    """The name in a person mention once the roles written inside it are cut off into ``roles``
    ("Apple CEO Steve Jobs", "Minister Hoekstra", "Louis Gallois van EADS"); None (and ``rec``
    told so) when the mention is a role without a name."""
    ws = core.split()
    if role_head(ws[0]) and (len(ws) == 1 or not is_name_word(ws[1]) or ws[1].casefold() in CONNECTORS):
        rec.core, rec.roles = None, (core,)
        return None
    ws = _cut_leading_role(ws, roles)
    ws = _cut_organisation(ws, roles)
    name = " ".join(ws)
    if not name or not ws[0][:1].isupper():
        rec.roles = tuple(roles)
        return None
    if any(w.casefold() in _COORDINATORS for w in ws[1:]):
        # "Chairman en Chief Operating Officer van AirTran Airways", "Jan en Piet": two roles or
        # two people, never one person's name (else "AirTran" would be read as a surname)
        rec.core, rec.roles = None, (core,)
        return None
    return name


def _cut_leading_role(ws: list[str], roles: list[str]) -> list[str]:
    """ "Apple CEO Steve Jobs" -> "Steve Jobs", the role noun and what comes before it a role."""
    cut = max(
        (i for i, w in enumerate(ws[:-1]) if role_head(w) and ws[i + 1][:1].isupper()),
        default=-1,
    )
    if cut < 0:
        return ws
    roles.append(" ".join(ws[: cut + 1]))
    return ws[cut + 1 :]


def _cut_organisation(ws: list[str], roles: list[str]) -> list[str]:
    """ "Louis Gallois van EADS": an organisation after the name, not a surname particle."""
    for i in range(1, len(ws) - 1):
        if ws[i].casefold() in {"van", "bij", "of"} and (
            is_acronym(ws[i + 1]) or resolve_country(ws[i + 1])
        ):
            roles.append(" ".join(ws[i:]))
            return ws[:i]
    return ws


def _classify(rec: Reading, core: str) -> None:
    """Set what kind of name the core is: nationality, place, acronym, person or other name."""
    code = resolve_demonym(core) if len(core.split()) == 1 else None
    if rec.type == "LOC" and core.casefold() in _BRITISH_PARTS:
        code = "GB"  # "het Engelse ministerie van defensie" is the British one
    single = code is None and len(core.split()) == 1 and rec.type in {"PER", "MISC"}
    home = inhabitants_of(core) if single else None  # an organisation may end in "-er" ("Embraer")
    if code:
        rec.kind, rec.country = "demonym", code
    elif home is not None:
        rec.kind, rec.country, rec.home = "demonym", home[1], home[0]  # "Limburgers": people, no person
    elif rec.type != "PER":
        _classify_non_person(rec, core)
    else:
        person = parse_person(core)
        rec.kind, rec.person = ("name", None) if person is None else ("person", person)


_INHABITANTS_RE = re.compile(r"([A-Z][a-zà-ÿ-]+?)(?:enaars?|enaren|ers?)")


def inhabitants_of(word: str) -> tuple[str, str] | None:
    """(place, country code) of a noun for a place's people: "Tilburger" -> ("Tilburg", "NL"),
    "Amsterdammers" -> Amsterdam, "Groningers" -> Groningen, "Delftenaar" -> Delft; a country's
    one person whose plural the demonym table holds: "Belg" (Belgen) -> ("België", "BE"). The
    place must be a known town or country of five letters or more ("Peters" is no one of "Pet").
    A province's people whose noun is not made so are listed: "Zeeuwen", "Friezen", "Brabanders"."""
    listed = region_people(word)
    if listed is not None:
        return listed
    plurals = (word + "en", word + "s" if word.endswith("er") else "")  # "Nederland"+"s" is an adjective
    code = next((c for c in map(resolve_demonym, filter(None, plurals)) if c), None)
    if code is not None and word[:1].isupper() and resolve_demonym(word) is None and resolve_place(word) is None:
        return country_name(code), code  # "Belg", "Duitser": one person of a country
    m = _INHABITANTS_RE.fullmatch(word)
    if m is None:
        return None
    stem = m.group(1)
    if len(stem) < 4:
        return None  # "Kamer", "Peters": no place's people
    # "Amsterdamm-er" doubles the last consonant; "Groning-er" drops the "-en" of "-ingen";
    # "Leiden-aar" and "Delft-enaar" both end in "-enaar"
    ena = stem.endswith("ing") or word[len(stem) :].startswith("ena")
    for cand in (stem, stem[:-1] if stem[-1:] == stem[-2:-1] else "", stem + "en" if ena else ""):
        place = resolve_place(cand) if len(cand) >= 5 else None
        # the place's own name, not another's alternate ("Embra" is Edinburgh's: "Embraer" a company)
        if place is not None and (place.kind == "country" or (place.kind in ("city", "region") and place.name.startswith(cand))):
            return cand, place.country
    return None


def one_of_a_place(word: str) -> bool:
    """A singular people noun ("Tilburger", "Belg") names one unnamed person of the place, not its
    people ("Tilburgers", "Limburgers", "Delftenaren")."""
    return not word.endswith(("s", "en"))


def _classify_non_person(rec: Reading, core: str) -> None:
    place = resolve_place(core) if rec.type in {"LOC", "MISC"} else None
    if place is not None and place.kind == "city" and is_acronym(core) and core.casefold() != place.name.casefold():
        place = None  # "AEX" (an index) is Alexandria's airport code: capitals found by a city's other name are none
    if resolve_country(core):
        place = resolve_place(core)
    if place is not None:
        rec.kind, rec.place = "place", place
    elif is_acronym(core):
        rec.kind, rec.acronym = "acronym", acronym_key(core)
    else:
        rec.kind = "name"


def product_name(text: str) -> str | None:
    """The name in a product mention that ends in a common noun or is a model number: "de 787",
    "de nieuwe Airbus A380 superjumbo" -> "Airbus A380", "A380-machines" -> "A380". A name inside
    a modifier is not the product's ("vliegtuigen van Europa", "documenten van Lockheed"), nor is
    a nationality adjective alone ("Amerikaanse contracten")."""
    ws = [w for w in words(text.split(",")[0]) if w.casefold() not in ARTICLES]
    while ws and ws[0].casefold() in _OPENERS:
        ws = ws[1:]  # "Eerste A380", "Deze laatste Boeing 717": capitals of the sentence, not the name
    ws = [_name_of_compound(w) for w in ws]
    run: list[str] = []
    for w in ws:
        if is_name_word(w) or _MODEL_RE.match(w):
            run.append(w)
        elif run:
            break  # the name run ends at the first common word after it
        elif w.casefold() in PREPOSITIONS:
            return None
    if len(run) == 1 and resolve_demonym(run[0]):
        return None
    return " ".join(run) or None


def _model_of(core: str) -> str:
    """A product written as maker and model number ("Airbus A380", "Boeing 787") is keyed by its
    model ("A380", "787"), as texts that know the maker write it. ``product_name`` keeps no short
    bare number, so "Windows 10" never becomes "10"."""
    ws = core.split()
    if len(ws) == 2 and not any(c.isdigit() for c in ws[0]) and any(c.isdigit() for c in ws[1]):
        return ws[1]
    return core


# Compound heads that say what the name before them already is: an index, an exchange.
_IDENTITY_HEADS = frozenset({"index", "indexen", "indices", "beurs"})


def _without_identity_head(core: str) -> str:
    """ "Dow Jones-index", "Dow-Jonesindex", "Nasdaq-beurs" -> "Dow Jones", "Dow-Jones", "Nasdaq";
    "GM-aandelen" stays (shares are not their company)."""
    head, sep, tail = core.rpartition("-")
    if sep and head and tail in _IDENTITY_HEADS and is_name_word(head.split()[0]):
        return head
    for end in _IDENTITY_HEADS:  # glued to a hyphenated name's last part; "Hoofdindex" is a word
        stem = core[: -len(end)]
        last = stem.rpartition("-")[2]
        if core.endswith(end) and "-" in stem and len(last) >= 2 and last[:1].isupper():
            return stem
    return core


def _without_descriptor(doc: Document, m: Mention, core: str) -> str:
    """ "Verhuurbedrijf Kranenborg" opening a sentence is Kranenborg: a common noun for an organisation,
    capitalised only because the sentence starts there, is no part of the name (a place after
    it, no name left, or a text that names a person by that name keeps the whole: "Bouwbedrijf
    Dekkers" beside "volgens Dekkers" tagged PER stays apart from him)."""
    text = doc.text
    from ... import sentences as sn
    from ...extract.ner_tidy import descriptor_compound

    ws = core.split()
    rest = " ".join(ws[1:])
    if len(ws) < 2 or not descriptor_compound(ws[0]) or not all(is_name_word(w) for w in ws[1:]):
        return core
    if resolve_place(rest) is not None or not sn.follows_end(text[: m.start], dash=True):
        return core
    if any(o.type == "PER" and text[o.start : o.end] == rest for o in doc.mentions):
        return core
    return rest


def _without_legal_form(core: str) -> str:
    """A company name without the legal form or group word that ends it, when a name is left."""
    ws = core.split()
    while len(ws) > 1 and ws[-1].casefold().strip(".") in _LEGAL_FORMS:
        ws = ws[:-1]
    return " ".join(ws)


def _name_of_compound(w: str) -> str:
    # "A380-machines", "Airbus-vliegtuigen": the name before a lowercase compound head.
    head, sep, tail = w.rpartition("-")
    if sep and head and tail.islower() and (is_name_word(head) or _MODEL_RE.match(head)):
        return head
    return w


def may_be_surname(r: Reading) -> bool:
    """A one-word name NER did not call a person that may still be one ("Baudet" tagged ORG):
    not an acronym, not a newspaper or cabinet, not a country."""
    return (
        r.subtype not in {"media", "cabinet", "eve"}
        and r.kind in {"name", "place"}
        and (r.place is None or r.place.kind == "city")
        and not is_acronym(r.core or "")
    )
