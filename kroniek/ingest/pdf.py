"""PDF to hard-wrapped text: lines in reading order, blank lines where the layout leaves a gap,
running headers, footers and page numbers dropped, and so are official publications' footers and
running heads ("kst-35570-X-87", "ISSN 0921 - 7371", "’s-Gravenhage 2021", …) wherever they sit."""

from __future__ import annotations

import io
import re
import statistics
from dataclasses import dataclass
from typing import Any

from ..errors import EmptyInputError, ParseError
from .hyphen import load_wordlist
from .official import is_publication_line, publication_identifier, running_foot
from .pdf_notes import (
    Mark,
    close_mark_gaps,
    line_size,
    misread_references,
    note_numbers,
    note_texts,
    split_footnotes,
    without_superscripts,
)

_PAGE_NUMBER = re.compile(
    r"(?:(?:pagina|page|blad|p\.)\s*)?[-–(]?\s*\d{1,4}\s*[-–)]?(?:\s*(?:van|of|/)\s*\d{1,4})?",
    re.IGNORECASE,
)
_MARGIN = 0.1  # top and bottom fraction of a page where running heads and feet live
# A list item's bullet as a word processor sets it (U+F0B7, U+F0A7: Word's Symbol and Wingdings
# bullets) is written "- ", as a web page's list item reads, and the item is a paragraph.
# A quotation mark set apart from any word at a line's start is no typesetter's: on a scanned
# page it is a speck or a bullet that OCR read as a mark ("‘ Binnenhof 4", "« de provincies").
_SPECK = re.compile(r"^[‘’‚„“”«»°¢·'\"]\s+(?=\w)")
_BULLET_GLYPH = re.compile(r"^[•▪●◦■\uf0b7\uf0a7\uf076\uf0d8]\s*")
# What OCR makes of a bullet: a mark, or a round letter ("e", "o", "©", "«", "*").
_OCR_BULLET = re.compile(r"[^\w\s(\[]|[eoO]")
# A chamber's numeral OCR misread ("Kamerstukken Il", "Handelingen 1I"), only where a reference
# to parliament's papers says what it must be: the series' name before it, a session year after.
_CHAMBER_REF = re.compile(
    r"(?<![^\W\d_])(?P<series>Kamerstukken|Handelingen|Aanhangsel Handelingen)\s+(?P<n>[Il1|]{1,2})"
    r"(?=\s+(?:19|20)\d{2}\s*[/–-]\s*\d{2,4}\b)"
)
# A paragraph gap, in line pitches (top to top): half a line more than the pitch is one (14 pt lines,
# 7 pt after a paragraph), read with room for the rounding of the positions.
_GAP = 1.45
_BULLET_TAB = 1.0  # the space after a bullet, in ems: a tab, where a word space is a quarter em


@dataclass(frozen=True, slots=True)
class _Line:
    text: str
    top: float
    bottom: float
    page: int
    in_margin: bool
    size: float = 0.0
    x1: float = 0.0  # right end, to tell a paragraph's short last line at a page's foot
    x0: float = 0.0  # left end, to tell the column a line is set in
    lead: float = 0.0  # width of the line's first word
    bold: bool = False  # every letter set in a bold face
    italic: bool = False  # every letter set in an italic face


def _is_encrypted(exc: BaseException) -> bool:
    """Whether opening a PDF failed on its encryption (pdfplumber wraps pdfminer's error)."""
    from pdfminer.pdfdocument import PDFEncryptionError

    inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
    return isinstance(inner, PDFEncryptionError) or isinstance(exc, PDFEncryptionError)


