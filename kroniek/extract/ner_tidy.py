"""Mention repairs after the CRF: what CoNLL-2002 training data does not teach about 2019 news.

Each rule is general Dutch news usage, applied to the mention spans and the text around them:

- a role written before a name is not part of it, and makes the name a person:
  "Vicepremier Ollongren", "D66-minister Koolmees" -> PER "Ollongren", "Koolmees"; so is a noun
  made from a name with an apostrophe ("VVD’er Jan de Boer", "A’dammer Kees Bos"; alone it stays
  MISC, as CoNLL-2002 tags "VLD'er"); a name right after a lowercase role noun is a person too
  ("minister Kaag", "koningin Elizabeth");
- a mention that holds two people joined by "en" and a role ("Kaag voor Ontwikkelingssamenwerking
  en vicepremier Ollongren") is split; the portfolio after a person's name ("Hoekstra van
  Financiën") is cut off;
- fragments go: a title's words ("Hoge" in "Hoge Vertegenwoordiger", "Unie" in "Hoge
  Vertegenwoordiger van de Unie"), trailing function words ("Hoge Vertegenwoordiger van de" -> "Hoge
  Vertegenwoordiger"), and a mention that is only a role ("Minister voor", "Hoge
  Vertegenwoordiger") is no name at all;
- newspapers, broadcasters and social platforms (kroniek/data/nl_media.tsv) are organisations,
  never people or places ("De Telegraaf", "Trouw", "Instagram");
- a dateline in capitals opening a line ("ARNHEM - ") is a place, and an index compound
  ("AEX-index") no place but an index (MISC);
- a name of two words or more followed by an age in brackets ("Kees Voorn (41)") is a person, and
  a town's or country's adjective NER glued before it ("Utrechtse Tonny Wilt (76)") is cut off;
- a market segment before a listed company ("Smallcap X", "midkapper X") says it is one, as a
  team, stable or fund noun does ("wielerploeg X", "Formule 1-team X");
- "Brexit", "Nexit", "Grexit" name events (MISC), never people; "Jong Ajax", "Jong Oranje" (a
  youth team) is an organisation, never a person; initials and a surname
  ("S.A.M. Kaag") name a person;
- two capitalised common words joined by a preposition are one organisation ("Grond in
  Verzet"); a name ending in a body noun is an organisation ("Politiek en Veiligheidscomité");
  "Kamerbrief", "Kamervragen" are no names;
- a competition ("Premier League", "Grenke Classic", "Tour de France") or a name ending in an
  event's head noun ("Bevrijdingsfestival", "Soundmixshow") is an event (MISC/eve), one ending in
  an award's ("Schmidtprijs") MISC, never a person or place; a capitalised word the span left
  out before it belongs to it ("Premier" is no role there);
- a heading or label line of common Dutch words ("Illusie", "Zware Tijden", "Belangen", "Antwoord
  1") is no name, unless the text names it elsewhere too or it is a place (`label_lines`);
- a name right after an organisation noun or a compound on one ("Uitvaartverzekeraar Yarden",
  "energiebedrijf Vattenfall") is an organisation, never a person, and so is a span the CRF typed
  otherwise that opens with such a compound ("Zorgverzekeraar VGZ");
- a name Frog cut at an apostrophe ("Conan O" + "Brien", "Rag'n" + "Bone Man") is one name;
- a holiday ("Eerste Kerstdag", "Koningsdag", "Dodenherdenking") is an event, never a place;
- a cabinet ("kabinet-Rutte III", "Rutte III" in a text about a cabinet) is an organisation with
  subtype "cabinet", so it is never linked to the premier it is named after;
- a street, square or quay named by its head word ("Anne Frankplein", "Keizersgracht",
  "Julianalaan", "Stationsweg" after "aan de") is a place, never a person or organisation;
- a state institution ("Tweede Kamer", "Eerste Kamer", "Raad van State", "ministerie van
  Financiën", "gemeenteraad van Delft", "Provinciale Staten") is an organisation whatever the CRF said;
- a name ending in a hyphen ("Crisis-" of "Crisis- en Herstelwet", or one cut at a line end) is
  a piece of a word, no name;
- a name tagged PER (or plain MISC) is an organisation where the text says so: an outlet, site,
  studio or trade-peer noun before it ("sportkrant X", "branchegenoot X"), what only a company has
  before "van X" ("aandeelhouders van X", "analisten van X"), a web address as a name ("Bol.com"),
  and for a person-tagged name its share moving by a percentage ("X daalde 4,6%");
- a family word or royal title right before one capitalised word makes a person ("zoontje X",
  "koningin X", where X is also a town);
- a first name, a lower-case particle and one capitalised word ("Joost" + "van" + "Doorn" LOC) are
  one person when the text writes them only together.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .. import sentences as sn
from ..gazetteer import street_head
from ..link.entities import role_head, role_nouns
from ..link.geo import resolve_demonym, resolve_place
from ..link.names import data_rows, is_acronym, normalize, strip_articles
from ..model import Mention
from .label_lines import common_word_label
from .time_lexicon import FEAST_DAYS

_FUNCTION = frozenset({"van", "de", "der", "den", "het", "voor", "en", "of", "in", "op", "the", "'t", "te"})
_ROMAN = r"(?:II|III|IV|V|VI|VII)"
_EXIT_RE = re.compile(r"^[A-Z][a-z]{0,4}exit$")
# Roles that are never a surname on their own ("Prins", "Koning", "Baas" are Dutch surnames too).
_OFFICES = frozenset(
    {"minister", "staatssecretaris", "premier", "minister-president", "president", "vicepremier",
     "vice-premier", "secretaris-generaal", "vertegenwoordiger", "voorzitter", "fractievoorzitter",
     "partijleider", "commissaris", "eurocommissaris", "burgemeester", "wethouder", "kamerlid"}
)
_WORD_RE = re.compile(r"\S+")
_KAMER_WORD_RE = re.compile(r"^Kamer[a-z]{3,}$")
# a noun made from a name with an apostrophe and a suffix: "VVD’er", "PSV'ers", "A’dammer"
_NAME_DERIVED_RE = re.compile(r"\w+['’](?:(?:dammer|ster|er)(?:tje|je)?|tje|je)s?")
_YOUTH_TEAM_RE = re.compile(r"^Jong\s+[A-Z]")
_INITIALS_NAME_RE = re.compile(r"^(?:[A-Z][a-z]?\.){1,5}\s?(?:(?:van|de|der|den|ter|ten)\s)*[A-Z][a-z][\w\-]+$")


@cache
def media_names() -> frozenset[str]:
    """Normalised names of newspapers, broadcasters and news agencies (kroniek/data/nl_media.tsv)."""
    out = set()
    for row in data_rows("nl_media.tsv"):
        for name in row:
            if name.strip():
                out.add(normalize(strip_articles(name.strip())))
    return frozenset(out)


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(start + m.start(), start + m.end(), m.group()) for m in _WORD_RE.finditer(text[start:end])]


def _is_role(word: str) -> bool:
    w = word.strip(",.;:()\"'“”„").casefold()
    return bool(w) and (w in role_nouns() or role_head(w) is not None)


def _is_name(word: str) -> bool:
    w = word.strip(",.;:()\"'“”„’")
    return bool(w) and (w[:1].isupper() or w[:1].isdigit())


def _span(m: Mention, start: int, end: int, typ: str | None = None, subtype: str | None = None) -> Mention:
    return replace(m, start=start, end=end, type=typ or m.type, subtype=m.subtype if subtype is None else subtype)


def _trim(text: str, m: Mention) -> Mention | None:
    """Drop trailing function words and a leading role; None when nothing but a role is left."""
    ws = _words(text, m.start, m.end)
    n = len(ws)
    while ws and ws[-1][2].strip(",.;:").casefold() in _FUNCTION:
        ws.pop()
    if not ws:
        return None
    fragment = len(ws) < n
    # A leading role ("Vicepremier Ollongren", "CDA-leider Buma"): the name after it is a person.
    lead = ws[0][2]
    if len(ws) > 1 and (_is_role(lead) or _NAME_DERIVED_RE.fullmatch(lead)) and not is_acronym(lead):
        rest = ws[1:]
        if rest[0][2][:1].isupper():  # "Vicepremier De Jonge": a capitalised particle starts the name
            return _span(m, rest[0][0], rest[-1][1], "PER", "")
    # Only role words (and adjectives before them) left: "Minister", "Hoge Vertegenwoordiger".
    last = ws[-1][2].strip(",.;:").casefold()
    if (
        (fragment or last in _OFFICES or role_head(last) in _OFFICES)
        and _is_role(last)
        and len(ws) <= 3
        and not any(is_acronym(w[2]) for w in ws)
        and _is_role_phrase(ws)
    ):
        return None
    return _span(m, ws[0][0], ws[-1][1])


def _is_role_phrase(ws: list[tuple[int, int, str]]) -> bool:
    # "Hoge Vertegenwoordiger", "Minister": the last word is a role and any before it are adjectives.
    return all(w[2].casefold().endswith(("e", "ste")) or _is_role(w[2]) for w in ws[:-1])


def _split_people(text: str, m: Mention) -> list[Mention]:
    """ "Kaag voor Ontwikkelingssamenwerking en vicepremier Ollongren" -> two mentions."""
    ws = _words(text, m.start, m.end)
    for i in range(1, len(ws) - 2):
        if ws[i][2] == "en" and _is_role(ws[i + 1][2]) and not _is_name(ws[i + 1][2]):
            left = replace(m, end=ws[i - 1][1])
            right = replace(m, start=ws[i + 2][0], type="PER", subtype="")
            return [left, right]
    return [m]


_JOINERS = frozenset({"op", "via", "tegen", "met", "namens"})


def _split_joined(text: str, m: Mention) -> list[Mention]:
    """ "De Jonge op Twitter": two names joined by a preposition no name holds (places such as
    "Bergen op Zoom" are kept whole)."""
    ws = _words(text, m.start, m.end)
    for i in range(1, len(ws) - 1):
        if ws[i][2] in _JOINERS and _is_name(ws[i - 1][2]) and _is_name(ws[i + 1][2]):
            if resolve_place(text[m.start : m.end]) is not None:
                return [m]
            return [replace(m, end=ws[i - 1][1]), replace(m, start=ws[i + 1][0], subtype="")]
    return [m]


def _cut_portfolio(text: str, m: Mention) -> Mention:
    """After a role noun, "Hoekstra van Financiën" / "Kaag voor Ontwikkelingssamenwerking" is the person."""
    before = text[max(0, m.start - 30) : m.start].split()
    if not before or not _is_role(before[-1]):
        return m
    ws = _words(text, m.start, m.end)
    for i in range(1, len(ws) - 1):
        if ws[i][2] in ("van", "voor") and _is_name(ws[i + 1][2]) and all(_is_name(w[2]) for w in ws[:i]):
            return _span(m, ws[0][0], ws[i - 1][1], "PER", "")
    return m


_LOCATIVE_RE = re.compile(r"(?i)\b(?:aan|op|in|bij|via|naar|over|langs|vanaf)\s+(?:de|het|'t)?\s*$")
_HOUSE_NUMBER_RE = re.compile(r"^\s+\d{1,4}[a-z]?\b")
_INSTITUTION_RE = re.compile(
    r"(?:de\s+)?(?:(?:Tweede|Eerste)\s+Kamer(?:\s+der\s+Staten-Generaal)?|Staten-Generaal|Raad\s+van\s+State"
    r"|(?:Provinciale|Gedeputeerde)\s+Staten|[Mm]inisterie\s+van\s+[A-Z][\w ,-]*|[Gg]emeenteraad(?:\s+van\s+[A-Z][\w-]*)?"
    r"|Algemene\s+Rekenkamer|Hoge\s+Raad)",
)


def _street(text: str, m: Mention) -> bool:
    """The mention is a street or square by its last word's head ("Betsy Perkplein", "Lindelaan")."""
    surface = text[m.start : m.end]
    if not surface.split() or is_acronym(surface.split()[-1]):
        return False
    if street_head(surface):
        return True
    return street_head(surface, weak=True) and bool(
        _LOCATIVE_RE.search(text[max(0, m.start - 20) : m.start]) or _HOUSE_NUMBER_RE.match(text[m.end : m.end + 8])
    )


