"""Decide whether a hyphen at a line break belongs to the word or only to the line break.

Dutch writes compounds closed ("verkeersmaatregelen"), so most line-end hyphens are typesetting
and must go. A hyphen stays when Dutch spelling requires it:

1. the next part starts with a capital or a digit, or the part before is an abbreviation or a
   number ("Zuid-Holland", "pro-EU-beleid", "5G-mast", "VN-missie", "1914-1918");
2. the joined word is in the word list (Debian ``wdutch``, /usr/share/dict/dutch): drop the hyphen;
3. the hyphenated word is in the word list ("luitenant-kolonel", "na-apen"): keep it;
4. neither form is listed: a name the list only knows capitalised keeps its hyphen before a
   word ("Oekraïne-steun"); else, as long compounds are rarely listed, decide by the parts: if both are words
   (the first may carry a linking -s-/-e-/-en-), it is a compound boundary. Keep the hyphen on a
   vowel clash ("zee-egel", spelling rule) or when the word list writes compounds with these parts
   mostly hyphenated ("...-kolonel"); otherwise join, as Dutch does;
5. otherwise the break split a word at a syllable: join.

A hyphen before "en"/"of"/"als"/"tot" on the next line is no line-break hyphen at all but a
suspended compound part ("wet-⏎en regelgeving" is "wet- en regelgeving"): hyphen and space stay.
"""

from __future__ import annotations

import bisect
import hashlib
import os
import re
from collections import Counter
from collections.abc import Callable
from functools import cached_property, lru_cache
from typing import Any

WORDLIST_PATH = os.environ.get("KRONIEK_WORDLIST", "/usr/share/dict/dutch")

# Pairs that a reader would take for one vowel sound; Dutch spelling puts a hyphen between them in
# compounds (zee-egel, auto-ongeluk, na-apen); "gemeenteambtenaar" (e + a) is written closed.
_VOWEL_CLASH = {
    "aa",
    "ae",
    "ai",
    "au",
    "ee",
    "ei",
    "eu",
    "ie",
    "ii",
    "oe",
    "oi",
    "oo",
    "ou",
    "ui",
    "uu",
}
_VOWELS = set("aeiouy")
_LINKERS = ("s", "e", "en", "er")


class WordList:
    """A Dutch word list; prefix/suffix indexes for compound evidence are built on first use.

    ``load_wordlist`` gives the list a ``disk_key`` (its file's hash): its sets and indexes are then
    read from kroniek's cache folder when a process built them before (``kept_on_disk``)."""

    def __init__(self, words: list[str] | Callable[[], list[str]], disk_key: str | None = None) -> None:
        """``words``: the list, or a function that reads it (called only when the sets are not
        read back from disk)."""
        self.disk_key = disk_key
        self.exact, self.lower = self._kept("sets", lambda: _sets(words() if callable(words) else words))

    def __contains__(self, word: str) -> bool:
        return word.lower() in self.lower

    def is_name(self, word: str) -> bool:
        """Say whether the list knows a word only capitalised (a name: "Oekraïne", "Zweden")."""
        return word in self.exact and word.lower() not in self.exact

    def _kept(self, part: str, build: Callable[[], Any]) -> Any:
        if self.disk_key is None:
            return build()
        from ..kept import kept_on_disk
        from ..settings import cache_dir

        path = cache_dir() / f"wordlist-{part}-{self.disk_key}.pickle"
        return kept_on_disk(path, build, lambda v: isinstance(v, tuple) and len(v) == len(_PARTS[part]),
                            stale=f"wordlist-{part}-*.pickle")

    @cached_property
    def _indexes(self) -> tuple[list[str], list[str], Counter[str], Counter[str]]:
        return self._kept("indexes", lambda: _indexes(self.lower))  # type: ignore[no-any-return]

    @property
    def _closed_sorted(self) -> list[str]:
        return self._indexes[0]

    @property
    def _closed_reversed(self) -> list[str]:
        return self._indexes[1]

    @property
    def _hyphen_parts(self) -> tuple[Counter[str], Counter[str]]:
        return self._indexes[2], self._indexes[3]

    def build_indexes(self) -> None:
        """Build the compound-evidence indexes now rather than at the first line-end hyphen (~0.9 s
        of CPU): a process that forks readers again and again builds them once for all of them."""
        _ = self._closed_sorted, self._closed_reversed, self._hyphen_parts

    def hyphenated_with_head(self, part: str) -> int:
        """Count hyphenated entries whose first part is ``part`` ("luitenant-kolonel" for "luitenant")."""
        return self._hyphen_parts[0][part]

    def hyphenated_with_tail(self, part: str) -> int:
        """Count hyphenated entries whose last part is ``part``."""
        return self._hyphen_parts[1][part]

    def closed_with_prefix(self, prefix: str) -> int:
        """Count closed compounds that start with ``prefix`` and go on for at least 3 letters."""
        return _count_longer(self._closed_sorted, prefix)

    def closed_with_suffix(self, suffix: str) -> int:
        """Count closed compounds that end with ``suffix`` after at least 3 letters."""
        return _count_longer(self._closed_reversed, suffix[::-1])


