"""What the chronicle adds to linked events before storing them, in this order.

1. ``participants.resolve``: nationality adjectives become their countries;
   ``institutions.resolve``: "het Iraakse parlement" becomes the entity "Iraaks parlement";
   ``participants.drop_attributive``: "een Britse extremist" makes no country a participant;
   ``participants.drop_adjectives``: nor is an adjective tied to no place ("de Schiedamse verloor").
2. ``labels.relabel``: who-what-whom-where labels from the parse and the entity names.
3. ``anchors.annotate``: undated events anchored to their reports' date by tense.
4. ``salience.annotate``: the salience every list sorts and cuts by.
5. ``sayings.fold``: each saying ("zegt", "stelt", "laat weten") leaves the list of events and
   is recorded in ``attributes["reported_by"]`` of the event it reports.
"""

from __future__ import annotations

from ..model import Document, Entity, Event
from . import anchors, institutions, labels, participants, salience, sayings
from .spans import Spans


def finish_events(events: list[Event], docs: list[Document], entities: list[Entity], *,
                  fold_sayings: bool = True) -> None:
    """Resolve participants, label, anchor and score every event, and fold sayings into the
    events they report (all in place: folded sayings leave ``events``; institution entities are
    appended to ``entities``)."""
    by_id = {d.id: d for d in docs}
    spans = Spans()
    participants.resolve(events, entities)
    institutions.resolve(events, by_id, entities, spans)
    participants.drop_attributive(events, by_id, entities, spans)
    participants.drop_adjectives(events, by_id, entities, spans)
    labels.relabel(events, by_id, entities)
    anchors.annotate(events, by_id, spans)
    salience.annotate(events, by_id)
    if fold_sayings:
        events[:] = sayings.fold(events, by_id, entities, spans)
