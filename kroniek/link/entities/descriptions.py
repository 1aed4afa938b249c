"""Pronouns and definite descriptions joined to a named chain of their own document."""

from __future__ import annotations

import re

from ... import sentences as sn
from ..geo import resolve_demonym
from ..names import ARTICLES
from .chain import Chain
from .heads import carries_head, head_noun, is_class_noun
from .mention import Reading
from .roles import role_head
from .speakers import FIRST_PLURAL, attributed
from .words import DEFINITE, PREPOSITIONS, PRONOUNS, RELATIVE, words

_COMPOUND_RE = re.compile(r"-[a-z]")
_Named = list[tuple[int, int, Chain]]  # (start, end, chain) of every chained mention, by start


def resolve_descriptions(text: str, others: list[Reading], chains: list[Chain]) -> None:
    """Attach pronouns and definite descriptions to a named chain of the same document.

    A relative pronoun ("die", "dat") joins the phrase right before it in the same sentence; a
    personal pronoun or a definite description ("het bedrijf", "de luchtvaartmaatschappij") joins
    the most recent named chain of the same type; anything else (indefinites, numbers, bare
    plurals) stays on its own, because guessing there merges different things.
    """
    named = sorted(((m.start, m.end, c) for c in chains for m in c.mentions), key=lambda t: t[0])
    for r in sorted(others, key=lambda r: r.start):
        target = _antecedent(text, r, named)
        if target is None:
            target = Chain()
            chains.append(target)
        target.add(r)
        named.append((r.start, r.end, target))
        named.sort(key=lambda t: t[0])


def _antecedent(text: str, r: Reading, named: _Named) -> Chain | None:
    ws = _plain_words(r.text)
    if len(ws) == 1 and ws[0] in RELATIVE:
        return _relative_antecedent(text, r, named)
    if ws and ws[0] not in PRONOUNS and (ws[0] in DEFINITE or ws[0] == "een" or r.roles or role_head(ws[0])):
        linked = _apposed(text, r, named)
        if linked is not None:
            return linked
    if r.roles and r.type == "PER":
        return _same_role(r, named)
    if len(ws) == 1 and ws[0] in FIRST_PLURAL and r.type == "ORG":
        return attributed(text, r.start, named, r.type) or _latest_of_type(r, named)
    if len(ws) == 1 and ws[0] in PRONOUNS:
        return _latest_argument(text, r, named) or _latest_of_type(r, named)
    if ws and ws[0] in DEFINITE and not any(ch.isdigit() for ch in r.text):
        return _described(r, named)
    return _repeated(ws, r, named)


def _repeated(ws: list[str], r: Reading, named: _Named) -> Chain | None:
    """A description of two words or more without an article that repeats, word for word, one
    met before it in the text is that thing again (the headline "X mag weer bieden op Amerikaanse
    ruimtevaartcontracten" and the body's "... bieden op Amerikaanse ruimtevaartcontracten").
    Not an indefinite ("een contract" twice may be two), not a role."""
    if len(ws) < 2 or ws[0] in PRONOUNS or ws[0] in ARTICLES or r.roles or role_head(ws[0]):
        return None
    for c0 in _before(r, named):
        if any(_plain_words(m.text) == ws for m in c0.mentions if m.kind == "other"):
            return c0
    return None


def _plain_words(text: str) -> list[str]:
    return [w for w in (w.casefold().strip("`'\"") for w in words(text)) if w]


def _described(r: Reading, named: _Named) -> Chain | None:
    """The chain a definite description names: the latest chain of its type whose mentions carry
    its head noun ("de vliegtuigbouwer" after "de Europese vliegtuigbouwer Airbus", "de luchtmacht"
    after "de Amerikaanse luchtmacht"); else, for a class noun ("het bedrijf", "het land"), the latest
    named chain of its type; else none ("de luchtmacht" is not the company named before it)."""
    head = head_noun(r.text)
    if head in _LATTER:  # "deze laatste", "laatstgenoemde": the thing of its type named last
        return _latest_of_type(r, named)
    for c0 in _before(r, named):
        if carries_head(c0, head):
            return c0
    if not is_class_noun(head, r.type):
        return None
    own = _nationalities(r.text)
    return next((c0 for c0 in _before(r, named) if _named(c0) and not _other_nation(own, c0)), None)


def _named(c0: Chain) -> bool:
    return c0.kind not in {"other", "demonym"}


def _nationalities(text: str) -> set[str]:
    return {code for w in words(text) if (code := resolve_demonym(w.strip("`'\""))) is not None}


def _other_nation(own: set[str], c0: Chain) -> bool:
    """The description names a nationality ("de Amerikaanse fabrikant") and the chain's mentions
    name only others ("De Ierse luchtvaartmaatschappij Ryanair")."""
    if not own:
        return False
    theirs = set().union(*(_nationalities(m.text) for m in c0.mentions))
    return bool(theirs) and not (own & theirs)


