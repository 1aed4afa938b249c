"""Dutch government documents: what their header says, and what is not body text.

Two families, recognised from their first lines whatever the input (PDF, HTML, text):

* **Official publications** (officielebekendmakingen.nl): Kamerstukken ("Tweede Kamer der
  Staten-Generaal", "Vergaderjaar 2020–2021", the dossier number and title, "Nr. 87 MOTIE VAN
  …", "Voorgesteld 6 juli 2021") and the Aanhangsel van de Handelingen (written questions with
  their answers, "Vragen van het lid … (ingezonden …)", "Antwoord van … (ontvangen …)"). The
  header goes to metadata; the title and date come from it. Their footers and running heads
  ("kst-35570-X-87", "ISSN 0921 - 7371", "’s-Gravenhage 2021", "Tweede Kamer, vergaderjaar
  2020–2021, 35 570 X, nr. 87 2") are recognised line by line (``is_publication_line``) so a
  PDF reader can drop them on every page.
* **Letters** in the government's house style: a return address ("> Retouradres Postbus 20061
  2500 EB Den Haag"), the addressee's block ("Aan de Voorzitter van de Tweede Kamer …",
  "Postbus …", "2513 AA Den Haag") and reference fields ("Datum …", "Betreft …", "Onderwerp …",
  "Onze referentie …") before the salutation. They are kept out of the body (so no entity or
  event comes from them) and stored as metadata; "Betreft"/"Onderwerp" is the title, "Datum"
  the date. A date heading ("Den Haag, 6 januari 2020") stays in the body, as it always did.

``split_front(lines)`` works on the lines (PDF) or paragraphs (HTML) before cleaning, so the
same document gives the same body, title and date from every format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..lexicon import MONTHS
from ..model import PublishedDate
from .dates import find_letter_date, parse_date

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE = rf"\d{{1,2}}\s+(?:{_MONTH})\s+\d{{4}}"

# ---------------------------------------------------------------- footers and running heads

_CHAMBER = r"(?:Tweede|Eerste) Kamer"
_YEARS = r"\d{4}\s*[–—/-]\s*\d{4}"
_PIECES = [
    r"(?:kst|ah-tk|ah-ek|h-tk|h-ek|stcrt|stb|trb|blg|gmb|prb|wsb|bgr)-[\w.-]*\d[\w.-]*",
    r"ISSN\s+\d{4}\s*-\s*\d{3}[\dX]",
    r"[’']s-Gravenhage\s+\d{4}",
    rf"{_CHAMBER},\s+vergaderjaar\s+{_YEARS},\s+[\d ]+[\w ()-]*?,\s+nr\.\s*\d+(?:\s+\d{{1,4}})?",
    rf"Aanhangsel Handelingen\s+(?:II|I)\s+{_YEARS},\s+nr\.\s*\d+(?:\s+\d{{1,4}})?",
    rf"{_CHAMBER},\s+vergaderjaar\s+{_YEARS},\s+Aanhangsel(?:\s+\d{{1,4}})?",  # "…, Aanhangsel 2"
    rf"Handelingen\s+(?:II|I)\s+{_YEARS},\s+nr\.\s*\d+,\s+item\s+\d+(?:\s+\d{{1,4}})?",
    # "Staatscourant 2021 nr. 34567 1 juli 2021", the page number on the outer side
    rf"(?:\d{{1,4}}\s+)?Staatscourant\s+\d{{4}}\s+nr\.\s*\d+(?:\s+{_DATE})?(?:\s+\d{{1,4}})?",
    r"(?:TK|EK)\s+\d{1,3}\s+\d{1,3}-\d{1,3}-\d{1,4}",  # a Handelingen page: "TK 94 94-7-2"
    r"Staatsblad\s+\d{4}\s+\d+(?:\s+\d{1,4})?",
]
_PUBLICATION_LINE = re.compile(rf"(?:(?:{'|'.join(_PIECES)})\s*)+", re.IGNORECASE)
_IDENTIFIER = re.compile(_PIECES[0], re.IGNORECASE)


def is_publication_line(line: str) -> bool:
    """Say whether a line is an official publication's footer or running head, and nothing else."""
    return bool(_PUBLICATION_LINE.fullmatch(line.strip()))


