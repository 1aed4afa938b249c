"""The state one text's normalisation shares: the anchor, the tense reader, the values resolved so
far, and the few helpers every kind of expression uses (direction, year completion, context)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from ...model import Timex, Token
from .. import time_calendar as cal
from ..time_context import governing_year, range_start
from ..time_tense import Tense
from .patterns import Cand

# a phrase that points to what is still to come: "in (de) aanloop naar", "vooruitlopend op"
AHEAD_BEFORE = re.compile(r"(?i)(?:\baanloop\s+naar|\bvooruitlopend\s+op|\bter\s+voorbereiding\s+op)\s+(?:de\s+|het\s+)?$")


# a year-less date this many days or more before the document's, in a present-tense clause, is the
# coming one (a plan), not the past one
PLAN_AHEAD_DAYS = 90


class Resolver:
    def __init__(
        self,
        text: str,
        anchor: dt.date | None,
        granularity: str,
        tokens: Sequence[Token] | None,
        tense: Tense | None = None,
    ) -> None:
        self.text = text
        self.anchor = anchor
        g = "day" if granularity == "minute" else granularity
        self.gran = g if g in cal.GRANULARITY_RANK else "day"
        self.anchor_p = cal.containing(self.gran, anchor) if anchor else None
        self.tense = tense if tense is not None else Tense(text, tokens)
        self.out: list[Timex] = []

    # anchor helpers

    def can(self, unit: str) -> bool:
        """True when the anchor is at least as fine as ``unit`` (a month anchor cannot resolve "gisteren")."""
        if self.anchor is None:
            return False
        rank = {"minute": 1, "day": 1, "week": 2, "weekend": 2, "month": 3, "quarter": 4, "half": 4,
                "season": 4, "year": 5, "decade": 5, "century": 5}[unit]
        return cal.GRANULARITY_RANK[self.gran] <= rank

    def direction(self, c: Cand) -> str | None:
        if AHEAD_BEFORE.search(self.text, max(0, c.start - 30), c.start):
            return "future"  # "in aanloop naar Prinsjesdag" looks ahead whatever the verb's tense
        return self.tense.at(c.start, c.end)

    def ref_for(self, direction: int) -> str:
        return "PAST_REF" if direction < 0 else "FUTURE_REF" if direction > 0 else "PRESENT_REF"

    def timex(self, c: Cand, typ: str, value: str, warnings: tuple[str, ...] = (), relative: bool = True) -> Timex:
        anchor = self.anchor_p.value() if (relative and self.anchor_p) else None
        return Timex(c.start, c.end, typ, value, warnings, anchor)

    def complete_year(self, make: Callable[[int], cal.Period | None], c: Cand, suffix: str | None) -> cal.Period | None:
        """Give a date without a year the year a reader would: by "jl."/"aanstaande", else by tense."""
        assert self.anchor is not None and self.anchor_p is not None
        cands = [p for y in (self.anchor.year - 1, self.anchor.year, self.anchor.year + 1) if (p := make(y))]
        if not cands:
            return None
        direction = self.direction(c)
        if suffix:
            direction = "past" if suffix.lower().startswith("j") else "future"
        plain = cal.choose(cands, self.anchor_p, direction)
        if not suffix:
            direction, plain = self.planned(cands, c, direction, plain)
            p = self.from_context(make, c, direction, plain.end < self.anchor_p.start)
            if p is not None:
                return p
            return self.named_before(cands) or plain
        return plain

    def planned(
        self, cands: Sequence[cal.Period], c: Cand, direction: str | None, plain: cal.Period
    ) -> tuple[str | None, cal.Period]:
        """"Het team speelt het kwalificatietoernooi in februari" in July: a present-tense clause does
        not tell of a date months gone, it plans the coming one (the direction and choice it gives)."""
        assert self.anchor_p is not None
        if (direction is None and (self.anchor_p.start - plain.end).days > PLAN_AHEAD_DAYS
                and self.tense.present_plan(c.start, c.end)):
            return "future", cal.choose(list(cands), self.anchor_p, "future")
        return direction, plain

    def named_before(self, cands: Sequence[cal.Period]) -> cal.Period | None:
        """The reading an earlier mention of the same date took: a text that names "18 december" twice
        means one day, so a second mention takes the first one's year whatever its own clause's tense
        ("Hij staat volgend jaar op 17 februari in Carré. Ik wacht tot 17 februari is geweest")."""
        values = {p.value(): p for p in cands}
        for t in reversed(self.out):
            if t.type == "DATE" and t.value in values:
                return values[t.value]
        return None

    def from_context(
        self, make: Callable[[int], cal.Period | None], c: Cand, direction: str | None, plain_before: bool
    ) -> cal.Period | None:
        """The year the range's start or the passage's governing year gives (see time_context)."""
        assert self.anchor is not None
        first = range_start(self.text, self.out, c.start)
        sentence_start = self.tense.sentence(c.start)[0]
        gov = None if first else governing_year(
            self.text, self.out, c.start, sentence_start, self.anchor, direction, plain_before)
        if gov is not None:
            first = gov[1] or dt.date(gov[0], 1, 1)
        if first is None:
            return None
        p = make(first.year)
        if p is not None and p.start < first:
            p = make(first.year + 1)  # "van 30 december tot 2 januari", "eind oktober 2018 … 23 maart"
        return p

    # the dispatcher

    def previous(self, c: Cand, within: int = 300, skip: Callable[[Timex], bool] | None = None) -> cal.Period | None:
        """The period of the nearest earlier resolved expression, for "een dag eerder", "het jaar
        daarvoor"; ``skip`` passes over expressions that cannot be what is counted from."""
        for t in reversed(self.out):
            if c.start - t.end > within:
                return None
            if skip is not None and skip(t):
                continue
            p = cal.parse_value(t.value)
            if p is not None:
                return p
        return None
