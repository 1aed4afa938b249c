"""One input, one chronicle, whatever the process's string hash seed.

Python randomises string hashing per process (PYTHONHASHSEED), so the iteration order of a set of
strings differs from run to run. Where such an order breaks a tie (which of two equal candidates is
kept, which event's label wins, the order of a float sum that decides a threshold) the same input
would give another chronicle in another process. These tests run the whole extraction and linking
of the five seed texts on recorded Frog output (tests/fixtures/frog: no Frog needed) in child
processes under different seeds and compare everything the chronicle holds: mentions, quotes,
timexes, entities, events and stories, with their ids. (tests/ingest/test_dedup.py and
tests/link/test_link_entities.py pin the near-duplicate finder and the entity linker alone.)
"""

from __future__ import annotations

import sys
from pathlib import Path

from hash_seeds import outputs_under_seeds

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def chronicle_text(seeds_dir: Path) -> str:
    """The seeds analysed on recorded Frog output and linked as ``Chronicle._relink`` links them:
    every document, entity, event and story as one line each (run in a child process)."""
    import dataclasses

    from kroniek.analyse.annotator import FrogAnnotator
    from kroniek.analyse.frog import RecordedFrog
    from kroniek.extract.coref import Coreference
    from kroniek.extract.docdate import DocDate
    from kroniek.extract.events import EventExtractor
    from kroniek.extract.ner import CrfNer
    from kroniek.extract.quotes import QuoteExtractor
    from kroniek.extract.timex import TimexTagger
    from kroniek.link.entities import EntityLinker
    from kroniek.link.events import link_events
    from kroniek.link.events_finish import finish_events
    from kroniek.link.stories import build_stories
    from kroniek.model import Document
    from kroniek.pipeline import Pipeline

    sys.path.insert(0, str(FIXTURES / "frog"))
    from record_seeds import seed_text

    pipe = Pipeline([DocDate(), FrogAnnotator(backend=RecordedFrog(FIXTURES / "frog")), CrfNer(), Coreference(),
                     TimexTagger(), QuoteExtractor(), EventExtractor()])
    docs = [pipe(Document(id=f"d-{p.stem[:3]}", text=seed_text(p), source=p.name))
            for p in sorted(seeds_dir.glob("*.txt"))]
    linker = EntityLinker()
    for d in docs:
        linker.add(d)
    entities = linker.entities()
    assigned = linker.assignments()

    def entity_of(doc_id: str, s: int, e: int) -> str | None:
        return assigned.get((doc_id, s, e))

    events = link_events(docs, entity_of)
    finish_events(events, docs, entities)
    stories = build_stories(docs, events, entities)
    lines = [repr({k: sorted(v) if isinstance(v, (set, frozenset)) else v
                   for k, v in dataclasses.asdict(d).items()}) for d in docs]
    return "\n".join(lines + [repr(x) for x in (*entities, *events, *stories)])


_CHILD = (
    "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]); "
    "import test_hash_seed_determinism as t; print(t.chronicle_text(Path(sys.argv[2])))"
)


def test_seeds_chronicle_is_the_same_under_every_hash_seed(seeds_dir: Path) -> None:
    """Two children (side by side, one per core) under two hash seeds print the same chronicle."""
    outputs = outputs_under_seeds(_CHILD, str(Path(__file__).parent), str(seeds_dir))
    assert outputs[0].count("\n") > 50  # documents, entities, events and stories were printed
    assert outputs[0] == outputs[1]
