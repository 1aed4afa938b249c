"""The linker's own label (``link.events.build.label``, used when the clause label finds nothing)
leaves out a time the parse took for an agent or patient: "4 augustus werd een jongen beroofd" is
labelled from the robbery and its victim, not from the date."""

from __future__ import annotations

from kroniek.link.events import LinkMention
from kroniek.link.events.build import label
from kroniek.model import Document, EventMention, Timex


def _label(text: str, trigger: str, args: list[tuple[str, str]], timex: str | None) -> str:
    doc = Document(id="d1", text=text, source="test")
    if timex is not None:
        t0 = text.index(timex)
        doc.timexes = [Timex(t0, t0 + len(timex), "DATE", "2019-08-04")]
    start = text.index(trigger)
    spans = tuple((role, text.index(words), text.index(words) + len(words)) for role, words in args)
    em = EventMention(start, start + len(trigger), "crime", "beroven", arguments=spans)
    m = LinkMention((doc.id, start, start + len(trigger)), doc, em, "beroven", "", text, frozenset())
    return label(m)


def test_label_leaves_out_a_time_taken_for_a_participant() -> None:
    text = "Op 4 augustus werd in Breda een fietser door twee mannen beroofd."
    got = _label(text, "beroofd", [("agent", "4 augustus"), ("patient", "een fietser")], "4 augustus")
    assert got == "een fietser door twee mannen beroofd"


def test_label_keeps_a_participant_that_is_no_time() -> None:
    text = "Twee mannen hebben zondag in Breda een fietser beroofd."
    got = _label(text, "beroofd", [("agent", "Twee mannen"), ("patient", "een fietser")], "zondag")
    assert got == "Twee mannen hebben zondag in Breda een fietser beroofd"
