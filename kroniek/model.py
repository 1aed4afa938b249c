"""The shared vocabulary: one Document owns its cleaned text; every layer points into it.

Layer items (tokens, sentences, mentions, timexes, quotes, event mentions) are frozen, slotted
dataclasses holding ``start``/``end`` character offsets into ``Document.text`` (Python ``str``
indices, end exclusive), never copies of the text: ``doc.text[m.start:m.end]`` is the mention.
The Document itself is mutable so that pipeline components can add layers in place.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

Genre = Literal["news", "letter", "other"]
Granularity = Literal["year", "month", "day", "minute"]
DateSource = Literal["metadata", "text", "inferred"]
EntityType = Literal["PER", "ORG", "LOC", "MISC"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Factuality = Literal["asserted", "negated", "future", "possible"]


def sha256_hex(data: bytes | str) -> str:
    """Hex SHA-256 of bytes (str is UTF-8 encoded first)."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def document_id(raw: bytes, key: str = "") -> str:
    """Stable document id: the same input bytes (and item key within a container) give the same id."""
    h = hashlib.sha256(raw)
    if key:
        h.update(b"\x00" + key.encode("utf-8"))
    return "d-" + h.hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class PublishedDate:
    """A document's publication date (its document creation time) with how precise and how known."""

    value: str  # ISO 8601: "2020", "2020-01", "2020-01-06", "2020-01-06T22:00"
    granularity: Granularity
    source: DateSource = "metadata"
    raw: str | None = None  # what the input said, if anything

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> PublishedDate | None:
        return None if d is None else cls(**d)


