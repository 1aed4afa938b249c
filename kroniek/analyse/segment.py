"""Turn text into bounded Frog requests of lines, breaking overlong unpunctuated runs first.

Frog runs with ``-n``: every input line ends a sentence (Frog still splits sentences inside a
line at punctuation), while blank lines alone do not end one in server mode. So a headline
must be a line of its own, a hard-wrapped paragraph must be joined into one line, and an
overlong run is cut by starting a new line. Everything here changes whitespace only: the lines,
read in order and ignoring whitespace, are exactly the input text, so Frog's tokens still align
to the original characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..sentences import boundaries, ends_sentence

_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
_WORD = re.compile(r"\S+")
# Good places to break an overlong run: after a clause mark.
_CLAUSE_END = re.compile(r"[,;:)\]–—-]['\"”’»]*$")
# A line at least this long that does not end a sentence was probably wrapped by a PDF or mail
# client, so its newline is not a boundary.
WRAPPED_LINE_CHARS = 40


def split_long_runs(line: str, max_words: int) -> list[str]:
    """Cut a line wherever more than max_words words pass without a sentence end.

    Cuts go after the last clause mark (comma, semicolon, colon, dash, bracket) in the second
    half of the window, else after max_words words.
    """
    words = list(_WORD.finditer(line))
    if max_words <= 0 or len(words) <= max_words:
        return [line]
    breaks: list[int] = []  # cut after words[k]
    run_start = 0
    for i, w in enumerate(words):
        if ends_sentence(w.group()):
            run_start = i + 1
        elif i - run_start + 1 > max_words:
            window = range(i - 1, run_start + max_words // 2 - 1, -1)
            cut = next((k for k in window if _CLAUSE_END.search(words[k].group())), i - 1)
            breaks.append(cut)
            run_start = cut + 1
    pieces: list[str] = []
    pos = 0
    for k in breaks:
        pieces.append(line[pos : words[k].end()])
        pos = words[k + 1].start()
    pieces.append(line[pos:])
    return pieces


def _paragraph_lines(par: str) -> Iterator[str]:
    """Join wrapped lines of a paragraph; keep short or sentence-final lines (headlines) apart."""
    current: list[str] = []
    for raw in par.split("\n"):
        line = raw.strip()
        if not line:
            continue
        current.append(line)
        if len(line) < WRAPPED_LINE_CHARS or ends_sentence(line):
            yield " ".join(current)
            current = []
    if current:
        yield " ".join(current)


def frog_lines(text: str, max_words: int) -> list[str]:
    """The lines Frog should see for a text: one per paragraph or headline, overlong runs cut."""
    lines: list[str] = []
    for par in _PARAGRAPH_BREAK.split(text):
        for line in _paragraph_lines(par):
            lines.extend(p for p in split_long_runs(line, max_words) if p.strip())
    return lines


def _split_big_line(line: str, max_chars: int) -> Iterator[str]:
    """Cut a line longer than max_chars at sentence ends (else at a space)."""
    while len(line) > max_chars:
        window = line[:max_chars]
        cut = max(boundaries(window), default=-1)
        if cut < max_chars // 4:
            ws = window.rfind(" ")
            cut = ws + 1 if ws > 0 else max_chars
        yield line[:cut].strip()
        line = line[cut:]
    if line.strip():
        yield line.strip()


def request_chunks(text: str, max_words: int, max_chars: int) -> Iterator[str]:
    """Yield Frog requests (newline-terminated lines) of at most about max_chars characters each."""
    batch: list[str] = []
    size = 0
    for line in frog_lines(text, max_words):
        for piece in _split_big_line(line, max_chars):
            if batch and size + len(piece) > max_chars:
                yield "".join(batch)
                batch, size = [], 0
            batch.append(piece + "\n")
            size += len(piece) + 1
    if batch:
        yield "".join(batch)
