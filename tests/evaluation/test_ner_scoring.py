"""Entity-level NER scoring (conlleval semantics) and CoNLL reading."""

from __future__ import annotations

import pytest

from kroniek.errors import EvalError
from kroniek.evaluation.ner import entities, evaluate, frog_to_conll, read_conll


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        pytest.param(
            ["B-PER", "I-PER", "O", "B-LOC"],
            {(0, 2, "PER"), (3, 4, "LOC")},
            id="iob2 person then place",
        ),
        pytest.param(
            ["B-LOC", "B-LOC"], {(0, 1, "LOC"), (1, 2, "LOC")}, id="B after B starts a new entity"
        ),
        pytest.param(
            ["O", "I-ORG", "I-ORG"], {(1, 3, "ORG")}, id="stray I- opens an entity like conlleval"
        ),
        pytest.param(
            ["B-PER", "I-LOC"], {(0, 1, "PER"), (1, 2, "LOC")}, id="I- of another type splits"
        ),
        pytest.param(["O", "O"], set(), id="no entities"),
        pytest.param(["B-MISC"], {(0, 1, "MISC")}, id="entity at sentence end is closed"),
    ],
)
def test_ner_entities_reads_iob_like_conlleval(tags, spans):
    assert entities(tags) == spans


def test_ner_evaluate_counts_exact_matches_only():
    # "Bill Clinton bezocht Antwerpen en de Europese Unie ."
    gold = [["B-PER", "I-PER", "O", "B-LOC", "O", "O", "B-ORG", "I-ORG", "O"]]
    # Partial person (wrong boundary), right place, organisation typed MISC.
    pred = [["O", "B-PER", "O", "B-LOC", "O", "O", "B-MISC", "I-MISC", "O"]]
    res = evaluate(gold, pred)
    assert res["overall"]["gold"] == 3
    assert res["overall"]["predicted"] == 3
    assert res["overall"]["correct"] == 1
    assert res["overall"]["f1"] == pytest.approx(1 / 3)
    assert res["LOC"]["f1"] == 1.0
    assert res["PER"]["f1"] == 0.0
    assert res["MISC"]["precision"] == 0.0 and res["MISC"]["gold"] == 0


def test_ner_evaluate_refuses_misaligned_sentences():
    with pytest.raises(EvalError):
        evaluate([["O", "B-PER"]], [["O"]])


@pytest.mark.parametrize(
    ("frog", "conll"),
    [
        pytest.param("B-PER", "B-PER", id="person stays"),
        pytest.param("I-PRO", "I-MISC", id="product becomes MISC"),
        pytest.param("B-EVE", "B-MISC", id="event becomes MISC"),
        pytest.param("B-loc", "B-LOC", id="lower-case type is normalised"),
        pytest.param("O", "O", id="outside stays"),
    ],
)
def test_ner_frog_to_conll_maps_types(frog, conll):
    assert frog_to_conll(frog) == conll


def test_ner_read_conll_splits_documents_and_sentences(tmp_path):
    f = tmp_path / "mini.conll"
    f.write_text(
        "-DOCSTART- -DOCSTART- O\n"
        "Wim N B-PER\nKok N I-PER\nzegt V O\n\n"
        "Hij Pron O\nlacht V O\n\n"
        "-DOCSTART- -DOCSTART- O\n"
        "In Prep O\nGent N B-LOC\n\n",
        encoding="utf-8",
    )
    docs = read_conll(f)
    assert [len(d) for d in docs] == [2, 1]
    assert [t.tag for t in docs[0][0]] == ["B-PER", "I-PER", "O"]
    assert docs[1][0][1].word == "Gent"


def test_ner_read_conll_rejects_non_iob_tags(tmp_path):
    f = tmp_path / "bad.conll"
    f.write_text("Gent N LOCATION\n", encoding="utf-8")
    with pytest.raises(EvalError):
        read_conll(f)


def test_ner_read_conll_conll2002_counts(data_dir):
    # Counts from /work/shared/data/conll2002-ned/SOURCE.md (match the official CoNLL-2002 table).
    docs = read_conll(data_dir / "conll2002-ned" / "ned.testa")
    sents = [s for d in docs for s in d]
    assert len(docs) == 74
    assert len(sents) == 2895
    gold = evaluate([[t.tag for t in s] for s in sents], [[t.tag for t in s] for s in sents])
    assert {t: gold[t]["gold"] for t in ("PER", "LOC", "ORG", "MISC")} == {
        "PER": 703,
        "LOC": 479,
        "ORG": 686,
        "MISC": 748,
    }
