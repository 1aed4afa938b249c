"""The tense of a trigger's clause, read from Frog's tags: one reading for the linker.

Two questions are asked of it. The time anchors (``link/anchors.py``) ask the tense of the clause
a trigger stands in, walking up from a noun or participle to its finite verb ("De staking duurt
voort": present; "is stilgelegd": past; under "zullen": future). The date checks of the mentions
(``link/events/mentions.py``) ask the narrower question whether the trigger itself is told as done:
a finite past verb, or a participle right under a perfect or past passive auxiliary. Both read a
past finite verb and the perfect auxiliaries the same way, here.
"""

from __future__ import annotations

from ..model import Document, Token
from .spans import Spans

__all__ = ["PERFECT_AUXILIARIES", "tense", "told_as_past"]

PERFECT_AUXILIARIES = frozenset({"hebben", "zijn"})


def _finite(tok: Token) -> bool:
    return tok.pos.startswith("WW(pv")


def _past_finite(tok: Token) -> bool:
    """A finite verb in the past tense ("nam", "werd", "had")."""
    return tok.pos.startswith("WW(pv,verl")


def _perfect_auxiliary(tok: Token) -> bool:
    """A "hebben" or "zijn" above a participle ("heeft gedood", "is stilgelegd"): the perfect.
    Frog does not always hang the participle on it as ``vc`` ("heeft versterkingen gestuurd" may
    come out with the participle on the noun), so any path up to it counts."""
    return tok.lemma.lower() in PERFECT_AUXILIARIES


def tense(doc: Document, start: int, spans: Spans | None = None) -> str | None:
    """"past", "present", "future" (under "zullen") or None for the verb (or the verb above the
    noun) triggering at ``start``."""
    i = (spans or Spans()).token_at(doc, start)
    if i is None:
        return None
    participle = doc.tokens[i].pos.startswith("WW(vd")
    for _ in range(6):  # up from a noun or participle to the finite verb of its clause
        tok = doc.tokens[i]
        if tok.lemma.lower() == "zullen":
            return "future"
        if _finite(tok):
            if tok.deprel == "vc" and tok.head >= 0 and doc.tokens[tok.head].lemma.lower() == "zullen":
                return "future"  # Frog tags the infinitive under "zal" finite now and then
            if _past_finite(tok) or participle and _perfect_auxiliary(tok):
                return "past"
            return "present"
        if tok.head < 0 or tok.head == i:
            return None
        i = tok.head
    return None


def told_as_past(toks: list[Token], first: int, start: int) -> bool:
    """The trigger is a finite past verb ("vermoordde") or a participle under a form of "hebben" or
    "zijn" or a past "werd" ("heeft geopend", "is afgetreden", "werd beroofd"): told as done."""
    k = next((i for i, t in enumerate(toks) if t.start == start), None)
    if k is None:
        return False
    t = toks[k]
    if _past_finite(t):
        return True
    if not t.pos.startswith("WW(vd"):
        return False
    if t.deprel == "mod" and first <= t.head < first + len(toks) and toks[t.head - first].coarse_pos == "N":
        return True  # attributive: "de in april afgetreden keizer" is one who has stepped down
    near = [a for i, a in enumerate(toks) if first + i == t.head or a.head == first + k]
    return any(_finite(a) and (_perfect_auxiliary(a) or a.lemma == "worden" and _past_finite(a)) for a in near)
