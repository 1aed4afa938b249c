"""Quotations and reported speech: marks, cues, speakers, and the cases that must stay quiet."""

from __future__ import annotations

from pathlib import Path

import pytest

from kroniek.extract.quotes import QuoteExtractor, find_quotes
from kroniek.model import Document, Mention
from kroniek.pipeline import Pipeline


def _doc(text: str, mentions: list[Mention] | None = None) -> Document:
    return Document(id="t", text=text, source="test", mentions=mentions or [])


def _found(
    text: str, mentions: list[Mention] | None = None
) -> list[tuple[str, str | None, str | None, bool]]:
    """(quoted words, speaker words, cue, direct) for every quote found."""
    out = []
    for q in find_quotes(_doc(text, mentions)):
        speaker = None if q.speaker_start is None else text[q.speaker_start : q.speaker_end]
        out.append((text[q.start : q.end], speaker, q.cue, q.direct))
    return out


# --- direct quotes in every mark style ---------------------------------------------------------

DIRECT = [
    pytest.param(
        '„Wij hebben begrip voor het feit dat het is gebeurd", zegt Bijleveld.',
        "Wij hebben begrip voor het feit dat het is gebeurd",
        "Bijleveld",
        "zegt",
        id="low-high-marks-cue-after",
    ),
    pytest.param(
        ",,De internationale gemeenschap heeft grote investeringen gedaan’’, sprak Maas.",
        "De internationale gemeenschap heeft grote investeringen gedaan",
        "Maas",
        "sprak",
        id="raw-comma-comma-opening-and-curly-closing",
    ),
    pytest.param(
        ",,We gaan gewoon door met de missie'', zei Blok.",
        "We gaan gewoon door met de missie",
        "Blok",
        "zei",
        id="raw-double-apostrophe-closing",
    ),
    pytest.param(
        "“Het is aan de regering om een beslissing te nemen”, aldus Goffin.",
        "Het is aan de regering om een beslissing te nemen",
        "Goffin",
        "aldus",
        id="curly-marks-aldus",
    ),
    pytest.param(
        '"Het is niet bepaald een geheim", zegt correspondent Arjen van der Horst.',
        "Het is niet bepaald een geheim",
        "Arjen van der Horst",
        "zegt",
        id="straight-marks-role-before-name",
    ),
    pytest.param(
        "‘De honger is enorm’, zegt Vanderhaeghe.",
        "De honger is enorm",
        "Vanderhaeghe",
        "zegt",
        id="single-curly-marks",
    ),
    pytest.param(
        "«We trekken ons niet terug», zei Stoltenberg.",
        "We trekken ons niet terug",
        "Stoltenberg",
        "zei",
        id="guillemets",
    ),
    pytest.param(
        "Durant: 'NMBS moet vanaf 2002 vertragingen vergoeden'",
        "NMBS moet vanaf 2002 vertragingen vergoeden",
        "Durant",
        None,
        id="headline-name-colon",
    ),
    pytest.param(
        "Generaal Duncan McNab verklaarde: “De tanker is onze eerste prioriteit.”",
        "De tanker is onze eerste prioriteit.",
        "Duncan McNab",
        "verklaarde",
        id="cue-colon-before",
    ),
    pytest.param(
        '„De komende weken zal moeten blijken welk vervolg er komt", schrijft het kabinet aan de Kamer.',
        "De komende weken zal moeten blijken welk vervolg er komt",
        "kabinet",
        "schrijft",
        id="organisation-as-speaker-with-adjunct",
    ),
    pytest.param(
        "Afspraak eind september”, klinkt het.",
        "Afspraak eind september",
        None,  # "klinkt het" names nobody: "het" is no speaker
        "klinkt",
        id="closing-mark-only-quote-began-earlier",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "speaker", "cue"), DIRECT)
def test_quotes_direct_marks_and_cues(
    text: str, quoted: str, speaker: str | None, cue: str | None
) -> None:
    found = [f for f in _found(text) if f[3]]
    assert found, "no direct quote found"
    assert found[0][0] == quoted
    assert found[0][1] == speaker
    assert found[0][2] == cue


def test_quotes_multi_paragraph_quote_shares_speaker() -> None:
    text = (
        "„De situatie is ernstig. We volgen alles op de voet.\n\n"
        "„Maar we trekken ons niet terug uit Irak”, zegt minister Bijleveld.\n\n"
        "Het kabinet vergadert morgen."
    )
    direct = [f for f in _found(text) if f[3]]
    assert [d[0] for d in direct] == [
        "De situatie is ernstig. We volgen alles op de voet.",
        "Maar we trekken ons niet terug uit Irak",
    ]
    assert {d[1] for d in direct} == {"Bijleveld"}


def test_quotes_unclosed_paragraph_without_continuation_runs_to_paragraph_end() -> None:
    text = "„Een zitplaats vinden is onmogelijk.\n\nDe NMBS reageerde niet."
    direct = [f for f in _found(text) if f[3]]
    assert [d[0] for d in direct] == ["Een zitplaats vinden is onmogelijk."]


