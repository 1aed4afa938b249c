"""Cutting text into Frog lines and bounded requests changes whitespace only."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kroniek.analyse.segment import frog_lines, request_chunks, split_long_runs


def squeeze(s: str) -> str:
    return re.sub(r"\s+", "", s)


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        pytest.param(
            "Wraak\n\nQassem kwam om het leven.",
            ["Wraak", "Qassem kwam om het leven."],
            id="headline-own-line",
        ),
        pytest.param(
            "Kamerbrief\nDe minister schrijft dat.",
            ["Kamerbrief", "De minister schrijft dat."],
            id="short-line-before-single-newline-is-a-boundary",
        ),
        pytest.param(
            "In het licht van de ontwikkelingen in Irak en naar aanleiding van een\n"
            "aantal vragen van uw Kamer informeren wij uw Kamer.",
            [
                "In het licht van de ontwikkelingen in Irak en naar aanleiding van een aantal vragen van uw"
                " Kamer informeren wij uw Kamer."
            ],
            id="hard-wrapped-letter-lines-joined",
        ),
        pytest.param("  \n\n \n", [], id="blank-text-gives-no-lines"),
    ],
)
def test_segment_frog_lines(text: str, lines: list[str]) -> None:
    assert frog_lines(text, 120) == lines


def test_segment_long_unpunctuated_run_is_cut_after_a_clause_mark() -> None:
    words = [f"woord{i}" + ("," if i % 7 == 6 else "") for i in range(300)]
    pieces = split_long_runs(" ".join(words), 50)
    assert all(len(p.split()) <= 50 for p in pieces)
    assert all(p.endswith(",") for p in pieces[:-1])
    assert squeeze("".join(pieces)) == squeeze(" ".join(words))


def test_segment_punctuated_text_is_not_cut() -> None:
    text = " ".join(["Dit is een korte zin."] * 100)
    assert split_long_runs(text, 20) == [text]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", "b", " ", ".", ",", "\n", "\n\n", "\t", "EOT", "woord "]),
        max_size=600,
    ).map("".join),
    st.integers(min_value=1, max_value=50),
    st.integers(min_value=20, max_value=400),
)
def test_segment_chunks_keep_every_character(text: str, max_words: int, max_chars: int) -> None:
    chunks = list(request_chunks(text, max_words, max_chars))
    assert squeeze("".join(chunks)) == squeeze(text)
    for chunk in chunks:
        assert chunk.endswith("\n") and chunk.strip()
        # Bounded: one request holds at most max_chars plus one line that did not fit.
        assert len(chunk) <= 2 * max_chars + 2
        for line in chunk.splitlines():
            assert longest_run(line) <= max_words


def longest_run(line: str) -> int:
    """Most words in a row without a sentence end."""
    best = run = 0
    for w in line.split():
        run = 0 if re.search(r"[.!?]$", w) else run + 1
        best = max(best, run)
    return best



@pytest.mark.parametrize(
    ("line", "first"),
    [
        pytest.param("Het overleg met dhr. Jansen over de begroting duurde de hele middag.",
                     "Het overleg met dhr. Jansen", id="not after an abbreviation"),
        pytest.param("Het overleg met mr. A. de Vries over de begroting duurde de hele middag.",
                     "Het overleg met mr. A. de", id="not after an initial"),
        pytest.param("Het overleg duurde lang. Daarna sprak de minister over de begroting.",
                     "Het overleg duurde lang.", id="where the next sentence starts"),
    ],
)  # fmt: skip
def test_segment_big_line_cut_at_a_sentence_start(line: str, first: str) -> None:
    """An overlong line is cut where kroniek.sentences starts a sentence, else at a space."""
    chunks = list(request_chunks(line, 1000, 30))
    assert chunks[0].strip().split("\n")[0] == first
