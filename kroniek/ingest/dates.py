"""Publication dates from metadata strings and from the text itself.

Values keep the wall-clock time the source wrote (the day a Dutch paper dates a story by); the
UTC offset, if any, stays in ``PublishedDate.raw``.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Iterable
from typing import Any

from ..extract.time_heading import HEADING_DATE, names_a_place_or_label
from ..lexicon import MONTHS, WEEKDAYS
from ..model import DateSource, Document, PublishedDate

_EN_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
_MONTH_NAMES = {**{k[:3]: v for k, v in _EN_MONTHS.items()}, **_EN_MONTHS, **MONTHS}
_MONTH_RE = "|".join(sorted(_MONTH_NAMES, key=len, reverse=True))
_WEEKDAY_RE = "|".join(sorted(WEEKDAYS, key=len, reverse=True))

_ISO = re.compile(
    r"(?P<y>\d{4})(?:[-/](?P<m>\d{1,2})(?:[-/](?P<d>\d{1,2})"
    r"(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2})(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|UTC|[+-]\d{2}:?\d{2})?)?)?)?"
)
_DMY = re.compile(
    r"(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4})(?:[ T,]+(?P<H>\d{1,2})[:.](?P<M>\d{2}))?"
)
_TEXTUAL = re.compile(
    rf"(?:(?:{_WEEKDAY_RE})\w*\.?,?\s+)?(?:(?P<d>\d{{1,2}})(?:e|st|nd|rd|th)?\s+)?"
    rf"(?P<m>{_MONTH_RE})\.?,?\s+(?:(?P<d2>\d{{1,2}}),?\s+)?(?P<y>\d{{4}})"
    r"(?:,?\s+(?:om\s+|at\s+)?(?P<H>\d{1,2})[:.](?P<M>\d{2})(?::\d{2})?(?:\s*uur)?)?",
    re.IGNORECASE,
)


def _make(
    y: int,
    m: int | None,
    d: int | None,
    hh: int | None,
    mm: int | None,
    source: DateSource,
    raw: str,
) -> PublishedDate | None:
    try:
        if m is None:
            dt.date(y, 1, 1)
            return PublishedDate(f"{y:04d}", "year", source, raw)
        if d is None:
            dt.date(y, m, 1)
            return PublishedDate(f"{y:04d}-{m:02d}", "month", source, raw)
        dt.date(y, m, d)
        if hh is None or mm is None:
            return PublishedDate(f"{y:04d}-{m:02d}-{d:02d}", "day", source, raw)
        dt.time(hh, mm)
        return PublishedDate(f"{y:04d}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}", "minute", source, raw)
    except ValueError:
        return None


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def parse_date(value: Any, source: DateSource = "metadata") -> PublishedDate | None:
    """Parse a date as metadata gives it (ISO 8601, RFC 2822, "12 maart 2021", 12-03-2021, ...).

    Returns None when the value is not a date we can read; the caller warns.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return _make(
            value.year, value.month, value.day, value.hour, value.minute, source, value.isoformat()
        )
    if isinstance(value, dt.date):
        return _make(value.year, value.month, value.day, None, None, source, value.isoformat())
    raw = str(value).strip()
    text = " ".join(raw.split())
    if m := _ISO.fullmatch(text):
        return _make(
            int(m["y"]), _int(m["m"]), _int(m["d"]), _int(m["H"]), _int(m["M"]), source, raw
        )
    if m := _DMY.fullmatch(text):
        return _make(int(m["y"]), int(m["m"]), int(m["d"]), _int(m["H"]), _int(m["M"]), source, raw)
    if re.match(r"[A-Za-z]{3},?\s+\d", text) or re.fullmatch(
        r"\d{1,2} [A-Za-z]{3} \d{4} \d.*", text
    ):
        tup = email.utils.parsedate_tz(text)
        if tup:
            y, mo, d, hh, mi = tup[0], tup[1], tup[2], tup[3], tup[4]
            return _make(y, mo, d, hh, mi, source, raw)
    if m := _TEXTUAL.fullmatch(text):
        month = _MONTH_NAMES[m["m"].lower()]
        day = _int(m["d"] or m["d2"])
        return _make(int(m["y"]), month, day, _int(m["H"]), _int(m["M"]), source, raw)
    return None


# "Nieuwsbericht | 06-01-2020 | 14:30": the kind and day a ministry's web item states (rijksoverheid.nl)
_ITEM_DATE = re.compile(
    r"(?P<kind>Nieuwsbericht|Persbericht|Toespraak|Kamerstuk(?::\s*\w+)?|Publicatie|Besluit|Rapport|Brief|Beantwoording"
    r"\s+Kamervragen)\s*\|\s*(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>\d{4})(?:\s*\|\s*\d{1,2}:\d{2})?",
    re.IGNORECASE,
)
# written questions not yet answered: "Vragen van het lid … (ingezonden 3 juni 2021)"
_ASKED = re.compile(
    rf"Vragen van (?:het lid|de leden)\b.{{0,400}}?\(ingezonden\s+(?P<d>\d{{1,2}})\s+(?P<m>{'|'.join(MONTHS)})\s+(?P<y>\d{{4}})\)",
    re.DOTALL,
)


