"""Story clustering scored on a NU.nl headline stream, and the ``kroniek eval stories`` command.

The file (JSON Lines: id, title, subtitle, published_at, section, title_variants) is read at run
time and never copied. Each headline variant becomes one document (headline + subtitle, dated
published_at, category = section), and build_stories groups them. Two defensible labels:

- variant recall: variants of one item (the same article, re-worded over time) must share a story;
  the share of variant pairs that do.
- section purity: a story should not mix NU.nl sections; the share of documents in their story's
  majority section (over stories of two or more documents, and over all documents).

Both trivial clusterings fail one of them (all singletons: recall 0; one story: purity = the top
section's share), which the report shows as baselines.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from ..errors import EvalError
from ..link.stories import StoryParams, build_stories
from ..model import Document, PublishedDate, Story
from .data import shared_data

DEFAULT_FILE = "nunl-headlines/nunl_headlines_2022-2024.jsonl"


def default_path() -> Path:
    """The NU.nl headline file under KRONIEK_DATA (default: the shared data folder)."""
    return shared_data(DEFAULT_FILE)


def read_items(path: Path, *, limit: int | None = None, since: str | None = None) -> Iterator[dict[str, Any]]:
    """The items of a headline JSONL file, in file order."""
    try:
        f = path.open(encoding="utf-8")
    except OSError as e:
        raise EvalError(f"{path}: cannot read headline file ({e})") from e
    n = 0
    with f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                item["published_at"], item["id"]  # noqa: B018 - both are required
            except (ValueError, KeyError, TypeError) as e:
                raise EvalError(f"{path}:{lineno}: not a headline record ({e})") from e
            if since and item["published_at"] < since:
                continue
            yield item
            n += 1
            if limit and n >= limit:
                return


def item_documents(item: dict[str, Any]) -> list[Document]:
    """One document per distinct headline variant of an item."""
    variants = [v for v in item.get("title_variants") or [] if v] or [item.get("title") or ""]
    subtitle = item.get("subtitle") or ""
    when = str(item["published_at"])
    out = []
    for k, v in enumerate(dict.fromkeys(variants)):
        text = v if not subtitle else f"{v}\n\n{subtitle}"
        out.append(Document(
            id=f"nu-{item['id']}-{k}", text=text, source=str(item.get("url") or item["id"]), title=v,
            category=item.get("section"), published=PublishedDate(when[:16], "minute", "metadata", when),
            meta={"item": item["id"]},
        ))
    return out


@dataclass(frozen=True, slots=True)
class StoryScores:
    """Variant recall and section purity of one clustering."""

    documents: int
    items: int
    variant_pairs: int
    variant_recall: float
    item_recall: float  # share of multi-variant items whose variants all share one story
    purity: float  # over documents in stories of two or more
    purity_all: float  # over all documents (singletons are pure)
    stories: int
    multi_stories: int
    in_multi: float  # share of documents in stories of two or more
    largest: int

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def score(docs: list[Document], stories: list[Story]) -> StoryScores:
    """Score stories against the variant chains (meta["item"]) and sections (category) of documents."""
    story_of = {d: s.id for s in stories for d in s.documents}
    by_item: dict[Any, list[str]] = defaultdict(list)
    section = {}
    for d in docs:
        by_item[d.meta.get("item", d.id)].append(d.id)
        section[d.id] = d.category or ""
    pairs = hits = whole = multi_items = 0
    for ids in by_item.values():
        if len(ids) > 1:
            multi_items += 1
            whole += len({story_of.get(x) for x in ids}) == 1 and story_of.get(ids[0]) is not None
        for i in range(len(ids)):
            for j in range(i + 1, len(ids)):
                pairs += 1
                hits += story_of.get(ids[i]) is not None and story_of.get(ids[i]) == story_of.get(ids[j])
    multi = [s for s in stories if len(s.documents) > 1]
    in_multi = sum(len(s.documents) for s in multi)
    majority = sum(Counter(section[d] for d in s.documents).most_common(1)[0][1] for s in multi)
    singletons = len(docs) - in_multi
    return StoryScores(
        documents=len(docs), items=len(by_item), variant_pairs=pairs,
        variant_recall=round(hits / pairs, 4) if pairs else 0.0,
        item_recall=round(whole / multi_items, 4) if multi_items else 0.0,
        purity=round(majority / in_multi, 4) if in_multi else 1.0,
        purity_all=round((majority + singletons) / len(docs), 4) if docs else 1.0,
        stories=len(stories), multi_stories=len(multi),
        in_multi=round(in_multi / len(docs), 4) if docs else 0.0,
        largest=max((len(s.documents) for s in stories), default=0),
    )


def evaluate(path: Path, *, limit: int | None = None, since: str | None = None,
             params: StoryParams | None = None) -> tuple[StoryScores, float, list[Story], list[Document]]:
    """Build stories over the file's headlines and score them; also return seconds spent building."""
    docs = [d for item in read_items(path, limit=limit, since=since) for d in item_documents(item)]
    if not docs:
        raise EvalError(f"{path}: no headline records")
    t0 = time.perf_counter()
    stories = build_stories(docs, [], [], params=params)
    return score(docs, stories), time.perf_counter() - t0, stories, docs


@click.command("stories")
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--limit", type=int, default=None, help="Only the first N items.")
@click.option("--since", default=None, help="Only items published at or after this ISO date.")
@click.option("--threshold", type=float, default=None, help="Override the link threshold.")
@click.option("--examples", type=int, default=0, help="Print this many multi-document stories.")
def command(file: Path | None, limit: int | None, since: str | None, threshold: float | None, examples: int) -> None:
    """Score story building on NU.nl headlines: variant-pair recall and section purity (JSON last line)."""
    path = file or default_path()
    params = StoryParams(threshold=threshold) if threshold is not None else StoryParams()
    try:
        scores, seconds, stories, docs = evaluate(path, limit=limit, since=since, params=params)
    except EvalError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(2)
    by_id = {d.id: d for d in docs}
    sections = Counter(d.category for d in docs)
    top_share = sections.most_common(1)[0][1] / len(docs)
    click.echo(f"{path}: {scores.documents} headline documents from {scores.items} items")
    click.echo(f"variant recall   {scores.variant_recall:.4f}  ({scores.variant_pairs} variant pairs; "
               f"items with all variants together: {scores.item_recall:.4f})")
    click.echo(f"section purity   {scores.purity:.4f}  (stories of 2+; all documents: {scores.purity_all:.4f})")
    click.echo(f"stories          {scores.stories} ({scores.multi_stories} of 2+, holding "
               f"{scores.in_multi:.1%} of documents; largest {scores.largest})")
    click.echo(f"baselines        singletons: recall 0, purity 1; one story: recall 1, purity {top_share:.4f}")
    click.echo(f"build time       {seconds:.1f} s")
    multi = sorted(stories, key=lambda s: -len({by_id[d].meta["item"] for d in s.documents}))
    for s in multi[:examples]:
        items = {by_id[d].meta["item"] for d in s.documents}
        if len(items) < 3:
            break
        sections_ = ", ".join(sorted({by_id[d].category or "" for d in s.documents}))
        click.echo(f"\n{s.first}..{s.last}  {len(items)} items  [{sections_}]")
        for d in s.documents[:6]:
            pd = by_id[d].published
            click.echo(f"   {pd.value if pd else '?'}  {by_id[d].title}")
    out = {"eval": "stories", "file": str(path), "limit": limit, "since": since,
           "threshold": params.threshold, "seconds": round(seconds, 2), **scores.to_dict()}
    click.echo(json.dumps(out))
