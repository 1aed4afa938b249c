"""The `kroniek` command: thin commands over kroniek.chronicle.Chronicle."""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Callable
from typing import Any

import click

from .errors import KroniekError
from .options import db_option
from .settings import Settings


def _chronicle(db: str, **settings: Any) -> Any:
    from .chronicle import Chronicle

    return Chronicle(db, Settings(db=db, **settings))


def fewer_collections() -> None:
    """A batch command keeps a large heap alive (the word list, the gazetteers, the documents of a
    batch) and allocates millions of short-lived objects, which the reference count frees. With the
    default thresholds the cyclic collector walks that heap every ~70,000 allocations: a tenth of
    an ingest's own CPU (``bench/ingest_cpu.py``), a sixth of a full relink's (``--relinks``). Collect
    the youngest generation every 20,000 allocations instead, as the test session does; cyclic
    garbage is still collected, only later. Used by ``ingest``, ``relink`` and ``watch``."""
    import gc

    gc.set_threshold(20_000, 20, 20)


def _fail(e: Exception) -> None:
    click.echo(f"error: {e}", err=True)
    sys.exit(2)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kroniek")
def main() -> None:
    """Read Dutch news and government letters and write the chronicle they contain."""


@main.command()
@db_option
@click.argument("inputs", nargs=-1, required=True)
@click.option("--fetch-links", is_flag=True, help="For feed items, fetch and extract the linked page.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary; errors still go to stderr.")
@click.option("--allow-private", is_flag=True,
              help="Fetch URLs (and redirects) on private, loopback and link-local addresses too.")