_RUNNING_FOOT = re.compile(
    rf"(?P<chamber>{_CHAMBER})\s+(?P<title>\S.{{1,200}}?)\s+(?P<date>{_DATE})"
    r"(?:\s+(?:TK|EK)\s+\d{1,3}\s+\d{1,3}-\d{1,3}-\d{1,4})?"
)


def running_foot(line: str) -> re.Match[str] | None:
    """A Handelingen page's running foot: the chamber, the agenda item's title and the meeting's
    day ("Tweede Kamer Opleidingsmissie in Irak 6 juli 2021", the meeting's "TK 94 94-7-1" may
    follow). Only a line in a page's margin is one (a PDF reader asks)."""
    return _RUNNING_FOOT.fullmatch(" ".join(line.split()))


def publication_identifier(line: str) -> str | None:
    """The publication's identifier ("kst-35570-X-87", "ah-tk-20202021-3235") in a footer line."""
    m = _IDENTIFIER.search(line)
    return m.group(0) if m and is_publication_line(line) else None


# ---------------------------------------------------------------- the front of a document


@dataclass
class Front:
    """What a document's header said, and the lines of its body."""

    body: list[str]
    kind: str | None = None  # "kamerstuk", "aanhangsel", "letter" or None (nothing recognised)
    title: str | None = None
    date: PublishedDate | None = None
    meta: dict[str, str] = field(default_factory=dict)


_CHAMBER_LINE = re.compile(rf"{_CHAMBER} der Staten-Generaal(?:\s+\d)?")
_SESSION = re.compile(rf"Vergaderjaar\s+{_YEARS}", re.IGNORECASE)
_AH_TITLE = "Aanhangsel van de Handelingen"
_DOSSIER = re.compile(r"\d{2}\s?\d{3}(?:-\w+)?(?:\s+[A-Z]{1,6})?(?=\s|$)")
_NUMBER = re.compile(r"Nr\.\s*(?P<nr>\d+)(?:\s+(?P<title>.+))?")
_STATED = re.compile(rf"(?P<label>Voorgesteld|Ontvangen|Vastgesteld)\s+(?P<date>{_DATE})")
_AH_HEAD = re.compile(  # the subtitle may wrap anywhere: "… met de daarop door de" / "regering …"
    rf"{_AH_TITLE}|Vragen gesteld door de leden der Kamer,?.*|(?:.*\s)?(?:regering\s+)?gegeven"
    r" antwoorden|\d{1,5}"
)


def split_front(lines: list[str], chamber: str | None = None, foot: str | None = None) -> Front:
    """Split a document's header from its body (see the module docstring).

    ``chamber``: the chamber an official publication's page names in its metadata; the page's
    text may start below the chamber's heading (repository.overheid.nl's HTML starts at the
    dossier, or at the questions of an Aanhangsel). ``foot``: a Handelingen page's running foot
    (``running_foot``), which a PDF reader took from the page's margin.
    """
    first = next((ln.strip() for ln in lines if ln.strip()), "")
    if foot and (f := running_foot(foot)):
        return _handelingen(lines, f)
    if _STC_NAME.match(first):
        return _staatscourant(lines)
    if _CHAMBER_LINE.fullmatch(first):
        return _official(lines)
    if chamber and _CHAMBER_LINE.fullmatch(chamber):
        front = _official([chamber, *lines])
        if front.title or front.date or front.kind == "aanhangsel":
            return front
    return _letter(lines)