# --- reported speech ---------------------------------------------------------------------------

REPORTED = [
    # session 4: final cues followed by an adjunct or by the rest of the reported clause
    pytest.param(
        "De trainer is blij met de spelers die hij nu heeft, zei Karel Smit na de eerste "
        "oefenwedstrijd tegen FC Utrecht (3-1).",
        "De trainer is blij met de spelers die hij nu heeft",
        "Karel Smit",
        "zei",
        id="final-cue-then-a-long-adjunct",
    ),
    pytest.param(
        "Het probleem is niet langer de rente, stelt econoom Petra Bakker, maar juist de snel gegroeide schuld "
        "van bedrijven en huishoudens.",
        "Het probleem is niet langer de rente",
        "Petra Bakker",
        "stelt",
        id="final-cue-inside-the-clause-before-maar",
    ),
    pytest.param(
        "Directeur Tom Wolters zei gisteren er niets in te zien.",
        "niets in te zien",
        "Tom Wolters",
        "zei",
        id="particle-of-the-infinitive-is-not-the-cues",
    ),
    pytest.param(
        "Ank Bijleveld, minister van Defensie, zegt dat het kabinet begrip heeft.",
        "het kabinet begrip heeft",
        "Ank Bijleveld",
        "zegt",
        id="subject-apposition-zegt-dat",
    ),
    pytest.param(
        "Volgens Stoltenberg is de verdragsorganisatie bereid om de opleiding te hernemen.",
        "is de verdragsorganisatie bereid om de opleiding te hernemen",
        "Stoltenberg",
        "Volgens",
        id="volgens-at-start",
    ),
    pytest.param(
        "Iran moet afzien van verdere provocaties, aldus woordvoerder Piers Cazalet.",
        "Iran moet afzien van verdere provocaties",
        "Piers Cazalet",
        "aldus",
        id="aldus-role-name",
    ),
    pytest.param(
        "Defensie liet vandaag weten dat de mariniers weer aan de slag gaan.",
        "de mariniers weer aan de slag gaan",
        "Defensie",
        "liet weten",
        id="liet-weten-dat",
    ),
    pytest.param(
        "Vorige week benadrukte Rutte dat Nederland niet meedoet.",
        "Nederland niet meedoet",
        "Rutte",
        "benadrukte",
        id="inversion-after-time-adverbial",
    ),
    pytest.param(
        "Goffin had eerder op dinsdag al gezegd dat Iran een grote vergissing zou begaan.",
        "Iran een grote vergissing zou begaan",
        "Goffin",
        "gezegd",
        id="auxiliary-participle",
    ),
    pytest.param(
        "De NAVO staat in nauw contact met de Iraakse regering, zo zei Stoltenberg.",
        "De NAVO staat in nauw contact met de Iraakse regering",
        "Stoltenberg",
        "zei",
        id="zo-zei-clause-final",
    ),
    pytest.param(
        "Ghika verklaarde tegen journalisten dat hij geen toegenomen dreiging ziet.",
        "hij geen toegenomen dreiging ziet",
        "Ghika",
        "verklaarde",
        id="verklaarde-with-adjunct",
    ),
    pytest.param(
        "De minister stelt dat de missie doorgaat.",
        "de missie doorgaat",
        "minister",
        "stelt",
        id="role-noun-subject-stays-role",
    ),
    pytest.param(
        "Daarom legt Bijleveld in het programma uit dat ze een toelichting verwacht.",
        "ze een toelichting verwacht",
        "Bijleveld",
        "legt uit",
        id="separable-verb-legt-uit",
    ),
    pytest.param(
        "Zo zegt Iran bijvoorbeeld wraak te zullen nemen.",
        "wraak te zullen nemen",
        "Iran",
        "zegt",
        id="te-infinitive-inversion",
    ),
    pytest.param(
        "Iran heeft meermaals aangegeven de dood van de generaal te zullen wreken.",
        "de dood van de generaal te zullen wreken",
        "Iran",
        "aangegeven",
        id="te-infinitive-participle",
    ),
    pytest.param(
        "Hij wees er wel op dat de resolutie geen verplichting is.",
        "de resolutie geen verplichting is",
        "Hij",
        "wees op",
        id="wees-erop-dat-unresolved-pronoun",
    ),
]


@pytest.mark.parametrize(("text", "clause", "speaker", "cue"), REPORTED)
def test_quotes_reported_speech(text: str, clause: str, speaker: str, cue: str) -> None:
    reported = [f for f in _found(text) if not f[3]]
    assert reported, "no reported speech found"
    assert reported[0][0] == clause
    assert reported[0][1] == speaker
    assert reported[0][2] == cue


# --- nothing to find ---------------------------------------------------------------------------

