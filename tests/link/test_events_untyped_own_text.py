"""Average link: a same-text pair of a typed and an untyped group counts only when no other text
gives evidence (cluster._link_average).

The case: one report tells "In de raad werd dinsdag gestemd en het voorstel werd aangenomen";
another tells "De raad nam het voorstel dinsdag aan". The untyped "gestemd" and the typed
"aangenomen" of the first report score low against each other (names count only across texts),
and that weak pair used to outvote the strong pair "gestemd" / the other report's "nam aan".
"""

from __future__ import annotations

from kroniek.link.events.cluster import _link_average, _Units

# groups: 0 = "gestemd" (report A, untyped), 1 = "aangenomen" (report A), 2 = "nam aan" (report B)
_SCORES = {(0, 1): 0.2, (0, 2): 0.7, (1, 2): 1.5}
_UNITS = _Units(doc_of=["a", "a", "b"], untyped=[True, False, False])


def _score(p: int, q: int) -> float | None:
    return _SCORES[(min(p, q), max(p, q))]


def test_untyped_verb_joins_the_vote_another_report_tells():
    """"gestemd" against the cluster {"aangenomen", "nam aan"}: only report B's pair counts."""
    assert _link_average([0], [1, 2], _UNITS, _score) == 0.7


def test_untyped_verb_alone_with_its_own_text_counts_as_before():
    """With no other text in the cluster, the same-text pair is all there is: it still counts."""
    assert _link_average([0], [1], _UNITS, _score) == 0.2


def test_two_typed_mentions_of_one_text_still_count():
    """Two typed groups of one text are no loose pair: a typed "stemming" of report A beside its
    "aangenomen" is averaged as before."""
    units = _Units(doc_of=["a", "a", "b"], untyped=[False, False, False])
    assert abs(_link_average([0], [1, 2], units, _score) - 0.45) < 1e-9


def test_a_pair_that_cannot_be_one_event_still_keeps_them_apart():
    """A same-text pair with an untyped side that can never be one event (None) still splits."""
    assert _link_average([0], [1, 2], _UNITS, lambda p, q: None if {p, q} == {0, 1} else 0.7) is None