# Place names in capitals opening a line (two joined by "/"), then a dash, the agency in brackets
# perhaps first: the dateline of regional news ("ARNHEM - ", "TIEL/BUREN - ", "HAAREN (ANP) - ").
# Words in capitals one space apart, places joined by "/": each split of a run of capitals is read
# one way only (a nested "(?:[A-Z]+ ?)+" tried every split of a long capitals line: a letterhead's
# "MINISTERIE VAN INFRASTRUCTUUR EN WATERSTAAT" without a dash never finished).
_CAPS = r"[A-ZÀ-Þ'’.-]+"
_DATELINE_RE = re.compile(
    rf"^({_CAPS}(?: {_CAPS})*(?: ?/{_CAPS}(?: {_CAPS})*)* ?)\s*(?:\([^)\n]{{1,20}}\)\s*)?[-–—]\s"
)
# A stock index written as a compound on "index" ("AEX-index", "Dow-Jonesindex", "Bel 20-index").
_INDEX_COMPOUND_RE = re.compile(r"\w-?ind(?:ex|exen|ices)$")


_AGE_AFTER_RE = re.compile(r"^ \(\d{1,2}\)")


def _place_adjective(word: str) -> bool:
    """ "Utrechtse", "Rotterdamse", "Amerikaanse": an adjective of a town or country."""
    if resolve_demonym(word) is not None:
        return True
    stem = word[:-2] if word.endswith("se") else ""
    return len(stem) >= 4 and any(resolve_place(s) is not None for s in (stem, stem + "en"))


