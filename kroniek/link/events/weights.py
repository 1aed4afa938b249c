"""What linking weighs and which event types can name one happening."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ...extract.events import OTHER

EntityOf = Callable[[str, int, int], "str | None"]

# Types that often name the same happening from different sides.
COMPATIBLE = frozenset(
    frozenset(p)
    for p in [
        ("attack", "kill"), ("attack", "accident"), ("kill", "accident"), ("suspend", "withdraw"),
        ("decide", "election"), ("decide", "suspend"), ("decide", "resume"), ("meet", "cooperate"),
        ("statement", "request"), ("statement", "criticize"), ("statement", "threaten"),
        ("request", "criticize"), ("deploy", "withdraw"), ("economy", "cooperate"), ("appoint", "election"),
        ("contest", "election"), ("fire", "accident"), ("fire", "attack"), ("fire", "kill"), ("verdict", "criticize"), ("verdict", "decide"),
        ("transfer", "withdraw"),  # a player's move (similarity.link_type) is a departure from the old club
    ]
)
# Families whose happening has one type whatever the lexicon types its word: a player's move is a
# transfer told as a departure, a signing or an agreement; a dismissal ("ontslagen", typed economy
# for job cuts) ends a post as "vertrek" and "ontheven" (withdraw) do (similarity.link_type).
FAMILY_LINK_TYPES = {"transfer": "transfer", "resignation": "withdraw"}
# When a cluster's mentions disagree on type, the more specific reading names the event.
TYPE_ORDER = ["attack", "kill", "protest", "arrest", "verdict", "sanction", "suspend", "resume", "deploy", "withdraw",
              "threaten", "decide", "election", "appoint", "contest", "meet", "cooperate", "aid", "investigate",
              "criticize", "reject", "request", "statement", "fire", "accident", "economy", OTHER]
# What these name happens to its patient once: a shared patient all but settles it.
NEWS_DAYS = 2  # reports of one happening by several outlets appear within this many days of each other
ONCE_TYPES = frozenset({"kill", "arrest"})
# Happenings of a case told by a verb in one outlet and its noun in another ("vervolgen" / "de
# vervolging", "arresteren" / "de arrestatie"): the two forms name one act. Not for words whose noun
# has other readings ("vertrekken" / "het vertrek": a resignation, a departure).
CASE_TYPES = frozenset({"kill", "arrest", "prosecute", "escape", "verdict"})
# Happening families that cover a region rather than a spot: reports of one day are one happening
# even when they name different towns or none (event_families.tsv).
WEATHER_FAMILIES = frozenset({"storm"})
# Words that name a decision, an announcement or a start and leave what it was to their complement
# ("besloot de trainingen op te schorten", "het besluit tot een bijdrage"): two texts' bare
# "besluit" say nothing of being one decision until they share who decided it or what it concerned.
LIGHT_LEMMAS = frozenset({"besluiten", "besluit", "beslissen", "beslissing", "aankondigen", "aankondiging",
                          "beginnen", "begin", "starten", "start"})
CONTENT_POS = ("N", "WW", "ADJ", "SPEC", "TW")
STOP_LEMMAS = frozenset(["zijn", "worden", "hebben", "zullen", "kunnen", "moeten", "mogen", "willen", "gaan", "komen", "doen", "maken"])


@dataclass(frozen=True, slots=True)
class LinkWeights:
    """How much each kind of evidence counts; the defaults were tuned on MEANTIME corpus_gm only."""

    same_lemma: float = 0.6
    same_head: float = 0.35
    same_stem: float = 0.3
    participants: float = 0.2
    places: float = 0.15
    time_agree: float = 0.15
    time_conflict: float = 0.5
    context: float = 0.4
    other_participants: float = 0.5  # two texts naming different agents (or patients) and no one in common
    same_role: float = 0.25  # both name the same entity in the same role (the same victim, the same buyer)
    victim: float = 1.0  # the same patient of a killing or arrest: it happens to someone once
    bound: float = 1.0  # one is the instrument of the other in one sentence ("gedood bij een aanval")
    semantic: float = 0.0  # cosine of the two sentences' multilingual USE embeddings (different sentences only)
    far_apart: float = 0.3  # reports published more than a week apart, neither dated in the text
    cross_doc: float = 0.3  # extra evidence asked of a pair from two documents
    other_type: float = 0.15  # penalty when one side is untyped
    type_mismatch: float = 0.15  # penalty for compatible but different types
    same_object: float = 0.25  # what was adopted, cancelled, sold: the same noun (or one of its type)
    same_text: float = 0.05  # the same word twice in one text (another sentence)
    family: float = 0.35  # two words for one kind of happening ("demonstratie" / "protest"; event_families.tsv)
    names: float = 0.8  # names both reports give around the happening (with a lexical or family match only)
    text_names: float = 0.45  # names one text gives around a mention and the other anywhere, where sentences and leads share none (on the merged code 0.4 and 0.45 give the same dev figures, 0.35 loses dev2's gain, 0.5 lowers dev4; 0.45 keeps the hand-made tests' margin)
    weather_day: float = 0.65  # weather of one kind on one day, placed in no different towns: enough for a family match without names (0.35 - 0.3 + 0.65 > 0.65)
    days_apart: float = 0.15  # reports published three to seven days apart, neither dated in the text
    threshold: float = 0.65
    light_needs_participant: bool = True  # a bare decision or announcement: no names term without a shared participant or object (similarity._bare_light)
    sayings_apart: bool = True  # two sayings ("zei", "meldt") are never one event unless one text binds them
    next_day: bool = True  # dates one day apart in two outlets do not conflict (a late-evening happening)
    text_units: bool = True  # in average link, what one text tells counts once against each other text
    # In average link, a merge that joins texts is judged by its cross-text pairs alone: the pairs
    # inside one text (a report's other, weaker mentions of the happening) neither dilute nor inflate it.
    same_text_in_average: bool = False
    # Two texts' contest mentions on days too far apart for one match: an undated one is placed on
    # its report's day (similarity._contest_days_apart).
    contest_days: bool = True



