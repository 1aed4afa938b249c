"""The XML form of an official publication (officielebekendmakingen.nl serves every Handelingen
item and Kamerstuk as ``<identifier>.xml`` beside its page and PDF).

The root is ``officiele-publicatie`` with the publication's ``<metadata>`` (``<meta name=…
content=…>``: DC.identifier, DC.title, DC.creator, OVERHEIDop.datumVergadering,
OVERHEIDop.vergadernummer …) and its text. A Handelingen item's text is a run of
``<spreekbeurt>`` elements, each a ``<spreker>`` (``<voorvoegsels>`` "De heer" / "Mevrouw" /
"Minister" / "De", ``<naam><achternaam>``, ``<politiek>`` the party, ``<functie>`` a member of
the government's office) and its ``<tekst>`` of ``<al>`` paragraphs; a turn set inside an
``<interrumpant>``/``<interruptie>`` element is spoken during another's speech.

``publication_page`` writes such a file as the page officielebekendmakingen.nl serves for it (DC
metadata, ``#broodtekst`` with the meeting's header, the item's title and one labelled paragraph
per speaker), so the HTML reader gives the XML the same title, day, body and turns as the page;
``xml_speakers`` gives the structure the labels cannot carry (the office, the interruptions the
file marks).
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, field
from typing import Any

from ..lexicon import MONTHS, WEEKDAYS

_ROOTS = re.compile(rb"<(?:officiele-publicatie|handelingen|kamerstuk)[\s>]")
_ROLES = ("minister-president", "viceminister-president", "minister", "staatssecretaris")
_BLOCKS = ("al", "tussenkop", "kop", "titel", "item-titel", "li")
_SKIP = ("noot", "metadata", "meta", "spreker")


def is_publication_xml(head: bytes) -> bool:
    """Say whether an XML file's first bytes open an official publication (not a feed)."""
    return bool(_ROOTS.search(head.lower()))


@dataclass(frozen=True, slots=True)
class Speaker:
    """One ``<spreker>``: the label the minutes print and what the structure adds."""

    label: str  # "De heer Veldhoen (CDA)", "Minister Brouwers", "De voorzitter"
    office: str | None = None  # "minister van Infrastructuur en Waterstaat"
    interrupts: bool = False  # set inside an interruption element


@dataclass(slots=True)
class Publication:
    """What an official publication's XML holds, ready to be written as its page."""

    meta: dict[str, str] = field(default_factory=dict)
    title: str | None = None
    header: list[str] = field(default_factory=list)
    blocks: list[tuple[Speaker | None, list[str]]] = field(default_factory=list)


def read_publication(raw: bytes) -> Publication:
    """Parse the XML (no entities, no network) into metadata, title and the speakers' turns or,
    for a document without turns, its paragraphs."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(raw, parser)
    pub = Publication()
    for el in root.iter():
        tag = _tag(el)
        if tag == "meta" and el.get("name") and el.get("content"):
            pub.meta.setdefault(el.get("name"), el.get("content").strip())
        elif tag == "item-titel" and pub.title is None:
            pub.title = _text(el)
    turns = [el for el in root.iter() if _tag(el) == "spreekbeurt"]
    if turns:
        pub.blocks = [(_speaker(t), _paragraphs(_first(_child(t, "tekst"), t))) for t in turns]
    else:
        pub.blocks = [(None, _paragraphs(_first(_child(root, "handelingen"), root)))]
    pub.title = pub.title or pub.meta.get("DC.title")
    pub.header = _header(pub.meta)
    return pub


def publication_page(pub: Publication) -> str:
    """The publication as officielebekendmakingen.nl serves its page."""
    metas = "\n".join(
        f'<meta name="{html.escape(k)}" content="{html.escape(v)}">' for k, v in pub.meta.items()
    )
    head = "".join(f"<p>{html.escape(line)}</p>" for line in pub.header)
    title = f"<h1>{html.escape(pub.title)}</h1>" if pub.title else ""
    body = "\n".join(_block(s, paras) for s, paras in pub.blocks)
    return (
        f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">'
        f"<title>{html.escape(pub.title or '')}</title>{metas}</head><body><main>"
        f'<div id="broodtekst" class="broodtekst"><div class="kop">{head}</div>{title}{body}'
        f"</div></main></body></html>"
    )


def xml_speakers(pub: Publication) -> list[Speaker]:
    """The speakers of the turns, in order."""
    return [s for s, _p in pub.blocks if s is not None]


# ----------------------------------------------------------------------------- the parts


def _tag(el: Any) -> str:
    return el.tag.rsplit("}", 1)[-1].lower() if isinstance(el.tag, str) else ""


def _text(el: Any) -> str:
    return " ".join("".join(el.itertext()).split())


def _child(el: Any, tag: str) -> Any:
    return next((c for c in el.iter() if _tag(c) == tag), None)


def _first(el: Any, default: Any) -> Any:
    return default if el is None else el


def _paragraphs(el: Any) -> list[str]:
    """The text blocks under an element, in order, its notes and speakers' labels left out."""
    out: list[str] = []

    def walk(node: Any) -> None:
        for ch in node:
            tag = _tag(ch)
            if tag in _SKIP or tag == "spreekbeurt":
                continue
            if tag in _BLOCKS:
                text = _text_without_notes(ch)
                if text:
                    out.append(text)
            else:
                walk(ch)

    walk(el)
    return out


