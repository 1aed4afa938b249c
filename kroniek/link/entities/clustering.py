"""Chains of every document joined into clusters (one per entity), in arrival order.

Each chain joins the cluster ``scoring.find`` names, or starts one; a one-word name that is the
surname of exactly one person in the corpus is read as that person first. Afterwards a bare
surname joins the one named person it fits, a one-word product the longer product name holding
that word, and an entity known only by its acronym the one name that spells it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..names import PersonName, curated_acronyms, initials_variants, normalize, parse_person
from .chain import Chain
from .cluster import Cluster
from .features import expand_acronyms
from .heads import head_noun, is_class_noun
from .index import NameIndex
from .mention import may_be_surname
from .roles import role_head
from .scoring import context_overlap, find, types_compatible
from .words import PRONOUNS, RELATIVE, compact, words


def cluster_chains(docs: dict[str, list[Chain]], learned: dict[str, str]) -> list[Cluster]:
    """Every document's chains (in arrival order) joined into clusters; some end up empty."""
    clusters: list[Cluster] = []
    index = NameIndex()
    curated = curated_acronyms()
    surnames = corpus_surnames(docs)
    described: dict[str, Cluster] = {}
    for chains in docs.values():
        for c in chains:
            target = _target(c, index, surnames, learned, curated)
            keys, registered = description_keys(c) if c.kind == "other" else (set(), described_as(c))
            if target is None and keys:
                target = next((described[k] for k in sorted(keys) if k in described), None)
            if target is None:
                target = Cluster()
                clusters.append(target)
            target.add(c)
            if c.kind != "other":
                index.register(target, c)
            for k in registered:
                described.setdefault(k, target)
    absorb_bare_surnames(clusters)
    absorb_full_names(clusters)
    absorb_organisations_called_persons(clusters)
    absorb_short_products(clusters)
    absorb_acronyms(clusters)
    absorb_named_indices(clusters)
    return clusters


def _target(
    c: Chain,
    index: NameIndex,
    surnames: dict[str, set[str]],
    learned: dict[str, str],
    curated: dict[str, str],
) -> Cluster | None:
    """The cluster chain c joins; None for a new one (always for chains without a name, which
    never link across documents)."""
    undo = as_person(c, surnames)
    if c.kind == "other":
        return None
    expand_acronyms(c, learned, curated)
    target = find(c, index)
    if target is None and undo is not None:
        undo()  # read as a surname only if it found its person: else it stays a name
        target = find(c, index)
    return target


def description_keys(c: Chain) -> tuple[set[str], set[str]]:
    """How a chain without a name is found in other texts, and how it is registered for them.

    A definite description is found by its words without the article ("de Amerikaanse
    luchtmacht"); one that is only article and noun ("de luchtmacht") also finds a longer one
    with that head, so it registers its head too unless that is a class noun ("het bedrijf"),
    but two longer ones ("de Duitse marine", "de Franse marine") do not meet by head. A bare noun
    ("beleggers") is found by itself. A role ("de minister") is nobody in particular across texts."""
    find: set[str] = set()
    register: set[str] = set()
    for m in c.mentions:
        ws = [w.casefold() for w in words(m.text) if w.strip("`'\"")]
        head = head_noun(m.text)
        if m.roles or role_head(head) or any(ch.isdigit() for ch in m.text):
            continue
        kind = f"{m.type}:{m.subtype}:"
        if len(ws) >= 2 and ws[0] in ("de", "het"):
            find.add(kind + " ".join(ws[1:]))
            if head and not is_class_noun(head, m.type):
                register.add(kind + head)
        elif len(ws) == 1 and ws[0] not in PRONOUNS and ws[0] not in RELATIVE and ws[0].isalpha():
            find.add(kind + ws[0])
    return find, find | register


def described_as(c: Chain) -> set[str]:
    """The descriptions a named chain's text gave it ("de Amerikaanse luchtmacht" in a text that
    also names the "US Air Force"), by which a chain without a name in another text, described in
    the same words, finds it. Only descriptions of two words or more whose head is no class noun:
    "de Amerikaanse fabrikant" may be any American maker."""
    other = Chain(mentions=[m for m in c.mentions if m.kind == "other"])
    find, _ = description_keys(other)
    return {k for k in find if " " in k and not is_class_noun(k.rsplit(" ", 1)[-1], k.split(":", 1)[0])}


