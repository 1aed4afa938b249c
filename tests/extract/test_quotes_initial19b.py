"""Session 19 (qspk19b): an initial speaker ("B.") is the person first named by first name and
initial ("Ruud B."), also when NER tagged the first name alone and left the initial outside
(extract/quotes/speakers.with_first_name), on sentences written for these tests."""

from __future__ import annotations

import pytest

from kroniek.extract.quotes.context import Context
from kroniek.extract.quotes.speakers import with_first_name
from kroniek.model import Document

ARREST = "De politie hield zaterdag de 38-jarige {name} aan in zijn woning in Deventer. "
DENIAL = "B. ontkent iedere betrokkenheid, zegt zijn advocaat."


def _context(name: str, tagged: str, label: str) -> tuple[Context, tuple[int, int]]:
    """The arrest sentence naming ``name``, of which NER tagged the words ``tagged`` as ``label``,
    then the denial whose speaker span is the initial "B."."""
    text = ARREST.format(name=name) + DENIAL
    start = text.index(tagged)
    names = [(start, start + len(tagged), label)]
    doc = Document(id="t", text=text, source="test")
    st = Context(doc=doc, text=text, names=names, name_starts=[start])
    said = text.index("B. ontkent")
    return st, (said, said + 2)


def _named(st: Context, span: tuple[int, int]) -> str:
    got = with_first_name(st, span)
    return st.text[got[0] : got[1]]


@pytest.mark.parametrize(
    ("name", "tagged", "label", "expected"),
    [
        ("Ruud B.", "Ruud B.", "PER", "Ruud B."),  # NER took the initial with the first name
        ("Ruud B.", "Ruud", "PER", "Ruud B."),  # NER tagged the first name alone
        ("Ruud K.", "Ruud", "PER", "B."),  # another initial: another person
        ("Ruud Bakker", "Ruud", "PER", "B."),  # a full surname, not an initial
        ("Ruud B.", "Ruud", "ORG", "B."),  # a one-word name that is not a person
    ],
)
def test_initial_takes_first_name(name: str, tagged: str, label: str, expected: str) -> None:
    st, span = _context(name, tagged, label)
    assert _named(st, span) == expected
