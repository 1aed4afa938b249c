"""A past participle Frog lemmatises with its "ge-" kept ("gewonnen" -> "gewinnen") is the listed verb
("winnen"), so that "won" in one outlet and "heeft gewonnen" in the next are one word for linking.
Real Frog for the sentences (written for these tests); the rule itself also as a plain table."""

from __future__ import annotations

import pytest
from frog_sentences import analysed, mention_of

from kroniek.extract.events import _misread_participle
from kroniek.model import Document

SENTENCES = [
    "De ploeg uit Zwolle heeft zondag de bekerfinale gewonnen.",  # 0
    "De oppositiekandidaat heeft de burgemeestersverkiezing in de hoofdstad opnieuw gewonnen.",  # 1
    "De ploeg uit Zwolle won zondag de bekerfinale.",  # 2
]


@pytest.mark.parametrize(
    "word, frog_lemma, expected",
    [
        pytest.param("gewonnen", "gewinnen", "winnen", id="ge-kept-on-a-listed-verb-is-dropped"),
        pytest.param("gebeurd", "gebeuren", "gebeuren", id="gebeuren-is-its-own-verb"),
        pytest.param("gebruikt", "gebruiken", "gebruiken", id="gebruiken-is-its-own-verb"),
        pytest.param("won", "winnen", "winnen", id="a-finite-form-is-left-alone"),
        pytest.param("winnen", "gewinnen", "gewinnen", id="only-a-ge-word-is-a-participle"),
    ],
)
def test_events_misread_participle_table(word: str, frog_lemma: str, expected: str) -> None:
    assert _misread_participle(word, frog_lemma) == expected


@pytest.fixture(scope="module")
def doc(frog) -> Document:
    return analysed(frog, "participle", SENTENCES)


def _lemma(doc: Document, k: int, word: str) -> str | None:
    em = mention_of(doc, SENTENCES[k], word)
    return em.lemma if em else None


@pytest.mark.frog
@pytest.mark.slow
@pytest.mark.parametrize(
    "k, word",
    [
        pytest.param(0, "gewonnen", id="a-final-won-in-the-perfect"),
        pytest.param(1, "gewonnen", id="an-election-won-in-the-perfect"),
        pytest.param(2, "won", id="the-simple-past-has-the-same-lemma"),
    ],
)
def test_events_participle_gewonnen_is_winnen(doc: Document, k: int, word: str) -> None:
    assert _lemma(doc, k, word) == "winnen", [(doc.text[e.start:e.end], e.lemma) for e in doc.events]
