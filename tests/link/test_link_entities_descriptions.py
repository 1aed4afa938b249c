"""Definite descriptions and pronouns within a document, and descriptions across documents.

Mentions are placed by searching the text for each phrase (gold-mention style, as MEANTIME gives
them); every sentence is written for this test.
"""

from __future__ import annotations

import pytest

from kroniek.link.entities import EntityLinker
from kroniek.link.entities.heads import head_noun, is_class_noun
from kroniek.link.entities.within import chain_document
from kroniek.model import Document, Mention


def _doc(doc_id: str, text: str, phrases: list[tuple[str, str]]) -> Document:
    """A document with one mention per (phrase, type), at the phrase's first free occurrence."""
    mentions: list[Mention] = []
    taken: set[int] = set()
    for phrase, typ in phrases:
        start = text.find(phrase)
        while start in taken:
            start = text.find(phrase, start + 1)
        assert start >= 0, phrase
        taken.add(start)
        sub = "pro" if typ == "PRO" else ""
        mentions.append(Mention(start, start + len(phrase), "MISC" if typ == "PRO" else typ, subtype=sub))
    return Document(id=doc_id, text=text, source=doc_id, mentions=sorted(mentions, key=lambda m: m.start))


def _same_chain(doc: Document, a: int, b: int) -> bool:
    """Whether the a-th and b-th mention (in text order) end in one chain."""
    spans = [(m.start, m.end) for m in doc.mentions]
    chain_of = {(m.start, m.end): i for i, c in enumerate(chain_document(doc)) for m in c.mentions}
    return chain_of[spans[a]] == chain_of[spans[b]]


