"""Sports results and other contests are happenings of type ``contest``: a win, a defeat or a draw told
as a verb ("won", "versloeg") or a noun ("zege", "etappezege", "nederlaag", "gelijkspel"); a preview
("de wedstrijd van zondag") stays no happening. Real Frog for the sentences (written for these tests);
the lexicon also as a plain table."""

from __future__ import annotations

import pytest
from frog_sentences import analysed, mention_of, triggers

from kroniek.extract.events import lexicon
from kroniek.link.events.words import families_match, family_of
from kroniek.model import Document

SENTENCES = [
    "De Noorse renner won donderdag de zesde rit in de Ronde van Zwitserland.",  # 0
    "De Nederlandse tennisster versloeg in Madrid de nummer drie van de wereld.",  # 1
    "Het is de tweede etappezege van de renner in deze ronde.",  # 2
    "Na de nederlaag tegen Ajax ontsloeg de club de trainer.",  # 3
    "Het gelijkspel in Rotterdam was voor beide ploegen teleurstellend.",  # 4
    "De wedstrijd van zondag begint om half drie.",  # 5
    "De oppositiepartij heeft de verkiezingen in de hoofdstad gewonnen.",  # 6
]


@pytest.mark.parametrize(
    "lemma, pos, typ",
    [
        pytest.param("winnen", "V", "contest", id="a-win-is-a-contest-not-economy"),
        pytest.param("verslaan", "V", "contest", id="beating-someone"),
        pytest.param("zege", "N", "contest", id="a-victory-noun"),
        pytest.param("etappezege", "N", "contest", id="a-compound-on-zege"),
        pytest.param("overwinning", "N", "contest", id="overwinning"),
        pytest.param("nederlaag", "N", "contest", id="a-defeat"),
        pytest.param("gelijkspel", "N", "contest", id="a-draw"),
        pytest.param("wedstrijd", "N", None, id="a-match-alone-is-mostly-a-preview"),
        pytest.param("verliezen", "V", "economy", id="losing-stays-economy-jobs-and-money"),
    ],
)
def test_events_contest_lexicon(lemma: str, pos: str, typ: str | None) -> None:
    lex = lexicon()
    if pos == "V":
        assert lex.verbs.get(lemma) == typ
    else:
        hit = lex.noun_type(lemma)
        assert (hit[0] if hit else None) == typ


@pytest.mark.parametrize(
    "a, b, match",
    [
        pytest.param("winnen", "zege", True, id="won-and-zege"),
        pytest.param("verslaan", "nederlaag", True, id="beat-and-defeat-one-match-two-sides"),
        pytest.param("zege", "overwinning", True, id="two-nouns-for-a-win"),
        pytest.param("zege", "brand", False, id="a-win-is-no-fire"),
        pytest.param("afrekenen", "verslaan", True, id="rekende-af-met-is-a-sports-idiom-for-a-win"),
        pytest.param("afrekenen", "moord", False, id="the-family-only-no-killing-reading"),
    ],
)
def test_events_contest_family(a: str, b: str, match: bool) -> None:
    assert families_match(family_of(a), family_of(b)) is match


@pytest.fixture(scope="module")
def doc(frog) -> Document:
    return analysed(frog, "contest", SENTENCES)


def _types(doc: Document, k: int) -> dict[str, str]:
    return triggers(doc, SENTENCES[k])


@pytest.mark.frog
@pytest.mark.slow
@pytest.mark.parametrize(
    "k, word, typ",
    [
        pytest.param(0, "won", "contest", id="a-stage-won"),
        pytest.param(1, "versloeg", "contest", id="a-player-beaten"),
        pytest.param(2, "etappezege", "contest", id="a-stage-win-noun"),
        pytest.param(3, "nederlaag", "contest", id="a-defeat-noun"),
        pytest.param(4, "gelijkspel", "contest", id="a-draw-noun"),
        pytest.param(5, "wedstrijd", None, id="a-preview-names-no-happening"),
        pytest.param(6, "gewonnen", "contest", id="an-election-won-is-a-contest-too"),
    ],
)
def test_events_contest_mentions_frog(doc: Document, k: int, word: str, typ: str | None) -> None:
    assert _types(doc, k).get(word) == typ, _types(doc, k)


def _agent(doc: Document, k: int, word: str) -> str | None:
    e = mention_of(doc, SENTENCES[k], word)
    return next((doc.text[a:b] for r, a, b in e.arguments if r == "agent"), None) if e else None


@pytest.mark.frog
@pytest.mark.slow
@pytest.mark.parametrize(
    "k, word, winner",
    [
        pytest.param(6, "gewonnen", "De oppositiepartij", id="the-subject-of-won-is-the-winner"),
        pytest.param(1, "versloeg", "De Nederlandse tennisster", id="the-subject-of-versloeg-is-the-winner"),
        pytest.param(2, "etappezege", "de renner in deze ronde", id="the-van-phrase-of-a-win-noun-is-the-winner"),
    ],
)
def test_events_contest_winner_is_the_agent_frog(doc: Document, k: int, word: str, winner: str) -> None:
    """Linking keeps two wins apart by their agents (kroniek.link.events.similarity)."""
    assert _agent(doc, k, word) == winner, [(doc.text[e.start:e.end], e.arguments) for e in doc.events]
