"""A bare decision, announcement or start ("besloot", "het besluit") in two texts is one happening
only when the texts share who decided or what it concerned: names both texts give about one
crisis do not make two cabinets' or commanders' decisions one. Hand-made documents; sentences
written for this test."""

from __future__ import annotations

from dataclasses import replace

from kroniek.link.events import LinkWeights, link_events
from kroniek.model import Document, EventMention, Mention, PublishedDate, Sentence

DAY = "2020-02-11"
NAMES = {"Mali": ("e-mali", "LOC"), "Bamako": ("e-bamako", "LOC"), "Jansen": ("e-jansen", "PER"),
         "Gao": ("e-gao", "LOC"), "Timboektoe": ("e-timboektoe", "LOC")}


def _doc(doc_id: str, sentences: list[str], trigger: str, lemma: str, agent: str = "") -> Document:
    """The trigger is looked for in the last sentence; ``agent``, when given, is its agent's words."""
    text = " ".join(sentences)
    doc = Document(id=doc_id, text=text, source=doc_id, title="",
                   published=PublishedDate(DAY, "day", "metadata", DAY))
    start = 0
    for k, s in enumerate(sentences):
        doc.sentences.append(Sentence(start, start + len(s), k, k))
        start += len(s) + 1
    for name, (_, label) in NAMES.items():
        k = text.find(name)
        while k >= 0:
            doc.mentions.append(Mention(k, k + len(name), label))
            k = text.find(name, k + 1)
    k = text.index(trigger, doc.sentences[-1].start)
    args: tuple[tuple[str, int, int], ...] = ()
    if agent:
        a = text.index(agent, doc.sentences[-1].start)
        args = (("agent", a, a + len(agent)),)
    doc.events.append(EventMention(k, k + len(trigger), "decide", lemma, arguments=args))
    return doc


def _one_event(docs: list[Document], weights: LinkWeights | None = None) -> bool:
    # other texts of the window, so that the shared names are rare among them
    others = [_doc(f"d-x{i}", [f"In Gao besloot een rechter tot {i + 2} weken cel."], "besloot", "besluiten")
              for i in range(4)]
    every = docs + others

    def entity(doc_id: str, s: int, e: int) -> str | None:
        d = next(d for d in every if d.id == doc_id)
        hit = NAMES.get(d.text[s:e])
        return hit[0] if hit else None

    events = link_events(every, entity, weights=weights or LinkWeights())
    owner = {doc: e.id for e in events for doc, _, _ in e.mentions}
    return owner[docs[0].id] == owner[docs[1].id]


# Two reports on one crisis in Mali: a commander's decision to halt exercises, a cabinet's to keep
# its contribution. Both leads name Mali and Bamako; neither decision names who took the other.
CRISIS = [
    _doc("d-1", ["De onrust in Mali en Bamako houdt aan.", "De commandant heeft besloten de oefeningen te staken."],
         "besloten", "besluiten"),
    _doc("d-2", ["De onrust in Mali en Bamako houdt aan.", "Het kabinet blijft bij het besluit tot een bijdrage."],
         "besluit", "besluit"),
]


def test_events_light_decisions_sharing_only_names_stay_apart() -> None:
    assert not _one_event(CRISIS)


def test_events_light_guard_off_joins_them() -> None:
    """The guard: without it the names of the two leads join the two decisions."""
    assert _one_event(CRISIS, replace(LinkWeights(), light_needs_participant=False))


def test_events_light_decision_whose_maker_the_other_text_names_joins() -> None:
    """One text names who decided as the agent, the other names him in its text: one decision."""
    docs = [
        _doc("d-1", ["Minister Jansen trekt de troepen uit Mali terug.", "Jansen nam dat besluit na overleg."],
             "besluit", "besluit", agent="Jansen"),
        _doc("d-2", ["Nederland haalt zijn militairen uit Mali weg.", "Het besluit van Jansen valt slecht in Bamako."],
             "besluit", "besluit"),
    ]
    assert _one_event(docs)


def test_events_light_decision_of_a_court_is_no_bare_word() -> None:
    """A court's "besloot" is a ruling (the verdict family): the light guard leaves it alone."""
    from kroniek.link.events.mentions import read_mention
    from kroniek.link.events.similarity import _light

    court = _doc("d-1", ["De zaak diende in Bamako.", "De rechtbank besloot de zaak aan te houden."],
                 "besloot", "besluiten", agent="De rechtbank")
    bare = _doc("d-2", ["De zaak diende in Bamako.", "Het bestuur besloot de vergadering te sluiten."],
                "besloot", "besluiten", agent="Het bestuur")
    assert not _light(read_mention(court, court.events[0], lambda *a: None))
    assert _light(read_mention(bare, bare.events[0], lambda *a: None))
