"""The ``frog`` pipeline component: sentences, word tokens and Frog's entity mentions on a Document."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterable, Iterator
from itertools import groupby

from ..bio import entities
from ..errors import AnalysisError, FrogUnavailable
from ..extract.headline import separate_title, store_analysis
from ..model import Document, Mention, Sentence, Token
from ..settings import Settings
from .ahead import run_ahead
from .align import align
from .frog import FrogBackend, FrogServer, FrogToken, server_for

# Frog's NER classes -> (CoNLL type, subtype). Frog's pro/eve/misc have no CoNLL class of their own.
NER_TYPES: dict[str, tuple[str, str]] = {
    "per": ("PER", ""),
    "org": ("ORG", ""),
    "loc": ("LOC", ""),
    "pro": ("MISC", "pro"),
    "eve": ("MISC", "eve"),
    "misc": ("MISC", "misc"),
}
# Documents per Frog request in pipe(): several short articles share one request so the
# per-request cost (a fork in the server) is paid once.
BATCH_CHARS = 8_000
BATCH_DOCS = 32


def mentions_from_tokens(tokens: list[Token], source: str = "frog") -> list[Mention]:
    """Read BIO entity tags into mentions, sentence by sentence (``bio.entities``: an I- tag
    without a matching open mention starts one); a class Frog does not name is outside."""
    mentions: list[Mention] = []
    for _, group in groupby(tokens, key=lambda t: t.sent):
        run = list(group)
        for a, b, cls in sorted(entities([_frog_tag(t.ner) for t in run])):
            typ, sub = NER_TYPES[cls]
            mentions.append(Mention(run[a].start, run[b - 1].end, typ, source=source, subtype=sub))
    return mentions


def _frog_tag(tag: str | None) -> str:
    """Frog's tag with its class lower-cased ("B-per"), or "O" for a class kroniek does not know."""
    prefix, _, cls = (tag or "O").partition("-")
    return f"{prefix}-{cls.lower()}" if prefix in ("B", "I") and cls.lower() in NER_TYPES else "O"


def _set_layers(doc: Document, sentences: list[Sentence], tokens: list[Token]) -> Document:
    doc.sentences = sentences
    doc.tokens = tokens
    doc.mentions = [m for m in doc.mentions if m.source != "frog"] + mentions_from_tokens(tokens)
    return doc


def _quietly(fn: Callable[[], object]) -> None:
    with contextlib.suppress(Exception):
        fn()


def batches(docs: Iterable[Document]) -> Iterator[list[Document]]:
    """Documents in runs of at most BATCH_DOCS and about BATCH_CHARS characters, in order."""
    batch: list[Document] = []
    size = 0
    for doc in docs:
        if batch and (size + len(doc.text) > BATCH_CHARS or len(batch) >= BATCH_DOCS):
            yield batch
            batch, size = [], 0
        batch.append(doc)
        size += len(doc.text) + 2
    if batch:
        yield batch


def with_titles(batch: list[Document]) -> list[tuple[Document, Document | None]]:
    """The parts of one joint Frog request: each document's separate title (as a document of its
    own, paired with the document it heads) before its text (paired with None). A headline is a
    few words: it adds little to the request (``extract.headline``)."""
    parts: list[tuple[Document, Document | None]] = []
    for doc in batch:
        title = separate_title(doc)
        if title is not None and doc.title:
            parts.append((Document(id=f"{doc.id}#title", text=doc.title, source=doc.source), doc))
        parts.append((doc, None))
    return parts


def split_joint(batch: list[Document], sentences: list[list[FrogToken]]) -> list[list[list[FrogToken]]]:
    """Each document's share of the sentences Frog gave for the batch's texts joined by blank lines."""
    joined = "\n\n".join(d.text for d in batch)
    sents, _ = align(joined, sentences)
    out: list[list[list[FrogToken]]] = []
    offset = k = 0
    for doc in batch:
        end = offset + len(doc.text)
        first = k
        while k < len(sents) and sents[k].start < end:
            k += 1
        out.append(sentences[first:k])
        offset = end + 2
    if k != len(sents):
        raise AnalysisError("Frog's sentences ran past the last document of the batch")
    return out


