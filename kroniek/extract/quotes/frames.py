"""Reporting frames in one sentence: which of several frames a clause keeps, and the inner
frame that names the source ("Volgens X …, aldus Y").
"""

from __future__ import annotations

import re

from ... import sentences as sn
from .. import quote_lexicon as lx
from .clauses import trim_end
from .context import Cand, Context, token, words_in
from .subjects import speaking_phrase
from .wordclass import overlap


def inner_source(cands: list[tuple[int, Cand]]) -> list[tuple[int, Cand]]:
    """Two frames around one clause: the inner one names the source. "Volgens Stoltenberg …,
    aldus woordvoerder Cazalet" is Stoltenberg's view, passed on by his spokesman; "De politie
    liet weten dat …, meldden Russische media" is what the police said. The clause-final cue
    keeps its span and takes the inner frame's speaker."""
    for prio, outer in cands:
        if prio != 0:
            continue
        inner = [
            c
            for p, c in cands
            if p > 0 and c.speaker is not None and outer.start <= c.cue_start < outer.end
        ]
        if inner:
            first = min(inner, key=lambda c: c.cue_start)
            outer.speaker, outer.cue = first.speaker, first.cue
    return cands


def keep_frames(st: Context, found: list[tuple[int, Cand]], near: list[Cand]) -> list[Cand]:
    """The reported clauses one sentence keeps, best priority first. Two reporting frames in
    one sentence: the earlier clause ends where the next frame begins ("Volgens hem …, en hij
    zei dat …"); a clause that is (almost) all one of the ``near`` direct quotes is left to it."""
    kept: list[Cand] = []
    for _prio, c in sorted(found, key=lambda pc: (pc[0], pc[1].start)):
        if _volgens_dropped(c, kept, near) and not _new_main_clause(st, c):
            _volgens_opens_clause(st, c, kept)
            continue
        _volgens_over_mute_subject(st, c, kept)
        _split_at_frames(st, c, kept)
        if _left_out(st, c, kept, near):
            continue
        kept.append(c)
    return [k2 for k2 in kept if k2.end - k2.start >= 3 or _answer(st, k2)]


_COORDINATED = re.compile(r",\s*(?:maar|en|want|terwijl)\s+$", re.IGNORECASE)


def _new_main_clause(st: Context, c: Cand) -> bool:
    """ "Volgens X is het leger trouw, maar volgens Y klopt daar niets van": a "volgens" after a
    comma and a conjunction attributes its own main clause, a second frame, not the first's."""
    return bool(
        c.cue
        and c.cue.lower() == "volgens"
        and _COORDINATED.search(st.text, max(0, c.cue_start - 12), c.cue_start)
    )


def _volgens_opens_clause(st: Context, c: Cand, kept: list[Cand]) -> None:
    """ "Het persbureau meldde dat volgens ingewijden de overname …": a "volgens" that opens a
    kept dat clause names the source of that clause, passed on by the cue's subject (as with
    ``inner_source``); "zei dat volgens hem …" stays the subject's own view."""
    if c.speaker is None or st.text[c.speaker[0] : c.speaker[1]].lower() in lx.PRONOUNS:
        return
    for k2 in kept:
        if k2.start == c.cue_start and not k2.direct:
            k2.speaker, k2.cue = c.speaker, c.cue


def _volgens_over_mute_subject(st: Context, c: Cand, kept: list[Cand]) -> None:
    """ "Volgens de bond wijzen de cijfers erop dat …": a reporting frame inside a "volgens
    X" clause whose subject noun phrase names no one who can speak (no name, pronoun, person
    or organisation noun) passes on X's words; X is its speaker."""
    if not (c.cue and c.cue.lower() == "volgens") or c.speaker is None or c.direct:
        return
    for k2 in kept:
        inside = c.cue_start < k2.cue_start and k2.cue_start <= c.end and k2.cue_start >= c.start - 1
        if inside and not k2.direct and k2.speaker is not None and _mute(st, k2.speaker):
            k2.speaker, k2.cue = c.speaker, c.cue


def _mute(st: Context, span: tuple[int, int]) -> bool:
    """A subject noun phrase that names no one who speaks; a relative pronoun ("die") is left
    to the resolution of its antecedent."""
    words = words_in(st, span[0], span[1])
    if len(words) == 1 and st.words[words[0]].low in ("die", "dat", "wie"):
        return False
    return not speaking_phrase(st, span)


def _volgens_dropped(c: Cand, kept: list[Cand], near: list[Cand]) -> bool:
    if not (c.cue and c.cue.lower() == "volgens"):
        return False
    if any(
        k2.start <= c.cue_start < k2.end or k2.cue_start <= c.cue_start < k2.start for k2 in kept
    ):
        return True  # "zei dat de beste optie volgens hem was …": one attribution
    # "…,” zei X volgens Y: the quote carries the attribution; a quoted phrase after the cue
    # ("Volgens X zijn de beelden zo schokkend dat ze ‘…’") is part of the clause
    return any(
        d.start <= c.cue_start and overlap(c.start, c.end, d.start, d.end) > 0.3 * (c.end - c.start)
        for d in near
    )


def _split_at_frames(st: Context, c: Cand, kept: list[Cand]) -> None:
    for k2 in kept:
        if c.start < k2.cue_start < c.end:
            c.end = trim_end(st, c.start, k2.cue_start)
        elif k2.start < c.cue_start < k2.end:
            k2.end = trim_end(st, k2.start, c.cue_start)


def _left_out(st: Context, c: Cand, kept: list[Cand], near: list[Cand]) -> bool:
    if len(st.text[c.start : c.end].split()) < 3 and not _answer(st, c):
        return True
    if any(overlap(c.start, c.end, d.start, d.end) >= 0.8 * (c.end - c.start) for d in near):
        return True  # the clause is itself a direct quote: attribution goes there
    return any(overlap(c.start, c.end, k2.start, k2.end) > 0 for k2 in kept)


# answers that are a whole reported clause on their own (more where Frog tags an interjection)
_ANSWERS = frozenset(["ja", "nee", "neen", "jazeker", "welnee", "nou"])


def _answer(st: Context, c: Cand) -> bool:
    """ "Nee, zegt zijn advocaat.": a one- or two-word answer opening its sentence before the
    comma of a clause-final cue is what was said."""
    ws = [st.words[i] for i in words_in(st, c.start, c.end)]
    if not ws or len(ws) > 2 or not st.text.startswith(",", c.end):
        return False
    if not sn.follows_end(st.text[max(0, c.start - 4) : c.start]):
        return False
    return all(
        w.low in _ANSWERS or ((t := token(st, w)) is not None and t.pos.startswith("TSW"))
        for w in ws
    )
