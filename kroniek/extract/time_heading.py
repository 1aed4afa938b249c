"""Letter-heading dates: one pattern, read by two policies.

A Dutch letter or official text states its day on a line of its own near the top: "Utrecht, 12
maart 2021", "Den Haag, maandag 6 januari 2020", "Datum 12 maart 2021", "Datum: 8 juni 2020", or the
date alone. :data:`HEADING_DATE` reads all of these; the callers decide what counts:

- ``ingest.dates.find_letter_date`` wants a place or the "Datum" label (a bare date line in a
  letter may be anything), in the first lines, possibly run into the next text by a PDF reader;
- ``extract.docdate`` takes any such line in the first few hundred characters, as long as it falls
  inside the period the metadata allows.
"""

from __future__ import annotations

import datetime as dt
import re

from ..lexicon import MONTHS, WEEKDAYS

__all__ = ["HEADING_DATE", "heading_day", "names_a_place_or_label"]

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_RE = "|".join(sorted(WEEKDAYS, key=len, reverse=True))

HEADING_DATE = re.compile(
    rf"(?:(?P<label>datum|date|gedateerd)\s*:?\s*|(?P<place>(?:['’]s-)?[A-Z][\w'’.\- ]{{1,40}}),\s*)?"
    rf"(?:(?:{_WEEKDAY_RE})\w*\s+)?"
    rf"(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH_RE})\.?\s+(?P<y>\d{{4}})",
    re.IGNORECASE,
)


def heading_day(m: re.Match[str]) -> dt.date | None:
    """The day a heading match states, or None when it is no calendar day."""
    try:
        return dt.date(int(m["y"]), MONTHS[m["m"].lower()], int(m["d"]))
    except ValueError:
        return None


def names_a_place_or_label(m: re.Match[str]) -> bool:
    """True for "Utrecht, 12 maart 2021" and "Datum 12 maart 2021"; False for a bare date or "Date:"."""
    return bool(m["place"]) or (m["label"] or "").lower() == "datum"
