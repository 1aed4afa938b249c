"""Which words become events, on real 2019 Dutch news: ``kroniek eval events --gold leestmeer``.

The gold (``eval/triggers/leestmeer.json``, made as ``eval/triggers/README.md`` says) marks every
happening trigger in 28 leestmeer posts of mixed outlets and kinds, by post id, offsets and digest
(never the text), each labelled ``event`` (something that happened or is said to happen) or
``maybe`` (borderline: a metaphorical contest, aggregate sales, a generic or negated happening).
The posts are split into dev and test by post.

The posts run through the per-document analysis as ``kroniek ingest`` runs it (Frog, CRF NER,
coreference, time, quotes), then through the event extractor. A predicted trigger is right when
it overlaps an ``event`` span, wrong when it overlaps no gold span, and not counted when it
overlaps only a ``maybe`` span; recall is over the ``event`` spans. Statements ("zegt", "stelt")
are left out of the predictions, as the chronicle folds them into the events they report.

Frog's output is cached outside the repository (it holds the copyrighted text):
``$KRONIEK_CACHE`` or ``~/.cache/kroniek``, file ``eval-triggers-frog.jsonl``; reads of the test
split are counted in ``eval-triggers-test-reads.log`` beside it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import EvalError
from ..model import Document, EventMention
from ..settings import cache_dir
from .leestmeer import Posts, locate, log_read, post_document, reads_logged

DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "eval" / "triggers" / "leestmeer.json"
SAYING = "statement"
Extract = Callable[[Document], Iterable[EventMention]]


@dataclass(frozen=True, slots=True)
class GoldTrigger:
    post: str
    start: int
    end: int
    label: str  # "event" | "maybe"
    digest: str = ""


@dataclass(slots=True)
class TriggerGold:
    split: dict[str, list[str]]
    triggers: list[GoldTrigger]

    def posts(self, split: str) -> list[str]:
        if split == "all":
            return sorted(p for ps in self.split.values() for p in ps)
        if split not in self.split:
            raise EvalError(f"unknown split {split!r}; use {', '.join(self.split)} or all")
        return self.split[split]


def load_gold(path: str | Path = DEFAULT_GOLD) -> TriggerGold:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise EvalError(f"{path}: cannot read trigger gold ({e})") from e
    trig = [GoldTrigger(t["post"], t["start"], t["end"], t["label"], t["digest"]) for t in data["triggers"]]
    return TriggerGold(data["split"], trig)


def place(gold: list[GoldTrigger], docs: dict[str, Document]) -> list[GoldTrigger]:
    """Gold triggers re-found in the current cleaned texts (a reader change may move a span)."""
    out = []
    for g in gold:
        found = locate(docs[g.post].text, g.start, g.end, g.digest)
        if found is None:
            raise EvalError(f"gold trigger in {g.post} at {g.start}: span no longer found (digest {g.digest})")
        out.append(GoldTrigger(g.post, found[0], found[1], g.label, g.digest))
    return out


def analysed(posts: list[str]) -> dict[str, Document]:
    """The posts after Frog, NER, coreference, time and quotes (everything events read), by post id."""
    from ..extract.coref import Coreference
    from ..extract.docdate import DocDate
    from ..extract.ner import CrfNer
    from ..extract.quotes import QuoteExtractor
    from ..extract.timex import TimexTagger
    from ..pipeline import Pipeline
    from .quotes import cached, frog_analyser

    raw = Posts().load(posts)
    dated = DocDate()
    docs = [dated(post_document(p, raw[p])) for p in posts]
    frog = cached(frog_analyser(), cache_dir() / "eval-triggers-frog.jsonl")
    pipe = Pipeline([CrfNer(), Coreference(), TimexTagger(), QuoteExtractor()],
                    given=("sentences", "tokens", "mentions"))
    return {p: pipe(d) for p, d in zip(posts, frog(docs), strict=True)}


@dataclass(frozen=True, slots=True)
class Outcome:
    """One predicted trigger and what the gold says of it: "right", "wrong" or "maybe"."""

    post: str
    mention: EventMention
    verdict: str


def judge(doc_post: str, preds: Iterable[EventMention], gold: list[GoldTrigger]) -> list[Outcome]:
    out = []
    for m in preds:
        hits = {g.label for g in gold if g.post == doc_post and m.start < g.end and g.start < m.end}
        out.append(Outcome(doc_post, m, "right" if "event" in hits else "maybe" if hits else "wrong"))
    return out


def score(docs: dict[str, Document], gold: list[GoldTrigger], extract: Extract) -> dict[str, Any]:
    """Trigger P/R/F1 of one extractor over the posts (statements left out, see the module text)."""
    outcomes: list[Outcome] = []
    found: set[GoldTrigger] = set()
    for pid, doc in docs.items():
        preds = [m for m in extract(doc) if m.type != SAYING]
        outcomes += judge(pid, preds, gold)
        found |= {g for g in gold if g.post == pid and g.label == "event"
                  and any(m.start < g.end and g.start < m.end for m in preds)}
    right = sum(o.verdict == "right" for o in outcomes)
    wrong = sum(o.verdict == "wrong" for o in outcomes)
    n_gold = sum(g.label == "event" for g in gold)
    p = right / (right + wrong) if right + wrong else 0.0
    r = len(found) / n_gold if n_gold else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "right": right, "wrong": wrong, "maybe": sum(o.verdict == "maybe" for o in outcomes),
            "gold": n_gold, "found": len(found), "_outcomes": outcomes,
            "_missed": [g for g in gold if g.label == "event" and g not in found]}


def extractors() -> dict[str, Extract]:
    """The settings compared: the extractor as the chronicle runs it, and the variants of it."""
    from ..extract.events import EventExtractor

    return {name: EventExtractor(**kw).extract for name, kw in (
        ("chronicle", {}), ("lexicon", {"past": False}), ("lexicon+learned", {"past": False, "learned": True}),
        ("past+learned", {"learned": True}), ("with_other", {"other": True}),
        ("other+learned", {"other": True, "learned": True}))}


def evaluate(split: str, path: str | Path = DEFAULT_GOLD) -> dict[str, Any]:
    """Score every extractor setting on one split's posts; a read of the test split is logged."""
    gold = load_gold(path)
    posts = gold.posts(split)
    reads = cache_dir() / "eval-triggers-test-reads.log"
    if split in ("test", "all"):
        log_read(reads)
    docs = analysed(posts)
    triggers = place([g for g in gold.triggers if g.post in set(posts)], docs)
    res = {name: score(docs, triggers, fn) for name, fn in extractors().items()}
    return {"split": split, "posts": len(posts), "settings": res, "docs": docs, "test_reads": reads_logged(reads)}


