"""Alerts: standing questions checked against every new document, each match recorded once.

    kroniek alert add defensie --entity "Ank Bijleveld"
    kroniek alert add stakingen --query "staking*"
    kroniek alert add aanslagen --event-type attack

An alert asks for documents about a linked entity (its name, an alias or its id; a mention
with the very words counts too before linking has run), for documents with a sentence that
matches a search query (the search's own Dutch stemming, every word in one sentence), or for
documents reporting an event of one type. ``check_alerts`` takes the stored documents no
check has seen yet (``Store.alert_pending``), matches each against every alert and records
the matches together with the "checked" mark in one transaction: run it twice, or after a
crash, and nothing is recorded twice. A new alert starts from the documents stored after it
(``alert_baseline``); the events of a matching document that fit the alert are kept with the
match.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .errors import KroniekError
from .model import Document, EventMention
from .search import Query, index_entry, parse_query
from .store import Store
from .store.base import DocumentLinks
from .store.watching import ALERT_KINDS, Alert, AlertMatch

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")


class AlertError(KroniekError):
    """An alert that cannot be made (bad name, empty question, unknown event type)."""


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def event_types() -> set[str]:
    """The event types the extractor assigns (kroniek/data/event_types.tsv, plus "other")."""
    from .extract.events import OTHER, lexicon

    lex = lexicon()
    return {*lex.verbs.values(), *lex.nouns.values(), *(t for t, _ in lex.support.values()), OTHER}


def make_alert(name: str, kind: str, value: str, *, created: str | None = None) -> Alert:
    """A checked Alert: a name usable in a URL, a non-empty question, a known event type."""
    if not _NAME.match(name):
        raise AlertError(f"{name!r}: an alert name is 1-64 letters, digits, '-' or '_', starting with a letter or digit")
    if kind not in ALERT_KINDS:
        raise AlertError(f"{kind!r}: an alert is one of {', '.join(ALERT_KINDS)}")
    value = " ".join(value.split())
    if not value:
        raise AlertError(f"{name}: the {kind.replace('_', ' ')} to look for is empty")
    if kind == "query" and not parse_query(value).terms:
        raise AlertError(f"{name}: the query {value!r} has no words to search for")
    if kind == "event_type" and value not in event_types():
        raise AlertError(f"{name}: unknown event type {value!r} (known: {', '.join(sorted(event_types()))})")
    return Alert(name, kind, value, created or utc_now())


def add_alert(store: Store, alert: Alert) -> None:
    """Store a new alert; it matches documents stored from now on (earlier ones are checked first
    against the alerts that were there, so none of theirs is lost)."""
    if any(a.name == alert.name for a in store.alerts()):
        raise AlertError(f"{alert.name}: an alert of that name exists; remove it first or pick another name")
    check_alerts(store)
    store.alert_baseline()
    if not store.add_alert(alert):
        raise AlertError(f"{alert.name}: an alert of that name exists; remove it first or pick another name")


@dataclass(frozen=True, slots=True)
class _Compiled:
    alert: Alert
    entity_ids: frozenset[str] = frozenset()
    query: Query | None = None


def _compile(store: Store, alert: Alert) -> _Compiled:
    if alert.kind == "entity":
        return _Compiled(alert, frozenset(e.id for e in store.entities_named(alert.value)))
    if alert.kind == "query":
        return _Compiled(alert, query=parse_query(alert.value))
    return _Compiled(alert)


def check_alerts(store: Store, *, batch: int = 200, now: str | None = None) -> int:
    """Match every document not yet checked against every alert; returns the number of new matches."""
    if not store.alerts():  # nothing to match: every stored document counts as checked
        store.alert_baseline()
        return 0
    new = 0
    while True:
        pending = store.alert_pending(batch)
        if not pending:
            return new
        alerts = [_compile(store, a) for a in store.alerts()]
        when = now or utc_now()
        matches: list[AlertMatch] = []
        for doc_id in pending:
            doc = store.get_document(doc_id)
            if doc is None:
                continue
            links = store.document_links(doc_id)
            matches += [m for a in alerts if (m := match_document(a, doc, links, when)) is not None]
        new += store.record_alert_matches(pending, matches)


def match_document(c: _Compiled, doc: Document, links: DocumentLinks, when: str) -> AlertMatch | None:
    """The match of one document for one alert, or None."""
    if c.alert.kind == "entity":
        found = _entity_match(c, doc, links)
    elif c.alert.kind == "query":
        found = _query_match(c, doc, links)
    else:
        found = _event_type_match(c, doc, links)
    if found is None:
        return None
    why, events = found
    return AlertMatch(c.alert.name, doc.id, when, why[:300], tuple(sorted(set(events))))


def _event_ids(doc: Document, links: DocumentLinks, keep: Iterable[EventMention]) -> list[str]:
    """The cross-document event ids of some of a document's event mentions."""
    by_span: dict[tuple[int, int], str] = {(s, e): ev for ev, s, e in links.event_mentions}
    return [ev for m in keep if (ev := by_span.get((m.start, m.end)))]


