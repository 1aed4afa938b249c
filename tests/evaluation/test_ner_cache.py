"""The NER evaluation's Frog cache: a document analysed once is read back, not sent to Frog again."""

from __future__ import annotations

from pathlib import Path

import pytest

import kroniek.analyse.frog as frog_module
from kroniek.analyse.frog import FrogToken
from kroniek.evaluation import ner
from kroniek.evaluation.ner import ConllToken, run_frog

# Two made-up articles in CoNLL's shape (word, POS, gold tag).
DOCS = [
    [
        [ConllToken("Burgemeester", "N", "O"), ConllToken("Jansen", "N", "B-PER"),
         ConllToken("opende", "V", "O"), ConllToken("de", "Art", "O"), ConllToken("brug", "N", "O"),
         ConllToken("in", "Prep", "O"), ConllToken("Zwolle", "N", "B-LOC"), ConllToken(".", "Punc", "O")],
    ],
    [
        [ConllToken("Het", "Art", "O"), ConllToken("waterschap", "N", "O"), ConllToken("meldt", "V", "O"),
         ConllToken("hoogwater", "N", "O"), ConllToken(".", "Punc", "O")],
        [ConllToken("Rijkswaterstaat", "N", "B-ORG"), ConllToken("waarschuwt", "V", "O"),
         ConllToken(".", "Punc", "O")],
    ],
]


class CountingFrog:
    """Stands in for FrogServer: tags capitalised words B-per, counts what it is asked."""

    asked: list[list[list[str]]] = []
    started = 0

    def __init__(self, *args: object, **kwargs: object) -> None:
        CountingFrog.started += 1

    def analyse_pretokenised(self, sentences: list[list[str]]) -> list[list[FrogToken]]:
        CountingFrog.asked.append(sentences)
        return [[FrogToken(w, w.lower(), "", "N(eigen)" if w[0].isupper() else "WW", 0.8123456,
                           "B-per" if w[0].isupper() else "O", "O", -1, "") for w in s] for s in sentences]

    def close(self) -> None:
        pass


@pytest.fixture
def counting_frog(monkeypatch: pytest.MonkeyPatch) -> type[CountingFrog]:
    CountingFrog.asked, CountingFrog.started = [], 0
    monkeypatch.setattr(frog_module, "FrogServer", CountingFrog)
    return CountingFrog


def test_ner_cache_second_run_reads_the_cache_without_frog(tmp_path: Path, counting_frog) -> None:
    first = run_frog(DOCS, cache=tmp_path)
    assert counting_frog.started == 1 and len(counting_frog.asked) == 2
    assert len(list(tmp_path.glob("*.json"))) == 2
    again = run_frog(DOCS, cache=tmp_path)
    assert counting_frog.started == 1 and len(counting_frog.asked) == 2  # no Frog the second time
    assert again == first  # every field kept, the confidence unrounded too
    assert again[0][0][1].ner == "B-per" and again[0][0][1].pos_conf == 0.8123456


def test_ner_cache_only_missing_or_damaged_documents_go_to_frog(tmp_path: Path, counting_frog) -> None:
    run_frog(DOCS[:1], cache=tmp_path)
    damaged = next(tmp_path.glob("*.json"))
    damaged.write_text("[[", encoding="utf-8")
    run_frog(DOCS, cache=tmp_path)
    # The damaged entry and the new document, each once; nothing else.
    assert [s[0][0] for s in counting_frog.asked] == ["Burgemeester", "Burgemeester", "Het"]


def test_ner_cache_entry_of_other_tokens_is_not_used(tmp_path: Path, counting_frog) -> None:
    run_frog(DOCS[:1], cache=tmp_path)
    entry = next(tmp_path.glob("*.json"))
    entry.write_text(entry.read_text(encoding="utf-8").replace("Zwolle", "Deventer"), encoding="utf-8")
    got = run_frog(DOCS[:1], cache=tmp_path)
    assert len(counting_frog.asked) == 2
    assert [t.word for t in got[0][0]][6] == "Zwolle"


def test_ner_cache_default_folder_follows_kroniek_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KRONIEK_CACHE", str(tmp_path))
    assert ner.frog_cache() == tmp_path / "eval-ner-frog"
