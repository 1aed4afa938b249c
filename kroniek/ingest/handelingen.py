"""The Handelingen: the plenary minutes of the Tweede and Eerste Kamer, one agenda item each.

An item (officielebekendmakingen.nl "h-tk-20212022-51-7", as a page or a PDF) is a run of
turns, each headed by its speaker's label on a paragraph of its own: a member's "De heer Veldhoen
(CDA):" or "Mevrouw Bakkal-Smit (SP):", a member of the government's "Minister Brouwers:" or
"Staatssecretaris Van Aalst:", the chair's "De voorzitter:". The page opens with the meeting
("51e vergadering, donderdag 17 februari 2022") and the item's title.

``split_meeting`` takes that opening off the body; ``find_turns`` marks every turn in the
document's final text with its speaker (name, party, role, the label's span), its parts (each
spoken paragraph, a long one in groups of sentences) and, for a turn during another's speech,
whom it interrupts. The turns travel in ``Document.meta["turns"]``; the quote finder makes each
part a quote with the turn's speaker.
"""

from __future__ import annotations

import re
from typing import Any

from ..lexicon import MONTHS, WEEKDAYS
from ..model import PublishedDate
from ..sentences import boundaries
from .dates import parse_date

IDENTIFIER = re.compile(r"h-(?:tk|ek)-\d{8}-", re.IGNORECASE)

# A surname as the minutes print it: "Veldhoen", "Van der Graaf", "Bakkal-Smit", "De Jonge".
_UP = "A-ZÀ-ÖØ-Þ"  # "Özdemir", "Émile": a capital with an accent is a capital
_NAME = rf"(?:[{_UP}][\w’'.]*(?:-[{_UP}][\w’'.]*)*)(?:\s+(?:[a-z’']{{1,4}}\s+){{0,3}}[{_UP}][\w’'.]*(?:-[{_UP}][\w’'.]*)*){{0,3}}"
_ROLES = r"Minister-president|Minister|Staatssecretaris|Viceminister-president"
_LABEL = re.compile(
    rf"(?:(?:De heer|Mevrouw)\s+(?P<member>{_NAME})\s+\((?P<party>[^()\n]{{1,40}})\)"
    rf"|(?P<role>{_ROLES})\s+(?P<minister>{_NAME})"
    r"|De\s+(?P<chair>[Vv]oorzitter))\s*:"
)
# What the minutes say in their own voice, no speaker's words: "(Geroffel op de bankjes)", "De
# vergadering wordt van 15.40 uur tot 15.50 uur geschorst.", "De beraadslaging wordt gesloten."
_OWN_VOICE = re.compile(
    r"\(.*\)|De (?:algemene )?(?:beraadslaging|vergadering) wordt\b.*\.|Sluiting \d{1,2}[.:]\d{2} uur\.?"
)
# The chair gives the floor: "Ik geef het woord aan …", "Het woord is aan …"; to a member of the
# government by office: "… het woord aan de minister van Infrastructuur en Waterstaat."
_GIVES_FLOOR = re.compile(r"\bhet woord\b", re.IGNORECASE)
_OFFICE = re.compile(
    r"\bhet woord (?:is )?aan de (?P<office>(?P<role>minister(?:-president)?|staatssecretaris)"
    r"(?: van| voor)(?: [A-Z][\w-]*| en| van| voor){1,8})"
)
_MEETING = re.compile(
    rf"(?P<meeting>\d{{1,3}}e vergadering),?\s+(?:(?:{'|'.join(WEEKDAYS)})\s+)?"
    rf"(?P<d>\d{{1,2}})\s+(?P<m>{'|'.join(MONTHS)})\s+(?P<y>\d{{4}})",
    re.IGNORECASE,
)


def is_handelingen(identifier: str | None) -> bool:
    """Say whether a publication's identifier names a Handelingen item ("h-tk-20212022-51-7")."""
    return bool(identifier and IDENTIFIER.match(identifier))


def split_meeting(body: str, title: str | None) -> tuple[str, dict[str, str], PublishedDate | None]:
    """Take the meeting line ("51e vergadering, donderdag 17 februari 2022") and the item's title
    after it off the top of an item's body: the body left, the meeting for metadata, its day."""
    paras = body.split("\n\n")
    m = _MEETING.fullmatch(paras[0].strip()) if paras else None
    if m is None:
        return body, {}, None
    rest = paras[1:]
    if rest and title and rest[0].strip().casefold() == title.strip().casefold():
        rest = rest[1:]
    day = parse_date(f"{m['y']}-{MONTHS[m['m'].lower()]:02d}-{int(m['d']):02d}", "text")
    if day is not None:
        day = PublishedDate(day.value, day.granularity, "text", paras[0].strip())
    return "\n\n".join(rest), {"meeting": m["meeting"]}, day