@pytest.mark.parametrize(
    ("text", "phrases", "a", "b", "same"),
    [
        pytest.param(
            "Philips sluit een fabriek. De Duitse marine bestelt radars. De marine betaalt 40 miljoen.",
            [("Philips", "ORG"), ("De Duitse marine", "ORG"), ("De marine", "ORG")],
            0,
            2,
            False,
            id="a description with its own head noun is not the company named before it",
        ),
        pytest.param(
            "Philips sluit een fabriek. De Duitse marine bestelt radars. De marine betaalt 40 miljoen.",
            [("Philips", "ORG"), ("De Duitse marine", "ORG"), ("De marine", "ORG")],
            1,
            2,
            True,
            id="the same head noun repeats the earlier description",
        ),
        pytest.param(
            "Unilever kocht vorig jaar een fabriek. “We willen groeien,” zei een woordvoerder van Heineken.",
            [("Unilever", "ORG"), ("We", "ORG"), ("Heineken", "ORG")],
            1,
            2,
            True,
            id="'we' in a quotation is the organisation its attribution after it names",
        ),
        pytest.param(
            "Heineken opent een brouwerij. Topman Jan Bos van Philips zei over de overname door Siemens: "
            "“Onze mensen blijven in Eindhoven.”",
            [("Heineken", "ORG"), ("Philips", "ORG"), ("Siemens", "ORG"), ("Onze", "ORG")],
            1,
            3,
            True,
            id="'onze' in a quotation is the speaker's organisation ('van Philips'), not one named after it",
        ),
        pytest.param(
            "Siemens wint een order. “We zijn tevreden,” zei de topman.",
            [("Siemens", "ORG"), ("We", "ORG")],
            0,
            1,
            True,
            id="an attribution naming no organisation leaves 'we' to the latest one",
        ),
        pytest.param(
            "De Royal Navy stuurt een fregat naar de Golf. Boeing levert de helikopters. De marine wil er vier.",
            [("De Royal Navy", "ORG"), ("Boeing", "ORG"), ("De marine", "ORG")],
            0,
            2,
            True,
            id="a Dutch description names the institution whose English name ends in its noun",
        ),
        pytest.param(
            "De US Air Force koopt tankvliegtuigen. Lockheed bouwt ze. De marine wacht nog op een besluit.",
            [("De US Air Force", "ORG"), ("Lockheed", "ORG"), ("De marine", "ORG")],
            0,
            2,
            False,
            id="the navy is not the air force",
        ),
        pytest.param(
            "Shell verkoopt een raffinaderij. Het bedrijf wil minder olie winnen.",
            [("Shell", "ORG"), ("Het bedrijf", "ORG")],
            0,
            1,
            True,
            id="a class noun stands for the last company named",
        ),
        pytest.param(
            "De Franse treinbouwer Alstom wint een order. Ook Siemens bood. De treinbouwer levert in 2025.",
            [("De Franse treinbouwer Alstom", "ORG"), ("Siemens", "ORG"), ("De treinbouwer", "ORG")],
            0,
            2,
            True,
            id="the head noun the named company was introduced with beats the later company",
        ),
        pytest.param(
            "Tesla toont de Model Y. De software van de wagen krijgt een update.",
            [("de Model Y", "PRO"), ("De software van de wagen", "PRO")],
            0,
            1,
            False,
            id="a product description with a head of its own is not the product named before",
        ),
        pytest.param(
            "Unilever , de grote concurrent van Nestlé , en zijn topman spraken.",
            [("Unilever", "ORG"), ("Nestlé", "ORG"), ("zijn", "ORG")],
            0,
            2,
            True,
            id="a pronoun skips the company inside a prepositional phrase",
        ),
        pytest.param(
            "KLM koopt tien Boeing-toestellen om haar vloot te vernieuwen.",
            [("KLM", "ORG"), ("Boeing-toestellen", "ORG"), ("haar", "ORG")],
            0,
            2,
            True,
            id="a pronoun skips the company that only opens a compound",
        ),
        pytest.param(
            "Marcel Bos , topman van Damen , zei dat zijn werf groeit.",
            [("Damen", "ORG"), ("zijn", "ORG")],
            0,
            1,
            True,
            id="with nothing else of its type in the sentence, the company in the phrase it is",
        ),
        pytest.param(
            "Embraer bouwt kleine straalvliegtuigen . De Nederlandse maatschappij KLM Cityhopper neemt er "
            "twintig af van de Braziliaanse fabrikant .",
            [("Embraer", "ORG"), ("De Nederlandse maatschappij KLM Cityhopper", "ORG"), ("de Braziliaanse fabrikant", "ORG")],
            0,
            2,
            True,
            id="a class noun with a nationality skips the latest company described with another one",
        ),
        pytest.param(
            "Embraer bouwt kleine straalvliegtuigen . De Nederlandse maatschappij KLM Cityhopper neemt er "
            "twintig af van de Nederlandse fabrikant .",
            [("Embraer", "ORG"), ("De Nederlandse maatschappij KLM Cityhopper", "ORG"), ("de Nederlandse fabrikant", "ORG")],
            1,
            2,
            True,
            id="the same nationality: the latest company as before",
        ),
    ],
)
def test_descriptions_join_by_head_noun(text, phrases, a, b, same):
    assert _same_chain(_doc("d", text, phrases), a, b) is same


@pytest.mark.parametrize(
    ("phrase", "head"),
    [
        ("de Amerikaanse luchtmacht", "luchtmacht"),
        ("het moederbedrijf van Airbus", "moederbedrijf"),
        ("de A320-toestellen", "toestellen"),
        ("de grootste haven, die groeit", "haven"),
    ],
)
def test_heads_head_noun(phrase, head):
    assert head_noun(phrase) == head


@pytest.mark.parametrize(
    ("head", "typ", "expected"),
    [
        ("bedrijf", "ORG", True),
        ("staatsbedrijf", "ORG", True),  # a compound ending in a class noun
        ("luchtvaartmaatschappijen", "ORG", True),  # plural
        ("luchtmacht", "ORG", False),
        ("regering", "ORG", False),
        ("land", "LOC", True),
        ("haven", "LOC", False),
        ("toestellen", "MISC", True),  # plural with a doubled consonant: "toestel"
        ("bedrijven", "ORG", True),  # plural with v for f: "bedrijf"
        ("gebieden", "LOC", True),
    ],
)
def test_heads_is_class_noun(head, typ, expected):
    assert is_class_noun(head, typ) is expected


