"""The average link of two clusters of event mentions: which pairs count (link/events/cluster.py)."""

from __future__ import annotations

from kroniek.link.events.cluster import _link_average

# Three groups: 0 and 2 from report A, 1 from report B.
DOC_OF = ["A", "B", "A"]


def _score(values: dict[tuple[int, int], float | None]):
    return lambda p, q: values[(min(p, q), max(p, q))]


def test_a_cross_text_merge_is_judged_by_its_cross_text_pairs():
    """Report A's own weak pair (0.2: its fire against its untyped verb further on) does not pull the
    merge under the threshold: report B's pair with that verb (0.9) decides it."""
    score = _score({(0, 2): 0.2, (1, 2): 0.9})
    assert _link_average([0, 1], [2], DOC_OF, score) == 0.9
    assert _link_average([0, 1], [2], DOC_OF, score, same_text=True) == 0.55  # the average before


def test_a_same_text_pair_still_forbids_a_merge():
    score = _score({(0, 2): None, (1, 2): 0.9})
    assert _link_average([0, 1], [2], DOC_OF, score) is None


def test_a_merge_inside_one_text_is_judged_by_its_own_pairs():
    score = _score({(0, 2): 0.4})
    assert _link_average([0], [2], DOC_OF, score) == 0.4