def _aged_person(text: str, m: Mention) -> Mention | None:
    """A name NER typed otherwise, followed by an age in brackets ("Tonny Wilt (76)"), is a person;
    a town's or country's adjective glued before it ("Utrechtse Tonny Wilt") is cut off. None
    when no age follows, the mention is already a person, or it holds no name after the cut."""
    if m.type == "PER" or m.subtype or not _AGE_AFTER_RE.match(text[m.end : m.end + 6]):
        return None
    ws = _words(text, m.start, m.end)
    cut = len(ws) > 1 and _place_adjective(ws[0][2])
    ws = ws[1:] if cut else ws
    # one word only after a town's adjective ("Rotterdamse Jamila (37)"): a team in a ranking is
    # written "Kroonploeg (3)" too
    if len(ws) < (1 if cut else 2) or len(ws) > 5 or is_acronym(text[ws[0][0] : m.end]):
        return None
    names = [w for _, _, w in ws if w not in _PARTICLES]  # "Tonny van der Wilt"
    if not all(w[:1].isupper() for w in names) or not ws[0][2][:1].isupper() or _org_head(ws[-1][2]):
        return None  # "Kroon Team (3)": an organisation's head noun ends it
    name = text[ws[0][0] : m.end]
    if _institution(name) or resolve_place(name) is not None:
        return None  # "Raad van State (12)", "Bergen op Zoom (3)"
    return _span(m, ws[0][0], m.end, "PER", "")


