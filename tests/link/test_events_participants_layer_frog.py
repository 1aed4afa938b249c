"""Event participants named by a pronoun, role noun or organisation noun take the name the
coreference layer gives, through the real pipeline (Frog, the CRF NER, the coref component, the
event extractor). Sentences written for this test."""

from __future__ import annotations

import pytest

from kroniek.link.events import read_mentions
from kroniek.link.events.mentions import NAME_KEY
from kroniek.model import Document, PublishedDate

pytestmark = [pytest.mark.frog, pytest.mark.slow]

CASES = [
    pytest.param(
        "Zanger Ruben Kramer gaf zaterdag een concert in Arnhem. Hij werd zondag in Amsterdam aangehouden.",
        "aangehouden", "kramer",
        id="frog-pronoun-patient-is-the-singer",
    ),
    pytest.param(
        "Agenten hebben zaterdag Kees P. uit Zwolle aangehouden. De verdachte werd maandag vrijgelaten.",
        "vrijgelaten", "p.",
        id="frog-de-verdachte-is-the-person-with-a-withheld-surname",
    ),
    pytest.param(
        "Het Eindhovense bedrijf Philips maakte dinsdag een nieuwe reorganisatie bekend. "
        "Donderdag schrapte het bedrijf vijfhonderd banen.",
        "schrapte", "philips",
        id="frog-het-bedrijf-is-the-company-named-before",
    ),
]


@pytest.fixture(scope="module")
def pipe(frog):
    from kroniek.analyse.annotator import FrogAnnotator
    from kroniek.extract.coref import Coreference
    from kroniek.extract.events import EventExtractor
    from kroniek.extract.ner import CrfNer
    from kroniek.extract.quotes import QuoteExtractor
    from kroniek.extract.timex import TimexTagger
    from kroniek.pipeline import Pipeline

    return Pipeline([FrogAnnotator(frog), CrfNer(), Coreference(), TimexTagger(), QuoteExtractor(),
                     EventExtractor()])


@pytest.mark.parametrize(("text", "trigger", "name"), CASES)
def test_events_participants_layer_real_frog(pipe, text: str, trigger: str, name: str) -> None:
    doc = pipe(Document(id="f", text=text, source="test",
                        published=PublishedDate("2024-03-14", "day", "metadata", "2024-03-14")))
    ms = [m for m in read_mentions([doc], lambda *_: None) if doc.text[m.em.start : m.em.end] == trigger]
    assert ms, [doc.text[e.start : e.end] for e in doc.events]
    assert NAME_KEY + name in ms[0].participants, (ms[0].em.arguments, doc.chains)
