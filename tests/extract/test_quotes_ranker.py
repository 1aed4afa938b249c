"""The attribution steps a quote's speaker comes from, and the learned speaker ranker that fills
the speakers the rules leave empty (issue #11, item 2; qrank, session 12).

Every sentence here was written for these tests (none is taken from a corpus). The rows run on
the surface rules (no Frog) with the shipped weights (kroniek/data/speaker_ranker.json); the
ranker rows are given the person names Frog's NER would tag (the ranker fills speakers only with
typed names).
"""

from __future__ import annotations

import numpy as np
import pytest

from kroniek.extract.quotes import find_quotes
from kroniek.extract.quotes.attribute import run_traced
from kroniek.extract.quotes.names import read_context
from kroniek.extract.quotes.ranker import (
    PARSE_GROUPS,
    Candidate,
    choose,
    cue_class,
    model,
    parse_features,
    step_of,
)
from kroniek.model import Document, Mention, Sentence, Token
from tests.quote_rows import speaker


def _doc(text: str, persons: tuple[str, ...] = ()) -> Document:
    mentions = [Mention(text.index(n), text.index(n) + len(n), "PER") for n in persons]
    return Document(id="t", text=text, source="test", mentions=mentions)


def _traced(text: str, ranker: bool = True, persons: tuple[str, ...] = ()) -> list[tuple[str, str, str | None]]:
    st = read_context(_doc(text, persons))
    return [
        (text[q.start : q.end], path, None if q.speaker_start is None else text[q.speaker_start : q.speaker_end])
        for q, path in run_traced(st, ranker)
    ]


STEP_ROWS = [
    pytest.param("„De brug gaat in mei dicht”, zegt wethouder Anna Visser.", "after", id="cue-after-the-quote"),
    pytest.param("Wethouder Anna Visser zei: „De brug gaat in mei dicht.”", "before", id="colon-frame"),
    pytest.param("Volgens Piet Mulder is de dijk bij Kampen te laag.", "reported", id="volgens-frame"),
    pytest.param(
        "De dijk bij Kampen is te laag, aldus Piet Mulder van het waterschap.",
        "reported-final",
        id="clause-final-aldus",
    ),
]


@pytest.mark.parametrize(("text", "step"), STEP_ROWS)
def test_quote_carries_the_step_that_chose_its_speaker(text: str, step: str) -> None:
    (_quoted, path, _who), *_ = _traced(text)
    assert step_of(path) == step


def test_quote_step_of_a_carried_quote() -> None:
    text = (
        "Marktmeester Ria Kok telt dinsdag in Zwolle de lege kramen.\n\n"
        "„Het is te warm voor vis en kaas.”"
    )
    assert [p for _q, p, _w in _traced(text)] == ["carry-topic"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        pytest.param(
            "„Dit had ik nooit verwacht.” De prijs ging dinsdag naar Tom Hendriks uit Ede.",
            "Tom Hendriks",
            id="a-story-opening-quote-and-the-person-after-it",
        ),
        pytest.param(
            "„Alles is weg, echt alles.” Voor Henk Vos is de brand een ramp.",
            "Henk Vos",
            id="a-story-opening-quote-and-the-person-it-is-about",
        ),
    ],
)
def test_ranker_fills_a_speaker_the_rules_leave_empty(text: str, person: str) -> None:
    (_q, rules_path, rules_who), = _traced(text, ranker=False, persons=(person,))
    assert rules_path.endswith("/none") and rules_who is None
    (_q, path, who), = _traced(text, persons=(person,))
    assert who == person and path.endswith("+ranker")
    (q,) = find_quotes(_doc(text, (person,)))  # find_quotes runs the ranker by default
    assert q.speaker_start == text.index(person)


def test_ranker_fills_nothing_on_untyped_surface_names() -> None:
    text = "Weer dat lachje in de zaal: „Daar zeg ik niets over.”"
    assert speaker(text, "Daar zeg ik") is None


def test_ranker_leaves_a_speaker_empty_with_nobody_near() -> None:
    text = (
        "De gemeente Assen sluit de brug over het kanaal. Wethouder Lotte Brink legt het besluit "
        "uit.\n\nDe bewoners zijn boos. Er komt een pont.\n\nDe bouw duurt twee jaar.\n\n"
        "In de winter ligt het werk stil.\n\n„Dat is voor niemand prettig.”"
    )
    (_q, path, who), = _traced(text, persons=("Lotte Brink",))
    assert who is None and not path.endswith("+ranker")


