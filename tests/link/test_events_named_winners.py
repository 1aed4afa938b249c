"""Two wins stay apart for their winners only where names tell both winners: a description of the
winner ("de nummer twee van de wereld", "de Spaanse gravelspecialist", "de Roemeense") may be the
named winner of the other report, so it says nothing against one event. Fast: the rule reads only
the lemma and the agents of the two mentions (entity ids "e-…" and name keys "name:…")."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from kroniek.link.events.similarity import _other_winners


def _win(*agents: str) -> SimpleNamespace:
    return SimpleNamespace(em=SimpleNamespace(lemma="winnen"), roles=[("agent", a) for a in agents])


@pytest.mark.parametrize(
    "x, y, apart",
    [
        pytest.param(_win("e-1", "name:nadal"), _win("e-2", "name:thiem"), True, id="two-named-winners-are-two-wins"),
        pytest.param(_win("e-1", "name:nadal"), _win("e-1", "name:nadal"), False, id="one-named-winner-is-one-win"),
        pytest.param(_win("e-1", "name:nadal"), _win("e-7"), False, id="a-description-says-nothing-against-a-name"),
        pytest.param(_win("e-1", "name:nadal"), _win("e-8", "name:roemeense"), False, id="a-nationality-is-no-name"),
        pytest.param(_win("e-1"), _win("e-2"), True, id="without-names-the-entities-decide"),
    ],
)
def test_events_named_winners_only_names_keep_wins_apart(x: SimpleNamespace, y: SimpleNamespace, apart: bool) -> None:
    assert _other_winners(x, y) is apart  # type: ignore[arg-type]
