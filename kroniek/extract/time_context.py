"""What the text around a year-less date says about its year: the year governing its passage, and
the start of the range it closes.

- **Governing year.** "Het orgelfestival duurt volgend jaar van 4 tot en met 19 april": the dates
  take the year the sentence (or, in the past or future tense, the paragraph) has just named,
  not the document's. Only a year other than the document's governs, and only in the direction
  of the tense: a past year for a past-tense clause, a coming year for a present or future one
  ("Hij won in 2015. Op 12 juli loopt hij in Monaco" keeps the document's year).
- **Range start.** "van 30 juli tot 23 augustus", "van 3 tot 5 juni", "vanaf augustus tot
  januari": the end of a range lies in
  the year of its start (or the next, when its month comes earlier), so one range never spans
  the wrong year.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ..model import Timex

_DATED = re.compile(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?")
_CONNECTOR = re.compile(r"\s*(?:-|–|tot(?:\s+en\s+met)?|t/m|en)\s*(?:[a-z]+dag\s+)?$", re.I)


def governing_year(
    text: str, out: Sequence[Timex], start: int, sentence_start: int, anchor: dt.date, direction: str | None,
    default_before_anchor: bool,
) -> tuple[int, dt.date | None] | None:
    """The year the passage before ``start`` governs, with the first day of the expression that
    named it when that one was finer than a year; None when the document's year holds.

    Within the sentence a fitting year always governs; from an earlier sentence a past year
    governs a past clause, and a coming year only a clause whose plain reading would fall before
    the document date ("Hij gaat volgend jaar weg. Zijn termijn loopt tot 12 april")."""
    paragraph = text.rfind("\n", 0, start) + 1
    for t in reversed(out):
        if t.end > start:
            continue
        if t.start < paragraph:
            return None
        m = _DATED.fullmatch(t.value) if t.type == "DATE" else None
        if m is None:
            continue
        y = int(m.group(1))
        if y == anchor.year:
            return None
        fits = (direction == "past" and y < anchor.year) or (direction != "past" and y > anchor.year)
        if not fits:
            return None
        if t.start < sentence_start and y > anchor.year and not default_before_anchor:
            return None
        first = dt.date(y, int(m.group(2)), int(m.group(3) or 1)) if m.group(2) else None
        return y, first
    return None


def range_start(text: str, out: Sequence[Timex], start: int) -> dt.date | None:
    """The first day of the range whose end starts at ``start`` ("tot 23 augustus" after "van 30 juli")."""
    for t in reversed(out):
        if t.end > start:
            continue
        if start - t.end > 30 or not _CONNECTOR.fullmatch(text[t.end : start]):
            return None
        m = _DATED.fullmatch(t.value)
        if m is None or not m.group(2):
            return None
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
    return None
