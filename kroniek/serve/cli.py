"""`kroniek serve` and `kroniek search`: thin commands over create_app and SearchIndex."""

from __future__ import annotations

import json
import sys

import click

from ..errors import KroniekError
from ..options import db_option


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--cors", "cors", multiple=True, metavar="ORIGIN",
              help="Let pages from this origin (e.g. https://example.org, or *) read the API; repeatable.")
def serve(db: str, host: str, port: int, cors: tuple[str, ...]) -> None:
    """Serve the web pages (/) and the REST API (/api, OpenAPI at /docs) over a store.

    Reads are open; POST /api/ingest needs the token in KRONIEK_API_TOKEN.
    """
    import uvicorn

    from ..ingest.worker import warm_in_background
    from ..search import SearchIndex
    from ..settings import Settings
    from ..store import open_store
    from .app import create_app
    from .web.geo import warm_up

    try:
        store = open_store(db)
        try:
            n = SearchIndex(store).index_missing()  # stores filled before the index existed
            if SearchIndex(store).outdated():
                click.echo("note: the search index predates compound parts and per-sentence event filters; "
                           "run `kroniek reindex` once", err=True)
        finally:
            store.close()
        if n:
            click.echo(f"indexed {n} documents for search", err=True)
        app = create_app(db, Settings(db=db, cors_origins=tuple(cors)))
        warm_up()
        warm_in_background()  # what an API ingest's reading children would each build again
    except KroniekError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(2)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@click.command()
@db_option
@click.argument("query")
@click.option("--entity", help="Only documents mentioning this entity (id, name or alias).")
@click.option("--from", "date_from", help="Published on or after (YYYY[-MM[-DD]]).")
@click.option("--to", "date_to", help="Published on or before (YYYY[-MM[-DD]]).")
@click.option("--source", help="Publisher, or a source path/URL prefix.")
@click.option("--genre", type=click.Choice(["news", "letter", "other"]))
@click.option("--category", help="Section or category, e.g. buitenland.")
@click.option("--event-type", help="Only sentences that tell an event of this type.")
@click.option("--sort", "order", type=click.Choice(["relevance", "date"]), default="relevance", show_default=True)
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 1000))
@click.option("--offset", default=0, type=click.IntRange(0))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def search(db: str, query: str, entity: str | None, date_from: str | None, date_to: str | None,
           source: str | None, genre: str | None, category: str | None, event_type: str | None,
           order: str, limit: int, offset: int, fmt: str) -> None:
    """Search every sentence (Dutch stemming: "ministers" finds "minister"); "a phrase" and prefix* work."""
    from ..search import SearchIndex
    from ..store import open_store

    try:
        store = open_store(db)
        try:
            index = SearchIndex(store)
            index.index_missing()
            page = index.search(
                query, entity=entity, date_from=date_from, date_to=date_to, source=source, genre=genre,
                category=category, event_type=event_type, limit=limit, offset=offset, order=order,
            )
        finally:
            store.close()
    except KroniekError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(2)
    if fmt == "json":
        click.echo(json.dumps(page.to_dict(), ensure_ascii=False))
        return
    click.echo(f"{page.total} matching sentences" + (f" (showing {offset + 1}-{offset + len(page.hits)})" if page.hits else ""))
    for h in page.hits:
        sent = _marked(h)
        where = f"{h.doc}" + (f":{h.start}-{h.end}" if h.start is not None else " (title)")
        click.echo(f"{h.date or '?':<11} {where}  {h.title or ''}")
        click.echo(f"{'':<11} {sent}")


@click.command()
@db_option
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def reindex(db: str, quiet: bool) -> None:
    """Build the search index of every stored document again.

    Needed once for a store indexed by an older kroniek (compound parts, per-sentence event
    filters); safe to repeat: each document's rows are replaced in one transaction.
    """
    from tqdm import tqdm

    from ..search import SearchIndex
    from ..store import open_store

    try:
        store = open_store(db)
        try:
            total = int(store.stats().get("documents", 0))
            with tqdm(total=total, unit="doc", desc="reindex", file=sys.stderr, disable=quiet) as bar:
                n = SearchIndex(store).reindex(progress=lambda _: bar.update(1))
        finally:
            store.close()
    except KroniekError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(2)
    click.echo(f"reindexed {n} documents", err=True)


def _marked(hit: object) -> str:
    """The sentence with matched words in [brackets], on one line."""
    s: str = hit.sentence  # type: ignore[attr-defined]
    base = hit.start or 0  # type: ignore[attr-defined]
    out, pos = [], 0
    for a, b in hit.highlights:  # type: ignore[attr-defined]
        a, b = a - base, b - base
        if a < pos:
            continue
        out += [s[pos:a], "[", s[a:b], "]"]
        pos = b
    out.append(s[pos:])
    return " ".join("".join(out).split())