def pdf_to_text(raw: bytes, source: str) -> tuple[str, dict[str, str]]:
    """Extract a PDF's text as lines (blank line between paragraphs); return it and the PDF info."""
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(raw))
    except Exception as exc:  # pdfminer raises its own zoo of exceptions on broken files
        if _is_encrypted(exc):
            raise ParseError(
                source, "the PDF is encrypted and needs a password to open",
                "decrypt it first (e.g. qpdf --decrypt --password=... in.pdf out.pdf)",
            ) from exc
        raise ParseError(
            source,
            f"not a readable PDF ({type(exc).__name__}: {exc})",
            "the file may be truncated or damaged; download it again",
        ) from exc
    try:
        with pdf:
            info = {
                k: str(v) for k, v in (pdf.metadata or {}).items() if isinstance(v, str | bytes)
            }
            pages: list[list[_Line]] = []
            sidebar: list[str] = []
            notes: list[str] = []
            raised = glyphless = 0  # references found raised; pages set in OCR's glyphless font
            for pno, page in enumerate(pdf.pages):
                glyphless += _ocr_layer(page)
                height = float(page.height) or 1.0
                page, size, marks = without_superscripts(page)  # noqa: PLW2901
                raised += len(marks)
                columns, side, start = _layout(page)
                lines = [
                    line
                    for ln in _region_lines(page, columns, height, start)
                    if (line := _read_line(ln, pno, height, info, marks)) is not None
                ]
                if side is not None and pno == 0:
                    sidebar.extend(_sidebar_lines(page, side, height))
                lines, foot = split_footnotes(lines, size, height, bool(marks))
                # A long note runs into the bottom margin; the page number there is no note.
                page_no = [ln for ln in foot if ln.in_margin and _PAGE_NUMBER.fullmatch(ln.text)]
                notes.extend(note_texts([ln for ln in foot if ln not in page_no]))
                pages.append(lines)
            if notes:
                info["footnotes"] = "\n".join(notes)
            if sidebar:
                info["sidebar"] = "\n".join(t for t in sidebar if t)
    except ParseError:
        raise
    except Exception as exc:
        raise ParseError(
            source,
            f"the PDF is damaged ({type(exc).__name__}: {exc})",
            "the file may be truncated; download it again",
        ) from exc
    pages = _drop_running_lines(pages)
    if not any(pages):
        raise EmptyInputError(
            source,
            "the PDF has no text layer",
            "it is probably a scan; run OCR (e.g. ocrmypdf) first",
        )
    if heading := _heading(pages[0]):
        info["heading"] = heading
    scanned = not raised and glyphless > 0
    return misread_references(_with_paragraph_gaps(pages), note_numbers(notes), scanned), info


def _ocr_layer(page: Any) -> bool:
    """Whether a page's text is an OCR layer (Tesseract, ocrmypdf: the invisible GlyphLessFont),
    whose raised note numbers are read as glued marks or digits."""
    chars = page.chars[:200]
    return bool(chars) and sum("GlyphLessFont" in str(c.get("fontname", "")) for c in chars) > len(chars) / 2


def _read_line(
    ln: dict[str, Any], pno: int, height: float, info: dict[str, str], marks: set[Mark]
) -> _Line | None:
    """One text line of a page, or None for an empty line and an official publication's footer or
    running head ("kst-… ISSN … ’s-Gravenhage 2021 …", "Tweede Kamer <item> 6 juli 2021" in the
    margin), whose identifier and running foot are kept in ``info``."""
    text = _BULLET_GLYPH.sub("- ", close_mark_gaps(ln["text"].strip(), ln["chars"], marks))
    text = _SPECK.sub("", _read_bullet(text, ln["chars"]))
    text = chamber_numerals(text)
    if not any(c.isalnum() for c in text):
        text = ""  # a speck of a scan read as a line of its own ("." or "‚")
    margin = ln["top"] < _MARGIN * height or ln["bottom"] > (1 - _MARGIN) * height
    foot = margin and running_foot(text) is not None
    if not text or is_publication_line(text) or foot:
        ident = publication_identifier(text)
        if ident:
            info.setdefault("identifier", ident)
        if foot:
            info.setdefault("running_foot", text)
        return None
    return _Line(
        text, float(ln["top"]), float(ln["bottom"]), pno, margin, line_size(ln["chars"]), ln["x1"],
        ln["x0"], _first_word_width(text, ln["chars"]), _all_in(ln["chars"], _BOLD),
        _all_in(ln["chars"], _ITALIC),
    )  # fmt: skip


def chamber_numerals(text: str) -> str:
    """"Kamerstukken Il 2018/19" as "Kamerstukken II 2018/19" (see ``_CHAMBER_REF``)."""
    return _CHAMBER_REF.sub(lambda m: f"{m['series']} {'I' * len(m['n'])}", text)


