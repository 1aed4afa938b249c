"""Exact and near-duplicate detection over cleaned texts.

Exact: SHA-256 of the cleaned text. Near: MinHash over word 3-shingles with an LSH index
(datasketch); a candidate counts only if its estimated Jaccard similarity reaches the threshold,
so LSH's false positives are filtered out.
"""

from __future__ import annotations

import functools
import inspect
import itertools
import re

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..model import sha256_hex

_WORD = re.compile(r"\w+")
SHINGLE = 3
# datasketch 2 made the hashing scheme explicit; pin it so stored signatures stay comparable.
_SCHEME: dict[str, str] = (
    {"scheme": "affine32"} if "scheme" in inspect.signature(MinHash.__init__).parameters else {}
)


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    """Word k-shingles of a text (lowercased); short texts fall back to single words."""
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {w.encode("utf-8") for w in words}
    return {" ".join(words[i : i + k]).encode("utf-8") for i in range(len(words) - k + 1)}


@functools.cache
def _bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """The LSH bands and rows datasketch picks for this threshold (it integrates the false-positive
    and false-negative curves over every split of ``num_perm``: ~10 ms for 128), worked out once
    per process instead of for every Deduplicator (each ingest run, each API ingest)."""
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return lsh.b, lsh.r


class Deduplicator:
    """Remember documents and tell whether a new text repeats one of them."""

    def __init__(self, num_perm: int = 128, threshold: float = 0.8) -> None:
        self.num_perm = num_perm
        self.threshold = threshold
        self._lsh = MinHashLSH(num_perm=num_perm, params=_bands(threshold, num_perm))
        self._exact: dict[str, str] = {}
        self._minhashes: dict[str, MinHash] = {}
        self._indexed: dict[str, int] = {}  # the order documents were indexed in
        self._count = itertools.count()
        # The permutations depend only on num_perm and the seed: computing them per document was
        # most of the time a 10,000-item feed spent outside linking.
        self._perms = MinHash(num_perm=num_perm, **_SCHEME).permutations

    def _minhash(self, text: str, signature: bytes | None) -> MinHash:
        if signature is not None:
            values = np.frombuffer(signature, dtype="<u8")
            if len(values) == self.num_perm:
                return MinHash(num_perm=self.num_perm, hashvalues=values.copy(),
                               permutations=self._perms, **_SCHEME)
        m = MinHash(num_perm=self.num_perm, permutations=self._perms, **_SCHEME)
        m.update_batch(list(shingles(text)))
        return m

    def signature(self, text: str) -> bytes:
        """Compute the MinHash signature of a text as bytes (num_perm little-endian uint64)."""
        return self._minhash(text, None).hashvalues.astype("<u8").tobytes()

    def add(self, doc_id: str, text: str, signature: bytes | None = None) -> None:
        """Index a document so later ones can be found to repeat it.

        With a ``signature`` (from ``signature()``, e.g. loaded from the store) the text may be ""."""
        if text.strip():
            self._exact.setdefault(sha256_hex(text), doc_id)
        # A stored signature alone is enough (the store keeps signatures, not always texts).
        if doc_id in self._minhashes or (signature is None and not text.strip()):
            return
        m = self._minhash(text, signature)
        self._minhashes[doc_id] = m
        self._indexed[doc_id] = next(self._count)
        self._lsh.insert(doc_id, m)

    def find(self, text: str, signature: bytes | None = None) -> str | None:
        """Return the id of an indexed document this text repeats exactly or nearly, else None."""
        if not text.strip():
            return None
        exact = self._exact.get(sha256_hex(text))
        if exact is not None:
            return exact
        m = self._minhash(text, signature)
        best: tuple[float, str] | None = None
        # The LSH answers a set, whose order follows string hashing (different in every process):
        # among equally similar documents the one indexed first is taken, so that a run's stories
        # do not depend on the process (bench/watch/long_run.py gave 65 or 66 stories).
        for cand in sorted(self._lsh.query(m), key=self._indexed.__getitem__):
            sim = m.jaccard(self._minhashes[cand])
            if sim >= self.threshold and (best is None or sim > best[0]):
                best = (sim, cand)
        return best[1] if best else None

    def remove(self, doc_id: str) -> None:
        """Forget a document (one that was indexed but could not be stored)."""
        if self._minhashes.pop(doc_id, None) is not None:
            del self._indexed[doc_id]
            self._lsh.remove(doc_id)
        for key in [k for k, v in self._exact.items() if v == doc_id]:
            del self._exact[key]

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._minhashes

    def __len__(self) -> int:
        return len(self._minhashes)