@pytest.mark.parametrize(
    ("texts", "same"),
    [
        pytest.param(
            [
                ("De Duitse marine bestelt radars bij Thales.", "De Duitse marine"),
                ("Thales levert de radars aan de Duitse marine in 2024.", "de Duitse marine"),
            ],
            True,
            id="the same unnamed description in two texts is one entity",
        ),
        pytest.param(
            [
                ("De Duitse marine bestelt radars bij Thales.", "De Duitse marine"),
                ("De Franse marine bestelt fregatten.", "De Franse marine"),
            ],
            False,
            id="descriptions that differ in a word stay apart",
        ),
    ],
)
def test_descriptions_link_across_documents(texts, same):
    docs = [_doc(f"d{i}", t, [(p, "ORG")]) for i, (t, p) in enumerate(texts)]
    linker = EntityLinker()
    for d in docs:
        linker.add(d)
    ids = {linker.assignments()[(d.id, d.mentions[0].start, d.mentions[0].end)] for d in docs}
    assert (len(ids) == 1) is same


def _linked(docs: list[Document]) -> EntityLinker:
    linker = EntityLinker()
    for d in docs:
        linker.add(d)
    return linker


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        pytest.param(
            ("De Duitse marine bestelt radars bij Thales.", "De Duitse marine", "ORG"),
            ("Thales levert de radars aan de marine.", "de marine", "ORG"),
            True,
            id="the head noun of an unnamed description links it to the same noun elsewhere",
        ),
        pytest.param(
            ("Volgens de bank verkochten beleggers hun aandelen.", "beleggers", "PER"),
            ("Op het Damrak waren beleggers voorzichtig.", "beleggers", "PER"),
            True,
            id="a bare group noun repeats across texts",
        ),
        pytest.param(
            ("De minister van Defensie opende de kazerne.", "De minister van Defensie", "PER"),
            ("De minister van Defensie trad af.", "De minister van Defensie", "PER"),
            False,
            id="a role without a name is no one in particular across texts",
        ),
        pytest.param(
            ("Het bedrijf maakte verlies.", "Het bedrijf", "ORG"),
            ("Het bedrijf opende een winkel.", "Het bedrijf", "ORG"),
            True,
            id="the very same description words link (MEANTIME style, no named antecedent)",
        ),
        pytest.param(
            ("De Air Force bestelt tankers bij Boeing.", "De Air Force", "ORG"),
            ("De Amerikaanse Air Force wil de tankers van Boeing snel.", "De Amerikaanse Air Force", "ORG"),
            True,
            id="a name opening with a nationality adjective finds the name without it",
        ),
        pytest.param(
            ("Heineken verkoopt meer bier in Azië.", "Heineken", "ORG"),
            ("De Heineken-brouwerij in Zoeterwoude staat stil.", "Heineken-brouwerij", "ORG"),
            True,
            id="an organisation written as the first part of a compound is that organisation",
        ),
        pytest.param(
            ("De nieuwe Fairphone heeft een losse accu.", "Fairphone", "PRO"),
            ("Er zijn al een miljoen Fairphones verkocht.", "Fairphones", "PRO"),
            True,
            id="a product's plural finds the product",
        ),
        pytest.param(
            ("De Verenigde Staten (VS) heffen tarieven.", "Verenigde Staten", "LOC"),
            ("Ook de V. S. tekenden het verdrag.", "V. S.", "LOC"),
            True,
            id="initials the tokenizer spaced are an acronym",
        ),
        pytest.param(
            ("Het Rijksmuseum opent een zaal.", "Rijksmuseum", "ORG"),
            ("Het Rijksmuseum in Amsterdam trok meer bezoekers.", "Rijksmuseum in Amsterdam", "ORG"),
            True,
            id="a name followed by where it is, is that name",
        ),
        pytest.param(
            ("Frankrijk wil meer treinen.", "Frankrijk", "LOC"),
            ("Ook treinen van Frankrijk rijden er.", "treinen van Frankrijk", "PRO"),
            False,
            id="a product described by its maker's country is not the country",
        ),
        pytest.param(
            ("KLM vliegt vaker naar Londen.", "KLM", "ORG"),
            ("KLM , Transavia , easyJet en Corendon zagen meer reizigers.", "KLM , Transavia , easyJet en Corendon", "ORG"),
            False,
            id="a list of companies is not its first company",
        ),
        pytest.param(
            ("Ahold Delhaize opent winkels in België.", "Ahold Delhaize", "ORG"),
            ("Ahold Delhaize N.V. meldt meer omzet.", "Ahold Delhaize N.V.", "ORG"),
            True,
            id="a company's legal form is no part of what it is called",
        ),
        pytest.param(
            ("Air Canada bestelt vliegtuigen.", "Air Canada", "ORG"),
            ("De Air Canada-piloten staken.", "Air Canada-piloten", "ORG"),
            True,
            id="a multi-word organisation as the first part of a compound",
        ),
    ],
)
def test_descriptions_and_names_across_documents(first, second, same):
    docs = [_doc(f"d{i}", t, [(p, typ)]) for i, (t, p, typ) in enumerate((first, second))]
    assignments = _linked(docs).assignments()
    ids = {assignments[(d.id, d.mentions[0].start, d.mentions[0].end)] for d in docs}
    assert (len(ids) == 1) is same