def _read_bullet(text: str, chars: list[dict[str, Any]]) -> str:
    """A line that opens with one glyph set a tab's width before its first word is a list item
    whose bullet OCR read as something else ("e de luchthavens …", "« er komt …"): "- " as a
    word processor's bullet is written. A one-letter word ("u", "a") is followed by a word space."""
    glyphs = [c for c in chars if str(c.get("text", "")).strip()]
    first = text.split(maxsplit=1)
    if len(glyphs) < 2 or len(first) < 2 or len(first[0]) != 1 or not _OCR_BULLET.fullmatch(first[0]):
        return text
    size = float(glyphs[0].get("size") or 0.0)
    gap = float(glyphs[1]["x0"]) - float(glyphs[0]["x1"])
    return f"- {first[1]}" if size and gap >= _BULLET_TAB * size else text


def _region_lines(
    page: Any, columns: list[tuple[float, float]], height: float, start: float = 0.0
) -> list[dict[str, Any]]:
    """A page's text lines in reading order: each column in turn. On a page of two columns an
    official publication's running head or foot in the top or bottom margin is read across the
    whole width, as it is set ("Tweede Kamer | Opleidingsmissie in Irak | 6 juli 2021" under both
    columns; cropped per column its halves would run into the columns' text); the columns' own
    lines there (a column may run into the margin) stay the columns'. Lines above ``start``, where
    the columns begin under a head set across the page, are read whole and first; a line that runs
    on across the gutter (a footnote set across the page under the columns) is read whole, after
    the columns."""
    width = float(page.width)
    if columns == [(0.0, width)]:
        return list(page.extract_text_lines(return_chars=True, strip=True))

    edges = [x for col in columns for x in col if 0.0 < x < width]

    def apart(ln: dict[str, Any]) -> bool:
        in_margin = ln["bottom"] <= _MARGIN * height or ln["top"] >= (1 - _MARGIN) * height
        text = ln["text"].strip()
        across = any(_runs_across(ln["chars"], x) for x in edges)  # a logo block, a footnote
        above = ln["bottom"] <= start
        publication = running_foot(text) is not None or is_publication_line(text)
        return above or across or in_margin and publication

    whole = [ln for ln in page.extract_text_lines(return_chars=True, strip=True) if apart(ln)]

    def covered(ln: dict[str, Any]) -> bool:
        return any(ln["top"] < w["bottom"] and w["top"] < ln["bottom"] for w in whole)

    top = max(_MARGIN * height, start)
    out = [w for w in whole if w["bottom"] <= top]
    for x0, x1 in columns:
        col = page.crop((x0, 0, x1, height)).extract_text_lines(return_chars=True, strip=True)
        out.extend(ln for ln in col if not covered(ln))
    return out + [w for w in whole if w["bottom"] > top]


def _runs_across(chars: list[dict[str, Any]], edge: float) -> bool:
    """Say whether a line's text runs on across a column edge: no gutter-wide gap there (two
    pieces on one baseline, a date heading and the sidebar's first line, do not)."""
    before = [float(c["x1"]) for c in chars if float(c["x0"]) < edge]
    after = [float(c["x0"]) for c in chars if float(c["x0"]) >= edge]
    return bool(before and after) and min(after) - max(before) < 12


def _sidebar_lines(page: Any, side: tuple[float, float], height: float) -> list[str]:
    """The sidebar's lines, without the pieces of a line in the page's top or bottom margin
    that runs across into it (a ministry's name in the logo block above the letter)."""
    across = [
        ln
        for ln in page.extract_text_lines(return_chars=True)
        if _runs_across(ln["chars"], side[0])
        and (ln["bottom"] <= _MARGIN * height or ln["top"] >= (1 - _MARGIN) * height)
    ]
    crop = page.crop((side[0], 0, side[1], height))
    return [
        ln["text"].strip()
        for ln in crop.extract_text_lines(return_chars=False)
        if not any(ln["top"] < a["bottom"] and a["top"] < ln["bottom"] for a in across)
    ]


