"""How strongly two event mentions look like one happening (the pair score)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator

from ...extract.events import OTHER
from .cases import once_per_case, other_count
from .mentions import NAME_KEY, LinkMention
from .times import DAY_VALUE, next_day, time_relation
from .weights import (
    CASE_TYPES,
    COMPATIBLE,
    FAMILY_LINK_TYPES,
    LIGHT_LEMMAS,
    NEWS_DAYS,
    ONCE_TYPES,
    WEATHER_FAMILIES,
    LinkWeights,
)
from .words import families_match, noun_type

# A win names its winner as the agent ("Vos won", "de zege van Vos", "Bertens versloeg …").
WIN_LEMMAS = frozenset({"winnen", "verslaan", "zege", "overwinning", "te sterk voor", "zegevieren"})


def _types_ok(a: str, b: str) -> bool:
    return a == b or OTHER in (a, b) or frozenset((a, b)) in COMPATIBLE


def stem_related(a: str, b: str) -> bool:
    """Derivations of one stem: "daling"/"dalen", "verkoop"/"verkopen", "aankondiging"/"aankondigen"."""
    a, b = a.replace(" ", ""), b.replace(" ", "")
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= 4 and n >= 0.6 * min(len(a), len(b))



def _one_word(x: LinkMention, y: LinkMention) -> bool:
    """A verb and its own nominalisation, of one case type and family ("vervolgen" / "de vervolging",
    "arresteren" / "de arrestatie"): one word in two forms, scored as the same lemma. A compound on a
    shared stem ("doodschieten" / "dood"), another type ("vertrekken" / "vertrek") or an untyped
    derivation ("verkoop" / "verkopen") stays a stem match."""
    if not (x.family and x.family == y.family and x.em.type == y.em.type
            and x.em.type in CASE_TYPES and x.nominal != y.nominal):
        return False
    verb, noun = (y, x) if x.nominal else (x, y)
    return _nominalises(verb.em.lemma.replace("_", ""), noun.em.lemma.replace("_", ""))


def _nominalises(verb: str, noun: str) -> bool:
    """The noun is the verb's stem, or the stem with -ing, or -eren made -atie/-tie."""
    if not verb.endswith("en") or len(verb) < 6:
        return False
    stem = verb[:-2]
    if noun in (stem, stem + "ing") or noun == stem[:-1] and stem[-1] == stem[-2]:
        return True  # "vertrek(k)en" -> "vertrek", "vervolgen" -> "vervolging"
    return verb.endswith("eren") and noun in (verb[:-4] + "atie", verb[:-4] + "tie")


def _jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) if sa and sb else 0.0


def link_type(m: LinkMention) -> str:
    """The type a mention is linked by: a court's decision is a verdict whatever verb tells it, a
    player's move a transfer whether told as a departure, a signing or an agreement, and a
    dismissal a departure (``FAMILY_LINK_TYPES``)."""
    if m.ruling:
        return "verdict"
    return FAMILY_LINK_TYPES.get(m.family, m.em.type)


def _apart(x: LinkMention, y: LinkMention, w: LinkWeights) -> bool:
    """Pairs that can never be one event, whatever else they share."""
    if not (_types_ok(link_type(x), link_type(y)) or _types_ok(x.em.type, y.em.type)):
        return True
    if x.key[0] == y.key[0] and x.sent_text == y.sent_text and x.em.lemma == y.em.lemma:
        return True  # the same word twice in one sentence names two things
    if _other_winners(x, y) or other_count(x, y):
        return True
    # Each "zei", "meldt", "kondigde aan" is its own saying: the quote layer tells what was said.
    return w.sayings_apart and link_type(x) == link_type(y) == "statement" and not _bound(x, y)


def _other_winners(x: LinkMention, y: LinkMention) -> bool:
    """Two wins whose winners (agents) are both named and none in common: a contest has one winner,
    so "Vos won dinsdag" and "gisteren won Wiebes" are two happenings whatever else they share."""
    if not (_a_win(x) and _a_win(y)):
        return False
    return _other_named(x, y, "agent")


def _a_win(m: LinkMention) -> bool:
    """A win, or a round reached ("bereikte de derde ronde": told by where the win took the winner)."""
    return m.em.lemma in WIN_LEMMAS or m.family == "result" and m.em.lemma == "bereiken"


def _other_named(x: LinkMention, y: LinkMention, role: str) -> bool:
    """Both mentions name who fills this role (an entity or a name word) and none in common."""
    ax = {e for r, e in x.roles if r == role}
    ay = {e for r, e in y.roles if r == role}
    return bool(ax and ay) and not ax & ay


def _other_participants(x: LinkMention, y: LinkMention, w: LinkWeights) -> float:
    """Two reports whose mentions name different agents, or different patients, and share no one
    in either role: "vertrekken" of a party and of a coach, "speelt" of two clubs. What the two
    texts share around them (their names, a lemma) is then not enough alone; one happening told by
    two outlets names the same people in its roles or leaves one of them out."""
    if x.key[0] == y.key[0]:
        return 0.0
    shared = {r for r in x.roles if r[0] in ("agent", "patient")} & set(y.roles)
    if shared:
        return 0.0
    if _other_named(x, y, "agent") or _other_named(x, y, "patient"):
        return -w.other_participants
    return 0.0