@pytest.mark.parametrize(
    ("text", "phrase", "core"),
    [
        ("Er rijden veel Duitse auto's.", "Duitse auto's", None),  # a nationality, not a product name
        ("Ze kochten vliegtuigen van Airbus.", "vliegtuigen van Airbus", None),  # the maker is a modifier
        ("De nieuwe Airbus A321 kwam uit.", "De nieuwe Airbus A321", "Airbus A321"),
        ("Ze bestelden tien A350-toestellen.", "tien A350-toestellen", "A350"),
        ("Deze laatste Airbus A321 ging naar KLM.", "Deze laatste Airbus A321", "Airbus A321"),  # sentence capitals
        ("Eerste Tesla Cybertruck geleverd.", "Eerste Tesla Cybertruck", "Tesla Cybertruck"),
    ],
)
def test_mention_product_name(text, phrase, core):
    from kroniek.link.entities.mention import read_mention

    doc = _doc("d", text, [(phrase, "PRO")])
    assert read_mention(doc, doc.mentions[0]).core == core


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        pytest.param(
            ("De US Air Force bestelt tankvliegtuigen. De Amerikaanse luchtmacht betaalt 35 miljard.",
             [("De US Air Force", "ORG"), ("De Amerikaanse luchtmacht", "ORG")]),
            ("De Amerikaanse luchtmacht test de toestellen in Nevada.", [("De Amerikaanse luchtmacht", "ORG")]),
            True,
            id="a description finds the named thing another text described in the same words",
        ),
        pytest.param(
            ("Boeing bouwt de tankers. De Amerikaanse fabrikant levert in 2030.",
             [("Boeing", "ORG"), ("De Amerikaanse fabrikant", "ORG")]),
            ("De Amerikaanse fabrikant verliest een order.", [("De Amerikaanse fabrikant", "ORG")]),
            False,
            id="a class-noun description may be any maker: it finds no named thing across texts",
        ),
    ],
)
def test_descriptions_find_named_chains_across_documents(first, second, same):
    docs = [_doc(f"d{i}", t, ps) for i, (t, ps) in enumerate((first, second))]
    assignments = _linked(docs).assignments()
    ids = {assignments[(d.id, d.mentions[0].start, d.mentions[0].end)] for d in docs}
    assert (len(ids) == 1) is same