def _layout(page: object) -> tuple[list[tuple[float, float]], tuple[float, float] | None, float]:
    """Find the text columns of a page and a narrow right-hand sidebar, if any, and where the
    columns begin.

    A column gutter is a vertical strip at least 12 pt wide that no word in the page body
    crosses. A gutter near the middle with text on both sides makes two columns, read left then
    right. A gutter past 55% of the width with a narrow block right of it is a letter's sidebar
    (sender's address, "Datum", "Kenmerk"): it is kept out of the text, as PDF metadata. On a
    letter's later pages the sidebar sits in the page header, level with the body's first lines
    and within the top margin: when the body alone shows no gutter, the whole page is tried
    for a sidebar. An official publication's first page sets its head across the page and the
    text in two columns under it: the columns begin below the last line that crosses the gutter.
    """
    width = float(page.width)  # type: ignore[attr-defined]
    height = float(page.height)  # type: ignore[attr-defined]
    full = [(0.0, width)]
    every = page.extract_words()  # type: ignore[attr-defined]
    words = [w for w in every if _MARGIN * height < w["top"] and w["bottom"] < (1 - _MARGIN) * height]
    if len(words) < 20:
        return full, None, 0.0
    columns, side = _split(words, width, sidebar_only=False)
    if columns == full:
        columns, side = _split(every, width, sidebar_only=True)
    if columns == full:
        return _columns_below(words, width)
    return columns, side, 0.0


def _columns_below(
    words: list[dict[str, Any]], width: float
) -> tuple[list[tuple[float, float]], None, float]:
    """Two columns (justified, or ragged-right prose) under a head set across the page, and the
    top of the columns; or the whole page. The columns must hold most of the page's words."""
    for top in sorted({round(float(w["top"]), 1) for w in words}):
        below = [w for w in words if float(w["top"]) >= top - 0.5]
        if len(below) < 0.5 * len(words):
            break
        columns, _ = _split(below, width, sidebar_only=False, justified=True)
        if len(columns) == 2:
            return columns, None, top - 0.5
    return [(0.0, width)], None, 0.0


def _split(
    words: list[dict[str, Any]], width: float, *, sidebar_only: bool, justified: bool = False
) -> tuple[list[tuple[float, float]], tuple[float, float] | None]:
    """Two columns or a body and its sidebar, split at the widest gutter that makes one.
    ``justified``: two columns only where the left one's lines end on the gutter."""
    left = max(0.0, min(w["x0"] for w in words))
    right = min(width, max(w["x1"] for w in words))
    for g0, g1 in sorted(_gutters(words, width, left, right), key=lambda g: g[0] - g[1]):
        left_words = [w for w in words if w["x1"] <= g0]
        right_words = [w for w in words if w["x0"] >= g1]
        if len(left_words) < 3 or len(right_words) < 3:
            continue
        mid = (g0 + g1) / 2
        if not sidebar_only and 0.35 * width <= mid <= 0.65 * width and _two_columns(
            left_words, right_words, g0, justified
        ) or not sidebar_only and justified and 0.35 * width <= mid <= 0.65 * width and _ragged(
            left_words, right_words, (g0, g1)
        ):
            return [(0.0, mid), (mid, width)], None
        # g1, not g0: on a letter's last page the body may be a few short signature lines.
        if g1 >= 0.6 * width and right - g1 <= 0.35 * width and len(right_words) < len(left_words):
            return [(0.0, mid)], (mid, width)
    return [(0.0, width)], None


def _two_columns(
    left: list[dict[str, Any]], right: list[dict[str, Any]], gutter: float, justified: bool
) -> bool:
    """Say whether the words either side of a middle gutter are two columns: both hold a good
    share of the words, or the left one is justified (most of its lines end on the gutter; on
    the last page of a publication the right column may hold only the signature)."""
    rows = {round(float(w["top"])) for w in left}
    flush = {round(float(w["top"])) for w in left if float(w["x1"]) >= gutter - 3}
    edge = len(rows) >= 4 and len(flush) >= 0.6 * len(rows)
    if justified:
        return edge and len(right) >= 0.3 * len(left)
    return min(len(left), len(right)) >= 0.3 * (len(left) + len(right)) or edge