def format_report(res: dict[str, Any]) -> str:
    lines = [f"leestmeer trigger gold ({res['split']}): {res['posts']} posts; "
             "right = overlaps an event span, wrong = overlaps no gold span, maybe = not counted",
             f"{'setting':14} {'P':>6} {'R':>6} {'F1':>6} {'right':>6} {'wrong':>6} {'maybe':>6} {'gold':>5}"]
    for name, s in res["settings"].items():
        lines.append(f"{name:14} {s['p']:6.3f} {s['r']:6.3f} {s['f1']:6.3f} {s['right']:6} {s['wrong']:6} "
                     f"{s['maybe']:6} {s['gold']:5}")
    lines.append(f"test split read {res['test_reads']} times (counted in {cache_dir()})")
    return "\n".join(lines)


def format_errors(res: dict[str, Any], setting: str = "chronicle") -> str:
    """The dev split's false triggers and misses of one setting (never called for test)."""
    s, docs = res["settings"][setting], res["docs"]
    rows = [f"wrong\t{o.post}\t{docs[o.post].text[o.mention.start:o.mention.end]}\t{o.mention.type}\t{o.mention.lemma}"
            for o in s["_outcomes"] if o.verdict == "wrong"]
    rows += [f"missed\t{g.post}\t{docs[g.post].text[g.start:g.end]}" for g in s["_missed"]]
    return "\n".join(rows)


def summary(res: dict[str, Any]) -> dict[str, Any]:
    return {"task": "events", "data": "leestmeer-2019", "split": res["split"], "test_reads": res["test_reads"],
            **{name: {k: v for k, v in s.items() if not k.startswith("_")} for name, s in res["settings"].items()}}
