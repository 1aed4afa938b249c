"""Writing an incremental entity step (kroniek/link/incremental.py, ``_write_entities``): merges of
stored entities decided by one batch, on every backend with its foreign keys (SQLite with
``foreign_keys = ON``, PostgreSQL, and the memory store checked by hand).

A batch's local clusters each name the stored entities their stored mentions belong to (the
"targets", most votes first); a cluster naming several merges them. Several clusters can chain
such merges: one says X belongs with Y, the next Y with Z, a third X with O. Every id must end in
the one surviving entity, and no merge may write into an entity an earlier merge of the same
batch already removed (that was a foreign-key violation in ``merge_entities``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kroniek.link.incremental import _write_entities
from kroniek.model import Document, Entity, PublishedDate
from kroniek.store import Store, open_store


@pytest.fixture(params=["sqlite", "memory", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    location = {"sqlite": str(tmp_path / "k.db"), "memory": "memory:"}.get(request.param)
    opened = open_store(location or request.getfixturevalue("postgres_url"))
    yield opened
    opened.close()


def _doc(doc_id: str) -> Document:
    text = f"Bericht {doc_id}: minister Jansen sprak met Kees de Vries en Anna Bakker in Den Haag."
    return Document(id=doc_id, text=text, source=f"{doc_id}.txt", raw_hash="r-" + doc_id,
                    published=PublishedDate("2019-06-01", "day", "metadata", "2019-06-01"))


STORED = {  # stored entity -> its stored mention (doc d0)
    "e-x": ("d0", 20, 26), "e-y": ("d0", 40, 53), "e-z": ("d0", 57, 67), "e-o": ("d0", 71, 79),
}
NAMES = {"e-x": "Jansen", "e-y": "Kees de Vries", "e-z": "Anna Bakker", "e-o": "Den Haag"}


def _stored(store: Store) -> Store:
    for d in ("d0", "d1"):
        store.add_document(_doc(d), text_hash="h-" + d)
    store.replace_entities([Entity(eid, "PER", NAMES[eid], [NAMES[eid]], [m]) for eid, m in STORED.items()])
    return store


def _plan(eid: str, fresh: tuple[str, int, int], targets: list[str]
          ) -> tuple[Entity, list[tuple[str, int, int]], list[str]]:
    return Entity(eid, "PER", NAMES.get(targets[0], "Nieuw") if targets else "Nieuw", [], [fresh]), [fresh], targets


def _no_dangling(store: Store) -> None:
    """Every stored mention belongs to a stored entity (what a foreign key enforces)."""
    ids = {e.id for e in store.entities()}
    assert all(e.id in ids for e in store.entities())
    for eid, _d, _s, _t in store.entity_mentions_in(["d0", "d1"]):
        assert eid in ids, eid


# Each row: the batch's plans (local cluster id, its new mention in d1, its stored targets), the
# stored entity that survives the merges, the ones left alone, and why.
CHAINS = [
    pytest.param([("l1", ("d1", 20, 26), ["e-y", "e-x"]), ("l2", ("d1", 40, 53), ["e-z", "e-y"]),
                  ("l3", ("d1", 57, 67), ["e-x", "e-o"])], "e-z", set(),
                 id="root-merged-away-earlier"),  # X->Y, Y->Z, then O->X (X is in Y, Y already in Z)
    pytest.param([("l1", ("d1", 20, 26), ["e-x", "e-y"]), ("l2", ("d1", 40, 53), ["e-z", "e-x"]),
                  ("l3", ("d1", 57, 67), ["e-y", "e-o"])], "e-z", set(),
                 id="merge-into-a-merged-target"),  # Y->X, X->Z, then O->Y (Y is in X, X already in Z)
    pytest.param([("l1", ("d1", 20, 26), ["e-y", "e-o"]), ("l2", ("d1", 40, 53), ["e-x", "e-y"]),
                  ("l3", ("d1", 57, 67), ["e-o", "e-x"])], "e-x", {"e-z"},
                 id="targets-naming-each-other"),  # O->Y, Y->X, then X->(O's root Y): a cycle X<->Y
]


@pytest.mark.parametrize("plans, root, alone", CHAINS)
def test_incremental_write_entities_chained_merges_end_in_one_entity(store: Store, plans: list, root: str,
                                                                      alone: set[str]) -> None:
    _stored(store)
    step = _write_entities(store, [_plan(*p) for p in plans], neighbour_ids=1)
    _no_dangling(store)
    assert {e.id for e in store.entities()} == {root} | alone
    assert set(step.assigned.values()) == {root}  # every new mention ends in the survivor
    merged = set(STORED) - {root} - alone
    assert {o: store.resolve_redirect("entity", o) for o in merged} == dict.fromkeys(merged, root)
    got = store.get_entity(root)
    assert got is not None
    assert set(got.mentions) == {STORED[e] for e in merged | {root}} | {p[1] for p in plans}
    # the merged entities' names stay findable: their keys now lead to the survivor
    assert store.ids_with_keys("entity", ["n:kees de vries"]) == {"n:kees de vries": {root}}
    assert step.merged == len(merged)


def test_incremental_write_entities_new_and_stored_in_one_batch(store: Store) -> None:
    """A new entity (no stored targets) and a merge of two stored ones in the same batch."""
    _stored(store)
    plans = [_plan("l-new", ("d1", 0, 7), []), _plan("l1", ("d1", 20, 26), ["e-x", "e-y"])]
    step = _write_entities(store, plans, neighbour_ids=1)
    _no_dangling(store)
    assert step.assigned == {("d1", 0, 7): "l-new", ("d1", 20, 26): "e-x"}
    assert {e.id for e in store.entities()} == {"l-new", "e-x", "e-z", "e-o"}
    assert store.resolve_redirect("entity", "e-y") == "e-x"
    assert store.ids_with_keys("entity", ["n:kees de vries"]) == {"n:kees de vries": {"e-x"}}


# --- the neighbourhood read for the batch (``_bounded``): a candidate's most recent mentions ---


def _named(doc_id: str, text: str, names: list[str]) -> Document:
    from kroniek.model import Mention

    doc = Document(id=doc_id, text=text, source=doc_id)
    at = 0
    for name in names:
        start = text.index(name, at)
        doc.mentions.append(Mention(start, start + len(name), "PER"))
        at = start + len(name)
    return doc


OLDER = "Halsema opende de brug. Volgens Halsema kwam het geld uit Den Haag. Halsema bleef optimistisch."
NEWER = "Halsema sprak de raad toe. Halsema wil meer woningen. Daarna vertrok Halsema naar Amsterdam-Noord."


def test_incremental_bounded_reads_a_candidates_most_recent_mentions() -> None:
    from kroniek.link.incremental import MENTIONS_PER_CANDIDATE, _bounded

    older = _named("d-1", OLDER, ["Halsema", "Halsema", "Den Haag", "Halsema"])
    newer = _named("d-2", NEWER, ["Halsema", "Halsema", "Halsema"])
    entity_of = {(d.id, m.start, m.end): "e-halsema" for d in (older, newer) for m in d.mentions
                 if d.text[m.start:m.end] == "Halsema"}
    entity_of[("d-1", OLDER.index("Den Haag"), OLDER.index("Den Haag") + 8)] = "e-den-haag"
    batch = [_named("d-new", "Burgemeester Halsema reageerde.", ["Halsema"])]
    # neighbours in ingest order (older first); over the budget of one new mention
    out = _bounded([older, newer], batch, entity_of, candidates={"e-halsema"})
    assert MENTIONS_PER_CANDIDATE == 5
    assert len(out[1].mentions) == 3  # the newest document: all three
    assert [m.start for m in out[0].mentions] == [m.start for m in older.mentions[:2]]  # then two of the older
    assert all(entity_of[(d.id, m.start, m.end)] == "e-halsema" for d in out for m in d.mentions)