# What each part kept on disk holds (its length is checked when it is read back).
_PARTS = {"sets": ("exact", "lower"), "indexes": ("closed_sorted", "closed_reversed", "heads", "tails")}


def _sets(words: list[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The words as written, and lower-cased. A word already in lower case is the same string
    object in both sets, so the pickle kept on disk holds it once and reads back in half the time."""
    exact = frozenset(words)
    return exact, frozenset(low if (low := w.lower()) != w else w for w in exact)


def _indexes(lower: frozenset[str]) -> tuple[list[str], list[str], Counter[str], Counter[str]]:
    """Closed compounds sorted, and sorted reversed; how often each word heads or ends a hyphenated entry."""
    closed = sorted(w for w in lower if "-" not in w)
    heads: Counter[str] = Counter()
    tails: Counter[str] = Counter()
    for w in lower:
        head, sep, rest = w.partition("-")
        if sep and head and rest:
            heads[head] += 1
            tails[w.rsplit("-", 1)[1]] += 1
    return closed, sorted(w[::-1] for w in closed), heads, tails


def _count_longer(sorted_words: list[str], prefix: str) -> int:
    lo = bisect.bisect_left(sorted_words, prefix)
    hi = bisect.bisect_left(sorted_words, prefix + "\uffff")
    return sum(1 for w in sorted_words[lo:hi] if len(w) >= len(prefix) + 3)


@lru_cache(maxsize=2)
def load_wordlist(path: str = WORDLIST_PATH) -> WordList:
    """Load the word list once; an absent list gives an empty one (every break then joins).
    Its sets and indexes are kept on disk under the hash of the file and of this module, so a
    new process reads them back instead of building them (~0.45 s and ~2 s of CPU)."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError:
        return WordList([])
    key = hashlib.sha256(data + _rules_key().encode()).hexdigest()[:16]
    return WordList(lambda: data.decode("utf-8").split(), key)


def _rules_key() -> str:
    """This module's own text: a change to how the sets or indexes are built is a new disk key."""
    from ..kept import source_key

    return source_key(__file__)


_LETTERS = re.compile(r"[^\W\d_]+")
# A hyphen that stands for a word part shared with the next word: "wet- en regelgeving",
# "in- of uitvoer", "land- en tuinbouw". Broken after the hyphen, the line goes on with the
# conjunction, which no Dutch word-break leaves on its own.
_ELLIPSIS_NEXT = re.compile(r"(?:en|of|als|tot)\s+\w")


def is_suspended_hyphen(left: str, rest: str) -> bool:
    """Say whether ``left-`` at a line end is a suspended compound part before ``rest``."""
    return bool(left) and left[-1].isalpha() and bool(_ELLIPSIS_NEXT.match(rest))


def keep_hyphen(left: str, right: str, words: WordList | None = None) -> bool:
    """Say whether ``left-`` at a line end followed by ``right`` keeps its hyphen.

    ``left`` is the whole word before the hyphen (it may hold hyphens itself, "pro-EU");
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
    if not seg[1:].islower():  # "EUbeleid"-like mixed case on the left part
        return True
    joined = seg + rword
    # 2./3. the word list knows the word
    if joined in words:
        return False
    if f"{seg}-{rword}" in words or f"{left}-{rword}" in words:
        return True
    lseg, lr = seg.lower(), rword.lower()
    # a name before an unlisted compound: Dutch news writes "Oekraïne-steun", "Rutte-doctrine"
    if words.is_name(seg) and len(lr) >= 3 and lr in words:
        return True
    # 4. both sides are words: a compound boundary
    if len(lr) >= 3 and lr in words and _is_compound_head(lseg, words):
        if lseg[-1] in _VOWELS and lr[0] in _VOWELS and lseg[-1] + lr[0] in _VOWEL_CLASH:
            return True
        hyphenated = words.hyphenated_with_head(lseg) + words.hyphenated_with_tail(lr)
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


_BREAK = re.compile(
    r"(?P<left>[^\s\-\u00ad]+(?:-[^\s\-\u00ad]+)*)[-\u2010\u00ad][ \t]*\n[ \t]*(?P<right>\w[^\s]*)"
    r"(?P<after>[ \t]+\w)?"
)


def dehyphenate(text: str, words: WordList | None = None) -> str:
    """Rejoin words split by a hyphen at a line break, keeping the hyphens Dutch spelling needs.

    The rest of the next line moves up onto the first line, as in the printed original.
    """

    def repl(m: re.Match[str]) -> str:
        left, right, after = m.group("left"), m.group("right"), m.group("after") or ""
        soft = m.group(0)[len(left)] == "\u00ad"
        if not soft and is_suspended_hyphen(left, right + after):
            return f"{left}- {right}{after}"
        sep = "" if soft or not keep_hyphen(left, right, words) else "-"
        return f"{left}{sep}{right}{after}"

    return _BREAK.sub(repl, text)
