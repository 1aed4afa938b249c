"""Cues of direct quotes found outside the quote's own sentence (``extract/quotes/cues.py``)."""

from __future__ import annotations

import pytest

from kroniek.extract.quotes import find_quotes
from kroniek.model import Document


def _found(doc: Document) -> list[tuple[str, str | None, bool]]:
    out = []
    for q in find_quotes(doc):
        who = None if q.speaker_start is None else doc.text[q.speaker_start : q.speaker_end]
        out.append((doc.text[q.start : q.end], who, q.direct))
    return out


def _speaker(doc: Document, quoted: str) -> str | None:
    hits = [q for q in _found(doc) if q[0].startswith(quoted)]
    assert hits, f"{quoted!r} not found in {_found(doc)}"
    return hits[0][1]


# The sentence right after an uncued quote points back to it ("dat"/"dit" as the object of a
# reporting verb): its subject said the quote, not the speaker before (who is named first in
# every row, so that the old carry-over gives the wrong speaker).
BACK_ROWS = [
    pytest.param(
        "„We gaan door”, zegt directeur Piet Bakker. Het bedrijf groeit hard. „Dit jaar openen "
        "we tien winkels.” Dat zegt wethouder Anna Smit tegen de lokale omroep.",
        "Dit jaar openen",
        "Anna Smit",
        id="sentence-initial-dat-then-cue-verb",
    ),
    pytest.param(
        "„Het wordt een zware dag”, aldus de vakbond. „Reizigers moeten thuisblijven.” Minister "
        "Jan de Vries heeft dat vrijdag gezegd.",
        "Reizigers moeten thuisblijven",
        "Jan de Vries",
        id="dat-before-a-participle-cue",
    ),
    pytest.param(
        "„Het wordt een zware dag”, aldus de vakbond. „Reizigers moeten thuisblijven.” "
        "Staatssecretaris Eva de Bruin (Infrastructuur) heeft dat vrijdag gezegd.",
        "Reizigers moeten thuisblijven",
        "Eva de Bruin",
        id="dat-before-a-participle-cue-after-a-name-with-its-portfolio-in-brackets",
    ),
    pytest.param(
        "„Het plan is klaar”, zegt de projectleider. „Volgend jaar beginnen we met bouwen.” Dit "
        "heeft burgemeester Karin Visser dinsdag verteld.",
        "Volgend jaar beginnen",
        "Karin Visser",
        id="sentence-initial-dit-auxiliary-then-participle",
    ),
    pytest.param(
        "„We gaan door”, zegt directeur Piet Bakker. „Dit jaar openen we tien winkels.” Dat "
        "bleek dinsdag uit cijfers van het CBS.",
        "Dit jaar openen",
        "Piet Bakker",
        id="guard-dat-without-a-reporting-verb-keeps-the-last-speaker",
    ),
    pytest.param(
        "„We gaan door”, zegt directeur Piet Bakker. „Dit jaar openen we tien winkels.” "
        "Wethouder Anna Smit zei dat de gemeente het plan steunt.",
        "Dit jaar openen",
        "Piet Bakker",
        id="guard-dat-opening-a-reported-clause-points-nowhere-back",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), BACK_ROWS)
def test_quotes_cues_back_reference_names_the_speaker(text: str, quoted: str, speaker: str) -> None:
    doc = Document(id="t", text=text, source="test")
    assert _speaker(doc, quoted) == speaker


FROG_BACK_ROWS = [
    *BACK_ROWS,
    pytest.param(
        "„We gaan door”, zegt directeur Piet Bakker. „Dit jaar openen we tien winkels.” "
        "Wethouder Karel de Vos zei dat dinsdag tegen RTV Utrecht.",
        "Dit jaar openen",
        "Karel de Vos",
        id="dat-after-the-cue-verb-with-no-clause-after-it",
    ),
]


