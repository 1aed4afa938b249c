"""A story's members are stemmed once per text, not at every incremental link (a long watch run
rebuilt each growing story at every poll and grew slower poll after poll)."""

from __future__ import annotations

from kroniek.link import stories
from kroniek.model import Document


def test_stories_terms_of_a_text_are_stemmed_once(monkeypatch) -> None:
    calls: list[str] = []
    real = stories.stems

    def counting(text: str) -> list[str]:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(stories, "stems", counting)
    text = "De waterschappen versterken de dijken langs de Vecht; de provincie betaalt een derde van de kosten."
    first = stories._terms(Document(id="d-1", text=text, source="a.txt"))
    again = stories._terms(Document(id="d-1", text=text, source="a.txt"))  # the same text, loaded again
    assert first == again and first["dijk"] == 1 and "de" not in first
    assert calls == [text]
    other = stories._terms(Document(id="d-2", text=text + " Het werk begint in maart.", source="b.txt"))
    assert other["werk"] == 1 and len(calls) == 2
