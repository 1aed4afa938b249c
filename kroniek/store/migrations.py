"""Ordered, named schema migrations, recorded by name in a ``migrations`` table (as sqlite-utils does).

Each backend keeps its own list (the SQL differs in types), with the same names in the same
order, so a store can always say which schema it holds. A migration is SQL, or a Python step
that gets the open connection (for data conversions such as ``m005_layers_by_name``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..errors import StoreError


@dataclass(frozen=True, slots=True)
class Migration:
    name: str
    sql: str = ""
    step: Callable[[Any], None] | None = None  # runs after the SQL, in the same transaction


NAMES = ("m001_initial", "m002_events_and_stories", "m003_search", "m004_meta", "m005_layers_by_name",
         "m006_page_indexes", "m007_watch_and_alerts", "m008_documents_publisher",
         "m009_link_keys_redirects", "m010_document_facets", "m011_search_docs")


def check_names(migrations: list[Migration]) -> None:
    """Every backend lists the same migrations in the same order."""
    assert tuple(m.name for m in migrations) == NAMES, [m.name for m in migrations]


def pending(migrations: list[Migration], applied: set[str], where: str) -> list[Migration]:
    """The migrations still to run, in order; refuses a store migrated by a newer kroniek."""
    unknown = applied - {m.name for m in migrations}
    if unknown:
        raise StoreError(
            f"{where}: store schema has migrations this kroniek does not know ({', '.join(sorted(unknown))}); "
            "upgrade kroniek"
        )
    return [m for m in migrations if m.name not in applied]
