"""Guards of the clause label, on hand-made parses (no Frog): what did not happen says so ("werkt
niet mee"), an event is labelled by a mention with its own factuality, and a misparse that makes
one name both agent and patient names it once."""

from __future__ import annotations

import pytest

from kroniek.link.labels import Names, clause_label
from kroniek.model import Document, Entity, Event, EventMention, Sentence, Token

# (word, lemma, pos, deprel, head)
Row = tuple[str, str, str, str, int]
REFUSED: list[Row] = [  # "Jansen werkt niet mee"
    ("Jansen", "Jansen", "SPEC(deeleigen)", "su", 1), ("werkt", "meewerken", "WW(pv,tgw,met-t)", "ROOT", -1),
    ("niet", "niet", "BW()", "mod", 1), ("mee", "mee", "VZ(fin)", "svp", 1),
]
DISMISSED: list[Row] = [  # "Jansen werd ontslagen", with Jansen parsed as agent and patient both
    ("Jansen", "Jansen", "SPEC(deeleigen)", "su", 1), ("werd", "worden", "WW(pv,verl,ev)", "ROOT", -1),
    ("ontslagen", "ontslaan", "WW(vd,vrij,zonder)", "vc", 1),
]


def _doc(doc_id: str, rows: list[Row], verb: int, roles: tuple[str, ...], factuality: str) -> Document:
    """A parsed one-sentence document whose verb ``rows[verb]`` is an event mention with the first
    word, Jansen, in ``roles``."""
    tokens, at = [], 0
    for word, lemma, pos, deprel, head in rows:
        tokens.append(Token(at, at + len(word), lemma, pos, head=head, deprel=deprel))
        at += len(word) + 1
    text = " ".join(r[0] for r in rows)
    doc = Document(doc_id, text, doc_id, sentences=[Sentence(0, len(text), 0, len(tokens))], tokens=tokens)
    v, name = tokens[verb], tokens[0]
    doc.events.append(EventMention(v.start, v.end, "other", v.lemma, factuality=factuality,  # type: ignore[arg-type]
                                   arguments=tuple((r, name.start, name.end) for r in roles)))
    return doc


def _told(docs: list[Document], factuality: str) -> str | None:
    """The label of one event told by the documents' mentions, with its own factuality."""
    jansen = Entity("e-jansen", "PER", "Jansen", mentions=[(d.id, d.tokens[0].start, d.tokens[0].end) for d in docs])
    ev = Event("v", "other", "v", mentions=[(d.id, d.events[0].start, d.events[0].end) for d in docs],
               factuality=factuality)  # type: ignore[arg-type]
    return clause_label(ev, {d.id: d for d in docs}, Names.of([jansen]))


def _label(rows: list[Row], verb: int, roles: tuple[str, ...], factuality: str = "asserted") -> str | None:
    return _told([_doc("d", rows, verb, roles, factuality)], factuality)


@pytest.mark.parametrize(
    "factuality, label",
    [
        pytest.param("negated", "Jansen werkt niet mee", id="a-negated-mention-keeps-its-niet"),
        pytest.param("asserted", "Jansen werkt mee", id="an-asserted-one-has-none"),
    ],
)
def test_labels_guards_negation(factuality, label):
    assert _label(REFUSED, 1, ("agent",), factuality) == label


def test_labels_guards_one_name_not_twice():
    assert _label(DISMISSED, 2, ("agent", "patient")) == "Jansen ontslagen"


@pytest.mark.parametrize(
    "factuality, label",
    [
        pytest.param("asserted", "Jansen werkt mee", id="an-asserted-event-is-not-labelled-by-its-negated-mention"),
        pytest.param("negated", "Jansen werkt niet mee", id="a-negated-event-by-its-negated-one"),
    ],
)
def test_labels_guards_mention_with_the_events_factuality(factuality, label):
    docs = [_doc("a", REFUSED, 1, ("agent",), "negated"), _doc("b", REFUSED, 1, ("agent",), "asserted")]
    assert _told(docs, factuality) == label
