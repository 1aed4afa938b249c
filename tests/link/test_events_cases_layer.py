"""A justice case's counted patient read from the coreference layer (``cases.group_count``): a group
word the layer resolved to the persons it names counts them, one reading with the layer's. The
sentences are written for the test; names are given as NER mentions, as Frog would tag them."""

from __future__ import annotations

import pytest

from kroniek.extract.coref import find_chains
from kroniek.link.events.cases import group_count
from kroniek.model import Document, Mention


def _doc(text: str, names: list[str]) -> Document:
    mentions = [Mention(text.index(n), text.index(n) + len(n), "PER", "frog") for n in names]
    doc = Document(id="t", text=text, source="test", mentions=mentions)
    doc.chains = find_chains(doc)
    return doc


LIST = "Kees V., Ahmed B., Piet de W. en Joris T. worden vervolgd voor de overval. "
LIST_NAMES = ["Kees V.", "Ahmed B.", "Piet de W.", "Joris T."]


@pytest.mark.parametrize(
    ("text", "names", "group", "want", "why"),
    [
        (LIST + "De vier verdachten ontkennen alles.", LIST_NAMES, "De vier verdachten", "4:person",
         "the count the layer matched to a list of four names"),
        ("Sanne K. en Lotte M. zijn aangehouden. Beiden worden vervolgd.", ["Sanne K.", "Lotte M."], "Beiden",
         "2:person", "'beiden' counts the pair the layer gives it"),
        ("De vier verdachten ontkennen alles.", [], "De vier verdachten", "",
         "no list before: the layer holds no group, the words decide"),
        (LIST + "De vier landen werken samen.", LIST_NAMES, "De vier landen", "",
         "no person noun: the layer makes no group of it"),
    ],
)
def test_cases_group_count_reads_the_layer(text: str, names: list[str], group: str, want: str, why: str) -> None:
    doc = _doc(text, names)
    a = text.index(group)
    assert group_count(doc, [], a, a + len(group)) == want, why
