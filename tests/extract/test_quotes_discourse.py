"""Who speaks across sentences and paragraphs, the way Dutch news tells it (issue #11).

Every sentence here was written for these tests (none is taken from a corpus). The surface rows
run without Frog; the rows where the parse decides run on real Frog (marked ``frog``).
"""

from __future__ import annotations

import pytest

from kroniek.extract.quotes import find_quotes
from kroniek.model import Document


def _quotes(text: str, doc: Document | None = None) -> list[tuple[str, str | None, bool]]:
    d = doc or Document(id="t", text=text, source="test")
    out = []
    for q in find_quotes(d):
        who = None if q.speaker_start is None else d.text[q.speaker_start : q.speaker_end]
        out.append((d.text[q.start : q.end], who, q.direct))
    return out


def _speaker(text: str, quoted: str, doc: Document | None = None) -> str | None:
    hits = [q for q in _quotes(text, doc) if q[0].startswith(quoted)]
    assert hits, f"{quoted!r} not found in {_quotes(text, doc)}"
    return hits[0][1]


CARRY_ROWS = [
    pytest.param(
        "Wethouder Karin Visser opende zaterdag het nieuwe zwembad. „Dit is een mooie dag voor "
        "de wijk”, zei ze.\n\n„We hebben er jaren op gewacht.”",
        "We hebben er jaren op gewacht",
        "Karin Visser",
        id="quote-paragraph-without-cue-continues-the-last-speaker",
    ),
    pytest.param(
        "Trainer Erik Bos was tevreden. „We speelden goed.”\n\nAanvoerder Tim de Wit zag het "
        "anders. „We waren veel te slordig.”",
        "We waren veel te slordig",
        "Tim de Wit",
        id="a-person-introduced-as-subject-takes-over",
    ),
    pytest.param(
        "Trainer Erik Bos was tevreden. „We speelden goed.”\n\nDe ploeg won met 3-0 van "
        "Heracles. De wedstrijd duurde lang.\n\n„Nu moeten we doorpakken.”",
        "Nu moeten we doorpakken",
        "Erik Bos",
        id="speaker-carried-over-narrative-paragraphs-without-a-person",
    ),
    pytest.param(
        "Minister Hugo de Jonge bezocht maandag een verpleeghuis in Zwolle. Hij sprak met "
        "bewoners.\n\n„De zorg moet dichter bij huis”, aldus de minister.",
        "De zorg moet dichter bij huis",
        "Hugo de Jonge",
        id="aldus-de-minister-resolves-to-the-named-minister",
    ),
    pytest.param(
        "Anouk Smit trad zaterdag op in Ahoy voor twintigduizend fans. „Het was een feest”, "
        "zei de 38-jarige zangeres na afloop.",
        "Het was een feest",
        "Anouk Smit",
        id="epithet-with-age-resolves-to-the-person-in-focus",
    ),
    pytest.param(
        "Volgens woordvoerder Sanne Vos is de brand onder controle. „Er zijn geen gewonden.”",
        "Er zijn geen gewonden",
        "Sanne Vos",
        id="volgens-speaker-continues-into-the-next-quote",
    ),
    pytest.param(
        "„Zijn we zo ver afgegleden?” Kamerlid Jan Geurts komt woorden tekort voor de actie.",
        "Zijn we zo ver afgegleden",
        "Jan Geurts",
        id="quote-opening-the-story-takes-the-subject-right-after-it",
    ),
    pytest.param(
        "„Ik wist het eigenlijk al”, glimlacht Anna Bakker na de finale.",
        "Ik wist het eigenlijk al",
        "Anna Bakker",
        id="verb-missing-from-the-lexicon-still-names-the-speaker-after-the-quote",
    ),
    pytest.param(
        "„Daarover is nog niets besloten”, aldus het OM.",
        "Daarover is nog niets besloten",
        "OM",
        id="acronym-after-article-is-the-speaker-not-the-pronoun-het",
    ),
    pytest.param(
        "Het kabinet wil de accijns verhogen. „Dit raakt vooral mensen met weinig geld”, klonk "
        "het bij de oppositiepartijen.",
        "Dit raakt vooral mensen met weinig geld",
        "oppositiepartijen",
        id="klonk-het-bij-names-the-group",
    ),
    pytest.param(
        "Het kabinet wil de accijns verhogen, zei premier Mark Rutte. Critici vinden dat "
        "onterecht. Dit raakt vooral mensen met weinig geld, klonk het.",
        "Dit raakt vooral mensen met weinig geld",
        "Critici",
        id="bare-klonk-het-is-the-group-not-the-minister-named-earlier",
    ),
    pytest.param(
        "Het onderzoek lijkt precies over Sanne Jansen (27) te gaan. Ze studeert nog en werkt in "
        "een café. „Ik weet niet wat ik wil.”",
        "Ik weet niet wat ik wil",
        "Sanne Jansen",
        id="first-quote-takes-the-one-person-named-before-and-a-cafe-is-no-title-noun-here",
    ),
    pytest.param(
        "„Nee”, verbetert trainer Erik Bos, „we waren gewoon beter.”",
        "we waren gewoon beter",
        "Erik Bos",
        id="unlisted-cue-with-a-role-word-before-the-name-and-the-resumed-part",
    ),
    pytest.param(
        "Volgens voormalig Formule 1-coureur Jan Lammers is het een kwestie van tijd.",
        "is het een kwestie van tijd",
        "Jan Lammers",
        id="role-with-a-number-compound-keeps-the-name",
    ),
    pytest.param(
        "Volgens de bond worden spelers volgens de regels van de FIFA getest.",
        "worden spelers",
        "bond",
        id="volgens-de-regels-is-no-source",
    ),
    pytest.param(
        "Met veel verf maken Joe (6), Wilco (10) en Gerrit (12) van een laken een spandoek. "
        "„Voor onze held”, laten ze zien.",
        "Voor onze held",
        "Joe (6), Wilco (10) en Gerrit",
        id="plural-ze-with-a-plural-verb-is-the-group-named-together",
    ),
    pytest.param(
        "De politie liet weten dat de zaak tegen de journalist is gesloten, meldden Russische "
        "media.",
        "De politie liet weten",
        "politie",
        id="inner-frame-names-the-source-not-the-media-that-relay-it",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), CARRY_ROWS)
