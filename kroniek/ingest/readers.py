"""One reader per input kind; each turns raw bytes into cleaned Documents (or InputErrors).

Readers never raise for bad input: they yield an InputError naming the input (and the item or
line inside it) and go on with the next item.

Provenance: ``source`` is the path or URL as given; an item inside a container is named
``<container>#<n>`` for the n-th feed item (1-based) and ``<file>:<line>`` for a JSONL line (unless
the line gives its own ``source``); ``url`` is the item's link. ``raw_hash`` is the SHA-256 of the
bytes the document came from: the whole file, or for a feed item its entry serialised as sorted
JSON, or for a JSONL line that line's bytes. Ids: ``document_id(those bytes, key)`` where the key
is the feed entry's guid (else link, else position) or the JSONL line number.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import itertools
import json
import logging
import re
from collections.abc import Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

import yaml

from ..errors import EmptyInputError, InputError, ParseError
from ..model import Document, PublishedDate, document_id, sha256_hex
from .clean import CleanResult, clean_text, fix_unicode, normalize_whitespace
from .dates import find_item_line, find_letter_date, find_stated_date, parse_date, split_date_prefix
from .decode import decode_bytes
from .handelingen import find_turns, is_handelingen, split_meeting
from .handelingen_xml import is_publication_xml, publication_page, read_publication, xml_speakers
from .html import extract_page, html_to_text, looks_like_html, too_complex
from .html_notes import split_notes
from .official import (
    Front,
    is_publication_line,
    official_page_title,
    page_meta,
    publication_text,
    questions_front,
    split_front,
    usable_metadata_title,
)
from .pdf import pdf_to_text

GENRES = ("news", "letter", "other")
Item = Document | InputError


# --------------------------------------------------------------------------- sniffing


def sniff(raw: bytes, name: str = "", content_type: str | None = None) -> str:
    """Say what kind of input some bytes are: pdf, officialxml, feed, jsonl, html, markdown or
    text."""
    ext = PurePosixPath(name.split("?", 1)[0]).suffix.lower()
    ctype = (content_type or "").split(";")[0].strip().lower()
    head = raw[:4096].lstrip()
    lhead = head.lower()
    if head.startswith(b"%PDF-") or ext == ".pdf" or ctype == "application/pdf":
        return "pdf"
    if ext in (".jsonl", ".ndjson") or ctype in ("application/x-ndjson", "application/jsonl"):
        return "jsonl"
    xmlish = lhead.startswith(b"<")
    if xmlish and is_publication_xml(head):
        return "officialxml"
    if (
        (xmlish and re.search(rb"<(?:rss|feed|rdf:rdf)[\s>]", lhead))
        or ext in (".rss", ".atom")
        or "rss" in ctype
        or "atom" in ctype
    ):
        return "feed"
    if ext in (".html", ".htm", ".xhtml") or ctype in ("text/html", "application/xhtml+xml"):
        return "html"
    if lhead.startswith((b"<!doctype html", b"<html")):
        return "html"
    if ext in (".xml",) or ctype in ("application/xml", "text/xml"):
        return "feed"
    if ext in (".md", ".markdown") or re.match(rb"(?:\xef\xbb\xbf)?---\s*\n", head):
        return "markdown"
    if ctype == "application/feed+json" or (head.startswith(b"{") and _JSON_FEED.search(head)):
        return "jsonfeed"
    if ext == ".json" or ctype == "application/json":
        return "jsonl"
    return "text"


_JSON_FEED = re.compile(rb'"version"\s*:\s*"https?://jsonfeed\.org/version/')


# --------------------------------------------------------------------------- shared helpers


def _date_or_warn(value: Any, warnings: list[str], what: str = "date") -> PublishedDate | None:
    if value in (None, ""):
        return None
    date = parse_date(value)
    if date is None:
        warnings.append(
            f"bad-date: {what} {str(value)[:80]!r} is not a date kroniek can read; ignored"
        )
    return date


# Salutation, reference fields and a signature line ("De Minister van Financiën," ending in a comma).
_LETTER_MARKS = re.compile(
    r"^(?:Geachte\b|Betreft:?\s|Kenmerk:?\s|Onze referentie\b|Uw (?:brief|kenmerk)\b|"
    r"Hoogachtend\b|(?:De|de) (?:[Mm]inister|[Ss]taatssecretaris)\b[^\n.]{0,120},$)",
    re.MULTILINE,
)


def _is_letter(text: str, letter_date: PublishedDate | None) -> bool:
    return letter_date is not None or len(_LETTER_MARKS.findall(text)) >= 2


def _letter_title(text: str) -> str | None:
    """"Betreft …" in a letter's text; a committee's decision list names itself "Document:
    Besluitenlijst van de procedurevergadering van …" under its date heading."""
    m = re.search(r"^(?:Betreft:?|Document:)\s+(.{3,200})$", text, re.MULTILINE)
    return m.group(1).strip() if m else None


def _make_doc(
    raw: bytes,
    key: str,
    source: str,
    cleaned: CleanResult,
    *,
    warnings: Iterable[str] = (),
    **fields: Any,
) -> Document:
    if not cleaned.text.strip():
        raise EmptyInputError(
            source, "no text left after cleaning", "check that the input holds prose"
        )
    all_warnings = [*warnings, *cleaned.warnings]
    meta = _cap_meta(fields.pop("meta", None) or {}, all_warnings)
    doc = Document(
        id=document_id(raw, key),
        text=scrub(cleaned.text),
        source=scrub(source),
        raw_hash=sha256_hex(raw),
        warnings=scrub(all_warnings),
        meta=scrub(meta),
        **scrub(fields),
    )
    return doc


MAX_META_CHARS = 200_000  # metadata (front matter, feed fields) kept per document, as JSON

