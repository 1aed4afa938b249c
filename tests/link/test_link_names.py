"""Name strings: normalisation, Dutch person names, acronyms and their definitions in running text."""

from __future__ import annotations

import pytest

from kroniek.link.names import (
    consonant_skeleton,
    curated_acronyms,
    find_acronym_definitions,
    initials_of,
    is_acronym,
    normalize,
    parse_person,
)


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        pytest.param("Australië", "australie", id="diacritics removed"),
        pytest.param("Noord-Irak", "noord irak", id="hyphen is a word break"),
        pytest.param("  De  VS ", "de vs", id="case and spaces"),
        pytest.param("„echte boef”", "echte boef", id="Dutch quotes dropped"),
    ],
)
def test_names_normalize(raw, key):
    assert normalize(raw) == key


@pytest.mark.parametrize(
    ("name", "given", "initials", "surname_parts"),
    [
        pytest.param("Ank Bijleveld", ("ank",), "A", ("bijleveld",), id="first name and surname"),
        pytest.param(
            "A.Th.B. Bijleveld-Schouten",
            (),
            "ATB",
            ("bijleveld", "schouten"),
            id="multi-letter initials and a double surname",
        ),
        pytest.param(
            "Arjen van der Horst",
            ("arjen",),
            "A",
            ("horst",),
            id="particles belong to the surname, not its key",
        ),
        pytest.param(
            "Van der Horst", (), "", ("horst",), id="capitalised particle at sentence start"
        ),
        pytest.param("S.A.M. Kaag", (), "SAM", ("kaag",), id="initials only"),
        pytest.param("Bijleveld", (), "", ("bijleveld",), id="bare surname"),
    ],
)
def test_names_parse_person(name, given, initials, surname_parts):
    p = parse_person(name)
    assert p is not None
    assert (p.given, p.initials, p.surname_parts) == (given, initials, surname_parts)


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        pytest.param(
            "Ank Bijleveld",
            "A.Th.B. Bijleveld-Schouten",
            True,
            id="first name and matching first initial",
        ),
        pytest.param("Jan de Vries", "Marieke de Vries", False, id="different first names"),
        pytest.param("Jan de Vries", "M. de Vries", False, id="first name and another initial"),
        pytest.param("Jan de Vries", "De Vries", True, id="bare surname fits any first name"),
    ],
)
def test_names_given_compatible(a, b, compatible):
    pa, pb = parse_person(a), parse_person(b)
    assert pa is not None and pb is not None
    assert pa.given_compatible(pb) is compatible
    assert pa.surname_matches(pb)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        pytest.param("Soleimani", "Suleimani", True, id="vowel variation in transliteration"),
        pytest.param("Chamenei", "Khamenei", True, id="Dutch ch, English kh"),
        pytest.param("Iran", "Irak", False, id="different final consonant"),
        pytest.param("Oostenrijk", "Australie", False, id="different consonant frames"),
    ],
)
def test_names_consonant_skeleton(a, b, same):
    assert (consonant_skeleton(a) == consonant_skeleton(b)) is same


@pytest.mark.parametrize(
    ("text", "short", "long"),
    [
        pytest.param(
            "de strijd tegen Islamitische Staat (IS).",
            "IS",
            "Islamitische Staat",
            id="two-letter acronym",
        ),
        pytest.param(
            "van de Islamitische Revolutionaire Garde Corps (IRGC) die",
            "IRGC",
            "Islamitische Revolutionaire Garde Corps",
            id="article before the long form is left out",
        ),
        pytest.param(
            "samenwerken met het Internationaal Atoomenergie Agentschap (IAEA);",
            "IAEA",
            "Internationaal Atoomenergie Agentschap",
            id="letter from inside a compound word",
        ),
        pytest.param(
            "als onderdeel van de Capacity Building\nMission Iraq (CBMI)",
            "CBMI",
            "Capacity Building Mission Iraq",
            id="long form across a hard line break",
        ),
    ],
)
def test_names_acronym_definitions(text, short, long):
    defs = {d.short: d for d in find_acronym_definitions(text)}
    assert defs[short].long == long
    d = defs[short]
    assert text[d.short_start : d.short_end] == short


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Hij was er (zo zei hij) niet.", id="lowercase bracket is no acronym"),
        pytest.param(
            "de commandant van de anti-ISIS-coalitie (CJTF-OIR) in Bagdad",
            id="letters not spelled by the words before",
        ),
        pytest.param("De kosten (EUR) stegen.", id="one word cannot spell three letters"),
    ],
)
def test_names_acronym_definitions_rejected(text):
    assert all(d.short not in {"CJTF-OIR", "EUR"} for d in find_acronym_definitions(text))


@pytest.mark.parametrize(
    ("s", "expected"),
    [
        pytest.param("NAVO", True, id="all capitals"),
        pytest.param("CJTF-OIR", True, id="hyphenated acronym"),
        pytest.param("Navo", False, id="capitalised word"),
        pytest.param("A", False, id="single letter"),
    ],
)
def test_names_is_acronym(s, expected):
    assert is_acronym(s) is expected


def test_names_initials_skip_function_words():
    assert initials_of("Organisatie voor Veiligheid en Samenwerking in Europa") == "OVSE"
    assert initials_of("General Motors") == "GM"


def test_names_curated_acronyms_small_and_general():
    table = curated_acronyms()
    assert table["NAVO"] == table["NATO"]
    assert table["IS"] == table["ISIS"]
    assert len(table) < 40, "the curated list stays small; the rest is learned from text"