NEGATIVE = [
    pytest.param(
        "De voorzitter stelde gisteren voor te stoppen met de vergadering.",
        id="voorstellen-with-te-is-no-saying",
    ),
    pytest.param(
        "Het was ’s avonds druk in zo’n zaal en d’r was geen plek meer.",
        id="apostrophes-s-zo-n-d-r",
    ),
    pytest.param(
        "Het was 's avonds druk in zo'n zaal, ook in de jaren '80.",
        id="straight-apostrophes-and-year",
    ),
    pytest.param(
        "De zogeheten “vredesmacht” trok zich vorige week terug uit het gebied.",
        id="scare-quotes-no-speaker",
    ),
    pytest.param("Hij las het boek „De Aanslag” in één nacht uit.", id="book-title-in-quotes"),
    pytest.param(
        "In het parlement is een motie aangenomen waarin de regering wordt gevraagd «buitenlandse troepen» "
        "te gelasten het land te verlaten.",
        id="letter-guillemets-passive-no-speaker",
    ),
    pytest.param("‘Alles terugbetalen’", id="two-word-quoted-headline-without-speaker"),
    pytest.param(
        "Iran zegt het JCPOA nadrukkelijk niet op.", id="separable-opzeggen-is-not-saying"
    ),
    pytest.param("Hij vindt dat het beter kan.", id="opinion-verb-is-not-reported-speech"),
    pytest.param(
        "Het kabinet stelt voor om de missie te verlengen.",
        id="voorstellen-om-is-not-a-te-clause-report",
    ),
    pytest.param(
        "Volgens de regels moet de missie eerst worden goedgekeurd.",
        id="volgens-de-regels-is-not-a-source",
    ),
    pytest.param("Maas’ bezoek aan Bagdad werd uitgesteld.", id="possessive-apostrophe"),
    pytest.param(
        "De statuten van de bond schrijven voor dat elke renner bij het kampioenschap start.",
        id="voorschrijven-dat-is-not-saying",
    ),
    pytest.param(
        "Ajax legt voor de vierde keer beslag op de ‘Beker met de Grote Oren’, de eerste sinds "
        "1995.",
        id="capitalised-name-in-quotes-after-de-is-no-quote",
    ),
    pytest.param(
        "Op het forum ging het de hele week over de kwestie ‘mogen we nog lachen om grappen?’.",
        id="quoted-question-after-de-kwestie-is-a-title",
    ),
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_quotes_negative_cases_find_nothing(text: str) -> None:
    assert _found(text) == []


# --- speakers ---------------------------------------------------------------------------------


def test_quotes_role_noun_resolves_to_apposition() -> None:
    text = (
        "Ank Bijleveld, minister van Defensie, zegt dat het kabinet begrip heeft.\n\n"
        "We moeten tot deëscalatie komen, zegt de minister."
    )
    found = _found(text)
    assert found[-1][0] == "We moeten tot deëscalatie komen"
    assert found[-1][1] == "Ank Bijleveld"


def test_quotes_generic_leader_noun_and_pronoun_resolve_to_recent_speaker() -> None:
    text = (
        "Jens Stoltenberg, de secretaris-generaal van de NAVO, sprak met de premier. "
        "Stoltenberg benadrukte dat de leden geëngageerd zijn. "
        "Volgens de NAVO-baas is de opleiding van onschatbare waarde. "
        "Hij benadrukte nog eens dat het bondgenootschap oproept tot de-escalatie. "
        "Iran moet afzien van verdere provocaties, aldus nog de topman."
    )
    speakers = [f[1] for f in _found(text)]
    assert speakers == ["Stoltenberg", "Stoltenberg", "Stoltenberg", "Stoltenberg"]


def test_quotes_prefix_role_resolves_later_role_noun() -> None:
    text = (
        "Volgens woordvoerder Piers Cazalet is de missie belangrijk. "
        "De NAVO blijft in Irak, zei de woordvoerder later."
    )
    assert [f[1] for f in _found(text)] == ["Piers Cazalet", "Piers Cazalet"]


def test_quotes_unresolvable_role_keeps_role_words() -> None:
    text = "Er zijn volgens de woordvoerder nog geen plannen om de militairen terug te halen."
    [(quoted, speaker, cue, direct)] = _found(text)
    assert (speaker, cue, direct) == ("woordvoerder", "volgens", False)


def test_quotes_pronoun_without_antecedent_stays_pronoun() -> None:
    [(_, speaker, _, _)] = _found("Hij zei dat het goed ging met de missie.")
    assert speaker == "Hij"


def test_quotes_short_fragment_takes_previous_speaker() -> None:
    text = '„Wij hebben begrip voor het feit dat het is gebeurd", zegt Bijleveld. Soleimani was een „echte boef".'
    found = _found(text)
    assert found[1][:2] == ("echte boef", "Bijleveld")


def test_quotes_ner_mentions_choose_the_person() -> None:
    text = "Minister van Buitenlandse Zaken Philippe Goffin had al gezegd dat Iran een vergissing begaat."
    i = text.index("Philippe Goffin")
    j = text.index("Buitenlandse Zaken")
    mentions = [
        Mention(j, j + len("Buitenlandse Zaken"), "ORG"),
        Mention(i, i + len("Philippe Goffin"), "PER"),
    ]
    [(_, speaker, _, _)] = _found(text, mentions)
    assert speaker == "Philippe Goffin"


def _person_mentions(text: str, names: list[str]) -> list[Mention]:
    """PER mentions at every occurrence of each name, as NER would tag them (longest first)."""
    out: list[Mention] = []
    for name in sorted(names, key=len, reverse=True):
        k = text.find(name)
        while k >= 0:
            if not any(m.start <= k < m.end for m in out):
                out.append(Mention(k, k + len(name), "PER"))
            k = text.find(name, k + 1)
    return sorted(out, key=lambda m: m.start)


def test_quotes_speaker_entity_is_left_to_the_linker() -> None:
    """The finder leaves `Quote.speaker` empty and marks the speaker's words; the export then
    takes the linked entity whose mention covers those words (`entity_at`)."""
    from kroniek.export import entity_at
    from kroniek.link.entities import link_documents

    text = (
        "„Het gaat goed”, zegt premier Mark Rutte. „Dat klopt niet”, zei Geert Wilders. "
        "Rutte wil verder praten."
    )
    doc = _doc(text, _person_mentions(text, ["Mark Rutte", "Geert Wilders", "Rutte"]))
    doc.quotes = find_quotes(doc)
    entities = link_documents([doc])
    spans = [(s, e, ent.id) for ent in entities for _, s, e in ent.mentions]
    names = {ent.id: ent.name for ent in entities}
    speakers = [
        names.get(entity_at(spans, q.speaker_start, q.speaker_end) or "") for q in doc.quotes
    ]
    assert speakers == ["Mark Rutte", "Geert Wilders"]


OFFSETS = [
    pytest.param(
        "Intro.\n\n„Het risico bestaat dat alles verloren gaat”, zei Maas. Volgens Blok klopt dat niet.",
        [("Het risico bestaat dat alles verloren gaat", "Maas"), ("klopt dat niet", "Blok")],
        id="direct-quote-after-a-paragraph-then-volgens",
    ),
    pytest.param(
        "Café-eigenaren protesteren.\n\n„We gaan failliet”, zegt horecaondernemer Anouk de Vries. Ze wil steun.",
        [("We gaan failliet", "Anouk de Vries")],
        id="accented-heading-before-the-quote-and-a-full-name",
    ),
    pytest.param(
        "Premier Rutte zei dinsdag dat het kabinet de maatregelen verlengt.",
        [("het kabinet de maatregelen verlengt", "Rutte")],
        id="reported-speech-with-title-before-the-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OFFSETS)
def test_quotes_offsets_point_into_the_text(text: str, expected: list[tuple[str, str]]) -> None:
    quotes = find_quotes(_doc(text))
    assert [
        (text[q.start : q.end], text[q.speaker_start : q.speaker_end])
        for q in quotes
        if q.speaker_start is not None
    ] == expected
    assert len(quotes) == len(expected), "every quote found has its speaker's offsets"
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end].strip() == text[q.start : q.end]
        assert q.speaker_start is not None and q.speaker_end is not None
        assert 0 <= q.speaker_start < q.speaker_end <= len(text)


def test_quotes_component_sets_layer_in_pipeline() -> None:
    # No Frog layers on this document: the quote marks and the cue verb are enough for a direct quote.
    given = ("sentences", "tokens", "mentions", "chains")
    doc = Pipeline([QuoteExtractor()], given=given)(_doc("„Het gaat goed”, zegt Rutte."))
    assert doc.processed == ["quotes"]
    assert len(doc.quotes) == 1 and doc.quotes[0].direct


# --- the sample corpus ------------------------------------------------------------------------


def _seed(seeds_dir: Path, prefix: str) -> Document:
    from kroniek.ingest import iter_inputs
    from kroniek.settings import Settings

    path = next(seeds_dir.glob(f"{prefix}_*"))
    [doc] = [d for d in iter_inputs([str(path)], Settings()) if isinstance(d, Document)]
    return doc


SEED_ROWS = [
    pytest.param(
        "000",
        "Wij hebben begrip voor het feit dat het is gebeurd",
        "Bijleveld",
        True,
        id="seed000-direct-zegt",
    ),
    pytest.param("000", "echte boef", "Bijleveld", True, id="seed000-fragment-carried-over"),
    pytest.param(
        "000",
        "We moeten tot deëscalatie komen",
        "Bijleveld",  # the latest mention before the quote, not the introduction
        False,
        id="seed000-de-minister-resolved",
    ),
    pytest.param(
        "001",
        "De internationale gemeenschap heeft grote investeringen gedaan om Irak te helpen "
        "stabiliseren en weer op te bouwen",
        "Maas",
        True,
        id="seed001-comma-comma-sprak",
    ),
    pytest.param(
        "001",
        "‘niet heel hulpvaardig’ te zijn als het gaat om het dreigen met sancties als Bagdad de "
        "Amerikaanse troepen de deur wijst",
        "Duitsland",
        False,  # the quoted phrase is part of the reported clause: one quote, not two
        id="seed001-fragment-inside-te-infinitive-is-one-quote",
    ),
    pytest.param(
        "003",
        "Het is aan de regering om een beslissing te nemen",
        "Goffin",
        True,
        id="seed003-curly-aldus",
    ),
    pytest.param(
        "003",
        "Iran moet afzien van verdere provocaties",
        "Stoltenberg",
        False,
        id="seed003-aldus-de-topman",
    ),
    pytest.param(
        "004",
        "Het is niet bepaald een geheim dat de Amerikaanse minister Pompeo van Buitenlandse Zaken "
        "en nationale veiligheidsadviseur Bolton een agressieve koers willen varen ten opzichte van Iran. "
        "Washington voert al meer dan een jaar de druk op.",
        "Van der Horst",
        True,
        id="seed004-html-quote-carried-from-previous-sentence",
    ),
]


@pytest.mark.parametrize(("seed", "quoted", "speaker", "direct"), SEED_ROWS)
def test_quotes_seed_documents(
    seeds_dir: Path, seed: str, quoted: str, speaker: str, direct: bool
) -> None:
    doc = _seed(seeds_dir, seed)
    hits = [
        q for q in find_quotes(doc) if doc.text[q.start : q.end] == quoted and q.direct == direct
    ]
    assert hits, f"{quoted!r} not found"
    q = hits[0]
    assert q.speaker_start is not None
    assert doc.text[q.speaker_start : q.speaker_end] == speaker


@pytest.mark.usefixtures("warm_readers")  # the letter has line-end hyphens: its reader finds the word list indexed
def test_quotes_seed_letter_guillemets_are_not_quotes(seeds_dir: Path) -> None:
    doc = _seed(seeds_dir, "002")
    assert not any(doc.text[q.start : q.end] == "buitenlandse troepen" for q in find_quotes(doc))
    assert not any(q.direct for q in find_quotes(doc))


# --- marks and layout (kroniek.extract.quote_marks) ------------------------------------------

SENTENCE_ROWS = [
    pytest.param(
        "Het gaat om de VS. Daarom zegt hij niets.",
        ["Het gaat om de VS.", "Daarom zegt hij niets."],
        id="country-abbreviation-ends-sentence",
    ),
    pytest.param(
        "Dhr. Jansen zei: „Nee.” En toen?",
        ["Dhr. Jansen zei: „Nee.”", "En toen?"],
        id="title-abbreviation-and-closing-mark",
    ),
    pytest.param(
        "Hij zei het. ,,Nee’’, zei zij.",
        ["Hij zei het.", ",,Nee’’, zei zij."],
        id="raw-comma-comma-opens-next-sentence",
    ),
    pytest.param(
        "Eerste alinea\n\ntweede alinea", ["Eerste alinea", "tweede alinea"], id="paragraph-break"
    ),
]


NICKNAME_ROWS = [
    pytest.param(
        "„Ik vlieg heel veel”, vertelde Tom. Zijn pas ging vorige maand naar ‘Gold’ en dat "
        "schaamt hij zich.",
        id="one-capitalised-quoted-word-after-a-preposition-is-a-name",
    ),
    pytest.param(
        "„Wij zijn heel blij”, zei Angela. Haar zonen Marco ‘MJ’ Jansen en Piet waren er ook bij.",
        id="nickname-between-first-name-and-surname",
    ),
    pytest.param(
        "„We hebben gewonnen”, zei de trainer. Oud-keeper Hans ’de Muur’ van Dijk kwam kijken.",
        id="nickname-with-particle-surname",
    ),
]


@pytest.mark.parametrize("text", NICKNAME_ROWS)
def test_quotes_nickname_inside_a_name_is_no_quote(text: str) -> None:
    """A short quoted phrase between a first name and a surname is part of the name; the
    speaker carried from the sentence before must not make it a quote."""
    assert len(_found(text)) == 1


@pytest.mark.parametrize(("text", "sentences"), SENTENCE_ROWS)
def test_quotes_marks_sentence_split(text: str, sentences: list[str]) -> None:
    from kroniek.extract.quote_marks import split_sentences

    assert [text[s:e] for s, e in split_sentences(text)] == sentences


PAIR_ROWS = [
    pytest.param("Hij zei „ja” en ‘nee’.", ["ja", "nee"], id="two-styles-in-one-paragraph"),
    pytest.param(
        "„Hij noemde het ‘onzin’, echt”, zei ze.",
        ["Hij noemde het ‘onzin’, echt"],
        id="nested-single-inside-double",
    ),
    pytest.param("Het is ’s avonds en zo’n dag, zei Maas’ vrouw.", [], id="apostrophes-only"),
    # De Telegraaf's style: the same mark opens and closes; ’s, ’t and '80 stay apostrophes
    pytest.param("’Weg hier’, riep een buurman.", ["Weg hier"], id="right-single-opens-and-closes"),
    pytest.param(
        "Ze schreef ’Wij gaan. Niemand houdt ons tegen.’ Daarna vertrok ze.",
        ["Wij gaan. Niemand houdt ons tegen."],
        id="right-single-over-two-sentences",
    ),
    pytest.param(
        "’s Morgens en ’t jaar ’98 gingen voorbij, zei hij.", [], id="right-single-apostrophes"
    ),
    pytest.param("Ik zag ’m gisteren, zei ze.", [], id="right-single-unclosed-is-apostrophe"),
    pytest.param(
        ",,Ja'', zei hij. ,,Nee’’, zei zij.", ["Ja", "Nee"], id="raw-double-commas-and-apostrophes"
    ),
    pytest.param("«Non», zei hij, in de jaren '80.", ["Non"], id="guillemets-and-year-apostrophe"),
    pytest.param(
        '"Bovendien", zegt Leblanc, "is de ploeg sterker dan vorig jaar.',
        ["Bovendien", "is de ploeg sterker dan vorig jaar."],
        id="quote-resumed-after-its-cue-runs-to-paragraph-end",
    ),
    pytest.param(
        'Hij zei "ja", en daarna "nee" tegen iedereen.',
        ["ja", "nee"],
        id="two-quotes-without-cue-between-stay-separate",
    ),
    # session 5: a quote opening a sentence and never closed in its paragraph runs to the
    # paragraph end (the next paragraph may open with a mark and go on); not when another quote
    # opens after it or a cue after a comma shows where the close was left out
    pytest.param(
        "„Ik stop”, zegt hij. „Daarom ga ik weg. Het is tijd.",
        ["Ik stop", "Daarom ga ik weg. Het is tijd."],
        id="unclosed-quote-opening-a-sentence-runs-to-paragraph-end",
    ),
    pytest.param(
        "De wethouder is blij. „We willen schone lucht , zegt Els Bos. Volgens de GGD is dat nodig.",
        [],
        id="unclosed-quote-with-a-cue-inside-is-not-run-to-the-end",
    ),
    pytest.param(
        "Hij lachte. „Nee. Toen zong hij «Oui» en ging weg.",
        ["Oui"],
        id="unclosed-quote-with-another-quote-after-it-is-no-quote",
    ),
    pytest.param(
        "„Het is slim”, klinkt het. ,, Trump is gek genoeg.”",
        ["Het is slim", "Trump is gek genoeg."],
        id="double-comma-typed-with-a-space-before-a-capital-opens",
    ),
    pytest.param("De prijs was 5,, 6 euro en zo.", [], id="double-comma-typo-before-a-digit"),
]


RESUMED_ROWS = [
    pytest.param(
        '"We gaan door", zei premier Mark Rutte dinsdag, "want dit is nodig."',
        True,
        id="cue-between-two-parts",
    ),
    pytest.param(
        "“De reacties zijn enorm,” zei Julien Talavan, woordvoerder van de vakbond, “dit is pas het begin.”",
        True,
        id="comma-inside-the-first-part-and-apposition",
    ),
    pytest.param('"Ja", antwoordde ze. "Nee", zei hij.', False, id="new-sentence-between"),
    pytest.param('Het woord "ja" en het woord "nee" kwamen vaak voor.', False, id="no-cue-between"),
]


@pytest.mark.parametrize(("text", "resumed"), RESUMED_ROWS)
def test_quotes_marks_interrupted_quote(text: str, resumed: bool) -> None:
    from kroniek.extract.quote_marks import pair_marks

    found, _ = pair_marks(text, 0, len(text), None)
    assert len(found) == 2
    assert found[1][2] is resumed


@pytest.mark.parametrize(("text", "quoted"), PAIR_ROWS)
def test_quotes_marks_pairing(text: str, quoted: list[str]) -> None:
    from kroniek.extract.quote_marks import pair_marks

    found, _ = pair_marks(text, 0, len(text), None)
    assert [text[s:e] for s, e, _ in found] == quoted


# --- speaker resolution: who said it, or nobody when the text does not say ----------------------

SPEAKER_ROWS = [
    # quotes interrupted by their cue
    pytest.param(
        '"We gaan door", zei premier Mark Rutte dinsdag, "want dit is nodig." De oppositie reageerde boos.',
        "want dit is nodig",
        "Mark Rutte",
        id="second-part-of-interrupted-quote-takes-the-cue-speaker",
    ),
    pytest.param(
        '"Bovendien", zegt Leblanc, "vertegenwoordigt de ploeg een land dat veel heeft bijgedragen aan de Tour.',
        "vertegenwoordigt de ploeg",
        "Leblanc",
        id="interrupted-quote-left-open-keeps-the-speaker",
    ),
    # personal pronouns
    pytest.param(
        'Minister Hoekstra sprak dinsdag met zijn collega\'s. "We moeten samen optrekken", zei '
        "Hoekstra. Later op de dag zei hij dat de sancties blijven.",
        "de sancties blijven",
        "Hoekstra",
        id="pronoun-takes-the-last-named-speaker",
    ),
    pytest.param(
        "Mark Rutte zei dat het kabinet doorgaat. Sigrid Kaag reageerde later op de plannen. "
        "Zij zei dat de coalitie eensgezind is.",
        "de coalitie eensgezind is",
        "Sigrid Kaag",
        id="pronoun-takes-a-newer-sentence-subject-over-the-last-speaker",
    ),
    pytest.param(
        "Mark Rutte en Sigrid Kaag spraken urenlang met elkaar. Hij zei dat er geen akkoord is.",
        "er geen akkoord is",
        "Hij",
        id="pronoun-with-two-competing-persons-stays-unresolved",
    ),
    pytest.param(
        '"Ik heb Johan Cruijff nog zien spelen", zegt hij.',
        "Ik heb Johan Cruijff",
        "hij",
        id="pronoun-never-resolves-to-a-name-inside-the-quote",
    ),
    pytest.param(
        "Afgaande op zijn ervaring zei hij dat de bezoekers tevreden waren.",
        "de bezoekers tevreden waren",
        "hij",
        id="sentence-initial-capital-word-is-no-antecedent",
    ),
    pytest.param(
        "De Verenigde Staten kondigden nieuwe heffingen aan. Hij zei dat de markt zal reageren.",
        "de markt zal reageren",
        "Hij",
        id="name-with-an-article-is-no-person-antecedent",
    ),
    pytest.param(
        "Maar de laatste maanden zijn de treinritten van Robeyns een bron van ergernis. "
        '"\'s Avonds stap ik op in Brussel", legt hij uit.',
        "'s Avonds stap ik op",
        "hij",
        id="pronoun-does-not-resolve-to-a-complement-after-van",
    ),
    # role nouns
    pytest.param(
        "NAVO-chef Jens Stoltenberg bezocht dinsdag Bagdad. De missie gaat door, aldus de NAVO-baas.",
        "De missie gaat door",
        "Jens Stoltenberg",
        id="role-synonym-baas-for-chef-with-the-same-qualifier",
    ),
    pytest.param(
        "VN-chef António Guterres sprak in New York. De missie gaat door, aldus de NAVO-baas.",
        "De missie gaat door",
        "NAVO-baas",
        id="role-with-another-qualifier-stays-unresolved",
    ),
    pytest.param(
        "Wopke Hoekstra, minister van Financiën, presenteerde de begroting. "
        "De bewindsman zei dat de lasten dalen.",
        "de lasten dalen",
        "Wopke Hoekstra",
        id="role-synonym-bewindsman-for-minister-in-apposition",
    ),
    pytest.param(
        "Ank Bijleveld, minister van Defensie, sprak met de Kamer. Bijleveld noemde de situatie "
        "ernstig. Het is onrustig in de regio, zegt de minister.",
        "Het is onrustig in de regio",
        "Bijleveld",
        id="resolved-speaker-points-at-the-latest-mention",
    ),
    pytest.param(
        "De woordvoerder zei dat er nog geen besluit is genomen.",
        "er nog geen besluit is genomen",
        "woordvoerder",
        id="role-without-introduction-keeps-the-role-words",
    ),
    pytest.param(
        "General Motors vroeg dinsdag faillissement aan. Het bedrijf zei dat de fabrieken openblijven.",
        "de fabrieken openblijven",
        "bedrijf",
        id="organisation-noun-without-ner-stays-unresolved",
    ),
    # subjects of the reporting verb
    pytest.param(
        "Louis Gallois, president en CEO van het bedrijf, verklaarde dat de banen verdwijnen.",
        "de banen verdwijnen",
        "Louis Gallois",
        id="en-inside-an-apposition-does-not-start-a-new-subject",
    ),
    pytest.param(
        "Het is niet duidelijk of de planning wordt gehaald en bronnen geven aan dat de eerste "
        "vlucht wordt uitgesteld.",
        "de eerste vlucht wordt uitgesteld",
        "bronnen",
        id="coordinated-clause-has-its-own-subject",
    ),
    pytest.param(
        "De deal werd vorige week tot verbazing van de sector afgeblazen maar Dermot Mannion, "
        "topman van Aer Lingus, verklaarde dat de vloot wordt vernieuwd.",
        "de vloot wordt vernieuwd",
        "Dermot Mannion",
        id="subject-after-maar-with-apposition",
    ),
    pytest.param(
        "De Belgische overheid heeft aangekondigd dat zij 150 miljoen euro steun geeft.",
        "zij 150 miljoen euro steun geeft",
        "Belgische overheid",
        id="separable-participle-takes-its-auxiliary-as-finite-verb",
    ),
    pytest.param(
        "Van de renner wordt wel eens gezegd dat hij te voorzichtig rijdt.",
        "hij te voorzichtig rijdt",
        None,
        id="passive-reporting-verb-has-no-speaker",
    ),
    pytest.param(
        "Er werd door de minister gezegd dat de grens dicht blijft.",
        "de grens dicht blijft",
        "minister",
        id="passive-with-door-agent-names-the-speaker",
    ),
    pytest.param(
        "Nadat het plan door de Senaat werd weggestemd, zei het Witte Huis dat andere opties "
        "worden bekeken.",
        "andere opties worden bekeken",
        "Witte Huis",
        id="finite-cue-is-not-passive-because-of-an-earlier-clause",
    ),
    pytest.param(
        "Rutte zei dat het kabinet doorgaat. Critici, die zeiden dat de regering te laat was, "
        "kregen geen antwoord.",
        "de regering te laat was",
        "Critici",  # the relative pronoun's antecedent (session 9; was the bare "die")
        id="relative-pronoun-speaker-is-not-replaced-by-the-previous-speaker",
    ),
    pytest.param(
        "Na kritiek van tegenstanders, die zeiden dat de staat zich ermee zou bemoeien, zei "
        'Obama dat hij "geen interesse" had in het beheer.',
        'hij "geen interesse" had',
        "Obama",
        id="quoted-phrase-inside-the-frame-is-part-of-its-clause",
    ),
    pytest.param(
        "Volgens topman en VNO-voorzitter Ingrid Thijssen moet het kabinet snel handelen.",
        "moet het kabinet snel handelen",
        "Ingrid Thijssen",
        id="coordinated-roles-before-the-name",
    ),
    pytest.param(
        "Vertegenwoordigers van de vakbonden zeiden dat duizenden werknemers het werk neerlegden.",
        "duizenden werknemers het werk neerlegden",
        "Vertegenwoordigers",
        id="surface-name-does-not-end-in-a-particle",
    ),
    pytest.param(
        "Boeing claimt dat het nieuwe toestel twintig procent zuiniger is.",
        "het nieuwe toestel twintig procent zuiniger is",
        "Boeing",
        id="claimen-is-a-reporting-verb",
    ),
    # colon frames and speech nouns
    pytest.param(
        'Weer dat lachje: "Ik geef geen antwoord."',
        "Ik geef geen antwoord.",
        None,
        id="colon-frame-without-a-name-names-nobody",
    ),
    pytest.param(
        'Leemans: "Op alle kaarten zit nu een magneetstrook."',
        "Op alle kaarten zit nu een magneetstrook.",
        "Leemans",
        id="colon-frame-with-a-name",
    ),
    pytest.param(
        '"Dit kan zo niet verder", luidde de reactie van de vakbond.',
        "Dit kan zo niet verder",
        "vakbond",
        id="speech-noun-names-its-owner",
    ),
    pytest.param(
        '"Dat is onaanvaardbaar", zo luidde het antwoord van minister Kajsa Ollongren.',
        "Dat is onaanvaardbaar",
        "Kajsa Ollongren",
        id="speech-noun-with-a-named-owner",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), SPEAKER_ROWS)
def test_quotes_speaker_resolution(text: str, quoted: str, speaker: str | None) -> None:
    hits = [f for f in _found(text) if f[0].startswith(quoted)]
    assert hits, f"{quoted!r} not found in {_found(text)}"
    assert hits[0][1] == speaker


def test_quotes_organisation_noun_resolves_to_ner_organisation() -> None:
    text = "General Motors vroeg dinsdag faillissement aan. Het bedrijf zei dat de fabrieken openblijven."
    mentions = [Mention(0, len("General Motors"), "ORG")]
    [(_, speaker, _, _)] = _found(text, mentions)
    assert speaker == "General Motors"


def test_quotes_frog_tags_reject_a_verb_as_subject() -> None:
    from kroniek.model import Sentence, Token

    words = [
        ("Gebaseerd", "WW(vd,vrij,zonder)", 5, "mod"),
        ("op", "VZ(init)", 0, "pc"),
        ("uitspraken", "N(soort,mv,basis)", 1, "obj1"),
        ("van", "VZ(init)", 2, "mod"),
        ("ingewijden", "N(soort,mv,basis)", 3, "obj1"),
        ("meldde", "WW(pv,verl,ev)", -1, "ROOT"),
        ("de", "LID(bep,stan,rest)", 7, "det"),
        ("krant", "N(soort,ev,basis,zijd,stan)", 5, "su"),
        ("dat", "VG(onder)", 5, "vc"),
        ("de", "LID(bep,stan,rest)", 10, "det"),
        ("topman", "N(soort,ev,basis,zijd,stan)", 11, "su"),
        ("is", "WW(pv,tgw,ev)", 8, "body"),
        ("vertrokken", "WW(vd,vrij,zonder)", 11, "vc"),
        (".", "LET()", 5, "punct"),
    ]
    text = " ".join(w for w, *_ in words[:-1]) + "."
    tokens, pos = [], 0
    for w, tag, head, rel in words:
        start = text.index(w, pos)
        tokens.append(Token(start, start + len(w), w.lower(), tag, head=head, deprel=rel))
        pos = start + len(w)
    doc = _doc(text)
    assert [f[1] for f in _found(text)] == ["Gebaseerd"]  # surface rules alone are fooled
    doc.tokens = tokens
    doc.sentences = [Sentence(0, len(text), 0, len(tokens))]
    [q] = find_quotes(doc)
    assert text[q.speaker_start : q.speaker_end] == "krant"