class FrogAnnotator:
    """Pipeline component: run Frog over a document and set sentences, tokens and Frog's mentions."""

    name = "frog"
    requires: tuple[str, ...] = ()
    assigns = ("sentences", "tokens", "mentions")

    def __init__(
        self, backend: FrogBackend | None = None, settings: Settings | None = None
    ) -> None:
        self.settings = settings or Settings()
        self._own_backend = False
        if backend is None:  # a server of its own, or the one kept for reuse (frog.reused_servers)
            backend, self._own_backend = server_for(self.settings)
        self.backend: FrogBackend = backend

    def warm(self) -> None:
        """Start Frog in the background now (loading its models takes seconds), so that it is ready
        by the time the first documents come; a failure here is left for the first request to
        report (a missing Frog becomes each document's one-line error as before)."""
        start = getattr(self.backend, "start", None)
        if start is not None:
            threading.Thread(target=_quietly, args=(start,), name="kroniek-frog-start", daemon=True).start()

    def annotate(self, doc: Document, sentences: list[list[FrogToken]]) -> Document:
        """Align Frog's sentences to the document text and set its layers."""
        warnings: list[str] = []
        sents, toks = align(doc.text, sentences, warnings)
        doc.warnings.extend(warnings)
        return _set_layers(doc, sents, toks)

    def annotate_title(self, doc: Document, sentences: list[list[FrogToken]]) -> None:
        """Align Frog's sentences to the document's separate title and keep them
        (``extract.headline.store_analysis``: offsets into the title)."""
        title = separate_title(doc)
        if title is None or not doc.title:
            return
        sents, toks = align(doc.title, sentences, [])
        store_analysis(doc, sents, toks)

    def __call__(self, doc: Document) -> Document:
        """Analyse one document and its separate title (raises AnalysisError if Frog fails on the text)."""
        doc = self.annotate(doc, self.backend.analyse(doc.text))
        if separate_title(doc) is not None and doc.title:
            with contextlib.suppress(AnalysisError):
                self.annotate_title(doc, self.backend.analyse(doc.title))
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Analyse a stream of documents in order, several per Frog request, ahead of the consumer.

        Frog works in a background thread (``run_ahead``) on the next batch while the consumer (the
        pipeline's later components, in this thread) works on the documents of the batch before;
        with ``connections`` > 1, that many requests run at once. Documents come out in input
        order; at most ``connections + 1`` batches are held. A batch that Frog fails on is retried
        document by document; a document that still fails keeps its text, gets a warning and no
        Frog layers, and the stream goes on. ``FrogUnavailable`` (Frog cannot run at all) ends the
        stream when that batch's turn comes.
        """
        ways = self.backend.connections if isinstance(self.backend, FrogServer) else 1
        ahead = run_ahead(self._run_list, batches(docs), workers=ways, name="kroniek-frog")
        try:
            for analysed in ahead:
                yield from analysed
        finally:
            ahead.close()

    def _run_list(self, batch: list[Document]) -> list[Document]:
        return list(self._run_batch(batch))

    def _run_batch(self, batch: list[Document]) -> Iterator[Document]:
        if len(batch) > 1 and isinstance(self.backend, FrogServer):
            try:
                yield from self._joint(batch)
                return
            except FrogUnavailable:
                raise
            except AnalysisError:
                pass  # fall back to one request per document below
        for doc in batch:
            try:
                yield self(doc)
            except FrogUnavailable:
                raise
            except AnalysisError as e:
                doc.warnings.append(f"frog: {e}")
                yield doc

    def _joint(self, batch: list[Document]) -> Iterator[Document]:
        """Analyse several documents in one request and hand each its own sentences.

        The texts are joined with a paragraph break, which always starts a new Frog line, so no
        sentence crosses a document boundary; the joint alignment says where each sentence is.
        """
        parts = with_titles(batch)
        joined = "\n\n".join(d.text for d, _ in parts)
        shares = split_joint([d for d, _ in parts], [s for s in self.backend.analyse(joined) if s])
        for (part, owner), own in zip(parts, shares, strict=True):
            if owner is None:
                self.annotate(part, own)
            else:
                self.annotate_title(owner, own)
        yield from batch

    def close(self) -> None:
        """Stop the Frog server this component started."""
        if self._own_backend:
            self.backend.close()
