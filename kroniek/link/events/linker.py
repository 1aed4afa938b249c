"""Read the event mentions of documents and join them into cross-document Events."""

from __future__ import annotations

from ...model import Document, Event
from ..headlines import bind_headlines
from .binding import bind_discourse, bind_instruments
from .build import to_event
from .cluster import cluster
from .embed import embed
from .mentions import LinkMention, read_mention, whole_text_names
from .name_table import name_table, weigh_names
from .weights import EntityOf, LinkWeights


def link_events(
    docs: list[Document],
    entity_of: EntityOf,
    *,
    weights: LinkWeights | None = None,
    mentions: list[LinkMention] | None = None,
) -> list[Event]:
    """Join the event mentions of these documents into cross-document Events (ids "v-…").

    ``mentions``: what ``read_mentions`` gave for these documents with these weights, when the
    caller has it already.
    """
    w = weights or LinkWeights()
    ms = mentions if mentions is not None else read_mentions(docs, entity_of, weights=w)
    clusters = cluster(ms, w)
    return [to_event([ms[i] for i in c]) for c in clusters]


def read_mentions(docs: list[Document], entity_of: EntityOf, *, weights: LinkWeights | None = None) -> list[LinkMention]:
    """Every event mention of these documents, described for linking, with each text's own bindings."""
    w = weights or LinkWeights()
    tables = {d.id: name_table(d, entity_of) for d in docs if d.events}
    whole = {d: whole_text_names(t) for d, t in tables.items()}
    ms = [read_mention(d, em, entity_of, tables[d.id], whole[d.id]) for d in docs for em in d.events]
    weigh_names(ms)
    if w.semantic:
        embed(ms)
    bind_instruments(ms)
    bind_headlines(ms)
    bind_discourse(ms)
    return ms



