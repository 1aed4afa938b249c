"""Dutch compound parts for search: "droneaanval" is indexed as drone + aanval as well.

Where Frog ran, its morphological analysis (``Token.morph``, e.g. ``[drone][aan][val]``) proposes
the boundaries, and only a noun is split. A boundary is kept when both sides are words of at
least four letters in the Dutch word list (Debian ``wdutch``), the left side possibly ending in a
linking ``s``/``e``/``en`` ("veiligheid-s-adviseur"); the longest such head wins (Dutch
compounds are right-headed) and each side is split again once. So Frog's derivational
boundaries ("[aan][val]", "[veilig][heid]") never stand alone: "aan" and "val" are too short,
"veilig" + "heidsadviseur" has no word on the right.

Without Frog, and where Frog gives an unknown compound whole ("[droneaanval]"), every boundary
is tried, but only in words the word list does not know: those are
the productive compounds a search misses ("droneaanval", "stikstofcrisis"), while a listed word
stays whole, so "overleden" never becomes over + leden. The PyPI ``compound-split`` package
(Dutch n-gram splitter, last release 2020) was tried and rejected: it splits "droneaanval" into
"droneaan" + "val" and "veiligheidsadviseur" into "veiligheidsadvis" + "eur".
"""

from __future__ import annotations

import re
from functools import lru_cache

from .ingest.hyphen import load_wordlist

MIN_PART = 4
MIN_WORD = 8
_LINKERS = ("", "s", "en", "e")
_MORPHEME = re.compile(r"\[([^\]]*)\]")
_LETTERS = re.compile(r"[a-zà-ÿ]+")


def _known(word: str) -> bool:
    return len(word) >= MIN_PART and word in load_wordlist().lower


def _modifier(left: str) -> str | None:
    """The left side of a boundary as a word, its linking letters taken off; None if not a word."""
    for link in _LINKERS:
        if link and not left.endswith(link):
            continue
        base = left[: len(left) - len(link)] if link else left
        if _known(base):
            return base
    return None


def _split_at(word: str, cuts: list[int], depth: int) -> list[str]:
    """The parts of ``word`` split at the best of ``cuts`` (longest known head), recursively."""
    for cut in sorted(cuts):
        head = word[cut:]
        mod = _modifier(word[:cut])
        if mod is None or not _known(head):
            continue
        if depth <= 0:
            return [mod, head]
        return (compound_parts(mod, depth=depth - 1) or [mod]) + (compound_parts(head, depth=depth - 1) or [head])
    return []


@lru_cache(maxsize=65536)
def compound_parts(word: str, morph: str = "", *, depth: int = 1, listed: bool = False) -> list[str]:
    """The parts of a Dutch compound (lowercase), or [] when it is not one.

    ``morph`` is Frog's morphological analysis of the word; without it only words the word list
    does not know are split, unless ``listed`` (any word, e.g. to highlight what Frog split).
    """
    w = word.lower()
    if len(w) < MIN_WORD or not _LETTERS.fullmatch(w):
        return []
    parts = _split_at(w, _morph_cuts(w, morph), depth) if morph else []
    if parts or (not listed and w in load_wordlist().lower):
        return parts
    # Without Frog, or where Frog's lexicon did not know the compound ("[droneaanval]").
    return _split_at(w, list(range(MIN_PART, len(w) - MIN_PART + 1)), depth)


def possible_parts(word: str) -> list[str]:
    """The parts a word would have as a compound, listed or not (for highlighting a hit)."""
    return compound_parts(word, listed=True)


def _morph_cuts(word: str, morph: str) -> list[int]:
    """Positions in ``word`` where Frog's morphemes, read left to right, end on the surface."""
    cuts = []
    pos = 0
    for m in _MORPHEME.findall(morph.lower()):
        if not m or not word.startswith(m, pos):
            break  # a lemmatised morpheme ("[genoot]" in "genoten"): no surface boundary after it
        pos += len(m)
        # Frog may glue a linking "s" to the next morpheme ("[training][smissie]").
        cuts += [pos + len(link) for link in _LINKERS if word.startswith(link, pos)]
    return sorted({c for c in cuts if MIN_PART <= c <= len(word) - MIN_PART})
