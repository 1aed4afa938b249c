"""Exact and near-duplicate detection on the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest
from hash_seeds import outputs_under_seeds

from kroniek.ingest import iter_inputs
from kroniek.ingest.dedup import Deduplicator, shingles
from kroniek.settings import Settings


@pytest.fixture(scope="module")
def seed_texts(seeds_dir: Path) -> dict[str, str]:
    docs = list(iter_inputs([str(seeds_dir)], Settings()))
    return {Path(d.source).name[:3]: d.text for d in docs}


def _variant(
    text: str, *, change: tuple[str, str] | None = None, drop_paragraph: int | None = None
) -> str:
    paras = text.split("\n\n")
    if drop_paragraph is not None:
        del paras[drop_paragraph]
    out = "\n\n".join(paras)
    if change:
        assert change[0] in out
        out = out.replace(change[0], change[1], 1)
    return out


def test_dedup_exact_repeat(seed_texts: dict[str, str]) -> None:
    d = Deduplicator()
    d.add("a", seed_texts["000"])
    assert d.find(seed_texts["000"]) == "a"
    assert d.find(seed_texts["003"]) is None


NEAR = [
    pytest.param(
        "002",
        {"change": ("Het kabinet beschouwt de escalatie", "De regering vindt de escalatie")},
        id="letter with one sentence reworded",
    ),
    pytest.param("002", {"drop_paragraph": 3}, id="letter with a paragraph dropped"),
    pytest.param(
        "002",
        {"drop_paragraph": 5, "change": ("de hoogste prioriteit", "de allerhoogste prioriteit")},
        id="letter with a paragraph dropped and a phrase changed",
    ),
    pytest.param(
        "003",
        {"change": ("aldus woordvoerder Piers Cazalet", "zei een woordvoerder")},
        id="news with the attribution changed",
    ),
]


@pytest.mark.parametrize(("key", "edit"), NEAR)
def test_dedup_near_duplicate_found(seed_texts: dict[str, str], key: str, edit: dict) -> None:
    d = Deduplicator()
    for k, text in seed_texts.items():
        d.add(f"doc-{k}", text)
    assert d.find(_variant(seed_texts[key], **edit)) == f"doc-{key}"


def test_dedup_same_story_other_outlet_is_not_a_duplicate(seed_texts: dict[str, str]) -> None:
    # 000, 001 and 003 report the same events with shared names and phrases, but are different texts.
    d = Deduplicator()
    d.add("000", seed_texts["000"])
    d.add("002", seed_texts["002"])
    assert d.find(seed_texts["001"]) is None
    assert d.find(seed_texts["003"]) is None
    assert d.find(seed_texts["004"]) is None


def test_dedup_signature_round_trip(seed_texts: dict[str, str]) -> None:
    d = Deduplicator(num_perm=64)
    sig = d.signature(seed_texts["002"])
    assert isinstance(sig, bytes) and len(sig) == 64 * 8
    # a fresh Deduplicator (as after a restart, signatures from the store) finds the repeat
    fresh = Deduplicator(num_perm=64)
    fresh.add("brief", seed_texts["002"], signature=sig)
    variant = _variant(seed_texts["002"], drop_paragraph=4)
    assert fresh.find(variant, signature=d.signature(variant)) == "brief"
    assert d.signature(seed_texts["002"]) == sig, "signatures are deterministic"


def test_dedup_threshold_is_respected(seed_texts: dict[str, str]) -> None:
    half = "\n\n".join(seed_texts["002"].split("\n\n")[:12])
    strict = Deduplicator(threshold=0.9)
    strict.add("brief", seed_texts["002"])
    loose = Deduplicator(threshold=0.3)
    loose.add("brief", seed_texts["002"])
    assert strict.find(half) is None
    assert loose.find(half) == "brief"


def test_dedup_shingles_short_text() -> None:
    assert shingles("Kabinet zwijgt") == {b"kabinet", b"zwijgt"}
    assert len(shingles("De minister van Defensie zegt")) == 3


def test_dedup_stored_signature_is_used(seed_texts: dict[str, str]) -> None:
    # The lead stores signatures; add() must trust a given one instead of rehashing the text.
    d = Deduplicator()
    d.add(
        "x",
        "een ander kort bericht over iets heel anders",
        signature=d.signature(seed_texts["002"]),
    )
    assert d.find(_variant(seed_texts["002"], drop_paragraph=2)) == "x"


def test_dedup_signature_only_add_as_after_restart(seed_texts: dict[str, str]) -> None:
    # The store hands back (id, signature) rows without texts: add(id, "", signature).
    first = Deduplicator()
    stored = {k: first.signature(t) for k, t in seed_texts.items()}
    restarted = Deduplicator()
    for k, sig in stored.items():
        restarted.add(f"doc-{k}", "", sig)
    assert len(restarted) == 5
    assert (
        restarted.find(_variant(seed_texts["003"], drop_paragraph=4)) == "doc-003"
    )  # heading dropped
    assert restarted.find("") is None
    assert restarted.find(seed_texts["000"] + "\n\nEen extra alinea.") == "doc-000"


@pytest.mark.parametrize(
    ("threshold", "num_perm"),
    [
        pytest.param(0.8, 128, id="kroniek's default"),
        pytest.param(0.5, 128, id="a lower threshold takes more, shorter bands"),
        pytest.param(0.9, 64, id="fewer permutations"),
    ],
)
def test_dedup_lsh_bands_are_datasketchs_choice(threshold: float, num_perm: int) -> None:
    # The bands are worked out once per process (datasketch integrates for ~10 ms each time), and
    # must stay what datasketch itself picks for that threshold and size.
    from datasketch import MinHashLSH

    own = Deduplicator(num_perm=num_perm, threshold=threshold)._lsh
    theirs = MinHashLSH(threshold=threshold, num_perm=num_perm)
    assert (own.b, own.r) == (theirs.b, theirs.r)


def test_dedup_equal_candidates_first_indexed_wins_in_every_process() -> None:
    """Two indexed texts with the same shingles (they differ in case and punctuation only) are
    equally similar to a third: the one indexed first is the answer, whatever the process's
    string hashing (the LSH answers a set). Run in fresh processes with different hash seeds."""
    code = (
        "from kroniek.ingest.dedup import Deduplicator\n"
        "words = 'de gemeente opent volgende week een nieuw zwembad aan de rand van het dorp '\n"
        "text = (words * 3) + 'en de wethouder knipt het lint door'\n"
        "d = Deduplicator()\n"
        "d.add('eerste-melding', text)\n"
        "d.add('tweede-melding', text.upper().replace(' ', ', '))\n"
        "print(d.find(text + ' vanmiddag'))\n"
    )
    answers = {out.strip() for out in outputs_under_seeds(code, seeds=tuple(str(seed) for seed in range(6)))}
    assert answers == {"eerste-melding"}
