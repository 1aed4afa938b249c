"""Cleaning: encodings, whitespace, quotes, de-hyphenation and reflow on real Dutch text."""

from __future__ import annotations

import pytest

from kroniek.ingest.clean import clean_text, is_hard_wrapped, normalize_quotes, reflow
from kroniek.ingest.hyphen import dehyphenate, keep_hyphen

DEHYPHENATION = [
    # (left part, right part, expected joined text)
    pytest.param("verschil", "lende", "verschillende", id="syllable break, joined word in list"),
    pytest.param(
        "veiligheidsmaatre",
        "gelen",
        "veiligheidsmaatregelen",
        id="long compound, joined word in list",
    ),
    pytest.param("noodza", "kelijk", "noodzakelijk", id="syllable break in adjective"),
    pytest.param("essen", "tieel", "essentieel", id="syllable break, second part no word"),
    pytest.param("stafoffi", "cieren", "stafofficieren", id="compound split inside a part"),
    pytest.param("majoor", "generaal", "majoor-generaal", id="hyphenated rank in word list"),
    pytest.param(
        "secretaris", "generaal", "secretaris-generaal", id="-generaal titles keep hyphen"
    ),
    pytest.param(
        "anti-ISIS", "coalitie", "anti-ISIS-coalitie", id="abbreviation part keeps hyphen"
    ),
    pytest.param("NAVO", "missie", "NAVO-missie", id="acronym before hyphen"),
    pytest.param("100", "brief", "100-brief", id="number before hyphen"),
    pytest.param("Noord", "Irak", "Noord-Irak", id="capitalised second part"),
    pytest.param("Tweede", "Kamerlid", "Tweede-Kamerlid", id="capitalised compound"),
    pytest.param("de", "escalatie", "de-escalatie", id="vowel clash e-e, in word list"),
    pytest.param("zee", "egel", "zee-egel", id="vowel clash spelling rule"),
    pytest.param("auto", "ongeluk", "auto-ongeluk", id="vowel clash o-o"),
    pytest.param("informatie", "uitwisseling", "informatie-uitwisseling", id="vowel clash e-u"),
    pytest.param(
        "verrijkings",
        "percentages",
        "verrijkingspercentages",
        id="unlisted compound with linking s",
    ),
    pytest.param(
        "trainings",
        "activiteiten",
        "trainingsactiviteiten",
        id="unlisted compound, parts closed in list",
    ),
    pytest.param("drone", "aanval", "droneaanval", id="e-a is no vowel clash"),
    pytest.param(
        "ontwikkelings", "samenwerking", "ontwikkelingssamenwerking", id="compound with linking s"
    ),
    pytest.param(
        "oud-minis", "ter", "oud-minister", id="break inside the last part of a hyphenated word"
    ),
    pytest.param("coördi", "natie", "coördinatie", id="diaeresis word"),
    pytest.param("oud", "minister", "oud-minister", id="oud- prefix is hyphenated"),
    pytest.param("niet", "bindende", "niet-bindende", id="niet- compound in list"),
    pytest.param(
        "tv", "programma", "tv-programma", id="abbreviation in lowercase, listed hyphenated"
    ),
    pytest.param("politie", "agent", "politieagent", id="closed compound in list"),
    pytest.param("Verschil", "lende", "Verschillende", id="sentence-initial capital on the left"),
    pytest.param(
        "Kamer", "leden", "Kamerleden", id="capitalised institution, closed compound in list"
    ),
    pytest.param(
        "Minister", "president", "Minister-president", id="capitalised, hyphenated in list"
    ),
    pytest.param("risico", "inschatting", "risico-inschatting", id="vowel clash o-i"),
    pytest.param("luitenant", "kolonel", "luitenant-kolonel", id="rank pair in list"),
    pytest.param("Oekraïne", "steun", "Oekraïne-steun", id="name before unlisted compound"),
    pytest.param("Irak", "missie", "Irak-missie", id="country name before a noun"),
    pytest.param("2020", "2021", "2020-2021", id="number range"),
    pytest.param("asiel", "zoekerscentrum", "asielzoekerscentrum", id="long compound in list"),
    pytest.param("stikstof", "uitstoot", "stikstofuitstoot", id="f-u no vowel clash"),
    pytest.param("ministe", "rie", "ministerie", id="short syllable after the break"),
    pytest.param("e", "mail", "e-mail", id="letter prefix in list"),
    pytest.param("inter", "nationale", "internationale", id="prefix that is no word alone"),
]


