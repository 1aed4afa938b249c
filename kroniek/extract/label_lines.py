"""Label and heading lines: a line that only names what follows, never a sentence that tells something.

Documents set labels and one-word headings on a line of their own: written questions number their
parts "Vraag 1" / "Antwoord 1", a letter heads a section "Belangen", a list "Bijlage II". The
document model keeps them as lines of the text (as it keeps Markdown and HTML headings: their own
line), so the extractors decide: such a line is no sentence for events ("Vraag" is an imperative to
Frog) and its common word is no entity (alone on its line and capitalised, "Belangen" looks like a
name to the CRF; so is a news subheading of one or two common words, "Illusie", "Zware Tijden"). A
name alone on a line ("Grinwis" under a motion) stays a name.

A label line is a whole line of one word, optionally followed by a number or a Roman numeral and a
colon, with no sentence punctuation: "Vraag 1", "Antwoord 12", "Belangen", "Bijlage II", "Besluit:".
"""

from __future__ import annotations

import re

from ..ingest.hyphen import load_wordlist
from ..link.geo import resolve_place
from ..model import Mention

__all__ = ["is_label_line", "common_word_label"]

_LABEL = re.compile(r"[^\W\d_][^\W\d_’'-]*(?:\s+(?:\d{1,3}[a-z]?|[IVXLC]{1,6}))?:?")
_WORD = re.compile(r"[^\W\d_][^\W\d_’'-]*")


def _line(text: str, start: int, end: int) -> str | None:
    """The stripped line a span fills, or None when the line holds more than the span."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    if text[lo:start].strip() or text[end:hi].strip():
        return None
    return text[start:end].strip()


def is_label_line(text: str, start: int, end: int) -> bool:
    """Say whether the span ``start:end`` is a whole line that is a label or a one-word heading."""
    line = _line(text, start, end)
    return line is not None and _LABEL.fullmatch(line) is not None


def common_word_label(text: str, m: Mention) -> bool:
    """A mention that is a heading or label line of common words, not a name: the line holds only
    the mention (one or two words, "Illusie", "Zware Tijden") or is a label line ("Belangen",
    "Antwoord 1"), every word is one the Dutch word list knows in lower case only (a common word
    capitalised as the line's start), the words are no known place ("Den Haag") and the text does
    not write them elsewhere with their capitals ("Staat" beside "volgens de Staat"). Not
    "Grinwis", "Oekraïne" (names), "Max", "Zweden" (the list knows them capitalised too), nor a
    dateline in capitals ("ASSEN")."""
    lo = text.rfind("\n", 0, m.start) + 1
    hi = text.find("\n", m.end)
    hi = len(text) if hi < 0 else hi
    surface = text[m.start : m.end]
    found = _WORD.findall(surface)
    whole = text[lo:hi].strip() == surface.strip() and len(surface.split()) <= 2
    if not found or not (whole or is_label_line(text, lo, hi)):
        return False
    words = load_wordlist()
    if not all(_common(w, words.exact) for w in found):
        return False
    return resolve_place(surface) is None and text.count(surface) == 1


def _common(word: str, exact: frozenset[str]) -> bool:
    """A word the list knows in lower case and not as written (capitalised), not all capitals."""
    return not word.isupper() and word.lower() in exact and word not in exact
