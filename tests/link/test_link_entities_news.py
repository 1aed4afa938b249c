"""Entity linking rules for real Dutch news, on texts written for these tests.

Each row gives a few short news texts with the mentions a NER component would find (placed by
searching the text, types as the CRF tends to give them, wrong ones included) and a pair that
must or must not end up as one entity.
"""

from __future__ import annotations

import re

import pytest

from kroniek.link.entities import EntityLinker
from kroniek.model import Document, Mention


def _doc(doc_id: str, text: str, names: list[tuple[str, str]]) -> Document:
    mentions, taken = [], []
    for name, typ in sorted(names, key=lambda n: -len(n[0])):
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                taken.append((m.start(), m.end()))
                mentions.append(Mention(m.start(), m.end(), typ, source="test"))
    return Document(id=doc_id, text=text, source=doc_id, mentions=sorted(mentions, key=lambda x: x.start))


def _entity(linker: EntityLinker, docs: list[Document], doc_id: str, surface: str) -> str:
    doc = next(d for d in docs if d.id == doc_id)
    m = next(m for m in doc.mentions if doc.text[m.start : m.end] == surface)
    return linker.assignments()[(doc_id, m.start, m.end)]


NEWS = [
    pytest.param(
        [
            ("GroenLinks-leider Jesse Klaver debatteerde met premier Rutte over het klimaat.",
             [("Jesse Klaver", "PER"), ("Rutte", "PER"), ("GroenLinks", "ORG")]),
            ("Volgens Klaver moet Rutte meer doen; GroenLinks dient een motie in.",
             [("Klaver", "MISC"), ("Rutte", "PER"), ("GroenLinks", "ORG")]),
        ],
        ("d0", "Jesse Klaver"), ("d1", "Klaver"), True,
        id="bare surname tagged MISC in another text, shared party: the person",
    ),
    pytest.param(
        [
            ("Minister Ank Bijleveld van Defensie schreef de Tweede Kamer over Mali.",
             [("Ank Bijleveld", "PER"), ("Defensie", "ORG"), ("Tweede Kamer", "ORG"), ("Mali", "LOC")]),
            ("Bijleveld-Schouten stuurde de Tweede Kamer een brief over de missie in Mali.",
             [("Bijleveld-Schouten", "LOC"), ("Tweede Kamer", "ORG"), ("Mali", "LOC")]),
        ],
        ("d0", "Ank Bijleveld"), ("d1", "Bijleveld-Schouten"), True,
        id="maiden name added with a hyphen, tagged LOC: same person",
    ),
    pytest.param(
        [
            ("De brief is ondertekend door S.A.M. Kaag, minister voor Buitenlandse Handel.",
             [("S.A.M. Kaag", "PER"), ("Buitenlandse Handel", "ORG")]),
            ("Kaag reist volgende week met een handelsmissie; Buitenlandse Handel betaalt.",
             [("Kaag", "MISC"), ("Buitenlandse Handel", "ORG")]),
        ],
        ("d0", "S.A.M. Kaag"), ("d1", "Kaag"), True,
        id="initials and surname vs the bare surname tagged MISC",
    ),
    pytest.param(
        [
            ("Minister Wopke Hoekstra van Financiën wil de btw verlagen, zegt het CDA.",
             [("Wopke Hoekstra", "PER"), ("Financiën", "ORG"), ("CDA", "ORG")]),
            ("Minister Wobke Hoekstra (Financiën) sluit niets uit, aldus het CDA.",
             [("Wobke Hoekstra", "PER"), ("Financiën", "ORG"), ("CDA", "ORG")]),
        ],
        ("d0", "Wopke Hoekstra"), ("d1", "Wobke Hoekstra"), True,
        id="first name misspelt by one letter, shared context",
    ),
    pytest.param(
        [
            ("De Partij van de Arbeid wint in Groningen; de PvdA is blij.",
             [("Partij van de Arbeid", "ORG"), ("PvdA", "ORG"), ("Groningen", "LOC")]),
        ],
        ("d0", "Partij van de Arbeid"), ("d0", "PvdA"), True,
        id="Dutch acronym with lowercase particles",
    ),
    pytest.param(
        [
            ("Forum voor Democratie wint in Noord-Holland, zegt Thierry Baudet.",
             [("Forum voor Democratie", "MISC"), ("Noord-Holland", "LOC"), ("Thierry Baudet", "PER")]),
            ("Baudet zegt dat FvD in Noord-Holland de grootste is.",
             [("Baudet", "ORG"), ("FvD", "ORG"), ("Noord-Holland", "LOC")]),
        ],
        ("d0", "Forum voor Democratie"), ("d1", "FvD"), True,
        id="acronym keeping 'voor', other text, long form tagged MISC",
    ),
    pytest.param(
        [
            ("Ollongren sprak in Den Haag met de woningcorporaties over D66.",
             [("Ollongren", "PER"), ("Den Haag", "LOC"), ("D66", "ORG")]),
            ("Vicepremier Kajsa Ollongren van D66 opende in Den Haag een woonwijk.",
             [("Kajsa Ollongren", "PER"), ("D66", "ORG"), ("Den Haag", "LOC")]),
        ],
        ("d0", "Ollongren"), ("d1", "Kajsa Ollongren"), True,
        id="bare surname seen before the full name, shared context: one person",
    ),
    pytest.param(
        [
            ("Kajsa Ollongren bezocht het WK vrouwenvoetbal in Lyon.",
             [("Kajsa Ollongren", "PER"), ("Lyon", "LOC")]),
            ("Ollongren sprak in Den Haag met de woningcorporaties over D66.",
             [("Ollongren", "PER"), ("Den Haag", "LOC"), ("D66", "ORG")]),
            ("Minister Kajsa Ollongren van D66 opende in Den Haag een woonwijk.",
             [("Kajsa Ollongren", "PER"), ("D66", "ORG"), ("Den Haag", "LOC")]),
        ],
        ("d1", "Ollongren"), ("d0", "Kajsa Ollongren"), True,
        id="bare surname met between two full names: absorbed by the one person",
    ),
    pytest.param(
        [
            ("Minister Blok van Buitenlandse Zaken reist naar Bagdad, schrijft hij de Kamer.",
             [("Blok", "PER"), ("Buitenlandse Zaken", "ORG"), ("Bagdad", "LOC"), ("Kamer", "ORG")]),
            ("In Bagdad sprak Blok met de premier; Buitenlandse Zaken bevestigt dat.",
             [("Bagdad", "LOC"), ("Blok", "MISC"), ("Buitenlandse Zaken", "ORG")]),
        ],
        ("d0", "Blok"), ("d1", "Blok"), True,
        id="a surname tagged MISC joins the person known by that surname in another letter",
    ),
    pytest.param(
        [
            ("Jan de Vries (VVD) wil een debat over de politie.",
             [("Jan de Vries", "PER"), ("VVD", "ORG")]),
            ("Marieke de Vries (VVD) wil een debat over de politie.",
             [("Marieke de Vries", "PER"), ("VVD", "ORG")]),
            ("De Vries (VVD) kreeg steun voor het debat over de politie.",
             [("De Vries", "PER"), ("VVD", "ORG")]),
        ],
        ("d0", "Jan de Vries"), ("d2", "De Vries"), False,
        id="two named people fit the bare surname: guess neither",
    ),
    pytest.param(
        [
            ("De Europese Unie en de EU-lidstaten praten in Brussel over Iran.",
             [("Europese Unie", "ORG"), ("Brussel", "LOC"), ("Iran", "LOC")]),
            ("De EU wil sancties tegen Iran, zei de Hoge Vertegenwoordiger van de Unie in Brussel.",
             [("EU", "ORG"), ("Iran", "LOC"), ("Unie", "ORG"), ("Brussel", "LOC")]),
        ],
        ("d1", "EU"), ("d1", "Unie"), False,
        id="EU is not the bare word Unie",
    ),
    pytest.param(
        [
            ("De Raad Buitenlandse Zaken besprak in Brussel de sancties; minister Blok van Buitenlandse Zaken was er.",
             [("Raad Buitenlandse Zaken", "ORG"), ("Brussel", "LOC"), ("Blok", "PER"), ("Buitenlandse Zaken", "ORG")]),
        ],
        ("d0", "Raad Buitenlandse Zaken"), ("d0", "Buitenlandse Zaken"), False,
        id="the council of foreign ministers is not the ministry",
    ),
    pytest.param(
        [
            ("Het kabinet-Rutte III wil dat premier Mark Rutte in Brussel onderhandelt.",
             [("Rutte III", "ORG"), ("Mark Rutte", "PER"), ("Brussel", "LOC")]),
        ],
        ("d0", "Rutte III"), ("d0", "Mark Rutte"), False,
        id="a cabinet is not its premier",
    ),
    pytest.param(
        [
            ("De Tweede Kamer stemde in; de Eerste Kamer moet nog stemmen.",
             [("Tweede Kamer", "ORG"), ("Eerste Kamer", "ORG")]),
        ],
        ("d0", "Tweede Kamer"), ("d0", "Eerste Kamer"), False,
        id="the two chambers of parliament",
    ),
    pytest.param(
        [
            ("Pieter Heerma leidt de CDA-fractie. Zijn vader Enneüs Heerma was wethouder.",
             [("Pieter Heerma", "PER"), ("Enneüs Heerma", "PER"), ("CDA", "ORG")]),
        ],
        ("d0", "Pieter Heerma"), ("d0", "Enneüs Heerma"), False,
        id="father and son share a surname",
    ),
    pytest.param(
        [
            ("Ben Smith, CEO van Air France-KLM, bezocht dinsdag Schiphol. Het bedrijf groeit weer, "
             "zei de topman. Volgens CEO van Air France-KLM komen er banen bij.",
             [("Ben Smith", "PER"), ("CEO van Air France-KLM", "PER"), ("Schiphol", "LOC")]),
        ],
        ("d0", "Ben Smith"), ("d0", "CEO van Air France-KLM"), True,
        id="a role without a name is the one person the text gave that role",
    ),
    pytest.param(
        [
            ("Jan Jansen, burgemeester van Zwolle, nam afscheid. Ook Petra Smit, burgemeester van "
             "Zwolle, sprak. Burgemeester van Zwolle opende daarna het feest.",
             [("Jan Jansen", "PER"), ("Petra Smit", "PER"), ("Burgemeester van Zwolle", "PER")]),
        ],
        ("d0", "Jan Jansen"), ("d0", "Burgemeester van Zwolle"), False,
        id="two people with that role: the role alone names neither",
    ),
]


