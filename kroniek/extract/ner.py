"""A trained Dutch NER component: a CRF over Frog's tokens, lemmas, POS, NER and gazetteers.

Frog's own NER scores entity F1 0.57 on CoNLL-2002 Dutch; this CRF (trained on CoNLL-2002,
see eval/ner/README.md) re-tags every sentence using Frog's output as features and replaces
``doc.mentions`` with its own mentions (``source="crf"``). Where Frog's mention over the same
tokens says ``pro`` (product) or ``eve`` (event), a distinction CoNLL folds into MISC, the CRF
mention keeps it as ``subtype``. ``ner_tidy`` then repairs what CoNLL-2002 does not teach
(roles before names, newspapers, cabinets, fragments).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

from ..bio import entities
from ..errors import AnalysisError
from ..model import Document, Mention
from .ner_features import TokenLike, document_features
from .ner_tidy import tidy_mentions

# Lower-case words inside a Dutch surname ("Wout van Aert", "Jan de Vries").
SURNAME_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "te", "'t", "von", "vom", "zu"})
MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "ner-conll2002.crfsuite"
# Bump when ner_features changes in a way that needs retraining; the model's JSON records it.
FEATURE_VERSION = 2


@dataclass(frozen=True, slots=True)
class _Tok:
    word: str
    lemma: str
    pos: str
    ner: str


class CrfNer:
    """Pipeline component "ner": CRF mentions in place of Frog's."""

    name = "ner"
    requires = ("sentences", "tokens", "mentions")
    assigns = ("mentions",)

    def __init__(self, model_path: str | Path | None = None) -> None:
        path = Path(model_path) if model_path is not None else MODEL_PATH
        if not path.is_file():
            raise AnalysisError(f"NER model not found at {path} (train it with eval/ner/train.py)")
        self.model_path = path
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))

    def tag(self, sentences: Sequence[Sequence[TokenLike]]) -> list[list[str]]:
        """BIO tags (PER/LOC/ORG/MISC) for each sentence of one document."""
        return [list(self._tagger.tag(f)) if f else [] for f in document_features(sentences)]

    def __call__(self, doc: Document) -> Document:
        sents = [doc.sentence_tokens(s) for s in doc.sentences]
        toks = [[_Tok(doc.text[t.start : t.end], t.lemma, t.pos, t.ner) for t in s] for s in sents]
        tags = self.tag(toks)
        mentions: list[Mention] = []
        for sent, words, sent_tags in zip(sents, toks, tags, strict=True):
            frog_spans = {(a, b): typ for a, b, typ in entities([t.ner for t in sent])}
            for a, b, typ in sorted(entities(sent_tags)):
                a = _name_head([w.word for w in words], a, b, frog_spans) if typ == "PER" else a
                frog_type = frog_spans.get((a, b), "").lower()
                subtype = frog_type if typ == "MISC" and frog_type in ("pro", "eve") else ""
                mentions.append(
                    Mention(sent[a].start, sent[b - 1].end, typ, source="crf", subtype=subtype)
                )
        doc.mentions = tidy_mentions(doc.text, mentions)
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Tag a stream of documents in order."""
        for d in docs:
            yield self(d)


def _name_head(words: Sequence[str], a: int, b: int, frog_spans: dict[tuple[int, int], str]) -> int:
    """The first token of a person's name the CRF took in part: when Frog's own mention ends where
    the CRF's does and adds before it a capitalised word and surname particles only ("Wout van"
    before "Aert", the CRF missing a name that opens the sentence), the name starts there."""
    for (fa, fb) in frog_spans:
        if fb != b or fa >= a - 1:
            continue
        particles = words[fa + 1 : a]
        if words[fa][:1].isupper() and particles and all(w.lower() in SURNAME_PARTICLES for w in particles):
            return fa
    return a
