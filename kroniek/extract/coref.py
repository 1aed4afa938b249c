"""Within-document coreference: the ``chains`` layer (issue #11).

One pass over a document, after NER, writes chains of mentions that refer to the same thing
(``model.ChainMention``), in text order:

1. Names. The named mentions (``doc.mentions``) are chained the way the entity linker chains
   one document (``link.entities.document_chains``, which then reads the layer back instead of
   chaining again): the same name; a surname after the full person name ("Rutte" and "Mark
   Rutte", "Van der Sloot" and "Irma van der Sloot"), a double surname ("Bijleveld-Schouten"
   and "Ank Bijleveld"); a surname NER typed LOC/MISC joins the person; an acronym its long
   form. A surname that fits two persons ("Jansen" after "Piet Jansen" and "Els Jansen") and
   namesakes stay apart.
2. Groups. Persons joined by "en" ("Pompeo en Lavrov") make a group, which a later "beiden",
   "de twee" or "beide <noun>" refers to; a list of more ("A, B, C en D") one that "de vier",
   "de vier verdachten" or "alle vier" refers to.
3. Pronouns ("hij", "hem", "zij", "ze" beside a singular verb) take the most recent person: the
   persons of the latest sentence (this one before the pronoun, or up to two narrative
   sentences back) that names any; where several persons are there, the one subject (Frog's
   ``su`` or the sentence opener); none when two compete. Gender decides between persons
   where the text tells it: the word before a name ("mevrouw Kok", "zangeres Anouk Smit"), an
   apposition ("Karin Bos, de moeder van …"; a role in -ster/-trice/-euse is female, not
   "minister": ``person_nouns.word_gender``), the chain's "hij"/"zij" anywhere in the text (a dry run of this pass, its sure
   cases only), "haar" after the one person its sentence names, and "ze" as Frog's subject of a
   singular verb in its antecedent's sentence ("ze" of a plural verb is no person). Persons of
   the other gender are passed over before the latest sentence is chosen; "zij" takes the one
   woman in the window over persons of unknown gender, and "hij" never a woman. There is no
   list of first names (no well-kept one with a licence that fits), so a name alone tells
   nothing.
4. Role nouns ("de minister", "de woordvoerder", "de 42-jarige", "de voorman van …") take the
   latest person introduced with a role of the same group ("minister Grapperhaus", "Salvini,
   de minister van …", "Jan (42)" for "de 42-jarige"); an epithet that is no office ("de
   voorman", "de 42-jarige", "de zangeres") may also take the one person in focus. Officials
   who often go unnamed ("de woordvoerder", "de rechter") never do. "De verdachte" is the
   person introduced so, else the one person whose surname the text withholds ("Kees P.").
5. Organisation nouns ("het bedrijf", "de jury") take the latest named organisation whose name
   holds the noun ("de Nipkowjury"), else (a company noun) the one organisation of the latest
   sentence naming any. "De partij" and "de fractie" take the political party named most
   often before them (kroniek/data/nl_parties.tsv), whatever organisation is nearer.

Quote speakers (``extract/quotes``), event participants (``link/events/anaphors``) and the
cross-document entity linker read the layer.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

from ..link.entities import document_chains
from ..link.names import data_rows
from ..model import ChainMention, Document
from ..numbers import cardinals, number_word
from . import quote_lexicon as lx
from . import quote_marks as qm
from .person_nouns import PERSON_PLURALS, word_gender

# plural nouns for persons: "beide bewindslieden", "de twee ministers" refer to two persons
GROUP_WORDS = re.compile(
    rf"\b(?:[Bb]eiden|[Dd]e twee(?= (?:{PERSON_PLURALS})\b| zeiden| zeggen)|"
    rf"[Bb]eide (?:{PERSON_PLURALS})\b)"
)
GROUP_BACK = 4  # narrative sentences "beiden" looks back over for its two persons
AGE_ROLE = re.compile(r"\d+-jarige")
ROLE_NP = re.compile(
    r"\b(?:[Dd]e|[Hh]et)\s+(?:([a-z]+e|oud|voormalig)\s+)?"
    r"(\d+-jarige|[a-z][a-z-]*[a-z])\b"
)
# epithets that are no office: a speaker named only this way is the person in focus
EPITHETS = frozenset(
    [
        "voorman",
        "voorvrouw",
        "personeelsman",
        "zanger",
        "zangeres",
        "actrice",
        "acteur",
        "schrijver",
        "schrijfster",
        "coureur",
        "wielrenner",
        "renner",
        "voetballer",
        "tennisser",
        "tennisster",
        "speler",
        "speelster",
        "spits",
        "middenvelder",
        "verdediger",
        "doelman",
        "keeper",
        "schaatser",
        "zwemmer",
        "atleet",
        "presentator",
        "presentatrice",
        "cabaretier",
        "kunstenaar",
        "rapper",
        "muzikant",
        "ondernemer",
        "miljardair",
        "multimiljonair",
        "politicus",
        "liberaal",
        "socialist",
        "oud-premier",
        "oud-minister",
        "oud-voetballer",
        "oud-international",
    ]
)
MAX_BACK = 2  # narrative sentences a pronoun or epithet looks back over
# roles a text uses for one person beside the quote lexicon's groups: "generaal X … de bevelhebber"
ROLE_GROUPS = (
    *lx.ROLE_GROUPS,
    frozenset(["generaal", "bevelhebber", "opperbevelhebber", "commandant", "legerleider", "legerchef"]),
)
# a suspect told of by role: "de verdachte" is the person introduced so ("verdachte Kees P."), or
# the one person whose surname the text withholds ("Kees P.", as Dutch news names suspects)
SUSPECT_ROLES = frozenset(["verdachte", "hoofdverdachte", "dader"])
# "Kees P.", "Theo ten V.", "Jan van der B.": a first name and a withheld surname
PARTICLES = r"(?:van|de|der|den|ten|ter|te|in|op|het|'t)"
WITHHELD_SURNAME = re.compile(rf"\b[A-Z][a-z]+(?:\s+{PARTICLES})*\s+[A-Z]\.?$")

PRONOUN_GENDER = {"hij": "m", "hem": "m", "zij": "f", "ze": "f"}
APPOSITION = re.compile(r"\s*(?:\(\d+\))?\s*,\s*(?:de|een)\s+(?:[\w-]+\s+){0,2}?([a-z][\w-]*)\b")


def office_nouns() -> frozenset[str]:
    """Nouns naming an office or function (``data/nl_roles.tsv``) and the quote lexicon's role
    groups."""
    rows = frozenset(r[0].strip().casefold() for r in data_rows("nl_roles.tsv"))
    return rows | frozenset().union(*lx.ROLE_GROUPS) | lx.GENERIC_ROLES


OFFICES = office_nouns()


def role_head(word: str) -> str:
    """The role a word names, or "": "NAVO-baas" -> "baas", "42-jarige" -> "-jarige"."""
    w = word.lower().strip(",.")
    if AGE_ROLE.fullmatch(w):
        return "-jarige"
    for cand in (w, w.rsplit("-", 1)[-1]):
        if (cand in OFFICES or cand in EPITHETS or cand in lx.OFFICIAL_ROLES or cand in SUSPECT_ROLES
                or any(cand in g for g in ROLE_GROUPS)):
            return cand
    return ""


def same_role(a: str, b: str) -> bool:
    if a == b:
        return True
    return any(a in g and b in g for g in ROLE_GROUPS)


@dataclass(slots=True)
class _Chains:
    """The chains being built: one ChainMention per mention, chain ids in order of creation."""

    items: list[ChainMention] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    genders: dict[int, set[str]] = field(default_factory=dict)  # chain -> "f"/"m" evidence

    def gender(self, chain: int) -> str:
        """The chain's gender when the evidence agrees, else ""."""
        g = self.genders.get(chain, set())
        return next(iter(g)) if len(g) == 1 else ""

    def new(self, type_: str) -> int:
        self.types.append(type_)
        return len(self.types) - 1

    def between(self, lo: int, hi: int) -> list[ChainMention]:
        """The mentions starting in [lo, hi) (``items`` is kept in text order)."""
        a = bisect.bisect_left(self.items, lo, key=lambda c: c.start)
        b = bisect.bisect_left(self.items, hi, key=lambda c: c.start)
        return self.items[a:b]

    def add(self, start: int, end: int, chain: int, kind: str) -> None:
        self.items.append(ChainMention(start, end, chain, kind, self.types[chain]))


