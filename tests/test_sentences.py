"""kroniek.sentences owns sentence boundaries: Frog's sentences (repaired) where Frog ran, one
plain-text split otherwise, and every reader asks it (quotes, coref, search, the time tagger,
``kroniek show``)."""

from __future__ import annotations

import pytest

from kroniek import sentences as sn
from kroniek.model import Document, Sentence


def _texts(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in spans]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param("Hij kwam. Zij ging!", ["Hij kwam.", "Zij ging!"], id="end punctuation before a capital"),
        pytest.param("GM vroeg om 12.00 uur uitstel aan. Daarna sprak Obama.",
                     ["GM vroeg om 12.00 uur uitstel aan.", "Daarna sprak Obama."], id="the dot of a clock time"),
        pytest.param("Er verdwijnen 1.500 banen. De bond is boos.",
                     ["Er verdwijnen 1.500 banen.", "De bond is boos."], id="the dot of a thousand"),
        pytest.param("Dhr. Jansen kwam om 10 u. 30 binnen. Toen begon het.",
                     ["Dhr. Jansen kwam om 10 u. 30 binnen.", "Toen begon het."], id="abbreviations go on"),
        pytest.param("Het gaat om de VS. Daarom zwijgt hij.", ["Het gaat om de VS.", "Daarom zwijgt hij."],
                     id="a country's letters end a sentence"),
        pytest.param("Kop zonder punt\n\nEerste zin.", ["Kop zonder punt", "Eerste zin."], id="a blank line ends one"),
        pytest.param("Ze zei: „Nee.” En toen?", ["Ze zei: „Nee.”", "En toen?"], id="the closing mark stays"),
    ],
)  # fmt: skip
def test_sentences_plain_split(text: str, want: list[str]) -> None:
    assert _texts(text, sn.split_sentences(text)) == want


def _frog(text: str, cuts: list[str]) -> list[tuple[int, int]]:
    """Sentence spans ending right after each of ``cuts``, as Frog would give them."""
    spans, start = [], 0
    for c in cuts:
        end = text.index(c, start) + len(c)
        while text[start].isspace():
            start += 1
        spans.append((start, end))
        start = end
    return spans


TEXT = "„Gaat het door?”, vraagt Anna de Vries. Ze twijfelt."
CUTS = ["door?", "Vries.", "twijfelt."]  # Frog ends a sentence inside the quote
WANT = ["„Gaat het door?”, vraagt Anna de Vries.", "Ze twijfelt."]


def test_sentences_document_reads_frog_layer_repaired() -> None:
    doc = Document(id="s", text=TEXT, source="t",
                   sentences=[Sentence(start=s, end=e, first_token=0, last_token=0) for s, e in _frog(TEXT, CUTS)])
    assert _texts(TEXT, sn.document_sentences(doc)) == WANT


def test_sentences_without_frog_the_plain_split() -> None:
    text = "Het regent. Morgen niet."
    assert sn.document_sentences(Document(id="s", text=text, source="t")) == sn.split_sentences(text)


@pytest.mark.parametrize(("offset", "index"), [(0, 0), (10, 0), (11, -1), (12, 1), (99, -1)])
def test_sentences_sentence_at(offset: int, index: int) -> None:
    assert sn.sentence_at([(0, 11), (12, 24)], offset) == index


@pytest.mark.parametrize(
    ("text", "word", "opens"),
    [
        ("Zondag was het stil.", "Zondag", True),  # the text's start
        ("Het was stil. Zondag niet.", "Zondag", True),  # after a full stop
        ("Hij zei: Zondag kom ik.", "Zondag", True),  # after a colon
        ("Het was stil op Zondag.", "Zondag", False),  # inside a sentence: a capital of its own
    ],
)
def test_sentences_opens_sentence(text: str, word: str, opens: bool) -> None:
    assert sn.opens_sentence(text, text.index(word)) is opens


def test_sentences_old_import_paths_are_the_one_splitter() -> None:
    from kroniek import search
    from kroniek.extract import quote_marks
    from kroniek.extract.timex import words

    assert quote_marks.split_sentences is search.split_sentences is sn.split_sentences
    assert quote_marks.document_sentences is sn.document_sentences
    assert words.sentence_start("Het was stil. Zondag niet.", 14) is sn.opens_sentence("Het was stil. Zondag niet.", 14)


@pytest.mark.parametrize(
    ("text", "windows"),
    [
        pytest.param("De brand woedde gisteren. Morgen komt de minister.",
                     ["De brand woedde gisteren.", " Morgen komt de minister."], id="the plain split's sentences"),
        pytest.param("Dhr. Jansen vertrok vrijdag. Hij komt terug.",
                     ["Dhr. Jansen vertrok vrijdag.", " Hij komt terug."], id="an abbreviation ends no window"),
        pytest.param("„Ik was bang.” De politie onderzoekt de explosie van donderdag.",
                     ["„Ik was bang.” De politie onderzoekt de explosie van donderdag."],
                     id="a quote shares its window with the sentence after it"),
        pytest.param("Kop zonder punt\nDe raad besloot dinsdag.", ["Kop zonder punt\n", "De raad besloot dinsdag."],
                     id="a line break ends one"),
    ],
)  # fmt: skip
def test_sentences_tense_windows(text: str, windows: list[str]) -> None:
    ends = sn.tense_windows(text)
    starts = [0, *ends]
    got = [text[a:b] for a, b in zip(starts, [*ends, len(text)], strict=True) if text[a:b].strip()]
    assert got == windows