@pytest.mark.parametrize(
    ("text", "phrases", "a", "b", "same"),
    [
        pytest.param(
            "Shell , de grootste vervuiler van Europa , sluit een raffinaderij.",
            [("Shell", "ORG"), ("de grootste vervuiler van Europa", "ORG")],
            0,
            1,
            True,
            id="an apposition closed by a comma is the company it follows",
        ),
        pytest.param(
            "De storing duurt voort , meldt Karin de Vries , woordvoerder van ProRail .",
            [("Karin de Vries", "PER"), ("woordvoerder van ProRail", "PER")],
            0,
            1,
            True,
            id="a role apposition at the sentence end is the person it follows",
        ),
        pytest.param(
            "Het bedrijf bouwt in Velsen , een dorp aan het Noordzeekanaal , een nieuwe hal.",
            [("Velsen", "LOC"), ("een dorp aan het Noordzeekanaal", "LOC")],
            0,
            1,
            True,
            id="an indefinite apposition names the place it follows",
        ),
        pytest.param(
            "Het concert van “ Doe Maar ” , de bekendste band van de jaren tachtig , was uitverkocht .",
            [("Doe Maar", "ORG"), ("de bekendste band van de jaren tachtig", "ORG")],
            0,
            1,
            True,
            id="a closing quote or bracket between the name and the comma still makes an apposition",
        ),
        pytest.param(
            "Minister Hoekstra was de grootste tegenstander van het plan .",
            [("Minister Hoekstra", "PER"), ("de grootste tegenstander van het plan", "PER")],
            0,
            1,
            True,
            id="the predicate of a copula is the subject's person",
        ),
        pytest.param(
            "Het akkoord is getekend door Shell , een vakbond en Unilever .",
            [("Shell", "ORG"), ("een vakbond", "ORG"), ("Unilever", "ORG")],
            0,
            1,
            False,
            id="an item of a list is no apposition (followed by 'en')",
        ),
        pytest.param(
            "Op het feest waren collega's , klanten , leveranciers en buren .",
            [("collega's", "PER"), ("klanten", "PER")],
            0,
            1,
            False,
            id="a bare plural in a list is no apposition",
        ),
        pytest.param(
            "Het kabinet steunt Shell , de grootste vervuiler van het land , niet.",
            [("Shell", "ORG"), ("de grootste vervuiler van het land", "LOC")],
            0,
            1,
            False,
            id="an apposition of another type is something else",
        ),
        pytest.param(
            "Volgens Frank Visser is de nieuwe regeling een stap terug .",
            [("Frank Visser", "PER"), ("de nieuwe regeling", "MISC")],
            0,
            1,
            False,
            id="a copula after a name of another type links nothing",
        ),
    ],
)
def test_descriptions_appositions_and_copulas(text, phrases, a, b, same):
    assert _same_chain(_doc("d", text, phrases), a, b) is same


