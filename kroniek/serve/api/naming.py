"""Names for entity ids, and entity filters that take a name, an alias or an id."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ...model import Event
from ...store import Store


def entity_ids(store: Store, key: str) -> set[str]:
    """The ids an ``entity=``/``speaker=`` value names: itself (an id) and every entity whose
    name or alias it is (case-insensitive)."""
    return {key, *(e.id for e in store.entities_named(key))}


def entity_names(store: Store, events: Iterable[Event]) -> dict[str, str]:
    """Entity id -> name for the participants and places of events, read per reporting document."""
    evs = list(events)
    wanted = {x for e in evs for _, x in e.participants} | {p for e in evs for p in e.where}
    names: dict[str, str] = {}
    for doc in dict.fromkeys(d for e in evs for d, _, _ in e.mentions):
        if wanted <= names.keys():
            break
        names.update({k: v[0] for k, v in store.document_links(doc).entity_names.items()})
    for eid in wanted - names.keys():
        ent = store.get_entity(eid)
        names[eid] = ent.name if ent is not None else eid
    return names


def named_event(row: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    """An event answer with one field per fact: participants and places as entity id + name
    (``where`` ids become ``places``), no duplicate of the id, date or places."""
    out = {k: v for k, v in row.items() if k not in ("where", "event", "when", "places", "participants")}
    out["participants"] = [{"role": p["role"], "entity": p["entity"], "name": names.get(p["entity"], p["entity"])}
                           for p in row.get("participants", [])]
    out["places"] = [{"entity": p, "name": names.get(p, p)} for p in row.get("where", [])]
    if "date" not in row:
        out["when"] = row.get("when")
    return out
