"""What `kroniek watch` and alerts keep in a store: per-source poll state, seen items, alerts, matches.

One module for all three backends: ``WatchStore`` is the protocol part (``Store`` includes it),
``WatchSql`` implements it in the portable SQL of ``SqlStore`` (SQLite and PostgreSQL), and
``WatchMemory`` over dicts for the memory store. The tables come from migration
``m007_watch_and_alerts`` (``ddl.WATCH_TABLES``, the same on both databases).

Alert matching is crash-safe and idempotent: a document is checked against the alerts once, and
the matches and the "checked" mark are written in one transaction (``record_alert_matches``), so
a run killed half-way checks the rest next time and never records a match twice.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Protocol

from .sql_links import SqlPrimitives, chunks, marks

ALERT_KINDS = ("entity", "query", "event_type")


@dataclass(slots=True)
class SourceState:
    """What `kroniek watch` remembers of one source between polls (and across restarts)."""

    source: str
    kind: str = ""  # feed | sitemap | folder
    etag: str | None = None
    last_modified: str | None = None
    last_poll: str | None = None  # ISO 8601 UTC
    last_status: str | None = None  # "200", "304", "error", "folder"
    last_success: str | None = None
    last_error: str | None = None  # one line
    last_error_at: str | None = None
    failures: int = 0  # consecutive failed polls (backoff grows with it)
    next_poll: str | None = None
    items_added: int = 0  # documents this source added over its life
    backlog: int = 0  # unseen items the last poll left (failed, or over --max-items): the next poll reads in full
    retries: dict[str, int] = field(default_factory=dict)  # failing item -> polls it failed in (until given up)
    body: str | None = None  # SHA-256 of the feed's or page's bytes when the last poll read all it found
    listed: int = 0  # the items the last poll found

    def to_json(self) -> str:
        d = asdict(self)
        d.pop("source")
        return json.dumps(d, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, source: str, text: str) -> SourceState:
        known = {f.name for f in fields(cls)}
        data = {k: v for k, v in json.loads(text).items() if k in known}
        return cls(source=source, **data)


@dataclass(frozen=True, slots=True)
class Alert:
    """A standing question: documents (and their events) about an entity, a query or an event type."""

    name: str
    kind: str  # one of ALERT_KINDS
    value: str
    created: str  # ISO 8601 UTC


@dataclass(frozen=True, slots=True)
class AlertMatch:
    """One document that matched an alert (with the events of it that did), recorded once."""

    alert: str
    doc_id: str
    matched: str  # ISO 8601 UTC, when it was recorded
    why: str  # what matched, one line
    events: tuple[str, ...] = field(default_factory=tuple)


class WatchStore(Protocol):
    """The store methods `kroniek watch` and alerts use (part of ``Store``)."""

    def watch_state(self, source: str) -> SourceState | None:
        """The saved state of one watched source, or None when it was never polled."""
        ...

    def save_watch_state(self, state: SourceState) -> None:
        """Insert or replace a source's state."""
        ...

    def watch_states(self) -> list[SourceState]:
        """Every watched source's state, by source."""
        ...

    def unseen_items(self, source: str, items: Sequence[str]) -> list[str]:
        """The items (ids within a source) not marked seen yet, in the order given."""
        ...

    def mark_seen(self, source: str, items: Iterable[str]) -> None:
        """Mark items of a source seen (again: no change)."""
        ...

    def add_alert(self, alert: Alert) -> bool:
        """Store a new alert; False when one of that name exists."""
        ...

    def remove_alert(self, name: str) -> bool:
        """Delete an alert and its matches; False when there was none."""
        ...

    def alerts(self) -> list[Alert]:
        """Every alert, by name."""
        ...

    def alert_pending(self, limit: int) -> list[str]:
        """Up to ``limit`` ids of stored documents not yet checked against the alerts, in ingest order."""
        ...

    def alert_baseline(self) -> None:
        """Mark every stored document checked (a new alert then sees only documents that come later)."""
        ...

    def newest_document(self) -> int | None:
        """The ever-growing key (``seq``) of the newest stored document, 0 for none, None when this
        store cannot tell: while it stays, no document can be waiting for the alerts."""
        ...

    def record_alert_matches(self, checked: Iterable[str], matches: Iterable[AlertMatch]) -> int:
        """In one transaction: add the matches (one per alert and document: a second is ignored)
        and mark the documents checked. Returns how many matches were new."""
        ...

    def alert_matches(self, name: str, *, limit: int, offset: int) -> tuple[int, list[AlertMatch]]:
        """Total and a page of an alert's matches, newest first."""
        ...

    def alert_match_counts(self) -> dict[str, int]:
        """Matches recorded per alert (alerts without any left out)."""
        ...