def _bound(x: LinkMention, y: LinkMention) -> bool:
    return y.key in x.bound or x.key in y.bound


def _lexical(x: LinkMention, y: LinkMention, w: LinkWeights) -> float | None:
    """The words' evidence: same lemma, compound head, stem or happening family; None for none."""
    lx, ly = x.em.lemma.replace("_", ""), y.em.lemma.replace("_", "")
    if lx == ly:
        return w.same_lemma + (w.same_text if x.key[0] == y.key[0] else 0.0)
    if x.head == y.head:
        return w.same_head
    if stem_related(lx, ly):
        return w.same_lemma if _one_word(x, y) else w.same_stem
    if families_match(x.family, y.family):
        return w.family
    return None


def _type_penalty(tx: str, ty: str, w: LinkWeights) -> float:
    if OTHER in (tx, ty) and tx != ty:
        return -w.other_type
    return -w.type_mismatch if tx != ty else 0.0


def _role_terms(x: LinkMention, y: LinkMention, w: LinkWeights) -> Iterator[float]:
    """The same agent or patient; the same patient of a killing or arrest all but settles it."""
    shared = {r for r in x.roles if r[0] in ("agent", "patient")} & set(y.roles)
    if shared or x.counted and x.counted == y.counted:
        yield w.same_role  # also the same count and class of patient ("vier verdachten" / "vier mannen")
        if any(r[0] == "patient" for r in shared) and {x.em.type, y.em.type} & ONCE_TYPES:
            yield w.victim
    yield w.participants * _jaccard(x.participants, y.participants)
    yield w.places * _jaccard(x.places, y.places)


def _time(x: LinkMention, y: LinkMention, w: LinkWeights) -> int:
    rel = time_relation(x.when, y.when)
    if rel == 0 and w.contest_days and _contest_days_apart(x, y):
        return -1
    if rel < 0 and w.next_day and x.key[0] != y.key[0] and next_day(x.when, y.when):
        return 0  # a late-evening happening is "woensdag" in one outlet and "donderdag" in the next
    return rel


def _contest_days_apart(x: LinkMention, y: LinkMention) -> bool:
    """Two texts' contest mentions placed on days too far apart for one match, race or game. A
    contest is reported the day it is played or the next, so a mention the text does not date is
    placed on its report's day (``_report_day``): two such days two or more apart conflict, and so
    does a date of the other text more than a day from it ("vorig jaar" in a report of this year)."""
    if x.key[0] == y.key[0] or link_type(x) != "contest" or link_type(y) != "contest":
        return False
    dx, dy = _report_day(x), _report_day(y)
    if dx is not None and dy is not None:
        return abs((dx - dy).days) >= NEWS_DAYS
    if dx is not None and y.when:
        return _not_near(y.when, dx)
    if dy is not None and x.when:
        return _not_near(x.when, dy)
    return False


def _report_day(m: LinkMention) -> dt.date | None:
    """The report's day for a mention its text does not date and does not tell as to come."""
    if m.when or m.em.factuality == "future" or m.published is None:
        return None
    return m.published


def _not_near(value: str, day: dt.date) -> bool:
    """A calendar value (a year, month or day) none of whose days lies within a day of ``day``;
    False for values of another form (weeks, weekdays)."""
    if not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?(?:T.*)?", value):
        return False
    stem = value[:10]
    near = (day + dt.timedelta(days=k) for k in (-1, 0, 1))
    return not any(d.isoformat().startswith(stem) for d in near)


def _common_names(x: dict[str, float], y: dict[str, float]) -> float:
    """The names two reports share, each weighed by how few texts give it. A name's words that only
    a few texts give (full weight, see ``weigh_names``) count twice, as a linked entity does with its
    words: "Handel" is the same village whether the recogniser made it a person in one report and a
    place in the other, or missed it in one."""
    common = 0.0
    for k in x.keys() & y.keys():
        weight = min(x[k], y[k])
        common += 2 * weight if k.startswith(NAME_KEY) and weight >= 1.0 else weight
    return common


def _shared_names(x: LinkMention, y: LinkMention, w: LinkWeights) -> float:
    """The names two reports give around the happening (``_common_names``); where they share none,
    the names one report gives around it that the other text gives anywhere, at ``w.text_names``:
    one outlet names the town and the victim in its lead, the next names them three paragraphs
    before the sentence that tells the happening again ("de schietpartij"). One-sided: two texts
    that both name a town or a firm only in passing share nothing around their happenings."""
    common = _common_names(x.names, y.names)
    if common or not w.text_names:
        return common
    return w.text_names * max(_common_names(x.names, y.text_names), _common_names(x.text_names, y.names))


