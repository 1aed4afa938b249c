"""Time anchors: an event without a date of its own is placed against its reports' date by tense.

A report in the perfect or past tense ("is stilgelegd", "nam aan") tells what happened on or
before the day it was published; one in the present ("wordt voortgezet", "staakt") what goes on
that day; one with "zullen" or "gaan" (the mention's factuality ``future``) what comes after it.
Nouns take the tense of the verb that governs them ("De staking duurt voort"). Each event
without ``when`` gets ``attributes["anchor"] = {"value": day, "relation": "on_or_before" | "on" |
"after", "by": "tense"}``, the day being the earliest publication date among its documents, and
the relation the one most of its mentions give (on ties the earlier reading: on or before).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..model import Document, Event
from .spans import Spans
from .tense import tense

RELATIONS = ("on_or_before", "on", "after")  # tie order


def relation(doc: Document, start: int, factuality: str, spans: Spans | None = None) -> str:
    """How one mention relates its event to the day of its document."""
    t = tense(doc, start, spans)
    if factuality == "future" or t == "future":
        return "after"
    return "on" if t == "present" else "on_or_before"


def anchor(ev: Event, docs: dict[str, Document], factuality: dict[tuple[str, int, int], str],
           spans: Spans | None = None) -> dict[str, str] | None:
    """The anchor of an event without a date of its own, or None (dated, or no dated document)."""
    if ev.when:
        return None
    days = sorted(d.published.value[:10] for doc_id, _, _ in ev.mentions
                  if (d := docs.get(doc_id)) is not None and d.published is not None
                  and len(d.published.value) >= 10)
    if not days:
        return None
    spans = spans or Spans()
    votes = Counter(relation(docs[k[0]], k[1], factuality.get(k, "asserted"), spans)
                    for k in ev.mentions if k[0] in docs)
    top = max(votes.values())
    rel = next(r for r in RELATIONS if votes[r] == top)
    return {"value": days[0], "relation": rel, "by": "tense"}


def annotate(events: Iterable[Event], docs: dict[str, Document], spans: Spans | None = None) -> None:
    """Store the anchor of every undated event in ``attributes["anchor"]``."""
    factuality = {(d.id, m.start, m.end): m.factuality for d in docs.values() for m in d.events}
    spans = spans or Spans()
    for ev in events:
        a = anchor(ev, docs, factuality, spans)
        if a is not None:
            ev.attributes["anchor"] = a


SIGNS = {"on_or_before": "≤", "on": "~", "after": ">"}


def mark(anchor: dict[str, str] | None) -> str | None:
    """An anchor as a reader sees it: "≤2020-01-06" (on or before), "~…" (that day), ">…" (after)."""
    if not anchor:
        return None
    return SIGNS.get(anchor.get("relation", ""), "") + anchor["value"]