@pytest.mark.parametrize(("texts", "a", "b", "same"), NEWS)
def test_entities_news_rules(texts, a, b, same):
    docs = [_doc(f"d{i}", t, names) for i, (t, names) in enumerate(texts)]
    linker = EntityLinker()
    for d in docs:
        linker.add(d)
    assert (_entity(linker, docs, *a) == _entity(linker, docs, *b)) is same


def test_entities_news_bare_surname_entity_is_a_person():
    """A surname the NER typed ORG becomes a PER entity once it joins the person."""
    docs = [
        _doc("d0", "Thierry Baudet van Forum voor Democratie sprak in Amsterdam.",
             [("Thierry Baudet", "PER"), ("Forum voor Democratie", "ORG"), ("Amsterdam", "LOC")]),
        _doc("d1", "In Amsterdam zei Baudet dat Forum voor Democratie groeit.",
             [("Baudet", "ORG"), ("Forum voor Democratie", "ORG"), ("Amsterdam", "LOC")]),
    ]
    linker = EntityLinker()
    for d in docs:
        linker.add(d)
    eid = _entity(linker, docs, "d1", "Baudet")
    entity = next(e for e in linker.entities() if e.id == eid)
    assert entity.type == "PER" and entity.name == "Thierry Baudet"


@pytest.mark.parametrize(
    ("mention", "core"),
    [
        pytest.param("``We", None, id="a capitalised pronoun opening a quote is no name"),
        pytest.param("Onze", None, id="possessive pronoun at a sentence start"),
        pytest.param("Boeing", "Boeing", id="a one-word name stays a name"),
    ],
)
def test_entities_news_pronoun_is_no_name(mention, core):
    from kroniek.link.entities import name_core

    assert name_core(mention)[0] == core


