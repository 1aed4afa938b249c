"""Read models of the reading pages: titles, sources by name, names of outlets."""

from __future__ import annotations

import pytest

from kroniek.serve.web.pagedata import first_words, headline, publisher_of, speaker_words


def _ev(label: str, agents: list[str] = (), patients: list[str] = (), places: list[str] = ()) -> dict:  # type: ignore[assignment]
    return {"label": label, "places": [{"id": p, "name": p} for p in places],
            "roles": {"agent": [{"name": a} for a in agents], "patient": [{"name": p} for p in patients]}}


@pytest.mark.parametrize(
    ("event", "expect"),
    [
        pytest.param(_ev("liquidatie door Verenigde Staten van Qassem Soleimani in Bagdad", ["Verenigde Staten"],
                         ["Qassem Soleimani"], ["Bagdad"]),
                     "Liquidatie door Verenigde Staten van Qassem Soleimani in Bagdad", id="label names everyone"),
        pytest.param(_ev("motie aangenomen", ["Iraaks parlement"]), "Motie aangenomen (Iraaks parlement)",
                     id="actor the label lacks is added"),
        pytest.param(_ev("brand verwoest boerderij", places=["Putten"]), "Brand verwoest boerderij in Putten",
                     id="place the label lacks is added"),
    ],
)
def test_pagedata_headline_names_the_happening(event: dict, expect: str) -> None:
    assert headline(event) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        pytest.param("Den Haag, 6 januari 2020\n\nGeachte voorzitter. Hierbij informeer ik u.", "Geachte voorzitter.",
                     id="a letter's dateline is not its title"),
        pytest.param("De trein reed niet. Daarna wel.", "De trein reed niet.", id="first sentence"),
        pytest.param("woord " * 40, ("woord " * 15).strip() + "…", id="long text cut at a word"),
    ],
)
def test_pagedata_first_words_as_title(text: str, expect: str) -> None:
    assert first_words(text) == expect


@pytest.mark.parametrize(
    ("publisher", "url", "expect"),
    [
        pytest.param("De Telegraaf", "https://www.nos.nl/x", "De Telegraaf", id="stored publisher wins"),
        pytest.param(None, "http://feeds.nos.nl/~r/nosnieuws/1", "NOS", id="outlet from a feed host"),
        pytest.param(None, "https://www.ad.nl/binnenland/x", "AD", id="outlet from www host"),
        pytest.param(None, "https://example.org/a", "example.org", id="unknown host shown as host"),
        pytest.param(None, None, None, id="nothing known"),
    ],
)
def test_pagedata_publisher_of(publisher: str | None, url: str | None, expect: str | None) -> None:
    assert publisher_of(publisher, url) == expect


@pytest.mark.parametrize(
    ("said", "expect"),
    [
        pytest.param("Ik", None, id="an-interviewees-ik-is-no-name"),
        pytest.param(" ze ", None, id="a-pronoun-left-unresolved-is-no-name"),
        pytest.param("die", None, id="a-demonstrative-is-no-name"),
        pytest.param("de woordvoerder", "de woordvoerder", id="a-role-says-who"),
        pytest.param("iemand", "iemand", id="someone-unnamed-stays-as-the-text-says"),
        pytest.param("Jan  de Vries", "Jan de Vries", id="a-name-with-its-spaces-tidied"),
        pytest.param(None, None, id="no-speaker"),
    ],
)
def test_pagedata_speaker_words(said: str | None, expect: str | None) -> None:
    """A quote whose speaker the text leaves on a pronoun is filed under the unknown speaker."""
    assert speaker_words(said) == expect