def _cross_doc_terms(x: LinkMention, y: LinkMention, w: LinkWeights, lexical: bool, rel: int) -> Iterator[float]:
    """What a pair from two texts must make up for, and the names and days that help or hurt."""
    yield -w.cross_doc
    days = abs((x.published - y.published).days) if x.published and y.published else None
    if (lexical and w.names and (rel > 0 or days is not None and days <= NEWS_DAYS and rel == 0)
            and not (w.light_needs_participant and _bare_light(x, y))):
        # Outlets report a happening within days of each other, naming the same people and places.
        yield w.names * min(1.0, _shared_names(x, y, w) / 2)
    if days is not None and not x.when and not y.when:
        if days > 7:
            yield -w.far_apart
        elif days > NEWS_DAYS:
            yield -w.days_apart


def _bare_light(x: LinkMention, y: LinkMention) -> bool:
    """A decision, an announcement or a start told by its bare word (``_light``) in one of two texts,
    where the two share no participant, place or object and neither names as a participant someone
    the other text names: the names around them (two reports on one crisis, naming one country) do
    not make a commander's and a cabinet's decision one."""
    if not (_light(x) or _light(y)):
        return False
    if _bound(x, y) or x.participants & y.participants or x.places & y.places:
        return False
    if x.participants & y.text_names.keys() or y.participants & x.text_names.keys():
        return False  # "Ze nam dat besluit" (May) and "Mays besluit": who decided, named by the other text
    return not (x.obj and x.obj == y.obj)


def _light(m: LinkMention) -> bool:
    """A bare decision, announcement or start: a light word whose happening no family names (a
    court's "besloot" is a ruling, read as the verdict family)."""
    return not m.family and m.em.lemma.replace("_", "") in LIGHT_LEMMAS


def _weather_day(x: LinkMention, y: LinkMention, rel: int) -> bool:
    """Two reports of weather of one kind (a storm, thunder, heavy showers) on one day, placed in no
    different towns: weather covers a region, so outlets name different towns or none at all, and
    the names term has little to go on ("noodweer" in one outlet, "onweersbuien" in another)."""
    if not (x.family in WEATHER_FAMILIES and families_match(x.family, y.family)) or rel < 0:
        return False
    if x.places and y.places and not x.places & y.places:
        return False
    dx, dy = _day(x), _day(y)
    if dx is None or dy is None:
        return False
    both_dated = bool(x.when and DAY_VALUE.match(x.when) and y.when and DAY_VALUE.match(y.when))
    return dx == dy if both_dated else abs((dx - dy).days) <= 1


def _day(m: LinkMention) -> dt.date | None:
    """The day a mention's text dates it to, else its report's day."""
    if m.when and DAY_VALUE.match(m.when):
        return dt.date.fromisoformat(m.when[:10])
    return m.published


def _object_term(x: LinkMention, y: LinkMention, w: LinkWeights) -> float:
    if not (x.obj and y.obj) or {x.em.type, y.em.type} & ONCE_TYPES:
        # "drie mensen gedood" in Lyon and "twaalf mensen gedood" in Kaboel: a killing's or an
        # arrest's patient is a person, and the same common noun for two of them says nothing
        # (the same named victim counts through the roles)
        return 0.0
    if x.obj == y.obj:
        return w.same_object
    if noun_type(x.obj) is not None and noun_type(x.obj) == noun_type(y.obj):
        return 0.7 * w.same_object  # "een motie aannemen" ~ "een resolutie aannemen"
    return 0.0


def _terms(x: LinkMention, y: LinkMention, w: LinkWeights) -> Iterator[float]:
    """Each piece of evidence for (or against) one event, in a fixed order."""
    lexical = _lexical(x, y, w)
    if lexical is not None:
        yield lexical
    yield max(_type_penalty(link_type(x), link_type(y), w), _type_penalty(x.em.type, y.em.type, w))
    if _bound(x, y):
        yield w.bound
    yield from _role_terms(x, y, w)
    yield _other_participants(x, y, w)
    rel = _time(x, y, w)
    if x.key[0] != y.key[0]:
        yield from _cross_doc_terms(x, y, w, lexical is not None, rel)
    if w.semantic and x.vec is not None and y.vec is not None and x.sent_text != y.sent_text:
        yield w.semantic * float(x.vec @ y.vec)
    yield w.time_agree if rel > 0 else (-w.time_conflict if rel < 0 else 0.0)
    if once_per_case(x, y, rel):
        yield w.victim  # a prosecution, escape, trial or verdict happens to its patient once
    if w.weather_day and _weather_day(x, y, rel):
        yield w.weather_day
    yield w.context * _jaccard(x.context, y.context)
    yield _object_term(x, y, w)


def pair_score(x: LinkMention, y: LinkMention, w: LinkWeights) -> float | None:
    """How strongly two mentions look like one event; None when they cannot be."""
    if _apart(x, y, w):
        return None
    score = 0.0
    for term in _terms(x, y, w):
        score += term
    return score