@pytest.mark.parametrize(
    ("texts", "a", "b"),
    [
        pytest.param(
            [
                ("De 787 van Boeing maakte zijn eerste vlucht boven Seattle.",
                 [("787", "MISC"), ("Boeing", "ORG"), ("Seattle", "LOC")]),
                ("Boeing leverde in Seattle de eerste 787 af aan een Japanse klant.",
                 [("787", "MISC"), ("Boeing", "ORG"), ("Seattle", "LOC")]),
            ],
            ("d0", "787"), ("d1", "787"),
            id="a product named by its model number links across texts",
        ),
        pytest.param(
            [
                ("De A380 landde in Toulouse; Airbus is tevreden.",
                 [("A380", "MISC"), ("Toulouse", "LOC"), ("Airbus", "ORG")]),
                ("Airbus toonde de Airbus A380 in Toulouse aan de pers.",
                 [("Airbus A380", "MISC"), ("Airbus", "ORG"), ("Toulouse", "LOC")]),
            ],
            ("d0", "A380"), ("d1", "Airbus A380"),
            id="one-word product name joins the one full name holding it",
        ),
        pytest.param(
            [
                ("De A380 landde in Toulouse; Airbus is tevreden.",
                 [("A380", "MISC"), ("Toulouse", "LOC"), ("Airbus", "ORG")]),
                ("Airbus toonde de Airbus A380 in Toulouse aan de pers.",
                 [("Airbus A380", "MISC"), ("Airbus", "ORG"), ("Toulouse", "LOC")]),
                ("Emirates liet de Emirates A380 in Dubai zien.",
                 [("Emirates A380", "MISC"), ("Emirates", "ORG"), ("Dubai", "LOC")]),
            ],
            ("d0", "A380"), ("d1", "Airbus A380"),
            id="two full names hold the model number: the one sharing clearly more context wins",
        ),
        pytest.param(
            [
                ("De Boeing 737 vloog in 1967 voor het eerst. Ryanair heeft nu 400 Boeing 737-toestellen.",
                 [("Boeing 737", "MISC"), ("Boeing 737-toestellen", "MISC"), ("Ryanair", "ORG")]),
            ],
            ("d0", "Boeing 737"), ("d0", "Boeing 737-toestellen"),
            id="a product mention ending in a compound noun names the model before it",
        ),
    ],
)
def test_entities_news_model_numbers(texts, a, b):
    docs = [_doc(f"d{i}", t, names) for i, (t, names) in enumerate(texts)]
    for d in docs:  # Frog's product subtype on the model numbers
        d.mentions = [Mention(m.start, m.end, m.type, m.source, subtype="pro") if m.type == "MISC" else m
                      for m in d.mentions]
    linker = EntityLinker()
    for d in docs:
        linker.add(d)
    assert _entity(linker, docs, *a) == _entity(linker, docs, *b)


