"""Reports of unrelated happenings told with the same common word stay apart: two texts whose
mentions name different agents (or patients) and no one in common ("Jansen vertrekt" / "Pietersen
vertrekt"), a round reached by another player, names that are only a name's article or particle
("De", "Van", "The"). One happening told by two outlets, naming the same agent or leaving it out,
still joins. Hand-made one-sentence documents; sentences written for this test."""

from __future__ import annotations

import pytest

from kroniek.link.events import LinkWeights, link_events
from kroniek.link.events.mentions import name_word
from kroniek.link.events.name_table import name_table, title_names
from kroniek.model import Document, EventMention, Mention, PublishedDate, Sentence, Token

DAY = "2021-03-09"
NAMES = {"Jansen": "e-jansen", "Pietersen": "e-pietersen", "Zwolle": "e-zwolle", "Heerenveen": "e-heerenveen"}


def _doc(doc_id: str, text: str, trigger: str, lemma: str, typ: str, agent: str | None,
         other: tuple[str, ...] = ()) -> Document:
    """One sentence with one event mention; ``agent`` fills its agent role; ``other`` names more."""
    doc = Document(id=doc_id, text=text, source=doc_id, title=doc_id,
                   published=PublishedDate(DAY, "day", "metadata", DAY))
    doc.sentences = [Sentence(0, len(text), 0, 0)]
    for name in (agent, *other):
        if name:
            k = text.index(name)
            doc.mentions.append(Mention(k, k + len(name), "PER" if name in ("Jansen", "Pietersen") else "LOC"))
    k = text.index(trigger)
    args = ()
    if agent:
        a = text.index(agent)
        args = (("agent", a, a + len(agent)),)
    doc.events.append(EventMention(k, k + len(trigger), typ, lemma, when=DAY, arguments=args))
    return doc


def _same(first: tuple, second: tuple) -> bool:
    docs = [_doc("d-1", *first), _doc("d-2", *second)]

    def entity(doc_id: str, s: int, e: int) -> str | None:
        d = next(d for d in docs if d.id == doc_id)
        return NAMES.get(d.text[s:e])

    owner = {doc: e.id for e in link_events(docs, entity, weights=LinkWeights()) for doc, _, _ in e.mentions}
    return owner["d-1"] == owner["d-2"]


FIRST = ("Jansen vertrekt na dit seizoen bij de club uit Zwolle.", "vertrekt", "vertrekken", "withdraw",
         "Jansen", ("Zwolle",))


@pytest.mark.parametrize(
    "second, same",
    [
        pytest.param(("De trainer Jansen vertrekt deze zomer uit Zwolle.", "vertrekt", "vertrekken", "withdraw",
                      "Jansen", ("Zwolle",)), True, id="the-same-agent-is-one-happening"),
        pytest.param(("De club uit Zwolle ziet de trainer vertrekken.", "vertrekken", "vertrekken", "withdraw",
                      None, ("Zwolle",)), True, id="an-agent-left-out-still-joins"),
        pytest.param(("Pietersen vertrekt na dit seizoen bij de club uit Zwolle.", "vertrekt", "vertrekken",
                      "withdraw", "Pietersen", ("Zwolle",)), False, id="another-agent-is-another-happening"),
    ],
)
def test_events_other_named_agents_stay_apart(second: tuple, same: bool) -> None:
    assert _same(FIRST, second) is same


def test_events_a_round_reached_by_another_player_is_another_win() -> None:
    first = ("Jansen bereikte in Heerenveen de kwartfinale van het toernooi.", "bereikte", "bereiken", "contest",
             "Jansen", ("Heerenveen",))
    other = ("Pietersen bereikte in Heerenveen de kwartfinale van het toernooi.", "bereikte", "bereiken", "contest",
             "Pietersen", ("Heerenveen",))
    same = ("In Heerenveen bereikte Jansen dinsdag de kwartfinale.", "bereikte", "bereiken", "contest",
            "Jansen", ("Heerenveen",))
    assert not _same(first, other)
    assert _same(first, same)


def test_events_name_particles_are_no_names() -> None:
    assert name_word("Van") is None and name_word("de") is None and name_word("The") is None
    assert name_word("Zwolle") == "name:zwolle"
    assert title_names("Trainer De Wit vertrekt bij Van Dijk Bouw") == frozenset(
        {"name:wit", "name:dijk", "name:bouw"})


def test_events_name_table_skips_particles() -> None:
    text = "Volgens Van Dalen kwam De Wit te laat."
    doc = Document(id="d-1", text=text, source="d-1", title="d-1")
    doc.sentences = [Sentence(0, len(text), 0, 8)]
    spec = "SPEC(deeleigen)"
    words = [("Volgens", "VZ(init)"), ("Van", spec), ("Dalen", spec), ("kwam", "WW(pv,verl,ev)"), ("De", spec),
             ("Wit", spec), ("te", "VZ(init)"), ("laat", "ADJ(vrij,basis,zonder)")]
    pos = 0
    for w, tag in words:
        k = text.index(w, pos)
        doc.tokens.append(Token(k, k + len(w), w.lower(), tag))
        pos = k + len(w)
    table = name_table(doc, lambda d, s, e: None)
    assert table[0] == frozenset({"name:dalen", "name:wit"})
