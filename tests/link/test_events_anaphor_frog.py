"""A definite event noun refers back to the same noun, or to what a listed verb was done to ("een
motie aangenomen ... de motie"); an unlisted verb done to the happening ("een bewoner veroorzaakte
de explosie") is something else that happened to it and takes no anaphor. Real Frog; sentences
written for this test."""

from __future__ import annotations

import pytest
from frog_sentences import analysed

from kroniek.link.events import read_mentions
from kroniek.model import Document

pytestmark = [pytest.mark.frog, pytest.mark.slow]

TEXTS = {
    "caused": [
        "Een explosie heeft vrijdag een flat in Vlaardingen verwoest.",
        "De politie denkt dat een bewoner de explosie veroorzaakte.",
        "De explosie kostte drie mensen het leven.",
    ],
    "adopted": [
        "De Kamer heeft dinsdag een motie over de luchtvaart aangenomen.",
        "De motie vraagt het kabinet om minder nachtvluchten.",
    ],
}


@pytest.fixture(scope="module")
def docs(frog) -> dict[str, Document]:
    return {k: analysed(frog, f"anaphor-{k}", v) for k, v in TEXTS.items()}


def _antecedents(doc: Document, word: str, sentence: int) -> set[str]:
    """The words the mention ``word`` of the given sentence is bound to."""
    start = doc.text.index(TEXTS[doc.id.removeprefix("anaphor-")][sentence])
    ms = read_mentions([doc], lambda *a: None)
    by_key = {m.key: m for m in ms}
    y = next(m for m in ms if m.em.start >= start and doc.text[m.em.start:m.em.end] == word)
    return {doc.text[by_key[k].em.start:by_key[k].em.end] for k in y.bound if k in by_key}


def test_events_anaphor_skips_an_untyped_verb_done_to_the_noun(docs: dict[str, Document]) -> None:
    assert "veroorzaakte" not in _antecedents(docs["caused"], "explosie", 2)
    assert "explosie" in _antecedents(docs["caused"], "explosie", 2)


def test_events_anaphor_binds_a_listed_verb_done_to_the_noun(docs: dict[str, Document]) -> None:
    assert _antecedents(docs["adopted"], "motie", 1) == {"aangenomen"}