def _handelingen(lines: list[str], foot: re.Match[str]) -> Front:
    """One agenda item of the Handelingen: its title and the meeting's day come from the running
    foot; the item's heading ("7 Opleidingsmissie in Irak") leaves the body."""
    meta = {"chamber": f"{foot['chamber']} der Staten-Generaal"}
    title = foot["title"]
    i = _skip_blank(lines, 0)
    head = re.fullmatch(r"(\d{1,3})\s+(.+)", lines[i].strip()) if i < len(lines) else None
    if head and " ".join(head[2].split()) == title:
        meta["item"] = head[1]
        i += 1
    date = parse_date(foot["date"], "text")
    stated = PublishedDate(date.value, "day", "text", foot["date"]) if date else None
    return Front(body=lines[i:], kind="handelingen", title=title, date=stated, meta=meta)


# The Staatscourant's head: its name, "Officiële uitgave …", the number and the day of issue,
# in any order and on shared lines ("STAATSCOURANT Nr. 34567" where the number is set beside it)
_STC_NAME = re.compile(r"STAATSCOURANT\b")
_STC_PIECE = re.compile(
    rf"STAATSCOURANT|Nr\.\s*(?P<nr>\d+)|(?P<date>{_DATE})|\|"
    r"|Officiële uitgave van het Koninkrijk der Nederlanden sinds 1814\.?"
)


def _staatscourant(lines: list[str]) -> Front:
    """A Staatscourant publication: number and day of issue from its head, the title from the
    heading paragraph under it ("Regeling van de Minister van … houdende …")."""
    meta = {"publication": "Staatscourant"}
    date: PublishedDate | None = None
    i = 0
    while i < len(lines) and (not lines[i].strip() or _stc_head(lines[i], meta)):
        if "date" in meta and date is None:
            parsed = parse_date(meta["date"], "text")
            date = PublishedDate(parsed.value, "day", "text", meta["date"]) if parsed else None
        i += 1
    heading = []
    while i < len(lines) and lines[i].strip():
        heading.append(lines[i].strip())
        i += 1
    meta.pop("date", None)
    return Front(
        body=lines[i:], kind="staatscourant", title=" ".join(heading) or None, date=date, meta=meta
    )


def _stc_head(line: str, meta: dict[str, str]) -> bool:
    """Say whether a line is wholly made of the Staatscourant head's pieces; note number and day."""
    pieces = list(_STC_PIECE.finditer(line))
    if not pieces or re.sub(r"\s+", "", _STC_PIECE.sub("", line)):
        return False
    for m in pieces:
        if m["nr"]:
            meta["number"] = m["nr"]
        if m["date"]:
            meta.setdefault("date", m["date"])
    return True


def _skip_blank(lines: list[str], i: int) -> int:
    while i < len(lines) and not lines[i].strip():
        i += 1
    return i


def _official(lines: list[str]) -> Front:
    meta: dict[str, str] = {}
    i = _skip_blank(lines, 0)
    meta["chamber"] = re.sub(r"\s+\d$", "", lines[i].strip())
    i = _skip_noise(lines, i + 1)
    session = _SESSION.match(lines[i].strip()) if i < len(lines) else None
    if session and lines[i].strip()[session.end() :].strip() == _AH_TITLE:  # one line in a PDF
        meta["session"] = session.group(0)
        return _aanhangsel(lines, i + 1, meta)
    if session and session.end() == len(lines[i].strip()):
        meta["session"] = session.group(0)
        i = _skip_noise(lines, i + 1)
    if i < len(lines) and lines[i].strip().startswith((_AH_TITLE, "Vragen van ")):
        return _aanhangsel(lines, i, meta)
    if i >= len(lines) or not _DOSSIER.match(lines[i].strip()):
        return Front(body=lines[i:], kind="kamerstuk", meta=meta)
    dossier: list[str] = []
    while i < len(lines) and not _NUMBER.fullmatch(lines[i].strip()):
        if lines[i].strip():
            dossier.append(lines[i].strip())
        i += 1
        if len(dossier) > 8:  # no "Nr." line: not the header we know; keep everything
            return Front(body=lines)
    if i >= len(lines):
        return Front(body=lines)
    meta["dossier"] = " ".join(dossier)
    heading, i = _heading(lines, i, meta)
    front = Front(body=[], kind="kamerstuk", meta=meta)
    i = _skip_blank(lines, i)
    if i < len(lines) and (stated := _STATED.fullmatch(lines[i].strip())):
        date = parse_date(stated["date"], "text")
        front.date = PublishedDate(date.value, "day", "text", lines[i].strip()) if date else None
        i += 1
    i = _skip_blank(lines, i)
    if i < len(lines) and _is_addressee(lines[i].strip()):  # a letter: "Aan de Voorzitter …"
        front.meta["address"] = lines[i].strip()
        i += 1
    front.body = lines[i:]
    front.title = official_title(heading, "\n".join(front.body))
    return front