@pytest.mark.usefixtures("warm_readers")  # the word list indexed once per session, not by the first row
@pytest.mark.parametrize(("left", "right", "expected"), DEHYPHENATION)
def test_hyphen_dehyphenate_table(left: str, right: str, expected: str) -> None:
    text = f"door de {left}-\n{right} missies"
    assert dehyphenate(text) == f"door de {expected} missies"


def test_hyphen_dash_with_space_is_not_a_hyphenation() -> None:
    # A dash after a space is punctuation; the reflow just joins the lines with a space.
    out = reflow(
        "Het kabinet besluit - na lang overleg -\nom door te gaan met de missie in Irak en de\nregio die nu onrustig is geworden door de aanval.\nDaarna volgt meer."
    )
    assert "overleg - om" in out


def test_hyphen_keep_hyphen_needs_letters() -> None:
    assert keep_hyphen("2019", "2020") is True


def test_hyphen_soft_hyphen_always_joins() -> None:
    assert clean_text("Het is noodza\u00ad\nkelijk.").text == "Het is noodzakelijk."


QUOTES = [
    pytest.param(
        ",,De gemeenschap heeft investeringen gedaan’’, sprak Maas.",
        "„De gemeenschap heeft investeringen gedaan”, sprak Maas.",
        id="typewriter low-high pair",
    ),
    pytest.param(
        '„Wij hebben begrip", zegt Bijleveld.',
        "„Wij hebben begrip”, zegt Bijleveld.",
        id="low opening closed by straight quote",
    ),
    pytest.param(
        'Hij zei: "Het is aan de regering" en vertrok.',
        "Hij zei: “Het is aan de regering” en vertrok.",
        id="straight quotes by position",
    ),
    pytest.param(
        "De resolutie is ''geen verplichting''.",
        "De resolutie is “geen verplichting”.",
        id="double apostrophes",
    ),
    pytest.param("«buitenlandse troepen»", "“buitenlandse troepen”", id="guillemets"),
    pytest.param(
        "Duitsland is 'niet heel hulpvaardig'.",
        "Duitsland is ‘niet heel hulpvaardig’.",
        id="straight single quotes",
    ),
    pytest.param(
        "drie commando's en twee foto's",
        "drie commando’s en twee foto’s",
        id="apostrophe in plural",
    ),
    pytest.param(
        "Hij vertrok 's avonds naar 's-Hertogenbosch.",
        "Hij vertrok ’s avonds naar ’s-Hertogenbosch.",
        id="elision 's is an apostrophe",
    ),
    pytest.param(
        "sinds ‘95 en 't is 'n zaak", "sinds ’95 en ’t is ’n zaak", id="elided year, 't and 'n"
    ),
    pytest.param("‘Alles terugbetalen’", "‘Alles terugbetalen’", id="curly singles unchanged"),
    pytest.param(
        "Het heet ‚proefballon‘ hier", "Het heet ‘proefballon‘ hier", id="low single opening"
    ),
]


@pytest.mark.parametrize(("raw", "expected"), QUOTES)
def test_clean_quotes_table(raw: str, expected: str) -> None:
    assert normalize_quotes(raw) == expected


WHITESPACE = [
    pytest.param("De\u00a0minister\u202fzegt", "De minister zegt", id="no-break spaces"),
    pytest.param("Irak\u200b\u200dmissie\ufeff", "Irakmissie", id="zero-width characters"),
    pytest.param(
        "Stop\x07 de\x1b  pers", "Stop de pers", id="control characters and double spaces"
    ),
    pytest.param(
        "Eerste alinea.\r\n\r\nTweede alinea.", "Eerste alinea.\n\nTweede alinea.", id="CRLF"
    ),
    pytest.param("Eerste.\n\n\n\n\nTweede.", "Eerste.\n\nTweede.", id="runs of blank lines"),
    pytest.param(
        "Het is geÃ«ngageerd in het cafÃ©.",
        "Het is geëngageerd in het café.",
        id="mojibake repaired",
    ),
    pytest.param("gee\u0308ngageerd", "geëngageerd", id="decomposed diaeresis becomes NFC"),
    pytest.param("Zij zei ''ja''ë", "Zij zei “ja”ë", id="quote before diaeresis is no mojibake"),
    pytest.param(
        "  Regel met spaties  \n\tvolgende  ", "Regel met spaties\n\nvolgende", id="lines stripped"
    ),
]


@pytest.mark.parametrize(("raw", "expected"), WHITESPACE)
def test_clean_whitespace_and_encoding(raw: str, expected: str) -> None:
    assert clean_text(raw, hard_wrapped=False).text == expected


