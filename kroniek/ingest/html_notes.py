"""Footnotes in web pages: reference numbers out of the words, note text out of the body.

A government page cites its sources as the PDF does, with a raised number linked to the note
("informatiebeveiliging<sup><a href="#n1">1</a></sup>.") and the notes after the text, each
in an element the link points to. Left in, the number glues onto the word ("beveiliging1.")
and the notes become the body's last paragraphs. ``split_notes`` takes both out before the page
is read, so the page and the PDF of one document give the same body; the notes are kept as
metadata, as the PDF reader keeps its page-foot notes.
"""

from __future__ import annotations

import re

_REFERENCE = re.compile(r"<sup\b[^<>]*>\s*<a\b[^<>]*href=[\"']#", re.IGNORECASE)
_NUMBER = re.compile(r"\d{1,3}")


def split_notes(html: str) -> tuple[str, list[str]]:
    """The page without its footnote references and notes, and the notes' texts in order
    ("1 De verantwoording …"). A page without linked raised numbers comes back unchanged."""
    if not _REFERENCE.search(html):
        return html, []
    import lxml.html

    try:
        root = lxml.html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", html))
    except (ValueError, lxml.etree.ParserError):
        return html, []
    targets: list[tuple[str, str]] = []  # (the note's id, its number)
    for sup in list(root.iter("sup")):
        links = sup.findall("a")
        href = links[0].get("href", "") if len(links) == 1 else ""
        number = sup.text_content().strip()
        if href.startswith("#") and _NUMBER.fullmatch(number):
            targets.append((href[1:], number))
            _drop(sup)
    notes = []
    for target, number in targets:
        found = root.xpath("//*[@id=$id]", id=target)
        if not found:
            continue  # a link back from a note to its reference
        text = " ".join(found[0].text_content().split())
        notes.append(f"{number} {text.removeprefix(number).lstrip()}")
        _drop(found[0])
    if not notes:
        return html, []
    return lxml.html.tostring(root, encoding="unicode", doctype="<!DOCTYPE html>"), notes


def _drop(element: object) -> None:
    """Remove an element, keeping the text that follows it."""
    element.drop_tree()  # type: ignore[attr-defined]
