"""Whose "we" it is: a first-person plural pronoun inside a quotation names the organisation its
attribution gives ("Woordvoerder X verklaarde namens Boeing: “We zijn teleurgesteld”", "…,” zei
Y, topman van EADS"), not the organisation named last before it."""

from __future__ import annotations

import re

from ... import sentences as sn
from .chain import Chain

FIRST_PLURAL = frozenset({"we", "wij", "ons", "onze"})
_OPENERS = ("``", "“", "„")
_CLOSERS = ("''", "' '", "”")
# "topman X van Philips", "namens Boeing", "woordvoerder bij de luchtmacht": the speaker's own.
_AFFILIATION = re.compile(r"\b(?:van|namens|bij)(?:\s+(?:de|het))?\s*$", re.IGNORECASE)
_Named = list[tuple[int, int, Chain]]


def quote_span(text: str, pos: int) -> tuple[int, int] | None:
    """The opening and closing offsets of the quotation around ``pos`` (closing: len(text) when it
    never closes), or None when ``pos`` is not inside one."""
    opened = max(text.rfind(o, 0, pos) for o in _OPENERS)
    if opened < 0 or max(text.rfind(c, opened, pos) for c in _CLOSERS) >= 0:
        return None
    closes = [i for i in (text.find(c, pos) for c in _CLOSERS) if i >= 0]
    return opened, min(closes) if closes else len(text)


def attributed(text: str, pos: int, named: _Named, typ: str) -> Chain | None:
    """The named chain of type ``typ`` in the attribution of the quotation around ``pos``: between
    the start of the sentence that opens the quotation and its opening, the first one written as
    the speaker's ("van Philips", "namens Boeing"), else the last one; else the first one after
    its closing up to the end of that sentence; None outside a quotation or when
    the attribution names none."""
    span = quote_span(text, pos)
    if span is None:
        return None
    opened, closed = span
    before, after = sn.sentence_around(text, opened, closed)
    lead = [(s, c) for s, _e, c in named if before <= s < opened and _named(c, typ)]
    of_speaker = [c for s, c in lead if _AFFILIATION.search(text[max(before, s - 20) : s])]
    if of_speaker or lead:
        return (of_speaker or [lead[-1][1]])[0]
    tail = [c for s, _e, c in named if closed <= s < after and _named(c, typ)]
    return tail[0] if tail else None


def _named(c: Chain, typ: str) -> bool:
    return c.type == typ and c.kind not in {"other", "demonym"}
