"""`kroniek watch` and `kroniek alert …`: thin commands over watch.loop.Watcher and kroniek.alerts."""

from __future__ import annotations

import json
import signal
import sys
from types import FrameType
from typing import Any

import click

from ..errors import KroniekError
from ..options import db_option
from ..settings import Settings


def _fail(e: Exception) -> None:
    click.echo(f"error: {e}", err=True)
    sys.exit(2)


def _log(line: str) -> None:
    click.echo(line, err=True)
    sys.stderr.flush()


@click.command()
@db_option
@click.argument("sources", nargs=-1, required=True)
@click.option("--every", default="10m", show_default=True, help="Poll each source this often (30s, 10m, 1h).")
@click.option("--once", is_flag=True, help="Poll each source once, then exit.")
@click.option("--max-items", type=click.IntRange(1, 10_000), default=100, show_default=True,
              help="Read at most this many new items of a source per poll (sitemaps, folders); the rest next time.")
@click.option("--fetch-links", is_flag=True, help="For feed items, fetch and extract the linked page.")
@click.option("--allow-private", is_flag=True,
              help="Fetch URLs (and redirects) on private, loopback and link-local addresses too.")
def watch(db: str, sources: tuple[str, ...], every: str, once: bool, max_items: int, fetch_links: bool,
          allow_private: bool) -> None:
    """Follow feeds (RSS, Atom, JSON Feed), sitemaps, pages and folders: ingest what is new, as it comes.

    Each source is polled with a conditional GET; only items not seen before are read, analysed
    (one Frog, kept running) and stored, and new documents are matched against the alerts. One
    line on stderr per poll. A failing source backs off (with jitter, honouring Retry-After) while
    the others go on. SIGTERM or Ctrl-C stops after the current document; run the same command
    again and it carries on where it stopped.
    """
    from ..chronicle import Chronicle
    from ..cli import fewer_collections
    from .loop import Watcher
    from .schedule import parse_every

    fewer_collections()  # a long ingest of its own: the same collector cost as `kroniek ingest`

    try:
        seconds = parse_every(every)
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--every") from e
    settings = Settings(db=db)
    if allow_private:
        settings = settings.with_(allow_private=True)
    try:
        with Chronicle(db, settings) as chron:
            watcher = Watcher(chron, list(sources), every=seconds, log=_log, max_items=max_items,
                              fetch_links=fetch_links)
            _on_signals(watcher)
            watcher.run(once=once)
    except KroniekError as e:
        _fail(e)
    _log("watch: stopped")


def _on_signals(watcher: Any) -> None:
    """The first SIGTERM/SIGINT asks the watcher to stop after the current document; a second one stops at once."""

    def handle(signum: int, _frame: FrameType | None) -> None:
        if watcher.stopping:
            raise KeyboardInterrupt
        _log(f"watch: {signal.Signals(signum).name}: stopping after the current document")
        watcher.stop()

    signal.signal(signal.SIGTERM, handle)
    signal.signal(signal.SIGINT, handle)


@click.group()
def alert() -> None:
    """Standing questions matched against every new document (`kroniek alert add NAME --entity …`)."""


@alert.command("add")
@db_option
@click.argument("name")
@click.option("--entity", help="Documents about this linked entity (its name, an alias or its id).")
@click.option("--query", help='Documents with a sentence matching this search ("phrase", word*).')
@click.option("--event-type", help="Documents reporting an event of this type (attack, arrest, …).")
def alert_add(db: str, name: str, entity: str | None, query: str | None, event_type: str | None) -> None:
    """Add an alert; it matches documents stored from now on."""
    from ..alerts import add_alert, make_alert
    from ..store import open_store

    given = [(k, v) for k, v in (("entity", entity), ("query", query), ("event_type", event_type)) if v is not None]
    if len(given) != 1:
        raise click.UsageError("give exactly one of --entity, --query, --event-type")
    try:
        new = make_alert(name, *given[0])
        store = open_store(db)
        try:
            add_alert(store, new)
        finally:
            store.close()
    except KroniekError as e:
        _fail(e)
    click.echo(f"alert {new.name}: {new.kind.replace('_', ' ')} {new.value!r}")


@alert.command("remove")
@db_option
@click.argument("name")
def alert_remove(db: str, name: str) -> None:
    """Remove an alert and its recorded matches."""
    from ..store import open_store

    try:
        store = open_store(db)
        try:
            gone = store.remove_alert(name)
        finally:
            store.close()
    except KroniekError as e:
        _fail(e)
    if not gone:
        _fail(KroniekError(f"{name}: no such alert; `kroniek alert list` lists them"))
    click.echo(f"alert {name}: removed")


@alert.command("list")
@db_option
@click.argument("name", required=False)
@click.option("--limit", type=click.IntRange(1, 10_000), default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def alert_list(db: str, name: str | None, limit: int, as_json: bool) -> None:
    """List the alerts with their match counts, or (with NAME) one alert's matches, newest first."""
    _list(db, name, limit, as_json)


@alert.command("show")
@db_option
@click.argument("name")
@click.option("--limit", type=click.IntRange(1, 10_000), default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def alert_show(db: str, name: str, limit: int, as_json: bool) -> None:
    """One alert's matches, newest first (the same as `kroniek alert list NAME`)."""
    _list(db, name, limit, as_json)


@alert.command("check")
@db_option
def alert_check(db: str) -> None:
    """Match the documents stored since the last check (e.g. through the API) against the alerts."""
    from ..alerts import check_alerts
    from ..store import open_store

    try:
        store = open_store(db)
        try:
            n = check_alerts(store)
        finally:
            store.close()
    except KroniekError as e:
        _fail(e)
    click.echo(f"{n} new alert match{'es' if n != 1 else ''}")


def _list(db: str, name: str | None, limit: int, as_json: bool) -> None:
    from ..alerts import alert_listing, alert_page
    from ..store import open_store

    try:
        store = open_store(db)
        try:
            data = alert_listing(store) if name is None else alert_page(store, name, limit=limit, offset=0)
        finally:
            store.close()
    except KroniekError as e:
        _fail(e)
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False))
    elif name is None:
        for a in data["alerts"]:
            click.echo(f"{a['name']:20} {a['kind']:10} {a['value']!r}  {a['matches']} matches (since {a['created']})")
    else:
        a = data["alert"]
        click.echo(f"{a['name']}: {a['kind'].replace('_', ' ')} {a['value']!r}, {data['total']} matches")
        for m in data["matches"]:
            title = m["title"] or m["snippet"][:80] or m["doc"]
            click.echo(f"  {m['matched']}  {m['published'] or '-':10.10}  {title}")
            click.echo(f"      {m['why']}" + (f"  [events: {', '.join(m['events'])}]" if m["events"] else ""))
