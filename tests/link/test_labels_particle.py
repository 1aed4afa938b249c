"""A separable verb's particle belongs to the infinitive it stands before, on hand-made parses (no
Frog): "heeft besloten de lessen op te schorten" labels the decision without "op" even where the
parse hangs "op" on "besloten" (Frog does so); the verb's own particle stays ("legde het werk neer")."""

from __future__ import annotations

import pytest

from kroniek.link.labels import Names, clause_label
from kroniek.model import Document, Entity, Event, EventMention, Sentence, Token

# (word, lemma, pos, deprel, head)
Row = tuple[str, str, str, str, int]
DECIDED: list[Row] = [  # "Jansen heeft besloten de lessen op te schorten", "op" hung on "besloten"
    ("Jansen", "Jansen", "SPEC(deeleigen)", "su", 1), ("heeft", "hebben", "WW(pv,tgw,met-t)", "ROOT", -1),
    ("besloten", "besluiten", "WW(vd,vrij,zonder)", "vc", 1), ("de", "de", "LID(bep,stan,rest)", "det", 4),
    ("lessen", "les", "N(soort,mv,basis)", "obj1", 7), ("op", "op", "VZ(fin)", "svp", 2),
    ("te", "te", "VZ(init)", "vc", 2), ("schorten", "schorten", "WW(inf,vrij,zonder)", "body", 6),
]
STOPPED: list[Row] = [  # "Jansen legde het werk neer om te protesteren": "neer" is the verb's own
    ("Jansen", "Jansen", "SPEC(deeleigen)", "su", 1), ("legde", "neerleggen", "WW(pv,verl,ev)", "ROOT", -1),
    ("het", "het", "LID(bep,stan,evon)", "det", 3), ("werk", "werk", "N(soort,ev,basis,onz,stan)", "obj1", 1),
    ("neer", "neer", "VZ(fin)", "svp", 1), ("om", "om", "VZ(init)", "mod", 1),
    ("te", "te", "VZ(init)", "body", 5), ("protesteren", "protesteren", "WW(inf,vrij,zonder)", "body", 6),
]
SUSPENDED: list[Row] = [  # "Jansen besloot de lessen op te schorten", the infinitive the trigger
    ("Jansen", "Jansen", "SPEC(deeleigen)", "su", 1), ("besloot", "besluiten", "WW(pv,verl,ev)", "ROOT", -1),
    ("de", "de", "LID(bep,stan,rest)", "det", 3), ("lessen", "les", "N(soort,mv,basis)", "obj1", 6),
    ("op", "op", "VZ(fin)", "svp", 6), ("te", "te", "VZ(init)", "vc", 1),
    ("schorten", "opschorten", "WW(inf,vrij,zonder)", "body", 5),
]


def _label(rows: list[Row], verb: int, roles: tuple[tuple[str, int], ...]) -> str | None:
    """The label of one event told by ``rows[verb]`` with the given (role, token) arguments."""
    tokens, at = [], 0
    for word, lemma, pos, deprel, head in rows:
        tokens.append(Token(at, at + len(word), lemma, pos, head=head, deprel=deprel))
        at += len(word) + 1
    text = " ".join(r[0] for r in rows)
    doc = Document("d", text, "d", sentences=[Sentence(0, len(text), 0, len(tokens))], tokens=tokens)
    v = tokens[verb]
    doc.events.append(EventMention(v.start, v.end, "other", v.lemma, factuality="asserted",
                                   arguments=tuple((r, tokens[k].start, tokens[k].end) for r, k in roles)))
    jansen = Entity("e-jansen", "PER", "Jansen", mentions=[("d", tokens[0].start, tokens[0].end)])
    ev = Event("v", "other", "v", mentions=[("d", v.start, v.end)], factuality="asserted")
    return clause_label(ev, {"d": doc}, Names.of([jansen]))


@pytest.mark.parametrize(
    "rows, verb, roles, label",
    [
        pytest.param(DECIDED, 2, (("agent", 0),), "Jansen heeft besloten",
                     id="the-particle-before-te-and-an-infinitive-is-not-the-decisions"),
        pytest.param(STOPPED, 1, (("agent", 0), ("patient", 3)), "Jansen legde werk neer",
                     id="the-verbs-own-particle-stays-before-om-te"),
        pytest.param(SUSPENDED, 6, (("agent", 0), ("patient", 3)), "Jansen lessen opschorten",
                     id="the-infinitive-keeps-its-own-particle"),
    ],
)
def test_labels_particle_of_te_infinitive(rows, verb, roles, label):
    assert _label(rows, verb, roles) == label
