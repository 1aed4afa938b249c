"""The Dutch word list's sets and compound indexes kept on disk (``hyphen.load_wordlist``): a new
process reads back exactly what it would build, and a changed list is never read stale."""

from __future__ import annotations

from pathlib import Path

import pytest

from kroniek.ingest import hyphen
from kroniek.ingest.hyphen import WordList

WORDS = ["brug", "brugwachter", "fiets", "fietsenstalling", "luitenant-kolonel", "na-apen",
         "Oekraïne", "Zweden", "zweden", "waterschap", "waterschapsverkiezing", "kolonel"]


def _load(path: Path) -> WordList:
    return hyphen.load_wordlist.__wrapped__(str(path))  # not the per-process cache: a new process's load


def _everything(w: WordList) -> tuple:
    return (w.exact, w.lower, w._closed_sorted, w._closed_reversed, w._hyphen_parts)


@pytest.fixture
def word_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KRONIEK_CACHE", str(tmp_path / "cache"))
    path = tmp_path / "dutch"
    path.write_text("\n".join(WORDS) + "\n", encoding="utf-8")
    return path


def test_hyphen_wordlist_read_back_equals_built(word_file: Path) -> None:
    built = WordList(WORDS)  # no disk key: built in memory only
    first = _load(word_file)
    assert _everything(first) == _everything(built)
    kept = sorted(p.name.split("-")[1] for p in (word_file.parent / "cache").glob("wordlist-*.pickle"))
    assert kept == ["indexes", "sets"]
    again = _load(word_file)  # read from the pickles this time
    assert _everything(again) == _everything(built)
    assert again.is_name("Oekraïne") and not again.is_name("Zweden") and "zweden" in again
    assert again.hyphenated_with_tail("kolonel") == 1 and again.closed_with_prefix("brug") == 1


def test_hyphen_wordlist_changed_file_is_not_read_stale(word_file: Path) -> None:
    _everything(_load(word_file))
    first = {p.name for p in (word_file.parent / "cache").glob("wordlist-sets-*.pickle")}
    word_file.write_text("\n".join([*WORDS, "dijkgraaf"]) + "\n", encoding="utf-8")
    changed = _load(word_file)
    assert "dijkgraaf" in changed and "dijkgraaf" in changed._closed_sorted
    now = {p.name for p in (word_file.parent / "cache").glob("wordlist-sets-*.pickle")}
    assert len(first) == 1 and len(now) == 1 and now != first  # a new key; the old version removed


def test_hyphen_wordlist_damaged_pickle_is_built_again(word_file: Path) -> None:
    _everything(_load(word_file))
    for p in (word_file.parent / "cache").glob("wordlist-*.pickle"):
        p.write_bytes(b"not a pickle")
    assert _everything(_load(word_file)) == _everything(WordList(WORDS))