def _skip_noise(lines: list[str], i: int) -> int:
    """Skip blank lines and the chamber's big "2" that a PDF may put on a line of its own."""
    while i < len(lines) and re.fullmatch(r"\s*\d?\s*", lines[i]):
        i += 1
    return i


def _heading(lines: list[str], i: int, meta: dict[str, str]) -> tuple[str, int]:
    """The document's heading: "Nr. 87 MOTIE VAN …" and its capitalised continuation lines.

    The number and the heading may share a line (a PDF's margin column) or not (a web page).
    """
    m = _NUMBER.fullmatch(lines[i].strip())
    assert m is not None
    meta["number"] = m["nr"]
    heading = [m["title"]] if m["title"] else []
    i += 1
    if not heading:
        i = _skip_blank(lines, i)
        if i < len(lines):
            heading.append(lines[i].strip())
            i += 1
    while i < len(lines) and _is_upper(lines[i]) and not _STATED.fullmatch(lines[i].strip()):
        heading.append(lines[i].strip())
        i += 1
    return " ".join(heading), i


def _is_addressee(line: str) -> bool:
    return bool(re.fullmatch(r"Aan (?:de|het) [^.;:]{5,120}", line))


def _aanhangsel(lines: list[str], i: int, meta: dict[str, str]) -> Front:
    while i < len(lines) and (not lines[i].strip() or _AH_HEAD.fullmatch(lines[i].strip())):
        if lines[i].strip().isdigit():
            meta["number"] = lines[i].strip()
        i += 1
    body = lines[i:]
    # The number may sit in the margin beside the first line: "3235 Vragen van het lid …"
    if body and (m := re.fullmatch(r"(\d{1,5})\s+(Vragen van .+)", body[0].strip())):
        meta["number"] = m[1]
        body = [m[2], *body[1:]]
    return Front(body=body, kind="aanhangsel", meta=meta)


_QUESTIONS = re.compile(
    rf"(?P<title>Vragen van .{{10,400}}?)\s*\(ingezonden\s+(?P<asked>{_DATE})\)", re.DOTALL
)
_ANSWERED = re.compile(rf"\(ontvangen\s+(?P<date>{_DATE})\)")


def questions_front(text: str) -> tuple[str | None, PublishedDate | None]:
    """Title and date of written questions with answers, from the cleaned text.

    The title is the questions' own description; the date is the day the answer was received
    (the document is the answer), else the day the questions were sent.
    """
    head = text[:3000]
    q = _QUESTIONS.search(head)
    title = " ".join(q["title"].split()) if q else None
    a = _ANSWERED.search(head)
    raw = a.group(0).strip("()") if a else (f"ingezonden {q['asked']}" if q else None)
    value = a["date"] if a else (q["asked"] if q else None)
    date = parse_date(value, "text") if value else None
    return title, PublishedDate(date.value, "day", "text", raw) if date else None