def test_quotes_discourse_speaker_carried_like_news(text: str, quoted: str, speaker: str) -> None:
    who = _speaker(text, quoted)
    # the name, possibly with the role word that opens its sentence ("Aanvoerder Tim de Wit")
    assert who is not None and who.endswith(speaker)


WRONG_SPEAKER_ROWS = [
    pytest.param(
        "Aanvankelijk zei de club dat de wedstrijd gewoon doorging.",
        "de wedstrijd gewoon doorging",
        "club",
        id="sentence-initial-adverb-aanvankelijk-is-no-speaker",
    ),
    pytest.param(
        "Minister Pompeo sprak met zijn ambtgenoot Lavrov. Tegelijk betoogden beide "
        "bewindslieden dat de landen beter willen samenwerken.",
        "de landen beter willen samenwerken",
        "beide bewindslieden",
        id="adverb-tegelijk-is-no-speaker-the-subject-after-the-verb-is",
    ),
    pytest.param(
        "Gisteren zei burgemeester Pieter de Boer dat het plein open blijft.",
        "het plein open blijft",
        "Pieter de Boer",
        id="time-word-gisteren-is-no-speaker",
    ),
    pytest.param(
        "Juist, dan klim je over het hek als je Gerard Jansen heet. „Herkenbaar?”, schrijft de "
        "zanger bij een foto.",
        "Herkenbaar",
        "Gerard Jansen",
        id="adverb-before-a-comma-is-no-name",
    ),
    pytest.param(
        "De verdachte Jan K. stond dinsdag terecht voor de moord op zijn buurman. Volgens de "
        "psychiaters was hij volledig ontoerekeningsvatbaar tijdens de daad.",
        "was hij volledig ontoerekeningsvatbaar",
        "psychiaters",
        id="experts-conclusion-is-not-the-suspects",
    ),
    pytest.param(
        "De verdachte hoorde geen straf eisen, omdat hij volgens deskundigen volledig handelde "
        "vanuit een psychose.",
        "hij volgens deskundigen volledig handelde",
        "deskundigen",
        id="volgens-inside-a-subordinate-clause-attributes-that-clause-only",
    ),
    pytest.param(
        "Een piloot van KLM schreef een brief aan topman Pieter Elbers. „Het gaat een keer mis”, "
        "aldus de piloot.",
        "Het gaat een keer mis",
        "piloot",
        id="role-introduced-as-unnamed-stays-unnamed",
    ),
    pytest.param(
        "Volgens minister Ank Bijleveld is de situatie ernstig. Nederland heeft de VS om uitleg "
        "gevraagd „over de juridische grond”.",
        "over de juridische grond",
        "Ank Bijleveld",
        id="quoted-phrase-after-a-request-is-not-the-requesters",
    ),
    pytest.param(
        "Premier Mark Rutte sprak dinsdag met de Franse president Macron. „We zijn het op veel "
        "punten eens”, zei hij na afloop.",
        "We zijn het op veel punten eens",
        "Mark Rutte",
        id="zei-hij-after-two-people-takes-the-subject",
    ),
    pytest.param(
        "Pieter de Boer ontmoette Karel Jansen op het stadhuis. Hij zei dat het overleg goed "
        "verliep.",
        "het overleg goed verliep",
        "Pieter de Boer",
        id="zei-hij-takes-the-subject-not-the-object",
    ),
    pytest.param(
        "De Amerikaanse minister van Arbeid noemt de deal met zakenman Jeffrey Epstein "
        "‘noodzakelijk’. Volgens hem was Epstein anders vrijuit gegaan.",
        "was Epstein anders vrijuit gegaan",
        "Amerikaanse minister van Arbeid",
        id="pronoun-after-an-unnamed-role-speaker-is-that-role-not-the-complement",
    ),
    pytest.param(
        "Bij de eerste opmerking die ik maak tegen actrice Marian de Vries - ‘Wat word je "
        "mooi!’ – word ik meteen gecorrigeerd.",
        "Wat word je mooi",
        None,
        id="the-person-spoken-to-is-not-the-speaker",
    ),
    pytest.param(
        "Rutte en Kaag spraken dinsdag met de Franse president. „We zijn het eens”, zei hij na "
        "afloop.",
        "We zijn het eens",
        "hij",
        id="two-joined-candidates-compete-so-the-pronoun-stays",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), WRONG_SPEAKER_ROWS)
