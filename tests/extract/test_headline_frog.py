"""A separate title is analysed with Frog in the body's request and its happening is bound to the
lead mention that restates it (``analyse.annotator`` + ``extract.headline``). Real Frog; headlines
and leads written for this test."""

from __future__ import annotations

import pytest

from kroniek.analyse.annotator import FrogAnnotator
from kroniek.extract.events import EventExtractor
from kroniek.extract.headline import KEY, HeadlineEvents, headline_events, headline_mentions
from kroniek.model import Document, PublishedDate

pytestmark = pytest.mark.frog

DAY = PublishedDate("2024-03-14", "day", "metadata", "2024-03-14")
# (title, text, the headline's trigger, the lead word restating it)
ROWS = [
    ("Brand verwoest boerderij in Dalfsen",
     "Een grote brand heeft in de nacht van woensdag een boerderij in Dalfsen verwoest. "
     "Niemand raakte gewond, meldt de brandweer.", "Brand", "brand"),
    ("Politie arresteert drie mannen na overval op juwelier",
     "De politie heeft dinsdag drie mannen gearresteerd die een juwelier in Breda zouden hebben overvallen. "
     "Ze zitten vast.", "arresteert", "gearresteerd"),
]


@pytest.fixture(scope="module")
def docs(frog) -> list[Document]:
    """Both documents in one joint Frog request (the titles go with them), then events and headlines."""
    batch = [Document(id=f"h{k}", text=text, source="test", title=title, published=DAY)
             for k, (title, text, _, _) in enumerate(ROWS)]
    out = list(FrogAnnotator(frog).pipe(batch))
    return [HeadlineEvents()(EventExtractor()(d)) for d in out]


@pytest.mark.parametrize("k", range(len(ROWS)))
def test_the_titles_happening_is_bound_to_the_lead(docs: list[Document], k: int) -> None:
    doc = docs[k]
    title, _, head_word, lead_word = ROWS[k]
    assert doc.meta[KEY]["tokens"], "the title was analysed"
    heads = {title[e.start:e.end]: e for e in headline_events(doc)}
    assert head_word in heads, heads
    span = heads[head_word].restated
    assert span is not None and doc.text[span[0]:span[1]] == lead_word
    assert span in headline_mentions(doc)
    assert doc.sentences[0].start == 0 and not any(t.start >= len(doc.text) for t in doc.tokens)
