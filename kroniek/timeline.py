"""Timelines: the events of a chronicle in time order, with who took part and who reports them.

An event's date is its own (the TIMEX3 value the linker chose); an event without one is placed
at the earliest publication date of the documents reporting it, marked ``"date_source":
"published"``, with the tense anchor (kroniek.link.anchors) saying whether it happened on or
before that day, on it, or after it. The tail of the chronicle (kroniek.link.salience) is left
out unless asked for (``--all``).
"""

from __future__ import annotations

import csv
import io
import json
import sys
from typing import Any

import click

from .link.anchors import mark
from .link.salience import score_of, visible
from .model import Document, Entity, Event
from .options import db_option


def _sentence(doc: Document, start: int, end: int) -> str:
    s = doc.sentence_of(start)
    if s is not None:
        return " ".join(doc.text[s.start : s.end].split())
    # No sentence layer: the line around the mention.
    lo = doc.text.rfind("\n", 0, start) + 1
    hi = doc.text.find("\n", end)
    return " ".join(doc.text[lo : hi if hi >= 0 else len(doc.text)].split())


def _in_range(date: str | None, start: str | None, end: str | None) -> bool:
    """Whether a (possibly partial) ISO date can fall within [start, end]."""
    if start is None and end is None:
        return True
    if not date or not date[:1].isdigit():
        return False
    if start is not None and date < start[: len(date)]:
        return False
    return not (end is not None and date[: len(end)] > end)


def _entity_ids(entities: list[Entity], name: str) -> set[str]:
    key = name.casefold()
    return {e.id for e in entities if key == e.id.casefold() or key == e.name.casefold()
            or key in (a.casefold() for a in e.aliases)}


def timeline(
    events: list[Event],
    docs: dict[str, Document],
    entities: list[Entity],
    *,
    entity: str | None = None,
    story_events: set[str] | None = None,
    start: str | None = None,
    end: str | None = None,
    show_all: bool = True,
) -> list[dict[str, Any]]:
    """The events, in time order (undated last), as rows with date, label, type, participants and sources.

    Without ``show_all`` the chronicle's tail (events below ``salience.SHOWN``) is left out.
    """
    names = {e.id: e.name for e in entities}
    wanted = _entity_ids(entities, entity) if entity else None
    rows = []
    for ev in visible(events, show_all=show_all):
        if story_events is not None and ev.id not in story_events:
            continue
        ids = {eid for _, eid in ev.participants} | set(ev.where)
        if wanted is not None and not ids & wanted:
            continue
        date: str | None = (ev.when or {}).get("value")
        date_source: str | None = "event"
        if not date:
            published = sorted(d.published.value for k, _, _ in ev.mentions
                               if (d := docs.get(k)) is not None and d.published is not None)
            date, date_source = (published[0], "published") if published else (None, None)
        if not _in_range(date, start, end):
            continue
        sources = []
        for doc_id, s, t in ev.mentions:
            d = docs.get(doc_id)
            if d is None:
                continue
            sources.append({"doc": doc_id, "title": d.title, "name": source_name(d), "text": d.text[s:t],
                            "sentence": _sentence(d, s, t)})
        rows.append({
            "date": date,
            "date_source": date_source,
            "event": ev.id,
            "label": ev.label,
            "type": ev.type,
            "factuality": ev.factuality,
            "participants": [{"role": r, "entity": eid, "name": names.get(eid, eid)} for r, eid in ev.participants],
            "places": [names.get(p, p) for p in ev.where],
            "sources": sources,
            "disagreements": ev.attributes.get("disagreements", []),
            "anchor": ev.attributes.get("anchor") if date_source == "published" else None,
            "salience": score_of(ev),
            # who says it happened: the sayings folded into this event (link.sayings)
            "reported_by": [{"doc": r["doc"], "text": r["text"], "speaker": r.get("speaker"),
                             "name": names.get(r["speaker"]) if r.get("speaker") else None}
                            for r in ev.attributes.get("reported_by", [])],
        })
    rows.sort(key=lambda r: (r["date"] is None, r["date"] or "", r["label"]))
    return rows


def _participants(row: dict[str, Any]) -> str:
    return "; ".join(f"{p['role']}: {p['name']}" for p in row["participants"])


