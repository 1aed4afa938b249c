"""Turn decoded text into the cleaned text every annotation layer points into.

Steps, in order (``clean_text``):

1. repair encoding damage with ftfy (mojibake such as "geÃ«ngageerd"), Unicode NFC;
2. normalise whitespace: CR/LF, NBSP and other spaces become a plain space, zero-width and
   bidi marks and control characters go, soft hyphens are honoured at line ends and dropped;
3. normalise quote characters (mapping below);
4. if the text is hard-wrapped (a PDF letter, a mail), rejoin hyphenated line breaks and reflow
   lines into paragraphs; otherwise every non-empty line is one paragraph;
5. paragraphs are separated by exactly one blank line ("\\n\\n"); a line break inside a
   paragraph ("\\n") is kept only where the layout meant it (signature blocks, list items).

Quote mapping (opening and closing stay distinct; a quote extractor relies on it):

====================================  ======  ===========================================
input                                 output  why
====================================  ======  ===========================================
``,,`` before a word                  „       Dutch typewriter opening quote
„                                     „       Dutch low opening quote, kept
“  ‟  ``  ‘‘  «                       “       high opening double quote
”  ’’  ''  »                          ”       closing double quote
``"`` after a space/bracket/start     “       opening by position
``"`` elsewhere                       ”       closing by position (so „...” pairs up)
‘  ‚  ‛  ` (not between letters)      ‘       opening single quote
’  ´ and ' between letters            ’       closing single quote and apostrophe
' or ‘ in 's 't 'n 'k 'm 'r '95       ’       Dutch elisions are apostrophes
``'`` after a space/bracket/start     ‘       opening by position
``'`` elsewhere                       ’       closing by position
====================================  ======  ===========================================
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import ftfy

from ..sentences import ends_sentence
from .hyphen import WordList, is_suspended_hyphen, keep_hyphen, load_wordlist

_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, normalization="NFC", explain=False)
_FTFY_NO_DECODE = _FTFY._replace(fix_encoding=False)
# UTF-8 misread as Windows-1252/Latin-1 always shows one of these; without them, re-decoding
# only risks "repairing" rare but correct sequences such as a quote before "ë".
_MOJIBAKE = re.compile(r"Ã|Â[\u00a0-\u00bf]|â€")

# Spaces that are not U+0020 but mean one (NBSP, narrow NBSP, en/em spaces, ideographic space).
_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Invisible characters that only disturb offsets and matching.
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")

_CLOSERS = "”’\"'»)]"
_BULLET = re.compile(r"^(?:[•·▪◦●■*–—-]|\d{1,2}[.)]|[a-z][.)])\s")
# Line-end hyphens: hyphen-minus, U+2010, soft hyphen, and "¬" that OCR and some PDFs use.
_HYPHENS = "-\u2010\u00ad\u00ac"
# "Pagina 2 van 5" left in text extracted from a PDF by another tool
_PAGE_MARK = re.compile(r"(?:pagina|page|blad)\s+\d{1,4}\s+(?:van|of|/)\s+\d{1,4}", re.IGNORECASE)
_INITIALS = re.compile(r"(?:[A-Z][a-z]{0,2}\.)+\s?[A-Z]")


@dataclass(frozen=True, slots=True)
class CleanResult:
    """Cleaned text and what cleaning noticed about it."""

    text: str
    warnings: tuple[str, ...] = ()
    hard_wrapped: bool = False


def fix_unicode(text: str) -> str:
    """Repair mojibake and normalise to NFC, leaving quote characters alone."""
    config = _FTFY if _MOJIBAKE.search(text) else _FTFY_NO_DECODE
    return unicodedata.normalize("NFC", ftfy.fix_text(text, config=config))


def normalize_whitespace(text: str) -> str:
    """Make line ends "\\n", spaces plain, and drop invisible and control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\u0085", "\n")
    text = _SPACES.sub(" ", text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    # A soft hyphen is a hyphenation point: at a line end it joins, elsewhere it is invisible.
    text = re.sub(r"\u00ad[ \t]*\n[ \t]*", "", text)
    text = text.replace("\u00ad", "")
    lines = [re.sub(r" {2,}", " ", ln).strip() for ln in text.split("\n")]
    return "\n".join(lines)


_OPEN_CTX = r"(?:^|(?<=[\s(\[{\u2013\u2014/]))"


def normalize_quotes(text: str) -> str:
    """Map the many quote characters onto one opening/closing set (see module docstring)."""
    # Two-character forms first.
    text = re.sub(_OPEN_CTX + r",,(?=\S)", "„", text, flags=re.M)
    text = re.sub(r"``|‘‘", "“", text)
    text = re.sub(_OPEN_CTX + r"''(?=\S)", "“", text, flags=re.M)
    text = re.sub(r"''|’’", "”", text)
    text = text.replace("‟", "“").replace("«", "“").replace("»", "”")
    text = text.replace("‚", "‘").replace("‛", "‘")
    # Apostrophes: between letters, and the Dutch elisions ('s avonds, 't, 'n, '95).
    text = re.sub(r"(?<=\w)['`´‘](?=\w)", "’", text)
    text = re.sub(_OPEN_CTX + r"['‘`](?=(?:s|t|n|k|m|r|ns)\b|\d\d\b)", "’", text, flags=re.M)
    # Straight quotes by position: after start/space/bracket they open, elsewhere they close.
    text = re.sub(_OPEN_CTX + r'"(?=\S)', "“", text, flags=re.M)
    text = text.replace('"', "”")
    text = re.sub(_OPEN_CTX + r"['`](?=\S)", "‘", text, flags=re.M)
    text = text.replace("'", "’").replace("`", "‘")
    # Pairs can only appear now from mixed input ("'‘"); fold them like the two-character forms.
    return text.replace("‘‘", "“").replace("’’", "”")


def is_heading(line: str) -> bool:
    """Say whether a line reads as a heading: short, one line, no final punctuation."""
    line = line.strip()
    if not line or "\n" in line or len(line) > 90 or len(line.split()) > 12:
        return False
    if not any(c.isalpha() for c in line):
        return False
    core = line.rstrip(_CLOSERS)
    return bool(core) and core[-1] not in ".!?…,;:"


def is_hard_wrapped(text: str) -> bool:
    """Say whether lines were wrapped at a fixed width (so single newlines are not paragraph ends)."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if len(lines) < 4:
        return False
    lens = sorted(len(ln) for ln in lines)
    width = lens[int(0.9 * (len(lens) - 1))]
    if not 25 <= width <= 160:
        return False
    full = [ln for ln in lines if len(ln) >= 0.6 * width]
    if len(full) < 3:
        return False
    open_ends = sum(1 for ln in full if not ends_sentence(ln))
    hyphen_ends = sum(1 for ln in full if len(ln) > 1 and ln[-1] in _HYPHENS and ln[-2].isalpha())
    return open_ends / len(full) >= 0.5 or hyphen_ends >= 2


def _line_break_kind(prev: str, line: str, width: int, after: str = "") -> str:
    """How two consecutive physical lines connect: "para", "line" or "join".

    ``after`` is the line after ``line`` (empty at a paragraph end), to recognise ``line`` as a
    heading that directly follows a paragraph ending in a full line.
    """
    if _BULLET.match(line):
        return "line"
    if (
        ends_sentence(prev)
        and is_heading(line)
        and (
            not after
            or (_is_short(line, after, width) and (after[0].isupper() or after[0].isdigit()))
        )
    ):
        return "para"
    if prev[-1] == "," and _INITIALS.match(line):
        return "line"  # a signature: "De Staatssecretaris van ...," then "J.A. Jansen"
    # Would the next line's first word have fitted? Then the break was chosen, not forced.
    # Proportional fonts make character counts vary, hence the margins below the width.
    measure = len(prev) + 1 + len(line.split(" ", 1)[0])
    if ends_sentence(prev) and measure <= 0.93 * width:
        return "para"
    if measure > 0.85 * width:
        return "join"
    if prev[-1] in ",;:":
        return "line"  # signature blocks ("De Minister van ...,"), list introductions
    if is_heading(prev) and (line[0].isupper() or line[0].isdigit() or line[0] in "„“‘("):
        return "para"
    return "join"


def _is_short(prev: str, line: str, width: int) -> bool:
    return len(prev) + 1 + len(line.split(" ", 1)[0]) <= 0.85 * width


def reflow(text: str, words: WordList | None = None) -> str:
    """Rejoin hard-wrapped lines into paragraphs and de-hyphenate the line breaks.

    Blank lines always end a paragraph. Without one, a line ends its paragraph when the first
    word of the next line would have fitted on it (so the break was meant) and it ends a
    sentence or is a heading; short lines ending in "," ";" ":" keep their line break.
    """
    words = words if words is not None else load_wordlist()
    lines = [ln.strip() for ln in text.split("\n") if not _PAGE_MARK.fullmatch(ln.strip())]
    lens = sorted(len(ln) for ln in lines if ln)
    if not lens:
        return ""
    width = max(lens[int(0.9 * (len(lens) - 1))], 30)
    paras: list[str] = []
    cur = ""
    prev: str | None = None
    for i, line in enumerate(lines):
        if not line:
            if cur:
                paras.append(cur)
            cur, prev = "", None
            continue
        if prev is None:
            cur, prev = line, line
            continue
        after = lines[i + 1] if i + 1 < len(lines) else ""
        kind = _line_break_kind(prev, line, width, after)
        if kind == "para":
            paras.append(cur)
            cur = line
        elif kind == "line":
            cur += "\n" + line
        elif prev[-1] in _HYPHENS and len(prev) > 1 and prev[-2].isalnum() and line[0].isalnum():
            left = re.split(r"[\s(\[„“‘/]", cur[:-1])[-1]
            soft = prev[-1] == "\u00ad"
            if not soft and is_suspended_hyphen(left, line):
                cur = cur[:-1] + "- " + line  # "wet-⏎en regelgeving": a suspended part
                prev = line
                continue
            sep = "" if soft or not keep_hyphen(left, line.split(" ", 1)[0], words) else "-"
            cur = cur[:-1] + sep + line
        else:
            cur += " " + line
        prev = line
    if cur:
        paras.append(cur)
    return "\n\n".join(paras)


def clean_text(text: str, *, hard_wrapped: bool | None = None) -> CleanResult:
    """Clean decoded text into paragraphs separated by blank lines (see the module docstring).

    ``hard_wrapped`` forces (True) or forbids (False) reflowing; None detects it.
    """
    text = fix_unicode(text)
    text = normalize_whitespace(text)
    text = normalize_quotes(text)
    wrapped = is_hard_wrapped(text) if hard_wrapped is None else hard_wrapped
    out = reflow(text) if wrapped else "\n\n".join(ln for ln in text.split("\n") if ln)
    out = unicodedata.normalize("NFC", out)
    warnings: list[str] = []
    paras = out.split("\n\n")
    if len(paras) > 1 and is_heading(paras[-1]) and not _is_byline(paras[-1]):
        warnings.append("truncated: the text ends on a heading with nothing after it")
    return CleanResult(out, tuple(warnings), wrapped)


def _is_byline(line: str) -> bool:
    """A closing agency tag or name line ("(ANP)", "J.A. Jansen") is not a heading."""
    core = line.strip().strip("()[]")
    return bool(re.fullmatch(r"[A-Z/&. ]{2,12}", core) or re.match(r"(?:[A-Z][a-z]?\.)+\s", core))
