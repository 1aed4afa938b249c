"""Does a story page lead with the happening its headlines report? Counted on a week's store.

For each story of two or more documents whose page (``story_view``, the default list) shows an
event, the first shown event is counted as the headlines' happening when

- **trigger**: one of its mentions' lemmas is a lemma of a headline of the story's documents,
  the same stem ("blokkade"/"blokkeren": a shared start of 4 letters or more, 0.6 of the shorter)
  or the same happening family (``event_families.tsv``), and
- **participant**: one word (3 letters or more) of the name of one of its participants or places
  is a word of one of those headlines;

``match`` is both; ``trigger`` the first alone. ``any_match`` counts the pages where some shown
event matches (how far ordering alone could go). The headlines are analysed with Frog here, from
the documents' stored titles (cached in ``$KRONIEK_CACHE/labels-audit`` as ``week.py`` does), so
the count reads a store made by any code the same way. Run::

    export KRONIEK_LEESTMEER_DIR=/work/data/leestmeer-2019-05-08
    python3 eval/labels/week.py --week 23 --db /tmp/week23.db
    python3 eval/labels/headlines.py --db /tmp/week23.db [--list]

``--list`` prints each page (headlines, first event, its flags): words of the posts, to read,
never to store in the repository.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kroniek.evaluation.happenings import CachedFrog  # noqa: E402
from kroniek.link.events.similarity import stem_related  # noqa: E402
from kroniek.link.events.words import family_of  # noqa: E402
from kroniek.model import Document, Entity, Event  # noqa: E402
from kroniek.serve.web.pagedata import story_view  # noqa: E402
from kroniek.settings import Settings, cache_dir  # noqa: E402
from kroniek.store import open_store  # noqa: E402

STOP = frozenset(["van", "de", "het", "een", "der", "den", "voor", "and", "the"])


@dataclass(frozen=True)
class Headline:
    """A headline's words and lemmas (lower case)."""

    words: frozenset[str]
    lemmas: frozenset[str]


def analyse(frog: CachedFrog, title: str) -> Headline:
    toks = [t for s in frog.analyse(title) for t in s]
    return Headline(frozenset(t.word.lower() for t in toks),
                    frozenset(t.lemma.lower().replace("_", "") for t in toks if len(t.lemma) >= 3))


def lemma_in(lemma: str, heads: list[Headline]) -> bool:
    lemma = lemma.lower().replace("_", "").replace(" ", "")
    fam = family_of(lemma)
    return any(lemma == t or stem_related(lemma, t) or (fam and family_of(t) == fam)
               for h in heads for t in h.lemmas)


def trigger_match(ev: Event, docs: dict[str, Document], heads: list[Headline]) -> bool:
    for doc_id, start, end in ev.mentions:
        doc = docs.get(doc_id)
        em = next((m for m in doc.events if m.start == start and m.end == end), None) if doc else None
        if em is not None and lemma_in(em.lemma, heads):
            return True
    return False


def participant_match(ev: Event, entities: dict[str, Entity], heads: list[Headline]) -> bool:
    words = {w for h in heads for w in h.words}
    for eid in [e for _, e in ev.participants] + list(ev.where):
        ent = entities.get(eid)
        if ent is None:
            continue
        parts = {p.lower() for p in re.split(r"[\s\-']+", ent.name) if len(p) >= 3} - STOP
        if parts & words:
            return True
    return False


def count(db: str, listing: bool = False) -> dict[str, int]:
    store = open_store(db)
    frog = CachedFrog(cache_dir() / "labels-audit", Settings())
    counts = {"pages": 0, "match": 0, "trigger": 0, "any_match": 0}
    try:
        docs = {d.id: d for d in store.iter_documents()}
        events = {e.id: e for e in store.events()}
        entities = {e.id: e for e in store.entities()}
        for st in sorted(store.stories(), key=lambda s: s.id):
            if len(set(st.documents)) < 2:
                continue
            view: dict[str, Any] = story_view(store, st.id, show_all=False)
            shown = [events[v["id"]] for v in view["events"] if v["id"] in events]
            if not shown:
                continue
            heads = [analyse(frog, docs[d].title or "") for d in st.documents if d in docs and docs[d].title]
            counts["pages"] += 1
            flags = [(trigger_match(e, docs, heads), participant_match(e, entities, heads)) for e in shown]
            trig, part = flags[0]
            counts["trigger"] += trig
            counts["match"] += trig and part
            counts["any_match"] += any(t and p for t, p in flags)
            if listing:
                print(f"## {st.id} ({len(set(st.documents))} docs) first: {'T' if trig else '-'}{'P' if part else '-'}")
                for d in st.documents:
                    print(f"   title: {docs[d].title if d in docs else '?'}")
                for e, (t, p) in zip(shown[:4], flags[:4], strict=False):
                    print(f"   {'T' if t else '-'}{'P' if p else '-'} [{e.type}] {e.label}")
    finally:
        frog.close()
        store.close()
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--list", action="store_true", help="print every page (words of the posts: never store)")
    args = ap.parse_args(argv)
    for k, v in count(args.db, args.list).items():
        print(f"{k}\t{v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
