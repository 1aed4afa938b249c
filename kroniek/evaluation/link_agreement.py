"""How far incremental linking agrees with one full link of the same documents.

``replay`` stores analysed documents in a fresh store batch by batch, linking each batch
incrementally (``Chronicle.link_new``); ``agreement`` compares the entity, event and story
clusters of two stores by B³ and pairwise F1 (the full link as key).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from itertools import combinations
from typing import Any

from ..model import Document, sha256_hex
from ..settings import Settings
from ..store import Store
from .coref import b_cubed


def replay(docs: list[Document], store: Store, batch: int, settings: Settings | None = None,
           *, full: bool = False) -> Store:
    """Add ``docs`` to ``store`` in batches of ``batch``; link each batch incrementally (the first
    batch of an empty store gets the full link that builds the link keys), or fully with ``full``."""
    from ..chronicle import Chronicle

    chron = Chronicle(store, settings)
    for i in range(0, len(docs), batch):
        added = []
        for doc in docs[i:i + batch]:
            if store.add_document(doc, text_hash=sha256_hex(doc.text)):
                added.append(doc.id)
        if full:
            chron.relink()
        else:
            chron.link_new(added)
    return store


def _pairs(clusters: list[frozenset[Hashable]]) -> set[frozenset[Hashable]]:
    return {frozenset(p) for c in clusters for p in combinations(sorted(c, key=str), 2)}


def pairwise_f1(key: list[frozenset[Hashable]], response: list[frozenset[Hashable]]) -> float:
    """F1 of same-cluster pairs; 1.0 when neither side has a pair."""
    k, r = _pairs(key), _pairs(response)
    if not k and not r:
        return 1.0
    hit = len(k & r)
    return 2 * hit / (len(k) + len(r)) if hit else 0.0


def clusters(store: Store) -> dict[str, list[frozenset[Hashable]]]:
    """Entity and event clusters (of mention keys) and story clusters (of document ids)."""
    return {
        "entities": [frozenset(e.mentions) for e in store.entities() if e.mentions],
        "events": [frozenset(e.mentions) for e in store.events() if e.mentions],
        "stories": [frozenset(s.documents) for s in store.stories() if s.documents],
    }


def _restrict(cs: Iterable[frozenset[Hashable]], items: set[Hashable]) -> list[frozenset[Hashable]]:
    return [r for c in cs if (r := frozenset(c & items))]


def agreement(full: Store, incremental: Store) -> dict[str, Any]:
    """B³ F1 and pairwise F1 of the incremental clusters against the full ones, per layer (over the
    items both sides cluster), with the number of clusters on each side."""
    key, resp = clusters(full), clusters(incremental)
    out: dict[str, Any] = {}
    for layer in ("entities", "events", "stories"):
        items = set().union(set(), *key[layer]) & set().union(set(), *resp[layer])
        k, r = _restrict(key[layer], items), _restrict(resp[layer], items)
        out[layer] = {"b3_f1": round(b_cubed(k, r).f1, 4), "pairwise_f1": round(pairwise_f1(k, r), 4),
                      "clusters_full": len(k), "clusters_incremental": len(r), "items": len(items)}
    return out