@dataclass(frozen=True, slots=True)
class Span:
    """A labelled stretch of a document's text."""

    start: int
    end: int
    label: str = ""


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its character span and the half-open range of its tokens in ``Document.tokens``."""

    start: int
    end: int
    first_token: int
    last_token: int  # exclusive


@dataclass(frozen=True, slots=True)
class Token:
    """One Frog token aligned to the text, with everything Frog said about it."""

    start: int
    end: int
    lemma: str
    pos: str  # full CGN tag, e.g. "N(eigen,ev,basis,zijd,stan)"
    morph: str = ""
    ner: str = "O"  # Frog's BIO tag over per/loc/org/pro/eve/misc, e.g. "B-PER"
    chunk: str = "O"
    head: int = -1  # index of the head token in Document.tokens; -1 for the root or no parse
    deprel: str = ""
    sent: int = 0  # index in Document.sentences
    pos_conf: float = 1.0

    @property
    def coarse_pos(self) -> str:
        """The CGN main tag: "N", "WW", "SPEC", ..."""
        i = self.pos.find("(")
        return self.pos if i < 0 else self.pos[:i]


@dataclass(frozen=True, slots=True)
class Mention:
    """A named-entity mention in one document."""

    start: int
    end: int
    type: str  # PER | ORG | LOC | MISC (CoNLL types)
    source: str = "frog"  # which component found it: "frog", "crf", ...
    subtype: str = ""  # distinctions CoNLL lacks, e.g. Frog's "pro" or "eve"
    # Which entity a mention belongs to is the store's entity assignments, never a field here.
    attributes: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True, slots=True)
class Timex:
    """A normalised time expression (TIMEX3)."""

    start: int
    end: int
    type: str  # DATE | TIME | DURATION | SET
    value: str  # "2020-01-06", "2020-W02", "P3D", "PAST_REF", ...
    warnings: tuple[str, ...] = ()
    anchor: str | None = None  # the reference date it was resolved against, if relative


@dataclass(frozen=True, slots=True)
class Quote:
    """Quoted or reported words and who said them."""

    start: int
    end: int  # the quoted words only
    speaker_start: int | None = None
    speaker_end: int | None = None
    # Who the speaker is: the entity the store assigns to the speaker span (no id field here).
    cue: str | None = None
    direct: bool = True


@dataclass(frozen=True, slots=True)
class EventMention:
    """A word or phrase denoting something that happens, with its arguments."""

    start: int
    end: int
    type: str
    lemma: str = ""
    factuality: str = "asserted"
    when: str | None = None  # TIMEX3 value
    arguments: tuple[tuple[str, int, int], ...] = ()  # (role, start, end) spans in the text
    # Which event a mention tells is the store's event assignments, never a field here.


@dataclass(frozen=True, slots=True)
class ChainMention:
    """One mention in a within-document coreference chain (layer ``chains``).

    Every mention of one chain refers to the same thing: a name ("Mark Rutte", "Rutte"), a
    personal pronoun ("hij"), a role noun phrase ("de minister", "de 42-jarige") or a group of
    coordinated names ("Pompeo en Lavrov", referred to by "beiden").
    """

    start: int
    end: int
    chain: int  # chain number within the document (0, 1, ...)
    kind: str = "name"  # name | pronoun | role | group
    type: str = "PER"  # the chain's type: PER | ORG | LOC | MISC (a group: PER)


@dataclass(slots=True)
class Document:
    """A cleaned document, its provenance and metadata, and the annotation layers built on it."""

    id: str
    text: str
    source: str  # path or URL as given
    raw_hash: str = ""  # sha256 of the raw input bytes
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    genre: str = "news"
    category: str | None = None
    language: str = "nl"
    published: PublishedDate | None = None
    duplicate_of: str | None = None
    warnings: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)  # anything else the input said (author, ...)
    # annotation layers
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    chains: list[ChainMention] = field(default_factory=list)
    # which components ran, in order, e.g. ["clean", "frog", "ner"]
    processed: list[str] = field(default_factory=list)

    def span_text(
        self, item: Span | Token | Mention | Timex | Quote | EventMention | Sentence | ChainMention
    ) -> str:
        """The text an item points at."""
        return self.text[item.start : item.end]

    def sentence_of(self, offset: int) -> Sentence | None:
        """The sentence that contains a character offset."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None

    def sentence_tokens(self, sent: Sentence) -> list[Token]:
        return self.tokens[sent.first_token : sent.last_token]

    # --- serialisation (used by the store and by recorded fixtures) ---

    _LAYERS = {
        "sentences": Sentence,
        "tokens": Token,
        "mentions": Mention,
        "timexes": Timex,
        "quotes": Quote,
        "events": EventMention,
        "chains": ChainMention,
    }

    def metadata_dict(self) -> dict[str, Any]:
        """Everything but the annotation layers, as plain JSON-able data."""
        d: dict[str, Any] = {}
        for f in fields(self):
            if f.name in self._LAYERS:
                continue
            v = getattr(self, f.name)
            d[f.name] = v.to_dict() if isinstance(v, PublishedDate) else v
        return d

    def layer_rows(self, name: str) -> list[list[Any]]:
        """One annotation layer as compact rows (field values in declaration order)."""
        cls = self._LAYERS[name]
        names = [f.name for f in fields(cls)]
        rows = []
        for item in getattr(self, name):
            row = []
            for n in names:
                v = getattr(item, n)
                row.append(list(map(list, v)) if n == "arguments" else (list(v) if isinstance(v, tuple) else v))
            rows.append(row)
        return rows

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able data; each layer as ``{"fields": [names], "rows": [[values], ...]}`` so it
        reads back by name whatever fields are added or removed later."""
        d = self.metadata_dict()
        for name, item_cls in self._LAYERS.items():
            d[name] = {"fields": [f.name for f in fields(item_cls)], "rows": self.layer_rows(name)}
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        """The inverse of :meth:`to_dict`. A layer may also be a list of ``{field: value}`` dicts or,
        as written before layers carried their field names, a list of positional rows (read in
        :data:`POSITIONAL_FIELDS` order). Fields the model no longer has are ignored."""
        d = dict(d)
        layers = {name: d.pop(name, []) for name in cls._LAYERS}
        d["published"] = PublishedDate.from_dict(d.get("published"))
        doc = cls(**d)
        for name, layer in layers.items():
            setattr(doc, name, _layer_items(name, cls._LAYERS[name], layer))
        return doc


# The positional row order of every layer before rows carried their field names (``Document.to_dict``
# until issue #17, the store's layer format 1): frozen, so old rows read right whatever the
# dataclasses look like later.
POSITIONAL_FIELDS: dict[str, tuple[str, ...]] = {
    "sentences": ("start", "end", "first_token", "last_token"),
    "tokens": ("start", "end", "lemma", "pos", "morph", "ner", "chunk", "head", "deprel", "sent", "pos_conf"),
    "mentions": ("start", "end", "type", "source", "subtype", "entity", "attributes"),
    "timexes": ("start", "end", "type", "value", "warnings", "anchor"),
    "quotes": ("start", "end", "speaker_start", "speaker_end", "speaker", "cue", "direct"),
    "events": ("start", "end", "type", "lemma", "factuality", "when", "arguments", "event"),
    "chains": ("start", "end", "chain", "kind", "type"),
}


def _layer_items(name: str, cls: type, layer: list[Any] | dict[str, Any]) -> list[Any]:
    if isinstance(layer, dict):
        names = layer["fields"]
        rows: list[Any] = [dict(zip(names, row, strict=False)) for row in layer["rows"]]
    else:
        rows = [r if isinstance(r, dict) else dict(zip(POSITIONAL_FIELDS[name], r, strict=False)) for r in layer]
    known = {f.name for f in fields(cls)}
    return [_row_to_item(cls, {k: v for k, v in r.items() if k in known}) for r in rows]


def _row_to_item(cls: type, kwargs: dict[str, Any]) -> Any:
    if "warnings" in kwargs and isinstance(kwargs["warnings"], list):
        kwargs["warnings"] = tuple(kwargs["warnings"])
    if "arguments" in kwargs:
        kwargs["arguments"] = tuple(tuple(a) for a in kwargs["arguments"])
    return cls(**kwargs)


@dataclass(slots=True)
class Entity:
    """One real-world thing, across all documents."""

    id: str
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[str, int, int]] = field(default_factory=list)  # (doc id, start, end)
    attributes: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Event:
    """One real-world event, told by one or more mentions across documents."""

    id: str
    type: str
    label: str
    when: dict[str, Any] | None = None  # {"value": "2020-01-03", "granularity": "day"}
    where: list[str] = field(default_factory=list)  # entity ids of places
    participants: list[tuple[str, str]] = field(default_factory=list)  # (role, entity id)
    factuality: str = "asserted"
    mentions: list[tuple[str, int, int]] = field(default_factory=list)  # (doc id, start, end)
    attributes: dict[str, Any] = field(default_factory=dict)  # e.g. {"disagreements": [...]}


@dataclass(slots=True)
class Story:
    """Documents and their events about one developing news event."""

    id: str
    label: str
    documents: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    first: str | None = None
    last: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