def _is_upper(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and not any(c.islower() for c in letters)


# ---------------------------------------------------------------- letters

_RETURN = re.compile(r"[>›»]?\s*Retouradres\b.*", re.IGNORECASE)
# The sender's name in the logo block above a letter ("Ministerie van Infrastructuur", its
# second line "en Waterstaat" may follow on a line of its own).
_SENDER = re.compile(
    r"(?:Ministerie van|Gemeente|Provincie|Waterschap|Hoogheemraadschap)\s+[A-Z][\w’'\- ,]{1,100}"
)
_ADDRESSEE = re.compile(
    r"(?:Aan\s+)?(?:de\s+)?(?:Voorzitter|Leden|Griffie|Commissie)\b.*"
    r"|der Staten-Generaal|(?:Tweede|Eerste) Kamer der Staten-Generaal|Aan\s+.{3,80}"
)
_STREET = re.compile(r"(?:Postbus\s+\d+|[A-Z][\w.'’ -]{2,40}\s+\d{1,4}\s?[a-zA-Z]?)")
_POSTCODE = re.compile(r"\d{4}\s?[A-Z]{2}\s+(?:['’‘][sS]-)?[A-Za-z][\w'’ -]{1,40}")
_LABELS = (
    "Datum",
    "Betreft",
    "Onderwerp",
    "Ons kenmerk",
    "Onze referentie",
    "Onze ref.",
    "Uw kenmerk",
    "Uw referentie",
    "Uw brief",
    "Uw brief van",
    "Kenmerk",
    "Referentie",
    "Bijlage",
    "Bijlagen",
    "Bijlage(n)",
    "Contactpersoon",
    "Doorkiesnummer",
    "Telefoon",
    "Behandeld door",
)
_LABEL = re.compile(
    rf"(?P<label>{'|'.join(re.escape(lb) for lb in sorted(_LABELS, key=len, reverse=True))})"
    r":?(?:\s+(?P<value>.+))?"
)
_TITLE_LABELS = ("Betreft", "Onderwerp")


def _letter(lines: list[str]) -> Front:
    """Take the address block and reference fields off the top of a letter."""
    meta: dict[str, str] = {}
    address: list[str] = []
    i = 0
    pending: str | None = None  # a label whose value is on the next line
    while i < len(lines):
        line = lines[i].strip()
        if not line:
            i += 1
            continue
        if pending is not None:
            meta[pending] = line
            pending = None
        elif (lab := _LABEL.fullmatch(line)) and (lab["value"] or i + 1 < len(lines)):
            key = lab["label"]
            if lab["value"]:
                if len(lab["value"]) > 150 or lab["value"].rstrip().endswith((".", "?", "!")):
                    break  # a sentence that starts with "Onderwerp", not a reference field
                meta[key] = lab["value"].strip()
            else:
                pending = key
        elif not address and set(meta) <= {"sender"} and _sender_line(line, meta.get("sender")):
            meta["sender"] = f"{meta['sender']} {line}" if "sender" in meta else line
        elif _RETURN.fullmatch(line):
            meta["return_address"] = re.sub(r"^[>›»]\s*", "", line)
        elif address_line(line, bool(address)):
            address.append(line)
        else:
            break
        i += 1
    labels = [k for k in meta if k not in ("return_address", "sender")]
    if not ("return_address" in meta or len(address) >= 2 or len(labels) >= 2):
        return Front(body=lines)  # one stray "Aan ..." or "Datum ..." line is not a header
    if address:
        meta["address"] = "\n".join(address)
    front = Front(body=lines[i:], kind="letter", meta=meta)
    title = next((meta[k] for k in _TITLE_LABELS if meta.get(k)), None)
    front.title = title
    if meta.get("Datum"):
        date = parse_date(meta["Datum"], "text")
        if date is not None and date.granularity == "day":
            front.date = PublishedDate(date.value, "day", "text", f"Datum {meta['Datum']}")
    return front


def _sender_line(line: str, sender: str | None) -> bool:
    """Say whether a line at a letter's top names its sender, or continues that name."""
    if sender is None:
        return bool(_SENDER.fullmatch(line))
    return bool(re.fullmatch(r"(?:en|van|voor)\s+[A-Z][\w’' -]{1,60}", line))


def address_line(line: str, in_block: bool) -> bool:
    """Say whether a line belongs to an address block ("Aan de Voorzitter …", "Postbus …")."""
    if _ADDRESSEE.fullmatch(line) and line.startswith(("Aan ", "Voorzitter", "der ", "de ")):
        return line.startswith("Aan ") or in_block
    if _POSTCODE.fullmatch(line) or line.startswith("Postbus "):
        return True
    return in_block and bool(_STREET.fullmatch(line)) and len(line.split()) <= 5


# ---------------------------------------------------------------- web pages


def page_meta(html: str, name: str) -> str | None:
    """The content of a page's ``<meta name=…>`` ("DC.identifier", "DC.creator"), whatever
    attributes stand between (repository.overheid.nl puts a ``scheme`` there)."""
    m = re.search(
        rf"<meta\s+name=[\"']{re.escape(name)}[\"'][^<>]*?\scontent=[\"']([^\"'<>]{{1,200}})[\"']",
        html[:50000],
        re.IGNORECASE,
    )
    return m.group(1).strip() if m else None


def publication_text(html: str) -> str | None:
    """An official publication page's own text: its ``#broodtekst`` element, headings and all.

    Main-text extraction drops the headings ("32 545 …", "Nr. 143 MOTIE VAN …", the questions
    of an Aanhangsel) in which the title and date stand; the element holds exactly the text the
    PDF prints.
    """
    if 'id="broodtekst"' not in html:
        return None
    import lxml.html

    from .html import html_to_text

    try:
        root = lxml.html.fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", html))
        element = root.get_element_by_id("broodtekst")
    except (KeyError, ValueError, lxml.etree.ParserError):
        return None
    return html_to_text(lxml.html.tostring(element, encoding="unicode")) or None


# ---------------------------------------------------------------- titles

_PARTICLES = {"van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "in", "op", "la", "le"}
_NAME_END = {"OVER", "INZAKE", "TER", "TEN", "C.S.", "VOORGESTELD", "BIJ", "BETREFFENDE"}
_ORGAN_START = ("MINISTER", "STAATSSECRETARIS", "MINISTER-PRESIDENT", "COMMISSIE")
_LOWER_IN_NAMES = {"en", "van", "voor", "de", "der", "het"}
_JUNK_TITLE = re.compile(
    r"Microsoft\s+\w+\s+-|.*\.(?:docx?|pdf|odt|rtf|wpd|xlsx?|pptx?)$|untitled|document\d*$|"
    r"(?:[\w-]*_[\w-]*)+$|[\w.-]*\d{6,}[\w.-]*$|kst-.*|ah-tk-.*",
    re.IGNORECASE,
)


def usable_metadata_title(title: str | None) -> str | None:
    """A file's metadata title, unless it is a file name or the word processor's label."""
    if not title or not title.strip():
        return None
    title = " ".join(title.split())
    if _JUNK_TITLE.match(title) or len(title) < 4 or find_letter_date(title) is not None:
        return None  # a file name, or a letter's date heading ("Den Haag, 6 januari 2020")
    return title


def official_page_title(title: str) -> str:
    """The document's own title from an official publication page's metadata title.

    officielebekendmakingen.nl titles a page "dossier title; kind; document title" ("Vaststelling
    van de begrotingsstaten …; Motie; Motie van het lid … over …"); the last part is the
    document's. A site suffix ("| Overheid.nl …") goes.
    """
    title = re.split(r"\s+\|\s+", title)[0].strip()
    parts = [p.strip() for p in title.split("; ") if p.strip()]
    return parts[-1] if len(parts) >= 2 else title


@lru_cache(maxsize=1)
def _acronyms() -> frozenset[str]:
    path = Path(__file__).resolve().parent.parent / "data" / "acronyms.tsv"
    rows = path.read_text(encoding="utf-8").splitlines()
    return frozenset(r.split("\t", 1)[0] for r in rows if r and not r.startswith("#"))


def official_title(heading: str, body: str = "") -> str:
    """A Kamerstuk's title as a sentence, from its capitalised heading.

    "MOTIE VAN HET LID VAN DER GRAAF OVER DE NAVO-MISSIE IN IRAK" becomes "Motie van het lid
    Van der Graaf over de NAVO-missie in Irak": names after "lid"/"leden" and the names of
    ministries keep capitals, acronyms stay upper case, and words the Dutch word list only
    knows capitalised ("Irak") are capitalised. Other words take the case the body writes
    them in, mid-sentence ("naar aanleiding van een brief van de Raad van State" when the body
    says "de Raad van State"). A heading already in mixed case is kept.
    """
    heading = " ".join(heading.split())
    if not _is_upper(heading):
        return heading
    from .hyphen import load_wordlist

    words = load_wordlist()
    out: list[str] = []
    mode = "plain"
    start_name = False
    for n, word in enumerate(heading.split()):
        up = word.upper()
        if up in _NAME_END:
            mode = "plain"
        if mode == "names":
            if up == "EN" or word.endswith(","):
                out.append(
                    _name_word(word.rstrip(","), start_name) + ("," if word.endswith(",") else "")
                )
                start_name = True
                if up == "EN":
                    out[-1] = "en"
                continue
            out.append(_name_word(word, start_name))
            start_name = False
        elif mode == "organ":
            low = word.lower()
            out.append(low if low in _LOWER_IN_NAMES else _cap_parts(word))
        else:
            out.append(_plain_word(word, n == 0, words))
        if up in ("LID", "LEDEN"):
            mode, start_name = "names", True
        elif up.startswith(_ORGAN_START) and n + 1 < len(heading.split()):
            mode = "organ-next"
        elif mode == "organ-next":
            mode = "organ" if up in ("VAN", "VOOR") else "plain"
    return " ".join(_recase(out, body)) if body else " ".join(out)


def _recase(words: list[str], body: str) -> list[str]:
    """Give runs of lower-case title words the case the body writes them in mid-sentence."""
    out = list(words)
    i = 1  # the first word keeps its capital
    while i < len(out):
        for k in range(min(6, len(out) - i), 0, -1):
            phrase = out[i : i + k]
            if not all(w.islower() for w in phrase) or max(len(w) for w in phrase) < 4:
                continue
            found = _mid_sentence(phrase, body)
            if found is not None:
                out[i : i + k] = found
                i += k - 1
                break
        i += 1
    return out


def _mid_sentence(phrase: list[str], body: str) -> list[str] | None:
    """The phrase as the body first writes it inside a sentence (not after ". " or a line start)."""
    pattern = r"(?<=[\w,;:] )" + r"\s+".join(re.escape(w) for w in phrase) + r"(?!\w)"
    for m in re.finditer(pattern, body, re.IGNORECASE):
        return m.group(0).split()
    return None


def _name_word(word: str, first: bool) -> str:
    low = word.lower()
    if low in _PARTICLES and not first:
        return low
    if low == "c.s.":
        return low
    return _cap_parts(word)


def _cap_parts(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))


def _plain_word(word: str, first: bool, words: object) -> str:
    parts = []
    for k, part in enumerate(word.split("-")):
        core = part.strip("(),.;:")
        if core in _acronyms() or (core.isupper() and len(core) <= 2 and core.isalpha() and k):
            parts.append(part)
            continue
        low = part.lower()
        cap = low[:1].upper() + low[1:]
        is_name = getattr(words, "is_name", lambda w: False)
        parts.append(cap if (first and k == 0) or is_name(cap.strip("(),.;:")) else low)
    return "-".join(parts)