def _latest_argument(text: str, r: Reading, named: _Named) -> Chain | None:
    """A pronoun's antecedent in its own sentence is the latest thing of its type that is no
    modifier: not inside a prepositional phrase ("de rivaal van Boeing"), not the first part of a
    compound ("Airbus-toestellen"). "Airbus, de rivaal van Boeing, en zijn topman" is Airbus's;
    None when the sentence has no such thing before the pronoun."""
    start = max(text.rfind("\n", 0, r.start), *(text.rfind(p, 0, r.start) for p in (". ", "! ", "? "))) + 1
    modifiers = 0
    for s0, e0, c0 in reversed(named):
        if not start <= s0 < r.start or c0.kind in {"other", "demonym"} or not _same_type(c0, r):
            continue
        before = text[max(start, s0 - 12) : s0].split()
        if (before and before[-1].casefold() in PREPOSITIONS) or _COMPOUND_RE.search(text[s0 : e0 + 2]):
            modifiers += 1
            continue
        return c0 if modifiers else None  # no modifier skipped: the latest of its type, as ever
    return None


def _same_type(c0: Chain, r: Reading) -> bool:
    return c0.type == r.type and not (c0.subtype and r.subtype and c0.subtype != r.subtype)


def _before(r: Reading, named: _Named) -> list[Chain]:
    """Chains of r's type (and subtype, where both have one) met before r, the latest first."""
    out: dict[int, Chain] = {}
    for s0, _e0, c0 in reversed(named):
        if s0 >= r.start or c0.kind == "demonym" or not _same_type(c0, r):
            continue
        out.setdefault(id(c0), c0)
    return list(out.values())


_CLOSING = frozenset({")", "''", "'", "\"", "”", "’"})
_LATTER = frozenset({"laatste", "laatstgenoemde"})
_COPULA = frozenset({"is", "was", "blijft", "bleef", "wordt", "werd", "zijn", "waren"})


def _apposed(text: str, r: Reading, named: _Named) -> Chain | None:
    """A description (opening with an article or a role noun) set beside a phrase of its type is
    that phrase's thing: an apposition closed by a comma
    or the sentence end ("Airbus , de Europese rivaal van Boeing , zal …", "zei Joe Leonard ,
    bestuursvoorzitter van AirTran ."), or the predicate of a copula ("Senator McCain was de
    grootste criticus van de deal"). An item of a list ("werknemers , klanten , leveranciers en
    …", "Boeing , een Amerikaans bedrijf en …") is no apposition."""
    prev = [t for t in named if t[1] <= r.start and t[2].kind != "demonym"]
    if not prev:
        return None
    _s0, e0, c0 = max(prev, key=lambda t: (t[1], -t[0]))  # the outermost phrase ending last
    gap = [w for w in text[e0 : r.start].split() if w not in _CLOSING]  # "Singapore Airlines ( SIA ) , de …"
    after = text[r.end : r.end + 3].lstrip(" ")
    apposition = gap == [","] and (not after or after[0] in ",.;:\n")
    copula = len(gap) == 1 and gap[0].casefold() in _COPULA
    return c0 if (apposition or copula) and _same_type(c0, r) else None


def _relative_antecedent(text: str, r: Reading, named: _Named) -> Chain | None:
    """The phrase right before a relative pronoun, in the same sentence: of the phrases ending
    there, one of the pronoun's type, else the outermost ("de nieuwe toestellen van Airbus , die
    …" are the planes, not Airbus). A relative clause moved after the final verb ("heeft een
    nieuwe versie onthuld , die …") is of the phrase of its type right before that verb."""
    prev = [t for t in named if t[1] <= r.start]
    if not prev:
        return None
    e_last = max(t[1] for t in prev)
    ending = sorted((t for t in prev if t[1] == e_last), key=lambda t: (not _same_type(t[2], r), t[0]))
    _s0, e0, c0 = ending[0]
    gap = text[e0 : r.start]
    if len(gap) <= 4 and not sn.crosses_end(gap):
        return c0
    return _extraposed_antecedent(text, r, prev)


def _extraposed_antecedent(text: str, r: Reading, prev: _Named) -> Chain | None:
    verb = re.search(r"(?:^|\s)([a-zë]+)\s*,\s*$", text[: r.start])
    if verb is None:
        return None
    typed = [t for t in prev if t[1] <= verb.start(1) and _same_type(t[2], r) and t[2].kind != "demonym"]
    if not typed:
        return None
    _s0, e0, c0 = max(typed, key=lambda t: (t[1], -t[0]))
    return c0 if not text[e0 : verb.start(1)].strip() else None


def _latest_of_type(r: Reading, named: _Named) -> Chain | None:
    """The most recent named chain before r of r's type (and subtype, where both have one)."""
    for s0, _e0, c0 in reversed(named):
        if s0 >= r.start or c0.kind in {"other", "demonym"} or c0.type != r.type:
            continue
        if c0.subtype and r.subtype and c0.subtype != r.subtype:
            continue
        return c0
    return None


def _same_role(r: Reading, named: _Named) -> Chain | None:
    """A role without a name ("CEO van Airbus") is the person the text gave that very role
    ("Louis Gallois, CEO van Airbus"), when exactly one person has it."""
    role = r.roles[0].casefold()
    found = {id(c): c for _s, _e, c in named if c.kind == "person" and role in (x.casefold() for x in c.roles)}
    return next(iter(found.values())) if len(found) == 1 else None