def test_quotes_discourse_no_wrong_speaker(text: str, quoted: str, speaker: str | None) -> None:
    assert _speaker(text, quoted) == speaker


COUNT_ROWS = [
    pytest.param(
        "Minister Kaag zei dat de steun „onvoorwaardelijk en blijvend” is.",
        [("de steun „onvoorwaardelijk en blijvend” is", "Kaag", False)],
        id="partial-quote-inside-reported-clause-is-one-quote",
    ),
    pytest.param(
        "„Wie nu nog twijfelt, heeft het rapport niet gelezen”, vindt Dekker.",
        [("Wie nu nog twijfelt, heeft het rapport niet gelezen", "Dekker", True)],
        id="opinion-verb-after-quote-marks-attributes-the-quote",
    ),
    pytest.param(
        "De regels moeten strenger, vindt Dekker.",
        [],
        id="opinion-verb-without-quote-marks-is-no-reported-speech",
    ),
    pytest.param(
        "Trainer Bos was tevreden na de zege.\n\n‘Wijntje en een frietje’\n\nDe spelers gingen "
        "daarna samen eten.",
        [],
        id="quoted-heading-is-no-quote",
    ),
    pytest.param(
        "Wethouder Karin Visser sprak de raad toe. Haar ‘eigenzinnige’ aanpak viel slecht.",
        [],
        id="quoted-word-inside-a-noun-phrase-is-a-scare-quote",
    ),
    pytest.param(
        "Volgens het OM zijn twee verdachten betrokken. Het gaat om de ‘afrekening’ in Utrecht.",
        [("zijn twee verdachten betrokken", "OM", False)],
        id="quoted-term-after-an-article-is-no-speech",
    ),
    pytest.param(
        "Advocaat Robert Jansen wil niet dat zijn cliënt in beeld komt voor de tv-serie "
        "‘Achter de schermen’.",
        [],
        id="title-after-a-compound-title-noun",
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNT_ROWS)
def test_quotes_discourse_what_counts_as_a_quote(
    text: str, expected: list[tuple[str, str | None, bool]]
) -> None:
    assert _quotes(text) == expected


FROG_ROWS = [
    pytest.param(
        "Premier Mark Rutte sprak dinsdag in Parijs met president Emmanuel Macron. „We zijn het "
        "op veel punten eens”, zei hij na afloop.",
        "We zijn het op veel punten eens",
        "Rutte",
        id="frog-zei-hij-after-two-people-takes-the-subject",
    ),
    pytest.param(
        "Aanvankelijk wilde de gemeente het plein sluiten. Gisteren zei burgemeester Pieter de "
        "Boer dat het plein toch open blijft.",
        "het plein toch open blijft",
        "Boer",
        id="frog-time-word-is-no-speaker",
    ),
    pytest.param(
        "De verdachte Jan K. stond dinsdag terecht voor de moord op zijn buurman. Volgens de "
        "psychiaters was hij volledig ontoerekeningsvatbaar tijdens de daad.",
        "was hij volledig ontoerekeningsvatbaar",
        "psychiaters",
        id="frog-experts-conclusion-is-not-the-suspects",
    ),
    pytest.param(
        "Wielrenner Tom Dumoulin viel dinsdag op zijn knie. Ploegleider Michiel Elijzen zag het "
        "gebeuren.\n\n„Hij kon geen kracht meer zetten.”",
        "Hij kon geen kracht meer zetten",
        "Michiel Elijzen",
        id="frog-new-subject-before-an-unattributed-quote-speaks",
    ),
    pytest.param(
        "De provincie Utrecht is kritisch over het plan van de fabriek. Doel moet volgens de "
        "provincie zijn om in 2030 aan de normen te voldoen. „Wij twijfelen of dat met dit plan "
        "haalbaar is.”",
        "Wij twijfelen of dat",
        "provincie",
        id="frog-the-subject-of-a-volgens-sentence-is-no-organisation-speaking-next",
    ),
]


@pytest.mark.frog
@pytest.mark.parametrize(("text", "quoted", "speaker"), FROG_ROWS)
def test_quotes_discourse_real_frog(frog, text: str, quoted: str, speaker: str) -> None:
    from kroniek.analyse.annotator import FrogAnnotator

    doc = FrogAnnotator(frog)(Document(id="f", text=text, source="test"))
    who = _speaker(text, quoted, doc)
    assert who is not None and speaker in who


# session 5, dev batch 6: kinds of news the earlier batches held none of
SESSION6_ROWS = [
    pytest.param(
        "Schaatser Lotte Vermeer stopt na dit seizoen. Ze wil eerst nog een titel winnen. De "
        "31-jarige uit Heerenveen traint al maanden in Inzell met haar nieuwe ploeg. Daarna is "
        "het klaar.\n\nWaarom nu stoppen?\n\n„Mijn lichaam wil niet meer. Ik merk het na elke "
        "training.”\n\nEn wat ga je daarna doen?\n\n„Dat weet ik nog niet. Misschien ga ik "
        "lesgeven.”",
        "Mijn lichaam wil niet meer",
        "Lotte Vermeer",
        id="q-and-a-interview-answer-after-an-unquoted-question-is-the-interviewee",
    ),
    pytest.param(
        "Schaatser Lotte Vermeer stopt na dit seizoen. Ze wil eerst nog een titel winnen. De "
        "31-jarige uit Heerenveen traint al maanden in Inzell met haar nieuwe ploeg. Daarna is "
        "het klaar.\n\nWaarom nu stoppen?\n\n„Mijn lichaam wil niet meer. Ik merk het na elke "
        "training.”\n\nEn wat ga je daarna doen?\n\n„Dat weet ik nog niet. Misschien ga ik "
        "lesgeven.”",
        "Dat weet ik nog niet",
        "Lotte Vermeer",
        id="q-and-a-interview-second-answer-keeps-the-interviewee",
    ),
    pytest.param(
        "Volgens de vakbond zijn de nieuwe plannen slecht voor het personeel. „Onacceptabel”, worden "
        "delen van het voorstel zelfs genoemd. „Het voorstel gaat voorbij aan alles wat de "
        "werknemers hebben gevraagd.”",
        "Het voorstel gaat voorbij",
        "vakbond",
        id="passive-worden-after-a-quote-is-no-speaker-the-subject-before-goes-on",
    ),
    pytest.param(
        "Volgens de vakbond zijn de nieuwe plannen slecht voor het personeel. „Onacceptabel”, worden "
        "delen van het voorstel zelfs genoemd.",
        "Onacceptabel",
        "vakbond",
        id="passive-worden-fragment-continues-the-subject-before",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), SESSION6_ROWS)
def test_quotes_discourse_session6_speakers(text: str, quoted: str, speaker: str) -> None:
    who = _speaker(text, quoted)
    assert who is not None and who.endswith(speaker)


def test_quotes_discourse_dateline_in_capitals_is_no_speaker() -> None:
    """A dateline the NER took for a person ("ZWOLLE -") does not speak the quote that opens
    the story; the person right after it does."""
    from kroniek.model import Mention

    text = (
        "ZWOLLE - „Hoe lang moeten we hier nog op wachten?” Gedeputeerde Anna Smit is boos over de "
        "vertraging bij de aanleg van de nieuwe rondweg."
    )
    at = text.index("Anna Smit")
    doc = Document(id="t", text=text, source="test", mentions=[Mention(0, 6, "PER"), Mention(at, at + 9, "PER")])
    assert _speaker(text, "Hoe lang moeten we", doc) == "Anna Smit"


# Frog's parse: the subject of the main verb introduces the next speaker, also after a fronted
# adverbial ("In Den Haag reageerde minister X …"), which the surface rule (first phrase or
# right after the verb) cannot see; a person or pronoun first in its clause still wins.
MAIN_SUBJECT_FROG = [
    pytest.param(
        "„We zijn blij”, zegt Jan Smit. In Den Haag reageerde minister Sigrid Kaag verrast. "
        "„Dit had ik niet verwacht.”",
        "Dit had ik niet",
        "Kaag",
        id="pp-first-then-role-and-name-as-subject",
    ),
    pytest.param(
        "„Het was een mooie dag”, zegt Tom de Boer. Na afloop sprak zanger Piet Kramer de fans "
        "toe. „Jullie zijn geweldig.”",
        "Jullie zijn geweldig",
        "Piet Kramer",
        id="adverbial-first-subject-after-the-verb",
    ),
    pytest.param(
        "„We hebben pech gehad”, zegt aanvoerder Tim Vos. Tijdens de persconferentie na de "
        "wedstrijd bleef trainer Kees Bos kalm. „We blijven rustig en werken verder.”",
        "We blijven rustig",
        "Kees Bos",
        id="long-fronted-pp-the-surface-rule-gives-up-on",
    ),
    pytest.param(
        "„Het was een mooie dag”, zegt Tom de Boer. Hij kende Piet Kramer al jaren. "
        "„Ik mis hem nu al.”",
        "Ik mis hem",
        "Tom de Boer",
        id="guard-pronoun-first-the-name-is-the-object",
    ),
    pytest.param(
        "„Het was een mooie dag”, zegt Tom de Boer. Bij de uitreiking ontmoette hij Piet Kramer. "
        "„Ik mis hem nu al.”",
        "Ik mis hem",
        "Tom de Boer",
        id="guard-pronoun-after-the-verb-the-name-is-the-object",
    ),
]


# "het bedrijf", "de bank", "de organisatie" take the organisation a sentence before is about,
# also when an article stands before its name ("De ING heeft …", "Het Rode Kruis stuurt …");
# one named only as a complement ("klant bij Rabobank") is not taken.
ORG_NOUN_FROG = [
    pytest.param(
        "De ING heeft een boete gekregen van de toezichthouder. De bank zegt dat ze de regels "
        "beter gaat naleven.",
        "ze de regels",
        "ING",
        id="article-before-the-organisation-subject",
    ),
    pytest.param(
        "De Rabobank sluit dertig kantoren op het platteland. De bank zegt dat klanten steeds "
        "vaker online bankieren.",
        "klanten steeds",
        "Rabobank",
        id="article-before-a-one-word-bank",
    ),
    pytest.param(
        "Het Rode Kruis stuurt hulpgoederen naar Mozambique. De organisatie zegt dat de nood daar "
        "enorm is.",
        "de nood daar",
        "Rode Kruis",
        id="neuter-article-before-a-two-word-organisation",
    ),
    pytest.param(
        "Jan Smit is al jaren klant bij Rabobank. De bank zegt dat zijn rekening tijdelijk is "
        "geblokkeerd.",
        "zijn rekening",
        "bank",
        id="guard-an-organisation-after-a-preposition-is-a-complement",
    ),
]


# A quote inside its sentence with no cue is the sentence's own organisation subject, also
# with an opinion verb ("De Woonbond vindt … de „…”"); a subject that is no organisation leaves
# the last speaker going on.
INSIDE_FROG = [
    pytest.param(
        "„De huren stijgen”, meldt woningsite Huurwijzer. De Woonbond vindt het hoog tijd voor "
        "een landelijke aanpak van de „veel te hoge huren in de vrije sector.”",
        "veel te hoge huren",
        "Woonbond",
        id="opinion-verb-organisation-subject-of-the-quotes-own-sentence",
    ),
    pytest.param(
        "„We zijn tevreden”, zegt directeur Jan Smit. Het akkoord is „een flinke stap vooruit "
        "voor alle werknemers in de zorg”.",
        "een flinke stap",
        "Jan Smit",
        id="guard-a-subject-that-is-no-organisation-keeps-the-last-speaker",
    ),
]


# A coordinated subject of named countries or organisations speaks jointly for the uncued quote
# after its sentence.
JOINT_FROG = [
    pytest.param(
        "„De aanvallen moeten stoppen”, zegt de VN-gezant. Frankrijk en Duitsland hebben "
        "opgeroepen tot een staakt-het-vuren. „Burgers mogen nooit een doelwit zijn.”",
        "Burgers mogen nooit",
        "Frankrijk en Duitsland",
        id="two-countries-as-subject",
    ),
    pytest.param(
        "„De aanvallen moeten stoppen”, zegt de VN-gezant. Greenpeace en het Wereld Natuur Fonds "
        "eisen een onderzoek. „De schade aan de natuur is enorm.”",
        "De schade aan",
        "Greenpeace en het Wereld Natuur Fonds",
        id="two-organisations-as-subject",
    ),
]


def _frog_speakers(frog, rows: list) -> list[tuple[str, str, str | None]]:
    """Each row's id, gold speaker and the speaker found with Frog's analysis of its text."""
    from kroniek.analyse.annotator import FrogAnnotator

    annotate = FrogAnnotator(frog)
    found = []
    for row in rows:
        text, quoted, speaker = row.values
        found.append((row.id, speaker, _speaker(text, quoted, annotate(Document(id="f", text=text, source="test")))))
    return found


@pytest.mark.frog
@pytest.mark.parametrize(
    ("rows", "exact"),
    [
        pytest.param(MAIN_SUBJECT_FROG, False, id="main-verb-subject-speaks-next"),
        pytest.param(ORG_NOUN_FROG, True, id="organisation-noun-takes-the-subject-organisation"),
        pytest.param(INSIDE_FROG, True, id="quote-inside-its-sentence"),
        pytest.param(JOINT_FROG, True, id="joint-subject-speaks"),
    ],
)
def test_quotes_discourse_sixth_session_rules_real_frog(frog, rows: list, exact: bool) -> None:
    for row_id, speaker, who in _frog_speakers(frog, rows):
        assert who is not None and (who == speaker if exact else speaker in who), (row_id, who)


# Reported speech inside a direct quote ("„Ik heb tegen de trainer gezegd dat …”") is the
# quote's own words, not its frame: its "ik" or "u" is not the speaker; the quote takes the
# person in focus, as an uncued quote does.
QUOTE_HOLDS_ITS_OWN_FRAME_ROWS = [
    pytest.param(
        "Doelman Piet Kok blijft nog een jaar bij de club. „Ik heb tegen de trainer gezegd dat "
        "ik graag wil blijven.” Het contract loopt tot 2021.",
        "Ik heb tegen de trainer",
        "Kok",
        id="ik-heb-gezegd-dat-inside-the-quote-is-no-frame",
    ),
    pytest.param(
        "Premier Eva Smit was fel in het debat. „Waarom zegt u dat jongeren minder willen "
        "werken?” Haar tegenstander gaf geen antwoord.",
        "Waarom zegt u",
        "Smit",
        id="zegt-u-dat-in-a-quoted-question-is-no-frame",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), QUOTE_HOLDS_ITS_OWN_FRAME_ROWS)
def test_quotes_discourse_reported_speech_inside_a_quote_is_no_frame(
    text: str, quoted: str, speaker: str
) -> None:
    who = _speaker(text, quoted)
    assert who is not None and who.split()[-1] == speaker, who


# The speaker phrase after a cue: a name in the genitive with a noun after it ("Vos’ advocaat")
# is that person's lawyer, not the person; "een van zijn advocaten" is one of the group.
SPEAKER_PHRASE_ROWS = [
    pytest.param(
        "Zangeres Lisa Vos verloor de zaak. „Dit is een zwarte dag voor de muziek”, zei Vos’ "
        "advocaat.",
        "Dit is een zwarte dag",
        "Vos’ advocaat",
        id="genitive-apostrophe-name-and-noun-is-the-lawyer",
    ),
    pytest.param(
        "De zaak werd uitgesteld. „We gaan in beroep”, zei Lisa’s advocaat na afloop.",
        "We gaan in beroep",
        "Lisa’s advocaat",
        id="genitive-s-name-and-noun-is-the-lawyer",
    ),
    pytest.param(
        "De zaak werd uitgesteld. „We gaan in beroep”, zei Lisa Vos na afloop.",
        "We gaan in beroep",
        "Lisa Vos",
        id="guard-a-name-without-genitive-stays-the-name",
    ),
    pytest.param(
        "De rechtszaak duurde drie dagen. „Ze willen de muziek voor zich alleen houden”, zei een "
        "van zijn advocaten.",
        "Ze willen de muziek",
        "een van zijn advocaten",
        id="een-van-zijn-advocaten-is-one-of-the-group",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), SPEAKER_PHRASE_ROWS)
def test_quotes_discourse_speaker_phrase_of_possessor_and_partitive(
    text: str, quoted: str, speaker: str
) -> None:
    assert _speaker(text, quoted) == speaker


# Pronouns that point back in their own way: "volgens hen" stands for the group that spoke in
# the sentence before ("Volgens haar advocaten …"); "antwoordde die" for the person named last
# before the quote (the one asked), not the topic.
POINTING_PRONOUN_ROWS = [
    pytest.param(
        "Volgens de buurtbewoners is het lawaai elke nacht te horen. De overlast is volgens hen "
        "erger geworden sinds de zomer.",
        "De overlast is volgens hen",
        "buurtbewoners",
        id="volgens-hen-is-the-group-that-spoke-before",
    ),
    pytest.param(
        "Volgens buurman Kees de Wit is het lawaai elke nacht te horen. De overlast is volgens "
        "hen erger geworden sinds de zomer.",
        "De overlast is volgens hen",
        "hen",
        id="guard-volgens-hen-after-one-person-stays-open",
    ),
    pytest.param(
        "Presentator Jan Bos vroeg minister Els Kok wanneer ze voor het laatst had gehuild. "
        "„Toen mijn vader overleed. Twee jaar geleden”, antwoordde die.",
        "Toen mijn vader",
        "Els Kok",
        id="antwoordde-die-is-the-person-named-last",
    ),
    pytest.param(
        "Jan Smit, die zei dat hij moe was, ging naar huis.",
        "hij moe was",
        "Jan Smit",
        id="guard-relative-die-keeps-its-antecedent",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), POINTING_PRONOUN_ROWS)
def test_quotes_discourse_pointing_pronouns(text: str, quoted: str, speaker: str) -> None:
    assert _speaker(text, quoted) == speaker