class WatchSql(SqlPrimitives):
    """``WatchStore`` over the SQL of ``SqlStore`` (mixed into it; uses its ``_x``, ``_many``, ``_transaction``)."""

    def watch_state(self, source: str) -> SourceState | None:
        row = self._x("SELECT state FROM watch_sources WHERE source = ?", (source,)).fetchone()
        return None if row is None else SourceState.from_json(source, row[0])

    def save_watch_state(self, state: SourceState) -> None:
        with self._transaction():
            self._x("INSERT INTO watch_sources (source, state) VALUES (?, ?) "
                    "ON CONFLICT (source) DO UPDATE SET state = excluded.state", (state.source, state.to_json()))

    def watch_states(self) -> list[SourceState]:
        return [SourceState.from_json(s, t) for s, t in self._x("SELECT source, state FROM watch_sources ORDER BY source")]

    def unseen_items(self, source: str, items: Sequence[str]) -> list[str]:
        seen: set[str] = set()
        for chunk in chunks(items):
            seen.update(r[0] for r in self._x(
                f"SELECT item FROM watch_seen WHERE source = ? AND item IN ({marks(chunk)})", [source, *chunk]))
        return [i for i in items if i not in seen]

    def mark_seen(self, source: str, items: Iterable[str]) -> None:
        with self._transaction():
            self._many("INSERT INTO watch_seen (source, item) VALUES (?, ?) ON CONFLICT DO NOTHING",
                       [(source, i) for i in dict.fromkeys(items)])

    def add_alert(self, alert: Alert) -> bool:
        with self._transaction():
            cur = self._x("INSERT INTO alerts (name, kind, value, created) VALUES (?, ?, ?, ?) "
                          "ON CONFLICT (name) DO NOTHING RETURNING name",
                          (alert.name, alert.kind, alert.value, alert.created))
            return cur.fetchone() is not None

    def remove_alert(self, name: str) -> bool:
        with self._transaction():
            self._x("DELETE FROM alert_matches WHERE alert = ?", (name,))
            cur = self._x("DELETE FROM alerts WHERE name = ? RETURNING name", (name,))
            return cur.fetchone() is not None

    def alerts(self) -> list[Alert]:
        return [Alert(*r) for r in self._x("SELECT name, kind, value, created FROM alerts ORDER BY name")]

    def alert_pending(self, limit: int) -> list[str]:
        return [r[0] for r in self._x(
            "SELECT d.id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM alert_checked c WHERE c.doc_id = d.id) "
            "ORDER BY d.seq LIMIT ?", (limit,))]

    def newest_document(self) -> int | None:
        row = self._x("SELECT MAX(seq) FROM documents").fetchone()
        return int(row[0] or 0)

    def alert_baseline(self) -> None:
        with self._transaction():
            # "WHERE true": SQLite would read ON CONFLICT as part of the SELECT's join otherwise.
            self._x("INSERT INTO alert_checked (doc_id) SELECT id FROM documents WHERE true ON CONFLICT DO NOTHING")

    def record_alert_matches(self, checked: Iterable[str], matches: Iterable[AlertMatch]) -> int:
        new = 0
        with self._transaction():
            for m in matches:
                cur = self._x(
                    "INSERT INTO alert_matches (alert, doc_id, matched, why, events) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT (alert, doc_id) DO NOTHING RETURNING alert",
                    (m.alert, m.doc_id, m.matched, m.why, json.dumps(list(m.events))))
                new += cur.fetchone() is not None
            self._many("INSERT INTO alert_checked (doc_id) VALUES (?) ON CONFLICT DO NOTHING",
                       [(d,) for d in dict.fromkeys(checked)])
        return new

    def alert_matches(self, name: str, *, limit: int, offset: int) -> tuple[int, list[AlertMatch]]:
        total = int(self._x("SELECT count(*) FROM alert_matches WHERE alert = ?", (name,)).fetchone()[0])
        rows = self._x(
            "SELECT m.alert, m.doc_id, m.matched, m.why, m.events FROM alert_matches m "
            "JOIN documents d ON d.id = m.doc_id WHERE m.alert = ? ORDER BY m.matched DESC, d.seq DESC "
            "LIMIT ? OFFSET ?", (name, limit, offset)).fetchall()
        return total, [AlertMatch(a, d, t, w, tuple(json.loads(e))) for a, d, t, w, e in rows]

    def alert_match_counts(self) -> dict[str, int]:
        return {a: int(n) for a, n in self._x("SELECT alert, count(*) FROM alert_matches GROUP BY alert ORDER BY alert")}


