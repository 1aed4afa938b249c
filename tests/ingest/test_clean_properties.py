"""Properties of clean_text that must hold for any input, not only the examples."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from kroniek.ingest.clean import clean_text
from kroniek.ingest.html import html_to_text

# Dutch-looking text: letters incl. diacritics, punctuation, quotes, odd spaces and line breaks.
ALPHABET = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ ëéïöüè.,;:!?-'\"„“”‘’«»()0123456789")
    + ["\n", "\n\n", "\r\n", "\u00a0", "\u200b", "\t", "\u00ad", ",,", "''", "e\u0308", "-\n"]
)
TEXT = st.lists(ALPHABET, max_size=400).map("".join)


@settings(max_examples=200, deadline=None)
@given(TEXT, st.sampled_from([None, True, False]))
def test_clean_properties_hold(text: str, wrapped: bool | None) -> None:
    out = clean_text(text, hard_wrapped=wrapped).text
    assert out == unicodedata.normalize("NFC", out)
    assert "\n\n\n" not in out
    assert out == out.strip()
    for bad in ("\r", "\t", "\u00a0", "\u200b", "\u00ad", "  ", '"', "'", "«", "»"):
        assert bad not in out, bad
    for para in out.split("\n\n") if out else []:
        assert para and para == para.strip()


@settings(max_examples=100, deadline=None)
@given(TEXT)
def test_clean_is_idempotent_on_unwrapped_text(text: str) -> None:
    once = clean_text(text, hard_wrapped=False).text
    assert clean_text(once, hard_wrapped=False).text == once


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<script>",
                "</script>",
                "<b>",
                "</b>",
                "<br>",
                "<div ",
                "onerror=",
                "'",
                '"',
                ">",
                "<",
                "tekst ",
                "&amp;",
                "<!--",
                "-->",
                "<style>",
                "</style>",
                "alert(1)",
            ]
        ),
        max_size=60,
    ).map("".join)
)
def test_clean_html_stripper_never_leaks_tags(html: str) -> None:
    text = html_to_text(html)
    for bad in ("<script", "<p", "<style", "<div", "<!--", "<b>", "<br"):
        assert bad not in text, bad
