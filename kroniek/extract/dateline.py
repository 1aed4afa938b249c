"""The dateline that opens a news line: "VELDHOVEN - ", "DEN HAAG – ", "ASSEN (ANP) - ".

One reader for every extractor: the events read the dateline's place as the event's place (never a
participant), the quotes never take it for a speaker, the labels skip it.
"""

from __future__ import annotations

import re

__all__ = ["DATELINE", "dateline_at", "is_dateline_place"]

# A regional dateline in capitals opening a line: "VELDHOVEN - ", "DEN HAAG – ", "ASSEN (ANP) - ".
DATELINE = re.compile(
    r"(?m)^[ \t]*([A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:[ \t]+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){0,3})"
    r"(?:[ \t]*\([A-Za-z]{2,6}\))?[ \t]*[-–—][ \t]*"
)


def dateline_at(text: str, start: int) -> tuple[int, int, int] | None:
    """The dateline a span starting at ``start`` opens: (place start, place end, dateline end), the
    place being the capitals ("DEN HAAG") and the end where the sentence's own words begin."""
    line = text.rfind("\n", 0, start) + 1
    m = DATELINE.match(text, line)
    if m is None or not (m.start(1) <= start < m.end()) or len(m.group(1)) < 3:
        return None
    return m.start(1), m.end(1), m.end()


def is_dateline_place(text: str, start: int, end: int) -> bool:
    """ "BOXTEL - „…”": the span is the whole place of the dateline its line opens with."""
    d = dateline_at(text, start)
    return d is not None and d[:2] == (start, end)
