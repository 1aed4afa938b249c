"""A news post's headline tells its happening: the headline analysed and bound to the lead.

A headline ("Boeren blokkeren snelwegen bij Den Haag") names the happening its post is about,
and the lead (the body's first sentences) tells the same happening again in full ("Honderden
boeren hebben dinsdag de A12 geblokkeerd"). Two shapes, one rule:

- **A separate title** (``Document.title`` that the text does not open with: a feed's, a post's
  front matter, a page's ``<title>``). The ``frog`` component analyses it in the same request as
  the body and keeps its analysis in ``doc.meta["headline"]`` (``store_analysis``): its sentences
  and tokens as rows whose offsets point into ``doc.title``, never into ``doc.text``. This
  module's ``headline`` component finds its happenings with the same event detection and typing
  as the body (``EventExtractor`` on the title alone) and binds each to the first mention in the
  lead that restates it; ``doc.meta["headline"]["events"]`` keeps them, each with the span of the
  body mention it restates (``restated``, offsets into ``doc.text``) or ``None``.
- **A text that opens with its headline line** (MEANTIME; a plain-text file whose first line is a
  title): the headline's mentions are body mentions already. ``text_headline`` finds that line;
  the linker binds each of its mentions to the lead mention that restates it
  (``link.events.binding.bind_headlines``), as it binds what one text tells twice.

``headline_mentions`` gives, for either shape, the body mentions that tell the headline's
happening; salience counts them (the story page's first event is the happening its headlines
report).

A lead mention restates a headline mention when it has the same lemma, a lemma of the same stem
("verkoop"/"verkopen"), the same happening family ("aanslag"/"aanval") or, both sayings, says too
("meldt"/"maakt bekend"); failing those, the first lead mention of the headline's type does
("ontsnapping" / "keerde niet terug": both an escape).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from ..model import Document, EventMention, Sentence, Token
from .events import EventExtractor

LEAD_SENTENCES = 3  # the lead: the body's first three sentences (after the headline line, if any)
HEADLINE_TOKENS = 20  # a first line of more tokens is a sentence, not a headline
SENTENCE_END = frozenset(".!?…")
KEY = "headline"
_TOKEN_FIELDS = [f.name for f in fields(Token)]


@dataclass(frozen=True, slots=True)
class HeadlineEvent:
    """A happening a separate title tells: its trigger's span in ``doc.title`` and the span in
    ``doc.text`` of the lead mention that restates it (``None``: the lead does not)."""

    start: int
    end: int
    lemma: str
    type: str
    factuality: str
    restated: tuple[int, int] | None

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "lemma": self.lemma, "type": self.type,
                "factuality": self.factuality, "restated": list(self.restated) if self.restated else None}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> HeadlineEvent:
        r = d.get("restated")
        return cls(int(d["start"]), int(d["end"]), str(d.get("lemma", "")), str(d.get("type", "")),
                   str(d.get("factuality", "asserted")), (int(r[0]), int(r[1])) if r else None)


def _opens_with(doc: Document, title: str) -> bool:
    """The text opens with the title (only the text's start is compared)."""
    start = doc.text[: 2 * len(title) + 64].lstrip()
    return start.casefold().startswith(title.casefold())


def separate_title(doc: Document) -> str | None:
    """The document's title when it stands apart from the text (the text does not open with it)."""
    title = (doc.title or "").strip()
    if not title or _opens_with(doc, title):
        return None
    return title


def store_analysis(doc: Document, sentences: list[Sentence], tokens: list[Token]) -> None:
    """Keep Frog's analysis of the separate title: offsets into ``doc.title``."""
    doc.meta[KEY] = {
        "sentences": [[s.start, s.end, s.first_token, s.last_token] for s in sentences],
        "tokens": [[getattr(t, n) for n in _TOKEN_FIELDS] for t in tokens],
    }


def title_document(doc: Document) -> Document | None:
    """The separate title as a document of its own (Frog's layers from ``doc.meta``), or None
    when it was not analysed."""
    head = doc.meta.get(KEY)
    title = separate_title(doc)
    if not isinstance(head, dict) or not head.get("tokens") or title is None:
        return None
    from ..analyse.annotator import mentions_from_tokens

    tokens = [Token(**dict(zip(_TOKEN_FIELDS, row, strict=False))) for row in head["tokens"]]
    sentences = [Sentence(*row) for row in head.get("sentences", [])]
    return Document(id=f"{doc.id}#title", text=doc.title or "", source=doc.source, title=None,
                    genre=doc.genre, published=doc.published, sentences=sentences, tokens=tokens,
                    mentions=mentions_from_tokens(tokens))


def text_headline(doc: Document) -> Sentence | None:
    """The text's first sentence when it is the document's headline line: the title the text opens
    with, or, with no title, a first line of at most ``HEADLINE_TOKENS`` tokens that ends without
    a full stop and that more text follows."""
    if len(doc.sentences) < 2:
        return None
    first = doc.sentences[0]
    title = (doc.title or "").strip()
    if title:
        return first if _opens_with(doc, title) else None
    line = doc.text[first.start : first.end].rstrip()
    if "\n" in line or not doc.text[first.end :].lstrip(" \t").startswith("\n"):
        return None
    n = first.last_token - first.first_token
    return first if 2 <= n <= HEADLINE_TOKENS and line[-1:] not in SENTENCE_END else None


def _lemma(m: EventMention) -> str:
    return m.lemma.replace("_", "").replace(" ", "").lower()


def restates(head: EventMention, lead: EventMention) -> bool:
    """Whether a lead mention tells the headline mention's happening again: the same lemma or
    stem (as the event linker counts a stem match), the same happening family, or a saying for a
    saying."""
    from ..link.events.similarity import stem_related
    from ..link.events.words import family_of

    a, b = _lemma(head), _lemma(lead)
    if a and (a == b or stem_related(a, b)):
        return True
    fam = family_of(head.lemma)
    if fam and fam == family_of(lead.lemma):
        return True
    return head.type == lead.type == "statement"


def lead_mentions(doc: Document, after: int = 0) -> list[EventMention]:
    """The event mentions of the lead: the ``LEAD_SENTENCES`` sentences from sentence ``after``,
    in text order."""
    sents = doc.sentences[after : after + LEAD_SENTENCES]
    if not sents:
        return []
    lo, hi = sents[0].start, sents[-1].end
    return sorted((m for m in doc.events if lo <= m.start < hi), key=lambda m: m.start)


UNTYPED = frozenset({"other", "statement"})


def restating(head: EventMention, lead: list[EventMention]) -> EventMention | None:
    """The first lead mention that restates the headline mention; failing that, the first of its
    type when that is a happening's type (not untyped, no saying): "ontsnapping" in the
    headline, "is niet teruggekeerd" in the lead, both an escape."""
    found = next((m for m in lead if m is not head and restates(head, m)), None)
    if found is None and head.type not in UNTYPED:
        found = next((m for m in lead if m is not head and m.type == head.type), None)
    return found


def headline_pairs(doc: Document) -> list[tuple[EventMention, EventMention]]:
    """For a text that opens with its headline line: (headline mention, lead mention restating it)."""
    line = text_headline(doc)
    if line is None:
        return []
    lead = lead_mentions(doc, 1)
    pairs = []
    for m in doc.events:
        if line.start <= m.start < line.end:
            other = restating(m, lead)
            if other is not None:
                pairs.append((m, other))
    return pairs


def headline_events(doc: Document) -> list[HeadlineEvent]:
    """The happenings of the separate title, as the ``headline`` component stored them."""
    head = doc.meta.get(KEY)
    rows = head.get("events", []) if isinstance(head, dict) else []
    return [HeadlineEvent.from_dict(r) for r in rows]


def headline_mentions(doc: Document) -> set[tuple[int, int]]:
    """Spans in ``doc.text`` of the mentions that tell the headline's happening: the lead mentions
    a separate title's happenings restate, or the headline line's mentions and the lead mentions
    restating them."""
    spans = {e.restated for e in headline_events(doc) if e.restated is not None}
    for a, b in headline_pairs(doc):
        spans |= {(a.start, a.end), (b.start, b.end)}
    return spans


class HeadlineEvents:
    """Pipeline component: the separate title's happenings, each bound to the lead mention that
    restates it (``doc.meta["headline"]["events"]``). Runs after ``events``; a document whose
    title Frog did not analyse (no title, or a text that opens with it) is left as it is."""

    name = "headline"
    requires = ("sentences", "tokens", "events")
    assigns: tuple[str, ...] = ()

    def __init__(self, extractor: EventExtractor | None = None) -> None:
        self.extractor = extractor or EventExtractor()

    def __call__(self, doc: Document) -> Document:
        title = title_document(doc)
        if title is None:
            return doc
        lead = lead_mentions(doc)
        found = []
        for m in self.extractor.extract(title):
            other = restating(m, lead)
            found.append(HeadlineEvent(m.start, m.end, m.lemma, m.type, m.factuality,
                                       (other.start, other.end) if other is not None else None))
        doc.meta[KEY]["events"] = [e.to_dict() for e in found]
        return doc