@click.option("--workers", type=click.IntRange(min=0), default=0, show_default=True,
              help="Analyse on a Dask cluster of this many worker processes, one Frog each (0: in this process).")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Analyse on the existing Dask cluster at this scheduler address (tcp://host:8786).")
def ingest(db: str, inputs: tuple[str, ...], fetch_links: bool, quiet: bool, allow_private: bool,
           workers: int, scheduler: str | None) -> None:
    """Ingest files, folders (recursive), feed or page URLs, or JSONL on stdin ("-").

    Every document is cleaned, deduplicated, analysed with Frog and stored. A bad input gets
    one line on stderr naming it and the rest goes on; the exit status is 1 when any failed.
    """
    from tqdm import tqdm

    fewer_collections()

    def progress_bar(total: int | None) -> Any:
        return tqdm(total=total, unit="doc", desc="ingest", file=sys.stderr, dynamic_ncols=True)

    def say(message: str) -> None:
        if quiet:
            click.echo(message, err=True)
        else:  # keeps error lines off the progress bar's line
            tqdm.write(message, file=sys.stderr)

    progress: Callable[[int | None], Any] | None = None if quiet else progress_bar

    try:
        extra = {"allow_private": True} if allow_private else {}
        with _chronicle(db, **extra) as chron:
            report = chron.ingest(
                list(inputs), fetch_links=fetch_links, stdin=sys.stdin, progress=progress,
                on_error=say, workers=workers, scheduler=scheduler,
            )
            from .alerts import check_alerts

            report_alerts = check_alerts(chron.store)  # new documents against the standing alerts, each match once
    except KroniekError as e:
        _fail(e)
    if not quiet:
        click.echo(f"{db}: {report.summary()}" + (f"; {report_alerts} alert matches" if report_alerts else ""), err=True)
    if not report.ok:
        if not quiet:
            click.echo("fix or remove the failed inputs and run the same command again; "
                       "stored documents are kept and skipped", err=True)
        sys.exit(1)


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write here, not stdout.")
@click.option("--indent", type=int, default=None, help="Pretty-print with this indent.")
def export(db: str, fmt: str, output: str | None, indent: int | None) -> None:
    """Export the chronicle (shared/spec/export.md, format kroniek-export/1)."""
    try:
        with _chronicle(db) as chron:
            data = chron.export()
    except KroniekError as e:
        _fail(e)
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    if output:
        with open(output, "w", encoding="utf-8") as f:
            f.write(text + "\n")
    else:
        click.echo(text)


@main.command()
@db_option
@click.argument("doc_id", required=False)
@click.option("--all", "show_all", is_flag=True, help="List every event, not only the salient ones.")
def show(db: str, doc_id: str | None, show_all: bool) -> None:
    """Print the chronicle: salient events first, then each document by date with its dates, entities and quotes."""
    from .show import render_chronicle, render_document

    try:
        with _chronicle(db) as chron:
            data = chron.export()
    except KroniekError as e:
        _fail(e)
    if doc_id:
        if not any(d["id"] == doc_id for d in data["documents"]):
            _fail(KroniekError(f"{doc_id}: no such document in {db}; `kroniek show` lists them"))
        click.echo(render_document(data, doc_id))
    else:
        click.echo(render_chronicle(data, show_all=show_all))


@main.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def stats(db: str, as_json: bool) -> None:
    """Counts of what the store holds."""
    try:
        with _chronicle(db) as chron:
            counts: dict[str, Any] = dict(chron.store.stats())
            sources = chron.store.watch_states()
    except KroniekError as e:
        _fail(e)
    if sources:  # what `kroniek watch` follows: each source's last success and last error
        counts["sources"] = [{"source": s.source, "kind": s.kind, "last_success": s.last_success,
                              "last_error": s.last_error, "last_error_at": s.last_error_at,
                              "failures": s.failures, "next_poll": s.next_poll, "documents": s.items_added}
                             for s in sources]
    if as_json:
        click.echo(json.dumps(counts, ensure_ascii=False))
        return
    for k, v in counts.items():
        if k != "sources":
            click.echo(f"{k:12} {v}")
    for src in counts.get("sources", []):
        click.echo(f"source       {src['source']} ({src['kind']}): last success {src['last_success'] or 'never'}, "
                   f"{src['documents']} documents" + (f"; last error {src['last_error_at']}: {src['last_error']}"
                                                      if src["last_error"] else "; no error")
                   + (f" ({src['failures']} failures in a row)" if src["failures"] else ""))


@main.command()
@db_option
@click.option("--full", is_flag=True, help="Rebuild entities, events and stories from every stored document.")
def relink(db: str, full: bool) -> None:
    """Link stored documents not linked yet into entities, events and stories (incrementally), or
    with --full rebuild the cross-document layers from the whole store; ids stay (old ones redirect)."""
    fewer_collections()
    try:
        with _chronicle(db) as chron:
            if full:
                dated = chron.relink()
                click.echo(f"relinked every document; {len(dated)} dated from other sources")
            else:
                todo = chron.unlinked()
                dated = chron.link_new(todo) if todo else []
                click.echo(f"linked {len(todo)} documents; {len(dated)} dated from other sources")
            counts = chron.store.counts()
    except KroniekError as e:
        _fail(e)
    click.echo(f"{counts['entities']} entities, {counts['linked_events']} events, {counts['stories']} stories")


@main.command("copy")
@click.option("--from", "source", required=True, help="The store to copy: a SQLite path or postgresql:// URL.")
@click.option("--to", "target", required=True, help="The store to fill: a SQLite path or postgresql:// URL.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def copy(source: str, target: str, quiet: bool) -> None:
    """Copy a whole store (documents, layers, entities, events, stories, search index) into another.

    Resumable: run the same command again after an interruption and it carries on.
    """
    from tqdm import tqdm

    from .store import open_store
    from .store.copy import copy_store

    def bar(total: int) -> Any:
        return tqdm(total=total, unit="doc", desc="copy", file=sys.stderr, dynamic_ncols=True)

    try:
        src = open_store(source)
        try:
            dst = open_store(target)
            try:
                report = copy_store(src, dst, progress=None if quiet else bar)
            finally:
                dst.close()
        finally:
            src.close()
    except KroniekError as e:
        _fail(e)
    click.echo(report.summary(), err=True)


class _LazyGroup(click.Group):
    """Subcommands living in kroniek.evaluation.<name>, imported only when used."""

    names = ("ner", "timex", "dates", "entities", "events", "happenings", "quotes", "stories")

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.names)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in self.names:
            return None
        module = importlib.import_module(f"kroniek.evaluation.{name}")
        return module.command  # type: ignore[no-any-return]


@main.group("eval", cls=_LazyGroup)
def eval_() -> None:
    """Score kroniek on evaluation data; the last line of each is JSON."""


def _register() -> None:
    from .serve.cli import reindex, search, serve
    from .timeline import command as timeline
    from .watch.cli import alert, watch

    main.add_command(timeline, "timeline")
    main.add_command(serve, "serve")
    main.add_command(search, "search")
    main.add_command(watch, "watch")
    main.add_command(alert, "alert")
    main.add_command(reindex, "reindex")


_register()

if __name__ == "__main__":
    main()
