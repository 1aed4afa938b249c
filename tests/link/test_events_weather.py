"""Weather happenings told with other words: a thunderstorm is "noodweer" in one outlet and
"onweersbuien" or "stortbuien" in the next; thunder, hail and heavy showers are event nouns of the storm
family, so those words can link when names and day agree; a plain shower ("de kans op buien") is
forecast talk, no happening. Lexicon and family table only."""

from __future__ import annotations

import pytest

from kroniek.extract.events import lexicon
from kroniek.link.events.words import families_match, family_of


@pytest.mark.parametrize(
    "lemma, typ",
    [
        pytest.param("onweersbui", "accident", id="a-thunder-shower"),
        pytest.param("stortbui", "accident", id="a-downpour"),
        pytest.param("hagelbui", "accident", id="a-hail-shower"),
        pytest.param("zomeronweersbui", "accident", id="a-compound-on-a-thunder-shower"),
        pytest.param("bui", None, id="a-plain-shower-is-forecast-talk"),
        pytest.param("regenbui", None, id="a-rain-shower-is-forecast-talk"),
        pytest.param("buitenland", None, id="a-word-starting-with-bui-is-no-shower"),
        pytest.param("buik", None, id="buik-is-no-shower"),
    ],
)
def test_events_weather_shower_nouns(lemma: str, typ: str | None) -> None:
    hit = lexicon().noun_type(lemma)
    assert (hit[0] if hit else None) == typ


@pytest.mark.parametrize(
    "a, b, match",
    [
        pytest.param("noodweer", "onweersbui", True, id="noodweer-and-onweersbuien"),
        pytest.param("noodweer", "stortbui", True, id="noodweer-and-stortbuien"),
        pytest.param("onweer", "hagelbui", True, id="onweer-and-hagelbuien"),
        pytest.param("onweersbui", "brand", False, id="a-storm-is-no-fire"),
    ],
)
def test_events_weather_shower_is_storm_family(a: str, b: str, match: bool) -> None:
    assert families_match(family_of(a), family_of(b)) is match