class WatchMemory:
    """``WatchStore`` in memory (mixed into ``MemoryStore``; ``_doc_order`` gives its documents in ingest order)."""

    def _doc_order(self) -> list[str]:
        raise NotImplementedError

    def _watch(self) -> dict[str, Any]:
        state: dict[str, Any] | None = getattr(self, "_watch_state", None)
        if state is None:
            state = {"sources": {}, "seen": set(), "alerts": {}, "matches": {}, "checked": set(),
                     "lock": threading.RLock()}
            self._watch_state = state
        return state

    def watch_state(self, source: str) -> SourceState | None:
        text = self._watch()["sources"].get(source)
        return None if text is None else SourceState.from_json(source, text)

    def save_watch_state(self, state: SourceState) -> None:
        self._watch()["sources"][state.source] = state.to_json()

    def watch_states(self) -> list[SourceState]:
        return [SourceState.from_json(s, t) for s, t in sorted(self._watch()["sources"].items())]

    def unseen_items(self, source: str, items: Sequence[str]) -> list[str]:
        seen = self._watch()["seen"]
        return [i for i in items if (source, i) not in seen]

    def mark_seen(self, source: str, items: Iterable[str]) -> None:
        self._watch()["seen"].update((source, i) for i in items)

    def add_alert(self, alert: Alert) -> bool:
        w = self._watch()
        with w["lock"]:
            if alert.name in w["alerts"]:
                return False
            w["alerts"][alert.name] = alert
            return True

    def remove_alert(self, name: str) -> bool:
        w = self._watch()
        with w["lock"]:
            w["matches"] = {k: v for k, v in w["matches"].items() if k[0] != name}
            return w["alerts"].pop(name, None) is not None

    def alerts(self) -> list[Alert]:
        return [a for _, a in sorted(self._watch()["alerts"].items())]

    def alert_pending(self, limit: int) -> list[str]:
        checked = self._watch()["checked"]
        return [d for d in self._doc_order() if d not in checked][:limit]

    def alert_baseline(self) -> None:
        self._watch()["checked"].update(self._doc_order())

    def newest_document(self) -> int | None:
        return None  # documents keep no ever-growing key here: the alerts are checked at every poll

    def record_alert_matches(self, checked: Iterable[str], matches: Iterable[AlertMatch]) -> int:
        w = self._watch()
        new = 0
        with w["lock"]:
            for m in matches:
                if m.alert in w["alerts"] and (m.alert, m.doc_id) not in w["matches"]:
                    w["matches"][(m.alert, m.doc_id)] = m
                    new += 1
            w["checked"].update(checked)
        return new

    def alert_matches(self, name: str, *, limit: int, offset: int) -> tuple[int, list[AlertMatch]]:
        order = {d: i for i, d in enumerate(self._doc_order())}
        found = [m for (a, _), m in self._watch()["matches"].items() if a == name and m.doc_id in order]
        found.sort(key=lambda m: (m.matched, order[m.doc_id]), reverse=True)
        return len(found), found[offset:offset + limit]

    def alert_match_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for a, _ in self._watch()["matches"]:
            counts[a] = counts.get(a, 0) + 1
        return dict(sorted(counts.items()))