def _ragged(
    left: list[dict[str, Any]], right: list[dict[str, Any]], gutter: tuple[float, float]
) -> bool:
    """Say whether the words either side of a middle gutter are two ragged-right columns of
    prose: each side's lines start flush on its own edge, the left lines are long (most fill
    three quarters of the column; a table's cells or a form's labels do not), the gutter is
    narrow beside the column (a table's gap is wide) and the two sides stand line beside line,
    with as many words on the right as a column holds."""
    rows_l, rows_r = _rows(left), _rows(right)
    if len(rows_l) < 4 or len(rows_r) < 4 or len(right) < 0.3 * len(left):
        return False
    edge_l, edge_r = min(r[0] for r in rows_l.values()), min(r[0] for r in rows_r.values())
    flush = all(sum(r[0] <= edge + 3 for r in rows.values()) >= 0.8 * len(rows)
                for rows, edge in ((rows_l, edge_l), (rows_r, edge_r)))  # fmt: skip
    column = gutter[0] - edge_l
    long = statistics.median(r[1] - edge_l for r in rows_l.values()) >= 0.75 * column
    long = long and gutter[1] - gutter[0] <= 0.25 * column
    beside = sum(any(abs(t - u) <= 2 for u in rows_l) for t in rows_r) >= 0.5 * len(rows_r)
    return flush and long and beside


def _rows(words: list[dict[str, Any]]) -> dict[int, tuple[float, float]]:
    """A column's lines by their top: where each starts and ends."""
    rows: dict[int, tuple[float, float]] = {}
    for w in words:
        key = round(float(w["top"]))
        x0, x1 = rows.get(key, (float(w["x0"]), float(w["x1"])))
        rows[key] = (min(x0, float(w["x0"])), max(x1, float(w["x1"])))
    return rows


def _gutters(
    words: list[dict[str, Any]], width: float, left: float, right: float
) -> list[tuple[float, float]]:
    """The vertical strips at least 12 pt wide between ``left`` and ``right`` that no word crosses."""
    step = 2.0
    covered = [False] * (int(width / step) + 2)
    last = len(covered) - 1
    for w in words:  # text may run past the page's edges (a real manual did): clamp
        lo, hi = max(0, int(w["x0"] / step)), min(last, int(w["x1"] / step))
        for b in range(lo, hi + 1):
            covered[b] = True
    right = min(last * step, right)
    gaps: list[tuple[float, float]] = []
    b = int(left / step) + 1
    while b * step < right:
        if not covered[b]:
            start = b
            while b * step < right and not covered[b]:
                b += 1
            if (b - start) * step >= 12:
                gaps.append((start * step, b * step))
        b += 1
    return gaps


