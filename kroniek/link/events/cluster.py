"""Average-link clustering of bound groups, best pairs first."""

from __future__ import annotations

from collections.abc import Callable

from ...extract.events import OTHER
from .binding import bound_groups
from .mentions import LinkMention
from .similarity import pair_score
from .weights import LinkWeights
from .words import family_keys, noun_type


def cluster(ms: list[LinkMention], w: LinkWeights) -> list[list[int]]:
    """Average-link clustering, best pairs first, over the groups one text already binds.

    A bound group (a verb and its support noun, an anaphor and what it refers to) is one event
    before any comparison; against another group it is as close as its closest member.

    Only groups that share a blocking key (lemma, compound head, stem, participant, place or
    object) are scored up front: any other pair can gain only from time and context, which
    together stay below the threshold, so it can never start a merge. Its score is computed
    when an average-link check needs it, which keeps the result exactly that of scoring every
    pair while the work grows with the pairs that share something.
    """
    groups = bound_groups(ms)
    score = _GroupScores(ms, groups, w)
    blocking = w.time_agree + w.context + max(w.semantic, 0.0) < w.threshold
    pairs: list[tuple[float, int, int]] = []
    for gi, gj in _candidates(ms, groups, blocking):
        best = score(gi, gj)
        if best is not None and best >= w.threshold:
            pairs.append((best, gi, gj))
    # Typed happenings form first; a group of untyped mentions (past-tense verbs outside the
    # lexicon) joins them after, so that it cannot pull two mentions of one happening apart.
    untyped = [all(ms[i].em.type == OTHER for i in g) for g in groups]
    pairs.sort(key=lambda p: (untyped[p[1]] or untyped[p[2]], -p[0], p[1], p[2]))
    doc_of = [ms[g[0]].key[0] if w.text_units else str(k) for k, g in enumerate(groups)]
    members = _merge(pairs, len(groups), doc_of, score, w.threshold, w.same_text_in_average)
    out = [sorted(i for g in c for i in groups[g]) for c in members]
    return sorted(out, key=min)


class _GroupScores:
    """The score of two bound groups (that of their closest members), computed once when asked."""

    def __init__(self, ms: list[LinkMention], groups: list[list[int]], w: LinkWeights) -> None:
        self.ms, self.groups, self.w = ms, groups, w
        self.cache: dict[tuple[int, int], float | None] = {}

    def __call__(self, gi: int, gj: int) -> float | None:
        key = (gi, gj) if gi < gj else (gj, gi)
        if key not in self.cache:
            scores = (pair_score(self.ms[i], self.ms[j], self.w)
                      for i in self.groups[key[0]] for j in self.groups[key[1]])
            self.cache[key] = max((s for s in scores if s is not None), default=None)
        return self.cache[key]


def _candidates(ms: list[LinkMention], groups: list[list[int]], blocking: bool) -> set[tuple[int, int]]:
    """The group pairs worth scoring up front: those sharing a blocking key (all, without blocking)."""
    if not blocking:
        return {(x, y) for x in range(len(groups)) for y in range(x + 1, len(groups))}
    index: dict[str, list[int]] = {}
    for g, members in enumerate(groups):
        for k in set().union(*(_blocking_keys(ms[i]) for i in members)):
            index.setdefault(k, []).append(g)
    return {(x, y) for gs in index.values() for n, x in enumerate(gs) for y in gs[n + 1 :]}


def _merge(pairs: list[tuple[float, int, int]], n: int, doc_of: list[str],
           score: Callable[[int, int], float | None], threshold: float, same_text: bool = False) -> list[list[int]]:
    """Join clusters along the pairs, best first, when their average link clears the threshold."""
    owner = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    for _, i, j in pairs:
        a, b = owner[i], owner[j]
        if a == b:
            continue
        avg = _link_average(members[a], members[b], doc_of, score, same_text)
        if avg is None or avg < threshold:
            continue
        for q in members[b]:
            owner[q] = a
        members[a].extend(members.pop(b))
    return list(members.values())


def _link_average(a: list[int], b: list[int], doc_of: list[str],
                  score: Callable[[int, int], float | None], same_text: bool = False) -> float | None:
    """How well two clusters of groups hold together: the average over their pairs, where what one
    text tells of the cluster counts as one unit against each other text (its best pair), so a
    report that names the fire eight times does not outvote the one that names it once.

    Pairs inside one text count only where the merge joins no two texts (or with ``same_text``):
    whether two reports tell one happening is for their cross-text pairs to say, and a report's
    weak pair of its own ("de brand" against an untyped "gevallen" further on) must not pull the
    average under the threshold. They can still forbid the merge (a pair that cannot be one event).
    None when some pair cannot be one event."""
    units: list[float] = []
    cross: dict[tuple[str, str], float] = {}
    inside: list[float] = []
    for p in a:
        for q in b:
            s = score(p, q)
            if s is None:
                return None
            if doc_of[p] == doc_of[q]:
                inside.append(s)
            else:
                k = (doc_of[p], doc_of[q])
                cross[k] = max(cross.get(k, s), s)
    units += cross.values()
    if same_text or not cross:
        units += inside
    return sum(units) / len(units) if units else None


def _blocking_keys(m: LinkMention) -> set[str]:
    """What two mentions must share for their pair score to reach the threshold (see ``cluster``)."""
    lemma = m.em.lemma.replace("_", "").replace(" ", "")
    keys = {"l:" + m.em.lemma.replace("_", ""), "h:" + m.head}
    keys |= {"f:" + f for f in family_keys(m.family)}
    if len(lemma) >= 4:
        keys.add("s:" + lemma[:4])  # similarity.stem_related needs a common prefix of at least four letters
    keys |= {"p:" + p for p in m.participants} | {"w:" + p for p in m.places}
    if m.obj:
        keys.add("o:" + m.obj)
        t = noun_type(m.obj)
        if t is not None:
            keys.add("ot:" + t)
    return keys