_SURROGATE = re.compile("[\ud800-\udfff]")


def scrub(value: Any) -> Any:
    """Replace lone surrogates (from JSON "\\ud800" escapes or odd file names) by U+FFFD.

    One character for one, so offsets into a text stay right; they cannot be stored as UTF-8.
    """
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value
    if isinstance(value, dict):
        return {scrub(k): scrub(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(scrub(v) for v in value)
    return value


def _cap_meta(meta: dict[str, Any], warnings: list[str]) -> dict[str, Any]:
    try:
        size = len(json.dumps(meta, ensure_ascii=False, default=str))
    except (ValueError, RecursionError):
        size = MAX_META_CHARS + 1
    if size <= MAX_META_CHARS:
        return meta
    warnings.append(f"meta-too-large: {size:,} characters of metadata over {MAX_META_CHARS:,}; dropped")
    return {}


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


# --------------------------------------------------------------------------- plain text


def _text_document(
    text: str,
    raw: bytes,
    key: str,
    source: str,
    *,
    encoding: str = "utf-8",
    extra_warnings: Iterable[str] = (),
    published: PublishedDate | None = None,
    **fields: Any,
) -> Document:
    """Clean a plain text; read a leading date marker or a letter's date heading."""
    warnings = list(extra_warnings)
    date, rest, bad = split_date_prefix(text)
    if bad:
        warnings.append(f"bad-date: date marker {bad!r} is not a real date; ignored")
    if looks_like_html(rest):
        rest = html_to_text(rest)  # a text file or JSONL field carrying HTML markup
    rest, front = _split_front(rest)
    cleaned = _clean_front(rest, front, None)
    gov = _gov_fields(front, cleaned.text)
    letter_date = find_letter_date(cleaned.text) or gov.date
    published = published or date
    genre = fields.pop("genre", None)
    if published is None:
        published = letter_date or find_stated_date(cleaned.text)
    if genre is None:
        genre = gov.genre or ("letter" if _is_letter(cleaned.text, letter_date) else "news")
    meta = {**(fields.pop("meta", {}) or {}), **gov.meta}
    if encoding not in ("utf-8", "ascii"):
        meta["encoding"] = encoding
    if not fields.get("title"):
        fields["title"] = gov.title or (_letter_title(cleaned.text) if genre == "letter" else None)
    if not fields.get("publisher") and gov.publisher:
        fields["publisher"] = gov.publisher
    return _make_doc(
        raw,
        key,
        source,
        cleaned,
        warnings=warnings,
        published=published,
        genre=genre,
        meta=meta,
        **fields,
    )


def read_text(raw: bytes, source: str) -> Iterator[Item]:
    """Read a plain-text file (news text, a hard-wrapped letter, "date YYYY-MM" prefixed text)."""
    text, enc = decode_bytes(raw, source)
    if re.match(r"\ufeff?---\s*\n", text):
        yield from _markdown_document(text, raw, source, enc)
        return
    yield _text_document(text, raw, "", source, encoding=enc)


# --------------------------------------------------------------------------- Markdown / Jekyll

_FRONT = re.compile(r"\A\ufeff?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
# A file that opens front matter ("---" and a "key:" line) and never closes it: read as body text.
_FRONT_OPENED = re.compile(r"\A\ufeff?---[ \t]*\n[A-Za-z_][\w-]*:(?:[ \t]|$)", re.MULTILINE)
_URL_KEYS = ("externe_link", "external_link", "link", "url", "canonical_url", "permalink_url")


def _drop_fences(md: str) -> str:
    """Drop fenced code blocks (```...```) in one pass; an unclosed fence stays as text."""
    parts = md.split("```")
    if len(parts) % 2 == 0:  # an odd number of fences: the last one is not closed
        parts[-2:] = ["```".join(parts[-2:])]
    return "".join(parts[0::2])


# Every pattern is bounded (no unbounded scan from each of many openers), so a text made of
# thousands of "[", "*a " or "![" is read in linear time.
_MD_IMAGE = re.compile(r"!\[[^\]\[\n]{0,500}\]\([^()\n]{0,2000}\)")
_MD_LINK = re.compile(r"\[([^\]\[\n]{1,500})\]\([^()\n]{0,2000}\)")
_MD_STRONG = re.compile(r"(\*\*|__)([^\n]{1,300}?)\1")
_MD_EMPH = re.compile(r"(?<![\w*])([*_])(?!\s)([^\n]{1,300}?)(?<!\s)\1(?![\w*])")
_MD_CODE = re.compile(r"`([^`\n]{1,500})`")
_MD_HEADING = re.compile(r"#{1,6}\s+(.*)")
_MD_ITEM = re.compile(r"(?:[-*+]|\d{1,9}[.)])\s+(.*)")


def markdown_to_text(md: str) -> str:
    """Reduce Markdown to paragraphs of plain text (headings and list items their own line)."""
    md = _drop_fences(md)
    md = _MD_IMAGE.sub("", md)
    md = _MD_LINK.sub(r"\1", md)  # links keep their text
    md = _MD_STRONG.sub(r"\2", md)
    md = _MD_EMPH.sub(r"\2", md)
    md = _MD_CODE.sub(r"\1", md)
    paras: list[str] = []
    for block in re.split(r"\n\s*\n", md):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        cur: list[str] = []
        for ln in lines:
            heading = _MD_HEADING.match(ln)
            item = _MD_ITEM.match(ln)
            if heading or item or ln.startswith(">"):
                if cur:
                    paras.append(" ".join(cur))
                    cur = []
                text = (heading.group(1).rstrip().rstrip("#").rstrip() if heading
                        else item.group(1) if item else ln.lstrip("> "))
                paras.append(text)
            elif len(ln) >= 3 and not ln.strip("-*_="):
                continue
            else:
                cur.append(ln)
        if cur:
            paras.append(" ".join(cur))
    return "\n\n".join(paras)


MAX_FRONT_MATTER = 64_000  # characters of YAML front matter read; more is ignored with a warning


class _FrontLoader(yaml.SafeLoader):
    """Safe YAML without aliases: 500 bytes of nested aliases expand to gigabytes."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, "aliases (*name) are not allowed in front matter", event.start_mark
            )
        return super().compose_node(parent, index)

    def construct_yaml_timestamp(self, node: Any) -> Any:
        """A timestamp that names no real day (``2019-13-45``, ``2019-02-30``) stays its text, so the
        date gets a bad-date warning and the rest of the front matter (the title) is kept."""
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError):
            return self.construct_scalar(node)


_FrontLoader.add_constructor("tag:yaml.org,2002:timestamp", _FrontLoader.construct_yaml_timestamp)


def load_front_matter(text: str, warnings: list[str]) -> dict[str, Any]:
    """Parse YAML front matter safely; problems become warnings and an empty mapping."""
    if len(text) > MAX_FRONT_MATTER:
        warnings.append(f"front-matter: over {MAX_FRONT_MATTER:,} characters; ignored")
        return {}
    try:
        loaded = yaml.load(text, Loader=_FrontLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        warnings.append(f"front-matter: YAML error ({first}); ignored")
        return {}
    except RecursionError:
        warnings.append("front-matter: nested too deeply; ignored")
        return {}
    if isinstance(loaded, dict):
        return loaded
    if loaded is not None:
        warnings.append("front-matter: not a key/value mapping; ignored")
    return {}


def _markdown_document(text: str, raw: bytes, source: str, encoding: str) -> Iterator[Item]:
    warnings: list[str] = []
    front: dict[str, Any] = {}
    body = text
    m = _FRONT.match(text)
    if m:
        body = text[m.end() :]
        front = load_front_matter(m.group(1), warnings)
    elif _FRONT_OPENED.match(text):
        warnings.append("front-matter: no closing '---' line; read as body text (end the front matter with a line '---')")
    body_text = html_to_text(body) if looks_like_html(body) else markdown_to_text(body)
    cleaned = clean_text(body_text, hard_wrapped=False)
    fields: dict[str, Any] = {}
    published = _date_or_warn(front.pop("date", None), warnings)
    title = front.pop("title", None)
    fields["title"] = clean_text(str(title), hard_wrapped=False).text if title else None
    cat = front.pop("category", None) or front.pop("categories", None)
    if isinstance(cat, list):
        front["categories"] = cat
        cat = cat[0] if cat else None
    fields["category"] = str(cat) if cat else None
    url = next((front.pop(k) for k in _URL_KEYS if front.get(k)), None)
    fields["url"] = str(url) if url else None
    pub = front.pop("publisher", None) or front.pop("source", None)
    fields["publisher"] = str(pub) if pub else None
    genre = front.pop("genre", None)
    if genre is not None and genre not in GENRES:
        warnings.append(f"bad-genre: {genre!r} is not one of {GENRES}; using news")
        genre = None
    meta = {str(k): _jsonable(v) for k, v in front.items()}
    if encoding not in ("utf-8", "ascii", "utf-8-sig"):
        meta["encoding"] = encoding
    yield _make_doc(
        raw,
        "",
        source,
        cleaned,
        warnings=warnings,
        published=published,
        genre=genre or "news",
        meta=meta,
        **fields,
    )


def read_markdown(raw: bytes, source: str) -> Iterator[Item]:
    """Read a Markdown/Jekyll post: YAML front matter for metadata, a Markdown or HTML body."""
    text, enc = decode_bytes(raw, source)
    yield from _markdown_document(text, raw, source, enc)


# --------------------------------------------------------------------------- HTML


def read_html(raw: bytes, source: str, url: str | None = None) -> Iterator[Item]:
    """Read an HTML page (main text via trafilatura) or an HTML fragment (tags stripped)."""
    text, enc = decode_bytes(raw, source)
    warnings: list[str] = []
    notes: list[str] = []
    if re.search(r"<(?:html|body|head)\b", text[:20000], re.IGNORECASE):
        if too_complex(text) is None:
            text, notes = split_notes(text)
        page = extract_page(text, url)
    else:
        from .html import Extracted

        page = Extracted(text=html_to_text(text), url=url)
    title = clean_text(page.title, hard_wrapped=False).text if page.title else None
    body = page.text
    ident = _meta_identifier(text)
    official = bool(ident and is_publication_line(ident))
    chamber = page_meta(text, "DC.creator") if official else None
    if official:  # the publication's own element, with the headings main-text extraction drops
        body = publication_text(text) or body
    if title:
        # The headline is metadata; trafilatura often repeats it as the first paragraph.
        first, _, rest = body.partition("\n\n")
        if rest and clean_text(first, hard_wrapped=False).text.casefold() == title.casefold():
            body = rest
    body, front = _split_front(body, chamber)
    meeting: dict[str, str] = {}
    meeting_day = None
    if is_handelingen(ident):  # the minutes open with the meeting and the item's title
        body, meeting, meeting_day = split_meeting(body, official_page_title(title) if title else None)
    cleaned = _clean_front(body, front, False)
    warnings.extend(page.warnings)
    gov = _gov_fields(front, cleaned.text)
    if meeting:
        gov.meta.update(kind="handelingen", header={**gov.meta.get("header", {}), **meeting})
    # The date a government document's text heads itself with wins, as in its PDF.
    stated = find_letter_date(cleaned.text) if front.kind is not None else None
    item = _page_item(text) if front.kind is None and not official else None
    page_date = item[0] if item else _date_or_warn(page.date, warnings)
    published = meeting_day or gov.date or stated or _page_or_letter_date(page_date, find_stated_date(cleaned.text))
    meta = {**page.meta, **gov.meta}
    if notes:
        meta["footnotes"] = "\n".join(notes)
    if ident and (gov.meta or official):
        meta["identifier"] = ident
    if official and not gov.title and title:
        title = official_page_title(title)  # the header was not in the main text
    yield _with_turns(_make_doc(
        raw,
        "",
        source,
        cleaned,
        warnings=warnings,
        published=published,
        title=gov.title or title,
        url=page.url,
        publisher=gov.publisher or page.publisher,
        category=page.category,
        genre=gov.genre or ("letter" if item and item[1] else "news"),
        meta=meta,
    ))


def read_official_xml(raw: bytes, source: str) -> Iterator[Item]:
    """Read an official publication's XML (a Handelingen item, a Kamerstuk) as its page: the
    same title, day, body and turns; the office and the interruptions the XML marks are kept."""
    guard_xml(raw, source)
    pub = read_publication(raw)
    for item in read_html(publication_page(pub).encode("utf-8"), source):
        if isinstance(item, Document) and item.meta.get("turns"):
            _xml_structure(item.meta["turns"], xml_speakers(pub))
        yield item


def _xml_structure(turns: list[dict[str, Any]], speakers: list[Any]) -> None:
    """What the XML says of each turn beyond its label: the speaker's office and, when the file
    marks interruptions, which turns interrupt (whom: the member or minister who last spoke
    outside one) in place of the guess from the chair's words."""
    if len(turns) != len(speakers):
        return
    marked = any(sp.interrupts for sp in speakers)
    offices = {t["name"]: sp.office for t, sp in zip(turns, speakers, strict=True) if sp.office}
    floor: str | None = None
    for turn, sp in zip(turns, speakers, strict=True):
        if turn["name"] in offices:  # the office is printed with a minister's first turn
            turn["office"] = offices[turn["name"]]
        if not marked:
            continue
        turn.pop("interrupts", None)
        if sp.interrupts and floor and turn["name"] != floor:
            turn["interrupts"] = floor
        elif not sp.interrupts and turn["role"] != "voorzitter":
            floor = turn["name"]


def _with_turns(doc: Document) -> Document:
    """A Handelingen item's turns, each with its speaker, in its metadata (see
    :mod:`kroniek.ingest.handelingen`); the quote finder makes them quotes."""
    if is_handelingen(doc.meta.get("identifier")):
        doc.meta["turns"] = find_turns(doc.text)
    return doc


# A ministry item line's "| 14-02-2020" somewhere in a page: only then is the page read for it.
_ITEM_HINT = re.compile(r"\|\s*\d{1,2}-\d{1,2}-\d{4}\b")


def _page_item(html: str) -> tuple[PublishedDate, bool] | None:
    """A ministry page's item line ("Kamerstuk: Kamerbrief | 14-02-2020") among the page's own
    paragraphs (main-text extraction takes it as the page date and drops it): its day, read from
    the text, and whether the item is a letter (see :func:`find_item_line`)."""
    if not _ITEM_HINT.search(html) or too_complex(html) is not None:
        return None
    body = re.search(r"<body\b", html, re.IGNORECASE)
    return find_item_line(html_to_text(html[body.start() :] if body else html).split("\n\n"))


def _meta_identifier(html: str) -> str | None:
    """An official publication's identifier from its page's DC.identifier ("kst-35570-X-87")."""
    return page_meta(html, "DC.identifier") or page_meta(html, "DCTERMS.identifier")


# --------------------------------------------------------------------------- government documents


@dataclass(frozen=True, slots=True)
class _Gov:
    """What a government document's header gives: title, date, genre and metadata."""

    title: str | None = None
    date: PublishedDate | None = None
    genre: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    publisher: str | None = None  # the chamber that publishes a Kamerstuk or Aanhangsel


def _page_or_letter_date(page: PublishedDate | None, letter: PublishedDate | None) -> PublishedDate | None:
    """A page's date, or the date its text heads itself with ("Den Haag, 6 januari 2020") when the
    page gives none or one before it (a page cannot predate the letter it carries); a later page
    date is kept (a news page about a letter)."""
    if letter is None or (page is not None and page.value[:10] > letter.value[:10]):
        return page
    return letter


def _split_front(text: str, chamber: str | None = None, foot: str | None = None) -> tuple[str, Front]:
    """Take a government document's header off its text (the text unchanged when it has none)."""
    front = split_front(normalize_whitespace(fix_unicode(text)).split("\n"), chamber, foot)
    return (text, front) if front.kind is None else ("\n".join(front.body), front)


def _clean_front(text: str, front: Front, hard_wrapped: bool | None) -> CleanResult:
    """Clean a body; a government document ending on its signatories is not truncated."""
    cleaned = clean_text(text, hard_wrapped=hard_wrapped)
    if front.kind is None:
        return cleaned
    kept = tuple(w for w in cleaned.warnings if not w.startswith("truncated"))
    return CleanResult(cleaned.text, kept, cleaned.hard_wrapped)


def _gov_fields(front: Front, text: str) -> _Gov:
    if front.kind is None:
        return _Gov()
    title, date = front.title, front.date
    if front.kind == "aanhangsel":
        title, date = questions_front(text)
    brief = front.kind == "letter" or (title or "").lower().startswith("brief ")
    meta: dict[str, Any] = {"kind": front.kind, "header": dict(front.meta)}
    publisher = front.meta.get("chamber") or front.meta.get("publication")
    return _Gov(title, date, "letter" if brief else "other", meta, publisher)


# --------------------------------------------------------------------------- PDF


class _Collect(logging.Handler):
    """Collects a library's log records instead of letting them reach stderr."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        with contextlib.suppress(Exception):
            msg = " ".join(record.getMessage().split())[:200]
            if msg not in self.messages:
                self.messages.append(msg)


@contextlib.contextmanager
def _quiet_logger(name: str) -> Iterator[_Collect]:
    """pdfminer logs warnings ("MediaBox missing ...") that Python would print on stderr, outside
    the one-line errors: collect them instead (they become the document's warnings)."""
    logger = logging.getLogger(name)
    handler, propagate = _Collect(), logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def read_pdf(raw: bytes, source: str) -> Iterator[Item]:
    """Read a PDF (e.g. a letter to parliament): reflowed, de-hyphenated, running heads dropped."""
    with _quiet_logger("pdfminer") as notes:
        text, info = pdf_to_text(raw, source)
    warnings: list[str] = [f"pdf: {m}" for m in notes.messages[:5]]
    # A font without a Unicode map makes pdfminer write "(cid:123)" for each glyph.
    text, unmapped = re.subn(r"\(cid:\d+\)", "", text)
    if unmapped:
        warnings.append(f"pdf-font: {unmapped} characters had no Unicode mapping and were dropped")
    text, front = _split_front(text, foot=info.get("running_foot"))
    cleaned = _clean_front(text, front, True)
    gov = _gov_fields(front, cleaned.text)
    # The sidebar of a letter ("Datum 12 maart 2021") dates it when the body does not.
    letter_date = (
        find_letter_date(cleaned.text) or gov.date or find_letter_date(info.get("sidebar", ""))
    )
    published = letter_date or find_stated_date(cleaned.text)
    if published is None and info.get("CreationDate"):
        # "D:20210312120000+01'00'" is when the file was made, a fallback for the letter date.
        m = re.match(r"D:(\d{4})(\d{2})(\d{2})", info["CreationDate"])
        if m:
            d = parse_date(f"{m[1]}-{m[2]}-{m[3]}")
            published = (
                PublishedDate(d.value, "day", "metadata", info["CreationDate"]) if d else None
            )
    letter = gov.genre == "letter" or (gov.genre is None and _is_letter(cleaned.text, letter_date))
    genre = "letter" if letter else "other"
    title = (
        gov.title
        or (_letter_title(cleaned.text) if genre == "letter" else None)
        or (info.get("heading") if front.kind is None else None)  # before the file's metadata
        or usable_metadata_title(info.get("Title"))
    )
    meta = {
        k.lower(): v
        for k, v in info.items()
        if k in ("Author", "Producer", "Subject", "sidebar", "identifier", "footnotes")
    }
    meta.update(gov.meta)
    yield _with_turns(_make_doc(
        raw,
        "",
        source,
        cleaned,
        warnings=warnings,
        published=published,
        genre=genre,
        title=title or None,
        publisher=gov.publisher,
        meta=meta,
    ))


# --------------------------------------------------------------------------- RSS / Atom

_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
# Encodings an XML parser may detect without a byte-order mark (XML 1.0, appendix F), EBCDIC too.
_XML_PROBE_ENCODINGS = ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "cp500", "cp037")


def _xml_probes(raw: bytes) -> Iterator[bytes]:
    """The bytes as they may be read: raw, as feedparser converts them, and in each XML encoding."""
    yield raw
    from feedparser.encodings import convert_to_utf8

    with contextlib.suppress(Exception):
        yield convert_to_utf8({}, raw, {})
    for enc in _XML_PROBE_ENCODINGS:
        yield raw.decode(enc, errors="ignore").encode("utf-8")


def guard_xml(raw: bytes, source: str) -> None:
    """Refuse XML that declares entities (billion laughs, external entities) before parsing it.

    The check runs on every decoding a parser could choose (UTF-16/32 with or without a BOM,
    EBCDIC, the declared encoding), so re-encoding the declaration does not get past it.
    """
    for probe in _xml_probes(raw):
        if _ENTITY_DECL.search(probe):
            raise ParseError(
                source,
                "the XML declares entities (<!ENTITY>), which can expand without limit or "
                "read local files; refused",
                "feeds never need entity declarations: use the feed without its DOCTYPE",
            )


def _parse_feed(raw: bytes, source: str) -> tuple[list[Any], str | None, list[str]]:
    """An RSS or Atom feed's entries (a broken feed's debris dropped), its publisher and the
    warnings every item carries; a feed without items (or broken beyond reading) raises."""
    import feedparser

    guard_xml(raw, source)
    from feedparser.exceptions import ThingsNobodyCaresAboutButMe

    parsed = feedparser.parse(raw, sanitize_html=True, resolve_relative_uris=False)
    entries = parsed.get("entries") or []
    exc = parsed.get("bozo_exception") if parsed.get("bozo") else None
    # Encoding and namespace notices are harmless; anything else means the XML is broken and
    # feedparser fell back to its lenient parser, whose half-items without text are debris.
    broken = exc is not None and not isinstance(exc, ThingsNobodyCaresAboutButMe)
    if broken:
        entries = [e for e in entries if e.get("content") or e.get("summary")]
    if not entries:
        if broken:
            line = getattr(exc, "getLineNumber", None)
            where = f" at line {line()}" if callable(line) else ""
            raise ParseError(
                source,
                f"malformed feed XML{where} ({exc})",
                "check that the file is a complete RSS/Atom feed",
            )
        raise EmptyInputError(source, "the feed has no items", "check the feed URL or file")
    feed_warnings = []
    if broken:
        feed_warnings.append(f"feed-malformed: {exc}; items read leniently")
    publisher = (parsed.get("feed") or {}).get("title") or None
    return entries, publisher, feed_warnings


# The last feed listed in this process (``feed_stamps``), by kind, source and its bytes' hash: a
# watch poll lists a feed's items and then reads the unseen ones of the same bytes in the same
# reading child, which then parses the feed once.
_LISTED: dict[str, tuple[list[Any], str | None, list[str]]] = {}


def _parsed_feed(raw: bytes, source: str, kind: str, *, keep: bool = False) -> tuple[list[Any], str | None, list[str]]:
    """``_parse_feed`` or ``_parse_json_feed`` of these bytes; the one last listed when it is the
    same feed, and (``keep``) kept as that one."""
    key = f"{kind}\x00{source}\x00{sha256_hex(raw)}"
    got = _LISTED.get(key)
    if got is None:
        got = _parse_feed(raw, source) if kind == "feed" else _parse_json_feed(raw, source)
        if keep:
            _LISTED.clear()
            _LISTED[key] = got
    return got


def read_feed(
    raw: bytes, source: str, *, fetch_links: bool = False, fetcher: Any = None,
    only: Container[int] | None = None, numbers: Sequence[int] | None = None,
) -> Iterator[Item]:
    """Read an RSS or Atom feed: one Document per item; optionally fetch each item's page.
    With ``only``, just the items of those numbers (1-based, as ``feed_stamps`` numbers them).
    ``numbers``: the items' numbers in the whole feed when ``raw`` holds some of its items only
    (a watch poll's new items, ``kroniek.watch.feedparts``); 1, 2, ... by default."""
    yield from _read_entries(_parsed_feed(raw, source, "feed"), source, fetch_links, fetcher, only, numbers)


def _read_entries(parsed: tuple[list[Any], str | None, list[str]], source: str, fetch_links: bool,
                  fetcher: Any, only: Container[int] | None, numbers: Sequence[int] | None = None) -> Iterator[Item]:
    entries, publisher, feed_warnings = parsed
    for n, entry in zip(numbers or itertools.count(1), entries, strict=False):
        if only is not None and n not in only:
            continue
        item_source = f"{source}#{n}"
        try:
            if isinstance(entry, InputError):
                raise entry
            yield _feed_item(entry, n, item_source, publisher, feed_warnings, fetch_links, fetcher)
        except InputError as exc:
            yield exc
        except Exception as exc:  # one odd item must not stop the feed
            yield ParseError(
                item_source,
                f"could not read this feed item ({type(exc).__name__}: {exc})",
                "the other items were read",
            )


@dataclass(frozen=True, slots=True)
class FeedStamp:
    """What a feed says of one item before it is read: its number, its link (or, without one, the
    id its Document will have) and its version, a hash of what the item says (its id, title and
    body) and of its updated stamp (Atom ``updated``, JSON Feed ``date_modified``), so an item
    that was changed or says it was updated has a new version. Its publication date is not part
    of it: a feed that lists an old item again with a new date lists the same item."""

    n: int
    ident: str
    version: str
    placed: bool = False  # the item has neither id nor link: its ident (and document id) hash its number


def feed_stamps(raw: bytes, source: str, kind: str, numbers: Sequence[int] | None = None,
                ) -> Iterator[FeedStamp | InputError]:
    """Each item of a feed (``kind`` "feed" or "jsonfeed") as its ``FeedStamp``, without cleaning
    or reading its text. An item that cannot be stamped gets an empty ident and version: it is
    read at every poll, and reading it says what is wrong with it. ``numbers`` as ``read_feed``'s."""
    entries = _parsed_feed(raw, source, kind, keep=True)[0]
    for n, entry in zip(numbers or itertools.count(1), entries, strict=False):
        if isinstance(entry, InputError):
            continue
        try:
            record, key, link = _feed_record(entry, n)
            # dict.get: feedparser's own get answers a missing ``updated`` with ``published``, no update.
            updated = dict.get(entry, "updated")
            said = {"id": entry.get("id"), "title": entry.get("title"), "body": _feed_body(entry)[0],
                    "updated": updated}
            version = sha256_hex(json.dumps(said, sort_keys=True, ensure_ascii=False, default=str).encode())[:16]
            yield FeedStamp(n, scrub(link) if link else document_id(record, key), version,
                            placed=not (entry.get("id") or link))
        except Exception:  # noqa: BLE001 - an odd item is read in full, and its error reported
            yield FeedStamp(n, "", "")


def feed_warnings(raw: bytes, source: str, kind: str) -> list[str]:
    """The warnings every item of this feed carries (a malformed feed read leniently), from the
    parse ``feed_stamps`` keeps; raises as ``feed_stamps`` does."""
    return list(_parsed_feed(raw, source, kind, keep=True)[2])


def _feed_body(entry: Any) -> tuple[Any, str]:
    """An item's body and its content type: its first content, else its summary."""
    if entry.get("content"):
        return entry["content"][0].get("value", ""), entry["content"][0].get("type", "text/html")
    if entry.get("summary"):
        return entry["summary"], (entry.get("summary_detail") or {}).get("type", "text/html")
    return "", "text/html"


def _feed_record(entry: Any, n: int) -> tuple[bytes, str, str | None]:
    """The bytes an item's document id hashes, its key within the feed and its link."""
    body = _feed_body(entry)[0]
    link = entry.get("link") or None
    record = {
        "id": entry.get("id"),
        "link": link,
        "title": entry.get("title"),
        "published": entry.get("published") or entry.get("updated"),
        "body": body,
    }
    raw_item = json.dumps(record, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return raw_item, entry.get("id") or link or str(n), link


def _feed_item(
    entry: Any,
    n: int,
    source: str,
    publisher: str | None,
    feed_warnings: list[str],
    fetch_links: bool,
    fetcher: Any,
) -> Document:
    warnings = list(feed_warnings)
    body, ctype = _feed_body(entry)
    text = html_to_text(body) if "html" in ctype or looks_like_html(body) else body
    link = entry.get("link") or None
    meta: dict[str, Any] = {}
    if entry.get("author"):
        meta["author"] = entry["author"]
    if fetch_links and link and fetcher is not None:
        try:
            page_raw, page_ctype, final_url = fetcher(link)
            page_text, _ = decode_bytes(page_raw, link)
            page = extract_page(page_text, final_url)
            if len(page.text) > len(text):
                text = page.text
                meta["text_from"] = "link"
                if page.meta.get("author") and "author" not in meta:
                    meta["author"] = page.meta["author"]
        except InputError as exc:
            warnings.append(f"fetch-link: {exc}; kept the feed's text")
    cleaned = clean_text(text, hard_wrapped=False)
    date_raw = entry.get("published") or entry.get("updated")
    published = parse_date(date_raw) if date_raw else None
    if date_raw and published is None:
        parsed_t = (
            entry.get("published_parsed") if entry.get("published") else entry.get("updated_parsed")
        )
        if parsed_t:
            published = PublishedDate(
                f"{parsed_t.tm_year:04d}-{parsed_t.tm_mon:02d}-{parsed_t.tm_mday:02d}"
                f"T{parsed_t.tm_hour:02d}:{parsed_t.tm_min:02d}",
                "minute",
                "metadata",
                date_raw,
            )
        else:
            warnings.append(
                f"bad-date: date {date_raw[:80]!r} is not a date kroniek can read; ignored"
            )
    tags = entry.get("tags") or []
    category = tags[0].get("term") if tags else None
    if len(tags) > 1:
        meta["categories"] = [t.get("term") for t in tags]
    raw_item, key, _ = _feed_record(entry, n)
    title = clean_text(entry["title"], hard_wrapped=False).text if entry.get("title") else None
    return _make_doc(
        raw_item,
        key,
        source,
        cleaned,
        warnings=warnings,
        published=published,
        title=title,
        url=link,
        publisher=publisher,
        category=category,
        genre="news",
        meta=meta,
    )


def _parse_json_feed(raw: bytes, source: str) -> tuple[list[Any], str | None, list[str]]:
    """A JSON Feed's items as feedparser-shaped entries (an item that is not an object as its
    ParseError), its publisher and no feed warnings; a feed without items raises."""
    try:
        feed = json.loads(decode_bytes(raw, source)[0])
    except (ValueError, RecursionError) as exc:
        raise ParseError(source, f"not a valid JSON Feed ({exc})", "check that the file is complete JSON") from exc
    items = feed.get("items") if isinstance(feed, dict) else None
    if not isinstance(items, list) or not items:
        raise EmptyInputError(source, "the feed has no items", "check the feed URL or file")
    publisher = feed.get("title") if isinstance(feed.get("title"), str) else None
    entries: list[Any] = []
    for n, item in enumerate(items, 1):
        try:
            if not isinstance(item, dict):
                raise ParseError(f"{source}#{n}", "a feed item is not a JSON object", "the other items were read")
            entries.append(_json_feed_entry(item))
        except InputError as exc:
            entries.append(exc)
        except Exception as exc:  # noqa: BLE001 - one odd item must not stop the feed
            entries.append(ParseError(f"{source}#{n}", f"could not read this feed item ({type(exc).__name__}: "
                                      f"{exc})", "the other items were read"))
    return entries, publisher, []


def read_json_feed(
    raw: bytes, source: str, *, fetch_links: bool = False, fetcher: Any = None,
    only: Container[int] | None = None,
) -> Iterator[Item]:
    """Read a JSON Feed (jsonfeed.org 1 and 1.1): one Document per item, read as an RSS/Atom item is."""
    yield from _read_entries(_parsed_feed(raw, source, "jsonfeed"), source, fetch_links, fetcher, only)


def _json_feed_entry(item: dict[str, Any]) -> dict[str, Any]:
    """A JSON Feed item in the shape feedparser gives an RSS/Atom entry."""
    def text(key: str) -> str | None:
        value = item.get(key)
        return value if isinstance(value, str) and value.strip() else None

    entry: dict[str, Any] = {"id": text("id") or (str(item["id"]) if item.get("id") is not None else None),
                             "link": text("url") or text("external_url"), "title": text("title"),
                             "published": text("date_published"), "updated": text("date_modified")}
    if text("content_html"):
        entry["content"] = [{"value": text("content_html"), "type": "text/html"}]
    elif text("content_text"):
        entry["content"] = [{"value": text("content_text"), "type": "text/plain"}]
    elif text("summary"):
        entry["summary"], entry["summary_detail"] = text("summary"), {"type": "text/plain"}
    authors = item.get("authors") or ([item["author"]] if isinstance(item.get("author"), dict) else [])
    names = [str(a["name"]) for a in authors if isinstance(a, dict) and isinstance(a.get("name"), str)]
    if names:
        entry["author"] = ", ".join(names)
    tags = [t for t in item.get("tags") or [] if isinstance(t, str)]
    if tags:
        entry["tags"] = [{"term": t} for t in tags]
    return {k: v for k, v in entry.items() if v is not None}


# --------------------------------------------------------------------------- JSONL

_JSONL_FIELDS = {
    "text",
    "title",
    "url",
    "published",
    "date",
    "source",
    "publisher",
    "category",
    "genre",
}


def json_records(raw: bytes) -> list[bytes]:
    """Split JSON input into one record per entry: JSON Lines, or a whole JSON array/object.

    For an array, entry n (1-based) stands where line n would, so errors read ``file:n``.
    """
    head = raw.lstrip()[:1]
    if head in (b"[", b"{"):
        try:
            whole = json.loads(raw)
        except (ValueError, UnicodeDecodeError, RecursionError):
            whole = None  # JSON Lines (or broken JSON): read line by line
        if isinstance(whole, list):
            return [json.dumps(o, ensure_ascii=False).encode("utf-8") for o in whole]
        if isinstance(whole, dict):
            return [json.dumps(whole, ensure_ascii=False).encode("utf-8")]
    return raw.splitlines(keepends=True)


def _capped_lines(stream: Any, max_bytes: int) -> Iterator[bytes]:
    """Lines of a binary stream, never reading more than ``max_bytes`` + 1 bytes in all."""
    budget = max_bytes + 1
    while budget > 0:
        line = stream.readline(budget)
        if not line:
            return
        budget -= len(line)
        yield line


MAX_BAD_LINES = 50  # lines in a row that fail with none read yet: the file is not JSON Lines


def binary_jsonl(head: bytes) -> bool:
    """Say whether the start of a JSON Lines input is binary data (then it is one error, not one per line)."""
    from .decode import is_binary

    return bool(head) and is_binary(head[:8192])


def binary_jsonl_error(source: str) -> InputError:
    from ..errors import BinaryInputError

    return BinaryInputError(source, "this is binary data, not JSON Lines",
                            "give one JSON object per line, in UTF-8")


# UTF-32 before UTF-16: the UTF-32-LE mark starts with the UTF-16-LE one.
_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _wide_jsonl_error(source: str) -> InputError:
    """JSON Lines in UTF-16/32: its lines cannot be split on newline bytes, so one error, not one a line."""
    return ParseError(source, "JSON Lines in UTF-16 or UTF-32 (it starts with such a byte-order mark)",
                      "save it as UTF-8, one JSON object per line")


def read_jsonl(lines: Iterable[bytes] | Any, source: str, max_bytes: int) -> Iterator[Item]:
    """Read JSON Lines (a binary stream or lines): one document per line; a bad line is one
    error naming ``source:line``, the rest go on. An input with no records is one error; so is
    one whose first lines are all unreadable (binary data, or not JSON Lines at all)."""
    if hasattr(lines, "readline"):
        lines = _capped_lines(lines, max_bytes)
    total = records = read = bad_run = 0
    for lineno, line in enumerate(lines, 1):
        if isinstance(line, str):  # a text-mode stream (sys.stdin, io.StringIO)
            line = line.encode("utf-8", errors="surrogatepass")
        total += len(line)
        if total > max_bytes:
            yield _too_large(source, total, max_bytes)
            return
        if lineno == 1:
            if line.startswith(_WIDE_BOMS):
                yield _wide_jsonl_error(source)
                return
            line = line.removeprefix(codecs.BOM_UTF8)  # a UTF-8 byte-order mark must not cost line 1
        if not line.strip():
            continue
        if records == 0 and lineno == 1 and binary_jsonl(line):
            yield binary_jsonl_error(source)
            return
        records += 1
        item = _jsonl_item(line, lineno, f"{source}:{lineno}")
        if isinstance(item, Document):
            read += 1
            bad_run = 0
        else:
            bad_run += 1
        yield item
        if read == 0 and bad_run >= MAX_BAD_LINES:
            yield ParseError(source, f"the first {MAX_BAD_LINES} lines all failed; the rest was "
                             "not read", "is this JSON Lines (one JSON object per line)?")
            return
    if records == 0:
        yield EmptyInputError(source, "no JSON records in it", "give one JSON object per line")


def _jsonl_item(line: bytes, lineno: int, where: str) -> Item:
    try:
        return _jsonl_document(line, lineno, where)
    except InputError as exc:
        return exc
    except Exception as exc:  # one odd line must not stop the file
        return ParseError(
            where,
            f"could not read this line ({type(exc).__name__}: {str(exc)[:200]})",
            "the other lines were read",
        )


def _jsonl_document(line: bytes, lineno: int, where: str) -> Document:
    try:
        try:
            decoded = line.decode("utf-8")
        except UnicodeDecodeError:
            decoded = decode_bytes(line, where)[0]
        obj = json.loads(decoded)
    except json.JSONDecodeError as exc:
        raise ParseError(
            where,
            f"not valid JSON ({exc.msg} at column {exc.colno})",
            "each line must be one JSON object",
        ) from exc
    except (ValueError, RecursionError) as exc:  # a number of over 4,300 digits; nesting too deep
        what = "nested too deeply" if isinstance(exc, RecursionError) else "a number too long to read"
        raise ParseError(where, f"not readable JSON ({what})", "each line must be one JSON object") from exc
    if not isinstance(obj, dict):
        raise ParseError(
            where,
            f"a JSON {type(obj).__name__}, not an object",
            "each line must be one JSON object",
        )
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise EmptyInputError(
            where, 'no "text" (a non-empty string is required)', 'add a "text" field'
        )
    warnings: list[str] = []
    published = _date_or_warn(obj.get("published", obj.get("date")), warnings)
    genre = obj.get("genre")
    if genre is not None and genre not in GENRES:
        warnings.append(f"bad-genre: {genre!r} is not one of {GENRES}; ignored")
        genre = None
    meta = {k: _jsonable(v) for k, v in obj.items() if k not in _JSONL_FIELDS}
    fields: dict[str, Any] = {
        k: (str(obj[k]) if obj.get(k) not in (None, "") else None)
        for k in ("title", "url", "publisher", "category")
    }
    source = str(obj["source"]) if obj.get("source") else where
    return _text_document(
        text,
        line,
        str(lineno),
        source,
        extra_warnings=warnings,
        published=published,
        genre=genre,
        meta=meta,
        **fields,
    )


def _too_large(source: str, size: int, limit: int) -> InputError:
    from ..errors import TooLargeError

    return TooLargeError(
        source,
        f"the input is over {limit:,} bytes ({size:,} read)",
        "split it, or raise KRONIEK_MAX_INPUT_BYTES",
    )
