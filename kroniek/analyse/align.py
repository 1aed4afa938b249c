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

Frog's tokenizer cuts a word at an apostrophe before a suffix ("tbs’er", "VVD’ers", "A’dammer"
become "tbs" + "’" + "er", the suffix tagged as the pronoun "er", the stem as a name), with a
straight apostrophe as with a curly one; it keeps "cd’tje" and "auto’s" whole. The three tokens
are joined back into the one noun the text writes (``join_cut_words``).
"""

from __future__ import annotations

import re
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
        out_toks[first:] = join_cut_words(text, out_toks[first:], first)
        out_sents.append(Sentence(out_toks[first].start, out_toks[-1].end, first, len(out_toks)))
    return out_sents, out_toks


# suffixes of nouns made from a word with an apostrophe: "tbs’er", "VVD’ers", "A’dammer", "cd’tje",
# "R’dammertje" (a noun, then a plural s)
_SUFFIX = re.compile(r"(?P<noun>(?:dammer|ster|er)?(?:tje|je)?)(?P<s>s?)")
_APOSTROPHE = frozenset("'’`´")


def join_cut_words(text: str, toks: list[Token], first: int) -> list[Token]:
    """One sentence's tokens (heads index the document's tokens, the sentence starting at
    ``first``) with each word Frog cut at an apostrophe before a suffix joined back into one
    noun token: no name (NER "O"), the head of its first piece that points outside the word."""
    starts = [i for i in range(len(toks) - 2) if _cut_at(text, toks[i], toks[i + 1], toks[i + 2])]
    for a, b in zip(starts, starts[1:], strict=False):
        if b - a < 3:  # "A’er’er": the second overlaps the first
            return toks
    if not starts:
        return toks
    inner = {s + k for s in starts for k in (1, 2)}  # the apostrophe and the suffix
    new_of: list[int] = []  # each token's local index after joining
    for i in range(len(toks)):
        new_of.append((new_of[-1] if new_of else -1) + (i not in inner))
    out: list[Token] = []
    for i, t in enumerate(toks):
        if i in inner:
            continue
        t = _joined(text, toks[i : i + 3], first + i) if i in starts else t
        head = first + new_of[t.head - first] if first <= t.head < first + len(toks) else t.head
        out.append(Token(t.start, t.end, t.lemma, t.pos, t.morph, t.ner, t.chunk,
                         -1 if head == first + len(out) else head, t.deprel, t.sent, t.pos_conf))
    return out


def _cut_at(text: str, a: Token, mark: Token, b: Token) -> bool:
    """ "tbs" + "’" + "er": three tokens with nothing between them, an apostrophe in the middle,
    a letter or digit before it and a lower-case noun suffix after it."""
    return (
        a.end == mark.start
        and mark.end == b.start
        and mark.end - mark.start == 1
        and text[mark.start] in _APOSTROPHE
        and text[a.end - 1].isalnum()
        and _suffix(text[b.start : b.end]) is not None
    )


def _suffix(word: str) -> tuple[str, bool] | None:
    """The noun suffix a word is (singular form, plural) or None: ("er", True) for "ers"."""
    m = _SUFFIX.fullmatch(word)
    return (m.group("noun"), bool(m.group("s"))) if m and m.group("noun") else None


def _joined(text: str, parts: list[Token], at: int) -> Token:
    """The noun of three cut tokens; its head is the first piece's that points outside it."""
    a, _, b = parts
    suffix = _suffix(text[b.start : b.end])
    assert suffix is not None
    noun, plural = suffix
    small = noun.endswith("je")
    pos = f"N(soort,{'mv' if plural else 'ev'},{'dim' if small else 'basis'}"
    pos += ")" if plural else (",onz,stan)" if small else ",zijd,stan)")
    outside = [p for p in parts if not at <= p.head < at + 3]
    head, deprel = (outside[0].head, outside[0].deprel) if outside else (-1, a.deprel)
    return Token(a.start, b.end, f"{a.lemma}'{noun}", pos, f"{a.morph}[{text[b.start : b.end]}]", "O",
                 a.chunk, head, deprel, a.sent, min(a.pos_conf, b.pos_conf))
