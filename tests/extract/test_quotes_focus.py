"""The person in focus (``extract/quotes/focus.py``) on sentences written for these tests."""

from __future__ import annotations

import pytest

from kroniek.extract.quotes import find_quotes
from kroniek.model import Document


def _speaker(doc: Document, quoted: str) -> str | None:
    for q in find_quotes(doc):
        if doc.text[q.start : q.end].startswith(quoted):
            return None if q.speaker_start is None else doc.text[q.speaker_start : q.speaker_end]
    raise AssertionError(f"{quoted!r} not found")


# A nationality after "de" ("zegt de Nederlandse", "aldus de Belg") is an epithet for the person
# in focus, not a name, whatever NER calls it; with nobody else named since, the one speaking.
DEMONYM_ROWS = [
    pytest.param(
        "Tennisster Sanne de Boer speelt dit jaar weer. „Mijn knie is goed”, zegt ze. Ze wil "
        "terug naar de top. Dat zal tijd kosten. „Ik moet geduld hebben.” De huidige nummer 300 "
        "van de wereld hoopt op een wildcard. „Niet dit jaar, maar volgend jaar wel”, zegt de "
        "Nederlandse, die vroeger in de top-50 stond.",
        "Niet dit jaar",
        "Sanne de Boer",
        id="adjective-nationality-nobody-else-named-the-last-speaker",
    ),
    pytest.param(
        "Wielrenner Tom Peeters won de etappe. „Dit had ik niet verwacht”, aldus de Belg na "
        "afloop.",
        "Dit had ik niet",
        "Tom Peeters",
        id="people-noun-belg-plural-belgen-in-the-table",
    ),
    pytest.param(
        "Doelman Kai Müller stopte drie strafschoppen. „Ik voelde me goed”, zei de Duitser na "
        "de wedstrijd.",
        "Ik voelde me goed",
        "Kai Müller",
        id="people-noun-duitser-plural-duitsers-in-the-table",
    ),
    pytest.param(
        "„De wachtlijsten groeien”, meldt de Inspectie. Volgens de jongste raming verliezen de ziekenhuizen "
        "veel personeel.",
        "verliezen de ziekenhuizen",
        "raming",
        id="guard-a-thing-after-de-is-no-person-in-focus",
    ),
]


def _check(who: str | None, speaker: str) -> None:
    assert who is not None and who.split()[-1] == speaker.split()[-1], who


@pytest.mark.parametrize(("text", "quoted", "speaker"), DEMONYM_ROWS)
def test_quotes_focus_nationality_epithet_is_the_person_in_focus(
    text: str, quoted: str, speaker: str
) -> None:
    _check(_speaker(Document(id="t", text=text, source="test"), quoted), speaker)


@pytest.mark.frog
@pytest.mark.parametrize(("text", "quoted", "speaker"), DEMONYM_ROWS)
def test_quotes_focus_nationality_epithet_is_the_person_in_focus_real_frog(
    frog, text: str, quoted: str, speaker: str
) -> None:
    from kroniek.analyse.annotator import FrogAnnotator

    _check(_speaker(FrogAnnotator(frog)(Document(id="f", text=text, source="test")), quoted), speaker)


# A reported question closing the sentence before an uncued quote (", vraagt X.") makes the
# quote its answer: the speaker before the asker goes on, not the asker.
ANSWER_ROWS = [
    pytest.param(
        "‘Dit plan deugt niet’, zegt bewoner Kees Bos. Wat er dan wel moet gebeuren, vraagt "
        "wethouder Anna de Wit. ‘Gewoon luisteren naar de buurt.’",
        "Gewoon luisteren", "Kees Bos",
        id="answer-after-vraagt-x-is-the-speaker-before",
    ),
    pytest.param(
        "‘Dit plan deugt niet’, zegt Kees Bos. Hoe het dan moet, vroeg Anna de Wit? ‘Luisteren.’",
        "Luisteren", "Kees Bos",
        id="answer-after-vroeg-x-is-the-speaker-before",
    ),
    pytest.param(
        "‘Dit plan deugt niet’, zegt bewoner Kees Bos. Wethouder Anna de Wit vraagt de bewoners om "
        "hulp. ‘We hebben iedereen nodig.’",
        "We hebben iedereen", "Anna de Wit",
        id="guard-a-subject-asking-for-help-speaks-next",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), ANSWER_ROWS)
def test_quotes_focus_answer_to_a_reported_question(text: str, quoted: str, speaker: str) -> None:
    said = _speaker(Document(id="t", text=text, source="test"), quoted)
    assert said is not None and speaker in said


@pytest.mark.frog
@pytest.mark.parametrize(("text", "quoted", "speaker"), ANSWER_ROWS)
def test_quotes_focus_answer_to_a_reported_question_real_frog(frog, text: str, quoted: str, speaker: str) -> None:
    # with Frog the asker after ", vraagt" is the parsed subject, whom the person-in-focus rule
    # would otherwise take
    from kroniek.analyse.annotator import FrogAnnotator

    said = _speaker(FrogAnnotator(frog)(Document(id="f", text=text, source="test")), quoted)
    assert said is not None and speaker in said