def _text_without_notes(el: Any) -> str:
    """A paragraph's words; a note inside it (``<noot>``) is no part of them."""
    parts = [el.text or ""]
    for ch in el:
        if _tag(ch) not in ("noot", "noot-ref", "nootref"):
            parts.append(_text_without_notes(ch))
        parts.append(ch.tail or "")
    return " ".join("".join(parts).split())


def _speaker(turn: Any) -> Speaker:
    """The label as the minutes print it, from a turn's ``<spreker>``."""
    sp = _child(turn, "spreker")
    get = (lambda tag: _text(_child(sp, tag)) if _child(sp, tag) is not None else "") if sp is not None else (lambda tag: "")
    prefix, name, party, office = get("voorvoegsels"), get("achternaam") or get("naam"), get("politiek"), get("functie")
    interrupts = any(_tag(a).startswith("interru") for a in turn.iterancestors())  # -mpant, -ptie
    if name.casefold() == "voorzitter" or (not name and "voorzitter" in office.casefold()):
        return Speaker("De voorzitter", None, interrupts)
    role = next((r for r in _ROLES if prefix.casefold() == r or office.casefold().startswith(r)), None)
    if role is not None and not party:
        return Speaker(f"{role.capitalize()} {name}", office or None, interrupts)
    return Speaker(f"{prefix or 'De heer'} {name} ({party})" if party else f"{prefix} {name}".strip(), None, interrupts)


def _block(speaker: Speaker | None, paras: list[str]) -> str:
    """One turn as the page prints it: the label on a paragraph of its own, then the words."""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paras)
    if speaker is None:
        return body
    return f'<div class="spreekbeurt"><p>{html.escape(speaker.label)}:</p>{body}</div>'


def _header(meta: dict[str, str]) -> list[str]:
    """The page's header: chamber, session ("Vergaderjaar 2021–2022") and the meeting line ("51e vergadering, donderdag 17
    februari 2022") when the metadata give the meeting's number and day."""
    lines = [meta["DC.creator"]] if meta.get("DC.creator") else []
    year = re.fullmatch(r"(\d{4})\s*[-–]\s*(\d{4})", meta.get("OVERHEIDop.vergaderjaar", ""))
    if year:
        lines.append(f"Vergaderjaar {year[1]}–{year[2]}")
    day, number = meta.get("OVERHEIDop.datumVergadering"), meta.get("OVERHEIDop.vergadernummer")
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", day or "")
    if m and number and number.isdigit():
        date = dt.date(int(m[1]), int(m[2]), int(m[3]))
        month = next(k for k, v in MONTHS.items() if v == date.month)  # the full name comes first
        weekday = next(k for k, v in WEEKDAYS.items() if v == date.weekday())
        lines.append(f"{number}e vergadering, {weekday} {date.day} {month} {date.year}")
    return lines
