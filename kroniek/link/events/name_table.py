"""The names each sentence of a text gives, weighed by how few texts give them."""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from functools import lru_cache

from ...model import Document, Mention
from ..geo import resolve_demonym
from .mentions import NAME_KEY, LinkMention, name_word
from .weights import EntityOf


def _name_key(doc: Document, m: Mention, entity_of: EntityOf) -> str:
    eid = entity_of(doc.id, m.start, m.end)
    return eid or NAME_KEY + " ".join(doc.text[m.start : m.end].lower().split())


def name_table(doc: Document, entity_of: EntityOf) -> dict[int, frozenset[str]]:
    """The names of each sentence (by its start offset; -1: the first sentence, the text's lead,
    which says who and where its main happening concerns), read in one pass over the text.

    A name is an entity id (else the name's words) and every proper-name word Frog tags, so a
    place the recogniser missed still counts; a day name at the start of a sentence does not.
    """
    starts = [s.start for s in doc.sentences]
    out: dict[int, set[str]] = {}

    def sentence_at(offset: int) -> int | None:
        i = bisect.bisect_right(starts, offset) - 1
        return starts[i] if i >= 0 and offset < doc.sentences[i].end else None

    for m in doc.mentions:
        k = sentence_at(m.start)
        if k is not None:
            out.setdefault(k, set()).add(_name_key(doc, m, entity_of))
    in_timex = {t.start for t in doc.tokens for x in doc.timexes if x.start <= t.start < x.end} if doc.timexes else set()
    for t in doc.tokens:
        word = doc.text[t.start : t.end]
        if (t.pos.startswith("SPEC(deeleigen") or t.pos.startswith("N(eigen")) and t.start not in in_timex:
            k = sentence_at(t.start)
            key = name_word(word)
            if k is not None and key is not None:
                out.setdefault(k, set()).add(key)
        elif (word[:1].isupper() and word.endswith("se") and len(word) > 5 and t.start not in in_timex
              and resolve_demonym(word) is None):
            # A place's adjective names the place: "Hongkongse" Hongkong, "Groningse" Groningen
            # (a country's, "Amerikaanse", is the entity layer's, not a shared place name).
            k = sentence_at(t.start)
            if k is not None:
                out.setdefault(k, set()).update({NAME_KEY + word[:-2].lower(), NAME_KEY + word[:-2].lower() + "en"})
    table = {k: frozenset(v) for k, v in out.items()}
    if starts:
        table[-1] = table.get(starts[0], frozenset()) | title_names(doc.title or "")
    return table


# A headline's segments ("Breda - Steekincident Breda", "Aanslag Lyon: drie doden").
TITLE_SEGMENTS = re.compile(r"\s+[-–—|]\s+|:\s+|,\s+")


def title_names(title: str) -> frozenset[str]:
    """The names a headline gives: capitalised words that do not open a segment of it (Dutch
    headlines are in sentence case), so "Drie doden bij ongeluk in Handel" names "Handel" even
    where the text never does, or where the tagger reads the word as a common noun."""
    keys = set()
    for segment in TITLE_SEGMENTS.split(title):
        for word in re.findall(r"[\w'-]+", segment)[1:]:
            key = name_word(word)
            if word[:1].isupper() and len(word) > 2 and not word.isupper() and key is not None:
                keys.add(key)
    return frozenset(keys)


def weigh_names(ms: list[LinkMention]) -> None:
    """Weigh each name by how few texts give it: a name every text gives tells nothing apart. The
    names around each mention are weighed by the texts giving them around a mention, the names of
    a whole text (``LinkMention.text_names``) by the texts giving them anywhere."""
    near: dict[str, set[str]] = {}
    anywhere: dict[str, set[str]] = {}
    for m in ms:
        near.setdefault(m.key[0], set()).update(m.names)
        anywhere.setdefault(m.key[0], set()).update(m.text_names)
    df_near: Counter[str] = Counter(k for names in near.values() for k in names)
    df_anywhere: Counter[str] = Counter(k for names in anywhere.values() for k in names)
    n = len(near)
    # A text's names are weighed once, and its mentions share the one weighed table.
    whole = {d: {k: _rarity(n, df_anywhere[k]) for k in names} for d, names in anywhere.items()}
    for m in ms:
        m.names = {k: _rarity(n, df_near[k]) for k in m.names}
        m.text_names = whole[m.key[0]]


@lru_cache(maxsize=4096)
def _rarity(n: int, df: int) -> float:
    """A name's weight among ``n`` texts when ``df`` of them give it (1.0 for the rare ones)."""
    return min(1.0, 2 * math.log((n + 1) / df) / math.log(n + 1)) if n > 0 else 1.0