def _entity_match(c: _Compiled, doc: Document, links: DocumentLinks) -> tuple[str, list[str]] | None:
    spans = [(s, e) for ent, s, e in links.entity_mentions if ent in c.entity_ids]
    if not spans:  # before linking (or for a name the linker has not seen): the mention's own words
        want = c.alert.value.casefold()
        spans = [(m.start, m.end) for m in doc.mentions if " ".join(doc.text[m.start:m.end].split()).casefold() == want]
    if not spans:
        return None
    inside = [m for m in doc.events if any(s < e2 and s2 < e for _, s2, e2 in m.arguments for s, e in spans)]
    return f"entity {c.alert.value}: {len(spans)} mention{'s' if len(spans) > 1 else ''}", _event_ids(doc, links, inside)


def _query_match(c: _Compiled, doc: Document, links: DocumentLinks) -> tuple[str, list[str]] | None:
    assert c.query is not None
    rows = [r for r in index_entry(doc).rows if _row_matches(c.query, r.stems.split())]
    if not rows:
        return None
    first = next((r for r in rows if r.kind == "sentence"), rows[0])  # the sentence says more than the title
    said = doc.title if first.kind == "title" and doc.title else doc.text[first.start:first.end]
    spans = [(r.start, r.end) for r in rows if r.kind == "sentence"]
    inside = [m for m in doc.events if any(s <= m.start < e for s, e in spans)]
    return f"query {c.alert.value}: {' '.join(said.split())}", _event_ids(doc, links, inside)


def _row_matches(query: Query, words: list[str]) -> bool:
    """Every term of the query in one row of stems (a phrase as consecutive stems, a prefix unstemmed)."""
    for t in query.terms:
        if t.kind == "prefix":
            ok = any(w.startswith(t.stems[0]) for w in words)
        else:
            k = len(t.stems)
            ok = any(tuple(words[i:i + k]) == t.stems for i in range(len(words) - k + 1))
        if not ok:
            return False
    return True


def _event_type_match(c: _Compiled, doc: Document, links: DocumentLinks) -> tuple[str, list[str]] | None:
    found = [m for m in doc.events if m.type == c.alert.value]
    if not found:
        return None
    words = sorted({" ".join(doc.text[m.start:m.end].split()) for m in found})
    return f"event type {c.alert.value}: {', '.join(words)}", _event_ids(doc, links, found)


class UnknownAlert(AlertError):
    """No alert of that name."""


def alert_listing(store: Store) -> dict[str, Any]:
    """Every alert with its number of matches."""
    counts = store.alert_match_counts()
    return {"alerts": [{**_alert_dict(a), "matches": counts.get(a.name, 0)} for a in store.alerts()]}


def get_alert(store: Store, name: str) -> Alert:
    found = next((a for a in store.alerts() if a.name == name), None)
    if found is None:
        raise UnknownAlert(f"{name}: no such alert; `kroniek alert list` lists them")
    return found


def alert_page(store: Store, name: str, *, limit: int, offset: int) -> dict[str, Any]:
    """One alert and a page of its matches, newest first, each with its document's title, URL and date."""
    a = get_alert(store, name)
    total, matches = store.alert_matches(name, limit=limit, offset=offset)
    return {"alert": _alert_dict(a), "total": total, "limit": limit, "offset": offset,
            "matches": [_match_dict(store, m) for m in matches]}


def _alert_dict(a: Alert) -> dict[str, Any]:
    return {"name": a.name, "kind": a.kind, "value": a.value, "created": a.created}


def _match_dict(store: Store, m: AlertMatch) -> dict[str, Any]:
    doc = store.get_document(m.doc_id)
    return {
        "doc": m.doc_id, "matched": m.matched, "why": m.why, "events": list(m.events),
        "title": doc.title if doc else None, "url": doc.url if doc else None,
        "publisher": doc.publisher if doc else None, "source": doc.source if doc else None,
        "published": doc.published.value if doc and doc.published else None,
        "snippet": " ".join(doc.text[:300].split()) if doc else "",
    }