def test_clean_hard_wrap_detection_on_seeds(seeds_dir) -> None:
    texts = {p.name[:3]: p.read_text(encoding="utf-8") for p in seeds_dir.glob("*.txt")}
    assert is_hard_wrapped(texts["002"])
    for key in ("000", "001", "003"):
        assert not is_hard_wrapped(texts[key]), key


def _seed(seeds_dir, prefix: str) -> str:
    return next(seeds_dir.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def test_clean_letter_seed_reflows_into_paragraphs(seeds_dir) -> None:
    result = clean_text(_seed(seeds_dir, "002"))
    assert result.hard_wrapped
    paras = result.text.split("\n\n")
    assert paras[0] == "Den Haag, 6 januari 2020"
    # headings stay their own paragraph
    for heading in (
        "Anti-ISIS-coalitie",
        "NAVO-missie in Irak (NMI)",
        "Maritieme veiligheid Golfregio",
    ):
        assert heading in paras
    # no line breaks left inside running prose, no hyphen before a newline
    assert "-\n" not in result.text
    body = [p for p in paras if len(p) > 200]
    assert body and all("\n" not in p for p in body)
    for word in (
        "verschillende",
        "veiligheidsmaatregelen",
        "noodzakelijk",
        "essentieel",
        "verrijkingspercentages",
        "majoor-generaal",
        "anti-ISIS-coalitie",
        "de-escalatie",
    ):
        assert word in result.text, word
    # signature block: office and name on two lines of one paragraph
    assert paras[-1].split("\n") == [
        "De Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking,",
        "S.A.M. Kaag",
    ]
    assert "De Minister van Defensie,\nA.Th.B. Bijleveld-Schouten" in paras
    assert result.warnings == ()


def test_clean_reflow_without_blank_lines_keeps_headings(seeds_dir) -> None:
    # PDFs without paragraph spacing lose every blank line; headings must still stand alone.
    text = "\n".join(ln for ln in _seed(seeds_dir, "002").split("\n") if ln.strip())
    paras = clean_text(text, hard_wrapped=True).text.split("\n\n")
    for heading in (
        "Den Haag, 6 januari 2020",
        "Anti-ISIS-coalitie",
        "NAVO-missie in Irak (NMI)",
        "EU-adviesmissie in Irak (EUAM)",
        "Maritieme veiligheid Golfregio",
        "Geannoteerde agenda ingelaste Raad Buitenlandse Zaken",
    ):
        assert heading in paras, heading
    assert any(p.startswith("Van het grootste belang") for p in paras), (
        "short last line ends a paragraph"
    )


@pytest.mark.parametrize(
    ("prefix", "truncated"),
    [
        pytest.param("000", False, id="ends on a sentence"),
        pytest.param("001", True, id="ends on a quoted heading"),
        pytest.param("002", False, id="letter ends on a signature"),
        pytest.param("003", False, id="ends on a quote"),
    ],
)
def test_clean_truncated_warning_on_seeds(seeds_dir, prefix: str, truncated: bool) -> None:
    result = clean_text(_seed(seeds_dir, prefix))
    assert any(w.startswith("truncated") for w in result.warnings) is truncated


def test_clean_paragraphs_separated_by_one_blank_line(seeds_dir) -> None:
    text = clean_text(_seed(seeds_dir, "001")).text
    assert "\n\n\n" not in text
    assert text.count("\n\n") == 9  # ten paragraphs


def test_clean_reflow_drops_page_marks_and_joins_across_pages() -> None:
    text = (
        "Als gevolg van de verslechterde veiligheidssituatie zijn door de verschil-\n"
        "Pagina 2 van 5\n"
        "lende in Irak opererende missies waar Nederland aan deelneemt, maatregelen\n"
        "genomen die op de korte termijn van invloed zijn op de inzet van personeel."
    )
    assert clean_text(text, hard_wrapped=True).text == (
        "Als gevolg van de verslechterde veiligheidssituatie zijn door de verschillende in Irak "
        "opererende missies waar Nederland aan deelneemt, maatregelen genomen die op de korte "
        "termijn van invloed zijn op de inzet van personeel."
    )


def test_clean_reflow_not_sign_as_line_end_hyphen() -> None:
    text = (
        "De commandant beziet op dit moment of er verdere maatregelen noodza\u00ac\n"
        "kelijk zijn in het kader van de veiligheid van alle militairen ter plaatse.\n"
        "Nederland levert een aantal stafofficieren aan het hoofdkwartier van de missie."
    )
    assert "noodzakelijk zijn" in clean_text(text, hard_wrapped=True).text
