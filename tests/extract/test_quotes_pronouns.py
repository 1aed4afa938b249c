"""Personal pronouns as speakers (``extract/quotes/pronouns.py``) on sentences written for these tests."""

from __future__ import annotations

import pytest

from kroniek.extract.quotes import find_quotes
from kroniek.model import Document


def _speaker(doc: Document, quoted: str) -> str | None:
    for q in find_quotes(doc):
        if doc.text[q.start : q.end].startswith(quoted):
            return None if q.speaker_start is None else doc.text[q.speaker_start : q.speaker_end]
    raise AssertionError(f"{quoted!r} not found")


# A person whose role word gives the other gender ("Haar broer Tom") is no antecedent of the
# pronoun ("ze") of the cue that frames the clause naming him.
GENDER_ROWS = [
    pytest.param(
        "„Dit is prachtig”, aldus Sanne Bos. Haar broer Tom heeft de foto gemaakt, zo laat ze "
        "verder weten.",
        "Haar broer Tom",
        "Sanne Bos",
        id="ze-is-not-the-brother-named-in-the-clause",
    ),
    pytest.param(
        "„We zijn blij”, zegt Karin Visser. Haar vader Henk bouwde het huis in 1960, vertelt ze.",
        "Haar vader Henk",
        "Karin Visser",
        id="ze-is-not-the-father-named-in-the-clause",
    ),
    pytest.param(
        "„Het gaat goed”, zegt Piet Bakker. Zijn zus Anna heeft het bedrijf overgenomen, zegt hij.",
        "Zijn zus Anna",
        "Piet Bakker",
        id="hij-is-not-the-sister-named-in-the-clause",
    ),
    pytest.param(
        "„Het gaat goed”, zegt Anna Smit. Trainer Kees Jansen komt morgen terug, zegt hij.",
        "Trainer Kees Jansen",
        "Kees Jansen",
        id="guard-a-role-without-gender-still-takes-the-new-subject",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), GENDER_ROWS)
def test_quotes_pronouns_other_gender_is_no_antecedent(text: str, quoted: str, speaker: str) -> None:
    who = _speaker(Document(id="t", text=text, source="test"), quoted)
    assert who is not None and who.split()[-1] == speaker.split()[-1], who


@pytest.mark.frog
@pytest.mark.parametrize(("text", "quoted", "speaker"), GENDER_ROWS)
def test_quotes_pronouns_other_gender_is_no_antecedent_real_frog(
    frog, text: str, quoted: str, speaker: str
) -> None:
    from kroniek.analyse.annotator import FrogAnnotator

    who = _speaker(FrogAnnotator(frog)(Document(id="f", text=text, source="test")), quoted)
    assert who is not None and who.split()[-1] == speaker.split()[-1], who
