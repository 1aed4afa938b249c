"""Typing happenings that came out untyped or unlisted: a vote ("stemmen") is the decision of the
body that votes (a rejection when it votes against), and an election when voters cast their ballots; a support verb whose typed noun
Frog hung on the auxiliary takes that noun's type ("is een hogere straf opgelegd"); "het werk
neerleggen" is a strike; a noun made from a listed verb takes the verb's type ("de intrekking"),
but not a saying's noun ("de verwachting"); a prison noun after a length of time is a sentence
imposed ("kregen achttien maanden cel"), not when demanded; an unlisted verb that reaches a
contest's stage is a contest result ("bereikte de kwartfinales"). Real Frog for the sentences (written for these tests)."""

from __future__ import annotations

import pytest
from frog_sentences import analysed, mentions_in

from kroniek.model import Document

SENTENCES = [
    "De gemeenteraad stemde woensdag tegen het plan voor een nieuw zwembad.",  # 0
    "De kiezers in het noorden stemden zondag massaal voor de oppositie.",  # 1
    "In de Tweede Kamer is dinsdag over het wetsvoorstel gestemd.",  # 2
    "Bij de verkiezingen van vorig jaar stemde zij op een kleine partij.",  # 3
    "Daarom is de jongen een zwaardere straf opgelegd dan de officier had gevraagd.",  # 4
    "Het personeel van de busmaatschappij heeft dinsdag het werk neergelegd.",  # 5
    "De intrekking van zijn vergunning kwam voor de eigenaar als een verrassing.",  # 6
    "De verwachting is dat de prijzen volgend jaar verder stijgen.",  # 7
    "Zijn stelling over de begroting viel slecht bij de wethouder.",  # 8
    "Een ruime meerderheid van de raad stemde gisteren in met de nieuwe regels.",  # 9
    "De twee inbrekers kregen elk achttien maanden cel voor de diefstal van de kluis.",  # 10
    "De smokkelaars moeten zes jaar de cel in voor het vervoer van de drugs.",  # 11
    "Het OM eist vijf jaar cel tegen de man die zijn buurman neerstak.",  # 12
    "In zijn cel schreef de gevangene een boek over zijn jeugd.",  # 13
    "De Belgische tennisser heeft dinsdag de kwartfinales bereikt in Rome.",  # 14
    "De schaatsster plaatste zich zondag voor de finale van de vijfhonderd meter.",  # 15
    "De supporters reisden zaterdag met drie bussen naar het stadion.",  # 16
]


@pytest.fixture(scope="module")
def doc(frog) -> Document:
    return analysed(frog, "votes-nouns", SENTENCES)


def _events(doc: Document, k: int) -> dict[str, str]:
    return {doc.text[e.start:e.end]: e.type for e in mentions_in(doc, SENTENCES[k])}


@pytest.mark.frog
@pytest.mark.slow
@pytest.mark.parametrize(
    "k, word, expected",
    [
        pytest.param(0, "stemde", "reject", id="a-council-votes-against-a-plan"),
        pytest.param(1, "stemden", "election", id="voters-cast-their-ballots"),
        pytest.param(2, "gestemd", "decide", id="a-vote-on-a-bill"),
        pytest.param(3, "stemde", "election", id="a-vote-in-an-election"),
        pytest.param(4, "opgelegd", "verdict", id="a-sentence-hung-on-the-auxiliary"),
        pytest.param(5, "neergelegd", "protest", id="laying-down-work-is-a-strike"),
        pytest.param(6, "intrekking", "withdraw", id="a-noun-made-from-a-listed-verb"),
        pytest.param(7, "verwachting", None, id="an-expectation-is-no-happening"),
        pytest.param(8, "stelling", None, id="a-claim-is-no-happening"),
        pytest.param(9, "stemde", "decide", id="a-council-votes-for-new-rules"),
        pytest.param(10, "cel", "verdict", id="months-in-prison-received"),
        pytest.param(11, "cel", "verdict", id="years-in-prison-to-serve"),
        pytest.param(12, "cel", None, id="years-in-prison-demanded-is-no-verdict"),
        pytest.param(13, "cel", None, id="a-cell-is-no-verdict"),
        pytest.param(14, "bereikt", "contest", id="a-round-reached"),
        pytest.param(15, "plaatste", "contest", id="qualified-for-a-final"),
        pytest.param(16, "reisden", "other", id="travelling-to-a-stadium-is-no-contest"),
    ],
)
def test_events_votes_nouns_frog(doc: Document, k: int, word: str, expected: str | None) -> None:
    found = _events(doc, k).get(word)
    if expected is None:
        assert found is None or found == "other", _events(doc, k)
    else:
        assert found == expected, _events(doc, k)
