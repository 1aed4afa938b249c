"""Sentence boundaries for the whole package: Frog's sentences where Frog ran, one plain-text split
otherwise.

Every reader of sentences asks here: quotes and coreference (``document_sentences``), search
and the web pages (``document_sentences``) and ``kroniek show`` (``split_sentences``: an export
carries no Frog layer). The time tagger's tense windows are Frog's sentences where its tokens
are given, else the plain split's, cut at line breaks and joined across a closing quote mark
(``tense_windows``). Document dating compares the plain split's sentences cut again at line
breaks and before a lower-case word (``sentence_pieces``), for the reasons its function gives.
Reflowing a PDF's lines and cutting Frog's requests ask ``ends_sentence`` and ``boundaries``.

Frog's sentences are repaired where Frog cuts a quote from its cue: a closing quote mark that
Frog put at the start of the next sentence ("… gemaakt.” Hij") ends the sentence before; a
sentence that opens with a comma ("„Klaar?”, vraagt ze", "in de V. S., wat …") or with a
lower-case word right after a closing quote mark continues the sentence before it, and so does a
lower-case sentence after an initial or an abbreviation ("in de V. S. voor …"). A quote opening
after end punctuation inside a Frog sentence starts a new one ("…”, verklaarde T. „De profeet …").

Without Frog, text is split at end punctuation followed by a capital, a digit or an opening
quote mark (so neither "12.00 uur" nor "1.500 banen" nor "dhr. Jansen" nor "10 u. 30" ends a
sentence) and at blank lines.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Document, Token

Span = tuple[int, int]

SENT_END = re.compile(
    r"[.!?…]+[\"”’'»]*(?=\s+(?:(?:,,|[\"„“‘'«(])?[A-Z0-9À-ÖØ-Þ]|[\"„“‘]?['’][st]\s))|[.!?]+[\"”’'»]*$|\n\s*\n"
)

# Abbreviations whose period does not end a sentence ("VS" is deliberately absent: "de VS.")
ABBREV = frozenset(
    [
        "dhr", "mevr", "mw", "mr", "dr", "drs", "ir", "ing", "prof", "bijv", "o.a", "m.a.w", "ca", "nr",
        "st", "jl", "a.s", "e.d", "etc", "blz", "resp", "d.w.z", "z.g.a.n", "gen", "lt", "kol", "sr", "jr",
    ]
)  # fmt: skip

# a text (a word, a line) that ends a sentence: an end mark, then closing quote marks or brackets
_ENDS = re.compile(r"[.!?…][\"”’'»)\]]*$")

_LINE_BREAK = re.compile(r"\n")

# closing quote marks (a sentence Frog ends after one may go on: "„Klaar?”, vraagt ze")
_CLOSING = frozenset("”’\"'»›“‘")
# an offset opens a sentence, a line or a quotation when the few characters before it end one
_OPENS = re.compile(r"(?:^|[.!?:„\"“]|\n)\s*$")


def split_sentences(text: str) -> list[Span]:
    """The plain-text split: sentence spans at end punctuation and paragraph breaks."""
    out: list[Span] = []
    start = 0
    for m in SENT_END.finditer(text):
        end = m.end()
        if m.group().startswith(".") and _short_word_ends(text[start : m.start()].rstrip()):
            continue
        if text[start:end].strip():
            s = start + (len(text[start:end]) - len(text[start:end].lstrip()))
            # a paragraph break ends the sentence before the blank lines
            out.append((s, end if text[m.start() : end].strip() else m.start()))
        start = end
    if text[start:].strip():
        s = start + (len(text[start:]) - len(text[start:].lstrip()))
        out.append((s, len(text.rstrip())))
    return [(s, e) for s, e in out if e > s]


def ends_sentence(text: str) -> bool:
    """True when ``text`` (a word, a line) ends with a sentence's end mark ("zei hij.”", "(ANP)."):
    where reflowing a PDF's lines and cutting Frog's requests may break."""
    return _ENDS.search(text) is not None


def boundaries(text: str) -> list[int]:
    """Where a new sentence starts inside ``text`` (the plain split's starts after the first): the
    places to cut a long text without cutting a sentence."""
    return [s for s, _ in split_sentences(text)[1:]]


def sentence_pieces(text: str) -> list[Span]:
    """The short pieces document dating compares (``extract.docdate``, ``link.dates``): the plain
    split's sentences, cut again at every line break and where an end mark is followed by a
    lower-case word. Its rule that two pieces sharing two content words tell one happening was
    set on short pieces, and two wider cuts were tried and measured (session 4):

    - whole sentences (Frog's or ``split_sentences``): a hard-wrapped letter's lines become one
      sentence, and the rule pairs unrelated ones (tests/link/test_incremental.py, stories B³
      0.81 under its 0.95 floor: a May 2019 report's "gisteren" dated by the January 2020 letter
      through "Amerikaanse" and "generaal");
    - ``split_sentences`` cut again at every line break only: ``kroniek eval dates`` gives the
      within-document solver one wrong day (corpus_apple/190356): the plain split does not end a
      sentence before a lower-case word, so a full stop followed by "iPhone" or "iOS" joined two
      statements into one piece, with the other one's dates.

    With the cut before a lower-case word too, both hold (the same figures as the lines-and-full-
    stops pieces dating had before, which also cut at "dhr." and initials)."""
    out: list[Span] = []
    for s, e in split_sentences(text):
        for m in _PIECE_CUT.finditer(text, s, e):
            if text[s : m.start()].strip():
                out.append((s, m.start()))
            s = m.end()
        if text[s:e].strip():
            out.append((s, e))
    return out


_PIECE_CUT = re.compile(r"\n|(?<=[.!?])\s+(?=[a-zà-ÿ])")


def tense_windows(text: str, tokens: Sequence[Token] | None = None) -> list[int]:
    """Where the time tagger's tense and clause windows end (``extract.time_tense``): at the ends of
    the document's sentences (Frog's, repaired, where its tokens are given; else the plain split)
    and at every line break, except after a closing quote mark ("… angstig.” De …"): a quoted
    sentence and the one after it share a window, which the direction rules lean on. Ending
    windows there too loses one leestmeer-dev value ("na de explosie van donderdag" in a
    present-tense sentence after a past quote: 1,180 → 1,179 right)."""
    spans = repaired(text, token_spans(tokens)) if tokens else split_sentences(text)
    ends = {end for _, end in spans if text[end - 1] not in _CLOSING}
    ends.update(m.end() for m in _LINE_BREAK.finditer(text))
    return sorted(ends)


def token_spans(tokens: Sequence[Token]) -> list[Span]:
    """Frog's sentences as spans, from its tokens' sentence index (for readers with tokens only)."""
    spans: dict[int, Span] = {}
    for t in tokens:
        s, e = spans.get(t.sent, (t.start, t.end))
        spans[t.sent] = (min(s, t.start), max(e, t.end))
    return sorted(spans.values())


def document_sentences(doc: Document) -> list[Span]:
    """The document's sentences: Frog's layer (repaired) where Frog ran, else ``split_sentences``."""
    if not doc.sentences:
        return split_sentences(doc.text)
    return repaired(doc.text, [(s.start, s.end) for s in doc.sentences])


def repaired(text: str, frog: Sequence[Span]) -> list[Span]:
    """Frog's sentence spans with quotes kept with their cues (module docstring)."""
    out: list[Span] = []
    for start, end in _opening_quote_splits(text, frog):
        if out:
            start = _own_closers(text, out, start, end)
        if start >= end:
            continue
        if out and _continues(text, out[-1][1], start):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


# "…, verklaarde T. „De profeet …”": Frog read the initial's period as no sentence end, but a
# new quote opening after end punctuation starts a new sentence
_NEW_QUOTE = re.compile(r"(?<=[.!?])\s+(?=[„“]\w)")


def _opening_quote_splits(text: str, spans: Sequence[Span]) -> list[Span]:
    """Frog's sentences, cut where a quote opens after end punctuation inside one."""
    out: list[Span] = []
    for start, end in spans:
        for m in _NEW_QUOTE.finditer(text, start, end):
            out.append((start, m.start()))
            start = m.end()
        out.append((start, end))
    return out


def sentence_at(spans: Sequence[Span], offset: int) -> int:
    """Index of the sentence holding ``offset`` (spans in text order), or -1 between sentences."""
    i = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return i if i >= 0 and spans[i][0] <= offset < spans[i][1] else -1


def opens_sentence(text: str, i: int) -> bool:
    """True when offset ``i`` starts a sentence, a line or a quotation (a capital there may be one
    only because of that): the local test where no split is at hand."""
    return i == 0 or _OPENS.search(text[max(0, i - 4) : i]) is not None


def _own_closers(text: str, out: list[Span], start: int, end: int) -> int:
    """Give closing marks opening a sentence ("” Hij …") to the sentence before; the new start."""
    k = start
    while k < end and text[k] in "”’\"'»" and (k + 1 == len(text) or not text[k + 1].isalnum()):
        k += 1
    if k == start or text[out[-1][1] : start].strip():
        return start
    out[-1] = (out[-1][0], k)
    while k < end and text[k].isspace():
        k += 1
    return k


def _continues(text: str, prev_end: int, start: int) -> bool:
    between = text[prev_end:start]
    if "\n" in between or start >= len(text):
        return False
    before = text[:start].rstrip()
    first = text[start]
    if not before:
        return False
    if first in ",;" or (before[-1] in _CLOSING and first.islower()):
        return True  # no sentence opens with a comma
    # "in de V. S. voor verkoop": Frog ended the sentence at an initial or an abbreviation
    short = before[-1] == "." and _short_word_ends(before[:-1])
    return short and (first.islower() or first.isdigit())


def _short_word_ends(text: str) -> bool:
    """True when ``text`` ends in an abbreviation or an initial (a period after it ends no sentence)."""
    last = _LAST_WORD.search(text)
    word = last.group().lower().rstrip(".") if last else ""
    return word in ABBREV or (len(word) == 1 and word.isalpha())


_LAST_WORD = re.compile(r"[\w.]+$")


# ---------------------------------------------------------------- local tests around an offset
# Where a reader has no split at hand (a few characters before a name or a quote, a window of
# text), these answer from the characters alone. Each keeps the marks its reader was measured
# with (session 8: moving the readers here changed no figure).

_ENDS_IN_MARK = re.compile(r"[.!?…]\W*$")
_CLAUSE_CUT = re.compile(r"[.!?:;]")
_FOLLOWS_END = re.compile(r"(?:^|[.!?:\n][\"”’]?\s*)$")
_DASH_END = re.compile(r"\s[-–]\s$")
_LOCAL_END = re.compile(r"[.!?]\s|\n")
_CROSSES_END = re.compile(r"[.!?\n]")
_SO_FAR_CUT = re.compile(r"[.!?…][\"'”’]?\s+")


def ends_in_mark(text: str) -> bool:
    """True when ``text`` ends in an end mark with no word character after it ("Klaar.”",
    "Echt?! "): a quoted sentence rather than a quoted phrase (``extract.quotes.direct``)."""
    return _ENDS_IN_MARK.search(text) is not None


def clause_tail(text: str, lines: bool = False) -> str:
    """The part of ``text`` after its last end mark, colon or semicolon (and line break with
    ``lines``): the clause the words right before an offset belong to ("… in een café. „Ik")."""
    tail = _CLAUSE_CUT.split(text)[-1]
    return tail.rsplit("\n", 1)[-1] if lines else tail


def follows_end(before: str, dash: bool = False) -> bool:
    """True when what comes after ``before`` opens a sentence or a line: ``before`` is empty or
    ends in an end mark, a colon or a line break (then maybe a closing quote mark and spaces);
    with ``dash`` also a dash between spaces ("Amsterdam - Energiebedrijf …")."""
    return _FOLLOWS_END.search(before) is not None or dash and _DASH_END.search(before) is not None


def sentence_around(text: str, start: int, end: int) -> Span:
    """The sentence around ``text[start:end]`` (a quotation) by the local test, an end mark before
    a space or a line break: from after the last such end before ``start`` to the first one
    after ``end``."""
    before = max((m.end() for m in _LOCAL_END.finditer(text, 0, start)), default=0)
    ahead = _LOCAL_END.search(text, end + 1)
    return before, ahead.start() if ahead else len(text)


def crosses_end(text: str) -> bool:
    """True when ``text`` (the gap between two words) holds an end mark or a line break."""
    return _CROSSES_END.search(text) is not None


def sentence_so_far(text: str, i: int) -> str:
    """The text of the sentence holding offset ``i`` up to ``i``, by the local test: after the
    last line break and the last end mark (maybe with a closing quote mark) before spaces."""
    return _SO_FAR_CUT.split(text[:i].rsplit("\n", 1)[-1])[-1]
