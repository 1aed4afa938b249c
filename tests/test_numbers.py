"""Dutch number words: one table, one parser (kroniek/numbers.py), and a gate against a second table."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from written import tokens

from kroniek import numbers as nb
from kroniek.link.events.build import casualties
from kroniek.link.events.cases import counted_patient


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("drie", 3),  # a unit
        ("Drie", 3),  # a sentence opens with it
        ("een", 1),  # the article's spelling: whether it counts is the reader's question
        ("één", 1),  # stressed, to say it is a count
        ("elf", 11),  # the teens are words of their own
        ("negentien", 19),
        ("twintig", 20),
        ("eenentwintig", 21),  # unit, "en", ten
        ("tweeëntwintig", 22),  # "ën" after an e
        ("drieënveertig", 43),
        ("achtennegentig", 98),
        ("honderd", 100),
        ("honderdtien", 110),
        ("tweehonderd", 200),
        ("driehonderdvijftig", 350),
        ("negentienhonderd", 1900),  # hundreds counted in teens, as years are said
        ("duizend", 1000),
        ("tweeduizend", 2000),
        ("tienduizend", 10_000),
        ("honderdduizend", 100_000),
        ("vijfduizenddriehonderdtwaalf", 5312),
    ],
)
def test_numbers_number_word_reads_cardinals(word: str, value: int) -> None:
    assert nb.number_word(word) == value


@pytest.mark.parametrize(
    "word",
    [
        "honderden",  # "hundreds": many, not a number
        "duizenden",
        "tientallen",
        "enkele",
        "veel",
        "eentje",  # the diminutive is a thing, not a count
        "tweede",  # an ordinal
        "viertal",  # a group ("het viertal"): cases.py reads it
        "entwintig",  # a unit is needed before "en"
        "twintigentwee",  # the ten comes last
        "",
    ],
)
def test_numbers_number_word_refuses_other_words(word: str) -> None:
    assert nb.number_word(word) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("12", 12), ("1.500", 1500), ("twaalf", 12), ("zestig", 60), ("12,5", None), ("1.50", None), ("veel", None)],
)
def test_numbers_count_reads_digits_and_words(text: str, value: int | None) -> None:
    assert nb.count(text) == value


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("eerste", 1), ("derde", 3),  # irregular
        ("tweede", 2), ("zevende", 7), ("tiende", 10), ("negentiende", 19),  # "-de"
        ("achtste", 8), ("twintigste", 20), ("eenentwintigste", 21), ("honderdste", 100),  # "-ste"
        ("honderdeerste", 101), ("duizendste", 1000),
        ("beste", None), ("zonde", None), ("laatste", None),  # words that only end like one
        ("achtde", None), ("twintigde", None), ("driede", None),  # the wrong suffix
    ],
)
def test_numbers_ordinal_word(word: str, value: int | None) -> None:
    assert nb.ordinal_word(word) == value


def test_numbers_cardinals_lists_the_table_in_order() -> None:
    assert nb.cardinals(3, 8) == ["drie", "vier", "vijf", "zes", "zeven", "acht"]
    assert nb.cardinals(1, 1) == ["een", "één", "eén"]
    assert nb.cardinals(90, 200) == ["negentig", "honderd"]


def test_numbers_every_table_word_parses_to_its_value() -> None:
    for word, value in nb.CARDINALS.items():
        assert nb.number_word(word) == value


# --- the readers read the parser -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Bij de ramp vielen eenentwintig doden en zestig gewonden.", [("dead", 21), ("injured", 60)]),
        ("Er vielen tweehonderd zwaargewonden.", [("injured", 200)]),
        ("Bij de aanslag vielen veel doden.", []),  # no count
        ("In 2019 doden zij drie soldaten.", []),  # a year is no count
    ],
)
def test_numbers_casualties_read_any_count(text: str, want: list[tuple[str, int]]) -> None:
    assert casualties(text) == want




@pytest.mark.parametrize(
    ("words", "want"),
    [
        ((("eenentwintig", "eenentwintig", "TW(hoofd,prenom,stan)"), ("mannen", "man", "N(soort,mv,basis)")),
         "21:person"),
        ((("1.500", "1.500", "TW(hoofd,vrij)"), ("mensen", "mens", "N(soort,mv,basis)")), "1500:person"),
        ((("het", "het", "LID(bep,stan,evon)"), ("zestal", "zestal", "N(soort,ev,basis,onz,stan)")), "6:person"),
    ],
)
def test_numbers_justice_cases_count_any_count(words: tuple[tuple[str, str, str], ...], want: str) -> None:
    toks = tokens(*words)
    assert counted_patient(toks, 0, toks[-1].end) == want


# --- the gate: number words are spelled out in kroniek/numbers.py only ------------------------------

_WORDS = frozenset(nb.CARDINALS)
_ALTERNATION = re.compile(r"(?<![\w])([^\W\d_]+)(?=\|)|(?<=\|)([^\W\d_]+)(?![\w])")


def _is_table(values: list[object]) -> bool:
    """Words for three numbers or more, half the items or more: a table, not a list of stop words
    that holds "een", "twee" and "drie" or the spellings of one ("een", "één", "eén")."""
    words = [v.lower() for v in values if isinstance(v, str) and v.lower() in _WORDS]
    return len({nb.CARDINALS[w] for w in words}) >= 3 and 2 * len(words) >= len(values)


def _spells_a_table(node: ast.AST) -> bool:
    """A dict, set, list or tuple of number words, or a regex alternation of them."""
    if isinstance(node, ast.Dict):
        return _is_table([k.value if isinstance(k, ast.Constant) else None for k in node.keys])
    if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
        return _is_table([e.value if isinstance(e, ast.Constant) else None for e in node.elts])
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return _is_table([a or b for a, b in _ALTERNATION.findall(node.value)])
    return False


# a word quoted or in an alternation: only a module with three such number words is parsed
_QUOTED = re.compile(r"(?<=[\"'|(])([^\W\d_]+)(?=[\"'|)])")


def _may_spell_one(source: str) -> bool:
    return len({nb.CARDINALS[w] for w in _QUOTED.findall(source.lower()) if w in _WORDS}) >= 3


def _tables_outside(root: Path) -> set[str]:
    found = set()
    for path in (root / "kroniek").rglob("*.py"):
        rel = path.relative_to(root).as_posix()
        source = path.read_text(encoding="utf-8")
        if rel == "kroniek/numbers.py" or not _may_spell_one(source):
            continue
        tree = ast.parse(source)
        if any(_spells_a_table(n) for n in ast.walk(tree)):
            found.add(rel)
    return found


def test_numbers_gate_sees_a_table(tmp_path: Path) -> None:
    """The gate below finds each way a table was written before there was one."""
    (tmp_path / "kroniek").mkdir()
    for n, source in enumerate([
        'COUNTS = {"drie": 3, "vier": 4, "vijf": 5}\n',
        'WORDS = ("twee", "drie", "vier")\n',
        'GROUP = r"(twee|drie|vier)tal"\n',
    ]):
        (tmp_path / "kroniek" / f"m{n}.py").write_text(source, encoding="utf-8")
    fine = 'ORD = {"tweede": 2, "derde": 3}\nONE = ("een", "één", "eén")\nSTOP = ["de", "een", "twee", "drie", "en", "of", "op"]\n'
    (tmp_path / "kroniek" / "ok.py").write_text(fine, encoding="utf-8")
    assert _tables_outside(tmp_path) == {"kroniek/m0.py", "kroniek/m1.py", "kroniek/m2.py"}


def test_numbers_no_second_number_word_table() -> None:
    """Number words are spelled out in kroniek/numbers.py: the time tagger, the casualty counts
    of event linking, the justice cases' counted patients and the coreference layer's counted
    groups read its table and its parser."""
    root = Path(nb.__file__).resolve().parents[1]
    assert _tables_outside(root) == set(), "a table of number words outside kroniek.numbers"