@dataclass(slots=True)
class _Doc:
    """What the passes read: text, sentences, Frog tokens by start offset, direct-quote spans."""

    text: str
    sents: list[tuple[int, int]]
    quoted: list[tuple[int, int]]
    deprel: dict[int, str]
    pos: dict[int, str]
    number: dict[int, str] = field(default_factory=dict)  # subject start -> its verb's "ev"/"mv"
    starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.starts = [s for s, _ in self.sents]

    def sent_of(self, offset: int) -> int:
        """The sentence holding an offset (the one before, between sentences)."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def in_quote(self, offset: int) -> bool:
        k = bisect.bisect_right(self.quoted, (offset, float("inf"))) - 1
        return k >= 0 and self.quoted[k][0] <= offset < self.quoted[k][1]

    def narrative_start(self, si: int, n: int = MAX_BACK) -> int:
        """Start of the ``n``-th sentence before ``si`` that is not all quoted speech."""
        k, seen = si, 0
        while k > 0 and seen < n:
            k -= 1
            s, e = self.sents[k]
            if not (self.in_quote(s + 1) and self.in_quote(max(s, e - 2))):
                seen += 1
        return self.sents[k][0] if self.sents else 0


def _read(doc: Document) -> _Doc:
    text = doc.text
    quoted = sorted(_quote_pairs(text))
    return _Doc(
        text,
        qm.document_sentences(doc),
        quoted,
        {t.start: t.deprel for t in doc.tokens},
        {t.start: t.pos for t in doc.tokens},
        subject_numbers(doc),
    )


def subject_numbers(doc: Document) -> dict[int, str]:
    """Subject token start -> "ev"/"mv": the number of the finite verb Frog made its head ("ze
    verwees" singular, "dat ze het huis verkochten" plural, wherever the verb stands)."""
    out: dict[int, str] = {}
    toks = doc.tokens
    for t in toks:
        if t.deprel != "su" or not 0 <= t.head < len(toks):
            continue
        verb = toks[t.head].pos
        if verb.startswith("WW(pv"):
            out[t.start] = "mv" if ",mv" in verb else "ev"
    return out


def _quote_pairs(text: str) -> Iterator[tuple[int, int]]:
    pending: str | None = None
    for ps, pe in qm.paragraphs(text):
        pairs, pending = qm.pair_marks(text, ps, pe, pending)
        for s, e, _ in pairs:
            yield s, e


# --- 1. names -------------------------------------------------------------------------------


def chain_names(d: _Doc, doc: Document, ch: _Chains) -> None:
    """The named mentions in chains, as the entity linker chains a document
    (``link.entities.document_chains``: one within-document name chainer for both), then one
    repair: a lone surname NER typed ORG ("Van der Sloot") joins the one person it names."""
    chains = document_chains(doc)
    owners = _surname_owners(d.text, chains)
    for type_, spans in chains:
        if type_ == "PER" or len(spans) != 1:
            continue
        s, e = spans[0]
        fits = owners.get(d.text[s:e].lower(), set())
        if len(fits) == 1:
            spans.clear()
            chains[fits.pop()][1].append((s, e))
    for type_, spans in chains:
        cid = ch.new(type_)
        for s, e in spans:
            ch.add(s, e, cid, "name")
    ch.items.sort(key=lambda c: (c.start, c.end))


def _surname_owners(
    text: str, chains: list[tuple[str, list[tuple[int, int]]]]
) -> dict[str, set[int]]:
    """Surname (lower case, with its particles: "van der sloot") -> the person chains whose
    full names end in it."""
    owners: dict[str, set[int]] = {}
    for k, (type_, spans) in enumerate(chains):
        if type_ != "PER":
            continue
        for s, e in spans:
            ws = text[s:e].replace("’s", "").split()
            if len(ws) < 2:
                continue
            rest = [w.lower() for w in ws[1:]]
            at = next((i for i, w in enumerate(rest[:-1]) if w in lx.NAME_PARTICLES), len(rest) - 1)
            for sur in {" ".join(rest[at:]), rest[-1]}:
                owners.setdefault(sur, set()).add(k)
    return owners


def name_genders(d: _Doc, ch: _Chains) -> None:
    """Gender evidence for person chains from the word right before a name ("mevrouw Smit",
    "zangeres Anouk") and the head of an apposition after it ("Els Smit, de moeder van …")."""
    for c in ch.items:
        if c.kind != "name" or c.type != "PER":
            continue
        before = d.text[max(0, c.start - 30) : c.start].split()[-1:]
        after = APPOSITION.match(d.text, c.end)
        for w in before + ([after.group(1)] if after else []):
            g = word_gender(w)
            if g:
                ch.genders.setdefault(c.chain, set()).add(g)


# --- 2. groups, 3. pronouns, 4. roles ---------------------------------------------------------


def _persons_before(d: _Doc, ch: _Chains, offset: int, want: str = "") -> list[ChainMention]:
    """Person mentions (not in quotes) of the latest sentence before ``offset`` that has any,
    within the narrative window; with ``want`` ("f"/"m") persons known to be of the other gender
    are passed over first ("Bijleveld zegt …. Soleimani (a man) was …. Ze …": Bijleveld)."""
    si = d.sent_of(offset)
    lo = d.narrative_start(si)
    found = [
        c
        for c in ch.between(lo, offset)
        if c.type == "PER" and c.kind != "group" and not d.in_quote(c.start)
        and (not want or ch.gender(c.chain) in ("", want))
    ]
    if not found:
        return []
    last = d.sent_of(found[-1].start)
    return [c for c in found if d.sent_of(c.start) == last]


def _subject(d: _Doc, c: ChainMention) -> bool:
    if d.deprel.get(c.start) == "su":
        return True
    s = d.sents[d.sent_of(c.start)][0]
    return not d.text[s : c.start].strip(" \"„“‘'«")


def _after_preposition(d: _Doc, c: ChainMention) -> bool:
    """A complement: "met Rutte", "van minister Blok"."""
    before = d.text[max(0, c.start - 40) : c.start].split()
    for w in reversed(before[-3:]):
        low = w.lower().strip(",")
        if low in ("met", "van", "tegen", "aan", "over", "voor", "door", "bij", "naar", "zonder"):
            return True
        if not low.isalpha() or not w.islower():
            return False
    return False


def _focus(d: _Doc, ch: _Chains, offset: int, want: str = "") -> int | None:
    """The one person in focus before ``offset``: the only one, or the only subject; with
    ``want`` ("f"/"m", the pronoun's gender) persons known to be of the other gender are no
    candidates ("Jan de Vries sprak met mevrouw Bakker. Zij …" is Bakker)."""
    before = _persons_before(d, ch, offset, want)
    known = {c.chain for c in before if want and ch.gender(c.chain) == want}
    if len(known) == 1 and len({c.chain for c in before}) > 1:
        return known.pop()  # the one person known to be of the pronoun's gender
    woman = _one_woman(d, ch, offset) if want == "f" and not known else None
    if woman is not None:
        return woman
    recent = [c for c in before if not _after_preposition(d, c)]
    if not recent and len({c.chain for c in before}) == 1:
        return before[0].chain  # "… gaat over Stella Vrijmoed (27). Ze studeert nog"
    chains = {c.chain for c in recent}
    if len(chains) == 1:
        return recent[0].chain
    subjects = [c for c in recent if _subject(d, c)]
    if any(_coordinated(ch, c) for c in subjects):
        return None  # "Rutte en Kaag spraken …. Hij …": two persons compete
    return subjects[0].chain if len({c.chain for c in subjects}) == 1 else None


def _complements_only(d: _Doc, ch: _Chains, offset: int, want: str) -> bool:
    """The persons right before a subject pronoun are all complements of a preposition in its
    own sentence ("Op aangeven van Bacuna joeg hij …", "Met Rutte sprak hij …"): a subject is
    not the person of a prepositional phrase of its own clause, so it looks further back."""
    before = _persons_before(d, ch, offset, want)
    si = d.sent_of(offset)
    return bool(before) and all(
        d.sent_of(c.start) == si and c.kind == "name" and _after_preposition(d, c) for c in before
    )


def _one_woman(d: _Doc, ch: _Chains, offset: int) -> int | None:
    """The one person of the narrative window known to be a woman, for a "zij"/"ze" whose
    latest persons are of unknown gender: in news a person of unknown gender is more often a man,
    and the woman in play is who "zij" is ("Minister Bijleveld zegt …; ze verwacht …. Soleimani
    was een „boef”. Ze verwees …"). Not so for "hij": an unknown person is as likely a man as
    the one known to be."""
    lo = d.narrative_start(d.sent_of(offset))
    women = {
        c.chain
        for c in ch.between(lo, offset)
        if c.type == "PER" and c.kind != "group" and not d.in_quote(c.start) and ch.gender(c.chain) == "f"
    }
    return women.pop() if len(women) == 1 else None


def _coordinated(ch: _Chains, c: ChainMention) -> bool:
    return any(g.kind == "group" and g.start <= c.start and c.end <= g.end for g in ch.items)


def _plural_verb_near(d: _Doc, start: int, end: int) -> bool:
    """ "ze zeggen", "laten ze": a plural finite verb right before or after."""
    after = re.match(r"\s+(\w+)", d.text[end : end + 30])
    before = re.search(r"(\w+)\s+$", d.text[max(0, start - 30) : start])
    for m, off in ((after, end), (before, max(0, start - 30))):
        if m is None:
            continue
        pos = d.pos.get(off + m.start(1), "")
        if pos:
            if pos.startswith("WW(pv") and ",mv" in pos:
                return True
        elif m.group(1).lower() in lx.QUOTE_CUE_FORMS and m.group(1).lower().endswith("en"):
            return True
    return False


def resolve_pronouns(d: _Doc, ch: _Chains) -> None:
    for m in re.finditer(r"\b(?:[Hh]ij|[Hh]em|[Zz]ij|[Zz]e)\b", d.text):
        if d.in_quote(m.start()):
            continue
        low = m.group().lower()
        number = d.number.get(m.start(), "")
        if low in ("ze", "zij") and (number == "mv" or _plural_verb_near(d, m.start(), m.end())):
            continue
        want = PRONOUN_GENDER[low]
        at = m.start()
        if low != "hem" and _complements_only(d, ch, at, want):
            # "Op aangeven van X joeg hij …": not X but the person in focus before, if any
            earlier = d.sents[d.sent_of(at)][0]
            at = earlier if _focus(d, ch, earlier, want) is not None else at
        target = _focus(d, ch, at, want)
        if target is not None:
            _insert(ch, ChainMention(m.start(), m.end(), target, "pronoun", "PER"))
            # evidence for later pronouns when resolved without the gender filter; from "ze"
            # only as the subject of a singular verb in its antecedent's own sentence ("Bijleveld
            # legt uit dat ze … verwacht"), as "ze" as often stands for a group ("De agenten …
            # ze") or an organisation ("De gemeente … ze"), and across sentences less surely
            told = low != "ze" or (
                number == "ev" and _named_in_sentence(d, ch, target, m.start())
                and not _org_between(d, ch, target, m.start())
            )
            if told and _focus(d, ch, at) == target:
                ch.genders.setdefault(target, set()).add(want)


def pronoun_genders(d: _Doc, ch: _Chains) -> None:
    """Gender evidence from the whole text before pronouns are resolved: a dry run of
    ``resolve_pronouns`` (its sure cases), and "haar" after the one person its sentence names
    before it ("Bijleveld heeft met haar collega's …"), so that a "ze" takes no man the text
    calls "hij" only later ("Bijleveld zegt …. Soleimani was een „boef”. Ze verwees naar de rol
    die hij speelde": Bijleveld)."""
    kept = list(ch.items)
    resolve_pronouns(d, ch)
    ch.items = kept
    for m in re.finditer(r"\b[Hh]aar\b", d.text):
        if d.in_quote(m.start()):
            continue
        lo = d.sents[d.sent_of(m.start())][0] if d.sents else 0
        persons = {
            c.chain for c in ch.between(lo, m.start())
            if c.type == "PER" and c.kind == "name" and not d.in_quote(c.start)
        }
        if len(persons) == 1:
            ch.genders.setdefault(persons.pop(), set()).add("f")


def _named_in_sentence(d: _Doc, ch: _Chains, chain: int, offset: int) -> bool:
    """The chain has a mention earlier in the sentence of ``offset``."""
    lo = d.sents[d.sent_of(offset)][0] if d.sents else 0
    return any(c.chain == chain for c in ch.between(lo, offset))


def _org_between(d: _Doc, ch: _Chains, chain: int, offset: int) -> bool:
    """An organisation as subject ("De gemeente zegt dat ze …", "ING laat weten …"), named or
    referred to by a noun, after the chain's latest mention and before ``offset``: a "ze" there
    may be the organisation's."""
    last = max((c.end for c in ch.items if c.chain == chain and c.end <= offset), default=offset)
    if any(c.type == "ORG" and _subject(d, c) for c in ch.between(last, offset)):
        return True
    lo = max(0, last - 1)
    return any(
        org_noun(word.lower()) and d.deprel.get(lo + end - len(word)) in ("su", None)
        for _start, end, word in role_phrases(d.text[lo:offset], org_noun)
    )


def _introduced(d: _Doc, ch: _Chains, role: str, before: int) -> int | None:
    """The chain of the latest person introduced with this role before ``before``:
    "minister Blok", "Blok, de minister", "Jan (42)" for a "-jarige"."""
    for c in reversed([c for c in ch.items if c.end <= before and c.kind == "name"]):
        if c.type != "PER":
            continue
        left = d.text[max(0, c.start - 40) : c.start].split()
        right = d.text[c.end : c.end + 50]
        if role == "-jarige":
            if re.match(r"\s*\(\d+\)", right) or (left and AGE_ROLE.fullmatch(left[-1].lower())):
                return c.chain
            continue
        if left and same_role(role_head(left[-1]), role):
            return c.chain
        app = re.match(r",\s+(?:de|het)\s+(?:\w+e\s+)?([\w-]+)", right)
        if app and same_role(role_head(app.group(1)), role):
            return c.chain
    return None


def resolve_roles(d: _Doc, ch: _Chains) -> None:
    for start, end, word in role_phrases(d.text, lambda w: bool(role_head(w))):
        role = role_head(word)
        if not role or d.in_quote(start) or _names_follow(d, end):
            continue
        target = _introduced(d, ch, role, start)
        if target is None and (role in EPITHETS or role == "-jarige"):
            target = _focus(d, ch, start, word_gender(word))  # "de presentatrice": a woman
        if target is None and role in SUSPECT_ROLES:
            target = _withheld_person(d, ch, start)
        if target is not None:
            _insert(ch, ChainMention(start, end, target, "role", "PER"))


def role_phrases(text: str, fits: Callable[[str], bool]) -> Iterator[tuple[int, int, str]]:
    """Definite noun phrases "de/het [adjective] noun" (start, end, noun): the noun, or a word in
    -e before it that ``fits`` as the noun itself ("de verdachte zit …", "de gedeputeerde
    zei …", which the pattern first reads as adjective and noun)."""
    for m in ROLE_NP.finditer(text):
        if m.group(1) and not fits(m.group(2)) and fits(m.group(1)):
            yield m.start(), m.end(1), m.group(1)
        else:
            yield m.start(), m.end(), m.group(2)


def _withheld_person(d: _Doc, ch: _Chains, offset: int) -> int | None:
    """The one person named before ``offset`` with a withheld surname ("Kees P.", "Jan B"):
    how Dutch news names a suspect; none when two are ("Kees P. en Jan D.")."""
    found = {
        c.chain
        for c in ch.items
        if c.end <= offset and c.kind == "name" and c.type == "PER" and not d.in_quote(c.start)
        and WITHHELD_SURNAME.search(d.text[_initial_start(d, c) : min(len(d.text), c.end + 1)].rstrip())
    }
    return found.pop() if len(found) == 1 else None


def _initial_start(d: _Doc, c: ChainMention) -> int:
    """Where the name ends by an initial starts: NER splits "Theo ten V." into "Theo" and "V.",
    so a name that is one initial reads from the first name before it."""
    if not re.fullmatch(r"[A-Z]\.?", d.text[c.start : c.end]):
        return c.start
    lo = max(0, c.start - 40)
    m = re.search(rf"[A-Z][a-z]+(?:\s+{PARTICLES})+\s+$", d.text[lo : c.start])
    return lo + m.start() if m else c.start


# --- 5. organisation nouns ---------------------------------------------------------------------


# heads of compounds that news uses for a company ("de techgigant", "de oliereus", "de
# chipgigant"): the word alone is no organisation noun, its compounds are
# "bureau" only as a compound head ("weerbureau", "persbureau"): "het bureau" alone is also a desk
COMPANY_HEADS = ("gigant", "reus", "bureau")


def company_compound(word: str) -> bool:
    """ "techgigant", "oliereus", "Zuid-Koreaanse elektronicareus": a compound on a company head."""
    w = word.lower().rsplit("-", 1)[-1]
    return any(w.endswith(h) and len(w) >= len(h) + 3 for h in COMPANY_HEADS)


def org_noun(word: str) -> bool:
    """A noun that refers back to an organisation ("het bedrijf", "de jury", "de
    luchtvaartmaatschappij", "de techgigant"): the quote lexicon's organisation and institution
    nouns, also as the head of a compound, and compounds on a company head."""
    return (
        word in lx.ORG_NOUNS
        or word in lx.INSTITUTION_NOUNS
        or any(len(o) > 6 and word.endswith(o) for o in lx.ORG_NOUNS)
        or company_compound(word)
    )


def resolve_org_nouns(d: _Doc, ch: _Chains) -> None:
    """"het bedrijf", "de jury": the organisation the noun names. First the latest named
    non-person whose name holds the noun ("de jury" after "de Nipkowjury", "de politie" after
    "Politie Utrecht"); else, for a company noun (not an institution such as "de politie", which
    often goes unnamed), the one organisation of the latest sentence naming any ("Ahold sluit
    … Het bedrijf …"), none when two compete. "het bedrijf van …" names another one. "De
    partij" first takes the party in focus by the party list (``_party_before``)."""
    for start, end, word in role_phrases(d.text, org_noun):
        noun = word.lower()
        if not org_noun(noun) or d.in_quote(start) or _names_follow(d, end):
            continue
        if re.match(r"\s+van\b", d.text[end : end + 5]):
            continue
        # "de partij": the party in focus (from the list), not another organisation in focus
        # ("zijn zetel in de Eerste Kamer … de partij"); a party the list lacks as before
        target = _party_before(d, ch, start) if noun in PARTY_NOUNS else None
        if target is None:
            target = _named_org(d, ch, noun, start)
        if target is None and noun not in lx.INSTITUTION_NOUNS:
            target = _org_in_focus(d, ch, start)
        if target is not None:
            _insert(ch, ChainMention(start, end, target, "role", ch.types[target]))


PARTY_NOUNS = frozenset(["partij", "fractie"])


@cache
def party_names() -> dict[str, int]:
    """Every name of a political party in kroniek/data/nl_parties.tsv, with its party's row."""
    return {n.strip(): k for k, row in enumerate(data_rows("nl_parties.tsv")) for n in row if n.strip()}


def _party_before(d: _Doc, ch: _Chains, offset: int) -> int | None:
    """The chain of the party in focus before ``offset``: of the parties the list finds named
    before it (outside quotes, anywhere: a party is named once and called "de partij" after),
    the one named most often, the latest on a tie ("Otten zit voor FvD … FvD is met de VVD de
    grootste …. Otten is uit de partij gezet": FvD)."""
    named = [
        (party_names()[d.text[c.start : c.end]], c)
        for c in ch.items
        if c.end <= offset and c.kind == "name" and not d.in_quote(c.start)
        and d.text[c.start : c.end] in party_names()
    ]
    if not named:
        return None
    opening = _opening_party(d, [c for _, c in named], offset)
    if opening is not None:
        return opening
    counts = Counter(k for k, _ in named)
    best = max(counts.values())
    latest = [c for k, c in named if counts[k] == best][-1]
    return latest.chain


def _opening_party(d: _Doc, named: list[ChainMention], offset: int) -> int | None:
    """The party that opens the sentence right before ``offset``'s ("De SGP heeft geen bezwaar
    tegen een fractie met Forum. Maar de partij …": the SGP, however often Forum was named)."""
    si = d.sent_of(offset)
    if si == 0:
        return None
    start = d.sents[si - 1][0]
    for c in named:
        if d.sent_of(c.start) == si - 1 and d.text[start : c.start].strip(" \"„“‘'«").lower() in ("", "de", "het"):
            return c.chain
    return None


def _named_org(d: _Doc, ch: _Chains, noun: str, offset: int) -> int | None:
    """The latest named non-person whose name holds the noun; for a company noun not one named as
    a complement ("klant bij Rabobank. De bank …" stays open, as quote speakers have it)."""
    company = noun not in lx.INSTITUTION_NOUNS
    for c in reversed([c for c in ch.items if c.end <= offset and c.kind == "name"]):
        if c.type == "PER" or d.in_quote(c.start) or company and _after_preposition(d, c):
            continue
        words = d.text[c.start : c.end].lower().split()
        if noun in words or (words and words[-1].endswith(noun)):
            return c.chain
    return None


def _org_in_focus(d: _Doc, ch: _Chains, offset: int) -> int | None:
    lo = d.narrative_start(d.sent_of(offset))
    found = [
        c
        for c in ch.between(lo, offset)
        if c.kind == "name" and _org_like(d, c) and not d.in_quote(c.start)
        and (not _after_preposition(d, c) or _whose_wish(d, c))
    ]
    if not found:
        return None
    last = d.sent_of(found[-1].start)
    chains = {c.chain for c in found if d.sent_of(c.start) == last}
    return chains.pop() if len(chains) == 1 else None


_WISH_BEFORE = re.compile(r"\bhet\s+aan\s+(?:de\s+|het\s+)?$", re.IGNORECASE)
_WISH_AFTER = re.compile(r"\s+(?:ligt|lag|had\s+gelegen|zou\s+liggen)\b")


def _whose_wish(d: _Doc, c: ChainMention) -> bool:
    """ "Als het aan de NS ligt, …": the name after "aan" in this idiom is whose plan it is, the
    topic a company noun after it goes on with, not a complement."""
    return bool(
        _WISH_BEFORE.search(d.text[max(0, c.start - 20) : c.start])
        and _WISH_AFTER.match(d.text, c.end)
    )


def _org_like(d: _Doc, c: ChainMention) -> bool:
    """An organisation's name, or a name NER calls MISC standing as its sentence's subject
    ("Mastercard heeft … stopgezet": brands and web shops are often tagged MISC; a subject that
    is no person or place acts like a company)."""
    return c.type == "ORG" or (c.type == "MISC" and _subject(d, c))


def _names_follow(d: _Doc, end: int) -> bool:
    """ "de minister Blok": the role introduces a name, it does not refer back."""
    nxt = re.match(r"\s+([A-Z]\w+)", d.text[end : end + 40])
    return nxt is not None


def resolve_groups(d: _Doc, ch: _Chains) -> None:
    names = [c for c in ch.items if c.kind == "name" and c.type == "PER"]
    groups: list[tuple[int, int, int]] = []  # (start, end, chain)
    for a, b in zip(names, names[1:], strict=False):
        gap = d.text[a.end : b.start]
        if a.chain != b.chain and re.fullmatch(r"(?:\s*\(\d+\))?\s+en\s+", gap):
            groups.append((a.start, b.end, -1))
    made: list[tuple[int, int, int]] = []
    for s, e, _ in groups:
        made.append((s, e, ch.new("PER")))
        _insert(ch, ChainMention(s, e, made[-1][2], "group", "PER"))
    for m in GROUP_WORDS.finditer(d.text):
        if d.in_quote(m.start()):
            continue
        lo = d.narrative_start(d.sent_of(m.start()))
        near = [g for g in made if lo <= g[0] < m.start()]
        if near:
            _insert(ch, ChainMention(m.start(), m.end(), near[-1][2], "group", "PER"))
            continue
        pair = _last_pair(d, ch, m.start())
        if pair is not None:
            made.append((pair[0], pair[1], ch.new("PER")))
            _insert(ch, ChainMention(pair[0], pair[1], made[-1][2], "group", "PER"))
            _insert(ch, ChainMention(m.start(), m.end(), made[-1][2], "group", "PER"))


COUNTS = cardinals(3, 8)  # "de vier": lists of two are "beiden", longer ones are rare
COUNTED_PLURALS = PERSON_PLURALS + "|daders|slachtoffers|militairen|soldaten|activisten|jongens|meisjes"
COUNTED = re.compile(
    rf"\b(?:[Dd]e|[Aa]lle|[Dd]eze)\s+({'|'.join(COUNTS)})\b(?:\s+(?:{COUNTED_PLURALS})\b)?"
)
LIST_GAP = re.compile(r"(?:\s*\(\d+\))?(?:\s*,\s*|\s+en\s+)")


def resolve_counted(d: _Doc, ch: _Chains) -> None:
    """Persons named in one list ("Igor G., Sergej D., Oleg P. en Leonid K.") make a group, which
    a later "de vier", "de vier verdachten" or "alle vier" refers to: the latest list before it of
    exactly that many persons. "De vier landen" (no person plural) and a count no list matches
    refer to nothing."""
    lists = [(s, e, n) for s, e, n in _person_lists(d, ch) if n >= 3]
    made: dict[tuple[int, int], int] = {}
    for m in COUNTED.finditer(d.text):
        n = number_word(m.group(1))
        if d.in_quote(m.start()) or not _counts_persons(d, m):
            continue
        fits = [g for g in lists if g[2] == n and g[1] <= m.start()]
        if not fits:
            continue
        s, e, _ = fits[-1]
        if (s, e) not in made:
            made[(s, e)] = ch.new("PER")
            _insert(ch, ChainMention(s, e, made[(s, e)], "group", "PER"))
        _insert(ch, ChainMention(m.start(), m.end(), made[(s, e)], "group", "PER"))


def _counts_persons(d: _Doc, m: re.Match[str]) -> bool:
    """ "de vier verdachten", or a bare "de vier" beside a plural finite verb ("de vier werden …",
    "zeggen alle vier")."""
    if m.end() > m.end(1):
        return True
    return _plural_verb_near(d, m.start(), m.end(1))


def _person_lists(d: _Doc, ch: _Chains) -> list[tuple[int, int, int]]:
    """(start, end, persons) of each run of person names joined by commas and a final "en"."""
    names = [c for c in ch.items if c.kind == "name" and c.type == "PER" and not d.in_quote(c.start)]
    out: list[tuple[int, int, int]] = []
    run: list[ChainMention] = []
    for c in names:
        if run and LIST_GAP.fullmatch(d.text[run[-1].end : c.start]) and c.chain not in {r.chain for r in run}:
            run.append(c)
            continue
        out.extend(_closed(d, run))
        run = [c]
    out.extend(_closed(d, run))
    return out


def _closed(d: _Doc, run: list[ChainMention]) -> list[tuple[int, int, int]]:
    """A run is a list when its last gap is "en" (not a run of names in commas only)."""
    if len(run) < 2 or not re.search(r"\ben\s+$", d.text[run[-2].end : run[-1].start]):
        return []
    return [(run[0].start, run[-1].end, len(run))]


def _last_pair(d: _Doc, ch: _Chains, offset: int) -> tuple[int, int] | None:
    """ "Pompeo sprak zijn ambtgenoot Lavrov. … Beiden …": when exactly two persons are named in
    the last few narrative sentences, the span of the sentence part that names them both."""
    lo = d.narrative_start(d.sent_of(offset), GROUP_BACK)
    names = [
        c
        for c in ch.between(lo, offset)
        if c.kind == "name" and c.type == "PER" and not d.in_quote(c.start)
    ]
    if len({c.chain for c in names}) != 2:
        return None
    for a, b in zip(names, names[1:], strict=False):
        if a.chain != b.chain and d.sent_of(a.start) == d.sent_of(b.start):
            return a.start, b.end
    return None


def _insert(ch: _Chains, c: ChainMention) -> None:
    """Add a mention keeping text order (later passes read what earlier ones resolved)."""
    ch.items.insert(bisect.bisect_right(ch.items, c.start, key=lambda x: x.start), c)


def find_chains(doc: Document) -> list[ChainMention]:
    """The within-document coreference chains of a document, mentions in text order."""
    d = _read(doc)
    ch = _Chains()
    chain_names(d, doc, ch)
    name_genders(d, ch)
    resolve_groups(d, ch)
    resolve_counted(d, ch)
    resolve_roles(d, ch)
    pronoun_genders(d, ch)
    resolve_pronouns(d, ch)
    resolve_org_nouns(d, ch)
    return sorted(ch.items, key=lambda c: (c.start, c.end))


# --- reading the layer ---------------------------------------------------------------------------


def chain_at(chains: list[ChainMention], start: int, end: int) -> ChainMention | None:
    """The chain mention at [start, end): the one with exactly that span, else the longest
    inside it, else the shortest that covers it."""
    hits = [c for c in chains if c.start < end and start < c.end]

    def fit(c: ChainMention) -> tuple[bool, bool, int]:
        inside = start <= c.start and c.end <= end
        return (
            c.start == start and c.end == end,
            inside,
            (c.end - c.start) if inside else -(c.end - c.start),
        )

    return max(hits, key=fit) if hits else None


def antecedent(chains: list[ChainMention], mention: ChainMention) -> ChainMention | None:
    """The latest name (or group) of the mention's chain before it."""
    named = [
        c
        for c in chains
        if c.chain == mention.chain and c.kind in ("name", "group") and c.end <= mention.start
    ]
    return named[-1] if named else None


class Coreference:
    """Pipeline component "coref": sets ``doc.chains``."""

    name = "coref"
    requires = ("sentences", "tokens", "mentions")
    assigns = ("chains",)

    def __call__(self, doc: Document) -> Document:
        doc.chains = find_chains(doc)
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        for d in docs:
            yield self(d)
