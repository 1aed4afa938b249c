"""HTML to plain text: a strict tag stripper for fragments, trafilatura for whole pages."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

# Content of these elements is never text a reader sees.
_SKIP = {"script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math",
         "head", "title", "canvas", "video", "audio", "select", "textarea", "button", "form"}  # fmt: skip
# Elements that start a new paragraph.
_BLOCK = {"p", "div", "section", "article", "header", "footer", "aside", "main", "nav",
          "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "pre", "figure",
          "figcaption", "address", "hr", "details", "summary", "h1", "h2", "h3", "h4", "h5", "h6"}  # fmt: skip
_VOID = {
    "br",
    "img",
    "hr",
    "input",
    "meta",
    "link",
    "area",
    "base",
    "col",
    "source",
    "track",
    "wbr",
}


_LONE_LT = re.compile(r"<(?![a-zA-Z/!?][^<>]*>)")
_LEFTOVER_TAG = re.compile(r"<(?:!--.*|[a-zA-Z/!?][^<>]*(?:>|(?=<)|$))", re.DOTALL)


class _Stripper(HTMLParser):
    """Collect visible text; blocks and headings become their own paragraph."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.skip_stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP and tag not in _VOID:
            self.skip_stack.append(tag)
            return
        if self.skip_stack:
            return
        if tag in _BLOCK:
            self.parts.append("\n\n")
        elif tag == "br":
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if self.skip_stack:
            if tag in self.skip_stack:
                while self.skip_stack and self.skip_stack.pop() != tag:
                    pass
            return
        if tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skip_stack:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Strip markup from an HTML fragment, keeping paragraphs; scripts, styles and images go."""
    parser = _Stripper()
    # A "<" that does not open a complete tag is text: escape it first, or html.parser rescans
    # from every such "<" (100,000 of "<a" took a minute).
    parser.feed(_LONE_LT.sub("&lt;", html))
    parser.close()
    text = "".join(parser.parts)
    # An unterminated comment or tag at the end comes back from the parser as text: drop it.
    text = _LEFTOVER_TAG.sub("", text)
    # Inside a paragraph, source newlines are just spaces; paragraph marks are "\n\n".
    blocks = [" ".join(b.split()) for b in re.split(r"\n\s*\n", text)]
    return "\n\n".join(b for b in blocks if b)


def looks_like_html(text: str) -> bool:
    """Say whether a text carries HTML markup rather than plain prose."""
    return bool(_HTML_TAG.search(text))


# "[^<>]" not "[^>]": from each of many unclosed "<p " the scan stops at the next "<", so a text
# of 200 KB of "<p " is read in linear time.
_HTML_TAG = re.compile(
    r"<(?:p|div|br|h[1-6]|span|a|img|ul|li|article|html|body|em|strong)\b[^<>]*>", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Extracted:
    """Main text and metadata of a web page."""

    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    publisher: str | None = None
    category: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()


# Past these, trafilatura and htmldate take minutes (200,000 "<p>", a table of 90,000 cells, one
# tag with 100,000 attributes); such a page is read with the plain tag stripper instead.
MAX_PAGE_TAGS = 40_000
MAX_TAG_CHARS = 20_000
_LONG_TAG = re.compile(rf"<[^<>]{{{MAX_TAG_CHARS}}}")


def too_complex(html: str) -> str | None:
    """Why a page is too complex for main-text extraction, or None."""
    tags = html.count("<")
    if tags > MAX_PAGE_TAGS:
        return f"{tags:,} tags, over {MAX_PAGE_TAGS:,}"
    if _LONG_TAG.search(html):
        return f"a tag over {MAX_TAG_CHARS:,} characters long"
    return None


def extract_page(html: str, url: str | None = None) -> Extracted:
    """Extract a page's main text and metadata with trafilatura; fall back to the tag stripper."""
    import trafilatura

    doc = None
    why = too_complex(html)
    if why:
        body = re.search(r"<body\b", html, re.IGNORECASE)
        return Extracted(text=html_to_text(html[body.start():] if body else html), url=url,
                         warnings=(f"html-complex: {why}; read with the plain tag stripper",))
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
        )
        if doc is not None and not isinstance(doc, dict):
            doc = doc.as_dict()
    except Exception:  # trafilatura raises many types on odd markup; the stripper still works
        doc = None
    if not doc or not (doc.get("text") or "").strip():
        body = re.search(r"<body\b.*", html, re.IGNORECASE | re.DOTALL)
        title = re.search(r"<title[^>]*>(.*?)</title>", html, re.IGNORECASE | re.DOTALL)
        return Extracted(
            text=html_to_text(body.group(0) if body else html),
            title=html_to_text(title.group(1)) if title else None,
            url=url,
        )
    meta: dict[str, Any] = {}
    for key in ("author", "description", "tags", "hostname", "image"):
        if doc.get(key):
            meta[key] = doc[key]
    cats = doc.get("categories")
    category = (
        (cats[0] if isinstance(cats, list) else str(cats).split(",")[0]).strip() if cats else None
    )
    # trafilatura gives "\n" between paragraphs; keep them as paragraphs.
    text = "\n\n".join(ln.strip() for ln in doc["text"].split("\n") if ln.strip())
    return Extracted(
        text=text,
        title=doc.get("title") or None,
        date=doc.get("date") or None,
        url=doc.get("url") or url,
        publisher=doc.get("sitename") or None,
        category=category or None,
        meta=meta,
    )