@pytest.mark.frog
@pytest.mark.parametrize(("text", "quoted", "speaker"), FROG_BACK_ROWS)
def test_quotes_cues_back_reference_names_the_speaker_real_frog(
    frog, text: str, quoted: str, speaker: str
) -> None:
    from kroniek.analyse.annotator import FrogAnnotator

    doc = FrogAnnotator(frog)(Document(id="f", text=text, source="test"))
    assert _speaker(doc, quoted) == speaker


# "zei dat dinsdag tegen X" is no reported clause: "dat" is the object and no verb follows it
# (Frog tags some conjunctions as pronouns, so a clause with a verb stays a clause).
DEMONSTRATIVE_ROWS = [
    pytest.param(
        "Wethouder Karel de Vos zei dat dinsdag tegen RTV Utrecht.",
        [],
        id="dat-is-the-object-of-zei",
    ),
    pytest.param(
        "De spoorbeheerder zegt altijd dat negentig procent van de treinen op tijd rijden.",
        ["negentig procent van de treinen op tijd rijden"],
        id="guard-a-clause-with-a-verb-stays-reported",
    ),
]


@pytest.mark.frog
@pytest.mark.parametrize(("text", "reported"), DEMONSTRATIVE_ROWS)
def test_quotes_cues_demonstrative_dat_opens_no_clause_real_frog(
    frog, text: str, reported: list[str]
) -> None:
    from kroniek.analyse.annotator import FrogAnnotator

    doc = FrogAnnotator(frog)(Document(id="f", text=text, source="test"))
    assert [q for q, _who, direct in _found(doc) if not direct] == reported


# session 8 (dev batch 8): a colon frame after a clause put before the finite verb ("Op de
# vraag of hij … vond spelen, was de trainer kort: „Ja.”"): the verb of the fronted clause is
# no cue, a quoted word before it is no first part the answer resumes, and a copula frame with
# a role as its subject is that role's (an epithet of the coach named before)
COLON_ROWS = [
    pytest.param(
        "Coach Kees Jansen was boos na de nederlaag. „We waren slecht.” Ook op de vraag of hij "
        "zijn spelers als ‘kinderen’ vond spelen, was de 50-jarige coach kort maar krachtig: "
        "„Ja.”",
        "Ja.",
        "Kees Jansen",
        id="fronted-question-then-copula-frame-with-a-role",
    ),
    pytest.param(
        "Burgemeester Anna Smit opende de brug. Op de vraag of het feest doorgaat, was ze "
        "stellig: „Natuurlijk.”",
        "Natuurlijk.",
        "Anna Smit",
        id="guard-copula-frame-with-a-pronoun-keeps-the-person-in-focus",
    ),
    pytest.param(
        "Op de vraag of het plan doorgaat, zei wethouder Karel de Vries: „Ja, zeker.”",
        "Ja, zeker.",
        "Karel de Vries",
        id="guard-cue-in-the-main-clause-still-frames-the-quote",
    ),
    pytest.param(
        "„We gaan door”, zegt directeur Jan Smit, „want het moet.”",
        "want het moet.",
        "Jan Smit",
        id="guard-a-quote-interrupted-by-its-cue-still-resumes",
    ),
]


def _same_person(who: str | None, speaker: str) -> None:
    assert who is not None and who.split()[-1] == speaker.split()[-1], who


@pytest.mark.parametrize(("text", "quoted", "speaker"), COLON_ROWS)
def test_quotes_cues_colon_frame_after_a_fronted_clause(text: str, quoted: str, speaker: str) -> None:
    _same_person(_speaker(Document(id="t", text=text, source="test"), quoted), speaker)


@pytest.mark.frog
@pytest.mark.parametrize(("text", "quoted", "speaker"), COLON_ROWS)
def test_quotes_cues_colon_frame_after_a_fronted_clause_real_frog(
    frog, text: str, quoted: str, speaker: str
) -> None:
    from kroniek.analyse.annotator import FrogAnnotator

    doc = FrogAnnotator(frog)(Document(id="f", text=text, source="test"))
    _same_person(_speaker(doc, quoted), speaker)
