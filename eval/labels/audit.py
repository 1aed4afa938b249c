"""Audit what a reader sees of real stories: how many events show, how many labels are bare or cut,
and where each story's lead happening ranks on its story page.

The stories (``stories.json`` beside this file) are leestmeer-2019 post ids plus, per story, the
trigger spans of its lead happening (post id, offsets into the cleaned text, digest: no post text),
chosen by a reader before any rule was changed. Each story is ingested with the real pipeline into
a temporary store (Frog's output cached outside the repository, ``$KRONIEK_CACHE/labels-audit``),
and per story the script prints:

- shown / all: events shown by default (``kroniek show``) and in the store;
- bare: shown events whose label is one word ("gedood", "protest");
- cut: shown events whose label the clause builder could not make, so it is the linker's cut of
  the sentence (``labels.clause_label`` gives None);
- the same two counts over all labelled events;
- named: labels that name a participant, i.e. hold the name of an entity of the store ("Theresa
  May stapt op"), among the shown events and among all (a label never invents a word, so a name in
  it comes from the document's text or a linked entity);
- lead: the rank, on its story page (its shown events, most salient first), of the most salient
  event holding a lead trigger, its salience and label; ``-`` when no event holds one or it is
  not shown; ``lead_events``: how many events hold the lead triggers (1: one happening, one event).

Run: ``KRONIEK_LEESTMEER_DIR=/work/data/leestmeer-2019-05-08 python3 eval/labels/audit.py``
(``--labels`` also lists each main story page's shown labels, for reading; ``--story NAME`` one story).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from kroniek.chronicle import Chronicle
from kroniek.evaluation.happenings import CachedFrog
from kroniek.evaluation.leestmeer import Posts, locate, post_document
from kroniek.link.labels import Names, clause_label
from kroniek.link.salience import by_salience, score_of, shown, visible
from kroniek.model import Document, Event, Story
from kroniek.settings import Settings, cache_dir

STORIES = Path(__file__).with_name("stories.json")


def pipeline(settings: Settings, frog: CachedFrog) -> Any:
    """kroniek's per-document pipeline with a Frog whose output is cached."""
    from kroniek.analyse.annotator import FrogAnnotator
    from kroniek.extract.coref import Coreference
    from kroniek.extract.docdate import DocDate
    from kroniek.extract.events import EventExtractor
    from kroniek.extract.headline import HeadlineEvents
    from kroniek.extract.ner import CrfNer
    from kroniek.extract.quotes import QuoteExtractor
    from kroniek.extract.timex import TimexTagger
    from kroniek.pipeline import Pipeline

    return Pipeline([DocDate(), FrogAnnotator(backend=frog, settings=settings), CrfNer(), Coreference(),
                     TimexTagger(), QuoteExtractor(), EventExtractor(), HeadlineEvents()])


def build(posts: dict[str, bytes], frog: CachedFrog, settings: Settings) -> tuple[dict[str, Document], list[Event], list[Story], Names]:
    """Ingest the posts into a temporary store; documents keyed by post id."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "posts"
        folder.mkdir()
        for pid, raw in posts.items():
            (folder / (pid.replace("/", "_") + ".md")).write_bytes(raw)
        with Chronicle(str(Path(tmp) / "audit.db"), settings, pipeline=pipeline(settings, frog)) as chron:
            chron.ingest([str(folder)], on_error=lambda m: print(m, file=sys.stderr))
            docs = list(chron.store.iter_documents())
            events, stories, entities = chron.store.events(), chron.store.stories(), chron.store.entities()
    by_post = {Path(d.source).stem.replace("_", "/", 1): d for d in docs}
    return by_post, events, stories, Names.of(entities)


def lead_events(story: dict[str, Any], texts: dict[str, str], docs: dict[str, Document], events: list[Event]) -> list[Event]:
    """The events holding one of the story's lead triggers, most salient first."""
    out = []
    for m in story["lead"]:
        span = locate(texts[m["post"]], m["start"], m["end"], m["digest"])
        doc = docs.get(m["post"])
        if span is None or doc is None:
            continue
        out += [ev for ev in events if ev not in out
                and any(d == doc.id and s < span[1] and span[0] < e for d, s, e in ev.mentions)]
    return by_salience(out)