def _drop_running_lines(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Remove page numbers and headers/footers that repeat on at least half of the pages."""

    def key(line: _Line) -> str:
        return re.sub(r"\d+", "#", line.text.lower())

    seen: dict[str, set[int]] = {}
    for lines in pages:
        for ln in lines:
            if ln.in_margin:
                seen.setdefault(key(ln), set()).add(ln.page)
    need = max(2, (len(pages) + 1) // 2)
    out = []
    for lines in pages:
        kept = [
            ln
            for ln in lines
            if not (
                ln.in_margin and (_PAGE_NUMBER.fullmatch(ln.text) or len(seen[key(ln)]) >= need)
            )
        ]
        out.append(kept)
    return out


def _first_word_width(text: str, chars: list[dict[str, Any]]) -> float:
    """How wide the line's first word is set (0.0 when the characters do not say)."""
    word = text.split()[0] if text.split() else ""
    glyphs = [c for c in chars if str(c.get("text", "")).strip()][: len(word)]
    return float(glyphs[-1]["x1"]) - float(glyphs[0]["x0"]) if glyphs else 0.0


_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_ITALIC = re.compile(r"italic|oblique", re.IGNORECASE)


def _all_in(chars: list[dict[str, Any]], face: re.Pattern[str]) -> bool:
    """Say whether every letter of a line is set in a face ("Verdana-Bold", "Arial-ItalicMT")."""
    letters = [c for c in chars if str(c.get("text", "")).isalpha()]
    return bool(letters) and all(face.search(str(c.get("fontname", ""))) for c in letters)


def _heading(lines: list[_Line]) -> str | None:
    """The heading the first page opens with: its first lines, bold or clearly larger than the
    page's text, up to three and without a gap, followed by text (a report's or a fiche's own
    title, where the file's metadata title is often the template's: "Toelichting invullen …")."""
    if len(lines) < 4:
        return None
    size = statistics.median(ln.size for ln in lines)
    head: list[_Line] = []
    for ln in lines[:4]:
        if not (ln.bold or ln.size >= 1.2 * size):
            break
        if head and ln.top - head[-1].bottom > head[-1].bottom - head[-1].top:
            break  # a blank line's height: the next heading ("1. Algemene gegevens")
        head.append(ln)
    text = " ".join(ln.text for ln in head)
    if not head or len(head) > 3 or len(text) > 200 or text[-1:] in ".,;:":
        return None
    return text


def _column_rights(pages: list[list[_Line]]) -> dict[int, float]:
    """The right edge of the text block each line is set in, by the line's left end (to 10 pt).

    The edge is the 90th percentile of the right ends of the lines that start near it (a
    letter's body, each column of a two-column page, the body column of a Kamerstuk).
    """
    rights: dict[int, float] = {}
    lines = [ln for page in pages for ln in page if ln.x1]
    for key in {round(ln.x0 / 10) for ln in lines}:
        ends = sorted(ln.x1 for ln in lines if abs(ln.x0 / 10 - key) <= 1.5)
        rights[key] = ends[int(0.9 * (len(ends) - 1))]
    return rights


def _breaks_early(prev: _Line, line: _Line, rights: dict[int, float]) -> bool:
    """A sentence's last line that left room for the next line's first word ends a paragraph:
    a typesetter fills a line before it breaks one (a paragraph set without a gap between)."""
    if not (prev.x1 and line.lead) or prev.text[-1:] not in ".!?" or abs(prev.x0 - line.x0) > 15:
        return False
    right = rights.get(round(prev.x0 / 10), 0.0)
    return prev.x1 + 0.5 * prev.size + line.lead < right


def _with_paragraph_gaps(pages: list[list[_Line]]) -> str:
    """Join lines; a vertical gap clearly wider than the line pitch becomes a blank line, and so
    does a sentence's end that left room on its line for the next line's first word."""
    pitches = [
        b.top - a.top
        for lines in pages
        for a, b in zip(lines, lines[1:], strict=False)
        if b.top > a.top
    ]
    # The lower quartile, not the median: a motion or a list of questions is mostly one-line
    # paragraphs, whose gaps would otherwise set the pitch and hide every paragraph break.
    pitch = statistics.quantiles(pitches, n=4)[0] if len(pitches) > 1 else sum(pitches)
    ends = sorted(ln.x1 for lines in pages for ln in lines)
    right = ends[int(0.9 * (len(ends) - 1))] if ends else 0.0
    rights = _column_rights(pages)
    out: list[str] = []
    last: _Line | None = None  # the previous page's last line
    for lines in pages:
        prev: _Line | None = None
        for ln in lines:
            gap = prev is not None and (pitch and ln.top - prev.top > _GAP * pitch or ln.text.startswith("- "))
            if gap or (prev is not None and (_breaks_early(prev, ln, rights) or _starts_field(prev, ln, right))):
                out.append("")
            elif prev is None and last is not None and _ends_paragraph(last, right):
                out.append("")  # the page turned after a paragraph's last line
            elif prev is not None and out[-2:-1] in ([""], []) and _heading_line(prev, ln):
                out.append("")
            out.append(ln.text)
            prev = ln
        last = prev or last
    return "\n".join(out)


# A field label opening a line: "Besluit: …", "Zaak: …", "Volgcommissie(s): …".
_FIELD = re.compile(r"([A-Z][a-z]+)(?:\([a-z]+\))?:\s+\S")


def _starts_field(prev: _Line, line: _Line, right: float) -> bool:
    """A line that opens with a field label ("Besluit:") after a line that left room for that
    label starts a field of its own: a form (a committee's decision list) sets its fields one
    under the other without a gap, and a typesetter would have put the label on the line above
    had it run on. A name before a colon ("Rutte: …") is no label."""
    m = _FIELD.match(line.text)
    if m is None or not (prev.x1 and line.lead) or load_wordlist().is_name(m[1]):
        return False
    return prev.x1 + 0.5 * prev.size + line.lead < right


def _heading_line(line: _Line, after: _Line) -> bool:
    """A paragraph's first line set wholly in bold or italic, followed by a line in another face
    that starts with a capital, is a heading set without a gap below it ("Transparantie-
    verplichtingen" in italics over the paragraph about them)."""
    face = (line.bold, line.italic)
    return any(face) and (after.bold, after.italic) != face and after.text[:1].isupper()


def _ends_paragraph(line: _Line, right: float) -> bool:
    """A line that ends a clause well short of the text's right edge ends its paragraph."""
    return bool(line.x1) and line.x1 < 0.85 * right and line.text[-1:] in ".;:!?"
