"""A noun made from a name with an apostrophe ("VVD’er", "A’dammer") before a name is no part of it
(``extract.ner_tidy``); alone it stays MISC, as CoNLL-2002 tags "VLD'er". Sentences written for the test."""

from __future__ import annotations

import pytest

from kroniek.extract.ner_tidy import tidy_mentions
from kroniek.model import Mention


@pytest.mark.parametrize(
    ("text", "span", "typ", "want"),
    [
        ("„Het moet nu”, zegt VVD’er Jan de Boer.", "VVD’er Jan de Boer", "PER", ("Jan de Boer", "PER")),
        ("De PSV'ers Ruud Smit en Tim Kok scoorden.", "PSV'ers Ruud Smit", "PER", ("Ruud Smit", "PER")),
        ("Zanger en A’dammer Kees Bos trad op.", "A’dammer Kees Bos", "MISC", ("Kees Bos", "PER")),
        ("Een CDA’er stemde tegen.", "CDA’er", "MISC", ("CDA’er", "MISC")),  # alone: MISC, as CoNLL has it
        ("Hij zag de O’Briens Conan en Pat.", "O’Briens Conan", "PER", ("O’Briens Conan", "PER")),  # a name's "s"
    ],
)
def test_ner_tidy_cuts_a_name_derived_noun_before_a_name(
    text: str, span: str, typ: str, want: tuple[str, str]
) -> None:
    start = text.index(span)
    out = tidy_mentions(text, [Mention(start, start + len(span), typ, "crf")])
    assert [(text[m.start : m.end], m.type) for m in out] == [want]