@pytest.mark.parametrize(
    ("text", "phrases", "a", "b", "same"),
    [
        pytest.param(
            "KLM bestelt de nieuwe toestellen van Embraer , die vanaf 2022 vliegen .",
            [("de nieuwe toestellen van Embraer", "PRO"), ("Embraer", "ORG"), ("die", "PRO")],
            0,
            2,
            True,
            id="a relative pronoun after a phrase ending in a nested name is the phrase's thing",
        ),
        pytest.param(
            "Fokker heeft gisteren een nieuw vliegtuig voorgesteld , dat 90 passagiers vervoert .",
            [("Fokker", "ORG"), ("een nieuw vliegtuig", "PRO"), ("dat", "PRO")],
            1,
            2,
            True,
            id="a relative clause moved after the final verb is of the phrase before the verb",
        ),
        pytest.param(
            "Fokker heeft Transavia een vliegtuig verkocht , die het in mei ophaalt .",
            [("Transavia", "ORG"), ("een vliegtuig", "PRO"), ("die", "ORG")],
            1,
            2,
            False,
            id="the moved relative clause takes a phrase of its own type only",
        ),
        pytest.param(
            "De order ging tussen Fokker en Embraer , waarbij deze laatste uiteindelijk won .",
            [("Fokker", "ORG"), ("Embraer", "ORG"), ("deze laatste", "ORG")],
            1,
            2,
            True,
            id="'deze laatste' is the thing of its type named last",
        ),
    ],
)
def test_descriptions_relative_pronouns(text, phrases, a, b, same):
    assert _same_chain(_doc("d", text, phrases), a, b) is same


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        pytest.param(
            ("KLM neemt de Boeing 737 uit dienst.", "de Boeing 737"),
            ("Transavia vliegt nog jaren met 737-toestellen.", "737-toestellen"),
            True,
            id="maker and model number in one text, the model alone in another",
        ),
        pytest.param(
            ("De Fokker F100 maakte een noodlanding.", "De Fokker F100"),
            ("Er vliegen nog twaalf F100-toestellen.", "twaalf F100-toestellen"),
            True,
            id="a model with letters and digits",
        ),
        pytest.param(
            ("Microsoft stopt met Windows 10.", "Windows 10"),
            ("HMD verkoopt de Nokia 10 niet meer.", "de Nokia 10"),
            False,
            id="a short number is no model on its own (product_name keeps none)",
        ),
        pytest.param(
            ("De Boeing 737 is populair.", "De Boeing 737"),
            ("De Airbus A320 is populair.", "De Airbus A320"),
            False,
            id="different models stay apart",
        ),
    ],
)
def test_descriptions_product_models_across_documents(first, second, same):
    docs = [_doc(f"d{i}", t, [(p, "PRO")]) for i, (t, p) in enumerate((first, second))]
    ids = {_linked(docs).assignments()[(d.id, d.mentions[0].start, d.mentions[0].end)] for d in docs}
    assert (len(ids) == 1) is same


@pytest.mark.parametrize(
    ("text", "phrases", "a", "b", "same"),
    [
        pytest.param(
            "Provincie wil nieuwe windmolens langs de dijk\nZeeland wil nieuwe windmolens langs de dijk bij Vlissingen .",
            [("nieuwe windmolens", "PRO"), ("Zeeland", "LOC"), ("nieuwe windmolens", "PRO")],
            0,
            2,
            True,
            id="a description repeated word for word in the body is the headline's thing",
        ),
        pytest.param(
            "Provincie wil nieuwe windmolens\nZeeland sloopt oude windmolens en wil nieuwe windmolens .",
            [("nieuwe windmolens", "PRO"), ("oude windmolens", "PRO"), ("nieuwe windmolens", "PRO")],
            0,
            1,
            False,
            id="a description in other words is not repeated",
        ),
        pytest.param(
            "Een vrachtwagen reed op de A2 achterop een vrachtwagen .",
            [("Een vrachtwagen", "PRO"), ("een vrachtwagen", "PRO")],
            0,
            1,
            False,
            id="an indefinite said twice may be two things",
        ),
        pytest.param(
            "Hollandia sluit fabriek in Zwolle\nHollandia Zuivel sluit volgend jaar zijn fabriek in Zwolle .",
            [("Hollandia", "ORG"), ("Zwolle", "LOC"), ("Hollandia Zuivel", "ORG")],
            0,
            2,
            True,
            id="a headline writes the short form of the name its body gives in full",
        ),
        pytest.param(
            "Zuivel in de lift\nHollandia groeit hard . Hollandia Zuivel sluit wel een fabriek .",
            [("Hollandia", "ORG"), ("Hollandia Zuivel", "ORG")],
            0,
            1,
            False,
            id="a leading part the body uses before the full name is another thing (the parent)",
        ),
        pytest.param(
            "Oman Air vliegt vanaf mei op Schiphol . Oman heeft twaalf nieuwe toestellen besteld .",
            [("Oman Air", "ORG"), ("Oman", "ORG")],
            0,
            1,
            True,
            id="a country's name typed an organisation after the company it opens is that company",
        ),
        pytest.param(
            "Oman Air vliegt vanaf mei op Schiphol . Oman heeft twaalf nieuwe toestellen besteld .",
            [("Oman Air", "ORG"), ("Oman", "LOC")],
            0,
            1,
            False,
            id="the country typed a place stays the country",
        ),
        pytest.param(
            "Beleggers verkochten aandelen op Europese beurzen . Ook buiten Europa daalden de koersen .",
            [("Europese", "LOC"), ("Europa", "LOC")],
            0,
            1,
            True,
            id="a continent's adjective typed a place is the continent",
        ),
        pytest.param(
            "Beleggers verkochten aandelen op Aziatische beurzen . Ook buiten Europa daalden de koersen .",
            [("Aziatische", "LOC"), ("Europa", "LOC")],
            0,
            1,
            False,
            id="another continent's adjective is another continent",
        ),
        pytest.param(
            "Beleggers verkochten aandelen op Europese beurzen . Ook buiten Europa daalden de koersen .",
            [("Europese", "MISC"), ("Europa", "LOC")],
            0,
            1,
            False,
            id="the adjective typed otherwise is left as it was",
        ),
        pytest.param(
            "Apple verkocht meer iPads dan ooit . De iPad kost 400 euro .",
            [("Apple", "ORG"), ("iPads", "PRO"), ("De iPad", "PRO")],
            1,
            2,
            True,
            id="a product's plural is the product its text names",
        ),
        pytest.param(
            "Fairphone verkocht meer telefoons . De Fairphones van vorig jaar zijn uitverkocht .",
            [("Fairphone", "ORG"), ("De Fairphones", "PRO")],
            0,
            1,
            False,
            id="a product's plural is not its maker of that name",
        ),
    ],
)
def test_descriptions_repeats_and_headline_short_names(text, phrases, a, b, same):
    assert _same_chain(_doc("d", text, phrases), a, b) is same


