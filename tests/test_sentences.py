"""kroniek.sentences owns sentence boundaries: Frog's sentences (repaired) where Frog ran, one
plain-text split otherwise, and every reader asks it (quotes, coref, search, the time tagger,
``kroniek show``)."""

from __future__ import annotations

import re

import pytest

from kroniek import sentences as sn
from kroniek.model import Document, Sentence, Token


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


def _windows(text: str, ends: list[int]) -> list[str]:
    starts = [0, *ends]
    return [text[a:b] for a, b in zip(starts, [*ends, len(text)], strict=True) if text[a:b].strip()]


# Frog's sentences (as its tokens' sentence index gives them) replace the plain split's.
FROG_WINDOWS = [
    pytest.param("De bisschop sprak met mgr. De Korte en vertrok vrijdag. Maandag volgt de mis.",
                 ["vrijdag.", "mis."], ["De bisschop sprak met mgr. De Korte en vertrok vrijdag.",
                                        " Maandag volgt de mis."],
                 id="Frog's sentence goes on past 'mgr.', which the plain split ends at"),
    pytest.param("De brand woedde gisteren; morgen komt de minister. Hij blijft kort.",
                 ["gisteren;", "minister.", "kort."], ["De brand woedde gisteren;", " morgen komt de minister.",
                                                       " Hij blijft kort."],
                 id="Frog's own cut, where the plain split sees none"),
    pytest.param("„Ik was bang.” De politie onderzoekt de explosie van donderdag.",
                 ["bang.”", "donderdag."], ["„Ik was bang.” De politie onderzoekt de explosie van donderdag."],
                 id="a quote still shares its window with the sentence after it"),
]  # fmt: skip


def _tokens(text: str, cuts: list[str]) -> list[Token]:
    """Frog's tokens (one per word) with the sentence index ``cuts`` gives."""
    out = []
    for k, (s, e) in enumerate(_frog(text, cuts)):
        out.extend(Token(start=s + m.start(), end=s + m.end(), lemma="", pos="", sent=k)
                   for m in re.finditer(r"\S+", text[s:e]))
    return out


@pytest.mark.parametrize(("text", "cuts", "windows"), FROG_WINDOWS)
def test_sentences_tense_windows_from_frog(text: str, cuts: list[str], windows: list[str]) -> None:
    assert _windows(text, sn.tense_windows(text, _tokens(text, cuts))) == windows


def test_sentences_time_tagger_reads_frog_sentences() -> None:
    """The tagger's tense reader asks ``tense_windows`` with Frog's tokens where it has them."""
    from kroniek.extract.time_tense import Tense

    text, cuts, _ = FROG_WINDOWS[0].values
    with_frog, without = Tense(text, _tokens(text, cuts)), Tense(text, None)
    assert with_frog.bounds == sn.tense_windows(text, _tokens(text, cuts)) != without.bounds


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        pytest.param("zei hij.”", True, id="a closing quote mark after the full stop"),
        pytest.param("(ANP).", True, id="a bracket before the full stop"),
        pytest.param("Is dat zo?)", True, id="a bracket after the question mark"),
        pytest.param("de wet-", False, id="a line broken at a hyphen"),
        pytest.param("het kabinet,", False, id="a comma"),
    ],
)  # fmt: skip
def test_sentences_ends_sentence(text: str, ends: bool) -> None:
    assert sn.ends_sentence(text) is ends


def test_sentences_boundaries_cut_no_sentence() -> None:
    text = "Dhr. Jansen kwam om 10 u. 30 binnen. Toen begon het. En"
    assert [text[i:][:4] for i in sn.boundaries(text)] == ["Toen", "En"]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        pytest.param("Dhr. Jansen vertrok gisteren. Hij komt terug.", ["Dhr. Jansen vertrok gisteren.", "Hij komt terug."],
                     id="the plain split's sentences: not cut after an abbreviation"),
        pytest.param("Apple toonde de nieuwe telefoon. iPhone-kopers wachten.",
                     ["Apple toonde de nieuwe telefoon.", "iPhone-kopers wachten."],
                     id="cut before a lower-case word after a full stop (the plain split joins them)"),
        pytest.param("De minister schreef de Kamer\nop maandag over de missie.",
                     ["De minister schreef de Kamer", "op maandag over de missie."],
                     id="a hard-wrapped line is a piece of its own"),
        pytest.param("Om 12.00 uur viel het besluit.", ["Om 12.00 uur viel het besluit."], id="a clock time's dot"),
    ],
)  # fmt: skip
def test_sentences_dating_pieces(text: str, pieces: list[str]) -> None:
    assert _texts(text, sn.sentence_pieces(text)) == pieces


# ---------------------------------------------------------------- local tests around an offset


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        pytest.param("Ik kom morgen.”", True, id="a closing quote mark after the full stop"),
        pytest.param("Echt?! ", True, id="end marks and a space"),
        pytest.param("Wacht maar…", True, id="an ellipsis"),
        pytest.param("de nieuwe koers", False, id="a phrase without an end mark"),
        pytest.param("om 12.00 uur", False, id="a word after the dot"),
    ],
)  # fmt: skip
def test_sentences_ends_in_mark(text: str, ends: bool) -> None:
    assert sn.ends_in_mark(text) is ends


