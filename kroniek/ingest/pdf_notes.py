"""Footnotes in PDFs: raised reference numbers out of the words, note text out of the body.

Parliamentary papers cite their sources in footnotes: a small raised number after a word
("wachten?¹") and, at the foot of the page, the note in a smaller font ("¹ NOS, 12 juni
2021, …"). Left in, the number glues onto the word ("wachten?1", "Beiroet1") and the note
lands in the middle of a sentence that runs on to the next page. ``without_superscripts``
drops raised small digits from a page before its lines are read; ``split_footnotes`` takes the
small-print block that starts with a note number at the foot of a page off the body lines.
A letter in the government's house style sets its notes only a little smaller than its body
(8 pt under 9 pt Verdana) and raises the note's own number above its first line; on a page
whose text cites a note, such a block counts as well.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from typing import Any, Protocol, TypeVar

from ..sentences import split_sentences

SMALL = 0.85  # a character or line this much smaller than the page's body text is small print
CITED = 0.95  # on a page that cites a note (a raised number in the text), notes may be this size
# The number may be a line of its own, or set without a space before the note's first word
# (LibreOffice sets "1De resultaten …" in the note area, the number as large as the note).
_NOTE_START = re.compile(r"\d{1,3}(?:\s+\S|$|(?=[A-Z]))")
_GLUED_NUMBER = re.compile(r"(\d{1,3})(?=[A-Z][a-z])")


class NoteLine(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def top(self) -> float: ...
    @property
    def size(self) -> float: ...


L = TypeVar("L", bound=NoteLine)


def body_size(chars: Sequence[dict[str, Any]]) -> float:
    """The page's body font size: the most common size among its visible characters."""
    sizes = [round(float(c["size"]), 1) for c in chars if str(c.get("text", "")).strip()]
    return statistics.mode(sizes) if sizes else 0.0


def superscripts(chars: Sequence[dict[str, Any]], size: float) -> set[tuple[float, float, str]]:
    """Keys of the small digits raised above the word they follow (footnote references)."""
    small = [
        c for c in chars if str(c.get("text", "")).isdigit() and float(c["size"]) <= SMALL * size
    ]
    if not small:
        return set()
    big = [c for c in chars if float(c["size"]) > SMALL * size and str(c["text"]).strip()]
    found: set[tuple[float, float, str]] = set()
    reach = 0.4 * size  # a space may stand before the number ("182/2011. ¹³ Het kabinet")
    for c in sorted(small, key=lambda c: float(c["x0"])):
        left = _left_neighbour(c, big, reach)
        if left is not None and float(c["bottom"]) < float(left["bottom"]) - 0.15 * size:
            found.add(_key(c))
        elif _left_neighbour(c, [s for s in small if _key(s) in found], 1.5) is not None:
            found.add(_key(c))  # the next digit of a reference ("¹³")
    return found


def _left_neighbour(
    c: dict[str, Any], pool: list[dict[str, Any]], reach: float
) -> dict[str, Any] | None:
    x0, top, bottom = float(c["x0"]), float(c["top"]), float(c["bottom"])
    for o in pool:
        near = -0.5 <= x0 - float(o["x1"]) <= max(1.5, reach)
        if near and float(o["top"]) - 3 <= top and bottom <= float(o["bottom"]) + 1:
            return o
    return None


def _key(c: dict[str, Any]) -> tuple[float, float, str]:
    return (round(float(c["x0"]), 2), round(float(c["top"]), 2), str(c["text"]))


Mark = tuple[float, float, str]


def without_superscripts(page: Any) -> tuple[Any, float, set[Mark]]:
    """The page without its footnote reference numbers, its body font size, and the numbers'
    keys (x0, top, digit): a page that has any cites a note."""
    chars = page.chars
    size = body_size(chars)
    marks = superscripts(chars, size) if size else set()
    if not marks:
        return page, size, marks

    def keep(obj: dict[str, Any]) -> bool:
        return obj.get("object_type") != "char" or _key(obj) not in marks

    return page.filter(keep), size, marks


_CLOSING = ".,;:!?)"


def close_mark_gaps(text: str, chars: Sequence[dict[str, Any]], marks: set[Mark]) -> str:
    """The line's text without the space a dropped reference number left before punctuation:
    "berekende¹." read without its "¹" leaves a gap wide enough to read as a space
    ("berekende ."); a space the text itself has ("wachten? ¹ Het") stays."""
    if not marks or " " not in text:
        return text
    glyphs = [c for c in chars if str(c.get("text", "")).strip()]
    out: list[str] = []
    j = 0  # the glyph the text has reached
    for i, ch in enumerate(text):
        if ch.isspace():
            nxt = text[i + 1 : i + 2]
            if 0 < j < len(glyphs) and nxt in _CLOSING and nxt and _mark_between(glyphs[j - 1], glyphs[j], marks):
                continue
            out.append(ch)
            continue
        out.append(ch)
        if j < len(glyphs) and str(glyphs[j]["text"]) == ch:
            j += 1
    return "".join(out)


