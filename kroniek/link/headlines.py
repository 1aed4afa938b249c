"""A text that opens with its headline line tells the headline's happening twice: bind the two.

The headline line's mention and the lead mention that restates it (``extract.headline``: the
same lemma, stem or happening family, or a saying for a saying) are one happening told twice by
one text, as a support verb and its noun are; the linker joins them before texts are compared,
and the bound pair shares participants, places and time (``events.binding``). A separate title
(not in the text) has no mention of its own to bind: its lead mention is marked
(``extract.headline.headline_mentions``) and salience counts it.
"""

from __future__ import annotations

from ..extract.headline import headline_pairs
from .events.mentions import LinkMention


def bind_headlines(ms: list[LinkMention]) -> int:
    """Bind each headline-line mention to the lead mention restating it; how many were bound."""
    index = {m.key: m for m in ms}
    docs = {m.key[0]: m.doc for m in ms}
    bound = 0
    for doc_id, doc in docs.items():
        for a, b in headline_pairs(doc):
            x, y = index.get((doc_id, a.start, a.end)), index.get((doc_id, b.start, b.end))
            if x is not None and y is not None:
                x.bound.add(y.key)
                y.bound.add(x.key)
                bound += 1
    return bound
