"""One event across sources: event mentions that report the same happening become one Event.

How mentions are joined (all general rules; weights are ``LinkWeights``):

1. Each mention is read once: type, lemma, compound head ("raketaanval" -> "aanval") and its
   modifier ("raket"), time (TIMEX3 value), participants and places as entity ids (through
   ``entity_of`` on its argument spans and the entity mentions inside them) and the content
   lemmas of its sentence.
2. Two mentions can only corefer when their types are compatible (same type, or a pair that
   tells one happening from two sides, such as attack ~ kill); a pair is scored on lexical
   similarity (same lemma, same compound head, same stem for "daling"/"dalen"), shared
   participants and places, time agreement (conflicting dates count against) and the overlap
   of their sentences' content words.
3. Pairs above the threshold are joined best first, and two clusters merge only when their
   average pair score also clears the threshold, so one loose pair cannot chain two events.
4. Each cluster becomes an Event: the majority type and date, the union of places and
   participants, a label cut from its most informative mention's sentence, and where sources
   disagree (dates, the kind of attack named by compound modifiers) both readings with the
   documents that give them, in ``attributes["disagreements"]`` (``attributes["flagged"]``).

Event ids hash the sorted mention keys, so the same mentions always give the same id.

Modules: ``weights`` (what counts how much), ``words`` (lexicon and happening families),
``mentions`` (one mention read), ``name_table`` (the names around each mention), ``times``
(TIMEX3 agreement), ``binding`` (what one text tells twice), ``similarity`` (the pair score),
``cluster`` (average link), ``build`` (a cluster made an Event, its label and disagreements),
``embed`` (optional sentence vectors) and ``linker`` (the two entry points).
"""

from __future__ import annotations

from .binding import bound_groups
from .build import casualties, label, to_event
from .cluster import cluster
from .linker import link_events, read_mentions
from .mentions import NAME_KEY, LinkMention
from .similarity import pair_score
from .times import time_relation
from .weights import COMPATIBLE, NEWS_DAYS, ONCE_TYPES, TYPE_ORDER, EntityOf, LinkWeights
from .words import family_of

__all__ = [
    "COMPATIBLE", "NAME_KEY", "NEWS_DAYS", "ONCE_TYPES", "TYPE_ORDER", "EntityOf", "LinkMention", "LinkWeights",
    "bound_groups", "casualties", "cluster", "family_of", "label", "link_events", "pair_score", "read_mentions",
    "time_relation", "to_event",
]