def test_descriptions_org_country_brings_no_country_key():
    """ "Qatar" of "Qatar Airways" joins the airline as a name: no country key that would pull
    the airline into the country's entity in another text."""
    doc = _doc("d", "Oman Air vliegt vanaf mei op Schiphol . Oman heeft toestellen besteld .", [("Oman Air", "ORG"), ("Oman", "ORG")])
    (chain,) = chain_document(doc)
    assert not any(k.startswith("country:") for k in chain.keys)


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        pytest.param(
            ("Tesla leverde meer Cybertrucks dan verwacht .", "Cybertrucks"),
            ("De Cybertruck kost 80.000 dollar .", "Cybertruck"),
            True,
            id="a product's name finds the product another text knew by its plural",
        ),
        pytest.param(
            ("De Cybertruck kost 80.000 dollar .", "Cybertruck"),
            ("Tesla leverde meer Cybertrucks dan verwacht .", "Cybertrucks"),
            True,
            id="and the plural the name (as before)",
        ),
        pytest.param(
            ("Tesla leverde meer Cybertrucks dan verwacht .", "Cybertrucks"),
            ("De Cybertruck kost 80.000 dollar .", "Cyber"),
            False,
            id="another name is no singular",
        ),
    ],
)
def test_descriptions_product_plurals_across_documents(first, second, same):
    docs = [_doc(f"d{i}", t, [(p, "PRO")]) for i, (t, p) in enumerate((first, second))]
    ids = {_linked(docs).assignments()[(d.id, d.mentions[0].start, d.mentions[0].end)] for d in docs}
    assert (len(ids) == 1) is same