def test_entities_news_canonical_name_is_the_full_name():
    docs = [_doc("d0", "De Europese Unie wil praten. De rol die de Unie speelt is klein; de Unie zwijgt.",
                 [("Europese Unie", "ORG"), ("Unie", "ORG")])]
    linker = EntityLinker()
    linker.add(docs[0])
    names = {e.name for e in linker.entities()}
    assert "Europese Unie" in names and "Unie" not in names


def _linked(texts: list[tuple[str, list[tuple[str, str]]]]) -> tuple[EntityLinker, list[Document]]:
    docs = [_doc(f"d{i}", t, names) for i, (t, names) in enumerate(texts)]
    linker = EntityLinker()
    for d in docs:
        linker.add(d)
    return linker, docs


def _entity_of(linker: EntityLinker, docs: list[Document], doc_id: str, surface: str):
    eid = _entity(linker, docs, doc_id, surface)
    return next(e for e in linker.entities() if e.id == eid)


def test_entities_news_ampersand_acronym_needs_an_ampersand_name():
    """ "S&P" is spelled by "Standard & Poor's", never by two plain words with those initials."""
    linker, docs = _linked([
        ("Kredietbeoordelaar Standard & Poor's (S&P) verlaagde de score van Italië.",
         [("Standard & Poor's", "ORG"), ("S&P", "ORG"), ("Italië", "LOC")]),
        ("Sterke Pijlers daalde 4 procent. De brede S&P 500 zakte 0,2 procent.",
         [("Sterke Pijlers", "ORG"), ("S&P", "ORG")]),
    ])
    assert _entity(linker, docs, "d1", "S&P") != _entity(linker, docs, "d1", "Sterke Pijlers")
    assert _entity(linker, docs, "d1", "S&P") == _entity(linker, docs, "d0", "Standard & Poor's")
    assert _entity_of(linker, docs, "d0", "Standard & Poor's").name == "Standard & Poor's"


