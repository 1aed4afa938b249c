"""Documents as plain data (``Document.to_dict``/``from_dict``, e.g. the quote evaluation's Frog
cache and recorded fixtures): layers read back by field name, and rows written before that read right."""

from __future__ import annotations

import json

import pytest

from kroniek.model import (
    ChainMention,
    Document,
    EventMention,
    Mention,
    Quote,
    Sentence,
    Timex,
    Token,
)

TEXT = 'Minister Bijleveld bezocht gisteren Erbil. "De missie gaat door", zei ze.'


def _doc() -> Document:
    d = Document(id="d-1", text=TEXT, source="d-1.txt", title="Bijleveld in Erbil")
    d.sentences = [Sentence(0, 42, 0, 6)]
    d.tokens = [Token(9, 18, "Bijleveld", "SPEC(deeleigen)", ner="B-PER", head=2, deprel="su")]
    d.mentions = [Mention(9, 18, "PER", "crf", "", {"title": "minister"}), Mention(36, 41, "LOC")]
    d.timexes = [Timex(27, 35, "DATE", "2020-01-05", ("weekday",), "2020-01-06")]
    d.quotes = [Quote(44, 63, 69, 71, "zei", True)]
    d.events = [EventMention(19, 26, "visit", "bezoeken", "asserted", "2020-01-05", (("agent", 9, 18),))]
    d.chains = [ChainMention(9, 18, 0, "name", "PER")]
    return d


def test_model_document_survives_json() -> None:
    d = _doc()
    again = Document.from_dict(json.loads(json.dumps(d.to_dict())))
    assert again == d
    assert again.to_dict()["mentions"]["fields"][-1] == "attributes"  # rows say which field is which


@pytest.mark.parametrize(("layer", "rows"), [
    pytest.param("mentions", [[9, 18, "PER", "crf", "", "e-old", {"title": "minister"}], [36, 41, "LOC", "frog", "", None, {}]],
                 id="positional mentions still carry the removed Mention.entity"),
    pytest.param("quotes", [[44, 63, 69, 71, "e-old", "zei", True]],
                 id="positional quotes still carry the removed Quote.speaker before cue and direct"),
    pytest.param("events", [[19, 26, "visit", "bezoeken", "asserted", "2020-01-05", [["agent", 9, 18]], "v-old"]],
                 id="positional event mentions still carry the removed EventMention.event"),
])
def test_model_positional_rows_written_before_named_layers_read_right(layer: str, rows: list) -> None:
    """Before layers carried their field names, ``to_dict`` wrote positional rows in the field order of
    the time (``POSITIONAL_FIELDS``); a field removed since must not shift the ones after it."""
    data = _doc().to_dict()
    data[layer] = rows
    assert getattr(Document.from_dict(data), layer) == getattr(_doc(), layer)


def test_model_named_layers_ignore_fields_the_model_lacks() -> None:
    data = _doc().to_dict()
    data["quotes"] = {"fields": ["direct", "speaker", "end", "start", "cue", "speaker_start", "speaker_end", "later"],
                      "rows": [[True, "e-old", 63, 44, "zei", 69, 71, 1]]}
    assert Document.from_dict(data).quotes == _doc().quotes
