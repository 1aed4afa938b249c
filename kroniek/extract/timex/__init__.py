"""Dutch time expressions: find them and normalise them to TIMEX3 values.

The tagger works on plain text (Frog tokens help with tense but are optional) in three steps:

1. Every rule (``patterns.RULES``, a regular expression over the text, with the guard of its kind in
   ``guards``) proposes candidate spans: full and numeric dates, months, years, seasons, quarters,
   weekdays, deictic words ("gisteren", Flemish "gisterenavond"), relative units ("vorige week"),
   counted durations ("drie jaar lang", "28 uur en 45 minuten"), clock times ("20.00 uur", Belgian
   "23u15", "halfacht", "8 uur 's avonds"), parts of the day ("'s morgens", "komende nacht"), sets
   ("elke week", "om de twee dagen", "vijf dagen per week") and the TIMEX3 specials (PRESENT_REF, ...);
   a second pass adds both ends of year ranges ("1954-1958") and the first days of day ranges
   ("20 - 25 september").
2. Overlapping candidates are resolved longest-first, so "dinsdag 12 maart" beats "dinsdag".
3. Each chosen span is normalised against the anchor (the document date) by the resolver of its
   kind (``resolve_*`` modules, dispatched by ``tagger.RESOLVERS``): partial dates get the year a
   careful reader would give them (the nearest one in the direction of the tense, "jl." before,
   "aanstaande" after), a weekday that disagrees with its date is corrected when another reading
   agrees with both the weekday and the document date ("weekday-mismatch"), and nothing finer than
   the anchor is ever invented (a month anchor turns "gisteren" into PAST_REF, not a made-up day).

Modules: ``patterns`` (rules and shared word lists), ``words`` (reading the neighbouring words),
``guards`` (precision guards, candidates, selection), ``resolver`` (per-text state), ``periods``
(value and period arithmetic), ``resolve_*`` (one per family of kinds), ``tagger`` (the entry points).
"""

from .tagger import PreparedText, TimexTagger, anchor_of, tag_timexes

__all__ = ["PreparedText", "TimexTagger", "anchor_of", "tag_timexes"]