def _aged_names_are_persons(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name the text gave an age ("Kees Voorn (41)") is that person where the CRF typed the same
    words otherwise elsewhere in the text ("Kees Voorn" MISC in the next sentence)."""
    aged = {
        text[m.start : m.end]
        for m in mentions
        if m.type == "PER" and len(text[m.start : m.end].split()) > 1 and _AGE_AFTER_RE.match(text[m.end : m.end + 6])
    }
    if not aged:
        return mentions
    return [
        _span(m, m.start, m.end, "PER", "") if m.type != "PER" and not m.subtype and text[m.start : m.end] in aged else m
        for m in mentions
    ]


def _dateline_names_are_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """The town of a text's dateline ("AALBURG - ") is that place where the text names it again
    and the CRF typed it otherwise ("in Aalburg" tagged PER)."""
    towns = {text[m.start : m.end].casefold() for m in mentions if m.type == "LOC" and _dateline(text, m)}
    if not towns:
        return mentions
    return [
        _span(m, m.start, m.end, "LOC", "")
        if m.type != "LOC" and not m.subtype and text[m.start : m.end].casefold() in towns
        else m
        for m in mentions
    ]


def _dateline(text: str, m: Mention) -> bool:
    """The mention is (part of) a dateline: capitals (four letters or more) opening a line, a dash
    after, and a known place or no common word ("UPDATE - " is none)."""
    from ..ingest.hyphen import load_wordlist

    surface = text[m.start : m.end]
    letters = [ch for ch in surface if ch.isalpha()]
    if len(letters) < 4 or not all(ch.isupper() for ch in letters):
        return False
    line = text.rfind("\n", 0, m.start) + 1
    head = _DATELINE_RE.match(text[line : line + 80])
    if head is None or m.end > line + len(head.group(1).rstrip()):
        return False
    return resolve_place(surface) is not None or surface.lower() not in load_wordlist().exact


def _institution(surface: str) -> bool:
    """A state body named as Dutch names it ("Tweede Kamer", "Raad van State", "ministerie van Defensie")."""
    return _INSTITUTION_RE.fullmatch(surface.strip()) is not None


def _retype(text: str, m: Mention) -> Mention:
    surface = text[m.start : m.end]
    key = normalize(strip_articles(surface))
    if key in media_names():
        return _span(m, m.start, m.end, "ORG", "media")
    aged = _aged_person(text, m)
    if aged is not None:
        return aged  # "Tonny Wilt (76)", "De Utrechtse Tonny Wilt (76)": an age in brackets follows a person
    if m.type != "LOC" and _dateline(text, m):
        return _span(m, m.start, m.end, "LOC", "")  # "ARNHEM - De gemeenteraad ...": where the news is from
    if m.type == "LOC" and _INDEX_COMPOUND_RE.search(surface):
        return _span(m, m.start, m.end, "MISC", "")  # "AEX-index", "Dow-Jonesindex": an index, no place
    if m.type != "LOC" and _street(text, m):
        return _span(m, m.start, m.end, "LOC", "")  # "Anne Frankplein" is a square, no person
    if m.type != "ORG" and _institution(surface):
        return _span(m, m.start, m.end, "ORG", "")  # "Tweede Kamer" tagged PER or LOC
    if m.type != "PER" and _INITIALS_NAME_RE.match(surface):
        return _span(m, m.start, m.end, "PER", "")  # "S.A.M. Kaag" signs a letter: a person
    if _EXIT_RE.match(surface) or surface.casefold() in FEAST_DAYS:
        return _span(m, m.start, m.end, "MISC", "eve")  # "Brexit"; "Eerste Kerstdag", "Koningsdag"
    if m.type in ("PER", "MISC") and m.subtype == "" and org_evidence(text, m):
        return _span(m, m.start, m.end, "ORG", "")  # "Uitvaartverzekeraar Yarden", "aandeelhouders van Laadnet"
    if _YOUTH_TEAM_RE.match(surface) and not re.search(r"(?i)\bde\s+$", text[max(0, m.start - 4) : m.start]):
        return _span(m, m.start, m.end, "ORG", "")  # "Jong Ajax": a club's youth team ("de Jong" is a surname)
    before = text[max(0, m.start - 30) : m.start]
    words_before = before.split()
    if m.type in ("ORG", "MISC", "LOC") and kin_or_royal_named(text, m, before):
        return _span(m, m.start, m.end, "PER", "")  # "zoontje Brecht", "koningin Valencia" (Valencia is a town)
    if (
        m.type in ("MISC", "LOC")
        and words_before
        and _is_role(words_before[-1])
        and not before.endswith(("-", "\n"))
        and not is_acronym(surface)
        and all(_is_name(w) for w in surface.split())
        and len(surface.split()) <= 3
    ):
        return _span(m, m.start, m.end, "PER", "")
    return m


# Family words and royal titles: written right before one capitalised word they name a person
# ("zoontje Brecht", "koningin Valencia", "emir Rashid"), whatever that word is elsewhere.
_KIN_OR_ROYAL = frozenset(
    {"zoon", "zoontje", "dochter", "dochtertje", "broer", "broertje", "zus", "zusje", "vader", "moeder",
     "opa", "oma", "kleinzoon", "kleindochter", "echtgenoot", "echtgenote", "schoonvader", "schoonmoeder",
     "schoonzoon", "schoondochter", "koning", "koningin", "prins", "prinses", "hertog", "hertogin",
     "emir", "sjeik", "keizer", "keizerin", "kroonprins", "kroonprinses", "paus"}
)


def kin_or_royal_named(text: str, m: Mention, before: str) -> bool:
    """One capitalised word right after a lower-case family word or royal title ("zoon Brecht",
    "koningin Valencia"), with no punctuation between: a person (not an acronym, not a
    compound such as "prins Bernhardfonds")."""
    surface = text[m.start : m.end]
    hit = re.search(r"(?:^|\s)([a-z]+) $", before)
    if hit is None or hit.group(1) not in _KIN_OR_ROYAL or " " in surface or is_acronym(surface):
        return False
    return surface[:1].isupper() and surface[1:].islower() and surface.isalpha() and not _org_head(surface)


# Head nouns of organisations: a word ending in one right before a name says what the name is
# ("Zorgverzekeraar Menzis", "busmaatschappij Keolis", "Opvangorganisatie Berend Botje").
_ORG_HEADS = (
    "verzekeraar", "bedrijf", "maatschappij", "organisatie", "fabrikant", "concern",
    "keten", "vereniging", "stichting", "instelling", "omroep", "supermarkt", "vervoerder",
    "aanbieder", "bank", "club", "partij", "uitgeverij", "brouwerij", "webwinkel", "retailer",
    # news outlets, sites and platforms, film studios, a company's peer in its trade
    "krant", "tijdschrift", "website", "site", "platform", "studio", "branchegenoot", "sectorgenoot",
    "leverancier", "toeleverancier",
    # sports teams ("wielerploeg X", "Formule 1-team X", "renstal X"); funds ("beleggingsfonds X")
    "team", "ploeg", "renstal", "fonds",
)
# Market segments that market reports put before a listed company ("Smallcap X won 5%",
# "midkapper X", "Smallcapfonds X"): descriptors, though no Dutch dictionary word.
_MARKET_SEGMENTS = frozenset(
    {"smallcap", "smallcaps", "midcap", "midcaps", "largecap", "smallcapper", "midcapper", "midkapper",
     "smallkapper", "smallcapfonds", "midcapfonds"}
)

# What only a company or other organisation has, written right before "van NAME" ("de
# aandeelhouders van Etenthuis.nl", "analisten van Heldring"): no person has shareholders,
# quarterly figures or a share price.
_MARKET_OWNER_RE = re.compile(
    r"(?i)\b(?:aandeelhouders?|aandelen|het aandeel|beurskoers|beurswaarde|marktwaarde|(?:kwartaal|jaar|halfjaar)cijfers|"
    r"analisten|analist|topman|topvrouw|bestuursvoorzitter|oprichter|oprichters|klanten)\s+(?:van|bij)\s+$"
)
# A listed company's share moving: "NAME daalde 4,6%", "NAME steeg 2 procent", "NAME (+1,2%)".
_MARKET_MOVE_RE = re.compile(
    r"^(?:\s+(?:daalde|steeg|klom|zakte|kelderde|dook|sloot|noteerde)(?:\s+\w+){0,2}"
    r"\s+[+-]?\d+(?:[.,]\d+)?\s?(?:%|procent)|\s+\([+-]\d+(?:[.,]\d+)?\s?%\))"
)
_WEB_NAME_RE = re.compile(r"^[A-Z][\w-]*\.(?:com|nl|be|de|org|net|io)$")


def _org_head(word: str, compound_only: bool = False) -> bool:
    w = word.strip(",.;:()\"'“”„").casefold()
    return w in _MARKET_SEGMENTS or any(
        w.endswith(h) and (len(w) > len(h) + 2 or (w == h and not compound_only)) for h in _ORG_HEADS
    )


def descriptor_compound(word: str) -> bool:
    """A word that is a common noun for an organisation made of a Dutch word and an organisation
    head ("Verhuurbedrijf", "Filmstudio", "Chiptoeleverancier"), not a company's own name ending
    in one ("Rabobank": "rabo" is no word)."""
    from ..ingest.hyphen import load_wordlist

    w = word.casefold()
    known = load_wordlist().exact
    return not _is_role(word) and (w in _MARKET_SEGMENTS or any(
        w.endswith(h) and len(w) > len(h) + 2 and (w in known or w[: -len(h)].rstrip("-") in known) for h in _ORG_HEADS
    ))


def _org_descriptor(before: str) -> bool:
    """The word right before a name (no punctuation between) is an organisation noun or a compound
    on one ("Uitvaartverzekeraar", "energiebedrijf"), and no role ("bedrijfsleider" is a person);
    capitalised only where it starts a sentence or line ("De Nederlandsche Bank Klaas Knot": "Bank"
    ends another name)."""
    hit = re.search(r"(?:^|(?<=\s)|(?<=\d-))([^\W\d_][\w-]*) $", before)  # "Formule 1-team X"
    if hit is None or not _org_head(hit.group(1)) or _is_role(hit.group(1)):
        return False
    opens = sn.follows_end(before[: hit.start()], dash=True)
    return hit.group(1)[:1].islower() or opens


def org_evidence(text: str, m: Mention) -> bool:
    """What the text writes around a name says it is an organisation: a descriptor before it
    ("zakenbank Heldring", "sportkrant Gazzetta"), what only a company has ("aandeelhouders van
    Laadnet"), a web address for a name ("Bol.com"), or, for a name tagged a person, its share
    moving ("Kroonveld steeg 2,1%"; an index moves too, and stays MISC)."""
    surface, before = text[m.start : m.end], text[max(0, m.start - 40) : m.start]
    if _org_descriptor(before) or _WEB_NAME_RE.match(surface) or _MARKET_OWNER_RE.search(before):
        return True
    after = text[m.end : m.end + 60]
    return m.type == "PER" and bool(_MARKET_MOVE_RE.match(after)) and not re.search(r"(?i)peiling|stemmen", after)


def _org_by_descriptor(text: str, m: Mention) -> Mention:
    """ "Zorgverzekeraar VGZ" as one mention the CRF typed PER: the compound that opens it says it
    is an organisation (the span is kept, as an organisation's span holding its compound is:
    "Bouwbedrijf Heijmans"; the linker reads the name out of it). A bare head ("Stichting
    Urgenda") may be part of the name and decides nothing, nor does a compound before a place or
    common words ("Roeivereniging Alphen", "Contactgroep Eigen Woning")."""
    from ..ingest.hyphen import load_wordlist

    ws = _words(text, m.start, m.end)
    if m.type == "ORG" or len(ws) < 2 or not _org_head(ws[0][2], compound_only=True):
        return m
    if _is_role(ws[0][2]) or not _is_name(ws[1][2]):
        return m
    rest = text[ws[1][0] : m.end]
    common = all(w.lower() in load_wordlist().exact for w in rest.split())
    return m if common or resolve_place(rest) is not None else _span(m, m.start, m.end, "ORG", "")


_APOSTROPHES = ("'", "’", "`")


def _join_apostrophe(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name Frog cut at an apostrophe ("Conan O" + "Brien", "Rag'n" + "Bone Man") is one name: a
    person if either part was tagged one, else of its first part's type."""
    ms = sorted(mentions, key=lambda m: (m.start, m.end))
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        if prev is not None and m.start == prev.end + 1 and text[prev.end] in _APOSTROPHES:
            typ = "PER" if "PER" in (prev.type, m.type) else prev.type
            out[-1] = replace(prev, end=m.end, type=typ, subtype="" if typ != prev.type else prev.subtype)
            continue
        out.append(m)
    return out


_O_SURNAME_RE = re.compile(r"(?:^|\s)O['’][A-Z][a-z]")


def _o_surname(text: str, m: Mention) -> Mention:
    """An Irish surname ("O’Connell", "O'Neill") makes its name a person's, whatever the CRF said
    ("Aoife O’Connell" ORG), and the "O’" the CRF left out of the span belongs to it ("Connell").
    After an organisation noun ("Pubketen O'Hara") ``_retype`` makes it the organisation again."""
    start = m.start
    if start >= 2 and text[start - 2 : start] in ("O'", "O’") and (start == 2 or not text[start - 3].isalnum()):
        start -= 2
    if not _O_SURNAME_RE.search(text[start : m.end]):
        return m if start == m.start else _span(m, start, m.end)
    return _span(m, start, m.end, "PER", "")


def _cabinet(text: str, m: Mention) -> Mention:
    """ "kabinet-Rutte III", or "Rutte III" in a text about a cabinet: ORG/cabinet."""
    after = re.match(rf"\s+{_ROMAN}\b", text[m.end : m.end + 6])
    end = m.end + after.end() if after and not re.search(rf"\s{_ROMAN}$", text[m.start : m.end]) else m.end
    surface = text[m.start : end]
    prefixed = re.match(r"(?i)kabinet-", surface)
    if prefixed:
        return _span(m, m.start + prefixed.end(), end, "ORG", "cabinet")
    if text[max(0, m.start - 8) : m.start].casefold().endswith("kabinet-"):
        return _span(m, m.start, end, "ORG", "cabinet")
    before = text[max(0, m.start - 30) : m.start].split()
    role_before = bool(before) and _is_role(before[-1])
    if re.search(rf"\s{_ROMAN}$", surface) and "kabinet" in text.casefold() and not role_before:
        return _span(m, m.start, end, "ORG", "cabinet")
    return m


# Words that make a name a competition: "Premier League", "Champions League", "Grenke Classic".
_COMPETITION_WORDS = frozenset(
    {"league", "cup", "open", "tour", "giro", "vuelta", "prix", "eredivisie", "divisie", "liga",
     "championship", "championships", "trophy", "classic", "classics", "spelen", "games", "bokaal",
     "beker", "series", "masters"}
)
# Head nouns of events and awards a name can end in ("Gelders Bevrijdingsfestival", "Schmidtprijs").
_EVENT_HEADS = ("festival", "show", "toernooi", "marathon", "kampioenschap", "kampioenschappen", "spelen")
_AWARD_HEADS = ("prijs", "award", "awards", "trofee")
_COMPETITION_LEFT_RE = re.compile(r"([A-Z][\w'’-]*) $")


def _competition(text: str, m: Mention, taken: list[Mention]) -> Mention | None:
    """A name that holds a competition word ("League" of "Premier League") or ends in an event's
    or an award's head noun ("Bevrijdingsfestival", "Soundmixshow", "Schmidtprijs") is an event
    (an award MISC; an organisation stays one), never a person or place, never cut after a role
    word ("Premier"); the capitalised word right before it that no mention holds ("Premier",
    "Grenke") is part of its name. None when the mention names no such thing."""
    words = [w.strip(",.;:").casefold() for w in text[m.start : m.end].split()]
    award = m.type in ("PER", "LOC") and _named_thing(words[-1], _AWARD_HEADS)
    # "Open" ends a tournament's name ("US Open"); first it is an adjective ("Open Rights Group").
    event = any(w in _COMPETITION_WORDS for w in words[:-1] if w != "open") or words[-1] in _COMPETITION_WORDS or (
        m.type in ("PER", "LOC") and _named_thing(words[-1], _EVENT_HEADS)
    )
    if not (award or event):
        return None
    if m.type == "ORG":
        return m
    start = m.start
    left = _COMPETITION_LEFT_RE.search(text[max(0, m.start - 40) : m.start])
    if left and _left_name_part(text, m.start - len(left.group(0)), left.group(1), taken):
        start = m.start - len(left.group(0))
    return _span(m, start, m.end, "MISC", "" if award and not event else "eve")


def _named_thing(word: str, heads: tuple[str, ...]) -> bool:
    # "bevrijdingsfestival", "festival": the head or a compound on it (not "grace" for "race").
    return any(word == h or (word.endswith(h) and len(word) > len(h) + 2) for h in heads)


def _left_name_part(text: str, start: int, word: str, taken: list[Mention]) -> bool:
    """A capitalised word before a mention that is part of its name: no function word, no word of
    another mention, and no common Dutch word capitalised only because it starts a sentence."""
    from ..ingest.hyphen import load_wordlist

    if word.casefold() in _FUNCTION or any(o.start <= start < o.end for o in taken):
        return False
    sentence_start = sn.follows_end(text[max(0, start - 3) : start])
    return not sentence_start or word.lower() not in load_wordlist().exact


_NAME_JOINERS = (" in ", " voor ", " op ", " tegen ", " zonder ")
# A name ending in one of these nouns names a body, not a person or a place ("Veiligheidscomité").
_BODY_HEADS = ("comité", "commissie", "raad", "dienst", "autoriteit", "inspectie", "ministerie", "partij", "fonds")


def _join_split_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Grond in Verzet" tagged as "Grond" PER and "Verzet" LOC: two capitalised common Dutch words
    joined by a preposition inside one sentence are one organisation name. Proper names on both
    sides ("Rutte in Brussel") stay apart, and so does a street before its town ("Stationsweg in
    Soest")."""
    from ..ingest.hyphen import load_wordlist

    words = load_wordlist()
    ms = sorted(mentions, key=lambda m: (m.start, m.end))
    out: list[Mention] = []
    i = 0
    while i < len(ms):
        a = ms[i]
        if i + 1 < len(ms):
            b = ms[i + 1]
            between = text[a.end : b.start]
            wa, wb = text[a.start : a.end], text[b.start : b.end]
            if (
                between in _NAME_JOINERS
                and " " not in wa
                and " " not in wb
                and not street_head(wa, weak=True)
                and all(w.isalpha() and w[:1].isupper() and w.lower() in words.exact for w in (wa, wb))
            ):
                out.append(replace(a, end=b.end, type="ORG", subtype=""))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


_PARTICLE_GAP_RE = re.compile(r"^ (?:van (?:der |den |de |het |'t )?|de |den |der |ter |ten |von |da |di |du |le |la )([A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?)\b")


_PORTFOLIO_ROLE_RE = re.compile(r"(?i)(?:minister|staatssecretaris|commissaris|wethouder|gedeputeerde|secretaris)\s+$")


def _join_particle_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Joost van Doorn" tagged as "Joost" PER and "Doorn" LOC (a village too): a one-word person
    followed by a lower-case name particle and one capitalised word is one person's name, when
    the text writes that first word only before this surname and the surname only after a
    particle (so "Messi van Barcelona" stays apart in a text that writes Messi or Barcelona
    on its own)."""
    ms = sorted(mentions, key=lambda m: (m.start, m.end))
    out: list[Mention] = []
    skip: set[int] = set()
    for i, a in enumerate(ms):
        if i in skip:
            continue
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        end = _particle_surname_end(text, a, nxt)
        if end is None:
            out.append(a)
            continue
        if nxt is not None and nxt.start < end:
            skip.add(i + 1)
        out.append(replace(a, end=end))
    return out


def _particle_surname_end(text: str, a: Mention, nxt: Mention | None) -> int | None:
    """Where the surname after a one-word person ``a`` and a particle ends, if ``a`` is its first name."""
    first = text[a.start : a.end]
    hit = _PARTICLE_GAP_RE.match(text[a.end : a.end + 40])
    if a.type != "PER" or hit is None or not (first.isalpha() and first[:1].isupper() and first[1:].islower()):
        return None
    end = a.end + hit.end(1)
    if re.match(r"\s+[A-Z]", text[end : end + 3]):
        return None  # "van Red Bull": a longer name follows
    if nxt is not None and nxt.start < end and not (
        a.end < nxt.start <= a.end + hit.start(1) and nxt.end == end and nxt.type in ("LOC", "PER")
    ):
        return None  # "Jansen van Philips": an organisation after "van" is where the person works
    if _PORTFOLIO_ROLE_RE.search(text[max(0, a.start - 40) : a.start]):
        return None  # "minister Hoekstra van Financiën": the portfolio, cut off by ``_cut_portfolio``
    word, full = hit.group(1), first + text[a.end : end]
    uses = len(re.findall(rf"\b{re.escape(first)}\b", text))
    bare = len(re.findall(rf"(?<!\b[vV]an )(?<!\b[dD]e )(?<!\b[dD]er )(?<!\b[dD]en )(?<!\b[tT]er )(?<!\b[tT]en )\b{re.escape(word)}\b", text))
    return end if uses == text.count(full) and bare == 0 else None


def _is_body(text: str, m: Mention) -> bool:
    last = text[m.start : m.end].split()[-1].casefold() if m.end > m.start else ""
    return m.type != "ORG" and last.endswith(_BODY_HEADS) and not _is_role(last)


_LEFT_CONJUNCT_RE = re.compile(r"\b([A-Z][a-zà-ÿ]+) en $")


def _extend_body_left(text: str, m: Mention, taken: list[Mention]) -> Mention:
    """ "Politiek en Veiligheidscomité" tagged as "Veiligheidscomité": a body's name takes in a
    capitalised word and "en" before it (a word that is no mention of its own)."""
    words = text[m.start : m.end].split()
    if not words or not words[0].casefold().endswith(_BODY_HEADS):
        return m
    window = text[max(0, m.start - 40) : m.start]
    hit = _LEFT_CONJUNCT_RE.search(window)
    if hit is None or sn.follows_end(window[: hit.start()]):
        return m  # none, or a word capitalised because it opens a sentence or a line
    start = m.start - (len(hit.group(0)))
    if any(o.start <= start < o.end for o in taken):
        return m
    return replace(m, start=start, type="ORG", subtype="")


def _title_part(text: str, m: Mention) -> bool:
    """A word that belongs to a title, not a name: "Hoge" in "Hoge Vertegenwoordiger", "Unie" in
    "Hoge Vertegenwoordiger van de Unie" (a bare common noun after a role and "van de")."""
    from ..ingest.hyphen import load_wordlist

    surface = text[m.start : m.end]
    if " " in surface or is_acronym(surface):
        return False
    after = text[m.end : m.end + 40].split()
    if after and _is_role(after[0]) and after[0][:1].isupper() and surface.casefold().endswith("e"):
        return True  # "Hoge" before "Vertegenwoordiger"
    before = text[max(0, m.start - 60) : m.start].split()
    return (
        len(before) >= 3
        and before[-2:] == ["van", "de"]
        and _is_role(before[-3])
        and surface.lower() in load_wordlist().exact
    )


def tidy_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """Apply the repairs above; the result is sorted and free of duplicate and nested spans."""
    out: list[Mention] = []
    for m0 in _join_split_names(text, [_o_surname(text, m) for m in _join_apostrophe(text, mentions)]):
        for m1 in (x for y in _split_people(text, m0) for x in _split_joined(text, y)):
            event = _competition(text, m1, mentions)
            if event is not None:
                out.append(event)
                continue
            m2 = _cut_portfolio(text, _org_by_descriptor(text, m1))
            m3 = _trim(text, m2)
            if m3 is None or _title_part(text, m3) or common_word_label(text, m3) or _hyphen_piece(text, m3):
                continue
            m4 = _cabinet(text, m3)
            if m4.subtype != "cabinet":
                m4 = _retype(text, m4)
            m4 = _extend_body_left(text, m4, mentions)
            if _is_body(text, m4):
                m4 = replace(m4, type="ORG", subtype="")
            if _KAMER_WORD_RE.match(text[m4.start : m4.end]) and not _is_role(text[m4.start : m4.end]):
                continue  # "Kamerbrief", "Kamervragen": things parliament has, not names
            out.append(m4)
    uniq: list[Mention] = []
    for m in sorted(out, key=lambda x: (x.start, -x.end)):
        if m.end <= m.start:
            continue
        if uniq and uniq[-1].start <= m.start and m.end <= uniq[-1].end:
            continue  # inside the mention before it ("III" after "Rutte III" took it in)
        uniq.append(m)
    named = _same_name_same_type(text, _join_particle_names(text, uniq))
    return _surnames_are_persons(text, _dateline_names_are_places(text, _aged_names_are_persons(text, named)))


def _hyphen_piece(text: str, m: Mention) -> bool:
    """ "Crisis-" (of "Crisis- en Herstelwet") or a name cut at a line end: a piece, no name."""
    return text[m.start : m.end].rstrip().endswith(("-", "‐"))


def _same_name_same_type(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name the text showed to be an organisation ("Opvangorganisatie Berend Botje", "het
    ruimtevaartbedrijf Blue Origin") is one in the rest of the text too, where the CRF tagged the
    same words a person ("Berend Botje zegt …")."""
    orgs = set()
    for m in mentions:
        if m.type == "ORG" and (org_evidence(text, m) or _opens_with_org_head(text, m)):
            ws = text[m.start : m.end].split()
            orgs.add(" ".join(ws[1:]) if _opens_with_org_head(text, m) else " ".join(ws))
    if not orgs:
        return mentions
    return [
        _span(m, m.start, m.end, "ORG", "") if m.type == "PER" and text[m.start : m.end] in orgs else m
        for m in mentions
    ]


def _surnames_are_persons(text: str, mentions: list[Mention]) -> list[Mention]:
    """A one-word name that is the surname of a person the text names in full ("Simon O’Malley"
    … "O’Malley" tagged ORG, "Lisa Westerveld" … "Westerveld" tagged LOC) is that person. Not an
    acronym ("De PvdA" tagged PER is no person's name), a town or country ("Apollo Delft"), the
    last word after a particle ("Strick van Linschoten" is written "Van Linschoten", so a bare
    "Linschoten" is the village), nor a word the text shows an organisation's (a descriptor)."""
    surnames = {
        ws[-1]
        for m in mentions
        if m.type == "PER"
        and len(ws := text[m.start : m.end].split()) > 1
        and _is_name(ws[-1])
        and ws[-2].casefold() not in _PARTICLES
    }
    orgs = {
        text[m.start : m.end]
        for m in mentions
        if m.type == "ORG" and org_evidence(text, m)
    }
    surnames = {w for w in surnames - orgs if not is_acronym(w) and not _town_or_country(w)}
    return [
        _span(m, m.start, m.end, "PER", "") if m.type != "PER" and text[m.start : m.end] in surnames else m
        for m in mentions
    ]


_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "te", "von", "le", "la", "du", "di", "da", "del"})


def _town_or_country(word: str) -> bool:
    place = resolve_place(word)
    return place is not None and place.kind in {"city", "country"}


def _opens_with_org_head(text: str, m: Mention) -> bool:
    ws = text[m.start : m.end].split()
    return len(ws) > 1 and _org_head(ws[0], compound_only=True) and not _is_role(ws[0])


__all__ = ["descriptor_compound", "kin_or_royal_named", "media_names", "org_evidence", "tidy_mentions"]