def corpus_surnames(docs: dict[str, list[Chain]]) -> dict[str, set[str]]:
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


def _single_surname(c: Chain) -> str | None:
    """The one one-word name of a name chain that may be a surname, else None."""
    if c.kind != "name" or c.person is not None:
        return None
    cores = {m.core for m in c.mentions if m.kind == "name"}
    core = next(iter(cores)) if len(cores) == 1 else None
    if not core or " " in core or any(not may_be_surname(m) for m in c.mentions if m.kind == "name"):
        return None
    return core


def as_person(c: Chain, surnames: dict[str, set[str]]) -> Callable[[], None] | None:
    """A one-word name chain ("Klaver" tagged MISC) that is the surname of exactly one person in
    the corpus (named, or tagged PER by surname alone) becomes a person chain; linking then asks
    for shared context as for any bare surname. Two people with that surname compete: the chain
    stays a name. Returns a function that undoes the change (for when no person is found), or
    None when nothing changed."""
    core = _single_surname(c)
    if core is None:
        return None
    key = normalize(core).split()[0]  # "Bijleveld-Schouten": the own name comes first
    person = parse_person(core) if len(surnames.get(key, ())) == 1 else None
    if person is None:
        return None
    changed = [m for m in c.mentions if m.kind == "name"]
    keys = set(c.keys)
    for m in changed:
        m.kind, m.person = "person", person
    c.person = person
    c.keys = {k for k in c.keys if k != f"name:{compact(core)}"}

    def undo() -> None:
        for m in changed:
            m.kind, m.person = "name", None
        c.person, c.keys = None, keys

    # A named person with that surname is evidence enough to read it as a person; a person known
    # only by the bare surname is not, unless this chain actually links to that person.
    return undo if surnames[key] == {""} else None


def absorb_bare_surnames(clusters: list[Cluster]) -> None:
    """A person known only by surname ("Ollongren", met before any text gave her first name) joins
    the one named person with that surname when they share context or a role; two named people
    with that surname compete, and the surname stays apart."""
    named = _SurnameIndex([g for g in clusters if g.kind == "person" and any(p.has_given for p in g.persons)])
    for g in clusters:
        if g.kind != "person" or not g.chains or not g.persons or any(p.has_given for p in g.persons):
            continue
        cands = [
            h
            for h in named.sharing(g.persons)
            if h is not g and h.chains and any(q.surname_matches(p) for q in h.persons for p in g.persons)
        ]
        if len(cands) != 1:
            continue
        h = cands[0]
        if context_overlap(g.context, h.context) >= 1 or g.role_heads & h.role_heads:
            h.absorb(g)
            named.update(h)


def absorb_full_names(clusters: list[Cluster]) -> None:
    """ "Ludovit Reis" tagged MISC or ORG in a text that never uses "Reis" alone joins the person
    another text showed that full name to be, when exactly one person was so shown: the same words
    beside the bare surname used as a person's (``within.full_name_of``), or tagged PER in a chain
    that also carries a role or a bare surname used as a person's ("Tom Dumoulin ... Dumoulin
    won"). A full name NER alone calls a person ("Gay Hell", a town) shows nothing."""
    shown: dict[str, dict[int, Cluster]] = {}
    for g in clusters:
        for c in g.chains if g.kind == "person" else []:
            evidence = bool(c.roles) or c.surname_used  # a person by role or by use, not by NER's say-so
            for m in c.mentions:
                if m.person is not None and m.person.has_given and m.key and (m.type != "PER" or evidence):
                    shown.setdefault(f"name:{m.key}", {})[id(g)] = g
    for g in clusters:
        if g.kind != "name" or not g.chains:
            continue
        found = {i: h for k in g.keys for i, h in shown.get(k, {}).items() if h is not g}
        if len(found) == 1:
            next(iter(found.values())).absorb(g)