@pytest.mark.parametrize(
    ("texts", "surface", "typ"),
    [
        pytest.param(
            [("De zakenbank Heldring haalde het aandeel van de kooplijst.", [("Heldring", "ORG")]),
             ("Kenners van Heldring wijzen op de risico's. Heldring zegt dat de koers te hoog is.",
              [("Heldring", "PER")])],
            ("d1", "Heldring"), "ORG",
            id="a name one text shows a company and others tag PER: the company",
        ),
        pytest.param(
            [("Hun zoontje Brecht werd in mei geboren, meldt Paleis Soestdijk.",
              [("Brecht", "PER"), ("Paleis Soestdijk", "ORG")]),
             ("Paleis Soestdijk sprak over Brecht en de zomer.", [("Brecht", "ORG"), ("Paleis Soestdijk", "ORG")]),
             ("Brecht is drie maanden oud, zegt Paleis Soestdijk.", [("Brecht", "ORG"), ("Paleis Soestdijk", "ORG")])],
            ("d1", "Brecht"), "PER",
            id="a family word shows the person: an ORG tag elsewhere does not win",
        ),
        pytest.param(
            [("De zakenbank Heldring opent een kantoor.", [("Heldring", "ORG")]),
             ("Oprichter Jan Heldring reageerde; Heldring zei dat hij trots is.",
              [("Jan Heldring", "PER"), ("Heldring", "PER")])],
            ("d1", "Jan Heldring"), "PER",
            id="a first name shows the person, whatever the bank named after him",
        ),
    ],
)
def test_entities_news_type_by_what_the_texts_say(texts, surface, typ):
    linker, docs = _linked(texts)
    assert _entity_of(linker, docs, *surface).type == typ


@pytest.mark.parametrize(
    ("texts", "surface", "name"),
    [
        pytest.param(
            [("ZWOLLE - In Zwolle is een brand geweest. De brandweer van ZWOLLE blust.",
              [("ZWOLLE", "LOC"), ("Zwolle", "LOC")]),
             ("ZWOLLE - Het station van Zwolle is dicht.", [("ZWOLLE", "LOC"), ("Zwolle", "LOC")])],
            ("d0", "Zwolle"), "Zwolle",
            id="a town written in capitals in datelines is named as the texts write it",
        ),
        pytest.param(
            [("Prinses Amira zegt dat Amira’s paleis te koop staat. Amira vertrekt.",
              [("Prinses Amira", "PER"), ("Amira’s", "PER"), ("Amira", "PER")])],
            ("d0", "Amira"), "Amira",
            id="a possessive form does not name the person",
        ),
    ],
)
def test_entities_news_canonical_name_as_written(texts, surface, name):
    linker, docs = _linked(texts)
    assert _entity_of(linker, docs, *surface).name == name


def test_entities_news_company_compound_shows_the_company():
    """ "Kroonveld-fabriek" says Kroonveld is a company, though NER tagged every mention PER."""
    linker, docs = _linked([
        ("De Kroonveld-fabriek bij Shanghai opent later. Kroonveld moet dan winst maken. Kroonveld zegt dat.",
         [("Kroonveld-fabriek", "PER"), ("Kroonveld", "PER"), ("Shanghai", "LOC")]),
    ])
    entity = _entity_of(linker, docs, "d0", "Kroonveld")
    assert entity.type == "ORG" and entity.name == "Kroonveld"


@pytest.mark.parametrize(
    ("texts", "a", "b", "same", "name"),
    [
        pytest.param(
            [("Het gaat goed. Verhuurbedrijf Kranenborg opent tien filialen.", [("Verhuurbedrijf Kranenborg", "ORG")]),
             ("De winst van Kranenborg steeg; Kranenborg opent filialen in Duitsland.",
              [("Kranenborg", "ORG"), ("Duitsland", "LOC")])],
            ("d0", "Verhuurbedrijf Kranenborg"), ("d1", "Kranenborg"), True, "Kranenborg",
            id="a common noun for a company opening the sentence is no part of its name",
        ),
        pytest.param(
            [("Het gaat goed. Rabobank Foundation steunt tien projecten.", [("Rabobank Foundation", "ORG")]),
             ("Ook Foundation zegt dat het goed gaat.", [("Foundation", "ORG")])],
            ("d0", "Rabobank Foundation"), ("d1", "Foundation"), False, "Rabobank Foundation",
            id="a company's own name ending in an organisation head stays whole",
        ),
    ],
)
def test_entities_news_descriptor_is_no_part_of_the_name(texts, a, b, same, name):
    linker, docs = _linked(texts)
    assert (_entity(linker, docs, *a) == _entity(linker, docs, *b)) is same
    assert _entity_of(linker, docs, *a).name == name