_WALL = ("Wall Street", "LOC")


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        pytest.param(
            ("De Dow Jones Industrial Average daalde 2 procent op Wall Street .", [("Dow Jones Industrial Average", "FIN"), _WALL]),
            ("De Dow sloot dinsdag lager op Wall Street .", [("Dow", "FIN"), _WALL]),
            True,
            id="an index known by its leading word in another text",
        ),
        pytest.param(
            ("De Dow Jones Industrial Average daalde 2 procent op Wall Street .", [("Dow Jones Industrial Average", "FIN"), _WALL]),
            ("De Dow Jones sloot dinsdag lager op Wall Street .", [("Dow Jones", "FIN"), _WALL]),
            True,
            id="or its leading words",
        ),
        pytest.param(
            ("De AEX-index verloor 3 procent op het Damrak .", [("AEX-index", "FIN"), ("Damrak", "LOC")]),
            ("De AEX sloot woensdag hoger op het Damrak .", [("AEX", "FIN"), ("Damrak", "LOC")]),
            True,
            id="an index written as a compound on 'index' is the index",
        ),
        pytest.param(
            ("De Nikkei 225 daalde in Tokio met 2 procent .", [("Nikkei 225", "FIN"), ("Tokio", "LOC")]),
            ("De Nikkei sloot lager in Tokio .", [("Nikkei", "FIN"), ("Tokio", "LOC")]),
            True,
            id="a name ending in a number keeps the number and is found by its word",
        ),
        pytest.param(
            ("De Dow Jones Industrial Average daalde 2 procent op Wall Street .", [("Dow Jones Industrial Average", "FIN"), _WALL]),
            ("De Dow sloot dinsdag lager in Frankfurt .", [("Dow", "FIN"), ("Frankfurt", "LOC")]),
            False,
            id="without shared context the short name stays apart",
        ),
        pytest.param(
            ("Microsoft bracht Windows Vista uit in Redmond .", [("Windows Vista", "PRO"), ("Redmond", "LOC")]),
            ("Windows draait op veel computers in Redmond .", [("Windows", "PRO"), ("Redmond", "LOC")]),
            False,
            id="a product family is not found by its leading word (a version is not the family)",
        ),
    ],
)
def test_descriptions_financial_names_across_documents(first, second, same):
    docs = [_doc(f"d{i}", t, names) for i, (t, names) in enumerate((first, second))]
    for d in docs:  # MISC/fin, as MEANTIME's financial mentions
        d.mentions = [Mention(m.start, m.end, "MISC", subtype="fin") if m.type == "FIN" else m for m in d.mentions]
    ids = {_linked(docs).assignments()[(d.id, d.mentions[0].start, d.mentions[0].end)] for d in docs}
    assert (len(ids) == 1) is same


@pytest.mark.parametrize(
    ("phrase", "subtype", "core"),
    [
        ("Dow Jones-index", "fin", "Dow Jones"),
        ("S&P 500-index", "fin", "S&P 500"),
        ("Dow-Jonesindex", "fin", "Dow-Jones"),  # glued to the hyphenated name
        ("Hoofdindex", "fin", "Hoofdindex"),  # a word, not a name with a head glued on
        ("GM-aandelen", "fin", "GM-aandelen"),  # shares are not their company
        ("Nikkei 225", "fin", "Nikkei 225"),
    ],
)
def test_mention_financial_name_core(phrase, subtype, core):
    from kroniek.link.entities.mention import read_mention

    text = f"Volgens analisten daalde de {phrase} fors ."
    doc = Document(id="d", text=text, source="d")
    start = text.index(phrase)
    assert read_mention(doc, Mention(start, start + len(phrase), "MISC", subtype=subtype)).core == core


@pytest.mark.parametrize(
    ("typ", "word", "kind", "country"),
    [
        ("LOC", "Engelse", "demonym", "GB"),  # "het Engelse ministerie van defensie": British
        ("LOC", "Schotse", "demonym", "GB"),
        ("MISC", "Engelse", "name", None),  # typed otherwise (the language, a title): left alone
        ("LOC", "Britse", "demonym", "GB"),  # as before, from the demonym list
    ],
)
def test_mention_british_adjectives(typ, word, kind, country):
    from kroniek.link.entities.mention import read_mention

    text = f"Het contract met het {word} ministerie van defensie is getekend ."
    doc = Document(id="d", text=text, source="d")
    start = text.index(word)
    r = read_mention(doc, Mention(start, start + len(word), typ))
    assert (r.kind, r.country) == (kind, country)
