"""The incremental story step weighs what is new, not the whole story a new document joins (a long
``kroniek watch`` grew slower poll after poll as its one story grew: bench/watch/long_run.py).

A new document joins a stored story of ``size`` members. Only the new document and its
candidates (the earlier documents sharing a word, an entity or an event with it) get a TF-IDF
vector, and the story's label is not weighed again over all its members: the incremental link
keeps the stored label anyway. Counted in calls, not timed.
"""

from __future__ import annotations

import pytest

from kroniek.link import stories
from kroniek.model import Document, PublishedDate, Story

# The story's first reports, and the one that arrives now: they share words ("brug", "vrachtschip").
OPENING = [
    "Een vrachtschip is dinsdagavond tegen de brug over het Amsterdam-Rijnkanaal bij Maarssen gevaren.",
    "De brug bij Maarssen blijft dicht voor het verkeer nadat het vrachtschip er tegenaan voer.",
]
ARRIVING = "Inspecteurs onderzoeken woensdag hoe zwaar de brug bij Maarssen door het vrachtschip is beschadigd."
# Further members of the same stored story that share no word with the arriving report.
TOWNS = ["Oudewater", "Kamerik", "Harmelen", "Vinkeveen", "Linschoten", "Montfoort", "Woerdense Verlaat",
         "Zegveld", "Breukelen", "Kockengen", "Loenen", "Nigtevecht", "Vreeland", "Tienhoven", "Westbroek",
         "Achttienhoven", "Groenekan", "Lage Vuursche", "Hollandsche Rading", "Baambrugge", "Abcoude",
         "Wilnis", "Mijdrecht", "Waverveen", "Polsbroek", "Benschop", "Lopik", "Jaarsveld", "Willige Langerak",
         "Schoonhoven"]


def _doc(i: int, text: str, day: str) -> Document:
    return Document(id=f"d-{i:03d}", text=text, source=f"{i}.txt",
                    published=PublishedDate(day, "day", "metadata", day))


def _run(size: int) -> tuple[list[Story], int, int]:
    """Build with a stored story of ``size`` members and one arriving report: the stories
    returned, the vectors made and the labels weighed."""
    docs = [_doc(i, t, "2019-06-04") for i, t in enumerate(OPENING)]
    docs += [_doc(len(docs) + k, f"Omwonenden in {town} klagen over omleidingen en files op de provinciale weg.",
                  "2019-06-05") for k, town in enumerate(TOWNS[: size - len(OPENING)])]
    stored = Story(id="s-stored", label="Schip vaart tegen brug", documents=[d.id for d in docs],
                   first="2019-06-04", last="2019-06-05", attributes={"size": len(docs), "entities": []})
    new = _doc(900, ARRIVING, "2019-06-05")
    vectors, labels = 0, 0
    real_vector, real_label = stories._unit_vector, stories._label

    def vector(*args):  # type: ignore[no-untyped-def]
        nonlocal vectors
        vectors += 1
        return real_vector(*args)

    def label(*args):  # type: ignore[no-untyped-def]
        nonlocal labels
        labels += 1
        return real_label(*args)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(stories, "_unit_vector", vector)
        mp.setattr(stories, "_label", label)
        built = stories.build_stories([*docs, new], [], [], previous=[stored], touching={new.id})
    return built, vectors, labels


@pytest.mark.parametrize("size", [6, 30])
def test_arriving_report_joins_the_stored_story(size: int) -> None:
    built, _, _ = _run(size)
    assert [s.id for s in built] == ["s-stored"]
    assert built[0].documents[-1] == "d-900" and built[0].attributes["size"] == size + 1
    assert built[0].label == "Schip vaart tegen brug"  # kept: the incremental link writes the stored label


def test_work_per_arriving_report_does_not_grow_with_its_story() -> None:
    _, small_vectors, small_labels = _run(6)
    _, large_vectors, large_labels = _run(30)
    assert small_vectors == large_vectors == 1 + len(OPENING)  # the new report and its two candidates
    assert small_labels == large_labels == 0


def test_a_full_build_still_labels_every_story() -> None:
    docs = [_doc(i, t, "2019-06-04") for i, t in enumerate([*OPENING, ARRIVING])]
    built = stories.build_stories(docs, [], [])
    assert len(built) == 1 and built[0].label.startswith("Een vrachtschip")
    assert built == stories.build_stories(docs, [], [], touching={d.id for d in docs})