def test_entities_news_descriptor_in_the_mention_shows_the_company():
    """ "Filmstudio X" in one text, "aldus X" tagged PER in another: one company, typed ORG."""
    linker, docs = _linked([
        ("Geen film haalde dat sneller, aldus Lindeboom. De film draait in Europa.", [("Lindeboom", "PER"), ("Europa", "LOC")]),
        ("Het gaat goed. Filmstudio Lindeboom haalde dit jaar een record; Lindeboom draait in Europa.",
         [("Filmstudio Lindeboom", "ORG"), ("Lindeboom", "ORG"), ("Europa", "LOC")]),
    ])
    entity = _entity_of(linker, docs, "d0", "Lindeboom")
    assert entity.type == "ORG" and entity.name == "Lindeboom"


@pytest.mark.parametrize(
    ("texts", "a", "b", "same"),
    [
        pytest.param(
            [("Wielrenster Fenna Oudeweg won de tijdrit. Ploeggenote Lotte Spaan werd tweede. "
              "„Fenna reed vandaag sterker dan iedereen”, zei Spaan na afloop.",
              [("Fenna Oudeweg", "PER"), ("Lotte Spaan", "PER"), ("Fenna", "PER"), ("Spaan", "PER")])],
            ("d0", "Fenna"), ("d0", "Fenna Oudeweg"), True,
            id="a first name alone in a quote is the one person of the text with that first name",
        ),
        pytest.param(
            [("Fenna Oudeweg en Fenna Brink reden samen weg. Fenna won de sprint.",
              [("Fenna Oudeweg", "PER"), ("Fenna Brink", "PER"), ("Fenna", "PER")])],
            ("d0", "Fenna"), ("d0", "Fenna Oudeweg"), False,
            id="two people share the first name: the bare one joins neither",
        ),
        pytest.param(
            [("Trainer Joris Kamp sprak met Kees Joris. Joris was tevreden over de training.",
              [("Joris Kamp", "PER"), ("Kees Joris", "PER"), ("Joris", "PER")])],
            ("d0", "Joris"), ("d0", "Joris Kamp"), False,
            id="the word is also a surname in the text: the surname reading wins",
        ),
        pytest.param(
            [("Zo sprak Pieter Anne Kluft met de schrijver. Pieter zei later dat hij moe was.",
              [("Pieter Anne Kluft", "PER"), ("Pieter", "PER")])],
            ("d0", "Pieter"), ("d0", "Pieter Anne Kluft"), False,
            id="a name with more first names (or two names glued by NER) takes no bare first name",
        ),
    ],
)
def test_entities_news_first_name_alone_within_a_text(texts, a, b, same):
    linker, docs = _linked(texts)
    assert (_entity(linker, docs, *a) == _entity(linker, docs, *b)) is same


@pytest.mark.parametrize(
    ("dateline", "name"),
    [
        pytest.param("DOESBURG", "Doesburg", id="a known town"),
        pytest.param("DEN HAAG", "Den Haag", id="two words"),
        pytest.param("KRAAGWIJK", "Kraagwijk", id="a hamlet the gazetteer does not know"),
        pytest.param("TIEL", "Tiel", id="a town of four letters the gazetteer knows"),
    ],
)
def test_entities_news_dateline_place_named_as_prose_writes_it(dateline, name):
    linker, docs = _linked([
        (f"Brug dicht\n{dateline} - De brug gaat een week dicht.", [(dateline, "LOC")]),
        (f"Fietspad open\n{dateline} - Het fietspad is weer open.", [(dateline, "LOC")]),
    ])
    assert _entity_of(linker, docs, "d0", dateline).name == name