def _sources(row: dict[str, Any]) -> str:
    return "; ".join(dict.fromkeys(s["name"] for s in row["sources"]))  # each document once, in order


def source_name(d: Any) -> str:
    """How a reader knows a document: its title, else its file name or URL, else its id."""
    if d.title:
        return str(d.title)
    src = str(d.source or "")
    if src and src not in ("-", "<stdin>"):
        return src.rstrip("/").rsplit("/", 1)[-1] or src
    return str(d.id)


def render(rows: list[dict[str, Any]], fmt: str) -> str:
    """The timeline as text: table | json | md | csv."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2)
    flat = [
        {
            "date": mark(r.get("anchor")) or (r["date"] or "?") + ("*" if r["date_source"] == "published" else ""),
            "type": r["type"] + ("" if r["factuality"] == "asserted" else f" ({r['factuality']})"),
            "label": r["label"] + (" [sources disagree]" if r["disagreements"] else ""),
            "participants": _participants(r),
            "places": "; ".join(r["places"]),
            "sources": _sources(r),
        }
        for r in rows
    ]
    cols = ["date", "type", "label", "participants", "places", "sources"]
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        w.writerows(flat)
        return buf.getvalue()
    if fmt == "md":
        lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
        for r in flat:
            lines.append("| " + " | ".join(r[c].replace("|", "\\|") for c in cols) + " |")
        lines.append("")
        lines.append("\\* no date in the text: the first publication date of a reporting document; "
                     "≤ on or before it, ~ that day, > after it, by the tense of the reports.")
        for r in rows:
            lines.append("")
            lines.append(f"**{r['date'] or '?'} {r['label']}**")
            names = {s["doc"]: s["name"] for s in r["sources"]}
            for d in r["disagreements"]:
                readings = "; ".join(
                    f"{x['value']} ({', '.join(names.get(doc, doc) for doc in x['sources'])})" for x in d["readings"])
                lines.append(f"- *sources disagree on {d['aspect']}:* {readings}")
            # Two mentions in one sentence ("de dood ... door een droneaanval") cite it once.
            for name, sentence in dict.fromkeys((s["name"], s["sentence"]) for s in r["sources"]):
                lines.append(f"- {name}: {sentence}")
        return "\n".join(lines) + "\n"
    if fmt == "table":
        widths = {c: min(40, max([len(c)] + [len(r[c]) for r in flat])) for c in cols}
        def cut(v: str, n: int) -> str:
            return v if len(v) <= n else v[: n - 1] + "…"
        lines = ["  ".join(c.ljust(widths[c]) for c in cols), "  ".join("-" * widths[c] for c in cols)]
        for r in flat:
            lines.append("  ".join(cut(r[c], widths[c]).ljust(widths[c]) for c in cols).rstrip())
        return "\n".join(lines) + "\n"
    raise ValueError(f"unknown timeline format {fmt!r}: use table, json, md or csv")


@click.command("timeline")
@db_option
@click.option("--entity", default=None, help="Only events with this participant or place (name, alias or id).")
@click.option("--story", default=None, help="Only the events of this story (id).")
@click.option("--from", "start", default=None, help="Earliest date (ISO, e.g. 2020-01).")
@click.option("--to", "end", default=None, help="Latest date (ISO).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "md", "csv"]), default="table", show_default=True)
@click.option("--all", "show_all", is_flag=True, help="Also the tail: events below the salience cut.")
def command(db: str, entity: str | None, story: str | None, start: str | None, end: str | None, fmt: str,
            show_all: bool) -> None:
    """Print the events in time order with participants and the sources that report them."""
    from .chronicle import Chronicle
    from .errors import KroniekError
    from .settings import Settings

    try:
        with Chronicle(db, Settings(db=db)) as chron:
            store = chron.store
            docs = {d.id: d for d in store.iter_documents()}
            story_events = None
            if story is not None:
                match = [s for s in store.stories() if s.id == story]
                if not match:
                    raise KroniekError(f"{story}: no such story in {db}")
                story_events = set(match[0].events)
            rows = timeline(store.events(), docs, store.entities(), entity=entity,
                            story_events=story_events, start=start, end=end, show_all=show_all)
    except KroniekError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(2)
    click.echo(render(rows, fmt), nl=False)
