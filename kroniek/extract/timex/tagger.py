"""The tagger: candidates, selection, and each chosen span normalised by the resolver of its kind."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence

from ...model import Document, Timex, Token
from .. import time_calendar as cal
from ..time_tense import Tense
from . import (
    resolve_clock,
    resolve_dates,
    resolve_durations,
    resolve_feasts,
    resolve_periods,
    resolve_relative,
    resolve_sets,
)
from .guards import candidates, select
from .patterns import Cand
from .resolver import Resolver

# every kind of candidate and the function that normalises it (explicit dispatch)
RESOLVERS: dict[str, Callable[[Resolver, Cand], Timex | None]] = {
    **resolve_dates.RESOLVERS, **resolve_periods.RESOLVERS, **resolve_relative.RESOLVERS, **resolve_durations.RESOLVERS,
    **resolve_sets.RESOLVERS, **resolve_clock.RESOLVERS, **resolve_feasts.RESOLVERS,
}


# "woensdag (lokale tijd)", "15.45 uur (Nederlandse tijd)": the zone said in brackets after a day or a
# clock time belongs to it, as "16.08 uur UTC" does
_ZONE_AFTER = re.compile(r"\s*\((?:lokale|plaatselijke|Nederlandse|Belgische|Amerikaanse|Britse)\s+tijd\)", re.I)
_ZONED_KINDS = frozenset(["clock", "clockh", "clockword", "halfclock", "clockdp", "weekday", "deictic", "fulldate"])


def with_zone(text: str, cands: list[Cand]) -> list[Cand]:
    out = []
    for c in cands:
        m = _ZONE_AFTER.match(text, c.end) if c.kind in _ZONED_KINDS else None
        out.append(dataclasses.replace(c, end=m.end()) if m else c)
    return out


def resolve(resolver: Resolver, c: Cand) -> Timex | None:
    fn = RESOLVERS.get(c.kind)
    return fn(resolver, c) if fn else None


class PreparedText:
    """What tagging a text needs that does not depend on its date: the selected candidate spans
    and the tense cues. Tagging one text under many candidate dates (``link.dates``) prepares once."""

    def __init__(self, text: str, tokens: Sequence[Token] | None = None) -> None:
        self.text = text
        self.tokens = tokens
        self.cands = with_zone(text, list(select(candidates(text))))
        self.tense = Tense(text, tokens)

    def tag(self, anchor: dt.date | None, *, anchor_granularity: str = "day") -> list[Timex]:
        """The text's time expressions normalised against ``anchor``."""
        resolver = Resolver(self.text, anchor, anchor_granularity, self.tokens, tense=self.tense)
        for c in self.cands:
            t = resolve(resolver, c)
            if t is not None:
                resolver.out.append(t)
        return resolver.out


def tag_timexes(
    text: str,
    anchor: dt.date | None,
    *,
    anchor_granularity: str = "day",
    tokens: Sequence[Token] | None = None,
) -> list[Timex]:
    """Find the time expressions in ``text`` and normalise them against the document date ``anchor``."""
    return PreparedText(text, tokens).tag(anchor, anchor_granularity=anchor_granularity)


def anchor_of(doc: Document) -> tuple[dt.date | None, str]:
    """The document date as (first day of its period, granularity), or (None, "day") when unknown."""
    p = doc.published
    found = cal.anchor_value(p.value) if p is not None else None
    return found if found is not None else (None, "day")


class TimexTagger:
    """Pipeline component: set ``doc.timexes`` resolved against ``doc.published`` (run after docdate)."""

    name = "timex"
    requires = ("published", "tokens")
    assigns = ("timexes",)

    def __call__(self, doc: Document) -> Document:
        anchor, gran = anchor_of(doc)
        doc.timexes = tag_timexes(doc.text, anchor, anchor_granularity=gran, tokens=doc.tokens or None)
        return doc

    def pipe(self, docs: Iterator[Document]) -> Iterator[Document]:
        for d in docs:
            yield self(d)

