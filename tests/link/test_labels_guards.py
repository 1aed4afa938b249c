"""Two guards of the clause label, on hand-made parses (no Frog): what did not happen says so
("werkt niet mee"), and a misparse that makes one name both agent and patient names it once."""

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


def _label(rows: list[Row], verb: int, roles: tuple[str, ...], factuality: str = "asserted") -> str | None:
    tokens, at = [], 0
    for word, lemma, pos, deprel, head in rows:
        tokens.append(Token(at, at + len(word), lemma, pos, head=head, deprel=deprel))
        at += len(word) + 1
    text = " ".join(r[0] for r in rows)
    doc = Document("d", text, "d", sentences=[Sentence(0, len(text), 0, len(tokens))], tokens=tokens)
    v, name = tokens[verb], tokens[0]
    doc.events.append(EventMention(v.start, v.end, "other", v.lemma, factuality=factuality,  # type: ignore[arg-type]
                                   arguments=tuple((r, name.start, name.end) for r in roles)))
    jansen = Entity("e-jansen", "PER", "Jansen", mentions=[("d", name.start, name.end)])
    ev = Event("v", "other", rows[verb][0], mentions=[("d", v.start, v.end)], factuality=factuality)  # type: ignore[arg-type]
    return clause_label(ev, {"d": doc}, Names.of([jansen]))


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
