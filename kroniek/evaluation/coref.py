"""Coreference scores: MUC, B³, CEAF-e and their CoNLL average.

Clusterings are collections of clusters, each a collection of hashable mentions. Definitions
follow the reference scorer (Pradhan et al. 2014, "Scoring coreference partitions of predicted
mentions"):

- MUC (Vilain et al. 1995): recall = sum_K (|K| - |p(K)|) / sum_K (|K| - 1), where p(K) is the
  partition of key cluster K by the response, mentions missing from the response counting as
  singletons; precision swaps key and response. Singletons carry no links and score nothing.
- B³ (Bagga & Baldwin 1998): recall = sum_K sum_R |K ∩ R|² / |K|, over the number of key
  mentions; precision swaps key and response.
- CEAF-e (Luo 2005): the one-to-one alignment of key and response clusters that maximises
  the sum of phi4(K, R) = 2|K ∩ R| / (|K| + |R|); recall divides that sum by the number of key
  clusters, precision by the number of response clusters.
- CoNLL F1 (Pradhan et al. 2011): the mean of the three F1 values.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass

Cluster = frozenset[Hashable]


@dataclass(frozen=True, slots=True)
class PRF:
    """Recall, precision and F1."""

    recall: float
    precision: float

    @property
    def f1(self) -> float:
        r, p = self.recall, self.precision
        return 0.0 if r + p == 0 else 2 * r * p / (r + p)

    def as_dict(self) -> dict[str, float]:
        return {"r": round(self.recall, 4), "p": round(self.precision, 4), "f1": round(self.f1, 4)}


def _clusters(clusters: Iterable[Iterable[Hashable]]) -> list[Cluster]:
    out = [frozenset(c) for c in clusters]
    return [c for c in out if c]


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


def muc(key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]) -> PRF:
    """MUC link-based recall and precision."""
    k, r = _clusters(key), _clusters(response)
    return PRF(_muc_recall(k, r), _muc_recall(r, k))


def _muc_recall(key: list[Cluster], response: list[Cluster]) -> float:
    where = {m: i for i, c in enumerate(response) for m in c}
    num = den = 0
    for c in key:
        parts = {where.get(m, ("missing", m)) for m in c}
        num += len(c) - len(parts)
        den += len(c) - 1
    return _ratio(num, den)


def b_cubed(key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]) -> PRF:
    """B³ mention-based recall and precision."""
    k, r = _clusters(key), _clusters(response)
    return PRF(_b3_recall(k, r), _b3_recall(r, k))


def _b3_recall(key: list[Cluster], response: list[Cluster]) -> float:
    where = {m: c for c in response for m in c}
    num = 0.0
    total = 0
    for c in key:
        total += len(c)
        counts: dict[int, int] = {}
        for m in c:
            rc = where.get(m)
            if rc is not None:
                counts[id(rc)] = counts.get(id(rc), 0) + 1
        num += sum(n * n for n in counts.values()) / len(c)
    return _ratio(num, total)


def ceaf_e(key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]) -> PRF:
    """Entity-based CEAF (phi4 similarity, optimal one-to-one alignment)."""
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    k, r = _clusters(key), _clusters(response)
    if not k or not r:
        return PRF(0.0, 0.0)
    # Only clusters that share a mention can score; the sparse overlap keeps the matrix small
    # in meaning even when it is large in shape.
    r_index = {m: j for j, c in enumerate(r) for m in c}
    sim = np.zeros((len(k), len(r)))
    for i, c in enumerate(k):
        overlap: dict[int, int] = {}
        for m in c:
            j = r_index.get(m)
            if j is not None:
                overlap[j] = overlap.get(j, 0) + 1
        for j, n in overlap.items():
            sim[i, j] = 2 * n / (len(c) + len(r[j]))
    rows, cols = linear_sum_assignment(sim, maximize=True)
    total = float(sim[rows, cols].sum())
    return PRF(total / len(k), total / len(r))


def conll_scores(
    key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]
) -> dict[str, PRF | float]:
    """MUC, B³, CEAF-e and the CoNLL average F1 of a response against a key."""
    k, r = _clusters(key), _clusters(response)
    m, b, c = muc(k, r), b_cubed(k, r), ceaf_e(k, r)
    return {"muc": m, "b3": b, "ceafe": c, "conll_f1": (m.f1 + b.f1 + c.f1) / 3}
