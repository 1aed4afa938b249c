"""Command-line options shared by every command that opens a store."""

from __future__ import annotations

import click

db_option = click.option(
    "--db",
    envvar="KRONIEK_DB",
    default="kroniek.db",
    show_default=True,
    help="The store: a SQLite file (created when missing) or postgresql://user@host/dbname. Env: KRONIEK_DB.",
)
