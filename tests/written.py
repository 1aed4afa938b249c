"""Token lists for sentences written in a test: words with their lemma and POS, one space apart."""

from __future__ import annotations

from kroniek.model import Token


def tokens(*words: tuple[str, str, str]) -> list[Token]:
    """One token per (text, lemma, pos), the words one space apart from offset 0."""
    out, at = [], 0
    for text, lemma, pos in words:
        out.append(Token(at, at + len(text), lemma, pos))
        at += len(text) + 1
    return out