def test_entities_news_curated_short_name_joins_its_long_form():
    """ "de Fed" is the Federal Reserve: a short name the curated list holds, no acronym of it; NER
    tags the long form MISC in one text and the short one ORG in the next."""
    linker, docs = _linked([
        ("De Amerikaanse centrale bank Federal Reserve houdt de rente gelijk, meldt Washington.",
         [("Federal Reserve", "MISC"), ("Washington", "LOC")]),
        ("Beleggers rekenen op een renteverlaging door de Fed in Washington.", [("Fed", "ORG"), ("Washington", "LOC")]),
    ])
    assert _entity(linker, docs, "d0", "Federal Reserve") == _entity(linker, docs, "d1", "Fed")


def test_entities_news_index_acronym_is_no_airport():
    """ "AEX" is also Alexandria's airport code in GeoNames: an acronym found only by a city's
    other name is no place, so the index compound and the bare index stay one index."""
    linker, docs = _linked([
        ("De AEX-index sloot vrijdag lager. Ook in de AEX zakten de banken.", [("AEX-index", "MISC"), ("AEX", "LOC")]),
    ])
    entity = _entity_of(linker, docs, "d0", "AEX-index")
    assert entity.type != "LOC" and "place" not in entity.attributes
    assert entity.id == _entity(linker, docs, "d0", "AEX")


@pytest.mark.parametrize(
    ("texts", "surface", "name"),
    [
        pytest.param(
            [("De Kestrel-coureur won de race. Volgens Kestrel ging alles goed; de Kestrel-coureur lachte.",
              [("Kestrel-coureur", "MISC"), ("Kestrel", "MISC")])],
            "Kestrel", "Kestrel",
            id="a compound on a name also written alone is no name to show (MISC)",
        ),
        pytest.param(
            [("Ze staat op de Glansblad-cover. Ze werkte al eerder voor Glansblad; de Glansblad-cover verkoopt goed.",
              [("Glansblad-cover", "PER"), ("Glansblad", "PER")])],
            "Glansblad", "Glansblad",
            id="the same when NER calls it a person",
        ),
        pytest.param(
            [("De Kestrel-coureur won de race; de Kestrel-coureur lachte.", [("Kestrel-coureur", "MISC")])],
            "Kestrel-coureur", "Kestrel-coureur",
            id="the compound alone is kept as written",
        ),
    ],
)
def test_entities_news_compound_on_a_written_name(texts, surface, name):
    linker, docs = _linked(texts)
    assert _entity_of(linker, docs, "d0", surface).name == name


def test_entities_news_market_segment_is_no_part_of_the_name():
    """ "Smallcap X" opening a market report's sentence is the company X of other texts."""
    linker, docs = _linked([
        ("De beurs sloot hoger. Smallcap Kroonveld won 5 procent.", [("Smallcap Kroonveld", "ORG")]),
        ("Kroonveld opent een fabriek in Duitsland; de aandeelhouders van Kroonveld juichen.",
         [("Kroonveld", "ORG"), ("Duitsland", "LOC")]),
    ])
    entity = _entity_of(linker, docs, "d0", "Smallcap Kroonveld")
    assert entity.name == "Kroonveld" and entity.id == _entity(linker, docs, "d1", "Kroonveld")


def test_entities_news_index_written_bare_in_other_texts():
    """ "de KRX-index" in one text shows the name is an index; "de KRX" tagged ORG in one text
    and LOC in another is that index, one entity typed MISC. A company with another name stays."""
    linker, docs = _linked([
        ("De KRX-index sloot vrijdag 0,4 procent lager op 560 punten.", [("KRX-index", "MISC")]),
        ("De KRX zakte vanmiddag verder weg; Kroonveld verloor het meest.", [("KRX", "ORG"), ("Kroonveld", "ORG")]),
        ("In de KRX stonden de banken onder druk, meldt Kroonveld.", [("KRX", "LOC"), ("Kroonveld", "ORG")]),
        ("In de KRX daalden de banken. Rond drie uur stond de KRX-index lager.", [("KRX", "ORG"), ("KRX-index", "ORG")]),
        ("Ook in de KRX daalden de banken. De KRX-index sloot lager.", [("KRX", "LOC"), ("KRX-index", "LOC")]),
    ])
    index = _entity_of(linker, docs, "d0", "KRX-index")
    assert index.type == "MISC"
    assert _entity(linker, docs, "d1", "KRX") == index.id == _entity(linker, docs, "d2", "KRX")
    assert _entity(linker, docs, "d3", "KRX-index") == index.id == _entity(linker, docs, "d4", "KRX-index")
    assert _entity(linker, docs, "d1", "Kroonveld") != index.id