def absorb_organisations_called_persons(clusters: list[Cluster]) -> None:
    """A "person" known only by NER's say-so ("Blue Origin" tagged PER in a text with no role and
    no bare surname) joins the one organisation or other name that more texts write in exactly
    those words ("Blue Origin" ORG in two texts), and takes its type: the texts agree on the type
    by majority, and a person shown as one (a role, the surname used alone) is never moved."""
    names: dict[str, dict[int, Cluster]] = {}
    for h in clusters:
        if h.kind == "name" and h.chains:
            for k in h.keys:
                names.setdefault(k, {})[id(h)] = h
    for g in clusters:
        keys = _unshown_person_keys(g)
        found = {i: h for k in keys for i, h in names.get(k, {}).items() if h is not g and h.chains}
        if len(found) == 1:
            h = next(iter(found.values()))
            if len(h.docs) > len(g.docs):
                _as_named(g, h.type)
                h.absorb(g)
            continue
        keys = _bare_person_keys(g)
        found = {i: h for k in keys for i, h in names.get(k, {}).items() if h is not g and _shown_organisation(h)}
        if len(found) == 1:
            h = next(iter(found.values()))
            _as_named(g, "ORG")
            h.absorb(g)


def _bare_person_keys(g: Cluster) -> set[str]:
    """The keys of a one-word "person" no text shows to be one: never with a first name, initials,
    a role or a family word ("kenners van Heldring", "Heldring benadrukt"); else nothing."""
    if g.kind != "person" or not g.chains or any(c.roles for c in g.chains):
        return set()
    ms = [m for c in g.chains for m in c.mentions]
    if any(m.kind != "person" or m.person is None or m.person.has_given or m.cue == "person" for m in ms):
        return set()
    return {f"name:{m.key}" for m in ms if m.key and m.core and " " not in m.core}


def _shown_organisation(h: Cluster) -> bool:
    """An organisation a text showed to be one ("zakenbank Heldring", "aandeelhouders van X")."""
    return h.chains != [] and h.type == "ORG" and any(m.cue == "org" for c in h.chains for m in c.mentions)


def _unshown_person_keys(g: Cluster) -> set[str]:
    """The name keys of a person cluster that only NER calls a person: full names (first name and
    surname) tagged PER, in chains with no role and no surname used alone; else nothing."""
    if g.kind != "person" or not g.chains or any(c.roles or c.surname_used for c in g.chains):
        return set()
    persons = [m for c in g.chains for m in c.mentions if m.kind == "person"]
    if not persons or any(m.type != "PER" or m.person is None or not m.person.has_given for m in persons):
        return set()
    return {f"name:{m.key}" for m in persons if m.key}


def _as_named(g: Cluster, typ: str) -> None:
    """Read a cluster's person mentions as a name of type ``typ`` (what the other texts call it)."""
    for c in g.chains:
        for m in c.mentions:
            if m.kind == "person":
                m.kind, m.person, m.type = "name", None, typ
                c.keys.add(f"name:{m.key}")
        c.person = None
    g.persons = []
    g.kind = "name"


class _SurnameIndex:
    """Named person clusters by the parts of their surnames: a bare surname is compared with the
    clusters sharing a part (all that ``surname_matches`` can accept), not with every named person,
    which made the step quadratic in the number of persons linked together."""

    def __init__(self, named: list[Cluster]) -> None:
        self.by_part: dict[str, dict[int, Cluster]] = {}
        self.indexed: dict[int, int] = {}  # cluster -> how many of its persons are indexed
        for h in named:
            self.update(h)

    def update(self, h: Cluster) -> None:
        """Index the persons ``h`` gained (it grows when it absorbs a surname)."""
        start = self.indexed.get(id(h), 0)
        for q in h.persons[start:]:
            for part in q.surname_parts:
                self.by_part.setdefault(part, {})[id(h)] = h
        self.indexed[id(h)] = len(h.persons)

    def sharing(self, persons: list[PersonName]) -> list[Cluster]:
        found: dict[int, Cluster] = {}
        for p in persons:
            for part in p.surname_parts:
                found.update(self.by_part.get(part, {}))
        return list(found.values())


def name_cores(g: Cluster) -> set[tuple[str, ...]]:
    """The words of every name and acronym a cluster's mentions carry."""
    return {
        tuple(normalize(m.core).split())
        for c in g.chains
        for m in c.mentions
        if m.kind in ("name", "acronym") and m.core
    }