def _mark_between(before: dict[str, Any], after: dict[str, Any], marks: set[Mark]) -> bool:
    x0, x1 = float(before["x1"]) - 0.5, float(after["x0"]) + 0.5
    top, bottom = float(before["top"]) - 3, float(before["bottom"])
    return any(x0 <= mx <= x1 and top <= mtop <= bottom for mx, mtop, _ in marks)


def line_size(chars: Sequence[dict[str, Any]]) -> float:
    """A line's font size: the median of its characters' sizes."""
    sizes = [float(c["size"]) for c in chars if str(c.get("text", "")).strip()]
    return statistics.median(sizes) if sizes else 0.0


def split_footnotes(
    lines: list[L], size: float, height: float, cited: bool = False
) -> tuple[list[L], list[L]]:
    """Split a page's lines into body and footnotes (small print from a note number down).

    ``cited``: the page's text cites a note, so print a little smaller than the body counts.
    """
    if not size:
        return lines, []
    small = (CITED if cited else SMALL) * size
    for i, ln in enumerate(lines):
        if ln.top < 0.5 * height or ln.size > small or not _NOTE_START.match(ln.text):
            continue
        rest = lines[i:]
        if all(r.size <= small for r in rest):
            return lines[:i], rest
    return lines, []


def note_texts(lines: Sequence[NoteLine]) -> list[str]:
    """The footnote lines as text, a note number set on a line of its own joined to its note."""
    out: list[str] = []
    number = ""
    for ln in lines:
        if re.fullmatch(r"\d{1,3}", ln.text.strip()):
            number = ln.text.strip()
            continue
        text = _GLUED_NUMBER.sub(r"\1 ", ln.text, count=1) if _GLUED_NUMBER.match(ln.text) else ln.text
        out.append(f"{number} {text}" if number else text)
        number = ""
    return out


# ----------------------------------------------------------------- note numbers misread in the text

# OCR reads a raised note number as a mark glued to the word: "¹" as "!", "²" as "?" (often
# swallowing the full stop after it), or as a plain digit ("berekende1."). A mark directly before
# other punctuation ("berekende!.") is never Dutch punctuation.
# (The marks are OCR's readings of a digit, not sentence ends: kroniek.sentences finds those.)
_MARK_BEFORE_STOP = re.compile(r"(?<=[^\W\d_])(?:!|\?)(?=[.,;:])")
# A glued digit after a lower-case word, before punctuation or a space: "berekende1." "hinder2 en".
_GLUED_DIGIT = re.compile(r"(?<=[a-zà-ÿ]{3})(\d{1,3})(?=[.,;:)]|\s|$)")
# A mark closing a sentence ("handelsverkeer? Aan dat besluit"): a note in a sentence that asks
# nothing, one that opens on a subject (a pronoun or an article), not on a verb or question word.
_MARK_CLOSING = re.compile(r"(?<=[^\W\d_])(?:!|\?)(?=\s+[A-Z]|\s*$)")
_DECLARATIVE = frozenset({  # not "zijn": "Zijn er …?" asks
    "ik", "wij", "we", "zij", "ze", "hij", "het", "de", "een", "dit", "dat", "deze", "die", "er",
    "mijn", "ons", "onze", "uw", "haar", "hun",
})  # fmt: skip


def note_numbers(notes: Sequence[str]) -> list[int]:
    """The numbers the notes start with, in order ("1 De resultaten …" → 1)."""
    return [int(m[1]) for n in notes if (m := re.match(r"\s*(\d{1,3})\b", n))]


def misread_references(text: str, numbers: Sequence[int], scanned: bool) -> str:
    """The text without note references read as marks or glued digits.

    Any PDF with notes: a "!" or "?" glued to a word before other punctuation goes. A PDF whose
    references were not found raised (a scan's text layer; ``scanned``): the notes' numbers are
    taken in order; a digit glued to a word that is the next number goes, and in a scan a "!" or
    "?" closing a sentence that opens on a subject (no question) becomes the full stop it
    swallowed.
    """
    if not numbers:
        return text
    text = _MARK_BEFORE_STOP.sub("", text)
    if not scanned:
        return text
    todo = sorted(set(numbers))
    out: list[str] = []
    last = 0
    for m in _candidates(text):
        if not todo:
            break
        if m.re is _GLUED_DIGIT and int(m[1]) != todo[0]:
            continue
        if m.re is _MARK_CLOSING and not _declarative(text, m.start()):
            continue
        out.append(text[last : m.start()] + ("." if m.re is _MARK_CLOSING else ""))
        last = m.end()
        todo.pop(0)
    return "".join(out) + text[last:]


def _candidates(text: str) -> list[re.Match[str]]:
    found = [*_GLUED_DIGIT.finditer(text), *_MARK_CLOSING.finditer(text)]
    return sorted(found, key=lambda m: m.start())


def _declarative(text: str, end: int) -> bool:
    """Whether the sentence that ends at ``end`` opens on a subject: "Ik heb …", "De minister
    heeft …" (not "Deelt u …", "Wanneer komt …", nor "Is het …")."""
    first = max(0, end - 1000)
    sentences = split_sentences(text[first:end])
    if not sentences or (first > 0 and len(sentences) == 1):
        return False  # the sentence began before the window: its first word is unknown
    words = text[first + sentences[-1][0] : end].split()
    return len(words) >= 3 and words[0].lower() in _DECLARATIVE