def find_turns(text: str) -> list[dict[str, Any]]:
    """Every turn of an item's text, in order: where its words are, who speaks (the label's name
    span, name, party, role, a minister's office when the chair names it) and, when a member
    speaks during another's speech, whom they interrupt."""
    labels = _labels(text)
    turns: list[dict[str, Any]] = []
    for k, m in enumerate(labels):
        end = labels[k + 1].start() if k + 1 < len(labels) else len(text)
        spans = _spoken(text, m.end(), end)
        if spans:
            parts = [list(p) for s, e in spans for p in _groups(text, s, e)]
            turns.append({**_speaker(m), "start": spans[0][0], "end": spans[-1][1], "parts": parts})
    _mark_interruptions(text, turns)
    return turns


def _labels(text: str) -> list[re.Match[str]]:
    """Speaker labels that open a paragraph (alone on it, or before the first words)."""
    found = []
    for m in _LABEL.finditer(text):
        opens = m.start() == 0 or text[m.start() - 1] == "\n"
        if opens and (m.end() == len(text) or text[m.end()] in " \n"):
            found.append(m)
    return found


def _spoken(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a turn's spoken paragraphs between its label and the next; the minutes' own
    voice ("(Hilariteit)", a suspension) is no one's words, wherever it stands."""
    spans = [(p.start() + start, p.end() + start) for p in re.finditer(r"[^\n]+", text[start:end])]
    spans = [(s + len(text[s:e]) - len(text[s:e].lstrip()), s + len(text[s:e].rstrip())) for s, e in spans]
    return [(s, e) for s, e in spans if e > s and not _OWN_VOICE.fullmatch(text[s:e])]


# A quote a reader can use: a paragraph, or a long one cut at sentence ends into groups of about
# this many characters (a turn's paragraph in the minutes runs to a page).
PART_CHARS = 600


def _groups(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A paragraph as quotes: whole when it is short, else runs of whole sentences of at most
    PART_CHARS characters (a sentence longer than that stays whole)."""
    if end - start <= PART_CHARS:
        return [(start, end)]
    cuts = [start + b for b in boundaries(text[start:end])]
    groups: list[tuple[int, int]] = []
    first = start
    for s, e in zip([start, *cuts], [*cuts, end], strict=True):  # each sentence
        if e - first > PART_CHARS and s > first:  # this sentence would make the group too long
            groups.append((first, len(text[:s].rstrip())))
            first = s
    groups.append((first, end))
    return groups


def _speaker(m: re.Match[str]) -> dict[str, Any]:
    if m["chair"]:
        return {"label": m.group(0).rstrip(":"), "name": None, "party": None, "role": "voorzitter",
                "speaker_start": m.start("chair"), "speaker_end": m.end("chair")}  # fmt: skip
    key = "member" if m["member"] else "minister"
    role = "lid" if m["member"] else m["role"].lower()
    return {"label": m.group(0).rstrip(":"), "name": m[key], "party": m["party"], "role": role,
            "speaker_start": m.start(key), "speaker_end": m.end(key)}  # fmt: skip


def _mark_interruptions(text: str, turns: list[dict[str, Any]]) -> None:
    """Who has the floor: the first speaker after the chair gives it ("het woord"), or the first
    speaker at all; another's turn before the chair gives the floor again interrupts them. A
    member of the government the chair gives the floor to by office ("het woord aan de minister
    van Defensie") holds that office in all their turns."""
    floor: str | None = None
    office: re.Match[str] | None = None  # the office the chair last gave the floor to
    offices: dict[str, str] = {}
    for turn in turns:
        if turn["role"] == "voorzitter":
            if _GIVES_FLOOR.search(text[turn["start"] : turn["end"]]):
                floor, office = None, _OFFICE.search(text[turn["start"] : turn["end"]])
            continue
        if office is not None and turn["role"] == office["role"]:
            offices[turn["name"]] = office["office"]  # "minister van Infrastructuur en Waterstaat"
        office = None
        if floor is None:
            floor = turn["name"]
        elif turn["name"] != floor:
            turn["interrupts"] = floor
    for turn in turns:
        if turn["name"] in offices:
            turn["office"] = offices[turn["name"]]