def test_ranker_choose_takes_the_highest_score() -> None:
    vocab = {"a": 0, "b": 1}
    weights = np.array([1.0, -2.0, 0.5])  # the last weight is the bias
    cands = [Candidate(None, {"b": 1.0}), Candidate((0, 3), {"a": 1.0}), Candidate((4, 7), {"zzz": 9.0})]
    assert choose(cands, vocab, weights) == 1


def test_ranker_weights_ship_with_the_package() -> None:
    vocab, weights = model()
    assert len(weights) == len(vocab) + 1 and "none_rule_empty" in vocab


# --- parse features (qspeak16, session 12): measured leave-one-batch-out, not adopted -----------

CUE_ROWS = [
    pytest.param(None, "none", id="no-cue"),
    pytest.param("Volgens", "volgens", id="volgens"),
    pytest.param("aldus", "aldus", id="aldus"),
    pytest.param("zegt", "say", id="zegt"),
    pytest.param("schreef", "write", id="schreef"),
    pytest.param("laat weten", "write", id="laat-weten"),
    pytest.param("reageert", "answer", id="reageert"),
    pytest.param("vindt", "opinion", id="vindt"),
    pytest.param("klinkt", "other", id="klinkt"),
]


@pytest.mark.parametrize(("cue", "cls"), CUE_ROWS)
def test_ranker_cue_class(cue: str | None, cls: str) -> None:
    assert cue_class(cue) == cls


def _parsed(text: str, rows: list[tuple[str, str, int, str]]) -> Document:
    """A one-sentence document with hand-made Frog tokens: (word, lemma, head index, deprel)."""
    tokens, at = [], 0
    for word, lemma, head, rel in rows:
        start = text.index(word, at)
        at = start + len(word)
        pos = "WW(pv,tgw,met-t)" if rel in ("ROOT", "vc") else "SPEC(deeleigen)"
        tokens.append(Token(start, at, lemma, pos, head=head, deprel=rel))
    return Document(id="t", text=text, source="test", tokens=tokens, sentences=[Sentence(0, len(text), 0, len(tokens))])


def _features(doc: Document, name: str) -> dict[str, float]:
    st = read_context(doc)
    s = doc.text.index(name)
    return parse_features(st, (s, s + len(name)), 0, frozenset(PARSE_GROUPS))


def test_ranker_parse_features_subject_of_a_verb_of_saying() -> None:
    text = "Anna Visser zegt dat de brug in mei dichtgaat ."
    rows = [
        ("Anna", "Anna", 2, "su"), ("Visser", "Visser", 0, "mwp"), ("zegt", "zeggen", -1, "ROOT"),
        ("dat", "dat", 2, "vc"), ("de", "de", 5, "det"), ("brug", "brug", 8, "su"), ("in", "in", 8, "mod"),
        ("mei", "mei", 6, "obj1"), ("dichtgaat", "dichtgaan", 3, "body"), (".", ".", 2, "punct"),
    ]
    assert _features(_parsed(text, rows), "Anna Visser") == {"dep_su_report_here": 1.0}


def test_ranker_parse_features_object_of_volgens_and_apposition() -> None:
    text = "Volgens Piet Mulder , dijkgraaf , is de dijk te laag ."
    rows = [
        ("Volgens", "volgens", 6, "mod"), ("Piet", "Piet", 0, "obj1"), ("Mulder", "Mulder", 1, "mwp"),
        (",", ",", 1, "punct"), ("dijkgraaf", "dijkgraaf", 1, "app"), (",", ",", 1, "punct"),
        ("is", "zijn", -1, "ROOT"), ("de", "de", 8, "det"), ("dijk", "dijk", 6, "su"), ("te", "te", 10, "mod"),
        ("laag", "laag", 6, "predc"), (".", ".", 6, "punct"),
    ]
    assert _features(_parsed(text, rows), "Piet Mulder") == {"dep_volgens": 1.0, "dep_has_app": 1.0}


def test_ranker_parse_features_need_frog_tokens() -> None:
    text = "Anna Visser zegt dat de brug dichtgaat."
    assert _features(Document(id="t", text=text, source="test"), "Anna Visser") == {}
