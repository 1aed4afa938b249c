"""Entity linking on the seed texts: which mentions become one entity, which must stay apart, and why.

Documents are the real seed texts; mentions are placed by searching the text for the names a
NER component would find (every whole-word occurrence), never by hard-coded offsets.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hash_seeds import outputs_under_seeds

from kroniek.link.entities import EntityLinker, link_documents, name_core, role_head
from kroniek.model import Document, Entity, Mention

# What NER would tag in the seeds (longest names first so "Qassem Soleimani" wins over "Soleimani").
SEED_MENTIONS = {
    "PER": [
        "A.Th.B. Bijleveld-Schouten",
        "Ank Bijleveld",
        "Bijleveld",
        "Qassem Soleimani",
        "Soleimani",
        "Suleimani",
        "Jens Stoltenberg",
        "Stoltenberg",
        "Heiko Maas",
        "Maas",
        "S.A. Blok",
        "Blok",
        "S.A.M. Kaag",
        "Kaag",
        "Adel Abdel Mahdi",
        "Philippe Goffin",
        "Goffin",
        "Chris Ghika",
        "Ghika",
        "Arjen van der Horst",
        "Van der Horst",
        "Marieke de Vries",
        "Josep Borrell",
        "Borrell",
    ],
    "LOC": [
        "Noord-Irak",
        "Irak",
        "Iran",
        "Bagdad",
        "Syrië",
        "Nederland",
        "Verenigde Staten",
        "Erbil",
        "Duitsland",
        "Iraakse",
        "Irakezen",
        "Amerikaanse",
        "Iraanse",
        "Den Haag",
        "Brussel",
        "België",
        "Washington",
    ],
    "ORG": [
        "NAVO",
        "VS",
        "Islamitische Staat",
        "IS",
        "ISIS",
        "EU",
        "Europese Unie",
        "Capacity Building Mission Iraq",
        "CBMI",
        "Islamitische Revolutionaire Garde Corps",
        "IRGC",
    ],
}


def place_mentions(text: str, table: dict[str, list[str]]) -> list[Mention]:
    """Every whole-word occurrence of the names in the table, longest first, without overlaps."""
    found = []
    for typ, names in table.items():
        for name in names:
            for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w])", text):
                found.append(Mention(m.start(), m.end(), typ))
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Mention] = []
    for m in found:
        if not out or m.start >= out[-1].end:
            out.append(m)
    return out


def seed_documents(seeds_dir: Path) -> list[Document]:
    """The seed texts with the mentions NER would give them."""
    docs = []
    for f in sorted(seeds_dir.iterdir()):
        text = f.read_text(encoding="utf-8")
        docs.append(
            Document(
                id=f.name[:3],
                text=text,
                source=str(f),
                mentions=place_mentions(text, SEED_MENTIONS),
            )
        )
    return docs


def linked_entities_text(seeds_dir: Path) -> str:
    """Every linked entity of the seeds, in output order, one repr per line (run in a child)."""
    return "\n".join(repr(e) for e in link_documents(seed_documents(seeds_dir)))


@pytest.fixture(scope="module")
def seed_docs(seeds_dir: Path) -> list[Document]:
    return seed_documents(seeds_dir)


@pytest.fixture(scope="module")
def linked(seed_docs):
    linker = EntityLinker()
    for d in seed_docs:
        linker.add(d)
    return linker


def entity_of(linker: EntityLinker, docs: list[Document], doc_id: str, surface: str) -> Entity:
    """The entity of the first mention of `surface` in document `doc_id`."""
    doc = next(d for d in docs if d.id == doc_id)
    m = next(m for m in doc.mentions if doc.text[m.start : m.end] == surface)
    eid = linker.assignments()[(doc.id, m.start, m.end)]
    return next(e for e in linker.entities() if e.id == eid)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            ("000", "Ank Bijleveld"),
            ("000", "Bijleveld"),
            id="surname joins the full name in the same text",
        ),
        pytest.param(
            ("000", "Ank Bijleveld"),
            ("002", "A.Th.B. Bijleveld-Schouten"),
            id="initials plus double surname: first initial agrees, surname is part of the double name",
        ),
        pytest.param(
            ("000", "Qassem Soleimani"),
            ("001", "Soleimani"),
            id="bare surname in another story with shared context",
        ),
        pytest.param(
            ("000", "Qassem Soleimani"),
            ("002", "Suleimani"),
            id="transliteration variant: same consonant skeleton, shared role and co-occurring entities",
        ),
        pytest.param(
            ("001", "Islamitische Staat"),
            ("001", "IS"),
            id="acronym defined in the text: Islamitische Staat (IS)",
        ),
        pytest.param(
            ("000", "IS"),
            ("003", "Islamitische Staat"),
            id="acronym in one text, long form in another",
        ),
        pytest.param(("002", "ISIS"), ("000", "IS"), id="curated variant of the same acronym"),
        pytest.param(
            ("000", "VS"),
            ("001", "Verenigde Staten"),
            id="country short name resolves to the same ISO code",
        ),
        pytest.param(("000", "NAVO"), ("003", "NAVO"), id="same acronym across documents"),
        pytest.param(
            ("002", "Capacity Building Mission Iraq"),
            ("002", "CBMI"),
            id="acronym learned from 'Long Form (ACR)'",
        ),
        pytest.param(("000", "Irak"), ("004", "Irak"), id="same country name across documents"),
        pytest.param(
            ("003", "Jens Stoltenberg"), ("003", "Stoltenberg"), id="surname joins full name"
        ),
        pytest.param(
            ("004", "Arjen van der Horst"),
            ("004", "Van der Horst"),
            id="surname with capitalised particle at sentence start",
        ),
    ],
)
def test_entities_merge(linked, seed_docs, a, b):
    assert entity_of(linked, seed_docs, *a).id == entity_of(linked, seed_docs, *b).id


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            ("000", "Iran"),
            ("000", "Irak"),
            id="Iran and Irak differ by one letter but have different ISO codes",
        ),
        pytest.param(
            ("000", "Iraanse"),
            ("000", "Iraakse"),
            id="Iranian and Iraqi adjectives point at different countries",
        ),
        pytest.param(("001", "Irakezen"), ("001", "Iran"), id="people of Iraq are not Iran"),
        pytest.param(
            ("001", "Noord-Irak"),
            ("001", "Irak"),
            id="a region named after a country is not the country",
        ),
        pytest.param(
            ("000", "Amerikaanse"),
            ("000", "VS"),
            id="a nationality adjective is a relation, not a mention of the country",
        ),
        pytest.param(
            ("002", "S.A. Blok"), ("002", "S.A.M. Kaag"), id="two ministers signing one letter"
        ),
        pytest.param(
            ("001", "Heiko Maas"), ("000", "Bijleveld"), id="different people in related stories"
        ),
        pytest.param(("000", "EU"), ("000", "NAVO"), id="different acronyms"),
    ],
)
def test_entities_keep_apart(linked, seed_docs, a, b):
    assert entity_of(linked, seed_docs, *a).id != entity_of(linked, seed_docs, *b).id


@pytest.mark.parametrize(
    ("doc", "surface", "name", "aliases"),
    [
        pytest.param(
            "002",
            "Suleimani",
            "Qassem Soleimani",
            {"Soleimani", "Suleimani"},
            id="full name is canonical, variants are aliases",
        ),
        pytest.param(
            "002",
            "A.Th.B. Bijleveld-Schouten",
            "Ank Bijleveld",
            {"Bijleveld", "A.Th.B. Bijleveld-Schouten"},
            id="written-out first name beats initials",
        ),
        pytest.param(
            "000", "IS", "Islamitische Staat", {"IS", "ISIS"}, id="long form beats acronym"
        ),
        pytest.param("000", "VS", "Verenigde Staten", {"VS"}, id="country named by its Dutch name"),
    ],
)
def test_entities_canonical_name(linked, seed_docs, doc, surface, name, aliases):
    e = entity_of(linked, seed_docs, doc, surface)
    assert e.name == name
    assert aliases <= set(e.aliases) | {e.name}
    assert e.name not in e.aliases


@pytest.mark.parametrize(
    ("doc", "surface", "role"),
    [
        pytest.param(
            "000", "Ank Bijleveld", "minister van Defensie", id="apposition after the name"
        ),
        pytest.param(
            "002",
            "Suleimani",
            "majoor-generaal",
            id="rank before the name across a hard line break",
        ),
        pytest.param(
            "003",
            "Jens Stoltenberg",
            "secretaris-generaal van de NAVO",
            id="apposition with article and complement",
        ),
        pytest.param(
            "003", "Adel Abdel Mahdi", "premier", id="function noun right before the name"
        ),
    ],
)
def test_entities_roles_are_attributes(linked, seed_docs, doc, surface, role):
    e = entity_of(linked, seed_docs, doc, surface)
    assert role in e.attributes["roles"]
    assert role not in e.aliases and role != e.name


def test_entities_nationality_relation(linked, seed_docs):
    adj = entity_of(linked, seed_docs, "000", "Iraakse")
    people = entity_of(linked, seed_docs, "001", "Irakezen")
    iraq = entity_of(linked, seed_docs, "000", "Irak")
    assert adj.id == people.id, (
        "adjective and people noun of one country form one nationality entity"
    )
    assert adj.attributes["nationality"] == "IQ"
    assert adj.attributes["nationality-of"] == iraq.id
    assert iraq.attributes["country"] == "IQ"


@pytest.mark.parametrize(
    ("doc", "surface", "country", "lat", "lon"),
    [
        pytest.param(
            "000",
            "Bagdad",
            "IQ",
            33.3,
            44.4,
            id="Dutch exonym found among GeoNames alternate names",
        ),
        pytest.param("002", "Brussel", "BE", 50.8, 4.3, id="Dutch exonym of a capital"),
        pytest.param("002", "Den Haag", "NL", 52.1, 4.3, id="two-word Dutch city name"),
    ],
)
def test_entities_places_have_country_and_coordinates(
    linked, seed_docs, doc, surface, country, lat, lon
):
    e = entity_of(linked, seed_docs, doc, surface)
    assert e.attributes["country"] == country
    assert e.attributes["lat"] == pytest.approx(lat, abs=0.2)
    assert e.attributes["lon"] == pytest.approx(lon, abs=0.2)


def test_entities_mentions_point_into_text(linked, seed_docs):
    texts = {d.id: d.text for d in seed_docs}
    all_mentions = [m for e in linked.entities() for m in e.mentions]
    assert len(all_mentions) == sum(len(d.mentions) for d in seed_docs)
    assert len(set(all_mentions)) == len(all_mentions), (
        "every mention belongs to exactly one entity"
    )
    for e in linked.entities():
        assert e.id.startswith("e-")
        for doc_id, start, end in e.mentions:
            surface = texts[doc_id][start:end]
            assert (
                surface in {e.name, *e.aliases}
                or e.name in surface
                or any(a in surface for a in e.aliases)
                or e.attributes.get("place") == "country"
            )


_CHILD = (
    "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]); "
    "import test_link_entities as t; print(t.linked_entities_text(Path(sys.argv[2])))"
)


def test_entities_ids_are_deterministic(seeds_dir: Path) -> None:
    """The same input links to the same entities, ids and order in every process: string hashing
    is randomised per process (PYTHONHASHSEED), so set or dict order must never reach the output."""
    outputs = outputs_under_seeds(_CHILD, str(Path(__file__).parent), str(seeds_dir))  # side by side
    assert outputs[0] == outputs[1]
    assert outputs[0].strip() == linked_entities_text(seeds_dir)  # and the same in this process


def _partition(entities: list[Entity]) -> set[frozenset[tuple[str, int, int]]]:
    return {frozenset(e.mentions) for e in entities}


@pytest.mark.parametrize(
    "order",
    [
        pytest.param([0, 1, 2, 3, 4], id="arrival in file order"),
        pytest.param([4, 3, 2, 1, 0], id="reverse: the 2019 post first, the Bijleveld news item last"),
        pytest.param([2, 0, 4, 1, 3], id="interleaved"),
    ],
)
def test_entities_incremental_adding_matches_batch(seed_docs, order):
    """Documents arrive one by one, in any order, with the entities read after every arrival: each
    reading equals linking that prefix in one batch, and the final entities group the mentions
    exactly as the batch of all seeds does (ids and names may follow the first arrival)."""
    assert len(seed_docs) == len(order)
    arrived = [seed_docs[k] for k in order]
    linker = EntityLinker()
    for n, d in enumerate(arrived, 1):
        linker.add(d)
        assert linker.entities() == link_documents(arrived[:n])
    batch = link_documents(seed_docs)
    assert _partition(linker.entities()) == _partition(batch)
    assert any(len({doc for doc, _, _ in e.mentions}) > 1 for e in batch), "some entity spans documents"


def _doc(doc_id: str, text: str, names: dict[str, list[str]]) -> Document:
    return Document(id=doc_id, text=text, source=doc_id, mentions=place_mentions(text, names))


@pytest.mark.parametrize(
    ("texts", "names", "a", "b", "same"),
    [
        pytest.param(
            ["Oostenrijk sluit de grens.", "Australië kampt met bosbranden."],
            {"LOC": ["Oostenrijk", "Australië"]},
            ("d0", "Oostenrijk"),
            ("d1", "Australië"),
            False,
            id="Austria and Australia look alike in English, not by ISO code",
        ),
        pytest.param(
            [
                "Jan de Vries won de etappe in Frankrijk.",
                "Minister Marieke de Vries opende de brug in Zwolle.",
            ],
            {"PER": ["Jan de Vries", "Marieke de Vries"], "LOC": ["Frankrijk", "Zwolle"]},
            ("d0", "Jan de Vries"),
            ("d1", "Marieke de Vries"),
            False,
            id="same surname, different first names",
        ),
        pytest.param(
            [
                "Jan de Vries won de etappe in Frankrijk.",
                "De Vries opende de nieuwe bibliotheek in Zwolle.",
            ],
            {"PER": ["Jan de Vries", "De Vries"], "LOC": ["Frankrijk", "Zwolle"]},
            ("d0", "Jan de Vries"),
            ("d1", "De Vries"),
            False,
            id="bare surname in an unrelated story stays apart",
        ),
        pytest.param(
            [
                "Jan de Vries won de etappe in Frankrijk voor Jumbo-Visma.",
                "De Vries reed voor Jumbo-Visma in Frankrijk.",
            ],
            {"PER": ["Jan de Vries", "De Vries"], "LOC": ["Frankrijk"], "ORG": ["Jumbo-Visma"]},
            ("d0", "Jan de Vries"),
            ("d1", "De Vries"),
            True,
            id="bare surname with a shared organisation joins",
        ),
        pytest.param(
            ["Ali Chamenei sprak in Teheran.", "Ali Khamenei sprak opnieuw in Teheran."],
            {"PER": ["Ali Chamenei", "Ali Khamenei"], "LOC": ["Teheran"]},
            ("d0", "Ali Chamenei"),
            ("d1", "Ali Khamenei"),
            True,
            id="Dutch and English transliteration, same first name",
        ),
        pytest.param(
            [
                "General Motors sluit een fabriek in Detroit.",
                "GM zegt dat Detroit de zetel blijft.",
            ],
            {"ORG": ["General Motors", "GM"], "LOC": ["Detroit"]},
            ("d0", "General Motors"),
            ("d1", "GM"),
            True,
            id="initials spelled by a name in another text, shared context",
        ),
        pytest.param(
            [
                "De USAF koopt nieuwe tankers bij Boeing, meldt het Pentagon.",
                "De US Air Force wil de tankers van Boeing in 2020 hebben, zegt het Pentagon.",
            ],
            {"ORG": ["US Air Force", "USAF", "Boeing", "Pentagon"]},
            ("d0", "USAF"),
            ("d1", "US Air Force"),
            True,
            id="acronym first, the name spelling it (an acronym inside) later, shared context",
        ),
        pytest.param(
            [
                "De USAF koopt nieuwe tankers bij Boeing.",
                "De US Air Force oefent boven Alaska.",
            ],
            {"ORG": ["US Air Force", "USAF", "Boeing"], "LOC": ["Alaska"]},
            ("d0", "USAF"),
            ("d1", "US Air Force"),
            False,
            id="acronym and spelling name without shared context stay apart",
        ),
    ],
)
def test_entities_general_rules(texts, names, a, b, same):
    docs = [_doc(f"d{i}", t, names) for i, t in enumerate(texts)]
    linker = EntityLinker()
    for d in docs:
        linker.add(d)
    assert (entity_of(linker, docs, *a).id == entity_of(linker, docs, *b).id) is same


@pytest.mark.parametrize(
    ("mention", "core", "descriptor"),
    [
        pytest.param(
            "de Europese vliegtuigbouwer Airbus",
            "Airbus",
            "Europese vliegtuigbouwer",
            id="descriptor before a name",
        ),
        pytest.param(
            "Louis Gallois, CEO van Airbus",
            "Louis Gallois",
            "CEO van Airbus",
            id="apposition after a comma",
        ),
        pytest.param(
            "de raad van bestuur van Chrysler",
            None,
            "raad van bestuur van Chrysler",
            id="a name inside a modifier is not the head",
        ),
        pytest.param("het bedrijf", None, "", id="common noun phrase has no name"),
        pytest.param("Bank of America", "Bank of America", "", id="connector inside a name"),
        pytest.param(
            "Arjen van der Horst", "Arjen van der Horst", "", id="surname particles inside a name"
        ),
    ],
)
def test_entities_name_core(mention, core, descriptor):
    got_core, got_descriptor, _ = name_core(mention)
    assert got_core == core
    assert got_descriptor == descriptor


@pytest.mark.parametrize(
    ("word", "head"),
    [
        pytest.param("majoor-generaal", "generaal", id="hyphenated rank"),
        pytest.param("NAVO-baas", "baas", id="organisation prefix"),
        pytest.param("partijvoorzitter", "voorzitter", id="closed compound"),
        pytest.param("Minister", "minister", id="capitalised at sentence start"),
        pytest.param("vliegtuigbouwer", None, id="a kind of company is not a role"),
        pytest.param("oudhoofdredacteur", "hoofdredacteur", id="nested roles: the longest, not 'acteur'"),
        pytest.param("interimbestuursvoorzitter", "bestuursvoorzitter", id="nested roles: not 'voorzitter'"),
    ],
)
def test_entities_role_head(word, head):
    assert role_head(word) == head


def test_entities_role_head_does_not_depend_on_the_roles_order(monkeypatch):
    """The answer is the longest role suffix whatever order the role set iterates in (a set's order
    follows the process's hash seed): here the short roles come first."""
    from kroniek.link.entities import roles

    ordered = sorted(roles.role_nouns(), key=len)
    monkeypatch.setattr(roles, "role_nouns", lambda: ordered)
    assert roles.role_head("oudhoofdredacteur") == "hoofdredacteur"
    assert roles.role_head("interimbestuursvoorzitter") == "bestuursvoorzitter"


def test_entities_assignments_give_every_mention_its_entity(linked, seed_docs):
    """What relink stores (``assignments``): every mention of every document, mapped to the id of
    the entity that holds it and to nothing else."""
    table = linked.assignments()
    holder = {m: e.id for e in linked.entities() for m in e.mentions}
    spans = {(d.id, m.start, m.end) for d in seed_docs for m in d.mentions}
    assert spans and set(table) == spans
    assert table == holder


def test_entities_adding_a_document_again_replaces_it(seed_docs):
    linker = EntityLinker()
    for d in seed_docs:
        linker.add(d)
    linker.add(seed_docs[0])
    total = sum(len(e.mentions) for e in linker.entities())
    assert total == sum(len(d.mentions) for d in seed_docs)


@pytest.mark.parametrize(
    ("text", "names", "surname"),
    [
        pytest.param(
            "Barack Obama sprak in Chicago. Volgens Obama is de deal rond.",
            {"PER": ["Barack Obama"], "LOC": ["Obama", "Chicago"]},
            "Obama",
            id="surname tagged LOC that is also a Japanese town",
        ),
        pytest.param(
            "Mark Rutte landde in Brussel. Rutte wil een akkoord.",
            {"PER": ["Mark Rutte"], "MISC": ["Rutte"], "LOC": ["Brussel"]},
            "Rutte",
            id="surname tagged MISC",
        ),
    ],
)
def test_entities_surname_with_wrong_ner_type_joins_person(text, names, surname):
    doc = _doc("d0", text, names)
    linker = EntityLinker()
    linker.add(doc)
    full = next(m for m in doc.mentions if m.type == "PER")
    bare = next(m for m in doc.mentions if doc.text[m.start : m.end] == surname and m.type != "PER")
    table = linker.assignments()
    assert table[("d0", bare.start, bare.end)] == table[("d0", full.start, full.end)]
