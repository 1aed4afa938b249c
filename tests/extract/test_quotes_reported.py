"""Reported clauses (``extract/quotes/reported.py``) on sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_rows import frog_doc as _frog_doc

from kroniek.extract.quotes import find_quotes
from kroniek.model import Document


def _reported(doc: Document) -> dict[str, str]:
    """Each reported clause with the last word of its speaker ("" for none)."""
    out: dict[str, str] = {}
    for q in find_quotes(doc):
        if not q.direct:
            who = "" if q.speaker_start is None else doc.text[q.speaker_start : q.speaker_end]
            out[doc.text[q.start : q.end]] = (who.split() or [""])[-1]
    return out


def _last_words(found: dict[str, str]) -> dict[str, str]:
    """The expected table, each speaker cut to its last word as ``_reported`` gives it."""
    return {q: s.split()[-1] for q, s in found.items()}


# A te-infinitive after "tegen"/"tegenover" and a named medium or person (the addressee) is
# the reported clause, as after "in een verklaring" or "op Twitter".
ADDRESSEE_ROWS = [
    pytest.param(
        "Zanger Joop Kramer won de prijs. De zanger zei tegen De Telegraaf zeer vereerd te zijn "
        "met de onderscheiding.",
        {"zeer vereerd te zijn met de onderscheiding": "Joop Kramer"},
        id="zei-tegen-a-newspaper-name-then-te-infinitive",
    ),
    pytest.param(
        "Minister Ank de Groot zei tegen de NOS geen spijt te hebben van het besluit.",
        {"geen spijt te hebben van het besluit": "Ank de Groot"},
        id="zei-tegen-de-broadcaster-then-te-infinitive",
    ),
    pytest.param(
        "De trainer zegt tegenover RTV Noord zijn beste spits niet te willen missen.",
        {"zijn beste spits niet te willen missen": "trainer"},
        id="tegenover-a-two-word-medium-name",
    ),
    pytest.param(
        "De wethouder zei tegen de bewoners de klachten te begrijpen.",
        {},
        id="guard-a-common-noun-addressee-is-left-as-before",
    ),
]


@pytest.mark.parametrize(("text", "found"), ADDRESSEE_ROWS)
def test_quotes_reported_te_infinitive_after_a_named_addressee(
    text: str, found: dict[str, str]
) -> None:
    assert _reported(Document(id="t", text=text, source="test")) == _last_words(found)


@pytest.mark.frog
@pytest.mark.parametrize(("text", "found"), ADDRESSEE_ROWS)
def test_quotes_reported_te_infinitive_after_a_named_addressee_real_frog(
    frog, text: str, found: dict[str, str]
) -> None:
    assert _reported(_frog_doc(frog, text)) == _last_words(found)


# A reporting verb inside ", nadat/omdat …" has that clause's own subject, not the main
# clause's; an "en" after the subordinate clause goes back to the main clause's subject.
SUBORDINATE_ROWS = [
    pytest.param(
        "Trump viel de burgemeester aan, nadat Khan had gezegd het bezoek niet te steunen.",
        {"het bezoek niet te steunen": "Khan"},
        id="te-infinitive-in-a-nadat-clause",
    ),
    pytest.param(
        "De bond is boos, omdat de minister heeft verklaard de lonen niet te verhogen.",
        {"de lonen niet te verhogen": "minister"},
        id="te-infinitive-in-an-omdat-clause",
    ),
    pytest.param(
        "De president sprak de fabriek toe, zodat de arbeiders het konden horen, en verklaarde "
        "dat de fabriek openblijft.",
        {"de fabriek openblijft": "president"},
        id="guard-en-after-the-subordinate-clause-returns-to-the-main-subject",
    ),
]


@pytest.mark.parametrize(("text", "found"), SUBORDINATE_ROWS)
def test_quotes_reported_subordinate_clause_has_its_own_subject(
    text: str, found: dict[str, str]
) -> None:
    assert _reported(Document(id="t", text=text, source="test")) == _last_words(found)


@pytest.mark.frog
@pytest.mark.parametrize(("text", "found"), SUBORDINATE_ROWS)
def test_quotes_reported_subordinate_clause_has_its_own_subject_real_frog(
    frog, text: str, found: dict[str, str]
) -> None:
    assert _reported(_frog_doc(frog, text)) == _last_words(found)


# A quoted phrase after "volgens X" inside its sentence is part of the one reported clause
# (it used to take the clause away when it was over 30 % of it); a "volgens" inside a direct
# quote still frames nothing.
VOLGENS_ROWS = [
    pytest.param(
        "De zaak begint morgen. Volgens advocaat Piet de Boer is het bewijs zo zwak dat de "
        "rechter ‘wel eens zou kunnen twijfelen’.",
        {"is het bewijs zo zwak dat de rechter ‘wel eens zou kunnen twijfelen": "Piet de Boer"},
        id="quoted-phrase-after-the-volgens-cue-stays-in-the-clause",
    ),
    pytest.param(
        "De wethouder is optimistisch. Volgens Anna Smit wordt het nieuwe zwembad ‘een "
        "trekpleister voor de regio’.",
        {"wordt het nieuwe zwembad ‘een trekpleister voor de regio": "Anna Smit"},
        id="quoted-noun-phrase-after-the-volgens-cue",
    ),
    pytest.param(
        "De optocht trok door het dorp. “Volgens mij om iedereen wakker te maken”, zei een "
        "jonge deelnemer.",
        {},
        id="guard-volgens-inside-a-direct-quote-frames-nothing",
    ),
]


@pytest.mark.parametrize(("text", "found"), VOLGENS_ROWS)
def test_quotes_reported_quoted_phrase_inside_a_volgens_clause(
    text: str, found: dict[str, str]
) -> None:
    assert _reported(Document(id="t", text=text, source="test")) == _last_words(found)


@pytest.mark.frog
@pytest.mark.parametrize(("text", "found"), VOLGENS_ROWS)
def test_quotes_reported_quoted_phrase_inside_a_volgens_clause_real_frog(
    frog, text: str, found: dict[str, str]
) -> None:
    assert _reported(_frog_doc(frog, text)) == _last_words(found)


def _all_quotes(doc: Document) -> dict[str, str]:
    """Every quote (direct and reported) with the last word of its speaker ("" for none)."""
    out: dict[str, str] = {}
    for q in find_quotes(doc):
        who = "" if q.speaker_start is None else doc.text[q.speaker_start : q.speaker_end]
        out[doc.text[q.start : q.end]] = (who.split() or [""])[-1]
    return out


# session 8 (dev batch 8): "volgens X" after an article sits inside a noun phrase ("het
# volgens X „rustig” verlopen gesprek"): X judges the quoted word, not the sentence; the
# sentence's subject stays the one in focus for the next uncued quote.
VOLGENS_IN_NOUN_PHRASE_ROWS = [
    pytest.param(
        "Wethouder Piet Smit wil na het volgens burgemeester Karin de Vries „goede” gesprek "
        "niets zeggen.",
        {"goede": "Karin de Vries"},
        id="quoted-word-after-volgens-inside-a-noun-phrase-is-xs-word",
    ),
    pytest.param(
        "Kamerlid Piet Smit wil na afloop van het volgens Karin de Vries „prima” verlopen "
        "overleg geen vragen beantwoorden. Hij houdt het kort. „Ik zeg niets.”",
        {"prima": "Karin de Vries", "Ik zeg niets.": "Piet Smit"},
        id="the-judge-of-one-word-is-not-carried-to-the-next-quote",
    ),
    pytest.param(
        "Het plan is volgens Karin de Vries „veel te duur”.",
        {"Het plan is volgens Karin de Vries „veel te duur": "Karin de Vries"},
        id="guard-volgens-in-the-clause-still-frames-the-whole-sentence",
    ),
]


@pytest.mark.parametrize(("text", "found"), VOLGENS_IN_NOUN_PHRASE_ROWS)
def test_quotes_reported_volgens_inside_a_noun_phrase(text: str, found: dict[str, str]) -> None:
    assert _all_quotes(Document(id="t", text=text, source="test")) == _last_words(found)


@pytest.mark.frog
@pytest.mark.parametrize(("text", "found"), VOLGENS_IN_NOUN_PHRASE_ROWS)
def test_quotes_reported_volgens_inside_a_noun_phrase_real_frog(
    frog, text: str, found: dict[str, str]
) -> None:
    assert _all_quotes(_frog_doc(frog, text)) == _last_words(found)


# session 8 (dev batch 8): a verb-final subordinate clause without a comma ("… is groot nu
# senator X zegt dat …", "omdat zijn arts zegt dat …") has its own subject; "nu" as an
# adverb after or before the verb changes nothing
SUBORDINATE_NO_COMMA_ROWS = [
    pytest.param(
        "De kans dat de gemeenteraad dinsdag met het voorstel instemt is erg klein nu "
        "oud-wethouder Verhoeven zegt dat hij weinig vertrouwen heeft in de cijfers van het college.",
        {"hij weinig vertrouwen heeft in de cijfers van het college": "Verhoeven"},
        id="nu-then-subject-then-cue-verb",
    ),
    pytest.param(
        "Minister Jan de Vries trekt het plan in nu senator Els Bakker zegt dat ze tegen stemt.",
        {"ze tegen stemt": "Els Bakker"},
        id="nu-clause-after-a-named-main-subject",
    ),
    pytest.param(
        "Minister Jan de Vries zegt nu dat het plan doorgaat.",
        {"het plan doorgaat": "Jan de Vries"},
        id="guard-nu-as-an-adverb-after-the-verb",
    ),
    pytest.param(
        "Nu zegt burgemeester Anna Smit dat het feest doorgaat.",
        {"het feest doorgaat": "Anna Smit"},
        id="guard-nu-as-an-adverb-before-the-verb",
    ),
]


@pytest.mark.parametrize(("text", "found"), SUBORDINATE_NO_COMMA_ROWS)
def test_quotes_reported_subordinate_clause_without_comma(text: str, found: dict[str, str]) -> None:
    assert _reported(Document(id="t", text=text, source="test")) == _last_words(found)


@pytest.mark.frog
@pytest.mark.parametrize(("text", "found"), SUBORDINATE_NO_COMMA_ROWS)
def test_quotes_reported_subordinate_clause_without_comma_real_frog(
    frog, text: str, found: dict[str, str]
) -> None:
    assert _reported(_frog_doc(frog, text)) == _last_words(found)