def names_someone(label: str, names: Names) -> bool:
    """Whether a label holds an entity's name as whole words (a participant, not a bare verb)."""
    words = f" {label} "
    return any(f" {n} " in words for n in set(names.ids.values()) if n)


def audit(story: dict[str, Any], frog: CachedFrog, settings: Settings, show_labels: bool) -> dict[str, Any]:
    posts = Posts().load(story["posts"])
    texts = {pid: post_document(pid, raw).text for pid, raw in posts.items()}
    docs, events, stories, names = build(posts, frog, settings)
    by_id = {d.id: d for d in docs.values()}
    built = {ev.id: clause_label(ev, by_id, names) is not None for ev in events}
    told = [ev for ev in events if shown(ev)]
    leads = lead_events(story, texts, docs, events)
    lead = leads[0] if leads else None
    page = next((st for st in stories if lead is not None and lead.id in st.events), None)
    ranked = visible(by_salience(e for e in events if page is not None and e.id in page.events))
    row = {
        "story": story["name"], "posts": len(posts), "shown": len(told), "events": len(events),
        "bare_shown": sum(1 for e in told if " " not in e.label.strip()),
        "cut_shown": sum(1 for e in told if not built[e.id] and " " in e.label.strip()),
        "bare_all": sum(1 for e in events if " " not in e.label.strip()),
        "cut_all": sum(1 for e in events if not built[e.id] and " " in e.label.strip()),
        "named_shown": sum(1 for e in told if names_someone(e.label, names)),
        "named_all": sum(1 for e in events if names_someone(e.label, names)),
        "lead_rank": next((k + 1 for k, e in enumerate(ranked) if lead is not None and e.id == lead.id), None),
        "page_shown": len(ranked),
        "lead_events": len(leads),
        "lead_salience": score_of(lead) if lead is not None else None,
        "lead_label": lead.label if lead is not None else None,
    }
    if show_labels:
        row["page"] = [f"{score_of(e):.2f} {e.type}: {e.label}" for e in ranked]
    return row


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--stories", default=str(STORIES))
    ap.add_argument("--story", help="audit one story by name")
    ap.add_argument("--labels", action="store_true", help="list each lead's story page")
    ap.add_argument("--json", action="store_true", help="one JSON object per story")
    args = ap.parse_args(argv)
    data = json.loads(Path(args.stories).read_text(encoding="utf-8"))
    settings = Settings()
    frog = CachedFrog(cache_dir() / "labels-audit", settings)
    cols = ("story", "posts", "shown", "events", "bare_shown", "cut_shown", "named_shown", "bare_all", "cut_all",
            "named_all", "lead_rank", "lead_events", "page_shown")
    if not args.json:
        print("\t".join(cols) + "\tlead_salience\tlead_label")
    rows = []
    try:
        for story in data["stories"]:
            if args.story and story["name"] != args.story:
                continue
            row = audit(story, frog, settings, args.labels)
            rows.append(row)
            if args.json:
                print(json.dumps(row, ensure_ascii=False))
                continue
            print("\t".join(str(row[c]) if row[c] is not None else "-" for c in cols)
                  + f"\t{row['lead_salience']}\t{row['lead_label']}")
            for line in row.get("page", []):
                print("\t" + line)
    finally:
        frog.close()
    if not args.json and rows:
        print(summary(rows))
    return 0


def summary(rows: list[dict[str, Any]]) -> str:
    """The shares over all audited stories: labels naming a participant, bare labels."""
    total = {k: sum(r[k] for r in rows) for k in ("shown", "events", "named_shown", "named_all", "bare_shown", "bare_all")}
    return (f"total: named {total['named_shown']}/{total['shown']} shown ({total['named_shown'] / max(total['shown'], 1):.2f}),"
            f" {total['named_all']}/{total['events']} all ({total['named_all'] / max(total['events'], 1):.2f});"
            f" bare {total['bare_shown']}/{total['shown']} shown, {total['bare_all']}/{total['events']} all"
            f" ({total['bare_all'] / max(total['events'], 1):.2f})")


if __name__ == "__main__":
    sys.exit(main())
