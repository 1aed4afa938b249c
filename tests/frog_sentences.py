"""Shared by the real-Frog event tests that run a table of written sentences through the analysis:
one document of the sentences (a paragraph each), analysed once per module, and the event
mentions found in one of them."""

from __future__ import annotations

from kroniek.extract.events import EventExtractor
from kroniek.model import Document, EventMention, PublishedDate


def analysed(frog, doc_id: str, sentences: list[str], *, extractor: EventExtractor | None = None) -> Document:
    """The sentences as one document dated 14 March 2024, through Frog, the time tagger and events."""
    from kroniek.analyse.annotator import FrogAnnotator
    from kroniek.extract.timex import TimexTagger

    d = Document(id=doc_id, text="\n\n".join(sentences), source="test",
                 published=PublishedDate("2024-03-14", "day", "metadata", "2024-03-14"))
    return (extractor or EventExtractor())(TimexTagger()(FrogAnnotator(frog)(d)))


def mentions_in(doc: Document, sentence: str) -> list[EventMention]:
    """The event mentions of one sentence of the document."""
    a = doc.text.index(sentence)
    b = a + len(sentence)
    return [e for e in doc.events if a <= e.start < b]


def mention_of(doc: Document, sentence: str, word: str) -> EventMention | None:
    """The event mention of one sentence whose trigger is this word, if any."""
    return next((e for e in mentions_in(doc, sentence) if doc.text[e.start : e.end] == word), None)


def when_of(doc: Document, sentence: str, word: str) -> str | None:
    """The time value of the event mention of one sentence whose trigger is this word (it must be found)."""
    hit = mention_of(doc, sentence, word)
    assert hit, [(doc.text[e.start : e.end], e.when) for e in doc.events]
    return hit.when


def triggers(doc: Document, sentence: str) -> dict[str, str]:
    """The event triggers of one sentence of the document, with their types."""
    return {doc.text[e.start : e.end]: e.type for e in mentions_in(doc, sentence)}
