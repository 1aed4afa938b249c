"""Align Frog's tokens (which carry no offsets) back to exact character offsets in the text.

Tokens are matched in order from a cursor that only moves forward. A token matches when its
characters equal the text's, or equal after this normalisation (the only one we accept):

* every quote character (straight, curly, low-9, guillemets, primes, backtick) counts as one;
* every dash (hyphen, en/em dash, minus, ...) counts as one;
* NFKC compatibility forms count as their expansion (``…`` = ``...``, ``ﬁ`` = ``fi``);
* whitespace and invisible format characters (soft hyphen, zero-width space, ...) inside a token
  are skipped on both sides, so ``10 000`` or ``ver\\u00adkiezing`` still match.

If a token does not match at the cursor, the next match within a short window is taken (the
characters skipped were dropped by Frog). If there is none, the token gets the next
non-space characters, as many as its word has, and a warning is recorded.
"""

from __future__ import annotations

import unicodedata

from ..model import Sentence, Token
from .frog import FrogToken, split_multiword

_QUOTES = frozenset("\"'`´‘’‚‛“”„‟«»‹›″′〝〞＂＇")
_DASHES = frozenset("-‐‑‒–—―−﹘﹣－")
SEARCH_WINDOW = 200  # characters to look ahead for a token Frog moved past dropped text


def _skippable(c: str) -> bool:
    return c.isspace() or unicodedata.category(c) == "Cf"


def _norm(c: str) -> str:
    if c in _QUOTES:
        return '"'
    if c in _DASHES:
        return "-"
    return unicodedata.normalize("NFKC", c) if ord(c) > 127 else c


def _norm_word(word: str) -> str:
    return "".join(_norm(c) for c in word if not _skippable(c))


def match_at(text: str, pos: int, word: str) -> int | None:
    """End offset if word matches text at pos (exactly or under the normalisation above), else None."""
    if text.startswith(word, pos):
        return pos + len(word)
    target = _norm_word(word)
    if not target or pos >= len(text) or _skippable(text[pos]):
        return None
    i, j, n = pos, 0, len(text)
    while j < len(target):
        if i >= n:
            return None
        c = text[i]
        if _skippable(c):
            i += 1
            continue
        nc = _norm(c)
        if not target.startswith(nc, j):
            return None
        j += len(nc)
        i += 1
    return i


def _skip_space(text: str, pos: int) -> int:
    n = len(text)
    while pos < n and text[pos].isspace():
        pos += 1
    return pos


def _locate(text: str, pos: int, word: str, warnings: list[str] | None) -> tuple[int, int]:
    pos = _skip_space(text, pos)
    end = match_at(text, pos, word)
    if end is not None:
        return pos, end
    limit = min(len(text), pos + SEARCH_WINDOW)
    for p in range(pos + 1, limit):
        end = match_at(text, p, word)
        if end is not None:
            return p, end
    # Nothing close by: take as many non-space characters as the word has, so the cursor moves on.
    end = pos
    while end < len(text) and end - pos < max(1, len(word)) and not text[end].isspace():
        end += 1
    if warnings is not None:
        warnings.append(
            f"could not align Frog token {word!r} at offset {pos}; took {text[pos:end]!r}"
        )
    return pos, end


def align(
    text: str, sentences: list[list[FrogToken]], warnings: list[str] | None = None
) -> tuple[list[Sentence], list[Token]]:
    """Give every Frog token exact offsets in text; split multi-word units into word tokens.

    Token.head becomes an index into the returned token list (-1 for the root or no parse).
    """
    out_sents: list[Sentence] = []
    out_toks: list[Token] = []
    pos = 0
    for sentence in sentences:
        if not sentence:
            continue
        words = split_multiword(sentence)
        first = len(out_toks)
        sent_index = len(out_sents)
        for ft in words:
            start, end = _locate(text, pos, ft.word, warnings)
            pos = end
            head = first + ft.head - 1 if 0 < ft.head <= len(words) else -1
            out_toks.append(
                Token(
                    start=start,
                    end=end,
                    lemma=ft.lemma,
                    pos=ft.pos,
                    morph=ft.morph,
                    ner=ft.ner or "O",
                    chunk=ft.chunk or "O",
                    head=head,
                    deprel=ft.deprel,
                    sent=sent_index,
                    pos_conf=ft.pos_conf,
                )
            )
        out_sents.append(Sentence(out_toks[first].start, out_toks[-1].end, first, len(out_toks)))
    return out_sents, out_toks