# An epithet with no name in the sentences before it ("aldus de geboren Zwolse" after "Eerder
# speelde ze voor …"): the one person the pronouns there stand for in the coreference layer.
PRONOUN_EPITHET_ROWS = [
    pytest.param(
        "Voetbalster Sanne Bos vertrekt na vijf seizoenen bij PSV. De club maakte dat dinsdag "
        "bekend. Volgend seizoen speelt ze in Engeland. Eerder speelde ze voor Ajax en Twente. "
        "„Het is rond, maar meer zeg ik niet”, aldus de geboren Zwolse in gesprek met de krant.",
        [("Sanne Bos", "PER"), ("PSV", "ORG"), ("Engeland", "LOC"), ("Ajax", "ORG"), ("Twente", "ORG")],
        "Het is rond",
        "Sanne Bos",
        id="epithet-after-pronouns-of-one-person-is-that-person",
    ),
    pytest.param(
        "Trainer Kees Vos en keeper Anna Bos vertrekken bij PSV. De club maakte dat dinsdag "
        "bekend. Volgend seizoen werkt hij in Engeland. Zij speelt dan in Spanje. "
        "„Het is rond, maar meer zeg ik niet”, aldus de geboren Zwolse in gesprek met de krant.",
        [("Kees Vos", "PER"), ("Anna Bos", "PER"), ("PSV", "ORG"), ("Engeland", "LOC"), ("Spanje", "LOC")],
        "Het is rond",
        None,
        id="guard-epithet-after-pronouns-of-two-persons-stays-open",
    ),
]


@pytest.mark.parametrize(("text", "names", "quoted", "speaker"), PRONOUN_EPITHET_ROWS)
def test_quotes_focus_epithet_takes_the_one_person_of_the_pronouns_before(
    text: str, names: list[tuple[str, str]], quoted: str, speaker: str | None
) -> None:
    from kroniek.extract.coref import Coreference
    from kroniek.model import Mention

    mentions = [Mention(text.index(n), text.index(n) + len(n), t) for n, t in names]
    doc = Coreference()(Document(id="t", text=text, source="test", mentions=mentions))
    who = _speaker(doc, quoted)
    if speaker is None:
        assert who is None or who.split()[-1] not in ("Vos", "Bos"), who
    else:
        _check(who, speaker)


# An epithet after sentences naming two persons ("Het doelpunt kwam van X. Op aangeven van Y
# schoot hij …, aldus de aanvaller"): the one person the subject pronouns of the two sentences
# right before stand for in the coreference layer. The guessed person does not go on to the
# uncued quote after it: carrying guesses on cost the older gold's held-out speakers 0.91 -> 0.73.
_TWO_NAMES_EPITHET = (
    "Het winnende doelpunt kwam van Tim Jansen. Op aangeven van Bas Kramer schoot hij de bal "
    "in de kruising. „Dit vergeet ik nooit meer”, aldus de aanvaller. „Ik zag de bal gaan en "
    "dacht: die zit.”"
)
SUBJECT_PRONOUN_EPITHET_ROWS = [
    pytest.param(
        _TWO_NAMES_EPITHET,
        [("Tim Jansen", "PER"), ("Bas Kramer", "PER")],
        ("Dit vergeet ik",),
        "Tim Jansen",
        id="epithet-after-two-names-is-the-person-of-the-subject-pronoun",
    ),
    pytest.param(
        _TWO_NAMES_EPITHET,
        [("Tim Jansen", "PER"), ("Bas Kramer", "PER")],
        ("Ik zag de bal",),
        None,
        id="the-guess-is-not-carried-to-the-uncued-quote-after",
    ),
    pytest.param(
        "Het winnende doelpunt kwam van Tim Jansen. Op aangeven van Bas Kramer schoot de spits "
        "de bal in de kruising. „Dit vergeet ik nooit meer”, aldus de aanvaller.",
        [("Tim Jansen", "PER"), ("Bas Kramer", "PER")],
        ("Dit vergeet ik",),
        None,
        id="guard-without-a-subject-pronoun-two-names-leave-the-epithet-open",
    ),
]


@pytest.mark.parametrize(("text", "names", "quoted", "speaker"), SUBJECT_PRONOUN_EPITHET_ROWS)
def test_quotes_focus_epithet_takes_the_person_of_the_subject_pronouns(
    text: str, names: list[tuple[str, str]], quoted: tuple[str, ...], speaker: str | None
) -> None:
    from kroniek.extract.coref import Coreference
    from kroniek.model import Mention

    mentions = [Mention(text.index(n), text.index(n) + len(n), t) for n, t in names]
    doc = Coreference()(Document(id="t", text=text, source="test", mentions=mentions))
    for q in quoted:
        who = _speaker(doc, q)
        if speaker is None:
            assert who is None or who.split()[-1] not in ("Jansen", "Kramer"), who
        else:
            _check(who, speaker)


# A role noun in -e that Frog tags a noun ("de wijkverpleegkundige") ends the speaker phrase: the
# verb after it is no part of it, and the epithet stands for the person in focus.
@pytest.mark.frog
def test_quotes_focus_noun_in_e_ends_the_speaker_phrase_real_frog(frog) -> None:
    from kroniek.analyse.annotator import FrogAnnotator

    text = (
        "Verpleegkundige Sara Mulder wacht al maanden op een huis in Utrecht. Volgens de "
        "wijkverpleegkundige staan honderden collega's op dezelfde wachtlijst."
    )
    doc = FrogAnnotator(frog)(Document(id="f", text=text, source="test"))
    _check(_speaker(doc, "staan honderden"), "Sara Mulder")