# A ministry item's kind that says it is a letter ("Kamerstuk: Kamerbrief", "Brief").
_LETTER_ITEM = re.compile(r"(?:Kamerstuk:\s*)?(?:Kamer)?brief", re.IGNORECASE)


def find_item_line(paragraphs: list[str]) -> tuple[PublishedDate, bool] | None:
    """The day a ministry's web page states in its item line ("Kamerstuk: Kamerbrief |
    14-02-2020"), which page readers take as the page's date and leave out of the text, read from
    the page's own paragraphs (source "text", as the same line in a text); and whether the kind it
    names is a letter."""
    for para in paragraphs:
        m = _ITEM_DATE.fullmatch(para.strip())
        if m:
            date = _make(int(m["y"]), int(m["m"]), int(m["d"]), None, None, "text", para.strip())
            if date is not None:
                return date, bool(_LETTER_ITEM.fullmatch(m["kind"]))
    return None


def find_letter_date(text: str, max_lines: int = 25) -> PublishedDate | None:
    """Find the date line that heads a letter ("Utrecht, 12 maart 2021") in its first lines."""
    lines = [ln.strip() for ln in text.split("\n")[:max_lines]]
    for i, line in enumerate(lines):
        if line.rstrip(":") == "Datum" and i + 1 < len(lines):
            line = f"Datum {lines[i + 1]}"  # a letter's sidebar puts the label above the value
        # a heading names its place or the "Datum" label (extract.time_heading holds the one pattern)
        m = HEADING_DATE.fullmatch(line)
        if m is None and i < 3:
            # the heading run into the next paragraph ("Utrecht, 15 maart 2021 Geachte heer,"), as
            # a PDF of one-line paragraphs is read
            m = HEADING_DATE.match(line)
            m = m if m and re.match(r"\s+[A-Z]", line[m.end() :]) else None
        if m and names_a_place_or_label(m):
            return _make(int(m["y"]), MONTHS[m["m"].lower()], int(m["d"]), None, None, "text", line[: m.end()])
    return None


def find_stated_date(text: str, max_lines: int = 25) -> PublishedDate | None:
    """The day a government text states at its top: a letter's heading or "Datum" (see
    :func:`find_letter_date`), a ministry item's "Nieuwsbericht | 06-01-2020 | 14:30", or unanswered
    written questions' "(ingezonden 3 juni 2021)"."""
    letter = find_letter_date(text, max_lines)
    if letter is not None:
        return letter
    lines = [ln.strip() for ln in text.split("\n")[:max_lines]]
    for line in lines[:3]:
        m = _ITEM_DATE.fullmatch(line)
        if m:
            return _make(int(m["y"]), int(m["m"]), int(m["d"]), None, None, "text", line)
    asked = _ASKED.match(" ".join(ln for ln in lines[:6] if ln))
    if asked:
        raw = "ingezonden " + asked.group(0).rsplit("(ingezonden ", 1)[1].rstrip(")")
        return _make(int(asked["y"]), MONTHS[asked["m"]], int(asked["d"]), None, None, "text", raw)
    return None


# A text that starts " date 2021-03 " (or "date: 2021-03-12") carries its publication date in front.
_DATE_PREFIX = re.compile(r"\s*date:?[ \t]+(?P<v>\d{4}-\d{1,2}(?:-\d{1,2})?)[ \t\n]+")


def split_date_prefix(text: str) -> tuple[PublishedDate | None, str, str | None]:
    """Split a leading "date YYYY-MM[-DD]" marker off a text.

    Returns the date (None if absent or impossible), the rest of the text, and the raw marker
    value when it was there but not a real date (the caller warns).
    """
    m = _DATE_PREFIX.match(text)
    if not m:
        return None, text, None
    date = parse_date(m["v"], "metadata")
    return date, text[m.end() :], None if date else m["v"]


def date_window(min_year: int, max_ahead_days: int, today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The plausible publication window: 1 January of ``min_year`` up to today + ``max_ahead_days``."""
    today = today or dt.date.today()
    return dt.date(min_year, 1, 1), today + dt.timedelta(days=max_ahead_days)


def in_window(value: str, window: tuple[dt.date, dt.date]) -> bool:
    """Say whether a PublishedDate value ("2021", "2021-03", "2021-03-12T10:00") starts inside the window."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T\d{2}:\d{2})?)?)?", value or "")
    if not m:
        return False
    try:
        start = dt.date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        return False
    return window[0] <= start <= window[1]


def clear_outside(docs: Iterable[Document], window: tuple[dt.date, dt.date]) -> None:
    """Clear each document's publication date that starts outside ``window``: a store written
    before dates were checked may hold impossible ones, which no link may use."""
    for doc in docs:
        if doc.published is not None and not in_window(doc.published.value, window):
            doc.published = None