def absorb_short_products(clusters: list[Cluster]) -> None:
    """A product or event known in some texts by one word ("A380", "787") joins the entity whose
    full name holds that word ("Airbus A380", "Boeing 787 Dreamliner") and shares context with
    it; where several full names hold it, only one that shares clearly more context than the rest.
    A financial name (an index, a share) is also known by its leading words ("Dow", "Dow Jones"
    for the "Dow Jones Industrial Average", "Nasdaq" for the "Nasdaq Composite")."""
    products = [g for g in clusters if g.kind in ("name", "acronym") and g.type == "MISC" and g.chains]
    long_names = [(g, name_cores(g)) for g in products]
    for g in products:
        cores = name_cores(g)
        if not g.chains or len(cores) != 1:
            continue
        short = next(iter(cores))
        if len(short) != 1 and g.subtype != "fin":
            continue
        cands = [
            h
            for h, names in long_names
            if h is not g and h.chains and h.subtype == g.subtype and _holds(names, short, g.subtype == "fin")
        ]
        best = _clear_best(g, cands)
        if best is not None:
            best.absorb(g)


def _clear_best(g: Cluster, cands: list[Cluster]) -> Cluster | None:
    """The candidate sharing most context with g (at least one piece, two more than the runner-up, as for persons)."""
    scored = sorted(((context_overlap(g.context, h.context), i) for i, h in enumerate(cands)), reverse=True)
    if not scored or scored[0][0] < 1 or (len(scored) > 1 and scored[0][0] - scored[1][0] < 2):
        return None
    return cands[scored[0][1]]


def _holds(names: set[tuple[str, ...]], short: tuple[str, ...], leading: bool = False) -> bool:
    """A longer name holds the short one: a model number ("787") anywhere, else as its last word,
    or (``leading``) as its first words."""
    word = short[0]
    return any(
        len(n) > len(short)
        and (
            (len(short) == 1 and word in (n if any(ch.isdigit() for ch in word) else n[-1:]))
            or (leading and n[: len(short)] == short)
        )
        for n in names
    )


def absorb_acronyms(clusters: list[Cluster]) -> None:
    """An entity known only by its acronym ("USAF") joins the one entity whose name spells it
    ("US Air Force", met first in another text, or later) when they share context; two such
    entities compete and nothing is joined."""
    spelled = [(h, _spelled(h)) for h in clusters if h.kind == "name" and h.chains]
    for g in clusters:
        if g.kind != "acronym" or not g.chains or not g.acronyms:
            continue
        cands = [
            h
            for h, letters in spelled
            if h is not g and h.chains and letters & g.acronyms and types_compatible(g.chains[0], h, loose=True)
        ]
        if len(cands) == 1 and context_overlap(g.context, cands[0].context) >= 1:
            cands[0].absorb(g)


def _spelled(g: Cluster) -> set[str]:
    """The acronyms the multi-word names of a cluster spell."""
    return {
        x
        for c in g.chains
        for m in c.mentions
        if m.kind == "name" and m.core and len(m.core.split()) > 1
        for x in initials_variants(m.core)
    }


# A stock index written as a hyphenated compound on "index" ("AEX-index", "Dow-Jonesindex").
_INDEX_COMPOUND_RE = re.compile(r"\S*-\S*index$")


def _shown_index(g: Cluster) -> bool:
    return any(_INDEX_COMPOUND_RE.search(m.text) for c in g.chains for m in c.mentions if m.kind != "other")


def absorb_named_indices(clusters: list[Cluster]) -> None:
    """A name some texts write as an index compound ("de AEX-index") is that index where other
    texts write it bare and NER calls it ORG or LOC ("de AEX zakte"): entities shown an index by
    one name are one, each entity found by that name alone joins it, and all its mentions read as
    the index (MISC)."""
    shown: dict[str, Cluster] = {}
    for h in clusters:
        if not (h.chains and h.kind in ("name", "acronym") and _shown_index(h)):
            continue
        target = next((shown[k] for k in sorted(h.keys) if k in shown and shown[k].chains), None)
        if target is not None and target is not h:
            target.absorb(h)  # "AEX-index" tagged ORG in one text, LOC in the next: one index
            h = target
        for k in h.keys:
            shown.setdefault(k, h)
    for g in clusters:
        if not g.chains or g.kind not in ("name", "acronym"):
            continue
        found = {id(shown[k]): shown[k] for k in g.keys if k in shown and shown[k].chains}
        if len(found) == 1 and g not in found.values():
            next(iter(found.values())).absorb(g)
    for h in {id(h): h for h in shown.values() if h.chains}.values():
        for c in h.chains:
            for m in c.mentions:
                if m.kind != "other":
                    m.type = "MISC"
        h.type = "MISC"