@pytest.mark.parametrize(
    ("text", "lines", "tail"),
    [
        pytest.param("zat in een café. De film", False, " De film", id="after a full stop"),
        pytest.param("hij zei: de serie", False, " de serie", id="after a colon"),
        pytest.param("eerst dit; dan de roman", False, " dan de roman", id="after a semicolon"),
        pytest.param("Kop\nde film", False, "Kop\nde film", id="a line break cuts nothing by default"),
        pytest.param("Kop\nde film", True, "de film", id="a line break cuts with lines"),
    ],
)  # fmt: skip
def test_sentences_clause_tail(text: str, lines: bool, tail: str) -> None:
    assert sn.clause_tail(text, lines=lines) == tail


@pytest.mark.parametrize(
    ("before", "dash", "opens"),
    [
        pytest.param("", False, True, id="the start of the text"),
        pytest.param("Het was stil. ", False, True, id="after a full stop"),
        pytest.param("„Ik ga.” ", False, True, id="after a closing quote mark"),
        pytest.param("Kop\n", False, True, id="after a line break"),
        pytest.param("zei hij tegen ", False, False, id="inside a sentence"),
        pytest.param("AMSTERDAM - ", False, False, id="a dateline's dash opens nothing by default"),
        pytest.param("AMSTERDAM - ", True, True, id="but does with dash"),
    ],
)  # fmt: skip
def test_sentences_follows_end(before: str, dash: bool, opens: bool) -> None:
    assert sn.follows_end(before, dash=dash) is opens


@pytest.mark.parametrize(
    ("text", "quote", "sentence"),
    [
        pytest.param("Het regende. Volgens Jansen „gaat het door”, zei hij. Toen niet.", "„gaat het door”",
                     "Volgens Jansen „gaat het door”, zei hij", id="from after one end to the next"),
        pytest.param("Kop\nJansen: „Nee” en weg", "„Nee”", "Jansen: „Nee” en weg", id="a line break, then the text's end"),
        pytest.param("Om 12.00 uur zei Jansen „nee”. Klaar.", "„nee”", "Om 12.00 uur zei Jansen „nee”",
                     id="a clock time's dot is no end (no space after it)"),
    ],
)  # fmt: skip
def test_sentences_sentence_around(text: str, quote: str, sentence: str) -> None:
    s, e = sn.sentence_around(text, text.index(quote), text.index(quote) + len(quote) - 1)
    assert text[s:e] == sentence


@pytest.mark.parametrize(
    ("gap", "crosses"),
    [
        pytest.param(" , ", False, id="a comma"),
        pytest.param(". ", True, id="a full stop"),
        pytest.param("\n", True, id="a line break"),
    ],
)  # fmt: skip
def test_sentences_crosses_end(gap: str, crosses: bool) -> None:
    assert sn.crosses_end(gap) is crosses


@pytest.mark.parametrize(
    ("text", "word", "so_far"),
    [
        pytest.param("Het was stil. Toen kwam Hazard", "Hazard", "Toen kwam ", id="after a full stop"),
        pytest.param("„Ik ga.” Toen kwam Hazard", "Hazard", "Toen kwam ", id="after a closing quote mark"),
        pytest.param("Kop\nToen kwam Hazard", "Hazard", "Toen kwam ", id="after a line break"),
        pytest.param("Om 12.00 uur kwam Hazard", "Hazard", "Om 12.00 uur kwam ", id="a clock time's dot is no end"),
    ],
)  # fmt: skip
def test_sentences_sentence_so_far(text: str, word: str, so_far: str) -> None:
    assert sn.sentence_so_far(text, text.index(word)) == so_far


# ---------------------------------------------------------------- one place for sentence ends

# A regex character class of sentence end marks ("[.!?]", "[.!?…]", "[.!?:\n]"): two or more of
# ".!?" and nothing else but "…", ":", ";" and a line break (not a class of all punctuation)
_END_CLASS = re.compile(r"\[\^?((?:\\.|[^\]\\])*)\]")


def _is_end_class(content: str) -> bool:
    marks = set(content.replace("\\n", "\n").replace("\\", ""))
    return len(marks & set(".!?")) >= 2 and marks <= set(".!?…:;\n")


def _own_ends() -> set[str]:
    import ast
    from pathlib import Path

    root = Path(sn.__file__).resolve().parents[1]
    found = set()
    for path in (root / "kroniek").rglob("*.py"):
        rel = path.relative_to(root).as_posix()
        if rel == "kroniek/sentences.py":
            continue
        literals = [n.value for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                    if isinstance(n, ast.Constant) and isinstance(n.value, str)]
        if any(_is_end_class(c) for lit in literals for c in _END_CLASS.findall(lit)):
            found.add(rel)
    return found


def test_sentences_no_other_module_finds_sentence_ends() -> None:
    """Sentence ends are found in kroniek/sentences.py: the time tagger, document dating, search,
    ``kroniek show``, the reflow of PDF lines, the cutting of Frog's requests, direct quotes, the
    entity tidier, the story labels and the entity linker's speakers, descriptions and full names
    ask it."""
    assert _own_ends() == set(), "a sentence-end regex outside kroniek.sentences"
