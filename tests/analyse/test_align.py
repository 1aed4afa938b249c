"""Alignment of Frog tokens to exact offsets: hand-made cases, a property test, and the five seeds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kroniek.analyse.align import align, match_at
from kroniek.analyse.frog import FrogToken, RecordedFrog


def tok(
    word: str, head: int = 0, ner: str = "O", pos: str = "N(soort)", deprel: str = ""
) -> FrogToken:
    return FrogToken(word, word.lower(), f"[{word}]", pos, 1.0, ner, "O", head, deprel)


def covered(text: str, tokens) -> list[str]:
    return [text[t.start : t.end] for t in tokens]


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        pytest.param(
            "Hij zei ja.", ["Hij", "zei", "ja", "."], ["Hij", "zei", "ja", "."], id="plain"
        ),
        pytest.param(
            "„Wij hebben begrip”, zegt ze.",
            ['"', "Wij", "hebben", "begrip", '"', ",", "zegt", "ze", "."],
            ["„", "Wij", "hebben", "begrip", "”", ",", "zegt", "ze", "."],
            id="frog-straightened-curly-quotes",
        ),
        pytest.param(
            "Het was… stil",
            ["Het", "was", "...", "stil"],
            ["Het", "was", "…", "stil"],
            id="ellipsis-expanded",
        ),
        pytest.param(
            "de ver\u00adkiezing",
            ["de", "verkiezing"],
            ["de", "ver\u00adkiezing"],
            id="soft-hyphen-dropped",
        ),
        pytest.param(
            "een bedrag van 10 000 euro",
            ["een", "bedrag", "van", "10000", "euro"],
            ["een", "bedrag", "van", "10 000", "euro"],
            id="space-inside-number",
        ),
        pytest.param(
            "De d.d. voorzitter",
            ["De", "d.", "d.", "voorzitter"],
            ["De", "d.", "d.", "voorzitter"],
            id="abbreviation-split",
        ),
        pytest.param(
            "Zie \x07 hier",
            ["Zie", "hier"],
            ["Zie", "hier"],
            id="control-character-dropped-by-frog",
        ),
        pytest.param(
            "Het jaar '81 en 1982–1983",
            ["Het", "jaar", "'81", "en", "1982-1983"],
            ["Het", "jaar", "'81", "en", "1982–1983"],
            id="en-dash-normalised",
        ),
    ],
)
def test_align_offsets_exact(text: str, words: list[str], expected: list[str]) -> None:
    sents, toks = align(text, [[tok(w) for w in words]])
    assert covered(text, toks) == expected
    assert len(sents) == 1 and sents[0].first_token == 0 and sents[0].last_token == len(words)


def test_align_splits_multiword_units_with_tags_and_heads() -> None:
    text = "Ank Bijleveld zegt dat New York ver is."
    sentence = [
        FrogToken(
            "Ank_Bijleveld",
            "Ank_Bijleveld",
            "[Ank]_[Bijleveld]",
            "SPEC(deeleigen)_SPEC(deeleigen)",
            1.0,
            "B-PER_I-PER",
            "B-NP_I-NP",
            2,
            "su",
        ),
        FrogToken("zegt", "zeggen", "[zeg][t]", "WW(pv,tgw,met-t)", 1.0, "O", "B-VP", 0, "ROOT"),
        FrogToken("dat", "dat", "[dat]", "VG(onder)", 1.0, "O", "B-SBAR", 2, "vc"),
        FrogToken(
            "New_York",
            "New_York",
            "[New]_[York]",
            "SPEC(deeleigen)_SPEC(deeleigen)",
            1.0,
            "B-LOC_I-LOC",
            "B-NP_I-NP",
            6,
            "su",
        ),
        FrogToken("ver", "ver", "[ver]", "ADJ(vrij,basis,zonder)", 1.0, "O", "B-ADJP", 6, "predc"),
        FrogToken("is", "zijn", "[is]", "WW(pv,tgw,ev)", 1.0, "O", "B-VP", 3, "body"),
        FrogToken(".", ".", "[.]", "LET()", 1.0, "O", "O", 6, "punct"),
    ]
    _, toks = align(text, [sentence])
    assert covered(text, toks) == [
        "Ank",
        "Bijleveld",
        "zegt",
        "dat",
        "New",
        "York",
        "ver",
        "is",
        ".",
    ]
    assert [t.ner for t in toks[:2]] == ["B-PER", "I-PER"]
    assert [t.ner for t in toks[4:6]] == ["B-LOC", "I-LOC"]
    assert (
        toks[0].head == 2 and toks[0].deprel == "su"
    )  # the unit's head moved to "zegt", now index 2
    assert toks[1].head == 0 and toks[1].deprel == "mwp"  # second part hangs on the first
    assert toks[4].head == 7 and toks[5].head == 4  # "New" -> "is" (index 7); "York" -> "New"
    assert toks[2].head == -1  # the root


def test_align_keeps_a_real_underscore_word() -> None:
    text = "Volg @mijn_account nu"
    _, toks = align(text, [[tok("Volg"), tok("@mijn_account", pos="SPEC(symb)"), tok("nu")]])
    assert covered(text, toks) == ["Volg", "@mijn_account", "nu"]


def test_align_unmatchable_token_warns_and_moves_on() -> None:
    text = "Een twee drie"
    warnings: list[str] = []
    _, toks = align(text, [[tok("Een"), tok("XYZ"), tok("drie")]], warnings)
    assert covered(text, toks) == ["Een", "twe", "drie"]
    assert len(warnings) == 1 and "XYZ" in warnings[0]


@pytest.mark.parametrize(
    ("text", "pos", "word", "end"),
    [
        pytest.param("«Ja»", 0, '"', 1, id="guillemet-is-a-quote"),
        pytest.param("ﬁets", 0, "fiets", 4, id="ligature-nfkc"),
        pytest.param("abc", 0, "abd", None, id="different-letter"),
        pytest.param(" abc", 0, "abc", None, id="no-match-on-space"),
    ],
)
def test_align_match_at_normalisation(text: str, pos: int, word: str, end: int | None) -> None:
    assert match_at(text, pos, word) == end


# --- property: any tokenisation of any text aligns back exactly --------------------------------

WORDS = st.text(
    alphabet=st.sampled_from(list("abcdeëéXYZ019.,;:!?'\"„”‘’-–()&")), min_size=1, max_size=8
)
SPACES = st.sampled_from([" ", "  ", "\n", "\n\n", "\t", " \u00a0", "\u200b "])
QUOTE_SWAP = str.maketrans({"„": '"', "”": '"', "‘": "'", "’": "'", "–": "-"})


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(WORDS, min_size=1, max_size=30),
    seps=st.lists(SPACES, min_size=30, max_size=30),
    lead=SPACES,
    joins=st.lists(st.booleans(), min_size=30, max_size=30),
    swap=st.booleans(),
    cuts=st.sets(st.integers(min_value=1, max_value=29), max_size=4),
)
def test_align_property_roundtrip(words, seps, lead, joins, swap, cuts) -> None:
    text = lead + "".join(w + s for w, s in zip(words, seps, strict=False))
    # Frog's view: maybe straightened quotes, some neighbours joined into multi-word units.
    seen = [w.translate(QUOTE_SWAP) if swap else w for w in words]
    frog_words: list[list[str]] = []
    for i, w in enumerate(seen):
        joinable = i > 0 and joins[i] and "_" not in w and " " in seps[i - 1] and frog_words
        if joinable:
            frog_words[-1].append(w)
        else:
            frog_words.append([w])
    sentences: list[list[FrogToken]] = [[]]
    for k, parts in enumerate(frog_words):
        if k in cuts and sentences[-1]:
            sentences.append([])
        n = len(parts)
        sentences[-1].append(
            FrogToken(
                "_".join(parts),
                "_".join(parts),
                "_".join(f"[{p}]" for p in parts),
                "_".join(["N(soort)"] * n),
                1.0,
                "_".join(["B-PER"] + ["I-PER"] * (n - 1)),
                "O",
                len(sentences[-1]),
                "mod",
            )
        )
    warnings: list[str] = []
    sents, toks = align(text, sentences, warnings)
    assert warnings == []
    assert covered(text, toks) == words
    assert all(t.head == -1 or 0 <= t.head < len(toks) for t in toks)
    for i, s in enumerate(sents):
        assert s.start == toks[s.first_token].start and s.end == toks[s.last_token - 1].end
        assert all(t.sent == i for t in toks[s.first_token : s.last_token])
    assert [t.start for t in toks] == sorted(t.start for t in toks)


# --- real Frog output on the five seeds -----------------------------------------------------------


def seed_text(path: Path) -> str:
    return re.sub(r"\A date \d{4}-\d{2} ", "", path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def recorded(fixtures_dir: Path) -> RecordedFrog:
    return RecordedFrog(fixtures_dir / "frog")


SEED_NAMES = [
    "000_9a0053aa2888a88b",
    "001_810796f6d30d5d5a",
    "002_0d4738fe577050e9",
    "003_9d6ffd738eec6d11",
    "004_cefc1b29bad45298",
]


@pytest.mark.parametrize("name", SEED_NAMES)
def test_align_seed_offsets_exact(name: str, seeds_dir: Path, recorded: RecordedFrog) -> None:
    text = seed_text(seeds_dir / f"{name}.txt")
    sentences = recorded.analyse(text)
    warnings: list[str] = []
    sents, toks = align(text, sentences, warnings)
    assert warnings == []
    frog_words = [ft.word for s in sentences for ft in s]
    assert len(toks) == len(frog_words)
    for t, w in zip(toks, frog_words, strict=True):
        assert match_at(text, t.start, w) == t.end, (w, text[t.start : t.end])
    # Every non-space character outside tokens is one Frog skipped on purpose (none in these texts).
    inside = set()
    for t in toks:
        inside.update(range(t.start, t.end))
    assert all(text[i].isspace() for i in range(len(text)) if i not in inside)
    for s in sents:
        assert text[s.start : s.end].strip() == text[s.start : s.end]
        assert toks[s.first_token].start == s.start and toks[s.last_token - 1].end == s.end
