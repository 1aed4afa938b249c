"""Decide whether a hyphen at a line break belongs to the word or only to the line break.

Dutch writes compounds closed ("veiligheidsmaatregelen"), so most line-end hyphens are typesetting
and must go. A hyphen stays when Dutch spelling requires it:

1. the next part starts with a capital or the part before is an abbreviation, a name or a number
   ("Noord-Irak", "anti-ISIS-coalitie", "100-brief", "NAVO-missie");
2. the joined word is in the word list (Debian ``wdutch``, /usr/share/dict/dutch): drop the hyphen;
3. the hyphenated word is in the word list ("majoor-generaal", "de-escalatie"): keep it;
4. neither form is listed (long compounds rarely are), so decide by the parts: if both are words
   (the first may carry a linking -s-/-e-/-en-), it is a compound boundary. Keep the hyphen on a
   vowel clash ("zee-egel", spelling rule) or when the word list writes compounds with these parts
   mostly hyphenated ("...-generaal"); otherwise join, as Dutch does;
5. otherwise the break split a word at a syllable: join.
"""

from __future__ import annotations

import bisect
import os
import re
from dataclasses import dataclass
from functools import lru_cache

WORDLIST_PATH = os.environ.get("KRONIEK_WORDLIST", "/usr/share/dict/dutch")

# Pairs that a reader would take for one vowel sound; Dutch spelling puts a hyphen between them in
# compounds (zee-egel, auto-ongeluk, na-apen); "droneaanval" (e + a) is written closed.
_VOWEL_CLASH = {"aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "ii", "oe", "oi", "oo", "ou", "ui", "uu"}
_VOWELS = set("aeiouy")
_LINKERS = ("s", "e", "en", "er")


@dataclass(frozen=True, slots=True)
class WordList:
    """A sorted Dutch word list with prefix/suffix counts for compound evidence."""

    words: frozenset[str]
    lower: frozenset[str]
    closed_sorted: tuple[str, ...]  # lowercase words without hyphen, sorted
    closed_reversed: tuple[str, ...]  # the same, each reversed, sorted
    hyphen_heads: dict[str, int]  # first part of hyphenated entries -> count
    hyphen_tails: dict[str, int]  # last part of hyphenated entries -> count

    def __contains__(self, word: str) -> bool:
        return word in self.words or word.lower() in self.lower

    def closed_with_prefix(self, prefix: str) -> int:
        """Count closed compounds that start with ``prefix`` and go on for at least 3 letters."""
        return _count_longer(self.closed_sorted, prefix)

    def closed_with_suffix(self, suffix: str) -> int:
        """Count closed compounds that end with ``suffix`` after at least 3 letters."""
        return _count_longer(self.closed_reversed, suffix[::-1])


def _count_longer(sorted_words: tuple[str, ...], prefix: str) -> int:
    lo = bisect.bisect_left(sorted_words, prefix)
    hi = bisect.bisect_left(sorted_words, prefix + "\uffff")
    return sum(1 for w in sorted_words[lo:hi] if len(w) >= len(prefix) + 3)


@lru_cache(maxsize=2)
def load_wordlist(path: str = WORDLIST_PATH) -> WordList:
    """Load the word list once; an absent list gives an empty one (every break then joins)."""
    try:
        with open(path, encoding="utf-8") as fh:
            words = [w.strip() for w in fh if w.strip()]
    except OSError:
        words = []
    lower = {w.lower() for w in words}
    closed = sorted(w for w in lower if "-" not in w)
    heads: dict[str, int] = {}
    tails: dict[str, int] = {}
    for w in lower:
        if "-" in w:
            head, _, rest = w.partition("-")
            tail = w.rsplit("-", 1)[1]
            if head and rest:
                heads[head] = heads.get(head, 0) + 1
                tails[tail] = tails.get(tail, 0) + 1
    return WordList(
        words=frozenset(words),
        lower=frozenset(lower),
        closed_sorted=tuple(closed),
        closed_reversed=tuple(sorted(w[::-1] for w in closed)),
        hyphen_heads=heads,
        hyphen_tails=tails,
    )


_LETTERS = re.compile(r"[^\W\d_]+")


def keep_hyphen(left: str, right: str, words: WordList | None = None) -> bool:
    """Say whether ``left-`` at a line end followed by ``right`` keeps its hyphen.

    ``left`` is the whole word before the hyphen (it may hold hyphens itself, "anti-ISIS");
    ``right`` is the word that starts the next line.
    """
    words = words if words is not None else load_wordlist()
    seg = left.rsplit("-", 1)[-1]
    rcore = _LETTERS.match(right)
    if not seg or not rcore:
        return True  # a number or symbol after the break: nothing to join
    rword = rcore.group(0)
    # 1. capitals, abbreviations and numbers keep their hyphen
    if rword[0].isupper() or not seg.isalpha() or (seg.isupper() and len(seg) > 1):
        return True
    if not seg[1:].islower():  # "NAVOmissie"-like mixed case on the left part
        return True
    joined = seg + rword
    # 2./3. the word list knows the word
    if joined in words:
        return False
    if f"{seg}-{rword}" in words or f"{left}-{rword}" in words:
        return True
    lseg, lr = seg.lower(), rword.lower()
    # 4. both sides are words: a compound boundary
    if len(lr) >= 3 and lr in words and _is_compound_head(lseg, words):
        if lseg[-1] in _VOWELS and lr[0] in _VOWELS and lseg[-1] + lr[0] in _VOWEL_CLASH:
            return True
        hyphenated = words.hyphen_heads.get(lseg, 0) + words.hyphen_tails.get(lr, 0)
        closed = words.closed_with_prefix(lseg) + words.closed_with_suffix(lr)
        return hyphenated > closed
    # 5. a syllable break inside one word
    return False


def _is_compound_head(part: str, words: WordList) -> bool:
    if len(part) >= 3 and part in words:
        return True
    for linker in _LINKERS:
        stem = part[: -len(linker)]
        if part.endswith(linker) and len(stem) >= 3 and stem in words:
            return True
    return False


_BREAK = re.compile(r"(?P<left>[^\s\-\u00ad]+(?:-[^\s\-\u00ad]+)*)[-\u2010\u00ad][ \t]*\n[ \t]*(?P<right>[^\W\d_][^\s]*)")


def dehyphenate(text: str, words: WordList | None = None) -> str:
    """Rejoin words split by a hyphen at a line break, keeping the hyphens Dutch spelling needs.

    The rest of the next line moves up onto the first line, as in the printed original.
    """

    def repl(m: re.Match[str]) -> str:
        left, right = m.group("left"), m.group("right")
        soft = m.group(0)[len(left)] == "\u00ad"
        sep = "" if soft or not keep_hyphen(left, right, words) else "-"
        return f"{left}{sep}{right}"

    return _BREAK.sub(repl, text)
