"""Document dates inferred from other sources, scored on MEANTIME, and ``kroniek eval dates``.

Every MEANTIME article has a day-precise date (its date line). The score leaves one out: each
article in turn keeps only the month of its date, its time expressions and events are resolved
against that month, and the cross-document inference (``kroniek.link.dates``) tries to recover
the day from the other articles, which keep their days. Beside it, on the same month-only
articles, the within-document solver (``kroniek.extract.docdate.infer_published``).

The articles are analysed as ``kroniek ingest`` would (Frog on MEANTIME's own tokens, cached by
``kroniek eval events``; then NER, time, quotes, events, entity linking). The date line itself is
blanked (replaced by spaces, so every offset stays) before anything reads the text.

Reported per topic and overall: documents, how many got a day (coverage) and how many of those
days are right (precision). A wrong day is worse than none, so precision is the figure to watch.
Nothing in ``link.dates`` was written or tuned on MEANTIME (the linker's weights were tuned on
``corpus_gm``, see ``kroniek eval events``).
"""

from __future__ import annotations

import copy
import json
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from ..errors import EvalError, FrogUnavailable
from ..extract.coref import Coreference
from ..extract.docdate import infer_published
from ..extract.events import EventExtractor
from ..extract.ner import CrfNer
from ..extract.quotes import QuoteExtractor
from ..extract.timex import TimexTagger
from ..link.dates import infer_dates_across
from ..link.entities import EntityLinker
from ..model import Document, PublishedDate
from ..settings import Settings
from .events import DEFAULT_DATA, load


def _blank_dateline(doc: Document) -> Document:
    """The document with its date line (line 2, "01-Mar-08") replaced by spaces."""
    lines = doc.text.split("\n")
    if len(lines) > 1:
        lines[1] = " " * len(lines[1])
    out = copy.copy(doc)
    out.text = "\n".join(lines)
    return out


def _month_only(doc: Document) -> Document:
    """A copy dated only to its month, with time and events resolved again against it."""
    assert doc.published is not None
    out = copy.copy(doc)
    out.published = PublishedDate(doc.published.value[:7], "month", "metadata", doc.published.value[:7])
    return EventExtractor()(TimexTagger()(out))


def prepare(data_dir: Path, echo: Callable[[str], None] = lambda m: None) -> list[tuple[str, Document]]:
    """(topic, analysed document) for every annotated MEANTIME article with a day-precise date."""
    mdocs, _, _ = load(data_dir, echo)
    steps: list[Callable[[Document], Document]] = [CrfNer(), Coreference(), TimexTagger(), QuoteExtractor(), EventExtractor()]
    out = []
    for md in mdocs:
        if md.doc.published is None or md.doc.published.granularity != "day":
            continue
        doc = _blank_dateline(md.doc)
        doc.timexes, doc.quotes, doc.events = [], [], []
        for step in steps:
            doc = step(doc)
        out.append((md.topic, doc))
    return out


def evaluate(data_dir: Path, echo: Callable[[str], None] = lambda m: None) -> dict[str, Any]:
    """Leave each article's day out in turn; score both ways of getting it back."""
    rows = prepare(data_dir, echo)
    docs = [d for _, d in rows]
    linker = EntityLinker(Settings())
    for d in docs:
        linker.add(d)
    linker.entities()
    assigned = linker.assignments()

    def entity_of(doc_id: str, s: int, e: int) -> str | None:
        return assigned.get((doc_id, s, e))

    counts: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(int)))
    cases = []
    for k, (topic, doc) in enumerate(rows):
        assert doc.published is not None
        truth = doc.published.value[:10]
        coarse = _month_only(doc)
        others = docs[:k] + docs[k + 1 :]
        across = {inf.doc: inf for inf in infer_dates_across(others + [coarse], entity_of)}.get(doc.id)
        within = infer_published(coarse)
        for system, found in (("across", across.published if across else None), ("within", within)):
            for key in (topic, "overall"):
                c = counts[system][key]
                c["documents"] += 1
                if found is not None and found.granularity == "day":
                    c["dated"] += 1
                    c["correct"] += found.value[:10] == truth
        if across is not None:
            cases.append({"doc": doc.id, "truth": truth, "inferred": across.published.value,
                          "evidence": list(across.evidence)})
    result: dict[str, Any] = {"documents": len(rows), "systems": {}, "cases": cases}
    for system, by_topic in counts.items():
        result["systems"][system] = {
            topic: {"documents": c["documents"], "dated": c["dated"], "correct": c["correct"], "coverage": round(c["dated"] / c["documents"], 4) if c["documents"] else 0.0,
                    "precision": round(c["correct"] / c["dated"], 4) if c["dated"] else 0.0}
            for topic, c in sorted(by_topic.items())
        }
    return result


def format_report(res: dict[str, Any]) -> str:
    """The human-readable table and the cases the cross-document inference dated."""
    lines = [f"MEANTIME nl: {res['documents']} articles, each in turn dated only to its month", "",
             f"{'system':8} {'topic':15} {'docs':>5} {'dated':>6} {'right':>6} {'coverage':>9} {'precision':>10}"]
    for system in ("across", "within"):
        for topic, c in res["systems"].get(system, {}).items():
            lines.append(f"{system:8} {topic:15} {c['documents']:5} {c['dated']:6} {c['correct']:6} "
                         f"{c['coverage']:9.3f} {c['precision']:10.3f}")
    lines += ["", "across = other sources (kroniek.link.dates); within = the text alone (extract.docdate)", ""]
    for case in res["cases"]:
        mark = "ok " if case["truth"] == case["inferred"] else "BAD"
        lines.append(f"{mark} {case['doc']}  {case['inferred']} (true {case['truth']}): {'; '.join(case['evidence'])}")
    return "\n".join(lines)


@click.command("dates")
@click.argument("data_dir", required=False, type=click.Path(file_okay=False))
def command(data_dir: str | None) -> None:
    """Recover MEANTIME articles' days from other sources, with the month only given."""
    try:
        res = evaluate(Path(data_dir) if data_dir else DEFAULT_DATA, echo=lambda m: click.echo(m, err=True))
    except (EvalError, FrogUnavailable) as e:
        raise click.ClickException(str(e)) from e
    click.echo(format_report(res))
    summary = {f"{system}_{k}": v["overall"][k] for system, v in res["systems"].items()
               for k in ("dated", "correct", "coverage", "precision")}
    click.echo(json.dumps({"documents": res["documents"], **summary}))
