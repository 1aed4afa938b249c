"""Justice cases told once: a prosecution, an escape, a trial or a verdict happens to its patient once.

News names the people of a case by count and noun more often than by name ("vier verdachten",
"drie mannen", "het viertal", "de 25-jarige", "een patiënt"), and outlets word it differently
("vier mensen" / "vier mannen" / "drie Russen en een Oekraïner"). Two things are read per mention:

- ``counted``: the patient as count and class ("4:person"; "age:25" for "de 25-jarige"), so that
  two reports that name no entity can still agree on whom the case is about. A group word the
  coreference layer resolved ("de vier verdachten" after a list of four names, "beiden") counts
  the persons it names, as the layer reads it; other counts are read from the words. People nouns
  ("man", "verdachte", "patiënt", a nationality noun) are one class; any other noun is its own.
- ``anchors``: the names of its sentence outside the agent ("MH17", "Den Dolder", "Fivoor") and
  the event nouns of the case ("moord", "aanslag"): what ties a report to one case.

``once_per_case``: two mentions of one case type that agree on their patient (the same entity as
patient, or the same ``counted``) and share an anchor or a place are one happening, unless their
times disagree, they were published more than ``NEWS_DAYS`` apart, or a plan ("gaat vervolgen",
future) was published after the asserted report it would join. The event keeps "asserted" when
any of its reports asserts it (``build.to_event``); each mention keeps its own factuality.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...extract.person_nouns import PERSON_LEMMAS
from ...model import ChainMention, Document, Token
from ...numbers import cardinals, count, number_word
from .anaphors import antecedent_span
from .weights import NEWS_DAYS
from .words import noun_type

if TYPE_CHECKING:
    from .mentions import LinkMention

CASE_ONCE_TYPES = frozenset({"prosecute", "escape", "trial", "verdict"})
# Types whose patient is read by count and class; an arrest's counts one shared role, not once per case.
COUNTED_TYPES = CASE_ONCE_TYPES | {"arrest"}
# Whom a case is about, as news names them without a name: one class for all.
PERSON_NOUNS = PERSON_LEMMAS
# "het viertal"; above twelve a "-tal" is about so many ("een twintigtal")
GROUP = re.compile("(" + "|".join(cardinals(2, 12)) + ")tal")
AGE = re.compile(r"(\d{1,3})-jarig(e|en)?")  # "de 25-jarige"
SINGULAR_PRONOUNS = frozenset({"hij"})  # "zij"/"ze" may be plural: not read
AGENT_ROLES = frozenset({"agent", "source"})
STOP_ANCHORS = frozenset({"openbaar ministerie", "om", "politie", "justitie", "rechtbank", "nederland", "jit"})


def read_case(m: LinkMention, toks: list[Token]) -> None:
    """Fill ``counted`` and ``anchors`` of a mention of a case type (see the module's docstring)."""
    if m.em.type not in COUNTED_TYPES or not toks:
        return
    spans = [(a, b) for role, a, b in m.em.arguments
             # The escapee is the subject of "ontsnappen"; the extractor may call it the agent.
             if (role == "patient" or role == "agent" and m.em.type == "escape")
             # a parse that makes "zaterdag" the subject: a day is nobody
             and not any(x.start <= a and b <= x.end for x in m.doc.timexes)]
    for a, b in spans or _parse_patients(m, toks):
        m.counted = group_count(m.doc, toks, a, b) or counted_patient(toks, a, b)
        if m.counted:
            break
    if m.em.type not in CASE_ONCE_TYPES:
        return
    agent = [(a, b) for role, a, b in m.em.arguments if role in AGENT_ROLES]
    m.anchors = frozenset(_anchors(m, toks, agent))


def _parse_patients(m: LinkMention, toks: list[Token]) -> list[tuple[int, int]]:
    """Where the extractor found no patient: the verb's object, or the subject of the auxiliary a
    participle hangs on ("besloten om vier verdachten te vervolgen", "dat drie Russen en een
    Oekraïner vervolgd worden"), as the spans of their phrases."""
    first = toks[0].start
    doc_index = next((n for n, t in enumerate(m.doc.tokens) if t.start == first), None)
    k = next((n for n, t in enumerate(toks) if t.start == m.em.start), None)
    if doc_index is None or k is None:
        return []
    heads = [t.head - doc_index if t.head >= 0 else -1 for t in toks]
    found = [j for j, h in enumerate(heads) if h == k and toks[j].deprel == "obj1"]
    if toks[k].pos.startswith("WW(vd") and heads[k] >= 0:
        found += [j for j, h in enumerate(heads) if h == heads[k] and toks[j].deprel == "su"]
    found += _auxiliary_subject(toks, heads, k)
    spans = [_phrase(toks, heads, j) for j in found]
    front = _clause_front(toks, k) or _antecedent(toks, k)
    return spans + ([front] if front else [])


CLAUSE_OPENERS = frozenset({"dat", "om", "omdat", "nadat", "waarna"})
VERB_CLUSTER = frozenset({"worden", "zijn", "te", "zullen", "moeten", "gaan", "kunnen"})


def _clause_front(toks: list[Token], k: int) -> tuple[int, int] | None:
    """The words between a clause's opener and its verb cluster ("dat drie Russen en een Oekraïner
    worden vervolgd", "om vier verdachten te vervolgen"), where Frog hangs the coordination on the
    opener or the main verb instead: at most eight words, none of them a verb."""
    if not toks[k].pos.startswith(("WW(vd", "WW(inf")):
        return None
    j = k - 1
    while j >= 0 and toks[j].lemma.lower() in VERB_CLUSTER:
        j -= 1
    end = j
    while j >= 0 and end - j < 8 and toks[j].lemma.lower() not in CLAUSE_OPENERS:
        if toks[j].coarse_pos in ("WW", "LET") and ",nom," not in toks[j].pos:
            return None  # another verb or a comma: not this clause's front ("de verdachten" is a noun)
        j -= 1
    if j < 0 or j == end or toks[j].lemma.lower() not in CLAUSE_OPENERS:
        return None
    return toks[j + 1].start, toks[end].end


def _antecedent(toks: list[Token], k: int) -> tuple[int, int] | None:
    """The noun phrase a relative clause with this verb hangs on, where the parse gives the verb no
    subject ("de patiënt die zaterdag niet terugkeerde", "Peter M., die afgelopen weekend ..."): the
    words before "die"/"dat", back to a preposition, verb or article (the article included)."""
    j = k - 1
    while j >= 0 and k - j <= 8 and not toks[j].pos.startswith("VNW(betr"):
        if toks[j].coarse_pos in ("WW", "LET") and ",nom," not in toks[j].pos:
            return None
        j -= 1
    if j < 1 or not toks[j].pos.startswith("VNW(betr"):
        return None
    end = j - 2 if toks[j - 1].lemma == "," else j - 1
    i = end
    while i >= 0 and end - i < 6 and toks[i].coarse_pos not in ("VZ", "WW", "LET", "VG"):
        if toks[i].coarse_pos == "LID":
            break
        i -= 1
    start = i if i >= 0 and toks[i].coarse_pos == "LID" else i + 1
    return (toks[start].start, toks[end].end) if 0 <= start <= end else None


AUXILIARIES = frozenset({"zijn", "worden"})


def _auxiliary_subject(toks: list[Token], heads: list[int], k: int) -> list[int]:
    """The subject of an auxiliary right before the verb where Frog makes the two separate roots
    ("Een patiënt is ontsnapt": "is" and "ontsnapt" each a root, the subject on "is")."""
    if k == 0 or heads[k] >= 0 or heads[k - 1] >= 0 or toks[k - 1].lemma.lower() not in AUXILIARIES:
        return []
    return [j for j, h in enumerate(heads) if h == k - 1 and toks[j].deprel == "su"]


def _phrase(toks: list[Token], heads: list[int], j: int) -> tuple[int, int]:
    """The span of the phrase headed by token ``j`` of the sentence."""
    inside = [j]
    for n in range(len(toks)):
        h, steps = n, 0
        while h >= 0 and h != j and steps < 20:
            h, steps = heads[h] if 0 <= heads[h] < len(toks) else -1, steps + 1
        if h == j and n != j:
            inside.append(n)
    return min(toks[n].start for n in inside), max(toks[n].end for n in inside)


def counted_patient(toks: list[Token], a: int, b: int) -> str:
    """The count and class of a patient span ("vier verdachten" -> "4:person", "drie Russen en een
    Oekraïner" -> "4:person", "het viertal" -> "4:person", "de 25-jarige" -> "age:25", "hij" ->
    "1:person"); "" when the span gives no count (a bare plural, a clause)."""
    inside = top_level(toks, a, b)
    if len(inside) == 1 and inside[0].lemma.lower() in SINGULAR_PRONOUNS and inside[0].pos.startswith("VNW(pers"):
        return "1:person"
    total, classes = 0, set()
    for part in _conjuncts(inside):
        got = _count_part(part)
        if got is None:
            return ""
        if got[0] < 0:
            return got[1]  # an age names one person, not a count
        total += got[0]
        classes.add(got[1])
    return f"{total}:{classes.pop()}" if total and len(classes) == 1 else ""


def group_count(doc: Document, toks: list[Token], a: int, b: int) -> str:
    """ "de vier verdachten", "beiden": a group word the coreference layer resolved to the persons
    it names ("Igor G., Sergej D., Oleg P. en Leonid K.") counts them ("4:person"); "" where the
    layer holds no such group in the span (``counted_patient`` reads the words)."""
    if not any(c.kind == "group" and a <= c.start and c.end <= b for c in doc.chains):
        return ""
    named = antecedent_span(doc, toks, a, b)
    persons = _persons_in(doc.chains, named) if named else 0
    return f"{persons}:person" if persons else ""


def _persons_in(chains: list[ChainMention], span: tuple[int, int]) -> int:
    """How many persons (chains of person names) the names inside ``span`` are."""
    return len({c.chain for c in chains if c.kind == "name" and c.type == "PER"
                and span[0] <= c.start and c.end <= span[1]})


def top_level(toks: list[Token], a: int, b: int) -> list[Token]:
    """The span's tokens before any preposition or relative pronoun ("vier mannen die ...")."""
    out: list[Token] = []
    for t in toks:
        if t.start >= b:
            break
        if t.start < a:
            continue
        if t.coarse_pos == "VZ" or t.pos.startswith("VNW(betr"):
            break
        out.append(t)
    return out


def _conjuncts(inside: list[Token]) -> list[list[Token]]:
    parts: list[list[Token]] = [[]]
    for t in inside:
        if t.coarse_pos == "VG" and t.lemma.lower() == "en" or t.lemma == ",":
            parts.append([])
        else:
            parts[-1].append(t)
    return [p for p in parts if p]


def _count_part(part: list[Token]) -> tuple[int, str] | None:
    """(count, class) of one conjunct; (-1, "age:N") for an age; None when it gives no count."""
    head = next((t for t in part if _nounlike(t)), None)  # the first: "het viertal start ..." is a misparse
    if head is None:
        return None
    low = _word(head)
    if (age := AGE.fullmatch(low)) is not None:
        return -1, "age:" + age.group(1)
    if (group := GROUP.fullmatch(low)) is not None:
        return number_word(group.group(1)) or 0, "person"
    named = head.pos.startswith("N(eigen") or head.coarse_pos == "SPEC"
    cls = "person" if low in PERSON_NOUNS or head.lemma.lower() in PERSON_NOUNS or named else head.lemma.lower()
    number = next((n for t in part if t.coarse_pos == "TW" and (n := _number(t)) is not None), None)
    if number is not None:
        return number, cls
    plural = "mv" in head.pos.split("(")[-1].split(",")
    if not plural and (any(t.coarse_pos == "LID" for t in part) or named):
        return 1, cls  # "een patiënt", "de man", "Peter M."
    return None


def _nounlike(t: Token) -> bool:
    """A noun, a name, an age ("25-jarige") or a participle used as a noun ("de verdachten")."""
    return t.coarse_pos in ("N", "SPEC") or ",nom," in t.pos or AGE.fullmatch(_word(t)) is not None


def _word(t: Token) -> str:
    return t.lemma.lower().strip("'’`\"") if t.coarse_pos == "N" else t.lemma.lower()


def _number(t: Token) -> int | None:
    return count(t.lemma)


def _anchors(m: LinkMention, toks: list[Token], agent: list[tuple[int, int]]) -> set[str]:
    """Names of the sentence outside the agent, and event nouns other than the mention's own."""
    out: set[str] = set()
    for t in toks:
        if t.start == m.em.start or any(a <= t.start < b for a, b in agent) \
                or any(x.start <= t.start < x.end for x in m.doc.timexes):
            continue  # the agent ("het Openbaar Ministerie") and a day ("zaterdag") tie no case
        if t.pos.startswith("N(eigen") or t.coarse_pos == "SPEC" and "deeleigen" in t.pos:
            word = m.doc.text[t.start : t.end].lower()
            if word not in STOP_ANCHORS and len(word) > 2:
                out.add("name:" + word)
        elif t.coarse_pos == "N" and noun_type(t.lemma.lower()) not in (None, m.em.type):
            out.add("noun:" + t.lemma.lower())
    return out


def same_patient(x: LinkMention, y: LinkMention) -> bool:
    """The same entity as patient, or the same count and class of patient."""
    px = {e for r, e in x.roles if r == "patient"}
    if px & {e for r, e in y.roles if r == "patient"}:
        return True
    return bool(x.counted) and x.counted == y.counted


def other_count(x: LinkMention, y: LinkMention) -> bool:
    """Two mentions of one case type whose patients are counted differently ("drie mannen" /
    "twee mannen"): two cases, whatever else they share."""
    if not (x.em.type == y.em.type and x.em.type in CASE_ONCE_TYPES and x.counted and y.counted):
        return False
    nx, _, cx = x.counted.partition(":")
    ny, _, cy = y.counted.partition(":")
    return nx.isdigit() and ny.isdigit() and nx != ny and cx == cy


def once_per_case(x: LinkMention, y: LinkMention, rel: int) -> bool:
    """Two mentions of one case (see the module's docstring); ``rel``: their time relation."""
    if not (x.em.type == y.em.type and x.em.type in CASE_ONCE_TYPES) or rel < 0:
        return False
    if not same_patient(x, y) or not (x.anchors & y.anchors or x.places & y.places):
        return False
    return _in_window(x, y)


def _in_window(x: LinkMention, y: LinkMention) -> bool:
    """Published within ``NEWS_DAYS``, and no plan published after the asserted report it would join."""
    if x.published is None or y.published is None:
        return True
    if abs((x.published - y.published).days) > NEWS_DAYS:
        return False
    if x.em.factuality == "future" and y.em.factuality == "asserted":
        return x.published <= y.published  # a plan reported after the fact is another plan
    if y.em.factuality == "future" and x.em.factuality == "asserted":
        return y.published <= x.published
    return True
