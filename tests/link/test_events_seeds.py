"""One event across the seed documents: the strike that killed the general, told five ways in four sources.

Sentences are real seed sentences (tests/fixtures/events/seeds_strike.txt: source seed, tab,
sentence); Frog output recorded with ``frog -n -t`` (Frog 0.20) in seeds_strike.tsv. Entity ids
come from a small surface table standing in for the entity linker.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kroniek.evaluation.frog_tsv import apply_frog, parse_tsv
from kroniek.extract.events import EventExtractor
from kroniek.link.events import link_events
from kroniek.model import Document, Mention, Timex

HERE = Path(__file__).resolve().parents[1] / "fixtures" / "events"
# What the entity linker would say for these names (surname variants are one person).
ENTITIES = {"soleimani": "e-soleimani", "suleimani": "e-soleimani", "amerikaanse": "e-us", "vs": "e-us",
            "bagdad": "e-bagdad", "iran": "e-iran", "iraanse": "e-iran-adj"}


# What entity linking would assign: (doc id, start, end) of a marked name -> its entity id.
LINKS: dict[tuple[str, int, int], str] = {}


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    lines = [line.split("\t") for line in (HERE / "seeds_strike.txt").read_text(encoding="utf-8").splitlines()]
    blocks = ["\n".join("\t".join(r) for r in sent) for sent in parse_tsv((HERE / "seeds_strike.tsv").read_text())]
    assert len(blocks) == len(lines)
    out: dict[str, tuple[list[str], list[str]]] = {}
    for (seed, sentence), block in zip(lines, blocks, strict=True):
        out.setdefault(seed, ([], []))
        out[seed][0].append(sentence)
        out[seed][1].append(block)
    extractor = EventExtractor()
    result = []
    for seed, (sentences, tsv) in out.items():
        doc = apply_frog(Document(id=f"d-{seed}", text=" ".join(sentences), source=seed), "\n\n".join(tsv) + "\n")
        for t in doc.tokens:
            word = doc.text[t.start : t.end].lower()
            if t.ner != "O" and word in ENTITIES:
                doc.mentions.append(Mention(t.start, t.end, "LOC"))
                LINKS[(doc.id, t.start, t.end)] = ENTITIES[word]
        if "3 januari" in doc.text:  # the timex tagger's answer for "op 3 januari jl." in a 2020-01-06 letter
            k = doc.text.index("3 januari")
            doc.timexes.append(Timex(k, k + 9, "DATE", "2020-01-03"))
        result.append(extractor(doc))
    return result


def _entity_of(doc_id: str, start: int, end: int) -> str | None:
    """What entity linking would assign to the names the fixture marks."""
    return LINKS.get((doc_id, start, end))


def _words(docs: list[Document], event) -> set[tuple[str, str]]:
    text = {d.id: d.text for d in docs}
    return {(d, text[d][s:t]) for d, s, t in event.mentions}


def test_events_seeds_strike_is_one_event(docs):
    events = link_events(docs, _entity_of)
    strike = next(e for e in events if ("d-000", "liquidatie") in _words(docs, e))
    words = _words(docs, strike)
    for expected in [
        ("d-000", "kwam"),  # "om het leven komen" with the victim as subject
        ("d-000", "droneaanval"),  # the instrument of that death in the same sentence
        ("d-001", "dood"),  # "de dood van ... Qassem Soleimani": same victim
        ("d-001", "droneaanval"),  # "door" a drone attack, though Frog hangs the PP on the name
        ("d-001", "executie"),  # "de executie van de Iraanse generaal Soleimani": surname only
        ("d-003", "dood"),  # a fourth source
    ]:
        assert expected in words, expected
    assert strike.type == "kill"
    assert ("patient", "e-soleimani") in strike.participants
    assert ("agent", "e-us") in strike.participants
    assert "e-bagdad" in strike.where
    assert strike.label == "Amerikaanse liquidatie van de Iraanse generaal Qassem Soleimani"


def test_events_seeds_known_gap_unresolved_victims(docs):
    """Where the victim is a relative pronoun ("die ... om het leven is gebracht") or a role
    ("De leider van de Iraanse Quds-brigade werd gedood"), nothing ties the mention to him yet:
    those stay separate events (each bound to its own instrument noun) rather than wrong ones."""
    events = link_events(docs, _entity_of)
    by_word = {w: e.id for e in events for w in _words(docs, e)}
    assert by_word[("d-002", "gebracht")] == by_word[("d-002", "raketaanval")]
    assert by_word[("d-003", "gedood")] == by_word[("d-003", "drone-aanval")]
    assert by_word[("d-002", "gebracht")] != by_word[("d-000", "liquidatie")]


def test_events_seeds_other_events_stay_apart(docs):
    events = link_events(docs, _entity_of)
    strike = next(e for e in events if ("d-000", "liquidatie") in _words(docs, e))
    words = _words(docs, strike)
    assert ("d-001", "opschorting") not in words, "suspending the mission is its own event"
    assert ("d-003", "beslissing") not in words, "the decision came after the death"


def test_events_seeds_pipeline_on_recorded_frog(fixtures_dir, seeds_dir):
    """The five seeds through recorded Frog, the extractor, the entity linker and link_events:
    the strike is one event reported by four documents."""
    import sys

    from kroniek.analyse.annotator import FrogAnnotator
    from kroniek.analyse.frog import RecordedFrog
    from kroniek.link.entities import link_documents

    sys.path.insert(0, str(fixtures_dir / "frog"))
    from record_seeds import seed_text

    annotate = FrogAnnotator(backend=RecordedFrog(fixtures_dir / "frog"))
    docs = [EventExtractor()(annotate(Document(id=f"d-{p.stem[:3]}", text=seed_text(p), source=str(p))))
            for p in sorted(seeds_dir.glob("*.txt"))]
    entities = link_documents(docs)
    index = {key: e.id for e in entities for key in e.mentions}
    events = link_events(docs, lambda d, s, t: index.get((d, s, t)))
    strike = next(e for e in events if ("d-000", "liquidatie") in _words(docs, e))
    words = _words(docs, strike)
    assert {d for d, _ in words} == {"d-000", "d-001", "d-002", "d-003"}
    assert {("d-000", "kwam"), ("d-001", "executie"), ("d-001", "droneaanval")} <= words
    assert strike.type == "kill"
    names = {e.id: e.name for e in entities}
    assert any(role == "patient" and "Soleimani" in names[eid] for role, eid in strike.participants)
    # Unrelated happenings in the same documents stay their own events.
    assert ("d-001", "opschorting") not in words
