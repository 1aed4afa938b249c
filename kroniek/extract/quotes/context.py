"""What every step of quote finding reads: the text, its words, sentences, paragraphs, Frog
tokens, names and role introductions (``Context``), and the lookups over them.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ...model import ChainMention, Document, Token
from .. import quote_lexicon as lx
from .. import quote_marks as qm

WORD = re.compile(r"\w+(?:[-'’.&]\w+)*|,,|''|’’|[^\w\s]", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Word:
    start: int
    end: int
    text: str

    @property
    def low(self) -> str:
        return self.text.lower()


@dataclass(slots=True)
class Cand:
    """A quote or reported clause before its speaker is resolved."""

    start: int
    end: int
    direct: bool
    cue: str | None = None
    speaker: tuple[int, int] | None = None  # raw speaker phrase
    chain: int = -1  # direct-quote chain id (paragraph continuation)
    fragment: bool = False
    carried: bool = False  # speaker taken from the sentence before
    guessed: bool = False  # speaker an epithet's guessed person
    passive: bool = False  # "er wordt gesteld dat": nobody to carry over
    cue_start: int = -1  # where the reporting frame begins (to trim an overlapping clause)
    resumed: bool = False  # the second part of a quote interrupted by its cue
    path: str = ""  # which attribution step gave the speaker ("after", "carry-topic", …)


@dataclass(slots=True)
class Context:
    """The shared, read-only state of one run over a document (``quoted`` is filled once the
    direct quotes are known); every function of the quote finder takes it first."""

    doc: Document
    text: str
    words: list[Word] = field(default_factory=list)
    word_starts: list[int] = field(default_factory=list)
    sents: list[tuple[int, int]] = field(default_factory=list)
    paras: list[tuple[int, int]] = field(default_factory=list)
    tokens_at: dict[int, int] = field(default_factory=dict)
    names: list[tuple[int, int, str]] = field(default_factory=list)
    name_starts: list[int] = field(default_factory=list)
    longest_name: int = 0
    typed: bool = False
    mid_caps: set[str] = field(default_factory=set)
    surnames: set[str] = field(default_factory=set)
    per_surnames: set[str] = field(default_factory=set)
    quoted: list[tuple[int, int]] = field(default_factory=list)
    quoted_starts: list[int] = field(default_factory=list)
    roles: list[tuple[int, str, tuple[int, int], str]] = field(default_factory=list)
    role_offsets: list[int] = field(default_factory=list)
    chains: list[ChainMention] = field(default_factory=list)  # the coref layer (extract/coref)
    paths: list[str] = field(default_factory=list)  # per returned quote, the step that chose its speaker


def sentences(st: Context) -> list[tuple[int, int]]:
    # the document's sentence layer (Frog's when it ran), repaired where Frog ends a sentence
    # inside a quote before its cue ("„Klaar?”, vraagt ze.")
    return qm.document_sentences(st.doc)


def sent_index(st: Context, offset: int) -> int:
    lo, hi = 0, len(st.sents)
    while lo < hi:
        mid = (lo + hi) // 2
        if st.sents[mid][1] <= offset:
            lo = mid + 1
        else:
            hi = mid
    return min(lo, len(st.sents) - 1) if st.sents else 0


def words_in(st: Context, start: int, end: int) -> list[int]:
    lo = bisect.bisect_left(st.word_starts, start)
    out = []
    for i in range(lo, len(st.words)):
        w = st.words[i]
        if w.start >= end:
            break
        if w.end <= end:
            out.append(i)
    return out


def token(st: Context, w: Word) -> Token | None:
    i = st.tokens_at.get(w.start)
    return None if i is None else st.doc.tokens[i]


def lemma_of(st: Context, w: Word) -> str:
    t = token(st, w)
    if t is not None and t.coarse_pos == "WW" and t.lemma in lx.REPORTING_LEMMAS:
        return t.lemma
    return lx.FORM_TO_LEMMA.get(w.low, "")


def names_in(st: Context, start: int, end: int) -> list[tuple[int, int, str]]:
    return names_between(st, start, end)


def names_overlapping(st: Context, start: int, end: int) -> list[tuple[int, int, str]]:
    lo = bisect.bisect_left(st.name_starts, start - st.longest_name)
    hi = bisect.bisect_left(st.name_starts, end)
    return [n for n in st.names[lo:hi] if n[1] > start]


def span_of(st: Context, r: tuple[int, int]) -> tuple[int, int]:
    return (st.words[r[0]].start, st.words[r[1] - 1].end)


def sentence_range(st: Context, k: int) -> range:
    toks = st.doc.tokens
    si = toks[k].sent
    if 0 <= si < len(st.doc.sentences):
        s = st.doc.sentences[si]
        return range(s.first_token, s.last_token)
    lo = hi = k
    while lo > 0 and toks[lo - 1].sent == si:
        lo -= 1
    while hi + 1 < len(toks) and toks[hi + 1].sent == si:
        hi += 1
    return range(lo, hi + 1)


def subtree(st: Context, k: int) -> tuple[int, int]:
    toks = st.doc.tokens
    span = sentence_range(st, k)
    members = {k}
    changed = True
    while changed:
        changed = False
        for j in span:
            if j not in members and toks[j].head in members:
                members.add(j)
                changed = True
    # keep it contiguous around the head and stop at punctuation (appositions, relatives)
    lo = hi = k
    while lo - 1 in members and toks[lo - 1].deprel != "punct":
        lo -= 1
    while hi + 1 in members and toks[hi + 1].deprel != "punct":
        hi += 1
    return (toks[lo].start, toks[hi].end)


def opens_sentence(st: Context, offset: int) -> bool:
    ss = st.sents[sent_index(st, offset)][0] if st.sents else 0
    return not st.text[ss:offset].strip(" \"„“‘'«")


def in_quote(st: Context, offset: int) -> bool:
    i = bisect.bisect_right(st.quoted_starts, offset) - 1
    return i >= 0 and offset < st.quoted[i][1]


def names_between(st: Context, start: int, end: int) -> list[tuple[int, int, str]]:
    lo = bisect.bisect_left(st.name_starts, start)
    hi = bisect.bisect_left(st.name_starts, end)
    return [n for n in st.names[lo:hi] if n[1] <= end]


def surname(st: Context, n: tuple[int, int, str]) -> str:
    ws = st.text[n[0] : n[1]].split()
    return ws[-1].lower() if ws else ""


def window_start(st: Context, si: int, n: int) -> int:
    """Start offset of the sentence ``n`` sentences before sentence ``si``."""
    return st.sents[max(0, si - n)][0] if st.sents else 0
