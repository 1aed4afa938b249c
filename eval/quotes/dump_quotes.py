"""Dump every quote the extractor finds, to prove a refactor changes nothing.

For the five seed documents and every text of both quote gold sets (``gold.jsonl`` and the
leestmeer gold, all splits: only the extractor's output is written, no gold label is read), one
line per quote: text id, start, end, direct/reported, speaker span and the speaker words. Run it
before and after a change and compare the files byte for byte:

    python eval/quotes/dump_quotes.py > /tmp/before.tsv            # surface only
    python eval/quotes/dump_quotes.py --frog > /tmp/before-frog.tsv # Frog, cached per text

The leestmeer posts are copyrighted: write the dump outside the repository (it holds speaker
words). ``KRONIEK_LEESTMEER_DIR`` may name an unpacked copy of the archive for speed.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from kroniek.evaluation.quotes import (  # noqa: E402
    DEFAULT_CACHE,
    DEFAULT_GOLD,
    LEESTMEER_GOLD,
    cached,
    frog_analyser,
    load_gold,
)
from kroniek.extract.quotes import find_quotes  # noqa: E402
from kroniek.ingest.clean import clean_text  # noqa: E402
from kroniek.model import Document  # noqa: E402

SEEDS = REPO.parent / "shared" / "corpus" / "seeds"


def documents() -> list[Document]:
    """The seeds (cleaned as ingest cleans them), then every gold text."""
    docs = [
        Document(
            id=f"seed:{p.stem}", text=clean_text(p.read_text(encoding="utf-8")).text, source=str(p)
        )
        for p in sorted(SEEDS.glob("*.txt"))
    ]
    for name, path in (("gold", DEFAULT_GOLD), ("leestmeer", LEESTMEER_GOLD)):
        docs += [Document(id=f"{name}:{g.id}", text=g.text, source=name) for g in load_gold(path)]
    return docs


def main(argv: list[str]) -> None:
    docs = documents()
    ids = [d.id for d in docs]  # the cache returns each text as first analysed, under its id then
    if "--frog" in argv:
        docs = cached(frog_analyser(), DEFAULT_CACHE)(docs)
    out = sys.stdout
    for doc_id, d in zip(ids, docs, strict=True):
        for q in find_quotes(d):
            words = d.text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else ""
            out.write(
                f"{doc_id}\t{q.start}\t{q.end}\t{'D' if q.direct else 'R'}\t"
                f"{q.speaker_start}\t{q.speaker_end}\t{words!r}\t{q.cue!r}\n"
            )


if __name__ == "__main__":
    main(sys.argv[1:])
